/**
 * Departments (`/v1/departments`, scope `department`): the field table (docs line 17886). No `fields`
 * operation (10176), no relations (an include answers `INVALID_INCLUDE` with nothing available,
 * 10567), no aggregate fields.
 *
 * @module
 */
import { defineTable, type EntityTable } from '../entity-tables.js'
import { bitrixTypes } from '../field-specs.js'

const { id, text } = bitrixTypes

/**
 * The departments table.
 *
 * @example
 * ```ts
 * DEPARTMENTS.operations.includes('fields') // false
 * ```
 * @category Testing
 */
export const DEPARTMENTS: EntityTable = defineTable({
  name: 'departments',
  scope: 'department',
  operations: ['list', 'get', 'create', 'update', 'delete', 'search', 'aggregate'],
  fields: [
    ['id', id('ID', { readOnly: true })],
    ['name', text('Name')],
    ['parentId', id('Parent department')],
    ['headId', id('Head')],
    ['sort', id('Sort')],
  ],
})
