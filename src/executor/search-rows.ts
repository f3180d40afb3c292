import type { CompiledSearch } from '../compile/compile-search.js'
import { ResponseError } from '../errors/response-error.js'
import type { Send } from './request.js'

/**
 * Sends one compiled search and returns its rows (checking that `data` is an array), the status and
 * the `meta` the service may add.
 *
 * @internal
 */
export async function searchRows(
  send: Send,
  search: CompiledSearch<unknown>,
  signal?: AbortSignal,
): Promise<{ status: number; rows: unknown[]; meta?: unknown }> {
  const { method, path, body } = search
  const { status, data, meta } = await send({ method, path, body, signal })
  if (!Array.isArray(data)) throw new ResponseError('with `data` that is not an array', { status, method, path })
  return { status, rows: data, meta }
}
