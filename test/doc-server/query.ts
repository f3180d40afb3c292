// Filtering, sorting, selecting and paging rows as the filtering page (docs 696-1043) and the
// per-entity search pages describe them. Only documented tokens are read, plus `$nin`, which the
// service lists in its own INVALID_FILTER_OPERATOR message (observed, not documented).
import { DocError } from './documented.js'

/** One row of a doc-server table: any fields, and a numeric `id`. */
export type Row = Readonly<Record<string, unknown>> & { readonly id: number }

/** The misbehaviours a query and its page meta can be told to have (see `Misbehaviour` in doc-server.ts). */
export interface QueryQuirks {
  readonly metaTotalZero?: boolean | undefined
  readonly hasMoreStuck?: boolean | undefined
  readonly ignoreOrder?: boolean | undefined
  readonly ignoreKeyFilter?: boolean | undefined
}

/** What a search, a list call in a batch, or an aggregate asks for. */
export interface QueryParams {
  readonly filter?: unknown
  readonly order?: unknown
  readonly sort?: unknown
  readonly select?: unknown
  readonly limit?: unknown
  readonly offset?: unknown
}

/** A page of rows and the number of rows that matched. */
export interface Page {
  readonly rows: Array<Record<string, unknown>>
  readonly total: number
  readonly offset: number
}

type Operator = 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'nin' | 'contains'
interface Condition {
  readonly field: string
  readonly op: Operator
  readonly value: unknown
}

const DOLLAR: Readonly<Record<string, Operator>> = {
  $gt: 'gt',
  $gte: 'gte',
  $lt: 'lt',
  $lte: 'lte',
  $ne: 'ne',
  $contains: 'contains',
  $in: 'in',
  $nin: 'nin',
}
// Syntax 2 (prefix on the field name) and syntax 3 (operator key) share these tokens; longest first.
const BITRIX: ReadonlyArray<readonly [string, Operator]> = [
  ['>=', 'gte'],
  ['<=', 'lte'],
  ['>', 'gt'],
  ['<', 'lt'],
  ['!', 'ne'],
  ['%', 'contains'],
]
const MAX_LIMIT = 5000
const DEFAULT_LIMIT = 50

/**
 * Runs a search over a table: filter, order (id ascending as the tie-breaker), offset, limit, select.
 *
 * @param table - The entity's rows.
 * @param params - The search body (or a batch call's `params`).
 * @param quirks - Misbehaviours to apply.
 * @returns The page and the match count.
 * @throws DocError for a body the docs say the service refuses.
 */
export function runQuery(table: readonly Row[], params: QueryParams, quirks: QueryQuirks = {}): Page {
  const limit = integerParam('limit', params.limit, DEFAULT_LIMIT, 1, MAX_LIMIT)
  const offset = integerParam('offset', params.offset, 0, 0, Number.MAX_SAFE_INTEGER)
  const matched = filterRows(table, params.filter, quirks)
  const keys = quirks.ignoreOrder ? [{ field: 'id', desc: true }] : orderKeys(table, params)
  const sorted = [...matched].sort((a, b) => compareBy(a, b, keys))
  const select = selectParam(params.select)
  const rows = sorted.slice(offset, offset + limit).map((row) => project(row, select))
  return { rows, total: matched.length, offset }
}

/**
 * The paging meta of a page, as search and list answers carry it: `{ total, hasMore }`.
 *
 * @param page - The page.
 * @param quirks - `metaTotalZero` says total 0, `hasMoreStuck` says hasMore true.
 * @returns The meta.
 */
export function pageMeta(page: Page, quirks: QueryQuirks = {}): { total: number; hasMore: boolean } {
  return {
    total: quirks.metaTotalZero ? 0 : page.total,
    hasMore: quirks.hasMoreStuck ? true : page.offset + page.rows.length < page.total,
  }
}

/**
 * Keeps the rows a filter matches.
 *
 * @param table - The entity's rows.
 * @param filter - The `filter` object, in any of the three documented syntaxes.
 * @param quirks - `ignoreKeyFilter` drops the conditions on `id`.
 * @returns The matching rows, in table order.
 * @throws DocError 400 INVALID_FILTER for a malformed filter, INVALID_FILTER_FIELD for an unknown field.
 */
export function filterRows(table: readonly Row[], filter: unknown, quirks: QueryQuirks = {}): Row[] {
  const conditions = parseFilter(filter, knownFields(table)).filter(
    (condition) => !(quirks.ignoreKeyFilter && condition.field === 'id'),
  )
  return table.filter((row) => conditions.every((c) => matches(row[c.field], c.op, c.value)))
}

/**
 * The fields a table knows: `id` and every key of its rows (an empty table knows any field).
 *
 * @param table - The entity's rows.
 * @returns The field names, or `undefined` for an empty table.
 */
export function knownFields(table: readonly Row[]): ReadonlySet<string> | undefined {
  if (table.length === 0) return undefined
  const fields = new Set(['id'])
  for (const row of table) for (const key of Object.keys(row)) fields.add(key)
  return fields
}

