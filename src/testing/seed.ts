/**
 * The deterministic seeded data set: the built-in entities of the registry, generated in its order
 * from one seed. The same seed and counts always give the same rows, and references point at
 * existing rows (a deal's `contactId` is a seeded contact, a task's `responsibleId` a seeded user).
 *
 * @module
 */
import { builtInEntities } from './entity-registry.js'
import { seedContexts } from './seed-context.js'
import type { EmulatorRow } from './types.js'

/**
 * The built-in entities whose seeded row count can be chosen: the keys of {@link SeedCounts}. (The
 * entity registry fails to compile when it counts other entities than these.)
 *
 * @example
 * ```ts
 * import type { CountedEntity } from 'vibecode-query/testing'
 *
 * const name: CountedEntity = 'tasks'
 * ```
 * @category Data
 */
export type CountedEntity =
  | 'companies'
  | 'contacts'
  | 'leads'
  | 'deals'
  | 'quotes'
  | 'invoices'
  | 'activities'
  | 'items'
  | 'users'
  | 'workgroups'
  | 'tasks'

/**
 * How many rows of each built-in entity to generate; the reference data (statuses, deal pipelines,
 * currencies, departments) is a fixed set.
 *
 * @example
 * ```ts
 * const counts: SeedCounts = { contacts: 5000, deals: 0, tasks: 200 }
 * ```
 * @category Data
 */
export type SeedCounts = { readonly [K in CountedEntity]?: number }

const counted = builtInEntities().flatMap(([name, entity]) =>
  entity.count === undefined ? [] : [[name, entity.count] as const],
)

/**
 * The counts used when none are given: 1000 contacts, 40 companies, 300 deals, 200 leads, 40 quotes,
 * 30 invoices, 50 activities, 30 smart-process items, 20 users, 8 workgroups, 50 tasks.
 *
 * @example
 * ```ts
 * DEFAULT_SEED_COUNTS.contacts // 1000
 * ```
 * @category Data
 */
export const DEFAULT_SEED_COUNTS: Readonly<Required<SeedCounts>> = Object.freeze(
  Object.fromEntries(counted) as Required<SeedCounts>,
)

function resolveCounts(counts: SeedCounts): Record<string, number> {
  const resolved: Record<string, number> = { ...DEFAULT_SEED_COUNTS }
  for (const [name, n] of Object.entries(counts)) {
    if (!Object.hasOwn(DEFAULT_SEED_COUNTS, name)) {
      const known = Object.keys(DEFAULT_SEED_COUNTS).join(', ')
      throw new RangeError(`emulator: no seed count for '${name}' (counts are for ${known})`)
    }
    if (n === undefined) continue
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`emulator: seed count for ${name} must be an integer >= 0`)
    resolved[name] = n
  }
  return resolved
}

/**
 * Generates the seeded rows of every built-in entity.
 *
 * @param seed - Any integer; the same seed (and counts) always gives the same data.
 * @param counts - Rows per entity; missing entries take {@link DEFAULT_SEED_COUNTS}.
 * @param offsetMinutes - The portal's UTC offset in minutes, written into the datetimes.
 * @returns Rows per store entity (smart-process items under `items/156`), ascending by id.
 * @throws `RangeError` when a count is not an integer of 0 or more, or names an entity without one.
 * @defaultValue counts: {@link DEFAULT_SEED_COUNTS}; offsetMinutes: 180 (`+03:00`)
 * @example
 * ```ts
 * const data = generateSeedData(42, { contacts: 10 }, 180)
 * data.contacts?.length // 10
 * data['items/156']?.length // 30
 * ```
 * @category Data
 */
export function generateSeedData(
  seed: number,
  counts: SeedCounts = {},
  offsetMinutes = 180,
): Record<string, EmulatorRow[]> {
  const made = new Map<string, EmulatorRow[]>()
  const contextFor = seedContexts(seed, offsetMinutes, resolveCounts(counts), made)
  for (const [name, entity] of builtInEntities()) made.set(name, entity.generate(contextFor(name)))
  const data: Record<string, EmulatorRow[]> = {}
  for (const [name, entity] of builtInEntities()) data[entity.store ?? name] = made.get(name) ?? []
  return data
}

/**
 * The store entities a seeded emulator holds, in the registry's order.
 *
 * @returns the names (`items/156` for the seeded smart process)
 * @example
 * ```ts
 * seededEntities().includes('items/156') // true
 * ```
 * @category Testing
 */
export function seededEntities(): string[] {
  return builtInEntities().map(([name, entity]) => entity.store ?? name)
}
