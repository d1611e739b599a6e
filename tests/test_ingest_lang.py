"""Language detection (py3langid, leaning to en/fr) and normalisation of declared codes."""

from __future__ import annotations

import pytest

from reader.ingest import lang
from reader.ingest.lang import detect_lang, normalise_lang


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police warn that further arrests are possible as the investigation continues.", "en"),
        ("Une enquête européenne conjointe démantèle une plateforme cryptée.", "fr"),
        ("Takedown of Criminal Communication Platforms", "en"),
        ("Arrestations et saisies", "fr"),
        ("Die Polizei hat am Montag mehrere Wohnungen in Berlin durchsucht und Beweise gesichert.", "de"),
    ],
)
def test_detect_lang(text: str, expected: str) -> None:
    assert detect_lang(text) == expected


def test_too_little_text_is_unknown() -> None:
    assert detect_lang("") == ""
    assert detect_lang("ok 42 !!") == ""


class _FakeIdentifier:
    def __init__(self, ranking: list[tuple[str, float]]) -> None:
        self.ranking = ranking

    def rank(self, text: str) -> list[tuple[str, float]]:
        return self.ranking


@pytest.mark.parametrize(
    ("ranking", "expected"),
    [
        ([("oc", 0.40), ("fr", 0.30), ("en", 0.01)], "fr"),  # fr close behind Occitan: fr
        ([("pcm", 0.30), ("en", 0.20), ("fr", 0.01)], "en"),  # en close behind Pidgin: en
        ([("de", 0.90), ("en", 0.05), ("fr", 0.01)], "de"),  # clearly another language
        ([("lb", 0.10), ("en", 0.02), ("fr", 0.01)], ""),  # nobody is confident: unknown
    ],
)
def test_en_and_fr_win_when_close(monkeypatch, ranking, expected) -> None:
    monkeypatch.setattr(lang, "_identifier", lambda: _FakeIdentifier(ranking))
    assert detect_lang("some words long enough to be classified") == expected


def test_long_text_is_sampled() -> None:
    # Detection reads the start only; a 5 MB text must not be classified whole.
    assert detect_lang("Le chat dort sur le canapé du salon. " * 200_000) == "fr"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en-US", "en"),
        ("fr_FR", "fr"),
        ("FR", "fr"),
        (" fr-ca ", "fr"),
        ("fre", "fr"),
        ("English", "en"),
        ("de", "de"),
        (None, ""),
        ("", ""),
        ("12", ""),
    ],
)
def test_normalise_lang(code, expected) -> None:
    assert normalise_lang(code) == expected
