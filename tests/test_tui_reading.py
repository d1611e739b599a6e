"""Everyday reading (issue 18): read state, undo, zoom, next/previous, did-you-mean, hit counts, whole-figure
hits, no-break spaces, saving, auto-refresh and the feed errors screen, driven by Pilot on the corpus of
``test_tui``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_tui import RSS, articles_of, build_library, detail_of, make_app, screen_of

from reader.model import Article, Block
from reader.store import Library

pytestmark = pytest.mark.anyio

SIZE = (130, 40)


@pytest.fixture
def lib(tmp_path):
    library, ids = build_library(tmp_path / "lib")
    yield library, ids
    library.close()


def header(app) -> str:
    return str(screen_of(app).query_one("#list-header").render())


def unread_ids(library: Library) -> set[int]:
    return {r.id for r in library.rows("unread")}


def messages(app) -> str:
    return " | ".join(str(n.message) for n in app._notifications)


# -- read state ----------------------------------------------------------------------------------------


async def test_opening_a_pair_marks_both_versions_read_and_the_header_follows(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "5 unread" in header(app)
        await pilot.press("enter")  # the FR version, paired with the EN one
        await pilot.pause()
        assert library.article(ids["fr"])["read"] and library.article(ids["en"])["read"]
        articles = articles_of(app)
        # The pair is one row (a story of two reports): the row after it is another article, still unread.
        assert articles.row_at(0).read and not articles.row_at(1).read
        assert "3 unread" in header(app)
        await pilot.press("u")
        assert "Unread · 3" in header(app)
        await pilot.press("enter")  # reads the first unread article: the count drops at once
        await pilot.pause()
        assert "Unread · 2" in header(app) and "3 listed" in header(app)


async def test_search_shows_the_first_hit_without_marking_it_read(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"baguette", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert detail_of(app).article["id"] == ids["bread"]
        assert library.article(ids["bread"])["read"] is False
        assert articles_of(app).current.read is False
        await pilot.press("enter")  # opening it is reading it
        await pilot.pause()
        assert library.article(ids["bread"])["read"] is True


async def test_toggle_read_and_undo(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "R")  # the second row: the article after the pair's (one row)
        assert library.article(ids["markup"])["read"] is True and articles_of(app).current.read is True
        assert "4 unread" in header(app)
        await pilot.press("R")
        assert library.article(ids["markup"])["read"] is False
        await pilot.press("z")  # undoes the second toggle
        assert library.article(ids["markup"])["read"] is True
        await pilot.press("ctrl+z")  # and the first
        assert library.article(ids["markup"])["read"] is False
        assert "5 unread" in header(app)


async def test_mark_feed_read_and_all_read_commit_at_once_and_undo_restores_exactly_what_changed(
    lib, tmp_path
):
    library, ids = lib
    extra = [
        Article(
            title=f"Feed item {n}",
            lang="en",
            feed="Example News",
            feed_url="https://example.com/feed.xml",
            source="example.com",
            blocks=[Block("paragraph", f"Item {n} of the feed.")],
        )
        for n in range(3)
    ]
    feed_ids = library.import_articles(extra).ids
    library.mark_read([feed_ids[0]])  # already read: an undo must leave it read
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        articles = articles_of(app)
        articles.cursor = next(i for i in range(articles.total) if articles.row_at(i).id == feed_ids[1])
        await pilot.press("A")
        with Library(tmp_path / "lib") as other:  # committed: another connection sees it
            assert {feed_ids[1], feed_ids[2]}.isdisjoint(unread_ids(other))
            assert ids["en"] in unread_ids(other)  # another feed's article is untouched
        assert all(
            articles.row_at(i).read for i in range(articles.total) if articles.row_at(i).id in feed_ids
        )
        assert "Example News" in messages(app)
        await pilot.press("C")
        assert unread_ids(library) == set() and "0 unread" in header(app)
        await pilot.press("z")  # everything that C changed is unread again, nothing else
        assert unread_ids(library) == {ids["fr"], ids["en"], ids["markup"], ids["inflation"], ids["bread"]}
        await pilot.press("z")
        assert feed_ids[0] not in unread_ids(library)
        assert {feed_ids[1], feed_ids[2]} <= unread_ids(library)
        assert f"{len(unread_ids(library))} unread" in header(app)


async def test_the_cli_unread_list_and_the_reader_agree(lib, tmp_path):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("j", "j", "R")  # the inflation article: the pair is one row
        shown = header(app)
    library.close()
    out = subprocess.run(
        [sys.executable, "-m", "reader", "--data-dir", str(tmp_path / "lib"), "list", "--unread", "--json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    ).stdout
    listed = json.loads(out)
    assert len(listed) == 2 and f"{len(listed)} unread" in shown
    assert {a["id"] for a in listed} == {ids["markup"], ids["bread"]}


def test_library_bulk_read_marks_return_exactly_what_changed(tmp_path):
    library, ids = build_library(tmp_path / "lib")
    try:
        assert library.unread_count() == 5 == library.count("unread") == len(library.rows("unread"))
        assert library.mark_read([ids["en"], ids["en"]]) == [ids["en"]]
        assert library.mark_read([ids["en"]]) == []  # already read: nothing changed
        label, changed = library.mark_feed_read(ids["fr"])
        assert label == "Exemple Actu" and changed == [ids["fr"]]
        changed = library.mark_all_read()
        assert sorted(changed) == sorted([ids["markup"], ids["inflation"], ids["bread"]])
        assert library.unread_count() == 0 == len(library.rows("unread"))
        assert sorted(library.mark_read(changed, False)) == sorted(changed)
        assert library.unread_count() == 3 == len(library.rows("unread"))
    finally:
        library.close()


# -- reading comfort -----------------------------------------------------------------------------------


async def test_zoom_gives_the_article_the_whole_width(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        pane = screen_of(app).query_one("#list-pane")
        assert pane.display and detail_of(app).size.width < SIZE[0]
        await pilot.press("w")
        await pilot.pause()
        assert not pane.display and detail_of(app).size.width == SIZE[0]
        assert app.focused is detail_of(app).body
        await pilot.press("w")
        await pilot.pause()
        assert pane.display and app.focused is articles_of(app)


async def test_next_and_previous_article_from_the_article_view(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "tab")  # the pair (one row: a story of two reports), then into it
        await pilot.pause()
        await pilot.press("J")
        await pilot.pause()
        assert articles_of(app).cursor == 1 and detail_of(app).article["id"] == ids["markup"]
        assert library.article(ids["markup"])["read"] is True
        await pilot.press("J")
        await pilot.pause()
        assert detail_of(app).article["id"] == ids["inflation"]
        await pilot.press("K", "K")
        await pilot.pause()
        assert articles_of(app).cursor == 0 and detail_of(app).article["id"] == ids["fr"]
        assert detail_of(app).partner["id"] == ids["en"]


async def test_did_you_mean_is_shown_and_enter_runs_it(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"ransomwre", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = screen_of(app)
        assert articles_of(app).total == 0 and screen.suggestion == "ransomware"
        shown = str(screen.query_one("#suggestion").render())
        assert "Did you mean: ransomware?" in shown and screen.query_one("#suggestion").display
        assert "Did you mean: ransomware?" in messages(app)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.search_query == "ransomware" and articles_of(app).total >= 1
        assert not screen.query_one("#suggestion").display


async def test_n_shows_which_hit_of_how_many(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"hospital", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        detail = detail_of(app)
        status = detail.query_one("#hit-status")
        total = len(detail.hits())
        assert total >= 3 and status.display and f"{total} hits" in str(status.render())
        await pilot.press("n", "n")
        assert f"hit 2/{total}" in str(status.render())
        await pilot.press("N", "N")
        assert f"hit {total}/{total}" in str(status.render())
        await pilot.press("escape")
        await pilot.pause()
        assert not status.display


FIGURES = Article(
    title="Un vol de cryptomonnaie",
    lang="fr",
    source="exemple.fr",
    blocks=[
        Block(
            "paragraph",
            "Les pirates ont dérobé 145 000 euros. L'an dernier, 8,000 comptes avaient été visés "
            "pour 2 000 euros, et 145 000 000 de lignes publiées.",
        )
    ],
)


async def test_figure_searches_hit_whole_figures_only(tmp_path):
    library = Library(tmp_path / "lib")
    try:
        library.import_articles([FIGURES])
        app = make_app(library)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("slash", *"145 000 euros", "enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.pause()
            found = [cell.plain[s:e] for cell, (s, e) in detail_of(app).hits()]
            assert found == ["145 000", "euros", "euros"]
    finally:
        library.close()


NO_BREAK = "plus de 4\u00a0300 victimes et un «\u202fhot wallet\u202f» vidé"


async def test_wrapping_never_breaks_at_a_no_break_space(tmp_path):
    library = Library(tmp_path / "lib")
    words = ["mot" * (n % 4 + 1) for n in range(40)]
    paragraph = " ".join(f"{w} {NO_BREAK}" for w in words)  # the phrase at many positions of the lines
    try:
        library.import_articles(
            [Article(title="Espaces insécables", lang="fr", blocks=[Block("paragraph", paragraph)])]
        )
        app = make_app(library)
        async with app.run_test(size=(90, 60)) as pilot:
            await pilot.press("enter")
            await pilot.pause()
            cell = next(c for c in detail_of(app).cells if "victimes" in c.plain)
            region = cell.content_region
            lines = [
                strip.text[region.x : region.right].rstrip()
                for strip in app.screen._compositor.render_strips()[region.y : region.bottom]
            ]
            assert len(lines) > 10
            for before, after in zip(lines, lines[1:], strict=False):
                assert not before.endswith((" 4", "«")), before
                assert not after.startswith(("300", "»")), after
            assert (
                cell.plain.count("\u00a0") == 40 and cell.plain.count("\u202f") == 80
            )  # the text itself (and its offsets) unchanged
    finally:
        library.close()


async def test_figures_panel_fits_80_by_24_without_clipped_columns(lib):
    from reader.tui.widgets.figures_panel import FiguresPanel

    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        await pilot.pause()
        panel = detail_of(app).query_one(FiguresPanel)
        columns = list(panel.columns.values())
        labels = [c.label.plain for c in columns]
        assert labels in (
            ["#", "value", "meaning", "English", "French"],
            ["#", "value", "meaning", "EN", "FR"],
        )
        assert sum(c.width + 2 for c in columns) <= panel.scrollable_content_region.width
        assert all(c.width >= len(c.label.plain) for c in columns)
        for row in range(panel.row_count):
            for cell, column in zip(panel.get_row_at(row), columns, strict=True):
                assert cell.cell_len <= column.width
        values = [panel.get_row_at(r)[1].plain for r in range(panel.row_count)]
        assert "4,500,000" in values  # the values keep their width: the other columns gave theirs
        # toasts go to the top while the panel is open, so they never cover its rows
        from textual.widgets._toast import Toast

        app.notify("A toast while the panel is open")
        await pilot.pause()
        await pilot.pause()
        toasts = list(screen_of(app).query(Toast))
        assert toasts and all(t.region.bottom <= panel.region.y for t in toasts)


async def test_s_saves_the_pair_with_its_figures_as_markdown(lib, tmp_path, monkeypatch):
    library, ids = lib
    monkeypatch.chdir(tmp_path)
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        (saved,) = tmp_path.glob("*.md")
        assert saved.name == "ransomware-gang-demands-4-5-million-from-northfield-hospital-pair.md"
        assert saved.name in messages(app)
        text = saved.read_text(encoding="utf-8")
        assert text.startswith("# Ransomware gang demands $4.5 million")
        assert "### Matches" in text and "| $4.5 million | 4,5 millions de dollars |" in text
        assert "### Only in the English version" in text and "37%" in text
        assert "### Only in the French version" in text and "19 ans" in text
        assert "## Un gang de rançongiciel" in text
        await pilot.press("s")  # never over an earlier save
        await pilot.pause()
        assert len(list(tmp_path.glob("*.md"))) == 2


async def test_s_saves_to_the_configured_folder(lib, tmp_path):
    library, ids = lib
    folder = tmp_path / "notes"
    folder.mkdir()
    app = make_app(library, save_dir=folder)
    async with app.run_test(size=SIZE) as pilot:
        await open_row_at(pilot, 2)  # the inflation article: the pair is one row
        await pilot.press("s")
        await pilot.pause()
        (saved,) = folder.glob("*.md")
        assert saved.name == "inflation-slows-for-a-third-month.md"
        assert "Consumer prices rose 2.1%" in saved.read_text(encoding="utf-8")


async def open_row_at(pilot, index: int) -> None:
    articles_of(pilot.app).cursor = index
    await pilot.press("enter")
    await pilot.pause()


def test_markdown_keeps_feed_text_literal_and_lists_conflicts():
    from reader.markdown import article_markdown, slug

    record = {
        "title": "# Not a heading",
        "lang": "en",
        "blocks": [{"kind": "paragraph", "text": "- not a list\n> not a quote"}],
    }
    text = article_markdown(record)
    assert text.startswith("# \\# Not a heading") and "\\- not a list" in text and "\\> not a quote" in text
    figure = {"kind": "percent", "value": 72.0, "text": "72%", "start": 0, "end": 3}
    other = {**figure, "value": 71.2, "text": "71,2 %"}
    pair = article_markdown(record, {**record, "lang": "fr"}, {"conflicts": [[figure, other]]})
    assert "### Conflicts" in pair and "| 72% (72) | 71,2 % (71.2) |" in pair
    count = {"kind": "count", "value": 48312.0, "text": "48,312", "start": 0, "end": 6}
    estimate = {**count, "value": 50000.0, "text": "50 000", "approx": "at most"}
    pair_of_a_rounding = [[count, estimate]]
    rounded = article_markdown(
        record, {**record, "lang": "fr"}, {"conflicts": pair_of_a_rounding, "rounded": pair_of_a_rounding}
    )
    assert "| count, rounded | 48,312 (48,312) | 50 000 (50,000) |" in rounded
    assert "### Only in" not in rounded
    assert slug("L'hôpital « Northfield » : 4 300 €") == "l-hopital-northfield-4-300"


def test_refresh_minutes_and_save_dir_are_validated(tmp_path):
    from reader.config import ConfigError, load_config

    path = tmp_path / "config.yaml"
    path.write_text("refresh_minutes: 15\nsave_dir: ~/notes\n", encoding="utf-8")
    config = load_config(path)
    assert config.refresh_minutes == 15 and config.save_dir == Path("~/notes").expanduser()
    for bad in ("0", "-5", "soon", "true", "[1]"):
        path.write_text(f"refresh_minutes: {bad}\n", encoding="utf-8")
        with pytest.raises(ConfigError) as caught:
            load_config(path)
        (line,) = caught.value.problems
        assert line.startswith(f"{path}: refresh_minutes: must be a positive number")


# -- auto-refresh --------------------------------------------------------------------------------------


async def test_auto_refresh_runs_on_its_interval_and_lists_failing_feeds(lib, server):
    from local_server import send

    from reader.model import Subscription
    from reader.tui.screens.feed_errors import FeedErrorsScreen

    library, ids = lib
    server.routes["/world.xml"] = lambda h: send(h, 200, RSS, {"Content-Type": "application/rss+xml"})
    server.routes["/down.xml"] = lambda h: send(h, 503)
    library.add_feed(Subscription(server.url("/world.xml"), "World"))
    library.add_feed(Subscription(server.url("/down.xml"), "Down"))
    app = make_app(library, refresh_minutes=0.002)  # every 0.12 s: the test injects a tiny interval
    async with app.run_test(size=SIZE) as pilot:
        screen = screen_of(app)
        statuses: list[str] = []
        set_status = screen.set_status
        screen.set_status = lambda m: (statuses.append(m or ""), set_status(m))[1]  # type: ignore[method-assign]
        for _ in range(200):  # no key pressed: the timer starts the refresh
            await pilot.pause(0.05)
            if "new article" in messages(app):
                break
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "1 new article (1 feed failed)" in messages(app)
        assert any(s.startswith("Refreshing feeds") and "/2" in s for s in statuses)  # progress shown
        assert articles_of(app).row_at(0).title == "Fresh from the feed"
        assert "5 stories" in header(app)  # five articles and a new one; the pair is one row
        await pilot.press("E")
        await pilot.pause()
        assert isinstance(app.screen, FeedErrorsScreen)
        (failure,) = app.screen.failures
        assert failure[0].endswith("/down.xml") and "HTTP 503" in failure[2]
        assert "/down.xml" in "\n".join(s.text for s in app.screen._compositor.render_strips())
        await pilot.press("escape")
        assert not isinstance(app.screen, FeedErrorsScreen)


def test_marking_everything_read_leaves_what_ignore_rules_hide(tmp_path):
    library, ids = build_library(tmp_path / "lib")
    try:
        library.set_ignore_rules(["baguette"])
        changed = library.mark_all_read()
        assert ids["bread"] not in changed and len(changed) == 4
        assert library.unread_count() == 0 == len(library.rows("unread"))
        library.set_ignore_rules([])
        assert {r.id for r in library.rows("unread")} == {ids["bread"]}
    finally:
        library.close()


def test_figure_terms_are_whole_figures_and_no_break_spaces_keep_their_offsets():
    from reader.tui.text import find_terms, keep_together, query_terms, term_pattern

    assert query_terms("145 000 euros") == {"145 000", "euros"}
    pattern = term_pattern({"145 000", "4,5", "hospital"})
    text = "8,000 et 145 000 euros, 145 000 000 lignes, 4.5 ou 4,55 hospitals"
    assert [text[s:e] for s, e in find_terms(text, pattern)] == ["145 000", "4.5", "hospitals"]
    shown = keep_together("plus de 4\u00a0300, «\u202fhot wallet\u202f»")
    assert len(shown) == len("plus de 4\u00a0300, «\u202fhot wallet\u202f»")
    assert "\u00a0" not in shown and not any(ch.isspace() for ch in shown[8:11])
