// The type cost of a generated entity (DESIGN §8: the type-cost budget holds "for a generated 300-field
// entity"). The generator's own renderer writes a `deals` module from a synthetic `GET /v1/deals/fields`
// answer: the standard deal fields as the emulator describes them, plus custom fields up to 300, in a
// realistic mix of types (strings, numbers, money, dates, enumerations, ids, multiple and read-only
// ones). Then the same 200 typical deal queries, each with its own `type Row = InferRow<typeof q>`, are
// checked once on the built-in `deals` and once on the generated one, each net of its import-only
// baseline (so the generated module's own declarations are not counted against the queries).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { entityNames } from '../../src/generate/entity-names.js'
import { renderModule } from '../../src/generate/render.js'
import { createEmulator, DEMO_API_KEY } from '../../src/testing/index.js'
import { fieldsOf } from '../../src/wire/fields.js'
import { type Diagnostics, eachInTsc, type Measure, minus } from './measure.js'

/** The most 200 queries on the generated entity may cost, as a multiple of the same queries on the built-in. */
export const generatedEntityBudgetRatio = 2

/** How many fields the generated entity has, standard and custom together. */
export const generatedFieldCount = 300

/** The module's file name in the consumer project. */
const moduleFile = 'portal-deals.generated.ts'

/** A custom field's descriptor as `/fields` answers it. */
interface RawDescriptor {
  type: string
  isRequired: boolean
  isReadOnly: boolean
  isMultiple?: boolean
  title: string
  items?: { ID: string; VALUE: string }[]
}

/**
 * The custom field types, weighted roughly as portals have them: text first, then numbers, dates,
 * lists and bindings, a few multiple fields, a money field and a file.
 */
const customMix: readonly (Pick<RawDescriptor, 'type'> & { multiple?: boolean })[] = [
  { type: 'string' },
  { type: 'string' },
  { type: 'string' },
  { type: 'integer' },
  { type: 'double' },
  { type: 'enumeration' },
  { type: 'date' },
  { type: 'boolean' },
  { type: 'employee' },
  { type: 'string' },
  { type: 'datetime' },
  { type: 'money' },
  { type: 'crm_status' },
  { type: 'string', multiple: true },
  { type: 'url' },
  { type: 'enumeration', multiple: true },
  { type: 'crm' },
  { type: 'iblock_element' },
  { type: 'address' },
  { type: 'file' },
]

/** The name of custom field `n`, in the camel-cased `UF_CRM_<timestamp>` form the service answers. */
const customName = (n: number) => `ufCrm_${1742556700000 + n * 37}`

/** Custom field `n`'s descriptor: type from the mix, every 17th read-only, every 23rd required. */
function customDescriptor(n: number): RawDescriptor {
  const { type, multiple } = customMix[n % customMix.length] as (typeof customMix)[number]
  const size = 3 + (n % 6)
  return {
    type,
    isRequired: n % 23 === 5,
    isReadOnly: n % 17 === 3,
    ...(multiple ? { isMultiple: true } : {}),
    title: `Custom ${type} ${n}`,
    ...(type === 'enumeration'
      ? { items: Array.from({ length: size }, (_, k) => ({ ID: String(100 + n * 10 + k), VALUE: `Option ${k}` })) }
      : {}),
  }
}

/** The standard deal fields as the emulator's `GET /v1/deals/fields` describes them. */
async function standardDealFields(): Promise<Record<string, RawDescriptor>> {
  const response = await createEmulator({ counts: { deals: 0 } }).fetch('/v1/deals/fields', {
    headers: { 'X-Api-Key': DEMO_API_KEY },
  })
  const body = (await response.json()) as { data: { fields: Record<string, RawDescriptor> } }
  return body.data.fields
}

/** The first custom field of each type the queries use, by type. */
export interface CustomPicks {
  readonly string: string
  readonly double: string
  readonly date: string
  readonly enumeration: string
  readonly enumerationItems: readonly string[]
}

