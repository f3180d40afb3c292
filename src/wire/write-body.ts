// The bodies of create and update (`POST /v1/{entity}`, `PATCH /v1/{entity}/{id}`) and the
// answers they get: 201 `{ data: { id, … } }` for a create, 204 with no body for a delete.
import { ResponseError } from '../errors/response-error.js'
import type { Answer } from './read-answer.js'

/**
 * Multifields: an update that sets one appends to it rather than replacing it, so repeating the
 * request would add the values twice.
 *
 * @internal
 */
export const multifields: ReadonlySet<string> = new Set(['phone', 'email', 'web', 'im', 'link'])

/**
 * The record a create answers: at least its numeric `id`, with whatever else the service sends.
 *
 * @internal
 */
export function createdOf(answer: Answer): Record<string, unknown> & { id: number } {
  const data = answer.data as Record<string, unknown> | null | undefined
  const id = typeof data?.id === 'string' && /^\d+$/.test(data.id) ? Number(data.id) : data?.id
  if (typeof data !== 'object' || data === null || typeof id !== 'number') {
    throw new ResponseError('with no numeric `data.id` for the created record', {
      status: answer.status,
      method: answer.method,
      path: answer.path,
    })
  }
  return { ...data, id }
}
