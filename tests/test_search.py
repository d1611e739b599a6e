"""Bilingual full-text search: analysis per language, query syntax, filters, figures, snippets, did-you-mean."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from reader.cli import main
from reader.model import Article, Block
from reader.store import Library
from reader.store.search import (
    MARK_END,
    MARK_START,
    DateSpan,
    QueryError,
    find_figures,
    parse_date,
    parse_query,
    search,
)
from reader.store.whoosh_backend import scoring

PARIS = timezone(timedelta(hours=1))


def _article(key: str, title: str, lang: str, date: datetime, paragraphs: list[str], **kw) -> Article:
    return Article(
        title=title,
        lang=lang,
        date=date,
        url=f"https://example.org/{key}",
        blocks=[Block("paragraph", p) for p in paragraphs],
        **kw,
    )


ARTICLES = {
    "en_nh": _article(
        "en_nh",
        "NightHarbor ransomware gang hits hospital chain",
        "en",
        datetime(2025, 3, 14, 9, 0, tzinfo=UTC),
        [
            "The NightHarbor ransomware group encrypted systems at a regional hospital chain and demanded a "
            "ransom of $4.2 million.",
            "Investigators said 620,000 patient records were stolen. Eurojust coordinated the response.",
        ],
        source="cyberinsider.com",
        feed="CyberInsider",
        tags=["ransomware", "health"],
        story="nightharbor-hospitals",
    ),
    "fr_nh": _article(
        "fr_nh",
        "Le rançongiciel NightHarbor frappe une chaîne d'hôpitaux",
        "fr",
        datetime(2025, 3, 15, 10, 0, tzinfo=PARIS),
        [
            "Le groupe NightHarbor a chiffré les systèmes d'une chaîne d'hôpitaux et exige une rançon de "
            "4,2 millions de dollars.",
            "Selon les enquêteurs, 620 000 dossiers de patients ont été dérobés. Eurojust coordonne la riposte.",
        ],
        source="lemonde.fr",
        feed="Le Monde Informatique",
        tags=["rançongiciel"],
        story="nightharbor-hospitals",
    ),
    "en_wallet": _article(
        "en_wallet",
        "Exchange drained through its hot wallet",
        "en",
        datetime(2025, 1, 20, 8, 0, tzinfo=UTC),
        [
            "Attackers drained the hot wallet of a small exchange, taking €950 in test funds; the cold wallet was "
            "untouched."
        ],
        source="coindesk.com",
        feed="CoinDesk",
        tags=["crypto"],
    ),
    "en_police": _article(
        "en_police",
        "Police seize servers of a phishing service",
        "en",
        datetime(2024, 12, 5, 12, 0, tzinfo=UTC),
        [
            "Europol and Eurojust seized servers of a phishing service. The summer was hot, and the operators "
            "kept a wallet of stolen cards.",
            "About 620 victims were identified, and losses rose 4.2 percent.",
        ],
        source="www.bleepingcomputer.com",
        feed="BleepingComputer",
        tags=["phishing"],
    ),
    "fr_towns": _article(
        "fr_towns",
        "Les rançongiciels ciblent les collectivités",
        "fr",
        datetime(2025, 2, 10, 7, 30, tzinfo=PARIS),
        [
            "Les Rançongiciels visent désormais les petites communes : une mairie a payé une rançon de 950 euros "
            "pour récupérer ses fichiers.",
            "La sécurité des données reste le point faible des collectivités.",
        ],
        source="zdnet.fr",
        feed="ZDNet France",
        tags=["rançongiciel", "collectivités"],
    ),
    "fr_wallet": _article(
        "fr_wallet",
        "Portefeuille chaud : une plateforme piratée",
        "fr",
        datetime(2025, 3, 30, 18, 0, tzinfo=PARIS),
        ["Des pirates ont vidé le portefeuille chaud d'une plateforme, soit 2,5 millions d'euros."],
        source="lemonde.fr",
        feed="Le Monde Informatique",
        tags=["crypto"],
    ),
    "en_payments": _article(
        "en_payments",
        "Ransomware payments fell last year, Europol says",
        "en",
        datetime(2024, 11, 2, 15, 0, tzinfo=UTC),
        [
            "Ransomware payments fell to $950 million as more victims refused to pay; ransoms of 4.2 million "
            "dollars became rarer."
        ],
        source="cyberinsider.com",
        feed="CyberInsider",
        tags=["ransomware"],
    ),
    "fr_hospital": _article(
        "fr_hospital",
        "Une attaque par rancongiciel paralyse un hôpital",
        "fr",
        # Just after midnight in Paris: still 28 February in UTC, 1 March as displayed.
        datetime(2025, 3, 1, 0, 30, tzinfo=PARIS),
        ["Un hôpital a été paralysé par un rancongiciel ; la direction refuse de payer."],
        source="zdnet.fr",
        feed="ZDNet France",
        tags=["santé"],
    ),
}
EN = {k for k, a in ARTICLES.items() if a.lang == "en"}
FR = {k for k, a in ARTICLES.items() if a.lang == "fr"}


class Fixture:
    def __init__(self, library: Library, ids: dict[str, int]) -> None:
        self.library = library
        self.ids = ids
        self.keys = {v: k for k, v in ids.items()}

    def search(self, query: str, **kw):
        return search(self.library, query, **kw)

    def found(self, query: str, **kw) -> set[str]:
        return {self.keys[h.id] for h in self.search(query, limit=50, **kw).results}

    def order(self, query: str, **kw) -> list[str]:
        return [self.keys[h.id] for h in self.search(query, limit=50, **kw).results]


@pytest.fixture(scope="module")
def lib(tmp_path_factory):
    library = Library(tmp_path_factory.mktemp("search") / "lib")
    stats = library.import_articles(list(ARTICLES.values()))
    ids = dict(zip(ARTICLES, stats.ids, strict=True))
    library.set_bookmarked(ids["en_police"], True)
    library.mark_read([ids["fr_towns"]])
    yield Fixture(library, ids)
    library.close()


# -- words, per language ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query", ["rançongiciel", "rancongiciel", "rançongiciels", "Rançongiciels", "RANCONGICIELS"]
)
def test_french_stemming_and_accent_folding_find_the_same_articles(lib, query):
    assert lib.found(query) == {"fr_nh", "fr_towns", "fr_hospital"}


@pytest.mark.parametrize("query", ["sécurité", "securite", "SÉCURITÉ", "données", "donnees"])
def test_accents_are_optional_in_french_words(lib, query):
    assert lib.found(query) == {"fr_towns"}


@pytest.mark.parametrize("query", ["encrypting", "encrypts", "Encrypted"])
def test_english_words_are_stemmed(lib, query):
    assert lib.found(query) == {"en_nh"}


def test_a_word_finds_the_articles_of_its_language(lib):
    assert lib.found("ransomware") == {"en_nh", "en_payments"}
    assert lib.found("wallet") == {"en_wallet", "en_police"}
    assert lib.found("portefeuille") == {"fr_wallet"}
    assert lib.found("rançon") == {"fr_nh", "fr_towns"}


@pytest.mark.parametrize("query", ["NightHarbor", "nightharbor", "NIGHTHARBOR"])
def test_proper_names_find_both_languages(lib, query):
    assert lib.found(query) == {"en_nh", "fr_nh"}


def test_eurojust_is_found_in_english_and_french(lib):
    assert lib.found("Eurojust") == {"en_nh", "fr_nh", "en_police"}


def test_stop_words_of_either_language_never_exclude_the_other(lib):
    assert lib.found("the ransomware") == lib.found("ransomware") == {"en_nh", "en_payments"}
    assert lib.found("les rançongiciels") == {"fr_nh", "fr_towns", "fr_hospital"}
    assert lib.found("the") == set()


# -- syntax ---------------------------------------------------------------------------------------------


def test_phrase_needs_the_words_together(lib):
    assert lib.found('"hot wallet"') == {"en_wallet"}
    assert lib.found("hot wallet") == {"en_wallet", "en_police"}
    assert lib.found("«portefeuille chaud»") == {"fr_wallet"}


def test_and_or_not(lib):
    assert lib.found("ransomware AND hospital") == {"en_nh"}
    assert lib.found("ransomware hospital") == {"en_nh"}
    assert lib.found("ransomware OR portefeuille") == {"en_nh", "en_payments", "fr_wallet"}
    assert lib.found("ransomware NOT hospital") == {"en_payments"}
    assert lib.found("ransomware -hospital") == {"en_payments"}
    assert lib.found("(ransomware OR rançongiciel) -NightHarbor") == {
        "en_payments",
        "fr_towns",
        "fr_hospital",
    }


def test_a_hyphen_inside_a_word_is_not_a_minus(lib):
    assert lib.found("phishing-service") == {"en_police"}


def test_prefix(lib):
    assert lib.found("ransom*") == {"en_nh", "en_payments"}
    assert lib.found("rançon*") == {"fr_nh", "fr_towns", "fr_hospital"}


def test_fuzzy(lib):
    assert lib.found("ransomwre~") == {"en_nh", "en_payments"}
    assert lib.found("ransomwre") == set()


# -- fields and filters ---------------------------------------------------------------------------------


def test_lang_filter(lib):
    assert lib.found("lang:fr") == FR
    assert lib.found("lang:en") == EN
    assert lib.found("lang:en Eurojust") == {"en_nh", "en_police"}
    assert lib.found("Eurojust lang:fr") == {"fr_nh"}
    assert lib.found("-lang:en Eurojust") == {"fr_nh"}
    assert lib.found("Eurojust NOT lang:fr") == {"en_nh", "en_police"}


def test_filters_do_not_change_scores(lib):
    plain = {h.id: h.score for h in lib.search("Eurojust").results}
    filtered = {h.id: h.score for h in lib.search("Eurojust lang:en").results}
    assert filtered and all(filtered[i] == plain[i] for i in filtered)


def test_source_feed_tag_title(lib):
    assert lib.found("source:cyberinsider.com") == {"en_nh", "en_payments"}
    assert lib.found("source:cyberinsider") == {"en_nh", "en_payments"}
    assert lib.found("source:bleepingcomputer.com") == {"en_police"}
    assert lib.found('feed:"Le Monde Informatique"') == {"fr_nh", "fr_wallet"}
    assert lib.found('feed:"le monde"') == {"fr_nh", "fr_wallet"}
    assert lib.found("tag:crypto") == {"en_wallet", "fr_wallet"}
    assert lib.found("tag:rançongiciel") == {"fr_nh", "fr_towns"}
    assert lib.found("wallet -tag:crypto") == {"en_police"}
    assert lib.found("title:ransomware") == {"en_nh", "en_payments"}
    assert lib.found("title:Eurojust") == set()
    assert lib.found('title:"hot wallet"') == {"en_wallet"}
    assert lib.found("title:hôpital") == {"fr_nh", "fr_hospital"}


def test_is_bookmarked_read_unread(lib):
    assert lib.found("is:bookmarked") == {"en_police"}
    assert lib.found("is:bookmarked Eurojust") == {"en_police"}
    assert lib.found("-is:bookmarked Eurojust") == {"en_nh", "fr_nh"}
    assert lib.found("is:read") == {"fr_towns"}
    assert lib.found("is:unread rançongiciel") == {"fr_nh", "fr_hospital"}
    assert lib.found("is:paired") == {"en_nh", "fr_nh"}


def test_state_filters_follow_changes_at_once(lib):
    wallet = lib.ids["en_wallet"]
    lib.library.set_bookmarked(wallet, True)
    try:
        assert lib.found("is:bookmarked") == {"en_police", "en_wallet"}
    finally:
        lib.library.set_bookmarked(wallet, False)
    assert lib.found("is:bookmarked") == {"en_police"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("date:2025-03", {"en_nh", "fr_nh", "fr_wallet", "fr_hospital"}),
        ("date:2025", {"en_nh", "fr_nh", "fr_wallet", "fr_hospital", "en_wallet", "fr_towns"}),
        ("date:2024-12-05", {"en_police"}),
        ("date:2025-03-01", {"fr_hospital"}),  # the date as displayed, not the UTC date
        ("date:>2025-03-14", {"fr_nh", "fr_wallet"}),
        ("date:>=2025-03-14", {"en_nh", "fr_nh", "fr_wallet"}),
        ("date:<2025-01-01", {"en_police", "en_payments"}),
        ("date:<=2024-11", {"en_payments"}),
        ("date:[2025-01-01 TO 2025-02-28]", {"en_wallet", "fr_towns"}),
        ("date:[2025-02 TO 2025-03-01]", {"fr_towns", "fr_hospital"}),
        ("date:[* TO 2024-12-31]", {"en_police", "en_payments"}),
        ("ransomware date:2024", {"en_payments"}),
        ("ransomware -date:2024", {"en_nh"}),
    ],
)
def test_date_syntaxes(lib, query, expected):
    assert lib.found(query) == expected


@pytest.mark.parametrize("query", ["date:2025-13", "date:soon", "date:>march", "is:shiny", "date:"])
def test_bad_field_values_are_query_errors(lib, query):
    with pytest.raises(QueryError):
        lib.search(query)


# -- figures --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("620000", {"en_nh", "fr_nh"}),
        ("620,000", {"en_nh", "fr_nh"}),
        ("620 000", {"en_nh", "fr_nh"}),
        ("4.2 million", {"en_nh", "fr_nh", "en_payments"}),
        ("4,2 millions", {"en_nh", "fr_nh", "en_payments"}),
        ("€950", {"en_wallet", "fr_towns"}),
        ("950 euros", {"en_wallet", "fr_towns"}),
        ("950 €", {"en_wallet", "fr_towns"}),
        ("$4.2 million", {"en_nh", "fr_nh", "en_payments"}),
        ("€4.2 million", set()),
        ("2,5 millions d'euros", {"fr_wallet"}),
        ("€2.5m", {"fr_wallet"}),
    ],
)
def test_a_figure_in_any_format_finds_that_value_in_any_format(lib, query, expected):
    # 620 victims, 4.2 percent and $950 million are other values: never found.
    assert lib.found(query) == expected


def test_figures_combine_with_words(lib):
    assert lib.found("rançon 620 000") == {"fr_nh"}
    assert lib.found("Eurojust -620000") == {"en_police"}
    assert lib.found("ransom 4.2 million") == {"en_nh", "en_payments"}


def test_figure_snippets_mark_the_figure_as_written(lib):
    hits = {lib.keys[h.id]: h.snippet for h in lib.search("620 000").results}
    assert f"{MARK_START}620,000{MARK_END}" in hits["en_nh"]
    assert f"{MARK_START}620 000{MARK_END}" in hits["fr_nh"]


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("620000", "620000"),
        ("620,000", "620000"),
        ("620 000", "620000"),
        ("620\u202f000", "620000"),
        ("4.2 million", "4200000"),
        ("4,2 millions", "4200000"),
        ("€950", "eur:950"),
        ("950 euros", "eur:950"),
        ("USD 5 bn", "usd:5000000000"),
        ("12,5 %", "percent:12.5"),
    ],
)
def test_find_figures_reads_english_and_french_spellings(text, token):
    figures = find_figures(text.replace("\u202f", " "))
    assert [f.token for f in figures] == [token]


@pytest.mark.parametrize("text", ["CVE-2024-3094", "v4.2.1", "mp3", "x~2", "title:2025", "48h"])
def test_find_figures_ignores_identifiers(text):
    assert find_figures(text) == []


def test_find_figures_reads_5m_as_five_million_as_an_article_does():
    # The extractor indexes an article's "5m" as 5 million; a query must look for the same value.
    assert [f.token for f in find_figures("5m")] == ["5000000"]
    assert [f.token for f in find_figures("€5m")] == ["eur:5000000"]


@pytest.mark.parametrize("text", ["12 mars", "March 12", "12 mars 2025", "nine arrests", "une attaque"])
def test_find_figures_leaves_dates_and_number_words_as_words(text):
    assert find_figures(text) == []


def test_find_figures_keeps_the_unit_of_an_age_or_duration_a_word():
    assert [(f.token, f.start, f.end, f.plain) for f in find_figures("34 ans")] == [("34", 0, 2, True)]


# -- did you mean ---------------------------------------------------------------------------------------


def test_did_you_mean_corrects_a_misspelt_word(lib):
    result = lib.search("ransomwre")
    assert result.total == 0
    assert result.suggestion == "ransomware"
    assert lib.search(result.suggestion).total == 2


def test_did_you_mean_keeps_a_proper_names_capitals_and_the_rest_of_the_query(lib):
    result = lib.search("NightHarbour lang:fr")
    assert result.total == 0
    assert result.suggestion == "NightHarbor lang:fr"


def test_did_you_mean_works_in_french(lib):
    result = lib.search("rançongicel")
    assert result.total == 0
    assert result.suggestion is not None
    assert lib.found(result.suggestion) == {"fr_nh", "fr_towns", "fr_hospital"}


def test_no_suggestion_when_nothing_better_exists(lib):
    assert lib.search("ransomware").suggestion is None
    assert lib.search("qwxzvbnm").suggestion is None
    assert lib.search("ransomware lang:fr").suggestion is None


# -- ranking, sorting, limits ---------------------------------------------------------------------------


def test_title_matches_rank_above_body_matches(lib):
    assert lib.order("Europol") == ["en_payments", "en_police"]


def test_sort_by_date_is_newest_first(lib):
    by_date = lib.search("ransomware OR rançongiciel", sort="date").results
    dates = [h.date for h in by_date]
    assert {lib.keys[h.id] for h in by_date} == {"en_nh", "en_payments", "fr_nh", "fr_towns", "fr_hospital"}
    assert [lib.keys[h.id] for h in by_date] == ["fr_nh", "en_nh", "fr_hospital", "fr_towns", "en_payments"]
    assert dates[0] > dates[-1]


def test_equal_scores_are_newest_first(lib):
    assert lib.order("tag:crypto") == ["fr_wallet", "en_wallet"]
    assert lib.order("620000") == ["fr_nh", "en_nh"]


def test_limit_cuts_results_not_total(lib):
    result = lib.search("rançongiciel", limit=1)
    assert result.total == 3
    assert len(result.results) == 1


def test_unknown_sort_is_a_query_error(lib):
    with pytest.raises(QueryError):
        lib.search("ransomware", sort="alphabetical")


# -- hits and snippets ----------------------------------------------------------------------------------


def test_snippets_mark_matched_terms_in_the_hits_language(lib):
    hits = {lib.keys[h.id]: h for h in lib.search("NightHarbor").results}
    assert f"{MARK_START}NightHarbor{MARK_END} ransomware group" in hits["en_nh"].snippet
    assert f"Le groupe {MARK_START}NightHarbor{MARK_END} a chiffré" in hits["fr_nh"].snippet
    for hit in hits.values():
        assert len(hit.snippet) <= 240


def test_snippets_mark_stemmed_and_accented_forms_as_written(lib):
    hits = {lib.keys[h.id]: h.snippet for h in lib.search("rancongiciel").results}
    assert f"{MARK_START}Rançongiciels{MARK_END} visent" in hits["fr_towns"]
    assert f"{MARK_START}rancongiciel{MARK_END}" in hits["fr_hospital"]
    hits = {lib.keys[h.id]: h.snippet for h in lib.search("hospitals").results}
    assert f"{MARK_START}hospital{MARK_END} chain" in hits["en_nh"]


def test_snippet_marks_every_phrase_word_and_prefix_expansion(lib):
    (hit,) = lib.search('"hot wallet"').results
    assert f"{MARK_START}hot{MARK_END} {MARK_START}wallet{MARK_END}" in hit.snippet
    hits = {lib.keys[h.id]: h.snippet for h in lib.search("ransom*").results}
    assert f"{MARK_START}ransom{MARK_END} of" in hits["en_nh"]
    assert f"{MARK_START}ransomware{MARK_END}" in hits["en_nh"]


def test_negated_terms_are_not_marked(lib):
    (hit,) = lib.search("ransomware -hospital").results
    assert f"{MARK_START}hospital" not in hit.snippet


def test_hits_carry_their_record(lib):
    hits = {lib.keys[h.id]: h for h in lib.search("NightHarbor").results}
    en, fr = hits["en_nh"], hits["fr_nh"]
    assert en.title == ARTICLES["en_nh"].title and en.lang == "en"
    assert en.date.startswith("2025-03-14")
    assert en.pair_id == lib.ids["fr_nh"] and fr.pair_id == lib.ids["en_nh"]
    assert en.score > 0


# -- the vectorised scorer ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "ransomware",
        "NightHarbor",
        "Eurojust",
        "hot wallet",
        "ransomware OR wallet",
        "ransomware -hospital",
        "rançongiciel NOT NightHarbor",
        "NOT wallet",
        "620 000",
        "4.2",
        "tag:crypto",
        "source:cyberinsider ransomware",
        "ransomware -tag:health",
        'wallet -"hot wallet"',
        "(ransomware OR rançongiciel) AND (hospital OR hôpital)",
        "ransom*",
        "rançon* -NightHarbor",
        "ransomwre~",
        "rançongicel~2",
    ],
)
def test_vectorised_scores_are_whooshs_bm25f_scores(lib, query):
    searcher = lib.library.index.searcher()
    qobj, _ = parse_query(query)
    found = scoring.engine(searcher).evaluate(qobj)
    expected = {hit.docnum: hit.score for hit in searcher.search(qobj, limit=None)}
    assert expected
    assert dict(zip(found.docs.tolist(), found.scores.tolist(), strict=True)) == pytest.approx(expected)


@pytest.mark.parametrize("query", ['"hot wallet"', 'title:"hot wallet"', 'NightHarbor "hot wallet"'])
def test_phrases_are_left_to_whoosh(lib, query):
    qobj, _ = parse_query(query)
    with pytest.raises(scoring.Unsupported):
        scoring.engine(lib.library.index.searcher()).evaluate(qobj)


def test_filters_apply_to_queries_whoosh_scores_itself(lib):
    assert lib.found('"hot wallet" lang:en') == {"en_wallet"}
    assert lib.found('"hot wallet" lang:fr') == set()
    assert lib.found('"hot wallet" OR "portefeuille chaud"', sort="date") == {"en_wallet", "fr_wallet"}
    assert lib.found('"hot wallet" -is:unread') == set()
    assert lib.found("ransom* is:bookmarked") == set()
    assert lib.found("rançon* -is:read date:2025-03") == {"fr_nh", "fr_hospital"}
    assert lib.order("rançon*", sort="date") == ["fr_nh", "fr_hospital", "fr_towns"]


# -- parse_query ----------------------------------------------------------------------------------------


def test_parse_query_separates_filters_from_the_scored_query():
    query, filters = parse_query("lang:fr -is:read date:2025-03 rançongiciel")
    assert filters.langs == {"fr"}
    assert filters.flags == [("read", False)]
    assert filters.dates == [DateSpan(datetime(2025, 3, 1), datetime(2025, 4, 1))]
    terms = set(query.iter_all_terms())
    assert ("body_fr", "rancongiciel") in terms
    assert not any(field in ("lang", "date") for field, _ in terms)


def test_parse_query_only_filters_is_every_article_and_only_stop_words_is_nothing():
    query, filters = parse_query("lang:fr")
    assert filters.langs == {"fr"} and query is not None and not list(query.iter_all_terms())
    assert parse_query("the les")[0] is None


def test_parse_query_replaces_figures_with_figure_terms():
    query, _ = parse_query("rançon 4,2 millions")
    assert ("figs", "4200000") in set(query.iter_all_terms())


def test_parse_date_forms():
    assert parse_date("2025-03") == DateSpan(datetime(2025, 3, 1), datetime(2025, 4, 1))
    assert parse_date(">2025-01-01") == DateSpan(datetime(2025, 1, 2), None)
    assert parse_date("<2025") == DateSpan(None, datetime(2025, 1, 1))
    assert parse_date("[2025-01-01 TO 2025-03-31]") == DateSpan(datetime(2025, 1, 1), datetime(2025, 4, 1))
    assert parse_date("2024-12..2025-01") == DateSpan(datetime(2024, 12, 1), datetime(2025, 2, 1))


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"hot wallet', "unbalanced quote"),
        ("(ransomware OR wallet", "unbalanced parenthesis"),
        ("ransomware)", "unbalanced parenthesis"),
        ("date:[2025-01-01 TO 2025-03-31", "unbalanced bracket"),
    ],
)
def test_malformed_queries_raise_a_clear_query_error(query, message):
    with pytest.raises(QueryError, match=message):
        parse_query(query)


@pytest.mark.parametrize(
    "query",
    [
        "AND",
        "OR OR",
        "NOT",
        "*",
        "~",
        ":",
        "-",
        "+",
        "title:",
        "((ransomware))",
        "a:b:c",
        "ransom**",
        '""',
        "^2",
        "x^",
        "é~2",
        "wallet~9",
        "lang:",
        "source:",
        "tag:",
        "-(",
        "«",
        "\x00",
        "€",
        "1e9",
        "NOT NOT wallet",
        "title:(wallet OR rançon)",
        "*:*",
        "[",
        "id:1",
        "figs:eur:950",
        "  ",
    ],
)
def test_odd_queries_give_results_or_a_query_error_never_a_crash(lib, query):
    try:
        result = lib.search(query)
    except QueryError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert result.total >= 0


# -- freshness ------------------------------------------------------------------------------------------


def test_imported_articles_are_searchable_at_once(tmp_path):
    with Library(tmp_path / "lib") as library:
        first = _article(
            "a",
            "Zyxolith botnet dismantled",
            "en",
            datetime(2025, 4, 1, tzinfo=UTC),
            ["Police dismantled the Zyxolith botnet."],
        )
        library.import_articles([first])
        assert [h.title for h in search(library, "Zyxolith").results] == ["Zyxolith botnet dismantled"]
        assert search(library, "Quorvane").total == 0
        second = _article(
            "b",
            "Le botnet Quorvane démantelé",
            "fr",
            datetime(2025, 4, 2, tzinfo=UTC),
            ["La police a démantelé le botnet Quorvane."],
        )
        library.import_articles([second])
        assert search(library, "Quorvane").total == 1
        assert search(library, "botnet").total == 2
        changed = _article(
            "a",
            "Zyxolith botnet back",
            "en",
            datetime(2025, 4, 1, tzinfo=UTC),
            ["The Velmora botnet is back."],
        )
        library.import_articles([changed])  # same URL: the stored article is updated, not duplicated
        assert search(library, "Velmora").total == 1
        assert search(library, "dismantled").total == 0


# -- CLI ------------------------------------------------------------------------------------------------


@pytest.fixture
def cli_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSREADER_NO_SAMPLES", "1")
    data = tmp_path / "lib"
    with Library(data) as library:
        library.import_articles([ARTICLES["en_nh"], ARTICLES["fr_nh"], ARTICLES["fr_towns"]])
    return data


def test_cli_search_json_shape(cli_dir, capsys):
    code = main(["--data-dir", str(cli_dir), "search", "rançon", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"query", "took_ms", "total", "suggestion", "results"}
    assert data["query"] == "rançon"
    assert data["total"] == 2 and data["suggestion"] is None
    assert isinstance(data["took_ms"], float) and data["took_ms"] >= 0
    for hit in data["results"]:
        assert set(hit) == {"id", "title", "lang", "date", "score", "snippet", "pair_id"}
        assert hit["lang"] == "fr" and isinstance(hit["score"], float)
        assert MARK_START in hit["snippet"]
    assert {h["pair_id"] is not None for h in data["results"]} == {True, False}


def test_cli_search_suggestion_and_sort(cli_dir, capsys):
    main(["--data-dir", str(cli_dir), "search", "ransomwre", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 0 and data["results"] == [] and data["suggestion"] == "ransomware"
    main(["--data-dir", str(cli_dir), "search", "NightHarbor", "--sort", "date", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert [h["lang"] for h in data["results"]] == ["fr", "en"]


@pytest.mark.parametrize("query", ['"hot wallet', "(ransomware", "date:[2025 TO", "is:shiny", "date:2025-99"])
def test_cli_malformed_query_is_one_line_and_exit_2(cli_dir, capsys, query):
    code = main(["--data-dir", str(cli_dir), "search", query, "--json"])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("search: ")
    assert "Traceback" not in err


def test_cli_plain_output_lists_hits(cli_dir, capsys):
    code = main(["--data-dir", str(cli_dir), "search", "Eurojust"])
    out, _ = capsys.readouterr()
    assert code == 0
    assert "2 results for Eurojust" in out
    assert ARTICLES["fr_nh"].title in out


def test_a_figure_only_in_the_title_or_tldr_is_searchable(tmp_path):
    with Library(tmp_path / "lib") as library:
        article = Article(
            title="Ransom of 7.35 million dollars demanded",
            blocks=[Block("paragraph", "The gang wants to be paid in bitcoin.")],
            tldr=["Some 4,210 patients were moved."],
            lang="en",
            url="https://example.org/t",
        )
        library.import_articles([article])
        assert search(library, "7.35 million").total == 1
        assert search(library, "4 210").total == 1
        (row,) = library.rows()
        assert library.article(row.id)["figures"] == [], "body figures only are highlighted"


def test_snippets_only_for_the_first_hits_when_asked(lib):
    full = search(lib.library, "ransomware", limit=50)
    assert full.total >= 2 and all(h.snippet for h in full.results)
    lean = search(lib.library, "ransomware", limit=50, snippets=1)
    assert [h.id for h in lean.results] == [h.id for h in full.results]
    assert lean.results[0].snippet == full.results[0].snippet
    assert all(h.snippet is None for h in lean.results[1:])
