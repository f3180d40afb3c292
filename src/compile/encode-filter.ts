// The only place that knows the service's filter syntax. Conditions are ANDed into one object in
// the `$` syntax; a condition that collides with another on the same field goes into the prefix
// syntax (which the service allows to be mixed in); OR groups become `$or` in one function.
// Nothing is dropped: what cannot be encoded losslessly throws QueryError.
import type { CompareNode, FilterNode, ScalarValue } from '../ast/filter-node.js'
import type { Operator } from '../ast/operator.js'
import { QueryError } from '../errors/query-error.js'
import type { WireFilter, WireValue } from './search-body.js'

type WireObject = { [key: string]: WireValue }
type Entry = { readonly op: Operator; readonly value: WireValue }

const dollar: Readonly<Record<Exclude<Operator, '='>, string>> = {
  '!=': '$ne',
  '>': '$gt',
  '>=': '$gte',
  '<': '$lt',
  '<=': '$lte',
  in: '$in',
  contains: '$contains',
}

const prefix: Readonly<Record<Operator, string>> = {
  '=': '=',
  '!=': '!',
  '>': '>',
  '>=': '>=',
  '<': '<',
  '<=': '<=',
  in: '@',
  contains: '%',
}

const toWire = (value: ScalarValue | readonly ScalarValue[]): WireValue =>
  Array.isArray(value) ? value.map(toWire) : value instanceof Date ? value.toISOString() : (value as WireValue)

/**
 * Encodes conditions that must all hold as one filter object.
 *
 * @internal
 */
export function encodeFilter(nodes: readonly FilterNode[]): WireFilter {
  const fields = new Map<string, Entry[]>()
  const orGroups: (readonly FilterNode[])[] = []
  collect(nodes, fields, orGroups)

  const filter: WireObject = {}
  for (const [field, entries] of fields) encodeField(filter, field, entries)
  return orGroups.reduce<WireObject>((acc, items) => withOr(acc, items.map((item) => encodeFilter([item]))), filter)
}

function collect(nodes: readonly FilterNode[], fields: Map<string, Entry[]>, orGroups: (readonly FilterNode[])[]): void {
  for (const node of nodes) {
    if (node.kind === 'and') {
      collect(node.items, fields, orGroups)
    } else if (node.kind === 'or') {
      const items = flattenOr(node.items)
      const asIn = equalitiesAsIn(items)
      if (asIn !== undefined) collect([asIn], fields, orGroups)
      else if (items.length === 1) collect(items, fields, orGroups)
      else orGroups.push(items)
    } else {
      const entry: Entry = { op: node.op, value: toWire(node.value) }
      const entries = fields.get(node.field) ?? []
      const seen = JSON.stringify(entry)
      if (!entries.some((e) => JSON.stringify(e) === seen)) entries.push(entry)
      fields.set(node.field, entries)
    }
  }
}

const flattenOr = (items: readonly FilterNode[]): FilterNode[] =>
  items.flatMap((item) => (item.kind === 'or' ? flattenOr(item.items) : [item]))

/** An OR of `=`/`in` conditions on one field is the documented `$in`. */
function equalitiesAsIn(items: readonly FilterNode[]): CompareNode | undefined {
  const first = items[0]
  if (first?.kind !== 'compare') return undefined
  const values: ScalarValue[] = []
  const seen = new Set<string>()
  for (const item of items) {
    if (item.kind !== 'compare' || item.field !== first.field || (item.op !== '=' && item.op !== 'in')) return undefined
    for (const value of item.op === 'in' ? (item.value as readonly ScalarValue[]) : [item.value as ScalarValue]) {
      const key = JSON.stringify(toWire(value))
      if (!seen.has(key)) values.push(value)
      seen.add(key)
    }
  }
  return values.length === 1
    ? { kind: 'compare', field: first.field, op: '=', value: values[0] as ScalarValue }
    : { kind: 'compare', field: first.field, op: 'in', value: values }
}

/**
 * Writes one field's conditions: a lone exact match as the bare value, otherwise the first of each
 * operator in a `$` object under the field's name. What is left (an exact match beside operators,
 * an operator repeated with another value) goes into the prefix syntax, one key per operator.
 */
function encodeField(filter: WireObject, field: string, entries: readonly Entry[]): void {
  const extra: Entry[] = []
  const exactOnly = entries.every((entry) => entry.op === '=')
  if (exactOnly) {
    filter[field] = (entries[0] as Entry).value
    extra.push(...entries.slice(1))
  } else {
    const operators: WireObject = {}
    for (const entry of entries) {
      const key = entry.op === '=' ? undefined : dollar[entry.op]
      if (key === undefined || Object.hasOwn(operators, key)) extra.push(entry)
      else operators[key] = entry.value
    }
    filter[field] = operators
  }
  for (const entry of extra) {
    const key = `${prefix[entry.op]}${field}`
    if (Object.hasOwn(filter, key)) {
      throw new QueryError(
        `where("${field}"): operator "${entry.op}" is used on this field with more values than the wire format can hold ` +
          '(two for an operator, two exact matches without operators, one beside them); merge them into one condition',
        field,
      )
    }
    filter[key] = entry.value
  }
}

/**
 * ANDs an OR group into a filter: `{ …filter, $or: branches }`. When the filter already has an OR
 * group, the new one is ANDed into each of its branches, which keeps both groups without needing
 * an `$and` the service does not document. The only place the `$or` form is written.
 */
function withOr(filter: WireObject, branches: readonly WireObject[]): WireObject {
  const existing = filter['$or'] as readonly WireObject[] | undefined
  if (existing === undefined) return { ...filter, $or: branches }
  return { ...filter, $or: existing.map((branch) => withOr(branch, branches)) }
}
