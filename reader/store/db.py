"""SQLite state: articles' metadata and bodies, read/bookmark state, feeds, pairs.

Every user-visible change is its own transaction, committed before the call returns (WAL mode), so a crash
or ``kill -9`` never loses a bookmark, a read mark, a subscription or a manual pair.
"""

from __future__ import annotations

import heapq
import json
import re
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from reader.records import PairRecord, RowJson, SearchRecord, StoredArticle

#: The first release's schema: version 1. Every later change is a step of :data:`MIGRATIONS`.
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    guid_key TEXT,
    url TEXT,
    hash TEXT NOT NULL,
    title TEXT NOT NULL,
    lang TEXT NOT NULL DEFAULT '',
    date TEXT,
    date_ts REAL,
    source TEXT NOT NULL DEFAULT '',
    feed TEXT NOT NULL DEFAULT '',
    feed_url TEXT,
    origin TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    story TEXT,
    alternates TEXT NOT NULL DEFAULT '{}',
    tldr TEXT NOT NULL DEFAULT '[]',
    blocks TEXT NOT NULL DEFAULT '[]',
    summary TEXT NOT NULL DEFAULT '',
    age TEXT,
    figures TEXT NOT NULL DEFAULT '[]',
    names TEXT NOT NULL DEFAULT '[]',
    added_ts REAL NOT NULL,
    updated_ts REAL NOT NULL,
    sort_ts REAL NOT NULL,
    read INTEGER NOT NULL DEFAULT 0,
    bookmarked INTEGER NOT NULL DEFAULT 0,
    bookmarked_ts REAL,
    pair_id INTEGER,
    indexed INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX IF NOT EXISTS articles_guid ON articles(guid_key) WHERE guid_key IS NOT NULL;
