/**
 * The one place the emulator writes JSON answers: the service's envelopes `{ success: true, data,
 * meta? }` and `{ success: false, error: { code, message, hint?, retryAfter? }, data? }` (docs lines
 * 1049–1083), and any other JSON body (a fault's).
 *
 * @module
 */
import type { EmulatorError } from './emulator-error.js'
import type { WireResponse } from './types.js'

const JSON_TYPE = 'application/json; charset=utf-8'

/**
 * Serialises any value as a JSON response.
 *
 * @param status - the HTTP status
 * @param body - the value to send
 * @param headers - extra headers (lower-case names); a `content-type` here wins
 * @returns the response
 * @example
 * ```ts
 * jsonResponse(200, { success: true, data: [] })
 * ```
 * @category Testing
 */
export function jsonResponse(
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): WireResponse {
  return { status, headers: { 'content-type': JSON_TYPE, ...headers }, body: JSON.stringify(body) }
}

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
export function okResponse(data: unknown, meta?: Readonly<Record<string, unknown>>, status = 200): WireResponse {
  return jsonResponse(status, meta === undefined ? { success: true, data } : { success: true, data, meta })
}

/**
 * The answer of a delete: 204 with no body (docs line 25516).
 *
 * @returns the response
 * @example
 * ```ts
 * noContent().status // 204
 * ```
 * @category Testing
 */
export function noContent(): WireResponse {
  return { status: 204, headers: {}, body: '' }
}

/**
 * The `error` member of an error envelope.
 *
 * @param error - the error
 * @returns `{ code, message, hint?, retryAfter? }`
 * @example
 * ```ts
 * errorBody(fail('ENTITY_NOT_FOUND', 'Item not found')) // { code: 'ENTITY_NOT_FOUND', message: 'Item not found' }
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
 * Builds an error response `{ success: false, error, data? }`, with `Retry-After` when the error
 * carries `retryAfter` (the docs: the header repeats `error.retryAfter`).
 *
 * @param error - the error
 * @returns the response
 * @example
 * ```ts
 * errorResponse(fail('RATE_LIMITED', 'QUERY_LIMIT_EXCEEDED', { retryAfter: 2 })).headers['retry-after'] // '2'
 * ```
 * @category Testing
 */
export function errorResponse(error: EmulatorError): WireResponse {
  const headers: Record<string, string> =
    error.retryAfter === undefined ? {} : { 'retry-after': String(error.retryAfter) }
  const body: Record<string, unknown> = { success: false, error: errorBody(error) }
  if (error.data !== undefined) body['data'] = error.data
  return jsonResponse(error.status, body, headers)
}
