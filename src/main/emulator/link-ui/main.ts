// Browser entry of the emulated Link UI, bundled to one classic script (see ../link-script.ts)
// and served at LINK_SCRIPT_PATH. The page tells it what to do through a JSON data block:
// #mesh-session for a fresh Link session, #mesh-error for a token that cannot be used.
import { ERROR_DATA_ID, SESSION_DATA_ID, type LinkErrorData, type LinkSessionData } from './contract'
import { startErrorPage } from './error-page'
import { startSessionPage } from './session-page'

function readData<T>(id: string): T | null {
  const el = document.getElementById(id)
  return el?.textContent ? (JSON.parse(el.textContent) as T) : null
}

const session = readData<LinkSessionData>(SESSION_DATA_ID)
const error = session ? null : readData<LinkErrorData>(ERROR_DATA_ID)
if (session) startSessionPage(session)
else if (error) startErrorPage(error)