CREATE INDEX IF NOT EXISTS articles_url ON articles(url);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(hash);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story) WHERE story IS NOT NULL;
CREATE INDEX IF NOT EXISTS articles_sort ON articles(sort_ts DESC, id DESC);
CREATE INDEX IF NOT EXISTS articles_bookmarked ON articles(bookmarked, sort_ts DESC, id DESC);
CREATE INDEX IF NOT EXISTS articles_read ON articles(read, sort_ts DESC, id DESC);
CREATE INDEX IF NOT EXISTS articles_lang ON articles(lang, sort_ts DESC, id DESC);
CREATE INDEX IF NOT EXISTS articles_unindexed ON articles(indexed) WHERE indexed = 0;
CREATE TABLE IF NOT EXISTS pairs (
    en_id INTEGER NOT NULL UNIQUE REFERENCES articles(id),
    fr_id INTEGER NOT NULL UNIQUE REFERENCES articles(id),
    how TEXT NOT NULL,
    score REAL NOT NULL DEFAULT 0,
    created_ts REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS pair_keys (
    key TEXT NOT NULL,
    article_id INTEGER NOT NULL,
    lang TEXT NOT NULL,
    date_ts REAL
);
CREATE INDEX IF NOT EXISTS pair_keys_key ON pair_keys(key, lang, date_ts);
CREATE INDEX IF NOT EXISTS pair_keys_article ON pair_keys(article_id);
CREATE TABLE IF NOT EXISTS links (
    article_id INTEGER NOT NULL,
    lang TEXT NOT NULL,
    url TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS links_url ON links(url);
CREATE INDEX IF NOT EXISTS links_article ON links(article_id);
CREATE TABLE IF NOT EXISTS pair_blocks (
    a_id INTEGER NOT NULL,
    b_id INTEGER NOT NULL,
    PRIMARY KEY (a_id, b_id)
);
CREATE TABLE IF NOT EXISTS sources (
    origin TEXT PRIMARY KEY,
    digest TEXT NOT NULL,
    articles INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    lang TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    full_text INTEGER NOT NULL DEFAULT 0,
    etag TEXT,
    last_modified TEXT,
    last_fetched TEXT,
    last_status INTEGER,
    error TEXT,
    added_ts REAL NOT NULL
);
"""

Migration = Callable[[sqlite3.Connection], None]


def _sql(*statements: str) -> Migration:
    def step(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return step


def _add_column(table: str, column: str, ddl: str) -> Migration:
    def step(conn: sqlite3.Connection) -> None:
        if column not in {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {ddl}")

    return step


def _sidebar(conn: sqlite3.Connection) -> None:
    """The index and table that keep the sidebar's counts cheap; the tag table is filled from the articles
    when it is new."""
    had_tags = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'article_tags'"
    ).fetchone()
    for statement in SIDEBAR_SCHEMA:
        conn.execute(statement)
    if not had_tags:
        conn.execute(
            "INSERT INTO article_tags(tag, article_id, read) SELECT DISTINCT j.value, a.id, a.read"
            " FROM articles a, json_each(a.tags) j WHERE j.type = 'text' AND j.value <> ''"
        )


def _stories(conn: sqlite3.Connection) -> None:
    """Stories (the groups of reports of one event), the decisions made by hand about them, and each
    article's story; every pair already stored becomes a story of its two versions."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS stories (id INTEGER PRIMARY KEY, how TEXT NOT NULL,"
        " created_ts REAL NOT NULL, en INTEGER NOT NULL DEFAULT 0, fr INTEGER NOT NULL DEFAULT 0,"
        " disagree INTEGER NOT NULL DEFAULT 0)"
    )
    # together = 1: joined by hand (never parted automatically); 0: split by hand (never joined again).
    conn.execute(
        "CREATE TABLE IF NOT EXISTS story_decisions (a_id INTEGER NOT NULL, b_id INTEGER NOT NULL,"
        " together INTEGER NOT NULL, PRIMARY KEY (a_id, b_id))"
    )
    _add_column("articles", "story_id", "INTEGER")(conn)
    conn.execute(
        "CREATE INDEX IF NOT EXISTS articles_story_id ON articles(story_id, sort_ts, id) WHERE story_id IS NOT NULL"
    )
    for en_id, fr_id, how in conn.execute("SELECT en_id, fr_id, how FROM pairs").fetchall():
        cur = conn.execute(
            "INSERT INTO stories(how, created_ts, en, fr) VALUES (?, ?, 1, 1)",
            ("manual" if how == "manual" else "explicit" if how == "explicit" else "auto", time.time()),
        )
        conn.execute("UPDATE articles SET story_id = ? WHERE id IN (?, ?)", (cur.lastrowid, en_id, fr_id))


def _story_heads(conn: sqlite3.Connection) -> None:
    _add_column("articles", "listed", "INTEGER NOT NULL DEFAULT 1")(conn)
    conn.execute("CREATE INDEX IF NOT EXISTS articles_listed ON articles(listed, sort_ts DESC, id DESC)")
    conn.execute(f"UPDATE articles SET listed = 0 WHERE story_id IS NOT NULL AND id <> ({_NEWEST_OF_STORY})")


#: The newest report of the story of the article being updated.
_NEWEST_OF_STORY = (
    "SELECT newest.id FROM articles newest WHERE newest.story_id = articles.story_id"
    " ORDER BY newest.sort_ts DESC, newest.id DESC LIMIT 1"
)


#: The schema's changes since the first release, in order: step ``n`` (counted from 2) takes a library from
#: version ``n - 1`` to ``n``. A new step goes at the end; a released step never changes.
#: Steps 2 to 8 were made while every library was labelled 1 whatever it held, so each checks what is
#: already there (a library labelled 1 gets all of them); later steps may trust the version.
MIGRATIONS: tuple[Migration, ...] = (
    # 2: the figures of titles and TL;DRs, apart from the body's.
    _add_column("articles", "extra_figures", "TEXT NOT NULL DEFAULT '[]'"),
    # 3: "is there any undated article in this language", answered from a partial index.
    _sql("CREATE INDEX IF NOT EXISTS pair_keys_undated ON pair_keys(lang) WHERE date_ts IS NULL"),
    # 4: a covering index for the candidate lookup (ids come from the index alone, not from a table row per
    # entry); it replaces pair_keys_key.
    _sql(
        "CREATE INDEX IF NOT EXISTS pair_keys_lookup ON pair_keys(key, lang, date_ts, article_id)",
        "DROP INDEX IF EXISTS pair_keys_key",
    ),
    # 5: each article's figure buckets. NULL for articles stored before: pairing then reads their figures whole.
    _add_column("articles", "buckets", "TEXT"),
    # 6: a 429/503's Retry-After (ISO, UTC): the feed is skipped until then.
    _add_column("feeds", "retry_until", "TEXT"),
    # 7: where an article's language came from.
    _add_column("articles", "lang_source", "TEXT NOT NULL DEFAULT ''"),
    # 8: the sidebar's counts by feed and by tag.
    _sidebar,
    # 9: stories, every report of one event; each pair stored so far is a story of two.
    _stories,
    # 10: the report a list of stories shows for each story (its newest), found from an index.
    _story_heads,
    # 11: a new article's tags are written with it, no longer by a trigger.
    _sql("DROP TRIGGER IF EXISTS article_tags_insert"),
    # 12: the region of an article's declared language ("CA" of "fr-CA"): whose dollar a bare "$" is when
    # its figures are read again.
    _add_column("articles", "lang_region", "TEXT NOT NULL DEFAULT ''"),
)
#: The version of a library once every step has run.
SCHEMA_VERSION = 1 + len(MIGRATIONS)


def _created_tables(conn: sqlite3.Connection) -> None:
    """The first release's tables that ``conn`` lacks, each with its indexes: all of them in a new file. (A
    library labelled 1 may come from before some of them; the indexes of those it has are the steps'.)"""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for statement in SCHEMA.split(";"):
        target = re.search(r"(?:TABLE IF NOT EXISTS|\bON) (\w+)", statement)
        if target is not None and target.group(1) not in tables:
            conn.execute(statement)


def schema_version(conn: sqlite3.Connection) -> int:
    """The version recorded in the library (0 for a new file; a label that is not a number counts as 1)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone() is None:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    if row is None:
        return 0
    try:
        return int(row[0])
    except (TypeError, ValueError):
        return 1


def upgrade(conn: sqlite3.Connection) -> None:
    """Inside a write transaction: the first release's schema for a new file, then the steps after the
    library's version, in order, and the version reached recorded in ``meta``. A library from a later
    release (a higher version) is left as it is."""
    version = schema_version(conn)
    if version <= 1:
        _created_tables(conn)
    for step in MIGRATIONS[max(version, 1) - 1 :]:
        step(conn)
    if version < SCHEMA_VERSION:
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema', ?)", (str(SCHEMA_VERSION),))


#: A pairing key found in more articles than this (within the date window) is too common to be evidence:
#: it says nothing about which story an article tells, and reading its rows would make the lookup grow
#: with the library.
COMMON_KEY = 50

#: A list of stories shows each story once, as its newest report (kept in ``listed``, see ``set_heads``).
STORY_HEAD = "listed = 1"

#: Columns of the list views: enough to draw a row, never the body.
ROW_COLUMNS = "id, title, lang, source, date, url, bookmarked, read, pair_id, feed, story_id"


@dataclass(slots=True)
class Row:
    """One line of an article list."""

    id: int
    title: str
    lang: str
    source: str
    date: str | None
    url: str | None
    bookmarked: bool
    read: bool
    pair_id: int | None
    feed: str
    story_id: int | None = None
    #: The story's versions in English and in French, and whether its reports disagree (set for a story of
    #: two or more reports by :meth:`Database.fill_stories`).
    story_en: int = 0
    story_fr: int = 0
    story_disagree: bool = False

    def to_json(self) -> RowJson:
        return {
            "id": self.id,
            "title": self.title,
            "lang": self.lang,
            "source": self.source,
            "date": self.date,
            "url": self.url,
            "bookmarked": self.bookmarked,
            "read": self.read,
            "pair_id": self.pair_id,
            "story_id": self.story_id,
        }


def _row(r: sqlite3.Row | tuple[Any, ...]) -> Row:
    return Row(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), bool(r[7]), r[8], r[9], r[10])


def _connect_read_only(path: Path, busy_timeout_s: float) -> sqlite3.Connection:
    """The library of a folder this process cannot write: read-only, and immutable when SQLite cannot even
    create the lock files it would read a WAL with (nothing else can be writing to such a folder)."""
    for options in ("mode=ro", "mode=ro&immutable=1"):
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?{options}",
            uri=True,
            timeout=busy_timeout_s,
            isolation_level=None,
            check_same_thread=False,
        )
        try:
            conn.execute("SELECT count(*) FROM articles").fetchone()
            return conn
        except sqlite3.Error:
            conn.close()
    raise sqlite3.OperationalError(f"cannot read the library at {path}")


def needs_sidebar_upgrade(path: Path) -> bool:
    """Whether the library file at ``path`` was made before the sidebar's tag table (opening it fills the
    table from every article, once)."""
    if not path.exists():
        return False
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            names = {
                r[0]
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE name IN ('articles', 'article_tags')"
                )
            }
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return "articles" in names and "article_tags" not in names


def _same_guid(stored_key: str | None, guid: str | None) -> bool:
    """Whether a stored article (its ``guid_key``, "<feed>\\x1f<guid>") may be the item with ``guid``: one of
    them has no GUID, or it is the same GUID (under the feed's old URL, say)."""
    return guid is None or stored_key is None or stored_key.endswith("\x1f" + guid)


def is_read_only_error(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLite refusing to write to a read-only library."""
    return isinstance(exc, sqlite3.OperationalError) and "readonly" in str(exc).replace("-", "").lower()


#: An import's page cache (KiB) and the write-ahead log's size, in pages, at which it is checkpointed.
BULK_CACHE_KIB = 65536
BULK_CHECKPOINT_PAGES = 10000


class Database:
    """A thin, typed layer over the SQLite file. Only :class:`reader.store.Library` uses it."""

    def __init__(self, path: Path, *, busy_timeout_s: float = 60.0, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        if read_only:
            self.conn = _connect_read_only(path, busy_timeout_s)
            return
        self.conn = sqlite3.connect(
            path, timeout=busy_timeout_s, isolation_level=None, check_same_thread=False
        )
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        with self.transaction():
            upgrade(self.conn)

    def close(self) -> None:
        self.conn.close()

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    @contextmanager
    def bulk_writes(self) -> Iterator[None]:
        """For an import: a larger page cache, and the write-ahead log copied into the database every
        ``BULK_CHECKPOINT_PAGES`` pages rather than every 1,000, so that the index pages an import rewrites
        over and over are copied once per checkpoint, not once per few transactions (see bench/README.md).
        Both are put back afterwards; a commit then checkpoints the log as usual."""
        (cache,) = self.conn.execute("PRAGMA cache_size").fetchone()
        (pages,) = self.conn.execute("PRAGMA wal_autocheckpoint").fetchone()
        self.conn.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
        self.conn.execute(f"PRAGMA wal_autocheckpoint = {BULK_CHECKPOINT_PAGES}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA cache_size = {int(cache)}")
            self.conn.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """An immediate (write-locking) transaction; committed on exit, rolled back on error."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- articles ------------------------------------------------------------------------------------

    def find_existing(
        self,
        guid_key: str | None,
        url: str | None,
        content_hash: str,
        *,
        guid: str | None = None,
        feed_url: str | None = None,
        feed: str = "",
    ) -> tuple[int, str] | None:
        """The (id, hash) of the stored article that is the same item, or None.

        An item belongs to its feed (``feed_url``, else the feed's title): its GUID decides first; then its
        link, among the same feed's articles and only where the stored GUID, if any, is the same; then its
        content, in the same feed. Another feed's item that reuses a link or copies a text is another
        article, so nothing from one feed can change what another stored; distinct GUIDs that share one
        link (podcast episodes pointing at the show's site) stay distinct."""
        if guid_key:
            found = self.conn.execute(
                "SELECT id, hash FROM articles WHERE guid_key = ? LIMIT 1", (guid_key,)
            ).fetchone()
            if found:
                return int(found[0]), str(found[1])
        same_feed = "feed_url IS ? AND (feed_url IS NOT NULL OR feed = ?)"
        if url:
            for found in self.conn.execute(
                f"SELECT id, hash, guid_key FROM articles WHERE url = ? AND {same_feed}",
                (url, feed_url, feed),
            ):
                if _same_guid(found[2], guid):
                    return int(found[0]), str(found[1])
        found = self.conn.execute(
            f"SELECT id, hash, guid_key FROM articles WHERE hash = ? AND {same_feed} LIMIT 1",
            (content_hash, feed_url, feed),
        ).fetchone()
        if found and _same_guid(found[2], guid):
            return int(found[0]), str(found[1])
        return None

    def upsert_article(self, existing_id: int | None, values: dict[str, Any]) -> int:
        """Insert a new article row or update the stored one, keeping its user state (read, bookmark)."""
        now = time.time()
        if existing_id is None:
            values = {**values, "added_ts": now, "updated_ts": now}
            columns = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            cur = self.conn.execute(
                f"INSERT INTO articles({columns}) VALUES ({marks})", tuple(values.values())
            )
            article_id = int(cur.lastrowid or 0)
            self._insert_tags(article_id, values.get("tags"), int(values.get("read") or 0))
            return article_id
        values = {**values, "updated_ts": now}
        assignments = ", ".join(f"{k} = ?" for k in values)
        self.conn.execute(f"UPDATE articles SET {assignments} WHERE id = ?", (*values.values(), existing_id))
        return existing_id

    def _insert_tags(self, article_id: int, tags_json: Any, read: int) -> None:
        """The sidebar's rows for a new article's tags (what the retag trigger does on an update; a trigger
        reading the JSON on every insert cost more than the rest of the insert)."""
        tags = json.loads(tags_json) if isinstance(tags_json, str) and tags_json != "[]" else []
        unique = dict.fromkeys(t for t in tags if isinstance(t, str) and t)
        if unique:
            self.conn.executemany(
                "INSERT INTO article_tags(tag, article_id, read) VALUES (?, ?, ?)",
                ((tag, article_id, read) for tag in unique),
            )

    def set_figures(self, article_id: int, figures: str, extra_figures: str, buckets: str) -> None:
        """Inside a transaction: an article's figures read again (JSON lists), to be indexed again."""
        self.conn.execute(
            "UPDATE articles SET figures = ?, extra_figures = ?, buckets = ?, indexed = 0 WHERE id = ?",
            (figures, extra_figures, buckets, article_id),
        )

    def set_buckets(self, article_id: int, buckets: str) -> None:
        """Inside a transaction: the figure buckets pairing bounds an article by, worked out again."""
        self.conn.execute("UPDATE articles SET buckets = ? WHERE id = ?", (buckets, article_id))

    def all_ids(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY id")]

    def mark_indexed(self, ids: Iterable[int]) -> None:
        self.conn.executemany("UPDATE articles SET indexed = 1 WHERE id = ?", ((i,) for i in ids))

    def unindexed_ids(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM articles WHERE indexed = 0")]

    def article_record(self, article_id: int) -> StoredArticle | None:
        cur = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,))
        found = cur.fetchone()
        if found is None:
            return None
        return _decode(dict(zip([c[0] for c in cur.description], found, strict=True)))

    def article_records(self, ids: Iterable[int], columns: str = "*") -> list[StoredArticle]:
        """Articles by id, with every column, or only ``columns`` (a lean read: JSON is decoded per row)."""
        ids = list(ids)
        out: list[StoredArticle] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" for _ in chunk)
            cur = self.conn.execute(f"SELECT {columns} FROM articles WHERE id IN ({marks})", chunk)
            names = [c[0] for c in cur.description]
            out.extend(_decode(dict(zip(names, r, strict=True))) for r in cur)
        return out

    def search_records(
        self, ids: Iterable[int], *, figures: bool = False, body: bool = True
    ) -> dict[int, SearchRecord]:
        """By id, what a search hit shows of each article: a lean read (only the body is decoded; the figures,
        when asked for, stay JSON text under ``figures_json``) because a search may need 500 of them at once.
        ``body=False`` reads the list columns only (hits that get no snippet)."""
        if not body:
            figures = False
        columns = (
            "id, title, lang, date, sort_ts, pair_id"
            + (", blocks, summary, tldr" if body else ", '[]', '', '[]'")
            + (", figures" if figures else "")
        )
        ids = list(ids)
        out: dict[int, SearchRecord] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" for _ in chunk)
            cur = self.conn.execute(f"SELECT {columns} FROM articles WHERE id IN ({marks})", chunk)
            for r in cur:
                record: SearchRecord = {
                    "id": r[0],
                    "title": r[1],
                    "lang": r[2],
                    "date": r[3],
                    "sort_ts": r[4],
                    "pair_id": r[5],
                    "blocks": json.loads(r[6]),
                    "summary": r[7],
                    "tldr": json.loads(r[8]),
                }
                if figures:
                    record["figures_json"] = r[9]
                out[r[0]] = record
        return out

    def rows(
        self,
        *,
        where: str = "",
        params: tuple[Any, ...] = (),
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Row]:
        sql = f"SELECT {ROW_COLUMNS} FROM articles"
        if where:
            sql += f" WHERE {where}"
        sql += " ORDER BY sort_ts DESC, id DESC"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = (*params, limit, offset)
        return [_row(r) for r in self.conn.execute(sql, params)]

    def rows_by_ids(self, ids: list[int]) -> dict[int, Row]:
        out: dict[int, Row] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" for _ in chunk)
            for r in self.conn.execute(f"SELECT {ROW_COLUMNS} FROM articles WHERE id IN ({marks})", chunk):
                out[r[0]] = _row(r)
        return out

    def count(self, where: str = "", params: tuple[Any, ...] = ()) -> int:
        sql = "SELECT COUNT(*) FROM articles" + (f" WHERE {where}" if where else "")
        return int(self.conn.execute(sql, params).fetchone()[0])

    def ids_where(self, where: str, params: tuple[Any, ...] = ()) -> set[int]:
        return {r[0] for r in self.conn.execute(f"SELECT id FROM articles WHERE {where}", params)}

    def set_flag(self, article_id: int, column: str, value: bool) -> bool:
        """Set ``read`` or ``bookmarked``; committed at once. False when the article does not exist."""
        assert column in ("read", "bookmarked")
        with self.transaction():
            extra = ", bookmarked_ts = ?" if column == "bookmarked" else ""
            params: tuple[Any, ...] = (int(value),)
            if column == "bookmarked":
                params += (time.time() if value else None,)
            cur = self.conn.execute(
                f"UPDATE articles SET {column} = ?{extra} WHERE id = ?", (*params, article_id)
            )
        return cur.rowcount > 0

    def ids_by_story(self, story: str) -> list[tuple[int, str]]:
        return [
            (r[0], r[1]) for r in self.conn.execute("SELECT id, lang FROM articles WHERE story = ?", (story,))
        ]

    def ids_by_url(self, url: str) -> list[tuple[int, str]]:
        return [
            (r[0], r[1]) for r in self.conn.execute("SELECT id, lang FROM articles WHERE url = ?", (url,))
        ]

    def set_links(self, article_id: int, alternates: dict[str, str], *, new: bool = False) -> None:
        """Inside a transaction: the article's links to its other-language versions (``lang -> URL``).
        ``new``: the article was just inserted, so it has none to replace."""
        if not new:
            self.conn.execute("DELETE FROM links WHERE article_id = ?", (article_id,))
        self.conn.executemany(
            "INSERT INTO links(article_id, lang, url) VALUES (?, ?, ?)",
            ((article_id, lang, url) for lang, url in alternates.items()),
        )

    def ids_linking_to(self, url: str) -> list[tuple[int, str]]:
        """Articles that name ``url`` as their other-language version: (id, the linking article's lang)."""
        q = "SELECT a.id, a.lang FROM links l JOIN articles a ON a.id = l.article_id WHERE l.url = ?"
        return [(r[0], r[1]) for r in self.conn.execute(q, (url,))]

    # -- imported files ------------------------------------------------------------------------------

    def source_digests(self) -> frozenset[str]:
        """Digests of the files imported so far: a file with the same bytes need not be read again."""
        return frozenset(r[0] for r in self.conn.execute("SELECT digest FROM sources"))

    def source_count(self, origin: str, digest: str) -> int | None:
        """How many articles the file with ``digest`` gave when it was imported (None: never imported)."""
        found = self.conn.execute(
            "SELECT articles FROM sources WHERE digest = ? ORDER BY origin = ? DESC LIMIT 1", (digest, origin)
        ).fetchone()
        return None if found is None else int(found[0])

    def set_source(self, origin: str, digest: str, articles: int) -> None:
        """Inside a transaction: remember a file's digest once its articles are stored."""
        self.conn.execute(
            "INSERT OR REPLACE INTO sources(origin, digest, articles) VALUES (?, ?, ?)",
            (origin, digest, articles),
        )

    def known_hashes(self) -> frozenset[str]:
        """Content hashes of stored articles."""
        return frozenset(r[0] for r in self.conn.execute("SELECT hash FROM articles"))

    # -- pairs ---------------------------------------------------------------------------------------

    def set_pair_keys(
        self, article_id: int, lang: str, date_ts: float | None, keys: Iterable[str], *, new: bool = False
    ) -> None:
        """Inside a transaction: the evidence keys (names, specific figures) an article can be paired by.
        ``new``: the article was just inserted, so it has none to replace."""
        if not new:
            self.conn.execute("DELETE FROM pair_keys WHERE article_id = ?", (article_id,))
        self.conn.executemany(
            "INSERT INTO pair_keys(key, article_id, lang, date_ts) VALUES (?, ?, ?, ?)",
            ((k, article_id, lang, date_ts) for k in keys),
        )

    def pair_candidates(
        self, article_id: int, keys: list[str], lang: str, lo: float | None, hi: float | None, limit: int
    ) -> list[int]:
        """Articles in ``lang`` sharing the most keys with ``article_id``, dated within [lo, hi] or undated.

        Each key is read as a bounded index range: a key shared by more than ``COMMON_KEY`` articles in the
        window says nothing about which story this is and is skipped, so the cost per article stays the same
        however large the library grows.
        """
        shared: Counter[int] = Counter()
        if lo is None or hi is None:
            windows: list[tuple[str, tuple[float, ...]]] = [("1", ())]
        elif self.conn.execute(
            "SELECT 1 FROM pair_keys WHERE lang = ? AND date_ts IS NULL LIMIT 1", (lang,)
        ).fetchone():
            windows = [("date_ts BETWEEN ? AND ?", (lo, hi)), ("date_ts IS NULL", ())]
        else:  # no undated article in that language (the usual case): one query per key, not two
            windows = [("date_ts BETWEEN ? AND ?", (lo, hi))]
        # (key, window) -> (rows in that range up to COMMON_KEY + 1, their ids joined): one statement per
        # window, the keys passed as one JSON array, so its text never changes and SQLite prepares it once.
        # Counted and joined in SQLite: a common key's 51 rows never become Python objects.
        ranges: dict[tuple[int, int], tuple[int, str | None]] = {}
        listed = json.dumps(keys)
        for w, (where, window) in enumerate(windows):
            cur = self.conn.execute(
                "SELECT j.key, (SELECT count(*) || ' ' || ifnull(group_concat(article_id), '') FROM"
                f" (SELECT article_id FROM pair_keys WHERE key = j.value AND lang = ? AND {where} LIMIT ?))"
                " FROM json_each(?) j",
                (lang, *window, COMMON_KEY + 1, listed),
            )
            for k, counted in cur:
                count, joined = counted.split(" ")
                ranges[k, w] = (int(count), joined)
        for k in range(len(keys)):
            found: list[int] = []
            for w in range(len(windows)):
                count, joined = ranges[k, w]
                if count > COMMON_KEY:
                    break
                if joined:
                    found += map(int, joined.split(","))
            else:
                if len(found) <= COMMON_KEY:
                    shared.update(found)  # counted in C: an article's keys often bring a few hundred ids
        shared.pop(article_id, None)
        # the most keys shared first, then the newest: only the first ``limit`` are ranked
        ranked = heapq.nsmallest(limit, shared.items(), key=lambda kv: (-kv[1], -kv[0]))
        return [article for article, _ in ranked]

    def ids_with_key(self, key: str, window: tuple[float, float] | None, limit: int) -> list[int]:
        """Up to ``limit`` articles, in either language, with a pairing key, dated within ``window`` (or any
        date when None)."""
        if window is None:
            cur = self.conn.execute("SELECT article_id FROM pair_keys WHERE key = ? LIMIT ?", (key, limit))
        else:
            cur = self.conn.execute(
                "SELECT article_id FROM pair_keys WHERE key = ? AND date_ts BETWEEN ? AND ? LIMIT ?",
                (key, *window, limit),
            )
        return [r[0] for r in cur]

    def pair_of(self, article_id: int) -> PairRecord | None:
        r = self.conn.execute(
            "SELECT en_id, fr_id, how, score FROM pairs WHERE en_id = ? OR fr_id = ?",
            (article_id, article_id),
        ).fetchone()
        return {"en": r[0], "fr": r[1], "how": r[2], "score": r[3]} if r else None

    def all_pairs(self) -> list[PairRecord]:
        cur = self.conn.execute("SELECT en_id, fr_id, how, score FROM pairs ORDER BY en_id")
        return [{"en": r[0], "fr": r[1], "how": r[2], "score": r[3]} for r in cur]

    def remove_pair_of(self, article_id: int) -> None:
        """Inside a transaction: drop any pair ``article_id`` is part of and clear both pair_id columns."""
        found = self.pair_of(article_id)
        if not found:
            return
        self.conn.execute("DELETE FROM pairs WHERE en_id = ?", (found["en"],))
        self.conn.execute("UPDATE articles SET pair_id = NULL WHERE id IN (?, ?)", (found["en"], found["fr"]))
        self.conn.execute(
            "UPDATE articles SET sort_ts = added_ts WHERE id IN (?, ?) AND date_ts IS NULL",
            (found["en"], found["fr"]),
        )

    def add_pair(self, en_id: int, fr_id: int, how: str, score: float) -> list[int]:
        """Inside a transaction: pair two articles, replacing whatever pairs they had.

        Returns the ids whose sorting date changed (an undated version now sorts beside its partner): they
        are marked for the index to rewrite."""
        self.remove_pair_of(en_id)
        self.remove_pair_of(fr_id)
        self.conn.execute(
            "INSERT INTO pairs(en_id, fr_id, how, score, created_ts) VALUES (?, ?, ?, ?, ?)",
            (en_id, fr_id, how, score, time.time()),
        )
        self.conn.execute("UPDATE articles SET pair_id = ? WHERE id = ?", (fr_id, en_id))
        self.conn.execute("UPDATE articles SET pair_id = ? WHERE id = ?", (en_id, fr_id))
        # An undated version (a press article without a dateline) sorts beside its dated partner.
        redated = []
        for undated, dated in ((en_id, fr_id), (fr_id, en_id)):
            cursor = self.conn.execute(
                "UPDATE articles SET sort_ts = (SELECT date_ts FROM articles WHERE id = ?) - 1, indexed = 0"
                " WHERE id = ? AND date_ts IS NULL AND (SELECT date_ts FROM articles WHERE id = ?) IS NOT NULL",
                (dated, undated, dated),
            )
            if cursor.rowcount:
                redated.append(undated)
        return redated

    def block_pair(self, a: int, b: int) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO pair_blocks(a_id, b_id) VALUES (?, ?)", (min(a, b), max(a, b))
        )

    def unblock_pair(self, a: int, b: int) -> None:
        self.conn.execute("DELETE FROM pair_blocks WHERE a_id = ? AND b_id = ?", (min(a, b), max(a, b)))

    def is_blocked(self, a: int, b: int) -> bool:
        q = "SELECT 1 FROM pair_blocks WHERE a_id = ? AND b_id = ?"
        return self.conn.execute(q, (min(a, b), max(a, b))).fetchone() is not None

    # -- stories -------------------------------------------------------------------------------------

    def story_of(self, article_id: int) -> int | None:
        found = self.conn.execute("SELECT story_id FROM articles WHERE id = ?", (article_id,)).fetchone()
        return found[0] if found else None

    def stories_of(self, ids: list[int]) -> dict[int, int | None]:
        """The story of each of ``ids`` (None: in none), read at once: placing a report asks it of every
        candidate."""
        out: dict[int, int | None] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" for _ in chunk)
            out.update(self.conn.execute(f"SELECT id, story_id FROM articles WHERE id IN ({marks})", chunk))
        return out

    def story_members(self, story_id: int) -> list[tuple[int, str]]:
        """(id, lang) of a story's articles, oldest first."""
        cur = self.conn.execute(
            "SELECT id, lang FROM articles WHERE story_id = ? ORDER BY sort_ts, id", (story_id,)
        )
        return [(r[0], r[1]) for r in cur]

    def story_how(self, story_id: int) -> str | None:
        found = self.conn.execute("SELECT how FROM stories WHERE id = ?", (story_id,)).fetchone()
        return found[0] if found else None

    def new_story(self, ids: Iterable[int], how: str) -> int:
        """Inside a transaction: a story of ``ids`` (taken out of any story they were in)."""
        ids = list(ids)
        cur = self.conn.execute("INSERT INTO stories(how, created_ts) VALUES (?, ?)", (how, time.time()))
        story_id = int(cur.lastrowid or 0)
        olds = {old for old in self.stories_of(ids).values() if old is not None}
        self.conn.executemany(
            "UPDATE articles SET story_id = ?, listed = 1 WHERE id = ?", ((story_id, a) for a in ids)
        )
        self.set_heads(story_id)
        for old in olds:
            self._left(old)
        return story_id

    def move_to_story(self, article_id: int, story_id: int | None) -> None:
        """Inside a transaction: put an article in a story (None: in none); a story left with one report or
        none is dropped."""
        old = self.story_of(article_id)
        self.conn.execute("UPDATE articles SET story_id = ?, listed = 1 WHERE id = ?", (story_id, article_id))
        if story_id is not None:
            self.set_heads(story_id)
        if old is not None and old != story_id:
            self._left(old)

    def _left(self, story_id: int) -> None:
        """A report has just left the story: a story left with one report or none is dropped."""
        if len(self.story_members(story_id)) <= 1:
            self.conn.execute(
                "UPDATE articles SET story_id = NULL, listed = 1 WHERE story_id = ?", (story_id,)
            )
            self.conn.execute("DELETE FROM stories WHERE id = ?", (story_id,))
        else:
            self.set_heads(story_id)

    def set_heads(self, story_id: int) -> None:
        """Mark the story's newest report as the one a list of stories shows."""
        self.conn.execute(
            f"UPDATE articles SET listed = (id = ({_NEWEST_OF_STORY})) WHERE story_id = ?", (story_id,)
        )

    def set_story_how(self, story_id: int, how: str) -> None:
        self.conn.execute("UPDATE stories SET how = ? WHERE id = ?", (how, story_id))

    def set_story_summary(self, story_id: int, en: int, fr: int, disagree: bool) -> None:
        self.conn.execute(
            "UPDATE stories SET en = ?, fr = ?, disagree = ? WHERE id = ?", (en, fr, int(disagree), story_id)
        )

    def story_ids(self) -> list[int]:
        """Every story, newest first (by its newest report)."""
        cur = self.conn.execute(
            "SELECT s.id FROM stories s JOIN articles a ON a.story_id = s.id GROUP BY s.id"
            " ORDER BY max(a.sort_ts) DESC, s.id DESC"
        )
        return [r[0] for r in cur]

    def story_summaries(self, story_ids: Iterable[int]) -> dict[int, tuple[int, int, bool]]:
        """(English versions, French versions, disagree) by story."""
        ids = list(set(story_ids))
        out: dict[int, tuple[int, int, bool]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" for _ in chunk)
            for r in self.conn.execute(
                f"SELECT id, en, fr, disagree FROM stories WHERE id IN ({marks})", chunk
            ):
                out[r[0]] = (r[1], r[2], bool(r[3]))
        return out

    def fill_stories(self, rows: Iterable[Row]) -> None:
        """Set the story counts of rows that belong to a story."""
        rows = [r for r in rows if r.story_id is not None]
        summaries = self.story_summaries(r.story_id for r in rows if r.story_id is not None)
        for row in rows:
            if row.story_id in summaries:
                row.story_en, row.story_fr, row.story_disagree = summaries[row.story_id]

    def decide(self, a: int, b: int, together: bool) -> None:
        """Record a decision made by hand: ``a`` and ``b`` are one story, or never."""
        self.conn.execute(
            "INSERT OR REPLACE INTO story_decisions(a_id, b_id, together) VALUES (?, ?, ?)",
            (min(a, b), max(a, b), int(together)),
        )

    def decisions_of(self, article_id: int) -> dict[int, bool]:
        """The other articles a decision by hand names with ``article_id``: together or never."""
        cur = self.conn.execute(
            "SELECT a_id, b_id, together FROM story_decisions WHERE a_id = ? OR b_id = ?",
            (article_id, article_id),
        )
        return {(r[1] if r[0] == article_id else r[0]): bool(r[2]) for r in cur}

    # -- feeds ---------------------------------------------------------------------------------------

    def feeds(self) -> list[dict[str, Any]]:
        cur = self.conn.execute("SELECT * FROM feeds ORDER BY added_ts, url")
        names = [c[0] for c in cur.description]
        out = []
        for r in cur:
            d = dict(zip(names, r, strict=True))
            d["tags"] = json.loads(d["tags"])
            d["full_text"] = bool(d["full_text"])
            out.append(d)
        return out

    def feed(self, url: str) -> dict[str, Any] | None:
        return next((f for f in self.feeds() if f["url"] == url), None)

    def upsert_feed(self, url: str, title: str, lang: str | None, tags: list[str], full_text: bool) -> bool:
        """Subscribe (or update a subscription). True when it is new."""
        with self.transaction():
            existed = self.conn.execute("SELECT 1 FROM feeds WHERE url = ?", (url,)).fetchone() is not None
            if existed:
                self.conn.execute(
                    "UPDATE feeds SET title = COALESCE(NULLIF(?, ''), title), lang = COALESCE(?, lang),"
                    " tags = ?, full_text = ? WHERE url = ?",
                    (title, lang, json.dumps(tags), int(full_text), url),
                )
            else:
                self.conn.execute(
                    "INSERT INTO feeds(url, title, lang, tags, full_text, added_ts) VALUES (?, ?, ?, ?, ?, ?)",
                    (url, title, lang, json.dumps(tags), int(full_text), time.time()),
                )
        return not existed

    def remove_feed(self, url: str) -> bool:
        with self.transaction():
            cur = self.conn.execute("DELETE FROM feeds WHERE url = ?", (url,))
        return cur.rowcount > 0

    def update_feed_state(self, url: str, **fields: Any) -> None:
        if not fields:
            return
        assignments = ", ".join(f"{k} = ?" for k in fields)
        with self.transaction():
            self.conn.execute(f"UPDATE feeds SET {assignments} WHERE url = ?", (*fields.values(), url))

    def rename_feed(self, old: str, new: str) -> None:
        """A permanent redirect moved the feed: keep its state under the new URL."""
        with self.transaction():
            if self.conn.execute("SELECT 1 FROM feeds WHERE url = ?", (new,)).fetchone():
                self.conn.execute("DELETE FROM feeds WHERE url = ?", (old,))
            else:
                self.conn.execute("UPDATE feeds SET url = ? WHERE url = ?", (new, old))
            self.conn.execute("UPDATE articles SET feed_url = ? WHERE feed_url = ?", (new, old))

    # -- read state in bulk (mark a feed or everything read, and undo it) ---------------------------

    def set_read_where(self, value: bool, where: str = "", params: tuple[Any, ...] = ()) -> list[int]:
        """Set ``read`` on the articles matching ``where`` (all when empty) whose state differs; one
        transaction, committed at once. Returns exactly the ids that changed (what an undo restores)."""
        condition = "read != ?" + (f" AND ({where})" if where else "")
        with self.transaction():
            ids = [
                r[0]
                for r in self.conn.execute(
                    f"SELECT id FROM articles WHERE {condition} ORDER BY id", (int(value), *params)
                )
            ]
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ",".join("?" for _ in chunk)
                self.conn.execute(f"UPDATE articles SET read = ? WHERE id IN ({marks})", (int(value), *chunk))
        return ids

    def set_read_ids(self, ids: Iterable[int], value: bool) -> list[int]:
        """Set ``read`` on ``ids``; returns those whose state changed. One transaction."""
        wanted = list(dict.fromkeys(ids))
        changed: list[int] = []
        with self.transaction():
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" for _ in chunk)
                changed += [
                    r[0]
                    for r in self.conn.execute(
                        f"SELECT id FROM articles WHERE read != ? AND id IN ({marks})", (int(value), *chunk)
                    )
                ]
                self.conn.execute(f"UPDATE articles SET read = ? WHERE id IN ({marks})", (int(value), *chunk))
        return changed

    # -- sidebar: counts by feed and tag, hidden articles (issue 18) --------------------------------------

    def has_sidebar_schema(self) -> bool:
        """False for a read-only library made before the sidebar (its counts are then read the slow way)."""
        return (
            self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'article_tags_tag'").fetchone()
            is not None
        )

    def set_hidden(self, ids: Iterable[int]) -> int:
        """The ids the lists and counts leave out (the ignore rules' matches), in a table of this connection
        only (another process may have other rules). Returns how many changes SQLite counted doing it."""
        before = self.conn.total_changes
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS hidden (id INTEGER PRIMARY KEY)")
        outer = not self.conn.in_transaction
        if outer:
            self.conn.execute("BEGIN")  # the temp database only: no lock on the library file
        try:
            self.conn.execute("DELETE FROM temp.hidden")
            self.conn.executemany("INSERT INTO temp.hidden(id) VALUES (?)", ((i,) for i in ids))
        except BaseException:
            if outer:
                self.conn.execute("ROLLBACK")
            raise
        if outer:
            self.conn.execute("COMMIT")
        return self.conn.total_changes - before

    def change_stamp(self) -> tuple[int, int]:
        """Changes so far: another connection's commits (``data_version``) and this connection's own rows
        changed. Two equal stamps mean nothing changed in between (no table is read to tell)."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0]), self.conn.total_changes

    def feed_counts(self, hidden: bool = False) -> list[tuple[str, int, int]]:
        """(feed title, articles, unread) per feed, read from the ``articles_feed`` index alone."""
        where = " WHERE id NOT IN (SELECT id FROM temp.hidden)" if hidden else ""
        return _tally(
            self.conn.execute(f"SELECT feed, read, count(*) FROM articles{where} GROUP BY feed, read")
        )

    def tag_counts(self, hidden: bool = False) -> list[tuple[str, int, int]]:
        """(tag, articles, unread) per tag, from the ``article_tags`` index alone (the slow way, every
        article's tags, only for a read-only library made before that table)."""
        where = " WHERE article_id NOT IN (SELECT id FROM temp.hidden)" if hidden else ""
        if self.has_sidebar_schema():
            sql = f"SELECT tag, read, count(*) FROM article_tags{where} GROUP BY tag, read"
        else:
            sql = (
                "SELECT j.value, a.read, count(DISTINCT a.id) FROM articles a, json_each(a.tags) j"
                f" WHERE j.type = 'text' AND j.value <> ''{where.replace('WHERE', 'AND').replace('article_id', 'a.id')}"
                " GROUP BY j.value, a.read"
            )
        return _tally(self.conn.execute(sql))

    def ids_in_feed(self, feed: str) -> list[int]:
        """The ids of one feed's articles, newest first (the ``articles_feed`` index holds all it needs)."""
        sql = "SELECT id FROM articles WHERE feed = ? ORDER BY sort_ts DESC, id DESC"
        return [r[0] for r in self.conn.execute(sql, (feed,))]

    def ids_with_tag(self, tag: str) -> list[int]:
        """The ids of the articles with ``tag``, newest first: the date order index is walked and each id
        checked against the tag's (the dates live in the articles' rows, past their bodies)."""
        if self.has_sidebar_schema():
            sql = (
                "SELECT id FROM articles INDEXED BY articles_sort"
                " WHERE id IN (SELECT article_id FROM article_tags WHERE tag = ?) ORDER BY sort_ts DESC, id DESC"
            )
        else:
            sql = (
                "SELECT id FROM articles WHERE EXISTS (SELECT 1 FROM json_each(tags) WHERE value = ?)"
                " ORDER BY sort_ts DESC, id DESC"
            )
        return [r[0] for r in self.conn.execute(sql, (tag,))]


#: The sidebar's counts: ``articles_feed`` answers "articles and unread per feed" and "a feed's articles,
#: newest first" without reading an article row; ``article_tags`` is each article's tags with its read
#: flag, kept by triggers whoever writes (an import, a refresh, a read mark in another process).
SIDEBAR_SCHEMA = (
    "CREATE INDEX IF NOT EXISTS articles_feed ON articles(feed, read, sort_ts DESC, id DESC)",
    "CREATE TABLE IF NOT EXISTS article_tags ("
    " tag TEXT NOT NULL, article_id INTEGER NOT NULL, read INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS article_tags_tag ON article_tags(tag, read, article_id)",
    "CREATE INDEX IF NOT EXISTS article_tags_article ON article_tags(article_id)",
    "CREATE TRIGGER IF NOT EXISTS article_tags_insert AFTER INSERT ON articles BEGIN"
    " INSERT INTO article_tags(tag, article_id, read) SELECT DISTINCT value, NEW.id, NEW.read"
    " FROM json_each(NEW.tags) WHERE type = 'text' AND value <> ''; END",
    "CREATE TRIGGER IF NOT EXISTS article_tags_retag AFTER UPDATE OF tags ON articles BEGIN"
    " DELETE FROM article_tags WHERE article_id = OLD.id;"
    " INSERT INTO article_tags(tag, article_id, read) SELECT DISTINCT value, NEW.id, NEW.read"
    " FROM json_each(NEW.tags) WHERE type = 'text' AND value <> ''; END",
    "CREATE TRIGGER IF NOT EXISTS article_tags_read AFTER UPDATE OF read ON articles"
    " WHEN OLD.read IS NOT NEW.read BEGIN"
    " UPDATE article_tags SET read = NEW.read WHERE article_id = NEW.id; END",
    "CREATE TRIGGER IF NOT EXISTS article_tags_delete AFTER DELETE ON articles BEGIN"
    " DELETE FROM article_tags WHERE article_id = OLD.id; END",
)


def _tally(rows: Iterable[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """(name, read flag, count) rows summed into (name, articles, unread), by name."""
    out: dict[str, list[int]] = {}
    for name, read, count in rows:
        entry = out.setdefault(name, [0, 0])
        entry[0] += count
        if not read:
            entry[1] += count
    return [(name, total, unread) for name, (total, unread) in out.items()]


_JSON_COLUMNS = ("tags", "alternates", "tldr", "blocks", "figures", "extra_figures", "names")


def _decode(d: dict[str, Any]) -> StoredArticle:
    """A row of ``articles`` as a record: JSON columns decoded, flags as bools."""
    for column in _JSON_COLUMNS:
        if column in d and isinstance(d[column], str):
            d[column] = json.loads(d[column])
    d["read"] = bool(d.get("read"))
    d["bookmarked"] = bool(d.get("bookmarked"))
    return cast(StoredArticle, d)
