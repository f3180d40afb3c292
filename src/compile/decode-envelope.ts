// How the service's answers are shaped: the envelope `{ success, data, meta }` or
// `{ success: false, error: { code, message, … } }`. The only place in the client that reads them.
import { ApiError, type ApiErrorDetail } from '../errors/api-error.js'
import { RateLimitError } from '../errors/rate-limit-error.js'
import { ResponseError } from '../errors/response-error.js'

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

/**
 * Whether a search answer's `meta` says no more rows follow (`hasMore: false`). The docs document
 * `meta` for lists and do not promise it for search, so its absence says nothing.
 *
 * @internal
 */
export const saysNoMore = (meta: unknown): boolean => isObject(meta) && meta.hasMore === false
