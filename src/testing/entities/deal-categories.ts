/**
 * Deal pipelines (`/v1/deal-categories`, scope `crm`): the field table (docs line 24645); pipeline 0 is
 * the main one. `/fields` answers `{ type, readonly }` under `data.fields` with the table's type names,
 * and `data.batch` (24658); create requires `name` (24467) and answers `{ id }` (24457); update answers
 * `true` (25009); a missing pipeline answers get and update 404 `NOT_FOUND` (24793, 25027), delete 422
 * `BITRIX_ERROR`, as does deleting pipeline 0 (24579). Deleting a pipeline moves its deals to pipeline 0
 * (24497).
 *
 * @module
 */
import { defineTable, type EntityTable } from '../entity-tables.js'
import { plainTypes } from '../field-specs.js'

const { id, text, time } = plainTypes
const NOT_FOUND = { code: 'NOT_FOUND', message: 'Deal category not found' } as const

/**
 * The deal pipelines table.
 *
 * @example
 * ```ts
 * DEAL_CATEGORIES.ids // 'from-zero'
 * ```
 * @category Testing
 */
export const DEAL_CATEGORIES: EntityTable = defineTable({
  name: 'deal-categories',
  fields: [
    ['id', id('ID', { readOnly: true })],
    ['name', text('Name', { required: true })],
    ['sort', id('Sort')],
    [
      'isLocked',
      text('Locked', {
        readOnly: true,
        values: [
          ['Y', 'Yes'],
          ['N', 'No'],
        ],
      }),
    ],
    ['createdAt', time('Created', { readOnly: true })],
  ],
  fieldsShape: 'readonly',
  ids: 'from-zero',
  answers: { create: 'id', update: 'true' },
  missing: { get: NOT_FOUND, update: NOT_FOUND, delete: { code: 'BITRIX_ERROR', message: 'Not found.' } },
  refuseDelete: (row) => (row['id'] === 0 ? 'The main pipeline (0) cannot be deleted' : undefined),
  onDelete: { entity: 'deals', field: 'categoryId', value: 0 },
})
