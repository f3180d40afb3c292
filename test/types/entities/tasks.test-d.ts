// Tasks: every field of the docs' table and two observed ones that where refuses, typed.
import { describe, expectTypeOf, it } from 'vitest'
import { type InferRow, type IsoDateTime, tasks, type TaskSchema, type User } from '../../../src/index.js'

describe('tasks', () => {
  it('selects every documented field, with its type', () => {
    const q = tasks().select(
      'id',
      'title',
      'description',
      'responsibleId',
      'createdBy',
      'status',
      'priority',
      'groupId',
      'parentId',
      'deadline',
      'startDatePlan',
      'endDatePlan',
      'timeEstimate',
      'tags',
      'accomplices',
      'auditors',
      'closedDate',
      'createdDate',
      'changedDate',
      'statusChangedDate',
      'activityDate',
    )
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{
      id: number
      title: string | null
      description: string | null
      responsibleId: number | null
      createdBy: number | null
      status: 2 | 3 | 4 | 5 | 6 | null
      priority: 0 | 1 | 2 | null
      groupId: number | null
      parentId: number | null
      deadline: IsoDateTime | null
      startDatePlan: IsoDateTime | null
      endDatePlan: IsoDateTime | null
      timeEstimate: number | null
      tags: string | null
      accomplices: unknown[] | null
      auditors: unknown[] | null
      closedDate: IsoDateTime | null
      createdDate: IsoDateTime
      changedDate: IsoDateTime
      statusChangedDate: IsoDateTime | null
      activityDate: IsoDateTime | null
    }>()
  })

  it('filters each kind of field with its own operand', () => {
    tasks().where('status', 'in', [2, 3]).where('priority', 2).where('responsibleId', 1).where('groupId', '>', 0)
    tasks().where('title', 'contains', 'report').where('tags', 'contains', 'q2')
    tasks().where('deadline', '<', new Date()).where('createdDate', '>=', '2026-01-01')
    tasks().where('closedDate', '<', '2026-05-01T00:00:00Z')
    // @ts-expect-error — 1 is not a task status
    tasks().where('status', 1)
    // @ts-expect-error — the priorities are 0, 1 and 2
    tasks().where('priority', 'in', [1, 3])
    // @ts-expect-error — a date takes a Date or an ISO string
    tasks().where('deadline', '<', 'soon')
    // @ts-expect-error — accomplices cannot be filtered
    tasks().where('accomplices', 1)
  })

  it('knows the read-only fields, and which fields the service does not filter on', () => {
    expectTypeOf<TaskSchema['readOnly']>().toEqualTypeOf<
      'id' | 'createdBy' | 'closedDate' | 'createdDate' | 'changedDate' | 'statusChangedDate' | 'activityDate'
    >()
    expectTypeOf<TaskSchema['unfilterable']>().toEqualTypeOf<'statusChangedDate' | 'activityDate'>()
    // @ts-expect-error — the service ignores a filter on statusChangedDate
    tasks().where('statusChangedDate', '>=', new Date())
    // @ts-expect-error — and on activityDate
    tasks().where('activityDate', '>=', '2026-01-01')
    // @ts-expect-error — in a condition callback too
    tasks().where((w) => w('activityDate', '>=', '2026-01-01'))
    tasks().orderBy('activityDate', 'desc')
    expectTypeOf<TaskSchema['relations']['responsible']['row']>().toEqualTypeOf<User>()
    expectTypeOf<TaskSchema['relations']['creator']['key']>().toEqualTypeOf<'creator'>()
  })

  it('adds a custom field with withFields', () => {
    const mine = tasks.withFields<{ ufRegion: 'EU' | 'US' }>()
    const q = mine().where('ufRegion', 'EU').select('id', 'ufRegion')
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{ id: number; ufRegion: 'EU' | 'US' }>()
    // @ts-expect-error — the custom field takes its own values only
    mine().where('ufRegion', 'ASIA')
  })
})
