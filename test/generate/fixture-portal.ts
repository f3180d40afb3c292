// A small portal on 127.0.0.1 for the generator's tests, answering as the docs show:
// `GET /v1/{entity}/fields` (docs 25650–25665: `data.fields` + `data.include`; items 30113–30145: the
// descriptors flat under `data`) and `POST /v1/batch` (docs 2101–2400: `data.{ results, totals, errors,
// summary, meta }`, `success` true on partial failure, 403 SCOPE_NOT_ALLOWED when every call lacks a scope).
// Errors use the documented codes and the documented SCOPE_DENIED message (docs 1227–1240).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One entity of the portal. */
export interface PortalEntity {
  /** The descriptors, exactly as the service would write them. */
  readonly fields: Record<string, unknown>
  /** Relations for `data.include`. */
  readonly include?: readonly string[]
  /** Descriptors directly under `data` (items, currencies) rather than under `data.fields`. */
  readonly flat?: boolean
  /** The scope the entity needs; `crm` when omitted. */
  readonly scope?: string
}

export interface FixturePortal {
  readonly url: string
  /** The portal's entities by path (`deals`, `items/128`): change them to change the portal. */
  readonly entities: Map<string, PortalEntity>
  /** Every request, in order. */
  readonly requests: {
    readonly method: string
    readonly path: string
    readonly headers: IncomingMessage['headers']
    readonly body: unknown
  }[]
  close(): Promise<void>
}

type Outcome = { ok: true; data: unknown } | { ok: false; status: number; code: string; message: string }

const send = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'Content-Type': 'application/json' })
  res.end(JSON.stringify(body))
}
const refuse = (res: ServerResponse, status: number, code: string, message: string): void =>
  send(res, status, { success: false, error: { code, message } })

/**
 * Starts the portal on a free port of 127.0.0.1.
 *
 * @param options - The key it accepts, the scopes that key has, and the entities.
 */
