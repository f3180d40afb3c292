import type { SchemaOf } from './entity-schema.js'
/**
 * A CRM company, with the fields known from the VibeCode docs so far (`/v1/companies`). Add the
 * rest of your portal's fields through the type parameter of `companies<{ … }>()`.
 *
 * @example
 * ```ts
 * import { companies } from 'vibecode-query'
 *
 * companies().where('industry', 'IT').select('id', 'title')
 * ```
 * @category Entities
 */
export interface Company {
  /** Company id. */
  id: number
  /** Company name. */
  title: string | null
  /** Industry code. */
  industry: string | null
}

/**
 * What the library knows of companys besides the row (to be completed from the docs' tables).
 *
 * @example
 * ```ts
 * type Row = CompanySchema['row'] // Company
 * ```
 * @category Entities
 */
export interface CompanySchema extends SchemaOf<Company> {}
