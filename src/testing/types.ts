/**
 * Shared shapes of the emulator: rows, field descriptors, and the transport-neutral request and
 * response the router works on. Nothing here imports anything.
 *
 * @module
 */

/**
 * One stored record of an emulated entity: a plain JSON-like object keyed by camelCase field names.
 *
 * @example
 * ```ts
 * const row: EmulatorRow = { id: 1, name: 'Ivan', lastName: 'Petrov', companyId: 15 }
 * ```
 * @category Data
 */
export type EmulatorRow = Record<string, unknown>

/**
 * The field types the emulator distinguishes. `multifield` is a contact phone/email (matched as text,
 * element-wise when the stored value is an array); `array` and `object` are neither filterable nor sortable.
 *
 * @example
 * ```ts
 * const t: FieldType = 'datetime'
 * ```
 * @category Data
 */
export type FieldType = 'number' | 'string' | 'boolean' | 'datetime' | 'multifield' | 'array' | 'object'

/**
 * The descriptor `GET /v1/{entity}/fields` answers for each field (`data: { [name]: FieldDescriptor }`).
 * This shape is the emulator's choice; the real service's descriptor shape is not documented.
 *
 * @example
 * ```ts
 * const d: FieldDescriptor = { type: 'number', title: 'Company ID', readOnly: false, multiple: false }
 * ```
 * @category Data
 */
export interface FieldDescriptor {
  /** How the emulator compares and orders the field. */
  readonly type: FieldType
  /** A human-readable title. */
  readonly title: string
  /** Whether the real service documents the field as read-only. */
  readonly readOnly: boolean
  /** Whether the field holds several values. */
  readonly multiple: boolean
}

/**
 * The field set of one entity, in output order.
 *
 * @example
 * ```ts
 * const fields: EntityFields = new Map([['id', { type: 'number', title: 'ID', readOnly: true, multiple: false }]])
 * ```
 * @category Testing
 */
export type EntityFields = ReadonlyMap<string, FieldDescriptor>

/**
 * A request as the router sees it, independent of `fetch` or `node:http`.
 *
 * @example
 * ```ts
 * const call: IncomingCall = { method: 'GET', url: new URL('http://x/v1/contacts'), header: () => undefined, body: '' }
 * ```
 * @category Testing
 */
export interface IncomingCall {
  /** Upper-case HTTP method. */
  readonly method: string
  /** The absolute request URL. */
  readonly url: URL
  /** Reads a request header, case-insensitively; `undefined` when absent. */
  readonly header: (name: string) => string | undefined
  /** The raw request body ('' when none). */
  readonly body: string
}

/**
 * A response as the router produces it: status, headers and the body text.
 *
 * @example
 * ```ts
 * const res: WireResponse = { status: 200, headers: { 'content-type': 'application/json' }, body: '{"success":true,"data":[]}' }
 * ```
 * @category Testing
 */
export interface WireResponse {
  /** The HTTP status. */
  readonly status: number
  /** Response headers (lower-case names). */
  readonly headers: Readonly<Record<string, string>>
  /** The body text. */
  readonly body: string
}

/**
 * What the emulator does with one request: answer it, or drop the connection (an injected fault).
 *
 * @example
 * ```ts
 * const o: Outcome = { kind: 'drop' }
 * ```
 * @category Testing
 */
export type Outcome = { readonly kind: 'respond'; readonly response: WireResponse } | { readonly kind: 'drop' }
