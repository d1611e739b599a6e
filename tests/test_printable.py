"""Nothing a terminal acts on reaches stdout or stderr from a file name, a URL, a config value or a title."""

from __future__ import annotations

import json

import pytest

from reader.cli import main
from reader.printable import json_printable, printable

HOSTILE = "evil\x1b]52;c;aGVsbG8=\x07\u202egnp.\u2066x\u200b\U000e0041\u00ad\x9b2J\nsecond line"
UNSAFE = ["\x1b", "\x07", "\u202e", "\u2066", "\u200b", "\U000e0041", "\u00ad", "\x9b", "\n"]


def test_printable_escapes_every_control_bidi_and_invisible_character():
    shown = printable(HOSTILE)
    assert not any(c in shown for c in UNSAFE)
    assert "\\x1b" in shown and "\\u202e" in shown and "\\n" in shown and "\\U000e0041" in shown
    assert (
        printable("Le port verse 2,1 millions d’euros — « ok »")
        == "Le port verse 2,1 millions d’euros — « ok »"
    )


def test_json_printable_keeps_the_value_and_hides_the_characters():
    dumped = json_printable(json.dumps({"title": HOSTILE}, ensure_ascii=False))
    assert not any(c in dumped for c in UNSAFE)
    assert json.loads(dumped) == {"title": HOSTILE}


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_a_hostile_file_name_and_feed_url_never_reach_the_terminal(tmp_path, capsys, json_flag):
    name = tmp_path / "a\x1b]52;c;aGk=\x07\nb\u202e.md"
    name.write_text("---\ntitle: T\nlang: en\n---\nSome text with 12 servers.\n", encoding="utf-8")
    data = str(tmp_path / "lib")
    assert main(["--data-dir", data, "import", str(name)]) == 0
    assert main(["--data-dir", data, "feeds", "add", "https://example.org/\x1b[2Jfeed\u202e.xml"]) in (
        0,
        1,
        2,
    )
    assert main(["--data-dir", data, "feeds", "list", *json_flag]) == 0
    out, err = capsys.readouterr()
    for stream in (out, err):
        assert not any(c in stream for c in UNSAFE if c != "\n"), stream
    # one line per imported file: the newline in the name is shown escaped
    assert "a\\x1b]52;c;aGk=\\x07\\nb\\u202e.md" in out
