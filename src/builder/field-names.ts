import type { FieldCheck } from '../node/search-node.js'
import { fail, guarded, parseField, show } from '../parse/parse.js'
import type { EntitySchema } from '../schema/entity-schema.js'
import type { EntityOptions } from './entity.js'

// How many single-character edits turn one name into the other, up to 3 (then 3).
const distance = (a: string, b: string): number => {
  if (Math.abs(a.length - b.length) > 2) return 3
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1
      const [above, left, diagonal] = [previous[j] as number, current[j - 1] as number, previous[j - 1] as number]
      current[j] = Math.min(above + 1, left + 1, diagonal + cost)
    }
    previous = current
  }
  return Math.min(previous[b.length] as number, 3)
}

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
    let nearest: string | undefined
    let best = 3
    for (const name of fields) {
      const d = distance(field, name)
      if (d < best) [nearest, best] = [name, d]
    }
    const hint = nearest
      ? `did you mean "${nearest}"?`
      : 'a field added since the types were generated needs withFields<…>()'
    fail(`${method}(${show(field)})`, `not a field of ${entity}; ${hint}`, field)
  }
  return { check }
}
