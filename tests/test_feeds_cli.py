"""Subscriptions from the command line: add, list, remove, OPML out and in, config, refresh exit codes."""

from __future__ import annotations

from local_server import send

FEED = (
    b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Local</title>'
    b"<language>en</language><item><guid>l1</guid><title>Harbour cranes idle</title>"
    b"<description>14 cranes stood idle for 36 hours.</description></item></channel></rss>"
)
FEED_KEYS = {"url", "title", "lang", "tags", "last_fetched", "last_status", "error"}


def test_add_list_remove(cli):
    assert (
        cli("feeds", "add", "https://example.org/a.xml", "--title", "A", "--lang", "fr", "--tag", "x")[0] == 0
    )
    assert cli("feeds", "add", "https://example.org/b.xml")[0] == 0
    feeds = cli.json("feeds", "list")
    assert [set(f) for f in feeds] == [FEED_KEYS, FEED_KEYS]
    assert feeds[0] == {
        "url": "https://example.org/a.xml",
        "title": "A",
        "lang": "fr",
        "tags": ["x"],
        "last_fetched": None,
        "last_status": None,
        "error": None,
    }
    assert cli("feeds", "remove", "https://example.org/b.xml")[0] == 0
    assert [f["url"] for f in cli.json("feeds", "list")] == ["https://example.org/a.xml"]
    code, _, err = cli("feeds", "remove", "https://example.org/b.xml")
    assert code == 1 and "not subscribed" in err


def test_opml_round_trip_keeps_folders_as_tags(cli, tmp_path):
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>s</title></head><body>'
        '<outline text="Security"><outline text="Wire" xmlUrl="https://example.org/wire.xml" language="en"/>'
        '<outline text="Europe"><outline text="Fil" xmlUrl="https://example.org/fil.xml"/></outline></outline>'
        "</body></opml>",
        encoding="utf-8",
    )
    code, out, err = cli("import", str(opml))
    assert code == 0, err
    assert "2 subscriptions" in out
    before = {f["url"]: f for f in cli.json("feeds", "list")}
    assert before["https://example.org/wire.xml"]["tags"] == ["Security"]
    assert before["https://example.org/fil.xml"]["tags"] == ["Security", "Europe"]
    assert before["https://example.org/wire.xml"]["lang"] == "en"
    exported = tmp_path / "out.opml"
    assert cli("feeds", "export", str(exported))[0] == 0
    for url in before:
        cli("feeds", "remove", url)
    assert cli.json("feeds", "list") == []
    assert cli("import", str(exported))[0] == 0
    after = {f["url"]: f for f in cli.json("feeds", "list")}
    assert {u: (f["title"], f["lang"], f["tags"]) for u, f in after.items()} == {
        u: (f["title"], f["lang"], f["tags"]) for u, f in before.items()
    }


def test_config_subscriptions_are_listed(cli, tmp_path, monkeypatch):
    config = tmp_path / "config.yaml"
    config.write_text(
        "subscriptions:\n  - url: https://example.org/cfg.xml\n    title: From config\n    lang: fr\n"
    )
    monkeypatch.setenv("NEWSREADER_CONFIG", str(config))
    (feed,) = cli.json("feeds", "list")
    assert (feed["url"], feed["title"], feed["lang"]) == ("https://example.org/cfg.xml", "From config", "fr")


def test_refresh_exit_codes_and_one_line_per_failed_feed(cli, server):
    server.routes["/ok.xml"] = lambda h: send(h, 200, FEED, {"Content-Type": "application/rss+xml"})
    server.routes["/gone.xml"] = lambda h: send(h, 404)
    cli("feeds", "add", server.url("/ok.xml"))
    code, out, err = cli("refresh")
    assert code == 0, err
    assert [r["title"] for r in cli.json("list")] == ["Harbour cranes idle"]
    cli("feeds", "add", server.url("/gone.xml"))
    code, out, err = cli("refresh")
    assert code == 1
    failures = [line for line in err.splitlines() if "HTTP 404" in line]  # not the port (":40441")
    assert failures == [f"{server.url('/gone.xml')}: HTTP 404 Not Found"]
    code, _, err = cli("refresh", server.url("/ok.xml"))
    assert code == 0 and "0 new, 0 updated, 1 unchanged" in err
    assert len(cli.json("list")) == 1
