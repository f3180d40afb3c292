// The packed package for the test files that read it: the one the global setup packs for the whole
// run (test/packed-once.ts), or else one packed for this file alone (removed after it).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, inject } from 'vitest'
import { type PackedPackage, packPackage } from '../bench/lib/packed-package.js'
import type { PackedOutcome } from './packed-once.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the global setup writes the package it packs for a whole run (test/packed-once.ts). */
    packedPackage: { readonly ready: string } | undefined
  }
}

/** How long a file waits for the run's package before it gives up. */
const waitLimitMs = 180_000

async function waitForPacked(ready: string): Promise<Omit<PackedPackage, 'cleanUp'>> {
  const until = Date.now() + waitLimitMs
  while (!existsSync(ready)) {
    if (Date.now() > until) throw new Error(`the package was not packed within ${waitLimitMs / 1000} s`)
    await sleep(100)
  }
  const outcome = JSON.parse(readFileSync(ready, 'utf8')) as PackedOutcome
  if ('failed' in outcome) throw new Error(`packing the package failed:\n${outcome.failed}`)
  return outcome.packed
}

/**
 * Registers the hooks that get the packed package for this file; call it at the top of the file.
 * The returned function gives the package inside tests.
 */
export function usePackedPackage(): () => Omit<PackedPackage, 'cleanUp'> {
  const shared = inject('packedPackage')
  let pkg: Omit<PackedPackage, 'cleanUp'> | undefined
  let own: PackedPackage | undefined
  beforeAll(async () => {
    pkg = shared === undefined ? (own = await packPackage()) : await waitForPacked(shared.ready)
  }, waitLimitMs)
  afterAll(() => own?.cleanUp())
  return () => {
    if (pkg === undefined) throw new Error('the package was not packed')
    return pkg
  }
}

/**
 * What `npx vibecode-query` runs from the installed package: its bin, the built `dist/esm/cli.js`, for
 * `node` to start (a child process starts in about 0.2 s, where `tsx src/cli.ts` takes 0.5 s).
 *
 * @param pkg - The packed package.
 * @returns The path of the command's script.
 */
export function packedCli(pkg: Pick<PackedPackage, 'installed'>): string {
  return join(pkg.installed, 'dist', 'esm', 'cli.js')
}
