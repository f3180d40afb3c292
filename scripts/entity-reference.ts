// Writes docs/entity-reference.md: per built-in entity, each field with its type, the operators
// `where` accepts, and whether `orderBy`, `sum`/`avg`/`min`/`max`, `groupBy`, `create` and `update`
// take it. Nothing in the page is typed by hand: the entities' paths and members are read from the
// package at run time, every column from the compiler (the library's own FilterableField,
// OperatorFor, OrderableField, NumericField, GroupableField, CreateInput and UpdateInput applied to
// each entity's schema), the descriptions from the row interfaces' doc comments, and the scopes and
// the relations the docs name without a shape from the catalogue (test/fixtures/entities/).
//
//   npx tsx scripts/entity-reference.ts          # rewrites docs/entity-reference.md
//   npx tsx scripts/entity-reference.ts --check  # exits 1 when the committed page is out of date
//
// test/docs/entity-reference.test.ts fails when the committed page differs from what this renders.
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'
import * as library from '../src/index.js'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
export const pagePath = join(root, 'docs', 'entity-reference.md')

/** The operators of `where`, in the order the guides list them. */
const OPERATOR_ORDER = ['=', '!=', '>', '>=', '<', '<=', 'in', 'not in', 'contains']

/** One field of an entity, as the types make it. */
interface FieldInfo {
  name: string
  /** The row interface's declared type, e.g. `2 | 3 | 4 | 5 | 6 | null`. */
  type: string
  /** The literal values its type allows (the codes the docs fix), without `null`. */
  values: (string | number)[]
  /** Operators `where` accepts; empty when `where` refuses the field. */
  operators: string[]
  /** `where` refuses it because the service ignores it in filters (the schema's `unfilterable`). */
  ignored: boolean
  orderable: boolean
  numeric: boolean
  groupable: boolean
  /** `required`: create requires it; `create`: create takes it; `update`: update takes it. */
  create: 'required' | 'optional' | 'no'
  update: boolean
  description: string
}

interface RelationInfo {
  name: string
  kind: string
  key: string
  row: string
}

interface EntityInfo {
  /** The export, e.g. `deals`, `dealCategories`. */
  value: string
  /** The schema interface, e.g. `DealSchema`. */
  schema: string
  /** The row interface, e.g. `Deal`. */
  row: string
  /** The path segment after /v1/, e.g. `deals`; `items/{entityTypeId}` for smart processes. */
  path: string
  /** The members the entity has at run time, besides the search itself. */
  members: string[]
  relations: RelationInfo[]
  fields: FieldInfo[]
}

interface CatalogueEntity {
  readonly name: string
  readonly scope: string
  readonly fields: readonly { name: string; values?: readonly (string | number)[] }[]
  readonly include?: readonly { name: string; kind: string; kindInferred?: string }[]
}

/** The entity values the package exports: built-in entities are objects with an `entity` path; `items` makes one. */
function runtimeEntities(): { value: string; path: string; members: string[] }[] {
  const found: { value: string; path: string; members: string[] }[] = []
  for (const [name, value] of Object.entries(library)) {
    if (typeof value !== 'function') continue
    let instance: unknown = value
    let path: string
    if ('entity' in value && typeof value.entity === 'string') path = value.entity
    else if (name === 'items') {
      instance = (value as (id: number) => unknown)(128)
      path = 'items/{entityTypeId}'
    } else continue
    const members = Object.keys(instance as object).filter((key) => key !== 'entity' && key !== 'withFields')
    found.push({ value: name, path, members })
  }
  return found
}

function compilerOptions(): ts.CompilerOptions {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'))
      },
    },
  )
  if (!config) throw new Error('cannot read tsconfig.json')
  // The library's own types need neither @types/node nor the DOM: without them each pass parses less.
  return { ...config.options, noEmit: true, types: [], lib: ['lib.es2022.d.ts'] }
}

/** The string and number literals of a type (a union's members), `null`, `undefined` and booleans left out. */
function literals(type: ts.Type): (string | number)[] {
  const members = type.isUnion() ? type.types : [type]
  return members.flatMap((t) => (t.isStringLiteral() || t.isNumberLiteral() ? [t.value] : []))
}

/** The literals a declared type lists, in its order (`2 | 3 | 4 | 5 | 6 | null` → 2, 3, 4, 5, 6). */
function declaredLiterals(node: ts.TypeNode): (string | number)[] {
  const members = ts.isUnionTypeNode(node) ? node.types : [node]
  return members.flatMap((m): (string | number)[] => {
    if (!ts.isLiteralTypeNode(m)) return []
    if (ts.isNumericLiteral(m.literal)) return [Number(m.literal.text)]
    if (ts.isStringLiteral(m.literal)) return [m.literal.text]
    return []
  })
}

