// What an editor offers while a query is typed left to right, asked of the TypeScript language
// service itself (getCompletionsAtPosition at the `|`), not inferred from what tsc accepts: the
// fields in where, orderBy and select, and after a field exactly the operators its kind takes.
import { beforeAll, describe, expect, it } from 'vitest'
import { createEditor, type Editor } from './language-service.js'

let editor: Editor
beforeAll(() => {
  editor = createEditor()
})

const contactFields = [
  'id',
  'name',
  'lastName',
  'secondName',
  'phone',
  'email',
  'companyId',
  'post',
  'comments',
  'typeId',
  'sourceId',
  'sourceDescription',
  'assignedById',
  'createdBy',
  'updatedBy',
  'createdTime',
  'updatedTime',
  'opened',
  'export',
  'leadId',
  'honorific',
]

describe('field completions', () => {
  it('where( offers every filterable field', () => {
    expect(editor.completions("contacts().where('|")).toEqual(contactFields)
  })

  it('where( leaves out the fields the service does not filter on', () => {
    const fields = editor.completions("deals().where('|")
    expect(fields).toContain('stageId')
    expect(fields).not.toContain('contactIds')
    expect(fields).not.toContain('observers')
  })

  it('orderBy( offers every field but phones and emails', () => {
    expect(editor.completions("contacts().orderBy('|")).toEqual(
      contactFields.filter((f) => f !== 'phone' && f !== 'email'),
    )
  })

  it('select( offers every field, first and after others', () => {
    expect(editor.completions("contacts().select('|")).toEqual(contactFields)
    expect(editor.completions("contacts().select('id', '|")).toEqual(contactFields)
  })

  it('inside where((w) => …) the condition builder offers the same fields', () => {
    expect(editor.completions("contacts().where((w) => w('|")).toEqual(contactFields)
  })
})

describe('operator completions after a field, by kind', () => {
  it('number', () => {
    expect(editor.completions("contacts().where('companyId', '|")).toEqual([
      '=',
      '!=',
      '>',
      '>=',
      '<',
      '<=',
      'in',
      'not in',
    ])
  })

  it('datetime', () => {
    expect(editor.completions("contacts().where('createdTime', '|")).toEqual([
      '=',
      '!=',
      '>',
      '>=',
      '<',
      '<=',
      'in',
      'not in',
    ])
  })

  it('string', () => {
    expect(editor.completions("contacts().where('typeId', '|")).toEqual(['=', '!=', 'in', 'not in', 'contains'])
  })

  it('boolean', () => {
    expect(editor.completions("contacts().where('opened', '|")).toEqual(['=', '!='])
  })

  it('multifield (phone, email)', () => {
    expect(editor.completions("contacts().where('phone', '|")).toEqual(['=', 'contains'])
  })

  it('a multiple custom field takes its element kind’s operators', () => {
    expect(editor.completions("contacts<{ ufCrm_Tags: string[] }>().where('ufCrm_Tags', '|")).toEqual([
      '=',
      '!=',
      'in',
      'not in',
      'contains',
    ])
  })

  it('an enumeration offers its values beside its operators', () => {
    expect(editor.completions("deals().where('stageSemanticId', '|")).toEqual([
      'S',
      'F',
      'P',
      '=',
      '!=',
      'in',
      'not in',
      'contains',
    ])
  })

  it('the same inside a condition builder', () => {
    expect(editor.completions("contacts().where((w) => w('opened', '|")).toEqual(['=', '!='])
  })
})
