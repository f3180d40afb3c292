// Validators written from the VibeCode docs: each takes an answer (status and parsed body) and
// returns the ways it departs from what the docs show, an empty list when it conforms. Line numbers
// refer to vibecode-docs-2026-05-05.ru.txt.
import { isDocumented } from './documented.js'

/** The ways an answer departs from the docs; empty when it conforms. */
export type Problems = string[]

type Json = Record<string, unknown>

const FUNCTIONS = ['count', 'sum', 'avg', 'min', 'max']

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0
const isStringArray = (value: unknown): boolean => Array.isArray(value) && value.every((v) => typeof v === 'string')

/**
 * The success envelope `{ success: true, data, meta? }` (docs 586-604).
 *
 * @param body - The parsed body.
 * @returns Problems, and `data` when the envelope holds one.
 */
function success(body: unknown): { problems: Problems; data: unknown } {
  if (!isObject(body)) return { problems: ['the body is not a JSON object'], data: undefined }
  const problems: Problems = []
  if (body.success !== true) problems.push(`success is ${JSON.stringify(body.success)}, not true`)
  if (!('data' in body)) problems.push('data is missing')
  return { problems, data: body.data }
}

/**
 * An error answer: `{ success: false, error: { code, message, hint?, userMessage?, warning?,
 * retryAfter? } }` (docs 1048-1086), with a code and status pair the docs list (error-codes.json),
 * and, when `error.retryAfter` is sent with a `Retry-After` header, the same number in both (1086).
 *
 * @param status - The HTTP status.
 * @param body - The parsed body.
 * @param retryAfterHeader - The `Retry-After` header, if any.
 * @returns Problems.
 */
export function checkError(status: number, body: unknown, retryAfterHeader?: string | null): Problems {
  if (status < 400) return [`status ${status} is not an error status`]
  if (!isObject(body)) return ['the body is not a JSON object']
  const problems: Problems = []
  if (body.success !== false) problems.push(`success is ${JSON.stringify(body.success)}, not false`)
  const error = body.error
  if (!isObject(error)) return [...problems, 'error is not an object']
  if (typeof error.code !== 'string' || error.code === '') problems.push('error.code is not a non-empty string')
  else if (!isDocumented(error.code, status)) problems.push(`${error.code} with status ${status} is not documented`)
  if (typeof error.message !== 'string') problems.push('error.message is not a string')
  for (const key of ['hint', 'userMessage', 'warning']) {
    if (key in error && typeof error[key] !== 'string') problems.push(`error.${key} is not a string`)
  }
  if ('retryAfter' in error && !(typeof error.retryAfter === 'number' && error.retryAfter >= 0)) {
    problems.push('error.retryAfter is not a number of seconds')
  }
  const header = retryAfterHeader ?? undefined
  if (typeof error.retryAfter === 'number' && header !== undefined && Number(header) !== error.retryAfter) {
    problems.push(`Retry-After ${retryAfterHeader} differs from error.retryAfter ${error.retryAfter}`)
  }
  return problems
}

/**
 * `POST /v1/{entity}/search`: `data` is an array of records; `meta` is optional (the entity pages
 * print none), and when present holds a count `total` and the optional `hasMore`, `truncated`,
 * `windowCount`, `windowErrors` (989, 2503-2505, 10528).
 *
 * @param body - The parsed body.
 * @returns Problems.
 */
export function checkSearch(body: unknown): Problems {
  const { problems, data } = success(body)
  problems.push(...records(data))
  const meta = isObject(body) ? body.meta : undefined
  if (meta === undefined) return problems
  if (!isObject(meta)) return [...problems, 'meta is not an object']
  if (!isCount(meta.total)) problems.push('meta.total is not a count')
  for (const key of ['hasMore', 'truncated']) {
    if (key in meta && typeof meta[key] !== 'boolean') problems.push(`meta.${key} is not a boolean`)
  }
  for (const key of ['windowCount', 'windowErrors']) {
    if (key in meta && !isCount(meta[key])) problems.push(`meta.${key} is not a count`)
  }
  return problems
}

/**
 * `GET /v1/{entity}`: a search answer whose `meta` holds `total` and `hasMore` (23305-23336).
 *
 * @param body - The parsed body.
 * @returns Problems.
 */
