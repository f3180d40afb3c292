// The published package resolves for import and require consumers, with types of their format:
// publint lints package.json against the files `npm pack` would ship, and arethetypeswrong resolves
// every entry as Node 16+ and bundlers do. (Node 10 resolution, deprecated in TypeScript 6, is not
// supported for the ./testing subpath.)
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const repo = join(import.meta.dirname, '..', '..')
const bin = (name: string) => join(repo, 'node_modules', '.bin', name)
const run = (name: string, args: string[]) => execFileSync(bin(name), args, { cwd: repo, encoding: 'utf8', stdio: 'pipe' })

describe('the package', () => {
  it('passes publint', { timeout: 120_000 }, () => {
    expect(run('publint', ['--strict'])).toMatch(/All good!/)
  })

  it('resolves every entry with the right types for ESM and CommonJS (arethetypeswrong)', { timeout: 180_000 }, () => {
    const report = JSON.parse(run('attw', ['--pack', '.', '--profile', 'node16', '--format', 'json'])) as {
      analysis: { problems: { kind: string; resolutionKind?: string }[]; entrypoints: Record<string, unknown> }
    }
    expect(Object.keys(report.analysis.entrypoints)).toEqual(expect.arrayContaining(['.', './testing']))
    expect(report.analysis.problems.filter((problem) => problem.resolutionKind !== 'node10')).toEqual([])
  })
})
