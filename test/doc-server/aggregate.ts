// POST /v1/{entity}/aggregate as the deals and contacts aggregate pages describe it (docs 25041-25257,
// 22480-22669): count over every matching row; sum/avg/min/max over at most 5000 of them, with
// meta.truncated when more matched; groups only with groupBy (at most 5 fields).
import { DocError } from './documented.js'
import { filterRows, isPlainObject, knownFields, type QueryQuirks, type Row } from './query.js'

const FUNCTIONS = ['count', 'sum', 'avg', 'min', 'max'] as const
type AggregateFunction = (typeof FUNCTIONS)[number]
interface Expression {
  readonly field: string
  readonly fn: AggregateFunction
}
const NUMERIC_ROW_LIMIT = 5000
const MAX_GROUP_BY = 5

/**
 * Answers an aggregate body over a table.
 *
 * @param table - The entity's rows.
 * @param body - `{ aggregate?, filter?, groupBy? }`.
 * @param quirks - Misbehaviours of the filter.
 * @returns The answer's `data`: `{ count, aggregates, groups?, meta }`.
 * @throws DocError 400 INVALID_PARAMS for an unknown function or field, or more than 5 groupBy fields.
 */
export function aggregate(table: readonly Row[], body: unknown, quirks: QueryQuirks = {}): Record<string, unknown> {
  const input = body === undefined ? {} : body
  if (!isPlainObject(input)) throw new DocError(400, 'VALIDATION_ERROR', 'The body must be an object')
  const fields = knownFields(table)
  const checkField = (field: string): void => {
    if (fields !== undefined && !fields.has(field)) {
      const available = [...fields].join(', ')
      throw new DocError(400, 'INVALID_PARAMS', `Field '${field}' not found. Available fields: ${available}`)
    }
  }
  const expressions = parseExpressions(input.aggregate)
  for (const { field } of expressions) if (field !== '*') checkField(field)
  const groupBy = input.groupBy === undefined ? [] : typeof input.groupBy === 'string' ? [input.groupBy] : input.groupBy
  if (!Array.isArray(groupBy) || !groupBy.every((f) => typeof f === 'string') || groupBy.length > MAX_GROUP_BY) {
    throw new DocError(400, 'INVALID_PARAMS', `groupBy takes a field name or up to ${MAX_GROUP_BY} field names`)
  }
  for (const field of groupBy) checkField(field)

  const matched = filterRows(table, input.filter, quirks)
  const numeric = expressions.some((e) => e.fn !== 'count')
  const processed = numeric ? matched.slice(0, NUMERIC_ROW_LIMIT) : []
  const data: Record<string, unknown> = {
    count: matched.length,
    aggregates: compute(expressions, matched, processed),
  }
  if (groupBy.length > 0) data.groups = groups(groupBy, expressions, matched, processed, numeric)
  data.meta = {
    totalRecords: matched.length,
    recordsProcessed: processed.length,
    truncated: matched.length > NUMERIC_ROW_LIMIT,
  }
  return data
}

function parseExpressions(raw: unknown): Expression[] {
  if (raw === undefined) return []
  if (!Array.isArray(raw)) {
    throw new DocError(400, 'INVALID_PARAMS', 'aggregate must be an array of { field, function }')
  }
  return raw.map((item) => {
    const fn = isPlainObject(item) ? item.function : undefined
    if (!isPlainObject(item) || typeof item.field !== 'string' || !FUNCTIONS.includes(fn as AggregateFunction)) {
      throw new DocError(400, 'INVALID_PARAMS', `Invalid aggregation; functions: ${FUNCTIONS.join(', ')}`)
    }
    return { field: item.field, fn: fn as AggregateFunction }
  })
}

function compute(
  expressions: readonly Expression[],
  all: readonly Row[],
  processed: readonly Row[],
): Record<string, unknown> {
  const out: Record<string, Record<string, number | null>> = {}
  for (const { field, fn } of expressions) {
    const values = processed
      .map((row) => row[field])
      .filter((value) => value != null && value !== '')
      .map(Number)
      .filter(Number.isFinite)
    const bucket = (out[field] ??= {})
    if (fn === 'count') bucket.count = all.length
    else if (values.length === 0) bucket[fn] = null
    else if (fn === 'sum') bucket.sum = values.reduce((a, b) => a + b, 0)
    else if (fn === 'avg') bucket.avg = values.reduce((a, b) => a + b, 0) / values.length
    else bucket[fn] = fn === 'min' ? Math.min(...values) : Math.max(...values)
  }
  return out
}

function groups(
  groupBy: readonly string[],
  expressions: readonly Expression[],
  matched: readonly Row[],
  processed: readonly Row[],
  numeric: boolean,
): Array<Record<string, unknown>> {
  const byKey = new Map<string, { head: Record<string, unknown>; all: Row[]; processed: Row[] }>()
  const keyOf = (row: Row): string => JSON.stringify(groupBy.map((field) => row[field] ?? null))
  for (const row of matched) {
    const key = keyOf(row)
    let group = byKey.get(key)
    if (group === undefined) {
      group = { head: Object.fromEntries(groupBy.map((field) => [field, row[field] ?? null])), all: [], processed: [] }
      byKey.set(key, group)
    }
    group.all.push(row)
  }
  for (const row of processed) byKey.get(keyOf(row))?.processed.push(row)
  return [...byKey.values()].map(({ head, all, processed: rows }) => ({
    ...head,
    count: all.length,
    ...(numeric ? { aggregates: compute(expressions, all, rows) } : {}),
  }))
}
