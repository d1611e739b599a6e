"""EN/FR figure comparison (reader.figures.compare): matching rules, set semantics, the seed pair."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from reader.figures import Comparison, compare_figures, extract_figures, figure_key
from reader.figures.compare import agrees_with_estimate, compatible, distinct, same_place
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


def fig(
    value: float,
    kind: str = "count",
    unit: str | None = None,
    currency: str | None = None,
    approx: str | None = None,
) -> Figure:
    return Figure(str(value), value, kind, unit, currency, approx=approx)


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


def test_tourists_and_passengers_of_one_value_are_one_count():
    """Construction: a coach crash's "the 40-odd tourists" against "une quarantaine de passagers"."""
    c = compare_figures(
        extract_figures("The 40-odd tourists were on board.", "en"),
        extract_figures("Une quarantaine de passagers étaient à bord.", "fr"),
    )
    assert [(a.text, b.text) for a, b in c.matched] == [("40-odd", "Une quarantaine")]


def test_a_count_without_noun_matches_one_with_a_noun():
    c = compare_figures(extract_figures("in 33 languages", "en"), extract_figures("33 au total", "fr"))
    assert len(c.matched) == 1


def test_counts_of_one_value_match_whatever_their_nouns_the_same_noun_first():
    """Value and kind first, the noun is evidence: "1,209 suspects" and "1 209 interpellations" are one
    quantity; a French count of the English noun is still preferred."""
    c = compare_figures([fig(2, unit="suspect")], [fig(2, unit="arrest")])
    assert len(c.matched) == 1 and c.only_en == c.only_fr == []
    en = [fig(7, unit="suspect")]
    c = compare_figures(en, [fig(7, unit="arrest"), fig(7, unit="suspect")])
    assert [b.unit for _, b in c.matched if b.unit == "suspect"] == ["suspect"]


def test_a_value_said_of_two_nouns_is_not_one_sided_when_the_other_version_has_it_once():
    """ "4.2 million members" and "4.2 million people" in one version, "4,2 millions de personnes" in the
    other: neither English figure is flagged."""
    en = [fig(4200000, unit="member"), fig(4200000, unit="person")]
    c = compare_figures(en, [fig(4200000, unit="person")])
    assert c.only_en == [] and c.only_fr == [] and c.conflicts == []
    assert len(c.matched) == 1  # the people are the members: one count of them (see distinct)


def test_a_raw_noun_can_match_across_languages():
    assert compatible(fig(12, unit="gangs"), fig(12, unit="groupes"))


def test_a_noun_outside_the_table_is_named_alike_in_both_languages():
    """Nouns the unit table leaves out but news counts often ("flights" and "vols", "pills" and "comprimés")
    are one noun once read: a large count of it told two ways is disputed, as a shared raw noun's is."""
    en = extract_figures("WestJet cancelled around 830 flights over the weekend.", "en")
    fr = extract_figures("La grève a forcé l'annulation de 687 vols prévus.", "fr")
    assert [f.unit for f in en] == ["flight"] and [f.unit for f in fr] == ["flight"]
    c = compare_figures(en, fr)
    assert [(a.text, b.text) for a, b in c.conflicts] == [("830", "687")]
    assert c.only_en == c.only_fr == []


def test_one_value_told_of_two_roles_gives_way_to_each_roles_own_count():
    """Role swap: "110 people had died" and "110 personnes à bord" share a value but not a role; when each
    version also counts the other role close to it ("carrying 113 people", "107 morts"), the dead and those
    on board are two quantities, each disputed, and the shared value matches nothing."""
    en = extract_figures("The jet was carrying 113 people. Officials said 110 people had died.", "en")
    fr = extract_figures("L'avion transportait 110 personnes à bord. L'accident a fait 107 morts.", "fr")
    c = compare_figures(en, fr)
    assert c.matched == []
    assert sorted((a.text, b.text) for a, b in c.conflicts) == [("110", "107"), ("113", "110")]
    # without the other role's count in one version, the shared value still matches
    c = compare_figures(en, extract_figures("L'avion transportait 110 personnes à bord.", "fr"))
    assert [(a.text, b.text) for a, b in c.matched] == [("110", "110")]


def test_two_kinds_of_people_sharing_a_value_are_no_two_roles():
    """Role swap is for a fate against those it befell: "nine men and seven women" against "7 hommes et 6
    femmes" (the women's value said of the men) share one value of two groups of people, parts of one
    whole, so their other counts dispute nothing."""
    en = extract_figures("There were nine men and seven women on the boat.", "en")
    fr = extract_figures("Parmi les victimes, on compte 7 hommes et 6 femmes.", "fr")
    assert compare_figures(en, fr).conflicts == []


def test_a_places_count_matched_to_a_value_of_no_place_gives_way_to_that_places_own_count():
    """Place swap: "nine of them in Hungary" shares its value with "neuf personnes" missing elsewhere, while the
    French version counts Hungary's dead at eight: Hungary's toll is disputed."""
    en = extract_figures("The floods have killed at least 20 people, nine of them in Hungary.", "en")
    fr = extract_figures(
        "Les crues ont fait au moins 20 morts. On compte huit décès en Hongrie et neuf personnes disparues.",
        "fr",
    )
    c = compare_figures(en, fr)
    assert [(a.text, b.text) for a, b in c.conflicts] == [("nine", "huit")]
    assert [(a.text, b.text) for a, b in c.matched] == [("20", "20")]
    # without Hungary's own count, the value still matches
    fr = extract_figures("Les crues ont fait au moins 20 morts et neuf personnes sont disparues.", "fr")
    assert ("nine", "neuf") in [(a.text, b.text) for a, b in compare_figures(en, fr).matched]


def test_a_total_disputes_the_other_versions_total_before_one_places_part_of_it():
    """Construction: "at least nine people" killed across a region against "au moins 14 morts" and "Dix
    personnes ont péri à Foixville": the town's ten, a part of the French total, is closer in value but the
    totals are the quantity disputed."""
    en = extract_figures("The storm has killed at least nine people across the region.", "en")
    fr = extract_figures(
        "La tempête a fait au moins 14 morts dans la région. Dix personnes ont péri à Foixville.", "fr"
    )
    c = compare_figures(en, fr)
    assert [(a.text, b.text) for a, b in c.conflicts] == [("nine", "14")]
    assert [f.text for f in c.only_fr] == ["Dix"]


def test_a_versions_first_count_of_a_noun_disputes_before_its_later_ones():
    """First mention first: a report gives its story's count first ("killed at least 40 people") and later
    ones are often a part ("35 in the city alone"): the first is the other version's partner in a dispute,
    though the later one is closer in value."""
    en = extract_figures(
        "The floods killed at least 40 people across the coast. At least 35 were dead in the city alone.",
        "en",
    )
    fr = extract_figures("Les autorités font état de 36 morts.", "fr")
    c = compare_figures(en, fr)
    assert [(a.text, b.text) for a, b in c.conflicts] == [("40", "36")]
    assert [f.text for f in c.only_en] == ["35"]


def test_more_named_nouns_still_match_other_nouns_of_one_value():
    """Naming those nouns takes nothing from matching by value: "two hostages" and "deux journalistes" are
    the same two people, "three million doses" and "trois millions de comprimés" one haul."""
    c = compare_figures(
        extract_figures("Two hostages were freed.", "en"),
        extract_figures("Deux journalistes ont été libérés.", "fr"),
    )
    assert len(c.matched) == 1 and c.only_en == c.only_fr == []
    assert c.matched[0][1].unit == "journalist"
    c = compare_figures(
        extract_figures("Police seized three million doses.", "en"),
        extract_figures("La police a saisi trois millions de comprimés.", "fr"),
    )
    assert len(c.matched) == 1 and c.conflicts == []


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
    for f in en:  # each occurrence, on its own, matches the French figure
        assert compare_figures([f], fr).matched == [(f, fr[0])]


def test_matching_is_one_to_one():
    c = compare_figures([fig(40, unit="server")], [fig(40, unit="server"), fig(40, unit="phone")])
    assert [(a.unit, b.unit) for a, b in c.matched] == [("server", "server")]
    # 40 phones are not 40 servers: the French phones are one-sided
    assert [f.unit for f in c.only_fr] == ["phone"] and c.repeats == []


def test_exact_keys_win_over_looser_matches():
    en = [fig(33), fig(33, unit="language")]
    fr = [fig(33, unit="language")]
    c = compare_figures(en, fr)
    assert len(c.matched) == 1 and c.only_en == [] and c.only_fr == []


def test_empty_comparison():
    assert compare_figures([], []) == Comparison()


# --- the unit one side lost ------------------------------------------------------------------------------


def test_a_bare_count_matches_the_same_value_with_a_unit_as_a_last_resort():
    for other in (
        fig(18, "duration", unit="months"),
        fig(18, "age"),
        fig(18, unit="city"),
    ):
        c = compare_figures([fig(18)], [other])
        assert len(c.matched) == 1 and c.only_en == c.only_fr == [], other
        c = compare_figures([other], [fig(18)])
        assert len(c.matched) == 1, other
    assert not compare_figures([fig(18)], [fig(18, "money", currency="EUR")]).matched
    assert not compare_figures([fig(18)], [fig(18, "percent")]).matched  # a share keeps its sign
    assert not compare_figures([fig(18)], [fig(18, "temperature", unit="C")]).matched
    assert not compare_figures([fig(18, unit="city")], [fig(18, "duration", unit="months")]).matched


def test_a_handful_or_a_bound_is_no_span_that_lost_its_unit():
    """Constructions: "at least three [aftershocks]" against "plus de trois jours", "16 from Alberta" against
    "plus de 16 à 17 jours": a small count, or a count bounded otherwise than the span, is not the span."""
    c = compare_figures(
        extract_figures("There were at least three aftershocks above magnitude 5.", "en"),
        extract_figures("Les secours ont travaillé pendant plus de trois jours.", "fr"),
    )
    assert c.matched == c.repeats == [] and len(c.only_en) == len(c.only_fr) == 1
    assert not compare_figures([fig(16)], [fig(16, "duration", unit="days", approx="at least")]).matched
    assert compare_figures([fig(16)], [fig(16, "duration", unit="days")]).matched


def test_an_estimate_of_another_noun_agrees_only_with_a_value_this_close():
    """Constructions: "more than 250 illegal firearms" and "300 syndicats du crime", two nouns the lexicon
    cannot relate and two values: two quantities. "more than 2,200 structures" and "2.207 bâtiments": the
    same quantity, counted with another noun and rounded (a rounding's dispute)."""
    apart = compare_figures(
        extract_figures("Police seized more than 250 illegal firearms.", "en"),
        extract_figures("Le réseau touchait 300 syndicats du crime.", "fr"),
    )
    assert apart.repeats == [] and len(apart.only_en) == len(apart.only_fr) == 1
    close = compare_figures(
        extract_figures("The fire damaged more than 2,200 structures.", "en"),
        extract_figures("Quelque 2.207 bâtiments ont été touchés.", "fr"),
    )
    assert rounding_values(close) == [(2200, 2207)] and close.only_en == close.only_fr == []


def test_the_unit_fallback_comes_after_exact_and_compatible_matches():
    # the bare 18 goes with the bare 18, not with the 18 months; the months stay one-sided
    c = compare_figures([fig(18), fig(18, "duration", unit="months")], [fig(18)])
    assert [(a.kind, b.kind) for a, b in c.matched] == [("count", "count")]
    # the months are not one-sided either: the French version has an 18 that lost its unit
    assert c.only_en == [] and [(a.kind, b.kind) for a, b in c.repeats] == [("duration", "count")]


def test_a_bare_count_does_not_swallow_repeats_of_one_article():
    assert len(distinct([fig(18), fig(18, "duration", unit="months")])) == 2


# --- conflicts: the same quantity with another value ------------------------------------------------------


def conflict_values(c: Comparison) -> list[tuple[float, float]]:
    return [(a.value, b.value) for a, b in c.conflicts]


def rounding_values(c: Comparison) -> list[tuple[float, float]]:
    """The values of the conflicts where one version rounded or estimated the other's value: each is among
    the conflicts too."""
    assert all(p in c.conflicts for p in c.rounded)
    return [(a.value, b.value) for a, b in c.rounded]


def test_money_of_one_currency_within_a_fifth_conflicts():
    c = compare_figures(
        extract_figures("The firm paid $4.4 million to the attackers.", "en"),
        extract_figures("L'entreprise a versé 5 millions de dollars aux pirates.", "fr"),
    )
    assert conflict_values(c) == [(4_400_000, 5_000_000)]
    assert c.matched == [] and c.only_en == [] and c.only_fr == []
    c = compare_figures([fig(40.1e9, "money", currency="EUR")], [fig(40e9, "money", currency="EUR")])
    assert conflict_values(c) == [(40.1e9, 40e9)]


def test_money_too_far_apart_or_in_another_currency_never_conflicts():
    assert not compare_figures(
        [fig(3.9e6, "money", currency="USD")], [fig(5e6, "money", currency="USD")]
    ).conflicts
    c = compare_figures([fig(4.4e6, "money", currency="USD")], [fig(5e6, "money", currency="EUR")])
    assert c.conflicts == [] and len(c.only_en) == len(c.only_fr) == 1
    assert not compare_figures(
        [fig(75, "money", currency="BTC")], [fig(70, "money", currency="USD")]
    ).conflicts
    assert not compare_figures([fig(100, "money")], [fig(90, "money")]).conflicts  # currency unknown


def test_temperatures_read_to_the_tenth_on_one_scale_within_0_6_degrees_conflict():
    c = compare_figures([fig(46.6, "temperature", unit="C")], [fig(46.1, "temperature", unit="C")])
    assert conflict_values(c) == [(46.6, 46.1)]
    c = compare_figures([fig(45.9, "temperature", unit="C")], [fig(45.8, "temperature", unit="C")])
    assert conflict_values(c) == [(45.9, 45.8)]
    assert not compare_figures(
        [fig(46.6, "temperature", unit="C")], [fig(44.9, "temperature", unit="C")]
    ).conflicts
    assert not compare_figures(
        [fig(46.6, "temperature", unit="F")], [fig(46.1, "temperature", unit="C")]
    ).conflicts
    # a whole-degree value is a rounded forecast or a rounded reading: it disputes nothing
    assert not compare_figures(
        [fig(37, "temperature", unit="C")], [fig(37.5, "temperature", unit="C")]
    ).conflicts


def test_counts_of_one_known_noun_within_a_factor_of_two_and_a_half_conflict():
    c = compare_figures([fig(632, unit="death")], [fig(820, unit="death")])
    assert conflict_values(c) == [(632, 820)]
    c = compare_figures(
        extract_figures("The party won 90 seats.", "en"), extract_figures("Le parti obtient 89 sièges.", "fr")
    )
    assert conflict_values(c) == [(90, 89)]
    assert not compare_figures([fig(100, unit="home")], [fig(260, unit="home")]).conflicts
    # a toll each version gives one value of is one quantity however far apart (see _sole_tolls)
    assert conflict_values(compare_figures([fig(100, unit="death")], [fig(260, unit="death")])) == [
        (100, 260)
    ]


def test_counts_with_different_unknown_or_no_nouns_never_conflict():
    """Nor do two counts of one noun outside the lexicon far apart; two exact tallies of it a unit apart do
    (see test_close_counts_of_one_noun_outside_the_lexicon_spelt_as_cognates_conflict)."""
    assert not compare_figures([fig(90, unit="seat")], [fig(89, unit="vote")]).conflicts
    assert not compare_figures([fig(90, unit="ridings")], [fig(70, unit="ridings")]).conflicts
    assert compare_figures([fig(90, unit="ridings")], [fig(89, unit="ridings")]).conflicts
    assert not compare_figures([fig(90)], [fig(89)]).conflicts
    assert not compare_figures([fig(90, unit="seat")], [fig(89)]).conflicts


def test_victims_counted_as_companies_by_the_other_version_conflict_when_large_and_close():
    """Construction: one report counts an attack's victims, the other the companies hit ("more than 1,500
    victims", "plus de 1.300 entreprises"): nouns the lexicon relates may name one quantity. Only large
    counts within a factor 1.5 conflict, and a count of the same noun is always the closer candidate."""
    en = extract_figures("The gang's ransomware hit more than 1,500 victims, the agency said.", "en")
    fr = extract_figures("Le rançongiciel du gang a frappé plus de 1.300 entreprises, selon l'agence.", "fr")
    c = compare_figures(en, fr)
    assert conflict_values(c) == [(1500, 1300)] and not c.only_en and not c.only_fr
    assert not compare_figures([fig(15, unit="victim")], [fig(13, unit="company")]).conflicts  # small counts
    assert not compare_figures([fig(1500, unit="victim")], [fig(900, unit="company")]).conflicts  # too far
    # "people" relates to every kind of person: too loose to say which count the other version disputes
    assert not compare_figures([fig(600, unit="person")], [fig(672, unit="injury")]).conflicts
    same_noun_first = compare_figures(
        [fig(1400, unit="victim"), fig(329, unit="injury")],
        [fig(1300, unit="company"), fig(400, unit="injury")],
    )
    assert sorted(conflict_values(same_noun_first)) == [(329, 400), (1400, 1300)]


def test_close_percentages_conflict_but_not_distant_ones():
    c = compare_figures(
        extract_figures("Turnout was 72%.", "en"), extract_figures("La participation : 71,2 %.", "fr")
    )
    assert conflict_values(c) == [(72, 71.2)]
    c = compare_figures([fig(66, "percent")], [fig(59, "percent")])
    assert c.conflicts == [] and len(c.only_en) == len(c.only_fr) == 1
    assert not compare_figures([fig(4, "percent", unit="point")], [fig(4.1, "percent")]).conflicts


def test_one_unmatched_age_on_each_side_conflicts():
    c = compare_figures(
        extract_figures("Police arrested a 30-year-old.", "en"),
        extract_figures("La police a arrêté un homme de 52 ans.", "fr"),
    )
    assert [(a.kind, a.value, b.value) for a, b in c.conflicts] == [("age", 30, 52)]
    assert c.only_en == [] and c.only_fr == []
    c = compare_figures([fig(30, "age")], [fig(52, "age"), fig(41, "age")])
    assert c.conflicts == [] and len(c.only_fr) == 2


