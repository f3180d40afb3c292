/**
 * Runs one attempt with its own `AbortSignal`, which aborts after `timeoutMs` or when the
 * caller's signal aborts. The attempt settles at once on either, even if the work ignores its
 * signal: with the caller's `signal.reason`, or with `onTimeout()`.
 *
 * @internal
 */
export async function withTimeout<T>(
  work: (signal: AbortSignal) => Promise<T>,
  timeoutMs: number | false,
  signal: AbortSignal | undefined,
  onTimeout: () => Error,
): Promise<T> {
  if (signal?.aborted) throw signal.reason
  const controller = new AbortController()
  let timedOut = false
  const abort = (): void => controller.abort()
  const timer = timeoutMs === false ? undefined : setTimeout(() => ((timedOut = true), abort()), timeoutMs)
  signal?.addEventListener('abort', abort)
  const aborted = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', reject))
  try {
    return await Promise.race([work(controller.signal), aborted])
  } catch (error) {
    if (signal?.aborted) throw signal.reason
    throw timedOut ? onTimeout() : error
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', abort)
  }
}
