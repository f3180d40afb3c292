/**
 * The seeded quotes, invoices, activities and smart-process items, built on the seeded CRM: a quote or
 * an invoice belongs to a real deal (its contact, company and currency), an activity to a real lead,
 * deal, contact or company, an item to a real contact. Each draws from its own stream.
 *
 * Codes follow the docs' examples: invoices are in pipeline 5 with stages `DT31_5:N`, `:S`, `:P`, `:D`
 * (27403); items are of the smart-process type 156, pipeline 41, stages `DT156_41:NEW` … (29870).
 *
 * @module
 */
import type { Random } from './prng.js'
import { between, SEED_START, type SeedContext } from './seed-context.js'
import {
  COMMENTS,
  CURRENCY_WEIGHTS,
  DEAL_TITLES,
  QUOTE_STATUSES,
  RESPONSIBLE_USERS,
  SOURCES,
} from './seed-vocabulary.js'
import type { EmulatorRow } from './types.js'

const DAY = 86_400_000
const MINUTE = 60_000

/**
 * The smart-process type the seeded items belong to, served at `/v1/items/156`.
 *
 * @example
 * ```ts
 * SEEDED_ITEM_TYPE // 156
 * ```
 * @category Testing
 */
export const SEEDED_ITEM_TYPE = 156

/**
 * The pipeline of the seeded items.
 *
 * @example
 * ```ts
 * ITEM_CATEGORY // 41
 * ```
 * @category Testing
 */
export const ITEM_CATEGORY = 41

/**
 * The stages of the seeded items, with weights and semantics.
 *
 * @example
 * ```ts
 * ITEM_STAGES[0] // ['DT156_41:NEW', 30, 'P']
 * ```
 * @category Testing
 */
export const ITEM_STAGES: ReadonlyArray<readonly [string, number, 'P' | 'S' | 'F']> = [
  ['NEW', 30, 'P'] as const,
  ['PREPARATION', 20, 'P'] as const,
  ['CLIENT', 20, 'P'] as const,
  ['SUCCESS', 20, 'S'] as const,
  ['FAIL', 10, 'F'] as const,
].map(([stage, weight, semantics]) => [`DT${SEEDED_ITEM_TYPE}_${ITEM_CATEGORY}:${stage}`, weight, semantics] as const)

/**
 * The pipeline of the seeded invoices.
 *
 * @example
 * ```ts
 * INVOICE_CATEGORY // 5
 * ```
 * @category Testing
 */
export const INVOICE_CATEGORY = 5

/**
 * The stages of the seeded invoices (new, sent, paid, declined), with weights and semantics.
 *
 * @example
 * ```ts
 * INVOICE_STAGES[2] // ['DT31_5:P', 40, 'S']
 * ```
 * @category Testing
 */
export const INVOICE_STAGES: ReadonlyArray<readonly [string, number, 'P' | 'S' | 'F']> = [
  ['N', 20, 'P'] as const,
  ['S', 30, 'P'] as const,
  ['P', 40, 'S'] as const,
  ['D', 10, 'F'] as const,
].map(([stage, weight, semantics]) => [`DT31_${INVOICE_CATEGORY}:${stage}`, weight, semantics] as const)

const weightsOf = (stages: ReadonlyArray<readonly [string, number, string]>): Array<[string, number]> =>
  stages.map(([stage, weight]) => [stage, weight])

const number = (value: unknown): number | null => (typeof value === 'number' ? value : null)
const createdOf = (row: EmulatorRow | undefined): number =>
  Date.parse(String(row?.['createdAt'] ?? row?.['createdTime'] ?? '')) || SEED_START
const responsible = (r: Random, row: EmulatorRow | undefined): number =>
  number(row?.['assignedById']) ?? r.weighted(RESPONSIBLE_USERS)

/**
 * Quotes: each for a seeded deal, with its amount, currency, contact and company.
 *
 * @param ctx - the context (after deals)
 * @returns the rows, ids from 1
 * @example
 * ```ts
 * const generate: (ctx: SeedContext) => EmulatorRow[] = seedQuotes
 * ```
 * @category Testing
 */
