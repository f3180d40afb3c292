/**
 * The seeded companies, contacts, leads and deals: a small CRM with realistic names, phones, e-mails,
 * job titles, types, sources, responsible users and dates, whose references point at existing rows (a
 * contact's `companyId` is a real company, a deal's `contactId` a real contact, …).
 *
 * They draw from the two shared streams of {@link SeedContext} in the order companies, contacts,
 * leads, deals, exactly as the first edition did, so the same seed still gives the same rows.
 *
 * Output shape of phones and e-mails (the emulator's choice; the real output shape is not
 * documented): `phone` and `email` are the contact's first number / address as a string (as in the
 * documentation's search example, `"phone": "74955553546"`). Empty scalar fields are `null`.
 *
 * @module
 */
import { between, SEED_START, type SeedContext } from './seed-context.js'
import type { Random } from './prng.js'
import {
  COMMENTS,
  COMPANY_NOUNS,
  COMPANY_SUFFIXES,
  COMPANY_TYPES,
  COMPANY_WORDS,
  CONTACT_TYPES,
  CURRENCY_WEIGHTS,
  DEAL_STAGES,
  DEAL_TITLES,
  DEAL_TYPES,
  FEMALE_NAMES,
  INDUSTRIES,
  LAST_NAMES,
  LEAD_STATUSES,
  LEAD_TITLES,
  MAIL_DOMAINS,
  MALE_NAMES,
  POSTS,
  RESPONSIBLE_USERS,
  SOURCE_DESCRIPTIONS,
  SOURCES,
} from './seed-vocabulary.js'
import type { EmulatorRow } from './types.js'

/**
 * Companies: a unique name and an industry from the first edition's stream, then the docs' fields.
 *
 * @param ctx - the context
 * @returns the rows, ids from 1
 * @example
 * ```ts
 * const generate: (ctx: SeedContext) => EmulatorRow[] = seedCompanies
 * ```
 * @category Testing
 */
export function seedCompanies(ctx: SeedContext): EmulatorRow[] {
  const companies = companyRows(ctx.core, ctx.count)
  const later = (from: number): number => between(ctx.more, from)
  for (const company of companies) Object.assign(company, moreCompany(ctx.more, later, ctx.iso))
  return companies
}

/**
 * Contacts: names, phones, e-mails and a company (85 %); `leadId` points into the lead count.
 *
 * @param ctx - the context (after companies)
 * @returns the rows, ids from 1
 * @example
 * ```ts
 * const generate: (ctx: SeedContext) => EmulatorRow[] = seedContacts
 * ```
 * @category Testing
 */
export function seedContacts(ctx: SeedContext): EmulatorRow[] {
  const companies = ctx.rows('companies')
  const n = { companies: companies.length, contacts: ctx.count, leads: ctx.countOf('leads') }
  return contactRows(ctx.core, n, companies, (from, to) => between(ctx.core, from, to), ctx.iso)
}

/**
 * Leads: a title and a contact (80 %) from the first edition's stream, then the docs' fields, the
 * name and company taken from the contact.
 *
 * @param ctx - the context (after contacts)
 * @returns the rows, ids from 1
 * @example
 * ```ts
 * const generate: (ctx: SeedContext) => EmulatorRow[] = seedLeads
 * ```
 * @category Testing
 */
export function seedLeads(ctx: SeedContext): EmulatorRow[] {
  const contacts = ctx.rows('contacts')
  const companies = ctx.rows('companies')
  const rnd = ctx.core
  const leads: EmulatorRow[] = []
  for (let id = 1; id <= ctx.count; id++) {
    leads.push({
      id,
      title: `${rnd.pick(LEAD_TITLES)} #${1000 + id}`,
      contactId: contacts.length > 0 && rnd.chance(0.8) ? rnd.int(1, contacts.length) : null,
    })
  }
  const later = (from: number): number => between(ctx.more, from)
  for (const lead of leads) Object.assign(lead, moreLead(ctx.more, lead, contacts, companies, later, ctx.iso))
  return leads
}

