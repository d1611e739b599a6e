"""What the article list and the sidebar share: a scrolling view drawn line by line, with a cursor that
looks different when the view has the focus."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.scroll_view import ScrollView
from textual.strip import Strip


class LineView(ScrollView):
    """A :class:`ScrollView` whose ``render_line`` draws Rich text; the cursor's style follows the focus."""

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def _style(self, name: str) -> Style:
        # The full style: theme colours such as $text-muted are relative ("auto 60%") and need a background.
        return self.get_component_rich_style(name)

    def _strip(self, text: Text, width: int) -> Strip:
        """One line of ``text`` on the view's own style, cut to ``width``."""
        segments = list(text.render(self.app.console))
        return Strip(Segment.apply_style(segments, self.rich_style), width).crop(0, width)

    def _clicked_line(self, event: events.Click) -> int | None:
        """The line of the whole content (scrolling included) a click fell on, or None outside it."""
        offset = event.get_content_offset(self)
        return None if offset is None else offset.y + int(self.scroll_y)
