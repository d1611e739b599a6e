"""CPU time of figure extraction per article, on the benchmark corpus (and on any folder of articles).

    python bench/figures.py                       # 2,000 generated articles (1,000 EN/FR story pairs)
    python bench/figures.py --stories 5000        # more
    python bench/figures.py --files DIR           # articles read from DIR (any format the reader imports)

Each article's body, title and TL;DR are extracted as an import does; the CPU time (``time.process_time``)
of each article is recorded after one warm-up pass over all of them, and the median, mean and 90th
percentile are printed in milliseconds. Compare two builds in one sitting: the machines are noisy.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from reader.ingest import read_file
from reader.model import Article
from reader.pipeline import article_figures

try:  # run as ``python bench/figures.py`` or imported as ``bench.figures``
    import generate
except ImportError:  # pragma: no cover
    from bench import generate


def articles_of(folder: Path) -> list[Article]:
    found: list[Article] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        try:
            found += read_file(path).articles
        except Exception as exc:  # a bench reads what it can; the reader's own import reports errors
            print(f"{path}: skipped ({exc})", file=sys.stderr)
    return found


def extract(article: Article) -> int:
    body, fields = article_figures(article)
    return len(body) + len(fields)


def measure(articles: list[Article]) -> dict[str, float]:
    for a in articles:  # warm-up: compiled patterns and caches, as in a long import
        extract(a)
    times = []
    figures = 0
    for a in articles:
        start = time.process_time()
        figures += extract(a)
        times.append((time.process_time() - start) * 1000)
    times.sort()
    return {
        "articles": len(articles),
        "figures": figures,
        "median_ms": statistics.median(times),
        "mean_ms": statistics.fmean(times),
        "p90_ms": times[int(len(times) * 0.9)],
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--stories", type=int, default=1000, help="generated story pairs (articles = 2 x stories)")
    p.add_argument("--files", type=Path, help="measure the articles of this folder instead")
    args = p.parse_args(argv)
    if args.files:
        articles = articles_of(args.files)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            generate.main(["--stories", str(args.stories), "--out", tmp])
            articles = articles_of(Path(tmp) / "feeds")
    r = measure(articles)
    print(
        f"figure extraction: {r['articles']} articles, {r['figures']} figures; CPU per article "
        f"median {r['median_ms']:.3f} ms, mean {r['mean_ms']:.3f} ms, p90 {r['p90_ms']:.3f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
