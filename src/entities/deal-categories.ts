import { defineEntity, everyOperation, type Entity } from '../builder/entity.js'
import type { DealCategorySchema } from '../schema/deal-category.js'

/**
 * The entity `/v1/deal-categories` (deal pipelines), typed with every field of the docs' pipeline table.
 *
 * @example
 * ```ts
 * import { dealCategories } from 'vibecode-query'
 *
 * dealCategories().orderBy('sort').select('id', 'name')
 * // { "order": { "sort": "asc" }, "select": ["id", "name"] }
 * ```
 * @category Entities
 */
export const dealCategories: Entity<DealCategorySchema> =
  defineEntity<DealCategorySchema>('deal-categories', everyOperation)
