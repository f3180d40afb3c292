import type { EntitySchema, Relation } from './entity-schema.js'
import type { Company } from './company.js'
import type { Contact } from './contact.js'
import type { IsoDateTime, Multifield } from './field-types.js'

/**
 * A CRM lead: every field of the docs' table for `/v1/leads`, by its VibeCode name (`amount`, not
 * Bitrix24's `opportunity`; but `createdTime`, as contacts say). Fields other than `id` and the
 * timestamps are `| null`: Bitrix24 answers `null` for empty fields. Your portal's `ufCrm…` fields
 * come through `leads<{ … }>()`, `leads.withFields<{ … }>()` or `npx vibecode-query generate`.
 *
 * @example
 * ```ts
 * import { leads } from 'vibecode-query'
 *
 * leads().where('title', 'contains', 'website')
 * // { "filter": { "title": { "$contains": "website" } } }
 * ```
 * @category Entities
 */
export interface Lead {
  /** Lead id (read-only). */
  id: number
  /** Title. */
  title: string | null
  /** The person's first name. */
  name: string | null
  /** The person's last name. */
  lastName: string | null
  /** The person's middle name. */
  secondName: string | null
  /** Lead status, e.g. `NEW` (`GET /v1/statuses?filter[entityId]=STATUS`). */
  statusId: string | null
  /** The company's name, as free text. */
  companyTitle: string | null
  /** The company's id (`GET /v1/companies`). */
  companyId: number | null
  /** The contact's id (`GET /v1/contacts`). */
  contactId: number | null
  /** Expected amount (Bitrix24: `opportunity`). */
  amount: number | null
  /** Currency code, e.g. `USD` (`GET /v1/currencies`). */
  currency: string | null
  /** Source code, e.g. `WEB` (`GET /v1/statuses?filter[entityId]=SOURCE`). */
  sourceId: string | null
  /** Details of the source. */
  sourceDescription: string | null
  /** The responsible user's id (`GET /v1/users`). */
  assignedById: number | null
  /** The creator's user id (read-only). */
  createdBy: number | null
  /** Visible to everyone. */
  opened: boolean | null
  /** Comment. */
  comments: string | null
  /** The person's position (job title). */
  post: string | null
  /** Phone numbers; see {@link Multifield}. */
  phone: Multifield | null
  /** Email addresses; see {@link Multifield}. */
  email: Multifield | null
  /** Creation time (read-only). */
  createdTime: IsoDateTime
  /** Last change time (read-only). */
  updatedTime: IsoDateTime
}

/**
 * What the library knows of leads besides the row: the read-only fields, the operations of the
 * entity reference, the relations `include` takes and the fields aggregates accept.
 *
 * @example
 * ```ts
 * type Aggregatable = LeadSchema['aggregatable'] // 'amount'
 * ```
 * @category Entities
 */
export interface LeadSchema extends EntitySchema {
  readonly row: Lead
  readonly readOnly: 'id' | 'createdBy' | 'createdTime' | 'updatedTime'
  readonly required: never
  readonly unfilterable: never
  readonly operations: 'list' | 'get' | 'create' | 'update' | 'delete' | 'fields' | 'search' | 'aggregate'
  readonly relations: {
    /** The contact, or `null` (one-to-one). */
    readonly contact: Relation<Contact, 'one', 'contact'>
    /** The company, or `null` (one-to-one). */
    readonly company: Relation<Company, 'one', 'company'>
  }
  readonly aggregatable: 'amount'
  readonly groupable: 'statusId' | 'sourceId' | 'assignedById'
}
