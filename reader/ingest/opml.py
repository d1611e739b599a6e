"""OPML subscription lists: feeds to follow, with their folders as tags. No articles."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from reader.ingest.clean import clean_inline
from reader.ingest.feeds import ENTITY_ERROR, check_xml_safety
from reader.ingest.lang import normalise_lang
from reader.model import IngestError, Subscription

#: Folder names deeper than this are not made tags (a hostile file may nest thousands of levels).
_MAX_FOLDER_DEPTH = 16


def parse(data: bytes, origin: str = "") -> list[Subscription]:
    """Read an OPML document into subscriptions, one per ``outline`` with an ``xmlUrl``.

    Nested outlines without ``xmlUrl`` are folders: their titles become the tags of the feeds
    inside. A ``category`` attribute ("/News/Europe,Tech") adds tags too; ``language`` sets
    the subscription's language. Duplicate URLs are kept once.
    """
    data = check_xml_safety(data)
    try:
        root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise IngestError(ENTITY_ERROR) from None
    except SafeET.ParseError as e:
        raise IngestError(f"invalid OPML: {e}") from None
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
