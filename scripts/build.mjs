// Builds dist/esm (tsc: JavaScript + declarations, with their maps) and dist/cjs (esbuild per file
// with its maps + the same declarations), so that `import` and `require` consumers each get JavaScript
// and types of their format. Every map points into the shipped `src/`, so "go to definition" lands in
// the source.
import { execFileSync } from 'node:child_process'
import { chmodSync, cpSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'

const dist = 'dist'
rmSync(dist, { recursive: true, force: true })
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' })

const sources = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : []
  })

await build({
  entryPoints: sources('src'),
  outdir: join(dist, 'cjs'),
  outbase: 'src',
  format: 'cjs',
  platform: 'neutral',
  target: 'es2022',
  // Maps point at the shipped src/, so they need not carry the sources' text.
  sourcemap: true,
  sourcesContent: false,
  logLevel: 'warning',
})
cpSync(join(dist, 'esm'), join(dist, 'cjs'), {
  recursive: true,
  filter: (path) => !path.endsWith('.js') && !path.endsWith('.js.map'),
})
writeFileSync(join(dist, 'cjs', 'package.json'), '{ "type": "commonjs" }\n')
const cli = join(dist, 'esm', 'cli.js')
if (existsSync(cli)) chmodSync(cli, 0o755)
