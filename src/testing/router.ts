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
 * | `POST /v1/batch` | up to 50 calls |
 *
 * Smart-process items live under `/v1/items/{entityTypeId}/…` with the same routes. Writes
 * (`POST /v1/{entity}`, `PATCH`/`DELETE /v1/{entity}/{id}`, `POST /v1/{entity}/batch`) answer 501
 * `NOT_IMPLEMENTED` (change data with `emulator.insert`/`remove`). Any other path or method answers
 * 404 `NOT_FOUND`; a body that is not JSON 400 `VALIDATION_ERROR` (the docs name invalid JSON as a
 * cause of it, line 1293).
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
import { findEntity, type ActionContext, type ActionResult } from './entity-actions.js'
import { okResponse } from './envelope.js'
import { fail, notImplemented, type ErrorCode } from './error-codes.js'
import type { ErrorLoopGuard } from './error-loop.js'
import { parseBracketQuery } from './query-string.js'
import type { LeakyBucket } from './rate-limit.js'
import { smartProcessEntity } from './smart-process.js'
import type { Store } from './store.js'
import type { IncomingCall, WireResponse } from './types.js'

/**
 * Everything the router needs.
 *
 * @example
 * ```ts
 * const config: RouterConfig = { store, keys: { vibe_api_demo: { scopes: ['crm'] } }, limiter: undefined, errorLoop: undefined, offsetMinutes: 180, searchMeta: false }
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
  readonly action: ActionName
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
  const ctx: ActionContext = { store: config.store, caller, offsetMinutes: config.offsetMinutes }
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

function dispatch(config: RouterConfig, ctx: ActionContext, method: string, path: string, call: IncomingCall): WireResponse {
  const segments = path.slice(4).split('/').map(decode)
  if (segments.length === 1 && segments[0] === 'batch') {
    if (method !== 'POST') throw noRoute(method, path)
    return okResponse(batchAction(ctx, parseJson(call.body)).data)
  }
  const found = resolve(method, path, segments, call)
  const entity = found.entity.startsWith('items/') ? smartProcessEntity(found.entity.slice(6), found.reserved) : found.entity
  const result = ACTIONS[found.action].run(ctx, findEntity(ctx, entity), found.input)
  return okResponse(result.data, meta(config, found.action, result))
}

function resolve(method: string, path: string, segments: string[], call: IncomingCall): Route {
  const items = segments[0] === 'items'
  const [entity, second, ...rest] = items ? [`items/${segments[1] ?? ''}`, ...segments.slice(2)] : segments
  if (entity === undefined || entity === '' || entity === 'items/' || rest.length > 0) throw noRoute(method, path)
  const query = (): Record<string, unknown> => parseBracketQuery(call.url.searchParams)
  if (second === undefined) {
    if (method === 'POST') throw notImplemented(`creating records (POST ${path}); use emulator.insert()`)
    if (method !== 'GET') throw noRoute(method, path)
    return { entity, action: 'list', input: { params: query() }, reserved: 'RESERVED_ENTITY_TYPE' }
  }
  const operation = Object.hasOwn(OPERATIONS, second) ? OPERATIONS[second] : undefined
  if (operation !== undefined) {
    if (method !== operation.method) throw noRoute(method, path)
    if (operation.action === 'bulk') throw notImplemented(`bulk writes (POST ${path}); use emulator.insert()/remove()`)
    const params = method === 'GET' ? query() : parseJson(call.body)
    const reserved = operation.action === 'aggregate' ? 'INVALID_DYNAMIC_PARAM' : 'RESERVED_ENTITY_TYPE'
    return { entity, action: operation.action, input: { params }, reserved }
  }
  if (method === 'PATCH' || method === 'DELETE') throw notImplemented(`${method} ${path}; use emulator.insert()/remove()`)
  if (method !== 'GET') throw noRoute(method, path)
  return { entity, action: 'get', input: { params: query(), id: second }, reserved: 'RESERVED_ENTITY_TYPE' }
}

function meta(config: RouterConfig, action: ActionName, result: ActionResult): Record<string, unknown> | undefined {
  const page = result.page
  if (page === undefined || (action === 'search' && !config.searchMeta)) return undefined
  return page.truncated ? { total: page.total, hasMore: page.hasMore, truncated: true } : { total: page.total, hasMore: page.hasMore }
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
  try {
    return JSON.parse(body) as unknown
  } catch {
    throw fail('VALIDATION_ERROR', 'The request body is not valid JSON')
  }
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
