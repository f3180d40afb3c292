import type { EntitySchema, Relation } from './entity-schema.js'
import type { Company } from './company.js'
import type { Contact } from './contact.js'
import type { IsoDateTime } from './field-types.js'

/**
 * A CRM deal: every field of the docs' table for `/v1/deals`, by its VibeCode name (`amount`, not
 * Bitrix24's `opportunity`; `createdAt`, not `createdTime`), plus three fields the service shows
 * that the table omits (marked *observed*). Fields other than `id` and the timestamps are
 * `| null`: Bitrix24 answers `null` for empty fields. Your portal's `ufCrm…` fields come through
 * `deals<{ … }>()`, `deals.withFields<{ … }>()` or `npx vibecode-query generate`.
 *
 * @example
 * ```ts
 * import { deals } from 'vibecode-query'
 *
 * deals().where('amount', '>=', 50000).where('stageId', 'in', ['NEW', 'WON'])
 * // { "filter": { "amount": { "$gte": 50000 }, "stageId": { "$in": ["NEW", "WON"] } } }
 * ```
 * @category Entities
 */
export interface Deal {
  /** Deal id (read-only). */
  id: number
  /** Title. */
  title: string | null
  /** Amount (Bitrix24: `opportunity`). */
  amount: number | null
  /** Currency code, e.g. `USD` (`GET /v1/currencies`; Bitrix24: `currencyId`). */
  currency: string | null
  /** Pipeline stage, e.g. `NEW`, `WON`, `LOSE`, or `C1:NEW` in pipeline 1 (`GET /v1/statuses`). */
  stageId: string | null
  /** Pipeline id; 0 is the main pipeline (`GET /v1/deal-categories`). */
  categoryId: number | null
  /** The company's id. */
  companyId: number | null
  /** The primary contact's id. */
  contactId: number | null
  /** Ids of every linked contact (read-only). */
  contactIds: number[] | null
  /** The responsible user's id (`GET /v1/users`). */
  assignedById: number | null
  /** The creator's user id (read-only). */
  createdBy: number | null
  /** Who changed it last (read-only). */
  updatedBy: number | null
  /** Creation time (read-only; Bitrix24: `createdTime`). */
  createdAt: IsoDateTime
  /** Last change time (read-only; Bitrix24: `updatedTime`). */
  updatedAt: IsoDateTime
  /** Closing date (Bitrix24: `closedate`). */
  closedAt: IsoDateTime | null
  /** Source code, e.g. `WEB` (`GET /v1/statuses`). */
  sourceId: string | null
  /** Details of the source. */
  sourceDescription: string | null
  /** Probability of success, in percent. */
  probability: number | null
  /** Visible to everyone. */
  opened: boolean | null
  /** Comment. */
  comments: string | null
  /** Observer user ids. */
  observers: number[] | null
  /** Deal type, e.g. `SALE` (`GET /v1/statuses`). */
  typeId: string | null
  /** A repeat deal (Bitrix24: `isReturnCustomer`). */
  isReturning: boolean | null
  /** Stage semantics: `S` success, `F` failure, `P` in progress (read-only; observed: groupable). */
  stageSemanticId: 'S' | 'F' | 'P' | null
  /** Whether the deal is closed, `Y` or `N` (read-only; observed in answers). */
  closed: 'Y' | 'N' | null
  /** The CRM entity type id, always 2 for deals (read-only; observed in answers). */
  entityTypeId: 2
}

/**
 * What the library knows of deals besides the row: the read-only fields, the operations of the
 * entity reference, the relations `include` takes and the fields aggregates accept.
 *
 * @example
 * ```ts
 * type ReadOnly = DealSchema['readOnly'] // 'id' | 'contactIds' | 'createdBy' | …
 * ```
 * @category Entities
 */
export interface DealSchema extends EntitySchema {
  readonly row: Deal
  readonly readOnly:
    | 'id'
    | 'contactIds'
    | 'createdBy'
    | 'updatedBy'
    | 'createdAt'
    | 'updatedAt'
    | 'stageSemanticId'
    | 'closed'
    | 'entityTypeId'
  readonly required: never
  // Lists of ids: no filter on them is documented, and the emulator refuses one (a portal's own
  // multiple fields, typed as arrays, do filter: a record matches when any of its values does).
  readonly unfilterable: 'contactIds' | 'observers'
  readonly operations: 'list' | 'get' | 'create' | 'update' | 'delete' | 'fields' | 'search' | 'aggregate'
  // `quote` is an include too, but no answer shows whether it is one record or many: left out.
  readonly relations: {
    /** The contacts, with their link fields (many-to-many, under `contacts`). */
    readonly contact: Relation<Contact, 'many', 'contacts'>
    /** The company, or `null` (one-to-one). */
    readonly company: Relation<Company, 'one', 'company'>
  }
  readonly aggregatable: 'amount'
  readonly groupable: 'stageId' | 'categoryId' | 'assignedById' | 'sourceId' | 'stageSemanticId'
}
