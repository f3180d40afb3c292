// The documentation's examples compile: every ```ts fence of a published doc comment, of docs/*.md
// and of README.md is type-checked against the sources (scripts/check-examples.ts), and every public
// export and method has an @example.
import { describe, expect, it } from 'vitest'
import { checkExamples, type Example } from '../../scripts/check-examples.js'

const format = (problems: { file: string; line: number; message: string }[]) =>
  problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n')

describe('documentation examples', () => {
  it('all compile, and every public export and method has one', { timeout: 60_000 }, () => {
    const broken: Example = { file: 'docs/broken.md', line: 10, code: "contacts().where('companyId', 'contains', '1')" }
    const { examples, problems } = checkExamples([broken])
    expect(examples).toBeGreaterThan(100)

    // The deliberately broken example is caught, at its own file and line: the check can fail.
    const caught = problems.filter((p) => p.file === broken.file)
    expect(caught).toHaveLength(1)
    expect(caught[0]).toMatchObject({ line: 10, message: expect.stringContaining('"contains"') })

    // And nothing else is wrong.
    expect(format(problems.filter((p) => p.file !== broken.file))).toBe('')
  })
})
