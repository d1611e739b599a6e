"""An article, or both versions of a story with their figure comparison, as a Markdown document (the
reader's ``s`` key). Plain Python: the TUI only picks the folder and shows the file's name.

A story of several reports is saved as the two versions shown and a table of its quantities, a column per
version; the helpers that name a story's versions and find the values that disagree serve the reader's
figures panel too, so the file and the screen mark the same cells."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.model import article_links, display_block
from reader.printable import printable
from reader.render import conflict_rows, figure_label, figure_value, quantity_label

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


def _conflicts_table(rows: Sequence[tuple[dict[str, Any], dict[str, Any], str]]) -> list[str]:
    """The conflicts section: each English/French pair with its meaning, its texts and its values; nothing
    when there are none."""
    if not rows:
        return []
    lines = ["### Conflicts (the versions disagree)", "", "| meaning | English | French |", "|---|---|---|"]
    lines += [
        f"| {_cell(label)} | {_cell(a['text'])} ({figure_value(a)}) | {_cell(b['text'])} ({figure_value(b)}) |"
        for a, b, label in rows
    ]
    lines.append("")
    return lines


def comparison_markdown(comparison: Mapping[str, Any]) -> list[str]:
    """The figure comparison as Markdown tables: conflicts (roundings last), matches, then figures one
    version lacks."""
    lines = ["## Figures", ""]
    lines += _conflicts_table(conflict_rows(comparison))
    matched = comparison.get("matched") or []
    if matched:
        lines += ["### Matches", "", "| value | meaning | English | French |", "|---|---|---|---|"]
        lines += [
            f"| {figure_value(a)} | {_cell(figure_label(a))} | {_cell(a['text'])} | {_cell(b['text'])} |"
            for a, b in matched
        ]
        lines.append("")
    for key, lang in (("only_en", "English"), ("only_fr", "French")):
        figures = comparison.get(key) or []
        if figures:
            lines += [f"### Only in the {lang} version", "", "| value | meaning | text |", "|---|---|---|"]
            lines += [
                f"| {figure_value(f)} | {_cell(figure_label(f))} | {_cell(f['text'])} |" for f in figures
            ]
            lines.append("")
    if len(lines) == 2:
        lines += ["No figures.", ""]
    return lines


@dataclass(frozen=True, slots=True)
class Version:
    """One report of a story, as the reader names it: ``label`` is ``EN 2/3`` (the second of three English
    reports), ``short`` the same in a table's header (``EN2``)."""

    id: int
    lang: str
    source: str
    label: str
    short: str


def story_versions(story: Mapping[str, Any]) -> list[Version]:
    """A story's reports in reading order: English, then French, then any other language, each in the
    story's own order."""
    articles = story["articles"]
    rank = {"en": 0, "fr": 1}
    ordered = sorted(articles, key=lambda a: rank.get(a["lang"] or "", 2))
    totals = Counter((a["lang"] or "??") for a in articles)
    seen: Counter[str] = Counter()
    out = []
    for a in ordered:
        lang = a["lang"] or "??"
        seen[lang] += 1
        name = lang.upper()[:2]
        n, total = seen[lang], totals[lang]
        out.append(Version(a["id"], lang, printable(a["source"] or ""), f"{name} {n}/{total}", f"{name}{n}"))
    return out


def odd_values(quantity: dict[str, Any]) -> set[str]:
    """The versions (article ids as strings) whose value of a disagreeing quantity is not the one most
    versions give; all of them when no value has a majority over the others."""
    if not quantity.get("disagree"):
        return set()
    values = quantity["values"]
    counts = Counter(f["value"] for f in values.values())
    ranked = counts.most_common()
    if len(ranked) > 1 and ranked[0][1] > ranked[1][1]:
        return {i for i, f in values.items() if f["value"] != ranked[0][0]}
    return set(values)


def story_quantities_markdown(story: Mapping[str, Any], shown: tuple[int, int] | None = None) -> list[str]:
    """A story's quantities as one Markdown table: a row per quantity, a column per version. A value that
    disagrees with the others is marked ≠, a version that does not report the quantity shows —, and a row
    some versions lack is marked !. ``shown``: the two versions read side by side, marked in the header."""
    versions = story_versions(story)
    lines = ["## Figures across the versions", ""]
    if not story["quantities"]:
        return lines + ["No figures.", ""]
    head = []
    for v in versions:
        side = " (left)" if shown and v.id == shown[0] else " (right)" if shown and v.id == shown[1] else ""
        head.append(_cell(f"{v.label} {v.source}".strip() + side))
    lines += ["| | quantity | " + " | ".join(head) + " |", "|---" * (len(versions) + 2) + "|"]
    for q in story["quantities"]:
        odd = odd_values(q)
        values = q["values"]
        partial = len(values) < len(versions)
        mark = "≠" if q["disagree"] else "!" if partial else ""
        cells = []
        for v in versions:
            f = values.get(str(v.id))
            if f is None:
                cells.append("—")
            else:
                cells.append(f"{_cell(f['text'])} ({figure_value(f)}){' ≠' if str(v.id) in odd else ''}")
        lines.append(f"| {mark} | {_cell(quantity_label(q))} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "≠: the versions disagree (the marked value is not the one most give) · !: not every version reports it",
        "",
    ]
    return lines


def story_markdown(story: Mapping[str, Any], left: Mapping[str, Any], right: Mapping[str, Any]) -> str:
    """The two versions of a story read side by side, after its quantities across every version."""
    versions = {v.id: v for v in story_versions(story)}
    lines = [f"# {_text(story.get('title')) or '(untitled)'}", ""]
    count = Counter(v.lang for v in versions.values())
    lines += [" · ".join(f"{n} {lang.upper()}" for lang, n in sorted(count.items())) + " reports", ""]
    lines += story_quantities_markdown(story, (left["id"], right["id"]))
    for record in (left, right):
        version = versions.get(record["id"])
        lines += [f"## {version.label} · {version.source}" if version else "## Version", ""]
        lines += _article(record, "###")
    return "\n".join(lines).rstrip() + "\n"


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
    *,
    story: Mapping[str, Any] | None = None,
) -> Path:
    """Write :func:`article_markdown` (or, given the ``story`` that ``record`` and ``partner`` are two
    versions of, :func:`story_markdown`) to a new file in ``folder``, never over an existing one, and
    return its path. Raises ``OSError`` when the folder cannot be written."""
    if story is not None and partner is not None:
        name, suffix = slug(story.get("title") or ""), "-story"
        text = story_markdown(story, record, partner)
    else:
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
