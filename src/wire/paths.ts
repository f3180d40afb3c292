/**
 * The path of an entity's endpoint: `/v1/{entity}` plus, when given, one more segment.
 *
 * @internal
 */
export const entityPath = (entity: string, action?: string | number): string =>
  action === undefined ? `/v1/${entity}` : `/v1/${entity}/${action}`

/** The path of `POST /v1/batch`. @internal */
export const batchPath = '/v1/batch'

/**
 * A path with its query parameters appended (`?include=contact,company`), or the path alone.
 *
 * @internal
 */
export const withQuery = (path: string, query: Readonly<Record<string, string>> | undefined): string =>
  query && Object.keys(query).length > 0 ? `${path}?${new URLSearchParams(query as Record<string, string>)}` : path
