"""Fetching subscribed feeds over HTTP, politely, and importing what changed through the library.

Conditional GET (ETag / Last-Modified), gzip and deflate, a descriptive User-Agent, redirects (permanent
ones move the subscription), Retry-After on 429 and 503, and the defences against a hostile server:

* one deadline covers the whole exchange, from connect through every redirect and header byte to the last
  body byte: every socket operation waits at most until then (a header trickle ends there too);
* the body is read still encoded and inflated here, a bounded slice at a time, with one cap on the bytes on
  the wire (including those that inflate to nothing) and one on the inflated bytes: a compression bomb
  never holds more than the cap; stacked or unknown encodings are refused outright;
* whatever goes wrong with one feed (a bad redirect, a URL httpx refuses, a parser or store failure) is
  that feed's one-line error, recorded against it; the other feeds still refresh.

Downloads run concurrently in a bounded pool; imports go one at a time through
:meth:`Library.import_articles`, the same path as files.
"""

from __future__ import annotations

import re
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import unquote, urlsplit

import httpcore
import httpx

from reader import __version__
from reader.ingest import MAX_FILE_BYTES, parse_bytes, read_input
from reader.model import Article, IngestError
from reader.printable import printable

if TYPE_CHECKING:
    from reader.store import ImportStats

USER_AGENT = (
    f"newsreader/{__version__} (bilingual terminal news reader; +https://pypi.org/project/newsreader/)"
)
#: The only encodings asked for, and the only ones decoded (one of them, never stacked).
ACCEPT_ENCODING = "gzip, deflate"
TIMEOUT_S = 20.0
MAX_WORKERS = 8
MAX_REDIRECTS = 5
REDIRECTS = (301, 302, 303, 307, 308)
PERMANENT_REDIRECTS = (301, 308)
#: Statuses whose Retry-After is honoured: the feed is skipped until then.
RETRY_STATUSES = (429, 503)
#: A Retry-After further away than this is shortened to it (a hostile server cannot silence a feed).
MAX_RETRY_AFTER = timedelta(days=1)
#: Bytes read from the socket at a time, and the most one inflate step may produce.
CHUNK = 64 * 1024
#: Items shorter than this (in words) are only summaries; ``--full-text`` feeds fetch their pages.
SUMMARY_WORDS = 120
#: All of one feed's item pages together get at most this many deadlines' worth of time.
FULL_TEXT_BUDGET = 3


@dataclass
class Download:
    """What one HTTP fetch gave: a body to import, a 304, or the one-line reason it failed."""

    url: str
    status: int | None = None
    body: bytes | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    moved_to: str | None = None
    error: str | None = None
    #: A 429/503's Retry-After, as an absolute time (UTC).
    retry_until: datetime | None = None


class FeedStore(Protocol):
    """What fetching asks of the library (``reader.store.Library`` is one): the subscriptions, each
    fetch's outcome and a permanent redirect recorded against its feed, and the new articles imported."""

    def feeds(self) -> list[dict[str, Any]]: ...

    def record_fetch(self, url: str, **state: Any) -> None: ...

    def move_feed(self, old: str, new: str) -> None: ...

    def import_articles(self, articles: list[Article]) -> ImportStats: ...


@dataclass
class FeedResult:
    url: str
    status: int | None
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    error: str | None = None
    moved_to: str | None = None
    ids: list[int] = field(default_factory=list)
    note: str | None = None
    #: Not fetched: an earlier Retry-After asked us to wait until then (UTC).
    skipped_until: datetime | None = None

    def line(self) -> str:
        url = printable(self.url)
        if self.skipped_until:
            return f"{url}: skipped until {clock(self.skipped_until)} (Retry-After)"
        if self.error:
            return f"{url}: {one_line(self.error)}"
        if self.status == 304:
            return f"{url}: not modified"
        moved = f" (moved to {printable(self.moved_to)})" if self.moved_to else ""
        note = f" ({self.note})" if self.note else ""
        return f"{url}: {self.added} new, {self.updated} updated, {self.unchanged} unchanged{moved}{note}"


def local_path(url: str) -> Path:
    """The file a ``file:`` URL names (``file:///home/me/feed.xml``, ``file:relative/feed.xml``)."""
    parts = urlsplit(url)
    if parts.netloc not in ("", "localhost"):
        raise ValueError(f"a file URL names this machine's files, not {parts.netloc}")
    return Path(unquote(parts.path))


