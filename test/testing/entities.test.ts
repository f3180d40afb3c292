// The entities beyond the first four: seeded rows whose references hold, search and get, the operations
// each has and refuses, aggregate on its aggregatable fields, /fields in its documented shape, and the
// per-entity answers of writes (codes as ids, { id } and true answers, protected records, required fields).
import { describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/testing/index.js'

const KEY = 'vibe_api_demo'

interface Answer {
  readonly status: number
  readonly json: any
  readonly text: string
}

async function call(emulator: Emulator, method: string, path: string, body?: unknown, key = KEY): Promise<Answer> {
  const res = await emulator.fetch(path, {
    method,
    headers: { 'X-Api-Key': key, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await res.text()
  return { status: res.status, json: text === '' ? undefined : JSON.parse(text), text }
}

const SMALL = { contacts: 60, companies: 10, deals: 40, leads: 20 }
let shared: Emulator | undefined
/** One seeded emulator for the read-only tests (made by the first test that needs it). */
const seeded = (): Emulator => (shared ??= createEmulator({ seed: 4, counts: SMALL }))
/** A fresh one for tests that write. */
const fresh = (): Emulator => createEmulator({ seed: 4, counts: { ...SMALL, tasks: 10, quotes: 10 } })

const code = (answer: Answer): unknown => answer.json?.error?.code
const idsOf = (rows: ReadonlyArray<Record<string, unknown>>): Set<unknown> => new Set(rows.map((row) => row['id']))

describe('seeded rows', () => {
  it('point at rows that exist', () => {
    const e = seeded()
    const ids = (entity: string): Set<unknown> => idsOf(e.rows(entity))
    const names = ['deals', 'contacts', 'companies', 'users', 'workgroups', 'tasks']
    const [deals, contacts, companies, users, groups, tasks] = names.map(ids)
    const within = (set: Set<unknown> | undefined, value: unknown): boolean =>
      value === null || set?.has(value) === true
    for (const quote of e.rows('quotes')) {
      expect(within(deals, quote['dealId'])).toBe(true)
      const deal = e.rows('deals').find((d) => d['id'] === quote['dealId'])
      expect([quote['contactId'], quote['companyId'], quote['currency']]).toEqual([
        deal?.['contactId'],
        deal?.['companyId'],
        deal?.['currency'],
      ])
    }
    for (const invoice of e.rows('invoices')) {
      expect(within(contacts, invoice['contactId']) && within(companies, invoice['companyId'])).toBe(true)
      expect(invoice['stageId']).toMatch(/^DT31_5:[NSPD]$/)
    }
    const owners: Record<number, string> = { 1: 'leads', 2: 'deals', 3: 'contacts', 4: 'companies' }
    for (const activity of e.rows('activities')) {
      const owner = owners[activity['ownerTypeId'] as number]
      expect(owner).toBeDefined()
      expect(within(ids(owner ?? ''), activity['ownerId'])).toBe(true)
      expect([1, 2, 3, 6]).toContain(activity['typeId'])
    }
    for (const item of e.rows('items/156')) {
      expect(within(contacts, item['contactId'])).toBe(true)
      expect(item['stageId']).toMatch(/^DT156_41:/)
    }
    for (const task of e.rows('tasks')) {
      expect(within(users, task['responsibleId']) && within(users, task['createdBy'])).toBe(true)
      expect(within(groups, task['groupId']) && within(tasks, task['parentId'])).toBe(true)
      expect(task['closedDate'] === null).toBe(task['status'] !== 5)
    }
    const departments = ids('departments')
    for (const user of e.rows('users')) {
      for (const department of user['departmentId'] as unknown[]) expect(departments.has(department)).toBe(true)
    }
    for (const department of e.rows('departments')) expect(within(users, department['headId'])).toBe(true)
    // Every responsible user of the CRM rows is a seeded user.
    for (const deal of e.rows('deals')) expect(users?.has(deal['assignedById'])).toBe(true)
  })
  it('hold the codes the CRM rows use: stages, sources, types, pipelines and currencies', () => {
    const e = seeded()
    const codes = (entityId: string): unknown[] =>
      e
        .rows('statuses')
        .filter((s) => s['entityId'] === entityId)
        .map((s) => s['statusId'])
    const used = (entity: string, field: string): unknown[] => [...new Set(e.rows(entity).map((r) => r[field]))]
    expect(codes('DEAL_STAGE')).toEqual(expect.arrayContaining(used('deals', 'stageId')))
    expect(codes('DEAL_STAGE')).toEqual(expect.arrayContaining(['NEW', 'PREPARATION', 'EXECUTING', 'WON', 'LOSE']))
    expect(codes('SOURCE')).toEqual(expect.arrayContaining(used('contacts', 'sourceId')))
    expect(codes('STATUS')).toEqual(expect.arrayContaining(used('leads', 'statusId')))
    expect(codes('QUOTE_STATUS')).toEqual(expect.arrayContaining(used('quotes', 'stageId')))
    expect(codes('SMART_INVOICE_STAGE_5')).toEqual(expect.arrayContaining(used('invoices', 'stageId')))
    expect(codes('DYNAMIC_156_STAGE_41')).toEqual(expect.arrayContaining(used('items/156', 'stageId')))
    expect(used('deals', 'categoryId').every((id) => idsOf(e.rows('deal-categories')).has(id))).toBe(true)
    expect(
      e
        .rows('currencies')
        .map((c) => c['id'])
        .sort(),
    ).toEqual(['EUR', 'RUB', 'USD'])
    const won = e.rows('statuses').find((s) => s['entityId'] === 'DEAL_STAGE' && s['statusId'] === 'WON')
    expect(won).toMatchObject({ semantics: 'S', SYSTEM: 'Y', CATEGORY_ID: 0 })
  })
})

describe('search, list and get', () => {
  it('search filters each new entity by its own fields', async () => {
    const e = seeded()
    const cases: Array<[string, Record<string, unknown>, (row: Record<string, unknown>) => boolean]> = [
      ['quotes', { stageId: 'APPROVED' }, (r) => r['stageId'] === 'APPROVED'],
      ['invoices', { '>=opportunity': 100000 }, (r) => Number(r['opportunity']) >= 100000],
      [
        'activities',
        { typeId: { $in: [1, 6] }, completed: false },
        (r) => [1, 6].includes(r['typeId'] as number) && r['completed'] === false,
      ],
      ['items/156', { stageId: { $contains: 'SUCCESS' } }, (r) => String(r['stageId']).includes('SUCCESS')],
      ['tasks', { status: 5, priority: { '!': 0 } }, (r) => r['status'] === 5 && r['priority'] !== 0],
      [
        'users',
        { active: true, workPosition: { $contains: 'manager' } },
        (r) => r['active'] === true && /manager/i.test(String(r['workPosition'])),
      ],
      ['statuses', { entityId: 'DEAL_STAGE' }, (r) => r['entityId'] === 'DEAL_STAGE'],
      ['deal-categories', { isLocked: 'N' }, (r) => r['isLocked'] === 'N'],
      ['currencies', { base: false }, (r) => r['base'] === false],
      ['departments', { parentId: 1 }, (r) => r['parentId'] === 1],
      ['workgroups', { subjectName: 'Projects' }, (r) => r['subjectName'] === 'Projects'],
    ]
    for (const [entity, filter, test] of cases) {
      const answer = await call(e, 'POST', `/v1/${entity}/search`, { filter, limit: 5000 })
      const expected = e.rows(entity).filter(test)
      expect(answer.status, entity).toBe(200)
      expect(expected.length, `${entity}: the filter should match some rows`).toBeGreaterThan(0)
      expect(answer.json.data, entity).toEqual(expected)
    }
  })
  it('get answers a record by id; pipelines start at 0, currencies are codes, users an array', async () => {
    const e = seeded()
    expect((await call(e, 'GET', '/v1/quotes/3')).json.data).toEqual(e.rows('quotes')[2])
    expect((await call(e, 'GET', '/v1/deal-categories/0')).json.data).toMatchObject({ id: 0, name: 'General' })
    const euro = (await call(e, 'GET', '/v1/currencies/EUR')).json.data
    expect(euro).toMatchObject({ id: 'EUR', amount: 94.2, base: false })
    expect((await call(e, 'GET', '/v1/users/1')).json.data).toEqual([expect.objectContaining({ id: 1, isAdmin: true })])
    expect((await call(e, 'GET', '/v1/items/156/2')).json.data).toEqual(e.rows('items/156')[1])
    const list = await call(e, 'GET', '/v1/statuses?filter[entityId]=CONTACT_TYPE&order[sort]=desc&select=statusId')
    const codes = list.json.data.map((s: { statusId: string }) => s.statusId)
    expect(codes).toEqual(['OTHER', 'SUPPLIER', 'PARTNER', 'CLIENT'])
  })
  it("answers a missing record with the entity's documented code", async () => {
    const e = seeded()
    const missing: Array<[string, number, string]> = [
      ['GET /v1/quotes/999', 404, 'ENTITY_NOT_FOUND'],
      ['GET /v1/invoices/999', 404, 'NOT_FOUND'],
      ['DELETE /v1/invoices/999', 404, 'ENTITY_NOT_FOUND'],
      ['GET /v1/activities/999', 404, 'ENTITY_NOT_FOUND'],
      ['DELETE /v1/activities/999', 422, 'BITRIX_ERROR'],
      ['GET /v1/statuses/999', 404, 'NOT_FOUND'],
      ['DELETE /v1/statuses/999', 422, 'BITRIX_ERROR'],
      ['PATCH /v1/currencies/JPY', 404, 'NOT_FOUND'],
      ['DELETE /v1/deal-categories/9', 422, 'BITRIX_ERROR'],
      ['GET /v1/tasks/999', 404, 'ENTITY_NOT_FOUND'],
      ['GET /v1/items/156/999', 404, 'NOT_FOUND'],
    ]
    for (const [request, status, expected] of missing) {
      const [method = '', path = ''] = request.split(' ')
      const answer = await call(e, method, path, method === 'PATCH' ? { sort: 1 } : undefined)
      expect([answer.status, code(answer)], request).toEqual([status, expected])
    }
    for (const path of ['/v1/currencies/rub', '/v1/currencies/1', '/v1/deal-categories/-1', '/v1/tasks/0']) {
      expect(code(await call(e, 'GET', path)), path).toBe('INVALID_PARAMS')
    }
  })
})

describe('operations each entity has and refuses', () => {
  it('users have no delete: 400 ACTION_NOT_SUPPORTED, alone, in a batch and in bulk; the user stays', async () => {
    const e = seeded()
    const single = await call(e, 'DELETE', '/v1/users/2')
    expect([single.status, code(single)]).toEqual([400, 'ACTION_NOT_SUPPORTED'])
    const batch = await call(e, 'POST', '/v1/batch', {
      calls: [
        { id: 'gone', entity: 'users', action: 'delete', entityId: 2 },
        { id: 'me', entity: 'users', action: 'get', entityId: 2 },
      ],
    })
    expect(batch.json.data.errors.gone.code).toBe('ACTION_NOT_SUPPORTED')
    expect(batch.json.data.results.me).toHaveLength(1)
    expect(code(await call(e, 'POST', '/v1/users/batch', { action: 'delete', ids: [2] }))).toBe('ACTION_NOT_SUPPORTED')
    expect(e.rows('users').some((u) => u['id'] === 2)).toBe(true)
  })
  it('departments and workgroups have no fields: 400 ACTION_NOT_SUPPORTED, alone and in a batch', async () => {
    const e = seeded()
    for (const entity of ['departments', 'workgroups']) {
      const answer = await call(e, 'GET', `/v1/${entity}/fields`)
      expect([answer.status, code(answer)], entity).toEqual([400, 'ACTION_NOT_SUPPORTED'])
      expect(answer.json.error.hint).toContain('list, get, create, update, delete, search, aggregate')
    }
    const batch = await call(e, 'POST', '/v1/batch', { calls: [{ entity: 'departments', action: 'fields' }] })
    expect([batch.status, batch.json.data.errors['0'].code]).toEqual([400, 'ACTION_NOT_SUPPORTED'])
  })
  it('product rows: 501 NOT_IMPLEMENTED where the docs list them, 404 NOT_FOUND elsewhere', async () => {
    const e = seeded()
    const listed = ['/v1/deals/1/products', '/v1/quotes/1/products', '/v1/invoices/1/products/3']
    listed.push('/v1/items/156/1/products')
    for (const path of listed) {
      expect(code(await call(e, 'GET', path)), path).toBe('NOT_IMPLEMENTED')
    }
    expect(code(await call(e, 'GET', '/v1/contacts/1/products'))).toBe('NOT_FOUND')
    expect(code(await call(e, 'GET', '/v1/tasks/1/products'))).toBe('NOT_FOUND')
  })
  it('each entity needs its own scope: a crm-only key reaches quotes but not tasks, users or workgroups', async () => {
    const keys = { vibe_api_crm: { scopes: ['crm'] }, vibe_api_tasks: { scopes: ['tasks'] } }
    const e = createEmulator({ data: {}, keys })
    expect((await call(e, 'GET', '/v1/quotes', undefined, 'vibe_api_crm')).status).toBe(200)
    const scopes = [
      ['tasks', 'tasks'],
      ['users', 'user'],
      ['departments', 'department'],
      ['workgroups', 'sonet_group'],
    ]
    for (const [entity, scope] of scopes) {
      const answer = await call(e, 'GET', `/v1/${entity}`, undefined, 'vibe_api_crm')
      expect([answer.status, code(answer), answer.json.error.message], entity).toEqual([
        403,
        'SCOPE_DENIED',
        `This endpoint requires '${scope}' scope`,
      ])
    }
    expect((await call(e, 'GET', '/v1/tasks', undefined, 'vibe_api_tasks')).status).toBe(200)
  })
})

describe('aggregate', () => {
  it('sums, averages and groups the documented fields of each entity', async () => {
    const e = seeded()
    const sums: Array<[string, string, string]> = [
      ['quotes', 'amount', 'stageId'],
      ['invoices', 'opportunity', 'stageId'],
      ['items/156', 'opportunity', 'stageId'],
      ['tasks', 'priority', 'responsibleId'],
    ]
    for (const [entity, field, groupBy] of sums) {
      const body = { aggregate: [{ field, function: 'sum' }], groupBy }
      const answer = await call(e, 'POST', `/v1/${entity}/aggregate`, body)
      const rows = e.rows(entity)
      expect(answer.status, entity).toBe(200)
      expect(answer.json.data.aggregates[field].sum, entity).toBe(rows.reduce((s, r) => s + Number(r[field] ?? 0), 0))
      const groups = answer.json.data.groups as Array<Record<string, unknown>>
      expect(new Set(groups.map((g) => g[groupBy])), entity).toEqual(new Set(rows.map((r) => r[groupBy])))
    }
    const activities = await call(e, 'POST', '/v1/activities/aggregate', { groupBy: ['typeId', 'completed'] })
    expect(activities.json.data.groups.reduce((s: number, g: { count: number }) => s + g.count, 0)).toBe(50)
  })
  it('refuses fields the docs do not list, and every field of an entity without a list', async () => {
    const e = seeded()
    const refused: Array<[string, unknown]> = [
      ['companies', { groupBy: 'revenue' }],
      ['activities', { aggregate: [{ field: 'priority', function: 'sum' }] }],
      ['quotes', { groupBy: 'currency' }],
      ['users', { groupBy: 'active' }],
      ['currencies', { aggregate: [{ field: 'amount', function: 'avg' }] }],
      ['statuses', { groupBy: 'entityId' }],
    ]
    for (const [entity, body] of refused) {
      const answer = await call(e, 'POST', `/v1/${entity}/aggregate`, body)
      expect([answer.status, code(answer)], entity).toEqual([400, 'INVALID_PARAMS'])
    }
    expect((await call(e, 'POST', '/v1/users/aggregate', { filter: { active: true } })).json.data.count).toBe(
      e.rows('users').filter((u) => u['active'] === true).length,
    )
  })
  it('task filters on statusChangedDate and activityDate are ignored, as the service ignores them', async () => {
    const e = seeded()
    const all = await call(e, 'POST', '/v1/tasks/aggregate', {})
    const future = { statusChangedDate: { $gt: '2099-01-01' }, '<activityDate': '2000-01-01' }
    expect((await call(e, 'POST', '/v1/tasks/aggregate', { filter: future })).json.data.count).toBe(all.json.data.count)
    const searched = await call(e, 'POST', '/v1/tasks/search', { filter: { ...future, status: 5 }, limit: 5000 })
    expect(searched.json.data).toEqual(e.rows('tasks').filter((t) => t['status'] === 5))
    const later = await call(e, 'POST', '/v1/tasks/search', { filter: { changedDate: { $gt: '2099-01-01' } } })
    expect([later.status, later.json.data]).toEqual([200, []])
  })
})

describe('/fields in each documented shape', () => {
  it('CRM shape with include for quotes and tasks; without include for activities and users', async () => {
    const e = seeded()
    const quotes = (await call(e, 'GET', '/v1/quotes/fields')).json.data
    expect(Object.keys(quotes)).toEqual(['fields', 'include'])
    expect(quotes.include).toEqual(['deal', 'contact', 'company'])
    expect(quotes.fields.amount).toEqual({ type: 'double', isRequired: false, isReadOnly: false, title: 'Amount' })
    expect((await call(e, 'GET', '/v1/tasks/fields')).json.data.include).toEqual(['responsible', 'creator'])
    const activities = (await call(e, 'GET', '/v1/activities/fields')).json.data
    expect(Object.keys(activities)).toEqual(['fields'])
    expect(activities.fields.typeId.items).toEqual([
      { ID: '1', VALUE: 'Call' },
      { ID: '2', VALUE: 'Meeting' },
      { ID: '3', VALUE: 'Task' },
      { ID: '6', VALUE: 'E-mail' },
    ])
    expect(Object.keys((await call(e, 'GET', '/v1/users/fields')).json.data)).toEqual(['fields'])
  })
  it('flat shape for invoices (include beside the descriptors) and items', async () => {
    const e = seeded()
    const invoices = (await call(e, 'GET', '/v1/invoices/fields')).json.data
    expect(invoices.fields).toBeUndefined()
    expect(invoices.opportunity).toEqual({ type: 'double', isRequired: false, isReadOnly: false, title: 'Amount' })
    expect(invoices.include).toEqual(['contact', 'company'])
    const items = (await call(e, 'GET', '/v1/items/156/fields')).json.data
    expect(items.include).toBeUndefined()
    expect(items.contactIds).toEqual({ type: 'integer', isRequired: false, isReadOnly: true, title: 'Contacts' })
  })
  it('upper-case names under data for statuses and currencies (the code as CURRENCY)', async () => {
    const e = seeded()
    const statuses = (await call(e, 'GET', '/v1/statuses/fields')).json.data
    expect(Object.keys(statuses)).toEqual([
      ...['ID', 'ENTITY_ID', 'STATUS_ID', 'NAME', 'NAME_INIT', 'SORT', 'COLOR', 'SEMANTICS', 'SYSTEM', 'CATEGORY_ID'],
    ])
    expect(statuses.ENTITY_ID).toEqual({ type: 'string', isRequired: true, isReadOnly: false })
    const currencies = (await call(e, 'GET', '/v1/currencies/fields')).json.data
    expect(currencies.CURRENCY).toEqual({ type: 'string', isRequired: true, isReadOnly: true })
    expect(currencies.AMOUNT_CNT).toEqual({ type: 'integer', isRequired: true, isReadOnly: false })
    expect(currencies.BASE).toEqual({ type: 'char', isRequired: false, isReadOnly: false })
  })
  it('{ type, readonly } and the batch list for deal pipelines', async () => {
    const e = seeded()
    expect((await call(e, 'GET', '/v1/deal-categories/fields')).json.data).toEqual({
      fields: {
        id: { type: 'number', readonly: true },
        name: { type: 'string', readonly: false },
        sort: { type: 'number', readonly: false },
        isLocked: {
          type: 'string',
          readonly: true,
          items: [
            { ID: 'Y', VALUE: 'Yes' },
            { ID: 'N', VALUE: 'No' },
          ],
        },
        createdAt: { type: 'datetime', readonly: true },
      },
      batch: ['create', 'update', 'delete'],
    })
  })
  it('custom fields work on every entity, smart-process items included', async () => {
    const e = createEmulator({
      seed: 4,
      counts: SMALL,
      customFields: {
        tasks: { UF_AUTO_REGION: { type: 'enumeration', title: 'Region', items: [{ ID: '7', VALUE: 'EU' }] } },
        'items/156': { ufCrm156_Budget: { type: 'money', title: 'Budget' } },
        users: { UF_USR_SKYPE: { type: 'string' } },
      },
    })
    const region = (await call(e, 'GET', '/v1/tasks/fields')).json.data.fields.UF_AUTO_REGION
    expect(region.items).toEqual([{ ID: '7', VALUE: 'EU' }])
    expect((await call(e, 'GET', '/v1/items/156/fields')).json.data.ufCrm156_Budget.type).toBe('money')
    const item = { title: 'Pilot', ufCrm156_Budget: '1500|RUB', parentId2: 3 }
    const created = await call(e, 'POST', '/v1/items/156', item)
    expect(created.status).toBe(201)
    const budget = { aggregate: [{ field: 'ufCrm156_Budget', function: 'sum' }] }
    const sum = await call(e, 'POST', '/v1/items/156/aggregate', budget)
    expect(sum.json.data.aggregates.ufCrm156_Budget.sum).toBe(1500)
    expect(code(await call(e, 'PATCH', '/v1/tasks/1', { UF_AUTO_REGION: '8' }))).toBe('VALIDATION_ERROR')
    expect((await call(e, 'PATCH', '/v1/users/1', { UF_USR_SKYPE: 'letta' })).json.data.UF_USR_SKYPE).toBe('letta')
    expect(code(await call(e, 'PATCH', '/v1/users/1', { skype: 'letta' }))).toBe('INVALID_REQUEST')
  })
})

describe('writes as each entity answers them', () => {
  it('currencies: the code is given on create; create answers { id }, update true; the base one stays', async () => {
    const e = fresh()
    const created = await call(e, 'POST', '/v1/currencies', { id: 'CNY', amount: 12.7, amountCnt: 1, fullName: 'Yuan' })
    expect([created.status, created.json.data]).toEqual([201, { id: 'CNY' }])
    expect((await call(e, 'GET', '/v1/currencies/CNY')).json.data).toMatchObject({ id: 'CNY', amount: 12.7, LID: null })
    const again = await call(e, 'POST', '/v1/currencies', { id: 'CNY', amount: 1, amountCnt: 1 })
    expect([again.status, code(again), again.json.error.message]).toEqual([
      422,
      'BITRIX_ERROR',
      'Currency already exists',
    ])
    const lower = await call(e, 'POST', '/v1/currencies', { id: 'yen', amount: 1, amountCnt: 1 })
    expect(code(lower)).toBe('VALIDATION_ERROR')
    const missing = await call(e, 'POST', '/v1/currencies', { id: 'JPY', amountCnt: 100 })
    expect([code(missing), missing.json.error.message]).toEqual(['BITRIX_ERROR', 'AMOUNT is required'])
    expect((await call(e, 'PATCH', '/v1/currencies/USD', { amount: 90 })).json).toEqual({ success: true, data: true })
    expect(code(await call(e, 'PATCH', '/v1/currencies/USD', { id: 'USX' }))).toBe('READONLY_FIELD')
    expect(code(await call(e, 'DELETE', '/v1/currencies/RUB'))).toBe('BITRIX_ERROR')
    expect((await call(e, 'DELETE', '/v1/currencies/CNY')).status).toBe(204)
    expect(e.rows('currencies').map((c) => c['id'])).toEqual(['EUR', 'RUB', 'USD'])
  })
  it('deal pipelines: name required, { id } answered, pipeline 0 kept; deleting moves deals to 0', async () => {
    const e = fresh()
    const nameless = await call(e, 'POST', '/v1/deal-categories', { sort: 300 })
    expect([nameless.status, code(nameless), nameless.json.error.message]).toEqual([
      422,
      'BITRIX_ERROR',
      'NAME is required',
    ])
    const created = await call(e, 'POST', '/v1/deal-categories', { name: 'Tenders' })
    expect(created.json.data).toEqual({ id: 2 })
    const tenders = (await call(e, 'GET', '/v1/deal-categories/2')).json.data
    expect(tenders).toMatchObject({ name: 'Tenders', createdAt: expect.any(String) })
    expect((await call(e, 'PATCH', '/v1/deal-categories/2', { sort: 50 })).json.data).toBe(true)
    expect(code(await call(e, 'DELETE', '/v1/deal-categories/0'))).toBe('BITRIX_ERROR')
    const inOne = e
      .rows('deals')
      .filter((d) => d['categoryId'] === 1)
      .map((d) => d['id'])
    expect(inOne.length).toBeGreaterThan(0)
    expect((await call(e, 'DELETE', '/v1/deal-categories/1')).status).toBe(204)
    expect(
      e
        .rows('deals')
        .filter((d) => inOne.includes(d['id']))
        .every((d) => d['categoryId'] === 0),
    ).toBe(true)
  })
  it('statuses: entityId, statusId and name required; the record answered; system records kept', async () => {
    const e = fresh()
    expect(code(await call(e, 'POST', '/v1/statuses', { entityId: 'SOURCE', name: 'Fair' }))).toBe('BITRIX_ERROR')
    const fair = { entityId: 'SOURCE', statusId: 'FAIR', name: 'Fair', sort: 50 }
    const created = await call(e, 'POST', '/v1/statuses', fair)
    expect(created.json.data).toMatchObject({ entityId: 'SOURCE', statusId: 'FAIR', SYSTEM: null, semantics: null })
    expect((await call(e, 'PATCH', `/v1/statuses/${created.json.data.id}`, { color: 'FF0000' })).json.data).toBe(true)
    expect(code(await call(e, 'PATCH', '/v1/statuses/1', { SYSTEM: 'N' }))).toBe('READONLY_FIELD')
    const odd = { entityId: 'X', statusId: 'Y', name: 'Z', semantics: 'Q' }
    expect(code(await call(e, 'POST', '/v1/statuses', odd))).toBe('VALIDATION_ERROR')
    const system = e.rows('statuses').find((s) => s['SYSTEM'] === 'Y')
    const removable = e.rows('statuses').find((s) => s['SYSTEM'] === 'N')
    expect(code(await call(e, 'DELETE', `/v1/statuses/${String(system?.['id'])}`))).toBe('BITRIX_ERROR')
    expect((await call(e, 'DELETE', `/v1/statuses/${String(removable?.['id'])}`)).status).toBe(204)
  })
  it('tasks, users, workgroups, activities: records answered, times stamped, values checked', async () => {
    const e = createEmulator({ seed: 4, counts: { ...SMALL, tasks: 10 }, now: () => Date.UTC(2026, 4, 5, 9) })
    const task = await call(e, 'POST', '/v1/tasks', { title: 'Call back', responsibleId: 3, status: 2, priority: 2 })
    const noon = '2026-05-05T12:00:00+03:00'
    expect(task.json.data).toMatchObject({ id: 11, createdDate: noon, changedDate: noon })
    expect(code(await call(e, 'POST', '/v1/tasks', { title: 'x', status: 7 }))).toBe('VALIDATION_ERROR')
    expect(code(await call(e, 'POST', '/v1/tasks', { title: 'x', status: '2' }))).toBe('VALIDATION_ERROR')
    expect(code(await call(e, 'PATCH', '/v1/tasks/1', { closedDate: '2026-01-01' }))).toBe('READONLY_FIELD')
    const user = await call(e, 'POST', '/v1/users', { name: 'Nina', lastName: 'Orlova', email: 'nina@portal.example' })
    expect(user.json.data).toMatchObject({ id: 21, dateRegister: noon, isAdmin: null })
    expect(code(await call(e, 'PATCH', '/v1/users/21', { isOnline: true }))).toBe('READONLY_FIELD')
    const group = await call(e, 'POST', '/v1/workgroups', { name: 'Launch', opened: true })
    expect(group.json.data).toMatchObject({ name: 'Launch', dateCreate: noon })
    expect(code(await call(e, 'POST', '/v1/workgroups', { membersCount: 3 }))).toBe('READONLY_FIELD')
    const activity = await call(e, 'PATCH', '/v1/activities/1', { completed: true, direction: 2 })
    expect(activity.json.data).toMatchObject({ id: 1, completed: true, updatedAt: noon })
    const deal = await call(e, 'POST', '/v1/deals', { title: 'New one' })
    expect(deal.json.data).toMatchObject({ entityTypeId: 2, closed: null })
  })
  it('include answers the relations of quotes, invoices and tasks', async () => {
    const e = seeded()
    const quote = e.rows('quotes').find((q) => q['companyId'] !== null)
    const got = await call(e, 'GET', `/v1/quotes/${String(quote?.['id'])}?include=deal,contact,company`)
    expect(got.json.data._included).toEqual({
      deal: e.rows('deals').find((d) => d['id'] === quote?.['dealId']),
      contact: e.rows('contacts').find((c) => c['id'] === quote?.['contactId']),
      company: e.rows('companies').find((c) => c['id'] === quote?.['companyId']),
    })
    const task = e.rows('tasks')[0]
    const body = { filter: { id: task?.['id'] }, include: ['responsible', 'creator'] }
    const tasks = await call(e, 'POST', '/v1/tasks/search', body)
    expect(tasks.json.data[0]._included).toEqual({
      responsible: e.rows('users').find((u) => u['id'] === task?.['responsibleId']),
      creator: e.rows('users').find((u) => u['id'] === task?.['createdBy']),
    })
    const invoices = await call(e, 'GET', '/v1/invoices?include=contact&limit=1')
    expect(Object.keys(invoices.json.data[0]._included)).toEqual(['contact'])
    expect(code(await call(e, 'GET', '/v1/departments/1?include=head'))).toBe('INVALID_INCLUDE')
  })
})
