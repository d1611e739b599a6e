"""The detail pane: one article, or both versions of a story side by side with their paragraphs aligned.

The body is one scroll container of rows; each row holds an English cell and a French cell, so aligned
paragraphs start on the same line and both columns scroll together. Layouts (side by side, English only,
French only) and the stacked narrow form are CSS classes on this widget, not different widget trees.
Figures and search terms are styled by offsets on ``rich.text.Text``; feed text is never markup.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.console import Group, RenderableType
from rich.style import Style
from rich.text import Text
from textual import events
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static

from reader.align import align_paragraphs, paragraph_at, paragraph_starts
from reader.figures import extract_figures
from reader.model import BLOCK_SEPARATOR, article_links
from reader.render import cell_spans, cells_table
from reader.store import ArticleRecord, Comparison
from reader.tui.text import find_terms, keep_together, one_line, safe, superscript

if TYPE_CHECKING:
    # The figures panel (a DataTable) is imported and mounted when first needed, after the first paint.
    from reader.tui.story import StoryView
    from reader.tui.widgets.figures_panel import FigureEntry, FiguresPanel

LAYOUTS = ("side-by-side", "en", "fr")
LAYOUT_NAMES = {"side-by-side": "side by side", "en": "English", "fr": "French"}
#: Distinct colours for matched figure pairs; the superscript number tells pairs of one colour apart.
MATCH_COLOURS = 3
_LANG_NAMES = {"en": "English", "fr": "Français"}
_REF_RE = re.compile(r"\[(\d{1,6})\]")
#: Digits typed for a link number, at most (then ``o`` opens that link).
_MAX_LINK_DIGITS = 5


@dataclass(frozen=True, slots=True)
class FigureMark:
    """How one figure is drawn: a component class and, for a matched pair, its number."""

    style: str
    badge: int | None = None


@dataclass(slots=True)
class Part:
    """A piece of a cell: the title, the meta line, the TL;DR, or one body block."""

    text: str
    kind: str  # title | meta | tldr | heading | paragraph | item | quote | table | links
    start: int | None = None  # offset of a body block in the article's text (figure offsets index it)
    gap: str = BLOCK_SEPARATOR  # what separates it from the part before it in the cell
    #: Figures found in this part's own text (the TL;DR, which the stored offsets do not cover).
    own_figures: tuple[tuple[int, int], ...] = ()
    #: Figures of the comparison in this part's own text (the title's), by offsets into it.
    marks: tuple[tuple[int, int, FigureMark], ...] = ()
    #: A table's rows of cells (as shown, made safe), each found in ``text`` in order; and whether the
    #: first row is its header.
    rows: tuple[tuple[str, ...], ...] = ()
    header: bool = False
    #: Link references ("[3]") in the text, by offsets into it.
    refs: tuple[tuple[int, int], ...] = ()


class ArticleCell(Widget):
    """One side of one row: parts of a single article, with figures and search hits styled by offsets."""

    DEFAULT_CSS = """
    ArticleCell { height: auto; width: 1fr; }
    """

    COMPONENT_CLASSES = {
        "article-cell--title",
        "article-cell--meta",
        "article-cell--tldr",
        "article-cell--heading",
        "article-cell--quote",
        "article-cell--table",
        "article-cell--ref",
        "article-cell--links",
        "article-cell--link-url",
        "article-cell--figure",
        "article-cell--match-1",
        "article-cell--match-2",
        "article-cell--match-3",
        "article-cell--one-sided",
        "article-cell--conflict",
        "article-cell--badge",
        "article-cell--hit",
        "article-cell--hit-current",
        "article-cell--selected",
    }

    def __init__(
        self,
        parts: list[Part],
        *,
        side: str,
        marks: dict[tuple[int, int], FigureMark] | None = None,
        pattern: re.Pattern[str] | None = None,
        classes: str = "",
    ) -> None:
        blank = "" if parts else " -blank"
        super().__init__(classes=f"cell -{side}{blank} {classes}".strip())
        self.parts = parts
        self.side = side
        self._offsets: list[int] = []
        pieces: list[str] = []
        pos = 0
        for i, p in enumerate(parts):
            if i:
                pieces.append(p.gap)
                pos += len(p.gap)
            self._offsets.append(pos)
            pieces.append(p.text)
            pos += len(p.text)
        self.plain = "".join(pieces)
        self.figures: list[tuple[int, int, FigureMark]] = []
        for (start, end), mark in (marks or {}).items():
            local = self.local(start)
            if local is not None:
                self.figures.append((local, local + end - start, mark))
        for part, offset in zip(parts, self._offsets, strict=True):
            for start, end in part.own_figures:
                self.figures.append((offset + start, offset + end, FigureMark("article-cell--figure")))
            for start, end, mark in part.marks:
                self.figures.append((offset + start, offset + end, mark))
        self.figures.sort(key=lambda f: f[0])
        self.hits: list[tuple[int, int]] = []
        self.current_hit: tuple[int, int] | None = None
        self.selected: tuple[int, int] | None = None
        self.set_pattern(pattern, refresh=False)

    def local(self, start: int) -> int | None:
        """Where offset ``start`` of the article's text falls in this cell, if this cell holds it."""
        for part, offset in zip(self.parts, self._offsets, strict=True):
            if part.start is not None and part.start <= start < part.start + max(len(part.text), 1):
                return offset + start - part.start
        return None

    def place(self, field: str, where: tuple[int, int, str]) -> int | None:
        """Where a figure of ``field`` ("body", "title" or "tldr") at ``where`` (start, end, text) falls
        in this cell, if this cell shows it."""
        if field == "body":
            return self.local(where[0])
        for part, offset in zip(self.parts, self._offsets, strict=True):
            if part.kind == field == "title" and part.text[where[0] : where[1]] == where[2]:
                return offset + where[0]
        return None

    def set_pattern(self, pattern: re.Pattern[str] | None, *, refresh: bool = True) -> None:
        """Find the search terms again (title, TL;DR and body; not the meta line)."""
        self.hits = []
        self.current_hit = None
        for part, offset in zip(self.parts, self._offsets, strict=True):
            if part.kind != "meta":
                self.hits += [(offset + s, offset + e) for s, e in find_terms(part.text, pattern)]
        if refresh:
            self.refresh(layout=True)

    #: Drawn over other text: only their own colours, so a search hit on a figure keeps the figure's background.
    _OVERLAYS = frozenset({"article-cell--hit", "article-cell--hit-current", "article-cell--selected"})

    def _style(self, name: str) -> Style:
        # Full styles resolve relative theme colours ($text-muted is "auto 60%") against the background.
        return self.get_component_rich_style(name, partial=name in self._OVERLAYS)

    def render(self) -> RenderableType:
        text = Text(end="")
        for i, part in enumerate(self.parts):
            if i:
                text.append(part.gap)
            kind_class = f"article-cell--{part.kind}"
            style = self._style(kind_class) if kind_class in self.COMPONENT_CLASSES else Style()
            # No-break spaces stay no-break when the text is wrapped (same length: offsets still hold).
            text.append(keep_together(part.text), style)
        for part, offset in zip(self.parts, self._offsets, strict=True):
            for start, end in part.refs:
                text.stylize(self._style("article-cell--ref"), offset + start, offset + end)
            if part.kind == "links":
                for line in _link_lines(part.text):
                    text.stylize(self._style("article-cell--link-url"), offset + line[0], offset + line[1])
        for start, end, mark in self.figures:
            text.stylize(self._style(mark.style), start, end)
        for start, end in self.hits:
            text.stylize(self._style("article-cell--hit"), start, end)
        if self.selected:
            text.stylize(self._style("article-cell--selected"), *self.selected)
        if self.current_hit:
            text.stylize(self._style("article-cell--hit-current"), *self.current_hit)
        tables = [
            (offset, part, spans)
            for part, offset in zip(self.parts, self._offsets, strict=True)
            if part.kind == "table"
            and part.rows
            and (spans := cell_spans(part.text, [list(r) for r in part.rows]))
        ]
        if not tables:
            return self._badged(text, 0, len(text))
        # A table part is drawn as a table, its cells cut from the styled text (figures and hits kept).
        pieces: list[RenderableType] = []
        pos = 0
        for offset, part, spans in tables:
            before = self._badged(text, pos, offset)
            before.rstrip()
            if before.plain:
                pieces += [before, Text("")]
            cells = [
                [self._badged(text, offset + start, offset + end) for start, end in row] for row in spans
            ]
            border = self.get_component_rich_style("article-cell--table")
            pieces.append(cells_table(cells, header=part.header, border_style=border))
            pos = offset + len(part.text)
        after = self._badged(text, pos, len(text))
        if after.plain.strip():
            after = after[len(after.plain) - len(after.plain.lstrip("\n")) :]
            pieces += [Text(""), after]
        return Group(*pieces)

    def _badged(self, text: Text, start: int, end: int) -> Text:
        """``text[start:end]`` with the badges of the matched figures ending in it put in after their figure.
        Badges go in after styling so figure offsets index the article's own text."""
        badges = [
            (e, mark.badge) for _, e, mark in self.figures if mark.badge is not None and start < e <= end
        ]
        if not badges:
            return text[start:end]
        out = Text(end="")
        pos = start
        badge_style = self._style("article-cell--badge")
        for e, badge in badges:
            out.append_text(text[pos:e])
            out.append(superscript(badge or 0), badge_style)
            pos = e
        out.append_text(text[pos:end])
        return out

    def line_of(self, offset: int) -> int:
        """The line (within this cell, as wrapped at its width) that shows character ``offset``."""
        width = max(self.content_region.width, 1)
        console = self.app.console
        line = 0
        pos = 0
        for para in self.plain.split("\n"):
            wrapped = Text(keep_together(para)).wrap(console, width) if para else [Text()]
            if offset <= pos + len(para):
                acc = pos
                for k, piece in enumerate(wrapped):
                    acc += len(piece.plain)
                    if offset < acc:
                        return line + k
                return line + len(wrapped) - 1
            line += len(wrapped)
            pos += len(para) + 1
        return line


