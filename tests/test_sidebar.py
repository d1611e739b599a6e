"""The sidebar (issue 18): feeds, tags and saved searches with unread counts that filter the list; the
config's ignore rules hiding articles everywhere; ``queries:`` and ``ignore:`` validated at start."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from reader.cli import main
from reader.config import ConfigError, SavedQuery, load_config
from reader.model import Article, Block
from reader.store import Library
from reader.store.search import QueryError

FEEDS = {
    "Cyber Daily": ("en", ["security"]),
    "Le Fil Sécurité": ("fr", ["security", "france"]),
    "World Desk": ("en", ["world"]),
}


def corpus() -> list[Article]:
    """Four articles per feed, one of them sponsored (tagged so), all dated and distinct."""
    out = []
    for f, (feed, (lang, tags)) in enumerate(FEEDS.items()):
        for i in range(4):
            sponsored = i == 3
            word = "ransomware" if i % 2 else "flooding"
            out.append(
                Article(
                    title=f"{feed} story {i} about {word}",
                    lang=lang,
                    date=datetime(2024, 6, 1 + f, 8 + i, tzinfo=UTC),
                    source=f"feed{f}.example",
                    url=f"https://feed{f}.example/{i}",
                    feed=feed,
                    tags=[*tags, "sponsored"] if sponsored else list(tags),
                    blocks=[
                        Block("paragraph", f"Story number {i} of {feed}: {word} in the news, item {f}{i}.")
                    ],
                )
            )
    return out


@pytest.fixture
def lib(tmp_path):
    with Library(tmp_path / "lib") as library:
        library.import_articles(corpus())
        yield library


def _feed_of(library: Library, article_id: int) -> str:
    record = library.article(article_id)
    assert record is not None
    return record["feed"]


# -- the library's counts ----------------------------------------------------------------------------------


def test_counts_per_feed_and_tag(lib):
    feeds = {t.name: (t.total, t.unread) for t in lib.feed_counts()}
    assert feeds == {name: (4, 4) for name in FEEDS}
    tags = {t.name: (t.total, t.unread) for t in lib.tag_counts()}
    assert tags == {"security": (8, 8), "france": (4, 4), "world": (4, 4), "sponsored": (3, 3)}
    first = lib.filtered_ids("feed", "World Desk")[0]
    lib.mark_read([first])
    assert {t.name: t.unread for t in lib.feed_counts()}["World Desk"] == 3
    assert {t.name: t.unread for t in lib.tag_counts()}["world"] == 3


def test_filtered_ids_are_newest_first_and_match_the_filter(lib):
    ids = lib.filtered_ids("feed", "Le Fil Sécurité")
    rows = lib.rows_by_ids(ids)
    assert len(rows) == 4 and all(r.feed == "Le Fil Sécurité" for r in rows)
    assert [r.date for r in rows] == sorted((r.date for r in rows), reverse=True)
    tagged = lib.rows_by_ids(lib.filtered_ids("tag", "security"))
    assert {r.feed for r in tagged} == {"Cyber Daily", "Le Fil Sécurité"} and len(tagged) == 8
    assert len(lib.filtered_ids("query", "lang:fr")) == 4
    assert lib.query_counts("lang:fr is:unread").unread == 4


def test_counts_agree_with_list_unread(tmp_path, cli, monkeypatch):
    """The sidebar's counts and `newsreader list --unread` are the same articles, with an ignore rule too."""
    with Library(cli.data_dir) as library:
        library.import_articles(corpus())
        for article_id in library.filtered_ids("feed", "Cyber Daily")[:3]:
            library.mark_read([article_id])
        library.mark_read([library.filtered_ids("tag", "france")[0]])
    for config in ("", "ignore: ['tag:sponsored']\n"):
        path = tmp_path / "config.yaml"
        path.write_text(config, encoding="utf-8")
        monkeypatch.setenv("NEWSREADER_CONFIG", str(path))
        listed = [row["id"] for row in cli.json("list", "--unread")]
        with Library(cli.data_dir) as library:
            library.set_ignore_rules(load_config(path).ignore)
            feeds = {t.name: t.unread for t in library.feed_counts()}
            tags = {t.name: t.unread for t in library.tag_counts()}
            assert sum(feeds.values()) == len(listed) == library.count("unread")
            for name, unread in feeds.items():
                assert unread == sum(1 for i in listed if _feed_of(library, i) == name)
            for name, unread in tags.items():
                assert unread == sum(1 for i in listed if name in (library.article(i) or {})["tags"])
        assert len(listed) == (8 if not config else 7)  # the newest (sponsored) of two feeds are read
        assert ("sponsored" in tags) == (not config)


