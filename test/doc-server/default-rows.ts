// The doc server's data when a test gives none: a few rows per entity, with the field names of the
// docs' tables (deals say amount/currency/createdAt, contacts keep createdTime).
import type { Row } from './query.js'

const STAGES = ['NEW', 'PREPARATION', 'EXECUTING', 'WON', 'LOSE'] as const
const TYPES = ['CLIENT', 'SUPPLIER', 'PARTNER'] as const

/**
 * Twelve contacts, twelve deals, three companies and three users, ids ascending from 1.
 *
 * @returns Fresh rows per plural entity name.
 */
export function defaultRows(): Record<string, Row[]> {
  const day = (n: number): string => `2026-01-${String(n).padStart(2, '0')}T10:00:00+03:00`
  return {
    contacts: Array.from({ length: 12 }, (_, i) => ({
      id: i + 1,
      name: `Name${i + 1}`,
      lastName: `Last${i + 1}`,
      companyId: (i % 3) + 1,
      typeId: TYPES[i % TYPES.length],
      createdTime: day(i + 1),
    })),
    deals: Array.from({ length: 12 }, (_, i) => ({
      id: i + 1,
      title: `Deal ${i + 1}`,
      amount: (i + 1) * 1000,
      currency: 'RUB',
      stageId: STAGES[i % STAGES.length],
      categoryId: 0,
      companyId: (i % 3) + 1,
      createdAt: day(i + 1),
    })),
    companies: Array.from({ length: 3 }, (_, i) => ({ id: i + 1, title: `Company ${i + 1}` })),
    users: Array.from({ length: 3 }, (_, i) => ({ id: i + 1, name: `User${i + 1}`, active: true })),
  }
}
