"""HTML to clean blocks: paragraphs, headings, list items and quotes, never a raw tag.

Built on the standard library's streaming ``html.parser`` rather than lxml or inscriptis:
libxml2 (under both) stops parsing at 256 levels of nesting (2048 with ``huge_tree``) and
silently drops everything after that point, while a tokenizer has no depth limit and no
recursion. Block structure is tracked with an explicit stack, so 20,000 nested ``<div>`` cost
nothing special.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from reader.model import Article, Block, BlockKind

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements that start and end a block of text. Inline elements (a, b, span...) are not listed:
# their text simply joins the current block, so link text is kept and the URL is not.
_BLOCKS = _HEADINGS | frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset"
    " figcaption figure footer form header hgroup html legend li main menu nav ol p pre section"
    " summary table tbody tfoot thead tr ul".split()
)
# Content that is not text for a reader. <title> is captured separately for whole documents.
_SKIPPED = frozenset("script style template noscript svg math iframe object canvas select title".split())
_CELLS = frozenset({"td", "th"})
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# An end tag is matched against this many open blocks at most: a flood of stray end tags must
# not turn into a quadratic search of a 20,000-deep stack.
_END_TAG_SEARCH = 64
_HTML_WHITESPACE_RE = re.compile(r"[ \t\n\r\f]+")  # not \s: U+00A0 is content, not markup
_TAG_RE = re.compile(
    r"<(?:[a-zA-Z][a-zA-Z0-9-]*[\s/>]|/[a-zA-Z]|!--)|&(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);"
)
_BLANK_LINES_RE = re.compile(r"\n[ \t]*\n[ \t\n]*")


def looks_like_html(text: str) -> bool:
    """True when ``text`` contains a tag, a comment or a character reference."""
    return _TAG_RE.search(text) is not None


def text_to_blocks(text: str) -> list[Block]:
    """Plain text to paragraphs, split on blank lines (single line breaks are kept)."""
    return [Block("paragraph", part.strip()) for part in _BLANK_LINES_RE.split(text) if part.strip()]


class _BlockParser(HTMLParser):
    """Streams tags and text into blocks; the open-element stack holds (tag, kind) pairs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.title_parts: list[str] = []
        self.lang = ""
        self._stack: list[tuple[str, BlockKind]] = []
        self._buffer: list[str] = []
        self._skip_depth = 0
        self._in_title = False
        self._pre_depth = 0

    @property
    def _kind(self) -> BlockKind:
        return self._stack[-1][1] if self._stack else "paragraph"

    def _flush(self) -> None:
        if not self._buffer:
            return
        text = "".join(self._buffer)
        self._buffer.clear()
        kind = self._kind
        # <br><br> separates paragraphs; a single <br> stays a line break inside the block.
        for part in _BLANK_LINES_RE.split(text):
            part = "\n".join(line.strip() for line in part.split("\n")).strip()
            if part:
                self.blocks.append(Block(kind, part))

    def _pop(self, depth: int) -> None:
        """Close the ``depth`` innermost open blocks."""
        closed = self._stack[-depth:]
        del self._stack[-depth:]
        self._pre_depth -= sum(1 for tag, _ in closed if tag == "pre")

    def _close_through(self, tag: str, *, stop_at: tuple[str, ...] = ()) -> None:
        """Close open blocks down to and including the nearest ``tag`` (if it is open)."""
        for depth in range(1, min(len(self._stack), _END_TAG_SEARCH) + 1):
            open_tag = self._stack[-depth][0]
            if open_tag in stop_at:
                return
            if open_tag == tag:
                self._pop(depth)
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html" and not self.lang:
            self.lang = next((v or "" for k, v in attrs if k in ("lang", "xml:lang")), "")
        if tag in _SKIPPED:
            if tag == "title" and not self._skip_depth:
                self._in_title = True
            else:
                self._skip_depth += 1
            return
        if self._skip_depth:
            return
        if tag == "br":
            self._buffer.append("\n")
        elif tag == "hr":
            self._flush()
        elif tag in _CELLS:
            self._buffer.append(" ")
        elif tag in _BLOCKS:
            self._flush()
            # Implied end tags: a <p> cannot contain a block, and a new <li> closes the previous.
            if self._stack and self._stack[-1][0] == "p":
                self._pop(1)
            if tag == "li":
                self._close_through("li", stop_at=("ul", "ol", "menu", "dir"))
            if tag in _HEADINGS:
                kind: BlockKind = "heading"
            elif tag in ("li", "dt", "dd"):
                kind = "item"
            elif tag == "blockquote":
                kind = "quote"
            else:
                kind = self._kind  # a <p> inside a <li> or a <blockquote> keeps its kind
            if tag == "pre":
                self._pre_depth += 1
            self._stack.append((tag, kind))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <hr/>, <img/>: never opens anything, whatever the tag.
        if tag in _VOID or tag in _BLOCKS or tag in _SKIPPED:
            if not self._skip_depth and tag == "br":
                self._buffer.append("\n")
            elif not self._skip_depth and tag in ("hr", *_BLOCKS):
                self._flush()
            return
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            if tag == "title" and self._in_title:
                self._in_title = False
            elif self._skip_depth:
                self._skip_depth -= 1
            return
        if self._skip_depth:
            return
        if tag in _BLOCKS:
            self._flush()
            self._close_through(tag)
        elif tag in _CELLS:
            self._buffer.append(" ")

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        if self._in_title:
            self.title_parts.append(data)
        elif self._pre_depth:
            self._buffer.append(data)
        else:
            self._buffer.append(_HTML_WHITESPACE_RE.sub(" ", data))

    def finish(self) -> None:
        self.close()
        self._flush()


def _parse(html: str) -> _BlockParser:
    parser = _BlockParser()
    parser.feed(html)
    parser.finish()
    return parser


def html_to_blocks(html: str) -> list[Block]:
    """Turn an HTML fragment or document into clean blocks.

    Headings become "heading" blocks, ``<li>`` "item", ``<blockquote>`` "quote", and the text
    of ``<p>``, ``<div>`` and the like "paragraph"; ``<br><br>`` splits a paragraph. Link text
    is kept, URLs are not; scripts, styles and other non-text elements are dropped; character
    references are decoded. Text without any tag is split into paragraphs on blank lines.
    """
    if not html or not html.strip():
        return []
    if not looks_like_html(html):
        return text_to_blocks(html)
    return _parse(html).blocks


def html_to_text(html: str) -> str:
    """The text of an HTML fragment on one line (for titles and summaries given as HTML)."""
    return " ".join(block.text for block in html_to_blocks(html))


def parse(text: str, origin: str) -> list[Article]:
    """Read a whole HTML page as one article: title from ``<title>`` or the first heading."""
    parser = _parse(text)
    blocks = parser.blocks
    title = _HTML_WHITESPACE_RE.sub(" ", "".join(parser.title_parts)).strip()
    if blocks and blocks[0].kind == "heading" and (not title or title.startswith(blocks[0].text)):
        # The page heading usually repeats the <title> (which may add " - Site name").
        title = blocks[0].text
        blocks = blocks[1:]
    article = Article(title=title, blocks=blocks, lang=parser.lang, origin=origin, feed=Path(origin).name)
    return [article]
