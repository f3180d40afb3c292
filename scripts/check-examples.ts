// Type-checks the documentation's examples: every ```ts fence in a doc comment under src/, in
// docs/*.md and in README.md becomes a module (a small shared preamble, then the example) in a
// temporary directory under .scratch/, and TypeScript 7 checks all of them in one program against the sources, with
// `vibecode-query` and `vibecode-query/testing` mapped to src/. It also checks that every public export, and every
// method of a public interface or class, carries an @example.
//
//   npm run docs:examples          # prints each problem as file:line, exits 1 on any
//   (test/docs/examples.test.ts runs the same check in npm test)
//
// Conventions for examples:
// - An example that shows a compile error on purpose marks the line with `// @ts-expect-error`.
// - `type Row = … // { id: number }`: the comment after a type alias is checked to be its type
//   (skipped when it abbreviates with `…`).
// - In markdown, a fence opened with ```ts continues is checked after the ts fence before it.
// - Free names: every export of both entries, plus `client`, `emulator`, `error`, `apiKey`,
//   `sessionToken` (see preambleDeclarations); an example that needs more declares it.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'
import { checkProject } from './typescript7.js'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const entries = { 'vibecode-query': 'src/index.ts', 'vibecode-query/testing': 'src/testing/index.ts' } as const

/** One ```ts fence: where it is and its code. */
export interface Example {
  /** The file it comes from, relative to the repository root. */
  file: string
  /** The 1-based line of its first code line in that file. */
  line: number
  /** Its code, after the code of the fences it continues (see {@link fencesIn}). */
  code: string
  /** How many lines of `code` come from earlier fences. */
  prefixLines?: number
}

/** One problem, located in the file the example comes from. */
export interface Problem {
  file: string
  line: number
  message: string
}

/**
 * Free names the examples may use without declaring them, besides every export of the package.
 * Keep this short: an example that needs more should declare what it uses.
 */
const preambleDeclarations: Record<string, string> = {
  client: 'declare const client: Client',
  emulator: 'declare const emulator: Emulator',
  error: 'declare const error: unknown',
  apiKey: 'declare const apiKey: string',
  sessionToken: 'declare const sessionToken: string',
}

/**
 * Finds the ```ts fences in markdown text; `lineOffset` is the text's first line in its file. A fence
 * opened with ```` ```ts continues ```` is checked after the code of the ts fence before it, so a guide
 * can declare something once and use it in the next blocks.
 */
export function fencesIn(text: string, file: string, lineOffset = 1): Example[] {
  const examples: Example[] = []
  const lines = text.split('\n')
  let open: { lang: string; info: string; start: number; indent: string; code: string[] } | undefined
  lines.forEach((line, i) => {
    const fence = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)(.*)$/.exec(line)
    if (!open) {
      if (fence) open = { lang: fence[3] ?? '', info: fence[4] ?? '', start: i + 1, indent: fence[1] ?? '', code: [] }
      return
    }
    if (fence && !fence[3] && line.trim() === fence[2]) {
      if (open.lang === 'ts' || open.lang === 'typescript') {
        const before = /\bcontinues\b/.test(open.info) ? examples.at(-1) : undefined
        const prefix = before ? `${before.code}\n` : ''
        const prefixLines = before ? before.code.split('\n').length : 0
        examples.push({ file, line: lineOffset + open.start, code: prefix + open.code.join('\n'), prefixLines })
      }
      open = undefined
      return
    }
    open.code.push(line.startsWith(open.indent) ? line.slice(open.indent.length) : line)
  })
  return examples
}

/** Finds the ```ts fences of one `/** … *\/` comment that starts on line `startLine` of `file`. */
export function commentFencesIn(comment: string, file: string, startLine: number): Example[] {
  const body = comment
    .split('\n')
    .map((line) => line.replace(/^\s*\/?\*+\/?\s?/, '').replace(/\s*\*\/$/, ''))
    .join('\n')
  return fencesIn(body, file, startLine)
}

/** The ```ts fences of docs/*.md and README.md. */
export function markdownExamples(): Example[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', name))
  return [...docs, 'README.md'].flatMap((file) => fencesIn(readFileSync(join(root, file), 'utf8'), file))
}

/** The published declarations: the exports of both entries, and the members of those that have them. */
function publicDeclarations(program: ts.Program): ts.Declaration[] {
  const checker = program.getTypeChecker()
  const found: ts.Declaration[] = []
  for (const entry of Object.values(entries)) {
    const file = program.getSourceFile(join(root, entry))
    const moduleSymbol = file && checker.getSymbolAtLocation(file)
    if (!moduleSymbol) throw new Error(`cannot read the exports of ${entry}`)
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
      for (const declaration of symbol.declarations ?? []) {
        found.push(declaration)
        if (ts.isInterfaceDeclaration(declaration) || ts.isClassDeclaration(declaration))
          found.push(...declaration.members)
      }
    }
  }
  return found
}

