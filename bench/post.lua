-- wrk script for bench/wrk.ts: POSTs pre-signed Mesh deliveries.
-- Plain Lua has no HMAC, so bench/wrk.ts writes the signed requests beforehand, one file per
-- wrk thread (PREFIX.1, PREFIX.2, ...), one request per line: "<signature>\t<body>".
-- Each thread reads its file in init() (before wrk starts its clock) and hands out the
-- pre-built requests in order from an offset (the third script argument: what earlier runs
-- against the same server already sent), wrapping around when it runs out; "unique" is what
-- was left after the offset, so the caller can report which share of the requests were
-- byte-identical repeats.
-- done() prints one line "WRKJSON {...}" with the figures bench/wrk.ts reads.

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local reqs = {}
local n = 0
local i = 0
sent = 0
unique = 0

function init(args)
  local prefix = args[1]
  local path = args[2] or "/webhooks/mesh"
  -- Where to start in the file: a second run against the same server skips what the first sent.
  local offset = tonumber(args[3] or "0") or 0
  local f = assert(io.open(prefix .. "." .. id, "r"))
  for line in f:lines() do
    local tab = string.find(line, "\t", 1, true)
    if tab then
      local sig = string.sub(line, 1, tab - 1)
      local body = string.sub(line, tab + 1)
      n = n + 1
      reqs[n] = wrk.format("POST", path, { ["Content-Type"] = "application/json", ["X-Mesh-Signature-256"] = sig }, body)
    end
  end
  f:close()
  if n > 0 then i = offset % n end
  unique = math.max(0, n - offset)
end

function request()
  i = i + 1
  if i > n then i = 1 end
  sent = sent + 1
  return reqs[i]
end

function done(summary, latency, requests)
  local per = {}
  for _, t in ipairs(threads) do
    table.insert(per, string.format('{"sent":%d,"unique":%d}', t:get("sent") or 0, t:get("unique") or 0))
  end
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests":%d,"durationUs":%d,"bytes":%d,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latencyUs":{"min":%d,"mean":%.1f,"max":%d,"stdev":%.1f,"p50":%d,"p90":%d,"p99":%d,"p999":%d},"threads":[%s]}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency.min, latency.mean, latency.max, latency.stdev,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9),
    table.concat(per, ",")))
end
