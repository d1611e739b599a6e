"""The Whoosh full-text index on disk: opening, checking and writing it, fast.

Documents are filed by a segment writer that takes each term's postings a block at a time (see
:func:`_write_terms`); segments of a full import batch are never merged again (see :func:`merge_unsettled`).
"""

from __future__ import annotations

import shutil
import threading
import uuid
from array import array
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.fields import Schema
from whoosh.reading import SegmentReader
from whoosh.util.numeric import byte_to_length
from whoosh.writing import SegmentWriter

from reader.records import StoredArticle
from reader.store.whoosh_backend import vocabulary
from reader.store.whoosh_backend.postings import document
from reader.store.whoosh_backend.schema import (
    DAMAGED_FILE,
    INDEX_NAME,
    INDEX_VERSION,
    STAMP_FILE,
    VERSION_FILE,
    Postings,
    build_schema,
)


class _Lengths:
    """Field lengths of the segment being written, read once per field.

    Whoosh looks a posting's document length up for every posting it files (for its per-block length
    bounds), and for a field without lengths it asks the file system whether the column exists each time:
    a quarter of an import's commit went there.
    """

    def __init__(self, perdoc: Any, doccount: int) -> None:
        self._perdoc = perdoc
        self._doccount = doccount
        self._fields: dict[str, list[int] | None] = {}

    def doc_field_length(self, docnum: int, fieldname: str) -> int:
        lengths = self.field(fieldname)
        return lengths[docnum] if lengths else 0

    def field(self, fieldname: str) -> list[int] | None:
        """The lengths of a field by document number; None for a field without lengths."""
        if fieldname not in self._fields:
            self._fields[fieldname] = self._read(fieldname)
        return self._fields[fieldname]

    def _read(self, fieldname: str) -> list[int] | None:
        column = f"_{fieldname}_len"
        if not self._perdoc.has_column(column):
            return None
        reader = self._perdoc.column_reader(column, LENGTHS_COLUMN)
        return [byte_to_length(reader[d]) if reader[d] else 0 for d in range(self._doccount)]

    def close(self) -> None:
        self._perdoc.close()


class _TermPool:
    """The postings of the documents a writer adds, grouped by field and term as they arrive.

    Whoosh's own pool keeps one tuple per posting, sorts them all at commit, and files them one call at a
    time; here a commit sorts only the terms and files each term's postings a block at a time (see
    :func:`_write_terms`). Documents arrive in order, so each term's postings already are.
    """

    def __init__(self) -> None:
        self.fields: dict[str, dict[bytes, list[tuple[int, float, bytes]]]] = {}

    def add(self, item: tuple[str, bytes, int, float, bytes]) -> None:
        fieldname, tbytes, docnum, weight, vbytes = item
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
        entries = terms.get(tbytes)
        if entries is None:
            terms[tbytes] = [(docnum, weight, vbytes)]
        else:
            entries.append((docnum, weight, vbytes))

    def add_document_field(
        self, fieldname: str, docnum: int, items: Iterable[tuple[bytes, int, float, bytes]]
    ) -> int:
        """File one document's postings of one field; returns the sum of their frequencies (the field's
        length)."""
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
        length = 0
        for tbytes, freq, weight, vbytes in items:
            length += freq
            entries = terms.get(tbytes)
            if entries is None:
                terms[tbytes] = [(docnum, weight, vbytes)]
            else:
                entries.append((docnum, weight, vbytes))
        return length

    def items(self) -> Iterator[tuple[str, bytes, int, float, bytes]]:
        for fieldname, terms in self.fields.items():
            for tbytes, entries in terms.items():
                for docnum, weight, vbytes in entries:
                    yield fieldname, tbytes, docnum, weight, vbytes

    def cleanup(self) -> None:
        self.fields.clear()


#: A posting block of at most this many postings is written uncompressed. Most terms of a batch have one
#: or two postings, whose pickles zlib makes no smaller, and compressing them took a fifth of a commit.
UNCOMPRESSED_POSTINGS = 2
#: The zlib level of larger blocks: level 1 writes them about a fifth faster than Whoosh's 3, and the index is
#: 2% larger (measured on 5,000 generated articles).
POSTINGS_COMPRESSION = 1


def _write_terms(fieldwriter: Any, schema: Schema, lengths: _Lengths | None, pool: _TermPool) -> None:
    """File the pool's postings as Whoosh's ``add_postings`` would, a block at a time.

    Each block's buffers and statistics are set as Whoosh's posting writer would have built them posting by
    posting, and its own methods then write the block and the term (the tests compare what a reader reads
    back). The only difference: small blocks are not compressed (their header says so to the reader).
    """
    for fieldname in sorted(pool.fields):
        terms = pool.fields[fieldname]
        fieldwriter.start_field(fieldname, schema[fieldname])
        postwriter = fieldwriter._postwriter
        limit, compression = postwriter._blocklimit, postwriter._compression
        field_lengths = lengths.field(fieldname) if lengths is not None else None
        for tbytes in sorted(terms):
            fieldwriter.start_term(tbytes)
            entries = terms[tbytes]
            for start in range(0, len(entries), limit):
                if start:
                    postwriter._write_block()
                ids, weights, values = zip(*entries[start : start + limit], strict=True)
                postwriter._ids = array("I", ids)
                postwriter._weights = array("f", weights)
                postwriter._values = [v for v in values if v]
                postwriter._maxweight = max(0, *weights)
                found = [n for n in map(field_lengths.__getitem__, ids) if n] if field_lengths else None
                postwriter._minlength = min(found) if found else None
                postwriter._maxlength = max(found) if found else 0
                postwriter._compression = (
                    0 if len(ids) <= UNCOMPRESSED_POSTINGS or not compression else POSTINGS_COMPRESSION
                )
            fieldwriter.finish_term()
        fieldwriter.finish_field()


