// Filter semantics over real HTTP, against a small hand-written data set so each answer is exact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTACTS, DEALS, ids, start, type Running } from './helpers.js'

let r: Running
beforeAll(async () => {
  r = await start({ data: { deals: DEALS, contacts: CONTACTS } })
})
afterAll(() => r.close())

const deals = async (filter: unknown): Promise<unknown[]> => {
  const answer = await r.post('/v1/deals/search', { filter })
  expect(answer.status, answer.text).toBe(200)
  return ids(answer)
}
const contacts = async (filter: unknown): Promise<unknown[]> => {
  const answer = await r.post('/v1/contacts/search', { filter })
  expect(answer.status, answer.text).toBe(200)
  return ids(answer)
}

describe('$ operators', () => {
  it('bare value is an exact match', async () => {
    expect(await deals({ stageId: 'WON' })).toEqual([2, 4])
    expect(await deals({ companyId: 15 })).toEqual([1, 2, 6])
    expect(await deals({ stageId: 'won' })).toEqual([])
  })
  it('$gt $gte $lt $lte compare numbers numerically', async () => {
    expect(await deals({ amount: { $gt: 50000 } })).toEqual([3, 4, 6])
    expect(await deals({ amount: { $gte: 50000 } })).toEqual([2, 3, 4, 5, 6])
    expect(await deals({ amount: { $lt: 50000 } })).toEqual([1])
    expect(await deals({ amount: { $lte: 50000 } })).toEqual([1, 2, 5])
  })
  it('$ne excludes the value (and keeps rows where the field is empty)', async () => {
    expect(await deals({ stageId: { $ne: 'WON' } })).toEqual([1, 3, 5, 6])
    expect(await deals({ companyId: { $ne: 15 } })).toEqual([3, 4, 5])
  })
  it('$contains matches a substring case-insensitively', async () => {
    expect(await deals({ title: { $contains: 'support' } })).toEqual([4])
    expect(await deals({ title: { $contains: 'OF' } })).toEqual([1, 5])
  })
  it('$in matches any listed value', async () => {
    expect(await deals({ stageId: { $in: ['NEW', 'LOST'] } })).toEqual([1, 3, 6])
    expect(await deals({ id: { $in: [6, 2, 99] } })).toEqual([2, 6])
  })
  it('several operators on one field are ANDed', async () => {
    expect(await deals({ amount: { $gte: 50000, $lte: 200000 } })).toEqual([2, 3, 4, 5])
  })
  it('null matches an empty field, $ne null a filled one', async () => {
    expect(await deals({ companyId: null })).toEqual([4])
    expect(await deals({ contactId: { $ne: null } })).toEqual([1, 2, 3, 4, 6])
  })
})

describe('prefix syntax', () => {
  it('>= > <= < compare', async () => {
    expect(await deals({ '>=amount': 75000 })).toEqual([3, 4, 6])
    expect(await deals({ '>amount': 75000 })).toEqual([3, 6])
    expect(await deals({ '<=amount': 50000 })).toEqual([1, 2, 5])
    expect(await deals({ '<amount': 50000 })).toEqual([1])
  })
  it('! is not equal, = is equal', async () => {
    expect(await deals({ '!stageId': 'LOST' })).toEqual([1, 2, 4, 5, 6])
    expect(await deals({ '=stageId': 'LOST' })).toEqual([3])
  })
  it('@ is in, !@ is not in', async () => {
    expect(await deals({ '@id': [1, 2] })).toEqual([1, 2])
    expect(await deals({ '!@stageId': ['NEW', 'WON'] })).toEqual([3, 5])
  })
  it('% is a case-insensitive substring match', async () => {
    expect(await deals({ '%title': 'AUDIT' })).toEqual([6])
    expect(await contacts({ '%lastName': 'petrov' })).toEqual([1, 4])
  })
  it('the documented example: ">=amount", "<=amount" and "!stageId" together', async () => {
    expect(await deals({ '>=amount': 50000, '<=amount': 200000, '!stageId': 'LOST' })).toEqual([2, 4, 5])
  })
})

describe('$or', () => {
  it('ORs whole filter objects, each ANDed inside', async () => {
    expect(await deals({ $or: [{ stageId: 'WON', companyId: 15 }, { amount: { $gte: 200000 } }] })).toEqual([2, 3, 6])
  })
  it('nests', async () => {
    const filter = { $or: [{ stageId: 'LOST' }, { $or: [{ id: 1 }, { $or: [{ '%title': 'paper' }] }] }] }
    expect(await deals(filter)).toEqual([1, 3, 5])
  })
  it('is ANDed with the other keys of its object', async () => {
    expect(await deals({ companyId: 15, $or: [{ stageId: 'NEW' }, { amount: { $gt: 40000 } }] })).toEqual([1, 2, 6])
  })
})

