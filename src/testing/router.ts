/**
 * Maps a request to an operation: authentication, then the rate limit, then the route.
 *
 * | Method + path | Answer |
 * | --- | --- |
 * | `GET /` | a small status JSON (no key needed) |
 * | `POST /v1/{entity}/search` | search (JSON body) |
 * | `GET /v1/{entity}` | list (bracket query string) |
 * | `GET /v1/{entity}/fields` | field descriptors |
 * | `POST /v1/{entity}/aggregate` | count, optionally grouped |
 * | `GET /v1/{entity}/{id}` | one record |
 * | `POST /v1/batch` | up to 50 calls |
 *
 * Writes (`POST /v1/{entity}`, `PATCH`/`DELETE /v1/{entity}/{id}`) answer 501
 * `NOT_SUPPORTED_BY_EMULATOR` (change data with `emulator.insert`/`remove`); a known path with the
 * wrong method answers 405 `METHOD_NOT_ALLOWED`; anything else 404 `NOT_FOUND`; a body that is not
 * JSON 400 `INVALID_JSON`.
 *
 * @module
 */
import { authenticate, type EmulatorKey } from './auth.js'
import { batchAction } from './batch.js'
import { EmulatorError } from './emulator-error.js'
import {
  aggregateAction,
  fieldsAction,
  getAction,
  listAction,
  notSupported,
  searchAction,
  type ActionContext,
  type ActionResult,
} from './entity-actions.js'
import { okResponse } from './envelope.js'
import { parseBracketQuery } from './query-string.js'
import type { LeakyBucket } from './rate-limit.js'
import type { Store } from './store.js'
import type { IncomingCall, WireResponse } from './types.js'

/**
 * Everything the router needs.
 *
 * @example
 * ```ts
 * const config: RouterConfig = { store, keys: { vibe_api_demo: { scopes: ['crm'] } }, limiter: undefined, offsetMinutes: 180, searchMeta: false }
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
  /** Minutes east of UTC assumed for ISO strings without an offset. */
  readonly offsetMinutes: number
  /** Whether search answers carry `meta`. */
  readonly searchMeta: boolean
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
  if (path === '/') {
    allow(method, 'GET')
    return okResponse(status(config))
  }
  if (!path.startsWith('/v1/')) throw notFound(path)
  const caller = authenticate(call.header, config.keys)
  config.limiter?.take(caller.key)
  const ctx: ActionContext = { store: config.store, caller, offsetMinutes: config.offsetMinutes, searchMeta: config.searchMeta }
  const segments = path.slice(4).split('/').map(decode)
  const respond = (result: ActionResult): WireResponse => okResponse(result.data, result.meta)
  const [entity, second, ...rest] = segments
  if (entity === undefined || entity === '' || rest.length > 0) throw notFound(path)

  if (second === undefined) {
    if (entity === 'batch') {
      allow(method, 'POST')
      return respond(batchAction(ctx, parseJson(call.body)))
    }
    if (method === 'POST') throw notSupported(`creating records (POST ${path}); use emulator.insert()`)
    allow(method, 'GET', 'POST')
    return respond(listAction(ctx, entity, parseBracketQuery(call.url.searchParams)))
  }
  switch (second) {
    case 'search':
      allow(method, 'POST')
      return respond(searchAction(ctx, entity, parseJson(call.body)))
    case 'aggregate':
      allow(method, 'POST')
      return respond(aggregateAction(ctx, entity, parseJson(call.body)))
    case 'fields':
      allow(method, 'GET')
      return respond(fieldsAction(ctx, entity))
    default:
      if (method === 'PATCH' || method === 'DELETE') {
        throw notSupported(`${method} ${path}; use emulator.insert()/remove()`)
      }
      allow(method, 'GET', 'PATCH', 'DELETE')
      if (call.url.searchParams.has('include')) throw notSupported('include')
      if ([...call.url.searchParams.keys()].length > 0) {
        throw new EmulatorError(400, 'INVALID_PARAMS', 'GET by id takes no query parameters besides include')
      }
      return respond(getAction(ctx, entity, second))
  }
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    throw new EmulatorError(400, 'INVALID_PARAMS', `Malformed path segment '${segment}'`)
  }
}

function allow(method: string, ...allowed: string[]): void {
  if (!allowed.includes(method)) {
    throw new EmulatorError(405, 'METHOD_NOT_ALLOWED', `Method ${method} is not allowed here; use ${allowed.join(' or ')}`)
  }
}

function notFound(path: string): EmulatorError {
  return new EmulatorError(404, 'NOT_FOUND', `No endpoint at ${path}`, { hint: 'Entity endpoints live under /v1/{entity}' })
}

function parseJson(body: string): unknown {
  if (body.trim() === '') return undefined
  try {
    return JSON.parse(body) as unknown
  } catch {
    throw new EmulatorError(400, 'INVALID_JSON', 'The request body is not valid JSON')
  }
}

function status(config: RouterConfig): Record<string, unknown> {
  const entities: Record<string, number> = {}
  for (const name of config.store.entities()) entities[name] = config.store.rowsOf(name)?.length ?? 0
  return {
    service: 'vibecode-query emulator',
    description: 'A local emulation of the Bitrix24 VibeCode REST API for tests and demos',
    auth: 'Send X-Api-Key (the demo key is vibe_api_demo unless keys were configured)',
    entities,
    rateLimit: config.limiter === undefined ? false : true,
  }
}
