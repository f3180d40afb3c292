/**
 * `POST /v1/batch`: up to 50 calls in one request, `{ calls: [{ id?, entity, action, entityId?, params? }] }`.
 *
 * Validation errors fail the whole batch with HTTP 400 (documented for `MISSING_ENTITY_ID`; the
 * other codes are ours): `calls` not a non-empty array → `INVALID_BATCH`; more than 50 calls →
 * `BATCH_LIMIT_EXCEEDED`; a malformed call, an unknown action, or a duplicate or over-long (> 64) id →
 * `INVALID_BATCH`; `get`/`update`/`delete` without `entityId` → `MISSING_ENTITY_ID`.
 * Execution errors (unknown entity, missing scope, unknown field, not found, …) are reported per call.
 *
 * Response shape (our choice; the documentation does not show it — unconfirmed):
 * `{ success: true, data: { [id]: { success: true, data, meta? } | { success: false, error: { code, message, hint? } } } }`,
 * keyed by each call's `id` (default `"0"`, `"1"`, … by position; read results by id, not by key
 * order, since JSON objects put integer-like keys first). Each per-call
 * result is exactly the envelope the single endpoint would have answered. `create`, `update` and
 * `delete` calls answer per call 501 `NOT_SUPPORTED_BY_EMULATOR`.
 *
 * @module
 */
import { EmulatorError, isEmulatorError } from './emulator-error.js'
import { errorBody } from './envelope.js'
import {
  fieldsAction,
  getAction,
  listAction,
  notSupported,
  searchAction,
  type ActionContext,
  type ActionResult,
} from './entity-actions.js'

/**
 * The most calls one batch may hold (documented: 50).
 *
 * @example
 * ```ts
 * MAX_BATCH_CALLS // 50
 * ```
 * @category Limits
 */
export const MAX_BATCH_CALLS = 50

const ACTIONS = new Set(['list', 'get', 'create', 'update', 'delete', 'fields', 'search'])
const NEEDS_ID = new Set(['get', 'update', 'delete'])
const CALL_KEYS = new Set(['id', 'entity', 'action', 'entityId', 'params'])

interface Call {
  readonly id: string
  readonly entity: string
  readonly action: string
  readonly entityId: string | number | undefined
  readonly params: unknown
}

function invalid(message: string): EmulatorError {
  return new EmulatorError(400, 'INVALID_BATCH', message)
}

/**
 * Validates and runs a batch.
 *
 * @param ctx - the context (the caller's scopes are checked per call)
 * @param body - the request body
 * @returns `{ data: { [id]: envelope } }`
 * @example
 * ```ts
 * batchAction(ctx, { calls: [{ id: 'won', entity: 'deals', action: 'search', params: { filter: { stageId: 'WON' } } }] })
 * ```
 * @category Testing
 */
export function batchAction(ctx: ActionContext, body: unknown): ActionResult {
  const calls = validate(body)
  const results: Record<string, unknown> = {}
  for (const call of calls) {
    try {
      const result = run(ctx, call)
      results[call.id] = result.meta === undefined ? { success: true, data: result.data } : { success: true, ...result }
    } catch (error) {
      if (!isEmulatorError(error)) throw error
      results[call.id] = { success: false, error: errorBody(error) }
    }
  }
  return { data: results }
}

function run(ctx: ActionContext, call: Call): ActionResult {
  switch (call.action) {
    case 'search':
      return searchAction(ctx, call.entity, call.params)
    case 'list':
      return listAction(ctx, call.entity, call.params)
    case 'get':
      if (call.params !== undefined && Object.keys(call.params as object).length > 0) throw notSupported('params on get (include)')
      return getAction(ctx, call.entity, call.entityId ?? '')
    case 'fields':
      return fieldsAction(ctx, call.entity)
    default:
      throw notSupported(`the '${call.action}' action (the emulator is read-only over HTTP; use emulator.insert/remove)`)
  }
}

function validate(body: unknown): Call[] {
  const raw = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>)['calls'] : undefined
  if (!Array.isArray(raw)) throw invalid('Body must be { calls: [...] }')
  if (raw.length === 0) throw invalid('calls must hold at least one call')
  if (raw.length > MAX_BATCH_CALLS) {
    throw new EmulatorError(400, 'BATCH_LIMIT_EXCEEDED', `A batch holds at most ${MAX_BATCH_CALLS} calls, got ${raw.length}`, {
      hint: 'Split the calls into several batches',
    })
  }
  const ids = new Set<string>()
  return raw.map((item: unknown, index): Call => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw invalid(`calls[${index}] must be an object`)
    const c = item as Record<string, unknown>
    for (const key of Object.keys(c)) if (!CALL_KEYS.has(key)) throw invalid(`calls[${index}] has an unknown member '${key}'`)
    const id = c['id'] === undefined ? String(index) : c['id']
    if (typeof id !== 'string' || id === '' || id.length > 64) throw invalid(`calls[${index}].id must be a string of 1 to 64 characters`)
    if (ids.has(id)) throw invalid(`Duplicate call id '${id}'`)
    ids.add(id)
    const { entity, action, entityId, params } = c
    if (typeof entity !== 'string' || entity === '') throw invalid(`calls[${index}].entity must be an entity name`)
    if (typeof action !== 'string' || !ACTIONS.has(action)) {
      throw invalid(`calls[${index}].action must be one of ${[...ACTIONS].join(', ')}`)
    }
    if (entityId !== undefined && typeof entityId !== 'string' && typeof entityId !== 'number') {
      throw invalid(`calls[${index}].entityId must be a number or a string`)
    }
    if (NEEDS_ID.has(action) && (entityId === undefined || entityId === '')) {
      throw new EmulatorError(400, 'MISSING_ENTITY_ID', `calls[${index}] (${action}) needs entityId`, {
        hint: 'Put the record id in entityId, not in params.id',
      })
    }
    if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) {
      throw invalid(`calls[${index}].params must be an object`)
    }
    return { id, entity, action, entityId, params }
  })
}
