// What `#default-fetch` provides, for TypeScript (the `types` condition of package.json "imports").
// At run time the specifier is, by condition: `browser`, default-fetch.browser.ts built into dist
// (the page's own fetch, no polyfill in the bundle); `node`, default-fetch.node.cjs (cross-fetch
// through agents that notice a body cut short; plain CommonJS, so the sources run unbuilt); and
// otherwise cross-fetch itself.
import type { FetchLike } from './transport.js'

/**
 * The transport of a client given no `fetch` option: on Node, cross-fetch's `fetch` through
 * keep-alive agents that fail a body whose connection closed before its end; in browsers the
 * global `fetch`; elsewhere cross-fetch's `fetch`.
 *
 * @example
 * ```ts
 * import { fetch } from '#default-fetch' // inside this package only
 * const response = await fetch('https://vibecode.bitrix24.tech/v1/deals/fields', { method: 'GET', headers: {}, redirect: 'manual' })
 * ```
 * @internal
 */
export declare const fetch: FetchLike
