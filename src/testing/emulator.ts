/**
 * `createEmulator`: a local VibeCode service with seeded or explicit data, usable in-process through
 * its `fetch` handler or over real HTTP through `listen()`, with fault injection, a request log and
 * data helpers for tests.
 *
 * @module
 */
import { DEMO_API_KEY, type EmulatorKey } from './auth.js'
import { isEmulatorError } from './emulator-error.js'
import type { CustomField } from './entity-fields.js'
import { builtInEntities, DEMO_KEY_SCOPES } from './entity-registry.js'
import { errorResponse } from './envelope.js'
import { fail } from './error-codes.js'
import { ErrorLoopGuard, type ErrorLoopOptions } from './error-loop.js'
import { failResponse, FaultQueue, type FailOptions, type Fault, type FaultTarget } from './faults.js'
import { createFetchHandler, type EmulatorFetch } from './fetch-handler.js'
import { startHttpServer, type EmulatorServer, type ListenOptions } from './http-server.js'
import { parseOffset } from './iso-date.js'
import { LeakyBucket, type RateLimitOptions } from './rate-limit.js'
import { createRequestLog, type LoggedRequest } from './request-log.js'
import { route, type RouterConfig } from './router.js'
import { generateSeedData, seededEntities, type SeedCounts } from './seed.js'
import { sleep } from './sleep.js'
import { Store, type RowId } from './store.js'
import type { EmulatorRow, IncomingCall, Outcome, WireResponse } from './types.js'

/**
 * Options of {@link createEmulator}.
 *
 * @example
 * ```ts
 * createEmulator({ seed: 7, counts: { contacts: 5000 }, rateLimit: { burst: 50, perSecond: 2 } })
 * createEmulator({ data: { contacts: [{ id: 1, name: 'Ivan', lastName: 'Petrov', companyId: 15 }] } })
 * ```
 * @category Emulator
 */
export interface EmulatorOptions {
  /**
   * Explicit rows per entity: any plural entity name, or `items/<entityTypeId>` for the items of a
   * smart process (served at `/v1/items/<entityTypeId>/…`). When given, nothing is seeded: these
   * entities hold these rows, the built-in entities not listed are empty, and only the smart-process
   * types listed exist. Rows of built-in entities are completed with `null` for missing known fields;
   * their only extra fields may be custom `ufCrm…`/`UF_…` fields (and `parentId{N}` for items). Rows
   * without `id` are numbered from 1.
   * @defaultValue seeded data (see `seed` and `counts`)
   */
  readonly data?: Readonly<Record<string, readonly EmulatorRow[]>>
  /**
   * Custom fields per entity, declared with their type: how `/fields` describes them (enumerations
   * with their `items`), and which aggregate functions take them (`integer`, `double`, `money`).
   * Custom fields found in `data` without a declaration are typed from their values.
   * @defaultValue none
   */
  readonly customFields?: Readonly<Record<string, Readonly<Record<string, CustomField>>>>
  /**
   * The seed of the generated data; the same seed and counts always give the same rows.
   * @defaultValue 1
   */
  readonly seed?: number
  /**
   * How many rows to generate per built-in entity (statuses, deal pipelines, currencies and
   * departments are a fixed set).
   * @defaultValue {@link DEFAULT_SEED_COUNTS}: 1000 contacts, 40 companies, 300 deals, 200 leads, 40
   *   quotes, 30 invoices, 50 activities, 30 items, 20 users, 8 workgroups, 50 tasks
   */
  readonly counts?: SeedCounts
  /**
   * The accepted API keys. Replaces the default.
   * @defaultValue `{ vibe_api_demo: { scopes: DEMO_KEY_SCOPES } }`: every scope the built-in entities need
   */
  readonly keys?: Readonly<Record<string, EmulatorKey>>
  /**
   * A per-key leaky bucket, or `false` for no limit.
   * @defaultValue false
   */
  readonly rateLimit?: RateLimitOptions | false
  /**
   * Blocks a request that keeps failing the same way with 429 `ERROR_LOOP_DETECTED`, as the service
   * does; `{}` for the defaults (after 10 identical failures, every 50th attempt probes, retryAfter 60).
   * @defaultValue false
   */
  readonly errorLoop?: ErrorLoopOptions | false
  /**
   * Added to every response, in milliseconds.
   * @defaultValue 0
   */
  readonly latencyMs?: number
  /**
   * Whether `POST /v1/{entity}/search` answers carry `meta: { total, hasMore, truncated? }`, as list
   * answers do. Off by default: the entity pages show search answers without `meta`, and a client
   * must not rely on it.
   * @defaultValue false
   */
  readonly searchMeta?: boolean
  /**
   * The portal's UTC offset: written into generated datetimes and assumed for ISO strings without one.
   * @defaultValue '+03:00'
   */
  readonly utcOffset?: string
  /**
   * How many requests the request log keeps (the oldest are dropped first).
   * @defaultValue 1000
   */
  readonly logLimit?: number
  /**
   * Called with each logged request (secrets already redacted), e.g. to print a request line.
   * @defaultValue none
   */
  readonly onRequest?: (entry: LoggedRequest) => void
  /**
   * The clock, in milliseconds: of the rate limiter, and of the times a create or update stamps.
   * @defaultValue Date.now
   */
  readonly now?: () => number
}

