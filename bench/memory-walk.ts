// The child process of the memory benchmark: streams `rows` contacts from the service at `url` and
// prints, as JSON, its resident set size before the walk and at its peak, and the heap the walk left
// behind after a full collection. It drops each row, unless `keep` is given: then it keeps them
// all, the control that shows what accumulating looks like.
// Usage: node --expose-gc --import tsx bench/memory-walk.ts <url> <rows> [keep]
import { resourceUsage } from 'node:process'
import { contacts, createClient } from '../src/index.js'

const [url, rowsArg, mode] = process.argv.slice(2)
const maxRows = Number(rowsArg)
const { gc } = globalThis
if (url === undefined || !Number.isSafeInteger(maxRows) || gc === undefined) {
  throw new Error('usage: node --expose-gc --import tsx memory-walk.ts <url> <rows> [keep]')
}
const heapAfterCollection = () => {
  gc()
  return process.memoryUsage().heapUsed
}

const client = createClient({ apiKey: 'vibe_api_demo', baseUrl: url, rateLimit: false })
// Warm up: load the transport and compile the code paths before the baseline.
await client.execute(contacts().limit(1))
const baselineHeap = heapAfterCollection()
const baseline = process.memoryUsage.rss()
let sampled = baseline
const sample = () => {
  sampled = Math.max(sampled, process.memoryUsage.rss())
}
const timer = setInterval(sample, 5)
const kept: unknown[] = []
let rows = 0
for await (const row of client.stream(contacts(), { maxRows, onProgress: sample })) {
  rows++
  if (mode === 'keep') kept.push(row)
}
clearInterval(timer)
// maxRSS (KiB) is the kernel's peak for the whole process, which sampling can only approach.
const peak = Math.max(sampled, resourceUsage().maxRSS * 1024)
const retained = heapAfterCollection() - baselineHeap
// `kept` is read after the collection, so the control's rows are still alive during it.
console.log(JSON.stringify({ rows, kept: kept.length, baselineBytes: baseline, peakBytes: peak, retainedBytes: retained }))
