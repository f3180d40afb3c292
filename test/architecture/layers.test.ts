// The library's rooms import one way only. Each folder of src/ may import from the folders before
// it in this order (and from itself); an import the other way is a cycle waiting to happen, and
// fails here. ARCHITECTURE.md draws the same order.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const order = [
  ['errors', 'util', 'schema'],
  ['node'],
  ['parse'],
  ['filter'],
  ['wire'],
  ['operations'],
  ['builder'],
  ['entities'],
  ['core'],
  ['client'],
  ['paging', 'batch'],
  ['generate'],
]
const rank = new Map(order.flatMap((folders, index) => folders.map((folder) => [folder, index] as const)))
const src = join(import.meta.dirname, '..', '..', 'src')

function importsOf(folder: string): { file: string; target: string }[] {
  return readdirSync(join(src, folder))
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) => {
      const text = readFileSync(join(src, folder, name), 'utf8')
      return [...text.matchAll(/from '\.\.\/([a-z-]+)\//g)].map((match) => ({
        file: `${folder}/${name}`,
        target: match[1] as string,
      }))
    })
}

describe('the import graph of src/', () => {
  it('has a place in the order for every folder but the emulator', () => {
    const folders = readdirSync(src, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
    expect(folders.filter((folder) => folder !== 'testing' && !rank.has(folder))).toEqual([])
  })

  it('points every import of a folder at itself or an earlier folder', () => {
    const backwards = [...rank.keys()].flatMap((folder) =>
      importsOf(folder)
        .filter(
          ({ target }) => !((rank.get(target) ?? Infinity) <= (rank.get(folder) as number)) || target === 'testing',
        )
        .map(({ file, target }) => `${file} -> ${target}/`),
    )
    expect(backwards).toEqual([])
  })

  it('keeps the emulator apart: src/testing imports nothing of the library', () => {
    const leaks = readdirSync(join(src, 'testing'))
      .filter((name) => name.endsWith('.ts'))
      .filter((name) => /from '\.\.\//.test(readFileSync(join(src, 'testing', name), 'utf8')))
    expect(leaks).toEqual([])
  })
})
