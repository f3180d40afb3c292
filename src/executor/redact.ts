/** What secrets are replaced with. */
const mask = '[REDACTED]'

/**
 * Copies the client's request headers with the credentials (`X-Api-Key`, `Authorization`)
 * masked, for hook payloads. The copy is frozen.
 *
 * @internal
 */
export function redactHeaders(headers: Record<string, string>): Readonly<Record<string, string>> {
  return Object.freeze({ ...headers, 'X-Api-Key': mask, ...(headers.Authorization && { Authorization: mask }) })
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
