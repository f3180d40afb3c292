// The only place that knows the service's filter syntax. Conditions are ANDed into one object in
// the `$` syntax; a condition that collides with another on the same field goes into the prefix
// syntax (which the service allows to be mixed in); OR groups become `$or` in one function.
// Nothing is dropped: what cannot be encoded losslessly throws QueryError.
import type { CompareNode, FilterNode, ScalarValue } from '../ast/filter-node.js'
import type { Operator } from '../ast/operator.js'
import { QueryError } from '../errors/query-error.js'
import { isoString } from './iso-string.js'
import type { WireFilter, WireValue } from './search-body.js'

type WireObject = { [key: string]: WireValue }

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
  typeof value !== 'object' ? value : value instanceof Date ? isoString(value) : value.map(toWire)

const same = (a: WireValue | undefined, b: WireValue): boolean =>
  a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b))

/**
 * Encodes conditions that must all hold as one filter object.
 *
 * @internal
 */
export function encodeFilter(nodes: readonly FilterNode[]): WireFilter {
  const filter: WireObject = {}
  const orGroups: (readonly FilterNode[])[] = []
  addAll(filter, nodes, orGroups)
  let result = filter
  for (const items of orGroups) result = withOr(result, items.map((item) => encodeFilter([item])))
  return result
}

function addAll(filter: WireObject, nodes: readonly FilterNode[], orGroups: (readonly FilterNode[])[]): void {
  for (const node of nodes) {
    if (node.kind === 'compare') {
      add(filter, node.field, node.op, toWire(node.value))
    } else if (node.kind === 'and') {
      addAll(filter, node.items, orGroups)
    } else {
      const items = flattenOr(node.items)
      const asIn = equalitiesAsIn(items)
      if (asIn !== undefined) addAll(filter, [asIn], orGroups)
      else if (items.length === 1) addAll(filter, items, orGroups)
      else orGroups.push(items)
    }
  }
}

/**
 * Adds one condition. The field's own key holds a lone exact match as the bare value, or the first
 * of each operator in a `$` object. What collides (an exact match beside operators, an operator
 * repeated with another value) goes into the prefix syntax, one key per operator. A condition
 * identical to one already there is sent once.
 */
function add(filter: WireObject, field: string, op: Operator, value: WireValue): void {
  if (!Object.hasOwn(filter, field)) {
    filter[field] = op === '=' ? value : { [dollar[op]]: value }
    return
  }
  const current = filter[field] as WireValue
  if (typeof current === 'object' && !Array.isArray(current)) {
    if (op !== '=') {
      const operators = current as WireObject
      const key = dollar[op]
      if (!Object.hasOwn(operators, key)) operators[key] = value
      else if (!same(operators[key], value)) addPrefixed(filter, field, op, value)
      return
    }
  } else if (op === '=') {
    if (!same(current, value)) addPrefixed(filter, field, op, value)
    return
  } else {
    // An operator arrives beside a bare exact match: the exact match moves to its prefix form.
    addPrefixed(filter, field, '=', current)
    filter[field] = { [dollar[op]]: value }
    return
  }
  addPrefixed(filter, field, op, value)
}

function addPrefixed(filter: WireObject, field: string, op: Operator, value: WireValue): void {
  const key = `${prefix[op]}${field}`
  if (!Object.hasOwn(filter, key)) filter[key] = value
  else if (!same(filter[key], value)) {
    throw new QueryError(`where("${field}"): too many "${op}" conditions on this field to send them all; merge them`, field)
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
 * ANDs an OR group into a filter: `{ …filter, $or: branches }`. When the filter already has an OR
 * group, the new one is ANDed into each of its branches, which keeps both groups without needing
 * an `$and` the service does not document. The only place the `$or` form is written.
 */
function withOr(filter: WireObject, branches: readonly WireObject[]): WireObject {
  const existing = filter['$or'] as readonly WireObject[] | undefined
  if (existing === undefined) return { ...filter, $or: branches }
  return { ...filter, $or: existing.map((branch) => withOr(branch, branches)) }
}
