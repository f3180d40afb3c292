// The type tests again under the compiler options some users build with: `strict` and
// `strictNullChecks` off (tsconfig.loose.json), and `exactOptionalPropertyTypes` on
// (tsconfig.exact.json). Vitest's own type-check pass covers the strict tsconfig.json. TypeScript 7
// (the `typescript7` devDependency) checks both, side by side, as `npm run typecheck` does.
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const tsc = join(root, 'node_modules', 'typescript7', 'bin', 'tsc')

it.concurrent.each(['loose', 'exact'])(
  'the type tests compile under tsconfig.%s.json',
  { timeout: 60_000 },
  async (name) => {
    const config = join(import.meta.dirname, `tsconfig.${name}.json`)
    const outcome = await promisify(execFile)(process.execPath, [tsc, '-p', config, '--noEmit', '--pretty', 'false'], {
      cwd: root,
      encoding: 'utf8',
    }).then(
      () => ({ code: 0, errors: [] as string[] }),
      (error: { code?: number; stdout?: string }) => ({
        code: error.code ?? 1,
        errors: (error.stdout ?? '').split('\n').filter((line) => line.includes('error TS')),
      }),
    )
    expect(outcome.errors).toEqual([])
    expect(outcome.code).toBe(0)
  },
)
