"""RSS 0.9x/1.0/2.0 and Atom feeds, read with feedparser after an entity guard."""

from __future__ import annotations

import codecs
import html.entities
import re
import time
import xml.parsers.expat
import xml.sax
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_tz
from typing import Any
from urllib.parse import urlsplit

import defusedxml.ElementTree as SafeET
import feedparser
from defusedxml import DefusedXmlException
from feedparser.namespaces import mediarss

from reader.ingest.html import html_to_blocks, html_to_text, text_to_blocks
from reader.ingest.lang import declared_tag, normalise_lang
from reader.ingest.limits import MAX_OUTPUT_CHARS, article_chars, output_too_large
from reader.model import Article, Block, IngestError

ENTITY_ERROR = "XML entity declarations are not allowed (possible entity-expansion attack)"
DTD_ERROR = (
    "XML DTD declarations (an internal DOCTYPE subset) are not allowed (possible entity-expansion attack)"
)
# Expat's messages when the input ends inside the document: the file was cut short.
_TRUNCATION_MESSAGES = ("no element found", "unclosed token", "unclosed CDATA section", "partial character")
_ISO_DATE_RE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")

# --- the entity guard -----------------------------------------------------------------------------
#
# The document is decoded here, once, with an encoding Python knows (BOM, else the XML declaration,
# else UTF-8 or cp1252), its prolog checked on that text, and what feedparser and expat get is that
# same text in UTF-8 with a UTF-8 declaration and a UTF-8 charset: no parser can read the bytes
# differently from the check (a comment hiding "<a", an encoding only one side knows, UTF-32, EBCDIC).

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# The first four bytes of "<?xml" (or "<") without a BOM, per XML 1.0 appendix F.
_MARKERS = (
    (b"\x00\x00\x00\x3c", "utf-32-be"),
    (b"\x3c\x00\x00\x00", "utf-32-le"),
    (b"\x00\x3c\x00\x3f", "utf-16-be"),
    (b"\x3c\x00\x3f\x00", "utf-16-le"),
    (b"\x4c\x6f\xa7\x94", "cp037"),
)
#: Encodings no feed uses and that hide markup from byte scans: a DOCTYPE in them is refused outright.
_TRICK_ENCODINGS = frozenset(
    {
        "utf-32",
        "utf-32-le",
        "utf-32-be",
        "utf-7",
        "cp037",
        "cp273",
        "cp424",
        "cp500",
        "cp875",
        "cp1026",
        "cp1140",
    }
)
_DECLARATION_RE = re.compile(r"<\?xml(?=[ \t\r\n?])[^>]*>")
_DECLARED_ENCODING_RE = re.compile(
    r"<\?xml[ \t\r\n][^>]*?encoding[ \t\r\n]*=[ \t\r\n]*(?:\"([^\"<>]*)\"|'([^'<>]*)')"
)
_UTF8_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>'
# Whitespace, comments and processing instructions: what may precede the DOCTYPE and the root.
_MISC_RE = re.compile(r"(?:[ \t\r\n]+|<\?.*?\?>|<!--.*?-->)*", re.DOTALL)
_DOCTYPE_RE = re.compile(r"<!DOCTYPE(?:[^\"'\[>]+|\"[^\"]*\"|'[^']*')*", re.IGNORECASE)
_ENTITY_RE = re.compile(r"<!ENTITY", re.IGNORECASE)
# Where feedparser's own DOCTYPE handling thinks the prolog ends (the first "<" and a word character).
_FEEDPARSER_HEAD_END_RE = re.compile(r"<\w", re.ASCII)
_CHARSET_PARAM_RE = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)
_XML_MIME_TYPES = ("application/xml", "text/xml")


def _text_codec(name: str) -> str | None:
    """The canonical name of a text encoding Python knows, else None (rot13 and base64 are no text)."""
    try:
        info = codecs.lookup(name.strip())
    except (LookupError, ValueError):
        return None
    return info.name if getattr(info, "_is_text_encoding", True) else None


def _shown(name: str) -> str:
    return re.sub(r"[^\x21-\x7e]", "?", name)[:40]


