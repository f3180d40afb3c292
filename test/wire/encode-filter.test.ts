// The encoder's own bound on OR groups, whatever made the nodes: it never writes more than
// maxOrBranches `$or` branches, and its count mirrors what it writes.
import { describe, expect, it } from 'vitest'
import type { FilterNode } from '../../src/node/filter-node.js'
import { countOr, encodeFilter, maxOrBranches } from '../../src/wire/encode-filter.js'
import { QueryError } from '../../src/errors/query-error.js'

const eq = (field: string, value: number): FilterNode => ({ kind: 'compare', field, op: '=', value })
const pair = (i: number): FilterNode => ({ kind: 'or', items: [eq('a', i), eq('b', i)] })
const branches = (value: unknown): number =>
  Array.isArray(value)
    ? value.reduce((sum: number, item) => sum + branches(item), 0)
    : typeof value === 'object' && value !== null
      ? Object.entries(value).reduce(
          (sum, [key, item]) => sum + (key === '$or' ? (item as unknown[]).length : 0) + branches(item),
          0,
        )
      : 0

describe('encodeFilter and OR groups', () => {
  it('writes exactly the branches countOr counts', () => {
    const nodes = [
      pair(1),
      { kind: 'and', items: [eq('c', 1), pair(2)] },
      { kind: 'or', items: [pair(3), eq('d', 1), { kind: 'and', items: [pair(4), pair(5)] }] },
    ] as FilterNode[]
    const count = countOr(nodes)
    expect(count).toEqual({ groups: 5, branches: branches(encodeFilter(nodes)), product: 16 })
    expect(count.branches).toBe(2 + 4 + 4 * (4 + 2 + 4))
  })

  it(`refuses nodes that would write more than ${maxOrBranches} branches, before writing any`, () => {
    const nodes = Array.from({ length: 12 }, (_, i) => pair(i))
    expect(() => encodeFilter(nodes)).toThrow(QueryError)
    expect(() => encodeFilter(nodes)).toThrow(
      /12 OR groups ANDed together would be sent as 8190 \$or branches, more than 256/,
    )
  })
})
