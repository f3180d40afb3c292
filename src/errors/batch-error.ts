import { hasErrorName, VibeCodeError } from './vibecode-error.js'

/**
 * Thrown by `client.batch` when one or more of its searches failed. It keeps everything that
 * succeeded: `results` holds the rows of every search that did, `errors` the error of every one
 * that did not (an `ApiError` from the service, or the error of a whole `POST /v1/batch` request
 * that failed, for each search it carried). Use `client.batchSettled` to get both without a throw.
 *
 * @example
 * ```ts
 * import { BatchError } from 'vibecode-query'
 *
 * try {
 *   await client.batch({ clients: contacts().where('typeId', 'CLIENT'), won: deals().where('stageId', 'WON') })
 * } catch (error) {
 *   if (error instanceof BatchError) {
 *     console.log(Object.keys(error.results)) // the searches that succeeded, e.g. ['clients']
 *     console.log(error.errors.won?.message)  // why the other one failed
 *   }
 * }
 * ```
 * @category Errors
 */
export class BatchError extends VibeCodeError {
  /** Always `'BatchError'`; {@link isBatchError} checks it across realms. */
  override readonly name = 'BatchError'
  /** The rows of each search that succeeded, by key. */
  readonly results: Readonly<Record<string, unknown[]>>
  /** The error of each search that failed, by key. */
  readonly errors: Readonly<Record<string, Error>>

  /**
   * Creates the error.
   *
   * @param results - The rows of the searches that succeeded.
   * @param errors - The errors of the searches that failed (at least one).
   */
  constructor(results: Record<string, unknown[]>, errors: Record<string, Error>) {
    const failed = Object.keys(errors)
    super(`batch: ${failed.length} of ${failed.length + Object.keys(results).length} searches failed (${failed.join(', ')}); "${failed[0]}": ${errors[failed[0] as string]?.message}`)
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
