"""Plain records shared by every layer: what ingest produces and what the library stores.

No Textual, no SQLite, no Whoosh here. Every input format returns ``Article`` records; the
library turns them into rows and index documents; the CLI and the TUI read them back.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal
from urllib.parse import urljoin

BlockKind = Literal["paragraph", "heading", "item", "quote", "table"]
FigureField = Literal["body", "title", "tldr"]

#: Displayed text is the blocks joined by this separator; figure offsets index into it.
BLOCK_SEPARATOR = "\n\n"
#: Prefix of a list item in the displayed text.
ITEM_PREFIX = "• "
#: A search snippet wraps each matched term in these (private-use characters: never in cleaned feed text).
MARK_START, MARK_END = "\ue000", "\ue001"
_SCHEME_RE = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:")


def item_marker(number: int | None) -> str:
    """What starts a list item in the displayed text: its number ("3. ") or the bullet."""
    return ITEM_PREFIX if number is None else f"{number}. "


def display_block(block: dict[str, Any]) -> str:
    """A stored block (``{"kind", "text"}``, maybe ``number``) as displayed."""
    text: str = block["text"]
    return item_marker(block.get("number")) + text if block["kind"] == "item" else text


def article_links(record: Mapping[str, Any]) -> list[tuple[int, str]]:
    """A stored article's link references, (number, URL) by number: what "anchor text[3]" in its text
    points to. A relative URL is resolved against the article's own URL when it has one."""
    found: dict[int, str] = {}
    for block in record.get("blocks") or ():
        for number, url in block.get("links") or ():
            found.setdefault(int(number), str(url))
    base = record.get("url") or ""
    web = base.startswith(("http://", "https://"))
    out = []
    for number, url in sorted(found.items()):
        if web and not _SCHEME_RE.match(url):
            try:
                url = urljoin(base, url)
            except ValueError:
                pass
        out.append((number, url))
    return out


def tldr_text(items: list[str]) -> str:
    """TL;DR items as one text, one item a line: the text a ``field == "tldr"`` figure's offsets index."""
    return "\n".join(items)


def display_text(blocks: list[dict[str, Any]]) -> str:
    """Stored blocks as the displayed body, the text figure offsets count in (same as ``Article.text``)."""
    return BLOCK_SEPARATOR.join(display_block(b) for b in blocks)


@dataclass(slots=True)
class Block:
    """One displayed unit of an article body: a paragraph, a heading, a list item, a quote or a table."""

    kind: BlockKind
    text: str
    #: A table's rows of cells (kind "table"); ``text`` is their plain rendering, cells joined by " | " and
    #: rows by newlines, and each cell's text appears in it in order.
    rows: list[list[str]] | None = None
    #: A table whose first row is a header row (``<th>`` cells).
    header: bool = False
    #: A numbered list item's number (kind "item"): displayed "3. text" rather than "• text".
    number: int | None = None
    #: The link references the text holds ("anchor text[3]"): (number, URL) pairs.
    links: list[tuple[int, str]] = field(default_factory=list)

    def display(self) -> str:
        return item_marker(self.number) + self.text if self.kind == "item" else self.text

    def to_dict(self) -> dict[str, Any]:
        """The stored form: ``kind`` and ``text``, and the other fields only when they are set."""
        d: dict[str, Any] = {"kind": self.kind, "text": self.text}
        if self.rows is not None:
            d["rows"] = self.rows
            if self.header:
                d["header"] = True
        if self.number is not None:
            d["number"] = self.number
        if self.links:
            d["links"] = [[n, url] for n, url in self.links]
        return d


