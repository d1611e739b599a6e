"""The figures, one-sided flags, conflicts and pairs of the real development set (``../shared/devset/real``)
against its answer key. Skipped when the shared sets are not beside the project."""

from __future__ import annotations

import pytest

from tests.realset import REAL, score_devset

pytestmark = pytest.mark.skipif(
    not REAL.exists(), reason="the shared development set is not beside the project"
)


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    return score_devset(tmp_path_factory.mktemp("realset") / "lib")


def test_figures_hold_on_real_reporting(scores):
    print(scores.summary())
    assert scores.precision >= 0.95 and scores.recall >= 0.95, scores.misses


def test_one_sided_flags_are_right_on_real_reporting(scores):
    assert scores.flag_precision >= 0.90 and scores.flag_recall >= 0.90, scores.misses


def test_every_listed_conflict_is_found_and_few_are_false(scores):
    pairs = scores.pairs_found + scores.pairs_missed
    assert scores.conflicts_false * 10 <= pairs, scores.misses
    assert scores.conflicts_missed == 0 and scores.conflicts_found >= 11, scores.misses


def test_every_pair_is_found_and_none_is_false(scores):
    assert scores.pairs_missed == 0 and scores.pairs_false == 0, scores.misses
