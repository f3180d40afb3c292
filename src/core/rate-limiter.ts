import { VibeCodeError } from '../errors/vibecode-error.js'
import { sleep } from './sleep.js'

/**
 * Options of the client-side rate limiter, a leaky bucket: each request adds one unit, the bucket
 * drains at `perSecond` units per second, and a request that would overflow `burst` waits until
 * there is room. Requests leave in the order they arrived.
 *
 * The service's own limits are not published; the defaults are the Bitrix24 ones it proxies
 * (burst 50, 2 requests/s; Enterprise plans allow 250 and 5/s).
 *
 * @example
 * ```ts
 * createClient({ apiKey, rateLimit: { burst: 250, perSecond: 5 } })
 * ```
 * @category Client
 */
export interface RateLimitOptions {
  /**
   * How many requests may leave at once before the rate applies.
   *
   * @defaultValue `50`
   */
  readonly burst?: number | undefined
  /**
   * How many requests per second the bucket drains once it is full.
   *
   * @defaultValue `2`
   */
  readonly perSecond?: number | undefined
}

/**
 * Takes a slot: `undefined` when the request may leave now, else a promise that resolves when it
 * may, or rejects with `signal.reason` when the signal aborts first (the slot is then given back).
 *
 * @internal
 */
export type RateLimiter = (signal?: AbortSignal) => Promise<void> | undefined

/**
 * Creates a leaky-bucket limiter shared by all requests of one client.
 *
 * @internal
 */
export function createRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  const { burst = 50, perSecond = 2 } = options
  // Numbers that would silently switch the limiter off: 0, negative, NaN, Infinity.
  for (const [name, value] of [
    ['burst', burst],
    ['perSecond', perSecond],
  ] as const) {
    if (!(Number.isFinite(value) && value > 0))
      throw new VibeCodeError(`createClient(): rateLimit.${name} must be a finite number > 0`)
  }
  let level = 0
  let last = Date.now()
  return (signal) => {
    const now = Date.now()
    level = Math.max(0, level - ((now - last) * perSecond) / 1000) + 1
    last = now
    const waitMs = ((level - burst) * 1000) / perSecond
    if (waitMs <= 0) return undefined
    return sleep(waitMs, signal).catch((reason: unknown) => {
      level = Math.max(0, level - 1)
      throw reason
    })
  }
}
