import type { EntitySchema } from './entity-schema.js'

/**
 * One value of a CRM dictionary (a deal stage, a source, a contact type, …): every field of the docs'
 * table for `/v1/statuses`, plus the upper-case `SYSTEM` and `CATEGORY_ID` that the answers carry
 * (marked *observed*). `entityId` names the dictionary: `DEAL_STAGE`, `DEAL_STAGE_{categoryId}`,
 * `SOURCE`, `CONTACT_TYPE`, …. Fields other than `id` are `| null`.
 *
 * @example
 * ```ts
 * import { statuses } from 'vibecode-query'
 *
 * statuses().where('entityId', 'DEAL_STAGE').where('semantics', 'P').orderBy('sort').select('statusId', 'name')
 * // { "filter": { "entityId": "DEAL_STAGE", "semantics": "P" }, "order": { "sort": "asc" },
 * //   "select": ["statusId", "name"] }
 * ```
 * @category Entities
 */
export interface Status {
  /** Record id (read-only). */
  id: number
  /** The dictionary, e.g. `DEAL_STAGE`, `DEAL_STAGE_1`, `SOURCE` (required on create). */
  entityId: string | null
  /** The value's code within its dictionary, e.g. `NEW` (required on create). */
  statusId: string | null
  /** Name (required on create). */
  name: string | null
  /** The name it was created with. */
  nameInit: string | null
  /** Sort order. */
  sort: number | null
  /** Colour, as hex. */
  color: string | null
  /** Semantics of a stage: `S` success, `F` failure, `P` in progress. */
  semantics: 'S' | 'F' | 'P' | null
  /** Whether it is a system record, `Y` or `N`; system records cannot be deleted (read-only; observed). */
  SYSTEM: 'Y' | 'N' | null
  /** The pipeline id of a deal stage (read-only; observed; the create answer types it a string). */
  CATEGORY_ID: number | null
}

/**
 * What the library knows of statuses besides the row: the read-only fields, the fields create
 * requires and the operations of the entity reference. The docs name no include and no field for
 * aggregates.
 *
 * @example
 * ```ts
 * type Required = StatusSchema['required'] // 'entityId' | 'statusId' | 'name'
 * ```
 * @category Entities
 */
export interface StatusSchema extends EntitySchema {
  readonly row: Status
  readonly readOnly: 'id' | 'SYSTEM' | 'CATEGORY_ID'
  readonly required: 'entityId' | 'statusId' | 'name'
  readonly unfilterable: never
  readonly operations: 'list' | 'get' | 'create' | 'update' | 'delete' | 'fields' | 'search' | 'aggregate'
  readonly relations: {}
  readonly aggregatable: never
  readonly groupable: never
}
