/**
 * The emulator's in-memory data: per entity, the rows in ascending `id` order, an index by id, and
 * the known fields. Rows handed out are copies, so tests cannot change stored data by accident.
 *
 * @module
 */
import { customFieldSpec, FIELD_NAME, learnFields, type CustomField } from './entity-fields.js'
import { builtInTable } from './entity-registry.js'
import type { EntityTable } from './entity-tables.js'
import { formatInstant } from './iso-date.js'
import type { EmulatorRow, EntityFields, FieldSpec } from './types.js'

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
  readonly fields: Map<string, FieldSpec>
  /** The docs' table of a built-in entity; `undefined` for any other. */
  readonly builtIn: EntityTable | undefined
}

/**
 * What the request handlers read of one entity.
 *
 * @example
 * ```ts
 * const view: EntityView | undefined = store.view('deals')
 * ```
 * @category Testing
 */
export interface EntityView {
  /** The entity name (`deals`, `items/1058`, …). */
  readonly name: string
  /** Its rows, ascending by id; not copies, never to be changed. */
  readonly rows: readonly EmulatorRow[]
  /** Its fields. */
  readonly fields: EntityFields
  /** The docs' table of a built-in entity; `undefined` for any other. */
  readonly builtIn: EntityTable | undefined
}

/**
 * Entity names the emulator accepts: lower-case letters, digits and `-`, starting with a letter; or
 * `items/<entityTypeId>` for the items of a smart process (`/v1/items/1058/search`). A bare `items`
 * is refused: smart-process items always belong to a type.
 *
 * @example
 * ```ts
 * ENTITY_NAME.test('smart-processes') // true
 * ENTITY_NAME.test('items/1058') // true
 * ```
 * @category Testing
 */
export const ENTITY_NAME = /^(?:(?!items$)[a-z][a-z0-9-]*|items\/[1-9]\d*)$/

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
   * What the request handlers read of an entity.
   *
   * @param entity - the entity name
   * @returns its rows, fields and table, or `undefined` for an unknown entity
   */
  view(entity: string): EntityView | undefined {
    const table = this.#tables.get(entity)
    return table === undefined
      ? undefined
      : { name: entity, rows: table.rows, fields: table.fields, builtIn: table.builtIn }
  }

  /**
   * How many rows an entity holds.
   *
   * @param entity - the entity name
   * @returns the count (0 for an unknown entity)
   */
  count(entity: string): number {
    return this.#tables.get(entity)?.rows.length ?? 0
  }

  /**
   * Declares custom fields of an entity (created when new), before or after its rows are loaded.
   *
   * @param entity - the entity name
   * @param fields - field name and declaration
   * @throws `TypeError` for a bad declaration, a built-in field, a non-custom name on a built-in
   *   entity, or `__proto__` (refused in rows too: no record could carry it)
   */
  declare(entity: string, fields: Readonly<Record<string, CustomField>>): void {
    const table = this.#table(entity)
    for (const [name, field] of Object.entries(fields)) {
      if (name === '__proto__') throw new TypeError(`emulator: ${entity} cannot have a field named '__proto__'`)
      if (!FIELD_NAME.test(name) || (table.builtIn !== undefined && !table.builtIn.customFields.test(name))) {
        throw new TypeError(`emulator: custom fields of ${entity} must be named ufCrm… or UF_…, got '${name}'`)
      }
      if (table.fields.has(name) && table.builtIn?.fields.some(([known]) => known === name) === true) {
        throw new TypeError(`emulator: ${entity}.${name} is a built-in field`)
      }
      table.fields.set(name, customFieldSpec(entity, name, field))
    }
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
      if (typeof id !== 'number' && typeof id !== 'string') {
        throw new TypeError(`emulator: ${entity} id must be a number or a string`)
      }
      if (typeof id === 'number' && id >= nextId) nextId = Math.floor(id) + 1
      const key = String(id)
      if (table.byId.has(key) || seen.has(key)) {
        throw new TypeError(`emulator: ${entity} already has a row with id ${key}`)
      }
      seen.add(key)
      prepared.push(this.#dates(row))
    }
    learnFields(entity, table.fields, prepared, accepts(table))
    const stored = prepared.map((row) => (table.builtIn === undefined ? row : completeRow(row, table.fields)))
    for (const row of stored) {
      table.byId.set(String(row['id']), row)
      table.rows.push(row)
    }
    table.rows.sort(byId)
    return stored
  }

  /**
   * Changes one row: the given fields replace the stored ones (new custom fields are learnt as on
   * insert; `Date` values are stored as ISO strings).
   *
   * @param entity - the entity name
   * @param id - the row's id
   * @param patch - the fields to set
   * @returns a copy of the changed row, or `undefined` when there is no such row
   */
  update(entity: string, id: RowId, patch: EmulatorRow): EmulatorRow | undefined {
    const table = this.#tables.get(entity)
    const old = table?.byId.get(String(id))
    if (table === undefined || old === undefined) return undefined
    const changes = this.#dates({ ...patch })
    learnFields(entity, table.fields, [changes], accepts(table))
    const merged = { ...old, ...changes, id: old['id'] }
    const stored = table.builtIn === undefined ? merged : completeRow(merged, table.fields)
    table.byId.set(String(id), stored)
    table.rows[table.rows.indexOf(old)] = stored
    return copyRow(stored)
  }

  #dates(row: EmulatorRow): EmulatorRow {
    for (const [name, value] of Object.entries(row)) {
      if (value instanceof Date) row[name] = formatInstant(value.getTime(), this.#offsetMinutes)
    }
    return row
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
    if (!ENTITY_NAME.test(entity)) {
      const hint = entity === 'items' ? " (smart-process items belong to a type: 'items/<entityTypeId>')" : ''
      throw new TypeError(`emulator: invalid entity name '${entity}'${hint}`)
    }
    const builtIn = builtInTable(entity)
    table = { rows: [], byId: new Map(), fields: new Map(builtIn?.fields ?? []), builtIn }
    if (builtIn === undefined) learnFields(entity, table.fields, [], () => true)
    this.#tables.set(entity, table)
    return table
  }
}

function accepts(table: Table): (name: string) => boolean {
  const custom = table.builtIn?.customFields
  return custom === undefined ? () => true : (name) => custom.test(name)
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
