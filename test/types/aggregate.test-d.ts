import { describe, expectTypeOf, it } from 'vitest'
import { batch, contacts, createClient, deals, type InferResult } from '../../src/index.js'

describe('aggregate', () => {
  it('types the figures per field and function, and the groups by the grouped fields', () => {
    const op = deals()
      .where('categoryId', 0)
      .aggregate({ amount: ['sum', 'avg'] })
      .groupBy('stageId')
    type Result = InferResult<typeof op>
    expectTypeOf<Result['count']>().toEqualTypeOf<number>()
    expectTypeOf<Result['truncated']>().toEqualTypeOf<boolean>()
    expectTypeOf<Result['aggregates']>().toEqualTypeOf<{ amount: { sum: number; avg: number } }>()
    expectTypeOf<Result['groups'][number]['stageId']>().toEqualTypeOf<string | null>()
    expectTypeOf<Result['groups'][number]['aggregates']['amount']>().toEqualTypeOf<
      { sum?: number; avg?: number } | undefined
    >()
  })

  it('has no groups before groupBy; {} counts only', () => {
    const op = deals().aggregate({ amount: ['max'] })
    expectTypeOf<InferResult<typeof op>['aggregates']>().toEqualTypeOf<{ amount: { max: number } }>()
    // @ts-expect-error — no groupBy, no groups
    void ({} as InferResult<typeof op>).groups
    const counted = contacts().aggregate({})
    expectTypeOf<InferResult<typeof counted>['count']>().toEqualTypeOf<number>()
  })

  it('takes sum/avg/min/max on numeric aggregatable fields and numeric custom fields, count on any', () => {
    deals().aggregate({ amount: ['sum', 'min', 'max', 'count'], title: ['count'] })
    deals<{ ufCrm_Budget: number | null }>().aggregate({ ufCrm_Budget: ['sum'] })
    // @ts-expect-error — title is not numeric
    deals().aggregate({ title: ['sum'] })
    // @ts-expect-error — probability is numeric but not aggregatable for deals
    deals().aggregate({ probability: ['avg'] })
    // @ts-expect-error — not a function
    deals().aggregate({ amount: ['median'] })
  })

  it('groups by groupable fields and custom fields only, and is no batch call', () => {
    deals().aggregate({}).groupBy('stageId', 'categoryId', 'stageSemanticId')
    deals<{ ufCrm_Region: string }>().aggregate({}).groupBy('ufCrm_Region')
    // @ts-expect-error — title is not groupable for deals
    deals().aggregate({}).groupBy('title')
    // @ts-expect-error — at most five fields
    deals().aggregate({}).groupBy('stageId', 'categoryId', 'assignedById', 'sourceId', 'stageSemanticId', 'stageId')
    const client = createClient({ apiKey: 'vibe_api_x' })
    // @ts-expect-error — the service's batch has no aggregate action
    void batch(client, { a: deals().aggregate({ amount: ['sum'] }) })
  })
})
