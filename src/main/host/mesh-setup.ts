// Which Mesh to talk to, from the command line, the environment and the secret store. Pure.

/** A bad setting a user must fix; the hosts print its message and exit. */
export class SetupError extends Error {
  readonly code = 'SETUP_INVALID'
}

/** An environment variable set to nothing (or blanks) counts as unset, never as an empty value. */
export function envValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const v = env[name]?.trim()
  return v ? v : undefined
}

export interface MeshSetup {
  mode: 'emulator' | 'sandbox' | 'production'
  credentials?: { clientId: string; clientSecret: string }
  /** Why this mode was chosen, for the start-up log. */
  reason: string
}

/**
 * Which Mesh to talk to. `--sandbox`, or no credentials at all, means the built-in emulator,
 * so a newcomer sees the whole flow work on first start. Credentials come from the
 * environment (MESH_CLIENT_ID, MESH_API_KEY, MESH_ENV=sandbox|production) or the secret store.
 */
export function resolveMeshSetup(
  sandbox: boolean,
  env: NodeJS.ProcessEnv,
  stored: { clientId?: string; apiKey?: string; environment?: string }
): MeshSetup {
  if (sandbox) return { mode: 'emulator', reason: '--sandbox' }
  if (!envValue(env, 'MESH_ENV') && stored.environment === 'emulator') return { mode: 'emulator', reason: 'environment set to emulator in settings' }
  const clientId = envValue(env, 'MESH_CLIENT_ID') || stored.clientId
  const clientSecret = envValue(env, 'MESH_API_KEY') || stored.apiKey
  const environment = envValue(env, 'MESH_ENV') || stored.environment || 'sandbox'
  if (environment !== 'sandbox' && environment !== 'production') {
    throw new SetupError(`MESH_ENV must be "sandbox" or "production" (got "${environment}").`)
  }
  if (!clientId || !clientSecret) {
    return { mode: 'emulator', reason: clientId || clientSecret ? 'Mesh credentials incomplete (need both client id and API key)' : 'no Mesh credentials configured' }
  }
  return { mode: environment, credentials: { clientId, clientSecret }, reason: `Mesh ${environment}` }
}
