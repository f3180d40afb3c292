import { defineEntity, everyOperation, type Entity } from '../builder/entity.js'
import type { QuoteSchema } from '../schema/quote.js'

/**
 * The entity `/v1/quotes` (commercial offers), typed with every field of the docs' quote table.
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
