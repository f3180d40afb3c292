// What the hostile-network test files share: servers started by a test and closed after it, and
// the transports each case runs with.
import { fetch as crossFetch } from 'cross-fetch'
import { afterEach } from 'vitest'
import type { FetchLike } from '../../src/index.js'
import { startHostile, type HostileServer } from './hostile-server.js'

/** Registers the closing of every server a test starts; returns the function that starts one. */
export function useServers(): (...args: Parameters<typeof startHostile>) => Promise<HostileServer> {
  const servers: HostileServer[] = []
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()))
  })
  return async (...args) => {
    const server = await startHostile(...args)
    servers.push(server)
    return server
  }
}

/** The default transport, the platform's fetch and bare cross-fetch. */
export const transports: [string, FetchLike | undefined][] = [
  ['the default transport', undefined],
  ['the platform fetch', globalThis.fetch as unknown as FetchLike],
  ['cross-fetch', crossFetch],
]
