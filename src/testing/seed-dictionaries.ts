/**
 * The fixed reference data: statuses (every code the seeded rows use, in Bitrix24's stock
 * dictionaries), deal pipelines 0 and 1, and the currencies RUB (base), USD and EUR.
 *
 * Stages carry their semantics (`P` in progress, `S` success, `F` failure) and colour; the first,
 * success and failure stages of a pipeline are system records (`SYSTEM: 'Y'`), as in Bitrix24, and
 * cannot be deleted. `CATEGORY_ID` is the pipeline of a stage (`null` for other dictionaries).
 *
 * @module
 */
import { SEED_START, type SeedContext } from './seed-context.js'
import { INVOICE_CATEGORY, INVOICE_STAGES, ITEM_CATEGORY, ITEM_STAGES, SEEDED_ITEM_TYPE } from './seed-sales.js'
import { COMPANY_TYPES, CONTACT_TYPES, DEAL_STAGES, DEAL_TYPES, INDUSTRIES, SOURCES } from './seed-vocabulary.js'
import type { EmulatorRow } from './types.js'

type Semantics = 'P' | 'S' | 'F'

/** One dictionary: its `entityId`, pipeline and entries `[statusId, name, semantics?]`. */
interface Dictionary {
  readonly entityId: string
  readonly category: number | null
  readonly entries: ReadonlyArray<readonly [string, string, Semantics?]>
}

const STAGE_COLOURS: Readonly<Record<Semantics, readonly string[]>> = {
  P: ['39A8EF', '2FC6F6', '55D0E0', '47E4C2', 'FFA900'],
  S: ['7BD500'],
  F: ['FF5752', 'FF8D8D'],
}

