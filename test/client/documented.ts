// Helpers of the tests that talk to the doc server (test/doc-server/) or to a fake service that
// answers with the docs' own examples. Servers are closed after each test.
import { afterEach } from 'vitest'
import { createClient, isQueryError, type Client, type ClientOptions, type FetchLike } from '../../src/index.js'
import { startDocServer, type DocServer, type DocServerOptions } from '../doc-server/doc-server.js'

const open: { close(): Promise<void> }[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()))
})

/** Closes `server` after the test that opened it. */
export const closeAfterTest = (server: { close(): Promise<void> }): void => void open.push(server)

/** Starts a doc server for this test and a client of it (no rate limit, 1 ms backoff). */
export async function serveDocs(options: DocServerOptions = {}, clientOptions: Partial<ClientOptions> = {}) {
  const server: DocServer = await startDocServer(options)
  closeAfterTest(server)
  const client = createClient({
    apiKey: 'vibe_api_documented',
    baseUrl: server.url,
    rateLimit: false,
    retry: { delayMs: 1 },
    ...clientOptions,
  })
  return { server, client }
}

/** A client whose every request is answered with `answer` (a docs example), recording what it sent. */
export function answering(answer: unknown, sent: { url: string; body?: string | undefined }[] = []): Client {
  const fetch: FetchLike = async (url, init) => {
    sent.push({ url, body: init.body })
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } })
  }
  return createClient({ apiKey: 'vibe_api_documented', baseUrl: 'http://docs.invalid', rateLimit: false, fetch })
}

/** The message of the QueryError `build` throws; a description of what happened otherwise. */
export function refusal(build: () => unknown): string {
  try {
    build()
  } catch (error) {
    return isQueryError(error) ? (error as Error).message : `not a QueryError: ${String(error)}`
  }
  return 'not refused'
}