/** The doc comments (JSDoc nodes) attached to a declaration. */
const docsOf = (declaration: ts.Node): ts.JSDoc[] =>
  ts
    .getJSDocCommentsAndTags(ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration)
    .filter(ts.isJSDoc)

/**
 * The examples of the published doc comments: those of the public declarations, and every doc
 * comment of the two entry files (the module comments). Internal helpers' examples are not published
 * and may use names the package does not export, so they are left out.
 */
export function sourceExamples(program: ts.Program): Example[] {
  const comments = new Map<string, { file: ts.SourceFile; pos: number; end: number }>()
  const add = (file: ts.SourceFile, pos: number, end: number) =>
    comments.set(`${file.fileName}:${pos}`, { file, pos, end })
  for (const declaration of publicDeclarations(program)) {
    for (const doc of docsOf(declaration)) add(doc.getSourceFile(), doc.getStart(), doc.getEnd())
  }
  for (const entry of Object.values(entries)) {
    const file = program.getSourceFile(join(root, entry))
    for (const match of file?.text.matchAll(/\/\*\*[\s\S]*?\*\//g) ?? [])
      add(file!, match.index, match.index + match[0].length)
  }
  return [...comments.values()].flatMap(({ file, pos, end }) =>
    commentFencesIn(
      file.text.slice(pos, end),
      relative(root, file.fileName),
      file.getLineAndCharacterOfPosition(pos).line + 1,
    ),
  )
}

/** Every published example: those of the public doc comments, then docs/*.md and README.md. */
export function collectExamples(): Example[] {
  return [...sourceExamples(sourcesProgram()), ...markdownExamples()]
}

/** The names an entry file exports, split into values and type-only names. */
function exportsOf(entry: string): { values: string[]; types: string[] } {
  const file = ts.createSourceFile(entry, readFileSync(join(root, entry), 'utf8'), ts.ScriptTarget.Latest)
  const values: string[] = []
  const types: string[] = []
  for (const statement of file.statements) {
    if (!ts.isExportDeclaration(statement) || !statement.exportClause || !ts.isNamedExports(statement.exportClause))
      continue
    for (const element of statement.exportClause.elements) {
      ;(statement.isTypeOnly || element.isTypeOnly ? types : values).push(element.name.text)
    }
  }
  return { values, types }
}

/** The names an example declares at its top level (imports included), which the preamble must not repeat. */
function declaredNames(code: string): Set<string> {
  const names = new Set<string>()
  const bind = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.add(name.text)
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name)
  }
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest)
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement) && statement.importClause) {
      const clause = statement.importClause
      if (clause.name) names.add(clause.name.text)
      if (clause.namedBindings && ts.isNamespaceImport(clause.namedBindings)) names.add(clause.namedBindings.name.text)
      if (clause.namedBindings && ts.isNamedImports(clause.namedBindings)) {
        for (const element of clause.namedBindings.elements) names.add(element.name.text)
      }
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) bind(declaration.name)
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      names.add(statement.name.text)
    }
  }
  return names
}

/** Wraps an example into a module: the preamble lines it needs, then its code. */
function wrap(example: Example): { text: string; preambleLines: number } {
  const own = declaredNames(example.code)
  const lines: string[] = []
  const seen = new Set<string>()
  for (const [specifier, entry] of Object.entries(entries)) {
    const { values, types } = exportsOf(entry)
    const pick = (names: string[]) => names.filter((name) => !own.has(name) && !seen.has(name) && seen.add(name))
    const v = pick(values)
    const t = pick(types)
    if (v.length) lines.push(`import { ${v.join(', ')} } from '${specifier}'`)
    if (t.length) lines.push(`import type { ${t.join(', ')} } from '${specifier}'`)
  }
  for (const [name, declaration] of Object.entries(preambleDeclarations)) {
    if (!own.has(name)) lines.push(declaration)
  }
  lines.push(
    `type ${typeClaim}Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false`,
  )
  return { text: `${lines.join('\n')}\n${withTypeClaims(example.code)}\nexport {}\n`, preambleLines: lines.length }
}

const typeClaim = '__typeClaim'

/**
 * Turns the type a comment shows after a type alias (`type Row = InferRow<typeof q> // { id: number }`,
 * on the same line or the lines below) into a check that the alias is exactly that type. The check
 * goes on the alias's last line, so an error points there. Comments with `…` are abbreviations.
 */
