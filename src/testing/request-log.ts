/**
 * The request log: what each request to the emulator was and how it was answered, for assertions
 * in tests. Secrets never enter it: `X-Api-Key` keeps only its type prefix (`vibe_api_****`), and
 * `Authorization` and `X-Vibe-Authorization` keep only their scheme (`Bearer ****`); `Cookie` is `****`.
 *
 * @module
 */
import type { IncomingCall } from './types.js'

/**
 * One logged request.
 *
 * @example
 * ```ts
 * import { expect } from 'vitest'
 *
 * await client.execute(contacts().where('companyId', 15).limit(10))
 * const last = emulator.requests.at(-1)
 * expect(last?.body).toEqual({ filter: { companyId: 15 }, limit: 10 })
 * ```
 * @category Request log
 */
export interface LoggedRequest {
  /** The HTTP method. */
  readonly method: string
  /** The URL path, e.g. `/v1/contacts/search`. */
  readonly path: string
  /** The raw query string including `?`, or `''`. */
  readonly search: string
  /** Request headers, lower-case names, secrets redacted. */
  readonly headers: Readonly<Record<string, string>>
  /** The body: parsed JSON when it parses, else the text; `undefined` when empty. */
  readonly body: unknown
  /** The status answered, or `null` when the connection was dropped. */
  readonly status: number | null
  /** The injected fault that hit the request, if any. */
  readonly fault?: 'fail' | 'drop' | 'delay'
  /** `true` when the fault hit after the request was served (`afterApply`): its write was carried out. */
  readonly afterApply?: true
}

/**
 * Redacts an API key down to its type prefix.
 *
 * @param key - the key
 * @returns e.g. `vibe_api_****`, or `****` for a key of unknown form
 * @example
 * ```ts
 * redactKey('vibe_api_demo') // 'vibe_api_****'
 * ```
 * @category Testing
 */
export function redactKey(key: string): string {
  const prefix = /^vibe_(?:api|app|live)_/.exec(key)?.[0]
  return `${prefix ?? ''}****`
}

const SCHEME_ONLY = new Set(['authorization', 'x-vibe-authorization', 'proxy-authorization'])

/**
 * Copies request headers with secrets redacted.
 *
 * @param headers - header name/value pairs
 * @returns lower-case names, `x-api-key` and credential headers redacted
 * @example
 * ```ts
 * redactHeaders([['Authorization', 'Bearer abc']]) // { authorization: 'Bearer ****' }
 * ```
 * @category Testing
 */
export function redactHeaders(headers: Iterable<readonly [string, string]>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [rawName, value] of headers) {
    const name = rawName.toLowerCase()
    if (name === 'x-api-key') out[name] = redactKey(value)
    else if (name === 'cookie' || name === 'set-cookie') out[name] = '****'
    else if (SCHEME_ONLY.has(name)) {
      const scheme = /^(\S+)\s+\S/.exec(value)?.[1]
      out[name] = scheme === undefined ? '****' : `${scheme} ****`
    } else out[name] = value
  }
  return out
}

/**
 * Reads a logged body: JSON when it parses, the text otherwise, `undefined` when empty.
 *
 * @param text - the raw body
 * @returns the logged form
 * @example
 * ```ts
 * logBody('{"limit":1}') // { limit: 1 }
 * ```
 * @category Testing
 */
export function logBody(text: string): unknown {
  if (text === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

/** The request headers the log keeps (credentials redacted). */
const LOGGED_HEADERS = [
  'x-api-key',
  'authorization',
  'content-type',
  'accept',
  'user-agent',
  'cookie',
  'x-vibe-authorization',
]

/**
 * The log of one emulator: a ring of the last `limit` requests.
 *
 * @example
 * ```ts
 * const log: RequestLog = createRequestLog(1000)
 * ```
 * @category Testing
 */
export interface RequestLog {
  /**
   * Logs a request and how it was answered.
   *
   * @param call - the request
   * @param status - the status answered, or `null` when the connection was dropped or abandoned
   * @param fault - the injected fault that hit it, if any
   * @param afterApply - whether the fault hit after the request was served
   */
  record(call: IncomingCall, status: number | null, fault?: LoggedRequest['fault'], afterApply?: boolean): void
  /**
   * The logged requests, oldest first.
   *
   * @returns a copy
   */
  entries(): LoggedRequest[]
  /** Empties the log. */
  clear(): void
}

/**
 * Creates a request log.
 *
 * @param limit - how many requests it keeps (the oldest are dropped first)
 * @param onRequest - called with each entry as it is logged
 * @returns the log
 * @throws `RangeError` when `limit` is not an integer of 0 or more
 * @example
 * ```ts
 * const log = createRequestLog(100, (entry) => console.log(entry.method, entry.path, entry.status))
 * ```
 * @category Testing
 */
export function createRequestLog(limit: number, onRequest?: (entry: LoggedRequest) => void): RequestLog {
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError('emulator: logLimit must be an integer >= 0')
  const entries: LoggedRequest[] = []
  return {
    record(call, status, fault, afterApply) {
      const headers: Array<[string, string]> = []
      for (const name of LOGGED_HEADERS) {
        const value = call.header(name)
        if (value !== undefined) headers.push([name, value])
      }
      const entry: LoggedRequest = {
        method: call.method,
        path: call.url.pathname,
        search: call.url.search,
        headers: redactHeaders(headers),
        body: logBody(call.body),
        status,
        ...(fault === undefined ? {} : { fault }),
        ...(afterApply === true ? { afterApply } : {}),
      }
      entries.push(entry)
      if (entries.length > limit) entries.splice(0, entries.length - limit)
      onRequest?.(entry)
    },
    entries: () => [...entries],
    clear: () => {
      entries.length = 0
    },
  }
}
