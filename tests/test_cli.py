"""The CLI contract: commands, JSON shapes, one-line errors, exit codes, dedup on re-import."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader import __version__
from reader.cli import main

FIXTURES = Path(__file__).parent / "fixtures"

CLI_FIX = FIXTURES / "cli"
ROW_KEYS = {"id", "title", "lang", "source", "date", "url", "bookmarked", "read", "pair_id", "story_id"}


def test_import_reports_one_line_per_file_and_lists_newest_first(cli):
    code, out, err = cli("import", str(CLI_FIX / "harbour-en.md"), str(CLI_FIX / "notes.json"))
    assert code == 0, err
    lines = out.strip().splitlines()
    assert len(lines) == 2
    assert "harbour-en.md" in lines[0] and "1 new" in lines[0]
    assert "notes.json" in lines[1] and "2 new" in lines[1]
    rows = cli.json("list")
    assert [r["title"] for r in rows] == [
        "Port authority pays €2.1 million after ransomware attack",
        "Bridge closed for repairs",
        "Three arrests in phishing case",
    ]
    assert all(set(r) == ROW_KEYS for r in rows)
    assert rows[0]["date"] == "2025-02-03T10:00:00+01:00"
    assert rows[0]["lang"] == "en" and rows[0]["source"] == "Harbour Gazette"
    assert rows[0]["bookmarked"] is False and rows[0]["read"] is False


def test_reimport_updates_and_never_duplicates(cli, tmp_path):
    src = tmp_path / "in"
    shutil.copytree(CLI_FIX, src)
    (src / "broken.xml").unlink()
    (src / "broken.json").unlink()
    assert cli("import", str(src))[0] == 0
    first = cli.json("list")
    code, out, _ = cli("import", str(src))
    assert code == 0 and "0 new" in out and "unchanged" in out
    # An edited body with the same URL updates the stored article in place.
    md = src / "harbour-en.md"
    md.write_text(md.read_text().replace("14 cranes", "15 cranes"), encoding="utf-8")
    code, out, _ = cli("import", str(md))
    assert "1 updated" in out
    second = cli.json("list")
    assert len(second) == len(first) == 4
    assert {r["id"] for r in second} == {r["id"] for r in first}
    en = next(r for r in second if r["lang"] == "en" and "Port" in r["title"])
    assert "15 cranes" in cli.json("show", str(en["id"]))["text"]


def test_same_content_from_another_file_is_not_duplicated(cli, tmp_path):
    copy = tmp_path / "copy.md"
    text = (CLI_FIX / "harbour-fr.md").read_text().replace("url: https://example.org/fr/port-rancon\n", "")
    copy.write_text(text, encoding="utf-8")
    other = tmp_path / "other.md"
    other.write_text(text, encoding="utf-8")
    cli("import", str(copy))
    cli("import", str(other))
    assert len(cli.json("list")) == 1


def test_bad_files_get_one_line_each_and_the_rest_imports(cli):
    code, out, err = cli(
        "import", str(CLI_FIX / "broken.xml"), str(CLI_FIX / "harbour-en.md"), str(CLI_FIX / "broken.json")
    )
    assert code == 1
    err_lines = [line for line in err.strip().splitlines() if line]
    assert len(err_lines) == 2
    assert err_lines[0].startswith(str(CLI_FIX / "broken.xml") + ": ")
    assert err_lines[1].startswith(str(CLI_FIX / "broken.json") + ": ")
    assert "Traceback" not in err
    assert len(cli.json("list")) == 1


def test_missing_path_and_usage_errors(cli):
    code, _, err = cli("import", "/nonexistent/feed.xml")
    assert code == 1 and "/nonexistent/feed.xml: no such file" in err
    with pytest.raises(SystemExit) as exc:
        main(["list", "--limit", "many"])
    assert exc.value.code == 2
    code, _, err = cli("show", "999")
    assert code == 1 and "999: no such article" in err


def test_show_json_has_text_paragraphs_tldr_and_figures(cli):
    cli("import", str(CLI_FIX / "harbour-fr.md"))
    (row,) = cli.json("list")
    shown = cli.json("show", str(row["id"]))
    assert ROW_KEYS <= set(shown)
    assert shown["paragraphs"][0].startswith("L'autorité portuaire")
    assert shown["text"] == "\n\n".join(shown["paragraphs"])
    assert "Ce qui a été touché" in shown["headings"]
    assert isinstance(shown["tldr"], list)
    assert shown["figures"], "figures are extracted at import"
    fields = {"body": shown["text"], "title": shown["title"], "tldr": "\n".join(shown["tldr"])}
    for f in shown["figures"]:  # offsets index the text of the figure's own field
        assert fields[f["field"]][f["start"] : f["end"]] == f["text"]
    assert {f["field"] for f in shown["figures"]} == {"body", "title"}
    values = {(f["value"], f["kind"], f["currency"]) for f in shown["figures"]}
    assert (2100000, "money", "EUR") in values


def test_list_filters_and_limit(cli):
    cli("import", str(CLI_FIX))
    fr = cli.json("list", "--lang", "fr")
    assert fr and all(r["lang"] == "fr" for r in fr)
    assert len(cli.json("list", "--limit", "2")) == 2


def test_bookmarks_persist_and_export(cli, tmp_path):
    cli("import", str(CLI_FIX / "notes.json"))
    rows = cli.json("list")
    target = rows[1]["id"]
    assert cli("bookmark", str(target))[0] == 0
    assert [r["id"] for r in cli.json("bookmarks")] == [target]
    assert [r["id"] for r in cli.json("list", "--bookmarked")] == [target]
    md, js = tmp_path / "b.md", tmp_path / "b.json"
    assert cli("bookmarks", "--export", str(md))[0] == 0
    assert cli("bookmarks", "--export", str(js))[0] == 0
    assert rows[1]["title"] in md.read_text() and rows[1]["url"] in md.read_text()
    assert json.loads(js.read_text())[0]["id"] == target
    assert cli("unbookmark", str(target))[0] == 0
    assert cli.json("bookmarks") == []


def test_story_key_pairs_explicitly_and_manual_pairing_wins(cli):
    cli("import", str(CLI_FIX / "harbour-en.md"), str(CLI_FIX / "harbour-fr.md"), str(CLI_FIX / "notes.json"))
    pairs = cli.json("pairs")
    assert len(pairs) == 1
    pair = pairs[0]
    assert pair["how"] == "explicit"
    assert set(pair) >= {"en", "fr", "how", "score", "matched", "only_en", "only_fr"}
    matched_values = {a["value"] for a, _ in pair["matched"]}
    assert {2100000, 14, 2400, 40} <= matched_values
    en_id = pair["en"]
    assert cli("unpair", str(en_id))[0] == 0
    assert cli.json("pairs") == []
    # Re-importing does not bring back a pair the user undid.
    cli("import", str(CLI_FIX / "harbour-en.md"), str(CLI_FIX / "harbour-fr.md"))
    assert cli.json("pairs") == []
    other = next(r for r in cli.json("list") if r["title"].startswith("Bridge"))
    code, _, err = cli("pair", str(en_id), str(other["id"]))
    assert code == 1 and "both in 'en'" in err
    assert cli("pair", str(en_id), str(pair["fr"]))[0] == 0
    assert cli.json("pairs")[0]["how"] == "manual"
    listed = {r["id"]: r["pair_id"] for r in cli.json("list")}
    assert listed[en_id] == pair["fr"] and listed[pair["fr"]] == en_id


def test_plain_output_is_literal_text(cli, tmp_path):
    hostile = tmp_path / "hostile.md"
    hostile.write_text(
        '---\ntitle: "[bold red]x[/] costs $5"\nlang: en\n---\nBody with [link=http://x]y[/link].\n'
    )
    cli("import", str(hostile))
    code, out, _ = cli("list")
    assert "[bold red]x[/]" in out
    (row,) = cli.json("list")
    code, out, _ = cli("show", str(row["id"]))
    assert "[link=http://x]y[/link]" in out


def test_version_and_module_entry_point():
    proc = subprocess.run([sys.executable, "-m", "reader", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.strip() == f"newsreader {__version__}"


def test_first_run_loads_the_bundled_samples(cli, monkeypatch):
    monkeypatch.delenv("NEWSREADER_NO_SAMPLES")
    rows = cli.json("list")
    assert len(rows) >= 16
    assert {"en", "fr"} <= {r["lang"] for r in rows}
    assert any(r["pair_id"] for r in rows)
    # Emptying the library later does not re-import the samples behind the user's back.
    assert len(cli.json("list")) == len(rows)
    # The samples are articles only: their OPML list's example feeds are no subscriptions, so a refresh
    # has nothing to do and says so.
    assert cli.json("feeds", "list") == []
    code, _, err = cli("refresh")
    assert code == 0 and "no subscriptions" in err


def test_a_library_subscribed_to_the_sample_feeds_forgets_them_once(tmp_path):
    from reader.model import Subscription
    from reader.paths import sample_feeds_dir
    from reader.store import Library

    samples = sample_feeds_dir()
    with Library(tmp_path / "lib") as lib:
        lib.import_paths([samples])  # as an earlier first run did: articles and the OPML's subscriptions
        lib.db.set_meta("samples_loaded", "1")
        assert len(lib.feeds()) >= 5
        lib.add_feed(Subscription("https://mine.example/f"))
    with Library(tmp_path / "lib") as lib:
        lib.load_samples_if_empty(samples)
        assert [f["url"] for f in lib.feeds()] == ["https://mine.example/f"]


def test_figures_command_reads_without_importing(cli):
    data = cli.json("figures", str(CLI_FIX / "harbour-en.md"))
    assert data[0]["lang"] == "en"
    assert {(f["value"], f["kind"]) for f in data[0]["figures"]} >= {(2100000, "money"), (40, "percent")}
    assert cli.json("list") == []


def test_figures_command_reads_a_bare_dollar_as_import_does(cli, tmp_path):
    """A Canadian publisher's bare "$" is a Canadian dollar in `figures` as in `show --json` after `import`."""
    report = tmp_path / "cbc.md"
    report.write_text(
        "---\ntitle: Grant\nlang: en\nsource: CBC News\nurl: https://www.cbc.ca/news/x\n---\n\n"
        "The city will receive $2.1 million for the harbour.\n"
    )
    [article] = cli.json("figures", str(report))
    assert [(f["value"], f["currency"]) for f in article["figures"]] == [(2100000, "CAD")]


