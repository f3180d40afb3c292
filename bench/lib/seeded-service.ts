// The emulator the bulk and memory benchmarks read from: 100,000 seeded contacts (seed 1) served
// over HTTP on 127.0.0.1, with no rate limit and no latency, from the packed package's `./testing`
// entry. Seeding takes seconds, so it is made once per run and shared.
import type { Emulator, EmulatorServer } from '../../src/testing/index.js'
import { importTesting, type PackedPackage } from './packed-package.js'

/** Contacts the service holds. */
export const seededContacts = 100_000

export interface SeededService {
  emulator: Emulator
  server: EmulatorServer
}

let service: Promise<SeededService> | undefined

/** The shared service, started on first use. */
export function seededService(pkg: PackedPackage): Promise<SeededService> {
  service ??= (async () => {
    const { createEmulator } = await importTesting(pkg)
    // Search answers carry `meta` ({ total, hasMore }), as the docs document for lists: with it a
    // stream sees the end of a full last page without one more request (see bench/bulk.bench.ts).
    const emulator = createEmulator({
      counts: { contacts: seededContacts },
      rateLimit: false,
      latencyMs: 0,
      searchMeta: true,
    })
    return { emulator, server: await emulator.listen({ host: '127.0.0.1' }) }
  })()
  return service
}

/** Stops the shared service, if it was started. */
export async function stopSeededService(): Promise<void> {
  const started = service
  service = undefined
  if (started) await (await started).server.close()
}
