"""Snapshots of each screen and layout at fixed sizes (pytest-textual-snapshot).

Update them after an intended change with ``pytest tests/test_tui_snapshots.py --snapshot-update`` and look at
the SVGs in the report before committing. The library is the fixed corpus of ``test_tui.story_articles``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from test_tui import build_library, make_app

from reader.store import Library


@pytest.fixture
def library(tmp_path) -> Iterator[Library]:
    library, _ = build_library(tmp_path / "lib")
    yield library
    library.close()


async def _settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def test_list_with_single_article(snap_compare, library):
    async def run_before(pilot) -> None:
        await pilot.press("j", "j", "j", "enter")
        await _settle(pilot)

    assert snap_compare(make_app(library), terminal_size=(120, 30), run_before=run_before)


def test_pair_side_by_side_with_highlights(snap_compare, library):
    async def run_before(pilot) -> None:
        await pilot.press("enter")
        await _settle(pilot)

    assert snap_compare(make_app(library), terminal_size=(150, 40), run_before=run_before)


def test_pair_side_by_side_light_theme(snap_compare, library):
    async def run_before(pilot) -> None:
        await pilot.press("enter")
        await _settle(pilot)

    app = make_app(library, theme="textual-light")
    assert snap_compare(app, terminal_size=(150, 40), run_before=run_before)


def test_figures_panel(snap_compare, library):
    async def run_before(pilot) -> None:
        await pilot.press("enter")
        await _settle(pilot)
        await pilot.press("f", "down")
        await _settle(pilot)

    assert snap_compare(make_app(library), terminal_size=(150, 40), run_before=run_before)


def test_help_screen(snap_compare, library):
    assert snap_compare(make_app(library), terminal_size=(120, 44), press=["question_mark"])


def test_search_results(snap_compare, library):
    async def run_before(pilot) -> None:
        await pilot.press("slash", *"hospital", "enter")
        await _settle(pilot)
        await pilot.press("n")
        await _settle(pilot)

    assert snap_compare(make_app(library), terminal_size=(150, 40), run_before=run_before)


def test_small_terminal_stacks_the_pair(snap_compare, library):
    async def run_before(pilot) -> None:
        await pilot.press("enter")
        await _settle(pilot)

    assert snap_compare(make_app(library), terminal_size=(80, 24), run_before=run_before)


def test_english_only_layout(snap_compare, library):
    async def run_before(pilot) -> None:
        await pilot.press("enter")
        await _settle(pilot)
        await pilot.press("tab")

    app = make_app(library, layout="en")
    assert snap_compare(app, terminal_size=(120, 30), run_before=run_before)


def test_figures_panel_at_80_by_24(snap_compare, library):
    """The smallest supported terminal with the figures panel open: every column keeps its header."""

    async def run_before(pilot) -> None:
        await pilot.press("enter")
        await _settle(pilot)
        await pilot.press("f")
        await _settle(pilot)

    assert snap_compare(make_app(library), terminal_size=(80, 24), run_before=run_before)
