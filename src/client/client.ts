import type { InferRow, SearchBuilder } from '../builder/search-builder.js'
import type { InferResult, Operation } from '../operations/operation.js'
import type { ExecuteOptions } from '../core/client-options.js'

/**
 * Any search query.
 *
 * @example
 * ```ts
 * const q: AnyQuery = contacts().select('id')
 * ```
 * @category Types
 */
// biome-ignore lint/suspicious/noExplicitAny: any query, whatever its rows and entity
export type AnyQuery = SearchBuilder<any, any>

/**
 * A client bound to one API key: sends operations to the VibeCode REST API. Create it with
 * {@link createClient}. It holds no inspectable secret.
 *
 * Every call compiles the operation first (an invalid one rejects with {@link QueryError} and sends
 * nothing), waits for the rate limiter, sends the request, retries what is safe to repeat, and
 * resolves with the answer typed by the operation. Walking every row ({@link stream}, {@link pages})
 * and batching ({@link batch}, {@link batchSettled}) are functions that take the client, so an
 * application that does not import them does not ship them.
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
   * Sends an operation and returns its answer: a search's rows (one request: at most the query's
   * `limit`, the service's default being 50), a count's number, and so on.
   *
   * @typeParam O - The operation's type, inferred; it gives the answer its type.
   * @param operation - A query or any other operation, e.g. `contacts().count()`.
   * @param options - `signal` to cancel.
   * @returns The decoded answer, typed `InferResult<O>`.
   * @throws {@link QueryError} when the operation cannot be compiled (nothing is sent).
   * @throws {@link ApiError} (or {@link RateLimitError}) when the service answers with an error.
   * @throws {@link ResponseError} when the answer is not in the shape the docs show.
   * @throws {@link NetworkError} or {@link TimeoutError} when no answer came, after the retries.
   * @throws The signal's `reason` when `options.signal` aborts.
   * @example
   * ```ts
   * const rows = await client.execute(contacts().where('typeId', 'CLIENT').orderBy('lastName').limit(100))
   * const clients = await client.execute(contacts().where('typeId', 'CLIENT').count()) // number
   * ```
   * @group Executing
   */
  execute<O extends Operation<unknown>>(operation: O, options?: ExecuteOptions): Promise<InferResult<O>>

  /**
   * Runs a search and returns its first row, or `undefined` when none matched. A query without a
   * `limit` is sent with `limit(1)`; a query with one is sent as it is.
   *
   * @typeParam Q - The query's type, inferred; it gives the row its type.
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
   * @typeParam Q - The query's type, inferred; it gives the row its type.
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
}
