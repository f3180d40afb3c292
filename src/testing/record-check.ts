/**
 * Checks the fields of a create or an update before they are stored, in this order (the emulator's
 * choice; the docs give none):
 * - a field the entity does not have (other than a custom `ufCrm…`/`UF_…` one, which the docs say is
 *   accepted) → 400 `INVALID_REQUEST`, the entity pages' code for invalid fields (e.g. line 25437);
 * - a read-only field → 400 `READONLY_FIELD`, refused before Bitrix24 is called (the users page,
 *   19844; the emulator does it for every entity);
 * - a phone or e-mail in another shape → 400 `INVALID_MULTIFIELD_SHAPE` (see below);
 * - values of the wrong type → 400 `VALIDATION_ERROR`, one message naming every such field in the
 *   error page's form `fields.amount: Expected number, received string; fields.title: …` (1276–1300:
 *   a string for a number, a bad date format).
 *
 * Values by kind: numbers are JSON numbers (a `money` custom field also takes `"1500|RUB"`); text
 * is a string; flags are booleans; datetimes are ISO 8601 strings; lists are arrays; a field with
 * fixed values (`items`) takes one of them (a number field as a number); a multiple custom field an
 * array of values of its type (`VALIDATION_ERROR` otherwise); `null` clears any field.
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
  const problems: string[] = []
  const codes = write === 'create' && view.builtIn?.ids === 'code'
  for (const [name, value] of Object.entries(body)) {
    const spec = view.fields.get(name)
    if (codes && name === 'id') {
      const code = typeof value === 'string' && /^[A-Z]{3}$/.test(value)
      if (!code) problems.push(mismatch(name, 'a three-letter code', value))
    } else if (spec === undefined) {
      const custom = view.builtIn === undefined || view.builtIn.customFields.test(name)
      if (!FIELD_NAME.test(name) || name === '__proto__' || !custom) {
        throw fail('INVALID_REQUEST', `Unknown field '${name}' for ${view.name}`, {
          hint: `Fields: ${[...view.fields.keys()].join(', ')}`,
        })
      }
    } else {
      if (spec.descriptor.isReadOnly) throw fail('READONLY_FIELD', `Field '${name}' is read-only`)
      const expected = value === null ? undefined : expectation(name, spec, value)
      if (expected !== undefined) problems.push(mismatch(name, expected, value))
    }
    record[name] = value
  }
  if (problems.length > 0) throw fail('VALIDATION_ERROR', problems.join('; '))
  return record
}

/** One part of a `VALIDATION_ERROR` message, in the form of the docs' example (line 1285). */
function mismatch(name: string, expected: string, value: unknown): string {
  const received = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
  return `fields.${name}: Expected ${expected}, received ${received} ${JSON.stringify(value)}`
}

/**
 * What the field expects when `value` does not fit it, else `undefined`; a bad multifield throws. A
 * multiple custom field takes an array whose every item fits the field's type (no `null` items).
 */
function expectation(name: string, spec: FieldSpec, value: unknown): string | undefined {
  if (spec.descriptor.isMultiple === true) {
    const one = oneExpectation(name, spec, undefined) ?? 'values'
    if (!Array.isArray(value)) return `array of ${one}`
    const fits = value.every((item) => item !== null && oneExpectation(name, spec, item) === undefined)
    return fits ? undefined : `array of ${one}`
  }
  return oneExpectation(name, spec, value)
}

/** What a single value of the field expects when `value` does not fit it, else `undefined`. */
function oneExpectation(name: string, spec: FieldSpec, value: unknown): string | undefined {
  const { items, type } = spec.descriptor
  if (items !== undefined) {
    const scalar = typeof value === 'string' || typeof value === 'number'
    const listed = scalar && items.some((item) => item.ID === String(value))
    const typed = spec.kind !== 'number' || typeof value === 'number'
    return listed && typed ? undefined : `one of ${items.map((item) => item.ID).join(', ')}`
  }
  switch (spec.kind) {
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return undefined
      if (type === 'money' && typeof value === 'string' && MONEY.test(value)) return undefined
      return type === 'money' ? 'number or "amount|CUR"' : 'number'
    case 'string':
      return typeof value === 'string' ? undefined : 'string'
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'boolean'
    case 'datetime':
      return typeof value === 'string' && parseInstant(value.trim(), 0) !== undefined ? undefined : 'ISO 8601 date'
    case 'multifield':
      if (typeof value === 'string' || (Array.isArray(value) && value.every(multifieldEntry))) return undefined
      throw fail(
        'INVALID_MULTIFIELD_SHAPE',
        `Field '${name}' takes a string, strings or [{ value, typeId? }], got ${JSON.stringify(value)}`,
      )
    case 'array':
      return Array.isArray(value) ? undefined : 'array'
    case 'object':
      return undefined
  }
}

function multifieldEntry(entry: unknown): boolean {
  if (typeof entry === 'string') return true
  if (!isPlainObject(entry) || typeof entry['value'] !== 'string') return false
  return Object.keys(entry).every((key) => key === 'value' || (key === 'typeId' && typeof entry['typeId'] === 'string'))
}
