"""How much one input may hold: its file's bytes, and the characters of the articles parsed from it.

Kept apart from the package's entry points so that each format's parser can check them without importing
the package that dispatches to it.
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.model import Article, IngestError

MAX_FILE_BYTES = 20 * 1024 * 1024
#: How many characters the articles of one input may hold in all (titles, texts, summaries): a few times
#: the input cap, whatever makes a file grow while parsed (markup expanding, feedparser's copies).
MAX_OUTPUT_CHARS = 4 * MAX_FILE_BYTES


def article_chars(article: Article) -> int:
    """How many characters an article holds: title, text blocks, summary and TL;DR."""
    return (
        len(article.title)
        + len(article.summary)
        + sum(len(b.text) for b in article.blocks)
        + sum(len(t) for t in article.tldr)
    )


def output_too_large(chars: int) -> IngestError:
    return IngestError(
        f"parsed output too large (over {chars // 10**6} million characters, "
        f"limit {MAX_OUTPUT_CHARS // 10**6} million)"
    )


def check_output_size(articles: Iterable[Article]) -> None:
    """Raise ``IngestError`` when the articles of one input hold more than :data:`MAX_OUTPUT_CHARS`."""
    total = 0
    for article in articles:
        total += article_chars(article)
        if total > MAX_OUTPUT_CHARS:
            raise output_too_large(total)
