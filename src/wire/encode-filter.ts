// The only place that writes the service's filter syntax. Conditions are ANDed into one object in
// the `$` syntax, one key per field. Several conditions on one field are merged exactly (`=`/`in`
// intersect, `!=`/`not in` unite, two bounds keep the tighter) into that field's operator object;
// what cannot be merged exactly throws QueryError. Nothing is ever dropped, and only tokens the
// service lists are written (`$gt $gte $lt $lte $ne $in $nin $contains`, plus the OR key below).
import type { CompareNode, FilterNode, ScalarValue } from '../node/filter-node.js'
import type { Operator } from '../node/operator.js'
import { QueryError } from '../errors/query-error.js'
import { isoString } from './iso-string.js'
import type { WireFilter, WireValue } from './search-body.js'

/** The key of an OR group. Unconfirmed by the docs: change it here alone. @internal */
export const orKey = '$or'

/**
 * The most `$or` branches a filter may write, copies included. The service takes one `$or` per
 * object, so an OR group ANDed after others is written once in every branch of the groups before
 * it: sizes multiply, and without a bound 20 groups of two would write 2,097,150 branches. 256 keeps
 * the filter within 257 copies of the query's conditions (7 ANDed groups of two, or 2 of fifteen).
 *
 * @internal
 */
export const maxOrBranches = 256

/**
 * What the OR groups of conditions ANDed together write: how many groups, and how many `$or`
 * branches in all. `product` is the number of branches the next group is copied into.
 *
 * @internal
 */
export interface OrCount {
  groups: number
  branches: number
  product: number
}

/**
 * Adds to `count` what `nodes`, ANDed after the conditions it counts, write; a mirror of
 * `encodeFilter`, linear in the nodes, that writes nothing.
 *
 * @internal
 */
export function countOr(
  nodes: readonly FilterNode[],
  count: OrCount = { groups: 0, branches: 0, product: 1 },
): OrCount {
  for (const node of nodes) {
    if (node.kind === 'and') countOr(node.items, count)
    else if (node.kind === 'or') {
      const items = flattenOr(node.items)
      if (items.length === 1) countOr(items, count)
      else if (!equalitiesAsIn(items)) {
        // Each branch writes its item, with the branches of the item's own groups.
        let written = items.length
        for (const item of items) {
          const inner = countOr([item])
          written += inner.branches
          count.groups += inner.groups
        }
        count.groups++
        count.branches += count.product * written
        count.product *= items.length
      }
    }
  }
  return count
}

/**
 * Throws when `count` passes {@link maxOrBranches}, saying what the call wrote and what it would send.
 *
 * @internal
 */
export function checkOr(call: string, count: OrCount): OrCount {
  if (count.branches > maxOrBranches) {
    throw new QueryError(
      `${call}: ${count.groups} OR groups ANDed together would be sent as ${count.branches} $or branches, more than ${maxOrBranches} ` +
        '(one $or per object: each group is repeated in every branch of the groups before it); combine them',
    )
  }
  return count
}

const dollar: Readonly<Record<Exclude<Operator, '='>, string>> = {
  '!=': '$ne',
  '>': '$gt',
  '>=': '$gte',
  '<': '$lt',
  '<=': '$lte',
  in: '$in',
  'not in': '$nin',
  contains: '$contains',
}

type WireObject = { [key: string]: WireValue }
type Scalar = string | number | boolean

const toWire = (value: ScalarValue): Scalar => (typeof value === 'object' ? isoString(value.time) : value)
const list = (node: CompareNode): Scalar[] =>
  Array.isArray(node.value) ? node.value.map(toWire) : [toWire(node.value as ScalarValue)]

/**
 * Encodes conditions ANDed together as the service's `filter` object.
 *
 * @throws {@link QueryError} when the OR groups would write more than {@link maxOrBranches} branches.
 * @internal
 */
export function encodeFilter(nodes: readonly FilterNode[]): WireFilter {
  checkOr('where(callback)', countOr(nodes))
  return encodeAnd(nodes)
}

function encodeAnd(nodes: readonly FilterNode[]): WireFilter {
  // The common case, conditions on distinct fields with no group: each field's one condition.
  const plain: WireObject = {}
  for (const node of nodes) {
    if (node.kind !== 'compare' || Object.hasOwn(plain, node.field)) return encodeGrouped(nodes)
    plain[node.field] = encodeOne(node)
  }
  return plain
}

// Conditions with groups or several on one field: collected per field, then merged.
function encodeGrouped(nodes: readonly FilterNode[]): WireFilter {
  const fields = new Map<string, CompareNode[]>()
  const orGroups: FilterNode[][] = []
  collect(nodes, fields, orGroups)
  let filter: WireObject = {}
  fields.forEach((conditions, field) => {
    filter[field] = encodeField(field, conditions)
  })
  // Each further OR group is distributed over the branches of the ones before (bounded by encodeFilter).
  for (const items of orGroups)
    filter = withOr(
      filter,
      items.map((item) => encodeAnd([item]) as WireObject),
    )
  return filter
}

function collect(nodes: readonly FilterNode[], fields: Map<string, CompareNode[]>, orGroups: FilterNode[][]): void {
  for (const node of nodes) {
    switch (node.kind) {
      case 'compare': {
        const conditions = fields.get(node.field)
        if (conditions) conditions.push(node)
        else fields.set(node.field, [node])
        break
      }
      case 'and':
        collect(node.items, fields, orGroups)
        break
      case 'or': {
        const items = flattenOr(node.items)
        const asIn = equalitiesAsIn(items)
        if (asIn) collect([asIn], fields, orGroups)
        else if (items.length === 1) collect(items, fields, orGroups)
        else orGroups.push(items)
        break
      }
      default:
        node satisfies never
    }
  }
}

