import type { EntitySchema, Relation } from './entity-schema.js'
import type { IsoDateTime } from './field-types.js'
import type { User } from './user.js'

/**
 * A task: every field of the docs' table for `/v1/tasks`, by its camelCase name (the service
 * converts Bitrix24's `RESPONSIBLE_ID`, `CREATED_DATE`, …), plus `statusChangedDate` and
 * `activityDate`, which an earlier edition of the tasks page named (marked *observed*). The docs fix
 * the codes of `status` and `priority`, so each is a union of its codes. Fields other than `id` and
 * the timestamps are `| null`.
 *
 * @example
 * ```ts
 * import { tasks } from 'vibecode-query'
 *
 * tasks().where('responsibleId', 1).where('status', 'in', [2, 3]).where('deadline', '<', '2026-06-01')
 * // { "filter": { "responsibleId": 1, "status": { "$in": [2, 3] }, "deadline": { "$lt": "2026-06-01" } } }
 * ```
 * @category Entities
 */
export interface Task {
  /** Task id (read-only). */
  id: number
  /** Title. */
  title: string | null
  /** Description, in HTML. */
  description: string | null
  /** The responsible user's id (`GET /v1/users`). */
  responsibleId: number | null
  /** The creator's user id (read-only). */
  createdBy: number | null
  /** Status: `2` pending, `3` in progress, `4` awaiting control, `5` completed, `6` deferred. */
  status: 2 | 3 | 4 | 5 | 6 | null
  /** Priority: `0` low, `1` normal, `2` high. */
  priority: 0 | 1 | 2 | null
  /** The workgroup's or project's id (`GET /v1/workgroups`). */
  groupId: number | null
  /** The parent task's id. */
  parentId: number | null
  /** Deadline. */
  deadline: IsoDateTime | null
  /** Planned start. */
  startDatePlan: IsoDateTime | null
  /** Planned end. */
  endDatePlan: IsoDateTime | null
  /** Time estimate. */
  timeEstimate: number | null
  /** Tags: typed string by the table, described there as an array of tags. */
  tags: string | null
  /** Accomplices' user ids; the type of the items is not documented. */
  accomplices: unknown[] | null
  /** Auditors' user ids; the type of the items is not documented. */
  auditors: unknown[] | null
  /** When it was closed (read-only). */
  closedDate: IsoDateTime | null
  /** Creation time (read-only). */
  createdDate: IsoDateTime
  /** Last change time (read-only). */
  changedDate: IsoDateTime
  /** When its status last changed (read-only; observed; the service ignores it in filters). */
  statusChangedDate: IsoDateTime | null
  /** When it last saw activity (read-only; observed; the service ignores it in filters). */
  activityDate: IsoDateTime | null
}

/**
 * What the library knows of tasks besides the row: the read-only fields, the fields the service
 * ignores in filters (`where` refuses them), the operations of the entity reference, the relations
 * `include` takes and the fields aggregates accept (one list in the docs serves both).
 *
 * @example
 * ```ts
 * type Unfilterable = TaskSchema['unfilterable'] // 'statusChangedDate' | 'activityDate'
 * ```
 * @category Entities
 */
export interface TaskSchema extends EntitySchema {
  readonly row: Task
  readonly readOnly:
    | 'id'
    | 'createdBy'
    | 'closedDate'
    | 'createdDate'
    | 'changedDate'
    | 'statusChangedDate'
    | 'activityDate'
  readonly required: never
  readonly unfilterable: 'statusChangedDate' | 'activityDate'
  readonly operations: 'list' | 'get' | 'create' | 'update' | 'delete' | 'fields' | 'search' | 'aggregate'
  readonly relations: {
    /** The responsible user, or `null` (one-to-one). */
    readonly responsible: Relation<User, 'one', 'responsible'>
    /** The creator, or `null` (one-to-one). */
    readonly creator: Relation<User, 'one', 'creator'>
  }
  readonly aggregatable: 'status' | 'priority' | 'responsibleId' | 'groupId'
  readonly groupable: 'status' | 'priority' | 'responsibleId' | 'groupId'
}
