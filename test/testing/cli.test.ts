// The CLI as a child process (the packed package's built bin): started on a free port, queried over
// HTTP, stopped with a signal.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { CLI_USAGE, parseCliArgs } from '../../src/testing/cli-options.js'
import { DEFAULT_SEED_COUNTS, generateSeedData } from '../../src/testing/index.js'
import { packedCli, usePackedPackage } from '../packed-package.js'
import { read } from './helpers.js'

const packed = usePackedPackage()

function startCli(args: string[]): {
  child: ChildProcessWithoutNullStreams
  url: Promise<string>
  output: () => string
} {
  const child = spawn(process.execPath, [packedCli(packed()), ...args], {
    cwd: process.cwd(),
    env: { ...process.env, NO_COLOR: '1' },
  })
  let out = ''
  child.stderr.on('data', (chunk: Buffer) => {
    out += chunk.toString()
  })
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const m = /listening on (http:\/\/\S+)/.exec(out)
      if (m?.[1]) resolve(m[1])
    })
    child.once('exit', (code) => reject(new Error(`CLI exited early (${String(code)}): ${out}`)))
  })
  return { child, url, output: () => out }
}

function exited(
  child: ChildProcessWithoutNullStreams,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
}

describe('npx vibecode-query emulator', () => {
  it('serves seeded data on 127.0.0.1, prints the URL and the demo key, and stops cleanly on SIGTERM', async () => {
    const cli = startCli(['emulator', '--port', '0', '--seed', '3', '--contacts', '1200', '--tasks=7'])
    try {
      const url = await cli.url
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(cli.output()).toContain('vibe_api_demo (scopes crm, department, user, sonet_group, tasks)')
      const status = await read(await fetch(`${url}/`))
      const seeded = generateSeedData(3, { contacts: 1200, tasks: 7 })
      const sizes = Object.fromEntries(Object.entries(seeded).map(([name, rows]) => [name, rows.length]))
      expect(status.json.data.entities).toEqual(sizes)
      expect(sizes).toMatchObject({ contacts: 1200, tasks: 7, companies: 40, 'items/156': 30, currencies: 3 })
      const search = await read(
        await fetch(`${url}/v1/contacts/search`, {
          method: 'POST',
          headers: { 'X-Api-Key': 'vibe_api_demo', 'Content-Type': 'application/json' },
          body: JSON.stringify({ filter: { companyId: 15 }, limit: 10, order: { lastName: 'asc' } }),
        }),
      )
      expect(search.status).toBe(200)
      expect(search.json.data).toHaveLength(10)
      expect(search.json.data.every((c: { companyId: number }) => c.companyId === 15)).toBe(true)
    } finally {
      const done = exited(cli.child)
      cli.child.kill('SIGTERM')
      expect(await done).toEqual({ code: 0, signal: null })
    }
    expect(cli.output()).toContain('Emulator stopped.')
  })

  it('also stops cleanly on SIGINT (Ctrl-C)', async () => {
    const cli = startCli(['emulator', '--port', '0', '--contacts', '10'])
    await cli.url
    const done = exited(cli.child)
    cli.child.kill('SIGINT')
    expect(await done).toEqual({ code: 0, signal: null })
  })

  it('exits with status 2 and the usage on a bad option', async () => {
    const cli = startCli(['emulator', '--prot', '1'])
    cli.url.catch(() => undefined)
    expect((await exited(cli.child)).code).toBe(2)
    expect(cli.output()).toContain("Unknown option '--prot'")
    expect(cli.output()).toContain('Usage: vibecode-query emulator')
  })
})

describe('parseCliArgs', () => {
  it('reads the options with their defaults', () => {
    expect(parseCliArgs(['emulator'])).toEqual({
      command: 'emulator',
      port: 8787,
      host: '127.0.0.1',
      seed: 1,
      counts: {},
      rateLimit: false,
      latencyMs: 0,
      searchMeta: false,
      log: false,
    })
    expect(
      parseCliArgs(['emulator', '--port=9000', '--seed', '5', '--contacts', '5000', '--rate-limit', '50/2', '--log']),
    ).toMatchObject({
      port: 9000,
      seed: 5,
      counts: { contacts: 5000 },
      rateLimit: { burst: 50, perSecond: 2 },
      log: true,
    })
    expect(parseCliArgs(['--help'])).toEqual({ command: 'help' })
    expect(parseCliArgs([])).toEqual({ command: 'help' })
    expect(parseCliArgs(['emulator', '-h'])).toEqual({ command: 'help', topic: 'emulator' })
    expect(parseCliArgs(['--version'])).toEqual({ command: 'version' })
    expect(parseCliArgs(['emulator', '-v', '--port', '0'])).toEqual({ command: 'version' })
  })
  it('rejects bad input with a readable message', () => {
    expect(() => parseCliArgs(['serve'])).toThrow("Unknown command 'serve'")
    expect(() => parseCliArgs(['emulator', '--port', '70000'])).toThrow('--port must be an integer from 0 to 65535')
    expect(() => parseCliArgs(['emulator', '--rate-limit', 'fast'])).toThrow('--rate-limit must look like 50/2')
    expect(() => parseCliArgs(['emulator', '--seed'])).toThrow("Option '--seed <value>' argument missing")
    expect(() => parseCliArgs(['emulator', '--statuses', '5'])).toThrow("Unknown option '--statuses'")
    expect(() => parseCliArgs(['emulator', '--tasks=-1'])).toThrow('--tasks must be an integer')
  })
  it('offers one count flag per counted entity of the registry, with its default in the usage', () => {
    for (const [name, count] of Object.entries(DEFAULT_SEED_COUNTS)) {
      expect(parseCliArgs(['emulator', `--${name}`, '3'])).toMatchObject({ counts: { [name]: 3 } })
      expect(CLI_USAGE).toMatch(new RegExp(`--${name} <n>\\s+${name} to generate\\s+default ${count}\\n`))
    }
    expect(Object.keys(DEFAULT_SEED_COUNTS).sort()).toEqual([
      ...['activities', 'companies', 'contacts', 'deals', 'invoices', 'items'],
      ...['leads', 'quotes', 'tasks', 'users', 'workgroups'],
    ])
  })
})
