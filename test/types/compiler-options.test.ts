// The type tests again under the compiler options some users build with: `strict` and
// `strictNullChecks` off (tsconfig.loose.json), and `exactOptionalPropertyTypes` on
// (tsconfig.exact.json). Vitest's own type-check pass covers the strict tsconfig.json. TypeScript 7
// (scripts/typescript7.ts) checks both, side by side, as `npm run typecheck` does.
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { checkProject } from '../../scripts/typescript7.js'

it.concurrent.each(['loose', 'exact'])(
  'the type tests compile under tsconfig.%s.json',
  { timeout: 60_000 },
  async (name) => {
    const errors = await checkProject(join(import.meta.dirname, `tsconfig.${name}.json`))
    expect(errors.map(({ file, line, message }) => `${file}:${line}: ${message}`)).toEqual([])
  },
)
