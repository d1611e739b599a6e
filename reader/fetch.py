"""Fetching subscribed feeds over HTTP, politely, and importing what changed through the library.

Conditional GET (ETag / Last-Modified), gzip, a descriptive User-Agent, redirects (permanent ones move the
subscription), a per-feed connect and total timeout, and a response size cap. Downloads run concurrently in a
bounded pool; imports go one at a time through :meth:`Library.import_articles`, the same path as files.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from reader import __version__
from reader.ingest import MAX_FILE_BYTES, parse_bytes
from reader.model import Article, IngestError

USER_AGENT = (
    f"newsreader/{__version__} (bilingual terminal news reader; +https://pypi.org/project/newsreader/)"
)
TIMEOUT_S = 20.0
MAX_WORKERS = 8
PERMANENT_REDIRECTS = (301, 308)
#: Items shorter than this (in words) are only summaries; ``--full-text`` feeds fetch their pages.
SUMMARY_WORDS = 120


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

    def line(self) -> str:
        if self.error:
            return f"{self.url}: {self.error}"
        if self.status == 304:
            return f"{self.url}: not modified"
        moved = f" (moved to {self.moved_to})" if self.moved_to else ""
        note = f" ({self.note})" if self.note else ""
        return (
            f"{self.url}: {self.added} new, {self.updated} updated, {self.unchanged} unchanged{moved}{note}"
        )


def make_client(timeout_s: float = TIMEOUT_S) -> httpx.Client:
    return httpx.Client(
        headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
        timeout=httpx.Timeout(timeout_s, connect=timeout_s),
        follow_redirects=True,
        max_redirects=5,
    )


def download(
    client: httpx.Client,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout_s: float = TIMEOUT_S,
    max_bytes: int = MAX_FILE_BYTES,
) -> Download:
    """GET ``url`` with validators; never raises: failures come back as ``Download.error``."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    deadline = time.monotonic() + timeout_s
    try:
        with client.stream("GET", url, headers=headers) as response:
            moved = _permanent_target(response)
            result = Download(url, status=response.status_code, moved_to=moved)
            if response.status_code == 304:
                result.etag, result.last_modified = etag, last_modified
                return result
            if response.status_code >= 400:
                result.error = f"HTTP {response.status_code} {response.reason_phrase}".strip()
                return result
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                result.error = (
                    f"response too large ({int(declared) // 1_000_000} MB, limit {max_bytes // 1_000_000} MB)"
                )
                return result
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    result.error = f"response too large (over {max_bytes // 1_000_000} MB)"
                    return result
                if time.monotonic() > deadline:
                    result.error = f"timed out after {timeout_s:g} s"
                    return result
                chunks.append(chunk)
            result.body = b"".join(chunks)
            result.content_type = response.headers.get("content-type")
            result.etag = response.headers.get("etag")
            result.last_modified = response.headers.get("last-modified")
            return result
    except httpx.TimeoutException:
        return Download(url, error=f"timed out after {timeout_s:g} s")
    except httpx.TooManyRedirects:
        return Download(url, error="too many redirects")
    except httpx.ConnectError as exc:
        return Download(url, error=f"cannot connect: {_reason(exc)}")
    except (httpx.HTTPError, OSError) as exc:
        return Download(url, error=f"{type(exc).__name__}: {_reason(exc)}")


def _permanent_target(response: httpx.Response) -> str | None:
    """The final URL when every redirect on the way was permanent (a temporary one keeps the old URL)."""
    if response.history and all(r.status_code in PERMANENT_REDIRECTS for r in response.history):
        return str(response.url)
    return None


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


FULL_TEXT_MISSING = "full text needs the extractor: pip install 'newsreader[full-text]'"


def _full_text(client: httpx.Client, articles: list[Article]) -> str | None:
    """Replace summary-only bodies with the extracted article from each item's page (best effort).

    Returns a note for the user when the extractor is not installed."""
    try:
        import trafilatura
    except ImportError:
        return FULL_TEXT_MISSING
    from reader.ingest.html import html_to_blocks

    for article in articles:
        if not article.url or len(article.text.split()) >= SUMMARY_WORDS:
            continue
        page = download(client, article.url)
        if page.body is None:
            continue
        html = trafilatura.extract(page.body.decode("utf-8", "replace"), output_format="html")
        if html:
            blocks = html_to_blocks(html)
            if blocks:
                article.blocks = blocks
    return None


def refresh(
    library: Any,
    urls: Iterable[str] | None = None,
    *,
    on_result: Callable[[FeedResult, int, int], None] | None = None,
    timeout_s: float = TIMEOUT_S,
    max_bytes: int = MAX_FILE_BYTES,
    client: httpx.Client | None = None,
) -> list[FeedResult]:
    """Fetch the subscribed feeds (all, or ``urls``) and import what changed. One result per feed."""
    feeds = {f["url"]: f for f in library.feeds()}
    wanted = list(urls) if urls else list(feeds)
    results: list[FeedResult] = []
    own_client = client is None
    client = client or make_client(timeout_s)
    try:
        with ThreadPoolExecutor(max_workers=min(MAX_WORKERS, max(1, len(wanted)))) as pool:
            futures = {}
            for url in wanted:
                feed = feeds.get(url)
                if feed is None:
                    results.append(
                        FeedResult(url, None, error="not subscribed (add it with `newsreader feeds add`)")
                    )
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
            for done in as_completed(futures):
                feed = futures[done]
                result = _import_download(library, client, feed, done.result())
                results.append(result)
                if on_result:
                    on_result(result, len(results), len(wanted))
    finally:
        if own_client:
            client.close()
    return results


def _import_download(library: Any, client: httpx.Client, feed: dict[str, Any], got: Download) -> FeedResult:
    url = feed["url"]
    result = FeedResult(url, got.status, error=got.error, moved_to=got.moved_to)
    state: dict[str, Any] = {
        "last_fetched": datetime.now(UTC).isoformat(timespec="seconds"),
        "last_status": got.status,
        "error": got.error,
    }
    if got.body is not None and got.error is None:
        try:
            parsed = parse_bytes(
                got.body, got.moved_to or url, content_type=got.content_type, default_lang=feed["lang"]
            )
        except IngestError as exc:
            result.error = state["error"] = str(exc)
        else:
            for article in parsed.articles:
                article.feed_url = url
                if feed["lang"] and not article.lang:
                    article.lang = feed["lang"]
                article.tags = sorted(set(article.tags) | set(feed["tags"]))
            if feed["full_text"]:
                result.note = _full_text(client, parsed.articles)
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
    library.record_fetch(url, **state)
    if got.moved_to and got.moved_to != url and result.error is None:
        library.move_feed(url, got.moved_to)
    return result


def refresh_feeds(
    library: Any,
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
