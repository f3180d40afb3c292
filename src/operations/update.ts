import { parseId, parseWrite } from '../parse/parse.js'
import { entityPath } from '../wire/paths.js'
import { multifields } from '../wire/write-body.js'
import type { BatchableOperation } from './operation.js'

/**
 * Updating a record: `PATCH /v1/{entity}/{id}` with the fields to change. Retried like a read
 * unless it sets a phone, email or other multifield: the service appends those, so a repeated
 * request would add the values twice, and such an update is sent once. A batch call (`update`) too.
 *
 * @example
 * ```ts
 * await client.execute(deals.update(42, { stageId: 'WON' }))
 * deals.update(42, { stageId: 'WON' }).compile().idempotent // true
 * contacts.update(7, { phone: '+15551234' }).compile().idempotent // false
 * ```
 * @category Writes
 */
export interface UpdateOperation extends BatchableOperation<void> {
  /**
   * The JSON body sent.
   *
   * @example
   * ```ts
   * deals.update(42, { stageId: 'WON' }).toBody() // { stageId: 'WON' }
   * ```
   */
  toBody(): Record<string, unknown>
}

/**
 * Makes an update operation.
 *
 * @internal
 */
export function updateOperation(entity: string, id: unknown, patch: unknown): UpdateOperation {
  const call = `${entity}.update`
  const path = entityPath(entity, parseId(call, id))
  const body = parseWrite(call, patch)
  const idempotent = !Object.keys(body).some((field) => multifields.has(field))
  return Object.freeze({
    compile: () =>
      ({ method: 'PATCH', path, body: structuredClone(body), idempotent, decode: () => undefined }) as const,
    toBody: () => structuredClone(body),
  })
}
