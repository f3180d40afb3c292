/**
 * How the emulator reads values of a field type: operands from filters (JSON or query-string text,
 * coerced to the field's type, or rejected with a 400) and stored values (read leniently, so that a
 * numeric string in test data still compares as a number). Numbers compare numerically, datetimes as
 * instants, booleans as booleans, text by UTF-16 code units.
 *
 * @module
 */
import type { EmulatorError } from './emulator-error.js'
import { fail } from './error-codes.js'
import { parseInstant } from './iso-date.js'
import type { ValueKind } from './types.js'

/**
 * A comparable scalar: a number (numbers, and datetimes as epoch ms), a string or a boolean.
 *
 * @example
 * ```ts
 * const v: Scalar = 15
 * ```
 * @category Testing
 */
export type Scalar = number | string | boolean

const NUMERIC = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/
/** A money value as user fields store it: `"1500.50|RUB"` (docs line 537). */
const MONEY = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\|[A-Z]{3}\s*$/

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value))
}

/**
 * Coerces a filter operand to the field's kind, or throws a 400 `INVALID_FILTER` naming the field.
 * Numeric strings become numbers on number fields (`filter[companyId]=15`), ISO strings become
 * instants on datetime fields, `true`/`false`/`Y`/`N`/`1`/`0` become booleans, numbers become text
 * on text fields.
 *
 * @param field - the field name (for the message)
 * @param type - the field's type
 * @param operand - the operand as sent
 * @param offsetMinutes - the offset assumed for ISO strings without one
 * @returns the coerced scalar
 * @example
 * ```ts
 * coerceOperand('companyId', 'number', '15', 180) // 15
 * ```
 * @category Testing
 */
export function coerceOperand(field: string, type: ValueKind, operand: unknown, offsetMinutes: number): Scalar {
  const bad = (expected: string): EmulatorError =>
    fail('INVALID_FILTER', `Field '${field}' expects ${expected}, got ${describe(operand)}`)
  switch (type) {
    case 'number':
      if (typeof operand === 'number' && Number.isFinite(operand)) return operand
      if (typeof operand === 'string' && NUMERIC.test(operand)) return Number(operand)
      throw bad('a number')
    case 'datetime': {
      if (typeof operand !== 'string') throw bad('an ISO 8601 date string')
      const ms = parseInstant(operand.trim(), offsetMinutes)
      if (ms === undefined) throw bad('an ISO 8601 date string')
      return ms
    }
    case 'boolean':
      if (typeof operand === 'boolean') return operand
      if (operand === 1 || operand === 'true' || operand === 'Y' || operand === '1') return true
      if (operand === 0 || operand === 'false' || operand === 'N' || operand === '0') return false
      throw bad('a boolean')
    case 'string':
    case 'multifield':
      if (typeof operand === 'string') return operand
      if (typeof operand === 'number' && Number.isFinite(operand)) return String(operand)
      throw bad('a string')
    default:
      throw fail('INVALID_FILTER', `Field '${field}' cannot be used in a filter`)
  }
}

/**
 * Reads the stored value of a field as the scalars a condition is tested against. A multifield gives
 * one scalar per phone/email (strings, or `{ value }` objects); a money value (`"1500|RUB"`) its
 * amount; a missing or unreadable value gives none.
 *
 * @param type - the field's type
 * @param value - the stored value
 * @param offsetMinutes - the offset assumed for stored ISO strings without one
 * @returns the candidate scalars (empty for null)
 * @example
 * ```ts
 * storedScalars('multifield', [{ value: '+7 495', typeId: 'WORK' }], 180) // ['+7 495']
 * ```
 * @category Testing
 */
export function storedScalars(type: ValueKind, value: unknown, offsetMinutes: number): Scalar[] {
  if (value === null || value === undefined) return []
  if (Array.isArray(value)) return value.flatMap((item) => storedScalars(type, item, offsetMinutes))
  switch (type) {
    case 'number':
      if (typeof value === 'number') return Number.isNaN(value) ? [] : [value]
      if (typeof value === 'string' && NUMERIC.test(value)) return [Number(value)]
      if (typeof value === 'string' && MONEY.test(value)) return [Number(MONEY.exec(value)?.[1])]
      return []
    case 'datetime': {
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? [] : [value.getTime()]
      if (typeof value !== 'string') return []
      const ms = parseInstant(value, offsetMinutes)
      return ms === undefined ? [] : [ms]
    }
    case 'boolean':
      if (typeof value === 'boolean') return [value]
      if (value === 'Y' || value === 'true' || value === 1) return [true]
      if (value === 'N' || value === 'false' || value === 0) return [false]
      return []
    case 'string':
    case 'multifield':
      if (typeof value === 'string') return [value]
      if (typeof value === 'number' || typeof value === 'boolean') return [String(value)]
      if (typeof value === 'object' && 'value' in value && typeof value.value === 'string') return [value.value]
      return []
    default:
      return []
  }
}

/**
 * Orders two scalars of one field: numbers numerically, strings by UTF-16 code units, `false < true`;
 * scalars of different kinds order by kind (boolean < number < string) so a sort never throws.
 *
 * @param a - left
 * @param b - right
 * @returns negative, zero or positive
 * @example
 * ```ts
 * compareScalars(2, 10) // < 0
 * ```
 * @category Testing
 */
export function compareScalars(a: Scalar, b: Scalar): number {
  if (typeof a === typeof b) {
    if (a === b) return 0
    return a < b ? -1 : 1
  }
  const rank = (v: Scalar): number => (typeof v === 'boolean' ? 0 : typeof v === 'number' ? 1 : 2)
  return rank(a) - rank(b)
}
