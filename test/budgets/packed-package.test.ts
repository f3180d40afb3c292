// The deterministic budgets of DESIGN.md §8, measured as a user meets the package: `npm pack` into a
// temp dir, the tarball installed into a temp consumer project, its `.d.ts` files type-checked cold
// and its `dist/esm` bundled from there (bench/lib/packed-package.ts). Speed budgets stay in
// `npm run bench`: timings are not deterministic.
//
// Type cost: 200 typical queries, each with its own `type Row = InferRow<typeof q>`, cost at most
// 0.35× the instantiations of the lighter of Kysely and postgrest-js writing the same queries over
// the same columns, and 800 queries at most 4.2× the cost of 200.
//
// Generated entity: the same 200 deal queries on a generated 300-field `deals` (the generator's
// renderer over a synthetic `/fields` answer) cost at most 2× what they cost on the built-in `deals`:
// 0.86× (4,310 vs 5,016 instantiations; 2.17× before, when the first `where` and `orderBy` worked out
// the entity's field lists over all 300 fields, ~21 instantiations per field). The generated schema
// now lists the fields `where` and `orderBy` take (`filterable`, `orderable`), which the builder reads
// instead of mapping over the row; only its standard fields' lists are still worked out, when the
// module is checked. So the budget holds with importing the module counted too: 1.11× (+1,254). Past
// the first query a query costs exactly what it costs on the built-in (checked below).
//
// TypeScript 7: the packed types, without `skipLibCheck`, compile under the TypeScript 7 the
// repository pins (the `typescript7` devDependency), with no network.
//
// Bundle: the budgets (core 5,120 B, whole library 9 KB) are NOT met. The entity members fixed by
// DESIGN §1 (`deals.get`, `deals.create`, …, `deals.fields`) ship with every entity a bundle
// imports, so "an operation not imported costs 0 B" cannot hold for them; a product decision is
// pending (see the closing notes of issue 10). Until then both checks are ratchets: each fails as
// soon as its bundle grows, so growth is a deliberate change that moves the number here, in a
// commit that says why. Lower them whenever the bundles shrink.
import { beforeAll, describe, expect, it } from 'vitest'
import {
  bundleBudgetBytes,
  coreBundleSize,
  coreParts,
  coreWithout,
  requiredParts,
  wholeBudgetBytes,
  wholeBundleSize,
} from '../../bench/bundle.js'
import { usePackedPackage } from '../packed-package.js'
import {
  eachInTsc,
  inOneProcess,
  linearityBudgetRatio,
  type Measure,
  typeCost,
  typeCostBudgetRatio,
  type TypeCost,
} from '../../bench/type-cost/measure.js'
import { workload } from '../../bench/type-cost/generate.js'
import { referenceTables } from '../../bench/type-cost/reference-tables.js'
import { checkTypeScript7 } from '../../bench/type-cost/typescript7.js'
import {
  generatedEntityBudgetRatio,
  generatedEntityCost,
  generatedFieldCount,
  type GeneratedEntityCost,
} from '../../bench/type-cost/generated-entity.js'

/**
 * The core bundle's gzipped size when the ratchet was last set: entities with every member (get,
 * create, …, aggregate), the checks that turn hostile input and options into clear errors, and
 * the hostile-network defences (redirect refusal, the body cap, safe causes, strict Retry-After)
 * and the hostile-input ones (the whole-filter OR bound, Dates kept as their time). It grew by 253 B
 * when dates were formatted from their time by arithmetic (`wire/iso-string.ts`) and a query
 * without conditions shared its OR count, which took the builder from about 2.6× to about 3.3×
 * Kysely's compile (`npm run bench -- builder`).
 */
const ratchetBytes = 12_811
/**
 * The whole library's gzipped size when the ratchet was last set. It grew by 46 B when `fieldNames`
 * dropped its own edit distance for the one the CLI uses (`closest`, which counts a swap of
 * neighbours as one edit, so `ufCrm_Regoin` is one edit from `ufCrm_Region`), and by 266 B with
 * the date formatting and the shared OR count above.
 */
const wholeRatchetBytes = 15_931

const packed = usePackedPackage()

// Every workload is checked in a fresh program of one process, the libraries' files parsed once:
// about half the time of a tsc process each (the bench's way), with the same counts (checked below).
let measure: Measure | undefined
const inProcess = () => {
  measure ??= inOneProcess(packed().consumer)
  return measure
}

it('counts in one process the instantiations and types a tsc process counts', { timeout: 60_000 }, async () => {
  const job = ['ours-200', workload('ours', 200, referenceTables(packed().consumer))] as const
  const [[warm], [cold]] = await Promise.all([inProcess()([job]), eachInTsc(packed().consumer)([job])])
  expect(warm?.instantiations).toBeGreaterThan(1000)
  expect(warm?.instantiations).toBe(cold?.instantiations)
  expect(warm?.types).toBe(cold?.types)
})

