/**
 * Builders for the field specs of the built-in tables: how a field compares (`kind`) and what
 * `/fields` says of it (`type`, `isRequired`, `isReadOnly`, `title`, `items`).
 *
 * The `/fields` type names are upstream Bitrix24's (`integer`, `double`, `string`, `datetime`, `char`
 * for Y/N flags, `crm_multifield` for phones and e-mails): the docs' examples show `integer`, `double`,
 * `string` and `char` (25660, 27846, 23967). Deal pipelines answer the docs' table types instead
 * (`number`, 24658), with {@link plainTypes}.
 *
 * @module
 */
import type { EnumerationItem, FieldSpec, ValueKind } from './types.js'

/**
 * How one field is declared: its kind, `/fields` type and title, and the flags.
 *
 * @example
 * ```ts
 * const amount: FieldDeclaration = { kind: 'number', type: 'double', title: 'Amount' }
 * ```
 * @category Testing
 */
export interface FieldDeclaration {
  /** How values compare. */
  readonly kind: ValueKind
  /** The `/fields` type name. */
  readonly type: string
  /** The `/fields` title. */
  readonly title: string
  /** Read-only: writes refuse it. */
  readonly readOnly?: boolean
  /** Required on create. */
  readonly required?: boolean
  /** The fixed values, with their labels (`/fields` lists them under `items`). */
  readonly values?: ReadonlyArray<readonly [string | number, string]>
}

/**
 * Freezes a declaration into a spec.
 *
 * @param field - the declaration
 * @returns the spec
 * @example
 * ```ts
 * spec({ kind: 'number', type: 'integer', title: 'ID', readOnly: true }).descriptor.isReadOnly // true
 * ```
 * @category Testing
 */
export function spec(field: FieldDeclaration): FieldSpec {
  const items: EnumerationItem[] | undefined = field.values?.map(([id, label]) =>
    Object.freeze({ ID: String(id), VALUE: label }),
  )
  const descriptor = {
    type: field.type,
    isRequired: field.required ?? false,
    isReadOnly: field.readOnly ?? false,
    title: field.title,
    ...(items === undefined ? {} : { items: Object.freeze(items) }),
  }
  return Object.freeze({ kind: field.kind, descriptor: Object.freeze(descriptor) })
}

/** Extra flags of a field: read-only, required, fixed values. */
type Flags = Pick<FieldDeclaration, 'readOnly' | 'required' | 'values'>

const make =
  (kind: ValueKind, type: string) =>
  (title: string, flags: Flags = {}): FieldSpec =>
    spec({ kind, type, title, ...flags })

/**
 * The field builders with upstream Bitrix24 type names.
 *
 * @example
 * ```ts
 * const { id, text } = bitrixTypes
 * const fields = [['id', id('ID', { readOnly: true })], ['title', text('Title')]]
 * ```
 * @category Testing
 */
export const bitrixTypes = {
  /** A whole number: ids, counts, codes. */
  id: make('number', 'integer'),
  /** A decimal amount. */
  money: make('number', 'double'),
  /** Text. */
  text: make('string', 'string'),
  /** A Y/N flag, answered as a boolean. */
  flag: make('boolean', 'char'),
  /** A Y/N flag, answered as the text `Y` or `N`. */
  yesNo: make('string', 'char'),
  /** An ISO 8601 date-time. */
  time: make('datetime', 'datetime'),
  /** Phones or e-mails. */
  multi: make('multifield', 'crm_multifield'),
  /** A list of ids. */
  idList: make('array', 'integer'),
  /** A list of anything. */
  list: make('array', 'string'),
}

/**
 * The field builders with the docs' table type names (`number`, `string`, `datetime`), as the deal
 * pipelines' `/fields` answers them (24658).
 *
 * @example
 * ```ts
 * plainTypes.id('ID', { readOnly: true }).descriptor.type // 'number'
 * ```
 * @category Testing
 */
export const plainTypes = {
  /** A number. */
  id: make('number', 'number'),
  /** Text. */
  text: make('string', 'string'),
  /** An ISO 8601 date-time. */
  time: make('datetime', 'datetime'),
}
