import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isoString } from '../../src/wire/iso-string.js'

describe('isoString', () => {
  it('formats every valid date exactly as toISOString does', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (date) => {
        expect(isoString(date.getTime())).toBe(date.toISOString())
      }),
      { numRuns: 2000 },
    )
  })

  it('formats every time of the four-digit years exactly as toISOString does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30_610_224_000_000, max: 253_402_300_799_999 }), (time) => {
        expect(isoString(time)).toBe(new Date(time).toISOString())
      }),
      { numRuns: 5000 },
    )
  })

  it('formats every day of 1599-2401 exactly as toISOString does (leap days, century rules)', () => {
    const wrong: string[] = []
    for (let time = Date.UTC(1599, 0, 1); time < Date.UTC(2401, 11, 31); time += 86_400_000 + 1001) {
      for (const t of [time, time - 1]) if (isoString(t) !== new Date(t).toISOString()) wrong.push(new Date(t).toISOString())
    }
    expect(wrong).toEqual([])
  })

  it('handles the edges of the four-digit years and of each field', () => {
    for (const iso of [
      '1000-01-01T00:00:00.000Z',
      '9999-12-31T23:59:59.999Z',
      '0999-12-31T23:59:59.999Z',
      '+010000-01-01T00:00:00.000Z',
      '-000001-06-15T12:00:00.000Z',
      '2026-02-03T04:05:06.007Z',
      '1970-01-01T00:00:00.000Z',
      '1969-12-31T23:59:59.999Z',
      '2000-02-29T12:00:00.000Z',
      '1900-03-01T00:00:00.000Z',
    ]) {
      expect(isoString(new Date(iso).getTime())).toBe(iso)
    }
  })
})
