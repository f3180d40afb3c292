// The generated module's text: for each entity a row interface, a schema and an entity defined with
// its field names. Everything is sorted, so the same portal always gives the same bytes.
import type { FieldDescriptor } from '../wire/fields.js'
import type { EntityNames } from './entity-names.js'
import { byCodeUnit, commentText, propertyName, stringLiteral, wrapWords } from './ts-text.js'
import { isCustomField, mapType, type LibraryType, type LocalType, type MappedType } from './type-mapping.js'

/** One entity as the portal describes it. */
export interface EntityModel {
  readonly names: EntityNames
  readonly fields: Readonly<Record<string, FieldDescriptor>>
}

/** What the module is generated from. */
export interface ModuleModel {
  /** The command that writes it, for the header, e.g. `npx vibecode-query generate --out x.ts`. */
  readonly command: string
  /** The service it was read from, without credentials, e.g. `https://vibecode.bitrix24.tech`. */
  readonly source: string
  readonly entities: readonly EntityModel[]
}

const width = 120

// `id` first, then the standard fields, then the portal's own, each group in code-unit order.
const fieldOrder = (a: string, b: string): number => {
  const rank = (name: string) => (name === 'id' ? 0 : isCustomField(name) ? 2 : 1)
  return rank(a) - rank(b) || byCodeUnit(a, b)
}

/** `prefix` then the union of `members` on one line, or one member a line when that is too wide. */
function union(prefix: string, members: readonly string[], indent: string): string[] {
  const list = members.length === 0 ? ['never'] : members
  const line = `${prefix} ${list.join(' | ')}`
  if (line.length <= width || list.length === 1) return [line]
  return [prefix, ...list.map((member) => `${indent}  | ${member}`)]
}

function fieldComment(descriptor: FieldDescriptor, mapped: MappedType): string {
  const facts = [
    commentText(descriptor.type, 40),
    descriptor.isMultiple ? 'multiple' : '',
    descriptor.isReadOnly ? 'read-only' : '',
  ]
  if (descriptor.isRequired && !descriptor.isReadOnly) facts.push('required')
  const about = facts.filter(Boolean).join(', ')
  const title = descriptor.title ? `${commentText(descriptor.title)} ` : ''
  return `${title}(${about})${mapped.note ? `: ${mapped.note}` : ''}`
}

function commentLines(text: string, indent: string): string[] {
  const one = `${indent}/** ${text} */`
  if (one.length <= width) return [one]
  return [`${indent}/**`, ...wrapWords(text.split(' '), `${indent} * `, width), `${indent} */`]
}

