"""The ``Library`` facade: the one way into the stored articles, for the CLI, the TUI and the fetcher.

SQLite holds the state and the articles; Whoosh holds the full-text index. Nothing else touches either.
Every import, from a file, a directory or an HTTP feed, goes through :meth:`Library.import_articles`.
"""

from __future__ import annotations

import fcntl
import gc
import json
import multiprocessing
import os
import time
import uuid
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from reader.ingest import iter_input_files
from reader.model import BLOCK_SEPARATOR, Article, Block, Subscription, article_links, display_block
from reader.pairing import (
    bucket_tokens,
)
from reader.pipeline import (
    Prepared,
    PreparedFile,
    article_figures,
    figure_rules_stamp,
    init_worker,
    prepare_file,
    prepare_file_in_worker,
)
from reader.records import (
    ArticleJson,
    ArticleRecord,
    Comparison,
    PairJson,
    StoredArticle,
    StoryJson,
)
from reader.store.db import STORY_HEAD, Database, Row, needs_sidebar_upgrade
from reader.store.pairs import Pairs, all_figures, pair_keys
from reader.store.query_syntax import QueryError
from reader.store.stories import Stories
from reader.store.whoosh_backend.index import SETTLED_SEGMENT, Batch, Index
from reader.store.whoosh_backend.postings import analyse
from reader.store.whoosh_backend.schema import STAMP_FILE, Postings

# reader.store.search is imported inside the methods that search, on first use rather than with the
# library: numpy and Whoosh's query parser would slow down a start-up that never searches (an import, the
# list's first paint). Search imports nothing of the library, so this is no cycle.
if TYPE_CHECKING:
    from reader.store.search import SearchResult

#: The ``meta`` key under which the library file records its index's stamp (see ``Index.stamp_of``).
INDEX_STAMP_KEY = "index_stamp"
#: Which rules read the stored figures (see :func:`reader.pipeline.figure_rules_stamp`).
FIGURE_RULES_KEY = "figure_rules"
#: Articles whose figures are read again per transaction.
REREAD_CHUNK = 500

#: Articles written to the search index per commit during an import: a full batch is a settled segment.
INDEX_BATCH = SETTLED_SEGMENT
#: Below this many bytes of input, worker processes cost more than they save.
PARALLEL_MIN_BYTES = 1_000_000
#: Articles stored and paired per SQLite transaction in an import.
STORE_CHUNK = 100

Notify = Callable[[str], None]


def _ignore(_: str) -> None:
    pass


@dataclass
class ImportStats:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    ids: list[int] = field(default_factory=list)
    new_ids: list[int] = field(default_factory=list)

    def summary(self) -> str:
        return f"{self.added} new, {self.updated} updated, {self.unchanged} unchanged"


@dataclass
class FileResult:
    """The outcome of importing one file: its counts, or the one-line reason it failed."""

    path: str
    stats: ImportStats | None = None
    subscriptions: int = 0
    error: str | None = None


class IndexUnavailable(Exception):
    """The search index cannot be used; the message is the one-line reason and what to do."""


