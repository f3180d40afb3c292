import { defineEntity, everyOperation, type Entity } from '../builder/entity.js'
import type { QuoteSchema } from '../schema/quote.js'

/**
 * The entity `/v1/quotes` (commercial offers), typed with every field of the docs' quote table.
 *
 * - Members: `get`, `create`, `update`, `delete`, `createMany`, `updateMany`, `deleteMany`,
 *   `fields`.
 * - Relations for `include`: `deal` (one: the row or null), `contact` (one: the row or null),
 *   `company` (one: the row or null).
 * - Aggregates: `sum`, `avg`, `min`, `max` on `amount`; `groupBy` on `stageId`, `assignedById`.
 *
 * @example
 * ```ts
 * import { quotes } from 'vibecode-query'
 *
 * quotes().where('dealId', 42).orderBy('createdAt', 'desc').select('id', 'title', 'amount', 'currency')
 * // { "filter": { "dealId": 42 }, "order": { "createdAt": "desc" }, "select": ["id", "title", "amount", "currency"] }
 * ```
 * @category Entities
 */
export const quotes: Entity<QuoteSchema> = defineEntity<QuoteSchema>('quotes', everyOperation)
