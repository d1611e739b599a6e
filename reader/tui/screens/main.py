"""The reading screen: the article list on the left, the open article (or pair) on the right.

Every change of state (read, bookmark, pair) is written to the library at once; the list patches its cached
rows instead of reading the view again, so the cursor never jumps. Search and feed refresh run in thread
workers that post their results back as messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static
from textual.worker import get_current_worker

from reader.tui.text import marked_terms, one_line, query_terms, term_pattern
from reader.tui.widgets.article_detail import LAYOUT_NAMES, LAYOUTS, ArticleDetail
from reader.tui.widgets.article_list import ArticleList, IdsSource, ViewSource
from reader.tui.widgets.search_bar import SearchBar

if TYPE_CHECKING:
    from reader.store import Library

#: Search results shown at most (the header says how many there were in all).
SEARCH_LIMIT = 500
#: Hits whose snippets feed the highlight terms: a few screens' worth is plenty.
SEARCH_SNIPPETS = 50
VIEW_TITLES = {"all": "All articles", "unread": "Unread", "bookmarks": "Bookmarks"}


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


class MainScreen(Screen[None]):
    """The list, the detail pane, the search bar and the status line."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]

    BINDINGS = [
        Binding("slash", "search", "Search", id="search"),
        Binding("tab", "switch_pane", "Switch pane", id="switch_pane", show=False),
        Binding("b", "toggle_bookmark", "Bookmark", id="bookmark"),
        Binding("B", "view('bookmarks')", "Bookmarked articles", id="view_bookmarks", show=False),
        Binding("u", "view('unread')", "Unread articles", id="view_unread", show=False),
        Binding("a", "view('all')", "All articles", id="view_all", show=False),
        Binding("l", "cycle_layout", "Layout", id="cycle_layout"),
        Binding("f", "toggle_figures", "Figures", id="figures"),
        Binding("m", "mark", "Mark to pair", id="mark", show=False),
        Binding("p", "pair", "Pair/unpair", id="pair", show=False),
        Binding("n", "next_hit", "Next hit", id="next_hit", show=False),
        Binding("N", "previous_hit", "Previous hit", id="previous_hit", show=False),
        Binding("o", "open_url", "Open in browser", id="open_url", show=False),
        Binding("y", "copy_url", "Copy URL", id="copy_url", show=False),
        Binding("r", "refresh_feeds", "Refresh feeds", id="refresh", show=False),
        Binding("escape", "clear_search", "Back to all articles", id="clear_search", show=False),
    ]

    def __init__(self, library: Library, *, layout: str = "side-by-side") -> None:
        super().__init__()
        self.library = library
        self.initial_layout = layout if layout in LAYOUTS else "side-by-side"
        self.view = "all"
        self.search_query: str | None = None
        self.search_total = 0
        self.pattern: re.Pattern[str] | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            with Vertical(id="list-pane"):
                yield Static(id="list-header")
                yield SearchBar(id="search")
                yield ArticleList(id="articles")
                yield Static(id="status")
            yield ArticleDetail(id="detail")
        yield Footer()

    def on_mount(self) -> None:
        self.detail.reading_layout = self.initial_layout
        self.articles.set_source(ViewSource(self.library, "all"))
        self._update_header()
        self.articles.focus()

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
        if self.search_query is not None:
            head = Text("Search ", style="bold")
            head.append(f"“{one_line(self.search_query)}”")
            more = f" of {self.search_total:,}" if self.search_total > total else ""
            head.append(f" · {total:,}{more} result{'s' if total != 1 else ''}", style="dim")
        else:
            head = Text(VIEW_TITLES.get(self.view, self.view), style="bold")
            head.append(f" · {total:,} article{'s' if total != 1 else ''}", style="dim")
        self.query_one("#list-header", Static).update(head)

    def set_status(self, message: str | None) -> None:
        """The status line under the list: shown while something runs in the background."""
        status = self.query_one("#status", Static)
        status.update(Text(message or ""))
        status.set_class(bool(message), "-busy")

    def _target(self) -> dict[str, Any] | None:
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
        }

    # -- opening -------------------------------------------------------------------------------------

    @on(ArticleList.Selected)
    async def _selected(self, event: ArticleList.Selected) -> None:
        await self.open_article(event.row.id)

    async def open_article(self, article_id: int) -> None:
        """Show an article (beside its other-language version) and mark it read."""
        library = self.library
        record = library.article(article_id)
        if record is None:
            self.notify(f"Article {article_id} is gone from the library", severity="error")
            return
        partner = library.article(record["pair_id"]) if record.get("pair_id") else None
        comparison = None
        if partner is not None:
            en, fr = (record, partner) if record.get("lang") == "en" else (partner, record)
            comparison = library.pair_comparison(en["id"], fr["id"])
        if not record["read"]:
            library.set_read(article_id, True)
            record["read"] = True
            self.articles.update_rows(article_id, read=True)
        await self.detail.show(record, partner, comparison, self.pattern)

    async def _reopen(self, *ids: int) -> None:
        """Show the open article again if it is one of ``ids`` (its pair or state changed)."""
        shown = self.detail.article
        if shown is not None and (shown["id"] in ids or (self.detail.partner or {}).get("id") in ids):
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
        self.search_total = int(getattr(result, "total", len(hits)))
        self.pattern = term_pattern(terms)
        self.articles.set_source(IdsSource(self.library, [h.id for h in hits]))
        self._update_header()
        self.articles.focus()
        if hits:
            # The list and its header paint first; the (heavier) detail of the first hit follows.
            self.call_after_refresh(self.open_article, hits[0].id)
        else:
            self.notify(f"Nothing found for “{one_line(message.query)}”", severity="warning")

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

    # -- layout --------------------------------------------------------------------------------------

    def action_cycle_layout(self) -> None:
        detail = self.detail
        detail.reading_layout = LAYOUTS[(LAYOUTS.index(detail.reading_layout) + 1) % len(LAYOUTS)]
        self.notify(f"Layout: {LAYOUT_NAMES[detail.reading_layout]}", timeout=2)

    def action_toggle_figures(self) -> None:
        if not self.detail.toggle_figures():
            self.detail.body.focus()

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
        self.set_status("Refreshing feeds…")
        self.refresh_worker()

    @work(thread=True, exclusive=True, group="refresh")
    def refresh_worker(self) -> None:
        """Fetch every subscription on its own library connection, so the UI thread's stays free."""
        from reader.fetch import refresh_feeds
        from reader.store import Library

        problems: list[str] = []
        done: list[str] = []

        def report(message: str) -> None:
            problems.append(one_line(message))

        def info(message: str) -> None:
            done.append(one_line(message))
            self.app.call_from_thread(self.set_status, done[-1])

        try:
            with Library(self.library.data_dir) as library:
                refresh_feeds(library, [], progress=False, report=report, info=info)
        except Exception as exc:
            self.post_message(
                RefreshDone(f"Refresh failed: {one_line(str(exc)) or type(exc).__name__}", True)
            )
            return
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            self.post_message(RefreshDone(problems[0] + more, True))
        else:
            self.post_message(RefreshDone(f"Feeds refreshed: {len(done)}", False))

    @on(RefreshDone)
    def _refresh_done(self, message: RefreshDone) -> None:
        self.set_status(None)
        if self.search_query is None:
            self.articles.reload()
            self._update_header()
        self.notify(message.summary, severity="error" if message.failed else "information")
