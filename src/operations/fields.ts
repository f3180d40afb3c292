import { entityPath } from '../wire/paths.js'
import { fieldsOf, type EntityFields } from '../wire/fields.js'
import type { BatchableOperation } from './operation.js'

/**
 * Reading an entity's field descriptions, custom fields included: `GET /v1/{entity}/fields`. A
 * batch call (`fields`) as well. `npx vibecode-query generate` types a portal from these.
 *
 * @example
 * ```ts
 * const { fields } = await client.execute(deals.fields())
 * fields.title?.type // 'string'
 * ```
 * @category Operations
 */
export interface FieldsOperation extends BatchableOperation<EntityFields> {}

/**
 * Makes the fields operation of an entity.
 *
 * @internal
 */
export function fieldsOperation(entity: string): FieldsOperation {
  return Object.freeze({
    compile: () => ({ method: 'GET', path: entityPath(entity, 'fields'), idempotent: true, decode: fieldsOf }) as const,
  })
}
