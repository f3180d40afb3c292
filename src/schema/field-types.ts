/**
 * An ISO 8601 date-time string as the service returns it, e.g. `'2020-05-08T10:48:20+03:00'`.
 *
 * Fields of this type accept range operators (`>`, `>=`, `<`, `<=`) in `where`, with a `Date` or
 * an ISO 8601 string as the operand. Type a custom date-time field with it to get the same (a
 * date field, whose value may have no time of day, with {@link IsoDate}).
 *
 * @example
 * ```ts
 * const q = contacts<{ ufCrm_LastCall: IsoDateTime }>().where('ufCrm_LastCall', '<', new Date('2026-01-01'))
 * ```
 * @category Types
 */
export type IsoDateTime = `${number}-${number}-${number}T${string}`

/**
 * A date as the service may return a date field: `'2026-05-01'`, or with a time of day like an
 * {@link IsoDateTime}. The generator types a portal's `date` fields with it, since the docs show
 * no value of one. Fields of this type accept range operators, as {@link IsoDateTime} fields do.
 *
 * @example
 * ```ts
 * const q = deals<{ ufCrm_Due: IsoDate | null }>().where('ufCrm_Due', '<', '2026-07-01')
 * ```
 * @category Types
 */
export type IsoDate = `${number}-${number}-${number}` | IsoDateTime

/**
 * An ISO 8601 date, alone or with a time: `'2026-01-31'`, `'2026-01-31T09:00:00'`,
 * `'2026-01-31T09:00:00+03:00'`. The month must be `01` to `12` and the day `01` to `31`, so that
 * `'2026-99-99'` or `'31.01.2026'` is a compile error rather than a condition the service refuses.
 *
 * A string from elsewhere (JSON, a form) is typed plain `string`: pass `new Date(text)` (checked
 * when the query is built: an invalid date throws `QueryError`), or assert the type when you know
 * the text is an ISO date (`text as IsoDateString`; it is sent as written).
 *
 * @example
 * ```ts
 * const since: IsoDateString = '2026-01-01'
 * contacts().where('createdTime', '>=', since)
 * const fromJson: string = '2026-02-01T00:00:00Z'
 * contacts().where('createdTime', '<', new Date(fromJson))
 * ```
 * @category Types
 */
export type IsoDateString = `${number}-${Month}-${Day}` | `${number}-${Month}-${Day}T${string}`

type Month = '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | '10' | '11' | '12'
type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9'
type Day = `0${Exclude<Digit, '0'>}` | `${'1' | '2'}${Digit}` | '30' | '31'

/**
 * A date operand: a `Date`, or an ISO 8601 string such as `'2026-01-01'` or
 * `'2026-01-01T00:00:00+03:00'` ({@link IsoDateString}). A `Date` is sent as `toISOString()` (UTC).
 *
 * @example
 * ```ts
 * contacts().where('createdTime', '>=', '2026-01-01')
 * contacts().where('createdTime', '>=', new Date('2026-01-01'))
 * ```
 * @category Types
 */
export type DateOperand = Date | IsoDateString

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
 * A multiple field (an array of numbers, strings, dates or booleans, as a portal's multiple custom
 * fields are) is a `… list`: it filters like one value of its element (a record matches when any of
 * its values does) but cannot be ordered. `none` marks fields that can be selected but not filtered
 * or ordered (output-only aliases, arrays of objects).
 *
 * @example
 * ```ts
 * type K = FieldKind<number | null> // 'number'
 * type L = FieldKind<string[] | null> // 'string list'
 * ```
 * @category Types
 */
export type FieldKind<V> = [V & {}] extends [infer N]
  ? [N] extends [string]
    ? [N] extends [DateText]
      ? [N] extends [never]
        ? 'none'
        : 'datetime'
      : 'string'
    : [N] extends [number]
      ? 'number'
      : [N] extends [boolean]
        ? 'boolean'
        : [N] extends [Multifield]
          ? 'multifield'
          : [N] extends [readonly unknown[]]
            ? ListKind<N>
            : 'none'
  : never

// What IsoDateTime, IsoDate and IsoDateString have in common, as one pattern: a field typed with any
// of them is a date (so is any string type of this shape; no built-in field has one that is not).
// Checked against the pattern rather than the types' unions (IsoDateString has several hundred
// members), which cost every query's string fields about 2,000 instantiations.
type DateText = `${number}-${string}-${string}`

// The kind of a multiple field: a list of numbers, strings, dates or booleans.
type ListKind<A> = [A] extends [readonly DateText[]]
  ? 'datetime list'
  : [A] extends [readonly number[]]
    ? 'number list'
    : [A] extends [readonly string[]]
      ? 'string list'
      : [A] extends [readonly boolean[]]
        ? 'boolean list'
        : 'none'
