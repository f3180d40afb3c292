const two = (n: number): string => (n < 10 ? `0${n}` : `${n}`)
const three = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`)

const day = 86_400_000
// The times of 1000-01-01T00:00:00.000Z and of 10000-01-01T00:00:00.000Z.
const first = -30_610_224_000_000
const end = 253_402_300_800_000

/**
 * Formats a valid time (milliseconds since the epoch) exactly as `Date.prototype.toISOString`
 * does (UTC, milliseconds, `Z`). Written out in integer arithmetic (the civil date from a day
 * number, after Howard Hinnant's `civil_from_days`) because V8's native method, and even the
 * `getUTC…` getters of a `Date`, measured several times slower, and every date operand of every
 * query goes through here; years outside 1000–9999 take the native path.
 *
 * @internal
 */
export function isoString(time: number): string {
  if (!(time >= first && time < end)) return new Date(time).toISOString()
  const days = Math.floor(time / day)
  let ms = time - days * day
  // Days since 0000-03-01, in 400-year eras of 146,097 days: the leap day ends each year.
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const dayOfEra = z - era * 146_097
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365)
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153)
  const date = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  const hours = Math.floor(ms / 3_600_000)
  ms -= hours * 3_600_000
  const minutes = Math.floor(ms / 60_000)
  ms -= minutes * 60_000
  const seconds = Math.floor(ms / 1000)
  ms -= seconds * 1000
  return `${year}-${two(month)}-${two(date)}T${two(hours)}:${two(minutes)}:${two(seconds)}.${three(ms)}Z`
}
