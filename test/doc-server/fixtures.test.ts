// The docs fixtures (test/fixtures/docs) agree with the docs' error table, with
// src/errors/api-error-code.ts, with the validators in shapes.ts, and with each other; and the
// validators reject answers the docs rule out. With the docs file at hand (VIBECODE_DOCS, or
// ../shared/api/vendor beside the repository), every cited line is also checked against it.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DOCUMENTED_ERRORS, isDocumented } from './documented.js'
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
  type Problems,
} from './shapes.js'

interface Fixture {
  readonly source: { readonly page: string; readonly lines: number[]; readonly kind: string; readonly notes?: string[] }
  readonly request: { readonly method: string; readonly path: string; readonly body?: any }
  readonly status: number
  readonly headers?: Record<string, string>
  readonly body: any
}

const DIR = new URL('../fixtures/docs/', import.meta.url)
const NAMES = readdirSync(DIR).filter((name) => name.endsWith('.json') && name !== 'error-codes.json')
const load = (name: string): Fixture => JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as Fixture
const fixture = (name: string): Fixture => structuredClone(load(`${name}.json`))
const calls = (f: Fixture): BatchCall[] => f.request.body.calls as BatchCall[]

const DOCS_FILE = '../../../shared/api/vendor/vibecode-docs-2026-05-05.ru.txt'
const DOCS_PATH = process.env.VIBECODE_DOCS ?? new URL(DOCS_FILE, import.meta.url).pathname
const DOCS: string[] | undefined = existsSync(DOCS_PATH) ? readFileSync(DOCS_PATH, 'utf8').split('\n') : undefined

// Which validator each answer fixture must pass.
const CHECKS: Readonly<Record<string, (f: Fixture) => Problems>> = {
  'search.json': (f) => checkSearch(f.body),
  'search-with-meta.json': (f) => checkSearch(f.body),
  'list-with-meta.json': (f) => checkList(f.body),
  'get.json': (f) => checkRecord(f.body, 741),
  'users-get.json': (f) => checkUsersGet(f.body),
  'batch.json': (f) => checkBatch(f.body, calls(f)),
  'batch-partial.json': (f) => checkBatch(f.body, calls(f)),
  'batch-all-invalid.json': (f) => checkBatchRejected(f.status, f.body, ['x']),
  'aggregate-grouped.json': (f) => checkAggregate(f.body, ['stageId']),
  'aggregate-count.json': (f) => checkAggregate(f.body, ['typeId']),
  'aggregate-truncated.json': (f) => checkAggregate(f.body),
  'fields-crm.json': (f) => checkFields(f.body, true),
  'fields-flat.json': (f) => checkFields(f.body),
  'fields-readonly-label.json': (f) => checkFields(f.body),
  'create.json': (f) => checkCreate(f.status, f.body),
  'update.json': (f) => checkRecord(f.body, 741),
  'delete.json': (f) => checkDelete(f.status, f.body === null ? '' : JSON.stringify(f.body)),
  'bulk.json': (f) => checkBulk(f.body, f.request.body.items.length),
  'error-not-found.json': (f) => checkError(f.status, f.body),
  'error-rate-limited.json': (f) => checkError(f.status, f.body, f.headers?.['retry-after']),
  'error-queue-timeout.json': (f) => checkError(f.status, f.body),
}

