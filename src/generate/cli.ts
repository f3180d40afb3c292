// `npx vibecode-query generate`: arguments (Node's util.parseArgs), the environment, the file, and
// `--check`. Progress and errors go to stderr; the module goes to --out, or to stdout without it.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import type { FetchLike } from '../core/transport.js'
import { usageMessage } from '../util/did-you-mean.js'
import { generate, publicAddress } from './generate.js'
import { lineDiff } from './line-diff.js'
import { GenerateFailure } from './read-portal.js'
import { withoutHeader } from './render.js'

/** The text of `generate --help`. */
export const GENERATE_USAGE = `Usage: vibecode-query generate [--out FILE] [--entities LIST] [--base-url URL] [--check]

Writes TypeScript types for your portal's entities, custom fields included, from
GET /v1/{entity}/fields: a row interface, a schema and an entity per entity.

Options:
  -o, --out <file>       the module to write (default: print it to stdout)
  -e, --entities <list>  comma-separated entities, e.g. deals,contacts,items/128
                         (default: every built-in entity the key can read)
      --base-url <url>   the service (default: $VIBECODE_BASE_URL, else https://vibecode.bitrix24.tech)
      --check            write nothing; exit 1 and print the difference when --out no longer
                         matches the portal (for CI)
      --timeout <ms>     time limit of one request (default 60000)
  -h, --help             show this text

Environment:
  VIBECODE_API_KEY        your key, vibe_api_… or vibe_app_… (required; never written to the file)
  VIBECODE_SESSION_TOKEN  the user session token that an app key (vibe_app_…) needs
  VIBECODE_BASE_URL       the service's address

Example:
  VIBECODE_API_KEY=vibe_api_… npx vibecode-query generate --entities deals,contacts --out src/vibecode.generated.ts`

/** Where the command reads and writes; tests pass their own. */
export interface GenerateIo {
  readonly env?: Readonly<Record<string, string | undefined>> | undefined
  readonly stdout?: ((text: string) => void) | undefined
  readonly stderr?: ((text: string) => void) | undefined
  /** The transport of the client (the library's default when omitted). */
  readonly fetch?: FetchLike | undefined
}

interface Parsed {
  readonly out: string | undefined
  readonly entities: string[] | undefined
  readonly baseUrl: string | undefined
  readonly check: boolean
  readonly timeoutMs: number
  readonly help: boolean
}

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  entities: { type: 'string', short: 'e' },
  'base-url': { type: 'string' },
  check: { type: 'boolean' },
  timeout: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

function parse(argv: readonly string[]): Parsed {
  const values = (() => {
    try {
      return parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }).values
    } catch (error) {
      throw new GenerateFailure(usageMessage(error, Object.keys(OPTIONS)), 2)
    }
  })()
  const empty = (['out', 'entities', 'base-url', 'timeout'] as const).find(
    (name) => values[name] !== undefined && !values[name]?.trim(),
  )
  if (empty) throw new GenerateFailure(`--${empty} needs a value`, 2)
  const timeout = values.timeout ?? '60000'
  if (!/^\d+$/.test(timeout) || Number(timeout) < 1 || Number(timeout) > 600_000) {
    throw new GenerateFailure(`--timeout takes milliseconds from 1 to 600000, not '${timeout}'`, 2)
  }
  if (values.check && !values.out)
    throw new GenerateFailure('--check needs --out: the file to compare with the portal', 2)
  return {
    out: values.out,
    entities: values.entities
      ?.split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    baseUrl: values['base-url'],
    check: values.check ?? false,
    timeoutMs: Number(timeout),
    help: values.help ?? false,
  }
}

// A word as a POSIX shell reads it back: bare when safe, else single-quoted.
const shellWord = (word: string): string => (/^[\w./:,@=+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`)

/** The command line of the header: the options that shape the output, in a fixed order. */
function commandLine(options: Parsed, entities: readonly string[] | undefined): string {
  const words = ['npx', 'vibecode-query', 'generate']
  if (entities) words.push('--entities', entities.join(','))
  if (options.baseUrl) words.push('--base-url', publicAddress(options.baseUrl))
  if (options.out) words.push('--out', options.out)
  return words.map(shellWord).join(' ')
}

async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.tmp`
  await writeFile(temporary, text, 'utf8')
  await rename(temporary, path)
}

async function readIfThere(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/**
 * Runs `vibecode-query generate` with the arguments after `generate`.
 *
 * @param argv - e.g. `['--entities', 'deals', '--out', 'src/crm.ts']`.
 * @param io - The environment, the output streams and the transport (the process's by default).
 * @returns The exit status: 0 done (or up to date), 1 failed (or out of date with `--check`), 2 usage error.
 */
export async function runGenerate(argv: readonly string[], io: GenerateIo = {}): Promise<number> {
  const env = io.env ?? process.env
  const stdout = io.stdout ?? ((text: string) => void process.stdout.write(text))
  const stderr = io.stderr ?? ((text: string) => void process.stderr.write(text))
  try {
    const options = parse(argv)
    if (options.help) {
      stdout(`${GENERATE_USAGE}\n`)
      return 0
    }
    const apiKey = env.VIBECODE_API_KEY?.trim()
    if (!apiKey) {
      throw new GenerateFailure(
        'set VIBECODE_API_KEY to your key (vibe_api_… or vibe_app_…, from your VibeCode account). ' +
          'It is read from the ' +
          'environment only, so it stays out of your shell history and out of the generated file.',
        2,
      )
    }
    const entities = options.entities && [...new Set(options.entities)].sort()
    const generated = await generate({
      apiKey,
      sessionToken: env.VIBECODE_SESSION_TOKEN?.trim() || undefined,
      baseUrl: options.baseUrl ?? (env.VIBECODE_BASE_URL?.trim() || undefined),
      entities,
      command: commandLine(options, entities),
      fetch: io.fetch,
      timeoutMs: options.timeoutMs,
      progress: (line) => stderr(`${line}\n`),
    })
    const count = generated.entities.length
    const summary =
      `${count} ${count === 1 ? 'entity' : 'entities'} (${generated.entities.join(', ')}), ` +
      `${generated.fieldCount} fields`
    if (!options.out) {
      stdout(generated.text)
      return 0
    }
    if (options.check) {
      const existing = await readIfThere(options.out)
      if (existing === undefined) {
        stderr(`${options.out} does not exist: run the command without --check to write it.\n`)
        return 1
      }
      const before = withoutHeader(existing)
      const after = withoutHeader(generated.text)
      if (before === after) {
        stderr(`${options.out} matches the portal: ${summary}.\n`)
        return 0
      }
      const headerLines = existing.split('\n').length - before.split('\n').length
      stdout(`${lineDiff(before, after, headerLines + 1)}\n`)
      stderr(
        `${options.out} no longer matches the portal (- the file, + the portal). ` +
          'Run the command without --check to update it.\n',
      )
      return 1
    }
    await writeAtomically(options.out, generated.text)
    stderr(`Wrote ${options.out}: ${summary}.\n`)
    return 0
  } catch (error) {
    const failure = error instanceof GenerateFailure ? error : undefined
    stderr(`vibecode-query generate: ${(error as Error)?.message ?? String(error)}\n`)
    if (failure?.exitCode === 2) stderr(`\nRun vibecode-query generate --help for the options.\n`)
    return failure?.exitCode ?? 1
  }
}
