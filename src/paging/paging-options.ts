import type { ExecuteOptions } from '../core/client-options.js'

/**
 * How a walk over every matching row goes: `keyset` (by `id`, when the query has no order or
 * orders by `id`) or `offset` (any other order).
 *
 * @example
 * ```ts
 * stream(client, contacts(), { onProgress: ({ mode }) => console.log(mode) }) // 'keyset': no order
 * stream(client, contacts().orderBy('lastName'), { onProgress: ({ mode }) => console.log(mode) }) // 'offset'
 * ```
 * @category Streaming
 */
export type PagingMode = 'keyset' | 'offset'

/**
 * What `onProgress` receives after each page.
 *
 * @example
 * ```ts
 * const onProgress = ({ rows, requests }: PagingProgress) => console.log(`${rows} rows in ${requests} requests`)
 * ```
 * @category Streaming
 */
export interface PagingProgress {
  /** Rows received so far, this page included. */
  readonly rows: number
  /** Requests sent so far, this page's included. */
  readonly requests: number
  /** How the walk pages. */
  readonly mode: PagingMode
}

/**
 * Options of {@link stream} and {@link pages}.
 *
 * @example
 * ```ts
 * const options: PagingOptions = { maxRows: 20_000, signal: AbortSignal.timeout(60_000), onProgress: console.log }
 * for await (const contact of stream(client, contacts().select('id', 'name'), options)) console.log(contact.name)
 * ```
 * @category Streaming
 */
export interface PagingOptions extends ExecuteOptions {
  /**
   * Stops after this many rows. A `limit` set on the query caps the walk too; the smaller wins.
   *
   * @defaultValue `Infinity` (every matching row)
   */
  readonly maxRows?: number | undefined
  /**
   * Called after each page arrives, before its rows are yielded.
   *
   * @defaultValue `undefined`
   */
  readonly onProgress?: ((progress: PagingProgress) => void) | undefined
}
