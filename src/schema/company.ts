import type { EntitySchema } from './entity-schema.js'
import type { IsoDateTime, Multifield } from './field-types.js'

/**
 * A CRM company: every field of the docs' table for `/v1/companies`, by its VibeCode name. Companies
 * keep Bitrix24's `currencyId`, `createdTime` and `updatedTime`. Fields other than `id` and the
 * timestamps are `| null`: Bitrix24 answers `null` for empty fields. Your portal's `ufCrm…` fields
 * come through `companies<{ … }>()`, `companies.withFields<{ … }>()` or `npx vibecode-query generate`.
 *
 * @example
 * ```ts
 * import { companies } from 'vibecode-query'
 *
 * companies().where('industry', 'IT').where('revenue', '>=', 1000000)
 * // { "filter": { "industry": "IT", "revenue": { "$gte": 1000000 } } }
 * ```
 * @category Entities
 */
export interface Company {
  /** Company id (read-only). */
  id: number
  /** Company name. */
  title: string | null
  /** Company type, e.g. `CUSTOMER` (`GET /v1/statuses?filter[entityId]=COMPANY_TYPE`). */
  companyType: string | null
  /** Industry, e.g. `IT` (`GET /v1/statuses?filter[entityId]=INDUSTRY`). */
  industry: string | null
  /** Annual revenue. */
  revenue: number | null
  /** Currency of the revenue, e.g. `USD` (`GET /v1/currencies`). */
  currencyId: string | null
  /** Phone numbers; see {@link Multifield}. */
  phone: Multifield | null
  /** Email addresses; see {@link Multifield}. */
  email: Multifield | null
  /** Website. */
  web: string | null
  /** Comment. */
  comments: string | null
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
  /** The lead it was created from. */
  leadId: number | null
}

/**
 * What the library knows of companies besides the row: the read-only fields, the operations of the
 * entity reference and the fields aggregates accept.
 *
 * @example
 * ```ts
 * type Groupable = CompanySchema['groupable'] // 'companyType' | 'industry' | 'assignedById' | 'sourceId'
 * ```
 * @category Entities
 */
export interface CompanySchema extends EntitySchema {
  readonly row: Company
  readonly readOnly: 'id' | 'createdBy' | 'updatedBy' | 'createdTime' | 'updatedTime'
  readonly required: never
  readonly unfilterable: never
  readonly operations: 'list' | 'get' | 'create' | 'update' | 'delete' | 'fields' | 'search' | 'aggregate'
  // `requisite` is the one include the docs list, but no answer shows whether it is one record or many:
  // left out until they do.
  readonly relations: {}
  readonly aggregatable: 'revenue'
  readonly groupable: 'companyType' | 'industry' | 'assignedById' | 'sourceId'
}
