import { fieldsOperation, type FieldsOperation } from '../operations/fields.js'
import { getOperation, type GetOperation } from '../operations/get.js'
import { createOperation, type CreatedRecord, type CreateOperation } from '../operations/create.js'
import { updateOperation, type UpdateOperation } from '../operations/update.js'
import { deleteOperation, type DeleteOperation } from '../operations/delete.js'
import {
  createManyOperation,
  deleteManyOperation,
  updateManyOperation,
  type BulkOperation,
} from '../operations/bulk.js'
import type { CreateInput, UpdateInput } from '../schema/write-input.js'
import type { Simplify } from '../util/type-utils.js'
import { searchNode, type FieldCheck } from '../node/search-node.js'
import { fail, guarded, isPlain, parseEntity, show } from '../parse/parse.js'
import type { EntitySchema } from '../schema/entity-schema.js'
import { createSearchBuilder, type SearchBuilder } from './search-builder.js'

/**
 * A type argument as written. `T` is read through a conditional type, which TypeScript does not
 * infer it from, so a query written where a looser type is expected (a `Record<string, AnyQuery>`,
 * a helper's `Q extends AnyQuery`) keeps its own row instead of taking `any` from the context.
 *
 * @internal
 */
export type Given<T> = T extends infer U ? U : never

/**
 * What every entity has: the search factory, its name and `withFields`. {@link Entity} adds a
 * member for each operation the entity's reference lists.
 *
 * @typeParam E - The entity's schema.
 * @typeParam U - Custom fields added with {@link EntityBase.withFields}.
 * @example
 * ```ts
 * const base: EntityBase<DealSchema> = deals
 * ```
 * @category Entities
 */
export interface EntityBase<E extends EntitySchema, U extends object = {}> {
  /**
   * Starts a search (`POST /v1/{entity}/search`).
   *
   * @typeParam V - Custom fields for this query alone, e.g. `{ ufCrm_1742556744977: string }`.
   * @returns An empty query.
   * @example
   * ```ts
   * deals().where('stageId', 'WON').limit(10)
   * // { "filter": { "stageId": "WON" }, "limit": 10 }
   * ```
   */
  <V extends object = {}>(): SearchBuilder<E['row'] & U & Given<V>, never, E>
  /** The entity's path segment, e.g. `deals` or `items/128`. */
  readonly entity: string
  /**
   * The same entity with custom fields added to its searches and rows (types only; an entity defined
   * with its field names stops checking names at run time, since it cannot know the new ones).
   *
   * @typeParam V - The custom fields, e.g. `{ ufCrm_Region: 'EU' | 'US' }`.
   * @returns The entity with the fields.
   * @example
   * ```ts
   * const myDeals = deals.withFields<{ ufCrm_Region: 'EU' | 'US' }>()
   * myDeals().where('ufCrm_Region', 'EU')
   * // { "filter": { "ufCrm_Region": "EU" } }
   * ```
   */
  withFields<V extends object>(): Entity<E, U & V>
}

/**
 * The member of each operation an entity may have, by the operation's name in the entity reference.
 *
 * @typeParam E - The entity's schema.
 * @typeParam R - Its row, custom fields included.
 * @example
 * ```ts
 * type Fields = EntityMembers<DealSchema, Deal>['fields'] // () => FieldsOperation
 * ```
 * @category Entities
 */
