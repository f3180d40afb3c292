import type { Hooks } from './hooks.js'
import type { RateLimitOptions } from './rate-limiter.js'
import type { RetryOptions } from './retry.js'
import type { FetchLike } from './transport.js'

/**
 * Options of {@link createClient}.
 *
 * @example
 * ```ts
 * const client = createClient({
 *   apiKey: process.env.VIBECODE_API_KEY!,
 *   timeoutMs: 10_000,
 *   retry: { limit: 5 },
 *   rateLimit: { burst: 10, perSecond: 2 },
 *   hooks: { afterResponse: [(state) => console.log(state.method, state.path, state.status)] },
 * })
 * ```
 * @category Client
 */
export interface ClientOptions {
  /**
   * The API key, sent as `X-Api-Key`: a personal key (`vibe_api_…`) or an app key (`vibe_app_…`,
   * which also needs `sessionToken`). It is kept out of errors, hooks and the client's own
   * properties.
   */
  readonly apiKey: string
  /**
   * The user session token of an OAuth app key, sent as `Authorization: Bearer <token>`.
   *
   * A blank token, or one with characters other than visible ASCII, throws, as for `apiKey`.
   *
   * @defaultValue `undefined` (no `Authorization` header; right for personal keys)
   */
  readonly sessionToken?: string | undefined
  /**
   * The service's origin, with or without a trailing slash. Paths such as
   * `/v1/contacts/search` are appended to it.
   *
   * @defaultValue `'https://vibecode.bitrix24.tech'`
   */
  readonly baseUrl?: string | undefined
  /**
   * The transport. Inject the global `fetch`, an instrumented one, or the emulator's handler.
   *
   * The transport must not follow redirects (the client sends `redirect: 'manual'` and refuses
   * any redirect, so that the key never reaches another origin).
   *
   * @defaultValue `cross-fetch`'s `fetch` (through agents that notice a body cut short); in browsers the page's `fetch`
   */
  readonly fetch?: FetchLike | undefined
  /**
   * How long one attempt may take, from sending to the end of the body, in milliseconds; `false`
   * for no limit. Each retry gets a fresh timeout. An expired attempt is retried when
   * `retry.retryOnTimeout` allows, and otherwise fails with `TimeoutError`.
   *
   * @defaultValue `30_000`
   */
  readonly timeoutMs?: number | false | undefined
  /**
   * Defaults for a purpose. `'test'`: no rate limiter, and retries without waiting (backoff from
   * 1 ms up to 10 ms, no jitter, a `Retry-After` capped at 10 ms), for a test suite that talks to
   * the emulator or a test server and injects faults. Options given beside it win.
   *
   * @example
   * ```ts
   * import { createEmulator, DEMO_API_KEY } from 'vibecode-query/testing'
   *
   * const emulator = createEmulator()
   * const client = createClient({ apiKey: DEMO_API_KEY, fetch: emulator.fetch, preset: 'test' })
   * ```
   * @defaultValue `undefined` (the production defaults below)
   */
  readonly preset?: 'test' | undefined
  /**
   * The largest answer body the client reads, in bytes, counted as it arrives and after
   * decompression; a larger one fails with `ResponseError` naming the cap, before memory grows
   * past it. `Infinity` for no cap.
   *
   * @defaultValue `67_108_864` (64 MiB: several times a 5000-row page of a wide entity)
   */
  readonly maxResponseBytes?: number | undefined
  /**
   * When and how to retry; `false` sends every request once.
   *
   * @defaultValue `{ limit: 3, statusCodes: [429, 502, 503, 504], retryOnTimeout: true, maxRetryAfterMs: 30_000, delayMs: 1000, backoffLimitMs: 30_000, jitter: true }`
   */
  readonly retry?: RetryOptions | false | undefined
  /**
   * The client-side rate limiter, a leaky bucket shared by every request of this client
   * (retries included); `false` switches it off.
   *
   * @defaultValue `{ burst: 50, perSecond: 2 }` (the Bitrix24 defaults)
   */
  readonly rateLimit?: RateLimitOptions | false | undefined
  /**
   * Functions called at each step of a request, for logging and metrics.
   *
   * @defaultValue `{}`
   */
  readonly hooks?: Hooks | undefined
}

/**
 * Options of one call such as `client.execute(query, options)`.
 *
 * @example
 * ```ts
 * await client.execute(contacts(), { signal: AbortSignal.timeout(5_000) })
 * ```
 * @category Client
 */
export interface ExecuteOptions {
  /**
   * Cancels the call at once: while waiting for the rate limiter, during a request, and during a
   * backoff. The call then rejects with `signal.reason` (by default a `DOMException` named
   * `AbortError`), not with a library error, and sends nothing more.
   *
   * @defaultValue `undefined`
   */
  readonly signal?: AbortSignal | undefined
  /**
   * Treat this call as safe to send again. Creates, bulk creates and updates of phones, emails and
   * other multifields are otherwise never repeated once they may have reached the service (a 502,
   * 503 or 504, a timeout, a connection lost after sending): pass `true` only when your own code
   * makes the write idempotent (for example by searching for it before creating again).
   *
   * @defaultValue `false` (each operation says whether it is safe to repeat)
   */
  readonly idempotent?: boolean | undefined
}
