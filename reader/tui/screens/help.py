"""The ``?`` screen: what every symbol and colour means, and every key binding with its id (the name to
remap it by in the config file)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

#: What the reader shows, and what it means: (sample, component class, meaning).
LEGEND = [
    ("●", "help--unread", "unread article"),
    ("★", "help--bookmark", "bookmarked"),
    ("⇄", "help--paired", "has a version in the other language: opens side by side"),
    ("3 EN · 2 FR", "help--story", "a story told by several reports: opens two of them side by side"),
    ("≠", "help--disagree", "a story whose reports give one quantity different values, not only rounded"),
    ("◆", "help--marked", "marked (m): press p on another article to pair the two"),
    ("EN", "help--lang-en", "an English article"),
    ("FR", "help--lang-fr", "a French article"),
    (
        "2.3 million²",
        "help--match",
        "a figure both versions give: same colour and small number on both sides",
    ),
    (
        "30-year-old",
        "help--conflict",
        'a conflict: the versions give one quantity different values (≠ in the panel; "rounded" when '
        "one only rounds or estimates the other's)",
    ),
    ("€15 million", "help--one-sided", "a figure only one version reports (! in the panel)"),
    (
        "145,000",
        "help--figure",
        "a key figure of an article without a pair",
    ),
    ("ransomware", "help--hit", "a search hit: n and N go through them"),
]


class HelpScreen(ModalScreen[None]):
    """A modal legend and table of the bindings, grouped by where they apply. Escape or ``?`` closes it."""

    #: The legend's samples, styled in app.tcss like what they explain.
    COMPONENT_CLASSES = {component for _, component, _ in LEGEND}

    BINDINGS = [
        Binding("escape,question_mark", "dismiss", "Close help", id="close_help"),
        # A modal screen hides the app's bindings, so quitting is bound here too (same id, same remap).
        Binding("q", "app.quit", "Quit", id="quit"),
    ]

    def __init__(self, sections: list[tuple[str, list[tuple[str, Binding]]]]) -> None:
        """``sections``: (title, [(keys as bound now, binding)]) in display order."""
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog"):
            yield Static(Text("Keys, symbols and colours", style="bold"), id="help-title")
            with VerticalScroll(id="help-body"):
                yield Static(self._table())
                yield Static(id="help-legend")
            yield Static(
                Text('Remap any key in config.yaml, e.g. keys: {bookmark: "b,s"} · Esc closes', style="dim"),
                id="help-footer",
            )

    def on_mount(self) -> None:
        self.query_one("#help-legend", Static).update(legend(self.get_component_rich_style))

    def _table(self) -> Table:
        table = Table(box=None, show_header=True, header_style="bold", expand=True, pad_edge=False)
        table.add_column("key", no_wrap=True)
        table.add_column("does")
        table.add_column("id", style="dim", no_wrap=True)
        for title, bindings in self.sections:
            table.add_row(Text(title, style="bold underline"), Text(""), Text(""))
            for keys, binding in bindings:
                table.add_row(
                    Text(self._keys(keys, binding)), Text(binding.description), Text(binding.id or "")
                )
        return table

    def _keys(self, keys: str, binding: Binding) -> str:
        return ", ".join(self.app.get_key_display(_with_key(binding, k.strip())) for k in _split(keys))


def legend(style_of: Callable[[str], Style]) -> Table:
    """The symbols and colours of the list, the article and the figures panel; ``style_of`` gives a
    component class's style."""
    table = Table(box=None, show_header=True, header_style="bold", expand=True, pad_edge=False)
    table.add_column("symbol", no_wrap=True)
    table.add_column("means")
    for sample, component, meaning in LEGEND:
        table.add_row(Text(sample, style=style_of(component)), Text(meaning))
    table.add_row(Text(""), Text(""))
    return table


def _split(keys: str) -> Iterable[str]:
    return [k for k in keys.split(",") if k.strip()]


def _with_key(binding: Binding, key: str) -> Binding:
    return Binding(key, binding.action, binding.description, show=binding.show, id=binding.id)
