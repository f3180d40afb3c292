// `npm run bench [-- name…]`: packs the package once (npm pack into a temp dir, installed into a
// temp consumer project), runs every benchmark (or the named ones) on it, prints the summary table
// and writes bench/results.json. Exits 1 when a budget is missed.
import { writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { basename, join } from 'node:path'
import { benchmarks, type Measured } from './benchmarks.js'
import { packPackage } from './lib/packed-package.js'
import { stopSeededService } from './lib/seeded-service.js'
import { formatTable, num } from './lib/table.js'

const names = process.argv.slice(2)
const unknown = names.filter((name) => !benchmarks.some((benchmark) => benchmark.name === name))
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; choose from ${benchmarks.map((b) => b.name).join(', ')}`)
  process.exit(2)
}
const selected = names.length === 0 ? benchmarks : benchmarks.filter((benchmark) => names.includes(benchmark.name))

const started = performance.now()
process.stdout.write('pack… ')
const pkg = await packPackage()
const packed = `${basename(pkg.tarball)} (${num(pkg.tarballBytes / 1024, 1)} KB)`
console.log(`${num(pkg.seconds, 1)} s: ${packed}, installed in ${pkg.consumer}`)
const measured: Record<string, Measured & { seconds: number }> = {}
try {
  for (const { name, run } of selected) {
    process.stdout.write(`${name}… `)
    const t0 = performance.now()
    const result = await run(pkg)
    const seconds = Math.round(performance.now() - t0) / 1000
    measured[name] = { ...result, seconds }
    console.log(`${seconds} s`)
  }
} finally {
  await stopSeededService()
  pkg.cleanUp()
}

const rows = Object.values(measured).flatMap((m) => m.rows)
const details = Object.values(measured).flatMap((m) => (m.details === undefined ? [] : [m.details]))
const totalSeconds = Math.round(performance.now() - started) / 1000
console.log(`\nMeasured on the packed package ${packed}, node ${process.version}, ${cpus().length} CPUs.\n`)
console.log(formatTable(rows))
console.log(`\n${totalSeconds} s in all; 1 KB = 1024 B; rates and times are medians over alternating rounds.`)
for (const text of details) console.log(`\n${text}`)
const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  package: packed,
  totalSeconds,
  rows,
  benchmarks: measured,
}
writeFileSync(join(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
if (rows.some((row) => row.pass === false)) process.exitCode = 1
