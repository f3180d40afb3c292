// The demo's queries. Each is a plain value: building and compiling one needs no client. The demo
// prints each one's source as written here (from `export const` to the blank line after it).
import { contacts, deals } from '../src/index.js'

export const companyContacts = contacts()
  .where('companyId', 15)
  .orderBy('lastName')
  .select('id', 'name', 'lastName')
  .limit(10)

export const clientsOrNewPartners = contacts()
  .where((w) => w.or([w('typeId', 'CLIENT'), w.and([w('typeId', 'PARTNER'), w('createdTime', '>=', '2026-01-01')])]))
  .orderBy('id')
  .select('id', 'lastName', 'typeId', 'createdTime')
  .limit(5)

export const fromWebOrEmail = contacts()
  .where((w) => w.or([w('sourceId', 'WEB'), w('sourceId', 'EMAIL')]))
  .orderBy('id')
  .select('id', 'lastName', 'sourceId')
  .limit(5)

export const largestDealsOf2025 = deals()
  .where('createdAt', '>=', new Date('2025-01-01T00:00:00Z'))
  .where('createdAt', '<', new Date('2026-01-01T00:00:00Z'))
  .orderBy('amount', 'desc')
  .select('id', 'title', 'amount', 'createdAt')
  .limit(5)

export const amountsByStage = deals()
  .aggregate({ amount: ['sum', 'avg'] })
  .groupBy('stageId')
