/**
 * A leaky-bucket rate limiter, per API key: each request adds one unit, the bucket drains at
 * `perSecond` units a second, and a request that would overflow `burst` is refused with 429
 * `RATE_LIMITED`, message `QUERY_LIMIT_EXCEEDED`, `error.retryAfter` and a `Retry-After` header
 * (whole seconds until a unit has drained). Bitrix24's upstream defaults are burst 50, 2/s; the
 * service's own numbers are not documented. A refused request does not fill the bucket.
 *
 * @module
 */
import { fail } from './error-codes.js'

/**
 * Rate limit settings.
 *
 * @example
 * ```ts
 * const limit: RateLimitOptions = { burst: 50, perSecond: 2 } // Bitrix24's upstream defaults
 * ```
 * @category Emulator
 */
export interface RateLimitOptions {
  /** How many requests fit in the bucket (a burst). */
  readonly burst: number
  /** How many requests a second drain from it. */
  readonly perSecond: number
}

/**
 * The leaky bucket.
 *
 * @example
 * ```ts
 * const bucket = new LeakyBucket({ burst: 2, perSecond: 1 }, Date.now)
 * bucket.take('vibe_api_demo')
 * ```
 * @category Testing
 */
export class LeakyBucket {
  readonly #options: RateLimitOptions
  readonly #now: () => number
  readonly #levels = new Map<string, { level: number; at: number }>()

  /**
   * Creates the bucket.
   *
   * @param options - burst and drain rate (both > 0)
   * @param now - the clock, in milliseconds
   */
  constructor(options: RateLimitOptions, now: () => number) {
    if (!(options.burst >= 1) || !(options.perSecond > 0)) {
      throw new RangeError('emulator: rateLimit needs burst >= 1 and perSecond > 0')
    }
    this.#options = options
    this.#now = now
  }

  /**
   * Admits one request for a key, or throws 429 `RATE_LIMITED`.
   *
   * @param key - the bucket key (the API key)
   */
  take(key: string): void {
    const now = this.#now()
    const state = this.#levels.get(key) ?? { level: 0, at: now }
    const level = Math.max(0, state.level - ((now - state.at) / 1000) * this.#options.perSecond)
    if (level + 1 > this.#options.burst) {
      const retryAfter = Math.max(1, Math.ceil((level + 1 - this.#options.burst) / this.#options.perSecond))
      this.#levels.set(key, { level, at: now })
      throw fail('RATE_LIMITED', 'QUERY_LIMIT_EXCEEDED', {
        hint: 'Too many requests: wait 1-2 seconds and retry; combine up to 50 calls with POST /v1/batch',
        retryAfter,
      })
    }
    this.#levels.set(key, { level: level + 1, at: now })
  }

  /** Empties every bucket. */
  reset(): void {
    this.#levels.clear()
  }
}