class Library:
    """An on-disk library: ``library.sqlite3`` plus ``index/`` under ``data_dir``."""

    def __init__(self, data_dir: Path, *, notify: Notify = _ignore, read_only: bool | None = None) -> None:
        """Open the library in ``data_dir``. A folder this process cannot write is opened read-only (on its
        own, unless ``read_only`` says): reading commands work; writing ones fail in one line."""
        self.data_dir = Path(data_dir)
        if read_only is None:
            read_only = self.data_dir.is_dir() and not os.access(self.data_dir, os.W_OK)
        self.read_only = read_only
        if not read_only:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        self.notify = notify
        db_path = self.data_dir / "library.sqlite3"
        if not read_only and needs_sidebar_upgrade(db_path):
            notify("upgrading the library once for the sidebar's counts (a large library takes a while)…")
        self.db = Database(db_path, read_only=read_only)
        self._pairs = Pairs(self.db)
        self._stories = Stories(self.db, self._pairs)
        #: None only in a read-only library whose index cannot be used (searching then says why).
        self.index: Index | None
        index_path = self.data_dir / "index"
        stamp = self.db.meta(INDEX_STAMP_KEY)
        problem = Index.check(index_path, stamp)
        if read_only:
            self.index = Index(index_path) if problem is None else None
            if problem is not None:
                notify(f"search index: {problem}; searching needs a writable library (then it is rebuilt)")
            return
        if problem is None and stamp is None and self.db.count() == 0 and Index.stamp_of(index_path):
            problem = "index belongs to another library file"  # an emptied or replaced library file
        if problem is not None and self.db.count() > 0:
            notify(f"search index: {problem}; rebuilding it from the library")
            self.index = Index.recreate(index_path)
            with self.db.transaction():
                self.db.conn.execute("UPDATE articles SET indexed = 0")
        elif problem is not None:
            self.index = Index.recreate(index_path)
        else:
            self.index = Index(index_path)
        self._record_index_stamp()
        self._reread_figures_if_rules_changed()
        self._catch_up_index()

    def _reread_figures_if_rules_changed(self) -> None:
        """Read every stored article's figures again when they were read by other rules (an older
        version): otherwise a fixed rule never reaches what is stored, since an import skips unchanged
        items. Only the figures, what pairing looks them up by and the search index's copy change; pairs,
        stories and the reader's state stay, and every story's disagreement is worked out again (the rules
        that compare figures are among those the stamp covers)."""
        stamp = figure_rules_stamp()
        if self.db.meta(FIGURE_RULES_KEY) == stamp:
            return
        with self.write_lock():
            ids = self.db.all_ids()
            if ids:
                self.notify(
                    f"figures: reading the figures of {len(ids)} articles again with this version's rules…"
                )
            changed = 0
            for start in range(0, len(ids), REREAD_CHUNK):
                with self.db.transaction():
                    for record in self.db.article_records(ids[start : start + REREAD_CHUNK], _REREAD_COLUMNS):
                        if self._reread_figures(record):
                            changed += 1
            with self.db.transaction():
                for story in self.db.story_ids():
                    self._stories.refresh(story)
            self.db.set_meta(FIGURE_RULES_KEY, stamp)
            if ids:
                self.notify(f"figures: {changed} of {len(ids)} articles read differently")

    def _reread_figures(self, record: StoredArticle) -> bool:
        """Inside a transaction: one stored article's figures read again; whether they changed."""
        date = record.get("date")
        article = Article(
            title=record["title"],
            blocks=[Block(b["kind"], b["text"], number=b.get("number")) for b in record["blocks"]],
            lang=record["lang"],
            date=datetime.fromisoformat(date) if date else None,
            source=record["source"],
            url=record.get("url"),
            feed_url=record.get("feed_url"),
            tldr=record["tldr"],
            lang_region=record.get("lang_region") or "",
        )
        body, extra = article_figures(article)
        figures, extra_figures = [f.to_dict() for f in body], [f.to_dict() for f in extra]
        every_figure = [*body, *extra]
        buckets = " ".join(bucket_tokens(every_figure))
        if figures == record["figures"] and extra_figures == record.get("extra_figures", []):
            if buckets != record.get("buckets"):
                # the same figures, looked up by pairing's tokens of this version
                self.db.set_buckets(record["id"], buckets)
                self._pairs.forget(record["id"])
            return False
        self.db.set_figures(
            record["id"],
            json.dumps(figures, ensure_ascii=False),
            json.dumps(extra_figures, ensure_ascii=False),
            buckets,
        )
        if article.lang in ("en", "fr"):
            keys = pair_keys(every_figure, record["names"])
            self.db.set_pair_keys(record["id"], article.lang, record.get("date_ts"), keys)
        self._pairs.forget(record["id"])
        return True

    def _record_index_stamp(self) -> None:
        """The library file records which index is its own (an index from before stamps gets one now)."""
        path = self.data_dir / "index"
        current = Index.stamp_of(path)
        if not current:
            current = uuid.uuid4().hex
            (path / STAMP_FILE).write_text(current + "\n", encoding="utf-8")
        if self.db.meta(INDEX_STAMP_KEY) != current:
            self.db.set_meta(INDEX_STAMP_KEY, current)

    # -- lifecycle -----------------------------------------------------------------------------------

    def close(self) -> None:
        if self.index is not None:
            self.index.close()
        self.db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def write_lock(self) -> Iterator[None]:
        """One writer per library across processes; a second one waits (and says so) instead of failing."""
        lock_path = self.data_dir / "write.lock"
        with open(lock_path, "a+") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                self.notify("another newsreader process is writing to this library; waiting for it to finish")
                fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _catch_up_index(self) -> None:
        """Index rows committed to SQLite but not to Whoosh (after a crash, or a rebuild)."""
        if not self.db.unindexed_ids():
            return
        with self.write_lock(), _IndexFeed(self) as feed:
            pending = self.db.unindexed_ids()
            for start in range(0, len(pending), 2000):
                feed.add(dict.fromkeys(pending[start : start + 2000]))

    def reindex(self) -> int:
        """Rebuild the whole index from SQLite. Returns the number of articles indexed."""
        with self.write_lock():
            if self.index is not None:
                self.index.close()
            self.index = Index.recreate(self.data_dir / "index")
            self._record_index_stamp()
            with self.db.transaction():
                self.db.conn.execute("UPDATE articles SET indexed = 0")
        self._catch_up_index()
        self.index.optimize()
        return self.index.doc_count()

    # -- importing -----------------------------------------------------------------------------------

    def is_empty(self) -> bool:
        return self.db.count() == 0

    def import_paths(
        self,
        paths: Iterable[Path],
        *,
        on_file: Callable[[FileResult], None] | None = None,
        subscribe: bool = True,
    ) -> list[FileResult]:
        """Import files and directories (recursively). One result per file; a bad file never stops the rest.
        ``subscribe=False`` reads OPML lists without subscribing to their feeds (the bundled samples).

        Files are read and their figures extracted in worker processes when there are several of them;
        this process stores, pairs and indexes. A file whose bytes were imported before is skipped whole.
        """
        files = list(iter_input_files(Path(p) for p in paths))
        results: list[FileResult] = []
        with self.write_lock(), _cycle_collection_paused(), self.db.bulk_writes(), _IndexFeed(self) as feed:
            for prepared in self._prepare_files(files):
                if not subscribe:
                    prepared.subscriptions = []
                result, changed = self._import_prepared_file(prepared)
                feed.add(changed, result.stats.new_ids if result.stats else ())
                results.append(result)
                if on_file:
                    on_file(result)
            with self.db.transaction():
                self._stories.place_later()
        return results

    def _prepare_files(self, files: list[Path]) -> Iterator[PreparedFile]:
        """Prepared files in order: in a pool of worker processes for a bulk import, else in-process."""
        digests = self.db.source_digests()
        big = len(files) > 1 and sum(_size(f) for f in files) > PARALLEL_MIN_BYTES
        workers = min(2, os.cpu_count() or 1)
        if not big or workers < 2:
            for f in files:
                yield prepare_file(f, digests)
            return
        context = multiprocessing.get_context("spawn")  # never fork a process holding SQLite and threads
        with ProcessPoolExecutor(
            workers,
            mp_context=context,
            initializer=init_worker,
            initargs=(digests, self.db.known_hashes(), os.getpid(), analyse),
        ) as pool:
            # A bounded window of files in flight: the workers are faster than the writer, and prepared
            # files waiting in memory would otherwise pile up.
            window: deque[Future[PreparedFile]] = deque()
            for f in files:
                window.append(pool.submit(prepare_file_in_worker, f))
                if len(window) > 2 * workers:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()

    def _import_prepared_file(self, prepared: PreparedFile) -> tuple[FileResult, Changed]:
        if prepared.error:
            return FileResult(prepared.path, error=prepared.error), {}
        if not prepared.items and not prepared.subscriptions and prepared.digest:
            unchanged = self.db.source_count(prepared.path, prepared.digest)
            if unchanged is not None:
                return FileResult(prepared.path, stats=ImportStats(unchanged=unchanged)), {}
        for sub in prepared.subscriptions:
            self.add_feed(sub)
        stats, changed = self._store_items(prepared.items, source=(prepared.path, prepared.digest))
        return FileResult(prepared.path, stats=stats, subscriptions=len(prepared.subscriptions)), changed

    def import_articles(self, articles: list[Article]) -> ImportStats:
        """Store articles (dedup by GUID, URL or content), pair them and index them. One transaction."""
        if not articles:
            return ImportStats()
        with self.write_lock(), _IndexFeed(self) as feed:
            stats, changed = self._store_items([Prepared(a, a.content_hash()) for a in articles])
            feed.add(changed, stats.new_ids)
            with self.db.transaction():
                self._stories.place_later()
        return stats

    def _store_items(
        self, items: list[Prepared], source: tuple[str, str] | None = None
    ) -> tuple[ImportStats, Changed]:
        """Inside the write lock: store and pair what changed, ``STORE_CHUNK`` articles per transaction (a
        crash never leaves stored articles unpaired, and a bookmark made meanwhile in the reader waits for
        one chunk, not a whole file). The file's digest is recorded with its last chunk, so a file cut
        short by a crash is read again.

        Returns the stats and what the index must (re)write: the articles that changed, and any partner
        whose sorting date their pairing changed."""
        stats = ImportStats()
        changed: Changed = {}
        for start in range(0, max(len(items), 1), STORE_CHUNK):
            with self.db.transaction():
                chunk_changed: list[tuple[int, Prepared]] = []
                for item in items[start : start + STORE_CHUNK]:
                    article_id, outcome = self._store(item)
                    stats.ids.append(article_id)
                    if outcome == "unchanged":
                        stats.unchanged += 1
                        continue
                    changed[article_id] = item.postings
                    chunk_changed.append((article_id, item))
                    if outcome == "added":
                        stats.added += 1
                        stats.new_ids.append(article_id)
                    else:
                        stats.updated += 1
                if source and source[1] and start + STORE_CHUNK >= len(items):
                    self.db.set_source(source[0], source[1], len(items))
                for redated in self._pairs.pair_new(chunk_changed) if chunk_changed else ():
                    changed.setdefault(redated, None)
                if chunk_changed:
                    self._stories.place(article_id for article_id, _ in chunk_changed)
        return stats, changed

    def _store(self, item: Prepared) -> tuple[int, str]:
        article, content_hash = item.article, item.content_hash
        guid_key = (
            f"{article.feed_url or article.feed or article.origin}\x1f{article.guid}"
            if article.guid
            else None
        )
        existing = self.db.find_existing(
            guid_key,
            article.url,
            content_hash,
            guid=article.guid,
            feed_url=article.feed_url,
            feed=article.feed,
        )
        if existing and existing[1] == content_hash:
            return existing[0], "unchanged"
        item.complete(analyse)
        figures, names = item.figures or [], item.names or []
        every_figure = [*figures, *(item.extra_figures or [])]  # the body's, the title's and the TL;DR's
        item.buckets = bucket_tokens(every_figure)
        date_ts = article.date.timestamp() if article.date else None
        values = {
            "guid_key": guid_key,
            "url": article.url,
            "hash": content_hash,
            "title": article.title,
            "lang": article.lang,
            "lang_source": article.lang_source,
            "lang_region": article.lang_region,
            "date": article.date.isoformat() if article.date else None,
            "date_ts": date_ts,
            "source": article.source,
            "feed": article.feed,
            "feed_url": article.feed_url,
            "origin": article.origin,
            "tags": json.dumps(article.tags, ensure_ascii=False),
            "story": article.story,
            "alternates": json.dumps(article.alternates, ensure_ascii=False),
            "tldr": json.dumps(article.tldr, ensure_ascii=False),
            "blocks": json.dumps([b.to_dict() for b in article.blocks], ensure_ascii=False),
            "summary": article.summary,
            "age": article.age,
            "figures": json.dumps([f.to_dict() for f in figures], ensure_ascii=False),
            "extra_figures": json.dumps([f.to_dict() for f in item.extra_figures or []], ensure_ascii=False),
            "names": json.dumps(names, ensure_ascii=False),
            "buckets": " ".join(item.buckets),
            "sort_ts": date_ts if date_ts is not None else time.time(),
            "indexed": 0,
        }
        if existing and not guid_key:
            values.pop("guid_key")
        article_id = self.db.upsert_article(existing[0] if existing else None, values)
        self._pairs.forget(article_id)
        if article.lang in ("en", "fr"):
            new = existing is None
            item.pairing_keys = pair_keys(every_figure, names)
            self.db.set_pair_keys(article_id, article.lang, date_ts, item.pairing_keys, new=new)
            self.db.set_links(article_id, article.alternates, new=new)
        return article_id, "updated" if existing else "added"

    # -- first run -----------------------------------------------------------------------------------

    def load_samples_if_empty(self, samples: Path | None) -> list[FileResult]:
        """On the very first run, import the bundled samples so a new user sees real content."""
        if samples is None or self.read_only:
            return []
        if self.db.meta("samples_loaded"):
            self._forget_sample_subscriptions(samples)
            return []
        if not self.is_empty():
            return []
        # articles only: the samples' OPML list shows the format, its example feeds do not exist
        results = self.import_paths([samples], subscribe=False)
        with self.db.transaction():
            self.db.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('samples_loaded', '1')")
        return results

    def _forget_sample_subscriptions(self, samples: Path) -> None:
        """Libraries whose first run subscribed to the samples' example feeds (which do not exist, so every
        refresh failed) lose those subscriptions once, unless one of them was ever fetched."""
        if self.db.meta("sample_subscriptions_forgotten"):
            return
        from reader.ingest import read_file

        for opml in samples.glob("*.opml"):
            try:
                subs = read_file(opml).subscriptions
            except Exception:  # a damaged sample is no reason to fail opening the library
                continue
            for sub in subs:
                feed = self.db.feed(sub.url)
                if feed is not None and not feed.get("last_status"):
                    self.db.remove_feed(sub.url)
        self.db.set_meta("sample_subscriptions_forgotten", "1")

    # -- reading -------------------------------------------------------------------------------------

    VIEWS: ClassVar[dict[str, tuple[str, tuple[Any, ...]]]] = {
        "all": ("", ()),
        "unread": ("read = 0", ()),
        "bookmarks": ("bookmarked = 1", ()),
    }

    def _filter(
        self, view: str = "all", lang: str | None = None, *, stories: bool = False
    ) -> tuple[str, tuple[Any, ...]]:
        where, params = self.VIEWS[view]
        if stories:
            where = f"{where} AND {STORY_HEAD}" if where else STORY_HEAD
        if lang:
            where = f"{where} AND lang = ?" if where else "lang = ?"
            params = (*params, lang)
        hidden = self._hidden_clause()
        if hidden:
            where = f"{where} AND {hidden}" if where else hidden
        return where, params

    def rows(
        self,
        view: str = "all",
        *,
        lang: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        stories: bool = False,
    ) -> list[Row]:
        """Article list rows, newest first; ``limit``/``offset`` page through them (the TUI's virtual list).
        With ``stories``, a story of several reports is one row: its newest report, with the story's counts."""
        where, params = self._filter(view, lang, stories=stories)
        rows = self.db.rows(where=where, params=params, limit=limit, offset=offset)
        self.db.fill_stories(rows)
        return rows

    def count(self, view: str = "all", *, lang: str | None = None, stories: bool = False) -> int:
        where, params = self._filter(view, lang, stories=stories)
        return self.db.count(where, params)

    def rows_by_ids(self, ids: list[int]) -> list[Row]:
        found = self.db.rows_by_ids(ids)
        rows = [found[i] for i in ids if i in found]
        self.db.fill_stories(rows)
        return rows

    def article(self, article_id: int) -> ArticleRecord | None:
        """The stored article with its displayed ``text`` and ``paragraphs``."""
        record = self.db.article_record(article_id)
        if record is None:
            return None
        paragraphs = [display_block(b) for b in record["blocks"]]
        return {**record, "paragraphs": paragraphs, "text": BLOCK_SEPARATOR.join(paragraphs)}

    def article_json(self, article_id: int) -> ArticleJson | None:
        """The article as ``show --json`` prints it (keys in this order)."""
        record = self.article(article_id)
        if record is None:
            return None
        return {
            "id": record["id"],
            "title": record["title"],
            "lang": record["lang"],
            "lang_source": record["lang_source"],
            "source": record["source"],
            "date": record["date"],
            "url": record["url"],
            "bookmarked": record["bookmarked"],
            "read": record["read"],
            "pair_id": record["pair_id"],
            "story_id": record["story_id"],
            "feed": record["feed"],
            "tags": record["tags"],
            "story": record["story"],
            "summary": record["summary"],
            "age": record["age"],
            "tldr": record["tldr"],
            "text": record["text"],
            "paragraphs": record["paragraphs"],
            "figures": all_figures(record),
            "headings": [b["text"] for b in record["blocks"] if b["kind"] == "heading"],
            "blocks": record["blocks"],
            "links": [url for _, url in article_links(record)],
        }

    # -- state ---------------------------------------------------------------------------------------

    def set_bookmarked(self, article_id: int, value: bool) -> bool:
        return self.db.set_flag(article_id, "bookmarked", value)

    def bookmarks(self) -> list[Row]:
        return self.rows("bookmarks")

    # -- pairs (see reader.store.pairs) ---------------------------------------------------------------

    def pair(self, a: int, b: int) -> None:
        """Pair two articles by hand: wins over automatic pairing and survives re-import."""
        if self._pairs.pair(a, b):  # rare (an undated version): the index's sorting date follows
            self._catch_up_index()

    def unpair(self, article_id: int) -> int | None:
        """Undo an article's pair; automatic pairing will not bring that pair back. Returns the old partner."""
        return self._pairs.unpair(article_id)

    def pair_comparison(self, en_id: int, fr_id: int) -> Comparison:
        """The figure comparison of a pair (see :meth:`Pairs.comparison`)."""
        return self._pairs.comparison(en_id, fr_id)

    def pairs(self) -> list[PairJson]:
        """Each story's best pair with how it was found, its score and the figure comparison (the ``pairs``
        contract): another outlet's report of a story is in the story, not a pair of its own."""
        best = {
            (p["en"], p["fr"]) for p in map(self._stories.best_pair, self.db.story_ids()) if p is not None
        }
        return self._pairs.all(lambda p: (p["en"], p["fr"]) in best or self.db.story_of(p["en"]) is None)

    # -- stories (see reader.store.stories) -----------------------------------------------------------

    def stories(self) -> list[StoryJson]:
        """Every story of two or more reports, newest first (the ``stories`` contract)."""
        return [r for r in map(self._stories.record, self.db.story_ids()) if r is not None]

    def story(self, story_id: int) -> StoryJson | None:
        return self._stories.record(story_id)

    def story_of(self, article_id: int) -> int | None:
        return self.db.story_of(article_id)

    def story_join(self, ids: list[int]) -> int:
        """Make articles one story by hand: wins over automatic grouping and survives re-import."""
        return self._stories.join(ids)

    def story_split(self, article_id: int) -> int | None:
        """Take an article out of its story by hand; it is never grouped with those reports again."""
        return self._stories.split(article_id)

    # -- feeds ---------------------------------------------------------------------------------------

    def add_feed(self, sub: Subscription) -> bool:
        return self.db.upsert_feed(sub.url, sub.title, sub.lang, sub.tags, sub.full_text)

    def remove_feed(self, url: str) -> bool:
        return self.db.remove_feed(url)

    def feeds(self) -> list[dict[str, Any]]:
        return self.db.feeds()

    def feed(self, url: str) -> dict[str, Any] | None:
        return self.db.feed(url)

    def record_fetch(self, url: str, **state: Any) -> None:
        """Store a fetch's outcome (status, error, validators) for the feed; committed at once."""
        self.db.update_feed_state(url, **state)

    def move_feed(self, old: str, new: str) -> None:
        """A permanent redirect: the subscription (and its articles) now live under ``new``."""
        self.db.rename_feed(old, new)

    # -- search --------------------------------------------------------------------------------------

    def search(
        self, query: str, *, limit: int = 50, sort: str = "relevance", snippets: int | None = None
    ) -> SearchResult:
        if self.index is None:
            raise IndexUnavailable("the search index cannot be read, and this library is read-only")
        from reader.store import search as searching

        try:
            return searching.search(self, query, limit=limit, sort=sort, snippets=snippets)
        except QueryError:
            raise
        except Exception as exc:  # a damaged segment ("Block tag error", a short read): rebuilt at next start
            if self.read_only:
                raise IndexUnavailable(f"the search index is damaged ({type(exc).__name__})") from exc
            self.index.mark_damaged()
            raise IndexUnavailable(
                f"the search index is damaged ({type(exc).__name__}); it is rebuilt at the next start, "
                "or run `newsreader reindex`"
            ) from exc

    # -- read state in bulk (issue 18: mark a feed or everything read, undo) ---------------------------

    def mark_read(self, ids: Iterable[int], value: bool = True) -> list[int]:
        """Mark ``ids`` read (or unread); committed at once. Returns the ids whose state changed, so an
        undo can restore exactly those."""
        return self.db.set_read_ids(ids, value)

    def feed_of(self, article_id: int) -> tuple[str, str, str] | None:
        """What groups an article with the rest of its feed: ("feed_url", url, label), else its feed's or
        its source's name. None when the article is gone or comes from no feed or source."""
        row = self.db.conn.execute(
            "SELECT feed_url, feed, source FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        feed_url, feed, source = row
        if feed_url:
            return "feed_url", feed_url, feed or feed_url
        if feed:
            return "feed", feed, feed
        if source:
            return "source", source, source
        return None

    def mark_feed_read(self, article_id: int) -> tuple[str, list[int]]:
        """Mark every article of ``article_id``'s feed read (but those an ``ignore:`` rule hides). Returns
        the feed's name and the ids that changed (only the article itself when it belongs to no feed)."""
        feed = self.feed_of(article_id)
        if feed is None:
            return "this article", self.mark_read([article_id])
        column, value, label = feed
        hidden = self._hidden_clause()
        where = f"{column} = ? AND {hidden}" if hidden else f"{column} = ?"
        return label, self.db.set_read_where(True, where, (value,))

    def mark_all_read(self) -> list[int]:
        """Mark every article read (those an ``ignore:`` rule hides stay as they are, like the counts);
        returns the ids that changed."""
        return self.db.set_read_where(True, self._hidden_clause())

    def unread_count(self) -> int:
        """What ``newsreader list --unread`` lists and the reader's header counts."""
        return self.count("unread")

    # -- sidebar: counts by feed, tag and saved search; ignore rules (issue 18) ------------------------

    #: The config's ignore rules (queries): what they match is left out of lists, counts and search.
    ignore_rules: tuple[str, ...] = ()
    _hidden_key: tuple[int, int] | None = None
    _own_changes = 0  # rows this process changed in its hidden table: not changes to the library

    def set_ignore_rules(self, rules: Iterable[str]) -> None:
        """Hide the articles any of ``rules`` matches. Raises ``QueryError`` for a rule that cannot be read
        (the config names it before this is called)."""
        from reader.store import search as searching

        rules = tuple(rules)
        for rule in rules:
            searching.analyse_query(rule)
        self.ignore_rules = rules
        self._hidden_key = None

    def state_stamp(self) -> tuple[int, int]:
        """A cheap, comparable mark of every change so far, from this process or another: equal stamps mean
        nothing changed in between (what the sidebar polls before counting again)."""
        version, changes = self.db.change_stamp()
        return version, changes - self._own_changes

    def _hidden_ids(self) -> list[int]:
        if not self.ignore_rules or self.index is None:
            return []
        from reader.store import search as searching

        ids: list[int] = searching.hidden_ids(self).tolist()
        return ids

    def _hidden_clause(self) -> str:
        """The SQL condition that leaves hidden articles out ('' without ignore rules), after bringing the
        connection's table of hidden ids up to date (rewritten only when the rules' matches changed)."""
        if not self.ignore_rules or self.index is None:
            return ""
        from reader.store import search as searching

        ids = searching.hidden_ids(self)
        key = (len(ids), hash(ids.tobytes()))
        if key != self._hidden_key:
            self._own_changes += self.db.set_hidden(ids.tolist())
            self._hidden_key = key
        return "id NOT IN (SELECT id FROM temp.hidden)"

    def feed_counts(self) -> list[Tally]:
        """Articles and unread articles per feed title, by title (hidden articles left out)."""
        hidden = bool(self._hidden_clause())
        return _tallies(self.db.feed_counts(hidden))

    def tag_counts(self) -> list[Tally]:
        """Articles and unread articles per tag, by tag (hidden articles left out)."""
        hidden = bool(self._hidden_clause())
        return _tallies(self.db.tag_counts(hidden))

    def query_counts(self, query: str) -> Tally:
        """Articles and unread articles a query matches (a saved search). Raises ``QueryError``."""
        from reader.store import search as searching

        total, unread = searching.match_counts(self, query) if self.index is not None else (0, 0)
        return Tally(query, total, unread)

    def filtered_ids(self, kind: str, value: str) -> list[int]:
        """The ids of a feed's articles (``kind`` "feed", ``value`` its title), a tag's ("tag") or a query's
        ("query"), newest first, hidden articles left out. The list pages through them by id."""
        if kind == "query":
            from reader.store import search as searching

            return searching.matching_ids(self, value) if self.index is not None else []
        ids = self.db.ids_in_feed(value) if kind == "feed" else self.db.ids_with_tag(value)
        hidden = set(self._hidden_ids())
        return [i for i in ids if i not in hidden] if hidden else ids


@dataclass(frozen=True, slots=True)
class Tally:
    """A sidebar entry's counts: a feed title, a tag or a query, its articles and how many are unread."""

    name: str
    total: int
    unread: int


def _tallies(rows: list[tuple[str, int, int]]) -> list[Tally]:
    return sorted((Tally(*r) for r in rows if r[1]), key=lambda t: (t.name.casefold(), t.name))


#: Articles for the index to (re)write, with their postings when already analysed (else None).
Changed = dict[int, dict[str, Postings] | None]


class _IndexFeed:
    """Stored articles on their way to the search index: one commit per ``INDEX_BATCH`` articles, each
    batch marked indexed in SQLite once committed (a crash before that is caught up at the next start).

    The index has its own writer lock; this feed is used inside the library's write lock.
    """

    def __init__(self, library: Library) -> None:
        self._library = library
        self._batches = ExitStack()
        self._batch: Batch | None = None
        self._ids: set[int] = set()  # in the open batch

    def __enter__(self) -> _IndexFeed:
        return self

    def add(self, changed: Changed, new_ids: Collection[int] = ()) -> None:
        """Index stored articles: ``changed`` maps ids to postings (None: analyse the stored text)."""
        if not changed:
            return
        if not self._ids.isdisjoint(changed):
            # Whoosh cannot replace a document its open writer has just added: file those away first.
            self._commit()
        new = set(new_ids)
        # With every article analysed already, the document needs only its id and dates from SQLite.
        columns = "id, sort_ts, date, date_ts" if None not in changed.values() else "*"
        index = self._library.index
        if index is None:
            raise IndexUnavailable("a read-only library's index cannot be written")
        for record in self._library.db.article_records(list(changed), columns):
            if self._batch is None:
                self._batch = self._batches.enter_context(index.batch())
            self._batch.add(record, changed[record["id"]], new=record["id"] in new)
            self._ids.add(record["id"])
            if len(self._ids) >= INDEX_BATCH:
                self._commit()  # within a file too: the writer holds a batch's postings in memory

    def _commit(self) -> None:
        self._batches.close()
        self._batch = None
        with self._library.db.transaction():
            self._library.db.mark_indexed(self._ids)
        self._ids = set()

    def __exit__(self, *exc: Any) -> None:
        if exc[0] is not None:
            self._batches.__exit__(*exc)  # the index writer is cancelled; SQLite says what is left to index
        elif self._batch is not None:
            self._commit()


@contextmanager
def _cycle_collection_paused() -> Iterator[None]:
    """No cyclic garbage collection while importing; as it was afterwards.

    An import allocates millions of containers (each prepared file is unpickled from a worker, then
    paired and indexed) and frees them by reference counting: the collector's passes over the library's
    caches found almost nothing (a few hundred objects in 10,000 articles) and took a fifth of this
    process's time (see bench/README.md)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


#: What reading an article's figures again needs of it.
_REREAD_COLUMNS = (
    "id, title, lang, date, date_ts, source, url, feed_url, tldr, blocks, figures, extra_figures, names, "
    "lang_region, buckets"
)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


__all__ = ["Library", "ImportStats", "FileResult", "Tally"]
