/**
 * `include` (docs lines 10275–10590): related records under `_included` of each record, on get,
 * list and search. One-to-one relations answer an object or `null` under the relation's name
 * (`company`); many-to-many ones an array under the plural (`contact` → `contacts`), each item
 * with `isPrimary`, `sort` and `roleId`. At most 3 relations (400 `INCLUDE_LIMIT_EXCEEDED`); an
 * unknown one answers 400 `INVALID_INCLUDE` listing the available ones (none for an entity without
 * relations); a list or search of more than 200 records skips include and says `meta.includeSkipped: true`.
 *
 * Choices of the emulator (unconfirmed): related records carry every field; a relation whose shape
 * the docs leave open or whose entity the emulator does not hold (deals' `quote`, `requisite`) is
 * `null`; `isPrimary` marks the record's `contactId` (the first one when it has none), `sort` counts
 * 10, 20, … in the order of `contactIds`, `roleId` is 0.
 *
 * @module
 */
import type { EntityTable } from './entity-tables.js'
import { fail } from './error-codes.js'
import type { Store } from './store.js'
import type { EmulatorRow } from './types.js'

/**
 * The most relations one request may include (documented: 3).
 *
 * @example
 * ```ts
 * MAX_INCLUDES // 3
 * ```
 * @category Limits
 */
export const MAX_INCLUDES = 3

/**
 * The most records of a list or search that get their relations (documented: 200).
 *
 * @example
 * ```ts
 * MAX_INCLUDED_ROWS // 200
 * ```
 * @category Limits
 */
export const MAX_INCLUDED_ROWS = 200

/**
 * Reads an `include` parameter: a comma-separated string (a query string) or an array of names.
 *
 * @param raw - the parameter as sent (`undefined` for none)
 * @param table - the entity's table (`undefined`: an entity without relations)
 * @returns the relation names, without repeats
 * @example
 * ```ts
 * readIncludes('contact,company', DEALS) // ['contact', 'company']
 * ```
 * @category Testing
 */
export function readIncludes(raw: unknown, table: EntityTable | undefined): string[] {
  if (raw === undefined || raw === null) return []
  const list = typeof raw === 'string' ? raw.split(',') : raw
  if (!Array.isArray(list) || !list.every((name): name is string => typeof name === 'string')) {
    throw fail('VALIDATION_ERROR', 'include: expected relation names, as an array or separated by commas')
  }
  const names = [...new Set(list.map((name) => name.trim()).filter((name) => name !== ''))]
  if (names.length > MAX_INCLUDES) {
    throw fail('INCLUDE_LIMIT_EXCEEDED', `At most ${MAX_INCLUDES} relations per request, got ${names.length}`)
  }
  const available = Object.keys(table?.relations ?? {})
  for (const name of names) {
    if (!available.includes(name)) {
      throw fail('INVALID_INCLUDE', `Unknown include '${name}'. Available: ${available.join(', ')}`)
    }
  }
  return names
}

/**
 * Copies a record with its relations under `_included`.
 *
 * @param store - the data
 * @param table - the entity's table
 * @param row - the stored record
 * @param names - the relations, read by {@link readIncludes}
 * @returns a copy with `_included`
 * @example
 * ```ts
 * withIncluded(store, LEADS, lead, ['contact'])._included // { contact: { id: 71, … } }
 * ```
 * @category Testing
 */
export function withIncluded(
  store: Store,
  table: EntityTable | undefined,
  row: EmulatorRow,
  names: readonly string[],
): EmulatorRow {
  const included: Record<string, unknown> = {}
  for (const name of names) {
    const relation = table?.relations[name]
    if (relation === undefined || relation.kind === 'absent') {
      included[name] = null
    } else if (relation.kind === 'one') {
      const id = row[relation.via]
      included[name] =
        id === null || id === undefined || id === 0 ? null : (store.get(relation.entity, id as string | number) ?? null)
    } else {
      const listed = Array.isArray(row[relation.via]) ? (row[relation.via] as unknown[]) : []
      const primary = row[relation.primary]
      const ids = listed.length > 0 ? listed : primary === null || primary === undefined ? [] : [primary]
      included[`${name}s`] = ids.flatMap((id, i) => {
        const related = store.get(relation.entity, id as string | number)
        if (related === undefined) return []
        const isPrimary = primary === null || primary === undefined ? i === 0 : related['id'] === primary
        return [{ ...related, isPrimary, sort: (i + 1) * 10, roleId: 0 }]
      })
    }
  }
  return { ...row, _included: included }
}