function documentedCodesInSource(): string[] {
  const text = readFileSync(new URL('../../src/errors/api-error-code.ts', import.meta.url), 'utf8')
  const start = text.indexOf('export type DocumentedErrorCode =')
  const end = text.indexOf('export type ApiErrorCode', start)
  expect(start).toBeGreaterThan(-1)
  const union = text.slice(start, end).replace(/\/\*\*[\s\S]*?\*\//g, '')
  return [...union.matchAll(/\|\s*'([A-Z0-9_]+)'/g)].map((match) => match[1] as string)
}

describe('error-codes.json', () => {
  it('holds well-formed entries, one per code and status', () => {
    for (const entry of DOCUMENTED_ERRORS) {
      expect(entry.code, JSON.stringify(entry)).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/)
      const { status } = entry
      expect(status === null || (Number.isInteger(status) && status >= 400 && status < 600)).toBe(true)
      expect(Number.isInteger(entry.line) && entry.line > 0).toBe(true)
      expect(entry.page).not.toBe('')
      const retryable = entry.retryable === undefined || (entry.retryable === true && Number.isInteger(entry.retryLine))
      expect(retryable).toBe(true)
      if (entry.status === null) expect(entry.note).toBeDefined()
    }
    const pairs = DOCUMENTED_ERRORS.map((entry) => `${entry.code} ${entry.status}`)
    expect(new Set(pairs).size).toBe(pairs.length)
  })

  it('records each status of a code the docs give several', () => {
    const statuses = DOCUMENTED_ERRORS.filter((entry) => entry.code === 'BITRIX_ERROR').map((entry) => entry.status)
    expect(statuses.sort()).toEqual([400, 422, 502])
    expect(isDocumented('BITRIX_ERROR', 502)).toBe(true)
    expect(isDocumented('ENTITY_NOT_FOUND', 400)).toBe(false)
  })

  it('lists exactly the codes of DocumentedErrorCode', () => {
    const inSource = documentedCodesInSource()
    expect(new Set(inSource).size).toBe(inSource.length)
    expect([...inSource].sort()).toEqual([...new Set(DOCUMENTED_ERRORS.map((entry) => entry.code))].sort())
  })

  it('marks as retryable the codes whose page advises a retry, and no 4xx other than 429', () => {
    const retryable = DOCUMENTED_ERRORS.filter((entry) => entry.retryable).map((entry) => entry.code)
    const advised = ['BITRIX_UNAVAILABLE', 'ERROR_LOOP_DETECTED', 'INTERNAL_ERROR', 'QUEUE_TIMEOUT', 'RATE_LIMITED']
    expect(retryable.sort()).toEqual(advised)
    for (const entry of DOCUMENTED_ERRORS.filter((e) => e.retryable)) {
      expect(entry.status === 429 || (entry.status ?? 0) >= 500, entry.code).toBe(true)
    }
  })

  it.skipIf(DOCS === undefined)('names lines of the docs that hold the code and its status', () => {
    const docs = DOCS as string[]
    for (const entry of DOCUMENTED_ERRORS) {
      const line = docs[entry.line - 1] ?? ''
      expect(line, `${entry.code} at ${entry.line}`).toMatch(new RegExp(`(^|[^A-Z0-9_])${entry.code}([^A-Z0-9_]|$)`))
      if (entry.status !== null) expect(line, `${entry.code} at ${entry.line}`).toContain(String(entry.status))
      if (entry.retryLine !== undefined) expect(docs[entry.retryLine - 1]?.trim(), entry.code).not.toBe('')
    }
  })
})

