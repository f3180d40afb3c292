// npm run demo: prints the compiled body of each example query.
import { demoQueries } from './queries.js'

for (const [title, query] of demoQueries) {
  const { method, path, body } = query.compile()
  console.log(`\n${title}\n  ${method} ${path}\n  ${JSON.stringify(body)}`)
}
