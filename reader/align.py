"""Paragraph alignment of the two language versions of a story, so matching parts can sit side by side.

A translation keeps the order of its source but not always its paragraphing: a paragraph may be split in
two, two may be merged, a sentence may be dropped. :func:`align_paragraphs` finds the monotone alignment of
the English and French paragraph sequences that best explains both, scoring each aligned group by the key
figures the two sides share (strong anchors: a figure matched across versions rarely sits in unrelated
paragraphs) and by how similar their lengths are (French runs about 15% longer than English).

Plain Python: no Textual here, the TUI draws the rows this returns.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reader.model import BLOCK_SEPARATOR

#: French text is typically this much longer than the English it translates.
FR_LENGTH_RATIO = 1.15
#: Weight of one shared matched figure against a perfect length match (worth 1).
ANCHOR_WEIGHT = 3.0
#: Cost of putting two groups side by side: below this length similarity a gap is preferred.
MATCH_COST = 0.3
#: Extra cost of a 2-1 or 1-2 group over a 1-1 group, so merges are used only when they explain more.
MERGE_COST = 0.35
#: The group shapes tried: (English paragraphs, French paragraphs).
_MOVES = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2))


@dataclass(slots=True)
class AlignedRow:
    """One displayed row: these English paragraphs beside these French ones (either list may be empty)."""

    en: list[int] = field(default_factory=list)
    fr: list[int] = field(default_factory=list)


def paragraph_starts(paragraphs: Sequence[str], separator: str = BLOCK_SEPARATOR) -> list[int]:
    """Offsets of each paragraph in the displayed text (the paragraphs joined by ``separator``)."""
    starts, pos = [], 0
    for p in paragraphs:
        starts.append(pos)
        pos += len(p) + len(separator)
    return starts


def paragraph_at(starts: Sequence[int], offset: int) -> int:
    """Index of the paragraph holding text offset ``offset`` (``starts`` from :func:`paragraph_starts`)."""
    return max(0, bisect_right(starts, offset) - 1)


def length_similarity(en_chars: int, fr_chars: int) -> float:
    """1.0 when the French is as long as a translation of the English should be, towards 0 as they differ."""
    en_len = max(en_chars, 1) * FR_LENGTH_RATIO
    fr_len = max(fr_chars, 1)
    return min(en_len, fr_len) / max(en_len, fr_len)


def align_paragraphs(
    en: Sequence[str], fr: Sequence[str], anchors: Iterable[tuple[int, int]] = ()
) -> list[AlignedRow]:
    """The best monotone alignment of ``en`` and ``fr`` paragraphs, as display rows in order.

    ``anchors`` are (English paragraph, French paragraph) index pairs, one per figure matched across the
    versions. Every paragraph appears in exactly one row, in its original order on each side.
    """
    n, m = len(en), len(fr)
    anchor_count: dict[tuple[int, int], int] = {}
    for a in anchors:
        anchor_count[a] = anchor_count.get(a, 0) + 1
    en_len = [len(p) for p in en]
    fr_len = [len(p) for p in fr]
    sep = len(BLOCK_SEPARATOR)

    def group_score(i0: int, di: int, j0: int, dj: int) -> float:
        if di == 0 or dj == 0:
            return 0.0
        shared = sum(anchor_count.get((i, j), 0) for i in range(i0, i0 + di) for j in range(j0, j0 + dj))
        chars_en = sum(en_len[i0 : i0 + di]) + sep * (di - 1)
        chars_fr = sum(fr_len[j0 : j0 + dj]) + sep * (dj - 1)
        cost = MATCH_COST + (MERGE_COST if di + dj > 2 else 0.0)
        return ANCHOR_WEIGHT * shared + length_similarity(chars_en, chars_fr) - cost

    neg = float("-inf")
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = best[i][j]
            if here == neg:
                continue
            for di, dj in _MOVES:
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                score = here + group_score(i, di, j, dj)
                # Ties keep the first move tried, so 1-1 groups win over gaps and merges of equal worth.
                if score > best[ni][nj]:
                    best[ni][nj] = score
                    back[ni][nj] = (di, dj)
    rows: list[AlignedRow] = []
    i, j = n, m
    while i or j:
        move = back[i][j]
        assert move is not None
        di, dj = move
        rows.append(AlignedRow(list(range(i - di, i)), list(range(j - dj, j))))
        i, j = i - di, j - dj
    rows.reverse()
    return rows
