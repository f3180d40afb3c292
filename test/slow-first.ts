// The order of a whole run's files: the slowest first, each beside the others, so that the run does
// not end with one long file alone on a core. Vitest's own order comes from the durations of the
// last run on this machine, which a clean clone (CI) does not have. The files that read the packed
// package come first: they wait for it without using a core while it is packed (test/packed-once.ts).
import { relative } from 'node:path'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/** Slowest first, measured with `npx vitest run` (the JSON report's file durations). */
const slowest = [
  'test/budgets/packed-package.test.ts',
  'test/docs/api-docs.test.ts',
  'test/docs/examples.test.ts',
  'test/package/published.test.ts',
  'test/docs/entity-reference.test.ts',
  'test/paging/stream.test.ts',
  'test/cli/command-line.test.ts',
  'test/types/error-messages.test.ts',
  'test/examples/demo.test.ts',
  'test/generate/emulator.test.ts',
  'test/generate/end-to-end.test.ts',
]

export default class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const at = slowest.indexOf(relative(this.ctx.config.root, file.moduleId))
      return at === -1 ? slowest.length : at
    }
    // Array.prototype.sort is stable: the rest keep vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b))
  }
}