def test_ages_a_year_apart_among_several_are_one_person_at_two_birthdays():
    # Construction: one man's age a year apart in the two versions ("a 44-year-old" / "âgé de 45 ans"),
    # beside the ages of other people in one of them; and two age ranges one year apart at both ends.
    c = compare_figures(
        extract_figures("The accused, a 44-year-old pharmacist, was charged.", "en"),
        extract_figures(
            "L'accusé, âgé de 45 ans, a été inculpé. Les victimes avaient 19 ans et 27 ans.", "fr"
        ),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(44, 45)]
    assert sorted(f.value for f in c.only_fr) == [19, 27]
    c = compare_figures([fig(26, "age"), fig(73, "age")], [fig(27, "age"), fig(74, "age")])
    assert sorted((a.value, b.value) for a, b in c.conflicts) == [(26, 27), (73, 74)]
    # two ages a year apart on one side are two people: neither is the other version's one age
    c = compare_figures([fig(16, "age"), fig(30, "age")], [fig(17, "age"), fig(15, "age"), fig(44, "age")])
    assert c.conflicts == []


def test_an_estimate_with_a_second_digit_holds_only_values_that_round_or_cut_to_it():
    # Construction: "around 480,000 euros" against "470.000 euros" (the second digit is meant: a ransom
    # demanded, disputed), beside "about 120 clinics" against "118 cliniques" (a round restatement, a
    # rounding's dispute told apart) and "about $35 million" against "35 612 000 $" (the value cut to the
    # estimate's digits).
    c = compare_figures(
        extract_figures("The gang sought around 480,000 euros from about 120 clinics.", "en"),
        extract_figures("Le gang réclamait 470.000 euros à 118 cliniques.", "fr"),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(480_000, 470_000), (120, 118)]
    assert rounding_values(c) == [(120, 118)]
    assert c.only_en == [] and c.only_fr == []
    c = compare_figures(
        extract_figures("The coins seized were worth about $35 million.", "en"),
        extract_figures("Les pièces saisies valaient 35 612 000 $.", "fr"),
    )
    assert rounding_values(c) == [(35e6, 35_612_000)] and c.only_en == [] and c.only_fr == []


def test_thousands_of_people_of_one_value_are_one_quantity_whatever_they_are_called():
    # Construction: "14,000 rescue workers and troops" against "14 000 militaires ont été envoyés":
    # one deployment named two ways; a smaller count of one value ("12 workers", "12 soldats") is not.
    c = compare_figures(
        extract_figures("Some 14,000 rescue workers and troops were deployed.", "en"),
        extract_figures("14 000 militaires ont été envoyés sur place.", "fr"),
    )
    assert [(a.value, b.value) for a, b in c.matched] == [(14_000, 14_000)]
    assert c.only_en == [] and c.only_fr == []
    c = compare_figures([fig(12, unit="worker")], [fig(12, unit="soldier")])
    assert c.matched == []


def test_a_round_estimate_holds_a_value_that_rounds_to_it_a_little_beyond_the_tolerance():
    # Construction: "soit près de 300 personnes" then "283 personnes" in one version, against "271 passengers"
    # in the other: the French lede rounds its own 283, it disputes nothing; "about 60 injured" still disputes
    # "65 blessés" (65 rounds to 70).
    c = compare_figures(
        extract_figures("The ferry carried 271 passengers; all 283 on board were rescued.", "en"),
        extract_figures(
            "Les passagers, soit près de 300 personnes, ont été secourus. Ils étaient 283 personnes.", "fr"
        ),
    )
    assert c.conflicts == []
    c = compare_figures(
        extract_figures("The blast left about 60 injured.", "en"),
        extract_figures("Il a fait 65 blessés.", "fr"),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(60, 65)]


def test_years_and_dates_never_conflict_and_durations_only_one_close_span_each():
    # the one span of a unit each version gives, close: disputed (see test_compare_scope); far apart, or
    # among other spans of that unit, two spans
    assert compare_figures([fig(6, "duration", unit="months")], [fig(7, "duration", unit="months")]).conflicts
    assert not compare_figures(
        [fig(6, "duration", unit="months")], [fig(12, "duration", unit="months")]
    ).conflicts
    assert not compare_figures(
        [fig(6, "duration", unit="months"), fig(2, "duration", unit="months")],
        [fig(7, "duration", unit="months")],
    ).conflicts
    assert not compare_figures([fig(2021, "year")], [fig(2022, "year")]).conflicts
    assert not compare_figures([fig(20240115, "date")], [fig(20240116, "date")]).conflicts


def test_a_matched_figure_never_conflicts():
    c = compare_figures(
        [fig(90, unit="seat"), fig(1e6, "money", currency="EUR")],
        [
            fig(90, unit="seat"),
            fig(89, unit="seat"),
            fig(1e6, "money", currency="EUR"),
            fig(1.1e6, "money", currency="EUR"),
        ],
    )
    assert len(c.matched) == 2 and c.conflicts == []
    assert sorted(f.value for f in c.only_fr) == [89, 1.1e6]


def test_conflicts_pair_mutually_closest_figures_once():
    c = compare_figures(
        [fig(100, unit="death"), fig(200, unit="death")], [fig(190, unit="death"), fig(110, unit="death")]
    )
    assert conflict_values(c) == [(100, 110), (200, 190)]
    # 45.1 and 45.9 degrees are both 0.4 degrees from 45.5 (a tie): no conflict claimed
    c = compare_figures(
        [fig(45.1, "temperature", unit="C"), fig(45.9, "temperature", unit="C")],
        [fig(45.5, "temperature", unit="C")],
    )
    assert c.conflicts == [] and len(c.only_en) == 2 and len(c.only_fr) == 1


def test_conflicted_figures_are_not_one_sided_and_repeats_count_once():
    en = [fig(72, "percent"), fig(72, "percent"), fig(3, unit="city")]
    c = compare_figures(en, [fig(71.2, "percent")])
    assert conflict_values(c) == [(72, 71.2)] and c.conflicts[0][0] is en[0]
    assert [f.value for f in c.only_en] == [3] and c.only_fr == []


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
    # a conflict (the same quantity, another value) is in neither "only" list but still missing from the other
    conflicted_en, conflicted_fr = keys([a for a, _ in c.conflicts]), keys([b for _, b in c.conflicts])
    assert not keys(c.only_en) & conflicted_en and not keys(c.only_fr) & conflicted_fr
    assert (keys(c.only_en) | conflicted_en) - optional == en_answers - fr_answers
    assert (keys(c.only_fr) | conflicted_fr) - optional == fr_answers - en_answers


# --- estimates: a stated value that agrees with the other version's estimate --------------------------------


def test_a_value_within_the_other_versions_estimate_is_a_rounding_of_it():
    """ "Près de 1 300 victimes" against "1,270 victims": the same quantity, rounded by one report: a dispute
    told apart as a rounding, in neither version alone."""
    en = extract_figures("Investigators identified 1,270 victims.", "en")
    fr = extract_figures("Près de 1 300 victimes ont été recensées.", "fr")
    c = compare_figures(en, fr)
    assert rounding_values(c) == conflict_values(c) == [(1270, 1300)] and c.only_en == c.only_fr == []
    assert c.repeats == []


def test_an_estimate_is_a_bound_a_value_beyond_it_still_conflicts():
    # "nearly 5 million" cannot be 4.4 million; "au moins 820 morts" cannot be 632
    c = compare_figures(
        extract_figures("about $4.4 million", "en"), extract_figures("près de 5 millions de dollars", "fr")
    )
    assert conflict_values(c) == [(4_400_000, 5_000_000)]
    c = compare_figures(
        extract_figures("632 people killed", "en"), extract_figures("au moins 820 morts", "fr")
    )
    assert conflict_values(c) == [(632, 820)]
    # "more than 200,000" is not above 190,000
    assert not agrees_with_estimate(fig(190_000, approx="at least"), fig(180_000))
    assert agrees_with_estimate(fig(200_000, approx="at least"), fig(210_000))


def test_years_and_dates_are_never_one_sided():
    c = compare_figures(
        extract_figures("Founded in 2019, it has 40 staff.", "en"), extract_figures("40 salariés.", "fr")
    )
    assert c.only_en == [] and len(c.matched) == 1


def test_counts_of_unrelated_things_do_not_match_related_ones_do():
    """Five people are not five cars; people may be suspects, and suspects may be arrests."""
    c = compare_figures(
        extract_figures("Police arrested five people.", "en"), extract_figures("cinq voitures", "fr")
    )
    assert c.matched == c.repeats == [] and len(c.only_en) == len(c.only_fr) == 1
    c = compare_figures(
        extract_figures("Police held 61 suspects.", "en"), extract_figures("61 interpellations", "fr")
    )
    assert len(c.matched) == 1 and c.only_en == c.only_fr == []
    c = compare_figures(  # cars are vehicles
        extract_figures("Over 140 luxury vehicles were stolen.", "en"),
        extract_figures("140 voitures de luxe", "fr"),
    )
    assert len(c.matched) == 1 and c.only_en == c.only_fr == []


def test_nearby_temperatures_of_two_places_do_not_conflict():
    en = extract_figures("Munich reached 38.9C on Monday.", "en")
    fr = extract_figures("Un pic à 38 °C était attendu à Vienne.", "fr")
    assert compare_figures(en, fr).conflicts == []


def test_distances_never_conflict():
    en = extract_figures("The epicentre was 72 kilometres from the city.", "en")
    fr = extract_figures("L'épicentre était à 80 kilomètres de la ville.", "fr")
    assert compare_figures(en, fr).conflicts == []


# --- changes: a count given as an increase or a decrease ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The party increased its seat count by 16.", "en"),  # verb, then "by" after the counted noun
        ("Membership rose by 16 over the year.", "en"),
        ("a net gain of 16 seats", "en"),  # noun of change, then "of"
        ("Le parti termine avec un gain de 16 députés.", "fr"),
        ("Les effectifs ont progressé de 16 en un an.", "fr"),  # participle, then "de"
        ("Le parti compte 16 élus de plus.", "fr"),  # "de plus" after the count
    ],
)
def test_a_count_given_as_a_change_is_marked_as_one(text, lang):
    (figure,) = [f for f in extract_figures(text, lang) if f.value == 16]
    assert figure.change and figure.to_dict()["change"] is True


def test_losses_and_levels_are_not_changes():
    """ "pertes de 530 millions" is an amount lost, "16 châteaux forts" a level."""
    figures = extract_figures("Il garde 16 châteaux forts et des pertes de 530 millions de dollars.", "fr")
    assert figures and not any(f.change for f in figures)
    assert "change" not in figures[0].to_dict()


def test_a_change_and_a_level_of_another_noun_are_two_quantities():
    """EN gives the seat gain ("by 16"), FR a gain of 13 and, elsewhere, 16 strongholds kept: the gains
    conflict, the 16 strongholds stand alone, and FR's restated "13 nouvelles circonscriptions" is not a
    second one-sided figure."""
    en = extract_figures("The party increased its seat count by 16.", "en")
    fr = extract_figures(
        "Il gagne un gain de 13 députés. Il arrache 13 nouvelles circonscriptions et garde 16 châteaux forts.",
        "fr",
    )
    c = compare_figures(en, fr)
    assert conflict_values(c) == [(16, 13)]
    assert c.matched == [] and c.only_en == []
    assert [(f.value, f.unit) for f in c.only_fr] == [(16, "châteaux")]


def test_a_change_still_matches_the_same_count_without_a_noun_or_with_its_noun():
    en = extract_figures("The party increased its seat count by 16.", "en")
    for fr_text in ("Le parti a obtenu 16 sièges de plus.", "Un gain de 16.", "Il a 16 sièges."):
        c = compare_figures(en, extract_figures(fr_text, "fr"))
        assert len(c.matched) == 1 and c.conflicts == [], fr_text


def test_a_value_above_a_lower_bound_agrees_with_it():
    """ "plus de 3 millions d'euros" and "3.5 million euros": consistent, no conflict; below the bound is one."""
    en = extract_figures("They seized 3.5 million euros in cryptocurrency.", "en")
    fr = extract_figures("Ils ont saisi plus de 3 millions d'euros en cryptomonnaies.", "fr")
    c = compare_figures(en, fr)
    assert c.conflicts == [] and len(c.repeats) == 1
    below = compare_figures(extract_figures("They seized 2.7 million euros.", "en"), fr)
    assert conflict_values(below) == [(2_700_000, 3_000_000)]


def test_a_bound_on_a_count_to_the_unit_is_the_count_as_it_stood_not_a_round_bound():
    """Construction: a toll given to the unit under "at least" ("at least 783 people", two updates of one
    toll) against the other version's later count: the two updates disagree, and so do a small round bound
    and a count above it ("au moins sept morts", "nine dead") and two floors of different values. A round
    bound of a large count ("more than 2,200") is the precise count it rounds: a rounding's dispute."""
    en = extract_figures("The death toll in the north has risen to at least 783 people.", "en")
    fr = extract_figures("Dans le nord, le séisme a fait 810 morts.", "fr")
    assert conflict_values(compare_figures(en, fr)) == [(783, 810)]
    rounded = compare_figures(
        extract_figures("More than 2,200 migrants were rescued.", "en"),
        extract_figures("Les secours ont sauvé 2 207 migrants.", "fr"),
    )
    assert rounding_values(rounded) == [(2200, 2207)] and rounded.repeats == []
    assert not agrees_with_estimate(fig(31, approx="at least"), fig(34))
    assert not agrees_with_estimate(fig(30, approx="at least"), fig(34))
    assert agrees_with_estimate(fig(300, approx="at least"), fig(340))
    assert not agrees_with_estimate(fig(900, approx="at least"), fig(700, approx="at least"))


def test_a_percentage_rounded_by_one_version_is_a_rounding_of_the_other():
    """ "40.97 per cent" and "41 %": one version rounded, a dispute told apart as a rounding; 72% and
    71,2 % disagree outright."""
    c = compare_figures(
        extract_figures("The party won 40.97 per cent of the vote.", "en"),
        extract_figures("Le parti obtient 41 % du vote.", "fr"),
    )
    assert rounding_values(c) == [(40.97, 41)] and c.only_en == c.only_fr == [] and not c.matched + c.repeats
    c = compare_figures(
        extract_figures("The party won 72% of the seats.", "en"),
        extract_figures("Le parti occupe 71,2 % des sièges.", "fr"),
    )
    assert conflict_values(c) == [(72, 71.2)]


def test_a_bare_number_is_no_percentage_that_lost_its_sign():
    """ "11 per cent of the vote" is not the bare "11" (seats) beside "(15,4 %)"."""
    c = compare_figures(
        extract_figures("Despite winning 11 per cent of the vote, it kept its seats.", "en"),
        extract_figures("Québec solidaire (QS), 11 (15,4 %).", "fr"),
    )
    assert c.matched == c.repeats == []


def test_a_headlines_scaled_number_without_currency_matches_the_amount():
    c = compare_figures(
        extract_figures("Interpol recovers $439 million from scammers", "en"),
        extract_figures("Interpol récupère 439 millions contre les escroqueries", "fr"),
    )
    assert c.only_en == c.only_fr == [] and len(c.matched) == 1


def test_a_people_and_a_thing_of_one_value_are_two_figures():
    """ "two Ukrainians involved" and "deux serveurs" are value-equal but different things; a people still
    matches the persons the other version counts ("deux suspects")."""
    en = extract_figures("Police now know two Ukrainians involved in the scheme.", "en")
    c = compare_figures(en, extract_figures("Le réseau était piloté depuis deux serveurs.", "fr"))
    assert len(c.only_en) == len(c.only_fr) == 1 and c.matched == []
    c = compare_figures(en, extract_figures("La police a identifié deux suspects.", "fr"))
    assert len(c.matched) == 1 and c.only_en == c.only_fr == []


def test_close_counts_of_one_noun_outside_the_lexicon_spelt_as_cognates_conflict():
    """ "contains 22 recommendations" against "compte 23 recommandations": one noun (a cognate), a unit apart,
    a count disputed; far apart ("22" against "40"), or of two nouns, they are two figures."""
    en = extract_figures("The coroner's report contains 22 recommendations.", "en")
    c = compare_figures(en, extract_figures("Le rapport de la coroner compte 23 recommandations.", "fr"))
    assert len(c.conflicts) == 1 and c.only_en == c.only_fr == []
    c = compare_figures(en, extract_figures("Le rapport de la coroner compte 40 recommandations.", "fr"))
    assert c.conflicts == [] and len(c.only_en) == len(c.only_fr) == 1
    c = compare_figures(en, extract_figures("Le rapport de la coroner compte 23 témoignages.", "fr"))
    assert c.conflicts == []


def test_a_people_named_from_two_stems_in_english_and_french_is_one_figure_of_one_value():
    """ "10 Swedes" and "dix Suédois" (two stems for one people) are one figure; two values of them are not
    taken for a count disputed, and two peoples ("10 Swedes", "dix Allemands") stay two figures."""
    en = extract_figures("The victims included 10 Swedes.", "en")
    c = compare_figures(en, extract_figures("Parmi les victimes figurent dix Suédois.", "fr"))
    assert len(c.matched) == 1 and c.only_en == c.only_fr == []
    c = compare_figures(en, extract_figures("Parmi les victimes figurent dix Allemands.", "fr"))
    assert c.matched == [] and len(c.only_en) == len(c.only_fr) == 1
    c = compare_figures(en, extract_figures("Parmi les victimes figurent douze Suédois.", "fr"))
    assert c.matched == [] and c.conflicts == []


