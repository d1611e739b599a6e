"""The search backend: everything that knows Whoosh, its index format and its private internals.

The rest of the library sees this interface: :class:`Index` (open, check, write in batches, a searcher per
version), :func:`analyse` (an article's postings, in the import's worker processes), :func:`analyse_query` and
:func:`rank` (a query string to Whoosh queries, scored with Whoosh's BM25F over whole posting lists), masks
over the index's documents, snippets and did-you-mean. Whoosh is pinned to one version (see ``pyproject.toml``):
the writer and the scoring read and write its posting format directly.
"""

from reader.store.whoosh_backend.highlight import article_snippet, make_snippet, matched_spans
from reader.store.whoosh_backend.index import SETTLED_SEGMENT, Batch, Index
from reader.store.whoosh_backend.postings import analyse, document
from reader.store.whoosh_backend.query import (
    LANG_FIELDS,
    TEXT_FIELDS,
    ParsedQuery,
    analyse_query,
    highlight_terms,
    is_scored,
    parse_query,
    rank,
)
from reader.store.whoosh_backend.schema import DAMAGED_FILE, STAMP_FILE, Postings, build_schema, query_schema
from reader.store.whoosh_backend.scoring import (
    Engine,
    Unsupported,
    date_mask,
    engine,
    ids_mask,
    lang_mask,
    signed_order,
)
from reader.store.whoosh_backend.suggest import suggest

__all__ = [
    "DAMAGED_FILE",
    "LANG_FIELDS",
    "SETTLED_SEGMENT",
    "STAMP_FILE",
    "TEXT_FIELDS",
    "Batch",
    "Engine",
    "Index",
    "ParsedQuery",
    "Postings",
    "Unsupported",
    "analyse",
    "analyse_query",
    "article_snippet",
    "build_schema",
    "date_mask",
    "document",
    "engine",
    "highlight_terms",
    "ids_mask",
    "is_scored",
    "lang_mask",
    "make_snippet",
    "matched_spans",
    "parse_query",
    "query_schema",
    "rank",
    "signed_order",
    "suggest",
]