class _Writer(SegmentWriter):
    """Whoosh's segment writer, filing the added documents' postings through a :class:`_TermPool`.

    Segments merged in at commit (see :func:`merge_unsettled`) go through Whoosh's own pool, which spills
    to disk, and then the whole segment is filed Whoosh's way.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._merge_pool: Any = self.pool
        self._merged = False
        self.pool: _TermPool = _TermPool()  # what add_document files postings into

    def add_document(self, **fields: Any) -> None:
        """Whoosh's ``add_document``, with a document's analysed postings (lists, see :func:`document`)
        filed into the pool a field at a time instead of one call per posting: an import files about 200
        postings per article, and the calls were a tenth of the library process's time."""
        if any(name.startswith("_") for name in fields):  # boosts and custom stored values: Whoosh's way
            super().add_document(**fields)
            return
        self._check_state()
        schema, docnum, perdoc, pool = self.schema, self.docnum, self.perdocwriter, self.pool
        names = sorted(fields)
        self._check_fields(schema, names)
        perdoc.start_doc(docnum)
        try:
            for name in names:
                value = fields[name]
                if value is None:
                    continue
                field = schema[name]
                if field.separate_spelling() or field.vector:
                    raise TypeError(f"field {name!r}: spelling and vectors are filed by Whoosh's own writer")
                length = 0
                if field.indexed:
                    items = value if isinstance(value, list) else field.index(value)
                    length = pool.add_document_field(name, docnum, items)
                    if not field.scorable:
                        length = 0
                perdoc.add_field(name, field, value if field.stored else None, length)
                if field.column_type:
                    perdoc.add_column_value(name, field.column_type, field.to_column_value(value))
        except Exception:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def add_postings_to_pool(self, reader: Any, startdoc: int, docmap: Any) -> None:
        self._merged = True
        add = self._merge_pool.add
        for item in self._process_posts(reader.iter_postings(), startdoc, docmap):
            add(item)

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        lengths = _Lengths(self.per_document_reader(), self.docnum) if self.codec.length_stats else None
        if self._merged:
            for item in self.pool.items():
                self._merge_pool.add(item)
            self.pool.cleanup()
            self.fieldwriter.add_postings(self.schema, lengths, self._merge_pool.iter_postings())
        else:
            _write_terms(self.fieldwriter, self.schema, lengths, self.pool)
        self.fieldwriter.close()
        if lengths is not None:
            lengths.close()

    def _close_segment(self) -> None:
        super()._close_segment()
        self._merge_pool.cleanup()


#: A segment of at least this many documents (a full import batch) is never merged again by a commit.
SETTLED_SEGMENT = 5000
#: Unsettled segments (small refreshes, the tail of an import) are merged once there are this many.
MERGE_AT = 10


def merge_unsettled(writer: SegmentWriter, segments: list[Any]) -> list[Any]:
    """The commit's merge policy: merge the small segments together once there are ``MERGE_AT`` of them;
    never rewrite a settled one.

    Whoosh's default policy eventually merges every segment into one: at 110,000 articles, one commit spent
    four and a half minutes rewriting the whole index. Here the segments stay about one per 5,000 articles
    plus at most ``MERGE_AT`` small ones, and ``newsreader reindex`` still optimises to one segment.
    """
    unsettled = [seg for seg in segments if seg.doc_count_all() < SETTLED_SEGMENT]
    if len(unsettled) < MERGE_AT:
        return segments
    for seg in unsettled:
        reader = SegmentReader(writer.storage, writer.schema, seg)
        writer.add_reader(reader)
        reader.close()
    return [seg for seg in segments if seg.doc_count_all() >= SETTLED_SEGMENT]


class Batch:
    """Documents going into the index in one commit (see :meth:`Index.batch`)."""

    def __init__(self, writer: SegmentWriter) -> None:
        self._writer = writer

    def add(
        self, record: StoredArticle, postings: dict[str, Postings] | None = None, *, new: bool = False
    ) -> None:
        """Add or replace a stored record's document. ``new``: the index cannot hold it yet, so the
        delete-by-id lookup that replacing costs is skipped."""
        doc = document(record, postings)
        if new:
            self._writer.add_document(**doc)
        else:
            self._writer.update_document(**doc)


