import { QueryError } from '../errors/query-error.js'
import { guarded, parseId, parseWrite } from '../parse/parse.js'
import { bulkItemsOf, bulkSegment, maxBulkItems } from '../wire/bulk-body.js'
import { entityPath } from '../wire/paths.js'
import { multifields } from '../wire/write-body.js'
import type { BatchOutcome } from './batch.js'
import type { CreatedRecord } from './create.js'
import type { CompiledPlan, CompiledRequest, UnbatchableOperation } from './operation.js'

/**
 * What a bulk write answers: each record's outcome, in the order given, and how many succeeded and
 * failed. A request that failed as a whole fails each of its records with its error; the other
 * requests' outcomes stand.
 *
 * @typeParam T - What a record's success carries.
 * @example
 * ```ts
 * const { items, failed } = await client.execute(deals.createMany([{ title: 'a' }, { title: 'b' }]))
 * for (const item of items) if (item.status === 'rejected') console.error(item.error.message)
 * ```
 * @category Writes
 */
export interface BulkResult<T> {
  /** Each record's outcome, in the order given. */
  readonly items: readonly BatchOutcome<T>[]
  /** How many records succeeded. */
  readonly succeeded: number
  /** How many failed. */
  readonly failed: number
}

/**
 * A bulk write: `POST /v1/{entity}/batch` with `{ action, items | ids }`, 500 records a request,
 * as many requests as needed (sent one after another). Creates are never repeated once they may
 * have reached the service; deletes and plain updates are retried like reads.
 *
 * @typeParam T - What a record's success carries.
 * @example
 * ```ts
 * deals.deleteMany([1, 2, 3]).toBodies() // [{ action: 'delete', ids: [1, 2, 3] }]
 * ```
 * @category Writes
 */
export interface BulkOperation<T> extends UnbatchableOperation<BulkResult<T>> {
  /**
   * The JSON body of each request, 500 records each.
   *
   * @example
   * ```ts
   * deals.updateMany([{ id: 1, stageId: 'WON' }]).toBodies() // [{ action: 'update', items: [{ id: 1, stageId: 'WON' }] }]
   * ```
   */
  toBodies(): Record<string, unknown>[]
}

type Action = 'create' | 'update' | 'delete'

/**
 * Makes a bulk write of records already checked.
 *
 * @internal
 */
function bulkOperation<T>(
  entity: string,
  action: Action,
  records: readonly unknown[],
  idempotent: boolean,
  read: (value: Record<string, unknown>) => T,
): BulkOperation<T> {
  const path = entityPath(entity, bulkSegment)
  const chunks: (readonly unknown[])[] = []
  for (let start = 0; start < records.length; start += maxBulkItems)
    chunks.push(records.slice(start, start + maxBulkItems))
  const bodies = () =>
    chunks.map((chunk) =>
      action === 'delete' ? { action, ids: [...chunk] } : { action, items: structuredClone([...chunk]) },
    )
  const compile = (): CompiledPlan<BulkResult<T>> => ({
    parts: bodies().map(
      (body, index): CompiledRequest<unknown> => ({
        method: 'POST',
        path,
        body,
        idempotent,
        decode: (answer) => bulkItemsOf(answer, (chunks[index] as unknown[]).length, action),
      }),
    ),
    combine(outcomes) {
      const items: BatchOutcome<T>[] = []
      outcomes.forEach((outcome, index) => {
        const size = (chunks[index] as unknown[]).length
        if (outcome.status === 'rejected') {
          for (let i = 0; i < size; i++) items.push({ status: 'rejected', error: outcome.error })
          return
        }
        for (const item of outcome.value as ReturnType<typeof bulkItemsOf>) {
          items.push(item.status === 'fulfilled' ? { status: 'fulfilled', value: read(item.value) } : item)
        }
      })
      const succeeded = items.filter((item) => item.status === 'fulfilled').length
      return { items, succeeded, failed: items.length - succeeded }
    },
  })
  return Object.freeze({ compile, toBodies: bodies })
}

// The list read by index: neither a sparse array nor an overridden iterator changes what is sent.
const nonEmpty = (call: string, list: unknown): unknown[] =>
  guarded(call, () => {
    if (!Array.isArray(list) || list.length === 0) throw new QueryError(`${call}(): takes a non-empty array`)
    return Array.from({ length: list.length }, (_, index) => list[index] as unknown)
  })

/**
 * `createMany`: each item checked like a create.
 *
 * @internal
 */
export const createManyOperation = (entity: string, items: unknown): BulkOperation<CreatedRecord> => {
  const call = `${entity}.createMany`
  const records = nonEmpty(call, items).map((item, index) => parseWrite(`${call}[${index}]`, item))
  return bulkOperation(entity, 'create', records, false, (value) => ({ id: value.id as number }))
}

/**
 * `updateMany`: each item an id and the fields to change.
 *
 * @internal
 */
export const updateManyOperation = (entity: string, items: unknown): BulkOperation<void> => {
  const call = `${entity}.updateMany`
  const records = nonEmpty(call, items).map((item, index) =>
    guarded(`${call}[${index}]`, () => {
      const { id, ...fields } = (item ?? {}) as Record<string, unknown>
      return { id: parseId(`${call}[${index}]`, id), ...parseWrite(`${call}[${index}]`, fields) }
    }),
  )
  const idempotent = !records.some((record) => Object.keys(record).some((field) => multifields.has(field)))
  return bulkOperation(entity, 'update', records, idempotent, () => undefined)
}

/**
 * `deleteMany`: the ids.
 *
 * @internal
 */
export const deleteManyOperation = (entity: string, ids: unknown): BulkOperation<void> => {
  const call = `${entity}.deleteMany`
  const records = nonEmpty(call, ids).map((id, index) => parseId(`${call}[${index}]`, id))
  return bulkOperation(entity, 'delete', records, true, () => undefined)
}