const labelled = (codes: readonly string[], labels: Readonly<Record<string, string>>): Array<[string, string]> =>
  codes.map((code) => [code, labels[code] ?? code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ')])

const codesOf = (weights: ReadonlyArray<readonly [string, number]>): string[] => weights.map(([code]) => code)

const DEAL_STAGE_NAMES: Readonly<Record<string, string>> = {
  NEW: 'New',
  PREPARATION: 'Preparing documents',
  PREPAYMENT_INVOICE: 'Prepayment invoice',
  EXECUTING: 'In progress',
  FINAL_INVOICE: 'Final invoice',
  WON: 'Deal won',
  LOSE: 'Deal lost',
  APOLOGY: 'Analyse the failure',
}
const semanticsOf = (code: string): Semantics => (code.endsWith('WON') ? 'S' : /LOSE|APOLOGY$/.test(code) ? 'F' : 'P')
const INVOICE_STAGE_NAMES = ['New', 'Sent', 'Paid', 'Declined']
const ITEM_STAGE_NAMES = ['New', 'Preparation', 'With the client', 'Success', 'Failure']
const MAIN_STAGES = ['NEW', 'PREPARATION', 'PREPAYMENT_INVOICE', 'EXECUTING', 'FINAL_INVOICE', 'WON', 'LOSE', 'APOLOGY']

/**
 * Every dictionary the seeded data uses, in the order the statuses are numbered.
 *
 * @example
 * ```ts
 * DICTIONARIES.map((d) => d.entityId).includes('DEAL_STAGE_1') // true
 * ```
 * @category Testing
 */
export const DICTIONARIES: readonly Dictionary[] = [
  {
    entityId: 'DEAL_STAGE',
    category: 0,
    entries: [...new Set([...MAIN_STAGES, ...codesOf(DEAL_STAGES)])].map((code) => [
      code,
      DEAL_STAGE_NAMES[code] ?? code,
      semanticsOf(code),
    ]),
  },
  {
    entityId: 'DEAL_STAGE_1',
    category: 1,
    entries: ['NEW', 'PREPARATION', 'EXECUTING', 'WON', 'LOSE'].map((code) => [
      `C1:${code}`,
      DEAL_STAGE_NAMES[code] ?? code,
      semanticsOf(code),
    ]),
  },
  {
    entityId: 'STATUS',
    category: null,
    entries: [
      ['NEW', 'Unprocessed', 'P'],
      ['IN_PROCESS', 'In progress', 'P'],
      ['PROCESSED', 'Processed', 'P'],
      ['CONVERTED', 'Good lead', 'S'],
      ['JUNK', 'Junk lead', 'F'],
    ],
  },
  {
    entityId: 'QUOTE_STATUS',
    category: null,
    entries: [
      ['DRAFT', 'New', 'P'],
      ['SENT', 'Sent to client', 'P'],
      ['RECEIVED', 'Received', 'P'],
      ['APPROVED', 'Approved', 'S'],
      ['DECLINED', 'Declined', 'F'],
    ],
  },
  {
    entityId: `SMART_INVOICE_STAGE_${INVOICE_CATEGORY}`,
    category: INVOICE_CATEGORY,
    entries: INVOICE_STAGES.map(([code, , semantics], i) => [code, INVOICE_STAGE_NAMES[i] ?? code, semantics]),
  },
  {
    entityId: `DYNAMIC_${SEEDED_ITEM_TYPE}_STAGE_${ITEM_CATEGORY}`,
    category: ITEM_CATEGORY,
    entries: ITEM_STAGES.map(([code, , semantics], i) => [code, ITEM_STAGE_NAMES[i] ?? code, semantics]),
  },
  {
    entityId: 'SOURCE',
    category: null,
    entries: labelled(codesOf(SOURCES), {
      WEB: 'Website',
      CALL: 'Call',
      EMAIL: 'E-mail',
      RECOMMENDATION: 'By recommendation',
      ADVERTISING: 'Advertising',
      PARTNER: 'Existing client',
      TRADE_SHOW: 'Trade show',
      WEBFORM: 'CRM form',
      OTHER: 'Other',
    }),
  },
  {
    entityId: 'CONTACT_TYPE',
    category: null,
    entries: labelled(codesOf(CONTACT_TYPES), { CLIENT: 'Clients', PARTNER: 'Partners', SUPPLIER: 'Suppliers' }),
  },
  {
    entityId: 'COMPANY_TYPE',
    category: null,
    entries: labelled(codesOf(COMPANY_TYPES), { CUSTOMER: 'Client', PARTNER: 'Partner', SUPPLIER: 'Supplier' }),
  },
  { entityId: 'INDUSTRY', category: null, entries: labelled(INDUSTRIES, { IT: 'Information technology' }) },
  {
    entityId: 'DEAL_TYPE',
    category: null,
    entries: labelled(codesOf(DEAL_TYPES), { SALE: 'Sales', COMPLEX: 'Complex sale', GOODS: 'Goods' }),
  },
  {
    entityId: 'HONORIFIC',
    category: null,
    entries: [
      ['HNR_EN_1', 'Mr.'],
      ['HNR_EN_2', 'Mrs.'],
      ['HNR_EN_3', 'Ms.'],
      ['HNR_EN_4', 'Dr.'],
    ],
  },
]

/**
 * Statuses: every entry of {@link DICTIONARIES}, ids from 1.
 *
 * @param _ctx - the context (a fixed set: nothing is drawn)
 * @returns the rows
 * @example
 * ```ts
 * const generate: (ctx: SeedContext) => EmulatorRow[] = seedStatuses
 * ```
 * @category Testing
 */
export function seedStatuses(_ctx: SeedContext): EmulatorRow[] {
  const rows: EmulatorRow[] = []
  for (const dictionary of DICTIONARIES) {
    const stages = dictionary.entries.some(([, , semantics]) => semantics !== undefined)
    dictionary.entries.forEach(([statusId, name, semantics], index) => {
      const colours = STAGE_COLOURS[semantics ?? 'P']
      const first = index === 0
      rows.push({
        id: rows.length + 1,
        entityId: dictionary.entityId,
        statusId,
        name,
        nameInit: name,
        sort: (index + 1) * 10,
        color: stages ? (colours[index % colours.length] ?? '') : '',
        semantics: semantics ?? null,
        SYSTEM: stages && (first || semantics !== 'P') ? 'Y' : 'N',
        CATEGORY_ID: dictionary.category,
      })
    })
  }
  return rows
}

/**
 * Deal pipelines: 0 (the main one) and 1, the two the seeded deals use.
 *
 * @param ctx - the context (a fixed set: nothing is drawn)
 * @returns the rows
 * @example
 * ```ts
 * const generate: (ctx: SeedContext) => EmulatorRow[] = seedDealCategories
 * ```
 * @category Testing
 */
export function seedDealCategories(ctx: SeedContext): EmulatorRow[] {
  return [
    { id: 0, name: 'General', sort: 100, isLocked: 'N', createdAt: ctx.iso(SEED_START) },
    { id: 1, name: 'Partners', sort: 200, isLocked: 'N', createdAt: ctx.iso(Date.UTC(2021, 2, 15, 9)) },
  ]
}

/**
 * Currencies: RUB (the base), USD and EUR, the three the seeded amounts use.
 *
 * @param _ctx - the context (a fixed set: nothing is drawn)
 * @returns the rows
 * @example
 * ```ts
 * const generate: (ctx: SeedContext) => EmulatorRow[] = seedCurrencies
 * ```
 * @category Testing
 */
export function seedCurrencies(_ctx: SeedContext): EmulatorRow[] {
  const currency = (id: string, amount: number, sort: number, fullName: string, formatString: string): EmulatorRow => ({
    id,
    amount,
    amountCnt: 1,
    base: id === 'RUB',
    sort,
    fullName,
    formatString,
    decPoint: id === 'RUB' ? ',' : '.',
    thousandsSep: id === 'RUB' ? ' ' : ',',
    decimals: 2,
    LID: 'en',
  })
  return [
    currency('RUB', 1, 100, 'Russian ruble', '# ₽'),
    currency('USD', 81.25, 200, 'US dollar', '$#'),
    currency('EUR', 94.2, 300, 'Euro', '€#'),
  ]
}
