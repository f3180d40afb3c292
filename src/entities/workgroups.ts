import { defineEntity, type Entity } from '../builder/entity.js'
import type { WorkgroupSchema } from '../schema/workgroup.js'

/**
 * The entity `/v1/workgroups` (workgroups and projects), typed with every field of the docs' workgroup table.
 *
 * - Members: `get`, `create`, `update`, `delete`, `createMany`, `updateMany`, `deleteMany`.
 * - Relations for `include`: none.
 * - Aggregates: no numeric field the docs list for `sum`, `avg`, `min`, `max` (custom numeric fields
 *   only); `groupBy` on custom fields only.
 *
 * @example
 * ```ts
 * import { workgroups } from 'vibecode-query'
 *
 * workgroups().where('name', 'contains', 'Sales').where('active', true).select('id', 'name', 'membersCount')
 * // { "filter": { "name": { "$contains": "Sales" }, "active": true }, "select": ["id", "name", "membersCount"] }
 * ```
 * @category Entities
 */
export const workgroups: Entity<WorkgroupSchema> = defineEntity<WorkgroupSchema>('workgroups', [
  'list',
  'get',
  'create',
  'update',
  'delete',
  'search',
  'aggregate',
])
