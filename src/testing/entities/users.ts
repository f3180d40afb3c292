/**
 * Users (`/v1/users`, scope `user`): the field table (docs line 19783) and the two read-only fields
 * update refuses, `isOnline` and `dateRegister` (19844). No delete: the entity reference omits it
 * (10175) and the page lists it as disabled (19777), although the same page also shows a soft delete
 * (19846), so `DELETE /v1/users/:id` answers 400 `ACTION_NOT_SUPPORTED`. Get answers an array (2392):
 * the record with the table's names alone, with the Bitrix24 names (`ID`, `LAST_NAME`,
 * `UF_DEPARTMENT`) in a batch, where the batch page shows `[{ ID, NAME, … }]`. No aggregate fields,
 * no relations.
 *
 * @module
 */
import { defineTable, type EntityTable } from '../entity-tables.js'
import { bitrixTypes } from '../field-specs.js'

const { id, text, flag, time, idList } = bitrixTypes
const RO = { readOnly: true }

/**
 * The users table.
 *
 * @example
 * ```ts
 * USERS.operations.includes('delete') // false
 * ```
 * @category Testing
 */
export const USERS: EntityTable = defineTable({
  name: 'users',
  scope: 'user',
  operations: ['list', 'get', 'create', 'update', 'fields', 'search', 'aggregate'],
  fields: [
    ['id', id('ID', RO)],
    ['name', text('First name')],
    ['lastName', text('Last name')],
    ['email', text('E-mail')],
    ['active', flag('Active')],
    ['workPosition', text('Position')],
    ['departmentId', idList('Departments')],
    ['personalPhone', text('Personal phone')],
    ['personalPhoto', text('Photo')],
    ['isAdmin', flag('Administrator', RO)],
    ['lastLogin', time('Last login', RO)],
    ['isOnline', flag('Online (observed)', RO)],
    ['dateRegister', time('Registered (observed)', RO)],
  ],
  stamps: { created: ['dateRegister'], updated: [] },
  upperNames: { departmentId: 'UF_DEPARTMENT' },
})
