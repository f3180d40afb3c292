/**
 * Runs `work` with a signal that aborts when `timeoutMs` passes or the caller's `signal` aborts,
 * and settles as soon as either happens, even if `work` ignores its signal: with the timeout's
 * error, or with `signal.reason`. One controller and one timer per call; with neither a timeout
 * nor a signal, nothing at all is set up.
 *
 * @internal
 */
export function withTimeout<T>(
  work: (signal: AbortSignal | undefined) => Promise<T>,
  timeoutMs: number | false,
  signal: AbortSignal | undefined,
  onTimeout: () => Error,
): Promise<T> {
  if (signal?.aborted) return Promise.reject(signal.reason)
  if (timeoutMs === false && !signal) return work(undefined)
  const controller = new AbortController()
  return new Promise<T>((resolve, reject) => {
    const done = (): void => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
    }
    const stop = (reason: unknown): void => {
      done()
      reject(reason)
      controller.abort(reason)
    }
    const onAbort = (): void => stop(signal?.reason)
    const timer = timeoutMs === false ? undefined : setTimeout(() => stop(onTimeout()), timeoutMs)
    signal?.addEventListener('abort', onAbort)
    work(controller.signal).then(
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
