"""Rich renderables of library data for the plain CLI output. Feed text is always ``Text``, never markup."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich import box
from rich.console import Group, RenderableType
from rich.style import StyleType
from rich.table import Table
from rich.text import Text

from reader.model import BLOCK_SEPARATOR, MARK_END, MARK_START, article_links, display_block, display_text
from reader.printable import printable
from reader.records import ArticleJson, ArticleRecord, FigureJson, PairJson, StoryJson

FIGURE_STYLE = "bold cyan"
LINK_STYLE = "blue underline"
ONE_SIDED_STYLE = "bold black on yellow"
#: The two versions give the same quantity different values.
CONFLICT_STYLE = "bold red"


def figure_label(f: Mapping[str, Any]) -> str:
    """A short description of a figure's meaning: ``EUR money``, ``count (server)``, ``age``."""
    if f["kind"] == "money":
        return f"money {f.get('currency') or ''}".strip()
    if f.get("unit"):
        return f"{f['kind']} ({f['unit']})"
    kind: str = f["kind"]
    return kind


def format_value(value: float) -> str:
    value = float(value)
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def figure_value(f: Mapping[str, Any]) -> str:
    """A figure's value as shown: years and dates without digit grouping ("2024", not "2,024"), an amount
    given only as an order of magnitude from its floor ("≥100,000,000" for "hundreds of millions")."""
    if f["kind"] in ("year", "date") and float(f["value"]).is_integer():
        return str(int(f["value"]))
    shown = format_value(f["value"])
    return f"≥{shown}" if f.get("approx") == "order" else shown


def conflict_label(a: Mapping[str, Any], b: Mapping[str, Any], rounded: bool = False) -> str:
    """The meaning of a conflict's row: one label, or both when they differ ("money USD / money EUR"); a
    rounding's row says so ("percent, rounded"): one version gave the other's value rounded or estimated."""
    first, second = figure_label(a), figure_label(b)
    label = first if first == second else f"{first} / {second}"
    return f"{label}, rounded" if rounded else label


def quantity_label(quantity: Mapping[str, Any]) -> str:
    """What a row of a story's quantities measures (``money EUR``, ``count (server)``), and whether its values
    differ only as one version rounds another's (``percent, rounded``)."""
    label = figure_label(next(iter(quantity["values"].values())))
    return f"{label}, rounded" if quantity.get("rounded") else label


def conflict_rows(comparison: Mapping[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any], str]]:
    """A comparison's conflicts with the meaning of each row, roundings told apart."""
    rounded = comparison.get("rounded") or []
    return [(a, b, conflict_label(a, b, [a, b] in rounded)) for a, b in comparison.get("conflicts") or []]


def highlighted(
    text: str, figures: list[dict[str, Any]], one_sided: set[tuple[int, int]] | None = None
) -> Text:
    """``text`` with each figure styled by its offsets; one-sided figures get the warning style. Only the
    figures of the body: a title's or a TL;DR's offsets index another text."""
    out = Text(text)
    for f in figures:
        if f.get("field", "body") != "body":
            continue
        warn = one_sided is not None and (f["start"], f["end"]) in one_sided
        out.stylize(ONE_SIDED_STYLE if warn else FIGURE_STYLE, f["start"], f["end"])
    return out


def _field_figures(record: ArticleJson, name: str) -> list[FigureJson]:
    return [{**f, "field": "body"} for f in record.get("figures", []) if f.get("field") == name]


