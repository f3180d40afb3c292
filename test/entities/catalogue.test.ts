// The built-in entity types agree with the docs' catalogue (test/fixtures/entities): each schema file under
// src/schema/ is parsed with the TypeScript compiler, and its row's fields (names, kinds, fixed values), its
// read-only, required and unfilterable fields, its operations, relations and aggregate fields are compared
// with the catalogue's. Adding, dropping or renaming a field on either side fails here.
import { readdirSync, readFileSync } from 'node:fs'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

interface CatalogueField {
  readonly name: string
  readonly type: string
  readonly readOnly: boolean
  readonly multiple: boolean
  readonly required: boolean
  readonly values?: readonly (string | number)[]
  readonly accepts?: string
}

interface CatalogueEntity {
  readonly name: string
  readonly path: string
  readonly operations: readonly string[]
  readonly fields: readonly CatalogueField[]
  readonly include: readonly { name: string; kind: 'one' | 'many' | 'unknown'; key: string | null; target: string }[]
  readonly aggregatable?: readonly string[]
  readonly groupable?: readonly string[]
  readonly notFilterable: readonly { name: string }[]
}

/** Each catalogue entity: its schema file (src/schema/), row interface, value and module (src/entities/). */
const ENTITIES = {
  contacts: { file: 'contact', row: 'Contact', value: 'contacts', module: 'contacts' },
  companies: { file: 'company', row: 'Company', value: 'companies', module: 'companies' },
  deals: { file: 'deal', row: 'Deal', value: 'deals', module: 'deals' },
  leads: { file: 'lead', row: 'Lead', value: 'leads', module: 'leads' },
  quotes: { file: 'quote', row: 'Quote', value: 'quotes', module: 'quotes' },
  invoices: { file: 'invoice', row: 'Invoice', value: 'invoices', module: 'invoices' },
  activities: { file: 'activity', row: 'Activity', value: 'activities', module: 'activities' },
  items: { file: 'item', row: 'Item', value: 'items', module: 'items' },
  tasks: { file: 'task', row: 'Task', value: 'tasks', module: 'tasks' },
  users: { file: 'user', row: 'User', value: 'users', module: 'users' },
  statuses: { file: 'status', row: 'Status', value: 'statuses', module: 'statuses' },
  'deal-categories': { file: 'deal-category', row: 'DealCategory', value: 'dealCategories', module: 'deal-categories' },
  currencies: { file: 'currency', row: 'Currency', value: 'currencies', module: 'currencies' },
  departments: { file: 'department', row: 'Department', value: 'departments', module: 'departments' },
  workgroups: { file: 'workgroup', row: 'Workgroup', value: 'workgroups', module: 'workgroups' },
} as const

/** The operations of `EntityOperation`; the catalogue's others (`products`) are not typed. */
const TYPED_OPERATIONS = new Set(['list', 'get', 'create', 'update', 'delete', 'fields', 'search', 'aggregate'])

/**
 * Fields typed with literal values the catalogue does not fix, and why. Deals' `closed`: the docs show
 * only `"N"` (25408); Bitrix24 writes `Y` or `N`.
 */
const LITERALS_WITHOUT_VALUES: Record<string, readonly (string | number)[]> = { 'Deal.closed': ['N', 'Y'] }

const root = new URL('../../', import.meta.url)
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8')
const catalogue = (name: string): CatalogueEntity =>
  JSON.parse(read(`test/fixtures/entities/${name}.json`)) as CatalogueEntity

/** A row field as the schema file types it: the kinds of its non-null members and its literal values. */
interface TypedField {
  readonly kinds: string[]
  readonly literals: (string | number)[]
}

/** What a schema file says: the row's fields, and each member of the schema interface as parsed. */
interface ParsedSchema {
  readonly fields: Map<string, TypedField>
  readonly lists: Map<string, string[]>
  readonly relations: Map<string, { row: string; kind: string; key: string }>
}

const sorted = (names: Iterable<string>): string[] => [...names].sort()

/** The string literals of a union (`'a' | 'b'`), or none for `never`. */
function literalNames(node: ts.TypeNode, where: string): string[] {
  if (node.kind === ts.SyntaxKind.NeverKeyword) return []
  const members = ts.isUnionTypeNode(node) ? node.types : [node]
  return members.map((member) => {
    if (ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal)) return member.literal.text
    throw new Error(`${where}: not a union of string literals or never: ${member.getText()}`)
  })
}

