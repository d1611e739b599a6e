"""Stories in the domain: when a report joins a story, and the figures of a story as one table."""

from __future__ import annotations

from datetime import date

from reader.figures import extract_figures
from reader.pairing import evidence, evidence_score, proper_names
from reader.stories import quantity_table, specific_figures, story_fit, versions_disagree

# One takedown reported by three outlets (two English, one French) and, a day later, a second operation of
# the same agencies against the same kind of service: the follow-up shares the names and one background
# figure, but its own figures are new.
EN_WIRE = (
    "Police in Rotterdam and Lyon shut down the Kestrelnet messaging service on Tuesday. Investigators "
    "seized €145,000 in cash and 2.3 million messages, and identified 8,200 accounts across 33 countries. "
    "A 41-year-old man was arrested in Rotterdam, Europol said."
)
FR_DAILY = (
    "Les polices de Rotterdam et de Lyon ont fermé mardi la messagerie Kestrelnet. Les enquêteurs ont saisi "
    "145 000 euros en liquide et 2,3 millions de messages, et identifié 8 200 comptes dans 33 pays. Un "
    "homme de 41 ans a été interpellé à Rotterdam, selon Europol."
)
EN_OTHER_OUTLET = (  # another outlet: same quantities, one of them rounded differently
    "Kestrelnet, an encrypted messaging service, went dark after a joint raid by Dutch and French police in "
    "Rotterdam and Lyon. €150,000 in cash was seized along with 2.3 million messages; 8,200 user "
    "accounts in 33 countries were identified, according to Europol."
)
FR_FOLLOW_UP = (  # the next operation: same agencies and places, new figures
    "Après Kestrelnet, les polices de Rotterdam et de Lyon ont fermé jeudi la messagerie Orvalnet. Elles ont "
    "saisi 612 000 euros, 48 téléphones et 3 900 comptes dans 12 pays ; un homme de 29 ans a été interpellé "
    "à Lyon, selon Europol, qui évoque 33 pays touchés par ces services depuis 2023."
)


def _evidence(text: str, lang: str, day: int):
    figures = extract_figures(text, lang)
    return figures, evidence(figures, proper_names(text), date(2025, 3, day))


def _fit(report, members):
    figures, mine = report
    scores = [evidence_score(mine, theirs) for _, theirs in members]
    return story_fit(figures, scores, [figs for figs, _ in members])


def test_another_outlets_report_of_the_same_event_joins_the_story_even_where_it_disagrees():
    story = [_evidence(EN_WIRE, "en", 4), _evidence(FR_DAILY, "fr", 4)]
    fit = _fit(_evidence(EN_OTHER_OUTLET, "en", 4), story)
    assert fit.joins(), fit
    assert (fit.diverging, fit.matched) == (1, fit.specific - 1)  # €150,000: the cash seizure, another value


def test_another_outlets_report_with_one_of_the_storys_three_figures_and_none_disputed_joins_as_a_report():
    """Construction: another outlet's report of the takedown gives one of the story's figures ("2.3 million
    messages") and two of its own (the servers, their rent), none of them another value of the story's: as a
    report without a pair it joins the story, though as a candidate version (what pairing asks) it does not;
    the same report giving the accounts another value ("5,100 accounts") joins neither way."""
    other = (
        "Kestrelnet, the messaging service shut by police in Rotterdam and Lyon on Tuesday, held 2.3 million "
        "messages, Europol said. Its 17 servers in Rotterdam cost €61,500 a year to rent, a Lyon prosecutor added."
    )
    story = [_evidence(EN_WIRE, "en", 4), _evidence(FR_DAILY, "fr", 4)]
    fit = _fit(_evidence(other, "en", 4), story)
    assert (fit.specific, fit.matched, fit.diverging) == (3, 1, 0)
    assert fit.joins_as_another_report() and not fit.joins()
    disputed = _fit(_evidence(other.replace("17 servers", "5,100 accounts and 17 servers"), "en", 4), story)
    assert disputed.diverging and not disputed.joins_as_another_report()


