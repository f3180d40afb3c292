/**
 * Injected faults, consumed in the order they were queued: each request takes the first queued fault
 * whose `match` it satisfies (one fault per request) and decrements its `times`.
 * - `fail`: answer with the given status, headers and body (a string body is sent as-is, so it can be
 *   HTML or truncated JSON; anything else is sent as JSON);
 * - `drop`: destroy the connection without an answer (over HTTP the socket is destroyed; the in-process
 *   `fetch` rejects with a `TypeError`, as `fetch` does on a network error);
 * - `delay`: wait, then answer normally.
 * By default a fault hits before the request is served (before authentication and rate limiting), as
 * a broken proxy in front of the service would: nothing is carried out. With `afterApply: true` the
 * request is served first — a write is stored — and the fault then replaces, drops or delays the
 * answer: the service did the work, the client never heard of it.
 *
 * @module
 */
import { jsonResponse } from './envelope.js'
import { codeForStatus } from './error-codes.js'
import type { WireResponse } from './types.js'

/**
 * Which requests a fault applies to.
 *
 * @example
 * ```ts
 * const match: RequestMatch = { method: 'POST', path: /\/search$/ }
 * ```
 * @category Faults
 */
export interface RequestMatch {
  /**
   * HTTP method, any case.
   * @defaultValue any method
   */
  readonly method?: string
  /**
   * The URL path: equal to a string, or tested by a RegExp.
   * @defaultValue any path
   */
  readonly path?: string | RegExp
}

/**
 * Common fault options: how many requests it hits, and which.
 *
 * @example
 * ```ts
 * emulator.dropNext({ times: 2, match: { path: '/v1/contacts/search' } })
 * ```
 * @category Faults
 */
export interface FaultTarget {
  /**
   * How many matching requests the fault hits.
   * @defaultValue 1
   */
  readonly times?: number
  /**
   * Which requests it hits.
   * @defaultValue every request
   */
  readonly match?: RequestMatch
  /**
   * Serve the request first, then apply the fault to its answer: a create or update is stored, a
   * delete carried out, and then the connection is dropped (`dropNext`), the answer replaced
   * (`failNext`) or held back (`delayNext`, e.g. past the client's timeout). The request passes
   * authentication and rate limiting as any other. Use it to test how your code handles a write
   * that may or may not have happened.
   * @defaultValue false: the fault hits before the request is served, and nothing is carried out
   * @example
   * ```ts
   * emulator.dropNext({ afterApply: true, match: { method: 'POST', path: '/v1/deals' } })
   * await client.execute(deals.create({ title: 'Big one' })) // rejects with a NetworkError…
   * emulator.snapshot('deals').filter((d) => d.title === 'Big one').length // …yet the deal exists: 1
   * ```
   */
  readonly afterApply?: boolean
}

/**
 * Options of `failNext`: the response to answer with instead of the real one.
 *
 * @example
 * ```ts
 * emulator.failNext({ status: 503, headers: { 'Retry-After': '1' }, times: 2 })
 * emulator.failNext({ status: 502, body: '<html>Bad Gateway</html>', headers: { 'Content-Type': 'text/html' } })
 * ```
 * @category Faults
 */
export interface FailOptions extends FaultTarget {
  /**
   * The HTTP status (200..599).
   * @defaultValue 500
   */
  readonly status?: number
  /**
   * The body: a string is sent verbatim (`text/plain` unless `headers` say otherwise); any other
   * value is sent as JSON.
   * @defaultValue `{ success: false, error: { code, message: 'Injected fault (HTTP <status>)' } }` with the
   * documented code of the status: 400 `VALIDATION_ERROR`, 401 `INVALID_API_KEY`, 403 `SCOPE_DENIED`,
   * 404 `NOT_FOUND`, 409 `CONFLICT`, 422 `BITRIX_ERROR`, 429 `RATE_LIMITED`, 501 `NOT_IMPLEMENTED`,
   * 502 `BITRIX_UNAVAILABLE`, 504 `QUEUE_TIMEOUT`, any other `INTERNAL_ERROR`
   */
  readonly body?: unknown
  /**
   * Extra response headers.
   * @defaultValue none
   */
  readonly headers?: Readonly<Record<string, string>>
}

