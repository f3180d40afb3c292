/**
 * Fields beyond the built-in tables: custom fields declared with the `customFields` option, and
 * fields learnt from the rows an entity is given (any field of an entity the emulator has no table
 * for; only custom `ufCrm…`/`UF_…` fields of a built-in one, so that a typo in test data fails
 * loudly instead of creating a field the real service does not have).
 *
 * @module
 */
import { looksLikeDateTime } from './iso-date.js'
import type { EmulatorRow, EnumerationItem, ValueKind, FieldSpec } from './types.js'

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
 * The type of a custom field declared with the `customFields` option: the user-field types the docs
 * name. `money` values are stored as `"1500.50|RUB"` and compare and aggregate by their amount;
 * `enumeration` values are the `ID`s of its `items`.
 *
 * @example
 * ```ts
 * const t: CustomFieldType = 'enumeration'
 * ```
 * @category Emulator
 */
export type CustomFieldType =
  | 'string'
  | 'integer'
  | 'double'
  | 'money'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'enumeration'

/**
 * A custom field declared with the `customFields` option.
 *
 * @example
 * ```ts
 * const priority: CustomField = { type: 'enumeration', title: 'Priority', items: [{ ID: '45', VALUE: 'High' }] }
 * const tags: CustomField = { type: 'string', title: 'Tags', isMultiple: true }
 * const code: CustomField = { type: 'string', title: 'External code', isReadOnly: true }
 * ```
 * @category Emulator
 */
export interface CustomField {
  /** Its type. */
  readonly type: CustomFieldType
  /**
   * The title `/fields` answers.
   * @defaultValue the field name
   */
  readonly title?: string
  /**
   * Whether `/fields` marks it required.
   * @defaultValue false
   */
  readonly isRequired?: boolean
  /**
   * Whether `/fields` marks it read-only; writes then refuse it with 400 `READONLY_FIELD`, as they do
   * the read-only built-in fields (test data and `emulator.insert` may still set it).
   * @defaultValue false
   */
  readonly isReadOnly?: boolean
  /**
   * Whether it holds several values (the docs' user-field `multiple: "Y"`): writes take an array of
   * values of its type, `/fields` answers `isMultiple: true`, and a filter condition matches a row
   * when any of its values does.
   * @defaultValue false
   */
  readonly isMultiple?: boolean
  /** The allowed values; only for `enumeration`, which needs them. */
  readonly items?: readonly EnumerationItem[]
}

const KIND_OF: Readonly<Record<CustomFieldType, ValueKind>> = {
  string: 'string',
  integer: 'number',
  double: 'number',
  money: 'number',
  boolean: 'boolean',
  date: 'datetime',
  datetime: 'datetime',
  enumeration: 'string',
}

/**
 * Builds the spec of a declared custom field, checking the declaration.
 *
 * @param entity - the entity name, for messages
 * @param name - the field name
 * @param field - the declaration
 * @returns the spec
 * @throws `TypeError` for an unknown type, `items` missing from an enumeration or given to another type,
 *   or a flag that is not a boolean
 * @example
 * ```ts
 * customFieldSpec('deals', 'ufCrm_Budget', { type: 'money' }).descriptor.type // 'money'
 * ```
 * @category Testing
 */
export function customFieldSpec(entity: string, name: string, field: CustomField): FieldSpec {
  const kind = Object.hasOwn(KIND_OF, field.type) ? KIND_OF[field.type] : undefined
  if (kind === undefined) {
    throw new TypeError(`emulator: ${entity}.${name} has an unknown custom field type '${String(field.type)}'`)
  }
  const enumeration = field.type === 'enumeration'
  if (enumeration !== (field.items !== undefined)) {
    throw new TypeError(`emulator: ${entity}.${name}: items are required for an enumeration and only allowed there`)
  }
  for (const flag of ['isRequired', 'isReadOnly', 'isMultiple'] as const) {
    if (field[flag] !== undefined && typeof field[flag] !== 'boolean') {
      throw new TypeError(`emulator: ${entity}.${name}: ${flag} must be a boolean`)
    }
  }
  const descriptor = {
    type: field.type,
    isRequired: field.isRequired ?? false,
    isReadOnly: field.isReadOnly ?? false,
    ...(field.isMultiple === true ? { isMultiple: true } : {}),
    title: field.title ?? name,
    ...(field.items === undefined
      ? {}
      : { items: Object.freeze(field.items.map((item) => Object.freeze({ ID: item.ID, VALUE: item.VALUE }))) }),
  }
  return Object.freeze({ kind, descriptor: Object.freeze(descriptor) })
}

/**
 * Infers how a field compares from one stored value (`undefined` for `null`/`undefined`, which say nothing).
 *
 * @param value - a stored value
 * @returns the kind
 * @example
 * ```ts
 * inferKind('2026-01-01T10:00:00+03:00') // 'datetime'
 * ```
 * @category Testing
 */
export function inferKind(value: unknown): ValueKind | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'number' || typeof value === 'bigint') return 'number'
  if (typeof value === 'boolean') return 'boolean'
  if (typeof value === 'string') return looksLikeDateTime(value) ? 'datetime' : 'string'
  if (value instanceof Date) return 'datetime'
  if (Array.isArray(value)) return 'array'
  return 'object'
}

const INFERRED_TYPE: Readonly<Record<ValueKind, string>> = {
  number: 'double',
  string: 'string',
  boolean: 'boolean',
  datetime: 'datetime',
  multifield: 'crm_multifield',
  array: 'string',
  object: 'string',
}

function inferredSpec(name: string, kind: ValueKind, value: unknown): FieldSpec {
  const type = kind === 'number' && Number.isInteger(value) ? 'integer' : INFERRED_TYPE[kind]
  const descriptor = { type, isRequired: false, isReadOnly: name === 'id', title: name === 'id' ? 'ID' : name }
  return Object.freeze({ kind, descriptor: Object.freeze(descriptor) })
}

/**
 * Adds the fields found in rows to a field set; known fields are kept as they are, and `id` is
 * always present. A field first seen as `null` is text.
 *
 * @param entity - the entity name (for messages)
 * @param fields - the current fields (changed in place)
 * @param rows - rows to learn from
 * @param accepts - which new names may be added (a built-in entity takes only custom fields)
 * @throws `TypeError` for a name that is not a field name, or that `accepts` refuses
 * @example
 * ```ts
 * const fields = new Map<string, FieldSpec>()
 * learnFields('things', fields, [{ id: 1, title: 'A' }], () => true)
 * fields.get('title')?.kind // 'string'
 * ```
 * @category Testing
 */
export function learnFields(
  entity: string,
  fields: Map<string, FieldSpec>,
  rows: readonly EmulatorRow[],
  accepts: (name: string) => boolean,
): void {
  const pending = new Map<string, { kind: ValueKind; value: unknown } | undefined>()
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      if (fields.has(name) || pending.get(name) !== undefined) continue
      if (!FIELD_NAME.test(name) || name === '__proto__') {
        throw new TypeError(`emulator: ${entity} row has an invalid field name '${name}'`)
      }
      if (!accepts(name)) {
        throw new TypeError(`emulator: ${entity} has no field '${name}' (custom fields start with 'ufCrm' or 'UF_')`)
      }
      const kind = inferKind(value)
      pending.set(name, kind === undefined ? undefined : { kind, value })
    }
  }
  if (!fields.has('id')) fields.set('id', inferredSpec('id', 'number', 1))
  for (const [name, seen] of pending) fields.set(name, inferredSpec(name, seen?.kind ?? 'string', seen?.value))
}
