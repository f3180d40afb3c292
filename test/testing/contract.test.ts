// One list of scenarios, run against the emulator always and against the real service only when
// VIBECODE_API_KEY is set (VIBECODE_BASE_URL overrides the host). The checks are invariants that hold
// for any data, so a difference between the emulator and the service shows up as a failure here.
// Raw HTTP scenarios check the wire; client scenarios go through the library's public API. Scenarios
// that write run against the emulator only: never against a live portal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient, deals, isApiError, isNotFound, type Client } from '../../src/index.js'
import type { Emulator } from '../../src/testing/index.js'
import { read, start, type Answer, type Running } from './helpers.js'

interface Target {
  readonly baseUrl: string
  readonly apiKey: string
}
interface Scenario {
  readonly name: string
  readonly method: 'GET' | 'POST'
  readonly path: string
  readonly body?: unknown
  /** Headers replacing the default X-Api-Key (for auth scenarios). */
  readonly headers?: Record<string, string>
  readonly check: (answer: Answer) => void
}

type Row = Record<string, unknown>
const rowsOf = (answer: Answer): Row[] => {
  expect(answer.status, answer.text).toBe(200)
  expect(answer.json.success).toBe(true)
  expect(Array.isArray(answer.json.data)).toBe(true)
  return answer.json.data as Row[]
}
const errorOf = (answer: Answer, status: number, code: string): void => {
  expect(answer.status).toBe(status)
  expect(answer.json).toMatchObject({ success: false, error: { code, message: expect.any(String) } })
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: "the docs' seed search: companyId 15, limit 10, order lastName asc",
    method: 'POST',
    path: '/v1/contacts/search',
    body: { filter: { companyId: 15 }, limit: 10, order: { lastName: 'asc' } },
    check: (answer) => {
      const rows = rowsOf(answer)
      expect(rows.length).toBeLessThanOrEqual(10)
      for (const row of rows) expect(Number(row['companyId'])).toBe(15)
      const names = rows.map((r) => String(r['lastName'] ?? ''))
      for (let i = 1; i < names.length; i++) {
        expect(names[i - 1]?.localeCompare(names[i] ?? '', 'en', { sensitivity: 'base' })).toBeLessThanOrEqual(0)
      }
    },
  },
  {
    name: 'list with a bracket filter answers meta { total, hasMore }',
    method: 'GET',
    path: '/v1/contacts?filter[companyId]=15&limit=5',
    check: (answer) => {
      const rows = rowsOf(answer)
      expect(rows.length).toBeLessThanOrEqual(5)
      for (const row of rows) expect(Number(row['companyId'])).toBe(15)
      expect(answer.json.meta).toMatchObject({ total: expect.any(Number), hasMore: expect.any(Boolean) })
      expect(answer.json.meta.hasMore).toBe(answer.json.meta.total > rows.length)
    },
  },
  {
    name: 'select returns only the selected fields',
    method: 'POST',
    path: '/v1/contacts/search',
    body: { select: ['id', 'lastName'], limit: 3 },
    check: (answer) => {
      for (const row of rowsOf(answer)) expect(Object.keys(row).sort()).toEqual(['id', 'lastName'])
    },
  },
  {
    name: 'a $ range and a prefix exclusion on id, ordered by id desc',
    method: 'POST',
    path: '/v1/contacts/search',
    body: { filter: { id: { $gte: 2, $lte: 40 }, '!id': 3 }, order: { id: 'desc' }, select: ['id'], limit: 50 },
    check: (answer) => {
      const idList = rowsOf(answer).map((r) => Number(r['id']))
      for (const id of idList) {
        expect(id).toBeGreaterThanOrEqual(2)
        expect(id).toBeLessThanOrEqual(40)
        expect(id).not.toBe(3)
      }
      expect(idList).toEqual([...idList].sort((a, b) => b - a))
    },
  },
  {
    name: 'limit and offset page through the same order',
    method: 'POST',
    path: '/v1/contacts/search',
    body: { order: { id: 'asc' }, select: ['id'], limit: 2, offset: 1 },
    check: (answer) => {
      const idList = rowsOf(answer).map((r) => Number(r['id']))
      expect(idList.length).toBeLessThanOrEqual(2)
      expect(idList).toEqual([...idList].sort((a, b) => a - b))
    },
  },
  {
    name: 'get by a missing id → 404 ENTITY_NOT_FOUND',
    method: 'GET',
    path: '/v1/contacts/2147483000',
    check: (answer) => errorOf(answer, 404, 'ENTITY_NOT_FOUND'),
  },
  {
    name: 'fields lists the contact fields as { type, isRequired, isReadOnly, title }',
    method: 'GET',
    path: '/v1/contacts/fields',
    check: (answer) => {
      expect(answer.status).toBe(200)
      const fields = answer.json.data.fields as Record<string, unknown>
      expect(Object.keys(fields)).toEqual(expect.arrayContaining(['id', 'name', 'lastName', 'companyId']))
      expect(fields['id']).toMatchObject({
        type: expect.any(String),
        isRequired: expect.any(Boolean),
        isReadOnly: true,
        title: expect.any(String),
      })
    },
  },
  {
    name: 'aggregate counts matching rows, with meta { totalRecords, recordsProcessed, truncated }',
    method: 'POST',
    path: '/v1/contacts/aggregate',
    body: { filter: { companyId: 15 } },
    check: (answer) => {
      expect(answer.status).toBe(200)
      expect(answer.json.data.count).toEqual(expect.any(Number))
      expect(answer.json.data.meta).toMatchObject({
        totalRecords: answer.json.data.count,
        recordsProcessed: expect.any(Number),
        truncated: false,
      })
      expect(answer.json.data.groups).toBeUndefined()
    },
  },
  {
    name: 'aggregate groups by a documented aggregatable field',
    method: 'POST',
    path: '/v1/contacts/aggregate',
    body: { groupBy: 'typeId' },
    check: (answer) => {
      expect(answer.status).toBe(200)
      const groups = answer.json.data.groups as Array<Record<string, unknown>>
      for (const group of groups) expect(group).toMatchObject({ typeId: expect.anything(), count: expect.any(Number) })
    },
  },
  {
    name: 'operator keys and prefixes filter as $ operators do',
    method: 'POST',
    path: '/v1/contacts/search',
    body: { filter: { id: { '>=': 2, $lte: 40 }, '!id': 3 }, select: ['id'], limit: 50 },
    check: (answer) => {
      for (const id of rowsOf(answer).map((r) => Number(r['id']))) {
        expect(id).toBeGreaterThanOrEqual(2)
        expect(id).toBeLessThanOrEqual(40)
        expect(id).not.toBe(3)
      }
    },
  },
  {
    name: 'an upstream Bitrix24 prefix (=) → 400 INVALID_FILTER_OPERATOR',
    method: 'POST',
    path: '/v1/contacts/search',
    body: { filter: { '=id': 1 }, limit: 1 },
    check: (answer) => errorOf(answer, 400, 'INVALID_FILTER_OPERATOR'),
  },
  {
    name: 'a filter on a field the entity does not have → 400 INVALID_FILTER_FIELD',
    method: 'POST',
    path: '/v1/contacts/search',
    body: { filter: { noSuchField: 1 }, limit: 1 },
    check: (answer) => errorOf(answer, 400, 'INVALID_FILTER_FIELD'),
  },
  {
    name: 'batch answers results, totals, errors, summary and meta by call id',
    method: 'POST',
    path: '/v1/batch',
    body: {
      calls: [
        { id: 'a', entity: 'contacts', action: 'list', params: { limit: 1, select: ['id'] } },
        { id: 'b', entity: 'nosuchentity', action: 'list' },
      ],
    },
    check: (answer) => {
      expect(answer.status).toBe(200)
      const { results, totals, errors, summary, meta } = answer.json.data
      expect(Array.isArray(results.a)).toBe(true)
      expect(totals.a).toEqual(expect.any(Number))
      expect(errors.b).toMatchObject({ code: 'UNKNOWN_ENTITY', message: expect.any(String) })
      expect(summary).toEqual({ total: 2, succeeded: 1, failed: 1 })
      expect(meta.a).toMatchObject({
        total: totals.a,
        returned: results.a.length,
        hasMore: expect.any(Boolean),
        truncated: expect.any(Boolean),
      })
    },
  },
  {
    name: 'a batch whose every call is invalid → 400 INVALID_REQUEST with data.errors',
    method: 'POST',
    path: '/v1/batch',
    body: { calls: [{ id: 'x', entity: 'contacts', action: 'get' }] },
    check: (answer) => {
      errorOf(answer, 400, 'INVALID_REQUEST')
      expect(answer.json.data.errors.x.code).toBe('MISSING_ENTITY_ID')
    },
  },
  {
    name: 'no key → 401 MISSING_API_KEY',
    method: 'POST',
    path: '/v1/contacts/search',
    body: {},
    headers: {},
    check: (answer) => errorOf(answer, 401, 'MISSING_API_KEY'),
  },
  {
    name: 'an unknown key → 401 INVALID_API_KEY',
    method: 'POST',
    path: '/v1/contacts/search',
    body: {},
    headers: { 'X-Api-Key': 'vibe_api_not_a_real_key' },
    check: (answer) => errorOf(answer, 401, 'INVALID_API_KEY'),
  },
]

