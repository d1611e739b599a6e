"""Libraries made by earlier releases open with nothing lost, and reach the current schema version."""

import json
import sqlite3
from pathlib import Path

import pytest

from reader.store import Library
from reader.store.db import SCHEMA, SCHEMA_VERSION, schema_version

#: The schema of a new library made by the previous release (commit d86bd24, the last that labelled every
#: library 1): its SCHEMA, the columns it added on open (articles.lang_source, feeds.retry_until) and its
#: SIDEBAR_SCHEMA. Written out here, as it was, so a change of the current schema cannot change it.
PREVIOUS_RELEASE = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE articles (id INTEGER PRIMARY KEY, guid_key TEXT, url TEXT, hash TEXT NOT NULL,
  title TEXT NOT NULL, lang TEXT NOT NULL DEFAULT '', date TEXT, date_ts REAL,
  source TEXT NOT NULL DEFAULT '', feed TEXT NOT NULL DEFAULT '', feed_url TEXT, origin TEXT NOT NULL DEFAULT '',
  tags TEXT NOT NULL DEFAULT '[]', story TEXT, alternates TEXT NOT NULL DEFAULT '{}',
  tldr TEXT NOT NULL DEFAULT '[]', blocks TEXT NOT NULL DEFAULT '[]', summary TEXT NOT NULL DEFAULT '', age TEXT,
  figures TEXT NOT NULL DEFAULT '[]', extra_figures TEXT NOT NULL DEFAULT '[]', names TEXT NOT NULL DEFAULT '[]',
  buckets TEXT, added_ts REAL NOT NULL, updated_ts REAL NOT NULL, sort_ts REAL NOT NULL,
  read INTEGER NOT NULL DEFAULT 0, bookmarked INTEGER NOT NULL DEFAULT 0, bookmarked_ts REAL, pair_id INTEGER,
  indexed INTEGER NOT NULL DEFAULT 0, lang_source TEXT NOT NULL DEFAULT '');
CREATE UNIQUE INDEX articles_guid ON articles(guid_key) WHERE guid_key IS NOT NULL;
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_hash ON articles(hash);
CREATE INDEX articles_story ON articles(story) WHERE story IS NOT NULL;
CREATE INDEX articles_sort ON articles(sort_ts DESC, id DESC);
CREATE INDEX articles_bookmarked ON articles(bookmarked, sort_ts DESC, id DESC);
CREATE INDEX articles_read ON articles(read, sort_ts DESC, id DESC);
CREATE INDEX articles_lang ON articles(lang, sort_ts DESC, id DESC);
CREATE INDEX articles_unindexed ON articles(indexed) WHERE indexed = 0;
CREATE TABLE pairs (en_id INTEGER NOT NULL UNIQUE REFERENCES articles(id),
  fr_id INTEGER NOT NULL UNIQUE REFERENCES articles(id), how TEXT NOT NULL, score REAL NOT NULL DEFAULT 0,
  created_ts REAL NOT NULL);
CREATE TABLE pair_keys (key TEXT NOT NULL, article_id INTEGER NOT NULL, lang TEXT NOT NULL, date_ts REAL);
CREATE INDEX pair_keys_lookup ON pair_keys(key, lang, date_ts, article_id);
CREATE INDEX pair_keys_article ON pair_keys(article_id);
CREATE INDEX pair_keys_undated ON pair_keys(lang) WHERE date_ts IS NULL;
CREATE TABLE links (article_id INTEGER NOT NULL, lang TEXT NOT NULL, url TEXT NOT NULL);
CREATE INDEX links_url ON links(url);
CREATE INDEX links_article ON links(article_id);
CREATE TABLE pair_blocks (a_id INTEGER NOT NULL, b_id INTEGER NOT NULL, PRIMARY KEY (a_id, b_id));
CREATE TABLE sources (origin TEXT PRIMARY KEY, digest TEXT NOT NULL, articles INTEGER NOT NULL);
CREATE TABLE feeds (url TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '', lang TEXT,
  tags TEXT NOT NULL DEFAULT '[]', full_text INTEGER NOT NULL DEFAULT 0, etag TEXT, last_modified TEXT,
  last_fetched TEXT, last_status INTEGER, error TEXT, added_ts REAL NOT NULL, retry_until TEXT);
CREATE INDEX articles_feed ON articles(feed, read, sort_ts DESC, id DESC);
CREATE TABLE article_tags (tag TEXT NOT NULL, article_id INTEGER NOT NULL, read INTEGER NOT NULL DEFAULT 0);
CREATE INDEX article_tags_tag ON article_tags(tag, read, article_id);
CREATE INDEX article_tags_article ON article_tags(article_id);
CREATE TRIGGER article_tags_insert AFTER INSERT ON articles BEGIN
  INSERT INTO article_tags(tag, article_id, read) SELECT DISTINCT value, NEW.id, NEW.read
  FROM json_each(NEW.tags) WHERE type = 'text' AND value <> ''; END;
CREATE TRIGGER article_tags_retag AFTER UPDATE OF tags ON articles BEGIN
  DELETE FROM article_tags WHERE article_id = OLD.id;
  INSERT INTO article_tags(tag, article_id, read) SELECT DISTINCT value, NEW.id, NEW.read
  FROM json_each(NEW.tags) WHERE type = 'text' AND value <> ''; END;
CREATE TRIGGER article_tags_read AFTER UPDATE OF read ON articles WHEN OLD.read IS NOT NEW.read BEGIN
  UPDATE article_tags SET read = NEW.read WHERE article_id = NEW.id; END;
