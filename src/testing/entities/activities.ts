/**
 * Activities (`/v1/activities`, scope `crm`): the field table with its fixed values (docs line
 * 20540), groupable fields (19993; none is named for the numeric functions) and no relations. A
 * missing activity: get and update 404 `ENTITY_NOT_FOUND` (20730, 21159), delete 422 `BITRIX_ERROR`
 * (20469).
 *
 * @module
 */
import { defineTable, type EntityTable } from '../entity-tables.js'
import { bitrixTypes } from '../field-specs.js'

const { id, text, flag, time } = bitrixTypes
const RO = { readOnly: true }

/**
 * The activities table.
 *
 * @example
 * ```ts
 * ACTIVITIES.groupable // ['typeId', 'ownerTypeId', 'responsibleId', 'completed']
 * ```
 * @category Testing
 */
export const ACTIVITIES: EntityTable = defineTable({
  name: 'activities',
  fields: [
    ['id', id('ID', RO)],
    [
      'typeId',
      id('Type', {
        values: [
          [1, 'Call'],
          [2, 'Meeting'],
          [3, 'Task'],
          [6, 'E-mail'],
        ],
      }),
    ],
    [
      'ownerTypeId',
      id('Parent type', {
        values: [
          [1, 'Lead'],
          [2, 'Deal'],
          [3, 'Contact'],
          [4, 'Company'],
        ],
      }),
    ],
    ['ownerId', id('Parent record')],
    ['subject', text('Subject')],
    ['description', text('Description')],
    ['responsibleId', id('Responsible')],
    [
      'priority',
      id('Priority', {
        values: [
          [1, 'Low'],
          [2, 'Medium'],
          [3, 'High'],
        ],
      }),
    ],
    [
      'direction',
      id('Direction', {
        values: [
          [1, 'Incoming'],
          [2, 'Outgoing'],
        ],
      }),
    ],
    ['completed', flag('Done')],
    ['startTime', time('Start')],
    ['endTime', time('End')],
    ['deadline', time('Deadline')],
    ['createdAt', time('Created', RO)],
    ['updatedAt', time('Modified', RO)],
  ],
  groupable: ['typeId', 'ownerTypeId', 'responsibleId', 'completed'],
  missing: { delete: { code: 'BITRIX_ERROR', message: 'Activity not found' } },
})
