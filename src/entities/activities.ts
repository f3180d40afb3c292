import { defineEntity, everyOperation, type Entity } from '../builder/entity.js'
import type { ActivitySchema } from '../schema/activity.js'

/**
 * The entity `/v1/activities` (the CRM's calls, meetings, tasks and emails), typed with every field of
 * the docs' activity table.
 *
 * - Members: `get`, `create`, `update`, `delete`, `createMany`, `updateMany`, `deleteMany`,
 *   `fields`.
 * - Relations for `include`: none.
 * - Aggregates: no numeric field the docs list for `sum`, `avg`, `min`, `max` (custom numeric fields
 *   only); `groupBy` on `typeId`, `ownerTypeId`, `responsibleId`, `completed`.
 *
 * @example
 * ```ts
 * import { activities } from 'vibecode-query'
 *
 * activities().where('typeId', 'in', [1, 2]).where('completed', false).where('deadline', '<', '2026-05-01T00:00:00Z')
 * // { "filter": { "typeId": { "$in": [1, 2] }, "completed": false, "deadline": { "$lt": "2026-05-01T00:00:00Z" } } }
 * ```
 * @category Entities
 */
export const activities: Entity<ActivitySchema> = defineEntity<ActivitySchema>('activities', everyOperation)
