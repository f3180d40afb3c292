/**
 * An ISO 8601 date-time string as the service returns it, e.g. `'2020-05-08T10:48:20+03:00'`.
 *
 * Fields of this type accept range operators (`>`, `>=`, `<`, `<=`) in `where`, with a `Date` or
 * an ISO 8601 string as the operand. Type a custom date field with it to get the same.
 *
 * @example
 * ```ts
 * const q = contacts<{ ufCrm_Birthday: IsoDateTime }>().where('ufCrm_Birthday', '<', new Date('2000-01-01'))
 * ```
 * @category Types
 */
export type IsoDateTime = `${number}-${number}-${number}T${string}`

/**
 * A date operand: a `Date`, or an ISO 8601 string such as `'2026-01-01'` or
 * `'2026-01-01T00:00:00+03:00'`. A `Date` is sent as `toISOString()` (UTC).
 *
 * @example
 * ```ts
 * contacts().where('createdTime', '>=', '2026-01-01')
 * contacts().where('createdTime', '>=', new Date('2026-01-01'))
 * ```
 * @category Types
 */
export type DateOperand = Date | `${number}-${number}-${number}${string}`

/**
 * One phone or email record, as the service accepts it on input (`typeId` defaults to `WORK`).
 *
 * @example
 * ```ts
 * const phone: MultifieldValue = { value: '+79161234567', typeId: 'MOBILE' }
 * ```
 * @category Types
 */
export interface MultifieldValue {
  /** The phone number or address. */
  value: string
  /** `WORK`, `HOME`, `MOBILE` (phone), `MAILING` (email) or `OTHER`. */
  typeId?: string
}

/**
 * A contact's `phone` or `email`. The docs show a plain string on output (`"phone": "74955553546"`)
 * and accept a string, strings or {@link MultifieldValue} records on input; the exact output shape
 * is not documented, so both forms are typed. In `where` it takes a string (`=`, `contains`).
 *
 * @example
 * ```ts
 * const first = (p: Multifield) => (typeof p === 'string' ? p : p[0]?.value)
 * ```
 * @category Types
 */
export type Multifield = string | readonly MultifieldValue[]

/**
 * The kind of a field, derived from its value type: it decides which operators `where` accepts.
 * `none` marks fields that can be selected but not filtered or ordered (output-only aliases).
 *
 * @example
 * ```ts
 * type K = FieldKind<number | null> // 'number'
 * ```
 * @category Types
 */
export type FieldKind<V> = [NonNullable<V>] extends [never]
  ? 'none'
  : [NonNullable<V>] extends [IsoDateTime]
    ? 'datetime'
    : [NonNullable<V>] extends [number]
      ? 'number'
      : [NonNullable<V>] extends [string]
        ? 'string'
        : [NonNullable<V>] extends [boolean]
          ? 'boolean'
          : [NonNullable<V>] extends [Multifield]
            ? 'multifield'
            : 'none'
