/**
 * Reads the bracket query string of `GET /v1/{entity}` into the same parameters object a search
 * body carries, so both go through one validator. Values stay text here; the filter evaluator
 * coerces them to each field's type (`filter[companyId]=15` is the number 15).
 *
 * Forms read (the docs show `filter[field]=value`, `filter[$gte][amount]=1000`, `order[field]=dir`,
 * `sort=-createdAt`, `select=a,b`, `limit`, `offset`; the rest is our choice):
 * - `filter[companyId]=15` (exact), `filter[>=amount]=5` (prefix; best URL-encoded as
 *   `filter%5B%3E%3Damount%5D=5`, but an unencoded `=` inside the brackets is also understood),
 *   `filter[amount][$gte]=5` (`$` operator), `filter[amount][>=]=5` (operator key);
 * - lists for `$in` and `$nin`: `filter[stageId][$in][]=NEW&filter[stageId][$in][]=WON` or indexed
 *   `filter[stageId][$in][0]=NEW&filter[stageId][$in][1]=WON` (a comma-separated string is *not* split);
 * - OR groups: `filter[$or][0][stageId]=NEW&filter[$or][1][amount][$gt]=100`;
 * - `order[lastName]=asc&order[id]=desc` (parameter order = priority), or `sort=lastName,-id`;
 * - `select=id,name` (comma-separated) or `select[]=id&select[]=name`;
 * - `limit=10&offset=20`.
 * A repeated scalar key, a key used both as a value and as a container, a malformed bracket key, or
 * a key of more than `MAX_NESTING` (64) segments (`filter[a]` is 2) answers 400 `VALIDATION_ERROR`.
 *
 * @module
 */
import { fail } from './error-codes.js'
import { MAX_NESTING } from './params.js'

type Node = { kind: 'leaf'; value: string } | { kind: 'branch'; children: Map<string, Node>; pushes: boolean }

const KEY = /^([^[\]]+)((?:\[[^[\]]*\])*)$/

function invalid(message: string): Error {
  return fail('VALIDATION_ERROR', message)
}

/**
 * Parses URL search parameters with bracket keys into a nested object; `select` given as one
 * comma-separated value becomes an array.
 *
 * @param search - the URL's search parameters
 * @returns the parameters object, e.g. `{ filter: { companyId: '15' }, order: { lastName: 'asc' }, limit: '10' }`
 * @example
 * ```ts
 * parseBracketQuery(new URLSearchParams('filter[amount][$gte]=5&select=id,title'))
 * // { filter: { amount: { $gte: '5' } }, select: ['id', 'title'] }
 * ```
 * @category Testing
 */
export function parseBracketQuery(search: URLSearchParams): Record<string, unknown> {
  const root: Node = { kind: 'branch', children: new Map(), pushes: false }
  for (const pair of search) {
    const [rawKey, value] = rejoin(pair)
    const m = KEY.exec(rawKey)
    if (!m) throw invalid(`Malformed query parameter '${rawKey}'`)
    const segments = [m[1] ?? '', ...[...(m[2] ?? '').matchAll(/\[([^[\]]*)\]/g)].map((s) => s[1] ?? '')]
    if (segments.length > MAX_NESTING) {
      const shown = rawKey.length > 40 ? `${rawKey.slice(0, 40)}…` : rawKey
      throw invalid(`Query parameter '${shown}' nests ${segments.length} levels; at most ${MAX_NESTING} are allowed`)
    }
    insert(root, segments, value, rawKey)
  }
  const out = toPlain(root) as Record<string, unknown>
  const select = out['select']
  if (typeof select === 'string') {
    out['select'] = select
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '')
  }
  return out
}

/**
 * An unencoded `=` inside brackets (`filter[>=amount]=5`, typed in a shell) splits the pair too early
 * (`filter[>` / `amount]=5`); put it back together.
 */
function rejoin([key, value]: [string, string]): [string, string] {
  if (!/\[[^\]]*$/.test(key)) return [key, value]
  const m = /^([^=[]*\[[^\]]*\](?:\[[^\]]*\])*)=(.*)$/s.exec(`${key}=${value}`)
  return m ? [m[1] ?? key, m[2] ?? value] : [key, value]
}

function insert(root: Node, segments: readonly string[], value: string, rawKey: string): void {
  let node = root
  for (let i = 0; i < segments.length; i++) {
    if (node.kind !== 'branch') throw invalid(`Query parameter '${rawKey}' conflicts with another`)
    let segment = segments[i] ?? ''
    if (segment === '') {
      segment = String(node.children.size)
      node.pushes = true
    }
    const last = i === segments.length - 1
    const existing = node.children.get(segment)
    if (last) {
      if (existing !== undefined) throw invalid(`Query parameter '${rawKey}' is given more than once or conflicts`)
      node.children.set(segment, { kind: 'leaf', value })
      return
    }
    if (existing === undefined) {
      const child: Node = { kind: 'branch', children: new Map(), pushes: false }
      node.children.set(segment, child)
      node = child
    } else {
      node = existing
    }
  }
}

function toPlain(node: Node): unknown {
  if (node.kind === 'leaf') return node.value
  const keys = [...node.children.keys()]
  const indexed = keys.length > 0 && keys.every((k) => /^(0|[1-9]\d*)$/.test(k))
  if (node.pushes || indexed) {
    if (!indexed) throw invalid('A query parameter mixes list items and named keys')
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((k) => toPlain(node.children.get(String(k)) as Node))
  }
  return Object.fromEntries(keys.map((k) => [k, toPlain(node.children.get(k) as Node)]))
}
