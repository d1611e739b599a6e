"""The embedded library: SQLite state plus a Whoosh index, behind the one ``Library`` facade."""

from reader.store.library import FileResult, ImportStats, Library, display_text

__all__ = ["FileResult", "ImportStats", "Library", "display_text"]
