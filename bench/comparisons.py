"""How many figure comparisons an import makes, and who asks for them: what pairing and stories cost as a
library grows, counted rather than timed (the machines are noisy, a count is not).

    python bench/comparisons.py                    # 10,000 generated articles (5,000 EN/FR story pairs)
    python bench/comparisons.py --stories 20000    # 40,000

The generated feeds are imported through the API into a new library in a temporary folder (parse workers as
the CLI uses them); every call of ``compare_figures`` in this process is counted by the function that asked
for it, with its CPU time. Pairing's own comparisons (``_scored``) include the pairs themselves: about one
per pair is the floor, less the pairs that explicit links make (a third of the generated ones).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import reader.pairing
import reader.store.pairs
import reader.stories
from reader.store import Library

try:  # run as ``python bench/comparisons.py`` or imported as ``bench.comparisons``
    import generate
except ImportError:  # pragma: no cover
    from bench import generate


def counted(calls: Counter[str], seconds: Counter[str]) -> None:
    """Count every ``compare_figures`` call of the modules that make them, by the function that made it."""
    original = reader.pairing.compare_figures

    def compare_figures(*args: Any, **kwargs: Any) -> Any:
        caller = sys._getframe(1).f_code.co_name
        start = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            calls[caller] += 1
            seconds[caller] += time.process_time() - start

    for module in (reader.pairing, reader.stories, reader.store.pairs):
        module.compare_figures = compare_figures  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--stories", type=int, default=5000, help="generated story pairs (articles = 2 x stories)")
    args = p.parse_args(argv)
    calls: Counter[str] = Counter()
    seconds: Counter[str] = Counter()
    counted(calls, seconds)
    with tempfile.TemporaryDirectory() as tmp:
        generate.main(["--stories", str(args.stories), "--out", tmp])
        start = time.perf_counter()
        with Library(Path(tmp) / "library") as library:
            library.import_paths(sorted((Path(tmp) / "feeds").glob("*.xml")))
            wall = time.perf_counter() - start
            calls, seconds = Counter(calls), Counter(seconds)  # the import's; listing the pairs compares them
            pairs = len(library.pairs())
    print(f"import of {2 * args.stories} articles: {wall:.1f} s wall, {pairs} pairs")
    for caller, n in calls.most_common():
        print(f"  {caller}: {n} comparisons, {seconds[caller]:.1f} s CPU")
    print(f"  all: {sum(calls.values())} comparisons, {sum(seconds.values()):.1f} s CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
