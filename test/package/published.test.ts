// The package as npm publishes it, packed once (bench/lib/packed-package.ts: `npm pack`, whose
// `prepack` script builds it, over a copy of the sources; the tarball installed into a consumer):
// its manifest as users meet it on the registry; publint lints the tarball; arethetypeswrong
// resolves every entry as Node 16+ and bundlers do (Node 10 resolution, deprecated in TypeScript 6,
// is not supported for the ./testing subpath); every built file's source map ships and leads into
// the shipped src/; bundles for browsers get the page's own fetch (package.json "imports":
// `#default-fetch`), never cross-fetch and its XMLHttpRequest polyfill, and bundles for Node get
// cross-fetch.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { SourceMap, type SourceMapping, type SourceMapPayload } from 'node:module'
import { basename, join, posix } from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildSync, type Platform } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { coreEntry } from '../../bench/bundle.js'
import { repo } from '../../bench/lib/packed-package.js'
import { usePackedPackage } from '../packed-package.js'

const bin = (name: string) => join(repo, 'node_modules', '.bin', name)
const run = (name: string, args: string[]) =>
  execFileSync(bin(name), args, { cwd: repo, encoding: 'utf8', stdio: 'pipe' })

const packed = usePackedPackage()

describe('the packed package', () => {
  it('says where it lives, carries its licence, and runs no build on the installing side', () => {
    const manifest = JSON.parse(readFileSync(join(packed().installed, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >
    expect(manifest).toMatchObject({
      license: 'MIT',
      homepage: 'https://vibecode-query.github.io/vibecode-query/',
      repository: { type: 'git', url: 'git+https://github.com/vibecode-query/vibecode-query.git' },
      bugs: { url: 'https://github.com/vibecode-query/vibecode-query/issues' },
      keywords: expect.arrayContaining(['bitrix24', 'vibecode']),
    })
    expect(readFileSync(join(packed().installed, 'LICENSE'), 'utf8')).toMatch(
      /^MIT License\n\nCopyright \(c\) 2026 vibecode-query contributors\n/,
    )
    // `prepare` also runs where the package is installed from git or a folder; `prepack` builds for
    // `npm pack` and `npm publish` only.
    expect(manifest['scripts']).not.toHaveProperty('prepare')
  })

  it("ships a README whose links work on the registry's page: absolute, or to its own headings", () => {
    const readme = readFileSync(join(packed().installed, 'README.md'), 'utf8')
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] ?? '')
    expect(targets.length).toBeGreaterThan(5)
    expect(targets.filter((target) => !/^(https:\/\/|#)/.test(target))).toEqual([])
  })

  it('passes publint', { timeout: 120_000 }, () => {
    expect(run('publint', ['run', packed().tarball, '--strict'])).toMatch(/All good!/)
  })

  it('resolves every entry with the right types for ESM and CommonJS (arethetypeswrong)', { timeout: 180_000 }, () => {
    const report = JSON.parse(run('attw', [packed().tarball, '--profile', 'node16', '--format', 'json'])) as {
      analysis: { problems: { kind: string; resolutionKind?: string }[]; entrypoints: Record<string, unknown> }
    }
    expect(Object.keys(report.analysis.entrypoints)).toEqual(expect.arrayContaining(['.', './testing']))
    expect(report.analysis.problems.filter((problem) => problem.resolutionKind !== 'node10')).toEqual([])
  })
})

describe('the source maps of the packed package', () => {
  const read = (file: string) => readFileSync(join(packed().installed, file), 'utf8')
  let files: Set<string>
  beforeAll(() => {
    const listing = execFileSync('tar', ['-tzf', packed().tarball], { encoding: 'utf8' })
    files = new Set(
      listing
        .split('\n')
        .filter(Boolean)
        .map((path) => path.replace(/^package\//, '')),
    )
  })

  it('ship beside every .js, .cjs, .d.ts and .d.cts, each pointing at its shipped source in src/', () => {
    const built = [...files].filter((file) => /^dist\/.*\.(c?js|d\.c?ts)$/.test(file))
    expect(built.length).toBeGreaterThan(600)
    const problems = built.flatMap((file) => {
      const map = `${file}.map`
      if (!files.has(map)) return [`${map} is not packed`]
      if (
        !read(file)
          .trimEnd()
          .endsWith(`//# sourceMappingURL=${basename(map)}`)
      )
        return [`${file} names no map`]
      const { sources } = JSON.parse(read(map)) as SourceMapPayload
      const source = file.replace(/^dist\/(esm|cjs)\//, 'src/').replace(/(\.d\.c?ts|\.c?js)$/, '.ts')
      const found = sources.map((path) => posix.join(posix.dirname(map), path))
      const shipped = found.length === 1 && found[0] === source && files.has(source)
      return shipped ? [] : [`${map} → ${found.join(', ')}, not the shipped ${source}`]
    })
    expect(problems).toEqual([])
  })

  it('take "go to definition" of createClient to its line in the source, from ESM, CommonJS and types', () => {
    const lineOf = (text: string, what: string) => text.split('\n').findIndex((line) => line.includes(what))
    const declared = lineOf(read('src/client/create-client.ts'), 'export function createClient(')
    expect(declared).toBeGreaterThan(0)
    const built = ['esm/client/create-client.js', 'esm/client/create-client.d.ts', 'cjs/client/create-client.cjs']
    for (const file of [...built, 'cjs/client/create-client.d.cts'].map((path) => `dist/${path}`)) {
      const lines = read(file).split('\n')
      const line = lines.findIndex((text) => text.includes('function createClient('))
      const column = lines[line]?.indexOf('createClient') ?? -1
      const entry = new SourceMap(JSON.parse(read(`${file}.map`)) as SourceMapPayload).findEntry(line, column)
      const { originalSource, originalLine } = entry as Partial<SourceMapping>
      expect({ file, source: originalSource?.replace(/^.*\/(?=src\/)/, ''), line: originalLine }).toEqual({
        file,
        source: 'src/client/create-client.ts',
        line: declared,
      })
    }
  })
})

describe('the default transport in a bundle of the packed package', () => {
  /** `createClient` and `contacts`, one search executed: imported (ESM) or required (CommonJS). */
  const entries = {
    import: coreEntry,
    require: `const { contacts, createClient } = require('vibecode-query')
module.exports = () => createClient({ apiKey: 'vibe_api_demo' }).execute(contacts().limit(10))
`,
  }
  const bundle = (platform: Platform, kind: keyof typeof entries) => {
    const { outputFiles, metafile } = buildSync({
      stdin: { contents: entries[kind], resolveDir: packed().consumer, sourcefile: `entry-${kind}.js` },
      absWorkingDir: packed().consumer,
      bundle: true,
      minify: true,
      platform,
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'error',
    })
    const [output] = outputFiles
    if (output === undefined) throw new Error('esbuild wrote no bundle')
    const { text, contents } = output
    const inputs = Object.keys(metafile.inputs)
    const gzipped = gzipSync(contents, { level: 9 }).byteLength
    console.info(`${platform} bundle (${kind}): ${contents.byteLength} B minified, ${gzipped} B gzipped`)
    return { text, inputs, crossFetch: inputs.filter((path) => path.includes('node_modules/cross-fetch/')) }
  }

  it.each(['import', 'require'] as const)(
    'for browsers (%s) is the global fetch, without cross-fetch or a polyfill',
    (kind) => {
      const { text, inputs, crossFetch } = bundle('browser', kind)
      const browserFetch =
        kind === 'import' ? 'esm/core/default-fetch.browser.js' : 'cjs/core/default-fetch.browser.cjs'
      expect(inputs).toContain(`node_modules/vibecode-query/dist/${browserFetch}`)
      expect(crossFetch).toEqual([])
      expect(text).not.toMatch(/XMLHttpRequest|whatwg-fetch|cross-fetch/)
      expect(text).toMatch(/globalThis\.fetch\(/)
    },
  )

  it.each(['import', 'require'] as const)('for Node (%s) is cross-fetch', (kind) => {
    const { inputs, crossFetch } = bundle('node', kind)
    expect(crossFetch).toEqual(['node_modules/cross-fetch/dist/node-ponyfill.js'])
    expect(inputs.filter((path) => path.includes('default-fetch.browser'))).toEqual([])
  })
})
