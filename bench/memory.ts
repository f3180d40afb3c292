// Memory while streaming 100,000 contacts: a child process (the client alone; the service and its
// data live in this process) streams them without keeping them, and reports the heap it still uses
// after a full collection (`--expose-gc`), over its warmed-up baseline, at the middle of the walk
// and at its end. The child loads the packed package's built JavaScript.
// Streaming is flat when the heap at the end is at most 1.2× the heap at the middle: rows that were
// accumulated would make it climb with every page. A control walk keeps every row, to show that
// the measure sees accumulation (about 2×).
// Why not peak RSS, as this benchmark measured first: the resident set holds garbage not yet
// collected and pages V8 keeps after collecting, so its peaks follow the collector's timing more
// than what the walk holds. The control that keeps 42 MB of rows climbed 1.5×, no more than the
// stream that keeps none (1.45×). The peaks are still shown, for context.
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { median } from './lib/compare.js'
import { libraryEntry, type PackedPackage } from './lib/packed-package.js'
import { seededService } from './lib/seeded-service.js'

/** Budget: heap held (after a full collection) at the end of a 100,000-row stream over at its middle. */
export const memoryBudgetRatio = 1.2

const run = promisify(execFile)
const repo = join(import.meta.dirname, '..')
const mib = 1024 * 1024
const rows = 100_000

interface Walked {
  /** Peak RSS growth over the baseline in the first half of the walk, in bytes. */
  firstHalf: number
  /** The same in the second half. */
  secondHalf: number
  /** Heap still used after the walk and a full collection, over the baseline, in bytes. */
  retained: number
  /** Heap used after a full collection at the middle of the walk, over the baseline, in bytes. */
  middle: number
  /** The same at the end of the walk (at its last row, inside the loop). */
  end: number
}

/** One child process walking. */
async function walk(entry: string, url: string, keep: boolean): Promise<Walked> {
  const script = join('bench', 'memory-walk.ts')
  const args = ['--expose-gc', '--import', 'tsx', script, entry, url, String(rows), ...(keep ? ['keep'] : [])]
  const { stdout } = await run(process.execPath, args, { cwd: repo })
  const walked = JSON.parse(stdout) as {
    rows: number
    kept: number
    firstHalfBytes: number
    secondHalfBytes: number
    retainedBytes: number
    middleHeapBytes: number
    endHeapBytes: number
  }
  if (walked.rows !== rows || walked.kept !== (keep ? rows : 0)) {
    const expected = `expected ${rows}, keeping ${keep ? 'them' : 'none'}`
    throw new Error(`the child streamed ${walked.rows} rows and kept ${walked.kept}; ${expected}`)
  }
  return {
    firstHalf: walked.firstHalfBytes,
    secondHalf: walked.secondHalfBytes,
    retained: walked.retainedBytes,
    middle: walked.middleHeapBytes,
    end: walked.endHeapBytes,
  }
}

export interface WalkMemory {
  /** Median peak RSS growth in the first half, in MiB. */
  firstHalfMiB: number
  /** Median peak RSS growth in the second half, in MiB. */
  secondHalfMiB: number
  /** Median of second half over first half (peak RSS), per walk. */
  rssRatio: number
  /** Median heap held at the middle of the walk, in MiB. */
  middleMiB: number
  /** Median heap held at the end of the walk, in MiB. */
  endMiB: number
  /** Median of the heap at the end over the heap at the middle, per walk: the budget's figure. */
  ratio: number
  /** Median heap left behind after a full collection, in MiB. */
  retainedMiB: number
}

export interface MemoryResult {
  /** Streaming 100,000 rows. */
  stream: WalkMemory
  /** The control: keeping 100,000 rows. */
  kept: WalkMemory
}

export async function benchMemory(pkg: PackedPackage, rounds = 3): Promise<MemoryResult> {
  const { server } = await seededService(pkg)
  const samples = { stream: [] as Walked[], kept: [] as Walked[] }
  for (let round = 0; round < rounds; round++) {
    const order: (keyof typeof samples)[] = round % 2 === 0 ? ['stream', 'kept'] : ['kept', 'stream']
    for (const name of order) samples[name].push(await walk(libraryEntry(pkg), server.url, name === 'kept'))
  }
  const summary = (walked: Walked[]): WalkMemory => ({
    firstHalfMiB: median(walked.map((w) => w.firstHalf)) / mib,
    secondHalfMiB: median(walked.map((w) => w.secondHalf)) / mib,
    rssRatio: median(walked.map((w) => w.secondHalf / w.firstHalf)),
    middleMiB: median(walked.map((w) => w.middle)) / mib,
    endMiB: median(walked.map((w) => w.end)) / mib,
    ratio: median(walked.map((w) => w.end / w.middle)),
    retainedMiB: median(walked.map((w) => w.retained)) / mib,
  })
  return { stream: summary(samples.stream), kept: summary(samples.kept) }
}
