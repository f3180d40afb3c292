import { hasErrorName, VibeCodeError } from './vibecode-error.js'

/**
 * Thrown by an aggregate asked to be exact (`aggregate(spec, { exact: true })`) when the service
 * computed it over only part of the records: sums, averages, minimums, maximums and groups read at
 * most 5000 records (`meta.truncated`). Narrow the filter, or compute the figure from
 * `stream(client, query)` rows.
 *
 * @example
 * ```ts
 * import { TruncatedError } from 'vibecode-query'
 *
 * try {
 *   await client.execute(deals().aggregate({ amount: ['sum'] }, { exact: true }))
 * } catch (error) {
 *   if (error instanceof TruncatedError) console.warn(`only ${error.recordsProcessed} of ${error.totalRecords} deals summed`)
 * }
 * ```
 * @category Errors
 */
export class TruncatedError extends VibeCodeError {
  /** Always `'TruncatedError'`; {@link isTruncatedError} checks it across realms. */
  override readonly name = 'TruncatedError'
  /** How many records matched, when the service said. */
  readonly totalRecords: number | undefined
  /** How many of them the figures cover. */
  readonly recordsProcessed: number | undefined
  /** The request's path. */
  readonly path: string

  /**
   * Creates the error.
   *
   * @param request - The request's path and what the service reported.
   */
  constructor(request: { path: string; totalRecords: number | undefined; recordsProcessed: number | undefined }) {
    const { path, totalRecords, recordsProcessed } = request
    super(
      `POST ${path}: the service aggregated ${recordsProcessed ?? 'part'} of ${totalRecords ?? 'the'} records (meta.truncated); the figures are not exact`,
    )
    this.path = path
    this.totalRecords = totalRecords
    this.recordsProcessed = recordsProcessed
  }
}

/**
 * Tells whether a value is a {@link TruncatedError}, across realms and package copies.
 *
 * @param error - Any caught value.
 * @returns `true` for a `TruncatedError`.
 * @example
 * ```ts
 * if (isTruncatedError(error)) console.warn(error.message)
 * ```
 * @category Errors
 */
export function isTruncatedError(error: unknown): error is TruncatedError {
  return hasErrorName(error, 'TruncatedError')
}
