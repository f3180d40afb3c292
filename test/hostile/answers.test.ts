// Items 5, 6, 8, 11 and 12 of the hostile-network review: bodies too large or compressed into a
// bomb, bodies that end early, one signal shared by many calls, unreadable Retry-After values and
// answers of the wrong shape. Loopback servers from hostile-server.ts; each client injects its fetch.
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import {
  contacts,
  createClient,
  isNetworkError,
  isRateLimitError,
  isResponseError,
  type FetchLike,
} from '../../src/index.js'
import { answer, range, rowsWithIds, type HostileServer } from './hostile-server.js'
import { transports, useServers } from './setup.js'

const start = useServers()
const clientOf = (server: HostileServer, options: Partial<Parameters<typeof createClient>[0]> = {}) =>
  createClient({ apiKey: 'vibe_api_x', baseUrl: server.url, rateLimit: false, retry: false, ...options })
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: unknown) => error as Error,
  )

// A body of `bytes` bytes: an envelope whose one row holds a long string, written in 64 KiB chunks
// without Content-Length; `sent` counts what the server managed to write before the client left.
function streamBody(bytes: number, counter: { sent: number }) {
  return (_: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'Content-Type': 'application/json' })
    const head = '{"success":true,"data":[{"id":1,"name":"'
    res.write(head)
    counter.sent = head.length
    const chunk = 'x'.repeat(65_536)
    const pump = (): void => {
      while (counter.sent < bytes) {
        counter.sent += chunk.length
        if (!res.write(chunk)) return void res.once('drain', pump)
      }
      res.end('"}]}')
    }
    res.on('error', () => undefined)
    pump()
  }
}

describe('response size cap (item 5)', () => {
  for (const [name, fetch] of transports) {
    it(`stops reading a body without Content-Length at the cap, with ${name}`, async () => {
      const counter = { sent: 0 }
      const server = await start(streamBody(40_000_000, counter))
      const error = await failure(clientOf(server, { fetch, maxResponseBytes: 1_000_000 }).execute(contacts()))
      expect(isResponseError(error)).toBe(true)
      expect(error.message).toBe(
        'POST /v1/contacts/search answered HTTP 200 with a body over maxResponseBytes (1000000 bytes): not read further',
      )
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(counter.sent).toBeLessThan(40_000_000) // the client hung up instead of draining the rest
    })

    it(`stops a gzip bomb at the cap of decoded bytes, with ${name}`, async () => {
      const inflated = `{"success":true,"data":[{"id":1,"name":"${' '.repeat(30_000_000)}"}]}`
      const bomb = gzipSync(inflated)
      expect(bomb.length).toBeLessThan(100_000)
      const server = await start((_, res) => {
        res.writeHead(200, {
          'Content-Type': 'application/json',
          'Content-Encoding': 'gzip',
          'Content-Length': String(bomb.length),
        })
        res.end(bomb)
      })
      const error = await failure(clientOf(server, { fetch, maxResponseBytes: 2_000_000 }).execute(contacts()))
      expect(error.message).toContain('with a body over maxResponseBytes (2000000 bytes)')
    })
  }

  it('refuses at once a body whose Content-Length is over the cap, and reads one at the cap', async () => {
    const body = JSON.stringify({ success: true, data: rowsWithIds(range(1, 100)) })
    const server = await start((_, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) })
      res.end(body)
    })
    const error = await failure(clientOf(server, { maxResponseBytes: body.length - 1 }).execute(contacts()))
    expect(error.message).toContain(`maxResponseBytes (${body.length - 1} bytes)`)
    expect(await clientOf(server, { maxResponseBytes: body.length }).execute(contacts())).toHaveLength(100)
  })

  it('has a default cap of 64 MiB', async () => {
    const counter = { sent: 0 }
    const server = await start(streamBody(70 * 1024 * 1024, counter))
    const error = await failure(
      clientOf(server, { fetch: globalThis.fetch as unknown as FetchLike }).execute(contacts()),
    )
    expect(error.message).toContain('maxResponseBytes (67108864 bytes)')
  })

  it('refuses a cap that is not a positive number at createClient', () => {
    for (const maxResponseBytes of [0, -1, Number.NaN, '10' as never]) {
      expect(() => createClient({ apiKey: 'vibe_api_x', maxResponseBytes })).toThrow(
        /maxResponseBytes must be a number of bytes from 1/,
      )
    }
  })
})

describe('bodies that end early (item 6)', () => {
  // cross-fetch alone (node-fetch 2) waits for the timeout when a body stops short of its
  // Content-Length; the default transport is cross-fetch through agents that notice.
  for (const [name, fetch] of transports.filter(([name]) => name !== 'cross-fetch')) {
    it(`notices a body shorter than its Content-Length at once, with ${name}`, async () => {
      const server = await start((_, res) => {
        res.socket?.write(
          'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"success":true,"data":[{"id":1}',
        )
        setTimeout(() => res.socket?.end(), 5)
      })
      const started = Date.now()
      const error = await failure(clientOf(server, { fetch, timeoutMs: 20_000 }).execute(contacts()))
      expect(isNetworkError(error), error.message).toBe(true)
      expect(Date.now() - started).toBeLessThan(5_000)
    })

    it(`notices a connection reset in the middle of a large body, with ${name}`, async () => {
      const server = await start((_, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '10000000' })
        res.write(`{"success":true,"data":[{"id":1,"name":"${'x'.repeat(500_000)}`)
        setTimeout(() => res.socket?.resetAndDestroy(), 5)
      })
      const started = Date.now()
      const error = await failure(clientOf(server, { fetch, timeoutMs: 20_000 }).execute(contacts()))
      expect(isNetworkError(error), error.message).toBe(true)
      expect(Date.now() - started).toBeLessThan(5_000)
    })
  }
})

