import type { SearchNode } from '../node/search-node.js'
import { QueryError } from '../errors/query-error.js'
import { encodeFilter } from './encode-filter.js'

/**
 * A JSON value of a compiled filter.
 *
 * @category Types
 * @example
 * ```ts
 * const value: WireValue = { $in: ['NEW', 'WON'] }
 * ```
 */
export type WireValue = string | number | boolean | readonly WireValue[] | { readonly [key: string]: WireValue }

/**
 * The `filter` object of a search body, in the service's `$` operator syntax (one key per field;
 * several conditions on a field share its operator object) and `$or` for OR groups.
 *
 * @category Types
 * @example
 * ```ts
 * const filter: WireFilter = { companyId: 15, amount: { $gte: 1, $lte: 9 } }
 * ```
 */
export interface WireFilter {
  readonly [key: string]: WireValue
}

/**
 * The JSON body of `POST /v1/{entity}/search`. Only what the query set is present, in this key order.
 *
 * @category Types
 * @example
 * ```ts
 * const body: SearchBody = { filter: { companyId: 15 }, order: { lastName: 'asc' }, limit: 10 }
 * ```
 */
export interface SearchBody {
  /** Conditions, ANDed. */
  filter?: WireFilter
  /** Sort keys in order: field → `'asc' | 'desc'`. */
  order?: { [field: string]: 'asc' | 'desc' }
  /** The fields to return. */
  select?: string[]
  /** Relations to load with each row, under `_included` (at most 3; rows at most 200). */
  include?: string[]
  /** At most this many rows (1..5000; the service's default is 50). */
  limit?: number
  /** Skip this many rows. */
  offset?: number
  /** `false` turns off the service's splitting of wide date ranges (set by offset paging). */
  autoWindow?: boolean
}

/**
 * The body key that carries the sort keys. The per-entity search pages say `order` (an object), the
 * generic filtering page says `sort`: change it here alone. A server that ignored it would break
 * keyset paging, which is why paging checks that ids ascend.
 *
 * @internal
 */
export const sortKey = 'order'

/** The most relations one request may include (`INCLUDE_LIMIT_EXCEEDED` above). @internal */
export const maxRelations = 3

/** The most rows the service loads relations for; above it skips them (`meta.includeSkipped`). @internal */
export const maxIncludedRows = 200

/** The rows a search answers when it sets no limit. @internal */
export const defaultLimit = 50

/**
 * Encodes a search node as the body of `POST /v1/{entity}/search`: only what was set, in the
 * documented key order (filter, order, select, include, limit, offset).
 *
 * @internal
 */
export function encodeSearchBody(node: SearchNode): SearchBody {
  const body: SearchBody = {}
  if (node.where.length > 0) body.filter = encodeFilter(node.where)
  if (node.order.length > 0) {
    const order: NonNullable<SearchBody['order']> = {}
    for (const [field, direction] of node.order) order[field] = direction
    body[sortKey] = order
  }
  // Spread, not slice: V8 copies frozen arrays with slice about 30 times slower.
  if (node.select.length > 0) body.select = [...node.select]
  if (node.include.length > 0) {
    // Above 200 rows the service would answer without the relations: refused here, not lost there.
    if ((node.limit ?? defaultLimit) > maxIncludedRows) {
      throw new QueryError(
        `include(): loads relations for at most ${maxIncludedRows} rows; set limit(${maxIncludedRows}) or less`,
      )
    }
    body.include = [...node.include]
  }
  if (node.limit !== undefined) body.limit = node.limit
  if (node.offset !== undefined) body.offset = node.offset
  if (node.autoWindow !== undefined) body.autoWindow = node.autoWindow
  return body
}
