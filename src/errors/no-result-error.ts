import { hasErrorName, VibeCodeError } from './vibecode-error.js'

/**
 * Thrown by `client.executeTakeFirstOrThrow` when the search matched no row. The request
 * succeeded; this only says the result was empty.
 *
 * @example
 * ```ts
 * import { NoResultError } from 'vibecode-query'
 *
 * try {
 *   await client.executeTakeFirstOrThrow(contacts().where('id', 42))
 * } catch (error) {
 *   // NoResultError: no row matched POST /v1/contacts/search
 *   if (error instanceof NoResultError) console.error(`nothing in ${error.entity}`)
 * }
 * ```
 * @category Errors
 */
export class NoResultError extends VibeCodeError {
  /** Always `'NoResultError'`; {@link isNoResultError} checks it across realms. */
  override readonly name = 'NoResultError'
  /** The plural entity searched, e.g. `contacts`. */
  readonly entity: string
  /** The HTTP method of the request. */
  readonly method: string
  /** The URL path of the request. */
  readonly path: string

  /**
   * Creates the error.
   *
   * @param request - The entity searched and the request sent.
   */
  constructor(request: { entity: string; method: string; path: string }) {
    super(`no row matched ${request.method} ${request.path}`)
    this.entity = request.entity
    this.method = request.method
    this.path = request.path
  }
}

/**
 * Tells whether a value is a {@link NoResultError}, across realms and package copies.
 *
 * @param error - Any caught value.
 * @returns `true` for a `NoResultError`.
 * @example
 * ```ts
 * import { isNoResultError } from 'vibecode-query'
 *
 * const contact = await client.executeTakeFirstOrThrow(contacts().where('id', 42)).catch((error: unknown) => {
 *   if (isNoResultError(error)) return undefined // not found: not an outage
 *   throw error
 * })
 * ```
 * @category Errors
 */
export function isNoResultError(error: unknown): error is NoResultError {
  return hasErrorName(error, 'NoResultError')
}
