import { secretHeaders } from '../wire/request-headers.js'

/** What secrets are replaced with. */
const mask = '[REDACTED]'

/**
 * Copies the client's request headers with the credentials (`X-Api-Key`, `Authorization`)
 * masked, for hook payloads. The copy is frozen.
 *
 * @internal
 */
export function redactHeaders(headers: Record<string, string>): Readonly<Record<string, string>> {
  const shown = { ...headers }
  for (const name of secretHeaders) if (name in shown) shown[name] = mask
  return Object.freeze(shown)
}

/**
 * Returns a function that masks every occurrence of the given secrets in a text, for text that
 * comes from outside (the service's messages, a transport's error) before it enters an error.
 *
 * @internal
 */
export function createRedactor(secrets: readonly (string | undefined)[]): (text: string) => string {
  const list = secrets.filter((secret): secret is string => !!secret)
  return (text) => list.reduce((result, secret) => result.split(secret).join(mask), text)
}

// A cause chain longer than this is cut (a cycle would be endless).
const maxCauseDepth = 4

/**
 * Returns a safe copy of a transport's error for `NetworkError.cause`: an `Error` with the name,
 * message and stack, the properties that hold a string, number or boolean (strings masked), and
 * the same copy of its own `cause`, at most four deep. Objects hanging off the error (a wrapper's
 * `request`, `config` or `headers`, which hold the key) are left out; properties that throw when
 * read are skipped.
 *
 * @internal
 */
export function redactCause(cause: unknown, redact: (text: string) => string, depth = 0): unknown {
  if (typeof cause === 'string') return redact(cause)
  if (typeof cause !== 'object' || cause === null) return cause
  const read = (key: string): unknown => {
    try {
      return (cause as Record<string, unknown>)[key]
    } catch {
      return undefined
    }
  }
  let keys: string[]
  try {
    keys = Object.keys(cause)
  } catch {
    keys = []
  }
  const copy = new Error(shown(read('message'), redact)) as Error & Record<string, unknown>
  copy.name = shown(read('name'), redact) || 'Error'
  copy.stack = shown(read('stack'), redact)
  for (const key of keys) {
    const value = read(key)
    if (key !== 'cause' && ['string', 'number', 'boolean'].includes(typeof value))
      copy[key] = typeof value === 'string' ? redact(value) : value
  }
  const inner = read('cause')
  if (inner !== undefined && depth < maxCauseDepth) copy.cause = redactCause(inner, redact, depth + 1)
  return copy
}

const shown = (value: unknown, redact: (text: string) => string): string =>
  typeof value === 'string' ? redact(value) : ''
