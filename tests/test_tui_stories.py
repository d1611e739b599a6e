"""Stories in the reader (issue 17): a story of several reports is one row of the list; opened, two of its
versions are side by side, each column turned through the story with ``[ ]`` and ``{ }``; the figures panel
compares every version; ``s`` saves the two shown and that table. Driven by Pilot on three reports of one
takedown (two English outlets and a French daily) that disagree on one figure, and an unrelated report."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_tui import articles_of, detail_of, make_app, rendered, screen_of

from reader.store import Library
from reader.tui.widgets.figures_panel import FiguresPanel
from tests.test_stories import EN_OTHER_OUTLET, EN_WIRE, FR_DAILY
from tests.test_stories_store import _write

pytestmark = pytest.mark.anyio

SIZE = (130, 40)
UNRELATED = "Rain is expected across the north on Sunday, with up to 30 mm in the hills."


def build_story_library(data_dir: Path, feeds: Path) -> tuple[Library, dict[str, int]]:
    """The takedown told three times (one story) and a weather report (alone, the newest)."""
    _write(feeds, "a-wire-en.md", "en", 4, "Wire One", EN_WIRE, "Kestrelnet shut down")
    _write(feeds, "b-daily-fr.md", "fr", 4, "Le Quotidien", FR_DAILY, "Kestrelnet fermée")
    _write(feeds, "c-other-en.md", "en", 4, "Other Post", EN_OTHER_OUTLET, "Kestrelnet goes dark")
    _write(feeds, "d-rain-en.md", "en", 6, "Weather Desk", UNRELATED, "Rain on Sunday")
    library = Library(data_dir)
    library.import_paths([feeds])
    ids = {Path(r.url or "").name.split("-")[1]: r.id for r in library.rows()}
    return library, ids


@pytest.fixture
def lib(tmp_path) -> Iterator[tuple[Library, dict[str, int]]]:
    library, ids = build_story_library(tmp_path / "lib", tmp_path / "feeds")
    yield library, ids
    library.close()


def columns(app) -> tuple[int, int]:
    """The article ids the left and the right column show."""
    detail = detail_of(app)
    return detail.article["id"], detail.partner["id"]


def version_line(app) -> str:
    return " | ".join(str(s.render()) for s in detail_of(app).query(".version"))


async def test_the_list_shows_a_story_as_one_row_with_its_versions_and_its_disagreement(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        articles = articles_of(app)
        assert articles.total == 2  # the weather report, then the story of three reports
        row = articles.row_at(1)
        assert row.story_id is not None and (row.story_en, row.story_fr, row.story_disagree) == (2, 1, True)
        screen = rendered(app)
        assert "2 EN · 1 FR · 2025-03-04" in screen
        story_line = next(line for line in screen.splitlines() if row.title in line)
        assert "≠" in story_line
        weather_line = next(line for line in screen.splitlines() if "Rain on Sunday" in line)
        assert "≠" not in weather_line and "⇄" not in weather_line  # an article alone looks as before
        assert "2 stories" in str(screen_of(app).query_one("#list-header").render())


async def test_a_story_opens_on_its_pair_and_each_column_turns_through_the_story(lib):
    library, ids = lib
    wire, daily, other = ids["wire"], ids["daily"], ids["other"]
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "enter")
        await pilot.pause()
        assert columns(app) == (wire, daily)  # the story's best pair: English left, French right
        assert version_line(app) == "EN 1/2 · Wire One | FR 1/1 · Le Quotidien"
        assert library.article(wire)["read"] and library.article(daily)["read"]
        assert not library.article(other)["read"]
        footer = rendered(app).splitlines()[-1]
        assert "Left version" in footer and "Right version" in footer
        # Both columns keep aligned paragraphs: every row holds a left and a right cell.
        assert all(len(row.children) == 2 for row in detail_of(app).body.query(".row"))

        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert columns(app) == (other, daily)
        assert version_line(app) == "EN 2/2 · Other Post | FR 1/1 · Le Quotidien"
        assert library.article(other)["read"]  # shown, so read
        await pilot.press("right_square_bracket")  # the French one is in the right column: passed over
        await pilot.pause()
        assert columns(app) == (wire, daily)
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert columns(app) == (other, daily)
        await pilot.press("right_curly_bracket")
        await pilot.pause()
        assert columns(app) == (other, wire)  # two English versions side by side
        assert version_line(app) == "EN 2/2 · Other Post | EN 1/2 · Wire One"
        await pilot.press("left_curly_bracket")
        await pilot.pause()
        assert columns(app) == (other, daily)
        cells = [c for c in detail_of(app).cells if "€150,000" in c.plain]
        assert cells and cells[0].side == "en"  # the left column is the other outlet's report


async def test_the_figures_of_a_story_are_a_table_with_a_column_per_version(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "enter")
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        panel = detail_of(app).query_one(FiguresPanel)
        headers = [str(c.label) for c in panel.columns.values()]
        assert headers == ["", "quantity", "EN1", "EN2", "FR1"]
        table = [[cell.plain for cell in panel.get_row_at(i)] for i in range(panel.row_count)]
        # The disagreement first: the other outlet's €150,000 is marked against the 145,000 of the others.
        assert table[0] == ["≠", "money EUR", "145k", "150k ≠", "145k"]
        age = next(row for row in table if row[1] == "age")
        assert age == ["!", "age", "41", "—", "41"]  # only some versions report it
        messages = next(row for row in table if row[1] == "count (message)")
        assert messages == ["", "count (message)", "2.3M", "2.3M", "2.3M"]
        # Highlighting the row shows the figure in both columns.
        await pilot.press("down", "up")
        await pilot.pause()
        selected = [c.plain[slice(*c.selected)] for c in detail_of(app).cells if c.selected]
        assert selected == ["€145,000", "145 000 euros"]


async def test_s_saves_the_two_versions_shown_and_the_table_across_versions(lib, tmp_path, monkeypatch):
    library, ids = lib
    monkeypatch.chdir(tmp_path)
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "enter")
        await pilot.pause()
        await pilot.press("right_square_bracket", "s")
        await pilot.pause()
        (saved,) = tmp_path.glob("*-story.md")
        text = saved.read_text(encoding="utf-8")
        assert "## Figures across the versions" in text
        assert (
            "| ≠ | money EUR | €145,000 (145,000) | €150,000 (150,000) ≠ | 145 000 euros (145,000) |" in text
        )
        assert "| ! | age |" in text and "| — |" in text
        assert "EN 2/2 Other Post (left)" in text and "FR 1/1 Le Quotidien (right)" in text
        assert "## EN 2/2 · Other Post" in text and "## FR 1/1 · Le Quotidien" in text
        assert "Wire One" not in text.split("## EN 2/2 · Other Post")[1]  # only the two versions shown


async def test_a_search_hit_of_a_story_opens_the_story_with_the_hit_shown(lib):
    library, ids = lib
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"dark", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert columns(app) == (ids["other"], ids["daily"])
        assert not library.article(ids["other"])["read"]  # a search shows it without reading it


def test_story_at_80_by_24_with_its_figures(snap_compare, tmp_path):
    """The smallest supported terminal: a story of three versions with the cross-version figures table."""
    library, _ = build_story_library(tmp_path / "lib", tmp_path / "feeds")

    async def run_before(pilot) -> None:
        await pilot.press("j", "enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        await pilot.pause()

    try:
        assert snap_compare(make_app(library), terminal_size=(80, 24), run_before=run_before)
    finally:
        library.close()
