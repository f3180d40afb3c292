// `npx vibecode-query` as a child process (the packed package's built bin, as test/testing/cli.test.ts
// runs it), each run killed past a time limit: --version, the help of the command and of each
// subcommand with its example, "did you mean" for a mistyped option, and a port already in use.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { closest, usageMessage } from '../../src/util/did-you-mean.js'
import { packedCli, usePackedPackage } from '../packed-package.js'

const root = join(import.meta.dirname, '..', '..')
const packed = usePackedPackage()

function cli(args: string[], limitMs = 15_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [packedCli(packed()), ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`vibecode-query ${args.join(' ')} ran past ${limitMs} ms:\n${stdout}${stderr}`))
    }, limitMs)
    child.once('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

describe('npx vibecode-query', () => {
  it('prints the version of its package.json for --version and -v', async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
    for (const args of [['--version'], ['-v'], ['emulator', '--version']]) {
      expect(await cli(args)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
    }
  })

  it('lists both commands in its help, each with an example, also when run without arguments', async () => {
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: vibecode-query <command> \[options\]\n/)
    expect(help.stdout).toMatch(/\n {2}emulator +serve a local VibeCode emulator/)
    expect(help.stdout).toMatch(/\n {2}generate +write TypeScript types for your portal's entities/)
    expect(help.stdout).toMatch(
      /\nExamples:\n {2}npx vibecode-query emulator --port 0 .*\n {2}VIBECODE_API_KEY=\S+ npx vibecode-query generate /,
    )
    expect(await cli([])).toEqual(help)
  })

  it.each([
    [
      ['emulator', '--help'],
      /^Usage: vibecode-query emulator [\s\S]*\nExample:\n {2}npx vibecode-query emulator --port 0 /,
    ],
    [
      ['generate', '--help'],
      /^Usage: vibecode-query generate [\s\S]*\nExample:\n {2}VIBECODE_API_KEY=\S+ npx vibecode-query generate --/,
    ],
  ])('shows the options of %j with an example line', async (args, text) => {
    const { code, stdout } = await cli(args)
    expect(code).toBe(0)
    expect(stdout).toMatch(text)
  })

  it.each([
    [['emulator', '--prot', '1'], "vibecode-query: Unknown option '--prot'. Did you mean --port?\n"],
    [['emulator', '--contact=5'], "vibecode-query: Unknown option '--contact'. Did you mean --contacts?\n"],
    [
      ['generate', '--entites', 'deals'],
      "vibecode-query generate: Unknown option '--entites'. Did you mean --entities?\n",
    ],
    [['generate', '--baseurl', 'x'], "vibecode-query generate: Unknown option '--baseurl'. Did you mean --base-url?\n"],
  ])('answers the mistyped option in %j with the nearest known one, status 2', async (args, line) => {
    const { code, stderr } = await cli(args)
    expect(code).toBe(2)
    expect(stderr.startsWith(line)).toBe(true)
  })

  it('suggests nothing for an option near none', async () => {
    const { code, stderr } = await cli(['emulator', '--colour', 'red'])
    expect(code).toBe(2)
    expect(stderr).toContain("Unknown option '--colour'\n")
    expect(stderr).not.toContain('Did you mean')
  })

  it('answers a port in use with one line that offers --port 0, and status 1', async () => {
    const blocker = createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = blocker.address() as AddressInfo
      const { code, stdout, stderr } = await cli(['emulator', '--port', String(port)])
      expect({ code, stdout }).toEqual({ code: 1, stdout: '' })
      expect(stderr).toBe(
        `vibecode-query: port ${port} on 127.0.0.1 is already in use; ` +
          'choose another with --port <n>, or --port 0 for any free port\n',
      )
    } finally {
      await new Promise((resolve) => blocker.close(resolve))
    }
  })
})

describe('did you mean', () => {
  it('finds the option one edit (or a swap of neighbours) away, one edit per three characters', () => {
    const options = ['port', 'host', 'seed', 'contacts', 'base-url', 'search-meta']
    expect(closest('prot', options)).toBe('port')
    expect(closest('sed', options)).toBe('seed')
    expect(closest('Contact', options)).toBe('contacts')
    expect(closest('baseurl', options)).toBe('base-url')
    expect(closest('serch-mta', options)).toBe('search-meta')
    expect(closest('colour', options)).toBeUndefined()
    expect(closest('pots', options)).toBeUndefined()
    expect(closest('', options)).toBeUndefined()
  })

  it("shortens util.parseArgs' message and keeps any other message as it is", () => {
    const advice = ". To specify a positional argument starting with a '-', place it at the end"
    expect(usageMessage(new TypeError(`Unknown option '--prot'${advice}`), ['port'])).toBe(
      "Unknown option '--prot'. Did you mean --port?",
    )
    expect(usageMessage(new TypeError("Unknown option '-x'"), ['x'])).toBe("Unknown option '-x'")
    expect(usageMessage(new TypeError('--port must be an integer'), ['port'])).toBe('--port must be an integer')
  })
})
