import type { Answer, CompiledRequest } from './operation.js'
import { batchPath } from '../wire/paths.js'
import { encodeBatchBody, splitBatchAnswer, type BatchCall } from '../wire/batch-body.js'
import { ResponseError } from '../errors/response-error.js'

const fail = ({ status, method, path }: Answer): never => {
  throw new ResponseError('with `data` that has neither `results` nor `errors`', { status, method, path })
}

/**
 * How one call of a batch ended, in the shape of `Promise.allSettled`.
 *
 * @typeParam T - What the call returns (rows for a search).
 * @example
 * ```ts
 * const outcome: BatchOutcome<{ id: number }[]> = { status: 'fulfilled', value: [{ id: 1 }] }
 * if (outcome.status === 'fulfilled') console.log(outcome.value.length)
 * ```
 * @category Client
 */
export type BatchOutcome<T> =
  | {
      /** It succeeded. */
      readonly status: 'fulfilled'
      /** Its answer. */
      readonly value: T
    }
  | {
      /** It failed. */
      readonly status: 'rejected'
      /** Why. */
      readonly error: Error
    }

type Member = readonly [id: string, request: CompiledRequest<unknown>, call: BatchCall]

/**
 * The request of one `POST /v1/batch` (at most 50 calls), answered with each call's outcome.
 * Idempotent when every call is.
 *
 * @internal
 */
export function compileBatch(members: readonly Member[]): CompiledRequest<Map<string, BatchOutcome<unknown>>> {
  const ids = members.map(([id]) => id)
  const read = (answer: Answer): Map<string, BatchOutcome<unknown>> | undefined => {
    const split = splitBatchAnswer(answer, ids)
    if (!split) return undefined
    const outcomes = new Map<string, BatchOutcome<unknown>>()
    for (const [id, request] of members) {
      const one = split.get(id) as Answer | Error
      try {
        if (one instanceof Error) throw one
        outcomes.set(id, { status: 'fulfilled', value: request.decode(one) })
      } catch (error) {
        outcomes.set(id, { status: 'rejected', error: error as Error })
      }
    }
    return outcomes
  }
  return {
    method: 'POST',
    path: batchPath,
    body: encodeBatchBody(members.map(([id, , call]) => [id, call])),
    idempotent: members.every(([, request]) => request.idempotent),
    decode: (answer) => read(answer) ?? fail(answer),
    // Every call invalid: the service refuses the batch but lists each call's error in `data.errors`.
    decodeRefusal: (_error, answer) => read(answer),
  }
}