def _title_marks(
    title: str, figures: list[tuple[Mapping[str, Any], FigureMark]]
) -> tuple[tuple[int, int, FigureMark], ...]:
    """Marks for the title's figures whose offsets still index the title as shown."""
    return tuple(
        (f["start"], f["end"], mark)
        for f, mark in figures
        if f.get("field") == "title" and title[f["start"] : f["end"]] == f["text"]
    )


def _header_parts(
    record: Mapping[str, Any],
    *,
    show_lang: bool,
    figures: Sequence[tuple[Mapping[str, Any], FigureMark]] = (),
) -> list[Part]:
    """Title, meta line and TL;DR. ``figures``: the compared figures with their marks (the title's are
    drawn; the TL;DR's own figures are found again in its displayed text)."""
    title = one_line(record.get("title")) or "(untitled)"
    parts = [Part(title, "title", marks=_title_marks(title, list(figures)))]
    date = (record.get("date") or "")[:16].replace("T", " ")
    lang = record.get("lang") or ""
    bits = [_LANG_NAMES.get(lang, lang.upper()) if show_lang else "", one_line(record.get("source"))]
    bits += [one_line(record.get("feed")) if not record.get("source") else "", date]
    parts.append(Part(" · ".join(b for b in bits if b), "meta", gap="\n"))
    tldr = [one_line(t) for t in record.get("tldr") or [] if t]
    if tldr:
        text = "TL;DR\n" + "\n".join("• " + t for t in tldr)
        found = tuple((f.start, f.end) for f in extract_figures(text, record.get("lang") or ""))
        parts.append(Part(text, "tldr", own_figures=found))
    if not record.get("blocks") and record.get("summary"):
        parts.append(Part(safe(record["summary"]), "paragraph"))
    return parts


