// One 'abort' listener per signal, however many calls share it: thirty concurrent calls on one
// signal would otherwise add thirty listeners and make Node warn of a leak (MaxListeners is 10).
const listeners = new WeakMap<AbortSignal, Set<() => void>>()

/**
 * Calls `listener` once when `signal` aborts; returns the function that cancels it. Every call on
 * one signal shares a single event listener.
 *
 * @internal
 */
export function onAbort(signal: AbortSignal, listener: () => void): () => void {
  let set = listeners.get(signal)
  if (!set) {
    const waiting = new Set<() => void>()
    set = waiting
    listeners.set(signal, waiting)
    signal.addEventListener(
      'abort',
      () => {
        for (const call of waiting) call()
      },
      { once: true },
    )
  }
  set.add(listener)
  const added = set
  return () => void added.delete(listener)
}
