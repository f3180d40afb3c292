/**
 * Maps a request to an operation: authentication, the rate limit, the error-loop block, then the
 * route. Every answer is written by `envelope.ts`.
 *
 * | Method + path | Answer |
 * | --- | --- |
 * | `GET /` | a small status JSON (no key needed; the emulator's own) |
 * | `GET /v1/{entity}` | list: `data` rows, `meta: { total, hasMore, truncated? }` |
 * | `POST /v1/{entity}/search` | search: `data` rows (`meta` as for list when `searchMeta` is on) |
 * | `GET /v1/{entity}/{id}` | one record |
 * | `GET /v1/{entity}/fields` | the field schema |
 * | `POST /v1/{entity}/aggregate` | count, numeric functions, groups |
 * | `POST /v1/{entity}` | create: 201 with the record |
 * | `PATCH /v1/{entity}/{id}` | update: the changed record |
 * | `DELETE /v1/{entity}/{id}` | delete: 204, no body |
 * | `POST /v1/{entity}/batch` | bulk create, update or delete, up to 500 |
 * | `POST /v1/batch` | up to 50 calls |
 *
 * Smart-process items live under `/v1/items/{entityTypeId}/…` with the same routes. An operation the
 * entity reference does not list for the entity (a user's delete, departments' fields) answers 400
 * `ACTION_NOT_SUPPORTED`; the product rows `/v1/{entity}/{id}/products…` of the entities that list
 * them 501 `NOT_IMPLEMENTED`. Any other path or method answers 404 `NOT_FOUND`; a body that is not
 * JSON 400 `VALIDATION_ERROR` (the docs name invalid JSON as a cause of it, line 1293), and so does a
 * body nested deeper than `MAX_NESTING` (64) levels.
 *
 * `meta` of a list is `{ total, hasMore }` as the contacts list page shows it (23307), plus
 * `truncated: true` when the 5000-row ceiling cut the answer (2422); other list pages print a
 * top-level `total` instead (25917, 589), which the emulator does not copy. The per-entity search
 * pages show no `meta` (23465), while the filtering page reads `meta.total` from a search (989):
 * search answers carry `meta` only with the `searchMeta` option.
 *
 * @module
 */
import { ACTIONS, type ActionName } from './actions.js'
import { authenticate, type EmulatorKey } from './auth.js'
import { batchAction } from './batch.js'
import { findEntity, requireOperation, type ActionContext, type ActionResult } from './entity-actions.js'
import { noContent, okResponse } from './envelope.js'
import { fail, notImplemented, type ErrorCode } from './error-codes.js'
import type { ErrorLoopGuard } from './error-loop.js'
import { MAX_NESTING, nestsDeeper } from './params.js'
import { parseBracketQuery } from './query-string.js'
import type { LeakyBucket } from './rate-limit.js'
import { smartProcessEntity } from './smart-process.js'
import type { Store } from './store.js'
import type { IncomingCall, WireResponse } from './types.js'
import { bulkAction } from './writes.js'

/**
 * Everything the router needs.
 *
 * @example
 * ```ts
 * const keys = { vibe_api_demo: { scopes: ['crm'] } }
 * const off = { limiter: undefined, errorLoop: undefined }
 * const config: RouterConfig = { store, keys, ...off, offsetMinutes: 180, searchMeta: false, now: Date.now }
 * ```
 * @category Testing
 */
export interface RouterConfig {
  /** The data. */
  readonly store: Store
  /** The accepted keys. */
  readonly keys: Readonly<Record<string, EmulatorKey>>
  /** The rate limiter, or `undefined` when off. */
  readonly limiter: LeakyBucket | undefined
  /** The error-loop block, or `undefined` when off. */
  readonly errorLoop: ErrorLoopGuard | undefined
  /** Minutes east of UTC assumed for ISO strings without an offset. */
  readonly offsetMinutes: number
  /** Whether search answers carry `meta`. */
  readonly searchMeta: boolean
  /** The clock, in milliseconds. */
  readonly now: () => number
}

/** The second path segments that name an operation rather than a record id. */
const OPERATIONS: Readonly<Record<string, { readonly method: string; readonly action: ActionName | 'bulk' }>> = {
  search: { method: 'POST', action: 'search' },
  aggregate: { method: 'POST', action: 'aggregate' },
  fields: { method: 'GET', action: 'fields' },
  batch: { method: 'POST', action: 'bulk' },
}

/** A request resolved to an operation on an entity. */
interface Route {
  readonly entity: string
  readonly action: ActionName | 'bulk' | 'products'
  readonly input: { readonly params: unknown; readonly id?: string }
  /** The code for a reserved smart-process type on this route. */
  readonly reserved: ErrorCode
}

/**
 * Answers one request, or throws an {@link EmulatorError} to be answered as an error envelope.
 *
 * @param config - the router configuration
 * @param call - the request
 * @returns the response
 * @example
 * ```ts
 * route(config, { method: 'GET', url: new URL('http://x/'), header: () => undefined, body: '' }).status // 200
 * ```
 * @category Testing
 */
