import type { EntitySchema } from './entity-schema.js'
import type { IsoDateTime } from './field-types.js'

/**
 * A portal user: every field of the docs' table for `/v1/users`, by its camelCase name (the service
 * converts Bitrix24's `LAST_NAME`, `UF_DEPARTMENT`, …), plus `isOnline` and `dateRegister`, which
 * the update page names as read-only (marked *observed*; their types are not documented). Fields
 * other than `id` are `| null`. Users cannot be deleted through `users`: the entity reference lists
 * no delete.
 *
 * @example
 * ```ts
 * import { users } from 'vibecode-query'
 *
 * users().where('active', true).where('lastName', 'contains', 'Iva').select('id', 'name', 'lastName')
 * // { "filter": { "active": true, "lastName": { "$contains": "Iva" } }, "select": ["id", "name", "lastName"] }
 * ```
 * @category Entities
 */
export interface User {
  /** User id (read-only). */
  id: number
  /** First name. */
  name: string | null
  /** Last name. */
  lastName: string | null
  /** Email address (a plain string, not a CRM multifield). */
  email: string | null
  /** Whether the account is active. */
  active: boolean | null
  /** Position (job title). */
  workPosition: string | null
  /** Ids of the user's departments (`GET /v1/departments`; Bitrix24: `UF_DEPARTMENT`). */
  departmentId: number[] | null
  /** Personal phone. */
  personalPhone: string | null
  /** Personal photo. */
  personalPhoto: string | null
  /** Whether the user administers the portal (read-only). */
  isAdmin: boolean | null
  /** Last login time (read-only). */
  lastLogin: IsoDateTime | null
  /** Whether the user is online now (read-only; observed; type not documented). */
  isOnline: unknown
  /** Registration time (read-only; observed; type not documented). */
  dateRegister: unknown
}

/**
 * What the library knows of users besides the row: the read-only fields and the operations of the
 * entity reference (no delete). The docs name no include and no field for aggregates.
 *
 * @example
 * ```ts
 * type Operations = UserSchema['operations']
 * // 'list' | 'get' | 'create' | 'update' | 'fields' | 'search' | 'aggregate'
 * ```
 * @category Entities
 */
export interface UserSchema extends EntitySchema {
  readonly row: User
  readonly readOnly: 'id' | 'isAdmin' | 'lastLogin' | 'isOnline' | 'dateRegister'
  readonly required: never
  // Lists of ids: no filter on them is documented, and the emulator refuses one (a portal's own
  // multiple fields, typed as arrays, do filter: a record matches when any of its values does).
  readonly unfilterable: 'departmentId'
  readonly operations: 'list' | 'get' | 'create' | 'update' | 'fields' | 'search' | 'aggregate'
  readonly relations: {}
  readonly aggregatable: never
  readonly groupable: never
}
