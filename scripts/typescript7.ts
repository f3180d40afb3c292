// TypeScript 7 (the `typescript7` devDependency) as the checks that need only its verdict run it: the
// docs' examples, the generator's programs, the type tests under other compiler options. It checks
// in about a fifth of TypeScript 6's time; TypeScript 6 still builds the package.
import { execFile } from 'node:child_process'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const tsc = join(root, 'node_modules', 'typescript7', 'bin', 'tsc')

/** One error as `tsc --pretty false` prints it: `file(line,col): error TS1234: message`. */
export interface Diagnostic {
  /** The file's absolute path; absent for an error of the whole program. */
  readonly file?: string
  /** 1-based; 0 without a file. */
  readonly line: number
  /** 1-based; 0 without a file. */
  readonly column: number
  /** The message, its further lines (indented by tsc) joined with newlines. */
  readonly message: string
}

/** Reads the errors `tsc --pretty false` printed, with paths relative to `cwd` made absolute. */
function printedDiagnostics(output: string, cwd: string): Diagnostic[] {
  const found: { file?: string; line: number; column: number; message: string }[] = []
  for (const line of output.split('\n')) {
    const located = /^(.+?)\((\d+),(\d+)\): error TS\d+: (.*)$/.exec(line)
    const bare = /^error TS\d+: (.*)$/.exec(line)
    const last = found.at(-1)
    if (located) {
      const [, file = '', row, column, message = ''] = located
      found.push({ file: resolve(cwd, file), line: Number(row), column: Number(column), message })
    } else if (bare) found.push({ line: 0, column: 0, message: bare[1] ?? '' })
    else if (last && /^\s/.test(line) && line.trim()) last.message += `\n${line.trim()}`
  }
  return found
}

/**
 * Type-checks a project (`tsc -p project --noEmit`) with TypeScript 7.
 *
 * @param project - A tsconfig file, or a directory holding one.
 * @returns Its errors; none when it compiles.
 * @throws When tsc fails without printing an error (a missing tsconfig, a crash).
 */
export async function checkProject(project: string): Promise<Diagnostic[]> {
  const args = [tsc, '-p', project, '--noEmit', '--pretty', 'false']
  const options = { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 } as const
  const { failed, output } = await promisify(execFile)(process.execPath, args, options).then(
    ({ stdout }) => ({ failed: false, output: stdout }),
    (error: { stdout?: string; stderr?: string; message: string }) => ({
      failed: true,
      output: `${error.stdout ?? ''}${error.stderr ?? ''}` || error.message,
    }),
  )
  const diagnostics = printedDiagnostics(output, root)
  if (failed && diagnostics.length === 0) throw new Error(`tsc failed without an error:\n${output}`)
  return diagnostics
}
