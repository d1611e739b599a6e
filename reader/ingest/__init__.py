"""Reading every input format into the same clean ``Article`` records.

One way in: :func:`parse_bytes` (or :func:`read_file` for a path) sniffs the format, hands the
bytes to one format module and cleans what comes back. Format modules:

========================  ==============================================================
``feeds``                 RSS 0.9x/1.0/2.0 and Atom (feedparser, behind an entity guard)
``jsonfeed``              JSON Feed 1.0/1.1
``opml``                  OPML subscription lists (subscriptions, no articles)
``frontmatter``           Markdown or text with YAML front matter
``plaintext``             plain-text digests and press articles (the seed shapes)
``html``                  an HTML file as one article; ``html_to_blocks`` for fragments
========================  ==============================================================

Bad input raises :class:`reader.model.IngestError` with a one-line reason, never anything else.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PosixPath, PurePosixPath, WindowsPath
from typing import Any, SupportsIndex
from urllib.parse import urlsplit

from reader.ingest.clean import clean_inline, clean_text, decode_bytes, finish_article
from reader.ingest.html import html_to_blocks
from reader.ingest.lang import detect_lang, normalise_lang
from reader.ingest.limits import MAX_FILE_BYTES, MAX_OUTPUT_CHARS, check_output_size
from reader.model import Article, IngestError, Subscription

__all__ = [
    "INPUT_EXTENSIONS",
    "MAX_FILE_BYTES",
    "MAX_OUTPUT_CHARS",
    "ParseResult",
    "clean_inline",
    "clean_text",
    "detect_format",
    "detect_lang",
    "html_to_blocks",
    "iter_input_files",
    "normalise_lang",
    "parse_bytes",
    "read_file",
    "read_input",
]


#: File extension -> format. ``.xml`` may also be OPML and ``.txt`` may have front matter: the
#: content decides between those.
_EXTENSIONS = {
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
    ".json": "jsonfeed",
    ".opml": "opml",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
}
#: What a directory walk picks up.
INPUT_EXTENSIONS = frozenset(_EXTENSIONS)

_CONTENT_TYPES = {
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
    "application/feed+json": "jsonfeed",
    "application/json": "jsonfeed",
    "text/x-opml": "opml",
    "text/x-opml+xml": "opml",
    "application/x-opml": "opml",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/plain": "text",
    "text/html": "html",
    "application/xhtml+xml": "html",
}
_URL_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)
# An HTML page starts with its doctype or <html>, maybe after an XML declaration and comments.
_HTML_START_RE = re.compile(
    r"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.DOTALL
)
_FRONT_MATTER_START_RE = re.compile(rb"\A(?:\xef\xbb\xbf)?---[ \t]*\r?\n")
# Whitespace, NULs and BOM bytes: a file made only of these is empty in any encoding.
_EMPTY_BYTES = b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"


@dataclass(slots=True)
class ParseResult:
    """What one input gave: articles (feeds, files) and subscriptions (OPML)."""

    articles: list[Article] = field(default_factory=list)
    subscriptions: list[Subscription] = field(default_factory=list)


def _head_text(data: bytes) -> str:
    """The start of the data as lower-case text, whatever its encoding, for sniffing."""
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore").lower()
    return head.decode("utf-8", errors="ignore").lstrip("\ufeff").lower()


def _sniff(data: bytes) -> str:
    head = _head_text(data).lstrip()
    if head.startswith("<"):
        if "<opml" in head:
            return "opml"
        if _HTML_START_RE.match(head):
            return "html"
        return "feed"
    if head.startswith(("{", "[")):
        return "jsonfeed"
    if head.startswith("---"):
        return "markdown"
    return "text"


def detect_format(data: bytes, origin: str, content_type: str | None = None) -> str:
    """Which reader gets the data: feed, jsonfeed, opml, markdown, text or html.

    For a file path the extension decides (``.xml`` may turn out to be OPML and ``.txt`` may
    have front matter). For a URL the content decides when it is markup or JSON; otherwise
    the content type, then the URL's extension: junk served as a feed goes to the feed
    reader, which says why it is not one, rather than being imported as a text article.
    """
    sniffed = _sniff(data)
    if _URL_RE.match(origin):
        if sniffed not in ("text", "markdown"):
            return sniffed
        path = urlsplit(origin).path
    else:
        path = origin.replace("\\", "/")
        fmt = _EXTENSIONS.get(PurePosixPath(path).suffix.lower())
        if fmt == "feed":
            return "opml" if sniffed == "opml" else "feed"
        if fmt == "text":
            return "markdown" if _FRONT_MATTER_START_RE.match(data) else "text"
        if fmt:
            return fmt
    hint = _CONTENT_TYPES.get((content_type or "").split(";")[0].strip().lower())
    hint = hint or _EXTENSIONS.get(PurePosixPath(path).suffix.lower())
    if hint in ("feed", "jsonfeed", "opml", "markdown"):
        return hint
    return sniffed


def _declared_charset(data: bytes, content_type: str | None, fmt: str) -> str | None:
    if content_type:
        m = _CHARSET_RE.search(content_type)
        if m:
            return m.group(1)
    if fmt == "html":
        m = _CHARSET_RE.search(data[:4096].decode("ascii", errors="ignore"))
        if m:
            return m.group(1)
    return None


def _dispatch(data: bytes, origin: str, fmt: str, content_type: str | None) -> ParseResult:
    # Imported here so that importing reader.ingest stays cheap (feedparser is slow to import).
    if fmt == "feed":
        from reader.ingest import feeds

        return ParseResult(articles=feeds.parse(data, origin, content_type=content_type))
    if fmt == "opml":
        from reader.ingest import opml

        return ParseResult(subscriptions=opml.parse(data, origin))
    text = decode_bytes(data, _declared_charset(data, content_type, fmt))
    if fmt == "jsonfeed":
        from reader.ingest import jsonfeed

        return ParseResult(articles=jsonfeed.parse(text, origin))
    if fmt == "markdown":
        from reader.ingest import frontmatter

        return ParseResult(articles=frontmatter.parse(text, origin))
    if fmt == "html":
        if _URL_RE.match(origin):
            # A subscription that returns a web page: say so rather than import the page.
            raise IngestError("not a feed: the address returned an HTML page")
        from reader.ingest import html

        return ParseResult(articles=html.parse(text, origin))
    from reader.ingest import plaintext

    return ParseResult(articles=plaintext.parse(text, origin))


def parse_bytes(
    data: bytes, origin: str, *, content_type: str | None = None, default_lang: str | None = None
) -> ParseResult:
    """Read one input (a file's or an HTTP response's bytes) into clean articles or subscriptions.

    ``origin`` is the file path or URL; it picks the format by extension when it is a path and
    goes into ``Article.origin``. ``content_type`` is the HTTP Content-Type, if any (its charset
    is honoured). ``default_lang`` (e.g. the subscription's language) applies to articles whose
    source declares none; detection covers the rest. Articles with neither title nor text are
    dropped. Raises ``IngestError`` with a one-line reason, and no other exception.
    """
    if len(data) > MAX_FILE_BYTES:
        raise IngestError(_too_large(len(data)))
    if not data.strip(_EMPTY_BYTES):
        raise IngestError("empty file")
    fmt = "input"
    try:
        fmt = detect_format(data, origin, content_type)
        result = _dispatch(data, origin, fmt, content_type)
        check_output_size(result.articles)
        articles = [a for a in (finish_article(a, default_lang=default_lang) for a in result.articles) if a]
    except IngestError:
        raise
    except RecursionError:
        raise IngestError(f"cannot read {fmt}: nested too deeply") from None
    except MemoryError:
        raise IngestError(f"cannot read {fmt}: out of memory") from None
    except Exception as e:  # a bug or a library surprise must not escape as anything else
        reason = str(e).splitlines()[0] if str(e) else ""
        raise IngestError(f"cannot read {fmt}: {type(e).__name__}{': ' + reason if reason else ''}") from e
    return ParseResult(articles=articles, subscriptions=result.subscriptions)


def _too_large(size: int) -> str:
    return f"file too large ({size / 2**20:.1f} MB, limit {MAX_FILE_BYTES // 2**20} MB)"


_FILE_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _not_regular(mode: int) -> str:
    kind = next((name for test, name in _FILE_KINDS if test(mode)), "a special file")
    return f"not a regular file ({kind})"


# What Path() makes here: a subclass of Path must derive from it (before Python 3.12).
if sys.platform == "win32":
    _SystemPath = WindowsPath
else:
    _SystemPath = PosixPath


class WalkedPath(_SystemPath):
    """A file found by walking a folder: it remembers the folder (resolved), so that reading it never
    follows a symbolic link out of that folder. Survives pickling (worker processes)."""

    walk_root: str | None = None

    def __reduce_ex__(self, _protocol: SupportsIndex) -> tuple[Any, ...]:
        # Rebuilt with its folder (Path's own __reduce__ would drop walk_root).
        return (_walked_path, (str(self), self.walk_root))


def _walked_path(path: str, root: str | None) -> WalkedPath:
    p = WalkedPath(path)
    p.walk_root = root
    return p


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _opened_path(fd: int, path: Path) -> str:
    """The real path of an open file (exact on Linux, where /proc says what was opened)."""
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return os.path.realpath(path)


def read_input(path: Path) -> bytes:
    """The bytes of one input file, read safely: only a regular file, size checked before reading.

    A FIFO, a device (/dev/zero, /dev/urandom) or a socket is refused without being read (a FIFO is
    opened non-blocking, so a FIFO without writer does not hang), and so is a file over
    :data:`MAX_FILE_BYTES`. A file found by walking a folder (:class:`WalkedPath`) is refused when a
    symbolic link leads out of that folder. Raises ``IngestError`` with a one-line reason.
    """
    root = getattr(path, "walk_root", None)
    path = Path(path)
    try:
        if root is not None and not _inside(os.path.realpath(path), root):
            raise IngestError("symbolic link out of the imported folder, not followed")
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise IngestError("is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise IngestError(_not_regular(st.st_mode))
        if st.st_size > MAX_FILE_BYTES:
            raise IngestError(_too_large(st.st_size))
        fd = os.open(
            path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
        )
        with open(fd, "rb", closefd=True) as f:
            # Checked again on what was opened: the path may have been swapped since the stat.
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise IngestError(_not_regular(st.st_mode))
            if st.st_size > MAX_FILE_BYTES:
                raise IngestError(_too_large(st.st_size))
            if root is not None and not _inside(_opened_path(fd, path), root):
                raise IngestError("symbolic link out of the imported folder, not followed")
            # The size said, plus one byte: a file that grows while read is read on, but only to one
            # byte over the limit (and no 20 MB buffer is set aside for a small file).
            data = f.read(st.st_size + 1)
            if len(data) > st.st_size:
                data += f.read(MAX_FILE_BYTES + 1 - len(data))
    except FileNotFoundError:
        raise IngestError("file not found") from None
    except PermissionError:
        raise IngestError("permission denied") from None
    except OSError as e:
        raise IngestError(f"cannot read file: {e.strerror or type(e).__name__}") from None
    if len(data) > MAX_FILE_BYTES:
        raise IngestError(_too_large(len(data)))
    return data


def read_file(path: Path) -> ParseResult:
    """Read and parse one file (see :func:`read_input`: only a regular file, size checked first).

    Raises ``IngestError`` for a missing, unreadable, special or too large file and for bad content.
    """
    return parse_bytes(read_input(path), str(path))


def _walkable(name: str) -> bool:
    """A file a directory walk imports: a known extension, not hidden, not a folder's README."""
    if name.startswith(".") or Path(name).stem.upper() == "README":
        return False
    return Path(name).suffix.lower() in INPUT_EXTENSIONS


def iter_input_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The files to import from ``paths``: files as given, directories walked recursively.

    A directory walk is sorted, skips hidden files and directories (names starting with "."),
    README files (a folder's description, not an article) and keeps only known extensions (:data:`INPUT_EXTENSIONS`). A file named explicitly is
    yielded whatever its name, and so is a missing path, so that :func:`read_file` reports it.
    Symbolic links to directories are not followed (no loops). A file found in a walk is a
    :class:`WalkedPath`: reading it refuses a symbolic link out of the folder (a link named on the
    command line is followed), and a FIFO or device among the files is refused when read, by name.
    """
    for path in paths:
        path = Path(path)
        if not path.is_dir():
            yield path
            continue
        root = os.path.realpath(path)
        for dirpath, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if _walkable(name):
                    yield _walked_path(os.path.join(dirpath, name), root)
