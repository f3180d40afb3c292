const day = 864e5
// The digit of `n` at `unit` (1000, 100, 10, 1), as a character code: 48 is "0".
const digit = (n: number, unit: number): number => 48 + (((n / unit) | 0) % 10)
// 1000-01-01 and 10000-01-01: the times whose text has a four-digit year.
const first = -30_610_224e6
const end = 253_402_300_800_000

/**
 * Formats a valid time (milliseconds since the epoch) exactly as `Date.prototype.toISOString`
 * does: UTC, milliseconds, `Z`. Computed from the number (the civil-from-days arithmetic of the
 * proleptic Gregorian calendar), because a `Date` and its seven `getUTC…` calls measured more than
 * twice as long, and every date operand of every query goes through here. The text is made in one
 * piece from its character codes: joined pieces would make a string that `JSON.stringify` has to
 * flatten, which measured as long again. Years outside 1000–9999 take the native path. Within them
 * every quotient below is positive, so `| 0` floors it.
 *
 * @internal
 */
export function isoString(time: number): string {
  if (!(time >= first && time < end)) return new Date(time).toISOString()
  const days = Math.floor(time / day)
  let rest = time - days * day
  // Days since 0000-03-01, in eras of 400 years (146,097 days). The year starts in March, so that
  // a leap day is the last day of its year.
  const shifted = days + 719_468
  const era = (shifted / 146_097) | 0
  const ofEra = shifted - era * 146_097
  const yearOfEra = ((ofEra - ((ofEra / 1460) | 0) + ((ofEra / 36_524) | 0) - ((ofEra / 146_096) | 0)) / 365) | 0
  const ofYear = ofEra - (365 * yearOfEra + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0))
  const fromMarch = ((5 * ofYear + 2) / 153) | 0
  const month = fromMarch < 10 ? fromMarch + 3 : fromMarch - 9
  const year = yearOfEra + era * 400 + (month < 3 ? 1 : 0)
  const date = ofYear - (((153 * fromMarch + 2) / 5) | 0) + 1
  const hours = (rest / 36e5) | 0
  rest -= hours * 36e5
  const minutes = (rest / 6e4) | 0
  rest -= minutes * 6e4
  const seconds = (rest / 1000) | 0
  const ms = rest - seconds * 1000
  // biome-ignore format: one line per part of the text
  return String.fromCharCode(
    digit(year, 1000), digit(year, 100), digit(year, 10), digit(year, 1), 45, // 2026-
    digit(month, 10), digit(month, 1), 45, digit(date, 10), digit(date, 1), 84, // 01-31T
    digit(hours, 10), digit(hours, 1), 58, digit(minutes, 10), digit(minutes, 1), 58, // 23:59:
    digit(seconds, 10), digit(seconds, 1), 46, digit(ms, 100), digit(ms, 10), digit(ms, 1), 90, // 59.999Z
  )
}
