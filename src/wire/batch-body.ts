// The body of `POST /v1/batch` and the reading of its answer:
// `data.{ results, totals, errors, summary, meta }`, each keyed by call id.
import { ApiError } from '../errors/api-error.js'
import { ResponseError } from '../errors/response-error.js'
import { batchPath } from './paths.js'
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

const actions: Readonly<Record<string, BatchCall['action']>> = { GET: 'get', PATCH: 'update', DELETE: 'delete' }

/**
 * How a request is written as one call of `POST /v1/batch`, read from the request itself:
 * `POST …/search` is `search`, `GET …/fields` is `fields`, `GET`, `PATCH` and `DELETE` of
 * `…/{id}` are `get`, `update` and `delete`, `POST /v1/{entity}` is `create`. A smart process's
 * items (`/v1/items/128/…`) go as entity `items` with `entityTypeId` in `params`, as the service
 * asks. `undefined` for a request the service's batch does not take (aggregate, bulk, batch).
 *
 * @internal
 */
export function batchCallOf(request: {
  readonly method: string
  readonly path: string
  readonly query?: Readonly<Record<string, string>> | undefined
  readonly body?: unknown
}): BatchCall | undefined {
  const { method, path, query, body } = request
  const [, entity, typeId, rest] = /^\/v1\/(items\/(\d+)|[\w-]+)(?:\/([\w-]+))?$/.exec(path) ?? []
  let action: BatchCall['action'] | undefined
  let entityId: number | undefined
  let params = body as Record<string, unknown> | undefined
  if (rest === undefined) action = method === 'POST' ? 'create' : undefined
  else if (/^\d+$/.test(rest)) {
    action = actions[method]
    entityId = Number(rest)
    params ??= query
  } else if (rest === 'search') action = method === 'POST' ? 'search' : undefined
  else if (rest === 'fields') action = method === 'GET' ? 'fields' : undefined
  if (!entity || !action || path === batchPath) return undefined
  if (typeId) params = { ...params, entityTypeId: Number(typeId) }
  return {
    entity: typeId ? 'items' : entity,
    action,
    ...(entityId === undefined ? {} : { entityId }),
    ...(params === undefined ? {} : { params }),
  }
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
  return typeof inner === 'object' && inner !== null && !Array.isArray(inner)
    ? (inner as Record<string, unknown>)
    : undefined
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
