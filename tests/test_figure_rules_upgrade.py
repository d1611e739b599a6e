"""A library whose figures were read by other rules (an older version) reads them again when it opens:
an import skips unchanged items, so a fixed rule would otherwise never reach what is stored."""

from __future__ import annotations

from pathlib import Path

from reader.pipeline import figure_rules_stamp
from reader.store import Library
from reader.store.library import FIGURE_RULES_KEY

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Nouvelles</title><language>fr-CA</language>
<item><title>Une fraude de 4,2 millions</title><guid>fraude-1</guid><link>https://nouvelles.example/1</link>
<pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate>
<description>La police a arrêté 17 suspects. Le préjudice atteint 830 000 $.</description></item>
</channel></rss>
"""


def _library_with_one_article(tmp_path: Path) -> tuple[Path, int]:
    feed = tmp_path / "nouvelles.xml"
    feed.write_text(FEED, encoding="utf-8")
    data = tmp_path / "lib"
    with Library(data) as library:
        (result,) = library.import_paths([feed])
        assert result.error is None
        (article_id,) = result.stats.ids if result.stats else []
    return data, article_id


def _forget_figures(data: Path, rules: str | None) -> None:
    """What a library read by other rules looks like: other figures stored (and indexed), and another rules
    stamp."""
    with Library(data) as library:
        with library.db.transaction():
            library.db.conn.execute(
                "UPDATE articles SET figures = '[]', extra_figures = '[]', buckets = '', indexed = 0"
            )
            library.db.conn.execute("DELETE FROM pair_keys")
            library.db.conn.execute("UPDATE articles SET bookmarked = 1, read = 1")
            if rules is not None:
                library.db.conn.execute("UPDATE meta SET value = ? WHERE key = ?", (rules, FIGURE_RULES_KEY))
        library._catch_up_index()
        assert library.search("830000").total == 0


def _money(library: Library, article_id: int) -> list[tuple[float, str | None]]:
    record = library.db.article_record(article_id)
    assert record is not None
    return [(f["value"], f["currency"]) for f in record["figures"] if f["kind"] == "money"]


def test_figures_read_by_other_rules_are_read_again_when_the_library_opens(tmp_path: Path) -> None:
    data, article_id = _library_with_one_article(tmp_path)
    with Library(data) as library:
        stored = library.db.article_record(article_id)
        assert stored is not None and stored["lang_region"] == "CA"
        before = (stored["figures"], stored["extra_figures"])
        assert library.db.meta(FIGURE_RULES_KEY) == figure_rules_stamp()
    _forget_figures(data, "older rules")
    messages: list[str] = []
    with Library(data, notify=messages.append) as library:
        record = library.db.article_record(article_id)
        assert record is not None
        assert (record["figures"], record["extra_figures"]) == before
        assert _money(library, article_id) == [(830_000, "CAD")]  # the feed's "fr-CA" says whose dollar
        assert library.db.meta(FIGURE_RULES_KEY) == figure_rules_stamp()
        assert record["bookmarked"] and record["read"]  # the reader's state is untouched
        keys = library.db.conn.execute("SELECT count(*) FROM pair_keys WHERE article_id = ?", (article_id,))
        assert keys.fetchone()[0] > 0
        assert [hit.id for hit in library.search("830000").results] == [article_id]  # the index's copy too
    assert len(messages) == 2 and "1 of 1 articles read differently" in messages[1]


def test_figures_read_by_these_rules_are_not_read_again(tmp_path: Path) -> None:
    data, article_id = _library_with_one_article(tmp_path)
    _forget_figures(data, None)
    messages: list[str] = []
    with Library(data, notify=messages.append) as library:
        assert _money(library, article_id) == []
    assert messages == []


def test_every_storys_disagreement_is_worked_out_again_under_new_rules(tmp_path: Path) -> None:
    """The comparison's rules are among those the stamp covers: a story stored as disagreeing under older
    rules, whose reports differ only by a rounding ("1,270 victims", "Près de 1 300 victimes"), is not
    marked as disagreeing once the library opens with these rules, though no figure is read differently."""
    from datetime import datetime

    from reader.model import Article, Block

    def report(lang: str, text: str) -> Article:
        return Article(
            title="Tidewell fraud ring" if lang == "en" else "Réseau de fraude Tidewell",
            blocks=[Block("paragraph", text)],
            lang=lang,
            date=datetime(2026, 11, 30, 10),
            source=f"{lang}.example",
        )

    data = tmp_path / "lib"
    with Library(data) as library:
        en_id, fr_id = library.import_articles(
            [
                report("en", "Investigators identified 1,270 victims of the Tidewell ring."),
                report("fr", "Près de 1 300 victimes du réseau Tidewell ont été recensées."),
            ]
        ).ids
        story = library.story_join([en_id, fr_id])
        assert library.db.story_of(en_id) == library.db.story_of(fr_id) == story
        assert library.db.story_summaries([story])[story] == (1, 1, False)
        with library.db.transaction():
            library.db.set_story_summary(story, 1, 1, True)
            library.db.conn.execute("UPDATE meta SET value = ? WHERE key = ?", ("older", FIGURE_RULES_KEY))
    messages: list[str] = []
    with Library(data, notify=messages.append) as library:
        assert library.db.story_summaries([story])[story] == (1, 1, False)
    assert "0 of 2 articles read differently" in messages[-1]


def test_pairings_lookup_tokens_of_another_version_are_worked_out_again(tmp_path: Path) -> None:
    """The figures are the same, but pairing's tokens (``bucket_tokens``) were those of an older version, which
    did not tell an amount's currency: the library stores this version's, or ``score_bound`` would read a
    candidate's amounts as matching none."""
    from reader.model import Figure
    from reader.pairing import bucket_tokens

    data, article_id = _library_with_one_article(tmp_path)
    with Library(data) as library:
        record = library.db.article_record(article_id)
        assert record is not None
        figures = [Figure.from_dict(f) for f in record["figures"] + record["extra_figures"]]
        fresh = " ".join(bucket_tokens(figures))
        assert any(token.endswith(":$$") for token in fresh.split())  # the amount in dollars
        older = " ".join(t for t in fresh.split() if ":" not in t)
        with library.db.transaction():
            library.db.conn.execute("UPDATE articles SET buckets = ?", (older,))
            library.db.conn.execute("UPDATE meta SET value = ? WHERE key = ?", ("older", FIGURE_RULES_KEY))
    with Library(data) as library:
        record = library.db.article_record(article_id)
        assert record is not None and record["buckets"] == fresh
