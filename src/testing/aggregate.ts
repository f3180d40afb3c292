/**
 * `POST /v1/{entity}/aggregate` (docs lines 501–545, 2509–2525, 25041–25250): body
 * `{ aggregate?: [{ field, function }], filter?, groupBy?: string | string[] }`, answer
 * `{ count, aggregates: { <field>: { <function>: n } }, groups?: [{ <groupBy fields>, count,
 * aggregates? }], meta: { totalRecords, recordsProcessed, truncated } }`.
 *
 * As documented: `count` counts every matching row; `sum`/`avg`/`min`/`max` read at most the first
 * 5000 matching rows, and `meta.truncated` is then `true`; `groups` is absent without `groupBy`;
 * `groupBy` takes at most 5 fields, each from the entity's groupable list or a custom field; the
 * numeric functions take the fields of its aggregatable list and numeric custom fields (of type
 * `integer`, `double` or `money`, whose `"1500|RUB"` values count by their amount). An entity the
 * docs give no list for takes none of its own fields (users, statuses, …); an entity the emulator has
 * no table for takes any field. Every such mistake answers 400 `INVALID_PARAMS` naming the available fields.
 *
 * Grouping also reads only the first 5000 rows (by id), so group counts can sum to less than `count`
 * when `truncated` is `true` (said on one aggregate page, line 21296). Choices of the emulator
 * (unconfirmed): `recordsProcessed` is 0
 * when neither a numeric function nor `groupBy` needs rows (the contacts page says so for `count`);
 * groups come largest first, ties in the order of their values; `count` items of `aggregate` add
 * nothing beyond `data.count`; groups carry `aggregates` only when a numeric function was asked
 * for; `avg`, `min` and `max` over no values are `null`, `sum` is 0; nothing is rounded.
 *
 * @module
 */
import { fail } from './error-codes.js'
import { filterContextOf, type ActionContext, type ActionResult } from './entity-actions.js'
import { CUSTOM_FIELD } from './entity-tables.js'
import { compileFilter } from './filter-eval.js'
import { readParams } from './params.js'
import type { EntityView } from './store.js'
import type { EmulatorRow } from './types.js'
import { storedScalars } from './values.js'

/**
 * The most rows the numeric functions and grouping read (documented: 5000).
 *
 * @example
 * ```ts
 * AGGREGATE_ROW_LIMIT // 5000
 * ```
 * @category Limits
 */
export const AGGREGATE_ROW_LIMIT = 5000

/** The most `groupBy` fields (documented: 5). */
const MAX_GROUP_BY = 5

type NumericFunction = 'sum' | 'avg' | 'min' | 'max'
const FUNCTIONS: readonly string[] = ['count', 'sum', 'avg', 'min', 'max']
const NUMERIC_CUSTOM_TYPES: readonly string[] = ['integer', 'double', 'money']

interface Measure {
  readonly field: string
  readonly fn: NumericFunction
}

/**
 * Runs an aggregate over an entity.
 *
 * @param ctx - the context
 * @param view - the entity
 * @param body - the request body
 * @returns `data: { count, aggregates, groups?, meta }`
 * @example
 * ```ts
 * const body = { aggregate: [{ field: 'amount', function: 'sum' }], groupBy: 'stageId' }
 * aggregateAction(ctx, findEntity(ctx, 'deals'), body).data
 * ```
 * @category Testing
 */
export function aggregateAction(ctx: ActionContext, view: EntityView, body: unknown): ActionResult {
  const p = readParams(body, 'the aggregate body', ['aggregate', 'filter', 'groupBy'])
  const measures = readMeasures(p['aggregate'], view)
  const groupBy = readGroupBy(p['groupBy'], view)
  const matched = view.rows.filter(compileFilter(p['filter'], filterContextOf(ctx, view)))
  const needsRows = measures.length > 0 || groupBy.length > 0
  const loaded = needsRows ? matched.slice(0, AGGREGATE_ROW_LIMIT) : []
  const data: Record<string, unknown> = {
    count: matched.length,
    aggregates: measure(measures, loaded, ctx.offsetMinutes),
  }
  if (groupBy.length > 0) data['groups'] = group(groupBy, measures, loaded, ctx.offsetMinutes)
  data['meta'] = {
    totalRecords: matched.length,
    recordsProcessed: loaded.length,
    truncated: needsRows && matched.length > AGGREGATE_ROW_LIMIT,
  }
  return { data }
}

function isCustom(view: EntityView, name: string): boolean {
  return view.builtIn === undefined ? CUSTOM_FIELD.test(name) : view.builtIn.customFields.test(name)
}

/** The fields a use takes: the table's list and custom fields, or any scalar field without a table. */
function usable(view: EntityView, use: 'aggregatable' | 'groupable'): string[] {
  const names = [...view.fields.keys()].filter((name) => {
    const kind = view.fields.get(name)?.kind
    return kind !== 'array' && kind !== 'object'
  })
  const table = view.builtIn
  if (table === undefined) return names
  return names.filter((name) => table[use].includes(name) || isCustom(view, name))
}

