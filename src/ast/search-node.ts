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
 * Everything a search query holds, as frozen plain data. Builders wrap it; `compile/` reads it.
 *
 * @internal
 */
export interface SearchNode {
  /** The plural entity name of the path, e.g. `contacts`. */
  readonly entity: string
  /** Conditions ANDed together, in call order. */
  readonly where: readonly FilterNode[]
  /** Sort keys in call order; a field appears once. */
  readonly order: readonly (readonly [field: string, direction: Direction])[]
  /** Selected fields in call order, without duplicates. */
  readonly select: readonly string[]
  readonly limit: number | undefined
  readonly offset: number | undefined
}

const none: readonly never[] = Object.freeze<never[]>([])

/**
 * Creates a search node. Every node has the same shape, built in one place, which keeps property
 * access on nodes monomorphic. Nodes are shared, never changed: whoever needs another one makes it.
 *
 * @internal
 */
export function searchNode(
  entity: string,
  where: readonly FilterNode[] = none,
  order: SearchNode['order'] = none,
  select: readonly string[] = none,
  limit?: number,
  offset?: number,
): SearchNode {
  return { entity, where, order, select, limit, offset }
}
