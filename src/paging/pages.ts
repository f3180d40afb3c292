import type { InferRow } from '../builder/search-builder.js'
import type { AnyQuery, Client } from '../client/client.js'
import { QueryError } from '../errors/query-error.js'
import type { SearchNode } from '../node/search-node.js'
import type { PagingOptions } from './paging-options.js'
import { walk } from './walk.js'

/**
 * Checks a helper's arguments and returns the query's node.
 *
 * @internal
 */
export function walkable(name: string, client: Client, query: AnyQuery): SearchNode {
  if (typeof client?.execute !== 'function') throw new QueryError(`${name}(): takes a client from createClient() first`)
  if (typeof query?.toNode !== 'function')
    throw new QueryError(`${name}(): takes a search query second, such as contacts()`)
  return query.toNode()
}

/**
 * Walks every row a query matches, a page (one request's rows) at a time; see {@link stream} for
 * how it pages.
 *
 * @typeParam Q - The query's type, inferred; it gives the rows their type.
 * @param client - The client that sends the requests.
 * @param query - The query.
 * @param options - `maxRows`, `signal`, `onProgress`.
 * @returns The pages, each a non-empty array of rows.
 * @throws The errors of {@link Client.execute}, from the request that failed; {@link ResponseError}
 *   when the answers make no progress (see {@link stream}).
 * @example
 * ```ts
 * declare function saveAll(rows: { id: number; amount: number | null }[]): Promise<void>
 *
 * for await (const page of pages(client, deals().where('stageId', 'WON').select('id', 'amount'))) {
 *   await saveAll(page) // up to 5000 rows a page
 * }
 * ```
 * @category Streaming
 */
export function pages<Q extends AnyQuery>(
  client: Client,
  query: Q,
  options?: PagingOptions,
): AsyncIterableIterator<InferRow<Q>[]> {
  return walk(client, walkable('pages', client, query), options) as AsyncIterableIterator<InferRow<Q>[]>
}
