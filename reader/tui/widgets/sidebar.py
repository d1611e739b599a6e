"""The sidebar: feeds, tags and saved searches with their unread counts; choosing one filters the list.

Counts come from the library's indexed counting queries (``Library.feed_counts``, ``tag_counts``,
``query_counts``), computed when the library changed and never while painting: after each message the screen
handles (an article opened, a read mark, a refresh's end) and on a timer (another process), the library's
cheap change stamp (no table is read) is compared, and the counts are read again only when it moved. A
hidden sidebar counts nothing until shown.

It is drawn a line at a time like the article list (a library may have thousands of tags), and posts
:class:`Sidebar.Selected`; the screen swaps the list's source for :func:`source_for` of the selection.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from reader.store import Row
from reader.tui.text import one_line
from reader.tui.widgets.article_list import ListSource, ViewSource
from reader.tui.widgets.line_view import LineView

if TYPE_CHECKING:
    from reader.store import Library

#: Seconds between two looks at the library's change stamp (a PRAGMA; counting follows only a change).
POLL_S = 0.5
SECTION_TITLES = {"feed": "Feeds", "tag": "Tags", "query": "Saved searches"}


@dataclass(frozen=True, slots=True)
class Selection:
    """What the list shows: everything (``kind`` "all"), a feed (its title), a tag or a saved query."""

    kind: str
    value: str = ""
    label: str = "All articles"

    @property
    def title(self) -> str:
        """The list header's title for this selection."""
        prefix = {"feed": "Feed", "tag": "Tag", "query": "Search"}.get(self.kind)
        return f"{prefix}: {one_line(self.label)}" if prefix else "All articles"


@dataclass
class FilterSource:
    """A feed's, a tag's or a saved query's articles, newest first: their ids are read once per count
    (when the list is shown or reloaded), rows a page at a time."""

    library: Library
    kind: str
    value: str
    ids: list[int] = field(default_factory=list)

    def count(self) -> int:
        self.ids = self.library.filtered_ids(self.kind, self.value)
        return len(self.ids)

    def fetch(self, offset: int, limit: int) -> list[Row]:
        return self.library.rows_by_ids(self.ids[offset : offset + limit])


def source_for(library: Library, selection: Selection) -> ListSource:
    """The article list's source for a sidebar selection."""
    if selection.kind == "all":
        return ViewSource(library, "all")
    return FilterSource(library, selection.kind, selection.value)


@dataclass(slots=True)
class _Line:
    selection: Selection | None  # None: a section heading
    label: str
    unread: int = 0
    total: int = 0
    failed: bool = False  # a saved query the index could not answer


