import type { BatchOutcome } from '../batch/run-batch.js'
import type { InferRow, SearchBuilder } from '../builder/search-builder.js'
import type { PagingOptions } from '../paging/paging-options.js'
import type { ExecuteOptions } from '../executor/client-options.js'

/**
 * Any query a client runs.
 *
 * @example
 * ```ts
 * const q: AnyQuery = contacts().select('id')
 * ```
 * @category Types
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyQuery = SearchBuilder<any, any>

/**
 * A client bound to one API key: runs queries against the VibeCode REST API. Create it with
 * {@link createClient}. It holds no inspectable secret.
 *
 * Every call compiles the query first (an invalid query rejects with {@link QueryError} and sends
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
   * @typeParam Q - The query's type, inferred; it gives the rows their type.
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
   * @group Executing
   */
  execute<Q extends AnyQuery>(query: Q, options?: ExecuteOptions): Promise<InferRow<Q>[]>

  /**
   * Runs a search and returns its first row, or `undefined` when none matched. A query without a
   * `limit` is sent with `limit(1)`; a query with one is sent as it is.
   *
   * @typeParam Q - The query's type, inferred; it gives the rows their type.
   * @param query - The query.
   * @param options - `signal` to cancel.
   * @returns The first row, or `undefined`.
   * @throws The same errors as {@link Client.execute}.
   * @example
   * ```ts
   * const contact = await client.executeTakeFirst(contacts().where('id', 42).select('id', 'name'))
   * if (contact) console.log(contact.name)
   * ```
   * @group Executing
   */
  executeTakeFirst<Q extends AnyQuery>(query: Q, options?: ExecuteOptions): Promise<InferRow<Q> | undefined>

  /**
   * Like {@link Client.executeTakeFirst}, but rejects with {@link NoResultError} when no row matched.
   *
   * @typeParam Q - The query's type, inferred; it gives the rows their type.
   * @param query - The query.
   * @param options - `signal` to cancel.
   * @returns The first row.
   * @throws {@link NoResultError} when no row matched, and the errors of {@link Client.execute}.
   * @example
   * ```ts
   * const contact = await client.executeTakeFirstOrThrow(contacts().where('id', 42))
   * ```
   * @group Executing
   */
  executeTakeFirstOrThrow<Q extends AnyQuery>(query: Q, options?: ExecuteOptions): Promise<InferRow<Q>>

  /**
   * Walks every row the query matches, past the 5000-row ceiling of one request, as an async
   * iterable. Requests are sent as you iterate; breaking out of the loop sends no more.
   *
   * With no order, or an order by `id` only, it pages by key: the query's filter AND `id > last`
   * (`<` for `desc`), ordered by `id`, 5000 rows a request — ⌈N/5000⌉ requests (one more when N is a
   * multiple of 5000 and the answers carry no `meta.hasMore`), and rows inserted
   * or deleted during the walk neither repeat nor hide other rows. When `id` is not selected it is
   * fetched for paging and left out of the rows. With any other order it pages by offset, 500 rows a
   * request (the service's advice); rows inserted or deleted during such a walk can shift pages, so
   * a row may be skipped or seen twice. The query's `limit` caps the walk and its `offset` is
   * where it starts.
   *
   * @typeParam Q - The query's type, inferred; it gives the rows their type.
   * @param query - The query.
   * @param options - `maxRows`, `signal`, `onProgress`.
   * @returns The rows, one at a time.
   * @throws The errors of {@link Client.execute}, from the request that failed.
   * @example Export every contact
   * ```ts
   * for await (const contact of client.stream(contacts().select('id', 'name', 'email'))) {
   *   console.log(contact.id, contact.name) // each request: {"order":{"id":"asc"},"select":["id","name","email"],"limit":5000, …}
   * }
   * ```
   * @group Streaming
   */
  stream<Q extends AnyQuery>(query: Q, options?: PagingOptions): AsyncIterableIterator<InferRow<Q>>

  /**
   * Walks every row the query matches, a page (one request's rows) at a time; see
   * {@link Client.stream} for how it pages.
   *
   * @typeParam Q - The query's type, inferred; it gives the rows their type.
   * @param query - The query.
   * @param options - `maxRows`, `signal`, `onProgress`.
   * @returns The pages, each a non-empty array of rows.
   * @throws The errors of {@link Client.execute}, from the request that failed.
   * @example
   * ```ts
   * declare function saveAll(rows: { id: number; amount: number | null }[]): Promise<void>
   *
   * for await (const page of client.pages(deals().where('stageId', 'WON').select('id', 'amount'))) {
   *   await saveAll(page) // up to 5000 rows a page
   * }
   * ```
   * @group Streaming
   */
  pages<Q extends AnyQuery>(query: Q, options?: PagingOptions): AsyncIterableIterator<InferRow<Q>[]>

  /**
   * Counts the rows the query matches, with `POST /v1/{entity}/aggregate` and the query's filter
   * (order, selection, limit and offset do not apply). The docs define aggregate for contacts and
   * tasks; the list endpoint's `meta.total` would need filters in a query string, whose encoding
   * beyond exact matches is not documented.
   *
   * @param query - The query whose filter to count.
   * @param options - `signal` to cancel.
   * @returns The number of matching rows.
   * @throws The errors of {@link Client.execute}; {@link ResponseError} when `data.count` is not a number.
   * @example
   * ```ts
   * const n = await client.count(contacts().where('companyId', 15))
   * // POST /v1/contacts/aggregate {"filter":{"companyId":15}}
   * ```
   * @group Counting
   */
  count(query: AnyQuery, options?: ExecuteOptions): Promise<number>

  /**
   * Runs several searches, on any entities, through `POST /v1/batch`: 50 a request, sent one
   * request after another. Resolves with each search's rows under its key, typed per key.
   *
   * The docs do not show the batch answer; this library reads it as results keyed by call id, each
   * shaped like a single search's answer (unconfirmed). A failed search's {@link ApiError} carries
   * the HTTP status of the batch request, since no per-call status is documented: branch on `code`.
   *
   * @typeParam T - The queries' types by key, inferred; they give each key's rows their type.
   * @param queries - Queries by key (keys of 1 to 64 characters).
   * @param options - `signal` to cancel.
   * @returns The rows of each search, by key.
   * @throws {@link BatchError} when any search failed; it carries the rows of those that succeeded.
   * @throws {@link QueryError} when a key or a query is invalid (nothing is sent).
   * @example
   * ```ts
   * const { clients, won } = await client.batch({
   *   clients: contacts().where('typeId', 'CLIENT').select('id', 'name'),
   *   won: deals().where('stageId', 'WON').select('id', 'amount'),
   * })
   * // POST /v1/batch {"calls":[{"id":"clients","entity":"contacts","action":"search","params":{…}}, …]}
   * ```
   * @group Batch
   */
  batch<T extends Record<string, AnyQuery>>(queries: T, options?: ExecuteOptions): Promise<{ [K in keyof T]: InferRow<T[K]>[] }>

  /**
   * Like {@link Client.batch}, but never rejects for a failed search: each key holds
   * `{ status: 'fulfilled', rows }` or `{ status: 'rejected', error }`. A request of the batch that fails as a whole
   * marks each of its searches failed with that error; the other requests' results are kept.
   *
   * @typeParam T - The queries' types by key, inferred; they give each key's rows their type.
   * @param queries - Queries by key (keys of 1 to 64 characters).
   * @param options - `signal` to cancel (an abort rejects).
   * @returns The outcome of each search, by key.
   * @throws {@link QueryError} when a key or a query is invalid (nothing is sent).
   * @example
   * ```ts
   * const { clients } = await client.batchSettled({ clients: contacts().where('typeId', 'CLIENT') })
   * if (clients.status === 'fulfilled') console.log(clients.rows.length)
   * else console.error(clients.error.message)
   * ```
   * @group Batch
   */
  batchSettled<T extends Record<string, AnyQuery>>(
    queries: T,
    options?: ExecuteOptions,
  ): Promise<{ [K in keyof T]: BatchOutcome<InferRow<T[K]>> }>
}
