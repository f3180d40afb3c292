/**
 * A comparison operator of `where`. Which ones a field accepts follows its type: ranges on numbers
 * and dates, `contains` on strings, `in` and `not in` with a non-empty array of the field's type.
 *
 * @example
 * ```ts
 * contacts().where('assignedById', '!=', 1)
 * // { "filter": { "assignedById": { "$ne": 1 } } }
 * ```
 * @category Filters
 */
export type Operator = '=' | '!=' | '>' | '>=' | '<' | '<=' | 'in' | 'not in' | 'contains'

/**
 * What an operator's operand is: one value, a non-empty list of values, or a non-empty string.
 *
 * @internal
 */
export type OperandShape = 'value' | 'list' | 'text'

/**
 * Every operator and the shape of its operand. A `Record` over the union: an operator added to
 * {@link Operator} without an entry here fails to compile, and so does every table keyed the same way.
 *
 * @internal
 */
export const operandShapes: Readonly<Record<Operator, OperandShape>> = Object.freeze({
  '=': 'value',
  '!=': 'value',
  '>': 'value',
  '>=': 'value',
  '<': 'value',
  '<=': 'value',
  in: 'list',
  'not in': 'list',
  contains: 'text',
})

/**
 * Tells whether a value is an {@link Operator}.
 *
 * @internal
 */
export function isOperator(value: unknown): value is Operator {
  return typeof value === 'string' && Object.hasOwn(operandShapes, value)
}