@pytest.mark.parametrize(
    ("en_text", "fr_text"),
    [
        # one duration or weight in two units: the same quantity once converted
        ("The curfew lasted 72 hours.", "Le couvre-feu a duré trois jours."),
        ("Talks went on for three weeks.", "Les pourparlers ont duré 21 jours."),
        ("He faces 30 months in prison.", "Il encourt deux ans et demi de prison."),
        ("Customs seized 2.4 tonnes of heroin.", "Les douanes ont saisi 2 400 kilos d'héroïne."),
    ],
)
def test_a_duration_or_a_weight_in_two_units_is_one_figure(en_text, fr_text):
    """ "72 hours" and "trois jours", "2.4 tonnes" and "2 400 kilos" agree: shown as matched, not flagged."""
    c = compare_figures(extract_figures(en_text, "en"), extract_figures(fr_text, "fr"))
    assert c.only_en == c.only_fr == c.conflicts == [] and len(c.repeats) == 1


def test_units_convert_only_to_an_exact_equal():
    """ "two weeks" is not "quinze jours" (15 days), nor are 18 months 2 years: both stay one-sided."""
    c = compare_figures(
        extract_figures("It took two weeks.", "en"), extract_figures("Cela a pris 15 jours.", "fr")
    )
    assert len(c.only_en) == len(c.only_fr) == 1


def test_one_dollar_amount_under_two_publishers_defaults_is_one_figure():
    """A Canadian paper's "$3 billion" (read as CAD) and a wire's "3 milliards de dollars" (read as USD) are
    one amount: neither text says whose dollar, and one guess is wrong. Two texts that name two dollars
    dispute the amount's currency."""
    en = extract_figures("Ottawa will spend $3 billion on housing.", "en", "CAD")
    c = compare_figures(en, extract_figures("Ottawa dépensera 3 milliards de dollars.", "fr", "USD"))
    assert len(c.matched) == 1 and c.only_en == c.only_fr == []
    named = extract_figures("Ottawa will spend C$3 billion on housing.", "en", "CAD")
    fr = extract_figures("Ottawa dépensera 3 milliards de dollars américains.", "fr", "USD")
    c = compare_figures(named, fr)
    assert c.matched == [] and c.conflicts == [(named[0], fr[0])] and c.only_en == c.only_fr == []


def test_people_and_a_kind_of_people_are_one_quantity_rounded():
    """Construction: "a former textile hub of 38,000 people" and "peuplée de plus de 36 000 habitants": people
    may be residents, one quantity in both versions; the bound, round and a little under the value, is that
    value rounded down (a rounding's dispute, as the check sets' readers mark such bounds), and neither figure
    stands alone."""
    c = compare_figures(
        extract_figures("The town, a former textile hub of 38,000 people, mourned.", "en"),
        extract_figures("La ville, peuplée de plus de 36 000 habitants, est en deuil.", "fr"),
    )
    assert c.only_en == c.only_fr == []
    assert [(a.value, b.value) for a, b in c.rounded] == [(38000, 36000)]


def test_a_count_first_given_without_a_noun_is_matched_by_its_later_mention_with_one():
    """Construction: a bare number early in one version ("une magnitude supérieure à 7") shares its value
    with a later count of a known noun ("sept personnes ont été tuées"): the repeated value keeps the noun,
    so the other version's "nine dead" is compared with the deaths and disputed."""
    en = extract_figures("The quake killed nine people, officials said.", "en")
    fr = extract_figures(
        "Le séisme, de magnitude supérieure à 7, a frappé l'île. Au total, sept personnes ont été tuées.",
        "fr",
    )
    assert conflict_values(compare_figures(en, fr)) == [(9, 7)]


def test_two_outlets_conversions_of_one_amount_at_two_rates_agree():
    """Construction: each version converts the reported amount in brackets ("$20.5 billion (around €19.08
    billion)", "20,5 milliards de dollars (19 milliards d'euros)"): the conversions are the outlets' own
    arithmetic, one amount, neither disputed nor standing alone."""
    c = compare_figures(
        extract_figures("It posted a profit of $20.5 billion (around €19.08 billion) for the year.", "en"),
        extract_figures("Il a dégagé un bénéfice de 20,5 milliards de dollars (19 milliards d'euros).", "fr"),
    )
    assert c.conflicts == [] and c.only_en == c.only_fr == [] and len(c.matched + c.repeats) == 2


def test_two_amounts_listed_side_by_side_are_no_conversion_and_may_conflict():
    """Construction: two holdings in two currencies joined by "and" ("4,200 ether and 25.5 million USDC",
    "4 200 ethers et 22,5 millions de USDC"): a list, not the first amount converted, so the token sums are
    compared and the stablecoin sum is disputed; "€150m (£125m)" and "€150m, or £125m" stay conversions."""
    en = extract_figures("The thieves took 4,200 ether and 25.5 million USDC from the bridge.", "en")
    fr = extract_figures("Les voleurs ont pris 4 200 ethers et 22,5 millions de USDC.", "fr")
    assert [f.converts for f in en + fr] == [False] * 4
    assert conflict_values(compare_figures(en, fr)) == [(25.5e6, 22.5e6)]
    for text in ("It paid a record €150m (£125m) fine.", "It paid a record €150m, or £125m, fine."):
        assert [f.converts for f in extract_figures(text, "en")] == [False, True]
    assert [f.converts for f in extract_figures("They seized $600,000, and €500,000 in cash.", "en")] == [
        False,
        False,
    ]


def test_a_bound_in_dollars_of_an_amount_stated_in_euros_is_that_amount_converted():
    """Construction: "a fine of more than $100,000" for "100.000 euros d'amende": a euro is worth more than a
    dollar, so the bound is the conversion the outlet made. Two approximations in two currencies ("over $100
    million", "près de 100 millions d'euros") still dispute the currency."""
    c = compare_figures(
        extract_figures("She was also fined more than $100,000.", "en"),
        extract_figures("Elle devra payer 100.000 euros d'amende.", "fr"),
    )
    assert c.conflicts == [] and c.only_en == c.only_fr == [] and len(c.repeats) == 1
    assert conflict_values(
        compare_figures(
            extract_figures("The gang made over $100 million.", "en"),
            extract_figures("Le gang a gagné près de 100 millions d'euros.", "fr"),
        )
    ) == [(100e6, 100e6)]


def test_a_majority_in_seats_is_no_partys_seat_count():
    """Construction: "an 80-seat majority" (a margin) against another party's "61 députés": no dispute."""
    c = compare_figures(
        extract_figures("Five years ago the Conservatives won an 80-seat majority.", "en"),
        extract_figures("Les libéraux-démocrates obtiennent 61 députés.", "fr"),
    )
    assert c.conflicts == []


def test_people_first_counted_then_named_as_missing_are_one_count():
    """Construction: "Four people, including two children, were swept away" then "the four missing": one
    count of four, matched by "les quatre personnes disparues"; the three others who escaped in the French
    version dispute nothing."""
    en = [fig(4, unit="person"), fig(2, unit="child"), fig(4, unit="missing")]
    fr = [fig(4, unit="missing"), fig(2, unit="child"), fig(3, unit="person")]
    c = compare_figures(en, fr)
    assert c.conflicts == [] and c.only_en == [] and [f.value for f in c.only_fr] == [3]


def test_men_or_women_counted_are_any_kind_of_person_of_the_same_value():
    """Construction: "Two Air Canada employees" against "deux hommes employés d'Air Canada": "men" (or
    "women") say no more than "people": one count of two."""
    c = compare_figures([fig(2, unit="employee")], [fig(2, unit="man")])
    assert c.only_en == c.only_fr == [] and len(c.matched + c.repeats) == 1


def test_two_small_tolls_far_apart_are_one_toll_disputed():
    """Construction: an early toll against a later one, both small ("killing at least 14 people" against
    "tuant six personnes au moins"; "66 others wounded" against "165 blessés"): the dead, the injured and the
    missing are one quantity as far apart as large counts are; two small counts of other things ("3
    carriages", "5 wagons") still need to be close."""
    assert conflict_values(
        compare_figures(
            extract_figures("A quake struck early Tuesday, killing at least 14 people.", "en"),
            extract_figures("Un séisme a frappé mardi, tuant six personnes au moins.", "fr"),
        )
    ) == [(14, 6)]
    assert conflict_values(
        compare_figures(
            extract_figures("The crash left 66 others wounded.", "en"),
            extract_figures("L'accident a fait 165 blessés.", "fr"),
        )
    ) == [(66, 165)]
    assert compare_figures([fig(3, unit="vehicle")], [fig(5, unit="vehicle")]).conflicts == []


def test_martyrs_in_a_toll_are_the_dead():
    """Construction: a toll reported with "martyrs" ("113 deaths" against "94 martyrs"): the dead."""
    assert conflict_values(
        compare_figures(
            extract_figures("The fire caused 113 deaths, the ministry said.", "en"),
            extract_figures("L'incendie a fait 94 martyrs, selon le ministère.", "fr"),
        )
    ) == [(113, 94)]


def test_two_weights_a_few_kilos_apart_are_no_conflict():
    """Construction: "317 kg of cannabis" against "318 kg de cannabis": a weight is none of the figures
    compared, so two readings of it dispute nothing, however specific."""
    c = compare_figures(
        extract_figures("Police seized 317 kg of cannabis at the lab.", "en"),
        extract_figures("La police a saisi 318 kg de cannabis au laboratoire.", "fr"),
    )
    assert c.conflicts == []


def test_a_round_toll_is_no_restatement_of_a_past_events_toll():
    """Construction: "une quarantaine de morts au moins" beside a past crash's toll ("En 2016, un autre
    accident avait fait 42 morts"): the round toll rounds nothing of today's story, so it disputes the other
    version's "At least 85 people were killed"."""
    en = extract_figures("At least 85 people were killed when the plane came down.", "en")
    fr = extract_figures(
        "Le crash aurait fait une quarantaine de morts au moins. En 2016, un autre accident avait fait 42 morts.",
        "fr",
    )
    assert conflict_values(compare_figures(en, fr)) == [(85, 40)]


def test_people_arrested_are_arrests_and_two_reports_counts_of_them_conflict():
    """Construction: "43 people were arrested" against "22 personnes ont été interpellées": arrests, an
    early count against a later one; "27 group members were arrested" stay members."""
    en = extract_figures("Police said 43 people were arrested across the city.", "en")
    fr = extract_figures("Selon la police, 22 personnes ont été interpellées dans la ville.", "fr")
    assert [f.unit for f in en + fr] == ["arrest", "arrest"]
    assert conflict_values(compare_figures(en, fr)) == [(43, 22)]
    (members,) = extract_figures("At least 27 group members were arrested.", "en")
    assert members.unit == "member"


def test_a_small_toll_given_as_dead_and_as_victims_or_bodies_is_one_toll():
    """Construction: "the storm left at least seven dead" against "la tempête a fait neuf victimes", "all 67
    victims" against "28 corps": the dead, the victims and the bodies are one toll, however small."""
    assert conflict_values(
        compare_figures(
            extract_figures("The storm left at least seven dead in the province.", "en"),
            extract_figures("La tempête a fait neuf victimes dans la province.", "fr"),
        )
    ) == [(7, 9)]


def test_jobs_cut_and_employees_concerned_are_one_count():
    """Construction: "will cut about 1,000 jobs" against "Les 1000 employés concernés" (or "1000 postes"):
    jobs and the employees who hold them count the same thing."""
    c = compare_figures(
        extract_figures("The company will cut about 1,000 jobs this year.", "en"),
        extract_figures("Les 1000 employés concernés seront prévenus.", "fr"),
    )
    assert c.only_en == c.only_fr == [] and c.conflicts == []


@pytest.mark.parametrize(
    ("en", "fr", "agree"),
    [
        ("It followed a nearly two-year investigation.", "L'enquête a duré 22 mois.", True),
        ("It followed an investigation of more than a year.", "L'enquête a duré 14 mois.", True),
        ("It took about three years.", "Cela a pris 40 mois.", True),
        ("It took nearly two years.", "Cela a pris 8 mois.", False),
        ("It took two years.", "Cela a pris 22 mois.", False),
        ("It took less than a year.", "Cela a pris 3 mois.", False),
    ],
)
def test_a_duration_estimated_in_years_holds_the_other_versions_months(en, fr, agree):
    """Construction: "a nearly two-year investigation" against "L'enquête a duré 22 mois", "more than a year"
    against "14 mois": an estimate in a larger unit holds a value in a smaller one within one of its units;
    a stated "two years" is not 22 months (the one span of each version, disputed), and "less than a year"
    says too little to hold anything."""
    c = compare_figures(extract_figures(en, "en"), extract_figures(fr, "fr"))
    assert (not c.only_en and not c.only_fr and not c.conflicts) == agree


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "The death toll from the quake has increased to 58, officials said.",
            "Le séisme a causé la mort de 171 personnes, selon le dernier bilan.",
        ),
        ("Another 64 people were injured in the collapse.", "Au total, 301 personnes avaient été blessées."),
    ],
)
def test_each_versions_one_toll_disputes_the_others_however_far_apart(en, fr):
    """Construction: an early report's toll against a later one's ("has increased to 62" against "la mort de
    162 personnes", "79 other people were injured" against "326 personnes avaient été blessées"): each
    version gives one value of the dead (or the injured), so they are one quantity in dispute, not two
    figures each missing from the other version."""
    c = compare_figures(extract_figures(en, "en"), extract_figures(fr, "fr"))
    assert [(a.value, b.value) for a, b in c.conflicts] == [
        (f.value, g.value) for f, g in zip(extract_figures(en, "en"), extract_figures(fr, "fr"), strict=True)
    ]
    assert c.only_en == c.only_fr == []


def test_a_toll_given_in_two_values_is_not_the_sole_toll():
    """Construction: one version's toll in parts ("12 dead in the north and 5 in the capital") against the
    other's total far from both: no single value of the toll to dispute."""
    c = compare_figures(
        extract_figures("There were 12 dead in the north and 3 dead in the capital.", "en"),
        extract_figures("Le bilan s'élève à 40 morts.", "fr"),
    )
    assert c.conflicts == []


def test_survivors_are_counted_apart_from_the_hospitalised():
    """Construction: "29 survivors" against "32 survivants. Parmi eux, 29 ont été hospitalisés": the
    survivors are one quantity in dispute; the hospitalised, of the same value, are another."""
    c = compare_figures(
        extract_figures("The plane carried 67 people and there were 29 survivors.", "en"),
        extract_figures(
            "L'avion transportait 67 personnes. On compte 32 survivants. Parmi eux, 29 ont été hospitalisés.",
            "fr",
        ),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(29, 32)]


def test_the_injured_still_in_hospital_are_not_the_toll_of_injured():
    """Construction: "284 people were wounded and 195 are still hospitalised" against "141 personnes ont été
    blessées": the wounded dispute the other version's wounded; those still in hospital are a count apart."""
    c = compare_figures(
        extract_figures("Officials said 284 people were wounded and 195 are still hospitalised.", "en"),
        extract_figures("Au total, 141 personnes ont également été blessées.", "fr"),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(284, 141)]


def test_a_chambers_members_are_its_seats():
    """Construction: "24 of 150 seats" against "les 150 membres de la Chambre": one count of one chamber."""
    c = compare_figures(
        extract_figures("The party won 24 of 150 seats in the chamber.", "en"),
        extract_figures("Le parti obtient 24 sièges sur les 150 membres de la Chambre.", "fr"),
    )
    assert c.only_en == c.only_fr == [] and len(c.matched) == 2


def test_ages_in_years_and_in_months_are_disputed_apart():
    """Construction: a list of victims' ages, "Rinyana, 2; Kelly, who was 2½ months old" against "Rinyana,
    3 ans; Kelly, 2 mois": one age in years and one in months left on each side, each one person's."""
    c = compare_figures(
        extract_figures(
            "The victims were Ava Roy, 35; Rin Roy, 2; and Kim Roy, who was 2½ months old.", "en"
        ),
        extract_figures("Les victimes sont Ava Roy, 35 ans; Rin Roy, 3 ans; Kim Roy, 2 mois.", "fr"),
    )
    assert sorted((a.value, b.value) for a, b in c.conflicts) == [(2, 3), (2.5, 2)]


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        ("The union front represents 420,000 workers.", "Les 420 000 membres du Front commun votent."),
        ("He was convicted only four times.", "Il a été condamné à quatre reprises."),
    ],
)
def test_workers_are_a_unions_members_and_reprises_are_times(en, fr):
    """Construction: "represents 420,000 workers" against "Les 420 000 membres du Front" (a union's workers
    are its members); "four times" against "à quatre reprises"."""
    c = compare_figures(extract_figures(en, "en"), extract_figures(fr, "fr"))
    assert len(c.matched) == 1 and c.only_en == c.only_fr == []


def test_a_round_count_of_one_group_is_no_rounding_of_another_groups_count():
    """Construction: "145 Ethiopians" beside "140 others are missing", against "150 migrants sont portés
    disparus": the missing are not the Ethiopians rounded, so the two versions' missing are in dispute."""
    c = compare_figures(
        extract_figures("The boat carried 145 Ethiopians; 49 died and 140 others are missing.", "en"),
        extract_figures("Selon l'OIM, 39 personnes sont mortes et 150 migrants sont portés disparus.", "fr"),
    )
    assert (140, 150) in [(a.value, b.value) for a, b in c.conflicts]


def test_civilians_killed_are_a_toll():
    """Construction: "at least 1,225 civilians have been killed" against "1 383 civils ont été tués"."""
    c = compare_figures(
        extract_figures("At least 1,225 civilians have been killed since the violence began.", "en"),
        extract_figures("Au moins 1 383 civils ont été tués depuis le début des violences.", "fr"),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(1225, 1383)]


def test_a_lower_bound_close_to_the_other_value_is_a_rounding_a_far_one_a_threshold():
    """Constructions: "more than 85% of voters" against "près de 86 %" (two values of one share, the bound
    a rounding of it: a rounding's dispute); "more than 50 percent of voters" against "58 %" (a threshold the
    share passes: one quantity, no dispute, nothing one-sided)."""
    close = compare_figures(
        extract_figures("Turnout reached more than 85% of voters.", "en"),
        extract_figures("La participation atteint près de 86 %.", "fr"),
    )
    assert rounding_values(close) == [(85, 86)]
    threshold = compare_figures(
        extract_figures("The measure needed more than 50 percent of voters.", "en"),
        extract_figures("La mesure a recueilli 58 % des voix.", "fr"),
    )
    assert threshold.conflicts == [] and threshold.only_en == threshold.only_fr == []
    assert [(a.value, b.value) for a, b in threshold.repeats] == [(50, 58)]


