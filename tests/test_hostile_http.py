"""A hostile feed server on 127.0.0.1 (issue 14): compression bombs, trickled headers, bad redirects and
URLs, Retry-After. Each attack runs next to a well-behaved feed, within a short deadline, while memory is
watched: the attack costs one line for its own feed, the other feed still refreshes and nothing stored is
lost."""

from __future__ import annotations

import gzip
import re
import resource
import threading
import time
import tracemalloc
import zlib
from datetime import UTC, datetime, timedelta
from email.utils import formatdate

import pytest
from local_server import Server, send

from reader import fetch
from reader.fetch import MAX_RETRY_AFTER, refresh, refresh_feeds, retry_after
from reader.model import Subscription
from reader.store import Library

MB = 1_000_000
#: Generous bounds: the attacks must end near their deadline, not at the server's pleasure.
DEADLINE_S = 1.0
SLACK_S = 8.0
#: What one attack may add to the process's memory, against several GB the bomb would inflate to.
MEMORY_LIMIT = 100 * MB
#: Measured figures, printed with ``pytest -s`` (for the issue's report).
MEASURED: dict[str, tuple[float, float, float]] = {}


def feed_doc(title: str, guids: list[str], link: str = "https://example.org/") -> bytes:
    items = "".join(
        f"<item><guid>{g}</guid><title>{title} {g}</title><link>{link}{g}</link>"
        f"<description>{title} {g}: 14 cranes stood idle for 36 hours.</description></item>"
        for g in guids
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<language>en</language>{items}</channel></rss>"
    ).encode()


# -- bombs ----------------------------------------------------------------------------------------------


def bomb_parts(wbits: int) -> tuple[bytes, bytes]:
    """A deflate stream's head and a unit that repeats: each unit inflates to 1 MiB of zeros (~1 KB)."""
    c = zlib.compressobj(9, zlib.DEFLATED, wbits)
    zeros = bytes(1 << 20)
    head = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
    unit = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
    assert unit == c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
    return head, unit


def gzip_bomb(gib: int) -> bytes:
    head, unit = bomb_parts(31)
    return head + unit * (gib * 1024)


#: An empty stored block (not the last): five bytes that inflate to nothing, forever.
EMPTY_BLOCK = b"\x00\x00\x00\xff\xff"
GZIP_HEAD = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03"


def stream(h, headers: dict[str, str], parts, *, pause: float = 0.0, limit_s: float = 60.0) -> None:
    """A response without Content-Length (HTTP/1.0: the body ends when the connection does)."""
    ends = time.monotonic() + limit_s
    try:
        h.send_response(200)
        for k, v in headers.items():
            h.send_header(k, v)
        h.end_headers()
        for part in parts:
            h.wfile.write(part)
            if pause:
                time.sleep(pause)
            if time.monotonic() > ends:
                return
    except OSError:
        return  # the client hung up: what it should do


def forever(part: bytes):
    while True:
        yield part


# -- harness --------------------------------------------------------------------------------------------


def peak_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


def attack(name: str, server: Server, library: Library, route, *, also: tuple[str, ...] = (), **kwargs):
    """Serve ``route`` at /evil.xml next to a good feed; refresh both; check the good one and the store.

    Returns the hostile feed's result; records peak memory (traced and RSS growth) and duration."""
    good = server.url("/good.xml")
    evil = server.url("/evil.xml")
    guids = ["g1"]
    server.routes["/good.xml"] = lambda h: send(h, 200, feed_doc("Good", guids), {"Content-Type": "text/xml"})
    library.add_feed(Subscription(good))
    (first,) = refresh(library)
    assert first.error is None and first.added == 1
    stored_before = {r.id: r.title for r in library.rows()}
    guids.append("g2")
    server.routes["/evil.xml"] = route
    for url in (evil, *also):
        library.add_feed(Subscription(url))

    rss_before = peak_rss()
    tracemalloc.start()
    started = time.monotonic()
    try:
        results = {r.url: r for r in refresh(library, timeout_s=DEADLINE_S, **kwargs)}
    finally:
        elapsed = time.monotonic() - started
        traced_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    rss_growth = peak_rss() - rss_before
    MEASURED[name] = (traced_peak / MB, rss_growth / MB, elapsed)
    print(
        f"\n{name}: traced peak {traced_peak / MB:.1f} MB, RSS growth {rss_growth / MB:.1f} MB, {elapsed:.2f} s"
    )

    assert traced_peak < MEMORY_LIMIT and rss_growth < MEMORY_LIMIT
    assert elapsed < DEADLINE_S + SLACK_S
    assert {good, evil} <= set(results)
    assert results[good].error is None and results[good].added == 1, results[good].line()
    stored_after = {r.id: r.title for r in library.rows()}
    assert stored_before.items() <= stored_after.items(), "nothing stored may be lost"
    assert "Good g2" in stored_after.values()
    result = results[evil]
    line = result.line()
    assert line.startswith(evil + ": ") and "\n" not in line and "\x1b" not in line
    feeds = {f["url"]: f for f in library.feeds()}
    assert feeds[good]["error"] is None
    if result.error:
        assert feeds[evil]["error"] == result.error, "the error is recorded against the feed"
    return result