def _read_local(url: str, last_modified: str | None) -> Download:
    try:
        path = local_path(url)
        stamp = str(path.stat().st_mtime_ns)
        if last_modified == stamp:
            return Download(url, status=304, last_modified=stamp)
        body = read_input(path)
    except (OSError, ValueError, IngestError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return Download(url, error=one_line(reason))
    return Download(url, status=200, body=body, last_modified=stamp)


def one_line(text: str, limit: int = 300) -> str:
    """A server-supplied or exception text made safe for a feed's one line (and its stored error)."""
    text = printable(" ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def clock(when: datetime) -> str:
    """HH:MM in local time (with the date when it is not today)."""
    local = when.astimezone()
    today = datetime.now(UTC).astimezone().date()
    return local.strftime("%H:%M" if local.date() == today else "%Y-%m-%d %H:%M")


def _mb(n: int) -> str:
    return f"{n // 1_000_000} MB" if n >= 1_000_000 else f"{n // 1000} KB"


class _Refused(Exception):
    """A fetch stopped on purpose; the message is the feed's one-line error."""


# -- the deadline ---------------------------------------------------------------------------------------

#: The deadline (``time.monotonic()``) of the exchange this thread is running, if any. Sync httpx does
#: all of a request's socket work in the calling thread, so the network streams below read it from here.
_exchange = threading.local()


def _bounded(timeout: float | None, timeout_error: type[Exception]) -> float | None:
    """A socket operation's timeout, shortened so it ends by the exchange's deadline."""
    deadline: float | None = getattr(_exchange, "deadline", None)
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise timeout_error("deadline passed")
    return remaining if timeout is None else min(timeout, remaining)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """The standard sockets, each connect, read and write bounded by the running exchange's deadline."""

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _DeadlineTransport(httpx.HTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        # httpx has no public hook for the network backend: the pool is rebuilt with httpx's defaults.
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_DeadlineBackend(),
        )


def _note_location(response: httpx.Response) -> None:
    _exchange.location = response.headers.get("location")


def make_client(timeout_s: float = TIMEOUT_S) -> httpx.Client:
    return httpx.Client(
        event_hooks={"response": [_note_location]},
        headers={"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING},
        timeout=httpx.Timeout(timeout_s, connect=timeout_s),
        follow_redirects=False,  # followed one hop at a time by `download`, never reading a hop's body
        transport=_DeadlineTransport(),
    )


# -- decoding -------------------------------------------------------------------------------------------


class _Decoder:
    """Inflate a body as it arrives, at most ``CHUNK`` bytes per step (a bomb never allocates more)."""

    def __init__(self, content_encoding: str | None) -> None:
        codings = [c.strip().lower() for c in (content_encoding or "").split(",")]
        codings = [c for c in codings if c and c != "identity"]
        if len(codings) > 1:
            raise _Refused(f"refused stacked content encodings ({one_line(', '.join(codings), 80)})")
        self.coding = codings[0] if codings else None
        if self.coding not in (None, "gzip", "x-gzip", "deflate"):
            raise _Refused(f"refused unsupported content encoding ({one_line(self.coding, 80)})")
        self._z: Any = None
        if self.coding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._head = b""  # deflate: the first two bytes say zlib-wrapped (per the RFC) or raw (common)
        self._ended = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self.coding is None:
            if data:
                yield data
            return
        if self._ended:
            return  # bytes after the end of the stream: counted on the wire, never decoded
        if self._z is None:
            self._head += data
            if len(self._head) < 2:
                return
            data, self._head = self._head, b""
            self._z = zlib.decompressobj(zlib.MAX_WBITS if _zlib_header(data) else -zlib.MAX_WBITS)
        yield from self._inflate(data)

    def finish(self) -> Iterator[bytes]:
        if self._head:  # a deflate body of one byte
            self._z = zlib.decompressobj(-zlib.MAX_WBITS)
            data, self._head = self._head, b""
            yield from self._inflate(data)

    def _inflate(self, data: bytes) -> Iterator[bytes]:
        while True:
            try:
                out = self._z.decompress(data, CHUNK)
            except zlib.error as exc:
                raise _Refused(f"cannot decode the {self.coding} body ({exc})") from None
            if out:
                yield out
            if self._z.eof:
                self._ended = True
                return
            data = self._z.unconsumed_tail
            if not data and len(out) < CHUNK:
                return


def _zlib_header(head: bytes) -> bool:
    return head[0] & 0x0F == zlib.DEFLATED and head[0] >> 4 <= 7 and ((head[0] << 8) | head[1]) % 31 == 0


# -- one exchange ---------------------------------------------------------------------------------------


def download(
    client: httpx.Client,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout_s: float = TIMEOUT_S,
    max_bytes: int = MAX_FILE_BYTES,
    max_raw_bytes: int | None = None,
) -> Download:
    """GET ``url`` with validators; never raises: failures come back as ``Download.error``.

    ``max_bytes`` caps the decoded body, ``max_raw_bytes`` (default: the same) the bytes on the wire;
    ``timeout_s`` is the whole exchange's, redirects included. A ``file:`` URL reads a local file, as
    newsboat does, with its modification time for a validator."""
    if url.lower().startswith("file:"):
        return _read_local(url, last_modified)
    headers = {"Accept-Encoding": ACCEPT_ENCODING}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    deadline = time.monotonic() + timeout_s
    outer = getattr(_exchange, "deadline", None)
    _exchange.deadline = deadline
    timed_out = f"timed out after {timeout_s:g} s"
    try:
        got = _follow(client, url, headers, deadline, timed_out, max_bytes, max_raw_bytes or max_bytes)
    except _Refused as exc:
        got = Download(url, error=str(exc))
    except httpx.TimeoutException:
        got = Download(url, error=timed_out)
    except httpx.ConnectError as exc:
        got = Download(url, error=f"cannot connect: {_reason(exc)}")
    except Exception as exc:  # anything else (httpx, idna, OSError...) is this feed's one line
        got = Download(url, error=f"{type(exc).__name__}: {_reason(exc)}")
    finally:
        _exchange.deadline = outer
    if got.error:
        got.error = one_line(got.error)
    return got


def _follow(
    client: httpx.Client,
    url: str,
    headers: dict[str, str],
    deadline: float,
    timed_out: str,
    max_bytes: int,
    max_raw_bytes: int,
) -> Download:
    """The redirects one hop at a time (a hop's body is never read), then the final response's body."""
    target: str | httpx.URL = url
    permanent = True
    for hop in range(MAX_REDIRECTS + 1):
        if time.monotonic() > deadline:
            raise _Refused(timed_out)
        what = f"{'bad redirect to' if hop else 'invalid URL'} {one_line(str(target), 120)}"
        try:
            request = client.build_request("GET", target, headers=headers)
            request.url.host  # noqa: B018 (decodes an IDNA host: a malformed one fails here, not later)
        except Exception as exc:
            raise _Refused(f"{what}: {_reason(exc)}") from None
        if request.url.scheme not in ("http", "https"):
            raise _Refused(f"{what}: not an http or https URL")
        _exchange.location = None
        try:
            response = client.send(request, stream=True, follow_redirects=False)
        except Exception as exc:
            # httpx prepares the next hop even when not following it: a Location it cannot parse fails
            # there, after the response hook noted it (nothing else can fail after that hook)
            location = getattr(_exchange, "location", None)
            if location is None and isinstance(exc, httpx.HTTPError):
                raise
            if location:
                what = f"bad redirect to {one_line(location, 120)}"
            raise _Refused(f"{what}: {type(exc).__name__}: {_reason(exc)}") from None
        try:
            location = response.headers.get("location")
            if response.status_code in REDIRECTS and location:
                permanent = permanent and response.status_code in PERMANENT_REDIRECTS
                try:
                    target = response.url.join(location)
                except Exception as exc:
                    raise _Refused(f"bad redirect to {one_line(location, 120)}: {_reason(exc)}") from None
                continue
            moved = str(response.url) if hop and permanent else None
            return _read(response, url, moved, deadline, timed_out, max_bytes, max_raw_bytes)
        finally:
            response.close()
    return Download(url, error="too many redirects")


def _read(
    response: httpx.Response,
    url: str,
    moved: str | None,
    deadline: float,
    timed_out: str,
    max_bytes: int,
    max_raw_bytes: int,
) -> Download:
    result = Download(url, status=response.status_code, moved_to=moved)
    if response.status_code == 304:
        return result
    if response.status_code >= 400:
        result.error = f"HTTP {response.status_code} {response.reason_phrase}".strip()
        if response.status_code in RETRY_STATUSES:
            result.retry_until = retry_after(response.headers.get("retry-after"), datetime.now(UTC))
            if result.retry_until:
                result.error += f" (retry after {clock(result.retry_until)})"
        return result
    declared = response.headers.get("content-length", "").strip()
    if declared.isascii() and declared.isdigit() and int(declared) > max_raw_bytes:
        result.error = f"response too large ({_mb(int(declared))}, limit {_mb(max_raw_bytes)})"
        return result
    chunks: list[bytes] = []
    raw = size = 0
    try:
        decoder = _Decoder(response.headers.get("content-encoding"))
        for chunk in response.iter_raw(CHUNK):
            raw += len(chunk)  # counted before decoding: bytes that inflate to nothing count too
            if raw > max_raw_bytes:
                raise _Refused(f"response too large (over {_mb(max_raw_bytes)} on the wire)")
            if time.monotonic() > deadline:
                raise _Refused(timed_out)
            for piece in decoder.feed(chunk):
                size += len(piece)
                if size > max_bytes:
                    raise _Refused(f"response too large (over {_mb(max_bytes)} decoded)")
                chunks.append(piece)
        for piece in decoder.finish():
            size += len(piece)
            if size > max_bytes:
                raise _Refused(f"response too large (over {_mb(max_bytes)} decoded)")
            chunks.append(piece)
    except _Refused as exc:
        result.error = str(exc)
        return result
    result.body = b"".join(chunks)
    result.content_type = response.headers.get("content-type")
    result.etag = response.headers.get("etag")
    result.last_modified = response.headers.get("last-modified")
    return result


def retry_after(value: str | None, now: datetime) -> datetime | None:
    """When a Retry-After (delay in seconds, or an HTTP date) allows the next try; None if unusable."""
    value = (value or "").strip()
    if not value:
        return None
    if re.fullmatch(r"[0-9]+", value):
        delay = timedelta(seconds=int(value)) if len(value) <= 9 else MAX_RETRY_AFTER
    else:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        delay = when - now
    if delay <= timedelta(0):
        return None
    return now + min(delay, MAX_RETRY_AFTER)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return one_line(text[0]) if text else type(exc).__name__


FULL_TEXT_MISSING = "full text needs the extractor: pip install 'newsreader[full-text]'"


def _full_text(
    client: httpx.Client, articles: list[Article], *, timeout_s: float, max_bytes: int
) -> str | None:
    """Replace summary-only bodies with the extracted article from each item's page (best effort: a page
    that fails costs only that page). Returns a note for the user when pages were missed."""
    try:
        import trafilatura
    except ImportError:
        return FULL_TEXT_MISSING
    from reader.ingest.html import html_to_blocks

    budget_ends = time.monotonic() + FULL_TEXT_BUDGET * timeout_s
    missed = 0
    for article in articles:
        if not article.url or len(article.text.split()) >= SUMMARY_WORDS:
            continue
        remaining = budget_ends - time.monotonic()
        if remaining <= 0:
            missed += 1
            continue
        try:
            page = download(client, article.url, timeout_s=min(timeout_s, remaining), max_bytes=max_bytes)
            if page.body is None:
                missed += 1
                continue
            html = trafilatura.extract(page.body.decode("utf-8", "replace"), output_format="html")
            blocks = html_to_blocks(html) if html else None
        except Exception:
            missed += 1
            continue
        if blocks:
            article.blocks = blocks
    if missed:
        return f"full text missing for {missed} item{'s' if missed > 1 else ''}"
    return None


def refresh(
    library: FeedStore,
    urls: Iterable[str] | None = None,
    *,
    on_result: Callable[[FeedResult, int, int], None] | None = None,
    timeout_s: float = TIMEOUT_S,
    max_bytes: int = MAX_FILE_BYTES,
    client: httpx.Client | None = None,
) -> list[FeedResult]:
    """Fetch the subscribed feeds (all, or ``urls``) and import what changed. One result per feed; a
    feed's failure of any kind is its result's error (and stored against it), never the refresh's."""
    feeds = {f["url"]: f for f in library.feeds()}
    wanted = list(urls) if urls else list(feeds)
    results: list[FeedResult] = []
    now = datetime.now(UTC)

    def done(result: FeedResult) -> None:
        results.append(result)
        if on_result:
            on_result(result, len(results), len(wanted))

    own_client = client is None
    client = client or make_client(timeout_s)
    try:
        with ThreadPoolExecutor(max_workers=min(MAX_WORKERS, max(1, len(wanted)))) as pool:
            futures = {}
            for url in wanted:
                feed = feeds.get(url)
                if feed is None:
                    error = "not subscribed (add it with `newsreader feeds add`)"
                    done(FeedResult(url, None, error=error))
                    continue
                until = _stored_time(feed.get("retry_until"))
                if until and until > now:
                    done(FeedResult(url, None, skipped_until=until))
                    continue
                futures[
                    pool.submit(
                        download,
                        client,
                        url,
                        etag=feed["etag"],
                        last_modified=feed["last_modified"],
                        timeout_s=timeout_s,
                        max_bytes=max_bytes,
                    )
                ] = feed
            for future in as_completed(futures):
                feed = futures[future]
                try:
                    got = future.result()
                except Exception as exc:  # `download` does not raise; this is the last guard
                    got = Download(feed["url"], error=one_line(f"{type(exc).__name__}: {exc}"))
                done(_import_download(library, client, feed, got, timeout_s=timeout_s, max_bytes=max_bytes))
    finally:
        if own_client:
            client.close()
    return results


def _stored_time(value: str | None) -> datetime | None:
    try:
        when = datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
    if when and when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when


def _import_download(
    library: FeedStore,
    client: httpx.Client,
    feed: dict[str, Any],
    got: Download,
    *,
    timeout_s: float,
    max_bytes: int,
) -> FeedResult:
    """Parse and store one download; any failure is the feed's one-line error, recorded against it."""
    url = feed["url"]
    result = FeedResult(url, got.status, error=got.error, moved_to=got.moved_to)
    state: dict[str, Any] = {
        "last_fetched": datetime.now(UTC).isoformat(timespec="seconds"),
        "last_status": got.status,
        "error": got.error,
        "retry_until": got.retry_until.isoformat(timespec="seconds") if got.retry_until else None,
    }
    if got.body is not None and got.error is None:
        try:
            _store(library, client, feed, got, result, state, timeout_s=timeout_s, max_bytes=max_bytes)
        except IngestError as exc:
            result.error = state["error"] = one_line(str(exc))
        except Exception as exc:
            result.error = state["error"] = one_line(f"{type(exc).__name__}: {_reason(exc)}")
    try:
        library.record_fetch(url, **state)
        if got.moved_to and got.moved_to != url and result.error is None:
            library.move_feed(url, got.moved_to)
    except Exception as exc:
        result.error = one_line(f"{result.error or 'fetched'}; not recorded: {type(exc).__name__}: {exc}")
    return result


def _store(
    library: FeedStore,
    client: httpx.Client,
    feed: dict[str, Any],
    got: Download,
    result: FeedResult,
    state: dict[str, Any],
    *,
    timeout_s: float,
    max_bytes: int,
) -> None:
    url = feed["url"]
    assert got.body is not None
    parsed = parse_bytes(
        got.body, got.moved_to or url, content_type=got.content_type, default_lang=feed["lang"]
    )
    for article in parsed.articles:
        article.feed_url = url
        if feed["lang"] and not article.lang:
            article.lang = feed["lang"]
        article.tags = sorted(set(article.tags) | set(feed["tags"]))
    if feed["full_text"]:
        result.note = _full_text(client, parsed.articles, timeout_s=timeout_s, max_bytes=max_bytes)
    if not feed["title"] and parsed.articles and parsed.articles[0].feed:
        state["title"] = parsed.articles[0].feed  # a subscription learns its feed's own title
    stats = library.import_articles(parsed.articles)
    result.added, result.updated, result.unchanged, result.ids = (
        stats.added,
        stats.updated,
        stats.unchanged,
        stats.ids,
    )
    state["etag"], state["last_modified"] = got.etag, got.last_modified


def refresh_feeds(
    library: FeedStore,
    urls: list[str] | None,
    *,
    progress: bool,
    report: Callable[[str], None],
    info: Callable[[str], None],
) -> int:
    """The ``newsreader refresh`` command: 0 when every feed refreshed, 1 when some failed."""
    if not library.feeds():
        info("no subscriptions: add one with `newsreader feeds add URL` or import an OPML file")
        return 0
    if progress:
        from rich.progress import Progress

        with Progress(transient=True) as bar:
            task = bar.add_task("refreshing feeds", total=len(urls or library.feeds()))
            results = refresh(library, urls, on_result=lambda r, n, total: bar.update(task, completed=n))
    else:
        results = refresh(library, urls)
    failed = 0
    for r in results:
        if r.error:
            failed += 1
            report(r.line())
        else:
            info(r.line())
    return 1 if failed else 0
