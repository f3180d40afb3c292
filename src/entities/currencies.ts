import { defineEntity, everyOperation, type Entity } from '../builder/entity.js'
import type { CurrencySchema } from '../schema/currency.js'

/**
 * The entity `/v1/currencies`, typed with every field of the docs' currency table and the observed `LID`.
 *
 * - Members: `get`, `create`, `update`, `delete`, `createMany`, `updateMany`, `deleteMany`,
 *   `fields`.
 * - Relations for `include`: none.
 * - Aggregates: no numeric field the docs list for `sum`, `avg`, `min`, `max` (custom numeric fields
 *   only); `groupBy` on custom fields only.
 *
 * @example
 * ```ts
 * import { currencies } from 'vibecode-query'
 *
 * currencies().where('id', 'in', ['USD', 'EUR']).select('id', 'amount', 'amountCnt')
 * // { "filter": { "id": { "$in": ["USD", "EUR"] } }, "select": ["id", "amount", "amountCnt"] }
 * ```
 * @category Entities
 */
export const currencies: Entity<CurrencySchema> = defineEntity<CurrencySchema>('currencies', everyOperation)
