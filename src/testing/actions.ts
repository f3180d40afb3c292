/**
 * The one table of operations, shared by the HTTP router and `POST /v1/batch`: adding an operation
 * is one entry here (and a route in the router, or `inBatch: true`).
 *
 * @module
 */
import { aggregateAction } from './aggregate.js'
import {
  fieldsAction,
  getAction,
  listAction,
  searchAction,
  type ActionContext,
  type ActionResult,
} from './entity-actions.js'
import type { EntityView } from './store.js'
import { createAction, deleteAction, updateAction } from './writes.js'

/**
 * What an operation reads from a request: its parameters (a JSON body, a parsed query string, or a
 * batch call's `params`) and, for `get`, the record id.
 *
 * @example
 * ```ts
 * const input: ActionInput = { params: { filter: { stageId: 'WON' } } }
 * ```
 * @category Testing
 */
export interface ActionInput {
  /** The parameters as sent (for a create or update, the fields). */
  readonly params: unknown
  /** The record id, for operations that read one record. */
  readonly id?: unknown
}

/**
 * One operation on an entity.
 *
 * @example
 * ```ts
 * ACTIONS.search.run(ctx, view, { params: { limit: 1 } })
 * ```
 * @category Testing
 */
export interface Action {
  /** Whether `POST /v1/batch` serves it. */
  readonly inBatch: boolean
  /** Whether it reads one record, by id (`entityId` in a batch call). */
  readonly needsId: boolean
  /** Runs it. */
  readonly run: (ctx: ActionContext, view: EntityView, input: ActionInput) => ActionResult
}

/**
 * The operations the emulator serves: the seven actions of a batch call (docs line 2121) and
 * `aggregate`, which has no batch form. (The bulk endpoint `POST /v1/{entity}/batch` is a route of
 * its own, in `writes.ts`.)
 *
 * @example
 * ```ts
 * Object.keys(ACTIONS) // ['list', 'search', 'get', 'fields', 'create', 'update', 'delete', 'aggregate']
 * ```
 * @category Testing
 */
export const ACTIONS = {
  list: { inBatch: true, needsId: false, run: (ctx, view, { params }) => listAction(ctx, view, params) },
  search: { inBatch: true, needsId: false, run: (ctx, view, { params }) => searchAction(ctx, view, params) },
  get: { inBatch: true, needsId: true, run: (ctx, view, { params, id }) => getAction(ctx, view, id, params) },
  fields: { inBatch: true, needsId: false, run: (ctx, view) => fieldsAction(ctx, view) },
  create: { inBatch: true, needsId: false, run: (ctx, view, { params }) => createAction(ctx, view, params) },
  update: { inBatch: true, needsId: true, run: (ctx, view, { params, id }) => updateAction(ctx, view, id, params) },
  delete: { inBatch: true, needsId: true, run: (ctx, view, { id }) => deleteAction(ctx, view, id) },
  aggregate: { inBatch: false, needsId: false, run: (ctx, view, { params }) => aggregateAction(ctx, view, params) },
} as const satisfies Record<string, Action>

/**
 * The name of an operation of {@link ACTIONS}.
 *
 * @example
 * ```ts
 * const name: ActionName = 'search'
 * ```
 * @category Testing
 */
export type ActionName = keyof typeof ACTIONS

/**
 * Looks an operation up by name (own keys only).
 *
 * @param name - e.g. a batch call's `action`
 * @returns the operation, or `undefined`
 * @example
 * ```ts
 * actionNamed('list')?.inBatch // true
 * ```
 * @category Testing
 */
export function actionNamed(name: string): Action | undefined {
  return Object.hasOwn(ACTIONS, name) ? ACTIONS[name as ActionName] : undefined
}
