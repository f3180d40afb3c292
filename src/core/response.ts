// How the core reads a transport's response: a redirect is refused (the key never follows one to
// another origin), the body is read with a size cap that holds while it arrives (compressed or
// not), and hooks see the response through a view with every secret masked.
import { ResponseError } from '../errors/response-error.js'
import type { ResponseLike } from './transport.js'

type Where = { readonly status: number; readonly method: string; readonly path: string }

const redirects = [301, 302, 303, 307, 308]

const originOf = (url: string, base?: string): string | undefined => {
  try {
    return new URL(url, base).origin
  } catch {
    return undefined
  }
}

/**
 * Throws `ResponseError` when the answer is a redirect, or came from another origin than `origin`,
 * the one asked (a transport that followed a redirect despite `redirect: 'manual'`). The service documents
 * no redirects; following one would send `X-Api-Key` wherever it points.
 *
 * @internal
 */
export function refuseRedirect(response: ResponseLike, url: string, origin: string, where: Where): void {
  if (redirects.includes(response.status) || response.type === 'opaqueredirect') {
    const location = response.headers.get('location')
    const target = location === null ? 'a hidden location' : (originOf(location, url) ?? 'an unreadable location')
    throw new ResponseError(`with a redirect to ${target}, not followed: it would carry the key there`, where)
  }
  const from = response.url
  // Parsed only when it is not plainly the URL asked, or one under the same origin.
  if (
    typeof from === 'string' &&
    from !== '' &&
    from !== url &&
    !from.startsWith(`${origin}/`) &&
    originOf(from) !== origin
  ) {
    throw new ResponseError(
      `after the transport redirected to ${originOf(from) ?? 'elsewhere'}: not read (the fetch must honour redirect: 'manual')`,
      where,
    )
  }
}

/**
 * Reads the body as text, failing with `ResponseError` as soon as more than `cap` bytes arrive
 * (decoded bytes, so a compressed bomb stops at the cap too). A body with an honest
 * `Content-Length` and no compression is read whole; a transport without a body stream is
 * checked once its text is read.
 *
 * @internal
 */
export async function readText(response: ResponseLike, cap: number, where: Where): Promise<string> {
  const tooLarge = () => new ResponseError(`with a body over maxResponseBytes (${cap} bytes): not read further`, where)
  const length = response.headers.get('content-length')
  if (length !== null && Number(length) > cap) throw tooLarge()
  const body = response.body
  if (!body || (length !== null && response.headers.get('content-encoding') === null)) {
    const text = await response.text()
    if (text.length > cap) throw tooLarge()
    return text
  }
  const decoder = new TextDecoder()
  const parts: string[] = []
  let size = 0
  const add = (chunk: Uint8Array): void => {
    size += chunk.byteLength
    if (size > cap) throw tooLarge()
    parts.push(decoder.decode(chunk, { stream: true }))
  }
  if ('getReader' in body) {
    const reader = body.getReader()
    try {
      for (let part = await reader.read(); !part.done; part = await reader.read()) add(part.value as Uint8Array)
    } catch (error) {
      reader.cancel().catch(() => undefined)
      throw error
    }
  } else {
    for await (const chunk of body) add(chunk) // leaving the loop early destroys a Node stream
  }
  parts.push(decoder.decode())
  return parts.join('')
}

/**
 * The response as hooks see it: the status, headers read through `redact`, and the body's text
 * (already read by the client) masked the same way.
 *
 * @internal
 */
export function shownResponse(response: ResponseLike, text: string, redact: (text: string) => string): ResponseLike {
  return {
    status: response.status,
    headers: {
      get: (name) => {
        const value = response.headers.get(name)
        return value === null ? null : redact(value)
      },
    },
    text: () => Promise.resolve(redact(text)),
  }
}