/** The doc comment of a declaration as one line of markdown. */
function docOf(symbol: ts.Symbol, checker: ts.TypeChecker): string {
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim()
  return text
}

/** Reads every built-in entity's fields from the compiler. */
export function collectEntities(): EntityInfo[] {
  const options = compilerOptions()
  const index = join(root, 'src', 'index.ts')
  const entities = runtimeEntities()

  // First pass: each entity export's schema, from its declared type `Entity<XSchema>`.
  const host = ts.createCompilerHost(options)
  const first = ts.createProgram({ rootNames: [index], options, host })
  const checker0 = first.getTypeChecker()
  const indexFile = first.getSourceFile(index)!
  const exports = new Map(checker0.getExportsOfModule(checker0.getSymbolAtLocation(indexFile)!).map((s) => [s.name, s]))
  const schemaOf = (value: string): string => {
    const symbol = checker0.getAliasedSymbol(exports.get(value)!)
    let type = checker0.getTypeOfSymbol(symbol)
    const signature = type.getCallSignatures()[0]
    if (signature && !type.aliasSymbol) type = signature.getReturnType()
    if (type.aliasSymbol?.name !== 'Entity' || !type.aliasTypeArguments?.[0])
      throw new Error(`${value}: not an Entity<…>`)
    return type.aliasTypeArguments[0].aliasSymbol?.name ?? type.aliasTypeArguments[0].symbol.name
  }
  const order = [...exports.keys()]
  const schemas = entities
    .map((e) => ({ ...e, schema: schemaOf(e.value) }))
    .sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value))

  // Second pass: a module that applies the library's own field types to each schema.
  const virtualPath = join(root, 'scripts', '__entity-reference__.ts')
  const lines = [
    `import type { ${[...new Set(schemas.map((s) => s.schema))].join(', ')}, FilterableField, OperatorFor, OrderableField, NumericField, GroupableField, CreateInput, UpdateInput } from '../src/index.js'`,
  ]
  schemas.forEach(({ schema }, i) => {
    const row = `${schema}['row']`
    lines.push(
      `export type E${i}_filterable = FilterableField<${row}, ${schema}['unfilterable']>`,
      `export type E${i}_filterableKinds = FilterableField<${row}>`,
      `export type E${i}_orderable = OrderableField<${row}>`,
      `export type E${i}_numeric = NumericField<${row}, ${schema}>`,
      `export type E${i}_groupable = GroupableField<${row}, ${schema}>`,
      `export type E${i}_create = CreateInput<${schema}, ${row}>`,
      `export type E${i}_update = UpdateInput<${schema}, ${row}>`,
      `export type E${i}_row = ${row}`,
      `export type E${i}_relations = ${schema}['relations']`,
      `export type E${i}_ops<K extends keyof ${row}> = OperatorFor<${row}[K]>`,
    )
  })
  const fieldLines: string[] = []
  const virtualText = () => `${lines.join('\n')}\n${fieldLines.join('\n')}\n`

  // The fields' names come from the row type; their operator aliases are added in a third pass.
  const programWith = () => {
    const text = virtualText()
    const h = ts.createCompilerHost(options)
    const { getSourceFile, fileExists, readFile } = h
    h.fileExists = (p) => p === virtualPath || fileExists.call(h, p)
    h.readFile = (p) => (p === virtualPath ? text : readFile.call(h, p))
    h.getSourceFile = (p, v, onError, create) =>
      p === virtualPath ? ts.createSourceFile(p, text, v, true) : getSourceFile.call(h, p, v, onError, create)
    const program = ts.createProgram({ rootNames: [virtualPath], options, host: h })
    const problems = ts.getPreEmitDiagnostics(program, program.getSourceFile(virtualPath))
    if (problems.length)
      throw new Error(problems.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'))
    const checker = program.getTypeChecker()
    const file = program.getSourceFile(virtualPath)!
    const aliases = new Map(
      file.statements
        .filter(ts.isTypeAliasDeclaration)
        .map((d) => [d.name.text, checker.getTypeAtLocation(d.name)] as const),
    )
    return { checker, aliases }
  }

  let { checker, aliases } = programWith()
  const rowFields = schemas.map((_, i) => checker.getPropertiesOfType(aliases.get(`E${i}_row`)!))
  rowFields.forEach((props, i) => {
    for (const prop of props) fieldLines.push(`export type E${i}_op_${prop.name} = E${i}_ops<'${prop.name}'>`)
  })
  ;({ checker, aliases } = programWith())

  return schemas.map((entity, i) => {
    const get = (suffix: string) => aliases.get(`E${i}_${suffix}`)!
    const names = (suffix: string) => new Set(literals(get(suffix)).map(String))
    const filterable = names('filterable')
    const filterableKinds = names('filterableKinds')
    const orderable = names('orderable')
    const numeric = names('numeric')
    const groupable = names('groupable')
    const createProps = new Map(checker.getPropertiesOfType(get('create')).map((p) => [p.name, p] as const))
    const updateProps = new Set(checker.getPropertiesOfType(get('update')).map((p) => p.name))
    const rowType = get('row')
    const fields = checker.getPropertiesOfType(rowType).map((prop): FieldInfo => {
      const declaration = prop.valueDeclaration
      if (!declaration || !ts.isPropertySignature(declaration) || !declaration.type)
        throw new Error(`${entity.schema}: ${prop.name}`)
      const created = createProps.get(prop.name)
      return {
        name: prop.name,
        type: declaration.type.getText(),
        values: declaredLiterals(declaration.type),
        operators: filterable.has(prop.name)
          ? literals(get(`op_${prop.name}`))
              .map(String)
              .sort((a, b) => OPERATOR_ORDER.indexOf(a) - OPERATOR_ORDER.indexOf(b))
          : [],
        ignored: filterableKinds.has(prop.name) && !filterable.has(prop.name),
        orderable: orderable.has(prop.name),
        numeric: numeric.has(prop.name),
        groupable: groupable.has(prop.name),
        create: !created ? 'no' : created.flags & ts.SymbolFlags.Optional ? 'optional' : 'required',
        update: updateProps.has(prop.name),
        description: docOf(prop, checker),
      }
    })
    const relations = checker.getPropertiesOfType(get('relations')).map((rel): RelationInfo => {
      const type = checker.getTypeOfSymbol(rel)
      const member = (name: string) => checker.getTypeOfSymbol(checker.getPropertyOfType(type, name)!)
      return {
        name: rel.name,
        kind: String(literals(member('kind'))[0]),
        key: String(literals(member('key'))[0]),
        row: member('row').symbol?.name ?? checker.typeToString(member('row')),
      }
    })
    const rowName = rowType.symbol?.name ?? checker.typeToString(rowType)
    return {
      value: entity.value,
      schema: entity.schema,
      row: rowName,
      path: entity.path,
      members: entity.members,
      relations,
      fields,
    }
  })
}

