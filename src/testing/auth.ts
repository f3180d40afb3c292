/**
 * API-key checks as the service documents them (VIBECODE_API.md §1.2, §9.2), in this order:
 * 1. no `X-Api-Key` → 401 `MISSING_API_KEY`;
 * 2. a key the emulator is not configured with → 401 `INVALID_API_KEY`;
 * 3. a `vibe_app_` key without `Authorization: Bearer <token>` → 401 `INVALID_APP_KEY`;
 * 4. a key configured with `tokens: []` ("the API key has no configured tokens") → 401 `TOKEN_MISSING`;
 * 5. a `vibe_app_` key whose Bearer token is not in its `tokens` list → 401 `TOKEN_EXPIRED`
 *    (our choice of code for an unknown session token; the real code is not documented);
 * 6. a `vibe_live_` (management) key on entity endpoints → 403 `MANAGEMENT_KEY_NO_ENTITY_ACCESS`;
 * then, per entity, a key without the `crm` scope → 403 `SCOPE_DENIED`,
 * `This endpoint requires 'crm' scope`.
 *
 * @module
 */
import { EmulatorError } from './emulator-error.js'

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
  /** The key's scopes; entity endpoints need `crm`. */
  readonly scopes: readonly string[]
  /**
   * For a `vibe_app_` key, the session tokens accepted as `Authorization: Bearer <token>`; an empty
   * array (for any key) means the key has no configured tokens (401 `TOKEN_MISSING`).
   * @defaultValue `undefined` — any non-empty Bearer token is accepted for an app key
   */
  readonly tokens?: readonly string[]
}

/**
 * The public demo key every emulator accepts unless `keys` is given: `vibe_api_demo`, scope `crm`.
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
  const key = header('x-api-key')?.trim() ?? ''
  if (key === '') {
    throw new EmulatorError(401, 'MISSING_API_KEY', 'X-Api-Key header is required', {
      hint: 'Send your key as X-Api-Key: vibe_api_…',
    })
  }
  const config = Object.hasOwn(keys, key) ? keys[key] : undefined
  if (config === undefined) throw new EmulatorError(401, 'INVALID_API_KEY', 'API key is invalid or unknown')
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header('authorization') ?? '')?.[1]
  const appKey = key.startsWith('vibe_app_')
  if (appKey && bearer === undefined) {
    throw new EmulatorError(401, 'INVALID_APP_KEY', 'An authorization key (vibe_app_) requires Authorization: Bearer <USER_SESSION_TOKEN>')
  }
  if (config.tokens !== undefined && config.tokens.length === 0) {
    throw new EmulatorError(401, 'TOKEN_MISSING', 'API key has no configured tokens')
  }
  if (appKey && config.tokens !== undefined && !config.tokens.includes(bearer ?? '')) {
    throw new EmulatorError(401, 'TOKEN_EXPIRED', 'Session token is invalid or expired')
  }
  if (key.startsWith('vibe_live_')) {
    throw new EmulatorError(403, 'MANAGEMENT_KEY_NO_ENTITY_ACCESS', 'Management keys cannot access entity endpoints')
  }
  return { key, scopes: config.scopes }
}

/**
 * Throws 403 `SCOPE_DENIED` unless the caller has the scope.
 *
 * @param caller - the authenticated caller
 * @param scope - the scope the endpoint needs
 * @example
 * ```ts
 * requireScope(caller, 'crm')
 * ```
 * @category Testing
 */
export function requireScope(caller: Caller, scope: string): void {
  if (!caller.scopes.includes(scope)) {
    throw new EmulatorError(403, 'SCOPE_DENIED', `This endpoint requires '${scope}' scope`)
  }
}
