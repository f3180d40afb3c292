// The JSON the documentation says a query compiles to is the JSON it compiles to. In every example,
// a statement that builds a query (or stringifies one, or calls a query-making function the example
// defined) and is followed by a `// { … }` comment is run, and the comment is compared with the
// result. Comments with `…` are abbreviations: skipped.
import { describe, expect, it } from 'vitest'
import ts from 'typescript'
import * as library from '../../src/index.js'
import { collectExamples, type Example } from '../../scripts/check-examples.js'

interface Claim {
  where: string
  source: string
  claim: string
  /** Queries the example named before the statement (`const q = contacts()…`), by name. */
  earlier: [name: string, source: string][]
}

// Every query starter the package exports: the entities (values with an `entity` name), and
// `entity` and `items`. Taken from the exports, so a new entity's examples are checked too.
const starters = Object.entries(library)
  .filter(
    ([name, value]) => typeof value === 'function' && ('entity' in value || name === 'entity' || name === 'items'),
  )
  .map(([name]) => name)
const startsQuery = new RegExp(`^(?:${starters.join('|')})\\b|^JSON\\.stringify\\(`)

/** The statements of an example that build a query and are followed by a comment showing JSON. */
function claimsOf(example: Example): Claim[] {
  const file = ts.createSourceFile('example.ts', example.code, ts.ScriptTarget.Latest, true)
  const lines = example.code.split('\n')
  const claims: Claim[] = []
  const earlier: [string, string][] = []
  for (const statement of file.statements) {
    let expression: ts.Expression | undefined
    if (ts.isExpressionStatement(statement)) expression = statement.expression
    else if (ts.isVariableStatement(statement)) expression = statement.declarationList.declarations[0]?.initializer
    if (!expression) continue
    const head = /^\w+/.exec(expression.getText())?.[0]
    const isQuery = startsQuery.test(expression.getText()) || earlier.some(([n]) => n === head)
    // A query, or a function (e.g. `const myContacts = () => contacts<Fields>()`): safe to evaluate.
    const name = ts.isVariableStatement(statement) && statement.declarationList.declarations[0]?.name
    if (name && ts.isIdentifier(name) && (isQuery || ts.isArrowFunction(expression)))
      earlier.push([name.text, expression.getText()])
    if (!isQuery) continue

    const endLine = file.getLineAndCharacterOfPosition(statement.getEnd()).line
    const ownLine = endLine - (example.prefixLines ?? 0) // the earlier fences' claims are theirs
    if (ownLine < 0) continue
    const comment: string[] = []
    const trailing = /\/\/(.*)$/.exec(
      lines[endLine]!.slice(file.getLineAndCharacterOfPosition(statement.getEnd()).character),
    )
    if (trailing) comment.push(trailing[1]!)
    for (let i = endLine + 1; i < lines.length && /^\s*\/\//.test(lines[i]!); i++)
      comment.push(lines[i]!.replace(/^\s*\/\//, ''))
    const text = literalPrefix(comment.join(' ').trim())
    if (text === undefined) continue
    claims.push({
      where: `${example.file}:${example.line + ownLine}`,
      source: expression.getText(),
      claim: text,
      earlier: [...earlier],
    })
  }
  return claims
}

/**
 * The claim at the start of a comment: an optional `POST /path ` and then an object literal or a
 * quoted string, up to its matching end; what follows is commentary. `undefined` when there is none.
 */
function literalPrefix(text: string): string | undefined {
  const request = /^(?:POST|GET) \S+ /.exec(text)?.[0] ?? ''
  const rest = text.slice(request.length)
  if (rest[0] !== '{' && rest[0] !== "'") return undefined
  let depth = 0
  let quote: string | undefined
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!
    if (quote) {
      if (c === '\\') i++
      else if (c === quote) {
        quote = undefined
        if (depth === 0) return request + rest.slice(0, i + 1)
      }
    } else if (c === '"' || c === "'") quote = c
    else if (c === '{' || c === '[') depth++
    else if ((c === '}' || c === ']') && --depth === 0) return request + rest.slice(0, i + 1)
  }
  return undefined
}

/** Runs a TypeScript expression with the package's exports, and `scope`, in scope. */
function run(source: string, scope: Record<string, unknown> = {}): unknown {
  const js = ts.transpileModule(`(${source})`, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText
  const values = { ...library, ...scope }
  const body = js
    .replace(/^"use strict";\s*/, '')
    .trim()
    .replace(/;$/, '')
  return new Function(...Object.keys(values), `return ${body}`)(...Object.values(values))
}

/** The JSON a query or a JSON string stands for, as a plain value. */
function asJson(value: unknown): unknown {
  return JSON.parse(typeof value === 'string' ? value : JSON.stringify(value))
}

const claims = collectExamples().flatMap(claimsOf)
const checkable = claims.filter((c) => !c.claim.includes('…'))

describe('the JSON shown in the documentation', () => {
  it('is found in enough places to matter, for every entity', () => {
    expect(starters).toEqual(
      expect.arrayContaining(['contacts', 'deals', 'tasks', 'users', 'dealCategories', 'entity', 'items']),
    )
    expect(checkable.length).toBeGreaterThan(60)
  })

  it.each(checkable.map((c) => [c.where, c] as const))('%s', (_where, { source, claim, earlier }) => {
    const request = /^(POST|GET) (\S+) (.*)$/.exec(claim)
    const scope: Record<string, unknown> = {}
    for (const [name, query] of earlier) scope[name] = run(query, scope)
    const value = run(source, scope)
    if (request) {
      const compiled = (value as { compile(): { method: string; path: string } }).compile()
      expect(`${compiled.method} ${compiled.path}`).toBe(`${request[1]} ${request[2]}`)
    }
    const expected: unknown = new Function(`return (${request ? request[3] : claim})`)()
    if (typeof expected === 'string' && !expected.startsWith('{'))
      expect(value).toBe(expected) // e.g. a path
    else expect(asJson(value)).toEqual(asJson(expected))
  })
})
