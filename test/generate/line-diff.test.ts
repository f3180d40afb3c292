import { describe, expect, it } from 'vitest'
import { lineDiff } from '../../src/generate/line-diff.js'

describe('lineDiff', () => {
  it('is empty for equal texts', () => {
    expect(lineDiff('a\nb\n', 'a\nb\n')).toBe('')
  })

  it('shows an added line with a line of context, at its line in the file', () => {
    const before = ['import x', '', 'interface Deal {', '  id: number', '  title: string', '}'].join('\n')
    const after = [
      'import x',
      '',
      'interface Deal {',
      '  id: number',
      '  title: string',
      '  ufCrm_New: string | null',
      '}',
    ].join('\n')
    expect(lineDiff(before, after, 4)).toBe(
      ['@@ line 8 @@', '    title: string', '+   ufCrm_New: string | null', '  }'].join('\n'),
    )
  })

  it('shows removed and changed lines, each region under its own line number', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].join('\n')
    const after = ['a', 'B', 'c', 'd', 'e', 'g'].join('\n')
    expect(lineDiff(before, after)).toBe(
      ['@@ line 1 @@', '  a', '- b', '+ B', '  c', '@@ line 5 @@', '  e', '- f', '  g'].join('\n'),
    )
  })

  it('stays fast on a large file with a change in the middle', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `line ${i}`)
    const changed = [...lines.slice(0, 10_000), 'new', ...lines.slice(10_000)]
    const started = performance.now()
    expect(lineDiff(lines.join('\n'), changed.join('\n'))).toBe(
      ['@@ line 10000 @@', '  line 9999', '+ new', '  line 10000'].join('\n'),
    )
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
