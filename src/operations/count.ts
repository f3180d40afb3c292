import type { SearchNode } from '../node/search-node.js'
import { countOf } from '../wire/answers.js'
import { encodeFilter } from '../wire/encode-filter.js'
import type { SearchBody } from '../wire/search-body.js'
import { entityPath } from '../wire/paths.js'
import type { CompiledRequest, UnbatchableOperation } from './operation.js'

/**
 * Counting the records a query's filter matches: `POST /v1/{entity}/aggregate` with the filter and
 * no functions, answered with `data.count`. Made by a query's `count()`; not a batch call (the
 * service's batch has no aggregate action).
 *
 * @example
 * ```ts
 * const won: CountOperation = deals().where('stageId', 'WON').count()
 * won.toBody() // { filter: { stageId: 'WON' } }
 * ```
 * @category Operations
 */
export interface CountOperation extends UnbatchableOperation<number> {
  /**
   * The JSON body sent: the query's filter, when it has one.
   *
   * @example
   * ```ts
   * contacts().where('companyId', 15).count().toBody() // { filter: { companyId: 15 } }
   * ```
   */
  toBody(): Pick<SearchBody, 'filter'>
  /**
   * The same as {@link CountOperation.toBody}, so `JSON.stringify(count)` prints the body.
   *
   * @example
   * ```ts
   * JSON.stringify(contacts().count()) // '{}'
   * ```
   */
  toJSON(): Pick<SearchBody, 'filter'>
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