function withTypeClaims(code: string): string {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true)
  const lines = code.split('\n')
  const inserts: { at: number; text: string }[] = []
  file.statements.forEach((statement, i) => {
    if (!ts.isTypeAliasDeclaration(statement) || statement.typeParameters) return
    const end = file.getLineAndCharacterOfPosition(statement.getEnd())
    const trailing = /^\s*\/\/(.*)$/.exec(lines[end.line]!.slice(end.character))
    const below: string[] = []
    if (!trailing)
      for (let l = end.line + 1; l < lines.length && /^\s*\/\//.test(lines[l]!); l++)
        below.push(lines[l]!.replace(/^\s*\/\//, ''))
    const claim = (trailing ? trailing[1]! : below.join(' ')).trim()
    if (!claim || claim.includes('…')) return
    inserts.push({
      at: statement.getEnd(),
      text: `; const ${typeClaim}${i}: ${typeClaim}Equal<${statement.name.text}, ${claim}> = true`,
    })
  })
  return inserts.reduceRight((text, { at, text: insert }) => text.slice(0, at) + insert + text.slice(at), code)
}

/**
 * The sources as a program that is only read, never type-checked: enough to follow the entries'
 * exports to their declarations and doc comments. Without the default libraries and `@types/node`
 * it takes a second instead of four.
 */
function sourcesProgram(): ts.Program {
  return ts.createProgram({
    rootNames: Object.values(entries).map((entry) => join(root, entry)),
    options: { ...repoOptions(), noEmit: true, types: [], noLib: true },
  })
}

/** The compiler options of the repository's tsconfig.json. */
function repoOptions(): ts.CompilerOptions {
  const configPath = join(root, 'tsconfig.json')
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'))
      },
    },
  )
  if (!config) throw new Error(`cannot read ${configPath}`)
  return config.options
}

/** Reports a public export, or a public method, that has no @example. */
function missingExamples(program: ts.Program): Problem[] {
  const problems: Problem[] = []
  const tags = (node: ts.Node) =>
    docsOf(node)
      .flatMap((doc) => doc.tags ?? [])
      .map((tag) => tag.tagName.text)
  for (const declaration of publicDeclarations(program)) {
    const isMethod = ts.isMethodSignature(declaration) || ts.isMethodDeclaration(declaration)
    const isMember = ts.isClassElement(declaration) || ts.isTypeElement(declaration)
    if (isMember && !isMethod) continue
    const modifiers = ts.canHaveModifiers(declaration) ? ts.getModifiers(declaration) : undefined
    if (modifiers?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword)) continue
    if (tags(declaration).includes('internal') || tags(declaration).includes('example')) continue
    const file = declaration.getSourceFile()
    const name = ts.getNameOfDeclaration(declaration)?.getText() ?? '(anonymous)'
    const owner = isMember && ts.getNameOfDeclaration(declaration.parent as ts.Declaration)?.getText()
    problems.push({
      file: relative(root, file.fileName),
      line: file.getLineAndCharacterOfPosition(declaration.getStart()).line + 1,
      message: `${owner ? `${owner}.` : ''}${name} has no @example`,
    })
  }
  return problems
}

/**
 * Type-checks every published example, plus `extra` ones, in one program: each example is written as
 * a module into a temporary directory, and TypeScript 7 checks them all against the sources.
 *
 * @returns How many examples were checked, and the problems (none when all is well).
 */
export async function checkExamples(extra: Example[] = []): Promise<{ examples: number; problems: Problem[] }> {
  const sources = sourcesProgram()
  const examples = [...sourceExamples(sources), ...markdownExamples(), ...extra]
  // Inside the repository (.scratch/ is gitignored), so that the examples resolve its node_modules
  // and its package.json makes them ES modules.
  mkdirSync(join(root, '.scratch'), { recursive: true })
  const dir = mkdtempSync(join(root, '.scratch', 'examples-'))
  try {
    const written = new Map<string, { example: Example; text: string; preambleLines: number }>()
    examples.forEach((example, i) => {
      const path = join(dir, `${example.file.replace(/[^\w]+/g, '_')}_${example.line}_${i}.ts`)
      const entry = { example, ...wrap(example) }
      writeFileSync(path, entry.text)
      written.set(path, entry)
    })
    const paths = Object.fromEntries(
      Object.entries(entries).map(([specifier, entry]) => [specifier, [join(root, entry)]]),
    )
    const compilerOptions = { noEmit: true, paths }
    const config = { extends: join(root, 'tsconfig.json'), compilerOptions, files: [...written.keys()], include: [] }
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config))
    const problems: Problem[] = []
    for (const { file: path, line, column, message } of await checkProject(dir)) {
      const entry = path && written.get(path)
      if (!path) {
        problems.push({ file: '(program)', line: 0, message })
        continue
      }
      if (!entry) {
        problems.push({ file: relative(root, path), line, message })
        continue
      }
      const inExample = line - 1 - entry.preambleLines - (entry.example.prefixLines ?? 0)
      const at = entry.text.split('\n')[line - 1]?.slice(column - 1) ?? ''
      const claimed = at.startsWith(typeClaim)
      problems.push({
        file: entry.example.file,
        line: entry.example.line + Math.max(inExample, 0),
        message: claimed
          ? `the type the comment shows is not the type: ${message}`
          : inExample < 0
            ? `(preamble) ${message}`
            : message,
      })
    }
    return { examples: examples.length, problems: [...problems, ...missingExamples(sources)] }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { examples, problems } = await checkExamples()
  for (const p of problems) console.error(`${p.file}:${p.line}: ${p.message}`)
  console.log(`${examples} examples checked, ${problems.length} problem(s)`)
  process.exitCode = problems.length ? 1 : 0
}
