import type { Operator } from '../node/operator.js'
import type { EntitySchema } from '../schema/entity-schema.js'
import type { FieldKind, IsoDateString } from '../schema/field-types.js'

/**
 * The operators a field of value type `V` accepts in `where`.
 *
 * @example
 * ```ts
 * type Ops = OperatorFor<number | null> // '=' | '!=' | '>' | '>=' | '<' | '<=' | 'in' | 'not in'
 * ```
 * @category Filters
 */
export type OperatorFor<V> = OperatorGroups[FieldKind<V>]['value' | 'list' | 'text']

/**
 * The operand of `=` for a field of value type `V`: the field's own type for numbers, strings and
 * booleans, a `Date` or ISO 8601 date string for dates, a string for phones and emails, one value of
 * the element type for a multiple field (`string[]`: a string, matching a record when any of its
 * values does). `never` for a field that takes no condition, or for a union of fields of different
 * types (the value could not fit the field it is sent for).
 *
 * @example
 * ```ts
 * type Value = ValueFor<number | null> // number
 * ```
 * @category Filters
 */
export type ValueFor<V> = ValueByKind<V & {}>[FieldKind<V>]

/**
 * The operand of `=` by kind of field, given the field's value type without `null`.
 *
 * @internal
 */
export interface ValueByKind<V> {
  number: V
  datetime: Date | IsoDateString
  string: V
  boolean: V
  multifield: string
  'number list': Element<V>
  'datetime list': Date | IsoDateString
  'string list': Element<V>
  'boolean list': Element<V>
  // A field of no kind, or a union of fields of different kinds (a value sent to one of them
  // could not fit the other): no value has a property of type never; its name is the message.
  none: { readonly 'fields of different types take no common value': never }
}

// The element of a multiple field's array.
type Element<V> = V extends readonly (infer T)[] ? T & {} : never

/**
 * The operand of each operator, given the field's `=` operand `T`.
 *
 * @internal
 */
export interface OperandByOperator<T> {
  '=': T
  '!=': T
  '>': T
  '>=': T
  '<': T
  '<=': T
  in: readonly T[]
  'not in': readonly T[]
  contains: string
}

/**
 * The operand of operator `Op` on a field of value type `V`: `in` takes an array of
 * {@link ValueFor}, `contains` a string, every other operator one {@link ValueFor}.
 *
 * @example
 * ```ts
 * type In = OperandFor<string | null, 'in'> // readonly string[]
 * ```
 * @category Filters
 */
export type OperandFor<V, Op extends Operator> = OperandByOperator<ValueFor<V>>[Op]

/**
 * The fields of row type `R` that `where` accepts: every field whose kind has operators, except the
 * fields `X` that the service does not filter on.
 *
 * @typeParam R - The row.
 * @typeParam X - Fields the service ignores in filters (an entity schema's `unfilterable`).
 * @example
 * ```ts
 * type F = FilterableField<Deal> // 'id' | 'title' | 'amount' | … (not the arrays 'contactIds' or 'observers')
 * ```
 * @category Filters
 */
export type FilterableField<R, X extends PropertyKey = never> = Exclude<
  {
    [K in keyof R]-?: FieldKind<R[K]> extends 'none' ? never : K
  }[keyof R],
  X
> &
  string

/**
 * The fields of row type `R` that `orderBy` accepts: numbers, strings, dates and booleans.
 *
 * @example
 * ```ts
 * type F = OrderableField<Contact> // 'id' | 'name' | 'createdTime' | … (not the multifields 'phone' and 'email')
 * ```
 * @category Types
 */
export type OrderableField<R> = {
  [K in keyof R]-?: FieldKind<R[K]> extends Unordered ? never : K
}[keyof R] &
  string

// The kinds `orderBy` refuses: no kind, phones and emails, multiple fields.
type Unordered = 'none' | 'multifield' | 'number list' | 'datetime list' | 'string list' | 'boolean list'

