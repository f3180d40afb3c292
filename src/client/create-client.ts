import { NoResultError } from '../errors/no-result-error.js'
import { VibeCodeError } from '../errors/vibecode-error.js'
import { createSend } from '../core/send.js'
import { isPlan, type CompiledPlan, type Operation, type PartOutcome } from '../operations/operation.js'
import type { AnyQuery, Client } from './client.js'
import type { ClientOptions, ExecuteOptions } from '../core/client-options.js'

const isOperation = (value: unknown): value is Operation<unknown> =>
  typeof (value as { compile?: unknown } | null)?.compile === 'function'

/**
 * Creates a client bound to one API key. Nothing is sent until an operation is executed.
 *
 * @param options - The API key, and optionally a session token, base URL, `fetch`, timeout, retry
 *   and rate-limit settings, and hooks; see {@link ClientOptions}.
 * @returns The client.
 * @throws {@link VibeCodeError} when a key or token is not visible ASCII, or a timeout, retry or
 *   rate-limit number is out of range (nothing is sent).
 * @example
 * ```ts
 * import { contacts, createClient } from 'vibecode-query'
 *
 * const client = createClient({ apiKey: process.env.VIBECODE_API_KEY! })
 * const rows = await client.execute(contacts().where('companyId', 15).select('id', 'name'))
 * ```
 * @category Client
 */
export function createClient(options: ClientOptions): Client {
  const send = createSend(options)

  const execute = (operation: Operation<unknown>, options?: ExecuteOptions): Promise<unknown> => {
    try {
      if (!isOperation(operation))
        throw new VibeCodeError('execute(): takes an operation, such as contacts() or contacts().count()')
      const compiled = operation.compile()
      return isPlan(compiled) ? runPlan(compiled, options) : send(compiled, options)
    } catch (error) {
      return Promise.reject(error)
    }
  }
  // The parts of a plan one after another; a failed part does not stop the others.
  const runPlan = async (plan: CompiledPlan<unknown>, options: ExecuteOptions | undefined): Promise<unknown> => {
    const outcomes: PartOutcome[] = []
    for (const part of plan.parts) {
      try {
        outcomes.push({ status: 'fulfilled', value: await send(part, options) })
      } catch (error) {
        if (options?.signal?.aborted) throw error
        outcomes.push({ status: 'rejected', error: error as Error })
      }
    }
    return plan.combine(outcomes)
  }
  const first = async (query: AnyQuery, options?: ExecuteOptions): Promise<unknown> => {
    if (typeof query?.toNode !== 'function')
      throw new VibeCodeError('executeTakeFirst(): takes a search query, such as contacts()')
    const rows = (await execute(query.toNode().limit === undefined ? query.limit(1) : query, options)) as unknown[]
    return rows[0]
  }

  return {
    execute,
    executeTakeFirst: first,
    async executeTakeFirstOrThrow(query, options) {
      const row = await first(query, options)
      if (row === undefined) throw new NoResultError({ entity: query.entity, ...query.compile() })
      return row
    },
  } as Client // Answers arrive as unknown JSON; their types are the operations' promise, applied here once.
}
