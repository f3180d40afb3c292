/**
 * A comparison operator of `where`. Which ones a field accepts follows its type: ranges on numbers
 * and dates, `contains` on strings, `in` with a non-empty array of the field's type.
 *
 * @example
 * ```ts
 * contacts().where('assignedById', '!=', 1)
 * // { "filter": { "assignedById": { "$ne": 1 } } }
 * ```
 * @category Filters
 */
export type Operator = '=' | '!=' | '>' | '>=' | '<' | '<=' | 'in' | 'contains'

/**
 * The operators known at run time, checked for JavaScript callers. A `Record` over the union, so
 * an operator added to {@link Operator} without an entry here fails to compile.
 *
 * @internal
 */
export const operators: Readonly<Record<Operator, true>> = Object.freeze({
  '=': true,
  '!=': true,
  '>': true,
  '>=': true,
  '<': true,
  '<=': true,
  in: true,
  contains: true,
})

/**
 * Tells whether a value is an {@link Operator}.
 *
 * @internal
 */
export function isOperator(value: unknown): value is Operator {
  return typeof value === 'string' && Object.hasOwn(operators, value)
}
