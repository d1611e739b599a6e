"""The first search of a fresh process, then the same search again; run by ``run.py``, prints JSON.

    python bench/cold.py DATA_DIR QUERY [--profile FILE]

``open_ms``: ``Library(data_dir)``. ``cold``: the first ``Library.search(query)`` of the process (limit 50, a
snippet for every hit: the API's default), its own ``took_ms`` and the wall time of the call; ``warm``: the
same call again. ``--profile FILE`` writes a cProfile of the first search.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("data_dir", type=Path)
    p.add_argument("query")
    p.add_argument("--profile", type=Path)
    args = p.parse_args(argv)

    from reader.store import Library

    t0 = time.perf_counter()
    library = Library(args.data_dir)
    out: dict = {"query": args.query, "open_ms": (time.perf_counter() - t0) * 1000}
    try:
        for run in ("cold", "warm"):
            profiler = None
            if run == "cold" and args.profile:
                import cProfile

                profiler = cProfile.Profile()
                profiler.enable()
            t0 = time.perf_counter()
            result = library.search(args.query)
            wall = (time.perf_counter() - t0) * 1000
            if profiler is not None:
                profiler.disable()
                profiler.dump_stats(str(args.profile))
            out[run] = {
                "took_ms": float(result.took_ms),
                "wall_ms": wall,
                "total": int(result.total),
                "suggestion": result.suggestion,
            }
    finally:
        library.close()
    json.dump(out, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
