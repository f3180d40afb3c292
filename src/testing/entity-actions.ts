/**
 * The read operations on one entity — search, list, get, fields — as the HTTP routes and batch calls
 * share them. Each returns the `data` the single endpoint answers (and, for pages, the figures its
 * `meta` is written from), or throws an {@link EmulatorError}.
 *
 * As documented: get of a missing id answers the entity's code (404 `ENTITY_NOT_FOUND`, docs line
 * 1131, or `NOT_FOUND` where its page says so); an id the entity cannot have 400 `INVALID_PARAMS`
 * (1311); get of a user answers an array holding the user (2392); fields answers the entity's shape
 * ({@link fieldsAction}); an operation the entity reference does not list for the entity 400
 * `ACTION_NOT_SUPPORTED` (2368). An entity the emulator does not hold answers 400 `UNKNOWN_ENTITY`
 * (2367; the only status the docs give it); a smart process it does not hold 404
 * `SMART_PROCESS_NOT_FOUND` (our choice).
 *
 * @module
 */
import { requireScope, type Caller } from './auth.js'
import type { EmulatorError } from './emulator-error.js'
import { upperName, type EntityOperation } from './entity-tables.js'
import { fail } from './error-codes.js'
import type { FilterContext } from './filter-eval.js'
import { MAX_INCLUDED_ROWS, readIncludes, withIncluded } from './include.js'
import { readParams } from './params.js'
import { parseSearchParams, runSearch } from './search-plan.js'
import type { EntityView, Store } from './store.js'
import type { EmulatorRow } from './types.js'

/**
 * What an operation runs against.
 *
 * @example
 * ```ts
 * const ctx: ActionContext = { store, caller, offsetMinutes: 180 }
 * ```
 * @category Testing
 */
export interface ActionContext {
  /** The data. */
  readonly store: Store
  /** The authenticated caller. */
  readonly caller: Caller
  /** Minutes east of UTC assumed for ISO strings without an offset. */
  readonly offsetMinutes: number
  /** The clock, in milliseconds (stamps created and changed records). */
  readonly now: () => number
}

/**
 * The figures of one page of rows: what `meta` is written from.
 *
 * @example
 * ```ts
 * const figures: PageFigures = { total: 1798, returned: 50, hasMore: true, truncated: false }
 * ```
 * @category Testing
 */
export interface PageFigures {
  /** Rows matching the filter in all. */
  readonly total: number
  /** Rows in this answer. */
  readonly returned: number
  /** Whether rows remain after this page. */
  readonly hasMore: boolean
  /** Whether the 5000-row ceiling cut the answer. */
  readonly truncated: boolean
  /** Whether `include` was skipped because the page held more than 200 records. */
  readonly includeSkipped?: boolean
}

/**
 * A successful operation: the `data` the single endpoint answers, and a page's figures.
 *
 * @example
 * ```ts
 * const r: ActionResult = { data: [], page: { total: 0, returned: 0, hasMore: false, truncated: false } }
 * ```
 * @category Testing
 */
export interface ActionResult {
  /** The `data` member. */
  readonly data: unknown
  /** For search and list: the page's figures. */
  readonly page?: PageFigures
  /** The HTTP status, when not 200 (a create answers 201, a delete 204 with no body). */
  readonly status?: number
}

/**
 * The scope an entity needs: its table's (`crm`, `tasks`, `user`, `department`, `sonet_group`), or
 * `crm` for an entity the emulator has no table for.
 *
 * @param view - the entity
 * @returns the scope
 * @example
 * ```ts
 * scopeOf(lookupEntity(ctx, 'tasks')) // 'tasks'
 * ```
 * @category Testing
 */
export function scopeOf(view: EntityView): string {
  return view.builtIn?.scope ?? 'crm'
}

/**
 * Finds an entity the emulator holds, without checking scopes.
 *
 * @param ctx - the context
 * @param entity - the entity name (`deals`, `items/1058`, …)
 * @returns what the handlers read of it
 * @example
 * ```ts
 * const deals = lookupEntity(ctx, 'deals')
 * ```
 * @category Testing
 */
export function lookupEntity(ctx: ActionContext, entity: string): EntityView {
  const view = ctx.store.view(entity)
  if (view !== undefined) return view
  const hint = `The emulator holds: ${ctx.store.entities().join(', ')}`
  if (entity.startsWith('items/')) {
    throw fail('SMART_PROCESS_NOT_FOUND', `No smart process with entityTypeId ${entity.slice(6)}`, { hint })
  }
  throw fail('UNKNOWN_ENTITY', `Unknown entity "${entity}"`, { hint })
}

