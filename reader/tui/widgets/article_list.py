"""The virtual article list: draws only the visible rows, fetched a page at a time from the library.

A ListView or DataTable holds one object per row and measures them all, which is unusable at 100,000
articles. This is a ``ScrollView`` whose virtual height is ``count * ROW_HEIGHT``; ``render_line`` asks a
small page cache for the row under each visible line, and the cache asks the list's :class:`ListSource`.

A story told by several reports is one row (its newest report), drawn with its count of versions per
language and a mark when its reports disagree on a figure; the page query brings those counts along, so
drawing a row never asks the library anything.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from rich.style import Style
from rich.text import Text
from textual import events
from textual.actions import SkipAction
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from reader.store import Row
from reader.tui.text import one_line
from reader.tui.widgets.line_view import LineView

if TYPE_CHECKING:
    from reader.store import Library

#: Lines per article: title, then source and date.
ROW_HEIGHT = 2
#: Rows fetched per query.
PAGE = 100
#: Pages kept in memory (a few screens either side of the cursor).
CACHED_PAGES = 12


class ListSource(Protocol):
    """Where a list's rows come from: a library view, or the ids of search results."""

    def count(self) -> int: ...

    def fetch(self, offset: int, limit: int) -> list[Row]: ...


@dataclass
class ViewSource:
    """A library view (``all``, ``unread``, ``bookmarks``), newest first, a story of several reports as one
    row."""

    library: Library
    view: str = "all"

    def count(self) -> int:
        return self.library.count(self.view, stories=True)

    def fetch(self, offset: int, limit: int) -> list[Row]:
        return self.library.rows(self.view, limit=limit, offset=offset, stories=True)


@dataclass
class IdsSource:
    """A fixed list of article ids, in order (search results)."""

    library: Library
    ids: list[int]

    def count(self) -> int:
        return len(self.ids)

    def fetch(self, offset: int, limit: int) -> list[Row]:
        return self.library.rows_by_ids(self.ids[offset : offset + limit])