def test_a_follow_up_of_the_same_family_does_not_join_though_it_shares_names_and_a_figure():
    story = [_evidence(EN_WIRE, "en", 4), _evidence(FR_DAILY, "fr", 4)]
    fit = _fit(_evidence(FR_FOLLOW_UP, "fr", 6), story)
    assert fit.best > 2.0  # pairing alone would take it for a version of the story
    assert not fit.joins(), fit


def test_one_link_is_not_enough_when_the_report_shares_nothing_with_the_rest_of_the_story():
    wire, daily = _evidence(EN_WIRE, "en", 4), _evidence(FR_DAILY, "fr", 4)
    unrelated = (extract_figures("Rain is expected on Sunday.", "en"), evidence([], set(), date(2025, 3, 4)))
    weak_link = story_fit(wire[0], [2.5, 0.0, 0.0], [daily[0], unrelated[0], unrelated[0]])
    assert weak_link.best >= 2.0 and not weak_link.joins()


def test_the_figures_of_a_story_are_one_row_per_quantity_with_a_column_per_version():
    versions = [
        (1, extract_figures(EN_WIRE, "en")),
        (2, extract_figures(FR_DAILY, "fr")),
        (3, extract_figures(EN_OTHER_OUTLET, "en")),
    ]
    table = quantity_table(versions)
    cash = next(r for r in table if r.kind == "money")
    assert (cash.unit, sorted(cash.values), cash.disagree) == ("EUR", [1, 2, 3], True)
    assert {f.value for f in cash.values.values()} == {145000, 150000}
    messages = next(r for r in table if r.kind == "count" and r.values[1].value == 2_300_000)
    assert sorted(messages.values) == [1, 2, 3] and not messages.disagree
    age = next(r for r in table if r.kind == "age")
    assert sorted(age.values) == [1, 2] and age.partial(3)  # the third outlet gives no age
    # disagreements first, then what only some versions report, then what all agree on
    order = [(r.disagree, r.partial(3)) for r in table]
    assert order == sorted(order, key=lambda o: (not o[0], not o[1]))
    assert table[0] is cash


def test_whether_versions_disagree_is_what_their_table_says():
    """Two versions are compared once without building the table; the answer is the table's."""
    wire, daily, other = (
        (1, extract_figures(EN_WIRE, "en")),
        (2, extract_figures(FR_DAILY, "fr")),
        (3, extract_figures(EN_OTHER_OUTLET, "en")),
    )
    for versions, expected in (([wire, daily], False), ([daily, other], True), ([wire, daily, other], True)):
        assert versions_disagree(versions) is expected
        assert any(q.disagree for q in quantity_table(versions)) is expected


def test_a_quantity_one_version_rounds_is_a_rounded_row_and_no_disagreement_of_the_story():
    """Construction: one outlet gives the share to two decimals ("40.96 percent"), another rounds it with a
    hedge ("près de 41 %"): the table's row holds both values, marked as disagreeing only by a rounding, and
    the story is not marked as one whose reports disagree. A third version's value apart ("42 %") makes the
    row a disagreement outright."""
    precise = (1, extract_figures("The challenger won with 40.96 percent of the vote.", "en"))
    rounded = (2, extract_figures("Le candidat l'emporte avec près de 41 % des voix.", "fr"))
    (row,) = quantity_table([precise, rounded])
    assert (row.disagree, row.rounded, sorted(row.values)) == (True, True, [1, 2])
    assert not versions_disagree([precise, rounded])
    apart = (3, extract_figures("Le candidat obtient 42 % des voix.", "fr"))
    (row,) = quantity_table([precise, rounded, apart])
    assert (row.disagree, row.rounded) == (True, False)
    assert versions_disagree([precise, rounded, apart])


def test_a_report_sharing_only_stock_evidence_with_a_close_knit_story_does_not_join():
    """Two versions of one event share far more than an unrelated report shares with them through stock
    amounts and names: the report must reach a share of the story's own cohesion."""
    wire, daily = _evidence(EN_WIRE, "en", 4), _evidence(FR_DAILY, "fr", 4)
    cohesion = evidence_score(wire[1], daily[1])
    loose = story_fit(wire[0], [2.1, 1.9], [daily[0], daily[0]], cohesion=cohesion)
    assert loose.average < 0.4 * cohesion and not loose.joins()
    assert story_fit(wire[0], [2.1, 1.9], [daily[0], daily[0]], cohesion=4.0).joins()


