"""Regions, provinces, cantons and states that two languages name apart: "Graubünden" and "Grisons",
"Basel-Stadt" and "Bâle-Ville", "Niedersachsen" and "Basse-Saxe", "California" and "Californie".

Names come from ISO 3166-2 as pycountry ships it: each subdivision's own name and its French name. English
reports mostly write the subdivision's own name (a Swiss canton's German name), French ones the French name,
so a name of either kind leads to the subdivision's code. This module is the only one that imports pycountry.
"""

from __future__ import annotations

import gettext
from functools import cache

from reader.figures.extract import folded

#: The shortest last word of a subdivision's name that names it alone ("Innerrhoden" for "Appenzell
#: Innerrhoden", as a list of cantons' results may be read), and the most subdivisions such a word may name
#: before it is a common word of names ("Island", "Region").
LAST_WORD_LEAST = 5
LAST_WORD_MOST = 3


@cache
def _codes_by_name() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Every subdivision's names (its own, and French), folded, to the ISO 3166-2 codes of the subdivisions
    so named (one name may be two places': "Vienne" is Vienna and a French département); and the last words
    of names of two words or more, likewise."""
    import pycountry

    french = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    codes: dict[str, set[str]] = {}
    last_words: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        for name in {folded(subdivision.name), folded(french.gettext(subdivision.name))}:
            codes.setdefault(name, set()).add(subdivision.code)
            words = name.split()
            if len(words) > 1 and len(words[-1]) >= LAST_WORD_LEAST:
                last_words.setdefault(words[-1], set()).add(subdivision.code)
    return (
        {name: frozenset(found) for name, found in codes.items()},
        {word: frozenset(found) for word, found in last_words.items() if len(found) <= LAST_WORD_MOST},
    )


def _codes(name: str) -> frozenset[str] | None:
    names, last_words = _codes_by_name()
    key = folded(name)
    return names.get(key) or last_words.get(key)


def same_subdivision(a: str, b: str) -> bool:
    """Whether two names are one subdivision's in two languages ("Graubünden" and "Grisons"; "Innerrhoden" and
    "Rhodes-Intérieures", the last words of "Appenzell Innerrhoden" and "Appenzell Rhodes-Intérieures"), known
    to ISO 3166-2."""
    x, y = _codes(a), _codes(b)
    return x is not None and y is not None and not x.isdisjoint(y)
