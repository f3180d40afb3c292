import { defineEntity, everyOperation, type Entity } from '../builder/entity.js'
import type { TaskSchema } from '../schema/task.js'

/**
 * The entity `/v1/tasks`, typed with every field of the docs' task table and two observed ones
 * that `where` refuses.
 *
 * - Members: `get`, `create`, `update`, `delete`, `createMany`, `updateMany`, `deleteMany`,
 *   `fields`.
 * - Relations for `include`: `responsible` (one: the row or null), `creator` (one: the row or null).
 * - Aggregates: `sum`, `avg`, `min`, `max` on `status`, `priority`, `responsibleId`, `groupId`;
 *   `groupBy` on `status`, `priority`, `responsibleId`, `groupId`.
 *
 * @example
 * ```ts
 * import { tasks } from 'vibecode-query'
 *
 * tasks().where('responsibleId', 1).where('status', 'not in', [5, 6]).orderBy('deadline').select('id', 'title')
 * // { "filter": { "responsibleId": 1, "status": { "$nin": [5, 6] } }, "order": { "deadline": "asc" },
 * //   "select": ["id", "title"] }
 * ```
 * @category Entities
 */
export const tasks: Entity<TaskSchema> = defineEntity<TaskSchema>('tasks', everyOperation)
