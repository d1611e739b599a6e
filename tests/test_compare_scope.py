"""Comparison rules learnt from real EN/FR pairs: which dollar a bare "$" is, a total against its parts, and
small counts too far apart to be one quantity. Each test's sentences are our own, with the construction named."""

from __future__ import annotations

from reader.figures import compare_figures, extract_figures
from reader.figures.compare import same_currency


def _conflicts(en_text: str, fr_text: str) -> list[tuple[float, float]]:
    """The values of the conflicts between an English and a French sentence."""
    c = compare_figures(extract_figures(en_text, "en"), extract_figures(fr_text, "fr"))
    return [(a.value, b.value) for a, b in c.conflicts]


def _one_figure(en_text: str, fr_text: str) -> bool:
    """Whether an English and a French sentence give one figure, matched, with nothing left on either side."""
    c = compare_figures(extract_figures(en_text, "en"), extract_figures(fr_text, "fr"))
    return len(c.matched) == 1 and not c.only_en and not c.only_fr


def _two_figures(en_text: str, fr_text: str) -> bool:
    """Whether an English and a French sentence give one figure each, left apart: two quantities of one value."""
    c = compare_figures(extract_figures(en_text, "en"), extract_figures(fr_text, "fr"))
    return c.matched == [] and len(c.only_en) == len(c.only_fr) == 1


def test_a_bare_dollar_amount_is_the_other_versions_named_dollar_of_the_same_value():
    """Construction: a Canadian wire on a site that does not say it is Canadian ("$480 million", read as US
    dollars) against the French version's "480 M$ CA" or a .ca site's bare "$": the same amount."""
    en = extract_figures("The storm caused $480 million in insured losses, the bureau said.", "en", "USD")
    fr = extract_figures("La tempête a causé 480 M$ CA de pertes assurées, selon le bureau.", "fr", "CAD")
    c = compare_figures(en, fr)
    assert [(a.text, b.text) for a, b in c.matched] == [("$480 million", "480 M$ CA")]
    assert not c.only_en and not c.only_fr
    bare_fr = extract_figures("La tempête a causé 480 millions $ de pertes assurées.", "fr", "CAD")
    assert len(compare_figures(en, bare_fr).matched) == 1


def test_two_named_dollars_stay_two_currencies_and_other_currencies_never_mix():
    us = extract_figures("The fund holds US$480 million.", "en")[0]
    ca = extract_figures("Le fonds détient 480 millions de dollars canadiens.", "fr")[0]
    euros = extract_figures("Le fonds détient 480 millions d'euros.", "fr")[0]
    bare = extract_figures("The fund holds $480 million.", "en", "USD")[0]
    assert not same_currency(us, ca)
    assert same_currency(bare, ca) and same_currency(bare, us)
    assert not same_currency(bare, euros)


def test_a_count_given_in_parts_is_no_conflict_with_the_total():
    """Construction: "92 dead in the region and 3 more elsewhere" against the other version's "95 morts":
    the parts add up to the total, which is no disagreement."""
    en = extract_figures("Floods caused 92 deaths in the region and 3 deaths elsewhere.", "en")
    fr = extract_figures("Les inondations ont fait 95 morts.", "fr")
    c = compare_figures(en, fr)
    assert not c.conflicts
    # with no part to make up the difference, the same tolls do conflict
    alone = extract_figures("Floods caused 92 deaths in the region.", "en")
    assert [(a.value, b.value) for a, b in compare_figures(alone, fr).conflicts] == [(92, 95)]


def test_small_counts_far_apart_are_two_quantities_not_one_in_dispute():
    """Construction: an election report gives one party's 28 seats, the other version another party's 13
    sièges: small counts more than 1.5 times apart are two parties (and so may be 17 and 30 companies hit). A
    toll updated from 329 to 672 injured, or 90 seats against 89, still conflict."""
    en = extract_figures("The liberals won 28 seats.", "en")
    fr = extract_figures("Le centre obtient 13 sièges.", "fr")
    assert not compare_figures(en, fr).conflicts
    assert _conflicts("The party won 90 seats.", "Le parti obtient 89 sièges.") == [(90, 89)]
    assert _conflicts("At least 329 people were injured.", "On compte 672 blessés.") == [(329, 672)]
    assert _conflicts("The gang hit 17 companies.", "Le gang a frappé 30 entreprises.") == []


def test_images_patients_and_passengers_are_nouns_of_the_lexicon():
    """Constructions: a database of "30+ billion images" against "25 milliards d'images" (one quantity, two
    close values: a conflict, which a noun outside the lexicon could never be; 20 milliards, half as many
    again, is as likely another count, see TALLY_UNITS); an airline's "13 million passengers" against "13
    millions de clients" (passengers are its customers: one figure)."""
    assert _conflicts(
        "The firm built a database of 30+ billion images of faces.",
        "L'entreprise a constitué une banque de 25 milliards d'images.",
    ) == [(30e9, 25e9)]
    assert _one_figure(
        "The airline carried nearly 13 million passengers.",
        "La compagnie a transporté près de 13 millions de clients.",
    )


def test_reported_cases_of_an_attack_are_the_attacks_of_the_other_version():
    """Construction: the police counted "13 reported ransomware cases", the French report "13 attaques":
    one quantity; two unrelated nouns of one value (five people, five cars) still stay apart."""
    assert _one_figure(
        "Last year, police received 13 reported ransomware cases.",
        "L'an dernier, la police a reçu le signalement de 13 attaques.",
    )
    assert _two_figures(
        "Police seized 13 cars.", "L'an dernier, la police a reçu le signalement de 13 attaques."
    )


