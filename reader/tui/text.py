"""Text helpers for the TUI: feed text made safe to draw, and search terms found again in an article.

Feed text is never parsed as markup: widgets build ``rich.text.Text`` from these plain strings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from reader.model import MARK_END, MARK_START

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")
_MARKED = re.compile(f"{MARK_START}(.*?){MARK_END}", re.S)
#: Query syntax that is not a word of the article: operators, field prefixes, wildcards.
_QUERY_WORD = re.compile(r"[\w][\w'’.,%$€£-]*", re.U)
_OPERATORS = {"and", "or", "not", "to"}


def safe(text: str | None) -> str:
    """``text`` with control characters (escape sequences included) replaced, so none reach the terminal.

    One character for one character, so figure offsets computed on the stored text still apply.
    """
    if not text:
        return ""
    return _CONTROL.sub("\ufffd", text.replace("\t", " ").replace("\r", " "))


def one_line(text: str | None) -> str:
    """``text`` made safe and folded onto one line (list rows, headers)."""
    return _SPACES.sub(" ", safe(text)).strip()


def fold(text: str) -> str:
    """Lower case without accents, one character for one character, so offsets still index ``text``."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[:1] or ch
        out.append(base.lower()[:1] or base)
    return "".join(out)


def marked_terms(snippet: str | None) -> set[str]:
    """The terms a search snippet marks as matched (between U+E000 and U+E001)."""
    return {m.strip() for m in _MARKED.findall(snippet or "") if m.strip()}


#: A figure in a query, its digit groups kept together ("145 000", "4,5", "1,200.50").
_QUERY_FIGURE = re.compile(
    r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d+)?(?!\w)|(?<![\w.,])\d+(?:[.,]\d+)?(?!\w)"
)
#: Where a figure's digit groups may be split: spaces (no-break ones too), points and commas.
_GROUP_SEPARATOR = r"[\s.,]"


def query_terms(query: str) -> set[str]:
    """The plain words of a query, without operators or ``field:`` prefixes. A figure is one term
    ("145 000"), never its digit groups, so its hits are whole figures."""
    words = {m.group(0) for m in _QUERY_FIGURE.finditer(query)}
    query = _QUERY_FIGURE.sub(" ", query)
    for raw in query.split():
        if ":" in raw:
            raw = raw.split(":", 1)[1]
        for w in _QUERY_WORD.findall(raw):
            w = w.strip(".,'’")
            if len(w) >= 2 and w.lower() not in _OPERATORS:
                words.add(w)
    return words


def term_pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern matching any of ``terms`` in :func:`fold`-ed text: whole words, any ending (stems)."""
    folded = sorted({fold(t) for t in terms if t.strip()}, key=len, reverse=True)
    if not folded:
        return None
    figures = [t for t in folded if t[:1].isdigit()]
    words = [t for t in folded if not t[:1].isdigit()]
    alternatives = []
    if figures:
        # A figure matches whole figures only: not "000" inside "8,000", nor "145" of "145 000".
        groups = "|".join(_GROUP_SEPARATOR.join(re.findall(r"\d+", t)) for t in figures)
        alternatives.append(rf"(?<!\w)(?<!\d[.,])(?<!\d\s)(?:{groups})(?!\w)(?!{_GROUP_SEPARATOR}\d)")
    if words:
        alternatives.append(rf"(?<!\w)(?:{'|'.join(re.escape(t) for t in words)})\w*")
    return re.compile("|".join(alternatives), re.U)


def find_terms(text: str, pattern: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """(start, end) of each match of ``pattern`` in ``text``, accent- and case-insensitively."""
    if pattern is None or not text:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(fold(text))]


#: No-break spaces shown as a blank that is not whitespace, so no wrapper breaks a line there ("4 300",
#: "« hot wallet »"). One character for one, so offsets still index the text.
_NO_BREAK = str.maketrans(dict.fromkeys("\u00a0\u202f\u2007", "\u2800"))


def keep_together(text: str) -> str:
    """``text`` for display: its no-break spaces can no longer be line breaks."""
    return text.translate(_NO_BREAK)


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def superscript(n: int) -> str:
    return str(n).translate(_SUPERSCRIPT)
