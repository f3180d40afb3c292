import { parseId, parseInclude } from '../parse/parse.js'
import type { EntitySchema, WithIncluded } from '../schema/entity-schema.js'
import { recordOf } from '../wire/answers.js'
import { entityPath } from '../wire/paths.js'
import { maxRelations } from '../wire/search-body.js'
import type { BatchableOperation, CompiledRequest } from './operation.js'

/**
 * Reading one record by id: `GET /v1/{entity}/{id}`, answered with the row (also a batch call,
 * `get`). A missing record rejects with an `ApiError` whose code is `ENTITY_NOT_FOUND` (404):
 * {@link isNotFound} tells it apart.
 *
 * @typeParam Row - The row it answers.
 * @typeParam E - The entity's schema (its relations).
 * @example
 * ```ts
 * const deal = await client.execute(deals.get(42))
 * deals.get(42).include('contact').compile().path // '/v1/deals/42'
 * ```
 * @category Operations
 */
export interface GetOperation<Row, E extends EntitySchema> extends BatchableOperation<Row> {
  /**
   * Loads related records with the row, under `_included` (`?include=a,b`; at most 3 relations).
   *
   * @typeParam K - The relations, inferred.
   * @param relations - Relation names of the entity.
   * @returns A new get operation whose row carries `_included`.
   * @throws {@link QueryError} for more than 3 relations or an invalid name.
   * @example
   * ```ts
   * const deal = await client.execute(deals.get(42).include('contact', 'company'))
   * deal._included.company?.title
   * ```
   */
  include<K extends keyof E['relations'] & string>(...relations: [K, ...K[]]): GetOperation<Row & WithIncluded<E, K>, E>
}

/**
 * Makes the get operation of a record.
 *
 * @internal
 */
export function getOperation<Row, E extends EntitySchema>(
  entity: string,
  id: unknown,
  include: readonly string[] = [],
): GetOperation<Row, E> {
  const path = entityPath(entity, parseId(`${entity}.get`, id))
  const compile = (): CompiledRequest<Row> => ({
    method: 'GET',
    path,
    query: include.length > 0 ? { include: include.join(',') } : undefined,
    idempotent: true,
    decode: recordOf as (answer: unknown) => Row,
  })
  return Object.freeze({
    compile,
    include: (...relations: unknown[]) => getOperation(entity, id, parseInclude(include, relations, maxRelations)),
  }) as unknown as GetOperation<Row, E>
}