/** A table cell: pipes escaped, so that `a | b` stays in its cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|')
const code = (text: string) => `\`${text}\``
const yes = '✓'
const no = '—'

/** The catalogue entry of an entity path (`items/{entityTypeId}` → `items`). */
function catalogue(path: string): CatalogueEntity {
  const name = path.split('/')[0]!
  return JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'entities', `${name}.json`), 'utf8')) as CatalogueEntity
}

function writeCell(field: FieldInfo): string {
  if (field.create === 'no' && !field.update) return 'read-only'
  const parts = [
    field.create === 'required' ? 'create (required)' : field.create === 'optional' ? 'create' : '',
    field.update ? 'update' : '',
  ]
  return parts.filter(Boolean).join(', ')
}

function entitySection(entity: EntityInfo): string {
  const fixture = catalogue(entity.path)
  const out: string[] = []
  out.push(`## ${entity.value}`, '')
  const relations = entity.relations.length
    ? entity.relations
        .map((r) => `${code(r.name)} (${r.kind === 'many' ? `many, under ${code(r.key)}` : 'one'}: {@link ${r.row}})`)
        .join(', ')
    : 'none'
  const untyped = (fixture.include ?? []).filter((i) => i.kind === 'unknown').map((i) => code(i.name))
  out.push(
    `{@link ${entity.value}}: ${code(`/v1/${entity.path}`)}, scope ${code(fixture.scope)}; row {@link ${entity.row}}, schema {@link ${entity.schema}}.`,
    `Members besides the search: ${entity.members.map(code).join(', ') || 'none'}.`,
    `Relations for \`include\`: ${relations}.` +
      (untyped.length
        ? ` The docs also list ${untyped.join(' and ')}, whose answer shape they do not show: not typed, so not accepted.`
        : ''),
    '',
  )
  // The wrapper lets the site's stylesheet (docs/assets/site.css) set these tables more tightly.
  out.push('<div class="entity-fields">', '')
  out.push(
    `| Field | Type | \`where\` operators | \`orderBy\` | \`sum\` \`avg\` \`min\` \`max\` | \`groupBy\` | Writes | Description |`,
  )
  out.push('| --- | --- | --- | :---: | :---: | :---: | --- | --- |')
  for (const field of entity.fields) {
    const operators = field.operators.length
      ? field.operators.map(code).join(' ')
      : field.ignored
        ? `${no} (ignored by the service)`
        : no
    const documented = fixture.fields.find((f) => f.name === field.name)?.values
    const shown = field.values.map((v) => code(JSON.stringify(v).replace(/"/g, "'"))).join(', ')
    const values = !field.values.length
      ? ''
      : documented
        ? ` Values (docs): ${shown}.`
        : ` Values (typed; the docs do not fix them): ${shown}.`
    out.push(
      `| ${[
        code(field.name),
        code(field.type),
        operators,
        field.orderable ? yes : no,
        field.numeric ? yes : no,
        field.groupable ? yes : no,
        writeCell(field),
        `${field.description}${values}`.trim(),
      ]
        .map(cell)
        .join(' | ')} |`,
    )
  }
  out.push('', '</div>', '')
  return out.join('\n')
}

/** The page, as committed. */
export function renderEntityReference(entities: EntityInfo[] = collectEntities()): string {
  const header = `---
title: Entity reference
category: Reference
---

# Entity reference

<!-- Generated by scripts/entity-reference.ts from the library's types and the docs' catalogue
     (test/fixtures/entities/). Do not edit: run \`npx tsx scripts/entity-reference.ts\`. -->

Every field of the ${entities.length} built-in entities, and what the query builder and the writes accept for
it. The page is generated from the library itself: each column is what the compiler accepts (a
\`where\` with another operator, an \`orderBy\` or \`groupBy\` marked ${no}, a write to a read-only field
are compile errors), and the descriptions are the row types' doc comments, transcribed from the
VibeCode documentation of 2026-05-05.

- **\`where\` operators** depend on the field's type: numbers and dates take \`=\` \`!=\` \`>\` \`>=\` \`<\` \`<=\`
  \`in\` \`not in\`; text \`=\` \`!=\` \`contains\` \`in\` \`not in\`; yes/no fields \`=\` \`!=\`; phones and e-mails
  \`=\` \`contains\`; lists (\`contactIds\`, \`observers\`) none. *Not derived per field:* the docs give
  their operators for all fields at once, not field by field, so whether the service honours
  \`contains\` or \`in\` on a particular field is not documented. A field "ignored by the service"
  is one the service drops from filters; the builder refuses it rather than lose the condition.
- **\`orderBy\`** is what the builder accepts: every field but lists, phones and e-mails. *Not
  derived from the docs:* they do not list sortable fields, so the service may refuse some of these
  (\`UNKNOWN_SORT_FIELD\`).
- **\`sum\` \`avg\` \`min\` \`max\`** and **\`groupBy\`**: the fields each entity's aggregate page names.
  \`count\` works on any field; your numeric custom fields take the four functions and any custom
  field takes \`groupBy\` (not listed here: they are your portal's).
- **Writes**: \`create\` and \`update\` take the field; "required" means create requires it;
  "read-only" fields are computed by the service and refused. \`null\` clears a field typed \`| null\`.
- **Values** are the codes a field's type allows: "(docs)" where the docs fix them (a task's
  \`status\`, an activity's \`typeId\`), "(typed)" where the type is narrower than the docs say.
  Codes that are your portal's data (stages, sources, types) are not listed: the description says
  where to read them, usually \`GET /v1/statuses\`.

Custom fields (\`ufCrm_…\`, \`UF_…\`) come through \`withFields\`, a type parameter or
[the generator](generating-types.md); see [Recipe: custom ufCrm fields](recipe-custom-ufcrm-fields.md).

Entities: ${entities.map((e) => `[${e.value}](#${e.value.toLowerCase()})`).join(', ')}.
`
  return `${header}\n${entities.map(entitySection).join('\n')}`
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const page = renderEntityReference()
  if (process.argv.includes('--check')) {
    const current = readFileSync(pagePath, 'utf8')
    if (current !== page) {
      console.error('docs/entity-reference.md is out of date: run npx tsx scripts/entity-reference.ts')
      process.exitCode = 1
    }
  } else {
    writeFileSync(pagePath, page)
    console.log(`wrote ${pagePath}`)
  }
}
