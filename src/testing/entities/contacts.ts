/**
 * Contacts (`/v1/contacts`, scope `crm`): the field table (docs line 23025), groupable fields (22490)
 * and relations (23053). No standard field takes `sum`/`avg`/`min`/`max` (the aggregate page sends
 * numeric functions to custom fields, 22496). Contacts keep the upstream `createdTime`/`updatedTime`.
 *
 * @module
 */
import { defineTable, type EntityTable } from '../entity-tables.js'
import { bitrixTypes } from '../field-specs.js'

const { id, text, flag, time, multi } = bitrixTypes
const RO = { readOnly: true }

/**
 * The contacts table.
 *
 * @example
 * ```ts
 * CONTACTS.groupable // ['typeId', 'sourceId', 'assignedById']
 * ```
 * @category Testing
 */
export const CONTACTS: EntityTable = defineTable({
  name: 'contacts',
  fields: [
    ['id', id('ID', RO)],
    ['name', text('First name')],
    ['lastName', text('Last name')],
    ['secondName', text('Middle name')],
    ['honorific', text('Salutation')],
    ['phone', multi('Phone')],
    ['email', multi('E-mail')],
    ['companyId', id('Company')],
    ['post', text('Position')],
    ['comments', text('Comment')],
    ['typeId', text('Contact type')],
    ['sourceId', text('Source')],
    ['sourceDescription', text('Source description')],
    ['assignedById', id('Responsible')],
    ['createdBy', id('Created by', RO)],
    ['updatedBy', id('Modified by', RO)],
    ['opened', flag('Available to everyone')],
    ['export', flag('Export allowed')],
    ['leadId', id('Source lead')],
    ['createdTime', time('Created', RO)],
    ['updatedTime', time('Modified', RO)],
  ],
  groupable: ['typeId', 'sourceId', 'assignedById'],
  relations: {
    company: { kind: 'one', entity: 'companies', via: 'companyId' },
    requisite: { kind: 'absent', entity: 'requisites' },
  },
})