# -- ignore rules --------------------------------------------------------------------------------------


def test_ignore_rules_hide_articles_from_lists_counts_and_search(lib):
    assert lib.search("ransomware").total == 6
    lib.set_ignore_rules(["tag:sponsored", "feed:world"])
    assert lib.count() == 12 - 3 - 3  # 3 sponsored, and World Desk's 3 others
    assert all(r.feed != "World Desk" and "story 3" not in r.title for r in lib.rows())
    assert {t.name for t in lib.feed_counts()} == {"Cyber Daily", "Le Fil Sécurité"}
    assert "sponsored" not in {t.name for t in lib.tag_counts()}
    assert lib.search("ransomware").total == 2  # story 1 of the two feeds left; story 3 is sponsored
    assert lib.query_counts("ransomware").total == 2
    assert all("story 3" not in lib.rows_by_ids([i])[0].title for i in lib.filtered_ids("tag", "security"))
    lib.set_ignore_rules([])
    assert lib.count() == 12


def test_an_ignore_rule_on_the_state_follows_it(lib):
    lib.set_ignore_rules(["is:read"])
    assert lib.count() == 12
    lib.mark_read([lib.rows()[0].id])
    assert lib.count() == 11 and lib.search("story").total == 11


def test_bad_ignore_rule_is_refused(lib):
    with pytest.raises(QueryError):
        lib.set_ignore_rules(["ransomware AND (flooding"])


# -- config ----------------------------------------------------------------------------------------------


def test_config_reads_queries_and_ignore_rules(tmp_path):
    cfg = tmp_path / "config.yaml"
    cfg.write_text(
        "queries:\n  - {name: Unread FR, query: 'lang:fr is:unread'}\n  - {name: Money, query: '€950'}\n"
        "ignore:\n  - 'tag:sponsored'\n",
        encoding="utf-8",
    )
    config = load_config(cfg)
    assert config.queries == [SavedQuery("Unread FR", "lang:fr is:unread"), SavedQuery("Money", "€950")]
    assert config.ignore == ["tag:sponsored"] and not config.warnings
    cfg.write_text("queries: {Unread: 'is:unread'}\n", encoding="utf-8")
    assert load_config(cfg).queries == [SavedQuery("Unread", "is:unread")]