describe('mixed syntaxes', () => {
  it('combines bare values, $ operators, prefixes and $or in one object', async () => {
    const filter = {
      companyId: { $in: [15, 7] },
      '>=amount': 1000,
      amount: { $lt: 300000 },
      '!stageId': 'LOST',
      $or: [{ '%title': 'crm' }, { stageId: 'NEW' }, { stageId: 'EXECUTING' }],
    }
    expect(await deals(filter)).toEqual([1, 2, 5])
  })
  it('keeps an exact match and a prefix condition on the same field (both apply)', async () => {
    expect(await deals({ stageId: 'NEW', '!id': 1 })).toEqual([6])
    expect(await deals({ id: { $gte: 2 }, '>=id': 3, '!id': 4 })).toEqual([3, 5, 6])
  })
})

describe('values', () => {
  it('compares dates as instants across offsets, Z and date-only strings', async () => {
    // 2026-01-01T00:00:00+03:00 is 2025-12-31T21:00:00Z; deal 3 is 2025-12-31T20:30Z.
    expect(await deals({ createdAt: { $gte: '2025-12-31T21:00:00Z' } })).toEqual([1, 2, 4, 5])
    expect(await deals({ createdAt: { $gte: '2026-01-01' } })).toEqual([1, 2, 4, 5])
    expect(await deals({ createdAt: { $lt: '2026-01-01T00:00:00' } })).toEqual([3, 6])
    expect(await deals({ createdAt: '2025-06-01T13:00:00+03:00' })).toEqual([6])
  })
  it('coerces numeric strings on number fields and numbers on text fields', async () => {
    expect(await deals({ companyId: '15', amount: { $gt: '60000' } })).toEqual([6])
    expect(await contacts({ phone: 74955553546 })).toEqual([1])
  })
  it('reads booleans', async () => {
    expect(await contacts({ opened: false })).toEqual([2])
    expect(await contacts({ opened: 'Y' })).toEqual([1, 3, 4])
  })
  it('empty $in matches nothing', async () => {
    expect(await deals({ id: { $in: [] } })).toEqual([])
  })
})

describe('errors (strict on purpose)', () => {
  const error = async (filter: unknown): Promise<{ status: number; code: string; message: string }> => {
    const answer = await r.post('/v1/deals/search', { filter })
    expect(answer.json.success).toBe(false)
    return { status: answer.status, code: answer.json.error.code, message: answer.json.error.message }
  }
  it('unknown field → 400 UNKNOWN_FIELD naming it', async () => {
    expect(await error({ stage: 'WON' })).toEqual({ status: 400, code: 'UNKNOWN_FIELD', message: "Unknown field 'stage' in filter for deals" })
    expect((await error({ $or: [{ '>=amont': 1 }] })).message).toContain("'amont'")
  })
  it('unknown $ operator → 400 UNKNOWN_OPERATOR', async () => {
    expect(await error({ amount: { $between: [1, 2] } })).toMatchObject({ status: 400, code: 'UNKNOWN_OPERATOR' })
    expect(await error({ $and: [{ id: 1 }] })).toMatchObject({ status: 400, code: 'UNKNOWN_OPERATOR', message: "Unknown filter operator '$and'" })
  })
  it('malformed filters → 400 INVALID_FILTER', async () => {
    expect(await error({ amount: 'lots' })).toEqual({ status: 400, code: 'INVALID_FILTER', message: 'Field \'amount\' expects a number, got "lots"' })
    expect(await error({ stageId: ['NEW', 'WON'] })).toMatchObject({ code: 'INVALID_FILTER' })
    expect(await error({ stageId: { $in: 'NEW' } })).toMatchObject({ code: 'INVALID_FILTER' })
    expect(await error({ amount: { $contains: '5' } })).toMatchObject({ code: 'INVALID_FILTER' })
    expect(await error({ createdAt: { $gt: 'yesterday' } })).toMatchObject({ code: 'INVALID_FILTER' })
    expect(await error({ $or: [] })).toMatchObject({ code: 'INVALID_FILTER' })
    expect(await error({ '!=id': 1 })).toMatchObject({ code: 'INVALID_FILTER' })
    expect(await error([{ id: 1 }])).toMatchObject({ code: 'INVALID_FILTER' })
  })
})