def _body_parts(record: Mapping[str, Any]) -> list[Part]:
    starts = paragraph_starts(record["paragraphs"])
    return [
        _body_part(block, text, start)
        for block, text, start in zip(record["blocks"], record["paragraphs"], starts, strict=True)
    ]


def _body_part(block: Mapping[str, Any], text: str, start: int) -> Part:
    shown = safe(text)
    numbers = {int(n) for n, _ in block.get("links") or ()}
    refs = tuple(m.span() for m in _REF_RE.finditer(shown) if int(m.group(1)) in numbers) if numbers else ()
    rows: tuple[tuple[str, ...], ...] = ()
    if block["kind"] == "table" and block.get("rows"):
        rows = tuple(tuple(safe(cell) for cell in row) for row in block["rows"])
    return Part(shown, block["kind"], start, rows=rows, header=bool(block.get("header")), refs=refs)


def _links_parts(record: Mapping[str, Any]) -> list[Part]:
    """The article's links under it, "[1] https://…" a line, as its text numbers them."""
    links = article_links(record)
    if not links:
        return []
    lines = "\n".join(f"[{n}] {one_line(url)}" for n, url in links)
    return [Part("Links", "heading"), Part(lines, "links", gap="\n")]


def _link_lines(text: str) -> list[tuple[int, int]]:
    """Offsets of the URLs in a links part's text (each line "[n] URL")."""
    out, pos = [], 0
    for line in text.split("\n"):
        space = line.find(" ")
        if space >= 0:
            out.append((pos + space + 1, pos + len(line)))
        pos += len(line) + 1
    return out


