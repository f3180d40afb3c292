/**
 * Invoices (`/v1/invoices`, scope `crm`; the smart-process type 31): the field table (docs line
 * 27811, upstream names `opportunity`, `currencyId`, `createdTime`), `comments` (in the create and
 * update bodies, 27488), aggregate fields (27260) and relations (27859). `/fields` answers the
 * descriptors directly under `data` (27832); get and update answer a missing invoice 404 `NOT_FOUND`
 * (28037, 29478), delete 404 `ENTITY_NOT_FOUND` (27741).
 *
 * @module
 */
import { defineTable, type EntityTable } from '../entity-tables.js'
import { bitrixTypes } from '../field-specs.js'

const { id, money, text, time } = bitrixTypes
const RO = { readOnly: true }
const NOT_FOUND = { code: 'NOT_FOUND', message: 'Invoice not found' } as const

/**
 * The invoices table.
 *
 * @example
 * ```ts
 * INVOICES.fieldsShape // 'flat'
 * ```
 * @category Testing
 */
export const INVOICES: EntityTable = defineTable({
  name: 'invoices',
  operations: ['list', 'get', 'create', 'update', 'delete', 'fields', 'search', 'aggregate', 'products'],
  fields: [
    ['id', id('ID', RO)],
    ['title', text('Title')],
    ['stageId', text('Stage')],
    ['categoryId', id('Pipeline')],
    ['contactId', id('Paying contact')],
    ['companyId', id('Paying company')],
    ['mycompanyId', id('Our company')],
    ['opportunity', money('Amount')],
    ['currencyId', text('Currency')],
    ['assignedById', id('Responsible')],
    ['createdBy', id('Created by', RO)],
    ['createdTime', time('Created', RO)],
    ['updatedTime', time('Modified', RO)],
    ['comments', text('Comment (observed)')],
  ],
  aggregatable: ['opportunity'],
  groupable: ['stageId', 'assignedById'],
  relations: {
    contact: { kind: 'one', entity: 'contacts', via: 'contactId' },
    company: { kind: 'one', entity: 'companies', via: 'companyId' },
  },
  fieldsShape: 'flat',
  missing: { get: NOT_FOUND, update: NOT_FOUND },
})
