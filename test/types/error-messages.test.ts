// The messages an editor shows for the commonest mistakes, compiled through the TypeScript
// language service and kept in error-messages.txt, so that a change to the types that makes one of
// them longer or vaguer shows in review. Each mistake must give exactly one error, of a few lines,
// that names the valid choices (the fields, the operators and their operands, the value's type).
import { beforeAll, describe, expect, it } from 'vitest'
import { createEditor, type Editor } from './language-service.js'

/** The ten commonest mistakes, as app developers make them. */
const commonest: Record<string, string> = {
  'a field name misspelled in where': "contacts().where('nmae', 'Ivan')",
  'a field name in the wrong case in orderBy': "contacts().orderBy('lastname')",
  'a field that does not exist in select': "contacts().select('id', 'fullName')",
  'a number field given a string': "contacts().where('companyId', '15')",
  'an operator the field does not take': "contacts().where('name', '>', 'A')",
  'a date given as words': "contacts().where('createdTime', '>=', 'yesterday')",
  'in given one value, not a list': "contacts().where('id', 'in', 5)",
  'a boolean written as Bitrix24 "Y"': "contacts().where('opened', 'Y')",
  "another entity's field": "deals().where('lastName', 'Ivanov')",
  'a field read that was not selected':
    "export async function f() {\n  const [row] = await client.execute(contacts().select('id', 'name'))\n  return row?.lastName\n}",
}

/** Rarer mistakes whose messages issue 15 asked for. */
const rarer: Record<string, string> = {
  'an empty in': "contacts().where('id', 'in', [])",
  'an impossible date': "contacts().where('createdTime', '<', '2026-99-99')",
  'a date typed plain string (from JSON)': "declare const since: string\ncontacts().where('createdTime', '>=', since)",
  'a field of a union of types': "declare const f: 'name' | 'companyId'\ncontacts().where(f, 'x')",
  'a condition of another entity':
    "deals().where((w) => {\n  const c = w('amount', 1)\n  contacts().where((cw) => cw.or([c, cw('id', 1)]))\n  return c\n})",
  'contains on a number': "contacts().where('companyId', 'contains', '1')",
  "a deal's closed written as a boolean": "deals().where('closed', false)",
  'a direction in capitals': "contacts().orderBy('id', 'DESC')",
}

let editor: Editor
beforeAll(() => {
  editor = createEditor()
})

const report = (mistakes: Record<string, string>): string =>
  Object.entries(mistakes)
    .map(([title, code]) => {
      const errors = editor.errors(code)
      expect(errors, title).toHaveLength(1)
      expect(errors[0]?.split('\n').length, title).toBeLessThanOrEqual(6)
      return `## ${title}\n${code}\n\n${errors.join('\n')}\n`
    })
    .join('\n')

describe('error messages', () => {
  it('the ten commonest mistakes each give one short error that names the valid choices', async () => {
    const text = report(commonest)
    await expect(`# The ten commonest mistakes\n\n${text}\n# Rarer ones\n\n${report(rarer)}`).toMatchFileSnapshot(
      './error-messages.txt',
    )
  })
})
