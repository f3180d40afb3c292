// Type-check cost is a feature: 200 typical queries must cost at most half the instantiations of
// the lighter of Kysely and postgrest-js writing the same queries, and the 500-field canary stays
// under a fixed budget. Instantiation counts are deterministic, so this runs in npm test.
import { afterAll, describe, expect, it } from 'vitest'
import { canaryBudget, canaryCost, cleanUp, queryCost, typeCostBudgetRatio } from '../../bench/type-cost/measure.js'


describe('type-check cost', () => {
  afterAll(cleanUp)

  it('200 typical queries cost ≤ 0.5× the lighter of Kysely and postgrest-js', { timeout: 180_000 }, () => {
    const ours = queryCost('ours', 200).instantiations
    const lighter = Math.min(queryCost('kysely', 200).instantiations, queryCost('postgrest', 200).instantiations)
    expect(ours).toBeGreaterThan(0)
    expect(ours / lighter).toBeLessThanOrEqual(typeCostBudgetRatio)
  })

  it(`the 500-field canary stays under ${canaryBudget} instantiations`, { timeout: 60_000 }, () => {
    const { instantiations } = canaryCost()
    expect(instantiations).toBeGreaterThan(0)
    expect(instantiations).toBeLessThanOrEqual(canaryBudget)
  })
})
