// The generator lists the fields `where` and `orderBy` take in each schema (`filterable`, `orderable`),
// so that the compiler reads them rather than working them out from 300 field types. Those lists must
// be exactly what the library would work out: a module with every descriptor type, single and
// multiple, for a built-in entity and for one the library lacks, is type-checked against
// FilterableField and OrderableField of its own rows.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { entityNames } from '../../src/generate/entity-names.js'
import { renderModule } from '../../src/generate/render.js'
import type { FieldDescriptor } from '../../src/wire/fields.js'
import { typeCheck } from './toolchain.js'

const types = [
  'string',
  'text',
  'char',
  'url',
  'address',
  'crm',
  'crm_status',
  'crm_currency',
  'integer',
  'double',
  'number',
  'employee',
  'user',
  'iblock_section',
  'iblock_element',
  'crm_category',
  'crm_company',
  'crm_contact',
  'crm_deal',
  'crm_lead',
  'crm_quote',
  'boolean',
  'date',
  'datetime',
  'money',
  'crm_multifield',
  'file',
  'no_such_type',
  'enumeration',
]

const field = (type: string, isMultiple: boolean, items = true): FieldDescriptor => ({
  type,
  isRequired: false,
  isReadOnly: false,
  isMultiple,
  title: undefined,
  items:
    type === 'enumeration' && items
      ? [
          { id: '1', value: 'a' },
          { id: '2', value: 'b' },
        ]
      : undefined,
})

/** Every type, single and multiple, under names with `prefix`; an enumeration without items too. */
function everyType(prefix: string): Record<string, FieldDescriptor> {
  const fields: Record<string, FieldDescriptor> = { id: field('integer', false) }
  for (const type of types) {
    fields[`${prefix}${type}`] = field(type, false)
    fields[`${prefix}${type}_multiple`] = field(type, true)
  }
  fields[`${prefix}bare_enumeration`] = field('enumeration', false, false)
  return fields
}

// Deals: the standard fields as the library types them (one of them a list of ids the service does
// not filter on), beside custom ones of every type.
const dealFields = { ...everyType('ufCrm_'), title: field('string', false), contactIds: field('integer', false) }

const program = `import type { FilterableField, OrderableField } from 'vibecode-query'
import type { CalendarEvent, CalendarEventSchema, Deal, DealSchema } from './every.generated.js'

type Is<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false
export const dealWhere: Is<DealSchema['filterable'], FilterableField<Deal, DealSchema['unfilterable']>> = true
export const dealOrder: Is<DealSchema['orderable'], OrderableField<Deal>> = true
export const eventWhere: Is<CalendarEventSchema['filterable'], FilterableField<CalendarEvent>> = true
export const eventOrder: Is<CalendarEventSchema['orderable'], OrderableField<CalendarEvent>> = true
export const listsSomething: Is<Extract<DealSchema['filterable'], 'contactIds' | 'ufCrm_file'>, never> = true
`

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vibecode-field-lists-'))
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n')
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe("a generated schema's field lists", () => {
  it('are exactly what the library works out from the row, for every descriptor type', async () => {
    const text = renderModule({
      command: 'npx vibecode-query generate --out every.generated.ts',
      source: 'https://vibecode.bitrix24.tech',
      entities: [
        { names: entityNames('deals'), fields: dealFields },
        { names: entityNames('calendar-events'), fields: everyType('') },
      ],
    })
    await writeFile(join(dir, 'every.generated.ts'), text)
    await writeFile(join(dir, 'program.ts'), program)
    expect(await typeCheck([join(dir, 'program.ts')], dir)).toEqual([])
  }, 60_000)
})
