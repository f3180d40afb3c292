/**
 * The error codes the VibeCode documentation (2026-05-05) names for the entity API: the general error
 * table, the pages on keys, filtering, search, aggregation, include and batch calls, and every entity
 * page. Codes of the specialised APIs (bots, chats, infrastructure, timeline logs, user fields,
 * telephony, management keys, partner connect, the AI router) are left out. `test/fixtures/docs/error-codes.json`
 * lists the same codes with their HTTP statuses and the docs' line numbers, and a test keeps the two equal.
 *
 * @example
 * ```ts
 * const code: DocumentedErrorCode = 'ENTITY_NOT_FOUND'
 * ```
 * @category Errors
 */
export type DocumentedErrorCode =
  /** Authentication: a missing, unknown, inactive or expired key, or a missing or stale user session (401). */
  | 'MISSING_API_KEY'
  | 'INVALID_API_KEY'
  | 'INVALID_APP_KEY'
  | 'TOKEN_MISSING'
  | 'TOKEN_EXPIRED'
  | 'TOKEN_REFRESH_FAILED'
  | 'WRONG_KEY_TYPE'
  | 'KEY_INACTIVE'
  | 'KEY_EXPIRED'
  /** Permissions: a scope the key lacks, a right the Bitrix24 user lacks, a refused management key or IP (403). */
  | 'SCOPE_DENIED'
  | 'SCOPE_NOT_ALLOWED'
  | 'ACCESS_DENIED'
  | 'BITRIX_ACCESS_DENIED'
  | 'MANAGEMENT_KEY_READ_ONLY'
  | 'MANAGEMENT_KEY_NO_ENTITY_ACCESS'
  | 'OAUTH_REQUIRED'
  | 'WAITLIST_PENDING'
  | 'IP_NOT_ALLOWED'
  | 'UPDATE_FAILED'
  /** Request validation: a body, query or path parameter the route refuses (400). */
  | 'VALIDATION_ERROR'
  | 'INVALID_PARAMS'
  | 'INVALID_REQUEST'
  | 'MISSING_PARAMS'
  | 'MISSING_REQUIRED_FILTER'
  | 'BATCH_LIMIT_EXCEEDED'
  | 'INVALID_ID'
  | 'READONLY_FIELD'
  /** Filtering, sorting and paging: an unknown field, a malformed filter or sort, unstable offset paging (400). */
  | 'INVALID_FILTER_FIELD'
  | 'INVALID_FILTER'
  | 'UNKNOWN_SORT_FIELD'
  | 'INVALID_SORT_TYPE'
  | 'INVALID_SORT_DIRECTION'
  | 'UNSTABLE_OFFSET_PAGINATION'
  /** Related records: more than three relations, or a relation the entity does not have (400). */
  | 'INCLUDE_LIMIT_EXCEEDED'
  | 'INVALID_INCLUDE'
  /** Calls of `POST /v1/batch`: per call in `data.errors`, or for the whole request when every call fails (400). */
  | 'UNKNOWN_ENTITY'
  | 'ACTION_NOT_SUPPORTED'
  | 'MISSING_ENTITY_ID'
  | 'MISSING_DYNAMIC_PARAM'
  | 'INVALID_DYNAMIC_PARAM'
  | 'USE_DEDICATED_ENTITY'
  | 'ENTITY_CUSTOM_ROUTES'
  | 'INVALID_CALL'
  /** Not found: the canonical `ENTITY_NOT_FOUND`, an empty upstream result, and the per-entity variants (404). */
  | 'ENTITY_NOT_FOUND'
  | 'NOT_FOUND'
  | 'SMART_PROCESS_NOT_FOUND'
  | 'SECTION_NOT_FOUND'
  | 'PRODUCT_NOT_FOUND'
  | 'STORE_NOT_FOUND'
  | 'ORDER_NOT_FOUND'
  | 'PAYMENT_NOT_FOUND'
  | 'BASKET_ITEM_NOT_FOUND'
  | 'STATUS_NOT_FOUND'
  /** Smart-process types: a reserved `entityTypeId` (400), or the portal's limit of types reached (no status given). */
  | 'RESERVED_ENTITY_TYPE'
  | 'CREATE_DYNAMIC_TYPE_RESTRICTED'
  /** Conflicts with the current state of a record (409). */
  | 'CONFLICT'
  | 'ALREADY_EXISTS'
  /** Billing and plan: infrastructure endpoints only; the answer carries a `userMessage` (402, one 403). */
  | 'BILLING_EXHAUSTED'
  | 'ACCOUNT_FROZEN'
  | 'COMMERCIAL_PLAN_REQUIRED'
  | 'TRIAL_EXPIRED'
  | 'TRIAL_PORTAL_LIMIT'
  | 'TRIAL_USER_LIMIT'
  | 'PLAN_NOT_ALLOWED_ON_TRIAL'
  | 'SERVER_WAKE_BLOCKED'
  /** Rate limits: too many requests, or the same failing request repeated; the answer carries `retryAfter` (429). */
  | 'RATE_LIMITED'
  | 'ERROR_LOOP_DETECTED'
  /** Bitrix24 and the service itself: a business error, an outage, a saturated queue, a failure (422, 400, 5xx). */
  | 'BITRIX_ERROR'
  | 'BITRIX_UNAVAILABLE'
  | 'WINDOWED_SEARCH_FAILED'
  | 'QUEUE_TIMEOUT'
  | 'INTERNAL_ERROR'
  /** Business-process actions: Bitrix24's own codes, passed through (status not stated). */
  | 'ERROR_ACTIVITY_ALREADY_INSTALLED'
  | 'ERROR_ACTIVITY_VALIDATION_FAILURE'
  | 'ERROR_ACTIVITY_NOT_FOUND'
  | 'ERROR_UNSUPPORTED_PROTOCOL'

/**
 * The `code` of the service's error envelope: one of the {@link DocumentedErrorCode}s, which editors
 * complete, or any other string, since the service may answer codes its documentation does not list.
 *
 * @example
 * ```ts
 * function describe(error: { code: ApiErrorCode }): string {
 *   if (error.code === 'ENTITY_NOT_FOUND') return 'no such record'
 *   if (error.code === 'RATE_LIMITED') return 'slow down'
 *   return error.code
 * }
 * ```
 * @category Errors
 */
export type ApiErrorCode = DocumentedErrorCode | (string & {})