describe('one signal shared by many calls (item 8)', () => {
  it('prints no MaxListenersExceededWarning for 30 concurrent calls on one signal', async () => {
    const warnings: string[] = []
    const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`)
    process.on('warning', onWarning)
    try {
      const server = await start((_, res) => setTimeout(() => answer(res, rowsWithIds([1])), 20))
      const client = clientOf(server, { rateLimit: { burst: 5, perSecond: 1000 } })
      const controller = new AbortController()
      const all = await Promise.all(
        Array.from({ length: 30 }, () => client.execute(contacts(), { signal: controller.signal })),
      )
      expect(all).toHaveLength(30)
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(warnings.filter((w) => w.includes('MaxListeners'))).toEqual([])
    } finally {
      process.off('warning', onWarning)
    }
  })

  it('still aborts every one of 30 waiting calls when the shared signal aborts', async () => {
    const server = await start(() => undefined) // never answers
    const client = clientOf(server)
    const controller = new AbortController()
    const calls = Array.from({ length: 30 }, () => failure(client.execute(contacts(), { signal: controller.signal })))
    setTimeout(() => controller.abort(new Error('stop')), 20)
    const errors = await Promise.all(calls)
    expect(errors.map((e) => e.message)).toEqual(Array(30).fill('stop'))
  })
})

describe('Retry-After only in the forms HTTP defines (item 11)', () => {
  const refusedWith = async (header: string | undefined, bodyWait?: unknown) => {
    const server = await start((_, res) => {
      res.writeHead(429, {
        'Content-Type': 'application/json',
        ...(header === undefined ? {} : { 'Retry-After': header }),
      })
      res.end(
        JSON.stringify({
          success: false,
          error: {
            code: 'RATE_LIMIT_EXCEEDED',
            message: 'slow down',
            ...(bodyWait === undefined ? {} : { retryAfter: bodyWait }),
          },
        }),
      )
    })
    const error = await failure(clientOf(server).execute(contacts()))
    expect(isRateLimitError(error)).toBe(true)
    return (error as unknown as { retryAfter: number | undefined }).retryAfter
  }

  it('ignores values that are neither delay-seconds nor an HTTP date', async () => {
    for (const header of ['1.5.3', 'a 1', '1.5', '-3', '0x10', '1e3', 'soon', '2026-12-04']) {
      expect(await refusedWith(header), header).toBeUndefined()
    }
  })

  it('reads delay-seconds and the three HTTP date forms', async () => {
    expect(await refusedWith('7')).toBe(7)
    expect(await refusedWith(' 12 ')).toBe(12)
    const inFive = new Date(Math.floor(Date.now() / 1000) * 1000 + 5000)
    const imf = inFive.toUTCString() // "Fri, 04 Dec 2026 18:00:05 GMT"
    const [, day = '', month = '', year = '', time = ''] = imf.match(/^\w+, (\d\d) (\w+) (\d{4}) (\S+) GMT$/) ?? []
    const weekday = inFive.toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' })
    const short = imf.slice(0, 3)
    for (const date of [
      imf,
      `${weekday}, ${day}-${month}-${year.slice(2)} ${time} GMT`,
      `${short} ${month} ${String(Number(day)).padStart(2, ' ')} ${time} ${year}`,
    ]) {
      const seconds = await refusedWith(date)
      expect(seconds, date).toBeGreaterThan(3)
      expect(seconds, date).toBeLessThanOrEqual(5)
    }
  })

  it('ignores a body retryAfter that is negative or not a number', async () => {
    for (const wait of [-5, '5', Number.MAX_VALUE * 0, null]) {
      const seconds = await refusedWith(undefined, wait)
      expect(seconds, String(wait)).toBe(wait === 0 ? 0 : undefined)
    }
  })
})

describe('answers of the wrong shape (item 12)', () => {
  it('refuses rows that are not records', async () => {
    for (const data of [[null], [1], ['x'], [{ id: 1 }, []], [{ id: 1 }, null]]) {
      const server = await start((_, res) => answer(res, data))
      const error = await failure(clientOf(server).execute(contacts()))
      expect(isResponseError(error), JSON.stringify(data)).toBe(true)
      expect(error.message).toMatch(/with a row that is not a record/)
    }
  })

  it('refuses [null] in executeTakeFirstOrThrow rather than resolving null', async () => {
    const server = await start((_, res) => answer(res, [null]))
    const error = await failure(clientOf(server).executeTakeFirstOrThrow(contacts()))
    expect(isResponseError(error)).toBe(true)
  })

  it('refuses a count that is not a whole number from 0', async () => {
    for (const count of [-1, 1.5, Number.MAX_SAFE_INTEGER + 2, '3']) {
      const server = await start((_, res) => answer(res, { count }))
      const error = await failure(clientOf(server).execute(contacts().count()))
      expect(isResponseError(error), String(count)).toBe(true)
      expect(error.message).toMatch(/with `data.count` that is not a whole number from 0/)
    }
  })
})