export function seedQuotes(ctx: SeedContext): EmulatorRow[] {
  const r = ctx.random
  const deals = ctx.rows('deals')
  const rows: EmulatorRow[] = []
  for (let id = 1; id <= ctx.count; id++) {
    const deal = deals.length > 0 ? r.pick(deals) : undefined
    const created = between(r, createdOf(deal))
    const assignedById = responsible(r, deal)
    rows.push({
      id,
      title: deal === undefined ? `Quote #${id}` : `Quote: ${String(deal['title'])}`,
      amount: number(deal?.['amount']) ?? r.int(2, 400) * 500,
      currency: deal?.['currency'] ?? r.weighted(CURRENCY_WEIGHTS),
      stageId: r.weighted(QUOTE_STATUSES),
      dealId: deal?.['id'] ?? null,
      contactId: deal?.['contactId'] ?? null,
      companyId: deal?.['companyId'] ?? null,
      assignedById,
      createdBy: assignedById,
      comments: r.chance(0.2) ? r.pick(COMMENTS) : null,
      beginDate: ctx.iso(created),
      closeDate: ctx.iso(created + r.int(7, 60) * DAY),
      createdAt: ctx.iso(created),
      updatedAt: ctx.iso(between(r, created)),
    })
  }
  return rows
}

/**
 * Invoices: each for a seeded deal, its contact and company paying, in pipeline 5.
 *
 * @param ctx - the context (after deals)
 * @returns the rows, ids from 1
 * @example
 * ```ts
 * const generate: (ctx: SeedContext) => EmulatorRow[] = seedInvoices
 * ```
 * @category Testing
 */
export function seedInvoices(ctx: SeedContext): EmulatorRow[] {
  const r = ctx.random
  const deals = ctx.rows('deals')
  const rows: EmulatorRow[] = []
  for (let id = 1; id <= ctx.count; id++) {
    const deal = deals.length > 0 ? r.pick(deals) : undefined
    const created = between(r, createdOf(deal))
    const assignedById = responsible(r, deal)
    const amount = number(deal?.['amount'])
    rows.push({
      id,
      title: `Invoice #${1000 + id}`,
      stageId: r.weighted(weightsOf(INVOICE_STAGES)),
      categoryId: INVOICE_CATEGORY,
      contactId: deal?.['contactId'] ?? null,
      companyId: deal?.['companyId'] ?? null,
      mycompanyId: null,
      opportunity: amount === null ? r.int(2, 400) * 500 : amount / r.pick([1, 2, 4]),
      currencyId: deal?.['currency'] ?? r.weighted(CURRENCY_WEIGHTS),
      assignedById,
      createdBy: assignedById,
      createdTime: ctx.iso(created),
      updatedTime: ctx.iso(between(r, created)),
      comments: r.chance(0.2) ? r.pick(COMMENTS) : null,
    })
  }
  return rows
}

/** Activity parents by weight: `[ownerTypeId, entity, weight]`. */
const OWNERS: ReadonlyArray<readonly [number, string, number]> = [
  [2, 'deals', 50],
  [3, 'contacts', 25],
  [1, 'leads', 15],
  [4, 'companies', 10],
]

/** Activity types by weight: `[typeId, subject prefix, weight]`. */
const ACTIVITY_TYPES: ReadonlyArray<readonly [number, string, number]> = [
  [1, 'Call', 40],
  [6, 'E-mail', 30],
  [2, 'Meeting', 20],
  [3, 'Follow up', 10],
]

function ownerLabel(row: EmulatorRow): string {
  const name = [row['name'], row['lastName']].filter((part) => typeof part === 'string').join(' ')
  return name !== '' && row['title'] === undefined ? name : String(row['title'] ?? name)
}