def article_text(record: ArticleJson) -> Group:
    head = highlighted(printable(record["title"]), _field_figures(record, "title"))
    head.stylize("bold")
    meta = Text(
        " · ".join(
            printable(x) for x in (record["lang"], record["source"], (record["date"] or "")[:16]) if x
        ),
        "dim",
    )
    parts: list[Any] = [head, meta]
    if record.get("url"):
        parts.append(Text(printable(record["url"]), style="blue underline"))
    if record.get("tldr"):
        parts.append(Text("TL;DR", style="bold"))
        tldr = highlighted("\n".join("• " + t for t in record["tldr"]), [])
        offsets = [0]
        for item in record["tldr"]:  # where each item starts in the TL;DR's own text, and in the bullets
            offsets.append(offsets[-1] + len(item) + 1)
        for f in _field_figures(record, "tldr"):
            line = next(i for i in range(len(record["tldr"])) if f["start"] < offsets[i + 1])
            shift = 2 * (line + 1)  # each "• " before the figure's item and its own
            tldr.stylize(FIGURE_STYLE, f["start"] + shift, f["end"] + shift)
        parts.append(tldr)
    parts.append(Text(""))
    body = highlighted(record["text"], record.get("figures", []))
    parts += body_renderables(body, record.get("blocks") or [])
    links = article_links(record)
    if links:
        parts += [Text(""), links_list(links)]
    return Group(*parts)


def cell_spans(text: str, rows: list[list[str]]) -> list[list[tuple[int, int]]] | None:
    """Where each cell of a table block's rows lies in its ``text``, or None when one is not found there
    (the text was changed since): the cells appear in order in a table's plain text."""
    spans: list[list[tuple[int, int]]] = []
    pos = 0
    for row in rows:
        row_spans = []
        for cell in row:
            start = text.find(cell, pos) if cell else pos
            if start < 0:
                return None
            row_spans.append((start, start + len(cell)))
            pos = start + len(cell)
        spans.append(row_spans)
    return spans


def cells_table(cells: list[list[Text]], *, header: bool, border_style: StyleType = "dim") -> Table:
    """A table of cell texts (already styled); the first row is its header when ``header``."""
    table = Table(box=box.ROUNDED, show_header=header, header_style="bold", border_style=border_style)
    width = max(len(row) for row in cells)
    head = cells[0] if header else []
    for i in range(width):
        table.add_column(head[i] if i < len(head) else "", overflow="fold")
    for row in cells[1:] if header else cells:
        table.add_row(*row)
    return table


def table_renderable(text: Text, block: dict[str, Any]) -> RenderableType:
    """A table block drawn as a table, its cells cut from ``text`` (the block's text, styled: figures and
    search hits keep their styles); the text itself when the rows do not match it."""
    rows = block.get("rows") or []
    spans = cell_spans(text.plain, rows) if rows else None
    if not spans:
        return text
    cells = [[text[start:end] for start, end in row] for row in spans]
    return cells_table(cells, header=bool(block.get("header")))


def body_renderables(body: Text, blocks: list[dict[str, Any]]) -> list[RenderableType]:
    """The displayed body (``body``, styled) with each table block drawn as a table."""
    if not any(b["kind"] == "table" and b.get("rows") for b in blocks) or display_text(blocks) != body.plain:
        return [body]
    out: list[RenderableType] = []
    pos = start = 0
    for block in blocks:
        end = start + len(display_block(block))
        if block["kind"] == "table" and block.get("rows"):
            if start > pos:
                out += [body[pos : start - len(BLOCK_SEPARATOR)], Text("")]
            out.append(table_renderable(body[start:end], block))
            pos = end + len(BLOCK_SEPARATOR)
            if pos < len(body):
                out.append(Text(""))
        start = end + len(BLOCK_SEPARATOR)
    if pos < len(body):
        out.append(body[pos:])
    return out


def links_list(links: list[tuple[int, str]]) -> Text:
    """The article's links under it, one a line: "[1] https://…" (the numbers its text shows)."""
    out = Text("Links", style="bold", end="")
    for number, url in links:
        out.append(f"\n[{number}] ")
        out.append(printable(url), LINK_STYLE)
    return out


def figures_table(title: str, lang: str, figures: list[dict[str, Any]]) -> Table:
    table = Table(title=Text(f"{title} [{lang}]"), box=None, header_style="bold", title_justify="left")
    for col in ("figure", "value", "meaning"):
        table.add_column(col)
    for f in figures:
        table.add_row(Text(f["text"], FIGURE_STYLE), Text(figure_value(f)), Text(figure_label(f)))
    return table


