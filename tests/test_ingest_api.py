"""The public entry points: parse_bytes, read_file, iter_input_files; sniffing, limits, robustness."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from reader.ingest import (
    MAX_FILE_BYTES,
    ParseResult,
    detect_format,
    iter_input_files,
    parse_bytes,
    read_file,
)
from reader.model import IngestError

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
ALL_FIXTURES = sorted(p for p in FIXTURES.iterdir() if p.is_file())


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("rss2-fr.xml", "feed"),
        ("atom-en.atom", "feed"),
        ("rss1-en.rdf", "feed"),
        ("feed-fr.json", "jsonfeed"),
        ("subscriptions.opml", "opml"),
        ("article-fr.md", "markdown"),
        ("notes-en.markdown", "markdown"),
        ("digest-en.txt", "text"),
        ("page-fr.html", "html"),
    ],
)
def test_format_by_extension(name: str, fmt: str) -> None:
    assert detect_format((FIXTURES / name).read_bytes(), str(FIXTURES / name)) == fmt


@pytest.mark.parametrize(
    ("name", "content_type", "fmt"),
    [
        ("rss2-fr.xml", None, "feed"),
        ("atom-en.atom", "application/atom+xml; charset=utf-8", "feed"),
        ("feed-fr.json", None, "jsonfeed"),
        ("feed-fr.json", "application/feed+json", "jsonfeed"),
        ("subscriptions.opml", "text/xml", "opml"),
        ("article-fr.md", "text/plain", "markdown"),
        ("digest-en.txt", None, "text"),
        ("page-fr.html", None, "html"),
    ],
)
def test_format_of_url_by_content_type_and_content(name: str, content_type: str | None, fmt: str) -> None:
    data = (FIXTURES / name).read_bytes()
    assert detect_format(data, "https://example.org/get?id=1", content_type) == fmt


@pytest.mark.parametrize("path", ALL_FIXTURES, ids=lambda p: p.name)
def test_every_fixture_parses_and_records_origin(path: Path) -> None:
    result = read_file(path)
    assert isinstance(result, ParseResult)
    assert result.articles or result.subscriptions
    for article in result.articles:
        assert article.origin == str(path)
        assert article.title and article.lang in ("en", "fr")


def test_url_origin_and_default_lang() -> None:
    body = b"Short note\n\nThe ferry leaves at noon every day except on Sundays and public holidays."
    result = parse_bytes(body, "https://example.org/note", content_type="text/plain", default_lang="fr")
    [article] = result.articles
    assert article.origin == "https://example.org/note"
    assert article.lang == "fr"  # the caller's default beats detection


def test_declared_charset_is_honoured() -> None:
    data = "Noël à Strasbourg\n\nLe marché ouvre ses portes.".encode("iso-8859-15")
    [article] = parse_bytes(
        data, "https://x.example/n", content_type="text/plain; charset=ISO-8859-15"
    ).articles
    assert article.title == "Noël à Strasbourg"


def test_cp1252_file(tmp_path: Path) -> None:
    [article] = read_file(FIXTURES / "latin1-fr.txt").articles
    assert article.title == "Le cœur du vieux bourg"
    text = article.text
    for ch in "éèçœ":
        assert ch in text
    assert "\ufffd" not in text
    assert article.lang == "fr"


def test_utf16_text_with_bom() -> None:
    [article] = parse_bytes(
        "Titre\n\nUn texte en français avec des accents.".encode("utf-16"), "u.txt"
    ).articles
    assert article.title == "Titre"


@pytest.mark.parametrize("data", [b"", b"   \n\t\n", b"\xef\xbb\xbf\n"])
def test_empty_input(data: bytes) -> None:
    with pytest.raises(IngestError, match="empty file"):
        parse_bytes(data, "empty.txt")


def test_too_large_data() -> None:
    with pytest.raises(IngestError, match=r"file too large \(20\.0 MB, limit 20 MB\)"):
        parse_bytes(b" " * (MAX_FILE_BYTES + 1), "big.txt")


def test_read_file_checks_size_before_reading(tmp_path: Path, monkeypatch) -> None:
    big = tmp_path / "huge.xml"
    with big.open("wb") as f:  # sparse: no 25 MB written to disk
        f.truncate(25 * 1024 * 1024)

    def no_read(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_read)
    with pytest.raises(IngestError, match=r"^file too large \(25\.0 MB, limit 20 MB\)$"):
        read_file(big)


def test_read_file_errors(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="file not found"):
        read_file(tmp_path / "missing.xml")
    with pytest.raises(IngestError, match="is a directory"):
        read_file(tmp_path)


def test_iter_input_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in [
        "z.xml",
        "a.md",
        "b/c.json",
        "b/d.opml",
        "notes.docx",
        ".secret.txt",
        ".hidden/x.xml",
        "e.TXT",
    ]:
        (tmp_path / name).write_text("x")
    single = tmp_path / "explicit.docx"
    missing = tmp_path / "missing.xml"
    found = list(iter_input_files([tmp_path, single, missing]))
    assert found == [
        tmp_path / "a.md",
        tmp_path / "e.TXT",
        tmp_path / "z.xml",
        tmp_path / "b" / "c.json",
        tmp_path / "b" / "d.opml",
        single,  # named explicitly: yielded whatever its extension
        missing,  # so that read_file reports it
    ]


def test_five_megabyte_article(tmp_path: Path) -> None:
    paragraph = "The harbour master counted the boats again this morning and found the same number. " * 10
    path = tmp_path / "big.txt"
    path.write_text("A very long article\n\n" + "\n\n".join([paragraph] * (5_000_000 // len(paragraph))))
    assert path.stat().st_size >= 4_900_000
    [article] = read_file(path).articles
    assert article.title == "A very long article"
    assert len(article.blocks) == 5_000_000 // len(paragraph)


def test_five_megabyte_html_item() -> None:
    html = "<p>" + "Une phrase de remplissage pour un très long article. " * 20 + "</p>"
    count = 5_000_000 // len(html)
    data = (
        '{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": "Long", '
        f'"content_html": "{html * count}"}}]}}'
    ).encode()
    [article] = parse_bytes(data, "big.json").articles
    assert len(article.blocks) == count


def test_control_characters_stripped_end_to_end() -> None:
    text = (
        "Ti\x1b[1mtle\x1b[0m \u202e[bold]\n\n"
        "Body\x1b]8;;http://evil\x07 link\x1b]8;;\x07 with\x07 BEL and \x9b2J."
    )
    [article] = parse_bytes(text.encode(), "c.txt").articles
    assert article.title == "Title [bold]"
    assert article.text == "Body link with BEL and ."


def test_many_nul_bytes_mean_binary_and_a_stray_one_is_removed() -> None:
    with pytest.raises(IngestError, match="binary data"):
        parse_bytes(b"Looks\x00 like\x00 text\x00 but\x00 is\x00 not", "n.txt")
    (article,) = parse_bytes(b"A stray\x00 NUL in a title\n\nBody text.", "n.txt").articles
    assert article.title == "A stray NUL in a title"


def test_junk_served_as_a_feed_is_an_error_not_an_article() -> None:
    with pytest.raises(IngestError, match="not a valid feed"):
        parse_bytes(b"\x01 not a feed at all \xff", "http://127.0.0.1:8000/junk.xml")
    with pytest.raises(IngestError, match="not a valid feed"):
        parse_bytes(b"plain words", "https://example.org/feed", content_type="application/rss+xml")


def test_feed_quoting_html_is_still_a_feed() -> None:
    data = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry>'
        b'<title>HTML basics</title><content type="html"><![CDATA[<p>Start with <html> and '
        b"<!doctype html>.</p>]]></content></entry></feed>"
    )
    assert detect_format(data, "https://example.org/feed") == "feed"
    [article] = parse_bytes(data, "https://example.org/feed").articles
    assert article.title == "HTML basics"


def test_html_page_at_a_feed_address_is_an_error() -> None:
    page = (FIXTURES / "page-fr.html").read_bytes()
    with pytest.raises(IngestError, match="HTML page"):
        parse_bytes(page, "https://example.org/feed", content_type="application/rss+xml")


def test_unexpected_errors_become_ingest_errors(monkeypatch) -> None:
    from reader.ingest import plaintext

    def broken(text: str, origin: str = ""):
        raise KeyError("surprise")

    monkeypatch.setattr(plaintext, "parse", broken)
    with pytest.raises(IngestError, match=r"^cannot read text: KeyError: 'surprise'$"):
        parse_bytes(b"Some text", "t.txt")


@pytest.mark.parametrize("ext", [".xml", ".rss", ".atom", ".json", ".opml", ".md", ".txt", ".html", ""])
def test_random_bytes_never_raise_anything_else(ext: str) -> None:
    rng = random.Random(ext)
    for size in (1, 7, 100, 3000):
        data = bytes(rng.getrandbits(8) for _ in range(size))
        try:
            parse_bytes(data, f"random{ext}")
        except IngestError:
            pass


@pytest.mark.parametrize("path", ALL_FIXTURES, ids=lambda p: p.name)
def test_truncated_and_mangled_fixtures_never_raise_anything_else(path: Path) -> None:
    data = path.read_bytes()
    rng = random.Random(path.name)
    variants = [data[:cut] for cut in (1, len(data) // 3, len(data) // 2, len(data) - 3)]
    for _ in range(10):
        mangled = bytearray(data)
        for _ in range(5):
            mangled[rng.randrange(len(mangled))] = rng.getrandbits(8)
        variants.append(bytes(mangled))
    for variant in variants:
        try:
            result = parse_bytes(variant, str(path))
        except IngestError as e:
            assert str(e) and "\n" not in str(e)
        else:
            assert all(a.title for a in result.articles)


def test_importing_ingest_does_not_import_textual() -> None:
    code = (
        "import sys, reader.ingest, reader.ingest.feeds, reader.ingest.frontmatter\n"
        "print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
