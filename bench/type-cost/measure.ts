// Type-checks generated workloads inside the consumer project of the packed package and reports
// instantiations and check time, each net of the import-only baseline of the same library. Two ways,
// with the same counts: `eachInTsc` runs `tsc --extendedDiagnostics` once per workload, cold, as
// every user's first build checks the shipped `.d.ts` files (the bench's way: check times compare);
// `inOneProcess` checks each workload in a fresh program of this process, the libraries' files parsed
// once (npm test's way: about half the time; check times are warm).
import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, sep } from 'node:path'
import { promisify } from 'node:util'
import ts from 'typescript'
import { repo } from '../lib/packed-package.js'
import { hugeSchema, workload, type Library, type ReferenceTables } from './generate.js'

const run = promisify(execFile)

/** The most instantiations 200 typical queries may cost, as a share of the lighter reference's. */
export const typeCostBudgetRatio = 0.35

/** The most 800 queries may cost, as a multiple of 200 queries' cost (4× is linear). */
export const linearityBudgetRatio = 4.2

/** The repository's TypeScript, the one that builds the package. */
const repoTsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc')

export interface Diagnostics {
  instantiations: number
  types: number
  checkSeconds: number
}

/** The options a user's strict ESM project has; `skipLibCheck` as most projects set it. */
export const userOptions = [
  '--ignoreConfig',
  '--noEmit',
  '--strict',
  '--skipLibCheck',
  '--target',
  'es2022',
  '--module',
  'nodenext',
  '--moduleResolution',
  'nodenext',
  '--lib',
  'es2022,dom',
]

/** Measures named workloads (each a source file checked alone), results in order. */
export type Measure = (jobs: readonly (readonly [name: string, source: string])[]) => Promise<Diagnostics[]>

/** What every workload must have read: the package's shipped types, never the repository's sources. */
function checkFilesRead(name: string, source: string, files: readonly string[], consumer: string): void {
  const fromSources = files.find((file) => file.startsWith(join(repo, 'src')))
  if (fromSources !== undefined) throw new Error(`the ${name} workload read the repository's sources: ${fromSources}`)
  const shipped = join(consumer, 'node_modules', 'vibecode-query', 'dist', 'esm', 'index.d.ts')
  if (source.includes(`from 'vibecode-query'`) && !files.includes(shipped)) {
    throw new Error(`the ${name} workload did not read the package's shipped types (${shipped})`)
  }
}

/** Each workload in its own `tsc` process, one after another: cold, as a user's first build. */
export function eachInTsc(consumer: string): Measure {
  return async (jobs) => {
    const measured: Diagnostics[] = []
    for (const [name, source] of jobs) measured.push(await diagnose(consumer, name, source))
    return measured
  }
}

/**
 * Each workload in a fresh program of this process, with the options of {@link userOptions}; the
 * files under node_modules (TypeScript's libs, the package, the references) are parsed once and
 * shared. The counts equal `eachInTsc`'s (test/budgets/packed-package.test.ts checks one); check
 * times are those of a warm process.
 */
export function inOneProcess(consumer: string): Measure {
  const { options, errors } = ts.parseCommandLine(userOptions.filter((option) => option !== '--ignoreConfig'))
  if (errors.length > 0) throw new Error(ts.flattenDiagnosticMessageText(errors[0]?.messageText, '\n'))
  const host = ts.createCompilerHost(options)
  const parse = host.getSourceFile
  const shared = new Map<string, ts.SourceFile | undefined>()
  host.getSourceFile = (file, ...rest) => {
    if (!file.includes(`${sep}node_modules${sep}`)) return parse.call(host, file, ...rest)
    if (!shared.has(file)) shared.set(file, parse.call(host, file, ...rest))
    return shared.get(file)
  }
  return async (jobs) =>
    jobs.map(([name, source]) => {
      const file = join(consumer, `${name}.ts`)
      writeFileSync(file, source)
      const program = ts.createProgram({ rootNames: [file], options, host })
      const started = performance.now()
      const problems = ts.getPreEmitDiagnostics(program)
      const checkSeconds = (performance.now() - started) / 1000
      if (problems.length > 0) {
        const errors = problems.slice(0, 20).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
        throw new Error(`tsc failed on the ${name} workload:\n${errors.join('\n')}`)
      }
      checkFilesRead(
        name,
        source,
        program.getSourceFiles().map((f) => f.fileName),
        consumer,
      )
      return { instantiations: program.getInstantiationCount(), types: program.getTypeCount(), checkSeconds }
    })
}

