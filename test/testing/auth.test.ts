// Authentication and scopes, exactly as documented, over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { start, type Running } from './helpers.js'

let r: Running
beforeAll(async () => {
  r = await start({
    counts: { contacts: 5, companies: 2, deals: 0, leads: 0 },
    keys: {
      vibe_api_demo: { scopes: ['crm'] },
      vibe_api_tasksonly: { scopes: ['task', 'tasks'] },
      vibe_api_notokens: { scopes: ['crm'], tokens: [] },
      vibe_app_demo: { scopes: ['crm'], tokens: ['session-1'] },
      vibe_app_anytoken: { scopes: ['crm'] },
      vibe_live_mgmt: { scopes: ['vibe:mgmt:keys'] },
    },
  })
})
afterAll(() => r.close())

const search = (headers: Record<string, string>) => r.post('/v1/contacts/search', { limit: 1 }, headers)

describe('auth', () => {
  it('no X-Api-Key → 401 MISSING_API_KEY', async () => {
    const answer = await search({})
    expect(answer.status).toBe(401)
    expect(answer.json.error.code).toBe('MISSING_API_KEY')
  })
  it('an unknown key → 401 INVALID_API_KEY', async () => {
    const answer = await search({ 'X-Api-Key': 'vibe_api_nope' })
    expect(answer.status).toBe(401)
    expect(answer.json).toEqual({
      success: false,
      error: { code: 'INVALID_API_KEY', message: 'API key is invalid or unknown' },
    })
  })
  it('checks the key before the route: an unknown path with no key → 401', async () => {
    expect((await r.get('/v1/nowhere/at/all', {})).json.error.code).toBe('MISSING_API_KEY')
  })
  it('a vibe_app_ key without a session token → 401 TOKEN_MISSING (the keys and batch pages)', async () => {
    const answer = await search({ 'X-Api-Key': 'vibe_app_demo' })
    expect(answer.status).toBe(401)
    expect(answer.json.error.code).toBe('TOKEN_MISSING')
    expect((await search({ 'X-Api-Key': 'vibe_app_demo', Authorization: 'Basic abc' })).json.error.code).toBe(
      'TOKEN_MISSING',
    )
    expect((await search({ Authorization: 'Bearer vibe_app_demo' })).json.error.code).toBe('TOKEN_MISSING')
  })
  it('takes a vibe_api_ key from Authorization: Bearer when X-Api-Key is absent', async () => {
    expect((await search({ Authorization: 'Bearer vibe_api_demo' })).status).toBe(200)
    expect((await search({ Authorization: 'Bearer vibe_api_nope' })).json.error.code).toBe('INVALID_API_KEY')
    expect((await search({ Authorization: 'Bearer vibe_live_mgmt' })).json.error.code).toBe(
      'MANAGEMENT_KEY_NO_ENTITY_ACCESS',
    )
    expect((await search({ Authorization: 'Bearer not-a-key' })).json.error.code).toBe('MISSING_API_KEY')
  })
  it('a vibe_app_ key with a configured session token works; an unknown token → 401 TOKEN_EXPIRED', async () => {
    const ok = await search({ 'X-Api-Key': 'vibe_app_demo', Authorization: 'Bearer session-1' })
    expect(ok.status).toBe(200)
    expect(ok.json.data).toHaveLength(1)
    const bad = await search({ 'X-Api-Key': 'vibe_app_demo', Authorization: 'Bearer session-2' })
    expect(bad.status).toBe(401)
    expect(bad.json.error.code).toBe('TOKEN_EXPIRED')
    expect((await search({ 'X-Api-Key': 'vibe_app_anytoken', Authorization: 'Bearer whatever' })).status).toBe(200)
  })
  it('a key configured with tokens: [] → 401 TOKEN_MISSING', async () => {
    const answer = await search({ 'X-Api-Key': 'vibe_api_notokens' })
    expect(answer.status).toBe(401)
    expect(answer.json.error).toEqual({ code: 'TOKEN_MISSING', message: 'API key has no configured tokens' })
  })
  it("a key without the crm scope → 403 SCOPE_DENIED, This endpoint requires 'crm' scope", async () => {
    const answer = await search({ 'X-Api-Key': 'vibe_api_tasksonly' })
    expect(answer.status).toBe(403)
    expect(answer.json).toEqual({
      success: false,
      error: { code: 'SCOPE_DENIED', message: "This endpoint requires 'crm' scope" },
    })
    expect((await r.get('/v1/contacts/1', { 'X-Api-Key': 'vibe_api_tasksonly' })).status).toBe(403)
  })
  it('a management key on an entity endpoint → 403 MANAGEMENT_KEY_NO_ENTITY_ACCESS', async () => {
    const answer = await search({ 'X-Api-Key': 'vibe_live_mgmt' })
    expect(answer.status).toBe(403)
    expect(answer.json.error.code).toBe('MANAGEMENT_KEY_NO_ENTITY_ACCESS')
  })
  it('the header name is case-insensitive; the demo key is refused once other keys are configured', async () => {
    expect((await search({ 'x-api-key': 'vibe_api_demo' })).status).toBe(200)
    const custom = await start({ keys: { vibe_api_other: { scopes: ['crm'] } }, counts: { contacts: 1 } })
    try {
      expect((await custom.post('/v1/contacts/search', {}, { 'X-Api-Key': 'vibe_api_demo' })).json.error.code).toBe(
        'INVALID_API_KEY',
      )
    } finally {
      await custom.close()
    }
  })
})