/** A scenario that reads through the library's client; it holds on any portal's data. */
interface ClientScenario {
  readonly name: string
  readonly run: (client: Client) => Promise<void>
}

/** A scenario that writes: run against the emulator only, which it may inspect. */
interface WriteScenario {
  readonly name: string
  readonly run: (client: Client, emulator: Emulator) => Promise<void>
}

const MISSING_ID = 2147483000

const CLIENT_SCENARIOS: readonly ClientScenario[] = [
  {
    name: 'client: get answers the record a search found',
    run: async (client) => {
      const [found] = await client.execute(deals().select('id', 'title').orderBy('id', 'desc').limit(1))
      if (found === undefined) {
        expect(await client.execute(deals().count())).toBe(0)
        return
      }
      const deal = await client.execute(deals.get(found.id))
      expect(deal.id).toBe(found.id)
      expect(deal.title).toBe(found.title)
    },
  },
  {
    name: 'client: get of a missing id rejects with ApiError 404 ENTITY_NOT_FOUND',
    run: async (client) => {
      const error = await client.execute(deals.get(MISSING_ID)).catch((e: unknown) => e)
      expect(isApiError(error)).toBe(true)
      expect(error).toMatchObject({ status: 404, code: 'ENTITY_NOT_FOUND' })
      expect(isNotFound(error)).toBe(true)
    },
  },
  {
    name: 'client: include on get loads the company the record points at',
    run: async (client) => {
      const [found] = await client.execute(deals().where('companyId', '>', 0).select('id', 'companyId').limit(1))
      if (found === undefined) return expect(await client.execute(deals().where('companyId', '>', 0).count())).toBe(0)
      const deal = await client.execute(deals.get(found.id).include('company'))
      expect(deal.id).toBe(found.id)
      expect(Object.keys(deal._included)).toContain('company')
      expect(Number(deal._included.company?.id)).toBe(Number(found.companyId))
    },
  },
  {
    name: 'client: include on search gives each row its company and contacts (Bitrix24 keeps links valid)',
    run: async (client) => {
      const rows = await client.execute(
        deals().select('id', 'companyId', 'contactIds').include('contact', 'company').orderBy('id').limit(20),
      )
      for (const row of rows) {
        const { company, contacts } = row._included
        if (row.companyId === null || row.companyId === 0) expect(company).toBeNull()
        else expect(Number(company?.id)).toBe(Number(row.companyId))
        expect(Array.isArray(contacts)).toBe(true)
        const linked = (row.contactIds ?? []).map(Number)
        for (const contact of contacts) {
          expect(linked).toContain(Number(contact.id))
          expect(typeof contact.isPrimary).toBe('boolean')
        }
      }
    },
  },
  {
    name: 'client: count agrees with the rows a search returns',
    run: async (client) => {
      const won = deals().where('stageId', 'WON')
      const count = await client.execute(won.count())
      expect(Number.isInteger(count) && count >= 0).toBe(true)
      const rows = await client.execute(won.select('id').limit(5000))
      expect(rows.length).toBe(Math.min(count, 5000))
    },
  },
  {
    name: 'client: aggregate groupBy splits the count and the sum among the groups',
    run: async (client) => {
      const all = await client.execute(deals().count())
      const result = await client.execute(
        deals()
          .aggregate({ amount: ['sum'] })
          .groupBy('stageId'),
      )
      expect(result.count).toBe(all)
      const stages = result.groups.map((group) => group.stageId)
      expect(new Set(stages).size).toBe(stages.length)
      if (result.truncated) return
      expect(result.groups.reduce((sum, group) => sum + group.count, 0)).toBe(result.count)
      const groupSum = result.groups.reduce((sum, group) => sum + Number(group.aggregates?.amount?.sum ?? 0), 0)
      expect(groupSum).toBeCloseTo(Number(result.aggregates.amount.sum ?? 0), 2)
    },
  },
]

