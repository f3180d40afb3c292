import { parseEntity } from '../parse/parse.js'
import { searchNode } from '../node/search-node.js'
import type { Company } from '../schema/company.js'
import type { Contact } from '../schema/contact.js'
import type { Deal } from '../schema/deal.js'
import type { Lead } from '../schema/lead.js'
import { createSearchBuilder, type SearchBuilder } from './search-builder.js'

const start = <R>(name: string): SearchBuilder<R> => createSearchBuilder<R>(searchNode(name))

/**
 * Starts a search on `/v1/contacts`, typed with every documented contact field.
 *
 * @typeParam U - Your portal's custom fields, e.g. `{ ufCrm_1742556744977: string }`.
 * @returns An empty contacts query.
 * @example
 * ```ts
 * import { contacts } from 'vibecode-query'
 *
 * contacts().where('companyId', 15).orderBy('lastName').select('id', 'name').limit(10)
 * // { "filter": { "companyId": 15 }, "order": { "lastName": "asc" }, "select": ["id", "name"], "limit": 10 }
 * ```
 * @example Custom fields
 * ```ts
 * contacts<{ ufCrm_1742556744977: string }>().where('ufCrm_1742556744977', 'contains', 'vip')
 * // { "filter": { "ufCrm_1742556744977": { "$contains": "vip" } } }
 * ```
 * @category Entities
 */
export function contacts<U extends object = {}>(): SearchBuilder<Contact & U> {
  return start('contacts')
}

/**
 * Starts a search on `/v1/companies`, typed with the company fields known so far.
 *
 * @typeParam U - Further fields of your portal, e.g. `{ revenue: number }`.
 * @returns An empty companies query.
 * @example
 * ```ts
 * import { companies } from 'vibecode-query'
 *
 * companies().where('title', 'contains', 'Bank').select('id', 'title')
 * // { "filter": { "title": { "$contains": "Bank" } }, "select": ["id", "title"] }
 * ```
 * @category Entities
 */
export function companies<U extends object = {}>(): SearchBuilder<Company & U> {
  return start('companies')
}

/**
 * Starts a search on `/v1/deals`, typed with the deal fields known so far.
 *
 * @typeParam U - Further fields of your portal, e.g. `{ ufCrm_Region: string }`.
 * @returns An empty deals query.
 * @example
 * ```ts
 * import { deals } from 'vibecode-query'
 *
 * deals().where('amount', '>=', 50000).where('amount', '<=', 200000)
 * // { "filter": { "amount": { "$gte": 50000, "$lte": 200000 } } }
 * ```
 * @category Entities
 */
export function deals<U extends object = {}>(): SearchBuilder<Deal & U> {
  return start('deals')
}

/**
 * Starts a search on `/v1/leads`, typed with the lead fields known so far.
 *
 * @typeParam U - Further fields of your portal.
 * @returns An empty leads query.
 * @example
 * ```ts
 * import { leads } from 'vibecode-query'
 *
 * leads().where('contactId', 'in', [1, 2, 3])
 * // { "filter": { "contactId": { "$in": [1, 2, 3] } } }
 * ```
 * @category Entities
 */
export function leads<U extends object = {}>(): SearchBuilder<Lead & U> {
  return start('leads')
}

/**
 * Starts a search on any other `/v1/{entity}`, typed with a row type you supply.
 *
 * @typeParam R - The entity's row type. Type date fields as `IsoDateTime` to get range operators.
 * @param name - The plural entity name of the path, e.g. `'tasks'` or `'items/128'`.
 * @returns An empty query on that entity.
 * @throws {@link QueryError} when `name` is not a plain path segment.
 * @example
 * ```ts
 * import { entity, type IsoDateTime } from 'vibecode-query'
 *
 * interface Task { id: number; title: string; status: number; deadline: IsoDateTime }
 * entity<Task>('tasks').where('status', 'in', [2, 3]).orderBy('deadline')
 * // POST /v1/tasks/search { "filter": { "status": { "$in": [2, 3] } }, "order": { "deadline": "asc" } }
 * ```
 * @category Entities
 */
export function entity<R extends object>(name: string): SearchBuilder<R> {
  return start(parseEntity(name))
}
