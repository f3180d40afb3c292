import { defineEntity, type Entity } from '../builder/entity.js'
import type { DepartmentSchema } from '../schema/department.js'

/**
 * The entity `/v1/departments` (the company structure), typed with every field of the docs' department table.
 *
 * - Members: `get`, `create`, `update`, `delete`, `createMany`, `updateMany`, `deleteMany`.
 * - Relations for `include`: none.
 * - Aggregates: no numeric field the docs list for `sum`, `avg`, `min`, `max` (custom numeric fields
 *   only); `groupBy` on custom fields only.
 *
 * @example
 * ```ts
 * import { departments } from 'vibecode-query'
 *
 * departments().where('parentId', 1).select('id', 'name', 'headId')
 * // { "filter": { "parentId": 1 }, "select": ["id", "name", "headId"] }
 * ```
 * @category Entities
 */
export const departments: Entity<DepartmentSchema> = defineEntity<DepartmentSchema>('departments', [
  'list',
  'get',
  'create',
  'update',
  'delete',
  'search',
  'aggregate',
])
