"""Refreshing subscriptions against a real HTTP server on 127.0.0.1 that the tests start themselves."""

from __future__ import annotations

import gzip
import time
from email.utils import formatdate

from local_server import send

from reader.fetch import USER_AGENT, refresh
from reader.model import Subscription
from reader.store import Library


def rss(title: str, items: list[tuple[str, str]], encoding: str = "utf-8") -> bytes:
    body = "".join(
        f"<item><guid>{guid}</guid><title>{t}</title><link>https://example.org/{guid}</link>"
        f"<description>{t}: police seized 4 servers and €12,000.</description>"
        f"<pubDate>Mon, 03 Feb 2025 10:00:00 +0000</pubDate></item>"
        for guid, t in items
    )
    decl = f'<?xml version="1.0" encoding="{encoding}"?>' if encoding == "utf-8" else '<?xml version="1.0"?>'
    doc = f'{decl}<rss version="2.0"><channel><title>{title}</title><language>en</language>{body}</channel></rss>'
    return doc.encode(encoding)


def subscribe(library: Library, *urls: str) -> None:
    for url in urls:
        library.add_feed(Subscription(url))


def conditional_feed(body: bytes, etag: str = '"v1"'):
    modified = formatdate(1738576800, usegmt=True)

    def route(h) -> None:
        if h.headers.get("If-None-Match") == etag:
            send(h, 304, headers={"ETag": etag})
            return
        send(h, 200, body, {"Content-Type": "application/rss+xml", "ETag": etag, "Last-Modified": modified})

    return route


def test_second_refresh_is_conditional_and_imports_nothing(server, library):
    server.routes["/a.xml"] = conditional_feed(rss("A", [("a1", "First"), ("a2", "Second")]))
    subscribe(library, server.url("/a.xml"))
    (first,) = refresh(library)
    assert (first.status, first.added, first.error) == (200, 2, None)
    (second,) = refresh(library)
    assert second.status == 304 and second.added == 0
    path, headers = server.requests[-1]
    assert headers["If-None-Match"] == '"v1"'
    assert "If-Modified-Since" in headers
    assert headers["User-Agent"] == USER_AGENT
    assert library.count() == 2
    feed = library.feeds()[0]
    assert feed["last_status"] == 304 and feed["error"] is None and feed["last_fetched"]
    assert feed["title"] == "A", "an untitled subscription takes the feed's own title"


def test_unchanged_200_body_is_not_reimported(server, library):
    body = rss("A", [("a1", "First")])
    server.routes["/a.xml"] = lambda h: send(h, 200, body, {"Content-Type": "application/rss+xml"})
    subscribe(library, server.url("/a.xml"))
    refresh(library)
    (again,) = refresh(library)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 1)


def test_failures_are_per_feed_and_named(server, library):
    server.routes["/ok.xml"] = lambda h: send(h, 200, rss("OK", [("o1", "Fine")]))
    server.routes["/boom.xml"] = lambda h: send(h, 500, b"oops")
    server.routes["/junk.xml"] = lambda h: send(h, 200, b"\x00\x01 not a feed at all \xff")

    def hang(h) -> None:
        time.sleep(5)

    server.routes["/hang.xml"] = hang
    urls = [server.url(p) for p in ("/ok.xml", "/boom.xml", "/junk.xml", "/hang.xml")]
    subscribe(library, *urls)
    started = time.monotonic()
    results = {r.url: r for r in refresh(library, timeout_s=1.0)}
    assert time.monotonic() - started < 4.5, "a hanging feed must not hold up the refresh past its timeout"
    assert results[urls[0]].error is None and results[urls[0]].added == 1
    assert results[urls[1]].error == "HTTP 500 Internal Server Error"
    assert results[urls[2]].error
    assert "timed out" in results[urls[3]].error
    for url in urls[1:]:
        line = results[url].line()
        assert line.startswith(url + ": ") and "\n" not in line
    errors = {f["url"]: f["error"] for f in library.feeds()}
    assert errors[urls[0]] is None and all(errors[u] for u in urls[1:])


def test_permanent_redirect_moves_the_subscription(server, library):
    server.routes["/old.xml"] = lambda h: send(h, 301, headers={"Location": server.url("/new.xml")})
    server.routes["/tmp.xml"] = lambda h: send(h, 302, headers={"Location": server.url("/new.xml")})
    server.routes["/new.xml"] = lambda h: send(h, 200, rss("New", [("n1", "Moved")]))
    subscribe(library, server.url("/old.xml"), server.url("/tmp.xml"))
    results = refresh(library)
    assert all(r.error is None for r in results)
    urls = {f["url"] for f in library.feeds()}
    assert server.url("/old.xml") not in urls
    assert server.url("/tmp.xml") in urls and server.url("/new.xml") in urls


def test_oversized_body_is_refused(server, library):
    big = b"<rss>" + b" " * 3_000_000 + b"</rss>"
    server.routes["/big.xml"] = lambda h: send(h, 200, big)
    subscribe(library, server.url("/big.xml"))
    (result,) = refresh(library, max_bytes=1_000_000)
    assert "too large" in result.error
    assert library.count() == 0


def test_gzip_and_non_utf8_charset(server, library):
    body = rss("Monde", [("f1", "Déjà vu à Genève: œuvre volée")], encoding="windows-1252")
    body = body.replace(b"<language>en</language>", b"<language>fr</language>")

    def route(h) -> None:
        assert "gzip" in h.headers.get("Accept-Encoding", "")
        send(
            h,
            200,
            gzip.compress(body),
            {"Content-Type": "application/rss+xml; charset=windows-1252", "Content-Encoding": "gzip"},
        )

    server.routes["/fr.xml"] = route
    subscribe(library, server.url("/fr.xml"))
    (result,) = refresh(library)
    assert result.error is None and result.added == 1
    (row,) = library.rows()
    assert row.title == "Déjà vu à Genève: œuvre volée"
    assert row.lang == "fr"


def test_full_text_feeds_fetch_each_summary_items_page(server, library):
    page = (
        "<html><head><title>Harbour</title></head><body><nav>Home | World | Sport</nav><article>"
        "<h1>Cranes idle at the harbour</h1>"
        + "".join(
            f"<p>Paragraph {i}: the port authority said 14 cranes stood idle for 36 hours while engineers "
            f"restored the booking systems, and 2,400 containers waited on the quay for their turn.</p>"
            for i in range(8)
        )
        + "</article><footer>Contact us</footer></body></html>"
    ).encode()
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Summaries</title>'
        f"<language>en</language><item><guid>s1</guid><title>Cranes idle</title>"
        f"<link>{server.url('/story')}</link><description>Cranes idle at the harbour.</description></item>"
        "</channel></rss>"
    ).encode()
    server.routes["/summaries.xml"] = lambda h: send(h, 200, feed, {"Content-Type": "application/rss+xml"})
    server.routes["/story"] = lambda h: send(h, 200, page, {"Content-Type": "text/html; charset=utf-8"})
    library.add_feed(Subscription(server.url("/summaries.xml"), full_text=True))
    (result,) = refresh(library)
    assert result.error is None and result.note is None
    (row,) = library.rows()
    text = library.article(row.id)["text"]
    assert "Paragraph 7: the port authority said 14 cranes" in text
    assert "Contact us" not in text and "Home | World" not in text
