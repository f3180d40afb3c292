import type { SchemaOf } from './entity-schema.js'
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

/**
 * What the library knows of leads besides the row (to be completed from the docs' tables).
 *
 * @example
 * ```ts
 * type Row = LeadSchema['row'] // Lead
 * ```
 * @category Entities
 */
export interface LeadSchema extends SchemaOf<Lead> {}
