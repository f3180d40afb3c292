import type { InferRow } from '../builder/search-builder.js'
import type { AnyQuery, Client } from '../client/client.js'
import { walkable } from './pages.js'
import type { PagingOptions } from './paging-options.js'
import { walk } from './walk.js'

/**
 * Walks every row a query matches, past the 5000-row ceiling of one request, as an async iterable.
 * Requests are sent as you iterate; breaking out of the loop sends no more.
 *
 * With no order, or an order by `id` only, it pages by key: the query's filter AND `id > last`
 * (`<` for `desc`), ordered by `id`, 5000 rows a request — ⌈N/5000⌉ requests (one more when N is a
 * multiple of 5000 and the answers carry no `meta.hasMore: false`) — and rows inserted or deleted
 * during the walk neither repeat nor hide other rows. When `id` is not selected it is fetched for
 * paging and left out of the rows. The walk checks that ids arrive in order: a service that ignored
 * the sort key or the id condition would otherwise skip or repeat rows, so it stops with
 * {@link ResponseError} instead.
 *
 * With any other order it pages by offset, 500 rows a request, with `id` as the last sort key and
 * `autoWindow: false` (the service's advice for manual paging); rows inserted or deleted during such
 * a walk can shift pages, so a row may be skipped or seen twice. The query's `limit` caps the walk
 * and its `offset` is where it starts. A short page ends the walk, and so does `meta.hasMore:
 * false`; `meta.total` and `hasMore: true` are never relied on.
 *
 * @typeParam Q - The query's type, inferred; it gives the rows their type.
 * @param client - The client that sends the requests.
 * @param query - The query.
 * @param options - `maxRows`, `signal`, `onProgress`.
 * @returns The rows, one at a time.
 * @throws The errors of {@link Client.execute}, from the request that failed.
 * @example Export every contact
 * ```ts
 * for await (const contact of stream(client, contacts().select('id', 'name', 'email'))) {
 *   console.log(contact.id, contact.name) // each request: {"order":{"id":"asc"},"select":["id","name","email"],"limit":5000, …}
 * }
 * ```
 * @category Streaming
 */
export function stream<Q extends AnyQuery>(
  client: Client,
  query: Q,
  options?: PagingOptions,
): AsyncIterableIterator<InferRow<Q>> {
  // A hand-written iterator over the pages: an async generator would await every row it yields,
  // which for a 100,000-row export is 100,000 extra promises of garbage.
  const pages = walk(client, walkable('stream', client, query), options)
  let page: unknown[] = []
  let index = 0
  const step = async (): Promise<IteratorResult<unknown>> => {
    while (index === page.length) {
      const next = await pages.next()
      if (next.done) return next
      page = next.value as unknown[]
      index = 0
    }
    options?.signal?.throwIfAborted()
    return { done: false, value: page[index++] }
  }
  // Calls of next() that overlap wait for each other, so none reads a page another is replacing.
  let queue: Promise<unknown> = Promise.resolve()
  return {
    [Symbol.asyncIterator]() {
      return this
    },
    next() {
      const result = queue.then(step, step)
      queue = result
      return result
    },
    return: () => pages.return(),
  } as AsyncIterableIterator<InferRow<Q>>
}
