// The packed package for the test files that read it: the one the global setup packed for the whole
// run, or else one packed for this file alone (removed after it).
import { afterAll, beforeAll, inject } from 'vitest'
import { packPackage, type PackedPackage } from '../bench/lib/packed-package.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The package packed once for the run (test/packed-once.ts), when the whole suite runs. */
    packedPackage: Omit<PackedPackage, 'cleanUp'> | undefined
  }
}

/**
 * Registers the hooks that get the packed package for this file; call it at the top of the file.
 * The returned function gives the package inside tests.
 */
export function usePackedPackage(): () => Omit<PackedPackage, 'cleanUp'> {
  let pkg: Omit<PackedPackage, 'cleanUp'> | undefined = inject('packedPackage')
  let own: PackedPackage | undefined
  beforeAll(async () => {
    if (pkg === undefined) pkg = own = await packPackage()
  }, 180_000)
  afterAll(() => own?.cleanUp())
  return () => {
    if (pkg === undefined) throw new Error('the package was not packed')
    return pkg
  }
}
