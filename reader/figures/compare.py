"""Compare the key figures of the English and French versions of a story.

Set semantics: a figure repeated in one article counts once, represented by its first occurrence. Two
figures match when their values are equal and their kinds, currencies and units are compatible: counted
nouns match across languages through the unit table (``serveurs`` and ``servers`` are both "server"), and a
count with a noun on one side and none on the other still matches.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from reader.figures.numbers import KNOWN_UNITS
from reader.model import Figure


@lru_cache(maxsize=65536)
def _rounded(value: float) -> float | int:
    """The value as compared: float noise removed (2.3 * 10**6), integers as ``int``. Cached: pairing
    asks again and again for the same few thousand values."""
    r = round(float(value), 4)
    return int(r) if r.is_integer() else r


def figure_key(f: Figure) -> tuple[str, float | int, str | None]:
    """``(kind, rounded value, currency or unit)``: equal keys always match (see ``compatible``)."""
    return (f.kind, _rounded(f.value), f.currency if f.kind == "money" else f.unit)


def _same_date(a: float, b: float) -> bool:
    """YYYYMMDD values; a date written without its year (0000MMDD) matches any year."""
    ia, ib = int(a), int(b)
    if ia == ib:
        return True
    if ia < 10000 or ib < 10000:
        return ia % 10000 == ib % 10000
    return False


def compatible(a: Figure, b: Figure) -> bool:
    """Whether two figures say the same thing (possibly in two languages)."""
    if a.kind == "date" and b.kind == "date":
        return _same_date(a.value, b.value)
    if _rounded(a.value) != _rounded(b.value):
        return False
    if a.kind != b.kind:
        # "30-year-old" and "30 ans" when the French side was read as a duration in years
        return {a.kind, b.kind} == {"age", "duration"} and "years" in (a.unit, b.unit)
    if a.kind == "money":
        return a.currency == b.currency
    if a.kind == "count":
        # a raw noun (not in the table) cannot be compared across languages: only known keys can disagree
        return a.unit == b.unit or not (a.unit in KNOWN_UNITS and b.unit in KNOWN_UNITS)
    if a.kind in ("duration", "percent"):
        return a.unit == b.unit
    return True


def figure_bucket(f: Figure) -> tuple[str, float | int]:
    """Figures can only be compatible within one bucket: the same value, or for dates the same day of year
    (a date written without its year matches any year). Comparing within buckets keeps matching linear."""
    return value_bucket(f.kind, f.value)


def value_bucket(kind: str, value: float) -> tuple[str, float | int]:
    """The bucket of a figure of ``kind`` and ``value`` (see :func:`figure_bucket`)."""
    if kind == "date":
        return ("date", int(value) % 10000)
    return ("value", _rounded(value))


def distinct(figures: Iterable[Figure]) -> list[Figure]:
    """First occurrences only: a figure compatible with an earlier one is the same figure repeated."""
    kept: list[Figure] = []
    seen: dict[tuple[str, float | int], list[Figure]] = {}
    for f in figures:
        same_bucket = seen.setdefault(figure_bucket(f), [])
        if not any(compatible(f, k) for k in same_bucket):
            same_bucket.append(f)
            kept.append(f)
    return kept


@dataclass
class Comparison:
    """Figures of the two versions: matched pairs (first occurrences) and those found in one version only."""

    matched: list[tuple[Figure, Figure]] = field(default_factory=list)
    only_en: list[Figure] = field(default_factory=list)
    only_fr: list[Figure] = field(default_factory=list)

    def counterpart(self, figure: Figure) -> Figure | None:
        """The figure of the other version matching any occurrence of ``figure``, or None."""
        for en, fr in self.matched:
            if compatible(figure, en) and figure.kind == en.kind:
                return fr
            if compatible(figure, fr) and figure.kind == fr.kind:
                return en
        for en, fr in self.matched:
            if compatible(figure, en):
                return fr
            if compatible(figure, fr):
                return en
        return None

    def is_matched(self, figure: Figure) -> bool:
        """For highlighting every occurrence: whether this figure (or an equal one) was matched."""
        return self.counterpart(figure) is not None


def compare_figures(en: Sequence[Figure], fr: Sequence[Figure]) -> Comparison:
    """Match the figures of the English and French versions (one-to-one, exact keys first)."""
    en_set, fr_set = distinct(en), distinct(fr)
    free: dict[tuple[str, float | int], list[Figure]] = {}
    for f in fr_set:
        free.setdefault(figure_bucket(f), []).append(f)
    pairs: list[tuple[Figure, Figure]] = []
    unmatched_en: list[Figure] = []
    for rule in (lambda a, b: figure_key(a) == figure_key(b), compatible):
        unmatched_en = []
        for a in en_set:
            candidates = free.get(figure_bucket(a), [])
            b = next((b for b in candidates if rule(a, b)), None)
            if b is None:
                unmatched_en.append(a)
            else:
                pairs.append((a, b))
                candidates.remove(b)
        en_set = unmatched_en
    order = {id(f): i for i, f in enumerate(en)}
    pairs.sort(key=lambda p: order.get(id(p[0]), 0))
    matched_fr = {id(b) for _, b in pairs}
    return Comparison(
        matched=pairs, only_en=unmatched_en, only_fr=[f for f in fr_set if id(f) not in matched_fr]
    )
