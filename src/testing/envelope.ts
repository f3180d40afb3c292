/**
 * The service's JSON envelopes (VIBECODE_API.md §2.1 and §9): `{ success: true, data, meta? }` and
 * `{ success: false, error: { code, message, hint?, retryAfter? } }`.
 *
 * @module
 */
import type { EmulatorError } from './emulator-error.js'
import type { WireResponse } from './types.js'

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' }

/**
 * Builds a success response `{ success: true, data, meta? }` (meta omitted when `undefined`).
 *
 * @param data - the `data` member
 * @param meta - the optional `meta` member
 * @param status - the HTTP status
 * @returns the response
 * @defaultValue status 200
 * @example
 * ```ts
 * okResponse([{ id: 1 }], { total: 1, hasMore: false })
 * ```
 * @category Testing
 */
export function okResponse(data: unknown, meta?: Record<string, unknown>, status = 200): WireResponse {
  const body = meta === undefined ? { success: true, data } : { success: true, data, meta }
  return { status, headers: JSON_HEADERS, body: JSON.stringify(body) }
}

/**
 * The `error` member of an error envelope for an {@link EmulatorError}.
 *
 * @param error - the error
 * @returns `{ code, message, hint?, retryAfter? }`
 * @example
 * ```ts
 * errorBody(new EmulatorError(404, 'ENTITY_NOT_FOUND', 'Item not found'))
 * ```
 * @category Testing
 */
export function errorBody(error: EmulatorError): Record<string, unknown> {
  const out: Record<string, unknown> = { code: error.code, message: error.message }
  if (error.hint !== undefined) out['hint'] = error.hint
  if (error.retryAfter !== undefined) out['retryAfter'] = error.retryAfter
  return out
}

/**
 * Builds an error response `{ success: false, error }`, with `Retry-After` when the error carries `retryAfter`.
 *
 * @param error - the error
 * @returns the response
 * @example
 * ```ts
 * errorResponse(new EmulatorError(429, 'RATE_LIMITED', 'QUERY_LIMIT_EXCEEDED', { retryAfter: 2 }))
 * ```
 * @category Testing
 */
export function errorResponse(error: EmulatorError): WireResponse {
  const headers: Record<string, string> = { ...JSON_HEADERS }
  if (error.retryAfter !== undefined) headers['retry-after'] = String(error.retryAfter)
  return { status: error.status, headers, body: JSON.stringify({ success: false, error: errorBody(error) }) }
}
