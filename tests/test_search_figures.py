"""A figure written in a query is read as the figure extractor reads an article: the same value, currency and
kind, so the query looks up exactly the index token the article was given."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from reader.analysis import figure_token, figure_tokens, normalise_value
from reader.figures import extract_figures
from reader.model import Article, Block
from reader.store import Library
from reader.store.search import find_figures, search

#: Figure forms of the extractor's tests (tests/test_figures.py) and of the issue, with the language of
#: the article they are written in: money, percentages and counts, English and French formats.
FORMS = [
    # money
    ("Police seized €145,000 in cash.", "en"),
    ("La police a saisi 145 000 euros en liquide.", "fr"),
    ("La police a saisi 145\u00a0000 euros en liquide.", "fr"),
    ("La police a saisi 145\u202f000 euros en liquide.", "fr"),
    ("a fine of $4.2bn", "en"),
    ("une amende de 4,2 milliards de dollars", "fr"),
    ("a loss of £3m", "en"),
    ("assets valued at over €15 million", "en"),
    ("15 millions d'euros de biens", "fr"),
    ("une rançon de 3 M€", "fr"),
    ("une rançon de 5 M€", "fr"),
    ("a US$ 5 million ransom", "en"),
    ("a ransom of 2 million US dollars", "en"),
    ("CHF 20 per month", "en"),
    ("il a payé 1 700 $ pour l'appareil", "fr"),
    ("500 000 EUR en cryptomonnaie", "fr"),
    ("1,5 million de livres sterling", "fr"),
    ("a grant of AUD 40 million", "en"),
    ("un prêt de 40 millions de yuans", "fr"),
    ("a fee of 3 swiss francs", "en"),
    ("USD 5 bn", "en"),
    ("950 €", "fr"),
    ("€2.5m", "en"),
    ("2,5 millions d'euros", "fr"),
    ("SEK 12 million", "en"),
    ("CNY 8 billion", "en"),
    # percentages
    ("up 12.5% this year", "en"),
    ("Le chiffre a augmenté de 12,5 % cette année", "fr"),
    ("Le chiffre a augmenté de 12,5\u202f% cette année", "fr"),
    ("up 12.5 per cent this year", "en"),
    ("Le chiffre a augmenté de 12,5 pour cent cette année", "fr"),
    ("up 12.5 percent this year", "en"),
    ("a rise of 3 percentage points", "en"),
    # counts
    ("2 mln records", "en"),
    ("approximately 2.3 million messages", "en"),
    ("2,3 millions de messages interceptés", "fr"),
    ("970 téléphones cryptés", "fr"),
    ("8 000 comptes utilisateurs", "fr"),
    ("from roughly 8,000 accounts worldwide", "en"),
    ("in 33 languages", "en"),
    ("1,200 people were evacuated", "en"),
    ("15k users", "en"),
    ("a $4.2bn fine", "en"),
    ("4.2bn", "en"),
    ("4,2 milliards", "fr"),
    ("12 ransomware gangs", "en"),
    ("620 000 victimes", "fr"),
]


def _article_tokens(text: str, lang: str) -> list[str]:
    """The most specific index token of each figure the extractor finds in an article's text."""
    return [
        figure_token(normalise_value(f.value), f.currency, f.kind == "percent")
        for f in extract_figures(text, lang)
        if any(c.isdigit() for c in f.text)
    ]


@pytest.mark.parametrize(("text", "lang"), FORMS)
def test_a_query_reads_a_figure_as_the_index_does(text, lang):
    article = extract_figures(text, lang)
    query = find_figures(text)
    assert [f.token for f in query] == _article_tokens(text, lang)
    assert query, "every form holds a figure"
    for qf in query:
        assert qf.token in figure_tokens(f.to_dict() for f in article)


def test_the_forms_cover_money_percentages_and_counts_in_both_languages():
    kinds = {(f.kind, lang) for text, lang in FORMS for f in extract_figures(text, lang)}
    assert {("money", "en"), ("money", "fr"), ("percent", "en"), ("percent", "fr")} <= kinds
    assert {("count", "en"), ("count", "fr")} <= kinds
    assert len(FORMS) >= 30


@pytest.mark.parametrize(
    ("query", "token"),
    [
        ("2 mln", "2000000"),
        ("AUD 40 million", "aud:40000000"),
        ("40 millions de yuans", "cny:40000000"),
        ("3 swiss francs", "chf:3"),
        ("5 M€", "eur:5000000"),
        ("€145,000", "eur:145000"),
        ("145 000 euros", "eur:145000"),
        ("12,5 %", "percent:12.5"),
        ("4.2bn", "4200000000"),
    ],
)
def test_forms_the_query_parser_did_not_know(query, token):
    assert [f.token for f in find_figures(query)] == [token]


def _english(key: str, day: int, text: str) -> Article:
    return Article(
        title=key.title(),
        lang="en",
        date=datetime(2025, 3, day, tzinfo=UTC),
        url=f"https://example.org/{key}",
        blocks=[Block("paragraph", text)],
    )


def test_an_article_saying_2_mln_is_found_by_2_mln_and_by_2_000_000(tmp_path):
    with Library(tmp_path / "lib") as library:
        article = _english("leak", 1, "The thieves took 2 mln records from the insurer.")
        other = _english("patch", 2, "Only 2 servers were patched.")
        ids = library.import_articles([article, other]).ids
        for query in ("2 mln", "2,000,000", "2 million", "2 millions"):
            assert [h.id for h in search(library, query).results] == [ids[0]], query


def test_a_change_printed_with_a_minus_is_found_by_its_size_and_a_minus_in_a_query_still_excludes(tmp_path):
    """Construction: a statistics release's "(-27,000; -0.9%)": the figures are below zero, and a query for
    "27000" or "27 000" finds them; "-27000" in a query keeps meaning "without 27000"."""
    with Library(tmp_path / "lib") as library:
        release = _english("jobs", 1, "Employment fell in retail trade (-27,000; -0.9%) in November.")
        other = _english("fair", 2, "About 27,000 people visited the retail fair in November.")
        ids = library.import_articles([release, other]).ids
        for query in ("27000", "27 000"):
            assert {h.id for h in search(library, query).results} == set(ids), query
        assert [h.id for h in search(library, "retail -27000").results] == []
        assert [h.id for h in search(library, "0.9%").results] == [ids[0]]