/** Renders one entity; `use` records each imported or local name the text refers to. */
function renderEntity(entity: EntityModel, use: (name: string) => void): string[] {
  const { path, exportName, typeName, builtIn } = entity.names
  const schema = `${typeName}Schema`
  const names = Object.keys(entity.fields).sort(fieldOrder)
  const custom = names.filter(isCustomField)
  const lines: string[] = []
  const builtInRow = builtIn && `BuiltIn${builtIn}`
  const builtInSchema = builtIn && `BuiltIn${builtIn}Schema`

  lines.push(
    ...commentLines(
      `A record of \`/v1/${path}\` as this portal's \`GET /v1/${path}/fields\` describes it: ` +
        `${names.length - custom.length} standard and ${custom.length} custom fields.` +
        (builtIn ? ` Standard fields keep the types the library documents for \`${builtIn}\`.` : ''),
      '',
    ),
    `export interface ${typeName} {`,
  )
  const readOnly: string[] = []
  const required: string[] = []
  const aggregatable: string[] = []
  // Listed by the generator, so that the compiler need not work them out from the row's 300 types;
  // the standard fields of a built-in entity are typed by the library, which works theirs out.
  const filterable: string[] = []
  const orderable: string[] = []
  for (const name of names) {
    const descriptor = entity.fields[name] as FieldDescriptor
    const mapped = mapType(name, descriptor)
    mapped.uses.forEach(use)
    const key = propertyName(name)
    lines.push(...commentLines(fieldComment(descriptor, mapped), '  '))
    if (builtInRow && !isCustomField(name)) {
      use('Documented')
      use(builtInRow)
      lines.push(`  ${key}: Documented<${builtInRow}, ${stringLiteral(name)}, ${mapped.text}>`)
    } else if (mapped.members.length > 0 && `  ${key}: ${mapped.text}`.length > width) {
      lines.push(`  ${key}:`, ...mapped.members.map((member) => `    | ${member}`))
    } else {
      lines.push(`  ${key}: ${mapped.text}`)
    }
    if (descriptor.isReadOnly) readOnly.push(stringLiteral(name))
    else if (descriptor.isRequired) required.push(stringLiteral(name))
    if (mapped.aggregatable && name !== 'id' && (isCustomField(name) || !builtIn))
      aggregatable.push(stringLiteral(name))
    if (!builtIn || isCustomField(name)) {
      if (mapped.filterable) filterable.push(stringLiteral(name))
      if (mapped.orderable) orderable.push(stringLiteral(name))
    }
  }
  lines.push('}', '')

  const standard = `${typeName}StandardField`
  if (builtIn) {
    lines.push(
      ...commentLines(`The standard fields of \`${typeName}\`, typed as the library documents them.`, ''),
      ...union(`type ${standard} =`, names.filter((name) => !isCustomField(name)).map(stringLiteral), ''),
      '',
    )
    use('FilterableField')
    use('OrderableField')
  }
  const standardLists = (list: string) => (builtIn ? [list] : [])

  const inherited = (member: string) =>
    builtInSchema ? [`Extract<${builtInSchema}['${member}'], keyof ${typeName}>`] : []
  if (builtInSchema) use(builtInSchema)
  else use('EntityOperation')
  use('EntitySchema')
  lines.push(
    ...commentLines(
      builtIn
        ? `What the library knows of \`${typeName}\`: the rules of its built-in \`${builtIn}Schema\`, ` +
            "with this portal's read-only, required and custom fields, and the fields `where` and `orderBy` take " +
            "(listed, so that the compiler need not work them out from every field's type)."
        : `What the library knows of \`${typeName}\`: the portal's read-only and required fields; every operation; ` +
            'the fields `where` and `orderBy` take (listed, so that the compiler need not work them out from every ' +
            "field's type).",
      '',
    ),
    `export interface ${schema} extends EntitySchema {`,
    `  readonly row: ${typeName}`,
    ...union('  readonly readOnly:', [...readOnly, ...inherited('readOnly')], '  '),
    ...union('  readonly required:', [...required, ...inherited('required')], '  '),
    ...union('  readonly unfilterable:', inherited('unfilterable'), '  '),
    `  readonly operations: ${builtInSchema ? `${builtInSchema}['operations']` : 'EntityOperation'}`,
    `  readonly relations: ${builtInSchema ? `${builtInSchema}['relations']` : '{}'}`,
    ...union('  readonly aggregatable:', [...inherited('aggregatable'), ...aggregatable], '  '),
    ...(builtInSchema
      ? union('  readonly groupable:', [...inherited('groupable'), ...custom.map(stringLiteral)], '  ')
      : [`  readonly groupable: keyof ${typeName}`]),
    ...union(
      '  readonly filterable:',
      [...standardLists(`FilterableField<Pick<${typeName}, ${standard}>, ${schema}['unfilterable']>`), ...filterable],
      '  ',
    ),
    ...union(
      '  readonly orderable:',
      [...standardLists(`OrderableField<Pick<${typeName}, ${standard}>>`), ...orderable],
      '  ',
    ),
    '}',
    '',
  )

  use('Entity')
  use('defineEntity')
  use('fieldNames')
  const literal = stringLiteral(path)
  const operations = entity.names.operations
  if (!operations) use('everyOperation')
  lines.push(
    ...commentLines(
      `\`/v1/${path}\` with this portal's fields: a field name not among them is refused before anything is sent. ` +
        (operations ? "Its members are the built-in entity's." : 'It has every operation.'),
      '',
    ),
    `export const ${exportName}: Entity<${schema}> = defineEntity<${schema}>(`,
    `  ${literal},`,
    `  ${operations ? `[${operations.map(stringLiteral).join(', ')}]` : 'everyOperation'},`,
    `  fieldNames<${schema}>(${literal}, [`,
    ...wrapWords(
      names.map((name) => `${stringLiteral(name)},`),
      '    ',
      width,
    ),
    '  ]),',
    ')',
  )
  return lines
}

