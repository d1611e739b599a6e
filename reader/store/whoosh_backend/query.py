"""Queries for the Whoosh index: a query string parsed into Whoosh queries, and run.

A query string is read in three steps. First the syntax Whoosh's parser cannot express is taken out:
``lang:``, ``is:`` and ``date:`` become filters (boolean masks over documents, applied to the matches and never
scored), while ``source:``/``feed:``/``tag:`` and every figure (``620 000``, ``4,2 millions``, ``€950``) become
ready-made queries left in the string as placeholders. Then ``MultifieldParser`` parses the rest over the
English, French and names fields, each word analysed by each field's own analyzer (stop words of both languages
dropped everywhere, see :func:`reader.store.whoosh_backend.schema.query_schema`), so a French word finds French
articles, an English word English ones and a proper name both. Last, each placeholder becomes its query.

The query is then scored by :mod:`reader.store.whoosh_backend.scoring` (Whoosh's BM25F, vectorised), or by
Whoosh itself when it holds a phrase.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
from whoosh import qparser
from whoosh import query as q
from whoosh.fields import Schema
from whoosh.qparser import syntax

from reader.store.query_syntax import (
    FIELD_TOKEN,
    MAX_QUERY_CHARS,
    NORMALISE,
    PLACEHOLDER,
    SIGNS,
    TRAILING_NOT,
    Filters,
    QueryError,
    QueryFigure,
    add_filter,
    check_balanced,
    find_figures,
    plain_words,
    sign,
)
from reader.store.whoosh_backend import scoring
from reader.store.whoosh_backend.schema import query_schema

#: Fields a word without a field name is looked for in.
TEXT_FIELDS = ("title_en", "body_en", "title_fr", "body_fr", "names")
#: The title and body fields of each language; articles in any other language are indexed as English.
LANG_FIELDS = {"en": ("title_en", "body_en"), "fr": ("title_fr", "body_fr")}
#: Extra hits fetched past ``limit`` so equal scores at the cut can still be ordered newest first.
TIE_SLACK = 10
#: Fuzzy, prefix and wildcard terms a query may hold: each walks the term list.
MAX_EXPANDED_TERMS = 8
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(slots=True)
class ParsedQuery:
    """What :func:`analyse_query` makes of a query string."""

    text: str  # the query as read (quotes and spaces normalised; same length as the input)
    query: q.Query | None  # None: nothing to look for (only stop words); every article when only filters
    filters: Filters
    figure_tokens: set[str]
    words: list[tuple[int, int]]  # spans of plain words in ``text``, the candidates for did-you-mean


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


def parsing_schema() -> Schema:
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
    schema = schema or parsing_schema()
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long: {len(text):,} characters (at most {MAX_QUERY_CHARS})")
    if _SURROGATE.search(text):
        raise QueryError("query is not valid UTF-8")
    text = text.translate(NORMALISE)
    check_balanced(text)
    filters = Filters()
    placeholders: list[q.Query] = []
    fig_tokens: set[str] = set()
    protected: list[tuple[int, int]] = []  # spans that are not plain words
    out: list[str] = []
    plain: list[str] = []
    plain_start = 0

    def placeholder(qobj: q.Query) -> str:
        placeholders.append(qobj)
        return PLACEHOLDER.format(len(placeholders) - 1)

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
        m = FIELD_TOKEN.match(text, i) if boundary and c in "-lLiIdDsSfFtT" else None
        if m is None:
            plain.append(c)
            i += 1
            continue
        name, value, negated = m.group("name").lower(), m.group("value"), bool(m.group("neg"))
        protected.append((m.start(), m.end()))
        if name in ("lang", "is", "date"):
            pending = "".join(plain)
            not_before = TRAILING_NOT.search(pending)
            if not_before:  # blanked, not cut, so offsets into ``text`` stay right
                negated = not negated
                plain[:] = [pending[: not_before.start()] + " " * (len(pending) - not_before.start())]
            flush(i)
            add_filter(filters, name, value, negated)
            out.append(" ")
        else:
            flush(i)
            out.append(("-" if negated else "") + placeholder(_keyword_query(name, value)) + " ")
        i = plain_start = m.end()
    flush(n)

    whoosh_text = SIGNS.sub(sign, "".join(out))
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
    return ParsedQuery(text, qobj, filters, fig_tokens, plain_words(text, protected))


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
    default :func:`reader.store.whoosh_backend.schema.query_schema` (the index's analyzers, stop words of both languages)."""
    parsed = analyse_query(text, schema)
    return parsed.query, parsed.filters


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


def highlight_terms(qobj: q.Query, searcher: Any) -> dict[str, set[str]]:
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


def is_scored(qobj: q.Query) -> bool:
    """Whether any part of the query gives a relevance score (filters alone do not)."""
    if isinstance(qobj, (q.Every, q.ConstantScoreQuery, q.Not)):
        return False
    if isinstance(qobj, q.AndNot):
        return is_scored(qobj.a)
    if qobj.is_leaf():
        return True
    return any(is_scored(c) for c in qobj.children())


def rank(
    searcher: Any, qobj: q.Query, limit: int, by_date: bool, keep: np.ndarray | None, drop: np.ndarray | None
) -> tuple[list[tuple[int, float]], int]:
    """(docnum, score) of the best ``limit`` hits, best first, and the total number of matches; a hit must be
    in ``keep`` and not in ``drop`` (boolean masks over docnums)."""
    eng = scoring.engine(searcher)
    try:
        found = eng.evaluate(qobj)
    except scoring.Unsupported:  # phrases, prefixes, fuzzy terms: Whoosh scores them
        return _run_whoosh(searcher, qobj, limit, by_date, keep, drop)
    return eng.top(found, limit, by_date=by_date, keep=keep, drop=drop)


#: How many matches :func:`finds_more` walks before leaving the answer to a full count.
WALK_LIMIT = 2000


def finds_more(
    searcher: Any, qobj: q.Query, n: int, keep: np.ndarray | None, drop: np.ndarray | None
) -> bool | None:
    """Whether the query matches more than ``n`` documents in ``keep`` and not in ``drop`` (boolean masks
    over docnums); None when that is still open after ``WALK_LIMIT`` matches (the filters leave out most).

    The matches are walked in order and the walk stops at the one past ``n``, where ranking them all would
    read and score every posting of a common word (what checking a did-you-mean cost)."""
    found = 0
    for walked, docnum in enumerate(searcher.docs_for_query(qobj)):
        if (keep is None or keep[docnum]) and (drop is None or not drop[docnum]):
            found += 1
            if found > n:
                return True
        if walked >= WALK_LIMIT:
            return None
    return False


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
