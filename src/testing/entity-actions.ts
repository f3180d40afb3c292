/**
 * The entity operations, shared by the HTTP routes and batch calls: search, list, get, fields and
 * aggregate. Each returns `{ data, meta? }` or throws an {@link EmulatorError}.
 *
 * Response shapes (the emulator's choices where the documentation is silent — unconfirmed):
 * - search: `data: Row[]`; `meta` is **not** sent unless the emulator's `searchMeta` option is on,
 *   because the documentation does not promise it on search;
 * - list: `data: Row[]`, `meta: { total, hasMore, truncated? }` (`truncated: true` only when set);
 * - get: `data: Row`, 404 `ENTITY_NOT_FOUND` `Item not found`;
 * - fields: `data: { [field]: { type, title, readOnly, multiple } }`;
 * - aggregate: `data: { count }`, plus `groups: [{ <groupBy fields>…, count }]` (largest first) when
 *   `groupBy` is given; only the `count` function is implemented (others answer 501
 *   `NOT_SUPPORTED_BY_EMULATOR`); contacts group only by the documented aggregatable fields
 *   (`typeId`, `sourceId`, `assignedById`, `ufCrm*`), other fields answer 400 `INVALID_PARAMS`.
 * Every entity requires the `crm` scope; an entity the emulator does not hold answers 404 `UNKNOWN_ENTITY`.
 *
 * @module
 */
import { requireScope, type Caller } from './auth.js'
import { EmulatorError } from './emulator-error.js'
import { CUSTOM_FIELD } from './entity-fields.js'
import { compileFilter, type FilterContext } from './filter-eval.js'
import { parseSearchParams, runSearch } from './search-plan.js'
import type { Store } from './store.js'
import type { EmulatorRow } from './types.js'

/**
 * What an operation runs against.
 *
 * @example
 * ```ts
 * const ctx: ActionContext = { store, caller, offsetMinutes: 180, searchMeta: false }
 * ```
 * @category Testing
 */
export interface ActionContext {
  /** The data. */
  readonly store: Store
  /** The authenticated caller (scopes are checked per entity). */
  readonly caller: Caller
  /** Minutes east of UTC assumed for ISO strings without an offset. */
  readonly offsetMinutes: number
  /** Whether search answers carry `meta` (list answers always do). */
  readonly searchMeta: boolean
}

/**
 * A successful operation: the envelope's `data` and optional `meta`.
 *
 * @example
 * ```ts
 * const r: ActionResult = { data: [], meta: { total: 0, hasMore: false } }
 * ```
 * @category Testing
 */
export interface ActionResult {
  /** The `data` member. */
  readonly data: unknown
  /** The `meta` member, when any. */
  readonly meta?: Record<string, unknown>
}

/** The scope every emulated entity requires. */
const ENTITY_SCOPE = 'crm'
const CONTACT_AGGREGATABLE = new Set(['typeId', 'sourceId', 'assignedById'])

/**
 * Answers 501 `NOT_SUPPORTED_BY_EMULATOR` for a documented feature the emulator does not implement.
 *
 * @param what - the feature
 * @returns the error to throw
 * @example
 * ```ts
 * throw notSupported('include')
 * ```
 * @category Testing
 */
export function notSupported(what: string): EmulatorError {
  return new EmulatorError(501, 'NOT_SUPPORTED_BY_EMULATOR', `The emulator does not implement ${what}`)
}

function resolve(ctx: ActionContext, entity: string): FilterContext & { rows: readonly EmulatorRow[] } {
  const rows = ctx.store.rowsOf(entity)
  const fields = ctx.store.fieldsOf(entity)
  if (rows === undefined || fields === undefined) {
    throw new EmulatorError(404, 'UNKNOWN_ENTITY', `Unknown entity '${entity}'`, {
      hint: `The emulator holds: ${ctx.store.entities().join(', ')}`,
    })
  }
  requireScope(ctx.caller, ENTITY_SCOPE)
  return { entity, fields, rows, offsetMinutes: ctx.offsetMinutes }
}

function rejectInclude(params: unknown): void {
  if (typeof params === 'object' && params !== null && 'include' in params) throw notSupported('include')
}

/**
 * `POST /v1/{entity}/search` (and batch `search`).
 *
 * @param ctx - the context
 * @param entity - the entity name
 * @param params - `{ filter?, order?, select?, limit?, offset? }`
 * @returns `{ data: rows }`, with `meta` when `searchMeta` is on
 * @example
 * ```ts
 * searchAction(ctx, 'contacts', { filter: { companyId: 15 }, limit: 10 }).data
 * ```
 * @category Testing
 */
export function searchAction(ctx: ActionContext, entity: string, params: unknown): ActionResult {
  const page = runPage(ctx, entity, params)
  return ctx.searchMeta ? page : { data: page.data }
}

/**
 * `GET /v1/{entity}` (and batch `list`).
 *
 * @param ctx - the context
 * @param entity - the entity name
 * @param params - the same parameters as search (query-string values may be text)
 * @returns `{ data: rows, meta: { total, hasMore, truncated? } }`
 * @example
 * ```ts
 * listAction(ctx, 'deals', { filter: { stageId: 'WON' } }).meta
 * ```
 * @category Testing
 */
export function listAction(ctx: ActionContext, entity: string, params: unknown): ActionResult {
  return runPage(ctx, entity, params)
}

function runPage(ctx: ActionContext, entity: string, params: unknown): { data: EmulatorRow[]; meta: Record<string, unknown> } {
  const target = resolve(ctx, entity)
  rejectInclude(params)
  const plan = parseSearchParams(params, target)
  const page = runSearch(target.rows, plan, ctx.offsetMinutes)
  const meta: Record<string, unknown> = { total: page.total, hasMore: page.hasMore }
  if (page.truncated) meta['truncated'] = true
  return { data: page.rows, meta }
}

