/**
 * The deterministic seeded data set: companies, contacts, leads and deals that look like a real
 * small CRM (names, phones, e-mails, job titles, types, sources, responsible users, dates), with
 * references that point at existing rows (a contact's `companyId` is a real company, a deal's
 * `contactId` a real contact, …). The same seed and counts always give the same rows.
 *
 * Output shape of contact phones and e-mails (the emulator's choice; the real output shape is not
 * documented): `phone` and `email` are the contact's first number / address as a string (as in the
 * documentation's search example, `"phone": "74955553546"`). Empty scalar fields are `null`.
 *
 * @module
 */
import { formatInstant } from './iso-date.js'
import { createRandom, type Random } from './prng.js'
import {
  COMMENTS,
  COMPANY_NOUNS,
  COMPANY_SUFFIXES,
  COMPANY_WORDS,
  CONTACT_TYPES,
  DEAL_STAGES,
  DEAL_TITLES,
  FEMALE_NAMES,
  INDUSTRIES,
  LAST_NAMES,
  LEAD_TITLES,
  MAIL_DOMAINS,
  MALE_NAMES,
  POSTS,
  SOURCE_DESCRIPTIONS,
  SOURCES,
} from './seed-vocabulary.js'
import type { EmulatorRow } from './types.js'

/**
 * How many rows of each built-in entity to generate.
 *
 * @example
 * ```ts
 * const counts: SeedCounts = { contacts: 5000, deals: 0 }
 * ```
 * @category Data
 */
export interface SeedCounts {
  /**
   * Contacts.
   * @defaultValue 1000
   */
  readonly contacts?: number
  /**
   * Companies (ids 1..N; contacts reference them).
   * @defaultValue 40
   */
  readonly companies?: number
  /**
   * Deals.
   * @defaultValue 300
   */
  readonly deals?: number
  /**
   * Leads.
   * @defaultValue 200
   */
  readonly leads?: number
}

/**
 * The counts used when none are given: 1000 contacts, 40 companies, 300 deals, 200 leads.
 *
 * @example
 * ```ts
 * DEFAULT_SEED_COUNTS.contacts // 1000
 * ```
 * @category Data
 */
export const DEFAULT_SEED_COUNTS: Readonly<Required<SeedCounts>> = Object.freeze({
  contacts: 1000,
  companies: 40,
  deals: 300,
  leads: 200,
})

const START = Date.UTC(2020, 0, 1)
const END = Date.UTC(2026, 2, 31)
const USERS: ReadonlyArray<readonly [number, number]> = [
  [1, 30],
  [3, 20],
  [5, 20],
  [7, 15],
  [9, 10],
  [12, 5],
]

function count(name: keyof SeedCounts, counts: SeedCounts): number {
  const n = counts[name] ?? DEFAULT_SEED_COUNTS[name]
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`emulator: seed count for ${name} must be an integer >= 0`)
  return n
}

/**
 * Generates the seeded rows for `companies`, `contacts`, `leads` and `deals`.
 *
 * @param seed - Any integer; the same seed (and counts) always gives the same data.
 * @param counts - Rows per entity; missing entries take {@link DEFAULT_SEED_COUNTS}.
 * @param offsetMinutes - The portal's UTC offset in minutes, written into the datetimes.
 * @returns Rows per entity, ascending by id from 1.
 * @throws `RangeError` when a count is not an integer of 0 or more.
 * @defaultValue counts: {@link DEFAULT_SEED_COUNTS}; offsetMinutes: 180 (`+03:00`)
 * @example
 * ```ts
 * const data = generateSeedData(42, { contacts: 10 }, 180)
 * data.contacts?.length // 10
 * ```
 * @category Data
 */
export function generateSeedData(
  seed: number,
  counts: SeedCounts = {},
  offsetMinutes = 180,
): Record<string, EmulatorRow[]> {
  const rnd = createRandom(seed)
  const n = {
    companies: count('companies', counts),
    contacts: count('contacts', counts),
    leads: count('leads', counts),
    deals: count('deals', counts),
  }
  const when = (from: number, to = END): number => from + Math.floor(rnd.next() * Math.max(0, to - from))
  const iso = (ms: number): string => formatInstant(ms, offsetMinutes)
  // The fields added with the docs' full field tables draw from a second generator, so that the
  // values the first one gave before stay as they were for every seed.
  const more = createRandom(seed ^ 0x5eed5eed)
  const later = (from: number): number => from + Math.floor(more.next() * Math.max(0, END - from))

  const companies = companyRows(rnd, n.companies)
  for (const company of companies) Object.assign(company, moreCompany(more, later, iso))
  const contacts = contactRows(rnd, n, companies, when, iso)
  const leads: EmulatorRow[] = []
  for (let id = 1; id <= n.leads; id++) {
    leads.push({
      id,
      title: `${rnd.pick(LEAD_TITLES)} #${1000 + id}`,
      contactId: n.contacts > 0 && rnd.chance(0.8) ? rnd.int(1, n.contacts) : null,
    })
  }
  for (const lead of leads) Object.assign(lead, moreLead(more, lead, contacts, companies, later, iso))
  const deals: EmulatorRow[] = []
  for (let id = 1; id <= n.deals; id++) {
    const contact = n.contacts > 0 ? contacts[rnd.int(0, n.contacts - 1)] : undefined
    const companyId = typeof contact?.['companyId'] === 'number' ? contact['companyId'] : null
    const company = companyId === null ? undefined : companies[companyId - 1]
    const created = contact === undefined ? when(START) : when(Date.parse(String(contact['createdTime'])))
    const deal: EmulatorRow = {
      id,
      title: company === undefined ? rnd.pick(DEAL_TITLES) : `${rnd.pick(DEAL_TITLES)} — ${String(company['title'])}`,
      stageId: rnd.weighted(DEAL_STAGES),
      amount: rnd.int(2, 1000) * 500,
      createdAt: iso(created),
      contactId: contact === undefined ? null : contact['id'],
      companyId,
    }
    deals.push(Object.assign(deal, moreDeal(more, deal, created, later, iso)))
  }
  return { contacts, companies, deals, leads }
}

