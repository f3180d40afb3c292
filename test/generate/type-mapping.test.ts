// Descriptor → TypeScript type, for every user-field type the docs list (lines 6080–6097) and the
// type names `/fields` gives standard fields.
import { describe, expect, it } from 'vitest'
import { isCustomField, mapType } from '../../src/generate/type-mapping.js'
import type { FieldDescriptor } from '../../src/wire/fields.js'

const field = (type: string, extra: Partial<FieldDescriptor> = {}): FieldDescriptor => ({
  type,
  isRequired: false,
  isReadOnly: false,
  isMultiple: false,
  title: undefined,
  items: undefined,
  ...extra,
})

describe('mapType', () => {
  it.each([
    ['string', 'string | null', []],
    ['url', 'string | null', []],
    ['address', 'string | null', []],
    ['crm', 'string | null', []],
    ['crm_status', 'string | null', []],
    ['integer', 'number | null', []],
    ['double', 'number | null', []],
    ['employee', 'number | null', []],
    ['iblock_section', 'number | null', []],
    ['iblock_element', 'number | null', []],
    ['boolean', 'boolean | null', []],
    ['date', 'IsoDate | null', ['IsoDate']],
    ['datetime', 'IsoDateTime | null', ['IsoDateTime']],
    ['money', 'Money | null', ['Money']],
    ['crm_multifield', 'Multifield | null', ['Multifield']],
  ])('maps %s to %s', (type, text, uses) => {
    const mapped = mapType('ufCrm_X', field(type))
    expect(mapped.text).toBe(text)
    expect(mapped.uses).toEqual(uses)
    expect(mapped.note).toBeUndefined()
  })

  it('types an enumeration as the union of its item ids, in numeric order, with the captions in the note', () => {
    const mapped = mapType(
      'ufCrm_Region',
      field('enumeration', {
        items: [
          { id: '100', value: 'APAC' },
          { id: '46', value: 'US' },
          { id: '45', value: 'EU' },
          { id: '45', value: 'EU' },
        ],
      }),
    )
    expect(mapped.text).toBe("'45' | '46' | '100' | null")
    expect(mapped.members).toEqual(["'45'", "'46'", "'100'", 'null'])
    expect(mapped.note).toBe('45 = EU, 46 = US, 100 = APAC')
  })

  it('types an enumeration without items as string, and says so', () => {
    const mapped = mapType('ufCrm_Empty', field('enumeration', { items: [] }))
    expect(mapped.text).toBe('string | null')
    expect(mapped.note).toBe('enumeration without items')
  })

  it('types a multiple field as an array, enumerations as an array of the union', () => {
    expect(mapType('ufCrm_Tags', field('string', { isMultiple: true })).text).toBe('string[] | null')
    expect(mapType('ufCrm_Days', field('date', { isMultiple: true })).text).toBe('IsoDate[] | null')
    const regions = mapType(
      'ufCrm_Regions',
      field('enumeration', {
        isMultiple: true,
        items: [
          { id: '1', value: 'a' },
          { id: '2', value: 'b' },
        ],
      }),
    )
    expect(regions.text).toBe("('1' | '2')[] | null")
    expect(regions.members).toEqual([])
  })

  it('never makes id nullable', () => {
    expect(mapType('id', field('integer')).text).toBe('number')
  })

  it('types an unknown type as unknown with a comment, and file (no documented shape) too', () => {
    const unknownType = mapType('ufCrm_Room', field('resourcebooking'))
    expect(unknownType.text).toBe('unknown')
    expect(unknownType.note).toBe("typed unknown: 'resourcebooking' is not a type this generator knows")
    const file = mapType('ufCrm_Contract', field('file'))
    expect(file.text).toBe('unknown')
    expect(file.note).toBe('typed unknown: the docs show no value shape for file fields')
  })

  it('does not take inherited names for types', () => {
    expect(mapType('ufCrm_X', field('constructor')).text).toBe('unknown')
    expect(mapType('ufCrm_X', field('toString')).text).toBe('unknown')
  })

  it('marks integer, double and money (not multiple) as aggregatable, as the docs list them', () => {
    const aggregatable = (type: string, isMultiple = false) =>
      mapType('ufCrm_X', field(type, { isMultiple })).aggregatable
    expect([aggregatable('integer'), aggregatable('double'), aggregatable('money')]).toEqual([true, true, true])
    expect([
      aggregatable('string'),
      aggregatable('employee'),
      aggregatable('date'),
      aggregatable('integer', true),
    ]).toEqual([false, false, false, false])
  })
})

describe('isCustomField', () => {
  it('knows the user-field prefixes', () => {
    expect(['ufCrm_1742556744977', 'ufCrm128_Score', 'UF_CRM_BUDGET', 'UF_USR_1'].every(isCustomField)).toBe(true)
    expect(['id', 'title', 'uf', 'ufo', 'updatedBy'].some(isCustomField)).toBe(false)
  })
})
