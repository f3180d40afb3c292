/**
 * The headers of every request: the key as `X-Api-Key`, JSON both ways, and for an OAuth app key
 * the user's session token as `Authorization: Bearer …`.
 *
 * @internal
 */
export function requestHeaders(apiKey: string, sessionToken: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {
    'X-Api-Key': apiKey,
    'Content-Type': 'application/json',
    Accept: 'application/json',
  }
  if (sessionToken) headers.Authorization = `Bearer ${sessionToken}`
  return headers
}

/** The headers that carry a secret, shown masked in hook payloads. @internal */
export const secretHeaders: readonly string[] = ['X-Api-Key', 'Authorization']

/** The response header with the wait the service asks for (read case-insensitively). @internal */
export const retryAfterHeader = 'retry-after'
