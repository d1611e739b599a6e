"""The embedded library: SQLite state plus a Whoosh index, behind the one ``Library`` facade."""

from reader.model import display_text
from reader.store.library import FileResult, ImportStats, Library

__all__ = ["FileResult", "ImportStats", "Library", "display_text"]
