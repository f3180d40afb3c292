import type { Client } from '../client/client.js'
import type { ExecuteOptions } from '../core/client-options.js'
import { QueryError } from '../errors/query-error.js'
import { compileBatch, type BatchOutcome } from '../operations/batch.js'
import { isPlan, operationOf, type BatchableOperation, type InferResult } from '../operations/operation.js'
import { batchCallOf, maxBatchCalls } from '../wire/batch-body.js'

/**
 * Operations to run in one batch, by key. Keys are the calls' ids: 1 to 64 characters.
 *
 * @example
 * ```ts
 * const calls: BatchCalls = { clients: contacts().where('typeId', 'CLIENT'), won: deals().where('stageId', 'WON').limit(10) }
 * ```
 * @category Client
 */
export type BatchCalls = Readonly<Record<string, BatchableOperation<unknown>>>

type Member = Parameters<typeof compileBatch>[0][number]

// Checks a batch's calls and compiles each one.
function compileCalls(name: string, client: Client, calls: BatchCalls): Member[] {
  if (typeof client?.execute !== 'function') throw new QueryError(`${name}(): takes a client from createClient() first`)
  if (typeof calls !== 'object' || calls === null || Array.isArray(calls) || Object.keys(calls).length === 0) {
    throw new QueryError(`${name}(): takes an object of operations, such as { a: contacts() }`)
  }
  return Object.entries(calls).map(([key, operation]) => {
    if (!key || key.length > 64 || key === '__proto__')
      throw new QueryError(`${name}(): the key "${key}" must have 1 to 64 characters (and not be __proto__)`)
    const compiled = typeof operation?.compile === 'function' ? operation.compile() : undefined
    const request = compiled && !isPlan(compiled) ? compiled : undefined
    const call = request && batchCallOf(request)
    if (!call)
      throw new QueryError(
        `${name}(): "${key}" must be an operation that has a batch form (a search, get, fields or write)`,
      )
    return [key, request, call] as Member
  })
}

/**
 * Runs many operations through `POST /v1/batch`, 50 calls a request (chunked in order), and
 * reports each call's own outcome in the shape of `Promise.allSettled`: one failing call, or one
 * failing request, never loses the others' answers. A call the service refused carries its `code`
 * (an {@link ApiError}); a request that failed as a whole (after its retries) rejects every call it
 * carried with that error.
 *
 * @typeParam T - The calls, inferred; they type each outcome.
 * @param client - The client that sends the requests.
 * @param calls - Operations by key, e.g. `{ clients: contacts().where('typeId', 'CLIENT') }`.
 * @param options - `signal` to cancel.
 * @returns Each key's outcome.
 * @throws {@link QueryError} when a key or an operation is invalid (nothing is sent).
 * @throws The signal's `reason` when `options.signal` aborts.
 * @example
 * ```ts
 * const outcomes = await batchSettled(client, { clients: contacts().where('typeId', 'CLIENT'), won: deals().where('stageId', 'WON') })
 * if (outcomes.won.status === 'rejected') console.error(outcomes.won.error.message)
 * else console.log(outcomes.won.value.length)
 * ```
 * @category Client
 */
export function batchSettled<T extends BatchCalls>(
  client: Client,
  calls: T,
  options?: ExecuteOptions,
): Promise<{ [K in keyof T]: BatchOutcome<InferResult<T[K]>> }> {
  return settle('batchSettled', client, calls, options) as Promise<{ [K in keyof T]: BatchOutcome<InferResult<T[K]>> }>
}

/**
 * Runs the calls, 50 a request, and settles each; `name` is the public function's, for messages.
 *
 * @internal
 */
export async function settle(
  name: string,
  client: Client,
  calls: BatchCalls,
  options: ExecuteOptions | undefined,
): Promise<Record<string, BatchOutcome<unknown>>> {
  const members = compileCalls(name, client, calls)
  const outcomes: Record<string, BatchOutcome<unknown>> = {}
  for (let start = 0; start < members.length; start += maxBatchCalls) {
    const chunk = members.slice(start, start + maxBatchCalls)
    try {
      const request = compileBatch(chunk)
      for (const [key, outcome] of await client.execute(operationOf(request), options)) outcomes[key] = outcome
    } catch (error) {
      if (options?.signal?.aborted) throw error
      for (const [key] of chunk) outcomes[key] = { status: 'rejected', error: error as Error }
    }
  }
  return outcomes
}
