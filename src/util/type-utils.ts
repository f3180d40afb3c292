// The one file that imports ts-toolbelt (types only, flat utilities only). Everything else uses
// the names exported here, so the implementation can be swapped in this file alone.
import type { A } from 'ts-toolbelt'

/**
 * Flattens an object type one level for readable hovers: `{ id: number; name: string }` rather
 * than `Pick<Contact, 'id' | 'name'>`.
 *
 * @example
 * ```ts
 * type Row = Simplify<Pick<Contact, 'id' | 'name'>> // { id: number; name: string | null }
 * ```
 * @category Types
 */
export type Simplify<T> = A.Compute<T, 'flat'>
