// Collects every error (and hook payload) a test file produces, and checks that none of them
// carries the fake credentials anywhere a log could show them.
import { inspect } from 'node:util'
import { expect } from 'vitest'

export const API_KEY = 'vibe_api_SECRETSECRET123'
export const APP_KEY = 'vibe_app_SECRETAPPKEY789'
export const SESSION_TOKEN = 'tok_SESSIONSECRET456'
const secrets = [API_KEY, APP_KEY, SESSION_TOKEN, 'SECRETSECRET', 'SESSIONSECRET', 'SECRETAPPKEY']

const collected: unknown[] = []

/** Records a value (an error, a hook state) for the final check. */
export function collect<T>(value: T): T {
  collected.push(value)
  return value
}

/** Awaits a promise that must reject, records and returns the rejection. */
export async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return collect(error)
  }
  throw new Error('expected the promise to reject')
}

/** Every way a value may be printed or logged. */
function renderings(value: unknown): string[] {
  const out = [inspect(value, { depth: 20, showHidden: true, getters: true }), safeJson(value), String(value)]
  for (let error = value; error instanceof Error; error = error.cause) {
    out.push(error.message, error.stack ?? '', String(error), safeJson(error), safeJson({ ...error }))
  }
  return out
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? ''
  } catch {
    return ''
  }
}

/** The secrets found in any rendering of the values. */
export function findLeaks(values: readonly unknown[]): string[] {
  const leaks: string[] = []
  for (const value of values) {
    for (const text of renderings(value)) {
      for (const secret of secrets) if (text.includes(secret)) leaks.push(`${String(value)} shows ${secret}`)
    }
  }
  return leaks
}

/** Asserts that nothing collected so far shows a secret; returns how many values were checked. */
export function expectNoSecrets(): number {
  expect(findLeaks(collected)).toEqual([])
  return collected.length
}