def test_config_errors_are_one_line(cli, tmp_path, monkeypatch):
    bad = tmp_path / "config.yaml"
    bad.write_text("keys: [unclosed\n")
    monkeypatch.setenv("NEWSREADER_CONFIG", str(bad))
    code, _, err = cli("list")
    assert code == 2 and err.count("\n") == 1 and str(bad) in err


def test_data_dir_from_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("NEWSREADER_DATA_DIR", str(tmp_path / "envlib"))
    assert main(["import", str(CLI_FIX / "notes.json")]) == 0
    assert (tmp_path / "envlib" / "library.sqlite3").exists()
    assert Path(tmp_path / "envlib" / "index").is_dir()


def test_an_undated_version_sorts_beside_its_dated_partner(cli, tmp_path):
    en = tmp_path / "en.md"
    en.write_text((CLI_FIX / "harbour-en.md").read_text())
    fr = tmp_path / "fr.md"
    fr.write_text((CLI_FIX / "harbour-fr.md").read_text().replace("date: 2025-02-03T12:00:00+01:00\n", ""))
    cli("import", str(CLI_FIX / "notes.json"), str(fr))
    assert cli.json("list")[0]["title"].startswith("Le port"), "undated and unpaired: newest by import time"
    cli("import", str(en))
    titles = [r["title"] for r in cli.json("list")]
    assert titles[:2] == [
        "Port authority pays €2.1 million after ransomware attack",
        "Le port verse 2,1 millions d'euros après une attaque par rançongiciel",
    ]
