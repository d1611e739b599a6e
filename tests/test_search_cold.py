"""The first search of a process reads each segment's article ids from a file saved beside the index: the
same ids, the same hits, whether the file is there or not, and files of merged segments are dropped."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

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


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=2**31 - 1), min_size=1, max_size=130),
    st.sampled_from(["none", "one", "each"]),
    st.data(),
)
def test_a_blocks_ids_and_weights_are_read_without_its_values(ids, weights_kind, data):
    """Blocks pickled as Whoosh writes them (protocol 2), values cut off or not, read as unpickling them whole
    reads them: any ids, weights made of any bytes (``(`` and the letters of the global included)."""
    n = len(ids)
    floats = st.floats(allow_nan=False, width=32) | st.sampled_from([40.0, 2.0**-1000, float(b"(c_co"[0])])
    if weights_kind == "none":
        weights = None
    elif weights_kind == "one":
        weights = data.draw(floats)
    else:
        weights = tuple(data.draw(st.lists(floats, min_size=n, max_size=n)))
    values = tuple(data.draw(st.lists(st.binary(min_size=1, max_size=6), min_size=n, max_size=n)))
    block = pickle.dumps((tuple(ids), weights, values), 2)
    assert scoring._ids_and_weights(block, n) == pickle.loads(block)[:2]
    no_values = pickle.dumps((tuple(ids), weights, None), 2)
    assert scoring._ids_and_weights(no_values, n) == pickle.loads(no_values)[:2]


def test_a_blocks_values_are_cut_off_where_they_start():
    values = tuple(bytes([i % 7 + 1, 40]) for i in range(128))
    block = pickle.dumps((tuple(range(128)), tuple(float(i) for i in range(128)), values), 2)
    calls = []
    real = pickle.loads
    try:
        scoring.pickle.loads = lambda b: calls.append(len(b)) or real(b)  # type: ignore[assignment]
        assert scoring._ids_and_weights(block, 128) == (
            tuple(range(128)),
            tuple(float(i) for i in range(128)),
        )
    finally:
        scoring.pickle.loads = real
    assert len(calls) == 1 and calls[0] < len(block) / 2
