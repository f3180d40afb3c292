// Reading every contact of a 100,000-contact service: `stream(client, contacts())` vs a naive offset
// loop with the service's default page of 50 (`execute(contacts().orderBy('id').limit(50).offset(k))`
// until a short page). Counts the requests each sends (a counting fetch around cross-fetch, the
// default transport), checks that each returns every row exactly once, and times both in
// alternating rounds. The service sends `meta.hasMore` on searches; one more untimed walk with the
// meta stripped from every answer counts the requests a service without it takes. The client is
// the packed package's.
import { fetch as crossFetch } from 'cross-fetch'
import type { Client } from '../src/index.js'
import { compareWallTime } from './lib/compare.js'
import { importLibrary, type PackedPackage } from './lib/packed-package.js'
import { seededService } from './lib/seeded-service.js'

/** The most rows one search answers. */
const pageCeiling = 5000
/** The service's default `limit`. */
const defaultLimit = 50

/** What one walk sent and saw. */
class Tally {
  requests = 0
  rows = 0
  duplicates = 0
  readonly ids = new Set<number>()

  see(id: number): void {
    this.rows++
    if (this.ids.has(id)) this.duplicates++
    else this.ids.add(id)
  }
}

type Library = Awaited<ReturnType<typeof importLibrary>>
type Walk = (client: Client, tally: Tally) => Promise<void>

const streamWalk =
  ({ contacts, stream }: Library): Walk =>
  async (client, tally) => {
    for await (const row of stream(client, contacts())) tally.see(row.id)
  }

const naiveWalk =
  ({ contacts }: Library): Walk =>
  async (client, tally) => {
    for (let offset = 0; ; offset += defaultLimit) {
      const page = await client.execute(contacts().orderBy('id').limit(defaultLimit).offset(offset))
      for (const row of page) tally.see(row.id)
      if (page.length < defaultLimit) return
    }
  }

export interface WalkResult {
  requests: number
  rows: number
  /** Rows seen more than once. */
  duplicates: number
  /** Rows present in the service but never seen. */
  missing: number
  /** Median wall time over rounds, in milliseconds. */
  ms: number
}

export interface BulkResult {
  rowsPresent: number
  /** ⌈rows present / 5000⌉. */
  idealRequests: number
  stream: WalkResult
  /** Requests of the same stream when answers carry no `meta`. */
  streamWithoutMetaRequests: number
  naive: WalkResult
  /** Naive requests over the stream's. */
  requestRatio: number
  /** Naive wall time over the stream's. */
  timeRatio: number
}

export async function benchBulk(pkg: PackedPackage, rounds = 3): Promise<BulkResult> {
  const library = await importLibrary(pkg)
  const { createClient } = library
  const { emulator, server } = await seededService(pkg)
  const present = emulator.rows('contacts').map((row) => Number(row.id))
  const last = new Map<string, Tally>()
  const timed = (name: string, walk: Walk) => async () => {
    const tally = new Tally()
    const client = createClient({
      apiKey: 'vibe_api_demo',
      baseUrl: server.url,
      rateLimit: false,
      fetch: (url, init) => {
        tally.requests++
        return crossFetch(url, init)
      },
    })
    await walk(client, tally)
    last.set(name, tally)
  }
  const ms = await compareWallTime(
    { stream: timed('stream', streamWalk(library)), naive: timed('naive', naiveWalk(library)) },
    rounds,
  )
  const result = (name: 'stream' | 'naive'): WalkResult => {
    const tally = last.get(name) as Tally
    const missing = present.filter((id) => !tally.ids.has(id)).length
    return { requests: tally.requests, rows: tally.rows, duplicates: tally.duplicates, missing, ms: ms[name] as number }
  }
  const stream = result('stream')
  const naive = result('naive')
  const withoutMeta = new Tally()
  const metaless = createClient({
    apiKey: 'vibe_api_demo',
    baseUrl: server.url,
    rateLimit: false,
    fetch: async (url, init) => {
      withoutMeta.requests++
      const response = await crossFetch(url, init)
      const { meta: _meta, ...rest } = (await response.json()) as Record<string, unknown>
      return new Response(JSON.stringify(rest), { status: response.status })
    },
  })
  await streamWalk(library)(metaless, withoutMeta)
  if (withoutMeta.ids.size !== present.length) throw new Error('the stream without meta missed rows')
  return {
    rowsPresent: present.length,
    idealRequests: Math.ceil(present.length / pageCeiling),
    stream,
    streamWithoutMetaRequests: withoutMeta.requests,
    naive,
    requestRatio: naive.requests / stream.requests,
    timeRatio: naive.ms / stream.ms,
  }
}