def _in_body(f: Mapping[str, Any]) -> bool:
    """Whether a figure's offsets index the body (figures stored before they carried a field do)."""
    return (f.get("field") or "body") == "body"


class DetailScroll(VerticalScroll):
    """The detail body: j/k scroll it, as they move the list."""

    BINDINGS = [
        Binding("j", "scroll_down", "Scroll down", id="detail_down", show=False),
        Binding("k", "scroll_up", "Scroll up", id="detail_up", show=False),
    ]


class ArticleDetail(Vertical):
    """The open article (or pair), its figures panel, and the search hits inside it.

    Its links are numbered as its text shows them ("the report[2]"): typing a number then ``o`` opens
    that link (``o`` alone still opens the article, a binding of the screen)."""

    BINDINGS = [
        Binding("o", "open_link", "Open link N (type its number first)", id="open_link", show=False),
        Binding("escape", "cancel_link", "Forget the link number typed", id="cancel_link", show=False),
    ]

    reading_layout: reactive[str] = reactive("side-by-side", init=False)

    def __init__(
        self, *, layout: str = "side-by-side", id: str | None = None, classes: str | None = None
    ) -> None:
        # The classes are set before mounting: adding them in on_mount would restyle the pane again.
        super().__init__(id=id, classes=f"-empty -layout-{layout} {classes or ''}".strip())
        self.set_reactive(ArticleDetail.reading_layout, layout)
        self.article: ArticleRecord | None = None
        self.partner: ArticleRecord | None = None
        self.comparison: Comparison | None = None
        #: The story open, when the two columns are two versions of a story of several reports.
        self.story: StoryView | None = None
        self.entries: list[FigureEntry] = []
        self.pattern: re.Pattern[str] | None = None
        self._hit_index = -1
        self.link_digits = ""
        self._figures_panel: FiguresPanel | None = None

    def compose(self) -> ComposeResult:
        yield Static("Choose an article and press Enter to read it.", id="detail-empty")
        yield DetailScroll(id="detail-body")
        yield Static("", id="link-prompt")
        yield Static("", id="hit-status")

    @property
    def body(self) -> VerticalScroll:
        return self.query_one("#detail-body", VerticalScroll)

    @property
    def figures_panel(self) -> FiguresPanel:
        """The figures panel, mounted the first time an article is shown or f is pressed."""
        if self._figures_panel is None:
            from reader.tui.widgets.figures_panel import FiguresPanel

            self._figures_panel = FiguresPanel(id="figures-panel")
            self._figures_panel.entries = self.entries  # filled when mounted
            self.mount(self._figures_panel)
        return self._figures_panel

    @property
    def cells(self) -> list[ArticleCell]:
        return list(self.body.query(ArticleCell))

    def watch_reading_layout(self, old: str, new: str) -> None:
        self.remove_class(f"-layout-{old}")
        self.add_class(f"-layout-{new}")

    def _visible(self, cell: ArticleCell) -> bool:
        return (
            cell.side == "single" or self.reading_layout == "side-by-side" or cell.side == self.reading_layout
        )

    # -- showing -------------------------------------------------------------------------------------

    async def show(
        self,
        article: ArticleRecord,
        partner: ArticleRecord | None = None,
        comparison: Comparison | None = None,
        pattern: re.Pattern[str] | None = None,
        story: StoryView | None = None,
    ) -> None:
        """Show ``article``, beside ``partner`` (its other-language version) when there is one. With
        ``story``, ``article`` and ``partner`` are the two versions of it shown, left and right whatever
        their languages, and the figures panel compares every version of the story."""
        self.article, self.partner, self.comparison, self.pattern = article, partner, comparison, pattern
        self.story = story if partner is not None else None
        self._hit_index = -1
        self._set_link_digits("")
        from reader.tui.widgets.figures_panel import figure_entries, story_entries

        quantities = []
        if partner is not None:
            en, fr = (article, partner) if article.get("lang") == "en" or story else (partner, article)
            comparison = comparison or {
                "matched": [],
                "only_en": [],
                "only_fr": [],
                "conflicts": [],
                "near": [],
                "rounded": [],
            }
            rows = self._pair_rows(en, fr, comparison)
            if self.story is not None:
                if self.story.labelled:
                    rows.insert(0, self._version_row(self.story))
                quantities = story_entries(self.story)
                self.entries = [q.shown for q in quantities]
            else:
                self.entries = figure_entries(comparison)
        else:
            rows = self._single_rows(article)
            self.entries = figure_entries(None, article)
        self.set_class(partner is not None, "-paired")
        self.set_class(partner is None, "-single")
        self.remove_class("-empty")
        body = self.body
        with self.app.batch_update():
            await body.remove_children()
            await body.mount_all(rows)
        body.scroll_home(animate=False, immediate=True)
        panel = self.figures_panel
        if self.story is not None:
            if panel.is_mounted:
                panel.show_story(self.story, quantities)
            else:
                panel.entries, panel.quantities, panel.story = self.entries, quantities, self.story
        elif panel.is_mounted:
            panel.show(self.entries)
        else:
            panel.entries, panel.quantities, panel.story = self.entries, [], None
        self._show_hit_status()

    def _version_row(self, story: StoryView) -> Widget:
        """The line over a story's two columns naming the version each shows (``EN 2/3 · Wire One``)."""
        cells = []
        for side, article_id in (("en", story.left), ("fr", story.right)):
            version = story.version(article_id)
            label = Text(version.label)
            if version.source:
                label.append(f" · {one_line(version.source)}")
            cells.append(Static(label, classes=f"cell -{side} version"))
        return Horizontal(*cells, classes="row -versions")

    def _single_rows(self, record: Mapping[str, Any]) -> list[Widget]:
        figures = [(f, FigureMark("article-cell--figure")) for f in record.get("figures", [])]
        marks = {(f["start"], f["end"]): mark for f, mark in figures if _in_body(f)}
        header = _header_parts(record, show_lang=True, figures=figures)
        rows: list[Widget] = [
            Horizontal(ArticleCell(header, side="single", pattern=self.pattern), classes="row -header")
        ]
        for part in _body_parts(record):
            cell = ArticleCell([part], side="single", marks=marks, pattern=self.pattern)
            rows.append(Horizontal(cell, classes="row"))
        links = _links_parts(record)
        if links:
            rows.append(
                Horizontal(ArticleCell(links, side="single", pattern=self.pattern), classes="row -links")
            )
        return rows

    def _pair_rows(
        self, en: Mapping[str, Any], fr: Mapping[str, Any], comparison: Mapping[str, Any]
    ) -> list[Widget]:
        figures_en: list[tuple[Mapping[str, Any], FigureMark]] = []
        figures_fr: list[tuple[Mapping[str, Any], FigureMark]] = []
        en_starts = paragraph_starts(en["paragraphs"])
        fr_starts = paragraph_starts(fr["paragraphs"])
        anchors = []
        for n, (a, b) in enumerate(comparison["matched"], start=1):
            mark = FigureMark(f"article-cell--match-{(n - 1) % MATCH_COLOURS + 1}", n)
            figures_en.append((a, mark))
            figures_fr.append((b, mark))
            if _in_body(a) and _in_body(b):
                anchors.append((paragraph_at(en_starts, a["start"]), paragraph_at(fr_starts, b["start"])))
        figures_en += [(f, FigureMark("article-cell--one-sided")) for f in comparison["only_en"]]
        figures_fr += [(f, FigureMark("article-cell--one-sided")) for f in comparison["only_fr"]]
        for a, b in comparison.get("near", []):  # reported in both, an estimate apart: plainly a figure
            figures_en.append((a, FigureMark("article-cell--figure")))
            figures_fr.append((b, FigureMark("article-cell--figure")))
        # Last, so a conflict's style wins over any other mark at the same place.
        for a, b in comparison.get("conflicts", []):
            figures_en.append((a, FigureMark("article-cell--conflict")))
            figures_fr.append((b, FigureMark("article-cell--conflict")))
        marks_en = {(f["start"], f["end"]): mark for f, mark in figures_en if _in_body(f)}
        marks_fr = {(f["start"], f["end"]): mark for f, mark in figures_fr if _in_body(f)}
        rows: list[Widget] = [
            Horizontal(
                ArticleCell(
                    _header_parts(en, show_lang=True, figures=figures_en), side="en", pattern=self.pattern
                ),
                ArticleCell(
                    _header_parts(fr, show_lang=True, figures=figures_fr), side="fr", pattern=self.pattern
                ),
                classes="row -header",
            )
        ]
        en_parts, fr_parts = _body_parts(en), _body_parts(fr)
        for aligned in align_paragraphs(en["paragraphs"], fr["paragraphs"], anchors):
            rows.append(
                Horizontal(
                    ArticleCell(
                        [en_parts[i] for i in aligned.en], side="en", marks=marks_en, pattern=self.pattern
                    ),
                    ArticleCell(
                        [fr_parts[j] for j in aligned.fr], side="fr", marks=marks_fr, pattern=self.pattern
                    ),
                    classes="row",
                )
            )
        links_en, links_fr = _links_parts(en), _links_parts(fr)
        if links_en or links_fr:
            rows.append(
                Horizontal(
                    ArticleCell(links_en, side="en", pattern=self.pattern),
                    ArticleCell(links_fr, side="fr", pattern=self.pattern),
                    classes="row -links",
                )
            )
        return rows

    # -- links ---------------------------------------------------------------------------------------

    @property
    def link_record(self) -> Mapping[str, Any] | None:
        """The article whose links a number opens: the one shown alone, else the open one (of a pair read
        side by side), or the version the layout shows."""
        if self.partner is None or self.article is None or self.reading_layout == "side-by-side":
            return self.article
        for record in (self.article, self.partner):
            if record.get("lang") == self.reading_layout:
                return record
        return self.article

    def links(self) -> list[tuple[int, str]]:
        record = self.link_record
        return article_links(record) if record is not None else []

    def _set_link_digits(self, digits: str) -> None:
        self.link_digits = digits
        self.set_class(bool(digits), "-link-prompt")
        if self.is_mounted:
            prompt = Text.assemble(("Link ", "bold"), (digits, "bold"), " · o opens it, Escape forgets it")
            self.query_one("#link-prompt", Static).update(prompt if digits else "")

    def on_key(self, event: events.Key) -> None:
        character = event.character or ""
        if character.isdigit() and len(character) == 1 and self.article is not None:
            if self.link_digits or character != "0":
                self._set_link_digits((self.link_digits + character)[-_MAX_LINK_DIGITS:])
            event.stop()
        elif event.key == "backspace" and self.link_digits:
            self._set_link_digits(self.link_digits[:-1])
            event.stop()

    def action_cancel_link(self) -> None:
        if not self.link_digits:
            raise SkipAction()
        self._set_link_digits("")

    def action_open_link(self) -> None:
        """Open link N (the number typed before); with no number typed, ``o`` opens the article instead."""
        if not self.link_digits:
            raise SkipAction()
        number = int(self.link_digits)
        self._set_link_digits("")
        links = dict(self.links())
        url = links.get(number)
        if url is None:
            count = len(links)
            has = f"links 1-{max(links)}" if count else "no links"
            self.notify(f"No link {number}: this article has {has}", severity="warning")
            return
        if not url.startswith(("http://", "https://", "ftp://", "mailto:")):
            self.notify(f"Link {number} is relative and the article has no web address", severity="warning")
            return
        self.app.open_url(url)
        self.notify(f"Opening [{number}] {one_line(url)}", timeout=3)

    # -- search hits ---------------------------------------------------------------------------------

    def set_pattern(self, pattern: re.Pattern[str] | None) -> None:
        self.pattern = pattern
        self._hit_index = -1
        for cell in self.cells:
            cell.set_pattern(pattern)
        self._show_hit_status()

    def _show_hit_status(self) -> None:
        """The line under the article while searching: how many hits, and which one n/N is on."""
        if not self.is_mounted:
            return
        count = len(self.hits()) if self.pattern is not None else 0
        line = Text()
        if self.pattern is not None and self.article is not None:
            if self._hit_index >= 0 and count:
                line.append(f"hit {self._hit_index + 1}/{count}", style="bold")
            else:
                line.append(f"{count} hit{'s' if count != 1 else ''}", style="bold")
            if count:
                line.append(" · n next, N previous", style="dim")
        self.query_one("#hit-status", Static).update(line)
        self.set_class(bool(line.plain), "-hit-status")

    def hits(self) -> list[tuple[ArticleCell, tuple[int, int]]]:
        """Search hits in reading order (row by row, English before French), in the visible columns."""
        return [(cell, hit) for cell in self.cells if self._visible(cell) for hit in cell.hits]

    def jump_to_hit(self, step: int) -> bool:
        """Move to the next (``step=1``) or previous (``-1``) search hit. False when there is none."""
        hits = self.hits()
        if not hits:
            return False
        if self._hit_index < 0 and step < 0:
            self._hit_index = 0
        self._hit_index = (self._hit_index + step) % len(hits)
        for cell in self.cells:
            if cell.current_hit is not None:
                cell.current_hit = None
                cell.refresh()
        cell, hit = hits[self._hit_index]
        cell.current_hit = hit
        cell.refresh()
        self.scroll_to_cell(cell, hit[0])
        self._show_hit_status()
        return True

    # -- figures -------------------------------------------------------------------------------------

    def toggle_figures(self) -> bool:
        """Show or hide the figures panel. True when it is now shown."""
        self.toggle_class("-figures")
        shown = self.has_class("-figures")
        if shown:
            self.figures_panel.focus()
        return shown

    def on_figures_panel_chosen(self, event: FiguresPanel.Chosen) -> None:
        event.stop()
        self.select_figure(event.entry)

    def select_figure(self, entry: FigureEntry) -> None:
        """Mark a figure on both sides and scroll the columns to it."""
        target: tuple[ArticleCell, int] | None = None
        for cell in self.cells:
            old = cell.selected
            cell.selected = None
            where, field = (
                (entry.en, entry.en_field) if cell.side in ("en", "single") else (entry.fr, entry.fr_field)
            )
            if cell.side == "single" and where is None:
                where, field = entry.fr, entry.fr_field
            if where is not None:
                local = cell.place(field, where)
                if local is not None:
                    cell.selected = (local, local + where[1] - where[0])
                    if self._visible(cell) and target is None:
                        target = (cell, local)
            if cell.selected != old:
                cell.refresh()
        if target is not None:
            self.scroll_to_cell(*target)

    # -- scrolling -----------------------------------------------------------------------------------

    def scroll_to_cell(self, cell: ArticleCell, offset: int) -> None:
        """Scroll the body so the line of ``cell`` showing ``offset`` is in the upper third."""

        def scroll() -> None:
            body = self.body
            row = cell.parent
            if not isinstance(row, Widget):
                return
            y = row.virtual_region.y + cell.virtual_region.y + cell.gutter.top + cell.line_of(offset)
            body.scroll_to(
                y=max(0, y - body.scrollable_content_region.height // 3), animate=False, force=True
            )

        self.call_after_refresh(scroll)
