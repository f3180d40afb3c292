// The generator against the library's own emulator, end to end: the emulator declares custom fields
// (an enumeration, a double, a date, a required string, a multiple string, a read-only string, a
// boolean on contacts) and serves them over HTTP on 127.0.0.1; the generator reads them as a function
// and through the CLI; a program type-checks against the module (operand types follow the custom
// fields, a multiple one is an array, typos and read-only fields — standard and custom — refused);
// `--check` passes, then fails against an emulator with one more field; and the generated entity's
// queries run against the same emulator with the library's client.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runGenerate } from '../../src/generate/cli.js'
import { generate, type Generated } from '../../src/generate/generate.js'
import { withoutHeader } from '../../src/generate/render.js'
import {
  createEmulator,
  DEMO_API_KEY,
  type CustomField,
  type Emulator,
  type EmulatorRow,
  type EmulatorServer,
} from '../../src/testing/index.js'
import { packedCli, usePackedPackage } from '../packed-package.js'
import { runCommand, typeCheck, writeRunConfig } from './toolchain.js'

const packed = usePackedPackage()

const customFields: Record<string, Record<string, CustomField>> = {
  deals: {
    ufCrm_Region: {
      type: 'enumeration',
      title: 'Region',
      items: [
        { ID: '45', VALUE: 'EU' },
        { ID: '46', VALUE: 'US' },
      ],
    },
    ufCrm_Budget: { type: 'double', title: 'Budget' },
    ufCrm_Due: { type: 'date', title: 'Due date' },
    ufCrm_Note: { type: 'string', title: 'Note', isRequired: true },
    ufCrm_Tags: { type: 'string', title: 'Tags', isMultiple: true },
    ufCrm_Code: { type: 'string', title: 'External code', isReadOnly: true },
  },
  contacts: { ufCrm_Vip: { type: 'boolean', title: 'VIP' } },
}

/** Deals with custom values, beside the 300 seeded ones (whose custom fields are empty). */
const dealsWithCustomValues: EmulatorRow[] = [
  { title: 'E2E 1', ufCrm_Region: '45', ufCrm_Budget: 1500.5, ufCrm_Due: '2026-03-10', ufCrm_Note: 'a' },
  { title: 'E2E 2', ufCrm_Region: '45', ufCrm_Budget: 999, ufCrm_Due: '2026-09-10', ufCrm_Note: 'b' },
  { title: 'E2E 3', ufCrm_Region: '46', ufCrm_Budget: 20_000, ufCrm_Due: '2026-05-01', ufCrm_Note: 'c' },
  { title: 'E2E 4', ufCrm_Region: '45', ufCrm_Budget: 7000, ufCrm_Due: '2026-12-24', ufCrm_Note: 'd' },
  { title: 'E2E 5', ufCrm_Region: '46', ufCrm_Budget: 12.25, ufCrm_Due: '2026-01-15', ufCrm_Note: 'e' },
  { title: 'E2E 6', ufCrm_Region: null, ufCrm_Budget: 5000, ufCrm_Due: null, ufCrm_Note: 'f' },
]

