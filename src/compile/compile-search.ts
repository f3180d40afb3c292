import type { SearchNode } from '../ast/search-node.js'
import { encodeFilter } from './encode-filter.js'
import type { SearchBody } from './search-body.js'

declare const rowType: unique symbol

/**
 * A compiled search request: what an executor sends. Frozen, JSON-serialisable, and typed with the
 * row it returns (a phantom type, recovered by `InferRow`).
 *
 * @typeParam O - The row type.
 * @example
 * ```ts
 * const { method, path, body } = contacts().where('companyId', 15).compile()
 * // method: 'POST', path: '/v1/contacts/search', body: { filter: { companyId: 15 } }
 * ```
 * @category Builder
 */
export interface CompiledSearch<O> {
  /** The plural entity name. */
  readonly entity: string
  /** Always `POST`. */
  readonly method: 'POST'
  /** `/v1/{entity}/search`. */
  readonly path: string
  /** The JSON body. */
  readonly body: SearchBody
  /** Carries the row type; never set at run time. */
  readonly [rowType]?: O
}

/**
 * Compiles a search node to the JSON body of its search: only what was set, in a fixed key order.
 *
 * @internal
 */
export function compileBody(node: SearchNode): SearchBody {
  const body: SearchBody = {}
  if (node.where.length > 0) body.filter = encodeFilter(node.where)
  if (node.order.length > 0) {
    const order: NonNullable<SearchBody['order']> = {}
    for (const [field, direction] of node.order) order[field] = direction
    body.order = order
  }
  if (node.select.length > 0) body.select = node.select.slice()
  if (node.limit !== undefined) body.limit = node.limit
  if (node.offset !== undefined) body.offset = node.offset
  return body
}

/**
 * Compiles a search node to the request that performs it.
 *
 * @internal
 */
export function compileSearch<O>(node: SearchNode): CompiledSearch<O> {
  return Object.freeze({ entity: node.entity, method: 'POST', path: `/v1/${node.entity}/search`, body: compileBody(node) })
}
