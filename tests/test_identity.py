"""Which stored article an incoming item is: its GUID first, its link only within its own feed, its content
last. Another feed can never change what a feed stored."""

from __future__ import annotations

from pathlib import Path

from reader.store import Library


def rss(title: str, items: list[tuple[str | None, str, str, str]]) -> str:
    """An RSS 2.0 feed; items are (guid, link, title, description)."""
    body = "".join(
        "<item>"
        + (f"<guid isPermaLink='false'>{guid}</guid>" if guid else "")
        + f"<link>{link}</link><title>{t}</title><description>{d}</description>"
        + "<pubDate>Mon, 03 Feb 2025 10:00:00 GMT</pubDate></item>"
        for guid, link, t, d in items
    )
    return (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>{title}</title>"
        f"<link>https://example.org/</link><language>en</language>{body}</channel></rss>"
    )


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_distinct_guids_sharing_one_link_are_distinct_articles(tmp_path):
    episodes = [
        (f"ep-{i}", "https://example.org/show", f"Episode {i}", f"Guest number {i}.") for i in range(30)
    ]
    lib = Library(tmp_path / "lib")
    try:
        (result,) = lib.import_paths([write(tmp_path / "show.xml", rss("The Show", episodes))])
        assert result.stats.added == 30
        assert len(lib.rows()) == 30
    finally:
        lib.close()


def test_reimport_of_a_changed_item_updates_it_in_place(tmp_path):
    lib = Library(tmp_path / "lib")
    try:
        lib.import_paths(
            [write(tmp_path / "a.xml", rss("Desk", [("g1", "https://e.org/1", "Port fire", "First.")]))]
        )
        (row,) = lib.rows()
        lib.set_bookmarked(row.id, True)
        lib.import_paths(
            [write(tmp_path / "a.xml", rss("Desk", [("g1", "https://e.org/1", "Port fire", "Later.")]))]
        )
        (again,) = lib.rows()
        assert again.id == row.id and again.bookmarked
        assert "Later." in lib.article(row.id)["text"]
    finally:
        lib.close()


def test_another_feed_reusing_a_link_never_changes_the_first_article(tmp_path):
    lib = Library(tmp_path / "lib")
    try:
        lib.import_paths(
            [write(tmp_path / "a.xml", rss("Desk", [("g1", "https://e.org/1", "Port fire", "Real text.")]))]
        )
        (row,) = lib.rows()
        lib.set_bookmarked(row.id, True)
        spoof = rss("Other", [("x9", "https://e.org/1", "Forged title", "Forged text.")])
        lib.import_paths([write(tmp_path / "b.xml", spoof)])
        first = lib.article(row.id)
        assert first["title"] == "Port fire" and "Real text." in first["text"] and first["feed"] == "Desk"
        assert first["bookmarked"]
        assert len(lib.rows()) == 2  # the other feed's item is an article of its own
        # without GUIDs, the link still identifies an item only within its feed
        lib.import_paths(
            [write(tmp_path / "c.xml", rss("Third", [(None, "https://e.org/1", "Forged", "Again.")]))]
        )
        assert lib.article(row.id)["title"] == "Port fire" and len(lib.rows()) == 3
    finally:
        lib.close()


def test_an_item_without_guid_is_found_by_its_link_in_its_own_feed(tmp_path):
    lib = Library(tmp_path / "lib")
    try:
        lib.import_paths(
            [write(tmp_path / "a.xml", rss("Desk", [(None, "https://e.org/7", "Flood", "One.")]))]
        )
        lib.import_paths(
            [write(tmp_path / "a.xml", rss("Desk", [(None, "https://e.org/7", "Flood", "Two.")]))]
        )
        (row,) = lib.rows()
        assert "Two." in lib.article(row.id)["text"]
    finally:
        lib.close()
