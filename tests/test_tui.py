"""The TUI driven by Textual's Pilot: every key and flow, asserted on app and library state.

The library is built here from Article records (an EN/FR pair with shared and one-sided figures, a few
other articles, one whose title looks like markup), so the tests depend on neither the sample feeds nor
the automatic pairing.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from reader.config import Config
from reader.model import Article, Block, Subscription
from reader.store import Library
from reader.tui.app import NewsReaderApp
from reader.tui.screens.help import HelpScreen
from reader.tui.screens.main import MainScreen
from reader.tui.widgets.article_detail import ArticleCell, ArticleDetail
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.figures_panel import FiguresPanel

pytestmark = pytest.mark.anyio

SIZE = (130, 40)
MARKUP_TITLE = "[bold red]x[/] is not markup"


def _at(day: int, hour: int) -> datetime:
    return datetime(2024, 5, day, hour, 0, tzinfo=UTC)


def story_articles() -> list[Article]:
    """The test corpus, newest first: FR and EN versions of one story, then three unrelated articles."""
    en = Article(
        title="Ransomware gang demands $4.5 million from Northfield Hospital",
        lang="en",
        date=_at(2, 10),
        source="example.com",
        url="https://example.com/en/northfield",
        feed="Example News",
        tldr=["Hospital hit by ransomware", "Attackers want $4.5 million"],
        blocks=[
            Block(
                "paragraph",
                "A ransomware gang demanded $4.5 million from Northfield Hospital on Monday, police said.",
            ),
            Block(
                "paragraph",
                "The attackers encrypted 1,200 servers before the hospital's security team noticed.",
            ),
            Block(
                "paragraph", "About 37% of scheduled operations were postponed while the systems were down."
            ),
            Block("heading", "What happens next"),
            Block("paragraph", "The hospital said it would not pay and expects its systems back in 2025."),
        ],
    )
    fr = Article(
        title="Un gang de rançongiciel exige 4,5 millions de dollars à l'hôpital Northfield",
        lang="fr",
        date=_at(2, 11),
        source="exemple.fr",
        url="https://exemple.fr/northfield",
        feed="Exemple Actu",
        tldr=["Un hôpital visé par un rançongiciel", "Les attaquants réclament 4,5 millions de dollars"],
        blocks=[
            Block(
                "paragraph",
                "Un gang de rançongiciel a exigé 4,5 millions de dollars à l'hôpital Northfield lundi, selon la police.",
            ),
            Block(
                "paragraph",
                "Les attaquants ont chiffré 1 200 serveurs avant que l'équipe de sécurité ne s'en aperçoive. "
                "Le suspect principal, âgé de 19 ans, a été arrêté.",
            ),
            Block("heading", "Et maintenant"),
            Block("paragraph", "L'hôpital refuse de payer et prévoit un retour à la normale en 2025."),
        ],
    )
    markup = Article(
        title=MARKUP_TITLE,
        lang="en",
        date=_at(1, 9),
        source="tricky.example",
        url="https://tricky.example/markup",
        blocks=[
            Block(
                "paragraph", "Feeds may contain [link=https://evil.example]click[/link] and \x1b[2J escapes."
            ),
        ],
    )
    inflation = Article(
        title="Inflation slows for a third month",
        lang="en",
        date=datetime(2024, 4, 30, 8, 0, tzinfo=UTC),
        source="econ.example",
        url="https://econ.example/inflation",
        blocks=[Block("paragraph", "Consumer prices rose 2.1% in April, down from 2.4% in March.")],
    )
    bread = Article(
        title="Le prix de la baguette augmente encore",
        lang="fr",
        date=datetime(2024, 4, 29, 8, 0, tzinfo=UTC),
        source="boulangerie.example",
        url="https://boulangerie.example/baguette",
        blocks=[
            Block("paragraph", "La baguette coûte désormais 1,15 euro en moyenne, selon les boulangers.")
        ],
    )
    return [fr, en, markup, inflation, bread]


def build_library(data_dir: Path) -> tuple[Library, dict[str, int]]:
    """A library holding :func:`story_articles`, with the EN/FR story paired by hand and nothing else."""
    library = Library(data_dir)
    stats = library.import_articles(story_articles())
    fr, en, markup, inflation, bread = stats.ids
    for pair in library.pairs():
        library.unpair(pair["en"])
    library.pair(en, fr)
    ids = {"fr": fr, "en": en, "markup": markup, "inflation": inflation, "bread": bread}
    return library, ids


def paired_library(data_dir: Path, en: Article, fr: Article) -> tuple[Library, int, int]:
    """A library holding ``en`` and ``fr``, paired by hand and nothing else; its ids of ``en`` and ``fr``."""
    library = Library(data_dir)
    en_id, fr_id = library.import_articles([fr, en]).ids[::-1]
    for pair in library.pairs():
        library.unpair(pair["en"])
    library.pair(en_id, fr_id)
    return library, en_id, fr_id


def figure_marks(detail: ArticleDetail) -> dict[tuple[str, str], str]:
    """The style each figure is marked with in the open article's cells, by side and text."""
    return {
        (cell.side, cell.plain[start:end]): mark.style
        for cell in detail.cells
        for start, end, mark in cell.figures
    }


