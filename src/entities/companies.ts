import { defineEntity, type Entity } from '../builder/entity.js'
import type { CompanySchema } from '../schema/company.js'

/**
 * The entity `/v1/companies`, typed with the company fields known so far.
 *
 * @example
 * ```ts
 * import { companies } from 'vibecode-query'
 *
 * companies().where('title', 'contains', 'Bank').select('id', 'title')
 * // { "filter": { "title": { "$contains": "Bank" } }, "select": ["id", "title"] }
 * ```
 * @category Entities
 */
export const companies: Entity<CompanySchema> = defineEntity<CompanySchema>('companies')
