// Peak memory of a client that meets a 200 MB answer and a gzip bomb (a 30 MB-odd download that
// inflates to 600 MB), with the default body cap (64 MiB) and with none, as a user's process sees
// it: a child process per call, loading the packed package, against a loopback server here.
import { execFile } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { createGzip } from 'node:zlib'
import { libraryEntry, type PackedPackage } from './lib/packed-package.js'

const run = promisify(execFile)
const repo = join(import.meta.dirname, '..')
const mib = 1024 * 1024

/** Budget: the peak growth of a capped call, in MiB (the cap is 64 MiB). */
export const hostileMemoryBudgetMiB = 256

export interface HostileCase {
  /** Peak RSS growth with the default cap, in MiB, and how the call ended. */
  capped: { peakMiB: number; outcome: string }
  /** The same without a cap (`maxResponseBytes: Infinity`): the behaviour before the cap. */
  uncapped: { peakMiB: number; outcome: string }
}

// Streams `bytes` of a one-row envelope (a long name), plainly or gzipped, in 64 KiB chunks.
function hostileServer(bytes: number, gzip: boolean): Promise<{ server: Server; url: string }> {
  const server = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) })
    const out = gzip ? createGzip({ level: 9 }) : res
    if (gzip) out.pipe(res)
    res.on('close', () => out.destroy())
    let sent = 0
    const chunk = Buffer.alloc(65_536, 'x')
    out.write('{"success":true,"data":[{"id":1,"name":"')
    const pump = (): void => {
      while (sent < bytes) {
        sent += chunk.length
        if (!out.write(chunk)) return void out.once('drain', pump)
      }
      out.end('"}]}')
    }
    pump()
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` }),
    ),
  )
}

async function call(
  entry: string,
  url: string,
  mode: 'capped' | 'uncapped',
): Promise<{ peakMiB: number; outcome: string }> {
  const args = ['--max-old-space-size=4096', '--import', 'tsx', join('bench', 'hostile-body.ts'), entry, url, mode]
  const { stdout } = await run(process.execPath, args, { cwd: repo, maxBuffer: 1024 * 1024 })
  const { outcome, peakBytes } = JSON.parse(stdout) as { outcome: string; peakBytes: number }
  return { peakMiB: peakBytes / mib, outcome }
}

export async function benchHostileMemory(
  pkg: PackedPackage,
): Promise<{ body200MB: HostileCase; gzipBomb: HostileCase }> {
  const measure = async (bytes: number, gzip: boolean): Promise<HostileCase> => {
    const { server, url } = await hostileServer(bytes, gzip)
    try {
      return {
        capped: await call(libraryEntry(pkg), url, 'capped'),
        uncapped: await call(libraryEntry(pkg), url, 'uncapped'),
      }
    } finally {
      server.closeAllConnections()
      server.close()
    }
  }
  return { body200MB: await measure(200 * 1000 * 1000, false), gzipBomb: await measure(600 * 1000 * 1000, true) }
}
