/**
 * The built-in entities as the docs describe them: each field of the entity's field table (contacts
 * 22968, companies 21814, deals 25559, leads 32306), the fields its aggregate page lists as
 * aggregatable (contacts 22490, companies 21313, deals 25051, leads 31798), and the relations its
 * `/fields` answer lists under `include` (contacts 23053, companies 21896, deals 25646, leads 32392).
 *
 * Beyond the tables, deals add `stageSemanticId` (listed as groupable in a real `INVALID_PARAMS`
 * message) and `closed` (read by live apps), both observed, not documented. (The first edition's
 * contact aliases `phoneWork` … `emailMailing` and `fm` came from older pages; the May tables have
 * none of them, so neither does the emulator.)
 *
 * The `/fields` type names are upstream Bitrix24's (`integer`, `double`, `string`, `datetime`,
 * `char` for Y/N flags, `crm_multifield` for phones and e-mails): the docs' example shows only
 * `integer` and `string` (25660). Every built-in field answers `isRequired: false`, as that example does.
 *
 * @module
 */
import type { ValueKind, FieldSpec } from './types.js'

/**
 * How a relation of `include` is answered (docs lines 10340–10420): one-to-one through a field that
 * holds the related id (`company` via `companyId` → `_included.company`, an object or `null`);
 * many-to-many through a field that holds the ids (`contact` via `contactIds` → `_included.contacts`,
 * an array whose items add `isPrimary`, `sort` and `roleId`); or a relation to an entity the
 * emulator does not hold (`quote`, `requisite`), answered `null`.
 *
 * @example
 * ```ts
 * const company: Relation = { kind: 'one', entity: 'companies', via: 'companyId' }
 * ```
 * @category Testing
 */
export type Relation =
  | { readonly kind: 'one'; readonly entity: string; readonly via: string }
  | { readonly kind: 'many'; readonly entity: string; readonly via: string; readonly primary: string }
  | { readonly kind: 'absent' }

/**
 * One built-in entity: its fields in output order, its aggregatable fields, its relations.
 *
 * @example
 * ```ts
 * BUILT_IN_TABLES.deals.aggregatable // ['amount', 'stageId', …]
 * ```
 * @category Testing
 */
export interface EntityTable {
  /** Field name and spec, in output order. */
  readonly fields: ReadonlyArray<readonly [string, FieldSpec]>
  /** The fields `groupBy` and the numeric functions accept (custom `ufCrm*` fields are always accepted). */
  readonly aggregatable: readonly string[]
  /** The relations of `include`, in the order `/fields` lists them under `data.include`. */
  readonly relations: Readonly<Record<string, Relation>>
}

const COMPANY: Relation = { kind: 'one', entity: 'companies', via: 'companyId' }
const CONTACT: Relation = { kind: 'one', entity: 'contacts', via: 'contactId' }
const ABSENT: Relation = { kind: 'absent' }

const spec = (kind: ValueKind, type: string, title: string, isReadOnly = false): FieldSpec =>
  Object.freeze({ kind, descriptor: Object.freeze({ type, isRequired: false, isReadOnly, title }) })
const id = (title: string, readOnly = false): FieldSpec => spec('number', 'integer', title, readOnly)
const money = (title: string): FieldSpec => spec('number', 'double', title)
const text = (title: string, readOnly = false): FieldSpec => spec('string', 'string', title, readOnly)
const flag = (title: string): FieldSpec => spec('boolean', 'char', title)
const time = (title: string, readOnly = false): FieldSpec => spec('datetime', 'datetime', title, readOnly)
const multi = (title: string): FieldSpec => spec('multifield', 'crm_multifield', title)
const idList = (title: string, readOnly = false): FieldSpec => spec('array', 'integer', title, readOnly)

const CONTACTS: EntityTable = {
  fields: [
    ['id', id('ID', true)],
    ['name', text('First name')],
    ['lastName', text('Last name')],
    ['secondName', text('Middle name')],
    ['honorific', text('Salutation')],
    ['phone', multi('Phone')],
    ['email', multi('E-mail')],
    ['companyId', id('Company')],
    ['post', text('Position')],
    ['comments', text('Comment')],
    ['typeId', text('Contact type')],
    ['sourceId', text('Source')],
    ['sourceDescription', text('Source description')],
    ['assignedById', id('Responsible')],
    ['createdBy', id('Created by', true)],
    ['updatedBy', id('Modified by', true)],
    ['opened', flag('Available to everyone')],
    ['export', flag('Export allowed')],
    ['leadId', id('Source lead')],
    ['createdTime', time('Created', true)],
    ['updatedTime', time('Modified', true)],
  ],
  aggregatable: ['typeId', 'sourceId', 'assignedById'],
  relations: { company: COMPANY, requisite: ABSENT },
}

