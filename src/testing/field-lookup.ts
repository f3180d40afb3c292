/**
 * Looks a field up for a filter, order, select or groupBy, answering 400 `UNKNOWN_FIELD` when the
 * emulator does not know it. This is strict on purpose: whether the real service rejects or silently
 * ignores an unknown field is not documented, and a loud error catches typos in tests.
 *
 * @module
 */
import { EmulatorError } from './emulator-error.js'
import type { EntityFields, FieldDescriptor } from './types.js'

/**
 * Where in a request a field name appeared (used in messages).
 *
 * @example
 * ```ts
 * const where: FieldUse = 'order'
 * ```
 * @category Testing
 */
export type FieldUse = 'filter' | 'order' | 'select' | 'groupBy'

/**
 * Returns the descriptor of a known field or throws 400 `UNKNOWN_FIELD` naming it, with the known
 * fields in `hint`.
 *
 * @param entity - the entity name
 * @param fields - its fields
 * @param name - the requested field
 * @param use - where it was used
 * @returns the descriptor
 * @example
 * ```ts
 * requireField('deals', fields, 'amount', 'filter').type // 'number'
 * ```
 * @category Testing
 */
export function requireField(entity: string, fields: EntityFields, name: string, use: FieldUse): FieldDescriptor {
  const descriptor = fields.get(name)
  if (descriptor !== undefined) return descriptor
  throw new EmulatorError(400, 'UNKNOWN_FIELD', `Unknown field '${name}' in ${use} for ${entity}`, {
    hint: `Known fields: ${[...fields.keys()].join(', ')}`,
  })
}