export function checkList(body: unknown): Problems {
  const problems = checkSearch(body)
  const meta = isObject(body) ? body.meta : undefined
  if (!isObject(meta)) return [...problems, 'meta is missing']
  if (typeof meta.hasMore !== 'boolean') problems.push('meta.hasMore is missing')
  return problems
}

/**
 * `GET /v1/{entity}/{id}`, and the body of an update: `data` is one record with a numeric id
 * (25794-25816, 27198-27213). Users answer an array: see {@link checkUsersGet}.
 *
 * @param body - The parsed body.
 * @param id - The id asked for, when known.
 * @returns Problems.
 */
export function checkRecord(body: unknown, id?: number): Problems {
  const { problems, data } = success(body)
  if (!isObject(data)) return [...problems, 'data is not an object']
  if (typeof data.id !== 'number') problems.push('data.id is not a number')
  else if (id !== undefined && data.id !== id) problems.push(`data.id is ${data.id}, not ${id}`)
  return problems
}

/**
 * `GET /v1/users/{id}`: `data` is an array whose first element is the user (2392).
 *
 * @param body - The parsed body.
 * @returns Problems.
 */
export function checkUsersGet(body: unknown): Problems {
  const { problems, data } = success(body)
  if (!Array.isArray(data)) return [...problems, 'data is not an array']
  if (data.length === 0 || !isObject(data[0])) problems.push('data holds no user record')
  return problems
}

/**
 * `POST /v1/{entity}`: status 201 and `data` a record with a positive integer id (462, 25391-25415).
 *
 * @param status - The HTTP status.
 * @param body - The parsed body.
 * @returns Problems.
 */
export function checkCreate(status: number, body: unknown): Problems {
  const problems = checkRecord(body)
  if (status !== 201) problems.unshift(`status is ${status}, not 201`)
  const id = isObject(body) && isObject(body.data) ? body.data.id : undefined
  if (typeof id === 'number' && !(Number.isSafeInteger(id) && id > 0)) {
    problems.push('data.id is not a positive integer')
  }
  return problems
}

/**
 * `DELETE /v1/{entity}/{id}`: 204 with an empty body (25518-25524).
 *
 * @param status - The HTTP status.
 * @param text - The raw body.
 * @returns Problems.
 */
export function checkDelete(status: number, text: string): Problems {
  const problems: Problems = []
  if (status !== 204) problems.push(`status is ${status}, not 204`)
  if (text !== '') problems.push('the body is not empty')
  return problems
}

/** A call of `POST /v1/batch`, as sent. */
export interface BatchCall {
  readonly id?: string
  readonly entity: string
  readonly action: string
  readonly entityId?: number | string
  readonly params?: Readonly<Record<string, unknown>>
}

/**
 * `POST /v1/batch` (2256-2338, 2388-2392): `success` true even with failed calls; every call's id
 * (its index when it has none) in exactly one of `data.results` and `data.errors`; errors as
 * `{ code, message }`; `summary` counting the calls; `totals` and `meta` (`{ total, returned,
 * hasMore, truncated }`, `returned` the length of the rows) for list and search calls only.
 *
 * @param body - The parsed body.
 * @param calls - The calls sent.
 * @returns Problems.
 */
