/**
 * What the emulator knows of a built-in entity, as the docs describe it: the entity reference's
 * operations and scope (docs lines 10113–10273), the entity's field table, the fields its aggregate
 * page lists, the relations of `include`, the shape of its `/fields` answer, and how its pages answer
 * writes and missing records. One table per entity lives in `entities/`; `entity-registry.ts` lists them.
 *
 * @module
 */
import type { ErrorCode } from './error-codes.js'
import type { EmulatorRow, FieldSpec } from './types.js'

/**
 * An operation of the entity reference. `products` (the product rows under `/v1/{entity}/:id/products`)
 * is listed where the docs list it, and answered 501 `NOT_IMPLEMENTED`: the emulator does not hold
 * product rows.
 *
 * @example
 * ```ts
 * const op: EntityOperation = 'aggregate'
 * ```
 * @category Testing
 */
export type EntityOperation =
  | 'list'
  | 'get'
  | 'create'
  | 'update'
  | 'delete'
  | 'fields'
  | 'search'
  | 'aggregate'
  | 'products'

/**
 * How `/fields` answers, as each entity's fields page shows it:
 * - `crm`: `data.fields.<name> = { type, isRequired, isReadOnly, title, items? }` and `data.include`
 *   (deals 25655);
 * - `flat`: the same descriptors directly under `data`, `include` beside them (invoices 27832, items 30118);
 * - `upper`: upper-case names directly under `data`, `{ type, isRequired, isReadOnly, items? }`
 *   (statuses 39563, currencies 23964);
 * - `readonly`: `data.fields.<name> = { type, readonly, items? }` and `data.batch` (deal pipelines 24658).
 *
 * @example
 * ```ts
 * const shape: FieldsShape = 'flat'
 * ```
 * @category Testing
 */
export type FieldsShape = 'crm' | 'flat' | 'upper' | 'readonly'

/**
 * How a relation of `include` is answered (docs lines 10340–10420): one-to-one through a field that
 * holds the related id (`company` via `companyId` → `_included.company`, an object or `null`);
 * many-to-many through a field that holds the ids (`contact` via `contactIds` → `_included.contacts`,
 * an array whose items add `isPrimary`, `sort` and `roleId`); or a relation whose shape the docs do
 * not settle or whose entity the emulator does not hold (`quote`, `requisite`), answered `null`.
 *
 * @example
 * ```ts
 * const company: Relation = { kind: 'one', entity: 'companies', via: 'companyId' }
 * ```
 * @category Testing
 */
export type Relation =
  | { readonly kind: 'one'; readonly entity: string; readonly via: string }
  | { readonly kind: 'many'; readonly entity: string; readonly via: string; readonly primary: string }
  | { readonly kind: 'absent'; readonly entity: string }

/**
 * The error a page gives for a record that does not exist.
 *
 * @example
 * ```ts
 * const missing: Missing = { code: 'NOT_FOUND', message: 'Status not found' }
 * ```
 * @category Testing
 */
export interface Missing {
  /** The code. */
  readonly code: ErrorCode
  /** The message. */
  readonly message: string
}

/**
 * One built-in entity.
 *
 * @example
 * ```ts
 * import { DEALS } from './entities/deals.js'
 *
 * DEALS.groupable // ['stageId', 'categoryId', 'assignedById', 'sourceId', 'stageSemanticId']
 * ```
 * @category Testing
 */
export interface EntityTable {
  /** The name in the entity reference (`deals`, `deal-categories`, `items`). */
  readonly name: string
  /** The scope a key needs. */
  readonly scope: string
  /** The operations of the entity reference; any other answers 400 `ACTION_NOT_SUPPORTED`. */
  readonly operations: readonly EntityOperation[]
  /** Field name and spec, in output order. */
  readonly fields: ReadonlyArray<readonly [string, FieldSpec]>
  /** The fields `sum`, `avg`, `min` and `max` take (custom numeric fields are always taken). */
  readonly aggregatable: readonly string[]
  /** The fields `groupBy` takes (custom fields are always taken). */
  readonly groupable: readonly string[]
  /** The relations of `include`, in the order `/fields` lists them. */
  readonly relations: Readonly<Record<string, Relation>>
  /** Fields a filter may name but that filter nothing: the service ignores them silently. */
  readonly ignoredInFilters: readonly string[]
  /** The shape of the `/fields` answer. */
  readonly fieldsShape: FieldsShape
  /** Upper-case names of the `upper` shape that are not the field name in UPPER_SNAKE_CASE. */
  readonly upperNames: Readonly<Record<string, string>>
  /** Record ids: positive integers, integers from 0 (pipeline 0), or codes given on create (`RUB`). */
  readonly ids: 'positive' | 'from-zero' | 'code'
  /** The error for a missing record, per operation. */
  readonly missing: Readonly<Record<'get' | 'update' | 'delete', Missing>>
  /** What create answers (the record, or `{ id }`) and what update answers (the record, or `true`). */
  readonly answers: { readonly create: 'record' | 'id'; readonly update: 'record' | 'true' }
  /** Fields a create or an update stamps with the emulator's clock. */
  readonly stamps: { readonly created: readonly string[]; readonly updated: readonly string[] }
  /** Values every created record gets (deals' `entityTypeId: 2`). */
  readonly constants: Readonly<EmulatorRow>
  /** Names of custom fields beyond the table. */
  readonly customFields: RegExp
  /** Refuses to delete a record, with the message of a 422 `BITRIX_ERROR` (a system status, the base currency). */
  readonly refuseDelete: (row: EmulatorRow) => string | undefined
  /** After a delete, the rows of `entity` whose `field` held the deleted id get `value` (deals move to pipeline 0). */
  readonly onDelete?: { readonly entity: string; readonly field: string; readonly value: unknown }
}

