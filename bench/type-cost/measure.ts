// Runs `tsc --extendedDiagnostics` over generated workloads and reports instantiations and check
// time, each minus the import-only baseline of the same library.
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { hugeSchema, workload, type Library } from './generate.js'

/** Where workloads are written: inside the project, so imports resolve like a consumer's. */
const workDir = join(import.meta.dirname, '..', '.type-cost')

/** Instantiations allowed for 20 queries on a 500-field entity (9,057 measured when set). */
export const canaryBudget = 12_000

/** The most instantiations 200 typical queries may cost, as a share of the lighter reference's. */
export const typeCostBudgetRatio = 0.5

export interface Diagnostics {
  instantiations: number
  types: number
  checkSeconds: number
}

/** Type-checks one source file alone and reads tsc's own counters. */
export function diagnose(name: string, source: string): Diagnostics {
  mkdirSync(workDir, { recursive: true })
  const file = join(workDir, `${name}.ts`)
  writeFileSync(file, source)
  let out: string
  try {
    out = execFileSync(
      process.execPath,
      [
        join(import.meta.dirname, '..', '..', 'node_modules', 'typescript', 'bin', 'tsc'),
        '--ignoreConfig', '--noEmit', '--extendedDiagnostics', '--strict', '--skipLibCheck',
        '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext',
        '--lib', 'es2022,dom', file,
      ],
      { encoding: 'utf8' },
    )
  } catch (error) {
    const output = (error as { stdout?: string }).stdout ?? ''
    throw new Error(`tsc failed on the ${name} workload:\n${output.split('\n').filter((l) => l.includes('error')).join('\n')}`)
  }
  const read = (label: string) => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(out)?.[1])
  return { instantiations: read('Instantiations'), types: read('Types'), checkSeconds: read('Check time') }
}

const minus = (a: Diagnostics, b: Diagnostics): Diagnostics => ({
  instantiations: a.instantiations - b.instantiations,
  types: a.types - b.types,
  checkSeconds: Math.round((a.checkSeconds - b.checkSeconds) * 100) / 100,
})

/** The cost of `count` typical queries in a library, net of its import-only baseline. */
export function queryCost(library: Library, count: number): Diagnostics {
  return minus(diagnose(`${library}-${count}`, workload(library, count)), diagnose(`${library}-0`, workload(library, 0)))
}

/** The cost of 20 queries on a 500-field entity, net of declaring it. */
export function canaryCost(): Diagnostics {
  return minus(diagnose('huge-20', hugeSchema(20)), diagnose('huge-0', hugeSchema(0)))
}

/** Removes the generated workloads. */
export function cleanUp(): void {
  rmSync(workDir, { recursive: true, force: true })
}
