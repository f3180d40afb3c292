import { join } from 'node:path'
import { defineConfig } from 'vitest/config'
import SlowFirst from './test/slow-first.js'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // Most files wait on HTTP over loopback or on a child process (tsc, npm, the CLI), so three
    // workers keep two cores busy; files share a worker's module graph instead of importing the
    // library afresh each (vitest's default of cores − 1 workers, isolated: 144 s; this: 88 s).
    maxWorkers: 3,
    isolate: false,
    // Packs the package once for a whole run, beside the tests; see test/packed-once.ts.
    globalSetup: ['test/packed-once.ts'],
    sequence: { sequencer: SlowFirst },
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
      // TypeScript 7 (the `typescript7` alias), by path: 2 s where TypeScript 6 takes 15 s. TypeScript 6
      // still builds and checks src/ when the package is packed, and checks the docs' examples and the
      // type-cost programs against the packed types.
      checker: join(import.meta.dirname, 'node_modules', 'typescript7', 'bin', 'tsc'),
    },
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
  },
})
