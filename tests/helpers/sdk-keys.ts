// The installed @meshconnect/web-link-sdk's own onEvent key list (LINK_EVENT_TYPE_KEYS). The
// package exports only isLinkEventTypeKey (and its index imports the browser-only Link), so its
// event-types module is evaluated here as it ships, with its `export`s dropped, and the list and
// the predicate read from it: a key a new SDK adds shows up in every test that enumerates them.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export interface SdkKeys {
  keys: string[]
  isKey: (k: string) => boolean
  version: string
}

export function sdkEventKeys(): SdkKeys {
  const dir = resolve(__dirname, '../../node_modules/@meshconnect/web-link-sdk')
  const src = readFileSync(resolve(dir, 'utils/event-types.js'), 'utf8')
  const mod = new Function(`${src.replace(/^export\s+/gm, '')}\nreturn { keys: LINK_EVENT_TYPE_KEYS, isKey: isLinkEventTypeKey }`)() as { keys: string[]; isKey: (k: string) => boolean }
  const version = (JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8')) as { version: string }).version
  return { ...mod, version }
}
