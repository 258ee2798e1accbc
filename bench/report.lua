-- wrk reporter: one JSON line with throughput, latency percentiles and errors.
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '\nJSON {"requests": %d, "seconds": %.3f, "rps": %.1f, "p50_ms": %.3f, "p95_ms": %.3f, '
    .. '"p99_ms": %.3f, "socket_errors": %d, "non_2xx_3xx": %d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    errors.connect + errors.read + errors.write + errors.timeout, errors.status))
end
