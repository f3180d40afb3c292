/**
 * A loopback VibeCode server written from the docs alone (vibecode-docs-2026-05-05.ru.txt), apart
 * from the emulator: it imports nothing from `src/`. Tests start it on port 0 and close it.
 *
 * | Method + path | Answer |
 * | --- | --- |
 * | `POST /v1/{entity}/search` | `{ success, data, meta? }`: filter, order or sort, select, limit ≤ 5000, offset |
 * | `POST /v1/{entity}/aggregate` | `{ count, aggregates, groups?, meta }`: count, sum, avg, min, max, groupBy |
 * | `GET /v1/{entity}/fields` | `{ fields: { <name>: { type, isRequired, isReadOnly, title } } }` |
 * | `GET /v1/{entity}/{id}` | the record (users: an array holding it), or 404 `ENTITY_NOT_FOUND` |
 * | `POST /v1/{entity}` | 201 with the created record |
 * | `PATCH /v1/{entity}/{id}` | the updated record |
 * | `DELETE /v1/{entity}/{id}` | 204, empty body |
 * | `POST /v1/batch` | `{ results, totals, errors, summary, meta }` keyed by call id |
 *
 * Not served (404 `NOT_FOUND`): `GET /v1/{entity}` and the bulk `POST /v1/{entity}/batch`, whose
 * per-item answer the docs do not show. Every error answer is a documented code with a documented
 * status. Our choices where the docs are silent: rows are ordered by id unless told otherwise; select
 * returns only the fields asked for; a limit above 5000 is refused (400 `VALIDATION_ERROR`); an
 * unknown entity answers 400 `UNKNOWN_ENTITY`, an unknown route 404 `NOT_FOUND`.
 *
 * @example
 * ```ts
 * const server = await startDocServer({ rows: { deals: [{ id: 1, title: 'a' }] }, misbehave: { hasMoreStuck: true } })
 * await fetch(`${server.url}/v1/deals/search`, { method: 'POST', headers: { 'X-Api-Key': 'vibe_api_x' }, body: '{}' })
 * server.requests[0]?.body // {}
 * await server.close()
 * ```
 * @module
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { aggregate } from './aggregate.js'
import { runBatch } from './batch.js'
import { defaultRows } from './default-rows.js'
import { DocError, isDocumented } from './documented.js'
import { isPlainObject, pageMeta, runQuery, type Row } from './query.js'
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

export type { Row } from './query.js'

/** An error envelope to answer instead of the real answer (`misbehave.failWith`). */
export interface FailWith {
  /** A documented code, e.g. `'RATE_LIMITED'`; `startDocServer` refuses an undocumented code or status. */
  readonly code: string
  /** An HTTP status the docs give that code, e.g. 429. */
  readonly status: number
  /** How many requests fail; the rest are answered normally. Every request when omitted. */
  readonly times?: number
  /** Sent as `error.retryAfter` (seconds). */
  readonly retryAfter?: number
  /** Sent as the `Retry-After` header, exactly as given (seconds, or an HTTP date). */
  readonly retryAfterHeader?: string | number
}

/**
 * Switchable misbehaviours, each documented or observed of the real service. Change them while the
 * server runs through `server.misbehave`.
 */
export interface Misbehaviour {
  /** `meta.total` (and batch `totals`) say 0 while rows come back (observed in public apps). */
  metaTotalZero?: boolean
  /** `meta.hasMore` stays true on the last page (observed). */
  hasMoreStuck?: boolean
  /** The order is ignored: rows come in descending id order (the docs: pages are unstable without a sort). */
  ignoreOrder?: boolean
  /** Conditions on `id` are ignored (a keyset filter the service would drop). */
  ignoreKeyFilter?: boolean
  /** Answer a documented error envelope. */
  failWith?: FailWith | undefined
}

/** Options of {@link startDocServer}. */
export interface DocServerOptions {
  /** Rows per plural entity name, each with a numeric `id`. Default: a few contacts, deals, companies and users. */
  readonly rows?: Readonly<Record<string, readonly Row[]>>
  /** Misbehaviours from the start. */
  readonly misbehave?: Misbehaviour
  /** Whether search answers carry `meta: { total, hasMore }` (the entity pages print none). Default true. */
  readonly searchMeta?: boolean
}

