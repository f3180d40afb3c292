/**
 * `ERROR_LOOP_DETECTED` (429, docs lines 1163, 1430–1450): when one key sends the same failing
 * request again and again, the service blocks it on its side, letting every Nth attempt through to
 * see whether it now succeeds; a success lifts the block. The docs show the answer (`message` naming
 * the failures, `hint`, `retryAfter: 60`, "every 50th request will probe") but not the threshold:
 * the emulator's default of 10 identical failures in a row is our choice. Off unless the
 * `errorLoop` option is given.
 *
 * "The same request" is the same key, method, path, query and body; "failing" is any error answer
 * other than a rate limit. Only the most recent 1000 request signatures are tracked.
 *
 * @module
 */
import { fail } from './error-codes.js'

/**
 * Settings of the error-loop block.
 *
 * @example
 * ```ts
 * const loop: ErrorLoopOptions = { after: 3, probeEvery: 5, retryAfter: 60 }
 * ```
 * @category Emulator
 */
export interface ErrorLoopOptions {
  /**
   * Identical failures in a row after which the request is blocked.
   * @defaultValue 10
   */
  readonly after?: number
  /**
   * While blocked, every Nth attempt is let through to probe for recovery.
   * @defaultValue 50
   */
  readonly probeEvery?: number
  /**
   * The `retryAfter` of the block, in seconds.
   * @defaultValue 60
   */
  readonly retryAfter?: number
}

const TRACKED = 1000

/**
 * Counts identical failures per request signature and blocks repeats.
 *
 * @example
 * ```ts
 * const guard = new ErrorLoopGuard({ after: 2 })
 * guard.admit('k POST /v1/deals/search {}') // passes until two failures were recorded
 * ```
 * @category Testing
 */
export class ErrorLoopGuard {
  readonly #after: number
  readonly #probeEvery: number
  readonly #retryAfter: number
  readonly #entries = new Map<string, { failures: number; blocked: number }>()

  /**
   * Creates the guard.
   *
   * @param options - threshold, probe interval and `retryAfter`
   * @throws `RangeError` unless `after` and `probeEvery` are integers of 1 or more and `retryAfter`
   *   a number of 0 or more
   */
  constructor(options: ErrorLoopOptions) {
    this.#after = options.after ?? 10
    this.#probeEvery = options.probeEvery ?? 50
    this.#retryAfter = options.retryAfter ?? 60
    if (
      !Number.isInteger(this.#after) ||
      this.#after < 1 ||
      !Number.isInteger(this.#probeEvery) ||
      this.#probeEvery < 1
    ) {
      throw new RangeError('emulator: errorLoop needs after and probeEvery as integers >= 1')
    }
    if (!Number.isFinite(this.#retryAfter) || this.#retryAfter < 0) {
      throw new RangeError('emulator: errorLoop.retryAfter must be >= 0')
    }
  }

  /**
   * Lets a request through, or throws 429 `ERROR_LOOP_DETECTED` while its signature is blocked
   * (every `probeEvery`th blocked attempt passes).
   *
   * @param signature - key, method, path, query and body of the request
   * @param label - how the message names the request, e.g. `POST /v1/deals/search`
   */
  admit(signature: string, label = signature): void {
    const entry = this.#entries.get(signature)
    if (entry === undefined || entry.failures < this.#after) return
    entry.blocked += 1
    if (entry.blocked % this.#probeEvery === 0) return
    throw fail(
      'ERROR_LOOP_DETECTED',
      `Emulator-side block (not a rate limit): ${entry.failures} identical failures of ${label}`,
      {
        hint: `Every ${this.#probeEvery}th attempt goes through to check for recovery; fix the request`,
        retryAfter: this.#retryAfter,
      },
    )
  }

  /**
   * Records how an admitted request ended: a failure counts, a success lifts any block.
   *
   * @param signature - the request's signature
   * @param failed - whether it was answered with an error
   */
  record(signature: string, failed: boolean): void {
    if (!failed) {
      this.#entries.delete(signature)
      return
    }
    const entry = this.#entries.get(signature) ?? { failures: 0, blocked: 0 }
    entry.failures += 1
    this.#entries.delete(signature)
    this.#entries.set(signature, entry)
    if (this.#entries.size > TRACKED) this.#entries.delete(this.#entries.keys().next().value as string)
  }

  /** Forgets every failure. */
  reset(): void {
    this.#entries.clear()
  }
}