class Sidebar(LineView, can_focus=True):
    """Feeds, tags and saved searches, one line each with its unread count."""

    BINDINGS = [
        Binding("down,j", "move(1)", "Down", id="sidebar_down", show=False),
        Binding("up,k", "move(-1)", "Up", id="sidebar_up", show=False),
        Binding("home,g", "move(-1000000)", "First entry", id="sidebar_first", show=False),
        Binding("end,G", "move(1000000)", "Last entry", id="sidebar_last", show=False),
        Binding("enter", "select", "Show these articles", id="sidebar_select"),
    ]

    COMPONENT_CLASSES = {
        "sidebar--heading",
        "sidebar--cursor",
        "sidebar--cursor-blurred",
        "sidebar--active",
        "sidebar--unread",
        "sidebar--count",
    }

    cursor: reactive[int] = reactive(0, init=False)

    @dataclass
    class Selected(Message):
        """A feed, a tag, a saved query or "All articles" was chosen: the list shows its articles."""

        sidebar: Sidebar
        selection: Selection

        @property
        def control(self) -> Sidebar:
            return self.sidebar

    def __init__(self, library: Library, queries: list[Any] | None = None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.library = library
        #: Saved searches (``name``, ``query``); None: the app config's ``queries``.
        self.queries = queries
        self.lines: list[_Line] = [_Line(Selection("all"), "All articles")]
        self.active = Selection("all")
        self.counted_at: tuple[int, int] | None = None  # the library's stamp when last counted

    def on_mount(self) -> None:
        if self.queries is None:
            config = getattr(self.app, "config", None)
            self.queries = list(getattr(config, "queries", []) or [])
        self.set_interval(POLL_S, self.poll)
        self.screen.message_signal.subscribe(self, self._screen_handled)
        self.call_after_refresh(self.poll)  # after the list's first paint

    # -- counting ------------------------------------------------------------------------------------

    def poll(self) -> None:
        """Count again if the library changed since the last count (and the sidebar is shown)."""
        if not self.display or not self.is_attached:
            return
        if self.library.state_stamp() != self.counted_at:
            self.recount()

    def _screen_handled(self, message: Message) -> None:
        # What the screen just did may have changed the counts (opening an article reads it): the stamp
        # tells, at the cost of one PRAGMA, so the counts are right by the next paint.
        if not isinstance(message, events.MouseMove):
            self.poll()

    def recount(self) -> None:
        library = self.library
        lines: list[_Line] = []
        feeds = library.feed_counts()
        lines.append(
            _Line(Selection("all"), "All articles", sum(f.unread for f in feeds), sum(f.total for f in feeds))
        )
        lines.append(_Line(None, SECTION_TITLES["feed"]))
        for t in feeds:
            label = t.name or "(no feed)"
            lines.append(_Line(Selection("feed", t.name, label), label, t.unread, t.total))
        tags = library.tag_counts()
        if tags:
            lines.append(_Line(None, SECTION_TITLES["tag"]))
            for t in tags:
                lines.append(_Line(Selection("tag", t.name, t.name), t.name, t.unread, t.total))
        if self.queries:
            lines.append(_Line(None, SECTION_TITLES["query"]))
            for saved in self.queries:
                selection = Selection("query", saved.query, saved.name)
                try:
                    tally = library.query_counts(saved.query)
                except Exception:  # a damaged index: the entry stays, without counts
                    lines.append(_Line(selection, saved.name, failed=True))
                else:
                    lines.append(_Line(selection, saved.name, tally.unread, tally.total))
        current = self.current
        self.lines = lines
        self.counted_at = library.state_stamp()
        self.virtual_size = Size(self.size.width, len(lines))
        index = next((i for i, line in enumerate(lines) if current and line.selection == current), 0)
        self.cursor = min(index, len(lines) - 1)
        self.refresh()

    def counts(self) -> dict[tuple[str, str], tuple[int, int]]:
        """(kind, value) -> (unread, articles) of every entry, as shown."""
        return {
            (line.selection.kind, line.selection.value): (line.unread, line.total)
            for line in self.lines
            if line.selection is not None
        }

    # -- showing -------------------------------------------------------------------------------------

    def toggle(self) -> bool:
        """Show the sidebar and focus it, or hide it when it already has focus. Returns whether it shows."""
        if self.display and self.has_focus:
            self.remove_class("-shown")
            self.add_class("-hidden")
            return False
        self.remove_class("-hidden")
        self.add_class("-shown")
        self.call_after_refresh(self._shown)
        return True

    def _shown(self) -> None:
        self.focus()
        self.poll()

    # -- cursor --------------------------------------------------------------------------------------

    @property
    def current(self) -> Selection | None:
        if 0 <= self.cursor < len(self.lines):
            return self.lines[self.cursor].selection
        return None

    def watch_cursor(self) -> None:
        if self.lines:
            region = Region(0, self.cursor, max(self.size.width, 1), 1)
            self.scroll_to_region(region, animate=False, force=True, immediate=True)
        self.refresh()

    def action_move(self, step: int) -> None:
        """Move to the next entry ``step`` away, over section headings."""
        if not self.lines:
            return
        target = max(0, min(len(self.lines) - 1, self.cursor + step))
        direction = 1 if step > 0 else -1
        while 0 <= target < len(self.lines) and self.lines[target].selection is None:
            target += direction
        if not 0 <= target < len(self.lines):  # only headings that way: stay on the last entry
            target = self.cursor
        self.cursor = target

    def action_select(self) -> None:
        selection = self.current
        if selection is not None:
            self.active = selection
            self.refresh()
            self.post_message(self.Selected(self, selection))

    def on_click(self, event: events.Click) -> None:
        index = self._clicked_line(event)
        if index is None:
            return
        if 0 <= index < len(self.lines) and self.lines[index].selection is not None:
            self.focus()
            self.cursor = index
            self.action_select()

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.lines))

    # -- drawing -------------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        index = int(self.scroll_y) + y
        if not 0 <= index < len(self.lines) or width <= 0:
            return Strip.blank(width, base)
        line = self.lines[index]
        text = Text(no_wrap=True, end="")
        if line.selection is None:
            text.append(line.label.upper(), self._style("sidebar--heading"))
            text.truncate(width, overflow="ellipsis", pad=True)
        else:
            count = "?" if line.failed else f"{line.unread:,}"
            label = Text(" " + one_line(line.label), no_wrap=True, end="")
            if line.selection == self.active:
                label.stylize(self._style("sidebar--active"))
            label.truncate(max(1, width - len(count) - 2), overflow="ellipsis", pad=True)
            text.append_text(label)
            text.append(" ")
            text.append(count, self._style("sidebar--unread" if line.unread else "sidebar--count"))
            text.truncate(width, overflow="ellipsis", pad=True)
            if index == self.cursor:
                name = "sidebar--cursor" if self.has_focus else "sidebar--cursor-blurred"
                text.stylize(self._style(name))
        return self._strip(text, width)