/** One request as the doc server received it. */
export interface RecordedRequest {
  readonly method: string
  /** The path without the query, e.g. `/v1/deals/search`. */
  readonly path: string
  /** The query string with its `?`, or `''`. */
  readonly query: string
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>
  /** The parsed JSON body; the raw text when it is not JSON; `undefined` when empty. */
  readonly body: unknown
  /** The status answered. */
  status: number
}

/** A running doc server. */
export interface DocServer {
  /** `http://127.0.0.1:<port>`: a client's base URL (paths start with `/v1`). */
  readonly url: string
  /** Every request received, oldest first (a live array: clear it with `length = 0`). */
  readonly requests: RecordedRequest[]
  /** The current misbehaviours; assign to its fields to switch them. */
  readonly misbehave: Misbehaviour
  /** The data, live: rows per entity. */
  readonly tables: Tables
  /** Stops the server and drops open connections. */
  close(): Promise<void>
}

/**
 * Starts a doc server on 127.0.0.1 and a free port.
 *
 * @param options - Rows, misbehaviours, search meta.
 * @returns The running server.
 * @throws TypeError when `misbehave.failWith` names an undocumented code or status, or a row has no numeric id.
 */
export async function startDocServer(options: DocServerOptions = {}): Promise<DocServer> {
  const tables: Tables = new Map()
  for (const [entity, rows] of Object.entries(options.rows ?? defaultRows())) {
    if (!rows.every((row) => Number.isSafeInteger(row.id))) {
      throw new TypeError(`doc-server: every ${entity} row needs a numeric id`)
    }
    tables.set(
      entity,
      [...rows].sort((a, b) => a.id - b.id).map((row) => ({ ...row })),
    )
  }
  const misbehave: Misbehaviour = { ...options.misbehave }
  checkFailWith(misbehave.failWith)
  const requests: RecordedRequest[] = []
  const searchMeta = options.searchMeta ?? true
  let failures = 0
  let failingWith: FailWith | undefined

  const server = createServer((req, res) => {
    void readBody(req).then(
      (text) => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1')
        const record: RecordedRequest = {
          method: req.method ?? 'GET',
          path: url.pathname,
          query: url.search,
          headers: headersOf(req),
          body: parseBody(text),
          status: 0,
        }
        requests.push(record)
        try {
          const fail = misbehave.failWith
          if (fail !== failingWith) [failingWith, failures] = [fail, 0]
          if (fail !== undefined && (fail.times === undefined || failures < fail.times)) {
            checkFailWith(fail)
            failures += 1
            return send(res, record, fail.status, failEnvelope(fail), retryHeader(fail))
          }
          const [status, data, meta] = route(record, text)
          const answer = { success: true, data, ...(meta === undefined ? {} : { meta }) }
          return send(res, record, status, status === 204 ? undefined : answer)
        } catch (error) {
          const known =
            error instanceof DocError ? error : new DocError(500, 'INTERNAL_ERROR', `doc-server: ${String(error)}`)
          const envelope = { success: false, error: { code: known.code, message: known.message } }
          return send(
            res,
            record,
            known.status,
            known.data === undefined ? envelope : { ...envelope, data: known.data },
          )
        }
      },
      (error: unknown) => res.destroy(error instanceof Error ? error : undefined),
    )
  })

  function route(record: RecordedRequest, text: string): [number, unknown, unknown?] {
    authenticate(record.headers)
    const body = record.body
    if (text.trim() !== '' && body === text) throw new DocError(400, 'VALIDATION_ERROR', 'The body is not valid JSON')
    const [entity, second, ...rest] = record.path
      .replace(/^\/v1\//, '')
      .split('/')
      .map(decodeURIComponent)
    if (!record.path.startsWith('/v1/') || entity === undefined || entity === '' || rest.length > 0) {
      throw noRoute(record)
    }
    const { method } = record
    if (entity === 'batch' && second === undefined && method === 'POST') return [200, runBatch(tables, body, misbehave)]
    if (second === undefined) {
      if (method === 'POST') return [201, createRecord(tables, entity, body)]
      throw noRoute(record)
    }
    if (second === 'search' && method === 'POST') {
      const params = isPlainObject(body) ? body : body === undefined ? {} : undefined
      if (params === undefined) throw new DocError(400, 'VALIDATION_ERROR', 'The body must be an object')
      refuseInclude(params.include)
      const page = runQuery(tableOf(tables, entity), params, misbehave)
      return [200, page.rows, searchMeta ? pageMeta(page, misbehave) : undefined]
    }
    if (second === 'aggregate' && method === 'POST') return [200, aggregate(tableOf(tables, entity), body, misbehave)]
    if (second === 'fields' && method === 'GET') return [200, fieldSchema(tables, entity)]
    if (second === 'batch') throw noRoute(record)
    if (method === 'GET') {
      const include = new URLSearchParams(record.query).get('include')
      refuseInclude(include === null ? undefined : include.split(','))
      return [200, getRecord(tables, entity, parseId(second))]
    }
    if (method === 'PATCH') return [200, updateRecord(tables, entity, parseId(second), body)]
    if (method === 'DELETE') {
      deleteRecord(tables, entity, parseId(second))
      return [204, undefined]
    }
    throw noRoute(record)
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    misbehave,
    tables,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}

// The key checks of the docs: no key → 401 MISSING_API_KEY (1096); an unknown prefix → 401
// INVALID_API_KEY (1215); a management key on an entity route → 403 MANAGEMENT_KEY_NO_ENTITY_ACCESS
// (1109); an app key without a Bearer session token → 401 TOKEN_MISSING (141, 2375).
function authenticate(headers: Readonly<Record<string, string>>): void {
  const key = headers['x-api-key']?.trim()
  if (key === undefined || key === '') {
    throw new DocError(401, 'MISSING_API_KEY', 'API key required. Pass via X-Api-Key header.')
  }
  if (!/^vibe_(api|app|live|mgmt)_./.test(key)) throw new DocError(401, 'INVALID_API_KEY', 'Invalid API key')
  if (/^vibe_(live|mgmt)_/.test(key)) {
    throw new DocError(403, 'MANAGEMENT_KEY_NO_ENTITY_ACCESS', 'Management keys have no access to entity endpoints')
  }
  if (key.startsWith('vibe_app_') && !/^Bearer \S/.test(headers.authorization ?? '')) {
    throw new DocError(401, 'TOKEN_MISSING', 'An app key needs Authorization: Bearer <session token>')
  }
}

// The doc server's entities have no relations: any include answers INVALID_INCLUDE with an empty
// list, as the include page says of entities without relations (10571).
function refuseInclude(include: unknown): void {
  if (include === undefined || (Array.isArray(include) && include.length === 0)) return
  const name = Array.isArray(include) ? String(include[0]) : String(include)
  throw new DocError(400, 'INVALID_INCLUDE', `Unknown include '${name}'. Available: `)
}

function noRoute(record: RecordedRequest): DocError {
  return new DocError(404, 'NOT_FOUND', `No route ${record.method} ${record.path}`)
}

const FAIL_MESSAGES: Readonly<Record<string, string>> = {
  RATE_LIMITED: 'QUERY_LIMIT_EXCEEDED',
  ERROR_LOOP_DETECTED: 'Vibe-side block (not a Bitrix24 limit).',
  QUEUE_TIMEOUT: 'Portal queue saturated — too many concurrent Bitrix24 calls',
  BITRIX_UNAVAILABLE: 'Bitrix24 returned 503 Service Unavailable',
  INTERNAL_ERROR: 'Internal server error',
}

function failEnvelope(fail: FailWith): unknown {
  const error = {
    code: fail.code,
    message: FAIL_MESSAGES[fail.code] ?? `${fail.code} (doc server)`,
    ...(fail.retryAfter !== undefined && { retryAfter: fail.retryAfter }),
  }
  return { success: false, error }
}

function retryHeader(fail: FailWith): Record<string, string> {
  return fail.retryAfterHeader === undefined ? {} : { 'retry-after': String(fail.retryAfterHeader) }
}

function checkFailWith(fail: FailWith | undefined): void {
  if (fail !== undefined && !isDocumented(fail.code, fail.status)) {
    throw new TypeError(`doc-server: ${fail.code} with status ${fail.status} is not documented (error-codes.json)`)
  }
}

function send(
  res: ServerResponse,
  record: RecordedRequest,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  record.status = status
  if (body === undefined) {
    res.writeHead(status, headers).end()
    return
  }
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body))
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return out
}
