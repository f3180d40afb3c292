import { createSearchBuilder, type SearchBuilder } from '../builder/search-builder.js'
import type { Given } from '../builder/entity.js'
import { searchNode } from '../node/search-node.js'
import { parseEntity } from '../parse/parse.js'
import type { SchemaOf } from '../schema/entity-schema.js'

/**
 * Starts a search on any other `/v1/{entity}`, typed with a row type you supply. For an entity you
 * use often, {@link defineEntity} with a schema (or `npx vibecode-query generate`) gives it the
 * members of the built-in entities.
 *
 * @typeParam R - The entity's row type. Type date fields as `IsoDateTime` to get range operators.
 * @param name - The plural entity name of the path, e.g. `'calendar-events'`.
 * @returns An empty query on that entity.
 * @throws {@link QueryError} when `name` is not a plain path segment.
 * @example
 * ```ts
 * import { entity, type IsoDateTime } from 'vibecode-query'
 *
 * interface Folder { id: number; name: string; createdAt: IsoDateTime }
 * entity<Folder>('folders').where('name', 'contains', 'Reports').orderBy('createdAt')
 * // POST /v1/folders/search { "filter": { "name": { "$contains": "Reports" } }, "order": { "createdAt": "asc" } }
 * ```
 * @category Entities
 */
export function entity<R extends object>(name: string): SearchBuilder<Given<R>, never, SchemaOf<Given<R>>> {
  return createSearchBuilder(searchNode(parseEntity(name)))
}
