import { defineEntity, type Entity } from '../builder/entity.js'
import type { DepartmentSchema } from '../schema/department.js'

/**
 * The entity `/v1/departments` (the company structure), typed with every field of the docs' department table.
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
export const departments: Entity<DepartmentSchema> =
  defineEntity<DepartmentSchema>('departments', ['list', 'get', 'create', 'update', 'delete', 'search', 'aggregate'])
