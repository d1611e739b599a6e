"""Make text from the outside world safe and tidy before it reaches the library or the terminal.

Every string field of an ``Article`` goes through :func:`clean_text` or :func:`clean_inline`
(see :func:`finish_article`), so the display layer never sees terminal escape sequences,
control characters or bidi overrides. Brackets are left alone: ``[bold]`` stays literal text
and the display layer must never interpret it as markup.
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata

from reader.model import Article, Block, IngestError

# Terminal escape sequences, removed as a whole so their payload (colour codes, window titles,
# hyperlink targets) does not leak into the text once the ESC byte itself is gone.
# String sequences (OSC, DCS...) end at BEL or ST; an unterminated one stops at the end of the
# line so a stray ESC cannot swallow the rest of an article.
_ESCAPE_RE = re.compile(
    r"\x1b\][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"  # OSC: ESC ] ... (BEL | ST)
    r"|\x1b[PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"  # DCS, SOS, PM, APC strings
    r"|\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI: ESC [ params intermediates final
    r"|\x1b[ -/]*[0-~]?"  # other escapes: ESC c, ESC ( B, ESC 7, lone ESC
    r"|\x9b[0-?]*[ -/]*[@-~]?"  # 8-bit CSI (other C1 controls are simply deleted below)
)

_NEWLINES_RE = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def _deletion_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in range(0x00, 0x20):  # C0 controls; \n kept, \t becomes a space
        table[cp] = None
    table[ord("\n")] = "\n"
    table[ord("\t")] = " "
    table[0x7F] = None  # DEL
    for cp in range(0x80, 0xA0):  # C1 controls
        table[cp] = None
    # Bidi embeddings, overrides and isolates, and the invisible direction marks: they can
    # reorder what the terminal shows ("Trojan Source") and carry no meaning in a news text.
    for cp in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C):
        table[cp] = None
    # Zero-width space, word joiner and a BOM in mid-text. ZWJ/ZWNJ (U+200C/D) are kept: they
    # are part of emoji sequences and some scripts.
    for cp in (0x200B, 0x2060, 0xFEFF, 0xFFFE, 0xFFFF):
        table[cp] = None
    # Other invisible format characters that can hide or disguise text: invisible operators
    # (U+2061-2064), deprecated shaping controls (U+206A-206F), tag characters (U+E0000-E007F),
    # the soft hyphen and the Mongolian vowel separator.
    for cp in (*range(0x2061, 0x2065), *range(0x206A, 0x2070), *range(0xE0000, 0xE0080), 0x00AD, 0x180E):
        table[cp] = None
    return table


_DELETE = _deletion_table()
_DELETE_KEEP_TABS = {**_DELETE, ord("\t"): "\t"}


def _changed_by(table: dict[int, str | None]) -> re.Pattern[str]:
    """A character class of what ``table`` changes: most texts have none of it, and a regex search is
    far faster than ``str.translate`` with a dict on a text that is not ASCII."""
    changed = sorted(cp for cp, to in table.items() if to != chr(cp))
    ranges: list[tuple[int, int]] = []
    for cp in changed:  # consecutive code points as ranges: a short class, as fast as a short one
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    parts = (re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)
    return re.compile("[" + "".join(parts) + "]")


_DELETE_RE = _changed_by(_DELETE)
_DELETE_KEEP_TABS_RE = _changed_by(_DELETE_KEEP_TABS)
_SURROGATES_RE = re.compile(r"[\ud800-\udfff]")
# Only ASCII spaces are collapsed: U+00A0 and U+202F are French thousands separators and the
# spaces before ; : ! ? and inside « », so they must survive as they are.
_SPACES_RE = re.compile(r" {2,}")
_SPACE_AROUND_NL_RE = re.compile(r" *\n *")
_BLANK_LINES_RE = re.compile(r"\n{3,}")
_ANY_NEWLINES_RE = re.compile(r"\s*\n\s*")


def _strip(s: str, table: dict[int, str | None], changed: re.Pattern[str]) -> str:
    # The substring tests are fast paths: most texts have no CR, no escape and no surrogate,
    # and a regex scan per paragraph is what makes a 5 MB article slow.
    if "\r" in s or "\u2028" in s or "\u2029" in s or "\x85" in s:
        s = _NEWLINES_RE.sub("\n", s)
    if "\x1b" in s or "\x9b" in s:
        s = _ESCAPE_RE.sub("", s)
    if changed.search(s):  # what the table changes, found
        s = s.translate(table)
    if not s.isascii():
        try:
            s.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates, e.g. from a JSON "\ud800" escape
            s = _SURROGATES_RE.sub("", s)
        if not unicodedata.is_normalized("NFC", s):
            s = unicodedata.normalize("NFC", s)
    return s


def strip_controls(s: str) -> str:
    """Remove escape sequences, control characters and bidi controls; normalise to NFC.

    Unlike :func:`clean_text` this keeps spacing and indentation untouched (tabs included), so
    it can run on a whole Markdown or text document before its structure is parsed.
    """
    return _strip(s, _DELETE_KEEP_TABS, _DELETE_KEEP_TABS_RE) if s else ""


def clean_text(s: str) -> str:
    """Clean a body text: strip escapes and control characters, normalise, tidy whitespace.

    Removes ANSI/VT escape sequences (CSI, OSC terminated by BEL or ST, other ESC sequences),
    C0 controls except newline and tab (a tab becomes a space), DEL, C1 controls, bidi
    overrides/isolates and direction marks, zero-width spaces, stray BOMs and other invisible format
    characters (invisible operators, tag characters, soft hyphens...). Normalises to
    NFC, collapses runs of ASCII spaces (keeping U+00A0 and U+202F), removes spaces around
    newlines, keeps at most one blank line in a row and strips both ends.
    """
    if not s:
        return ""
    s = _strip(s, _DELETE, _DELETE_RE)
    if "  " in s:
        s = _SPACES_RE.sub(" ", s)
    if "\n" in s:
        s = _SPACE_AROUND_NL_RE.sub("\n", s)
        if "\n\n\n" in s:
            s = _BLANK_LINES_RE.sub("\n\n", s)
    return s.strip()


def clean_inline(s: str) -> str:
    """Like :func:`clean_text`, then every run of newlines becomes one space (titles, sources)."""
    s = clean_text(s)
    if "\n" in s:
        s = _ANY_NEWLINES_RE.sub(" ", s)
    return s


# --- decoding -------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BINARY_CONTROL_BYTES = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x1B)) | {0x7F}


def _looks_binary(data: bytes) -> bool:
    # Text has no NUL and few other C0 controls; random or binary data has about one byte in
    # eleven in that range and is almost never valid UTF-8. Valid UTF-8 is given more slack:
    # text pasted from a terminal may carry a few stray controls (which cleaning removes).
    # ESC (0x1B) is not counted for the same reason.
    sample = data[:65536]
    # A few NULs are hostile text (cleaning removes them); many mean binary or BOM-less UTF-16.
    if sample.count(b"\x00") > max(2, len(sample) // 100):
        return True
    controls = sum(1 for b in sample if b in _BINARY_CONTROL_BYTES)
    if not controls:
        return False
    try:
        sample.decode("utf-8")
        utf8 = True
    except UnicodeDecodeError as e:
        utf8 = e.start >= len(sample) - 3  # only a character cut by the sample's end
    return controls > max(2, len(sample) // (10 if utf8 else 100))


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode a text file: BOM first, then the declared charset, then UTF-8, then cp1252.

    cp1252 (Windows-1252, a superset of Latin-1 that has œ, € and typographic quotes) is the
    usual encoding of old French and English text files. Raises ``IngestError`` for data that
    is clearly binary rather than text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as e:
                raise IngestError(f"invalid {encoding.removesuffix('-sig')} text: {e.reason}") from None
    if _looks_binary(data):
        raise IngestError("binary data, not text")
    if declared:
        try:
            return data.decode(declared)
        except LookupError:
            pass  # unknown charset name: fall through to the usual guesses
        except UnicodeDecodeError:
            pass  # the declaration lies; the guesses below are more useful than an error
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # The five bytes cp1252 leaves undefined are replaced rather than rejected.
        return data.decode("cp1252", errors="replace")


# --- finishing an article --------------------------------------------------------------------

_TITLE_WORDS = 10


def title_from_text(text: str, words: int = _TITLE_WORDS) -> str:
    """The first words of a text, for an article that has no title."""
    parts = clean_inline(text).split()
    if len(parts) <= words:
        return " ".join(parts)
    return " ".join(parts[:words]).rstrip(",;:") + "…"


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    kept: list[str] = []
    for item in items:
        key = item.casefold()
        if item and key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


# A character reference with its semicolon: "&amp;", "&#039;", "&#x2019;" (never "&copy" alone, which
# HTML also reads, so that "Q&A" or "R&D" stay as written).
_CHAR_REF_RE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,8}|#[xX][0-9A-Fa-f]{1,8});")


def decode_entities(s: str) -> str:
    """``s`` with HTML character references decoded: feeds often escape their plain-text fields twice
    (a JSON Feed title "Q&amp;A", an iTunes category "Games &amp; Hobbies")."""
    if not s or "&" not in s:
        return s
    return _CHAR_REF_RE.sub(lambda m: html.unescape(m.group(0)), s)


def _inline(s: str) -> str:
    return clean_inline(decode_entities(s))


def finish_article(article: Article, *, default_lang: str | None = None) -> Article | None:
    """Clean every string field, fill a missing title and language; ``None`` when it is empty.

    Language: what the format reader found in the metadata (already in ``article.lang``), else
    ``default_lang``, unless the title and text (20 words or more) are clearly in another language; without
    metadata, detection on 20 words or more, else "" (see :func:`reader.ingest.lang.choose_lang`).
    ``lang_source`` says which ("metadata", "content", "" when unknown). HTML character references left
    in the text fields (title, summary, TL;DR, source, feed, tags) are decoded.
    """
    from reader.ingest.lang import choose_lang, lang_region, normalise_lang  # lang imports nothing from here

    a = article
    blocks: list[Block] = []
    for block in a.blocks:
        # A table's text is its rows, one a line: it keeps its newlines like a paragraph.
        multiline = block.kind in ("paragraph", "quote", "table")
        text = clean_text(block.text) if multiline else clean_inline(block.text)
        if text:
            # The block is the parser's own: cleaned in place, every other field (an item's number, link
            # references) is kept.
            block.text = text
            if block.rows:
                block.rows = [[clean_inline(cell) for cell in row] for row in block.rows]
            blocks.append(block)
    a.blocks = blocks
    a.title = _inline(a.title)
    a.summary = _inline(a.summary)
    a.tldr = [t for t in (_inline(t) for t in a.tldr) if t]
    if not a.title and not a.blocks and not a.tldr and not a.summary:
        return None
    if not a.title:
        a.title = title_from_text(a.text or a.summary or " ".join(a.tldr))
    a.source = _inline(a.source)
    a.feed = _inline(a.feed)
    a.tags = _dedupe([_inline(t) for t in a.tags])
    a.url = clean_inline(a.url or "") or None
    a.guid = clean_inline(a.guid or "") or None
    a.feed_url = clean_inline(a.feed_url or "") or None
    a.story = clean_inline(a.story or "") or None
    a.age = clean_inline(a.age or "") or None
    own = normalise_lang(a.lang)
    a.lang_region = lang_region(a.lang if own else default_lang)
    declared = own or normalise_lang(default_lang)
    sample = "\n".join([a.title, a.summary, *a.tldr, *(b.text for b in a.blocks[:20])])
    a.lang, a.lang_source = choose_lang(declared, sample)
    alternates: dict[str, str] = {}
    for lang, url in a.alternates.items():
        code, href = normalise_lang(lang), clean_inline(url or "")
        if code and href and code != a.lang:
            alternates[code] = href
    a.alternates = alternates
    return a
