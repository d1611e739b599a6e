"""Paragraph alignment of two language versions (reader.align): plain Python, no app."""

from __future__ import annotations

import pytest

from reader.align import AlignedRow, align_paragraphs, length_similarity, paragraph_at, paragraph_starts


def _flatten(rows: list[AlignedRow]) -> tuple[list[int], list[int]]:
    return [i for r in rows for i in r.en], [j for r in rows for j in r.fr]


def test_paragraph_starts_match_the_joined_text():
    paras = ["One.", "Two two.", "• three"]
    text = "\n\n".join(paras)
    starts = paragraph_starts(paras)
    assert [text[s : s + len(p)] for s, p in zip(starts, paras, strict=True)] == paras
    assert paragraph_at(starts, text.index("Two")) == 1
    assert paragraph_at(starts, text.index("three")) == 2
    assert paragraph_at(starts, 0) == 0


def test_equal_paragraphs_align_one_to_one():
    en = ["a" * 100, "b" * 200, "c" * 50]
    fr = ["a" * 115, "b" * 230, "c" * 58]
    rows = align_paragraphs(en, fr)
    assert [(r.en, r.fr) for r in rows] == [([0], [0]), ([1], [1]), ([2], [2])]


def test_every_paragraph_is_used_once_in_order():
    en = ["x" * n for n in (40, 300, 120, 80, 10)]
    fr = ["y" * n for n in (350, 150, 20, 90)]
    rows = align_paragraphs(en, fr, anchors=[(1, 0), (3, 3)])
    en_order, fr_order = _flatten(rows)
    assert en_order == list(range(len(en)))
    assert fr_order == list(range(len(fr)))
    assert all(r.en or r.fr for r in rows)


def test_anchors_pull_matching_paragraphs_into_one_row():
    # Same lengths everywhere, so only the shared figures say that EN 2 goes with FR 1 (FR dropped one).
    en = ["p" * 100] * 4
    fr = ["q" * 115] * 3
    rows = align_paragraphs(en, fr, anchors=[(0, 0), (2, 1), (3, 2)])
    together = {(i, j) for r in rows for i in r.en for j in r.fr}
    assert {(0, 0), (2, 1), (3, 2)} <= together
    assert any(r.en == [1] and not r.fr for r in rows)


def test_a_split_paragraph_is_merged_beside_its_original():
    en = ["e" * 400, "f" * 100]
    fr = ["g" * 230, "h" * 230, "i" * 115]
    rows = align_paragraphs(en, fr)
    assert rows[0].en == [0] and rows[0].fr == [0, 1]
    assert rows[1].en == [1] and rows[1].fr == [2]


def test_one_side_empty():
    assert [(r.en, r.fr) for r in align_paragraphs(["a", "b"], [])] == [([0], []), ([1], [])]
    assert [(r.en, r.fr) for r in align_paragraphs([], ["a"])] == [([], [0])]
    assert align_paragraphs([], []) == []


def test_length_similarity_expects_longer_french():
    assert length_similarity(100, 115) == pytest.approx(1.0)
    assert length_similarity(100, 400) < 0.5
    assert 0 < length_similarity(0, 0) <= 1