export function checkBatch(body: unknown, calls: readonly BatchCall[]): Problems {
  const { problems, data } = success(body)
  if (!isObject(data)) return [...problems, 'data is not an object']
  const parts: Record<string, Json> = {}
  for (const key of ['results', 'totals', 'errors', 'meta', 'summary']) {
    const part = data[key]
    if (isObject(part)) parts[key] = part
    else problems.push(`data.${key} is not an object`)
  }
  const { results = {}, totals = {}, errors = {}, meta = {}, summary = {} } = parts
  const ids = calls.map((call, index) => call.id ?? String(index))
  const failed = ids.filter((id) => id in errors).length
  if (summary.total !== calls.length) problems.push(`summary.total is ${String(summary.total)}, not ${calls.length}`)
  if (summary.failed !== failed) problems.push(`summary.failed is ${String(summary.failed)}, not ${failed}`)
  if (summary.succeeded !== calls.length - failed) {
    problems.push(`summary.succeeded is ${String(summary.succeeded)}, not ${calls.length - failed}`)
  }
  for (const key of [...Object.keys(results), ...Object.keys(errors)]) {
    if (!ids.includes(key)) problems.push(`${key} is not a call id`)
  }
  calls.forEach((call, index) => {
    const id = ids[index] as string
    if (id in results === id in errors) {
      problems.push(`${id} is in ${id in results ? 'both results and errors' : 'neither results nor errors'}`)
    }
    if (id in errors) {
      const error = errors[id]
      if (!isObject(error) || typeof error.code !== 'string' || typeof error.message !== 'string') {
        problems.push(`errors.${id} is not { code, message }`)
      }
      return
    }
    const listed = call.action === 'list' || call.action === 'search'
    if (!listed && (id in totals || id in meta)) problems.push(`${id} (${call.action}) has totals or meta`)
    if (!(id in results)) return
    const result = results[id]
    if (listed) {
      problems.push(...records(result).map((p) => `results.${id}: ${p}`))
      if (!isCount(totals[id])) problems.push(`totals.${id} is not a count`)
      const callMeta = meta[id]
      if (!isObject(callMeta)) problems.push(`meta.${id} is missing`)
      else {
        if (!isCount(callMeta.total)) problems.push(`meta.${id}.total is not a count`)
        if (callMeta.total !== totals[id]) problems.push(`meta.${id}.total differs from totals.${id}`)
        if (Array.isArray(result) && callMeta.returned !== result.length) {
          problems.push(`meta.${id}.returned is not the row count`)
        }
        if (typeof callMeta.hasMore !== 'boolean') problems.push(`meta.${id}.hasMore is not a boolean`)
        if (typeof callMeta.truncated !== 'boolean') problems.push(`meta.${id}.truncated is not a boolean`)
      }
    } else if (call.action === 'get' && call.entity === 'users') {
      if (!Array.isArray(result)) problems.push(`results.${id} (users get) is not an array`)
    } else if (call.action === 'get' || call.action === 'create' || call.action === 'fields') {
      if (!isObject(result)) problems.push(`results.${id} (${call.action}) is not an object`)
    }
  })
  return problems
}

/**
 * `POST /v1/batch` when every call fails validation: 400 `INVALID_REQUEST`, with every call's error
 * under its id in `data.errors` (2340-2360).
 *
 * @param status - The HTTP status.
 * @param body - The parsed body.
 * @param ids - The call ids sent.
 * @returns Problems.
 */
export function checkBatchRejected(status: number, body: unknown, ids: readonly string[]): Problems {
  const problems = checkError(status, body)
  if (status !== 400) problems.unshift(`status is ${status}, not 400`)
  const error = isObject(body) && isObject(body.error) ? body.error : {}
  if (error.code !== 'INVALID_REQUEST') problems.push(`error.code is ${String(error.code)}, not INVALID_REQUEST`)
  const data = isObject(body) ? body.data : undefined
  const errors = isObject(data) ? data.errors : undefined
  if (!isObject(errors)) return [...problems, 'data.errors is not an object']
  for (const id of ids) {
    const callError = errors[id]
    if (!isObject(callError) || typeof callError.code !== 'string' || typeof callError.message !== 'string') {
      problems.push(`data.errors.${id} is not { code, message }`)
    }
  }
  return problems
}

/**
 * `POST /v1/{entity}/aggregate` (25170-25215, 22593-22629): `data.count`; `data.aggregates` as
 * `{ <field>: { <function>: number | null } }`; `data.groups` only with groupBy, each with the
 * groupBy fields, a `count` and optional `aggregates`; `data.meta` with `totalRecords`,
 * `recordsProcessed` (at most 5000) and `truncated` (true only when more than 5000 matched).
 *
 * @param body - The parsed body.
 * @param groupBy - The groupBy fields sent (none: no groups expected).
 * @returns Problems.
 */
export function checkAggregate(body: unknown, groupBy: readonly string[] = []): Problems {
  const { problems, data } = success(body)
  if (!isObject(data)) return [...problems, 'data is not an object']
  if (!isCount(data.count)) problems.push('data.count is not a count')
  problems.push(...aggregates(data.aggregates, 'data.aggregates'))
  if (groupBy.length === 0 && 'groups' in data) problems.push('data.groups is present without groupBy')
  if (groupBy.length > 0) {
    if (!Array.isArray(data.groups)) problems.push('data.groups is not an array')
    else {
      for (const [index, group] of (data.groups as unknown[]).entries()) {
        if (!isObject(group)) {
          problems.push(`groups[${index}] is not an object`)
          continue
        }
        for (const field of groupBy) if (!(field in group)) problems.push(`groups[${index}] lacks ${field}`)
        if (!isCount(group.count)) problems.push(`groups[${index}].count is not a count`)
        if ('aggregates' in group) problems.push(...aggregates(group.aggregates, `groups[${index}].aggregates`))
      }
    }
  }
  const meta = data.meta
  if (!isObject(meta)) return [...problems, 'data.meta is not an object']
  if (!isCount(meta.totalRecords)) problems.push('meta.totalRecords is not a count')
  if (!isCount(meta.recordsProcessed) || meta.recordsProcessed > 5000) {
    problems.push('meta.recordsProcessed is not 0 to 5000')
  }
  if (typeof meta.truncated !== 'boolean') problems.push('meta.truncated is not a boolean')
  if (meta.truncated === true && isCount(meta.totalRecords) && meta.totalRecords <= 5000) {
    problems.push('meta.truncated is true with 5000 records or fewer')
  }
  return problems
}

