// Bundle size as an application ships it, from the packed package's `dist/esm` (resolved through
// its `exports`, as a bundler in a user's project resolves it): esbuild bundles for the browser (ESM,
// minified, nothing external: the package's `browser` condition gives it the page's own fetch, not
// cross-fetch), then gzip -9. The core is `contacts` + `createClient` with one search executed; the
// whole library imports every export.
// The reference, postgrest-js's client, is bundled the same way. The core's esbuild metafile gives
// the bytes each module of the package contributes. Deterministic, so test/budgets/ holds the
// core to its budget (a ratchet while it is unmet) in npm test. 1 KB = 1024 bytes throughout.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, buildSync, type BuildOptions, type Plugin } from 'esbuild'

/** Budget: the gzipped browser bundle of `contacts` + `createClient` with one search, in bytes (5 KB). */
export const bundleBudgetBytes = 5 * 1024

/** Budget: the gzipped browser bundle of every export of the main entry, in bytes (9 KB). */
export const wholeBudgetBytes = 9 * 1024

export interface BundleSize {
  /** Minified bytes. */
  minified: number
  /** Minified, then gzip level 9. */
  gzipped: number
  /** Minified bytes each input file contributes, largest first, keyed by its path in the package. */
  modules: { path: string; bytes: number }[]
}

/** The core: what a browser app that runs one search imports and calls. */
export const coreEntry = `import { contacts, createClient } from 'vibecode-query'

const client = createClient({ apiKey: 'vibe_api_demo' })

export const search = () => client.execute(contacts().where('companyId', 15).orderBy('lastName').limit(10))
`

const browser: BuildOptions = { platform: 'browser' }

// How every bundle here is made: one ES module, minified, kept in memory.
const bundling = { bundle: true, minify: true, format: 'esm', write: false, logLevel: 'error' } as const

/** Where an input lives, shortened: the package's own files by their path under `dist/esm/`. */
const shortPath = (path: string) =>
  path.replace(/^.*node_modules\/vibecode-query\/dist\/esm\//, '').replace(/^.*node_modules\//, '')

/** Bundles `entrySource` (an ES module written into the consumer project) and measures it. */
function measure(consumer: string, name: string, entrySource: string, options: BuildOptions): BundleSize {
  const entry = join(consumer, `${name}.entry.js`)
  writeFileSync(entry, entrySource)
  try {
    const { outputFiles, metafile } = buildSync({
      ...bundling,
      entryPoints: [entry],
      absWorkingDir: consumer,
      metafile: true,
      outfile: join(consumer, `${name}.bundle.js`),
      ...options,
    })
    const [output, ...more] = outputFiles ?? []
    if (output === undefined || more.length > 0) {
      throw new Error(`esbuild wrote ${outputFiles?.length ?? 0} files, expected 1`)
    }
    const inputs = Object.values(metafile?.outputs ?? {})[0]?.inputs ?? {}
    const modules = Object.entries(inputs)
      .map(([path, { bytesInOutput }]) => ({ path: shortPath(path), bytes: bytesInOutput }))
      .filter(({ bytes }) => bytes > 0)
      .sort((a, b) => b.bytes - a.bytes)
    const gzipped = gzipSync(output.contents, { level: 9 }).byteLength
    return { minified: output.contents.byteLength, gzipped, modules }
  } finally {
    rmSync(entry, { force: true })
  }
}

/** The core bundle: `contacts` + `createClient`, one search executed. */
export const coreBundleSize = (consumer: string): BundleSize => measure(consumer, 'core', coreEntry, browser)

/** Every export of the main entry. */
export const wholeBundleSize = (consumer: string): BundleSize =>
  measure(consumer, 'whole', `export * from 'vibecode-query'\n`, browser)

/** The reference: postgrest-js's `PostgrestClient` (builder and executor), bundled the same way. */
export const postgrestBundleSize = (consumer: string): BundleSize =>
  measure(consumer, 'postgrest', `export { PostgrestClient } from '@supabase/postgrest-js'\n`, browser)

/** The `./testing` entry (the emulator) as a Node test suite loads it: everything it exports. */
export const testingBundleSize = (consumer: string): BundleSize =>
  measure(consumer, 'testing', `export * from 'vibecode-query/testing'\n`, { platform: 'node' })

/**
 * Parts of the core, as groups of the package's modules (paths under `dist/esm/`), that the budget
 * does not name: what the core would weigh without each is measured by {@link coreWithout}.
 */
export const coreParts = {
  'operations reached through entity and builder members (get, create, …, aggregate)': [
    'operations/aggregate.js',
    'operations/bulk.js',
    'operations/count.js',
    'operations/get.js',
    'operations/create.js',
    'operations/update.js',
    'operations/delete.js',
    'operations/fields.js',
    'wire/aggregate.js',
    'wire/bulk-body.js',
    'wire/write-body.js',
    'wire/fields.js',
  ],
  'checks of builder input (QueryError messages)': ['parse/parse.js'],
  'response defences (redirect refusal, body cap)': ['core/response.js'],
  'answer decoders (rows, pages, counts, …)': ['wire/answers.js'],
} as const satisfies Record<string, readonly string[]>

/** Parts the budget names as in the core: measured the same way, for scale. */
export const requiredParts = {
  retry: ['core/retry.js'],
  timeout: ['core/timeout.js'],
  redaction: ['core/redact.js'],
  'rate limiter': ['core/rate-limiter.js'],
} as const satisfies Record<string, readonly string[]>

// Replaces the listed modules by stubs that export the same names (each an identity function):
// the bundle still links, and weighs what it would without their code.
const stubbing = (modules: readonly string[]): Plugin => ({
  name: 'stub',
  setup(plugin) {
    plugin.onLoad({ filter: /vibecode-query[\\/]dist[\\/]esm[\\/].*\.js$/ }, ({ path }) => {
      if (!modules.some((module) => path.endsWith(`/dist/esm/${module}`))) return undefined
      const source = readFileSync(path, 'utf8')
      const names = new Set<string>()
      for (const [, name] of source.matchAll(/export (?:async )?(?:function\*?|const|let|class) ([\w$]+)/g)) {
        names.add(name as string)
      }
      for (const [, list] of source.matchAll(/export \{([^}]*)\}/g)) {
        for (const part of (list as string).split(',')) {
          const name = part
            .trim()
            .split(/\s+as\s+/)
            .pop()
          if (name) names.add(name)
        }
      }
      return { contents: [...names].map((name) => `export const ${name} = (x) => x`).join('\n'), loader: 'js' }
    })
  },
})

/**
 * The core bundle's gzipped bytes with `modules` (paths under `dist/esm/`) replaced by stubs: an
 * upper bound on what leaving those parts out could save.
 */
export async function coreWithout(consumer: string, modules: readonly string[]): Promise<number> {
  const entry = join(consumer, 'core-without.entry.js')
  writeFileSync(entry, coreEntry)
  try {
    const { outputFiles } = await build({
      ...bundling,
      ...browser,
      entryPoints: [entry],
      absWorkingDir: consumer,
      plugins: [stubbing(modules)],
    })
    const [output] = outputFiles ?? []
    if (output === undefined) throw new Error('esbuild wrote no file')
    return gzipSync(output.contents, { level: 9 }).byteLength
  } finally {
    rmSync(entry, { force: true })
  }
}
