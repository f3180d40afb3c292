import { join } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // Most files wait on HTTP over loopback or on a child process (tsc, npm, the CLI), so three
    // workers keep two cores busy; files share a worker's module graph instead of importing the
    // library afresh each (vitest's default of cores − 1 workers, isolated: 144 s; this: 88 s).
    maxWorkers: 3,
    isolate: false,
    // Packs the package once for a whole run; see test/packed-once.ts.
    globalSetup: ['test/packed-once.ts'],
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
      // TypeScript 6, by path: the `typescript7` alias links a `tsc` of its own into node_modules/.bin.
      checker: join(import.meta.dirname, 'node_modules', 'typescript', 'bin', 'tsc'),
    },
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
  },
})
