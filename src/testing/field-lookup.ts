/**
 * Looks a field up for a filter, a sort, a select or an aggregate, answering the documented code
 * when the entity has no such field: `INVALID_FILTER_FIELD` in a filter (docs line 1123),
 * `UNKNOWN_SORT_FIELD` in a sort (1124), `INVALID_PARAMS` in an aggregate (25232, "Field 'foo' not
 * found" with the available fields). A `select` of an unknown field also answers `INVALID_PARAMS`:
 * the docs do not say what the service does with one, so the emulator is strict, to catch typos.
 *
 * @module
 */
import { fail, type ErrorCode } from './error-codes.js'
import type { EntityFields, FieldSpec } from './types.js'

/**
 * Where in a request a field name appeared.
 *
 * @example
 * ```ts
 * const where: FieldUse = 'sort'
 * ```
 * @category Testing
 */
export type FieldUse = 'filter' | 'sort' | 'select' | 'aggregate'

const CODES: Readonly<Record<FieldUse, ErrorCode>> = {
  filter: 'INVALID_FILTER_FIELD',
  sort: 'UNKNOWN_SORT_FIELD',
  select: 'INVALID_PARAMS',
  aggregate: 'INVALID_PARAMS',
}

/**
 * Returns the spec of a known field, or throws the code for its use, naming the field and listing
 * the known ones in `hint`.
 *
 * @param entity - the entity name
 * @param fields - its fields
 * @param name - the requested field
 * @param use - where it was used
 * @returns the spec
 * @example
 * ```ts
 * requireField('deals', fields, 'amount', 'filter').kind // 'number'
 * ```
 * @category Testing
 */
export function requireField(entity: string, fields: EntityFields, name: string, use: FieldUse): FieldSpec {
  const spec = fields.get(name)
  if (spec !== undefined) return spec
  throw fail(CODES[use], `Field '${name}' not found in ${entity} (${use})`, {
    hint: `Available: ${[...fields.keys()].join(', ')}`,
  })
}