class Index:
    """Opens (or creates) the index under ``path`` and keeps a searcher that is refreshed after writes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._searcher = None
        self._retired = None  # the searcher before the current one, closed at the next change
        self.ix = self._open()

    def _open(self) -> Any:
        self.path.mkdir(parents=True, exist_ok=True)
        if whoosh_index.exists_in(str(self.path), indexname=INDEX_NAME):
            return whoosh_index.open_dir(str(self.path), indexname=INDEX_NAME)
        ix = whoosh_index.create_in(str(self.path), build_schema(), indexname=INDEX_NAME)
        (self.path / VERSION_FILE).write_text(INDEX_VERSION + "\n", encoding="utf-8")
        (self.path / STAMP_FILE).write_text(uuid.uuid4().hex + "\n", encoding="utf-8")
        return ix

    @staticmethod
    def check(path: Path, stamp: str | None = None) -> str | None:
        """None when the index at ``path`` opens and reads; else the reason it cannot be used. ``stamp``
        is the library's record of which index belongs to it (see :meth:`stamp`)."""
        if path.is_symlink() or (path.exists() and not path.is_dir()):
            return "index path is not a folder"
        if (path / DAMAGED_FILE).exists():
            return "index damaged"
        if stamp is not None and Index.stamp_of(path) not in (stamp, ""):
            return "index belongs to another library file"
        try:
            if not whoosh_index.exists_in(str(path), indexname=INDEX_NAME):
                return "index missing"
        except Exception as exc:  # exists_in reads the TOC, which may itself be damaged
            return f"index unreadable ({type(exc).__name__})"
        try:
            version = (path / VERSION_FILE).read_text(encoding="utf-8").strip()
        except OSError:
            version = ""
        if version != INDEX_VERSION:
            return "index built by another version"
        try:
            ix = whoosh_index.open_dir(str(path), indexname=INDEX_NAME)
            with ix.searcher() as s:
                s.doc_count()
            ix.close()
        except Exception as exc:  # any failure to read means: rebuild from SQLite
            return f"index unreadable ({type(exc).__name__})"
        return None

    @classmethod
    def recreate(cls, path: Path) -> Index:
        """A new, empty index at ``path``, whatever sits there now (a damaged index, a file, a link)."""
        if path.is_symlink() or (path.exists() and not path.is_dir()):
            path.unlink()
        shutil.rmtree(path, ignore_errors=True)
        return cls(path)

    @staticmethod
    def stamp_of(path: Path) -> str:
        """The stamp the index at ``path`` was created with ("" for an index from before stamps)."""
        try:
            return (path / STAMP_FILE).read_text(encoding="utf-8").strip()
        except OSError:
            return ""

    def mark_damaged(self) -> None:
        """Remember that reading the index failed: the next start rebuilds it from the library."""
        try:
            (self.path / DAMAGED_FILE).write_text("a search failed reading this index\n", encoding="utf-8")
        except OSError:
            pass

    @contextmanager
    def batch(self) -> Iterator[Batch]:
        """One writer and one commit for many documents; nothing is written if the block raises.

        Segments are written as separate files (not compound), which a searcher maps instead of reading
        into memory: the reader's memory stays flat as the library grows.
        """
        with self._lock:
            writer = _Writer(self.ix, limitmb=256, compound=False)
            try:
                yield Batch(writer)
            except BaseException:
                writer.cancel()
                raise
            writer.commit(mergetype=merge_unsettled)
            self._refresh()
            self._save_words()

    def optimize(self) -> None:
        with self._lock:
            self.ix.optimize()
            self._refresh()
            self._save_words()

    def _save_words(self) -> None:
        """Save the words of the segments a commit wrote, for did-you-mean (see :mod:`.vocabulary`): reading
        them back from the segment now costs a commit of a full import batch about 65 ms."""
        with self.ix.reader() as reader:
            vocabulary.save_missing(leaf for leaf, _ in reader.leaf_readers())

    def _refresh(self) -> None:
        if self._searcher is not None and not self._searcher.up_to_date():
            self._reopen()

    def _reopen(self) -> None:
        """A new searcher on the latest generation. Not ``Searcher.refresh()``: Whoosh then reuses the reader
        of every segment whose id did not change, so documents deleted since (the old version of an updated
        article) stay visible, and segments merged away are added back and searched twice."""
        if self._retired is not None:
            self._retired.close()
        # The current searcher may still be in use by a search that started before the change.
        self._retired = self._searcher
        self._searcher = self.ix.searcher()

    def searcher(self) -> Any:
        """The shared searcher, reopened only when the index changed (cheap to call per query)."""
        with self._lock:
            if self._searcher is None:
                self._searcher = self.ix.searcher()
            elif not self._searcher.up_to_date():
                self._reopen()
            return self._searcher

    def doc_count(self) -> int:
        return int(self.searcher().doc_count())

    def close(self) -> None:
        with self._lock:
            for searcher in (self._searcher, self._retired):
                if searcher is not None:
                    searcher.close()
            self._searcher = self._retired = None
            self.ix.close()