def test_bad_rules_and_queries_are_named_one_line_each(tmp_path, capsys):
    cfg = tmp_path / "config.yaml"
    cfg.write_text(
        "queries:\n  - {name: Broken, query: 'is:nope'}\n  - {query: 'lang:fr'}\n  - just a string\n"
        "ignore:\n  - 'tag:sponsored'\n  - 'crypto AND (scam'\n  - 42\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as caught:
        load_config(cfg)
    problems = caught.value.problems
    assert problems == [
        f"{cfg}: queries[0].query: cannot read 'is:nope': unknown is:nope "
        "(use is:bookmarked, is:unread, is:read or is:paired)",
        f"{cfg}: queries[1].name: missing: each saved search needs a 'name'",
        f"{cfg}: queries[2]: must be a mapping with a 'name' and a 'query', not a string",
        f"{cfg}: ignore[1]: cannot read 'crypto AND (scam': unbalanced parenthesis in query",
        f"{cfg}: ignore[2]: must be a search query (a string), not a number",
    ]
    capsys.readouterr()
    assert main(["--config", str(cfg), "--data-dir", str(tmp_path / "lib"), "list"]) == 2
    err = capsys.readouterr().err
    assert "ignore[1]" in err and "crypto AND (scam" in err and "unbalanced parenthesis" in err
    assert len([line for line in err.splitlines() if line.strip()]) == 5


def test_config_without_queries_does_not_load_the_search(tmp_path):
    """A config without queries or rules is read without importing the search engine (CLI start-up)."""
    import subprocess
    import sys

    cfg = tmp_path / "config.yaml"
    cfg.write_text("theme: nord\n", encoding="utf-8")
    code = (
        "import sys; from pathlib import Path; from reader.config import load_config; "
        f"load_config(Path({str(cfg)!r})); print('whoosh' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


# -- the sidebar in the reader ---------------------------------------------------------------------------


def _app(library: Library, queries: list[SavedQuery] | None = None):
    from reader.config import Config
    from reader.tui.app import NewsReaderApp

    return NewsReaderApp(library=library, config=Config(queries=queries or []))


def _sidebar(app):
    from reader.tui.widgets.sidebar import Sidebar

    return app.screen.query_one(Sidebar)


def _listed(app) -> list:
    from reader.tui.widgets.article_list import ArticleList

    articles = app.screen.query_one(ArticleList)
    return [articles.row_at(i) for i in range(articles.total)]


async def _choose(pilot, kind: str, value: str) -> None:
    """Move the sidebar's cursor to an entry with the keys, then Enter."""
    sidebar = _sidebar(pilot.app)
    if not sidebar.has_focus:
        await pilot.press("F")
        await pilot.pause()
    target = next(
        i
        for i, line in enumerate(sidebar.lines)
        if line.selection and line.selection.value == value and line.selection.kind == kind
    )
    await pilot.press("g")
    for _ in range(200):
        if sidebar.cursor == target:
            break
        await pilot.press("j")
    await pilot.press("enter")
    await pilot.pause()


def _header(app) -> str:
    from textual.widgets import Static

    return str(app.screen.query_one("#list-header", Static).render())


@pytest.mark.anyio
async def test_sidebar_lists_feeds_tags_and_saved_searches_with_unread_counts(lib):
    app = _app(lib, [SavedQuery("French", "lang:fr")])
    async with app.run_test(size=(130, 40)) as pilot:
        await pilot.pause()
        sidebar = _sidebar(app)
        assert sidebar.display  # shown by default on a wide terminal
        counts = sidebar.counts()
        assert counts[("all", "")] == (12, 12)
        assert counts[("feed", "World Desk")] == (4, 4)
        assert counts[("tag", "security")] == (8, 8)
        assert counts[("query", "lang:fr")] == (4, 4)


@pytest.mark.anyio
async def test_choosing_a_feed_a_tag_or_a_saved_search_filters_the_list(lib):
    app = _app(lib, [SavedQuery("Ransomware", "ransomware")])
    async with app.run_test(size=(130, 40)) as pilot:
        await pilot.pause()
        await _choose(pilot, "feed", "World Desk")
        rows = _listed(app)
        assert len(rows) == 4 and {r.feed for r in rows} == {"World Desk"}
        assert "Feed: World Desk" in _header(app)
        assert app.focused is app.screen.query_one("#articles")

        await _choose(pilot, "tag", "france")
        assert {r.feed for r in _listed(app)} == {"Le Fil Sécurité"} and "Tag: france" in _header(app)

        await _choose(pilot, "query", "ransomware")
        rows = _listed(app)
        assert len(rows) == 6 and all("ransomware" in r.title for r in rows)
        assert "Search: Ransomware" in _header(app)

        await _choose(pilot, "all", "")
        assert len(_listed(app)) == 12


@pytest.mark.anyio
async def test_counts_follow_reading(lib):
    app = _app(lib, [SavedQuery("Unread FR", "lang:fr is:unread")])
    async with app.run_test(size=(130, 40)) as pilot:
        await pilot.pause()
        await _choose(pilot, "feed", "Le Fil Sécurité")
        await pilot.press("enter")  # opens (and reads) the newest article of that feed
        await pilot.pause()  # no waiting for the timer: the screen's handling of Enter is followed
        counts = _sidebar(app).counts()
        assert counts[("feed", "Le Fil Sécurité")] == (3, 4)
        assert counts[("tag", "france")] == (3, 4)
        assert counts[("query", "lang:fr is:unread")] == (3, 3)
        assert counts[("all", "")] == (11, 12)
        with Library(lib.data_dir) as other:  # another process marks one read: the timer sees it
            other.mark_read([other.filtered_ids("feed", "World Desk")[0]])
        await pilot.pause(0.8)
        assert _sidebar(app).counts()[("feed", "World Desk")] == (3, 4)


@pytest.mark.anyio
async def test_ignored_articles_are_hidden_in_the_reader(lib):
    lib.set_ignore_rules(["tag:sponsored"])  # what the CLI does with the config's ignore rules
    app = _app(lib)
    async with app.run_test(size=(130, 40)) as pilot:
        await pilot.pause()
        assert len(_listed(app)) == 9 and not any("story 3" in r.title for r in _listed(app))
        counts = _sidebar(app).counts()
        assert ("tag", "sponsored") not in counts and counts[("feed", "Cyber Daily")] == (3, 3)
        await pilot.press("slash", *"ransomware", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(_listed(app)) == 3  # story 1 of each feed; each story 3 is sponsored


@pytest.mark.anyio
async def test_sidebar_is_hidden_on_narrow_terminals_until_asked_for(lib):
    app = _app(lib)
    async with app.run_test(size=(90, 30)) as pilot:
        await pilot.pause()
        sidebar = _sidebar(app)
        assert not sidebar.display
        await pilot.press("F")
        await pilot.pause()
        assert sidebar.display and sidebar.has_focus
        await pilot.press("F")
        await pilot.pause()
        assert not sidebar.display and app.focused is app.screen.query_one("#articles")
