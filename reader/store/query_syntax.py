"""The query language's own syntax, read before any search engine sees the query: bounds, ``lang:``/``is:``/
``date:`` filters, dates, and figures written in any format (``620 000``, ``4,2 millions``, ``€950``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from reader.analysis import figure_token, normalise_value
from reader.figures import extract_figures
from reader.figures.numbers import (
    CURRENCY_PREFIXES,
    CURRENCY_SUFFIXES,
    PERCENT_SUFFIXES,
    SCALE_SUFFIXES,
    SCALE_WORDS,
)
from reader.model import Figure

#: A bound on a query's work: its length (the backend bounds its expanded terms and did-you-mean).
MAX_QUERY_CHARS = 1000


class QueryError(ValueError):
    """A query that cannot be read; the message is one line, for the user."""


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

#: Figures of these kinds are looked for whole, scale and currency included (``4,2 millions d'euros``).
_WHOLE_KINDS = frozenset({"money", "percent", "count", "year"})
#: Figures of these kinds are looked for by their number alone: the index keeps their value, not their
#: unit, so the unit stays a word of the query (``34 ans``, ``10 years``).
_NUMBER_KINDS = frozenset({"age", "duration", "temperature"})
#: The digits of a figure's text, French or English grouping.
_DIGITS = re.compile(r"\d(?:[\d.,\x20]*\d)?")
#: Characters before a figure that make it part of something else: a word, a number, an identifier
#: (``CVE-2024-1``, ``v4.2``), query syntax (``x~2``, ``title:2025``).
_BEFORE = re.compile(r"(?:[\w.,'~^*:/]|\w-)\Z")
_AFTER = re.compile(r"[.,]\d|[^\W_]")
_PLAIN = re.compile(r"\d+(?:\.\d+)?")


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
        """The index token of this figure (see :func:`reader.analysis.figure_token`)."""
        return figure_token(self.value, self.currency, self.percent)


def _query_figure(text: str, fig: Figure) -> QueryFigure | None:
    start, end = fig.start, fig.end
    if (fig.value < 0 or fig.minus) and not text[start].isdigit():
        start += 1  # "-620000": the minus excludes what follows; figures are looked for by their size
    if fig.kind in _NUMBER_KINDS:
        digits = _DIGITS.search(fig.text)
        if digits is None:
            return None
        start, end = start + digits.start(), start + digits.end()
    elif fig.kind not in _WHOLE_KINDS:  # dates stay words
        return None
    if _BEFORE.search(text, 0, start) or _AFTER.match(text, end):
        return None
    percent = fig.kind == "percent"
    currency = fig.currency.lower() if fig.currency else None
    # Only a number the text analyzers keep whole (no thousands or decimal comma) is also a word.
    plain = not currency and not percent and _PLAIN.fullmatch(text, start, end) is not None
    return QueryFigure(start, end, normalise_value(abs(fig.value)), currency, percent, plain)


def find_figures(text: str) -> list[QueryFigure]:
    """The figures written in a query, read by the figure extractor as it reads an article of either language,
    so a query finds what the index holds for the same words: ``620000``, ``620,000``, ``620 000``,
    ``4.2 million``, ``4,2 millions``, ``2 mln``, ``5m``, ``€950``, ``950 euros``, ``5 M€``, ``12 %``.
    Numbers written in words (``nine``, ``une``) and dates stay words."""
    if not any(c.isdigit() for c in text):  # a figure of a query is written with digits
        return []
    found = []
    for fig in extract_figures(text, ""):
        qf = _query_figure(text, fig)
        if qf is not None:
            found.append(qf)
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


NORMALISE = str.maketrans(
    {
        "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"',
        "’": "'", "‘": "'", "ʼ": "'",
        "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\t": " ", "\n": " ", "\r": " ",
    }
)  # fmt: skip
FIELD_TOKEN = re.compile(
    r"""(?P<neg>-)?(?P<name>lang|is|date|source|feed|tag):(?P<value>"[^"]*"|\[[^\]]*\]|[<>]=?[^\s()"]+|[^\s()"]*)""",
    re.I,
)
TRAILING_NOT = re.compile(r"(?:^|(?<=[\s(]))NOT\s+$")
SIGNS = re.compile(r'"[^"]*"|(?P<pre>^|[\s(])(?P<sign>[-+])(?=[^\s\-+])')
_WORD = re.compile(r"[^\W\d_]+")
PLACEHOLDER = "\ue010{}\ue011"
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"}
#: Words that belong to a figure (``4,2 millions d'euros``): never offered a spelling correction.
_FIGURE_WORDS = frozenset(
    w
    for phrase in (
        *SCALE_WORDS,
        *SCALE_SUFFIXES,
        *CURRENCY_PREFIXES,
        *CURRENCY_SUFFIXES,
        *PERCENT_SUFFIXES,
        "d",
        "de",
    )
    for w in _WORD.findall(phrase.lower())
)


def check_balanced(text: str) -> None:
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


def sign(m: re.Match[str]) -> str:
    if m.group("sign") is None:
        return m.group(0)
    return m.group("pre") + ("NOT " if m.group("sign") == "-" else "")


def add_filter(filters: Filters, name: str, value: str, negated: bool) -> None:
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


def plain_words(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    words = []
    for m in _WORD.finditer(text):
        s, e = m.span()
        if any(ps <= s < pe for ps, pe in protected) or m.group() in _OPERATORS:
            continue
        if text[e : e + 1] in ("*", "~", ":") or m.group().lower() in _FIGURE_WORDS:
            continue
        words.append((s, e))
    return words
