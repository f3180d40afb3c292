const two = (n: number): string => (n < 10 ? `0${n}` : `${n}`)
const three = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`)

/**
 * Formats a valid `Date` exactly as `Date.prototype.toISOString` does (UTC, milliseconds, `Z`).
 * Written out because V8's native method measured about twice as slow, and every date operand of
 * every query goes through here; years outside 0–9999 take the native path.
 *
 * @internal
 */
export function isoString(date: Date): string {
  const year = date.getUTCFullYear()
  if (year < 1000 || year > 9999) return date.toISOString()
  return (
    `${year}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}` +
    `T${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}.${three(date.getUTCMilliseconds())}Z`
  )
}
