"""Language codes: normalising declared ones and detecting the language of a text (py3langid)."""

from __future__ import annotations

import functools
import re
import threading
from typing import Any

#: Languages the reader is built for; detection leans towards them when the text is ambiguous.
PREFERRED = ("en", "fr")
#: An en/fr score at least this fraction of the winner's score wins instead (short or mixed texts
#: are often given to a close neighbour such as Occitan, Luxembourgish or Nigerian Pidgin).
_PREFERRED_RATIO = 0.5
#: Below this confidence an exotic answer is noise: report "unknown" rather than a wrong code.
_MIN_CONFIDENCE = 0.2
_MIN_LETTERS = 10
#: Detection reads the beginning of a text only: enough for a reliable answer, and it keeps a
#: 5 MB article fast.
_SAMPLE_CHARS = 4000

_NAMES = {
    "eng": "en",
    "english": "en",
    "anglais": "en",
    "fre": "fr",
    "fra": "fr",
    "french": "fr",
    "français": "fr",
    "francais": "fr",
}
_CODE_RE = re.compile(r"[a-z]{2,3}")
_lock = threading.Lock()


@functools.cache
def _identifier() -> Any:
    # Loading the model takes most of a second: do it once, on first use, not at import.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_lang(text: str) -> str:
    """The ISO 639-1 code of the language of ``text``; "" when there is too little to tell.

    Returns "en" or "fr" whenever one of them scores close to the winner, so a short English
    headline is not reported as Pidgin nor a French one as Occitan.
    """
    sample = text[:_SAMPLE_CHARS]
    if sum(1 for ch in sample if ch.isalpha()) < _MIN_LETTERS:
        return ""
    with _lock:  # the first calls from several worker threads must not load the model twice
        identifier = _identifier()
    ranking: list[tuple[str, float]] = identifier.rank(sample)
    top, top_score = ranking[0]
    if top in PREFERRED:
        return top
    scores = dict(ranking)
    best = max(PREFERRED, key=lambda code: scores.get(code, 0.0))
    if scores.get(best, 0.0) >= top_score * _PREFERRED_RATIO:
        return best
    if top_score < _MIN_CONFIDENCE:
        return ""
    return str(top)


#: Content decides only over this many words: a headline or a two-word text says too little to guess from.
MIN_CONTENT_WORDS = 20
#: Content overrules the declared language when detection gives the winner at least this probability
#: and the declared language at most :data:`_OVERRULED_SCORE` (English text in a feed declared Kannada).
_OVERRULE_SCORE = 0.9
_OVERRULED_SCORE = 0.02
_WORD_RE = re.compile(r"[^\W\d_]+")
# Scripts written without spaces between words: two characters count as one word.
_UNSPACED_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


def word_count(text: str) -> int:
    """About how many words ``text`` has (Chinese, Japanese, Korean and Thai counted by characters)."""
    sample = text[:_SAMPLE_CHARS]
    unspaced = len(_UNSPACED_RE.findall(sample))
    if not unspaced:
        return len(_WORD_RE.findall(sample))
    return len(_WORD_RE.findall(_UNSPACED_RE.sub(" ", sample))) + unspaced // 2


#: Enough text to be sure a declared language is wrong; detection costs in proportion to its input.
_CHECK_CHARS = 800
#: Words that make up a good part of any English or French text: a declared "en" or "fr" whose text is full
#: of them is confirmed without running detection (the common case, and detection is the costly part).
_FUNCTION_WORDS = {
    "en": frozenset(
        "the of and to in a is that for on with as was by it at from are be has have said its".split()
    ),
    "fr": frozenset(
        "le la les de des du et à un une en est que qui dans pour sur par au aux a il ont".split()
    ),
}
_CONFIRMING_SHARE = 0.15


def _reads_as(declared: str, text: str) -> bool:
    """Whether ``text`` plainly reads as the declared English or French (its function words are common)."""
    words = _FUNCTION_WORDS.get(declared)
    if words is None:
        return False
    sample = _WORD_RE.findall(text[: _CHECK_CHARS // 2].lower())
    return bool(sample) and sum(w in words for w in sample) >= _CONFIRMING_SHARE * len(sample)


def _has_words(text: str, n: int) -> bool:
    """Whether ``text`` has at least ``n`` words: what :func:`word_count` says, without counting them all."""
    if _UNSPACED_RE.search(text[:_SAMPLE_CHARS]):
        return word_count(text) >= n
    return any(i >= n - 1 for i, _ in enumerate(_WORD_RE.finditer(text, 0, _SAMPLE_CHARS)))


def _scores(text: str) -> dict[str, float]:
    with _lock:
        identifier = _identifier()
    return dict(identifier.rank(text[:_SAMPLE_CHARS]))


def choose_lang(declared: str, text: str) -> tuple[str, str]:
    """(language, where it came from): "metadata", "content", or "" when the language is unknown.

    The declared language (the feed's, the item's or the file's metadata) is kept unless the text is
    long enough (:data:`MIN_CONTENT_WORDS`) and detection disagrees strongly. Without a declaration a
    long enough text is detected; a shorter one is "" (unknown) rather than a guess.
    """
    declared = normalise_lang(declared)
    if not _has_words(text, MIN_CONTENT_WORDS):
        return (declared, "metadata") if declared else ("", "")
    if not declared:
        detected = detect_lang(text)
        return (detected, "content") if detected else ("", "")
    if _reads_as(declared, text):
        return declared, "metadata"
    scores = _scores(text[:_CHECK_CHARS])
    top = max(scores, key=scores.__getitem__)
    if top != declared and scores[top] >= _OVERRULE_SCORE and scores.get(declared, 0.0) <= _OVERRULED_SCORE:
        return top, "content"
    return declared, "metadata"


def declared_tag(code: Any) -> str:
    """A declared language tag as written ("fr-CA"), when it names a language; else "". Parsers keep the
    tag whole so that cleaning can read both its language and its region."""
    return str(code).strip() if normalise_lang(code) else ""


def lang_region(code: str | None) -> str:
    """The region of a declared language tag: "fr-CA" -> "CA", "en_au" -> "AU", "fr" -> ""."""
    parts = re.split(r"[-_]", str(code or "").strip(), maxsplit=2)
    region = parts[1] if len(parts) > 1 else ""
    return region.upper() if re.fullmatch(r"[A-Za-z]{2}", region) else ""


def normalise_lang(code: str | None) -> str:
    """A declared language as a bare lower-case code: "en-US" -> "en", "fr_FR" -> "fr", None -> ""."""
    if not code:
        return ""
    code = str(code).strip().lower()
    if code in _NAMES:
        return _NAMES[code]
    primary = re.split(r"[-_.@\s]", code, maxsplit=1)[0]
    primary = _NAMES.get(primary, primary)
    return primary if _CODE_RE.fullmatch(primary) else ""
