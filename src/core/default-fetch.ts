// The client's default transport outside browsers: cross-fetch's `fetch` (node-fetch 2 on Node),
// through keep-alive agents that watch each response. node-fetch pipes the response into the body
// it hands out and never hears that the connection closed before the body's end (fewer bytes than
// its Content-Length, a reset): the body would wait for the client's timeout, about two minutes
// with retries. The agents pass such a close on to the body as an error, at once. Browsers get
// default-fetch.browser.ts instead (package.json "browser"), with no Node module in the bundle.
import { Agent as HttpAgent, type ClientRequest, type IncomingMessage } from 'node:http'
import { Agent as HttpsAgent } from 'node:https'
import type { Writable } from 'node:stream'
import { fetch as crossFetch } from 'cross-fetch'
import type { FetchLike } from './transport.js'

// When the response closes before it is complete, the stream it was piped into fails.
function guard(response: IncomingMessage): void {
  const pipe = response.pipe.bind(response)
  response.pipe = <T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T => {
    response.once('close', () => {
      if (!response.complete) (destination as unknown as Writable).destroy(new Error('the connection closed before the end of the body'))
    })
    return pipe(destination, options)
  }
}

// `addRequest` is where an agent receives each request (the hook proxy agents use too).
type Guarded<A> = A & { addRequest(request: ClientRequest, options: object): void }
const guarded = <A extends HttpAgent>(agent: A): A => {
  const add = (agent as Guarded<A>).addRequest.bind(agent)
  ;(agent as Guarded<A>).addRequest = (request, options) => {
    request.once('response', guard)
    add(request, options)
  }
  return agent
}

let agents: { http: HttpAgent; https: HttpsAgent } | undefined
const agentFor = (url: URL): HttpAgent => {
  agents ??= { http: guarded(new HttpAgent({ keepAlive: true })), https: guarded(new HttpsAgent({ keepAlive: true })) }
  return url.protocol === 'https:' ? agents.https : agents.http
}

/**
 * The transport of a client given no `fetch` option, outside browsers: cross-fetch's `fetch`
 * through agents that fail a body whose connection closed before its end.
 *
 * @example
 * ```ts
 * import { fetch } from './default-fetch.js' // inside this package only
 * const response = await fetch('https://vibecode.bitrix24.tech/v1/deals/fields', { method: 'GET', headers: {}, redirect: 'manual' })
 * ```
 * @internal
 */
export const fetch: FetchLike = (url, init) => crossFetch(url, { ...init, agent: agentFor } as RequestInit)
