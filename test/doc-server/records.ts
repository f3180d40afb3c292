// One record at a time: get, create, update, delete and the field schema, as the deals pages
// (docs 25258-25853, 27104-27249) show them.
import { DocError } from './documented.js'
import { isPlainObject, type Row } from './query.js'

/** The doc server's data: rows per plural entity name, ids ascending. */
export type Tables = Map<string, Row[]>

/**
 * Finds a table, or answers 400 UNKNOWN_ENTITY as the batch and user-field pages do for an unknown entity.
 *
 * @param tables - The data.
 * @param entity - The plural entity name.
 * @returns The table.
 * @throws DocError 400 UNKNOWN_ENTITY.
 */
export function tableOf(tables: Tables, entity: string): Row[] {
  const table = tables.get(entity)
  if (table === undefined) {
    throw new DocError(400, 'UNKNOWN_ENTITY', `Unknown entity "${entity}". Check GET /v1/guide for available entities.`)
  }
  return table
}

/**
 * Reads a record id from a path segment or a batch call's `entityId`.
 *
 * @param raw - `'42'` or `42`.
 * @returns The id.
 * @throws DocError 400 INVALID_PARAMS when it is not a positive integer (docs 1316).
 */
export function parseId(raw: unknown): number {
  const id = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new DocError(400, 'INVALID_PARAMS', 'Path parameter :id must be a positive integer')
  }
  return id
}

/**
 * The answer's `data` for `GET /v1/{entity}/{id}`: the record, or for users an array holding it
 * (docs 2392).
 *
 * @param tables - The data.
 * @param entity - The plural entity name.
 * @param id - The record id.
 * @returns The record (a copy).
 * @throws DocError 404 ENTITY_NOT_FOUND.
 */
export function getRecord(tables: Tables, entity: string, id: number): unknown {
  const row = find(tableOf(tables, entity), id)
  return entity === 'users' ? [{ ...row }] : { ...row }
}

/**
 * Creates a record with the next id; `POST /v1/{entity}` answers it with 201.
 *
 * @param tables - The data.
 * @param entity - The plural entity name.
 * @param fields - The body.
 * @returns The stored record.
 * @throws DocError 400 VALIDATION_ERROR when the body is not an object.
 */
export function createRecord(tables: Tables, entity: string, fields: unknown): Row {
  const table = tableOf(tables, entity)
  const body = writable(fields)
  const id = table.reduce((max, row) => Math.max(max, row.id), 0) + 1
  const row: Row = { ...body, id }
  table.push(row)
  return { ...row }
}

/**
 * Updates a record's fields; `PATCH /v1/{entity}/{id}` answers the whole record.
 *
 * @param tables - The data.
 * @param entity - The plural entity name.
 * @param id - The record id.
 * @param fields - The body.
 * @returns The updated record.
 * @throws DocError 404 ENTITY_NOT_FOUND, 400 VALIDATION_ERROR.
 */
export function updateRecord(tables: Tables, entity: string, id: number, fields: unknown): Row {
  const table = tableOf(tables, entity)
  const row = find(table, id)
  const updated: Row = { ...row, ...writable(fields), id }
  table[table.indexOf(row)] = updated
  return { ...updated }
}

/**
 * Deletes a record; `DELETE /v1/{entity}/{id}` answers 204 with an empty body.
 *
 * @param tables - The data.
 * @param entity - The plural entity name.
 * @param id - The record id.
 * @throws DocError 404 ENTITY_NOT_FOUND.
 */
export function deleteRecord(tables: Tables, entity: string, id: number): void {
  const table = tableOf(tables, entity)
  table.splice(table.indexOf(find(table, id)), 1)
}

/**
 * The answer's `data` for `GET /v1/{entity}/fields` in the CRM shape (docs 25655-25666): one
 * descriptor per field the rows hold, typed from the first value found.
 *
 * @param tables - The data.
 * @param entity - The plural entity name.
 * @returns `{ fields: { <name>: { type, isRequired, isReadOnly, title } } }`.
 */
export function fieldSchema(tables: Tables, entity: string): Record<string, unknown> {
  const table = tableOf(tables, entity)
  const fields: Record<string, unknown> = {}
  for (const name of new Set(['id', ...table.flatMap((row) => Object.keys(row))])) {
    const sample = table.find((row) => row[name] != null)?.[name]
    fields[name] = { type: typeOf(sample), isRequired: false, isReadOnly: name === 'id', title: name }
  }
  return { fields }
}

function typeOf(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'double'
  if (typeof value === 'boolean') return 'boolean'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return 'datetime'
  return 'string'
}

function find(table: readonly Row[], id: number): Row {
  const row = table.find((candidate) => candidate.id === id)
  if (row === undefined) throw new DocError(404, 'ENTITY_NOT_FOUND', 'Item not found')
  return row
}

function writable(fields: unknown): Record<string, unknown> {
  if (!isPlainObject(fields)) throw new DocError(400, 'VALIDATION_ERROR', 'The body must be an object of fields')
  const { id: _id, ...rest } = fields
  return rest
}