def test_figures_that_are_common_currency_count_among_a_reports_figures_but_never_as_the_storys():
    """A report whose specific figures are all stock amounts (reported by many other articles around its
    date) has figures, none of them the story's: it is not a short report judged on names alone."""
    wire, daily = _evidence(EN_WIRE, "en", 4), _evidence(FR_DAILY, "fr", 4)
    as_stock = story_fit([], [4.3, 4.3], [daily[0], wire[0]], cohesion=9.0, stock=4)
    assert (as_stock.specific, as_stock.matched) == (4, 0) and not as_stock.joins()
    assert story_fit([], [4.3, 4.3], [daily[0], wire[0]], cohesion=9.0).joins()  # truly without figures


def test_a_short_report_with_figures_none_of_which_is_the_storys_does_not_join_on_names():
    wire, daily = _evidence(EN_WIRE, "en", 4), _evidence(FR_DAILY, "fr", 4)
    other_figures = extract_figures(
        "Rotterdam and Lyon police said 612,000 euros and 3,900 files went.", "en"
    )
    fit = story_fit(other_figures, [5.1, 3.0], [wire[0], daily[0]], cohesion=9.0)
    assert fit.specific == 2 and fit.matched == 0 and fit.average > 4.0
    assert not fit.joins()


def test_an_amount_converted_into_another_currency_beside_it_is_not_a_figure_of_the_report():
    """Construction: "fined €150 million ($170 million)", "a $96 million (€88 million) fine": the outlet's
    own conversion, which other reports of the story need not share, so it never weighs against the report
    joining; an amount of another currency further on is a figure of its own."""
    converted = extract_figures("The regulator fined the firm €150 million ($170 million) on Thursday.", "en")
    assert [f.text for f in specific_figures(converted)] == ["€150 million"]
    reverse = extract_figures("It paid a $96 million (€88 million) fine.", "en")
    assert [f.text for f in specific_figures(reverse)] == ["$96 million"]
    apart = extract_figures("It paid €150 million, and its rival later paid $170 million.", "en")
    assert len(specific_figures(apart)) == 2
    story = extract_figures(
        "Le régulateur a infligé une amende de 150 millions d'euros à l'entreprise.", "fr"
    )
    fit = story_fit(converted, [2.6, 2.6], [story, story])
    assert (fit.matched, fit.specific) == (1, 1) and fit.joins()


def test_a_brief_whose_round_figures_are_mostly_the_storys_joins_and_one_with_its_own_does_not():
    """Construction: another outlet's brief of the event, with one specific figure of its own (a sum in
    another currency in its headline) beside the round amounts every report gives ("€65 million", "three
    months", "€100,000 per day"). Too few specific figures for coverage: its round figures decide. A brief of
    another fine by the same regulator that happens to share its one specific amount has round figures too,
    its own."""
    story_en = extract_figures(
        "The regulator fined Orvane €65 million and Tessel €40 million. Both have three months to comply or "
        "pay €100,000 per day. Its record fine was €100 million, for 1,840 breaches.",
        "en",
    )
    story_fr = extract_figures(
        "Le régulateur a infligé 65 millions d'euros à Orvane et 40 millions d'euros à Tessel, qui ont trois "
        "mois pour se conformer, sous astreinte de 100 000 euros par jour.",
        "fr",
    )
    brief = extract_figures(
        "Regulator hits Orvane and Tessel with $113 million. Orvane pays €65 million, Tessel €40 million, "
        "and each owes €100,000 a day after three months. Its earlier record was €100 million.",
        "en",
    )
    fit = story_fit(brief, [2.6, 2.4], [story_en, story_fr], cohesion=4.0)
    assert fit.coverage is None and fit.matched < fit.specific  # the headline's sum is its own
    assert fit.broad_matched >= 0.5 * fit.broad and fit.joins(), fit
    other_fine = extract_figures(
        "Regulator hits Orvane with $113 million. Orvane pays €65 million, Tessel €70 million, and each owes €200,000 a day after six "
        "months; 30 complaints were filed.",
        "en",
    )
    fit = story_fit(other_fine, [2.6, 2.4], [story_en, story_fr], cohesion=4.0)
    assert fit.broad >= 3 and not fit.joins(), fit


