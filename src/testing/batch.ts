/**
 * `POST /v1/batch` (docs lines 2101–2400): `{ calls: [{ id?, entity, action, entityId?, params? }] }`,
 * 1 to 50 calls, each answered independently.
 *
 * The answer is `{ success: true, data: { results, totals, errors, summary, meta } }`, keyed by call id
 * (`"0"`, `"1"`, … by position when a call has none): `results` holds what the single endpoint's `data`
 * would be (rows for `list`/`search`, the record for `get`/`create`/`update`, the schema for
 * `fields`; `null` for `delete`, whose endpoint answers no body — our choice; a user's `get` the array
 * with upper-case keys, `[{ ID, NAME, … }]`, as the batch page shows it, line 2392); `totals` and
 * `meta` (`{ total, returned, hasMore, truncated }`) are given for `list`/`search` calls; `errors`
 * holds `{ code, message }` per failed call; `summary` is `{ total, succeeded, failed }`. A failed
 * call leaves `success: true`.
 *
 * Each call is first validated: not an object, or without `entity` and `action` → `INVALID_CALL`;
 * an action outside the documented seven → `ACTION_NOT_SUPPORTED`; an entity the emulator does not
 * hold → `UNKNOWN_ENTITY`; an action the entity does not have (a user's `delete`, departments'
 * `fields`) → `ACTION_NOT_SUPPORTED`;
 * `get` (and `update`/`delete`) without `entityId` → `MISSING_ENTITY_ID`; `entity: "items"` without
 * `params.entityTypeId` → `MISSING_DYNAMIC_PARAM`, with one that is not a positive integer →
 * `INVALID_DYNAMIC_PARAM`, with a reserved one (1, 2, 3, 4, 7, 31) → `USE_DEDICATED_ENTITY`; a key
 * without the entity's scope → `SCOPE_NOT_ALLOWED`. When **every** call fails validation the whole
 * request answers `400 INVALID_REQUEST` (or `403 SCOPE_NOT_ALLOWED` when every failure is a missing
 * scope) with the failures in `data.errors`. Errors while running a call (a bad filter, a missing
 * record) stay in `data.errors` whatever the others do.
 *
 * A body without a `calls` array of 1 to 50 calls, or with a call id that is not a string of 1 to
 * 64 characters, or repeated, answers `400 INVALID_REQUEST`. Any other id is answered under its own
 * key, `__proto__` and `constructor` included. A call member other than the five
 * documented ones is an `INVALID_CALL` (strict: the docs do not say).
 *
 * @module
 */
import { ACTIONS, actionNamed, type ActionName } from './actions.js'
import { requireScope } from './auth.js'
import { isEmulatorError, type EmulatorError } from './emulator-error.js'
import { lookupEntity, requireOperation, scopeOf, type ActionContext, type ActionResult } from './entity-actions.js'
import { errorBody } from './envelope.js'
import { upperKeys } from './entity-tables.js'
import { fail } from './error-codes.js'
import { isPlainObject } from './params.js'
import { smartProcessEntity } from './smart-process.js'
import type { EntityView } from './store.js'
import type { EmulatorRow } from './types.js'

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

const MAX_ID_LENGTH = 64
const BATCH_ACTIONS: readonly string[] = Object.entries(ACTIONS).flatMap(([name, action]) =>
  action.inBatch ? [name] : [],
)
const CALL_KEYS: readonly string[] = ['id', 'entity', 'action', 'entityId', 'params']

type Prepared =
  | {
      readonly id: string
      readonly ok: true
      readonly view: EntityView
      readonly action: ActionName
      readonly params: unknown
      readonly entityId: unknown
    }
  | { readonly id: string; readonly ok: false; readonly error: EmulatorError }

/**
 * Validates and runs a batch.
 *
 * @param ctx - the context (the caller's scopes are checked per call)
 * @param body - the request body
 * @returns `data: { results, totals, errors, summary, meta }`
 * @example
 * ```ts
 * const won = { id: 'won', entity: 'deals', action: 'search', params: { filter: { stageId: 'WON' } } }
 * batchAction(ctx, { calls: [won] }).data
 * ```
 * @category Testing
 */
export function batchAction(ctx: ActionContext, body: unknown): ActionResult {
  const calls = readCalls(body)
  const prepared = calls.map(({ id, call }) => prepare(ctx, id, call))
  const invalid = prepared.filter((p): p is Extract<Prepared, { ok: false }> => !p.ok)
  if (invalid.length === prepared.length) {
    const errors = Object.fromEntries(invalid.map((p) => [p.id, errorBody(p.error)]))
    const scopeOnly = invalid.every((p) => p.error.code === 'SCOPE_NOT_ALLOWED')
    throw scopeOnly
      ? fail('SCOPE_NOT_ALLOWED', 'No call in the batch is allowed by the scopes of the key', { data: { errors } })
      : fail('INVALID_REQUEST', 'All calls in the batch failed validation', { data: { errors } })
  }
  const results = byCallId<unknown>()
  const totals = byCallId<number>()
  const errors = byCallId<unknown>()
  const meta = byCallId<unknown>()
  for (const p of prepared) {
    if (!p.ok) {
      errors[p.id] = errorBody(p.error)
      continue
    }
    try {
      const result = ACTIONS[p.action].run(ctx, p.view, { params: p.params, id: p.entityId })
      results[p.id] = result.data ?? null
      const table = p.view.builtIn
      if (p.action === 'get' && table?.name === 'users' && Array.isArray(result.data)) {
        results[p.id] = result.data.map((row: EmulatorRow) => upperKeys(table, row))
      }
      if (result.page !== undefined) {
        const { total, returned, hasMore, truncated } = result.page
        totals[p.id] = total
        meta[p.id] = { total, returned, hasMore, truncated }
      }
    } catch (error) {
      if (!isEmulatorError(error)) throw error
      errors[p.id] = errorBody(error)
    }
  }
  const failed = Object.keys(errors).length
  const summary = { total: prepared.length, succeeded: prepared.length - failed, failed }
  return { data: { results, totals, errors, summary, meta } }
}

