"""In-process measures on an opened library, run by ``run.py`` in a child process; prints JSON.

    python bench/probe.py DATA_DIR QUERIES_JSON [--repeat 7] [--titles 1000]

- ``open_ms``: ``Library(data_dir)`` (SQLite, Whoosh index, catch-up check).
- per query: one warm-up, then ``--repeat`` runs; medians of ``result.took_ms`` (the engine's own timing)
  and of the wall time around ``Library.search``; ``total`` hits. At limit 50 (the API's default) and 500
  (what the TUI asks for).
- ``pages``: ``Library.rows(limit=100, offset=k)`` at the top, the middle and the end of the list (what
  the TUI's virtual list reads per page while scrolling): first call and median of 5.
- ``titles``: the first ``--titles`` rows' titles of the all-articles view as the reader lists it (a story of
  several reports is one row), newest first, and the last one.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

LIMITS = (50, 500)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("data_dir", type=Path)
    p.add_argument("queries", help="JSON list of query strings")
    p.add_argument("--repeat", type=int, default=7)
    p.add_argument("--titles", type=int, default=1000)
    args = p.parse_args(argv)

    from reader.store import Library

    out: dict = {}
    t0 = time.perf_counter()
    library = Library(args.data_dir)
    out["open_ms"] = (time.perf_counter() - t0) * 1000
    try:
        out["count"] = library.count()
        out["queries"] = [search(library, q, args.repeat) for q in json.loads(args.queries)]
        out["pages"] = pages(library, out["count"])
        # the reader's list shows a story of several reports as one row: the titles it shows, in its order
        rows = library.rows(limit=args.titles, stories=True)
        out["titles"] = [r.title for r in rows]
        last = library.rows(limit=1, offset=max(library.count(stories=True) - 1, 0), stories=True)
        out["last_title"] = last[0].title if last else None
    finally:
        library.close()
    json.dump(out, sys.stdout, ensure_ascii=False)
    return 0


def search(library, query: str, repeat: int) -> dict:
    """At each limit, as its caller asks: the API's default (limit 50, a snippet for every hit) and the
    TUI's (limit 500, snippets for the first ones only)."""
    from reader.tui.screens.main import SEARCH_LIMIT, SEARCH_SNIPPETS

    result: dict = {"query": query}
    for limit in LIMITS:
        took, wall, total = [], [], None
        snippets = SEARCH_SNIPPETS if limit == SEARCH_LIMIT else None
        try:
            library.search(query, limit=limit, snippets=snippets)  # warm-up
            for _ in range(repeat):
                t0 = time.perf_counter()
                r = library.search(query, limit=limit, snippets=snippets)
                wall.append((time.perf_counter() - t0) * 1000)
                took.append(float(r.took_ms))
                total = int(r.total)
        except Exception as exc:  # a missing or broken search layer is reported, not fatal
            result["error"] = f"{type(exc).__name__}: {exc}"
            return result
        result[f"took_ms_{limit}"] = statistics.median(took)
        result[f"wall_ms_{limit}"] = statistics.median(wall)
        result["total"] = total
    return result


def pages(library, count: int) -> list[dict]:
    out = []
    for where, offset in (("top", 0), ("middle", count // 2), ("end", max(count - 100, 0))):
        times = []
        for _ in range(6):
            t0 = time.perf_counter()
            library.rows(limit=100, offset=offset)
            times.append((time.perf_counter() - t0) * 1000)
        out.append(
            {
                "where": where,
                "offset": offset,
                "first_ms": times[0],
                "median_ms": statistics.median(times[1:]),
            }
        )
    return out


if __name__ == "__main__":
    raise SystemExit(main())
