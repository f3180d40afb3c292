// Decoders of the `data` and `meta` of successful answers, one per documented shape.
import { ResponseError } from '../errors/response-error.js'
import type { Answer } from './read-answer.js'

const where = ({ status, method, path }: Answer) => ({ status, method, path })

/**
 * The rows of a search or list answer: `data` is an array.
 *
 * @internal
 */
export function rowsOf(answer: Answer): unknown[] {
  if (!Array.isArray(answer.data)) throw new ResponseError('with `data` that is not an array', where(answer))
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
  if (typeof count !== 'number') throw new ResponseError('with `data.count` that is not a number', where(answer))
  return count
}
