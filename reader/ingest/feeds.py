"""RSS 0.9x/1.0/2.0 and Atom feeds, read with feedparser after an entity guard."""

from __future__ import annotations

import re
import time
import xml.sax
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_tz
from typing import Any
from urllib.parse import urlsplit

import defusedxml.ElementTree as SafeET
import feedparser
from defusedxml import DefusedXmlException

from reader.ingest.html import html_to_blocks, html_to_text, text_to_blocks
from reader.ingest.lang import normalise_lang
from reader.model import Article, Block, IngestError

ENTITY_ERROR = "XML entity declarations are not allowed (possible entity-expansion attack)"
# Expat's messages when the input ends inside the document: the file was cut short.
_TRUNCATION_MESSAGES = ("no element found", "unclosed token", "unclosed CDATA section", "partial character")
_ENTITY_DECL_RE = re.compile(rb"<!ENTITY", re.IGNORECASE)
_ROOT_START_RE = re.compile(rb"<[A-Za-z_]")
_ISO_DATE_RE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


def check_xml_safety(data: bytes) -> None:
    """Raise ``IngestError`` if the XML declares entities (billion laughs, XXE...).

    Declarations can only sit in the DOCTYPE before the root element: a byte scan of that
    prolog catches them cheaply in any ASCII-compatible encoding, and defusedxml, which stops
    at the first declaration, is the authority for the rest (UTF-16 files, odd prologs). A
    plain external DTD reference such as RSS 0.91's is allowed: it is never fetched.
    """
    root = _ROOT_START_RE.search(data)
    prolog = data[: root.start()] if root else data
    if _ENTITY_DECL_RE.search(prolog):
        raise IngestError(ENTITY_ERROR)
    try:
        SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise IngestError(ENTITY_ERROR) from None
    except (SafeET.ParseError, ValueError, UnicodeError, LookupError):
        pass  # malformed XML: feedparser's tolerant parser gets its chance and reports bozo


def _struct_to_datetime(parsed: time.struct_time | None) -> datetime | None:
    if not parsed:
        return None
    try:
        return datetime(*parsed[:6], tzinfo=UTC)
    except (ValueError, TypeError, OverflowError):
        return None


def parse_feed_date(raw: str | None, parsed: time.struct_time | None) -> datetime | None:
    """An entry date as an aware datetime, keeping the offset written in the feed.

    feedparser only gives UTC, and quietly rolls impossible dates over (2024-13-45 becomes
    2025-01-01); the raw string is read first so the original offset survives and an
    impossible date gives None. A zone-less date is taken as UTC, as feedparser does.
    """
    raw = (raw or "").strip()
    if raw:
        iso = _ISO_DATE_RE.match(raw)
        if iso:
            try:
                dt = datetime.fromisoformat(raw.replace("z", "Z"))
                return dt if dt.tzinfo else dt.replace(tzinfo=UTC)
            except ValueError:
                year, month, day = (int(g) for g in iso.groups())
                try:
                    date(year, month, day)
                except ValueError:
                    return None  # impossible day or month
        else:
            parts = parsedate_tz(raw)
            if parts is not None:
                try:
                    year, month, day, hour, minute, second = parts[:6]
                    dt = datetime(year, month, day, hour, minute, second)
                except (ValueError, OverflowError):
                    return None
                offset = parts[9]
                if offset is None or abs(offset) >= 86400:
                    return dt.replace(tzinfo=UTC)
                return dt.replace(tzinfo=timezone(timedelta(seconds=offset)))
    return _struct_to_datetime(parsed)


def _entry_date(entry: Any) -> datetime | None:
    """Published date, else updated. ``dict.get`` because feedparser's own ``get`` maps a missing
    "updated" to "published" (with a DeprecationWarning)."""
    for key in ("published", "updated"):
        found = parse_feed_date(dict.get(entry, key), dict.get(entry, key + "_parsed"))
        if found is not None:
            return found
    return None


def _text_of(detail: Any, fallback: str) -> str:
    """The plain text of a feedparser text construct (title, summary) that may be HTML."""
    value = (detail or {}).get("value", fallback) if isinstance(detail, dict) else fallback
    kind = (detail or {}).get("type", "") if isinstance(detail, dict) else ""
    if any(t in kind for t in _HTML_TYPES):
        return html_to_text(value)
    return value or ""


