// From a portal on 127.0.0.1 to a program that type-checks against the generated module: generate as
// a function and as the CLI (the packed package's bin), type-check a program with the repo's
// TypeScript (`vibecode-query` mapped to src/index.ts), run one (a typo refused at run time), then
// `--check`: up to date, and stale once the portal adds a field.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runGenerate } from '../../src/generate/cli.js'
import { withoutHeader } from '../../src/generate/render.js'
import { portalEntities, startFixturePortal, type FixturePortal } from './fixture-portal.js'
import { packedCli, usePackedPackage } from '../packed-package.js'
import { runCommand, typeCheck, writeRunConfig } from './toolchain.js'

const packed = usePackedPackage()

const KEY = 'vibe_api_end_to_end_0123456789'

let portal: FixturePortal
let dir: string
beforeAll(async () => {
  portal = await startFixturePortal({ key: KEY, entities: portalEntities() })
  dir = await mkdtemp(join(tmpdir(), 'vibecode-generate-'))
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n')
})
afterAll(async () => {
  await portal.close()
  await rm(dir, { recursive: true, force: true })
})

const env = () => ({ VIBECODE_API_KEY: KEY, VIBECODE_BASE_URL: portal.url })

async function generate(argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runGenerate(argv, {
    env: env(),
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  })
  return { code, stdout, stderr }
}

const program = `import type { InferRow } from 'vibecode-query'
import { contacts, deals, items128, type Deal, type DealSchema } from './vibecode.generated.js'

const query = deals()
  .where('ufCrm_Budget', '>=', 1000)
  .where('ufCrm_Region', 'in', ['45', '46'])
  .where('ufCrm_Due', '<', new Date('2027-01-01'))
  .where('stageId', 'WON')
  .select('id', 'title', 'ufCrm_Region', 'ufCrm_Tags', 'ufCrm_Price')
type Row = InferRow<typeof query>
declare const row: Row
export const region: '45' | '46' | null = row.ufCrm_Region
export const tags: string[] | null = row.ufCrm_Tags
export const price: \`\${number}|\${string}\` | null = row.ufCrm_Price
export const vips = contacts().where('ufCrm_Vip', true)
export const scored = items128().where('ufCrm128_Score', '>', 3).orderBy('ufCrm128_Score', 'desc')

// @ts-expect-error: a typo in a custom field's name
deals().where('ufCrm_Regoin', '45')
// @ts-expect-error: not one of the enumeration's item ids
deals().where('ufCrm_Region', '47')
// @ts-expect-error: a double takes a number
deals().where('ufCrm_Budget', '>=', '1000')
// @ts-expect-error: a date takes a Date or an ISO 8601 string
deals().where('ufCrm_Due', '<', 5)

export const created = deals.create({ title: 'Big one', ufCrm_Manager: 7, ufCrm_Region: '45' })
// @ts-expect-error: ufCrm_Computed is read-only
deals.create({ title: 'Big one', ufCrm_Manager: 7, ufCrm_Computed: 5 })
// @ts-expect-error: ufCrm_Manager is required
deals.create({ title: 'Big one' })

type Is<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false
export const readOnly: Is<Extract<DealSchema['readOnly'], \`ufCrm_\${string}\`>, 'ufCrm_Computed'> = true
type CustomAggregatable = Extract<DealSchema['aggregatable'], \`ufCrm_\${string}\`>
export const aggregatable: Is<CustomAggregatable, 'ufCrm_Budget' | 'ufCrm_Computed' | 'ufCrm_Price'> = true
export const unknownType: Is<Deal['ufCrm_Room'], unknown> = true
export const documented: Is<Deal['contactIds'], number[] | null> = true
`

const run = `import { deals } from './vibecode.generated.js'
try {
  deals().where('ufCrm_Regoin' as never, '45' as never)
  console.log('not refused')
} catch (error) {
  console.log(\`\${(error as Error).name}: \${(error as Error).message}\`)
}
console.log(JSON.stringify(deals().where('ufCrm_Region', '45').select('id', 'ufCrm_Region').toBody()))
`

describe('generate, end to end over HTTP on 127.0.0.1', () => {
  const entities = 'deals,contacts,items/128'

  it('writes a module that a program type-checks against, typos and wrong operands rejected', async () => {
    const out = join(dir, 'vibecode.generated.ts')
    const { code, stderr } = await generate(['--entities', entities, '--out', out])
    expect(stderr).toContain(`Wrote ${out}: 3 entities (contacts, deals, items/128), 23 fields.`)
    expect(code).toBe(0)
    const text = await readFile(out, 'utf8')
    expect(text).not.toContain(KEY)
    await writeFile(join(dir, 'program.ts'), program)
    expect(await typeCheck([join(dir, 'program.ts')], dir)).toEqual([])
  })

  it('refuses an unknown field from a JavaScript caller at run time, before sending', async () => {
    const tsconfig = await writeRunConfig(dir)
    await writeFile(join(dir, 'run.ts'), run)
    const before = portal.requests.length
    const result = await runCommand(process.execPath, ['--import', 'tsx', join(dir, 'run.ts')], {
      TSX_TSCONFIG_PATH: tsconfig,
    })
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(
      'QueryError: where("ufCrm_Regoin"): not a field of deals; did you mean "ufCrm_Region"?\n' +
        '{"filter":{"ufCrm_Region":"45"},"select":["id","ufCrm_Region"]}\n',
    )
    expect(portal.requests.length).toBe(before)
  })

  it('gives the same module through the CLI, and --check tells when the portal has changed', async () => {
    const out = join(dir, 'cli.generated.ts')
    const cli = (args: string[]) => runCommand(process.execPath, [packedCli(packed()), 'generate', ...args], env())
    const written = await cli(['--entities', entities, '--out', out])
    expect(written.stderr).toContain(`Wrote ${out}`)
    expect(written.code).toBe(0)
    const text = await readFile(out, 'utf8')
    expect(text.split('\n')[0]).toBe(
      `// Generated by \`npx vibecode-query generate --entities contacts,deals,items/128 --out ${out}\``,
    )
    expect(withoutHeader(text)).toBe(withoutHeader(await readFile(join(dir, 'vibecode.generated.ts'), 'utf8')))

    const fresh = await generate(['--entities', entities, '--out', out, '--check'])
    expect(fresh.stderr).toContain(`${out} matches the portal`)
    expect(fresh.code).toBe(0)

    const deals = portal.entities.get('deals')!
    portal.entities.set('deals', {
      ...deals,
      fields: {
        ...deals.fields,
        ufCrm_Added: { type: 'integer', isRequired: false, isReadOnly: false, title: 'Added' },
      },
    })
    try {
      const stale = await cli(['--entities', entities, '--out', out, '--check'])
      expect(stale.code).toBe(1)
      expect(stale.stdout).toContain('+   /** Added (integer) */\n+   ufCrm_Added: number | null')
      expect(stale.stdout).toMatch(/^@@ line \d+ @@$/m)
      expect(stale.stderr).toContain(`${out} no longer matches the portal`)
      expect(await readFile(out, 'utf8')).toBe(text)
    } finally {
      portal.entities.set('deals', deals)
    }
  })
})
