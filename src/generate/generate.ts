// `generate` as a function: read the portal, render the module. The command (`./cli.ts`) adds the
// arguments, the environment, the file and `--check` around it.
import { items } from '../entities/items.js'
import type { FetchLike } from '../core/transport.js'
import { defaultEntities, entityNames } from './entity-names.js'
import { GenerateFailure, readPortal } from './read-portal.js'
import { renderModule, type EntityModel } from './render.js'

/** The service's address when neither `--base-url` nor `VIBECODE_BASE_URL` gives one. */
export const defaultBaseUrl = 'https://vibecode.bitrix24.tech'

/** What {@link generate} needs. */
export interface GenerateOptions {
  /** The API key; used for the requests only, never written. */
  readonly apiKey: string
  /** An app key's user session token. */
  readonly sessionToken?: string | undefined
  /** The service, e.g. `https://vibecode.bitrix24.tech`. */
  readonly baseUrl?: string | undefined
  /** Entity paths (`deals`, `items/128`); every built-in entity the key can read when omitted. */
  readonly entities?: readonly string[] | undefined
  /** The command line for the header, e.g. `npx vibecode-query generate --out src/crm.ts`. */
  readonly command?: string | undefined
  readonly fetch?: FetchLike | undefined
  /** One request's time limit, in milliseconds. */
  readonly timeoutMs?: number | undefined
  /** Receives each line of progress. */
  readonly progress?: ((line: string) => void) | undefined
}

/** What {@link generate} produced. */
export interface Generated {
  /** The module's text. */
  readonly text: string
  /** The entities it types, by path. */
  readonly entities: readonly string[]
  /** How many fields it types, over all entities. */
  readonly fieldCount: number
  /** Entities left out (not named, and not readable), with why. */
  readonly skipped: readonly { readonly path: string; readonly reason: string }[]
}

/**
 * Checks entity paths: lower-case plural names (`deals`, `deal-categories`) or a smart process's
 * `items/<entityTypeId>`; removes repeats and sorts them.
 *
 * @param paths - The paths as given.
 * @returns The paths, sorted.
 * @throws {@link GenerateFailure} (usage) for a path that is neither.
 */
export function checkEntities(paths: readonly string[]): string[] {
  for (const path of paths) {
    const item = /^items\/(\d+)$/.exec(path)
    if (item) {
      try {
        items(Number(item[1]))
      } catch (error) {
        throw new GenerateFailure(`--entities: ${(error as Error).message}`, 2)
      }
    } else if (path === 'items') {
      throw new GenerateFailure("--entities: a smart process's items need its entityTypeId, e.g. items/128", 2)
    } else if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(path)) {
      throw new GenerateFailure(
        `--entities: '${path}' is not an entity name such as deals, deal-categories or items/128`,
        2,
      )
    }
  }
  return [...new Set(paths)].sort()
}

/**
 * The service's address as the header shows it: no user name or password.
 *
 * @param baseUrl - The address given.
 * @returns The address, e.g. `https://vibecode.bitrix24.tech`.
 * @throws {@link GenerateFailure} (usage) when it is not an http(s) URL, or has a query or fragment.
 */
export function publicAddress(baseUrl: string): string {
  let url: URL
  try {
    url = new URL(baseUrl)
  } catch {
    throw new GenerateFailure(`the base URL '${baseUrl.replace(/\/\/[^/@]*@/, '//…@')}' is not a URL`, 2)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new GenerateFailure('the base URL must start with https:// or http://', 2)
  if (url.search || url.hash)
    throw new GenerateFailure('the base URL takes no query or fragment: the service is addressed by its origin', 2)
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`
}

/**
 * Reads the portal's fields and renders the module.
 *
 * @param options - The key, the service, the entities.
 * @returns The module's text and what it covers.
 * @throws {@link GenerateFailure} when the portal cannot be read (see `readPortal`).
 */
export async function generate(options: GenerateOptions): Promise<Generated> {
  const named = options.entities !== undefined
  const paths = named ? checkEntities(options.entities ?? []) : [...defaultEntities]
  if (paths.length === 0) throw new GenerateFailure('--entities: name at least one entity', 2)
  const baseUrl = options.baseUrl ?? defaultBaseUrl
  const source = publicAddress(baseUrl)
  const names = paths.map(entityNames)
  const clash = names.find((a, i) =>
    names.some((b, j) => j < i && (a.exportName === b.exportName || a.typeName === b.typeName)),
  )
  if (clash)
    throw new GenerateFailure(`--entities: two entities would both be named ${clash.exportName} / ${clash.typeName}`, 2)

  const portal = await readPortal({
    apiKey: options.apiKey,
    sessionToken: options.sessionToken,
    baseUrl,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? 60_000,
    entities: paths,
    named,
    progress: options.progress ?? (() => undefined),
  })
  const entities: EntityModel[] = names.flatMap((entityNames) => {
    const read = portal.fields.get(entityNames.path)
    return read ? [{ names: entityNames, fields: read.fields }] : []
  })
  const text = renderModule({ command: options.command ?? 'npx vibecode-query generate', source, entities })
  for (const secret of [options.apiKey, options.sessionToken]) {
    // Only a portal that echoes the key in a caption could get it here; nothing is written then.
    if (secret && secret.length >= 8 && text.includes(secret))
      throw new GenerateFailure('refusing to write: the output would contain the key')
  }
  return {
    text,
    entities: entities.map(({ names }) => names.path),
    fieldCount: entities.reduce((sum, { fields }) => sum + Object.keys(fields).length, 0),
    skipped: portal.skipped,
  }
}
