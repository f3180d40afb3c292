// The child process of the memory benchmark: streams contacts from the URL it is given, optionally
// keeping every row, and prints JSON with the heap still in use after a full collection, over its
// warmed-up baseline, at the middle and at the end of the walk (both taken inside the loop, at a
// row, so each holds the page being read), and, for context, the peak resident set in each half.
// Usage: node --expose-gc --import tsx bench/memory-walk.ts <library entry file> <url> <rows> [keep]
import { pathToFileURL } from 'node:url'
import type * as Library from '../src/index.js'

const [entry, url, rowsArg, mode] = process.argv.slice(2)
const maxRows = Number(rowsArg)
const { gc } = globalThis
if (entry === undefined || url === undefined || !Number.isSafeInteger(maxRows) || gc === undefined) {
  throw new Error('usage: node --expose-gc --import tsx memory-walk.ts <library entry file> <url> <rows> [keep]')
}
const { contacts, createClient, stream } = (await import(pathToFileURL(entry).href)) as typeof Library
const heapAfterCollection = () => {
  gc()
  return process.memoryUsage().heapUsed
}

const client = createClient({ apiKey: 'vibe_api_demo', baseUrl: url, rateLimit: false })
await client.execute(contacts().limit(1))
const baselineHeap = heapAfterCollection()
const baseline = process.memoryUsage.rss()
// Peak RSS in each half of the walk, sampled every 5 ms and after every page.
const peaks = [baseline, baseline]
let rows = 0
const sample = () => {
  const half = rows < maxRows / 2 ? 0 : 1
  peaks[half] = Math.max(peaks[half] as number, process.memoryUsage.rss())
}
const timer = setInterval(sample, 5)
const kept: unknown[] = []
// Heap in use after a full collection at the middle and at the end of the walk: what the walk holds.
const checkpoints = [0, 0]
for await (const row of stream(client, contacts(), { maxRows, onProgress: sample })) {
  rows++
  if (mode === 'keep') kept.push(row)
  if (rows === maxRows / 2) checkpoints[0] = heapAfterCollection() - baselineHeap
  if (rows === maxRows) checkpoints[1] = heapAfterCollection() - baselineHeap
}
sample()
clearInterval(timer)
const retained = heapAfterCollection() - baselineHeap
const [first, second] = peaks as [number, number]
console.log(
  JSON.stringify({
    rows,
    kept: kept.length,
    firstHalfBytes: first - baseline,
    secondHalfBytes: second - baseline,
    middleHeapBytes: checkpoints[0],
    endHeapBytes: checkpoints[1],
    retainedBytes: retained,
  }),
)
