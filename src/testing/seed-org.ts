/**
 * The portal's own people and work: departments (a fixed tree), users, workgroups and tasks. A
 * department's head is a user of it, a user belongs to a seeded department, a task's responsible user,
 * creator and workgroup exist. Each draws from its own stream.
 *
 * The CRM rows name their responsible users 1, 3, 5, 7, 9 and 12: with fewer than 12 users some of
 * those ids point at no user.
 *
 * @module
 */
import type { Random } from './prng.js'
import { between, SEED_START, type SeedContext } from './seed-context.js'
import { phoneNumber } from './seed-crm.js'
import {
  COMMENTS,
  DEPARTMENT_TREE,
  FEMALE_NAMES,
  LAST_NAMES,
  MALE_NAMES,
  RESPONSIBLE_USERS,
  TASK_TAGS,
  TASK_TITLES,
  WORK_POSITIONS,
  WORKGROUP_NAMES,
} from './seed-vocabulary.js'
import type { EmulatorRow } from './types.js'

const DAY = 86_400_000
const RECENT = Date.UTC(2025, 0, 1)

const ids = (rows: readonly EmulatorRow[]): number[] =>
  rows.flatMap((row) => (typeof row['id'] === 'number' ? [row['id']] : []))
const someUser = (r: Random, users: readonly number[]): number =>
  users.length > 0 ? r.pick(users) : r.weighted(RESPONSIBLE_USERS)

/**
 * Departments: the fixed tree of {@link DEPARTMENT_TREE}, each headed by the user with its id (the
 * root by user 1) when that user exists.
 *
 * @param ctx - the context (reads the user count)
 * @returns the rows, ids from 1
 * @example
 * ```ts
 * const generate: (ctx: SeedContext) => EmulatorRow[] = seedDepartments
 * ```
 * @category Testing
 */
export function seedDepartments(ctx: SeedContext): EmulatorRow[] {
  const users = ctx.countOf('users')
  return DEPARTMENT_TREE.map(([name, parentId], index) => ({
    id: index + 1,
    name,
    parentId,
    headId: index + 1 <= users ? index + 1 : null,
    sort: (index + 1) * 100,
  }))
}

/**
 * Users: user 1 is the administrator in the root department, users 2… head the other departments in
 * turn, the rest join one at random.
 *
 * @param ctx - the context (after departments)
 * @returns the rows, ids from 1
 * @example
 * ```ts
 * const generate: (ctx: SeedContext) => EmulatorRow[] = seedUsers
 * ```
 * @category Testing
 */
export function seedUsers(ctx: SeedContext): EmulatorRow[] {
  const r = ctx.random
  const departments = ids(ctx.rows('departments'))
  const rows: EmulatorRow[] = []
  for (let id = 1; id <= ctx.count; id++) {
    const female = r.chance(0.45)
    const name = female ? r.pick(FEMALE_NAMES) : r.pick(MALE_NAMES)[0]
    const [male, femaleForm] = r.pick(LAST_NAMES)
    const lastName = female ? femaleForm : male
    const department = departments.includes(id) ? id : departments.length > 1 ? r.pick(departments.slice(1)) : null
    const registered = between(r, SEED_START, RECENT)
    rows.push({
      id,
      name,
      lastName,
      email: `${name}.${lastName}.${id}@portal.example`.toLowerCase(),
      active: id === 1 || r.chance(0.9),
      workPosition: id === 1 ? 'CEO' : r.pick(WORK_POSITIONS),
      departmentId: department === null ? [] : [department],
      personalPhone: r.chance(0.6) ? phoneNumber(r, true) : null,
      personalPhoto: null,
      isAdmin: id === 1,
      lastLogin: ctx.iso(between(r, RECENT)),
      isOnline: r.chance(0.3),
      dateRegister: ctx.iso(registered),
    })
  }
  return rows
}

/**
 * Workgroups and projects, named from {@link WORKGROUP_NAMES} (numbered when the list runs out).
 *
 * @param ctx - the context (after users)
 * @returns the rows, ids from 1
 * @example
 * ```ts
 * const generate: (ctx: SeedContext) => EmulatorRow[] = seedWorkgroups
 * ```
 * @category Testing
 */
export function seedWorkgroups(ctx: SeedContext): EmulatorRow[] {
  const r = ctx.random
  const users = ids(ctx.rows('users'))
  const rows: EmulatorRow[] = []
  for (let id = 1; id <= ctx.count; id++) {
    const [base, subject] = WORKGROUP_NAMES[(id - 1) % WORKGROUP_NAMES.length] ?? ['Group', 'Teams']
    const round = Math.floor((id - 1) / WORKGROUP_NAMES.length)
    const created = between(r, SEED_START, RECENT)
    rows.push({
      id,
      name: round === 0 ? base : `${base} ${round + 1}`,
      description: r.chance(0.5) ? `${subject === 'Projects' ? 'Project' : 'Team'} space: ${base.toLowerCase()}` : null,
      active: r.chance(0.9),
      visible: r.chance(0.8),
      opened: r.chance(0.5),
      ownerId: someUser(r, users),
      subjectId: subject === 'Projects' ? 2 : 1,
      subjectName: subject,
      membersCount: r.int(2, 15),
      dateCreate: ctx.iso(created),
      dateUpdate: ctx.iso(between(r, created)),
    })
  }
  return rows
}

/**
 * Tasks of the seeded users, half of them in a workgroup, some subtasks of earlier tasks; completed
 * ones (status 5) carry `closedDate`.
 *
 * @param ctx - the context (after users and workgroups)
 * @returns the rows, ids from 1
 * @example
 * ```ts
 * const generate: (ctx: SeedContext) => EmulatorRow[] = seedTasks
 * ```
 * @category Testing
 */
export function seedTasks(ctx: SeedContext): EmulatorRow[] {
  const r = ctx.random
  const users = ids(ctx.rows('users'))
  const groups = ids(ctx.rows('workgroups'))
  const rows: EmulatorRow[] = []
  for (let id = 1; id <= ctx.count; id++) {
    const created = between(r, RECENT)
    const start = created + r.int(0, 3) * DAY
    const end = start + r.int(1, 10) * DAY
    const status = r.weighted([
      [2, 25],
      [3, 30],
      [4, 10],
      [5, 30],
      [6, 5],
    ])
    const changed = between(r, created)
    rows.push({
      id,
      title: r.pick(TASK_TITLES),
      description: r.chance(0.4) ? r.pick(COMMENTS) : null,
      responsibleId: someUser(r, users),
      createdBy: someUser(r, users),
      status,
      priority: r.weighted([
        [1, 60],
        [2, 25],
        [0, 15],
      ]),
      groupId: groups.length > 0 && r.chance(0.5) ? r.pick(groups) : null,
      parentId: id > 5 && r.chance(0.15) ? r.int(1, id - 1) : null,
      deadline: r.chance(0.7) ? ctx.iso(end) : null,
      startDatePlan: ctx.iso(start),
      endDatePlan: ctx.iso(end),
      timeEstimate: r.chance(0.5) ? r.int(1, 16) * 1800 : null,
      tags: r.chance(0.4) ? r.pick(TASK_TAGS) : null,
      accomplices: r.chance(0.2) ? [someUser(r, users)] : [],
      auditors: r.chance(0.2) ? [someUser(r, users)] : [],
      closedDate: status === 5 ? ctx.iso(changed) : null,
      createdDate: ctx.iso(created),
      changedDate: ctx.iso(changed),
      statusChangedDate: ctx.iso(changed),
      activityDate: ctx.iso(changed),
    })
  }
  return rows
}
