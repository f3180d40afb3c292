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
  readonly params: SearchBody & { entityTypeId?: number }
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
  const calls = searches.map(([id, { entity, body }]): BatchCall => {
    // A smart process's items (`items/128`) go as entity `items` with `entityTypeId` in `params`.
    const [, name = entity, typeId] = /^(.+)\/(\d+)$/.exec(entity) ?? []
    return { id, entity: name, action: 'search', params: typeId ? { ...body, entityTypeId: Number(typeId) } : body }
  })
  return { method: 'POST', path: '/v1/batch', body: { calls } }
}

/**
 * The result of call `id` in a batch answer's `data` (an object keyed by call id; the shape is our
 * reading, unconfirmed by the docs), or `undefined`.
 *
 * @internal
 */
export function batchResult(data: unknown, id: string): unknown {
  return typeof data === 'object' && data !== null && Object.hasOwn(data, id) ? (data as Record<string, unknown>)[id] : undefined
}
