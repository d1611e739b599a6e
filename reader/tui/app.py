"""The Textual application: the reading screen, the help screen, the command palette, keymap and theme.

Only ``reader/tui`` imports Textual. The app is handed an open :class:`reader.store.Library` and the user's
:class:`reader.config.Config`; everything it reads or changes goes through the library.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from reader.config import Config, save_theme
from reader.tui.screens.main import MainScreen
from reader.tui.widgets.article_list import ArticleList

if TYPE_CHECKING:
    from reader.store import Library


class NewsReaderApp(App[int]):
    """A bilingual news reader: English and French versions of a story side by side."""

    CSS_PATH = "app.tcss"
    TITLE = "newsreader"

    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Help", id="help"),
    ]

    def __init__(self, library: Library, config: Config | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.library = library
        self.config = config or Config()
        self.key_overrides = dict(self.config.keys)
        self._library_notify = library.notify

    def on_mount(self) -> None:
        # The library reports waits and index rebuilds through ``notify``; printed to the terminal they would
        # tear the screen, so they become toasts while the app runs (App.notify is safe from any thread).
        self.library.notify = self._library_message
        if self.key_overrides:
            self.set_keymap(self.key_overrides)
            known = {b.id for _, bindings in self.binding_sections() for _, b in bindings}
            unknown = sorted(set(self.key_overrides) - known)
            if unknown:
                self.notify(
                    f"Unknown binding ids in the config's keys: {', '.join(unknown)} (the ? screen lists the ids)",
                    severity="warning",
                    markup=False,
                )
        theme = self.config.theme
        if theme:
            if theme in self.available_themes:
                self.theme = theme
            else:
                themes = ", ".join(sorted(self.available_themes))
                self.notify(
                    f"Unknown theme {theme!r} in the config; themes: {themes}",
                    severity="warning",
                    markup=False,
                )
        self.push_screen(MainScreen(self.library, layout=self.config.layout))
        self.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, theme: Any) -> None:
        """A theme picked in the command palette is written to the config, so it is there next time."""
        if theme.name != self.config.theme and save_theme(self.config.path, theme.name):
            self.config.theme = theme.name

    def on_unmount(self) -> None:
        self.library.notify = self._library_notify

    def _library_message(self, message: str) -> None:
        self.notify(message, markup=False)

    @property
    def main_screen(self) -> MainScreen:
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        raise LookupError("the reading screen is not open")

    # -- keys, help and commands ---------------------------------------------------------------------

    def binding_sections(self) -> list[tuple[str, list[tuple[str, Binding]]]]:
        """Every binding with the keys it has now (after the config's keymap), grouped for the help screen."""

        def bound(bindings: Iterable[Any]) -> list[tuple[str, Binding]]:
            out = []
            for b in bindings:
                if isinstance(b, Binding) and b.id:
                    out.append((self.key_overrides.get(b.id, b.key), b))
            return out

        palette = Binding(
            self.COMMAND_PALETTE_BINDING, "command_palette", "Command palette", id="command_palette"
        )
        return [
            ("Article list", bound(ArticleList.BINDINGS)),
            ("Reading", bound(MainScreen.BINDINGS)),
            ("App", bound([*self.BINDINGS, palette])),
        ]

    def action_help(self) -> None:
        from reader.tui.screens.help import HelpScreen  # imported when first asked for, after start-up

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.binding_sections()))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        try:
            main = self.main_screen
        except LookupError:
            return
        for title, bindings in self.binding_sections():
            if title == "App":
                continue
            node: Any = main.query_one(ArticleList) if title == "Article list" else main
            for keys, binding in bindings:
                if binding.action.startswith(("cursor_", "page_", "first", "last")):
                    continue
                help_text = f"{binding.description} (key: {keys})"
                yield SystemCommand(
                    binding.description, help_text, partial(self._run_on, node, binding.action)
                )
        yield SystemCommand("Help", "List every key (key: ?)", self.action_help)

    def _run_on(self, node: Any, action: str) -> None:
        self.call_later(node.run_action, action)


def run_app(ctx: Any) -> int:
    """Run the reader on ``ctx.library`` with ``ctx.config`` (the CLI's context). Returns the exit code."""
    # Opening the library (and, on the very first run, importing the samples) happens before the screen
    # is taken over, so its messages print normally; the app itself reads only a count and a first page.
    app = NewsReaderApp(library=ctx.library, config=ctx.config)
    app.run()
    return app.return_code or 0


__all__ = ["NewsReaderApp", "run_app"]
