"""The reading screen: the article list on the left, the open article (or pair) on the right.

A story of several reports is one row of the list; opening it shows two of its versions side by side (its
best English/French pair first), and ``[ ]`` and ``{ }`` turn the left and the right column through the
others.

Every change of state (read, bookmark, pair) is written to the library at once; the list patches its cached
rows instead of reading the view again, so the cursor never jumps. Search and feed refresh run in thread
workers that post their results back as messages.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on, work
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static
from textual.worker import get_current_worker

from reader.tui.story import StoryView
from reader.tui.text import marked_terms, one_line, query_terms, term_pattern
from reader.tui.widgets.article_detail import LAYOUT_NAMES, LAYOUTS, ArticleDetail
from reader.tui.widgets.article_list import ArticleList, IdsSource, ViewSource, is_story
from reader.tui.widgets.search_bar import SearchBar
from reader.tui.widgets.sidebar import Sidebar, source_for

if TYPE_CHECKING:
    from reader.store import ArticleRecord, Comparison, Library, Row

#: Search results shown at most (the header says how many there were in all).
SEARCH_LIMIT = 500
#: Hits whose snippets feed the highlight terms: a few screens' worth is plenty.
SEARCH_SNIPPETS = 50
#: Read-state changes remembered for undo.
UNDO_DEPTH = 50
VIEW_TITLES = {"all": "All articles", "unread": "Unread", "bookmarks": "Bookmarks"}
#: The footer shows each column's two keys as one entry.
LEFT_VERSION = Binding.Group("Left version", compact=True)
RIGHT_VERSION = Binding.Group("Right version", compact=True)


@dataclass
class SearchDone(Message):
    query: str
    result: Any


@dataclass
class SearchFailed(Message):
    query: str
    reason: str


@dataclass
class RefreshDone(Message):
    summary: str
    failed: bool
    #: Articles the refresh added, and the feeds that failed: (url, reason).
    new: int = 0
    failures: list[tuple[str, str]] | None = None
    #: Started by the timer (``refresh_minutes``), not by ``r``: quiet when nothing new came and none failed.
    auto: bool = False


@dataclass
class RefreshProgress(Message):
    done: int
    total: int


class MainScreen(Screen[None]):
    """The list, the detail pane, the search bar and the status line."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    #: The list has focus from the start (the first focusable widget would be the sidebar, then the list:
    #: two restyles and two footer updates before the first paint).
    AUTO_FOCUS = "#articles"

    BINDINGS = [
        Binding("slash", "search", "Search", id="search"),
        Binding("tab", "switch_pane", "Switch pane", id="switch_pane", show=False),
        Binding("b", "toggle_bookmark", "Bookmark", id="bookmark"),
        Binding("B", "view('bookmarks')", "Bookmarked articles", id="view_bookmarks", show=False),
        Binding("u", "view('unread')", "Unread articles", id="view_unread", show=False),
        Binding("a", "view('all')", "All articles", id="view_all", show=False),
        Binding("l", "cycle_layout", "Layout", id="cycle_layout"),
        Binding("f", "toggle_figures", "Figures", id="figures"),
        Binding(
            "left_square_bracket",
            "cycle_version('left', -1)",
            "Left column: the story's previous version",
            id="left_version_previous",
            group=LEFT_VERSION,
        ),
        Binding(
            "right_square_bracket",
            "cycle_version('left', 1)",
            "Left column: the story's next version",
            id="left_version_next",
            group=LEFT_VERSION,
        ),
        Binding(
            "left_curly_bracket",
            "cycle_version('right', -1)",
            "Right column: the story's previous version",
            id="right_version_previous",
            group=RIGHT_VERSION,
        ),
        Binding(
            "right_curly_bracket",
            "cycle_version('right', 1)",
            "Right column: the story's next version",
            id="right_version_next",
            group=RIGHT_VERSION,
        ),
        Binding("m", "mark", "Mark to pair", id="mark", show=False),
        Binding("p", "pair", "Pair/unpair", id="pair", show=False),
        Binding("n", "next_hit", "Next hit", id="next_hit", show=False),
        Binding("N", "previous_hit", "Previous hit", id="previous_hit", show=False),
        Binding("o", "open_url", "Open in browser", id="open_url", show=False),
        Binding("y", "copy_url", "Copy URL", id="copy_url", show=False),
        Binding("r", "refresh_feeds", "Refresh feeds", id="refresh", show=False),
        Binding("R", "toggle_read", "Read/unread", id="toggle_read", show=False),
        Binding("A", "mark_feed_read", "Mark feed read", id="mark_feed_read", show=False),
        Binding("C", "mark_all_read", "Mark all read", id="mark_all_read", show=False),
        Binding("z,ctrl+z", "undo", "Undo marking read", id="undo", show=False),
        Binding("w", "zoom", "Zoom: the article full width", id="zoom", show=False),
        Binding("J", "next_article", "Next article", id="next_article", show=False),
        Binding("K", "previous_article", "Previous article", id="previous_article", show=False),
        Binding("s", "save", "Save as Markdown", id="save", show=False),
        Binding("E", "feed_errors", "Feeds that failed", id="feed_errors", show=False),
        Binding(
            "enter", "did_you_mean", "Search the suggestion (Did you mean…)", id="did_you_mean", show=False
        ),
        Binding("F", "toggle_sidebar", "Feeds, tags and saved searches", id="sidebar", show=False),
        Binding("escape", "clear_search", "Back to all articles", id="clear_search", show=False),
    ]

    def __init__(self, library: Library, *, layout: str = "side-by-side") -> None:
        super().__init__()
        self.set_class(True, *self._breakpoint_classes(), update=False)
        self.library = library
        self.initial_layout = layout if layout in LAYOUTS else "side-by-side"
        self.view = "all"
        self.search_query: str | None = None
        self.search_total = 0
        self.pattern: re.Pattern[str] | None = None
        #: Read-state changes that ``z`` undoes, newest last: (what was done, the ids it changed, the
        #: read state they had before).
        self.undo_stack: list[tuple[str, list[int], bool]] = []
        #: The library's did-you-mean for a search that found nothing: Enter searches it.
        self.suggestion: str | None = None
        #: Feeds that failed in the last refresh: (url, reason).
        self.feed_failures: list[tuple[str, str]] = []

    def _breakpoint_classes(self) -> list[str]:
        """The class the screen's first resize would set from HORIZONTAL_BREAKPOINTS, set before mounting:
        set by the resize, it would restyle every widget once more before the first paint."""
        try:
            width = self.app.size.width
        except RuntimeError:  # no app running (NoActiveAppError)
            return []
        reached = [
            name for least, name in sorted(self.HORIZONTAL_BREAKPOINTS, reverse=True) if width >= least
        ]
        return reached[:1]

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield Sidebar(self.library, id="sidebar")
            with Vertical(id="list-pane"):
                yield Static(id="list-header")
                yield SearchBar(id="search")
                yield Static(id="suggestion")
                yield ArticleList(id="articles")
                yield Static(id="status")
            yield ArticleDetail(id="detail", layout=self.initial_layout)
        yield Footer()

    def on_mount(self) -> None:
        self.articles.set_source(ViewSource(self.library, "all"))
        # The counts follow the first paint (the unread count reads the library: 7 ms at 100,000 articles).
        self.query_one("#list-header", Static).update(Text(VIEW_TITLES["all"], style="bold"))
        self.call_after_refresh(self._update_header)
        self.articles.focus()
        config = getattr(self.app, "config", None)
        minutes = getattr(config, "refresh_minutes", None)
        if minutes:
            self.auto_refresh_timer = self.set_interval(
                minutes * 60, self._refresh_on_timer, name="auto-refresh"
            )

    def on_resize(self) -> None:
        self.call_after_refresh(self._update_header)

    def notify(self, message: str, *, markup: bool = False, **kwargs: Any) -> None:
        """Toasts here often quote feed text, queries or error messages: never parse them as markup."""
        super().notify(message, markup=markup, **kwargs)

    # -- parts ---------------------------------------------------------------------------------------

    @property
    def articles(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def detail(self) -> ArticleDetail:
        return self.query_one(ArticleDetail)

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one(SearchBar)

    def _update_header(self) -> None:
        total = self.articles.total
        unread: int | None
        if self.search_query is not None:
            head = Text("Search ", style="bold")
            head.append(f"“{one_line(self.search_query)}”")
            more = f" of {self.search_total:,}" if self.search_total > total else ""
            head.append(f" · {total:,}{more} result{'s' if total != 1 else ''}", style="dim")
        elif self.view == "unread":
            # Read rows stay listed until the view changes; the count is the library's, live.
            unread = self.library.unread_count()
            head = Text(VIEW_TITLES["unread"], style="bold")
            head.append(f" · {unread:,}", style="dim")
            if total != unread:
                head.append(f" · {total:,} listed", style="dim")
        else:
            # The library's unread count for all articles; another list's own, when its source can tell.
            counter = getattr(self.articles.source, "unread_count", None)
            unread = self.library.unread_count() if self.view == "all" else counter() if counter else None
            head = Text(VIEW_TITLES.get(self.view, self.view), style="bold")
            # A row is a story (all its reports) or an article alone: the view counts rows as stories.
            counts = f" · {total:,} stor{'ies' if total != 1 else 'y'}"
            if unread is not None:
                counts += f" · {unread:,} unread"
                header = self.query_one("#list-header", Static)
                if len(head) + len(counts) > header.content_region.width > 0:
                    counts = f" · {unread:,} unread"  # a narrow list: the count that changes as you read
            head.append(counts, style="dim")
        self.query_one("#list-header", Static).update(head)

    def set_status(self, message: str | None) -> None:
        """The status line under the list: shown while something runs in the background."""
        status = self.query_one("#status", Static)
        status.update(Text(message or ""))
        status.set_class(bool(message), "-busy")

    def _target(self) -> Mapping[str, Any] | None:
        """The article a key applies to: the open one when the detail pane has focus, else the list's."""
        focused = self.focused
        detail = self.detail
        if detail.article is not None and focused is not None and detail in focused.ancestors_with_self:
            return detail.article
        row = self.articles.current
        if row is None:
            return detail.article
        return {
            "id": row.id,
            "title": row.title,
            "url": row.url,
            "bookmarked": row.bookmarked,
            "pair_id": row.pair_id,
            "lang": row.lang,
            "read": row.read,
        }

    # -- opening -------------------------------------------------------------------------------------

    @on(ArticleList.Selected)
    async def _selected(self, event: ArticleList.Selected) -> None:
        await self.open_article(event.row.id, story_id=self._row_story(event.row))

    def _row_story(self, row: Row) -> int | None:
        """The story a row opens on its best pair: a view's row stands for its whole story; a search
        hit's or a feed's row for that one report (which opens its story with the report shown)."""
        whole = is_story(row) and isinstance(self.articles.source, ViewSource)
        return row.story_id if whole else None

    async def open_article(
        self, article_id: int, *, mark_read: bool = True, story_id: int | None = None
    ) -> None:
        """Show an article (beside its other-language version) and mark both read, unless ``mark_read``
        is False (a search shows its first hit without the user having read it).

        An article of a story of several reports opens that story, two versions side by side, the
        article in one of them; given the ``story_id`` of a list's row, the story opens on its best pair.
        A story of two reports that are a pair opens as a pair, with the pair's figure comparison."""
        library = self.library
        shown = None if story_id is not None else article_id
        story_id = story_id if story_id is not None else library.story_of(article_id)
        story = library.story(story_id) if story_id is not None else None
        if story is not None and (len(story["articles"]) > 2 or story["pair"] is None):
            view = StoryView.open(story, shown)
            await self.open_story(view, mark_read=mark_read)
            return
        record = library.article(article_id)
        if record is None:
            self.notify(f"Article {article_id} is gone from the library", severity="error")
            return
        partner = library.article(pair_id) if (pair_id := record.get("pair_id")) else None
        comparison = None
        if partner is not None:
            en, fr = (record, partner) if record.get("lang") == "en" else (partner, record)
            comparison = library.pair_comparison(en["id"], fr["id"])
        await self._show(record, partner, comparison, mark_read=mark_read)

    async def open_story(self, view: StoryView, *, mark_read: bool = True) -> None:
        """Show two versions of a story side by side (``view.left`` and ``view.right``) and mark them read."""
        library = self.library
        left, right = library.article(view.left), library.article(view.right)
        if left is None or right is None:
            self.notify("A version of this story is gone from the library", severity="error")
            return
        # The left version is compared as "English", the right as "French", whatever their languages.
        comparison = library.pair_comparison(left["id"], right["id"])
        await self._show(left, right, comparison, mark_read=mark_read, story=view)

    async def _show(
        self,
        record: ArticleRecord,
        partner: ArticleRecord | None,
        comparison: Comparison | None,
        *,
        mark_read: bool,
        story: StoryView | None = None,
    ) -> None:
        library = self.library
        if mark_read:
            shown = [r for r in (record, partner) if r is not None]
            changed = library.mark_read([r["id"] for r in shown if not r["read"]])
            for r in shown:
                r["read"] = True
            if changed:
                self.articles.update_many(changed, read=True)
                self._update_header()
        await self.detail.show(record, partner, comparison, self.pattern, story=story)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The keys that turn a column through a story are there only while a story of three or more
        versions is open (so the footer shows them only then)."""
        if action == "cycle_version":
            story = self.detail.story if self.is_mounted else None
            return story is not None and story.cycles
        return True

    async def action_cycle_version(self, side: str, step: int) -> None:
        """Show the story's next (previous) version in the left or the right column; the other column keeps
        its version and both keep their aligned paragraphs."""
        story = self.detail.story
        if story is None or not story.cycles:
            return
        await self.open_story(story.cycled(side, step))

    async def _reopen(self, *ids: int) -> None:
        """Show the open article again if it is one of ``ids`` (its pair or state changed)."""
        shown = self.detail.article
        partner = self.detail.partner
        if shown is not None and (shown["id"] in ids or (partner is not None and partner["id"] in ids)):
            await self.open_article(shown["id"])

    # -- views and search ----------------------------------------------------------------------------

    def action_view(self, view: str) -> None:
        self._leave_search()
        self.view = view
        self.articles.set_source(ViewSource(self.library, view))
        self._update_header()
        self.articles.focus()

    def action_search(self) -> None:
        self.query_one("#list-pane").add_class("-searching")
        self.search_bar.focus()

    @on(SearchBar.Submitted, "#search")
    def _submitted(self, event: SearchBar.Submitted) -> None:
        query = event.value.strip()
        if not query:
            self.action_clear_search()
            return
        self.set_status(f"Searching for “{one_line(query)}”…")
        self.search(query)

    @work(thread=True, exclusive=True, group="search")
    def search(self, query: str) -> None:
        """Run a query off the UI thread; a newer query cancels this one's result."""
        worker = get_current_worker()
        try:
            result = self.library.search(query, limit=SEARCH_LIMIT, snippets=SEARCH_SNIPPETS)
        except Exception as exc:  # QueryError for bad syntax; anything else is reported the same way
            if not worker.is_cancelled:
                self.post_message(SearchFailed(query, str(exc) or type(exc).__name__))
            return
        if not worker.is_cancelled:
            self.post_message(SearchDone(query, result))

    @on(SearchDone)
    async def _search_done(self, message: SearchDone) -> None:
        if not self.query_one("#list-pane").has_class("-searching"):
            return  # Escape was pressed while it ran
        self.set_status(None)
        result = message.result
        hits = list(result.results)
        terms = query_terms(message.query)
        for hit in hits:
            terms |= marked_terms(getattr(hit, "snippet", None))
        self.search_query = message.query
        self._set_suggestion(None if hits else getattr(result, "suggestion", None))
        self.search_total = int(getattr(result, "total", len(hits)))
        self.pattern = term_pattern(terms)
        self.articles.set_source(IdsSource(self.library, [h.id for h in hits]))
        self._update_header()
        self.articles.focus()
        if hits:
            # The list and its header paint first; the (heavier) detail of the first hit follows.
            # Shown, not read: a search result has not been read until the user opens it.
            self.call_after_refresh(partial(self.open_article, hits[0].id, mark_read=False))
        else:
            mean = f" · Did you mean: {one_line(self.suggestion)}?" if self.suggestion else ""
            self.notify(f"Nothing found for “{one_line(message.query)}”{mean}", severity="warning")

    def _set_suggestion(self, suggestion: str | None) -> None:
        self.suggestion = suggestion or None
        line = Text()
        if self.suggestion:
            line.append("Did you mean: ")
            line.append(one_line(self.suggestion), style="bold")
            line.append("? Enter searches it", style="dim")
        self.query_one("#suggestion", Static).update(line)
        self.query_one("#list-pane").set_class(bool(self.suggestion), "-suggestion")

    def action_did_you_mean(self) -> None:
        """Enter on the empty results of a search that has a did-you-mean: search that instead."""
        if not self.suggestion or self.search_query is None:
            raise SkipAction()
        query = self.suggestion
        self._set_suggestion(None)
        self.search_bar.value = query
        self.set_status(f"Searching for “{one_line(query)}”…")
        self.search(query)

    @on(SearchFailed)
    def _search_failed(self, message: SearchFailed) -> None:
        self.set_status(None)
        self.notify(f"Search: {one_line(message.reason)}", severity="error")

    @on(SearchBar.Cancelled)
    def _search_cancelled(self, event: SearchBar.Cancelled) -> None:
        self.action_clear_search()

    def action_clear_search(self) -> None:
        """Escape: drop the search (if any) and go back to all articles."""
        searching = self.search_query is not None or self.query_one("#list-pane").has_class("-searching")
        if not searching:
            return
        self.action_view("all")

    def _leave_search(self) -> None:
        self.workers.cancel_group(self, "search")
        self.set_status(None)
        self.search_bar.value = ""
        self.query_one("#list-pane").remove_class("-searching")
        self._set_suggestion(None)
        if self.search_query is not None or self.pattern is not None:
            self.search_query = None
            self.pattern = None
            self.detail.set_pattern(None)

    def action_next_hit(self) -> None:
        self._jump(1)

    def action_previous_hit(self) -> None:
        self._jump(-1)

    def _jump(self, step: int) -> None:
        if self.pattern is None:
            self.notify("Search first (/), then n and N go through the matches", severity="warning")
        elif not self.detail.jump_to_hit(step):
            self.notify("No matches in this article", severity="warning")

    # -- actions on the current article --------------------------------------------------------------

    def action_toggle_bookmark(self) -> None:
        target = self._target()
        if target is None:
            return
        value = not target["bookmarked"]
        if not self.library.set_bookmarked(target["id"], value):
            self.notify("That article is gone from the library", severity="error")
            return
        self.articles.update_rows(target["id"], bookmarked=value)
        for record in (self.detail.article, self.detail.partner):
            if record is not None and record["id"] == target["id"]:
                record["bookmarked"] = value
        self.notify("Bookmarked" if value else "Bookmark removed", timeout=2)

    # -- read state ----------------------------------------------------------------------------------

    def _show_read(self, ids: list[int], value: bool) -> None:
        """The list, the open article and the header follow read marks just written to the library."""
        self.articles.update_many(ids, read=value)
        changed = set(ids)
        for record in (self.detail.article, self.detail.partner):
            if record is not None and record["id"] in changed:
                record["read"] = value
        self._update_header()

    def _record_undo(self, what: str, ids: list[int], before: bool) -> None:
        if ids:
            self.undo_stack.append((what, ids, before))
            del self.undo_stack[:-UNDO_DEPTH]

    def action_toggle_read(self) -> None:
        target = self._target()
        if target is None:
            return
        value = not target.get("read")
        changed = self.library.mark_read([target["id"]], value)
        if not changed and self.library.article(target["id"]) is None:
            self.notify("That article is gone from the library", severity="error")
            return
        self._record_undo("read" if value else "unread", changed, not value)
        self._show_read(changed or [target["id"]], value)
        self.notify("Marked read" if value else "Marked unread", timeout=2)

    def action_mark_feed_read(self) -> None:
        target = self._target()
        if target is None:
            return
        label, changed = self.library.mark_feed_read(target["id"])
        self._record_undo(f"{label} read", changed, False)
        self._show_read(changed, True)
        n = len(changed)
        undo = " · z undoes it" if n else ""
        self.notify(f"{one_line(label)}: {n:,} article{'s' if n != 1 else ''} marked read{undo}", timeout=4)

    def action_mark_all_read(self) -> None:
        changed = self.library.mark_all_read()
        self._record_undo("all read", changed, False)
        self._show_read(changed, True)
        n = len(changed)
        undo = " · z undoes it" if n else ""
        self.notify(f"{n:,} article{'s' if n != 1 else ''} marked read{undo}", timeout=4)

    def action_undo(self) -> None:
        """Put back the read state of exactly the articles the last mark changed."""
        if not self.undo_stack:
            self.notify("Nothing to undo", severity="warning", timeout=2)
            return
        what, ids, before = self.undo_stack.pop()
        restored = self.library.mark_read(ids, before)
        self._show_read(ids, before)
        n = len(restored)
        state = "read" if before else "unread"
        self.notify(f"Undone ({what}): {n:,} article{'s' if n != 1 else ''} {state} again", timeout=3)

    # -- marking and pairing -------------------------------------------------------------------------

    def action_mark(self) -> None:
        row = self.articles.current
        if row is None:
            return
        articles = self.articles
        if articles.marked_id == row.id:
            articles.marked_id = None
            self.notify("Mark removed", timeout=2)
        else:
            articles.marked_id = row.id
            self.notify("Marked: press p on its other-language version to pair them", timeout=4)
        articles.refresh()

    async def action_pair(self) -> None:
        target = self._target()
        if target is None:
            return
        library, articles = self.library, self.articles
        if target.get("pair_id"):
            partner = library.unpair(target["id"])
            articles.forget_pages()
            self.notify("Unpaired: the two versions are shown apart", timeout=3)
            await self._reopen(target["id"], *([partner] if partner else []))
            return
        marked = articles.marked_id
        if marked is None or marked == target["id"]:
            self.notify(
                "Mark an article with m, then press p on its other-language version", severity="warning"
            )
            return
        try:
            library.pair(marked, target["id"])
        except KeyError:
            self.notify("The marked article is gone from the library", severity="error")
            return
        except ValueError as exc:
            self.notify(one_line(str(exc)), severity="error")
            return
        articles.marked_id = None
        articles.forget_pages()
        self.notify("Paired: both versions are shown side by side", timeout=3)
        await self._reopen(marked, target["id"])
        if self.detail.article is None or self.detail.article["id"] not in (marked, target["id"]):
            await self.open_article(target["id"])

    def action_open_url(self) -> None:
        target = self._target()
        if target is None or not target.get("url"):
            self.notify("This article has no link", severity="warning")
            return
        self.app.open_url(target["url"])

    def action_copy_url(self) -> None:
        target = self._target()
        if target is None or not target.get("url"):
            self.notify("This article has no link", severity="warning")
            return
        self.app.copy_to_clipboard(target["url"])
        self.notify(f"Copied {one_line(target['url'])}", timeout=2)

    # -- sidebar -------------------------------------------------------------------------------------

    def action_toggle_sidebar(self) -> None:
        if not self.query_one(Sidebar).toggle():
            self.articles.focus()

    @on(Sidebar.Selected)
    def _sidebar_selected(self, event: Sidebar.Selected) -> None:
        """A feed, a tag or a saved search chosen in the sidebar: the list shows its articles."""
        self._leave_search()
        self.view = "all" if event.selection.kind == "all" else event.selection.title
        self.articles.set_source(source_for(self.library, event.selection))
        self._update_header()
        self.articles.focus()

    # -- layout --------------------------------------------------------------------------------------

    def action_cycle_layout(self) -> None:
        detail = self.detail
        detail.reading_layout = LAYOUTS[(LAYOUTS.index(detail.reading_layout) + 1) % len(LAYOUTS)]
        self.notify(f"Layout: {LAYOUT_NAMES[detail.reading_layout]}", timeout=2)

    def action_toggle_figures(self) -> None:
        shown = self.detail.toggle_figures()
        self.set_class(shown, "-figures-open")
        if not shown:
            self.detail.body.focus()

    def action_zoom(self) -> None:
        """The article alone, full width (the list hidden); again to bring the list back."""
        self.toggle_class("-zoom")
        if self.has_class("-zoom"):
            if not (self.focused and self.detail in self.focused.ancestors_with_self):
                self.detail.body.focus()
        else:
            self.articles.focus()

    async def action_next_article(self) -> None:
        await self._step_article(1)

    async def action_previous_article(self) -> None:
        await self._step_article(-1)

    async def _step_article(self, step: int) -> None:
        """Move the list's cursor to the next (previous) article and open it; the other version of the
        pair being read, or a row of the story being read, is skipped: it is already shown."""
        articles = self.articles
        shown = {r["id"] for r in (self.detail.article, self.detail.partner) if r is not None}
        story = self.detail.story.id if self.detail.story is not None else None
        index = articles.cursor
        while True:
            index += step
            row = articles.row_at(index)
            if row is None:
                self.notify("No more articles" if step > 0 else "This is the first article", timeout=2)
                return
            if row.id not in shown and (story is None or row.story_id != story):
                break
        articles.cursor = index
        await self.open_article(row.id, story_id=self._row_story(row))

    def action_save(self) -> None:
        """Write the open article (or pair, with its figure comparison; or the two versions of a story read,
        with its figures across every version) as Markdown to the save folder."""
        from reader.markdown import save_markdown

        detail = self.detail
        record, partner, comparison = detail.article, detail.partner, detail.comparison
        story = detail.story.story if detail.story is not None else None
        if record is None:
            self.notify("Open an article first (Enter), then s saves it", severity="warning")
            return
        config = getattr(self.app, "config", None)
        folder = getattr(config, "save_dir", None) or Path.cwd()
        try:
            path = save_markdown(Path(folder), record, partner, comparison if partner else None, story=story)
        except OSError as exc:
            self.notify(f"Cannot save to {folder}: {one_line(exc.strerror or str(exc))}", severity="error")
            return
        what = "Story and its figures" if story else "Pair and its figures" if partner else "Article"
        self.notify(f"{what} saved to {path}", timeout=5)

    def action_feed_errors(self) -> None:
        from reader.tui.screens.feed_errors import FeedErrorsScreen

        self.app.push_screen(FeedErrorsScreen(self.feed_errors()))

    def feed_errors(self) -> list[tuple[str, str, str]]:
        """Every subscription whose last fetch failed: (url, title, reason); the last refresh's failures
        first (they may be newer than what the library recorded)."""
        out: dict[str, tuple[str, str, str]] = {}
        titles = {}
        for feed in self.library.feeds():
            titles[feed["url"]] = feed.get("title") or ""
            if feed.get("error"):
                out[feed["url"]] = (feed["url"], feed.get("title") or "", feed["error"])
        for url, reason in self.feed_failures:
            out[url] = (url, titles.get(url, ""), reason)
        return sorted(out.values())

    def action_switch_pane(self) -> None:
        focused = self.focused
        if focused is self.articles:
            self.detail.body.focus()
        else:
            self.articles.focus()

    # -- refresh -------------------------------------------------------------------------------------

    def action_refresh_feeds(self) -> None:
        if not self.library.feeds():
            self.notify(
                "No subscriptions: add one with `newsreader feeds add URL`", severity="warning", markup=False
            )
            return
        if self._refreshing():
            self.notify("Already refreshing the feeds", timeout=2)
            return
        self.set_status("Refreshing feeds…")
        self.refresh_worker()

    def _refreshing(self) -> bool:
        return any(w.group == "refresh" and not w.is_finished for w in self.workers)

    def _refresh_on_timer(self) -> None:
        """Every ``refresh_minutes``: the same refresh as ``r``, unless one is running or nothing is
        subscribed."""
        if self._refreshing() or not self.library.feeds():
            return
        self.set_status("Refreshing feeds (automatic)…")
        self.refresh_worker(auto=True)

    @work(thread=True, exclusive=True, group="refresh")
    def refresh_worker(self, auto: bool = False) -> None:
        """Fetch every subscription on its own library connection, so the UI thread's stays free."""
        from reader.fetch import refresh
        from reader.store import Library

        def progress(result: object, done: int, total: int) -> None:
            self.post_message(RefreshProgress(done, total))

        try:
            with Library(self.library.data_dir) as library:
                results = refresh(library, None, on_result=progress)
        except Exception as exc:
            self.post_message(
                RefreshDone(f"Refresh failed: {one_line(str(exc)) or type(exc).__name__}", True)
            )
            return
        new = sum(r.added for r in results)
        failures = [(r.url, one_line(r.error)) for r in results if r.error]
        articles = f"{new:,} new article{'s' if new != 1 else ''}"
        if failures:
            feeds = f"{len(failures)} feed{'s' if len(failures) != 1 else ''} failed"
            first = one_line(next(r.line() for r in results if r.error))
            summary = f"{articles} ({feeds}) · {first}{' …' if len(failures) > 1 else ''} · E lists them"
            self.post_message(RefreshDone(summary, True, new, failures, auto))
        else:
            summary = f"Feeds refreshed: {len(results)} · {articles}"
            self.post_message(RefreshDone(summary, False, new, [], auto))

    @on(RefreshProgress)
    def _refresh_progress(self, message: RefreshProgress) -> None:
        self.set_status(f"Refreshing feeds {message.done}/{message.total}…")

    @on(RefreshDone)
    def _refresh_done(self, message: RefreshDone) -> None:
        self.set_status(None)
        if message.failures is not None:
            self.feed_failures = message.failures
        if self.search_query is None:
            self.articles.reload()
            self._update_header()
        if message.auto and not message.failed and not message.new:
            return
        self.notify(message.summary, severity="error" if message.failed else "information")
