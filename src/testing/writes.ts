/**
 * The write operations, shared by the HTTP routes and batch calls, and the bulk endpoint.
 *
 * As documented: create `POST /v1/{entity}` answers 201 with the whole new record (docs line 462,
 * 25391), or `{ id }` for currencies and deal pipelines; update `PATCH /v1/{entity}/{id}` the whole
 * changed record (27201), or `true` for statuses, currencies and deal pipelines; delete answers 204
 * with an empty body (25516); a missing record the entity's code (see `notFound`). Fields are
 * checked by `record-check.ts`. An operation the entity does not have, in bulk too, answers 400
 * `ACTION_NOT_SUPPORTED`. Bulk `POST /v1/{entity}/batch` takes
 * `{ action: "create" | "update" | "delete", items | ids }`, at most 500 (2386–2460), and answers an
 * array of per-item results marked with `success` (2394).
 *
 * As upstream Bitrix24 does (the VibeCode docs do not say; the library's retry rules rest on it): an
 * update appends the phones and e-mails it carries to the record's (`appendMultifields`).
 *
 * Choices of the emulator (unconfirmed): a create or update stamps the entity's creation and change
 * times (`createdAt`/`createdTime`/`createdDate`/`dateCreate`, `updatedAt`/`updatedTime`/
 * `changedDate`/`dateUpdate`, a user's `dateRegister`) with the emulator's clock; each bulk result is
 * `{ id, success: true }` or `{ id?, success: false, error: { code, message } }`; more than 500 items
 * answer 400 `BATCH_LIMIT_EXCEEDED`, the docs' code for bulk limits (1125); the bulk read actions the
 * limits page names (`list`, `get`, `fields` with `calls`, 2459) answer 501 `NOT_IMPLEMENTED`.
 *
 * @module
 */
import { isEmulatorError } from './emulator-error.js'
import { notFound, readId, requireOperation, type ActionContext, type ActionResult } from './entity-actions.js'
import { upperName } from './entity-tables.js'
import { errorBody } from './envelope.js'
import { fail, notImplemented } from './error-codes.js'
import { formatInstant } from './iso-date.js'
import { isPlainObject, readParams } from './params.js'
import { readRecord } from './record-check.js'
import type { EntityView } from './store.js'
import type { EmulatorRow } from './types.js'

/**
 * The most items one bulk request may hold (documented: 500).
 *
 * @example
 * ```ts
 * MAX_BULK_ITEMS // 500
 * ```
 * @category Limits
 */
export const MAX_BULK_ITEMS = 500

function stamp(ctx: ActionContext, view: EntityView, record: EmulatorRow, names: readonly string[]): EmulatorRow {
  const now = formatInstant(ctx.now(), ctx.offsetMinutes)
  for (const name of names) if (view.fields.has(name)) record[name] = now
  return record
}

function requireFields(view: EntityView, record: EmulatorRow): void {
  const table = view.builtIn
  if (table === undefined) return
  for (const [name, spec] of table.fields) {
    if (!spec.descriptor.isRequired) continue
    const value = record[name]
    if (value === undefined || value === null || value === '') {
      throw fail('BITRIX_ERROR', `${upperName(table, name)} is required`)
    }
  }
}

/**
 * `POST /v1/{entity}` (and batch `create`): stores a new record. Required fields must be given
 * (422 `BITRIX_ERROR` "NAME is required", as the deal pipelines page shows, line 24467); a currency's
 * code must be new (422 `BITRIX_ERROR` "Currency already exists", 23769).
 *
 * @param ctx - the context
 * @param view - the entity
 * @param body - the fields
 * @returns the record (or `{ id }` where the entity's page says so), status 201
 * @example
 * ```ts
 * createAction(ctx, findEntity(ctx, 'deals'), { title: 'Big one', amount: 5000 }).data // { id: 301, … }
 * ```
 * @category Testing
 */
export function createAction(ctx: ActionContext, view: EntityView, body: unknown): ActionResult {
  const table = view.builtIn
  const record = readRecord(view, body, 'create')
  requireFields(view, record)
  if (table?.ids === 'code' && ctx.store.get(view.name, String(record['id'])) !== undefined) {
    throw fail('BITRIX_ERROR', 'Currency already exists')
  }
  const times = table === undefined ? [] : [...table.stamps.created, ...table.stamps.updated]
  const stamped = stamp(ctx, view, record, times)
  const [created] = ctx.store.insert(view.name, [{ ...table?.constants, ...stamped }])
  const data = table?.answers.create === 'id' ? { id: created?.['id'] } : created
  return { data, status: 201 }
}

/**
 * `PATCH /v1/{entity}/{id}` (and batch `update`): changes the given fields of a record.
 *
 * @param ctx - the context
 * @param view - the entity
 * @param id - the record id
 * @param body - the fields to change
 * @returns the whole changed record, or `true` where the entity's page says so
 * @example
 * ```ts
 * updateAction(ctx, findEntity(ctx, 'deals'), 42, { stageId: 'WON' }).data
 * ```
 * @category Testing
 */
