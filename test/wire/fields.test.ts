// GET /v1/{entity}/fields in each variant the docs show (fixtures in test/fixtures/docs/).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { batch, deals } from '../../src/index.js'
import { fieldsOf } from '../../src/wire/fields.js'
import { serveDocs } from '../client/documented.js'

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/docs/${name}.json`, import.meta.url), 'utf8'))
const answerOf = (name: string) => ({
  status: 200,
  method: 'GET',
  path: '/v1/x/fields',
  data: fixture(name).body.data,
  meta: undefined,
  redact: (t: string) => t,
})

describe('fieldsOf', () => {
  it('reads the CRM shape: data.fields, isReadOnly, title, enumeration items, data.include', () => {
    const { fields, include } = fieldsOf(answerOf('fields-crm'))
    expect(fields.id).toEqual({
      type: 'integer',
      isRequired: false,
      isReadOnly: true,
      isMultiple: false,
      title: 'ID',
      items: undefined,
    })
    expect(fields.ufCrm_Priority?.items).toEqual([
      { id: '45', value: 'High' },
      { id: '46', value: 'Low' },
    ])
    expect(include).toEqual(['contact', 'company', 'quote'])
  })

  it('reads descriptors straight under data (items, currencies)', () => {
    const { fields, include } = fieldsOf(answerOf('fields-flat'))
    expect(Object.keys(fields)).toEqual(['id', 'title', 'ufCrm156_custom', 'parentId2'])
    expect(fields.ufCrm156_custom).toMatchObject({ type: 'string', isReadOnly: false, title: 'Custom field' })
    expect(include).toEqual([])
  })

  it('reads readonly and label', () => {
    const { fields } = fieldsOf(answerOf('fields-readonly-label'))
    expect(fields.id).toMatchObject({ type: 'number', isReadOnly: true, isRequired: false, title: undefined })
    expect(fields.code).toMatchObject({ isReadOnly: false, title: 'Symbolic code' })
    expect(fields.createdBy).toMatchObject({ type: 'user', isReadOnly: true, title: 'Created by' })
  })

  it('refuses data with no descriptors', () => {
    expect(() => fieldsOf({ ...answerOf('fields-crm'), data: [] })).toThrowError(/holds no field descriptors/)
  })
})

describe('deals.fields() against the doc server', () => {
  it('sends GET /v1/deals/fields, alone or as a batch call', async () => {
    const { server, client } = await serveDocs()
    const alone = await client.execute(deals.fields())
    expect(alone.fields.id?.isReadOnly).toBe(true)
    const { f } = await batch(client, { f: deals.fields() })
    expect(f).toEqual(alone)
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/deals/fields', 'POST /v1/batch'])
    expect((server.requests[1]!.body as { calls: unknown[] }).calls).toEqual([
      { id: 'f', entity: 'deals', action: 'fields' },
    ])
  })
})
