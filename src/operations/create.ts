import { parseWrite } from '../parse/parse.js'
import { entityPath } from '../wire/paths.js'
import { createdOf } from '../wire/write-body.js'
import type { BatchableOperation } from './operation.js'

/**
 * What a create answers at the least: the new record's id.
 *
 * @example
 * ```ts
 * const created: CreatedRecord = { id: 7689 }
 * ```
 * @category Writes
 */
export interface CreatedRecord {
  /** The new record's id. */
  id: number
}

/**
 * Creating a record: `POST /v1/{entity}`, answered 201 with the record (at least its `id`). Never
 * retried once it may have reached the service (see `ExecuteOptions.idempotent`). A batch call
 * (`create`) as well.
 *
 * @typeParam Row - The entity's row.
 * @example
 * ```ts
 * const { id } = await client.execute(deals.create({ title: 'Big one', amount: 5000 }))
 * deals.create({ title: 'Big one' }).toBody() // { title: 'Big one' }
 * ```
 * @category Writes
 */
export interface CreateOperation<Row> extends BatchableOperation<CreatedRecord & Partial<Row>> {
  /**
   * The JSON body sent.
   *
   * @example
   * ```ts
   * contacts.create({ name: 'Ann', phone: [{ value: '+15551234', typeId: 'WORK' }] }).toBody()
   * ```
   */
  toBody(): Record<string, unknown>
}

/**
 * Makes a create operation.
 *
 * @internal
 */
export function createOperation<Row>(entity: string, input: unknown): CreateOperation<Row> {
  const body = parseWrite(`${entity}.create`, input)
  return Object.freeze({
    compile: () =>
      ({
        method: 'POST',
        path: entityPath(entity),
        body: structuredClone(body),
        idempotent: false,
        decode: createdOf,
      }) as const,
    toBody: () => structuredClone(body),
  }) as unknown as CreateOperation<Row>
}