export function updateAction(ctx: ActionContext, view: EntityView, id: unknown, body: unknown): ActionResult {
  const key = readId(id, view)
  const record = readRecord(view, body, 'update')
  const stored = ctx.store.get(view.name, key)
  if (stored === undefined) throw notFound(view, 'update')
  const table = view.builtIn
  const changes = stamp(ctx, view, appendMultifields(view, stored, record), table?.stamps.updated ?? [])
  const changed = ctx.store.update(view.name, key, changes)
  return { data: table?.answers.update === 'true' ? true : changed }
}

/**
 * An update adds phones and e-mails to those the record has, as Bitrix24 does: `phone: '+7 916'` on a
 * record holding `'74955553546'` leaves `['74955553546', '+7 916']`. Each value keeps the shape it was
 * given (a string, or `{ value, typeId? }`). `null` clears the field *(the emulator's choice: the
 * camelCase shape has no way to remove one value)*.
 */
function appendMultifields(view: EntityView, stored: EmulatorRow, record: EmulatorRow): EmulatorRow {
  for (const [name, value] of Object.entries(record)) {
    if (value === null || view.fields.get(name)?.kind !== 'multifield') continue
    const old = stored[name]
    if (old === null || old === undefined) continue
    record[name] = [...(Array.isArray(old) ? old : [old]), ...(Array.isArray(value) ? value : [value])]
  }
  return record
}

/**
 * `DELETE /v1/{entity}/{id}` (and batch `delete`): removes a record, unless the entity protects it
 * (422 `BITRIX_ERROR`: a system status, the base currency, pipeline 0). Deleting a deal pipeline moves
 * its deals to pipeline 0.
 *
 * @param ctx - the context
 * @param view - the entity
 * @param id - the record id
 * @returns no data, status 204
 * @example
 * ```ts
 * deleteAction(ctx, findEntity(ctx, 'deals'), 42).status // 204
 * ```
 * @category Testing
 */
export function deleteAction(ctx: ActionContext, view: EntityView, id: unknown): ActionResult {
  const key = readId(id, view)
  const row = ctx.store.get(view.name, key)
  if (row === undefined) throw notFound(view, 'delete')
  const refusal = view.builtIn?.refuseDelete(row)
  if (refusal !== undefined) throw fail('BITRIX_ERROR', refusal)
  ctx.store.remove(view.name, [key])
  const cascade = view.builtIn?.onDelete
  if (cascade !== undefined) {
    for (const other of ctx.store.view(cascade.entity)?.rows ?? []) {
      if (other[cascade.field] !== row['id']) continue
      ctx.store.update(cascade.entity, String(other['id']), { [cascade.field]: cascade.value })
    }
  }
  return { data: undefined, status: 204 }
}

/**
 * `POST /v1/{entity}/batch`: creates, updates or deletes up to 500 records, each on its own.
 *
 * @param ctx - the context
 * @param view - the entity
 * @param body - `{ action, items }` or `{ action: 'delete', ids }`
 * @returns one result per item, in order
 * @example
 * ```ts
 * bulkAction(ctx, findEntity(ctx, 'deals'), { action: 'update', items: [{ id: 1, stageId: 'WON' }] }).data
 * // [{ id: 1, success: true }]
 * ```
 * @category Testing
 */
export function bulkAction(ctx: ActionContext, view: EntityView, body: unknown): ActionResult {
  const p = readParams(body, 'the bulk body', ['action', 'items', 'ids', 'calls'])
  const action = p['action']
  if (action === 'list' || action === 'get' || action === 'fields') throw notImplemented(`bulk ${action}`)
  if (action !== 'create' && action !== 'update' && action !== 'delete') {
    throw fail('VALIDATION_ERROR', `action: expected create, update or delete, received ${JSON.stringify(action)}`)
  }
  requireOperation(view, action)
  const key = action === 'delete' ? 'ids' : 'items'
  const list = p[key]
  if (!Array.isArray(list) || list.length === 0) {
    throw fail('VALIDATION_ERROR', `${key}: expected a non-empty array for ${action}`)
  }
  if (list.length > MAX_BULK_ITEMS) {
    throw fail('BATCH_LIMIT_EXCEEDED', `At most ${MAX_BULK_ITEMS} ${key} per request, got ${list.length}`, {
      hint: 'Split them into several requests',
    })
  }
  return { data: list.map((item: unknown) => bulkItem(ctx, view, action, item)) }
}

function bulkItem(
  ctx: ActionContext,
  view: EntityView,
  action: 'create' | 'update' | 'delete',
  item: unknown,
): EmulatorRow {
  const id = action === 'delete' ? item : isPlainObject(item) ? item['id'] : undefined
  try {
    if (action === 'create') return { id: (createAction(ctx, view, item).data as EmulatorRow)['id'], success: true }
    if (action === 'delete') deleteAction(ctx, view, item)
    else {
      const { id: _, ...fields } = isPlainObject(item) ? item : {}
      updateAction(ctx, view, id, isPlainObject(item) ? fields : item)
    }
    return { id, success: true }
  } catch (error) {
    if (!isEmulatorError(error)) throw error
    return { ...(id === undefined ? {} : { id }), success: false, error: errorBody(error) }
  }
}
