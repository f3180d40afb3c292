/**
 * Statuses (`/v1/statuses`, scope `crm`): the dictionaries of stages, sources, types (docs line
 * 39548), with the upper-case `SYSTEM` and `CATEGORY_ID` the answers carry (39338). `/fields` answers
 * upper-case names directly under `data` (39563); create requires `entityId`, `statusId` and `name`
 * (39267) and answers the record; update answers `true` (39931); a missing record answers get and
 * update 404 `NOT_FOUND` (39706, 39948), delete 422 `BITRIX_ERROR`, as does deleting a system record
 * (39482).
 *
 * @module
 */
import { defineTable, type EntityTable } from '../entity-tables.js'
import { bitrixTypes } from '../field-specs.js'

const { id, text, yesNo } = bitrixTypes
const REQUIRED = { required: true }
const NOT_FOUND = { code: 'NOT_FOUND', message: 'Status not found' } as const

/**
 * The statuses table.
 *
 * @example
 * ```ts
 * STATUSES.fieldsShape // 'upper'
 * ```
 * @category Testing
 */
export const STATUSES: EntityTable = defineTable({
  name: 'statuses',
  fields: [
    ['id', id('ID', { readOnly: true })],
    ['entityId', text('Dictionary', REQUIRED)],
    ['statusId', text('Code', REQUIRED)],
    ['name', text('Name', REQUIRED)],
    ['nameInit', text('Original name')],
    ['sort', id('Sort')],
    ['color', text('Colour')],
    [
      'semantics',
      text('Semantics', {
        values: [
          ['S', 'Success'],
          ['F', 'Failure'],
          ['P', 'In progress'],
        ],
      }),
    ],
    [
      'SYSTEM',
      yesNo('System (observed)', {
        readOnly: true,
        values: [
          ['Y', 'Yes'],
          ['N', 'No'],
        ],
      }),
    ],
    ['CATEGORY_ID', id('Pipeline (observed)', { readOnly: true })],
  ],
  fieldsShape: 'upper',
  answers: { create: 'record', update: 'true' },
  missing: { get: NOT_FOUND, update: NOT_FOUND, delete: { code: 'BITRIX_ERROR', message: 'Not found' } },
  refuseDelete: (row) => (row['SYSTEM'] === 'Y' ? 'A system status cannot be deleted' : undefined),
})
