"""Markdown and text files with YAML front matter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from reader.ingest import parse_bytes, read_file
from reader.model import IngestError

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def md(front: str, body: str = "Body text.\n") -> bytes:
    return f"---\n{front}\n---\n{body}".encode()


def test_fixture() -> None:
    [article] = read_file(FIXTURES / "article-fr.md").articles
    assert article.title == "Les abeilles de Montréal profitent des toits verts"
    assert article.lang == "fr"
    assert article.date == datetime(2025, 7, 3, 9, 15, tzinfo=timezone(timedelta(hours=2)))
    assert article.source == "Le Quotidien Urbain"
    assert article.url == "https://urbain.example.fr/abeilles"
    assert article.guid == "urbain-abeilles-2025"
    assert article.story == "toits-abeilles"
    assert article.tags == ["Environnement", "Villes"]
    assert article.alternates == {"en": "https://urbain.example.fr/en/bees"}
    # TL;DR heading + list -> tldr, with inline markup reduced to text.
    assert article.tldr == [
        "Les toits verts nourrissent mieux les abeilles.",
        "La production de miel double en deux ans.",
        "La ville veut étendre le programme à 200 bâtiments.",
    ]
    # The H1 repeats the title and is not kept as a block; wrapped lines are joined.
    assert [(b.kind, b.text) for b in article.blocks] == [
        (
            "paragraph",
            "Une étude publiée cette semaine montre que les ruches installées sur les toits "
            "végétalisés produisent deux fois plus de miel que celles des parcs.",
        ),
        ("heading", "Une floraison continue"),
        (
            "paragraph",
            "Les sedums fleurissent de mai à octobre, ce qui offre une ressource constante. "
            "Le texte garde les crochets [bold] tels quels.",
        ),
        ("quote", "« Nos ruches n'ont jamais été aussi actives », affirme une apicultrice."),
        ("item", "Premier quartier équipé : le Plateau"),
        ("item", "Deuxième quartier : Rosemont"),
    ]


def test_markdown_without_front_matter() -> None:
    [article] = read_file(FIXTURES / "notes-en.markdown").articles
    assert article.title == "Community garden opens its second plot"  # the opening H1
    assert article.lang == "en"  # detected
    assert [b.kind for b in article.blocks] == ["paragraph", "item", "item"]
    assert article.blocks[1].text == "Water is shared from the same rain barrels."


def test_text_file_with_front_matter_is_read_as_markdown() -> None:
    [article] = parse_bytes(md("title: Plain title\nlang: en-GB", "Some *text*."), "/x/note.txt").articles
    assert article.title == "Plain title"
    assert article.lang == "en"
    assert article.text == "Some text."


def test_broken_yaml() -> None:
    with pytest.raises(IngestError, match=r"invalid YAML front matter at line 4"):
        parse_bytes(md("title: ok\ntags: [unclosed, list\nlang: fr"), "broken.md")


@pytest.mark.parametrize(
    "tag",
    ["!!python/object/apply:os.system", "!!python/object/new:os.system", "!!python/name:os.system"],
)
def test_python_tags_are_refused_and_nothing_runs(tmp_path: Path, tag: str) -> None:
    marker = tmp_path / "pwned"
    with pytest.raises(IngestError, match="invalid YAML front matter"):
        parse_bytes(md(f'title: {tag} ["touch {marker}"]'), "evil.md")
    assert not marker.exists()


def test_front_matter_must_be_a_mapping() -> None:
    with pytest.raises(IngestError, match="key: value"):
        parse_bytes(md("- just\n- a list"), "list.md")


def test_impossible_date_gives_none_but_article_is_imported() -> None:
    # PyYAML's own timestamp constructor would raise on February 30th.
    [article] = parse_bytes(md("title: Kept\ndate: 2025-02-30"), "d.md").articles
    assert article.title == "Kept"
    assert article.date is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-04", datetime(2025, 3, 4)),  # date only: naive midnight
        ("2025-03-04 10:30", datetime(2025, 3, 4, 10, 30)),  # no zone: naive
        ("2025-03-04T10:30:00Z", datetime(2025, 3, 4, 10, 30, tzinfo=UTC)),
        ("2025-03-04 10:30:00+01:00", datetime(2025, 3, 4, 10, 30, tzinfo=timezone(timedelta(hours=1)))),
        ("2025-03-04 10:30 CET", datetime(2025, 3, 4, 10, 30, tzinfo=ZoneInfo("Europe/Paris"))),
        (
            '"Tue, 04 Mar 2025 10:30:00 -0500"',
            datetime(2025, 3, 4, 10, 30, tzinfo=timezone(timedelta(hours=-5))),
        ),
        ("yesterday", None),
        # a year and month only: the first of the month, not no date
        ('"2022-03"', datetime(2022, 3, 1)),
        ("mars 2022", datetime(2022, 3, 1)),
        ("March 2022", datetime(2022, 3, 1)),
        # year first with slashes; a month's name in English or French, with or without a weekday
        ("2022/03/15", datetime(2022, 3, 15)),
        ('"March 15, 2022"', datetime(2022, 3, 15)),
        ('"Tuesday, March 15, 2022"', datetime(2022, 3, 15)),
        ("15 mars 2022", datetime(2022, 3, 15)),
        ("1er août 2022", datetime(2022, 8, 1)),
        ("mardi 15 mars 2022", datetime(2022, 3, 15)),
        # day and month in figures are ambiguous (15/03 or 03/15), an unknown month name is none, and so is an
        # impossible day
        ("04/03/2022", None),
        ("Foo 2022", None),
        ("31 avril 2022", None),
        ("2022-13", None),
    ],
)
def test_dates(value: str, expected: datetime | None) -> None:
    [article] = parse_bytes(md(f"title: T\ndate: {value}"), "d.md").articles
    assert article.date == expected
    if expected is not None:
        assert (article.date.tzinfo is None) == (expected.tzinfo is None)


def test_tags_as_string_and_wrong_types() -> None:
    [article] = parse_bytes(md("title: [1, 2]\ntags: a, b\nurl: {x: 1}\nstory: 7"), "t.md").articles
    assert article.tags == ["a", "b"]
    assert article.url is None
    assert article.story == "7"
    assert article.title == "Body text."  # a list is not a title: first words of the body


def test_inline_tldr_and_inline_markup() -> None:
    body = (
        "TL;DR: short version\n\nA [link](https://x.example) and `code` and __strong__ and ![alt](i.png).\n"
    )
    [article] = parse_bytes(md("title: T", body), "t.md").articles
    assert article.tldr == ["short version"]
    assert article.text == "A link and code and strong and alt."


def test_raw_html_in_markdown_is_reduced_to_text() -> None:
    body = "Some <b>bold</b> text.\n\n<div><p>Block <i>html</i></p><script>x()</script></div>\n"
    [article] = parse_bytes(md("title: T", body), "h.md").articles
    assert article.paragraphs == ["Some bold text.", "Block html"]


def test_control_characters_stripped() -> None:
    [article] = parse_bytes(
        md('title: "A\\e[31m title\\u202e"', "Text\x1b[0m with \x07bell.\n"), "c.md"
    ).articles
    assert article.title == "A title"
    assert article.text == "Text with bell."


def test_deeply_nested_markdown_does_not_lose_the_article() -> None:
    [article] = parse_bytes(("> " * 20_000 + "deep").encode(), "deep.md").articles
    assert article.text.endswith("deep")