/**
 * The synthetic `/fields` answer of a 300-field deal entity, rendered by the generator into a module.
 *
 * @param fieldCount - How many fields in all (the standard ones, then custom ones up to it).
 * @returns The module's text and the custom fields the queries may use.
 */
export async function generatedDealsModule(
  fieldCount = generatedFieldCount,
): Promise<{ text: string; fieldCount: number; picks: CustomPicks }> {
  const fields: Record<string, RawDescriptor> = await standardDealFields()
  const standard = Object.keys(fields).length
  for (let n = 0; n < fieldCount - standard; n++) fields[customName(n)] = customDescriptor(n)
  const parsed = fieldsOf({
    status: 200,
    method: 'GET',
    path: '/v1/deals/fields',
    data: { fields },
    meta: undefined,
    redact: (text) => text,
  })
  const text = renderModule({
    command: 'npx vibecode-query generate --entities deals --out portal-deals.generated.ts',
    source: 'https://vibecode.bitrix24.tech',
    entities: [{ names: entityNames('deals'), fields: parsed.fields }],
  })
  const first = (type: string) => {
    const found = Object.entries(fields).find(
      ([name, descriptor]) => name.startsWith('ufCrm_') && descriptor.type === type && !descriptor.isMultiple,
    )
    if (found === undefined) throw new Error(`no single ${type} custom field`)
    return found
  }
  const [enumeration, enumerationDescriptor] = first('enumeration')
  const picks: CustomPicks = {
    string: first('string')[0],
    double: first('double')[0],
    date: first('date')[0],
    enumeration,
    enumerationItems: (enumerationDescriptor.items ?? []).map((item) => item.ID),
  }
  return { text, fieldCount: Object.keys(parsed.fields).length, picks }
}

/** The fields a deal query names: the standard ones, or custom ones of the same kinds. */
interface QueryFields {
  readonly date: string
  readonly enumeration: string
  readonly enumerationValues: readonly [string, string]
  readonly double: string
  readonly text: string
}

const standardFields: QueryFields = {
  date: 'createdAt',
  enumeration: 'stageId',
  enumerationValues: ['NEW', 'LOSE'],
  double: 'amount',
  text: 'title',
}

/** Deal query number `i`: five shapes in rotation, with varying literals. */
function dealQuery(i: number, f: QueryFields): string {
  const iso = `2026-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z`
  const [a, b] = f.enumerationValues
  const shapes = [
    `deals().where('${f.date}', '>=', '${iso}').where('${f.enumeration}', 'in', ['${a}', '${b}'])` +
      `.select('id', '${f.text}', '${f.double}')`,
    `deals().where('${f.double}', '>=', ${i}).where('${f.enumeration}', '!=', '${b}').orderBy('${f.date}', 'desc')` +
      `.select('id', '${f.double}', '${f.text}').limit(50)`,
    `deals().where((w) => w.or([w('${f.enumeration}', '${a}'), w('${f.text}', 'contains', 'x${i}')]))` +
      `.select('id', '${f.text}')`,
    `deals().where('${f.double}', '<', ${i * 10}).orderBy('${f.double}').select('id', '${f.text}', '${f.date}')` +
      `.limit(10)`,
    `deals().where('${f.text}', 'contains', 't${i}').where('${f.date}', '<', '${iso}')` +
      `.select('id', '${f.text}', '${f.enumeration}').offset(${i})`,
  ]
  return shapes[i % shapes.length] as string
}

/**
 * A workload of `count` deal queries, each with its own row type and a function that reads the row;
 * with `count` 0, the import-only baseline.
 *
 * @param source - Where `deals` comes from: the package, or the generated module.
 * @param count - How many queries.
 * @param fields - The fields the queries name.
 */
