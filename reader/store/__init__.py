"""The embedded library: SQLite state plus a search index, behind the ``Library`` facade."""

from reader.model import display_text
from reader.records import (
    ArticleJson,
    ArticleRecord,
    Comparison,
    PairJson,
    PairRecord,
    RowJson,
    SearchRecord,
    StoredArticle,
    StoryJson,
)
from reader.store.db import Row, is_read_only_error
from reader.store.library import FileResult, ImportStats, IndexUnavailable, Library
from reader.store.query_syntax import QueryError

__all__ = [
    "ArticleJson",
    "ArticleRecord",
    "Comparison",
    "FileResult",
    "ImportStats",
    "IndexUnavailable",
    "Library",
    "PairJson",
    "PairRecord",
    "QueryError",
    "Row",
    "RowJson",
    "SearchRecord",
    "StoredArticle",
    "StoryJson",
    "display_text",
    "is_read_only_error",
]