const WRITE_SCENARIOS: readonly WriteScenario[] = [
  {
    name: 'client: create, get, update, get, delete, and get answers 404',
    run: async (client, emulator) => {
      const created = await client.execute(deals.create({ title: 'Contract round trip', amount: 1234 }))
      expect(created.id).toEqual(expect.any(Number))
      expect(await client.execute(deals.get(created.id))).toMatchObject({ title: 'Contract round trip', amount: 1234 })
      await client.execute(deals.update(created.id, { stageId: 'WON', amount: 4321 }))
      expect(await client.execute(deals.get(created.id))).toMatchObject({ stageId: 'WON', amount: 4321 })
      expect(emulator.snapshot('deals').filter((row) => row['id'] === created.id)).toHaveLength(1)
      await client.execute(deals.delete(created.id))
      const gone = await client.execute(deals.get(created.id)).catch((e: unknown) => e)
      expect(isNotFound(gone)).toBe(true)
      expect(emulator.snapshot('deals').some((row) => row['id'] === created.id)).toBe(false)
    },
  },
  {
    name: 'client: createMany stores every record and reports each outcome; deleteMany removes them',
    run: async (client, emulator) => {
      const titles = ['Bulk a', 'Bulk b', 'Bulk c']
      const before = emulator.count('deals')
      const created = await client.execute(deals.createMany(titles.map((title) => ({ title }))))
      expect([created.succeeded, created.failed]).toEqual([3, 0])
      const ids = created.items.map((item) => (item.status === 'fulfilled' ? Number(item.value.id) : NaN))
      expect(ids.every(Number.isInteger)).toBe(true)
      const stored = await client.execute(deals().where('id', 'in', ids).select('id', 'title').orderBy('id'))
      expect(stored.map((row) => row.title)).toEqual(titles)
      expect(emulator.count('deals')).toBe(before + 3)
      const deleted = await client.execute(deals.deleteMany(ids))
      expect(deleted.succeeded).toBe(3)
      expect(emulator.count('deals')).toBe(before)
    },
  },
]

