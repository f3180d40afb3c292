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

/**
 * Returns `cause` as it is when no secret shows in it, else a copy (name, message, stack, `code`,
 * and its own `cause`, all redacted): a transport or parser error may quote a header or a body.
 *
 * @internal
 */
export function redactCause(cause: unknown, redact: (text: string) => string): unknown {
  if (!(cause instanceof Error)) return typeof cause === 'string' ? redact(cause) : cause
  const { name, message, stack = '' } = cause
  const inner = redactCause(cause.cause, redact)
  if (redact(message + stack) === message + stack && inner === cause.cause) return cause
  const copy = new Error(redact(message), { cause: inner })
  return Object.assign(copy, { name, stack: redact(stack), code: (cause as { code?: unknown }).code })
}
