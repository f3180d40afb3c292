// Bundle size: `contacts` + `createClient`, bundled for the browser (ESM, minified, cross-fetch
// external) and gzipped at level 9. The budget is 5 KB (5,120 bytes), and it is NOT met: the builder
// and `execute` path measure 5,355 bytes (with the option checks and secret redaction that review
// asked for), and the client's stream/pages/batch/count methods, which DESIGN §4 puts on the client
// object (so no bundler can drop them), add 1,391 more.
// `npm run bench` reports the miss against the budget; this test is a ratchet that fails as soon as
// the bundle grows, so the gap can only close. Lower `ratchetBytes` whenever the bundle shrinks.
import { describe, expect, it } from 'vitest'
import { bundleBudgetBytes, mainBundleSize } from '../../bench/bundle.js'

/** The size measured when the ratchet was last set (6,746 bytes), plus 44 bytes of slack. */
const ratchetBytes = 6_790

describe('bundle size', () => {
  it(`contacts + createClient does not grow past ${ratchetBytes} bytes (budget ${bundleBudgetBytes}, not yet met)`, () => {
    const { gzipped } = mainBundleSize()
    expect(gzipped).toBeGreaterThan(0)
    expect(gzipped).toBeLessThanOrEqual(ratchetBytes)
  })
})
