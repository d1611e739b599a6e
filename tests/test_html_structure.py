"""HTML structure kept from feed items (issue 15): tables, numbered lists, links as numbered references
and images as their alt text, from the parser through storage to `show`, `show --json` and the reader."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.config import Config
from reader.ingest.html import html_to_blocks, html_to_text, link_target
from reader.model import Article, article_links, display_text
from reader.render import article_text, cell_spans
from reader.store import Library
from reader.tui.app import NewsReaderApp
from reader.tui.widgets.article_detail import ArticleCell, ArticleDetail

ADVISORY = (
    '<p>Read <a href="https://vendor.example/advisory">the advisory</a> first.</p>'
    "<table><caption>Fixed versions</caption><thead><tr><th>Product</th><th>Version</th><th>Fixed in</th></tr>"
    "</thead><tbody><tr><td>EdgeGate</td><td>4.2.1</td><td>4.2.2</td></tr>"
    '<tr><td>Devices</td><td>1,200 units</td><td><a href="/kb/77">$4.5 million</a></td></tr></tbody></table>'
    '<ol start="3"><li>Update the firmware</li><li>Reboot</li></ol>'
    '<p><img src="https://vendor.example/img/flow-chart.png"> <img alt="Patch timeline" src="t.png"> '
    '<a href="javascript:alert(1)">click</a> <a href="https://vendor.example/advisory">again</a></p>'
)


def kinds(blocks) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in blocks]


# -- the parser -------------------------------------------------------------------------------------


def test_table_keeps_rows_and_header() -> None:
    [table] = html_to_blocks(
        "<table><tr><th>Product</th><th>Fixed in</th></tr>\n <tr><td>EdgeGate</td><td>4.2.1</td></tr></table>"
    )
    assert table.kind == "table"
    assert table.rows == [["Product", "Fixed in"], ["EdgeGate", "4.2.1"]]
    assert table.header is True
    assert table.text == "Product | Fixed in\nEdgeGate | 4.2.1"


def test_table_without_th_has_no_header_and_colspan_keeps_columns() -> None:
    [table] = html_to_blocks(
        "<table><tbody><tr><td colspan=2>Wide</td><td>c</td></tr><tr><td>a</td><td>b</td></tr>"
        "<tr><td>short</td></tr></tbody></table>"
    )
    assert table.header is False
    assert table.rows == [["Wide", "", "c"], ["a", "b", ""], ["short", "", ""]]


def test_table_caption_nested_table_and_blocks_in_cells() -> None:
    blocks = html_to_blocks(
        "<p>Before</p><table><caption>Caption</caption><tr><td><p>one</p><p>two</p></td>"
        "<td><table><tr><td>in</td><td>ner</td></tr></table></td></tr><tr><td>x</td><td>y</td></tr></table>"
        "<p>After</p>"
    )
    assert [b.kind for b in blocks] == ["paragraph", "paragraph", "table", "paragraph"]
    assert blocks[1].text == "Caption"
    assert blocks[2].rows == [["one two", "in ner"], ["x", "y"]]


def test_one_column_table_is_layout() -> None:
    blocks = html_to_blocks("<table><tr><td><p>First</p></td></tr><tr><td>Second</td></tr></table>")
    assert kinds(blocks) == [("paragraph", "First"), ("paragraph", "Second")]


def test_table_cells_are_cleaned() -> None:
    [table] = html_to_blocks("<table><tr><td>a\u202e\x1b[31mb</td><td>c\u200bd</td></tr></table>")
    assert table.rows == [["ab", "cd"]]  # the escape sequence, the bidi override and the zero-width space go
    assert "\x1b" not in table.text and "\u202e" not in table.text


def test_numbered_list_keeps_numbers() -> None:
    blocks = html_to_blocks(
        "<ol><li>one</li><li><p>two</p><p>more of two</p></li><li>three<ul><li>bullet</li></ul></li></ol>"
        '<ol start="7"><li>seven</li><li value="10">ten</li><li>eleven</li></ol>'
        '<ol reversed start="2"><li>two</li><li>one</li></ol><ul><li>plain</li></ul>'
    )
    assert [(b.kind, b.number, b.text) for b in blocks] == [
        ("item", 1, "one"),
        ("item", 2, "two"),
        ("paragraph", None, "more of two"),
        ("item", 3, "three"),
        ("item", None, "bullet"),
        ("item", 7, "seven"),
        ("item", 10, "ten"),
        ("item", 11, "eleven"),
        ("item", 2, "two"),
        ("item", 1, "one"),
        ("item", None, "plain"),
    ]
    assert [b.display() for b in blocks[:2]] == ["1. one", "2. two"]
    assert blocks[-1].display() == "• plain"


def test_links_become_numbered_references() -> None:
    [block] = html_to_blocks(
        '<p>See <a href="https://a.example/x">the report </a>and <a href="/faq">FAQ</a>, '
        '<a href="https://a.example/x">again</a> and <a href="mailto:press@a.example">us</a>.</p>'
    )
    assert block.text == "See the report[1] and FAQ[2], again[1] and us[3]."
    assert block.links == [(1, "https://a.example/x"), (2, "/faq"), (3, "mailto:press@a.example")]


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "java\u200bscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "file:///etc/passwd",
        "#section",
        "",
    ],
)
def test_hostile_links_are_not_kept(href: str) -> None:
    assert link_target(href) is None
    [block] = html_to_blocks(f'<p>Click <a href="{href}">here</a>.</p>')
    assert block.text == "Click here." and block.links == []


def test_links_without_text_and_in_titles() -> None:
    assert kinds(html_to_blocks('<p>Text<a href="https://a.example/"> </a></p>')) == [("paragraph", "Text")]
    assert html_to_text('Read <a href="https://a.example/">this</a> now') == "Read this now"


def test_images_as_alt_text_or_file_name() -> None:
    [block] = html_to_blocks(
        '<p>Chart: <img alt="Sales  by region" src="x.png"><img src="https://a.example/i/flow%20chart.png?s=1">'
        '<img src="data:image/png;base64,AAAA"><img src="https://t.example/p.gif" width="1" height="1"></p>'
    )
    assert block.text == "Chart: [image: Sales by region] [image: flow chart.png] [image]"


def test_linked_image_gets_a_reference() -> None:
    [block] = html_to_blocks('<p><a href="https://a.example/big.png"><img alt="Map"></a></p>')
    assert block.text == "[image: Map][1]"


def test_many_links_are_bounded() -> None:
    html = "<p>" + "".join(f'<a href="https://a.example/{i}">l{i}</a> ' for i in range(6000)) + "</p>"
    [block] = html_to_blocks(html)
    assert len(block.links) == 5000
    assert "l4999[5000]" in block.text and "l5000[" not in block.text


# -- storage, show and show --json ------------------------------------------------------------------


def advisory_article() -> Article:
    return Article(
        title="Patch your EdgeGate",
        lang="en",
        url="https://vendor.example/news/edgegate",
        source="vendor.example",
        blocks=html_to_blocks(ADVISORY),
    )


@pytest.fixture
def library(tmp_path) -> Library:
    library = Library(tmp_path / "lib")
    yield library
    library.close()


def test_stored_blocks_keep_structure_and_figures_index_the_text(library: Library) -> None:
    [article_id] = library.import_articles([advisory_article()]).ids
    record = library.article_json(article_id)
    assert record["text"] == display_text(record["blocks"])
    table = next(b for b in record["blocks"] if b["kind"] == "table")
    assert table["rows"][0] == ["Product", "Version", "Fixed in"] and table["header"] is True
    assert table["links"] == [[2, "/kb/77"]]
    assert [b.get("number") for b in record["blocks"] if b["kind"] == "item"] == [3, 4]
    assert "3. Update the firmware\n\n4. Reboot" in record["text"]
    assert record["links"] == ["https://vendor.example/advisory", "https://vendor.example/kb/77"]
    assert article_links(record)[1] == (2, "https://vendor.example/kb/77")
    body = [f for f in record["figures"] if f["field"] == "body"]
    assert {f["text"] for f in body} >= {"1,200", "$4.5 million"}
    for f in body:
        assert record["text"][f["start"] : f["end"]] == f["text"]
    spans = cell_spans(table["text"], table["rows"])
    assert spans is not None and table["text"][slice(*spans[2][2])] == "$4.5 million[2]"


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NEWSREADER_HOME": str(data_dir), "COLUMNS": "100"}
    return subprocess.run(
        [sys.executable, "-m", "reader", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_show_draws_table_numbers_and_links(library: Library) -> None:
    from rich.console import Console

    [article_id] = library.import_articles([advisory_article()]).ids
    console = Console(width=100, record=True, color_system=None)
    console.print(article_text(library.article_json(article_id)))
    out = console.export_text()
    lines = out.splitlines()
    header = next(line for line in lines if "Product" in line)
    assert header.index("Version") > header.index("Product")
    row = next(line for line in lines if "EdgeGate" in line and "4.2.1" in line)
    assert row.index("4.2.1") == header.index("Version")  # columns line up
    assert "Product | Version" not in out
    assert "3. Update the firmware" in out and "4. Reboot" in out
    assert "Read the advisory[1] first." in out
    assert "[image: flow-chart.png] [image: Patch timeline] click again[1]" in out
    links = lines[lines.index("Links") :]
    assert links[1:3] == ["[1] https://vendor.example/advisory", "[2] https://vendor.example/kb/77"]


def test_cli_show_and_show_json(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    library = Library(data_dir)
    [article_id] = library.import_articles([advisory_article()]).ids
    library.close()
    shown = _cli(data_dir, "show", str(article_id))
    assert shown.returncode == 0, shown.stderr
    row = next(line for line in shown.stdout.splitlines() if "EdgeGate" in line and "4.2.1" in line)
    assert "|" not in row  # drawn as a table, not the plain text
    assert "4. Reboot" in shown.stdout and "[2] https://vendor.example/kb/77" in shown.stdout
    as_json = _cli(data_dir, "show", str(article_id), "--json")
    assert as_json.returncode == 0, as_json.stderr
    record = json.loads(as_json.stdout)
    assert record["links"][0] == "https://vendor.example/advisory"
    assert [b["kind"] for b in record["blocks"]][:3] == ["paragraph", "paragraph", "table"]
    assert record["blocks"][2]["rows"][1] == ["EdgeGate", "4.2.1", "4.2.2"]
    assert "paragraphs" in record and "figures" in record and "headings" in record  # existing keys stay


def test_hostile_text_in_cells_and_links_is_never_markup(library: Library) -> None:
    from rich.console import Console

    html = (
        "<table><tr><td>[bold red]x[/]</td><td>[link=https://evil.example]y[/link]</td></tr></table>"
        '<p><a href="https://a.example/[red]z[/red]">w</a></p>'
    )
    [article_id] = library.import_articles([Article(title="t", lang="en", blocks=html_to_blocks(html))]).ids
    console = Console(width=100, record=True, color_system=None)
    console.print(article_text(library.article_json(article_id)))
    out = console.export_text()
    assert "[bold red]x[/]" in out and "[link=https://evil.example]y[/link]" in out
    assert "[1] https://a.example/[red]z[/red]" in out


# -- the reader -------------------------------------------------------------------------------------


def _app(library: Library) -> NewsReaderApp:
    return NewsReaderApp(library=library, config=Config())


def _rendered(app: NewsReaderApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


@pytest.mark.anyio
async def test_reader_shows_table_numbered_list_and_links(library: Library, monkeypatch) -> None:
    library.import_articles([advisory_article()])
    app = _app(library)
    opened: list[str] = []
    monkeypatch.setattr(app, "open_url", lambda url, **kw: opened.append(url))
    async with app.run_test(size=(150, 50)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        detail = app.main_screen.query_one(ArticleDetail)
        text = _rendered(app)
        lines = text.splitlines()
        header = next(line for line in lines if "Product" in line and "Fixed in" in line)
        row = next(line for line in lines if "EdgeGate" in line and "4.2.2" in line)
        assert row.index("4.2.1") == header.index("Version")
        assert "Product | Version" not in text
        assert "3. Update the firmware" in text and "4. Reboot" in text
        assert "the advisory[1]" in text
        assert "[1] https://vendor.example/advisory" in text
        assert "[2] https://vendor.example/kb/77" in text
        assert any(c.parts[0].kind == "table" for c in detail.cells if isinstance(c, ArticleCell) and c.parts)
        # From the reading pane: a number then o opens that link; o alone opens the article.
        await pilot.press("tab")
        await pilot.press("2")
        assert detail.link_digits == "2" and "Link 2" in _rendered(app)
        await pilot.press("o")
        assert opened == ["https://vendor.example/kb/77"]
        await pilot.press("o")
        assert opened[-1] == "https://vendor.example/news/edgegate"
        await pilot.press("9", "o")
        assert len(opened) == 2
        assert any("No link 9" in str(n.message) for n in app._notifications)
        await pilot.press("1", "escape", "o")
        assert opened[-1] == "https://vendor.example/news/edgegate" and len(opened) == 3


@pytest.mark.anyio
async def test_table_cells_keep_figure_styles(library: Library) -> None:
    library.import_articles([advisory_article()])
    app = _app(library)
    async with app.run_test(size=(150, 50)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        detail = app.main_screen.query_one(ArticleDetail)
        [cell] = [c for c in detail.cells if c.parts and c.parts[0].kind == "table"]
        assert cell.figures  # "1,200 units" and "$4.5 million" are marked in the table's text
        from rich.console import Group
        from rich.table import Table

        rendered = cell.render()
        assert isinstance(rendered, Group)
        table = next(r for r in rendered.renderables if isinstance(r, Table))
        money = table.columns[2]._cells[1]
        assert money.plain == "$4.5 million[2]"
        assert money.spans  # styled: the figure and the reference


def test_structure_survives_a_feed_import() -> None:
    from reader.ingest import parse_bytes

    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://vendor.example/</link>'
        "<description>d</description><item><title>Patch</title><link>https://vendor.example/news/edgegate</link>"
        f"<guid>p1</guid><description><![CDATA[{ADVISORY}]]></description></item></channel></rss>"
    ).encode()
    [article] = parse_bytes(feed, "f.xml").articles
    table = next(b for b in article.blocks if b.kind == "table")
    assert table.rows and table.rows[1] == ["EdgeGate", "4.2.1", "4.2.2"]
    assert "\n" in table.text
    assert "3. Update the firmware" in article.text
    assert article.blocks[0].links == [(1, "https://vendor.example/advisory")]
