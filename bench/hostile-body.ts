// The child process of the hostile-body benchmark: asks the URL it is given for contacts, with the
// client's default body cap or with none, and prints JSON with how the call ended and the peak
// resident set over its warmed-up baseline (sampled every 2 ms).
// Usage: node --import tsx bench/hostile-body.ts <library entry file> <url> <capped|uncapped>
import { pathToFileURL } from 'node:url'
import type * as Library from '../src/index.js'

const [entry, url, mode] = process.argv.slice(2)
if (entry === undefined || url === undefined || (mode !== 'capped' && mode !== 'uncapped')) {
  throw new Error('usage: node --import tsx hostile-body.ts <library entry file> <url> <capped|uncapped>')
}
const { contacts, createClient } = (await import(pathToFileURL(entry).href)) as typeof Library
const client = createClient({
  apiKey: 'vibe_api_demo',
  baseUrl: url,
  rateLimit: false,
  retry: false,
  timeoutMs: 120_000,
  ...(mode === 'uncapped' ? { maxResponseBytes: Infinity } : {}),
})
const baseline = process.memoryUsage.rss()
let peak = baseline
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 2)
let outcome: string
try {
  const rows = await client.execute(contacts())
  outcome = `read ${rows.length} row(s)`
} catch (error) {
  outcome = (error as Error).message.slice(0, 160)
}
clearInterval(timer)
peak = Math.max(peak, process.memoryUsage.rss())
console.log(JSON.stringify({ outcome, peakBytes: peak - baseline }))
