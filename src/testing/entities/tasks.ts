/**
 * Tasks (`/v1/tasks`, scope `tasks`): the field table with the status and priority values (docs line
 * 19517), the aggregatable list that serves both the functions and `groupBy` (19544), and the relations
 * `responsible` and `creator` (19541). Two observed fields, `statusChangedDate` and `activityDate`,
 * are ignored by the service in filters (the earlier English tasks page): a condition on them filters
 * nothing. The `/fields` shape is not documented for tasks; the emulator answers the CRM shape.
 *
 * @module
 */
import { defineTable, type EntityTable } from '../entity-tables.js'
import { bitrixTypes } from '../field-specs.js'

const { id, text, time, idList } = bitrixTypes
const RO = { readOnly: true }
const ANALYTICS = ['status', 'priority', 'responsibleId', 'groupId']

/**
 * The tasks table.
 *
 * @example
 * ```ts
 * TASKS.ignoredInFilters // ['statusChangedDate', 'activityDate']
 * ```
 * @category Testing
 */
export const TASKS: EntityTable = defineTable({
  name: 'tasks',
  scope: 'tasks',
  fields: [
    ['id', id('ID', RO)],
    ['title', text('Title')],
    ['description', text('Description')],
    ['responsibleId', id('Responsible')],
    ['createdBy', id('Created by', RO)],
    [
      'status',
      id('Status', {
        values: [
          [2, 'Pending'],
          [3, 'In progress'],
          [4, 'Awaiting control'],
          [5, 'Completed'],
          [6, 'Deferred'],
        ],
      }),
    ],
    [
      'priority',
      id('Priority', {
        values: [
          [0, 'Low'],
          [1, 'Normal'],
          [2, 'High'],
        ],
      }),
    ],
    ['groupId', id('Workgroup')],
    ['parentId', id('Parent task')],
    ['deadline', time('Deadline')],
    ['startDatePlan', time('Planned start')],
    ['endDatePlan', time('Planned end')],
    ['timeEstimate', id('Time estimate, s')],
    ['tags', text('Tags')],
    ['accomplices', idList('Accomplices')],
    ['auditors', idList('Auditors')],
    ['closedDate', time('Closed', RO)],
    ['createdDate', time('Created', RO)],
    ['changedDate', time('Modified', RO)],
    ['statusChangedDate', time('Status changed (observed)', RO)],
    ['activityDate', time('Last activity (observed)', RO)],
  ],
  aggregatable: ANALYTICS,
  groupable: ANALYTICS,
  relations: {
    responsible: { kind: 'one', entity: 'users', via: 'responsibleId' },
    creator: { kind: 'one', entity: 'users', via: 'createdBy' },
  },
  ignoredInFilters: ['statusChangedDate', 'activityDate'],
})
