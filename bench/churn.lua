-- wrk script of the churn run (bench/churn.py): run with one thread per connection
-- (BENCH_CHURN_CONNECTIONS of them), so that each connection reads the drawn paths
-- (BENCH_CHURN_PATHS, a file, one a line) from its own offset. Counts answers by their
-- X-Page-Cache header and prints one JSON line as report.lua does, with hits, misses and
-- uncached (no header) added.
local threads = {}

setup = function(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

init = function(args)
  paths = {}
  for path in io.lines(os.getenv("BENCH_CHURN_PATHS")) do
    paths[#paths + 1] = path
  end
  -- a global set by setup(); the connections spread evenly over the sequence
  next_path = math.floor(id * #paths / tonumber(os.getenv("BENCH_CHURN_CONNECTIONS")))
  hits, misses, uncached, failed = 0, 0, 0, 0
end

request = function()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

response = function(status, headers, body)
  local cache = headers["X-Page-Cache"]
  if cache == "hit" then hits = hits + 1
  elseif cache == "miss" then misses = misses + 1
  else uncached = uncached + 1 end
  if status >= 400 then failed = failed + 1 end
end

done = function(summary, latency, requests)
  local counts = {hits = 0, misses = 0, uncached = 0, failed = 0}
  for _, thread in ipairs(threads) do
    for name, _ in pairs(counts) do counts[name] = counts[name] + thread:get(name) end
  end
  local errors = summary.errors
  local socket_errors = errors.connect + errors.read + errors.write + errors.timeout
  io.write(string.format(
    '\nJSON {"requests": %d, "seconds": %.3f, "rps": %.1f, "p50_ms": %.3f, "p95_ms": %.3f, '
    .. '"p99_ms": %.3f, "socket_errors": %d, "non_2xx_3xx": %d, "connect": %d, "read": %d, '
    .. '"write": %d, "timeout": %d, "errors": %d, "hits": %d, "misses": %d, "uncached": %d, '
    .. '"status_4xx_5xx": %d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    socket_errors, errors.status, errors.connect, errors.read, errors.write, errors.timeout,
    socket_errors + errors.status, counts.hits, counts.misses, counts.uncached, counts.failed))
end
