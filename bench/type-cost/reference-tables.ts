// The reference libraries' tables, read from the packed package's own `Contact` and `Deal` types so
// that Kysely and postgrest-js query the same columns vibecode-query does, whatever the schemas
// grow to. Each column is written as those libraries' users write it: plain `string`, `number`,
// `boolean` (timestamps are `string`, as Supabase's generated types have them), `| null` kept,
// anything else (multifields, undocumented shapes) `unknown`.
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import type { ReferenceTables } from './generate.js'

/** One column's type, flattened to the primitives a hand-written table interface uses. */
function columnType(type: ts.Type): string {
  const parts = new Set<string>()
  for (const part of type.isUnion() ? type.types : [type]) {
    const { flags } = part
    if (flags & ts.TypeFlags.Undefined) continue
    if (flags & ts.TypeFlags.Null) parts.add('null')
    else if (flags & ts.TypeFlags.StringLike) parts.add('string')
    else if (flags & ts.TypeFlags.NumberLike) parts.add('number')
    else if (flags & ts.TypeFlags.BooleanLike) parts.add('boolean')
    else return 'unknown'
  }
  const nullable = parts.delete('null')
  return parts.size === 0 ? 'unknown' : [...parts, ...(nullable ? ['null'] : [])].join(' | ')
}

/** Reads `Contact` and `Deal` from the package installed in `consumer`. */
export function referenceTables(consumer: string): ReferenceTables {
  const file = join(consumer, 'reference-tables.ts')
  writeFileSync(file, `import type { Contact, Deal } from 'vibecode-query'\nexport type Tables = [Contact, Deal]\n`)
  try {
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: [],
    })
    const checker = program.getTypeChecker()
    const source = program.getSourceFile(file)
    const errors = ts.getPreEmitDiagnostics(program)
    if (source === undefined || errors.length > 0) {
      const why = ts.flattenDiagnosticMessageText(errors[0]?.messageText, '\n')
      throw new Error(`cannot read Contact and Deal from the packed package: ${why}`)
    }
    const table = (entity: 'Contact' | 'Deal', name: string) => {
      const imported = checker.getSymbolsInScope(source, ts.SymbolFlags.Alias).find((symbol) => symbol.name === entity)
      if (imported === undefined) throw new Error(`no ${entity} in scope`)
      const type = checker.getDeclaredTypeOfSymbol(checker.getAliasedSymbol(imported))
      const columns = checker.getPropertiesOfType(type).map((property) => {
        const optional = property.flags & ts.SymbolFlags.Optional ? '?' : ''
        return `  ${property.name}${optional}: ${columnType(checker.getTypeOfSymbol(property))}`
      })
      if (columns.length === 0) throw new Error(`${entity} has no columns`)
      return `interface ${name} {\n${columns.join('\n')}\n}`
    }
    return { contact: table('Contact', 'ContactTable'), deal: table('Deal', 'DealTable') }
  } finally {
    rmSync(file, { force: true })
  }
}