/**
 * `GET /v1/{entity}/{id}` (and batch `get`).
 *
 * @param ctx - the context
 * @param entity - the entity name
 * @param id - the record id (text or number)
 * @returns `{ data: row }`
 * @example
 * ```ts
 * getAction(ctx, 'contacts', '71').data
 * ```
 * @category Testing
 */
export function getAction(ctx: ActionContext, entity: string, id: string | number): ActionResult {
  resolve(ctx, entity)
  const row = ctx.store.get(entity, id)
  if (row === undefined) throw new EmulatorError(404, 'ENTITY_NOT_FOUND', 'Item not found')
  return { data: row }
}

/**
 * `GET /v1/{entity}/fields` (and batch `fields`).
 *
 * @param ctx - the context
 * @param entity - the entity name
 * @returns `{ data: { [field]: { type, title, readOnly, multiple } } }`
 * @example
 * ```ts
 * fieldsAction(ctx, 'deals').data // { id: { type: 'number', … }, title: { … }, … }
 * ```
 * @category Testing
 */
export function fieldsAction(ctx: ActionContext, entity: string): ActionResult {
  const { fields } = resolve(ctx, entity)
  return { data: Object.fromEntries([...fields].map(([name, d]) => [name, { ...d }])) }
}

/**
 * `POST /v1/{entity}/aggregate`: `count` of matching rows, optionally grouped.
 *
 * @param ctx - the context
 * @param entity - the entity name
 * @param body - `{ filter?, aggregate?: [{ field: '*', function: 'count' }], groupBy?: string | string[] }`
 * @returns `{ data: { count, groups? } }`
 * @example
 * ```ts
 * aggregateAction(ctx, 'contacts', { filter: { companyId: 15 }, groupBy: 'typeId' }).data
 * // { count: 21, groups: [{ typeId: 'CLIENT', count: 11 }, …] }
 * ```
 * @category Testing
 */
export function aggregateAction(ctx: ActionContext, entity: string, body: unknown): ActionResult {
  const target = resolve(ctx, entity)
  if (body === undefined || body === null) body = {}
  if (typeof body !== 'object' || Array.isArray(body)) throw invalidParams('aggregate body must be a JSON object')
  const b = body as Record<string, unknown>
  for (const key of Object.keys(b)) {
    if (key !== 'filter' && key !== 'aggregate' && key !== 'groupBy') throw invalidParams(`Unknown parameter '${key}'`)
  }
  checkFunctions(b['aggregate'])
  const groupBy = readGroupBy(b['groupBy'], target)
  const matched = target.rows.filter(compileFilter(b['filter'], target))
  if (groupBy.length === 0) return { data: { count: matched.length } }
  const groups = new Map<string, { key: EmulatorRow; count: number }>()
  for (const row of matched) {
    const key: EmulatorRow = {}
    for (const field of groupBy) key[field] = row[field] ?? null
    const id = JSON.stringify(groupBy.map((f) => key[f]))
    const group = groups.get(id)
    if (group === undefined) groups.set(id, { key, count: 1 })
    else group.count += 1
  }
  const list = [...groups.entries()]
    .sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : a > b ? 1 : 0))
    .map(([, g]) => ({ ...g.key, count: g.count }))
  return { data: { count: matched.length, groups: list } }
}

function invalidParams(message: string, hint?: string): EmulatorError {
  return new EmulatorError(400, 'INVALID_PARAMS', message, hint === undefined ? {} : { hint })
}

function checkFunctions(aggregate: unknown): void {
  if (aggregate === undefined || aggregate === null) return
  if (!Array.isArray(aggregate)) throw invalidParams('aggregate must be an array of { field, function }')
  for (const item of aggregate) {
    if (typeof item !== 'object' || item === null) throw invalidParams('aggregate items must be { field, function }')
    const fn = (item as Record<string, unknown>)['function']
    const field = (item as Record<string, unknown>)['field']
    if (!['count', 'sum', 'avg', 'min', 'max'].includes(String(fn))) {
      throw invalidParams(`Unknown aggregate function ${JSON.stringify(fn)}`, 'Functions: count, sum, avg, min, max')
    }
    if (fn !== 'count') throw notSupported(`the aggregate function '${String(fn)}' (only count)`)
    if (field !== undefined && field !== '*') throw notSupported(`count of a named field (use field '*')`)
  }
}

function readGroupBy(groupBy: unknown, target: FilterContext): string[] {
  if (groupBy === undefined || groupBy === null) return []
  const list = typeof groupBy === 'string' ? [groupBy] : groupBy
  if (!Array.isArray(list) || !list.every((g): g is string => typeof g === 'string')) {
    throw invalidParams('groupBy must be a field name or an array of field names')
  }
  if (list.length > 5) throw invalidParams('groupBy takes at most 5 fields')
  for (const field of list) {
    const descriptor = target.fields.get(field)
    const allowed =
      descriptor !== undefined &&
      descriptor.type !== 'array' &&
      descriptor.type !== 'object' &&
      (target.entity !== 'contacts' || CONTACT_AGGREGATABLE.has(field) || CUSTOM_FIELD.test(field))
    if (!allowed) {
      const known = [...target.fields.keys()].filter((n) => CUSTOM_FIELD.test(n))
      throw invalidParams(`Field '${field}' cannot be aggregated for ${target.entity}`, `User fields: ${known.join(', ') || 'none'}`)
    }
  }
  return list
}
