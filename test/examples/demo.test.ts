// `npm run demo`, as the Quick start runs it: against the emulator it prints each example's
// TypeScript, compiled request and rows; against a service it cannot reach it stops with one line.
import { execFile } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const repo = join(import.meta.dirname, '..', '..')
const demo = (env: Record<string, string>) =>
  run(process.execPath, ['--import', 'tsx', 'examples/demo.ts'], {
    cwd: repo,
    env: { ...process.env, ...env },
    timeout: 60_000,
  })

describe('npm run demo', () => {
  it('shows each example as TypeScript, as its request, and with its rows', async () => {
    const { stdout } = await demo({ VIBECODE_API_KEY: '' })
    expect(stdout).toContain("export const companyContacts = contacts()\n  .where('companyId', 15)")
    expect(stdout).toContain(
      'POST /v1/contacts/search\n{"filter":{"companyId":15},"order":{"lastName":"asc"},"select":["id","name","lastName"],"limit":10}',
    )
    expect(stdout).toContain('POST /v1/deals/aggregate')
    expect(stdout).toMatch(/streamed 12000 rows; contacts\(\)\.count\(\) says 12000/)
    expect(stdout).toMatch(/deals\.delete\(\d+\) → done/)
    expect(stdout).not.toMatch(/card query| as AnyQuery/)
  }, 90_000)

  it('stops with one clear line when the service cannot be reached', async () => {
    // A port that was free a moment ago: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number }
        probe.close(() => resolve(port))
      })
    })
    const failed = await demo({
      VIBECODE_API_KEY: 'vibe_api_SECRET_DEMO_KEY',
      VIBECODE_BASE_URL: `http://127.0.0.1:${port}`,
    }).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    )
    expect(failed?.code).toBe(1)
    expect(failed?.stderr.trim()).toMatch(
      new RegExp(`^The demo stopped: POST /v1/contacts/search failed: .*connect ECONNREFUSED 127\\.0\\.0\\.1:${port}`),
    )
    expect(failed?.stderr.trim().split('\n')).toHaveLength(1)
    expect(`${failed?.stdout}${failed?.stderr}`).not.toContain('SECRET_DEMO_KEY')
  }, 90_000)
})
