/**
 * API-key checks as the docs give them, in this order:
 * 1. no `X-Api-Key` (and no `Authorization: Bearer vibe_…` key in its place, which the docs allow for
 *    `vibe_api_`/`vibe_live_` keys, line 145) → 401 `MISSING_API_KEY`;
 * 2. a key the emulator is not configured with → 401 `INVALID_API_KEY`;
 * 3. a `vibe_app_` key without a session token in `Authorization: Bearer <token>`, or a key configured
 *    with `tokens: []` ("the key has no configured tokens") → 401 `TOKEN_MISSING` (lines 141, 2375;
 *    the error table's `INVALID_APP_KEY` for the same case, line 1098, is contradicted by both);
 * 4. a `vibe_app_` key whose session token is not in its `tokens` list → 401 `TOKEN_EXPIRED`
 *    (our choice of code for an unknown session token);
 * 5. a `vibe_live_` (management) key → 403 `MANAGEMENT_KEY_NO_ENTITY_ACCESS` (line 1109);
 * then, per entity, a key without the entity's scope (`crm`, `tasks`, `user`, …) → 403 `SCOPE_DENIED`,
 * `This endpoint requires 'crm' scope`.
 *
 * @module
 */
import type { EmulatorError } from './emulator-error.js'
import { fail } from './error-codes.js'

/**
 * One key the emulator accepts.
 *
 * @example
 * ```ts
 * const personal: EmulatorKey = { scopes: ['crm'] }
 * const app: EmulatorKey = { scopes: ['crm'], tokens: ['session-1'] } // for a vibe_app_ key
 * const noTokens: EmulatorKey = { scopes: ['crm'], tokens: [] }       // answers 401 TOKEN_MISSING
 * ```
 * @category Keys
 */
export interface EmulatorKey {
  /** The key's scopes; each entity needs its own (`crm`, `tasks`, `user`, `department`, `sonet_group`). */
  readonly scopes: readonly string[]
  /**
   * For a `vibe_app_` key, the session tokens accepted as `Authorization: Bearer <token>`; an empty
   * array (for any key) means the key has no configured tokens (401 `TOKEN_MISSING`).
   * @defaultValue `undefined` — any non-empty Bearer token is accepted for an app key
   */
  readonly tokens?: readonly string[]
}

/**
 * The public demo key every emulator accepts unless `keys` is given: `vibe_api_demo`, with every scope
 * the built-in entities need ({@link DEMO_KEY_SCOPES}).
 *
 * @example
 * ```ts
 * const client = createClient({ apiKey: DEMO_API_KEY, baseUrl: 'http://emulator.local', fetch: emulator.fetch })
 * ```
 * @category Keys
 */
export const DEMO_API_KEY = 'vibe_api_demo'

/**
 * The identity of an authenticated request.
 *
 * @example
 * ```ts
 * const who: Caller = { key: 'vibe_api_demo', scopes: ['crm'] }
 * ```
 * @category Testing
 */
export interface Caller {
  /** The API key (used to key the rate limiter; never logged). */
  readonly key: string
  /** Its scopes. */
  readonly scopes: readonly string[]
}

/**
 * Authenticates a request from its headers, or throws the documented 401/403.
 *
 * @param header - reads a request header case-insensitively
 * @param keys - the configured keys
 * @returns the caller
 * @example
 * ```ts
 * authenticate((h) => headers.get(h) ?? undefined, { vibe_api_demo: { scopes: ['crm'] } })
 * ```
 * @category Testing
 */
export function authenticate(
  header: (name: string) => string | undefined,
  keys: Readonly<Record<string, EmulatorKey>>,
): Caller {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header('authorization') ?? '')?.[1]
  const headerKey = header('x-api-key')?.trim() ?? ''
  const keyInBearer = headerKey === '' && bearer?.startsWith('vibe_') === true
  const key = keyInBearer ? (bearer ?? '') : headerKey
  if (key === '') {
    throw fail('MISSING_API_KEY', 'X-Api-Key header is required', { hint: 'Send your key as X-Api-Key: vibe_api_…' })
  }
  const config = Object.hasOwn(keys, key) ? keys[key] : undefined
  if (config === undefined) throw fail('INVALID_API_KEY', 'API key is invalid or unknown')
  const session = keyInBearer ? undefined : bearer
  const appKey = key.startsWith('vibe_app_')
  if (appKey && session === undefined) {
    throw fail(
      'TOKEN_MISSING',
      'An authorization key (vibe_app_) needs the user session token in Authorization: Bearer <token>',
    )
  }
  if (config.tokens !== undefined && config.tokens.length === 0) {
    throw fail('TOKEN_MISSING', 'API key has no configured tokens')
  }
  if (appKey && config.tokens !== undefined && !config.tokens.includes(session ?? '')) {
    throw fail('TOKEN_EXPIRED', 'Session token is invalid or expired')
  }
  if (key.startsWith('vibe_live_')) {
    throw fail(
      'MANAGEMENT_KEY_NO_ENTITY_ACCESS',
      'Management keys cannot access entity endpoints; use an API key with the needed scope',
    )
  }
  return { key, scopes: config.scopes }
}

/**
 * Throws unless the caller has the scope: 403 `SCOPE_DENIED` by default.
 *
 * @param caller - the authenticated caller
 * @param scope - the scope the endpoint needs
 * @param error - builds the error instead (a batch answers `SCOPE_NOT_ALLOWED` per call)
 * @example
 * ```ts
 * requireScope(caller, 'crm')
 * ```
 * @category Testing
 */
export function requireScope(caller: Caller, scope: string, error?: (scope: string) => EmulatorError): void {
  if (caller.scopes.includes(scope)) return
  throw error === undefined ? fail('SCOPE_DENIED', `This endpoint requires '${scope}' scope`) : error(scope)
}
