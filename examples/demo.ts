// npm run demo: runs the example queries against a local emulator (or, with VIBECODE_API_KEY set,
// against the real service; VIBECODE_BASE_URL overrides its URL), printing for each one its
// TypeScript, the request it compiles to, and what the service answered.
import { readFileSync } from 'node:fs'
import {
  contacts,
  createClient,
  deals,
  isVibeCodeError,
  stream,
  type AnyQuery,
  type Client,
  type Operation,
} from '../src/index.js'
import { createEmulator, DEMO_API_KEY } from '../src/testing/index.js'
import * as examples from './queries.js'

const source = readFileSync(new URL('./queries.ts', import.meta.url), 'utf8')
/** The source of `export const <name>`, up to the blank line that ends it. */
const sourceOf = (name: string): string =>
  source
    .slice(source.indexOf(`export const ${name} =`))
    .split('\n\n')[0]
    ?.trimEnd() ?? name

async function connect(): Promise<{ client: Client; where: string; close(): Promise<void> }> {
  const apiKey = process.env.VIBECODE_API_KEY
  if (apiKey) {
    const baseUrl = process.env.VIBECODE_BASE_URL ?? 'https://vibecode.bitrix24.tech'
    // One retry and a 10 s timeout: without a network the demo says so in seconds.
    const client = createClient({ apiKey, baseUrl, timeoutMs: 10_000, retry: { limit: 1 } })
    return { client, where: baseUrl, close: async () => {} }
  }
  const server = await createEmulator({ counts: { contacts: 12_000 } }).listen({ port: 0 })
  const client = createClient({ apiKey: DEMO_API_KEY, baseUrl: server.url, rateLimit: false })
  return {
    client,
    where: `the built-in emulator at ${server.url} (set VIBECODE_API_KEY for the real service)`,
    close: () => server.close(),
  }
}

function heading(title: string, name: keyof typeof examples | undefined, query: Operation<unknown> | undefined): void {
  console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 72 - title.length))}`)
  if (name) console.log(`\n${sourceOf(name)}\n`)
  const request = query?.compile()
  if (request && 'method' in request)
    console.log(`${request.method} ${request.path}\n${JSON.stringify(request.body)}\n`)
}

async function search(title: string, name: keyof typeof examples, query: AnyQuery, client: Client): Promise<void> {
  heading(title, name, query)
  console.table(await client.execute(query))
}

const { client, where, close } = await connect()
try {
  console.log(`vibecode-query demo, against ${where}`)
  await search('Contacts of company 15, by last name', 'companyContacts', examples.companyContacts, client)
  await search(
    'Clients, or partners created this year (an OR group)',
    'clientsOrNewPartners',
    examples.clientsOrNewPartners,
    client,
  )
  await search(
    'Contacts from the web or by email (an OR on one field becomes $in)',
    'fromWebOrEmail',
    examples.fromWebOrEmail,
    client,
  )
  await search('The largest deals created in 2025', 'largestDealsOf2025', examples.largestDealsOf2025, client)

  heading('Deal amounts per stage (a dashboard: aggregate with groupBy)', 'amountsByStage', examples.amountsByStage)
  const { count, aggregates, groups, truncated } = await client.execute(examples.amountsByStage)
  console.log(`${count} deals, ${aggregates.amount.sum} in all${truncated ? ' (sums over the first 5000 only)' : ''}`)
  console.table(
    groups.map((group) => ({ stageId: group.stageId, deals: group.count, sum: group.aggregates.amount?.sum })),
  )

  const all = contacts().select('id', 'lastName')
  heading('Every contact, past the 5000-row ceiling of one request (stream)', undefined, undefined)
  console.log("\nfor await (const row of stream(client, contacts().select('id', 'lastName'))) rows++\n")
  let rows = 0
  for await (const _ of stream(client, all, {
    onProgress: ({ rows, requests, mode }) =>
      console.log(`${mode} paging: ${rows} rows after ${requests} request${requests === 1 ? '' : 's'}`),
  })) {
    rows++
  }
  console.log(`streamed ${rows} rows; contacts().count() says ${await client.execute(contacts().count())}`)

  // Writes change the portal they reach, so against the real service the demo does not write.
  if (!process.env.VIBECODE_API_KEY) {
    heading('Writing a deal: create, update, get, delete', undefined, undefined)
    const { id } = await client.execute(deals.create({ title: 'Demo deal', amount: 1234, stageId: 'NEW' }))
    console.log(`deals.create({ title: 'Demo deal', amount: 1234, stageId: 'NEW' }) → id ${id}`)
    await client.execute(deals.update(id, { stageId: 'WON' }))
    const deal = await client.execute(deals.get(id))
    console.log(
      `deals.update(${id}, { stageId: 'WON' }); deals.get(${id}) → ${JSON.stringify({ title: deal.title, stageId: deal.stageId })}`,
    )
    await client.execute(deals.delete(id))
    console.log(`deals.delete(${id}) → done`)
  }
} catch (error) {
  // One clear line for what went wrong (no key is ever in it), not a stack trace.
  if (!isVibeCodeError(error)) throw error
  console.error(`\nThe demo stopped: ${error.message}`)
  process.exitCode = 1
} finally {
  await close()
}
