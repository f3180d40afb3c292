import type { SchemaOf } from './entity-schema.js'
import type { IsoDateTime } from './field-types.js'

/**
 * An item of a smart process (to be completed from the docs' table).
 *
 * @example
 * ```ts
 * const row: Pick<Item, 'id' | 'title'> = { id: 1, title: 'Order 1' }
 * ```
 * @category Entities
 */
export interface Item {
  /** Item id (read-only). */
  id: number
  /** Title. */
  title: string | null
  /** Stage, e.g. `DT128_1:NEW`. */
  stageId: string | null
  /** Creation time (read-only). */
  createdTime: IsoDateTime
}

/**
 * What the library knows of smart-process items besides the row.
 *
 * @example
 * ```ts
 * type Row = ItemSchema['row'] // Item
 * ```
 * @category Entities
 */
export interface ItemSchema extends SchemaOf<Item> {}