export function route(config: RouterConfig, call: IncomingCall): WireResponse {
  const path = call.url.pathname.length > 1 ? call.url.pathname.replace(/\/+$/, '') : call.url.pathname
  const method = call.method.toUpperCase()
  if (path === '/' && method === 'GET') return okResponse(status(config))
  if (!path.startsWith('/v1/')) throw noRoute(method, path)
  const caller = authenticate(call.header, config.keys)
  config.limiter?.take(caller.key)
  const ctx: ActionContext = { store: config.store, caller, offsetMinutes: config.offsetMinutes, now: config.now }
  const guard = config.errorLoop
  const signature = `${caller.key} ${method} ${path}${call.url.search} ${call.body}`
  guard?.admit(signature, `${method} ${path}`)
  try {
    const response = dispatch(config, ctx, method, path, call)
    guard?.record(signature, response.status >= 400)
    return response
  } catch (error) {
    guard?.record(signature, true)
    throw error
  }
}

function dispatch(
  config: RouterConfig,
  ctx: ActionContext,
  method: string,
  path: string,
  call: IncomingCall,
): WireResponse {
  const segments = path.slice(4).split('/').map(decode)
  if (segments.length === 1 && segments[0] === 'batch') {
    if (method !== 'POST') throw noRoute(method, path)
    return okResponse(batchAction(ctx, parseJson(call.body)).data)
  }
  const found = resolve(method, path, segments, call)
  const entity = found.entity.startsWith('items/')
    ? smartProcessEntity(found.entity.slice(6), found.reserved)
    : found.entity
  const view = findEntity(ctx, entity)
  if (found.action === 'products') {
    if (view.builtIn?.operations.includes('products') !== true) throw noRoute(method, path)
    throw notImplemented('product rows (/v1/{entity}/{id}/products)')
  }
  if (found.action !== 'bulk') requireOperation(view, found.action)
  const result =
    found.action === 'bulk'
      ? bulkAction(ctx, view, found.input.params)
      : ACTIONS[found.action].run(ctx, view, found.input)
  if (result.status === 204) return noContent()
  return okResponse(result.data, meta(config, found.action, result), result.status)
}

function resolve(method: string, path: string, segments: string[], call: IncomingCall): Route {
  const items = segments[0] === 'items'
  const [entity, second, ...rest] = items ? [`items/${segments[1] ?? ''}`, ...segments.slice(2)] : segments
  if (entity === undefined || entity === '' || entity === 'items/') throw noRoute(method, path)
  const query = (): Record<string, unknown> => parseBracketQuery(call.url.searchParams)
  const reserved = 'RESERVED_ENTITY_TYPE'
  if (rest.length > 0) {
    if (rest[0] !== 'products' || second === undefined) throw noRoute(method, path)
    return { entity, action: 'products', input: { params: undefined, id: second }, reserved }
  }
  if (second === undefined) {
    if (method === 'POST') return { entity, action: 'create', input: { params: parseJson(call.body) }, reserved }
    if (method !== 'GET') throw noRoute(method, path)
    return { entity, action: 'list', input: { params: query() }, reserved }
  }
  const operation = Object.hasOwn(OPERATIONS, second) ? OPERATIONS[second] : undefined
  if (operation !== undefined) {
    if (method !== operation.method) throw noRoute(method, path)
    const params = method === 'GET' ? query() : parseJson(call.body)
    return {
      entity,
      action: operation.action,
      input: { params },
      reserved: operation.action === 'aggregate' ? 'INVALID_DYNAMIC_PARAM' : reserved,
    }
  }
  if (method === 'PATCH') {
    return { entity, action: 'update', input: { params: parseJson(call.body), id: second }, reserved }
  }
  if (method === 'DELETE') return { entity, action: 'delete', input: { params: undefined, id: second }, reserved }
  if (method !== 'GET') throw noRoute(method, path)
  return { entity, action: 'get', input: { params: query(), id: second }, reserved }
}

function meta(
  config: RouterConfig,
  action: Route['action'],
  result: ActionResult,
): Record<string, unknown> | undefined {
  const page = result.page
  if (page === undefined) return undefined
  const skipped = page.includeSkipped === true ? { includeSkipped: true } : {}
  if (action === 'search' && !config.searchMeta) return page.includeSkipped === true ? skipped : undefined
  return { total: page.total, hasMore: page.hasMore, ...(page.truncated ? { truncated: true } : {}), ...skipped }
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    throw fail('INVALID_PARAMS', `Malformed path segment '${segment}'`)
  }
}

function noRoute(method: string, path: string): Error {
  return fail('NOT_FOUND', `No route ${method} ${path}`, { hint: 'Entity endpoints live under /v1/{entity}' })
}

function parseJson(body: string): unknown {
  if (body.trim() === '') return undefined
  let value: unknown
  try {
    value = JSON.parse(body) as unknown
  } catch {
    throw fail('VALIDATION_ERROR', 'The request body is not valid JSON')
  }
  if (nestsDeeper(value, MAX_NESTING)) {
    throw fail('VALIDATION_ERROR', `The request body nests arrays and objects more than ${MAX_NESTING} levels deep`)
  }
  return value
}

function status(config: RouterConfig): Record<string, unknown> {
  const entities: Record<string, number> = {}
  for (const name of config.store.entities()) entities[name] = config.store.count(name)
  return {
    service: 'vibecode-query emulator',
    description: 'A local emulation of the Bitrix24 VibeCode REST API for tests and demos',
    auth: 'Send X-Api-Key (the demo key is vibe_api_demo unless keys were configured)',
    entities,
    rateLimit: config.limiter !== undefined,
  }
}
