import type { SchemaOf } from './entity-schema.js'
import type { IsoDateTime, Multifield } from './field-types.js'

/**
 * A CRM contact, every field the VibeCode docs list for `/v1/contacts`.
 *
 * Fields other than `id` and the timestamps are typed `| null`: the service's handling of empty
 * values is not documented, and Bitrix24 returns `null` for empty fields. Output-only aliases
 * (`phoneWork`, …) and `fm` have undocumented shapes and are `unknown`; they can be selected but
 * not filtered. Custom `ufCrm…` fields are added with a type parameter: `contacts<{ … }>()`.
 *
 * @example
 * ```ts
 * import { contacts, type InferRow } from 'vibecode-query'
 *
 * const q = contacts().select('id', 'name')
 * type Row = InferRow<typeof q> // { id: number; name: string | null }
 * ```
 * @category Entities
 */
export interface Contact {
  /** Contact id (read-only). */
  id: number
  /** First name. */
  name: string | null
  /** Last name. */
  lastName: string | null
  /** Middle name. */
  secondName: string | null
  /** Phone numbers; see {@link Multifield}. */
  phone: Multifield | null
  /** Email addresses; see {@link Multifield}. */
  email: Multifield | null
  /** The primary company's id (`GET /v1/companies`). */
  companyId: number | null
  /** Position (job title). */
  post: string | null
  /** Comment. */
  comments: string | null
  /** Contact type, e.g. `CLIENT` (`GET /v1/statuses?filter[entityId]=CONTACT_TYPE`). */
  typeId: string | null
  /** Source, e.g. `WEB` (`GET /v1/statuses?filter[entityId]=SOURCE`). */
  sourceId: string | null
  /** Source details. */
  sourceDescription: string | null
  /** The responsible user's id (`GET /v1/users`). */
  assignedById: number | null
  /** Available to everyone. */
  opened: boolean | null
  /** The lead the contact was created from. */
  leadId: number | null
  /** Creation time, ISO 8601 with offset. */
  createdTime: IsoDateTime
  /** Last update time, ISO 8601 with offset. */
  updatedTime: IsoDateTime
  /** Output alias of the work phone(s); shape not documented. */
  phoneWork: unknown
  /** Output alias of the mobile phone(s); shape not documented. */
  phoneMobile: unknown
  /** Output alias of the work email(s); shape not documented. */
  emailWork: unknown
  /** Output alias of the home email(s); shape not documented. */
  emailHome: unknown
  /** Output alias of the mailing email(s); shape not documented. */
  emailMailing: unknown
  /** Every phone and email record; item shape not documented. */
  fm: readonly unknown[] | null
}

/**
 * What the library knows of contacts besides the row (to be completed from the docs' tables).
 *
 * @example
 * ```ts
 * type Row = ContactSchema['row'] // Contact
 * ```
 * @category Entities
 */
export interface ContactSchema extends SchemaOf<Contact> {}
