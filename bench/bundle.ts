// Bundle size as an application would ship it: esbuild bundles `contacts` + `createClient` for the
// browser (ESM, minified, cross-fetch external: the browser's own fetch serves), then gzip -9.
// The reference, postgrest-js's client, is bundled the same way. Deterministic, so
// test/budgets/bundle-size.test.ts holds it to budget in npm test.
// 1 KB = 1024 bytes throughout.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildSync, type BuildOptions } from 'esbuild'

/** Budget: the gzipped browser bundle of `contacts` + `createClient`, in bytes (5 KB). */
export const bundleBudgetBytes = 5 * 1024

const repo = join(import.meta.dirname, '..')
const src = join(repo, 'src')

export interface BundleSize {
  /** Minified bytes. */
  minified: number
  /** Minified, then gzip level 9. */
  gzipped: number
}

/** Bundles `entrySource` (an ES module, written to a temp file) and measures it. */
function measure(entrySource: string, options: BuildOptions): BundleSize {
  const dir = mkdtempSync(join(tmpdir(), 'vibecode-bundle-'))
  try {
    const entry = join(dir, 'entry.ts')
    writeFileSync(entry, entrySource)
    const { outputFiles } = buildSync({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      logLevel: 'error',
      // The entry lives in a temp directory; packages resolve from the project's node_modules.
      nodePaths: [join(repo, 'node_modules')],
      ...options,
    })
    const [output, ...more] = outputFiles ?? []
    if (output === undefined || more.length > 0) throw new Error(`esbuild wrote ${outputFiles?.length ?? 0} files, expected 1`)
    return { minified: output.contents.byteLength, gzipped: gzipSync(output.contents, { level: 9 }).byteLength }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The main entry as a browser app uses it: `contacts` + `createClient`. */
export function mainBundleSize(): BundleSize {
  return measure(`export { contacts, createClient } from ${JSON.stringify(join(src, 'index.ts'))}\n`, {
    platform: 'browser',
    external: ['cross-fetch'],
  })
}

/** The reference: postgrest-js's `PostgrestClient` (builder and executor), bundled the same way. */
export function postgrestBundleSize(): BundleSize {
  return measure(`export { PostgrestClient } from '@supabase/postgrest-js'\n`, { platform: 'browser', external: ['cross-fetch'] })
}

/** The `./testing` entry (the emulator) as a Node test suite loads it: everything it exports. */
export function testingBundleSize(): BundleSize {
  return measure(`export * from ${JSON.stringify(join(src, 'testing', 'index.ts'))}\n`, { platform: 'node' })
}
