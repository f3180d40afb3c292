// The documentation's examples compile: every ```ts fence of a published doc comment, of docs/*.md
// and of README.md is type-checked against the sources (scripts/check-examples.ts), the types that
// comments show after type aliases are the aliases' types, and every public export and method has
// an @example.
import { describe, expect, it } from 'vitest'
import { checkExamples, type Example } from '../../scripts/check-examples.js'

const format = (problems: { file: string; line: number; message: string }[]) =>
  problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n')

describe('documentation examples', () => {
  it('all compile, and every public export and method has one', { timeout: 60_000 }, async () => {
    const broken: Example = { file: 'docs/broken.md', line: 10, code: "contacts().where('companyId', 'contains', '1')" }
    const wrongType: Example = {
      file: 'docs/wrong-type.md',
      line: 20,
      code: "const q = contacts().select('id', 'name')\ntype Row = InferRow<typeof q> // { id: number; name: string }",
    }
    const { examples, problems } = await checkExamples([broken, wrongType])
    expect(examples).toBeGreaterThan(100)

    // The deliberately broken examples are caught, at their own file and line: the check can fail.
    expect(problems.filter((p) => p.file === broken.file)).toEqual([
      { file: broken.file, line: 10, message: expect.stringContaining('"contains"') },
    ])
    // A comment showing the wrong type for a type alias (name is `string | null`) is caught too.
    expect(problems.filter((p) => p.file === wrongType.file)).toEqual([
      {
        file: wrongType.file,
        line: 21,
        message: expect.stringContaining('the type the comment shows is not the type'),
      },
    ])

    // And nothing else is wrong.
    expect(format(problems.filter((p) => p.file !== broken.file && p.file !== wrongType.file))).toBe('')
  })
})
