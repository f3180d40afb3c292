/**
 * `vibecode-query/testing`: a local VibeCode service for tests and demos.
 *
 * It interprets the wire JSON with its own filter evaluator, independent of the query builder's
 * compiler, so a compile bug cannot hide behind it. Start with {@link createEmulator}; the guides are
 * [Testing your code](../../docs/testing-with-the-emulator.md) (how to) and
 * [The emulator](../../docs/the-emulator.md) (what it serves and its limits).
 *
 * @example
 * ```ts
 * import { createEmulator } from 'vibecode-query/testing'
 * import { createClient } from 'vibecode-query'
 *
 * const emulator = createEmulator()
 * const client = createClient({ apiKey: 'vibe_api_demo', baseUrl: 'http://emulator.local', fetch: emulator.fetch })
 * ```
 * @module vibecode-query/testing
 * @category Testing
 */
export { createEmulator } from './emulator.js'
export type { Emulator, EmulatorOptions } from './emulator.js'
export type { EmulatorFetch } from './fetch-handler.js'
export type { CustomField, CustomFieldType } from './entity-fields.js'
export type { ErrorLoopOptions } from './error-loop.js'
export { DEMO_API_KEY } from './auth.js'
export { DEMO_KEY_SCOPES } from './entity-registry.js'
export type { EmulatorKey } from './auth.js'
export type { RateLimitOptions } from './rate-limit.js'
export type { FailOptions, FaultTarget, RequestMatch } from './faults.js'
export type { LoggedRequest } from './request-log.js'
export type { EmulatorServer, ListenOptions } from './http-server.js'
export { DEFAULT_SEED_COUNTS, generateSeedData } from './seed.js'
export type { CountedEntity, SeedCounts } from './seed.js'
export type { RowId } from './store.js'
export type { EmulatorFieldDescriptor, EmulatorRow, EnumerationItem } from './types.js'
export { DEFAULT_LIMIT, MAX_LIMIT } from './search-plan.js'
export { MAX_BATCH_CALLS } from './batch.js'
export { AGGREGATE_ROW_LIMIT } from './aggregate.js'
export { MAX_NESTING } from './params.js'