def pair_table(pair: PairJson, en: ArticleRecord | None, fr: ArticleRecord | None) -> Table:
    """A pair's figures: conflicts first (the versions disagree, roundings last), then matches, then
    one-sided figures."""
    title = Text(f"EN {pair['en']} ⇄ FR {pair['fr']}  ({pair['how']}, score {pair['score']})\n", style="bold")
    title.append(Text(printable(en["title"] if en else "?")))
    title.append("\n")
    title.append(Text(printable(fr["title"] if fr else "?")))
    table = Table(title=title, title_justify="left", header_style="bold")
    for col in ("value", "meaning", "English", "French"):
        table.add_column(col)
    for a, b, label in conflict_rows(pair):
        table.add_row(
            Text(f"{figure_value(a)} ≠ {figure_value(b)}", CONFLICT_STYLE),
            Text(label),
            Text(a["text"], CONFLICT_STYLE),
            Text(b["text"], CONFLICT_STYLE),
        )
    for a, b in pair["matched"]:
        table.add_row(
            Text(figure_value(a)),
            Text(figure_label(a)),
            Text(a["text"], "green"),
            Text(b["text"], "green"),
        )
    for f in pair["only_en"]:
        table.add_row(
            Text(figure_value(f)),
            Text(figure_label(f)),
            Text(f["text"], "yellow"),
            Text("— only in English", "yellow"),
        )
    for f in pair["only_fr"]:
        table.add_row(
            Text(figure_value(f)),
            Text(figure_label(f)),
            Text("— only in French", "yellow"),
            Text(f["text"], "yellow"),
        )
    return table


def story_table(story: StoryJson) -> Table:
    """A story's quantities: a row per quantity, a column per version (``EN 12``, ``FR 13``); a value that
    disagrees with the others is marked, and so is a quantity only some versions report."""
    articles = story["articles"]
    counts = {lang: sum(1 for a in articles if a["lang"] == lang) for lang in ("en", "fr")}
    title = Text(
        f"Story {story['id']}  ({counts['en']} EN · {counts['fr']} FR, {story['how']})\n", style="bold"
    )
    title.append(Text(printable(story["title"])))
    table = Table(title=title, title_justify="left", header_style="bold")
    table.add_column("quantity")
    for a in articles:
        table.add_column(f"{a['lang'].upper()} {a['id']} {printable(a['source'] or '')[:24]}".strip())
    for q in story["quantities"]:
        values = q["values"]
        first = next(iter(values.values()))
        label = Text(quantity_label(q), CONFLICT_STYLE if q["disagree"] else "")
        if q["disagree"]:
            label.append(" ≠")
        cells = []
        for a in articles:
            f = values.get(str(a["id"]))
            if f is None:
                cells.append(Text("—", "yellow"))
            else:
                differs = q["disagree"] and f["value"] != first["value"]
                cells.append(Text(printable(f["text"]), CONFLICT_STYLE if differs else "green"))
        table.add_row(label, *cells)
    return table


def marked_snippet(snippet: str, style: str = "bold yellow") -> Text:
    """A search snippet whose matched terms are wrapped in ``MARK_START``/``MARK_END``, styled."""
    out = Text()
    on = False
    for part in snippet.replace(MARK_END, MARK_START).split(MARK_START):
        out.append(part, style=style if on else "")
        on = not on
    return out


def search_results(result: Any) -> Group:
    parts: list[Any] = []
    head = Text(f"{result.total} results for ", style="dim")
    head.append(Text(result.query, style="bold"))
    head.append(f" ({result.took_ms:.1f} ms)", style="dim")
    parts.append(head)
    if result.suggestion:
        parts.append(Text.assemble(("Did you mean: ", "dim"), (result.suggestion, "bold green")))
    for hit in result.results:
        line = Text(f"{hit.id:>6} ", style="cyan")
        line.append(f"[{hit.lang}] ", style="magenta")
        line.append(Text(printable(hit.title), style="bold"))
        line.append(f"  {(hit.date or '')[:10]}", style="dim")
        if hit.pair_id:
            line.append(f"  ⇄ {hit.pair_id}", style="dim")
        parts.append(line)
        if hit.snippet:
            parts.append(Text("       ") + marked_snippet(hit.snippet))
    return Group(*parts)
