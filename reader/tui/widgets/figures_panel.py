"""The figures panel: the key figures of the open story. For a pair, conflicts come first (the two versions
give the same quantity different values, marked "≠"; a rounding's, where one version only rounds or estimates
the other's value, last and said "rounded"), then matched figures, then those found on one side only (marked
"!"). For a story of more reports, one row per quantity and one column per version: a value that disagrees
with the others is marked "≠", a quantity only some versions report "!" (its gaps "—")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import DataTable

from reader.markdown import odd_values
from reader.render import conflict_rows, figure_label, figure_value, quantity_label
from reader.tui.text import one_line

if TYPE_CHECKING:
    from reader.tui.story import StoryView


@dataclass(frozen=True, slots=True)
class FigureEntry:
    """One line of the panel. ``badge`` numbers a matched pair (the same number is shown in the text)."""

    #: "conflict" (the versions disagree, a rounding too), "match",
    #: "only" (one version of a pair lacks it) or "single" (an unpaired article)
    kind: str
    badge: int | None
    value: str  # formatted for display ("4,400,000 ≠ 5,000,000" for a conflict)
    meaning: str
    en: tuple[int, int, str] | None  # (start, end, text) in the English article's field below
    fr: tuple[int, int, str] | None
    en_field: str = "body"  # which text the English offsets index: "body", "title" or "tldr"
    fr_field: str = "body"

    @property
    def one_sided(self) -> bool:
        return self.kind == "only"

    @property
    def conflict(self) -> bool:
        return self.kind == "conflict"


def short_value(f: dict[str, Any]) -> str:
    """A value in few cells, for a table with a column per version: ``2.3M``, ``145k``, ``8,200``."""
    number = float(f["value"])
    if f["kind"] in ("year", "date"):
        return figure_value(f)
    order = "≥" if f.get("approx") == "order" else ""
    for least, size, suffix in ((1e9, 1e9, "bn"), (1e6, 1e6, "M"), (1e4, 1e3, "k")):
        if abs(number) >= least:
            return f"{order}{number / size:.4g}{suffix}"
    return figure_value(f)


def where(f: dict[str, Any]) -> tuple[int, int, str]:
    return f["start"], f["end"], f["text"]


def field(f: dict[str, Any] | None) -> str:
    return (f or {}).get("field") or "body"


@dataclass(frozen=True, slots=True)
class QuantityEntry:
    """One row of a story's figures: a quantity and its value in each version (``None`` where a version
    does not report it)."""

    disagree: bool
    meaning: str
    values: tuple[str | None, ...]
    #: Per version: its value is not the one most versions give.
    odd: tuple[bool, ...]
    #: The quantity in the two versions read side by side: highlighting the row shows it in their text.
    shown: FigureEntry

    @property
    def partial(self) -> bool:
        return any(v is None for v in self.values)


def story_entries(view: StoryView) -> list[QuantityEntry]:
    """The rows of a story's figures table, in the story's order (disagreements first)."""
    out = []
    for q in view.story["quantities"]:
        figures = q["values"]
        odd = odd_values(q)
        left, right = figures.get(str(view.left)), figures.get(str(view.right))
        meaning = quantity_label(q)
        both = left is not None and right is not None
        kind = "conflict" if both and left["value"] != right["value"] else "match" if both else "only"
        shown = FigureEntry(
            kind,
            None,
            figure_value(left or right or next(iter(figures.values()))),
            meaning,
            where(left) if left else None,
            where(right) if right else None,
            field(left),
            field(right),
        )
        out.append(
            QuantityEntry(
                bool(q["disagree"]),
                meaning,
                tuple(short_value(f) if (f := figures.get(str(v.id))) else None for v in view.versions),
                tuple(str(v.id) in odd for v in view.versions),
                shown,
            )
        )
    return out


def figure_entries(
    comparison: Mapping[str, Any] | None, single: Mapping[str, Any] | None = None
) -> list[FigureEntry]:
    """Panel lines for a pair's comparison (conflicts first, then matched, then one-sided), or for one
    article's figures."""
    if comparison is None:
        figures = (single or {}).get("figures", [])
        lang = (single or {}).get("lang")
        return [
            FigureEntry(
                "single",
                None,
                figure_value(f),
                figure_label(f),
                where(f) if lang != "fr" else None,
                where(f) if lang == "fr" else None,
                field(f),
                field(f),
            )
            for f in figures
        ]
    entries = [
        FigureEntry(
            "conflict",
            None,
            f"{figure_value(a)} ≠ {figure_value(b)}",
            label,
            where(a),
            where(b),
            field(a),
            field(b),
        )
        for a, b, label in conflict_rows(comparison)
    ]
    entries += [
        FigureEntry("match", n, figure_value(a), figure_label(a), where(a), where(b), field(a), field(b))
        for n, (a, b) in enumerate(comparison["matched"], start=1)
    ]
    entries += [
        FigureEntry("only", None, figure_value(f), figure_label(f), where(f), None, en_field=field(f))
        for f in comparison["only_en"]
    ]
    entries += [
        FigureEntry("only", None, figure_value(f), figure_label(f), None, where(f), fr_field=field(f))
        for f in comparison["only_fr"]
    ]
    return entries


