/**
 * A small deterministic pseudo-random generator (mulberry32) for the seeded data: the same seed
 * always yields the same sequence, on every platform.
 *
 * @module
 */

/**
 * A seeded random source.
 *
 * @example
 * ```ts
 * const rnd = createRandom(42)
 * rnd.int(1, 6) // the same number every run
 * ```
 * @category Testing
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T
  /** One element by weight: `[[value, weight], …]`. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T
  /** `true` with the given probability. */
  chance(probability: number): boolean
}

/**
 * Creates a mulberry32 generator.
 *
 * @param seed - any integer (taken modulo 2^32)
 * @returns the generator
 * @example
 * ```ts
 * createRandom(1).next() === createRandom(1).next() // true
 * ```
 * @category Testing
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick from an empty list')
      return items[int(0, items.length - 1)] as T
    },
    weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
      const total = items.reduce((sum, [, w]) => sum + w, 0)
      let r = next() * total
      for (const [value, weight] of items) {
        r -= weight
        if (r < 0) return value
      }
      const last = items[items.length - 1]
      if (last === undefined) throw new RangeError('weighted pick from an empty list')
      return last[0]
    },
    chance: (probability: number): boolean => next() < probability,
  }
}
