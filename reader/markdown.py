"""An article, or both versions of a story with their figure comparison, as a Markdown document (the
reader's ``s`` key). Plain Python: the TUI only picks the folder and shows the file's name."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from reader.model import article_links, display_block
from reader.printable import printable
from reader.render import figure_label, format_value

_LANG_NAMES = {"en": "English", "fr": "French"}
_SLUG_DROP = re.compile(r"[^a-z0-9]+")
#: Characters that would start Markdown syntax at the beginning of a line of feed text.
_LINE_START = re.compile(r"^([#>*+\-|=`]|\d+[.)])", re.M)
#: File names stay short: most file systems allow 255 bytes, and a title can be longer.
MAX_SLUG = 60


def slug(title: str) -> str:
    """A file-name-safe form of ``title``: ASCII letters and digits joined by hyphens."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    return _SLUG_DROP.sub("-", ascii_title).strip("-")[:MAX_SLUG].strip("-") or "article"


def _text(value: str | None) -> str:
    """Feed text as Markdown text: printable, and never read as a heading, a list or a quote."""
    shown = "\n".join(printable(line) for line in (value or "").split("\n"))
    return _LINE_START.sub(r"\\\1", shown)


def _value(f: Mapping[str, Any]) -> str:
    if f["kind"] in ("year", "date") and float(f["value"]).is_integer():
        return str(int(f["value"]))
    return format_value(f["value"])


def _article(record: Mapping[str, Any], level: str = "#") -> list[str]:
    lines = [f"{level} {_text(record.get('title')) or '(untitled)'}", ""]
    meta = [
        _LANG_NAMES.get(record.get("lang") or "", record.get("lang") or ""),
        printable(record.get("source") or record.get("feed") or ""),
        (record.get("date") or "")[:16].replace("T", " "),
    ]
    lines += [" · ".join(m for m in meta if m), ""]
    if record.get("url"):
        lines += [f"<{printable(record['url'])}>", ""]
    tldr = [t for t in record.get("tldr") or [] if t]
    if tldr:
        lines += ["**TL;DR**", ""] + [f"- {_text(t)}" for t in tldr] + [""]
    for block in record.get("blocks") or []:
        text = _text(display_block(block))
        if block["kind"] == "heading":
            lines += [f"{level}# {text}", ""]
        elif block["kind"] == "quote":
            lines += ["> " + text.replace("\n", "\n> "), ""]
        else:
            lines += [text, ""]
    if not record.get("blocks") and record.get("summary"):
        lines += [_text(record["summary"]), ""]
    links = article_links(record)
    if links:
        lines += ["Links:", ""] + [f"{n}. <{printable(url)}>" for n, url in links] + [""]
    return lines


def _cell(value: str) -> str:
    return printable(value).replace("|", "\\|")


def comparison_markdown(comparison: Mapping[str, Any]) -> list[str]:
    """The figure comparison as Markdown tables: conflicts, matches, then figures one version lacks."""
    lines = ["## Figures", ""]
    conflicts = comparison.get("conflicts") or []
    if conflicts:
        lines += [
            "### Conflicts (the versions disagree)",
            "",
            "| meaning | English | French |",
            "|---|---|---|",
        ]
        lines += [
            f"| {_cell(figure_label(a))} | {_cell(a['text'])} ({_value(a)}) | {_cell(b['text'])} ({_value(b)}) |"
            for a, b in conflicts
        ]
        lines.append("")
    matched = comparison.get("matched") or []
    if matched:
        lines += ["### Matches", "", "| value | meaning | English | French |", "|---|---|---|---|"]
        lines += [
            f"| {_value(a)} | {_cell(figure_label(a))} | {_cell(a['text'])} | {_cell(b['text'])} |"
            for a, b in matched
        ]
        lines.append("")
    for key, lang in (("only_en", "English"), ("only_fr", "French")):
        figures = comparison.get(key) or []
        if figures:
            lines += [f"### Only in the {lang} version", "", "| value | meaning | text |", "|---|---|---|"]
            lines += [f"| {_value(f)} | {_cell(figure_label(f))} | {_cell(f['text'])} |" for f in figures]
            lines.append("")
    if len(lines) == 2:
        lines += ["No figures.", ""]
    return lines


def article_markdown(
    record: Mapping[str, Any],
    partner: Mapping[str, Any] | None = None,
    comparison: Mapping[str, Any] | None = None,
) -> str:
    """One article, or a pair (English first) with its figure comparison, as a Markdown document."""
    if partner is None:
        return "\n".join(_article(record)).rstrip() + "\n"
    en, fr = (record, partner) if record.get("lang") == "en" else (partner, record)
    lines = [f"# {_text(en.get('title')) or '(untitled)'}", ""]
    lines += comparison_markdown(comparison or {})
    lines += _article(en, "##") + _article(fr, "##")
    return "\n".join(lines).rstrip() + "\n"


def save_markdown(
    folder: Path,
    record: Mapping[str, Any],
    partner: Mapping[str, Any] | None = None,
    comparison: Mapping[str, Any] | None = None,
) -> Path:
    """Write :func:`article_markdown` to a new file in ``folder`` (never over an existing one) and return
    its path. Raises ``OSError`` when the folder cannot be written."""
    name = slug((record if partner is None or record.get("lang") == "en" else partner).get("title") or "")
    suffix = "-pair" if partner is not None else ""
    text = article_markdown(record, partner, comparison)
    for n in range(1, 1000):
        path = folder / f"{name}{suffix}{'' if n == 1 else f'-{n}'}.md"
        try:
            with open(path, "x", encoding="utf-8") as handle:
                handle.write(text)
            return path
        except FileExistsError:
            continue
    raise OSError(f"{folder}: too many saved copies of {name}{suffix}.md")
