"""Full-text search over both languages: the query language, filters, figures, snippets and did-you-mean.

A query string is read in three steps. First the syntax Whoosh's parser cannot express is taken out:
``lang:``, ``is:`` and ``date:`` become filters (boolean masks over documents, applied to the matches and never
scored), while ``source:``/``feed:``/``tag:`` and every figure (``620 000``, ``4,2 millions``, ``€950``) become
ready-made queries left in the string as placeholders. Then ``MultifieldParser`` parses the rest over the
English, French and names fields, each word analysed by each field's own analyzer (stop words of both languages
dropped everywhere, see :func:`reader.store.index.query_schema`), so a French word finds French articles, an
English word English ones and a proper name both. Last, each placeholder becomes its query.

The query is then scored by :mod:`reader.store.scoring` (Whoosh's BM25F, vectorised), or by Whoosh itself when
it holds a phrase. Snippets come from the article text in SQLite, the index holding none.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

import numpy as np
from whoosh import qparser
from whoosh import query as q
from whoosh.analysis import Token
from whoosh.codec.base import Automata
from whoosh.fields import Schema
from whoosh.highlight import Formatter, Fragment, get_text
from whoosh.qparser import syntax
from whoosh.reading import TermNotFound
from whoosh.support.charset import accent_map
from whoosh.support.levenshtein import distance
from whoosh.util.times import datetime_to_long

from reader.model import MARK_END, MARK_START, display_text
from reader.store import scoring
from reader.store.index import normalise_value, query_schema

if TYPE_CHECKING:
    from reader.store.library import Library

#: Fields a word without a field name is looked for in.
TEXT_FIELDS = ("title_en", "body_en", "title_fr", "body_fr", "names")
#: The title and body fields of each language; articles in any other language are indexed as English.
LANG_FIELDS = {"en": ("title_en", "body_en"), "fr": ("title_fr", "body_fr")}
SNIPPET_CHARS = 200
#: A query with at most this many hits gets a did-you-mean suggestion, when a better query exists.
FEW_HITS = 2
#: Extra hits fetched past ``limit`` so equal scores at the cut can still be ordered newest first.
TIE_SLACK = 10

SORTS = ("relevance", "date")


#: Bounds on a query's work: its length, the terms that expand over the index (each walks the term list),
#: and did-you-mean (how long a word it corrects, how many words, how long it may take in all).
MAX_QUERY_CHARS = 1000
MAX_EXPANDED_TERMS = 8
SUGGEST_MAX_WORD = 30
SUGGEST_MAX_WORDS = 6
SUGGEST_BUDGET_S = 0.3
_SURROGATE = re.compile("[\ud800-\udfff]")


class QueryError(ValueError):
    """A query that cannot be read; the message is one line, for the user."""


# -- results -------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Hit:
    """One search result: the article, its score and a snippet with the matched terms marked."""

    id: int
    title: str
    lang: str
    date: str | None
    score: float
    snippet: str | None  # None for hits past the ``snippets`` asked for
    pair_id: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "lang": self.lang,
            "date": self.date,
            "score": self.score,
            "snippet": self.snippet,
            "pair_id": self.pair_id,
        }


@dataclass(slots=True)
class SearchResult:
    """The answer to a query: ``total`` matches, the best of them in ``results``, and how long it took."""

    query: str
    total: int
    took_ms: float
    suggestion: str | None
    results: list[Hit] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "took_ms": self.took_ms,
            "total": self.total,
            "suggestion": self.suggestion,
            "results": [h.to_json() for h in self.results],
        }


# -- filters -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DateSpan:
    """Dates from ``start`` (inclusive) to ``end`` (exclusive); None is open-ended."""

    start: datetime | None
    end: datetime | None


#: ``is:`` values: the flag they test and the value it must have.
IS_VALUES = {
    "bookmarked": ("bookmarked", True),
    "bookmark": ("bookmarked", True),
    "starred": ("bookmarked", True),
    "unread": ("read", False),
    "read": ("read", True),
    "paired": ("paired", True),
}
_FLAG_SQL = {"bookmarked": "bookmarked = 1", "read": "read = 1", "paired": "pair_id IS NOT NULL"}


@dataclass(slots=True)
class Filters:
    """The restrictions of a query. They apply to the whole query (they are ANDed with it), wherever they
    are written; a ``-`` or ``NOT`` before one excludes instead."""

    langs: set[str] = field(default_factory=set)
    not_langs: set[str] = field(default_factory=set)
    flags: list[tuple[str, bool]] = field(default_factory=list)  # (flag, required value)
    dates: list[DateSpan] = field(default_factory=list)
    not_dates: list[DateSpan] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.langs or self.not_langs or self.flags or self.dates or self.not_dates)


# -- figures in queries --------------------------------------------------------------------------------

_SCALES = {
    "thousand": 3, "thousands": 3, "k": 3, "mille": 3, "millier": 3, "milliers": 3,
    "million": 6, "millions": 6, "m": 6, "mn": 6, "mio": 6,
    "billion": 9, "billions": 9, "bn": 9, "b": 9, "milliard": 9, "milliards": 9,
    "md": 9, "mds": 9, "mrd": 9, "mrds": 9,
    "trillion": 12, "trillions": 12, "tn": 12,
}  # fmt: skip
#: One-letter scales are only read as such next to a currency: ``5m`` alone may be five metres.
_SHORT_SCALES = {"k", "m", "b"}
_CURRENCIES = {
    "€": "eur", "eur": "eur", "euro": "eur", "euros": "eur",
    "$": "usd", "us$": "usd", "$us": "usd", "usd": "usd", "dollar": "usd", "dollars": "usd",
    "£": "gbp", "gbp": "gbp", "pound": "gbp", "pounds": "gbp", "livre sterling": "gbp", "livres sterling": "gbp",
    "¥": "jpy", "jpy": "jpy", "yen": "jpy", "yens": "jpy",
    "chf": "chf", "franc suisse": "chf", "francs suisses": "chf",
    "cad": "cad",
}  # fmt: skip
_CUR_SYMBOL = r"US\$|\$US|\$|€|£|¥"
_CUR_CODE = r"(?:EUR|USD|GBP|JPY|CHF|CAD)(?![^\W\d_])"
_CUR_WORD = (
    r"(?:d'|de\s+)?(?:euros?|dollars?|pounds?|livres?\s+sterling|yens?|francs?\s+suisses?)(?![^\W\d_])"
)
_NUMBER = r"""
    \d{1,3}(?:(?:\x20\d{3}(?!\d))+|(?:,\d{3}(?!\d))+|(?:\.\d{3}(?!\d)){2,})(?:[.,]\d+)?   # grouped thousands
  | \d+(?:[.,]\d+)?
