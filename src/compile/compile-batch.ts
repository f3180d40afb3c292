import type { CompiledSearch } from './compile-search.js'
import type { SearchBody } from './search-body.js'

/**
 * One call of `POST /v1/batch`: a search, whose result the service keys by `id`.
 *
 * @internal
 */
export interface BatchCall {
  readonly id: string
  readonly entity: string
  readonly action: 'search'
  readonly params: SearchBody
}

/** The most calls one `POST /v1/batch` takes (documented). @internal */
export const maxBatchCalls = 50

/**
 * The request that runs up to {@link maxBatchCalls} searches in one `POST /v1/batch`.
 *
 * @internal
 */
export function compileBatch(
  searches: readonly (readonly [id: string, search: CompiledSearch<unknown>])[],
): { method: 'POST'; path: '/v1/batch'; body: { calls: BatchCall[] } } {
  const calls = searches.map(([id, { entity, body }]): BatchCall => ({ id, entity, action: 'search', params: body }))
  return { method: 'POST', path: '/v1/batch', body: { calls } }
}
