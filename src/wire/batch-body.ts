// The body of `POST /v1/batch` and the reading of its answer:
// `data.{ results, totals, errors, summary, meta }`, each keyed by call id.
import { ApiError } from '../errors/api-error.js'
import { ResponseError } from '../errors/response-error.js'
import type { Answer } from './read-answer.js'

/**
 * One call of `POST /v1/batch`, as the service takes it.
 *
 * @example
 * ```ts
 * const call: BatchCall = { entity: 'contacts', action: 'search', params: { filter: { companyId: 15 } } }
 * ```
 * @category Types
 */
export interface BatchCall {
  /** The plural entity name; a smart process's items are `items` with `params.entityTypeId`. */
  readonly entity: string
  /** What the call does. */
  readonly action: 'list' | 'search' | 'get' | 'fields' | 'create' | 'update' | 'delete'
  /** The record, for `get`, `update` and `delete`. */
  readonly entityId?: number | undefined
  /** What the single endpoint would take as its body or query. */
  readonly params?: Readonly<Record<string, unknown>> | undefined
}

/** The most calls one `POST /v1/batch` takes. @internal */
export const maxBatchCalls = 50

/**
 * Writes an entity's call; a smart process's items (`items/128`) go as entity `items` with
 * `entityTypeId` in `params`, as the service asks.
 *
 * @internal
 */
export function batchCall(
  entity: string,
  action: BatchCall['action'],
  entityId?: number,
  params?: Readonly<Record<string, unknown>>,
): BatchCall {
  const [, name = entity, typeId] = /^(items)\/(\d+)$/.exec(entity) ?? []
  const withType = typeId === undefined ? params : { ...params, entityTypeId: Number(typeId) }
  return { entity: name, action, ...(entityId === undefined ? {} : { entityId }), ...(withType ? { params: withType } : {}) }
}

/**
 * The body of `POST /v1/batch`: each call with its id.
 *
 * @internal
 */
export const encodeBatchBody = (calls: readonly (readonly [id: string, call: BatchCall])[]) => ({
  calls: calls.map(([id, call]) => ({ id, ...call })),
})

const objectAt = (value: unknown, key: string): Record<string, unknown> | undefined => {
  const inner = (value as Record<string, unknown> | null | undefined)?.[key]
  return typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? (inner as Record<string, unknown>) : undefined
}

/**
 * Splits a batch answer into one answer per call id: the call's result (with its `meta`) as the
 * single endpoint would have answered, or its refusal as an `ApiError` carrying the call's `code`.
 * The batch's own HTTP status stands as the status of each call's error. A refused batch (`400
 * INVALID_REQUEST`, every call invalid) lists the calls' errors in its `data.errors` the same way.
 * `undefined` when `data` has neither `results` nor `errors`.
 *
 * @internal
 */
export function splitBatchAnswer(answer: Answer, ids: readonly string[]): Map<string, Answer | Error> | undefined {
  const { status, data, redact } = answer
  const results = objectAt(data, 'results')
  const errors = objectAt(data, 'errors')
  const meta = objectAt(data, 'meta')
  if (!results && !errors) return undefined
  const split = new Map<string, Answer | Error>()
  for (const id of ids) {
    const where = { status, method: answer.method, path: `${answer.path} "${id}"` }
    const error = errors && Object.hasOwn(errors, id) ? objectAt(errors, id) : undefined
    if (error && typeof error.code === 'string') {
      const code = redact(error.code)
      const message = typeof error.message === 'string' ? redact(error.message) : code
      split.set(id, new ApiError({ code, message }, where))
    } else if (results && Object.hasOwn(results, id)) {
      split.set(id, { ...where, data: results[id], meta: meta?.[id], redact })
    } else {
      split.set(id, new ResponseError('with neither a result nor an error for this call', where))
    }
  }
  return split
}
