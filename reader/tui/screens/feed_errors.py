"""The ``E`` screen: every subscription whose last fetch failed, with the reason, so a broken feed can be
fixed or removed (``newsreader feeds remove URL``)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.tui.text import one_line


class FeedErrorsScreen(ModalScreen[None]):
    """A modal list of failing feeds: (url, title, reason). Escape or ``E`` closes it."""

    BINDINGS = [
        Binding("escape,E", "dismiss", "Close feed errors", id="close_feed_errors"),
        Binding("q", "app.quit", "Quit", id="quit"),
    ]

    def __init__(self, failures: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.failures = failures

    def compose(self) -> ComposeResult:
        count = len(self.failures)
        title = f"Feeds that failed · {count}" if count else "No feed failed"
        with Vertical(id="feed-errors-dialog"):
            yield Static(Text(title, style="bold"), id="feed-errors-title")
            with VerticalScroll(id="feed-errors-body"):
                yield Static(self._table(), id="feed-errors-table")
            yield Static(
                Text("Fix the URL, or remove it: newsreader feeds remove URL · Esc closes", style="dim"),
                id="feed-errors-footer",
            )

    def _table(self) -> Table | Text:
        if not self.failures:
            return Text("Every subscription refreshed without error at its last fetch.")
        table = Table(box=None, show_header=True, header_style="bold", expand=True, pad_edge=False)
        table.add_column("feed", ratio=1, overflow="fold")
        table.add_column("reason", ratio=1, overflow="fold")
        for url, title, reason in self.failures:
            feed = Text(one_line(title), style="bold") if title else Text("")
            if title:
                feed.append("\n")
            feed.append(one_line(url), style="dim")
            table.add_row(feed, Text(one_line(reason)))
        return table
