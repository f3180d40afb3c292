// A small loopback HTTP server for the client's integration tests: each request is recorded and
// answered by the test's `reply` function. (The emulator may replace it later.)
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Recorded {
  readonly method: string
  readonly url: string
  readonly headers: IncomingHttpHeaders
  readonly body: string
}

/** An answer: JSON (`json`), raw text (`text`), or `'hang'` (never answer) / `'drop'` (close the socket). */
export type Reply =
  | { status?: number; headers?: Record<string, string>; json?: unknown; text?: string }
  | 'hang'
  | 'drop'

export interface TestServer {
  readonly url: string
  readonly requests: Recorded[]
  close(): Promise<void>
}

export async function startServer(
  reply: (request: Recorded, index: number) => Reply | Promise<Reply>,
): Promise<TestServer> {
  const requests: Recorded[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (body += chunk))
    req.on('end', async () => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body }
      requests.push(recorded)
      answer(res, await reply(recorded, requests.length - 1))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function answer(res: ServerResponse, reply: Reply): void {
  if (reply === 'hang') return
  if (reply === 'drop') {
    res.socket?.destroy()
    return
  }
  const text = reply.text ?? JSON.stringify(reply.json)
  res.writeHead(reply.status ?? 200, {
    'content-type': reply.text === undefined ? 'application/json' : 'text/html',
    ...reply.headers,
  })
  res.end(text)
}

/** The success envelope. */
export const ok = (data: unknown): Reply => ({ json: { success: true, data } })

/** The service's error envelope. */
export const fail = (status: number, error: Record<string, unknown>, headers?: Record<string, string>): Reply => ({
  status,
  json: { success: false, error },
  ...(headers && { headers }),
})

/** A port nothing listens on (bound, then released). */
export async function closedPortUrl(): Promise<string> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return `http://127.0.0.1:${port}`
}