#: The panel's columns: (wide header, narrow header, the narrowest it may shrink to). Values shrink last.
COLUMNS = (
    ("#", "#", 1),
    ("value", "value", 5),
    ("meaning", "meaning", 7),
    ("English", "EN", 6),
    ("French", "FR", 6),
)
#: Which columns give up width first when the panel is narrow: meaning, then the quoted texts, then values.
SHRINK_ORDER = (2, 3, 4, 1)


def column_widths(
    natural: list[int],
    available: int,
    columns: Sequence[tuple[str, str, int]] = COLUMNS,
    order: Sequence[int] = SHRINK_ORDER,
    groups: Sequence[Sequence[int]] = ((2, 3, 4), (1,)),
) -> tuple[list[int], bool]:
    """Widths for the panel's ``columns`` in ``available`` cells, from each column's ``natural`` width (its
    widest cell). The widest shrinkable column of the first of ``groups`` gives up a cell at a time (ties:
    the earliest in ``order``), then the next group's, none below its minimum. For a pair, meaning and
    the quoted texts give up width before the values. Also whether the short headers (EN, FR) are needed."""
    narrow = sum(natural) > available
    minimum = [max(low, len(short if narrow else wide)) for wide, short, low in columns]
    widths = [max(n, m) for n, m in zip(natural, minimum, strict=True)]
    for group in groups:
        while sum(widths) > available:
            shrinkable = [i for i in group if widths[i] > minimum[i]]
            if not shrinkable:
                break
            widest = max(shrinkable, key=lambda i: (widths[i], -order.index(i)))
            widths[widest] -= 1
    return widths, narrow


