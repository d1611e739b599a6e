"""Markdown (or text) files with an optional YAML front matter block.

```
---
title: Une enquête européenne ...
lang: fr
date: 2024-12-26 13:10:32+01:00
source: Le Fil
url: https://example.org/a
story: passionflower
tags: [cybercrime, Europe]
alternates: {en: https://example.org/en/a}
---
# Body in Markdown
```

Front matter keys (all optional): ``title``, ``lang``, ``date``, ``source``, ``url``,
``story``, ``tags``, ``guid``/``id``, ``alternates``, ``summary``, ``tldr``, ``feed``.
Dates: a zone in the value gives an aware datetime; without one (``2024-12-26`` or
``2024-12-26 10:00``) the datetime is **naive**, because the file does not say where it was
written; ``2024-12-26 04:10 Pacific`` style zone words are understood as in digests.
Impossible dates give None and the article is still read.

The YAML is read with a ``SafeLoader`` subclass only: ``!!python/...`` tags are refused, and
timestamps are kept as strings (PyYAML's own timestamp constructor raises on February 30th).
The body is parsed with markdown-it-py (CommonMark) into blocks; a "TL;DR" heading or line
followed by a list fills ``Article.tldr``; inline markup is reduced to its text.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.ingest.clean import strip_controls
from reader.ingest.html import html_to_blocks, text_to_blocks
from reader.ingest.plaintext import TLDR_RE, parse_date_string
from reader.model import Article, Block, BlockKind, IngestError

_FRONT_MATTER_RE = re.compile(
    r"\A---[ \t]*\n(?P<yaml>.*?)(?:\n)?^(?:---|\.\.\.)[ \t]*$\n?", re.DOTALL | re.MULTILINE
)


class _SafeLoader(yaml.SafeLoader):
    """SafeLoader that leaves timestamps as strings, so dates are parsed (and checked) here."""


def _timestamp_as_text(loader: _SafeLoader, node: yaml.ScalarNode) -> str:
    return loader.construct_scalar(node)


_SafeLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


def split_front_matter(text: str) -> tuple[dict[str, Any] | None, str, int]:
    """(front matter mapping or None, body, number of lines before the body)."""
    m = _FRONT_MATTER_RE.match(text)
    if not m:
        return None, text, 0
    try:
        meta = yaml.load(m["yaml"], Loader=_SafeLoader)  # a SafeLoader subclass: never constructs objects
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        where = f" at line {mark.line + 2}" if mark is not None else ""  # +1 for the opening ---
        raise IngestError(f"invalid YAML front matter{where}: {problem}") from None
    except RecursionError:
        raise IngestError("invalid YAML front matter: nested too deeply") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise IngestError("invalid YAML front matter: expected key: value pairs")
    return meta, text[m.end() :], text[: m.end()].count("\n")


def _str(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",")]
    if isinstance(value, list):
        return [_str(v) for v in value]
    return []


def _date(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return parse_date_string(_str(value))


# --- Markdown body -----------------------------------------------------------------------------

_md = MarkdownIt("commonmark")
_PARAGRAPH: tuple[BlockKind, str] = ("paragraph", "p")


def _inline_text(token: Token) -> str:
    """The text of an inline token: emphasis and links reduced to their text, raw HTML dropped."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")  # wrapped lines of one paragraph
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content)  # the alt text
    return "".join(parts)


def markdown_to_blocks(body: str) -> tuple[list[Block], list[str], str]:
    """(blocks, TL;DR items, first-level-1-heading) of a Markdown body.

    The first ``#`` heading is returned apart when it opens the document, to serve as title.
    """
    blocks: list[Block] = []
    tldr: list[str] = []
    title = ""
    context: list[tuple[BlockKind, str]] = []  # open containers: (kind, tag)
    tldr_pending = False  # a TL;DR marker was just seen: the next list goes to tldr
    tldr_list_depth = 0  # >0 while inside that list
    for token in _md.parse(body):
        if token.type == "heading_open":
            context.append(("heading", token.tag))
        elif token.type in ("list_item_open", "blockquote_open"):
            context.append(("item" if token.type == "list_item_open" else "quote", token.tag))
        elif token.type in ("heading_close", "list_item_close", "blockquote_close"):
            if context:
                context.pop()
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            if tldr_pending or tldr_list_depth:
                tldr_list_depth += 1
            tldr_pending = False
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            tldr_list_depth = max(0, tldr_list_depth - 1)
        elif token.type == "inline":
            text = _inline_text(token).strip()
            kind, tag = context[-1] if context else _PARAGRAPH
            marker = TLDR_RE.fullmatch(text) if kind in ("heading", "paragraph") else None
            if marker:
                tldr_pending = True
                if marker["rest"]:
                    tldr.append(marker["rest"])
                continue
            if tldr_list_depth:
                tldr.append(text)
                continue
            tldr_pending = False
            if tag == "h1" and not blocks and not title:
                title = text
                continue
            blocks.append(Block(kind, text))
        elif token.type in ("fence", "code_block"):
            blocks.append(Block("paragraph", token.content.rstrip("\n")))
        elif token.type == "html_block":
            blocks.extend(html_to_blocks(token.content))
    return blocks, tldr, title


def parse(text: str, origin: str = "") -> list[Article]:
    """Read a Markdown/text file with optional YAML front matter into one article."""
    text = strip_controls(text)
    meta, body, _ = split_front_matter(text)
    meta = meta or {}
    blocks, tldr, heading_title = markdown_to_blocks(body)
    if not blocks and not tldr and not heading_title and body.strip():
        # markdown-it drops what lies deeper than its nesting limit (hostile "> > > ..." input):
        # keep the raw text rather than lose the article.
        blocks = text_to_blocks(body)
    title = _str(meta.get("title")) or heading_title
    if heading_title and title != heading_title:
        blocks.insert(0, Block("heading", heading_title))  # the front matter title wins
    alternates = meta.get("alternates")
    article = Article(
        title=title,
        blocks=blocks,
        lang=_str(meta.get("lang") or meta.get("language")),
        date=_date(meta.get("date")),
        source=_str(meta.get("source")),
        url=_str(meta.get("url")) or None,
        guid=_str(meta.get("guid") or meta.get("id")) or None,
        feed=_str(meta.get("feed")) or (Path(origin).name if origin else ""),
        origin=origin,
        tags=_strings(meta.get("tags")),
        story=_str(meta.get("story")) or None,
        alternates={_str(k): _str(v) for k, v in alternates.items()} if isinstance(alternates, dict) else {},
        tldr=_strings(meta.get("tldr")) if isinstance(meta.get("tldr"), list) else tldr,
        summary=_str(meta.get("summary")),
    )
    return [article]