/**
 * A running emulator.
 *
 * @example
 * ```ts
 * const emulator = createEmulator()
 * const res = await emulator.fetch('http://emulator.local/v1/contacts/search', {
 *   method: 'POST',
 *   headers: { 'X-Api-Key': 'vibe_api_demo', 'Content-Type': 'application/json' },
 *   body: JSON.stringify({ filter: { companyId: 15 }, limit: 10, order: { lastName: 'asc' } }),
 * })
 * ```
 * @category Emulator
 */
export interface Emulator {
  /**
   * A `fetch`-compatible handler that answers in-process, with no socket. Relative URLs resolve
   * against `http://emulator.local`; an aborted signal rejects with its reason, as `fetch` does.
   */
  readonly fetch: EmulatorFetch
  /**
   * Starts a real HTTP server (`node:http`), on 127.0.0.1 and a free port unless told otherwise.
   *
   * @param options - `port` and `host`.
   * @returns The running server: its `url`, `port` and `close()`.
   * @example
   * ```ts
   * const server = await emulator.listen()
   * const http = createClient({ apiKey: DEMO_API_KEY, baseUrl: server.url })
   * await http.execute(contacts().limit(1))
   * await server.close()
   * ```
   */
  listen(options?: ListenOptions): Promise<EmulatorServer>
  /** The request log, oldest first, secrets redacted: a copy holding the last `logLimit` requests. */
  readonly requests: readonly LoggedRequest[]
  /**
   * Empties the request log.
   *
   * @example
   * ```ts
   * emulator.clearRequests()
   * await client.execute(contacts().where('id', 1))
   * emulator.requests.length // 1
   * ```
   */
  clearRequests(): void
  /**
   * Answers the next matching request(s) with the given status, headers and body instead of the
   * real answer. Faults apply before authentication and rate limiting, and the request is not
   * served; with `afterApply: true` it is served first (a write is stored) and its answer replaced.
   *
   * @param options - `status`, `body`, `headers`, `times`, `match` and `afterApply`.
   * @defaultValue options: status 500 with an `INTERNAL_ERROR` envelope, once, on any request, before serving it
   * @example
   * ```ts
   * emulator.failNext({ status: 503, headers: { 'Retry-After': '1' }, times: 2, match: { path: /\/search$/ } })
   * await client.execute(contacts()) // two 503s, retried; the third attempt succeeds
   *
   * // The gateway timed out, but the deal was created all the same:
   * emulator.failNext({ status: 504, afterApply: true, match: { method: 'POST', path: '/v1/deals' } })
   * ```
   */
  failNext(options?: FailOptions): void
  /**
   * Drops the connection of the next matching request(s) without an answer: over HTTP the socket is
   * destroyed, and `emulator.fetch` rejects with `TypeError('fetch failed')`. By default the request
   * is not served; with `afterApply: true` it is served first (a create is stored), then dropped.
   *
   * @param options - `times`, `match` and `afterApply`.
   * @defaultValue options: once, on any request, before serving it
   * @example
   * ```ts
   * emulator.dropNext()
   * await client.execute(contacts()) // a NetworkError on the first attempt, then retried
   *
   * emulator.dropNext({ afterApply: true, match: { method: 'POST', path: '/v1/deals' } })
   * await client.execute(deals.create({ title: 'Once' })).catch(() => undefined) // a NetworkError…
   * emulator.snapshot('deals').some((deal) => deal.title === 'Once') // …and the deal exists: true
   * ```
   */
  dropNext(options?: FaultTarget): void
  /**
   * Delays the next matching request(s), then answers normally. With `afterApply: true` the request
   * is served first and its answer held back, so a client that times out meanwhile missed a write
   * that happened.
   *
   * @param ms - The delay in milliseconds.
   * @param options - `times`, `match` and `afterApply`.
   * @throws `RangeError` when `ms` is negative or not a finite number.
   * @example
   * ```ts
   * emulator.delayNext(5_000)
   * const impatient = createClient({ apiKey: DEMO_API_KEY, fetch: emulator.fetch, timeoutMs: 100, retry: false })
   * await impatient.execute(contacts()) // rejects with a TimeoutError
   * ```
   */
  delayNext(ms: number, options?: FaultTarget): void
  /**
   * Drops every queued fault.
   *
   * @example
   * ```ts
   * import { beforeEach } from 'vitest'
   *
   * beforeEach(() => emulator.clearFaults())
   * ```
   */
  clearFaults(): void
  /**
   * Sets the latency added to every response from now on.
   *
   * @param ms - Milliseconds, 0 for none.
   * @throws `RangeError` when `ms` is negative or not a finite number.
   * @example
   * ```ts
   * emulator.setLatency(50)
   * ```
   */
  setLatency(ms: number): void
  /**
   * Empties the rate limiter's buckets, so every key may send a full burst again.
   *
   * @example
   * ```ts
   * const limited = createEmulator({ rateLimit: { burst: 2, perSecond: 1 } })
   * limited.resetRateLimit()
   * ```
   */
  resetRateLimit(): void
  /**
   * Adds rows to an entity while serving (the entity is created if new). Missing ids are assigned;
   * `Date` values are stored as ISO strings.
   *
   * @param entity - The plural entity name, e.g. `'contacts'`.
   * @param rows - The rows to add.
   * @returns Copies of the stored rows, with their ids.
   * @example
   * ```ts
   * const [ivan] = emulator.insert('contacts', [{ name: 'Ivan', lastName: 'Petrov', companyId: 15 }])
   * await client.execute(contacts().where('id', Number(ivan?.id)))
   * ```
   */
  insert(entity: string, rows: readonly EmulatorRow[]): EmulatorRow[]
  /**
   * Removes rows by id.
   *
   * @param entity - The plural entity name.
   * @param ids - The ids to remove.
   * @returns How many rows were removed.
   * @example
   * ```ts
   * emulator.remove('contacts', [1, 2]) // 2
   * ```
   */
  remove(entity: string, ids: readonly RowId[]): number
  /**
   * Returns copies of an entity's rows, ascending by id, to compute expected answers from.
   *
   * @param entity - The plural entity name.
   * @returns The rows (empty for an unknown entity).
   * @example
   * ```ts
   * const expected = emulator.rows('contacts').filter((row) => row.companyId === 15).length
   * ```
   */
  rows(entity: string): EmulatorRow[]
  /**
   * Counts an entity's rows.
   *
   * @param entity - The plural entity name.
   * @returns The row count (0 for an unknown entity).
   * @example
   * ```ts
   * emulator.count('contacts') // 1000 with the default seed counts
   * ```
   */
  count(entity: string): number
  /**
   * Lists the entities the emulator holds, in the order they were created.
   *
   * @returns The entity names.
   * @example
   * ```ts
   * createEmulator().entities().slice(0, 4) // ['companies', 'contacts', 'leads', 'deals']
   * ```
   */
  entities(): string[]
  /**
   * A deep copy of the current rows of every entity, keyed by entity name (ascending by id), to
   * assert what your code wrote. Changing the copy changes nothing in the emulator.
   *
   * @returns `{ contacts: [...], deals: [...], 'items/156': [...], … }`.
   * @example
   * ```ts
   * const before = emulator.snapshot()
   * await client.execute(deals.update(2, { stageId: 'WON' }))
   * const after = emulator.snapshot()
   * after['deals']?.find((deal) => deal.id === 2)?.stageId // 'WON'
   * ```
   */
  snapshot(): Record<string, EmulatorRow[]>
  /**
   * A deep copy of the current rows of one entity, ascending by id. Name your row type to read
   * fields without casts; the emulator does not check it.
   *
   * @param entity - The plural entity name, e.g. `'deals'` or `'items/156'`.
   * @returns The rows.
   * @throws `RangeError` when the emulator holds no such entity (a typo would otherwise look empty).
   * @example
   * ```ts
   * await client.execute(deals.create({ title: 'Big one', amount: 5000 }))
   * const [created] = emulator.snapshot<Deal>('deals').filter((deal) => deal.title === 'Big one')
   * created?.amount // 5000
   * ```
   */
  snapshot<Row extends object = EmulatorRow>(entity: string): Row[]
  /**
   * Puts the emulator back as `createEmulator` left it, with the same options: the seeded (or given)
   * data again, custom fields learnt since forgotten, the request log empty, no faults queued, the
   * rate limiter and error-loop block empty, the latency of `latencyMs`. Keys, clock and the rest
   * stay; `fetch` and running servers keep working. Use it between tests that write.
   *
   * @example
   * ```ts
   * import { beforeEach } from 'vitest'
   *
   * beforeEach(() => emulator.reset())
   * ```
   */
  reset(): void
}

