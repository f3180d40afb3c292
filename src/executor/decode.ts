import { ApiError, type ApiErrorDetail } from '../errors/api-error.js'
import { RateLimitError } from '../errors/rate-limit-error.js'
import { ResponseError } from '../errors/response-error.js'
import { redactCause } from './redact.js'

/**
 * A decoded success envelope.
 *
 * @internal
 */
export interface Envelope {
  /** The HTTP status. */
  readonly status: number
  /** The envelope's `data` (`undefined` for 204 No Content). */
  readonly data: unknown
  /** The envelope's `meta`, when present. */
  readonly meta?: unknown
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
const text = (value: unknown, redact: (text: string) => string): string | undefined =>
  typeof value === 'string' ? redact(value) : undefined

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

/**
 * Reads one parsed envelope: the success envelope, or the typed error it holds. Also reads the
 * per-call results of `POST /v1/batch`, which have the same shape.
 *
 * @internal
 */
export function decodeEnvelope(
  json: unknown,
  where: { status: number; method: string; path: string },
  retryAfterMs: number | undefined,
  redact: (text: string) => string,
): Envelope {
  const { status } = where
  if (isObject(json)) {
    if (json.success === true && status >= 200 && status < 300) {
      return { status, data: json.data, meta: json.meta }
    }
    const error = json.error
    if (json.success !== true && isObject(error) && typeof error.code === 'string') {
      const detail: ApiErrorDetail = {
        code: redact(error.code),
        message: text(error.message, redact) ?? error.code,
        hint: text(error.hint, redact),
        userMessage: text(error.userMessage, redact),
        warning: text(error.warning, redact),
        retryAfter:
          typeof error.retryAfter === 'number'
            ? error.retryAfter
            : retryAfterMs === undefined
              ? undefined
              : retryAfterMs / 1000,
      }
      throw status === 429 ? new RateLimitError(detail, where) : new ApiError(detail, where)
    }
  }
  throw new ResponseError("with JSON that is not the service's envelope", where)
}