export function dealWorkload(source: 'built-in' | 'generated', count: number, fields = standardFields): string {
  const generatedModule = `./${moduleFile.replace(/\.ts$/, '.js')}`
  const lines = [
    source === 'built-in'
      ? `import { deals, type InferRow } from 'vibecode-query'`
      : `import type { InferRow } from 'vibecode-query'\nimport { deals } from '${generatedModule}'`,
  ]
  for (let i = 0; i < count; i++) {
    lines.push(`export const q${i} = ${dealQuery(i, fields)}`)
    lines.push(`export type Row${i} = InferRow<typeof q${i}>`)
    lines.push(`export const id${i} = (row: Row${i}) => row.id`)
  }
  if (count === 0) lines.push('export const baseline = deals')
  return `${lines.join('\n')}\n`
}

/** What {@link generatedEntityCost} measures. */
export interface GeneratedEntityCost {
  /** Fields of the generated entity. */
  fieldCount: number
  /** 200 deal queries on the built-in `deals`, net of its baseline. */
  builtIn: Diagnostics
  /** The same 200 queries on the generated `deals`, net of its baseline. */
  generated: Diagnostics
  /** 200 queries of the same shapes on the generated entity's custom fields, net of its baseline. */
  generatedCustom: Diagnostics
  /** What 200 more queries (400 over 200) cost on the built-in `deals`: the cost per query, alone. */
  builtInNext: Diagnostics
  /** What 200 more queries cost on the generated `deals`. */
  generatedNext: Diagnostics
  /** What importing the generated module costs beyond importing the built-in `deals`. */
  module: Diagnostics
  /** `generated` over `builtIn`, in instantiations: the budgeted ratio. */
  ratio: number
  /** `generatedNext` over `builtInNext`: the ratio once both entities have been used. */
  nextRatio: number
  /**
   * `generated` and `module` together over `builtIn`: the ratio with what importing the generated
   * module costs counted too, so that no cost can hide in the declarations the baseline checks.
   */
  withModuleRatio: number
}

/**
 * Writes the generated module into `consumer` and measures the workloads and both baselines.
 *
 * @param consumer - The consumer project of the packed package.
 * @param measure - How each workload is checked (each in its own tsc process, unless told).
 * @param fields - The generated entity's field count.
 */
export async function generatedEntityCost(
  consumer: string,
  measure: Measure = eachInTsc(consumer),
  fields = generatedFieldCount,
): Promise<GeneratedEntityCost> {
  const { text, fieldCount, picks } = await generatedDealsModule(fields)
  writeFileSync(join(consumer, moduleFile), text)
  const [a, b] = picks.enumerationItems
  if (a === undefined || b === undefined) throw new Error('the picked enumeration has fewer than two items')
  const custom: QueryFields = {
    date: picks.date,
    enumeration: picks.enumeration,
    enumerationValues: [a, b],
    double: picks.double,
    text: picks.string,
  }
  const jobs = {
    builtIn0: dealWorkload('built-in', 0),
    builtIn200: dealWorkload('built-in', 200),
    builtIn400: dealWorkload('built-in', 400),
    generated0: dealWorkload('generated', 0),
    generated200: dealWorkload('generated', 200),
    generated400: dealWorkload('generated', 400),
    custom200: dealWorkload('generated', 200, custom),
  }
  const names = Object.keys(jobs) as (keyof typeof jobs)[]
  const measured = await measure(names.map((name) => [`deals-${name}`, jobs[name]] as const))
  const of = (name: keyof typeof jobs) => measured[names.indexOf(name)] as Diagnostics
  const builtIn = minus(of('builtIn200'), of('builtIn0'))
  const generated = minus(of('generated200'), of('generated0'))
  const builtInNext = minus(of('builtIn400'), of('builtIn200'))
  const generatedNext = minus(of('generated400'), of('generated200'))
  const module = minus(of('generated0'), of('builtIn0'))
  return {
    fieldCount,
    builtIn,
    generated,
    generatedCustom: minus(of('custom200'), of('generated0')),
    builtInNext,
    generatedNext,
    module,
    ratio: generated.instantiations / builtIn.instantiations,
    nextRatio: generatedNext.instantiations / builtInNext.instantiations,
    withModuleRatio: (generated.instantiations + module.instantiations) / builtIn.instantiations,
  }
}
