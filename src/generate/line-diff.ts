// The difference between two texts, line by line, as `--check` prints it: each changed region under
// `@@ line N @@` (its line in the file on disk), the file's lines with `-`, the portal's with `+`.

type Edit = readonly ['=' | '-' | '+', string]

// The edits that turn `a` into `b`, by a longest common subsequence of lines. The common start and
// end are cut first, so a few changes in a large module cost little; a middle too large for the table
// is shown as all removed, then all added.
function edits(a: readonly string[], b: readonly string[]): Edit[] {
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const head: Edit[] = a.slice(0, start).map((line) => ['=', line])
  const tail: Edit[] = a.slice(endA).map((line) => ['=', line])
  const x = a.slice(start, endA)
  const y = b.slice(start, endB)
  const n = x.length
  const m = y.length
  if ((n + 1) * (m + 1) > 4_000_000) {
    return [...head, ...x.map((line): Edit => ['-', line]), ...y.map((line): Edit => ['+', line]), ...tail]
  }
  // lengths[i * (m + 1) + j]: the LCS length of x[i..] and y[j..].
  const lengths = new Uint32Array((n + 1) * (m + 1))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * (m + 1) + j] =
        x[i] === y[j]
          ? (lengths[(i + 1) * (m + 1) + j + 1] as number) + 1
          : Math.max(lengths[(i + 1) * (m + 1) + j] as number, lengths[i * (m + 1) + j + 1] as number)
    }
  }
  const middle: Edit[] = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      middle.push(['=', x[i] as string])
      i++
      j++
    } else if (
      i < n &&
      (j === m || (lengths[(i + 1) * (m + 1) + j] as number) >= (lengths[i * (m + 1) + j + 1] as number))
    ) {
      middle.push(['-', x[i++] as string])
    } else {
      middle.push(['+', y[j++] as string])
    }
  }
  return [...head, ...middle, ...tail]
}

/**
 * The changed lines of `before` → `after`, with one line of context around each change; an empty
 * string when they are equal.
 *
 * @param before - The file on disk.
 * @param after - What the portal gives now.
 * @param lineOffset - The first line's number in the file (after a header that is not compared).
 * @returns The difference, ready to print.
 */
export function lineDiff(before: string, after: string, lineOffset = 1): string {
  if (before === after) return ''
  const all = edits(before.split('\n'), after.split('\n'))
  const out: string[] = []
  let line = lineOffset // the line number in `before` of the next '=' or '-' edit
  let lastShown = -1
  all.forEach(([op, text], index) => {
    const near = (k: number) => all[k] !== undefined && all[k][0] !== '='
    if (op !== '=' || near(index - 1) || near(index + 1)) {
      if (index !== lastShown + 1 || out.length === 0) out.push(`@@ line ${line} @@`)
      out.push(`${op === '=' ? ' ' : op} ${text}`)
      lastShown = index
    }
    if (op !== '+') line++
  })
  return out.join('\n')
}
