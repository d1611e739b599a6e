"""An article's index document and its postings, analysed in one pass (in the import's worker processes).

What is filed must be exactly what Whoosh's analyzers and Positions format would file (the tests compare them),
or queries, analysed by Whoosh, would miss.
"""

from __future__ import annotations

import pickle
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from whoosh.fields import Schema
from whoosh.system import pack_uint

from reader.analysis import ACCENT_MAP, TOKEN_PATTERN, record_fields, stemmer, stops
from reader.store.whoosh_backend.schema import Postings, build_schema


class _TextAnalysis:
    """One TEXT field's analysis for indexing, in one pass: what its Whoosh analyzer and Positions format
    give (the tests compare the two), at about a third of the cost of Whoosh's chain of token generators.
    Queries are still analysed by Whoosh."""

    TOKEN = re.compile(TOKEN_PATTERN)

    #: Words remembered with their term; the cache is emptied when it grows past this.
    CACHE_SIZE = 200_000

    def __init__(self, stops: frozenset[str], stem: Callable[[str], str], field_boost: float) -> None:
        self.stops = stops
        self.stem = stem
        self.field_boost = field_boost
        self._terms: dict[str, str | None] = {}

    def term(self, word: str) -> str | None:
        """The term a word is indexed as, or None for a word the analyzer drops."""
        folded = word.lower().translate(ACCENT_MAP)
        term = None if len(folded) < 2 or folded in self.stops else self.stem(folded)
        if len(self._terms) >= self.CACHE_SIZE:
            self._terms.clear()
        self._terms[word] = term
        return term

    def postings(self, text: str) -> Postings:
        terms, term_of = self._terms, self.term
        positions: dict[str, list[int]] = {}
        pos = -1
        for i, word in enumerate(self.TOKEN.findall(text)):
            term = terms[word] if word in terms else term_of(word)
            if term is None:
                continue
            # StopFilter renumbers: the first word kept keeps its place, the next ones follow it.
            pos = i if pos < 0 else pos + 1
            found = positions.get(term)
            if found is None:
                positions[term] = [pos]
            else:
                found.append(pos)
        boost = self.field_boost
        return [
            (term.encode(), len(p), len(p) * boost, _encode_positions(p)) for term, p in positions.items()
        ]


def _encode_positions(positions: list[int]) -> bytes:
    """Positions as Whoosh's Positions format stores them: a count, then the pickled deltas."""
    if len(positions) == 1:  # most terms of an article: one encoding per position, made once
        found = _ONE_POSITION.get(positions[0])
        if found is None:
            found = _ONE_POSITION[positions[0]] = pack_uint(1) + pickle.dumps(positions, 2)
        return found
    deltas = [b - a for a, b in zip([0, *positions], positions, strict=False)]
    count: bytes = pack_uint(len(deltas))
    return count + pickle.dumps(deltas, 2)


_ONE_POSITION: dict[int, bytes] = {}


_schema: Schema | None = None
_text: dict[str, _TextAnalysis] = {}


def analyse(fields: dict[str, str]) -> dict[str, Postings]:
    """The postings of :func:`reader.analysis.analysed_fields`, as the index analyses them.

    Pure and picklable, so an import runs it in its worker processes (see :class:`_Preanalysed`).
    """
    global _schema
    if _schema is None:
        _schema = build_schema()
        for lang in ("en", "fr"):
            for part in ("title", "body"):
                name = f"{part}_{lang}"
                _text[name] = _TextAnalysis(stops(lang), stemmer(lang), _schema[name].format.field_boost)
    out = {}
    for name, value in fields.items():
        text = _text.get(name)
        out[name] = text.postings(value) if text else list(_schema[name].index(value))
    return out


def document(record: Mapping[str, Any], postings: dict[str, Postings] | None = None) -> dict[str, Any]:
    """The index document of a stored article record (as returned by the database).

    ``postings`` are the record's :func:`analysed_fields` already analysed (by :func:`analyse`), when known.
    """
    doc: dict[str, Any] = {"id": str(record["id"]), "sort_ts": int(record.get("sort_ts") or 0)}
    date = _displayed_date(record)
    if date is not None:
        doc["date"] = date
    doc.update(postings if postings is not None else analyse(record_fields(record)))
    return doc


def _displayed_date(record: Mapping[str, Any]) -> datetime | None:
    """The article's date on its own clock (as displayed), so ``date:2025-03-01`` means the date the reader
    sees, not the UTC date, which differs for an article published just after midnight in Paris."""
    if record.get("date"):
        try:
            return datetime.fromisoformat(record["date"]).replace(tzinfo=None)
        except ValueError:
            pass
    if record.get("date_ts") is not None:
        return datetime.fromtimestamp(record["date_ts"], UTC).replace(tzinfo=None)
    return None
