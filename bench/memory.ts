// Peak memory while streaming 100,000 contacts: a child process (the client alone; the service and
// its data live in this process) streams them without keeping them, and reports the peak growth of
// its resident set over its warmed-up baseline in the first half of the walk and in the second.
// The child loads the packed package's built JavaScript.
// Streaming is flat when the second half peaks at most 1.2× as high as the first: rows that were
// accumulated would make it climb with every page. A control walk keeps every row, to show that
// the measure sees accumulation, and both report the heap left after a full collection.
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { median } from './lib/compare.js'
import { libraryEntry, type PackedPackage } from './lib/packed-package.js'
import { seededService } from './lib/seeded-service.js'

/** Budget: peak RSS growth in the second half of a 100,000-row stream over the first half's. */
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
  }
  if (walked.rows !== rows || walked.kept !== (keep ? rows : 0)) {
    const expected = `expected ${rows}, keeping ${keep ? 'them' : 'none'}`
    throw new Error(`the child streamed ${walked.rows} rows and kept ${walked.kept}; ${expected}`)
  }
  return { firstHalf: walked.firstHalfBytes, secondHalf: walked.secondHalfBytes, retained: walked.retainedBytes }
}

export interface WalkMemory {
  /** Median peak RSS growth in the first half, in MiB. */
  firstHalfMiB: number
  /** Median peak RSS growth in the second half, in MiB. */
  secondHalfMiB: number
  /** Median of second half over first half, per walk. */
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
    ratio: median(walked.map((w) => w.secondHalf / w.firstHalf)),
    retainedMiB: median(walked.map((w) => w.retained)) / mib,
  })
  return { stream: summary(samples.stream), kept: summary(samples.kept) }
}
