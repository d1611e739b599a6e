"""Malformed ids and queries get one line and exit 2; queries are bounded in work; JSON is always JSON."""

from __future__ import annotations

import json

import pytest

from reader.cli import main
from reader.figures import extract_figures
from reader.store.search import MAX_QUERY_CHARS, QueryError, analyse_query


@pytest.fixture()
def data(tmp_path):
    path = str(tmp_path / "lib")
    note = tmp_path / "n.md"
    note.write_text(
        "---\ntitle: Ransomware at the port\nlang: en\n---\nA ransomware gang hit 12 cranes.\n", "utf-8"
    )
    assert main(["--data-dir", path, "import", str(note)]) == 0
    return path


@pytest.mark.parametrize("arg", ["99999999999999999999", "0", "-3", "abc", "1e9"])
def test_a_malformed_id_is_one_line_and_exit_2(data, capsys, arg):
    capsys.readouterr()
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", data, "show", "--", arg])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "show" in err


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("x" * (MAX_QUERY_CHARS + 1), "too long"),
        (" ".join(f"w{i}qz~2" for i in range(20)), "too many"),
        ("ransom\udcff", "UTF-8"),
    ],
)
def test_a_query_that_would_cost_too_much_is_refused_in_one_line(data, capsys, query, reason):
    with pytest.raises(QueryError, match=reason):
        analyse_query(query)
    capsys.readouterr()
    assert main(["--data-dir", data, "search", query]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and reason in err


def test_did_you_mean_still_works_within_its_bounds(data, capsys):
    capsys.readouterr()
    assert main(["--data-dir", data, "search", "ransomwre", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["suggestion"] == "ransomware"


def test_a_digit_run_too_long_to_be_a_quantity_is_no_figure():
    # float() of it would be inf, which is not JSON
    assert [f.text for f in extract_figures("9" * 400 + " milliards de dollars et 12 euros", "fr")] == [
        "12 euros"
    ]
