// A plain `node:http` server on 127.0.0.1 that answers every request with the same canned JSON as
// soon as it has read the request body: the cheapest possible service, so that a timing against it
// is the client's own cost and the transport's, not a service's CPU. While `recording`, it keeps the
// bodies it receives (at most 100), so a benchmark can check that its contenders send the same bytes.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FixedAnswerServer {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string
  /** Requests answered. */
  readonly requests: number
  /** Bodies received while recording, oldest first. */
  readonly received: readonly string[]
  /** Whether bodies are kept. */
  recording: boolean
  close(): Promise<void>
}

const maxRecorded = 100

/** Starts a server answering `200` with `answer` (JSON text) to every request. */
export async function startFixedAnswerServer(answer: string): Promise<FixedAnswerServer> {
  const payload = Buffer.from(answer)
  const received: string[] = []
  let requests = 0
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      requests++
      if (state.recording && received.length < maxRecorded) received.push(Buffer.concat(chunks).toString('utf8'))
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': payload.byteLength })
      res.end(payload)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  const state: FixedAnswerServer = {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests
    },
    received,
    recording: false,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
  return state
}
