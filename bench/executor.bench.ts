// Sequential searches over loopback HTTP, from the packed package: the library's client (default
// transport, rate limiter off) vs a bare loop on the same transport (cross-fetch, as the client
// resolves it from the installed package: the same fetch, the same body bytes, `res.json()` and
// nothing else) vs the docs' own snippet (global fetch + `res.json()`, from the "Search contacts"
// page, word for word but for the origin and key). Each runs against two services: a plain
// fixed-answer `node:http` server (answers a canned search instantly, so the ratios are the clients'
// own) and the emulator (whose own CPU, shared with the contenders on this machine, narrows every
// ratio). The canned answer is the emulator's own answer to the same search, byte for byte.
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import { compare } from './lib/compare.js'
import { startFixedAnswerServer } from './lib/fixed-answer-server.js'
import { importLibrary, importTesting, type PackedPackage } from './lib/packed-package.js'

/** Budget: the library's sequential search rate over the docs' snippet's. */
export const executorBudget = 1.5

/** Budget: the library's sequential search rate over a bare loop on its own transport. */
export const bareLoopBudget = 0.95

const apiKey = 'vibe_api_demo'

type Fetch = typeof globalThis.fetch

/** The docs' snippet, word for word but for the origin and the key; returns `data`. */
async function docsSnippet(origin: string, fetchFn: Fetch): Promise<unknown> {
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
  if (!success) throw new Error('the service answered with an error')
  return data
}

/**
 * The bare loop: the snippet's request with the body in the key order the library sends (checked
 * byte for byte before timing), on the transport the library uses.
 */
async function bareLoop(origin: string, fetchFn: Fetch, signal?: AbortSignal): Promise<unknown> {
  const res = await fetchFn(`${origin}/v1/contacts/search`, {
    method: 'POST',
    headers: { 'X-Api-Key': apiKey, 'Content-Type': 'application/json' },
    body: JSON.stringify({ filter: { companyId: 15 }, order: { lastName: 'asc' }, limit: 10 }),
    signal,
  })
  const { success, data } = (await res.json()) as { success: boolean; data: unknown }
  if (!success) throw new Error('the service answered with an error')
  return data
}

/** cross-fetch's `fetch` as the installed package imports it (the same module file, so the same function). */
async function installedCrossFetch(pkg: PackedPackage): Promise<Fetch> {
  const resolved = createRequire(join(pkg.installed, 'package.json')).resolve('cross-fetch')
  return ((await import(pathToFileURL(resolved).href)) as { fetch: Fetch }).fetch
}

export type Service = 'fixed' | 'emulator'
export type Contender = 'vibecode-query' | 'bare loop' | 'docs snippet'

/**
 * Context on the fixed server, beside the budgets: what the client's timeout (on by default, 30 s)
 * costs, seen from both sides: the client with `timeoutMs: false`, and the bare loop with the
 * platform's own per-request timeout, `AbortSignal.timeout(30_000)`, as one would write it by hand.
 */
export type TimeoutContender = 'vibecode-query, timeoutMs: false' | 'bare loop, AbortSignal.timeout'

export interface ExecutorResult {
  /** Sequential searches per second, median over rounds, per service and contender. */
  searchesPerSecond: Record<Service, Record<Contender, number>>
  /** The library's rate over the bare loop's, per service. */
  vsBareLoop: Record<Service, number>
  /** The library's rate over the docs' snippet's, per service. */
  vsSnippet: Record<Service, number>
  /** Sequential searches per second of the timeout's context contenders, on the fixed server. */
  timeout: Record<TimeoutContender, number>
}

export async function benchExecutor(pkg: PackedPackage, rounds = 41): Promise<ExecutorResult> {
  const { contacts, createClient } = await importLibrary(pkg)
  const { createEmulator } = await importTesting(pkg)
  const crossFetch = await installedCrossFetch(pkg)
  const query = contacts().where('companyId', 15).orderBy('lastName').limit(10)

  const emulator = createEmulator({ rateLimit: false, latencyMs: 0 })
  const emulated = await emulator.listen({ host: '127.0.0.1' })
  const canned = await (
    await crossFetch(`${emulated.url}/v1/contacts/search`, {
      method: 'POST',
      headers: { 'X-Api-Key': apiKey, 'Content-Type': 'application/json' },
      body: JSON.stringify({ filter: { companyId: 15 }, order: { lastName: 'asc' }, limit: 10 }),
    })
  ).text()
  const fixed = await startFixedAnswerServer(canned)
  try {
    const urls: Record<Service, string> = { fixed: fixed.url, emulator: emulated.url }
    const contenders: Record<string, () => Promise<unknown>> = {}
    for (const service of ['fixed', 'emulator'] as const) {
      const url = urls[service]
      const client = createClient({ apiKey, baseUrl: url, rateLimit: false })
      contenders[`${service}:vibecode-query`] = () => client.execute(query)
      contenders[`${service}:bare loop`] = () => bareLoop(url, crossFetch)
      contenders[`${service}:docs snippet`] = () => docsSnippet(url, globalThis.fetch)
    }
    const untimed = createClient({ apiKey, baseUrl: fixed.url, rateLimit: false, timeoutMs: false })
    contenders['fixed:vibecode-query, timeoutMs: false'] = () => untimed.execute(query)
    contenders['fixed:bare loop, AbortSignal.timeout'] = () =>
      bareLoop(fixed.url, crossFetch, AbortSignal.timeout(30_000))

    // Fair play: the same rows everywhere; the library and the bare loop send the same bytes, and
    // the snippet the same search in the docs' key order.
    const answers = await Promise.all(Object.values(contenders).map((run) => run()))
    if (!answers.every((rows) => isDeepStrictEqual(rows, answers[0]))) {
      throw new Error('the contenders got different rows')
    }
    fixed.recording = true
    for (const name of ['fixed:vibecode-query', 'fixed:bare loop', 'fixed:docs snippet']) await contenders[name]?.()
    fixed.recording = false
    const [ours, bare, snippet] = fixed.received
    if (ours === undefined || ours !== bare || !isDeepStrictEqual(JSON.parse(ours), JSON.parse(snippet ?? 'null'))) {
      throw new Error(`the contenders sent different searches: ${fixed.received.join(' / ')}`)
    }

    const hz = await compare(contenders, { rounds, time: 40 })
    const rates = (service: Service): Record<Contender, number> => ({
      'vibecode-query': hz[`${service}:vibecode-query`] as number,
      'bare loop': hz[`${service}:bare loop`] as number,
      'docs snippet': hz[`${service}:docs snippet`] as number,
    })
    const searchesPerSecond = { fixed: rates('fixed'), emulator: rates('emulator') }
    const ratio = (service: Service, reference: Contender) =>
      searchesPerSecond[service]['vibecode-query'] / searchesPerSecond[service][reference]
    return {
      searchesPerSecond,
      vsBareLoop: { fixed: ratio('fixed', 'bare loop'), emulator: ratio('emulator', 'bare loop') },
      vsSnippet: { fixed: ratio('fixed', 'docs snippet'), emulator: ratio('emulator', 'docs snippet') },
      timeout: {
        'vibecode-query, timeoutMs: false': hz['fixed:vibecode-query, timeoutMs: false'] as number,
        'bare loop, AbortSignal.timeout': hz['fixed:bare loop, AbortSignal.timeout'] as number,
      },
    }
  } finally {
    await Promise.all([fixed.close(), emulated.close()])
  }
}
