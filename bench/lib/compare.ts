// Side-by-side timing: every contender runs in every round, in an order that alternates between
// rounds, so that drift on a shared, noisy machine falls on all of them alike. Reports medians.
import { Bench } from 'tinybench'

export interface CompareOptions {
  /** Rounds; the median of each contender's rounds is reported. */
  rounds?: number
  /** Milliseconds each contender runs per round. */
  time?: number
  /** Operations per call of a contender's function (to amortise timer overhead on tiny work). */
  opsPerCall?: number
}

/** Operations per second of each contender: the median over rounds. */
export async function compare(
  contenders: Record<string, () => unknown>,
  { rounds = 7, time = 200, opsPerCall = 1 }: CompareOptions = {},
): Promise<Record<string, number>> {
  const names = Object.keys(contenders)
  const samples = new Map<string, number[]>(names.map((name) => [name, []]))
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse()
    const bench = new Bench({ time, warmupTime: Math.min(50, time / 4) })
    for (const name of order) bench.add(name, contenders[name] as () => unknown)
    await bench.run()
    for (const task of bench.tasks) {
      const result = task.result as { period?: number; error?: unknown }
      if (result.error) throw result.error
      samples.get(task.name)?.push((opsPerCall * 1000) / (result.period as number))
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(samples.get(name) as number[])]))
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/**
 * Wall time of long runs (a second or more each), where one call is one sample: every contender
 * runs once per round, in an order that alternates between rounds. Median milliseconds.
 */
export async function compareWallTime(
  contenders: Record<string, () => Promise<unknown>>,
  rounds = 3,
): Promise<Record<string, number>> {
  const names = Object.keys(contenders)
  const samples = new Map<string, number[]>(names.map((name) => [name, []]))
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 === 0 ? names : [...names].reverse()) {
      const started = performance.now()
      await (contenders[name] as () => Promise<unknown>)()
      samples.get(name)?.push(performance.now() - started)
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(samples.get(name) as number[])]))
}
