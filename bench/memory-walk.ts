// The child process of the memory benchmark: streams contacts from the URL it is given, optionally
// keeping every row, and prints JSON with the peak resident set (over its warmed-up baseline) in
// the first and the second half of the walk, and the heap left after a full collection.
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
for await (const row of stream(client, contacts(), { maxRows, onProgress: sample })) {
  rows++
  if (mode === 'keep') kept.push(row)
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
    retainedBytes: retained,
  }),
)
