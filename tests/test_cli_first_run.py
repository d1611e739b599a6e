"""A clean first run and CLI errors a new user can act on: samples without subscriptions, --no-samples,
a help that says what a bare `newsreader` does, feed URLs checked (file:// feeds work), one-line errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.cli import build_parser, main
from reader.ingest import read_file

ROOT = Path(__file__).parents[1]
FEED = Path(__file__).parent / "fixtures" / "ingest" / "rss2-fr.xml"


def test_help_says_what_a_bare_newsreader_does():
    text = build_parser().format_help()
    assert "Without a COMMAND" in text and "--no-samples" in text and "NEWSREADER_NO_SAMPLES" in text


def test_no_samples_flag_keeps_a_new_library_empty(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("NEWSREADER_NO_SAMPLES", raising=False)
    assert main(["--no-samples", "--data-dir", str(tmp_path / "lib"), "list", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"


@pytest.mark.parametrize(
    "url", ["not a url", "ftp://example.org/feed", "https:///nohost", "javascript:alert(1)"]
)
def test_feeds_add_refuses_what_is_no_feed_url_in_one_line(tmp_path, capsys, url):
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "lib"), "feeds", "add", url]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "not a feed URL" in err


def test_a_file_feed_refreshes_and_a_second_refresh_is_not_modified(tmp_path, capsys):
    feed = tmp_path / "river.xml"
    shutil.copy(FEED, feed)
    data = str(tmp_path / "lib")
    assert main(["--data-dir", data, "feeds", "add", str(feed)]) == 0  # a path becomes a file:// URL
    assert main(["--data-dir", data, "refresh"]) == 0
    assert f"{feed.as_uri()}: 2 new" in capsys.readouterr().err
    assert main(["--data-dir", data, "refresh"]) == 0
    assert "not modified" in capsys.readouterr().err


def test_an_export_to_a_missing_folder_is_one_line(tmp_path, capsys):
    data = str(tmp_path / "lib")
    capsys.readouterr()
    assert main(["--data-dir", data, "bookmarks", "--export", str(tmp_path / "missing" / "x.md")]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "cannot write" in err and "Error" not in err


def test_the_example_security_feeds_are_real_english_and_french_feeds():
    subs = read_file(ROOT / "examples" / "security-feeds.opml").subscriptions
    assert len(subs) >= 8 and {s.lang for s in subs} == {"en", "fr"}
    assert all(s.url.startswith("https://") and "example" not in s.url for s in subs)
