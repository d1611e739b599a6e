"""JSON Feed 1.0/1.1 with the _newsreader extension."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from reader.ingest import parse_bytes, read_file
from reader.model import IngestError

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
VERSION = "https://jsonfeed.org/version/1.1"


def feed(items: list, **extra) -> bytes:
    return json.dumps({"version": VERSION, "title": "Test feed", "items": items, **extra}).encode()


def test_fixture() -> None:
    first, second = read_file(FIXTURES / "feed-fr.json").articles  # the third item is not an object
    assert first.title == "Le refuge du Lac Vert rouvre après deux ans de travaux"
    assert first.lang == "fr"  # feed-level language (1.1)
    assert first.guid == "refuge-2025"
    assert first.url == "https://montagne.example.fr/refuge"
    assert first.date == datetime(2025, 6, 14, 10, 0, tzinfo=timezone(timedelta(hours=2)))
    assert first.tags == ["Refuges", "Alpes"]
    assert first.summary == "Réouverture du refuge du Lac Vert."
    assert first.story == "lac-vert-refuge"
    assert first.alternates == {"en": "https://montagne.example.fr/en/hut"}
    assert first.feed == first.source == "Carnet de montagne"
    assert first.feed_url == "https://montagne.example.fr/feed.json"
    assert [(b.kind, b.text) for b in first.blocks] == [
        ("paragraph", "Le refuge accueille de nouveau 48 randonneurs par nuit."),
        ("heading", "Une toiture neuve"),
        ("paragraph", "Les charpentiers ont remplacé toute la couverture en bois de mélèze."),
    ]
    # Item-level language wins; numeric id accepted; content_text split on blank lines.
    assert second.lang == "en"
    assert second.guid == "42"
    assert second.date == datetime(2025, 3, 2, 7, 30, tzinfo=UTC)  # date_modified when no published
    assert [b.text for b in second.blocks] == [
        "Forecasters lowered the risk to level two on Tuesday.",
        "They still advise skiers to avoid north-facing slopes after noon.",
    ]


def test_version_1_0_without_language_is_detected() -> None:
    data = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1",
            "title": "Old feed",
            "author": {"name": "Someone"},
            "items": [
                {"id": "1", "content_text": "Le conseil municipal a voté le budget de la ville hier soir."}
            ],
        }
    ).encode()
    [article] = parse_bytes(data, "old.json").articles
    assert article.lang == "fr"
    assert article.title == "Le conseil municipal a voté le budget de la ville…"


def test_invalid_json_reports_position() -> None:
    with pytest.raises(IngestError, match=r"^invalid JSON: line 2 column 14: Expecting value$"):
        parse_bytes(b'{"version": "x",\n "items": [1,}', "bad.json")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"[1, 2, 3]", "not a JSON Feed"),
        (b'{"hello": "world"}', "not a JSON Feed"),
        (json.dumps({"version": VERSION, "items": {"a": 1}}).encode(), "'items' is not a list"),
        (b"[" * 100_000, "nested too deeply"),
        (b'{"version": 1' + b"1" * 5000 + b"}", "invalid JSON"),
    ],
)
def test_not_a_json_feed(data: bytes, reason: str) -> None:
    with pytest.raises(IngestError, match=reason):
        parse_bytes(data, "x.json")


def test_wrong_types_are_ignored_not_fatal() -> None:
    items = [
        {
            "id": ["not", "a", "string"],
            "title": {"nested": True},
            "content_html": 12,
            "content_text": "Body text that is long enough to be read as English by the detector.",
            "tags": "not-a-list",
            "date_published": 20250101,
            "language": ["fr"],
            "_newsreader": {"alternates": ["x"], "story": {"k": 1}},
        }
    ]
    [article] = parse_bytes(feed(items), "types.json").articles
    assert article.guid is None
    assert article.title.startswith("Body text that is long")
    assert article.tags == [] and article.alternates == {} and article.story is None
    assert article.date is None
    assert article.lang == "en"


def test_impossible_date_gives_none() -> None:
    [article] = parse_bytes(
        feed([{"id": "1", "title": "Kept", "date_published": "2025-02-30T10:00:00Z"}]), "d.json"
    ).articles
    assert article.title == "Kept"
    assert article.date is None


def test_strings_are_cleaned() -> None:
    items = [{"id": "1", "title": "\x1b]0;pwned\x07Title \u202e[bold]", "content_text": "a\x00b\x1b[2Jc"}]
    [article] = parse_bytes(feed(items), "c.json").articles
    assert article.title == "Title [bold]"
    assert article.text == "abc"


def test_empty_items_are_skipped() -> None:
    assert parse_bytes(feed([{"id": "1"}, {"id": "2", "title": "  "}]), "e.json").articles == []