def _fit_to_kestrelnet(report, scores):
    """The fit of ``report`` (its figures) with the story of the wire's and the daily's versions, whose own
    evidence with each other is 5.0, given its evidence with each of them."""
    members = [_evidence(EN_WIRE, "en", 4)[0], _evidence(FR_DAILY, "fr", 4)[0]]
    return story_fit(report, scores, members, cohesion=5.0)


def test_a_full_report_with_a_breakdown_of_its_own_joins_on_strong_evidence():
    """Construction: another outlet's full report gives two of the story's figures and a breakdown of its
    own (accounts by country), so most of its specific figures are new. With the evidence two versions of
    one event share (several specific figures and rare names, the same day) it joins; with the evidence of
    a follow-up of the same family (names and background) it does not."""
    breakdown = extract_figures(
        "Kestrelnet went dark: €145,000 was seized and 8,200 accounts identified, 3,140 of them in the "
        "Netherlands, 2,460 in France, 1,270 in Belgium and 930 in Germany, with 17,600 users on a waiting list.",
        "en",
    )
    strong = _fit_to_kestrelnet(breakdown, [5.6, 5.1])
    assert strong.matched == 2 and strong.coverage is not None and strong.coverage < 0.4
    assert strong.joins(), strong
    assert not _fit_to_kestrelnet(breakdown, [4.6, 4.1]).joins()


def test_a_long_report_with_one_of_the_storys_quantities_joins_on_decisive_evidence():
    """Construction: another outlet's long report of the event (the service's whole history: its launch,
    its resellers, its founders' takings) gives one of the story's quantities (the cash seized) and five
    figures of its own, too few of the story's for a strong average. With the evidence two versions of one
    event share at its strongest (the rare names, most figures, the same day) it joins on that one
    quantity; with a strong but not decisive average it does not."""
    history = extract_figures(
        "Kestrelnet was launched with 1,900 users; €145,000 in cash was found in the raid. Over the years 27 "
        "of its resellers had been charged, 14 in Spain. Its founders made €730,000 and paid 62 moderators.",
        "en",
    )
    decisive = _fit_to_kestrelnet(history, [6.9, 6.2])
    assert (decisive.matched, decisive.diverging, decisive.specific) == (1, 0, 6), decisive
    assert decisive.coverage is not None and decisive.coverage < 0.25
    assert decisive.joins(), decisive
    assert not _fit_to_kestrelnet(history, [4.9, 4.7]).joins()
    # as close to one version as two versions of one event are, it joins on that one quantity too
    assert _fit_to_kestrelnet(history, [6.4, 1.6]).joins()


def test_a_report_close_to_one_version_joins_on_a_later_value_of_a_quantity():
    """Construction: another outlet's report of the takedown, written later: one quantity of the story with
    another value (more accounts identified) and five figures of its own, close to the English version (the
    same rare names and days) and far from the French one. It joins; a report of another event of the same
    family, no closer to either version than such reports come (4.5), does not."""
    later = extract_figures(
        "Kestrelnet's 12,400 accounts identified, 1,900 users, 27 resellers charged, 14 in Spain, "
        "€730,000 in takings and 62 moderators.",
        "en",
    )
    close = _fit_to_kestrelnet(later, [6.4, 1.6])
    assert (close.matched, close.diverging, close.close) == (0, 1, 0)
    assert close.coverage is not None and close.coverage < 0.15
    assert close.joins(), close
    assert not _fit_to_kestrelnet(later, [4.5, 3.2]).joins()