/**
 * The fields `where` accepts on a query of entity `E` whose rows are `R`: the schema's `filterable`
 * list when it has one and the rows are its `row` (with `_included` at most), else
 * {@link FilterableField} of `R`. A schema's list is read, not computed: a portal's wide entity
 * costs no more to check than a built-in one.
 *
 * @internal
 */
export type WhereField<R, E extends EntitySchema> = E extends { readonly filterable: infer F }
  ? RowOf<R, E['row']> extends true
    ? F & string
    : FilterableField<R, E['unfilterable']> & string
  : FilterableField<R, E['unfilterable']> & string

/**
 * The fields `orderBy` accepts on a query of entity `E` whose rows are `R`: the schema's `orderable`
 * list when it has one and the rows are its `row`, else {@link OrderableField} of `R`.
 *
 * @internal
 */
export type OrderByField<R, E extends EntitySchema> = E extends { readonly orderable: infer F }
  ? RowOf<R, E['row']> extends true
    ? F & string
    : OrderableField<R> & string
  : OrderableField<R> & string

// Whether rows `R` are the schema's row, `include`'s `_included` aside: then its lists hold. Custom
// fields added by type (or a field retyped) make it false. Compared whole, not field by field.
type RowOf<R, Row> = [Row & { readonly _included: never }] extends [R] ? true : false

/**
 * What `where(field, …)` takes after a field of value type `V`: its value, or an operator and the
 * operator's operand. One list of choices, so that an editor offers exactly the field's operators
 * as soon as the field is written.
 *
 * @example
 * ```ts
 * type Args = ConditionArgs<boolean | null> // [value: boolean] | [operator: '=' | '!=', value: boolean]
 * ```
 * @category Filters
 */
export type ConditionArgs<V, L extends number = number> = ConditionForms<V, L>['args']

/**
 * The forms of a condition, in an interface so that messages spell them out rather than name
 * {@link ConditionArgs}.
 *
 * @internal
 */
export interface ConditionForms<V, L extends number> {
  args:
    | [value: ValueFor<V>]
    | OneValueArgs<OperatorsOf<V>['value'], ValueFor<V>>
    | InArgs<OperatorsOf<V>['list'], ValueFor<V>, L>
    | TextArgs<OperatorsOf<V>['text']>
}

type OperatorsOf<V> = OperatorGroups[FieldKind<V>]
type OneValueArgs<Op, T> = [Op] extends [never] ? never : [operator: Op, value: T]
type InArgs<Op, T, L extends number> = [Op] extends [never] ? never : [operator: Op, values: Values<T, L>]
type TextArgs<Op> = [Op] extends [never] ? never : [operator: Op, text: string]

/**
 * The operators each kind of field accepts, by the shape of their operand: one value, a list, a
 * text. An interface indexed by kind, so the lookup stays flat.
 *
 * @internal
 */
export interface OperatorGroups {
  number: { value: '=' | '!=' | '>' | '>=' | '<' | '<='; list: 'in' | 'not in'; text: never }
  datetime: { value: '=' | '!=' | '>' | '>=' | '<' | '<='; list: 'in' | 'not in'; text: never }
  string: { value: '=' | '!='; list: 'in' | 'not in'; text: 'contains' }
  boolean: { value: '=' | '!='; list: never; text: never }
  multifield: { value: '='; list: never; text: 'contains' }
  'number list': OperatorGroups['number']
  'datetime list': OperatorGroups['datetime']
  'string list': OperatorGroups['string']
  'boolean list': OperatorGroups['boolean']
  none: { value: never; list: never; text: never }
}

// The list of `in` and `not in`: an array of the field's values, not an empty one. `L` is the
// length of the list as written: 0 for `[]`, `number` for an array whose length is known only at
// run time (which the builder checks then).
type Values<T, L extends number> = L extends 0
  ? { readonly length: L } & readonly [atLeastOne: T, ...more: T[]]
  : readonly T[]
