// The package as a user meets it: `npm pack` (whose `prepack` script builds it) over a copy of the
// sources, then a consumer project under os.tmpdir() that installs the tarball from npm's own
// client, beside the references measured against it (Kysely, postgrest-js, at the versions this
// repository has installed). Every benchmark and budget test reads the library from there: the
// built `dist/esm` JavaScript and the shipped `.d.ts` files, never `src/`.
import { execFile } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import type * as Library from '../../src/index.js'
import type * as Testing from '../../src/testing/index.js'

const run = promisify(execFile)

/** This repository. */
export const repo = join(import.meta.dirname, '..', '..')

/** Top-level entries of the sources left out of the copy that is packed (never shipped, or large). */
const notCopied = new Set(['node_modules', 'dist', 'docs', 'test', 'bench', 'examples', 'test-results.json'])

/** The references installed beside the package, at the exact versions the repository has. */
export const references = ['kysely', '@supabase/postgrest-js'] as const

/** The version of a package installed in the repository. */
export function installedVersion(name: string): string {
  const manifest = readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')
  return (JSON.parse(manifest) as { version: string }).version
}

export interface PackedPackage {
  /** The temporary directory that holds everything below; removed by `cleanUp`. */
  readonly dir: string
  /** The tarball `npm pack` wrote. */
  readonly tarball: string
  /** Its size in bytes. */
  readonly tarballBytes: number
  /** The consumer project: `package.json` (ESM) and `node_modules` with the package and the references. */
  readonly consumer: string
  /** The installed package's root, `<consumer>/node_modules/vibecode-query`. */
  readonly installed: string
  /** Seconds spent packing and installing. */
  readonly seconds: number
  /** Removes `dir`. */
  cleanUp(): void
}

// The build skips TypeScript's own type check (VIBECODE_BUILD_NO_CHECK, scripts/build.mjs): it emits
// the same files, and npm test's type-check pass checks the sources.
const npm = (args: string[], cwd: string) =>
  run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, VIBECODE_BUILD_NO_CHECK: '1' },
  })

/**
 * Packs the package from `source` (the repository unless `VIBECODE_BENCH_SOURCE` names another
 * checkout) and installs the tarball into a fresh consumer project. The copy links the repository's
 * `node_modules`, so the build runs with the same toolchain.
 */
export async function packPackage(source = process.env.VIBECODE_BENCH_SOURCE ?? repo): Promise<PackedPackage> {
  const started = performance.now()
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'vibecode-packed-')))
  const cleanUp = () => rmSync(dir, { recursive: true, force: true })
  try {
    const copy = join(dir, 'source')
    cpSync(source, copy, {
      recursive: true,
      filter: (path) => {
        const top = relative(source, path).split(sep)[0] ?? ''
        return top === '' || (!top.startsWith('.') && !notCopied.has(top))
      },
    })
    symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'), 'dir')
    await npm(['pack', '--pack-destination', dir], copy)
    const [name, ...more] = readdirSync(dir).filter((file) => file.endsWith('.tgz'))
    if (name === undefined || more.length > 0) throw new Error(`npm pack left ${more.length + (name ? 1 : 0)} tarballs`)
    const tarball = join(dir, name)

    const consumer = join(dir, 'consumer')
    mkdirSync(consumer)
    const manifest = { name: 'consumer', private: true, type: 'module' }
    writeFileSync(join(consumer, 'package.json'), `${JSON.stringify(manifest)}\n`)
    const specs = references.map((reference) => `${reference}@${installedVersion(reference)}`)
    await npm(['install', '--prefer-offline', '--ignore-scripts', tarball, ...specs], consumer)
    return {
      dir,
      tarball,
      tarballBytes: statSync(tarball).size,
      consumer,
      installed: join(consumer, 'node_modules', 'vibecode-query'),
      seconds: (performance.now() - started) / 1000,
      cleanUp,
    }
  } catch (error) {
    cleanUp()
    throw error
  }
}

/** A file of the installed package as a URL, for `import()`. */
const fileUrl = (pkg: PackedPackage, ...path: string[]) => pathToFileURL(join(pkg.installed, ...path)).href

/** The installed package's main entry, loaded as an ESM application loads it. */
export async function importLibrary(pkg: PackedPackage): Promise<typeof Library> {
  return (await import(fileUrl(pkg, 'dist', 'esm', 'index.js'))) as typeof Library
}

/** The installed package's `./testing` entry (the emulator). */
export async function importTesting(pkg: PackedPackage): Promise<typeof Testing> {
  return (await import(fileUrl(pkg, 'dist', 'esm', 'testing', 'index.js'))) as typeof Testing
}

/** The main entry file of the installed package, for child processes. */
export const libraryEntry = (pkg: PackedPackage): string => join(pkg.installed, 'dist', 'esm', 'index.js')
