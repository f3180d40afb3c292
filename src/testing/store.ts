/**
 * The emulator's in-memory data: per entity, the rows in ascending `id` order, an index by id, and
 * the known fields. Rows handed out are copies, so tests cannot change stored data by accident.
 *
 * @module
 */
import { BUILT_IN_ENTITIES, builtInFields, learnFields } from './entity-fields.js'
import { formatInstant } from './iso-date.js'
import type { EmulatorRow, EntityFields, FieldDescriptor } from './types.js'

/**
 * An id as the store keys it (`15` and `'15'` are the same record).
 *
 * @example
 * ```ts
 * const id: RowId = 15
 * ```
 * @category Data
 */
export type RowId = number | string

interface Table {
  rows: EmulatorRow[]
  byId: Map<string, EmulatorRow>
  fields: Map<string, FieldDescriptor>
  builtIn: boolean
}

/**
 * Entity names the emulator accepts: lower-case letters, digits and `-`, starting with a letter.
 *
 * @example
 * ```ts
 * ENTITY_NAME.test('smart-processes') // true
 * ```
 * @category Testing
 */
export const ENTITY_NAME = /^[a-z][a-z0-9-]*$/

/**
 * The in-memory tables behind one emulator.
 *
 * @example
 * ```ts
 * const store = new Store(180)
 * store.insert('items', [{ title: 'A' }]) // [{ id: 1, title: 'A' }]
 * ```
 * @category Testing
 */
export class Store {
  readonly #tables = new Map<string, Table>()
  readonly #offsetMinutes: number

  /**
   * Creates an empty store.
   *
   * @param offsetMinutes - the offset used when a `Date` in inserted rows is stored as an ISO string
   */
  constructor(offsetMinutes: number) {
    this.#offsetMinutes = offsetMinutes
  }

  /**
   * The names of the entities present, in creation order.
   *
   * @returns entity names
   */
  entities(): string[] {
    return [...this.#tables.keys()]
  }

  /**
   * Whether an entity exists.
   *
   * @param entity - the entity name
   * @returns `true` when present
   */
  has(entity: string): boolean {
    return this.#tables.has(entity)
  }

  /**
   * Creates an entity with no rows (built-in entities get their known fields).
   *
   * @param entity - the entity name
   */
  ensure(entity: string): void {
    this.#table(entity)
  }

  /**
   * The stored rows of an entity, ascending by id, not copied (read-only use by the request handlers).
   *
   * @param entity - the entity name
   * @returns the rows, or `undefined` for an unknown entity
   */
  rowsOf(entity: string): readonly EmulatorRow[] | undefined {
    return this.#tables.get(entity)?.rows
  }

  /**
   * The fields of an entity.
   *
   * @param entity - the entity name
   * @returns the fields, or `undefined` for an unknown entity
   */
  fieldsOf(entity: string): EntityFields | undefined {
    return this.#tables.get(entity)?.fields
  }

  /**
   * One stored row by id, not copied.
   *
   * @param entity - the entity name
   * @param id - the id
   * @returns the row, or `undefined`
   */
  get(entity: string, id: RowId): EmulatorRow | undefined {
    return this.#tables.get(entity)?.byId.get(String(id))
  }

  /**
   * Adds rows. Rows without `id` get the next free number; a duplicate id throws. Built-in entities
   * get every known field (missing ones as `null`), and only `ufCrm*` extra fields; `Date` values are
   * stored as ISO strings in the portal offset.
   *
   * @param entity - the entity name (created when new)
   * @param rows - the rows to add
   * @returns copies of the stored rows, with their ids
   */
  insert(entity: string, rows: readonly EmulatorRow[]): EmulatorRow[] {
    return this.#add(entity, rows).map(copyRow)
  }

  /**
   * Adds rows like {@link Store.insert} without handing copies back (for loading large data sets).
   *
   * @param entity - the entity name (created when new)
   * @param rows - the rows to add
   */
  load(entity: string, rows: readonly EmulatorRow[]): void {
    this.#add(entity, rows)
  }

  #add(entity: string, rows: readonly EmulatorRow[]): EmulatorRow[] {
    const table = this.#table(entity)
    const prepared: EmulatorRow[] = []
    let nextId = nextNumericId(table.rows)
    const seen = new Set<string>()
    for (const input of rows) {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        throw new TypeError(`emulator: ${entity} rows must be objects`)
      }
      const row: EmulatorRow = { ...input }
      if (row['id'] === undefined || row['id'] === null) row['id'] = nextId++
      const id = row['id']
      if (typeof id !== 'number' && typeof id !== 'string') throw new TypeError(`emulator: ${entity} id must be a number or a string`)
      if (typeof id === 'number' && id >= nextId) nextId = Math.floor(id) + 1
      const key = String(id)
      if (table.byId.has(key) || seen.has(key)) throw new TypeError(`emulator: ${entity} already has a row with id ${key}`)
      seen.add(key)
      for (const [name, value] of Object.entries(row)) {
        if (value instanceof Date) row[name] = formatInstant(value.getTime(), this.#offsetMinutes)
      }
      prepared.push(row)
    }
    learnFields(entity, table.fields, prepared, table.builtIn)
    const stored = prepared.map((row) => (table.builtIn ? completeRow(row, table.fields) : row))
    for (const row of stored) {
      table.byId.set(String(row['id']), row)
      table.rows.push(row)
    }
    table.rows.sort(byId)
    return stored
  }

