// ERROR_LOOP_DETECTED: the same failing request, repeated, is blocked with 429 until it succeeds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { start, type Running } from './helpers.js'

let r: Running
beforeAll(async () => {
  r = await start({ data: { deals: [{ id: 1, title: 'a' }] }, errorLoop: { after: 3, probeEvery: 4, retryAfter: 60 } })
})
afterAll(() => r.close())

describe('errorLoop', () => {
  it('blocks the fourth identical failure with 429 ERROR_LOOP_DETECTED, retryAfter and Retry-After', async () => {
    for (let i = 0; i < 3; i++) expect((await r.get('/v1/deals/2')).json.error.code).toBe('ENTITY_NOT_FOUND')
    const blocked = await r.get('/v1/deals/2')
    expect(blocked.status).toBe(429)
    expect(blocked.headers.get('retry-after')).toBe('60')
    expect(blocked.json).toEqual({
      success: false,
      error: {
        code: 'ERROR_LOOP_DETECTED',
        message: expect.stringContaining('GET /v1/deals/2'),
        hint: expect.stringContaining('4th'),
        retryAfter: 60,
      },
    })
  })
  it('lets other requests through', async () => {
    expect((await r.get('/v1/deals/1')).status).toBe(200)
    expect((await r.get('/v1/deals/3')).json.error.code).toBe('ENTITY_NOT_FOUND')
  })
  it('lets every 4th blocked attempt through to probe, and lifts the block once a probe succeeds', async () => {
    // The test above made blocked attempt 1; attempts 2 and 3 stay blocked, attempt 4 probes.
    expect((await r.get('/v1/deals/2')).status).toBe(429)
    expect((await r.get('/v1/deals/2')).status).toBe(429)
    r.emulator.insert('deals', [{ id: 2, title: 'b' }])
    const probe = await r.get('/v1/deals/2')
    expect(probe.status).toBe(200)
    expect((await r.get('/v1/deals/2')).status).toBe(200)
  })
  it('is off by default: the same failure answers the same way every time', async () => {
    const plain = await start({ data: { deals: [] } })
    try {
      for (let i = 0; i < 20; i++) expect((await plain.get('/v1/deals/2')).status).toBe(404)
    } finally {
      await plain.close()
    }
  })
})