function parseFilter(filter: unknown, fields: ReadonlySet<string> | undefined): Condition[] {
  if (filter === undefined) return []
  if (!isPlainObject(filter)) throw new DocError(400, 'INVALID_FILTER', 'filter must be an object')
  const conditions: Condition[] = []
  const add = (field: string, op: Operator, value: unknown): void => {
    if (fields !== undefined && !fields.has(field)) {
      throw new DocError(400, 'INVALID_FILTER_FIELD', `Unknown filter field '${field}'`)
    }
    if ((op === 'in' || op === 'nin') !== Array.isArray(value)) {
      const operand = op === 'in' || op === 'nin' ? 'an array' : 'a value'
      throw new DocError(400, 'INVALID_FILTER', `Operator ${op} on '${field}' needs ${operand}`)
    }
    conditions.push({ field, op, value })
  }
  for (const [key, value] of Object.entries(filter)) {
    const prefix = BITRIX.find(([token]) => key.startsWith(token))
    if (prefix !== undefined) {
      add(key.slice(prefix[0].length), prefix[1], value)
    } else if (isPlainObject(value)) {
      for (const [token, operand] of Object.entries(value)) {
        const op = DOLLAR[token] ?? BITRIX.find(([bitrix]) => bitrix === token)?.[1]
        if (op === undefined) {
          throw new DocError(400, 'INVALID_FILTER', `Unknown filter operator '${token}' on '${key}'`)
        }
        add(key, op, operand)
      }
    } else if (Array.isArray(value)) {
      throw new DocError(400, 'INVALID_FILTER', `An array for '${key}' needs an operator such as $in`)
    } else {
      add(key, 'eq', value)
    }
  }
  return conditions
}

function matches(actual: unknown, op: Operator, expected: unknown): boolean {
  switch (op) {
    case 'eq':
      return same(actual, expected)
    case 'ne':
      return !same(actual, expected)
    case 'in':
      return (expected as unknown[]).some((item) => same(actual, item))
    case 'nin':
      return !(expected as unknown[]).some((item) => same(actual, item))
    case 'contains':
      return actual != null && String(actual).toLowerCase().includes(String(expected).toLowerCase())
    default: {
      if (actual == null || expected == null) return false
      const sign = compareValues(actual, expected)
      return op === 'gt' ? sign > 0 : op === 'gte' ? sign >= 0 : op === 'lt' ? sign < 0 : sign <= 0
    }
  }
}

function same(actual: unknown, expected: unknown): boolean {
  // biome-ignore lint/suspicious/noDoubleEquals: null and undefined are both the empty value here
  if (actual == null || expected == null) return actual == expected
  return String(actual) === String(expected)
}

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  const [x, y] = [String(a), String(b)]
  return x < y ? -1 : x > y ? 1 : 0
}

interface SortKey {
  readonly field: string
  readonly desc: boolean
}

// `order` (the per-entity pages) is an object; `sort` (the generic pages) is a string, object or array.
function orderKeys(table: readonly Row[], params: QueryParams): SortKey[] {
  const raw = params.order ?? params.sort
  const keys: SortKey[] = []
  const push = (field: string, direction: unknown): void => {
    const desc = direction === 'desc' || direction === 'DESC' || direction === -1
    const asc = direction === 'asc' || direction === 'ASC' || direction === 1
    if (!desc && !asc) throw new DocError(400, 'INVALID_SORT_DIRECTION', `Unknown sort direction for '${field}'`)
    const fields = knownFields(table)
    if (fields !== undefined && !fields.has(field)) {
      throw new DocError(400, 'UNKNOWN_SORT_FIELD', `Unknown sort field '${field}'`)
    }
    keys.push({ field, desc })
  }
  const pushToken = (token: string): void => (token.startsWith('-') ? push(token.slice(1), 'desc') : push(token, 'asc'))
  if (raw === undefined) {
    // none: id ascending below
  } else if (typeof raw === 'string') {
    for (const token of raw.split(',').filter((t) => t !== '')) pushToken(token.trim())
  } else if (Array.isArray(raw) && raw.every((t) => typeof t === 'string')) {
    for (const token of raw) pushToken(token)
  } else if (isPlainObject(raw)) {
    for (const [field, direction] of Object.entries(raw)) push(field, direction)
  } else {
    throw new DocError(400, 'INVALID_SORT_TYPE', 'sort must be a string, an object or an array of strings')
  }
  if (!keys.some((key) => key.field === 'id')) keys.push({ field: 'id', desc: false })
  return keys
}

function compareBy(a: Row, b: Row, keys: readonly SortKey[]): number {
  for (const { field, desc } of keys) {
    const [x, y] = [a[field], b[field]]
    const sign = x == null ? (y == null ? 0 : -1) : y == null ? 1 : compareValues(x, y)
    if (sign !== 0) return desc ? -sign : sign
  }
  return 0
}

function selectParam(select: unknown): readonly string[] | undefined {
  if (select === undefined) return undefined
  if (!Array.isArray(select) || !select.every((field) => typeof field === 'string')) {
    throw new DocError(400, 'VALIDATION_ERROR', 'select: Expected array of strings')
  }
  return select.length === 0 ? undefined : select
}

function project(row: Row, select: readonly string[] | undefined): Record<string, unknown> {
  if (select === undefined) return { ...row }
  const out: Record<string, unknown> = {}
  for (const field of select) if (field in row) out[field] = row[field]
  return out
}

function integerParam(name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new DocError(400, 'VALIDATION_ERROR', `${name}: Expected an integer from ${min} to ${max}`)
  }
  return value
}

/**
 * Tells whether a value is a plain JSON object (not an array, not `null`).
 *
 * @param value - Any value.
 * @returns `true` for `{ … }`.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
