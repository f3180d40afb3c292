/**
 * Reads the search parameters shared by `POST /v1/{entity}/search`, `GET /v1/{entity}` and batch
 * `search`/`list` calls (`filter`, `order`, `select`, `limit`, `offset`) into a plan, and runs a plan
 * over rows.
 *
 * Choices of the emulator (unconfirmed for the real service):
 * - `limit` defaults to 50; above 5000 it is clamped to 5000 (not rejected), and the page reports
 *   `meta.truncated: true` whenever the 5000 ceiling, rather than a smaller `limit`, cut the result;
 *   a `limit` below 1 or not an integer answers 400 `INVALID_PARAMS`;
 * - `offset` is an integer >= 0; numeric strings are accepted for both;
 * - with no `order`, rows come in ascending `id`; ties in `order` keep ascending `id`; empty values
 *   sort first ascending and last descending; directions `asc`/`desc` in any case;
 * - `select` returns exactly the named keys (`id` is not added), empty values as `null`; an empty
 *   `select` returns every field;
 * - unknown top-level parameters (including `include`) answer 400 `INVALID_PARAMS`.
 *
 * @module
 */
import { EmulatorError } from './emulator-error.js'
import { compileFilter, type FilterContext, type Predicate } from './filter-eval.js'
import { requireField } from './field-lookup.js'
import type { EmulatorRow, FieldType } from './types.js'
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
  /** Order keys in priority order, with their field types. */
  readonly order: ReadonlyArray<{ readonly field: string; readonly type: FieldType; readonly desc: boolean }>
  /** The fields to return, or `undefined` for all. */
  readonly select: readonly string[] | undefined
  /** The effective page size (1..5000). */
  readonly limit: number
  /** Rows to skip. */
  readonly offset: number
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

const KNOWN_PARAMS = new Set(['filter', 'order', 'select', 'limit', 'offset'])

function invalidParams(message: string, hint?: string): EmulatorError {
  return new EmulatorError(400, 'INVALID_PARAMS', message, hint === undefined ? {} : { hint })
}

function readInteger(name: string, value: unknown, min: number): number {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min) {
    throw invalidParams(`${name} must be an integer >= ${min}, got ${JSON.stringify(value)}`)
  }
  return n
}

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
  if (params === undefined || params === null) params = {}
  if (typeof params !== 'object' || Array.isArray(params)) throw invalidParams('parameters must be a JSON object')
  const p = params as Record<string, unknown>
  for (const key of Object.keys(p)) {
    if (!KNOWN_PARAMS.has(key)) {
      throw invalidParams(`Unknown parameter '${key}'`, 'The emulator reads filter, order, select, limit and offset')
    }
  }
  const predicate = compileFilter(p['filter'], ctx)
  const order = parseOrder(p['order'], ctx)
  const select = parseSelect(p['select'], ctx)
  const limit = p['limit'] === undefined ? DEFAULT_LIMIT : Math.min(readInteger('limit', p['limit'], 1), MAX_LIMIT)
  const offset = p['offset'] === undefined ? 0 : readInteger('offset', p['offset'], 0)
  return { predicate, order, select, limit, offset }
}

function parseOrder(order: unknown, ctx: FilterContext): SearchPlan['order'] {
  if (order === undefined || order === null) return []
  if (typeof order !== 'object' || Array.isArray(order)) throw invalidParams('order must be an object { field: "asc" | "desc" }')
  return Object.entries(order).map(([field, direction]) => {
    const { type } = requireField(ctx.entity, ctx.fields, field, 'order')
    if (type === 'array' || type === 'object') {
      throw new EmulatorError(400, 'FIELD_NOT_SORTABLE', `Field '${field}' cannot be used in order`)
    }
    const dir = typeof direction === 'string' ? direction.toLowerCase() : undefined
    if (dir !== 'asc' && dir !== 'desc') {
      throw invalidParams(`order.${field} must be "asc" or "desc", got ${JSON.stringify(direction)}`)
    }
    return { field, type, desc: dir === 'desc' }
  })
}

function parseSelect(select: unknown, ctx: FilterContext): string[] | undefined {
  if (select === undefined || select === null) return undefined
  if (!Array.isArray(select) || !select.every((s): s is string => typeof s === 'string')) {
    throw invalidParams('select must be an array of field names')
  }
  for (const name of select) requireField(ctx.entity, ctx.fields, name, 'select')
  return select.length === 0 ? undefined : [...new Set(select)]
}

/**
 * Runs a plan over rows stored in ascending `id` order: filter, sort, window, project.
 *
 * @param rows - the entity's rows, ascending by `id`
 * @param plan - the validated plan
 * @param offsetMinutes - the offset assumed for stored ISO strings without one
 * @returns the page and its meta figures
 * @example
 * ```ts
 * runSearch(rows, parseSearchParams({ limit: 10 }, ctx), 180).rows.length // <= 10
 * ```
 * @category Testing
 */
export function runSearch(rows: readonly EmulatorRow[], plan: SearchPlan, offsetMinutes: number): SearchPage {
  const matched = rows.filter(plan.predicate)
  const sorted = needsSort(plan) ? sortRows(matched, plan.order, offsetMinutes) : matched
  const page = sorted.slice(plan.offset, plan.offset + plan.limit)
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
    keys: order.map(({ field, type }): Scalar | undefined => storedScalars(type, row[field], off)[0]),
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
  for (const name of select) out[name] = Object.hasOwn(row, name) ? row[name] ?? null : null
  return out
}
