// Writing TypeScript source text safely from what a portal answers: field names, captions and
// enumeration ids are the portal's data, so none of them may end a comment or a string early.

/** Code-unit order: the same on every machine, unlike `localeCompare`. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Numeric ids in numeric order (`'9'` before `'10'`), others after them in code-unit order. */
export function byId(a: string, b: string): number {
  const numeric = /^\d+$/
  if (numeric.test(a) && numeric.test(b)) return a.length - b.length || byCodeUnit(a, b)
  if (numeric.test(a) !== numeric.test(b)) return numeric.test(a) ? -1 : 1
  return byCodeUnit(a, b)
}

/** A single-quoted TypeScript string literal of any text. */
export function stringLiteral(value: string): string {
  const escaped = value.replace(/[\\'\u0000-\u001f\u007f\u2028\u2029]/g, (char) => {
    if (char === '\\' || char === "'") return `\\${char}`
    if (char === '\n') return '\\n'
    if (char === '\r') return '\\r'
    if (char === '\t') return '\\t'
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
  return `'${escaped}'`
}

/** A property name: bare when it is an identifier, else a string literal. */
export const propertyName = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : stringLiteral(name))

/**
 * Text that is safe inside a `/** … *\/` comment: one line, no control characters, no `*\/`, at most
 * `max` characters.
 */
export function commentText(value: string, max = 160): string {
  const flat = value
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\*\//g, '*\\/')
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/**
 * Words packed into lines of at most `width` characters, each line starting with `prefix` (a word
 * longer than a line gets a line of its own).
 */
export function wrapWords(words: readonly string[], prefix: string, width: number, separator = ' '): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    const next = line ? `${line}${separator}${word}` : word
    if (line && prefix.length + next.length > width) {
      lines.push(prefix + line)
      line = word
    } else line = next
  }
  if (line) lines.push(prefix + line)
  return lines
}
