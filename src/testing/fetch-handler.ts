/**
 * Serves an emulator in-process through a `fetch`-compatible function, as `http-server.ts` serves it
 * over `node:http`: no socket, the same answers.
 *
 * @module
 */
import type { CallHandler } from './http-server.js'
import { abortReason } from './sleep.js'
import type { IncomingCall } from './types.js'

/**
 * A `fetch`-compatible function, e.g. `emulator.fetch`, to inject into a client.
 *
 * @example
 * ```ts
 * const f: EmulatorFetch = emulator.fetch
 * await f('http://emulator.local/v1/contacts', { headers: { 'X-Api-Key': 'vibe_api_demo' } })
 * ```
 * @category Emulator
 */
export type EmulatorFetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>

/**
 * The base that relative URLs (`'/v1/contacts'`) are resolved against.
 *
 * @example
 * ```ts
 * new URL('/v1/contacts', IN_PROCESS_BASE).href // 'http://emulator.local/v1/contacts'
 * ```
 * @category Testing
 */
export const IN_PROCESS_BASE = 'http://emulator.local'

/**
 * Adapts a call handler to `fetch`: an aborted signal rejects with its reason, a dropped connection
 * with `TypeError('fetch failed')`, as `fetch` does.
 *
 * @param handler - answers requests
 * @returns the `fetch`-compatible function
 * @example
 * ```ts
 * const fetch = createFetchHandler(dispatch)
 * await fetch('/v1/contacts/1', { headers: { 'X-Api-Key': 'vibe_api_demo' } })
 * ```
 * @category Testing
 */
export function createFetchHandler(handler: CallHandler): EmulatorFetch {
  return async (input, init) => {
    const request = new Request(
      typeof input === 'string' && input.startsWith('/') ? `${IN_PROCESS_BASE}${input}` : input,
      init,
    )
    const signal = request.signal
    if (signal.aborted) throw abortReason(signal)
    const call: IncomingCall = {
      method: request.method.toUpperCase(),
      url: new URL(request.url),
      header: (name) => request.headers.get(name) ?? undefined,
      body: await request.text(),
    }
    const outcome = await handler(call, signal)
    if (signal.aborted) throw abortReason(signal)
    if (outcome.kind === 'drop') {
      throw new TypeError('fetch failed', { cause: new Error('emulator: connection dropped (injected fault)') })
    }
    const { status, headers, body } = outcome.response
    const bodyless = call.method === 'HEAD' || status === 204 || status === 205 || status === 304
    return new Response(bodyless ? null : body, { status, headers })
  }
}
