// "Did you mean …?": the known word a typo is closest to, for a mistyped option of the commands
// (`emulator`, `generate`) and a mistyped field name of a generated entity (`fieldNames`). One
// edit distance for all of them.

/**
 * The candidate nearest to a mistyped word, when it is near enough to be what was meant: at most one
 * edit per three characters (and at least one), where an edit inserts, deletes or replaces a
 * character or swaps two neighbours. Case is ignored; of equally near candidates the first wins.
 *
 * @param word - What was typed, e.g. `prot`.
 * @param candidates - What it could have been.
 * @returns The nearest candidate, or `undefined` when none is near.
 * @example
 * ```ts
 * closest('prot', ['host', 'port', 'seed']) // 'port'
 * closest('colour', ['host', 'port'])       // undefined
 * ```
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

// Levenshtein distance with swaps of neighbouring characters (optimal string alignment), over the
// last two rows of the table.
function editDistance(a: string, b: string): number {
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      const swapped = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]
      row[j] = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
        swapped ? (before[j - 2] as number) + 1 : Number.POSITIVE_INFINITY,
      )
    }
    before = previous
    previous = row
  }
  return previous[b.length] as number
}

/**
 * The message of a `util.parseArgs` usage error, shortened to its first sentence, with "Did you
 * mean --port?" when it names an unknown long option near a known one.
 *
 * @param error - What `parseArgs` threw (or any error: its message is kept).
 * @param options - The long options the command knows, without dashes.
 * @returns One line for the user.
 * @example
 * ```ts
 * try {
 *   parseArgs({ args: ['--prot', '1'], options: { port: { type: 'string' } } })
 * } catch (error) {
 *   usageMessage(error, ['port']) // "Unknown option '--prot'. Did you mean --port?"
 * }
 * ```
 */
export function usageMessage(error: unknown, options: readonly string[]): string {
  // Node adds advice on positionals that start with '-': not what a typo needs.
  const message = String(error instanceof Error ? error.message : error).split('. To specify')[0] ?? ''
  const typed = /^Unknown option '--([^'=]+)'/.exec(message)?.[1]
  const meant = typed === undefined ? undefined : closest(typed, options)
  return meant === undefined ? message : `${message}. Did you mean --${meant}?`
}
