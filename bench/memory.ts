// Peak memory while streaming: a child process (the client alone; the service and its data live in
// this process) streams 10,000 and 100,000 contacts without keeping them, in alternating rounds,
// and reports how far its resident set grew above its warmed-up baseline, and how much heap each
// walk left behind after a full collection. Streaming counts as flat when the RSS growth for 100,000
// rows is at most 1.5× the growth for 10,000 (ten times the rows). A control walk keeps the 100,000
// rows, to show what accumulating them would cost.
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { median } from './lib/compare.js'
import { seededService } from './lib/seeded-service.js'

/** Budget: peak RSS growth streaming 100,000 rows over the growth streaming 10,000. */
export const memoryBudgetRatio = 1.5

const run = promisify(execFile)
const repo = join(import.meta.dirname, '..')
const mib = 1024 * 1024

interface Walk {
  rows: number
  keep: boolean
}
const walks = {
  small: { rows: 10_000, keep: false },
  large: { rows: 100_000, keep: false },
  kept: { rows: 100_000, keep: true },
} satisfies Record<string, Walk>

interface Walked {
  /** Peak RSS over the baseline, in bytes. */
  growth: number
  /** Heap still used after the walk and a full collection, over the baseline, in bytes. */
  retained: number
}

/** One child process walking. */
async function walk(url: string, { rows, keep }: Walk): Promise<Walked> {
  const args = ['--expose-gc', '--import', 'tsx', join('bench', 'memory-walk.ts'), url, String(rows), ...(keep ? ['keep'] : [])]
  const { stdout } = await run(process.execPath, args, { cwd: repo })
  const walked = JSON.parse(stdout) as { rows: number; kept: number; baselineBytes: number; peakBytes: number; retainedBytes: number }
  if (walked.rows !== rows || walked.kept !== (keep ? rows : 0)) {
    throw new Error(`the child streamed ${walked.rows} rows and kept ${walked.kept}; expected ${rows}, keeping ${keep ? 'them' : 'none'}`)
  }
  return { growth: walked.peakBytes - walked.baselineBytes, retained: walked.retainedBytes }
}

export interface WalkMemory {
  /** Median peak RSS growth, in MiB. */
  growthMiB: number
  /** Median heap left behind after a full collection, in MiB. */
  retainedMiB: number
}

export interface MemoryResult {
  /** Streaming 10,000 rows. */
  small: WalkMemory
  /** Streaming 100,000 rows. */
  large: WalkMemory
  /** The control: keeping 100,000 rows. */
  kept: WalkMemory
  /** Peak RSS growth, large over small. */
  ratio: number
}

export async function benchMemory(rounds = 3): Promise<MemoryResult> {
  const { server } = await seededService()
  const names = Object.keys(walks) as Array<keyof typeof walks>
  const samples = new Map(names.map((name) => [name, [] as Walked[]]))
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 === 0 ? names : [...names].reverse()) samples.get(name)?.push(await walk(server.url, walks[name]))
  }
  const summary = (name: keyof typeof walks): WalkMemory => {
    const walked = samples.get(name) as Walked[]
    return {
      growthMiB: median(walked.map((w) => w.growth)) / mib,
      retainedMiB: median(walked.map((w) => w.retained)) / mib,
    }
  }
  const small = summary('small')
  const large = summary('large')
  return { small, large, kept: summary('kept'), ratio: large.growthMiB / small.growthMiB }
}
