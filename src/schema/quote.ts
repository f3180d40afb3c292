import type { EntitySchema, Relation } from './entity-schema.js'
import type { Company } from './company.js'
import type { Contact } from './contact.js'
import type { Deal } from './deal.js'
import type { IsoDateTime } from './field-types.js'

/**
 * A CRM quote (commercial offer): every field of the docs' table for `/v1/quotes`, by its VibeCode
 * name (`amount`, `currency`, `beginDate`, `closeDate`, `createdAt`, as deals say, not Bitrix24's
 * `opportunity`, `currencyId`, `begindate`, `closedate`, `createdTime`). Fields other than `id` and
 * the timestamps are `| null`: Bitrix24 answers `null` for empty fields. Your portal's `ufCrm…`
 * fields come through `quotes<{ … }>()`, `quotes.withFields<{ … }>()` or `npx vibecode-query generate`.
 *
 * @example
 * ```ts
 * import { quotes } from 'vibecode-query'
 *
 * quotes().where('dealId', 42).where('stageId', 'not in', ['DRAFT'])
 * // { "filter": { "dealId": 42, "stageId": { "$nin": ["DRAFT"] } } }
 * ```
 * @category Entities
 */
export interface Quote {
  /** Quote id (read-only). */
  id: number
  /** Title. */
  title: string | null
  /** Amount (Bitrix24: `opportunity`). */
  amount: number | null
  /** Currency code, e.g. `USD` (`GET /v1/currencies`; Bitrix24: `currencyId`). */
  currency: string | null
  /** Quote status, e.g. `DRAFT`, `SENT`, `APPROVED` (`GET /v1/statuses?filter[entityId]=QUOTE_STATUS`). */
  stageId: string | null
  /** The deal's id (`GET /v1/deals`). */
  dealId: number | null
  /** The contact's id (`GET /v1/contacts`). */
  contactId: number | null
  /** The company's id (`GET /v1/companies`). */
  companyId: number | null
  /** The responsible user's id (`GET /v1/users`). */
  assignedById: number | null
  /** The creator's user id (read-only). */
  createdBy: number | null
  /** Comment. */
  comments: string | null
  /** Start date (Bitrix24: `begindate`). */
  beginDate: IsoDateTime | null
  /** Closing date (Bitrix24: `closedate`). */
  closeDate: IsoDateTime | null
  /** Creation time (read-only; Bitrix24: `createdTime`). */
  createdAt: IsoDateTime
  /** Last change time (read-only; Bitrix24: `updatedTime`). */
  updatedAt: IsoDateTime
}

/**
 * What the library knows of quotes besides the row: the read-only fields, the operations of the
 * entity reference (their product rows, `/v1/quotes/:id/products`, are not typed here), the
 * relations `include` takes and the fields aggregates accept.
 *
 * @example
 * ```ts
 * type Relations = keyof QuoteSchema['relations'] // 'deal' | 'contact' | 'company'
 * ```
 * @category Entities
 */
export interface QuoteSchema extends EntitySchema {
  readonly row: Quote
  readonly readOnly: 'id' | 'createdBy' | 'createdAt' | 'updatedAt'
  readonly required: never
  readonly unfilterable: never
  readonly operations: 'list' | 'get' | 'create' | 'update' | 'delete' | 'fields' | 'search' | 'aggregate'
  readonly relations: {
    /** The deal, or `null` (one-to-one). */
    readonly deal: Relation<Deal, 'one', 'deal'>
    /** The contact, or `null` (one-to-one). */
    readonly contact: Relation<Contact, 'one', 'contact'>
    /** The company, or `null` (one-to-one). */
    readonly company: Relation<Company, 'one', 'company'>
  }
  readonly aggregatable: 'amount'
  readonly groupable: 'stageId' | 'assignedById'
}
