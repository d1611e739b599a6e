"""Storage faults: a damaged, stale or misplaced index, and a library folder the process cannot write."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.store import Library
from reader.store.whoosh_backend.schema import DAMAGED_FILE

NOTE = "---\ntitle: Harbour cranes stopped\nlang: en\n---\nA ransomware gang stopped 14 harbour cranes.\n"


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    (tmp_path / "n.md").write_text(NOTE, encoding="utf-8")
    path = tmp_path / "lib"
    with Library(path) as lib:
        lib.import_paths([tmp_path / "n.md"])
    return path


def hits(path: Path, query: str = "cranes") -> int:
    with Library(path) as lib:
        return lib.search(query).total


def test_an_index_path_replaced_by_a_file_is_rebuilt_and_reindex_works(data, capsys):
    import shutil

    shutil.rmtree(data / "index")
    (data / "index").write_text("not an index", encoding="utf-8")
    assert hits(data) == 1
    (data / "index").rename(data / "old-index")
    (data / "index").write_text("again", encoding="utf-8")
    assert main(["--data-dir", str(data), "reindex"]) == 0
    assert hits(data) == 1


def test_an_index_left_beside_an_emptied_library_file_is_never_served(data):
    for suffix in ("", "-wal", "-shm"):
        p = data / f"library.sqlite3{suffix}"
        if p.exists():
            p.unlink()
    assert hits(data) == 0  # the old index's hit is gone with the library it belonged to


def test_a_damaged_index_fails_one_search_in_one_line_then_is_rebuilt(data, capsys):
    segments = [p for p in (data / "index").iterdir() if p.suffix in (".pst", ".trm", ".seg")]
    assert segments
    for p in segments:
        p.write_bytes(b"\0" * p.stat().st_size)
    capsys.readouterr()
    code = main(["--data-dir", str(data), "search", "cranes"])
    err = capsys.readouterr().err
    if code != 0:  # reading the zeroed segment failed: one line, and the index is marked for rebuilding
        assert code == 1 and len(err.strip().splitlines()) == 1 and "reindex" in err
        assert (data / "index" / DAMAGED_FILE).exists()
    assert hits(data) == 1  # the next start rebuilt it from the library


def test_a_read_only_library_reads_and_refuses_writes_in_one_line(data, tmp_path, capsys, monkeypatch):
    with Library(data, read_only=True) as lib:
        assert [r.title for r in lib.rows()] == ["Harbour cranes stopped"]
        assert lib.search("cranes").total == 1
    import os

    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == data else real_access(p, mode))
    capsys.readouterr()
    assert main(["--data-dir", str(data), "list", "--json"]) == 0
    assert [r["title"] for r in json.loads(capsys.readouterr().out)] == ["Harbour cranes stopped"]
    (tmp_path / "m.md").write_text(NOTE.replace("Harbour", "Dock"), encoding="utf-8")
    assert main(["--data-dir", str(data), "bookmark", "1"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "read-only" in err
