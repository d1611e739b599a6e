"""The index's schema: one index, both languages, each analysed its own way (see :mod:`reader.analysis`).

The index holds no article text of its own: SQLite is the source of truth and the index can always be rebuilt.
"""

from __future__ import annotations

from typing import Any

from whoosh.analysis import (
    CharsetFilter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, TEXT, Schema
from whoosh.support.charset import accent_map

from reader.analysis import EN_STOPS, FR_STOPS, QUERY_STOPS

INDEX_NAME = "articles"
#: Bumped whenever analysis or the schema changes; an index of another version is rebuilt from SQLite.
INDEX_VERSION = "6"
VERSION_FILE = "newsreader-index-version"
#: A random stamp written when the index is created; the library's SQLite file records it, so an index left
#: beside another (or an emptied) library file is never served.
STAMP_FILE = "newsreader-index-stamp"
#: Written when a search fails reading the index: the next start rebuilds it.
DAMAGED_FILE = "newsreader-index-damaged"


def english_analyzer(stops: frozenset[str] = EN_STOPS) -> Any:
    """Lowercase, accent folding, English stop words, Porter stemming."""
    return (
        RegexTokenizer()
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StopFilter(stoplist=stops, minsize=2)
        | StemFilter(cachesize=50000)
    )


def french_analyzer(stops: frozenset[str] = FR_STOPS) -> Any:
    """Lowercase, accent folding, French stop words, Snowball French stemming.

    Folding comes before stemming: the French stemmer treats ``sécurité`` and ``securite`` differently
    (``secur`` / ``securit``), so stemming folded words is what lets a query typed without accents match.
    """
    return (
        RegexTokenizer()
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StopFilter(stoplist=stops, minsize=2)
        | StemFilter(lang="fr", cachesize=50000)
    )


class _Preanalysed:
    """A field that also takes its postings already analysed (a list, see :func:`analyse`).

    An import analyses each article in a worker process, so the process that writes the index only files the
    postings away. A plain value is analysed here, as by the base field type.
    """

    def index(self, value: Any, **kwargs: Any) -> Any:
        if isinstance(value, list):
            return value
        return super().index(value, **kwargs)  # type: ignore[misc]


class AnalysedText(_Preanalysed, TEXT):
    pass


class AnalysedKeyword(_Preanalysed, KEYWORD):
    pass


class AnalysedId(_Preanalysed, ID):
    pass


class ColumnDate(DATETIME):
    """A date read only from its column (``date:`` filters, sorting): one term per document, not eight."""

    def __init__(self) -> None:
        super().__init__(sortable=True)
        self.shift_step = 64


class ColumnNumber(NUMERIC):
    """A 64-bit integer read only from its column (sorting): one term per document, not sixteen."""

    def __init__(self) -> None:
        super().__init__(int, bits=64, sortable=True, shift_step=64)


#: Postings of one field of one document, as Whoosh files them: (term bytes, frequency, weight, value).
Postings = list[tuple[bytes, int, float, bytes]]


def build_schema(en_stops: frozenset[str] = EN_STOPS, fr_stops: frozenset[str] = FR_STOPS) -> Schema:
    en = english_analyzer(en_stops)
    fr = french_analyzer(fr_stops)
    return Schema(
        id=ID(stored=True, unique=True, sortable=True),
        lang=AnalysedId(),
        title_en=AnalysedText(analyzer=en, field_boost=2.0),
        body_en=AnalysedText(analyzer=en),
        title_fr=AnalysedText(analyzer=fr, field_boost=2.0),
        body_fr=AnalysedText(analyzer=fr),
        names=AnalysedKeyword(lowercase=True, scorable=True),
        figs=AnalysedKeyword(lowercase=True),
        source=AnalysedKeyword(lowercase=True, commas=True),
        feed=AnalysedKeyword(lowercase=True, commas=True),
        tag=AnalysedKeyword(lowercase=True, commas=True),
        date=ColumnDate(),
        sort_ts=ColumnNumber(),
    )


def query_schema() -> Schema:
    """The schema the query parser analyses with: the index's fields, every stop word of both languages
    dropped everywhere (see ``QUERY_STOPS``), including from ``names``."""
    schema = build_schema(QUERY_STOPS, QUERY_STOPS)
    schema["names"].analyzer = (
        RegexTokenizer(r"[^\s]+") | LowercaseFilter() | StopFilter(stoplist=QUERY_STOPS, minsize=2)
    )
    return schema
