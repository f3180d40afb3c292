import type { SearchNode } from '../ast/search-node.js'
import { encodeFilter } from './encode-filter.js'
import type { WireFilter } from './search-body.js'

/**
 * The request that counts a query's matching rows: `POST /v1/{entity}/aggregate` with the query's
 * filter and no `aggregate` list, which the docs define as a count. Order, selection, limit and
 * offset do not apply to a count and are left out.
 *
 * @internal
 */
export function compileCount(node: SearchNode): { method: 'POST'; path: string; body: { filter?: WireFilter } } {
  return {
    method: 'POST',
    path: `/v1/${node.entity}/aggregate`,
    body: node.where.length > 0 ? { filter: encodeFilter(node.where) } : {},
  }
}

/**
 * The count in an aggregate answer's `data`, or `undefined` when it holds none.
 *
 * @internal
 */
export function countOf(data: unknown): number | undefined {
  const count = (data as { count?: unknown } | null | undefined)?.count
  return typeof count === 'number' ? count : undefined
}