# -- compression ----------------------------------------------------------------------------------------


def test_stacked_gzip_is_refused_before_inflating(server, library):
    body = gzip.compress(gzip_bomb(8), 9)  # ~8 GB decoded, a few KB on the wire
    assert len(body) < 100_000

    def route(h) -> None:
        send(h, 200, body, {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip, gzip"})

    result = attack("gzip, gzip (8 GiB)", server, library, route)
    assert result.error == "refused stacked content encodings (gzip, gzip)"


def test_unknown_encoding_is_refused(server, library):
    route = lambda h: send(h, 200, b"\x00" * 100, {"Content-Encoding": "br"})  # noqa: E731
    result = attack("unknown encoding", server, library, route)
    assert result.error == "refused unsupported content encoding (br)"


@pytest.mark.parametrize(("coding", "wbits"), [("gzip", 31), ("deflate", -15), ("deflate", 15)])
def test_compression_bomb_stops_at_the_decoded_cap(server, library, coding, wbits):
    head, unit = bomb_parts(wbits)
    sent = []

    def parts():
        yield head
        block = unit * 64  # 64 MiB decoded per write
        for _ in range(5 * 16):  # 5 GiB decoded in all, ~5 MB on the wire
            sent.append(len(block))
            yield block

    route = lambda h: stream(h, {"Content-Encoding": coding}, parts())  # noqa: E731
    result = attack(f"{coding} bomb (wbits {wbits}, 5 GiB)", server, library, route)
    assert result.error == "response too large (over 20 MB decoded)"
    assert sum(sent) < 5 * MB, "the client stops reading long before the bomb's end"


def test_bomb_in_a_redirect_body_is_never_read(server, library):
    """httpx reads a redirect's body whole; here a hop's body is never even inflated."""
    body = gzip_bomb(2)

    def route(h) -> None:
        send(h, 302, body, {"Location": "/evil-target.xml", "Content-Encoding": "gzip"})

    server.routes["/evil-target.xml"] = lambda h: send(h, 200, feed_doc("Target", ["t1"]))
    result = attack("gzip bomb as a redirect body (2 GiB)", server, library, route)
    assert result.error is None and result.added == 1 and result.moved_to is None


def test_endless_empty_blocks_count_against_the_wire_cap(server, library):
    def parts():
        yield GZIP_HEAD
        yield from forever(EMPTY_BLOCK * 20_000)

    route = lambda h: stream(h, {"Content-Encoding": "gzip"}, parts())  # noqa: E731
    result = attack("endless empty gzip blocks, fast", server, library, route, max_bytes=5 * MB)
    assert result.error == "response too large (over 5 MB on the wire)"


def test_slow_endless_empty_blocks_meet_the_deadline(server, library):
    def parts():
        yield GZIP_HEAD
        yield from forever(EMPTY_BLOCK * 20)

    route = lambda h: stream(h, {"Content-Encoding": "gzip"}, parts(), pause=0.01)  # noqa: E731
    result = attack("endless empty gzip blocks, slow", server, library, route)
    assert result.error == f"timed out after {DEADLINE_S:g} s"


@pytest.mark.parametrize("wbits", [15, -15])
def test_deflate_bodies_decode_in_tiny_pieces(server, library, wbits):
    c = zlib.compressobj(6, zlib.DEFLATED, wbits)
    body = c.compress(feed_doc("Deflated", ["d1", "d2"])) + c.flush()
    pieces = [body[i : i + 1] for i in range(len(body))]
    route = lambda h: stream(h, {"Content-Encoding": "deflate"}, iter(pieces))  # noqa: E731
    result = attack(f"deflate in 1-byte writes (wbits {wbits})", server, library, route)
    assert result.error is None and result.added == 2


def test_corrupt_gzip_is_one_line(server, library):
    route = lambda h: send(h, 200, b"\x1f\x8b\x08\x00garbage" * 10, {"Content-Encoding": "gzip"})  # noqa: E731
    result = attack("corrupt gzip", server, library, route)
    assert result.error.startswith("cannot decode the gzip body")


# -- the deadline ---------------------------------------------------------------------------------------


def trickle(h, data: bytes, pause: float) -> None:
    try:
        for i in range(len(data)):
            h.wfile.write(data[i : i + 1])
            time.sleep(pause)
    except OSError:
        return


def test_trickled_headers_end_at_the_deadline(server, library):
    def route(h) -> None:
        h.wfile.write(b"HTTP/1.1 200 OK\r\n")
        trickle(h, b"X-Slow: " + b"a" * 1000, 0.02)  # 20 s of header bytes at this pace

    result = attack("headers trickled", server, library, route)
    assert result.error == f"timed out after {DEADLINE_S:g} s"


def test_trickled_body_ends_at_the_deadline(server, library):
    def route(h) -> None:
        h.send_response(200)
        h.end_headers()
        trickle(h, feed_doc("Slow", ["s1"]) * 10, 0.01)

    result = attack("body trickled", server, library, route)
    assert result.error == f"timed out after {DEADLINE_S:g} s"


def test_one_deadline_covers_every_redirect(server, library):
    def hop(n: int):
        def route(h) -> None:
            time.sleep(DEADLINE_S / 3)
            send(h, 302, headers={"Location": f"/hop{n + 1}.xml"})

        return route

    for n in range(1, 5):
        server.routes[f"/hop{n}.xml"] = hop(n)
    server.routes["/hop5.xml"] = lambda h: send(h, 200, feed_doc("End", ["e1"]))
    result = attack("slow redirect chain", server, library, hop(0))
    assert result.error == f"timed out after {DEADLINE_S:g} s"
    assert sum(path.startswith("/hop") for path, _ in server.requests) < 4


def test_silent_server_after_connect(server, library):
    route = lambda h: time.sleep(DEADLINE_S * 4)  # noqa: E731
    result = attack("silent server", server, library, route)
    assert result.error == f"timed out after {DEADLINE_S:g} s"


# -- bad URLs and redirects -----------------------------------------------------------------------------


def test_redirect_to_an_invalid_host_is_that_feeds_error(server, library):
    route = lambda h: send(h, 302, headers={"Location": "http://xn--/x"})  # noqa: E731
    result = attack("302 to http://xn--/x", server, library, route)
    assert result.error.startswith("bad redirect to http://xn--/x: ")


@pytest.mark.parametrize("location", ["file:///etc/passwd", "ftp://127.0.0.1/feed.xml", "http://[::1"])
def test_other_bad_redirects(server, library, location):
    route = lambda h: send(h, 301, headers={"Location": location})  # noqa: E731
    result = attack(f"301 to {location}", server, library, route)
    assert result.error and result.moved_to is None
    assert library.feed(server.url("/evil.xml")) is not None, "a bad permanent redirect moves nothing"


def test_redirect_loop(server, library):
    route = lambda h: send(h, 302, headers={"Location": "/evil.xml"})  # noqa: E731
    result = attack("redirect loop", server, library, route)
    assert result.error == "too many redirects"


def test_subscription_url_with_escape_is_that_feeds_error(server, library):
    route = lambda h: send(h, 200, feed_doc("E", ["x"]))  # noqa: E731
    result = attack("subscription URL with ESC", server, library, route, also=(server.url("/\x1b[31mred"),))
    assert result.error is None
    (bad,) = [f for f in library.feeds() if "\x1b" in f["url"]]
    assert bad["error"].startswith("invalid URL ") and "\x1b" not in bad["error"]
    assert bad["last_fetched"]


def test_cli_refresh_reports_each_bad_feed_and_refreshes_the_rest(cli, server):
    server.routes["/ok.xml"] = lambda h: send(h, 200, feed_doc("OK", ["o1"]))
    server.routes["/bad.xml"] = lambda h: send(h, 302, headers={"Location": "http://xn--/x"})
    assert cli("feeds", "add", server.url("/bad.xml"))[0] == 0
    with Library(cli.data_dir) as library:  # as an old library or an OPML import could hold it
        library.add_feed(Subscription(server.url("/\x1b]0;title\x07")))
    assert cli("feeds", "add", server.url("/ok.xml"))[0] == 0
    code, _, err = cli("refresh")
    assert code == 1
    assert "unexpected error" not in err and "\x1b" not in err and "\x07" not in err
    lines = err.splitlines()
    assert any(line.startswith(server.url("/bad.xml") + ": bad redirect to http://xn--/x") for line in lines)
    assert any("invalid URL" in line for line in lines)
    assert [r["title"] for r in cli.json("list")] == ["OK o1"]
    errors = {f["url"]: f["error"] for f in cli.json("feeds", "list")}
    assert errors[server.url("/ok.xml")] is None
    assert sum(bool(e) for e in errors.values()) == 2


# -- parsing and storing --------------------------------------------------------------------------------


def test_a_parser_crash_is_that_feeds_error(server, library, monkeypatch):
    real = fetch.parse_bytes

    def parse(body, url, **kw):
        if url.endswith("/evil.xml"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(body, url, **kw)

    monkeypatch.setattr(fetch, "parse_bytes", parse)
    result = attack("parser crash", server, library, lambda h: send(h, 200, feed_doc("E", ["x"])))
    assert result.error == "RecursionError: maximum recursion depth exceeded"


def test_a_store_failure_is_that_feeds_error(server, library, monkeypatch):
    real = library.import_articles

    def store(articles):
        if any(a.feed_url.endswith("/evil.xml") for a in articles):
            raise OSError(28, "No space left on device")
        return real(articles)

    monkeypatch.setattr(library, "import_articles", store)
    result = attack("store failure", server, library, lambda h: send(h, 200, feed_doc("E", ["x"])))
    assert result.error == "OSError: [Errno 28] No space left on device"


# -- full text ------------------------------------------------------------------------------------------

PAGE = (
    "<html><head><title>Harbour</title></head><body><article><h1>Cranes idle at the harbour</h1>"
    + "".join(
        f"<p>Paragraph {i}: the port authority said 14 cranes stood idle for 36 hours while engineers "
        f"restored the booking systems, and 2,400 containers waited on the quay for their turn.</p>"
        for i in range(8)
    )
    + "</article></body></html>"
).encode()


def test_bad_item_pages_cost_only_their_page(server, library):
    pytest.importorskip("trafilatura")
    head, unit = bomb_parts(31)
    links = {
        "p1": server.url("/story"),
        "p2": "http://xn--/x",
        "p3": server.url("/bomb"),
        "p4": server.url("/redirect-bad"),
    }
    items = "".join(
        f"<item><guid>{g}</guid><title>Item {g}</title><link>{link}</link><description>Short.</description></item>"
        for g, link in links.items()
    )
    doc = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Summaries</title>'
        f"<language>en</language>{items}</channel></rss>"
    ).encode()
    server.routes["/story"] = lambda h: send(h, 200, PAGE, {"Content-Type": "text/html; charset=utf-8"})
    server.routes["/bomb"] = lambda h: stream(h, {"Content-Encoding": "gzip"}, iter([head, unit * 4096]))
    server.routes["/redirect-bad"] = lambda h: send(h, 302, headers={"Location": "http://xn--/x"})
    server.routes["/summaries.xml"] = lambda h: send(h, 200, doc, {"Content-Type": "application/rss+xml"})
    library.add_feed(Subscription(server.url("/summaries.xml"), full_text=True))
    tracemalloc.start()
    (result,) = refresh(library, timeout_s=DEADLINE_S)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < MEMORY_LIMIT
    assert result.error is None and result.added == 4
    assert result.note == "full text missing for 3 items"
    texts = {row.title: library.article(row.id)["text"] for row in library.rows()}
    assert "Paragraph 7: the port authority said 14 cranes" in texts["Item p1"]
    assert texts["Item p2"].strip() == "Short."


# -- Retry-After ----------------------------------------------------------------------------------------

SKIPPED = re.compile(r": skipped until (\d{4}-\d\d-\d\d )?\d\d:\d\d \(Retry-After\)$")


@pytest.mark.parametrize(
    ("status", "header"),
    [(429, lambda: "120"), (503, lambda: formatdate(time.time() + 3600, usegmt=True))],
)
def test_retry_after_skips_the_feed_until_then(server, library, status, header):
    calls = []

    def route(h) -> None:
        calls.append(h.path)
        send(h, status, b"slow down", {"Retry-After": header()})

    result = attack(f"{status} with Retry-After", server, library, route)
    evil = server.url("/evil.xml")
    assert re.fullmatch(r"HTTP \d{3} [A-Za-z ]+ \(retry after (\d{4}-\d\d-\d\d )?\d\d:\d\d\)", result.error)
    stored = library.feed(evil)
    until = datetime.fromisoformat(stored["retry_until"])
    now = datetime.now(UTC)
    assert now < until <= now + timedelta(hours=1, minutes=1)

    lines: list[str] = []
    code = refresh_feeds(library, None, progress=False, report=lines.append, info=lines.append)
    assert code == 0, "a feed honouring Retry-After has not failed"
    assert len(calls) == 1, "the feed was not asked again"
    (skipped,) = [line for line in lines if line.startswith(evil)]
    assert SKIPPED.search(skipped), skipped
    assert library.feed(evil)["error"] == result.error, "the skip keeps the recorded error"

    library.record_fetch(evil, retry_until=(now - timedelta(minutes=1)).isoformat())
    server.routes["/evil.xml"] = lambda h: send(h, 200, feed_doc("Back", ["b1"]))
    results = {r.url: r for r in refresh(library)}
    assert results[evil].error is None and results[evil].added == 1
    assert library.feed(evil)["retry_until"] is None and library.feed(evil)["error"] is None


def test_retry_after_values():
    now = datetime(2025, 2, 3, 10, 0, tzinfo=UTC)
    assert retry_after("120", now) == now + timedelta(seconds=120)
    assert retry_after(" 0 ", now) is None
    assert retry_after("Mon, 03 Feb 2025 11:30:00 GMT", now) == now + timedelta(minutes=90)
    assert retry_after("Mon, 03 Feb 2025 09:30:00 GMT", now) is None, "a date in the past"
    assert retry_after("soon", now) is None
    assert retry_after("-5", now) is None
    assert retry_after("9" * 5000, now) == now + MAX_RETRY_AFTER
    assert retry_after("Fri, 31 Dec 9999 23:59:59 GMT", now) == now + MAX_RETRY_AFTER
    assert retry_after(None, now) is None


def test_503_without_retry_after_is_an_ordinary_error(server, library):
    result = attack("503 without Retry-After", server, library, lambda h: send(h, 503, b"down"))
    assert result.error == "HTTP 503 Service Unavailable"
    assert library.feed(server.url("/evil.xml"))["retry_until"] is None


def test_concurrent_refresh_threads_keep_their_own_deadlines(server, library):
    """The deadline is per exchange (per thread): a slow feed's never cuts a fast one short."""
    server.routes["/slow.xml"] = lambda h: (time.sleep(0.3), send(h, 200, feed_doc("Slow", ["s1"])))
    library.add_feed(Subscription(server.url("/slow.xml")))
    client = fetch.make_client(5.0)
    errors = []

    def one() -> None:
        got = fetch.download(client, server.url("/slow.xml"), timeout_s=5.0)
        errors.append(got.error)

    threads = [threading.Thread(target=one) for _ in range(4)]
    for t in threads:
        t.start()
    fast = fetch.download(client, server.url("/slow.xml"), timeout_s=0.1)
    for t in threads:
        t.join()
    client.close()
    assert fast.error == "timed out after 0.1 s"
    assert errors == [None] * 4
