/**
 * Deals (`/v1/deals`, scope `crm`): the field table (docs line 25616), aggregate fields (25051) and
 * relations (25646). Beyond the table, three observed fields: `stageSemanticId` (listed as groupable
 * in a real `INVALID_PARAMS` message), `closed` (`"N"` in the create answer, 25408) and `entityTypeId`
 * (always 2, in the create answer table, 25385).
 *
 * @module
 */
import { defineTable, type EntityTable } from '../entity-tables.js'
import { bitrixTypes } from '../field-specs.js'

const { id, money, text, flag, yesNo, time, idList } = bitrixTypes
const RO = { readOnly: true }

/**
 * The deals table.
 *
 * @example
 * ```ts
 * Object.keys(DEALS.relations) // ['contact', 'company', 'quote']
 * ```
 * @category Testing
 */
export const DEALS: EntityTable = defineTable({
  name: 'deals',
  operations: ['list', 'get', 'create', 'update', 'delete', 'fields', 'search', 'aggregate', 'products'],
  fields: [
    ['id', id('ID', RO)],
    ['title', text('Title')],
    ['amount', money('Amount')],
    ['currency', text('Currency')],
    ['stageId', text('Stage')],
    [
      'stageSemanticId',
      text('Stage group (observed)', {
        readOnly: true,
        values: [
          ['S', 'Success'],
          ['F', 'Failure'],
          ['P', 'In progress'],
        ],
      }),
    ],
    ['closed', yesNo('Closed (observed)', RO)],
    ['categoryId', id('Pipeline')],
    ['companyId', id('Company')],
    ['contactId', id('Main contact')],
    ['contactIds', idList('Contacts', RO)],
    ['assignedById', id('Responsible')],
    ['createdBy', id('Created by', RO)],
    ['updatedBy', id('Modified by', RO)],
    ['createdAt', time('Created', RO)],
    ['updatedAt', time('Modified', RO)],
    ['closedAt', time('Closing date')],
    ['sourceId', text('Source')],
    ['sourceDescription', text('Source description')],
    ['probability', id('Probability, %')],
    ['opened', flag('Available to everyone')],
    ['comments', text('Comment')],
    ['observers', idList('Observers')],
    ['typeId', text('Deal type')],
    ['isReturning', flag('Repeat deal')],
    ['entityTypeId', id('CRM type (observed)', { readOnly: true, values: [[2, 'Deal']] })],
  ],
  aggregatable: ['amount'],
  groupable: ['stageId', 'categoryId', 'assignedById', 'sourceId', 'stageSemanticId'],
  relations: {
    contact: { kind: 'many', entity: 'contacts', via: 'contactIds', primary: 'contactId' },
    company: { kind: 'one', entity: 'companies', via: 'companyId' },
    quote: { kind: 'absent', entity: 'quotes' },
  },
  constants: { entityTypeId: 2 },
})
