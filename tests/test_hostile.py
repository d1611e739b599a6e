"""Hostile input end to end: a generated corpus of bad files goes through `newsreader import`.

Each file either imports safely or gets one line on stderr naming it and the reason; nothing already
stored is lost; nothing stored can drive the terminal. Property tests cover the text cleaner.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.ingest.clean import clean_inline, clean_text

#: Anything that could move the cursor, retitle the window, ring or reorder text.
FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f]")

BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
    + ']><rss version="2.0"><channel><title>&lol9;</title></channel></rss>'
)
XXE = (
    '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    '<rss version="2.0"><channel><title>x</title><item><title>&xxe;</title></item></channel></rss>'
)


def hostile_corpus(d: Path) -> dict[str, str | None]:
    """Write the corpus; map file name -> expected error fragment (None: imports safely)."""
    files: dict[str, tuple[bytes, str | None]] = {
        "laughs.xml": (BILLION_LAUGHS.encode(), "entit"),
        "xxe.rss": (XXE.encode(), "entit"),
        "truncated.xml": (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><ti',
            "XML",
        ),
        "random.xml": (os.urandom(4096), ""),
        "empty.json": (b"", "empty"),
        "invalid.json": (b'{"version": "https://jsonfeed.org/version/1.1", "items": [}', "JSON"),
        "broken.md": (b"---\ntitle: [unclosed\nlang: en\n---\nBody.\n", "YAML"),
        "unsafe.md": (b"---\ntitle: !!python/object/apply:os.system ['touch pwned']\n---\nBody.\n", ""),
        "controls.md": (
            '---\ntitle: "Esc \\e[2J\\e]0;owned\\a title"\nlang: en\n---\n'
            "Body \x1b[31mred\x1b[0m, OSC \x1b]52;c;aGk=\x07 clip, bell \x07, bidi \u202eevil\u202c, "
            "nul \x00 byte, C1 \x9b31m.\n".encode(),
            None,
        ),
        "markup.md": (
            b'---\ntitle: "[bold red]x[/] and [@click=app.quit]y[/]"\nlang: en\n---\n[link=http://x]z[/link]\n',
            None,
        ),
        "baddate.md": (
            b"---\ntitle: Impossible date\nlang: en\ndate: 2024-13-45\n---\nStill imported.\n",
            None,
        ),
        "latin1.txt": (
            "Été à Genève\n\nLe cœur du problème: 12 000 francs volés à l'hôpital.\n".encode("cp1252"),
            None,
        ),
        "huge-article.md": (b"---\ntitle: Huge\nlang: en\n---\n" + b"All work and no play. " * 240_000, None),
        "deep.html": (
            b"<html><body>" + b"<div>" * 20_000 + b"deep text" + b"</div>" * 20_000 + b"</body></html>",
            None,
        ),
    }
    for name, (data, _) in files.items():
        (d / name).write_bytes(data)
    with open(d / "oversized.txt", "wb") as f:
        f.truncate(21 * 1024 * 1024)
    expected = {name: reason for name, (_, reason) in files.items()}
    expected["oversized.txt"] = "too large"
    return expected


def test_hostile_corpus_imports_safely_or_fails_in_one_line(cli, tmp_path):
    good = tmp_path / "good.md"
    good.write_text(
        "---\ntitle: Kept article\nlang: en\n---\nThis one was stored before.\n", encoding="utf-8"
    )
    assert cli("import", str(good))[0] == 0
    (kept,) = cli.json("list")
    assert cli("bookmark", str(kept["id"]))[0] == 0

    corpus = tmp_path / "hostile"
    corpus.mkdir()
    expected = hostile_corpus(corpus)
    cwd = os.getcwd()
    os.chdir(tmp_path)  # so a constructed os.system('touch pwned') would show up here
    try:
        code, out, err = cli("import", str(corpus))
    finally:
        os.chdir(cwd)
    assert code == 1
    assert "Traceback" not in err and not (tmp_path / "pwned").exists()
    errors = {}
    for line in err.strip().splitlines():
        path, _, reason = line.partition(": ")
        errors[Path(path).name] = reason
    for name, reason in expected.items():
        if reason is None:
            assert name not in errors, f"{name} should import: {errors.get(name)}"
        else:
            assert name in errors, f"{name} should fail"
            assert reason.lower() in errors[name].lower(), (name, errors[name])

    rows = cli.json("list")
    assert any(r["id"] == kept["id"] and r["bookmarked"] for r in rows), "nothing stored is lost"
    titles = {r["title"] for r in rows}
    assert "[bold red]x[/] and [@click=app.quit]y[/]" in titles
    assert "Impossible date" in titles
    assert next(r for r in rows if r["title"] == "Impossible date")["date"] is None
    latin = next(r for r in rows if "Genève" in r["title"])
    assert latin["title"] == "Été à Genève"
    for r in rows:
        shown = json.dumps(cli.json("show", str(r["id"])), ensure_ascii=False)
        assert not FORBIDDEN.search(json.loads(shown)["text"] + r["title"]), r["title"]
    code, out, _ = cli("list")
    assert not FORBIDDEN.search(out.replace("\n", ""))
    controls = next(r for r in rows if r["title"].startswith("Esc"))
    assert controls["title"] == "Esc title"
    body = cli.json("show", str(controls["id"]))["text"]
    assert "aGk=" not in body and "red" in body and "evil" in body


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_clean_text_never_raises_and_leaves_no_controls(s):
    cleaned = clean_text(s)
    assert not FORBIDDEN.search(cleaned.replace("\n", "").replace("\t", ""))
    inline = clean_inline(s)
    assert "\n" not in inline and not FORBIDDEN.search(inline)


@given(
    st.lists(
        st.sampled_from(["\x1b[", "\x1b]", "0;", "31m", "\x07", "\x9b", "\x1b\\", "text", "2J", "\u202e"]),
        max_size=40,
    )
)
def test_escape_sequences_are_removed_whole(parts):
    cleaned = clean_text("".join(parts))
    assert "\x1b" not in cleaned and "\x07" not in cleaned and "\x9b" not in cleaned
