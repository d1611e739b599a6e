"""The bundled samples as a new user sees them: every one-sided ("!") row and every conflict ("≠") of their
pairs is a real difference between the two versions, as read by hand. A false warning here is the first
thing a new user would learn to ignore."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.store import Library

SAMPLES = Path(__file__).parents[1] / "sample_feeds"

#: English title start -> (one-sided English, one-sided French, conflicts) as (value, kind) pairs.
EXPECTED = {
    "Kestrel Exchange": ({(21_200_000, "money")}, set(), set()),
    "Operation Tidewater": (set(), set(), {(1270, 1300)}),  # 1,270 victims rounded: "près de 1 300"
    "Vaud voters": ({(30, "duration")}, set(), {(187, 189)}),  # communes voting yes, told two ways
    # 210,000 patients rounded down and hedged: "plus de 200 000"
    "Ransomware attack cripples": (set(), {(9500, "count")}, {(210_000, 200_000)}),
    "Iberian heatwave": ({(2, "duration")}, set(), {(2300, 2500)}),
    "NightHarbor fined": ({(4_500_000, "money")}, {(14_300_000, "money")}, set()),
    "MATRIX Encrypted": ({(2, "count"), (15_000_000, "money")}, set(), {(30, 52)}),
}


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    lib = Library(tmp_path_factory.mktemp("samples") / "lib")
    lib.import_paths([SAMPLES])
    yield lib
    lib.close()


def test_every_flag_and_conflict_of_the_samples_is_a_real_difference(library):
    found = {}
    for pair in library.pairs():
        title = library.article(pair["en"])["title"]
        (key,) = [k for k in EXPECTED if title.startswith(k)]
        found[key] = (
            {(f["value"], f["kind"]) for f in pair["only_en"]},
            {(f["value"], f["kind"]) for f in pair["only_fr"]},
            {(a["value"], b["value"]) for a, b in pair["conflicts"]},
        )
    assert found == EXPECTED
