-- wrk script: each connection's thread walks the request paths in PATHS_FILE in turn, starting
-- at a different offset per thread, so both systems see the same rotating query set.
-- At the end it prints one machine-readable line for bench/run.
local paths = {}
local counter = 0

local function load(file)
  local list = {}
  for line in io.lines(file) do
    if #line > 0 then list[#list + 1] = line end
  end
  return list
end

local thread_index = 0
function setup(thread)
  thread:set("offset", thread_index * 97)
  thread_index = thread_index + 1
end

function init(args)
  paths = load(os.getenv("PATHS_FILE"))
  counter = tonumber(offset) or 0
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK requests=%d duration_s=%.3f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f errors=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.connect + e.read + e.write + e.timeout, e.status))
end
