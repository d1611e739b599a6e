"""The figures panel: the key figures of the open story. For a pair, conflicts come first (the two versions
give the same quantity different values, marked "≠"), then matched figures, then those found on one side only
(marked "!")."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import DataTable

from reader.render import figure_label, format_value
from reader.tui.text import one_line


@dataclass(frozen=True, slots=True)
class FigureEntry:
    """One line of the panel. ``badge`` numbers a matched pair (the same number is shown in the text)."""

    #: "conflict" (the versions disagree), "match", "only" (one version of a pair lacks it) or "single"
    #: (an unpaired article)
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


def figure_entries(
    comparison: Mapping[str, Any] | None, single: Mapping[str, Any] | None = None
) -> list[FigureEntry]:
    """Panel lines for a pair's comparison (conflicts first, then matched, then one-sided), or for one
    article's figures."""

    def value(f: Mapping[str, Any]) -> str:
        # Years and dates read wrong with digit grouping ("2,024").
        if f["kind"] in ("year", "date") and float(f["value"]).is_integer():
            return str(int(f["value"]))
        return format_value(f["value"])

    def where(f: Mapping[str, Any]) -> tuple[int, int, str]:
        return f["start"], f["end"], f["text"]

    def field(f: Mapping[str, Any] | None) -> str:
        return (f or {}).get("field") or "body"

    if comparison is None:
        figures = (single or {}).get("figures", [])
        lang = (single or {}).get("lang")
        return [
            FigureEntry(
                "single",
                None,
                value(f),
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
            f"{value(a)} ≠ {value(b)}",
            figure_label(a),
            where(a),
            where(b),
            field(a),
            field(b),
        )
        for a, b in comparison.get("conflicts", [])
    ]
    entries += [
        FigureEntry("match", n, value(a), figure_label(a), where(a), where(b), field(a), field(b))
        for n, (a, b) in enumerate(comparison["matched"], start=1)
    ]
    entries += [
        FigureEntry("only", None, value(f), figure_label(f), where(f), None, en_field=field(f))
        for f in comparison["only_en"]
    ]
    entries += [
        FigureEntry("only", None, value(f), figure_label(f), None, where(f), fr_field=field(f))
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


def column_widths(natural: list[int], available: int) -> tuple[list[int], bool]:
    """Widths for the panel's columns in ``available`` cells, from each column's ``natural`` width (its
    widest cell). The widest shrinkable column gives up a cell at a time, meaning and the quoted texts
    before the values, none below its minimum. Also whether the short headers (EN, FR) are needed."""
    narrow = sum(natural) > available
    minimum = [max(low, len(short if narrow else wide)) for wide, short, low in COLUMNS]
    widths = [max(n, m) for n, m in zip(natural, minimum, strict=True)]
    for group in ((2, 3, 4), (1,)):
        while sum(widths) > available:
            shrinkable = [i for i in group if widths[i] > minimum[i]]
            if not shrinkable:
                break
            widest = max(shrinkable, key=lambda i: (widths[i], -SHRINK_ORDER.index(i)))
            widths[widest] -= 1
    return widths, narrow


class FiguresPanel(DataTable[Text]):
    """A small table (a story has tens of figures, never thousands): highlighting a line shows it in the text."""

    COMPONENT_CLASSES = {"figures-panel--match", "figures-panel--one-sided", "figures-panel--conflict"}

    @dataclass
    class Chosen(Message):
        """A figure line was highlighted: scroll the article to it."""

        entry: FigureEntry

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, cursor_type="row", zebra_stripes=False)
        self.entries: list[FigureEntry] = []
        self._fitted_width = -1

    def on_mount(self) -> None:
        self._fill()

    def on_resize(self) -> None:
        if self.size.width != self._fitted_width:
            self._fill()

    def show(self, entries: list[FigureEntry]) -> None:
        self.entries = entries
        self._fill()

    def _cells(self) -> list[list[Text]]:
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
        natural = [max([len(COLUMNS[i][0]), *(c[i].cell_len for c in rows)]) for i in range(len(COLUMNS))]
        width = self.size.width
        # Each column has one cell of padding either side; a scrollbar takes one more when rows overflow.
        available = width - 2 * len(COLUMNS) - 1 if width else sum(natural)
        widths, narrow = column_widths(natural, available)
        cursor = self.cursor_row
        self._fitted_width = width
        self.clear(columns=True)
        for (wide, short, _), w in zip(COLUMNS, widths, strict=True):
            self.add_column(short if narrow else wide, width=w)
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
