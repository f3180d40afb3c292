// Reading the portal's fields with the library's own client: one `POST /v1/batch` of `fields` calls
// (50 a request), so the client's retries, timeout and redaction apply, and failures are told apart:
// a refused key stops everything; an entity the key may not read, or the portal does not have, is
// skipped when the user did not name it, and reported when they did.
import { batchSettled } from '../batch/batch-settled.js'
import { defineEntity } from '../builder/entity.js'
import { createClient } from '../client/create-client.js'
import type { FetchLike } from '../core/transport.js'
import { isApiError, type ApiError } from '../errors/api-error.js'
import type { EntityFields } from '../wire/fields.js'

/** A failure the command reports as its message, with the exit status it ends with. */
export class GenerateFailure extends Error {
  override readonly name = 'GenerateFailure'
  /**
   * @param message - What to print.
   * @param exitCode - 1 for a failure, 2 for a usage error.
   */
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message)
  }
}

/** How to reach the portal and what to read. */
export interface ReadOptions {
  readonly apiKey: string
  readonly sessionToken?: string | undefined
  readonly baseUrl: string
  readonly fetch?: FetchLike | undefined
  readonly timeoutMs: number
  /** Entity paths, e.g. `deals`, `items/128`. */
  readonly entities: readonly string[]
  /** Whether the user named the entities (then each one must be readable). */
  readonly named: boolean
  /** Prints one line of progress (to stderr). */
  readonly progress: (line: string) => void
}

/** The fields of each readable entity, by path, and the entities skipped, with why. */
export interface PortalFields {
  readonly fields: ReadonlyMap<string, EntityFields>
  readonly skipped: readonly { readonly path: string; readonly reason: string }[]
}

const keyCodes = new Set([
  'MISSING_API_KEY',
  'INVALID_API_KEY',
  'INVALID_APP_KEY',
  'TOKEN_EXPIRED',
  'TOKEN_MISSING',
  'TOKEN_REFRESH_FAILED',
  'WRONG_KEY_TYPE',
  'MANAGEMENT_KEY_NO_ENTITY_ACCESS',
])
const deniedCodes = new Set(['SCOPE_DENIED', 'SCOPE_NOT_ALLOWED', 'BITRIX_ACCESS_DENIED', 'OAUTH_REQUIRED'])
const missingCodes = new Set([
  'UNKNOWN_ENTITY',
  'ENTITY_NOT_FOUND',
  'NOT_FOUND',
  'ACTION_NOT_SUPPORTED',
  'ENTITY_CUSTOM_ROUTES',
  'USE_DEDICATED_ENTITY',
  'RESERVED_ENTITY_TYPE',
])
const sessionCodes = new Set(['INVALID_APP_KEY', 'TOKEN_EXPIRED', 'TOKEN_MISSING', 'TOKEN_REFRESH_FAILED'])

/**
 * The scope a refusal names, e.g. `crm` from "This endpoint requires 'crm' scope".
 *
 * @param message - The service's message.
 * @returns The scope, or `undefined` when the message names none.
 */
export function scopeIn(message: string): string | undefined {
  const patterns = [
    /'([\w.:-]+)'\s+scope/i,
    /scope\s+'([\w.:-]+)'/i,
    /scope\s+`([\w.:-]+)`/i,
    /requires\s+(?:the\s+)?([a-z][\w.:-]*)\s+scope/i,
    /scope[:\s]+([a-z][\w.:-]*)/i,
  ]
  for (const pattern of patterns) {
    const found = pattern.exec(message)?.[1]
    if (found && !/^(?:required|denied|not|is|the)$/i.test(found)) return found
  }
  return undefined
}

const keyProblem = (error: ApiError): string =>
  `The service refused the key: ${error.message}. Check VIBECODE_API_KEY` +
  (sessionCodes.has(error.code)
    ? ' and VIBECODE_SESSION_TOKEN (an app key, vibe_app_…, needs a user session token)'
    : '') +
  (error.code === 'MANAGEMENT_KEY_NO_ENTITY_ACCESS' || error.code === 'WRONG_KEY_TYPE'
    ? '; entities need a personal key (vibe_api_…) or an app key (vibe_app_…)'
    : '') +
  '.'

