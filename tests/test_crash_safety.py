"""Nothing gets lost: SIGKILL mid-import, two writers at once, a missing or broken index."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.store import Library

WORDS = (
    "harbour police server ransom breach network court minister budget storm bridge election "
    "hospital wallet exchange customs"
).split()


def write_feed(path: Path, prefix: str, n: int) -> None:
    items = []
    for i in range(n):
        w = [WORDS[(i * 7 + k) % len(WORDS)] for k in range(80)]
        items.append(
            f"<item><guid>{prefix}-{i}</guid><title>{prefix} story {i} about {w[0]} and {w[1]}</title>"
            f"<link>https://example.org/{prefix}/{i}</link>"
            f"<pubDate>Mon, 03 Feb 2025 {i % 24:02d}:{i % 60:02d}:00 +0000</pubDate>"
            f"<description>Police said {i + 3} servers and €{(i + 1) * 1000:,} were seized. {' '.join(w)}."
            f"</description></item>"
        )
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>'
        f"{prefix}</title><language>en</language>{''.join(items)}</channel></rss>",
        encoding="utf-8",
    )


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in status


def run_cli(data: Path, *args: str, **kw) -> subprocess.Popen:
    env = {**os.environ, "NEWSREADER_NO_SAMPLES": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "reader", "--data-dir", str(data), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        **kw,
    )


def cli_json(data: Path, *args: str):
    proc = run_cli(data, *args, "--json")
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    return json.loads(out)


def test_sigkill_during_import_keeps_bookmarks_and_rerun_completes(tmp_path):
    data, feeds = tmp_path / "lib", tmp_path / "feeds"
    feeds.mkdir()
    write_feed(feeds / "first.xml", "first", 5)
    assert run_cli(data, "import", str(feeds / "first.xml")).wait(timeout=120) == 0
    first = cli_json(data, "list")
    assert run_cli(data, "bookmark", str(first[0]["id"])).wait(timeout=60) == 0
    for n in range(12):
        write_feed(feeds / f"bulk-{n:02d}.xml", f"bulk{n}", 150)
    proc = run_cli(data, "import", str(feeds))
    # Kill once the import has visibly stored something (or after a while), mid-way through the files.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        line = proc.stdout.readline()
        if "bulk-02" in line:
            break
    workers = _children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    # Its worker processes (parsing in parallel) leave with it rather than linger.
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.2)
    assert workers and not any(_alive(w) for w in workers)

    # The library opens, the bookmark is there, and a re-run completes without duplicates.
    assert [r["id"] for r in cli_json(data, "bookmarks")] == [first[0]["id"]]
    rerun = run_cli(data, "import", str(feeds))
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    rows = cli_json(data, "list")
    assert len(rows) == 5 + 12 * 150
    assert len({r["url"] for r in rows}) == len(rows)
    assert cli_json(data, "search", "bulk11")["total"] == 150


def test_two_concurrent_imports_both_finish_with_correct_counts(tmp_path):
    data = tmp_path / "lib"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for n in range(3):
        write_feed(tmp_path / "a" / f"a{n}.xml", f"a{n}", 120)
        write_feed(tmp_path / "b" / f"b{n}.xml", f"b{n}", 120)
    Library(data).close()  # created once, so both processes open an existing library
    one = run_cli(data, "import", str(tmp_path / "a"))
    two = run_cli(data, "import", str(tmp_path / "b"))
    out1, err1 = one.communicate(timeout=300)
    out2, err2 = two.communicate(timeout=300)
    assert one.returncode == 0 and two.returncode == 0, (err1, err2)
    assert "Traceback" not in err1 + err2
    assert len(cli_json(data, "list")) == 6 * 120


def test_missing_or_broken_index_is_rebuilt_with_a_message(tmp_path):
    data = tmp_path / "lib"
    feed = tmp_path / "f.xml"
    write_feed(feed, "idx", 20)
    with Library(data) as lib:
        lib.import_paths([feed])
        assert lib.search("idx").total == 20
    for damage in ("remove", "corrupt"):
        index = data / "index"
        if damage == "remove":
            shutil.rmtree(index)
        else:
            for f in index.iterdir():
                if f.suffix in (".toc", ".seg") or f.name.startswith("_"):
                    f.write_bytes(b"garbage")
        messages: list[str] = []
        with Library(data, notify=messages.append) as lib:
            assert lib.search("idx").total == 20
        assert any("rebuilding" in m for m in messages), damage


def test_reindex_command_rebuilds_from_sqlite(tmp_path):
    data = tmp_path / "lib"
    feed = tmp_path / "f.xml"
    write_feed(feed, "re", 10)
    assert run_cli(data, "import", str(feed)).wait(timeout=120) == 0
    proc = run_cli(data, "reindex")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0 and "10 articles" in err
    assert cli_json(data, "search", "re")["total"] == 10


@pytest.mark.parametrize("flag", ["bookmarked", "read"])
def test_state_changes_are_committed_at_once(tmp_path, flag):
    data = tmp_path / "lib"
    feed = tmp_path / "f.xml"
    write_feed(feed, "st", 3)
    lib = Library(data)
    lib.import_paths([feed])
    target = lib.rows()[1].id
    if flag == "bookmarked":
        lib.set_bookmarked(target, True)
    else:
        lib.mark_read([target])
    # Another connection sees it before this one is closed: nothing waits for a later commit.
    rows = cli_json(data, "list")
    assert next(r for r in rows if r["id"] == target)[flag] is True
    lib.close()


def test_a_reader_keeps_reading_while_another_process_imports(tmp_path):
    data = tmp_path / "lib"
    first = tmp_path / "first.xml"
    write_feed(first, "early", 30)
    (tmp_path / "more").mkdir()
    for n in range(4):
        write_feed(tmp_path / "more" / f"m{n}.xml", f"late{n}", 150)
    reader = Library(data)  # as the TUI holds it: one connection and an open searcher
    try:
        reader.import_paths([first])
        assert reader.search("early").total == 30
        writer = run_cli(data, "import", str(tmp_path / "more"))
        reads = 0
        while writer.poll() is None:
            assert len(reader.rows(limit=50)) >= 30
            assert reader.search("early").total == 30
            reads += 1
        assert writer.returncode == 0, writer.stderr.read()
        assert reads > 0
        assert reader.count() == 30 + 4 * 150
        assert reader.search("late3").total == 150, "the open searcher sees what the other process indexed"
    finally:
        reader.close()


def test_an_import_commits_a_chunk_at_a_time_and_reads_a_file_cut_short_again(tmp_path, monkeypatch):
    """A file's articles are stored and paired a chunk per transaction, so another process's bookmark
    waits for one chunk, not a whole file. A crash mid-file keeps the chunks already committed, and the
    file (whose digest was not recorded) is read again by the next import."""
    from reader.store import library as library_module

    monkeypatch.setattr(library_module, "STORE_CHUNK", 2)
    feed = tmp_path / "wire.xml"
    write_feed(feed, "wire", 5)
    library = Library(tmp_path / "lib")
    try:
        stored = 0
        original = library_module.Library._store

        def crash_on_the_fourth(self, item):
            nonlocal stored
            if stored == 3:
                raise KeyboardInterrupt  # as if the process died here
            stored += 1
            return original(self, item)

        monkeypatch.setattr(library_module.Library, "_store", crash_on_the_fourth)
        with pytest.raises(KeyboardInterrupt):
            library.import_paths([feed])
        assert library.db.count() == 2  # the first chunk; the second was rolled back
        assert library.db.source_digests() == frozenset()
        library.close()

        monkeypatch.setattr(library_module.Library, "_store", original)
        library = Library(tmp_path / "lib")  # the next run: it indexes what the crash left unindexed
        transactions = 0
        begin = library.db.transaction

        def counted():
            nonlocal transactions
            transactions += 1
            return begin()

        monkeypatch.setattr(library.db, "transaction", counted)
        (result,) = library.import_paths([feed])
        assert (result.stats.added, result.stats.unchanged) == (3, 2)
        assert library.db.count() == 5 and library.index.doc_count() == 5
        assert transactions >= 3  # 5 articles, 2 per chunk
        assert len(library.db.source_digests()) == 1
    finally:
        library.close()
