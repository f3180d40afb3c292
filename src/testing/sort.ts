/**
 * Reads the sort of a search or list. The docs give two keys: the entity pages' `order`, an object
 * `{ "lastName": "asc" }` (e.g. lines 23393, 26973), and the generic pages' `sort`, a string `"id"`,
 * `"-amount"`, `"id,-createdAt"`, an object `{ id: "asc", amount: -1 }` or an array `["id", "-amount"]`
 * (494, 874). The emulator reads both, one at a time (both at once answer 400 `INVALID_PARAMS`).
 *
 * Errors: a sort of another type 400 `INVALID_SORT_TYPE`; a direction other than `asc`/`desc` (any
 * case) or `1`/`-1` `INVALID_SORT_DIRECTION` (the docs name the code without a status; 400 is our
 * choice); a field the entity does not have 400 `UNKNOWN_SORT_FIELD`; a list or object field 400
 * `INVALID_PARAMS`.
 *
 * @module
 */
import { fail } from './error-codes.js'
import type { FilterContext } from './filter-eval.js'
import { requireField } from './field-lookup.js'
import { isPlainObject } from './params.js'
import type { ValueKind } from './types.js'

/**
 * One sort key, in priority order.
 *
 * @example
 * ```ts
 * const key: SortKey = { field: 'amount', kind: 'number', desc: true }
 * ```
 * @category Testing
 */
export interface SortKey {
  /** The field. */
  readonly field: string
  /** How its values compare. */
  readonly kind: ValueKind
  /** Whether larger values come first. */
  readonly desc: boolean
}

/**
 * Reads `order` or `sort` into sort keys (none when both are absent).
 *
 * @param order - the `order` parameter as sent
 * @param sort - the `sort` parameter as sent
 * @param ctx - the entity and its fields
 * @returns the keys, in priority order
 * @example
 * ```ts
 * readSort(undefined, 'stageId,-amount', ctx)
 * // [{ field: 'stageId', … desc: false }, { field: 'amount', … desc: true }]
 * ```
 * @category Testing
 */
export function readSort(order: unknown, sort: unknown, ctx: FilterContext): SortKey[] {
  const given = (v: unknown): boolean => v !== undefined && v !== null
  if (given(order) && given(sort)) throw fail('INVALID_PARAMS', 'Send either order or sort, not both')
  if (given(order)) {
    if (!isPlainObject(order)) {
      throw fail('INVALID_SORT_TYPE', `order must be an object { field: "asc" | "desc" }, got ${describe(order)}`)
    }
    return Object.entries(order).map(([field, direction]) => key(ctx, field, readDirection(field, direction)))
  }
  if (!given(sort)) return []
  if (isPlainObject(sort)) {
    return Object.entries(sort).map(([field, direction]) => key(ctx, field, readDirection(field, direction)))
  }
  const items = typeof sort === 'string' ? sort.split(',') : sort
  if (!Array.isArray(items) || !items.every((item): item is string => typeof item === 'string')) {
    throw fail('INVALID_SORT_TYPE', `sort must be a string, an object or an array of strings, got ${describe(sort)}`)
  }
  return items
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => (item.startsWith('-') ? key(ctx, item.slice(1), true) : key(ctx, item, false)))
}

function readDirection(field: string, direction: unknown): boolean {
  const d = typeof direction === 'string' ? direction.trim().toLowerCase() : direction
  if (d === 'asc' || d === 1 || d === '1') return false
  if (d === 'desc' || d === -1 || d === '-1') return true
  throw fail(
    'INVALID_SORT_DIRECTION',
    `Sort direction of '${field}' must be asc, desc, 1 or -1, got ${describe(direction)}`,
  )
}

function key(ctx: FilterContext, field: string, desc: boolean): SortKey {
  const { kind } = requireField(ctx.entity, ctx.fields, field, 'sort')
  if (kind === 'array' || kind === 'object') throw fail('INVALID_PARAMS', `Field '${field}' cannot be sorted on`)
  return { field, kind, desc }
}

function describe(value: unknown): string {
  return JSON.stringify(value) ?? String(value)
}
