"""OPML subscription lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import parse_bytes, read_file
from reader.ingest.opml import parse, write_opml
from reader.model import IngestError, Subscription

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def test_fixture_folders_become_tags() -> None:
    result = read_file(FIXTURES / "subscriptions.opml")
    assert result.articles == []
    assert result.subscriptions == [
        Subscription("https://rivieres.example.fr/rss", "Le Journal des Rivières", "fr", ["Actualités"]),
        Subscription("https://harbour.example.com/atom.xml", "Harbour Notes", "en", ["Actualités", "Europe"]),
        Subscription("https://orchard.example.org/rss", "Orchard Weekly", None, ["Hobbies", "Gardening"]),
    ]  # the duplicate URL is kept once, the empty folder gives nothing


def test_opml_with_xml_extension_is_sniffed() -> None:
    data = (FIXTURES / "subscriptions.opml").read_bytes()
    assert len(parse_bytes(data, "/tmp/export.xml").subscriptions) == 3


def test_entities_are_rejected() -> None:
    doc = (
        '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
        '<opml version="2.0"><body><outline text="&b;" xmlUrl="https://x.example/rss"/></body></opml>'
    )
    with pytest.raises(IngestError, match="entity"):
        parse_bytes(doc.encode(), "bomb.opml")


def test_external_entity_is_rejected() -> None:
    doc = (
        '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<opml version="2.0"><body><outline text="&x;" xmlUrl="https://x.example/rss"/></body></opml>'
    )
    with pytest.raises(IngestError, match="entity"):
        parse(doc.encode())


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b'<opml><body><outline text="a"', "invalid OPML"),
        (b'<rss version="2.0"/>', "not an OPML document"),
        (bytes(range(256)), "invalid OPML"),
    ],
)
def test_bad_opml(data: bytes, reason: str) -> None:
    with pytest.raises(IngestError, match=reason):
        parse_bytes(data, "bad.opml")


def test_deeply_nested_folders() -> None:
    doc = (
        "<opml><body>"
        + '<outline text="f">' * 20_000
        + '<outline xmlUrl="https://deep.example/rss"/>'
        + "</outline>" * 20_000
        + "</body></opml>"
    )
    [sub] = parse(doc.encode())
    assert sub.url == "https://deep.example/rss"
    assert sub.tags == ["f"]


def test_write_opml_round_trip() -> None:
    subs = [
        Subscription("https://a.example/rss?x=1&y=2", "A & B", "fr", ["News", "Tech"]),
        Subscription("https://b.example/atom.xml"),
    ]
    text = write_opml(subs)
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>')
    back = parse(text.encode())
    assert back == [
        Subscription("https://a.example/rss?x=1&y=2", "A & B", "fr", ["News", "Tech"]),
        Subscription("https://b.example/atom.xml", "https://b.example/atom.xml", None, []),
    ]