/**
 * Finds an entity the emulator holds and checks the caller's scope for it (403 `SCOPE_DENIED`).
 *
 * @param ctx - the context
 * @param entity - the entity name (`deals`, `items/1058`, …)
 * @returns what the handlers read of it
 * @example
 * ```ts
 * const deals = findEntity(ctx, 'deals')
 * ```
 * @category Testing
 */
export function findEntity(ctx: ActionContext, entity: string): EntityView {
  const view = lookupEntity(ctx, entity)
  requireScope(ctx.caller, scopeOf(view))
  return view
}

/**
 * Refuses an operation the entity reference does not list for the entity: 400 `ACTION_NOT_SUPPORTED`
 * (the docs' code for it, line 2368). An entity without a table serves every operation but `products`.
 *
 * @param view - the entity
 * @param operation - the operation
 * @example
 * ```ts
 * requireOperation(lookupEntity(ctx, 'users'), 'delete') // throws ACTION_NOT_SUPPORTED
 * ```
 * @category Testing
 */
export function requireOperation(view: EntityView, operation: EntityOperation): void {
  const listed = view.builtIn === undefined ? operation !== 'products' : view.builtIn.operations.includes(operation)
  if (listed) return
  const served = view.builtIn?.operations.join(', ') ?? 'list, get, create, update, delete, fields, search, aggregate'
  throw fail('ACTION_NOT_SUPPORTED', `Entity "${view.name}" does not support "${operation}"`, {
    hint: `Operations of ${view.name}: ${served}`,
  })
}

/**
 * The context a filter of an entity is compiled in: its fields, and those the service ignores.
 *
 * @param ctx - the context
 * @param view - the entity
 * @returns the filter context
 * @example
 * ```ts
 * compileFilter({ stageId: 'WON' }, filterContextOf(ctx, lookupEntity(ctx, 'deals')))
 * ```
 * @category Testing
 */
export function filterContextOf(ctx: ActionContext, view: EntityView): FilterContext {
  return {
    entity: view.name,
    fields: view.fields,
    offsetMinutes: ctx.offsetMinutes,
    ignored: view.builtIn?.ignoredInFilters ?? [],
  }
}

function page(ctx: ActionContext, view: EntityView, params: unknown): ActionResult {
  const plan = parseSearchParams(params, filterContextOf(ctx, view))
  const includes = readIncludes(plan.include, view.builtIn)
  let includeSkipped = false
  const found = runSearch(view.rows, plan, ctx.offsetMinutes, (rows) => {
    if (includes.length === 0) return rows
    includeSkipped = rows.length > MAX_INCLUDED_ROWS
    return includeSkipped ? rows : rows.map((row) => withIncluded(ctx.store, view.builtIn, row, includes))
  })
  const figures = {
    total: found.total,
    returned: found.rows.length,
    hasMore: found.hasMore,
    truncated: found.truncated,
  }
  return { data: found.rows, page: includeSkipped ? { ...figures, includeSkipped } : figures }
}

/**
 * Reads a record id as the entity numbers its records: a positive integer (as a number or digits),
 * an integer from 0 for deal pipelines (the main one is 0), a three-letter code for currencies.
 * Anything else answers 400 `INVALID_PARAMS` (docs line 1311).
 *
 * @param id - the id as sent (a path segment, or a batch call's `entityId`)
 * @param view - the entity
 * @returns the id as the store keys it
 * @example
 * ```ts
 * readId(71, lookupEntity(ctx, 'deals')) // '71'
 * ```
 * @category Testing
 */
export function readId(id: unknown, view: EntityView): string {
  const text = typeof id === 'number' ? String(id) : id
  const ids = view.builtIn?.ids ?? 'positive'
  const pattern = ids === 'code' ? /^[A-Z]{3}$/ : ids === 'from-zero' ? /^(?:0|[1-9]\d*)$/ : /^[1-9]\d*$/
  if (typeof text !== 'string' || !pattern.test(text)) {
    const expected =
      ids === 'code' ? 'a three-letter currency code' : ids === 'from-zero' ? 'an integer >= 0' : 'a positive integer'
    throw fail('INVALID_PARAMS', `Path parameter :id must be ${expected}, got ${JSON.stringify(id)}`)
  }
  return text
}

/**
 * The error for a record that does not exist, as the entity's pages give it per operation: 404
 * `ENTITY_NOT_FOUND` for most, 404 `NOT_FOUND` where a page says so (items, invoices, statuses,
 * currencies, deal pipelines), 422 `BITRIX_ERROR` for some deletes (activities, statuses, currencies,
 * deal pipelines).
 *
 * @param view - the entity
 * @param operation - the operation that missed
 * @returns the error to throw
 * @example
 * ```ts
 * throw notFound(view, 'get')
 * ```
 * @category Testing
 */
