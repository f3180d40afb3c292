// Runs many searches through POST /v1/batch, 50 calls a request, and reports each search's own
// outcome: a failing call (or a failing request) never loses the others' rows.
import type { Send } from '../executor/request.js'
import type { ExecuteOptions } from '../executor/client-options.js'
import { batchResult, compileBatch, maxBatchCalls } from '../compile/compile-batch.js'
import type { CompiledSearch } from '../compile/compile-search.js'
import { decodeEnvelope } from '../compile/decode-envelope.js'
import { QueryError } from '../errors/query-error.js'
import { ResponseError } from '../errors/response-error.js'

/**
 * The outcome of one search of a batch, shaped like the entries of `Promise.allSettled`.
 *
 * @typeParam Row - The search's row type.
 * @example
 * ```ts
 * const { clients } = await client.batchSettled({ clients: contacts().where('typeId', 'CLIENT').select('id', 'name') })
 * // clients: BatchOutcome<{ id: number; name: string | null }>
 * if (clients.status === 'fulfilled') console.log(clients.rows.length)
 * else console.error(clients.error.message)
 * ```
 * @category Batch
 */
export type BatchOutcome<Row> =
  | {
      /** The search succeeded. */
      readonly status: 'fulfilled'
      /** Its rows. */
      readonly rows: Row[]
    }
  | {
      /** The search failed, or its batch request did. */
      readonly status: 'rejected'
      /** Why: an {@link ApiError} from the call's own envelope, or the request's error. */
      readonly error: Error
    }

/** The queries of a batch by key: anything with `compile()`. */
type CompiledBatch = Record<string, { compile(): CompiledSearch<unknown> }>

const isQuery = (value: unknown): value is { compile(): CompiledSearch<unknown> } =>
  typeof (value as { compile?: unknown } | null)?.compile === 'function'

/**
 * Sends the searches and settles each one.
 *
 * @internal
 */
export async function runBatch(
  send: Send,
  queries: CompiledBatch,
  options: ExecuteOptions | undefined,
): Promise<Record<string, BatchOutcome<unknown>>> {
  const searches = Object.entries(queries ?? {}).map(([key, query]) => {
    if (!key || key.length > 64 || key === '__proto__' || !isQuery(query)) {
      throw new QueryError(`batch(): "${key}" must be a query, under a key of 1 to 64 characters (not __proto__)`)
    }
    return [key, query.compile()] as const
  })
  if (!searches.length || Array.isArray(queries)) throw new QueryError('batch(): takes an object of queries, such as { a: contacts() }')

  const outcomes: Record<string, BatchOutcome<unknown>> = {}
  for (let start = 0; start < searches.length; start += maxBatchCalls) {
    const chunk = searches.slice(start, start + maxBatchCalls)
    const request = compileBatch(chunk)
    let results: unknown
    let status: number
    try {
      ;({ status, data: results } = await send({ ...request, signal: options?.signal }))
    } catch (error) {
      if (options?.signal?.aborted) throw error
      for (const [key] of chunk) outcomes[key] = { status: 'rejected', error: error as Error }
      continue
    }
    for (const [key, { path }] of chunk) {
      outcomes[key] = settle(send, batchResult(results, key), { status, method: 'POST', path: `/v1/batch "${key}" (${path})` })
    }
  }
  return outcomes
}

function settle(send: Send, result: unknown, call: { status: number; method: string; path: string }): BatchOutcome<unknown> {
  try {
    const { data } = decodeEnvelope(result, call, undefined, send.redact)
    if (!Array.isArray(data)) throw new ResponseError('with a result whose `data` is not an array', call)
    return { status: 'fulfilled', rows: data }
  } catch (error) {
    return { status: 'rejected', error: error as Error }
  }
}
