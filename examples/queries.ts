// The demo's queries, typed. Each is a plain builder: compiling needs no client.
import { contacts, deals } from '../src/index.js'

/** The card's query: contacts of company 15, sorted by last name, two fields, ten rows. */
export const cardQuery = contacts().where('companyId', 15).orderBy('lastName').select('id', 'name').limit(10)

/** An OR group: clients, or partners created this year. */
export const orQuery = contacts()
  .where((w) => w.or([w('typeId', 'CLIENT'), w.and([w('typeId', 'PARTNER'), w('createdTime', '>=', '2026-01-01')])]))
  .select('id', 'name', 'lastName', 'typeId')
  .limit(5)

/** An OR of equalities on one field, which compiles to `$in`. */
export const inQuery = contacts()
  .where((w) => w.or([w('sourceId', 'WEB'), w('sourceId', 'EMAIL')]))
  .select('id', 'lastName', 'sourceId')
  .limit(5)

/** A date and amount range on deals. */
export const rangeQuery = deals()
  .where('createdAt', '>=', new Date('2025-01-01T00:00:00Z'))
  .where('createdAt', '<', new Date('2026-01-01T00:00:00Z'))
  .where('amount', '>=', 50_000)
  .orderBy('amount', 'desc')
  .select('id', 'title', 'amount', 'createdAt')
  .limit(5)

export const demoQueries = [
  ['The card query', cardQuery],
  ['An OR group', orQuery],
  ['An OR of equalities on one field', inQuery],
  ['A date range', rangeQuery],
] as const