function unknownField(view: EntityView, field: string, available: readonly string[]): never {
  throw fail('INVALID_PARAMS', `Field '${field}' not found in ${view.name}. Available: ${available.join(', ')}`)
}

function readMeasures(aggregate: unknown, view: EntityView): Measure[] {
  if (aggregate === undefined || aggregate === null) return []
  if (!Array.isArray(aggregate)) throw fail('VALIDATION_ERROR', 'aggregate: expected an array of { field, function }')
  const available = usable(view, 'aggregatable')
  const numeric = available.filter((name) => isNumeric(view, name))
  const measures: Measure[] = []
  for (const item of aggregate as unknown[]) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw fail('VALIDATION_ERROR', 'aggregate: each item must be { field, function }')
    }
    const { field, function: fn } = item as Record<string, unknown>
    if (typeof fn !== 'string' || !FUNCTIONS.includes(fn)) {
      throw fail(
        'INVALID_PARAMS',
        `Unknown aggregate function ${JSON.stringify(fn)}. Functions: ${FUNCTIONS.join(', ')}`,
      )
    }
    if (field !== undefined && typeof field !== 'string') {
      throw fail('VALIDATION_ERROR', 'aggregate: field must be a field name')
    }
    if (fn === 'count') {
      if (field !== undefined && field !== '*' && !view.fields.has(field)) unknownField(view, field, available)
      continue
    }
    if (field === undefined || !view.fields.has(field)) unknownField(view, field ?? '(none)', numeric)
    if (!available.includes(field)) {
      throw fail(
        'INVALID_PARAMS',
        `Field '${field}' cannot be aggregated in ${view.name}. Available: ${available.join(', ')}`,
      )
    }
    if (!numeric.includes(field)) {
      const type = view.fields.get(field)?.descriptor.type ?? 'unknown'
      throw fail(
        'INVALID_PARAMS',
        `${fn} needs a numeric field; '${field}' is ${type}. Available numeric fields: ${numeric.join(', ')}`,
      )
    }
    measures.push({ field, fn: fn as NumericFunction })
  }
  return measures
}

function isNumeric(view: EntityView, name: string): boolean {
  const spec = view.fields.get(name)
  if (spec?.kind !== 'number') return false
  return !isCustom(view, name) || NUMERIC_CUSTOM_TYPES.includes(spec.descriptor.type)
}

function readGroupBy(groupBy: unknown, view: EntityView): string[] {
  if (groupBy === undefined || groupBy === null) return []
  const list = typeof groupBy === 'string' ? [groupBy] : groupBy
  if (!Array.isArray(list) || !list.every((g): g is string => typeof g === 'string')) {
    throw fail('VALIDATION_ERROR', 'groupBy: expected a field name or an array of field names')
  }
  if (list.length > MAX_GROUP_BY) {
    throw fail('INVALID_PARAMS', `groupBy takes at most ${MAX_GROUP_BY} fields, got ${list.length}`)
  }
  const available = usable(view, 'groupable')
  for (const field of list) {
    if (!view.fields.has(field)) unknownField(view, field, available)
    if (!available.includes(field)) {
      throw fail(
        'INVALID_PARAMS',
        `groupBy field '${field}' is not groupable on ${view.name}. Available: ${available.join(', ')}`,
      )
    }
  }
  return [...new Set(list)]
}

function measure(
  measures: readonly Measure[],
  rows: readonly EmulatorRow[],
  off: number,
): Record<string, Record<string, number | null>> {
  const out: Record<string, Record<string, number | null>> = {}
  for (const { field, fn } of measures) {
    const values = rows.flatMap((row) => storedScalars('number', row[field], off).slice(0, 1) as number[])
    out[field] ??= {}
    out[field][fn] = compute(fn, values)
  }
  return out
}

function compute(fn: NumericFunction, values: readonly number[]): number | null {
  if (fn === 'sum') return values.reduce((a, b) => a + b, 0)
  if (values.length === 0) return null
  if (fn === 'avg') return values.reduce((a, b) => a + b, 0) / values.length
  return fn === 'min' ? Math.min(...values) : Math.max(...values)
}

function group(
  groupBy: readonly string[],
  measures: readonly Measure[],
  rows: readonly EmulatorRow[],
  off: number,
): EmulatorRow[] {
  const groups = new Map<string, { key: EmulatorRow; rows: EmulatorRow[] }>()
  for (const row of rows) {
    const key: EmulatorRow = {}
    for (const field of groupBy) key[field] = Object.hasOwn(row, field) ? (row[field] ?? null) : null
    const id = JSON.stringify(groupBy.map((field) => key[field]))
    const found = groups.get(id)
    if (found === undefined) groups.set(id, { key, rows: [row] })
    else found.rows.push(row)
  }
  return [...groups.entries()]
    .sort(([a, x], [b, y]) => y.rows.length - x.rows.length || (a < b ? -1 : a > b ? 1 : 0))
    .map(([, g]) => {
      const out: EmulatorRow = { ...g.key, count: g.rows.length }
      if (measures.length > 0) out['aggregates'] = measure(measures, g.rows, off)
      return out
    })
}
