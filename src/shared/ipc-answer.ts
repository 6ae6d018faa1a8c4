// The Electron main process answers a console command over IPC with its envelope, except a
// page its store serialized on another thread: that comes as `{ ok: true, json }` (UTF-8 JSON
// bytes), so the main process — which also answers Mesh's webhooks — never parses it. The
// preload turns it back into `{ ok: true, value }` before the page sees it.

/** The envelope the page expects, from what the main process sent. */
export function fromIpcAnswer(answer: unknown): unknown {
  if (typeof answer !== 'object' || answer === null) return answer
  const a = answer as { ok?: unknown; json?: unknown; value?: unknown }
  if (a.ok !== true || !(a.json instanceof Uint8Array) || 'value' in a) return answer
  return { ok: true, value: JSON.parse(new TextDecoder().decode(a.json)) }
}
