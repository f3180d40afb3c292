import type { FieldCheck } from '../node/search-node.js'
import { fail, guarded, parseField, show } from '../parse/parse.js'
import type { EntitySchema } from '../schema/entity-schema.js'
import { closest } from '../util/did-you-mean.js'
import type { EntityOptions } from './entity.js'

/**
 * The option of {@link defineEntity} that makes an entity refuse, before anything is sent, a field
 * name it does not have (a JavaScript caller's typo), suggesting the nearest name. Generated
 * entities use it; built-in ones do not, so that an application that never needs it does not ship it.
 *
 * @typeParam E - The entity's schema.
 * @param entity - The entity's name, for messages.
 * @param names - Every field name of the entity.
 * @returns The option to pass to `defineEntity`.
 * @throws {@link QueryError} when `entity` is not a string or `names` not an array of field names.
 * @example
 * ```ts
 * type NoteSchema = SchemaOf<{ id: number; title: string }>
 * const notes = defineEntity<NoteSchema>('notes', ['search'], fieldNames<NoteSchema>('notes', ['id', 'title']))
 * ```
 * @category Entities
 */
export function fieldNames<E extends EntitySchema>(
  entity: string,
  names: readonly (keyof E['row'] & string)[],
): EntityOptions {
  const call = `fieldNames(${show(entity)})`
  if (typeof entity !== 'string') fail(call, 'takes the entity\'s name, such as "deals"')
  // Read once, by index, each name checked as where checks one.
  const fields = guarded(call, () => {
    if (!Array.isArray(names)) fail(call, `takes an array of field names, not ${show(names)}`)
    const fields = new Set<string>()
    for (let index = 0; index < names.length; index++) fields.add(parseField('fieldNames', names[index]))
    return fields
  })
  const check: FieldCheck = (method, field) => {
    if (fields.has(field)) return
    const nearest = closest(field, [...fields])
    const hint = nearest
      ? `did you mean "${nearest}"?`
      : 'a field added since the types were generated needs withFields<…>()'
    fail(`${method}(${show(field)})`, `not a field of ${entity}; ${hint}`, field)
  }
  return { check }
}
