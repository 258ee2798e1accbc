-- wrk reporter: one JSON line with throughput, latency percentiles and errors.
-- BENCH_PATHS (paths separated by newlines) makes each connection cycle through them.
local paths = {}
for path in string.gmatch(os.getenv("BENCH_PATHS") or "", "[^\n]+") do
  paths[#paths + 1] = path
end
if #paths > 0 then
  local next_path = 0
  request = function()
    next_path = next_path % #paths + 1
    return wrk.format("GET", paths[next_path])
  end
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '\nJSON {"requests": %d, "seconds": %.3f, "rps": %.1f, "p50_ms": %.3f, "p95_ms": %.3f, '
    .. '"p99_ms": %.3f, "socket_errors": %d, "non_2xx_3xx": %d, "connect": %d, "read": %d, '
    .. '"write": %d, "timeout": %d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    errors.connect + errors.read + errors.write + errors.timeout, errors.status,
    errors.connect, errors.read, errors.write, errors.timeout))
end
