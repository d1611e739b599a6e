"""Amounts given only as an order of magnitude ("hundreds of millions of euros", "des dizaines de millions de
dollars"): read as figures, matched with each other and with a stated amount inside them, never flagged as
reported by one version only, and disputed by a stated amount well outside them."""

from __future__ import annotations

import pytest

from reader.figures import compare_figures, extract_figures


@pytest.mark.parametrize(
    ("text", "lang", "value", "currency"),
    [
        ("The fraud ring took hundreds of millions of euros from savers.", "en", 1e8, "EUR"),
        ("The scheme cost taxpayers tens of billions of dollars, auditors said.", "en", 1e10, "CAD"),
        ("Le réseau a soutiré des dizaines de millions de dollars à ses victimes.", "fr", 1e7, "CAD"),
        ("Des pertes dépassant plusieurs centaines de millions d'euros, selon la police.", "fr", 1e8, "EUR"),
        ("La banque devra verser des centaines de millions de livres aux clients lésés.", "fr", 1e8, "GBP"),
    ],
)
def test_an_order_of_magnitude_is_an_amount_whose_floor_is_its_value(text, lang, value, currency):
    """Construction: a multiple word, a scale and a currency with no number ("des centaines de millions
    d'euros"); "dollars" are the publisher's dollar, like any bare "dollars"."""
    (figure,) = extract_figures(text, lang, "CAD")
    assert (figure.kind, figure.value, figure.currency, figure.approx) == ("money", value, currency, "order")
    assert figure.text in text and text[figure.start : figure.end] == figure.text


def test_no_currency_no_amount():
    """ "des centaines de serveurs", "hundreds of millions of users": orders of things, not amounts."""
    assert extract_figures("Le réseau s'appuyait sur des centaines de serveurs.", "fr") == []
    assert extract_figures("The app reaches hundreds of millions of users.", "en") == []


def test_orders_match_each_other_and_a_stated_amount_inside_them_and_are_never_one_sided():
    en = extract_figures("Regulators said the firms owe hundreds of millions of euros.", "en")
    fr = extract_figures(
        "Les entreprises doivent des centaines de millions d'euros, selon le régulateur.", "fr"
    )
    c = compare_figures(en, fr)
    assert len(c.matched) == 1 and not c.only_en and not c.only_fr and not c.conflicts
    # a stated total inside the other version's order agrees with it
    stated = extract_figures("Regulators fined the firms €210 million in all.", "en")
    c = compare_figures(stated, fr)
    assert not c.only_en and not c.only_fr and not c.conflicts
    # said by one version only, an order says too little to be flagged
    c = compare_figures([], fr)
    assert not c.only_fr


def test_a_stated_amount_far_outside_the_other_versions_order_conflicts_even_in_another_currency():
    """Construction: one version states the damage ("$2.5 billion"), the other gives only its order in
    another currency ("des centaines de millions d'euros"): the stated amount, converted roughly, is well
    above a billion euros, so the reports disagree."""
    en = extract_figures("Officials put the damage at $2.5 billion.", "en")
    fr = extract_figures(
        "Les dégâts se chiffrent en dizaines, voire des centaines de millions d'euros.", "fr"
    )
    c = compare_figures(en, fr)
    assert [(a.value, b.approx) for a, b in c.conflicts] == [(2.5e9, "order")]
    assert not c.only_en and not c.only_fr


def test_an_order_is_disputed_only_when_nothing_else_could_be_meant():
    """A stated amount just above the order (rough exchange rates, loose wording) or a version with a second
    amount (which of the two would it dispute?) makes no conflict."""
    fr = extract_figures("Les dégâts atteignent des centaines de millions d'euros.", "fr")
    near = extract_figures("Officials put the damage at $1.2 billion.", "en")
    assert not compare_figures(near, fr).conflicts
    two = extract_figures("The damage reached $2.5 billion; the ransom was $40 million.", "en")
    assert not compare_figures(two, fr).conflicts


def test_an_order_and_a_stated_amount_of_its_floor_are_two_figures_of_one_article():
    """ "hundreds of millions of euros" and "€100 million" in one report are two figures, not one repeated."""
    figures = extract_figures(
        "Losses ran to hundreds of millions of euros; one bank lost €100 million.", "en"
    )
    c = compare_figures(figures, [])
    assert sorted((f.value, f.approx or "") for f in figures) == [(1e8, ""), (1e8, "order")]
    assert [f.approx for f in c.only_en] == [None]


def _write(folder, name: str, lang: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(
        f"---\ntitle: Korvax {lang}\nlang: {lang}\ndate: 2025-03-10T10:00:00+01:00\nsource: Desk {lang}\n"
        f"url: https://desk-{lang}.example/korvax\n---\n\n{text}\n",
        encoding="utf-8",
    )


def test_the_pairs_table_shows_an_order_from_its_floor_both_currencies_and_years_ungrouped(cli, tmp_path):
    """What a reader sees of such a conflict: "≥100,000,000" for the order, each version's currency in the
    row's meaning, and a year as 2019, not 2,019."""
    feeds = tmp_path / "feeds"
    _write(
        feeds,
        "a-en.md",
        "en",
        "Police took down the Korvax botnet. Officials put the damage caused by "
        "Korvax at $2.5 billion since 2019. Investigators seized 14 servers in Rotterdam.",
    )
    _write(feeds, "b-fr.md", "fr", "La police a démantelé le botnet Korvax, qui aurait causé des centaines de "
           "millions d'euros de dégâts depuis 2019. Quatorze serveurs ont été saisis à Rotterdam.")  # fmt: skip
    assert cli("import", str(feeds))[0] == 0
    code, out, _ = cli("pairs")
    assert code == 0
    rows = {line.split("\t")[0]: line.split("\t")[1:] for line in out.splitlines() if "\t" in line}
    assert rows["2,500,000,000 ≠ ≥100,000,000"][0] == "money USD / money EUR"
    assert "2019" in rows and "2,019" not in rows
