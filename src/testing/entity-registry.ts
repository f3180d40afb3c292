/**
 * The emulator's one entity registry: every built-in entity with its table (fields, operations,
 * relations, answers), its default seed count and its row generator. The seed counts, the CLI flags
 * and usage text, the seeded data and the store's tables all derive from it.
 *
 * The order is the order of generation, an entity after those its rows point at (companies, contacts,
 * leads and deals first, in the first edition's order, so seed 1 keeps their values).
 *
 * @module
 */
import { ACTIVITIES } from './entities/activities.js'
import { COMPANIES } from './entities/companies.js'
import { CONTACTS } from './entities/contacts.js'
import { CURRENCIES } from './entities/currencies.js'
import { DEAL_CATEGORIES } from './entities/deal-categories.js'
import { DEALS } from './entities/deals.js'
import { DEPARTMENTS } from './entities/departments.js'
import { INVOICES } from './entities/invoices.js'
import { ITEMS } from './entities/items.js'
import { LEADS } from './entities/leads.js'
import { QUOTES } from './entities/quotes.js'
import { STATUSES } from './entities/statuses.js'
import { TASKS } from './entities/tasks.js'
import { USERS } from './entities/users.js'
import { WORKGROUPS } from './entities/workgroups.js'
import type { EntityTable } from './entity-tables.js'
import type { CountedEntity } from './seed.js'
import type { SeedContext } from './seed-context.js'
import { seedCompanies, seedContacts, seedDeals, seedLeads } from './seed-crm.js'
import { seedCurrencies, seedDealCategories, seedStatuses } from './seed-dictionaries.js'
import { seedDepartments, seedTasks, seedUsers, seedWorkgroups } from './seed-org.js'
import { seedActivities, seedInvoices, seedItems, seedQuotes, SEEDED_ITEM_TYPE } from './seed-sales.js'
import type { EmulatorRow } from './types.js'

/**
 * One built-in entity of the registry.
 *
 * @example
 * ```ts
 * const users: BuiltInEntity = { table: USERS, count: 20, generate: seedUsers }
 * ```
 * @category Testing
 */
export interface BuiltInEntity {
  /** What the docs say of it. */
  readonly table: EntityTable
  /** How many rows to seed by default; absent for a fixed set (statuses, currencies, …). */
  readonly count?: number
  /** Makes its seeded rows. */
  readonly generate: (ctx: SeedContext) => EmulatorRow[]
  /** The store entity its seeded rows go to, when not its name (`items/156`). */
  readonly store?: string
}

/**
 * The built-in entities, in the order of generation.
 *
 * @example
 * ```ts
 * ENTITIES.deals.count // 300
 * ```
 * @category Testing
 */
export const ENTITIES = {
  companies: { table: COMPANIES, count: 40, generate: seedCompanies },
  contacts: { table: CONTACTS, count: 1000, generate: seedContacts },
  leads: { table: LEADS, count: 200, generate: seedLeads },
  deals: { table: DEALS, count: 300, generate: seedDeals },
  quotes: { table: QUOTES, count: 40, generate: seedQuotes },
  invoices: { table: INVOICES, count: 30, generate: seedInvoices },
  activities: { table: ACTIVITIES, count: 50, generate: seedActivities },
  items: { table: ITEMS, count: 30, generate: seedItems, store: `items/${SEEDED_ITEM_TYPE}` },
  departments: { table: DEPARTMENTS, generate: seedDepartments },
  users: { table: USERS, count: 20, generate: seedUsers },
  workgroups: { table: WORKGROUPS, count: 8, generate: seedWorkgroups },
  tasks: { table: TASKS, count: 50, generate: seedTasks },
  statuses: { table: STATUSES, generate: seedStatuses },
  'deal-categories': { table: DEAL_CATEGORIES, generate: seedDealCategories },
  currencies: { table: CURRENCIES, generate: seedCurrencies },
} as const satisfies Readonly<Record<string, BuiltInEntity>>

/**
 * The name of a built-in entity.
 *
 * @example
 * ```ts
 * const name: BuiltInName = 'deal-categories'
 * ```
 * @category Testing
 */
export type BuiltInName = keyof typeof ENTITIES

/** The built-in entities the registry gives a seed count. */
type Counted = {
  [K in BuiltInName]: (typeof ENTITIES)[K] extends { readonly count: number } ? K : never
}[BuiltInName]

/**
 * Fails to compile until the public {@link CountedEntity} names exactly the registry's counted entities.
 *
 * @internal
 */
export const COUNTED_ENTITIES_AGREE: [Counted] extends [CountedEntity]
  ? [CountedEntity] extends [Counted]
    ? true
    : never
  : never = true

/**
 * The registry's entries, in the order of generation.
 *
 * @returns `[name, entity]` pairs
 * @example
 * ```ts
 * builtInEntities().map(([name]) => name).length // 15
 * ```
 * @category Testing
 */
export function builtInEntities(): ReadonlyArray<readonly [BuiltInName, BuiltInEntity]> {
  return Object.entries(ENTITIES) as Array<[BuiltInName, BuiltInEntity]>
}

/**
 * The table of a store entity: a built-in entity by name, `items/<entityTypeId>` for any smart-process
 * type; `undefined` for any other name.
 *
 * @param entity - a store entity name (`deals`, `items/1058`, …)
 * @returns the table
 * @example
 * ```ts
 * builtInTable('items/1058')?.name // 'items'
 * ```
 * @category Testing
 */
export function builtInTable(entity: string): EntityTable | undefined {
  if (entity.startsWith('items/')) return ENTITIES.items.table
  return Object.hasOwn(ENTITIES, entity) && entity !== 'items' ? ENTITIES[entity as BuiltInName].table : undefined
}

/**
 * The scopes of the demo key: every scope a built-in entity needs (`crm`, `tasks`, `user`,
 * `department`, `sonet_group`).
 *
 * @example
 * ```ts
 * DEMO_KEY_SCOPES.includes('tasks') // true
 * ```
 * @category Keys
 */
export const DEMO_KEY_SCOPES: readonly string[] = Object.freeze([
  ...new Set(Object.values(ENTITIES).map((entity: BuiltInEntity) => entity.table.scope)),
])
