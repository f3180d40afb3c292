// Aggregates against the doc server and the aggregate page's own answers (fixtures/docs/aggregate-*).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { deals, isTruncatedError, ResponseError } from '../../src/index.js'
import { answering, refusal, serveDocs } from './documented.js'
import { caught } from './leak-check.js'

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/docs/${name}.json`, import.meta.url), 'utf8'))

describe('aggregate, as the aggregate page shows it', () => {
  it('sends the documented body and reads figures, groups and meta', async () => {
    const { request, body } = fixture('aggregate-grouped')
    const sent: { body?: string | undefined }[] = []
    const op = deals()
      .where('categoryId', 0)
      .aggregate({ amount: ['sum', 'avg'] })
      .groupBy('stageId')
    const result = await answering(body, sent as never).execute(op)
    expect(JSON.parse(sent[0]!.body!)).toEqual(request.body)
    expect(result).toEqual({
      count: 41,
      aggregates: { amount: { sum: 100000, avg: 2439 } },
      groups: body.data.groups,
      truncated: false,
      totalRecords: 41,
      recordsProcessed: 41,
    })
  })

  it('says truncated: true when the figures cover only the first 5000 records, and throws when asked to be exact', async () => {
    const { body } = fixture('aggregate-truncated')
    const result = await answering(body).execute(deals().aggregate({ amount: ['sum'] }))
    expect(result).toMatchObject({ count: 12000, truncated: true, recordsProcessed: 5000 })
    const error = await caught(answering(body).execute(deals().aggregate({ amount: ['sum'] }, { exact: true })))
    expect(isTruncatedError(error)).toBe(true)
    expect(error).toMatchObject({ totalRecords: 12000, recordsProcessed: 5000 })
    expect((error as Error).message).toMatch(/aggregated 5000 of 12000 records \(meta.truncated\)/)
  })

  it('reads figures over fewer records than matched as truncated, even without the flag', async () => {
    const body = {
      success: true,
      data: { count: 6000, aggregates: { amount: { sum: 1 } }, meta: { totalRecords: 6000, recordsProcessed: 5000 } },
    }
    expect(await answering(body).execute(deals().aggregate({ amount: ['sum'] }))).toMatchObject({ truncated: true })
    expect(
      isTruncatedError(await caught(answering(body).execute(deals().aggregate({ amount: ['sum'] }, { exact: true })))),
    ).toBe(true)
    // A count alone reads no record: recordsProcessed 0 is not truncation.
    const counted = { success: true, data: { count: 6000, meta: { totalRecords: 6000, recordsProcessed: 0 } } }
    expect(await answering(counted).execute(deals().aggregate({}))).toMatchObject({ truncated: false })
  })

  it('refuses an answer without a figure it asked for, rather than type a missing number', async () => {
    const error = await caught(
      answering({ success: true, data: { count: 3 } }).execute(deals().aggregate({ amount: ['sum'] })),
    )
    expect(error).toBeInstanceOf(ResponseError)
    expect((error as Error).message).toMatch(/no number for sum\(amount\)/)
  })

  it('reads groups without figures (a groupBy with no functions) as groups with none', async () => {
    const body = { success: true, data: { count: 2, groups: [{ stageId: 'NEW', count: 2 }] } }
    const { groups } = await answering(body).execute(deals().aggregate({}).groupBy('stageId'))
    expect(groups).toEqual([{ stageId: 'NEW', count: 2, aggregates: {} }])
  })

  it('refuses an answer without the groups it asked for', async () => {
    const { body } = fixture('aggregate-truncated')
    const error = await caught(
      answering(body).execute(
        deals()
          .aggregate({ amount: ['sum'] })
          .groupBy('stageId'),
      ),
    )
    expect(error).toBeInstanceOf(ResponseError)
  })

  it('refuses bad specs before sending', () => {
    expect(refusal(() => deals().aggregate({ amount: ['median'] } as never))).toMatch(
      /aggregate\("amount"\): unknown function "median"/,
    )
    expect(refusal(() => deals().aggregate({ amount: [] } as never))).toMatch(/takes a non-empty array/)
    expect(refusal(() => deals().aggregate([] as never))).toMatch(/takes an object of functions per field/)
    expect(
      refusal(() =>
        deals()
          .aggregate({})
          .groupBy(...(['a', 'b', 'c', 'd', 'e', 'f'] as unknown as ['stageId'])),
      ),
    ).toMatch(/takes 1 to 5 fields, not 6/)
  })
})

describe('aggregate against the doc server', () => {
  it('sums and groups deals the way the table holds them', async () => {
    const { server, client } = await serveDocs()
    const rows = server.tables.get('deals') ?? []
    const result = await client.execute(
      deals()
        .aggregate({ amount: ['sum'] })
        .groupBy('stageId'),
    )
    const sum = rows.reduce((total, row) => total + Number(row.amount ?? 0), 0)
    expect(result.count).toBe(rows.length)
    expect(result.aggregates.amount.sum).toBe(sum)
    expect(result.groups.map((g) => g.count).reduce((a, b) => a + b, 0)).toBe(rows.length)
  })
})