_CRASH_EN = (
    "Two trains collided near Varennes-sur-Lisle on Tuesday night, killing at least 36 people and injuring "
    "85, officials said. The passenger train carried 342 people. The 59-year-old stationmaster was arrested."
)
_CRASH_FR = (
    "La collision de deux trains près de Varennes-sur-Lisle a fait au moins 36 morts et 85 blessés mardi soir. "
    "Le train de voyageurs transportait 342 passagers ; le chef de gare, âgé de 59 ans, a été arrêté."
)
_CRASH_OTHER_FR = (  # another outlet, earlier in the night: a lower toll, and figures of its own
    "Trente-deux personnes ont été tuées et 85 blessées dans la collision de deux trains près de "
    "Varennes-sur-Lisle. Selon les secours, 57 blessés ont été hospitalisés et 140 sauveteurs mobilisés."
)


def test_a_toll_counted_at_another_hour_counts_as_the_storys_quantity_not_as_a_new_figure():
    """Construction: another outlet's report gives the toll as it stood earlier (32 dead against 36) beside
    figures of its own: a value this close to the story's is the same quantity and counts fully towards
    the report's coverage, while a follow-up's count of another size (3,900 accounts against 8,200) counts
    half (see the follow-up test above)."""
    story = [_evidence(_CRASH_EN, "en", 4), _evidence(_CRASH_FR, "fr", 4)]
    fit = _fit(_evidence(_CRASH_OTHER_FR, "fr", 4), story)
    assert (fit.specific, fit.matched, fit.diverging, fit.close) == (4, 1, 1, 1), fit
    assert fit.coverage == 0.5 and fit.joins()


def test_a_short_report_with_a_figure_of_its_own_joins_when_most_of_its_round_figures_are_the_storys():
    """Construction: a short version (one specific figure, the injured count as it stood later, and several
    round ones: the years since the last such quake, the workers trapped, "plus de 700 blessés") whose round
    figures are half the story's: it is a version of the story, though its one specific figure is new. With
    round figures of its own too it is not."""
    from reader.stories import Fit

    short = Fit(
        scores=(3.0, 2.4), cohesion=3.9, matched=0, diverging=0, specific=1, broad=6, broad_matched=3.0
    )
    assert short.coverage is None and short.joins()
    assert not Fit((3.0, 2.4), 3.9, 0, 0, 1, broad=6, broad_matched=1.0).joins()


def test_a_short_report_joins_with_half_of_its_few_specific_figures_in_the_story():
    """Construction: another outlet's short report of the story gives two specific figures, one of them the
    story's (or the story's toll counted at another hour, within 15%) and one of its own (the passengers'
    ages): it joins. With neither in the story, its names alone do not make it one."""
    from reader.stories import Fit

    assert Fit((3.9, 4.0), 5.4, matched=1, diverging=0, specific=2, broad=4, broad_matched=1.0).joins()
    assert Fit(
        (3.9, 4.0), 5.4, matched=0, diverging=1, specific=2, close=1, broad=2, broad_matched=0.5
    ).joins()
    assert not Fit((3.9, 4.0), 5.4, matched=0, diverging=0, specific=2, broad=4, broad_matched=0.0).joins()


def test_a_short_report_this_close_to_every_version_joins_with_a_figure_of_its_own():
    """Construction: a local station's brief of a plant's shift cut shares the union's and the company's rare
    names and the day with both versions (evidence 5.39 and 5.17) and gives one figure of its own (the
    vehicles the shift built): another outlet's report of the story. A report of another event of that company
    with figures of its own shares less (4.09 and 4.0) and stays out."""
    from reader.stories import Fit

    assert Fit((5.39, 5.17), 4.35, matched=0, diverging=0, specific=1, broad=2, broad_matched=0.0).joins()
    assert not Fit((4.09, 4.0), 4.35, matched=0, diverging=0, specific=2, broad=2, broad_matched=0.0).joins()


def test_a_report_with_one_round_figure_of_its_own_joins_as_a_report_without_figures():
    """Construction: another outlet's short report of a glaciers study shares the scientists' names and the day
    with the versions (evidence 4.9 and 1.4) and gives one round figure the story does not ("some 200
    glaciers"): one round figure tells no event, so it joins on names and dates as a report without figures
    does; with two round figures of its own it needs the evidence of names alone."""
    from reader.stories import FIGURELESS_AVERAGE, JOIN_AVERAGE_WITHOUT_FIGURES, Fit

    brief = Fit((4.9, 1.4), 1.56, matched=0, diverging=0, specific=0, broad=1, broad_matched=0.0)
    assert FIGURELESS_AVERAGE <= brief.average < JOIN_AVERAGE_WITHOUT_FIGURES
    assert brief.joins()
    assert not Fit((4.9, 1.4), 1.56, matched=0, diverging=0, specific=0, broad=2, broad_matched=0.0).joins()


