// A TypeScript language service over one in-memory file that imports the library from src/, as an
// editor sees it: completions at a position, and the diagnostics a mistake produces, in the text
// an editor shows (the message chain flattened, with TypeScript's own truncation of long types).
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const file = join(root, 'test', 'types', '__editor__.ts')

/** The compiler options of a user's strict ESM project. */
const options: ts.CompilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
  skipLibCheck: true,
  noEmit: true,
}

/** The import line every snippet starts with. */
export const preamble =
  "import { batch, contacts, deals, entity, items, users, type Client, type Contact, type SearchBuilder } from '../../src/index.js'\n" +
  'declare const client: Client\n'

/** An editor over one file whose text can be replaced; the library's own files are read once. */
export interface Editor {
  /** Completion names at the `|` in `code` (written after {@link preamble}). */
  completions(code: string): string[]
  /** The errors of `code` (written after {@link preamble}), each as an editor shows it. */
  errors(code: string): string[]
}

export function createEditor(): Editor {
  let text = preamble
  let version = 0
  const snapshots = new Map<string, ts.IScriptSnapshot>()
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: (name) => (name === file ? String(version) : '0'),
    getScriptSnapshot: (name) => {
      if (name === file) return ts.ScriptSnapshot.fromString(text)
      let snapshot = snapshots.get(name)
      if (snapshot === undefined && ts.sys.fileExists(name)) {
        snapshot = ts.ScriptSnapshot.fromString(readFileSync(name, 'utf8'))
        snapshots.set(name, snapshot)
      }
      return snapshot
    },
    getCurrentDirectory: () => root,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? text : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  }
  const service = ts.createLanguageService(host, ts.createDocumentRegistry())
  const load = (code: string): void => {
    text = preamble + code
    version++
  }
  return {
    completions(code) {
      const at = code.indexOf('|')
      if (at < 0) throw new Error(`no | in ${code}`)
      load(code.slice(0, at) + code.slice(at + 1))
      const found = service.getCompletionsAtPosition(file, preamble.length + at, {})
      return (found?.entries ?? []).map((entry) => entry.name)
    },
    errors(code) {
      load(code)
      return [...service.getSyntacticDiagnostics(file), ...service.getSemanticDiagnostics(file)].map((diagnostic) =>
        ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
      )
    },
  }
}
