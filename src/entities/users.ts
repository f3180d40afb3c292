import { defineEntity, type Entity } from '../builder/entity.js'
import type { UserSchema } from '../schema/user.js'

/**
 * The entity `/v1/users`, typed with every field of the docs' user table and two observed ones; it has no delete.
 *
 * - Members: `get`, `create`, `update`, `createMany`, `updateMany`, `fields`.
 * - Relations for `include`: none.
 * - Aggregates: no numeric field the docs list for `sum`, `avg`, `min`, `max` (custom numeric fields
 *   only); `groupBy` on custom fields only.
 *
 * @example
 * ```ts
 * import { users } from 'vibecode-query'
 *
 * users().where('active', true).where('workPosition', 'contains', 'manager').select('id', 'name', 'lastName')
 * // { "filter": { "active": true, "workPosition": { "$contains": "manager" } }, "select": ["id", "name", "lastName"] }
 * ```
 * @category Entities
 */
export const users: Entity<UserSchema> = defineEntity<UserSchema>('users', [
  'list',
  'get',
  'create',
  'update',
  'fields',
  'search',
  'aggregate',
])
