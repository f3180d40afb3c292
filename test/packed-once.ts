// Vitest global setup: in a whole run (`npm test`), packs the package once (npm pack, then an
// install into a consumer project) and hands it to every file that reads the packed package, through
// `inject('packedPackage')`. A run of chosen files does not pay for it: a file that needs the
// package and finds none packs its own (`packedPackage()` in packed-package.ts).
import type { TestProject } from 'vitest/node'
import { packPackage } from '../bench/lib/packed-package.js'

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-') && arg !== 'run')
  if (filters.length > 0) {
    project.provide('packedPackage', undefined)
    return undefined
  }
  const { cleanUp, ...pkg } = await packPackage()
  project.provide('packedPackage', pkg)
  return cleanUp
}