/** A record keyed by call id, without a prototype, so that `__proto__` is a key like any other. */
function byCallId<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>
}

function readCalls(body: unknown): Array<{ id: string; call: unknown }> {
  if (!isPlainObject(body) || !Array.isArray(body['calls'])) {
    throw fail('INVALID_REQUEST', 'The body must be { calls: [...] }')
  }
  const extra = Object.keys(body).find((key) => key !== 'calls')
  if (extra !== undefined) throw fail('INVALID_REQUEST', `Unknown body member '${extra}'; the body is { calls: [...] }`)
  const calls: unknown[] = body['calls']
  if (calls.length === 0) throw fail('INVALID_REQUEST', 'calls must hold at least 1 call')
  if (calls.length > MAX_BATCH_CALLS) {
    throw fail('INVALID_REQUEST', `calls may hold at most ${MAX_BATCH_CALLS} calls, got ${calls.length}`, {
      hint: 'Split the calls into several batches',
    })
  }
  const seen = new Set<string>()
  return calls.map((call, index) => {
    const given = isPlainObject(call) ? call['id'] : undefined
    if (given !== undefined && (typeof given !== 'string' || given === '' || given.length > MAX_ID_LENGTH)) {
      throw fail('INVALID_REQUEST', `calls[${index}].id must be a string of 1 to ${MAX_ID_LENGTH} characters`)
    }
    const id = given ?? String(index)
    if (seen.has(id)) throw fail('INVALID_REQUEST', `Call id '${id}' is used twice`)
    seen.add(id)
    return { id, call }
  })
}

function prepare(ctx: ActionContext, id: string, call: unknown): Prepared {
  try {
    return { id, ok: true, ...validate(ctx, call) }
  } catch (error) {
    if (!isEmulatorError(error)) throw error
    return { id, ok: false, error }
  }
}

function validate(
  ctx: ActionContext,
  call: unknown,
): { view: EntityView; action: ActionName; params: unknown; entityId: unknown } {
  if (!isPlainObject(call)) throw fail('INVALID_CALL', 'A call must be an object { entity, action, … }')
  const extra = Object.keys(call).find((key) => !CALL_KEYS.includes(key))
  if (extra !== undefined) {
    throw fail('INVALID_CALL', `Unknown call member '${extra}'; a call has ${CALL_KEYS.join(', ')}`)
  }
  const { entity, action, entityId, params } = call
  if (typeof entity !== 'string' || entity === '' || typeof action !== 'string' || action === '') {
    throw fail('INVALID_CALL', 'A call needs entity and action')
  }
  if (params !== undefined && !isPlainObject(params)) throw fail('INVALID_CALL', 'params must be an object')
  if (entityId !== undefined && typeof entityId !== 'string' && typeof entityId !== 'number') {
    throw fail('INVALID_CALL', 'entityId must be a number or a string')
  }
  const served = actionNamed(action)
  if (served === undefined || !served.inBatch) {
    throw fail('ACTION_NOT_SUPPORTED', `Unknown action "${action}". Actions: ${BATCH_ACTIONS.join(', ')}`)
  }
  const target = entity === 'items' ? smartProcess(params) : { name: entity, params }
  const view = lookupEntity(ctx, target.name)
  requireOperation(view, action as ActionName)
  if (served.needsId && (entityId === undefined || entityId === '')) {
    throw fail('MISSING_ENTITY_ID', `Action "${action}" needs entityId`, {
      hint: 'Put the record id in entityId, not in params',
    })
  }
  requireScope(ctx.caller, scopeOf(view), (scope) =>
    fail('SCOPE_NOT_ALLOWED', `The key lacks the '${scope}' scope this call needs`),
  )
  return { view, action: action as ActionName, params: target.params, entityId }
}

function smartProcess(params: Record<string, unknown> | undefined): { name: string; params: unknown } {
  const { entityTypeId, ...rest } = params ?? {}
  if (entityTypeId === undefined || entityTypeId === null || entityTypeId === '') {
    throw fail('MISSING_DYNAMIC_PARAM', 'Smart-process items need params.entityTypeId')
  }
  return {
    name: smartProcessEntity(entityTypeId, 'USE_DEDICATED_ENTITY'),
    params: Object.keys(rest).length === 0 ? undefined : rest,
  }
}
