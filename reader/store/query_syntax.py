"""The query language's own syntax, read before any search engine sees the query: bounds, ``lang:``/``is:``/
``date:`` filters, dates, and figures written in any format (``620 000``, ``4,2 millions``, ``€950``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from reader.analysis import normalise_value

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
_FIGURE_WORDS = {*_SCALES, *_CURRENCIES, *"d de percent per cent pour sterling suisse suisses".split()}


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
