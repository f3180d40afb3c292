import type { FilterNode } from './filter-node.js'

/**
 * A sort direction of `orderBy`.
 *
 * @example
 * ```ts
 * contacts().orderBy('id', 'desc')
 * // { "order": { "id": "desc" } }
 * ```
 * @category Types
 */
export type Direction = 'asc' | 'desc'

/**
 * One sort key: a field and its direction.
 *
 * @internal
 */
export type SortKey = readonly [field: string, direction: Direction]

/**
 * Everything a search query holds, as frozen plain data: builders wrap it, `wire/` encodes it, and
 * every change makes a new node through {@link withNode}. Nothing in it is ever mutable.
 *
 * @internal
 */
export interface SearchNode {
  /** The entity's path segment, e.g. `contacts` or `items/128`. */
  readonly entity: string
  /** Conditions ANDed together, in call order. */
  readonly where: readonly FilterNode[]
  /** Sort keys in call order; a field appears once. */
  readonly order: readonly SortKey[]
  /** Selected fields in call order, without duplicates. */
  readonly select: readonly string[]
  readonly limit: number | undefined
  readonly offset: number | undefined
  /** `false` turns the service's date windowing off (paging sets it; the service's default is on). */
  readonly autoWindow: boolean | undefined
}

const none: readonly never[] = Object.freeze([])

/**
 * Creates the empty search node of an entity.
 *
 * @internal
 */
export function searchNode(entity: string): SearchNode {
  return Object.freeze({
    entity,
    where: none,
    order: none,
    select: none,
    limit: undefined,
    offset: undefined,
    autoWindow: undefined,
  })
}

/**
 * A copy of `node` with some properties replaced; the copy and every array given are frozen.
 *
 * @internal
 */
export function withNode(node: SearchNode, change: Partial<SearchNode>): SearchNode {
  for (const value of Object.values(change)) if (Array.isArray(value)) Object.freeze(value)
  return Object.freeze({ ...node, ...change })
}
