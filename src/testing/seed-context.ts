/**
 * What a row generator of the seeded data gets: how many rows to make, the rows made before it, its
 * own random stream, and the two shared streams of the first four entities.
 *
 * Determinism: each entity added after the first edition draws from a stream of its own (the seed
 * mixed with the entity's name), so adding or changing one never changes another's rows. Companies,
 * contacts, leads and deals share the first edition's stream (`core`) and the stream of the fields
 * added with the docs' tables (`more`), drawn in that order, so seed 1 still gives their old values.
 *
 * @module
 */
import { formatInstant } from './iso-date.js'
import { createRandom, type Random } from './prng.js'
import type { EmulatorRow } from './types.js'

/**
 * The context of one entity's generator.
 *
 * @example
 * ```ts
 * const generate = (ctx: SeedContext): EmulatorRow[] =>
 *   Array.from({ length: ctx.count }, (_, i) => ({ id: i + 1, name: ctx.random.pick(['A', 'B']) }))
 * ```
 * @category Testing
 */
export interface SeedContext {
  /** How many rows to make (fixed sets ignore it). */
  readonly count: number
  /** The count asked for another entity (0 for an entity without a count). */
  readonly countOf: (entity: string) => number
  /** The rows made for an entity generated earlier (empty otherwise). */
  readonly rows: (entity: string) => readonly EmulatorRow[]
  /** This entity's own stream. */
  readonly random: Random
  /** The first edition's stream (companies, contacts, leads, deals only). */
  readonly core: Random
  /** The stream of the docs' fields of those four (theirs only). */
  readonly more: Random
  /** An instant as ISO 8601 in the portal's offset. */
  readonly iso: (ms: number) => string
}

/** The first instant of the generated data: 2020-01-01. */
export const SEED_START = Date.UTC(2020, 0, 1)

/** The last instant of the generated data: 2026-03-31. */
export const SEED_END = Date.UTC(2026, 2, 31)

/**
 * An instant between `from` and {@link SEED_END}, drawn from a stream.
 *
 * @param random - the stream
 * @param from - the earliest instant, in ms
 * @param to - the latest instant, in ms
 * @returns an instant in ms
 * @example
 * ```ts
 * between(createRandom(1), SEED_START) >= SEED_START // true
 * ```
 * @category Testing
 */
export function between(random: Random, from: number, to = SEED_END): number {
  return from + Math.floor(random.next() * Math.max(0, to - from))
}

/** FNV-1a over the name: the part of an entity's stream seed that tells it from the others. */
function nameHash(name: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

/**
 * Makes the streams and readers shared by one run of the generators.
 *
 * @param seed - the run's seed
 * @param offsetMinutes - the portal's UTC offset, for the ISO strings
 * @param counts - the resolved count of every entity with one
 * @param made - the rows made so far, by entity
 * @returns a function giving each entity its context
 * @example
 * ```ts
 * const contextFor = seedContexts(1, 180, { users: 3 }, new Map())
 * contextFor('users').count // 3
 * ```
 * @category Testing
 */
export function seedContexts(
  seed: number,
  offsetMinutes: number,
  counts: Readonly<Record<string, number>>,
  made: ReadonlyMap<string, readonly EmulatorRow[]>,
): (entity: string) => SeedContext {
  const core = createRandom(seed)
  const more = createRandom(seed ^ 0x5eed5eed)
  const countOf = (entity: string): number => counts[entity] ?? 0
  const rows = (entity: string): readonly EmulatorRow[] => made.get(entity) ?? []
  const iso = (ms: number): string => formatInstant(ms, offsetMinutes)
  return (entity) => ({
    count: countOf(entity),
    countOf,
    rows,
    random: createRandom(seed ^ nameHash(entity)),
    core,
    more,
    iso,
  })
}
