"""HTML fragments and pages to blocks."""

from __future__ import annotations

from reader.ingest import html as html_module
from reader.ingest.html import html_to_blocks, html_to_text, looks_like_html


def kinds(blocks) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in blocks]


def test_block_kinds() -> None:
    html = (
        "<h2>Heading</h2><p>First <b>bold</b> paragraph.</p>"
        "<ul><li>one</li><li>two</li></ul><blockquote><p>Quoted.</p></blockquote><div>Div text</div>"
    )
    assert kinds(html_to_blocks(html)) == [
        ("heading", "Heading"),
        ("paragraph", "First bold paragraph."),
        ("item", "one"),
        ("item", "two"),
        ("quote", "Quoted."),
        ("paragraph", "Div text"),
    ]


def test_link_text_kept_with_its_reference() -> None:
    blocks = html_to_blocks('<p>Read <a href="https://example.org/secret-url">the report</a> now.</p>')
    assert kinds(blocks) == [("paragraph", "Read the report[1] now.")]
    assert blocks[0].links == [(1, "https://example.org/secret-url")]


def test_scripts_styles_and_non_text_dropped() -> None:
    html = (
        "<p>Kept</p><script>alert('x')</script><style>p{color:red}</style>"
        "<noscript>Enable JS</noscript><svg><text>chart</text></svg><template><p>t</p></template>"
    )
    assert kinds(html_to_blocks(html)) == [("paragraph", "Kept")]


def test_no_raw_tags_in_output() -> None:
    html = (
        '<html><head><meta charset="utf-8"><title>T</title></head><body><!-- comment -->'
        '<div class="x"><span>a</span><img src="i.png" alt="pic"><br/><table><tr><td>c1</td>'
        "<td>c2</td></tr></table><![if !supportLists]>b<![endif]></div></body></html>"
    )
    text = " ".join(b.text for b in html_to_blocks(html))
    assert "<" not in text and ">" not in text
    assert "c1 | c2" in " ".join(text.split())
    assert "[image: pic]" in text


def test_entities_decoded_and_nbsp_kept() -> None:
    blocks = html_to_blocks("<p>Tom &amp; Jerry&nbsp;: 3&#160;000&#8239;€ &lt;tag&gt;</p>")
    assert blocks[0].text == "Tom & Jerry\u00a0: 3\u00a0000\u202f€ <tag>"


def test_rich_markup_brackets_kept() -> None:
    assert html_to_blocks("<p>[bold]literal[/bold]</p>")[0].text == "[bold]literal[/bold]"


def test_br_breaks_lines_and_double_br_splits_paragraphs() -> None:
    assert kinds(html_to_blocks("<p>line one<br>line two<br><br>next para</p>")) == [
        ("paragraph", "line one\nline two"),
        ("paragraph", "next para"),
    ]


def test_unclosed_tags_and_implied_ends() -> None:
    assert kinds(html_to_blocks("<p>one<p>two<ul><li>a<li>b</ul>tail")) == [
        ("paragraph", "one"),
        ("paragraph", "two"),
        ("item", "a"),
        ("item", "b"),
        ("paragraph", "tail"),
    ]


def test_paragraph_inside_list_item_stays_an_item() -> None:
    assert kinds(html_to_blocks("<ol><li><p>first</p></li><li>second</li></ol>")) == [
        ("item", "first"),
        ("item", "second"),
    ]


def test_plain_text_is_split_on_blank_lines() -> None:
    text = "First paragraph\nstill first.\n\n  \nSecond one."
    assert kinds(html_to_blocks(text)) == [
        ("paragraph", "First paragraph\nstill first."),
        ("paragraph", "Second one."),
    ]
    assert not looks_like_html(text)
    assert looks_like_html("a <b>b</b>") and looks_like_html("Tom &amp; Jerry")


def test_twenty_thousand_deep_nesting() -> None:
    # libxml2 (lxml, inscriptis) gives up at depth 256 and drops the rest: the text after the
    # deep part must survive here.
    html = "<p>before</p>" + "<div>" * 20_000 + "deep text" + "</div>" * 20_000 + "<p>after</p>"
    assert kinds(html_to_blocks(html)) == [
        ("paragraph", "before"),
        ("paragraph", "deep text"),
        ("paragraph", "after"),
    ]


def test_deep_nesting_of_unclosed_and_stray_tags() -> None:
    html = "<blockquote>" * 20_000 + "quoted" + "</p>" * 20_000 + "<li>" * 5_000 + "item"
    assert kinds(html_to_blocks(html)) == [("quote", "quoted"), ("item", "item")]


def test_html_to_text_is_one_line() -> None:
    assert html_to_text("New <em>tide</em> gauges") == "New tide gauges"
    assert html_to_text("<p>a</p><p>b</p>") == "a b"


def test_empty_input() -> None:
    assert html_to_blocks("") == []
    assert html_to_blocks("<div> </div><script>x</script>") == []


def test_page_parse_title_and_lang() -> None:
    page = (
        '<html lang="fr-FR"><head><title>Le titre - Site</title></head>'
        "<body><h1>Le titre</h1><p>Premier paragraphe.</p></body></html>"
    )
    [article] = html_module.parse(page, "/tmp/page.html")
    assert article.title == "Le titre"
    assert article.lang == "fr-FR"  # normalised later by finish_article
    assert kinds(article.blocks) == [("paragraph", "Premier paragraphe.")]
