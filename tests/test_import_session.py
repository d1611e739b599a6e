"""What an import changes in its own process while it runs, and puts back afterwards: the cyclic garbage
collector is paused and SQLite gets a bulk page cache."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.store import Library

FEEDS = Path(__file__).parent / "fixtures" / "ingest"


@pytest.fixture
def collector_enabled() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


def _cache_size(library: Library) -> int:
    (pages,) = library.db.conn.execute("PRAGMA cache_size").fetchone()
    return int(pages)


def test_an_import_pauses_the_cycle_collector_and_restores_it(
    tmp_path: Path, collector_enabled: None
) -> None:
    library = Library(tmp_path / "lib")
    before = _cache_size(library)
    during: list[tuple[bool, int]] = []
    results = library.import_paths(
        [FEEDS / "rss2-fr.xml", FEEDS / "atom-en.atom"],
        on_file=lambda result: during.append((gc.isenabled(), _cache_size(library))),
    )
    assert [r.error for r in results] == [None, None]
    assert during and all(not enabled for enabled, _ in during)
    assert all(pages != before for _, pages in during)
    assert gc.isenabled()
    assert _cache_size(library) == before
    library.close()


def test_an_import_that_fails_midway_restores_the_collector(tmp_path: Path, collector_enabled: None) -> None:
    library = Library(tmp_path / "lib")

    def stop(result: object) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        library.import_paths([FEEDS / "rss2-fr.xml"], on_file=stop)
    assert gc.isenabled()
    library.close()


def test_an_import_leaves_a_collector_paused_by_its_caller_paused(
    tmp_path: Path, collector_enabled: None
) -> None:
    library = Library(tmp_path / "lib")
    gc.disable()
    library.import_paths([FEEDS / "rss2-fr.xml"])
    assert not gc.isenabled()
    gc.enable()
    library.close()
