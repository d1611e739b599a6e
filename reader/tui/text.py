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


def query_terms(query: str) -> set[str]:
    """The plain words of a query, without operators or ``field:`` prefixes."""
    words = set()
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
    alternatives = "|".join(re.escape(t) for t in folded)
    return re.compile(rf"(?<!\w)(?:{alternatives})\w*", re.U)


def find_terms(text: str, pattern: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """(start, end) of each match of ``pattern`` in ``text``, accent- and case-insensitively."""
    if pattern is None or not text:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(fold(text))]


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def superscript(n: int) -> str:
    return str(n).translate(_SUPERSCRIPT)
