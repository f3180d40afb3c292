// Whether the packed package's types compile under the TypeScript a user gets today (7.x, the
// native compiler): the newest 7.x release npm lists is installed into the consumer project only
// (never into the repository), and checks an ESM and a CommonJS file that use both entries and the
// typical queries, without `skipLibCheck`, so the shipped `.d.ts` files are checked themselves.
import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { workload, type ReferenceTables } from './generate.js'

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

/** Installs the newest TypeScript 7.x into `consumer` and checks the package's types with it. */
export async function checkTypeScript7(consumer: string, tables: ReferenceTables): Promise<TypeScript7Check> {
  let version: string | undefined
  try {
    const npmOptions = { cwd: consumer, encoding: 'utf8' } as const
    const { stdout } = await run('npm', ['view', 'typescript@^7', 'version', '--json'], npmOptions)
    const listed = JSON.parse(stdout) as string | string[]
    version = Array.isArray(listed) ? listed.at(-1) : listed
    if (version === undefined) throw new Error('npm lists no TypeScript 7.x')
    const install = ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts']
    await run('npm', [...install, '--loglevel=error', `typescript@${version}`], npmOptions)
  } catch (error) {
    const why = (error as Error).message.split('\n')[0]
    return { version, ok: false, errors: [`TypeScript 7 is not installable: ${why}`] }
  }
  writeFileSync(join(consumer, 'ts7-esm.ts'), esm(tables))
  writeFileSync(join(consumer, 'ts7-cjs.cts'), cjs)
  const tsc = join(consumer, 'node_modules', 'typescript', 'bin', 'tsc')
  const args = [
    '--ignoreConfig', '--noEmit', '--strict', '--target', 'es2022',
    '--module', 'nodenext', '--moduleResolution', 'nodenext', '--lib', 'es2022,dom',
    'ts7-esm.ts', 'ts7-cjs.cts',
  ]
  try {
    const { stdout } = await run(process.execPath, [tsc, '--version'], { cwd: consumer, encoding: 'utf8' })
    if (!stdout.includes(version)) return { version, ok: false, errors: [`the installed tsc says ${stdout.trim()}`] }
    await run(process.execPath, [tsc, ...args], { cwd: consumer, encoding: 'utf8' })
    return { version, ok: true, errors: [] }
  } catch (error) {
    const output = (error as { stdout?: string }).stdout ?? String(error)
    return { version, ok: false, errors: output.split('\n').filter((line) => line.includes('error')).slice(0, 10) }
  }
}
