// Shared helpers for the emulator's tests: start an emulator on a free loopback port, and send
// requests to it with the global fetch.
import { createEmulator, type Emulator, type EmulatorOptions, type EmulatorServer } from '../../src/testing/index.js'

export const KEY = 'vibe_api_demo'

export interface Running {
  readonly emulator: Emulator
  readonly server: EmulatorServer
  readonly url: string
  /** POSTs a JSON body; returns status, headers and the parsed body (or text when not JSON). */
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Answer>
  /** GETs a path. */
  get(path: string, headers?: Record<string, string>): Promise<Answer>
  close(): Promise<void>
}

export interface Answer {
  readonly status: number
  readonly headers: Headers
  readonly json: any
  readonly text: string
}

export async function read(res: Response): Promise<Answer> {
  const text = await res.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: res.status, headers: res.headers, json, text }
}

export async function start(options?: EmulatorOptions): Promise<Running> {
  const emulator = createEmulator(options)
  const server = await emulator.listen({ port: 0 })
  const url = server.url
  return {
    emulator,
    server,
    url,
    post: async (path, body, headers = { 'X-Api-Key': KEY }) =>
      read(
        await fetch(`${url}${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        }),
      ),
    get: async (path, headers = { 'X-Api-Key': KEY }) => read(await fetch(`${url}${path}`, { headers })),
    close: () => server.close(),
  }
}

/** A small, hand-written data set whose answers can be stated exactly. */
export const DEALS = [
  {
    id: 1,
    title: 'Office furniture',
    stageId: 'NEW',
    amount: 1000,
    createdAt: '2026-01-01T00:00:00+03:00',
    contactId: 1,
    companyId: 15,
  },
  {
    id: 2,
    title: 'CRM implementation',
    stageId: 'WON',
    amount: 50000,
    createdAt: '2026-01-15T12:00:00+03:00',
    contactId: 2,
    companyId: 15,
  },
  {
    id: 3,
    title: 'Server hardware',
    stageId: 'LOST',
    amount: 200000,
    createdAt: '2025-12-31T23:30:00+03:00',
    contactId: 3,
    companyId: 7,
  },
  {
    id: 4,
    title: 'Annual SUPPORT contract',
    stageId: 'WON',
    amount: 75000,
    createdAt: '2026-02-01T09:00:00+03:00',
    contactId: 1,
    companyId: null,
  },
  {
    id: 5,
    title: 'Delivery of paper',
    stageId: 'EXECUTING',
    amount: 50000,
    createdAt: '2026-03-10T18:45:00+03:00',
    contactId: null,
    companyId: 7,
  },
  {
    id: 6,
    title: 'Security audit',
    stageId: 'NEW',
    amount: 300000,
    createdAt: '2025-06-01T10:00:00Z',
    contactId: 2,
    companyId: 15,
  },
]

export const CONTACTS = [
  {
    id: 1,
    name: 'Ivan',
    lastName: 'Petrov',
    phone: '74955553546',
    email: 'ivan@volga.example',
    companyId: 15,
    typeId: 'CLIENT',
    opened: true,
    createdTime: '2020-05-08T10:48:20+03:00',
  },
  {
    id: 2,
    name: 'Anna',
    lastName: 'Smirnova',
    phone: '79161234567',
    email: 'anna@ural.example',
    companyId: 15,
    typeId: 'PARTNER',
    opened: false,
    createdTime: '2024-01-01T00:00:00+03:00',
  },
  {
    id: 3,
    name: 'John',
    lastName: 'Smith',
    phone: '74991112233',
    email: 'john@example.com',
    companyId: 7,
    typeId: 'CLIENT',
    opened: true,
    createdTime: '2025-08-22T13:01:31+03:00',
  },
  {
    id: 4,
    name: 'Olga',
    lastName: 'Petrova',
    phone: '79035550000',
    email: null,
    companyId: null,
    typeId: 'SUPPLIER',
    opened: true,
    createdTime: '2026-01-01T00:00:00+03:00',
  },
]

export const ids = (answer: Answer): unknown[] => (answer.json.data as Array<{ id: unknown }>).map((r) => r.id)
