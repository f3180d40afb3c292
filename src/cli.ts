#!/usr/bin/env node
/**
 * The `vibecode-query` command: `npx vibecode-query emulator [--port 8787] [--seed N] [--contacts N]`
 * serves a local VibeCode emulator on 127.0.0.1, prints its URL and the demo key, and stops cleanly
 * on Ctrl-C (SIGINT) or SIGTERM. `npx vibecode-query generate --out FILE` writes a portal's own
 * types (`src/generate/cli.ts`). `--help` lists both, `--version` prints the version, a mistyped
 * option is answered with the nearest known one, and a port in use with one line.
 *
 * @module
 */
import { createRequire } from 'node:module'
import { GENERATE_USAGE, runGenerate } from './generate/cli.js'
import { CLI_OPTION_NAMES, CLI_USAGE, parseCliArgs, type CliCommand } from './testing/cli-options.js'
import { createEmulator, DEMO_API_KEY, DEMO_KEY_SCOPES, type EmulatorServer } from './testing/index.js'
import { usageMessage } from './util/did-you-mean.js'

// The first line under "Example:" of a command's usage.
const example = (usage: string): string => usage.split('Example:\n')[1]?.split('\n')[0] ?? ''

// `vibecode-query --help`: the commands side by side; `vibecode-query <command> --help` has the rest.
const USAGE = `Usage: vibecode-query <command> [options]

Commands:
  emulator   serve a local VibeCode emulator with seeded CRM data, until Ctrl-C
  generate   write TypeScript types for your portal's entities, custom fields included

Options:
  -h, --help     show this text; vibecode-query <command> --help shows the command's options
  -v, --version  print the version

Examples:
${example(CLI_USAGE)}
${example(GENERATE_USAGE)}`

// The package's version, from its own package.json, found by the package's name (from src/ and
// dist/ alike).
const version = (): string =>
  (createRequire(import.meta.url)('vibecode-query/package.json') as { version: string }).version

async function main(argv: readonly string[]): Promise<void> {
  if (argv[0] === 'generate') {
    process.exitCode = await runGenerate(argv.slice(1))
    return
  }
  let command: CliCommand
  try {
    command = parseCliArgs(argv)
  } catch (error) {
    const usage = argv.includes('emulator') ? CLI_USAGE : USAGE
    process.stderr.write(`vibecode-query: ${usageMessage(error, CLI_OPTION_NAMES)}\n\n${usage}\n`)
    process.exitCode = 2
    return
  }
  if (command.command === 'version') {
    process.stdout.write(`${version()}\n`)
    return
  }
  if (command.command === 'help') {
    process.stdout.write(`${command.topic === 'emulator' ? CLI_USAGE : USAGE}\n`)
    return
  }
  const emulator = createEmulator({
    seed: command.seed,
    counts: command.counts,
    rateLimit: command.rateLimit,
    latencyMs: command.latencyMs,
    searchMeta: command.searchMeta,
    logLimit: 100,
    ...(command.log
      ? { onRequest: (r) => process.stdout.write(`${r.method} ${r.path}${r.search} -> ${r.status ?? 'dropped'}\n`) }
      : {}),
  })
  let server: EmulatorServer
  try {
    server = await emulator.listen({ port: command.port, host: command.host })
  } catch (error) {
    if ((error as NodeJS.ErrnoException | undefined)?.code !== 'EADDRINUSE') throw error
    process.stderr.write(
      `vibecode-query: port ${command.port} on ${command.host} is already in use; ` +
        'choose another with --port <n>, or --port 0 for any free port\n',
    )
    process.exitCode = 1
    return
  }
  // Handlers first: a caller that reads the URL below may signal at once.
  let stopping = false
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return
    stopping = true
    process.stdout.write(`\nReceived ${signal}, stopping the emulator…\n`)
    server.close().then(
      () => {
        process.stdout.write('Emulator stopped.\n')
        process.exit(0)
      },
      (error: unknown) => {
        process.stderr.write(`vibecode-query: failed to stop cleanly: ${String(error)}\n`)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  const sizes = emulator
    .entities()
    .map((name) => `${emulator.count(name)} ${name}`)
    .join(', ')
  const body = JSON.stringify({ filter: { companyId: 15 }, limit: 10, order: { lastName: 'asc' } })
  process.stdout.write(
    [
      `VibeCode emulator listening on ${server.url}`,
      `  API key: ${DEMO_API_KEY} (scopes ${DEMO_KEY_SCOPES.join(', ')})`,
      `  Data:    ${sizes} (seed ${command.seed})`,
      `  Try:     curl -X POST ${server.url}/v1/contacts/search -H 'X-Api-Key: ${DEMO_API_KEY}' -H 'Content-Type: application/json' -d '${body}'`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  )
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`vibecode-query: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
