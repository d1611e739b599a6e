"""The ``newsreader`` command: the TUI when run bare, and a scriptable CLI over the same library.

``--json`` output is UTF-8 JSON on stdout and its shapes are a contract. Errors are one line each on stderr,
naming the file (or feed) and the reason. Exit codes: 0 all good, 1 some inputs failed, 2 usage errors.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from rich.console import Console
from rich.table import Table
from rich.text import Text

from reader import __version__
from reader.config import Config, ConfigError, load_config
from reader.paths import config_file, data_dir, sample_feeds_dir
from reader.printable import json_printable, printable

if TYPE_CHECKING:
    from rich.console import RenderableType

    from reader.store import ArticleJson, FileResult, Library, PairJson, Row

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
_R = TypeVar("_R")

err_console = Console(stderr=True, highlight=False, soft_wrap=True)


class _Parser(argparse.ArgumentParser):
    """Usage errors in one line, naming the command and the reason (``--help`` still shows the usage)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {printable(message)}\n")


def article_id(text: str) -> int:
    """An article id as typed: a positive integer SQLite can hold; anything else is a usage error."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an article id: {printable(text)}") from None
    if not 0 < value < 2**63:
        raise argparse.ArgumentTypeError(f"no such article: {value}")
    return value


def _out() -> Console:
    return Console(highlight=False, soft_wrap=False)


def _plain(cell: object) -> str:
    return cell.plain if isinstance(cell, Text) else str(cell)


def show(renderable: Any) -> None:
    """Print for a person at a terminal; for a script when stdout is not one: one line per result, never
    wrapped or cut, and a table as tab-separated lines (its header first), whatever the terminal's width."""
    if sys.stdout.isatty():
        _out().print(renderable)
        return
    if isinstance(renderable, Table):
        lines = [] if renderable.title is None else _plain(renderable.title).splitlines()
        columns = renderable.columns
        if renderable.show_header:
            lines.append("\t".join(printable(_plain(c.header)) for c in columns))
        lines += [
            "\t".join(printable(_plain(cell)) for cell in row)
            for row in zip(*(c.cells for c in columns), strict=True)
        ]
        sys.stdout.write("".join(line + "\n" for line in lines))
        sys.stdout.flush()
        return
    Console(highlight=False, soft_wrap=True, no_color=True).print(renderable)


def emit_json(data: Any) -> None:
    text = json_printable(json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False))
    sys.stdout.buffer.write(text.encode("utf-8") + b"\n")
    sys.stdout.flush()


def error(message: str) -> None:
    """One line on stderr; the message is plain text (never markup)."""
    err_console.print(Text(printable(message), style="red"))


def info(message: str) -> None:
    err_console.print(Text(printable(message), style="dim"))


class Context:
    """What every command gets: the parsed arguments, the config and (lazily) the library."""

    def __init__(self, args: argparse.Namespace, config: Config) -> None:
        self.args = args
        self.config = config
        self.data_dir = data_dir(args.data_dir)
        self._library: Library | None = None

    @property
    def library(self) -> Library:
        if self._library is None:
            from reader.store import Library

            self._library = Library(self.data_dir, notify=info)
            if not (self.args.no_samples or os.environ.get("NEWSREADER_NO_SAMPLES")):
                if (
                    not self._library.read_only
                    and self._library.is_empty()
                    and self.args.command in (None, "list", "search", "pairs", "stories")
                ):
                    info("First run: loading the bundled sample feeds into the new library…")
                for result in self._library.load_samples_if_empty(sample_feeds_dir()):
                    if result.error:
                        error(f"{result.path}: {result.error}")
            for sub in self.config.subscriptions if not self._library.read_only else ():
                if self._library.feed(sub.url) is None:
                    self._library.add_feed(sub)
            if self.config.ignore:  # none: the search module (numpy, the query parser) is not imported
                self._library.set_ignore_rules(self.config.ignore)  # checked when the config was read
        return self._library

    def close(self) -> None:
        if self._library is not None:
            self._library.close()


# -- commands ------------------------------------------------------------------------------------------


