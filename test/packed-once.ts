// Vitest global setup: in a whole run (`npm test`), packs the package once (npm pack, then an
// install into a consumer project) for every file that reads the packed package. The packing runs
// beside the tests instead of before them: the setup hands out, through `inject('packedPackage')`,
// the path of a file it writes when the package is ready (or packing failed), and those files wait
// for it (`usePackedPackage()` in packed-package.ts). A run of chosen files does not pay for it: a
// file that needs the package and finds none packs its own.
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { type PackedPackage, packPackage } from '../bench/lib/packed-package.js'

/** What the ready file holds: the packed package, or why packing failed. */
export type PackedOutcome = { readonly packed: Omit<PackedPackage, 'cleanUp'> } | { readonly failed: string }

export default function setup(project: TestProject): (() => Promise<void>) | undefined {
  const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-') && arg !== 'run')
  if (filters.length > 0) {
    project.provide('packedPackage', undefined)
    return undefined
  }
  const dir = mkdtempSync(join(tmpdir(), 'vibecode-packed-once-'))
  const ready = join(dir, 'ready.json')
  const write = (outcome: PackedOutcome) => {
    // Written whole, then renamed: a reader never sees half a file.
    writeFileSync(`${ready}.part`, JSON.stringify(outcome))
    renameSync(`${ready}.part`, ready)
  }
  const packing = packPackage().then(
    (pkg) => {
      const { cleanUp, ...packed } = pkg
      write({ packed })
      return cleanUp
    },
    (error: unknown) => {
      write({ failed: error instanceof Error ? (error.stack ?? error.message) : String(error) })
      return () => {}
    },
  )
  project.provide('packedPackage', { ready })
  return async () => {
    ;(await packing)()
    rmSync(dir, { recursive: true, force: true })
  }
}
