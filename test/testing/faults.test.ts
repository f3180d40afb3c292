// Fault injection: status/body/headers, non-JSON bodies, delays, dropped connections; over HTTP and in-process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmulator } from '../../src/testing/index.js'
import { KEY, read, start, type Running } from './helpers.js'

let r: Running
beforeAll(async () => {
  r = await start({ counts: { contacts: 3, companies: 1, deals: 0, leads: 0 } })
})
afterAll(() => r.close())

describe('failNext', () => {
  it('answers the next N requests with the given status, body and headers, then normally', async () => {
    r.emulator.failNext({
      status: 503,
      body: { success: false, error: { code: 'SERVICE_UNAVAILABLE', message: 'down' } },
      headers: { 'Retry-After': '1' },
      times: 2,
    })
    for (let i = 0; i < 2; i++) {
      const answer = await r.post('/v1/contacts/search', {})
      expect(answer.status).toBe(503)
      expect(answer.headers.get('retry-after')).toBe('1')
      expect(answer.json).toEqual({ success: false, error: { code: 'SERVICE_UNAVAILABLE', message: 'down' } })
    }
    expect((await r.post('/v1/contacts/search', {})).status).toBe(200)
  })
  it('defaults to a 500 INTERNAL_ERROR envelope', async () => {
    r.emulator.failNext()
    const answer = await r.post('/v1/contacts/search', {})
    expect(answer.status).toBe(500)
    expect(answer.json).toEqual({
      success: false,
      error: { code: 'INTERNAL_ERROR', message: 'Injected fault (HTTP 500)' },
    })
  })
  it('without a body, answers the documented code of the status', async () => {
    const expected: Array<[number, string]> = [
      [400, 'VALIDATION_ERROR'],
      [404, 'NOT_FOUND'],
      [422, 'BITRIX_ERROR'],
      [429, 'RATE_LIMITED'],
      [502, 'BITRIX_UNAVAILABLE'],
      [503, 'INTERNAL_ERROR'],
      [504, 'QUEUE_TIMEOUT'],
    ]
    for (const [status, code] of expected) {
      r.emulator.failNext({ status })
      const answer = await r.post('/v1/contacts/search', {})
      expect(answer.status).toBe(status)
      expect(answer.json.error.code, String(status)).toBe(code)
    }
  })
  it('sends a string body verbatim: an HTML 502 page, or truncated JSON', async () => {
    r.emulator.failNext({
      status: 502,
      body: '<html><body>Bad Gateway</body></html>',
      headers: { 'Content-Type': 'text/html' },
    })
    const html = await r.post('/v1/contacts/search', {})
    expect(html.status).toBe(502)
    expect(html.headers.get('content-type')).toBe('text/html')
    expect(html.text).toBe('<html><body>Bad Gateway</body></html>')
    expect(html.json).toBeUndefined()

    r.emulator.failNext({
      status: 200,
      body: '{"success":true,"data":[{"id":1',
      headers: { 'Content-Type': 'application/json' },
    })
    const truncated = await r.post('/v1/contacts/search', {})
    expect(truncated.status).toBe(200)
    expect(truncated.text).toBe('{"success":true,"data":[{"id":1')
    expect(truncated.json).toBeUndefined()
  })
  it('hits only matching requests', async () => {
    r.emulator.failNext({ status: 504, match: { method: 'GET', path: /^\/v1\/contacts\/\d+$/ } })
    expect((await r.post('/v1/contacts/search', {})).status).toBe(200)
    expect((await r.get('/v1/contacts/1')).status).toBe(504)
    expect((await r.get('/v1/contacts/1')).status).toBe(200)
  })
  it('rejects an impossible status', () => {
    expect(() => r.emulator.failNext({ status: 99 })).toThrow(RangeError)
  })
})

describe('delayNext and latency', () => {
  it('delays the next request, then answers normally', async () => {
    r.emulator.clearRequests()
    r.emulator.delayNext(300)
    const started = performance.now()
    const answer = await r.post('/v1/contacts/search', {})
    expect(performance.now() - started).toBeGreaterThanOrEqual(290)
    expect(answer.status).toBe(200)
    // The log, not the clock, shows the second request went undelayed (an upper time bound flakes under load).
    expect((await r.post('/v1/contacts/search', {})).status).toBe(200)
    expect(r.emulator.requests.map((q) => q.fault)).toEqual(['delay', undefined])
  })
  it('a client timeout aborts a delayed request', async () => {
    r.emulator.delayNext(2000)
    await expect(
      fetch(`${r.url}/v1/contacts/search`, {
        method: 'POST',
        headers: { 'X-Api-Key': KEY },
        body: '{}',
        signal: AbortSignal.timeout(100),
      }),
    ).rejects.toThrow(/aborted|timeout/i)
  })
  it('setLatency adds latency to every response', async () => {
    r.emulator.setLatency(100)
    try {
      const started = performance.now()
      await r.get('/v1/contacts/1')
      expect(performance.now() - started).toBeGreaterThanOrEqual(90)
    } finally {
      r.emulator.setLatency(0)
    }
  })
})

describe('dropNext', () => {
  it('over HTTP destroys the socket: fetch rejects with a network TypeError', async () => {
    r.emulator.dropNext()
    await expect(r.post('/v1/contacts/search', {})).rejects.toBeInstanceOf(TypeError)
    expect((await r.post('/v1/contacts/search', {})).status).toBe(200)
    expect(r.emulator.requests.filter((q) => q.fault === 'drop').at(-1)).toMatchObject({
      status: null,
      path: '/v1/contacts/search',
    })
  })
})

describe('the in-process fetch handler', () => {
  const emulator = createEmulator({ counts: { contacts: 2, companies: 1, deals: 0, leads: 0 } })
  const search = (init: RequestInit = {}): Promise<Response> =>
    emulator.fetch('http://emulator.local/v1/contacts/search', {
      method: 'POST',
      headers: { 'X-Api-Key': KEY },
      body: '{}',
      ...init,
    })

  it('answers standard Responses', async () => {
    const res = await search()
    expect(res).toBeInstanceOf(Response)
    const answer = await read(res)
    expect(answer.status).toBe(200)
    expect(answer.json.data.map((c: { id: number }) => c.id)).toEqual([1, 2])
  })
  it('accepts a Request object and relative paths', async () => {
    const viaRequest = await emulator.fetch(
      new Request('http://emulator.local/v1/contacts/2', { headers: { 'X-Api-Key': KEY } }),
    )
    expect((await viaRequest.json()).data.id).toBe(2)
    const relative = await emulator.fetch('/v1/contacts/1', { headers: { 'X-Api-Key': KEY } })
    expect((await relative.json()).data.id).toBe(1)
  })
  it('rejects a dropped connection with a TypeError, like fetch', async () => {
    emulator.dropNext()
    await expect(search()).rejects.toThrow(new TypeError('fetch failed'))
  })
  it('honours an AbortSignal during a delay', async () => {
    emulator.delayNext(5000)
    const controller = new AbortController()
    const pending = search({ signal: controller.signal })
    setTimeout(() => controller.abort(), 20)
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })
  it('serves failNext faults too', async () => {
    emulator.failNext({
      status: 429,
      body: { success: false, error: { code: 'RATE_LIMITED', message: 'QUERY_LIMIT_EXCEEDED', retryAfter: 1 } },
      headers: { 'Retry-After': '1' },
    })
    const res = await search()
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('1')
  })
})
