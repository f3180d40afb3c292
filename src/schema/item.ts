import type { EntitySchema } from './entity-schema.js'
import type { IsoDateTime } from './field-types.js'

/**
 * An item of a smart process: every field of the docs' table for `/v1/items/{entityTypeId}`. Items
 * keep Bitrix24's names (`opportunity`, `currencyId`, `begindate`, `closedate`, `createdTime`).
 * Fields other than `id` and the timestamps are `| null`: Bitrix24 answers `null` for empty fields.
 * Each smart process has its own `ufCrm{entityTypeId}_…` fields and `parentId{N}` links: add them
 * with `items(128).withFields<{ … }>()` or `npx vibecode-query generate`.
 *
 * @example
 * ```ts
 * const row: Pick<Item, 'id' | 'title' | 'contactIds'> = { id: 783, title: 'Supply contract', contactIds: [42] }
 * ```
 * @category Entities
 */
export interface Item {
  /** Item id (read-only). */
  id: number
  /** Title. */
  title: string | null
  /** External code. */
  xmlId: string | null
  /** Stage, `DT{entityTypeId}_{categoryId}:{stage}`, e.g. `DT128_1:NEW`. */
  stageId: string | null
  /** Pipeline id. */
  categoryId: number | null
  /** The responsible user's id (`GET /v1/users`). */
  assignedById: number | null
  /** The company's id (`GET /v1/companies`). */
  companyId: number | null
  /** The contact's id (`GET /v1/contacts`). */
  contactId: number | null
  /** Ids of every linked contact (read-only). */
  contactIds: number[] | null
  /** Amount. */
  opportunity: number | null
  /** Currency code, e.g. `USD` (`GET /v1/currencies`). */
  currencyId: string | null
  /** Visible to everyone. */
  opened: boolean | null
  /** Start date. */
  begindate: IsoDateTime | null
  /** End date. */
  closedate: IsoDateTime | null
  /** Source code, e.g. `WEB`. */
  sourceId: string | null
  /** Observer user ids. */
  observers: number[] | null
  /** The id of your own company. */
  mycompanyId: number | null
  /** The creator's user id (read-only). */
  createdBy: number | null
  /** Who changed it last (read-only). */
  updatedBy: number | null
  /** Who moved it to its current stage (read-only). */
  movedBy: number | null
  /** Creation time (read-only). */
  createdTime: IsoDateTime
  /** Last change time (read-only). */
  updatedTime: IsoDateTime
  /** When it last changed stage (read-only). */
  movedTime: IsoDateTime | null
}

/**
 * What the library knows of smart-process items besides the row: the read-only fields, the
 * operations of the entity reference (their product rows are not typed here) and the fields
 * aggregates accept. No include is documented.
 *
 * @example
 * ```ts
 * type Groupable = ItemSchema['groupable'] // 'categoryId' | 'assignedById' | 'stageId'
 * ```
 * @category Entities
 */
export interface ItemSchema extends EntitySchema {
  readonly row: Item
  readonly readOnly:
    | 'id'
    | 'contactIds'
    | 'createdBy'
    | 'updatedBy'
    | 'movedBy'
    | 'createdTime'
    | 'updatedTime'
    | 'movedTime'
  readonly required: never
  // Lists of ids: no filter on them is documented, and the emulator refuses one (a portal's own
  // multiple fields, typed as arrays, do filter: a record matches when any of its values does).
  readonly unfilterable: 'contactIds' | 'observers'
  readonly operations: 'list' | 'get' | 'create' | 'update' | 'delete' | 'fields' | 'search' | 'aggregate'
  readonly relations: {}
  readonly aggregatable: 'opportunity'
  // stageId is not in the aggregate page's list, but its own example groups by it.
  readonly groupable: 'categoryId' | 'assignedById' | 'stageId'
}
