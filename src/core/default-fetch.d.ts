// What `#default-fetch` provides, for TypeScript (the `types` condition of package.json "imports").
// At run time the specifier is cross-fetch itself (the `default` condition: node-fetch on Node, so
// sources run under tsx and vitest with no build), or default-fetch.browser.ts built into dist (the
// `browser` condition: the page's own fetch, no polyfill in the bundle).
import type { FetchLike } from './transport.js'

/**
 * The transport of a client given no `fetch` option: cross-fetch's `fetch`, or in browsers the
 * global `fetch`.
 *
 * @example
 * ```ts
 * import { fetch } from '#default-fetch' // inside this package only
 * const response = await fetch('https://vibecode.bitrix24.tech/v1/deals/fields', { method: 'GET', headers: {} })
 * ```
 * @internal
 */
export declare const fetch: FetchLike
