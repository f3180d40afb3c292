// The documented error codes (test/fixtures/docs/error-codes.json) and the error the doc server
// throws to answer one of them.
import { readFileSync } from 'node:fs'

/** One entry of `error-codes.json`: a code, the HTTP status the docs give it, and where. */
export interface DocumentedError {
  readonly code: string
  /** `null` where the docs name the code without a status. */
  readonly status: number | null
  /** The line of the docs (vibecode-docs-2026-05-05.ru.txt). */
  readonly line: number
  readonly page: string
  readonly retryable?: boolean
  readonly retryLine?: number
  readonly note?: string
}

/** Every documented code and status, as `error-codes.json` lists them. */
export const DOCUMENTED_ERRORS: readonly DocumentedError[] = JSON.parse(
  readFileSync(new URL('../fixtures/docs/error-codes.json', import.meta.url), 'utf8'),
) as DocumentedError[]

/**
 * Tells whether the docs give `code` this HTTP status (a code documented without a status goes with any).
 *
 * @param code - The error code, e.g. `'ENTITY_NOT_FOUND'`.
 * @param status - The HTTP status.
 * @returns `true` when the pair is documented.
 */
export function isDocumented(code: string, status: number): boolean {
  return DOCUMENTED_ERRORS.some((entry) => entry.code === code && (entry.status === null || entry.status === status))
}

/** A documented error to answer: the handler that catches it writes the error envelope. */
export class DocError extends Error {
  override readonly name = 'DocError'

  /**
   * @param status - The HTTP status.
   * @param code - A documented code.
   * @param message - The envelope's message.
   * @param data - An optional `data` member beside `error` (batch: `{ errors }`).
   */
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly data?: unknown,
  ) {
    super(message)
  }
}
