import type { EntitySchema } from './entity-schema.js'

/**
 * A CRM currency: every field of the docs' table for `/v1/currencies`, plus the upper-case `LID` that
 * the answers carry (marked *observed*). Its `id` is the ISO 4217 code (`RUB`, `USD`), a string,
 * which create requires and update cannot change. Fields other than `id` are `| null`.
 *
 * @example
 * ```ts
 * import { currencies } from 'vibecode-query'
 *
 * currencies().where('base', false).select('id', 'amount', 'amountCnt')
 * // { "filter": { "base": false }, "select": ["id", "amount", "amountCnt"] }
 * ```
 * @category Entities
 */
export interface Currency {
  /** ISO 4217 code, e.g. `USD` (read-only once created; required on create). */
  id: string
  /** Exchange rate against the base currency, for `amountCnt` units (required on create). */
  amount: number | null
  /** How many units the rate is for, e.g. 100 for JPY (required on create). */
  amountCnt: number | null
  /** Whether it is the base currency. */
  base: boolean | null
  /** Sort order. */
  sort: number | null
  /** Display name. */
  fullName: string | null
  /** Display format. */
  formatString: string | null
  /** Decimal separator. */
  decPoint: string | null
  /** Thousands separator. */
  thousandsSep: string | null
  /** Decimal places. */
  decimals: number | null
  /** Language (read-only; observed). */
  LID: string | null
}

/**
 * What the library knows of currencies besides the row: the read-only fields, the fields create
 * requires and the operations of the entity reference. `id` is in both lists: the table marks it
 * read-only, and create takes it as the code. The docs name no include and no field for aggregates.
 *
 * @example
 * ```ts
 * type Required = CurrencySchema['required'] // 'id' | 'amount' | 'amountCnt'
 * ```
 * @category Entities
 */
export interface CurrencySchema extends EntitySchema {
  readonly row: Currency
  readonly readOnly: 'id' | 'LID'
  readonly required: 'id' | 'amount' | 'amountCnt'
  readonly unfilterable: never
  readonly operations: 'list' | 'get' | 'create' | 'update' | 'delete' | 'fields' | 'search' | 'aggregate'
  readonly relations: {}
  readonly aggregatable: never
  readonly groupable: never
}
