/**
 * Reads the command line of `npx vibecode-query emulator` with Node's `util.parseArgs`. The seed-count
 * flags (`--contacts`, `--tasks`, …) and their lines of the usage text come from the entity registry.
 *
 * ```
 * vibecode-query emulator [--port 8787] [--host 127.0.0.1] [--seed 1] [--contacts 1000] [--tasks 50] …
 *   [--rate-limit 50/2] [--latency 0] [--search-meta] [--log]
 * ```
 *
 * @module
 */
import { parseArgs } from 'node:util'
import type { RateLimitOptions } from './rate-limit.js'
import { DEFAULT_SEED_COUNTS, type SeedCounts } from './seed.js'

const COUNTED = Object.keys(DEFAULT_SEED_COUNTS) as Array<keyof SeedCounts>

const option = (flag: string, what: string, fallback: string): string =>
  `  ${flag.padEnd(20)}${what.padEnd(40)}default ${fallback}`

/**
 * The usage text printed by `--help` and on a usage error.
 *
 * @example
 * ```ts
 * console.log(CLI_USAGE)
 * ```
 * @category Testing
 */
export const CLI_USAGE = [
  'Usage: vibecode-query emulator [options]',
  '',
  'Serves a local VibeCode emulator (seeded CRM data) until Ctrl-C.',
  '',
  'Options:',
  option('--port <n>', 'TCP port (0 = any free port)', '8787'),
  option('--host <addr>', 'interface to bind', '127.0.0.1'),
  option('--seed <n>', 'seed of the generated data', '1'),
  ...COUNTED.map((name) => option(`--${name} <n>`, `${name} to generate`, String(DEFAULT_SEED_COUNTS[name]))),
  option('--rate-limit <b/r>', 'leaky bucket: burst/requests-per-second', 'off (Bitrix24 upstream: 50/2)'),
  option('--latency <ms>', 'latency added to every response', '0'),
  '  --search-meta       add meta { total, hasMore } to search answers',
  '  --log               print one line per request (secrets redacted)',
  '  -h, --help          show this text',
  '  -v, --version       print the version',
  '',
  'Statuses, deal pipelines, currencies and departments are a fixed set.',
  '',
  'Example:',
  '  npx vibecode-query emulator --port 0 --contacts 12000 --log',
].join('\n')

/**
 * The parsed command line.
 *
 * @example
 * ```ts
 * const cmd: CliCommand = parseCliArgs(['emulator', '--port', '0'])
 * ```
 * @category Testing
 */
export type CliCommand =
  | { readonly command: 'help'; readonly topic?: 'emulator' }
  | { readonly command: 'version' }
  | {
      readonly command: 'emulator'
      readonly port: number
      readonly host: string
      readonly seed: number
      readonly counts: SeedCounts
      readonly rateLimit: RateLimitOptions | false
      readonly latencyMs: number
      readonly searchMeta: boolean
      readonly log: boolean
    }

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  seed: { type: 'string' },
  'rate-limit': { type: 'string' },
  latency: { type: 'string' },
  'search-meta': { type: 'boolean' },
  log: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  ...Object.fromEntries(COUNTED.map((name) => [name, { type: 'string' }] as const)),
} as const

/**
 * The long options `parseCliArgs` knows, without dashes: what a mistyped one is compared with.
 *
 * @example
 * ```ts
 * CLI_OPTION_NAMES.includes('port') // true
 * ```
 * @category Testing
 */
export const CLI_OPTION_NAMES: readonly string[] = Object.keys(OPTIONS)

/**
 * Parses the CLI arguments (without `node` and the script path).
 *
 * @param argv - e.g. `['emulator', '--port', '8787']`
 * @returns the command
 * @throws TypeError with a readable message on a usage error
 * @example
 * ```ts
 * parseCliArgs(['emulator', '--seed', '7', '--contacts=5000', '--tasks', '200'])
 * ```
 * @category Testing
 */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] }
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    // Node's message, without its advice on positionals that start with '-'.
    throw new TypeError(String(error instanceof Error ? error.message : error).split('. To specify')[0])
  }
  const { values, positionals } = parsed
  if (values['help'] === true) {
    return positionals[0] === 'emulator' ? { command: 'help', topic: 'emulator' } : { command: 'help' }
  }
  if (values['version'] === true) return { command: 'version' }
  if (positionals.length === 0) return { command: 'help' }
  const [command, ...extra] = positionals
  if (command !== 'emulator') throw new TypeError(`Unknown command '${String(command)}' (commands: emulator, generate)`)
  if (extra.length > 0) throw new TypeError(`Unexpected argument '${String(extra[0])}'`)
  const text = (name: string): string | undefined => {
    const value = values[name]
    return typeof value === 'string' ? value : undefined
  }
  const int = (name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number => {
    const raw = text(name)
    if (raw === undefined) return fallback
    const n = Number(raw)
    if (!/^\d+$/.test(raw) || n > max) {
      throw new TypeError(`--${name} must be an integer from 0 to ${max}, got '${raw}'`)
    }
    return n
  }
  const counts: Partial<Record<keyof SeedCounts, number>> = {}
  for (const name of COUNTED) if (text(name) !== undefined) counts[name] = int(name, 0)
  return {
    command: 'emulator',
    port: int('port', 8787, 65535),
    host: text('host') ?? '127.0.0.1',
    seed: int('seed', 1, 0xffffffff),
    counts,
    rateLimit: parseRate(text('rate-limit')),
    latencyMs: int('latency', 0),
    searchMeta: values['search-meta'] === true,
    log: values['log'] === true,
  }
}

function parseRate(raw: string | undefined): RateLimitOptions | false {
  if (raw === undefined || raw === 'off') return false
  const m = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(raw)
  const burst = Number(m?.[1])
  const perSecond = Number(m?.[2])
  if (!m || burst < 1 || !(perSecond > 0)) {
    throw new TypeError(`--rate-limit must look like 50/2 (burst/per-second), got '${raw}'`)
  }
  return { burst, perSecond }
}