const CURRENCIES: ReadonlyArray<readonly [string, number]> = [
  ['RUB', 80],
  ['USD', 12],
  ['EUR', 8],
]
const DEAL_TYPES: ReadonlyArray<readonly [string, number]> = [
  ['SALE', 60],
  ['COMPLEX', 15],
  ['GOODS', 15],
  ['SERVICES', 10],
]
const COMPANY_TYPES: ReadonlyArray<readonly [string, number]> = [
  ['CUSTOMER', 60],
  ['PARTNER', 15],
  ['SUPPLIER', 15],
  ['COMPETITOR', 5],
  ['OTHER', 5],
]
const LEAD_STATUSES: ReadonlyArray<readonly [string, number]> = [
  ['NEW', 35],
  ['IN_PROCESS', 30],
  ['PROCESSED', 10],
  ['CONVERTED', 15],
  ['JUNK', 10],
]

function moreDeal(
  more: Random,
  deal: EmulatorRow,
  created: number,
  later: (from: number) => number,
  iso: (ms: number) => string,
): EmulatorRow {
  const stage = String(deal['stageId'])
  const semantic = stage === 'WON' ? 'S' : stage === 'LOSE' ? 'F' : 'P'
  const assignedById = more.weighted(USERS)
  const updated = later(created)
  return {
    currency: more.weighted(CURRENCIES),
    stageSemanticId: semantic,
    closed: semantic !== 'P',
    categoryId: more.chance(0.8) ? 0 : 1,
    contactIds: deal['contactId'] === null ? [] : [deal['contactId']],
    assignedById,
    createdBy: assignedById,
    updatedBy: assignedById,
    updatedAt: iso(updated),
    closedAt: semantic === 'P' ? null : iso(later(updated)),
    sourceId: more.weighted(SOURCES),
    sourceDescription: null,
    probability: semantic === 'S' ? 100 : semantic === 'F' ? 0 : more.int(1, 9) * 10,
    opened: more.chance(0.8),
    comments: more.chance(0.15) ? more.pick(COMMENTS) : null,
    observers: more.chance(0.2) ? [more.weighted(USERS)] : [],
    typeId: more.weighted(DEAL_TYPES),
    isReturning: more.chance(0.2),
  }
}

function moreCompany(more: Random, later: (from: number) => number, iso: (ms: number) => string): EmulatorRow {
  const assignedById = more.weighted(USERS)
  const created = later(START)
  return {
    companyType: more.weighted(COMPANY_TYPES),
    revenue: more.int(1, 500) * 100_000,
    currencyId: more.weighted(CURRENCIES),
    sourceId: more.weighted(SOURCES),
    assignedById,
    createdBy: assignedById,
    updatedBy: assignedById,
    createdTime: iso(created),
    updatedTime: iso(later(created)),
    opened: more.chance(0.8),
  }
}

function moreLead(
  more: Random,
  lead: EmulatorRow,
  contacts: readonly EmulatorRow[],
  companies: readonly EmulatorRow[],
  later: (from: number) => number,
  iso: (ms: number) => string,
): EmulatorRow {
  const contact = typeof lead['contactId'] === 'number' ? contacts[lead['contactId'] - 1] : undefined
  const companyId = typeof contact?.['companyId'] === 'number' ? contact['companyId'] : null
  const assignedById = more.weighted(USERS)
  const created = later(START)
  return {
    name: contact?.['name'] ?? null,
    lastName: contact?.['lastName'] ?? null,
    statusId: more.weighted(LEAD_STATUSES),
    companyTitle: companyId === null ? null : (companies[companyId - 1]?.['title'] ?? null),
    companyId,
    amount: more.int(1, 400) * 500,
    currency: more.weighted(CURRENCIES),
    sourceId: more.weighted(SOURCES),
    assignedById,
    createdBy: assignedById,
    opened: more.chance(0.8),
    createdTime: iso(created),
    updatedTime: iso(later(created)),
  }
}

