"""Full-text search over both languages: a query string to ranked, snippeted hits; filters; did-you-mean.

The query language is read by :func:`reader.store.whoosh_backend.analyse_query` (its own syntax in
:mod:`reader.store.query_syntax`); here its ``lang:``/``is:``/``date:`` filters become masks over the index's
documents (the read and bookmark state living in SQLite), the library's ignore rules are applied, and the hits
are completed from the article records in SQLite, the index holding no text.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from reader.analysis import normalise_value
from reader.model import MARK_END, MARK_START, display_text
from reader.records import SearchRecord
from reader.store.db import Database
from reader.store.query_syntax import MAX_QUERY_CHARS, DateSpan, Filters, QueryError, find_figures, parse_date
from reader.store.whoosh_backend.highlight import article_snippet
from reader.store.whoosh_backend.index import Index
from reader.store.whoosh_backend.query import (
    ParsedQuery,
    analyse_query,
    finds_more,
    highlight_terms,
    is_scored,
    parse_query,
    rank,
)
from reader.store.whoosh_backend.scoring import (
    Engine,
    date_mask,
    engine,
    ids_mask,
    lang_mask,
    signed_order,
)
from reader.store.whoosh_backend.suggest import suggest

__all__ = [
    "MARK_END",
    "MARK_START",
    "MAX_QUERY_CHARS",
    "DateSpan",
    "Hit",
    "QueryError",
    "SearchResult",
    "analyse_query",
    "find_figures",
    "hidden_ids",
    "match_counts",
    "matching_ids",
    "parse_date",
    "parse_query",
    "search",
]


class Searched(Protocol):
    """What a search reads of the library: its database, its index and its ignore rules."""

    @property
    def db(self) -> Database: ...

    @property
    def index(self) -> Index | None: ...

    @property
    def ignore_rules(self) -> tuple[str, ...]: ...

    def state_stamp(self) -> tuple[int, int]: ...


def _searcher(library: Searched) -> Any:
    """The index's current searcher; the library only searches when it has an index."""
    if library.index is None:
        raise ValueError("the library has no search index")
    return library.index.searcher()


#: A query with at most this many hits gets a did-you-mean suggestion, when a better query exists.
FEW_HITS = 2

SORTS = ("relevance", "date")


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


_FLAG_SQL = {"bookmarked": "bookmarked = 1", "read": "read = 1", "paired": "pair_id IS NOT NULL"}


# -- filter masks ----------------------------------------------------------------------------------------


def filter_masks(
    library: Searched, eng: Engine, filters: Filters, *, ignore: bool = True
) -> tuple[np.ndarray | None, np.ndarray | None]:
    """``(keep, drop)`` boolean masks over docnums: a hit must be in ``keep`` and not in ``drop``. ``drop``
    holds the articles the config's ignore rules hide, unless ``ignore`` is False."""
    keep: list[np.ndarray] = []
    drop: list[np.ndarray] = []
    hidden = ignore_mask(library, eng) if ignore else None
    if hidden is not None:
        drop.append(hidden)
    if filters.langs:
        keep.append(np.logical_or.reduce([lang_mask(eng, lang) for lang in filters.langs]))
    drop += [lang_mask(eng, lang) for lang in filters.not_langs]
    keep += [date_mask(eng, span.start, span.end) for span in filters.dates]
    drop += [date_mask(eng, span.start, span.end) for span in filters.not_dates]
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


def _match_mask(library: Searched, eng: Engine, parsed: ParsedQuery, *, ignore: bool) -> np.ndarray:
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


def ignore_mask(library: Searched, eng: Engine) -> np.ndarray | None:
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


def _engine(library: Searched) -> Engine | None:
    searcher = _searcher(library)
    return engine(searcher) if searcher.doc_count() else None


def hidden_ids(library: Searched) -> np.ndarray:
    """The article ids the ignore rules hide (sorted)."""
    eng = _engine(library)
    mask = ignore_mask(library, eng) if eng is not None else None
    if eng is None or mask is None:
        return np.zeros(0, dtype=np.int64)
    return np.sort(eng.column("id")[mask])


