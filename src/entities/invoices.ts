import { defineEntity, everyOperation, type Entity } from '../builder/entity.js'
import type { InvoiceSchema } from '../schema/invoice.js'

/**
 * The entity `/v1/invoices`, typed with every field of the docs' invoice table and the observed `comments`.
 *
 * - Members: `get`, `create`, `update`, `delete`, `createMany`, `updateMany`, `deleteMany`,
 *   `fields`.
 * - Relations for `include`: `contact` (one: the row or null), `company` (one: the row or null).
 * - Aggregates: `sum`, `avg`, `min`, `max` on `opportunity`; `groupBy` on `stageId`, `assignedById`.
 *
 * @example
 * ```ts
 * import { invoices } from 'vibecode-query'
 *
 * invoices().where('companyId', 15).where('opportunity', '>=', 10000).select('id', 'title', 'opportunity')
 * // { "filter": { "companyId": 15, "opportunity": { "$gte": 10000 } }, "select": ["id", "title", "opportunity"] }
 * ```
 * @category Entities
 */
export const invoices: Entity<InvoiceSchema> = defineEntity<InvoiceSchema>('invoices', everyOperation)