const libraryTypes: readonly LibraryType[] = ['IsoDate', 'IsoDateTime', 'Multifield']
const localTypes: Readonly<Record<LocalType | 'Documented', readonly string[]>> = {
  Documented: [
    '/** The type the library documents for field `K` of its built-in row `R`, ' +
      'else `T`, the type the portal describes. */',
    'type Documented<R, K extends string, T> = K extends keyof R ? R[K] : T',
  ],
  Money: [
    "/** A money field's value as Bitrix24 stores it: the amount and the currency, e.g. `'1500.50|RUB'`. */",
    'export type Money = `${number}|${string}`',
  ],
}

function importLine(used: ReadonlySet<string>, entities: readonly EntityModel[]): string[] {
  const specifiers = new Map<string, string>() // imported name → specifier text
  for (const name of ['defineEntity', 'everyOperation', 'fieldNames']) if (used.has(name)) specifiers.set(name, name)
  for (const name of [
    'Entity',
    'EntityOperation',
    'EntitySchema',
    'FilterableField',
    'OrderableField',
    ...libraryTypes,
  ]) {
    if (used.has(name)) specifiers.set(name, `type ${name}`)
  }
  for (const { names } of entities) {
    const builtIn = names.builtIn
    if (!builtIn) continue
    if (used.has(`BuiltIn${builtIn}`)) specifiers.set(builtIn, `type ${builtIn} as BuiltIn${builtIn}`)
    specifiers.set(`${builtIn}Schema`, `type ${builtIn}Schema as BuiltIn${builtIn}Schema`)
  }
  // The values first, then the types, each in code-unit order.
  const list = [...specifiers.values()].sort(
    (a, b) => Number(a.startsWith('type ')) - Number(b.startsWith('type ')) || byCodeUnit(a, b),
  )
  const line = `import { ${list.join(', ')} } from 'vibecode-query'`
  return line.length <= width ? [line] : ['import {', ...list.map((text) => `  ${text},`), "} from 'vibecode-query'"]
}

/**
 * The header's lines: the command and the source, never a key.
 *
 * @param model - The command and the service's address.
 * @returns The comment lines.
 */
export const headerLines = (model: Pick<ModuleModel, 'command' | 'source'>): string[] => [
  `// Generated by \`${model.command}\``,
  `// from ${model.source}. Do not edit: run the command again (with --check, it fails when the portal's`,
  '// fields no longer match this file).',
]

/**
 * Renders the module: header, imports, local types, then each entity in path order.
 *
 * @param model - The command, the source and the entities.
 * @returns The module's text, ending with a newline.
 */
export function renderModule(model: ModuleModel): string {
  const used = new Set<string>()
  const entities = [...model.entities].sort((a, b) => byCodeUnit(a.names.path, b.names.path))
  const bodies = entities.map((entity) => renderEntity(entity, (name) => used.add(name)))
  const locals = (['Documented', 'Money'] as const)
    .filter((name) => used.has(name))
    .flatMap((name) => [...localTypes[name], ''])
  const lines = [
    ...headerLines(model),
    ...importLine(used, entities),
    '',
    ...locals,
    ...bodies.flatMap((body) => [...body, '']),
  ]
  return `${lines.join('\n').trimEnd()}\n`
}

/**
 * A generated module's text without its header comment, for `--check`: the command and the source
 * may be written differently without the types differing.
 *
 * @param text - A module's text.
 * @returns The text after the leading `//` lines.
 */
export function withoutHeader(text: string): string {
  const lines = text.split('\n')
  let start = 0
  while (start < lines.length && (lines[start] as string).startsWith('//')) start++
  return lines.slice(start).join('\n')
}
