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
export interface Relation<
  Row extends object = object,
  Kind extends 'one' | 'many' = 'one' | 'many',
  Key extends string = string,
> {
  /** The related row. */
  readonly row: Row
  /** `one`: the row or `null`; `many`: an array of rows with their link fields. */
  readonly kind: Kind
  /** The key under `_included`. */
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
  /**
   * The fields `where` accepts, listed once: exactly `FilterableField` of `row` less
   * `unfilterable`. Optional: without it the compiler works the list out from the row's types, field
   * by field, once per entity; `generate` writes it, so that a portal's wide entity costs no more to
   * check than a built-in one. Used for queries whose rows are `row` itself (with `include`'s
   * `_included`); custom fields added by type have theirs worked out.
   */
  readonly filterable?: PropertyKey
  /**
   * The fields `orderBy` accepts, listed once: exactly `OrderableField` of `row`. Optional, as
   * `filterable` is.
   */
  readonly orderable?: PropertyKey
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

/**
 * The fields a relation row adds when it comes through a link table (many-to-many).
 *
 * @example
 * ```ts
 * const link: LinkFields = { isPrimary: true, sort: 10, roleId: 0 }
 * ```
 * @category Types
 */
export interface LinkFields {
  /** Whether this is the primary related record. */
  isPrimary: boolean
  /** Its position among the related records. */
  sort: number
  /** The role of the link. */
  roleId: number
}

/**
 * What `include` adds to each row, under `_included`: a one-to-one relation under its own name (the
 * related row, or `null`), a many-to-many one under its plural key (an array of related rows with
 * their {@link LinkFields}).
 *
 * @typeParam E - The entity's schema.
 * @typeParam K - The relations included.
 * @example
 * ```ts
 * type DealIncluded = Included<DealSchema, 'contact' | 'company'>
 * // { contacts: (Contact & LinkFields)[]; company: Company | null }
 * ```
 * @category Types
 */
export type Included<E extends EntitySchema, K extends keyof E['relations']> = {
  -readonly [N in K as E['relations'][N]['key']]: RelatedRows<E['relations'][N]>
}

/**
 * What one relation adds under `_included`: the related row or `null`, or an array of related rows.
 *
 * @typeParam Rel - The relation.
 * @example
 * ```ts
 * type Company1 = RelatedRows<Relation<Company, 'one', 'company'>> // Company | null
 * ```
 * @category Types
 */
export type RelatedRows<Rel extends Relation> = Rel['kind'] extends 'one'
  ? Rel['row'] | null
  : (Rel['row'] & LinkFields)[]

/**
 * What a row gains from `include`: its related records under `_included`.
 *
 * @typeParam E - The entity's schema.
 * @typeParam K - The relations included.
 * @example
 * ```ts
 * type Extra = WithIncluded<DealSchema, 'company'> // { _included: { company: Company | null } }
 * ```
 * @category Types
 */
export interface WithIncluded<E extends EntitySchema, K extends keyof E['relations']> {
  /** The related records, by relation. */
  _included: Included<E, K>
}
