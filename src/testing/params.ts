/**
 * The one reader of parameter objects (a search body, an aggregate body, a batch call's `params`, a
 * parsed query string): a JSON object whose keys are all known. Anything else answers 400
 * `VALIDATION_ERROR`, the docs' code for a body or query that fails the schema (line 1118). Whether
 * the real service refuses unknown keys or ignores them is not documented; the emulator refuses them.
 *
 * @module
 */
import { fail } from './error-codes.js'

/**
 * Tells whether a value is a plain JSON object (not an array, not a class instance).
 *
 * @param value - anything
 * @returns `true` for `{…}`
 * @example
 * ```ts
 * isPlainObject({ a: 1 }) // true
 * ```
 * @category Testing
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/**
 * Reads a parameters object: `undefined` and `null` read as `{}`.
 *
 * @param value - the value as sent
 * @param what - what it is, for messages (`'the search body'`)
 * @param known - the keys it may hold
 * @returns the object
 * @example
 * ```ts
 * readParams({ filter: {}, limit: 5 }, 'the search body', ['filter', 'limit']).limit // 5
 * ```
 * @category Testing
 */
export function readParams(value: unknown, what: string, known: readonly string[]): Record<string, unknown> {
  if (value === undefined || value === null) return {}
  if (!isPlainObject(value)) throw fail('VALIDATION_ERROR', `${what} must be a JSON object`)
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw fail('VALIDATION_ERROR', `${what}: unknown parameter '${key}'`, {
        hint: `Known parameters: ${known.join(', ')}`,
      })
    }
  }
  return value
}

/**
 * Reads an integer parameter (a number, or digits as a query string gives them).
 *
 * @param name - the parameter's name, for messages
 * @param value - the value as sent
 * @param min - the smallest value allowed
 * @param max - the largest value allowed
 * @returns the integer
 * @example
 * ```ts
 * readInteger('limit', '20', 1, 5000) // 20
 * ```
 * @category Testing
 */
export function readInteger(name: string, value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `from ${min} to ${max}`
    throw fail('VALIDATION_ERROR', `${name}: expected an integer ${range}, received ${JSON.stringify(value)}`)
  }
  return n
}