/**
 * Deals: each for a random contact and its company, created after the contact; closed deals (`WON`,
 * `LOSE`) carry `closedAt`, `closed: 'Y'` and the stage semantics `S` or `F`.
 *
 * @param ctx - the context (after contacts and leads)
 * @returns the rows, ids from 1
 * @example
 * ```ts
 * const generate: (ctx: SeedContext) => EmulatorRow[] = seedDeals
 * ```
 * @category Testing
 */
export function seedDeals(ctx: SeedContext): EmulatorRow[] {
  const contacts = ctx.rows('contacts')
  const companies = ctx.rows('companies')
  const rnd = ctx.core
  const later = (from: number): number => between(ctx.more, from)
  const deals: EmulatorRow[] = []
  for (let id = 1; id <= ctx.count; id++) {
    const contact = contacts.length > 0 ? contacts[rnd.int(0, contacts.length - 1)] : undefined
    const companyId = typeof contact?.['companyId'] === 'number' ? contact['companyId'] : null
    const company = companyId === null ? undefined : companies[companyId - 1]
    const created =
      contact === undefined ? between(rnd, SEED_START) : between(rnd, Date.parse(String(contact['createdTime'])))
    const deal: EmulatorRow = {
      id,
      title: company === undefined ? rnd.pick(DEAL_TITLES) : `${rnd.pick(DEAL_TITLES)} — ${String(company['title'])}`,
      stageId: rnd.weighted(DEAL_STAGES),
      amount: rnd.int(2, 1000) * 500,
      createdAt: ctx.iso(created),
      contactId: contact === undefined ? null : contact['id'],
      companyId,
    }
    deals.push(Object.assign(deal, moreDeal(ctx.more, deal, created, later, ctx.iso)))
  }
  return deals
}

function moreDeal(
  more: Random,
  deal: EmulatorRow,
  created: number,
  later: (from: number) => number,
  iso: (ms: number) => string,
): EmulatorRow {
  const stage = String(deal['stageId'])
  const semantic = stage === 'WON' ? 'S' : stage === 'LOSE' ? 'F' : 'P'
  const assignedById = more.weighted(RESPONSIBLE_USERS)
  const updated = later(created)
  return {
    currency: more.weighted(CURRENCY_WEIGHTS),
    stageSemanticId: semantic,
    closed: semantic === 'P' ? 'N' : 'Y',
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
    observers: more.chance(0.2) ? [more.weighted(RESPONSIBLE_USERS)] : [],
    typeId: more.weighted(DEAL_TYPES),
    isReturning: more.chance(0.2),
    entityTypeId: 2,
  }
}

function moreCompany(more: Random, later: (from: number) => number, iso: (ms: number) => string): EmulatorRow {
  const assignedById = more.weighted(RESPONSIBLE_USERS)
  const created = later(SEED_START)
  return {
    companyType: more.weighted(COMPANY_TYPES),
    revenue: more.int(1, 500) * 100_000,
    currencyId: more.weighted(CURRENCY_WEIGHTS),
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
  const assignedById = more.weighted(RESPONSIBLE_USERS)
  const created = later(SEED_START)
  return {
    name: contact?.['name'] ?? null,
    lastName: contact?.['lastName'] ?? null,
    statusId: more.weighted(LEAD_STATUSES),
    companyTitle: companyId === null ? null : (companies[companyId - 1]?.['title'] ?? null),
    companyId,
    amount: more.int(1, 400) * 500,
    currency: more.weighted(CURRENCY_WEIGHTS),
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

/**
 * A Russian phone number as the docs' examples write it: `7` and ten digits (`74955553546`).
 *
 * @param rnd - the stream
 * @param mobile - a mobile number (9xx) rather than a landline
 * @returns the number
 * @example
 * ```ts
 * phoneNumber(createRandom(1), true) // '79…'
 * ```
 * @category Testing
 */
export function phoneNumber(rnd: Random, mobile: boolean): string {
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
    const created = when(SEED_START)
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
      assignedById: rnd.weighted(RESPONSIBLE_USERS),
      opened: rnd.chance(0.8),
      leadId: n.leads > 0 && rnd.chance(0.3) ? rnd.int(1, n.leads) : null,
      createdTime: iso(created),
      updatedTime: iso(updated),
    }
    rows.push({ ...row, createdBy: row['assignedById'], updatedBy: row['assignedById'], export: row['opened'] })
  }
  return rows
}
