/**
 * The one reader of parameter objects (a search body, an aggregate body, a batch call's `params`, a
 * parsed query string): a JSON object whose keys are all known. Anything else answers 400
 * `VALIDATION_ERROR`, the docs' code for a body or query that fails the schema (line 1118). Whether
 * the real service refuses unknown keys or ignores them is not documented; the emulator refuses them.
 *
 * A body or a query key nested deeper than {@link MAX_NESTING} levels answers 400 `VALIDATION_ERROR`
 * before anything reads it (the emulator's limit; the docs give none), so that no request can
 * overflow the stack of the recursive readers.
 *
 * @module
 */
import { fail } from './error-codes.js'

/**
 * The deepest nesting of arrays and objects a request body or a bracket query key may have (the
 * emulator's limit; the docs give none): the body or the parameters object is level 1, so
 * `{ "filter": { "amount": { "$in": [1] } } }` and `filter[amount][$in][]=1` are 4. A valid request
 * needs a handful of levels.
 *
 * @example
 * ```ts
 * MAX_NESTING // 64
 * ```
 * @category Limits
 */
export const MAX_NESTING = 64

/**
 * Tells whether a JSON value nests arrays and objects more than `max` levels deep (`{}` and `[1]`
 * are 1 level, `[[1]]` 2), without recursion, so that any depth can be measured.
 *
 * @param value - a parsed JSON value
 * @param max - the levels allowed
 * @returns `true` when the value is nested deeper
 * @example
 * ```ts
 * nestsDeeper({ filter: { id: 1 } }, 2) // false
 * nestsDeeper([[[]]], 2) // true
 * ```
 * @category Testing
 */
export function nestsDeeper(value: unknown, max: number): boolean {
  const pending: Array<{ readonly node: object; readonly level: number }> = []
  if (typeof value === 'object' && value !== null) pending.push({ node: value, level: 1 })
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.level > max) return true
    for (const child of Object.values(next.node)) {
      if (typeof child === 'object' && child !== null) pending.push({ node: child, level: next.level + 1 })
    }
  }
  return false
}

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
