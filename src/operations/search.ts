import type { SearchNode } from '../node/search-node.js'
import { pageOf, rowsOf } from '../wire/answers.js'
import { entityPath } from '../wire/paths.js'
import { encodeSearchBody } from '../wire/search-body.js'
import type { CompiledRequest } from './operation.js'

/**
 * The request of a search: `POST /v1/{entity}/search`, answered with the rows.
 *
 * @internal
 */
export function compileSearch<Row>(node: SearchNode): CompiledRequest<Row[]> {
  const body = encodeSearchBody(node)
  return Object.freeze({
    method: 'POST',
    path: entityPath(node.entity, 'search'),
    body,
    idempotent: true,
    decode: rowsOf as (answer: unknown) => Row[],
  })
}

/**
 * The request of one page of a walk: the same search, answered with the rows and the service's
 * `meta.hasMore`.
 *
 * @internal
 */
export function compilePage(node: SearchNode): CompiledRequest<ReturnType<typeof pageOf>> {
  const { method, path, body, idempotent } = compileSearch(node)
  return { method, path, body, idempotent, decode: pageOf }
}
