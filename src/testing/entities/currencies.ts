/**
 * Currencies (`/v1/currencies`, scope `crm`): the field table (docs line 23947) and the upper-case
 * `LID` the answers carry (24073). The id is the ISO 4217 code, given on create (23681) and read-only
 * after. `/fields` answers upper-case names directly under `data`, the code as `CURRENCY` (23964);
 * create answers `{ id }` (23759), update `true` (24346); a missing currency answers get and update
 * 404 `NOT_FOUND` (24113, 24364), delete 422 `BITRIX_ERROR`, as does deleting the base currency (23881).
 *
 * @module
 */
import { defineTable, type EntityTable } from '../entity-tables.js'
import { bitrixTypes } from '../field-specs.js'

const { id, money, text, flag } = bitrixTypes
const REQUIRED = { required: true }
const NOT_FOUND = { code: 'NOT_FOUND', message: 'Currency not found' } as const

/**
 * The currencies table.
 *
 * @example
 * ```ts
 * CURRENCIES.ids // 'code'
 * ```
 * @category Testing
 */
export const CURRENCIES: EntityTable = defineTable({
  name: 'currencies',
  fields: [
    ['id', text('Currency code', { readOnly: true, required: true })],
    ['amount', money('Exchange rate', REQUIRED)],
    ['amountCnt', id('Units per rate', REQUIRED)],
    ['base', flag('Base currency')],
    ['sort', id('Sort')],
    ['fullName', text('Name')],
    ['formatString', text('Format')],
    ['decPoint', text('Decimal separator')],
    ['thousandsSep', text('Thousands separator')],
    ['decimals', id('Decimal places')],
    ['LID', text('Language (observed)', { readOnly: true })],
  ],
  fieldsShape: 'upper',
  upperNames: { id: 'CURRENCY' },
  ids: 'code',
  answers: { create: 'id', update: 'true' },
  missing: { get: NOT_FOUND, update: NOT_FOUND, delete: { code: 'BITRIX_ERROR', message: 'Currency not found' } },
  refuseDelete: (row) => (row['base'] === true ? 'The base currency cannot be deleted' : undefined),
})
