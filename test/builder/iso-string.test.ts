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

  it('formats every millisecond of the four-digit years, leap days and century years included', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(10000, 0, 1) - 1 }), (time) => {
        expect(isoString(time)).toBe(new Date(time).toISOString())
      }),
      { numRuns: 5000 },
    )
    for (const iso of [
      '1600-02-29',
      '1700-02-28',
      '1700-03-01',
      '2000-02-29',
      '2100-03-01',
      '2024-02-29',
      '2023-03-01',
    ]) {
      const time = Date.parse(`${iso}T23:59:59.999Z`)
      expect(isoString(time)).toBe(`${iso}T23:59:59.999Z`)
      expect(isoString(time + 1)).toBe(new Date(time + 1).toISOString())
    }
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
    ]) {
      expect(isoString(new Date(iso).getTime())).toBe(iso)
    }
  })
})
