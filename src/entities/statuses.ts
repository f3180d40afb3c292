import { defineEntity, everyOperation, type Entity } from '../builder/entity.js'
import type { StatusSchema } from '../schema/status.js'

/**
 * The entity `/v1/statuses` (the CRM dictionaries: stages, sources, types, …), typed with every field
 * of the docs' status table and two observed ones.
 *
 * - Members: `get`, `create`, `update`, `delete`, `createMany`, `updateMany`, `deleteMany`,
 *   `fields`.
 * - Relations for `include`: none.
 * - Aggregates: no numeric field the docs list for `sum`, `avg`, `min`, `max` (custom numeric fields
 *   only); `groupBy` on custom fields only.
 *
 * @example
 * ```ts
 * import { statuses } from 'vibecode-query'
 *
 * statuses().where('entityId', 'DEAL_STAGE_1').orderBy('sort').select('statusId', 'name')
 * // { "filter": { "entityId": "DEAL_STAGE_1" }, "order": { "sort": "asc" }, "select": ["statusId", "name"] }
 * ```
 * @category Entities
 */
export const statuses: Entity<StatusSchema> = defineEntity<StatusSchema>('statuses', everyOperation)