describe('type-check cost of the packed types', () => {
  let cost: TypeCost
  beforeAll(async () => {
    cost = await typeCost(packed().consumer, referenceTables(packed().consumer), inProcess())
  }, 240_000)

  it(`200 typical queries cost ≤ ${typeCostBudgetRatio}× the lighter of Kysely and postgrest-js`, () => {
    console.info(
      `type cost, 200 queries: ${cost.ours.instantiations} instantiations; Kysely ${cost.kysely.instantiations}, ` +
        `postgrest-js ${cost.postgrest.instantiations}; ${cost.ratio.toFixed(3)}× the lighter (${cost.lighter})`,
    )
    expect(cost.ours.instantiations).toBeGreaterThan(0)
    expect(Math.min(cost.kysely.instantiations, cost.postgrest.instantiations)).toBeGreaterThan(0)
    expect(cost.ratio).toBeLessThanOrEqual(typeCostBudgetRatio)
  })

  it(`800 queries cost ≤ ${linearityBudgetRatio}× what 200 cost`, () => {
    const { ours800, linearity } = cost
    console.info(`type cost, 800 queries: ${ours800.instantiations} instantiations, ${linearity.toFixed(2)}× 200`)
    expect(cost.ours800.instantiations).toBeGreaterThan(cost.ours.instantiations)
    expect(cost.linearity).toBeLessThanOrEqual(linearityBudgetRatio)
  })
})

describe(`type-check cost of a generated ${generatedFieldCount}-field entity`, () => {
  let cost: GeneratedEntityCost
  beforeAll(async () => {
    cost = await generatedEntityCost(packed().consumer, inProcess())
  }, 120_000)

  it(`200 queries cost ≤ ${generatedEntityBudgetRatio}× the built-in deals', importing the module included`, () => {
    console.info(
      `type cost, 200 deal queries: generated ${cost.fieldCount}-field deals ${cost.generated.instantiations} ` +
        `instantiations (+${cost.module.instantiations} to import it), built-in deals ${cost.builtIn.instantiations}; ` +
        `${cost.ratio.toFixed(3)}×, ${cost.withModuleRatio.toFixed(3)}× with the import ` +
        `(budget ${generatedEntityBudgetRatio}×); on custom fields ${cost.generatedCustom.instantiations}`,
    )
    expect(cost.fieldCount).toBe(generatedFieldCount)
    expect(cost.builtIn.instantiations).toBeGreaterThan(0)
    expect(cost.ratio).toBeLessThanOrEqual(generatedEntityBudgetRatio)
    expect(cost.withModuleRatio).toBeLessThanOrEqual(generatedEntityBudgetRatio)
  })

  it('past the first queries, a query costs what it costs on the built-in deals', () => {
    const { builtInNext, generatedNext } = cost
    const figures = `generated ${generatedNext.instantiations}, built-in ${builtInNext.instantiations}`
    console.info(`type cost, 200 more deal queries: ${figures}`)
    expect(builtInNext.instantiations).toBeGreaterThan(0)
    expect(cost.nextRatio).toBeLessThanOrEqual(1.05)
  })
})

describe('the packed types under TypeScript 7', () => {
  it('compile without skipLibCheck under TypeScript 7', async () => {
    const result = await checkTypeScript7(packed().consumer, referenceTables(packed().consumer))
    console.info(`TypeScript ${result.version ?? '7 (not installed)'}: ${result.ok ? 'ok' : result.errors.join('; ')}`)
    expect(result.errors).toEqual([])
    expect(result.ok).toBe(true)
  }, 180_000)
})

describe('bundle size of the packed dist/esm', () => {
  it(`the core does not grow past ${ratchetBytes} B gzipped (budget ${bundleBudgetBytes} B, not yet met)`, () => {
    const { gzipped, modules } = coreBundleSize(packed().consumer)
    console.info(`core bundle: ${gzipped} B gzipped (budget ${bundleBudgetBytes} B, ratchet ${ratchetBytes} B)`)
    expect(modules.some(({ path }) => path.startsWith('client/'))).toBe(true)
    expect(gzipped).toBeGreaterThan(0)
    expect(gzipped).toBeLessThanOrEqual(ratchetBytes)
  })

  it(`every export together does not grow past ${wholeRatchetBytes} B gzipped (budget ${wholeBudgetBytes} B, not yet met)`, () => {
    const { gzipped } = wholeBundleSize(packed().consumer)
    console.info(`whole bundle: ${gzipped} B gzipped (budget ${wholeBudgetBytes} B, ratchet ${wholeRatchetBytes} B)`)
    expect(gzipped).toBeLessThanOrEqual(wholeRatchetBytes)
  })

  it("weighs the core's parts by stubbing their modules: nothing stubbed is the core itself", async () => {
    const { consumer } = packed()
    const core = coreBundleSize(consumer).gzipped
    expect(await coreWithout(consumer, [])).toBe(core)
    // Every module a part names is in the core, so a stale path fails here rather than saving 0 B.
    const inCore = new Set(coreBundleSize(consumer).modules.map(({ path }) => path))
    for (const modules of [...Object.values(coreParts), ...Object.values(requiredParts)]) {
      for (const module of modules) expect(inCore, module).toContain(module)
    }
    expect(await coreWithout(consumer, coreParts['checks of builder input (QueryError messages)'])).toBeLessThan(core)
  })
})
