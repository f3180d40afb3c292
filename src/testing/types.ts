/**
 * Shared shapes of the emulator: rows, fields, and the transport-neutral request and response the
 * router works on. Nothing here imports anything.
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
 * How the emulator compares and orders a field's values. `multifield` is a phone or e-mail (matched
 * as text, element-wise when the stored value is an array); `array` and `object` are neither
 * filterable nor sortable.
 *
 * @example
 * ```ts
 * const kind: ValueKind = 'datetime'
 * ```
 * @category Data
 */
export type ValueKind = 'number' | 'string' | 'boolean' | 'datetime' | 'multifield' | 'array' | 'object'

/**
 * One allowed value of an enumeration field, as `GET /v1/{entity}/fields` lists it under `items`
 * (the `ID`/`VALUE` keys are upstream Bitrix24's; the docs say only that enumerations carry `items`).
 *
 * @example
 * ```ts
 * import type { EnumerationItem } from 'vibecode-query/testing'
 *
 * const high: EnumerationItem = { ID: '45', VALUE: 'High' }
 * ```
 * @category Data
 */
export interface EnumerationItem {
  /** The value stored in a record. */
  readonly ID: string
  /** Its label. */
  readonly VALUE: string
}

/**
 * What `GET /v1/{entity}/fields` answers for one field, under `data.fields.<name>`.
 *
 * @example
 * ```ts
 * const amount: EmulatorFieldDescriptor = { type: 'double', isRequired: false, isReadOnly: false, title: 'Amount' }
 * ```
 * @category Data
 */
export interface EmulatorFieldDescriptor {
  /** The field's type as the service names it (`integer`, `double`, `string`, `datetime`, `char`, …). */
  readonly type: string
  /** Whether a create must give it. */
  readonly isRequired: boolean
  /** Whether writes may not change it. */
  readonly isReadOnly: boolean
  /** `true` for a multiple custom field, whose value is an array; absent otherwise. */
  readonly isMultiple?: boolean
  /** A human-readable title. */
  readonly title: string
  /** The allowed values of an enumeration. */
  readonly items?: readonly EnumerationItem[]
}

/**
 * Everything the emulator knows about one field: how it compares values (`kind`) and what
 * `/fields` answers for it (`descriptor`).
 *
 * @example
 * ```ts
 * const descriptor = { type: 'integer', isRequired: false, isReadOnly: true, title: 'ID' }
 * const spec: FieldSpec = { kind: 'number', descriptor }
 * ```
 * @category Testing
 */
export interface FieldSpec {
  /** How values compare. */
  readonly kind: ValueKind
  /** The `/fields` descriptor. */
  readonly descriptor: EmulatorFieldDescriptor
}

/**
 * The field set of one entity, in output order.
 *
 * @example
 * ```ts
 * const fields: EntityFields = new Map([['id', spec]])
 * ```
 * @category Testing
 */
export type EntityFields = ReadonlyMap<string, FieldSpec>

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
 * const headers = { 'content-type': 'application/json' }
 * const res: WireResponse = { status: 200, headers, body: '{"success":true,"data":[]}' }
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
