import { runBatch } from '../batch/run-batch.js'
import { compileCount, countOf } from '../compile/compile-count.js'
import { BatchError } from '../errors/batch-error.js'
import { NoResultError } from '../errors/no-result-error.js'
import { ResponseError } from '../errors/response-error.js'
import { VibeCodeError } from '../errors/vibecode-error.js'
import type { ClientOptions, ExecuteOptions } from '../executor/client-options.js'
import { createSend } from '../executor/request.js'
import { searchRows } from '../executor/search-rows.js'
import { walkPages } from '../paging/walk-pages.js'
import type { AnyQuery, Client } from './client.js'

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
 * @throws {@link VibeCodeError} when `apiKey` is missing or not visible ASCII without spaces (so is a
 *   `sessionToken` given), or `timeoutMs` is not a positive
 *   number of milliseconds (below 2^31) or `false`.
 * @example
 * ```ts
 * import { createClient } from 'vibecode-query'
 *
 * const client = createClient({ apiKey: process.env.VIBECODE_API_KEY! })
 * ```
 * @example OAuth app key
 * ```ts
 * const client = createClient({ apiKey: process.env.VIBECODE_APP_KEY!, sessionToken })
 * ```
 * @category Client
 */
export function createClient(options: ClientOptions): Client {
  const { apiKey, sessionToken, timeoutMs } = options ?? {}
  // Header values: visible ASCII only. Anything else would make the transport throw an error that
  // quotes the header, key included.
  const invalid = (value: unknown) => typeof value !== 'string' || !/^[\x21-\x7e]+$/.test(value)
  if (invalid(apiKey) || (sessionToken !== undefined && invalid(sessionToken))) {
    throw new VibeCodeError('createClient(): apiKey, and sessionToken when given, must be visible ASCII without spaces')
  }
  if (timeoutMs !== undefined && timeoutMs !== false && !(timeoutMs > 0 && timeoutMs < 2 ** 31)) {
    throw new VibeCodeError('createClient(): timeoutMs must be from 1 to 2^31 - 1 ms, or false')
  }
  // Numbers that would silently switch the limiter or the backoff off (0, negative, NaN, Infinity).
  const { burst, perSecond } = options.rateLimit || {}
  const { limit, delayMs, backoffLimitMs, maxRetryAfterMs } = options.retry || {}
  const numbers = { burst, perSecond, limit, delayMs, backoffLimitMs, maxRetryAfterMs }
  for (const [name, value] of Object.entries(numbers)) {
    const above = name === 'burst' || name === 'perSecond'
    if (value !== undefined && !(Number.isFinite(value) && (above ? value > 0 : value >= 0))) {
      throw new VibeCodeError(`createClient(): ${above ? 'rateLimit' : 'retry'}.${name} must be a finite number ${above ? '> 0' : '>= 0'}`)
    }
  }
  const send = createSend(options)

  const execute = async (query: AnyQuery, options?: ExecuteOptions): Promise<unknown[]> =>
    (await searchRows(send, query.compile(), options?.signal)).rows
  const first = async (query: AnyQuery, options?: ExecuteOptions): Promise<unknown> => {
    const rows = await execute(query.toNode().limit === undefined ? query.limit(1) : query, options)
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
    pages: (query, options) => walkPages(send, query.toNode(), options),
    stream(query, options) {
      // A hand-written iterator over the pages: an async generator would await every row it yields,
      // which for a 100,000-row export is 100,000 extra promises of garbage.
      const pages = walkPages(send, query.toNode(), options)
      let page: unknown[] = []
      let index = 0
      return {
        [Symbol.asyncIterator]() {
          return this
        },
        async next() {
          while (index === page.length) {
            const next = await pages.next()
            if (next.done) return next
            ;[page, index] = [next.value as unknown[], 0]
          }
          options?.signal?.throwIfAborted()
          return { done: false, value: page[index++] }
        },
        return: () => pages.return(),
      }
    },
    async count(query, options) {
      const request = compileCount(query.toNode())
      const { status, data } = await send({ ...request, signal: options?.signal })
      const count = countOf(data)
      if (count === undefined) throw new ResponseError('with `data.count` that is not a number', { status, method: request.method, path: request.path })
      return count
    },
    batchSettled: (queries, options) => runBatch(send, queries, options),
    async batch(queries, options) {
      const outcomes = await runBatch(send, queries, options)
      const results: Record<string, unknown[]> = {}
      const errors: Record<string, Error> = {}
      for (const [key, outcome] of Object.entries(outcomes)) {
        if (outcome.status === 'fulfilled') results[key] = outcome.rows
        else errors[key] = outcome.error
      }
      if (Object.keys(errors).length > 0) throw new BatchError(results, errors)
      return results
    },
  } as Client // Rows arrive as unknown JSON; their types are the queries' promise, applied here once.
}