@dataclass(slots=True)
class Figure:
    """A key figure found in a text. ``text[start:end]`` of the displayed text is ``self.text``."""

    text: str
    value: float
    kind: str  # money | percent | age | duration | temperature | count | year | date
    unit: str | None = None  # duration unit, "C"/"F", or counted noun (normalised, English singular)
    currency: str | None = None  # ISO 4217 code for money
    start: int = 0
    end: int = 0
    #: Which text the offsets index: the displayed body, the title, or the TL;DR items joined by newlines.
    field: FigureField = "body"
    #: The figure is given as a bound or a round estimate: "about" ("environ 40"), "at most" ("nearly 40",
    #: "près de 40") or "at least" ("more than 40", "au moins 40"); None when stated as such.
    approx: str | None = None
    #: A count given as a change ("increased by 16", "un gain de 13"), not as a level.
    change: bool = False
    #: The year its sentence names ("In 2018, the exchange lost 58 billion yen"; "Cette année-là" after a
    #: sentence naming one): a figure of a year before the story's is of another event.
    year: int | None = None
    #: Given as an earlier value of its quantity ("a previous count of 304 dead", "le bilan était alors de 17
    #: morts"): it never disputes the other version's current value.
    earlier: bool = False
    #: Which sentence or clause of its field the figure is in, counted from 0 (None for a figure stored
    #: before it was recorded): counts said together ("92 in Valencia and 3 elsewhere") add up.
    sentence: int | None = None
    #: An amount given as the amount right before it converted into another currency ("€150 million ($170
    #: million)"): the outlet's own arithmetic, not a figure of the story.
    converts: bool = False
    #: The place or the people a count is of, as written, lowercased: "hama" in "Hama (171)" or "255 dans la
    #: province de Hama", "portuguese" in "five Portuguese citizens". Two counts of one place are one quantity.
    place: str | None = None
    #: One place's count in a list of places' counts in brackets ("la Côte-Nord (4 100 foyers), Matane (101
    #: clients)", "Tartus (384), Hama (171)"): a part of a whole, it disputes only a count of that place.
    part: bool = False
    #: An age given as the one a person will reach ("aura 32 ans le 15 mars", "fêtera ses 90 ans"): no value
    #: of the age the other version gives now. A rate or an amount given as a forecast or a target ("sees
    #: growth between 6 percent and 8 percent"): a value to come, disputing another forecast, and a value
    #: reached only as its rounding.
    later: bool = False
    #: The lower or the upper bound of a range the text gives ("entre 31 et 36 millions d'euros", "from 4.75% to
    #: 5%", "28-30C"): "low" or "high"; a value of the other version inside the range is that quantity.
    bound: str | None = None
    #: The month a rate is given for, named right after it ("7.7 per cent in May", "6,8% au mois d'avril"):
    #: 1 to 12. A rate of another month is another quantity, which it does not dispute.
    month: int | None = None
    #: What an amount is, named before it in its clause, in English: "ransom" ("a ransom of $240 million", "une
    #: rançon de 50 millions de dollars"), "profit", "loss", "fine", "debt"... Each version's one amount of a
    #: thing is one quantity.
    subject: str | None = None
    #: A rate printed with a minus sign ("(-6,8 %)", "-0.9%"): a fall by ``value``, which stays the size of it,
    #: as "a fall of 6.8%" gives it.
    minus: bool = False
    #: A count given as the rest of a whole ("les 39 autres personnes présentes", "the 15 other passengers"):
    #: it disputes no whole the other version gives.
    rest: bool = False
    #: A rate printed with a plus sign ("(+33%)", "+5,4 %"): a rise in a breakdown, as ``minus`` is a fall.
    plus: bool = False
    #: An amount of a worked example ("someone paying $1,200 in monthly rent could soon pay up to $1,270", "un
    #: locataire qui paie un loyer de 1000 $"): each version picks its own, so it disputes nothing.
    example: bool = False
    #: A rate named as a threshold or a bar ("la barre des 50 % des suffrages", "the 5% threshold to enter
    #: parliament"): the rule a story measures against, which disputes no rate the other version measures.
    threshold: bool = False

    def to_dict(self) -> dict[str, Any]:
        value: float | int = self.value
        if float(value).is_integer():
            value = int(value)
        d = {
            "text": self.text,
            "value": value,
            "kind": self.kind,
            "unit": self.unit,
            "currency": self.currency,
            "start": self.start,
            "end": self.end,
            "field": self.field,
        }
        if self.approx:
            d["approx"] = self.approx
        if self.change:
            d["change"] = True
        if self.year is not None:
            d["year"] = self.year
        if self.earlier:
            d["earlier"] = True
        if self.sentence is not None:
            d["sentence"] = self.sentence
        if self.converts:
            d["converts"] = True
        if self.place:
            d["place"] = self.place
        if self.part:
            d["part"] = True
        if self.later:
            d["later"] = True
        if self.bound:
            d["bound"] = self.bound
        if self.month:
            d["month"] = self.month
        if self.subject:
            d["subject"] = self.subject
        if self.minus:
            d["minus"] = True
        if self.rest:
            d["rest"] = True
        if self.plus:
            d["plus"] = True
        if self.example:
            d["example"] = True
        if self.threshold:
            d["threshold"] = True
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Figure:
        return cls(
            text=d["text"],
            value=float(d["value"]),
            kind=d["kind"],
            unit=d.get("unit"),
            currency=d.get("currency"),
            start=int(d.get("start", 0)),
            end=int(d.get("end", 0)),
            field=d.get("field", "body"),
            approx=d.get("approx"),
            change=bool(d.get("change", False)),
            year=d.get("year"),
            earlier=bool(d.get("earlier", False)),
            sentence=d.get("sentence"),
            converts=bool(d.get("converts", False)),
            place=d.get("place"),
            part=bool(d.get("part", False)),
            later=bool(d.get("later", False)),
            bound=d.get("bound"),
            month=d.get("month"),
            subject=d.get("subject"),
            minus=bool(d.get("minus", False)),
            rest=bool(d.get("rest", False)),
            plus=bool(d.get("plus", False)),
            example=bool(d.get("example", False)),
            threshold=bool(d.get("threshold", False)),
        )


