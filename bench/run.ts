// `npm run bench [-- name…]`: runs every benchmark (or the named ones), prints the summary table and
// writes bench/results.json. Exits 1 when a budget is missed.
import { writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { benchmarks, type Measured } from './benchmarks.js'
import { stopSeededService } from './lib/seeded-service.js'
import { formatTable } from './lib/table.js'

const names = process.argv.slice(2)
const unknown = names.filter((name) => !benchmarks.some((benchmark) => benchmark.name === name))
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; choose from ${benchmarks.map((b) => b.name).join(', ')}`)
  process.exit(2)
}
const selected = names.length === 0 ? benchmarks : benchmarks.filter((benchmark) => names.includes(benchmark.name))

const started = performance.now()
const measured: Record<string, Measured & { seconds: number }> = {}
try {
  for (const { name, run } of selected) {
    process.stdout.write(`${name}… `)
    const t0 = performance.now()
    const result = await run()
    const seconds = Math.round(performance.now() - t0) / 1000
    measured[name] = { ...result, seconds }
    console.log(`${seconds} s`)
  }
} finally {
  await stopSeededService()
}

const rows = Object.values(measured).flatMap((m) => m.rows)
const totalSeconds = Math.round(performance.now() - started) / 1000
console.log(`\n${formatTable(rows)}\n\n${totalSeconds} s in all; 1 KB = 1024 B; rates and times are medians over alternating rounds.`)
writeFileSync(
  join(import.meta.dirname, 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, totalSeconds, rows, benchmarks: measured }, null, 2)}\n`,
)
if (rows.some((row) => row.pass === false)) process.exitCode = 1
