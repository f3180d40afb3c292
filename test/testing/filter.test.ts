// Filter semantics over real HTTP, against a small hand-written data set so each answer is exact:
// the docs' three syntaxes ($ operators, prefix keys, operator keys), $nin, our $or, and the codes
// for refused tokens, unknown fields and malformed filters.
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
const error = async (filter: unknown): Promise<{ status: number; code: string; message: string }> => {
  const answer = await r.post('/v1/deals/search', { filter })
  expect(answer.json.success).toBe(false)
  return { status: answer.status, code: answer.json.error.code, message: answer.json.error.message }
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
  it('$nin matches none of the listed values (and keeps empty fields)', async () => {
    expect(await deals({ stageId: { $nin: ['NEW', 'WON'] } })).toEqual([3, 5])
    expect(await deals({ companyId: { $nin: [15] } })).toEqual([3, 4, 5])
    expect(await deals({ id: { $nin: [] } })).toEqual([1, 2, 3, 4, 5, 6])
  })
  it('several operators on one field are ANDed', async () => {
    expect(await deals({ amount: { $gte: 50000, $lte: 200000 } })).toEqual([2, 3, 4, 5])
  })
  it('null matches an empty field, $ne null a filled one', async () => {
    expect(await deals({ companyId: null })).toEqual([4])
    expect(await deals({ contactId: { $ne: null } })).toEqual([1, 2, 3, 4, 6])
  })
  it('a $ operator above the fields, as the entity overview writes ?filter[$gte][amount]=', async () => {
    expect(await deals({ $gte: { amount: 75000 } })).toEqual([3, 4, 6])
    expect(await deals({ $ne: { stageId: 'LOST', companyId: 15 } })).toEqual([4, 5])
  })
})

describe('prefix keys', () => {
  it('>= > <= < compare', async () => {
    expect(await deals({ '>=amount': 75000 })).toEqual([3, 4, 6])
    expect(await deals({ '>amount': 75000 })).toEqual([3, 6])
    expect(await deals({ '<=amount': 50000 })).toEqual([1, 2, 5])
    expect(await deals({ '<amount': 50000 })).toEqual([1])
  })
  it('! is not equal', async () => {
    expect(await deals({ '!stageId': 'LOST' })).toEqual([1, 2, 4, 5, 6])
  })
  it('% is a case-insensitive substring match', async () => {
    expect(await deals({ '%title': 'AUDIT' })).toEqual([6])
    expect(await contacts({ '%lastName': 'petrov' })).toEqual([1, 4])
  })
  it("the docs' example: >=amount, <=amount and !stageId together", async () => {
    expect(await deals({ '>=amount': 50000, '<=amount': 200000, '!stageId': 'LOST' })).toEqual([2, 4, 5])
  })
})

describe('operator keys', () => {
  it("the docs' example: { amount: { '>=': 50000 }, stageId: { '!': 'LOST' } }", async () => {
    expect(await deals({ amount: { '>=': 50000 }, stageId: { '!': 'LOST' } })).toEqual([2, 4, 5, 6])
  })
  it('> < <= compare, % matches a substring, != is not equal', async () => {
    expect(await deals({ amount: { '>': 75000 } })).toEqual([3, 6])
    expect(await deals({ amount: { '<': 50000 } })).toEqual([1])
    expect(await deals({ amount: { '<=': 1000 } })).toEqual([1])
    expect(await deals({ title: { '%': 'paper' } })).toEqual([5])
    expect(await deals({ stageId: { '!=': 'NEW' } })).toEqual([2, 3, 4, 5])
  })
  it('mix with $ operators in one object, all ANDed', async () => {
    expect(await deals({ amount: { '>=': 50000, $lt: 200000, '!=': 75000 } })).toEqual([2, 5])
  })
  it('compare dates as the $ form does', async () => {
    expect(await deals({ createdAt: { '>=': '2026-01-01T00:00:00' } })).toEqual([1, 2, 4, 5])
  })
})

