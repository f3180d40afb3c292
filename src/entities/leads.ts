import { defineEntity, everyOperation, type Entity } from '../builder/entity.js'
import type { LeadSchema } from '../schema/lead.js'

/**
 * The entity `/v1/leads`, typed with every field of the docs' lead table.
 *
 * - Members: `get`, `create`, `update`, `delete`, `createMany`, `updateMany`, `deleteMany`,
 *   `fields`.
 * - Relations for `include`: `contact` (one: the row or null), `company` (one: the row or null).
 * - Aggregates: `sum`, `avg`, `min`, `max` on `amount`; `groupBy` on `statusId`, `sourceId`,
 *   `assignedById`.
 *
 * @example
 * ```ts
 * import { leads } from 'vibecode-query'
 *
 * leads().where('statusId', 'NEW').where('createdTime', '>=', '2026-04-01').orderBy('createdTime', 'desc')
 * // { "filter": { "statusId": "NEW", "createdTime": { "$gte": "2026-04-01" } }, "order": { "createdTime": "desc" } }
 * ```
 * @category Entities
 */
export const leads: Entity<LeadSchema> = defineEntity<LeadSchema>('leads', everyOperation)
