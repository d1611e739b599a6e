"""Snippets: the part of an article's text with the most matched terms, each marked.

Snippets come from the article text in SQLite, the index holding none; words are matched by analysing them
with the index's own analyzers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from whoosh.analysis import Token
from whoosh.highlight import Formatter, Fragment, get_text

from reader.analysis import ACCENT_MAP
from reader.model import MARK_END, MARK_START
from reader.records import SearchRecord
from reader.store.whoosh_backend.query import LANG_FIELDS

SNIPPET_CHARS = 200


class MarkFormatter(Formatter):
    """Wraps each matched term in U+E000 ... U+E001."""

    between = " … "

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        marked: str = get_text(text, token, replace)
        return MARK_START + marked + MARK_END


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
        folded = char.translate(ACCENT_MAP).lower() if char else ""
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
    cache: dict[str, tuple[str, ...]] = analyzer.__dict__.setdefault("_newsreader_stems", {})
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
        end = _WORD_REST.match(folded, start).end()  # type: ignore[union-attr]  # it matches the empty string
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


def article_snippet(
    searcher: Any, record: SearchRecord, text: str, terms: dict[str, set[str]], spans: list[tuple[int, int]]
) -> str:
    """The snippet of a stored article whose displayed text is ``text``: the part with the most of ``terms``
    (field -> terms to mark, see :func:`reader.store.whoosh_backend.query.highlight_terms`) and ``spans``
    (figures), else its summary and TL;DR's, else its first lines."""
    lang = "fr" if record["lang"] == "fr" else "en"
    title_field, body_field = LANG_FIELDS[lang]
    analyzer = searcher.schema[body_field].analyzer
    words = terms.get(body_field, set()) | terms.get(title_field, set())
    snippet = make_snippet(text, analyzer, words, spans)
    if snippet is None:
        extra = "\n".join([record.get("summary") or "", *(record.get("tldr") or [])])
        snippet = make_snippet(extra, analyzer, words) or _lead(text or extra)
    return snippet
