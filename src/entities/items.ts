import { show } from '../parse/parse.js'
import { defineEntity, everyOperation, type Entity } from '../builder/entity.js'
import { QueryError } from '../errors/query-error.js'
import type { ItemSchema } from '../schema/item.js'

// The entityTypeIds the service serves through a dedicated entity (USE_DEDICATED_ENTITY).
const dedicated: Readonly<Record<number, string>> = {
  1: 'leads',
  2: 'deals',
  3: 'contacts',
  4: 'companies',
  7: 'quotes',
  31: 'invoices',
}

/**
 * The items of one smart process, `/v1/items/{entityTypeId}` (in a batch: entity `items` with
 * `params.entityTypeId`). The ids of the CRM's own entities are refused, as the service refuses
 * them, with the entity to use instead.
 *
 * @param entityTypeId - The smart process's entity type id (`GET /v1/smart-processes`), e.g. 128.
 * @returns The entity.
 * @throws {@link QueryError} when `entityTypeId` is not a positive integer, or is one of the ids
 *   1, 2, 3, 4, 7, 31 that belong to leads, deals, contacts, companies, quotes and invoices.
 * @example
 * ```ts
 * import { items } from 'vibecode-query'
 *
 * items(128)().where('stageId', 'DT128_1:NEW').select('id', 'title')
 * // POST /v1/items/128/search { "filter": { "stageId": "DT128_1:NEW" }, "select": ["id", "title"] }
 * ```
 * @category Entities
 */
export function items(entityTypeId: number): Entity<ItemSchema> {
  if (!Number.isSafeInteger(entityTypeId) || entityTypeId < 1) {
    throw new QueryError(`items(${show(entityTypeId)}): takes a smart process's entityTypeId, a positive integer`)
  }
  const own = dedicated[entityTypeId]
  if (own) throw new QueryError(`items(${entityTypeId}): entityTypeId ${entityTypeId} is ${own}; use ${own}() instead`)
  return defineEntity<ItemSchema>(`items/${entityTypeId}`, everyOperation)
}
