// Walks every matching row of a search, page by page, past the 5000-row ceiling of one request.
// Keyset paging (the query's filter AND id > last, ordered by id) when the query's order allows
// it: ⌈N/5000⌉ requests, and rows inserted or deleted meanwhile neither repeat nor hide others.
// Otherwise offset paging, 500 rows a page, with id as the last sort key and the service's date
// windowing off, as its docs ask for manual paging; a row is never yielded twice. A page shorter
// than asked for ends the walk, and so does `meta.hasMore: false`; `hasMore: true` and
// `meta.total` are never trusted.
import type { Client } from '../client/client.js'
import { ResponseError } from '../errors/response-error.js'
import { withNode, type Direction, type SearchNode, type SortKey } from '../node/search-node.js'
import { operationOf } from '../operations/operation.js'
import { compilePage } from '../operations/search.js'
import { maxLimit, parseCompare, parseCount } from '../parse/parse.js'
import { maxIncludedRows } from '../wire/search-body.js'
import type { PagingMode, PagingOptions } from './paging-options.js'

/** Rows per page when paging by offset, as the service advises. @internal */
export const offsetPageSize = 500

type Row = Record<string, unknown>

type Where = { status: number; method: string; path: string }

// What a strategy decides for each page: the node to send, what to check in each answer.
interface Strategy {
  readonly mode: PagingMode
  readonly first: SearchNode
  /**
   * Checks that a page made progress (throws ResponseError if not), remembers where it ended, and
   * returns its rows not yielded before.
   */
  check(page: Row[], where: Where): Row[]
  /** The node of the page after the last one checked. */
  next(): SearchNode
  /** Rows as the caller sees them (without an `id` the walk added). */
  readonly shown: (page: Row[]) => Row[]
}

function keysetDirection(node: SearchNode): Direction | undefined {
  const [only] = node.order
  if (!only) return 'asc'
  return node.order.length === 1 && only[0] === 'id' ? only[1] : undefined
}

// Both walks read each row's id; when the selection lacks it, it is fetched and removed from the rows.
function withId(node: SearchNode): { select: readonly string[]; shown: (page: Row[]) => Row[] } {
  if (node.select.length === 0 || node.select.includes('id')) return { select: node.select, shown: (page) => page }
  return { select: [...node.select, 'id'], shown: (page) => page.map(({ id: _id, ...rest }) => rest) }
}

function keyset(node: SearchNode, direction: Direction, limit: number): Strategy {
  // Each page's last id is the next page's key.
  const { select, shown } = withId(node)
  const after = (id: number) =>
    withNode(node, {
      where: [...node.where, parseCompare('stream', 'id', direction === 'asc' ? '>' : '<', id)],
      order: [['id', direction]],
      select,
      limit,
      offset: undefined,
    })
  // A filter that cannot take the key condition beside its own fails now, before any request.
  compilePage(after(0))
  let last: number | undefined
  return {
    mode: 'keyset',
    first: withNode(node, { order: [['id', direction]], select, limit }),
    check(page, where) {
      for (const row of page) {
        const id = row.id
        if (typeof id !== 'number' || !Number.isFinite(id)) {
          throw new ResponseError('with a row whose `id` is not a number (paging by id needs one)', where)
        }
        if (last !== undefined && (direction === 'asc' ? id <= last : id >= last)) {
          throw new ResponseError(
            `with id ${id} after id ${last}: paging by id needs them ${direction === 'asc' ? 'ascending' : 'descending'}, ` +
              'so the service seems to have ignored the sort key or the id condition; no row was skipped, the walk stops here',
            where,
          )
        }
        last = id
      }
      return page
    },
    next: () => after(last as number),
    shown,
  }
}

function offsets(node: SearchNode, limit: number): Strategy {
  const order: SortKey[] = node.order.some(([field]) => field === 'id')
    ? [...node.order]
    : [...node.order, ['id', 'asc']]
  // The id tells a repeated page: it is fetched even when not selected.
  const { select, shown } = withId(node)
  let offset = node.offset ?? 0
  // Every id yielded: a row that a record added meanwhile pushed onto the next page is not yielded
  // twice, and a page of nothing new (a server that ignores `offset`) ends the walk.
  const seen = new Set<unknown>()
  return {
    mode: 'offset',
    first: withNode(node, { order, select, limit, autoWindow: false }),
    check(page, where) {
      const fresh = page.filter((row) => !seen.has(row.id))
      if (page.length > 0 && fresh.length === 0) {
        throw new ResponseError(
          'with only rows already yielded: the service seems to have ignored `offset`; the walk stops here',
          where,
        )
      }
      for (const row of fresh) seen.add(row.id)
      offset += page.length
      return fresh
    },
    next: () => withNode(node, { order, select, limit, offset, autoWindow: false }),
    shown,
  }
}

const parseMaxRows = (maxRows: unknown): number =>
  maxRows === undefined || maxRows === Infinity ? Infinity : parseCount('maxRows', maxRows, 1)

/**
 * Walks a search's pages through `client.execute`.
 *
 * @internal
 */
export async function* walk(
  client: Client,
  node: SearchNode,
  options: PagingOptions = {},
): AsyncGenerator<Row[], void, undefined> {
  const { signal, onProgress } = options
  let remaining = Math.min(parseMaxRows(options.maxRows), node.limit ?? Infinity)
  const direction = keysetDirection(node)
  // The service loads relations for at most 200 rows: a walk with `include` pages by 200.
  const cap = node.include.length > 0 ? maxIncludedRows : Infinity
  const strategy = direction
    ? keyset(node, direction, Math.min(maxLimit, cap))
    : offsets(node, Math.min(offsetPageSize, cap))
  let current = strategy.first
  let rows = 0
  let requests = 0
  while (remaining > 0) {
    signal?.throwIfAborted()
    const limit = Math.min(current.limit ?? maxLimit, remaining)
    const request = compilePage(withNode(current, { limit }))
    const { rows: data, hasMore, status } = await client.execute(operationOf(request), { signal })
    requests++
    const page = (data.length > limit ? data.slice(0, limit) : data) as Row[]
    const fresh = strategy.check(page, { status, method: request.method, path: request.path })
    rows += fresh.length
    remaining -= fresh.length
    onProgress?.({ rows, requests, mode: strategy.mode })
    if (fresh.length > 0) yield strategy.shown(fresh)
    if (page.length < limit || hasMore === false) return
    current = strategy.next()
  }
}
