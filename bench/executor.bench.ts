// Sequential searches against the emulator over loopback HTTP: the library's client vs the docs'
// own snippet (global fetch + res.json(), from the "Search contacts" page) vs the same snippet on
// cross-fetch (the library's default transport) with nothing around it. All three send the same
// body: the docs' example search (company 15, ten rows, by last name).
import { isDeepStrictEqual } from 'node:util'
import { fetch as crossFetch } from 'cross-fetch'
import { contacts, createClient } from '../src/index.js'
import { createEmulator } from '../src/testing/index.js'
import { compare } from './lib/compare.js'

/** Budget: the library's sequential search rate over the docs' snippet's. */
export const executorBudget = 1.5

const apiKey = 'vibe_api_demo'
const query = contacts().where('companyId', 15).orderBy('lastName').limit(10)

/** The docs' snippet, word for word but for the origin and the key; returns `data`. */
async function docsSnippet(origin: string, fetchFn: typeof globalThis.fetch): Promise<unknown> {
  const res = await fetchFn(`${origin}/v1/contacts/search`, {
    method: 'POST',
    headers: {
      'X-Api-Key': apiKey,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      filter: { companyId: 15 },
      limit: 10,
      order: { lastName: 'asc' },
    }),
  })
  const { success, data } = (await res.json()) as { success: boolean; data: unknown }
  if (!success) throw new Error('the emulator answered with an error')
  return data
}

export interface ExecutorResult {
  /** Sequential searches per second, median over rounds. */
  searchesPerSecond: Record<string, number>
  /** The library's rate over the docs' snippet's. */
  vsSnippet: number
  /** The library's rate over bare cross-fetch's. */
  vsCrossFetch: number
}

export async function benchExecutor(rounds = 41): Promise<ExecutorResult> {
  if (!isDeepStrictEqual(query.compile().body, { filter: { companyId: 15 }, order: { lastName: 'asc' }, limit: 10 })) {
    throw new Error('the library would not send the snippet’s body; the comparison would be unfair')
  }
  const emulator = createEmulator({ rateLimit: false, latencyMs: 0 })
  const server = await emulator.listen({ host: '127.0.0.1' })
  try {
    const client = createClient({ apiKey, baseUrl: server.url, rateLimit: false })
    const contenders = {
      'vibecode-query': () => client.execute(query),
      'docs snippet (global fetch)': () => docsSnippet(server.url, globalThis.fetch),
      'cross-fetch loop': () => docsSnippet(server.url, crossFetch),
    }
    const answers = await Promise.all(Object.values(contenders).map((run) => run()))
    if (!answers.every((rows) => isDeepStrictEqual(rows, answers[0]))) throw new Error('the contenders got different rows')
    const hz = await compare(contenders, { rounds, time: 40 })
    const ours = hz['vibecode-query'] as number
    return {
      searchesPerSecond: hz,
      vsSnippet: ours / (hz['docs snippet (global fetch)'] as number),
      vsCrossFetch: ours / (hz['cross-fetch loop'] as number),
    }
  } finally {
    await server.close()
  }
}