class ArticleList(LineView, can_focus=True):
    """A cursor over a :class:`ListSource`, drawn two lines per article."""

    BINDINGS = [
        Binding("down,j", "cursor_down", "Down", id="cursor_down", show=False),
        Binding("up,k", "cursor_up", "Up", id="cursor_up", show=False),
        Binding("pagedown", "page_down", "Page down", id="page_down", show=False),
        Binding("pageup", "page_up", "Page up", id="page_up", show=False),
        Binding("home,g", "first", "First article", id="first", show=False),
        Binding("end,G", "last", "Last article", id="last", show=False),
        Binding("enter", "open", "Open", id="open"),
    ]

    COMPONENT_CLASSES = {
        "article-list--cursor",
        "article-list--cursor-blurred",
        "article-list--unread",
        "article-list--meta",
        "article-list--lang-en",
        "article-list--lang-fr",
        "article-list--lang-other",
        "article-list--bookmark",
        "article-list--paired",
        "article-list--marked",
        "article-list--story",
        "article-list--disagree",
    }

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    @dataclass
    class Highlighted(Message):
        """The cursor moved to another article."""

        article_list: ArticleList
        row: Row | None

        @property
        def control(self) -> ArticleList:
            return self.article_list

    @dataclass
    class Selected(Message):
        """An article was chosen (enter or click): open it."""

        article_list: ArticleList
        row: Row

        @property
        def control(self) -> ArticleList:
            return self.article_list

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.source: ListSource | None = None
        self.total = 0
        self.marked_id: int | None = None
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()

    # -- data ----------------------------------------------------------------------------------------

    def set_source(self, source: ListSource, *, cursor: int = 0) -> None:
        """Show ``source``: counts it and draws the first screen; nothing else is read until scrolled to."""
        self.source = source
        self._pages.clear()
        self.total = source.count()
        self.virtual_size = Size(self.size.width, self.total * ROW_HEIGHT)
        self.cursor = max(0, min(cursor, self.total - 1))
        if cursor == 0:
            self.scroll_home(animate=False, immediate=True)
        self.refresh()

    def reload(self) -> None:
        """Count and fetch again (after a refresh or an import), keeping the cursor where it was."""
        if self.source is not None:
            self.set_source(self.source, cursor=self.cursor)

    def row_at(self, index: int) -> Row | None:
        if self.source is None or not 0 <= index < self.total:
            return None
        page_no, slot = divmod(index, PAGE)
        page = self._pages.get(page_no)
        if page is None:
            page = self.source.fetch(page_no * PAGE, PAGE)
            self._pages[page_no] = page
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[slot] if slot < len(page) else None

    @property
    def current(self) -> Row | None:
        return self.row_at(self.cursor)

    def update_rows(self, article_id: int, **changes: object) -> None:
        """Patch the cached copies of one article's row (bookmark, read, pair) and redraw.

        The view is not queried again, so an article read in the unread view stays put until the view is
        changed, instead of vanishing under the cursor.
        """
        for page in self._pages.values():
            for row in page:
                if row.id == article_id:
                    for name, value in changes.items():
                        setattr(row, name, value)
        self.refresh()

    def update_many(self, article_ids: Collection[int], **changes: object) -> None:
        """:meth:`update_rows` for many articles at once (a feed or everything marked read)."""
        wanted = article_ids if isinstance(article_ids, (set, frozenset)) else set(article_ids)
        for page in self._pages.values():
            for row in page:
                if row.id in wanted:
                    for name, value in changes.items():
                        setattr(row, name, value)
        self.refresh()

    def forget_pages(self) -> None:
        """Drop cached rows so they are read again (pairs changed: membership of the view did not)."""
        self._pages.clear()
        self.refresh()

    # -- cursor --------------------------------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        self._scroll_to_cursor()
        self.refresh()
        self.post_message(self.Highlighted(self, self.current))

    def _scroll_to_cursor(self) -> None:
        if self.total:
            region = Region(0, self.cursor * ROW_HEIGHT, max(self.size.width, 1), ROW_HEIGHT)
            self.scroll_to_region(region, animate=False, force=True, immediate=True)

    def _move(self, delta: int) -> None:
        if self.total:
            self.cursor = max(0, min(self.total - 1, self.cursor + delta))

    def action_cursor_down(self) -> None:
        self._move(1)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_page_down(self) -> None:
        self._move(max(1, self.scrollable_content_region.height // ROW_HEIGHT))

    def action_page_up(self) -> None:
        self._move(-max(1, self.scrollable_content_region.height // ROW_HEIGHT))

    def action_first(self) -> None:
        self._move(-self.total)

    def action_last(self) -> None:
        self._move(self.total)

    def action_open(self) -> None:
        row = self.current
        if row is None:
            raise SkipAction()  # an empty list: Enter is the screen's (a search's did-you-mean)
        self.post_message(self.Selected(self, row))

    def on_click(self, event: events.Click) -> None:
        line = self._clicked_line(event)
        if line is None:
            return
        index = line // ROW_HEIGHT
        if 0 <= index < self.total:
            self.focus()
            self.cursor = index
            self.action_open()

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, self.total * ROW_HEIGHT)
        self._scroll_to_cursor()

    # -- drawing -------------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        index, line = divmod(int(self.scroll_y) + y, ROW_HEIGHT)
        row = self.row_at(index)
        if row is None:
            return Strip.blank(width, base)
        text = self._title_line(row) if line == 0 else self._meta_line(row)
        text.truncate(width, overflow="ellipsis", pad=True)
        if index == self.cursor:
            name = "article-list--cursor" if self.has_focus else "article-list--cursor-blurred"
            text.stylize(self.get_component_rich_style(name))
        return self._strip(text, width)

    def _title_line(self, row: Row) -> Text:
        text = Text(no_wrap=True, end="")
        text.append("●" if not row.read else " ", self._style("article-list--unread"))
        text.append("★" if row.bookmarked else " ", self._style("article-list--bookmark"))
        if is_story(row) and row.story_disagree:
            text.append("≠", self._style("article-list--disagree"))
        else:
            text.append("⇄" if row.pair_id or is_story(row) else " ", self._style("article-list--paired"))
        lang = (row.lang or "??")[:2]
        lang_class = f"article-list--lang-{lang}" if lang in ("en", "fr") else "article-list--lang-other"
        text.append(f" {lang.upper()} ", self._style(lang_class))
        text.append(" ")
        title = one_line(row.title) or "(untitled)"
        text.append(title, self._style("article-list--unread") if not row.read else Style())
        return text

    def _meta_line(self, row: Row) -> Text:
        text = Text(no_wrap=True, end="")
        marked = row.id == self.marked_id
        text.append("◆" if marked else " ", self._style("article-list--marked"))
        text.append("       ")
        date = (row.date or "")[:10]
        if is_story(row):
            # The counts first: a narrow list cuts the end of the line, and the date is the newest report's.
            text.append(story_counts(row), self._style("article-list--story"))
            text.append(f" · {date}" if date else "", self._style("article-list--meta"))
            return text
        meta = " · ".join(x for x in (one_line(row.source or row.feed), date) if x)
        text.append(meta, self._style("article-list--meta"))
        return text


def is_story(row: Row) -> bool:
    """Whether a row stands for a story of several reports (its counts are filled by the page query)."""
    return row.story_id is not None and row.story_en + row.story_fr > 1


def story_counts(row: Row) -> str:
    """A story row's versions per language: ``3 EN · 2 FR``, ``2 EN``."""
    return " · ".join(f"{n} {lang}" for n, lang in ((row.story_en, "EN"), (row.story_fr, "FR")) if n)
