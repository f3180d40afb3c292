import type { Client } from '../client/client.js'
import type { ExecuteOptions } from '../core/client-options.js'
import { BatchError } from '../errors/batch-error.js'
import type { InferResult } from '../operations/operation.js'
import { settle, type BatchCalls } from './batch-settled.js'

/**
 * Runs many operations through `POST /v1/batch` (50 calls a request, chunked) and returns each
 * one's answer by key, typed per key. If any call fails it throws {@link BatchError}, which keeps
 * the answers of the calls that succeeded; {@link batchSettled} returns every outcome instead.
 *
 * @typeParam T - The calls, inferred; they type each answer.
 * @param client - The client that sends the requests.
 * @param calls - Operations by key (ids of 1 to 64 characters).
 * @param options - `signal` to cancel.
 * @returns Each key's answer: rows for a search.
 * @throws {@link BatchError} when one or more calls failed.
 * @throws {@link QueryError} when a key or an operation is invalid (nothing is sent).
 * @example
 * ```ts
 * const { clients, won } = await batch(client, {
 *   clients: contacts().where('typeId', 'CLIENT').select('id', 'name'),
 *   won: deals().where('stageId', 'WON').select('id', 'amount'),
 * })
 * // clients: { id: number; name: string | null }[]
 * ```
 * @category Client
 */
export async function batch<T extends BatchCalls>(
  client: Client,
  calls: T,
  options?: ExecuteOptions,
): Promise<{ [K in keyof T]: InferResult<T[K]> }> {
  const outcomes = await settle('batch', client, calls, options)
  const results: Record<string, unknown> = {}
  const errors: Record<string, Error> = {}
  for (const [key, outcome] of Object.entries(outcomes)) {
    if (outcome.status === 'fulfilled') results[key] = outcome.value
    else errors[key] = outcome.error
  }
  if (Object.keys(errors).length > 0) throw new BatchError(results, errors)
  return results as { [K in keyof T]: InferResult<T[K]> }
}
