// The generated module's text: order, schema lists, escaping of what the portal says, imports.
import { describe, expect, it } from 'vitest'
import { entityNames } from '../../src/generate/entity-names.js'
import { renderModule, withoutHeader, type EntityModel } from '../../src/generate/render.js'
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

const dealFields: Record<string, FieldDescriptor> = {
  ufCrm_Region: field('enumeration', {
    title: 'Region',
    items: [
      { id: '45', value: 'EU' },
      { id: '46', value: 'US' },
    ],
  }),
  title: field('string', { title: 'Title' }),
  id: field('integer', { isReadOnly: true }),
  ufCrm_Budget: field('double'),
  ufCrm_Computed: field('integer', { isReadOnly: true }),
  ufCrm_Manager: field('employee', { isRequired: true }),
  amount: field('double'),
}

const model = (entities: EntityModel[]) => ({
  command: 'npx vibecode-query generate --out x.ts',
  source: 'https://vibecode.bitrix24.tech',
  entities,
})
const deals = (fields: Record<string, FieldDescriptor> = dealFields): EntityModel => ({
  names: entityNames('deals'),
  fields,
})

describe('renderModule', () => {
  it('gives the same bytes whatever order the portal lists fields and entities in', () => {
    const reversed = Object.fromEntries(Object.entries(dealFields).reverse())
    const contacts: EntityModel = {
      names: entityNames('contacts'),
      fields: { name: field('string'), id: field('integer') },
    }
    const one = renderModule(model([deals(), contacts]))
    expect(renderModule(model([contacts, deals(reversed)]))).toBe(one)
    // id, then standard fields, then custom ones, each in code-unit order; contacts before deals.
    const order = [...one.matchAll(/^ {2}(\w+): /gm)].map((match) => match[1])
    expect(order).toEqual([
      'id',
      'name',
      'id',
      'amount',
      'title',
      'ufCrm_Budget',
      'ufCrm_Computed',
      'ufCrm_Manager',
      'ufCrm_Region',
    ])
  })

  it('lists read-only fields in readOnly, required writable ones in required, custom numbers in aggregatable', () => {
    const text = renderModule(model([deals()]))
    expect(text).toContain(
      "readonly readOnly: 'id' | 'ufCrm_Computed' | Extract<BuiltInDealSchema['readOnly'], keyof Deal>",
    )
    expect(text).toContain("readonly required: 'ufCrm_Manager' | Extract<BuiltInDealSchema['required'], keyof Deal>")
    expect(text).toContain(
      "readonly aggregatable: Extract<BuiltInDealSchema['aggregatable'], keyof Deal> | " +
        "'ufCrm_Budget' | 'ufCrm_Computed'\n",
    )
    // The fields where and orderBy take: the standard ones by the library's rules, custom ones by name.
    expect(text).toContain("type DealStandardField = 'id' | 'amount' | 'title'\n")
    expect(text).toContain(
      '  readonly filterable:\n' +
        "    | FilterableField<Pick<Deal, DealStandardField>, DealSchema['unfilterable']>\n" +
        "    | 'ufCrm_Budget'\n    | 'ufCrm_Computed'\n    | 'ufCrm_Manager'\n    | 'ufCrm_Region'\n" +
        "  readonly orderable:\n    | OrderableField<Pick<Deal, DealStandardField>>\n    | 'ufCrm_Budget'\n",
    )
    // Standard fields keep the built-in's documented types; custom ones are typed from the descriptor.
    expect(text).toContain("  title: Documented<BuiltInDeal, 'title', string | null>")
    expect(text).toContain("  ufCrm_Region: '45' | '46' | null")
    expect(text).toContain('/** Region (enumeration): 45 = EU, 46 = US */')
    expect(text).toContain(
      "fieldNames<DealSchema>('deals', [\n" +
        "    'id', 'amount', 'title', 'ufCrm_Budget', 'ufCrm_Computed', 'ufCrm_Manager', 'ufCrm_Region',\n" +
        '  ]),',
    )
  })

  it('writes a hostile caption or id as inert text', () => {
    const text = renderModule(
      model([
        deals({
          id: field('integer'),
          'ufCrm_odd-name': field('enumeration', {
            title: 'a */ alert(1) /*\nnext',
            items: [{ id: "it's", value: 'x */ y' }],
          }),
        }),
      ]),
    )
    expect(text).toContain("/** a *\\/ alert(1) /* next (enumeration): it's = x *\\/ y */")
    expect(text).toContain("  'ufCrm_odd-name': 'it\\'s' | null")
    expect(text).toContain("'ufCrm_odd-name',")
    expect(text.match(/\*\//g)?.length).toBe(text.match(/\/\*\*/g)?.length)
  })

  it('types an entity the library does not have with every operation and its own rules', () => {
    const names = entityNames('calendar-events')
    expect(names).toMatchObject({
      exportName: 'calendarEvents',
      typeName: 'CalendarEvent',
      builtIn: undefined,
      operations: undefined,
    })
    const text = renderModule(
      model([
        {
          names,
          fields: { id: field('integer', { isReadOnly: true }), duration: field('integer'), when: field('datetime') },
        },
      ]),
    )
    const imports = [
      'defineEntity',
      'everyOperation',
      'fieldNames',
      'type Entity',
      'type EntityOperation',
      'type EntitySchema',
      'type IsoDateTime',
    ]
    expect(text).toContain(`import {\n${imports.map((name) => `  ${name},\n`).join('')}} from 'vibecode-query'`)
    expect(text).toContain('  duration: number | null')
    expect(text).toContain("  readonly aggregatable: 'duration'")
    expect(text).toContain('  readonly groupable: keyof CalendarEvent')
    expect(text).toContain('  readonly relations: {}')
    expect(text).toContain('  everyOperation,')
    expect(text).not.toContain('Documented')
  })

  it('declares Money and imports library types only when a field uses them', () => {
    const plain = renderModule(model([deals({ id: field('integer'), title: field('string') })]))
    expect(plain).not.toMatch(/Money|IsoDateTime|Multifield/)
    const money = renderModule(model([deals({ id: field('integer'), ufCrm_Price: field('money') })]))
    expect(money).toContain('export type Money = `${number}|${string}`')
    expect(money).toContain('  ufCrm_Price: Money | null')
  })

  it('names a smart process after its id and gives it the members of the built-in items entity', () => {
    const names = entityNames('items/128')
    expect(names).toMatchObject({ exportName: 'items128', typeName: 'Item128', builtIn: 'Item' })
    expect(names.operations).toContain('fields')
    const text = renderModule(model([{ names, fields: { id: field('number'), ufCrm128_Score: field('integer') } }]))
    expect(text).toContain(
      "export const items128: Entity<Item128Schema> = defineEntity<Item128Schema>(\n  'items/128',\n  [",
    )
  })

  it('starts with a header naming the command and the source, which --check leaves out', () => {
    const text = renderModule(model([deals()]))
    expect(text.split('\n')[0]).toBe('// Generated by `npx vibecode-query generate --out x.ts`')
    expect(text.split('\n')[1]).toContain('from https://vibecode.bitrix24.tech.')
    const other = renderModule({
      ...model([deals()]),
      command: 'npx vibecode-query generate --out y.ts',
      source: 'http://127.0.0.1:1',
    })
    expect(other).not.toBe(text)
    expect(withoutHeader(other)).toBe(withoutHeader(text))
    expect(withoutHeader(text).startsWith('import {')).toBe(true)
  })
})
