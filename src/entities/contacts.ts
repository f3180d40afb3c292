import { defineEntity, everyOperation, type Entity } from '../builder/entity.js'
import type { ContactSchema } from '../schema/contact.js'

/**
 * The entity `/v1/contacts`, typed with every documented contact field.
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
