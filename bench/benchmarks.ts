// Every benchmark of `npm run bench`: its name, how it runs (on the packed package), and its rows
// of the summary table, each figure beside its reference and budget (DESIGN.md §8).
import { benchBuilder } from './builder.bench.js'
import { benchBulk } from './bulk.bench.js'
import {
  bundleBudgetBytes,
  coreBundleSize,
  coreParts,
  coreWithout,
  postgrestBundleSize,
  requiredParts,
  testingBundleSize,
  wholeBudgetBytes,
  wholeBundleSize,
  type BundleSize,
} from './bundle.js'
import { bareLoopBudget, benchExecutor, executorBudget, type Service } from './executor.bench.js'
import type { PackedPackage } from './lib/packed-package.js'
import { num, times, type Row } from './lib/table.js'
import { benchHostileMemory, hostileMemoryBudgetMiB } from './hostile-memory.js'
import { benchMemory, memoryBudgetRatio } from './memory.js'
import { canaryCost, linearityBudgetRatio, typeCost, typeCostBudgetRatio } from './type-cost/measure.js'
import { generatedEntityBudgetRatio, generatedEntityCost } from './type-cost/generated-entity.js'
import { referenceTables } from './type-cost/reference-tables.js'
import { checkTypeScript7 } from './type-cost/typescript7.js'

export interface Measured {
  /** The raw figures, as written to bench/results.json. */
  result: unknown
  rows: Row[]
  /** Text printed after the summary table (e.g. the bundle's breakdown by module). */
  details?: string
}

export interface Benchmark {
  name: string
  run(pkg: PackedPackage): Promise<Measured>
}

const perSecond = (hz: number) => `${num(hz)}/s`
const kib = (bytes: number) => `${num(bytes / 1024, 2)} KB (${num(bytes)} B)`

/**
 * What each part of the core weighs (gzipped bytes saved when its modules are stubbed out), and the
 * core without every part the budget does not name: the floor of this design.
 */
async function coreByPart(consumer: string, core: BundleSize) {
  const parts: { part: string; saved: number; required: boolean }[] = []
  for (const [groups, required] of [
    [coreParts, false],
    [requiredParts, true],
  ] as const) {
    for (const [part, modules] of Object.entries(groups)) {
      const saved = core.gzipped - (await coreWithout(consumer, modules))
      // A stub that did not apply would save nothing: a path out of date, not a free part.
      if (saved <= 0) throw new Error(`stubbing ${modules.join(', ')} saved ${saved} B: are the paths right?`)
      parts.push({ part, saved, required })
    }
  }
  const floor = await coreWithout(consumer, Object.values(coreParts).flat())
  const width = Math.max(...parts.map(({ part }) => part.length))
  const lines = parts.map(
    ({ part, saved, required }) =>
      `  ${part.padEnd(width)}  ${num(saved).padStart(6)} B${required ? '  (the budget requires it)' : ''}`,
  )
  const text = [
    `Core bundle by part: gzipped bytes saved when the part's modules are stubbed out (of ${num(core.gzipped)} B)`,
    ...lines,
    `  without every part not required: ${num(floor)} B`,
  ].join('\n')
  return { parts, floor, text }
}

/** The core bundle's minified bytes per module of the package, largest first, as a small table. */
function breakdown(core: BundleSize): string {
  const width = Math.max(...core.modules.map(({ path }) => path.length))
  const lines = core.modules.map(
    ({ path, bytes }) =>
      `  ${path.padEnd(width)}  ${num(bytes).padStart(6)} B  ${num((100 * bytes) / core.minified, 1).padStart(5)}%`,
  )
  const total = `${num(core.minified)} minified, ${num(core.gzipped)} B gzipped`
  return [`Core bundle (contacts + createClient, one search) by module: bytes of the ${total}`, ...lines].join('\n')
}

