import { defineEntity, everyOperation, type Entity } from '../builder/entity.js'
import type { ContactSchema } from '../schema/contact.js'

/**
 * The entity `/v1/contacts`, typed with every documented contact field.
 *
 * - Members: `get`, `create`, `update`, `delete`, `createMany`, `updateMany`, `deleteMany`,
 *   `fields`.
 * - Relations for `include`: `company` (one: the row or null).
 * - Aggregates: no numeric field the docs list for `sum`, `avg`, `min`, `max` (custom numeric fields
 *   only); `groupBy` on `typeId`, `sourceId`, `assignedById`.
 *
 * @example
 * ```ts
 * import { contacts } from 'vibecode-query'
 *
 * contacts().where('companyId', 15).orderBy('lastName').select('id', 'name').limit(10)
 * // { "filter": { "companyId": 15 }, "order": { "lastName": "asc" }, "select": ["id", "name"], "limit": 10 }
 * ```
 * @example Custom fields
 * ```ts
 * contacts<{ ufCrm_1742556744977: string }>().where('ufCrm_1742556744977', 'contains', 'vip')
 * // { "filter": { "ufCrm_1742556744977": { "$contains": "vip" } } }
 * ```
 * @category Entities
 */
export const contacts: Entity<ContactSchema> = defineEntity<ContactSchema>('contacts', everyOperation)
