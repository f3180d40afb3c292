// From a field descriptor of `GET /v1/{entity}/fields` to the TypeScript type of its value. The
// user-field types are the 16 of `GET /v1/userfields/:entity/types` (docs lines 6080–6097); the
// others are the type names `/fields` gives standard fields. A type not in this table becomes
// `unknown`, with a comment that says so: a wrong guess would type-check code that fails at run time.
import type { FieldDescriptor } from '../wire/fields.js'
import { byId, commentText, stringLiteral } from './ts-text.js'

/** A name of the library that a generated type refers to, imported only when used. */
export type LibraryType = 'IsoDate' | 'IsoDateTime' | 'Multifield'

/** A type the generated module declares itself, only when used. */
export type LocalType = 'Money'

/** How one descriptor type maps: the TypeScript text of one value, and where its names come from. */
interface Scalar {
  readonly text: string
  readonly uses?: LibraryType | LocalType
}

const string: Scalar = { text: 'string' }
const number: Scalar = { text: 'number' }

// Ids of users, iblock sections and elements, and of CRM records, are numbers; CRM bindings (`crm`)
// are strings such as `D_12` (docs line 40986), CRM statuses codes such as `NEW`.
const scalars: Readonly<Record<string, Scalar>> = {
  string,
  text: string,
  char: string,
  url: string,
  address: string,
  crm: string,
  crm_status: string,
  crm_currency: string,
  integer: number,
  double: number,
  number,
  employee: number,
  user: number,
  iblock_section: number,
  iblock_element: number,
  crm_category: number,
  crm_company: number,
  crm_contact: number,
  crm_deal: number,
  crm_lead: number,
  crm_quote: number,
  boolean: { text: 'boolean' },
  // Range operators work on both. A `date` field's value may carry no time of day ('2026-05-01'),
  // and the docs show none, so it is typed as a date with or without one.
  date: { text: 'IsoDate', uses: 'IsoDate' },
  datetime: { text: 'IsoDateTime', uses: 'IsoDateTime' },
  // Stored as "amount|currency", e.g. "1500.50|RUB" (docs line 556).
  money: { text: 'Money', uses: 'Money' },
  crm_multifield: { text: 'Multifield', uses: 'Multifield' },
}

// Known types whose value shape the docs do not show: typed `unknown`, with the reason.
const undocumented: Readonly<Record<string, string>> = {
  file: 'the docs show no value shape for file fields',
}

/** The user-field types whose values `sum`, `avg`, `min` and `max` accept (docs line 553). */
export const aggregatableTypes: ReadonlySet<string> = new Set(['integer', 'double', 'money'])

/**
 * A descriptor's TypeScript type.
 */
export interface MappedType {
  /** The type of the field, e.g. `string | null`, `('45' | '46')[] | null` or `unknown`. */
  readonly text: string
  /** Union members of `text` when it is worth writing one per line (enumerations). */
  readonly members: readonly string[]
  /** What the field's comment adds: enumeration captions, why a type is `unknown`. */
  readonly note: string | undefined
  /** The library types and local types `text` names. */
  readonly uses: readonly (LibraryType | LocalType)[]
  /** Whether the value type is numeric for the service's aggregates (`integer`, `double`, `money`). */
  readonly aggregatable: boolean
  /** Whether `where` takes the field: what the library's `FilterableField` makes of `text`. */
  readonly filterable: boolean
  /** Whether `orderBy` takes it: what the library's `OrderableField` makes of `text`. */
  readonly orderable: boolean
}

/**
 * Maps one field descriptor to its TypeScript type. Every value but `id` may be `null` (Bitrix24
 * answers `null` for an empty field); a multiple field is an array; an enumeration is the union of
 * its items' ids (what the service stores and filters on), with their captions in `note`; an
 * unknown type is `unknown`, its name in `note`.
 *
 * @param name - The field's name (`id` is never `null`).
 * @param descriptor - The field as `fieldsOf` reads it.
 * @returns The type.
 */
export function mapType(name: string, descriptor: FieldDescriptor): MappedType {
  const { type, isMultiple } = descriptor
  const nullable = name !== 'id'
  // A number, string (enumerations and money too), date or boolean filters, alone or as a multiple
  // field (a list, matched when any of its values does); only a single one orders.
  const filters = { filterable: true, orderable: !isMultiple }
  const wrap = (one: string, members: readonly string[] = []): Pick<MappedType, 'text' | 'members'> => {
    if (isMultiple) {
      const array = `${members.length > 1 ? `(${one})` : one}[]`
      return { text: nullable ? `${array} | null` : array, members: [] }
    }
    return {
      text: nullable ? `${one} | null` : one,
      members: members.length > 1 ? [...members, ...(nullable ? ['null'] : [])] : [],
    }
  }
  if (type === 'enumeration') {
    const items = [...new Map((descriptor.items ?? []).map((item) => [item.id, item.value])).entries()].sort(
      ([a], [b]) => byId(a, b),
    )
    if (items.length === 0) {
      return { ...wrap('string'), note: 'enumeration without items', uses: [], aggregatable: false, ...filters }
    }
    const members = items.map(([id]) => stringLiteral(id))
    const captions = items.map(([id, value]) => `${commentText(id, 40)} = ${commentText(value, 60)}`).join(', ')
    return { ...wrap(members.join(' | '), members), note: captions, uses: [], aggregatable: false, ...filters }
  }
  const scalar = Object.hasOwn(scalars, type) ? scalars[type] : undefined
  if (!scalar) {
    const why = Object.hasOwn(undocumented, type)
      ? undocumented[type]
      : `'${commentText(type, 40)}' is not a type this generator knows`
    const none = { filterable: false, orderable: false }
    return { text: 'unknown', members: [], note: `typed unknown: ${why}`, uses: [], aggregatable: false, ...none }
  }
  return {
    ...wrap(scalar.text),
    note: undefined,
    uses: scalar.uses ? [scalar.uses] : [],
    aggregatable: aggregatableTypes.has(type) && !isMultiple,
    // A multiple phone or email field is an array of unions, which takes no condition.
    ...(scalar.uses === 'Multifield' ? { filterable: !isMultiple, orderable: false } : filters),
  }
}

/**
 * Whether a field is a portal's own (a user field): `ufCrm_…`, `ufCrm128_…`, `UF_CRM_…`, `UF_USR_…`.
 *
 * @param name - The field's name.
 * @returns `true` for a user field.
 */
export const isCustomField = (name: string): boolean => /^(?:uf[A-Z0-9_]|UF_)/.test(name)
