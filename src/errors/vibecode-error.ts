const brand = Symbol.for('vibecode-query.error')

/**
 * The base class of every error this library throws, so one `instanceof` check (or
 * {@link isVibeCodeError}) catches them all.
 *
 * Subclasses carry a literal `name` and the standard `cause` where there is one. Messages never
 * contain an API key or a session token.
 *
 * @example
 * ```ts
 * import { VibeCodeError } from 'vibecode-query'
 *
 * try {
 *   contacts().limit(0)
 * } catch (error) {
 *   if (error instanceof VibeCodeError) console.error(error.name, error.message)
 * }
 * ```
 * @category Errors
 */
export class VibeCodeError extends Error {
  /** The class name; each subclass sets its own literal (`'ApiError'`, `'QueryError'`, …), which the `is…` guards check. */
  override readonly name: string = 'VibeCodeError'

  /**
   * Creates the error.
   *
   * @param message - What went wrong, for a person.
   * @param options - `cause`: the underlying error, if any.
   */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    Object.defineProperty(this, brand, { value: true })
  }
}

/**
 * Tells whether a value is an error thrown by this library, even when it comes from another copy
 * of the package or another realm (where `instanceof` fails).
 *
 * @param error - Any caught value.
 * @returns `true` for every {@link VibeCodeError} and its subclasses.
 * @example
 * ```ts
 * import { isVibeCodeError } from 'vibecode-query'
 *
 * if (isVibeCodeError(error)) console.error(error.message)
 * ```
 * @category Errors
 */
export function isVibeCodeError(error: unknown): error is VibeCodeError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[brand] === true
}

/**
 * The cross-realm test shared by the `is…` guards of the subclasses: a library error whose `name`
 * is one of `names`.
 *
 * @internal
 */
export function hasErrorName(error: unknown, ...names: readonly string[]): boolean {
  return isVibeCodeError(error) && names.includes(error.name)
}
