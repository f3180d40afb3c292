import { defineEntity, everyOperation, type Entity } from '../builder/entity.js'
import type { DealCategorySchema } from '../schema/deal-category.js'

/**
 * The entity `/v1/deal-categories` (deal pipelines), typed with every field of the docs' pipeline table.
 *
 * - Members: `get`, `create`, `update`, `delete`, `createMany`, `updateMany`, `deleteMany`,
 *   `fields`.
 * - Relations for `include`: none.
 * - Aggregates: no numeric field the docs list for `sum`, `avg`, `min`, `max` (custom numeric fields
 *   only); `groupBy` on custom fields only.
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
export const dealCategories: Entity<DealCategorySchema> = defineEntity<DealCategorySchema>(
  'deal-categories',
  everyOperation,
)
