"""Text analysis shared by the import workers and the search index: stop words, accent folding, stemming,
and the index fields an article is searched by.

English text is stemmed with Porter and English stop words; French text with Snowball French and French stop
words, after accent folding so ``rançongiciels`` and ``rancongiciel`` meet. Figures are indexed by normalised
value so a query written in any format finds them. Only Whoosh's public language functions are used here: how
the index files these words is :mod:`reader.store.whoosh_backend`'s business.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from whoosh.lang import stemmer_for_language, stopwords_for_language
from whoosh.lang.porter import stem as porter_stem
from whoosh.support.charset import accent_map

#: The accent-folding table the analyzers use (``é`` -> ``e``, ``œ`` -> ``oe``).
ACCENT_MAP = accent_map


def fold(word: str) -> str:
    """Lowercase and accent-folded, as the analyzers compare words with stop words."""
    return word.translate(accent_map).lower() if word else word


#: Stop words compared after lowercasing and accent folding (the analyzers fold before they stop).
EN_STOPS = frozenset(fold(w) for w in stopwords_for_language("en"))
#: Snowball's French list lacks some of the commonest words (``les`` first of all).
_MORE_FR_STOPS = (
    "les a cette cet ceux celle celles dont où plus aussi comme être avoir sans entre tout tous toute toutes si car"
    " donc ni leurs sous selon chez après avant depuis lors très"
).split()
FR_STOPS = frozenset(fold(w) for w in [*stopwords_for_language("fr"), *_MORE_FR_STOPS])
#: Query words dropped in every field: a word that is a stop word in one language would otherwise be
#: required in the other language's fields, and ``the ransomware`` would never find English articles.
QUERY_STOPS = EN_STOPS | FR_STOPS

#: RegexTokenizer's default pattern: the words of a text, as the index cuts them.
TOKEN_PATTERN = r"[\w\*]+(?:\.?[\w\*]+)*"


def stemmer(lang: str) -> Callable[[str], str]:
    """The stemming function of ``en`` (Porter) or ``fr`` (Snowball French)."""
    stem: Callable[[str], str] = porter_stem if lang == "en" else stemmer_for_language(lang)
    return stem


def stops(lang: str) -> frozenset[str]:
    return FR_STOPS if lang == "fr" else EN_STOPS


def figure_tokens(figures: Iterable[dict[str, Any]]) -> list[str]:
    """Index tokens for figures: the bare value, and :func:`figure_token` (``percent:value`` for a
    percentage, ``cur:value`` for money). A figure is found by its size: "(-27 000)" by ``27000`` (a minus in
    a query excludes)."""
    tokens: list[str] = []
    for f in figures:
        value = normalise_value(abs(f["value"]))
        tokens.append(value)
        tokens.append(figure_token(value, f.get("currency"), f["kind"] == "percent"))
    return sorted(set(tokens))


def figure_token(value: str, currency: str | None, percent: bool) -> str:
    """The most specific index token of a figure of normalised ``value``, what a query for it looks up:
    ``cur:value`` (lowercase ISO code) for money, ``percent:value`` for a percentage, else the value."""
    if currency:
        return f"{currency.lower()}:{value}"
    if percent:
        return f"percent:{value}"
    return value


def normalise_value(value: float) -> str:
    """One spelling per number: ``145000``, ``2300000``, ``12.5``."""
    value = float(value)
    if value.is_integer():
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def indexed_body(tldr: Iterable[str], summary: str, block_texts: Iterable[str]) -> str:
    """The text indexed as an article's body: its TL;DR, summary and blocks."""
    return "\n".join(p for p in (*tldr, summary, *block_texts) if p)


def analysed_fields(
    *,
    lang: str,
    title: str,
    body: str,
    names: Iterable[str],
    figures: Iterable[dict[str, Any]],
    source: str | None,
    feed: str | None,
    tags: Iterable[str] | None,
) -> dict[str, str]:
    """The analysed fields of an article's index document, as text: all but its id and dates."""
    suffix = "fr" if lang == "fr" else "en"
    return {
        "lang": lang or "unknown",
        f"title_{suffix}": title,
        f"body_{suffix}": body,
        "names": " ".join(n.replace(" ", "_") for n in names),
        "figs": " ".join(figure_tokens(figures)),
        "source": source or "",
        "feed": feed or "",
        "tag": ",".join(tags or []),
    }


def record_fields(record: Mapping[str, Any]) -> dict[str, str]:
    """:func:`analysed_fields` of a stored article record (as returned by the database)."""
    return analysed_fields(
        lang=record["lang"],
        title=record["title"],
        body=indexed_body(
            record.get("tldr", []), record.get("summary", ""), (b["text"] for b in record.get("blocks", []))
        ),
        names=record.get("names", []),
        figures=record.get("figures", []) + record.get("extra_figures", []),
        source=record.get("source"),
        feed=record.get("feed"),
        tags=record.get("tags"),
    )