/**
 * Custom field names of CRM entities and users, in both forms the docs accept: `ufCrm_1742556744977`,
 * `ufCrm7_1652689362` (smart processes), `UF_CRM_1234567890`, and `UF_USR_…`/`ufUsr…` style names of
 * other modules.
 *
 * @example
 * ```ts
 * CUSTOM_FIELD.test('ufCrm_1742556744977') // true
 * ```
 * @category Testing
 */
export const CUSTOM_FIELD = /^(?:uf[A-Z][A-Za-z0-9_]*|UF_[A-Z0-9_]+)$/

const CRUD: EntityOperation[] = ['list', 'get', 'create', 'update', 'delete', 'fields', 'search', 'aggregate']
const CREATED = ['createdAt', 'createdTime', 'createdDate', 'dateCreate']
const UPDATED = ['updatedAt', 'updatedTime', 'changedDate', 'dateUpdate']
const ENTITY_NOT_FOUND: Missing = { code: 'ENTITY_NOT_FOUND', message: 'Item not found' }

/**
 * What a table gives; the rest takes the common defaults.
 *
 * @example
 * ```ts
 * const given: TableInput = { name: 'things', fields: [] }
 * ```
 * @category Testing
 */
export type TableInput = Pick<EntityTable, 'name' | 'fields'> &
  Partial<Omit<EntityTable, 'name' | 'fields' | 'missing'>> & {
    readonly missing?: Partial<EntityTable['missing']>
  }

/**
 * Completes a table with the defaults: scope `crm`, the eight CRUD operations, no aggregate fields or
 * relations, the `crm` `/fields` shape, positive ids, 404 `ENTITY_NOT_FOUND` "Item not found" (the
 * canonical code, docs line 1131), records as write answers, and stamps on the fields named like
 * `createdAt`/`updatedAt` the table has.
 *
 * @param input - the entity's own facts
 * @returns the frozen table
 * @example
 * ```ts
 * defineTable({ name: 'things', fields: [] }).operations.includes('delete') // true
 * ```
 * @category Testing
 */
export function defineTable(input: TableInput): EntityTable {
  const names = input.fields.map(([name]) => name)
  return Object.freeze({
    scope: 'crm',
    operations: CRUD,
    aggregatable: [],
    groupable: [],
    relations: {},
    ignoredInFilters: [],
    fieldsShape: 'crm' as const,
    upperNames: {},
    ids: 'positive' as const,
    answers: { create: 'record' as const, update: 'record' as const },
    stamps: { created: CREATED.filter((n) => names.includes(n)), updated: UPDATED.filter((n) => names.includes(n)) },
    constants: {},
    customFields: CUSTOM_FIELD,
    refuseDelete: () => undefined,
    ...input,
    missing: { get: ENTITY_NOT_FOUND, update: ENTITY_NOT_FOUND, delete: ENTITY_NOT_FOUND, ...input.missing },
  })
}

/**
 * The name a field has in an `upper` `/fields` answer: its own upper-case name, or its name in
 * UPPER_SNAKE_CASE (`nameInit` → `NAME_INIT`).
 *
 * @param table - the entity
 * @param name - the field name
 * @returns the upper-case name
 * @example
 * ```ts
 * import { CURRENCIES } from './entities/currencies.js'
 *
 * upperName(CURRENCIES, 'amountCnt') // 'AMOUNT_CNT'
 * upperName(CURRENCIES, 'id') // 'CURRENCY'
 * ```
 * @category Testing
 */
export function upperName(table: EntityTable, name: string): string {
  return table.upperNames[name] ?? name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()
}

/**
 * A record with the upper-case names of its table's fields (custom fields keep theirs), as users
 * answer a get inside a batch (docs line 2392).
 *
 * @param table - the entity
 * @param row - the record
 * @returns a copy with upper-case keys
 * @example
 * ```ts
 * import { USERS } from './entities/users.js'
 *
 * upperKeys(USERS, { id: 1, lastName: 'Petrov', departmentId: [2] })
 * // { ID: 1, LAST_NAME: 'Petrov', UF_DEPARTMENT: [2] }
 * ```
 * @category Testing
 */
export function upperKeys(table: EntityTable, row: EmulatorRow): EmulatorRow {
  const known = new Set(table.fields.map(([name]) => name))
  const rename = (name: string): string => (known.has(name) ? upperName(table, name) : name)
  return Object.fromEntries(Object.entries(row).map(([name, value]) => [rename(name), value]))
}
