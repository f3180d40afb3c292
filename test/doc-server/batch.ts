// POST /v1/batch as the batch page describes it (docs 2101-2405): 1 to 50 calls, each answered
// under its id in results or errors; totals and meta for list and search calls; summary counts;
// 400 INVALID_REQUEST with data.errors when every call fails validation.
import { DocError } from './documented.js'
import { isPlainObject, pageMeta, runQuery, type QueryQuirks } from './query.js'
import {
  createRecord,
  deleteRecord,
  fieldSchema,
  getRecord,
  parseId,
  tableOf,
  updateRecord,
  type Tables,
} from './records.js'

const ACTIONS = ['list', 'get', 'create', 'update', 'delete', 'fields', 'search'] as const
type Action = (typeof ACTIONS)[number]
const MAX_CALLS = 50

interface ValidCall {
  readonly id: string
  readonly entity: string
  readonly action: Action
  readonly entityId: unknown
  readonly params: Record<string, unknown>
}

interface CallError {
  readonly code: string
  readonly message: string
}

/**
 * Runs a batch body.
 *
 * @param tables - The data.
 * @param body - `{ calls: [...] }`.
 * @param quirks - Misbehaviours of list and search calls.
 * @returns The answer's `data`: `{ results, totals, errors, summary, meta }`.
 * @throws DocError 400 INVALID_REQUEST for a malformed body, more than 50 calls, repeated ids, or
 *   when every call fails validation (then with `data.errors`).
 */
export function runBatch(tables: Tables, body: unknown, quirks: QueryQuirks = {}): Record<string, unknown> {
  const calls = isPlainObject(body) ? body.calls : undefined
  if (!Array.isArray(calls) || calls.length === 0 || calls.length > MAX_CALLS) {
    throw new DocError(400, 'INVALID_REQUEST', `calls: Array must contain from 1 to ${MAX_CALLS} element(s)`)
  }
  const ids = calls.map((call, index) => (isPlainObject(call) && typeof call.id === 'string' ? call.id : String(index)))
  if (new Set(ids).size !== ids.length) throw new DocError(400, 'INVALID_REQUEST', 'calls: every id must be unique')

  const errors: Record<string, CallError> = {}
  const valid: ValidCall[] = []
  calls.forEach((call, index) => {
    const id = ids[index] as string
    const checked = validate(tables, call)
    if ('code' in checked) errors[id] = checked
    else valid.push({ ...checked, id })
  })
  if (valid.length === 0) {
    throw new DocError(400, 'INVALID_REQUEST', 'All calls in the batch failed validation', { errors })
  }

  const results: Record<string, unknown> = {}
  const totals: Record<string, number> = {}
  const meta: Record<string, unknown> = {}
  for (const call of valid) {
    try {
      if (call.action === 'list' || call.action === 'search') {
        const page = runQuery(tableOf(tables, call.entity), call.params, quirks)
        const { total, hasMore } = pageMeta(page, quirks)
        results[call.id] = page.rows
        totals[call.id] = total
        meta[call.id] = { total, returned: page.rows.length, hasMore, truncated: false }
      } else {
        results[call.id] = runOne(tables, call)
      }
    } catch (error) {
      if (!(error instanceof DocError)) throw error
      errors[call.id] = { code: error.code, message: error.message }
    }
  }
  const failed = Object.keys(errors).length
  return { results, totals, errors, summary: { total: calls.length, succeeded: calls.length - failed, failed }, meta }
}

// A call's validation error, or the call itself.
function validate(tables: Tables, call: unknown): CallError | Omit<ValidCall, 'id'> {
  if (!isPlainObject(call) || typeof call.entity !== 'string' || typeof call.action !== 'string') {
    return { code: 'INVALID_CALL', message: 'A call needs the fields entity and action.' }
  }
  if (!tables.has(call.entity)) {
    const message = `Unknown entity "${call.entity}". Check GET /v1/guide for available entities.`
    return { code: 'UNKNOWN_ENTITY', message }
  }
  if (!ACTIONS.includes(call.action as Action)) {
    return { code: 'ACTION_NOT_SUPPORTED', message: `Action "${call.action}" is not supported.` }
  }
  const action = call.action as Action
  if ((action === 'get' || action === 'update' || action === 'delete') && call.entityId === undefined) {
    return { code: 'MISSING_ENTITY_ID', message: `Action "${action}" requires entityId.` }
  }
  const params = call.params === undefined ? {} : call.params
  if (!isPlainObject(params)) return { code: 'INVALID_CALL', message: 'params must be an object.' }
  return { entity: call.entity, action, entityId: call.entityId, params }
}

function runOne(tables: Tables, call: ValidCall): unknown {
  switch (call.action) {
    case 'get':
      return getRecord(tables, call.entity, parseId(call.entityId))
    case 'fields':
      return fieldSchema(tables, call.entity)
    case 'create':
      return createRecord(tables, call.entity, call.params)
    case 'update':
      return updateRecord(tables, call.entity, parseId(call.entityId), call.params)
    default:
      // The docs do not show what a delete call leaves in results; `true` is our choice.
      deleteRecord(tables, call.entity, parseId(call.entityId))
      return true
  }
}
