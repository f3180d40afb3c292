import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isoString } from '../../src/wire/iso-string.js'

describe('isoString', () => {
  it('formats every valid date exactly as toISOString does', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (date) => {
        expect(isoString(date)).toBe(date.toISOString())
      }),
      { numRuns: 2000 },
    )
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
      expect(isoString(new Date(iso))).toBe(iso)
    }
  })
})
