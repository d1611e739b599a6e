"""Key-figure extraction (reader.figures.extract): formats of both languages, what is not a figure, seeds."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.figures import extract_figures, figure_key
from reader.model import Figure

DEVSET = Path(__file__).resolve().parents[2] / "shared" / "devset"
ANSWERS = DEVSET / "seeds-answers.yaml"


def figures(text: str, lang: str) -> list[Figure]:
    """Extract and check the invariants every caller relies on: offsets, order, no overlaps."""
    found = extract_figures(text, lang)
    for f in found:
        assert text[f.start : f.end] == f.text, f
        assert f.start < f.end
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start, (a, b)
    return found


def one(text: str, lang: str) -> Figure:
    found = figures(text, lang)
    assert len(found) == 1, found
    return found[0]


def described(found: list[Figure]) -> list[tuple]:
    return [(f.text, _num(f.value), f.kind, f.currency or f.unit) for f in found]


def _num(value: float) -> float | int:
    value = round(value, 4)
    return int(value) if float(value).is_integer() else value


# --- money ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_euro_amount_in_both_notations_gives_one_key(space):
    en = one("Police seized €145,000 in cash.", "en")
    fr = one(f"La police a saisi 145{space}000 euros en liquide.", "fr")
    assert en.text == "€145,000"
    assert fr.text == f"145{space}000 euros"
    assert figure_key(en) == figure_key(fr) == ("money", 145000, "EUR")


@pytest.mark.parametrize(
    ("text", "lang", "value", "currency"),
    [
        ("a fine of $4.2bn", "en", 4_200_000_000, "USD"),
        ("une amende de 4,2 milliards de dollars", "fr", 4_200_000_000, "USD"),
        ("a loss of £3m", "en", 3_000_000, "GBP"),
        ("assets valued at over €15 million", "en", 15_000_000, "EUR"),
        ("15 millions d'euros de biens", "fr", 15_000_000, "EUR"),
        ("15 millions d’euros de biens", "fr", 15_000_000, "EUR"),
        ("une rançon de 3 M€", "fr", 3_000_000, "EUR"),
        ("a US$ 5 million ransom", "en", 5_000_000, "USD"),
        ("a ransom of 2 million US dollars", "en", 2_000_000, "USD"),
        ("CHF 20 per month", "en", 20, "CHF"),
        ("il a payé 1 700 $ pour l'appareil", "fr", 1700, "USD"),
        ("500 000 EUR en cryptomonnaie", "fr", 500_000, "EUR"),
        ("a $3-million deal", "en", 3_000_000, "USD"),
        ("1,5 million de livres sterling", "fr", 1_500_000, "GBP"),
    ],
)
def test_money_formats(text, lang, value, currency):
    f = one(text, lang)
    assert (f.kind, _num(f.value), f.currency) == ("money", value, currency)


def test_pounds_of_a_substance_are_not_money():
    assert all(f.kind != "money" for f in figures("They found 10 pounds of cocaine.", "en"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("users paid between 1,350 and 1,700 dollars", "en"),
        ("les usagers payaient entre 1 350 et 1 700 dollars", "fr"),
        ("between $1,350 and 1,700", "en"),
    ],
)
def test_a_range_shares_its_currency(text, lang):
    found = figures(text, lang)
    assert [(f.kind, _num(f.value), f.currency) for f in found] == [
        ("money", 1350, "USD"),
        ("money", 1700, "USD"),
    ]


# --- counts, scales, percentages --------------------------------------------------------------------------


def test_millions_in_english_and_french_are_equal():
    en = one("approximately 2.3 million messages", "en")
    fr = one("2,3 millions de messages interceptés", "fr")
    assert en.text == "2.3 million" and fr.text == "2,3 millions"
    assert figure_key(en) == figure_key(fr) == ("count", 2_300_000, "message")


@pytest.mark.parametrize(
    "text", ["12.5%", "12,5 %", "12,5\u202f%", "12.5 per cent", "12,5 pour cent", "12.5 percent"]
)
def test_percentages(text):
    lang = "fr" if "," in text else "en"
    f = one(f"Le chiffre a augmenté de {text} cette année" if lang == "fr" else f"up {text} this year", lang)
    assert (f.kind, f.value, f.text) == ("percent", 12.5, text)


def test_a_percent_range_shares_the_sign():
    assert [(f.kind, f.value) for f in figures("between 10-15% of users", "en")] == [
        ("percent", 10),
        ("percent", 15),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("eleven servers were seized", "en", 11, "server"),
        ("onze serveurs ont été saisis", "fr", 11, "server"),
        ("the arrests of two key suspects", "en", 2, "suspect"),
        ("970 téléphones cryptés", "fr", 970, "phone"),
        ("quatre véhicules", "fr", 4, "vehicle"),
        ("8 000 comptes utilisateurs", "fr", 8000, "account"),
        ("from roughly 8,000 accounts worldwide", "en", 8000, "account"),
        ("in 33 languages", "en", 33, "language"),
        ("en 33 langues différentes", "fr", 33, "language"),
        ("twenty-five countries took part", "en", 25, "country"),
        ("vingt-cinq pays ont participé", "fr", 25, "country"),
        ("deux cents victimes", "fr", 200, "victim"),
        ("1,200 people were evacuated", "en", 1200, "evacuee"),  # counted by what befell them
        ("un million de personnes", "fr", 1_000_000, "person"),
        ("15k users", "en", 15_000, "user"),
    ],
)
def test_counts_carry_the_counted_noun_as_an_english_key(text, lang, value, unit):
    f = one(text, lang)
    assert (f.kind, _num(f.value), f.unit) == ("count", value, unit)


def test_an_unknown_noun_is_kept_raw():
    f = one("12 ransomware gangs", "en")
    assert (f.kind, f.value, f.unit) == ("count", 12, "gangs")


@pytest.mark.parametrize(
    "text",
    ["un homme a été arrêté", "one of the suspects", "une plateforme", "un appareil basé sur Google Pixel"],
)
def test_articles_and_lone_number_words_are_not_figures(text):
    assert figures(text, "fr" if text.startswith("un") else "en") == []


def test_number_words_need_a_noun_or_unit():
    assert figures("The two were arrested in Spain.", "en") == []
    assert described(figures("Two suspects were arrested.", "en")) == [("Two", 2, "count", "suspect")]


# --- ages and durations -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "ages"),
    [
        ("a 30-year-old Dutchman", "en", [30]),
        ("a 45-year-old man", "en", [45]),
        ("the suspects, aged 24 and 29, were arrested", "en", [24, 29]),
        ("deux hommes âgés de 24 et 29 ans", "fr", [24, 29]),
        ("les suspects, âgés de 24 et 29 ans", "fr", [24, 29]),
        ("un homme de 52 ans", "fr", [52]),
        ("un Néerlandais de 30 ans", "fr", [30]),
        ("une femme âgée de 41 ans", "fr", [41]),
        ("he is 67 years old", "en", [67]),
        ("at the age of 16", "en", [16]),
        ("victims, mostly aged over 60, were called", "en", [60]),
        ("the rapporteur, Kadri Vaher, 46, said", "en", [46]),
        ("la rapporteure, l'Estonienne Kadri Vaher, 46 ans.", "fr", [46]),
        ("une journaliste d'investigation de 38 ans", "fr", [38]),
        ("un lycéen de 17 ans", "fr", [17]),
    ],
)
def test_ages(text, lang, ages):
    found = figures(text, lang)
    assert [f.value for f in found if f.kind == "age"] == ages


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("un abonnement de six mois", "fr", 6, "months"),
        ("pendant deux ans", "fr", 2, "years"),
        ("depuis trois ans", "fr", 3, "years"),
        ("une peine de 10 ans de prison", "fr", 10, "years"),
        ("un homme condamné à une peine de 10 ans", "fr", 10, "years"),
        ("une panne de 48 h", "fr", 48, "hours"),
        ("five years in prison", "en", 5, "years"),
        ("within 48 hours", "en", 48, "hours"),
        ("for three weeks", "en", 3, "weeks"),
        ("a two-year investigation", "en", 2, "years"),
        ("Takedown of Criminal Communication Platforms - 21d", "en", 21, "days"),
        ("en 48h", "fr", 48, "hours"),
    ],
)
def test_durations(text, lang, value, unit):
    f = one(text, lang)
    assert (f.kind, f.value, f.unit) == ("duration", value, unit)


def test_a_unit_without_a_number_is_nothing():
    assert figures("Police conducted months of surveillance.", "en") == []


# --- years and dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("in 2021", "en"),
        ("en 2021", "fr"),
        ("the 2021 murder of a reporter", "en"),
        ("in March 2021", "en"),
        ("en février 2021", "fr"),
    ],
)
def test_years(text, lang):
    f = one(text, lang)
    assert (f.kind, f.value, f.text) == ("year", 2021, "2021")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("on 26 December 2024", "en", 20241226),
        ("on December 26, 2024", "en", 20241226),
        ("2024-12-26", "en", 20241226),
        ("le 26 décembre 2024", "fr", 20241226),
        ("le 1er janvier 2025", "fr", 20250101),
        ("le 26 décembre", "fr", 1226),
    ],
)
def test_dates_are_one_figure(text, lang, value):
    f = one(text, lang)
    assert (f.kind, f.value) == ("date", value)


# --- what is not a figure ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Microsoft released Windows 11 last year", "en"),
        ("The meeting started at 10:30 sharp", "en"),
        ("posted 04:10:32 Pacific", "en"),
        ("at 10am", "en"),
        ("la réunion commence à 10 h 30", "fr"),
        ("rendez-vous à 10 h", "fr"),
        ("1. First item", "en"),
        ("- 2) second item", "en"),
        ("a COVID-19 test", "en"),
        ("the flaw CVE-2024-3094 in xz", "en"),
        ("built on GPT-4 by OpenAI", "en"),
        ("the new iPhone 15 is out", "en"),
        ("under Article 5 of the treaty", "en"),
        ("upgrade to version 2.0 now", "en"),
        ("Q3 results", "en"),
        ("names such as X-quantum", "en"),
        ("certified ISO 27001", "en"),
        ("call +33 1 23 45 67 89", "fr"),
        ("appelez le 01 23 45 67 89", "fr"),
        ("open 24/7", "en"),
        ("the 1990s", "en"),
        ("server 192.168.1.1", "en"),
        ("the 2nd suspect", "en"),
        ("un réseau 5G", "fr"),
        ("un numéro d'information, le 0800 12 345, a été ouvert", "fr"),
        ("joignable au 02 98 00 00 00", "fr"),
        ("prévue par l'article 32 du RGPD", "fr"),
        ("les iPhone équipés d'iOS 18.3", "fr"),
        ("le premier vol, l'AV 312 pour Malaga", "fr"),
        ("à partir de 8 h.", "fr"),
        ("A magnitude 6.8 earthquake", "en"),
    ],
)
def test_not_figures(text, lang):
    assert figures(text, lang) == []


def test_list_markers_at_line_start_or_after_a_colon():
    text = "Findings:\n1. 40 servers were seized\n2) 8,000 accounts"
    assert [(f.value, f.unit) for f in figures(text, "en")] == [(40, "server"), (8000, "account")]
    text = "suivre ces étapes : 1. garder la carte ; 2. réclamer 250 euros ; 3. attendre."
    assert described(figures(text, "fr")) == [("250 euros", 250, "money", "EUR")]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("five of the bridge's seven validators", "en", 5),
        ("cinq des sept validateurs", "fr", 5),
        ("three in England", "en", 3),
        ("douze en France", "fr", 12),
        ("two other suspects", "en", 2),
        ("three European news outlets", "en", 3),
    ],
)
def test_number_words_in_a_partitive_or_before_adjectives_are_counts(text, lang, value):
    assert figures(text, lang)[0].kind == "count"
    assert figures(text, lang)[0].value == value


def test_a_list_shares_the_currency_even_with_voire():
    text = "Certaines victimes ont perdu 8\u202f000, 25\u202f000, voire 140\u202f000\u00a0euros."
    assert [(f.value, f.currency) for f in figures(text, "fr")] == [
        (8000, "EUR"),
        (25000, "EUR"),
        (140000, "EUR"),
    ]


def test_livres_are_pounds_unless_books():
    assert one("30 millions de livres, soit", "fr").currency == "GBP"
    assert one("250 000 livres consacrés à la surveillance", "fr").currency == "GBP"
    assert one("500 livres de cuisine", "fr").kind == "count"


def test_other_language_applies_both_rule_sets():
    text = "€145,000 et 145 000 euros, 2,3 millions et 2.3 million, six mois"
    found = figures(text, "de")
    assert [figure_key(f)[:2] for f in found] == [
        ("money", 145000),
        ("money", 145000),
        ("count", 2300000),
        ("count", 2300000),
        ("duration", 6),
    ]


# --- the seed articles ------------------------------------------------------------------------------------


def _answers() -> dict:
    if not ANSWERS.exists():
        pytest.skip("shared devset absent")
    return yaml.safe_load(ANSWERS.read_text(encoding="utf-8"))


def seed_text(spec: dict) -> str:
    """The text to read: the whole French file; the English headline and body (not the digest header)."""
    path = DEVSET.parent / spec["file"]
    if not path.exists():
        pytest.skip(f"{path} absent")
    text = path.read_text(encoding="utf-8")
    if spec["lang"] != "en":
        return text
    lines = text.splitlines()
    more = next(i for i, line in enumerate(lines) if line.startswith("Read more:"))
    return "\n".join([lines[more - 1], *lines[more + 1 :]])


def answer_key(item: list) -> tuple:
    value, kind, *currency = item
    return (_num(value), kind, currency[0] if currency else None)


def found_key(f: Figure) -> tuple:
    return (_num(f.value), f.kind, f.currency)


@pytest.mark.parametrize("article", ["seed-en", "seed-fr"])
def test_seed_figures_are_exactly_the_answers(article):
    spec = _answers()["articles"][article]
    found = {found_key(f) for f in figures(seed_text(spec), spec["lang"])}
    required = {answer_key(item) for item in spec["figures"]}
    optional = {answer_key(item) for item in spec.get("optional", [])}
    assert required - found == set(), "missed"
    assert found - required - optional == set(), "extra"


# --- robustness -------------------------------------------------------------------------------------------

_NUMBERISH = st.text(
    alphabet=st.sampled_from(list("0123456789 ,.-%€$£:/\n\u00a0\u202fkmbdhyears-oldansmillion deux é'’")),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=200), _NUMBERISH), lang=st.sampled_from(["en", "fr", "de", ""]))
def test_never_raises_and_offsets_hold(text, lang):
    figures(text, lang)


def test_francs_are_swiss_francs_unless_cfa():
    fr = extract_figures("Le tunnel coûtera 1,4 milliard de francs, et 2 000 francs CFA.", "fr")
    assert [(f.value, f.kind, f.currency) for f in fr] == [(1.4e9, "money", "CHF"), (2000, "money", "XOF")]
    (en,) = extract_figures("The tunnel will cost CHF 1.4bn.", "en")
    assert (en.value, en.currency) == (1.4e9, "CHF")


_PIECES = [
    *"0123456789 -_,.'’/\n\u00a0\u202fxéÉaAıſİ",
    *"deux Deux DEUX dix-sept Quatre-Vingt-Onze vingt et un trois cents cent twenty-five Twenty One".split(),
    *"deuxième ſix dıx-ſept quatre-vingts milliers million seven 11 2,500 1 000 3.5 v1.2.3".split(),
    *"mars Mars MARS août AOÛT aout janv. sept. Sept. September May March of 1er 3rd 2024 1999 12/03/".split(),
    *"9h 9h30 10:45 p.m. am À à vers At by jusqu’à jusqu'à partir de d’ o'clock +33 (0) 01 23 45 67 (555) 123-4567".split(),
    *"entre Entre De avant Après dès 13 h heures ce matin GMT 2211 2018-19 (2-0) rue du au et juin May 27-29".split(),
    *"75001 Paris, 1‑888‑555‑0199 18 juill.".split(),
    *"2024-03-15 03.04.2021 3/4/1999 PM A.M. O’CLOCK +4 ( ) ‐ ‑ Décembre DÉC. Avr. MAI mais th st".split(),
    *"h H he hospitals heure heures _ 2211Z 1200 UTC 12bis, bis ter avenue St. Street 75001 PARIS – / 3rd-".split(),
    *"2:00:35 82h05'42'' 7'29'' 7 min 39 sec '' ″ \" min 1950hrs HRS hours at of Division".split(),
    *"Last year, LAST l'an L’AN l'année dernier, passée, ! ? last\u00a0year,".split(),
    *"a An one One un une UNE year Years month week day days hour heure an ans mois semaine semaines jour".split(),
    *"to To or OR à ou and et between Between entre Entre next the past from".split(),
    "between six months and a year",
    "Between 2 weeks AND one week",
    "from two days to a week",
    "a week or 10 days",
    "entre six mois et un an",
    "de deux jours à une semaine",
    "the next year to 18 months",
    "un an à 18 mois",
    "between 2 and 7 a.m.",
    "from 4 to 6 p.m.",
    "10 until 11:30 pm",
    "5 to 7pm",
    *"The the previous Previous prior year Year before précédente, PRÉCÉDENTE".split(),
]


_LIST_PIECES = [*"0123456789 \t\n\u00a0\u2003-*•–:;().,aB", "12", "123", "1234", "2023."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LIST_PIECES), max_size=25))
def test_list_markers_read_from_their_digits_are_what_the_marker_pattern_finds(pieces):
    """List markers are found from runs of digits, each checked against what precedes it on its line; that
    must give what trying the marker pattern at every character gives."""
    from reader.figures.extract import _LIST_MARKER_RE, _list_markers

    text = "".join(pieces)
    assert _list_markers(text) == [m.span("n") for m in _LIST_MARKER_RE.finditer(text)], text


def _all_scans():
    """Every scan the extractor runs from its candidate starts or behind a hint, as a :class:`_Scanner`."""
    from reader.figures import extract as x

    yield x._Scanner(x._TIME_RE, x._TIME_STARTS, x._TIME_HINT_RE)
    yield x._PHONE_SCAN
    yield x._Scanner(x._CLOCK_RE, x._CLOCK_STARTS, x._TIME_HINT_RE)
    yield x._RACE_TIME_SCAN
    yield x._RACE_GAP_SCAN
    yield x._MILITARY_TIME_SCAN
    yield x._UNIT_NAME_SCAN
    yield x._LAST_YEAR_OPENING_SCAN
    yield x._ONE_UNIT_TO_RANGE_SCAN
    yield x._TO_ONE_UNIT_RANGE_SCAN

    for langs in (("en",), ("fr",), ("en", "fr")):
        yield x._Scanner(x._tokenizer(langs), x._starts(langs))
        yield x._claim_patterns(langs)[0]
        yield from x._date_patterns(langs)


_SCANS = list(_all_scans())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.sampled_from(["", " "]))
def test_scans_from_candidate_starts_find_what_scanning_every_character_finds(pieces, joint):
    """The extractor tries its tokenizer and date patterns only where a match may start; they must find
    exactly what trying every character finds, whatever the case, accents or neighbouring characters."""
    _assert_same_scans(joint.join(pieces))


def test_scans_from_candidate_starts_agree_on_every_pair_of_pieces():
    for a in _PIECES:
        for b in _PIECES:
            for text in (f"{a} {b}", f"{a}{b}", f"({a}-{b}."):
                _assert_same_scans(text)


def _assert_same_scans(text: str) -> None:
    from reader.figures.extract import _lowered

    for scanner in _SCANS:
        expected = [(m.span(), m.group()) for m in scanner.pattern.finditer(text)]
        assert [(m.span(), m.group()) for m in scanner.finditer(text, _lowered(text))] == expected, text


_DURATION_PIECES = [
    *" \n-'’aAıſİ",
    *"un le tous les chaque quart quarts QUART d’heure d'heure a one every each quarter of an hour".split(),
    *"une la toutes demi-heure demi-heures half Half hour the past last decade Decade dernière cette décennie".split(),
    *"century Century CENTURY half-century demi-siècle Demi-Siècle siècle Siècle quart quarter-century of ce".split(),
    "un demi-siècle",
    "half a century",
    "a quarter of a century",
    "le quart de siècle",
    "a half-century",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DURATION_PIECES), max_size=20), st.sampled_from(["", " "]))
def test_durations_in_words_are_looked_for_only_behind_their_hints(pieces, joint):
    """Each duration said in words is scanned for only in a text that holds its hint; in a text lowercased
    alike, that must find what scanning for every one of them finds."""
    from reader.figures.extract import _WORD_DURATIONS, _lowered, _word_durations

    text = joint.join(pieces)
    lowered = _lowered(text)
    if lowered is None:
        return
    expected = [(m.span(), value) for pattern, value, _ in _WORD_DURATIONS for m in pattern.finditer(text)]
    assert [((f.start, f.end), f.value) for f in _word_durations(text, lowered)] == expected, text


def _word_tables():
    from reader.figures import numbers as t

    yield from (t.CURRENCY_SUFFIXES, t.MONTHS_FR, t.MONTHS_EN, t.DURATION_ADJECTIVES, t.PERCENT_SUFFIXES)
    yield t.SCALE_WORDS
    yield from (t.DURATION_UNITS["en"], t.DURATION_UNITS["fr"], t.NUMBER_WORDS["en"], t.NUMBER_WORDS["fr"])


_TABLE_WORDS = sorted({w for table in _word_tables() for w in table})
_WORD_PIECES = [
    *_TABLE_WORDS,
    *(w.upper() for w in _TABLE_WORDS),
    *(w.title() for w in _TABLE_WORDS),
    *" .s-xſıK",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=4))
def test_word_alternations_built_as_tries_match_what_the_flat_alternations_match(pieces):
    """A case-insensitive alternation is a trie of the lowercased words: at every position, it must match
    what the alternation of the words, longest first, matches."""
    from reader.figures.extract import _alt, _flat

    text = "".join(pieces)
    for table in _word_tables():
        trie, flat = re.compile(_alt(table, "i")), re.compile(f"(?i:{_flat(table)})")
        for i in range(len(text) + 1):
            m, n = trie.match(text, i), flat.match(text, i)
            assert (m and m.span()) == (n and n.span()), (text, i)


_BEFORE_PIECES = [
    *" \n\r\t\u00a0,.'’-1aAıſİ",
    *"de De DE homme aged Aged AGES age of âgée Âgé l'âge l’ÂGE few Several des DES hundreds of dozens".split(),
    *"Vaher, victim, man x".split(),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_BEFORE_PIECES), max_size=20))
def test_cheap_tests_before_a_number_never_rule_out_a_match(pieces):
    """The words looked for before a number are searched for only where a cheap test allows them: where it
    does not, the pattern must find nothing."""
    from reader.figures import extract as x

    text = "".join(pieces)
    e = x._Extractor(text, "fr")
    for pos in range(len(text) + 1):
        checks = [
            (x._WORDS_DE_BEFORE, 60, e.may_end_with(pos, "de")),
            (x._NAME_COMMA_BEFORE, 40, e.may_end_with(pos, ",", space=False)),
            (x._AGE_PREFIX_BEFORE, 40, e.may_hold(pos, 40, ("ag", "âg"))),
            (x._VAGUE_BEFORE, 40, e.may_hold(pos, 40, x._VAGUE_WORDS)),
        ]
        for pattern, width, allowed in checks:
            assert allowed or e.before(pattern, pos, width) is None, (text, pos, pattern.pattern)


_AFTER_PIECES = [
    *" \n\u00a0\u202f€$£°ºMdsCFxıſİ",
    *"3 Md Mds M€ degrés DEGREES Degré year YEARS old OLD US USA".split(),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_AFTER_PIECES), max_size=20))
def test_patterns_after_a_number_are_tried_only_in_a_text_that_may_hold_them(pieces):
    """Some patterns are tried after a number only in a text that holds their hint: in a text that does
    not, they must match nowhere."""
    from reader.figures import extract as x

    text = "".join(pieces)
    e = x._Extractor(text, "en")
    for allowed, pattern in [
        (e.temperatures, x._TEMPERATURE_AFTER),
        (e.scale_symbols, x._SCALE_SYMBOL_AFTER),
        (e.years_old, x._YEARS_OLD_AFTER),
        (e.us, x._US_AFTER),
    ]:
        assert allowed or not any(pattern.match(text, pos) for pos in range(len(text) + 1)), (text, pattern)


_WORD_BEFORE_PIECES = [*" \n\r\t\u00a0°#.'’-_,$€£", *"a É 1 word l'article US$ CHF EUR Fr. x".split()]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORD_BEFORE_PIECES), max_size=16))
def test_the_word_and_currency_before_a_number_read_back_are_what_the_patterns_find(pieces):
    """The word before a number is read back from it, and a currency prefix is searched for only after the
    last character of one: both must agree with the patterns."""
    from reader.figures import extract as x

    text = "".join(pieces)
    e = x._Extractor(text, "en")
    for pos in range(len(text) + 1):
        m = e.before(x._NAME_WORD_BEFORE, pos)
        assert x._name_word_before(text, pos) == (m and (m.group("w"), pos - len(m.group()))), (text, pos)
        c = x._Cand(pos, pos, Decimal(1), Decimal(1))
        e.currency_prefix(c)
        assert (c.kind == "money") == (e.before(x._CURRENCY_BEFORE, pos, 12) is not None), (text, pos)


def _digit_tokens() -> list[str]:
    """Numbers as the tokenizer finds them: runs of digits with a decimal part, and groups of three after a
    comma, a point or U+202F, with and without a decimal part, leading zeros, trailing zeros."""
    import itertools
    import random

    firsts = ["0", "1", "7", "10", "12", "123", "999", "05", "012"]
    groups = ["000", "001", "050", "500", "999"]
    decimals = ["", "0", "5", "50", "05", "25", "500", "123456", "000"]
    tokens = set()
    for first, dec, point in itertools.product(firsts, decimals, ".,"):
        tokens.add(first + (point + dec if dec else ""))
    for first, sep, n, dec, point in itertools.product(
        firsts, [",", ".", "\u202f"], (1, 2, 3), decimals, ".,"
    ):
        tokens.add(
            first
            + "".join(sep + groups[(i * 3 + len(first)) % 5] for i in range(n))
            + (point + dec if dec else "")
        )
    tokens.update(
        ["1,00", "1,0000", "12,34,567", "1.000,5", "5.500,000", "1,000.", "0,5", "1\u202f00", "00,000"]
    )
    rng = random.Random(16)
    for _ in range(2000):
        sep = rng.choice([",", ".", "\u202f"])
        body = str(rng.randint(1, 999)) + "".join(
            sep + f"{rng.randint(0, 999):03d}" for _ in range(rng.randint(1, 4))
        )
        if rng.random() < 0.5:
            body += rng.choice(".,") + str(rng.randint(0, 10 ** rng.randint(1, 6)))
        tokens.add(body)
    return sorted(tokens)


def test_numbers_are_read_as_babels_strict_parser_reads_them():
    """The extractor reads digits as Babel's strict parser does, without loading its locale data: it must give
    what ``parse_decimal(token, locale, strict=True)`` gives, or fail where it fails, in both locales."""
    from babel.numbers import NumberFormatError, get_decimal_symbol, get_group_symbol, parse_decimal

    from reader.figures import extract as x

    for locale, (group, point) in x.LOCALE_SYMBOLS.items():
        assert (get_group_symbol(locale), get_decimal_symbol(locale)) == (group, point)
    tokens = _digit_tokens()
    assert len(tokens) > 2000
    for locale in x.LOCALE_SYMBOLS:
        for token in tokens:
            try:
                expected: Decimal | None = Decimal(parse_decimal(token, locale=locale, strict=True))
            except NumberFormatError:
                expected = None
            got = x._parse_in(token, locale)
            assert got == expected and str(got) == str(expected), (locale, token, got, expected)


def test_a_year_of_an_event_a_period_runs_on_from_does_not_date_the_figure():
    """Construction: "du jamais vu depuis la crise de 1998", "the worst since the floods of 2013": the year
    opens a period running to today, so the sentence's figure is of the story, not of that year."""
    since = extract_figures("Un million de foyers sans courant, du jamais vu depuis la crise de 1998.", "fr")
    assert [f.year for f in since if f.kind == "count"] == [None]
    dated = extract_figures("In 2018, the exchange lost 58 billion yen.", "en")
    assert [f.year for f in dated if f.kind == "money"] == [2018]
