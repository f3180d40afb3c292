import type { EntitySchema } from './entity-schema.js'
import type { IsoDateTime } from './field-types.js'

/**
 * A workgroup or project: every field of the docs' table for `/v1/workgroups`, by its camelCase name
 * (Bitrix24: `OWNER_ID`, `NUMBER_OF_MEMBERS`, …). Fields other than `id` and the timestamps are
 * `| null`.
 *
 * @example
 * ```ts
 * import { workgroups } from 'vibecode-query'
 *
 * workgroups().where('active', true).where('membersCount', '>=', 5).orderBy('dateCreate', 'desc')
 * // { "filter": { "active": true, "membersCount": { "$gte": 5 } }, "order": { "dateCreate": "desc" } }
 * ```
 * @category Entities
 */
export interface Workgroup {
  /** Workgroup id (read-only). */
  id: number
  /** Name. */
  name: string | null
  /** Description. */
  description: string | null
  /** Whether it is active. */
  active: boolean | null
  /** Whether it shows in the list of groups. */
  visible: boolean | null
  /** Open to everyone. */
  opened: boolean | null
  /** The owner's user id (`GET /v1/users`). */
  ownerId: number | null
  /** The id of its subject (group category). */
  subjectId: number | null
  /** The name of its subject (read-only). */
  subjectName: string | null
  /** Number of members (read-only; Bitrix24: `NUMBER_OF_MEMBERS`). */
  membersCount: number | null
  /** Creation time (read-only). */
  dateCreate: IsoDateTime
  /** Last change time (read-only). */
  dateUpdate: IsoDateTime
}

/**
 * What the library knows of workgroups besides the row: the read-only fields and the operations of
 * the entity reference (no `fields`). The docs name no include and no field for aggregates.
 *
 * @example
 * ```ts
 * type ReadOnly = WorkgroupSchema['readOnly'] // 'id' | 'subjectName' | 'membersCount' | 'dateCreate' | 'dateUpdate'
 * ```
 * @category Entities
 */
export interface WorkgroupSchema extends EntitySchema {
  readonly row: Workgroup
  readonly readOnly: 'id' | 'subjectName' | 'membersCount' | 'dateCreate' | 'dateUpdate'
  readonly required: never
  readonly unfilterable: never
  readonly operations: 'list' | 'get' | 'create' | 'update' | 'delete' | 'search' | 'aggregate'
  readonly relations: {}
  readonly aggregatable: never
  readonly groupable: never
}
