// Names a caller chooses that Object.prototype also has (__proto__, constructor, toString, …) come
// back under their own key: batch call ids in results, totals, meta and errors, and the groupBy
// values of aggregate groups; a custom field cannot be named __proto__.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmulator, type EmulatorRow } from '../../src/testing/index.js'
import { DEALS, start, type Running } from './helpers.js'

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']

let r: Running
beforeAll(async () => {
  const things: EmulatorRow[] = [
    { id: 1, toString: 'a', size: 1 },
    { id: 2, size: 2 },
    { id: 3, size: 4 },
  ]
  r = await start({ data: { deals: DEALS, things } })
})
afterAll(() => r.close())

describe('batch call ids named like Object.prototype members', () => {
  it('answers each succeeding call under its own id', async () => {
    const calls = NAMES.map((id, i) => ({
      id,
      entity: 'deals',
      action: 'search',
      params: { filter: { id: i + 1 }, select: ['id'] },
    }))
    const answer = await r.post('/v1/batch', { calls })
    expect(answer.status, answer.text).toBe(200)
    expect(answer.json.success).toBe(true)
    const { results, totals, errors, summary, meta } = answer.json.data
    expect(Object.entries(results)).toEqual(NAMES.map((id, i) => [id, [{ id: i + 1 }]]))
    expect(Object.entries(totals)).toEqual(NAMES.map((id) => [id, 1]))
    const page = { total: 1, returned: 1, hasMore: false, truncated: false }
    expect(Object.entries(meta)).toEqual(NAMES.map((id) => [id, page]))
    expect(Object.entries(errors)).toEqual([])
    expect(summary).toEqual({ total: 5, succeeded: 5, failed: 0 })
    expect(answer.text).toContain('"results":{"__proto__":[{"id":1}],')
  })
  it('answers each failing call under its own id, beside a succeeding one', async () => {
    const missing = (await r.get('/v1/deals/99')).json.error
    expect(missing).toEqual({ code: 'ENTITY_NOT_FOUND', message: 'Item not found' })
    const calls = [
      ...NAMES.slice(0, 4).map((id) => ({ id, entity: 'deals', action: 'get', entityId: 99 })),
      { id: 'valueOf', entity: 'nope', action: 'get', entityId: 1 },
      { id: 'ok', entity: 'deals', action: 'get', entityId: 2 },
    ]
    const answer = await r.post('/v1/batch', { calls })
    expect(answer.status, answer.text).toBe(200)
    const { results, errors, summary } = answer.json.data
    expect(Object.keys(results)).toEqual(['ok'])
    expect(Object.keys(errors)).toEqual(NAMES)
    for (const id of NAMES.slice(0, 4)) expect(errors[id]).toEqual(missing)
    expect(errors['valueOf'].code).toBe('UNKNOWN_ENTITY')
    expect(errors['valueOf'].message).toBe('Unknown entity "nope"')
    expect(summary).toEqual({ total: 6, succeeded: 1, failed: 5 })
  })
})

describe('aggregate groups on a field named like an Object.prototype member', () => {
  it('gives every group its groupBy value, null where a row lacks the field', async () => {
    const answer = await r.post('/v1/things/aggregate', {
      groupBy: 'toString',
      aggregate: [{ field: 'size', function: 'sum' }],
    })
    expect(answer.status, answer.text).toBe(200)
    expect(answer.json.data.groups.map((g: object) => Object.entries(g))).toEqual([
      [
        ['toString', null],
        ['count', 2],
        ['aggregates', { size: { sum: 6 } }],
      ],
      [
        ['toString', 'a'],
        ['count', 1],
        ['aggregates', { size: { sum: 1 } }],
      ],
    ])
  })
})

describe('custom field declarations', () => {
  it('refuses a custom field named __proto__, which no answer could carry', () => {
    const customFields = { things: JSON.parse('{"__proto__":{"type":"integer"}}') }
    expect(() => createEmulator({ data: { things: [] }, customFields })).toThrow(
      new TypeError("emulator: things cannot have a field named '__proto__'"),
    )
  })
})
