import type { Simplify } from '../util/type-utils.js'
import type { EntitySchema } from './entity-schema.js'
import type { DateOperand, IsoDateTime } from './field-types.js'

/**
 * The value a write takes for a field of value type `V`: a `Date` or ISO string for dates, a string
 * or `[{ value, typeId }]` for phones and emails (the documented camelCase shape, never Bitrix24's
 * `VALUE`/`VALUE_TYPE`), the field's own type otherwise; `null` clears a field that may be empty.
 *
 * @example
 * ```ts
 * const when: WriteValue<IsoDateTime | null> = new Date() // or '2026-05-01', or null
 * ```
 * @category Writes
 */
export type WriteValue<V> =
  | ([NonNullable<V>] extends [IsoDateTime] ? DateOperand : NonNullable<V>)
  | (null extends V ? null : never)

/**
 * The fields a write may set: every field except those the service computes (`readOnly`), unless
 * create requires them anyway (a currency's code).
 *
 * @example
 * ```ts
 * type F = WritableField<DealSchema, Deal> // 'title' | 'amount' | … (not 'id', 'createdAt', 'contactIds')
 * ```
 * @category Writes
 */
export type WritableField<E extends EntitySchema, R> = Exclude<
  keyof R,
  Exclude<E['readOnly'], E['required']> | '_included'
>

/**
 * What `create` takes: the writable fields, the required ones required.
 *
 * @example
 * ```ts
 * const input: CreateInput<DealSchema, Deal> = { title: 'Big one', amount: 5000 }
 * ```
 * @category Writes
 */
export type CreateInput<E extends EntitySchema, R> = Simplify<
  { [K in WritableField<E, R> & E['required']]-?: WriteValue<R[K]> } & {
    [K in Exclude<WritableField<E, R>, E['required']>]?: WriteValue<R[K]>
  }
>

/**
 * What `update` takes: any writable field except `id`.
 *
 * @example
 * ```ts
 * const patch: UpdateInput<DealSchema, Deal> = { stageId: 'WON' }
 * ```
 * @category Writes
 */
export type UpdateInput<E extends EntitySchema, R> = { [K in Exclude<WritableField<E, R>, 'id'>]?: WriteValue<R[K]> }
