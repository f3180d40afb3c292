/**
 * The part of a fetch `Response` the client reads. Any fetch-compatible `Response` has it.
 *
 * @example
 * ```ts
 * const response: ResponseLike = await fetch('https://vibecode.bitrix24.tech/')
 * ```
 * @category Client
 */
export interface ResponseLike {
  /** The HTTP status. */
  readonly status: number
  /** The response headers; the client reads `Retry-After`. */
  readonly headers: {
    /** Reads one header by its case-insensitive name, or `null` when absent. */
    get(name: string): string | null
  }
  /**
   * Reads the whole body as text; the client parses it as JSON itself.
   *
   * @returns The body.
   * @example
   * ```ts
   * const body = await (await fetch('https://vibecode.bitrix24.tech/')).text()
   * ```
   */
  text(): Promise<string>
}

/**
 * A fetch-compatible function: the global `fetch`, `cross-fetch`, `undici`'s `fetch`, or a test
 * double such as the emulator's handler. The client calls it with a URL string and a plain init.
 *
 * @param url - The absolute URL.
 * @param init - Method, headers as a plain object, JSON body text, and an `AbortSignal` when the
 *   request has a timeout or the caller gave a signal.
 * @returns The response.
 * @example
 * ```ts
 * const client = createClient({ apiKey, fetch: globalThis.fetch })
 * ```
 * @category Client
 */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal },
) => Promise<ResponseLike>
