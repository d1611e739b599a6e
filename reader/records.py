"""The records the store hands out: a stored article, a search hit's article, a pair, a story.

They are TypedDicts, so they stay plain dicts at run time (no conversion on the import or list paths) and the
JSON commands print them as they are. A JSON shape is a contract: a key may be added, never renamed or taken
away. The store (``reader.store``) exports them; they live at the bottom layer so that the rendering
helpers below the store can name them too.
"""

from __future__ import annotations

from typing import Any, Required, TypedDict

#: A figure in its stored and JSON form (see :meth:`reader.model.Figure.to_dict`).
FigureJson = dict[str, Any]
#: A body block in its stored and JSON form (see :meth:`reader.model.Block.to_dict`).
BlockJson = dict[str, Any]


class StoredArticle(TypedDict, total=False):
    """An article as the database gives it back: the columns of ``articles``, the JSON ones decoded and the
    flags as bools. Read whole (``Database.article_record``) it has every key; a lean read
    (``Database.article_records(ids, columns)``) has only the columns it names, always with ``id``."""

    id: Required[int]
    guid_key: str | None
    url: str | None
    hash: str
    title: str
    lang: str
    lang_source: str
    #: The region of the declared language tag ("CA" of "fr-CA"), or "".
    lang_region: str
    date: str | None
    date_ts: float | None
    source: str
    feed: str
    feed_url: str | None
    origin: str
    tags: list[str]
    story: str | None
    alternates: dict[str, str]
    tldr: list[str]
    blocks: list[BlockJson]
    summary: str
    age: str | None
    #: The body's figures; the title's and the TL;DR's are ``extra_figures``.
    figures: list[FigureJson]
    extra_figures: list[FigureJson]
    names: list[str]
    #: The figure buckets pairing bounds a candidate by (None: stored before the column existed).
    buckets: str | None
    added_ts: float
    updated_ts: float
    sort_ts: float
    read: bool
    bookmarked: bool
    bookmarked_ts: float | None
    pair_id: int | None
    story_id: int | None
    indexed: int


class ArticleRecord(StoredArticle):
    """A stored article read whole, with its body as displayed (``Library.article``)."""

    paragraphs: list[str]
    text: str


class RowJson(TypedDict):
    """A line of an article list as ``list --json`` prints it (``Row.to_json``)."""

    id: int
    title: str
    lang: str
    source: str
    date: str | None
    url: str | None
    bookmarked: bool
    read: bool
    pair_id: int | None
    story_id: int | None


class ArticleJson(RowJson):
    """An article as ``show --json`` prints it (``Library.article_json``): a list row's keys and these."""

    lang_source: str
    feed: str
    tags: list[str]
    story: str | None
    summary: str
    age: str | None
    tldr: list[str]
    text: str
    paragraphs: list[str]
    #: Every field's figures: the body's, then the title's and the TL;DR's, each with its ``field``.
    figures: list[FigureJson]
    headings: list[str]
    #: The body's structure (a table's rows, an item's number, its link references).
    blocks: list[BlockJson]
    #: The article's links: reference N is ``links[N - 1]``.
    links: list[str]


class SearchRecord(TypedDict, total=False):
    """What a search hit shows of an article (``Database.search_records``): a lean read of the list
    columns, the body's blocks, summary and TL;DR (empty when not asked for), and the figures as undecoded
    JSON text when asked for."""

    id: Required[int]
    title: Required[str]
    lang: Required[str]
    date: Required[str | None]
    sort_ts: Required[float]
    pair_id: Required[int | None]
    blocks: Required[list[BlockJson]]
    summary: Required[str]
    tldr: Required[list[str]]
    figures_json: str


class PairRecord(TypedDict):
    """A stored pair: its English and French article ids, how it was found and its score."""

    en: int
    fr: int
    #: "manual", "explicit" or "auto".
    how: str
    score: float


class Comparison(TypedDict):
    """The figure comparison of a pair: ``matched``, ``conflicts`` (the same quantity with another value),
    ``near`` (a count and the other version's close estimate of it) and ``rounded`` (the conflicts where one
    version gives the other's value rounded or estimated, ``near`` among them) as ``[english, french]``
    figures, ``only_en`` and ``only_fr`` as lists of figures."""

    matched: list[list[FigureJson]]
    only_en: list[FigureJson]
    only_fr: list[FigureJson]
    conflicts: list[list[FigureJson]]
    near: list[list[FigureJson]]
    rounded: list[list[FigureJson]]


class PairJson(PairRecord, Comparison):
    """A pair as ``pairs --json`` prints it: the pair (its score rounded to 3 places) and its comparison."""


class StoryArticle(TypedDict):
    """One report of a story, as the ``stories`` contract lists it."""

    id: int
    lang: str
    source: str
    date: str | None


class QuantityJson(TypedDict):
    """One quantity of a story: its kind and unit, each version's figure by article id, whether they
    disagree, and whether only as one rounds or estimates another's value."""

    kind: str
    unit: str | None
    values: dict[str, FigureJson]
    disagree: bool
    rounded: bool


class StoryJson(TypedDict):
    """A story as the ``stories`` contract gives it (``Library.story``): its title (the best pair's English
    version, else the newest report), its reports, how it was formed, its best pair and its quantities."""

    id: int
    title: str
    articles: list[StoryArticle]
    how: str | None
    pair: list[int] | None
    quantities: list[QuantityJson]
