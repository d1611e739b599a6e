"""The search input shown on ``/``: Enter runs the query, Escape clears it and goes back to all articles."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    BINDINGS = [Binding("escape", "cancel", "Clear search", id="cancel_search")]

    @dataclass
    class Cancelled(Message):
        """Escape: the user gave up searching."""

        search_bar: SearchBar

        @property
        def control(self) -> SearchBar:
            return self.search_bar

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder='Search both languages: words, "a phrase", 4.5 million…', id=id)

    def action_cancel(self) -> None:
        self.value = ""
        self.post_message(self.Cancelled(self))
