"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), with a ``_newsreader`` extension.

The extension object, on an item, may carry ``story`` (a key shared by the language versions
of one story), ``alternates`` ({"fr": url}), ``tldr`` (list of strings) and ``source``.
Every value is type-checked: a hostile feed with numbers or lists where strings belong loses
those values, never raises anything but ``IngestError``.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from reader.ingest.feeds import parse_feed_date
from reader.ingest.html import html_to_blocks, text_to_blocks
from reader.ingest.lang import declared_tag
from reader.model import Article, IngestError

_VERSION_PREFIXES = ("https://jsonfeed.org/version/1", "http://jsonfeed.org/version/1")


def _str(value: Any) -> str:
    """A string field; any other type is dropped."""
    return value if isinstance(value, str) else ""


def _id(value: Any) -> str:
    """An item id: a string, or a number (JSON Feed 1.0 feeds often use numbers)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return _str(value)


def _date(value: Any) -> datetime | None:
    # RFC 3339 like Atom; an impossible date gives None and the item is still read.
    return parse_feed_date(_str(value), None)


def load_json(text: str) -> Any:
    """``json.loads`` with every failure turned into a one-line ``IngestError``."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise IngestError(f"invalid JSON: line {e.lineno} column {e.colno}: {e.msg}") from None
    except RecursionError:
        raise IngestError("invalid JSON: nested too deeply") from None
    except ValueError as e:  # e.g. an integer literal longer than Python's digit limit
        raise IngestError(f"invalid JSON: {str(e).splitlines()[0]}") from None


def parse(text: str, origin: str = "") -> list[Article]:
    """Read a JSON Feed document into articles. Raises ``IngestError`` for anything else."""
    doc = load_json(text)
    if not isinstance(doc, dict):
        raise IngestError("not a JSON Feed: the top level is not an object")
    version = _str(doc.get("version"))
    items = doc.get("items")
    if not version.startswith(_VERSION_PREFIXES) and not isinstance(items, list):
        raise IngestError("not a JSON Feed: no jsonfeed.org version and no items")
    if not isinstance(items, list):
        raise IngestError("invalid JSON Feed: 'items' is not a list")
    feed_title = _str(doc.get("title"))
    feed_lang = declared_tag(_str(doc.get("language")))
    feed_url = _str(doc.get("feed_url")) or None
    site_host = urlsplit(_str(doc.get("home_page_url"))).hostname or ""

    articles: list[Article] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        url = _str(item.get("url")) or _str(item.get("external_url")) or None
        html = _str(item.get("content_html"))
        blocks = html_to_blocks(html) if html else text_to_blocks(_str(item.get("content_text")))
        ext = item.get("_newsreader")
        ext = ext if isinstance(ext, dict) else {}
        alternates = ext.get("alternates")
        tldr = ext.get("tldr")
        tags = item.get("tags")
        host = urlsplit(url or "").hostname or site_host
        articles.append(
            Article(
                title=_str(item.get("title")),
                blocks=blocks,
                lang=declared_tag(_str(item.get("language"))) or feed_lang,
                date=_date(item.get("date_published")) or _date(item.get("date_modified")),
                source=_str(ext.get("source")) or feed_title or host.removeprefix("www."),
                url=url,
                guid=_id(item.get("id")) or None,
                feed=feed_title,
                feed_url=feed_url,
                origin=origin,
                tags=[_str(t) for t in tags] if isinstance(tags, list) else [],
                story=_str(ext.get("story")) or None,
                alternates=(
                    {_str(k): _str(v) for k, v in alternates.items()} if isinstance(alternates, dict) else {}
                ),
                tldr=[_str(t) for t in tldr] if isinstance(tldr, list) else [],
                summary=_str(item.get("summary")),
            )
        )
    return articles
