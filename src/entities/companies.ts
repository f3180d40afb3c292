import { defineEntity, everyOperation, type Entity } from '../builder/entity.js'
import type { CompanySchema } from '../schema/company.js'

/**
 * The entity `/v1/companies`, typed with every field of the docs' company table.
 *
 * - Members: `get`, `create`, `update`, `delete`, `createMany`, `updateMany`, `deleteMany`,
 *   `fields`.
 * - Relations for `include`: none.
 * - Aggregates: `sum`, `avg`, `min`, `max` on `revenue`; `groupBy` on `companyType`, `industry`,
 *   `assignedById`, `sourceId`.
 *
 * @example
 * ```ts
 * import { companies } from 'vibecode-query'
 *
 * companies().where('companyType', 'CUSTOMER').orderBy('revenue', 'desc').select('id', 'title').limit(20)
 * // { "filter": { "companyType": "CUSTOMER" }, "order": { "revenue": "desc" }, "select": ["id", "title"],
 * //   "limit": 20 }
 * ```
 * @category Entities
 */
export const companies: Entity<CompanySchema> = defineEntity<CompanySchema>('companies', everyOperation)
