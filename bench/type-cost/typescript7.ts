// Whether the packed package's types compile under the TypeScript a user gets today (7.x, the
// native compiler), the version the repository pins as its `typescript7` devDependency (an npm alias,
// beside the TypeScript 6 that builds), checks an ESM and a CommonJS file that use both entries and the
// typical queries, without `skipLibCheck`, so the shipped `.d.ts` files are checked themselves.
import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { workload, type ReferenceTables } from './generate.js'
import { userOptions } from './measure.js'

const run = promisify(execFile)

export interface TypeScript7Check {
  /** The version checked, or undefined when none could be installed. */
  version: string | undefined
  /** Whether both files compiled without an error. */
  ok: boolean
  /** The first errors, or why TypeScript 7 is not there. */
  errors: string[]
}

const esm = (tables: ReferenceTables) => `import * as main from 'vibecode-query'
import * as testing from 'vibecode-query/testing'
${workload('ours', 25, tables)}
export const surface = [main, testing]
`

const cjs = `import main = require('vibecode-query')
import testing = require('vibecode-query/testing')
const q = main.contacts().where('companyId', 15).select('id', 'name')
export type Row = main.InferRow<typeof q>
export const rowId = (row: Row): number => row.id
export const surface = [main, testing]
`

/** The repository's own TypeScript 7 (the `typescript7` alias among the devDependencies). */
const typescript7 = join(import.meta.dirname, '..', '..', 'node_modules', 'typescript7')

/** Checks the package's types in `consumer` with the repository's TypeScript 7. */
export async function checkTypeScript7(consumer: string, tables: ReferenceTables): Promise<TypeScript7Check> {
  let version: string | undefined
  try {
    version = (JSON.parse(readFileSync(join(typescript7, 'package.json'), 'utf8')) as { version: string }).version
  } catch (error) {
    const why = (error as Error).message.split('\n')[0]
    return { version, ok: false, errors: [`TypeScript 7 is not installed: ${why}`] }
  }
  writeFileSync(join(consumer, 'ts7-esm.ts'), esm(tables))
  writeFileSync(join(consumer, 'ts7-cjs.cts'), cjs)
  const tsc = join(typescript7, 'bin', 'tsc')
  // A user's options, library files checked too.
  const args = [...userOptions.filter((option) => option !== '--skipLibCheck'), 'ts7-esm.ts', 'ts7-cjs.cts']
  try {
    const { stdout } = await run(process.execPath, [tsc, '--version'], { cwd: consumer, encoding: 'utf8' })
    if (!stdout.includes(version)) return { version, ok: false, errors: [`the installed tsc says ${stdout.trim()}`] }
    await run(process.execPath, [tsc, ...args], { cwd: consumer, encoding: 'utf8' })
    return { version, ok: true, errors: [] }
  } catch (error) {
    const output = (error as { stdout?: string }).stdout ?? String(error)
    return {
      version,
      ok: false,
      errors: output
        .split('\n')
        .filter((line) => line.includes('error'))
        .slice(0, 10),
    }
  }
}
