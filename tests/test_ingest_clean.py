"""Cleaning text from the outside world: escapes, controls, bidi, whitespace, decoding."""

from __future__ import annotations

import pytest

from reader.ingest.clean import (
    clean_inline,
    clean_text,
    decode_bytes,
    finish_article,
    strip_controls,
    title_from_text,
)
from reader.model import Article, Block, IngestError


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\x1b[31mRed\x1b[0m alert", "Red alert"),  # CSI colours
        ("\x1b[1;38;5;196mBold\x1b[m", "Bold"),
        ("\x1b]0;evil window title\x07Safe", "Safe"),  # OSC terminated by BEL
        ("\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\ here", "click here"),  # OSC 8 with ST
        ("\x1bPq#0;2;0;0;0\x1b\\after", "after"),  # DCS (sixel) string
        ("before\x1b(Bafter", "beforeafter"),  # charset designation
        ("\x9b31mX", "X"),  # 8-bit CSI
        ("lone escape\x1b", "lone escape"),
    ],
)
def test_escape_sequences_are_removed_with_their_payload(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


def test_unterminated_osc_stops_at_end_of_line() -> None:
    # A stray OSC must not swallow the rest of the article.
    assert clean_text("first\x1b]0;junk\nsecond line") == "first\nsecond line"


def test_control_characters_are_removed() -> None:
    assert clean_text("a\x00b\x07c\x7fd\x80e\x9ff\x08g") == "abcdefg"


_DELETED = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), 0x202A, 0x202E, 0x2066, 0x200B, 0x200E, 0xFEFF]


# Line ends and escape sequences have their own rules (tested above).
@pytest.mark.parametrize("cp", [cp for cp in _DELETED if cp not in (0x0D, 0x1B, 0x85, 0x9B)])
@pytest.mark.parametrize("around", ["ab", "éà"])  # ASCII and not: str.translate has a fast path for ASCII
def test_every_control_character_is_removed_from_any_text(cp: int, around: str) -> None:
    """Texts without any control character skip the deletion table; any one of them must still be found."""
    raw = f"{around[0]}{chr(cp)}{around[1]}"
    expected = {0x09: f"{around[0]} {around[1]}", 0x0A: f"{around[0]}\n{around[1]}"}.get(cp, around)
    assert clean_text(raw) == expected
    assert strip_controls(raw) == (raw if cp in (0x09, 0x0A) else around)


def test_tabs_become_spaces_and_space_runs_collapse() -> None:
    assert clean_text("one\ttwo   three \r\nfour\rfive") == "one two three\nfour\nfive"


def test_bidi_controls_and_marks_are_removed() -> None:
    assert clean_text("abc\u202edcba\u2066x\u2069\u200ey\u200f\u061cz") == "abcdcbaxyz"


def test_zero_width_space_and_bom_removed_but_zwj_kept() -> None:
    assert clean_text("\ufeffzero\u200bwidth\u2060") == "zerowidth"
    assert clean_text("👩\u200d💻") == "👩\u200d💻"


def test_french_number_separators_are_kept() -> None:
    # U+00A0 and U+202F group digits and precede ; : ! ? in French.
    assert clean_text("145\u00a0000\u202f€  pour  tous\u00a0!") == "145\u00a0000\u202f€ pour tous\u00a0!"


def test_nfc_normalisation() -> None:
    assert clean_text("e\u0301te\u0301") == "été"


def test_rich_markup_is_kept_literally() -> None:
    assert clean_text("[bold red]not markup[/bold red]") == "[bold red]not markup[/bold red]"


def test_blank_lines_are_limited_and_ends_stripped() -> None:
    assert clean_text("  \n a \n\n\n\n b  \n") == "a\n\nb"


def test_clean_inline_joins_lines() -> None:
    assert clean_inline("Title\nsecond  line\n\n third\u2028fourth") == "Title second line third fourth"


def test_strip_controls_keeps_indentation() -> None:
    assert strip_controls("- a\n    - b\x1b[0m\t c") == "- a\n    - b\t c"


def test_decode_utf8_and_boms() -> None:
    assert decode_bytes("œuvre".encode()) == "œuvre"
    assert decode_bytes("\ufeffœuvre".encode()) == "œuvre"
    assert decode_bytes("œuvre".encode("utf-16")) == "œuvre"


def test_decode_falls_back_to_cp1252() -> None:
    # œ only exists in cp1252, not in Latin-1.
    assert decode_bytes("Le cœur, l'été, ça".encode("cp1252")) == "Le cœur, l'été, ça"


def test_decode_honours_declared_charset() -> None:
    assert decode_bytes("Noël".encode("iso-8859-15"), "iso-8859-15") == "Noël"


def test_decode_rejects_binary() -> None:
    with pytest.raises(IngestError, match="binary"):
        decode_bytes(bytes(range(256)) * 4)


def test_title_from_text_takes_first_words() -> None:
    assert title_from_text("one two three") == "one two three"
    assert title_from_text(" ".join(str(i) for i in range(20))) == "0 1 2 3 4 5 6 7 8 9…"


def test_finish_article_cleans_every_field() -> None:
    article = Article(
        title="\x1b[31mTitle\x1b[0m\nline",
        blocks=[
            Block("paragraph", "Body \x07text"),
            Block("heading", " Head\ning "),
            Block("item", "\u200b"),
        ],
        lang="en",
        source="\u202eevil\u202c source",
        tags=["a\x00", "A", " b "],
        tldr=["\x1b]0;x\x07point"],
        url=" https://example.org/\x00 ",
        alternates={"fr-FR": "https://example.org/fr", "en": "https://example.org/en"},
    )
    done = finish_article(article)
    assert done is not None
    assert done.title == "Title line"
    assert [(b.kind, b.text) for b in done.blocks] == [("paragraph", "Body text"), ("heading", "Head ing")]
    assert done.source == "evil source"
    assert done.tags == ["a", "b"]
    assert done.tldr == ["point"]
    assert done.url == "https://example.org/"
    assert done.alternates == {"fr": "https://example.org/fr"}  # its own language is not an alternate


def test_finish_article_fills_title_and_language() -> None:
    body = "The council approved the new bridge across the river after a long debate on Monday evening."
    done = finish_article(Article(title="", blocks=[Block("paragraph", body)]))
    assert done is not None
    assert done.title == "The council approved the new bridge across the river after…"
    assert done.lang == "en"


def test_finish_article_uses_default_lang_before_detection() -> None:
    body = "The council approved the new bridge across the river after a long debate."
    done = finish_article(Article(title="T", blocks=[Block("paragraph", body)]), default_lang="fr-CA")
    assert done is not None and done.lang == "fr"


def test_finish_article_drops_empty_articles() -> None:
    assert finish_article(Article(title=" \x1b[0m ", blocks=[Block("paragraph", "\u200b")])) is None
