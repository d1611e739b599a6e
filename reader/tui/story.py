"""A story read two versions at a time: which two the columns show first, and which comes next when a
column is cycled through the story. Plain Python (no Textual), so the rules are tested without the app."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reader.markdown import Version, story_versions


@dataclass
class StoryView:
    """The story open in the reading pane and the versions its two columns show (article ids)."""

    story: Mapping[str, Any]
    versions: list[Version]
    left: int
    right: int

    @classmethod
    def open(cls, story: Mapping[str, Any], article_id: int | None = None) -> StoryView:
        """The story with its best pair shown (English left, French right); with ``article_id``, that
        version is one of the two (a search hit, or the next article of the list), in its language's
        column. Without a pair, the first English version and the first French one, or the first two."""
        versions = story_versions(story)
        ids = [v.id for v in versions]
        lang = {v.id: v.lang for v in versions}
        pair = story.get("pair")
        left, right = (pair[0], pair[1]) if pair else _first_two(versions)
        if article_id in ids and article_id not in (left, right):
            if lang[article_id] == "fr" and lang[left] != "fr":
                right = article_id
            else:
                left = article_id
        if left == right:
            right = next((i for i in ids if i != left), right)
        return cls(story, versions, left, right)

    @property
    def id(self) -> int:
        return int(self.story["id"])

    @property
    def cycles(self) -> bool:
        """Whether a column can show another version (more versions than columns)."""
        return len(self.versions) > 2

    @property
    def labelled(self) -> bool:
        """Whether the columns need a line naming their versions: more than a plain English/French pair."""
        return self.cycles or self.version(self.left).lang == self.version(self.right).lang

    def version(self, article_id: int) -> Version:
        return next(v for v in self.versions if v.id == article_id)

    def cycled(self, side: str, step: int) -> StoryView:
        """The view with the ``side`` column ("left" or "right") on the next (``step=1``) or previous
        (``-1``) version in reading order, passing over the one the other column shows."""
        ids = [v.id for v in self.versions]
        current, other = (self.left, self.right) if side == "left" else (self.right, self.left)
        index = ids.index(current)
        for _ in ids:
            index = (index + step) % len(ids)
            if ids[index] != other:
                break
        chosen = ids[index]
        if side == "left":
            return StoryView(self.story, self.versions, chosen, self.right)
        return StoryView(self.story, self.versions, self.left, chosen)


def _first_two(versions: list[Version]) -> tuple[int, int]:
    first = versions[0]
    french = next((v for v in versions if v.lang == "fr" and v.id != first.id), None)
    second = french or next((v for v in versions if v.id != first.id), first)
    return first.id, second.id