const COMPANIES: EntityTable = {
  fields: [
    ['id', id('ID', true)],
    ['title', text('Name')],
    ['companyType', text('Company type')],
    ['industry', text('Industry')],
    ['revenue', money('Annual revenue')],
    ['currencyId', text('Currency')],
    ['phone', multi('Phone')],
    ['email', multi('E-mail')],
    ['web', text('Website')],
    ['comments', text('Comment')],
    ['sourceId', text('Source')],
    ['sourceDescription', text('Source description')],
    ['assignedById', id('Responsible')],
    ['createdBy', id('Created by', true)],
    ['updatedBy', id('Modified by', true)],
    ['createdTime', time('Created', true)],
    ['updatedTime', time('Modified', true)],
    ['opened', flag('Available to everyone')],
    ['leadId', id('Source lead')],
  ],
  aggregatable: ['revenue', 'companyType', 'industry', 'assignedById', 'sourceId'],
  relations: { requisite: ABSENT },
}

const DEALS: EntityTable = {
  fields: [
    ['id', id('ID', true)],
    ['title', text('Title')],
    ['amount', money('Amount')],
    ['currency', text('Currency')],
    ['stageId', text('Stage')],
    ['stageSemanticId', text('Stage group (observed: P, S, F)', true)],
    ['closed', flag('Closed (observed)')],
    ['categoryId', id('Pipeline')],
    ['companyId', id('Company')],
    ['contactId', id('Main contact')],
    ['contactIds', idList('Contacts', true)],
    ['assignedById', id('Responsible')],
    ['createdBy', id('Created by', true)],
    ['updatedBy', id('Modified by', true)],
    ['createdAt', time('Created', true)],
    ['updatedAt', time('Modified', true)],
    ['closedAt', time('Closing date')],
    ['sourceId', text('Source')],
    ['sourceDescription', text('Source description')],
    ['probability', id('Probability, %')],
    ['opened', flag('Available to everyone')],
    ['comments', text('Comment')],
    ['observers', idList('Observers')],
    ['typeId', text('Deal type')],
    ['isReturning', flag('Repeat deal')],
  ],
  aggregatable: ['amount', 'stageId', 'categoryId', 'assignedById', 'sourceId', 'stageSemanticId'],
  relations: {
    contact: { kind: 'many', entity: 'contacts', via: 'contactIds', primary: 'contactId' },
    company: COMPANY,
    quote: ABSENT,
  },
}

const LEADS: EntityTable = {
  fields: [
    ['id', id('ID', true)],
    ['title', text('Title')],
    ['name', text('First name')],
    ['lastName', text('Last name')],
    ['secondName', text('Middle name')],
    ['statusId', text('Status')],
    ['companyTitle', text('Company name')],
    ['companyId', id('Company')],
    ['contactId', id('Contact')],
    ['amount', money('Amount')],
    ['currency', text('Currency')],
    ['sourceId', text('Source')],
    ['sourceDescription', text('Source description')],
    ['assignedById', id('Responsible')],
    ['createdBy', id('Created by', true)],
    ['opened', flag('Available to everyone')],
    ['comments', text('Comment')],
    ['post', text('Position')],
    ['phone', multi('Phone')],
    ['email', multi('E-mail')],
    ['createdTime', time('Created', true)],
    ['updatedTime', time('Modified', true)],
  ],
  aggregatable: ['amount', 'statusId', 'sourceId', 'assignedById'],
  relations: { contact: CONTACT, company: COMPANY },
}

/**
 * The built-in entities, by plural name.
 *
 * @example
 * ```ts
 * Object.keys(BUILT_IN_TABLES.contacts.relations) // ['company', 'requisite']
 * ```
 * @category Testing
 */
export const BUILT_IN_TABLES: Readonly<Record<'contacts' | 'companies' | 'deals' | 'leads', EntityTable>> = {
  contacts: CONTACTS,
  companies: COMPANIES,
  deals: DEALS,
  leads: LEADS,
}

/**
 * The table of a built-in entity, or `undefined` for any other name.
 *
 * @param entity - a plural entity name
 * @returns the table
 * @example
 * ```ts
 * Object.keys(builtInTable('deals')?.relations ?? {}) // ['contact', 'company', 'quote']
 * ```
 * @category Testing
 */
export function builtInTable(entity: string): EntityTable | undefined {
  return Object.hasOwn(BUILT_IN_TABLES, entity) ? BUILT_IN_TABLES[entity as keyof typeof BUILT_IN_TABLES] : undefined
}
