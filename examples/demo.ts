// npm run demo: runs the example queries against a local emulator (or, with VIBECODE_API_KEY set,
// against the real service; VIBECODE_BASE_URL overrides its URL), printing each compiled request
// and the rows it returned.
import { contacts, createClient, deals, stream, type AnyQuery, type Client } from '../src/index.js'
import { createEmulator, DEMO_API_KEY } from '../src/testing/index.js'
import { demoQueries } from './queries.js'

async function connect(): Promise<{ client: Client; where: string; close(): Promise<void> }> {
  const apiKey = process.env.VIBECODE_API_KEY
  if (apiKey) {
    const baseUrl = process.env.VIBECODE_BASE_URL ?? 'https://vibecode.bitrix24.tech'
    return { client: createClient({ apiKey, baseUrl }), where: baseUrl, close: async () => {} }
  }
  const server = await createEmulator({ counts: { contacts: 12_000 } }).listen({ port: 0 })
  const client = createClient({ apiKey: DEMO_API_KEY, baseUrl: server.url, rateLimit: false })
  return { client, where: `the built-in emulator at ${server.url} (set VIBECODE_API_KEY for the real service)`, close: () => server.close() }
}

const show = (title: string, query: AnyQuery) => {
  const { method, path, body } = query.compile()
  console.log(`\n${title}\n  ${method} ${path}\n  ${JSON.stringify(body)}`)
}

const { client, where, close } = await connect()
try {
  console.log(`vibecode-query demo, against ${where}`)
  for (const [title, query] of demoQueries) {
    show(title, query)
    console.table(await client.execute(query as AnyQuery))
  }

  const all = contacts().select('id', 'lastName')
  show('Every contact, past the 5000-row ceiling (stream)', all)
  let rows = 0
  for await (const _ of stream(client, all, {
    onProgress: ({ rows, requests, mode }) => console.log(`  ${mode} paging: ${rows} rows after ${requests} request${requests === 1 ? "" : "s"}`),
  })) {
    rows++
  }
  const counted = await client.execute(contacts().count())
  console.log(`  streamed ${rows} rows; contacts().count() says ${counted}`)

  // A dashboard: deal amounts per stage.
  const byStage = deals().aggregate({ amount: ['sum', 'avg'] }).groupBy('stageId')
  console.log(`\nDeal amounts per stage (aggregate + groupBy)\n  POST /v1/deals/aggregate\n  ${JSON.stringify(byStage)}`)
  const { count, aggregates, groups, truncated } = await client.execute(byStage)
  console.log(`  ${count} deals, ${aggregates.amount.sum} in all${truncated ? ' (over the first 5000 only)' : ''}`)
  console.table(groups.map((group) => ({ stageId: group.stageId, deals: group.count, sum: group.aggregates.amount?.sum })))

  // Writes: create, update, read back, delete. Against the real service they change your portal, so
  // the demo writes only to the emulator.
  if (!process.env.VIBECODE_API_KEY) {
    console.log('\nWriting a deal: create, update, get, delete')
    const { id } = await client.execute(deals.create({ title: 'Demo deal', amount: 1234, stageId: 'NEW' }))
    await client.execute(deals.update(id, { stageId: 'WON' }))
    const deal = await client.execute(deals.get(id))
    console.log(`  created #${id}; after the update it reads ${JSON.stringify({ title: deal.title, stageId: deal.stageId })}`)
    await client.execute(deals.delete(id))
    console.log(`  deleted #${id}`)
  }
} finally {
  await close()
}
