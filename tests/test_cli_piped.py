"""Output for scripts: when stdout is not a terminal, one line per result, never wrapped or cut, tables as
tab-separated lines, whatever the terminal's width or the path's length."""

from __future__ import annotations

from reader.cli import main

LONG = "https://feeds.example.org/" + "/".join(["a-rather-long-path-segment"] * 8) + "/feed.xml"


def note(tmp_path, name: str, title: str):
    path = tmp_path / name
    path.write_text(
        f"---\ntitle: {title}\nlang: en\n---\nA report of 12 raids and a long story told.\n", "utf-8"
    )
    return path


def test_import_prints_one_line_per_file_whatever_the_path(tmp_path, capsys):
    deep = tmp_path.joinpath(*(["a-very-long-folder-name-to-exceed-any-terminal"] * 4))
    deep.mkdir(parents=True)
    files = [note(deep, f"n{i}.md", f"Harbour report number {i}") for i in range(3)]
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "lib"), "import", str(deep)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    for f in files:
        assert any(line.startswith(f"{f}: 1 new") for line in lines)


def test_tables_are_tab_separated_and_urls_whole(tmp_path, capsys):
    data = str(tmp_path / "lib")
    for i in range(2):
        note(
            tmp_path,
            f"n{i}.md",
            f"A title long enough to be wrapped at eighty columns in a table, number {i}",
        )
    assert main(["--data-dir", data, "import", str(tmp_path / "n0.md"), str(tmp_path / "n1.md")]) == 0
    assert main(["--data-dir", data, "feeds", "add", LONG]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "feeds", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[0] == "url" and lines[1].split("\t")[0] == LONG
    assert main(["--data-dir", data, "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3  # the header and one line per article
    assert all(len(line.split("\t")) == 6 for line in lines)
    assert lines[1].split("\t")[-1].startswith("A title long enough to be wrapped at eighty columns")
