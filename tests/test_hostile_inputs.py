"""Hostile files and configs (issue 14): each attack that once held, made here in tmp_path and run bounded.

Every attack must end in one line naming the file (or the config key) and the reason, no traceback, within
a few seconds and a small amount of memory, and nothing already stored may be lost.
"""

from __future__ import annotations

import os
import signal
import socket
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from reader.ingest import iter_input_files, parse_bytes, read_file
from reader.ingest.clean import clean_inline, clean_text
from reader.model import IngestError

MB = 1024 * 1024


@contextmanager
def bounded(seconds: int = 20, megabytes: int = 200) -> Iterator[None]:
    """Fail (rather than hang or swap) when the body runs longer or allocates more than this. The limits are
    generous bounds for a hung or exploding run, not timings: the attacks took minutes and gigabytes."""

    def expired(*_):
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    tracemalloc.start()
    try:
        yield
        _, peak = tracemalloc.get_traced_memory()
        assert peak < megabytes * MB, f"peak {peak / MB:.0f} MB of Python allocations"
    finally:
        tracemalloc.stop()
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def error_lines(err: str) -> dict[str, str]:
    """stderr as {file name: reason}, asserting one line per file and no traceback."""
    assert "Traceback" not in err
    lines = {}
    for line in err.strip().splitlines():
        path, sep, reason = line.partition(": ")
        assert sep, line
        name = Path(path).name
        assert name not in lines, f"two lines for {name}"
        lines[name] = reason
    return lines


@pytest.fixture
def kept(cli, tmp_path):
    """An article stored and bookmarked before the attack; ``check()`` asserts it survived."""
    good = tmp_path / "kept.md"
    good.write_text("---\ntitle: Kept article\nlang: en\n---\nStored before the attack.\n", encoding="utf-8")
    assert cli("import", str(good))[0] == 0
    (row,) = cli.json("list")
    assert cli("bookmark", str(row["id"]))[0] == 0

    class Kept:
        id = row["id"]

        @staticmethod
        def check() -> None:
            rows = {r["id"]: r for r in cli.json("list")}
            assert rows[row["id"]]["bookmarked"] and rows[row["id"]]["title"] == "Kept article"

    return Kept


# -- XML: the entity guard ---------------------------------------------------------------------------------

BIG_ENTITY = "x" * 1000


def entity_feed(encoding: str, disguise: str = "<!-- <a -->", refs: int = 2000) -> str:
    """An RSS feed whose DOCTYPE declares a 1 kB internal entity, referenced ``refs`` times, behind a disguise."""
    return (
        f'<?xml version="1.0" encoding="{encoding}"?>{disguise}'
        f'<!DOCTYPE r [<!ENTITY e "{BIG_ENTITY}">]>'
        '<rss version="2.0"><channel><title>Feed</title><item><title>Boom</title>'
        f"<description>{'&e;' * refs}</description></item></channel></rss>"
    )


# (file name, bytes, fragment of the one-line reason)
XML_ATTACKS = [
    # The attack: 2 MB (700k references to a 1 kB entity) that became a 200 MB article.
    (
        "unknown-enc.xml",
        entity_feed("x-unknown-enc", refs=700_000).encode(),
        "unknown encoding x-unknown-enc",
    ),
    ("comment.xml", entity_feed("utf-8", refs=700_000).encode(), "entity"),
    ("pi.xml", entity_feed("utf-8", disguise="<?pi <a ?>").encode(), "entity"),
    ("bom-comment.rss", b"\xef\xbb\xbf" + entity_feed("utf-8").encode(), "entity"),
    ("utf16.xml", entity_feed("utf-16").encode("utf-16"), "entity"),
    ("utf16be-nobom.xml", entity_feed("utf-16").encode("utf-16-be"), "entity"),
    ("utf32.xml", entity_feed("utf-32").encode("utf-32"), "UTF-32"),
    ("utf32-nobom.xml", entity_feed("utf-32").encode("utf-32-be"), "UTF-32"),
    ("ebcdic.xml", entity_feed("cp037").encode("cp037"), "EBCDIC"),
    ("utf7.xml", entity_feed("utf-7").encode("utf-7"), "UTF-7"),
    (
        "ebcdic-external-dtd.xml",
        '<?xml version="1.0" encoding="cp500"?><!DOCTYPE rss SYSTEM "rss.dtd"><rss version="2.0"/>'.encode(
            "cp500"
        ),
        "EBCDIC",
    ),
    (
        "attlist.xml",
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ATTLIST item x CDATA "{BIG_ENTITY}">]><rss version="2.0"/>'.encode(),
        "DTD declarations",
    ),
    (
        "double-bom.xml",
        b"\xef\xbb\xbf\xef\xbb\xbf"
        + f'<!DOCTYPE rss [<!ATTLIST item x CDATA "{BIG_ENTITY}">]><rss version="2.0"/>'.encode(),
        "DTD declarations",
    ),
    (
        "rot13.xml",
        b'<?xml version="1.0" encoding="rot13"?><rss version="2.0"/>',
        "unknown encoding rot13",
    ),
    (
        # A first processing instruction naming another encoding (feedparser would have read it as the
        # document's): the text checked is the text parsed.
        "stylesheet-pi.xml",
        ('<?xml-stylesheet href="a" encoding="utf-16"?>' + entity_feed("utf-8", disguise="")).encode(),
        "entity",
    ),
]


