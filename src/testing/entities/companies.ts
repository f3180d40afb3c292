/**
 * Companies (`/v1/companies`, scope `crm`): the field table (docs line 21870), aggregate fields
 * (21317: `revenue` for the numeric functions) and relations (21896).
 *
 * @module
 */
import { defineTable, type EntityTable } from '../entity-tables.js'
import { bitrixTypes } from '../field-specs.js'

const { id, money, text, flag, time, multi } = bitrixTypes
const RO = { readOnly: true }

/**
 * The companies table.
 *
 * @example
 * ```ts
 * COMPANIES.aggregatable // ['revenue']
 * ```
 * @category Testing
 */
export const COMPANIES: EntityTable = defineTable({
  name: 'companies',
  fields: [
    ['id', id('ID', RO)],
    ['title', text('Name')],
    ['companyType', text('Company type')],
    ['industry', text('Industry')],
    ['revenue', money('Annual revenue')],
    ['currencyId', text('Currency')],
    ['phone', multi('Phone')],
    ['email', multi('E-mail')],
    ['web', text('Website')],
    ['comments', text('Comment')],
    ['sourceId', text('Source')],
    ['sourceDescription', text('Source description')],
    ['assignedById', id('Responsible')],
    ['createdBy', id('Created by', RO)],
    ['updatedBy', id('Modified by', RO)],
    ['createdTime', time('Created', RO)],
    ['updatedTime', time('Modified', RO)],
    ['opened', flag('Available to everyone')],
    ['leadId', id('Source lead')],
  ],
  aggregatable: ['revenue'],
  groupable: ['companyType', 'industry', 'assignedById', 'sourceId'],
  relations: { requisite: { kind: 'absent', entity: 'requisites' } },
})
