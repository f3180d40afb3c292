import type { EntitySchema, Relation } from './entity-schema.js'
import type { Company } from './company.js'
import type { IsoDateTime, Multifield } from './field-types.js'

/**
 * A CRM contact: every field of the docs' table for `/v1/contacts`, by its VibeCode name. Contacts
 * keep Bitrix24's `createdTime` and `updatedTime` (deals say `createdAt`). Fields other than `id`
 * and the timestamps are `| null`: Bitrix24 answers `null` for empty fields. Your portal's `ufCrm…`
 * fields come through `contacts<{ … }>()`, `contacts.withFields<{ … }>()` or
 * `npx vibecode-query generate`.
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
  /** The company's id (`GET /v1/companies`). */
  companyId: number | null
  /** Position (job title). */
  post: string | null
  /** Comment. */
  comments: string | null
  /** Contact type, e.g. `CLIENT` (`GET /v1/statuses?filter[entityId]=CONTACT_TYPE`). */
  typeId: string | null
  /** Source code, e.g. `WEB` (`GET /v1/statuses?filter[entityId]=SOURCE`). */
  sourceId: string | null
  /** Details of the source. */
  sourceDescription: string | null
  /** The responsible user's id (`GET /v1/users`). */
  assignedById: number | null
  /** The creator's user id (read-only). */
  createdBy: number | null
  /** Who changed it last (read-only). */
  updatedBy: number | null
  /** Creation time (read-only). */
  createdTime: IsoDateTime
  /** Last change time (read-only). */
  updatedTime: IsoDateTime
  /** Visible to everyone. */
  opened: boolean | null
  /** May be exported. */
  export: boolean | null
  /** The lead it was created from. */
  leadId: number | null
  /** Form of address (`GET /v1/statuses?filter[entityId]=HONORIFIC`). */
  honorific: string | null
}

/**
 * What the library knows of contacts besides the row: the read-only fields, the operations of the
 * entity reference, the relations `include` takes and the fields `groupBy` accepts (the docs name no
 * standard field for `sum`/`avg`/`min`/`max`: they point to custom fields).
 *
 * @example
 * ```ts
 * type ReadOnly = ContactSchema['readOnly'] // 'id' | 'createdBy' | 'updatedBy' | 'createdTime' | 'updatedTime'
 * ```
 * @category Entities
 */
export interface ContactSchema extends EntitySchema {
  readonly row: Contact
  readonly readOnly: 'id' | 'createdBy' | 'updatedBy' | 'createdTime' | 'updatedTime'
  readonly required: never
  readonly unfilterable: never
  readonly operations: 'list' | 'get' | 'create' | 'update' | 'delete' | 'fields' | 'search' | 'aggregate'
  // `requisite` is an include too, but no answer shows whether it is one record or many: left out.
  readonly relations: {
    /** The company, or `null` (one-to-one). */
    readonly company: Relation<Company, 'one', 'company'>
  }
  readonly aggregatable: never
  readonly groupable: 'typeId' | 'sourceId' | 'assignedById'
}
