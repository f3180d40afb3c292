// What the generated module calls each entity, and which built-in entity of the library it builds on.
import * as library from '../index.js'

/**
 * The built-in entities of the library (DESIGN §1), by path, with their export and type names.
 * Without `--entities`, `generate` reads every one of them but `items`, which needs a smart
 * process's id (`--entities items/128`).
 */
const builtIns: readonly (readonly [path: string, exportName: string, typeName: string])[] = [
  ['activities', 'activities', 'Activity'],
  ['companies', 'companies', 'Company'],
  ['contacts', 'contacts', 'Contact'],
  ['currencies', 'currencies', 'Currency'],
  ['deal-categories', 'dealCategories', 'DealCategory'],
  ['deals', 'deals', 'Deal'],
  ['departments', 'departments', 'Department'],
  ['invoices', 'invoices', 'Invoice'],
  ['items', 'items', 'Item'],
  ['leads', 'leads', 'Lead'],
  ['quotes', 'quotes', 'Quote'],
  ['statuses', 'statuses', 'Status'],
  ['tasks', 'tasks', 'Task'],
  ['users', 'users', 'User'],
  ['workgroups', 'workgroups', 'Workgroup'],
]

/** The paths `generate` reads when no `--entities` are given. */
export const defaultEntities: readonly string[] = builtIns.map(([path]) => path).filter((path) => path !== 'items')

/**
 * How the generated module names one entity.
 */
export interface EntityNames {
  /** The path after `/v1/`, e.g. `deals` or `items/128`. */
  readonly path: string
  /** The exported entity, e.g. `deals` or `items128`. */
  readonly exportName: string
  /** The row interface, e.g. `Deal` or `Item128`; the schema is this name plus `Schema`. */
  readonly typeName: string
  /**
   * The library's own row type this entity builds on (`Deal`, `Item`), when the library has the
   * entity built in: its documented field types and its schema's rules (operations, relations,
   * aggregates) carry over. The library exports a built-in entity's factory and its `…Schema` type
   * together, so the factory's presence at run time says the type is there to import.
   */
  readonly builtIn: string | undefined
  /**
   * The operations of the built-in entity that give it members (`fields`, `get`, …), read from the
   * built-in value itself, so the generated entity has the same members; `undefined` without a
   * built-in (the generated entity then takes `everyOperation`).
   */
  readonly operations: readonly string[] | undefined
}

// The operations whose members the library's own entity value has, in `everyOperation`'s order.
function operationsOf(value: unknown): string[] {
  const entity = value as Readonly<Record<string, unknown>>
  return library.everyOperation.filter(
    (operation) => Object.hasOwn(entity, operation) && typeof entity[operation] === 'function',
  )
}

const pascal = (words: readonly string[]): string =>
  words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('')

// A plural path segment's singular, for type names: `bank-details` → `bank-detail`, `addresses` → `address`.
function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (/(?:ss|x|ch|sh|us)es$/.test(word)) return word.slice(0, -2)
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

/**
 * The names of one entity path (validated by the caller): a built-in's own names, or names made
 * from the path (`calendar-events` → `calendarEvents`, `CalendarEvent`).
 *
 * @param path - e.g. `deals`, `items/128`, `calendar-events`.
 * @returns The names.
 */
export function entityNames(path: string): EntityNames {
  const item = /^items\/(\d+)$/.exec(path)
  const base = item ? 'items' : path
  const known = builtIns.find(([name]) => name === base)
  const words = base.split('-')
  const exportName = known?.[1] ?? words[0] + pascal(words.slice(1))
  const typeName = known?.[2] ?? pascal(words.slice(0, -1).concat(singular(words.at(-1) ?? base)))
  const suffix = item ? item[1] : ''
  const names = { path, exportName: exportName + suffix, typeName: typeName + suffix }
  const value = known && (library as Readonly<Record<string, unknown>>)[known[1]]
  if (!known || typeof value !== 'function') return { ...names, builtIn: undefined, operations: undefined }
  // `items` is a factory of entities: its members are those of one smart process's entity.
  const operations = operationsOf(item ? (value as (entityTypeId: number) => unknown)(Number(item[1])) : value)
  return { ...names, builtIn: known[2], operations }
}