@dataclass(slots=True)
class Article:
    """One article as read from any input format, before it is stored."""

    title: str
    blocks: list[Block] = field(default_factory=list)
    lang: str = ""  # "en", "fr", another ISO 639-1 code, or "" when unknown
    date: datetime | None = None  # timezone-aware when the source gave a zone
    source: str = ""  # publisher or site, e.g. "cyberinsider.com"
    url: str | None = None
    guid: str | None = None
    feed: str = ""  # title of the feed or file it came from
    feed_url: str | None = None  # subscription URL when fetched over HTTP
    origin: str = ""  # file path or URL it was read from
    tags: list[str] = field(default_factory=list)
    story: str | None = None  # explicit story key shared by language versions
    alternates: dict[str, str] = field(default_factory=dict)  # lang -> URL of the other version
    tldr: list[str] = field(default_factory=list)
    summary: str = ""
    age: str | None = None  # a digest's age suffix such as "21d", kept verbatim
    #: Where ``lang`` came from: "metadata" (declared by the source), "content" (detected), "" (unknown).
    lang_source: str = ""
    #: The region of the declared language tag, upper case ("CA" for "fr-CA"), or "": whose dollar a bare
    #: "$" means when the publisher does not say.
    lang_region: str = ""

    @property
    def text(self) -> str:
        """The body as displayed: blocks separated by a blank line."""
        return BLOCK_SEPARATOR.join(b.display() for b in self.blocks)

    @property
    def paragraphs(self) -> list[str]:
        return [b.display() for b in self.blocks]

    @property
    def tldr_text(self) -> str:
        """The TL;DR items as one text (one item a line): what a TL;DR figure's offsets index."""
        return tldr_text(self.tldr)

    def content_hash(self) -> str:
        h = hashlib.sha256()
        h.update(self.title.strip().lower().encode())
        h.update(b"\0")
        h.update(self.text.encode())
        return h.hexdigest()[:32]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["date"] = self.date.isoformat() if self.date else None
        return d


class IngestError(Exception):
    """Raised by a format reader for input it cannot read; the message is the one-line reason."""


@dataclass(slots=True)
class Subscription:
    """A feed the user follows (from OPML, the config or ``feeds add``)."""

    url: str
    title: str = ""
    lang: str | None = None
    tags: list[str] = field(default_factory=list)
    full_text: bool = False
