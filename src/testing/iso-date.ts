/**
 * ISO 8601 parsing and formatting for the emulator. Dates are compared as instants; a string with no
 * offset (`2026-01-01T00:00:00`, or the date-only `2026-01-01`) is read in the portal's UTC offset
 * (the emulator's `utcOffset` option, `+03:00` by default). That reading is the emulator's choice:
 * the real service's handling of offset-less strings is not documented.
 *
 * @module
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/

/**
 * Parses a `±HH:MM` offset into minutes east of UTC.
 *
 * @param offset - e.g. `+03:00`, `-05:30`, `Z`
 * @returns minutes, or `undefined` when malformed
 * @example
 * ```ts
 * parseOffset('+03:00') // 180
 * ```
 * @category Testing
 */
export function parseOffset(offset: string): number | undefined {
  if (offset === 'Z') return 0
  const m = /^([+-])(\d{2})(?::?(\d{2}))?$/.exec(offset)
  if (!m) return undefined
  const hours = Number(m[2])
  const minutes = Number(m[3] ?? '0')
  if (hours > 23 || minutes > 59) return undefined
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes)
}

/**
 * Parses an ISO 8601 date or date-time into epoch milliseconds.
 *
 * @param text - `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]]`, optionally followed by `Z` or `±HH:MM`
 * @param defaultOffsetMinutes - the offset assumed when the string has none
 * @returns epoch milliseconds, or `undefined` when the text is not a valid ISO date
 * @example
 * ```ts
 * parseInstant('2026-01-01T00:00:00Z', 180) // 1767225600000
 * ```
 * @category Testing
 */
export function parseInstant(text: string, defaultOffsetMinutes: number): number | undefined {
  const m = ISO.exec(text)
  if (!m) return undefined
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const [hour, minute, second] = [Number(m[4] ?? '0'), Number(m[5] ?? '0'), Number(m[6] ?? '0')]
  const millis = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000)
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis)
  const check = new Date(utc)
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined
  }
  const offset = m[8] === undefined ? defaultOffsetMinutes : parseOffset(m[8])
  if (offset === undefined) return undefined
  return utc - offset * 60_000
}

/**
 * Tells whether a string looks like an ISO 8601 date-time (a date with a time part), used to infer
 * `datetime` for custom fields.
 *
 * @param text - any string
 * @returns `true` for e.g. `2026-01-01T10:00:00+03:00`
 * @example
 * ```ts
 * looksLikeDateTime('2026-01-01T10:00:00Z') // true
 * ```
 * @category Testing
 */
export function looksLikeDateTime(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T/.test(text) && parseInstant(text, 0) !== undefined
}

/**
 * Formats epoch milliseconds as `YYYY-MM-DDTHH:MM:SS±HH:MM` in the given offset, the form the
 * service's documented responses use (`2020-05-08T10:48:20+03:00`).
 *
 * @param epochMs - the instant
 * @param offsetMinutes - minutes east of UTC
 * @returns the ISO string
 * @example
 * ```ts
 * formatInstant(0, 180) // '1970-01-01T03:00:00+03:00'
 * ```
 * @category Testing
 */
export function formatInstant(epochMs: number, offsetMinutes: number): string {
  const d = new Date(Math.floor(epochMs / 1000) * 1000 + offsetMinutes * 60_000)
  const pad = (n: number): string => String(n).padStart(2, '0')
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  return (
    `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  )
}
