"""Issue 16's targets, each with what this run measured and "met" or "missed".

A target whose figure this run did not produce (a partial run, no Chromium) says "not measured"
instead of passing or failing.
"""

import run

# Bounds of the issue, in one place.
UNCACHED_ARTICLE_TO_BARE = 0.05
QUERIES_PER_PAGE = 10
CACHE_SHARE = 0.95
P99_TO_CACHED_P50 = 5
SEARCH_P95_MS = 50
SEARCH_BIG_TO_SMALL = 1.5
DEEP_TO_FIRST = 1.2
LCP_MS = 2500
WORKER_MB = 150


def targets(report):
    """(target, measured, met: True / False / None) for each of issue 16's targets."""
    big = report.get("sizes", {}).get(str(run.NEWS), {})
    small = report.get("sizes", {}).get(str(run.SMALL), {})
    bare = report.get("yardsticks", {}).get("bare Django")
    rows = []

    article = big.get("article (uncached)")
    value = round(article["rps"] / bare["rps"], 3) if article and bare else None
    rows.append((f"uncached article ≥ {UNCACHED_ARTICLE_TO_BARE} × bare Django", value,
                 None if value is None else value >= UNCACHED_ARTICLE_TO_BARE))

    queries = {**small.get("queries", {}), **big.get("queries", {})}
    most = max(queries.values(), default=None)
    rows.append((f"every uncached page ≤ {QUERIES_PER_PAGE} queries (most: "
                 f"{max(queries, key=queries.get) if queries else '—'})", most,
                 None if most is None else most <= QUERIES_PER_PAGE))

    for caches, result in (report.get("churn") or {}).get("runs", {}).items():
        # Without its publications a churn run measures a cache nothing disturbs: no verdict.
        published = result.get("publishes_worked", 0) >= result.get("publishes_planned", 1)
        rows += [
            (f"churn ({caches}): ≥ {CACHE_SHARE:.0%} from the cache", f"{result['hit_share']:.1%}",
             result["hit_share"] >= CACHE_SHARE if published else None),
            (f"churn ({caches}): p99 ≤ {P99_TO_CACHED_P50} × cached p50",
             result["p99_over_cached_p50"],
             result["p99_over_cached_p50"] <= P99_TO_CACHED_P50 if published else None),
            (f"churn ({caches}): zero errors", result["churn"]["errors"],
             result["churn"]["errors"] == 0 if published else None),
        ]

    search = big.get("search, 2 connections (uncached)")
    value = search["p95_ms"] if search else None
    rows.append((f"search p95 < {SEARCH_P95_MS} ms at {run.NEWS:,} news, 2 connections", value,
                 None if value is None else value < SEARCH_P95_MS))
    value = run.latency_ratio({"a": big.get("search (uncached)"),
                               "b": small.get("search (uncached)")}, "a", "b") \
        if big.get("search (uncached)") and small.get("search (uncached)") else None
    rows.append((f"search p50 at {run.NEWS:,} / at {run.SMALL:,} ≤ {SEARCH_BIG_TO_SMALL}", value,
                 None if value is None else value <= SEARCH_BIG_TO_SMALL))

    value = run.latency_ratio(big, "page 1,000 (uncached)", "section page 1 (uncached)")
    rows.append((f"page 1,000 / page 1, uncached ≤ {DEEP_TO_FIRST}", value,
                 None if value is None else value <= DEEP_TO_FIRST))

    for name, figures in ((report.get("lcp") or {}).get("pages") or {}).items():
        rows.append((f"phone LCP, {name} ≤ {LCP_MS:,} ms", figures["median_ms"],
                     figures["median_ms"] <= LCP_MS))

    memory = [value for key, value in big.items() if key.startswith("peak worker memory")]
    value = round(max(memory)) if memory else None
    rows.append((f"peak memory per worker ≤ {WORKER_MB} MB at {run.NEWS:,} news", value,
                 None if value is None else value <= WORKER_MB))
    return rows


def target_lines(report):
    rows = targets(report)
    verdict = {True: "met", False: "**missed**", None: "not measured"}
    return ["", "Issue 16's targets (bench/targets.py):", "",
            "| target | measured | |", "|---|---:|---|",
            *(f"| {name} | {'—' if value is None else value} | {verdict[met]} |"
              for name, value, met in rows)]