@pytest.fixture
def lib(tmp_path) -> tuple[Library, dict[str, int]]:
    library, ids = build_library(tmp_path / "lib")
    yield library, ids
    library.close()


def make_app(library: Library, **config: Any) -> NewsReaderApp:
    return NewsReaderApp(library=library, config=Config(**config))


def screen_of(app: NewsReaderApp) -> MainScreen:
    return app.main_screen


def articles_of(app: NewsReaderApp) -> ArticleList:
    return app.main_screen.query_one(ArticleList)


def detail_of(app: NewsReaderApp) -> ArticleDetail:
    return app.main_screen.query_one(ArticleDetail)


def cell_texts(app: NewsReaderApp, side: str) -> list[str]:
    return [c.plain for c in detail_of(app).cells if c.side == side]


def rendered(app: NewsReaderApp) -> str:
    """Everything the screen shows now, as plain text."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def open_row(pilot, index: int) -> None:
    articles = articles_of(pilot.app)
    articles.cursor = index
    await pilot.press("enter")
    await pilot.pause()


# -- the list ------------------------------------------------------------------------------------------


async def test_list_shows_the_view_and_count(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        articles = articles_of(app)
        # The EN/FR pair is one story: one row (its newest report, the FR one), so four rows for five articles.
        assert articles.total == 4
        assert articles.current.id == ids["fr"] and articles.current.story_id is not None
        header = str(screen_of(app).query_one("#list-header").render())
        assert "All articles" in header and "4 stories" in header
        assert app.focused is articles


async def test_j_k_and_arrows_move_the_cursor(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        articles = articles_of(app)
        await pilot.press("j", "j")
        assert articles.cursor == 2
        await pilot.press("k")
        assert articles.cursor == 1
        await pilot.press("down", "down", "down", "down", "down")
        assert articles.cursor == 3  # stops at the last row (the pair is one row)
        await pilot.press("up")
        assert articles.cursor == 2
        await pilot.press("home")
        assert articles.cursor == 0
        await pilot.press("end")
        assert articles.current.id == ids["bread"]


async def test_click_selects_and_opens(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        articles = articles_of(app)
        await pilot.click(ArticleList, offset=(10, 2 * 2))  # the third row (two lines each)
        await pilot.pause()
        assert articles.cursor == 2
        assert detail_of(app).article["id"] == ids["inflation"]


async def test_list_is_virtual_and_pages_on_demand(tmp_path):
    """A big library: only the first page is read to show the list, later pages when scrolled to."""
    library = Library(tmp_path / "big")
    library.import_articles(
        [
            Article(
                title=f"Article {n:05d}",
                lang="en",
                date=datetime(2020, 1, 1, tzinfo=UTC) + timedelta(minutes=n),
                blocks=[Block("paragraph", f"Body {n}.")],
            )
            for n in range(450)
        ]
    )
    calls: list[tuple[int, int]] = []
    original = library.rows

    def counting_rows(view="all", **kw):
        calls.append((kw.get("offset", 0), kw.get("limit")))
        return original(view, **kw)

    library.rows = counting_rows  # type: ignore[method-assign]
    app = make_app(library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        articles = articles_of(app)
        assert articles.total == 450
        assert calls and all(limit is not None and limit <= 100 for _, limit in calls)
        assert {offset for offset, _ in calls} == {0}
        await pilot.press("end")
        await pilot.pause()
        assert articles.cursor == 449
        assert articles.current.title == "Article 00000"
        assert max(offset for offset, _ in calls) == 400
        assert articles.virtual_size.height == 450 * 2
    library.close()


# -- opening -------------------------------------------------------------------------------------------


async def test_enter_opens_a_pair_side_by_side_and_marks_read(lib, tmp_path):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        detail = detail_of(app)
        assert detail.article["id"] == ids["fr"]
        assert detail.partner["id"] == ids["en"]
        assert detail.has_class("-paired")
        en, fr = cell_texts(app, "en"), cell_texts(app, "fr")
        assert en[0].startswith("Ransomware gang demands") and fr[0].startswith("Un gang de rançongiciel")
        assert library.article(ids["fr"])["read"] is True
        assert articles_of(app).current.read is True
    assert Library(tmp_path / "lib").article(ids["fr"])["read"] is True


async def test_paragraphs_are_aligned_by_shared_figures(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await open_row(pilot, 0)
        detail = detail_of(app)
        rows = [row for row in detail.body.children]
        pairs = []
        for row in rows[1:]:
            cells = list(row.query(ArticleCell))
            pairs.append(tuple(c.plain[:20] for c in cells))
        assert ("The attackers encryp", "Les attaquants ont c") in pairs
        assert ("About 37% of schedul", "") in pairs  # the paragraph French lacks sits beside a blank
        assert ("What happens next", "Et maintenant") in pairs
        # Aligned paragraphs start on the same line of the scroll container.
        for row in rows[1:]:
            en_cell, fr_cell = row.query(ArticleCell)
            assert en_cell.region.y == fr_cell.region.y


async def test_figures_are_highlighted_matched_and_one_sided(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await open_row(pilot, 0)
        detail = detail_of(app)
        by_text = {}
        for cell in detail.cells:
            if any(p.kind == "tldr" for p in cell.parts):
                continue  # the TL;DR's figures are not compared (see the next test)
            for start, end, mark in cell.figures:
                by_text[(cell.side, cell.plain[start:end])] = mark
        assert by_text[("en", "$4.5 million")].style == by_text[("fr", "4,5 millions de dollars")].style
        assert by_text[("en", "$4.5 million")].badge == by_text[("fr", "4,5 millions de dollars")].badge
        assert by_text[("en", "37%")].style == "article-cell--one-sided"
        assert by_text[("fr", "19 ans")].style == "article-cell--one-sided"
        # The rendered text carries the styles, and the badge follows the figure.
        cell = next(
            c
            for c in detail.cells
            if c.side == "en" and "$4.5 million" in c.plain and not any(p.kind == "tldr" for p in c.parts)
        )
        text = cell.render()
        badge = by_text[("en", "$4.5 million")].badge
        assert "$4.5 million" + "¹²³⁴⁵⁶⁷⁸⁹"[badge - 1] in text.plain
        assert any(span.style for span in text.spans)


async def test_tldr_figures_are_highlighted_too(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await open_row(pilot, 0)
        detail = detail_of(app)
        tldr_marks = {
            (cell.side, cell.plain[start:end]): mark.style
            for cell in detail.cells
            if any(p.kind == "tldr" for p in cell.parts)
            for start, end, mark in cell.figures
        }
        assert tldr_marks[("en", "$4.5 million")] == "article-cell--figure"
        assert tldr_marks[("fr", "4,5 millions de dollars")] == "article-cell--figure"


async def test_unpaired_article_uses_the_whole_width(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await open_row(pilot, 2)  # the pair is one row: the third row is the inflation article
        detail = detail_of(app)
        assert detail.article["id"] == ids["inflation"]
        assert detail.partner is None and detail.has_class("-single")
        cell = next(c for c in detail.cells if "Consumer prices" in c.plain)
        assert cell.side == "single"
        assert cell.size.width >= detail.body.scrollable_content_region.width - 2


async def test_feed_text_is_shown_literally(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await open_row(pilot, 1)  # the row after the pair's
        await pilot.pause()
        screen_text = rendered(app)
        assert MARKUP_TITLE in screen_text  # in the list and the detail title
        assert "[link=https://evil.example]click[/link]" in screen_text
        assert "\x1b" not in screen_text
        body = next(c for c in detail_of(app).cells if "Feeds may contain" in c.plain)
        assert "\x1b" not in body.plain and "\ufffd[2J" in body.plain


# -- state ---------------------------------------------------------------------------------------------


async def test_bookmark_is_persisted_at_once_and_survives_a_restart(lib, tmp_path):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "b")  # the second row: the article after the pair's (one row)
        assert articles_of(app).current.bookmarked is True
        assert library.article(ids["markup"])["bookmarked"] is True
    with Library(tmp_path / "lib") as reopened:
        assert reopened.article(ids["markup"])["bookmarked"] is True
        app2 = make_app(reopened)
        async with app2.run_test(size=SIZE) as pilot:
            await pilot.press("B")
            assert [articles_of(app2).row_at(i).id for i in range(articles_of(app2).total)] == [ids["markup"]]
            await pilot.press("b")  # unbookmark: stays listed (dimmed mark) until the view changes
            assert reopened.article(ids["markup"])["bookmarked"] is False
            await pilot.press("a", "B")
            assert articles_of(app2).total == 0


async def test_views_all_unread_bookmarks(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")  # reads the FR article and the EN version shown beside it
        await pilot.pause()
        await pilot.press("u")
        articles = articles_of(app)
        assert screen_of(app).view == "unread"
        listed = [articles.row_at(i).id for i in range(articles.total)]
        assert articles.total == 3 and ids["fr"] not in listed and ids["en"] not in listed
        assert "Unread" in str(screen_of(app).query_one("#list-header").render())
        await pilot.press("B")
        assert screen_of(app).view == "bookmarks" and articles.total == 0
        await pilot.press("a")
        assert screen_of(app).view == "all" and articles.total == 4  # the pair is one row


async def test_reading_in_the_unread_view_keeps_the_row_in_place(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("u", "j", "enter")
        await pilot.pause()
        articles = articles_of(app)
        assert articles.current.id == ids["markup"] and articles.current.read is True
        assert articles.total == 4  # the pair is one row


async def test_mark_then_pair_and_unpair(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        articles = articles_of(app)
        await pilot.press("p")  # the first row is the pair (its FR version): p unpairs it
        await pilot.pause()
        assert library.article(ids["en"])["pair_id"] is None
        assert articles.row_at(0).pair_id is None
        await pilot.press("m")
        assert articles.marked_id == ids["fr"]
        # The two versions stay one story (one row): opened, it shows the EN one left, where p pairs it.
        await pilot.press("enter")
        await pilot.pause()
        assert detail_of(app).article["id"] == ids["en"]
        await pilot.press("tab", "p")
        await pilot.pause()
        en, fr = library.article(ids["en"]), library.article(ids["fr"])
        assert (en["pair_id"], fr["pair_id"]) == (ids["fr"], ids["en"])
        assert articles.marked_id is None and articles.row_at(0).pair_id == ids["en"]
        assert {detail_of(app).article["id"], detail_of(app).partner["id"]} == {ids["en"], ids["fr"]}


async def test_pairing_two_articles_in_one_language_is_refused(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        articles = articles_of(app)
        articles.cursor = 1  # the markup article (the pair is one row)
        await pilot.press("m")
        articles.cursor = 2
        await pilot.press("p")
        await pilot.pause()
        assert library.article(ids["markup"])["pair_id"] is None
        assert library.article(ids["inflation"])["pair_id"] is None
        assert any("both in" in str(n.message) for n in app._notifications)


async def test_p_without_a_mark_explains(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        articles_of(app).cursor = 3
        await pilot.press("p")
        assert any("Mark an article" in str(n.message) for n in app._notifications)


async def test_open_and_copy_url(lib, monkeypatch):
    library, ids = lib
    app = make_app(library)
    opened: list[str] = []
    monkeypatch.setattr(app, "open_url", lambda url, **kw: opened.append(url))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o", "y")  # the pair's row is its newest report, the FR one
        assert opened == ["https://exemple.fr/northfield"]
        assert app.clipboard == "https://exemple.fr/northfield"


async def test_refresh_without_subscriptions_says_so(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        messages = " ".join(str(n.message) for n in app._notifications)
        assert "No subscriptions" in messages


RSS = (
    b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>World</title>'
    b"<language>en</language><item><guid>w1</guid><title>Fresh from the feed</title>"
    b"<pubDate>Mon, 03 Mar 2025 08:00:00 +0000</pubDate>"
    b"<description>Police seized 14 servers.</description></item></channel></rss>"
)


async def test_refresh_runs_in_a_worker_and_reloads_the_list(lib, server):
    from local_server import send

    library, ids = lib
    server.routes["/world.xml"] = lambda h: send(h, 200, RSS, {"Content-Type": "application/rss+xml"})
    library.add_feed(Subscription(server.url("/world.xml"), "World"))
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        articles = articles_of(app)
        assert articles.total == 5 and articles.row_at(0).title == "Fresh from the feed"  # the pair: one row
        assert "5 stories" in str(screen_of(app).query_one("#list-header").render())
        assert any("Feeds refreshed" in str(n.message) for n in app._notifications)
        assert not screen_of(app).query_one("#status").has_class("-busy")
    assert [r.title for r in library.rows()][0] == "Fresh from the feed", "stored through the library"


async def test_refresh_failures_are_reported(lib, server):
    from local_server import send

    library, ids = lib
    server.routes["/down.xml"] = lambda h: send(h, 503)
    library.add_feed(Subscription(server.url("/down.xml")))
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        errors = [n for n in app._notifications if n.severity == "error"]
        assert errors and "HTTP 503" in str(errors[0].message) and "/down.xml" in str(errors[0].message)


# -- layout, figures -----------------------------------------------------------------------------------


async def test_l_cycles_the_layout(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await open_row(pilot, 0)
        detail = detail_of(app)
        assert detail.reading_layout == "side-by-side"
        await pilot.press("l")
        await pilot.pause()
        assert detail.reading_layout == "en" and detail.has_class("-layout-en")
        assert all(not c.display for c in detail.cells if c.side == "fr")
        assert all(c.display for c in detail.cells if c.side == "en" and c.parts)
        await pilot.press("l")
        await pilot.pause()
        assert detail.reading_layout == "fr"
        assert all(not c.display for c in detail.cells if c.side == "en")
        await pilot.press("l")
        assert detail.reading_layout == "side-by-side"


async def test_layout_from_config(lib):
    library, ids = lib
    app = make_app(library, layout="fr")
    async with app.run_test(size=SIZE):
        assert detail_of(app).reading_layout == "fr"


async def test_narrow_terminal_stacks_the_languages(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_row(pilot, 0)
        assert screen_of(app).has_class("-narrow")
        row = next(r for r in detail_of(app).body.children if "-header" not in r.classes)
        en_cell, fr_cell = row.query(ArticleCell)
        assert fr_cell.region.y > en_cell.region.y  # French below English, not beside it


async def test_figures_panel_lists_and_scrolls_to_figures(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=(130, 24)) as pilot:
        await open_row(pilot, 0)
        detail = detail_of(app)
        await pilot.press("f")
        await pilot.pause()
        panel = detail.query_one(FiguresPanel)
        assert panel.display and app.focused is panel
        kinds = [(e.kind, e.en[2] if e.en else None, e.fr[2] if e.fr else None) for e in panel.entries]
        assert ("match", "$4.5 million", "4,5 millions de dollars") in kinds
        assert ("only", "37%", None) in kinds
        assert ("only", None, "19 ans") in kinds
        assert panel.row_count == len(panel.entries)
        target = next(i for i, e in enumerate(panel.entries) if e.en and e.en[2] == "2025")
        panel.move_cursor(row=target)
        await pilot.pause()
        await pilot.pause()
        selected = [c for c in detail.cells if c.selected]
        assert {c.side for c in selected} == {"en", "fr"}
        assert all(c.plain[slice(*c.selected)] == "2025" for c in selected)
        assert detail.body.scroll_y > 0
        await pilot.press("f")
        await pilot.pause()
        assert not panel.display


async def test_a_conflict_comes_first_in_the_figures_panel_and_is_marked_in_both_texts(tmp_path):
    en = Article(
        title="Turnout rises in the island vote",
        lang="en",
        date=_at(3, 10),
        source="example.com",
        blocks=[
            Block("paragraph", "Turnout reached 72% on Sunday, and the count took 3 hours."),
            Block("paragraph", "Officials also reported 14 polling stations closed early."),
        ],
    )
    fr = Article(
        title="La participation progresse dans l'île",
        lang="fr",
        date=_at(3, 11),
        source="exemple.fr",
        blocks=[
            Block(
                "paragraph",
                "La participation a atteint 71,2 % dimanche, et le dépouillement a duré 3 heures.",
            )
        ],
    )
    library, en_id, fr_id = paired_library(tmp_path / "lib", en, fr)
    try:
        (conflict,) = library.pair_comparison(en_id, fr_id)["conflicts"]
        assert (conflict[0]["text"], conflict[1]["text"]) == ("72%", "71,2 %")
        app = make_app(library)
        async with app.run_test(size=SIZE) as pilot:
            await open_row(pilot, 0)
            detail = detail_of(app)
            await pilot.press("f")
            await pilot.pause()
            panel = detail.query_one(FiguresPanel)
            kinds = [e.kind for e in panel.entries]
            assert kinds[0] == "conflict" and "match" in kinds and "only" in kinds
            assert kinds.index("match") < kinds.index("only") and "conflict" not in kinds[1:]
            first = panel.entries[0]
            assert (first.en[2], first.fr[2]) == ("72%", "71,2 %") and first.value == "72 ≠ 71.2"
            row = [cell.plain for cell in panel.get_row_at(0)]
            assert row[0] == "≠" and row[3:] == ["72%", "71,2 %"]
            marks = figure_marks(detail)
            assert marks[("en", "72%")] == marks[("fr", "71,2 %")] == "article-cell--conflict"
            assert marks[("en", "14")] == "article-cell--one-sided"
            await pilot.press("down", "up")  # back to the conflict: both figures are selected
            await pilot.pause()
            await pilot.pause()
            selected = {c.side: c.plain[slice(*c.selected)] for c in detail.cells if c.selected}
            assert selected == {"en": "72%", "fr": "71,2 %"}
    finally:
        library.close()


async def test_a_count_and_a_close_estimate_show_as_one_conflict_row_told_a_rounding(tmp_path):
    """Construction: "48,312 customers" against "Près de 50 000 abonnés": both versions report the quantity
    with two values, one an estimate of the other's, so the panel shows one "≠" row whose meaning says it
    is a rounding, neither figure is warned about as one-sided, and ``pairs --json`` lists it under
    ``conflicts``, ``rounded`` and ``near``."""
    en = Article(
        title="Thousands still without power after the storm",
        lang="en",
        date=_at(3, 10),
        source="example.com",
        blocks=[Block("paragraph", "The utility said 48,312 customers were still in the dark on Tuesday.")],
    )
    fr = Article(
        title="Des milliers de foyers toujours sans courant après la tempête",
        lang="fr",
        date=_at(3, 11),
        source="exemple.fr",
        blocks=[Block("paragraph", "Près de 50 000 abonnés étaient toujours privés de courant mardi.")],
    )
    library, en_id, fr_id = paired_library(tmp_path / "lib", en, fr)
    try:
        (pair,) = library.pairs()
        texts = [("48,312", "50 000")]
        for key in ("near", "rounded", "conflicts"):
            assert [(a["text"], b["text"]) for a, b in pair[key]] == texts, key
        assert pair["only_en"] == pair["only_fr"] == []
        app = make_app(library)
        async with app.run_test(size=SIZE) as pilot:
            await open_row(pilot, 0)
            detail = detail_of(app)
            await pilot.press("f")
            await pilot.pause()
            panel = detail.query_one(FiguresPanel)
            (rounding,) = [e for e in panel.entries if e.conflict]
            assert not rounding.one_sided and rounding.value == "48,312 ≠ 50,000"
            assert rounding.meaning.endswith(", rounded")
            row = [cell.plain for cell in panel.get_row_at(panel.entries.index(rounding))]
            assert row[0] == "≠" and row[3:] == ["48,312", "50 000"]
            marks = figure_marks(detail)
            assert marks[("en", "48,312")] == marks[("fr", "50 000")] == "article-cell--conflict"
    finally:
        library.close()


async def test_title_figures_of_a_pair_are_marked_in_the_title_not_at_their_offsets_in_the_body(tmp_path):
    en = Article(
        title="Storm leaves 9,000 homes without power",
        lang="en",
        date=_at(3, 10),
        source="example.com",
        blocks=[
            Block("paragraph", "Crews worked through the night after the storm damaged lines in the valley.")
        ],
    )
    fr = Article(
        title="La tempête prive 9 000 maisons d'électricité",
        lang="fr",
        date=_at(3, 11),
        source="exemple.fr",
        blocks=[
            Block(
                "paragraph", "Les équipes ont travaillé toute la nuit pour réparer les lignes de la vallée."
            )
        ],
    )
    library, en_id, fr_id = paired_library(tmp_path / "lib", en, fr)
    try:
        ((a, b),) = library.pair_comparison(en_id, fr_id)["matched"]
        assert (a["field"], b["field"]) == ("title", "title")
        app = make_app(library)
        async with app.run_test(size=SIZE) as pilot:
            await open_row(pilot, 0)
            marked = {
                (cell.side, any(p.kind == "title" for p in cell.parts), cell.plain[start:end], mark.style)
                for cell in detail_of(app).cells
                for start, end, mark in cell.figures
            }
            assert marked == {
                ("en", True, "9,000", "article-cell--match-1"),
                ("fr", True, "9 000", "article-cell--match-1"),
            }
    finally:
        library.close()


# -- search --------------------------------------------------------------------------------------------


async def test_search_shows_results_and_highlights_terms(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        assert app.focused.id == "search"
        await pilot.press(*"hospital", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen, articles, detail = screen_of(app), articles_of(app), detail_of(app)
        assert screen.search_query == "hospital"
        assert app.focused is articles
        found = [articles.row_at(i).id for i in range(articles.total)]
        assert ids["en"] in found and ids["inflation"] not in found
        assert "Search" in str(screen.query_one("#list-header").render())
        assert detail.article["id"] == found[0]
        hits = detail.hits()
        assert hits and all(
            cell.plain[s:e].lower().startswith(("hospital", "hôpital"))
            for cell, (s, e) in hits
            if cell.side == "en"
        )

        def hit_status() -> str:
            return str(detail.query_one("#hit-status").render())

        await pilot.press("n")
        assert hit_status().startswith(f"hit 1/{len(hits)}")
        await pilot.press("n")
        assert hit_status().startswith(f"hit 2/{len(hits)}") and hits[1][0].current_hit == hits[1][1]
        await pilot.press("N")
        assert hit_status().startswith(f"hit 1/{len(hits)}")
        first_cell, first = hits[0]
        assert first_cell.current_hit == first


async def test_escape_clears_the_search(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"baguette", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert articles_of(app).total == 1
        await pilot.press("escape")
        await pilot.pause()
        assert screen_of(app).search_query is None and articles_of(app).total == 4  # the pair: one row
        assert detail_of(app).pattern is None
        await pilot.press("slash", *"abc", "escape")
        assert screen_of(app).search_bar.value == "" and app.focused is articles_of(app)


async def test_bad_query_is_reported_not_raised(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *'"unclosed (', "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
        assert screen_of(app).query_one("#status").has_class("-busy") is False


# -- keys, help, quit ----------------------------------------------------------------------------------


async def test_q_quits(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert not app.is_running


async def test_q_types_into_the_search_input(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", "q")
        assert app.is_running
        assert screen_of(app).search_bar.value == "q"


async def test_help_screen_lists_every_binding(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        listed = {b.id for _, bindings in app.binding_sections() for _, b in bindings}
        assert {
            "search",
            "bookmark",
            "view_bookmarks",
            "cycle_layout",
            "figures",
            "pair",
            "quit",
            "open",
        } <= listed
        text = rendered(app)
        assert "Bookmark" in text and "Pair/unpair" in text and "view_unread" in text
        # below the keys, a legend explains every symbol and colour of the list and the article
        app.screen.query_one("#help-body").scroll_end(animate=False)
        await pilot.pause()
        legend = rendered(app)
        for sample in ("●", "★", "⇄", "◆", "conflict", "only one version", "search hit"):
            assert sample in legend, sample
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("question_mark", "q")  # q quits from the help screen too
        await pilot.pause()
    assert app.return_code == 0 and not app.is_running


def test_every_binding_has_an_id_and_a_description():
    from reader.tui.widgets.article_detail import DetailScroll
    from reader.tui.widgets.search_bar import SearchBar

    for cls in (NewsReaderApp, MainScreen, ArticleList, SearchBar, HelpScreen, DetailScroll):
        for binding in cls.BINDINGS:
            if getattr(binding, "system", False):
                continue
            assert binding.id and binding.description, (cls.__name__, binding)


async def test_keymap_from_config_remaps_keys(lib):
    library, ids = lib
    app = make_app(library, keys={"bookmark": "s", "view_bookmarks": "S"})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b")
        assert library.article(ids["fr"])["bookmarked"] is False
        await pilot.press("s")
        assert library.article(ids["fr"])["bookmarked"] is True
        await pilot.press("S")
        assert screen_of(app).view == "bookmarks"
        sections = dict(app.binding_sections())
        assert ("s", "bookmark") in [(k, b.id) for k, b in sections["Reading"]]


async def test_theme_from_config(lib):
    library, ids = lib
    app = make_app(library, theme="textual-light")
    async with app.run_test(size=SIZE):
        assert app.theme == "textual-light"


async def test_command_palette_lists_the_commands(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE):
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Bookmark", "Layout", "Figures", "Search", "Pair/unpair", "Help", "Open"} <= titles


async def test_command_palette_runs_a_command(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        command = next(c for c in app.get_system_commands(app.screen) if c.title == "Layout")
        command.callback()
        await pilot.pause()
        assert detail_of(app).reading_layout == "en"


async def test_tab_switches_panes(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=(130, 20)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("tab")
        body = detail_of(app).body
        assert app.focused is body
        await pilot.press("j", "j", "down")
        await pilot.pause()
        assert body.scroll_y == 3 and articles_of(app).cursor == 0  # j scrolls the article, not the list
        await pilot.press("k")
        await pilot.pause()
        assert body.scroll_y == 2
        await pilot.press("tab")
        assert app.focused is articles_of(app)


async def test_library_messages_become_toasts_while_running(lib):
    library, ids = lib
    printed = library.notify
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        library.notify("search index: rebuilding")
        await pilot.pause()
        assert any("rebuilding" in str(n.message) for n in app._notifications)
    assert library.notify is printed


def test_only_the_tui_imports_textual():
    code = (
        "import sys, reader.cli, reader.store, reader.align, reader.render, reader.config; "
        "assert not [m for m in sys.modules if m.split('.')[0] == 'textual'], 'textual imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[1])