let emulator: Emulator
let server: EmulatorServer
let dir: string
let generated: Generated
const entities = ['deals', 'contacts']
beforeAll(async () => {
  emulator = createEmulator({ customFields })
  emulator.insert('deals', dealsWithCustomValues)
  server = await emulator.listen({ port: 0 })
  dir = await mkdtemp(join(tmpdir(), 'vibecode-generate-emulator-'))
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n')
  // The generator as a function; the tests below read its module.
  generated = await generate({ apiKey: DEMO_API_KEY, baseUrl: server.url, entities })
  await writeFile(join(dir, 'emulator.generated.ts'), generated.text)
})
afterAll(async () => {
  await server?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

const program = `import type { InferRow, IsoDate } from 'vibecode-query'
import { contacts, deals, type DealSchema } from './emulator.generated.js'

const query = deals()
  .where('ufCrm_Region', 'in', ['45', '46'])
  .where('ufCrm_Budget', '>=', 1000)
  .where('ufCrm_Due', '<', new Date('2027-01-01'))
  .where('ufCrm_Note', 'contains', 'urgent')
  .orderBy('ufCrm_Due', 'desc')
  .select('id', 'title', 'ufCrm_Region', 'ufCrm_Budget', 'ufCrm_Due')
type Row = InferRow<typeof query>
declare const row: Row
type Is<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false
export const shape: Is<Row, {
  id: number
  title: string | null
  ufCrm_Region: '45' | '46' | null
  ufCrm_Budget: number | null
  ufCrm_Due: IsoDate | null
}> = true
export const region: '45' | '46' | null = row.ufCrm_Region
export const isoDue = deals().where('ufCrm_Due', '>=', '2026-01-01T00:00:00Z')
export const vips = contacts().where('ufCrm_Vip', true).select('id', 'ufCrm_Vip')
export const sums = deals().aggregate({ ufCrm_Budget: ['sum', 'avg'] }).groupBy('ufCrm_Region')

// @ts-expect-error: a typo in a custom field's name
deals().where('ufCrm_Regoin', '45')
// @ts-expect-error: a typo in a selected custom field
deals().select('id', 'ufCrm_Budgte')
// @ts-expect-error: not one of the enumeration's item ids
deals().where('ufCrm_Region', 'EU')
// @ts-expect-error: a double takes a number
deals().where('ufCrm_Budget', '>=', '1000')
// @ts-expect-error: a date takes a Date or an ISO 8601 string
deals().where('ufCrm_Due', '<', 5)
// @ts-expect-error: a boolean takes a boolean
contacts().where('ufCrm_Vip', 'Y')
// @ts-expect-error: an enumeration is not aggregatable
deals().aggregate({ ufCrm_Region: ['sum'] })

export const created = deals.create({ title: 'Big one', ufCrm_Note: 'n', ufCrm_Region: '45', ufCrm_Budget: 10 })
// @ts-expect-error: ufCrm_Note is required
deals.create({ title: 'Big one' })
// @ts-expect-error: createdAt is read-only on this portal
deals.create({ title: 'Big one', ufCrm_Note: 'n', createdAt: '2026-01-01T00:00:00Z' })
// @ts-expect-error: stageSemanticId is read-only on this portal
deals.update(1, { stageSemanticId: 'S' })

// @ts-expect-error: ufCrm_Code is a read-only custom field
deals.create({ title: 'Big one', ufCrm_Note: 'n', ufCrm_Code: 'X-1' })
// @ts-expect-error: ufCrm_Code is a read-only custom field
deals.update(1, { ufCrm_Code: 'X-1' })
// @ts-expect-error: a multiple field takes an array
deals.update(1, { ufCrm_Tags: 'vip' })
export const tagged = deals.update(1, { ufCrm_Tags: ['vip', 'eu'] })
const withTags = deals().select('id', 'ufCrm_Tags', 'ufCrm_Code')
declare const tagRow: InferRow<typeof withTags>
export const tags: Is<typeof tagRow.ufCrm_Tags, string[] | null> = true
export const externalCode: Is<typeof tagRow.ufCrm_Code, string | null> = true

export const readOnly: Is<
  Extract<DealSchema['readOnly'], 'createdAt' | 'stageSemanticId' | 'ufCrm_Note' | 'ufCrm_Code' | 'ufCrm_Tags'>,
  'createdAt' | 'stageSemanticId' | 'ufCrm_Code'
> = true
export const required: Is<Extract<DealSchema['required'], \`ufCrm_\${string}\`>, 'ufCrm_Note'> = true
export const aggregatable: Is<Extract<DealSchema['aggregatable'], \`ufCrm_\${string}\`>, 'ufCrm_Budget'> = true
`

const run = `import { createClient } from 'vibecode-query'
import { deals } from './emulator.generated.js'

const client = createClient({
  apiKey: process.env.VIBECODE_API_KEY ?? '',
  baseUrl: process.env.VIBECODE_BASE_URL ?? '',
  rateLimit: false,
  retry: false,
  timeoutMs: 10_000,
})
const euFromThousand = await client.execute(
  deals()
    .where('ufCrm_Region', '45')
    .where('ufCrm_Budget', '>=', 1000)
    .orderBy('id')
    .select('id', 'title', 'ufCrm_Budget'),
)
const dueBeforeJuly = await client.execute(
  deals().where('ufCrm_Due', '<', new Date('2026-07-01T00:00:00Z')).orderBy('id').select('id', 'ufCrm_Due'),
)
const us = await client.execute(deals().where('ufCrm_Region', '46').count())
const byRegion = await client.execute(
  deals().where('ufCrm_Region', 'in', ['45', '46']).aggregate({ ufCrm_Budget: ['sum'] }).groupBy('ufCrm_Region'),
)
const groups = byRegion.groups.map((group) => ({
  region: group.ufCrm_Region,
  count: group.count,
  sum: group.aggregates.ufCrm_Budget.sum,
}))
const { id } = await client.execute(
  deals.create({ title: 'Made by the generated entity', ufCrm_Note: 'z', ufCrm_Region: '46', ufCrm_Budget: 42.5 }),
)
const made = await client.execute(deals.get(id))
const created = { id, title: made.title, region: made.ufCrm_Region, budget: made.ufCrm_Budget, note: made.ufCrm_Note }
console.log(JSON.stringify({ euFromThousand, dueBeforeJuly, us, groups, created }))
`

describe('generate against the emulator, end to end over HTTP on 127.0.0.1', () => {
  const list = entities.join(',')
  const env = () => ({ VIBECODE_API_KEY: DEMO_API_KEY, VIBECODE_BASE_URL: server.url })

  it('writes a module that a program type-checks against: operands follow the custom fields', async () => {
    expect(generated.entities).toEqual(['contacts', 'deals'])
    expect(generated.text).toContain("  ufCrm_Region: '45' | '46' | null\n")
    expect(generated.text).toContain('  /** Note (string, required) */\n  ufCrm_Note: string | null\n')
    expect(generated.text).toContain('  /** Tags (string, multiple) */\n  ufCrm_Tags: string[] | null\n')
    expect(generated.text).toContain(
      "    | 'updatedBy'\n    | 'ufCrm_Code'\n    | Extract<BuiltInDealSchema['readOnly']",
    )
    await writeFile(join(dir, 'program.ts'), program)
    expect(await typeCheck([join(dir, 'program.ts')], dir)).toEqual([])
  }, 60_000)

  it('gives the same module through the CLI; --check passes, then fails once the portal adds a field', async () => {
    const out = join(dir, 'cli.generated.ts')
    const cli = (args: string[]) => runCommand(process.execPath, [packedCli(packed()), 'generate', ...args], env())
    const written = await cli(['--entities', list, '--out', out])
    expect(written.stderr).toContain(`Wrote ${out}: 2 entities (contacts, deals)`)
    expect(written.code).toBe(0)
    const text = await readFile(out, 'utf8')
    expect(withoutHeader(text)).toBe(withoutHeader(generated.text))

    const check = await cli(['-e', list, '-o', out, '--check'])
    expect(check.stderr).toContain(`${out} matches the portal`)
    expect(check.code).toBe(0)

    const deals = { ...customFields.deals, ufCrm_Added: { type: 'integer', title: 'Added' } } as const
    const grown = await createEmulator({ customFields: { ...customFields, deals } }).listen({ port: 0 })
    try {
      let stdout = ''
      let stderr = ''
      const code = await runGenerate(['--entities', list, '--out', out, '--check'], {
        env: { VIBECODE_API_KEY: DEMO_API_KEY, VIBECODE_BASE_URL: grown.url },
        stdout: (t) => void (stdout += t),
        stderr: (t) => void (stderr += t),
      })
      expect(stderr).toContain(`${out} no longer matches the portal`)
      expect(code).toBe(1)
      expect(stdout).toContain('+   /** Added (integer) */\n+   ufCrm_Added: number | null')
      expect(stdout).toContain("+     'updatedBy', 'ufCrm_Added', 'ufCrm_Budget',")
      expect(await readFile(out, 'utf8')).toBe(text)
    } finally {
      await grown.close()
    }
  }, 60_000)

  it("runs the generated entity's queries against the same emulator with the library's client", async () => {
    const tsconfig = await writeRunConfig(dir)
    await writeFile(join(dir, 'run.ts'), run)
    const before = emulator.count('deals')
    const result = await runCommand(process.execPath, ['--import', 'tsx', join(dir, 'run.ts')], {
      ...env(),
      TSX_TSCONFIG_PATH: tsconfig,
    })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const answer = JSON.parse(result.stdout) as Record<string, unknown>

    const rows = emulator.rows('deals')
    const custom = rows.filter((row) => typeof row.title === 'string' && row.title.startsWith('E2E '))
    expect(custom).toHaveLength(dealsWithCustomValues.length)
    const eu = custom.filter((row) => row.ufCrm_Region === '45' && Number(row.ufCrm_Budget) >= 1000)
    expect(answer.euFromThousand).toEqual(eu.map(({ id, title, ufCrm_Budget }) => ({ id, title, ufCrm_Budget })))
    expect((answer.euFromThousand as unknown[]).map((row) => (row as EmulatorRow).title)).toEqual(['E2E 1', 'E2E 4'])
    const july = Date.parse('2026-07-01T00:00:00Z')
    const due = custom.filter((row) => typeof row.ufCrm_Due === 'string' && Date.parse(row.ufCrm_Due) < july)
    expect(answer.dueBeforeJuly).toEqual(due.map(({ id, ufCrm_Due }) => ({ id, ufCrm_Due })))
    expect(due).toHaveLength(3)
    expect(answer.us).toBe(2)
    expect(answer.groups).toEqual([
      { region: '45', count: 3, sum: 1500.5 + 999 + 7000 },
      { region: '46', count: 2, sum: 20_000 + 12.25 },
    ])

    expect(emulator.count('deals')).toBe(before + 1)
    const made = emulator.rows('deals').at(-1) as EmulatorRow
    const title = 'Made by the generated entity'
    expect(answer.created).toEqual({ id: made.id, title, region: '46', budget: 42.5, note: 'z' })
    expect(made).toMatchObject({ ufCrm_Region: '46', ufCrm_Budget: 42.5, ufCrm_Note: 'z', ufCrm_Due: null })
  }, 60_000)
})
