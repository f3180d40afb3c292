/**
 * vibecode-query: a typed, immutable query builder and client for the Bitrix24 VibeCode REST API.
 *
 * @module vibecode-query
 */
export { contacts, companies, deals, leads, entity } from './builder/entities.js'
export type { SearchBuilder, InferRow, Selection } from './builder/search-builder.js'
export type { CompiledSearch } from './compile/compile-search.js'
export type { SearchBody, WireFilter, WireValue } from './compile/search-body.js'
export type { Operator } from './ast/operator.js'
export type { Direction } from './ast/search-node.js'
export type { Condition, ConditionBuilder } from './filter/condition-builder.js'
export type { FilterableField, OperandFor, OperatorFor, OrderableField, ValueFor } from './filter/operand.js'
export type { Contact } from './schema/contact.js'
export type { Company } from './schema/company.js'
export type { Deal } from './schema/deal.js'
export type { Lead } from './schema/lead.js'
export type { DateOperand, FieldKind, IsoDateTime, Multifield, MultifieldValue } from './schema/field-types.js'
export type { Simplify } from './util/type-utils.js'
export { VibeCodeError, isVibeCodeError } from './errors/vibecode-error.js'
export { QueryError, isQueryError } from './errors/query-error.js'