def test_a_round_value_said_without_a_hedge_is_a_rounding_of_the_finer_value_it_rounds():
    """Constructions: "deaths in Italy stood at 21,000" against "l'Italie (21 012)": a round value with no
    hedge that the other version's finer value rounds to is one quantity, a rounding's dispute, and neither
    is one-sided. "€150,000" said flat against "145 000 euros" (3% and more apart) is a dispute outright, and
    two bare counts a unit apart ("90", "89") say too little to be one quantity."""
    c = compare_figures(
        extract_figures("Heat deaths in Italy stood at 21,000 that summer.", "en"),
        extract_figures("Les pays les plus touchés sont l'Italie (21 012) et l'Espagne.", "fr"),
    )
    assert rounding_values(c) == [(21000, 21012)] and c.only_en == c.only_fr == []
    flat = compare_figures(
        extract_figures("Investigators seized €150,000 in cash.", "en"),
        extract_figures("Les enquêteurs ont saisi 145 000 euros en liquide.", "fr"),
    )
    assert conflict_values(flat) == [(150_000, 145_000)] and flat.rounded == []
    assert compare_figures([fig(90)], [fig(89)]).conflicts == []


def test_a_riding_won_is_a_seat():
    """EN gives the seats a party finished with, FR the ridings it led in on election night ("élus ou en avance
    dans 79 des 124 circonscriptions"): one quantity, disputed; a seat gain is no riding count."""
    en = extract_figures("The party finished with 82 seats.", "en")
    fr = extract_figures("Ses candidats étaient élus ou en avance dans 79 des 124 circonscriptions.", "fr")
    assert conflict_values(compare_figures(en, fr)) == [(82, 79)]
    gain = extract_figures("The party increased its seat count by 9.", "en")
    assert (
        conflict_values(compare_figures(gain, extract_figures("Il a gagné 8 circonscriptions.", "fr"))) == []
    )


def test_each_versions_one_turnout_is_one_quantity():
    """A vote's turnout ("Official turnout was put at 61 percent", "la participation au scrutin se monte à 59 %")
    is disputed however the two were rounded or updated; it neither disputes nor rounds a share of the vote
    ("59,8 % de oui"), and matches a rate of its value said without the word."""
    en = extract_figures("Official turnout was put at 61 percent. The measure won 66 percent.", "en")
    fr = extract_figures("La participation au scrutin se monte à 59 %. Le oui obtient 59,8 % des voix.", "fr")
    assert [f.unit for f in en] == ["turnout", None] and [f.unit for f in fr] == ["turnout", "vote"]
    assert conflict_values(compare_figures(en, fr)) == [(61, 59)]
    later = extract_figures("Turnout was 48.2 per cent an hour before polls closed.", "en")
    final = extract_figures("Le taux de participation s'est élevé à 55,1 %.", "fr")
    assert conflict_values(compare_figures(later, final)) == [(48.2, 55.1)]
    said = extract_figures("Some 55.1 % des inscrits ont voté.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(final, said).matched] == [(55.1, 55.1)]
    assert [f.unit for f in extract_figures("Le groupe détient une participation de 9,2 %.", "fr")] == [None]


def test_a_range_bound_is_no_amount_whose_currency_is_disputed():
    """EN's "$4 million" reward against FR's ransoms "allant de 4 à 60 millions d'euros": the range's lower bound
    is a spread of amounts, not the reward in another currency; an amount of its own still is ("$4 million"
    against "4 millions d'euros")."""
    en = extract_figures("An extra $4 million is offered for the affiliates.", "en")
    spread = extract_figures("Les rançons allaient de 4 à 60 millions d'euros.", "fr")
    assert conflict_values(compare_figures(en, spread)) == []
    amount = extract_figures("Une prime de 4 millions d'euros est offerte.", "fr")
    assert conflict_values(compare_figures(en, amount)) == [(4_000_000, 4_000_000)]


def test_a_version_naming_its_turnout_has_no_other_rate_disputing_a_turnout():
    """EN's turnout an hour before polls closed against FR's rounded and final turnout ("la participation a
    atteint 81 %", "Avec un taux de 81,2 %, la participation...") beside its yes share ("76,9 % des voix"): the
    turnouts are disputed, the share is no turnout."""
    en = extract_figures("Officials said voter turnout one hour before closing had been 74.1 per cent.", "en")
    fr = extract_figures(
        "Le oui obtient 76,9 % des voix. La participation a atteint 81 % des inscrits. Avec un taux de 81,2 %, "
        "la participation dépasse celle de 2014.",
        "fr",
    )
    assert [f.unit for f in fr if f.kind == "percent"] == ["vote", "turnout", "turnout"]
    assert conflict_values(compare_figures(en, fr)) == [(74.1, 81.2)]


def test_a_tolls_rise_disputes_no_toll():
    """EN gives the dead of one more day ("at least 14 more died on Saturday"), FR a toll ("une quinzaine de
    morts", "500 personnes" evacuated against "1,000 people" living there): a rise is no value of a level, as an
    estimate or as a count."""
    en = extract_figures("According to reports, at least 14 more died on Saturday alone.", "en")
    fr = extract_figures("La vague de chaleur a fait une quinzaine de morts.", "fr")
    assert compare_figures(en, fr).conflicts == [] and en[0].change
    en = extract_figures("Officials evacuated the district, where more than 1,000 people live.", "en")
    fr = extract_figures("On a évacué dans la nuit 700 personnes supplémentaires.", "fr")
    assert compare_figures(en, fr).conflicts == []


def test_a_forecast_disputes_only_a_forecast():
    """EN gives the year's outlook ("The group sees organic sales growth between 5 percent and 7 percent"), FR
    last year's results ("la croissance organique a atteint 7,2 %"): a value to come disputes no value reached;
    two forecasts still dispute each other ("expects inflation of 2.6%", "prévoit une inflation de 2,4 %")."""
    en = extract_figures("The group sees organic sales growth between 5 percent and 7 percent.", "en")
    assert all(f.later for f in en)
    fr = extract_figures("La croissance organique a atteint 7,2 % l'an dernier.", "fr")
    assert conflict_values(compare_figures(en, fr)) == []
    en = extract_figures("The bank expects inflation of 2.6 percent next year.", "en")
    fr = extract_figures("La banque prévoit une inflation de 2,5 % l'an prochain.", "fr")
    assert conflict_values(compare_figures(en, fr)) == [(2.6, 2.5)]
    (reached,) = extract_figures("Inflation reached 2.6 percent.", "en")
    assert not reached.later


def test_a_forecast_disputes_a_value_reached_only_as_its_rounding():
    """EN's planned spending ("the budget's projected spending will rise to $612 billion") against FR's total
    ("totalisent 611,7 milliards de dollars"): one amount, rounded; a forecast 3% away is another quantity."""
    en = extract_figures("The budget's projected spending will rise to $612 billion next year.", "en")
    assert en[0].later
    fr = extract_figures("Les dépenses totalisent 611,7 milliards de dollars.", "fr")
    assert conflict_values(compare_figures(en, fr)) == [(612e9, 611.7e9)]
    far = extract_figures("Les dépenses totalisent 594 milliards de dollars.", "fr")
    assert conflict_values(compare_figures(en, far)) == []


def test_a_range_bound_is_no_rounding_of_a_value_said_alone():
    """Construction: a range's ends ("sees growth between 6 percent and 8 percent") against single values of the
    other version ("les prix ont augmenté de 8,2 %", "après +5,5 %"): the ends of a span round no value, so
    each figure stands alone; a value the span's end states exactly still matches it."""
    en = extract_figures("The group sees organic sales growth between 6 percent and 8 percent.", "en")
    assert [f.bound for f in en] == ["low", "high"]
    fr = extract_figures("Les prix ont augmenté de 8,2 %, après +5,5 % l'année précédente.", "fr")
    result = compare_figures(en, fr)
    assert result.matched == [] and result.repeats == []
    assert sorted(f.value for f in result.only_en) == [6, 8]
    assert sorted(f.value for f in result.only_fr) == [5.5, 8.2]
    same = extract_figures("Les prix ont augmenté de 8 %.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, same).matched] == [(8, 8)]


def test_a_value_inside_the_other_versions_range_is_disputed_not_flagged():
    """Construction: a rate given as one rounded value ("falls to roughly 4.6%") against the band the other
    version gives ("une fourchette de 4,50 à 4,75 %"): one dispute, and neither side flagged as its own."""
    en = extract_figures("The key rate falls to roughly 4.6% after the cut.", "en")
    fr = extract_figures("Ses taux sont désormais dans une fourchette de 4,50 à 4,75 %.", "fr")
    result = compare_figures(en, fr)
    assert conflict_values(result) == [(4.6, 4.5)]
    assert result.only_en == [] and result.only_fr == []


def test_two_ranges_sharing_one_bound_dispute_their_other_bounds():
    """Construction: one forecast's band given in both versions with one bound in common ("between 3.9% and
    9.5%", "entre +3,6% et +9,5%", the French bounds signed): the shared bound matches, the other bounds are
    one quantity's two values, a dispute rather than two figures each version gives alone."""
    en = extract_figures("Economists see growth of between 3.9% and 9.5% across the region next year.", "en")
    fr = extract_figures(
        "Les économistes prévoient une croissance comprise entre +3,6% et +9,5% l'an prochain.", "fr"
    )
    assert [f.bound for f in fr] == ["low", "high"]
    result = compare_figures(en, fr)
    assert conflict_values(result) == [(3.9, 3.6)]
    assert [(a.value, b.value) for a, b in result.matched] == [(9.5, 9.5)]
    assert result.only_en == [] and result.only_fr == []
    # two ranges sharing no bound stay each version's own
    other = extract_figures(
        "Les économistes prévoient une croissance comprise entre 3,6% et 8% l'an prochain.", "fr"
    )
    assert compare_figures(en, other).conflicts == []


def test_records_of_a_breach_are_its_customers_and_a_headline_restates_a_disputed_value():
    """Constructions: a breach's "40 millions d'enregistrements" beside "plus de 40 millions de données", against
    "more than 40m former customers" (records of people are those people); a French headline's "23 millions de
    cartes SIM" over "ses 23 millions d'utilisateurs", disputed by "some 25 million users": the headline says
    the disputed value again, it stands alone no more than its body's figure."""
    en = extract_figures("Hackers took data on more than 40m former customers.", "en")
    fr = extract_figures(
        "S'y ajoutent 40 millions d'enregistrements, soit plus de 40 millions de données d'anciens clients.",
        "fr",
    )
    result = compare_figures(en, fr)
    assert result.only_en == [] and result.only_fr == []
    en = extract_figures("The breach exposed the data of some 25 million users.", "en")
    body = extract_figures("L'opérateur remplace les cartes SIM de ses 23 millions d'utilisateurs.", "fr")
    (title,) = extract_figures("Un opérateur contraint de remplacer 23 millions de cartes SIM", "fr")
    title = replace(title, field="title")
    result = compare_figures(en, [title, *body])
    assert conflict_values(result) == [(25_000_000, 23_000_000)]
    assert result.only_fr == []


def test_a_toll_broken_down_by_nationality_is_no_part_and_origins_are_peoples():
    """Constructions: "passé à 48 morts, dont 20 Mexicains [...] et 2 Honduriens" (a breakdown of the toll,
    not a rest beside it: the toll disputes the other version's "killed 50 people"), and "were 25 from Mexico,
    three from Russia" (a people's count by its country: it disputes "20 Mexicains", matches "des Russes
    (3)", and two from one country are no two of another)."""
    en = extract_figures("The tragedy killed 50 people.", "en")
    fr = extract_figures("Le bilan est passé à 48 morts, dont 20 Mexicains et 2 Honduriens.", "fr")
    assert (50, 48) in conflict_values(compare_figures(en, fr))
    en = extract_figures(
        "Among the dead were 25 from Mexico, three from Russia and two from El Salvador.", "en"
    )
    assert [(f.unit, f.place) for f in en] == [
        ("national", "mexico"),
        ("national", "russia"),
        ("national", "salvador"),
    ]
    fr = extract_figures("Parmi les morts, 20 Mexicains, des Russes (3) et 2 Honduriens.", "fr")
    result = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in result.matched] == [(3, 3)]
    assert conflict_values(result) == [(25, 20)]


def test_a_floor_holds_no_value_a_third_above_it():
    """Construction: "plus de 150 blessés" against "about 200 injured": a floor holds a value up to a third above
    it ("more than 150" and "about 190" agree), a value a full third above it is another count, disputed."""
    fr = extract_figures("La tornade a fait plus de 150 blessés.", "fr")
    assert conflict_values(
        compare_figures(extract_figures("The storm left about 200 injured.", "en"), fr)
    ) == [(200, 150)]
    near = compare_figures(extract_figures("The storm left about 190 injured.", "en"), fr)
    assert near.conflicts == [] and len(near.repeats) == 1


def test_one_price_of_a_table_of_close_prices_disputes_nothing():
    """Construction: a table of prices by region ("from N185 to N190", "N195 in the north-east", "N200 in
    the south") against one price the other version quotes ("il payait 212 nairas"): the table's values are
    close together, so none is the other version's price by its place in the sentence."""
    en = extract_figures(
        "In Nigeria, prices went from N185 to N190 in the centre, N195 in the north-east and N200 in the south.",
        "en",
    )
    assert [f.currency for f in en] == ["NGN"] * 4
    fr = extract_figures("Au Nigeria, il payait 212 nairas le litre.", "fr")
    assert compare_figures(en, fr).conflicts == []
    alone = extract_figures("In Nigeria, the price went to N205 a litre.", "en")
    assert conflict_values(compare_figures(alone, fr)) == [(205, 212)]


def test_a_change_in_points_matches_the_same_change_written_as_a_rate():
    """Construction: "cut its deficit by at least 0.5 percentage points a year" and "un ajustement annuel d'au
    moins 0,5% du PIB": one change, one version writing it as a rate. Not a cut in basis points ("25 basis
    points") against a rate of that value ("0,25 %")."""
    en = extract_figures("It must cut its deficit by at least 0.5 percentage points each year.", "en")
    fr = extract_figures("Il doit s'engager à un ajustement annuel d'au moins 0,5% du PIB.", "fr")
    comparison = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in comparison.matched] == [(0.5, 0.5)]
    basis = extract_figures("The bank cut its rate by 25 basis points.", "en")
    rate = extract_figures("Le taux des dépôts est de 0,25 %.", "fr")
    assert compare_figures(basis, rate).matched == []


def test_a_height_is_never_disputed():
    """Construction: "the nearly 2,900-metre mountain" against "haut de 2.891 mètres": a measurement, no
    quantity the reports dispute."""
    c = compare_figures(
        extract_figures("Climbers set off up the nearly 2,900-metre mountain.", "en"),
        extract_figures("Haut de 2.891 mètres, le volcan est actif.", "fr"),
    )
    assert c.conflicts == []


def test_two_amounts_in_two_currencies_are_no_conversion_when_a_version_uses_the_others_currency():
    """Construction: a prize list ("$3.6m" last year's cheque) against another event's "3,02 millions
    d'euros" in a version that gives its own dollar amounts ("660.000 dollars"): two prizes, not one amount
    converted; with no dollar amount on the French side, the two are one amount converted, shown as matched
    ("$8.4 billion" and "5,8 milliards" d'euros): no disagreement."""
    en = extract_figures("The winner took home $3.6m.", "en")
    fr_mixed = extract_figures(
        "Le quart de finaliste touche 660.000 dollars. L'Open d'Australie offrait 3,02 millions d'euros.",
        "fr",
    )
    mixed = compare_figures(en, fr_mixed)
    assert mixed.conflicts == [] and mixed.converted == []
    fr_euros = extract_figures("L'Open d'Australie offrait 3,2 millions d'euros.", "fr")
    converted = compare_figures(en, fr_euros)
    assert converted.conflicts == [] and converted.only_en == [] and converted.only_fr == []
    assert [(a.text, b.text) for a, b in converted.converted] == [("$3.6m", "3,2 millions d'euros")]


def test_two_countries_tolls_are_no_conflict_and_a_countrys_toll_disputes_its_own_first():
    """Construction: a storm's tolls country by country. "19 deaths" in Jamaica never disputes "20 morts" in
    Haiti; Haiti's "31 deaths" disputes Haiti's "20 morts" before a town's "23 people" whose sentence names no
    country."""
    en = extract_figures(
        "Jamaica's minister confirmed at least 19 deaths. In Haiti, officials reported at least 31 deaths. "
        "At least 23 people died in Petit-Goâve after a river burst its banks.",
        "en",
    )
    fr = extract_figures("Haïti déplore au moins 20 morts après des pluies diluviennes.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(31, 20)]


def test_a_headlines_lower_bound_restates_its_bodys_figure_just_above_it():
    """Construction: a title's "plus de 1000 morts" over the body's "au moins 1136 morts": the body's toll
    is the one the other version's "1,061 people have died" disputes."""
    en = extract_figures("Officials said a total of 1,061 people have died since June.", "en")
    fr = extract_figures("La mousson a fait au moins 1136 morts depuis juin.", "fr")
    fr += [
        replace(f, field="title")
        for f in extract_figures("Des inondations qui ont fait plus de 1000 morts", "fr")
    ]
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(1061, 1136)]


def test_each_versions_precise_value_of_one_matched_estimate_is_disputed():
    """Construction: "Over 6,500 arrested" and "Plus de 6.500 personnes arrêtées" match; each version then
    states its own count, "6,558 arrests" against "6.658 personnes ont été arrêtées": a conflict (one precise
    value alone beside a matched estimate is that quantity, already compared)."""
    en = extract_figures("Over 6,500 were arrested. Europol counted 6,558 arrests worldwide.", "en")
    fr = extract_figures(
        "Plus de 6.500 personnes arrêtées. A ce stade, 6.658 personnes ont été arrêtées.", "fr"
    )
    c = compare_figures(en, fr)
    assert [(a.text, b.text) for a, b in c.conflicts] == [("6,558", "6.658")]
    alone = extract_figures("Plus de 6.500 personnes arrêtées.", "fr")
    assert compare_figures(en, alone).conflicts == []