def matching_ids(library: Searched, query: str) -> list[int]:
    """Every article ``query`` matches, newest first, less the hidden ones: a saved search's list."""
    parsed = analyse_query(query)
    eng = _engine(library)
    if eng is None:
        return []
    docs = np.flatnonzero(_match_mask(library, eng, parsed, ignore=True))
    ids = eng.column("id")[docs]
    newest = signed_order(eng.column("sort_ts"))[docs]
    return [int(i) for i in ids[np.lexsort((-ids, -newest))]]


def match_counts(library: Searched, query: str) -> tuple[int, int]:
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


def _run(
    library: Searched, searcher: Any, parsed: ParsedQuery, limit: int, sort: str
) -> tuple[list[tuple[int, float]], int]:
    """(docnum, score) of the best ``limit`` hits, best first, and the total number of matches."""
    eng = engine(searcher)
    keep, drop = filter_masks(library, eng, parsed.filters)
    if parsed.query is None or keep is not None and not keep.any():
        return [], 0
    by_date = sort == "date" or not is_scored(parsed.query)
    return rank(searcher, parsed.query, limit, by_date, keep, drop)


def _finds_more(library: Searched, searcher: Any, parsed: ParsedQuery, n: int) -> bool:
    """Whether ``parsed`` finds more than ``n`` articles, the library's filters applied."""
    keep, drop = filter_masks(library, engine(searcher), parsed.filters)
    if parsed.query is None or keep is not None and not keep.any():
        return False
    found = finds_more(searcher, parsed.query, n, keep, drop)
    return found if found is not None else _run(library, searcher, parsed, 1, "relevance")[1] > n


def search(
    library: Searched, query: str, *, limit: int = 50, sort: str = "relevance", snippets: int | None = None
) -> SearchResult:
    """Search the library. ``sort`` is ``relevance`` (BM25F, title boosted; equal scores newest first) or
    ``date`` (newest first). Only the first ``snippets`` hits get a snippet (all when None): a list of 500
    hits shows a screenful at a time. Raises :class:`QueryError` for a query that cannot be read."""
    if sort not in SORTS:
        raise QueryError(f"unknown sort '{sort}' (use relevance or date)")
    started = time.perf_counter()
    parsed = analyse_query(query)
    searcher = _searcher(library)
    if searcher.doc_count() == 0:  # an empty index has no segment to read
        return SearchResult(query, 0, (time.perf_counter() - started) * 1000, None, [])
    limit = max(0, limit)
    hits, total = _run(library, searcher, parsed, limit, sort)
    scored = parsed.query is not None and is_scored(parsed.query)

    article_ids = engine(searcher).column("id") if hits else None
    ids = [int(article_ids[docnum]) for docnum, _ in hits] if article_ids is not None else []
    records = library.db.search_records(ids, figures=bool(parsed.figure_tokens), body=snippets is None)
    ranked = [
        (aid, score if scored else 0.0) for aid, (_, score) in zip(ids, hits, strict=True) if aid in records
    ]
    if sort == "relevance":
        ranked.sort(key=lambda h: (-round(h[1], 6), -records[h[0]]["sort_ts"], -h[0]))
    ranked = ranked[:limit]

    terms = highlight_terms(parsed.query, searcher) if parsed.query is not None else {}
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
        suggestion = suggest(
            searcher,
            parsed,
            total,
            library.db.article_records,
            lambda better, n: _finds_more(library, searcher, better, n),
        )
    took_ms = round((time.perf_counter() - started) * 1000, 1)
    return SearchResult(query, total, took_ms, suggestion, out)


def _figure_spans(record: SearchRecord, fig_tokens: set[str], length: int) -> list[tuple[int, int]]:
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
        qualifiers = wanted.get(normalise_value(abs(f["value"])))
        if not qualifiers or not 0 <= f["start"] < f["end"] <= length:
            continue
        # The same test as the index's figure tokens (see reader.analysis.figure_tokens).
        if qualifiers & {"", f["kind"], (f.get("currency") or "").lower()}:
            spans.append((f["start"], f["end"]))
    return spans


def _hit(
    searcher: Any,
    record: SearchRecord,
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
    text = display_text(record.get("blocks") or [])
    spans = _figure_spans(record, fig_tokens, len(text)) if fig_tokens else []
    return Hit(
        id=record["id"],
        title=record["title"],
        lang=record["lang"],
        date=record["date"],
        score=round(score, 3),
        snippet=article_snippet(searcher, record, text, terms, spans),
        pair_id=record.get("pair_id"),
    )
