"""Did-you-mean reads each segment's words from a file saved beside the index: the same candidates as a walk
of Whoosh's term dictionaries, the same suggestions whether the files are there, damaged or missing, and a
word imported later is suggested at once."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
from whoosh.codec.base import Automata
from whoosh.reading import TermNotFound

from reader.model import Article, Block
from reader.store import Library
from reader.store.search import _finds_more, search
from reader.store.whoosh_backend import query as query_module
from reader.store.whoosh_backend import scoring, suggest, vocabulary
from reader.store.whoosh_backend.query import LANG_FIELDS, analyse_query

WORDS = (
    "police budget ransomware hospital investigators encrypted regional chain demanded patients records "
    "stolen coordinated response exchange drained wallet attackers untouched parliament minister election "
    "policy polite polished pollution polar pole politics inflation interest mortgage"
).split()
MOTS = (
    "police budget rançongiciel hôpital enquêteurs chiffré régionale chaîne exigé patients dossiers dérobés "
    "coordonne riposte portefeuille attaquants ministre élection politique poli pollution polaire inflation"
).split()


def _articles(n: int, start: int = 0, seed: int = 0) -> list[Article]:
    rng = random.Random(seed)
    out = []
    for i in range(start, start + n):
        lang = "en" if i % 2 else "fr"
        words = WORDS if lang == "en" else MOTS
        text = " ".join(rng.choice(words) for _ in range(40))
        out.append(
            Article(
                title=f"{rng.choice(words).capitalize()} {rng.choice(words)} {i}",
                lang=lang,
                date=datetime(2025, 1, 1 + i % 28, tzinfo=UTC),
                url=f"https://example.org/{i}",
                blocks=[Block("paragraph", f"The NightHarbor group: {text}.")],
            )
        )
    return out


def _forget_loaded_words() -> None:
    vocabulary._LOADED.clear()


@pytest.fixture
def library(tmp_path):
    with Library(tmp_path / "lib") as lib:
        lib.import_articles(_articles(120))
        lib.import_articles(_articles(60, start=120, seed=1))
        lib.import_articles(_articles(10, start=30, seed=2))  # replaces some: deleted documents
        yield lib


def _whoosh_terms_within(searcher, fieldnames, text: str, maxdist: int) -> dict[tuple[str, str], int]:
    """What did-you-mean read before the files: a Levenshtein automaton over each segment's term cursor."""
    dfa = Automata.levenshtein_dfa(text, maxdist, 1)
    found = {}
    for reader, _ in scoring.engine(searcher).leaves:
        for fieldname in fieldnames:
            try:
                cursor = reader.cursor(fieldname)
            except (KeyError, TermNotFound):
                continue
            for term in Automata.find_matches(dfa, cursor):
                found[(fieldname, term)] = searcher.doc_frequency(fieldname, term)
    return found


def _misspellings(words: list[str], rng: random.Random) -> list[str]:
    out = []
    letters = "abcdefghijklmnopqrstuvwxyzé"
    for word in words:
        for _ in range(3):
            w = list(word)
            for _ in range(rng.choice((1, 2))):
                i = rng.randrange(1, len(w)) if len(w) > 1 else 0
                op = rng.choice(("sub", "del", "ins", "swap"))
                if op == "sub":
                    w[i] = rng.choice(letters)
                elif op == "del" and len(w) > 2:
                    del w[i]
                elif op == "ins":
                    w.insert(i, rng.choice(letters))
                elif i + 1 < len(w):
                    w[i], w[i + 1] = w[i + 1], w[i]
            out.append("".join(w))
    return out


def test_the_saved_words_give_the_candidates_of_whooshs_term_dictionaries(library):
    searcher = library.index.searcher()
    segments = vocabulary.searcher_words(reader for reader, _ in scoring.engine(searcher).leaves)
    assert len(segments) >= 2
    compared = found = 0
    for word in _misspellings(WORDS + MOTS, random.Random(16)):
        for lang, fields in LANG_FIELDS.items():
            for stem in suggest._analysed(lang, word):
                for maxdist in (1, 2):
                    expected = _whoosh_terms_within(searcher, fields, stem, maxdist)
                    assert suggest._terms_within(segments, fields, stem, maxdist) == expected, (stem, maxdist)
                    compared += 1
                    found += bool(expected)
    assert compared > 300 and found > 100


def test_the_words_are_saved_when_the_index_commits(tmp_path):
    with Library(tmp_path / "lib") as lib:
        lib.import_articles(_articles(20))
        folder = tmp_path / "lib" / "index" / vocabulary.VOCAB_DIR
        first = {p.name for p in folder.glob("*.words")}
        assert len(first) == 1  # before any search
        lib.import_articles(_articles(20, start=20, seed=3))
        assert len({p.name for p in folder.glob("*.words")} - first) == 1