/**
 * Creates an emulator. With no options it holds the seeded data of seed 1 — 1000 contacts, 40
 * companies, 300 deals, 200 leads, and quotes, invoices, activities, smart-process items (type 156),
 * users, departments, workgroups, tasks, statuses, deal pipelines and currencies — and accepts the key
 * `vibe_api_demo` with every scope the built-in entities need.
 *
 * @param options - Data, keys, rate limit, latency and the rest; see {@link EmulatorOptions} for the defaults.
 * @returns The emulator, ready to answer through `fetch` or `listen()`.
 * @throws `RangeError` when `utcOffset` does not look like `+03:00`, `logLimit` or a seed count is
 *   not an integer of 0 or more, `latencyMs` is negative, or `rateLimit`/`errorLoop` hold impossible numbers.
 * @throws `TypeError` when `data` gives a built-in entity a field it does not have (other than a
 *   custom field), names an entity badly (a bare `items` included), holds values `structuredClone` cannot
 *   copy (functions, symbols), or `customFields` declares a bad field.
 * @example
 * ```ts
 * import { createEmulator } from 'vibecode-query/testing'
 *
 * const emulator = createEmulator({ seed: 42 })
 * const server = await emulator.listen()
 * const res = await fetch(`${server.url}/v1/contacts?filter[companyId]=15&limit=10`, {
 *   headers: { 'X-Api-Key': 'vibe_api_demo' },
 * })
 * await server.close()
 * ```
 * @category Emulator
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const offsetMinutes = parseOffset(options.utcOffset ?? '+03:00')
  if (offsetMinutes === undefined) {
    throw new RangeError(`emulator: utcOffset must look like +03:00, got ${String(options.utcOffset)}`)
  }
  const data = options.data === undefined ? undefined : cloneData(options.data)
  const now = options.now ?? Date.now
  const limiter = options.rateLimit ? new LeakyBucket(options.rateLimit, now) : undefined
  const fresh = (): RouterConfig => ({
    store: loadStore(options, data === undefined ? undefined : cloneData(data), offsetMinutes),
    keys: options.keys ?? { [DEMO_API_KEY]: { scopes: DEMO_KEY_SCOPES } },
    limiter,
    errorLoop: options.errorLoop ? new ErrorLoopGuard(options.errorLoop) : undefined,
    offsetMinutes,
    searchMeta: options.searchMeta ?? false,
    now,
  })
  let config = fresh()
  const faults = new FaultQueue()
  const log = createRequestLog(options.logLimit ?? 1000, options.onRequest)
  const initialLatency = checkMs(options.latencyMs ?? 0)
  let latency = initialLatency

  async function dispatch(call: IncomingCall, signal: AbortSignal | undefined): Promise<Outcome> {
    const fault = faults.take(call.method, call.url.pathname)
    const before = fault?.afterApply === true ? undefined : fault
    try {
      await sleep(latency + (before?.kind === 'delay' ? before.ms : 0), signal)
    } catch (reason) {
      log.record(call, null, before?.kind)
      throw reason
    }
    if (before?.kind === 'drop') {
      log.record(call, null, before.kind)
      return { kind: 'drop' }
    }
    const response = before?.kind === 'fail' ? before.response : answer(config, call)
    if (fault === undefined || fault === before) {
      log.record(call, response.status, fault?.kind)
      return { kind: 'respond', response }
    }
    return afterApply(call, response, fault, signal)
  }

  /** Applies an `afterApply` fault to the answer of a request already served. */
  async function afterApply(
    call: IncomingCall,
    response: WireResponse,
    fault: Fault,
    signal: AbortSignal | undefined,
  ): Promise<Outcome> {
    if (fault.kind === 'drop') {
      log.record(call, null, fault.kind, true)
      return { kind: 'drop' }
    }
    if (fault.kind === 'fail') {
      log.record(call, fault.response.status, fault.kind, true)
      return { kind: 'respond', response: fault.response }
    }
    try {
      await sleep(fault.ms, signal)
    } catch (reason) {
      log.record(call, null, fault.kind, true)
      throw reason
    }
    log.record(call, response.status, fault.kind, true)
    return { kind: 'respond', response }
  }

  return {
    fetch: createFetchHandler(dispatch),
    listen: (listenOptions) => startHttpServer(dispatch, listenOptions),
    get requests(): readonly LoggedRequest[] {
      return log.entries()
    },
    clearRequests: () => log.clear(),
    failNext: (failOptions = {}) => faults.add({ kind: 'fail', response: failResponse(failOptions) }, failOptions),
    dropNext: (target = {}) => faults.add({ kind: 'drop' }, target),
    delayNext: (ms, target = {}) => faults.add({ kind: 'delay', ms: checkMs(ms) }, target),
    clearFaults: () => faults.clear(),
    setLatency: (ms) => {
      latency = checkMs(ms)
    },
    resetRateLimit: () => limiter?.reset(),
    insert: (entity, rows) => config.store.insert(entity, rows),
    remove: (entity, ids) => config.store.remove(entity, ids),
    rows: (entity) => config.store.snapshot(entity),
    count: (entity) => config.store.count(entity),
    entities: () => config.store.entities(),
    snapshot: ((entity?: string) => snapshot(config.store, entity)) as Emulator['snapshot'],
    reset: () => {
      config = fresh()
      faults.clear()
      log.clear()
      limiter?.reset()
      latency = initialLatency
    },
  }
}