describe('answer fixtures', () => {
  it('has a validator for every file, and every file is well-formed', () => {
    expect([...NAMES].sort()).toEqual(Object.keys(CHECKS).sort())
    for (const name of NAMES) {
      const f = load(name)
      expect(f.source.lines.length, name).toBeGreaterThan(0)
      expect(
        f.source.lines.every((line) => Number.isInteger(line) && line > 0),
        name,
      ).toBe(true)
      expect(['example', 'assembled'], name).toContain(f.source.kind)
      expect(f.request.path, name).toMatch(/^\/v1\//)
      expect(Number.isInteger(f.status), name).toBe(true)
    }
  })

  it.each(Object.keys(CHECKS))('%s conforms to its validator', (name) => {
    const check = CHECKS[name] as (f: Fixture) => Problems
    expect(check(load(name))).toEqual([])
  })

  it.skipIf(DOCS === undefined)('cites lines of the docs that are not blank', () => {
    const docs = DOCS as string[]
    for (const name of NAMES) {
      for (const line of load(name).source.lines) expect(docs[line - 1]?.trim(), `${name}: ${line}`).not.toBe('')
    }
  })

  it('gives error answers documented codes, and Retry-After the value of error.retryAfter', () => {
    for (const name of NAMES.filter((n) => n.startsWith('error-'))) {
      const f = load(name)
      expect(isDocumented(f.body.error.code, f.status), name).toBe(true)
    }
    const limited = load('error-rate-limited.json')
    expect(Number(limited.headers?.['retry-after'])).toBe(limited.body.error.retryAfter)
  })

  it('keeps batch answers consistent with the calls sent', () => {
    for (const name of ['batch.json', 'batch-partial.json']) {
      const f = load(name)
      const { results, errors, summary } = f.body.data
      expect(summary.total, name).toBe(calls(f).length)
      expect(Object.keys(results).length + Object.keys(errors).length, name).toBe(calls(f).length)
    }
    const invalid = load('batch-all-invalid.json')
    for (const error of Object.values(invalid.body.data.errors) as Array<{ code: string }>) {
      expect(isDocumented(error.code, 400)).toBe(true)
    }
    expect(load('batch-partial.json').body.data.errors.unknown.code).toBe('UNKNOWN_ENTITY')
    expect(load('batch.json').body.data.results.user1).toEqual(load('users-get.json').body.data)
  })

  it('keeps aggregate answers consistent: groups add up, meta matches count, truncation past 5000', () => {
    for (const name of ['aggregate-grouped.json', 'aggregate-count.json', 'aggregate-truncated.json']) {
      const { count, groups, meta } = load(name).body.data
      expect(meta.totalRecords, name).toBe(count)
      expect(meta.recordsProcessed, name).toBeLessThanOrEqual(Math.min(count, 5000))
      expect(meta.truncated, name).toBe(count > 5000)
      const grouped = groups?.reduce((sum: number, group: { count: number }) => sum + group.count, 0)
      if (groups !== undefined) expect(grouped).toBe(count)
    }
    const truncated = load('aggregate-truncated.json').body.data.meta
    expect(truncated).toEqual({ totalRecords: 12000, recordsProcessed: 5000, truncated: true })
  })

  it('answers records with the ids and fields the requests name', () => {
    expect(load('get.json').body.data.id).toBe(Number(load('get.json').request.path.split('/').pop()))
    const update = load('update.json')
    expect(update.body.data).toMatchObject({ id: 741, ...update.request.body })
    const create = load('create.json')
    expect(create.body.data).toMatchObject(create.request.body)
    expect(load('delete.json')).toMatchObject({ status: 204, body: null })
    const list = load('list-with-meta.json').body
    expect(list.meta.hasMore && list.meta.total > list.data.length).toBe(true)
    const flat = load('fields-flat.json').body
    expect(checkFields(flat, true)).not.toEqual([])
    expect(checkFields(load('fields-readonly-label.json').body, true)).not.toEqual([])
  })
})

describe('the validators reject what the docs rule out', () => {
  it('batch: wrong summary, an id in both maps, a wrong returned count, a missing errors map', () => {
    const f = fixture('batch')
    f.body.data.summary.total = 2
    expect(checkBatch(f.body, calls(f))).toContain('summary.total is 2, not 3')
    const both = fixture('batch-partial')
    both.body.data.results.unknown = []
    expect(checkBatch(both.body, calls(both))).toContain('unknown is in both results and errors')
    const returned = fixture('batch')
    returned.body.data.meta.deals.returned = 5
    expect(checkBatch(returned.body, calls(returned))).toContain('meta.deals.returned is not the row count')
    const noErrors = fixture('batch')
    delete noErrors.body.data.errors
    expect(checkBatch(noErrors.body, calls(noErrors))).toContain('data.errors is not an object')
    const users = fixture('batch')
    users.body.data.results.user1 = { ID: '1' }
    expect(checkBatch(users.body, calls(users))).toContain('results.user1 (users get) is not an array')
  })

  it('batch rejected: a 200, or no data.errors', () => {
    const f = fixture('batch-all-invalid')
    expect(checkBatchRejected(200, f.body, ['x'])).toContain('status is 200, not 400')
    delete f.body.data
    expect(checkBatchRejected(400, f.body, ['x'])).toContain('data.errors is not an object')
  })

  it('search and list: data not an array, a total that is not a count, list without meta', () => {
    const f = fixture('search-with-meta')
    f.body.meta.total = '2'
    expect(checkSearch(f.body)).toContain('meta.total is not a count')
    expect(checkSearch({ success: true, data: {} })).toContain('data is not an array')
    expect(checkList(fixture('search').body)).toContain('meta is missing')
  })

  it('aggregate: groups without groupBy, truncation at 41 records, 6000 records processed', () => {
    const grouped = fixture('aggregate-grouped')
    expect(checkAggregate(grouped.body)).toContain('data.groups is present without groupBy')
    grouped.body.data.meta.truncated = true
    expect(checkAggregate(grouped.body, ['stageId'])).toContain('meta.truncated is true with 5000 records or fewer')
    const truncated = fixture('aggregate-truncated')
    truncated.body.data.meta.recordsProcessed = 6000
    expect(checkAggregate(truncated.body)).toContain('meta.recordsProcessed is not 0 to 5000')
  })

  it('errors: an undocumented code, a wrong status, a Retry-After that disagrees, success true', () => {
    const f = fixture('error-rate-limited')
    expect(checkError(404, f.body)).toContain('RATE_LIMITED with status 404 is not documented')
    expect(checkError(429, f.body, '5')).toContain('Retry-After 5 differs from error.retryAfter 2')
    f.body.error.code = 'NOT_A_DOCUMENTED_CODE'
    expect(checkError(429, f.body)).toContain('NOT_A_DOCUMENTED_CODE with status 429 is not documented')
    expect(checkError(404, { success: true, error: { code: 'ENTITY_NOT_FOUND', message: '' } })).toContain(
      'success is true, not false',
    )
  })

  it('writes, users, bulk and fields: their own rules', () => {
    expect(checkCreate(200, fixture('create').body)).toContain('status is 200, not 201')
    expect(checkDelete(200, '{}')).toEqual(['status is 200, not 204', 'the body is not empty'])
    expect(checkUsersGet(fixture('get').body)).toContain('data is not an array')
    const bulk = fixture('bulk')
    delete bulk.body.data[0].success
    expect(checkBulk(bulk.body, 2)).toContain('data[0].success is not a boolean')
    const fields = fixture('fields-crm')
    delete fields.body.data.fields.id.type
    expect(checkFields(fields.body, true)).toContain('id.type is not a string')
  })
})