def test_those_in_hospital_are_some_of_the_injured_not_another_count_of_them():
    """Construction: "321 people are hospitalised" against "environ 480 blessés": the hospitalised are some of
    the injured; more in hospital than injured ("250 blessés") is disputed."""
    en = extract_figures("Officials said 321 people are hospitalised.", "en")
    fr = extract_figures("L'attaque a fait environ 480 blessés.", "fr")
    assert compare_figures(en, fr).conflicts == []
    fr = extract_figures("L'attaque a fait 250 blessés.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(321, 250)]


def test_the_burned_among_the_injured_are_one_count_in_both_languages():
    """Construction: "56 injured, including 35 in severe burns" against "56 blessés, dont 41 atteintes de
    brûlures": the burned, disputed; the injured match."""
    en = extract_figures("He said 56 people have been injured, including 35 in severe burns.", "en")
    fr = extract_figures("On compte 56 blessés, dont 41 atteintes de brûlures.", "fr")
    c = compare_figures(en, fr)
    assert [(a.unit, b.unit) for a, b in c.conflicts] == [("burn", "burn")]
    assert [(a.text, b.text) for a, b in c.matched] == [("56", "56")]


def _compared(en: str, fr: str) -> Comparison:
    return compare_figures(extract_figures(en, "en"), extract_figures(fr, "fr"))


def _values(pairs: list[tuple[Figure, Figure]]) -> list[tuple[float, float]]:
    return [(a.value, b.value) for a, b in pairs]


def test_a_country_named_after_the_first_count_is_the_next_counts_and_a_region_of_a_country_is_no_country():
    """Constructions: "Malawi's government said at least 190 people were killed ..., while authorities in
    neighbouring Mozambique reported 20 deaths" (20 is Mozambique's), and "la région de Blantyre, capitale
    économique du Malawi, a enregistré 85 morts" (a region's toll, not the country's): the two tolls of Malawi
    match, Mozambique's are disputed, the region's stands alone."""
    en = (
        "Malawi's government said at least 231 people were killed, while authorities in neighbouring "
        "Mozambique reported 21 deaths."
    )
    fr = (
        "Au moins 231 personnes sont mortes au Malawi. Dans le Mozambique voisin, au moins 11 personnes sont "
        "mortes. À elle seule, la région de Blantyre, capitale économique du Malawi, a enregistré 94 morts."
    )
    c = _compared(en, fr)
    assert _values(c.matched) == [(231, 231)]
    assert _values(c.conflicts) == [(21, 11)]
    assert [f.value for f in c.only_fr] == [94]


def test_over_a_dozen_holds_a_count_a_little_above_it():
    """Construction: "over a dozen countries" against "15 pays": a round number's word as a lower bound
    agrees; "at least seven dead" against "nine morts" is still a toll disputed."""
    c = _compared("Police from over a dozen countries took part.", "La police de 15 pays a participé.")
    assert c.conflicts == [] and c.only_en == [] and c.only_fr == []
    c = _compared("At least seven people died.", "Neuf personnes sont mortes.")
    assert _values(c.conflicts) == [(7, 9)]


def test_municipalities_and_towns_count_one_thing():
    """Construction: "Nearly 400 municipalities" against "340 villes": the localities hit, disputed."""
    c = _compared(
        "Nearly 400 municipalities were hit by the floods.", "Les inondations ont frappé 340 villes."
    )
    assert _values(c.conflicts) == [(400, 340)]


def test_an_earlier_record_disputes_no_reading_of_the_other_version():
    """Construction: "Un premier record avait été établi mardi ..., à 49,8°C" against another place's "50.4
    degrees Celsius": the record before the story's is no other value of its reading."""
    c = _compared(
        "Mungeshpur recorded 52.1 degrees Celsius. In Sirsa it was 50.4 degrees Celsius.",
        "Une température de 52,1°C a été relevée. Un premier record avait été établi mardi au même endroit, "
        "à 49,8°C.",
    )
    assert _values(c.matched) == [(52.1, 52.1)]
    assert c.conflicts == []


def test_a_part_of_its_own_versions_total_disputes_no_estimate():
    """Construction: "677 people, including 618 men and 59 women" against "plus de 600 personnes": the men are a
    part of the total both versions give, no rounding of the French estimate."""
    c = _compared(
        "Thailand detained 677 people, including 618 men and 59 women.",
        "Plus de 600 personnes ont fui. La Thaïlande a arrêté 677 personnes.",
    )
    assert (618, 600) not in _values(c.conflicts)


def test_a_places_toll_in_a_sum_is_still_its_places_toll():
    """Construction: "17,134 confirmed deaths in Turkey and another 3,317 in Syria, putting the total at 20,451"
    against "16.546 morts dans le pays" of Turkey: a place's toll, disputed though its sentence adds it up."""
    c = _compared(
        "Authorities counted 16,012 deaths in Turkey and another 3,211 in Syria, putting the total at 19,223.",
        "En Turquie, le bilan s'élève à 16.546 morts.",
    )
    assert (16012, 16546) in _values(c.conflicts)


def test_a_toll_named_earlier_at_the_head_of_a_long_sentence_is_superseded():
    """Construction: "Un précédent bilan officiel de la protection civile italienne faisait état de sept morts"
    after "au moins dix personnes sont mortes": the toll is named as an earlier one though the word stands far
    before its count, so the English "7" matches that earlier toll, and the current "dix" is the French
    version's alone (no dispute: check sets 801-939 list such an update as one-sided)."""
    c = _compared(
        "At least 7 people have died in the floods.",
        "Au moins dix personnes sont mortes dans les inondations. Un précédent bilan officiel du service "
        "régional de secours en montagne faisait état de sept morts.",
    )
    assert c.conflicts == [] and [(a.value, b.value, b.earlier) for a, b in c.matched] == [(7, 7, True)]
    assert [f.value for f in c.only_fr] == [10]


def test_an_earlier_toll_stops_at_the_next_count_in_words():
    """Construction: "Un premier bilan faisait état de trois morts, avant la découverte de 49 corps": the first
    toll is the three dead, not the bodies found after them."""
    figures = extract_figures(
        "Un premier bilan faisait état de trois morts, avant la découverte de 49 corps au troisième étage.",
        "fr",
    )
    assert [(f.value, f.earlier) for f in figures] == [(3, True), (49, False)]


def test_an_estimate_inside_the_other_versions_range_is_no_conflict():
    """Construction: "temperatures ranging from 42 degrees to 47 degrees Celsius" against "des températures
    avoisinant les 45 degrés": an estimate inside the range is no other reading of it, each stands alone (a
    precise value inside a narrow range still disputes it)."""
    c = _compared(
        "Temperatures ranged from 41 degrees to 46 degrees Celsius across the state.",
        "Avec des températures avoisinant les 44 degrés, la région suffoque.",
    )
    assert c.conflicts == []
    assert sorted(f.value for f in c.only_en) == [41, 46]
    assert [f.value for f in c.only_fr] == [44]


def test_an_amount_of_billions_whose_currency_one_version_leaves_unsaid_matches():
    """Construction: "entre les 5,2 milliards d'estimations initiales et les 9,6 milliards d'aujourd'hui"
    against "9.6 billion euros": the same amount, its currency said once; a round count of people stays apart."""
    c = _compared(
        "The tunnel is now expected to cost 8.7 billion euros.",
        "Le coût est passé des 6,1 milliards prévus aux 8,7 milliards d'aujourd'hui.",
    )
    assert _values(c.matched) == [(8_700_000_000, 8_700_000_000)]
    people = _compared("The region has 2 million residents.", "Le projet coûtera 2 millions de dollars.")
    assert people.matched == []


def test_two_tolls_of_two_death_nouns_far_apart_are_two_counts():
    """Construction: "23 bodies" brought to one morgue against "50 morts" in the city: a toll in another noun
    disputes one only when close ("at least seven dead" against "neuf victimes")."""
    far = _compared(
        "The charity said it collected 135 bodies over four days. A second morgue received 23 bodies.",
        "La fondation a recueilli 142 corps. Le ministère parle de 50 morts à Karachi.",
    )
    assert _values(far.conflicts) == [(135, 142)]
    close = _compared("At least seven people died in the storm.", "La tempête a fait neuf victimes.")
    assert _values(close.conflicts) == [(7, 9)]


def test_a_countrys_provinces_are_the_other_versions_states():
    """Construction: "12 of Sudan's 18 provinces" against "13 des 18 États soudanais": one count of the country's
    divisions, matched."""
    c = _compared(
        "Crops were lost in 9 of Chad's 23 provinces.", "Les récoltes sont perdues dans 23 États du pays."
    )
    assert (23, 23) in _values(c.matched)


def test_two_towns_counts_in_two_lists_of_towns_do_not_dispute():
    """Construction: marchers counted town by town in both reports, each its own choice of towns ("at least
    40,000 people marched in Lyon, along with 30,000 in Toulouse, 26,000 in Marseille", against "36.000
    personnes à Toulouse, 26.000 à Marseille, 19.000 à Clermont-Ferrand"): Toulouse disputes Toulouse, and
    Lyon's count disputes no other town's."""
    en = extract_figures(
        "At least 40,000 people marched in Lyon, along with 30,000 in Toulouse, 26,000 in Marseille and 15,000 in "
        "Montpellier.",
        "en",
    )
    fr = extract_figures(
        "36.000 personnes ont défilé à Toulouse, 26.000 à Marseille, 19.000 à Clermont-Ferrand et 15.000 à "
        "Montpellier.",
        "fr",
    )
    result = compare_figures(en, fr)
    assert conflict_values(result) == [(30000, 36000)]
    assert [f.value for f in result.only_en] == [40000] and [f.value for f in result.only_fr] == [19000]


def test_a_matched_groups_value_said_again_with_another_noun_on_each_side_stands_alone_on_neither():
    """Construction: "the six people missing" matched with "les six portés disparus", then "6 presumed dead"
    in the English headline and "Six ouvriers" in the French lede: the story's one group said again with
    another noun on each side, not a figure each version gives alone."""
    en = extract_figures("The six people missing are presumed dead.", "en")
    (title,) = extract_figures("Bridge collapse: 6 presumed dead", "en")
    fr = extract_figures(
        "Six ouvriers travaillaient sur le pont. Les six portés disparus sont présumés morts.", "fr"
    )
    result = compare_figures([*en, replace(title, field="title")], fr)
    assert [(a.value, b.value) for a, b in result.matched] == [(6, 6)]
    assert result.only_en == [] and result.only_fr == []


def test_devices_and_phones_of_one_value_are_one_count():
    """Construction: an encrypted app sold on "about 12,000 devices" against "plus de 12 000 téléphones": phones
    are the devices, one count, no figure each version gives alone."""
    en = extract_figures("The app ran on about 12,000 devices worldwide.", "en")
    fr = extract_figures("L'application tournait sur plus de 12 000 téléphones.", "fr")
    result = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in result.matched] == [(12000, 12000)]


def test_rates_of_two_named_months_do_not_dispute():
    """Construction: a monthly series told month by month ("inflation stood at 6.5 per cent in June", against
    "ce taux se situait à 6,8% au mois d'avril"): two months' rates are two quantities; rates of one month, or
    of no month named, still dispute."""
    en = extract_figures("Without gasoline, inflation stood at 6.5 per cent in June.", "en")
    fr = extract_figures("Ce taux se situait à 6,8% au mois d'avril.", "fr")
    assert [(f.value, f.month) for f in en + fr] == [(6.5, 6), (6.8, 4)]
    assert compare_figures(en, fr).conflicts == []
    june = extract_figures("Ce taux se situait à 6,8% en juin.", "fr")
    assert conflict_values(compare_figures(en, june)) == [(6.5, 6.8)]


def test_a_sentence_opening_on_a_month_gives_its_rates_that_month():
    """Construction: a monthly series whose month opens the sentence ("In June, inflation stood at 6.5 per
    cent", "En avril, ce taux se situait à 6,8%"): two months' rates are two quantities; a rate with its own
    month named after it keeps that month, and a sentence opening on the story's month still disputes."""
    en = extract_figures("In June, inflation stood at 6.5 per cent, after 6.9 per cent in May.", "en")
    fr = extract_figures("En avril, ce taux se situait à 6,8%.", "fr")
    assert [(f.value, f.month) for f in en + fr] == [(6.5, 6), (6.9, 5), (6.8, 4)]
    assert compare_figures(en[:1], fr).conflicts == []
    june = extract_figures("Au mois de juin, ce taux se situait à 6,8%.", "fr")
    assert [f.month for f in june] == [6]
    assert conflict_values(compare_figures(en[:1], june)) == [(6.5, 6.8)]


def test_a_year_opening_a_when_clause_dates_its_rate_without_a_comma():
    """Construction: "the largest yearly change since January 1983 when it hit 8.2 per cent": the rate is
    1983's, which disputes no rate of the story's year ("dépasser la barre des 8% en juin")."""
    en = extract_figures("It was the largest change since January 1983 when it hit 8.2 per cent.", "en")
    assert [(f.value, f.year) for f in en if f.kind == "percent"] == [(8.2, 1983)]


def test_a_first_toll_that_is_its_versions_only_toll_disputes_the_other_versions():
    """Construction: "Selon le premier bilan officiel, on compte 17 décès et 59 blessés" against "At least 13
    people were killed": the first toll is the French version's only one, so it disputes the English toll;
    beside a later toll of its own ("le bilan s'élève désormais à 20 morts") it disputes nothing."""
    en = extract_figures("At least 13 people were killed after a truck blew up, police said.", "en")
    fr = extract_figures("Selon le premier bilan officiel, on compte 17 décès.", "fr")
    assert fr[0].earlier
    assert conflict_values(compare_figures(en, fr)) == [(13, 17)]
    later = extract_figures(
        "Selon le premier bilan officiel, on comptait 17 décès. Le bilan s'élève désormais à 20 morts.", "fr"
    )
    assert (13, 17) not in conflict_values(compare_figures(en, later))


def test_a_rate_of_another_year_is_no_rounding_of_a_rate_of_the_storys_month():
    """Construction: "since January 1983 when it hit 8.2 per cent" against "avant de dépasser la barre des 8%
    en juin": a rate of 1983 is no rounding of this June's; each stands alone."""
    en = extract_figures("It was the largest change since January 1983 when it hit 8.2 per cent.", "en")
    fr = extract_figures("Le taux a fini par atteindre 8% en juin.", "fr")
    result = compare_figures(en, fr)
    assert result.conflicts == [] and result.rounded == []
    assert [f.value for f in result.only_en] == [8.2] and [f.value for f in result.only_fr] == [8]


def test_a_round_rate_meets_no_rate_of_a_table_of_rates_by_rounding():
    """Construction: a French report listing a table of rates ("+ 23,8%", "+ 11,8%", ... "+ 1,7%" among a dozen
    and more) against "pensions will rise by 2%": the round rate rounds one of them by chance, no dispute."""
    table = ", ".join(
        f"produit {i} (+ {v}%)"
        for i, v in enumerate(
            [
                "23,8",
                "3,6",
                "11,8",
                "16,3",
                "0,6",
                "14,4",
                "1,7",
                "12,5",
                "0,8",
                "63,03",
                "60,54",
                "49,81",
                "57,7",
            ]
        )
    )
    fr = extract_figures(f"Statbel relève surtout la hausse des prix : {table}.", "fr")
    en = extract_figures("As a result, pensions will rise by 2% next month.", "en")
    assert compare_figures(en, fr).conflicts == []
    few = extract_figures("Le pain a augmenté de 1,7%.", "fr")
    assert conflict_values(compare_figures(en, few)) == [(2, 1.7)]


def test_two_estimates_of_one_value_bounding_it_agree_with_the_other_versions_precise_value():
    """Construction: "nearly 19 million customers" in the lede, "over 19 million subscribers" later, and a
    "19 Million Users" headline, against "19,2 millions de clients": the version's "over" agrees, so there is no
    rounding's dispute, and the headline is the compared value again, no figure of its own."""
    en = extract_figures(
        "The data of nearly 19 million customers is at risk. The databases hold data on over 19 million subscribers.",
        "en",
    )
    (title,) = extract_figures("ISP breach affecting 19 Million Users", "en")
    fr = extract_figures("Il détient les informations de 19,2 millions de clients de Free.", "fr")
    result = compare_figures([*en, replace(title, field="title")], fr)
    assert result.conflicts == [] and result.only_en == [] and result.only_fr == []


def test_an_earlier_estimate_disputes_no_count_far_from_it_nor_estimates_one():
    """Construction: "Un premier bilan faisait état d'au moins vingt blessés" against "18 people were in hospital
    and 12 more were treated": a first toll's estimate, the French version's only one, is neither a rounding of
    the English counts nor a dispute of one 1.5 times away; each stands alone."""
    en = extract_figures("Some 18 people were hospitalised and 12 were injured in the incident.", "en")
    fr = extract_figures("Un premier bilan faisait état d'au moins vingt blessés.", "fr")
    assert fr[0].earlier
    result = compare_figures(en, fr)
    assert result.conflicts == [] and result.near == []
    assert [f.value for f in result.only_fr] == [20]


def test_a_rupee_sum_and_its_conversion_into_euros_are_one_amount():
    """Construction: "₹2 lakh" to each victim's family in one report, "2.200 euros" in the other: one amount, a
    report's conversion at about the rupee's rate, shown matched rather than as two amounts each gives alone."""
    en = extract_figures("The families of the dead will receive ₹2 lakh each.", "en")
    fr = extract_figures("Les familles des victimes recevront chacune 2.200 euros.", "fr")
    result = compare_figures(en, fr)
    assert result.only_en == [] and result.only_fr == [] and result.conflicts == []
    assert [(a.currency, b.currency) for a, b in result.converted] == [("INR", "EUR")]