@pytest.mark.parametrize(("name", "data", "reason"), XML_ATTACKS, ids=[a[0] for a in XML_ATTACKS])
def test_entity_guard_cannot_be_disguised(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with bounded(10, 100), pytest.raises(IngestError) as exc:
        read_file(path)
    assert reason.lower() in str(exc.value).lower()
    assert "\n" not in str(exc.value)


def test_entity_attacks_through_import_are_one_line_each(cli, kept, tmp_path):
    folder = tmp_path / "attacks"
    folder.mkdir()
    for name, data, _ in XML_ATTACKS:
        (folder / name).write_bytes(data)
    with bounded(60, 300):
        code, _, err = cli("import", str(folder))
    assert code == 1
    lines = error_lines(err)
    for name, _, reason in XML_ATTACKS:
        assert reason.lower() in lines[name].lower(), (name, lines.get(name))
    kept.check()
    assert all(r["title"] != "Boom" for r in cli.json("list"))


def test_the_same_feeds_without_a_doctype_still_read(tmp_path):
    """What the guard decodes is what feedparser reads: UTF-16, UTF-32, EBCDIC and cp1252 feeds are fine."""
    plain = (
        '<?xml version="1.0" encoding="{enc}"?><rss version="2.0"><channel><title>Monde</title>'
        "<item><title>Déjà vu à Genève</title><description>Toile volée.</description></item></channel></rss>"
    )
    for enc in ("utf-8", "utf-16", "utf-32", "cp037", "cp1252", "iso-8859-1"):
        [article] = parse_bytes(plain.format(enc=enc).encode(enc), f"{enc}.xml").articles
        assert (article.title, article.text) == ("Déjà vu à Genève", "Toile volée."), enc


def test_an_http_charset_does_not_reopen_the_guard():
    # Checked as the declaration says (UTF-8), handed to feedparser as UTF-8 whatever the header says.
    data = entity_feed("utf-8", disguise="").encode()
    with pytest.raises(IngestError, match="entity"):
        parse_bytes(data, "https://example.org/f.xml", content_type="application/rss+xml; charset=utf-16")
    ok = '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Café</title></item></channel></rss>'
    [article] = parse_bytes(
        ok.encode("cp1252"), "https://example.org/f.xml", content_type="text/xml; charset=windows-1252"
    ).articles
    assert article.title == "Café"


def test_opml_entity_guard_cannot_be_disguised(tmp_path):
    doc = (
        '<?xml version="1.0" encoding="x-unknown-enc"?><!-- <a --><!DOCTYPE o [<!ENTITY e "boom">]>'
        '<opml version="2.0"><body><outline text="&e;" xmlUrl="https://example.org/f.xml"/></body></opml>'
    )
    with pytest.raises(IngestError, match="unknown encoding x-unknown-enc"):
        parse_bytes(doc.encode(), "subs.opml")
    with pytest.raises(IngestError, match="entity"):
        parse_bytes(doc.replace("x-unknown-enc", "utf-8").encode("utf-8"), "subs.opml")
    with pytest.raises(IngestError, match="UTF-32"):
        parse_bytes(doc.replace("x-unknown-enc", "utf-32").encode("utf-32"), "subs.opml")


def test_parsed_output_is_capped_whatever_makes_it_grow(monkeypatch):
    # Say the cap is 100 kB: a feed of 50 items of 3 kB each then grows past it.
    import reader.ingest.feeds as feeds
    import reader.ingest.limits as limits

    monkeypatch.setattr(limits, "MAX_OUTPUT_CHARS", 100_000)

    monkeypatch.setattr(feeds, "MAX_OUTPUT_CHARS", 100_000)
    items = "".join(
        f"<item><title>Item {i}</title><description>{'word ' * 600}</description></item>" for i in range(50)
    )
    data = (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'.encode()
    )
    with pytest.raises(IngestError, match=r"^parsed output too large"):
        parse_bytes(data, "grows.xml")
    # Any format: the same cap applies to Markdown.
    with pytest.raises(IngestError, match=r"^parsed output too large"):
        parse_bytes(b"---\ntitle: Long\nlang: en\n---\n" + b"word " * 30_000, "long.md")


# -- special files and symbolic links ------------------------------------------------------------------------


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_devices_are_refused_unread(cli, kept, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    with bounded(5, 50):
        code, _, err = cli("import", device)
    assert code == 1
    assert error_lines(err) == {Path(device).name: "not a regular file (a character device)"}
    kept.check()


def test_a_fifo_is_refused_without_waiting_for_a_writer(cli, kept, tmp_path):
    fifo = tmp_path / "feed.xml"
    os.mkfifo(fifo)
    with bounded(5, 50):
        code, _, err = cli("import", str(fifo))
    assert code == 1
    assert error_lines(err) == {"feed.xml": "not a regular file (a FIFO)"}
    kept.check()


def test_a_folder_holding_special_files_and_links_out(cli, kept, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("Secret text from outside the imported folder.\n")
    folder = tmp_path / "folder"
    (folder / "sub").mkdir(parents=True)
    os.mkfifo(folder / "pipe.xml")
    os.symlink("/dev/zero", folder / "zero.xml")
    os.symlink("/dev/urandom", folder / "random.rss")
    os.symlink(secret, folder / "secret.txt")
    os.symlink("../../outside/secret.txt", folder / "sub" / "relative.md")
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(folder / "s.xml"))
    except OSError:
        pass  # a path too long for a socket: the socket case is skipped, the rest still runs
    (folder / "inside.txt").write_text("A regular article inside the folder, imported as usual.\n")
    os.symlink("inside.txt", folder / "link-inside.txt")  # a link that stays inside is followed
    # Nobody ever writes to the FIFO: should anything open it blocking, the time bound fails the test.
    try:
        with bounded(10, 100):
            code, _, err = cli("import", str(folder))
    finally:
        sock.close()
    assert code == 1
    lines = error_lines(err)
    assert lines.pop("pipe.xml") == "not a regular file (a FIFO)"
    assert lines.pop("s.xml", "not a regular file (a socket)") == "not a regular file (a socket)"
    for name in ("zero.xml", "random.rss", "secret.txt", "relative.md"):
        assert lines.pop(name) == "symbolic link out of the imported folder, not followed"
    assert lines == {}
    titles = {r["title"] for r in cli.json("list")}
    assert not any("Secret" in t for t in titles)
    assert any(t.startswith("A regular article inside") for t in titles)
    kept.check()
    # Named on the command line, the same link is followed: the user asked for that file.
    code, _, err = cli("import", str(folder / "secret.txt"))
    assert code == 0, err
    assert any("Secret" in r["title"] for r in cli.json("list"))


def test_size_is_checked_before_reading_or_hashing(cli, tmp_path, monkeypatch):
    import hashlib

    big = tmp_path / "big.xml"
    with big.open("wb") as f:
        f.truncate(25 * MB)  # sparse
    hashed = []
    real = hashlib.sha256
    monkeypatch.setattr(hashlib, "sha256", lambda *a: hashed.append(a) or real(*a))
    code, _, err = cli("import", str(big))
    assert code == 1 and "file too large (25.0 MB, limit 20 MB)" in err
    assert not hashed


def test_a_walked_path_keeps_its_folder_across_processes(tmp_path):
    import pickle

    (tmp_path / "a.txt").write_text("x")
    [found] = iter_input_files([tmp_path])
    again = pickle.loads(pickle.dumps(found))
    assert again == found and again.walk_root == found.walk_root == os.path.realpath(tmp_path)


def test_a_file_swapped_for_a_fifo_is_not_waited_on(tmp_path, monkeypatch):
    """The type is checked again on what was opened (non-blocking), not only on the earlier stat."""
    path = tmp_path / "swap.xml"
    path.write_text("<rss/>")
    real_stat = os.stat
    calls = []

    def stat_then_swap(p, *a, **k):
        result = real_stat(p, *a, **k)
        if str(p) == str(path) and not calls:
            calls.append(p)
            path.unlink()
            os.mkfifo(path)
        return result

    monkeypatch.setattr(os, "stat", stat_then_swap)
    with bounded(5, 50), pytest.raises(IngestError, match=r"^not a regular file \(a FIFO\)$"):
        read_file(path)


# -- invisible format characters ---------------------------------------------------------------------------

INVISIBLE = (
    [chr(c) for c in range(0x2061, 0x2065)]
    + [chr(c) for c in range(0x206A, 0x2070)]
    + [chr(c) for c in range(0xE0000, 0xE0080)]
    + ["\u00ad", "\u180e"]
)


@pytest.mark.parametrize("ch", INVISIBLE, ids=[f"U+{ord(c):04X}" for c in INVISIBLE])
def test_invisible_format_characters_are_stripped(ch):
    assert clean_text(f"pay{ch}pal{ch}") == "paypal"
    assert clean_inline(f"{ch}Title{ch} here") == "Title here"


def test_invisible_format_characters_are_stripped_at_ingest(cli, tmp_path):
    hidden = "".join(INVISIBLE)
    path = tmp_path / "hidden.md"
    path.write_text(f"---\ntitle: Hid{hidden}den\nlang: en\ntags: [a{hidden}b]\n---\nBo{hidden}dy text.\n")
    assert cli("import", str(path))[0] == 0
    (row,) = cli.json("list")
    shown = cli.json("show", str(row["id"]))
    assert row["title"] == "Hidden" and shown["text"] == "Body text."
    assert not any(c in str(shown) for c in INVISIBLE)


def test_emoji_sequences_survive():
    # ZWJ sequences and variation selectors are not format tricks: they stay. So do the flag tag
    # sequences' base emoji once their tags are gone.
    assert clean_text("👩\u200d💻 ok\ufe0f") == "👩\u200d💻 ok\ufe0f"


# -- the config -------------------------------------------------------------------------------------------

# 9 x 9^6 strings of three letters: over 1.5 GB once expanded, from a few hundred bytes.
ALIAS_BOMB = (
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n" for p, n in zip("abcdef", "bcdefg", strict=True))
    + "subscriptions:\n  - url: https://example.org/bomb.xml\n    title: *g\n"
)


@pytest.fixture
def config_file(tmp_path, monkeypatch):
    path = tmp_path / "config.yaml"
    monkeypatch.setenv("NEWSREADER_CONFIG", str(path))
    return path


def test_alias_bomb_config_is_refused_and_nothing_is_stored(cli, kept, config_file):
    assert cli("feeds", "add", "https://example.org/kept.xml", "--title", "Kept feed")[0] == 0
    config_file.write_text(ALIAS_BOMB)
    assert len(ALIAS_BOMB) < 500
    with bounded(5, 50):
        code, out, err = cli("feeds", "list")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"{config_file}: line 1: YAML anchors and aliases")
    # The config fixed, every command works again and nothing of the bomb was stored.
    config_file.write_text("subscriptions:\n  - url: https://example.org/fixed.xml\n    title: Fixed\n")
    with bounded(10, 100):
        feeds = cli.json("feeds", "list")
    assert {f["url"]: f["title"] for f in feeds} == {
        "https://example.org/kept.xml": "Kept feed",
        "https://example.org/fixed.xml": "Fixed",
    }
    kept.check()


@pytest.mark.parametrize(
    ("yaml_text", "key", "reason"),
    [
        ("  - url: https://example.org/a.xml\n    lang: {x: 1}\n", "subscriptions[0].lang", "a mapping"),
        ("  - url: https://example.org/a.xml\n    lang: 42\n", "subscriptions[0].lang", "a number"),
        ("  - url: https://example.org/a.xml\n    lang: english please\n", "subscriptions[0].lang", "code"),
        ("  - url: https://example.org/a.xml\n    tags: 7\n", "subscriptions[0].tags", "list of strings"),
        ("  - url: https://example.org/a.xml\n    tags: [ok, [x]]\n", "subscriptions[0].tags[1]", "a list"),
        ("  - url: https://example.org/a.xml\n    title: [t]\n", "subscriptions[0].title", "a list"),
        (
            "  - url: https://example.org/a.xml\n    title: " + "t" * 600 + "\n",
            "subscriptions[0].title",
            "too long",
        ),
        ('  - url: https://example.org/a.xml\n    title: "a\\e[2Jb"\n', "subscriptions[0].title", "control"),
        (
            "  - url: https://example.org/a.xml\n    full_text: maybe\n",
            "subscriptions[0].full_text",
            "true or false",
        ),
        ("  - url: 42\n", "subscriptions[0].url", "a number"),
        ("  - url: https://example.org/a b.xml\n", "subscriptions[0].url", "without spaces"),
        ("  - title: No URL\n", "subscriptions[0].url", "missing"),
        ("  - [x]\n", "subscriptions[0]", "a list"),
    ],
)
def test_bad_subscription_settings_name_the_file_and_the_key(cli, config_file, yaml_text, key, reason):
    config_file.write_text("subscriptions:\n" + yaml_text)
    code, out, err = cli("list")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err.startswith(f"{config_file}: {key}: ") and reason in err, err
    assert "unexpected error" not in err and "Traceback" not in err


def test_every_problem_has_its_own_line(tmp_path):
    from reader.config import ConfigError, load_config

    path = tmp_path / "config.yaml"
    path.write_text(
        "theme: 3\nlayout: wide\nkeys: {bookmark: 1}\nsubscriptions:\n"
        "  - url: https://example.org/a.xml\n    lang: {x: 1}\n    tags: 7\n"
        "  - url: https://example.org/b.xml\n"
    )
    with pytest.raises(ConfigError) as exc:
        load_config(path)
    assert exc.value.problems == [
        f"{path}: keys.bookmark: must be key names (a string), not a number",
        f"{path}: theme: must be a theme name, not a number",
        f"{path}: layout: must be one of side-by-side, en, fr",
        f"{path}: subscriptions[0].lang: must be a language code, not a mapping",
        f"{path}: subscriptions[0].tags: must be a list of strings, not a number",
    ]


def test_good_config_still_reads(tmp_path):
    from reader.config import load_config

    path = tmp_path / "config.yaml"
    path.write_text(
        "keys:\n  bookmark: 'b,m'\ntheme: textual-light\nlayout: en\nsubscriptions:\n"
        "  - https://example.org/plain.xml\n"
        "  - url: https://example.org/a.xml\n    title: A\n    lang: fr\n    tags: [x, y]\n    full_text: true\n"
        "  - url: https://example.org/b.xml\n    lang: null\n    title: null\n"
    )
    config = load_config(path)
    assert config.keys == {"bookmark": "b,m"} and (config.theme, config.layout) == ("textual-light", "en")
    assert [(s.url, s.title, s.lang, s.tags, s.full_text) for s in config.subscriptions] == [
        ("https://example.org/plain.xml", "", None, [], False),
        ("https://example.org/a.xml", "A", "fr", ["x", "y"], True),
        ("https://example.org/b.xml", "", None, [], False),
    ]


def test_huge_deep_or_special_config_files_are_refused_quickly(cli, config_file):
    with config_file.open("wb") as f:
        f.truncate(50 * MB)  # sparse: the size alone refuses it
    with bounded(5, 50):
        code, _, err = cli("list")
    assert code == 2 and err.count("\n") == 1 and "config too large" in err and str(config_file) in err

    config_file.unlink()
    config_file.write_text("subscriptions: " + "[" * 50_000 + "]" * 50_000 + "\n")
    with bounded(10, 200):
        code, _, err = cli("list")
    assert code == 2 and err.count("\n") == 1 and str(config_file) in err and "Traceback" not in err

    config_file.unlink()
    os.mkfifo(config_file)
    with bounded(5, 50):
        code, _, err = cli("list")
    assert code == 2 and err == f"{config_file}: config is not a regular file\n"