/** The kind of one member of a field's type: `number`, `string`, `datetime`, `boolean`, `number[]`, … */
function kindOf(node: ts.TypeNode): { kind: string; literal?: string | number } {
  if (node.kind === ts.SyntaxKind.NumberKeyword) return { kind: 'number' }
  if (node.kind === ts.SyntaxKind.StringKeyword) return { kind: 'string' }
  if (node.kind === ts.SyntaxKind.BooleanKeyword) return { kind: 'boolean' }
  if (node.kind === ts.SyntaxKind.UnknownKeyword) return { kind: 'unknown' }
  if (ts.isLiteralTypeNode(node)) {
    if (ts.isNumericLiteral(node.literal)) return { kind: 'number', literal: Number(node.literal.text) }
    if (ts.isStringLiteral(node.literal)) return { kind: 'string', literal: node.literal.text }
  }
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
    if (node.typeName.text === 'IsoDateTime') return { kind: 'datetime' }
    if (node.typeName.text === 'Multifield') return { kind: 'multifield' }
  }
  if (ts.isArrayTypeNode(node)) return { kind: `${kindOf(node.elementType).kind}[]` }
  throw new Error(`a field type the test does not know: ${node.getText()}`)
}

function parseSchema(file: string, rowName: string): ParsedSchema {
  const source = ts.createSourceFile(file, read(`src/schema/${file}.ts`), ts.ScriptTarget.Latest, true)
  const interfaces = new Map(source.statements.filter(ts.isInterfaceDeclaration).map((i) => [i.name.text, i]))
  const row = interfaces.get(rowName)
  const schema = interfaces.get(`${rowName}Schema`)
  if (!row || !schema) throw new Error(`src/schema/${file}.ts: no ${rowName} or ${rowName}Schema`)

  const fields = new Map<string, TypedField>()
  for (const member of row.members) {
    if (!ts.isPropertySignature(member) || !member.type) throw new Error(`${rowName}: ${member.getText()}`)
    const members = ts.isUnionTypeNode(member.type) ? member.type.types : [member.type]
    const typed = members.filter((m) => !(ts.isLiteralTypeNode(m) && m.literal.kind === ts.SyntaxKind.NullKeyword))
    const kinds = typed.map(kindOf)
    fields.set(member.name.getText(), {
      kinds: [...new Set(kinds.map((k) => k.kind))],
      literals: kinds.flatMap((k) => (k.literal === undefined ? [] : [k.literal])),
    })
  }

  const lists = new Map<string, string[]>()
  const relations = new Map<string, { row: string; kind: string; key: string }>()
  for (const member of schema.members) {
    if (!ts.isPropertySignature(member) || !member.type) throw new Error(`${rowName}Schema: ${member.getText()}`)
    const name = member.name.getText()
    if (name === 'row') {
      expect(member.type.getText(), `${rowName}Schema.row`).toBe(rowName)
    } else if (name === 'relations') {
      if (!ts.isTypeLiteralNode(member.type)) throw new Error(`${rowName}Schema.relations: not a type literal`)
      for (const relation of member.type.members) {
        const type = ts.isPropertySignature(relation) ? relation.type : undefined
        const isRelation = type && ts.isTypeReferenceNode(type) && type.typeName.getText() === 'Relation'
        if (!isRelation || type.typeArguments?.length !== 3) {
          throw new Error(`${rowName}Schema.relations: not a Relation<Row, Kind, Key>: ${relation.getText()}`)
        }
        const [target, kind, key] = type.typeArguments.map((argument) => argument.getText().replace(/^'|'$/g, ''))
        relations.set(relation.name!.getText(), { row: target!, kind: kind!, key: key! })
      }
    } else {
      lists.set(name, literalNames(member.type, `${rowName}Schema.${name}`))
    }
  }
  return { fields, lists, relations }
}

/** The kinds a catalogue type may be written as, for a field without fixed values. */
function kindsFor(field: CatalogueField): string[][] {
  switch (field.type) {
    case 'number':
    case 'number/null':
      return [['number']]
    case 'string':
      return field.accepts ? [['multifield']] : [['string']]
    case 'datetime':
      return [['datetime']]
    case 'boolean':
      return [['boolean']]
    case 'number[]':
      return [['number[]']]
    // The table says `array` without the items' type: numbers where an answer shows them, phones and
    // emails where the entity takes them, or items of an unknown type.
    case 'array':
      return field.accepts ? [['multifield']] : [['number[]'], ['unknown[]']]
    case 'unknown':
      return [['unknown']]
    default:
      throw new Error(`a catalogue type the test does not know: ${field.type}`)
  }
}