describe('the three syntaxes mixed', () => {
  it("the docs' mixed example: $gte, a ! prefix and a >= operator key", async () => {
    const filter = { amount: { $gte: 50000 }, '!stageId': 'LOST', createdAt: { '>=': '2026-01-01T00:00:00' } }
    expect(await deals(filter)).toEqual([2, 4, 5])
  })
  it("the docs' three NOT filters find the same rows", async () => {
    const expected = [1, 2, 4, 5, 6]
    expect(await deals({ stageId: { $ne: 'LOST' } })).toEqual(expected)
    expect(await deals({ '!stageId': 'LOST' })).toEqual(expected)
    expect(await deals({ stageId: { '!': 'LOST' } })).toEqual(expected)
  })
  it('a bare value, $ operators, prefixes, operator keys and $or in one object', async () => {
    const filter = {
      companyId: { $in: [15, 7] },
      '>=amount': 1000,
      amount: { '<': 300000 },
      stageId: { $nin: ['LOST'] },
      $or: [{ '%title': 'crm' }, { stageId: 'NEW' }, { stageId: { '!=': 'WON' } }],
    }
    expect(await deals(filter)).toEqual([1, 2, 5])
  })
  it('keeps an exact match and prefix conditions on the same field (all apply)', async () => {
    expect(await deals({ stageId: 'NEW', '!id': 1 })).toEqual([6])
    expect(await deals({ id: { $gte: 2 }, '>=id': 3, '!id': 4 })).toEqual([3, 5, 6])
  })
})

describe('$or (our encoding, unconfirmed)', () => {
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

describe('refused operator tokens → 400 INVALID_FILTER_OPERATOR', () => {
  it('the upstream Bitrix24 prefixes = @ !@ =% !% are not service tokens', async () => {
    for (const key of ['=stageId', '@stageId', '!@stageId', '=%title', '!%title']) {
      const answer = await error({ [key]: key.includes('@') ? ['NEW'] : 'NEW' })
      expect(answer, key).toMatchObject({ status: 400, code: 'INVALID_FILTER_OPERATOR' })
    }
    expect(await error({ '!=id': 1 })).toMatchObject({ status: 400, code: 'INVALID_FILTER_OPERATOR' })
  })
  it('unknown operator keys and $ operators, inside a field or above the fields', async () => {
    for (const filter of [
      { stageId: { '=': 'NEW' } },
      { stageId: { '@': ['NEW'] } },
      { amount: { '<>': 1 } },
      { amount: { gte: 1 } },
      { amount: { $between: [1, 2] } },
      { amount: { $eq: 1 } },
      { $and: [{ id: 1 }] },
      { $not: { id: 1 } },
    ]) {
      expect(await error(filter), JSON.stringify(filter)).toMatchObject({
        status: 400,
        code: 'INVALID_FILTER_OPERATOR',
      })
    }
  })
  it('names the token and lists every supported operator, $nin and != included', async () => {
    const { message } = await error({ '=stageId': 'NEW' })
    expect(message).toContain("'='")
    for (const token of ['$gt', '$gte', '$lt', '$lte', '$ne', '$contains', '$in', '$nin', '>=', '<=', '!', '%', '!=']) {
      expect(message).toContain(token)
    }
  })
})

describe('unknown fields → 400 INVALID_FILTER_FIELD', () => {
  it('in a bare key, a prefix key, an operator object, above the fields and inside $or', async () => {
    for (const filter of [
      { stage: 'WON' },
      { '>=amont': 1 },
      { amont: { $gte: 1 } },
      { amont: { '>=': 1 } },
      { $gte: { amont: 1 } },
      { $or: [{ stage: 'WON' }] },
    ]) {
      expect(await error(filter), JSON.stringify(filter)).toMatchObject({ status: 400, code: 'INVALID_FILTER_FIELD' })
    }
  })
  it('names the field', async () => {
    expect((await error({ stage: 'WON' })).message).toContain("'stage'")
  })
})

describe('malformed filters → 400 INVALID_FILTER', () => {
  it('wrong value types, lists where one value goes, and the reverse', async () => {
    expect(await error({ amount: 'lots' })).toEqual({
      status: 400,
      code: 'INVALID_FILTER',
      message: 'Field \'amount\' expects a number, got "lots"',
    })
    for (const filter of [
      { stageId: ['NEW', 'WON'] },
      { stageId: { $in: 'NEW' } },
      { stageId: { $nin: 'NEW' } },
      { '!stageId': ['NEW'] },
      { amount: { $contains: '5' } },
      { amount: { '%': '5' } },
      { createdAt: { $gt: 'yesterday' } },
      { amount: {} },
      { '>=amount': { $lt: 5 } },
      { $gte: 5 },
      { $or: [] },
      [{ id: 1 }],
    ]) {
      expect(await error(filter), JSON.stringify(filter)).toMatchObject({ status: 400, code: 'INVALID_FILTER' })
    }
  })
})
