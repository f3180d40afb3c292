import { onAbort } from './abort.js'

/**
 * Runs one attempt of a request: `work` gets the signal to hand the transport, and the promise
 * settles as soon as the attempt's time runs out or the caller's signal aborts, even if `work`
 * ignores its signal: with the timeout's error, or with `signal.reason`.
 *
 * @internal
 */
export type WithTimeout = <T>(
  work: (signal: AbortSignal | undefined) => Promise<T>,
  signal: AbortSignal | undefined,
  onTimeout: () => Error,
) => Promise<T>

// Attempts that start within one short window share one controller, aborted by one timer when the
// last of them has had its full time: creating an AbortController per request cost about 15% of a
// request over loopback, and setting and clearing a timer per request another 3%. A window is a
// hundredth of the timeout (at least 1 ms), so an attempt gets from timeoutMs to timeoutMs + 1%
// before it is aborted. The window's one timer holds the process open (Node's `ref`) only while an
// attempt of the window is in flight, so an idle client keeps nothing alive; when it fires with no
// attempt in flight, it does nothing.
interface Window {
  readonly controller: AbortController
  readonly waiting: Set<() => void>
  readonly closes: number
  readonly timer: { ref?(): void; unref?(): void }
}

/**
 * Makes the timeout of a client. With `false`, attempts have none; with neither a timeout nor a
 * caller's signal, nothing at all is set up.
 *
 * @internal
 */
export function createTimeout(timeoutMs: number | false): WithTimeout {
  const width = timeoutMs === false ? 0 : Math.max(1, Math.ceil(timeoutMs / 100))
  let open: Window | undefined

  const fire = (window: Window): void => {
    if (window.waiting.size === 0) return
    window.controller.abort()
    for (const expire of window.waiting) expire()
  }
  const join = (expire: () => void): Window => {
    const now = Date.now()
    if (!open || now >= open.closes) {
      const window: Window = {
        controller: new AbortController(),
        waiting: new Set(),
        closes: now + width,
        timer: setTimeout(() => fire(window), width + (timeoutMs as number)),
      }
      open = window
    }
    if (open.waiting.size === 0) open.timer.ref?.()
    open.waiting.add(expire)
    return open
  }

  return <T>(
    work: (signal: AbortSignal | undefined) => Promise<T>,
    signal: AbortSignal | undefined,
    onTimeout: () => Error,
  ) => {
    if (signal?.aborted) return Promise.reject(signal.reason)
    if (timeoutMs === false && !signal) return work(undefined)
    return new Promise<T>((resolve, reject) => {
      // A caller's signal needs a controller of the attempt's own, aborted by that signal or the timer.
      const own = signal && new AbortController()
      const done = (): void => {
        cancel?.()
        if (!window) return
        window.waiting.delete(expire)
        if (window.waiting.size === 0) window.timer.unref?.()
      }
      const stop = (reason: unknown): void => {
        done()
        reject(reason)
        own?.abort(reason)
      }
      const expire = (): void => stop(onTimeout())
      const window = timeoutMs === false ? undefined : join(expire)
      const cancel = signal && onAbort(signal, () => stop(signal.reason))
      work(own ? own.signal : window?.controller.signal).then(
        (value) => {
          done()
          resolve(value)
        },
        (error: unknown) => {
          done()
          reject(signal?.aborted ? signal.reason : error)
        },
      )
    })
  }
}
