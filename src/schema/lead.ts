/**
 * A CRM lead, with the fields known from the VibeCode docs so far (`/v1/leads`). Add the rest of
 * your portal's fields through the type parameter of `leads<{ … }>()`.
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
  /** Lead id. */
  id: number
  /** Lead title. */
  title: string | null
  /** The contact's id. */
  contactId: number | null
}