async function send(target: Target, s: Scenario): Promise<Answer> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    ...(s.headers ?? { 'X-Api-Key': target.apiKey }),
  }
  if (s.body !== undefined) headers['Content-Type'] = 'application/json'
  const init: RequestInit = { method: s.method, headers, signal: AbortSignal.timeout(15_000) }
  if (s.body !== undefined) init.body = JSON.stringify(s.body)
  return read(await fetch(`${target.baseUrl}${s.path}`, init))
}

function clientFor(target: Target, local: boolean): Client {
  return createClient({
    apiKey: target.apiKey,
    baseUrl: target.baseUrl,
    ...(local ? { rateLimit: false, retry: false } : {}),
  })
}

function contract(getTarget: () => Target, local = false): void {
  for (const s of SCENARIOS) it(s.name, async () => s.check(await send(getTarget(), s)))
  for (const s of CLIENT_SCENARIOS) it(s.name, () => s.run(clientFor(getTarget(), local)), 60_000)
}

describe('contract: the emulator', () => {
  let r: Running
  beforeAll(async () => {
    r = await start()
  })
  afterAll(() => r.close())
  contract(() => ({ baseUrl: r.url, apiKey: 'vibe_api_demo' }), true)
  for (const s of WRITE_SCENARIOS) {
    it(s.name, () => s.run(clientFor({ baseUrl: r.url, apiKey: 'vibe_api_demo' }, true), r.emulator))
  }
})

const realKey = process.env['VIBECODE_API_KEY']
describe.skipIf(realKey === undefined || realKey === '')(
  'contract: the real service (skipped unless VIBECODE_API_KEY is set)',
  () => {
    contract(() => ({
      baseUrl: (process.env['VIBECODE_BASE_URL'] ?? 'https://vibecode.bitrix24.tech').replace(/\/+$/, ''),
      apiKey: realKey ?? '',
    }))
  },
)
