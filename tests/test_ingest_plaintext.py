"""Plain-text articles: the digest shape and the press shape of the shared seeds."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from reader.ingest import parse_bytes, read_file
from reader.ingest.plaintext import parse_timestamp, split_first_sentence, zone_from_word

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SEEDS = Path(__file__).parents[2] / "shared" / "seeds"
LOS_ANGELES = ZoneInfo("America/Los_Angeles")


def seed(name: str) -> Path:
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"seed {name} not available")
    return path


# --- the seeds ------------------------------------------------------------------------------------


def test_english_digest_seed() -> None:
    [article] = read_file(seed("cybersecurity-updates-en.txt")).articles
    assert article.title == "Takedown of Criminal Communication Platforms"
    assert article.date == datetime(2024, 12, 26, 4, 10, 32, tzinfo=LOS_ANGELES)
    assert article.date.tzinfo.key == "America/Los_Angeles"  # "Pacfic", typo and all
    assert article.date.utcoffset() == timedelta(hours=-8)
    assert article.source == "cyberinsider.com"
    assert article.age == "21d"
    assert article.feed == "CyberSecurity updates"
    assert article.lang == "en"
    assert [b.kind for b in article.blocks] == ["paragraph"] * 3
    assert article.blocks[0].text.startswith(
        "An international operation, codenamed 'Operation Passionflower'"
    )
    assert article.blocks[2].text.endswith("even the most advanced security measures.")
    assert article.tldr == []


def test_french_press_seed() -> None:
    [article] = read_file(seed("passionflower-fr.txt")).articles
    # The first sentence of the lede, without its period.
    assert article.title == (
        "Une enquête européenne conjointe démantèle une plateforme cryptée utilisée par des cybercriminels"
    )
    assert article.summary == "Arrestations, saisies et 2,3 millions de messages interceptés."
    assert article.blocks[0].text == article.summary
    assert article.lang == "fr"
    assert article.source == ""
    assert article.date is None
    assert len(article.tldr) == 3
    assert (
        article.tldr[0] == "Opération ‘Passionflower’ neutralise plateforme cryptée utilisée par criminels."
    )
    headings = [b.text for b in article.blocks if b.kind == "heading"]
    assert headings == [
        "‘Operation Passionflower’ met fin à MATRIX",
        "Collaboration européenne",
        "Arrestations et saisies",
        "MATRIX et ses usagers",
    ]
    assert [b.kind for b in article.blocks].count("paragraph") == 6
    # A paragraph without a final period stays a paragraph (it is long).
    assert any(b.kind == "paragraph" and b.text.endswith("envoyés via Matrix") for b in article.blocks)
    assert "TL;DR" not in article.text


# --- own fixtures in the same shapes --------------------------------------------------------------


def test_digest_fixture_with_two_items() -> None:
    first, second = read_file(FIXTURES / "digest-en.txt").articles
    eastern = ZoneInfo("America/New_York")
    assert first.title == "Comet fragments expected to light up the April sky"
    assert first.age == "3d"
    assert first.date == datetime(2025, 3, 4, 18, 45, tzinfo=eastern)
    assert first.source == "skywatch.example.com"  # a URL after "Read more:" gives its host
    assert first.url == "https://www.skywatch.example.com/comet"
    assert len(first.blocks) == 2
    assert second.title == "Deep-sea robot maps an unknown canyon"
    assert second.age == "5h"
    assert second.source == "oceans.example.org"
    assert second.date == first.date
    assert [b.text for b in second.blocks] == [
        "A small autonomous submarine charted a canyon twice as deep as expected off the coast of Portugal."
    ]
    assert first.lang == second.lang == "en"


def test_press_fixture() -> None:
    [article] = read_file(FIXTURES / "press-fr.txt").articles
    assert article.title == "Une coopérative bretonne relance la culture du sarrasin sur vingt communes"
    assert article.summary == "Les premières récoltes sont attendues en septembre."
    assert article.tldr == [
        "Vingt communes participent au projet de sarrasin.",
        "Les semis ont commencé fin mai malgré la pluie.",
        "La farine sera vendue dans les boulangeries locales.",
    ]
    assert [b.kind for b in article.blocks] == [
        "paragraph",
        "heading",
        "paragraph",
        "heading",
        "paragraph",
        "paragraph",
    ]
    assert article.blocks[1].text == "Un retour aux sources"
    assert article.blocks[3].text == "Des débouchés assurés"
    assert article.lang == "fr"


def test_generic_plain_text() -> None:
    [article] = read_file(FIXTURES / "plain-en.txt").articles
    assert article.title == "Night trains return to the Alps"
    assert article.summary == ""
    assert [b.kind for b in article.blocks] == ["paragraph", "paragraph"]
    # Wrapped lines of one paragraph are joined with a space.
    assert article.blocks[0].text == (
        "Two operators announced this week that sleeper services between "
        "Brussels and Innsbruck will run three times a week from December."
    )
    assert article.lang == "en"


def test_generic_text_with_headings_quotes_and_bullets() -> None:
    text = (
        "A long first paragraph that opens the article and says what it is about. It has two sentences.\n\n"
        "Section title\n\n"
        "Body of the section, which is a good deal longer than its title.\n\n"
        "> A quoted remark\n"
        "> on two lines.\n\n"
        "- first point\n"
        "- second point\n"
    )
    [article] = parse_bytes(text.encode(), "g.txt").articles
    assert article.title == "A long first paragraph that opens the article and says what it is about"
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("paragraph", "It has two sentences."),
        ("heading", "Section title"),
        ("paragraph", "Body of the section, which is a good deal longer than its title."),
        ("quote", "A quoted remark on two lines."),
        ("item", "first point"),
        ("item", "second point"),
    ]


def test_read_more_at_the_end_of_a_digest_item() -> None:
    text = (
        "News digest\n2025-01-02 08:00 UTC\n\n"
        "Headline here - 2w\n\nBody paragraph.\n\nRead more: example.com\n"
    )
    [article] = parse_bytes(text.encode(), "d.txt").articles
    assert (article.title, article.age, article.source) == ("Headline here", "2w", "example.com")
    assert article.text == "Body paragraph."


def test_wrapped_lede_stops_at_a_tldr() -> None:
    text = (
        "A wrapped lede that runs over more than sixty characters on its first\n"
        "line. Its second sentence.\nTL;DR\n- one\n- two\n\nThen a paragraph.\n"
    )
    [article] = parse_bytes(text.encode(), "w.txt").articles
    assert article.title == "A wrapped lede that runs over more than sixty characters on its first line"
    assert article.summary == "Its second sentence."
    assert article.tldr == ["one", "two"]
    assert article.paragraphs == ["Its second sentence.", "Then a paragraph."]


def test_dated_note_is_not_a_digest() -> None:
    text = "Notes from the meeting\n2025-01-02 08:00 CET\n\nWe agreed to repaint the hall before spring.\n"
    [article] = parse_bytes(text.encode(), "note.txt").articles
    assert article.title == "Notes from the meeting"
    assert article.date == datetime(2025, 1, 2, 8, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert article.text == "We agreed to repaint the hall before spring."
    assert article.age is None and article.feed == "note.txt"


@pytest.mark.parametrize("age", ["5h", "3d", "2w", "21d", "1mo", "45min"])
def test_age_suffixes(age: str) -> None:
    text = f"Digest\n2025-01-02 08:00:00 UTC\n\nSomething happened - {age}\nRead more: example.com\n\nBody.\n"
    [article] = parse_bytes(text.encode(), "d.txt").articles
    assert article.title == "Something happened"
    assert article.age == age


@pytest.mark.parametrize(
    ("word", "zone"),
    [
        ("Pacific", "America/Los_Angeles"),
        ("Pacfic", "America/Los_Angeles"),
        ("PST", "America/Los_Angeles"),
        ("PDT", "America/Los_Angeles"),
        ("Eastern", "America/New_York"),
        ("EST", "America/New_York"),
        ("EDT", "America/New_York"),
        ("Central", "America/Chicago"),
        ("Mountain", "America/Denver"),
        ("CET", "Europe/Paris"),
        ("CEST", "Europe/Paris"),
        ("UTC", "UTC"),
        ("GMT", "UTC"),
        ("Europe/Paris", "Europe/Paris"),
        ("Pacific Time", "America/Los_Angeles"),
        ("Estern", "America/New_York"),  # another typo, matched to the closest word
    ],
)
def test_zone_words(word: str, zone: str) -> None:
    tz = zone_from_word(word)
    assert isinstance(tz, ZoneInfo) and tz.key == zone


@pytest.mark.parametrize(
    ("word", "offset"),
    [
        ("+01:00", timedelta(hours=1)),
        ("-0530", timedelta(hours=-5, minutes=-30)),
        ("UTC+2", timedelta(hours=2)),
    ],
)
def test_numeric_offsets(word: str, offset: timedelta) -> None:
    assert zone_from_word(word) == timezone(offset)


def test_parse_timestamp() -> None:
    assert parse_timestamp("2024-12-26 04:10:32 Pacfic") == datetime(
        2024, 12, 26, 4, 10, 32, tzinfo=LOS_ANGELES
    )
    assert parse_timestamp("2024-12-26 04:10:32") == datetime(2024, 12, 26, 4, 10, 32)  # naive
    assert parse_timestamp("2024-02-30 04:10:32 UTC") is None  # impossible
    assert parse_timestamp("2024-12-26 Meeting notes") is None  # not a zone


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("M. Dupont est arrivé. Il repart demain.", "M. Dupont est arrivé."),
        ("The U.S. team won. Fans cheered.", "The U.S. team won."),
        ("Prices rose 2.5 percent. Markets fell.", "Prices rose 2.5 percent."),
        ("Is it over? Not yet.", "Is it over?"),
        ("One sentence only.", "One sentence only."),
    ],
)
def test_split_first_sentence(text: str, first: str) -> None:
    assert split_first_sentence(text)[0] == first


def test_single_line_file() -> None:
    [article] = parse_bytes(b"Just a title line", "one.txt").articles
    assert article.title == "Just a title line"
    assert article.blocks == []
