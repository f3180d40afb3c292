/**
 * Smart-process items (`/v1/items/:entityTypeId`, scope `crm`): the field table (docs line 30087),
 * aggregate fields (29504; `stageId` is grouped in the page's own example, 29645) and no relations.
 * Custom fields are `ufCrm{N}_…` and parent links `parentId{N}` (30111). `/fields` answers the
 * descriptors directly under `data` (30118); get and update answer a missing item 404 `NOT_FOUND`
 * (30315, 31776), delete 404 `ENTITY_NOT_FOUND` (30013).
 *
 * @module
 */
import { CUSTOM_FIELD, defineTable, type EntityTable } from '../entity-tables.js'
import { bitrixTypes } from '../field-specs.js'

const { id, money, text, flag, time, idList } = bitrixTypes
const RO = { readOnly: true }
const NOT_FOUND = { code: 'NOT_FOUND', message: 'Entity not found' } as const

/**
 * The table of every smart-process type.
 *
 * @example
 * ```ts
 * ITEMS.customFields.test('parentId2') // true
 * ```
 * @category Testing
 */
export const ITEMS: EntityTable = defineTable({
  name: 'items',
  operations: ['list', 'get', 'create', 'update', 'delete', 'fields', 'search', 'aggregate', 'products'],
  fields: [
    ['id', id('ID', RO)],
    ['title', text('Title')],
    ['xmlId', text('External code')],
    ['stageId', text('Stage')],
    ['categoryId', id('Pipeline')],
    ['assignedById', id('Responsible')],
    ['companyId', id('Company')],
    ['contactId', id('Contact')],
    ['contactIds', idList('Contacts', RO)],
    ['opportunity', money('Amount')],
    ['currencyId', text('Currency')],
    ['opened', flag('Available to everyone')],
    ['begindate', time('Start date')],
    ['closedate', time('End date')],
    ['sourceId', text('Source')],
    ['observers', idList('Observers')],
    ['mycompanyId', id('Our company')],
    ['createdBy', id('Created by', RO)],
    ['updatedBy', id('Modified by', RO)],
    ['movedBy', id('Moved by', RO)],
    ['createdTime', time('Created', RO)],
    ['updatedTime', time('Modified', RO)],
    ['movedTime', time('Stage changed', RO)],
  ],
  aggregatable: ['opportunity'],
  groupable: ['categoryId', 'assignedById', 'stageId'],
  fieldsShape: 'flat',
  missing: { get: NOT_FOUND, update: NOT_FOUND },
  customFields: new RegExp(`${CUSTOM_FIELD.source}|^parentId[1-9]\\d*$`),
})