export function notFound(view: EntityView, operation: 'get' | 'update' | 'delete'): EmulatorError {
  const missing = view.builtIn?.missing[operation] ?? { code: 'ENTITY_NOT_FOUND', message: 'Item not found' }
  return fail(missing.code, missing.message)
}

/**
 * `POST /v1/{entity}/search` (and batch `search`).
 *
 * @param ctx - the context
 * @param view - the entity
 * @param params - `{ filter?, order? | sort?, select?, limit?, offset?, autoWindow?, include? }`
 * @returns the rows, and the page's figures
 * @example
 * ```ts
 * searchAction(ctx, findEntity(ctx, 'contacts'), { filter: { companyId: 15 }, limit: 10 }).data
 * ```
 * @category Testing
 */
export function searchAction(ctx: ActionContext, view: EntityView, params: unknown): ActionResult {
  return page(ctx, view, params)
}

/**
 * `GET /v1/{entity}` (and batch `list`): the same parameters as search, from the query string.
 *
 * @param ctx - the context
 * @param view - the entity
 * @param params - the parameters (query-string values may be text)
 * @returns the rows, and the page's figures
 * @example
 * ```ts
 * listAction(ctx, findEntity(ctx, 'deals'), { filter: { stageId: 'WON' } }).page?.total
 * ```
 * @category Testing
 */
export function listAction(ctx: ActionContext, view: EntityView, params: unknown): ActionResult {
  return page(ctx, view, params)
}

/**
 * `GET /v1/{entity}/{id}` (and batch `get`).
 *
 * @param ctx - the context
 * @param view - the entity
 * @param id - the record id (text or number)
 * @param params - `{ include? }`
 * @returns the record (for users, an array holding it)
 * @example
 * ```ts
 * getAction(ctx, findEntity(ctx, 'contacts'), '71', undefined).data
 * ```
 * @category Testing
 */
export function getAction(ctx: ActionContext, view: EntityView, id: unknown, params: unknown): ActionResult {
  const includes = readIncludes(readParams(params, 'get parameters', ['include'])['include'], view.builtIn)
  const stored = ctx.store.get(view.name, readId(id, view))
  if (stored === undefined) throw notFound(view, 'get')
  const row: EmulatorRow = includes.length === 0 ? stored : withIncluded(ctx.store, view.builtIn, stored, includes)
  return { data: view.name === 'users' ? [row] : row }
}

/**
 * `GET /v1/{entity}/fields` (and batch `fields`), in the entity's documented shape (see
 * {@link FieldsShape}): `{ fields, include? }` for CRM entities, the descriptors directly under `data`
 * for invoices and items, upper-case names for statuses and currencies, `{ fields: { type, readonly },
 * batch }` for deal pipelines. `include` is left out when the entity has no relations. An entity
 * without a table answers the CRM shape.
 *
 * @param _ctx - the context
 * @param view - the entity
 * @returns the schema
 * @example
 * ```ts
 * fieldsAction(ctx, findEntity(ctx, 'deals')).data
 * // { fields: { id: { type: 'integer', … }, … }, include: ['contact', 'company', 'quote'] }
 * ```
 * @category Testing
 */
export function fieldsAction(_ctx: ActionContext, view: EntityView): ActionResult {
  const table = view.builtIn
  const shape = table?.fieldsShape ?? 'crm'
  const fields: Record<string, unknown> = {}
  for (const [name, spec] of view.fields) {
    const { type, isRequired, isReadOnly, isMultiple, items } = spec.descriptor
    const listed = { ...(isMultiple === true ? { isMultiple } : {}), ...(items === undefined ? {} : { items }) }
    if (shape === 'upper' && table !== undefined) {
      const known = table.fields.some(([field]) => field === name)
      fields[known ? upperName(table, name) : name] = { type, isRequired, isReadOnly, ...listed }
    } else if (shape === 'readonly') {
      fields[name] = { type, readonly: isReadOnly, ...listed }
    } else {
      fields[name] = spec.descriptor
    }
  }
  const relations = Object.keys(table?.relations ?? {})
  const include = relations.length === 0 ? {} : { include: relations }
  if (shape === 'flat') return { data: { ...fields, ...include } }
  if (shape === 'upper') return { data: fields }
  if (shape === 'readonly') return { data: { fields, batch: ['create', 'update', 'delete'] } }
  return { data: { fields, ...include } }
}
