"""The first search of a process reads each segment's article ids from a file saved beside the index: the
same ids, the same hits, whether the file is there or not, and files of merged segments are dropped."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np

from reader.model import Article, Block
from reader.store import Library
from reader.store.search import search
from reader.store.whoosh_backend import scoring


def _articles(n: int, start: int = 0) -> list[Article]:
    return [
        Article(
            title=f"Story {i} about police and budgets",
            lang="en" if i % 2 else "fr",
            date=datetime(2025, 1, 1 + i % 28, tzinfo=UTC),
            url=f"https://example.org/{i}",
            blocks=[Block("paragraph", f"The police report {i} mentions ransomware and 2 mln records.")],
        )
        for i in range(start, start + n)
    ]


def _hits(library: Library, query: str) -> list[tuple[int, float]]:
    result = search(library, query)
    return [(h.id, h.score) for h in result.results] + [(result.total, 0.0)]


def test_saved_ids_give_the_same_hits(tmp_path):
    data = tmp_path / "lib"
    with Library(data) as library:
        library.import_articles(_articles(30))
        library.import_articles(_articles(30, start=30))
        first = {q: _hits(library, q) for q in ("police", "ransomware", "2 mln", "lang:fr police")}
        eng = scoring.engine(library.index.searcher())
        read = eng.column("id").copy()
    saved = sorted((data / "index" / scoring.IDS_DIR).glob("*.npy"))
    assert saved, "the first search saves the segments' ids"
    with Library(data) as library:  # a fresh library: the ids come from the saved files
        assert {q: _hits(library, q) for q in first} == first
        assert np.array_equal(scoring.engine(library.index.searcher()).column("id"), read)
    for path in saved:  # damaged files are read again from the index
        path.write_bytes(b"not an array")
    scoring._SEGMENTS._items.clear()
    with Library(data) as library:
        assert {q: _hits(library, q) for q in first} == first


def test_files_of_segments_gone_from_the_index_are_dropped(tmp_path):
    data = tmp_path / "lib"
    with Library(data) as library:
        library.import_articles(_articles(20))
        search(library, "police")
        ids_dir = data / "index" / scoring.IDS_DIR
        kept = {p.name for p in ids_dir.glob("*.npy")}
        (ids_dir / "articles_0000000000000000.npy").write_bytes(b"")  # a segment merged away
        library.import_articles(_articles(20, start=20))  # a new segment: its ids are saved on first use
        assert search(library, "police").total == 40
        after = {p.name for p in ids_dir.glob("*.npy")}
    assert kept < after and "articles_0000000000000000.npy" not in after


def test_postings_read_in_one_go_are_whooshs(tmp_path):
    """Every posting list of every segment, read from its extent at once, is what Whoosh's matcher reads:
    lists of many blocks (compressed and not), of one posting, with frequencies, in keyword fields."""
    data = tmp_path / "lib"
    with Library(data) as library:
        articles = _articles(600)
        for i, article in enumerate(articles):
            article.blocks.append(Block("paragraph", " ".join(["budget"] * (1 + i % 5)) + f" rare{i}"))
        library.import_articles(articles[:400])
        library.import_articles(articles[400:])
        library.import_articles(_articles(20, start=100))  # replaces some: deleted documents
        searcher = library.index.searcher()
        compared = multi_block = 0
        for reader, _ in scoring.engine(searcher).leaves:
            for fieldname, tbytes in list(reader.all_terms()):
                text = searcher.schema[fieldname].from_bytes(tbytes)
                terminfo = reader.term_info(fieldname, text)
                assert scoring._decode_postings(reader._terms._postfile, terminfo) is not None
                docs, weights = scoring._segment_postings(reader, fieldname, text)
                # Whoosh's matcher skips deleted documents (the engine drops them later, per searcher).
                live = np.array([not reader.is_deleted(d) for d in docs], dtype=bool)
                docs, weights = docs[live], weights[live]
                whoosh_docs, whoosh_weights = scoring._read_postings(reader.postings(fieldname, text))
                live = np.array([not reader.is_deleted(d) for d in whoosh_docs], dtype=bool)
                whoosh_docs, whoosh_weights = whoosh_docs[live], whoosh_weights[live]
                assert np.array_equal(docs, whoosh_docs), (fieldname, text)
                assert np.array_equal(weights, whoosh_weights), (fieldname, text)
                compared += 1
                multi_block += len(docs) > 128
        assert compared > 1000 and multi_block > 5
        assert any(reader.has_deletions() for reader, _ in scoring.engine(searcher).leaves)