def _body(entry: Any) -> tuple[list[Block], str]:
    """(blocks, summary): full content preferred over the summary, which is kept apart."""
    contents = [c for c in entry.get("content") or [] if c.get("value")]
    content = next((c for c in contents if any(t in c.get("type", "") for t in _HTML_TYPES)), None)
    content = content or (contents[0] if contents else None)
    summary_html = entry.get("summary", "")
    summary_type = (entry.get("summary_detail") or {}).get("type", "text/html")
    if content is None:
        blocks = _to_blocks(summary_html, summary_type)
        return blocks, ""
    blocks = _to_blocks(content["value"], content.get("type", "text/html"))
    summary = " ".join(b.text for b in _to_blocks(summary_html, summary_type))
    body = " ".join(b.text for b in blocks)
    if summary and (summary == body or body.startswith(summary)):
        summary = ""  # feedparser copies Atom content into the summary when there is none
    return blocks, summary


def _to_blocks(value: str, content_type: str) -> list[Block]:
    if not value:
        return []
    if "plain" in content_type:
        return text_to_blocks(value)
    return html_to_blocks(value)


def _entry_lang(entry: Any, feed: Any) -> str:
    """Item-level declarations (xml:lang, dc:language) first, then the feed's <language>."""
    candidates = [c.get("language") for c in entry.get("content") or []]
    candidates.append(entry.get("language"))
    candidates += [(entry.get(key) or {}).get("language") for key in ("summary_detail", "title_detail")]
    candidates.append(feed.get("language"))
    return next((normalise_lang(c) for c in candidates if normalise_lang(c)), "")


def _links(entry: Any, lang: str) -> tuple[str | None, dict[str, str]]:
    """The entry's own URL and its other-language versions (Atom hreflang alternates)."""
    own: str | None = None
    alternates: dict[str, str] = {}
    for link in entry.get("links") or []:
        if link.get("rel", "alternate") != "alternate" or not link.get("href"):
            continue
        hreflang = normalise_lang(link.get("hreflang"))
        if hreflang and hreflang != lang:
            alternates.setdefault(hreflang, link["href"])
        elif own is None:
            own = link["href"]
    # feedparser's entry.link is the last alternate, which may be another language's version.
    return own or entry.get("link") or None, alternates


def _source(entry: Any, feed: Any, url: str | None) -> str:
    """RSS <source>, dc:publisher of the item or feed, the feed title, else the link's domain."""
    source = entry.get("source") or {}
    for candidate in (source.get("title"), entry.get("publisher"), feed.get("publisher"), feed.get("title")):
        if candidate:
            return str(candidate)
    host = urlsplit(url or "").hostname or ""
    return host.removeprefix("www.")


def _bozo_reason(exception: Any) -> str:
    if isinstance(exception, xml.sax.SAXParseException):
        line, column = exception.getLineNumber(), exception.getColumnNumber()
        return f"{exception.getMessage()} at line {line}, column {column}"
    return str(exception).splitlines()[0] if str(exception) else type(exception).__name__


def parse(data: bytes, origin: str = "", *, content_type: str | None = None) -> list[Article]:
    """Read an RSS or Atom document into articles (languages left "" when undeclared).

    Raises ``IngestError`` for entity declarations, truncated XML and anything that is not a
    feed; a valid feed with no items gives an empty list.
    """
    check_xml_safety(data)
    headers = {"content-type": content_type} if content_type else {}
    if re.match(r"https?://", origin):
        headers["content-location"] = origin  # resolves relative links against the feed URL
    # No sanitising or link rewriting inside content: ``html_to_blocks`` keeps only text (scripts, styles and
    # every URL are dropped), so feedparser's two extra passes over each body's HTML would buy nothing.
    parsed = feedparser.parse(
        data, response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )
    exception = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if isinstance(exception, xml.sax.SAXParseException) and exception.getMessage() in _TRUNCATION_MESSAGES:
        raise IngestError(f"truncated XML: {_bozo_reason(exception)}")
    feed = parsed.get("feed") or {}
    if not parsed.entries and not feed.get("title"):
        if exception is not None:
            raise IngestError(f"not a valid feed: {_bozo_reason(exception)}")
        if not parsed.get("version"):
            raise IngestError("not a feed: the XML is neither RSS nor Atom")
    feed_title = feed.get("title", "")
    feed_url = origin if re.match(r"https?://", origin) else None
    articles: list[Article] = []
    for entry in parsed.entries:
        lang = _entry_lang(entry, feed)
        url, alternates = _links(entry, lang)
        blocks, summary = _body(entry)
        tags = [t.get("label") or t.get("term") or "" for t in entry.get("tags") or []]
        articles.append(
            Article(
                title=_text_of(entry.get("title_detail"), entry.get("title", "")),
                blocks=blocks,
                lang=lang,
                date=_entry_date(entry),
                source=_source(entry, feed, url),
                url=url,
                guid=entry.get("id") or None,
                feed=feed_title,
                feed_url=feed_url,
                origin=origin,
                tags=tags,
                alternates=alternates,
                summary=summary,
            )
        )
    return articles
