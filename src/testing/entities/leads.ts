/**
 * Leads (`/v1/leads`, scope `crm`): the field table (docs line 32363), aggregate fields (31802) and
 * relations (32392). Leads keep `createdTime`/`updatedTime` and name the amount `amount`.
 *
 * @module
 */
import { defineTable, type EntityTable } from '../entity-tables.js'
import { bitrixTypes } from '../field-specs.js'

const { id, money, text, flag, time, multi } = bitrixTypes
const RO = { readOnly: true }

/**
 * The leads table.
 *
 * @example
 * ```ts
 * LEADS.groupable // ['statusId', 'sourceId', 'assignedById']
 * ```
 * @category Testing
 */
export const LEADS: EntityTable = defineTable({
  name: 'leads',
  operations: ['list', 'get', 'create', 'update', 'delete', 'fields', 'search', 'aggregate', 'products'],
  fields: [
    ['id', id('ID', RO)],
    ['title', text('Title')],
    ['name', text('First name')],
    ['lastName', text('Last name')],
    ['secondName', text('Middle name')],
    ['statusId', text('Status')],
    ['companyTitle', text('Company name')],
    ['companyId', id('Company')],
    ['contactId', id('Contact')],
    ['amount', money('Amount')],
    ['currency', text('Currency')],
    ['sourceId', text('Source')],
    ['sourceDescription', text('Source description')],
    ['assignedById', id('Responsible')],
    ['createdBy', id('Created by', RO)],
    ['opened', flag('Available to everyone')],
    ['comments', text('Comment')],
    ['post', text('Position')],
    ['phone', multi('Phone')],
    ['email', multi('E-mail')],
    ['createdTime', time('Created', RO)],
    ['updatedTime', time('Modified', RO)],
  ],
  aggregatable: ['amount'],
  groupable: ['statusId', 'sourceId', 'assignedById'],
  relations: {
    contact: { kind: 'one', entity: 'contacts', via: 'contactId' },
    company: { kind: 'one', entity: 'companies', via: 'companyId' },
  },
})
