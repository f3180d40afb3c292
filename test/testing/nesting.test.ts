// Deeply nested input: a JSON body or a bracket query key nested past MAX_NESTING levels answers
// 400 VALIDATION_ERROR saying what was too deep, on every endpoint, never a 500 from an overflowed
// stack; nesting up to the limit is served as usual.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_NESTING } from '../../src/testing/index.js'
import { DEALS, KEY, read, start, type Answer, type Running } from './helpers.js'

let r: Running
beforeAll(async () => {
  r = await start({ data: { deals: DEALS, things: [{ id: 1, tags: [] }] } })
})
afterAll(() => r.close())

/** The stated limit. */
const LIMIT = 64
/** Far deeper than any stack survives when walked recursively. */
const HUGE = 100_000

const nest = (open: string, inner: string, close: string, levels: number): string =>
  `${open.repeat(levels)}${inner}${close.repeat(levels)}`
/** A filter of `levels` `$or` groups, one inside the other, around `{ id: 1 }`. */
const ors = (levels: number): string => nest('{"$or":[', '{"id":1}', ']}', levels)

const send = async (method: string, path: string, body: string): Promise<Answer> =>
  read(
    await fetch(`${r.url}${path}`, {
      method,
      headers: { 'X-Api-Key': KEY, 'Content-Type': 'application/json' },
      body,
    }),
  )

function expectTooDeepBody(answer: Answer): void {
  expect(answer.status, answer.text).toBe(400)
  expect(answer.json.success).toBe(false)
  expect(answer.json.error.code).toBe('VALIDATION_ERROR')
  expect(answer.json.error.message).toBe(`The request body nests arrays and objects more than ${LIMIT} levels deep`)
}

function expectTooDeepQuery(answer: Answer, levels: number): void {
  expect(answer.status, answer.text).toBe(400)
  expect(answer.json.success).toBe(false)
  expect(answer.json.error.code).toBe('VALIDATION_ERROR')
  expect(answer.json.error.message).toMatch(
    new RegExp(`^Query parameter 'filter\\[.{0,40}…' nests ${levels} levels; at most ${LIMIT} are allowed$`),
  )
}

describe('a JSON body nested too deep', () => {
  it('states the limit: 64 levels', () => {
    expect(MAX_NESTING).toBe(LIMIT)
  })
  it('answers 400 for 100,000 nested arrays as a search body', async () => {
    expectTooDeepBody(await send('POST', '/v1/deals/search', nest('[', '', ']', HUGE)))
  })
  it('answers 400 for 100,000 nested objects inside a filter value', async () => {
    expectTooDeepBody(await send('POST', '/v1/deals/search', `{"filter":{"title":${nest('{"a":', '1', '}', HUGE)}}}`))
  })
  it('answers 400 for $or groups nested 5,000 and 100,000 deep in a search', async () => {
    expectTooDeepBody(await send('POST', '/v1/deals/search', `{"filter":${ors(5000)}}`))
    expectTooDeepBody(await send('POST', '/v1/deals/search', `{"filter":${ors(HUGE)}}`))
  })
  it('answers 400 for a deep filter in an aggregate', async () => {
    expectTooDeepBody(await send('POST', '/v1/deals/aggregate', `{"filter":${ors(5000)}}`))
  })
  it('answers 400 for a deep value in a create, an update and a bulk create', async () => {
    const deep = nest('[', '', ']', HUGE)
    expectTooDeepBody(await send('POST', '/v1/deals', `{"title":${deep}}`))
    expectTooDeepBody(await send('PATCH', '/v1/deals/1', `{"title":${deep}}`))
    expectTooDeepBody(await send('POST', '/v1/deals/batch', `{"action":"create","items":[{"title":${deep}}]}`))
    expect((await r.get('/v1/deals/1')).json.data.title).toBe('Office furniture')
    expect(r.emulator.count('deals')).toBe(DEALS.length)
  })
  it('answers 400 for a deep filter in a call of /v1/batch', async () => {
    const call = `{"id":"deep","entity":"deals","action":"search","params":{"filter":${ors(5000)}}}`
    expectTooDeepBody(await send('POST', '/v1/batch', `{"calls":[${call}]}`))
  })
  it('answers 400 through the in-process fetch handler too', async () => {
    const answer = await read(
      await r.emulator.fetch('/v1/deals/search', {
        method: 'POST',
        headers: { 'X-Api-Key': KEY, 'Content-Type': 'application/json' },
        body: `{"filter":${ors(HUGE)}}`,
      }),
    )
    expectTooDeepBody(answer)
  })
  it(`serves ${LIMIT} levels and refuses ${LIMIT + 1}`, async () => {
    // The body object is one level, so `tags` holds LIMIT - 1 arrays.
    const ok = await send('POST', '/v1/things', `{"tags":${nest('[', '', ']', LIMIT - 1)}}`)
    expect(ok.status, ok.text).toBe(201)
    expect(JSON.stringify(ok.json.data.tags)).toBe(nest('[', '', ']', LIMIT - 1))
    expectTooDeepBody(await send('POST', '/v1/things', `{"tags":${nest('[', '', ']', LIMIT)}}`))
  })
  it(`evaluates $or groups nested up to ${LIMIT} levels`, async () => {
    // { filter: ors(31) } is 1 + 2 * 31 + 1 = 64 levels.
    const answer = await send('POST', '/v1/deals/search', `{"filter":${ors(31)},"select":["id"]}`)
    expect(answer.status, answer.text).toBe(200)
    expect(answer.json.data).toEqual([{ id: 1 }])
  })
})

describe('a bracket query key nested too deep', () => {
  it('answers 400 for filter[a][a]… 1,800 and 5,000 levels deep on a list', async () => {
    expectTooDeepQuery(await r.get(`/v1/deals?filter${'[a]'.repeat(1799)}=1`), 1800)
    expectTooDeepQuery(await r.get(`/v1/deals?filter${'[a]'.repeat(4999)}=1`), 5000)
  })
  it('answers 400 for $or groups nested in the query of a list and of a get', async () => {
    const key = `filter${'[$or][0]'.repeat(900)}[id]`
    expectTooDeepQuery(await r.get(`/v1/deals?${key}=1`), 1802)
    expectTooDeepQuery(await r.get(`/v1/deals/1?${key}=1`), 1802)
  })
  it(`serves ${LIMIT} levels and refuses ${LIMIT + 1}`, async () => {
    // filter + 31 × [$or][0] + [id] is 64 segments, one level each.
    const ok = await r.get(`/v1/deals?filter${'[$or][0]'.repeat(31)}[id]=2&select=id`)
    expect(ok.status, ok.text).toBe(200)
    expect(ok.json.data).toEqual([{ id: 2 }])
    expectTooDeepQuery(await r.get(`/v1/deals?filter${'[$or][0]'.repeat(31)}[id][$in]=2`), LIMIT + 1)
  })
})
