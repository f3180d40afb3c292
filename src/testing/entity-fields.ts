/**
 * The fields the emulator knows per entity. Contacts carry every field of the shared
 * `contact-fields.json` (except the `ufCrm_*` placeholder); companies, deals and leads carry the
 * fields known from the documentation's examples. Any other entity, and custom `ufCrm*` fields of the
 * built-in ones, get their fields inferred from the rows they are given.
 *
 * @module
 */
import { looksLikeDateTime } from './iso-date.js'
import type { EmulatorRow, EntityFields, FieldDescriptor, FieldType } from './types.js'

const f = (type: FieldType, title: string, readOnly = false, multiple = false): FieldDescriptor =>
  Object.freeze({ type, title, readOnly, multiple })

const CONTACT_FIELDS: ReadonlyArray<readonly [string, FieldDescriptor]> = [
  ['id', f('number', 'Contact ID', true)],
  ['name', f('string', 'First name')],
  ['lastName', f('string', 'Last name')],
  ['secondName', f('string', 'Middle name')],
  ['phone', f('multifield', 'Phone', false, true)],
  ['email', f('multifield', 'Email', false, true)],
  ['companyId', f('number', 'Company ID')],
  ['post', f('string', 'Position')],
  ['comments', f('string', 'Comment')],
  ['typeId', f('string', 'Contact type')],
  ['sourceId', f('string', 'Source')],
  ['sourceDescription', f('string', 'Source description')],
  ['assignedById', f('number', 'Assigned (responsible) user ID')],
  ['opened', f('boolean', 'Available to everyone')],
  ['leadId', f('number', 'ID of the lead the contact was created from')],
  ['createdTime', f('datetime', 'Creation time', true)],
  ['updatedTime', f('datetime', 'Last update time', true)],
  ['phoneWork', f('string', 'Work phone (output alias)', true)],
  ['phoneMobile', f('string', 'Mobile phone (output alias)', true)],
  ['emailWork', f('string', 'Work email (output alias)', true)],
  ['emailHome', f('string', 'Home email (output alias)', true)],
  ['emailMailing', f('string', 'Mailing email (output alias)', true)],
  ['fm', f('array', 'All phone and email records', true, true)],
]

const COMPANY_FIELDS: ReadonlyArray<readonly [string, FieldDescriptor]> = [
  ['id', f('number', 'Company ID', true)],
  ['title', f('string', 'Company name')],
  ['industry', f('string', 'Industry')],
]

const DEAL_FIELDS: ReadonlyArray<readonly [string, FieldDescriptor]> = [
  ['id', f('number', 'Deal ID', true)],
  ['title', f('string', 'Deal title')],
  ['stageId', f('string', 'Stage')],
  ['amount', f('number', 'Amount')],
  ['createdAt', f('datetime', 'Creation date', true)],
  ['contactId', f('number', 'Contact ID')],
  ['companyId', f('number', 'Company ID')],
]

const LEAD_FIELDS: ReadonlyArray<readonly [string, FieldDescriptor]> = [
  ['id', f('number', 'Lead ID', true)],
  ['title', f('string', 'Lead title')],
  ['contactId', f('number', 'Contact ID')],
]

const BUILT_IN: Readonly<Record<string, ReadonlyArray<readonly [string, FieldDescriptor]>>> = {
  contacts: CONTACT_FIELDS,
  companies: COMPANY_FIELDS,
  deals: DEAL_FIELDS,
  leads: LEAD_FIELDS,
}

/**
 * The entities whose fields the emulator knows without data: `contacts`, `companies`, `deals`, `leads`.
 *
 * @example
 * ```ts
 * BUILT_IN_ENTITIES.includes('contacts') // true
 * ```
 * @category Testing
 */
export const BUILT_IN_ENTITIES: readonly string[] = Object.freeze(Object.keys(BUILT_IN))

/**
 * Custom (user) fields of built-in entities must start with `ufCrm` (e.g. `ufCrm_1742556744977`).
 *
 * @example
 * ```ts
 * CUSTOM_FIELD.test('ufCrm_1742556744977') // true
 * ```
 * @category Testing
 */
export const CUSTOM_FIELD = /^ufCrm[A-Za-z0-9_]*$/

/**
 * A plain field name: letters, digits and `_`, not starting with a digit.
 *
 * @example
 * ```ts
 * FIELD_NAME.test('lastName') // true
 * ```
 * @category Testing
 */
export const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * The built-in fields of an entity, or `undefined` for an entity the emulator does not know.
 *
 * @param entity - plural entity name, e.g. `contacts`
 * @returns the fields in output order
 * @example
 * ```ts
 * builtInFields('deals')?.get('amount')?.type // 'number'
 * ```
 * @category Testing
 */
export function builtInFields(entity: string): EntityFields | undefined {
  const list = Object.hasOwn(BUILT_IN, entity) ? BUILT_IN[entity] : undefined
  return list === undefined ? undefined : new Map(list)
}

/**
 * Infers the type of a field from one value (`undefined` for `null`/`undefined`, which say nothing).
 *
 * @param value - a stored value
 * @returns the inferred type
 * @example
 * ```ts
 * inferType('2026-01-01T10:00:00+03:00') // 'datetime'
 * ```
 * @category Testing
 */
export function inferType(value: unknown): FieldType | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'number' || typeof value === 'bigint') return 'number'
  if (typeof value === 'boolean') return 'boolean'
  if (typeof value === 'string') return looksLikeDateTime(value) ? 'datetime' : 'string'
  if (value instanceof Date) return 'datetime'
  if (Array.isArray(value)) return 'array'
  return 'object'
}

/**
 * Adds the fields found in rows to a field set (existing fields are kept as they are). For built-in
 * entities only `ufCrm*` names may be added; any other unknown name throws, so a typo in test data
 * fails loudly instead of creating a field the real service does not have.
 *
 * @param entity - the entity name (for messages)
 * @param fields - the current fields (mutated)
 * @param rows - rows to learn from
 * @param builtIn - whether the entity is one of {@link BUILT_IN_ENTITIES}
 * @returns the same map
 * @example
 * ```ts
 * learnFields('items', new Map(), [{ id: 1, title: 'A' }], false).get('title')?.type // 'string'
 * ```
 * @category Testing
 */
export function learnFields(
  entity: string,
  fields: Map<string, FieldDescriptor>,
  rows: readonly EmulatorRow[],
  builtIn: boolean,
): Map<string, FieldDescriptor> {
  const pending = new Map<string, FieldType | undefined>()
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      if (fields.has(name)) continue
      if (!FIELD_NAME.test(name) || name === '__proto__') throw new TypeError(`emulator: ${entity} row has an invalid field name '${name}'`)
      if (builtIn && !CUSTOM_FIELD.test(name)) {
        throw new TypeError(
          `emulator: ${entity} has no field '${name}' (custom fields of built-in entities must start with 'ufCrm')`,
        )
      }
      if (pending.get(name) === undefined) pending.set(name, inferType(value))
    }
  }
  if (!fields.has('id')) fields.set('id', f('number', 'ID', true))
  for (const [name, type] of pending) {
    const resolved = type ?? 'string'
    fields.set(name, f(resolved, name, name === 'id', resolved === 'array'))
  }
  return fields
}