CREATE TRIGGER article_tags_delete AFTER DELETE ON articles BEGIN
  DELETE FROM article_tags WHERE article_id = OLD.id; END;
INSERT INTO meta(key, value) VALUES ('schema', '1');
"""

FEED = "https://example.org/world.xml"


def _article(conn: sqlite3.Connection, title: str, *, read: bool, bookmarked: bool, sort_ts: float) -> int:
    """An article row as any earlier release stored it (the first release's columns only)."""
    blocks = [{"kind": "paragraph", "text": f"{title}, with 40 ships waiting."}]
    cur = conn.execute(
        "INSERT INTO articles(guid_key, url, hash, title, lang, date, date_ts, source, feed, feed_url, tags,"
        " blocks, added_ts, updated_ts, sort_ts, read, bookmarked, bookmarked_ts, indexed)"
        " VALUES (?, ?, ?, ?, 'en', '2026-11-20T08:00:00+00:00', ?, 'World desk', 'World', ?, ?, ?, ?, ?, ?,"
        " ?, ?, ?, 1)",
        (
            f"{FEED}\x1f{title}",
            f"https://example.org/{title.lower().replace(' ', '-')}",
            f"hash-{title}",
            title,
            sort_ts,
            FEED,
            json.dumps(["world", "ports"]),
            json.dumps(blocks),
            sort_ts,
            sort_ts,
            sort_ts,
            int(read),
            int(bookmarked),
            sort_ts if bookmarked else None,
        ),
    )
    return int(cur.lastrowid or 0)


def _old_library(folder: Path, schema: str) -> dict[str, int]:
    """A library folder holding a file with ``schema``, a subscription and two articles: one read and
    bookmarked, one unread."""
    folder.mkdir()
    conn = sqlite3.connect(folder / "library.sqlite3")
    try:
        conn.executescript(schema)
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema', '1')")
        conn.execute(
            "INSERT INTO feeds(url, title, lang, tags, added_ts) VALUES (?, 'World', 'en', '[\"world\"]', 1.0)",
            (FEED,),
        )
        ids = {
            "kept": _article(conn, "Harbour reopens", read=True, bookmarked=True, sort_ts=2.0),
            "new": _article(conn, "Ferry strike ends", read=False, bookmarked=False, sort_ts=1.0),
        }
        conn.commit()
    finally:
        conn.close()
    return ids


def _shape(path: Path) -> tuple[set[tuple[str, str]], dict[str, list[str]]]:
    """A library file's tables, indexes and triggers, and each table's columns."""
    conn = sqlite3.connect(path)
    try:
        objects = {
            (t, n) for t, n in conn.execute("SELECT type, name FROM sqlite_master") if n[:7] != "sqlite_"
        }
        columns = {
            n: sorted(r[1] for r in conn.execute(f"PRAGMA table_info({n})"))
            for t, n in objects
            if t == "table"
        }
    finally:
        conn.close()
    return objects, columns


@pytest.mark.parametrize("schema", [PREVIOUS_RELEASE, SCHEMA], ids=["previous release", "first release"])
def test_an_earlier_release_library_opens_with_nothing_lost(tmp_path, schema):
    ids = _old_library(tmp_path / "old", schema)
    notes: list[str] = []
    with Library(tmp_path / "old", notify=notes.append) as library:
        assert schema_version(library.db.conn) == SCHEMA_VERSION
        kept, new = library.article_json(ids["kept"]), library.article_json(ids["new"])
        assert kept is not None and new is not None
        assert (kept["title"], kept["read"], kept["bookmarked"]) == ("Harbour reopens", True, True)
        assert (new["title"], new["read"], new["bookmarked"]) == ("Ferry strike ends", False, False)
        assert [r.id for r in library.bookmarks()] == [ids["kept"]]
        assert library.unread_count() == 1
        assert [f["url"] for f in library.feeds()] == [FEED]
        assert {(t.name, t.total, t.unread) for t in library.tag_counts()} == {
            ("world", 2, 1),
            ("ports", 2, 1),
        }
        assert {h.id for h in library.search("harbour").results} == {ids["kept"]}
    # Only the first release's file lacks the sidebar's table: filling it is the one upgrade announced.
    assert any("upgrading" in n for n in notes) == (schema is SCHEMA)
    # The steps give an old library the schema a new one has.
    with Library(tmp_path / "new"):
        pass
    assert _shape(tmp_path / "old" / "library.sqlite3") == _shape(tmp_path / "new" / "library.sqlite3")


def test_a_library_is_upgraded_once(tmp_path):
    _old_library(tmp_path / "old", PREVIOUS_RELEASE)
    Library(tmp_path / "old").close()
    conn = sqlite3.connect(tmp_path / "old" / "library.sqlite3")
    try:
        conn.execute("DROP INDEX pair_keys_undated")  # a step that ran again would put it back
        conn.commit()
    finally:
        conn.close()
    with Library(tmp_path / "old") as library:
        assert schema_version(library.db.conn) == SCHEMA_VERSION
        assert (
            library.db.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'pair_keys_undated'").fetchone()
            is None
        )


def test_a_library_from_a_later_release_keeps_its_version(tmp_path):
    with Library(tmp_path / "lib") as library:
        library.db.set_meta("schema", str(SCHEMA_VERSION + 1))
    with Library(tmp_path / "lib") as library:
        assert schema_version(library.db.conn) == SCHEMA_VERSION + 1
