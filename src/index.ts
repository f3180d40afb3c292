/**
 * vibecode-query: a typed, immutable query builder and client for the Bitrix24 VibeCode REST API.
 *
 * @module vibecode-query
 * @mergeModuleWith <project>
 */
export { contacts } from './entities/contacts.js'
export { companies } from './entities/companies.js'
export { deals } from './entities/deals.js'
export { leads } from './entities/leads.js'
export { quotes } from './entities/quotes.js'
export { invoices } from './entities/invoices.js'
export { activities } from './entities/activities.js'
export { items } from './entities/items.js'
export { tasks } from './entities/tasks.js'
export { users } from './entities/users.js'
export { statuses } from './entities/statuses.js'
export { dealCategories } from './entities/deal-categories.js'
export { currencies } from './entities/currencies.js'
export { departments } from './entities/departments.js'
export { workgroups } from './entities/workgroups.js'
export { entity } from './entities/entity.js'
export {
  defineEntity,
  everyOperation,
  type Entity,
  type EntityBase,
  type EntityMembers,
  type EntityOptions,
} from './builder/entity.js'
export { fieldNames } from './builder/field-names.js'
export type {
  EntityOperation,
  EntitySchema,
  Included,
  LinkFields,
  RelatedRows,
  Relation,
  SchemaOf,
  WithIncluded,
} from './schema/entity-schema.js'
export type { FieldCheck } from './node/search-node.js'
export type { SearchBuilder, InferRow, Selection } from './builder/search-builder.js'
export type { SearchBody, WireFilter, WireValue } from './wire/search-body.js'
export type { BatchCall } from './wire/batch-body.js'
export type { Operator } from './node/operator.js'
export type { Direction } from './node/search-node.js'
export type { Condition, ConditionBuilder } from './filter/condition-builder.js'
export type {
  ConditionArgs,
  FilterableField,
  OperandFor,
  OperatorFor,
  OrderableField,
  ValueFor,
} from './filter/operand.js'
export type { Contact, ContactSchema } from './schema/contact.js'
export type { Company, CompanySchema } from './schema/company.js'
export type { Deal, DealSchema } from './schema/deal.js'
export type { Lead, LeadSchema } from './schema/lead.js'
export type { Quote, QuoteSchema } from './schema/quote.js'
export type { Invoice, InvoiceSchema } from './schema/invoice.js'
export type { Activity, ActivitySchema } from './schema/activity.js'
export type { Item, ItemSchema } from './schema/item.js'
export type { Task, TaskSchema } from './schema/task.js'
export type { User, UserSchema } from './schema/user.js'
export type { Status, StatusSchema } from './schema/status.js'
export type { DealCategory, DealCategorySchema } from './schema/deal-category.js'
export type { Currency, CurrencySchema } from './schema/currency.js'
export type { Department, DepartmentSchema } from './schema/department.js'
export type { Workgroup, WorkgroupSchema } from './schema/workgroup.js'
export type {
  DateOperand,
  FieldKind,
  IsoDate,
  IsoDateString,
  IsoDateTime,
  Multifield,
  MultifieldValue,
} from './schema/field-types.js'
export type { Simplify } from './util/type-utils.js'
export type {
  Answer,
  BatchableOperation,
  CompiledPlan,
  CompiledRequest,
  HttpMethod,
  InferResult,
  Operation,
  PartOutcome,
  UnbatchableOperation,
} from './operations/operation.js'
export type { CountOperation } from './operations/count.js'
export type { FieldsOperation } from './operations/fields.js'
export type { GetOperation } from './operations/get.js'
export type { CreatedRecord, CreateOperation } from './operations/create.js'
export type { UpdateOperation } from './operations/update.js'
export type { DeleteOperation } from './operations/delete.js'
export type { BulkOperation, BulkResult } from './operations/bulk.js'
export type { CreateInput, UpdateInput, WritableField, WriteValue } from './schema/write-input.js'
export type {
  AggregateGroup,
  AggregateOperation,
  AggregateOptions,
  AggregateResult,
  Aggregates,
  AggregateSpec,
  GroupableField,
  GroupedResult,
  NumericField,
} from './operations/aggregate.js'
export type { AggregateFunction } from './wire/aggregate.js'
export { TruncatedError, isTruncatedError } from './errors/truncated-error.js'
export { isNotFound } from './wire/read-answer.js'
export type { EntityFields, EnumerationItem, FieldDescriptor } from './wire/fields.js'
export type { BatchOutcome } from './operations/batch.js'
export { VibeCodeError, isVibeCodeError } from './errors/vibecode-error.js'
export { QueryError, isQueryError } from './errors/query-error.js'
export { createClient } from './client/create-client.js'
export type { AnyQuery, Client } from './client/client.js'
export type { ClientOptions, ExecuteOptions } from './core/client-options.js'
export type { FetchLike, ReadableStreamLike, ResponseLike } from './core/transport.js'
export type { RetryOptions } from './core/retry.js'
export type { RateLimitOptions } from './core/rate-limiter.js'
export type { AfterResponseState, BeforeRetryState, ErrorState, Hook, Hooks, RequestState } from './core/hooks.js'
export { stream } from './paging/stream.js'
export { pages } from './paging/pages.js'
export type { PagingMode, PagingOptions, PagingProgress } from './paging/paging-options.js'
export { batch } from './batch/batch.js'
export { batchSettled, type BatchCalls } from './batch/batch-settled.js'
export { ApiError, isApiError } from './errors/api-error.js'
export type { ApiErrorDetail } from './errors/api-error.js'
export type { ApiErrorCode, DocumentedErrorCode } from './errors/api-error-code.js'
export { RateLimitError, isRateLimitError } from './errors/rate-limit-error.js'
export { NetworkError, isNetworkError } from './errors/network-error.js'
export { TimeoutError, isTimeoutError } from './errors/timeout-error.js'
export { ResponseError, isResponseError } from './errors/response-error.js'
export { NoResultError, isNoResultError } from './errors/no-result-error.js'
export { BatchError, isBatchError } from './errors/batch-error.js'
