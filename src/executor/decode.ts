import { decodeEnvelope, type Envelope } from '../compile/decode-envelope.js'
import { ResponseError } from '../errors/response-error.js'
import { redactCause } from './redact.js'

/**
 * Turns a status and body text into the success envelope, or throws the typed error: the
 * service's error envelope → `ApiError` (`RateLimitError` on 429); anything else → `ResponseError`.
 * Text from the service passes through `redact` before it enters an error.
 *
 * @internal
 */
export function decode(
  status: number,
  body: string,
  request: { method: string; path: string },
  retryAfterMs: number | undefined,
  redact: (text: string) => string,
): Envelope {
  const where = { status, ...request }
  if (status === 204) return { status, data: undefined }
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch (cause) {
    throw new ResponseError(body.trim() ? 'with a body that is not JSON' : 'with an empty body', where, {
      cause: redactCause(cause, redact),
    })
  }
  return decodeEnvelope(json, where, retryAfterMs, redact)
}
