// The summary table of `npm run bench`: one row per measured figure, ours beside the reference,
// the ratio, the budget and whether it holds.

export interface Row {
  what: string
  ours: string
  reference: string
  ratio: string
  budget: string
  /** Whether the budget holds; `undefined` for a figure reported without a budget. */
  pass: boolean | undefined
}

const columns = ['what', 'ours', 'reference', 'ratio', 'budget', 'pass'] as const

const cell = (row: Row, column: (typeof columns)[number]): string =>
  column === 'pass' ? (row.pass === undefined ? '—' : row.pass ? 'pass' : 'FAIL') : row[column]

/** The rows as a Markdown table, columns padded to line up in a terminal. */
export function formatTable(rows: readonly Row[]): string {
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => cell(row, column).length)))
  const line = (cells: readonly string[]) =>
    `| ${cells.map((text, i) => text.padEnd(widths[i] as number)).join(' | ')} |`
  return [
    line(columns),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map((row) => line(columns.map((column) => cell(row, column)))),
  ].join('\n')
}

/** A number with thousands separators and at most `digits` decimals. */
export const num = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

/** A ratio such as `1.42×`. */
export const times = (ratio: number): string => `${num(ratio, 2)}×`