def _decode_xml(data: bytes, content_type: str | None) -> tuple[str, str]:
    """(text, encoding): the document decoded with the encoding its BOM, declaration or HTTP charset
    gives, as expat would pick it; an encoding Python does not know is refused."""
    bom = next(((mark, enc) for mark, enc in _BOMS if data.startswith(mark)), None)
    if bom is not None:
        data = data[len(bom[0]) :]
        family = bom[1]
    else:
        family = next((enc for mark, enc in _MARKERS if data.startswith(mark)), "latin-1")
    head = data[:1024].decode(family, errors="replace")
    m = _DECLARED_ENCODING_RE.match(head)
    declared = None
    if m:
        name = m.group(1) if m.group(1) is not None else m.group(2)
        declared = _text_codec(name)
        if declared is None:
            raise IngestError(f"unknown encoding {_shown(name) or '(empty)'}")
    if bom is not None or family.startswith("utf-"):
        candidates = [family]  # the byte order mark or the byte pattern decides
    elif family == "cp037":
        candidates = [declared or family]
    else:
        charset = _CHARSET_PARAM_RE.search(content_type or "")
        header = _text_codec(charset.group(1)) if charset else None
        # An ASCII-based document cannot be UTF-16 or UTF-32, whatever it says.
        candidates = [c for c in (header, declared) if c and not c.startswith(("utf-16", "utf-32"))]
        candidates += ["utf-8", "cp1252"]
    for encoding in dict.fromkeys(candidates):
        try:
            return data.decode(encoding), _text_codec(encoding) or encoding
        except (UnicodeDecodeError, LookupError):
            continue
    last = candidates[-1]  # cp1252, or what the BOM or byte pattern says
    return data.decode(last, errors="replace"), _text_codec(last) or last


def _trick_doctype(encoding: str) -> str:
    kind = "EBCDIC" if encoding.startswith("cp") else encoding.upper()[:6]
    return f"a DOCTYPE is not allowed in {kind} documents (this one is {encoding})"


def _check_prolog(text: str, encoding: str) -> None:
    """Refuse an internal DTD subset (entities, attribute defaults...) however the prolog is dressed."""
    misc = _MISC_RE.match(text)  # matches always (every part of the pattern is optional)
    pos = misc.end() if misc is not None else 0
    doctype = _DOCTYPE_RE.match(text, pos)
    end = pos
    if doctype is not None:
        if encoding in _TRICK_ENCODINGS:
            raise IngestError(_trick_doctype(encoding))
        after = text[doctype.end() : doctype.end() + 1]
        if after == "[":
            subset = text[doctype.end() : text.find("]", doctype.end()) + 1 or len(text)]
            raise IngestError(ENTITY_ERROR if _ENTITY_RE.search(subset) else DTD_ERROR)
        end = doctype.end()
    # feedparser keeps "safe" entity declarations from everything before the first "<" and a letter,
    # which a comment can push past the real prolog: nothing of the kind may be there either.
    head_end = _FEEDPARSER_HEAD_END_RE.search(text)
    limit = max(end, head_end.start() if head_end else len(text))
    if _ENTITY_RE.search(text, 0, limit):
        raise IngestError(ENTITY_ERROR)
    if encoding in _TRICK_ENCODINGS and re.search("<!DOCTYPE", text[:limit], re.IGNORECASE):
        raise IngestError(_trick_doctype(encoding))


