"""The baseline for first paint: a minimal Textual app (Header, Static, Footer) with known text.

``run.py`` starts it in tmux exactly as it starts ``newsreader`` and waits for ``READY`` on screen.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static

READY = "bare textual app ready"


class BareApp(App[None]):
    BINDINGS = [("q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(READY)
        yield Footer()


if __name__ == "__main__":
    BareApp().run()
