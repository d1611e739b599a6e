"""The ``?`` screen: every key binding with its id (the name to remap it by in the config file)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


class HelpScreen(ModalScreen[None]):
    """A modal table of the bindings, grouped by where they apply. Escape or ``?`` closes it."""

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
            yield Static(Text("Keys", style="bold"), id="help-title")
            with VerticalScroll(id="help-body"):
                yield Static(self._table())
            yield Static(
                Text('Remap any key in config.yaml, e.g. keys: {bookmark: "b,s"} · Esc closes', style="dim"),
                id="help-footer",
            )

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


def _split(keys: str) -> Iterable[str]:
    return [k for k in keys.split(",") if k.strip()]


def _with_key(binding: Binding, key: str) -> Binding:
    return Binding(key, binding.action, binding.description, show=binding.show, id=binding.id)