def test_a_rate_a_quantity_changed_from_disputes_no_rate_of_the_other_version():
    """Construction: a policy rate's cut said as "down to 3.75% from 4%" against the other version's peak of
    another of the bank's rates ("culminait à un record, à 4,50 %"): the value the rate changed from, beside
    its new value, is no rounding of another rate; each version's figure stands alone."""
    en = extract_figures("The bank brought its deposit rate down to 3.75% from 4%, its first cut.", "en")
    fr = extract_figures("L'un de ses taux culminait jusque-là à un record historique, à 4,50 %.", "fr")
    assert [(f.value, f.earlier) for f in en] == [(3.75, False), (4.0, True)]
    result = compare_figures(en, fr)
    assert result.conflicts == [] and result.matched == []
    assert sorted(f.value for f in result.only_en + result.only_fr) == [3.75, 4.0, 4.5]
    # in French, "passe de 4 % à 3,75 %" gives the first value as the one changed from
    assert [(f.value, f.earlier) for f in extract_figures("Le taux passe de 4 % à 3,75 %.", "fr")] == [
        (4.0, True),
        (3.75, False),
    ]


def test_a_continents_toll_disputes_no_toll_of_one_of_its_countries():
    """Construction: an outbreak's toll in one country ("524 deaths reported so far this year in DR Congo")
    against the continent's ("En Afrique, plus de 17.000 cas et 517 décès"): two places, no dispute, even as
    each version's only toll. The continent is read past a thousands point ("17.000") that ends no sentence."""
    en = extract_figures("So far this year, 524 deaths were reported in DR Congo.", "en")
    fr = extract_figures("En Afrique, plus de 17.000 cas présumés et 517 décès ont été recensés.", "fr")
    assert [(f.value, f.place) for f in fr] == [(17000, "afrique"), (517, "afrique")]
    assert compare_figures(en, fr).conflicts == []
    one_country = extract_figures("En RDC, plus de 17.000 cas présumés et 517 décès ont été recensés.", "fr")
    assert conflict_values(compare_figures(en, one_country)) == [(524, 517)]


def test_each_named_persons_age_is_compared_with_that_persons_age():
    """Construction: a list of victims with their ages in both versions ("Ana Ruiz, 29, the friends Mia Lopez,
    41, and Eva Soto, 41" against "Ana Ruiz, 29 ans; Mia Lopez, 40 ans; Eva Soto, 40 ans; Tom Gray, 18
    ans"): two people of one age are two figures, an age matches only the same person's, and each person
    whose age differs is one dispute."""
    en = extract_figures("The victims were Ana Ruiz, 29, the friends Mia Lopez, 41, and Eva Soto, 41.", "en")
    fr = extract_figures(
        "Les victimes: Ana Ruiz, 29 ans; Mia Lopez, 40 ans; Eva Soto, 40 ans; Tom Gray, 18 ans.", "fr"
    )
    result = compare_figures(en, fr)
    assert [(a.place, a.value, b.value) for a, b in result.matched] == [("ana ruiz", 29, 29)]
    assert sorted((a.place, b.place, a.value, b.value) for a, b in result.conflicts) == [
        ("eva soto", "eva soto", 41, 40),
        ("mia lopez", "mia lopez", 41, 40),
    ]
    assert [(f.place, f.value) for f in result.only_fr] == [("tom gray", 18)]
    # a name given whole in one version and by the first name in the other is one person's ("Myles
    # Sanderson, 32", "Myles, 30 ans"), and a round age rounds no other person's ("Damien, 31 ans")
    brothers_en = extract_figures(
        "Myles Sanderson, 32, and his brother, Damien Sanderson, 31, were named.", "en"
    )
    brothers_fr = extract_figures("Damien, 31 ans, et Myles, 30 ans, sont recherchés.", "fr")
    brothers = compare_figures(brothers_en, brothers_fr)
    assert [(a.value, b.value) for a, b in brothers.matched] == [(31, 31)]
    assert conflict_values(brothers) == [(32, 30)]


def test_one_of_several_parts_a_version_never_sums_disputes_no_whole_count():
    """Construction: a toll broken down in one sentence without its sum ("au moins 12 personnes ont péri
    pendant la tempête, 72 dans les glissements de terrain, 6 ont été emportées, et 8 autres ..."), against
    the other version's one count ("24 lives"): a part is no value of the whole; two versions' parts still
    dispute, and a total with one part of it ("Of Vaud's 300 municipalities, 187 voted in favour") is no
    list of parts."""
    en = extract_figures("The storm took 14 lives in the region.", "en")
    fr = extract_figures(
        "Au total, 12 personnes sont mortes dans la tempête, 30 sont mortes dans les crues et 5 autres sont "
        "mortes sur la route.",
        "fr",
    )
    assert [(f.value, f.unit) for f in fr] == [(12, "death"), (30, "death"), (5, "death")]
    assert compare_figures(en, fr).conflicts == []
    parts = extract_figures(
        "At least 13 people died in the storm, 30 people died in the floods and 5 people died on the road.",
        "en",
    )
    assert conflict_values(compare_figures(parts, fr)) == [(13, 12)]
    municipalities = extract_figures("Of the canton's 300 municipalities, 187 voted in favour.", "en")
    communes = extract_figures("Le oui l'emporte dans 189 des 300 communes du canton.", "fr")
    assert conflict_values(compare_figures(municipalities, communes)) == [(187, 189)]


def test_a_country_named_after_before_is_not_the_place_of_the_sentences_counts():
    """Construction: "Before it reached Vietnam, the storm had already taken 24 lives", "Avant le Vietnam, le
    typhon avait fait 20 morts": the country the storm had not reached yet is no place of the toll, which
    disputes no count of that country the other version gives."""
    en = extract_figures("Before it reached Vietnam, the storm had already taken 24 lives.", "en")
    fr = extract_figures("Avant le Vietnam, le typhon avait fait 20 morts.", "fr")
    assert [f.place for f in en + fr] == [None, None]
    named = extract_figures("In Vietnam, the storm had already taken 24 lives.", "en")
    assert [f.place for f in named] == ["vietnam"]


def test_people_hurt_besides_the_dead_are_a_count_not_a_rise():
    """Construction: "24 people died in the blast, with at least 34 more injured": the injured besides the
    dead, a count that disputes the other version's injured ("et 40 blessés"), not a rise of a toll; "At
    least 11 more died on Saturday" is still one."""
    en = extract_figures("So far 24 people died in the blast, with at least 34 more injured.", "en")
    assert [(f.value, f.unit, f.change) for f in en] == [(24, "death", False), (34, "injury", False)]
    fr = extract_figures("L'incendie a fait 24 morts et 40 blessés.", "fr")
    assert conflict_values(compare_figures(en, fr)) == [(34, 40)]
    rise = extract_figures("At least 11 more died on Saturday.", "en")
    assert [(f.value, f.change) for f in rise] == [(11, True)]


def test_thousands_of_jobs_and_of_people_of_one_value_are_one_count():
    """Construction: a restructuring that "will cost 5,500 to 6,300 jobs" against "à hauteur de 5.500 à 6.300
    personnes": the jobs are the people in them, one count in thousands, matched."""
    en = extract_figures("The restructuring will cost 5,500 to 6,300 jobs across Europe.", "en")
    fr = extract_figures("Les effectifs seront touchés à hauteur de 5.500 à 6.300 personnes.", "fr")
    result = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in result.matched] == [(5500, 5500), (6300, 6300)]
    assert result.only_en == result.only_fr == []