def cmd_import(ctx: Context) -> int:
    failed = 0
    out = _out()

    def report(result: FileResult) -> None:
        nonlocal failed
        if result.error:
            failed += 1
            error(f"{result.path}: {result.error}")
            return
        assert result.stats is not None  # a file that did not fail has its counts
        line = Text(f"{printable(result.path)}: ", style="bold")
        line.append(result.stats.summary())
        if result.subscriptions:
            line.append(f", {result.subscriptions} subscriptions")
        out.print(line, soft_wrap=True)  # one line per file, whatever the path's length

    missing = [p for p in ctx.args.paths if not Path(p).exists()]
    for p in missing:
        failed += 1
        error(f"{p}: no such file or directory")
    existing = [Path(p) for p in ctx.args.paths if Path(p).exists()]
    results = ctx.library.import_paths(existing, on_file=report)
    if not results and not missing:
        error(f"{' '.join(ctx.args.paths)}: no importable files found")
        return EXIT_FAILED
    return EXIT_FAILED if failed else EXIT_OK


def _rows_table(rows: list[Row]) -> Table:
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("", no_wrap=True)
    table.add_column("lang", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("source", no_wrap=True, max_width=22, overflow="ellipsis")
    table.add_column("title", ratio=1, overflow="fold")
    for r in rows:
        marks = ("★" if r.bookmarked else " ") + ("•" if not r.read else " ") + ("⇄" if r.pair_id else " ")
        table.add_row(
            Text(str(r.id), style="cyan"),
            Text(marks, style="yellow"),
            Text(r.lang or "?", style="magenta"),
            Text((r.date or "")[:10]),
            Text(printable(r.source)),
            Text(printable(r.title), style="bold" if not r.read else ""),
        )
    return table


def cmd_list(ctx: Context) -> int:
    a = ctx.args
    view = "bookmarks" if a.bookmarked else "unread" if a.unread else "all"
    rows = ctx.library.rows(view, lang=a.lang, limit=a.limit)
    if a.json:
        emit_json([r.to_json() for r in rows])
    else:
        show(_rows_table(rows))
    return EXIT_OK


def _article_or_fail(ctx: Context, article_id: int) -> ArticleJson | None:
    record = ctx.library.article_json(article_id)
    if record is None:
        error(f"{article_id}: no such article")
    return record


def cmd_show(ctx: Context) -> int:
    record = _article_or_fail(ctx, ctx.args.id)
    if record is None:
        return EXIT_FAILED
    if ctx.args.json:
        emit_json(record)
        return EXIT_OK
    from reader.render import article_text

    show(article_text(record))
    return EXIT_OK


def cmd_bookmark(ctx: Context, value: bool) -> int:
    if not ctx.library.set_bookmarked(ctx.args.id, value):
        error(f"{ctx.args.id}: no such article")
        return EXIT_FAILED
    return EXIT_OK


def cmd_bookmarks(ctx: Context) -> int:
    rows = ctx.library.bookmarks()
    export = ctx.args.export
    if export:
        path = Path(export)
        if path.suffix.lower() == ".json":
            content = json.dumps([r.to_json() for r in rows], ensure_ascii=False, indent=2) + "\n"
        elif path.suffix.lower() in (".md", ".markdown"):
            lines = ["# Bookmarks", ""]
            for r in rows:
                title = r.title.replace("[", "\\[").replace("]", "\\]")
                link = f"[{title}]({r.url})" if r.url else title
                lines.append(f"- {link} ({r.lang}, {r.source or r.feed}, {(r.date or '')[:10]})")
            content = "\n".join(lines) + "\n"
        else:
            error(f"{export}: export to a .md or .json file")
            return EXIT_USAGE
        if not write_file(path, content):
            return EXIT_FAILED
        info(f"{len(rows)} bookmarks written to {export}")
        return EXIT_OK
    if ctx.args.json:
        emit_json([r.to_json() for r in rows])
    else:
        show(_rows_table(rows))
    return EXIT_OK


def _show_each(ctx: Context, records: Sequence[_R], draw: Callable[[_R], RenderableType], none: str) -> int:
    """Print ``records`` as JSON, or each drawn as a table (``none`` says there are none)."""
    if ctx.args.json:
        emit_json(records)
        return EXIT_OK
    for record in records:
        show(draw(record))
        show("")
    if not records:
        show(none)
    return EXIT_OK


def cmd_pairs(ctx: Context) -> int:
    from reader.render import pair_table

    library = ctx.library

    def draw(p: PairJson) -> RenderableType:
        return pair_table(p, library.article(p["en"]), library.article(p["fr"]))

    return _show_each(ctx, library.pairs(), draw, "No EN/FR pairs yet.")


def cmd_stories(ctx: Context) -> int:
    from reader.render import story_table

    return _show_each(ctx, ctx.library.stories(), story_table, "No stories of two or more reports yet.")


def cmd_story(ctx: Context) -> int:
    try:
        if ctx.args.story_cmd == "join":
            if len(set(ctx.args.ids)) < 2:
                error("story join needs two or more article ids")
                return EXIT_USAGE
            info(f"story {ctx.library.story_join(list(dict.fromkeys(ctx.args.ids)))}")
        elif ctx.library.story_split(ctx.args.id) is None:
            info(f"{ctx.args.id}: was in no story")
    except KeyError as exc:
        error(f"{exc.args[0]}: no such article")
        return EXIT_FAILED
    return EXIT_OK


def cmd_pair(ctx: Context) -> int:
    try:
        ctx.library.pair(ctx.args.id1, ctx.args.id2)
    except KeyError as exc:
        error(f"{exc.args[0]}: no such article")
        return EXIT_FAILED
    except ValueError as exc:
        error(str(exc))
        return EXIT_FAILED
    return EXIT_OK


def cmd_unpair(ctx: Context) -> int:
    try:
        partner = ctx.library.unpair(ctx.args.id)
    except KeyError:
        error(f"{ctx.args.id}: no such article")
        return EXIT_FAILED
    if partner is None:
        info(f"{ctx.args.id}: was not paired")
    return EXIT_OK


def cmd_figures(ctx: Context) -> int:
    from reader.ingest import read_file
    from reader.model import IngestError
    from reader.pipeline import article_figures

    path = Path(ctx.args.path)
    try:
        parsed = read_file(path)
    except IngestError as exc:
        error(f"{path}: {exc}")
        return EXIT_FAILED
    except OSError as exc:
        error(f"{path}: {exc.strerror or type(exc).__name__}")
        return EXIT_FAILED
    results: list[dict[str, Any]] = []
    for article in parsed.articles:
        # the body's figures, read as `import` reads them (the publisher's dollar, the article's places)
        figures, _ = article_figures(article)
        results.append(
            {"title": article.title, "lang": article.lang, "figures": [f.to_dict() for f in figures]}
        )
    if ctx.args.json:
        emit_json(results)
        return EXIT_OK
    from reader.render import figures_table

    for r in results:
        show(figures_table(r["title"], r["lang"], r["figures"]))
    return EXIT_OK


def cmd_search(ctx: Context) -> int:
    from reader.store import IndexUnavailable, QueryError

    try:
        result = ctx.library.search(ctx.args.query, limit=ctx.args.limit, sort=ctx.args.sort)
    except QueryError as exc:
        error(f"search: {exc}")
        return EXIT_USAGE
    except IndexUnavailable as exc:
        error(f"search: {exc}")
        return EXIT_FAILED
    if ctx.args.json:
        emit_json(result.to_json())
        return EXIT_OK
    from reader.render import search_results

    show(search_results(result))
    return EXIT_OK


def cmd_reindex(ctx: Context) -> int:
    n = ctx.library.reindex()
    info(f"index rebuilt: {n} articles")
    return EXIT_OK


def cmd_feeds(ctx: Context) -> int:
    from reader.model import Subscription

    a = ctx.args
    lib = ctx.library
    if a.feeds_cmd == "add":
        url, problem = feed_url(a.url)
        if problem:
            error(f"{a.url}: {problem}")
            return EXIT_USAGE
        new = lib.add_feed(Subscription(url, a.title or "", a.lang, a.tag or [], a.full_text))
        info(f"{url}: {'subscribed' if new else 'subscription updated'}")
        return EXIT_OK
    if a.feeds_cmd == "remove":
        if not lib.remove_feed(a.url):
            error(f"{a.url}: not subscribed")
            return EXIT_FAILED
        return EXIT_OK
    if a.feeds_cmd == "export":
        from reader.ingest.opml import write_opml

        subs = [Subscription(f["url"], f["title"], f["lang"], f["tags"], f["full_text"]) for f in lib.feeds()]
        if not write_file(Path(a.file), write_opml(subs)):
            return EXIT_FAILED
        info(f"{len(lib.feeds())} feeds written to {a.file}")
        return EXIT_OK
    feeds = lib.feeds()
    keys = ("url", "title", "lang", "tags", "last_fetched", "last_status", "error")
    if a.json:
        emit_json([{k: f[k] for k in keys} for f in feeds])
        return EXIT_OK
    table = Table(box=None, header_style="bold")
    for k in ("url", "title", "lang", "tags", "last fetched", "status"):
        table.add_column(k, overflow="fold")
    for f in feeds:
        status = (
            Text(printable(f["error"]), style="red") if f["error"] else Text(str(f["last_status"] or "never"))
        )
        table.add_row(
            Text(printable(f["url"])),
            Text(printable(f["title"])),
            Text(printable(f["lang"] or "")),
            Text(printable(", ".join(f["tags"]))),
            Text(f["last_fetched"] or ""),
            status,
        )
    show(table)
    return EXIT_OK


def write_file(path: Path, content: str) -> bool:
    """Write an export; a failure is one line naming the file and the reason."""
    try:
        path.write_text(content, encoding="utf-8")
    except OSError as exc:
        error(f"{path}: cannot write: {exc.strerror or type(exc).__name__}")
        return False
    return True


def feed_url(text: str) -> tuple[str, str | None]:
    """The subscription URL for what was typed, or the one-line reason it is none: an http(s) URL with a
    host, a ``file:`` URL, or the path of an existing local file (made a ``file:`` URL)."""
    from urllib.parse import urlsplit

    if printable(text) != text or any(c.isspace() for c in text):
        return text, "not a feed URL (it holds spaces or control characters)"
    try:
        parts = urlsplit(text)
    except ValueError as exc:
        return text, f"not a feed URL ({exc})"
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        return (text, None) if parts.hostname else (text, "not a feed URL (no host)")
    if scheme == "file":
        return text, None
    if not scheme and Path(text).is_file():
        return Path(text).resolve().as_uri(), None
    return text, "not a feed URL: use http://, https:// or file:// (or the path of a local file)"


def cmd_refresh(ctx: Context) -> int:
    from reader.fetch import refresh_feeds

    return refresh_feeds(ctx.library, ctx.args.urls, progress=sys.stderr.isatty(), report=error, info=info)


def cmd_tui(ctx: Context) -> int:
    from reader.tui.app import run_app

    return run_app(ctx)


# -- parser --------------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="newsreader",
        description=(
            "A bilingual (English/French) terminal news reader. Without a COMMAND, newsreader opens the reader "
            "on your library; the first run loads the bundled sample articles into a new library (unless "
            "--no-samples or NEWSREADER_NO_SAMPLES is set)."
        ),
        epilog="Library: --data-dir or NEWSREADER_DATA_DIR. Config: --config or NEWSREADER_CONFIG.",
    )
    p.add_argument("--version", action="version", version=f"newsreader {__version__}")
    p.add_argument("--data-dir", metavar="DIR", help="library folder (default: the platform's data dir)")
    p.add_argument("--config", metavar="FILE", help="YAML config file")
    p.add_argument(
        "--no-samples",
        action="store_true",
        help="never load the bundled sample articles into a new library (also NEWSREADER_NO_SAMPLES=1)",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, fn: Callable[[Context], int], help: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help, description=help)
        sp.set_defaults(fn=fn)
        return sp

    sp = command("import", cmd_import, "import files or directories (recursively)")
    sp.add_argument("paths", nargs="+", metavar="PATH")
    sp = command("list", cmd_list, "list articles, newest first")
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--lang", choices=["en", "fr"])
    sp.add_argument("--bookmarked", action="store_true")
    sp.add_argument("--unread", action="store_true")
    sp.add_argument("--limit", type=int, metavar="N")
    sp = command("show", cmd_show, "show one article")
    sp.add_argument("id", type=article_id, metavar="ID")
    sp.add_argument("--json", action="store_true")
    sp = command("bookmark", lambda c: cmd_bookmark(c, True), "bookmark an article")
    sp.add_argument("id", type=article_id, metavar="ID")
    sp = command("unbookmark", lambda c: cmd_bookmark(c, False), "remove a bookmark")
    sp.add_argument("id", type=article_id, metavar="ID")
    sp = command("bookmarks", cmd_bookmarks, "list (or export) bookmarks")
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--export", metavar="FILE", help="write them to FILE.md or FILE.json")
    sp = command("search", cmd_search, "full-text search (both languages, figures in any format)")
    sp.add_argument("query", metavar="QUERY")
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--limit", type=int, default=20, metavar="N")
    sp.add_argument("--sort", choices=["relevance", "date"], default="relevance")
    sp = command("pairs", cmd_pairs, "EN/FR pairs and how their figures compare")
    sp.add_argument("--json", action="store_true")
    sp = command("stories", cmd_stories, "stories of several reports and their figures, version by version")
    sp.add_argument("--json", action="store_true")
    sp = command("story", cmd_story, "group reports into a story, or take one out, by hand")
    ssub = sp.add_subparsers(dest="story_cmd", metavar="ACTION", required=True)
    sj = ssub.add_parser("join", help="make these articles one story")
    sj.add_argument("ids", type=article_id, nargs="+", metavar="ID")
    ss = ssub.add_parser("split", help="take an article out of its story")
    ss.add_argument("id", type=article_id, metavar="ID")
    sp = command("pair", cmd_pair, "pair two articles by hand")
    sp.add_argument("id1", type=article_id, metavar="ID1")
    sp.add_argument("id2", type=article_id, metavar="ID2")
    sp = command("unpair", cmd_unpair, "undo an article's pair")
    sp.add_argument("id", type=article_id, metavar="ID")
    sp = command("figures", cmd_figures, "extract key figures from a file without importing it")
    sp.add_argument("path", metavar="PATH")
    sp.add_argument("--json", action="store_true")
    sp = command("reindex", cmd_reindex, "rebuild the search index from the library")
    sp = command("feeds", cmd_feeds, "manage subscriptions")
    fsub = sp.add_subparsers(dest="feeds_cmd", metavar="ACTION")
    fa = fsub.add_parser("add", help="subscribe to a feed URL")
    fa.add_argument("url")
    fa.add_argument("--title")
    fa.add_argument("--lang", choices=["en", "fr"])
    fa.add_argument("--tag", action="append")
    fa.add_argument("--full-text", action="store_true", help="fetch each item's page for the full article")
    fr = fsub.add_parser("remove", help="unsubscribe")
    fr.add_argument("url")
    fl = fsub.add_parser("list", help="list subscriptions")
    fl.add_argument("--json", action="store_true")
    fe = fsub.add_parser("export", help="write subscriptions to an OPML file")
    fe.add_argument("file")
    sp.set_defaults(feeds_cmd="list", json=False)
    sp = command("refresh", cmd_refresh, "fetch subscribed feeds (all, or the URLs given)")
    sp.add_argument("urls", nargs="*", metavar="URL")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        config = load_config(config_file(args.config))
    except ConfigError as exc:
        for problem in exc.problems:  # one line per problem, each naming the file and the key
            error(problem)
        return EXIT_USAGE
    for warning in config.warnings:
        info(warning)
    ctx = Context(args, config)
    fn = getattr(args, "fn", cmd_tui)
    try:
        return fn(ctx)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the last line of defence: one line, never a traceback
        if os.environ.get("NEWSREADER_DEBUG"):
            raise
        from reader.store import is_read_only_error

        if is_read_only_error(exc):
            error(
                f"{printable(ctx.data_dir)}: the library is read-only here; this command needs to write to it"
            )
            return EXIT_FAILED
        error(f"newsreader {args.command or ''}: unexpected error: {type(exc).__name__}: {exc}")
        return EXIT_FAILED
    finally:
        ctx.close()


if __name__ == "__main__":
    raise SystemExit(main())
