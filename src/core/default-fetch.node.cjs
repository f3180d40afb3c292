// @ts-check
// The client's default transport on Node (package.json maps `#default-fetch` here under the `node`
// condition; its types are default-fetch.d.ts). Plain CommonJS, shipped as it is, so that the
// sources run unbuilt and both builds share it.
//
// It is cross-fetch's `fetch` (node-fetch 2) through keep-alive agents that watch each response.
// node-fetch pipes the response into the body it hands out and never hears that the connection
// closed before the body's end (fewer bytes than its Content-Length, a reset): the body would wait
// for the client's timeout, about two minutes with retries. These agents pass such a close on to
// the body as an error, at once.
'use strict'
const { Agent: HttpAgent } = require('node:http')
const { Agent: HttpsAgent } = require('node:https')
const { fetch: crossFetch } = require('cross-fetch')

/**
 * When the response closes before it is complete, the stream it was piped into fails.
 *
 * @param {import('node:http').IncomingMessage} response
 */
function guard(response) {
  const pipe = response.pipe.bind(response)
  /** @type {any} */
  const any = response
  any.pipe = (/** @type {import('node:stream').Writable} */ destination, /** @type {any} */ options) => {
    response.once('close', () => {
      if (!response.complete) destination.destroy(new Error('the connection closed before the end of the body'))
    })
    return pipe(destination, options)
  }
}

/**
 * An agent whose every request is guarded. `addRequest` is where an agent receives each request
 * (the hook proxy agents use too).
 *
 * @template {import('node:http').Agent} A
 * @param {A} agent
 * @returns {A}
 */
function guarded(agent) {
  const any = /** @type {any} */ (agent)
  const add = any.addRequest.bind(agent)
  any.addRequest = (/** @type {import('node:http').ClientRequest} */ request, /** @type {object} */ options) => {
    request.once('response', guard)
    add(request, options)
  }
  return agent
}

/** @type {{ http: import('node:http').Agent, https: import('node:https').Agent } | undefined} */
let agents

/** @param {URL} url */
function agentFor(url) {
  agents ??= { http: guarded(new HttpAgent({ keepAlive: true })), https: guarded(new HttpsAgent({ keepAlive: true })) }
  return url.protocol === 'https:' ? agents.https : agents.http
}

/** @type {import('./transport.js').FetchLike} */
// Object.assign, not a spread: a spread measured several times slower, on every request.
exports.fetch = (url, init) => crossFetch(url, /** @type {any} */ (Object.assign({}, init, { agent: agentFor })))
