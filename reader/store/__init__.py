"""The embedded library: SQLite state plus a Whoosh index, behind the one ``Library`` facade.

The facade is imported on first use, so an import worker that needs only ``reader.store.index`` (to analyse
text as the index does) does not load the library, nor import it half-way through loading the pipeline.
"""

from typing import TYPE_CHECKING, Any

from reader.model import display_text

if TYPE_CHECKING:
    from reader.store.library import FileResult, ImportStats, Library

__all__ = ["FileResult", "ImportStats", "Library", "display_text"]


def __getattr__(name: str) -> Any:
    if name in ("FileResult", "ImportStats", "Library"):
        from reader.store import library

        return getattr(library, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
