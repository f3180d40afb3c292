/**
 * Every error code the emulator answers with, its HTTP status, and the line of the VibeCode docs of
 * 2026-05-05 (`vibecode-docs-2026-05-05.ru.txt`) that gives the pair. {@link fail} is the one way the
 * emulator builds an error, so no code or status exists outside this table.
 *
 * Three entries are not a documented pair of the May docs: `INVALID_FILTER_OPERATOR` is known only
 * from the service's own error messages seen in a public app, and `INVALID_MULTIFIELD_SHAPE` from the
 * newer English contacts pages (`shared/api/VIBECODE_API.md` §5.1), both `line: null`;
 * `INVALID_SORT_DIRECTION` is named by the docs without a status (400 is our choice).
 *
 * @module
 */
import { EmulatorError, type ErrorExtra } from './emulator-error.js'

/**
 * The codes, their statuses, and where the docs give them.
 *
 * @example
 * ```ts
 * ERROR_CODES.ENTITY_NOT_FOUND // { status: 404, line: 1131 }
 * ```
 * @category Testing
 */
export const ERROR_CODES = {
  MISSING_API_KEY: { status: 401, line: 1096 },
  INVALID_API_KEY: { status: 401, line: 1097 },
  TOKEN_MISSING: { status: 401, line: 141 },
  TOKEN_EXPIRED: { status: 401, line: 1099 },
  SCOPE_DENIED: { status: 403, line: 1107 },
  SCOPE_NOT_ALLOWED: { status: 403, line: 2378 },
  MANAGEMENT_KEY_NO_ENTITY_ACCESS: { status: 403, line: 1109 },
  VALIDATION_ERROR: { status: 400, line: 1118 },
  INVALID_PARAMS: { status: 400, line: 1119 },
  INVALID_REQUEST: { status: 400, line: 1120 },
  INVALID_FILTER: { status: 400, line: 37640 },
  INVALID_FILTER_FIELD: { status: 400, line: 1123 },
  INVALID_FILTER_OPERATOR: { status: 400, line: null },
  UNKNOWN_SORT_FIELD: { status: 400, line: 1124 },
  INVALID_SORT_TYPE: { status: 400, line: 494 },
  INVALID_SORT_DIRECTION: { status: 400, line: 874 },
  UNKNOWN_ENTITY: { status: 400, line: 2367 },
  ACTION_NOT_SUPPORTED: { status: 400, line: 2368 },
  MISSING_ENTITY_ID: { status: 400, line: 2369 },
  MISSING_DYNAMIC_PARAM: { status: 400, line: 2370 },
  INVALID_DYNAMIC_PARAM: { status: 400, line: 2371 },
  USE_DEDICATED_ENTITY: { status: 400, line: 2372 },
  INVALID_CALL: { status: 400, line: 2374 },
  READONLY_FIELD: { status: 400, line: 19844 },
  INVALID_MULTIFIELD_SHAPE: { status: 400, line: null },
  BATCH_LIMIT_EXCEEDED: { status: 400, line: 1125 },
  INCLUDE_LIMIT_EXCEEDED: { status: 400, line: 10564 },
  INVALID_INCLUDE: { status: 400, line: 10565 },
  RESERVED_ENTITY_TYPE: { status: 400, line: 30168 },
  ENTITY_NOT_FOUND: { status: 404, line: 1131 },
  NOT_FOUND: { status: 404, line: 1132 },
  SMART_PROCESS_NOT_FOUND: { status: 404, line: 38412 },
  CONFLICT: { status: 409, line: 1140 },
  BITRIX_ERROR: { status: 422, line: 1169 },
  RATE_LIMITED: { status: 429, line: 1162 },
  ERROR_LOOP_DETECTED: { status: 429, line: 1163 },
  INTERNAL_ERROR: { status: 500, line: 1173 },
  NOT_IMPLEMENTED: { status: 501, line: 3498 },
  BITRIX_UNAVAILABLE: { status: 502, line: 1170 },
  QUEUE_TIMEOUT: { status: 504, line: 1172 },
} as const satisfies Record<string, { readonly status: number; readonly line: number | null }>

/**
 * A code of {@link ERROR_CODES}.
 *
 * @example
 * ```ts
 * const code: ErrorCode = 'INVALID_FILTER_FIELD'
 * ```
 * @category Testing
 */
export type ErrorCode = keyof typeof ERROR_CODES

/**
 * Builds the error for a code, with the code's documented status.
 *
 * @param code - the code
 * @param message - the `error.message`
 * @param extra - optional `hint`, `retryAfter` and `data`
 * @returns the error to throw
 * @example
 * ```ts
 * throw fail('INVALID_PARAMS', "groupBy field 'name' is not aggregatable for contacts")
 * ```
 * @category Testing
 */
export function fail(code: ErrorCode, message: string, extra?: ErrorExtra): EmulatorError {
  return new EmulatorError(ERROR_CODES[code].status, code, message, extra)
}

/**
 * The error for a documented feature the emulator does not serve (501 `NOT_IMPLEMENTED`).
 *
 * @param what - the feature
 * @returns the error to throw
 * @example
 * ```ts
 * throw notImplemented('include')
 * ```
 * @category Testing
 */
export function notImplemented(what: string): EmulatorError {
  return fail('NOT_IMPLEMENTED', `The emulator does not implement ${what}`)
}

/**
 * The documented code for an error status, for a fault injected without a body: 400
 * `VALIDATION_ERROR`, 401 `INVALID_API_KEY`, 403 `SCOPE_DENIED`, 404 `NOT_FOUND`, 409 `CONFLICT`,
 * 422 `BITRIX_ERROR`, 429 `RATE_LIMITED`, 501 `NOT_IMPLEMENTED`, 502 `BITRIX_UNAVAILABLE`,
 * 504 `QUEUE_TIMEOUT`, anything else `INTERNAL_ERROR`.
 *
 * @param status - an HTTP status
 * @returns the code
 * @example
 * ```ts
 * codeForStatus(502) // 'BITRIX_UNAVAILABLE'
 * ```
 * @category Testing
 */
export function codeForStatus(status: number): ErrorCode {
  return STATUS_CODES[status] ?? 'INTERNAL_ERROR'
}

const STATUS_CODES: Readonly<Partial<Record<number, ErrorCode>>> = {
  400: 'VALIDATION_ERROR',
  401: 'INVALID_API_KEY',
  403: 'SCOPE_DENIED',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  422: 'BITRIX_ERROR',
  429: 'RATE_LIMITED',
  501: 'NOT_IMPLEMENTED',
  502: 'BITRIX_UNAVAILABLE',
  504: 'QUEUE_TIMEOUT',
}