export const benchmarks: Benchmark[] = [
  {
    name: 'builder',
    async run(pkg) {
      const result = await benchBuilder(pkg, 7)
      const hz = result.opsPerSecond
      const ours = perSecond(hz['vibecode-query'] as number)
      return {
        result,
        rows: [
          {
            what: 'build+compile vs Kysely',
            ours,
            reference: perSecond(hz.kysely as number),
            ratio: times(result.vsKysely),
            budget: '≥ 3×',
            pass: result.vsKysely >= 3,
          },
          {
            what: 'build+compile vs postgrest-js',
            ours,
            reference: perSecond(hz['postgrest-js'] as number),
            ratio: times(result.vsPostgrest),
            budget: '≥ 2×',
            pass: result.vsPostgrest >= 2,
          },
          {
            what: 'build+compile vs object literal',
            ours,
            reference: perSecond(hz['object literal'] as number),
            ratio: times(result.ofCeiling),
            budget: '(ceiling)',
            pass: undefined,
          },
        ],
      }
    },
  },
  {
    name: 'type-cost',
    async run(pkg) {
      const tables = referenceTables(pkg.consumer)
      const cost = await typeCost(pkg.consumer, tables)
      const canary = await canaryCost(pkg.consumer)
      const generated = await generatedEntityCost(pkg.consumer)
      const ts7 = await checkTypeScript7(pkg.consumer, tables)
      const { ours, kysely, postgrest, ours800 } = cost
      const [lighter, other] = cost.lighter === 'Kysely' ? [kysely, postgrest] : [postgrest, kysely]
      const otherName = cost.lighter === 'Kysely' ? 'postgrest-js' : 'Kysely'
      const ts7Errors = ts7.errors.map((line) => `  ${line}`).join('\n')
      const seconds = (s: number) => `${num(s, 2)} s`
      return {
        result: { ...cost, canary, generated, typescript7: ts7 },
        rows: [
          {
            what: '200 queries: instantiations',
            ours: num(ours.instantiations),
            reference: `${num(lighter.instantiations)} (${cost.lighter}, the lighter)`,
            ratio: times(cost.ratio),
            budget: `≤ ${typeCostBudgetRatio}×`,
            pass: cost.ratio <= typeCostBudgetRatio,
          },
          {
            what: '200 queries: instantiations, other ref',
            ours: num(ours.instantiations),
            reference: `${num(other.instantiations)} (${otherName})`,
            ratio: times(ours.instantiations / other.instantiations),
            budget: '',
            pass: undefined,
          },
          {
            what: '800 queries vs 200: instantiations',
            ours: num(ours800.instantiations),
            reference: `${num(ours.instantiations)} (200 queries)`,
            ratio: times(cost.linearity),
            budget: `≤ ${linearityBudgetRatio}×`,
            pass: cost.linearity <= linearityBudgetRatio,
          },
          {
            what: '200 queries: check time',
            ours: seconds(ours.checkSeconds),
            reference: `${seconds(kysely.checkSeconds)} Kysely, ${seconds(postgrest.checkSeconds)} postgrest-js`,
            ratio: '',
            budget: '',
            pass: undefined,
          },
          {
            what: '500-field canary, 20 queries: inst.',
            ours: num(canary.instantiations),
            reference: '',
            ratio: '',
            budget: '',
            pass: undefined,
          },
          {
            what: `generated ${generated.fieldCount}-field deals, 200 q: inst.`,
            ours: num(generated.generated.instantiations),
            reference: `${num(generated.builtIn.instantiations)} (built-in deals, same queries)`,
            ratio: times(generated.ratio),
            budget: `≤ ${generatedEntityBudgetRatio}×`,
            pass: generated.ratio <= generatedEntityBudgetRatio,
          },
          {
            what: `  the same, with importing the generated module`,
            ours: num(generated.generated.instantiations + generated.module.instantiations),
            reference: `${num(generated.builtIn.instantiations)} (built-in deals, same queries)`,
            ratio: times(generated.withModuleRatio),
            budget: `≤ ${generatedEntityBudgetRatio}×`,
            pass: generated.withModuleRatio <= generatedEntityBudgetRatio,
          },
          {
            what: `packed types under TypeScript ${ts7.version ?? '7'}`,
            ours: ts7.ok ? 'compile' : `${ts7.errors.length} error(s)`,
            reference: 'ESM + CJS, no skipLibCheck',
            ratio: '',
            budget: 'compile',
            pass: ts7.ok,
          },
        ],
        details: ts7.ok ? undefined : `TypeScript ${ts7.version ?? '7'}:\n${ts7Errors}`,
      }
    },
  },
  {
    name: 'executor',
    async run(pkg) {
      const result = await benchExecutor(pkg)
      const service = { fixed: 'fixed server', emulator: 'emulator' }
      const rows = (where: Service): Row[] => {
        const hz = result.searchesPerSecond[where]
        const ours = perSecond(hz['vibecode-query'])
        // The budgets are judged against the fixed server: there the ratios are the clients' own.
        const judged = where === 'fixed'
        return [
          {
            what: `searches vs bare loop, ${service[where]}`,
            ours,
            reference: `${perSecond(hz['bare loop'])} (same transport)`,
            ratio: times(result.vsBareLoop[where]),
            budget: judged ? `≥ ${bareLoopBudget}×` : '(service CPU narrows)',
            pass: judged ? result.vsBareLoop[where] >= bareLoopBudget : undefined,
          },
          {
            what: `searches vs docs snippet, ${service[where]}`,
            ours,
            reference: `${perSecond(hz['docs snippet'])} (global fetch)`,
            ratio: times(result.vsSnippet[where]),
            budget: judged ? `≥ ${executorBudget}×` : '(service CPU narrows)',
            pass: judged ? result.vsSnippet[where] >= executorBudget : undefined,
          },
        ]
      }
      // What the default timeout costs: the client without it, and the bare loop with one of its own.
      const fixed = result.searchesPerSecond.fixed
      const { timeout } = result
      const context: Row[] = [
        {
          what: 'searches, timeoutMs: false, vs bare loop',
          ours: perSecond(timeout['vibecode-query, timeoutMs: false']),
          reference: `${perSecond(fixed['bare loop'])} (same transport)`,
          ratio: times(timeout['vibecode-query, timeoutMs: false'] / fixed['bare loop']),
          budget: '(context: no timeout)',
          pass: undefined,
        },
        {
          what: 'searches vs bare loop with a 30 s timeout',
          ours: perSecond(fixed['vibecode-query']),
          reference: `${perSecond(timeout['bare loop, AbortSignal.timeout'])} (AbortSignal.timeout)`,
          ratio: times(fixed['vibecode-query'] / timeout['bare loop, AbortSignal.timeout']),
          budget: '(context: both time out)',
          pass: undefined,
        },
      ]
      return { result, rows: [...rows('fixed'), ...context, ...rows('emulator')] }
    },
  },
  {
    name: 'bulk',
    async run(pkg) {
      const result = await benchBulk(pkg)
      const { stream, naive, rowsPresent, idealRequests } = result
      const onceEach = stream.rows === rowsPresent && stream.duplicates === 0 && stream.missing === 0
      return {
        result,
        rows: [
          {
            what: `stream ${num(rowsPresent)}: requests`,
            ours: num(stream.requests),
            reference: `⌈N/5000⌉ = ${num(idealRequests)}`,
            ratio: times(stream.requests / idealRequests),
            budget: 'exactly ⌈N/5000⌉',
            pass: stream.requests === idealRequests,
          },
          {
            what: 'stream: requests if answers had no meta',
            ours: num(result.streamWithoutMetaRequests),
            reference: `⌊N/5000⌋ + 1 = ${num(Math.floor(rowsPresent / 5000) + 1)}`,
            ratio: '',
            budget: '(one empty page shows the end)',
            pass: undefined,
          },
          {
            what: 'stream: rows returned',
            ours: `${num(stream.rows)} (${num(stream.duplicates)} dup, ${num(stream.missing)} missing)`,
            reference: `${num(rowsPresent)} present`,
            ratio: '',
            budget: 'every row once',
            pass: onceEach,
          },
          {
            what: 'stream vs offset loop: requests',
            ours: num(stream.requests),
            reference: `${num(naive.requests)} (limit 50)`,
            ratio: `${times(result.requestRatio)} fewer`,
            budget: '',
            pass: undefined,
          },
          {
            what: 'stream vs offset loop: wall time',
            ours: `${num(stream.ms / 1000, 2)} s`,
            reference: `${num(naive.ms / 1000, 2)} s`,
            ratio: `${times(result.timeRatio)} faster`,
            budget: '',
            pass: undefined,
          },
        ],
      }
    },
  },
  {
    name: 'bundle',
    async run(pkg) {
      const core = coreBundleSize(pkg.consumer)
      const whole = wholeBundleSize(pkg.consumer)
      const postgrest = postgrestBundleSize(pkg.consumer)
      const testing = testingBundleSize(pkg.consumer)
      const byPart = await coreByPart(pkg.consumer, core)
      return {
        result: {
          core,
          whole,
          postgrest,
          testing,
          byPart: { parts: byPart.parts, floor: byPart.floor },
          budgetBytes: bundleBudgetBytes,
          wholeBudgetBytes,
        },
        rows: [
          {
            what: 'bundle core: contacts+createClient gz',
            ours: kib(core.gzipped),
            reference: `${kib(postgrest.gzipped)} postgrest-js`,
            ratio: times(core.gzipped / postgrest.gzipped),
            budget: `≤ ${kib(bundleBudgetBytes)}`,
            pass: core.gzipped <= bundleBudgetBytes,
          },
          {
            what: 'bundle core without the parts not required',
            ours: kib(byPart.floor),
            reference: `${kib(bundleBudgetBytes)} budget`,
            ratio: times(byPart.floor / bundleBudgetBytes),
            budget: '(context: floor of this design)',
            pass: undefined,
          },
          {
            what: 'bundle whole: every export gz',
            ours: kib(whole.gzipped),
            reference: `${kib(postgrest.gzipped)} postgrest-js`,
            ratio: times(whole.gzipped / postgrest.gzipped),
            budget: `≤ ${kib(wholeBudgetBytes)}`,
            pass: whole.gzipped <= wholeBudgetBytes,
          },
          {
            what: 'bundle: ./testing entry gz',
            ours: kib(testing.gzipped),
            reference: '',
            ratio: '',
            budget: '',
            pass: undefined,
          },
        ],
        details: `${breakdown(core)}\n\n${byPart.text}`,
      }
    },
  },
  {
    name: 'memory',
    async run(pkg) {
      const result = await benchMemory(pkg)
      return {
        result,
        rows: [
          {
            what: 'stream 100k: heap held, end / middle',
            ours: `${num(result.stream.endMiB, 1)} / ${num(result.stream.middleMiB, 1)} MB`,
            reference: '',
            ratio: times(result.stream.ratio),
            budget: `≤ ${memoryBudgetRatio}×`,
            pass: result.stream.ratio <= memoryBudgetRatio,
          },
          {
            what: 'control, rows kept: end / middle',
            ours: `${num(result.kept.endMiB, 1)} / ${num(result.kept.middleMiB, 1)} MB`,
            reference: '',
            ratio: times(result.kept.ratio),
            budget: '(shows the measure sees growth)',
            pass: undefined,
          },
          {
            what: 'stream 100k: peak RSS, 2nd half / 1st',
            ours: `${num(result.stream.secondHalfMiB, 1)} / ${num(result.stream.firstHalfMiB, 1)} MB`,
            reference: `${num(result.kept.secondHalfMiB, 1)} / ${num(result.kept.firstHalfMiB, 1)} MB (rows kept)`,
            ratio: times(result.stream.rssRatio),
            budget: '(context: follows the collector)',
            pass: undefined,
          },
          {
            what: 'stream vs keeping 100k: heap left',
            ours: `${num(result.stream.retainedMiB, 1)} MB`,
            reference: `${num(result.kept.retainedMiB, 1)} MB (rows kept)`,
            ratio: times(result.stream.retainedMiB / result.kept.retainedMiB),
            budget: '',
            pass: undefined,
          },
        ],
      }
    },
  },
  {
    name: 'hostile-memory',
    async run(pkg) {
      const result = await benchHostileMemory(pkg)
      const row = (what: string, { capped, uncapped }: (typeof result)['body200MB']) => ({
        what: `${what}: peak RSS growth, capped`,
        ours: `${num(capped.peakMiB, 0)} MB`,
        reference: `${num(uncapped.peakMiB, 0)} MB with no cap`,
        ratio: times(capped.peakMiB / uncapped.peakMiB),
        budget: `≤ ${hostileMemoryBudgetMiB} MB`,
        pass: capped.peakMiB <= hostileMemoryBudgetMiB && /maxResponseBytes/.test(capped.outcome),
      })
      return {
        result,
        rows: [row('200 MB answer', result.body200MB), row('gzip bomb to 600 MB', result.gzipBomb)],
        details: [
          `hostile-memory outcomes — 200 MB capped: ${result.body200MB.capped.outcome}`,
          `  uncapped: ${result.body200MB.uncapped.outcome}`,
          `  gzip bomb capped: ${result.gzipBomb.capped.outcome}`,
          `  uncapped: ${result.gzipBomb.uncapped.outcome}`,
        ].join('\n'),
      }
    },
  },
]