interface Bound {
  readonly op: Operator
  readonly value: Scalar
}

// The shape of `isoString`'s output, whose texts sort as the times they name.
const utcTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/
// A date given as text of another shape: the same time can be written in several ways.
const inexact = (value: Scalar): boolean =>
  typeof value === 'string' && /^\d{4}-\d\d-\d\d/.test(value) && !utcTime.test(value)
const comparable = (a: Scalar, b: Scalar): boolean =>
  (typeof a === 'number' && typeof b === 'number') ||
  (typeof a === 'string' && typeof b === 'string' && utcTime.test(a) && utcTime.test(b))

// The tighter of two bounds on one side (`lower`: > and >=; else < and <=), or undefined when the
// two cannot be compared exactly (different types, or date texts of other shapes, which need not
// sort as the times they name).
function tighter(a: Bound, b: Bound, lower: boolean): Bound | undefined {
  if (a.value === b.value) return a.op.length === 1 ? a : b
  if (!comparable(a.value, b.value)) return undefined
  return a.value > b.value === lower ? a : b
}

// A field's one condition.
function encodeOne(only: CompareNode): WireValue {
  if (only.op === '=') return toWire(only.value as ScalarValue)
  const wire: WireObject = {}
  wire[dollar[only.op]] = Array.isArray(only.value) ? list(only) : toWire(only.value as ScalarValue)
  return wire
}

function encodeField(field: string, conditions: readonly CompareNode[]): WireValue {
  const only = conditions.length === 1 ? conditions[0] : undefined
  if (only) return encodeOne(only)
  const refuse = (reason: string): never => {
    throw new QueryError(`where("${field}"): ${reason}`, field)
  }
  let equal: Scalar[] | undefined
  const unequal: Scalar[] = []
  let lower: Bound | undefined
  let upper: Bound | undefined
  let contains: string | undefined
  for (const condition of conditions) {
    const { op } = condition
    const values = list(condition)
    if (op === '=' || op === 'in') {
      if (
        equal &&
        [...equal, ...values].some(inexact) &&
        (equal.length !== values.length || equal.some((v) => !values.includes(v)))
      ) {
        refuse('two different "=" or "in" conditions on dates given as text cannot be intersected exactly; merge them')
      }
      equal = equal ? equal.filter((v) => values.includes(v)) : [...new Set(values)]
    } else if (op === '!=' || op === 'not in')
      for (const value of values) !unequal.includes(value) && unequal.push(value)
    else if (op === 'contains') {
      if (contains !== undefined && contains !== values[0])
        refuse('two different "contains" conditions cannot both be sent; combine them')
      contains = values[0] as string
    } else {
      const bound = { op, value: values[0] as Scalar }
      const isLower = op[0] === '>'
      const current = isLower ? lower : upper
      const next = current ? tighter(current, bound, isLower) : bound
      if (!next)
        refuse(`two ${isLower ? 'lower' : 'upper'} bounds that cannot be compared exactly; keep the tighter one`)
      if (isLower) lower = next
      else upper = next
    }
  }
  if (equal?.length === 0) refuse('its "=" and "in" conditions can never all hold')
  const wire: WireObject = {}
  if (equal) wire.$in = equal
  if (unequal.length > 0)
    wire[unequal.length === 1 ? dollar['!='] : dollar['not in']] =
      unequal.length === 1 ? (unequal[0] as Scalar) : unequal
  if (lower) wire[dollar[lower.op as '>']] = lower.value
  if (upper) wire[dollar[upper.op as '<']] = upper.value
  if (contains !== undefined) wire[dollar.contains] = contains
  const keys = Object.keys(wire)
  return keys.length === 1 && equal?.length === 1 ? (equal[0] as Scalar) : wire
}

const flattenOr = (items: readonly FilterNode[]): FilterNode[] =>
  items.flatMap((item) => (item.kind === 'or' ? flattenOr(item.items) : [item]))

// An OR of equalities on one field is that field `in` the values: the service's native form.
function equalitiesAsIn(items: readonly FilterNode[]): CompareNode | undefined {
  const first = items[0]
  if (first?.kind !== 'compare') return undefined
  const values: ScalarValue[] = []
  const seen = new Set<Scalar>()
  for (const item of items) {
    if (item.kind !== 'compare' || item.field !== first.field || (item.op !== '=' && item.op !== 'in')) return undefined
    for (const value of item.op === 'in' ? (item.value as readonly ScalarValue[]) : [item.value as ScalarValue]) {
      const key = toWire(value)
      if (!seen.has(key)) values.push(value)
      seen.add(key)
    }
  }
  return values.length === 1
    ? { kind: 'compare', field: first.field, op: '=', value: values[0] as ScalarValue }
    : { kind: 'compare', field: first.field, op: 'in', value: values }
}

// ANDs an OR group into a filter that may already hold one: the service takes one OR key per
// object, so a second group is distributed over the first one's branches.
function withOr(filter: WireObject, branches: readonly WireObject[]): WireObject {
  const existing = filter[orKey] as readonly WireObject[] | undefined
  if (existing === undefined) return { ...filter, [orKey]: branches }
  return { ...filter, [orKey]: existing.map((branch) => withOr(branch, branches)) }
}
