/**
 * Checks the fields of a create or an update before they are stored. The docs' entity pages answer
 * invalid fields with 400 `INVALID_REQUEST` (e.g. line 25437) and the users page answers read-only
 * fields with 400 `READONLY_FIELD` before calling Bitrix24 (19844); the emulator does both for every
 * entity. Strict where the docs are silent: a field the entity does not have (other than a custom
 * `ufCrm…`/`UF_…` one, which the docs say is accepted) and a value of the wrong type are refused.
 *
 * Values by kind: numbers are JSON numbers (a `money` custom field also takes `"1500|RUB"`); text
 * is a string; flags are booleans; datetimes are ISO 8601 strings; lists are arrays; a field with
 * fixed values (`items`) takes one of them (a number field as a number); `null` clears any field.
 * Phones and e-mails are a string or an array of `{ value, typeId? }` (the contacts create page,
 * 22687) or of strings; any other
 * shape — the upstream `{ VALUE, VALUE_TYPE }` included — answers 400 `INVALID_MULTIFIELD_SHAPE`
 * (a code of the newer English contacts pages; the May docs do not name it).
 *
 * @module
 */
import { FIELD_NAME } from './entity-fields.js'
import { fail } from './error-codes.js'
import { parseInstant } from './iso-date.js'
import { isPlainObject } from './params.js'
import type { EntityView } from './store.js'
import type { EmulatorRow, FieldSpec } from './types.js'

const MONEY = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)\|[A-Z]{3}\s*$/

/**
 * Reads the fields of a create or update body. A create of an entity whose ids are codes (currencies)
 * takes the read-only `id`, the code, which must be three capital letters.
 *
 * @param view - the entity
 * @param body - the body as sent
 * @param write - whether it is a create or an update
 * @returns the fields to store
 * @example
 * ```ts
 * readRecord(view, { title: 'Big one', amount: 5000 }, 'create') // { title: 'Big one', amount: 5000 }
 * ```
 * @category Testing
 */
export function readRecord(view: EntityView, body: unknown, write: 'create' | 'update'): EmulatorRow {
  if (!isPlainObject(body)) throw fail('VALIDATION_ERROR', 'The body must be a JSON object of fields')
  const record: EmulatorRow = {}
  const codes = write === 'create' && view.builtIn?.ids === 'code'
  for (const [name, value] of Object.entries(body)) {
    const spec = view.fields.get(name)
    if (codes && name === 'id') {
      if (typeof value !== 'string' || !/^[A-Z]{3}$/.test(value)) {
        throw fail('INVALID_REQUEST', `Field 'id' expects a three-letter code, got ${JSON.stringify(value)}`)
      }
    } else if (spec === undefined) {
      const custom = view.builtIn === undefined || view.builtIn.customFields.test(name)
      if (!FIELD_NAME.test(name) || name === '__proto__' || !custom) {
        throw fail('INVALID_REQUEST', `Unknown field '${name}' for ${view.name}`, {
          hint: `Fields: ${[...view.fields.keys()].join(', ')}`,
        })
      }
    } else {
      if (spec.descriptor.isReadOnly) throw fail('READONLY_FIELD', `Field '${name}' is read-only`)
      if (value !== null) checkValue(name, spec, value)
    }
    record[name] = value
  }
  return record
}

function checkValue(name: string, spec: FieldSpec, value: unknown): void {
  const bad = (expected: string): never => {
    throw fail('INVALID_REQUEST', `Field '${name}' expects ${expected}, got ${JSON.stringify(value)}`)
  }
  const { items, type } = spec.descriptor
  if (items !== undefined) {
    const scalar = typeof value === 'string' || typeof value === 'number'
    const listed = scalar && items.some((item) => item.ID === String(value))
    if (!listed || (spec.kind === 'number' && typeof value !== 'number')) {
      bad(`one of ${items.map((item) => item.ID).join(', ')}`)
    }
    return
  }
  switch (spec.kind) {
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return
      if (type === 'money' && typeof value === 'string' && MONEY.test(value)) return
      return bad(type === 'money' ? 'a number or "amount|CUR"' : 'a number')
    case 'string':
      return typeof value === 'string' ? undefined : bad('a string')
    case 'boolean':
      return typeof value === 'boolean' ? undefined : bad('true or false')
    case 'datetime':
      return typeof value === 'string' && parseInstant(value.trim(), 0) !== undefined
        ? undefined
        : bad('an ISO 8601 date string')
    case 'multifield':
      if (typeof value === 'string' || (Array.isArray(value) && value.every(multifieldEntry))) return
      throw fail(
        'INVALID_MULTIFIELD_SHAPE',
        `Field '${name}' takes a string, strings or [{ value, typeId? }], got ${JSON.stringify(value)}`,
      )
    case 'array':
      return Array.isArray(value) ? undefined : bad('an array')
    case 'object':
      return undefined
  }
}

function multifieldEntry(entry: unknown): boolean {
  if (typeof entry === 'string') return true
  if (!isPlainObject(entry) || typeof entry['value'] !== 'string') return false
  return Object.keys(entry).every((key) => key === 'value' || (key === 'typeId' && typeof entry['typeId'] === 'string'))
}
