"""The CPU-heavy half of an import: read a file, clean it, extract figures and names, analyse index fields.

Everything here is a pure function of the input, so a bulk import runs it in worker processes (both cores)
while the library process does the writing. A single file or an HTTP feed runs the same functions in-process.
How the index files an article's analysed fields is the store's to say: it hands its ``analyse`` function in
(a module-level function, so it reaches the worker processes by name).
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from reader.analysis import analysed_fields, indexed_body
from reader.figures import extract_figures
from reader.figures.currency import article_dollar, publisher_country
from reader.ingest import parse_bytes, read_input
from reader.model import Article, Figure, FigureField, IngestError, Subscription
from reader.pairing import bucket_tokens, proper_names

#: The store's analysis of an article's index fields (see :func:`reader.analysis.analysed_fields`) into
#: what its index files: field name -> postings, opaque here.
Analyser = Callable[[dict[str, str]], dict[str, Any]]


@dataclass(slots=True)
class Prepared:
    """An article with what the library stores beside it. ``figures`` is None when not computed yet."""

    article: Article
    content_hash: str
    figures: list[Figure] | None = None
    names: list[str] | None = None
    #: Figures of the title and TL;DR: searchable and evidence for pairing, but not highlighted in the body.
    extra_figures: list[Figure] | None = None
    #: The article's search index fields, analysed.
    postings: dict[str, Any] | None = None
    #: Its figure buckets and pairing keys, set by the library as it stores them (pairing reads them next).
    buckets: list[str] | None = None
    pairing_keys: list[str] | None = None

    def complete(self, analyse: Analyser) -> Prepared:
        """Compute the figures, names and index postings if they are missing (idempotent)."""
        if self.postings is None:
            article = self.article
            text = article.text
            self.figures, self.extra_figures = article_figures(article)
            self.names = sorted(proper_names(article.title + "\n" + text))
            fields = analysed_fields(
                lang=article.lang,
                title=article.title,
                body=indexed_body(article.tldr, article.summary, (b.text for b in article.blocks)),
                names=self.names,
                figures=[f.to_dict() for f in self.figures + self.extra_figures],
                source=article.source,
                feed=article.feed,
                tags=article.tags,
            )
            self.postings = analyse(fields)
        return self


#: The words that make a year the start of a span: "depuis 1990", "since 1990", "from 1990".
_SPAN_START_BEFORE = re.compile(r"(?i:\b(?:depuis|since|from|dès))\s+$")


@dataclass(slots=True)
class PreparedFile:
    """One input file, prepared: its articles and subscriptions, or the one-line reason it failed."""

    path: str
    digest: str = ""
    items: list[Prepared] = field(default_factory=list)
    subscriptions: list[Subscription] = field(default_factory=list)
    error: str | None = None


def article_figures(article: Article) -> tuple[list[Figure], list[Figure]]:
    """The figures of the body, and those of the title and the TL;DR (each with its ``field`` and offsets
    into that field), read with the publisher's dollar for a bare "$" or "dollars", and the currency of the
    country the article or its publisher names for a dinar, a peso, a riyal or a CFA franc."""
    whole = " ".join((article.title, article.tldr_text, article.text))
    dollar = article_dollar(
        whole, article.source, article.url, article.feed_url, article.lang_region, article.lang
    )
    # a publisher may name its country ("Algérie 1"), or its address may ("mybroadband.co.za")
    publisher = f"{article.source} {publisher_country(article.url)}"
    places = f"{whole} {publisher}"
    fields = []
    names: tuple[tuple[FigureField, str], ...] = (("title", article.title), ("tldr", article.tldr_text))
    for name, text in names:
        for f in extract_figures(text, article.lang, dollar, places, publisher) if text else []:
            f.field = name
            fields.append(f)
    body = extract_figures(article.text, article.lang, dollar, places, publisher)
    # A figure of the article's own year is of its story, and so is one of a year its title names ("Fraudes
    # au Canada : pertes de 98 millions en 2019"): neither is dated apart from the story's other figures.
    # A year the title gives as where a span starts ("en baisse depuis 1990") is no year of the story.
    story_years = {
        int(f.value)
        for f in fields
        if f.field == "title"
        and f.kind == "year"
        and not _SPAN_START_BEFORE.search(article.title, 0, f.start)
    }
    for f in (*body, *fields):
        if (
            f.year is not None and f.year < 0
        ):  # said of "last year", "three years ago" (see YEAR_BEFORE_ARTICLE)
            f.year = article.date.year + f.year if article.date else None
        if f.year is not None and (f.year in story_years or (article.date and f.year >= article.date.year)):
            f.year = None
        if (
            f.kind == "count"
            and f.month
            and f.year is None
            and article.date
            and f.month != article.date.month
        ):
            f.earlier = True  # "In April, 18 people were killed" in a report of July: another event's toll
    return body, fields


@cache
def figure_rules_stamp() -> str:
    """A digest of the rules that read an article's figures (the figures package, this module, and pairing's,
    which says what the library stores to look figures up by): a library whose figures were read by other
    rules reads them again (see ``Library``)."""
    digest = hashlib.sha256()
    figures_dir = Path(extract_figures.__code__.co_filename).parent
    pairing = Path(bucket_tokens.__code__.co_filename)
    try:
        for path in [*sorted(figures_dir.glob("*.py")), Path(__file__), pairing]:
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    except OSError:  # sources not readable (a frozen build): the figures stay as they were read
        return "unreadable"
    return digest.hexdigest()[:16]


def prepare(
    articles: Iterable[Article], analyse: Analyser | None = None, *, skip_hashes: frozenset[str] = frozenset()
) -> list[Prepared]:
    """Prepare articles. Eagerly, given ``analyse`` (in a worker), all but those whose content hash is in
    ``skip_hashes`` (already stored); lazily otherwise, so the library computes only what it is about to
    store."""
    out = []
    for article in articles:
        item = Prepared(article, article.content_hash())
        if analyse is not None and item.content_hash not in skip_hashes:
            item.complete(analyse)
        out.append(item)
    return out


def prepare_file(
    path: Path,
    skip_digests: frozenset[str] = frozenset(),
    *,
    analyse: Analyser | None = None,
    skip_hashes: frozenset[str] = frozenset(),
) -> PreparedFile:
    """Read and prepare one file (eagerly given ``analyse``, see :func:`prepare`). A file whose digest is in
    ``skip_digests`` is not parsed at all.

    The file is read once, safely (:func:`reader.ingest.read_input`), then hashed and parsed from memory.
    """
    result = PreparedFile(str(path))
    try:
        data = read_input(path)
        result.digest = hashlib.sha256(data).hexdigest()[:32]
        if result.digest in skip_digests:
            return result
        parsed = parse_bytes(data, str(path))
    except IngestError as exc:
        result.error = str(exc)
        return result
    except OSError as exc:
        result.error = exc.strerror or type(exc).__name__
        return result
    result.items = prepare(parsed.articles, analyse, skip_hashes=skip_hashes)
    result.subscriptions = parsed.subscriptions
    return result


# -- worker processes ------------------------------------------------------------------------------------

_worker_digests: frozenset[str] = frozenset()
_worker_hashes: frozenset[str] = frozenset()
_worker_analyse: Analyser | None = None


def init_worker(digests: frozenset[str], hashes: frozenset[str], parent: int, analyse: Analyser) -> None:
    """Pool initializer: what the library already holds, sent once per worker rather than per file.

    A worker also leaves as soon as its parent is gone (say, the import was killed with SIGKILL): it is
    never left behind holding memory."""
    global _worker_digests, _worker_hashes, _worker_analyse
    _worker_digests, _worker_hashes, _worker_analyse = digests, hashes, analyse
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


def prepare_file_in_worker(path: Path) -> PreparedFile:
    return prepare_file(path, _worker_digests, analyse=_worker_analyse, skip_hashes=_worker_hashes)
