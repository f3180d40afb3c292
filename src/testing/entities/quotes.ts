/**
 * Quotes (`/v1/quotes`, scope `crm`): the field table (docs line 34921; renamed like deals: `amount`,
 * `currency`, `beginDate`, `closeDate`, `createdAt`), aggregate fields (34366) and relations (34943).
 *
 * @module
 */
import { defineTable, type EntityTable } from '../entity-tables.js'
import { bitrixTypes } from '../field-specs.js'

const { id, money, text, time } = bitrixTypes
const RO = { readOnly: true }

/**
 * The quotes table.
 *
 * @example
 * ```ts
 * Object.keys(QUOTES.relations) // ['deal', 'contact', 'company']
 * ```
 * @category Testing
 */
export const QUOTES: EntityTable = defineTable({
  name: 'quotes',
  operations: ['list', 'get', 'create', 'update', 'delete', 'fields', 'search', 'aggregate', 'products'],
  fields: [
    ['id', id('ID', RO)],
    ['title', text('Title')],
    ['amount', money('Amount')],
    ['currency', text('Currency')],
    ['stageId', text('Status')],
    ['dealId', id('Deal')],
    ['contactId', id('Contact')],
    ['companyId', id('Company')],
    ['assignedById', id('Responsible')],
    ['createdBy', id('Created by', RO)],
    ['comments', text('Comment')],
    ['beginDate', time('Start date')],
    ['closeDate', time('Closing date')],
    ['createdAt', time('Created', RO)],
    ['updatedAt', time('Modified', RO)],
  ],
  aggregatable: ['amount'],
  groupable: ['stageId', 'assignedById'],
  relations: {
    deal: { kind: 'one', entity: 'deals', via: 'dealId' },
    contact: { kind: 'one', entity: 'contacts', via: 'contactId' },
    company: { kind: 'one', entity: 'companies', via: 'companyId' },
  },
})
