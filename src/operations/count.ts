import type { SearchNode } from '../node/search-node.js'
import { countOf } from '../wire/answers.js'
import { encodeFilter } from '../wire/encode-filter.js'
import { entityPath } from '../wire/paths.js'
import type { CompiledRequest, Operation } from './operation.js'

/**
 * Counting the records a query's filter matches: `POST /v1/{entity}/aggregate` with the filter and
 * no functions, answered with `data.count`. Made by a query's `count()`; not a batch call (the
 * service's batch has no aggregate action).
 *
 * @example
 * ```ts
 * const open: CountOperation = deals().where('closed', false).count()
 * open.toBody() // { filter: { closed: false } }
 * ```
 * @category Operations
 */
export interface CountOperation extends Operation<number> {
  /** The JSON body sent. */
  toBody(): { filter?: Record<string, unknown> }
  /** The same as {@link CountOperation.toBody}, for `JSON.stringify`. */
  toJSON(): { filter?: Record<string, unknown> }
}

/**
 * Makes the count operation of a search node.
 *
 * @internal
 */
export function countOperation(node: SearchNode): CountOperation {
  const toBody = () => (node.where.length > 0 ? { filter: encodeFilter(node.where) } : {})
  const compile = (): CompiledRequest<number> => ({
    method: 'POST',
    path: entityPath(node.entity, 'aggregate'),
    body: toBody(),
    idempotent: true,
    decode: countOf,
  })
  return Object.freeze({ compile, toBody, toJSON: toBody })
}