def test_members_of_a_force_and_its_soldiers_of_one_value_are_one_count():
    """Construction: "92 soldiers, 14 officers ... were sent" against "parmi lesquels 92 membres de la Garde
    nationale": the members of an armed or rescue force are its soldiers or officers, one count; crew members
    are still no count of the hospitalised."""
    en = extract_figures("According to the president, 92 soldiers were deployed to the mine.", "en")
    fr = extract_figures("Les secours sont arrivés, parmi lesquels 92 membres de la Garde nationale.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).matched] == [(92, 92)]


def test_a_round_count_of_past_events_estimates_no_toll_of_this_one():
    """Construction: a headline's "At least 60 die" over "killing at least 61 people", against a report whose
    toll is "portant à 66 le nombre de morts" with "64 personnes décédées ... sur place", and which recalls "deux
    accidents, en 2009 et 2014, qui avaient fait une soixantaine de morts" and "Au Chili, en mars 2017, 62
    personnes avaient trouvé la mort": the past crashes' round count matches the headline's value but is no
    earlier toll of this crash, nor an estimate whose precise value is 64 or Chile's 62. Only the two tolls
    dispute."""
    (title,) = extract_figures("At least 60 die after bus plunges into ravine", "en")
    en = extract_figures("The bus left the bridge early today, killing at least 61 people.", "en")
    fr = extract_figures(
        "Le parquet a annoncé deux nouveaux décès à l'hôpital, portant à 66 le nombre de morts. Au total, 64 "
        "personnes décédées ont été comptabilisées sur place. Le pays avait déjà connu deux accidents, en 2009 "
        "et 2014, qui avaient fait une soixantaine de morts. Au Chili, en mars 2017, 62 personnes avaient "
        "trouvé la mort dans la chute d'un autocar.",
        "fr",
    )
    result = compare_figures([*en, replace(title, field="title")], fr)
    assert _values(result.conflicts) == [(61, 66)]


def test_a_toll_given_province_by_province_after_the_countrys_is_parts_of_it():
    """Constructions: "640 morts et 1 400 blessés dans la province de Paktia, auxquels s'ajoutent 15 morts et
    270 blessés dans celle de Khost" after "Au moins 655 personnes ont péri": the dead and the injured before
    one place are that place's (the place after the second count is the first's too), and the provinces' tolls,
    adding up to the country's, are its parts. The other version's earlier national estimate, its injured
    without a place and one village's dead dispute none of them."""
    fr = extract_figures(
        "Au moins 655 personnes ont péri et plus de 1 600 ont été blessées dans l'est du pays. Le ministère a "
        "détaillé un bilan provisoire : 640 morts et 1 400 blessés dans la province de Paktia, auxquels "
        "s'ajoutent 15 morts et 270 blessés dans celle de Khost.",
        "fr",
    )
    placed = [(f.value, f.unit, f.place, f.part) for f in fr if f.place]
    assert placed == [
        (640, "death", "paktia", True),
        (1400, "injury", "paktia", True),
        (15, "death", "khost", True),
        (270, "injury", "khost", True),
    ]
    en = extract_figures(
        "The quake killed at least 655 people in eastern Afghanistan and left more than 1,600 injured. Earlier the state broadcaster had spoken "
        "of around 520 deaths in Afghanistan. Officials said the reports so far showed 260 dead and 550 "
        "injured, and a single village listed 30 deaths.",
        "en",
    )
    assert compare_figures(en, fr).conflicts == []


def test_a_floor_rounded_down_from_the_other_versions_finer_floor_is_one_floor():
    """Construction: "more than 3,400 structures" against "Plus de 3 412 bâtiments": the round floor is the
    finer one rounded down, one count, no rounding's dispute; two floors as fine as each other ("at least 87",
    "au moins 86") are two counts of the toll."""
    result = _compared(
        "By its count, more than 3,400 structures have been damaged.",
        "Plus de 3 412 bâtiments ont été détruits ou endommagés.",
    )
    assert result.conflicts == [] and result.only_en == [] and result.only_fr == []
    result = _compared("At least 87 people died.", "Au moins 86 personnes sont mortes.")
    assert _values(result.conflicts) == [(87, 86)]


def test_whole_degrees_one_version_gives_about_the_other_versions_are_no_rounding_dispute():
    """Construction: "expected the city to reach 39 degrees Celsius" against "des températures atteignant
    environ 40 degrés Celsius": forecasts in whole degrees, no reading rounded and disputed; readings to the
    tenth still are."""
    result = _compared(
        "Forecasters expected the city to reach 39 degrees Celsius (102 degrees Fahrenheit) on Monday.",
        "Le ministre avait prévenu que le pays serait en zone rouge, avec des températures atteignant environ 40 "
        "degrés Celsius.",
    )
    assert result.conflicts == []
    result = _compared("A reading of 46.1C was recorded.", "Le thermomètre a affiché 45,8 °C.")
    assert _values(result.conflicts) == [(46.1, 45.8)]


def test_the_dead_of_a_group_of_people_beside_a_larger_toll_dispute_no_other_toll():
    """Constructions: a heading "Au moins 6 enfants morts" over "Le feu a fait 63 morts", and "le bilan : 12
    femmes tuées": the children and the women are groups of the toll, so the other version's partial count of
    the dead ("9 people were confirmed dead on scene") and a past crash's toll ("In April, 17 people were
    killed") dispute neither. Alone, the group's dead are the toll and do."""
    en = extract_figures(
        "The fire killed 63 people. Nine were confirmed dead on scene, firefighters said. In April, 17 people "
        "were killed in a crash.",
        "en",
    )
    fr = extract_figures(
        "Au moins 6 enfants morts\n\nLe feu a fait 63 morts. Le procureur a détaillé le bilan : 12 femmes tuées.",
        "fr",
    )
    assert compare_figures(en, fr).conflicts == []
    alone = extract_figures("Au moins 8 enfants sont morts dans l'incendie.", "fr")
    assert _values(compare_figures(en[1:], alone).conflicts) == [(9, 8)]


def test_an_offices_rulings_and_the_claims_it_received_are_two_counts():
    """Construction: "the office issued 136,100 decisions on asylum cases" against "quelque 121.900 premières
    demandes d'asile": rulings and claims, two quantities, neither disputes the other."""
    result = _compared(
        "Over the year, the office issued 136,100 decisions on asylum cases.",
        "On dénombre quelque 121.900 premières demandes d'asile.",
    )
    assert result.conflicts == []


def test_a_turnout_and_a_share_of_the_votes_are_two_rates():
    """Constructions: "At only 46%, voter turnout was the lowest ever" (the turnout named after the rate and a
    comma) against "qui obtient 44% des suffrages" (a share of the votes): two rates, no dispute. A share of the
    votes still disputes a rate its version does not say of what ("the party won 47.5%"), and both bounds of
    "entre 9 et 11 % des suffrages" are shares of the votes."""
    en = extract_figures("At only 46%, voter turnout was the lowest ever for the province.", "en")
    fr = extract_figures("Le gouvernement sortant obtient 44% des suffrages.", "fr")
    assert [f.unit for f in en] == ["turnout"] and [f.unit for f in fr] == ["vote"]
    assert compare_figures(en, fr).conflicts == []
    won = extract_figures("The party won 45.5% on Thursday.", "en")
    assert _values(compare_figures(won, fr).conflicts) == [(45.5, 44)]
    ranged = extract_figures("Le centriste recueille entre 9 et 11 % des suffrages.", "fr")
    assert [(f.value, f.unit) for f in ranged] == [(9, "vote"), (11, "vote")]


def test_a_district_one_version_names_in_full_is_the_same_place_as_its_first_word_in_the_other():
    """Construction: a toll given district by district, "31 in Dhading and 17 in Sindhu Palchok", against
    "31 à Dhading et 17 à Sindhu": one version names the two-word district in full, the other by its first
    word. Each district's toll matches; a first word that opens many names ("New") makes no such match."""
    en = extract_figures(
        "The quake killed 48 people: officials said the toll reached 31 in Dhading and 17 in Sindhu Palchok.",
        "en",
    )
    fr = extract_figures(
        "Le séisme a fait 48 morts : « 31 ont péri à Dhading et 17 à Sindhu », selon la police.", "fr"
    )
    assert [f.place for f in en if f.value == 17] == ["sindhu palchok"]
    c = compare_figures(en, fr)
    assert sorted((a.text, b.text) for a, b in c.matched) == [("17", "17"), ("31", "31"), ("48", "48")]
    assert c.only_en == [] and c.only_fr == []
    assert same_place("Sindhu Palchok", "Sindhu") and not same_place("New Delhi", "New")


def test_the_one_count_in_critical_condition_of_each_version_is_one_quantity_however_far_apart():
    """Construction: "16 survivors are in hospital, including seven in critical condition" against "dont
    deux en soins intensifs" a day later: each version's one count of the worst hurt is one quantity told at
    two times, disputed as a death toll is, though the values are far apart."""
    c = _compared(
        "The boat sank on Friday. Sixteen survivors are in hospital, including seven in critical condition.",
        "Le bateau a coulé vendredi. Onze rescapés restent hospitalisés, dont deux en soins intensifs.",
    )
    assert ("seven", "deux") in [(a.text, b.text) for a, b in c.conflicts]


def test_each_versions_finer_value_beside_one_matched_estimate_is_disputed():
    """Construction: "more than 300 dead" in both versions, then "317 people have died" against "au moins 326
    morts": the matched floor agrees with both finer values, which are the quantity and disagree (neither is
    reported in one version only)."""
    c = _compared(
        "The epidemic has killed more than 300 people. By Tuesday, 317 people had died and 9,800 cases were recorded.",
        "L'épidémie a fait plus de 300 morts. Le bilan atteint au moins 326 morts selon le ministère.",
    )
    assert [(a.text, b.text) for a, b in c.conflicts] == [("317", "326")]
    assert "326" not in [f.text for f in c.only_fr] and "317" not in [f.text for f in c.only_en]


def test_two_values_a_ratio_rose_from_dated_to_one_year_dispute():
    """Construction: "will climb to 98.1 percent of GDP in 2028, up from 95.0 percent in 2024" against
    "98 % du PIB d'ici 2028, contre 95,8 % en 2024": both versions give the value of 2024 the ratio rises
    from, and disagree on it, though each has a current value beside it."""
    c = _compared(
        "Debt will climb to 98.1 percent of GDP in 2028, up from 95.0 percent in 2024.",
        "La dette atteindra 98 % du PIB d'ici 2028, contre 95,8 % en 2024.",
    )
    assert ("95.0 percent", "95,8 %") in [(a.text, b.text) for a, b in c.conflicts]


def test_one_sum_with_its_scale_word_slipped_is_disputed():
    """Construction: "took in about 300 million euros in ransoms" against "encaissé 300 000 euros de
    rançons": one amount a thousand times the other, of one currency, is one sum whose scale slipped in one
    version. Small sums of a table ("€300" a day, "300 000 euros" in all) are two sums."""
    c = _compared(
        "The gang took in about 300 million euros in ransom payments.",
        "Le groupe aurait encaissé 300 000 euros de rançons.",
    )
    assert [(a.text, b.text) for a, b in c.conflicts] == [("300 million euros", "300 000 euros")]
    assert _compared("The leader is paid €300 a day.", "Le vainqueur touche 300 000 euros.").conflicts == []


def test_two_ranges_meeting_at_one_bound_dispute_their_other_bounds():
    """Construction: "pay 15% to 20% more than our rivals" against "soit 20 à 25 % de plus que nos rivaux":
    the upper bound of one range is the lower of the other; the ranges disagree, so their other bounds are
    disputed, not each reported in one version only."""
    c = _compared(
        "Our wages are 15% to 20% higher than our rivals'.",
        "Nos salaires sont de 20 à 25 % plus élevés que ceux de nos rivaux.",
    )
    assert [(a.text, b.text) for a, b in c.conflicts] == [("15%", "25 %")]
    assert c.only_en == [] and c.only_fr == []


def test_a_places_name_in_two_languages_word_for_word_is_one_place():
    """Construction: cases counted province by province, "three in Prince Edward Island, three in New
    Brunswick" against "à l'Île-du-Prince-Édouard (3), au Nouveau-Brunswick (3)": each name in the other
    language word for word (Island/Île, New/Nouveau, Edward/Édouard) is one place, so each province's count
    matches its own."""
    assert same_place("Prince Edward Island", "Île-du-Prince-Édouard")
    assert same_place("New Brunswick", "Nouveau-Brunswick")
    assert not same_place("North Kivu", "Sud-Kivu") and not same_place("New Brunswick", "Nouvelle-Écosse")
    en = extract_figures(
        "Of the 40 cases, 34 are in Quebec, three in Prince Edward Island and three in New Brunswick.", "en"
    )
    fr = extract_figures(
        "Sur les 40 cas, on en compte au Québec (34), à l'Île-du-Prince-Édouard (3) et au Nouveau-Brunswick (3).",
        "fr",
    )
    c = compare_figures(en, fr)
    assert sorted((a.place or "", b.place or "") for a, b in c.matched if a.value == 3) == [
        ("new brunswick", "nouveau-brunswick"),
        ("prince edward island", "île-du-prince-édouard"),
    ]


def test_a_cantons_own_name_and_its_french_name_are_one_place():
    """Construction: a vote's results canton by canton, the English report writing the cantons' own (German)
    names, "Graubünden (61.2%)" and "Appenzell Innerrhoden (58.4%)", the French one their French names,
    "Grisons (61,2 %)" and "Appenzell Rhodes-Intérieures (58,4 %)". ISO 3166-2 knows both names of each
    canton, and a list may name a canton by its last word: each canton's share matches its own, and none is
    found in one version only."""
    assert same_place("Graubünden", "Grisons") and same_place("Basel-Stadt", "Bâle-Ville")
    assert same_place("Niedersachsen", "Basse-Saxe") and same_place("Innerrhoden", "Rhodes-Intérieures")
    assert not same_place("Graubünden", "Tessin") and not same_place("Innerrhoden", "Rhodes-Extérieures")
    c = _compared(
        "The yes side won in Graubünden (61.2%) and in Appenzell Innerrhoden (58.4%).",
        "Le oui l'a emporté aux Grisons (61,2 %) et en Appenzell Rhodes-Intérieures (58,4 %).",
    )
    assert sorted(_values(c.matched)) == [(58.4, 58.4), (61.2, 61.2)]
    assert c.only_en == [] and c.only_fr == []


def test_a_year_of_the_compared_value_dates_the_parallel_earlier_value_not_the_new_one():
    """Constructions: "income slipped to €1.9 billion from €3.1 billion in 2023, and the margin went from 8.1
    percent to 5.2 percent" (the year dates the amount it follows and the margin the margin went from, not the
    new margin), against "la marge est tombée à 5,4 %, contre 8 % en 2023" ("contre N en YEAR" with no year
    before it in its sentence: the value the margin fell from). The new margins and the earlier ones are two
    disputed pairs, not four values each in one version."""
    c = _compared(
        "Operating income slipped to €1.9 billion from €3.1 billion in 2023, and the margin went from 8.1 percent"
        " to 5.2 percent.",
        "Résultat : la marge est tombée à 5,4 %, contre 8 % en 2023.",
    )
    assert sorted(_values(c.conflicts)) == [(5.2, 5.4), (8.1, 8.0)]
    assert [f.value for f in c.only_fr] == []


def test_the_one_count_of_the_rescued_in_each_version_is_disputed_however_far_apart():
    """Constructions: "Fourteen people have been rescued so far" against "les secours ont déjà sauvé 31
    personnes": each version's one count of the saved is one quantity, as each one's toll of the dead is,
    disputed though one value is twice the other."""
    c = _compared(
        "At least 20 people died. Fourteen people have been rescued so far.",
        "Au moins 20 personnes sont mortes. Les secours ont déjà secouru 31 personnes.",
    )
    assert _values(c.conflicts) == [(14, 31)]
    assert c.only_en == [] and c.only_fr == []


def test_a_round_estimate_and_a_count_of_two_nouns_outside_the_lexicon_are_two_quantities():
    """Construction: "the 11 teams of firefighters already on the island" against "une dizaine de localités
    ont été évacuées": a count of one noun and a round estimate of another, one of them outside the lexicon
    and not the same word in two spellings, are two quantities each in one version, not one disputed."""
    c = _compared(
        "Firefighters joined the 11 teams already on the island.",
        "Une dizaine de localités avaient été évacuées dimanche.",
    )
    assert c.conflicts == [] and c.matched == []
    assert [f.value for f in c.only_en] == [11] and [f.value for f in c.only_fr] == [10]
    # the lexicon names divers and volunteers in both languages: one noun, so one quantity disputed
    c = _compared("Rescuers sent 16 divers to the river.", "Les secours ont envoyé 15 plongeurs sur place.")
    assert _values(c.conflicts) == [(16, 15)]
    c = _compared("More than 300 volunteers searched the woods.", "Les 327 bénévoles ont fouillé les bois.")
    assert _values(c.conflicts) == [(300, 327)] and c.only_en == c.only_fr == []


def test_one_specific_value_in_both_versions_stays_matched_beside_another_counters_count_of_the_place():
    """Construction: "with 126,000 in Lyon" against "Lyon a connu 126.000 manifestants selon la préfecture"
    (the place said as the sentence's subject, not read as the count's) and "87.000 personnes ont défilé à
    Lyon" by another counter: the one specific value both versions give is matched, and the other counter's
    count of the place is reported in one version, not disputed with it."""
    c = _compared(
        "Marches drew crowds across the region, with 126,000 in Lyon, the prefecture said.",
        "Lyon a connu 126.000 manifestants selon la préfecture. Pour un cabinet indépendant, 87.000 personnes"
        " ont défilé à Lyon.",
    )
    assert _values(c.matched) == [(126000, 126000)]
    assert c.conflicts == [] and [f.value for f in c.only_fr] == [87000]


def test_a_part_of_the_injured_named_by_its_people_is_disputed_with_the_others_part():
    """Construction: "another 14 injured (six of them firefighters)" against "15 blessés, dont sept pompiers":
    the part after "of them" names its people, and the two versions' counts of firefighters among the injured
    are one quantity with two values."""
    c = _compared(
        "Four were confirmed dead and another 14 injured (six of them firefighters).",
        "Quatre personnes sont mortes et 15 ont été blessées, dont sept pompiers.",
    )
    assert (6, 7) in _values(c.conflicts)
    assert 6 not in [f.value for f in c.only_en] and 7 not in [f.value for f in c.only_fr]


def test_a_sole_toll_is_not_disputed_when_the_other_version_counts_that_many_people_under_another_noun():
    """Construction: "Twenty-six tourists were pulled from the water" and "Eleven survivors left hospital"
    against "Vingt-six personnes ont été secourues": the French count of the rescued is the English count of
    tourists (the same value, another noun of people), not another value of the English eleven survivors; a
    count of a fate of that value ("six blessées") still leaves the tolls disputed."""
    c = _compared(
        "Twenty-six tourists were pulled from the water. Eleven survivors left hospital on Tuesday.",
        "Vingt-six personnes ont été secourues lundi.",
    )
    assert c.conflicts == []
    c = _compared(
        "At least seven people have died.",
        "Au moins trois personnes ont été tuées, sept blessées.",
    )
    assert _values(c.conflicts) == [(7, 3)]


def test_an_estimate_now_is_no_near_estimate_of_a_count_dated_a_year_earlier():
    """Construction: "had put the shortfall at roughly 5,000 teachers" against "Un an plus tôt, le Québec
    comptait 5335 postes non comblés (924 à temps plein et 4411 à temps partiel)": the French counts are of
    the year before, so neither is the English estimate's other value; each is reported in one version."""
    c = _compared(
        "A survey had put the shortfall at roughly 5,000 teachers.",
        "Un an plus tôt, le Québec comptait 5335 postes non comblés (924 à temps plein et 4411 à temps partiel).",
    )
    assert c.conflicts == [] and c.near == []


def test_each_versions_one_amount_of_a_thing_is_one_quantity_however_far_apart():
    """Constructions: "left the lender with losses of 31 billion US dollars" against "le parquet a chiffré le
    préjudice financier de l'affaire à 22 milliards de dollars" (what the amount is, named right before it:
    losses, "préjudice"): one quantity with two values, disputed though far apart; not when one version gives
    two losses, nor an amount whose clause names no such thing."""
    c = _compared(
        "The fraud left the lender with losses of 31 billion US dollars.",
        "Le parquet a chiffré le préjudice financier de l'affaire à 22 milliards de dollars.",
    )
    assert _values(c.conflicts) == [(31e9, 22e9)]
    (ransom,) = extract_figures("Hackers asked for a ransom of $240 million.", "en")
    assert ransom.subject == "ransom" and ransom.to_dict()["subject"] == "ransom"
    assert Figure.from_dict(ransom.to_dict()).subject == "ransom"  # kept in the library and in the JSON
    c = _compared(
        "The fraud left the lender with losses of 31 billion US dollars.",
        "Le préjudice est de 22 milliards de dollars, et le préjudice fiscal de 3 milliards de dollars.",
    )
    assert c.conflicts == []
    c = _compared(
        "The fraud left the lender with losses of 31 billion US dollars.",
        "Elle a versé 22 milliards de dollars.",
    )
    assert c.conflicts == []


def test_ducks_and_ducklings_are_birds_counted_in_both_languages():
    """Construction: "Around 60 million ducks are due to be vaccinated" against "64 millions de canetons
    doivent recevoir le vaccin": poultry are birds in the lexicon, so the two counts are one quantity
    disputed (the estimate's 5% does not reach 64 million)."""
    c = _compared(
        "Around 60 million ducks are due to be vaccinated this year.",
        "Au total, 64 millions de canetons doivent recevoir le vaccin.",
    )
    assert _values(c.conflicts) == [(60e6, 64e6)]


def test_an_age_one_version_gives_a_named_person_and_the_other_an_unnamed_one_is_not_disputed():
    """Construction: "A 60-year-old man suffered serious injuries" against "Salvatore Lorini, 45 ans, qui vit
    à Ischia, dit souffrir de la situation": each version's one age, one of a person named and one of a person
    not, may be two people: each age is the version's own, not one age disputed (two unnamed ages still are)."""
    c = _compared(
        "A 61-year-old man suffered serious injuries.",
        "Marco Ferri, 44 ans, qui vit sur l'île, dit souffrir de la situation.",
    )
    assert c.conflicts == [] and [f.value for f in c.only_en] == [61] and [f.value for f in c.only_fr] == [44]
    c = _compared(
        "A 61-year-old man suffered serious injuries.", "Un homme de 64 ans a été grièvement blessé."
    )
    assert _values(c.conflicts) == [(61, 64)]


def test_two_readings_to_the_tenth_under_a_degree_apart_are_one_reading_disputed():
    """Construction: "a seasonal record of minus 38.7 deg C was measured" against "le record de froid de cet
    hiver a été atteint mardi, avec moins 37,8 °C": one reading to the tenth, 0.9 degrees apart, disputed;
    readings more than a degree apart stay two."""
    c = _compared(
        "A seasonal record of minus 38.7 deg C was measured.", "Le record a été atteint avec moins 37,8 °C."
    )
    assert _values(c.conflicts) == [(-38.7, -37.8)]
    c = _compared(
        "A seasonal record of minus 38.7 deg C was measured.", "Le record a été atteint avec moins 36,5 °C."
    )
    assert c.conflicts == []


def test_an_age_listed_with_a_matched_age_is_another_persons():
    """Construction: "deux hommes de 58 et 65 ans" (a list of ages, the 65 matched) against "a 65-year-old
    man" and "another victim, a 79-year-old man": the age left in the list is another person than the one left
    in the other version, no dispute; "The 35-year-old woman and her 14-year-old daughter" against "une éleveuse
    de 35 ans" and "l'adolescente de 12 ans" (two people named apart) still disputes the daughter's age."""
    en = extract_figures(
        "Rescuers found a 65-year-old man. Another victim, a 79-year-old man, was found.", "en"
    )
    fr = extract_figures("Les victimes sont deux hommes de 58 et 65 ans.", "fr")
    assert [p for p in compare_figures(en, fr).conflicts if p[0].kind == "age"] == []
    en = extract_figures("The 35-year-old woman and her 14-year-old daughter died.", "en")
    fr = extract_figures("Une éleveuse de 35 ans est morte. L'adolescente de 12 ans a succombé.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(14, 12)]


def test_a_documents_length_is_never_disputed():
    """Construction: "his blistering 93-page opinion" against "Dans un jugement de 92 pages": the length of a
    document is no key figure of the story, so two lengths are no dispute."""
    en = extract_figures("The judge's 93-page opinion ordered him to pay.", "en")
    fr = extract_figures("Dans un jugement de 92 pages, le juge ordonne de payer.", "fr")
    assert compare_figures(en, fr).conflicts == []


def test_one_reading_in_fahrenheit_and_in_celsius_is_one_reading():
    """Construction: an American report's "the temperature reached 110 degrees Fahrenheit" against a French one's
    "le thermomètre a affiché 43°C" (each version's only reading, in its own unit): one reading, shown as
    matched, not one flagged in each version; a Fahrenheit reading its own version converts from Celsius ("50
    degrees Celsius (122 degrees Fahrenheit)") is compared in Celsius only."""
    en = extract_figures("The temperature reached 110 degrees Fahrenheit in Phoenix.", "en")
    fr = extract_figures("Le thermomètre a affiché 43°C à Phoenix.", "fr")
    comparison = compare_figures(en, fr)
    assert comparison.only_en == comparison.only_fr == [] and comparison.conflicts == []
    en = extract_figures("It passed 50 degrees Celsius (122 degrees Fahrenheit) for the first time.", "en")
    fr = extract_figures("Le record précédent était de 49,8 °C.", "fr")
    assert not any(a.unit == "F" for a, _ in compare_figures(en, fr).repeats)


def test_an_age_given_as_a_decade_of_life_holds_the_other_versions_age():
    """Construction: "Anne, a 53-year-old interior decorator" against "une Française âgée d'une cinquantaine
    d'années" (in her fifties): one age, no rounding disputed; an age outside the decade is disputed."""
    fr = extract_figures("Une Française âgée d'une cinquantaine d'années a été escroquée.", "fr")
    for age, disputed in ((53, False), (58, False), (61, True)):
        en = extract_figures(f"Anne, a {age}-year-old decorator, was tricked.", "en")
        comparison = compare_figures(en, fr)
        assert bool(comparison.conflicts) is disputed, age
        assert comparison.only_en == comparison.only_fr == []


def test_amounts_in_two_publishers_dollars_are_one_amount_converted():
    """Construction: a New Zealand outlet's "half a billion dollars" (NZD, bare) and a Swiss wire's "316
    millions de dollars (294 millions d'euros)" (USD, bare): two dollars, one amount converted at rough rates,
    shown as matched, not as two amounts each version alone gives."""
    en = [Figure("half a billion dollars", 500_000_000, "money", currency="NZD", start=0, end=22)]
    fr = [
        Figure(
            "316 millions de dollars", 316_000_000, "money", currency="USD", start=0, end=23, approx="about"
        ),
        Figure("294 millions d'euros", 294_000_000, "money", currency="EUR", start=25, end=45),
    ]
    comparison = compare_figures(en, fr)
    assert comparison.only_en == []
    assert [(a.value, b.value) for a, b in comparison.converted] == [(500_000_000, 316_000_000)]


def test_a_count_of_two_places_and_a_breakdown_within_one_place_dispute_nothing():
    """Construction: "dont 3.600 en Allemagne et au Royaume-Uni" (one count for two places) and "En Allemagne,
    le groupe prévoit de supprimer 1.700 postes dans la R&D ainsi que 600 postes" (a place's count broken down
    by function) against "2,300 jobs in Germany, 1,300 in the UK": the places' sums, no other values of either
    country's count."""
    en = extract_figures("Ford will cut 2,300 jobs in Germany and 1,300 in the UK.", "en")
    fr = extract_figures(
        "Ford va supprimer des postes, dont 3.600 en Allemagne et au Royaume-Uni. En Allemagne, le groupe "
        "prévoit de supprimer 1.700 postes dans la R&D ainsi que 600 postes dans l'administration.",
        "fr",
    )
    assert [f.place for f in fr][:2] == ["allemagne et royaume-uni", "allemagne"]
    comparison = compare_figures(en, fr)
    assert not any(b.value in (3600, 1700) for _, b in comparison.conflicts)


def test_more_people_being_treated_after_the_dead_are_the_injured_and_disputed():
    """Construction: "Most of the victims were burnt to death ..., while a hospital spokesperson said seven more
    people were being treated" against "les affrontements ont fait cinq blessés": others than the dead, the
    injured, no rise of a toll; one quantity at two values."""
    en = extract_figures(
        "Most of the victims were burnt to death, while a spokesperson said seven more people were being "
        "treated at a hospital.",
        "en",
    )
    assert [(f.value, f.unit, f.change) for f in en] == [(7, "injury", False)]
    fr = extract_figures("Outre les morts, les affrontements ont fait cinq blessés.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(7, 5)]


def test_accounts_of_a_named_body_count_accounts_and_are_disputed():
    """Construction: "About 5,600 CRA accounts were hit" against "5500 comptes de l'ARC ont été compromis" (the
    accounts' owner a name after "de l'"): accounts on both sides, one quantity at two values; "200 000
    comptes d'entreprises" still counts companies."""
    fr = extract_figures("D'après les autorités, 5500 comptes de l'ARC ont été compromis.", "fr")
    assert [(f.value, f.unit) for f in fr] == [(5500, "account")]
    en = extract_figures("About 5,600 CRA accounts were hit by the attack.", "en")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(5600, 5500)]
    owners = extract_figures("Les pirates ont volé 200 000 comptes d'entreprises.", "fr")
    assert [f.unit for f in owners] == ["company"]


def test_an_amount_in_pesos_and_its_conversion_into_dollars_are_one_amount():
    """Construction: "about $40 million" in the English report, "2 milliards de pesos" in the French one: one
    aid package in two currencies (the Philippine peso kept within about a tenth of 0.019 dollar), shown as
    matched, not two amounts each in one version only."""
    en = extract_figures("Manila released about $40 million for the victims.", "en")
    fr = extract_figures(
        "Manille a débloqué 2 milliards de pesos pour les victimes.", "fr", places="Philippines"
    )
    c = compare_figures(en, fr)
    assert c.only_en == [] and c.only_fr == [] and c.conflicts == []
    assert [(a.text, b.text) for a, b in c.converted] == [("$40 million", "2 milliards de pesos")]


def test_a_count_of_a_people_named_apart_in_each_language_is_matched():
    """Construction: the nationalities of a crash's dead, "four Romanians and three Germans" against "quatre
    Roumains et trois Allemands" (each people named from two stems): matched, not each in one version only."""
    en = extract_figures("Among the dead were four Romanians and three Germans.", "en")
    fr = extract_figures("Quatre Roumains et trois Allemands figurent parmi les morts.", "fr")
    c = compare_figures(en, fr)
    assert c.only_en == [] and c.only_fr == [] and c.conflicts == []


def test_the_times_a_thing_happened_count_those_things():
    """Construction: "delays in filing 64 safety reports" and "à 64 reprises": the times something happened
    count the happenings, one quantity; "three times" and "trois rapports" (one significant digit) stay apart."""
    en = extract_figures("The lawsuit accused the maker of delays in filing 64 safety reports.", "en")
    fr = extract_figures("Le constructeur a tardé, à au moins 64 reprises, à transmettre ses rapports.", "fr")
    comparison = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in comparison.matched] == [(64, 64)]
    assert not comparison.only_en and not comparison.only_fr
    en = extract_figures("The regulator warned the maker three times.", "en")
    fr = extract_figures("Le régulateur a reçu trois rapports.", "fr")
    assert not compare_figures(en, fr).matched


def test_counts_of_two_years_do_not_dispute_each_other():
    """Construction: "6.3 million deaths in 2017" against "5,6 millions de décès en 2016": two years' values of
    one series, no conflict; the same year's values, close, still conflict."""
    en = extract_figures("An estimated 6.3 million deaths were counted in 2017.", "en")
    fr = extract_figures("On comptait 5,6 millions de décès en 2016.", "fr")
    assert not compare_figures(en, fr).conflicts
    fr = extract_figures("On comptait 5,9 millions de décès en 2017.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(6_300_000, 5_900_000)]


def test_an_estimate_is_the_value_closest_to_it_not_every_value_it_holds():
    """Construction: "Plus de 7000 employés ... licenciera 7248 employés ... elle comptait 8194 employés" against
    "more than 7,000 employees": the estimate is the 7248 laid off, said again; the 8194 employed before is a
    figure of the French version alone, though "more than 7000" would hold it too."""
    en = extract_figures(
        "The retailer will close every store and lay off more than 7,000 employees by Sunday.", "en"
    )
    fr = extract_figures(
        "Plus de 7000 employés auront perdu leur emploi d'ici le 1er juin.\n\nL'entreprise indique qu'elle "
        "licenciera 7248 employés d'ici le 1er juin.\n\nEn mars, elle comptait 8194 employés dans ses magasins.",
        "fr",
    )
    comparison = compare_figures(en, fr)
    assert [f.value for f in comparison.only_fr] == [8194]
    assert not comparison.only_en


def test_a_span_of_days_said_as_months():
    """Construction: "a 120-day search" and "une recherche de quatre mois", "104 weeks" and "deux ans": one span,
    days or weeks said as a calendar's months or years; "100 days" and "trois mois" stay apart."""
    for en_text, fr_text in (
        ("The search will last 120 days.", "La recherche durera quatre mois."),
        ("They were held for 104 weeks.", "Ils ont été détenus pendant deux ans."),
    ):
        comparison = compare_figures(extract_figures(en_text, "en"), extract_figures(fr_text, "fr"))
        assert not comparison.only_en and not comparison.only_fr and not comparison.conflicts
    comparison = compare_figures(
        extract_figures("They waited 100 days.", "en"), extract_figures("Ils ont attendu trois mois.", "fr")
    )
    assert [f.text for f in comparison.only_en + comparison.only_fr] == ["100 days", "trois mois"]


def test_a_childs_age_in_years_and_in_months():
    """Construction: "a 2-year-old boy" and "un enfant de 24 mois": one age, in years and in months; "a
    3-year-old" against "24 mois" stays two ages, each one-sided."""
    comparison = compare_figures(
        extract_figures("A 2-year-old boy was hurt.", "en"),
        extract_figures("Un enfant de 24 mois a été blessé.", "fr"),
    )
    assert not comparison.only_en and not comparison.only_fr and not comparison.conflicts
    comparison = compare_figures(
        extract_figures("A 3-year-old boy was hurt.", "en"),
        extract_figures("Un enfant de 24 mois a été blessé.", "fr"),
    )
    assert [f.text for f in comparison.only_en + comparison.only_fr] == ["3-year-old", "24 mois"]


def test_a_headline_count_of_a_matched_body_value_disputes_no_other_count():
    """Construction: a headline "Six presumed dead" over a body's "Six workers were missing and presumed
    dead", matched with "Six personnes ... portées disparues": the headline says the matched quantity with
    another noun, and disputes no other count of the other version ("deux corps ont été repêchés")."""
    headline = replace(fig(6, unit="death"), field="title")
    en = [headline, fig(6, unit="missing")]
    fr = [fig(6, unit="missing"), fig(2, unit="body")]
    c = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in c.matched] == [(6, 6)]
    assert c.conflicts == []
    # a headline count of a value its body does not match still disputes
    c = compare_figures([headline, fig(8, unit="missing")], [fig(5, unit="death")])
    assert [(a.value, b.value) for a, b in c.conflicts] == [(6, 5)]


def test_a_place_rate_not_called_a_turnout_disputes_no_turnout_of_no_place():
    """Construction: "Turnout was just under 72%" against a line "68,9% en Martinique pour la candidate": a
    place's rate for a candidate is no other value of the turnout, which neither names a place."""
    en = extract_figures("Turnout was 72%, the lowest for a run-off in decades.", "en")
    fr = extract_figures("Les résultats outre-mer : 68,9% en Martinique pour la candidate.", "fr")
    assert [f.unit for f in en] == ["turnout"]
    assert [f.place for f in fr] == ["martinique"]
    assert compare_figures(en, fr).conflicts == []
    # a rate of no place the version does not call a turnout still disputes it
    fr = extract_figures("Le taux s'établit à 68,9%.", "fr")
    assert len(compare_figures(en, fr).conflicts) == 1


def test_an_estimate_of_a_sentences_other_count_agrees_with_the_value_it_holds():
    """Construction: "paid $4 million for 363 bugs in the browser and 110 security issues in the OS" against
    "4 millions de dollars ... pour 363 bugs ... et un peu plus d'une centaine de bugs dans l'OS": the sentence's
    other count is one quantity, and "a little over a hundred" holds 110: no dispute, whatever the nouns."""
    en = "The firm paid $4 million for 363 bugs in its browser and 108 security issues in its tablet OS."
    fr = (
        "La firme a versé 4 millions de dollars pour 363 bugs dans son navigateur et un peu plus d'une "
        "centaine de bugs dans l'OS de sa tablette."
    )
    c = _compared(en, fr)
    assert c.conflicts == []
    assert (108, 100) in _values(c.repeats)
    # a count the estimate does not hold is still disputed: "près d'une centaine" is at most a hundred
    c = _compared(en, fr.replace("un peu plus d'une", "près d'une"))
    assert _values(c.conflicts) == [(108, 100)]


def test_smaller_tolls_of_no_place_beside_an_agreed_toll_dispute_nothing():
    """Constructions: "killing over 141 people" and "141 morts" agreed; "More than 100 deaths have been reported
    till early morning" against "au moins 132 victimes": each version's earlier count of the toll, no dispute. A
    country's toll beside the agreed total ("1,451 deaths in Syria" against "1440 personnes en Syrie") still is
    one."""
    en = "The collapse killed 152 people. More than 100 deaths had been reported by early morning."
    fr = "L'effondrement a fait 152 morts. Au moins 128 victimes ont été recensées dans la matinée."
    c = _compared(en, fr)
    assert _values(c.matched) == [(152, 152)]
    assert c.conflicts == []
    en = "The quake killed 4,300 people, including 1,451 in Syria."
    fr = "Le séisme a fait 4300 morts, dont au moins 1440 personnes en Syrie."
    assert _values(_compared(en, fr).conflicts) == [(1451, 1440)]


def test_two_kinds_of_people_said_together_add_up_to_the_other_versions_group():
    """Construction: "among 24 prisoners and two minors freed today" against "l'échange de 26 prisonniers": a
    part of the group, its rest beside it (another kind of people), disputes no total; two tolls (the dead and
    the injured) do not add up so."""
    en = "Officials said 31 prisoners and three minors were freed today in the exchange."
    fr = "La présidence annonce l'échange de 34 prisonniers."
    c = _compared(en, fr)
    assert c.conflicts == []
    en = "Officials said the blast killed 31 people and injured three."
    fr = "L'explosion a fait 34 morts selon les autorités."
    assert _values(_compared(en, fr).conflicts) == [(31, 34)]


def test_a_sentences_other_count_beside_past_years_values_is_still_disputed():
    """Construction: "counted 883 known cases in 20 countries ..., against 993 cases in 2017 and 579 in 2021"
    against "900 personnes ont été exécutées en 2022 dans 20 pays": the two sentences' countries match, and
    their other counts of this year dispute each other; the past years' values stand apart, and an undated
    count is of the sentence's year."""
    en = "The group's report counted 871 known cases in 19 countries, against 911 cases in 2016 and 563 in 2020."
    fr = "Selon le rapport, 890 personnes ont été exécutées en 2022 dans 19 pays."
    en_figures, fr_figures = extract_figures(en, "en"), extract_figures(fr, "fr")
    for f in fr_figures:
        f.year = 2022 if f.year is None else f.year  # as an article of the next year reads its figures
    c = compare_figures(en_figures, fr_figures)
    assert _values(c.matched) == [(19, 19)]
    assert _values(c.conflicts) == [(871, 890)]


def test_the_evacuated_are_counted_by_their_fate_and_are_the_displaced():
    """Constructions: "902 have been evacuated" against "Environ 1.300 personnes ont été évacuées" (people
    counted by what befell them: the evacuated, disputed); "displaced residents reached 5,389" against "plus de
    5000 personnes évacuées" (the evacuated are the displaced)."""
    en = extract_figures("Eighty were injured, and 917 have been evacuated.", "en")
    fr = extract_figures("Environ 1.250 personnes ont été évacuées.", "fr")
    assert [f.unit for f in en] == ["injury", "evacuee"] and [f.unit for f in fr] == ["evacuee"]
    assert _values(compare_figures(en, fr).conflicts) == [(917, 1250)]


def test_related_nouns_of_the_second_table_dispute_each_other():
    """Construction: "six million people in 200 towns and cities" against "des 202 communes concernées": a town
    (a noun of the table of more nouns) and a commune (of the unit table), which the lexicon relates, are one
    count of the places under restrictions, disputed."""
    en = extract_figures("The rules affect six million people in 210 towns and cities.", "en")
    fr = extract_figures("Les habitants des 214 communes concernées devront réduire leur consommation.", "fr")
    assert [f.unit for f in en][-1] == "town" and [f.unit for f in fr] == ["municipality"]
    assert _values(compare_figures(en, fr).conflicts) == [(210, 214)]


def test_livestock_killed_are_a_tally_disputed_however_far_apart():
    """Construction: "killed over 160 people and more than 200,000 livestock" against "près de 80.000 têtes de
    bétail sont mortes de froid": the animals a disaster kills are tallied as its toll is, and two reports'
    tallies dispute each other however far apart, as tolls do."""
    en = extract_figures("The cold has killed more than 150,000 livestock so far.", "en")
    fr = extract_figures("Près de 70.000 têtes de bétail sont mortes de froid.", "fr")
    assert [f.unit for f in en] == ["livestock"] == [f.unit for f in fr]
    assert _values(compare_figures(en, fr).conflicts) == [(150_000, 70_000)]


def test_an_additional_count_is_the_count_said_supplementaires():
    """Construction: "for an additional 74,000 borrowers" against "au profit de 74 000 emprunteurs
    supplémentaires": both give as many more, so the two counts (of nouns outside the lexicon) are one."""
    en = extract_figures("The plan cancels debt for an additional 61,000 borrowers.", "en")
    fr = extract_figures("Le plan annule la dette de 61 000 emprunteurs supplémentaires.", "fr")
    assert [f.change for f in en] == [True] == [f.change for f in fr]
    c = compare_figures(en, fr)
    assert _values(c.matched) == [(61_000, 61_000)] and not c.only_en and not c.only_fr


def test_a_rise_with_its_sign_spaced_is_no_share_to_dispute():
    """Construction: "des États-Unis (2,7 millions, + 33,2 %)" against "Accommodation alone made up 33.6% of total
    expenditures": a rise in a breakdown, its plus sign spaced, is no value of a share the other version gives."""
    fr = extract_figures("Les visiteurs venaient des États-Unis (2,4 millions, + 31,2 %).", "fr")
    assert [f.plus for f in fr if f.kind == "percent"] == [True]
    en = extract_figures("Lodging alone made up 31.6% of total spending.", "en")
    assert compare_figures(en, fr).conflicts == []


def test_the_previous_records_amount_disputes_no_amount_of_the_story():
    """Construction: "26 times larger than the previous record $7.5-million fine" against "une amende de 8
    millions de dollars" for misleading buyers: the earlier record is another case's amount, no value of this
    one's fines."""
    en = extract_figures(
        "The $180-million penalty is 28 times the previous record $6.5-million fine.", "en", "CAD"
    )
    fr = extract_figures(
        "La pénalité de 180 millions de dollars comprend une amende de 7 millions de dollars.", "fr", "CAD"
    )
    assert [f.earlier for f in en if f.kind == "money"] == [False, True]
    assert compare_figures(en, fr).conflicts == []


def test_the_amounts_of_two_worked_examples_dispute_nothing():
    """Construction: "someone paying $1,200 in monthly rent could soon pay up to $1,270" against "un locataire
    qui paie un loyer de 1000 $ pourrait voir sa facture grimper à 1059 $": each version works its own example,
    so its amounts are shown, never disputed; an amount outside an example still is."""
    en = extract_figures("It means someone paying $1,100 in rent could soon pay $1,165.", "en", "CAD")
    fr = extract_figures("Un locataire qui paie un loyer de 1000 $ pourrait payer 1059 $.", "fr", "CAD")
    assert all(f.example for f in en + fr)
    assert compare_figures(en, fr).conflicts == []
    en = extract_figures("The city will pay $1,100 to each tenant.", "en", "CAD")
    fr = extract_figures("La ville versera 1000 $ à chaque locataire.", "fr", "CAD")
    assert not any(f.example for f in en + fr)
    assert _values(compare_figures(en, fr).conflicts) == [(1100, 1000)]


def test_people_and_who_they_are_of_one_value_are_one_count():
    """Construction: "About 6,000 people were moved to other locations" against "6.000 vacanciers ont été tirés
    de leur sommeil": people, and the kind of people they are (holidaymakers), one value of ten or more, are one
    quantity."""
    en = extract_figures("About 7,000 people were moved to other sites.", "en")
    fr = extract_figures("Sur le bassin, 7.000 vacanciers ont été réveillés.", "fr")
    assert [f.unit for f in en] == ["person"] and [f.unit for f in fr] == ["guest"]
    c = compare_figures(en, fr)
    assert _values(c.matched) == [(7000, 7000)] and not c.only_en and not c.only_fr


def test_a_sentence_opening_connective_names_no_one_aged():
    """Construction: "Meanwhile, 18-year-old Daemen was named" against "Oliver Daemen, 18 ans": "Meanwhile" is
    no person's name, so the two ages are one."""
    en = extract_figures("Meanwhile, 18-year-old Daemen was named the fourth crew member.", "en")
    fr = extract_figures("Avec eux, le plus jeune, Oliver Daemen, 18 ans.", "fr")
    assert [f.place for f in en] == [None]
    assert _values(compare_figures(en, fr).matched) == [(18, 18)]


def test_an_additional_sum_disputes_a_sum_said_supplementaires():
    """Construction: "an additional $53.8 million in donations" against "57 millions de dollars
    supplémentaires": both give a sum more, so the two are one quantity, disputed."""
    en = extract_figures("The flight drew an additional $41.5 million in donations.", "en")
    fr = extract_figures("Le vol a permis de récolter 44 millions de dollars supplémentaires.", "fr")
    assert [f.change for f in en] == [True] == [f.change for f in fr]
    assert _values(compare_figures(en, fr).conflicts) == [(41.5e6, 44e6)]
