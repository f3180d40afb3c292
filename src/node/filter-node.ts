import type { Operator } from './operator.js'

/**
 * A date operand as the builder stores it: the time of the `Date` given, read at the call and
 * frozen where it leaves the builder (a `Date` kept would change with its `setTime`, even frozen).
 *
 * @internal
 */
export interface DateValue {
  readonly time: number
}

/**
 * A value as the builder stores it: validated, a `Date` captured as its time (see `parse/`), and
 * turned into ISO text only by `wire/`.
 *
 * @internal
 */
export type ScalarValue = string | number | boolean | DateValue

/**
 * One condition: `field op value`.
 *
 * @internal
 */
export interface CompareNode {
  readonly kind: 'compare'
  readonly field: string
  readonly op: Operator
  readonly value: ScalarValue | readonly ScalarValue[]
}

/**
 * Conditions that all must hold.
 *
 * @internal
 */
export interface AndNode {
  readonly kind: 'and'
  readonly items: readonly FilterNode[]
}

/**
 * Conditions of which at least one must hold.
 *
 * @internal
 */
export interface OrNode {
  readonly kind: 'or'
  readonly items: readonly FilterNode[]
}

/**
 * A node of a filter tree: frozen plain data, discriminated by `kind`.
 *
 * @internal
 */
export type FilterNode = CompareNode | AndNode | OrNode
