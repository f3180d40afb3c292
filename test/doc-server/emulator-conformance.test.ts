// The emulator against the docs: the documented requests, each answer checked with the validators
// of shapes.ts (written from the docs, not from the emulator), and every error it answers checked
// against error-codes.json. These tests say what the docs demand, whatever the emulator answers today.
import { describe, expect, it } from 'vitest'
import { createEmulator, type Emulator, type EmulatorOptions } from '../../src/testing/index.js'
import {
  checkAggregate,
  checkBatch,
  checkBatchRejected,
  checkBulk,
  checkCreate,
  checkDelete,
  checkError,
  checkFields,
  checkList,
  checkRecord,
  checkSearch,
  checkUsersGet,
  type BatchCall,
} from './shapes.js'

const KEY = 'vibe_api_demo'
const BASE = 'http://emulator.local'

// Codes the service is seen to answer although the docs do not list them (DESIGN.md §2, §5).
const OBSERVED: ReadonlyArray<readonly [string, number]> = [['INVALID_FILTER_OPERATOR', 400]]

interface Answer {
  readonly status: number
  readonly headers: Headers
  readonly text: string
  readonly json: any
}

// Every error answer of the suite, checked by the last test.
const errorAnswers: Array<{ answer: Answer; what: string }> = []

async function send(
  emulator: Emulator,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { 'X-Api-Key': KEY },
): Promise<Answer> {
  const res = await emulator.fetch(`${BASE}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  })
  const text = await res.text()
  let json: unknown
  try {
    json = text === '' ? undefined : JSON.parse(text)
  } catch {
    json = undefined
  }
  const answer = { status: res.status, headers: res.headers, text, json }
  const what = `${method} ${path} ${body === undefined ? '' : JSON.stringify(body)}`
  if (res.status >= 400) errorAnswers.push({ answer, what })
  return answer
}

function emulatorWith(options: EmulatorOptions = {}): Emulator {
  return createEmulator({ seed: 7, ...options })
}

// One emulator per describe block, made by its first test (so a failing constructor fails tests, not the file).
function shared(): () => Emulator {
  let emulator: Emulator | undefined
  return () => (emulator ??= emulatorWith())
}

const firstId = (emulator: Emulator, entity: string): number => Number(emulator.rows(entity)[0]?.id)

describe('reads', () => {
  const reads = shared()

  it('search answers { success, data } as the contacts search page prints it (23411-23436)', async () => {
    const emulator = reads()
    const answer = await send(emulator, 'POST', '/v1/contacts/search', {
      filter: { companyId: 15 },
      limit: 10,
      order: { lastName: 'asc' },
    })
    expect(answer.status).toBe(200)
    expect(checkSearch(answer.json).join('\n')).toBe('')
  })

  it('search with meta carries a count total, and keyset pages come in ascending ids', async () => {
    const withMeta = emulatorWith({ searchMeta: true })
    const after = firstId(withMeta, 'contacts')
    const answer = await send(withMeta, 'POST', '/v1/contacts/search', {
      filter: { id: { $gt: after } },
      order: { id: 'asc' },
      select: ['id', 'name'],
      limit: 5000,
    })
    expect(checkSearch(answer.json).join('\n')).toBe('')
    expect(answer.json.meta.total).toBe(withMeta.count('contacts') - 1)
    const ids = (answer.json.data as Array<{ id: number }>).map((row) => row.id)
    expect(ids.every((id, i) => id > after && (i === 0 || id > (ids[i - 1] as number)))).toBe(true)
    expect(Object.keys(answer.json.data[0]).sort()).toEqual(['id', 'name'])
  })

  it('list answers meta.total and meta.hasMore (23305-23336)', async () => {
    const emulator = reads()
    const answer = await send(emulator, 'GET', '/v1/contacts?limit=10&select=id,name,lastName,phone')
    expect(answer.status).toBe(200)
    expect(checkList(answer.json).join('\n')).toBe('')
  })

  it('get answers one record, and 404 ENTITY_NOT_FOUND for a missing id', async () => {
    const emulator = reads()
    const id = firstId(emulator, 'deals')
    const answer = await send(emulator, 'GET', `/v1/deals/${id}`)
    expect(checkRecord(answer.json, id).join('\n')).toBe('')
    const missing = await send(emulator, 'GET', '/v1/deals/99999999')
    expect(missing.status).toBe(404)
    expect(missing.json?.error?.code).toBe('ENTITY_NOT_FOUND')
    expect(checkError(missing.status, missing.json).join('\n')).toBe('')
  })

  it('users get answers an array holding the user (2392)', async () => {
    const withUsers = emulatorWith({ data: { users: [{ id: 1, name: 'Letta', active: true }] } })
    const answer = await send(withUsers, 'GET', '/v1/users/1')
    expect(answer.status).toBe(200)
    expect(checkUsersGet(answer.json).join('\n')).toBe('')
  })

  it('fields answers the CRM shape for deals and contacts (25655-25666)', async () => {
    const emulator = reads()
    for (const entity of ['deals', 'contacts']) {
      const answer = await send(emulator, 'GET', `/v1/${entity}/fields`)
      expect(checkFields(answer.json, true).join('\n'), entity).toBe('')
    }
  })

  it('aggregate answers count, aggregates and meta; groups only with groupBy (25170-25215)', async () => {
    const emulator = reads()
    const count = await send(emulator, 'POST', '/v1/deals/aggregate', { filter: { stageId: 'NEW' } })
    expect(count.status).toBe(200)
    expect(checkAggregate(count.json).join('\n')).toBe('')
    const body = {
      aggregate: [
        { field: 'amount', function: 'sum' },
        { field: 'amount', function: 'avg' },
      ],
      filter: { categoryId: 0 },
      groupBy: 'stageId',
    }
    const grouped = await send(emulator, 'POST', '/v1/deals/aggregate', body)
    expect(grouped.status).toBe(200)
    expect(checkAggregate(grouped.json, ['stageId']).join('\n')).toBe('')
    const groups = grouped.json.data.groups as Array<{ count: number }>
    expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(grouped.json.data.count)
  })

  it('include on get names the relations the docs give deals (25767-25790)', async () => {
    const emulator = reads()
    const id = firstId(emulator, 'deals')
    const answer = await send(emulator, 'GET', `/v1/deals/${id}?include=company`)
    expect(answer.status).toBe(200)
    expect(checkRecord(answer.json, id).join('\n')).toBe('')
    expect(answer.json.data._included).toHaveProperty('company')
    const unknown = await send(emulator, 'GET', `/v1/deals/${id}?include=manager`)
    expect([unknown.status, unknown.json?.error?.code]).toEqual([400, 'INVALID_INCLUDE'])
  })
})

describe('batch', () => {
  const batch = shared()

  it('answers results, totals, errors, summary and meta keyed by call id (2256-2304)', async () => {
    const emulator = batch()
    const calls: BatchCall[] = [
      {
        id: 'deals',
        entity: 'deals',
        action: 'list',
        params: { filter: { stageId: 'NEW' }, select: ['id', 'title', 'amount'], limit: 50 },
      },
      { id: 'contacts', entity: 'contacts', action: 'list', params: { select: ['id', 'name', 'lastName'], limit: 20 } },
      { id: 'one', entity: 'contacts', action: 'get', entityId: firstId(emulator, 'contacts') },
      { id: 'found', entity: 'contacts', action: 'search', params: { filter: { companyId: 15 }, limit: 5 } },
      { entity: 'deals', action: 'fields' },
    ]
    const answer = await send(emulator, 'POST', '/v1/batch', { calls })
    expect(answer.status).toBe(200)
    expect(checkBatch(answer.json, calls).join('\n')).toBe('')
  })

  it('keeps success true when one call names an unknown entity (2306-2338)', async () => {
    const emulator = batch()
    const calls: BatchCall[] = [
      { id: 'deals', entity: 'deals', action: 'list', params: { limit: 1 } },
      { id: 'unknown', entity: 'foobar', action: 'list' },
    ]
    const answer = await send(emulator, 'POST', '/v1/batch', { calls })
    expect(answer.status).toBe(200)
    expect(checkBatch(answer.json, calls).join('\n')).toBe('')
    expect(answer.json?.data?.errors?.unknown?.code).toBe('UNKNOWN_ENTITY')
  })

  it('answers 400 INVALID_REQUEST with data.errors when all calls are invalid, or for 51 (2340-2366)', async () => {
    const emulator = batch()
    const invalid = [{ id: 'x', entity: 'deals', action: 'get' }]
    const rejected = await send(emulator, 'POST', '/v1/batch', { calls: invalid })
    expect(checkBatchRejected(rejected.status, rejected.json, ['x']).join('\n')).toBe('')
    expect(rejected.json?.data?.errors?.x?.code).toBe('MISSING_ENTITY_ID')
    const calls = Array.from({ length: 51 }, () => ({ entity: 'deals', action: 'fields' }))
    const over = await send(emulator, 'POST', '/v1/batch', { calls })
    expect([over.status, over.json?.error?.code]).toEqual([400, 'INVALID_REQUEST'])
  })
})

describe('writes', () => {
  it('create answers 201 with the record, update the record, delete 204 with an empty body', async () => {
    const emulator = emulatorWith()
    const fields = { title: 'Equipment supply', amount: 50000, stageId: 'NEW' }
    const created = await send(emulator, 'POST', '/v1/deals', fields)
    expect(checkCreate(created.status, created.json).join('\n')).toBe('')
    const id = Number(created.json?.data?.id)
    const updated = await send(emulator, 'PATCH', `/v1/deals/${id}`, { stageId: 'WON', amount: 75000 })
    expect(updated.status).toBe(200)
    expect(checkRecord(updated.json, id).join('\n')).toBe('')
    const deleted = await send(emulator, 'DELETE', `/v1/deals/${id}`)
    expect(checkDelete(deleted.status, deleted.text).join('\n')).toBe('')
  })

  it('bulk POST /v1/{entity}/batch answers one result per item, each with success (2394)', async () => {
    const emulator = emulatorWith()
    const body = { action: 'create', items: [{ title: 'a' }, { title: 'b' }] }
    const answer = await send(emulator, 'POST', '/v1/deals/batch', body)
    expect(answer.status).toBe(200)
    expect(checkBulk(answer.json, 2).join('\n')).toBe('')
  })
})

describe('errors', () => {
  it('answers the documented key errors', async () => {
    const emulator = emulatorWith({
      keys: { [KEY]: { scopes: ['crm'] }, vibe_api_noscope: { scopes: [] }, vibe_live_admin: { scopes: ['crm'] } },
    })
    const cases: Array<[Record<string, string>, number, string]> = [
      [{}, 401, 'MISSING_API_KEY'],
      [{ 'X-Api-Key': 'vibe_api_unknown' }, 401, 'INVALID_API_KEY'],
      [{ 'X-Api-Key': 'vibe_api_noscope' }, 403, 'SCOPE_DENIED'],
      [{ 'X-Api-Key': 'vibe_live_admin' }, 403, 'MANAGEMENT_KEY_NO_ENTITY_ACCESS'],
    ]
    for (const [headers, status, code] of cases) {
      const answer = await send(emulator, 'POST', '/v1/deals/search', {}, headers)
      expect([answer.status, answer.json?.error?.code], code).toEqual([status, code])
      expect(checkError(answer.status, answer.json).join('\n'), code).toBe('')
    }
  })

  it('answers the documented request errors', async () => {
    const emulator = emulatorWith()
    const cases: Array<[string, string, unknown, number, string]> = [
      ['POST', '/v1/deals/search', { filter: { nope: 1 } }, 400, 'INVALID_FILTER_FIELD'],
      ['POST', '/v1/deals/search', { order: { nope: 'asc' } }, 400, 'UNKNOWN_SORT_FIELD'],
      ['POST', '/v1/deals/search', { sort: 5 }, 400, 'INVALID_SORT_TYPE'],
      ['POST', '/v1/deals/search', '{"limit":', 400, 'VALIDATION_ERROR'],
      ['GET', '/v1/deals/abc', undefined, 400, 'INVALID_PARAMS'],
      ['POST', '/v1/deals/aggregate', { aggregate: [{ field: 'foo', function: 'sum' }] }, 400, 'INVALID_PARAMS'],
      ['POST', '/v1/deals/aggregate', { groupBy: ['a', 'b', 'c', 'd', 'e', 'f'] }, 400, 'INVALID_PARAMS'],
    ]
    for (const [method, path, body, status, code] of cases) {
      const answer = await send(emulator, method, path, body)
      const what = `${method} ${path} ${JSON.stringify(body)}`
      expect([answer.status, answer.json?.error?.code], what).toEqual([status, code])
    }
  })

  it('answers 429 RATE_LIMITED with retryAfter, and Retry-After the same (1396-1416)', async () => {
    const emulator = emulatorWith({ rateLimit: { burst: 1, perSecond: 0.01 } })
    await send(emulator, 'POST', '/v1/deals/search', { limit: 1 })
    const limited = await send(emulator, 'POST', '/v1/deals/search', { limit: 1 })
    expect([limited.status, limited.json?.error?.code]).toEqual([429, 'RATE_LIMITED'])
    expect(typeof limited.json?.error?.retryAfter).toBe('number')
    expect(checkError(limited.status, limited.json, limited.headers.get('retry-after')).join('\n')).toBe('')
  })

  it('answers in one of the two documented envelopes where the docs give no answer (1048)', async () => {
    const emulator = emulatorWith()
    const odd: Array<[string, string, unknown]> = [
      ['POST', '/v1/foobar/search', {}],
      ['GET', '/v1/deals/1/nope', undefined],
      ['PUT', '/v1/deals/1', { title: 'x' }],
      ['POST', '/v1/deals/search', { filter: { id: { $regex: '1' } } }],
      ['POST', '/v1/deals/search', { order: { id: 'up' } }],
      ['POST', '/v1/deals/search', { limit: 5001 }],
      ['POST', '/v1/deals/search', []],
    ]
    for (const [method, path, body] of odd) {
      const answer = await send(emulator, method, path, body)
      expect(answer.json?.success, `${method} ${path} ${JSON.stringify(body)}`).toBe(answer.status < 400)
    }
  })
})

// Runs last (tests in a file run in order): every error answer above.
it('answers every error in the documented envelope, with a documented code and status', () => {
  expect(errorAnswers.length).toBeGreaterThan(10)
  const problems = errorAnswers.flatMap(({ answer, what }) => {
    const code = answer.json?.error?.code
    const observed = OBSERVED.some(([c, s]) => c === code && s === answer.status)
    const found = checkError(answer.status, answer.json, answer.headers.get('retry-after')).filter(
      (problem) => !(observed && problem.endsWith('is not documented')),
    )
    return found.map((problem) => `${what} → ${answer.status}: ${problem}`)
  })
  expect(problems.join('\n')).toBe('')
})