  /**
   * Removes rows by id; unknown ids are ignored.
   *
   * @param entity - the entity name
   * @param ids - ids to remove
   * @returns how many rows were removed
   */
  remove(entity: string, ids: readonly RowId[]): number {
    const table = this.#tables.get(entity)
    if (table === undefined) return 0
    const doomed = new Set(ids.map(String).filter((id) => table.byId.has(id)))
    if (doomed.size === 0) return 0
    for (const id of doomed) table.byId.delete(id)
    table.rows = table.rows.filter((row) => !doomed.has(String(row['id'])))
    return doomed.size
  }

  /**
   * Copies of all rows of an entity, ascending by id (empty for an unknown entity).
   *
   * @param entity - the entity name
   * @returns the rows
   */
  snapshot(entity: string): EmulatorRow[] {
    return (this.#tables.get(entity)?.rows ?? []).map(copyRow)
  }

  #table(entity: string): Table {
    let table = this.#tables.get(entity)
    if (table !== undefined) return table
    if (!ENTITY_NAME.test(entity)) throw new TypeError(`emulator: invalid entity name '${entity}'`)
    const known = builtInFields(entity)
    table = {
      rows: [],
      byId: new Map(),
      fields: new Map(known ?? []),
      builtIn: BUILT_IN_ENTITIES.includes(entity),
    }
    if (known === undefined) learnFields(entity, table.fields, [], false)
    this.#tables.set(entity, table)
    return table
  }
}

function nextNumericId(rows: readonly EmulatorRow[]): number {
  let max = 0
  for (const row of rows) {
    const id = row['id']
    if (typeof id === 'number' && id > max) max = id
  }
  return Math.floor(max) + 1
}

function completeRow(row: EmulatorRow, fields: EntityFields): EmulatorRow {
  const out: EmulatorRow = {}
  for (const name of fields.keys()) out[name] = Object.hasOwn(row, name) ? row[name] : null
  return out
}

function byId(a: EmulatorRow, b: EmulatorRow): number {
  const x = a['id']
  const y = b['id']
  if (typeof x === 'number' && typeof y === 'number') return x - y
  if (typeof x === 'number') return -1
  if (typeof y === 'number') return 1
  return String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0
}

function copyRow(row: EmulatorRow): EmulatorRow {
  return structuredClone(row)
}
