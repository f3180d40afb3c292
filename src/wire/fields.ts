// The answer of GET /v1/{entity}/fields, in each variant the docs show: descriptors under
// `data.fields` (CRM entities) or directly under `data` (items, currencies); `isReadOnly` or
// `readonly`; `title` or `label`; enumerations with `items`; `data.include` listing relations.
import { ResponseError } from '../errors/response-error.js'
import type { Answer } from './read-answer.js'
import { isJsonObject } from './json.js'

/**
 * One field as `GET /v1/{entity}/fields` describes it, its variants read into one shape.
 *
 * @example
 * ```ts
 * const field: FieldDescriptor = { type: 'enumeration', isRequired: false, isReadOnly: false, isMultiple: false, title: 'Region', items: [{ id: '45', value: 'EU' }] }
 * ```
 * @category Operations
 */
export interface FieldDescriptor {
  /** The service's type name: `string`, `integer`, `double`, `datetime`, `enumeration`, `crm_status`, … */
  readonly type: string
  /** Whether create requires it. */
  readonly isRequired: boolean
  /** Whether the service computes it (writes refuse it). */
  readonly isReadOnly: boolean
  /** A multiple (array) field, when the descriptor says so (`isMultiple`). */
  readonly isMultiple: boolean
  /** The field's caption in the portal's language (`title` or `label`), when given. */
  readonly title: string | undefined
  /** The values of an enumeration: each item's id (what is stored) and caption. */
  readonly items: readonly EnumerationItem[] | undefined
}

/**
 * One value of an enumeration field.
 *
 * @example
 * ```ts
 * const item: EnumerationItem = { id: '45', value: 'EU' }
 * ```
 * @category Operations
 */
export interface EnumerationItem {
  /** What the field stores. */
  readonly id: string
  /** The caption shown in the portal. */
  readonly value: string
}

/**
 * What `GET /v1/{entity}/fields` answers: the fields by name, and the relations `include` takes.
 *
 * @example
 * ```ts
 * const { fields, include } = await client.execute(deals.fields())
 * ```
 * @category Operations
 */
export interface EntityFields {
  /** Each field's description, by name. */
  readonly fields: Readonly<Record<string, FieldDescriptor>>
  /** The relations `include` takes. */
  readonly include: readonly string[]
}

const text = (...values: unknown[]): string | undefined =>
  values.find((value): value is string => typeof value === 'string')
const flag = (...values: unknown[]): boolean => values.some((value) => value === true || value === 'Y')

function item(raw: unknown): { id: string; value: string } | undefined {
  if (!isJsonObject(raw)) return undefined
  const id = raw.ID ?? raw.id
  const value = raw.VALUE ?? raw.value
  return id === undefined || value === undefined ? undefined : { id: String(id), value: String(value) }
}

/**
 * Reads the answer of `GET /v1/{entity}/fields`.
 *
 * @internal
 */
export function fieldsOf(answer: Answer): EntityFields {
  const data = answer.data
  const raw = isJsonObject(data) && isJsonObject(data.fields) ? data.fields : data
  if (!isJsonObject(raw))
    throw new ResponseError('with `data` that holds no field descriptors', {
      status: answer.status,
      method: answer.method,
      path: answer.path,
    })
  const fields: Record<string, FieldDescriptor> = {}
  for (const [name, descriptor] of Object.entries(raw)) {
    if (!isJsonObject(descriptor) || typeof descriptor.type !== 'string') continue // e.g. `include` beside flat descriptors
    const items = Array.isArray(descriptor.items)
      ? descriptor.items.map(item).filter((entry) => entry !== undefined)
      : undefined
    fields[name] = {
      type: descriptor.type,
      isRequired: flag(descriptor.isRequired, descriptor.required),
      isReadOnly: flag(descriptor.isReadOnly, descriptor.readonly, descriptor.readOnly),
      isMultiple: flag(descriptor.isMultiple, descriptor.multiple),
      title: text(descriptor.title, descriptor.label),
      items,
    }
  }
  const include =
    isJsonObject(data) && Array.isArray(data.include) ? data.include.filter((name) => typeof name === 'string') : []
  return { fields, include }
}