class FiguresPanel(DataTable[Text]):
    """A small table (a story has tens of figures, never thousands): highlighting a line shows it in the text."""

    COMPONENT_CLASSES = {
        "figures-panel--match",
        "figures-panel--one-sided",
        "figures-panel--conflict",
        "figures-panel--shown",
    }

    @dataclass
    class Chosen(Message):
        """A figure line was highlighted: scroll the article to it."""

        entry: FigureEntry

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, cursor_type="row", zebra_stripes=False)
        self.entries: list[FigureEntry] = []
        #: A story's table instead (its rows, and the story with the versions shown), when one is open.
        self.quantities: list[QuantityEntry] = []
        self.story: StoryView | None = None
        self._fitted_width = -1

    def on_mount(self) -> None:
        self._fill()

    def on_resize(self) -> None:
        if self.size.width != self._fitted_width:
            self._fill()

    def show(self, entries: list[FigureEntry]) -> None:
        self.entries, self.quantities, self.story = entries, [], None
        self._fill()

    def show_story(self, view: StoryView, quantities: list[QuantityEntry]) -> None:
        """A story's figures: a row per quantity, a column per version."""
        self.entries, self.quantities, self.story = [q.shown for q in quantities], quantities, view
        self._fill()

    def _columns(self) -> tuple[list[tuple[str, str, int]], list[int], list[list[int]]]:
        """The columns (wide header, short header, least width), the order they give up width in, and
        the groups that shrink one after the other."""
        if self.story is None:
            return list(COLUMNS), list(SHRINK_ORDER), [[2, 3, 4], [1]]
        values = list(range(2, 2 + len(self.story.versions)))
        columns = [("", "", 1), ("quantity", "qty", 7)] + [(v.short, v.short, 4) for v in self.story.versions]
        return columns, [1, *values], [[1], values]

    def _story_cells(self) -> list[list[Text]]:
        warn = self.get_component_rich_style("figures-panel--one-sided", partial=True)
        conflict = self.get_component_rich_style("figures-panel--conflict", partial=True)
        rows = []
        for q in self.quantities:
            mark = (
                Text("≠", style=conflict) if q.disagree else Text("!", style=warn) if q.partial else Text("")
            )
            cells = [mark, Text(one_line(q.meaning), style=conflict if q.disagree else "")]
            for shown, odd in zip(q.values, q.odd, strict=True):
                if shown is None:
                    cells.append(Text("—", style=warn))
                else:
                    cells.append(Text(f"{shown} ≠" if odd else shown, style=conflict if odd else ""))
            rows.append(cells)
        return rows

    def _cells(self) -> list[list[Text]]:
        if self.story is not None:
            return self._story_cells()
        match = self.get_component_rich_style("figures-panel--match", partial=True)
        warn = self.get_component_rich_style("figures-panel--one-sided", partial=True)
        conflict = self.get_component_rich_style("figures-panel--conflict", partial=True)
        rows = []
        for e in self.entries:
            style = conflict if e.conflict else warn if e.one_sided else match
            missing = Text("— missing", style=warn) if e.one_sided else Text("")
            mark = "≠" if e.conflict else "!" if e.one_sided else ""
            rows.append(
                [
                    Text(str(e.badge) if e.badge is not None else mark, style=conflict if e.conflict else ""),
                    Text(e.value, style=conflict if e.conflict else ""),
                    Text(one_line(e.meaning)),
                    Text(one_line(e.en[2]), style=style) if e.en else missing,
                    Text(one_line(e.fr[2]), style=style) if e.fr else missing,
                ]
            )
        return rows

    def _fill(self) -> None:
        """(Re)build the table with columns that fit the panel's width: every column keeps its header and
        a readable width, and a cell too long for its column ends in an ellipsis instead of being cut."""
        rows = self._cells()
        columns, order, groups = self._columns()
        natural = [max([len(columns[i][0]), *(c[i].cell_len for c in rows)]) for i in range(len(columns))]
        width = self.size.width
        # Each column has one cell of padding either side; a scrollbar takes one more when rows overflow.
        available = width - 2 * len(columns) - 1 if width else sum(natural)
        widths, narrow = column_widths(natural, available, columns, order, groups)
        cursor = self.cursor_row
        self._fitted_width = width
        self.clear(columns=True)
        shown = (self.story.left, self.story.right) if self.story else ()
        ids = [None, None, *(v.id for v in self.story.versions)] if self.story else [None] * len(columns)
        shown_style = self.get_component_rich_style("figures-panel--shown", partial=True)
        for (wide, short, _), w, version in zip(columns, widths, ids, strict=True):
            # The versions read side by side: their columns' headers stand out.
            label = Text(short if narrow else wide, style=shown_style if version in shown else "")
            self.add_column(label, width=w)
        for index, cells in enumerate(rows):
            for cell, w in zip(cells, widths, strict=True):
                cell.truncate(w, overflow="ellipsis")
            self.add_row(*cells, key=str(index))
        if rows and 0 < cursor < len(rows):
            self.move_cursor(row=cursor, scroll=False)

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        # Filling the table highlights its first line too; only the user's moves should scroll the text.
        if event.row_key.value is not None and self.entries and self.has_focus:
            self.post_message(self.Chosen(self.entries[int(event.row_key.value)]))

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None and self.entries:
            self.post_message(self.Chosen(self.entries[int(event.row_key.value)]))