export interface EntityMembers<E extends EntitySchema, R> {
  /**
   * Reads the entity's field descriptions from the portal, custom fields included
   * (`GET /v1/{entity}/fields`).
   *
   * @returns The fields operation.
   * @example
   * ```ts
   * const { fields, include } = await client.execute(deals.fields())
   * ```
   */
  fields(): FieldsOperation
  /**
   * Reads one record by id (`GET /v1/{entity}/{id}`); `.include(…)` adds its relations. A missing
   * record rejects with an `ApiError` that {@link isNotFound} recognises.
   *
   * @param id - The record's id.
   * @returns The get operation.
   * @throws {@link QueryError} when `id` is not a positive integer.
   * @example
   * ```ts
   * const deal = await client.execute(deals.get(42)) // Deal
   * const withContacts = await client.execute(deals.get(42).include('contact'))
   * ```
   */
  get(id: number): GetOperation<Simplify<R>, E>
  /**
   * Creates a record (`POST /v1/{entity}`) from its writable fields, the required ones required;
   * read-only fields are compile errors. Never retried once it may have reached the service.
   *
   * @param input - The fields.
   * @returns The create operation; executing it answers the record, at least its `id`.
   * @throws {@link QueryError} on a value JSON cannot carry faithfully, or Bitrix24's multifield shape.
   * @example
   * ```ts
   * const { id } = await client.execute(deals.create({ title: 'Big one', amount: 5000 }))
   * ```
   */
  create(input: CreateInput<E, R>): CreateOperation<Simplify<R>>
  /**
   * Changes fields of a record (`PATCH /v1/{entity}/{id}`).
   *
   * @param id - The record's id.
   * @param patch - The fields to change.
   * @returns The update operation.
   * @throws {@link QueryError} on a bad id or value.
   * @example
   * ```ts
   * await client.execute(deals.update(42, { stageId: 'WON' }))
   * ```
   */
  update(id: number, patch: UpdateInput<E, R>): UpdateOperation
  /**
   * Deletes a record (`DELETE /v1/{entity}/{id}`).
   *
   * @param id - The record's id.
   * @returns The delete operation.
   * @throws {@link QueryError} on a bad id.
   * @example
   * ```ts
   * await client.execute(deals.delete(42))
   * ```
   */
  delete(id: number): DeleteOperation
  /**
   * Creates many records (`POST /v1/{entity}/batch`, 500 a request, chunked), each record's
   * outcome reported. Never repeated once a request may have reached the service.
   *
   * @param items - The records, each like a `create` input.
   * @returns The bulk operation.
   * @throws {@link QueryError} for an empty list or a bad record.
   * @example
   * ```ts
   * const { succeeded, failed } = await client.execute(deals.createMany([{ title: 'a' }, { title: 'b' }]))
   * ```
   */
  createMany(items: readonly CreateInput<E, R>[]): BulkOperation<CreatedRecord>
  /**
   * Updates many records (`POST /v1/{entity}/batch`), each an `id` and the fields to change.
   *
   * @param items - The changes.
   * @returns The bulk operation.
   * @throws {@link QueryError} for an empty list, a bad id or value.
   * @example
   * ```ts
   * await client.execute(deals.updateMany([{ id: 1, stageId: 'WON' }, { id: 2, stageId: 'WON' }]))
   * ```
   */
  updateMany(items: readonly (UpdateInput<E, R> & { id: number })[]): BulkOperation<void>
  /**
   * Deletes many records (`POST /v1/{entity}/batch`).
   *
   * @param ids - The records' ids.
   * @returns The bulk operation.
   * @throws {@link QueryError} for an empty list or a bad id.
   * @example
   * ```ts
   * await client.execute(deals.deleteMany([1, 2, 3]))
   * ```
   */
  deleteMany(ids: readonly number[]): BulkOperation<void>
}

/**
 * An entity of the service: call it to start a search; its members are the other operations its
 * entity reference lists, and only those (departments have no `fields`, users will have no
 * `delete`). Built-in entities (`deals`, `contacts`, …) are `Entity` values typed from the docs;
 * `npx vibecode-query generate` writes them for your portal, custom fields included.
 *
 * @typeParam E - The entity's schema.
 * @typeParam U - Custom fields added with `withFields`.
 * @example
 * ```ts
 * import { deals } from 'vibecode-query'
 *
 * deals().where('categoryId', 0).select('id', 'title')
 * deals<{ ufCrm_Region: string }>().where('ufCrm_Region', 'EU')
 * deals.fields()
 * ```
 * @category Entities
 */
export type Entity<E extends EntitySchema, U extends object = {}> = EntityBase<E, U> &
  Pick<EntityMembers<E, E['row'] & U>, MembersOf<E['operations']>>

// The members an entity's operations give it: each operation's own, and the bulk writes.
type MembersOf<O> =
  | Extract<O, keyof EntityMembers<EntitySchema, unknown>>
  | (O extends 'create' ? 'createMany' : O extends 'update' ? 'updateMany' : O extends 'delete' ? 'deleteMany' : never)

/**
 * Every operation of the entity reference, for entities that have them all.
 *
 * @example
 * ```ts
 * const notes = defineEntity<SchemaOf<{ id: number; text: string }>>('notes', everyOperation)
 * ```
 * @category Entities
 */
export const everyOperation = Object.freeze([
  'list',
  'get',
  'create',
  'update',
  'delete',
  'fields',
  'search',
  'aggregate',
] as const)

