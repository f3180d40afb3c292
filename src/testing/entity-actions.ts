/**
 * The read operations on one entity — search, list, get, fields — as the HTTP routes and batch calls
 * share them. Each returns the `data` the single endpoint answers (and, for pages, the figures its
 * `meta` is written from), or throws an {@link EmulatorError}.
 *
 * As documented: get of a missing id answers 404 `ENTITY_NOT_FOUND` (docs line 1131), 404
 * `NOT_FOUND` for smart-process items (30312); an id that is not a positive integer 400
 * `INVALID_PARAMS` (1311); get of a user answers an array holding the user (2392); fields answers
 * `{ fields: { <name>: { type, isRequired, isReadOnly, title, items? } }, include? }`, and
 * smart-process items answer the descriptors directly under `data` (30115). An entity the emulator
 * does not hold answers 400 `UNKNOWN_ENTITY` (2367; the only status the docs give it); a smart
 * process it does not hold 404 `SMART_PROCESS_NOT_FOUND` (our choice).
 *
 * @module
 */
import { requireScope, type Caller } from './auth.js'
import type { EmulatorError } from './emulator-error.js'
import { fail } from './error-codes.js'
import { MAX_INCLUDED_ROWS, readIncludes, withIncluded } from './include.js'
import { readParams } from './params.js'
import { parseSearchParams, runSearch } from './search-plan.js'
import type { EntityView, Store } from './store.js'
import type { EmulatorRow, EmulatorFieldDescriptor } from './types.js'

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

/** The scope every emulated entity requires (docs: `crm` for CRM entities). */
export const ENTITY_SCOPE = 'crm'

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
  requireScope(ctx.caller, ENTITY_SCOPE)
  return view
}

function page(ctx: ActionContext, view: EntityView, params: unknown): ActionResult {
  const plan = parseSearchParams(params, { entity: view.name, fields: view.fields, offsetMinutes: ctx.offsetMinutes })
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
 * Reads a record id: a positive integer, as a number or digits.
 *
 * @param id - the id as sent (a path segment, or a batch call's `entityId`)
 * @returns the id as text
 * @example
 * ```ts
 * readId(71) // '71'
 * ```
 * @category Testing
 */
export function readId(id: unknown): string {
  const text = typeof id === 'number' ? String(id) : id
  if (typeof text !== 'string' || !/^[1-9]\d*$/.test(text)) {
    throw fail('INVALID_PARAMS', `Path parameter :id must be a positive integer, got ${JSON.stringify(id)}`)
  }
  return text
}

/**
 * The error for a record that does not exist: 404 `ENTITY_NOT_FOUND`, or `NOT_FOUND` for
 * smart-process items (as their pages say).
 *
 * @param view - the entity
 * @returns the error to throw
 * @example
 * ```ts
 * throw notFound(view)
 * ```
 * @category Testing
 */
export function notFound(view: EntityView): EmulatorError {
  return view.name.startsWith('items/')
    ? fail('NOT_FOUND', 'Entity not found')
    : fail('ENTITY_NOT_FOUND', 'Item not found')
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
  const stored = ctx.store.get(view.name, readId(id))
  if (stored === undefined) throw notFound(view)
  const row: EmulatorRow = includes.length === 0 ? stored : withIncluded(ctx.store, view.builtIn, stored, includes)
  return { data: view.name === 'users' ? [row] : row }
}

/**
 * `GET /v1/{entity}/fields` (and batch `fields`).
 *
 * @param _ctx - the context
 * @param view - the entity
 * @returns `{ fields: { <name>: descriptor }, include? }`, or the descriptors alone for smart-process items
 * @example
 * ```ts
 * fieldsAction(ctx, findEntity(ctx, 'deals')).data
 * // { fields: { id: { type: 'integer', … }, … }, include: ['contact', 'company', 'quote'] }
 * ```
 * @category Testing
 */
export function fieldsAction(_ctx: ActionContext, view: EntityView): ActionResult {
  const fields: Record<string, EmulatorFieldDescriptor> = {}
  for (const [name, spec] of view.fields) fields[name] = spec.descriptor
  if (view.name.startsWith('items/')) return { data: fields }
  return { data: view.builtIn === undefined ? { fields } : { fields, include: Object.keys(view.builtIn.relations) } }
}
