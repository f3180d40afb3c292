// Bundle size is a feature: `contacts` + `createClient`, bundled for the browser (ESM, minified,
// cross-fetch external) and gzipped at level 9, must fit in 5 KB (5,120 bytes). The measurement is
// deterministic, so it runs in npm test; `npm run bench` reports the same figure.
import { describe, expect, it } from 'vitest'
import { bundleBudgetBytes, mainBundleSize } from '../../bench/bundle.js'

describe('bundle size', () => {
  it(`contacts + createClient, minified + gzip, is at most ${bundleBudgetBytes} bytes`, () => {
    const { gzipped } = mainBundleSize()
    expect(gzipped).toBeGreaterThan(0)
    expect(gzipped).toBeLessThanOrEqual(bundleBudgetBytes)
  })
})