// Each member's implementation, given the entity's path segment.
type Members = EntityMembers<EntitySchema, unknown>
type SingleMember = 'fields' | 'get' | 'create' | 'update' | 'delete'
const members: { readonly [K in SingleMember]: (entity: string) => Members[K] } = {
  fields: (entity) => () => fieldsOperation(entity),
  get: (entity) => (id) => getOperation(entity, id),
  create: (entity) => (input) => createOperation(entity, input),
  update: (entity) => (id, patch) => updateOperation(entity, id, patch),
  delete: (entity) => (id) => deleteOperation(entity, id),
}

// The bulk members come with the single writes they extend.
const bulkMembers = {
  create: ['createMany', (entity: string) => (items: unknown) => createManyOperation(entity, items)],
  update: ['updateMany', (entity: string) => (items: unknown) => updateManyOperation(entity, items)],
  delete: ['deleteMany', (entity: string) => (ids: unknown) => deleteManyOperation(entity, ids)],
} as const

/**
 * Options of {@link defineEntity}.
 *
 * @example
 * ```ts
 * const options: EntityOptions = fieldNames<SchemaOf<{ id: number; text: string }>>('notes', ['id', 'text'])
 * ```
 * @category Entities
 */
export interface EntityOptions {
  /** Refuses a field name the entity does not have; made by {@link fieldNames}. */
  readonly check?: FieldCheck | undefined
}

/**
 * Defines an entity from its path segment and, at the type level, its schema. Built-in entities and
 * generated ones are defined this way.
 *
 * @typeParam E - The entity's schema.
 * @param name - The path segment after `/v1/`, e.g. `deals` or `items/128`.
 * @param operations - The operations the entity's reference lists: the members it gets at run time.
 *   List every operation the schema's `operations` names: the types give the members the schema
 *   names, so a shorter list would type members that are not there.
 * @param options - {@link fieldNames}, so that a JavaScript caller's unknown field is refused before
 *   anything is sent (generated entities pass it; built-ins do not, to stay small).
 * @returns The entity.
 * @throws {@link QueryError} when `name` is not a plain path segment, an operation is not one of
 *   {@link everyOperation}, or the options are not those {@link fieldNames} makes.
 * @example
 * ```ts
 * interface NoteSchema extends SchemaOf<{ id: number; text: string | null }> {}
 * const notes = defineEntity<NoteSchema>('notes', ['search', 'fields'])
 * notes().where('text', 'contains', 'x')
 * // { "filter": { "text": { "$contains": "x" } } }
 * ```
 * @category Entities
 */
export function defineEntity<E extends EntitySchema>(
  name: string,
  operations: readonly E['operations'][],
  options?: EntityOptions,
): Entity<E> {
  parseEntity(name)
  const call = `defineEntity(${show(name)})`
  // Read once, by index: what is read is what is checked and used.
  const [list, check] = guarded(call, () => {
    if (!Array.isArray(operations)) fail(call, `takes an array of operations, not ${show(operations)}`)
    const list: E['operations'][] = []
    for (let index = 0; index < operations.length; index++) {
      const operation = operations[index]
      if (!everyOperation.includes(operation as never))
        fail(call, `operation ${index} is ${show(operation)}; use ${everyOperation.join(', ')}`)
      list.push(operation as E['operations'])
    }
    const check = options === undefined || isPlain(options) ? options?.check : 0
    if (check !== undefined && typeof check !== 'function')
      fail(call, `takes fieldNames(…) or nothing as options, not ${show(options)}`)
    return [list, check as FieldCheck | undefined] as const
  })
  const search = () => createSearchBuilder(searchNode(name, check))
  const entity = Object.assign(search, {
    entity: name,
    // Fields added by type cannot be known here: the entity they make checks no names.
    withFields: (): unknown => (check ? defineEntity(name, list) : entity),
  })
  const memberOf = entity as unknown as Record<string, unknown>
  for (const operation of list) {
    if (Object.hasOwn(members, operation)) memberOf[operation] = members[operation as SingleMember](name)
    if (Object.hasOwn(bulkMembers, operation)) {
      const [member, make] = bulkMembers[operation as keyof typeof bulkMembers]
      memberOf[member] = make(name)
    }
  }
  return Object.freeze(entity) as unknown as Entity<E>
}
