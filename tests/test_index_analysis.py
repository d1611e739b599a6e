"""The import analyses index fields in its worker processes, with its own one-pass text analysis. What it
files must be exactly what Whoosh's analyzers would have filed, or queries (analysed by Whoosh) would miss."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.query import Term
from whoosh.reading import SegmentReader
from whoosh.writing import SegmentWriter

from reader.analysis import record_fields
from reader.ingest import iter_input_files, read_file
from reader.pipeline import Prepared
from reader.store import Library
from reader.store.whoosh_backend import index as index_module
from reader.store.whoosh_backend.index import Index
from reader.store.whoosh_backend.postings import analyse, document
from reader.store.whoosh_backend.schema import build_schema

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = build_schema()
TEXT_FIELDS = ("title_en", "body_en", "title_fr", "body_fr")


def whoosh_postings(fieldname: str, text: str) -> list:
    return sorted(SCHEMA[fieldname].index(text))


def fast_postings(fieldname: str, text: str) -> list:
    return sorted(analyse({fieldname: text})[fieldname])


def corpus_articles():
    files = list(iter_input_files([ROOT / "sample_feeds", ROOT / "tests" / "corpus"]))
    return [a for f in files for a in read_file(f).articles]


ARTICLES = corpus_articles()


def test_the_corpus_has_both_languages():
    assert {a.lang for a in ARTICLES} >= {"en", "fr"} and len(ARTICLES) > 30


@pytest.mark.parametrize("fieldname", TEXT_FIELDS)
def test_text_analysis_files_what_whoosh_files_on_every_article(fieldname):
    for article in ARTICLES:
        for text in (article.title, article.text):
            assert fast_postings(fieldname, text) == whoosh_postings(fieldname, text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "the of and",  # only stop words
        "The attack, the attack: THE ATTACK!",  # repeated terms, case
        "a I x rançongiciels Rançongiciel RANCONGICIEL",  # short words dropped, accents folded
        "l'attaque d’Europol 3.14 v1.2.3 e-mail *wild* naïve Ærø straße İstanbul",
        "les données de la police française à Besançon",
    ],
)
@pytest.mark.parametrize("fieldname", TEXT_FIELDS)
def test_text_analysis_edge_cases(fieldname, text):
    assert fast_postings(fieldname, text) == whoosh_postings(fieldname, text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            list("abcdeéèçàÉAZ '’.,*-_0123456789\n\tßİıœ") + ["the ", "les ", "de ", "attaques "]
        ),
        max_size=40,
    ).map("".join)
)
def test_text_analysis_matches_whoosh_on_any_text(text):
    for fieldname in ("body_en", "body_fr"):
        assert fast_postings(fieldname, text) == whoosh_postings(fieldname, text)


def test_a_worker_prepared_document_equals_the_stored_records_document(tmp_path):
    """The postings an import worker computes are those of the record the library stores."""
    library = Library(tmp_path / "lib")
    try:
        for article in ARTICLES[:12]:
            item = Prepared(article, article.content_hash()).complete(analyse)
            library.import_articles([article])
            (newest,) = library.db.conn.execute("SELECT max(id) FROM articles").fetchone()
            (record,) = library.db.article_records([newest])
            assert record["title"] == article.title
            from_worker, from_record = document(record, item.postings), document(record)
            assert set(from_worker) == set(from_record)
            # Every analysed field: what Whoosh's own analyzers make of the stored record's text.
            for name, text in record_fields(record).items():
                expected = sorted(SCHEMA[name].index(text))
                assert sorted(from_worker[name]) == sorted(from_record[name]) == expected, name
            for name in ("id", "sort_ts", "date"):
                assert from_worker.get(name) == from_record.get(name), name
            assert record_fields(record)["lang"] == (article.lang or "unknown")
    finally:
        library.close()


def _rss(items: str) -> str:
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><language>en</language>{items}</channel></rss>'


def _item(guid: str, title: str, body: str) -> str:
    return (
        f"<item><guid>{guid}</guid><title>{title}</title><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate>"
        f"<description>{body}</description></item>"
    )


def test_an_article_changed_twice_in_one_import_is_indexed_once(tmp_path):
    """The index writer of an import stays open across files, and Whoosh cannot replace a document that
    writer has just added: the second version must replace the first, not sit beside it."""
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    (feeds / "a.xml").write_text(_rss(_item("g1", "Harbour strike", "Dockers walked out in Marseille.")))
    (feeds / "b.xml").write_text(
        _rss(_item("g1", "Harbour strike ends", "Dockers went back to work in Brest."))
    )
    (feeds / "c.xml").write_text(_rss(_item("g2", "Rail strike", "Drivers walked out in Lyon.")))
    library = Library(tmp_path / "lib")
    try:
        results = library.import_paths([feeds])
        assert [(r.stats.added, r.stats.updated) for r in results] == [(1, 0), (0, 1), (1, 0)]
        assert library.index.doc_count() == library.db.count() == 2
        assert library.search("Brest").total == 1
        assert library.search("Marseille").total == 0
        assert library.search("strike").total == 2
    finally:
        library.close()


def test_an_undated_version_paired_later_in_the_import_sorts_beside_its_partner_in_the_index(tmp_path):
    """Pairing moves an undated version next to its dated partner; the index, which sorts searches by
    date, must follow even though the undated one was filed away first."""
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    (feeds / "1-fr.md").write_text(
        "---\ntitle: Grève au port\nlang: fr\nstory: port-strike\n---\nLes dockers de Marseille ont cessé le travail.\n"
    )
    (feeds / "2-en.md").write_text(
        "---\ntitle: Harbour strike\nlang: en\ndate: 2025-03-03T10:00:00+00:00\nstory: port-strike\n---\n"
        "Dockers in Marseille walked out.\n"
    )
    library = Library(tmp_path / "lib")
    try:
        library.import_paths(sorted(feeds.iterdir()))
        stored = {r["lang"]: r for r in library.db.article_records(_ids(library))}
        assert stored["fr"]["pair_id"] == stored["en"]["id"]
        assert stored["fr"]["sort_ts"] == stored["en"]["date_ts"] - 1
        assert library.index.doc_count() == 2
        with library.index.ix.searcher() as searcher:
            column = searcher.reader().column_reader("sort_ts")
            indexed = {lang: column[searcher.document_number(id=str(r["id"]))] for lang, r in stored.items()}
        assert indexed == {lang: int(r["sort_ts"]) for lang, r in stored.items()}
    finally:
        library.close()


def _ids(library: Library) -> list[int]:
    return [row[0] for row in library.db.conn.execute("SELECT id FROM articles ORDER BY id")]


def test_commits_merge_small_segments_but_never_rewrite_settled_ones(tmp_path, monkeypatch):
    """Whoosh's default policy merges everything into one segment every so often (minutes at 100k
    articles); ours merges only the small segments, and leaves the full ones alone."""
    monkeypatch.setattr(index_module, "SETTLED_SEGMENT", 4)
    monkeypatch.setattr(index_module, "MERGE_AT", 3)
    index = Index(tmp_path / "index")
    try:

        def record(n: int) -> dict:
            return {"id": n, "lang": "en", "title": f"Harbour strike {n}", "summary": "Dockers walked out."}

        def segments() -> list[tuple[str, int]]:
            return [(s.segment_id(), s.doc_count_all()) for s in index.ix._segments()]

        with index.batch() as batch:
            for n in range(1, 6):
                batch.add(record(n))
        (settled,) = segments()
        assert settled[1] == 5
        small_counts = []
        for n in range(6, 16):
            with index.batch() as batch:
                batch.add(record(n))
            now = segments()
            assert settled in now  # never rewritten
            small_counts.append(sum(1 for _, docs in now if docs < 4))
        assert max(small_counts) <= 3  # never more small segments than MERGE_AT
        assert len(segments()) < 1 + 10  # merged along the way: not one segment per commit
        assert index.doc_count() == 15
        assert len(index.searcher().search(Term("body_en", "docker"), limit=None)) == 15  # the shared one
    finally:
        index.close()


def _segment_files(index: Index) -> dict[str, bytes]:
    """The bytes of each file of the index's one segment, by what follows the segment's id in its name."""
    (segment,) = index.ix._segments()
    segid = segment.segment_id()
    return {
        path.name.split(segid, 1)[1]: path.read_bytes() for path in index.path.iterdir() if segid in path.name
    }


def _read_back(index: Index) -> tuple[list, list]:
    """Every posting of the index's one segment, and every term's statistics."""
    (segment,) = index.ix._segments()
    reader = SegmentReader(index.ix.storage, index.ix.schema, segment)
    try:
        postings = list(reader.iter_postings())
        stats = []
        for fieldname, text in reader.all_terms():
            info = reader.term_info(fieldname, text)
            stats.append(
                (fieldname, text, info.weight(), info.doc_frequency(), info.min_length(), info.max_length())
                + (info.max_weight(), info.min_id(), info.max_id())
            )
        return postings, stats
    finally:
        reader.close()


def test_the_writer_files_what_whoosh_files(tmp_path):
    """The import's writer files a document's postings a field at a time and each term's postings a block
    at a time (and leaves the smallest blocks uncompressed); Whoosh's own writer, given the same documents, must file the same postings and term
    statistics, and the same per-document files to the byte. Enough copies of the corpus that common
    terms span several posting blocks."""
    documents = []
    for copy in range(7):
        for n, article in enumerate(ARTICLES):
            item = Prepared(article, article.content_hash()).complete(analyse)
            record = {"id": copy * 1000 + n, "sort_ts": n, "date_ts": None, "date": None}
            documents.append(document(record, item.postings))
    assert sum(d.get("lang") == [(b"en", 1, 1.0, b"")] for d in documents) > 128  # a block holds 128
    ours, whooshs = Index(tmp_path / "ours"), Index(tmp_path / "whoosh")
    try:
        with ours.batch() as batch:
            for doc in documents:
                batch._writer.add_document(**doc)
        writer = SegmentWriter(whooshs.ix, compound=False)
        for doc in documents:
            writer.add_document(**doc)
        writer.commit()
        ours_postings, ours_stats = _read_back(ours)
        whoosh_postings, whoosh_stats = _read_back(whooshs)
        assert len(ours_postings) > 10_000 and len(ours_stats) > 1_000
        assert ours_postings == whoosh_postings
        assert ours_stats == whoosh_stats
        ours_files, whoosh_files = _segment_files(ours), _segment_files(whooshs)
        assert set(ours_files) == set(whoosh_files) and len(ours_files) >= 4
        for suffix, data in whoosh_files.items():
            if suffix not in (".pst", ".trm"):  # postings and the term table that points into them
                assert ours_files[suffix] == data, suffix
        # small blocks raw, larger ones at a faster zlib level: within a few per cent of Whoosh's size
        assert len(ours_files[".pst"]) < 1.03 * len(whoosh_files[".pst"])
        assert len(ours.searcher().search(Term("lang", "en"), limit=None)) > 128
    finally:
        ours.close()
        whooshs.close()


def test_a_file_larger_than_an_index_batch_is_committed_a_batch_at_a_time(tmp_path, monkeypatch):
    """The index writer holds a batch's postings in memory until it commits: a single huge file must not
    make one batch of all its articles."""
    from reader.store import library as library_module

    monkeypatch.setattr(library_module, "INDEX_BATCH", 3)
    feed = tmp_path / "wire.xml"
    feed.write_text(
        _rss(
            "".join(
                _item(f"g{n}", f"Harbour strike day {n}", f"Dockers walked out, day {n}.") for n in range(7)
            )
        )
    )
    library = Library(tmp_path / "lib")
    try:
        (result,) = library.import_paths([feed])
        assert result.stats.added == 7
        assert [s.doc_count_all() for s in library.index.ix._segments()] == [3, 3, 1]
        assert library.search("dockers").total == 7
        assert library.db.unindexed_ids() == []
    finally:
        library.close()
