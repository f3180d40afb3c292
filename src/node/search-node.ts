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
 * Everything a search query holds, as immutable plain data: builders wrap it, `wire/` encodes it,
 * and every change makes a new node through {@link withNode}; nothing changes a node once made, and
 * {@link freezeNode} freezes it where it leaves the builder.
 *
 * @internal
 */
export interface SearchNode {
  /** The entity's path segment, e.g. `contacts` or `items/128`. */
  readonly entity: string
  /** Refuses a field the entity does not have (entities defined with their field names); else any name goes. */
  readonly check: FieldCheck | undefined
  /** Conditions ANDed together, in call order. */
  readonly where: readonly FilterNode[]
  /** Sort keys in call order; a field appears once. */
  readonly order: readonly SortKey[]
  /** Selected fields in call order, without duplicates. */
  readonly select: readonly string[]
  /** Relations to load with each row (`include`), in call order, without duplicates. */
  readonly include: readonly string[]
  readonly limit: number | undefined
  readonly offset: number | undefined
  /** `false` turns the service's date windowing off (paging sets it; the service's default is on). */
  readonly autoWindow: boolean | undefined
}

/**
 * Checks a field name given to a builder method against an entity's names, throwing `QueryError`
 * when it has no such field. {@link fieldNames} makes one.
 *
 * @param method - The builder method, for the message.
 * @param field - The field name given.
 * @example
 * ```ts
 * const check: FieldCheck = (method, field) => {
 *   if (field.startsWith('x')) throw new Error(`${method}: no ${field}`)
 * }
 * ```
 * @category Entities
 */
export type FieldCheck = (method: string, field: string) => void

const none: readonly never[] = Object.freeze<never[]>([])

/**
 * Creates the empty search node of an entity.
 *
 * @internal
 */
export function searchNode(entity: string, check?: FieldCheck): SearchNode {
  return {
    entity,
    check,
    where: none,
    order: none,
    select: none,
    include: none,
    limit: undefined,
    offset: undefined,
    autoWindow: undefined,
  }
}

/**
 * A copy of `node` with some properties replaced. Nodes are never changed once made: whoever needs
 * another one makes it here, and callers pass arrays they have just made and keep no reference to.
 * Every node has the same shape, written out here, so property reads on nodes stay monomorphic.
 * Nodes are frozen where they leave the builder ({@link freezeNode}), not at every step: freezing
 * costs about as much as the rest of a builder call.
 *
 * @internal
 */
export function withNode(node: SearchNode, change: Partial<SearchNode>): SearchNode {
  return {
    entity: node.entity,
    check: node.check,
    where: change.where ?? node.where,
    order: change.order ?? node.order,
    select: change.select ?? node.select,
    include: change.include ?? node.include,
    limit: 'limit' in change ? change.limit : node.limit,
    offset: 'offset' in change ? change.offset : node.offset,
    autoWindow: 'autoWindow' in change ? change.autoWindow : node.autoWindow,
  }
}

/**
 * Freezes a condition deeply (its operand list, its captured dates, its items) and returns it.
 *
 * @internal
 */
export const freezeFilter = <N extends FilterNode>(node: N): N => {
  if (Object.isFrozen(node)) return node
  if (node.kind === 'compare') {
    // The operand: a captured date, or a list and each of its dates (freezing a primitive does nothing).
    if (Array.isArray(node.value)) node.value.forEach(Object.freeze)
    Object.freeze(node.value)
  } else node.items.forEach(freezeFilter)
  return Object.freeze(node)
}

/**
 * Freezes a node deeply (its arrays, sort keys and conditions) and returns it: what a builder
 * hands out can then not be changed by anyone.
 *
 * @internal
 */
export function freezeNode(node: SearchNode): SearchNode {
  if (Object.isFrozen(node)) return node
  node.where.forEach(freezeFilter)
  for (const key of node.order) Object.freeze(key)
  for (const list of [node.where, node.order, node.select, node.include]) Object.freeze(list)
  return Object.freeze(node)
}
