"""Conformance over the shared corpus of real feeds (../shared/realfeeds, skipped when absent).

Every real capture keeps every entry feedparser finds (compared on distinct ids: GUID/id, else link and
title), stored in a library; no file of the corpus makes the reader raise anything but a one-line
``IngestError``; the real OPML lists import their subscriptions; photo captions are never the body; no
JSON Feed title shows an HTML entity. Nothing of the corpus is copied here.
"""

from __future__ import annotations

import random
import re
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.ingest import read_file
from reader.ingest.clean import clean_inline
from reader.ingest.html import html_to_text
from reader.model import Article, IngestError

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "realfeeds"
REAL = CORPUS / "real"
FEED_SUFFIXES = {".xml", ".rss", ".atom", ".rdf"}
#: Of the feedparser and newsboat test files (some 2,100 tiny ones), how many each run reads.
SAMPLE = 600
_ENTITY_RE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);")

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared real-feeds corpus is not here")


def _files(root: Path, suffixes: set[str] | None = None) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and (suffixes is None or p.suffix in suffixes))


def _feedparser_keys(path: Path) -> tuple[set[str], int]:
    """(the GUIDs, how many distinct link+title keys without one) of the entries feedparser finds that
    have something to read (a title, a link or a text)."""
    import feedparser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = feedparser.parse(path.read_bytes(), sanitize_html=False, resolve_relative_uris=False)
    guids: set[str] = set()
    others: set[tuple[str, str, str]] = set()
    for entry in parsed.entries:
        link = entry.get("link") or ""
        if entry.get("guidislink") and link == entry.get("id"):
            link = ""  # feedparser copies an id that looks like a URL into the link
        title, summary = entry.get("title") or "", entry.get("summary") or ""
        contents = [c.get("value") or "" for c in entry.get("content") or []]
        if not any(s.strip() for s in (title, link, summary, *contents)):
            continue  # nothing to read: an entry with only an id, or an empty <item/>
        if entry.get("id"):
            guids.add(clean_inline(entry["id"]))
        else:
            # Neither link nor title (an RSS 0.92 item is only a description): the text tells them apart.
            others.add((link, title, "" if link or title else summary or "".join(contents)))
    return guids, len(others)


def _stored(articles: list[Article], tmp: Path) -> int:
    from reader.store.library import Library

    with Library(tmp) as library:
        library.import_articles(articles)
        return library.count()


@pytest.mark.parametrize("path", _files(REAL, FEED_SUFFIXES), ids=lambda p: str(p.relative_to(REAL)))
def test_real_capture_keeps_every_entry(path: Path, tmp_path: Path) -> None:
    guids, others = _feedparser_keys(path)
    if not guids and not others:
        return  # a fragment or a non-feed: only "no traceback" applies (below)
    articles = read_file(path).articles
    ours = {a.guid for a in articles if a.guid}
    missing = guids - ours
    assert not missing, f"entries lost: {sorted(missing)[:3]}"
    without_guid = {(a.url or "", a.title) for a in articles if not a.guid}
    assert len(without_guid) >= others
    assert _stored(articles, tmp_path / "lib") == len(guids) + others


def _every_file() -> Iterator[Path]:
    rest = [p for p in _files(CORPUS) if REAL not in p.parents and p.name != "MANIFEST.txt"]
    sample = set(random.Random(15).sample(rest, min(SAMPLE, len(rest))))
    for path in _files(CORPUS):
        if path.name == "MANIFEST.txt":
            continue
        if REAL in path.parents or path.suffix == ".opml" or path in sample:
            yield path


def test_no_traceback_anywhere_in_the_corpus() -> None:
    problems = []
    for path in _every_file():
        try:
            read_file(path)
        except IngestError as e:
            if not str(e) or "\n" in str(e):
                problems.append((path, f"not a one-line reason: {e!r}"))
        except Exception as e:  # noqa: BLE001 - the point is that nothing else escapes
            problems.append((path, repr(e)))
    assert not problems, problems[:5]


def test_real_opml_lists_import_their_subscriptions() -> None:
    lists = _files(REAL, {".opml"})
    imported = []
    for path in lists:
        try:
            if read_file(path).subscriptions:
                imported.append(path)
        except IngestError:
            pass
    assert len(lists) >= 59
    assert len(imported) >= len(lists) - 2


_OWN_DESCRIPTION_FEEDS = [
    "Drilio_Carousel-Angular/lemonde-international-2024-03-27.xml",
    "dpapathanasiou_photojournalism/tests/fixtures/nytimes.xml",
]


@pytest.mark.parametrize("name", _OWN_DESCRIPTION_FEEDS)
def test_body_is_the_items_own_description(name: str) -> None:
    import feedparser

    path = REAL / name
    if not path.is_file():
        pytest.skip(f"{name} is not in the corpus")
    articles = read_file(path).articles
    descriptions = re.findall(r"<item\b.*?<description>(.*?)</description>", path.read_text(), re.S)
    assert len(articles) == len(feedparser.parse(path.read_bytes()).entries) == len(descriptions)
    for article, raw in zip(articles, descriptions, strict=True):
        own = clean_inline(html_to_text(raw.strip().removeprefix("<![CDATA[").removesuffix("]]>")))
        assert clean_inline(article.text) == own


def test_no_json_feed_title_shows_an_entity() -> None:
    titles = []
    for path in _files(CORPUS, {".json"}):
        try:
            titles += [a.title for a in read_file(path).articles]
        except IngestError:
            continue
    assert titles
    assert not [t for t in titles if _ENTITY_RE.search(t)]
