// How a request becomes one call of POST /v1/batch (the docs' batch page: actions list, get, create,
// update, delete, fields, search; smart-process items as entity "items" with params.entityTypeId).
import { describe, expect, it } from 'vitest'
import { batchCallOf, encodeBatchBody } from '../../src/wire/batch-body.js'

describe('batchCallOf', () => {
  it('reads each documented action from the request', () => {
    const cases: [Parameters<typeof batchCallOf>[0], unknown][] = [
      [
        { method: 'POST', path: '/v1/deals/search', body: { limit: 5 } },
        { entity: 'deals', action: 'search', params: { limit: 5 } },
      ],
      [
        { method: 'GET', path: '/v1/users/1' },
        { entity: 'users', action: 'get', entityId: 1 },
      ],
      [
        { method: 'GET', path: '/v1/deals/7', query: { include: 'contact' } },
        { entity: 'deals', action: 'get', entityId: 7, params: { include: 'contact' } },
      ],
      [
        { method: 'GET', path: '/v1/deals/fields' },
        { entity: 'deals', action: 'fields' },
      ],
      [
        { method: 'POST', path: '/v1/deals', body: { title: 'x' } },
        { entity: 'deals', action: 'create', params: { title: 'x' } },
      ],
      [
        { method: 'PATCH', path: '/v1/deals/7', body: { title: 'y' } },
        { entity: 'deals', action: 'update', entityId: 7, params: { title: 'y' } },
      ],
      [
        { method: 'DELETE', path: '/v1/deals/7' },
        { entity: 'deals', action: 'delete', entityId: 7 },
      ],
      [
        { method: 'POST', path: '/v1/items/128/search', body: {} },
        { entity: 'items', action: 'search', params: { entityTypeId: 128 } },
      ],
      [
        { method: 'GET', path: '/v1/items/128/5' },
        { entity: 'items', action: 'get', entityId: 5, params: { entityTypeId: 128 } },
      ],
    ]
    for (const [request, call] of cases) expect(batchCallOf(request), `${request.method} ${request.path}`).toEqual(call)
  })

  it('has no call for what the batch does not take', () => {
    for (const request of [
      { method: 'POST', path: '/v1/deals/aggregate' },
      { method: 'POST', path: '/v1/deals/batch' },
      { method: 'POST', path: '/v1/batch' },
      { method: 'GET', path: '/v1/deals' },
      { method: 'GET', path: '/v1/deals/search' },
      { method: 'POST', path: '/v2/deals/search' },
    ]) {
      expect(batchCallOf(request), `${request.method} ${request.path}`).toBeUndefined()
    }
  })

  it('writes the body with each call id first', () => {
    expect(encodeBatchBody([['a', { entity: 'deals', action: 'get', entityId: 1 }]])).toEqual({
      calls: [{ id: 'a', entity: 'deals', action: 'get', entityId: 1 }],
    })
  })
})