def check_xml_safety(data: bytes, content_type: str | None = None) -> bytes:
    """The document as UTF-8 bytes that are safe to parse; ``IngestError`` for a declared encoding Python does
    not know, an internal DTD subset or entity declarations (billion laughs, XXE...), or a DOCTYPE in a
    UTF-32, UTF-7 or EBCDIC document.

    The prolog is checked on the decoded text (see :func:`_decode_xml`), and the bytes returned are that
    text re-encoded in UTF-8 with a UTF-8 declaration, so what is parsed is what was checked. A plain
    external DTD reference such as RSS 0.91's is allowed: it is never fetched. defusedxml, which stops
    at the first entity declaration, checks the result once more.
    """
    text, encoding = _decode_xml(data, content_type)
    # Expat and feedparser skip a byte order mark at the start of the UTF-8 they get: so does the check.
    text = text.lstrip("\ufeff")
    _check_prolog(text, encoding)
    declaration = _DECLARATION_RE.match(text)
    if declaration is not None:
        text = _UTF8_DECLARATION + text[declaration.end() :]
    safe = text.encode("utf-8", errors="replace")
    try:
        SafeET.fromstring(safe, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise IngestError(ENTITY_ERROR) from None
    except (SafeET.ParseError, ValueError, UnicodeError, LookupError):
        pass  # malformed XML: feedparser's tolerant parser gets its chance and reports bozo
    return safe


# --- well-formedness slips ---------------------------------------------------------------------------
#
# A bare "&" in a URL's query, an HTML entity such as &nbsp; or &eacute; (undefined in XML) and a
# reference to a control character are the usual slips of hand-made feeds and OPML lists. Browsers and
# feedparser's loose mode read past them; so does :func:`repair_xml`, on text the entity guard has already
# checked: it only ever writes "&amp;" or a numeric character reference, so no markup can appear. (A
# reference to a control character is left to feedparser's loose parser, which cleaning then strips.)

_REPAIR_RE = re.compile(
    r"<!\[CDATA\[.*?(?:\]\]>|\Z)|<!--.*?(?:-->|\Z)"
    r"|&(#[0-9]{1,8};|#[xX][0-9a-fA-F]{1,8};|[A-Za-z_][A-Za-z0-9_.-]{0,40};)?",
    re.DOTALL,
)
_XML_NAMED = frozenset({"amp;", "lt;", "gt;", "quot;", "apos;"})
#: The parser messages of the slips :func:`repair_xml` mends.
REPAIRABLE_MESSAGES = frozenset({"not well-formed (invalid token)", "undefined entity"})


def _mend(m: re.Match[str]) -> str:
    found = m.group(0)
    if found[0] == "<":
        return found  # a CDATA section or a comment: its "&" are text
    ref = m.group(1)
    if ref is None:
        return "&amp;"  # a bare ampersand
    if ref[0] == "#" or ref in _XML_NAMED:
        return found
    chars = html.entities.html5.get(ref)
    if chars:
        return "".join(f"&#{ord(c)};" for c in chars)
    return "&amp;" + ref  # an unknown name: the text as written


def repair_xml(text: str) -> str:
    """``text`` with bare ampersands escaped and HTML entities (``&nbsp;``, ``&eacute;``) made numeric
    references. CDATA sections and comments are left as they are."""
    if "&" not in text:
        return text
    return _REPAIR_RE.sub(_mend, text)


def repair_xml_bytes(data: bytes) -> bytes:
    """:func:`repair_xml` on the UTF-8 that :func:`check_xml_safety` returned, checked again."""
    repaired = repair_xml(data.decode("utf-8", errors="replace")).encode("utf-8")
    return data if repaired == data else check_xml_safety(repaired, "application/xml; charset=utf-8")


def _open_elements(data: bytes) -> list[str]:
    """The local names of the elements still open where expat stops reading ``data`` (checked text)."""
    parser = xml.parsers.expat.ParserCreate()
    stack: list[str] = []
    parser.StartElementHandler = lambda name, attrs: stack.append(name.rsplit(":", 1)[-1])
    parser.EndElementHandler = lambda name: stack.pop() if stack else None
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError:
        pass
    return stack


#: Elements that hold the entries: a file that ends inside them only lacks its closing tags.
_CONTAINERS = frozenset({"rss", "channel", "feed", "RDF", "rdf"})


def _only_end_tags_missing(data: bytes) -> bool:
    """True when a document cut short lacks nothing but the end tags of its root and channel: every
    entry it holds is complete (``</channel></rss>`` forgotten, as in some hand-written feeds)."""
    if not data.rstrip().endswith(b">"):
        return False
    stack = _open_elements(data)
    return bool(stack) and all(name in _CONTAINERS for name in stack)


# --- media captions ----------------------------------------------------------------------------------
#
# feedparser files ``media:description`` like a second <description>: as the entry's ``content`` when
# the item's own <description> came first, else as its summary. Inside ``media:content`` it is a photo's
# caption, never the article's text. These handlers keep it apart: a caption (inside media:content) as
# ``media_caption``, the description of the item or its media:group (YouTube's video text) as
# ``media_description``, used only when the item has no text of its own.


def _start_media_content(self: Any, attrs_d: dict[str, str]) -> None:
    _feedparser_start_media_content(self, attrs_d)
    self._newsreader_media_depth = getattr(self, "_newsreader_media_depth", 0) + 1


def _end_media_content(self: Any) -> None:
    self._newsreader_media_depth = max(0, getattr(self, "_newsreader_media_depth", 0) - 1)
    self.pop("media_content")  # what feedparser does for an end tag without its own handler


def _start_media_description(self: Any, attrs_d: dict[str, str]) -> None:
    key = "media_caption" if getattr(self, "_newsreader_media_depth", 0) else "media_description"
    self._newsreader_media_key = key
    self.push_content(key, attrs_d, "text/plain", 1)


def _end_media_description(self: Any) -> None:
    self.pop_content(getattr(self, "_newsreader_media_key", "media_description"))


_feedparser_start_media_content = mediarss.Namespace._start_media_content
mediarss.Namespace._start_media_content = _start_media_content
mediarss.Namespace._end_media_content = _end_media_content
mediarss.Namespace._start_media_description = _start_media_description
mediarss.Namespace._end_media_description = _end_media_description


def _utf8_content_type(content_type: str | None) -> str:
    """The content type feedparser gets: the same media type (its verdict on non-XML types is kept) with
    charset=utf-8, which makes feedparser decode the checked UTF-8 bytes as UTF-8 and nothing else."""
    mime = (content_type or "").split(";")[0].strip().lower()
    if not (
        mime.startswith("text/")
        or mime in _XML_MIME_TYPES
        or (mime.startswith("application/") and mime.endswith("+xml"))
    ):
        mime = "application/xml"
    return f"{mime}; charset=utf-8"


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
    """(blocks, summary): the item's own full content (content:encoded, Atom content) preferred over its
    description or summary, which is kept apart. A media caption, credit or thumbnail is never the body;
    an item-level ``media:description`` (a video's text) is, only when the item has no text of its own."""
    contents = [c for c in entry.get("content") or [] if c.get("value")]
    content = next((c for c in contents if any(t in c.get("type", "") for t in _HTML_TYPES)), None)
    content = content or (contents[0] if contents else None)
    summary_html = entry.get("summary", "")
    summary_type = (entry.get("summary_detail") or {}).get("type", "text/html")
    if content is None:
        if not summary_html.strip():
            summary_html = entry.get("media_description", "")
            summary_type = (entry.get("media_description_detail") or {}).get("type", "text/plain")
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
    """Item-level declarations (xml:lang, dc:language) first, then the feed's <language>; as declared
    ("fr-CA"): cleaning keeps the code and the region apart."""
    candidates = [c.get("language") for c in entry.get("content") or []]
    candidates.append(entry.get("language"))
    candidates += [(entry.get(key) or {}).get("language") for key in ("summary_detail", "title_detail")]
    candidates.append(feed.get("language"))
    return next((tag for tag in map(declared_tag, candidates) if tag), "")


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


def _feedparse(data: bytes, headers: dict[str, str]) -> Any:
    return feedparser.parse(data, response_headers=headers, sanitize_html=False, resolve_relative_uris=False)


def parse(data: bytes, origin: str = "", *, content_type: str | None = None) -> list[Article]:
    """Read an RSS or Atom document into articles (languages left "" when undeclared).

    Raises ``IngestError`` for entity declarations, truncated XML and anything that is not a
    feed; a valid feed with no items gives an empty list.
    """
    data = check_xml_safety(data, content_type)
    headers = {"content-type": _utf8_content_type(content_type)}
    if re.match(r"https?://", origin):
        headers["content-location"] = origin  # resolves relative links against the feed URL
    # No sanitising or link rewriting inside content: ``html_to_blocks`` keeps only text (scripts, styles and
    # every URL are dropped), so feedparser's two extra passes over each body's HTML would buy nothing.
    parsed = _feedparse(data, headers)
    exception = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if isinstance(exception, xml.sax.SAXParseException) and exception.getMessage() in REPAIRABLE_MESSAGES:
        # A stray "&" or an HTML entity: read the mended text strictly rather than rely on the loose parser.
        repaired = repair_xml_bytes(data)
        if repaired != data:
            again = _feedparse(repaired, headers)
            if not again.get("bozo") or len(again.entries) >= len(parsed.entries):
                data, parsed = repaired, again
                exception = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if (
        isinstance(exception, xml.sax.SAXParseException)
        and exception.getMessage() in _TRUNCATION_MESSAGES
        and not _only_end_tags_missing(data)
    ):
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
    chars = 0
    for entry in parsed.entries:
        lang = _entry_lang(entry, feed)
        url, alternates = _links(entry, normalise_lang(lang))
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
        chars += article_chars(articles[-1])
        if chars > MAX_OUTPUT_CHARS:
            raise output_too_large(chars)
    return articles
