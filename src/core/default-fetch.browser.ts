// The client's default transport in browsers. package.json maps `#default-fetch` here under the
// `browser` condition, and to cross-fetch everywhere else, so a browser bundle uses the page's own
// fetch and carries no polyfill (cross-fetch's browser build bundles an XMLHttpRequest one).
import type { FetchLike } from './transport.js'

/**
 * The global `fetch`, looked up at each call (a polyfill or test double installed later is used)
 * and called on `globalThis` (a detached `window.fetch` throws "Illegal invocation").
 *
 * @example
 * ```ts
 * import { fetch } from '#default-fetch' // this module, in a bundle built for browsers
 * const response = await fetch('https://vibecode.bitrix24.tech/v1/deals/fields', { method: 'GET', headers: {} })
 * ```
 * @internal
 */
export const fetch: FetchLike = (url, init) => globalThis.fetch(url, init)