def test_one_amount_in_two_currencies_is_its_currency_disputed():
    """Construction: the English report's "over $100 million" against the French "près de 100 millions
    d'euros", each version with other amounts beside it: one amount whose currency the reports disagree on,
    not two amounts each missing from the other version. Two amounts of one currency and different values
    (a ransom against the losses) stay apart."""
    en = extract_figures(
        "The gang hit hospitals and schools and collected over $100 million. It once demanded $5 million.",
        "en",
    )
    fr = extract_figures(
        "Le gang a extorqué près de 100 millions d'euros, dont 3 millions de dollars à un seul hôpital.", "fr"
    )
    c = compare_figures(en, fr)
    assert [(a.text, b.text) for a, b in c.conflicts] == [("$100 million", "100 millions d'euros")]
    assert [f.value for f in c.only_en] == [5e6] and [f.value for f in c.only_fr] == [3e6]
    ransom = extract_figures("The firm paid a ransom of $9 million.", "en")
    losses = extract_figures("Les pertes atteignent 58 millions de dollars.", "fr")
    assert not compare_figures(ransom, losses).conflicts


def test_bodies_recovered_are_a_toll_and_victims_may_be_organisations():
    """Constructions: "265 bodies have reached the hospital" against "204 corps récupérés" (one toll, two
    values: a conflict); a gang's "1,500 victims" against "1 500 organisations" (the victims were
    organisations: one figure)."""
    assert _conflicts(
        "So far 265 bodies have reached the hospital.", "Les secours ont récupéré 204 corps."
    ) == [(265, 204)]
    assert _one_figure(
        "The gang has targeted more than 1,500 victims worldwide.",
        "Le gang a visé 1 500 organisations dans le monde.",
    )


