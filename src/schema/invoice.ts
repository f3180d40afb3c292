import type { EntitySchema, Relation } from './entity-schema.js'
import type { Company } from './company.js'
import type { Contact } from './contact.js'
import type { IsoDateTime } from './field-types.js'

/**
 * A CRM invoice (the smart process with entityTypeId 31): every field of the docs' table for
 * `/v1/invoices`, plus `comments`, which the create and update pages document (marked *observed*).
 * Invoices keep Bitrix24's `opportunity`, `currencyId` and `createdTime`, where deals say `amount`,
 * `currency` and `createdAt`. Fields other than `id` and the timestamps are `| null`. Your portal's
 * `ufCrm…` fields come through `invoices<{ … }>()`, `invoices.withFields<{ … }>()` or
 * `npx vibecode-query generate`.
 *
 * @example
 * ```ts
 * import { invoices } from 'vibecode-query'
 *
 * invoices().where('stageId', 'DT31_5:N').where('opportunity', '>', 0)
 * // { "filter": { "stageId": "DT31_5:N", "opportunity": { "$gt": 0 } } }
 * ```
 * @category Entities
 */
export interface Invoice {
  /** Invoice id (read-only). */
  id: number
  /** Title. */
  title: string | null
  /** Stage, `DT31_{categoryId}:{stage}` (`GET /v1/statuses?filter[entityId]=SMART_INVOICE_STAGE_{categoryId}`). */
  stageId: string | null
  /** Pipeline id. */
  categoryId: number | null
  /** The paying contact's id (`GET /v1/contacts`). */
  contactId: number | null
  /** The paying company's id (`GET /v1/companies`). */
  companyId: number | null
  /** The id of your own company that issues it. */
  mycompanyId: number | null
  /** Amount. */
  opportunity: number | null
  /** Currency code, e.g. `USD` (`GET /v1/currencies`). */
  currencyId: string | null
  /** The responsible user's id (`GET /v1/users`). */
  assignedById: number | null
  /** The creator's user id (read-only). */
  createdBy: number | null
  /** Creation time (read-only). */
  createdTime: IsoDateTime
  /** Last change time (read-only). */
  updatedTime: IsoDateTime
  /** Comment (observed: in the create and update pages, not in the field table). */
  comments: string | null
}

/**
 * What the library knows of invoices besides the row: the read-only fields, the operations of the
 * entity reference (their product rows, `/v1/invoices/:id/products`, are not typed here), the
 * relations `include` takes and the fields aggregates accept.
 *
 * @example
 * ```ts
 * type Aggregatable = InvoiceSchema['aggregatable'] // 'opportunity'
 * ```
 * @category Entities
 */
export interface InvoiceSchema extends EntitySchema {
  readonly row: Invoice
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
  readonly aggregatable: 'opportunity'
  readonly groupable: 'stageId' | 'assignedById'
}
