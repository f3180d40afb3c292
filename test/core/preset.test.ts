// The test preset: a client for a test suite, with no rate limiter and retries that do not wait.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { contacts, createClient } from '../../src/index.js'
import { createEmulator, DEMO_API_KEY } from '../../src/testing/index.js'

afterEach(() => void vi.useRealTimers())

describe("createClient({ preset: 'test' })", () => {
  it('sends 120 searches at once with no limiter: none of them waits for a timer', async () => {
    const emulator = createEmulator({ seed: 1, rateLimit: false })
    vi.useFakeTimers()
    // With fake timers a request the limiter held back would never leave; the default client's
    // bucket (burst 50) holds back 70 of them.
    const settle = (client: ReturnType<typeof createClient>) => {
      let done = 0
      for (let i = 0; i < 120; i++) void client.execute(contacts().limit(1)).then(() => done++)
      return async () => {
        for (let i = 0; i < 200; i++) await Promise.resolve() // the emulator answers in microtasks
        return done
      }
    }
    const tested = settle(
      createClient({ apiKey: DEMO_API_KEY, fetch: emulator.fetch, preset: 'test', timeoutMs: false }),
    )
    const production = settle(createClient({ apiKey: DEMO_API_KEY, fetch: emulator.fetch, timeoutMs: false }))
    expect(await tested()).toBe(120)
    expect(await production()).toBe(50)
  })

  it('retries injected failures after 1, 2, 4 ms, and caps a Retry-After at 10 ms', async () => {
    const emulator = createEmulator({ seed: 1, rateLimit: false })
    const delays: number[] = []
    const client = createClient({
      apiKey: DEMO_API_KEY,
      fetch: emulator.fetch,
      preset: 'test',
      hooks: { beforeRetry: [({ delayMs }) => void delays.push(delayMs)] },
    })
    for (let i = 0; i < 3; i++) emulator.failNext({ status: 503 })
    expect(await client.execute(contacts().limit(2))).toHaveLength(2)
    emulator.failNext({
      status: 429,
      body: { success: false, error: { code: 'RATE_LIMITED', message: 'wait', retryAfter: 60 } },
    })
    expect(await client.execute(contacts().limit(2))).toHaveLength(2)
    expect(delays).toEqual([1, 2, 4, 10])
  })

  it('lets options given beside it win, and refuses an unknown preset', async () => {
    const emulator = createEmulator({ seed: 1, rateLimit: false })
    const client = createClient({ apiKey: DEMO_API_KEY, fetch: emulator.fetch, preset: 'test', retry: false })
    emulator.failNext({ status: 503 })
    await expect(client.execute(contacts().limit(1))).rejects.toThrow(/HTTP 503/)
    expect(() => createClient({ apiKey: DEMO_API_KEY, preset: 'fast' as never })).toThrow(
      "createClient(): preset must be 'test' or left out",
    )
  })
})
