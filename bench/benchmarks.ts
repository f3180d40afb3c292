// Every benchmark of `npm run bench`: its name, how it runs, and its rows of the summary table,
// each figure beside its reference and budget (DESIGN.md §8, issue 7).
import { benchBuilder } from './builder.bench.js'
import { benchBulk } from './bulk.bench.js'
import { bundleBudgetBytes, mainBundleSize, postgrestBundleSize, testingBundleSize } from './bundle.js'
import { benchExecutor, executorBudget } from './executor.bench.js'
import { num, times, type Row } from './lib/table.js'
import { benchMemory, memoryBudgetRatio } from './memory.js'
import { canaryBudget, canaryCost, cleanUp, queryCost, typeCostBudgetRatio } from './type-cost/measure.js'

export interface Measured {
  /** The raw figures, as written to bench/results.json. */
  result: unknown
  rows: Row[]
}

export interface Benchmark {
  name: string
  run(): Promise<Measured>
}

const perSecond = (hz: number) => `${num(hz)}/s`
const kib = (bytes: number) => `${num(bytes / 1024, 2)} KB (${num(bytes)} B)`

export const benchmarks: Benchmark[] = [
  {
    name: 'builder',
    async run() {
      const result = await benchBuilder(7)
      const hz = result.opsPerSecond
      const ours = perSecond(hz['vibecode-query'] as number)
      return {
        result,
        rows: [
          { what: 'build+compile vs Kysely', ours, reference: perSecond(hz.kysely as number), ratio: times(result.vsKysely), budget: '≥ 3×', pass: result.vsKysely >= 3 },
          { what: 'build+compile vs postgrest-js', ours, reference: perSecond(hz['postgrest-js'] as number), ratio: times(result.vsPostgrest), budget: '≥ 2×', pass: result.vsPostgrest >= 2 },
          { what: 'build+compile vs object literal', ours, reference: perSecond(hz['object literal'] as number), ratio: times(result.ofCeiling), budget: '(ceiling)', pass: undefined },
        ],
      }
    },
  },
  {
    name: 'type-cost',
    async run() {
      try {
        const ours = queryCost('ours', 200)
        const kysely = queryCost('kysely', 200)
        const postgrest = queryCost('postgrest', 200)
        const canary = canaryCost()
        const lighter = kysely.instantiations <= postgrest.instantiations ? { name: 'Kysely', ...kysely } : { name: 'postgrest-js', ...postgrest }
        const ratio = ours.instantiations / lighter.instantiations
        return {
          result: { ours, kysely, postgrest, canary },
          rows: [
            { what: '200 queries: instantiations', ours: num(ours.instantiations), reference: `${num(lighter.instantiations)} (${lighter.name}, the lighter)`, ratio: times(ratio), budget: `≤ ${typeCostBudgetRatio}×`, pass: ratio <= typeCostBudgetRatio },
            { what: '200 queries: check time', ours: `${num(ours.checkSeconds, 2)} s`, reference: `${num(kysely.checkSeconds, 2)} s Kysely, ${num(postgrest.checkSeconds, 2)} s postgrest-js`, ratio: '', budget: '', pass: undefined },
            { what: '500-field canary: instantiations', ours: num(canary.instantiations), reference: '', ratio: '', budget: `≤ ${num(canaryBudget)}`, pass: canary.instantiations <= canaryBudget },
          ],
        }
      } finally {
        cleanUp()
      }
    },
  },
  {
    name: 'executor',
    async run() {
      const result = await benchExecutor()
      const hz = result.searchesPerSecond
      const ours = perSecond(hz['vibecode-query'] as number)
      return {
        result,
        rows: [
          { what: 'searches vs docs snippet (fetch)', ours, reference: perSecond(hz['docs snippet (global fetch)'] as number), ratio: times(result.vsSnippet), budget: `≥ ${executorBudget}×`, pass: result.vsSnippet >= executorBudget },
          { what: 'searches vs cross-fetch loop', ours, reference: perSecond(hz['cross-fetch loop'] as number), ratio: times(result.vsCrossFetch), budget: '', pass: undefined },
        ],
      }
    },
  },
  {
    name: 'bulk',
    async run() {
      const result = await benchBulk()
      const { stream, naive, rowsPresent, idealRequests } = result
      const onceEach = stream.rows === rowsPresent && stream.duplicates === 0 && stream.missing === 0
      return {
        result,
        rows: [
          { what: `stream ${num(rowsPresent)}: requests`, ours: num(stream.requests), reference: `⌈N/5000⌉ = ${num(idealRequests)}`, ratio: times(stream.requests / idealRequests), budget: 'exactly ⌈N/5000⌉', pass: stream.requests === idealRequests },
          { what: 'stream: requests if answers had no meta', ours: num(result.streamWithoutMetaRequests), reference: `⌊N/5000⌋ + 1 = ${num(Math.floor(rowsPresent / 5000) + 1)}`, ratio: '', budget: '(one empty page shows the end)', pass: undefined },
          { what: 'stream: rows returned', ours: `${num(stream.rows)} (${num(stream.duplicates)} dup, ${num(stream.missing)} missing)`, reference: `${num(rowsPresent)} present`, ratio: '', budget: 'every row once', pass: onceEach },
          { what: 'stream vs offset loop: requests', ours: num(stream.requests), reference: `${num(naive.requests)} (limit 50)`, ratio: `${times(result.requestRatio)} fewer`, budget: '', pass: undefined },
          { what: 'stream vs offset loop: wall time', ours: `${num(stream.ms / 1000, 2)} s`, reference: `${num(naive.ms / 1000, 2)} s`, ratio: `${times(result.timeRatio)} faster`, budget: '', pass: undefined },
        ],
      }
    },
  },
  {
    name: 'bundle',
    async run() {
      const main = mainBundleSize()
      const postgrest = postgrestBundleSize()
      const testing = testingBundleSize()
      return {
        result: { main, postgrest, testing, budgetBytes: bundleBudgetBytes },
        rows: [
          { what: 'bundle: contacts+createClient gz', ours: kib(main.gzipped), reference: `${kib(postgrest.gzipped)} postgrest-js`, ratio: times(main.gzipped / postgrest.gzipped), budget: `≤ ${kib(bundleBudgetBytes)}`, pass: main.gzipped <= bundleBudgetBytes },
          { what: 'bundle: ./testing entry gz', ours: kib(testing.gzipped), reference: '', ratio: '', budget: '', pass: undefined },
        ],
      }
    },
  },
  {
    name: 'memory',
    async run() {
      const result = await benchMemory()
      return {
        result,
        rows: [
          { what: 'stream 100k: peak RSS, 2nd half / 1st', ours: `${num(result.stream.secondHalfMiB, 1)} / ${num(result.stream.firstHalfMiB, 1)} MB`, reference: '', ratio: times(result.stream.ratio), budget: `≤ ${memoryBudgetRatio}×`, pass: result.stream.ratio <= memoryBudgetRatio },
          { what: 'control, rows kept: 2nd half / 1st', ours: `${num(result.kept.secondHalfMiB, 1)} / ${num(result.kept.firstHalfMiB, 1)} MB`, reference: '', ratio: times(result.kept.ratio), budget: '(shows the measure sees growth)', pass: undefined },
          { what: 'stream vs keeping 100k: heap left', ours: `${num(result.stream.retainedMiB, 1)} MB`, reference: `${num(result.kept.retainedMiB, 1)} MB (rows kept)`, ratio: times(result.stream.retainedMiB / result.kept.retainedMiB), budget: '', pass: undefined },
        ],
      }
    },
  },
]