/**
 * `GET /v1/{entity}/fields` in any documented shape: descriptors under `data.fields` or directly
 * under `data`; each with a string `type` and either `isRequired`/`isReadOnly` (and `title`) or
 * `readonly` (and `label`); `items` an array where present; `data.include` and `data.batch` string
 * arrays where present (25655-25666, 30115-30145, 38536-38555, 10548-10556).
 *
 * @param body - The parsed body.
 * @param crm - Require the CRM shape: `data.fields` and `isRequired`/`isReadOnly`/`title` descriptors.
 * @returns Problems.
 */
export function checkFields(body: unknown, crm = false): Problems {
  const { problems, data } = success(body)
  if (!isObject(data)) return [...problems, 'data is not an object']
  const wrapped = isObject(data.fields)
  if (crm && !wrapped) problems.push('data.fields is missing')
  const fields = (wrapped ? data.fields : data) as Json
  for (const key of ['include', 'batch']) {
    if (wrapped && key in data && !isStringArray(data[key])) problems.push(`data.${key} is not an array of strings`)
  }
  const entries = Object.entries(fields)
  if (entries.length === 0) problems.push('no field descriptors')
  for (const [name, descriptor] of entries) {
    if (!isObject(descriptor)) {
      problems.push(`${name} is not a descriptor`)
      continue
    }
    if (typeof descriptor.type !== 'string') problems.push(`${name}.type is not a string`)
    const flags = typeof descriptor.isRequired === 'boolean' && typeof descriptor.isReadOnly === 'boolean'
    const readonly = typeof descriptor.readonly === 'boolean'
    if (crm ? !flags || typeof descriptor.title !== 'string' : !flags && !readonly) {
      problems.push(`${name} lacks ${crm ? 'isRequired, isReadOnly and title' : 'isRequired/isReadOnly or readonly'}`)
    }
    if ('items' in descriptor && !Array.isArray(descriptor.items)) problems.push(`${name}.items is not an array`)
  }
  return problems
}

/**
 * `POST /v1/{entity}/batch`: an array of per-item results, each marked with `success` (2394). That
 * the array is `data`, and its length the number of items sent, is our reading.
 *
 * @param body - The parsed body.
 * @param count - The number of items (or ids) sent.
 * @returns Problems.
 */
export function checkBulk(body: unknown, count: number): Problems {
  const { problems, data } = success(body)
  if (!Array.isArray(data)) return [...problems, 'data is not an array']
  if (data.length !== count) problems.push(`data holds ${data.length} results, not ${count}`)
  data.forEach((item: unknown, index) => {
    if (!isObject(item) || typeof item.success !== 'boolean') problems.push(`data[${index}].success is not a boolean`)
  })
  return problems
}

function records(data: unknown): Problems {
  if (!Array.isArray(data)) return ['data is not an array']
  return data.flatMap((row: unknown, index) => (isObject(row) ? [] : [`data[${index}] is not an object`]))
}

function aggregates(value: unknown, where: string): Problems {
  if (!isObject(value)) return [`${where} is not an object`]
  const problems: Problems = []
  for (const [field, byFunction] of Object.entries(value)) {
    if (!isObject(byFunction)) {
      problems.push(`${where}.${field} is not an object`)
      continue
    }
    for (const [fn, result] of Object.entries(byFunction)) {
      if (!FUNCTIONS.includes(fn)) problems.push(`${where}.${field}.${fn} is not a function`)
      if (result !== null && typeof result !== 'number') problems.push(`${where}.${field}.${fn} is not a number`)
    }
  }
  return problems
}
