// POST /v1/{entity}/batch: `{ action: 'create' | 'update' | 'delete', items | ids }`, at most 500
// records a request, answered with one result per record, marked `success`. The docs describe the
// answer in one sentence; our reading (unconfirmed): `data` is an array in the request's order, each
// `{ success, id?, error?: { code, message } }`.
import { ApiError } from '../errors/api-error.js'
import { ResponseError } from '../errors/response-error.js'
import type { Answer } from './read-answer.js'

/** The most records one bulk request takes. @internal */
export const maxBulkItems = 500

/**
 * The path segment of the bulk endpoint under an entity's path.
 *
 * @internal
 */
export const bulkSegment = 'batch'

/**
 * One record's outcome in a bulk answer: its result (the record, at least `{ id }`) or its error.
 *
 * @internal
 */
export function bulkItemsOf(
  answer: Answer,
  count: number,
  action: string,
): ({ status: 'fulfilled'; value: Record<string, unknown> } | { status: 'rejected'; error: Error })[] {
  const where = { status: answer.status, method: answer.method, path: answer.path }
  const items = Array.isArray(answer.data) ? answer.data : (answer.data as { results?: unknown } | null)?.results
  if (!Array.isArray(items) || items.length !== count) {
    throw new ResponseError(`with no array of ${count} per-record results`, where)
  }
  return items.map((item: unknown, index) => {
    const result = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>
    if (result.success === true) {
      // A created record must say its id; a result without one is not a success to report.
      const id = typeof result.id === 'string' && /^\d+$/.test(result.id) ? Number(result.id) : result.id
      if (action !== 'create' || typeof id === 'number') return { status: 'fulfilled', value: { ...result, id } }
      return {
        status: 'rejected',
        error: new ResponseError(`with result ${index} a success without a numeric id`, where),
      }
    }
    const error = result.error as { code?: unknown; message?: unknown } | undefined
    if (typeof error?.code === 'string') {
      const code = answer.redact(error.code)
      const message = typeof error.message === 'string' ? answer.redact(error.message) : code
      return {
        status: 'rejected',
        error: new ApiError({ code, message }, { ...where, path: `${answer.path} [${index}]` }),
      }
    }
    return {
      status: 'rejected',
      error: new ResponseError(`with result ${index} neither a success nor an error`, where),
    }
  })
}
