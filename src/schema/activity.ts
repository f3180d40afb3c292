import type { EntitySchema } from './entity-schema.js'
import type { IsoDateTime } from './field-types.js'

/**
 * A CRM activity (call, meeting, task or email tied to a lead, deal, contact or company): every field
 * of the docs' table for `/v1/activities`. The docs fix the codes of `typeId`, `ownerTypeId`,
 * `priority` and `direction`, so each is a union of its documented codes. Fields other than `id`
 * and the timestamps are `| null`: Bitrix24 answers `null` for empty fields.
 *
 * @example
 * ```ts
 * import { activities } from 'vibecode-query'
 *
 * activities().where('ownerTypeId', 2).where('ownerId', 42).where('completed', false)
 * // { "filter": { "ownerTypeId": 2, "ownerId": 42, "completed": false } }
 * ```
 * @category Entities
 */
export interface Activity {
  /** Activity id (read-only). */
  id: number
  /** Kind: `1` call, `2` meeting, `3` task, `6` email. */
  typeId: 1 | 2 | 3 | 6 | null
  /** Kind of the record it belongs to: `1` lead, `2` deal, `3` contact, `4` company. */
  ownerTypeId: 1 | 2 | 3 | 4 | null
  /** Id of the record it belongs to (a lead, deal, contact or company, after `ownerTypeId`). */
  ownerId: number | null
  /** Subject. */
  subject: string | null
  /** Description. */
  description: string | null
  /** The responsible user's id (`GET /v1/users`). */
  responsibleId: number | null
  /** Priority: `1` low, `2` medium, `3` high. */
  priority: 1 | 2 | 3 | null
  /** Direction: `1` incoming, `2` outgoing. */
  direction: 1 | 2 | null
  /** Done. */
  completed: boolean | null
  /** Start time. */
  startTime: IsoDateTime | null
  /** End time. */
  endTime: IsoDateTime | null
  /** Deadline. */
  deadline: IsoDateTime | null
  /** Creation time (read-only). */
  createdAt: IsoDateTime
  /** Last change time (read-only). */
  updatedAt: IsoDateTime
}

/**
 * What the library knows of activities besides the row: the read-only fields, the operations of the
 * entity reference and the fields `groupBy` accepts (the docs name no field for
 * `sum`/`avg`/`min`/`max`; they list categorical fields only). No include is documented.
 *
 * @example
 * ```ts
 * type Groupable = ActivitySchema['groupable'] // 'typeId' | 'ownerTypeId' | 'responsibleId' | 'completed'
 * ```
 * @category Entities
 */
export interface ActivitySchema extends EntitySchema {
  readonly row: Activity
  readonly readOnly: 'id' | 'createdAt' | 'updatedAt'
  readonly required: never
  readonly unfilterable: never
  readonly operations: 'list' | 'get' | 'create' | 'update' | 'delete' | 'fields' | 'search' | 'aggregate'
  readonly relations: {}
  readonly aggregatable: never
  readonly groupable: 'typeId' | 'ownerTypeId' | 'responsibleId' | 'completed'
}
