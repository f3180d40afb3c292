/**
 * Smart-process items: the emulator holds the items of type `N` as the entity `items/N`, served at
 * `/v1/items/N/…` and by batch calls `{ entity: "items", params: { entityTypeId: N } }`.
 *
 * The docs reserve the types with a dedicated entity — 1 leads, 2 deals, 3 contacts, 4 companies,
 * 7 quotes, 31 invoices (line 529) — and answer them with a different code per place: the batch
 * `USE_DEDICATED_ENTITY` (2372), the aggregate route `INVALID_DYNAMIC_PARAM` (29693), the other item
 * routes `RESERVED_ENTITY_TYPE` (30168). A type that is not a positive integer answers
 * `INVALID_DYNAMIC_PARAM` (2371).
 *
 * @module
 */
import { fail, type ErrorCode } from './error-codes.js'

const DEDICATED: Readonly<Record<string, string>> = {
  1: 'leads',
  2: 'deals',
  3: 'contacts',
  4: 'companies',
  7: 'quotes',
  31: 'invoices',
}

/**
 * Reads a smart-process type into its entity name.
 *
 * @param raw - the `entityTypeId` as sent (a path segment, or a batch call's parameter)
 * @param reserved - the code for a type with a dedicated entity
 * @returns `items/<entityTypeId>`
 * @example
 * ```ts
 * smartProcessEntity('1058', 'RESERVED_ENTITY_TYPE') // 'items/1058'
 * ```
 * @category Testing
 */
export function smartProcessEntity(raw: unknown, reserved: ErrorCode): string {
  const text = typeof raw === 'number' ? String(raw) : raw
  if (typeof text !== 'string' || !/^[1-9]\d*$/.test(text)) {
    throw fail('INVALID_DYNAMIC_PARAM', `entityTypeId must be a positive integer, got ${JSON.stringify(raw)}`)
  }
  const dedicated = Object.hasOwn(DEDICATED, text) ? DEDICATED[text] : undefined
  if (dedicated !== undefined) throw fail(reserved, `entityTypeId ${text} has a dedicated API: use ${dedicated}`)
  return `items/${text}`
}