def _suggestions(lib: Library) -> dict[str, str | None]:
    queries = [
        "ransomwre",
        "polcie",
        "Nightharbr",
        "rançongiciell",
        "budgte lang:fr",
        "xqzvbntk",
        "hospitl chain",
    ]
    return {query: search(lib, query).suggestion for query in queries}


def test_suggestions_do_not_depend_on_the_files(tmp_path):
    data = tmp_path / "lib"
    with Library(data) as lib:
        lib.import_articles(_articles(80))
        lib.import_articles(_articles(40, start=80, seed=1))
        expected = _suggestions(lib)
    assert expected["ransomwre"] == "ransomware" and expected["hospitl chain"] == "hospital chain"
    assert expected["Nightharbr"] == "NightHarbor" and expected["xqzvbntk"] is None
    folder = data / "index" / vocabulary.VOCAB_DIR
    for damage in ("missing", "damaged", "truncated", "other format"):
        _forget_loaded_words()
        files = sorted(folder.glob("*.words"))
        assert len(files) == 2
        if damage == "missing":
            for path in files:
                path.unlink()
        elif damage == "damaged":
            files[0].write_bytes(b"not a word list")
        elif damage == "truncated":
            files[0].write_bytes(files[0].read_bytes()[:-7])
        else:
            files[0].write_bytes(files[0].read_bytes().replace(b"vocabulary 1", b"vocabulary 0", 1))
        with Library(data) as lib:
            assert _suggestions(lib) == expected, damage
        rebuilt = sorted(folder.glob("*.words"))
        assert [p.name for p in rebuilt] == [p.name for p in files]
        assert all(vocabulary._load(str(data / "index"), p.stem) is not None for p in rebuilt)


def test_a_newly_imported_word_is_suggested(tmp_path):
    with Library(tmp_path / "lib") as lib:
        lib.import_articles(_articles(40))
        assert search(lib, "zanzibarite").suggestion is None
        assert search(lib, "zanzibarit").suggestion is None
        new = _articles(1, start=40, seed=5)[0]
        new.blocks.append(Block("paragraph", "The zanzibarite deposit was found in the hills."))
        lib.import_articles([new])
        assert search(lib, "zanzibarit").suggestion == "zanzibarite"
        assert search(lib, "Zanzibarite").total == 1


def test_a_merged_segment_has_its_words_and_the_merged_ones_are_dropped(tmp_path):
    data = tmp_path / "lib"
    with Library(data) as lib:
        for i in range(12):  # small commits: the policy merges them
            lib.import_articles(_articles(3, start=3 * i, seed=i))
        searcher = lib.index.searcher()
        segment_ids = {reader.segment().segment_id() for reader, _ in scoring.engine(searcher).leaves}
        saved = {p.stem for p in (data / "index" / vocabulary.VOCAB_DIR).glob("*.words")}
        assert saved == segment_ids and len(segment_ids) < 12
        assert search(lib, "ransomwre").suggestion == "ransomware"


@pytest.mark.parametrize("walk_limit", [query_module.WALK_LIMIT, 3, 0])
def test_checking_a_suggestion_stops_at_the_first_matches_past_the_count(library, monkeypatch, walk_limit):
    """The walk stops at the match past the count; a walk that ends undecided (the filters leave out most
    matches) leaves the answer to the full count."""
    monkeypatch.setattr(query_module, "WALK_LIMIT", walk_limit)
    searcher = library.index.searcher()
    for query in (
        "police",
        "police budget",
        "lang:fr police",
        "NightHarbor -police",
        '"police budget"',
        "xqzvbntk",
        "budget 13",
    ):
        total = search(library, query, limit=0).total
        parsed = analyse_query(query)
        assert total > 3 or query in ("xqzvbntk", "budget 13")
        for n in {0, 1, 2, max(total - 1, 0), total}:
            assert _finds_more(library, searcher, parsed, n) == (total > n), (query, n)


def test_a_segments_words_are_grouped_by_first_character_and_length():
    words = vocabulary.SegmentWords.from_terms(
        {
            "body_en": [
                ("ab", 1),
                ("a", 3),
                ("b", 2),
                ("abc", 5),
                ("ba", 7),
                ("é", 1),
                ("éa", 2),
                ("a" * 300, 4),
            ]
        }
    )
    for saved in (words, vocabulary.SegmentWords.from_bytes(words.to_bytes())):
        assert saved is not None
        assert list(saved.window("body_en", "a", -1, 2)) == [("a", 3), ("ab", 1)]
        assert list(saved.window("body_en", "a", 3, 400)) == [("abc", 5), ("a" * 300, 4)]
        assert list(saved.window("body_en", "é", 1, 5)) == [("é", 1), ("éa", 2)]
        assert (
            list(saved.window("body_en", "c", 1, 5)) == [] and list(saved.window("title_en", "a", 1, 3)) == []
        )
