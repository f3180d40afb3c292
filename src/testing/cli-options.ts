/**
 * Reads the command line of `npx vibecode-query emulator`.
 *
 * ```
 * vibecode-query emulator [--port 8787] [--host 127.0.0.1] [--seed 1] [--contacts 1000]
 *   [--companies 40] [--deals 300] [--leads 200] [--rate-limit 50/2] [--latency 0] [--search-meta] [--log]
 * ```
 *
 * @module
 */
import type { RateLimitOptions } from './rate-limit.js'
import type { SeedCounts } from './seed.js'

/**
 * The usage text printed by `--help` and on a usage error.
 *
 * @example
 * ```ts
 * console.log(CLI_USAGE)
 * ```
 * @category Testing
 */
export const CLI_USAGE = `Usage: vibecode-query emulator [options]

Serves a local VibeCode emulator (seeded CRM data) until Ctrl-C.

Options:
  --port <n>          TCP port (0 = any free port)            default 8787
  --host <addr>       interface to bind                       default 127.0.0.1
  --seed <n>          seed of the generated data              default 1
  --contacts <n>      contacts to generate                    default 1000
  --companies <n>     companies to generate                   default 40
  --deals <n>         deals to generate                       default 300
  --leads <n>         leads to generate                       default 200
  --rate-limit <b/r>  leaky bucket: burst/requests-per-second default off (Bitrix24 upstream: 50/2)
  --latency <ms>      latency added to every response         default 0
  --search-meta       add meta { total, hasMore } to search answers
  --log               print one line per request (secrets redacted)
  -h, --help          show this text`

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
  | { readonly command: 'help' }
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

const FLAGS = new Set(['--search-meta', '--log'])
const VALUES = new Set([
  '--port',
  '--host',
  '--seed',
  '--contacts',
  '--companies',
  '--deals',
  '--leads',
  '--rate-limit',
  '--latency',
])

/**
 * Parses the CLI arguments (without `node` and the script path).
 *
 * @param argv - e.g. `['emulator', '--port', '8787']`
 * @returns the command
 * @throws TypeError with a readable message on a usage error
 * @example
 * ```ts
 * parseCliArgs(['emulator', '--seed', '7', '--contacts=5000'])
 * ```
 * @category Testing
 */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  const args = argv.flatMap((a) =>
    a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a],
  )
  if (args.includes('-h') || args.includes('--help') || args.length === 0) return { command: 'help' }
  const [command, ...rest] = args
  if (command !== 'emulator') {
    throw new TypeError(`Unknown command '${String(command)}' (the only command is 'emulator')`)
  }
  const values = new Map<string, string>()
  const flags = new Set<string>()
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? ''
    if (FLAGS.has(arg)) flags.add(arg)
    else if (VALUES.has(arg)) {
      const value = rest[++i]
      if (value === undefined) throw new TypeError(`${arg} needs a value`)
      values.set(arg, value)
    } else throw new TypeError(`Unknown option '${arg}'`)
  }
  const int = (flag: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number => {
    const raw = values.get(flag)
    if (raw === undefined) return fallback
    const n = Number(raw)
    if (!/^\d+$/.test(raw) || n > max) throw new TypeError(`${flag} must be an integer from 0 to ${max}, got '${raw}'`)
    return n
  }
  const counts: Record<string, number> = {}
  for (const name of ['contacts', 'companies', 'deals', 'leads']) {
    if (values.has(`--${name}`)) counts[name] = int(`--${name}`, 0)
  }
  return {
    command: 'emulator',
    port: int('--port', 8787, 65535),
    host: values.get('--host') ?? '127.0.0.1',
    seed: int('--seed', 1, 0xffffffff),
    counts,
    rateLimit: parseRate(values.get('--rate-limit')),
    latencyMs: int('--latency', 0),
    searchMeta: flags.has('--search-meta'),
    log: flags.has('--log'),
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
