/**
 * Whether a JSON value is an object (not `null`, not an array): what the answers' readers test
 * before reading a key.
 *
 * @internal
 */
export const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