export async function startFixturePortal(options: {
  readonly key: string
  readonly scopes?: readonly string[]
  readonly entities: Readonly<Record<string, PortalEntity>>
}): Promise<FixturePortal> {
  const entities = new Map(Object.entries(options.entities))
  const scopes = new Set(options.scopes ?? ['crm'])
  const requests: FixturePortal['requests'][number][] = []

  const fieldsOf = (path: string): Outcome => {
    const entity = entities.get(path)
    if (!entity)
      return {
        ok: false,
        status: 400,
        code: 'UNKNOWN_ENTITY',
        message: `Unknown entity "${path}". Check GET /v1/guide for available entities.`,
      }
    const scope = entity.scope ?? 'crm'
    if (!scopes.has(scope))
      return { ok: false, status: 403, code: 'SCOPE_DENIED', message: `This endpoint requires '${scope}' scope` }
    const fields = structuredClone(entity.fields)
    return {
      ok: true,
      data: entity.flat ? fields : { fields, ...(entity.include ? { include: [...entity.include] } : {}) },
    }
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://portal').pathname
      const text = Buffer.concat(chunks).toString('utf8')
      let body: unknown
      try {
        body = text ? JSON.parse(text) : undefined
      } catch {
        body = text
      }
      requests.push({ method: req.method ?? '', path, headers: req.headers, body })
      const key = req.headers['x-api-key']
      if (!key) return refuse(res, 401, 'MISSING_API_KEY', 'API key required. Pass via X-Api-Key header.')
      if (key !== options.key) return refuse(res, 401, 'INVALID_API_KEY', 'Invalid API key')

      const single = /^\/v1\/((?:items\/\d+)|[a-z-]+)\/fields$/.exec(path)
      if (req.method === 'GET' && single) {
        const outcome = fieldsOf(single[1] as string)
        return outcome.ok
          ? send(res, 200, { success: true, data: outcome.data })
          : refuse(res, outcome.status, outcome.code, outcome.message)
      }
      if (req.method === 'POST' && path === '/v1/batch') {
        const calls = (body as { calls?: unknown } | undefined)?.calls
        if (!Array.isArray(calls) || calls.length < 1 || calls.length > 50) {
          return refuse(res, 400, 'INVALID_REQUEST', 'calls must hold 1 to 50 calls')
        }
        const results: Record<string, unknown> = {}
        const errors: Record<string, { code: string; message: string }> = {}
        const failures: Outcome[] = []
        calls.forEach(
          (call: { id?: string; entity?: string; action?: string; params?: { entityTypeId?: number } }, index) => {
            const id = call.id ?? String(index)
            let outcome: Outcome
            if (call.action !== 'fields')
              outcome = {
                ok: false,
                status: 400,
                code: 'ACTION_NOT_SUPPORTED',
                message: `Action "${call.action}" is not served here`,
              }
            else if (call.entity === 'items' && !call.params?.entityTypeId) {
              outcome = {
                ok: false,
                status: 400,
                code: 'MISSING_DYNAMIC_PARAM',
                message: 'entityTypeId is required in params',
              }
            } else
              outcome = fieldsOf(call.entity === 'items' ? `items/${call.params?.entityTypeId}` : String(call.entity))
            if (outcome.ok) results[id] = outcome.data
            else {
              const code = outcome.code === 'SCOPE_DENIED' ? 'SCOPE_NOT_ALLOWED' : outcome.code
              errors[id] = { code, message: outcome.message }
              failures.push({ ...outcome, code })
            }
          },
        )
        if (failures.length === calls.length) {
          const allScopes = failures.every((f) => !f.ok && f.code === 'SCOPE_NOT_ALLOWED')
          const first = failures[0] as Extract<Outcome, { ok: false }>
          return send(res, allScopes ? 403 : 400, {
            success: false,
            error: allScopes
              ? { code: 'SCOPE_NOT_ALLOWED', message: first.message }
              : { code: 'INVALID_REQUEST', message: 'All calls in the batch failed validation' },
            data: { errors },
          })
        }
        const failed = Object.keys(errors).length
        return send(res, 200, {
          success: true,
          data: {
            results,
            totals: {},
            errors,
            summary: { total: calls.length, succeeded: calls.length - failed, failed },
            meta: {},
          },
        })
      }
      return refuse(res, 404, 'NOT_FOUND', `No route ${req.method} ${path}`)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    entities,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

/** The portal of the tests: deals with custom fields of every kind, contacts, a smart process, tasks. */
export const portalEntities = (): Record<string, PortalEntity> => ({
  deals: {
    include: ['contact', 'company'],
    fields: {
      id: { type: 'integer', isRequired: false, isReadOnly: true, title: 'ID' },
      title: { type: 'string', isRequired: false, isReadOnly: false, title: 'Title' },
      amount: { type: 'double', isRequired: false, isReadOnly: false, title: 'Amount' },
      stageId: { type: 'crm_status', isRequired: false, isReadOnly: false, title: 'Stage' },
      contactIds: { type: 'crm_contact', isRequired: false, isReadOnly: true, isMultiple: true, title: 'Contacts' },
      createdAt: { type: 'datetime', isRequired: false, isReadOnly: true, title: 'Created' },
      movedBy: { type: 'user', isRequired: false, isReadOnly: true, title: 'Moved by' },
      ufCrm_Region: {
        type: 'enumeration',
        isRequired: false,
        isReadOnly: false,
        title: 'Region',
        items: [
          { ID: '46', VALUE: 'US' },
          { ID: '45', VALUE: 'EU' },
        ],
      },
      ufCrm_Budget: { type: 'double', isRequired: false, isReadOnly: false, title: 'Budget' },
      ufCrm_Due: { type: 'date', isRequired: false, isReadOnly: false, title: 'Due date' },
      ufCrm_Tags: { type: 'string', isRequired: false, isReadOnly: false, isMultiple: true, title: 'Tags' },
      ufCrm_Computed: { type: 'integer', isRequired: false, isReadOnly: true, title: 'Score (computed)' },
      ufCrm_Price: { type: 'money', isRequired: false, isReadOnly: false, title: 'Price' },
      ufCrm_Manager: { type: 'employee', isRequired: true, isReadOnly: false, title: 'Manager' },
      ufCrm_Contract: { type: 'file', isRequired: false, isReadOnly: false, title: 'Contract */ evil()' },
      ufCrm_Room: { type: 'resourcebooking', isRequired: false, isReadOnly: false, title: 'Room' },
    },
  },
  contacts: {
    fields: {
      id: { type: 'integer', isRequired: false, isReadOnly: true, title: 'ID' },
      name: { type: 'string', isRequired: false, isReadOnly: false, title: 'Name' },
      createdTime: { type: 'datetime', isRequired: false, isReadOnly: true, title: 'Created' },
      ufCrm_Vip: { type: 'boolean', isRequired: false, isReadOnly: false, title: 'VIP' },
    },
  },
  'items/128': {
    flat: true,
    fields: {
      id: { type: 'number', readonly: true },
      title: { type: 'string', readonly: false, label: 'Title' },
      ufCrm128_Score: { type: 'integer', readonly: false, label: 'Score' },
    },
  },
  tasks: { scope: 'task', fields: { ID: { type: 'integer', isReadOnly: true } } },
})