def test_a_short_report_with_half_its_figures_the_storys_joins_on_moderate_evidence():
    """Construction: a regional paper's short report of an outage gives two specific figures, one the
    story's, with evidence 3.06 and 3.52 with the two versions (average 3.29): it joins, and so does another
    outlet's brief at 2.5 and 2.72 (a follow-up's tally of a tornado's dead); at an average of 2.5 it does not."""
    from reader.stories import Fit

    assert Fit((3.06, 3.52), 6.25, matched=1, diverging=0, specific=2, broad=2, broad_matched=1.0).joins()
    assert Fit((2.5, 2.72), 4.78, matched=1, diverging=0, specific=2, broad=3, broad_matched=1.0).joins()
    assert not Fit((2.4, 2.6), 6.25, matched=1, diverging=0, specific=2, broad=2, broad_matched=1.0).joins()


def test_a_brief_this_close_to_one_version_joins_with_one_of_the_storys_figures():
    """Construction: another outlet's brief of the same announcement (a business paper's short item on job
    cuts) shares 5.7 with one version and little with the other, gives one specific figure of its own (a
    cost) and one of the story's round figures: it joins, and so does one 4.4 from a version (a brief naming
    the story's people and places). The same brief sharing no figure of the story stays out, and so does one no
    closer than 3.9 to any version."""
    from reader.stories import Fit

    assert Fit((1.35, 5.72), 3.3, matched=0, diverging=0, specific=1, broad=2, broad_matched=1.0).joins()
    assert Fit((3.75, 4.41), 3.67, matched=0, diverging=0, specific=1, broad=2, broad_matched=1.0).joins()
    assert not Fit((1.35, 5.72), 3.3, matched=0, diverging=0, specific=1, broad=2, broad_matched=0.0).joins()
    assert not Fit((2.5, 3.9), 3.3, matched=0, diverging=0, specific=1, broad=2, broad_matched=1.0).joins()


def test_a_version_closer_to_another_outlets_report_than_to_its_partner_joins_their_story():
    """Construction: a French report of a fire (one specific figure of its own, the residents evacuated, and
    the story's "près de 1000" homes) shares 2.70 with the English version and 5.21 with another French
    outlet's report, which pairing preferred for the English one: it joins that story. Below 4.0 from any member
    (the evidence of a neighbouring event's report) it stays out."""
    from reader.stories import Fit

    assert Fit((2.7, 5.21), 5.46, matched=0, diverging=0, specific=1, broad=3, broad_matched=1.0).joins()
    assert not Fit((2.7, 3.9), 5.46, matched=0, diverging=0, specific=1, broad=3, broad_matched=1.0).joins()


def test_a_brief_with_no_specific_figure_joins_on_the_storys_round_figures_and_evidence_beyond_the_bar():
    """Construction: another outlet's brief of a merger or a plea (a regional radio's short item) gives no
    specific figure, one or two round ones the story gives ("$3 billion", "two years"), and shares names with
    both versions (average 2.9): it joins. With none of the story's round figures, or with the evidence of
    a family report (average 2.2), it stays out; a brief with a specific figure of its own is judged on it."""
    from reader.stories import Fit

    assert Fit((2.6, 3.2), 3.5, matched=0, diverging=0, specific=0, broad=2, broad_matched=2.0).joins()
    assert Fit((2.3, 5.4), 2.9, matched=0, diverging=0, specific=0, broad=2, broad_matched=1.0).joins()
    assert not Fit((2.6, 3.2), 3.5, matched=0, diverging=0, specific=0, broad=2, broad_matched=0.0).joins()
    assert not Fit((1.9, 2.5), 3.5, matched=0, diverging=0, specific=0, broad=2, broad_matched=2.0).joins()
    assert not Fit((2.6, 3.2), 3.5, matched=0, diverging=0, specific=1, broad=2, broad_matched=2.0).joins()


