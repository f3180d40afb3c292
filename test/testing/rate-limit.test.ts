// The leaky bucket: 429 RATE_LIMITED with retryAfter and Retry-After, per key, draining with time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { start, type Running } from './helpers.js'

let r: Running
let clock = 0
beforeAll(async () => {
  r = await start({
    counts: { contacts: 3, companies: 1, deals: 0, leads: 0 },
    rateLimit: { burst: 3, perSecond: 0.5 },
    now: () => clock,
    keys: { vibe_api_demo: { scopes: ['crm'] }, vibe_api_second: { scopes: ['crm'] } },
  })
})
afterAll(() => r.close())

describe('rate limit', () => {
  it('admits a burst, then answers 429 RATE_LIMITED with retryAfter and Retry-After', async () => {
    for (let i = 0; i < 3; i++) expect((await r.post('/v1/contacts/search', {})).status).toBe(200)
    const limited = await r.post('/v1/contacts/search', {})
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('2')
    expect(limited.json).toEqual({
      success: false,
      error: {
        code: 'RATE_LIMITED',
        message: 'QUERY_LIMIT_EXCEEDED',
        hint: expect.stringContaining('POST /v1/batch'),
        retryAfter: 2,
      },
    })
  })
  it('keeps a separate bucket per key', async () => {
    expect((await r.post('/v1/contacts/search', {}, { 'X-Api-Key': 'vibe_api_second' })).status).toBe(200)
  })
  it('drains at perSecond: after retryAfter seconds one more request fits', async () => {
    clock += 2000
    expect((await r.post('/v1/contacts/search', {})).status).toBe(200)
    expect((await r.post('/v1/contacts/search', {})).status).toBe(429)
  })
  it('resetRateLimit empties the buckets', async () => {
    r.emulator.resetRateLimit()
    expect((await r.post('/v1/contacts/search', {})).status).toBe(200)
  })
})
