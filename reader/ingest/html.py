"""HTML to clean blocks: paragraphs, headings, list items, quotes and tables, never a raw tag.

Structure is kept as the blocks carry it: a table's rows of cells, a numbered item's number, and each
link as a numbered reference after its text ("the report[1]") with its URL kept beside the block, as
newsboat and w3m show them; an image is its alt text, "[image: a chart]".

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
from typing import Any
from urllib.parse import unquote, urlsplit

from reader.ingest.clean import clean_inline, clean_text
from reader.model import Article, Block, BlockKind

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements that start and end a block of text. Inline elements (a, b, span...) are not listed:
# their text simply joins the current block (a link adds its reference number after it).
_BLOCKS = _HEADINGS | frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset"
    " figcaption figure footer form header hgroup html legend li main menu nav ol p pre section"
    " summary table tbody tfoot thead tr ul".split()
)
# Content that is not text for a reader. <title> is captured separately for whole documents.
#: Elements whose content is never text. An ``iframe``, ``object``, ``embed`` or ``applet`` is dropped but its
#: text kept, as feedparser does: an unclosed one must not swallow the rest of the article.
_SKIPPED = frozenset("script style template noscript svg math canvas select title".split())
_CELLS = frozenset({"td", "th"})
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# An end tag is matched against this many open blocks at most: a flood of stray end tags must
# not turn into a quadratic search of a 20,000-deep stack.
_END_TAG_SEARCH = 64
_HTML_WHITESPACE_RE = re.compile(r"[ \t\n\r\f]+")  # not \s: U+00A0 is content, not markup
#: HTML whitespace other than a space: with it or two spaces in a row, a text has a run to collapse.
_OTHER_WHITESPACE_RE = re.compile(r"[\t\n\r\f]")
_TAG_RE = re.compile(
    r"<(?:[a-zA-Z][a-zA-Z0-9-]*[\s/>]|/[a-zA-Z]|!--)|&(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);"
)
_BLANK_LINES_RE = re.compile(r"\n[ \t]*\n[ \t\n]*")
_LISTS = frozenset({"ul", "ol", "menu", "dir"})
#: The tags that shape a table; its other elements (thead, tbody, colgroup...) change nothing here.
_TABLE_TAGS = frozenset({"table", "tr", "td", "th", "caption"})
_TABLE_PARTS = frozenset({"thead", "tbody", "tfoot", "colgroup", "col"})
_MAX_COLSPAN = 50
#: Bounds for hostile input: link references per article, nested open links, a URL's and an alt's length.
_MAX_LINKS = 5000
_MAX_OPEN_ANCHORS = 64
_MAX_URL_CHARS = 4096
_MAX_LABEL_CHARS = 200
#: Link targets kept as references; javascript:, data:, vbscript:, file: and the rest are dropped.
_LINK_SCHEMES = frozenset({"http", "https", "ftp", "mailto"})
_SCHEME_RE = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
_URL_TAB_NEWLINE_RE = re.compile(r"[\t\n\r]")  # browsers remove these anywhere in a URL
_REF_RE = re.compile(r"\[(\d{1,6})\]")
_INT_RE = re.compile(r"\s*([+-]?\d{1,9})")


def looks_like_html(text: str) -> bool:
    """True when ``text`` contains a tag, a comment or a character reference."""
    return _TAG_RE.search(text) is not None


def text_to_blocks(text: str) -> list[Block]:
    """Plain text to paragraphs, split on blank lines (single line breaks are kept)."""
    return [Block("paragraph", part.strip()) for part in _BLANK_LINES_RE.split(text) if part.strip()]


def _attr(attrs: list[tuple[str, str | None]], name: str) -> str | None:
    """The value of attribute ``name`` ("" for an attribute given without a value), None when absent."""
    return next((value or "" for key, value in attrs if key == name), None)


def _int_attr(attrs: list[tuple[str, str | None]], name: str) -> int | None:
    """An integer attribute as HTML reads it (leading digits), bounded; None when absent or not a number."""
    m = _INT_RE.match(_attr(attrs, name) or "")
    return int(m.group(1)) if m else None


def link_target(href: str | None) -> str | None:
    """The URL of a link kept as a reference, or None: only http(s), ftp and mailto links, and relative
    ones (resolved against the article's URL when shown); never javascript:, data: or an in-page anchor."""
    if not href:
        return None
    url = clean_inline(_URL_TAB_NEWLINE_RE.sub("", href)).strip()
    if not url or url.startswith("#") or len(url) > _MAX_URL_CHARS:
        return None
    m = _SCHEME_RE.match(url)
    if m and m.group(1).lower() not in _LINK_SCHEMES:
        return None
    return url.replace(" ", "%20")


def image_text(alt: str | None, src: str | None) -> str:
    """An image as text: ``[image: alt]``, or its file name when it has no alt text."""
    label = clean_inline(alt or "")
    if not label and src and not src.strip().lower().startswith("data:"):
        try:
            path = urlsplit(src.strip()).path
        except ValueError:
            path = ""
        label = clean_inline(unquote(path.rstrip("/").rsplit("/", 1)[-1]))
    if len(label) > _MAX_LABEL_CHARS:
        label = label[: _MAX_LABEL_CHARS - 1].rstrip() + "…"
    return f"[image: {label}]" if label else "[image]"


def table_text(rows: list[list[str]]) -> str:
    """A table's plain text (what search, figures and the displayed text see): cells joined by " | ", one
    row a line. Every cell's text is found in it in order."""
    return clean_text("\n".join(" | ".join(row) for row in rows))


class _Open:
    """One open block element: its tag and kind; an ``<ol>``'s next number; a list item's number."""

    __slots__ = ("kind", "number", "step", "tag", "used")

    def __init__(self, tag: str, kind: BlockKind, number: int | None = None, step: int = 1) -> None:
        self.tag, self.kind, self.number, self.step = tag, kind, number, step
        self.used = False  # a list item's number went to its first block


class _Table:
    """The table being read: its rows of cell texts, the cell open now, and its caption."""

    __slots__ = ("caption", "cell", "depth", "header", "in_caption", "rows", "span")

    def __init__(self) -> None:
        self.rows: list[list[str]] = []
        self.header: list[bool] = []  # per row: every cell of it is a <th>
        self.cell: list[str] | None = None
        self.span = 1  # the open cell's colspan
        self.caption: list[str] = []
        self.in_caption = False
        self.depth = 1  # a table nested in a cell is read as that cell's text


class _Anchor:
    """An open ``<a>``: its reference number (None when its URL is not kept) and where its text began."""

    __slots__ = ("flushes", "number", "start", "target")

    def __init__(self, number: int | None, target: list[str], flushes: int) -> None:
        self.number, self.target, self.start, self.flushes = number, target, len(target), flushes


class _BlockParser(HTMLParser):
    """Streams tags and text into blocks; the open-element stack holds ``_Open`` entries."""

    def __init__(self, *, links: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.title_parts: list[str] = []
        self.lang = ""
        #: Kept link targets; reference N is ``links[N - 1]``.
        self.links: list[str] = []
        self._stack: list[_Open] = []
        self._buffer: list[str] = []
        self._skip_depth = 0
        self._in_title = False
        self._pre_depth = 0
        self._keep_links = links
        self._link_numbers: dict[str, int] = {}
        self._anchors: list[_Anchor] = []
        self._flushes = 0
        self._table: _Table | None = None

    @property
    def _kind(self) -> BlockKind:
        return self._stack[-1].kind if self._stack else "paragraph"

    @property
    def _target(self) -> list[str]:
        """Where text goes now: the open table cell or caption, else the block buffer."""
        table = self._table
        if table is None:
            return self._buffer
        if table.in_caption:
            return table.caption
        if table.cell is None:
            self._open_cell(th=False)
        assert table.cell is not None
        return table.cell

    def _block(self, kind: BlockKind, text: str, **fields: Any) -> None:
        refs = {int(m) for m in _REF_RE.findall(text)} if self.links and "[" in text else set()
        links = [(n, self.links[n - 1]) for n in sorted(refs) if 0 < n <= len(self.links)]
        self.blocks.append(Block(kind, text, links=links, **fields))

    def _item_number(self) -> tuple[BlockKind, int | None]:
        """The kind and number of a block flushed now: the innermost numbered item's number, once; the
        rest of that item (a second paragraph) is a paragraph, not another item with that number."""
        kind = self._kind
        if kind != "item":
            return kind, None
        for entry in reversed(self._stack[-_END_TAG_SEARCH:]):
            if entry.tag == "li":
                if entry.number is None:
                    return kind, None
                if entry.used:
                    return "paragraph", None
                entry.used = True
                return kind, entry.number
        return kind, None

    def _flush(self) -> None:
        if not self._buffer:
            return
        text = "".join(self._buffer)
        self._buffer.clear()
        self._flushes += 1
        if "\n" not in text:  # one line: what the loop below makes of it, without splitting
            text = text.strip()
            if text:
                kind, number = self._item_number()
                self._block(kind, text, number=number)
            return
        # <br><br> separates paragraphs; a single <br> stays a line break inside the block.
        for part in _BLANK_LINES_RE.split(text):
            part = "\n".join(line.strip() for line in part.split("\n")).strip()
            if part:
                kind, number = self._item_number()
                self._block(kind, part, number=number)

    def _pop(self, depth: int) -> None:
        """Close the ``depth`` innermost open blocks."""
        closed = self._stack[-depth:]
        del self._stack[-depth:]
        self._pre_depth -= sum(1 for entry in closed if entry.tag == "pre")

    def _close_through(self, tag: str, *, stop_at: frozenset[str] = frozenset()) -> None:
        """Close open blocks down to and including the nearest ``tag`` (if it is open)."""
        for depth in range(1, min(len(self._stack), _END_TAG_SEARCH) + 1):
            open_tag = self._stack[-depth].tag
            if open_tag in stop_at:
                return
            if open_tag == tag:
                self._pop(depth)
                return

    def _list_number(self, attrs: list[tuple[str, str | None]]) -> int | None:
        """A new ``<li>``'s number: the nearest list's next one if it is an ``<ol>`` (or the item's ``value``)."""
        for entry in reversed(self._stack[-_END_TAG_SEARCH:]):
            if entry.tag in _LISTS:
                if entry.tag != "ol" or entry.number is None:
                    return None
                value = _int_attr(attrs, "value")
                number = entry.number if value is None else value
                entry.number = number + entry.step
                return number
        return None

    # -- tables ----------------------------------------------------------------------------------

    def _open_cell(self, *, th: bool, span: int = 1) -> None:
        table = self._table
        assert table is not None
        self._close_cell()
        if not table.rows:
            table.rows.append([])
            table.header.append(True)
        table.cell = []
        table.span = span
        table.header[-1] = table.header[-1] and th

    def _close_cell(self) -> None:
        table = self._table
        assert table is not None
        if table.cell is None:
            return
        table.rows[-1].append(clean_inline(_HTML_WHITESPACE_RE.sub(" ", "".join(table.cell))))
        table.rows[-1].extend([""] * (table.span - 1))  # a wide cell keeps the columns after it in place
        table.cell = None
        table.span = 1

    def _new_row(self) -> None:
        table = self._table
        assert table is not None
        self._close_cell()
        if table.rows and not table.rows[-1]:
            return  # an empty row is reused
        table.rows.append([])
        table.header.append(True)

    def _space(self) -> None:
        """A word break in the open cell or caption (outside them, between cells, nothing)."""
        table = self._table
        assert table is not None
        if table.cell is not None or table.in_caption:
            self._target.append(" ")

    def _start_in_table(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        table = self._table
        assert table is not None
        if tag == "table":
            table.depth += 1
        if tag in _TABLE_PARTS and table.depth == 1:
            self._close_cell()
        elif table.depth > 1 or tag not in _TABLE_TAGS:
            if tag in _BLOCKS or tag in _CELLS or tag == "br":
                self._space()  # inside a cell, blocks only separate words
        elif tag == "tr":
            self._new_row()
        elif tag in _CELLS:
            span = max(1, min(_int_attr(attrs, "colspan") or 1, _MAX_COLSPAN))
            self._open_cell(th=tag == "th", span=span)
        elif tag == "caption":
            self._close_cell()
            table.in_caption = True

    def _end_in_table(self, tag: str) -> None:
        table = self._table
        assert table is not None
        if tag == "table":
            table.depth -= 1
            if table.depth == 0:
                self._finish_table()
            else:
                self._space()
        elif table.depth > 1 or tag not in _TABLE_TAGS:
            if tag in _BLOCKS or tag in _CELLS:
                self._space()
        elif tag in _CELLS:
            self._close_cell()
        elif tag == "tr":
            self._new_row()
        elif tag == "caption":
            table.in_caption = False

    def _finish_table(self) -> None:
        table = self._table
        assert table is not None
        self._close_anchors()
        self._close_cell()
        self._table = None
        self._flushes += 1
        caption = clean_inline(_HTML_WHITESPACE_RE.sub(" ", "".join(table.caption)))
        if caption:
            self._block("paragraph", caption)
        kept = [(row, th) for row, th in zip(table.rows, table.header, strict=True) if any(row)]
        if not kept:
            return
        rows = [row for row, _ in kept]
        width = max(len(row) for row in rows)
        if width == 1:
            # A one-column table is layout, not data: its cells are paragraphs.
            for [cell] in rows:
                self._block("paragraph", cell)
            return
        for row in rows:
            row.extend([""] * (width - len(row)))
        header = kept[0][1] and len(rows) > 1
        self._block("table", table_text(rows), rows=rows, header=header)

    # -- links and images ------------------------------------------------------------------------

    def _open_anchor(self, attrs: list[tuple[str, str | None]]) -> None:
        if len(self._anchors) >= _MAX_OPEN_ANCHORS:
            return
        number = None
        url = link_target(_attr(attrs, "href")) if self._keep_links else None
        if url is not None:
            number = self._link_numbers.get(url)
            if number is None and len(self.links) < _MAX_LINKS:
                self.links.append(url)
                number = self._link_numbers[url] = len(self.links)
        self._anchors.append(_Anchor(number, self._target, self._flushes))

    def _close_anchor(self) -> None:
        if not self._anchors:
            return
        anchor = self._anchors.pop()
        if anchor.number is None:
            return
        target = self._target
        if target is anchor.target and self._flushes == anchor.flushes:
            if not any(piece.strip() for piece in target[anchor.start :]):
                return  # no text to hang the reference on
        elif not any(piece.strip() for piece in target):
            return
        # The reference goes right after the anchor's last word, before any space or line break.
        trailing: list[str] = []
        while target and not target[-1].strip():
            trailing.append(target.pop())
        last = target.pop()
        word = last.rstrip()
        target += [word, f"[{anchor.number}]", last[len(word) :], *reversed(trailing)]

    def _close_anchors(self) -> None:
        while self._anchors:
            self._close_anchor()

    def _image(self, attrs: list[tuple[str, str | None]]) -> None:
        if _attr(attrs, "width") in ("0", "1") and _attr(attrs, "height") in ("0", "1"):
            return  # a tracking pixel
        target = self._target
        space = "" if not target or target[-1][-1:].isspace() else " "
        target.append(space + image_text(_attr(attrs, "alt"), _attr(attrs, "src")) + " ")

    # -- the tokenizer's callbacks ---------------------------------------------------------------

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
        if tag == "a":
            self._open_anchor(attrs)
        elif tag == "img":
            self._image(attrs)
        elif self._table is not None:
            self._start_in_table(tag, attrs)
        elif tag == "table":
            self._flush()
            self._table = _Table()
        elif tag == "br":
            self._buffer.append("\n")
        elif tag == "hr":
            self._flush()
        elif tag in _CELLS:
            self._buffer.append(" ")
        elif tag in _BLOCKS:
            self._flush()
            # Implied end tags: a <p> cannot contain a block, and a new <li> closes the previous.
            if self._stack and self._stack[-1].tag == "p":
                self._pop(1)
            number: int | None = None
            step = 1
            if tag == "li":
                self._close_through("li", stop_at=_LISTS)
                number = self._list_number(attrs)
            elif tag == "ol":
                reversed_ = _attr(attrs, "reversed") is not None  # counts down from its start
                start = _int_attr(attrs, "start")
                step = -1 if reversed_ and start is not None else 1
                number = 1 if start is None else start
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
            self._stack.append(_Open(tag, kind, number, step))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <hr/>, <img/>: never opens anything, whatever the tag.
        if tag in _VOID or tag in _BLOCKS or tag in _SKIPPED:
            if self._skip_depth:
                return
            if tag == "img":
                self._image(attrs)
            elif self._table is not None:
                if tag in ("br", *_BLOCKS):
                    self._space()
            elif tag == "br":
                self._buffer.append("\n")
            elif tag in ("hr", *_BLOCKS):
                self._flush()
            return
        if tag == "a":
            return  # <a/> holds no text
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
        if tag == "a":
            self._close_anchor()
        elif self._table is not None:
            self._end_in_table(tag)
        elif tag in _BLOCKS:
            self._flush()
            self._close_through(tag)
        elif tag in _CELLS:
            self._buffer.append(" ")

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        if self._in_title:
            self.title_parts.append(data)
        elif self._table is not None:
            table = self._table
            if table.cell is None and not table.in_caption and not data.strip():
                return  # the space between cells
            self._append_words(self._target, data)
        elif self._pre_depth:
            self._buffer.append(data)
        else:
            self._append_words(self._buffer, data)

    @staticmethod
    def _append_words(target: list[str], data: str) -> None:
        """Text outside ``<pre>``: runs of HTML whitespace are one space, also across pieces."""
        if "  " in data or _OTHER_WHITESPACE_RE.search(data):  # else every run is one space already
            data = _HTML_WHITESPACE_RE.sub(" ", data)
        if data.startswith(" ") and target and target[-1].endswith((" ", "\n")):
            data = data[1:]
        if data:
            target.append(data)

    def finish(self) -> None:
        self.close()
        if self._table is not None:
            self._table.depth = 1
            self._finish_table()
        self._close_anchors()
        self._flush()


def _parse(html: str, *, links: bool = True) -> _BlockParser:
    parser = _BlockParser(links=links)
    parser.feed(html)
    parser.finish()
    return parser


def html_to_blocks(html: str) -> list[Block]:
    """Turn an HTML fragment or document into clean blocks.

    Headings become "heading" blocks, ``<li>`` "item" (numbered in an ``<ol>``, from its ``start``),
    ``<blockquote>`` "quote", ``<table>`` "table" (its rows of cells; a one-column table is layout, its
    cells paragraphs), and the text of ``<p>``, ``<div>`` and the like "paragraph"; ``<br><br>`` splits a
    paragraph. A link's text is followed by its reference number, "the report[1]", and the block keeps
    (number, URL) (javascript:, data: and other schemes are not kept); an image becomes
    "[image: alt text]". Scripts, styles and other non-text elements are dropped; character references
    are decoded. Text without any tag is split into paragraphs on blank lines.
    """
    if not html or not html.strip():
        return []
    if not looks_like_html(html):
        return text_to_blocks(html)
    return _parse(html).blocks


def html_to_text(html: str) -> str:
    """The text of an HTML fragment on one line (for titles and summaries given as HTML): no link
    references, as there is no list of links to point to."""
    if not html or not html.strip():
        return ""
    if not looks_like_html(html):
        return " ".join(block.text for block in text_to_blocks(html))
    return " ".join(block.text for block in _parse(html, links=False).blocks)


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
