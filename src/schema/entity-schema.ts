/**
 * An operation the entity reference may list for an entity.
 *
 * @example
 * ```ts
 * const operation: EntityOperation = 'search'
 * ```
 * @category Entities
 */
export type EntityOperation = 'list' | 'get' | 'create' | 'update' | 'delete' | 'fields' | 'search' | 'aggregate'

/**
 * A relation that `include` accepts: `one` answers the related row or `null` under the relation's
 * own (singular) name, `many` an array of related rows under the plural `key`.
 *
 * @typeParam Row - The related row.
 * @example
 * ```ts
 * type DealContacts = Relation<Contact, 'many', 'contacts'>
 * ```
 * @category Entities
 */
export interface Relation<Row extends object = object, Kind extends 'one' | 'many' = 'one' | 'many', Key extends string = string> {
  readonly row: Row
  readonly kind: Kind
  readonly key: Key
}

/**
 * What the library knows of an entity at the type level: its row, which fields the service writes
 * itself, which ones create requires, which ones it does not filter on, the operations the docs'
 * entity reference lists, the relations `include` takes, and the fields aggregates accept. Each
 * built-in entity has one (`DealSchema`, …); `generate` writes them for a portal.
 *
 * @example
 * ```ts
 * interface NoteSchema extends EntitySchema {
 *   row: { id: number; text: string | null }
 *   readOnly: 'id'
 *   operations: 'get' | 'search'
 * }
 * ```
 * @category Entities
 */
export interface EntitySchema {
  /** The row as the service answers it. */
  readonly row: object
  /** Fields the service computes: create and update refuse them. */
  readonly readOnly: PropertyKey
  /** Fields create requires. */
  readonly required: PropertyKey
  /** Fields the service does not filter on (it would drop the condition): `where` refuses them. */
  readonly unfilterable: PropertyKey
  /** The operations the entity reference lists. */
  readonly operations: EntityOperation
  /** The relations `include` accepts, by name. */
  readonly relations: { readonly [name: string]: Relation }
  /** Numeric fields that `sum`, `avg`, `min` and `max` accept. */
  readonly aggregatable: PropertyKey
  /** Fields that `groupBy` accepts. */
  readonly groupable: PropertyKey
}

/**
 * The schema of an entity known only by its row (`entity<Row>('name')`): every field filterable,
 * no relations, every operation allowed, aggregates on any field.
 *
 * @typeParam Row - The row.
 * @example
 * ```ts
 * type Notes = SchemaOf<{ id: number; text: string | null }>
 * ```
 * @category Entities
 */
export interface SchemaOf<Row extends object> extends EntitySchema {
  readonly row: Row
  readonly readOnly: 'id'
  readonly required: never
  readonly unfilterable: never
  readonly operations: EntityOperation
  readonly relations: {}
  readonly aggregatable: keyof Row
  readonly groupable: keyof Row
}
