"""What the sidebar's counts cost: per feed, per tag, per saved search, with and without ignore rules.

    python bench/sidebar.py LIBRARY_DIR [--grow-to 100000] [--runs 7]

``LIBRARY_DIR`` is a library made by ``newsreader import`` (see README: ``generate.py`` then ``import``); it is
copied first, never changed. ``--grow-to N`` copies its articles in SQL until the copy holds N of them (new
ids, each copy's rows unread), to time the SQL counts at a size the import would take long to reach; the
search index is not grown, so saved-search and ignore-rule timings stay at the imported size.
Prints one line per measure: the median of ``--runs`` runs in milliseconds.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.store import Library  # noqa: E402


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def grow(db_path: Path, target: int) -> None:
    """Copy the articles' rows (every column but the id and the unique GUID key) until there are ``target``."""
    conn = sqlite3.connect(db_path)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(articles)") if r[1] not in ("id", "guid_key")]
    names = ", ".join(columns)
    base = conn.execute("SELECT max(id) FROM articles").fetchone()[0]
    while (count := conn.execute("SELECT count(*) FROM articles").fetchone()[0]) < target:
        conn.execute(
            f"INSERT INTO articles({names}) SELECT {names} FROM articles WHERE id <= ? LIMIT ?",
            (base, target - count),
        )
        conn.commit()
    conn.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("library", type=Path)
    ap.add_argument("--grow-to", type=int, default=0)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sidebar-bench-"))
    try:
        lib_dir = work / "lib"
        shutil.copytree(args.library, lib_dir)
        if args.grow_to:
            grow(lib_dir / "library.sqlite3", args.grow_to)
        start = time.perf_counter()
        lib = Library(lib_dir)
        print(
            f"open (adds the sidebar's index and tag table once): {(time.perf_counter() - start) * 1000:.0f} ms"
        )
        print(f"articles: {lib.count():,}; feeds: {len(lib.feed_counts())}; tags: {len(lib.tag_counts())}")
        runs = args.runs
        ms, _ = timed(lib.feed_counts, runs)
        print(f"feed counts: {ms:.1f} ms")
        ms, _ = timed(lib.tag_counts, runs)
        print(f"tag counts: {ms:.1f} ms")
        ms, _ = timed(lib.state_stamp, runs)
        print(f"change stamp (what the sidebar polls): {ms:.3f} ms")
        first = lib.rows("unread", limit=1)[0].id
        ms, _ = timed(lambda: (lib.mark_read([first]), lib.mark_read([first], False)), runs)
        print(f"a read mark and its undo (with the tag triggers): {ms / 2:.1f} ms each")
        start = time.perf_counter()
        tally = lib.query_counts("lang:fr is:unread")
        print(
            f"saved search 'lang:fr is:unread', first (loads the index's columns): "
            f"{(time.perf_counter() - start) * 1000:.0f} ms, {tally.total:,} articles"
        )
        ms, _ = timed(lambda: lib.query_counts("lang:fr is:unread"), runs)
        print(f"saved search 'lang:fr is:unread': {ms:.1f} ms")
        ms, _ = timed(lambda: lib.query_counts("police"), runs)
        print(f"saved search 'police': {ms:.1f} ms")
        feed = lib.feed_counts()[0].name
        ms, ids = timed(lambda: lib.filtered_ids("feed", feed), runs)
        print(f"one feed's ids, newest first ({len(ids):,}): {ms:.1f} ms")
        tags = lib.tag_counts()
        if tags:
            tag = max(tags, key=lambda t: t.total).name
            ms, ids = timed(lambda: lib.filtered_ids("tag", tag), runs)
            print(f"one tag's ids, newest first ({len(ids):,}): {ms:.1f} ms")
        lib.set_ignore_rules(["police budget"])
        start = time.perf_counter()
        count = lib.count()
        print(
            f"ignore rule 'police budget', first list count: {(time.perf_counter() - start) * 1000:.0f} ms,"
            f" {count:,} articles left"
        )
        ms, _ = timed(lib.count, runs)
        print(f"list count with the rule: {ms:.1f} ms")
        ms, _ = timed(lib.feed_counts, runs)
        print(f"feed counts with the rule: {ms:.1f} ms")
        ms, _ = timed(lib.tag_counts, runs)
        print(f"tag counts with the rule: {ms:.1f} ms")
        ms, _ = timed(lambda: lib.rows("all", limit=100, offset=0), runs)
        print(f"list page (100 rows) with the rule: {ms:.1f} ms")
        lib.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
