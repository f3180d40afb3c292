import type { EntitySchema } from './entity-schema.js'
import type { IsoDateTime } from './field-types.js'

/**
 * A deal pipeline: every field of the docs' table for `/v1/deal-categories`. Pipeline 0 is the main
 * one; a pipeline's stages are the statuses whose `entityId` is `DEAL_STAGE_{id}`. Fields other than
 * `id` and the creation time are `| null`.
 *
 * @example
 * ```ts
 * import { dealCategories } from 'vibecode-query'
 *
 * dealCategories().where('isLocked', 'N').orderBy('sort')
 * // { "filter": { "isLocked": "N" }, "order": { "sort": "asc" } }
 * ```
 * @category Entities
 */
export interface DealCategory {
  /** Pipeline id; 0 is the main pipeline (read-only). */
  id: number
  /** Name (required on create). */
  name: string | null
  /** Sort order. */
  sort: number | null
  /** Whether it is locked, `Y` or `N` (read-only). */
  isLocked: 'Y' | 'N' | null
  /** Creation time (read-only). */
  createdAt: IsoDateTime
}

/**
 * What the library knows of deal pipelines besides the row: the read-only fields, the field create
 * requires and the operations of the entity reference. The docs name no include and no field for
 * aggregates.
 *
 * @example
 * ```ts
 * type Required = DealCategorySchema['required'] // 'name'
 * ```
 * @category Entities
 */
export interface DealCategorySchema extends EntitySchema {
  readonly row: DealCategory
  readonly readOnly: 'id' | 'isLocked' | 'createdAt'
  readonly required: 'name'
  readonly unfilterable: never
  readonly operations: 'list' | 'get' | 'create' | 'update' | 'delete' | 'fields' | 'search' | 'aggregate'
  readonly relations: {}
  readonly aggregatable: never
  readonly groupable: never
}
