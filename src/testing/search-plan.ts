/**
 * Reads the search parameters shared by `POST /v1/{entity}/search`, `GET /v1/{entity}` and batch
 * `search`/`list` calls (`filter`, `order` or `sort`, `select`, `limit`, `offset`, `autoWindow`) into
 * a plan, and runs a plan over rows.
 *
 * As documented: `limit` defaults to 50 and goes up to 5000 (lines 23390, 26970); `offset` skips rows.
 * Choices of the emulator (unconfirmed for the real service):
 * - a `limit` above 5000 or below 1, or an `offset` below 0, answers 400 `VALIDATION_ERROR` (strict);
 *   numeric strings are read as numbers (a query string gives text);
 * - with no sort, rows come in ascending `id`; ties keep ascending `id`; empty values sort first
 *   ascending and last descending;
 * - `select` returns exactly the named keys (`id` is not added), empty values as `null`; an empty
 *   `select` returns every field; an unknown field answers 400 `INVALID_PARAMS`;
 * - `autoWindow` is accepted and changes nothing (the emulator never splits a search by dates);
 * - `include` is read by the caller (it needs the entity's relations); any other parameter 400
 *   `VALIDATION_ERROR`.
 *
 * @module
 */
import { fail } from './error-codes.js'
import { compileFilter, type FilterContext, type Predicate } from './filter-eval.js'
import { requireField } from './field-lookup.js'
import { readInteger, readParams } from './params.js'
import { readSort, type SortKey } from './sort.js'
import type { EmulatorRow } from './types.js'
import { compareScalars, storedScalars, type Scalar } from './values.js'

/**
 * The default page size of search and list (documented: 50).
 *
 * @example
 * ```ts
 * DEFAULT_LIMIT // 50
 * ```
 * @category Limits
 */
export const DEFAULT_LIMIT = 50

/**
 * The most rows one search or list answers (documented: 5000).
 *
 * @example
 * ```ts
 * MAX_LIMIT // 5000
 * ```
 * @category Limits
 */
export const MAX_LIMIT = 5000

/**
 * A validated search: the predicate, the order, the projection and the page window.
 *
 * @example
 * ```ts
 * const plan: SearchPlan = parseSearchParams({ filter: { companyId: 15 }, limit: 10 }, ctx)
 * ```
 * @category Testing
 */
export interface SearchPlan {
  /** The compiled filter. */
  readonly predicate: Predicate
  /** Sort keys in priority order. */
  readonly order: readonly SortKey[]
  /** The fields to return, or `undefined` for all. */
  readonly select: readonly string[] | undefined
  /** The effective page size (1..5000). */
  readonly limit: number
  /** Rows to skip. */
  readonly offset: number
  /** The `include` parameter as sent, for the caller to read. */
  readonly include: unknown
}

/**
 * One page of a search: the rows and the `meta` figures.
 *
 * @example
 * ```ts
 * const { rows, total, hasMore } = runSearch(allRows, plan, 180)
 * ```
 * @category Testing
 */
export interface SearchPage {
  /** The rows of the page, projected by `select`. */
  readonly rows: EmulatorRow[]
  /** How many rows matched in all. */
  readonly total: number
  /** Whether rows remain after this page. */
  readonly hasMore: boolean
  /** Whether the 5000 ceiling cut the result. */
  readonly truncated: boolean
}

const SEARCH_PARAMS = ['filter', 'order', 'sort', 'select', 'limit', 'offset', 'autoWindow', 'include']

/**
 * Validates search parameters into a {@link SearchPlan}, throwing 400 for anything malformed.
 *
 * @param params - the parameters object (JSON body, or the parsed query string)
 * @param ctx - the entity, its fields and the default offset
 * @returns the plan
 * @example
 * ```ts
 * parseSearchParams({ filter: { companyId: 15 }, order: { lastName: 'asc' }, limit: 10 }, ctx).limit // 10
 * ```
 * @category Testing
 */
