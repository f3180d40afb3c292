// A loopback HTTP server whose every answer a test writes by hand: redirects, stalls, resets,
// bodies that end early, huge or compressed bodies. It imports nothing from the library. Each
// server records the requests it received (headers included) and closes every socket on close().
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'

export interface Received {
  readonly method: string
  readonly url: string
  readonly headers: IncomingMessage['headers']
  readonly body: string
}

export interface HostileServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  /** Every request received so far, in order. */
  readonly received: Received[]
  close(): Promise<void>
}

export type Handler = (request: Received, response: ServerResponse, index: number) => void

/** Starts a server on 127.0.0.1 with a free port; `handle` answers each request (0-based index). */
export async function startHostile(handle: Handler): Promise<HostileServer> {
  const received: Received[] = []
  const sockets = new Set<Socket>()
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      }
      received.push(request)
      handle(request, res, received.length - 1)
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

/** Answers the service's success envelope. */
export function answer(
  response: ServerResponse,
  data: unknown,
  meta?: unknown,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify(meta === undefined ? { success: true, data } : { success: true, data, meta })
  response.writeHead(200, { 'Content-Type': 'application/json', ...headers })
  response.end(body)
}

/** Rows `{ id, name }` for the given ids. */
export const rowsWithIds = (ids: readonly number[]) => ids.map((id) => ({ id, name: `row ${id}` }))

/** The ids from `from` to `to`, inclusive. */
export const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i)
