import type { InferRow, SearchBuilder } from '../builder/search-builder.js'
import { NoResultError } from '../errors/no-result-error.js'
import { ResponseError } from '../errors/response-error.js'
import { VibeCodeError } from '../errors/vibecode-error.js'
import type { ClientOptions, ExecuteOptions } from './client-options.js'
import { createSend } from './request.js'

/**
 * Any query a client runs.
 *
 * @example
 * ```ts
 * const q: AnyQuery = contacts().select('id')
 * ```
 * @category Client
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyQuery = SearchBuilder<any, any>

/**
 * A client bound to one API key: runs queries against the VibeCode REST API. Create it with
 * {@link createClient}. It holds no inspectable secret.
 *
 * Every call compiles the query first (an invalid query rejects with `QueryError` and sends
 * nothing), waits for the rate limiter, sends `POST /v1/{entity}/search`, retries as configured,
 * and resolves with the rows typed by the query's selection.
 *
 * @example
 * ```ts
 * import { contacts, createClient } from 'vibecode-query'
 *
 * const client = createClient({ apiKey: process.env.VIBECODE_API_KEY! })
 * const rows = await client.execute(contacts().where('companyId', 15).select('id', 'name'))
 * // rows: { id: number; name: string | null }[]
 * ```
 * @category Client
 */
export interface Client {
  /**
   * Runs a search and returns its rows (one request: at most the query's `limit`, the service's
   * default being 50).
   *
   * @param query - The query.
   * @param options - `signal` to cancel.
   * @returns The rows, typed with the query's selection.
   * @throws {@link QueryError} when the query cannot be compiled (nothing is sent).
   * @throws {@link ApiError} (or {@link RateLimitError}) when the service answers with an error.
   * @throws {@link ResponseError} when the answer is not the service's envelope or `data` is not an array.
   * @throws {@link NetworkError} or {@link TimeoutError} when no answer came, after the retries.
   * @throws The signal's `reason` when `options.signal` aborts.
   * @example
   * ```ts
   * const rows = await client.execute(contacts().where('typeId', 'CLIENT').orderBy('lastName').limit(100))
   * ```
   */
  execute<Q extends AnyQuery>(query: Q, options?: ExecuteOptions): Promise<InferRow<Q>[]>

  /**
   * Runs a search and returns its first row, or `undefined` when none matched. A query without a
   * `limit` is sent with `limit(1)`; a query with one is sent as it is.
   *
   * @param query - The query.
   * @param options - `signal` to cancel.
   * @returns The first row, or `undefined`.
   * @throws The same errors as {@link Client.execute}.
   * @example
   * ```ts
   * const contact = await client.executeTakeFirst(contacts().where('id', 42).select('id', 'name'))
   * if (contact) console.log(contact.name)
   * ```
   */
  executeTakeFirst<Q extends AnyQuery>(query: Q, options?: ExecuteOptions): Promise<InferRow<Q> | undefined>

  /**
   * Like {@link Client.executeTakeFirst}, but rejects with {@link NoResultError} when no row matched.
   *
   * @param query - The query.
   * @param options - `signal` to cancel.
   * @returns The first row.
   * @throws {@link NoResultError} when no row matched, and the errors of {@link Client.execute}.
   * @example
   * ```ts
   * const contact = await client.executeTakeFirstOrThrow(contacts().where('id', 42))
   * ```
   */
  executeTakeFirstOrThrow<Q extends AnyQuery>(query: Q, options?: ExecuteOptions): Promise<InferRow<Q>>
}

/**
 * Creates a client for the VibeCode REST API.
 *
 * Personal keys (`vibe_api_…`) need only `apiKey`; OAuth app keys (`vibe_app_…`) also need the
 * user's `sessionToken`. The key and token are kept in a closure: they are sent as headers and
 * appear nowhere else (not in errors, hook payloads, nor the client's properties).
 *
 * @param options - The key, and optionally the session token, base URL, transport, timeout,
 *   retry policy, rate limiter and hooks (see {@link ClientOptions} for the defaults).
 * @returns The client.
 * @throws {@link VibeCodeError} when `apiKey` is missing or empty, or `timeoutMs` is not a positive
 *   number of milliseconds (below 2^31) or `false`.
 * @example
 * ```ts
 * import { createClient } from 'vibecode-query'
 *
 * const client = createClient({ apiKey: process.env.VIBECODE_API_KEY! })
 * ```
 * @example OAuth app key
 * ```ts
 * const client = createClient({ apiKey: process.env.VIBECODE_APP_KEY!, sessionToken: userSessionToken })
 * ```
 * @category Client
 */
export function createClient(options: ClientOptions): Client {
  const { apiKey, timeoutMs } = options ?? {}
  if (typeof apiKey !== 'string' || apiKey === '') {
    throw new VibeCodeError('createClient(): apiKey must be a non-empty string')
  }
  if (timeoutMs !== undefined && timeoutMs !== false && !(timeoutMs > 0 && timeoutMs < 2 ** 31)) {
    throw new VibeCodeError('createClient(): timeoutMs must be a number of ms from 1 to 2^31 - 1, or false')
  }
  const send = createSend(options)

  const execute = async (query: AnyQuery, options?: ExecuteOptions): Promise<unknown[]> => {
    const { method, path, body } = query.compile()
    const { status, data } = await send({ method, path, body, signal: options?.signal })
    if (!Array.isArray(data)) throw new ResponseError('with `data` that is not an array', { status, method, path })
    return data
  }
  const first = async (query: AnyQuery, options?: ExecuteOptions): Promise<unknown> => {
    const rows = await execute(query.compile().body.limit === undefined ? query.limit(1) : query, options)
    return rows[0]
  }

  return {
    execute,
    executeTakeFirst: first,
    async executeTakeFirstOrThrow(query, options) {
      const row = await first(query, options)
      if (row === undefined) throw new NoResultError(query.compile())
      return row
    },
  } as Client
}