def test_a_figure_of_an_earlier_year_disputes_only_a_figure_of_that_year():
    """Construction: the English report recalls an earlier theft ("In 2018, the exchange lost 58 billion
    yen"), the French one gives this theft's "48,2 milliards de yen": two events, no conflict (each is only
    in one version). The earlier theft's two amounts, dated alike, still dispute each other."""
    en = extract_figures("In 2018, the exchange lost 58 billion yen. This week it lost $305 million.", "en")
    fr = extract_figures("Les pirates ont dérobé 48,2 milliards de yen.", "fr")
    c = compare_figures(en, fr)
    assert not c.conflicts and [f.value for f in c.only_fr] == [48.2e9]
    assert 58e9 in [f.value for f in c.only_en]
    fr_recalled = extract_figures("En 2018, la plateforme avait perdu 52 milliards de yen.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr_recalled).conflicts] == [(58e9, 52e9)]


def test_reports_and_signalements_are_one_counted_noun():
    """Construction: a fraud centre "received 46,465 reports" against "a reçu 46 317 signalements": one
    count, two values (a conflict); "the 2019 report" names a year's report and counts nothing."""
    assert _conflicts(
        "The centre received 46,465 reports of fraud.", "Le centre a reçu 46 317 signalements de fraude."
    ) == [(46465, 46317)]
    assert [f.kind for f in extract_figures("The 2019 report was damning.", "en")] == ["year"]


def test_cases_of_a_disease_are_people():
    """Construction: "seven people have been admitted to intensive care" against "sept cas graves": the cases
    are the people, one figure; seven people are still not seven cars."""
    assert _one_figure(
        "Seven people have been admitted to intensive care.",
        "Sept cas graves ont nécessité une hospitalisation.",
    )
    assert _two_figures("Police seized seven cars.", "Sept cas graves ont nécessité une hospitalisation.")


def test_a_count_precise_enough_is_one_quantity_whatever_its_nouns():
    """Construction: "attacks against 168 companies" and "168 cyberattaques" count one quantity with two
    nouns; a value of three significant digits is evidence enough. A round value is not: "150 arrests"
    and "150 ordinateurs" stay two figures, each in one version."""
    same = compare_figures(
        extract_figures("Attacks hit 168 international companies.", "en"),
        extract_figures("Le groupe a mené 168 cyberattaques.", "fr"),
    )
    assert [(a.value, b.value) for a, b in same.matched] == [(168, 168)]
    assert _two_figures("Police made 150 arrests.", "150 ordinateurs saisis.")


def test_agencies_may_be_the_companies_of_the_other_version():
    """Construction: "16 travel agencies" and "16 sociétés touristiques": the lexicon relates them."""
    assert _one_figure("Police shut 16 travel agencies.", "16 sociétés touristiques ont été fermées.")


def test_parties_and_doses_are_counted_things_of_their_own():
    """Construction: a value said of two nouns in one version ("26 sièges", "26 partis") is matched once to
    the other version's "26 seats", and the parties stay reported by one version only; "two doses" is
    not "deux décès"."""
    c = compare_figures(
        extract_figures("The alliance won 26 seats.", "en"),
        extract_figures("L'alliance a remporté 26 sièges, face à 26 partis politiques.", "fr"),
    )
    assert [f.unit for f in c.only_fr] == ["party"]
    doses = compare_figures(
        extract_figures("Children need two doses.", "en"), extract_figures("Il y a eu deux décès.", "fr")
    )
    assert doses.matched == [] and [f.unit for f in doses.only_en] == ["dose"]


def test_common_counted_things_of_disasters_are_in_the_lexicon():
    """Construction: "12 ambulances" and "douze villages" are two quantities of one value, not one; "1.2
    million households" and "1,2 million de personnes" (a power cut) may be one; "six villages" and "six
    villages" are."""
    assert _two_figures("The agency sent 12 ambulances.", "Au moins douze villages ont été détruits.")
    assert _one_figure(
        "1.2 million households lost power.", "1,2 million de personnes privées d'électricité."
    )
    assert _one_figure("About six villages were destroyed.", "Environ six villages ont été détruits.")


def test_a_count_of_a_noun_outside_the_lexicon_is_no_part_of_another_total():
    """Construction: "police from 10 countries" against "Douze pays" conflict, even though the English
    version also counts "two LockBit actors" (10 + 2 = 12 is a coincidence of nouns that cannot add up);
    "92 dead in Valencia" and "three more fatalities" still add up to the other version's "95 morts"."""
    en = extract_figures(
        "Police from 10 countries took part. Separately, two LockBit actors were arrested.", "en"
    )
    c = compare_figures(en, extract_figures("Douze pays ont participé à l'opération.", "fr"))
    assert [(a.value, b.value) for a, b in c.conflicts] == [(10, 12)]
    parts = compare_figures(
        extract_figures(
            "The floods killed 92 people in Valencia. Three more fatalities were recorded.", "en"
        ),
        extract_figures("Les inondations ont fait au moins 95 morts.", "fr"),
    )
    assert parts.conflicts == []


def test_a_headline_bound_leaves_the_other_versions_toll_to_the_stated_one():
    """Construction: a headline's "over 150" agrees with the other version's "154", but the body's stated
    "153 people were killed" is that quantity with another value: 153 and 154 conflict, and the bound is
    left alone. An estimate of a value it rounds ("nearly 100 million" and "98 millions") is a rounding's
    dispute, told apart."""
    c = compare_figures(
        extract_figures("Crush kills over 150 people. Officials said 153 people were killed.", "en"),
        extract_figures("La bousculade a fait 154 morts.", "fr"),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(153, 154)]
    estimate = compare_figures(
        extract_figures("Canadians lost nearly $100 million to fraud.", "en", "CAD"),
        extract_figures("Les pertes ont atteint 98 millions de dollars.", "fr", "CAD"),
    )
    assert (
        [(a.value, b.value) for a, b in estimate.rounded]
        == [(100e6, 98e6)]
        == [(a.value, b.value) for a, b in estimate.conflicts]
    )


def test_a_sentence_in_months_matches_one_in_years_and_months_and_clients_may_be_patients():
    """Constructions: "64 months" against "cinq ans et quatre mois"; a psychotherapy centre's "33,000
    clients" against "33.000 patients"; "about 125 kilometres" never agrees with a toll of "122"."""
    assert _one_figure("He was sentenced to 64 months.", "Il a été condamné à cinq ans et quatre mois.")
    assert _one_figure("It held the records of 33,000 clients.", "Les dossiers de 33.000 patients ont fuité.")
    far = compare_figures(
        extract_figures("The epicentre was about 125 kilometres west.", "en"),
        extract_figures("Il y a eu 122 morts dans les Nippes.", "fr"),
    )
    assert far.matched == far.repeats == far.conflicts == []


def test_an_earlier_value_of_a_toll_disputes_nothing():
    """Construction: "a previous count of 304 dead" and "Le bilan était alors de 17 morts" give a toll as it
    stood before; the other version's current toll is no other value of it (each stays one-sided). "The
    initial toll of 12 rose to 40": only the 12 is earlier."""
    c = compare_figures(
        extract_figures("Officials raised the toll, which follows a previous count of 304 dead.", "en"),
        extract_figures("Le séisme a fait 700 morts.", "fr"),
    )
    assert c.conflicts == [] and [f.value for f in c.only_en] == [304]
    assert [f.earlier for f in extract_figures("The initial toll of 12 rose to 40.", "en")] == [True, False]
    earlier = extract_figures("Le bilan était alors de 17 morts, alors que 20 personnes sont mortes.", "fr")
    assert [(f.value, f.earlier) for f in earlier] == [(17, True), (20, False)]
    assert earlier[0].to_dict()["earlier"] is True and "earlier" not in earlier[1].to_dict()


def _titled(title: str, body: str, lang: str) -> list:
    figures = extract_figures(title, lang)
    for f in figures:
        f.field = "title"
    return [*extract_figures(body, lang), *figures]


def test_a_headline_rounding_its_own_bodys_figure_is_compared_through_it():
    """Construction: a headline's "over 150" or "700 morts" rounds its own body's "153" or "724 morts": it is
    not flagged one-sided, and the body's figure is what is compared; a headline figure the body does not
    give stays one-sided."""
    en = _titled("Seoul mourns over 150 crushed to death", "Officials said 153 people were killed.", "en")
    c = compare_figures(en, extract_figures("La bousculade a fait 154 morts.", "fr"))
    assert [(a.value, b.value) for a, b in c.conflicts] == [(153, 154)] and c.only_en == []
    fr = _titled("Séisme en Haïti : 700 morts", "Le séisme a fait 724 morts.", "fr")
    c = compare_figures(extract_figures("The quake killed 724 people.", "en"), fr)
    assert len(c.matched) == 1 and c.only_fr == []
    fr = _titled("Séisme : 300 000 sinistrés", "Le séisme a fait 724 morts.", "fr")
    c = compare_figures(extract_figures("The quake killed 724 people.", "en"), fr)
    assert [f.value for f in c.only_fr] == [300_000]


def _titled(title: str, body: str, lang: str) -> list:
    """A version's figures as an article gives them: its title's, then its body's."""
    headline = extract_figures(title, lang)
    for f in headline:
        f.field = "title"
    return headline + extract_figures(body, lang)


def test_a_headline_rounding_its_own_body_neither_disputes_nor_stands_alone():
    """Construction: each version's headline rounds its own body's toll ("jumps to nearly 700" over "694
    found dead", "1 000 morts" over "1 002 personnes"): the bodies' figures are the quantity compared, and
    they disagree; the headlines, closer to each other, are no second disagreement."""
    c = compare_figures(
        _titled("Quake toll jumps to nearly 700", "State television said 694 people were found dead.", "en"),
        _titled("Le bilan du séisme atteint 1 000 morts", "Le séisme a tué 1 002 personnes.", "fr"),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(694, 1002)]
    assert c.only_en == c.only_fr == []


def test_a_headline_rounding_its_body_takes_no_match_from_the_body_it_rounds():
    """Constructions: "Painting sells for $450M" over "went for $450.3 million", against "450 millions de dollars";
    "Wheat harvest to fall 30%" over "fall by 29 percent", against "en chute de 30 %": the headline's round value
    equals the other version's, but the body's is the quantity compared, and it disagrees (a rounding, as the
    development set counts "$40.1 billion" against "40 milliards")."""
    c = compare_figures(
        _titled("Portrait sells for $450M", "The portrait went for $450.3 million at auction.", "en"),
        extract_figures("Le portrait a été adjugé 450 millions de dollars.", "fr"),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(450_300_000, 450_000_000)]
    assert c.matched == [] and c.only_en == c.only_fr == []
    c = compare_figures(
        extract_figures("Wheat output will fall by 30 percent this year.", "en"),
        _titled("Blé : la récolte chutera de 30%", "La récolte va reculer de 29% cette année.", "fr"),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(30, 29)]


def test_a_round_restatement_in_the_body_leaves_the_dispute_to_the_stated_figure():
    """Construction: a lede rounds the toll its next sentence states ("has jumped to nearly 700", then "694
    people have now been found dead"; "s'alourdit à 1000 morts", then "la mort de 1002 personnes"). The
    stated tolls are the disagreement; the roundings, nearer each other, are not paired as one."""
    c = compare_figures(
        extract_figures(
            "The death toll has jumped to nearly 700. Television said 694 people have now been found dead.",
            "en",
        ),
        extract_figures(
            "Le bilan s'alourdit à 1000 morts. Le séisme a provoqué la mort de 1002 personnes.", "fr"
        ),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(694, 1002)]


def test_a_count_in_another_sentence_is_no_other_part_of_a_total():
    """Construction: a total, then in the next sentence how many of them fared worse ("18 people had been
    injured." then "three people were critically injured"). The three are among the 18, not the rest of the
    other version's "21 blessés": 18 and 21 disagree. Said in one sentence ("92 in Valencia and three in
    Cuenca") the two counts still add up to the other version's 95."""
    c = compare_figures(
        extract_figures(
            "Officials said 18 people had been injured. Earlier, three people were critically injured.", "en"
        ),
        extract_figures("Au total, 21 personnes ont été blessées.", "fr"),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(18, 21)]
    together = compare_figures(
        extract_figures("The floods killed 92 people in Valencia and three in Cuenca.", "en"),
        extract_figures("Les inondations ont fait au moins 95 morts.", "fr"),
    )
    assert together.conflicts == []


def test_two_specific_counts_a_few_per_cent_apart_are_one_quantity_whatever_their_nouns():
    """Construction: a digit changed between two reports of a stated total ("6,448 arrests" against "6.548
    personnes ont été arrêtées"; a count with no noun "at 12.7 million" against "12,9 millions
    d'habitants"): two precise counts that close are one quantity told two ways, a conflict, not two flags.
    Round values that close ("500" against "480 comptes") say too little, and so do counts far apart."""
    c = compare_figures(
        extract_figures("Police made 6,448 arrests worldwide.", "en"),
        extract_figures("Au total, 6.548 personnes ont été arrêtées.", "fr"),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(6448, 6548)]
    assert c.only_en == c.only_fr == []
    bare = compare_figures(
        extract_figures("The population of the province stood at 12.7 million.", "en"),
        extract_figures("La province compte 12,9 millions d'habitants.", "fr"),
    )
    assert [(a.value, b.value) for a, b in bare.conflicts] == [(12_700_000, 12_900_000)]
    for en, fr in (
        ("Some 500 sites were seized.", "Au total, 480 comptes ont été saisis."),
        ("Police made 6,448 arrests.", "Au total, 7.548 personnes ont été contrôlées."),
    ):
        assert compare_figures(extract_figures(en, "en"), extract_figures(fr, "fr")).conflicts == []


def test_a_round_restatement_of_a_stated_count_goes_with_that_count():
    """Construction: a lede rounds a count its body states ("Plus de 4 000 victimes", then "4 318
    victimes"). When the stated count matches the other version, the rounding is no figure of its own; when
    it disputes the other version's count ("3,614 people" against "3 641"), the stated counts are the
    conflict and the rounding, which agrees with both, is not flagged. A bound the other version's value
    does not fit ("more than 600" beside 632, against 820) still stands alone."""
    matched = compare_figures(
        extract_figures("Police rescued 4,318 victims.", "en"),
        extract_figures("Plus de 4 000 victimes secourues. La police a secouru 4 318 victimes.", "fr"),
    )
    assert matched.only_en == matched.only_fr == []
    disputed = compare_figures(
        extract_figures("The operation led to the arrest of 3,614 people.", "en"),
        extract_figures(
            "Plus de 3 500 personnes arrêtées. Au total, 3 641 personnes ont été arrêtées.", "fr"
        ),
    )
    assert [(a.value, b.value) for a, b in disputed.conflicts] == [(3614, 3641)]
    assert disputed.only_en == disputed.only_fr == []
    apart = compare_figures(
        extract_figures("The quake killed more than 600 people. The ministry said 632 people died.", "en"),
        extract_figures("Le séisme a fait au moins 820 morts.", "fr"),
    )
    assert [f.value for f in apart.only_en] == [600]


def test_close_specific_counts_of_unrelated_people_are_two_quantities():
    """Construction: "All 175 passengers" against "174 morts": close specific counts, but
    passengers and the dead are two kinds of people, so no conflict; a bound beside a part of the count it
    rounds ("230 passengers and 12 crew" beside "242 people on board") is no restatement of it."""
    c = compare_figures(
        extract_figures("All 175 passengers were on board.", "en"),
        extract_figures("Le crash a fait 174 morts.", "fr"),
    )
    assert c.conflicts == []
    parts = compare_figures(
        extract_figures("There were 242 passengers on board: 230 passengers and 12 crew.", "en"),
        extract_figures("Au total, 242 passagers étaient à bord.", "fr"),
    )
    assert 230 in [f.value for f in parts.only_en]


def test_stolen_identity_numbers_count_the_customers_they_belong_to():
    """Construction: "900,000 customers whose expired documents were exposed" against "900.000 autres
    numéros d'identité": identities are people's, one quantity."""
    c = compare_figures(
        extract_figures("For the 900,000 customers, expired documents were exposed.", "en"),
        extract_figures("Quelque 900.000 autres numéros d'identité ont été dérobés.", "fr"),
    )
    assert [(a.value, b.value) for a, b in c.matched] == [(900_000, 900_000)]


def test_an_amount_said_shorter_agrees_with_the_full_amount():
    """Construction: one version gives an amount to the dollar ("1 087 340 $"), the other in millions to three
    decimals ("$1.087 million"): one amount, no conflict. Cut short to three digits ("57,4 millions" for
    57,481,000) it is a rounding's dispute; the closest agreeing figure is its other value, not a bound beside
    it ("plus de 57 millions")."""
    c = compare_figures(
        extract_figures("Police seized $1.087 million in cash.", "en", "CAD"),
        extract_figures("La police a saisi 1 087 340 $ en argent comptant.", "fr", "CAD"),
    )
    assert c.conflicts == [] and c.only_en == c.only_fr == []
    prize = compare_figures(
        extract_figures("The prize money totals 57.481 million euros.", "en"),
        extract_figures(
            "Sur une dotation de plus de 57 millions, le total atteint 57,4 millions euros.", "fr"
        ),
    )
    assert [(a.value, b.value) for a, b in prize.rounded] == [(57_481_000, 57_400_000)]
    assert prize.conflicts == prize.rounded and prize.repeats == []


def test_a_round_floor_and_a_finer_floor_just_above_it_agree():
    """Construction: two lower bounds, one rounded down from the other ("more than 300,000 customers" and
    "plus de 318 000 clients"): one quantity. Two round floors far apart ("more than 900 injured", "plus
    de 700 blessés") are two counts."""
    c = compare_figures(
        extract_figures("Data of more than 300,000 customers was stolen.", "en"),
        extract_figures("Les données de plus de 318 000 clients ont été volées.", "fr"),
    )
    assert c.only_en == c.only_fr == [] and c.conflicts == []
    apart = compare_figures(
        extract_figures("More than 900 people were injured.", "en"),
        extract_figures("Plus de 700 personnes ont été blessées.", "fr"),
    )
    assert (apart.matched, apart.repeats) == ([], [])


def test_a_value_the_other_version_gives_as_earlier_matches_that_earlier_value():
    """Construction: one version's toll is the other's earlier one ("at least 52 people died" against "le
    bilan faisait alors état de 52 morts ... a fait 57 morts"): it matches that earlier value, and the update
    is the French version's own (check sets 801-940 list it as one-sided, never as a dispute). A value a
    change starts from ("brought the toll down to 301 from 314", "passé de 99 à 112") is earlier."""
    c = compare_figures(
        extract_figures("At least 52 people died in the storm.", "en"),
        extract_figures(
            "Le bilan faisait alors état de 52 morts. L'ouragan a fait 57 morts, selon le gouvernement.", "fr"
        ),
    )
    assert c.conflicts == [] and [(a.value, b.value, b.earlier) for a, b in c.matched] == [(52, 52, True)]
    assert [f.value for f in c.only_fr] == [57]
    revised = extract_figures("The state brought the death toll down to 301 from 314 on Sunday.", "en")
    assert [(f.value, f.earlier) for f in revised] == [(301, False), (314, True)]
    changed = extract_figures("Le bilan est passé de 99 à 112 morts, contre 80 la veille.", "fr")
    assert [(f.value, f.earlier) for f in changed] == [(99, True), (112, False), (80, True)]


def test_a_toll_now_up_to_a_value_has_reached_it():
    """Construction: "the death toll was now up to 122" is the toll reached, not a bound ("fines of up to
    20 million" is one)."""
    [toll] = extract_figures("The death toll was now up to 122.", "en")
    [fine] = extract_figures("They face fines of up to 20 million euros.", "en")
    assert (toll.approx, fine.approx) == (None, "at most")


def test_counts_of_one_word_outside_the_lexicon_and_a_number_of_something():
    """Construction: both versions count with one noun outside the lexicon ("over 100 million lab tests",
    "plus de 112 millions de tests"): one quantity, two values. "put the number of injuries at 1,175"
    counts injuries, disputed by "plus de 850 blessés". Small counts of such a noun ("three trains", "deux
    trains") say too little to dispute."""
    c = compare_figures(
        extract_figures("The firm runs over 100 million lab tests a year.", "en"),
        extract_figures("La firme réalise plus de 112 millions de tests par an.", "fr"),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(100_000_000, 112_000_000)]
    injured = compare_figures(
        extract_figures("Officials put the number of injuries at 1,175.", "en"),
        extract_figures("On compte plus de 850 blessés.", "fr"),
    )
    assert [(a.value, b.value) for a, b in injured.conflicts] == [(1175, 850)]
    trains = compare_figures(
        extract_figures("Three trains collided.", "en"),
        extract_figures("Deux trains sont entrés en collision.", "fr"),
    )
    assert trains.conflicts == []


def test_nationalities_count_countries():
    """Construction: "victims of at least 31 nationalities" against "ressortissants de 29 pays": one count
    of countries, two values."""
    c = compare_figures(
        extract_figures("The victims were of at least 31 nationalities.", "en"),
        extract_figures("Les victimes sont ressortissantes de 29 pays.", "fr"),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(31, 29)]


def test_an_estimate_agrees_with_a_count_of_a_related_noun():
    """Construction: "more than one million customers" and "1,1 million de foyers sans courant": customers
    and households of a power cut, one quantity (the floor a rounding of the other value, told apart as one);
    "about 12 ambulances" is no estimate of "12 villages"."""
    c = compare_figures(
        extract_figures("Power was cut to more than one million customers.", "en"),
        extract_figures("Quelque 1,1 million de foyers sont sans courant.", "fr"),
    )
    assert c.only_en == c.only_fr == [] and c.conflicts == c.rounded
    assert [(a.value, b.value) for a, b in c.rounded] == [(1e6, 1.1e6)]
    apart = compare_figures(
        extract_figures("About 12 ambulances were sent.", "en"),
        extract_figures("Douze villages ont été touchés.", "fr"),
    )
    assert apart.matched == apart.repeats == []


def test_a_toll_said_of_two_nouns_still_disputes_the_other_versions_toll():
    """Construction: one version says its toll twice, of two nouns ("a fait 141 morts", "141 corps ont été
    retrouvés"), the other gives another toll ("the death toll rose to 139"): the count of the same noun is
    the closer, so the two tolls conflict (no tie between the two mentions)."""
    c = compare_figures(
        extract_figures("The death toll rose to 139 on Saturday.", "en"),
        extract_figures("L'attaque a fait 141 morts. Au total, 141 corps ont été retrouvés.", "fr"),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(139, 141)]


def test_a_toll_of_a_dated_past_event_disputes_nothing():
    """Construction: a past disaster recalled by its full date ("la catastrophe du 14 février 1987 : ce
    jour-là, ... causant 81 morts") is another event: its toll does not dispute today's ("killing 64")."""
    figures = extract_figures(
        "Le crash rappelle la catastrophe du 14 février 1987 : ce jour-là, un avion s'était écrasé, causant 81 "
        "morts.",
        "fr",
    )
    assert [(f.value, f.year) for f in figures if f.kind == "count"] == [(81, 1987)]
    c = compare_figures(extract_figures("The collision killed 64 people.", "en"), figures)
    assert c.conflicts == []


def test_a_round_floor_of_a_percentage_is_the_value_above_it_rounded_down():
    """Construction: "rose more than 50 per cent" and "54,6 % de plus": a round floor of a share, the value
    rounded down and hedged, as the check sets' readers mark it (a rounding's dispute); it does not dispute
    "48,0 %", another month's rise, which stays the French version's own."""
    c = compare_figures(
        extract_figures("Gas prices rose more than 50 per cent from a year ago.", "en"),
        extract_figures("L'essence a coûté 54,6 % de plus en juin, après 48,0 % en mai.", "fr"),
    )
    assert [(a.value, b.value) for a, b in c.rounded] == [(50, 54.6)]
    assert [f.value for f in c.only_fr] == [48.0]


def test_a_bodys_bound_under_a_more_precise_headline_still_disputes_the_other_version():
    """Construction: a headline's "553M users" over the body's "more than 550 million users" (the headline
    is the finer one); the French report's "533 millions d'utilisateurs" disputes the body's bound, which is
    below no finer body figure: one conflict, no one-sided flags."""
    c = compare_figures(
        _titled("Leak of 553M Facebook users", "The leak hit more than 550 million users.", "en"),
        extract_figures("La fuite touche 533 millions d'utilisateurs.", "fr"),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(550_000_000, 533_000_000)]
    assert c.only_en == c.only_fr == []


def test_a_year_in_a_clause_after_a_figure_dates_what_the_clause_tells():
    """Construction: "533 millions d'utilisateurs, collectées lors d'une fuite en 2019": the year is the
    leak's, not the figure's (the figure is today's); "412 people died in 2019" is dated."""
    (users, _) = extract_figures(
        "Les données de 533 millions d'utilisateurs, collectées en 2019, ont fui.", "fr"
    )
    assert users.year is None
    assert extract_figures("Some 412 people died in 2019.", "en")[0].year == 2019


def test_a_count_of_people_disputes_a_close_count_of_a_kind_of_people():
    """Construction: "employed around 21,000 people" against "emploie 22.000 personnes" said first of
    "22000 chômeurs" in a quoted post, then "22.000 employés": the count with a noun the lexicon knows stands
    for the value, and people and employees a few per cent apart are one quantity disputed."""
    c = compare_figures(
        extract_figures("The tour operator employed around 21,000 people.", "en"),
        extract_figures(
            "Sans compter les 22000 chômeurs, écrit-il. Le voyagiste compte 22.000 employés et emploie 22.000 "
            "personnes.",
            "fr",
        ),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(21000, 22000)]
    assert c.only_en == c.only_fr == []


def test_residents_in_the_quebec_spelling_are_residents():
    """Construction: "sending 7,300 residents" against "l'évacuation des 7500 résidants" (the Quebec
    spelling of "résidents"): one count, disputed."""
    c = compare_figures(
        extract_figures("The order sent 7,300 residents out of town.", "en"),
        extract_figures("L'ordre visait l'évacuation des 7500 résidants de la ville.", "fr"),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(7300, 7500)]


def test_a_round_bound_of_a_toll_its_version_states_without_a_noun_restates_it():
    """Construction: "A cold snap has killed over 160 people" then "the toll now stood at 166" (no noun):
    the bound restates the stated toll, which the other version's "Au moins 166 personnes" matches; the
    bound is not flagged alone."""
    c = compare_figures(
        extract_figures(
            "A cold snap has killed over 160 people. Officials said the count now stood at 166 on Sunday.",
            "en",
        ),
        extract_figures("Au moins 166 personnes sont mortes à cause du froid.", "fr"),
    )
    assert [(a.value, b.value) for a, b in c.matched] == [(166, 166)]
    assert c.only_en == []


def test_people_of_a_story_are_no_estimate_of_those_sent_to_help():
    """Construction: "More than 420 people had to leave their homes" against "Environ 400 pompiers sont
    mobilisés" and "372 personnes sans abri": the firefighters are counted apart; the people dispute the
    372."""
    c = compare_figures(
        extract_figures("More than 420 people had to leave their homes.", "en"),
        extract_figures("Nous avons 372 personnes sans abri. Environ 400 pompiers sont mobilisés.", "fr"),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(420, 372)]
    assert c.repeats == [] and [f.value for f in c.only_fr] == [400]


def test_two_amounts_a_fifth_apart_are_two_amounts_and_an_eighth_apart_one_disputed():
    """Construction: "$250 million in cost savings" against "200 millions de dollars de réductions" (20%
    apart: two amounts of the story, each alone in its version); "about $4.4 million" against "près de 5
    millions de dollars" (12% apart) stays one ransom disputed."""
    c = compare_figures(
        extract_figures("The firm expects $250 million in cost savings.", "en", "CAD"),
        extract_figures("La firme vise 200 millions de dollars de réductions.", "fr", "CAD"),
    )
    assert c.conflicts == [] and len(c.only_en) == len(c.only_fr) == 1
    c = compare_figures(
        extract_figures("The company paid about $4.4 million in ransom.", "en"),
        extract_figures("L'entreprise a versé près de 5 millions de dollars.", "fr"),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(4.4e6, 5e6)]


def test_a_rounding_agrees_with_a_figure_its_version_leaves_undated_not_with_another_years():
    """Construction: "At the end of 2023, total debt represented 99.67% of GDP" against "la dette
    représenterait 99% du PIB" (undated): one share rounded, a rounding's dispute, no flags; "une progression
    de 4% en 2022" is no rounding of "4.1% in 2024" (two years named)."""
    c = compare_figures(
        extract_figures("At the end of 2023, total debt represented 99.67% of GDP, the report said.", "en"),
        extract_figures("D'après le rapport, la dette représenterait 99% du PIB.", "fr"),
    )
    assert c.only_en == c.only_fr == [] and [(a.value, b.value) for a, b in c.rounded] == [(99.67, 99)]
    c = compare_figures(
        extract_figures("In 2024, spending should rise 4.1%.", "en"),
        extract_figures("Les dépenses ont progressé de 4% en 2022.", "fr"),
    )
    assert c.rounded == c.conflicts == c.repeats == c.matched == []


def _near(en_text: str, fr_text: str) -> list[tuple[str, str]]:
    """The texts of the counts an estimate apart between an English and a French sentence (each a rounding's
    dispute too)."""
    c = compare_figures(extract_figures(en_text, "en"), extract_figures(fr_text, "fr"))
    assert c.near == c.rounded == c.conflicts or not c.near
    return [(a.text, b.text) for a, b in c.near]


def test_a_count_and_a_close_estimate_of_it_are_reported_in_both_versions():
    """Construction: an exact count in one version, an estimate of it a few per cent away in the other ("près
    de 50 000 abonnés" against "48,312 customers", "une dizaine de vols" against "nine departures", "nearly
    70,000 subscribers" against "66 851 clients"): the quantity is in both versions, neither is one-sided, and the
    two values are a rounding's dispute."""
    sentences = [
        (
            "The utility said 48,312 customers were still in the dark.",
            "Près de 50 000 abonnés étaient privés de courant.",
        ),
        (
            "Airport staff said nine departures were scrubbed by noon.",
            "Une dizaine de vols ont été annulés avant midi.",
        ),
        ("Nearly 70,000 subscribers lost service.", "Au total, 66 851 clients ont perdu le service."),
    ]
    for en_text, fr_text in sentences:
        c = compare_figures(extract_figures(en_text, "en"), extract_figures(fr_text, "fr"))
        assert len(c.near) == 1 and not c.only_en and not c.only_fr and c.conflicts == c.rounded == c.near, (
            en_text,
            c,
        )
    assert _near(*sentences[0]) == [("48,312", "50 000")]


def test_exact_counts_amounts_and_far_estimates_are_never_near():
    """Construction: the rule is for a count and an estimate of it only. Two exact tallies a few per cent
    apart stay a dispute ("48,312" against "46 150"); an estimate of an amount or a share is compared as
    before; an estimate a third away ("about 1,200 runners", "près de 1 700 coureurs") is another figure; an
    order of magnitude ("des milliers") is no estimate of a count."""
    c = compare_figures(
        extract_figures("The utility said 48,312 customers were still in the dark.", "en"),
        extract_figures("Au total, 46 150 abonnés étaient toujours privés de courant.", "fr"),
    )
    assert [(a.text, b.text) for a, b in c.conflicts] == [("48,312", "46 150")] and not c.near
    assert _near("The fund reached 31% of its goal.", "Le fonds atteint près de 28 % de son objectif.") == []
    assert (
        _near("Organisers counted about 1,200 runners.", "Près de 1 700 coureurs ont pris le départ.") == []
    )
    assert _near("Organisers counted 1,200 runners.", "Des milliers de coureurs ont pris le départ.") == []


def test_two_tables_of_election_results_dispute_only_close_results():
    """Construction: the results of a vote party by party, listed in another order in each version and
    under names that differ between languages ("the Green Alliance won 188 seats ... the Centre 161",
    "le Centre obtient 162 sièges ... l'Alliance verte 180"): the order of mention tells nothing, so only
    close results are one party's updated result, never the first seat count of one version against the
    first of the other."""
    en = (
        "The Green Alliance won 188 seats, the Centre ended on 161 seats and the Right finished with 126 "
        "seats, while smaller lists took 40 seats."
    )
    fr = (
        "Le Centre obtient 162 sièges, l'Alliance verte remporte 180 sièges, la Droite décroche 126 sièges et les "
        "petites listes se partagent 39 sièges."
    )
    assert sorted(_conflicts(en, fr)) == [(40, 39), (161, 162), (188, 180)]


def test_a_bare_crown_is_the_other_versions_crown_of_the_same_value():
    """Construction: "fined 40 million crowns" in a report naming Norway first, "40 millions de couronnes" in
    one naming Sweden: each bare crown was read as its text's country's, but it is one amount, matched; two
    crowns both named ("SEK 40 million", "couronnes norvégiennes") stay two currencies."""
    c = compare_figures(
        extract_figures("Norway's Telenor was fined 40 million crowns over a Swedish deal.", "en"),
        extract_figures("Le groupe suédois a écopé d'une amende de 40 millions de couronnes en Suède.", "fr"),
    )
    assert [(a.currency, b.currency) for a, b in c.matched] == [("NOK", "SEK")] and not c.conflicts
    assert not same_currency(
        extract_figures("Stockholm fined the firm SEK 40 million.", "en")[0],
        extract_figures("Une amende de 40 millions de couronnes norvégiennes.", "fr")[0],
    )


def test_one_span_each_version_gives_differently_is_disputed_when_close():
    """Construction: the one duration of a unit in each version, close ("a four-month trial", "après 3 mois et
    demi d'audience"): one span, disputed. Far apart ("about three minutes", "cinq minutes") or beside
    another span of that unit, they are left apart."""
    assert _conflicts(
        "The four-month trial ended on Thursday.", "Le procès a pris fin après 3 mois et demi d'audience."
    ) == [(4, 3.5)]
    assert _conflicts("The plane dropped in about three minutes.", "L'avion a chuté en cinq minutes.") == []
    assert (
        _conflicts(
            "The four-month trial followed a two-month inquiry.",
            "Le procès a duré 3 mois et demi.",
        )
        == []
    )


def test_a_bound_of_the_one_span_each_version_gives_may_hold_the_other():
    """Construction: "the more than three-month trial" against "3 mois et demi d'audience" (a floor and a value
    less than a unit above it), "had over 12 years embezzled" against "depuis plus de dix ans" (two floors):
    no dispute; "the four-month trial" against "3 mois et demi" still is one."""
    assert _conflicts("The more than three-month trial ended.", "Le procès a duré 3 mois et demi.") == []
    assert (
        _conflicts("They had over 12 years embezzled funds.", "Elle le poursuit depuis plus de dix ans.")
        == []
    )
    assert _conflicts("The four-month trial ended.", "Le procès a duré 3 mois et demi.") == [(4, 3.5)]


def test_the_one_other_count_of_a_sentence_both_versions_match_is_disputed():
    """Construction: one sentence told in both versions with two counters' figures ("the union claimed
    700,000 marchers, and the police 80,000", "700 000 selon le syndicat, 82 000 selon la préfecture"): one
    count matched, the sentence's other count is one quantity given two values, though neither has a noun."""
    c = compare_figures(
        extract_figures(
            "About 300 marches were held. In the capital, the union claimed 700,000 marchers, and the police 80,000.",
            "en",
        ),
        extract_figures(
            "Environ 300 cortèges ont défilé. Dans la capitale, 700 000 selon le syndicat, 82 000 selon la préfecture.",
            "fr",
        ),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(80000, 82000)]
    assert c.only_en == c.only_fr == []
    # two other counts in the sentence: which one is disputed is not told
    crowded = compare_figures(
        extract_figures("The union claimed 700,000 marchers, the police 80,000 and the city 95,000.", "en"),
        extract_figures("700 000 selon le syndicat, 82 000 selon la préfecture.", "fr"),
    )
    assert crowded.conflicts == []


def test_a_partys_votes_are_its_voters():
    """Construction: a party's tally said in votes in one version and in voters in the other ("won more than
    8.7 million votes", "quelque 8,745 millions d'électeurs"): one quantity, the bound a rounding of the
    finer value, disputed as such."""
    c = compare_figures(
        extract_figures("The Rally won more than 8.7 million votes, or 32.05% of the votes cast.", "en"),
        extract_figures(
            "Le Rassemblement a séduit quelque 8,745 millions d'électeurs, soit 32,05 % des suffrages exprimés.",
            "fr",
        ),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(8700000, 8745000)]
    assert c.only_en == c.only_fr == []


def test_one_places_count_in_a_list_is_no_value_of_the_wholes_estimate():
    """Construction: a list of places' counts ("compared to 28,000 in Lanaudière", "contre 33 000 dans
    Lanaudière") beside an estimate of the whole both versions match ("About 30,000 customers", "Environ 30 000
    clients"): the place's count is its own quantity, disputed, not the estimate's precise value."""
    c = compare_figures(
        extract_figures(
            "About 30,000 customers will still be waiting on Thursday. The Laurentians had 70,000 customers "
            "without power, compared to 28,000 in Lanaudière and 24,000 in Outaouais.",
            "en",
        ),
        extract_figures(
            "Environ 30 000 clients attendront encore jeudi. Les Laurentides comptaient 70 000 abonnés privés "
            "de courant, contre 33 000 dans Lanaudière et 24 000 en Outaouais.",
            "fr",
        ),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(28000, 33000)]
    assert c.only_en == c.only_fr == []


def test_a_floor_far_below_another_amount_of_its_text_is_its_own_amount():
    """Construction: a gang's takings given as a floor ("more than $100 million in ransom payments") and, later
    in the same body, another amount a third above it ("spared victims $130 million"): the floor restates no
    amount of its text, so it is compared, here disputed by the other version's same value in euros."""
    c = compare_figures(
        extract_figures(
            "The gang collected more than $100 million in ransom payments from its victims. Investigators "
            "handed out keys that spared victims from paying $130 million.",
            "en",
        ),
        extract_figures(
            "Les victimes du gang ont versé près de 100 millions d'euros. Les clés distribuées ont privé les "
            "pirates de plus de 120 millions d'euros.",
            "fr",
        ),
    )
    assert [(a.value, a.currency, b.value, b.currency) for a, b in c.conflicts] == [
        (100_000_000, "USD", 100_000_000, "EUR")
    ]
    assert c.only_en == c.only_fr == []


def test_a_count_floor_far_below_another_count_of_its_text_is_its_own_count():
    """Construction: "More than 52,000 homes were destroyed and 64,000 damaged" against "plus de 31.000 maisons
    détruites, près de 42.000 autres endommagées": the floor of the destroyed homes rounds no count of its text
    a fifth above it (the damaged ones), so each version's destroyed homes dispute each other."""
    c = compare_figures(
        extract_figures("More than 52,000 homes were destroyed and 64,000 damaged in the quake.", "en"),
        extract_figures(
            "Le séisme a fait plus de 31.000 maisons détruites, près de 42.000 autres endommagées.", "fr"
        ),
    )
    assert (52_000, 31_000) in [(a.value, b.value) for a, b in c.conflicts]


def test_two_estimates_of_one_size_with_nouns_the_lexicon_cannot_relate_are_one_quantity():
    """Construction: "approximately 62,000 incidents" against "environ 60 000 signalements": two estimates of
    one size (3% apart) of nouns the lexicon cannot relate are one quantity said two ways (the rounder one
    disputing the finer as a rounding), not two figures each version gives alone; an exact count that far from
    the other's ("12,400 incidents" against "12 000 signalements") stays two."""
    c = compare_figures(
        extract_figures("Users filed approximately 62,000 incidents on Thursday.", "en"),
        extract_figures("Les clients ont déposé environ 60 000 signalements jeudi.", "fr"),
    )
    assert c.only_en == c.only_fr == [] and len(c.conflicts + c.repeats) == 1
    c = compare_figures(
        extract_figures("Users filed 12,400 incidents on Thursday.", "en"),
        extract_figures("Les clients ont déposé 12 000 signalements jeudi.", "fr"),
    )
    assert [f.value for f in c.only_en] == [12_400] and [f.value for f in c.only_fr] == [12_000]
