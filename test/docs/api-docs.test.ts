// The API docs build: typedoc converts and validates every export (documented, no broken link;
// `treatWarningsAsErrors` in typedoc.json) without writing the site. A child process, so that it
// runs beside the other test files instead of before them (`npm run docs:check` is the same check).
// Type errors are `npm run typecheck`'s to find; typedoc skips that pass here (10 s → 5 s).
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const typedoc = join(root, 'node_modules', 'typedoc', 'bin', 'typedoc')

it('typedoc validates the API docs with no warning', { timeout: 120_000 }, async () => {
  const outcome = await promisify(execFile)(process.execPath, [typedoc, '--emit', 'none', '--skipErrorChecking'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({
      code: error.code ?? 1,
      output: `${error.stdout ?? ''}${error.stderr ?? ''}`,
    }),
  )
  expect(outcome.output.match(/\[(?:warning|error)\].*/g) ?? []).toEqual([])
  expect(outcome.code).toBe(0)
})