function snapshot(store: Store, entity: string | undefined): EmulatorRow[] | Record<string, EmulatorRow[]> {
  if (entity !== undefined) {
    if (!store.has(entity)) {
      const held = store.entities().join(', ')
      throw new RangeError(`emulator: snapshot of '${String(entity)}': no such entity (it holds ${held})`)
    }
    return store.snapshot(entity)
  }
  const all: Record<string, EmulatorRow[]> = {}
  for (const name of store.entities()) all[name] = store.snapshot(name)
  return all
}

function loadStore(
  options: EmulatorOptions,
  data: Readonly<Record<string, readonly EmulatorRow[]>> | undefined,
  offsetMinutes: number,
): Store {
  const store = new Store(offsetMinutes)
  const unseeded = builtInEntities().flatMap(([name]) => (name === 'items' ? [] : [name]))
  const entities = data === undefined ? seededEntities() : unseeded
  for (const entity of entities) store.ensure(entity)
  for (const [entity, fields] of Object.entries(options.customFields ?? {})) store.declare(entity, fields)
  const rows = data ?? generateSeedData(options.seed ?? 1, options.counts ?? {}, offsetMinutes)
  for (const [entity, list] of Object.entries(rows)) store.load(entity, list)
  return store
}

/** A deep copy of explicit `data`, so that `reset()` restores it even if the caller's objects change. */
function cloneData(data: Readonly<Record<string, readonly EmulatorRow[]>>): Record<string, EmulatorRow[]> {
  try {
    return structuredClone(data) as Record<string, EmulatorRow[]>
  } catch (error) {
    throw new TypeError('emulator: data must hold plain values (JSON values and Dates)', { cause: error })
  }
}

function answer(config: RouterConfig, call: IncomingCall): WireResponse {
  try {
    return route(config, call)
  } catch (error) {
    if (isEmulatorError(error)) return errorResponse(error)
    return errorResponse(
      fail('INTERNAL_ERROR', `Emulator failure: ${error instanceof Error ? error.message : String(error)}`),
    )
  }
}

function checkMs(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) {
    throw new RangeError(`emulator: a delay must be a number of milliseconds >= 0, got ${ms}`)
  }
  return ms
}
