// The request protocol: every operation compiles to one request description plus the decoder of
// its answer, and the client core sends any of them the same way.
import type { ApiError } from '../errors/api-error.js'
import type { Answer } from '../wire/read-answer.js'

export type { Answer } from '../wire/read-answer.js'

/**
 * An HTTP method the service's endpoints take.
 *
 * @example
 * ```ts
 * const method: HttpMethod = contacts().compile().method // 'POST'
 * ```
 * @category Operations
 */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE'

/**
 * One request, described completely: what to send, whether it is safe to send again, and how to
 * read its answer. `client.execute` sends any of them through the same retry, timeout, abort,
 * rate limit, hooks and redaction.
 *
 * @typeParam T - What the answer decodes to.
 * @example
 * ```ts
 * const request = contacts().where('companyId', 15).compile()
 * request.method // 'POST'
 * request.path // '/v1/contacts/search'
 * request.body // { filter: { companyId: 15 } }
 * request.idempotent // true
 * ```
 * @category Operations
 */
export interface CompiledRequest<T> {
  /** The HTTP method. */
  readonly method: HttpMethod
  /** The path from the host, e.g. `/v1/contacts/search`. */
  readonly path: string
  /** Query parameters, when the endpoint takes any. */
  readonly query?: Readonly<Record<string, string>> | undefined
  /** The JSON body, when the endpoint takes one. */
  readonly body?: unknown
  /**
   * Whether sending it twice is harmless (reads, deletes, plain updates). A request that is not
   * (a create) is retried only when the service refused it before acting on it.
   */
  readonly idempotent: boolean
  /** Reads a successful answer; throws `ResponseError` on a shape the docs do not show. */
  readonly decode: (answer: Answer) => T
  /**
   * Reads a refused answer when the operation still has something to say (a batch whose every call
   * was invalid lists them); `undefined` lets the refusal be thrown.
   */
  readonly decodeRefusal?: ((error: ApiError, answer: Answer) => T | undefined) | undefined
}

/**
 * An operation that takes several requests (a bulk write of more than 500 records): its parts, sent
 * one after another, and how their outcomes make its answer. A part that fails does not stop the
 * others; `combine` sees every outcome.
 *
 * @typeParam T - What the answer decodes to.
 * @example
 * ```ts
 * const plan = deals.deleteMany([1, 2, 3]).compile() // one part: POST /v1/deals/batch
 * ```
 * @category Operations
 */
export interface CompiledPlan<T> {
  /** The requests, sent one after another. */
  readonly parts: readonly CompiledRequest<unknown>[]
  /** Makes the answer from every part's outcome, in order. */
  readonly combine: (outcomes: readonly PartOutcome[]) => T
}

/**
 * How one part of a {@link CompiledPlan} ended.
 *
 * @example
 * ```ts
 * const outcome: PartOutcome = { status: 'fulfilled', value: [] }
 * ```
 * @category Operations
 */
export type PartOutcome =
  | {
      /** The part succeeded. */
      readonly status: 'fulfilled'
      /** Its decoded answer. */
      readonly value: unknown
    }
  | {
      /** The part failed, after its retries. */
      readonly status: 'rejected'
      /** Why. */
      readonly error: Error
    }

/**
 * Tells a plan from a single request.
 *
 * @internal
 */
export const isPlan = <T>(compiled: CompiledRequest<T> | CompiledPlan<T>): compiled is CompiledPlan<T> =>
  'parts' in compiled

declare const resultType: unique symbol
declare const batchable: unique symbol

/**
 * Anything `client.execute` sends: a value that compiles to a {@link CompiledRequest}. Search
 * queries, counts and every other operation of the library are operations.
 *
 * @typeParam T - What executing it returns.
 * @example
 * ```ts
 * const op: Operation<number> = contacts().where('companyId', 15).count()
 * ```
 * @category Operations
 */
export interface Operation<T> {
  /** Type-level only: what executing the operation returns. */
  readonly [resultType]?: T
  /** Type-level only: `true` when the operation has a form inside `POST /v1/batch`, `false` when not. */
  readonly [batchable]?: boolean
  /**
   * The request this operation sends (or, for the few that take several, its plan); a fresh object
   * each call.
   *
   * @example
   * ```ts
   * contacts().where('companyId', 15).compile()
   * ```
   */
  compile(): CompiledRequest<T> | CompiledPlan<T>
}

/**
 * An operation that also has a form inside `POST /v1/batch` (search, get, fields and writes);
 * the batch call is read from its request. Aggregates have none: they are typed
 * {@link UnbatchableOperation}, which `batch` refuses at compile time.
 *
 * @example
 * ```ts
 * const call: BatchableOperation<unknown[]> = contacts().limit(5)
 * ```
 * @category Operations
 */
export interface BatchableOperation<T> extends Operation<T> {
  readonly [batchable]?: true
  /**
   * The one request this operation sends.
   *
   * @example
   * ```ts
   * contacts().limit(5).compile().path // '/v1/contacts/search'
   * ```
   */
  compile(): CompiledRequest<T>
}

/**
 * An operation with no form inside `POST /v1/batch`, such as a count.
 *
 * @example
 * ```ts
 * const count: UnbatchableOperation<number> = contacts().count()
 * ```
 * @category Operations
 */
export interface UnbatchableOperation<T> extends Operation<T> {
  readonly [batchable]?: false
}

/**
 * What executing an operation returns.
 *
 * @example
 * ```ts
 * const count = contacts().count()
 * type N = InferResult<typeof count> // number
 * ```
 * @category Operations
 */
export type InferResult<O> = O extends {
  /** The phantom result type every operation carries. */
  readonly [resultType]?: infer T
}
  ? T
  : never

/**
 * Wraps an already compiled request as an operation, for helpers that compile their own requests
 * (a page of a walk, a chunk of a batch).
 *
 * @internal
 */
export const operationOf = <T>(request: CompiledRequest<T> | CompiledPlan<T>): Operation<T> => ({
  compile: () => request,
})
