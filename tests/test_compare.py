"""EN/FR figure comparison (reader.figures.compare): matching rules, set semantics, the seed pair."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reader.figures import Comparison, compare_figures, extract_figures, figure_key
from reader.figures.compare import compatible, distinct
from reader.model import Figure

SHARED = Path(__file__).resolve().parents[2] / "shared"
ANSWERS = SHARED / "devset" / "seeds-answers.yaml"


def seed_text(spec: dict) -> str:
    """The whole French file; the English headline and body (the digest header has a date and a time)."""
    path = SHARED / spec["file"]
    if not path.exists():
        pytest.skip(f"{path} absent")
    text = path.read_text(encoding="utf-8")
    if spec["lang"] != "en":
        return text
    lines = text.splitlines()
    more = next(i for i, line in enumerate(lines) if line.startswith("Read more:"))
    return "\n".join([lines[more - 1], *lines[more + 1 :]])


def _num(value: float) -> float | int:
    value = round(value, 4)
    return int(value) if float(value).is_integer() else value


def answer_key(item: list) -> tuple:
    value, kind, *currency = item
    return (_num(value), kind, currency[0] if currency else None)


def found_key(f: Figure) -> tuple:
    return (_num(f.value), f.kind, f.currency)


def fig(value: float, kind: str = "count", unit: str | None = None, currency: str | None = None) -> Figure:
    return Figure(str(value), value, kind, unit, currency)


def keys(figs: list[Figure]) -> set[tuple]:
    return {found_key(f) for f in figs}


def test_same_amount_in_both_languages_matches():
    c = compare_figures(
        extract_figures("€145,000 in cash", "en"), extract_figures("145 000 euros en liquide", "fr")
    )
    assert [(a.text, b.text) for a, b in c.matched] == [("€145,000", "145 000 euros")]
    assert c.only_en == [] and c.only_fr == []


def test_counted_nouns_match_through_the_unit_table():
    c = compare_figures(extract_figures("eleven servers", "en"), extract_figures("onze serveurs", "fr"))
    assert [(figure_key(a), figure_key(b)) for a, b in c.matched] == [
        (("count", 11, "server"), ("count", 11, "server"))
    ]


def test_a_count_without_noun_matches_one_with_a_noun():
    c = compare_figures(extract_figures("in 33 languages", "en"), extract_figures("33 au total", "fr"))
    assert len(c.matched) == 1


def test_different_known_nouns_do_not_match():
    c = compare_figures([fig(2, unit="suspect")], [fig(2, unit="arrest")])
    assert c.matched == [] and len(c.only_en) == len(c.only_fr) == 1


def test_a_raw_noun_can_match_across_languages():
    assert compatible(fig(12, unit="gangs"), fig(12, unit="groupes"))


def test_money_needs_the_same_currency():
    c = compare_figures([fig(1700, "money", currency="USD")], [fig(1700, "money", currency="EUR")])
    assert c.matched == []


def test_money_does_not_match_a_plain_count():
    assert compare_figures([fig(500, "money", currency="EUR")], [fig(500)]).matched == []


def test_age_matches_an_age_and_a_duration_in_years():
    en = extract_figures("a 30-year-old Dutchman", "en")
    assert compare_figures(en, extract_figures("un Néerlandais de 30 ans", "fr")).matched
    assert compare_figures(en, [fig(30, "duration", unit="years")]).matched
    assert not compare_figures(en, [fig(30, "duration", unit="days")]).matched


def test_percentages_and_durations_compare_units():
    assert compare_figures(extract_figures("12.5%", "en"), extract_figures("12,5 %", "fr")).matched
    assert not compatible(fig(12.5, "percent"), fig(12.5, "percent", unit="point"))
    assert not compatible(fig(6, "duration", unit="months"), fig(6, "duration", unit="years"))


def test_dates_and_years_compare_and_stay_listed():
    c = compare_figures(
        extract_figures("On 26 December 2024, in 2021, five people", "en"),
        extract_figures("le 26 décembre, en 2021", "fr"),
    )
    assert {a.kind for a, _ in c.matched} == {"date", "year"}
    assert [f.kind for f in c.only_en] == ["count"]


def test_repeated_figures_count_once_first_occurrence_represents():
    en = extract_figures("2.3 million messages. Later: 2.3 million messages again, and 2.3 million.", "en")
    fr = extract_figures("2,3 millions de messages", "fr")
    assert len(distinct(en)) == 1
    c = compare_figures(en, fr)
    assert len(c.matched) == 1 and c.matched[0][0] is en[0]
    assert c.only_en == [] and c.only_fr == []
    assert all(c.is_matched(f) for f in en)  # every occurrence can be highlighted as matched
    assert c.counterpart(en[2]) is fr[0]


def test_matching_is_one_to_one():
    c = compare_figures([fig(40, unit="server")], [fig(40, unit="server"), fig(40, unit="phone")])
    assert len(c.matched) == 1 and [f.unit for f in c.only_fr] == ["phone"]


def test_exact_keys_win_over_looser_matches():
    en = [fig(33), fig(33, unit="language")]
    fr = [fig(33, unit="language")]
    c = compare_figures(en, fr)
    assert len(c.matched) == 1 and c.only_en == [] and c.only_fr == []


def test_empty_comparison():
    assert compare_figures([], []) == Comparison()


# --- the seed pair ----------------------------------------------------------------------------------------


def test_seed_comparison_matches_the_answers():
    if not ANSWERS.exists():
        pytest.skip("shared devset absent")
    answers = yaml.safe_load(ANSWERS.read_text(encoding="utf-8"))
    en_spec, fr_spec = answers["articles"]["seed-en"], answers["articles"]["seed-fr"]
    en_answers = {answer_key(i) for i in en_spec["figures"]}
    fr_answers = {answer_key(i) for i in fr_spec["figures"]}
    optional = {answer_key(i) for spec in (en_spec, fr_spec) for i in spec.get("optional", [])}

    c = compare_figures(extract_figures(seed_text(en_spec), "en"), extract_figures(seed_text(fr_spec), "fr"))

    assert {found_key(a) for a, _ in c.matched} == en_answers & fr_answers
    assert all(found_key(a) == found_key(b) for a, b in c.matched)
    assert keys(c.only_en) - optional == en_answers - fr_answers
    assert keys(c.only_fr) - optional == fr_answers - en_answers