/**
 * Activities: calls, e-mails, meetings and tasks on seeded leads, deals, contacts and companies.
 *
 * @param ctx - the context (after the CRM)
 * @returns the rows, ids from 1
 * @example
 * ```ts
 * const generate: (ctx: SeedContext) => EmulatorRow[] = seedActivities
 * ```
 * @category Testing
 */
export function seedActivities(ctx: SeedContext): EmulatorRow[] {
  const r = ctx.random
  const owners = OWNERS.filter(([, entity]) => ctx.rows(entity).length > 0)
  const rows: EmulatorRow[] = []
  for (let id = 1; id <= ctx.count; id++) {
    const ownerTypeId = owners.length > 0 ? r.weighted(owners.map(([type, , w]) => [type, w] as const)) : null
    const entity = OWNERS.find(([type]) => type === ownerTypeId)?.[1]
    const owner = entity === undefined ? undefined : r.pick(ctx.rows(entity))
    const [typeId, prefix] = r.weighted(ACTIVITY_TYPES.map(([type, label, w]) => [[type, label] as const, w] as const))
    const created = between(r, createdOf(owner))
    const start = created + r.int(1, 14) * DAY
    const end = start + r.int(1, 6) * 15 * MINUTE
    const completed = r.chance(0.6)
    rows.push({
      id,
      typeId,
      ownerTypeId,
      ownerId: owner?.['id'] ?? null,
      subject: owner === undefined ? prefix : `${prefix}: ${ownerLabel(owner)}`,
      description: r.chance(0.3) ? r.pick(COMMENTS) : null,
      responsibleId: responsible(r, owner),
      priority: r.weighted([
        [2, 60],
        [1, 20],
        [3, 20],
      ]),
      direction: typeId === 1 || typeId === 6 ? r.pick([1, 2]) : null,
      completed,
      startTime: ctx.iso(start),
      endTime: ctx.iso(end),
      deadline: ctx.iso(end),
      createdAt: ctx.iso(created),
      updatedAt: ctx.iso(completed ? end : created),
    })
  }
  return rows
}

/**
 * Items of the smart-process type 156: each for a seeded contact and its company.
 *
 * @param ctx - the context (after contacts)
 * @returns the rows, ids from 1
 * @example
 * ```ts
 * const generate: (ctx: SeedContext) => EmulatorRow[] = seedItems
 * ```
 * @category Testing
 */
export function seedItems(ctx: SeedContext): EmulatorRow[] {
  const r = ctx.random
  const contacts = ctx.rows('contacts')
  const rows: EmulatorRow[] = []
  for (let id = 1; id <= ctx.count; id++) {
    const contact = contacts.length > 0 ? r.pick(contacts) : undefined
    const created = between(r, createdOf(contact))
    const moved = between(r, created)
    const assignedById = r.weighted(RESPONSIBLE_USERS)
    const contactId = contact?.['id'] ?? null
    rows.push({
      id,
      title: r.pick(DEAL_TITLES),
      xmlId: r.chance(0.3) ? `EXT-${1000 + id}` : null,
      stageId: r.weighted(weightsOf(ITEM_STAGES)),
      categoryId: ITEM_CATEGORY,
      assignedById,
      companyId: contact?.['companyId'] ?? null,
      contactId,
      contactIds: contactId === null ? [] : [contactId],
      opportunity: r.int(1, 200) * 1000,
      currencyId: r.weighted(CURRENCY_WEIGHTS),
      opened: r.chance(0.8),
      begindate: ctx.iso(created),
      closedate: ctx.iso(created + r.int(30, 90) * DAY),
      sourceId: r.weighted(SOURCES),
      observers: r.chance(0.2) ? [r.weighted(RESPONSIBLE_USERS)] : [],
      mycompanyId: null,
      createdBy: assignedById,
      updatedBy: assignedById,
      movedBy: assignedById,
      createdTime: ctx.iso(created),
      updatedTime: ctx.iso(moved),
      movedTime: ctx.iso(moved),
    })
  }
  return rows
}
