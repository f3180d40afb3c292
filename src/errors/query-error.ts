import { hasErrorName, VibeCodeError } from './vibecode-error.js'

/**
 * Thrown synchronously by a builder method when its input is invalid at run time — the checks that
 * protect JavaScript callers and values typed `any`: a field name that is not a plain identifier,
 * an `undefined`, `NaN` or `null` operand, an invalid `Date`, an empty `in` list, an unknown
 * operator or direction, an out-of-range `limit` or `offset`, an empty `select`, or conditions that
 * cannot be encoded without losing one.
 *
 * Nothing has been sent when it is thrown. The message names the method, the field and the reason.
 * It is not thrown for errors of the service (see `ApiError`).
 *
 * @example
 * ```ts
 * import { contacts, QueryError } from 'vibecode-query'
 *
 * try {
 *   contacts().where('companyId', undefined as any)
 * } catch (error) {
 *   // QueryError: where("companyId"): the value is undefined
 *   if (error instanceof QueryError) console.error(error.field, error.message)
 * }
 * ```
 * @category Errors
 */
export class QueryError extends VibeCodeError {
  /** Always `'QueryError'`; {@link isQueryError} checks it across realms. */
  override readonly name = 'QueryError'

  /** The field the invalid input concerns, when there is one. */
  readonly field: string | undefined

  /**
   * Creates the error.
   *
   * @param message - The method, the field and the reason.
   * @param field - The field concerned, if any.
   */
  constructor(message: string, field?: string) {
    super(message)
    this.field = field
  }
}

/**
 * Tells whether a value is a {@link QueryError}, across realms and package copies.
 *
 * @param error - Any caught value.
 * @returns `true` for a `QueryError`.
 * @example
 * ```ts
 * import { isQueryError } from 'vibecode-query'
 *
 * if (isQueryError(error)) console.error(`bad input on ${error.field}`)
 * ```
 * @category Errors
 */
export function isQueryError(error: unknown): error is QueryError {
  return hasErrorName(error, 'QueryError')
}