def test_evidence_that_alone_tells_one_event_needs_no_share_of_a_very_close_story():
    """An agency's release and a paper's full copy of it share far more than any other report can (here 25):
    a wire's shorter account with evidence that alone tells one event (10 with each) joins, while one with
    the usual evidence against so close a story still needs its share of it."""
    from reader.stories import COHESION_SHARE, DECISIVE_AVERAGE, Fit

    close_story = 25.0
    wire = Fit(scores=(10.2, 9.3), cohesion=close_story, matched=0, diverging=0, specific=0)
    assert wire.average < COHESION_SHARE * close_story and wire.average >= DECISIVE_AVERAGE
    assert wire.evidence_enough()
    weaker = Fit(scores=(5.0, 4.0), cohesion=close_story, matched=0, diverging=0, specific=0)
    assert not weaker.evidence_enough()


def test_a_report_with_no_figure_of_weight_joins_on_names_and_dates_beyond_the_figureless_bar():
    """Construction: another outlet's short dispatch of a hospital's cyberattack or a storm names the same
    institutions, people and days as both versions but gives no toll and no amount (no figure of any
    weight): it joins from FIGURELESS_AVERAGE of evidence, below the bar a report with figures of its own
    needs. A report of another event sharing a city's and a minister's names (average 2.1) stays out, and a
    report with a specific figure of its own is still judged on it (a single round one tells no event, two do)."""
    from reader.stories import FIGURELESS_AVERAGE, JOIN_AVERAGE_WITHOUT_FIGURES, Fit

    assert FIGURELESS_AVERAGE < JOIN_AVERAGE_WITHOUT_FIGURES
    assert Fit((2.8, 3.5), 3.0, matched=0, diverging=0, specific=0).joins()
    assert not Fit((1.9, 2.3), 3.0, matched=0, diverging=0, specific=0).joins()
    assert Fit((2.8, 3.5), 3.0, matched=0, diverging=0, specific=0, broad=1, broad_matched=0.0).joins()
    assert not Fit((2.8, 3.5), 3.0, matched=0, diverging=0, specific=0, broad=2, broad_matched=0.0).joins()
    assert not Fit((2.8, 3.5), 3.0, matched=0, diverging=0, specific=1).joins()


def test_evidence_that_alone_tells_one_event_joins_a_report_whose_figures_are_all_its_own():
    """Construction: another outlet's later report of a rescue (the same rare names of the climbers, the
    guide and the valley, the same days) gives the toll as it has since grown and figures of its own, none
    of them the story's: with the evidence that alone tells one event it joins; with a strong but not
    decisive average, figures none of which are the story's keep it out."""
    from reader.stories import DECISIVE_AVERAGE, Fit

    later = Fit((6.3, 7.2), 6.0, matched=0, diverging=0, specific=3)
    assert later.average >= DECISIVE_AVERAGE and later.coverage == 0
    assert later.joins()
    assert Fit((7.0, 5.9), 6.0, matched=0, diverging=0, specific=1, broad=2, broad_matched=0.0).joins()
    assert not Fit((4.9, 4.6), 6.0, matched=0, diverging=0, specific=3).joins()
    assert not Fit((4.9, 4.6), 6.0, matched=0, diverging=0, specific=1, broad=2, broad_matched=0.0).joins()


def test_a_close_estimate_of_the_storys_count_counts_as_a_close_value_of_it():
    """Construction: another outlet's report gives "365 people were hospitalised" where the story's version says
    "près de 400 blessés" (a count within an estimate's reach of the story's hedged value): a close value of
    the story's quantity, counted towards the report's coverage as another hour's toll is."""
    report = extract_figures("The quake killed 267 people and 365 people were hospitalised.", "en")
    assert [(f.value, f.unit) for f in report] == [(267, "death"), (365, "hospitalised")]
    story = extract_figures("Le séisme a fait 247 morts et près de 400 blessés.", "fr")
    assert [(f.value, f.unit) for f in story] == [(247, "death"), (400, "injury")]
    fit = story_fit(report, [3.0], [story])
    assert (fit.matched, fit.diverging, fit.close) == (0, 2, 2), fit