export function parseSearchParams(params: unknown, ctx: FilterContext): SearchPlan {
  const p = readParams(params, 'search parameters', SEARCH_PARAMS)
  const autoWindow = p['autoWindow']
  if (autoWindow !== undefined && typeof autoWindow !== 'boolean' && autoWindow !== 'true' && autoWindow !== 'false') {
    throw fail('VALIDATION_ERROR', `autoWindow: expected a boolean, received ${JSON.stringify(autoWindow)}`)
  }
  const predicate = compileFilter(p['filter'], ctx)
  const order = readSort(p['order'], p['sort'], ctx)
  const select = parseSelect(p['select'], ctx)
  const limit = p['limit'] === undefined ? DEFAULT_LIMIT : readInteger('limit', p['limit'], 1, MAX_LIMIT)
  const offset = p['offset'] === undefined ? 0 : readInteger('offset', p['offset'], 0)
  return { predicate, order, select, limit, offset, include: p['include'] }
}

function parseSelect(select: unknown, ctx: FilterContext): string[] | undefined {
  if (select === undefined || select === null) return undefined
  if (!Array.isArray(select) || !select.every((s): s is string => typeof s === 'string')) {
    throw fail('VALIDATION_ERROR', 'select: expected an array of field names')
  }
  for (const name of select) requireField(ctx.entity, ctx.fields, name, 'select')
  return select.length === 0 ? undefined : [...new Set(select)]
}

/**
 * Runs a plan over rows stored in ascending `id` order: filter, sort, window, decorate, project.
 *
 * @param rows - the entity's rows, ascending by `id`
 * @param plan - the validated plan
 * @param offsetMinutes - the offset assumed for stored ISO strings without one
 * @param decorate - changes the page's rows before `select` (adds `_included`, which `select` keeps)
 * @returns the page and its meta figures
 * @example
 * ```ts
 * runSearch(rows, parseSearchParams({ limit: 10 }, ctx), 180).rows.length // <= 10
 * ```
 * @category Testing
 */
export function runSearch(
  rows: readonly EmulatorRow[],
  plan: SearchPlan,
  offsetMinutes: number,
  decorate: (page: EmulatorRow[]) => EmulatorRow[] = (page) => page,
): SearchPage {
  const matched = rows.filter(plan.predicate)
  const sorted = needsSort(plan) ? sortRows(matched, plan.order, offsetMinutes) : matched
  const page = decorate(sorted.slice(plan.offset, plan.offset + plan.limit))
  const hasMore = plan.offset + page.length < sorted.length
  const select = plan.select
  const projected = select === undefined ? page : page.map((row) => project(row, select))
  return { rows: projected, total: sorted.length, hasMore, truncated: hasMore && plan.limit === MAX_LIMIT }
}

function needsSort(plan: SearchPlan): boolean {
  const [first] = plan.order
  return !(plan.order.length === 0 || (plan.order.length === 1 && first?.field === 'id' && !first.desc))
}

function sortRows(rows: EmulatorRow[], order: SearchPlan['order'], off: number): EmulatorRow[] {
  const keyed = rows.map((row) => ({
    row,
    keys: order.map(({ field, kind }): Scalar | undefined => storedScalars(kind, row[field], off)[0]),
  }))
  keyed.sort((a, b) => {
    for (let i = 0; i < order.length; i++) {
      const x = a.keys[i]
      const y = b.keys[i]
      const desc = order[i]?.desc === true
      if (x === undefined && y === undefined) continue
      if (x === undefined) return desc ? 1 : -1
      if (y === undefined) return desc ? -1 : 1
      const c = compareScalars(x, y)
      if (c !== 0) return desc ? -c : c
    }
    return 0
  })
  return keyed.map((k) => k.row)
}

function project(row: EmulatorRow, select: readonly string[]): EmulatorRow {
  const out: EmulatorRow = {}
  for (const name of select) out[name] = Object.hasOwn(row, name) ? (row[name] ?? null) : null
  if (Object.hasOwn(row, '_included')) out['_included'] = row['_included']
  return out
}
