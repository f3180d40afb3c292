/**
 * The emulator's own abortable sleep (the emulator imports nothing from the library, which has its own).
 *
 * @module
 */

/**
 * The reason an aborted signal rejects with: its own, or an `AbortError` as `fetch` gives.
 *
 * @param signal - an aborted signal
 * @returns the reason
 * @example
 * ```ts
 * abortReason(AbortSignal.abort()) // a DOMException named AbortError
 * ```
 * @category Testing
 */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError')
}

/**
 * Waits `ms` milliseconds, rejecting with the signal's reason as soon as it aborts.
 *
 * @param ms - how long; 0 or less resolves at once (unless already aborted)
 * @param signal - cancels the wait
 * @returns when the time is up
 * @example
 * ```ts
 * await sleep(100, AbortSignal.timeout(1000))
 * ```
 * @category Testing
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted === true) return Promise.reject(abortReason(signal))
  if (ms <= 0) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(abortReason(signal as AbortSignal))
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
