import { hasErrorName, VibeCodeError } from './vibecode-error.js'

/**
 * Thrown by `batch` when one or more of its calls failed. It keeps everything that succeeded:
 * `results` holds the answer of every call that did, `errors` the error of every one that did not
 * (an `ApiError` with the call's own `code`, or the error of a whole `POST /v1/batch` request that
 * failed, for each call it carried). Use `batchSettled` to get both without a throw.
 *
 * @example
 * ```ts
 * import { BatchError } from 'vibecode-query'
 *
 * try {
 *   await batch(client, { clients: contacts().where('typeId', 'CLIENT'), won: deals().where('stageId', 'WON') })
 * } catch (error) {
 *   if (error instanceof BatchError) {
 *     console.log(Object.keys(error.results)) // the calls that succeeded, e.g. ['clients']
 *     console.log(error.errors.won?.message)  // why the other one failed
 *   }
 * }
 * ```
 * @category Errors
 */
export class BatchError extends VibeCodeError {
  /** Always `'BatchError'`; {@link isBatchError} checks it across realms. */
  override readonly name = 'BatchError'
  /** The answer of each call that succeeded, by key. */
  readonly results: Readonly<Record<string, unknown>>
  /** The error of each call that failed, by key. */
  readonly errors: Readonly<Record<string, Error>>

  /**
   * Creates the error.
   *
   * @param results - The answers of the calls that succeeded.
   * @param errors - The errors of the calls that failed (at least one).
   */
  constructor(results: Record<string, unknown>, errors: Record<string, Error>) {
    const failed = Object.keys(errors)
    const total = failed.length + Object.keys(results).length
    super(
      `batch: ${failed.length} of ${total} calls failed (${failed.join(', ')}); "${failed[0]}": ${errors[failed[0] as string]?.message}`,
    )
    this.results = results
    this.errors = errors
  }
}

/**
 * Tells whether a value is a {@link BatchError}, across realms and package copies.
 *
 * @param error - Any caught value.
 * @returns `true` for a `BatchError`.
 * @example
 * ```ts
 * import { isBatchError } from 'vibecode-query'
 *
 * if (isBatchError(error)) console.log(error.results)
 * ```
 * @category Errors
 */
export function isBatchError(error: unknown): error is BatchError {
  return hasErrorName(error, 'BatchError')
}
