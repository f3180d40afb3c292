/**
 * Serves an emulator over real HTTP with `node:http` (127.0.0.1 by default). A dropped-connection
 * fault destroys the socket; a client that goes away aborts the request's pending delay.
 *
 * @module
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { errorResponse } from './envelope.js'
import { fail } from './error-codes.js'
import type { IncomingCall, Outcome, WireResponse } from './types.js'

/**
 * Where to listen.
 *
 * @example
 * ```ts
 * const server = await emulator.listen({ port: 0 }) // a free port
 * ```
 * @category Emulator
 */
export interface ListenOptions {
  /**
   * The TCP port; 0 picks a free one.
   * @defaultValue 0
   */
  readonly port?: number
  /**
   * The interface to bind.
   * @defaultValue '127.0.0.1'
   */
  readonly host?: string
}

/**
 * A running HTTP server.
 *
 * @example
 * ```ts
 * const { url, close } = await emulator.listen()
 * await fetch(`${url}/`)
 * await close()
 * ```
 * @category Emulator
 */
export interface EmulatorServer {
  /** The base URL, e.g. `http://127.0.0.1:8787` (no trailing slash). */
  readonly url: string
  /** The bound port. */
  readonly port: number
  /**
   * Stops accepting connections, closes open ones, and resolves when the server is down. Calling it
   * again is harmless.
   *
   * @returns When the server is down.
   * @example
   * ```ts
   * import { afterAll } from 'vitest'
   *
   * const server = await emulator.listen()
   * afterAll(() => server.close())
   * ```
   */
  close(): Promise<void>
}

/**
 * A function that answers one request.
 *
 * @example
 * ```ts
 * const handler: CallHandler = async () => ({ kind: 'drop' })
 * ```
 * @category Testing
 */
export type CallHandler = (call: IncomingCall, signal: AbortSignal) => Promise<Outcome>

const MAX_BODY_BYTES = 10 * 1024 * 1024

/**
 * Starts a `node:http` server that passes every request to `handler`.
 *
 * @param handler - answers requests
 * @param options - port and host
 * @returns the running server
 * @defaultValue options `{ port: 0, host: '127.0.0.1' }`
 * @example
 * ```ts
 * const server = await startHttpServer(handler, { port: 8787 })
 * console.log(server.url)
 * ```
 * @category Testing
 */
export async function startHttpServer(handler: CallHandler, options: ListenOptions = {}): Promise<EmulatorServer> {
  const host = options.host ?? '127.0.0.1'
  let base = ''
  const server = createServer((req, res) => {
    void serve(handler, req, res, base)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  let closing: Promise<void> | undefined
  return {
    url: base,
    port,
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
      return closing
    },
  }
}

async function serve(handler: CallHandler, req: IncomingMessage, res: ServerResponse, base: string): Promise<void> {
  const aborter = new AbortController()
  res.on('close', () => {
    if (!res.writableFinished) aborter.abort()
  })
  try {
    const body = await readBody(req)
    if (body === undefined) {
      send(res, errorResponse(fail('VALIDATION_ERROR', 'The request body is over 10 MB')), true)
      return
    }
    const call: IncomingCall = {
      method: (req.method ?? 'GET').toUpperCase(),
      url: new URL(req.url ?? '/', base),
      header: (name) => {
        const value = req.headers[name.toLowerCase()]
        return Array.isArray(value) ? value.join(', ') : value
      },
      body,
    }
    const outcome = await handler(call, aborter.signal)
    if (outcome.kind === 'drop') {
      req.socket.destroy()
      return
    }
    send(res, outcome.response, call.method !== 'HEAD')
  } catch (error) {
    if (aborter.signal.aborted || res.headersSent || res.destroyed) return
    send(res, errorResponse(fail('INTERNAL_ERROR', `Emulator failure: ${String(error)}`)), true)
  }
}

function send(res: ServerResponse, response: WireResponse, withBody: boolean): void {
  res.writeHead(response.status, { ...response.headers, 'content-length': String(Buffer.byteLength(response.body)) })
  res.end(withBody ? response.body : undefined)
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) chunks.push(chunk)
    })
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
