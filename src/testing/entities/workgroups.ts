/**
 * Workgroups and projects (`/v1/workgroups`, scope `sonet_group`): the field table (docs line 19918).
 * No `fields` operation (10177), no relations, no aggregate fields.
 *
 * @module
 */
import { defineTable, type EntityTable } from '../entity-tables.js'
import { bitrixTypes } from '../field-specs.js'

const { id, text, flag, time } = bitrixTypes
const RO = { readOnly: true }

/**
 * The workgroups table.
 *
 * @example
 * ```ts
 * WORKGROUPS.scope // 'sonet_group'
 * ```
 * @category Testing
 */
export const WORKGROUPS: EntityTable = defineTable({
  name: 'workgroups',
  scope: 'sonet_group',
  operations: ['list', 'get', 'create', 'update', 'delete', 'search', 'aggregate'],
  fields: [
    ['id', id('ID', RO)],
    ['name', text('Name')],
    ['description', text('Description')],
    ['active', flag('Active')],
    ['visible', flag('Visible')],
    ['opened', flag('Open to everyone')],
    ['ownerId', id('Owner')],
    ['subjectId', id('Subject')],
    ['subjectName', text('Subject name', RO)],
    ['membersCount', id('Members', RO)],
    ['dateCreate', time('Created', RO)],
    ['dateUpdate', time('Modified', RO)],
  ],
})
