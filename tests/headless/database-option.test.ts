import { describe, expect, it } from 'vitest'
import { parseHeadlessArgs, UsageError } from '../../src/main/headless/options'

const parse = (argv: string[], env: NodeJS.ProcessEnv = {}) => {
  const o = parseHeadlessArgs(argv, env)
  if (o === 'help') throw new Error('help')
  return o
}

describe('--database', () => {
  it('is SQLite in the data dir unless a PostgreSQL URL is given', () => {
    expect(parse([]).databaseUrl).toBeNull()
    expect(parse(['--database', 'postgres://ct:pw@db.local:5432/ct']).databaseUrl).toBe('postgres://ct:pw@db.local:5432/ct')
    expect(parse([], { COUNTERTOP_DATABASE_URL: 'postgresql://db.local/ct' }).databaseUrl).toBe('postgresql://db.local/ct')
    expect(parse([], { COUNTERTOP_DATABASE_URL: '  ' }).databaseUrl).toBeNull()
  })
  it('prefers the flag over the environment', () => {
    expect(parse(['--database', 'postgres://a.local/x'], { COUNTERTOP_DATABASE_URL: 'postgres://b.local/y' }).databaseUrl).toBe('postgres://a.local/x')
  })
  it.each([
    ['mysql://db.local/ct', /must start with postgres:\/\//],
    ['db.local:5432', /must start with postgres:\/\/|not a URL/],
    ['not a url', /not a URL/],
    ['postgres:///ct', /needs a host/]
  ])('refuses %s with a message that says what to give', (url, message) => {
    expect(() => parse(['--database', url])).toThrow(UsageError)
    expect(() => parse(['--database', url])).toThrow(message)
  })
})
