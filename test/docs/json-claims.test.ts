// The JSON the documentation says a query compiles to is the JSON it compiles to. In every example,
// a statement that builds a query (or stringifies one) and is followed by a `// { … }` comment is
// run, and the comment is compared with the result. Comments with `…` are abbreviations: skipped.
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

const startsQuery = /^(?:contacts|companies|deals|leads|entity)\b|^JSON\.stringify\(/

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
    if (!expression || !startsQuery.test(expression.getText())) continue
    const name = ts.isVariableStatement(statement) && statement.declarationList.declarations[0]?.name
    if (name && ts.isIdentifier(name)) earlier.push([name.text, expression.getText()])

    const endLine = file.getLineAndCharacterOfPosition(statement.getEnd()).line
    const comment: string[] = []
    const trailing = /\/\/(.*)$/.exec(lines[endLine]!.slice(file.getLineAndCharacterOfPosition(statement.getEnd()).character))
    if (trailing) comment.push(trailing[1]!)
    for (let i = endLine + 1; i < lines.length && /^\s*\/\//.test(lines[i]!); i++) comment.push(lines[i]!.replace(/^\s*\/\//, ''))
    const text = comment.join(' ').trim()
    if (!/^(?:\{|'\{|(?:POST|GET) \/)/.test(text)) continue
    claims.push({ where: `${example.file}:${example.line + endLine}`, source: expression.getText(), claim: text, earlier: [...earlier] })
  }
  return claims
}

/** Runs a TypeScript expression with the package's exports, and `scope`, in scope. */
function run(source: string, scope: Record<string, unknown> = {}): unknown {
  const js = ts.transpileModule(`(${source})`, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText
  const values = { ...library, ...scope }
  const body = js.replace(/^"use strict";\s*/, '').trim().replace(/;$/, '')
  return new Function(...Object.keys(values), `return ${body}`)(...Object.values(values))
}

/** The JSON a query or a JSON string stands for, as a plain value. */
function asJson(value: unknown): unknown {
  return JSON.parse(typeof value === 'string' ? value : JSON.stringify(value))
}

const claims = collectExamples().flatMap(claimsOf)
const checkable = claims.filter((c) => !c.claim.includes('…'))

describe('the JSON shown in the documentation', () => {
  it('is found in enough places to matter', () => {
    expect(checkable.length).toBeGreaterThan(25)
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
    const expected = asJson(new Function(`return (${request ? request[3] : claim})`)())
    expect(asJson(value)).toEqual(expected)
  })
})