"""
_SCALE_RE = "|".join(sorted((re.escape(s) for s in _SCALES), key=len, reverse=True))
_FIGURE = re.compile(
    rf"""
    (?<![\w.,'~^*:/])(?<!\w-)                       # not in a word, a number, an identifier (CVE-2024-1), x~2
    (?:(?P<pre>{_CUR_SYMBOL}|{_CUR_CODE})\x20?)?
    (?P<num>{_NUMBER})(?![.,]\d)
    (?:\x20?(?P<scale>{_SCALE_RE})(?![^\W\d_]))?
    (?:\x20?(?P<post>{_CUR_SYMBOL}|{_CUR_CODE}|{_CUR_WORD}|%|(?:percent|per\x20cent|pour\x20?cent)(?![^\W\d_])))?
    (?![^\W_])
    """,
    re.X | re.I,
)


@dataclass(slots=True)
class QueryFigure:
    """A figure written in a query: ``text[start:end]`` of the query, its value and how it must match."""

    start: int
    end: int
    value: str  # normalised as the index writes it
    currency: str | None = None  # lowercase ISO code
    percent: bool = False
    plain: bool = False  # a bare number (``2025``, ``11``): also looked for as a word

    @property
    def token(self) -> str:
        if self.currency:
            return f"{self.currency}:{self.value}"
        if self.percent:
            return f"percent:{self.value}"
        return self.value


def _number_value(text: str) -> Decimal:
    s = text.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):  # 620,000 / 1,234.5
        s = s.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?", s):  # 1.234.567,5
        s = s.replace(".", "").replace(",", ".")
    else:  # 4,2 / 4.2 / 1234,5
        s = s.replace(",", ".")
    return Decimal(s)


def _currency(symbol: str | None) -> str | None:
    if not symbol:
        return None
    key = re.sub(r"\s+", " ", symbol.lower())
    key = re.sub(r"^(?:d'|de )", "", key)
    return _CURRENCIES.get(key)


def find_figures(text: str) -> list[QueryFigure]:
    """The figures written in a query, English or French style, with or without a scale word or currency:
    ``620000``, ``620,000``, ``620 000``, ``4.2 million``, ``4,2 millions``, ``€950``, ``950 euros``, ``12 %``."""
    found = []
    for m in _FIGURE.finditer(text):
        pre, post, scale = m.group("pre"), m.group("post"), m.group("scale")
        percent = post is not None and re.fullmatch(r"%|percent|per cent|pour ?cent", post, re.I) is not None
        currency = _currency(pre) or (None if percent else _currency(post))
        if scale and scale.lower() in _SHORT_SCALES and not currency:
            continue
        try:
            value = _number_value(m.group("num"))
        except InvalidOperation:
            continue
        if scale:
            value *= Decimal(10) ** _SCALES[scale.lower()]
        # Only a number the text analyzers keep whole (no thousands or decimal comma) is also a word.
        plain = not (pre or post or scale) and re.fullmatch(r"\d+(?:\.\d+)?", m.group("num")) is not None
        found.append(
            QueryFigure(m.start(), m.end(), normalise_value(float(value)), currency, percent, bool(plain))
        )
    return found


# -- dates ---------------------------------------------------------------------------------------------

_PERIOD = re.compile(r"(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?")
_DATE_HELP = "use YYYY, YYYY-MM, YYYY-MM-DD, >DATE, <DATE or [DATE TO DATE]"


def _period(text: str) -> DateSpan:
    m = _PERIOD.fullmatch(text.strip())
    if not m:
        raise QueryError(f"bad date '{text}' ({_DATE_HELP})")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            start = datetime(year, int(month), int(day))
            return DateSpan(start, start + timedelta(days=1))
        if month:
            start = datetime(year, int(month), 1)
            end = datetime(year + 1, 1, 1) if start.month == 12 else datetime(year, start.month + 1, 1)
            return DateSpan(start, end)
        return DateSpan(datetime(year, 1, 1), datetime(year + 1, 1, 1))
    except ValueError:
        raise QueryError(f"bad date '{text}' ({_DATE_HELP})") from None


def parse_date(value: str) -> DateSpan:
    """``2025``, ``2025-03``, ``2025-03-14``, ``>2025-01-01``, ``>=``, ``<``, ``<=``,
    ``[2025-01-01 TO 2025-03-31]`` (either end may be ``*``) and ``2025-01..2025-03``."""
    value = value.strip()
    m = re.fullmatch(r"\[\s*(\S+)\s+(?:TO\s+)?(\S+)?\s*\]|\[\s*(\S+)\s+TO\s*\]", value, re.I)
    if m or ".." in value:
        if m:
            lo, hi = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), None)
        else:
            lo, _, hi = value.partition("..")
        start = None if not lo or lo == "*" else _period(lo).start
        end = None if not hi or hi == "*" else _period(hi).end
        return DateSpan(start, end)
    for op in (">=", "<=", ">", "<"):
        if value.startswith(op):
            p = _period(value[len(op) :])
            return {
                ">=": DateSpan(p.start, None),
                ">": DateSpan(p.end, None),
                "<": DateSpan(None, p.start),
                "<=": DateSpan(None, p.end),
            }[op]
    return _period(value)


# -- parsing -------------------------------------------------------------------------------------------


@dataclass(slots=True)
class ParsedQuery:
    """What :func:`analyse_query` makes of a query string."""

    text: str  # the query as read (quotes and spaces normalised; same length as the input)
    query: q.Query | None  # None: nothing to look for (only stop words); every article when only filters
    filters: Filters
    figure_tokens: set[str]
    words: list[tuple[int, int]]  # spans of plain words in ``text``, the candidates for did-you-mean


_NORMALISE = str.maketrans(
    {
        "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"',
        "’": "'", "‘": "'", "ʼ": "'",
        "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\t": " ", "\n": " ", "\r": " ",
    }
)  # fmt: skip
_FIELD_TOKEN = re.compile(
    r"""(?P<neg>-)?(?P<name>lang|is|date|source|feed|tag):(?P<value>"[^"]*"|\[[^\]]*\]|[<>]=?[^\s()"]+|[^\s()"]*)""",
    re.I,
)
_TRAILING_NOT = re.compile(r"(?:^|(?<=[\s(]))NOT\s+$")
_SIGNS = re.compile(r'"[^"]*"|(?P<pre>^|[\s(])(?P<sign>[-+])(?=[^\s\-+])')
_WORD = re.compile(r"[^\W\d_]+")
_PLACEHOLDER = "\ue010{}\ue011"
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"}
#: Words that belong to a figure (``4,2 millions d'euros``): never offered a spelling correction.
_FIGURE_WORDS = {*_SCALES, *_CURRENCIES, *"d de percent per cent pour sterling suisse suisses".split()}


def _check_balanced(text: str) -> None:
    if text.count('"') % 2:
        raise QueryError("unbalanced quote in query")
    depth = {"(": 0, "[": 0}
    closing = {")": "(", "]": "["}
    for part in text.split('"')[::2]:  # outside quotes
        for c in part:
            if c in depth:
                depth[c] += 1
            elif c in closing:
                depth[closing[c]] -= 1
                if depth[closing[c]] < 0:
                    raise QueryError(f"unbalanced {'parenthesis' if c == ')' else 'bracket'} in query")
    if depth["("]:
        raise QueryError("unbalanced parenthesis in query")
    if depth["["]:
        raise QueryError("unbalanced bracket in query")


class _QueryNode(syntax.SyntaxNode):
    """A parse-tree leaf holding a query built before parsing (a figure, ``source:``, ``feed:``, ``tag:``)."""

    def __init__(self, qobj: q.Query) -> None:
        self.qobj = qobj

    def r(self) -> str:
        return repr(self.qobj)

    def query(self, parser: Any) -> q.Query:
        return self.qobj


class _PlaceholderPlugin(qparser.TaggingPlugin):
    expr = "\ue010(?P<n>\\d+)\ue011"
    priority = -100

    def __init__(self, queries: list[q.Query]) -> None:
        super().__init__()
        self.queries = queries

    def create(self, parser: Any, match: re.Match[str]) -> _QueryNode:
        return _QueryNode(self.queries[int(match.group("n"))])


_SCHEMA_LOCK = threading.Lock()
_QUERY_SCHEMA: Schema | None = None


def _query_schema() -> Schema:
    global _QUERY_SCHEMA
    with _SCHEMA_LOCK:
        if _QUERY_SCHEMA is None:
            _QUERY_SCHEMA = query_schema()
        return _QUERY_SCHEMA


def _parser(schema: Schema, placeholders: list[q.Query]) -> qparser.QueryParser:
    parser = qparser.MultifieldParser(list(TEXT_FIELDS), schema)
    # Apostrophes are French elision (l'attaque), not quotes; brackets are only date ranges, read earlier.
    parser.remove_plugin_class(qparser.SingleQuotePlugin)
    parser.remove_plugin_class(qparser.RangePlugin)
    parser.add_plugin(qparser.FuzzyTermPlugin())
    parser.add_plugin(qparser.FieldAliasPlugin({"title_en": ["title"]}))
    parser.add_plugin(qparser.CopyFieldPlugin({"title_en": "title_fr"}))
    parser.add_plugin(_PlaceholderPlugin(placeholders))
    return parser


def _text_terms(schema: Schema, text: str) -> list[q.Query]:
    """``text`` as a word in each language's title and body, analysed the way each field was indexed."""
    out: list[q.Query] = []
    for fieldname in (*LANG_FIELDS["en"], *LANG_FIELDS["fr"]):
        tokens = list(schema[fieldname].process_text(text, mode="query"))
        if len(tokens) == 1:
            out.append(q.Term(fieldname, tokens[0]))
    return out


def _keyword_query(name: str, value: str) -> q.Query:
    value = value.strip().strip('"').strip().lower()
    if not value:
        raise QueryError(
            f"{name}: needs a value, e.g. {name}:{'security' if name == 'tag' else 'lemonde.fr'}"
        )
    if name == "tag":
        inner: q.Query = q.Term("tag", value)
    elif name == "source":
        bare = value.removeprefix("www.")
        inner = q.Or([q.Prefix("source", bare), q.Prefix("source", "www." + bare)])
    else:  # feed: any feed whose title starts with the value
        inner = q.Prefix("feed", value)
    # 1.0: Whoosh gives a constant-score query's documents a weight of 1 whatever score is asked for.
    return q.ConstantScoreQuery(inner, 1.0)


def analyse_query(text: str, schema: Schema | None = None) -> ParsedQuery:
    """Read a query string (see the module docstring). Raises :class:`QueryError` when it cannot be read."""
    schema = schema or _query_schema()
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long: {len(text):,} characters (at most {MAX_QUERY_CHARS})")
    if _SURROGATE.search(text):
        raise QueryError("query is not valid UTF-8")
    text = text.translate(_NORMALISE)
    _check_balanced(text)
    filters = Filters()
    placeholders: list[q.Query] = []
    fig_tokens: set[str] = set()
    protected: list[tuple[int, int]] = []  # spans that are not plain words
    out: list[str] = []
    plain: list[str] = []
    plain_start = 0

    def placeholder(qobj: q.Query) -> str:
        placeholders.append(qobj)
        return _PLACEHOLDER.format(len(placeholders) - 1)

    def figure_query(fig: QueryFigure, raw: str) -> q.Query:
        fig_tokens.add(fig.token)
        term = q.Term("figs", fig.token)
        return q.Or([term, *_text_terms(schema, raw)]) if fig.plain else term

    def flush(end: int) -> None:
        nonlocal plain_start
        segment = "".join(plain)
        plain.clear()
        last = 0
        for fig in find_figures(segment):
            out.append(segment[last : fig.start])
            # No space before: a ``-`` right before the figure must still read as NOT.
            out.append(placeholder(figure_query(fig, segment[fig.start : fig.end])) + " ")
            protected.append((plain_start + fig.start, plain_start + fig.end))
            last = fig.end
        out.append(segment[last:])
        plain_start = end

    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            j = text.index('"', i + 1)
            flush(i)
            inner = text[i + 1 : j]
            figs = find_figures(inner.strip())
            if len(figs) == 1 and figs[0].end - figs[0].start == len(inner.strip()):
                out.append(" " + placeholder(figure_query(figs[0], inner.strip())) + " ")
            else:
                out.append(text[i : j + 1])
            i = plain_start = j + 1
            continue
        boundary = i == 0 or text[i - 1] in " ("
        m = _FIELD_TOKEN.match(text, i) if boundary and c in "-lLiIdDsSfFtT" else None
        if m is None:
            plain.append(c)
            i += 1
            continue
        name, value, negated = m.group("name").lower(), m.group("value"), bool(m.group("neg"))
        protected.append((m.start(), m.end()))
        if name in ("lang", "is", "date"):
            pending = "".join(plain)
            not_before = _TRAILING_NOT.search(pending)
            if not_before:  # blanked, not cut, so offsets into ``text`` stay right
                negated = not negated
                plain[:] = [pending[: not_before.start()] + " " * (len(pending) - not_before.start())]
            flush(i)
            _add_filter(filters, name, value, negated)
            out.append(" ")
        else:
            flush(i)
            out.append(("-" if negated else "") + placeholder(_keyword_query(name, value)) + " ")
        i = plain_start = m.end()
    flush(n)

    whoosh_text = _SIGNS.sub(_sign, "".join(out))
    whoosh_text = re.sub(r"(?i)(?<![\w:])title:", "title:", whoosh_text)
    try:
        parsed = _parser(schema, placeholders).parse(whoosh_text)
    except QueryError:
        raise
    except Exception as exc:  # Whoosh's parser is lenient; anything it still chokes on is the query's fault
        raise QueryError(f"cannot read query ({type(exc).__name__})") from None
    parsed = _without_positionless_phrases(parsed, schema)
    qobj: q.Query | None = None if isinstance(parsed, type(q.NullQuery)) else parsed
    if qobj is None and filters:
        qobj = q.Every()
    if qobj is not None:
        expanded = len(
            {leaf.text for leaf in qobj.leaves() if type(leaf) in (q.Prefix, q.Wildcard, q.FuzzyTerm)}
        )
        if expanded > MAX_EXPANDED_TERMS:
            raise QueryError(
                f"too many fuzzy, prefix or wildcard terms: {expanded} (at most {MAX_EXPANDED_TERMS})"
            )
    return ParsedQuery(text, qobj, filters, fig_tokens, _plain_words(text, protected))


def _without_positionless_phrases(qobj: q.Query, schema: Schema) -> q.Query:
    """A phrase can only be looked for in a field that records positions: ``names`` (whose words the body
    fields hold anyway) drops it; other keyword fields require its words."""
    if isinstance(qobj, q.Phrase):
        fieldobj = schema[qobj.fieldname] if qobj.fieldname in schema else None
        if fieldobj is None or fieldobj.format is None or not fieldobj.format.supports("positions"):
            if qobj.fieldname == "names":
                return q.NullQuery
            return q.And([q.Term(qobj.fieldname, w) for w in qobj.words]).normalize()
        return qobj
    if qobj.is_leaf():
        return qobj
    return qobj.apply(lambda child: _without_positionless_phrases(child, schema)).normalize()


def parse_query(text: str, schema: Schema | None = None) -> tuple[q.Query | None, Filters]:
    """The Whoosh query and the filters of a query string. ``schema`` is what words are analysed with: by
    default :func:`reader.store.index.query_schema` (the index's analyzers, stop words of both languages)."""
    parsed = analyse_query(text, schema)
    return parsed.query, parsed.filters


def _sign(m: re.Match[str]) -> str:
    if m.group("sign") is None:
        return m.group(0)
    return m.group("pre") + ("NOT " if m.group("sign") == "-" else "")


def _add_filter(filters: Filters, name: str, value: str, negated: bool) -> None:
    value = value.strip().strip('"').strip()
    if name == "lang":
        langs = {v.strip().lower() for v in value.split(",") if v.strip()}
        if not langs:
            raise QueryError("lang: needs a language, e.g. lang:fr")
        (filters.not_langs if negated else filters.langs).update(langs)
    elif name == "is":
        flag = IS_VALUES.get(value.lower())
        if flag is None:
            raise QueryError(f"unknown is:{value} (use is:bookmarked, is:unread, is:read or is:paired)")
        filters.flags.append((flag[0], flag[1] != negated))
    else:
        if not value:
            raise QueryError(f"date: needs a date ({_DATE_HELP})")
        (filters.not_dates if negated else filters.dates).append(parse_date(value))


def _plain_words(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    words = []
    for m in _WORD.finditer(text):
        s, e = m.span()
        if any(ps <= s < pe for ps, pe in protected) or m.group() in _OPERATORS:
            continue
        if text[e : e + 1] in ("*", "~", ":") or m.group().lower() in _FIGURE_WORDS:
            continue
        words.append((s, e))
    return words


# -- filter masks ----------------------------------------------------------------------------------------


def _date_mask(eng: scoring.Engine, span: DateSpan) -> np.ndarray:
    def build() -> np.ndarray:
        raw = eng.column("date")
        mask = raw != np.uint64(scoring.MISSING)
        if span.start is not None:
            mask &= raw >= np.uint64(datetime_to_long(span.start))
        if span.end is not None:
            mask &= raw < np.uint64(datetime_to_long(span.end))
        return mask

    return eng.cached(("date", span), build)


def _lang_mask(eng: scoring.Engine, lang: str) -> np.ndarray:
    return eng.cached(("lang", lang), lambda: eng.mask_of(eng.term("lang", lang).docs))


def ids_mask(eng: scoring.Engine, ids: Iterable[int]) -> np.ndarray:
    """The documents of the given article ids, as a boolean mask over docnums."""
    wanted = np.fromiter(ids, dtype=np.int64)
    return np.isin(eng.column("id"), wanted)


def filter_masks(
    library: Library, eng: scoring.Engine, filters: Filters, *, ignore: bool = True
) -> tuple[np.ndarray | None, np.ndarray | None]:
    """``(keep, drop)`` boolean masks over docnums: a hit must be in ``keep`` and not in ``drop``. ``drop``
    holds the articles the config's ignore rules hide, unless ``ignore`` is False."""
    keep: list[np.ndarray] = []
    drop: list[np.ndarray] = []
    hidden = ignore_mask(library, eng) if ignore else None
    if hidden is not None:
        drop.append(hidden)
    if filters.langs:
        keep.append(np.logical_or.reduce([_lang_mask(eng, lang) for lang in filters.langs]))
    drop += [_lang_mask(eng, lang) for lang in filters.not_langs]
    keep += [_date_mask(eng, span) for span in filters.dates]
    drop += [_date_mask(eng, span) for span in filters.not_dates]
    if filters.flags:
        total = library.db.count()
        for flag, value in filters.flags:
            condition = _FLAG_SQL[flag] if value else f"NOT ({_FLAG_SQL[flag]})"
            matching = library.db.count(condition)
            # The state lives in SQLite: fetch whichever side is smaller.
            if matching <= total - matching:
                keep.append(ids_mask(eng, library.db.ids_where(condition)))
            else:
                opposite = f"NOT ({_FLAG_SQL[flag]})" if value else _FLAG_SQL[flag]
                drop.append(ids_mask(eng, library.db.ids_where(opposite)))
    keep_mask = None if not keep else keep[0] if len(keep) == 1 else np.logical_and.reduce(keep)
    drop_mask = None if not drop else drop[0] if len(drop) == 1 else np.logical_or.reduce(drop)
    return keep_mask, drop_mask


# -- whole-library matches: saved searches, ignore rules (issue 18) ----------------------------------------


def _match_mask(library: Library, eng: scoring.Engine, parsed: ParsedQuery, *, ignore: bool) -> np.ndarray:
    """Every document ``parsed`` matches (no ranking, no limit), as a boolean mask over docnums."""
    mask = np.zeros(eng.doccount, dtype=bool)
    if parsed.query is None:
        return mask
    keep, drop = filter_masks(library, eng, parsed.filters, ignore=ignore)
    mask[eng.docs(parsed.query)] = True
    if eng.deleted is not None:
        mask &= ~eng.deleted
    if keep is not None:
        mask &= keep
    if drop is not None:
        mask &= ~drop
    return mask


def ignore_mask(library: Library, eng: scoring.Engine) -> np.ndarray | None:
    """The documents the library's ignore rules match (any of them), or None without rules. Built once per
    version of the index; a rule that reads the state (``is:read``) is built again when the state changed."""
    rules = library.ignore_rules
    if not rules:
        return None
    parsed = [analyse_query(rule) for rule in rules]
    stamp = library.state_stamp() if any(p.filters.flags for p in parsed) else None

    def build() -> np.ndarray:
        mask = np.zeros(eng.doccount, dtype=bool)
        for p in parsed:
            mask |= _match_mask(library, eng, p, ignore=False)
        return mask

    return eng.cached(("ignore", rules, stamp), build)


def _engine(library: Library) -> scoring.Engine | None:
    searcher = library.index.searcher()
    return scoring.engine(searcher) if searcher.doc_count() else None


def hidden_ids(library: Library) -> np.ndarray:
    """The article ids the ignore rules hide (sorted)."""
    eng = _engine(library)
    mask = ignore_mask(library, eng) if eng is not None else None
    if eng is None or mask is None:
        return np.zeros(0, dtype=np.int64)
    return np.sort(eng.column("id")[mask])


def matching_ids(library: Library, query: str) -> list[int]:
    """Every article ``query`` matches, newest first, less the hidden ones: a saved search's list."""
    parsed = analyse_query(query)
    eng = _engine(library)
    if eng is None:
        return []
    docs = np.flatnonzero(_match_mask(library, eng, parsed, ignore=True))
    ids = eng.column("id")[docs]
    newest = scoring.signed_order(eng.column("sort_ts"))[docs]
    return [int(i) for i in ids[np.lexsort((-ids, -newest))]]


def match_counts(library: Library, query: str) -> tuple[int, int]:
    """(articles, unread) ``query`` matches, less the hidden ones: a saved search's counts."""
    parsed = analyse_query(query)
    eng = _engine(library)
    if eng is None:
        return 0, 0
    mask = _match_mask(library, eng, parsed, ignore=True)
    total = int(mask.sum())
    if not total:
        return 0, 0
    keep, drop = filter_masks(library, eng, Filters(flags=[("read", False)]), ignore=False)
    unread = mask & keep if keep is not None else mask & ~drop if drop is not None else mask
    return total, int(unread.sum())


# -- snippets ------------------------------------------------------------------------------------------


class MarkFormatter(Formatter):
    """Wraps each matched term in U+E000 ... U+E001."""

    between = " … "

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return MARK_START + get_text(text, token, replace) + MARK_END


_FORMATTER = MarkFormatter()
#: Context kept before the first matched term of a snippet.
_BEFORE = 60
#: Whoosh's default tokenizer pattern: a snippet's words are cut exactly as the index cut them.
_TOKEN = r"\w+(?:\.?\w+)*"


def _fold_table() -> bytes:
    """cp1252 bytes to lower-case ASCII letters without accents (``É`` -> ``e``); other bytes unchanged."""
    table = bytearray(range(256))
    for b in range(256):
        char = bytes([b]).decode("cp1252", errors="ignore")
        folded = char.translate(accent_map).lower() if char else ""
        if len(folded) == 1 and folded.isascii() and folded.isalpha():
            table[b] = ord(folded)
    return bytes(table)


_FOLD_BYTES = _fold_table()
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789_.")
_WORD_REST = re.compile(rb"\w*(?:\.?\w+)*")


def _prefixes(terms: Iterable[str]) -> list[bytes]:
    """What a word analysed to one of ``terms`` (stems) starts with once folded: stemmers only change the end
    of a word, so the stem less its last two letters."""
    return sorted({t[: max(2, len(t) - 2)].encode("ascii") for t in terms if t}, key=len, reverse=True)


def _stems(analyzer: Any, word: str) -> tuple[str, ...]:
    # Kept on the analyzer (Whoosh analyzers are not hashable): the same words recur from hit to hit.
    cache = analyzer.__dict__.setdefault("_newsreader_stems", {})
    found = cache.get(word)
    if found is None:
        if len(cache) > 20000:
            cache.clear()
        found = cache[word] = tuple(t.text for t in analyzer(word, mode="query"))
    return found


def matched_spans(text: str, analyzer: Any, terms: set[str]) -> list[tuple[int, int, str]]:
    """``(start, end, term)`` of each word of ``text`` that ``analyzer`` turns into one of ``terms``.

    Only the words that start like a term are analysed, found with ``bytes.find`` in a folded copy of the
    text (one byte per character: cp1252, anything else a ``?``) rather than by analysing every word."""
    if not terms:
        return []
    if not all(t.isascii() for t in terms):  # a stem with letters cp1252 cannot fold: analyse every word
        return [
            (t.startchar, t.endchar, t.text)
            for t in analyzer(text, chars=True, mode="query")
            if t.text in terms
        ]
    folded = text.encode("cp1252", errors="replace").translate(_FOLD_BYTES)
    starts: set[int] = set()
    for prefix in _prefixes(terms):
        pos = folded.find(prefix)
        while pos >= 0:
            if pos == 0 or folded[pos - 1] not in _WORD_BYTES:
                starts.add(pos)
            pos = folded.find(prefix, pos + 1)
    spans = []
    for start in sorted(starts):
        end = _WORD_REST.match(folded, start).end()
        for stem in _stems(analyzer, text[start:end]):
            if stem in terms:
                spans.append((start, end, stem))
                break
    return spans


def _lead(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= SNIPPET_CHARS:
        return text
    cut = text.rfind(" ", 0, SNIPPET_CHARS)
    return text[: cut if cut > SNIPPET_CHARS // 2 else SNIPPET_CHARS] + " …"


def make_snippet(
    text: str, analyzer: Any, terms: set[str], spans: Iterable[tuple[int, int]] = ()
) -> str | None:
    """The ~200 characters of ``text`` with the most distinct matched terms, each matched term (and each of
    ``spans``, figures) wrapped in U+E000 ... U+E001; None when nothing in ``text`` matches."""
    if not text:
        return None
    found = matched_spans(text, analyzer, terms) if terms else []
    found += [(s, e, text[s:e]) for s, e in spans]
    if not found:
        return None
    found.sort()
    reach = SNIPPET_CHARS - _BEFORE

    def richness(i: int) -> tuple[int, int]:
        inside = [f for f in found[i:] if f[1] <= found[i][0] + reach]
        return len({f[2] for f in inside}), len(inside)

    first = max(range(len(found)), key=lambda i: (*richness(i), -i))
    anchor = found[first][0]
    start = 0 if anchor <= _BEFORE else max(0, text.rfind(" ", 0, anchor - _BEFORE) + 1)
    if start > anchor:
        start = anchor
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        cut = text.rfind(" ", anchor, end)
        end = cut if cut > anchor else end
    matches = []
    last = start
    for s, e, _ in found:
        if s >= last and e <= end:
            matches.append(Token(startchar=s, endchar=e))
            last = e
    body = " ".join(_FORMATTER.format_fragment(Fragment(text, matches, start, end)).split())
    prefix = "… " if start > 0 else ""
    suffix = " …" if text[end:].strip() else ""
    return prefix + body + suffix


# -- searching -----------------------------------------------------------------------------------------


def _positive_leaves(qobj: q.Query) -> Iterator[q.Query]:
    """Leaf queries that can match (not under a NOT): the ones whose terms a snippet marks."""
    if isinstance(qobj, q.Not):
        return
    if isinstance(qobj, q.AndNot):
        yield from _positive_leaves(qobj.a)
        return
    if qobj.is_leaf():
        yield qobj
        return
    for child in qobj.children():
        yield from _positive_leaves(child)


def _highlight_terms(qobj: q.Query, searcher: Any) -> dict[str, set[str]]:
    """Field -> term texts to mark, prefix and fuzzy queries expanded to the terms they matched."""
    eng = scoring.engine(searcher)
    terms: dict[str, set[str]] = {}
    for leaf in _positive_leaves(qobj):
        fieldname = leaf.field() if hasattr(leaf, "field") else None
        if fieldname not in ("title_en", "body_en", "title_fr", "body_fr"):
            continue
        if isinstance(leaf, q.Phrase):
            words = list(leaf.words)
        elif isinstance(leaf, q.Term) and not isinstance(leaf, q.MultiTerm):
            words = [leaf.text]
        else:  # prefix, wildcard, fuzzy: the terms they expand to
            words = (
                sorted(eng.expand(leaf))[:500] if type(leaf) in (q.Prefix, q.Wildcard, q.FuzzyTerm) else []
            )
        terms.setdefault(fieldname, set()).update(words)
    return terms


def _is_scored(qobj: q.Query) -> bool:
    """Whether any part of the query gives a relevance score (filters alone do not)."""
    if isinstance(qobj, (q.Every, q.ConstantScoreQuery, q.Not)):
        return False
    if isinstance(qobj, q.AndNot):
        return _is_scored(qobj.a)
    if qobj.is_leaf():
        return True
    return any(_is_scored(c) for c in qobj.children())


def _run(
    library: Library, searcher: Any, parsed: ParsedQuery, limit: int, sort: str
) -> tuple[list[tuple[int, float]], int]:
    """(docnum, score) of the best ``limit`` hits, best first, and the total number of matches."""
    eng = scoring.engine(searcher)
    keep, drop = filter_masks(library, eng, parsed.filters)
    if parsed.query is None or keep is not None and not keep.any():
        return [], 0
    by_date = sort == "date" or not _is_scored(parsed.query)
    try:
        found = eng.evaluate(parsed.query)
    except scoring.Unsupported:  # phrases, prefixes, fuzzy terms: Whoosh scores them
        return _run_whoosh(searcher, parsed.query, limit, by_date, keep, drop)
    return eng.top(found, limit, by_date=by_date, keep=keep, drop=drop)


def _run_whoosh(
    searcher: Any, qobj: q.Query, limit: int, by_date: bool, keep: np.ndarray | None, drop: np.ndarray | None
) -> tuple[list[tuple[int, float]], int]:
    keep_set = None if keep is None else set(np.flatnonzero(keep).tolist())
    drop_set = None if drop is None else set(np.flatnonzero(drop).tolist())
    if by_date:
        results = searcher.search(
            qobj, limit=limit, sortedby="sort_ts", reverse=True, filter=keep_set, mask=drop_set
        )
    else:
        results = searcher.search(qobj, limit=limit + TIE_SLACK, filter=keep_set, mask=drop_set)
    return [(h.docnum, float(h.score or 0.0)) for h in results], len(results)


def search(
    library: Library, query: str, *, limit: int = 50, sort: str = "relevance", snippets: int | None = None
) -> SearchResult:
    """Search the library. ``sort`` is ``relevance`` (BM25F, title boosted; equal scores newest first) or
    ``date`` (newest first). Only the first ``snippets`` hits get a snippet (all when None): a list of 500
    hits shows a screenful at a time. Raises :class:`QueryError` for a query that cannot be read."""
    if sort not in SORTS:
        raise QueryError(f"unknown sort '{sort}' (use relevance or date)")
    started = time.perf_counter()
    parsed = analyse_query(query)
    searcher = library.index.searcher()
    if searcher.doc_count() == 0:  # an empty index has no segment to read
        return SearchResult(query, 0, (time.perf_counter() - started) * 1000, None, [])
    limit = max(0, limit)
    hits, total = _run(library, searcher, parsed, limit, sort)
    scored = parsed.query is not None and _is_scored(parsed.query)

    article_ids = scoring.engine(searcher).column("id")
    ids = [int(article_ids[docnum]) for docnum, _ in hits]
    records = library.db.search_records(ids, figures=bool(parsed.figure_tokens), body=snippets is None)
    ranked = [
        (aid, score if scored else 0.0) for aid, (_, score) in zip(ids, hits, strict=True) if aid in records
    ]
    if sort == "relevance":
        ranked.sort(key=lambda h: (-round(h[1], 6), -records[h[0]]["sort_ts"], -h[0]))
    ranked = ranked[:limit]

    terms = _highlight_terms(parsed.query, searcher) if parsed.query is not None else {}
    if snippets is not None:
        shown = [aid for aid, _ in ranked[:snippets]]
        records.update(library.db.search_records(shown, figures=bool(parsed.figure_tokens)))
    out = [
        _hit(
            searcher,
            records[aid],
            score,
            terms,
            parsed.figure_tokens,
            snippet=snippets is None or i < snippets,
        )
        for i, (aid, score) in enumerate(ranked)
    ]

    suggestion = None
    if total <= FEW_HITS and parsed.words:
        suggestion = _suggest(library, searcher, parsed, total)
    took_ms = round((time.perf_counter() - started) * 1000, 1)
    return SearchResult(query, total, took_ms, suggestion, out)


def _figure_spans(record: dict[str, Any], fig_tokens: set[str], length: int) -> list[tuple[int, int]]:
    """Where the article writes the figures the query asked for (offsets into its displayed text)."""
    raw = record.get("figures_json")
    # Decoding every hit's figures is the slow part of a figure search: skip those without the digits.
    if raw is None or not any(token.rpartition(":")[2] in raw for token in fig_tokens):
        return []
    wanted: dict[str, set[str]] = {}  # value -> "" (any figure), "percent", or a currency code
    for token in fig_tokens:
        qualifier, _, value = token.rpartition(":")
        wanted.setdefault(value, set()).add(qualifier)
    spans = []
    for f in json.loads(raw):
        qualifiers = wanted.get(normalise_value(f["value"]))
        if not qualifiers or not 0 <= f["start"] < f["end"] <= length:
            continue
        # The same test as the index's figure tokens (see reader.store.index.figure_tokens).
        if qualifiers & {"", f["kind"], (f.get("currency") or "").lower()}:
            spans.append((f["start"], f["end"]))
    return spans


def _hit(
    searcher: Any,
    record: dict[str, Any],
    score: float,
    terms: dict[str, set[str]],
    fig_tokens: set[str],
    *,
    snippet: bool = True,
) -> Hit:
    if not snippet:
        return Hit(
            record["id"],
            record["title"],
            record["lang"],
            record["date"],
            round(score, 3),
            None,
            record.get("pair_id"),
        )
    lang = "fr" if record["lang"] == "fr" else "en"
    title_field, body_field = LANG_FIELDS[lang]
    analyzer = searcher.schema[body_field].analyzer
    words = terms.get(body_field, set()) | terms.get(title_field, set())
    text = display_text(record.get("blocks") or [])
    spans = _figure_spans(record, fig_tokens, len(text)) if fig_tokens else []
    snippet = make_snippet(text, analyzer, words, spans)
    if snippet is None:
        extra = "\n".join([record.get("summary") or "", *(record.get("tldr") or [])])
        snippet = make_snippet(extra, analyzer, words) or _lead(text or extra)
    return Hit(
        id=record["id"],
        title=record["title"],
        lang=record["lang"],
        date=record["date"],
        score=round(score, 3),
        snippet=snippet,
        pair_id=record.get("pair_id"),
    )


# -- did you mean --------------------------------------------------------------------------------------


def _analysed(lang: str, word: str) -> list[str]:
    return list(_query_schema()[LANG_FIELDS[lang][1]].process_text(word, mode="query"))


def _known(searcher: Any, word: str) -> bool:
    """Whether the word (as each language analyses it) is in the index at all; stop words count as known."""
    analysed = False
    for lang, fields in LANG_FIELDS.items():
        stems = _analysed(lang, word)
        analysed = analysed or bool(stems)
        for stem in stems:
            if any(searcher.doc_frequency(f, stem) for f in fields):
                return True
    return not analysed or searcher.doc_frequency("names", word.lower()) > 0


def _terms_within(searcher: Any, fieldnames: Iterable[str], text: str, maxdist: int) -> set[tuple[str, str]]:
    """(field, term) of the indexed terms within ``maxdist`` edits of ``text`` (same first letter)."""
    dfa = scoring.levenshtein_dfa(text, maxdist, 1)
    found: set[tuple[str, str]] = set()
    for reader, _ in scoring.engine(searcher).leaves:
        for fieldname in fieldnames:
            try:
                cursor = reader.cursor(fieldname)
            except (KeyError, TermNotFound, AttributeError):
                continue
            found.update((fieldname, term) for term in Automata.find_matches(dfa, cursor))
    return found


def _correction(library: Library, searcher: Any, word: str) -> str | None:
    """The closest indexed word to ``word`` (fewest edits, then most documents), as articles write it."""
    stems = {lang: _analysed(lang, word) for lang in LANG_FIELDS}
    best: tuple[int, int, str, str] | None = None  # (distance, -df, stem, field)
    for maxdist in (1, 2) if len(word) >= 6 else (1,):
        for lang, fields in LANG_FIELDS.items():
            if len(stems[lang]) != 1:
                continue
            stem = stems[lang][0]
            for fieldname, cand in _terms_within(searcher, fields, stem, maxdist):
                if cand != stem:
                    key = (distance(cand, stem), -searcher.doc_frequency(fieldname, cand), cand, fieldname)
                    best = key if best is None or key < best else best
        if best is not None:
            break
    if best is None:
        return None
    return _surface(library, searcher, best[3], best[2]) or best[2]


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?:;\n"


def _surface(library: Library, searcher: Any, fieldname: str, stem: str) -> str | None:
    """How articles write the word indexed as ``stem``: its commonest form in a few articles that have it,
    in lower case unless it is only ever capitalised, and capitalised mid-sentence (a name: NightHarbor)."""
    ids = [int(hit["id"]) for hit in searcher.search(q.Term(fieldname, stem), limit=5)]
    analyzer = searcher.schema[fieldname].analyzer
    counts: Counter[str] = Counter()
    lower_seen: set[str] = set()
    names: dict[str, str] = {}
    for record in library.db.article_records(ids):
        texts = (
            (record["title"], True),
            (display_text(record.get("blocks") or []), False),
            (record.get("summary") or "", False),
        )
        for text, is_title in texts:
            for t in analyzer(text, chars=True, mode="index"):
                if t.text != stem:
                    continue
                form = text[t.startchar : t.endchar]
                low = form.lower()
                counts[low] += 1
                if form == low:
                    lower_seen.add(low)
                elif not is_title and not _sentence_start(text, t.startchar):
                    names.setdefault(low, form)
    if not counts:
        return None
    word = counts.most_common(1)[0][0]
    return names[word] if word in names and word not in lower_seen else word


def _suggest(library: Library, searcher: Any, parsed: ParsedQuery, total: int) -> str | None:
    text = parsed.text
    replacements: list[tuple[int, int, str]] = []
    deadline = time.perf_counter() + SUGGEST_BUDGET_S
    tried = 0
    for s, e in parsed.words:
        word = text[s:e]
        if len(word) < 4 or len(word) > SUGGEST_MAX_WORD or _known(searcher, word):
            continue
        tried += 1
        if tried > SUGGEST_MAX_WORDS or time.perf_counter() > deadline:
            break
        fixed = _correction(library, searcher, word)
        if fixed and fixed.lower() != word.lower():
            if word[0].isupper() and fixed.islower():
                fixed = fixed[0].upper() + fixed[1:]
            replacements.append((s, e, fixed))
    if not replacements:
        return None
    corrected = text
    for s, e, fixed in reversed(replacements):
        corrected = corrected[:s] + fixed + corrected[e:]
    try:
        better = analyse_query(corrected)
    except QueryError:
        return None
    _, better_total = _run(library, searcher, better, 1, "relevance")
    return corrected if better_total > total else None