// The service's own words: the code and its message, without the request the library appends.
const said = (error: ApiError): string => error.message.replace(/ \(HTTP \d+, [A-Z]+ [^\n]*\)$/, '')

type Verdict = { kind: 'fatal'; message: string } | { kind: 'skip'; reason: string }

function judge(path: string, error: Error): Verdict {
  if (!isApiError(error)) return { kind: 'fatal', message: `${path}: ${error.message}` }
  if (keyCodes.has(error.code) || error.status === 401) return { kind: 'fatal', message: keyProblem(error) }
  if (deniedCodes.has(error.code) || error.status === 403) {
    const scope = scopeIn(error.message)
    const what = scope ? `the key lacks the scope '${scope}'` : 'the key may not read it'
    return {
      kind: 'skip',
      reason: `${what} (${said(error)}); issue a key with ${scope ? 'that scope' : 'access to it'}`,
    }
  }
  if (missingCodes.has(error.code) || error.status === 404) {
    return { kind: 'skip', reason: `the portal has no such entity (${said(error)})` }
  }
  return { kind: 'fatal', message: `${path}: ${error.message}` }
}

/**
 * Reads `GET /v1/{entity}/fields` of each entity, in batches of 50.
 *
 * @param options - The key, the service, the entities and where progress goes.
 * @returns The fields by path, and what was skipped.
 * @throws {@link GenerateFailure} when the key is refused, the service cannot be reached, a named
 *   entity cannot be read, or no entity can.
 */
export async function readPortal(options: ReadOptions): Promise<PortalFields> {
  const { progress } = options
  const client = createClient({
    apiKey: options.apiKey,
    sessionToken: options.sessionToken,
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    hooks: {
      beforeRetry: [
        ({ error, delayMs }) =>
          progress(`  the service is slow or busy (${error.message}); retrying in ${Math.ceil(delayMs / 1000)} s…`),
      ],
    },
  })
  const ids = new Map(options.entities.map((path, index) => [`e${index}`, path] as const))
  const calls = Object.fromEntries([...ids].map(([id, path]) => [id, defineEntity(path, ['fields']).fields()]))
  const requests = Math.ceil(ids.size / 50)
  progress(
    `Reading the fields of ${ids.size} ${ids.size === 1 ? 'entity' : 'entities'} ` +
      `(${requests} batch request${requests === 1 ? '' : 's'})…`,
  )
  const outcomes = await batchSettled(client, calls)

  const fields = new Map<string, EntityFields>()
  const skipped: { path: string; reason: string }[] = []
  const failures: string[] = []
  for (const [id, path] of ids) {
    const outcome = outcomes[id]
    if (!outcome) continue
    let verdict: Verdict | undefined
    if (outcome.status === 'rejected') verdict = judge(path, outcome.error)
    else if (Object.keys(outcome.value.fields).length === 0)
      verdict = { kind: 'skip', reason: 'the portal describes no fields for it' }
    else {
      const count = Object.keys(outcome.value.fields).length
      progress(`  ${path}: ${count} field${count === 1 ? '' : 's'}`)
      fields.set(path, outcome.value)
    }
    if (verdict?.kind === 'fatal') throw new GenerateFailure(verdict.message)
    if (verdict?.kind === 'skip') {
      if (options.named) failures.push(`${path}: ${verdict.reason}`)
      else {
        progress(`  ${path}: skipped, ${verdict.reason}`)
        skipped.push({ path, reason: verdict.reason })
      }
    }
  }
  if (failures.length > 0)
    throw new GenerateFailure(
      `Cannot read ${failures.length === 1 ? 'an entity' : 'some entities'}:\n  ${failures.join('\n  ')}`,
    )
  if (fields.size === 0) {
    const reasons = skipped.map(({ path, reason }) => `${path}: ${reason}`)
    throw new GenerateFailure(`The key can read none of the entities:\n  ${reasons.join('\n  ')}`)
  }
  return { fields, skipped }
}