/**
 * A fault as queued; `afterApply` says it hits the answer of a request already served.
 *
 * @example
 * ```ts
 * const fault: Fault = { kind: 'delay', ms: 200 }
 * const late: Fault = { kind: 'drop', afterApply: true }
 * ```
 * @category Testing
 */
export type Fault = (
  | { readonly kind: 'fail'; readonly response: WireResponse }
  | { readonly kind: 'drop' }
  | { readonly kind: 'delay'; readonly ms: number }
) & { readonly afterApply?: boolean }

interface Entry {
  readonly fault: Fault
  remaining: number
  readonly match: RequestMatch | undefined
}

/**
 * Builds the response a `failNext` fault answers with.
 *
 * @param options - status, body and headers
 * @returns the response
 * @example
 * ```ts
 * failResponse({ status: 503 }).status // 503
 * ```
 * @category Testing
 */
export function failResponse(options: FailOptions): WireResponse {
  const status = options.status ?? 500
  if (!Number.isInteger(status) || status < 200 || status > 599) {
    throw new RangeError(`emulator: failNext status must be an integer 200..599, got ${String(status)}`)
  }
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value
  const raw = options.body
  if (typeof raw === 'string') {
    return { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers }, body: raw }
  }
  const value = raw ?? {
    success: false,
    error: { code: codeForStatus(status), message: `Injected fault (HTTP ${status})` },
  }
  return jsonResponse(status, value, headers)
}

/**
 * The queue of pending faults.
 *
 * @example
 * ```ts
 * const faults = new FaultQueue()
 * faults.add({ kind: 'drop' }, {})
 * faults.take('GET', '/v1/contacts') // { kind: 'drop' }
 * ```
 * @category Testing
 */
export class FaultQueue {
  #entries: Entry[] = []

  /**
   * Queues a fault.
   *
   * @param fault - the fault
   * @param target - how many times, which requests, and whether after serving them
   * @throws `RangeError` when `times` is not an integer of 1 or more; `TypeError` when `afterApply`
   *   is given and not a boolean
   */
  add(fault: Fault, target: FaultTarget): void {
    const times = target.times ?? 1
    if (!Number.isInteger(times) || times < 1) throw new RangeError('emulator: times must be an integer >= 1')
    const afterApply = target.afterApply ?? false
    if (typeof afterApply !== 'boolean') {
      throw new TypeError(`emulator: afterApply must be true or false, got ${String(afterApply)}`)
    }
    this.#entries.push({ fault: afterApply ? { ...fault, afterApply } : fault, remaining: times, match: target.match })
  }

  /**
   * Takes the fault for a request, if one matches.
   *
   * @param method - the request method
   * @param path - the request path
   * @returns the fault, or `undefined`
   */
  take(method: string, path: string): Fault | undefined {
    const entry = this.#entries.find((e) => matches(e.match, method, path))
    if (entry === undefined) return undefined
    entry.remaining -= 1
    if (entry.remaining === 0) this.#entries = this.#entries.filter((e) => e !== entry)
    return entry.fault
  }

  /**
   * How many fault hits are still queued.
   *
   * @returns the sum of the remaining `times`
   */
  pending(): number {
    return this.#entries.reduce((sum, e) => sum + e.remaining, 0)
  }

  /** Drops every queued fault. */
  clear(): void {
    this.#entries = []
  }
}

function matches(match: RequestMatch | undefined, method: string, path: string): boolean {
  if (match === undefined) return true
  if (match.method !== undefined && match.method.toUpperCase() !== method.toUpperCase()) return false
  if (typeof match.path === 'string') return match.path === path
  if (match.path instanceof RegExp) {
    match.path.lastIndex = 0
    return match.path.test(path)
  }
  return true
}
