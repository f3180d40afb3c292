import { defineEntity, everyOperation, type Entity } from '../builder/entity.js'
import type { DealSchema } from '../schema/deal.js'

/**
 * The entity `/v1/deals`, typed with every field of the docs' deal table and three observed ones.
 *
 * - Members: `get`, `create`, `update`, `delete`, `createMany`, `updateMany`, `deleteMany`,
 *   `fields`.
 * - Relations for `include`: `contact` (many, under `contacts`), `company` (one: the row or null).
 * - Aggregates: `sum`, `avg`, `min`, `max` on `amount`; `groupBy` on `stageId`, `categoryId`,
 *   `assignedById`, `sourceId`, `stageSemanticId`.
 *
 * @example
 * ```ts
 * import { deals } from 'vibecode-query'
 *
 * deals().where('amount', '>=', 50000).where('amount', '<=', 200000)
 * // { "filter": { "amount": { "$gte": 50000, "$lte": 200000 } } }
 * ```
 * @category Entities
 */
export const deals: Entity<DealSchema> = defineEntity<DealSchema>('deals', everyOperation)
