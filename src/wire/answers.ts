// Decoders of the `data` and `meta` of successful answers, one per documented shape.
import { ResponseError } from '../errors/response-error.js'
import { isJsonObject } from './json.js'
import type { Answer } from './read-answer.js'

const where = ({ status, method, path }: Answer) => ({ status, method, path })

/**
 * The rows of a search or list answer: `data` is an array.
 *
 * @internal
 */
export function rowsOf(answer: Answer): unknown[] {
  if (!Array.isArray(answer.data)) throw new ResponseError('with `data` that is not an array', where(answer))
  if (!answer.data.every(isJsonObject)) throw new ResponseError('with a row that is not a record', where(answer))
  if ((answer.meta as { includeSkipped?: unknown } | null | undefined)?.includeSkipped === true) {
    throw new ResponseError('with `meta.includeSkipped`: the rows came without the relations asked for', where(answer))
  }
  return answer.data
}

/**
 * One page of rows and whether the service says more follow (`meta.hasMore`, when it sends it).
 * `meta.total` is not read: it has been seen as 0 while rows came back.
 *
 * @internal
 */
export function pageOf(answer: Answer): { rows: unknown[]; hasMore: boolean | undefined; status: number } {
  const meta = answer.meta as { hasMore?: unknown } | null | undefined
  const hasMore = typeof meta?.hasMore === 'boolean' ? meta.hasMore : undefined
  return { rows: rowsOf(answer), hasMore, status: answer.status }
}

/**
 * The number of an aggregate answer without functions: `data.count`.
 *
 * @internal
 */
export function countOf(answer: Answer): number {
  const count = (answer.data as { count?: unknown } | null | undefined)?.count
  if (!Number.isSafeInteger(count) || (count as number) < 0) {
    throw new ResponseError('with `data.count` that is not a whole number from 0', where(answer))
  }
  return count as number
}

const upperSnake = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/
// UPPER keys whose camelCase name VibeCode does not derive by rule (users: UF_DEPARTMENT is departmentId).
const renamed: Readonly<Record<string, string>> = { UF_DEPARTMENT: 'departmentId' }
const camel = (key: string): string => key.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())

/**
 * The record of a get answer: `data` is the row. Users answer an array holding it, and inside a
 * batch with UPPER_CASE keys (`{ ID, NAME, LAST_NAME }`): both are documented quirks, read into
 * the row every other entity answers (`{ id, name, lastName }`).
 *
 * @internal
 */
export function recordOf(answer: Answer): Record<string, unknown> {
  let row = answer.data
  if (Array.isArray(row)) {
    if (row.length !== 1)
      throw new ResponseError(`with \`data\` an array of ${row.length} records, not one`, where(answer))
    row = row[0]
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    throw new ResponseError('with `data` that is not a record', where(answer))
  }
  const keys = Object.keys(row)
  if (keys.length === 0 || !keys.every((key) => upperSnake.test(key))) return row as Record<string, unknown>
  const record = Object.fromEntries(
    keys.map((key) => [renamed[key] ?? camel(key), (row as Record<string, unknown>)[key]]),
  )
  // The UPPER form writes ids as text ("ID": "1"); every other answer, and the row type, has numbers.
  if (typeof record.id === 'string' && /^\d+$/.test(record.id)) record.id = Number(record.id)
  return record
}