function companyRows(rnd: Random, total: number): EmulatorRow[] {
  const used = new Set<string>()
  const rows: EmulatorRow[] = []
  for (let id = 1; id <= total; id++) {
    let title = ''
    for (let attempt = 0; attempt < 20 && (title === '' || used.has(title)); attempt++) {
      title = `${rnd.pick(COMPANY_WORDS)} ${rnd.pick(COMPANY_NOUNS)} ${rnd.pick(COMPANY_SUFFIXES)}`
    }
    if (used.has(title)) title = `${title} ${id}`
    used.add(title)
    rows.push({ id, title, industry: rnd.pick(INDUSTRIES) })
  }
  return rows
}

const domains = new WeakMap<EmulatorRow, string>()

function domainOf(company: EmulatorRow): string {
  const cached = domains.get(company)
  if (cached !== undefined) return cached
  const words = String(company['title']).toLowerCase().split(' ').slice(0, 2)
  const domain = `${words.join('-')}.example`
  domains.set(company, domain)
  return domain
}

function phoneNumber(rnd: Random, mobile: boolean): string {
  const area = mobile
    ? rnd.pick(['903', '905', '916', '925', '926', '985', '999'])
    : rnd.pick(['495', '499', '812', '343', '383'])
  return `7${area}${String(rnd.int(0, 9_999_999)).padStart(7, '0')}`
}

function contactRows(
  rnd: Random,
  n: { companies: number; contacts: number; leads: number },
  companies: readonly EmulatorRow[],
  when: (from: number, to?: number) => number,
  iso: (ms: number) => string,
): EmulatorRow[] {
  const rows: EmulatorRow[] = []
  let fmId = 1
  for (let id = 1; id <= n.contacts; id++) {
    const female = rnd.chance(0.45)
    const first = female ? rnd.pick(FEMALE_NAMES) : rnd.pick(MALE_NAMES)[0]
    const [lastM, lastF, russian] = rnd.pick(LAST_NAMES)
    const lastName = female ? lastF : lastM
    const father = rnd.pick(MALE_NAMES)
    const secondName = russian && rnd.chance(0.7) ? (female ? father[2] : father[1]) : null
    const companyId = n.companies > 0 && rnd.chance(0.85) ? rnd.int(1, n.companies) : null
    const company = companyId === null ? undefined : companies[companyId - 1]

    const fm: Array<{ id: number; typeId: 'PHONE' | 'EMAIL'; valueType: string; value: string }> = []
    const firstPhoneMobile = rnd.chance(0.5)
    fm.push({
      id: fmId++,
      typeId: 'PHONE',
      valueType: firstPhoneMobile ? 'MOBILE' : 'WORK',
      value: phoneNumber(rnd, firstPhoneMobile),
    })
    if (rnd.chance(0.35)) {
      const type = firstPhoneMobile ? 'WORK' : rnd.pick(['MOBILE', 'HOME'])
      fm.push({ id: fmId++, typeId: 'PHONE', valueType: type, value: phoneNumber(rnd, type === 'MOBILE') })
    }
    const local = `${first}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, '')
    if (company !== undefined) {
      fm.push({ id: fmId++, typeId: 'EMAIL', valueType: 'WORK', value: `${local}@${domainOf(company)}` })
    }
    if (company === undefined || rnd.chance(0.3)) {
      fm.push({
        id: fmId++,
        typeId: 'EMAIL',
        valueType: 'HOME',
        value: `${local}${rnd.int(1, 99)}@${rnd.pick(MAIL_DOMAINS)}`,
      })
    }
    if (rnd.chance(0.1)) {
      fm.push({ id: fmId++, typeId: 'EMAIL', valueType: 'MAILING', value: `news+${id}@${rnd.pick(MAIL_DOMAINS)}` })
    }
    const firstOf = (typeId: 'PHONE' | 'EMAIL'): string | null => fm.find((r) => r.typeId === typeId)?.value ?? null

    const sourceId = rnd.weighted(SOURCES)
    const created = when(START)
    const updated = when(created)
    const row: EmulatorRow = {
      id,
      name: first,
      lastName,
      secondName,
      phone: firstOf('PHONE'),
      email: firstOf('EMAIL'),
      companyId,
      post: company !== undefined && rnd.chance(0.9) ? rnd.pick(POSTS) : null,
      comments: rnd.chance(0.2) ? rnd.pick(COMMENTS) : null,
      typeId: rnd.weighted(CONTACT_TYPES),
      sourceId,
      sourceDescription: rnd.chance(0.4) ? rnd.pick(SOURCE_DESCRIPTIONS[sourceId] ?? ['']) : null,
      assignedById: rnd.weighted(USERS),
      opened: rnd.chance(0.8),
      leadId: n.leads > 0 && rnd.chance(0.3) ? rnd.int(1, n.leads) : null,
      createdTime: iso(created),
      updatedTime: iso(updated),
    }
    rows.push({ ...row, createdBy: row['assignedById'], updatedBy: row['assignedById'], export: row['opened'] })
  }
  return rows
}
