"""The embedded library: SQLite state plus a search index, behind the ``Library`` facade."""

from reader.model import display_text
from reader.store.db import Row
from reader.store.library import FileResult, ImportStats, Library

__all__ = ["FileResult", "ImportStats", "Library", "Row", "display_text"]
