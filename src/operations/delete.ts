import { parseId } from '../parse/parse.js'
import { entityPath } from '../wire/paths.js'
import type { BatchableOperation } from './operation.js'

/**
 * Deleting a record: `DELETE /v1/{entity}/{id}`, answered 204 with no body. Retried like a read
 * (deleting twice deletes once); a retry that finds the record already gone answers
 * `ENTITY_NOT_FOUND`. A batch call (`delete`) too.
 *
 * @example
 * ```ts
 * await client.execute(deals.delete(42))
 * ```
 * @category Writes
 */
export interface DeleteOperation extends BatchableOperation<void> {}

/**
 * Makes a delete operation.
 *
 * @internal
 */
export function deleteOperation(entity: string, id: unknown): DeleteOperation {
  const path = entityPath(entity, parseId(`${entity}.delete`, id))
  return Object.freeze({
    compile: () => ({ method: 'DELETE', path, idempotent: true, decode: () => undefined }) as const,
  })
}