/** Type-checks one source file alone in `consumer` with `tsc` and reads its own counters. */
export async function diagnose(consumer: string, name: string, source: string): Promise<Diagnostics> {
  const file = join(consumer, `${name}.ts`)
  writeFileSync(file, source)
  const args = [repoTsc, ...userOptions, '--extendedDiagnostics', '--listFiles', file]
  let out: string
  try {
    const options = { cwd: consumer, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 } as const
    ;({ stdout: out } = await run(process.execPath, args, options))
  } catch (error) {
    const output = (error as { stdout?: string }).stdout ?? String(error)
    const errors = output
      .split('\n')
      .filter((line) => line.includes('error'))
      .slice(0, 20)
    throw new Error(`tsc failed on the ${name} workload:\n${errors.join('\n')}`)
  }
  checkFilesRead(name, source, out.split('\n'), consumer)
  const read = (label: string) => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(out)?.[1])
  return { instantiations: read('Instantiations'), types: read('Types'), checkSeconds: read('Check time') }
}

/** `a` net of `b`: instantiations, types and check time. */
export const minus = (a: Diagnostics, b: Diagnostics): Diagnostics => ({
  instantiations: a.instantiations - b.instantiations,
  types: a.types - b.types,
  checkSeconds: Math.round((a.checkSeconds - b.checkSeconds) * 100) / 100,
})

export interface TypeCost {
  /** Net cost of 200 queries per library. */
  ours: Diagnostics
  kysely: Diagnostics
  postgrest: Diagnostics
  /** Net cost of 800 of our queries. */
  ours800: Diagnostics
  /** Our 200 queries over the lighter reference's. */
  ratio: number
  lighter: 'Kysely' | 'postgrest-js'
  /** Our 800 queries over our 200. */
  linearity: number
}

/**
 * The type-check cost of 200 typical queries in each library and of 800 of ours, net of each
 * library's import-only baseline.
 */
export async function typeCost(
  consumer: string,
  tables: ReferenceTables,
  measure: Measure = eachInTsc(consumer),
): Promise<TypeCost> {
  const jobs: [string, Library, number][] = [
    ['ours-0', 'ours', 0],
    ['ours-200', 'ours', 200],
    ['ours-800', 'ours', 800],
    ['kysely-0', 'kysely', 0],
    ['kysely-200', 'kysely', 200],
    ['postgrest-0', 'postgrest', 0],
    ['postgrest-200', 'postgrest', 200],
  ]
  const measured = await measure(
    jobs.map(([name, library, count]) => [name, workload(library, count, tables)] as const),
  )
  const of = (name: string) => measured[jobs.findIndex(([job]) => job === name)] as Diagnostics
  const ours = minus(of('ours-200'), of('ours-0'))
  const ours800 = minus(of('ours-800'), of('ours-0'))
  const kysely = minus(of('kysely-200'), of('kysely-0'))
  const postgrest = minus(of('postgrest-200'), of('postgrest-0'))
  const kyselyLighter = kysely.instantiations <= postgrest.instantiations
  const lighter = kyselyLighter ? kysely : postgrest
  return {
    ours,
    kysely,
    postgrest,
    ours800,
    ratio: ours.instantiations / lighter.instantiations,
    lighter: kyselyLighter ? 'Kysely' : 'postgrest-js',
    linearity: ours800.instantiations / ours.instantiations,
  }
}

/** The cost of 20 queries on a 500-field entity, net of declaring it. */
export async function canaryCost(consumer: string): Promise<Diagnostics> {
  return minus(await diagnose(consumer, 'huge-20', hugeSchema(20)), await diagnose(consumer, 'huge-0', hugeSchema(0)))
}
