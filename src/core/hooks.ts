import type { ResponseLike } from './transport.js'

/**
 * What every hook receives: one request attempt. Headers are a copy with `X-Api-Key` and
 * `Authorization` masked as `[REDACTED]`; the state holds no secret.
 *
 * @example
 * ```ts
 * const log = (state: RequestState) => console.log(state.attempt, state.method, state.path)
 * ```
 * @category Client
 */
export interface RequestState {
  /** The HTTP method, e.g. `POST`. */
  readonly method: string
  /** The URL path, e.g. `/v1/contacts/search`. */
  readonly path: string
  /** The absolute URL. */
  readonly url: string
  /** The JSON body as an object (`undefined` when there is none). */
  readonly body: unknown
  /** The request headers, credentials masked. */
  readonly headers: Readonly<Record<string, string>>
  /** The attempt number, from 1; retries count up. */
  readonly attempt: number
}

/**
 * What an `afterResponse` hook receives: the attempt plus the answer's status, the response
 * (its headers; the client has read its body) and the time the attempt took.
 *
 * @example
 * ```ts
 * const logLine = (state: AfterResponseState) => console.log(state.method, state.path, state.status, `${state.durationMs} ms`)
 * createClient({ apiKey, hooks: { afterResponse: [logLine] } })
 * ```
 * @category Client
 */
export interface AfterResponseState extends RequestState {
  /** The HTTP status. */
  readonly status: number
  /** The response; its body has been read by the client, its headers are there to read. */
  readonly response: ResponseLike
  /** Milliseconds from sending the request to the end of its body. */
  readonly durationMs: number
}

/**
 * What a `beforeRetry` hook receives: the failed attempt, its error and the wait before the next.
 *
 * @example
 * ```ts
 * const warn = (state: BeforeRetryState) => console.warn(`retry in ${state.delayMs} ms`, state.error.message)
 * ```
 * @category Client
 */
export interface BeforeRetryState extends RequestState {
  /** Why the attempt failed: an `ApiError`, `ResponseError`, `NetworkError` or `TimeoutError`. */
  readonly error: Error
  /** The wait before the next attempt, in milliseconds. */
  readonly delayMs: number
}

/**
 * What an `onError` hook receives: the last attempt and the error the call rejects with (the
 * signal's reason when the caller aborted, hence `unknown`).
 *
 * @example
 * ```ts
 * const report = (state: ErrorState) => console.error(`${state.method} ${state.path} failed`, state.error)
 * createClient({ apiKey, hooks: { onError: [report] } })
 * ```
 * @category Client
 */
export interface ErrorState extends RequestState {
  /** What the call rejects with. */
  readonly error: unknown
}

/**
 * A hook: called with one state object, awaited, and in array order. A hook that throws fails
 * the call with its error (not retried).
 *
 * @typeParam T - The state it receives.
 * @param state - The state of the attempt.
 * @returns Nothing, or a promise of nothing.
 * @example
 * ```ts
 * const hook: Hook<RequestState> = (state) => console.log(state.method, state.path)
 * ```
 * @category Client
 */
export type Hook<T> = (state: T) => void | Promise<void>

/**
 * Functions called at each step of a request, for logging and metrics. Each list runs in order.
 *
 * @example
 * ```ts
 * createClient({
 *   apiKey,
 *   hooks: {
 *     beforeRequest: [(s) => console.log('→', s.method, s.path, s.attempt)],
 *     afterResponse: [(s) => console.log('←', s.status, `${s.durationMs} ms`)],
 *     beforeRetry: [(s) => console.warn('retrying in', s.delayMs, 'ms:', s.error.message)],
 *     onError: [(s) => console.error(s.error)],
 *   },
 * })
 * ```
 * @category Client
 */
export interface Hooks {
  /**
   * Before each attempt is sent (after the rate limiter let it go).
   *
   * @defaultValue `[]`
   */
  readonly beforeRequest?: readonly Hook<RequestState>[] | undefined
  /**
   * When an attempt's whole response has arrived, before it is decoded, for any status.
   *
   * @defaultValue `[]`
   */
  readonly afterResponse?: readonly Hook<AfterResponseState>[] | undefined
  /**
   * After a failed attempt that will be retried, before the wait.
   *
   * @defaultValue `[]`
   */
  readonly beforeRetry?: readonly Hook<BeforeRetryState>[] | undefined
  /**
   * Once per failed call, with the error it rejects with.
   *
   * @defaultValue `[]`
   */
  readonly onError?: readonly Hook<ErrorState>[] | undefined
}

/**
 * Runs a hook list in order, awaiting each.
 *
 * @internal
 */
export async function runHooks<T>(hooks: readonly Hook<T>[] | undefined, state: T): Promise<void> {
  if (hooks) for (const hook of hooks) await hook(state)
}
