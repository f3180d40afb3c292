// Builds dist/esm (tsc: JavaScript + declarations, with their maps) and dist/cjs (esbuild per file,
// `.cjs`, + the same declarations as `.d.cts`), so that `import` and `require` consumers each get
// JavaScript and types of their format. CommonJS takes the `.cjs` extensions rather than a nested
// package.json: Node resolves subpath imports (`#…`) by the nearest package.json, so the root's
// "imports" serve both builds only when no other stands in between.
// Every map points into the shipped `src/`, so "go to definition" lands in the source.
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { build } from 'esbuild'

const dist = 'dist'
const esm = join(dist, 'esm')
const cjs = join(dist, 'cjs')
rmSync(dist, { recursive: true, force: true })
// VIBECODE_BUILD_NO_CHECK=1 emits the same files without TypeScript's type check, for a packing whose
// caller checks the types itself (npm test's type-check pass; bench/lib/packed-package.ts).
const noCheck = process.env.VIBECODE_BUILD_NO_CHECK === '1' ? ['--noCheck'] : []
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', ...noCheck], {
  stdio: 'inherit',
})

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? files(path) : [path]
  })

// Every module but the command, which is ESM only (the bin, reading import.meta), as paths under
// src/ without `.ts`.
const modules = files('src')
  .filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts') && path !== join('src', 'cli.ts'))
  .map((path) => path.slice('src/'.length, -'.ts'.length))

// Each module alone (every import left external), its relative imports renamed to `.cjs`.
await build({
  entryPoints: modules.map((module) => join('src', `${module}.ts`)),
  outdir: cjs,
  outbase: 'src',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  plugins: [
    {
      name: 'each-file-alone',
      setup: (build) =>
        build.onResolve({ filter: /.*/ }, ({ path, kind }) =>
          kind === 'entry-point' ? undefined : { path: path.replace(/^(\.\.?\/.*)\.js$/, '$1.cjs'), external: true },
        ),
    },
  ],
  format: 'cjs',
  platform: 'neutral',
  target: 'es2022',
  // Maps point at the shipped src/, so they need not carry the sources' text.
  sourcemap: true,
  sourcesContent: false,
  logLevel: 'warning',
})

// The declarations again as `.d.cts`, with their maps. Relative imports are renamed to `.cjs` where
// they name a built file (an example in a doc comment keeps its own).
const specifier = /((?:from|import\()\s*(['"]))(\.\.?\/[^'"]+)\.js\2/g
for (const module of modules) {
  const [path, target] = [join(esm, `${module}.d.ts`), join(cjs, `${module}.d.cts`)]
  const text = readFileSync(path, 'utf8')
    .replace(specifier, (whole, start, quote, base) =>
      existsSync(join(dirname(path), `${base}.js`)) ? `${start}${base}.cjs${quote}` : whole,
    )
    .replace(/\/\/# sourceMappingURL=\S+$/, `//# sourceMappingURL=${basename(target)}.map`)
  const map = { ...JSON.parse(readFileSync(`${path}.map`, 'utf8')), file: basename(target) }
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, text)
  writeFileSync(`${target}.map`, JSON.stringify(map))
}

const cli = join(esm, 'cli.js')
if (existsSync(cli)) chmodSync(cli, 0o755)
