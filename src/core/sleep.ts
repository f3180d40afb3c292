import { onAbort } from './abort.js'

/**
 * Waits `ms` milliseconds, or rejects with `signal.reason` as soon as the signal aborts (at once
 * if it already has).
 *
 * @internal
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const timer = setTimeout(() => {
      cancel?.()
      resolve()
    }, ms)
    const cancel =
      signal &&
      onAbort(signal, () => {
        clearTimeout(timer)
        reject(signal.reason)
      })
  })
}
