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
  /**
   * The body as a stream, when the transport gives one (the platform `fetch` does, and Node
   * streams qualify): the client reads it with its size cap, `maxResponseBytes`.
   */
  readonly body?: ReadableStreamLike | AsyncIterable<Uint8Array> | null | undefined
  /** `'opaqueredirect'` for a redirect a browser hides; the client refuses it. */
  readonly type?: string | undefined
  /** The URL the answer came from; an answer from another origin than the one asked is refused. */
  readonly url?: string | undefined
}

/**
 * The part of a WHATWG `ReadableStream` the client reads a body through.
 *
 * @example
 * ```ts
 * const stream: ReadableStreamLike | null = (await fetch('https://vibecode.bitrix24.tech/')).body
 * ```
 * @category Client
 */
export interface ReadableStreamLike {
  /**
   * Locks the stream to a reader.
   *
   * @returns A reader of the stream's chunks.
   * @example
   * ```ts
   * const reader = (await fetch('https://vibecode.bitrix24.tech/')).body!.getReader()
   * ```
   */
  getReader(): {
    /** The next chunk, or `done` at the end of the body. */
    read(): Promise<{
      /** Whether the body has ended. */
      done: boolean
      /** The chunk's bytes. */
      value?: Uint8Array | undefined
    }>
    /** Stops the body: the client calls it when it will not read further. */
    cancel(): Promise<void>
  }
}

/**
 * A fetch-compatible function: the global `fetch`, `cross-fetch`, `undici`'s `fetch`, or a test
 * double such as the emulator's handler. The client calls it with a URL string and a plain init.
 *
 * @param url - The absolute URL.
 * @param init - Method, headers as a plain object, JSON body text, `redirect: 'manual'` (a
 *   transport must not follow redirects: the client refuses them, so that the key never reaches
 *   another origin), and an `AbortSignal` when the request has a timeout or the caller gave a signal.
 * @returns The response.
 * @example
 * ```ts
 * const client = createClient({ apiKey, fetch: globalThis.fetch })
 * ```
 * @category Client
 */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; redirect: 'manual'; signal?: AbortSignal },
) => Promise<ResponseLike>
