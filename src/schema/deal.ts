import type { IsoDateTime } from './field-types.js'

/**
 * A CRM deal, with the fields known from the VibeCode docs so far (`/v1/deals`). Add the rest of
 * your portal's fields through the type parameter of `deals<{ … }>()`.
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
  /** Deal id. */
  id: number
  /** Deal title. */
  title: string | null
  /** Stage code, e.g. `NEW`, `WON`, `LOST`. */
  stageId: string | null
  /** Deal amount. */
  amount: number | null
  /** Creation time, ISO 8601 (the docs name it `createdAt` for deals). */
  createdAt: IsoDateTime
  /** The contact's id. */
  contactId: number | null
  /** The company's id. */
  companyId: number | null
}