describe('the built-in entity types agree with the catalogue', () => {
  it('covers every entity of the catalogue', () => {
    const files = readdirSync(new URL('test/fixtures/entities/', root)).filter((f) => f.endsWith('.json'))
    expect(sorted(Object.keys(ENTITIES))).toEqual(sorted(files.map((f) => f.replace(/\.json$/, ''))))
  })

  for (const [name, { file, row, value, module }] of Object.entries(ENTITIES)) {
    describe(name, () => {
      const entity = catalogue(name)
      const schema = parseSchema(file, row)

      it('has exactly the catalogue fields, each of the catalogue type', () => {
        expect(sorted(schema.fields.keys())).toEqual(sorted(entity.fields.map((f) => f.name)))
        for (const field of entity.fields) {
          const typed = schema.fields.get(field.name)!
          const where = `${row}.${field.name}`
          if (field.values) {
            expect(typed.literals.slice().sort(), where).toEqual(field.values.slice().sort())
            expect(typed.kinds, where).toEqual([typeof field.values[0]])
          } else if (where in LITERALS_WITHOUT_VALUES) {
            expect(typed.literals.slice().sort(), where).toEqual(LITERALS_WITHOUT_VALUES[where])
            expect(kindsFor(field), where).toContainEqual(typed.kinds)
          } else {
            expect(typed.literals, where).toEqual([])
            expect(kindsFor(field), `${where}: ${typed.kinds.join(' | ')}`).toContainEqual(typed.kinds)
          }
        }
      })

      it('marks the catalogue read-only, required and unfilterable fields as such', () => {
        const names = (keep: (f: CatalogueField) => boolean) => sorted(entity.fields.filter(keep).map((f) => f.name))
        expect(sorted(schema.lists.get('readOnly')!)).toEqual(names((f) => f.readOnly))
        expect(sorted(schema.lists.get('required')!)).toEqual(names((f) => f.required))
        // Refused in filters: what the docs say the service ignores, and the lists of ids (number[]):
        // the docs show no filter on them and the emulator refuses one. (A portal's multiple custom
        // fields, typed as arrays too, do filter: the row types mark only the built-in lists.)
        const idLists = entity.fields.filter((f) => f.multiple && schema.fields.get(f.name)?.kinds.includes('number[]'))
        const refused = [...entity.notFilterable, ...idLists].map((f) => f.name)
        expect(sorted(schema.lists.get('unfilterable')!)).toEqual(sorted(refused))
      })

      it('lists the catalogue operations, relations and aggregate fields', () => {
        const operations = entity.operations.filter((o) => TYPED_OPERATIONS.has(o))
        expect(sorted(schema.lists.get('operations')!)).toEqual(sorted(operations))
        expect(sorted(schema.lists.get('aggregatable')!)).toEqual(sorted(entity.aggregatable ?? []))
        expect(sorted(schema.lists.get('groupable')!)).toEqual(sorted(entity.groupable ?? []))
        // Relations whose shape the docs leave unknown are left out of the types.
        const known = entity.include.filter((i) => i.kind !== 'unknown')
        expect(sorted(schema.relations.keys())).toEqual(sorted(known.map((i) => i.name)))
        for (const include of known) {
          const target = ENTITIES[include.target as keyof typeof ENTITIES]
          expect(schema.relations.get(include.name), `${name} include ${include.name}`).toEqual({
            row: target.row,
            kind: include.kind,
            key: include.key,
          })
        }
      })

      it('is defined on the catalogue path and exported with its types', () => {
        const index = read('src/index.ts')
        expect(index).toContain(`export { ${value} } from './entities/${module}.js'`)
        expect(index).toContain(`export type { ${row}, ${row}Schema } from './schema/${file}.js'`)
        if (name === 'items') return // items(entityTypeId) builds its path: test/entities/entities.test.ts
        const path = entity.path.replace(/^\/v1\//, '')
        const source = read(`src/entities/${module}.ts`).replace(/\s+/g, ' ').replace(/\( /g, '(')
        expect(source).toContain(`export const ${value}: Entity<${row}Schema> = defineEntity<${row}Schema>('${path}', `)
      })
    })
  }
})
