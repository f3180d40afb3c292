import type { EntitySchema } from './entity-schema.js'

/**
 * A department of the company structure: every field of the docs' table for `/v1/departments`, by
 * its camelCase name (Bitrix24: `PARENT`, `UF_HEAD`). Fields other than `id` are `| null`.
 *
 * @example
 * ```ts
 * import { departments } from 'vibecode-query'
 *
 * departments().where('parentId', 1).orderBy('sort').select('id', 'name', 'headId')
 * // { "filter": { "parentId": 1 }, "order": { "sort": "asc" }, "select": ["id", "name", "headId"] }
 * ```
 * @category Entities
 */
export interface Department {
  /** Department id (read-only). */
  id: number
  /** Name. */
  name: string | null
  /** The parent department's id (Bitrix24: `PARENT`). */
  parentId: number | null
  /** The head's user id (`GET /v1/users`; Bitrix24: `UF_HEAD`). */
  headId: number | null
  /** Sort order. */
  sort: number | null
}

/**
 * What the library knows of departments besides the row: the read-only field and the operations of
 * the entity reference (no `fields`). Departments have no relations, and the docs name no field for
 * aggregates.
 *
 * @example
 * ```ts
 * type Operations = DepartmentSchema['operations']
 * // 'list' | 'get' | 'create' | 'update' | 'delete' | 'search' | 'aggregate'
 * ```
 * @category Entities
 */
export interface DepartmentSchema extends EntitySchema {
  readonly row: Department
  readonly readOnly: 'id'
  readonly required: never
  readonly unfilterable: never
  readonly operations: 'list' | 'get' | 'create' | 'update' | 'delete' | 'search' | 'aggregate'
  readonly relations: {}
  readonly aggregatable: never
  readonly groupable: never
}
