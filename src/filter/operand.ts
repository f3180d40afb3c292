import type { Operator } from '../node/operator.js'
import type { DateOperand, FieldKind } from '../schema/field-types.js'

/**
 * The operators each kind of field accepts. An interface indexed by kind, so the lookup stays flat.
 *
 * @internal
 */
export interface OperatorsByKind {
  number: '=' | '!=' | '>' | '>=' | '<' | '<=' | 'in' | 'not in'
  datetime: '=' | '!=' | '>' | '>=' | '<' | '<=' | 'in' | 'not in'
  string: '=' | '!=' | 'contains' | 'in' | 'not in'
  boolean: '=' | '!='
  multifield: '=' | 'contains'
  none: never
}

/**
 * The operators a field of value type `V` accepts in `where`.
 *
 * @example
 * ```ts
 * type Ops = OperatorFor<number | null> // '=' | '!=' | '>' | '>=' | '<' | '<=' | 'in' | 'not in'
 * ```
 * @category Filters
 */
export type OperatorFor<V> = OperatorsByKind[FieldKind<V>]

/**
 * The operand of `=` for a field of value type `V`: the field's own type for numbers and strings,
 * a `Date` or ISO 8601 string for dates, a string for phones and emails.
 *
 * @example
 * ```ts
 * type Value = ValueFor<number | null> // number
 * ```
 * @category Filters
 */
export type ValueFor<V> = FieldKind<V> extends 'datetime'
  ? DateOperand
  : FieldKind<V> extends 'multifield'
    ? string
    : NonNullable<V>

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
  [K in keyof R]-?: FieldKind<R[K]> extends 'none' | 'multifield' ? never : K
}[keyof R] &
  string
