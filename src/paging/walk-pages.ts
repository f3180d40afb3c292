// Walks every matching row of a search, page by page, past the 5000-row ceiling of one request.
// Keyset paging (the user's filter AND id > last, ordered by id) when the query's order allows it:
// ⌈N/5000⌉ requests (one more to see the end after a full last page, unless the answer says
// `meta.hasMore: false`), and rows inserted or deleted meanwhile neither repeat nor hide others.
// Otherwise offset paging with pages of at most 500 rows, as the service's docs advise.
import type { FilterNode } from '../ast/filter-node.js'
import { maxLimit, parseCompare, parseCount } from '../ast/parse.js'
import { searchNode, type Direction, type SearchNode } from '../ast/search-node.js'
import type { Send } from '../executor/request.js'
import { searchRows } from '../executor/search-rows.js'
import { compileSearch } from '../compile/compile-search.js'
import { saysNoMore } from '../compile/decode-envelope.js'
import { ResponseError } from '../errors/response-error.js'
import type { PagingMode, PagingOptions } from './paging-options.js'

/** Rows per request of offset paging: the docs advise `limit <= 500` when `offset > 0`. */
const offsetPageSize = 500

/** The direction of keyset paging when the query allows it (no order, or only `id`). */
function keysetDirection(node: SearchNode): Direction | undefined {
  if (node.order.length === 0) return 'asc'
  const [only] = node.order
  return node.order.length === 1 && only?.[0] === 'id' ? only[1] : undefined
}

const parseMaxRows = (maxRows: unknown): number =>
  maxRows === undefined || maxRows === Infinity ? Infinity : parseCount('maxRows', maxRows, 1)

/**
 * Yields the pages of every row the query matches.
 *
 * @internal
 */
export async function* walkPages(send: Send, node: SearchNode, options: PagingOptions = {}): AsyncGenerator<unknown[], void, undefined> {
  const { signal, onProgress } = options
  let remaining = Math.min(parseMaxRows(options.maxRows), node.limit ?? Infinity)
  const direction = keysetDirection(node)
  const mode: PagingMode = direction === undefined ? 'offset' : 'keyset'
  // Keyset paging reads each page's last id; when the selection lacks it, it is fetched and removed.
  const addId = direction !== undefined && node.select.length > 0 && !node.select.includes('id')
  const select = addId ? [...node.select, 'id'] : node.select
  const order = direction === undefined ? node.order : [['id', direction] as const]
  let rows = 0
  let requests = 0
  let offset = node.offset
  let where: readonly FilterNode[] = node.where
  const keyset = (id: number) => [...node.where, parseCompare('stream', 'id', direction === 'asc' ? '>' : '<', id)]
  // A filter that cannot take the key condition beside its own (see encodeFilter) fails here,
  // before the first request, not after the first page.
  if (direction !== undefined) compileSearch(searchNode(node.entity, keyset(0), order, select))

  while (remaining > 0) {
    signal?.throwIfAborted()
    const limit = Math.min(direction === undefined ? offsetPageSize : maxLimit, remaining)
    const search = compileSearch(searchNode(node.entity, where, order, select, limit, offset))
    const { status, rows: data, meta } = await searchRows(send, search, signal)
    requests++
    const page = data.length > limit ? data.slice(0, limit) : data
    rows += page.length
    remaining -= page.length
    onProgress?.({ rows, requests, mode })
    if (page.length > 0) yield addId ? page.map(withoutId) : page
    // A short page is the end; so is `meta.hasMore: false`, where the service sends it (documented
    // for lists, not promised for search), which spares the empty request after a full last page.
    if (page.length < limit || saysNoMore(meta)) return
    if (direction === undefined) {
      offset = (offset ?? 0) + page.length
      continue
    }
    const id = Number((page.at(-1) as { id?: unknown }).id)
    if (!Number.isFinite(id)) {
      throw new ResponseError('with a row whose `id` is not a number (paging by id needs one)', {
        status,
        method: search.method,
        path: search.path,
      })
    }
    where = keyset(id)
    offset = undefined
  }
}

const withoutId = (row: unknown): unknown => {
  const { id: _id, ...rest } = row as Record<string, unknown>
  return rest
}
