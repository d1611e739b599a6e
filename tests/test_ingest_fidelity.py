"""Real feeds in, nothing lost (issue 15): the constructions of real captures, in small feeds of our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.ingest import parse_bytes
from reader.ingest.feeds import repair_xml
from reader.model import IngestError

ENGLISH = (
    "The city council met on Tuesday evening to discuss the new budget for schools, roads and parks. "
    "Several residents spoke about the rising cost of housing and asked the mayor to act before winter."
)
FRENCH = (
    "Le conseil municipal s'est réuni mardi soir pour discuter du nouveau budget des écoles, des routes "
    "et des parcs. Plusieurs habitants ont parlé de la hausse du coût du logement avant l'hiver."
)


def rss(items: str, extra_ns: str = "", channel: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" '
        f'xmlns:content="http://purl.org/rss/1.0/modules/content/" {extra_ns}>'
        f"<channel><title>Feed</title>{channel}{items}</channel></rss>"
    ).encode()


# --- the body is the item's own text, never a photo caption ----------------------------------------


def test_caption_after_description_is_not_the_body() -> None:
    item = (
        "<item><title>Vote</title><link>https://example.org/a</link>"
        "<description>The item's own summary of the vote.</description>"
        '<media:content url="https://example.org/p.jpg" medium="image">'
        '<media:description type="plain">A photo caption: voters queue.</media:description>'
        '<media:credit scheme="urn:ebu">Agency</media:credit></media:content></item>'
    )
    [article] = parse_bytes(rss(item), "f.xml").articles
    assert article.text == "The item's own summary of the vote."
    assert "caption" not in article.text and "Agency" not in article.text


def test_caption_before_description_is_not_the_body() -> None:
    item = (
        "<item><title>Vote</title>"
        '<media:content url="https://example.org/p.jpg"><media:description>Caption first.</media:description>'
        '<media:thumbnail url="https://example.org/t.jpg"/></media:content>'
        "<description>Own text after the photo.</description></item>"
    )
    [article] = parse_bytes(rss(item), "f.xml").articles
    assert article.text == "Own text after the photo."
    assert article.summary == ""


def test_content_encoded_preferred_and_description_kept_as_summary() -> None:
    item = (
        "<item><title>T</title><description>Short own summary.</description>"
        "<content:encoded><![CDATA[<p>The full article text.</p>]]></content:encoded>"
        '<media:content url="https://example.org/p.jpg"><media:description>Caption.</media:description>'
        "</media:content></item>"
    )
    [article] = parse_bytes(rss(item), "f.xml").articles
    assert article.text == "The full article text."
    assert article.summary == "Short own summary."


def test_caption_only_item_has_no_caption_body() -> None:
    item = (
        "<item><title>Only a photo</title>"
        '<media:content url="https://example.org/p.jpg"><media:description>Caption.</media:description>'
        "</media:content></item>"
    )
    [article] = parse_bytes(rss(item), "f.xml").articles
    assert article.title == "Only a photo" and article.text == ""


def test_video_description_of_a_media_group_is_the_fallback_body() -> None:
    doc = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" '
        'xmlns:media="http://search.yahoo.com/mrss/"><title>Channel</title>'
        "<entry><id>yt:1</id><title>A video</title><link href='https://example.org/v'/>"
        "<media:group><media:title>A video</media:title><media:content url='https://example.org/v.swf'/>"
        "<media:description>What the video is about.</media:description></media:group></entry></feed>"
    )
    [article] = parse_bytes(doc.encode(), "f.atom").articles
    assert article.text == "What the video is about."


# --- entries are kept ----------------------------------------------------------------------------


def test_missing_closing_tags_of_the_channel_keep_every_item() -> None:
    items = "".join(
        f"<item><title>Item {i}</title><link>https://example.org/{i}</link>"
        "<pubDate>Mon, 16 Oct 2017 15:10:00 +0000</pubDate><dc:date>1518478934</dc:date></item>"
        for i in range(2)
    )
    doc = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>No end tags</title>{items}\n</channel>\n"
    )
    articles = parse_bytes(doc.encode(), "f.xml").articles
    assert [a.title for a in articles] == ["Item 0", "Item 1"]


def test_item_without_a_usable_date_is_imported() -> None:
    items = "<item><title>Undated</title><pubDate>sometime soon</pubDate><dc:date>1518478934</dc:date></item>"
    [article] = parse_bytes(rss(items, 'xmlns:dc="http://purl.org/dc/elements/1.1/"'), "f.xml").articles
    assert article.title == "Undated"


def test_a_file_cut_inside_an_item_is_still_truncated() -> None:
    doc = b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Cut</title>'
    with pytest.raises(IngestError, match="truncated XML"):
        parse_bytes(doc, "f.xml")


def test_bare_ampersand_and_html_entity_in_a_feed() -> None:
    items = (
        "<item><title>Caf&eacute; &amp; bar</title><link>https://example.org/?a=1&b=2</link>"
        "<description>Tea&nbsp;time & more.</description></item>"
        "<item><title>Second</title><link>https://example.org/2</link></item>"
    )
    articles = parse_bytes(rss(items), "f.xml").articles
    assert [a.title for a in articles] == ["Café & bar", "Second"]
    assert articles[0].url == "https://example.org/?a=1&b=2"
    assert articles[0].text == "Tea\u00a0time & more."


def test_repair_leaves_cdata_comments_and_references_alone() -> None:
    text = "<a>&amp; &#38; &#x26; &lt;</a><![CDATA[a & b]]><!-- c & d --><b>x & y &nbsp; &bogus;</b>"
    assert repair_xml(text) == (
        "<a>&amp; &#38; &#x26; &lt;</a><![CDATA[a & b]]><!-- c & d --><b>x &amp; y &#160; &amp;bogus;</b>"
    )


def test_repair_never_lets_an_entity_declaration_through() -> None:
    doc = (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e "boom">]><rss version="2.0"><channel>'
        "<title>&e; & more</title></channel></rss>"
    )
    with pytest.raises(IngestError, match="entit"):
        parse_bytes(doc.encode(), "f.xml")


# --- OPML lists with slips ------------------------------------------------------------------------


def opml(outlines: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><opml version="1.0"><head><title>List</title></head>'
        f"<body>{outlines}</body></opml>"
    ).encode()


def test_opml_with_a_bare_ampersand_imports() -> None:
    data = opml(
        '<outline text="News & Views" title="News & Views">'
        '<outline text="One" xmlUrl="https://example.org/feed?a=1&b=2"/>'
        '<outline text="Two&nbsp;B" xmlUrl="https://example.org/two"/></outline>'
    )
    subs = parse_bytes(data, "list.opml").subscriptions
    assert [(s.url, s.title, s.tags) for s in subs] == [
        ("https://example.org/feed?a=1&b=2", "One", ["News & Views"]),
        ("https://example.org/two", "Two\u00a0B", ["News & Views"]),
    ]


def test_opml_with_markup_and_quotes_inside_attributes_imports() -> None:
    data = opml(
        '<outline text="Shows" title="Shows">'
        '<outline text="Podcast" description="Stories of <em>how</em> it was built. <br>" '
        'xmlUrl="https://example.org/podcast.xml"/>'
        '<outline text="Paper "Daily". Main" title="Paper "Daily". Main" xmlUrl="https://example.org/daily"/>'
        "</outline>"
    )
    subs = parse_bytes(data, "list.opml").subscriptions
    assert [s.url for s in subs] == ["https://example.org/podcast.xml", "https://example.org/daily"]
    assert all(s.tags == ["Shows"] for s in subs)


def test_broken_opml_without_feeds_is_still_invalid() -> None:
    with pytest.raises(IngestError, match="invalid OPML"):
        parse_bytes(b'<?xml version="1.0"?><opml><body><outline text="a " b"></body>', "x.opml")


def test_opml_repair_keeps_the_entity_guard() -> None:
    data = (
        b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x "y">]><opml><body>'
        b'<outline text="&x; & z" xmlUrl="https://example.org/?a&b"/></body></opml>'
    )
    with pytest.raises(IngestError, match="entit"):
        parse_bytes(data, "x.opml")


# --- entities in text fields ---------------------------------------------------------------------


def test_json_feed_titles_and_tags_decode_entities() -> None:
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Rose &amp; Co",
        "items": [
            {
                "id": "1",
                "title": "I&#039;m a guest &#8216;again&#8217; &amp; more",
                "content_text": "Body.",
                "tags": ["Tips &amp; Tricks"],
            },
            {"id": "2", "title": "Q&A and R&D stay", "content_text": "Body."},
        ],
    }
    first, second = parse_bytes(json.dumps(doc).encode(), "f.json").articles
    assert first.title == "I'm a guest \u2018again\u2019 & more"
    assert first.tags == ["Tips & Tricks"] and first.feed == "Rose & Co"
    assert second.title == "Q&A and R&D stay"


def test_itunes_category_tags_decode_entities() -> None:
    channel = '<itunes:category text="Games &amp; Hobbies"/>'
    items = '<item><title>Episode</title><itunes:category text="Society &amp; Culture"/></item>'
    ns = 'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"'
    [article] = parse_bytes(rss(items, ns, channel), "f.xml").articles
    assert "&amp;" not in " ".join(article.tags)
    assert "Society & Culture" in article.tags


def test_text_after_an_unclosed_iframe_is_kept() -> None:
    item = (
        '<item><title>T</title><content:encoded>safe&lt;object classid="x"&gt; description'
        "</content:encoded></item>"
    )
    [article] = parse_bytes(rss(item), "f.xml").articles
    assert article.text == "safe description"


# --- language: metadata, unless the content says otherwise over enough words ----------------------


def test_declared_language_overruled_by_long_content() -> None:
    items = f"<item><title>Budget night</title><description>{ENGLISH}</description></item>"
    [article] = parse_bytes(rss(items, channel="<language>kn</language>"), "f.xml").articles
    assert (article.lang, article.lang_source) == ("en", "content")


def test_declared_language_kept_for_a_short_text() -> None:
    items = "<item><title>Budget night</title><description>Council meets.</description></item>"
    [article] = parse_bytes(rss(items, channel="<language>kn</language>"), "f.xml").articles
    assert (article.lang, article.lang_source) == ("kn", "metadata")


def test_declared_language_kept_when_content_agrees() -> None:
    items = f"<item><title>Budget</title><description>{FRENCH}</description></item>"
    [article] = parse_bytes(rss(items, channel="<language>fr-FR</language>"), "f.xml").articles
    assert (article.lang, article.lang_source) == ("fr", "metadata")


def test_short_text_without_metadata_is_unknown() -> None:
    items = "<item><title>Breaking news</title><description>Read more</description></item>"
    [article] = parse_bytes(rss(items), "f.xml").articles
    assert (article.lang, article.lang_source) == ("", "")


def test_long_text_without_metadata_is_detected() -> None:
    items = f"<item><title>Budget</title><description>{FRENCH}</description></item>"
    [article] = parse_bytes(rss(items), "f.xml").articles
    assert (article.lang, article.lang_source) == ("fr", "content")


def test_subscription_language_counts_as_metadata() -> None:
    items = "<item><title>Short</title><description>Two words.</description></item>"
    [article] = parse_bytes(rss(items), "f.xml", default_lang="en").articles
    assert (article.lang, article.lang_source) == ("en", "metadata")


def test_lang_source_is_stored_and_shown(tmp_path: Path) -> None:
    from reader.store.library import Library

    items = f"<item><guid>a</guid><title>Budget night</title><description>{ENGLISH}</description></item>"
    articles = parse_bytes(rss(items, channel="<language>kn</language>"), "f.xml").articles
    with Library(tmp_path / "data") as library:
        library.import_articles(articles)
        [row] = library.rows()
        shown = library.article_json(row.id)
    assert shown is not None
    assert (shown["lang"], shown["lang_source"]) == ("en", "content")
