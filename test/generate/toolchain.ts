// What the generator's end-to-end tests share: a child process with a time limit, and a type-check of
// a program against a generated module with the repo's TypeScript 7 (`vibecode-query` mapped to
// src/index.ts, so the check reads the library's sources, not a build).
import { spawn } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { checkProject } from '../../scripts/typescript7.js'

/** The repository's root. */
export const root = resolve(import.meta.dirname, '..', '..')

/** What a finished child process left. */
export interface Finished {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs a command from the repository's root with a time limit (killed and rejected past it).
 *
 * @param command - The program.
 * @param args - Its arguments.
 * @param extraEnv - Added to this process's environment.
 * @param limitMs - The time limit.
 * @returns Its exit status and output.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  extraEnv: Readonly<Record<string, string>>,
  limitMs = 30_000,
): Promise<Finished> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...extraEnv, NO_COLOR: '1' } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      fail(new Error(`${command} ${args.join(' ')} took more than ${limitMs} ms:\n${stdout}${stderr}`))
    }, limitMs)
    child.once('error', (error) => {
      clearTimeout(timer)
      fail(error)
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      done({ code, stdout, stderr })
    })
  })
}

/**
 * Type-checks `files` with TypeScript 7 (scripts/typescript7.ts) under the repo's tsconfig, stricter
 * still (`exactOptionalPropertyTypes`, `noUnusedLocals`), with `vibecode-query` mapped to
 * src/index.ts, and returns the problems found in files under `dir` (the generated module, the
 * program), as `file:line: message`.
 *
 * @param files - The root files.
 * @param dir - The temp dir whose files count.
 * @returns The problems; empty when the program compiles.
 */
export async function typeCheck(files: readonly string[], dir: string): Promise<string[]> {
  const config = join(dir, 'tsconfig.check.json')
  const compilerOptions = {
    exactOptionalPropertyTypes: true,
    noUnusedLocals: true,
    // The temp dir is outside the repository: `types: ["node"]` is looked for in its node_modules.
    typeRoots: [join(root, 'node_modules', '@types')],
    paths: { 'vibecode-query': [join(root, 'src', 'index.ts')] },
  }
  await writeFile(config, JSON.stringify({ extends: join(root, 'tsconfig.json'), compilerOptions, files, include: [] }))
  return (await checkProject(config))
    .filter(({ file }) => file?.startsWith(dir))
    .map(({ file = '', line, message }) => `${relative(dir, file)}:${line}: ${message}`)
}

/**
 * Writes a tsconfig into `dir` that maps `vibecode-query` to src/index.ts, for `tsx` to run programs
 * there (pass its path as `TSX_TSCONFIG_PATH`).
 *
 * @param dir - The temp dir.
 * @returns The tsconfig's path.
 */
export async function writeRunConfig(dir: string): Promise<string> {
  const file = join(dir, 'tsconfig.json')
  const paths = { 'vibecode-query': [join(root, 'src', 'index.ts')] }
  await writeFile(file, JSON.stringify({ compilerOptions: { paths } }))
  return file
}
