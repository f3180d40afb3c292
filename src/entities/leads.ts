import { defineEntity, type Entity } from '../builder/entity.js'
import type { LeadSchema } from '../schema/lead.js'

/**
 * The entity `/v1/leads`, typed with the lead fields known so far.
 *
 * @example
 * ```ts
 * import { leads } from 'vibecode-query'
 *
 * leads().where('contactId', 'in', [1, 2, 3])
 * // { "filter": { "contactId": { "$in": [1, 2, 3] } } }
 * ```
 * @category Entities
 */
export const leads: Entity<LeadSchema> = defineEntity<LeadSchema>('leads')
