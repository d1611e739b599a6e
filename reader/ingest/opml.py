"""OPML subscription lists: feeds to follow, with their folders as tags. No articles."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from html.parser import HTMLParser

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from reader.ingest.clean import clean_inline
from reader.ingest.feeds import ENTITY_ERROR, REPAIRABLE_MESSAGES, check_xml_safety, repair_xml_bytes
from reader.ingest.lang import normalise_lang
from reader.model import IngestError, Subscription

#: Folder names deeper than this are not made tags (a hostile file may nest thousands of levels).
_MAX_FOLDER_DEPTH = 16


def _parse_xml(data: bytes) -> ET.Element:
    try:
        return SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise IngestError(ENTITY_ERROR) from None


class _SoupParser(HTMLParser):
    """The <opml>, <body> and <outline> elements of a document that is not well-formed XML, as a tree."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root: ET.Element | None = None
        self._stack: list[ET.Element] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open(tag, attrs, closed=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open(tag, attrs, closed=True)

    def _open(self, tag: str, attrs: list[tuple[str, str | None]], *, closed: bool) -> None:
        if tag == "opml" and self.root is None:
            self.root = ET.Element("opml")
            self._stack = [self.root]
        elif tag in ("body", "outline") and self._stack:
            values = {name: value or "" for name, value in attrs if name and name.isidentifier()}
            element = ET.SubElement(self._stack[-1], tag, values)
            if not closed:
                self._stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        # Close up to the nearest open element of that name; a stray end tag is ignored.
        for depth in range(len(self._stack) - 1, 0, -1):
            if self._stack[depth].tag == tag:
                del self._stack[depth:]
                return


def _parse_soup(text: str) -> ET.Element | None:
    """The outline tree of a malformed OPML document, read leniently; None when it has no <opml> with
    at least one feed in it (anything else stays "invalid OPML")."""
    parser = _SoupParser()
    parser.feed(text)
    parser.close()
    root = parser.root
    if root is None or not any("xmlurl" in {k.lower() for k in o.attrib} for o in root.iter("outline")):
        return None
    return root


def _repairable(error: SafeET.ParseError) -> bool:
    return str(error).split(":", 1)[0] in REPAIRABLE_MESSAGES


def parse(data: bytes, origin: str = "") -> list[Subscription]:
    """Read an OPML document into subscriptions, one per ``outline`` with an ``xmlUrl``.

    Nested outlines without ``xmlUrl`` are folders: their titles become the tags of the feeds
    inside. A ``category`` attribute ("/News/Europe,Tech") adds tags too; ``language`` sets
    the subscription's language. Duplicate URLs are kept once.
    """
    data = check_xml_safety(data)
    try:
        root = _parse_xml(data)
    except SafeET.ParseError as e:
        # A bare "&" in one xmlUrl or an HTML entity in a title must not lose the whole list: mend those
        # slips as browsers and feedparser's loose mode do (the entity guard has run and runs again).
        # What strict XML still refuses (a quote or a tag inside an attribute value) is read as a browser
        # reads tag soup: the outlines and their attributes, nothing else.
        repaired = repair_xml_bytes(data) if _repairable(e) else data
        try:
            if repaired == data:
                raise e
            root = _parse_xml(repaired)
        except SafeET.ParseError:
            soup = _parse_soup(data.decode("utf-8", errors="replace"))
            if soup is None:
                raise IngestError(f"invalid OPML: {e}") from None
            root = soup
    if root.tag.rsplit("}", 1)[-1].lower() != "opml":
        raise IngestError(f"not an OPML document (root element <{root.tag}>)")
    body = next((child for child in root if child.tag.rsplit("}", 1)[-1].lower() == "body"), None)
    if body is None:
        return []

    subscriptions: dict[str, Subscription] = {}
    # An explicit stack rather than recursion: a hostile file may nest outlines very deeply.
    stack: list[tuple[ET.Element, tuple[str, ...]]] = [(child, ()) for child in reversed(list(body))]
    while stack:
        element, folders = stack.pop()
        if element.tag.rsplit("}", 1)[-1].lower() != "outline":
            continue
        attrs = {k.lower(): v for k, v in element.attrib.items()}
        title = clean_inline(attrs.get("title") or attrs.get("text") or "")
        url = clean_inline(attrs.get("xmlurl") or "")
        if url:
            tags = list(folders)
            for category in (attrs.get("category") or "").split(","):
                tags += [clean_inline(part) for part in category.split("/") if clean_inline(part)]
            if url not in subscriptions:
                subscriptions[url] = Subscription(
                    url=url,
                    title=title,
                    lang=normalise_lang(attrs.get("language")) or None,
                    tags=list(dict.fromkeys(tags)),
                )
        is_folder = title and not url and len(folders) < _MAX_FOLDER_DEPTH
        inner = folders + (title,) if is_folder else folders
        stack.extend((child, inner) for child in reversed(list(element)))
    return list(subscriptions.values())


def write_opml(subscriptions: Iterable[Subscription], title: str = "newsreader subscriptions") -> str:
    """An OPML 2.0 document listing ``subscriptions``, readable back by :func:`parse`.

    Tags go into the ``category`` attribute ("/tag1,/tag2"), the language into ``language``.
    """
    root = ET.Element("opml", version="2.0")
    ET.SubElement(ET.SubElement(root, "head"), "title").text = title
    body = ET.SubElement(root, "body")
    for sub in subscriptions:
        attrs = {
            "type": "rss",
            "text": sub.title or sub.url,
            "title": sub.title or sub.url,
            "xmlUrl": sub.url,
        }
        if sub.lang:
            attrs["language"] = sub.lang
        if sub.tags:
            attrs["category"] = ",".join("/" + tag.replace(",", " ").replace("/", " ") for tag in sub.tags)
        ET.SubElement(body, "outline", attrs)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
