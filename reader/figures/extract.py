"""Find the key figures of an English or French text: amounts, percentages, ages, durations, counts, dates.

One compiled tokenizer finds number candidates (digits in English or French notation, or number words);
each candidate is then classified by the words around it, using the tables in ``numbers.py``. Spans that
are dates, times of day, phone numbers or list markers are claimed first so their digits never become
counts. Every returned figure satisfies ``text[f.start:f.end] == f.text``.
"""

from __future__ import annotations

import itertools
import os
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache, cached_property, lru_cache
from typing import Any

from reader.figures import numbers as t
from reader.figures.patterns import compile_lazily
from reader.model import Figure

#: Larger values are digit runs (identifiers, hashes), not quantities; float() of some would be infinite.
MAX_VALUE = Decimal(10) ** 15
_H = r"[^\S\r\n]"  # horizontal white space, including U+00A0 and U+202F
_GS = "[" + t.GROUP_SPACES + "]"
_LANGS = ("en", "fr")


def _alt(words: Iterable[str], flags: str = "") -> str:
    """A regex alternation of literal words, longest first so "millions" wins over "million"."""
    return _alternation(frozenset(words), flags)


@cache
def _alternation(words: frozenset[str], flags: str) -> str:
    # Cached: the classifiers build the same alternations for every number of every article.
    if flags == "i" and all(len(w.lower()) == len(w) and all(map(_simply_cased, w)) for w in words):
        # The same longest match as a trie of the lowercased words, whose branches each open with a letter
        # no other one matches: ``re`` tries the words of a flat alternation one by one.
        return f"(?i:{_literals(w.lower() for w in words)})"
    body = _flat(words)
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def _flat(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _simply_cased(c: str) -> bool:
    """Whether case-insensitive matching makes ``c`` alike only to its lowercase and uppercase (Latin letters
    but the dotless i, dotted I, long s and micro sign; characters without case)."""
    if c.isalpha():
        return ord(c) < 0x250 and c not in "ıİſµ"
    return c.lower() == c == c.upper()


def _langs(lang: str) -> tuple[str, ...]:
    return (lang,) if lang in _LANGS else _LANGS


# --- the tokenizer ----------------------------------------------------------------------------------------

_DIGITS = (
    # the Indian way first ("10,00,000": groups of two above the thousands), then groups of three, then none
    r"(?P<num>[1-9][0-9]?,(?:[0-9]{2},)+[0-9]{3}(?![0-9])"
    # a French amount whose thousands' four digits are written unspaced: "1078 900 $", "1051 031 $" (not a year
    # before an amount: "en 2022 300 $")
    r"|(?!(?:19|20)[0-9]{2})[1-9][0-9]{3}"
    + _GS
    + r"[0-9]{3}(?![0-9])(?="
    + _GS
    + r"?(?:\$|€|(?:dollars|euros|francs)(?![\w])))"
    r"|[0-9]{1,3}(?P<sep>[,.'’]|" + _GS + r")[0-9]{3}(?![0-9])(?:(?P=sep)[0-9]{3}(?![0-9]))*"
    # not a model's name glued to a capital after a space: "90 777X", "dont 90 777X et cinq Dreamliner"
    r"(?!(?<=" + _GS + r"[0-9]{3})[A-Z])"
    r"(?:[.,][0-9]+)?|[0-9]+(?:[.,][0-9]+)?)"
)


#: The word for a thousand in each language, which ends a group of words and multiplies it.
_THOUSAND_WORDS = {"en": ("thousand",), "fr": ("mille",)}
_THOUSANDS = frozenset(w for words in _THOUSAND_WORDS.values() for w in words)


@cache
def _tokenizer(langs: tuple[str, ...]) -> re.Pattern[str]:
    words = {w for lg in langs for w in t.NUMBER_WORDS[lg]}
    tens = {w for lg in langs for w, v in t.NUMBER_WORDS[lg].items() if v >= 20 and v % 10 == 0 and v < 100}
    units = {w for lg in langs for w, v in t.NUMBER_WORDS[lg].items() if 0 < v < 10}
    # "twenty-five", "vingt-et-un", "vingt et un"; and "Thirty seven students" (no hyphen)
    compound = (
        f"{_alt(tens)}(?:(?:-et-|-|{_H}et{_H})(?:{_alt(units | {'onze'})})|{_H}(?:{_alt(units)})(?![\\w]))"
    )
    if "fr" in langs:
        # "soixante-treize", "quatre-vingt-seize", "Quatre vingt treize": sixty and eighty take a number from 10 to 19
        teens = {w for w, v in t.NUMBER_WORDS["fr"].items() if 10 <= v < 20}
        compound += f"|(?:soixante|quatre[- ]vingt)(?:-et-|-|{_H}et{_H}|{_H})(?:{_alt(teens)})(?![\\w-])"
        # "Dix huit décès": seventeen to nineteen written without their hyphen
        compound += f"|dix{_H}(?:sept|huit|neuf)(?![\\w-])"
    multipliers = _alt({m for m in t.WORD_MULTIPLIERS if m in words})
    below_100 = {w for lg in langs for w, v in t.NUMBER_WORDS[lg].items() if 0 < v < 100}
    # what follows a hundred: "deux cent cinquante", "cent quarante-cinq", "one hundred and forty-five"
    tail = f"(?:(?:-|{_H}+)(?:(?:and|et){_H}+)?(?:{compound}|{_alt(below_100)})(?![\\w-]))?"

    def up_to_hundreds(units: set[str]) -> str:
        """A number of ``units`` words, or of them times a hundred and a tail: "deux cent cinquante"."""
        return f"(?:{compound}|{_alt(units)})(?:-|{_H}+){multipliers}{tail}|{multipliers}{tail}|{compound}|{_alt(units)}"

    number = up_to_hundreds(words)
    # thousands with more words after them, one number: "Trois mille cent trente bénéficiaires", "mille deux
    # cents", "three thousand four hundred" (a bare "trois mille" keeps its scale: see scale_word)
    hundreds = f"(?:{up_to_hundreds(below_100)})"
    group = _alt(w for lg in langs for w in _THOUSAND_WORDS[lg])
    number = f"(?:{hundreds}(?:-|{_H}+))?{group}(?:-|{_H}+)(?:(?:and|et){_H}+)?{hundreds}(?![\\w-])|{number}"
    if "en" in langs:  # "a million euros", "a dozen suspects": the article is the number (see _starts)
        number += f"|an?(?= (?:half )?{_A_SCALES}(?![\\w-]))"
    if "fr" in langs:  # "a dépassé le million d'habitants", "la barre du milliard de dollars": one, as a mark
        number += f"|{_LE_SCALE_ARTICLES}(?= {_LE_SCALES}(?![\\w-]))|la(?= {_LA_APPROXIMATIONS} d(?:e |['’]))"
    word = rf"(?P<word>(?i:{number}))(?![\w])"
    return re.compile(rf"(?<![0-9])(?<![0-9][.,]){_DIGITS}|(?<![\w-]){word}")


#: A run of letters: a phrase's first word, a label's words.
_LETTERS_RE = compile_lazily(r"[^\W\d_]+")
_WORD_OR_NUMBER_RE = compile_lazily(r"[^\W\d_]+|[0-9]+")


def _first_word(phrase: str) -> str:
    """The first run of letters of ``phrase``, lowercased: where a match of it starts ("jusqu'à" -> "jusqu")."""
    m = _LETTERS_RE.match(phrase.lower())
    if m is None:
        raise ValueError(f"{phrase!r} does not start with a letter")
    return m.group()


def _literals(words: Iterable[str]) -> str:
    """An alternation of ``words`` matching the longest one that fits, as a trie ("c(?:ent(?:s)?|inq)"):
    ``re`` tries the alternatives of a flat list one by one at each character that opens one of them."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        by_first.setdefault(w[:1], []).append(w[1:])
    parts = []
    for first, rests in by_first.items():
        optional = "" in rests  # the longer words are tried first, the word that ends here last
        longer = [r for r in rests if r]
        common = "" if optional else os.path.commonprefix(longer)
        longer = [r[len(common) :] for r in longer]
        if "" in longer:  # one word is the common prefix itself
            optional, longer = True, [r for r in longer if r]
        head = re.escape(first + common)
        parts.append(f"{head}(?:{_literals(longer)}){'?' if optional else ''}" if longer else head)
    return "|".join(parts)


#: A run of digits, as alternatives that each open with a literal (see :func:`_starts`).
_DIGIT_RUN = "|".join(f"{d}[0-9]*" for d in "0123456789")
_DIGIT_STARTS = compile_lazily(_DIGIT_RUN)


#: The scale words an English article may stand before as the number one: "a million", "a dozen".
_A_SCALES = "(?:million|billion|trillion|thousand|dozen|half-dozen|half-million|half-billion)"
#: The French articles that make a singular scale word a mark of one of it ("le million", "du milliard",
#: "au million de réfugiés"), and those scale words.
_LE_SCALE_WORDS = ("le", "du", "au")
_LE_SCALE_ARTICLES = f"(?:{'|'.join(_LE_SCALE_WORDS)})"
_LE_SCALES = "(?:million|milliard|millier)"
#: "La vingtaine d'autres candidats": the article is the one of an approximate count (not "dans la vingtaine",
#: in one's twenties, which no "de" follows).
_LA_APPROXIMATIONS = (
    "(?:dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|septantaine|huitantaine"
    "|octantaine|nonantaine|centaine)"
)


@cache
def _starts(langs: tuple[str, ...]) -> re.Pattern[str]:
    """Where the tokenizer may match, in the lowercased text: a run of digits, or the first word of a
    number word. Only literals open its alternatives, so ``re`` skips every other character in C; the
    tokenizer itself opens with look-behinds, which make ``re`` try it at every character."""
    firsts = {_first_word(w) for lg in langs for w in t.NUMBER_WORDS[lg]}
    article = f"|an? (?:half )?{_A_SCALES}" if "en" in langs else ""
    if "fr" in langs:
        article += f"|{_LE_SCALE_ARTICLES} {_LE_SCALES}|la {_LA_APPROXIMATIONS} d"
    return re.compile(f"{_DIGIT_RUN}|{_literals(firsts)}{article}")


def _lowered(text: str) -> str | None:
    """``text`` lowercased, where that maps each character to one that ``re``'s case-insensitive matching
    treats alike; else None. ("İ" lowercases to two characters; "ı" and "ſ" match "i" and "s" in ``re``.)"""
    lowered = text.lower()
    if len(lowered) != len(text) or "ı" in lowered or "ſ" in lowered:
        return None
    return lowered


def _scan(
    pattern: re.Pattern[str], starts: re.Pattern[str], text: str, lowered: str | None
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` gives, trying ``pattern`` only where ``starts`` matches ``lowered``.

    For a pattern that opens with a look-behind, ``re`` tries every character; ``starts`` opens with
    literals, which ``re`` skips to in C. Each use must ensure ``pattern`` can only match where a run of
    ``starts`` begins (tests compare the two scans on any text)."""
    if lowered is None:
        return pattern.finditer(text)
    return _scan_at(pattern, (m.start() for m in starts.finditer(lowered)), text)


def _scan_at(pattern: re.Pattern[str], positions: Iterable[int], text: str) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` gives when ``positions`` (ascending) holds every place it may match."""
    end = 0
    for s in positions:
        if s < end:
            continue
        m = pattern.match(text, s)
        if m is not None:
            end = m.end()
            yield m


@lru_cache(maxsize=16)
def _found_at(literals: tuple[str, ...], lowered: str) -> list[int]:
    """Every position of each of ``literals`` in ``lowered``, ascending (``str.find`` is far quicker than a
    regex alternation of words, which ``re`` tries at each character that opens one of them). Cached for
    the scans of one text that look for the same literals; the list must not be changed."""
    found = []
    for literal in literals:
        i = lowered.find(literal)
        while i >= 0:
            found.append(i)
            i = lowered.find(literal, i + 1)
    found.sort()
    return found


def _prefix_free(words: Iterable[str]) -> tuple[str, ...]:
    """The first runs of letters of ``words``, without those that start with another: where any of the words
    is, one of these is, and finding fewer literals is quicker."""
    unique = {_first_word(w) for w in words}
    return tuple(sorted(w for w in unique if not any(o != w and w.startswith(o) for o in unique)))


@dataclass(frozen=True)
class _Scanner:
    """A pattern scanned from where it may start, and only in a text that holds its hint.

    ``starts`` is a pattern matched on the lowercased text (see :func:`_scan`), literals found in it (see
    :func:`_found_at`; in the text as written when ``starts_cased``), or None to scan the whole text.
    ``hint`` is a pattern that every text a match of ``pattern`` is found in holds (searched in the
    lowercased text when ``hint_lowered``): most texts have none, and one search for it, which opens with a
    literal or a character set, costs far less than the scan. A search of a hint that opens with a digit
    still tries every digit of the text, so a hint may be tried only where its matches may start:
    ``anchors`` are literals one of which each match holds ``anchor_offset`` characters after its start
    (found with ``str`` searches), ``hint_ends`` how far before the end of a run of digits a match may
    start. ``digit_starts``: the characters ``starts`` matches besides
    runs of digits; the scan then starts at those runs and characters (the runs are found once per text, see
    :func:`_digit_runs`). ``words_before_year``: for a pattern of one of these words (lowercase, as matched
    in any case), spaces, then a year of four digits opening with 19 or 20, where each such word ends right
    before the spaces before such a run of digits. Tests compare :meth:`finditer` with ``pattern.finditer``
    on any text."""

    pattern: re.Pattern[str]
    starts: re.Pattern[str] | tuple[str, ...] | None = None
    hint: re.Pattern[str] | None = None
    hint_lowered: bool = False
    starts_cased: bool = False
    anchors: tuple[str, ...] = ()
    anchor_offset: int = 0
    hint_ends: tuple[int, ...] = ()
    digit_starts: str | None = None
    words_before_year: tuple[str, ...] = ()

    def finditer(
        self, text: str, lowered: str | None, runs: list[tuple[int, int]] | None = None
    ) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer(text)`` gives; ``runs``: the runs of digits of ``lowered``, if found."""
        if (
            lowered is not None
            and runs is None
            and (self.hint_ends or self.digit_starts is not None or self.words_before_year)
        ):
            runs = _digit_runs(lowered)
        if self.words_before_year and lowered is not None and runs is not None:
            return _scan_at(self.pattern, _words_before_years(self.words_before_year, lowered, runs), text)
        if self.hint is not None:
            where = lowered if self.hint_lowered else text
            if where is not None and not self.holds_hint(where, runs):
                return iter(())
        if self.starts is None or lowered is None:
            return self.pattern.finditer(text)
        if self.digit_starts is not None and runs is not None:
            return _scan_at(self.pattern, _run_starts(runs, self.digit_starts, lowered), text)
        if isinstance(self.starts, tuple):
            return _scan_at(
                self.pattern, _found_at(self.starts, text if self.starts_cased else lowered), text
            )
        return _scan(self.pattern, self.starts, text, lowered)

    def holds_hint(self, where: str, runs: list[tuple[int, int]] | None) -> bool:
        """Whether ``hint`` matches in ``where``, tried where its matches may start (see the class)."""
        hint = self.hint
        assert hint is not None
        if self.hint_ends:
            if runs is None:
                return hint.search(where) is not None
            for start, end in runs:
                for back in self.hint_ends:
                    if end - back >= start and hint.match(where, end - back) is not None:
                        return True
        elif not self.anchors:
            return hint.search(where) is not None
        offset = self.anchor_offset
        for anchor in self.anchors:
            i = where.find(anchor, offset)
            while i >= 0:
                if hint.match(where, i - offset) is not None:
                    return True
                i = where.find(anchor, i + 1)
        return False


def _words_before_years(words: tuple[str, ...], lowered: str, runs: list[tuple[int, int]]) -> list[int]:
    """Where each of ``words`` ends right before horizontal spaces before a year of ``runs`` (four digits
    opening with 19 or 20), ascending: the starts of "mars 2024", "déc. 1999"."""
    found: set[int] = set()
    for start, end in runs:
        if end - start != 4 or lowered[start : start + 2] not in ("19", "20"):
            continue
        k = start
        while k and lowered[k - 1].isspace() and lowered[k - 1] not in "\r\n":
            k -= 1
        if k < start:
            found.update(k - len(w) for w in words if lowered.endswith(w, 0, k))
    return sorted(found)


def _digit_runs(lowered: str) -> list[tuple[int, int]]:
    """The spans of the runs of digits (0-9) of a text."""
    return [m.span() for m in _DIGIT_STARTS.finditer(lowered)]


def _run_starts(runs: list[tuple[int, int]], chars: str, lowered: str) -> list[int]:
    """Where each of ``runs`` starts and each of ``chars`` is in ``lowered``, ascending."""
    found = [start for start, _ in runs]
    for c in chars:
        i = lowered.find(c)
        while i >= 0:
            found.append(i)
            i = lowered.find(c, i + 1)
    if chars:
        found.sort()
    return found


def _number_matches(text: str, langs: tuple[str, ...], lowered: str | None) -> Iterator[re.Match[str]]:
    """What ``_tokenizer(langs).finditer(text)`` gives: a token starts a run of digits or of letters,
    and the runs of :func:`_starts` never straddle such a start."""
    return _scan(_tokenizer(langs), _starts(langs), text, lowered)


_ALL_WORDS = {**t.NUMBER_WORDS["en"], **t.NUMBER_WORDS["fr"], "a": 1, "an": 1}
#: Number words that give a count of two or more.
_COUNT_WORDS = frozenset(w for w, n in _ALL_WORDS.items() if n >= 2)
#: What a token may be besides number words: a French article before a scale word (see :func:`_tokenizer`).
_TOKEN_WORDS = {**_ALL_WORDS, **dict.fromkeys((*_LE_SCALE_WORDS, "la"), 1)}


@lru_cache(maxsize=65536)
def _a_number(token: str) -> bool:
    """Whether a token is written in digits or in number words ("85", "twelve", "Sixty-six", "trente-cinq")."""
    return token[0].isdigit() or all(w in _ALL_WORDS for w in token.lower().split("-"))


def _parse_words(token: str) -> Decimal:
    """ "twenty-five" -> 25, "quatre-vingt-onze" -> 91, "deux cents" -> 200."""
    parts = [p for p in re.split(r"[-\s]+", token.lower()) if p not in ("et", "and")]
    total = Decimal(0)  # the thousands closed so far
    current = Decimal(0)  # the group being read: "cent trente" of "trois mille cent trente"
    i = 0
    while i < len(parts):
        if parts[i] in _THOUSANDS and i + 1 < len(parts):
            total += (current or 1) * 1000  # "mille cent trente" is 1,130, not a hundred thousands and 30
            current = Decimal(0)
            i += 1
            continue
        if parts[i] in t.WORD_MULTIPLIERS and current:
            current *= t.WORD_MULTIPLIERS[parts[i]]  # "deux cents", "one hundred"
            i += 1
            continue
        for j in range(len(parts), i, -1):  # the longest listed word first: "quatre-vingt", "dix-sept"
            joined = "-".join(parts[i:j])
            if joined in _TOKEN_WORDS:
                current += _TOKEN_WORDS[joined]
                i = j
                break
        else:
            i += 1
    return total + current


_FR_DOT_GROUPS = compile_lazily(r"[0-9]{1,3}(?:\.[0-9]{3})+")
_DOT_GROUPS_DECIMAL_COMMA = compile_lazily(r"[0-9]{1,3}(?:\.[0-9]{3})+,[0-9]+")
#: A number grouped the Indian way, by twos above the thousands: "1,00,000" (a lakh), "10,00,000", "2,50,00,000".
_INDIAN_GROUPS = compile_lazily(r"[1-9][0-9]?,(?:[0-9]{2},)+[0-9]{3}")
_SWISS_GROUPS = compile_lazily(
    r"[0-9]{1,3}(?:'[0-9]{3})+(?:[.,][0-9]+)?|[0-9]{1,3}(?:’[0-9]{3})+(?:[.,][0-9]+)?"
)
#: A comma followed by four digits or more: no English number, and no decimal an English writer means.
_MISTYPED_GROUP = compile_lazily(r"[0-9]{1,3},[0-9]{4,}")


#: English grouping in a French text, ending in three zeros: "400,000 dollars" (no French decimal does).
_COMMA_THOUSANDS = compile_lazily(r"[1-9][0-9]{0,2}(?:,[0-9]{3})*,000")


#: Four digits, a space and three: how a tokenized amount like "1078 900 $" is written (see ``_DIGITS``).
_UNSPACED_THOUSANDS = compile_lazily(rf"[1-9][0-9]{{3}}{_GS}[0-9]{{3}}")


@lru_cache(maxsize=65536)
def _parse_digits(token: str, lang: str) -> Decimal | None:
    """Parse digits in English or French notation, as Babel's strict parser reads them in the article's
    locale (see :func:`_parse_in`)."""
    if re.fullmatch(r"[0-9]+", token):
        return Decimal(token)
    if _UNSPACED_THOUSANDS.fullmatch(token):  # "1078 900 $": the millions and thousands written together
        return Decimal(re.sub(_GS, "", token))
    if _SWISS_GROUPS.fullmatch(token):  # "12'000 francs": Swiss usage groups thousands with an apostrophe
        return Decimal(re.sub("['’]", "", token).replace(",", "."))
    if _DOT_GROUPS_DECIMAL_COMMA.fullmatch(token):  # "4.502,9 bitcoins": points group, the comma is decimal
        return Decimal(token.replace(".", "").replace(",", "."))
    if _FR_DOT_GROUPS.fullmatch(token) and (lang == "fr" or token.count(".") > 1 or token.endswith(".000")):
        # "11.300 morts": French decimals take a comma; "27.000.000" has one reading in any language, and so
        # has "80.000 police" (no English decimal ends in three zeros)
        return Decimal(token.replace(".", ""))
    if lang == "fr" and _COMMA_THOUSANDS.fullmatch(token):
        # "plus de 400,000 dollars" in a French text: no French decimal ends in three zeros, the comma groups
        # thousands as in English
        return Decimal(token.replace(",", ""))
    if re.search(_GS, token):  # French grouping: the locale's group is U+202F, typists use any space
        token = re.sub(_GS, "\u202f", token)
        locales: tuple[str, ...] = ("fr",)
    elif lang == "en" and _INDIAN_GROUPS.fullmatch(token):
        # "Rs 10,00,000": lakhs and crores grouped by twos, as India writes them
        return Decimal(token.replace(",", ""))
    elif lang == "en" and _MISTYPED_GROUP.fullmatch(token):
        return None  # "1,1000 people": a slip in the grouping (1,100? 11,000?), not the French decimal 1.1
    else:
        locales = ("fr", "en") if lang == "fr" else ("en", "fr")
    for locale in locales:
        value = _parse_in(token, locale)
        if value is not None:
            return value
    return None


#: The group and decimal symbols of Babel's ``en`` and ``fr`` locales (a test checks them against Babel's).
LOCALE_SYMBOLS = {"en": (",", "."), "fr": ("\u202f", ",")}
#: A number grouped by threes as Babel formats it in each locale, with any decimal part.
_WELL_GROUPED = {
    locale: re.compile(rf"[1-9][0-9]{{0,2}}(?:{re.escape(group)}[0-9]{{3}})+(?:{re.escape(point)}[0-9]+)?")
    for locale, (group, point) in LOCALE_SYMBOLS.items()
}


def _parse_in(token: str, locale: str) -> Decimal | None:
    """What Babel's ``parse_decimal(token, locale, strict=True)`` gives, None where it raises.

    Babel removes the group symbol and reads the decimal mark as a point; a number holding the group symbol
    must then be written as Babel formats its value (trailing zeros after the decimal mark allowed), which
    for a token of the tokenizer means grouped by threes from a first digit other than 0. Loading Babel's
    locale data cost the first figure of each process 30 to 40 ms (the first search for a figure paid it);
    the tests compare this with Babel on thousands of numbers."""
    group, point = LOCALE_SYMBOLS[locale]
    if group in token and not _WELL_GROUPED[locale].fullmatch(token):
        return None
    try:
        return Decimal(token.replace(group, "").replace(point, "."))
    except InvalidOperation:
        return None


# --- spans claimed before the tokenizer runs -------------------------------------------------------------


@cache
def _date_patterns(langs: tuple[str, ...]) -> list[_Scanner]:
    """The date patterns, each with where it may start and its hint (see :class:`_Scanner`): the digit-first
    ones cannot start inside a word and need a month or separators right after the digits, the month-first
    ones open with literals already."""
    day = r"(?P<d>1er|[0-9]{1,2})(?:st|nd|rd|th|er)?"
    day_hint = rf"[0-9](?:er)?(?:st|nd|rd|th|er)?{_H}+"
    year = r"(?P<y>(?:19|20)[0-9]{2})(?![0-9])"
    scanners = [
        _Scanner(
            re.compile(r"(?<![\w-])(?P<y>(?:19|20)[0-9]{2})-(?P<m>[01][0-9])-(?P<d>[0-3][0-9])(?![0-9])"),
            _DIGIT_STARTS,
            re.compile(r"(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]"),
            anchors=("-",),
            anchor_offset=4,
            digit_starts="",
        ),
        _Scanner(
            re.compile(rf"(?<![\w/.])(?P<d>[0-3]?[0-9])[/.](?P<m>[01]?[0-9])[/.]{year}"),
            _DIGIT_STARTS,
            re.compile(r"[0-9][/.][01]?[0-9][/.](?:19|20)[0-9]{2}"),
            anchors=("/", "."),
            anchor_offset=1,
            digit_starts="",
        ),
    ]

    def day_first(of: str, month: str, hint_months: str, comma: str, **fields: Any) -> _Scanner:
        """ "3 May 2024", "3rd of May, 2024", "1er mai 2024": the hint needs the month right after the day."""
        return _Scanner(
            re.compile(rf"(?<![\w.,]){day}{_H}+{of}{month}(?:{comma}{_H}+{year})?"),
            _DIGIT_STARTS,
            re.compile(f"{day_hint}{of}{hint_months}"),
            hint_ends=(1,),  # the day's last digit
            digit_starts="",
            **fields,
        )

    if "en" in langs:
        months = _alt(t.MONTHS_EN)
        month = rf"(?P<m>{months})(?:(?<=\.)|(?![\w]))"  # "Feb.15": an abbreviation's dot ends the month
        # The months as written open with a capital "J", "F", "M", "A", "S", "O", "N" or "D", which few
        # characters of a text are: found with `str` searches, once for both scans (a scan of each pattern
        # cost three times as much).
        capitals = tuple(sorted({m[0] for m in t.MONTHS_EN}))
        scanners += [
            day_first(f"(?:of{_H}+)?", month, months, ",?"),
            _Scanner(
                # "Feb. 15", and "Feb.15" as some papers print it
                re.compile(rf"{month}(?:{_H}+|(?<=\.)){day}(?![0-9])(?:,?{_H}+{year})?"),
                capitals,
                starts_cased=True,
            ),
            _Scanner(re.compile(rf"{month}{_H}+{year}"), capitals, starts_cased=True),
        ]
        # a release's dateline in capitals: "PORT-AU-PRINCE/PANAMA/NEW YORK, 18 DECEMBER 2022", "2 FEB - France
        # saw" (its year left out, a dash or a comma after it)
        upper = _alt([*(m.upper() for m in t.MONTHS_EN if m.isalpha()), "MAR", "SEP"])
        scanners.append(
            _Scanner(
                re.compile(rf"(?<![\w.,]){day}{_H}+(?P<m>{upper})(?:{_H}+{year}|(?={_H}*[-–—,]))"),
                _DIGIT_STARTS,
                re.compile(f"{day_hint}{upper}"),
                hint_ends=(1,),
                digit_starts="",
            )
        )
    if "fr" in langs:
        mois = rf"(?P<m>{_alt(t.MONTHS_FR, 'i')})(?![\w])"
        lowered_mois = [m.lower() for m in t.MONTHS_FR]
        scanners += [
            day_first("", mois, _alt(lowered_mois), "", hint_lowered=True),
            _Scanner(
                re.compile(rf"(?<!\w){mois}{_H}+{year}"),
                _prefix_free(lowered_mois),
                words_before_year=tuple(lowered_mois),
            ),
        ]
    return scanners


_SPAN_RANGE_NOT_A_TIME = (
    rf"(?!(?:(?<=[0-9]{_H})|(?<=(?i:deux|cinq|sept|huit|neuf|onze){_H})|(?<=(?i:six|dix){_H})"
    rf"|(?<=(?i:trois|douze){_H})|(?<=(?i:quatre){_H}))à"
    rf"{_H}+[0-9]{{1,2}}{_H}+heures?{_H}+(?i:après|plus{_H}+tard|avant))"
)
_TIME_WORDS = ("à", "vers", "dès", "at", "by", "until", "jusqu'à", "jusqu’à", "à partir de", "à partir d’")
_TIME_RE = compile_lazily(
    # a time of day, or a split in minutes and seconds ("la seconde moitié (59:47)"): no count either way
    r"(?<![\w.:])[0-5]?[0-9]:[0-5][0-9](?::[0-5][0-9])?(?:" + _H + r"?[ap]\.?m\.?(?![\w]))?"
    # "around 11: 30 a.m.": a space typed after the colon
    r"|(?<![\w.:])[0-2]?[0-9]:" + _H + r"[0-5][0-9]" + _H + r"?[ap]\.?m\.?(?![\w])"
    r"|(?<![\w.])[0-2]?[0-9]" + _H + r"?h" + _H + r"?[0-5][0-9](?![0-9])"
    r"|(?<![\w])"
    # not "survient six à 24 heures après l'ingestion", "de 6 à 12 heures plus tard": a range of spans, its first
    # bound bare
    + _SPAN_RANGE_NOT_A_TIME
    + r"(?i:"
    + "|".join(_TIME_WORDS)
    + ")"
    + _H
    + r"+[0-2]?[0-9]"
    + _H
    + r"?h(?:eures?)?(?:"
    + _H
    + r"?[0-5][0-9])?(?![\w])"
    # "raccourcie à 11 heures et 23 minutes": a span of hours and minutes, no time of day
    # "un vol de 2 heures 51 minutes et 40 secondes": a span too
    + rf"(?!{_H}+(?:et{_H}+)?[0-5]?[0-9]{_H}+minutes?(?![\w])|{_H}*minutes?(?![\w]))"
    r"|(?<![\w.])[01]?[0-9]"
    + _H
    + r"?(?i:a\.m\.?|p\.m\.?|am|pm|o'clock|o’clock)(?![\w])"
    # "between 1-2 am", "between 2 and 7 a.m.", "from 4 to 6 p.m.": the first hour of a range of hours of the day
    + rf"|(?<![\w.])[01]?[0-9](?=(?:{_H}*[-–]{_H}*|{_H}+(?i:and|to|until|till){_H}+)[01]?[0-9](?::[0-5][0-9])?"
    + rf"{_H}?(?i:a\.m\.?|p\.m\.?|am|pm)(?![\w]))"
    # "between 12 noon and 3pm", "à 12 midi"
    + rf"|(?<![\w.])12{_H}+(?i:noon|midnight|midi|minuit)(?![\w])"
    r"|(?<![\w.:])[01]?[0-9]\.[0-5][0-9]"
    + _H
    + r"?(?i:a\.m\.|p\.m\.|am|pm)(?![\w])"  # "at 4.10 am"
    # "the searches began at 5.00 in the morning": a time with a point after "at", the part of the day in words
    + rf"|(?<![\w])(?i:at|from|until|by){_H}+[0-2]?[0-9]\.[0-5][0-9]"
    + rf"(?={_H}+(?i:in|this){_H}+(?:the{_H}+)?(?i:morning|afternoon|evening|night)(?![\w]))"
    # "The crash happened at around 19.45 in Mestre", "reached the scene at about 21.30 yesterday": an afternoon
    # or evening hour on the 24-hour clock with a point, before where it happened, its time zone or its day
    + rf"|(?<![\w])(?i:at|from|until|by)(?:{_H}+(?i:around|about))?{_H}+(?:1[3-9]|2[0-3])\.[0-5][0-9]"
    + rf"(?={_H}+(?:in|local|GMT|UTC|BST|CET|yesterday|today|tonight|last{_H}+night)(?![\w]))"
    # ... or on the hour before its weekday ("at 22.00 on Sunday"; "closed at 19.45 on Friday" may be a price)
    + rf"|(?<![\w])(?i:at|from|until|by)(?:{_H}+(?i:around|about))?{_H}+(?:1[3-9]|2[0-3])\.00"
    + rf"(?={_H}+on{_H}+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\w]))"
)
#: What every time of day above and every clock time of :data:`_CLOCK_RE` has: a digit, then (maybe after a
#: space) minutes after ":", "h" not followed by a letter but "e" ("9h", "9h30", "9 heures", not "9 hospitals"),
#: "am"/"pm" or "o'clock". Most texts have none, and looking for this first spares them both scans.
_TIME_HINT_RE = compile_lazily(
    r"[0-9]" + _H + r"?(?::[0-5][0-9]|h(?![^\W\d_e]|_)|(?i:[ap]\.?m|o['’]clock))"
    rf"|[0-9]\.[0-5][0-9]{_H}+(?i:in{_H}|this{_H}|yesterday|today|tonight|last{_H}+night|on{_H}+[A-Z][a-z]+day)"
)


def _holds_time(text: str, runs: list[tuple[int, int]] | None) -> bool:
    """Whether :data:`_TIME_HINT_RE` matches in ``text``, whose runs of digits are ``runs`` (if found): its
    digit is a run's last."""
    if runs is None:
        return _TIME_HINT_RE.search(text) is not None
    return any(_TIME_HINT_RE.match(text, end - 1) is not None for _, end in runs)


_PHONE_RE = compile_lazily(
    r"(?<![\w+])(?:\+[0-9]{1,3}(?:[ .\u00a0-]?\(0\))?(?:[ .\u00a0-]?[0-9]{1,4}){3,}"
    # a free number's five-digit prefix too: "08000 99 66 33"
    r"|0[1-9](?:[ .-][0-9]{2}){4}|0[0-9]{1,4}(?:[ .-][0-9]{2,4}){2,}"
    # a trunk prefix and the number in one run: "0800 941971"
    r"|0[0-9]{3}[ .-][0-9]{6,7}"
    r"|(?:1[-\u2010\u2011 .])?\(?[0-9]{3}\)?[ .\-\u2010\u2011][0-9]{3}[-\u2010\u2011][0-9]{4})"
    r"(?![\w])"
)
#: Where a time of day or a phone number may start (see _scan): each alternative opens at a run of digits,
#: at a word (the first word of a time word) or at "+" or "(".
_TIME_STARTS = compile_lazily(f"{_DIGIT_RUN}|{_literals(_first_word(w) for w in _TIME_WORDS)}")
_PHONE_STARTS = compile_lazily(rf"{_DIGIT_RUN}|\+|\(")
_NOT_FIGURE_STARTS = compile_lazily(rf"{_DIGIT_RUN}|\(")
#: What every phone number has: "+" and a digit, "0" and digits then two groups or then six digits, or "555)
#: 123-4".
_PHONE_HINT_RE = compile_lazily(
    r"[0-9+](?:(?<=\+)[0-9]|(?<=0)[0-9]{1,4}[ .-][0-9]{2,4}[ .-][0-9]|(?<=0)[0-9]{3}[ .-][0-9]{6}"
    r"|(?<=[0-9])[0-9]{2}\)?[ .\-\u2010\u2011][0-9]{3}[-\u2010\u2011][0-9])"
)


@cache
def _second_day_before(langs: tuple[str, ...]) -> re.Pattern[str]:
    """A month and a day, then "and", "to" or a dash: what comes before the second day of a range."""
    months = [*(t.MONTHS_EN if "en" in langs else ()), *(t.MONTHS_FR if "fr" in langs else ())]
    return _ending(
        rf"(?<![\w]){_alt(months, 'i')}\.?{_H}+[0-9]{{1,2}}(?:st|nd|rd|th)?{_H}*,?{_H}*"
        rf"(?:(?i:and|to|through|until)|[-–]){_H}*"
    )


#: "= 0.9268 euros)" after "$1": a wire's exchange-rate note.
_RATE_AFTER_RE = compile_lazily(rf"{_H}*={_H}*(?:[A-Z]{{0,3}}\$|€|£)?{_H}?[0-9]")


def _phone_like(found: str) -> bool:
    """An international number has nine digits or more: "+48 000" or "+1 200 000" is a signed count."""
    return not found.startswith("+") or sum(c.isdigit() for c in found) >= 9


_TIME_SCAN = _Scanner(_TIME_RE, _TIME_STARTS)
#: A phone number's hint starts at a "+", or two to five digits before the end of a run ("0" and one to
#: four digits, or three digits and a separator).
_PHONE_SCAN = _Scanner(
    _PHONE_RE, _PHONE_STARTS, _PHONE_HINT_RE, anchors=("+",), hint_ends=(2, 3, 4, 5), digit_starts="+("
)
# "1." at the start of a line, or inline after a colon or semicolon ("trois étapes : 1. garder ; 2. ...")
_LIST_MARKER_RE = compile_lazily(
    r"(?m)(?:^[ \t]*(?:[-*•–][ \t]*)?|[:;][^\S\n]+)\(?(?P<n>[0-9]{1,3})[.)](?=[ \t])"
)
_LIST_LINE_PREFIX_RE = compile_lazily(r"[ \t]*(?:[-*•–][ \t]*)?")


def _list_markers(text: str) -> list[tuple[int, int]]:
    """The spans of the numbers :data:`_LIST_MARKER_RE` finds ("1. ", "- 2) ", ": 3. "), read back from
    each "." or ")" before a space or a tab over the run of at most three digits before it (``str.find``
    skips to them; that pattern, opening with an alternation of line starts, is tried at every character):
    what comes before the number on its line decides."""
    spans = []
    for mark in ".)":
        end = text.find(mark)
        while end >= 0:
            s = end
            while s > end - 3 and s and "0" <= text[s - 1] <= "9":
                s -= 1
            if s < end and text[end + 1 : end + 2] in (" ", "\t") and _list_marker_line(text, s):
                spans.append((s, end))
            end = text.find(mark, end + 1)
    spans.sort()
    return spans


def _list_marker_line(text: str, s: int) -> bool:
    """Whether the number of one to three digits at ``s`` stands where a list marker's does: after a line's
    opening ("1.", "- 2)") or a colon or semicolon."""
    if s and text[s - 1].isdigit():
        return False  # four digits or more ("2023. ")
    p = s - 1 if text[s - 1 : s] == "(" else s
    line_start = text.rfind("\n", 0, p) + 1
    if not _LIST_LINE_PREFIX_RE.fullmatch(text, line_start, p):
        k = p
        while k > line_start and text[k - 1] != "\n" and text[k - 1].isspace():
            k -= 1
        if k == p or text[k - 1 : k] not in (":", ";"):
            return False
    return True


_CLOCK = rf"[0-2]?[0-9]{_H}?h(?:eures?)?(?:{_H}?[0-5][0-9])?"
_WEEKDAYS_FR = "(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
#: The days of the week, lowercased, in both languages.
_WEEKDAY_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche".split()
)
#: A weekday and its day of the month in brackets: "this Friday (9)", "ce vendredi (9)" (English names
#: capitalised, French ones lowercase, as each language writes them).
_WEEKDAY_DAY_RE = compile_lazily(
    rf"(?:{'|'.join(sorted(d.capitalize() if d.endswith('day') else d for d in _WEEKDAY_NAMES))})"
    r"[ \u00a0]?\([0-3]?[0-9]\)"
)
#: Number spans that are never figures, claimed like dates: fiscal years ("2023-24"), clock times the
#: time-of-day pattern leaves ("entre 13 h et 17 h", "avant 20 heures", "10 heures ce matin", "2211 GMT"),
#: the first day of a day range ("May 27-29", "du 23 au 24 juin", "20 and 21 January"), score lines
#: ("(2-0)"), street numbers and postcodes.
_CLOCK_WORDS = ("entre", "de", "avant", "après", "dès", "vers")
#: Nouns a span of hours follows with "de" ("une panne de 17 heures", "une grève de 24 heures"): not a time of
#: day.
_SPAN_NOUNS = (
    "panne", "grève", "attente", "retard", "coupure", "trajet", "délai", "durée", "garde à vue",
    "interruption", "fermeture", "débrayage", "voyage", "blackout",
    # a span's hedge: "près de 12 heures", "plus de 10 heures", "moins de 2 heures" (a time of day is
    # "vers 12 heures")
    "près", "plus", "moins",
)  # fmt: skip
#: The same, as fixed-width look-behinds before the "de" ...
_SPAN_NOUNS_BEHIND = "".join(
    f"(?<!{form} )"
    for noun in _SPAN_NOUNS
    for form in (noun, noun.capitalize())  # "Moins de 24 heures plus tard"
)
#: ... and before the hours after it: "une grève de 24 heures jeudi" is a span on that day.
_SPAN_OF_BEHIND = "".join(f"(?<!{noun} de )" for noun in _SPAN_NOUNS)
#: "Il était (presque) 15 heures", "Il est 8 h 30": the hour it is or was, as fixed-width look-behinds.
_IT_WAS_BEHIND = "|".join(
    f"(?<={i}l {verb} {hedge})"
    for i in "Ii"
    for verb in ("était", "est")
    for hedge in ("", "presque ", "environ ", "près de ", "déjà ", "à peine ", "exactement ")
)
#: A day of a month right before the hour said after it ("du mercredi 24 janvier 14 heures jusqu'au lundi 29
#: janvier 18 heures"), as fixed-width look-behinds, with or without the year.
_DATE_BEHIND = "|".join(
    f"(?<=[0-9]{_H}{month}{_H}{year})"
    for month in t.MONTHS_FR
    if not month.endswith(".") and " " not in month
    for year in ("", f"[0-9]{{4}}{_H}", f"[0-9]{{4}}{_H}à{_H}", f"à{_H}")
)
#: French clock times the time-of-day pattern leaves; tried only in a text with a time hint.
_CLOCK_RE = compile_lazily(
    # (not "une grève nationale de 24 heures": no day's clock starts at 24, a span)
    rf"(?<![\w]){_SPAN_NOUNS_BEHIND}(?!(?i:de){_H}+24(?![0-9]))"
    rf"(?i:{'|'.join(_CLOCK_WORDS)}){_H}+{_CLOCK}(?:{_H}+(?i:et|à){_H}+{_CLOCK})?(?![\w])"
    # "de 15 heures et 40 minutes": a span of hours and minutes, no time of day
    # "un vol de 2 heures 51 minutes et 40 secondes", "un chrono de 2 heures et 35 secondes": a span too
    rf"(?!{_H}+(?:et{_H}+)?[0-5]?[0-9]{_H}+(?:minutes?|secondes?)(?![\w])|{_H}*minutes?(?![\w]))"
    # "après 10 heures de délibéré", "après 12 heures d'attente": hours of something, a span
    rf"(?!{_H}+(?:de{_H}+(?!l['’]|la{_H}|du{_H})|d['’](?!ici))[a-zàâçéèêîôû])"
    # "entre 3 et 4h du matin": two hours of a day, the first without its "h"
    rf"|(?<![\w])(?i:entre){_H}+[0-2]?[0-9]{_H}+(?i:et|à){_H}+{_CLOCK}{_H}+(?=(?i:du{_H}+matin|du{_H}+soir|de{_H}+l['’]après-midi))"
    # "(21 heures 30 GMT samedi)": the minutes of a time in another zone
    rf"|(?<![\w.])[0-2]?[0-9]{_H}?h(?:eures?)?{_H}?[0-5][0-9]{_H}+(?:GMT|UTC)(?![\w])"
    rf"|(?<![\w.]){_SPAN_OF_BEHIND}[0-2]?[0-9]{_H}?h(?:eures?)?{_H}+(?:ce{_H}+(?:{_WEEKDAYS_FR}{_H}+)?(?:matin|soir)|du{_H}+matin|du{_H}+soir|"
    # "d'ici 18 heures aujourd'hui": the hour of today
    rf"cet{_H}+après-midi|de{_H}+l['’]après-midi|aujourd['’]hui|heure{_H}+locale|heures{_H}+locales|GMT|UTC"
    # "(19 heures heure GMT)"
    rf"|heure{_H}+(?:GMT|UTC|de{_H}+Paris)"
    # "(6 heures à Paris)": the hour in another city's time, after the local one
    rf"|à{_H}+(?:Paris|Montréal|Genève|Bruxelles|Ottawa|Québec)(?={_H}*\))"
    # "jusqu'à 9h (15h en France)": the hour in another country's time
    rf"|(?:en|au){_H}+(?:France|Belgique|Suisse|Europe|Québec|Afrique{_H}+de{_H}+l['’]Ouest)(?={_H}*\))"
    # "depuis environ 18 h vendredi": the hour of a day named after it
    rf"|{_WEEKDAYS_FR}(?![\w])"
    # "(22 heures jeudi, heure française)": a time given in another zone
    rf"|(?:{_WEEKDAYS_FR}{_H}*,?{_H}*)?heures?{_H}+(?:française|belge|suisse|québécoise|de{_H}+Paris|de{_H}+Montréal"
    rf"|de{_H}+Bruxelles|de{_H}+Genève|de{_H}+l['’]Est))"
    # "au « 20 heures » de TF1": a channel's evening news, named by its hour
    rf"|(?:(?<=(?:au|du|le)[ \u00a0]«)|(?<=(?:au|du|le)[ \u00a0]«[ \u00a0\u202f]))(?:13|20){_H}?(?:heures|h)(?={_H}?»)"
    # "Invité du 20 heures de France 2", "au journal de 20 heures de France 2": the same, unquoted
    rf"|(?<=(?:au|du|le)[ \u00a0])(?:13|20){_H}?(?:heures|h){_H}+(?=de{_H}+(?:France|TF1|M6|RTL|RTS|la{_H}+RTS|RTBF"
    rf"|LCI|BFM|TVA|Radio-Canada|TV5)(?![\w]))"
    rf"|(?:(?<=journal[ \u00a0]de[ \u00a0])|(?<=JT[ \u00a0]de[ \u00a0])|(?<=édition[ \u00a0]de[ \u00a0]))(?:13|20){_H}?(?:heures|h)(?![\w])"
    # "à 3 h, heure des Rocheuses (5 h, heure de l'Est)": a time, then its zone after a comma
    rf"|(?<![\w.])[0-2]?[0-9]{_H}?h(?:eures?)?{_H}*,{_H}*heure{_H}+(?:de{_H}+l['’]Est|des{_H}+Rocheuses|du{_H}+Pacifique"
    rf"|du{_H}+Centre|de{_H}+l['’]Atlantique|de{_H}+Paris|de{_H}+Montréal|française|locale)"
    # "Il était presque 15 heures quand la déflagration ...": the hour it was
    rf"|(?:{_IT_WAS_BEHIND})[0-2]?[0-9]{_H}?h(?:eures?)?(?:{_H}?[0-5][0-9])?(?![\w])"
    # the hour of a day of a month: "du mercredi 24 janvier 14 heures jusqu'au lundi 29 janvier 18 heures"
    rf"|(?:{_DATE_BEHIND}){_CLOCK}(?![\w])(?!{_H}+(?:de|d['’]|durant|par|sur)(?![\w]))"
    # a timeline's entry, a time at the start of a line before a colon or a dash: "20h : plusieurs coups de feu"
    rf"|(?<![^\n])(?:[01]?[0-9]|2[0-3]){_H}?h(?:[0-5][0-9])?{_H}*[:–—-](?![0-9])"
)
_CLOCK_STARTS = compile_lazily(rf"{_DIGIT_RUN}|{'|'.join(_CLOCK_WORDS)}")
_CLOCK_SCAN = _Scanner(_CLOCK_RE, _CLOCK_STARTS)
#: A time of day written with a dot, as British papers write it, after a word of when: "in an update posted at
#: 14.15", "flights were cancelled up to at least 16.00 today" (not "$14.15", "at 14.15%", "at 3.25 euros").
_DOTTED_TIME_BEFORE = compile_lazily(
    # (not a price: "The shares closed at 19.45.")
    r"(?<!closed )(?<!opened )(?<!ended )(?<!traded )(?<!trading )(?<!stood )(?<!priced )(?<!sold )"
    rf"(?<![\w])(?i:at|until|till|by|before|after|up{_H}+to)(?:{_H}+(?i:at{_H}+)?(?i:least|about|around))?{_H}+$"
)
_DOTTED_TIME_AFTER = compile_lazily(
    rf"[,;:)!?]|\.(?![0-9])|$|{_H}+(?i:a\.?m\.?|p\.?m\.?|GMT|BST|UTC|CET|local|today|tonight|when|and|or|hrs?)(?![\w])"
)


#: A three-digit service number ending in 11: "she had placed two calls at 911", "511, by phone or online, is the
#: best place", "composer le 811".
_SERVICE_NUMBER_RE = compile_lazily(r"(?<![\w$€£.,])[2-9]11(?![\w%]|[.,][0-9])")
_CALLING_RE = compile_lazily(
    r"(?i:\bcall|\bdial|phone|hotline|\bline\b|appel|composer|numéro|téléphon|emergency|urgence|by\s+text|online)"
)


def _service_numbers(text: str) -> list[tuple[int, int]]:
    """The spans of the service numbers a text names near a word of calling: "calls at 911", "511, by phone"."""
    return [
        m.span()
        for m in _SERVICE_NUMBER_RE.finditer(text)
        if _CALLING_RE.search(text, max(0, m.start() - 32), min(len(text), m.end() + 32)) is not None
    ]


def _dotted_times(text: str, runs: list[tuple[int, int]] | None) -> list[tuple[int, int]]:
    """The spans of the times of day written with a dot after a word of when, as British papers write them:
    "in an update posted at 14.15", "flights were cancelled up to at least 16.00 today" (not "$14.15", "at
    14.15%", "at 3.25 euros", nor a price: "The shares closed at 19.45.")."""
    if runs is None:
        runs = [m.span() for m in _DIGITS_RE.finditer(text)]
    found = []
    for (s, e), (s2, e2) in itertools.pairwise(runs):
        if (
            s2 == e + 1
            and e2 - s2 == 2
            and e - s <= 2
            and text[e] == "."
            and int(text[s:e]) <= 23
            and text[s2] <= "5"
            and (s == 0 or text[s - 1] in " \u00a0")
            and _DOTTED_TIME_AFTER.match(text, e2) is not None
            and _DOTTED_TIME_BEFORE.search(text, max(0, s - 40), s) is not None
        ):
            found.append((s, e2))
    return found


#: What follows a street number: "12 rue", "4 bis, avenue", "221 Baker Street".
_STREET = (
    rf"(?:{_H}?(?:bis|ter))?,?{_H}+(?:rue|avenue|av\.|boulevard|bd|allée|chemin|impasse|"
    r"quai|place|route|rang|montée|promenade|Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|"
    r"Place|Way|Court|Crescent|Terrace)"
)
_NAMED_STREET = (
    rf"(?:{_H}+[NSEW]\.)?(?:{_H}+[A-Z][\w'’-]*){{1,3}}{_H}+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Dr\.|Way"
    r"|Crescent|Cres\.|Court|Ct\.|Parkway|Pkwy|Highway|Hwy|Circle|Square)"
)
#: Time zones after a time of day in 24-hour form without a colon ("1339 IST", "2211 GMT").
_TIME_ZONES = (
    "GMT|UTC|Z|IST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|WET|WEST|MSK|JST|KST|HKT|SGT|AEST"
    "|AEDT|ACST|AWST|NZST|NZDT|PKT|WIB|HNE|HAE|HAEC|ET|PT"
)
#: Right before a time of day in 24-hour form before "hrs" or "heures" ("à 1500 heures", "at 1930 hrs"),
#: as look-behinds of fixed width: without one, "1200 heures de vol" is a duration.
_AT_TIME = "|".join(f"(?<=(?<![\\w]){w} )" for w in ("à", "at", "vers", "by", "from", "until", "dès"))
#: Right before a match's score line: the verb of the result or the word for it, as fixed-width look-behinds.
_AFTER_RESULT = "|".join(
    f"(?<=(?<![\\w]){w} )"
    for w in (
        "won", "lost", "beat", "drew", "defeated", "edged", "thrashed", "victory", "win", "defeat", "draw",
        "battu", "perdu", "gagné", "imposé", "impose", "victoire", "défaite", "nul", "score", "winning",
        "imposés", "imposée", "imposées", "emporté",
    )
)  # fmt: skip
#: Right before a vote's tally, as fixed-width look-behinds: "voted by 5 to 4", "split 7-2", "by a vote of 6-3",
#: "une décision majoritaire à 8-1".
_AFTER_VOTE = "|".join(
    f"(?<=(?<![\\w]){w} )"
    for w in (
        "voted by",
        "voted",
        "vote of",
        "split",
        "splitting",
        "majority of",
        "majoritaire à",
        "partagée à",
    )
)
#: Right before a game's points: who led, as fixed-width look-behinds ("elle menait 40-0").
_AFTER_LEAD = "|".join(
    f"(?<=(?<![\\w]){w} )"
    for w in ("menait", "mène", "mener", "led", "leads", "leading", "lead", "manche", "set")
)
#: Not followed by a scale, a currency or a per cent sign: a number before one is an amount or a rate.
_NO_AMOUNT_AFTER = (
    rf"(?!{_H}*(?:%|\$|€|£|(?i:millions?|milliards?|billions?|bn|thousands?|dollars?|euros?|livres|pounds?"
    rf"|francs|per{_H}*cent|pour{_H}*cent|percent)(?![\w])))"
)
_NOT_FIGURE_RE = compile_lazily(
    r"(?<![\w.,-])(?:1[89]|20)[0-9]{2}[-–/](?:(?:1[89]|20)[0-9]{2}|[0-9]{2})(?![\w])"
    rf"|(?<![\w.:])(?:[01][0-9]|2[0-3])[0-5][0-9]{_H}?(?:{_TIME_ZONES})(?![\w])"
    # "à 1500 heures", "at 1930 hrs": a time of day in 24-hour form after a word for "at"
    rf"|(?:{_AT_TIME})(?:[01][0-9]|2[0-3])[0-5][0-9]{_H}?(?:hrs|heures)(?![\w])"
    rf"|\({_H}*[0-9]{{1,3}}{_H}*(?:[-–]|à|to){_H}*[0-9]{{1,3}}{_H}*\)"
    # a match's score line after a verb of the result ("lost 3-2 to", "s'est imposé 2-1") or before a word for
    # it ("a 3-0 win", "une victoire 2-1" is after it)
    # (not "a perdu 12 à 14 millions de dollars": a range of what was lost, with its scale or currency after)
    rf"|(?:{_AFTER_RESULT})[0-9]{{1,3}}(?:[-–]|{_H}+à{_H}+)[0-9]{{1,3}}(?![\w]){_NO_AMOUNT_AFTER}"
    # a score line in goals: "battus 3 buts à 2", "won by 4 goals to 1"
    rf"|(?<![\w.,])[0-9]{{1,2}}{_H}+(?i:buts?|goals?){_H}+(?:à|to){_H}+[0-9]{{1,2}}(?![\w])"
    # a court's or a board's tally ("voted by 5 to 4", "split 7-2", "a 6-3 decision"); not a legislature's,
    # whose tallies are the vote's counts ("a 311-112 vote", "voted 70-29": "par 311 voix contre 112")
    rf"|(?:{_AFTER_VOTE})1?[0-9](?:[-–]|{_H}+to{_H}+)1?[0-9](?![\w])"
    rf"|(?<![\w.,])1?[0-9][-–]1?[0-9](?={_H}+(?i:vote|decision|ruling|verdict|along{_H}+party{_H}+lines)(?![\w]))"
    # a shoot-out's score: "(4-2 in the shootout after a 3-3 draw", "4-2 on penalties", "4-2 aux tirs au but"
    rf"|(?<![\w.,])[0-9]{{1,2}}[-–][0-9]{{1,2}}(?={_H}+(?i:in{_H}+the{_H}+shoot-?out|on{_H}+penalties"
    rf"|aux{_H}+tirs{_H}+au{_H}+but)(?![\w]))"
    # ... with a competition's name between: "a 2-0 World Cup defeat"
    rf"|(?<![\w.,])[0-9]{{1,3}}[-–][0-9]{{1,3}}(?={_H}+(?:(?i:overtime|extra-time|shootout|road|comeback){_H}+)?"
    # ... or a stage of it: "their 2-0 group-stage victory", "a 3-1 first-leg win"
    rf"(?:[a-z]+-[a-z]+{_H}+)?(?:[A-Z][\w'’-]*{_H}+){{0,3}}"
    rf"(?i:win|victory|defeat|loss|draw|lead|(?:home|away){_H}+(?:win|victory|defeat|loss|draw)"
    rf"|victoire|défaite|succès|revers)(?![\w]))"
    # a tennis match's sets ("6-4, 6-3", "7-6 6-2") and a game's points after who led ("menait 40-0")
    rf"|(?<![\w.,])[0-7][-–/][0-7](?:(?:,|{_H})+[0-7][-–/][0-7])+(?![\w%]|[.,][0-9])"
    rf"|(?:{_AFTER_LEAD})(?:[0-7]|15|30|40)[-–](?:[0-7]|15|30|40)(?![\w%]|[.,][0-9])"
    rf"|(?<![\w.,])[0-9]{{1,4}}{_STREET}(?![\w])"
    # street numbers listed before the street's word: "au 63 et au 65 rue d'Aubagne", "Nos 12, 14 and 16 Rue"
    rf"|(?<![\w.,])[0-9]{{1,4}}(?=(?:{_H}*(?:,|et|and|&){_H}*(?:au{_H}+|aux{_H}+)?[0-9]{{1,4}})+{_STREET}(?![\w]))"
    # "221 Baker Street", "1 Niagara St.": a number, a street's name, then the word for a street
    rf"|(?<![\w.,])[0-9]{{1,5}}{_NAMED_STREET}(?![\w])"
    # the number of a French code's article after its letter, without the word "article" ("et R.226-4")
    rf"|(?:(?<=(?<![\w.])[LRD]\.)|(?<=(?<![\w.])[LRD]\.{_H}))[0-9]+(?:-[0-9]+)+(?![\w])"
    # a phone number or an identifier written as one run of ten or eleven digits ("18005550199")
    r"|(?<![\w.,])[0-9]{10,11}(?![\w,]|\.[0-9])"
    # a player's shirt number: "He wore the '7' shirt", "the No. 10 jersey"
    rf"|(?:(?<=['‘’\"“])|(?<=No\.{_H}))[0-9]{{1,2}}(?=['’\"”]?{_H}+(?i:shirt|jersey)(?![\w]))"
    # a toll-free prefix: "a national 1-800 line", "call 1-888"
    r"|(?<![\w.,-])1[-–]8(?:00|33|44|55|66|77|88)(?![\w])"
    rf"|(?:^|(?<=,{_H})|(?<=\n))[0-9]{{5}}{_H}+[A-Z][\w'’-]+(?:{_H}+(?i:cedex))?"
)


#: Durations counted in periods of months: a half-year, a quarter.
_MONTHS_IN = {"semesters": 6, "quarters": 3}
#: ... and in years: a decade, a century.
_YEARS_IN = {"decades": 10, "centuries": 100}
#: News outlets whose names hold a number: "the 24 Heures newspaper", "selon 20 Minutes", "France 24".
_MEDIA_RE = compile_lazily(
    rf"(?<![\w])(?:24{_H}Heures|20{_H}Minut(?:es|en)|France{_H}(?:2|3|4|5|24)|Europe{_H}1)(?![\w-])"
)
#: A road's number: "la route nationale 1 (R.N.1)", "la RN 7", "Highway 401", "Hwy. 401", "Route 66"; a
#: metro line's, as "line 14" is: "the extension of metro 14", "le métro 14".
_ROAD_RE = compile_lazily(
    rf"(?<![\w])(?:(?i:(?:route{_H}+)?(?:nationale|départementale)|autoroute|highway|hwy\.?|interstate|route"
    rf"|m[ée]tro){_H}+"
    rf"|R\.N\.{_H}?|R\.D\.{_H}?|RN{_H}|RD{_H})[0-9]{{1,4}}(?![\w]|[.,][0-9])"
    # a list of roads after the first: "Highway 101, 102, 103, 107, 111 and 118"
    rf"(?:(?:,{_H}*|{_H}+(?i:and|or|et|ou){_H}+)[0-9]{{1,4}}(?=[,;:.)]|$|{_H}+(?i:and|or|et|ou){_H}+[0-9]))*"
    # a share said right after the noun "route" ("the eastern route 16 per cent") is no road's number
    rf"(?!{_H}*(?:%|(?i:per{_H}?cent|percent|pour{_H}?cent)))"
)
#: A household's size: "a family of four", "pour une famille de quatre (personnes)". Its number is who the
#: family is, the sum it spends or earns is the figure ("la famille de quatre victimes" counts victims).
_FAMILY_SIZE_RE = compile_lazily(
    rf"(?<![\w])(?i:(?:a|per|une|par){_H}+(?:family{_H}+of|famille{_H}+de)){_H}+"
    rf"(?P<n>[2-9]|1[0-2]|(?i:two|three|four|five|six|seven|eight|nine|ten"
    rf"|deux|trois|quatre|cinq|six|sept|huit|neuf|dix))(?![\w]|[.,][0-9])"
)
#: What a lowercased text holds when :data:`_ROAD_RE` may match in it (besides "R.N." and "RN ").
_ROAD_HINTS = (
    "nationale",
    "départementale",
    "autoroute",
    "highway",
    "hwy",
    "interstate",
    "route ",
    "metro ",
    "métro ",
)
#: What a lowercased text holds when :data:`_MEDIA_RE` may match in it.
_MEDIA_HINTS = (
    "24 heures",
    "20 minutes",
    "20 minuten",
    "france 2",
    "france 3",
    "france 4",
    "france 5",
    "europe 1",
)
#: One article's number: "L.34-5", "46(1)", "6(1)(f)".
_LAW_NUMBER = rf"(?:[LRDA]\.?{_H}?)?[0-9]+(?:[-.][0-9]+)*(?:\([0-9a-z]{{1,3}}\))*"
#: References to an article of a law or code (or a list of them: "articles 6, 12, 15 et 17"): "article
#: L.34-5", "l'article 46(1)", "Art. 6(1)(f)", and a French code's article anywhere ("L.34-5", "R. 226-3"):
#: numbers of a text, not quantities.
#: ... each perhaps glossed in brackets: "sections 304 (culpable homicide), 308 (attempt) and 114".
_LAW_NUMBER_GLOSSED = rf"{_LAW_NUMBER}(?:{_H}*\([^()\n]{{3,80}}\))?"
_LAW_ARTICLE_RE = compile_lazily(
    # and a contract's clause or a code's sections: "la clause 18.1 du bail", "contrary to ss. 464(a) and 431.2",
    # "registered under sections 304, 308 and 114"
    rf"(?<![\w])(?i:article(?P<lawpl>s)?|art\.|clauses?|ss\.|sections){_H}+{_LAW_NUMBER_GLOSSED}"
    rf"(?:(?:{_H}*,{_H}*{_LAW_NUMBER_GLOSSED})*,?{_H}+(?i:et|and|or|ou|à|to){_H}+{_LAW_NUMBER}"
    # a list with no "and" after "articles" ("articles 2.1, 2.2; prohibited substance", "articles 25, 26 du
    # code"), each number followed by no noun (not "articles 12, 300 people")
    rf"|(?(lawpl)(?:{_H}*,{_H}*{_LAW_NUMBER_GLOSSED}"
    rf"(?![\w]|{_H}*(?!(?i:du|de|des|of|et|and|ou|or)(?![\w]))[^\W\d_]))+|(?!)))?(?![\w])"
)
#: Scanned only in a lowercased text that holds "article", "art.", "clause", "ss." or "sections" (see
#: :meth:`_Extractor.run`).
_LAW_ARTICLE_HINTS = ("article", "art.", "clause", "ss.", "sections")
_LAW_ARTICLE_SCAN = _Scanner(_LAW_ARTICLE_RE, _LAW_ARTICLE_HINTS)

#: A whole day's hours or a whole week's days said of when something runs ("24 hours a day", "24-hour-a-day
#: monitoring", "24 heures sur 24", "7 jours sur 7", "24h/24"): round the clock, no quantity of the story.
_ROUND_THE_CLOCK_RE = compile_lazily(
    r"(?i)(?<![\w.,$€£])(?:24|twenty-four|vingt-quatre)"
    r"(?:[- ]?h(?:ours?|eures?|rs?)?(?:-a-day|\s+a\s+day|\s+par\s+jour|\s+sur\s+24|/24)|\s+sur\s+24)(?![\w])"
    r"|(?<![\w.,$€£])(?:7|seven|sept)"
    r"(?:[- ]?(?:days?|jours?|j)(?:-a-week|\s+a\s+week|\s+par\s+semaine|\s+sur\s+7|/7)|\s+sur\s+7)(?![\w])"
)
#: A match's score line after the verb of the result and the names or the leg between ("beat Real Madrid 5-2",
#: "won the first leg 3-1", "remportée 5-2 par"), or before its aggregate ("8-3 on aggregate", "8-3 en cumulé").
_SCORE_LINE_RE = compile_lazily(
    rf"(?<![\w])(?:beat|beats|won|wins|lost|loses|defeated|thrashed|edged|drew|remporté|remportée|battu|battue"
    rf"|dominé|dominée|étrillé|s['’]impose|s['’]imposent|s['’]est{_H}+imposée?|se{_H}+sont{_H}+imposée?s)"
    # "se sont imposées sans difficulté 5-1", "won comfortably 3-0": how easily, between the verb and the score
    rf"(?:{_H}+(?:the|la|le|les|first|second|leg|match|game|final|tie|manche|aller|retour|sans|difficulté"
    rf"|facilement|largement|nettement|aisément|easily|comfortably|convincingly|[A-Z][\w'’.-]*)){{0,4}}"
    rf"{_H}+(?P<score>[0-9]{{1,2}}[-–][0-9]{{1,2}})(?![\w%]|[.,][0-9])"
    # then no noun ("won 5-10 seats" is a range of seats): a clause's end or a preposition
    rf"(?=[,.;:!?)\n]|$|{_H}+(?i:in|at|on|for|to|against|after|with|and|par|à|au|en|dans|contre|après|avec|et|face)"
    rf"(?![\w]))"
    rf"|(?<![\w.,])(?P<agg>[0-9]{{1,2}}[-–][0-9]{{1,2}})(?={_H}+(?:on{_H}+aggregate|en{_H}+cumulé|au{_H}+cumul)(?![\w]))"
)
#: What a text holding a match of :data:`_SCORE_LINE_RE` holds, lowercased.
_SCORE_LINE_HINTS = ("beat", "won", "win", "lost", "lose", "defeated", "thrashed", "edged", "drew", "remporté",
                     "battu", "dominé", "étrillé", "impose", "imposé", "aggregate", "cumul")  # fmt: skip
#: A place in a ranking, no quantity: "whose ranking peaked at 113", "a world ranking of 45", "classé au 113e
#: rang", "son meilleur classement, 45e".
_RANKING_PLACE_RE = compile_lazily(
    r"(?<![\w])(?i:rankings?|ranked|classement)(?:\s+[^\W\d_]+){0,2}?\s+(?i:at|to|of|at\s+No\.?|au|à|de)\s+"
    # the place closes a clause: not "the ranking of 500 companies", a count of what is ranked
    r"(?P<n>[0-9]{1,4})(?=\s*[,;:)]|\.(?![0-9])|\s*$|\s+(?i:in|on|this|last|after|before|and|with|for|at|among|"
    r"worldwide|en|dans|cette|avant|après|et|avec|pour|sur|parmi)(?![\w]))"
)
#: A lottery draw's numbers, no quantity: "the winning combination was 10, 33, 41, 47, 56, and the Powerball was
#: 10", "les numéros gagnants sont le 5, le 12, le 23, le 31 et le 44, numéro chance 7". Three numbers listed
#: at least, then a bonus ball named after them.
_DRAWN_NUMBERS_RE = compile_lazily(
    r"(?i:winning\s+(?:numbers?|combination|balls?)|numbers\s+drawn|drawn\s+numbers|numéros\s+(?:gagnants|tirés|sortis)"
    r"|combinaison\s+gagnante|boules\s+gagnantes)[^\d.]{0,30}?"
    r"(?P<list>(?:le\s+)?\d{1,2}(?:\s*(?:,|-|–|and|et)\s*(?:le\s+)?\d{1,2}){2,})"
    r"(?:[^\d.]{0,12}(?i:powerball|mega\s+ball|bonus\s+ball|numéro\s+chance|étoiles?)[^\d.]{0,8}\d{1,2}"
    r"(?:\s*(?:,|et|and)\s*\d{1,2})?)?"
)
_DRAWN_NUMBERS_HINTS = ("winning", "numbers drawn", "drawn numbers", "numéros", "gagnante")
#: What every text :data:`_ROUND_THE_CLOCK_RE` matches in holds.
_ROUND_THE_CLOCK_HINTS = (
    "a day",
    "a-day",
    "par jour",
    "sur 24",
    "/24",
    "a week",
    "-a-week",
    "par semaine",
    "sur 7",
    "/7",
)
#: The last word of an Indian train's name ("the 12841 Shalimar-Chennai Central Coromandel Express").
_TRAIN_NAMES = ("Express", "Mail", "Superfast", "Rajdhani", "Shatabdi", "Duronto", "Vande Bharat")
#: A train's five-digit number before its name: a name, no count.
_TRAIN_NUMBER_RE = compile_lazily(
    rf"(?<![\w.,])[0-9]{{5}}(?=(?:[ -][A-Z][\w.]*){{1,6}}[ -](?:{'|'.join(_TRAIN_NAMES)})(?![\w]))"
)
#: A police or military unit named by its number ("Officers from 52 Division", "the 101st Airborne" is an
#: ordinal already): a name, no count.
_UNIT_NAMES = ("Division", "District", "Precinct", "Squadron", "Battalion", "Brigade", "Regiment")
#: What follows a person's age in brackets after the name ("Akimu (35), lying", "Jones (42) told").
_AGE_BRACKET_AFTER = compile_lazily(
    rf"(?:,|{_H}+(?:said|says|told|was|is|who|had|has|as|when|while)(?![\w]))"
)
#: A word that says a place's name follows ("the village of Guillos (50)": its people).
_PLACE_WORD_RE = compile_lazily(
    r"(?i:village|town|city|hamlet|commune|district|province|county|region|island)"
)
#: A person named by a first name and an initial, then one or two ages in brackets: "Mohamed R. (40",
#: "Mario R. (47 and 42": matched up to the age looked at.
_INITIAL_AGES_BEFORE = compile_lazily(
    rf"[A-Z][a-zé]+{_H}+[A-Z]\.{_H}+\((?:[0-9]{{2}}{_H}+(?:and|et){_H}+)?[0-9]{{2}}$"
)
#: The second age of two in brackets after a person's initial: "(47 and 42)".
_AGE_PAIR_AFTER = compile_lazily(rf"{_H}+(?:and|et){_H}+[0-9]{{2}}\)")
#: A number in brackets.
_BRACKETED_NUMBER_RE = compile_lazily(r"\([0-9]+\)")
_UNIT_NAME_RE = compile_lazily(
    # "22 and 23 Division", "22 and 23 Divisions": the first of two units named once, in the plural too
    rf"(?<![\w.,])[0-9]{{1,3}}(?=(?: (?:and|et|&) [0-9]{{1,3}})? (?:{'|'.join(_UNIT_NAMES)})s?\b)"
)
_UNIT_NAME_SCAN = _Scanner(_UNIT_NAME_RE, _DIGIT_STARTS, digit_starts="")


@cache
def _claim_patterns(langs: tuple[str, ...]) -> tuple[_Scanner, re.Pattern[str]]:
    """What :data:`_NOT_FIGURE_RE` claims, and day ranges around a month: the first day before it ("du 23
    au 24 juin", "20 and 21 January"), and two days (group ``pair``, "May 27-29"), a range only when the
    second pattern (a month) ends right before them."""
    months = [*(t.MONTHS_EN if "en" in langs else ()), *(t.MONTHS_FR if "fr" in langs else ())]
    month = _alt(months, "i")
    day = r"[0-9]{1,2}(?:er|st|nd|rd|th)?"
    # "le 27 comme le 28 septembre", "le 3 ou le 4 mai": two days said of one month
    first = (
        rf"(?<![\w.,]){day}{_H}*(?:(?i:et|au|à|and|to|through|comme|ou|or)|[-–]){_H}*(?:le{_H}+)?"
        rf"(?={day}{_H}+{month}(?![\w]))"
    )
    # a list of days before their month: "les 12, 16 et 17 juin", "on 12, 16 and 17 June"
    listed = (
        rf"(?<![\w.,]){day}{_H}*,{_H}*(?=(?:{day}{_H}*,{_H}*)*{day}{_H}*,?{_H}*(?i:et|and){_H}+(?:le{_H}+)?"
        rf"{day}{_H}+{month}(?![\w]))"
    )
    # one pattern for every span claimed at a run of digits or "(" (one scan of the text, not three)
    pattern = re.compile(f"{first}|{listed}|{_NOT_FIGURE_RE.pattern}|(?P<pair>{_DAY_PAIR_RE.pattern})")
    # each from a digit in it: two numbers joined by a dash or slash (fiscal years, scores, day pairs) or by
    # "to" (a vote's "5 to 4"), a time in GMT, a street number, ten digits or more, a postcode, a day and an
    # ordinal suffix before a dash, or a day before a month
    hint = re.compile(
        rf"[0-9](?:{_H}*[-–/]{_H}*[0-9]|{_H}+(?:à|to){_H}+[0-9]{{1,3}}{_H}*\)|{_H}+à{_H}+[0-9]{{1,3}}(?![\w])|{_H}+to{_H}+[0-9]{{1,2}}(?![\w])|(?<=[0-2])[0-9][0-5][0-9]{_H}?(?:[A-Z]{{1,4}}(?![\w])|h)|{_STREET}|{_NAMED_STREET}|[0-9]{{9}}|[0-9]{{4}}{_H}+[A-Z]"
        rf"|(?:st|nd|rd|th)[-–][0-9]|(?:er|st|nd|rd|th)?{_H}+{month}|{_H}+(?i:buts?|goals?){_H}+(?:à|to){_H}+[0-9]"
        rf"|['’\"”]?{_H}+(?i:shirt|jersey)(?![\w]))"
    )
    # the hint's digit is a run's last, or the first of four or five before its end ("2211 GMT", "75001 Paris")
    # or of ten ("18005550199")
    scanner = _Scanner(pattern, _NOT_FIGURE_STARTS, hint, hint_ends=(1, 4, 5, 10), digit_starts="(")
    return scanner, _ending(rf"(?<![\w]){month}{_H}+")


#: The years a statistic is averaged over: "falls short of the 10-year average of $202 billion", "above the
#: five-year average": how the average is taken, no figure of the story.
_YEARS_AVERAGE_RE = compile_lazily(
    r"(?<![\w.,])(?:[0-9]{1,3}|(?i:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty))[-\s](?i:year)"
    r"\s(?i:average|mean|rolling\s+average|norm)(?![\w])"
    # "comparée à la moyenne sur cinq ans", "la moyenne des dix dernières années"
    r"|(?i:moyenne)\s+(?i:sur|des|de)\s+(?:(?i:les)\s+)?(?:[0-9]{1,3}|(?i:deux|trois|quatre|cinq|six|sept|huit|neuf"
    r"|dix|vingt|trente))\s+(?:(?i:dernières)\s+)?(?i:ans|années)(?![\w])"
)
#: The size that defines a class of places, not a count of anything: "les centres urbains de 10 000 habitants ou
#: plus", "des communes de moins de 3 500 habitants", "towns of 10,000 or more people", and a class's bounds
#: "(10 000 à 99 999 habitants)".
_PLACE_CLASS_RE = compile_lazily(
    r"(?<![\w])(?i:centres\s+urbains|villes|communes|municipalités|localités|agglomérations|towns|cities"
    r"|communities|municipalities|urban\s+centres|urban\s+centers)(?:\s+[a-zàâçéèêëîïôûù-]+){0,2}?"
    r"\s+(?i:de|d['’]|of|with|comptant)\s*"
    r"(?:(?i:plus\s+de|moins\s+de|more\s+than|fewer\s+than|less\s+than|over|under|at\s+least|au\s+moins)\s+)?"
    r"[0-9][0-9\s.,\u00a0\u202f]*[0-9](?:\s+(?i:à|to|-)\s+[0-9][0-9\s.,\u00a0\u202f]*[0-9])?"
    r"(?:\s+(?i:habitants|inhabitants|residents|people|population))?"
    # a class's bounds in brackets: "(10 000 à 99 999 habitants)"
    r"|\([0-9][0-9\s.,\u00a0\u202f]*[0-9]\s+(?i:à|to|-)\s+[0-9]{1,3}[\s.,\u00a0\u202f]?999\s+"
    r"(?i:habitants|inhabitants|residents)\)"
)
#: What the texts :data:`_PLACE_CLASS_RE` may match in hold, lowercased: a plural of places.
_PLACE_CLASS_HINTS = (
    "urbains",
    "villes",
    "communes",
    "municipalit",
    "localités",
    "agglomérations",
    "towns",
    "cities",
    "communities",
    "urban cent",
    "999 ",
)
#: What every match of :data:`_YEARS_AVERAGE_RE` holds, lowercased.
_YEARS_AVERAGE_HINTS = ("year average", "year mean", "year norm", "year rolling", "moyenne sur", "moyenne de")
#: Twelve o'clock said with its half of the day: "until 12 noon on Wednesday", "at 12 midnight".
_NOON_RE = compile_lazily(r"(?<![\w.,])12(?::00)?\s(?:noon|midnight)(?![\w])")
#: American retirement plans named by their section of the tax code: "their 401k", "a 401(k) plan", "403(b)".
_RETIREMENT_PLAN_RE = compile_lazily(r"(?<![\w.,])(?:401|403|457)(?:\((?:k|b)\)|k|K)(?![\w])")
#: Years before the common era, alone or as a range: "en 664 av. J.-C.", "de 323 à 30 avant Jésus-Christ",
#: "entre 700 et 300 ans avant notre ère", "in 332 BC", "from 664 to 332 BCE".
_BEFORE_CHRIST_RE = compile_lazily(
    rf"(?<![\w.,])[0-9]{{1,4}}(?:{_H}*(?:[-–]|(?i:à|et|to|and)){_H}*[0-9]{{1,4}})?"
    rf"{_H}+(?:(?i:ans|years){_H}+)?(?:(?i:avant|av\.){_H}*(?:(?i:Jésus-Christ|J\.-C\.?|notre{_H}+ère))"
    rf"|B\.?C\.?E?\.?(?![\w])|(?i:before{_H}+(?:Christ|the{_H}+common{_H}+era|our{_H}+era)))"
)
#: A clock time written as four digits and "hrs" ("1950hrs", "0600 hrs"), or "hours" after "at" or "as of":
#: "at 1950 hours".
_MILITARY_TIME_RE = compile_lazily(
    rf"(?<![\w.,])(?:[01][0-9]|2[0-3])[0-5][0-9]{_H}?(?i:hrs)(?![\w])"
    rf"|(?<=(?i:at|of){_H})(?:[01][0-9]|2[0-3])[0-5][0-9]{_H}(?i:hours)(?![\w])"
    # "s'est embrasé vers 2230 locales", "at 0630 local time": the hour of a place, as wires write it
    rf"|(?<![\w.,])(?:[01][0-9]|2[0-3])[0-5][0-9](?={_H}(?i:locales?|local{_H}time|heure{_H}locale|GMT|UTC)(?![\w]))"
)
_MILITARY_TIME_SCAN = _Scanner(_MILITARY_TIME_RE, _DIGIT_STARTS, digit_starts="")
#: What every text :data:`_MILITARY_TIME_RE` matches in holds, lowercased.
_MILITARY_TIME_HINTS = ("hrs", "hours", "local", "gmt", "utc")
#: A building by its street number ("l'immeuble du 17", "les immeubles du 15 et du 19", "les habitants des
#: numéros 97 à 103A"), and the top of a scale ("catégorie 3 sur une échelle de 5", "a 4 on a scale of 10"):
#: numbers that count nothing.
_BUILDING_OR_SCALE_RE = compile_lazily(
    rf"(?<![\w])(?:(?i:immeubles?|bâtiments?){_H}+(?:du|au){_H}+[0-9]{{1,4}}(?:{_H}+et{_H}+du{_H}+[0-9]{{1,4}})?"
    rf"|(?i:numéros){_H}+[0-9]{{1,4}}[A-Za-z]?{_H}+(?:à|au|et){_H}+[0-9]{{1,4}}[A-Za-z]?"
    rf"|(?i:échelle{_H}+de|scale{_H}+of){_H}+[0-9]{{1,3}})(?![\w]|[.,][0-9])"
)
#: A run of digits: the numbers inside a match of :data:`_BUILDING_OR_SCALE_RE`.
_DIGITS_RE = compile_lazily(r"[0-9]+")
#: What every text :data:`_BUILDING_OR_SCALE_RE` matches in holds, lowercased.
_BUILDING_OR_SCALE_HINTS = ("immeuble", "bâtiment", "numéros", "échelle", "scale of")
#: What every text :data:`_BEFORE_CHRIST_RE` matches in holds, lowercased.
_BEFORE_CHRIST_HINTS = ("christ", "j.-c", " bc", "b.c", "notre ère", "common era", "our era")
#: Two days joined by a dash ("27-29"): a day range when a month comes before it (see _claim_patterns).
_DAY_PAIR_RE = compile_lazily(r"(?<![\w.,])[0-9]{1,2}(?:st|nd|rd|th)?[-–][0-9]{1,2}(?:st|nd|rd|th)?(?![\w])")


@cache
def _idioms(langs: tuple[str, ...]) -> re.Pattern[str]:
    words = [i for i in t.IDIOMS if i[0].isalnum()]
    # an idiom opening on a sign ("% over one year") follows digits
    signs = [i for i in t.IDIOMS if not i[0].isalnum()]
    return re.compile(rf"(?:(?<![\w])(?i:{_alt(words)})|(?i:{_alt(signs)}))(?![\w])")


#: Durations said in words: "tous les quarts d'heure", "une demi-heure", "half an hour", "a decade". Half an
#: hour is half of the hour it names, as an analyst writes it down; a quarter of an hour is 15 minutes.
_WORD_DURATIONS = (
    (re.compile(r"(?<![\w])(?i:(?:un|le|les|tous\s+les|chaque)\s+quarts?\s+d['’]heure|(?:a|one|every)\s+quarter"
                r"\s+of\s+an\s+hour|(?:every|each|a)\s+quarter[-\s]hour)(?![\w])"), 15, "minutes"),
    # a span of half an hour, as its hour's half; a frequency in minutes ("toutes les demi-heures" is the
    # "every 30" of "every 15 minutes ... instead of every 30")
    (re.compile(r"(?<![\w])(?i:(?:une|la)\s+demi-heure|half\s+an\s+hour|a\s+half[-\s]hour)(?![\w])"), 0.5, "hours"),
    (re.compile(r"(?<![\w])(?i:(?:les|toutes\s+les|chaque)\s+demi-heures?|(?:every|each)\s+half[-\s]hour)(?![\w])"),
     30, "minutes"),
    # "a decade-and-a-half ago", "une décennie et demie": 15 years
    # "an entire decade", "over the coming decade"
    (re.compile(r"(?<![\w])(?i:(?:an?|one|the\s+(?:past|last|next|coming))\s+(?:(?:entire|whole|full)\s+)?decade"
                r"(?P<half>[-\s]and[-\s]a[-\s]half)?"
                r"|(?:une|la\s+dernière|cette)\s+décennie(?P<demie>\s+et\s+demie)?)(?![\w-])"), 10, "years"),
    # "more than a fortnight ago": two weeks
    (re.compile(r"(?<![\w])(?i:a|one)\s+fortnight(?![\w-])"), 2, "weeks"),
    # "its harshest winter in half a century", "le plus dur depuis un demi-siècle": 50 years; "a quarter of a
    # century", "un quart de siècle": 25
    (re.compile(r"(?<![\w])(?i:half\s+a\s+century|an?\s+half[-\s]century|(?:un|le|ce|dernier)\s+demi-siècle)(?![\w-])"),
     50, "years"),
    (re.compile(r"(?<![\w])(?i:(?:a|one)\s+quarter\s+of\s+a\s+century|(?:an?|one)\s+quarter[-\s]century"
                r"|(?:un|le|ce|dernier)\s+quart\s+de\s+siècle)(?![\w-])"), 25, "years"),
    # "a week-long state of emergency", "the year-long investigation", "A yearlong inquiry": one unit of time
    # as an adjective, hyphenated or closed up
    *((re.compile(rf"(?<![\w])(?i:an?|one|the|this|its|their|his|her)\s+(?i:{unit})-?long(?![\w-])"), 1,
       f"{unit}s")
      for unit in ("hour", "day", "week", "month", "year")),
)  # fmt: skip
#: What every duration of :data:`_WORD_DURATIONS` has (lowercase), each: most texts have none.
_WORD_DURATION_HINTS = (
    ("quart",), ("demi-heure", "half"), ("demi-heure", "half"), ("decade", "décennie"), ("fortnight",),
    ("century", "demi-siècle"), ("century", "quart de siècle"),
    *((f"{unit}-long", f"{unit}long") for unit in ("hour", "day", "week", "month", "year")),
)  # fmt: skip


def _word_durations(text: str, lowered: str | None) -> list[Figure]:
    folded = lowered if lowered is not None else text.lower()
    if not any(hint in folded for hints in _WORD_DURATION_HINTS for hint in hints):
        return []
    return [
        Figure(m.group(), float(value) * (1.5 if m.lastgroup else 1), "duration", unit, None, *m.span())
        for (pattern, value, unit), hints in zip(_WORD_DURATIONS, _WORD_DURATION_HINTS, strict=True)
        # a lowered text maps each character to one re matches alike, so a pattern without its hint has no
        # match; any other lowercasing may drop a letter a pattern matches ("ı" for "i")
        if lowered is None or any(hint in lowered for hint in hints)
        for m in pattern.finditer(text)
    ]


#: Ordinals a toll is told by: "a sixth body was found", "un sixième corps" (the dead now number six).
_TOLL_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7,
    "huitième": 8, "neuvième": 9, "dixième": 10,
}  # fmt: skip
_ORDINAL_TOLL_RE = compile_lazily(
    rf"(?<![\w])(?i:a|un|une){_H}+(?P<o>(?i:{'|'.join(_TOLL_ORDINALS)})){_H}+"
    rf"(?:(?i:body|corps|victim|victime|death|mort|décès)(?![\w]))"
)
#: What every text :data:`_ORDINAL_TOLL_RE` matches in holds, lowercased.
_ORDINAL_TOLL_HINTS = ("body", "corps", "victim", "death", "mort", "décès")


def _ordinal_tolls(text: str, lowered: str | None) -> list[Figure]:
    """A toll told by the ordinal of its last victim found: "a sixth body was pulled from the rubble", "un
    sixième corps a été retrouvé": the dead number six."""
    low = lowered if lowered is not None else text.lower()
    if not any(hint in low for hint in _ORDINAL_TOLL_HINTS):
        return []
    return [
        Figure(m.group("o"), float(_TOLL_ORDINALS[m.group("o").lower()]), "count", "body", None, *m.span("o"))
        for m in _ORDINAL_TOLL_RE.finditer(text)
    ]


#: A time in hours, minutes and seconds, as races and long events are timed: "2:00:35", "2h01:53", "2h 01:09",
#: "2 h 00 min et 35 sec", "2h00'35''". A one-digit hour: "02:46:23" (and "14:32:05") is a time of day; so is
#: one with a clock's word after it ("9:32:15 a.m.", "2:00:35 UTC").
_RACE_TIME_RE = compile_lazily(
    # a stage race's total in hours: "82h05'42''", "82 h 05:42"
    rf"(?<![\w:.,'’])(?:(?P<h>[0-9])(?P<colon>:)|(?P<hh>[0-9]{{1,3}}){_H}?h(?:rs?)?{_H}?)(?P<m>[0-5][0-9])"
    # "2h06 et 26 secondes": the seconds joined by "et", their word after them; "2hr 01min 9sec": one digit
    # "2h11''52", "2h01 53 secondes": the minutes' sign doubled, the seconds after a space before their word
    rf"(?(colon):|(?::|''|’’|'|’|{_H}?(?:min|mn){_H}?(?:et{_H}+)?|{_H}+(?:et{_H}+)?(?=[0-5][0-9]{_H}*sec)))"
    rf"(?P<s>[0-5][0-9]|[0-9](?={_H}?sec))"
    rf"(?:{_H}?(?:secondes|seconds|secs?|s|''|’’|″|\"))?(?![\w:])"
    rf"(?!{_H}*(?i:a\.?m\b|p\.?m\b|utc|gmt|heure|local|hour))"
)
#: A time taken in hours and minutes, after "en": "a couru le marathon de Toronto en 7h49′", "en 2h05".
_TAKEN_IN_HOURS_RE = compile_lazily(
    rf"(?<=(?<![\w])en{_H})(?P<th>[0-9]{{1,2}})h(?P<tm>[0-5][0-9])(?:′|'|’)?(?![\w:'’′0-9])"
    # "en 2h06 et 26 secondes", "en 2h01 53 secondes": a race time to the second, read as one
    rf"(?!{_H}+(?:(?i:et|and){_H}+[0-9]|[0-5][0-9]{_H}*(?i:sec)))"
)
_TAKEN_IN_HOURS_SCAN = _Scanner(_TAKEN_IN_HOURS_RE, _DIGIT_STARTS, digit_starts="")
#: A span in hours and minutes written as French writes a time of day ("1 h 45", "2h30", "1 heure 45"), told
#: from one by the words before it ("pendant 2 h 30", "au bout de 3 h 15", "a duré 1 h 45") or after it
#: ("environ 1 h 45 plus tard", "2 h 30 de route"), or by its minutes' unit ("3 h 15 min", "1 h 5 min"): a time
#: of day ("à 13 h 45") has none of these.
_SPAN_IN_HOURS_RE = compile_lazily(
    rf"(?:(?<![\w])(?P<cue>(?i:pendant|durant|duré|durée{_H}+de|au{_H}+bout{_H}+de|compter|en)){_H}+"
    rf"(?:(?i:environ|près{_H}+de|plus{_H}+de|moins{_H}+de|quelque|seulement|à{_H}+peine){_H}+)?)?"
    rf"(?<![\w:.,])(?P<span>(?P<th>[0-9]{{1,2}}){_H}?(?:h|heures?){_H}?(?P<tm>[0-5][0-9]|[0-9](?={_H}?m))"
    rf"(?:{_H}?(?P<mn>min(?:utes?)?|mn))?+)(?![\w:'’′]|[.,][0-9]|{_H}*(?:(?:et|and){_H}+|,{_H}*)?[0-9])"
    rf"(?(cue)|(?(mn)|(?={_H}+(?i:plus{_H}+tard|après|de{_H}+(?:route|vol|trajet|marche|voiture|train|attente|retard|débats?"
    rf"|discussions?|négociations?|recherches?|jeu|match|audience|interrogatoire|garde{_H}+à{_H}+vue|spectacle"
    rf"|concert|émission|entretien|combat|manifestation|bouchons?|queue|direct|vol|navigation|plongée)"
    rf"|d['’](?:attente|audience|interrogatoire|entretien|émission|échanges|affilée|avance))(?![\w]))))"
)
#: What every match of :data:`_SPAN_IN_HOURS_RE` holds: hours, then minutes, after "h" or "heure(s)".
_SPAN_IN_HOURS_HINT = compile_lazily(rf"[0-9]{_H}?h(?:eures?)?{_H}?[0-5]?[0-9](?![0-9])")
#: A gap in minutes and seconds: "7'29''", "+7'29''", "7 min 39 sec" (spelt out, "59 minutes and 40 seconds"
#: is read with the hours before it: see join_durations).
_RACE_GAP_RE = compile_lazily(
    # "4 min et 27,71 s", "2'05''85", "2'5''85": hundredths after the seconds' decimal mark or their sign
    rf"(?<![\w:.,'’])(?P<gm>[0-9]{{1,2}})(?:['’](?=[0-5]?[0-9](?:''|’’|″))|['’](?=[0-5][0-9])"
    rf"|{_H}?min\.?{_H}?(?:et{_H}+)?)(?P<gs>[0-5]?[0-9])"
    rf"(?:[.,](?P<gc>[0-9]{{1,2}})(?={_H}?(?:secs?|s)(?![\w])))?"
    rf"(?:(?:''|’’|″)(?:(?P<gcc>[0-9]{{2}})(?![\w'’″]|[.,][0-9]))?|\"|{_H}?(?:secs?|s)(?![\w])"
    # "1 min 51 s 21": the hundredths after the seconds' sign, no word after them (not "51 s 21 coureurs")
    rf"(?:(?(gc)(?!)|{_H})(?P<gch>[0-9]{{2}})(?![\w/]|[.,][0-9]|{_H}+[^\W\d_]))?)"
)
#: A swim or track time in minutes, seconds and hundredths: "4:03.84", "4:02,50".
_SPLIT_TIME_RE = compile_lazily(
    r"(?<![\w:.,'’])(?P<sm>[0-9]{1,2}):(?P<ss>[0-5][0-9])[.,](?P<sc>[0-9]{2})(?![\w:]|[.,][0-9]|\s?(?i:a\.?m|p\.?m|h\b))"
)
#: A gap in minutes and seconds with a colon, the number itself: "6:17", "1:14" (not "6:17:30", "6:17.5").
_COLON_GAP = r"(?P<cm>[0-9]{1,2}):(?P<cs>[0-5][0-9])(?![\w:]|[.,][0-9])"
#: A gap in minutes and seconds with a colon, said as a gap: "6:17 behind", "1:14 back", "1:03 d'avance", "9:18
#: minutes de retard", "termine à 6:17 du maillot jaune", "termine 4e à 19:03" (a colon alone is a time of day).
_COLON_GAP_RE = compile_lazily(
    rf"(?<![\w:.,'’])(?<!at{_H})(?<!à{_H})"
    rf"{_COLON_GAP}"
    rf"(?=(?:{_H}+(?i:minutes?|mins?))?{_H}+(?i:behind(?!{_H}+(?:closed|the{_H}+scenes|schedule))|back|ahead|clear"
    rf"|adrift|d['’]avance|de{_H}+retard|du{_H}+(?:maillot|vainqueur|leader|premier))(?![\w]))"
)
#: ... or after "à" that a rider's finish or rank opens: "termine à 6:17", "est 5e à 20:06", "du podium à 9:18".
_COLON_GAP_AT_RE = compile_lazily(
    rf"(?<![\w])(?i:termine|terminé|terminant|finit|finissant|arrivée?|pointe|pointé|pointant|podium|[0-9]e|[0-9]er)"
    rf"{_H}à{_H}"
    rf"{_COLON_GAP}"
)
#: ... or after a margin, a lead or a gap of it: "une marge confortable de 4:24 sur le Danois", "a winning
#: margin of 4:24"; tried only where one of :data:`_MARGIN_WORDS` stands.
_COLON_MARGIN_RE = compile_lazily(
    rf"(?<![\w])(?i:marge|écart|margin|gap|lead)(?:{_H}+[^\W\d_]+)?{_H}+(?i:de|of){_H}"
    rf"{_COLON_GAP}"
)
_MARGIN_WORDS = ("marge", "écart", "margin", "gap", "lead")
#: ... or after who was beaten by it: "il devance Jonas Vingegaard de 6:17", "beating Jonas Vingegaard by 6:17".
_COLON_GAP_AHEAD_RE = compile_lazily(
    rf"(?<![\w])(?i:devance|devancé|devançant|précède|précédant|beat|beats|beating|ahead{_H}+of)"
    rf"(?:{_H}+[\w'’-]+){{1,5}}?{_H}+(?i:de|by){_H}{_COLON_GAP}"
)
_COLON_GAP_AHEAD_HINTS = ("devan", "précéd", "beat", "ahead of")
#: The next gap of a list of them after a gap: "de 6:17 et le Belge Remco Evenepoel de 9:18", "by 6:17 and
#: Remco Evenepoel by 9:18".
_NEXT_COLON_GAP_RE = compile_lazily(
    rf"(?:,|{_H}+(?i:et|and)){_H}+(?:[\w'’-]+{_H}+){{1,5}}?(?i:de|by){_H}{_COLON_GAP}"
)
#: What a text holding a gap of :data:`_COLON_GAP_RE` holds, lowercased.
_COLON_GAP_HINTS = ("behind", "back", "ahead", "clear", "adrift", "avance", "retard", "maillot", "vainqueur",
                    "leader", "premier", " à ", *_MARGIN_WORDS, *_COLON_GAP_AHEAD_HINTS)  # fmt: skip

#: What a text holding a gap of :data:`_RACE_GAP_RE` holds.
_RACE_GAP_HINTS = ("''", "’’", "″", '"', " sec", " s ", " s.", " s,")


#: The race times and gaps, each tried only where a run of digits starts.
_COLON_GAP_SCAN = _Scanner(_COLON_GAP_RE, _DIGIT_STARTS, digit_starts="")
_RACE_TIME_SCAN = _Scanner(_RACE_TIME_RE, _DIGIT_STARTS, digit_starts="")
_RACE_GAP_SCAN = _Scanner(_RACE_GAP_RE, _DIGIT_STARTS, digit_starts="")
_SPLIT_TIME_SCAN = _Scanner(_SPLIT_TIME_RE, _DIGIT_STARTS, digit_starts="")


#: The French constitution's article that passes a bill without a vote, by its number: "l'arme
#: constitutionnelle du 49.3", "recourir au 49-3", "Article 49.3".
_ARTICLE_49_3_RE = compile_lazily(
    r"(?:(?<=\b(?i:du|le|au|un|of) )|(?<=\b(?i:the) )|(?<=(?i:article) ))49[.-]3"
    r"(?![\w%]|[.,][0-9]|\s*(?:%|(?i:per|pour)))"
)
#: Two years in brackets, a life's or a reign's ("reine de Saxe (1752-1828)", "le pays (2007-2015)").
_LIFE_DATES_RE = compile_lazily(r"\((?P<a>1[0-9]{3}|20[0-9]{2})[-–](?P<b>1[0-9]{3}|20[0-9]{2})\)")
#: The longest span such brackets hold: a life.
LIFE_DATES_SPAN = 125


#: Four or more small numbers in a row, a space apart: a countdown or a printer's line ("la suite 10 9 8 7 6 5
#: 4 3 2 1"), no figures.
_BARE_NUMBER_RUN_RE = compile_lazily(r"(?<![\w.,])[0-9]{1,2}(?: [0-9]{1,2}){3,}(?![\w%]|[.,][0-9])")
BARE_RUN_LEAST = 4


def _bare_number_runs(text: str, runs: list[tuple[int, int]] | None) -> list[tuple[int, int]]:
    """The spans of :data:`_BARE_NUMBER_RUN_RE` in ``text``, whose runs of digits are ``runs`` (if found): looked
    for only where four short runs of digits follow one another a space apart."""
    if runs is not None:
        row = 1
        for (_, end), (start, stop) in itertools.pairwise(runs):
            row = row + 1 if start == end + 1 and text[end] == " " and stop - start <= 2 else 1
            if row >= BARE_RUN_LEAST:
                break
        else:
            return []
    return [m.span() for m in _BARE_NUMBER_RUN_RE.finditer(text)]


def _life_dates(text: str) -> list[tuple[int, int]]:
    """The spans of the years of a life or a reign in brackets: no figures."""
    return [
        m.span()
        for m in _LIFE_DATES_RE.finditer(text)
        if 0 < int(m.group("b")) - int(m.group("a")) <= LIFE_DATES_SPAN
    ]


def _race_times_in_minutes(figures: list[Figure]) -> None:
    """A time of a minute or more written in parts ("2:01:39", "1h59'40''", "10 minutes and 17 seconds") is
    given in minutes, as reports and their readers count a marathon or a flight, to the thousandth of a minute
    (119.667; "3:49.11" is 3.819)."""
    for f in figures:
        if (
            f.kind == "duration"
            and f.unit == "seconds"
            and f.value >= 60
            and (
                len(_NUMBER_PARTS_RE.findall(f.text)) >= 2
                # "eight hours, eleven minutes and six seconds": its parts in words
                or len(_TIME_UNIT_WORDS_RE.findall(f.text)) >= 2
            )
        ):
            minutes = (Decimal(str(f.value)) / 60).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
            f.unit, f.value = "minutes", float(minutes)


#: The numbers a time is written in: "2", "01", "39" of "2:01:39"; "03.84" of "4:03.84".
_NUMBER_PARTS_RE = compile_lazily(r"[0-9]+(?:[.,][0-9]+)?")
#: The units a time's parts are named by: "hours", "minutes" and "seconds" of "eight hours, eleven minutes and
#: six seconds".
_TIME_UNIT_WORDS_RE = compile_lazily(r"(?i:hours?|heures?|minutes?|seconds?|secondes?)(?![\w])")


def _race_times(text: str, lowered: str | None, runs: list[tuple[int, int]] | None) -> list[Figure]:
    """Times in hours, minutes and seconds (see :data:`_RACE_TIME_RE`), swim times in hundredths
    (:data:`_SPLIT_TIME_RE`) and gaps in minutes and seconds (:data:`_RACE_GAP_RE`), in seconds; a later scan
    keeps only what an earlier one did not find."""
    # the decimal times open on a run of digits that a decimal mark ends
    decimal_starts = None if runs is None else [s for s, e in runs if text[e : e + 1] in ".,"]

    def decimals(pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        return pattern.finditer(text) if decimal_starts is None else _scan_at(pattern, decimal_starts, text)

    # "(46.17s)", "46.70secs": a time to the hundredth, its seconds glued (not "the 1990s": a decimal)
    found: list[Figure] = [
        Figure(m.group(), float((m.group("v") or m.group("spaced")).replace(",", ".")), "duration", "seconds",
               None, *m.span())
        for m in decimals(_DECIMAL_SECONDS_RE)
    ]  # fmt: skip
    if runs is None or any(hint in text for hint in _MARGIN_HINTS):
        # "Hobson just 0.07 back", "0,45 derrière": a finishing margin to the hundredth, its seconds unsaid
        found += [
            Figure(m.group(), float(m.group().replace(",", ".")), "duration", "seconds", None, *m.span())
            for m in decimals(_DECIMAL_MARGIN_RE)
        ]
    if "en " in text or "en\u00a0" in text:  # "en 7h49′": a time taken in hours and minutes
        found += [
            Figure(m.group(), float(_taken_seconds(m)), "duration", "seconds", None, *m.span())
            for m in _TAKEN_IN_HOURS_SCAN.finditer(text, lowered, runs)
        ]
    # spans in hours and minutes last: a race time to the second holds one ("2 h 05 min 30 s")
    spans = (
        [
            Figure(m.group("span"), float(_taken_seconds(m)), "duration", "seconds", None, *m.span("span"))
            for m in _SPAN_IN_HOURS_RE.finditer(text)
        ]
        if _SPAN_IN_HOURS_HINT.search(text) is not None
        else []
    )
    if (
        ":" not in text
        and "min" not in text
        and " mn" not in text
        and "'" not in text
        and "’" not in text
        and "sec" not in text
    ):
        return _add_unclaimed(found, spans)
    if "''" in text or "’’" in text or "″" in text:  # "en 46''40", "(47’’48)": seconds, then hundredths
        found += [
            Figure(m.group(), float(f"{m.group('s')}.{m.group('c')}"), "duration", "seconds", None, *m.span())
            for m in _PRIMED_HUNDREDTHS_RE.finditer(text)
            if not any(f.start < m.end() and m.start() < f.end for f in found)
        ]
    if "sec" in text and _SECONDS_HUNDREDTHS_HINT.search(text) is not None:
        # "en 45 sec 94", "4 min 2 sec 50/100": hundredths last, as French wires write a time
        found += [
            Figure(m.group(), _hundredths_seconds(m), "duration", "seconds", None, *m.span())
            for m in _SECONDS_HUNDREDTHS_RE.finditer(text)
            if not any(f.start < m.end() and m.start() < f.end for f in found)
        ]
    scans: list[tuple[_Scanner, Callable[[re.Match[str]], float | Decimal]]] = [
        (_RACE_TIME_SCAN, _race_seconds)
    ]
    if ":" in text:
        scans.append((_SPLIT_TIME_SCAN, _split_seconds))
    if any(hint in text for hint in _RACE_GAP_HINTS):
        scans.append((_RACE_GAP_SCAN, _gap_seconds))
    folded = (lowered if lowered is not None else text.lower()) if ":" in text else ""
    if any(hint in folded for hint in _COLON_GAP_HINTS):  # a colon gap needs a colon and one of its words
        scans.append((_COLON_GAP_SCAN, _colon_gap_seconds))
        gaps = [
            *_COLON_GAP_AT_RE.finditer(text),
            *(
                _COLON_MARGIN_RE.finditer(text)
                if lowered is None  # a text whose lowercase is longer: positions of its own
                else _scan_at(_COLON_MARGIN_RE, _found_at(_MARGIN_WORDS, lowered), text)
            ),
            *(_COLON_GAP_AHEAD_RE.finditer(text) if any(h in folded for h in _COLON_GAP_AHEAD_HINTS) else ()),
        ]
        for m in list(gaps):  # "de 6:17 et le Belge Remco Evenepoel de 9:18": the list's next gaps
            while (m := _NEXT_COLON_GAP_RE.match(text, m.end())) is not None:
                gaps.append(m)
        found += [
            Figure(m.group("cm") + ":" + m.group("cs"), float(_colon_gap_seconds(m)), "duration", "seconds", None,
                   m.start("cm"), m.end("cs"))
            for m in gaps
        ]  # fmt: skip
    for scan, seconds in scans:
        found += [
            Figure(m.group(), float(seconds(m)), "duration", "seconds", None, *m.span())
            for m in scan.finditer(text, lowered, runs)
            if not any(f.start < m.end() and m.start() < f.end for f in found)
        ]
    return _add_unclaimed(found, spans)


def _add_unclaimed(found: list[Figure], later: list[Figure]) -> list[Figure]:
    """``found``, then the figures of ``later`` that overlap none of it (a later scan keeps only what the
    earlier ones did not find)."""
    return found + [f for f in later if not any(f.start < g.end and g.start < f.end for g in found)]


#: A finishing margin to the hundredth, its unit left out: "0.07 back", "1,09 derrière" (not "0.07 ahead":
#: forecasts are beaten by so much too).
_DECIMAL_MARGIN_RE = compile_lazily(
    rf"(?<![\w.,])[0-9]{{1,2}}[.,][0-9]{{2}}(?={_H}+(?:back|behind|adrift|derrière|de{_H}+retard)(?![\w]))"
)
_MARGIN_HINTS = (" back", " behind", " adrift", " derrière", " de retard")
#: A race time to the hundredth with its seconds glued: "46.17s", "46.70secs".
_DECIMAL_SECONDS_RE = compile_lazily(
    # ... or set off by a space, its decimal mark a dot or a comma: "9.58 s", "en 27,71 s"
    rf"(?<![\w.,])(?<!min{_H})(?<!min\.{_H})(?<!min{_H}et{_H})"  # "4 min et 27,71 s": a time's seconds
    rf"(?:(?P<v>[0-9]{{1,3}}\.[0-9]{{1,2}})|(?P<spaced>[0-9]{{1,3}}[.,][0-9]{{1,2}}){_H})(?:s|secs?)(?![\w])"
)
#: Seconds, then hundredths, maybe after minutes: "45 sec 94", "46 sec. 70", "4 min 2 sec 50/100".
_SECONDS_HUNDREDTHS_RE = compile_lazily(
    rf"(?<![\w.,])(?:(?P<m>[0-9]{{1,2}}){_H}?min\.?{_H})?(?P<s>[0-9]{{1,3}}){_H}?sec\.?{_H}(?P<c>[0-9]{{2}})"
    rf"(?:/100)?(?![\w/]|[.,][0-9])"
)


#: What every match of :data:`_SECONDS_HUNDREDTHS_RE` holds ("sec" then hundredths): one search for it, which
#: opens with a literal, costs far less than the scan.
_SECONDS_HUNDREDTHS_HINT = compile_lazily(rf"sec\.?{_H}[0-9]{{2}}")
#: Seconds, a double prime, then hundredths, as French wires write a swim or a sprint: "46''40", "47’’48",
#: "46″92" (not minutes and seconds: "5'12''" has a single prime first).
_PRIMED_HUNDREDTHS_RE = compile_lazily(
    r"(?<![\w.,'’′])(?P<s>[0-9]{1,2})(?:''|’’|″)(?P<c>[0-9]{2})(?![\w'’″]|[.,][0-9])"
)


def _hundredths_seconds(m: re.Match[str]) -> float:
    """The seconds of a match of :data:`_SECONDS_HUNDREDTHS_RE`."""
    return int(m.group("m") or 0) * 60 + int(m.group("s")) + int(m.group("c")) / 100


def _race_seconds(m: re.Match[str]) -> int:
    """The seconds of a match of :data:`_RACE_TIME_RE`."""
    return int(m.group("h") or m.group("hh")) * 3600 + int(m.group("m")) * 60 + int(m.group("s"))


def _taken_seconds(m: re.Match[str]) -> int:
    """The seconds of a match of :data:`_TAKEN_IN_HOURS_RE`."""
    return int(m.group("th")) * 3600 + int(m.group("tm")) * 60


def _split_seconds(m: re.Match[str]) -> float:
    """The seconds of a match of :data:`_SPLIT_TIME_RE`."""
    return int(m.group("sm")) * 60 + int(m.group("ss")) + int(m.group("sc")) / 100


def _colon_gap_seconds(m: re.Match[str]) -> int:
    """The seconds of a match of :data:`_COLON_GAP_RE`."""
    return int(m.group("cm")) * 60 + int(m.group("cs"))


def _gap_seconds(m: re.Match[str]) -> Decimal:
    """The seconds of a match of :data:`_RACE_GAP_RE`, to their hundredths if it gives them."""
    hundredths = m.group("gc") or m.group("gcc") or m.group("gch")
    return int(m.group("gm")) * 60 + Decimal(f"{m.group('gs')}.{hundredths or '0'}")


#: One unit of time as an estimate or a bound: "more than a year", "nearly a week", "plus d'un an", "près d'une
#: semaine" (the figure is "a year", "un an"; the words before it make its ``approx``). Without such a word,
#: "a year" is too common to be a figure ("a year ago", "once a year").
_ONE_DURATION_RE = compile_lazily(
    rf"(?<![\w])(?:(?i:more{_H}+than|over|nearly|almost|about|around|less{_H}+than|under|at{_H}+least"
    # a range's first bound: "between a year and 18 months"
    rf"|between(?={_H}+(?:an?|one){_H}+[^\W\d_]+{_H}+and{_H})"
    rf"|close{_H}+to|(?P<within>within)){_H}+(?P<en>(?i:an?|one){_H}+(?P<en_unit>(?i:year|month|week|day|hour))"
    rf"(?P<half>{_H}+(?i:and){_H}+a{_H}+half(?![\w-]))?)"
    # "ne s'absenter qu'une semaine": only that long
    rf"|(?i:plus{_H}+d['’]|près{_H}+d['’]|presque{_H}+|environ{_H}+|moins{_H}+d['’]|au{_H}+moins{_H}+|qu['’]"
    rf"|entre{_H}+(?=une?{_H}+[^\W\d_]+{_H}+et{_H}))"
    rf"(?P<fr>(?i:une?){_H}+(?P<fr_unit>(?i:an|année|mois|semaine|jour|journée|heure))))(?![\w])"
    # "close to a year's average of rain": what a year brings, no span of time
    rf"(?!['’]s(?![\w]))"
    # "less than a year ago", "CHF400 million less than a year earlier": a time the story looks back to
    rf"(?!{_H}+(?i:ago|earlier|before|later|plus{_H}+tôt|auparavant)(?![\w]))"
)
#: One unit, the first bound of a range of a number of units: "the next year to 18 months", "a week or 10
#: days", "un an à 18 mois" (see _ONE_DURATION_RE for "between a year and 18 months").
_ONE_UNIT_TO_RANGE_RE = compile_lazily(
    rf"(?<![\w])(?:(?i:the){_H}+(?i:next|past|last|coming|first){_H}+|(?i:an?|one|une?){_H}+)"
    rf"(?P<span>(?:(?i:an?|one|une?){_H}+)?(?:(?P<en>(?i:year|month|week|day))|(?P<fr>(?i:an|mois|semaine))))"
    rf"(?={_H}+(?i:to|or|à|ou){_H}+[0-9]{{1,3}}{_H}+(?i:years|months|weeks|days|ans|mois|semaines|jours)(?![\w]))"
)
#: What every match of :data:`_ONE_UNIT_TO_RANGE_RE` holds, in the lowercased text: the range's second bound.
#: Few texts hold it, and one search for it costs a third of the scan, which tries every character.
_ONE_UNIT_TO_RANGE_SCAN = _Scanner(
    _ONE_UNIT_TO_RANGE_RE,
    hint=compile_lazily(
        rf"{_H}(?:to|or|à|ou){_H}+[0-9]{{1,3}}{_H}+(?:years|months|weeks|days|ans|mois|semaines|jours)(?![\w])"
    ),
    hint_lowered=True,
)
#: A range whose second bound is one unit: "anywhere from two days to a week", "between six months and a year",
#: "de deux jours à une semaine", "entre six mois et un an" (not "three years and a month": a sum).
_TO_ONE_UNIT_RANGE_RE = compile_lazily(
    rf"(?<![\w])(?:(?P<between>(?i:between|entre){_H}+))?(?:[0-9]{{1,3}}|[^\W\d_]+){_H}+"
    rf"(?i:hours?|days?|weeks?|months?|years?|heures|jours|semaines|mois|ans|années){_H}+"
    rf"(?:(?i:to|or|à|ou)|(?(between)(?i:and|et)|(?!))){_H}+"
    rf"(?P<span>(?i:an?|one|une?){_H}+(?:(?P<en>(?i:hour|day|week|month|year))|(?P<fr>(?i:heure|jour|semaine|mois|an))))"
    rf"(?![\w])"
)
#: What every match of :data:`_TO_ONE_UNIT_RANGE_RE` holds, in the lowercased text: its second bound, the word
#: joining the bounds before it (a search for it costs a seventh of the scan).
_TO_ONE_UNIT_RANGE_SCAN = _Scanner(
    _TO_ONE_UNIT_RANGE_RE,
    hint=compile_lazily(
        rf"{_H}(?:to|or|à|ou|and|et){_H}+(?:an?|one|une?){_H}+"
        rf"(?:hour|day|week|month|year|heure|jour|semaine|mois|an)(?![\w])"
    ),
    hint_lowered=True,
)
#: A French span of one unit said as such: "pendant une semaine", "un deuil d'une semaine", "depuis un mois",
#: "en un an". Found from the unit (a literal scan), then the words before and after are checked.
_FR_ONE_UNIT_RE = compile_lazily(  # not "une journée": mostly a day of action, not a span
    rf"(?<![\w])(?i:une?){_H}+(?P<unit>(?i:an|année|mois|semaine|jour|heure))(?![\w])"
)
_FR_ONE_UNIT_BEFORE = compile_lazily(
    rf"(?:(?<![\w])(?i:pendant|durant|depuis|en|après|pour){_H}+|(?<=[^\W\d_]{_H})(?<!équivalent{_H})(?i:d['’]))$"
)
#: After "après", what makes the unit a span of something ("après un an de manifestations", "après une semaine
#: de blocages"), not a time after an event ("après un an, il est revenu").
_UNIT_OF_SOMETHING_AFTER = compile_lazily(rf"{_H}+(?:(?i:de){_H}+|(?i:d['’]))[^\W\d_]")
_MONTH_NAMED_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:de){_H}+|(?i:d['’]))(?i:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
    rf"|novembre|décembre)(?![\w])"
)
#: An English span of one unit of something: "during a year of protests", "after a week of talks".
_EN_ONE_UNIT_OF_RE = compile_lazily(
    rf"(?<![\w])(?i:during|after|following|amid|throughout){_H}+(?P<span>(?i:an?|one){_H}+"
    rf"(?P<unit>(?i:day|week|month|year)))(?i:{_H}+of){_H}+(?![0-9])(?!(?i:the|a|an|this|that|his|her|its)(?![\w]))[^\W\d_]"
)
_EN_ONE_UNIT_OF_HINTS = (" day of ", " week of ", " month of ", " year of ")


#: A change told earlier in the sentence ("hausse de 8 %", "de plus", "est passé de 2 % à 1,5 %", "a grimpé"):
#: "en un an" after it is the window the change is measured over, not a span of the story.
_CHANGE_IN_SENTENCE_BEFORE = compile_lazily(
    r"(?:%|(?i:hausse|baisse|augment|diminu|grimp|recul|progress|chut|bondi|doubl|tripl|explos|envol|flamb"
    r"|passée?s?\s+de"
    r"|de\s+plus|de\s+moins))[^.!?\n]*$"
)
#: How far back such a change is looked for.
CHANGE_WINDOW_REACH = 120
#: What every match of :data:`_FR_ONE_UNIT_RE` holds, lowercased (most texts have none: str searches first).
_FR_ONE_UNITS = ("un an", "une année", "un mois", "une semaine", "un jour", "une heure")
#: Not "d'un jour à l'autre", "d'une année sur l'autre", nor a rate's period ("un recul en un an de 7,8 %").
_FR_ONE_UNIT_NOT_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:à|sur|après){_H}+(?i:l['’]autre|une?(?![\w]))|de{_H}+[0-9]"
    # "une année 2024 historique": the year named, no span
    rf"|(?:19|20)[0-9]{{2}}(?![0-9]))"
)
#: What every match of :data:`_ONE_DURATION_RE` has (lowercase), by language: one of them is in few texts.
_ONE_DURATION_HINTS = {
    "en": ("than a", "over a", "nearly a", "almost a", "about a", "around a", "under a", "least a",
           "close to a", "within a", "between a", "between one"),
    "fr": ("plus d'un", "plus d’un", "près d'un", "près d’un", "moins d'un", "moins d’un", "presque un",
           "environ un", "moins un", "entre un", "qu'un", "qu’un"),
}  # fmt: skip


#: An English span of one unit said as how long something lasted: "could not treat her for an hour", "closed for
#: a week" (not "for a year or two", nor "for a day of action").
#: Where :data:`_EN_FOR_ONE_UNIT_RE` may match: "for a week", "for up to a week", "for nearly a year".
#: ("for a" also opens "for almost a" and "for at least a").
_EN_FOR_ONE_HINTS = ("for a", "for up to a", "for nearly a", "for more than a", "after a", "take a", "takes a",
                     "took a", "taking a", "last a", "lasts a", "lasted a", "lasting a", "spent a", "spend a",
                     "spends a")  # fmt: skip
_EN_FOR_ONE_UNIT_RE = compile_lazily(
    # "the university paid after a week", as "au bout d'une semaine" says it
    # "Getting there will take a month", "the strike lasted a week", "spent a day in hospital": how long it took
    rf"(?<![\w])(?<!or )(?<!and )(?i:for|after|takes?|took|taking|lasts?|lasted|lasting|spent|spends?){_H}+"
    rf"(?:(?i:up{_H}+to|nearly|almost|more{_H}+than|at{_H}+least){_H}+)?"
    rf"(?P<span>(?i:an?){_H}+(?P<unit>(?i:hour|day|week|month|year)))(?![\w-])"
    rf"(?!{_H}+(?i:or|of|and(?!{_H}+then)|to|in|when|at|ago|before|after|earlier|later|out|off)(?![\w]))"
)


#: A period of mourning of one unit: "a week of national mourning", "une journée de deuil national" (three days
#: of it are read as any count of days).
_ONE_MOURNING_RE = compile_lazily(
    rf"(?<![\w])(?P<span>(?i:(?:a|one){_H}+(?P<en>day|week|month|year)|une?{_H}+(?P<fr>jour|journée|semaine|mois|an|année)))"
    rf"{_H}+(?:(?i:of|de){_H}+(?:(?i:national|official|officiel){_H}+)?(?i:mourning|deuil)(?![\w])"
    # a prison term of one unit: "un an de prison avec sursis", "un mois ferme", "a year in prison"
    rf"|(?i:de{_H}+prison|d['’]emprisonnement|de{_H}+détention|de{_H}+réclusion|ferme|avec{_H}+sursis"
    rf"|in{_H}+(?:prison|jail)|behind{_H}+bars)(?![\w]))"
)


#: "a month and a half earlier", "a year and a half": one unit and a half, said with no bound before it.
_EN_ONE_AND_A_HALF_RE = compile_lazily(
    rf"(?<![\w])(?i:an?|one){_H}+(?P<unit>(?i:year|month|week|day|hour)){_H}+(?i:and){_H}+(?i:a){_H}+(?i:half)(?![\w-])"
)


#: What every match of :data:`_ONE_MOURNING_RE` holds, lowercased.
_ONE_PERIOD_HINTS = ("mourning", "deuil", "prison", "emprisonnement", "détention", "réclusion", "ferme", "sursis",
                     "jail", "bars")  # fmt: skip


def _one_period_unit(m: re.Match[str]) -> str:
    """The unit of a match of :data:`_ONE_MOURNING_RE` ("une journée" is a day)."""
    if m.group("en"):
        return t.DURATION_UNITS["en"][m.group("en").lower()]
    word = m.group("fr").lower()
    return "days" if word == "journée" else t.DURATION_UNITS["fr"][word]


def _add_range_bound_of_one(found: list[Figure], text: str, m: re.Match[str], start: int, end: int) -> None:
    """Add the span of one unit a range's bound is (``m`` names its unit in its group "en" or "fr"), from
    ``start`` to ``end``, unless a span found already overlaps it."""
    if not any(g.start < end and start < g.end for g in found):
        lang = "en" if m.group("en") else "fr"
        unit = t.DURATION_UNITS[lang][m.group(lang).lower()]
        found.append(Figure(text[start:end], 1.0, "duration", unit, None, start, end))


def _one_durations(text: str, lowered: str | None, langs: tuple[str, ...]) -> list[Figure]:
    folded = lowered if lowered is not None else text.lower()
    mourning = [
        Figure(m.group("span"), 1.0, "duration", _one_period_unit(m), None, m.start("span"), m.end("span"))
        for m in (_ONE_MOURNING_RE.finditer(text) if any(w in folded for w in _ONE_PERIOD_HINTS) else ())
    ]
    found = (
        _french_spans_of_one(text, lowered)
        if "fr" in langs and any(u in folded for u in _FR_ONE_UNITS)
        else []
    )
    if "en" in langs and any(h in folded for h in _EN_FOR_ONE_HINTS):
        # matched only where a hint is (a scan of the whole text for it costs more than the literal search)
        for m in (_EN_FOR_ONE_UNIT_RE.match(text, i) for i in _found_at(_EN_FOR_ONE_HINTS, folded)):
            if m is None:
                continue
            start, end = m.span("span")
            unit = t.DURATION_UNITS["en"][m.group("unit").lower()]
            approx = _approximation_before(text[max(0, start - 24) : start])
            found.append(Figure(m.group("span"), 1.0, "duration", unit, None, start, end, approx=approx))
    if "en" in langs and any(h in folded for h in _EN_ONE_UNIT_OF_HINTS):
        for m in _EN_ONE_UNIT_OF_RE.finditer(text):
            start, end = m.span("span")
            if not any(g.start < end and start < g.end for g in found):
                unit = t.DURATION_UNITS["en"][m.group("unit").lower()]
                found.append(Figure(m.group("span"), 1.0, "duration", unit, None, start, end))
    found += [f for f in mourning if not any(g.start < f.end and f.start < g.end for g in found)]
    if any(w in folded for w in (" to ", " à ", " or ", " ou ")) and any(
        u in folded for u in (" year", " month", " week", " an ", " mois", " semaine")
    ):
        # "over the next year to 18 months", "d'ici un an à 18 mois": a range whose first bound is one unit
        for m in _ONE_UNIT_TO_RANGE_SCAN.finditer(text, lowered):
            start, end = m.span("span")
            if not text[m.start() : m.start() + 4].lower().startswith("the"):
                start = m.start()  # "a week or 10 days": the article is the number
            _add_range_bound_of_one(found, text, m, start, end)
    if any(w in folded for w in (" to a", " to one", " à un", " or a", " ou un", " and a", " et un")):
        # "from two days to a week", "entre six mois et un an": a range whose second bound is one unit
        for m in _TO_ONE_UNIT_RANGE_SCAN.finditer(text, lowered):
            _add_range_bound_of_one(found, text, m, *m.span("span"))
    if "en" in langs and "and a half" in folded:
        found += [
            Figure(
                m.group(),
                1.5,
                "duration",
                t.DURATION_UNITS["en"][m.group("unit").lower()],
                None,
                *m.span(),
                approx=_approximation_before(text[max(0, m.start() - 24) : m.start()]),
            )
            for m in _EN_ONE_AND_A_HALF_RE.finditer(text)
            if not any(f.start < m.end() and m.start() < f.end for f in found)
        ]
    if not any(hint in folded for lang in langs for hint in _ONE_DURATION_HINTS[lang]):
        return found
    for m in _ONE_DURATION_RE.finditer(text):
        if _RATE_PERIOD_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue  # "increased by 11.5 percent over a year": the period of a rate, as "sur un an" is
        lang = "en" if m.group("en") else "fr"
        start, end = m.span(lang)
        if _TO_THE_NEXT_AFTER.match(text, end):
            continue  # "en moins d'une année à l'autre": a change from one year to the next, no span
        word = m.group(f"{lang}_unit").lower()
        unit = "days" if word == "journée" else t.DURATION_UNITS[lang][word]
        approx = "at most" if m.group("within") else _approximation_before(text[max(0, start - 24) : start])
        if not any(f.start == start for f in found):
            value = 1.5 if lang == "en" and m.group("half") else 1.0  # "more than a year and a half"
            found.append(Figure(m.group(lang), value, "duration", unit, None, start, end, approx=approx))
    return found


def _french_spans_of_one(text: str, lowered: str | None) -> list[Figure]:
    if lowered is None:
        matches: Iterable[re.Match[str]] = _FR_ONE_UNIT_RE.finditer(text)
    else:  # the literals found with str searches, each matched there (a scan of the text cost 30 µs)
        positions = _found_at(_FR_ONE_UNITS, lowered)
        matches = (m for m in (_FR_ONE_UNIT_RE.match(text, i) for i in positions) if m is not None)
    found = []
    for m in matches:
        start, end = m.span()
        head = text[max(0, start - 24) : start]
        lead = _FR_ONE_UNIT_BEFORE.search(head)
        if lead is None or _FR_ONE_UNIT_NOT_AFTER.match(text, end):
            continue
        if lead.group().lower().startswith("apr") and (
            _UNIT_OF_SOMETHING_AFTER.match(text, end) is None or _MONTH_NAMED_AFTER.match(text, end)
        ):
            # "Un an après le séisme", "après un an, il est revenu": a time after an event; "après un mois de
            # juillet le plus sec": the month named
            continue
        if lead.group().lower().startswith("pour") and (
            m.group("unit").lower() not in ("an", "mois", "semaine") or _MONTH_NAMED_AFTER.match(text, end)
        ):
            # "suspendu pour un an", "pour une semaine"; not "pour une année record", "pour un mois de mars"
            continue
        if lead.group().lower().startswith("en") and _CHANGE_IN_SENTENCE_BEFORE.search(
            text, max(0, start - CHANGE_WINDOW_REACH), start
        ):
            continue  # "hausse des loyers de 8 % en un an", "2.844 prisonniers de plus en un an": a change's window
        unit = t.DURATION_UNITS["fr"][m.group("unit").lower()]
        figure = Figure(
            m.group(), 1.0, "duration", unit, None, start, end, approx=_approximation_before(head)
        )
        before = (
            _LAST_WORD_RE.search(head[: lead.start()].rstrip()) if lead.group().lower()[:1] == "d" else None
        )
        if unit == "years" and before is not None and before.group().lower() in t.PERSON_NOUNS_FR:
            figure.kind, figure.unit = "age", None  # "le bébé d'un an": a one-year-old
        found.append(figure)
    return found


#: Amounts given only as an order of magnitude: "hundreds of millions of euros", "des dizaines de millions de
#: dollars". Their value is the order's floor (1e8 for hundreds of millions) and ``approx`` is "order".
_ORDER_AMOUNT_RE = compile_lazily(
    rf"(?<![\w-])(?:(?P<en_many>tens|hundreds){_H}+of{_H}+(?P<en_scale>millions|billions){_H}+of{_H}+"
    rf"(?P<en_currency>dollars|euros|pounds)|(?:des|plusieurs){_H}+(?P<fr_many>dizaines|centaines){_H}+de{_H}+"
    rf"(?P<fr_scale>millions|milliards){_H}+(?:de{_H}+(?P<fr_currency>dollars|livres)|d['’](?P<fr_euros>euros)))"
    r"(?![\w])",
    re.IGNORECASE,
)
_ORDER_MANY = {"tens": 10, "dizaines": 10, "hundreds": 100, "centaines": 100}
_ORDER_SCALE = {"millions": 10**6, "billions": 10**9, "milliards": 10**9}
_ORDER_CURRENCY = {"euros": "EUR", "pounds": "GBP", "livres": "GBP"}  # "dollars": the publisher's dollar


def _order_amounts(text: str, lowered: str | None, dollar: str) -> list[Figure]:
    folded = lowered if lowered is not None else text.lower()
    if not any(hint in folded for hint in ("of millions", "of billions", "de millions", "de milliards")):
        return []
    found = []
    for m in _ORDER_AMOUNT_RE.finditer(text):
        lang = "en" if m.group("en_many") else "fr"
        many, scale = m.group(f"{lang}_many").lower(), m.group(f"{lang}_scale").lower()
        word = (m.group(f"{lang}_currency") or m.group("fr_euros") or "").lower()
        value = float(_ORDER_MANY[many] * _ORDER_SCALE[scale])
        found.append(
            Figure(
                m.group(), value, "money", None, _ORDER_CURRENCY.get(word, dollar), *m.span(), approx="order"
            )
        )
    return found


#: Fractions of a percentage point in words: "un demi-point de pourcentage", "un quart de point", "half a
#: percentage point", "a quarter-point", "another full percentage point". Their unit is the point.
_WORD_POINTS = (
    (re.compile(r"(?<![\w])(?i:(?:(?:un|le)\s+)?demi-points?(?:\s+de\s+pourcentage)?|half\s+an?\s+(?:percentage\s+)?"
                r"point|(?:an?\s+)?half[-\s](?:percentage[-\s])?point)(?![\w-])"), 0.5),
    (re.compile(r"(?<![\w])(?i:(?:(?:un|le)\s+)?quart\s+de\s+point(?:\s+de\s+pourcentage)?|(?:an?\s+)?quarter"
                r"(?:\s+of\s+an?)?[-\s](?:percentage[-\s])?point)(?![\w-])"), 0.25),
    (re.compile(r"(?<![\w])(?i:trois\s+quarts\s+de\s+point(?:\s+de\s+pourcentage)?|three[-\s]quarters\s+of\s+a"
                r"\s+(?:percentage\s+)?point)(?![\w-])"), 0.75),
    (re.compile(r"(?<![\w])(?i:(?:another|an?)\s+(?:full\s+)?percentage\s+point)(?![\w-])"), 1),
)  # fmt: skip
#: What every match of :data:`_WORD_POINTS` holds (lowercase), and the words that may come before it in the
#: match, up to two of them ("another full percentage point", "un quart de point").
_WORD_POINT_KEYS = ("demi-point", "half", "quart", "percentage point", "percentage-point")
_WORD_POINT_PREFIXES = ("un ", "le ", "a ", "an ", "one ", "another ", "full ", "trois ", "three ", "three-")
_SIGNS = frozenset("+-−±")


_DECADE_WORDS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80,
    "nineties": 90, "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60,
    "septantaine": 70, "huitantaine": 80, "nonantaine": 90,
}  # fmt: skip
#: The decade of life a person is in: "in their 30s", "a man in his early eighties", "un homme dans la
#: cinquantaine" (not "une cinquantaine de blessés", a count).
_DECADE_AGE_RE = compile_lazily(
    rf"(?<![\w])(?i:in{_H}+(?:their|his|her){_H}+(?:(?:early|mid|late)(?:-|{_H}+))?"
    rf"(?P<n>[1-9]0)['’]?s(?:{_H}+(?:and|or|to){_H}+(?P<n2>[1-9]0)['’]?s)?"
    rf"|in{_H}+(?:their|his|her){_H}+(?:(?:early|mid|late)(?:-|{_H}+))?"
    rf"(?P<en>{'|'.join(w for w in _DECADE_WORDS if w.endswith('ies'))})"
    rf"|dans{_H}+la{_H}+(?P<fr>{'|'.join(w for w in _DECADE_WORDS if w.endswith('aine'))}))(?![\w])"
)


#: The words that open a decade of life, lowercased (see :data:`_DECADE_AGE_RE`).
_DECADE_OPENINGS = ("in their ", "in his ", "in her ", "dans la ")


def _decade_ages(text: str, lowered: str | None) -> list[Figure]:
    """The ages of :data:`_DECADE_AGE_RE`, about the decade's first year, tried only in a text holding one of
    its openings."""
    low = lowered if lowered is not None else text.lower()
    starts = [
        i
        for i in _found_at(_DECADE_OPENINGS, low)
        if low.find("0s", i, i + 30) > 0 or low.find("ies", i, i + 30) > 0 or low.find("aine", i, i + 30) > 0
    ]
    found = []
    for m in (m for i in starts if (m := _DECADE_AGE_RE.match(text, i)) is not None):
        value = int(m.group("n")) if m.group("n") else _DECADE_WORDS[(m.group("en") or m.group("fr")).lower()]
        span = m.span("n") if m.group("n") else m.span("en") if m.group("en") else m.span("fr")
        start = m.start() if m.group("fr") else span[0]
        end = m.end("n") + 1 + (text[m.end("n")] in "'’") if m.group("n2") else m.end()
        found.append(Figure(text[start:end], float(value), "age", None, None, start, end, approx="about"))
        if m.group("n2"):  # "in their 40s and 50s": the second decade too
            second = m.start("n2")
            found.append(
                Figure(
                    text[second : m.end()],
                    float(m.group("n2")),
                    "age",
                    None,
                    None,
                    second,
                    m.end(),
                    approx="about",
                )
            )
    return found


def _word_points(text: str, lowered: str | None) -> list[Figure]:
    """The fractions of a percentage point of :data:`_WORD_POINTS`, tried only where one of their keys is
    (most texts have none; a pattern opening with a look-behind would be tried at every character)."""
    if lowered is None:
        if "point" not in text.lower():
            return []
        found = [
            Figure(m.group(), float(value), "percent", "point", None, *m.span())
            for pattern, value in _WORD_POINTS
            for m in pattern.finditer(text)
        ]
    else:
        if "point" not in lowered:
            return []
        found = []
        for i in _found_at(_WORD_POINT_KEYS, lowered):
            starts, frontier = [i], [i]
            for _ in range(2):  # the words before the key, nearest first
                frontier = [
                    j - len(p) for j in frontier for p in _WORD_POINT_PREFIXES if lowered.endswith(p, 0, j)
                ]
                starts += frontier
            hit = next(
                (
                    (m, value)
                    for st in sorted(starts)
                    for pattern, value in _WORD_POINTS
                    if (m := pattern.match(text, st)) is not None and m.end() > i
                ),
                None,
            )
            if hit is not None:
                m, value = hit
                found.append(Figure(m.group(), float(value), "percent", "point", None, *m.span()))
    found.sort(key=lambda f: (f.start, -f.end))  # "half a percentage point" holds "a percentage point"
    kept: list[Figure] = []
    for f in found:
        if not kept or f.start >= kept[-1].end:
            kept.append(f)
    return kept


_MONTH_NUMBERS = {**t.MONTHS_EN, **{k.lower(): v for k, v in t.MONTHS_FR.items()}}


def _dates(
    text: str, langs: tuple[str, ...], lowered: str | None, runs: list[tuple[int, int]] | None = None
) -> list[Figure]:
    months = _MONTH_NUMBERS
    found: list[Figure] = []
    for scanner in _date_patterns(langs):
        for m in scanner.finditer(text, lowered, runs):
            parts = m.groupdict()
            month_text = parts["m"]
            month = (
                int(month_text)
                if month_text.isdigit()
                else months.get(month_text)
                or months.get(month_text.lower())
                or months.get(month_text.title())
                or months.get(month_text.title() + ".", 0)  # "4 MAR": a dateline's "Mar."
            )
            day = parts.get("d") or "0"
            day_n = 1 if day == "1er" else int(day)
            year = int(parts["y"]) if parts.get("y") else 0
            if not 1 <= month <= 12 or day_n > 31 or (parts.get("d") and day_n < 1):
                continue
            if not parts.get("d"):  # "February 2024": the year is the figure
                found.append(Figure(parts["y"], float(year), "year", None, None, *m.span("y")))
                continue
            value = float(year * 10000 + month * 100 + day_n)  # YYYYMMDD, 0000MMDD without a year
            found.append(Figure(m.group(), value, "date", None, None, *m.span()))
    found.sort(key=lambda f: (f.start, -f.end))
    kept: list[Figure] = []
    for f in found:
        if not any(f.start < k.end and k.start < f.end for k in kept):
            kept.append(f)
    return kept


# --- classification ---------------------------------------------------------------------------------------


#: From here a number is written out to the unit, never a multiple of a scale word that follows it.
_WRITTEN_OUT = Decimal(1_000_000)


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    value: Decimal
    raw: Decimal
    kind: str = "count"
    unit: str | None = None
    currency: str | None = None
    scale: Decimal | None = None
    by_prefix: bool = False  # kind came from words before the number ("aged", "€"), shared with a list
    word: bool = False
    token: str = ""
    noun: bool = False  # a counted noun follows
    measure: bool = False  # a unit of data, rate or power follows: not a key figure
    estimate: bool = False  # an approximate scale word: "une vingtaine de"
    listed: bool = False  # a number word closing a list of counts: "29 for fraud, and seven for theft"
    term_part: bool = False  # the part of a prison term to serve or suspended: "deux ans, dont un ferme"
    at_least: bool = False  # a "+" before the scale: "40+ million"
    basis_points: bool = False  # read in basis points ("50 basis points"), kept in percentage points
    place: str | None = None  # the place or people counted: "Hama (171)", "five Portuguese citizens"
    part: bool = False  # one place's count in a list of places' counts in brackets: "Matane (101 clients)"
    restated: bool = False  # a number word said again in digits in brackets: "soixante-six (66)"

    @property
    def bare(self) -> bool:
        return self.kind == "count" and self.unit is None and self.scale is None and not self.noun


_ATTACHED_RE = compile_lazily(
    r"(?P<pct>-per-cent|-percent|-pour-cent)(?![\w])|"
    # "400-euro fines", "a 500-dollar fine": the currency glued as an adjective, read after the digits
    r"(?P<cur>-(?i:euro|dollar|franc|pound|yen|yuan|rupee|rouble|ruble|naira|rand|dirham|peso)s?)(?![\w-])|"
    # "terminer avec 90.210euros", "1500dollars": the currency word glued to the digits, read after them
    r"(?P<gcur>(?i:euros?|dollars?|francs?|livres?|pounds?))$|"
    rf"(?P<unitnoun>-{_alt(w for w in t.UNIT_NOUNS if w.isalpha())})(?![\w-])|"
    # "a 33-story high-rise", "a six-storey tower": the floors of a building (a noun outside the unit table)
    r"(?P<floors>-(?:story|storey|stories|storeys|floor))(?![\w-])|"
    # "the 1,000-bed hospital": a hospital's size, its beds counted
    r"(?P<beds>-beds?)(?![\w-])|"
    # "a nine-cent jump", "a 12-cent increase": cents of the text's dollar, as an adjective
    r"(?P<cents>-cents?)(?![\w-])|"
    # "the 700-capacity nightclub", "a 60,000-seat stadium": a venue's size, the people it holds
    r"(?P<seats>-(?:capacity|seats?|seater))(?![\w-])|"
    # "the 15-unit building": a building's dwellings counted
    r"(?P<units>-units?)(?![\w-])|"
    # "a 500-aircraft order", "the 470-plane deal": the aircraft an order counts
    r"(?P<planes>-(?:aircraft|planes?|jets?|airliners?))(?![\w-])|"
    # "the 246-page decision": a document's length, its pages counted
    r"(?P<pages>-pages?)(?![\w-])|"
    # "its 54,000-strong workforce": the size of a group (a body's size, "the 27-strong bloc", is dropped)
    r"(?P<strong>-strong)(?![\w-])|"
    r"(?P<age>-(?:years?|months?|weeks?|days?)-olds?|-ans)(?![\w])|(?P<dur>(?P<ahalf>-and-(?:a-)?half)?-(?:year|month|week|day|hour|minute|second|decade)s?)(?=$|-[a-z])"
    r"|(?P<halfsp>-and-(?:a-)?half)(?![\w-])|(?P<odd>-odd|-?ish)(?![\w-])|(?P<plus>-plus)(?![\w-])"
    # "a $15-an-hour wage", "the $2,000-per-month benefit", "a $94-per-head payment": an amount by the hour,
    # the month, the head or the tonne
    r"|(?P<rate>-(?:an?|per)-(?:hour|day|week|month|year|night|head|person|share|unit|seat|ticket|visit"
    r"|tonne|ton|litre|liter|barrel|gallon|kilo|kilogram|pound|acre|hectare))(?![\w-])"
    # "a 300m-euro contract", "a $2bn-dollar deal": a scale letter, then the currency as an adjective
    r"|(?P<sscale>(?:m|mn|bn|k)(?=-(?i:euro|dollar|pound|franc)s?(?![\w-])))"
    r"|(?P<hscale>-?(?:thousand|million|billion|trillion|THOUSAND|MILLIONS?|BILLIONS?|TRILLIONS?))(?![\w])"
    r"|(?P<suffix>[A-Za-z]{1,3})$"
)


def _compound(text: str, s: int, e: int) -> tuple[int, int]:
    """Extend a token over the letters, digits and hyphens glued to it ("COVID-19", "30-year-old")."""
    if (s == 0 or text[s - 1].isspace()) and (e == len(text) or text[e].isspace()):
        return s, e  # most tokens stand between spaces

    def inner(i: int) -> bool:
        c = text[i]
        if c.isalnum() or c in "-_":
            return True
        return c in ".," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()

    left = s
    while left > 0 and inner(left - 1):
        left -= 1
    right = e
    while right < len(text) and inner(right):
        right += 1
    return left, right


#: Currency codes written glued to the amount: "CHF7.5bn", "EUR500m", and the Swiss franc as "SFr4.4bn".
_GLUED_CODES = frozenset(p for p in t.CURRENCY_PREFIXES if len(p) == 3 and p.isalpha() and p.isupper()) | {
    "SFr",
    "Sfr",
    "Rp",  # the rupiah: "Rp10 million"
    "RM",  # the ringgit: "RM4.74bil"
    "Dh",  # the UAE dirham as Gulf papers write it: "Dh8.1 billion"
    "Dhs",
    "Tk",  # the taka: "Tk25,000", "Tk1.5 lakh"
    "Tsh",  # the Tanzanian shilling: "Tsh191 million"
    "TSh",
    "Ksh",  # the Kenyan shilling: "Ksh2 billion"
    "KSh",
    "Sh",  # the shilling of the East African country the text names: "Sh2 billion", "Shs100m"
    "Shs",
    "USh",
    "Rs",  # the rupee: "Rs2 lakh"
}
#: After a number of millions, its thousands and units with their scales spelled out: " million 870 thousand
#: 328", " millions 314 mille" (as some translated wires write a vote's count).
_MILLIONS_THOUSANDS_AFTER = compile_lazily(
    rf"{_H}+(?:million|millions){_H}+(?P<t>[0-9]{{1,3}}){_H}+(?:thousand|mille)(?:{_H}+(?P<u>[0-9]{{1,3}}))?"
    rf"(?![\w.,]|{_H}*[0-9])"
)
#: The scales after an amount glued to "Euro" ("Euro20.4bn", "Euro220m").
_GLUED_EURO_SCALES = frozenset({"bn", "m", "mn", "k"})
#: Capitalised words after a number, up to a word that names a body or a programme: the number is in its name
#: ("360 Vulnerability Research Institute", "365 Bounty Program").
_BODY_NAME_AFTER = compile_lazily(
    rf"(?:{_H}+[A-Z][\w'’&-]*){{0,3}}{_H}+(?:Institute|Institut|Group|Groupe|Labs?|Foundation|Fondation|Centre|Center"
    rf"|Program|Programme|Fund|Capital|Partners|Holdings|Association|Club)(?![\w'’-])"
    # a broadcaster named by its frequency or channel: "680 NewsRadio", "98.5 FM", "Channel 4 News"
    rf"|{_H}+(?:News(?:Radio|Talk)?|NewsTalk|Radio|FM|AM)(?![\w'’-])"
)
#: The letters glued to the digits that are a currency only in a text naming its country, and that currency:
#: the Philippine peso ("P1 billion"), the naira ("N488"), the rand ("R12-million"); elsewhere "P1", "N95" and "R2"
#: are codes.
_LETTER_CURRENCIES = {"P": "PHP", "Php": "PHP", "N": "NGN", "R": "ZAR"}
#: A dash and digits right after a number glued to letters: the rest of a model's code ("RM11-03").
_CODE_TAIL_RE = compile_lazily(r"-[0-9]")
#: The peso's letters: before a small number they are no amount even in the Philippines ("a P8 aircraft").
_PESO_GLUED = frozenset(k for k, code in _LETTER_CURRENCIES.items() if code == "PHP")


#: The letters written after a dollar sign, before the digits: Australian and New Zealand papers' "$A250,000",
#: and the US dollar as Australian and global-health outlets write it, "$US27.6 million".
_DOLLAR_AFTER_LETTERS = frozenset({"A", "NZ", "US", "CAN"})


#: A currency named after an amount, its scale glued as a lone "b" for billion: "around 16b francs" ("$16b"
#: is read by its symbol; "Article 16b" names no currency).
_CURRENCY_WORD_AFTER = compile_lazily(
    r"\s+(?:(?i:swiss|us|u\.s\.|canadian|australian)\s+)?(?:francs|euros|dollars|pounds|yen|yuan|rupees|dirhams)\b"
)


#: The marks that open and close a quoted title, and the small words a title's capitals skip.
_TITLE_OPENERS = '"“«'
_TITLE_OPENER_RE = compile_lazily(f"[{_TITLE_OPENERS}]")
_TITLE_CLOSERS = '"”»'
_TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for de du des la le les et l d un une".split())
#: How far a quoted title may reach on each side of its number.
TITLE_REACH = 50
#: A noun naming a work right before a quote opens: what is quoted is its title.
_WORK_NAMED_BEFORE = compile_lazily(
    rf"(?<![\w])(?i:émission|film|série|livre|album|magazine|spectacle|pièce|chanson|roman|documentaire"
    rf"|téléfilm|podcast|programme|show|movie|book|series|song|novel|documentary|program|play|musical){_H}*$"
)
_TITLE_WORD_RE = compile_lazily(r"[^\W\d_][\w'’-]*")


def _in_quoted_title(text: str, s: int, e: int) -> bool:
    """Whether the number at ``s:e`` is inside a short quoted title, its words capitalised and one after the
    number: a film, a book, a work of art ("150 Milligrams", "Everydays: The First 5,000 Days"), not a quote
    ("« Plus de 300 morts »")."""
    lo = max(0, s - TITLE_REACH)
    opened = max(text.rfind(q, lo, s) for q in _TITLE_OPENERS)
    if opened < 0 or any(q in text[opened + 1 : s] for q in "”»\n"):
        return False
    hi = min(len(text), e + TITLE_REACH)
    closes = [i for i in (text.find(q, e, hi) for q in _TITLE_CLOSERS) if i >= 0]
    if not closes:
        return False
    closed = min(closes)
    if "\n" not in text[opened:closed] and _WORK_NAMED_BEFORE.search(text, max(0, opened - 24), opened):
        # "l'émission « Sept à huit » de TF1", "the film '300'": a work named as such, its title in French
        # sentence case or a number alone
        return True
    after = _TITLE_WORD_RE.findall(text, e, closed)
    words = _TITLE_WORD_RE.findall(text, opened + 1, s) + after
    return (
        bool(after)
        and "\n" not in text[e:closed]
        and all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)
        and any(w[0].isupper() for w in after)
        and not any(_a_people(w.lower()) for w in after)  # «trois Suédois»: people, quoted
    )


#: A comparison of warmth right after a number glued to a lowercase "c": "the planet was 1.48c hotter",
#: "0.17c higher than in 2016" (near words of climate): degrees Celsius, not cents.
_WARMTH_COMPARED_AFTER = compile_lazily(
    rf"{_H}+(?P<w>(?i:hotter|warmer|cooler|colder|higher|lower|above|below))(?![\w])"
)
_CLIMATE_WORDS = ("temperat", "warm", "hotter", "heat", "climat", "pre-industrial", "preindustrial")
#: A price per unit right after a number glued to a lowercase "c": "79.95c a litre", "45c per share": cents, as
#: Australian and Irish papers write them.
_GLUED_CENTS_PRICE_AFTER = compile_lazily(
    rf"{_H}+(?:a|an|per){_H}+(?i:litre|liter|gallon|share|kilo|kg|kilogram|kilowatt-hour|kwh|unit|kilometre|km)s?"
    rf"(?![\w])"
)


def _lowercase_celsius(text: str, s: int, right: int) -> bool:
    """Whether a number glued to a lowercase "c" (``text[s:right]``) is a temperature: a comparison of warmth
    after it ("1.48c hotter"), or of height near words of climate ("0.17c higher than the record year")."""
    m = _WARMTH_COMPARED_AFTER.match(text, right)
    if m is None:
        return False
    if m.group("w").lower() in ("hotter", "warmer", "cooler", "colder"):
        return True
    window = text[max(0, s - 160) : right + 80].lower()
    return any(w in window for w in _CLIMATE_WORDS)


def _glued(
    text: str,
    s: int,
    e: int,
    word: bool,
    letter_currency: Callable[[str], bool] | None = None,
    bare_scale: bool = False,
) -> tuple[bool, re.Match[str] | None]:
    """Whether the token stands alone (or with a known suffix); returns the suffix match if any.
    ``letter_currency``: whether the letters glued before it are a currency in this text ("P1 billion" in
    pesos, "N488" in naira). ``bare_scale``: the text may write billions as a bare "G" ("total 10G sur cinq
    ans"), read after the digits."""
    left, right = _compound(text, s, e)
    head, rest = text[left:s], text[e:right]
    if word:
        if head or (rest and not rest.startswith("-")):
            return False, None
    elif (
        head
        and not _RANGE_HEAD_RE.fullmatch(head)
        and head.lower() != "minus-"  # "minus-29C", "minus-26 C": Canadian papers hyphenate the sign word
        and head.lower() not in ("then-", "now-")  # "the then-15-year-old skater": an age at the time
        and head not in _GLUED_CODES
        and not (head in _DOLLAR_AFTER_LETTERS and text[left - 1 : left] == "$")  # "$A7 billion", "$NZ7.95b"
        and not (head in _LETTER_CURRENCIES and letter_currency is not None and letter_currency(head))
        # "reaching Euro20.4bn", "Euro220m": the euro as some trade papers write it, glued, before its scale
        # (not "Euro2020", a tournament)
        and not (head == "Euro" and rest in _GLUED_EURO_SCALES)
    ):
        return False, None
    if not rest or (rest == "-" and not word):  # "€2,500-€3,000": a dash before a symbol
        return True, None
    if rest == "ans" and not word:
        return True, None  # "Patrick Picque (45ans)": French years glued to the digits, read after them
    if rest == "-per" and text[right : right + 5] == " cent":  # "a 17-per cent rise": read after the digits
        return True, None
    if rest == "-point" and not word and _POINTS_CHANGE_AFTER.match(text, right):
        # "a 20-point lead": a share's points, read after the digits (see _WHOLE_POINTS_AFTER)
        return True, None
    if rest.endswith("-") and not word and text[right : right + 1] in ("€", "$", "£"):
        rest = rest[:-1]  # "£6mn-£7mn": a range's first amount, its scale before the dash
    m = _ATTACHED_RE.match(rest)
    if m and m.group("suffix") in _SCALE_LETTERS and right < len(text) and text[right] in "€$£" and not word:
        return True, None  # "1,8G$US", "3M€": the scale letter and the symbol are read after the digits
    if bare_scale and rest == "G" and not word and text[s:e] not in _NETWORK_GENERATIONS:
        return True, None  # "total 10G sur cinq ans": read after the digits (not "la 5G", a network)
    if m and m.group("suffix"):
        suffix = m.group("suffix")
        ok = (
            suffix in t.SCALE_SUFFIXES
            or (
                suffix == "b"
                and (text[s - 1 : s] in ("$", "€", "£") or bool(_CURRENCY_WORD_AFTER.match(text, right)))
            )
            or suffix == "T"
            and text[s - 1 : s] in ("$", "€", "£")  # "a record $32.6T": trillions
            or suffix in t.DURATION_SUFFIXES
            or suffix in t.TEMPERATURE_SUFFIXES
            or suffix in _PERCENT_GLUED
            or suffix == "c"
            and (
                _lowercase_celsius(text, s, right) or _GLUED_CENTS_PRICE_AFTER.match(text, right) is not None
            )
        )
        if (
            ok
            and suffix in ("B", "M", "K")
            and text[s - 1 : s] == " "
            and text[s - 2 : s - 1] not in ("$", "€", "£")
            and _NAME_RIGHT_BEFORE_RE.search(text, max(0, s - 32), s) is not None
            and not _CURRENCY_WORD_AFTER.match(text, right)
        ):
            # "the French military satellite Syracuse 4B", "SYRACUSE 4B": a name's number and letter, no
            # billions of anything
            return False, None
        # the second number of a range carries the unit: "28-30C", "10-15m" (not "COVID-19m")
        ranged = (
            not head.endswith("-")
            or head.lower() == "minus-"
            or (bool(_RANGE_HEAD_RE.fullmatch(head)) and not head.startswith("0"))
        )
        return (ok and not word and ranged), (m if ok else None)
    if m:
        return True, m
    if word:
        return False, None
    # a range "10-15" or "1,350-1,700": the second number carries the unit
    core_end = _RANGE_TAIL_RE.match(rest)
    if core_end is None or head.endswith("-"):
        return False, None
    tail = rest[core_end.end() :]
    return (not tail or bool(_ATTACHED_RE.match(tail))), None


_CURRENCY_AFTER = {k.lower(): v for k, v in {**t.CURRENCY_SUFFIXES, **t.CURRENCY_CODES_AFTER}.items()}
#: A capitalised name right before a number, inside its sentence (not the first word of it): "satellite
#: Syracuse ", "satellite SYRACUSE ".
_NAME_RIGHT_BEFORE_RE = compile_lazily(r"(?<=[a-zà-ÿ,] )[A-Z][A-Za-z-]{2,} $")
#: A noun glued to a scale word by a dash: "2.8 million-follower", "a 10 million-member union".
_SCALE_NOUN_GLUED_RE = compile_lazily(r"-(?P<n>[A-Za-z]{3,})(?![\w-])")
#: Per cent glued to the digits: "10pc", "2.5pc".
_PERCENT_GLUED = frozenset({"pc"})


#: Fractions written as one character: "6½ years".
_VULGAR_FRACTIONS = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75"), "⅓": Decimal(1) / 3,
                     "⅔": Decimal(2) / 3, "⅛": Decimal("0.125")}  # fmt: skip
#: The fraction of a mixed number: "6 1/2", "3 3/4", "3-3/4" (halves, thirds, quarters and eighths).
_MIXED_FRACTION_RE = compile_lazily(r"[ \u00a0-](?P<n>[1-7])/(?P<d>[2348])(?![\w/])")


def _fraction_after(text: str, e: int) -> tuple[Decimal, int] | None:
    """The fraction right after the whole number ending at ``e`` and where it ends, or None."""
    if text[e : e + 1] in _VULGAR_FRACTIONS:
        return _VULGAR_FRACTIONS[text[e]], e + 1
    if text[e : e + 1] in (" ", "\u00a0") and text[e + 1 : e + 2] in _VULGAR_FRACTIONS:
        return _VULGAR_FRACTIONS[text[e + 1]], e + 2  # "3 ½ years"
    m = _MIXED_FRACTION_RE.match(text, e)
    if m is None or int(m.group("n")) >= int(m.group("d")):
        return None
    return Decimal(int(m.group("n"))) / int(m.group("d")), m.end()


#: What may stand between "the" and a place's noun or name: "in the neighbouring province of Malatya".
_PLACE_ADJECTIVES_EN = r"(?i:neighbou?ring|nearby|southern|northern|eastern|western|central)(?![\w])"
#: A place named after a count in its clause: "dans la province de Hama", "in the state of Ohio", "à Valence".
_PLACE_AFTER = compile_lazily(
    # "dont au moins 15 en Belgique et 93 pour l'Allemagne": a country's share of a toll, its article after "pour"
    rf"(?<![\w])(?:(?i:in|à|en|dans|au)|(?i:pour)(?={_H}+(?:l['’]|la{_H}|le{_H}))"
    # "102 jobs at the Reims site": a site, a plant named by its place
    rf"|(?i:at)(?={_H}+the{_H}+[A-Z][\w'’-]+{_H}+(?:site|plant|factory|facility|mine|refinery)(?![\w])))"
    rf"(?:{_H}+(?i:the|la|le|des|les)|{_H}+(?i:l['’]))?{_H}*"
    # "dans des villages de l'État Rakhine", "in villages of the state of"
    rf"(?:(?i:villages?|towns?|localités?|communes?){_H}+(?i:of|de|d['’]|du)(?:{_H}+(?i:the|la|le)|{_H}*(?i:l['’]))?{_H}*)?"
    # "in the neighbouring province of Malatya", "dans la province voisine de Malatya"
    rf"(?:(?:{_PLACE_ADJECTIVES_EN}{_H}+)?"
    rf"(?i:province|region|région|state|état|district|governorate|gouvernorat|city|ville|celle|celui|town)"
    rf"(?:{_H}+(?i:voisine?|limitrophe))?(?:{_H}+(?i:of|de|d['’]))?{_H}*)?"
    # "en Caroline du Nord", "en Nouvelle-Galles du Sud": a French name's lowercase joining word
    rf"(?P<p>[A-Z][\w'’-]+(?:{_H}+(?:(?:du|de|des){_H}+)?[A-Z][\w'’-]+){{0,2}})"
)
#: A preposition right after a word: what follows a participle ("related to", "earmarked for").
_PREPOSITION_AFTER = compile_lazily(rf"{_H}+(?i:to|for|on|by|with|from|towards|under)(?![\w])")
#: A country named right after a bare count: "27 from Mexico", "two from El Salvador" (the last word kept).
_ORIGIN_AFTER = compile_lazily(rf"{_H}+from{_H}+(?:[A-Z][\w'’-]+{_H}+)?(?P<p>[A-Z][\w'’-]+)(?![\w'’-])")
#: Units of time a counted noun may be when a word stands between it and its number ("8,000 flight hours"); not
#: days, which a word makes events ("five action days", "two strike days").
_DURATION_NOUNS = frozenset({"seconds", "minutes", "hours", "weeks", "months", "years"})
#: A flight named by its airline's code before its number: "Flight ET 302", "le vol AF 447".
_FLIGHT_NUMBER_BEFORE = compile_lazily(rf"(?<![\w])(?i:flight|vol){_H}+(?:[A-Z][A-Z0-9]|[0-9][A-Z]){_H}$")
#: ... and the airline's code itself when it opens with a digit: "Flight 7C 2216" (no 7 °C).
_FLIGHT_CODE_BEFORE = compile_lazily(rf"(?<![\w])(?i:flight|vol){_H}+$")
_FLIGHT_CODE_AFTER = compile_lazily(rf"[A-Z](?![\w]){_H}*[0-9]")
#: How far after a count its place may be named, and what ends the clause before it.
PLACE_REACH = 48
#: Verbs that carry people "to safety" (see :data:`_TO_SAFETY_AFTER`): the saved.
_BROUGHT_WORDS = frozenset(
    {"pulled", "brought", "hauled", "plucked", "winched", "airlifted", "carried", "lifted"}
)
_TO_SAFETY_AFTER = compile_lazily(rf"{_H}+to{_H}+safety(?![\w])")
#: Taken or held hostage: the verbs, then what follows them.
_TAKEN_WORDS = frozenset({"taken", "held", "kidnapped", "prises", "pris", "prise", "retenues", "retenus"})
_HOSTAGE_AFTER = compile_lazily(
    rf"{_H}+(?i:hostages?|as{_H}+hostages?|en{_H}+otages?|comme{_H}+otages?)(?![\w])"
)
#: Another count in words between a count and a place after it: "12 from Medellin and five in Tabogon" (one in
#: digits is a clause break already, see _CLAUSE_BREAK_RE); not French "un", an article as often.
_ANOTHER_NUMBER_WORD_RE = compile_lazily(
    rf"(?<![\w])(?i:{_alt(w for lg, least in (('en', 1), ('fr', 2)) for w, v in t.NUMBER_WORDS[lg].items() if least <= v <= 10)})"
    r"(?![\w])"
)
_CLAUSE_BREAK_RE = compile_lazily(r"[.;:,()\n0-9]")
#: Capitalised words after "in" or "en" that are no place.
_NOT_PLACES = frozenset(
    "total all tout tous toutes addition outre particulier general général effet fact short brief".split()
    + "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi".split()
    + "samedi dimanche".split()
)
#: What is done with an amount said as the subject: "127 millions avaient été détournés", "ont servi à".
_SPENT_AFTER = compile_lazily(
    rf"(?:{_H}+[^\W\d_]+){{0,2}}?{_H}+(?i:versée?s|détournée?s|dépensée?s|investie?s|payée?s|saisie?s|blanchie?s"
    rf"|volée?s|dérobée?s|servi|allouée?s|débloquée?s|injectée?s|épargnée?s|économisée?s|spent|paid|stolen"
    rf"|laundered|invested|seized|saved"
    # "3 milliards avaient été provisionnés", "$3 billion set aside": a sum put aside
    rf"|provisionnée?s|budgétée?s|provisioned|earmarked|budgeted|set{_H}+aside"
    rf"|embezzled|siphoned)(?![\w])"
)
#: Between an amount and the bracket that gives it over a period: "5 francs de plus (190 par année)".
_PER_PERIOD_IN_BRACKETS_BEFORE = compile_lazily(
    rf"(?:{_H}+(?i:de{_H}+plus|more|less|de{_H}+moins))?{_H}*\({_H}*(?:(?i:soit|or|i\.e\.),?{_H}+)?"
)
#: A period a bare sum is given over or per, in a text of amounts: "récupérer 110 millions par année", "un plan
#: de 50 millions en cinq ans", "$40 million a year".
_PER_PERIOD_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:par|per|a|each|chaque){_H}+(?i:an|année|year|mois|month)"
    rf"|(?i:en|over|sur){_H}+[^\W\d_]+{_H}+(?i:ans|années|years))(?![\w])"
)
#: The prefixes that name Canadian dollars: beside them, a bare "$" in brackets is the US dollar.
_CANADIAN_PREFIXES = tuple(p for p, code in t.CURRENCY_PREFIXES.items() if code == "CAD" and p != "CAD")
#: An amount's own words that name Canadian dollars: "dollars canadiens", "Canadian dollars", "C$", "CAD".
_NAMED_CANADIAN_RE = compile_lazily(r"(?i:canadi)|C\$|CA\$|CAD")
#: Who forecasts an amount, never millions of them: after a scaled number, the subject of a clause about it.
_FORECASTERS = frozenset(
    "analysts economists forecasters traders analystes économistes prévisionnistes".split()
)
#: How a count's signed change in brackets closes: "(-5)", "(+2 sièges)".
_SIGNED_CHANGE_END = compile_lazily(rf"(?:{_H}+(?i:sièges?|seats?|élus))?\)")
#: What is seized may be goods as well as money: "2 millions saisis" says no currency.
_SEIZED_AFTER = compile_lazily(rf"(?:{_H}+[^\W\d_]+){{0,2}}?{_H}+(?i:saisie?s|seized)(?![\w])")
#: A sum said of what it is in: "plus de 100 millions en profits nets", "$5 million in donations", "500 millions
#: des investissements prévus", "$134 billion in assets" ("d'actifs" is a sum's noun: see _SUM_NOUNS).
_IN_MONEY_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:en|in)(?:{_H}+(?i:new|additional|extra|federal|public|private|annual|direct|net|total|"
    rf"nouveaux|nouvelles|nouvel|nouveau))?|(?i:des|de|d['’])(?={_H}*(?i:investissements|dépenses|revenus|recettes))"
    rf"|(?i:dans{_H}+(?:ses|leurs|les|sa|la))(?={_H}+(?i:liquidités|réserves|caisses?|coffres|trésorerie)))"
    rf"{_H}*(?i:profits?|bénéfices?|revenus?|ventes|pertes|recettes|dividendes|subventions|dons|aide|amendes"
    rf"|investissements?|dépenses|financement|revenues?|sales|losses|donations|aid|fines|damages|dividends"
    rf"|subsidies|funding|investments?|spending|bribes|pots-de-vin|liquidités|réserves|caisses?|coffres"
    rf"|trésorerie|actifs|assets"
    # "30 millions en retombées directes", "$30 million in economic spinoffs": what an event brings a region
    rf"|retombées|spinoffs?|spin-offs?)(?![\w])"
    # "ajouterait 392 millions au produit intérieur brut", "add $2 billion to GDP": a sum added to an output
    rf"|{_H}+(?i:au{_H}+produit{_H}+intérieur{_H}+brut|au{_H}+PIB|to{_H}+(?:the{_H}+(?:city's{_H}+|country's{_H}+)?)?"
    rf"(?:GDP|gross{_H}+domestic{_H}+product))(?![\w])"
)
#: The injured said to be seriously hurt, a count of their own (see "critical" in :meth:`fate_after`).
_SERIOUSLY_AFTER = compile_lazily(
    rf"(?:{_H}+[^\W\d_][\w'’-]*){{0,4}}?{_H}+(?:(?i:seriously|critically|severely|badly|gravement|grièvement)"
    rf"{_H}+(?i:injured|wounded|hurt|blessée?s?)|(?i:blessée?s?){_H}+(?i:graves?|grièvement|gravement))(?![\w])"
)
_SERIOUS_HINTS = ("serious", "critical", "severe", "badly", "grave", "grièvement")
#: The injured said lightly hurt, after their count: "49 blessés légers", "légèrement blessés", "slightly injured".
_LIGHTLY_AFTER = compile_lazily(
    rf"(?:{_H}+[^\W\d_][\w'’-]*){{0,4}}?{_H}+(?:(?i:slightly|lightly|légèrement){_H}+(?i:injured|wounded|hurt|blessée?s?)"
    rf"|(?i:blessée?s?){_H}+(?i:légers?|légères?|légèrement))(?![\w])"
)
_LIGHT_HINTS = ("slightly", "lightly", "léger", "légère")
#: The adverb alone after a part of the injured: "94 of them seriously".
_SERIOUSLY_RE = compile_lazily(
    rf"{_H}*(?i:seriously|severely|critically|badly)(?:{_H}+(?i:injured|hurt|wounded|burned|burnt))?"
    rf"(?=[.,;:)]|$|{_H}+(?:and|while|with)(?![\w]))"
)
#: Raw nouns of the persons of a people: "five Portuguese citizens".
_CITIZENS = frozenset({"citizens", "citizen", "citoyens", "citoyen", "citoyennes", "citoyenne"})
#: The people a company counts as its own: a name before them is the company's ("Hydro-Québec customers").
_CLIENT_UNITS = frozenset({"customer", "subscriber", "user", "member", "employee", "account"})
#: An age bound after "under" or "over" that makes people of the number before: "one million under 13s".
_AGE_GROUP_AFTER = compile_lazily(rf"{_H}*-?{_H}*[0-9]{{1,2}}(?:s|-year-olds?)?(?![\w])")
#: A title in quotes opening after "de" or "of": a film's or a book's name ("de « Wonder Woman »").
_QUOTED_TITLE_RE = compile_lazily(rf"{_H}*[«“\"]")
#: A verb after a bare scaled number makes it the subject, people: "3 millions ont voté", "2 million were".
_SUBJECT_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:ont|sont|avaient|étaient|avait|était|have|has|had|were|are|was|is|voted|votaient|vivent|live)"
    rf"(?![\w])|[a-zé]+(?:ent|aient)(?![\w]))"
)


def _ending(pattern: str) -> re.Pattern[str]:
    """A pattern for :meth:`_Extractor.before`: it must end where the looked-at token starts."""
    return compile_lazily(pattern + "$")


#: A counted noun's change, then "of" and a bare number: "a global paid subscriber loss of 2 million",
#: "user growth of 5 million", "job losses of about 1.2 million".
_NOUN_CHANGE_OF_BEFORE = _ending(
    r"(?<![\w-])(?P<n>[A-Za-z]+)\s+(?i:loss|losses|gains?|growth|declines?|drop|increases?|additions|cuts)\s+of\s+"
    r"(?:(?i:about|around|nearly|some|roughly|almost|more\s+than|over|just\s+over|just\s+under)\s+)?"
)


#: A rate right before the period it is given over: "by 11.5 percent over a year", "3% in a year".
_RATE_PERIOD_BEFORE = _ending(rf"(?:%|(?i:percent|per{_H}+cent)){_H}+")


#: What a share of a vote's count covers: "of polling stations", "des bureaux de vote", "of ballots counted".
_COVERAGE = (
    rf"{_H}+(?i:of{_H}+(?:the{_H}+)?(?:polling{_H}+stations|precincts|ballots|votes)|des{_H}+(?:bureaux{_H}+de{_H}+vote"
    rf"|bulletins|voix))"
)
_COVERAGE_AFTER = compile_lazily(_COVERAGE + r"(?![\w])")
#: A vote's turnout before its rate, in the rate's clause: "Turnout was 54.63 per cent", "a turnout of about 27
#: percent", "le taux de participation s'est élevé à 53,54 %", "La participation s'est élevée à 58 %" (not "une
#: participation de 9,2 %", a stake).
_TURNOUT_BEFORE = _ending(
    rf"(?<![\w])(?i:turnout|taux{_H}+de{_H}+participation|(?<=[Ll]a{_H})participation)"
    # the share of polling stations counted ("The turnout in over 80% of polling stations was 91.4%")
    rf"(?:{_H}+(?i:in|dans){_H}+(?:(?i:over|more{_H}+than|plus{_H}+de){_H}+)?[0-9.,]+{_H}?%{_COVERAGE})?"
    rf"(?:{_H}+[^\W\d_][\w'’-]*,?){{0,10}}{_H}+"
    rf"(?:(?i:about|around|nearly|almost|some|roughly|just|près{_H}+de|environ|quelque){_H}+)?"
)
#: A turnout after its rate: "a 66 percent turnout", "53.54 percent turned out", "64,1 % de participation".
_TURNOUT_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:voter|electoral){_H}+)?(?i:turnout|turned{_H}+out|de{_H}+participation)(?![\w])"
    rf"|,{_H}+(?i:la{_H}+participation)(?![\w])"  # "Avec un taux de 80,63 %, la participation dépasse"
    rf"|,{_H}+(?i:voter{_H}+turnout)(?![\w])"  # "At only 43%, voter turnout was the lowest ever"
)
#: A party's or a side's share of the votes named right after a rate: "41% des suffrages", "52% of the vote".
_VOTE_SHARE_AFTER = compile_lazily(
    rf"{_H}+(?i:des{_H}+(?:suffrages|voix|votes)|du{_H}+vote|of{_H}+(?:the{_H}+)?votes?)(?![\w])"
)
#: What a text holds when :data:`_TURNOUT_BEFORE` or :data:`_TURNOUT_AFTER` may match in it.
_TURNOUT_HINTS = ("turnout", "turned out", "participation")
#: The adverbs French may put between "table" and "sur" ("Elle table désormais sur ...").
_TABLE_SUR_ADVERBS = ("désormais", "maintenant", "encore", "toujours", "aussi")
#: A forecast or a target before a rate or an amount, in its clause: "The group sees organic sales growth between
#: 6 percent and 8 percent", "Nestlé table sur une croissance de 6 à 8 %", "le déficit devrait atteindre 5 %".
_FORECAST_BEFORE = compile_lazily(
    r"(?<![\w])(?i:expects?|expecting|sees|forecasts?|forecasted|projects?|projected|targets?|anticipates?|guidance|outlook"
    # "Elle table désormais sur une inflation autour de 8%": an adverb may stand before "sur"
    rf"|prévoit|prévoient|(?:table{{1,2}}|tablent)(?:\s+(?:{'|'.join(_TABLE_SUR_ADVERBS)}))?\s+sur"
    r"|vise|visent|s['’]attend|anticipe|prévisions?|objectifs?"
    r"|devrait|devraient)(?![\w])(?:[^.;:!?\n]|(?<=[0-9])[.](?=[0-9]))*$"
)
#: An agreement or a law that "prévoit" a rise provides for it: no forecast ("cet accord, qui prévoit une
#: augmentation de 12 %", "la loi prévoit une amende de 300 euros").
_PROVIDES_FOR_BEFORE = compile_lazily(
    r"(?i:accord|entente|contrat|convention|loi|texte|réforme|décret|règlement)\b[^.;!?\n]{0,30}"
    r"(?i:prévoit|prévoient)(?![\w])"
)
#: How far before a figure its forecast's verb may stand.
FORECAST_REACH = 160
#: What a lowercased text holds when :data:`_FORECAST_BEFORE` may match in it.
_FORECAST_HINTS = (
    "expect",
    "sees",
    "forecast",
    "project",
    "target",
    "anticipat",
    "guidance",
    "outlook",
    "prévoi",
    "prévision",
    "table sur",
    *(f"table {adverb}" for adverb in _TABLE_SUR_ADVERBS),
    "tablent",
    "vise",
    "attend",
    "anticipe",
    "objectif",
    "devrai",
)
#: What names an investigation before its code: "Project 24K", "Opération 2K".
_CODENAME_BEFORE = _ending(rf"(?<![\w])(?:Project|Projet|Operation|Opération){_H}+")
#: A clause that opens on a place, then the count: "En Belgique, 13 personnes", "et en Italie, 1400 policiers",
#: "In Germany, more than 100 raids" (the hedge before the number is the count's).
_PLACE_OPENING_BEFORE = _ending(
    rf"(?:(?:^|[.;:!?]){_H}*|,{_H}+(?:(?i:et|and){_H}+)?)(?i:en|in|au|aux|à)"
    rf"{_H}+(?:l['’]|the{_H}+)?(?P<p>[A-Z][\w'’-]+),{_H}+"
    rf"(?:(?i:plus{_H}+de|près{_H}+de|environ|quelque|au{_H}+moins|more{_H}+than|nearly|about|some|at{_H}+least|over)"
    rf"{_H}+)?"
)
#: The same, the clause's words between the place and its count: "En Allemagne, le groupe prévoit de
#: supprimer 1.700", "In Germany, the company will cut 2,300" (no number, no other clause between).
_PLACE_OPENING_CLAUSE_BEFORE = _ending(
    rf"(?:(?:^|[.;:!?]){_H}*)(?i:en|in|au|aux|à)"
    rf"{_H}+(?:l['’]|the{_H}+)?(?P<p>[A-Z][\w'’-]+),{_H}+(?:[^\W\d_][\w'’-]*{_H}+){{1,8}}"
    rf"(?:(?i:plus{_H}+de|près{_H}+de|environ|quelque|au{_H}+moins|more{_H}+than|nearly|about|some|at{_H}+least|over)"
    rf"{_H}+)?"
)
#: A clause opening on its place, then an aside on that place, then the people counted there: "À Lyon, où la
#: police a reçu des projectiles, ils étaient 23.000", "In Lyon, where police were pelted, there were 23,000".
_PLACE_ASIDE_OPENING_BEFORE = _ending(
    rf"(?:[.;:!?]{_H}*|\n)(?i:en|in|au|aux|à){_H}+(?:l['’]|the{_H}+)?(?P<p>[A-Z][\w'’-]+),{_H}+(?i:où|where)"
    rf"(?![\w])[^.;:!?\n0-9]{{1,90}},{_H}+(?i:ils{_H}+étaient|elles{_H}+étaient|on{_H}+comptait|on{_H}+en{_H}+comptait"
    rf"|they{_H}+were|there{_H}+were){_H}+"
    rf"(?:(?i:plus{_H}+de|près{_H}+de|environ|quelque|au{_H}+moins|more{_H}+than|nearly|about|some|at{_H}+least|over)"
    rf"{_H}+)?"
)
#: What the text right before a count a place's aside opens holds (see :data:`_PLACE_ASIDE_OPENING_BEFORE`).
_COUNTED_THERE_HINTS = ("étaient", "comptait", "were")
#: How far before a count such a clause may open.
PLACE_ASIDE_REACH = 140
#: What a party's tally is of, after its number: "the Liberals 169 seats", "le Bloc 23 sièges".
_SEATS_OR_VOTES_AFTER = compile_lazily(
    rf"{_H}+(?i:seats?|votes?|sièges?|voix|députés|MPs|ridings|circonscriptions)(?![\w])"
)


#: The words between an amount and the year it is of, and after the next amount of the list before its year:
#: "811 millions en 2027 et 896 en 2030", "3,6 milliards dès 2027 et 4,6 d'ici 2030".
_BY_YEAR_BEFORE = compile_lazily(rf"{_H}+(?i:en|in|dès|d['’]ici|by|pour|for|à{_H}+partir{_H}+de|from){_H}+")
_BY_YEAR_AFTER = compile_lazily(
    rf"{_H}+(?i:en|in|dès|d['’]ici|by|pour|for|à{_H}+partir{_H}+de){_H}+(?:19|20)[0-9]{{2}}(?![0-9])"
)
#: The amount Canada's Criminal Code names its charges by: "theft over $5,000", "vol de plus de 5000 $".
OFFENCE_THRESHOLD = 5000
_OFFENCE_STEMS = compile_lazily(r"theft|fraud|mischief|vol|fraude|méfait")
_OFFENCE_OVER_BEFORE = _ending(
    rf"(?<![\w])(?i:theft|fraud|mischief|vol|fraude|méfait)(?:{_H}+(?i:of{_H}+property))?{_H}+"
    rf"(?i:over|under|exceeding|not{_H}+exceeding|de{_H}+plus{_H}+de|de{_H}+moins{_H}+de|excédant"
    rf"|n['’]excédant{_H}+pas|d['’]une{_H}+valeur{_H}+(?:de{_H}+plus|supérieure){_H}+(?:de|à)){_H}*\$?"
)
#: "d'ici" ("by", before a date: "300 millions d'ici 2030"), which an elided "de" makes look like a noun.
_UNTIL_WORDS = frozenset({"d'ici", "d’ici"})
#: How far before a count the place a clause names may start (see :meth:`_Extractor.place_said_before`).
PLACE_BEFORE_REACH = 48


def _mark_parts(figures: list[Figure], group: Callable[[Figure], object]) -> None:
    """Mark as parts the ``figures`` of each ``group`` that names two places or more: a list given place by
    place, each figure its place's share."""
    places: dict[object, set[str]] = {}
    for f in figures:
        places.setdefault(group(f), set()).add(f.place or "")
    for f in figures:
        if len(places[group(f)]) >= 2:
            f.part = True


#: How many of a text's amounts, at least, are in the currency its bare billions are counted in, when its other
#: amounts are in another: the losses of a year in dollars, one country's share in euros ("115 milliards de
#: dollars ... 5 milliards d'euros ... la barre des 100 milliards").
DOMINANT_CURRENCY_LEAST = 4
#: ... and the share of the text's amounts they make.
DOMINANT_CURRENCY_SHARE = 0.8


def _dominant_currency(amounts: list[_Cand]) -> str | None:
    """The currency of all of ``amounts``, or of :data:`DOMINANT_CURRENCY_LEAST` of them at least making
    :data:`DOMINANT_CURRENCY_SHARE` of them; None otherwise."""
    counts = Counter(a.currency for a in amounts)
    if not counts:
        return None
    currency, most = counts.most_common(1)[0]
    if len(counts) == 1 or most >= DOMINANT_CURRENCY_LEAST and most >= DOMINANT_CURRENCY_SHARE * len(amounts):
        return currency
    return None


#: Weeks in a month, as a wait "of a month and three weeks" (1.75 months) counts them.
WEEKS_IN_A_MONTH = 4
#: How many times the amount a change went to its start, said without its scale, may be: "passé de 9 à 7
#: milliards" (not "de 500 à 2 millions").
CHANGE_START_RATIO = 10


def _sole_scaled_currency(money: list[_Cand]) -> str | None:
    """The currency of ``money`` when two of its amounts or more are scaled and all of those are in it."""
    scaled = {m.currency for m in money if m.scale is not None}
    return next(iter(scaled)) if len(scaled) == 1 and sum(m.scale is not None for m in money) >= 2 else None


#: A place named right before a count, a comma then "with" or "where" between: "the Montérégie, with 5,580",
#: "the Outaouais, where 6,244 were without electricity", "la Montérégie, avec 5 427", "Laval, où 3 194".
_PLACE_WITH_BEFORE = _ending(
    rf"(?<![\w])(?P<p>[A-Z][\w'’-]+),{_H}+(?:with|where|avec|où)"
    rf"(?:{_H}+(?i:about|around|some|nearly|almost|over|more{_H}+than|environ|près{_H}+de|plus{_H}+de))?{_H}+"
)

#: How a sentence that goes on about the year the sentence before named opens: "Cette année-là, 87
#: personnes ...". Looked for first with ``str`` searches of the lowercased text (a case-blind regex
#: searched over a whole text took 90 µs), then matched at a sentence's start.
_THAT_YEAR_OPENINGS = (
    "cette année-là",
    "ce jour-là",
    "that day",
    "that year",
    "the same year",
    "la même année",
    "à l'époque",
    "at the time",
)
#: A pluperfect told of a time named before: "avaient alors péri", "avait alors fait 12 morts"; or "at the time",
#: "à l'époque" anywhere in the sentence ("The government paid a total of $800 million at the time").
_PAST_THEN_RE = compile_lazily(
    r"(?i:avaient|avait)\s+alors\b|(?<![\w])(?i:at\s+the\s+time|à\s+l['’]époque)(?![\w])"
)
_THAT_YEAR_RE = compile_lazily(r"\s*(?i:" + "|".join(map(re.escape, _THAT_YEAR_OPENINGS)) + r")\b")


#: The word before a year that dates an event to it ("In 2018,", "en 2021", "celui de 2010"), not one that
#: opens a period running on ("since 2014", "depuis 2019") or looks ahead ("by 2030"). Not a month before the
#: year ("In October 2020"): last December's events are often the story of a report of January.
_YEAR_OF_EVENT_BEFORE = compile_lazily(
    rf"(?<![\w])(?i:in|en|of|de|du|during|pendant|durant|été|hiver|automne|printemps|for|pour|fin|début"
    # a year's accounts closed: "had closed 2019 with a surplus of 3.6 billion", "a bouclé 2019 sur un excédent"
    rf"|closed|ended|bouclé|clôturé|terminé"
    # an earlier event's time: "le précédent accident remonte à 2010 : ... 158 morts", "dates back to 2010"
    rf"|remonte{_H}+à|remontait{_H}+à|(?<=dates{_H})back{_H}+to|(?<=dated{_H})back{_H}+to){_H}+$"
)  # a season: "Recruté 25 millions d'euros à l'été 2020"
#: The English and French names of the months written out (not the abbreviations "janv.", "Sept."), as an
#: alternation.
_MONTH_NAMES = "|".join(m for m in (*t.MONTHS_EN, *t.MONTHS_FR) if m.isalpha() and len(m) >= 3)
#: A month before the year of an event: "subi en octobre 2024 une fuite", "in October 2024". It dates the
#: figures said after it in its sentence; one said before it is of the month's event ("must pay $18.3 million
#: after a cyberattack in February 2024"), not of the figure.
_MONTH_OF_EVENT_BEFORE = compile_lazily(
    rf"(?<![\w])(?i:in|en|of|de|du|d'|d’){_H}*"
    rf"(?i:{_MONTH_NAMES}){_H}+$"
)
#: A month right after a figure, with no year after it: "2.4% in April", "2,6 % en mai".
_OTHER_MONTH_AFTER = compile_lazily(
    rf"{_H}+(?i:in|en){_H}+"
    rf"(?i:{_MONTH_NAMES})(?![\w])"
    rf"(?!{_H}+[12][0-9]{{3}})"
)
#: A year of an event that opens a period running on: "du jamais vu depuis la crise du verglas de 1998",
#: "the worst since the floods of 2013".
_SINCE_EVENT_BEFORE = compile_lazily(
    r"(?<![\w])(?i:depuis|since)(?![\w])[^,.;:!?\n]{0,40}$"
    # a founding, a launch or a birth: "Fondé en 1841, le voyagiste emploie 22.000 personnes", "founded in
    # 1998", "Lancée en 2017, la plateforme aurait blanchi 154.000 bitcoins"
    r"|(?<![\w])(?i:fondée?s?|créée?s?|lancée?s?|née?s?|founded|established|launched|born"
    # a product's launch: "Mis sur le marché en 1976 pour traiter le diabète, le Mediator ... provoquant la mort
    # de 1 500 à 2 100 personnes", "put on the market in 1976", "commercialisé en 1976"
    r"|mise?s?\s+sur\s+le\s+marché|commercialisée?s?|put\s+on\s+the\s+market|marketed)(?![\w])[^,.;:!?\n]{0,12}$"
)
#: A year the clause after it tells of: "depuis 1997, année où quelque 216.000 cas avaient été notifiés",
#: "since 1997, when some 216,000 cases were reported", "depuis le séisme de 1999, qui avait fait 17.000 morts".
_YEAR_WHEN_AFTER = compile_lazily(
    # "since January 1983 when it hit 8.2 per cent": without the comma too
    rf",?{_H}*(?:(?i:année|the{_H}+year){_H}+)?(?i:où|when|lorsque|quand|during{_H}+which|in{_H}+which)(?![\w])"
    # "depuis le séisme du 17 août 1999, qui avait causé la mort de 17.000 personnes", "since the 1999 quake,
    # which killed 17,000": a relative clause of the event's own past
    rf"|,{_H}*(?:qui{_H}+avai(?:en)?t|which{_H}+(?:had{_H}+)?(?:killed|claimed|left|caused))(?![\w])"
)
#: A year that opens a range: "de 2014 à 2021", "from 2019 to 2023", "2019-2023".
#: Between an amount and the next of a list without its currency: no number, and at most one sentence's end
#: (a paragraph's too), with a colon after it ("69.000 euros. La prime grimpe ensuite : 97.000 au 2e tour").
_ORDINAL_OR_NOT_A_NUMBER = r"(?:[^0-9\n.!?]|[0-9]+(?:e|er|re|ère|ème|es|st|nd|rd|th)(?![\w]))"
_LISTED_AMOUNT_GAP_RE = compile_lazily(
    rf"{_ORDINAL_OR_NOT_A_NUMBER}*(?:[.!?]\n*(?:(?!:){_ORDINAL_OR_NOT_A_NUMBER})*:{_ORDINAL_OR_NOT_A_NUMBER}*)?"
)  # an ordinal may name each place in the list: "97.000 au 2e tour, 142.000 au 3e tour"
#: A change in brackets after an amount of a list, up to its closing bracket: "(+6 percent)", "(-2,1 %)", "(+12
#: percent on the year)".
_BRACKETED_CHANGE_RE = compile_lazily(
    rf"\([+\-−–]?{_H}*[0-9]+(?:[.,][0-9]+)?{_H}*(?:%|(?i:per{_H}*cent|percent))[^()0-9\n]{{0,30}}\)"
)
#: What follows an amount of such a list: a place in the list ("au 2e tour", "en demi-finales"), a comma, an
#: "and", or the end of the sentence.
_LISTED_AMOUNT_AFTER_RE = compile_lazily(
    rf"{_H}*(?:[,;.)]|$|(?i:et|and|au|aux|en|à|pour|for|in|at|to|le|la|les|the|par|per|each|chacun)(?![\w]))"
)
#: French participles of finding people, alive when "en vie" follows: "récupérées en vie", "retrouvés en vie".
_FOUND_FR = frozenset(
    "récupéré récupérée récupérés récupérées retrouvé retrouvée retrouvés retrouvées repêché repêchée repêchés"
    " repêchées".split()
)
_ALIVE_FR_AFTER = compile_lazily(rf"{_H}+(?i:en){_H}+(?i:vie)(?![\w])")
#: A number word's value restated in digits in brackets, as legal and official texts write it: "cinq (5)".
_DIGITS_RESTATED_AFTER = compile_lazily(rf"{_H}*\({_H}*(?P<n>[0-9]{{1,3}}){_H}*\)")
#: How far after a scaled number a decimal compared with it may stand and share its scale.
COMPARED_SCALE_GAP = 80
#: The group a value of a list is given for: " for electric heating", " pour les loyers".
_GROUP_OF_AFTER = compile_lazily(rf"{_H}+(?P<p>for|pour|among|parmi|chez){_H}+[^\W\d_]")
#: How the next value of a list follows the group of the one before: ", 4.5 for", " and 7.3 for", " et 3,4".
_LISTED_BEFORE = compile_lazily(rf"(?:,|;|{_H}(?:and|et))\s*$")
#: "numéro" or "number" right before a number word: a rank ("l'ex-numéro deux", "its number two").
_RANK_NUMBER_BEFORE = compile_lazily(rf"(?<![\w])(?i:numéro|number)(?:-|{_H})+$")
#: How far before a number "the number of" what it counts may open its sentence.
NUMBER_OF_REACH = 160
#: What :data:`_NUMBER_OF_RE` holds, lowercased.
_NUMBER_OF_WORDS = ("number", "nombre", "ridership", "fréquentation", "trafic", "traffic")
_NUMBER_OF_RE = compile_lazily(
    rf"(?<![\w])(?i:the{_H}+(?:total{_H}+)?number{_H}+of|le{_H}+nombre{_H}+(?:total{_H}+)?d(?:e{_H}+|['’]))"
    # "Ridership on domestic TGV services grew by 3% to reach 124 million", "la fréquentation a atteint 122
    # millions": the count of passengers, by its own word
    rf"|(?<![\w])(?i:ridership|fréquentation)(?![\w])"
    # "passenger numbers plummeted 67 per cent to 28.8 million", "passenger traffic", "le trafic passagers":
    # people counted by the word of their numbers
    rf"|(?<![\w])(?i:(?:passenger|visitor|subscriber|customer|user|tourist|student|member)s?{_H}+(?:numbers|traffic)"
    rf"|trafic{_H}+(?:de{_H}+)?passagers)(?![\w])"
)
#: "respectively", "respectivement": two values said of two things in turn.
_RESPECTIVELY_RE = compile_lazily(r"(?<![\w])(?i:respectively|respectivement)(?![\w])")
_RANGE_AFTER = compile_lazily(
    rf"{_H}*(?:[-–]|(?i:à|to|and|et){_H}+)(?:(?:19|20)[0-9]{{2}}|[0-9]{{2}})(?![0-9]|[,.][0-9])"
)  # not "de 35 milliards en 2022-2023 à 54,1 milliards": an amount after, not a year


#: A scale word after an approximate one: "une cinquantaine de millions", "une vingtaine de milliards".
_DE_SCALE_AFTER = compile_lazily(rf"{_H}+(?i:de|d['’]){_H}*(?P<w>(?i:millions?|milliards?))(?![\w])")


#: How far a bare number in brackets after a scaled amount may be from it and still say it precisely.
RESTATED_IN_BRACKETS = Decimal("0.1")
#: How many characters may part an amount from its conversion: " (", " (environ ", ", or ".
CONVERSION_GAP = 9
#: What parts two amounts of a list, never an amount and its conversion: "173,600 ether and 25.5 million
#: USDC", "600 000 dollars et 500 000 euros", "$600,000, and €500,000".
_LIST_JOINT_RE = compile_lazily(r"\s*(?:,\s*(?:and|et)?|and|et|plus)\s*", re.IGNORECASE)
#: A copula and a word that is no participle, right after a number in words: "three are minors", "deux sont
#: mineurs" (not "three were killed", "deux sont blessés"; ages listed in digits go on whatever follows).
_COPULA_NOUN_AFTER = compile_lazily(
    rf"{_H}+(?:are|were|sont|étaient){_H}+(?:(?:still|also|encore|aussi){_H}+)?"
    r"(?![\w'’-]*(?:ed|en|é|ée|és|ées|u|us|ue|ues|is|it|its)\b)[^\W\d_]"
)


def _mark_conversions(text: str, figures: list[Figure]) -> None:
    """Mark the amounts that convert the amount right before them into another currency ("€150 million ($170
    million)", "$20.5 billion (around €19.08 billion)"), not those listed beside it."""
    money = [f for f in figures if f.kind == "money"]
    for a, b in zip(money, money[1:], strict=False):
        gap = text[a.end : b.start]
        if (
            (len(gap) <= CONVERSION_GAP or _CONVERSION_OPENS_RE.fullmatch(gap) is not None)
            and a.currency != b.currency
            and _LIST_JOINT_RE.fullmatch(gap) is None
        ):  # "606 millions de dollars (soit quelque 513 millions d'euros)": a hedged conversion
            b.converts = True
        elif a.converts and a.currency != b.currency and _NEXT_CONVERSION_RE.fullmatch(gap):
            b.converts = True  # "two billion euros (Dh8.1 billion, $2.2 billion)": a second conversion


#: What parts two conversions of one amount in one bracket: "(Dh8.1 billion, $2.2 billion)".
_NEXT_CONVERSION_RE = compile_lazily(
    r"\s*[,;/]\s*(?:(?i:or|soit|ou)\s+)?(?:(?i:près\s+de|environ|quelque|about|around|roughly|some)\s+)?"
)


#: The kinds a range of two bounds is marked in.
_RANGE_KINDS = frozenset({"percent", "money", "count", "temperature", "age"})
#: What parts the bounds of a range: "28-30C", "de 4,75 à 5,00%", "from 31 to 36", "31 – 36".
_RANGE_TO_RE = compile_lazily(rf"{_H}*[-–]{_H}*|{_H}+(?i:à|to){_H}+")
#: ... or "and"/"et" after "between"/"entre": "between 18,100 and 34,200", "entre 31 et 36 millions".
#: A growth range's bounds may carry their sign: "entre +3,6% et +9,5%".
_RANGE_AND_RE = compile_lazily(rf"{_H}+(?i:and|et){_H}+\+?")
_BETWEEN_BEFORE_RE = compile_lazily(
    rf"(?<![\w])(?i:between|entre){_H}+(?:(?i:some|about|around|environ){_H}+)?\+?$"
)
#: What makes "de X à Y" or "from X to Y" the change of a level, not a range: "passé de 12 à 15 morts", "rose
#: from 225 to 326".
_CHANGE_FROM_BEFORE_RE = compile_lazily(
    rf"(?i:pass[ée]e?s?|grimpé|augmenté|baissé|reculé|chuté|monté|rose|risen|fell|fallen|climbed|jumped|dropped|"
    rf"increased|decreased|went|grew|up|down|revised|relevé|porté|ramené|hausse|baisse){_H}+(?i:de|from){_H}+$"
)


#: What parts a count from the larger count it is a share of: "32 des 125 personnes décédées", "five of the 34
#: dead", "12 out of 40", "3 d'entre les 20".
_SHARE_OF_RE = compile_lazily(
    rf"{_H}+(?i:des|d['’]entre{_H}+les|parmi{_H}+les|sur{_H}+les|of{_H}+the|out{_H}+of(?:{_H}+the)?){_H}+"
)


#: A whole given before its share: "Sur les 60 blessés, 36 sont", "Of the 60 injured, 36 were".
_WHOLE_FIRST_BEFORE = compile_lazily(
    rf"(?<![\w])(?i:sur{_H}+les|parmi{_H}+les|of{_H}+the|among{_H}+the){_H}+$"
)
_WHOLE_FIRST_GAP = compile_lazily(rf"{_H}*(?:[^\W\d_]+{_H}*)?,{_H}*")
#: The people a share of is said of: "32 des 125 personnes décédées", "241 of the 242 people on board".
_SHARED_PEOPLE = frozenset({"person", "death", "victim", "passenger", "body", "injury"})


#: A share of a toll given by its noun alone, after the count: "of the deaths", "des victimes", "of those killed".
_SHARE_OF_TOLL_RE = compile_lazily(
    rf"{_H}+(?:(?i:of{_H}+the|of{_H}+those|des|d['’]entre{_H}+les|parmi{_H}+les){_H}+"
    rf"(?i:deaths|dead|victims|fatalities|bodies|injured|killed|morts|victimes|décès|corps|blessés|tués)"
    rf"|(?i:of{_H}+them|d['’]entre{_H}+(?:eux|elles)))(?![\w])"
)


#: Between a change and the same change said another way: ", soit environ ", ", or about ".
_RESTATED_BETWEEN = compile_lazily(
    rf"[^.;:!?\n0-9]{{0,24}},{_H}*(?i:soit|or){_H}+(?:(?i:environ|près{_H}+de|quelque|about|around|nearly){_H}+)?"
)


def _restated_changes(text: str, figures: list[Figure]) -> None:
    """An amount restating a change right before it is that change: "la facture augmenterait d'un peu plus de
    370 $, soit environ 31 $ par mois", "rise by $370, or about $31 a month"."""
    for a, b in itertools.pairwise(figures):
        if (
            a.change
            and not b.change
            and a.kind == b.kind == "money"
            and b.start - a.end <= 40
            and _RESTATED_BETWEEN.fullmatch(text, a.end, b.start) is not None
        ):
            b.change = True


#: How far apart (in sentences) a total may be from the list of places' counts that breaks it down.
BREAKDOWN_REACH = 2
#: How much the counts of such a list may add up to above the total ("plus de 60 décès, dont au moins 30 ...,
#: 22 ..., 10 ... et un ..."): a bound's slack.
BREAKDOWN_SLACK = 1.15


#: Between the first count of a toll and the second's number: the first's noun and "and" ("610 morts et 1 300
#: blessés dans la province de Kounar", "250 dead and 500 injured in Kunar").
_TOLL_JOIN_RE = compile_lazily(rf"{_H}+[\w'’-]+(?:{_H}+[\w'’-]+)?{_H}+(?i:and|et){_H}+")


#: How far before an amount the noun of what it is may be named: "le préjudice financier de l'affaire à".
AMOUNT_SUBJECT_REACH = 48
#: The noun of what an amount is, right after it, a word or two between: "fine" in "a €4.1 billion EU antitrust
#: fine", "amende" in "400 euros d'amende", "fines" in "$5 million in fines".
_SUBJECT_AFTER_AMOUNT = compile_lazily(
    rf"(?:{_H}+(?i:in|of)|{_H}+(?i:d['’]|de{_H}))?(?P<words>(?:{_H}*[^\W\d_][\w-]*){{1,3}})"
)
#: Words that open another phrase after an amount: what follows them is not the amount's noun ("$5 million to
#: settle fines").
_PHRASE_OPENERS = frozenset(
    "to for from and or by with on at after before the a an et ou pour à par avec sur après avant le la les un une"
    " du des au aux".split()
)


def _amount_subjects(text: str, figures: list[Figure]) -> None:
    """Name what each amount is when its clause names it right before it, the nearest noun first, no number
    between: "a ransom of $240 million", "A net profit of €489 million", "n'a dégagé un bénéfice net que de
    317 millions d'euros", "le parquet a chiffré le préjudice financier de l'affaire à 20 milliards"."""
    for f in figures:
        if f.kind != "money":
            continue
        head = text[max(0, f.start - AMOUNT_SUBJECT_REACH) : f.start]
        cut = max(head.rfind(c) for c in ".;:!?\n()0123456789")
        words = _LETTERS_RE.findall(head, cut + 1)
        f.subject = next(
            (t.AMOUNT_SUBJECTS[w.lower()] for w in reversed(words) if w.lower() in t.AMOUNT_SUBJECTS), None
        )
        if f.subject is None and (after := _SUBJECT_AFTER_AMOUNT.match(text, f.end)) is not None:
            # "a 3,200 euro fine", "a €4.1 billion EU antitrust fine", "400 euros d'amende", "$5 million in
            # fines": the noun after the amount, before any word that opens another phrase
            for word in _LETTERS_RE.findall(after.group("words")):
                if word.lower() in _PHRASE_OPENERS:
                    break
                if (subject := t.AMOUNT_SUBJECTS.get(word.lower())) is not None:
                    f.subject = subject
                    break


#: The people a toll may be broken down into: "117 people were wounded, including 15 children".
_TOLL_PART_UNITS = frozenset(
    {
        "child",
        "man",
        "woman",
        "boy",
        "girl",
        "adult",
        "youth",
        "teenager",
        "baby",
        "firefighter",
        "officer",
        "soldier",
    }
)
#: What opens a part of a toll, right before its count: "including", "among them", "dont", "parmi lesquels".
_TOLL_PART_BEFORE = _ending(
    rf"(?<![\w])(?i:including|among{_H}+them|of{_H}+whom|dont|parmi{_H}+(?:eux|elles|lesquels|lesquelles)"
    rf"|y{_H}+compris){_H}+(?:(?i:at{_H}+least|au{_H}+moins){_H}+)?"
)
#: The fates a toll counts, which its parts are of.
_TOLL_FATES = frozenset({"death", "injury", "missing", "hospitalised"})


#: What opens how long someone has been doing something: "depuis douze ans", "for 12 years".
_FOR_SO_LONG_BEFORE = _ending(
    rf"(?<![\w])(?i:depuis|for|pendant|durant)(?:{_H}+(?i:plus{_H}+de|over|more{_H}+than|près{_H}+de))?{_H}+"
)


def _personal_durations(text: str, figures: list[Figure]) -> None:
    """A span someone has been doing something for, in the sentence of a named person's age, is that person's:
    "Gaëtan, 32 ans, fabrique des pneus sur le site depuis douze ans" (his years at the plant, no span of the
    story); not a term he is given ("Gaëtan, 32 ans, condamné à douze ans")."""
    person = None
    for f in figures:
        if f.kind == "age" and f.place:
            person = f
        elif (
            f.kind == "duration"
            and person is not None
            and f.sentence == person.sentence
            and not f.place
            and _FOR_SO_LONG_BEFORE.search(text, max(0, f.start - 16), f.start) is not None
        ):
            f.place = person.place


def _ages_gone_to(text: str, figures: list[Figure]) -> None:
    """A bare count an age goes to after an aside: "lift the retirement age from 62 – among the lowest in the
    European Union – to 64" (the age it goes to)."""
    for a, b in itertools.pairwise(figures):
        if (
            a.kind == "age"
            and b.kind == "count"
            and b.unit is None
            and float(b.value) <= MAX_AGE
            and text.endswith(("from ", "de "), 0, a.start)
            and _ASIDE_THEN_TO_RE.fullmatch(text, a.end, b.start) is not None
        ):
            b.kind = "age"


def _toll_parts(text: str, figures: list[Figure]) -> None:
    """Name the fate of the toll a count of children, women, men or responders breaks down, the toll right
    before it in its sentence: "117 people were wounded, including 15 children" (the injured), "32 personnes
    ont été tuées, dont deux enfants" (the dead), "30 people — including six firefighters — injured". Two such
    parts of two fates are two quantities."""
    for i, f in enumerate(figures):
        if f.kind != "count" or f.unit not in _TOLL_PART_UNITS or i == 0:
            continue
        if _TOLL_PART_BEFORE.search(text, max(0, f.start - 24), f.start) is None:
            continue
        toll = figures[i - 1]
        if (
            toll.kind == "count"
            and toll.unit in _TOLL_FATES
            and not _SENTENCE_END_RE.search(text, toll.end, f.start)
        ):
            f.subject = toll.unit


def _tolls_placed_together(text: str, figures: list[Figure]) -> None:
    """The dead and the injured counted together before a place ("610 morts et 1 300 blessés dans la province
    de Kounar, auxquels s'ajoutent 12 morts et 255 blessés dans celle de Nangarhar"): the place named after the
    second count is the first's too (each toll of its own noun; a bare count after "and" is a list of places'
    counts, "12 from Medellin and five in Tabogon")."""
    for a, b in itertools.pairwise(figures):
        if (
            a.kind == b.kind == "count"
            and a.place is None
            and b.place is not None
            and a.unit in _TOLL_PLACE_UNITS
            and b.unit in _TOLL_PLACE_UNITS
            and a.unit != b.unit
            and _TOLL_JOIN_RE.fullmatch(text, a.end, b.start)
        ):
            a.place = b.place


def _vote_share_ranges(text: str, figures: list[Figure]) -> None:
    """Both bounds of a range of shares of the votes are shares of the votes: "entre 9 et 10 % des
    suffrages" (the words after the range follow its second bound only)."""
    for a, b in itertools.pairwise(figures):
        if (
            b.unit == "vote"
            and a.kind == "percent"
            and a.unit is None
            and _RANGE_JOIN_RE.fullmatch(text, a.end, b.start)
        ):
            a.unit = "vote"


#: People by sex or age: the dead among them are a group of a toll, not the toll.
_GROUPS_OF_PEOPLE = frozenset({"man", "woman", "child", "boy", "girl", "teenager", "baby"})


def _group_tolls(figures: list[Figure], group_deaths: set[int]) -> None:
    """The dead of a group of people ("Au moins 7 enfants morts", "15 femmes tuées") beside a larger toll of
    the dead of their time in the text are a part of that toll: no other count of the dead is theirs to dispute
    ("10 people were confirmed dead" in the other version). ``group_deaths``: where such counts start."""
    tolls = [
        f
        for f in figures
        if f.kind == "count"
        and f.unit == "death"
        and not f.part
        and not f.earlier
        and f.start not in group_deaths
    ]
    for f in figures:
        if (
            f.start in group_deaths
            and f.unit == "death"
            and any(t.value > f.value and t.year == f.year for t in tolls)
        ):
            f.part = True


def _a_month(name: str) -> bool:
    """Whether a capitalised word after "in" or "en" is a month's name ("In April", "en Mai."), no place."""
    return name.lower().rstrip(".") in t.MONTHS_FR or name in t.MONTHS_EN


#: A line of a list that a name opens before a colon: "- Scotland: 9.7% higher, at £192,988", "Yorkshire and the
#: Humber: 9.7%", "• Île-de-France : 12 %".
_LABELLED_LINE_RE = compile_lazily(
    rf"(?m)^{_H}*(?:[-*•–]{_H}*)?(?P<label>[A-ZÉÎ][\w'’.-]*(?:{_H}+(?:and|the|of|et|de|du|des|la|le|[A-ZÉÎ][\w'’.-]*)){{0,5}})"
    rf"{_H}*:{_H}+(?=[^\n]*[0-9])"
)
#: How many labelled lines make a list whose figures are each its line's name's.
LABELLED_LINES_LEAST = 3


def _labelled_lines(text: str, figures: list[Figure]) -> None:
    """The counts and rates of a list whose lines a name opens ("- Scotland: 9.7% higher", "- Wales: 12.1%"),
    three lines or more, are each its line's: parts, no other version's figure for the whole."""
    lines = list(_LABELLED_LINE_RE.finditer(text))
    if len(lines) < LABELLED_LINES_LEAST:
        return
    for f in figures:
        if f.kind not in ("count", "percent") or f.place:
            continue
        line = next((m for m in lines if m.end() <= f.start and "\n" not in text[m.end() : f.start]), None)
        if line is not None:
            f.place, f.part = line.group("label").lower(), True


def _place_breakdowns(figures: list[Figure]) -> None:
    """Give a list of places' bare counts (two or more in one sentence: "180 are in Bogo, 66 in Medellin, 15
    in San Remigio", "dont 30 dans la ville de Bogo, 22 dans ...") the noun of the total they break down, the
    nearest count before them with a noun, in their sentence or one of the two before, when they add up to
    no more than it: each is a part, that place's share of the dead or the injured, which disputes only that
    place's count of the same people."""
    counts = [f for f in figures if f.kind == "count" and f.sentence is not None]
    lists: dict[int, list[Figure]] = {}
    for f in counts:
        # "294 injured individuals: 180 in Bogo, 66 in Medellin": people, the noun elided, are the total's too
        if f.place and f.unit in (None, "person") and not f.part:
            lists.setdefault(f.sentence or 0, []).append(f)
    for sentence, placed in lists.items():
        if len(placed) < 2:
            continue
        first = placed[0].start
        total = next(
            (
                f
                for f in reversed(counts)
                if f.start < first
                and f.unit not in (None, "national")
                and not f.part
                and (f.sentence or 0) >= sentence - BREAKDOWN_REACH
            ),
            None,
        )
        if total is None or sum(f.value for f in placed) > total.value * BREAKDOWN_SLACK:
            continue
        for f in placed:
            f.unit, f.part = total.unit, True
    # "Au moins 622 personnes ont péri ... 610 morts dans la province de Kounar, auxquels s'ajoutent 12 morts
    # dans celle de Nangarhar": a toll given place by place, adding up to no more than the last toll of that
    # time before it, however far (the lede's)
    tolls: dict[tuple[int, str], list[Figure]] = {}
    for f in counts:
        if (
            f.place
            and f.unit in _TOLL_PLACE_UNITS
            and not f.part
            and country_names().get(folded(f.place)) is None
        ):
            tolls.setdefault((f.sentence or 0, f.unit), []).append(f)
    for (_, unit), placed in tolls.items():
        if len({f.place for f in placed}) < 2:
            continue
        first = placed[0].start
        total = next(
            (
                f
                for f in reversed(counts)
                if f.start < first
                and f.unit == unit
                and not f.part
                and not f.earlier
                and f.year == placed[0].year
            ),
            None,
        )
        if total is not None and sum(f.value for f in placed) <= total.value * BREAKDOWN_SLACK:
            for f in placed:
                f.part = True


#: How small a share of an amount said bare before it may be: "94 000 des 119 574 bitcoins" (not "3 of the
#: $10 million", whose scale the share does not say).
SHARE_OF_AMOUNT_RATIO = 10


#: Two nouns joined after a count: "70 countries and organisations", "40 students and teachers".
_TWO_NOUNS_AFTER = compile_lazily(
    rf"{_H}+(?P<a>[^\W\d_][\w'’-]*){_H}+(?i:and|et|&){_H}+(?P<b>[^\W\d_][\w'’-]*)"
)


#: What follows a verb in "-s" rather than a noun: its object, an amount or a determiner ("and adds more than
#: $6.4 billion", "and employs 300 people", "and owns the").
_VERB_OBJECT_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:more|less|about|nearly|almost|some|over|around|roughly|the|a|an|its|their|his|her|up)(?![\w])"
    r"|[$€£0-9])"
)


def _counts_of_two_nouns(text: str, figures: list[Figure]) -> None:
    """A count of two nouns of two kinds joined ("some 70 countries and organisations", "more than 40
    students and teachers") counts both together: its unit names both ("country and organisation"), so it is no
    value of either alone ("55 pays", "38 enfants")."""
    for f in figures:
        if f.kind != "count" or f.unit is None or f.unit not in t.KNOWN_UNITS:
            continue
        m = _TWO_NOUNS_AFTER.match(text, f.end)
        if m is None or t.UNIT_NOUNS.get(m.group("a").lower()) != f.unit:
            continue
        word = m.group("b").lower()
        if word in _ALL_WORDS or word in _HEDGE_FIRST_WORDS:
            # "Un mort et deux blessés", "247 morts et près de 400 blessés": another count follows, not a second
            # noun of this one
            continue
        # a noun outside the lexicon in the plural names a group too ("students and teachers"), not a verb
        # whose object follows ("supports 57,000 jobs and adds more than $6.4 billion")
        other = t.UNIT_NOUNS.get(word) or (
            word
            if len(word) > 3 and word.endswith(("s", "x")) and not _VERB_OBJECT_AFTER.match(text, m.end())
            else None
        )
        if other is not None and other != f.unit and other not in _SAME_PEOPLE.get(f.unit, ()):
            # "plus de 120 hommes et femmes", "children and adults": people, whoever they are
            f.unit = "person" if {f.unit, other} <= _AGES_AND_SEXES else f"{f.unit} and {other}"


#: The first words of the hedges a count may open with: "près de", "plus de", "nearly", "more than".
_HEDGE_FIRST_WORDS = frozenset(
    "près plus moins environ quelque presque autour jusqu about nearly almost over more less some around roughly"
    " approximately up".split()
)
#: The kinds of people by sex and age: two of them joined are people ("hommes et femmes").
_AGES_AND_SEXES = frozenset({"man", "woman", "boy", "girl", "adult", "child"})
#: Nouns of one people a count may name twice ("700 migrants and refugees"): no two groups.
_SAME_PEOPLE = {"migrant": ("refugee", "asylum"), "refugee": ("migrant", "asylum")}


#: How far before "respectively" the counts it is said of end: "54 et 46 décès respectivement".
RESPECTIVELY_REACH = 40


def _counts_in_turn(text: str, figures: list[Figure]) -> None:
    """Counts said of two or more things in turn ("avec 54 et 46 décès respectivement", "with 12 and 9 deaths
    respectively"): each is one item's share of a list, which disputes no total the other version gives."""
    for m in _RESPECTIVELY_RE.finditer(text):
        said = [
            f
            for f in figures
            if f.kind == "count"
            and m.start() - RESPECTIVELY_REACH <= f.end <= m.start()
            and not _SENTENCE_END_RE.search(text, f.end, m.start())
        ]
        if len(said) >= 2:
            for f in said:
                f.part = True


def _mark_shares_of(text: str, figures: list[Figure]) -> None:
    """Mark as parts the counts given as a share of a larger count right after them ("32 des 125 personnes
    décédées sont des enfants", "killing 241 of the 242 people on board") or right before them ("Sur les 60
    blessés, 36 sont soignés"): they dispute no whole the other version gives ("killing 34", "265 morts avec
    les occupants au sol")."""
    for a, b in itertools.pairwise(figures):
        if (
            a.kind == "count"
            and a.unit is None
            and b.kind == "money"
            and b.value / SHARE_OF_AMOUNT_RATIO <= a.value < b.value
            and b.start - a.end <= 16
            and _SHARE_OF_RE.fullmatch(text, a.end, b.start)
        ):
            # "94 000 des 119 574 bitcoins volés": a share of the amount, in its currency
            a.kind, a.currency, a.part = "money", b.currency, True
            continue
        if a.kind != "count" or b.kind != "count":
            continue
        if (
            a.value < b.value
            # people, not "157 des 338 sièges" or "189 des 300 communes": a party's seats, a vote's result itself
            and b.unit in _SHARED_PEOPLE
            and b.start - a.end <= 16
            and _SHARE_OF_RE.fullmatch(text, a.end, b.start)
        ):
            a.part = True
        elif (
            b.value < a.value
            and a.unit in _SHARED_PEOPLE
            # not "Parmi les 85 blessés, 72 étaient hospitalisés": the hospitalised, a count of their own
            and b.unit in (None, a.unit)
            and _WHOLE_FIRST_BEFORE.search(text, max(0, a.start - 12), a.start) is not None
            and _WHOLE_FIRST_GAP.fullmatch(text, a.end, b.start) is not None
        ):
            b.part = True  # "Sur les 60 blessés, 36 sont soignés", "Of the 60 injured, 36 are": a share
    alone = "alone" in text or "seul" in text or "ien qu" in text
    for f in figures:
        if alone and f.kind == "count" and _said_alone(text, f):
            # "10 dead in Bugamba alone", "Egyptian deaths alone had risen to at least 600", "rien qu'en
            # Égypte, 323 morts": one place's or one people's share of a toll, which disputes no whole the
            # other version gives ("neuf sont décédées", "577 pèlerins décédés")
            f.part = True
            continue
        if f.kind == "count" and _EACH_AFTER.match(text, f.end) is not None:
            # "killed at least 70 people each in Wajima and Suzu": each place's count, a part of a whole that
            # disputes no total ("plus de 100 personnes tuées au Japon")
            f.part = True
            continue
        if (
            f.kind == "count"
            and f.unit not in _TOLL_OF_OTHERS
            and _OTHERS_AFTER.match(text, f.end) is not None
            and (
                _THE_REST_BEFORE.search(text, max(0, f.start - 12), f.start) is not None
                or f.text.lower().startswith(("la ", "les "))  # "la vingtaine d'autres passagers"
            )
        ):
            # "Les 39 autres personnes présentes", "the 15 other passengers": the rest of a whole, no whole the
            # other version gives ("some 50 people attended"); not a toll's others ("dix autres personnes"
            # missing against "another 12": one quantity, disputed), nor others said without a determiner
            # ("l'identification de 14.643 autres suspects"): more of them, as "another 14,000" is
            f.rest = True
            continue
        # "Ten of the deaths were recorded in Santa Juana", "trois des victimes": a share of a toll the text
        # gives whole elsewhere, said of a place or a kind of people
        if (
            f.kind == "count"
            and (f.unit is None or f.unit in _SHARED_PEOPLE)
            and (share := _SHARE_OF_TOLL_RE.match(text, f.end))
        ):
            f.part = True
            # the noun right after "of them": "six of them firefighters"
            noun = _WORD_AFTER.match(text, share.end()) if f.unit is None else None
            word = noun.group("w").lower() if noun else ""
            people = t.UNIT_NOUNS.get(word) or t.NOUN_CONCEPTS.get(word)
            if people in t.HUMAN_UNITS and people not in _FATES_SAID_AFTER and people != "critical":
                # "another 14 injured (six of them firefighters)": the part names its people (not "57 of them
                # seriously", the worst hurt, said by the adverb)
                f.unit = people


#: A dollar's mark that names its country: "US$15", "C$1.2 billion", "A$40".
_MARKED_DOLLAR_START_RE = compile_lazily(r"(?:US|U\.S\.|C|CA|CAN|Can|A|AU|NZ|HK|S)\$")


def _range_currency(text: str, figures: list[Figure]) -> None:
    """The high end of a range of amounts takes the dollar its low end names: "from US$15 to $22,000" (a
    Canadian paper's "$22,000" after "US$15" is a US amount too)."""
    for a, b in itertools.pairwise(figures):
        if (
            a.kind == b.kind == "money"
            and a.currency != b.currency
            and b.text.startswith("$")
            and _MARKED_DOLLAR_START_RE.match(a.text)
            and b.start - a.end <= 8
            and _RANGE_TO_RE.fullmatch(text, a.end, b.start)
        ):
            b.currency = a.currency


def _mark_ranges(text: str, figures: list[Figure]) -> None:
    """Mark the bounds of the ranges the text gives: two figures of one kind and unit side by side, the lower
    first, parted by a dash, "à" or "to", or by "and"/"et" after "between"/"entre"; not a level's change
    ("passé de 12 à 15 morts")."""
    for a, b in itertools.pairwise(figures):
        if (
            a.kind != b.kind
            or a.kind not in _RANGE_KINDS
            or a.unit != b.unit
            or a.currency != b.currency
            or not 0 < a.value < b.value
            or b.start - a.end > 8
        ):
            continue
        if _RANGE_TO_RE.fullmatch(text, a.end, b.start):
            if _CHANGE_FROM_BEFORE_RE.search(text, max(0, a.start - 24), a.start):
                continue
        elif not (
            _RANGE_AND_RE.fullmatch(text, a.end, b.start)
            and _BETWEEN_BEFORE_RE.search(text, max(0, a.start - 20), a.start)
        ):
            continue
        a.bound, b.bound = "low", "high"


#: A verb raising or lowering an age by the years after it: "raise the retirement age two years to 64",
#: "relever l'âge légal de deux ans".
_AGE_RAISED_BEFORE = compile_lazily(
    rf"(?i:rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|increas(?:e|es|ed|ing)|push(?:es|ed|ing)?|lower(?:s|ed|ing)?|"
    rf"relev(?:er|é|ée|ant|e|era)|recul(?:er|é|e|era)|repouss(?:er|é|e|era))"
    rf"{_H}+(?:(?i:the|l['’]|de{_H}+l['’]){_H}*)?(?:[^\W\d_]+{_H}+){{0,2}}(?i:age|âge)(?:{_H}+[^\W\d_]+){{0,2}}"
    rf"{_H}+(?:(?i:by|de){_H}+)?$"
)


def _ages_raised_by(text: str, figures: list[Figure]) -> None:
    """An age in years right after a verb raising an age ("raise the retirement age two years to 64") is how
    many years it rises by: a span, not an age (nor the low bound of a range of ages)."""
    for f in figures:
        if (
            f.kind == "age"
            and f.text.endswith(("years", "ans"))
            and _AGE_RAISED_BEFORE.search(text, max(0, f.start - 60), f.start) is not None
        ):
            f.kind, f.unit = "duration", "years"


#: An age's words right after a span of years and months, which make it an age: "37 ans et 4 mois de moyenne
#: d'âge", "2 years and 4 months old" (an age said before it, "aged 37 years", is read elsewhere).
_AGE_OF_AFTER = compile_lazily(
    rf"{_H}+(?i:de{_H}+moyenne{_H}+d['’]âge|d['’]âge{_H}+moyen|old|of{_H}+age)(?![\w])"
)
#: Words for an average age, which the decimal numbers after them in their paragraph give: "the average age of
#: mothers reached 31.4", "l'âge moyen à la maternité atteint 31,4 ans".
_AVERAGE_AGE_RE = compile_lazily(r"(?i:average\s+age|mean\s+age|median\s+age|âge\s+moyen|âge\s+médian)")
_LIFE_EXPECTANCY_RE = compile_lazily(r"(?i:life\s+expectancy|espérance\s+de\s+vie)")
#: A number given to the tenth: "34.1", "31,4 ans", "34.0".
_TENTHS_RE = compile_lazily(r"[0-9]{2}[.,][0-9](?![0-9])")
_SPAN_OF_AFTER = compile_lazily(rf"{_H}+(?i:de|d['’]|of|in|behind|derrière|en)(?![\w])(?!{_H}+[0-9])")
#: How far back an average age may be named for a decimal number to be one (the next paragraph may go on
#: region by region).
AVERAGE_AGE_REACH = 400
#: ... and for a whole number, which must be in the sentence naming it.
AVERAGE_AGE_NEAR = 80


def _average_ages(text: str, figures: list[Figure]) -> None:
    """Numbers to the tenth shortly after an average age are ages: "The average age of mothers
    reached 31.4 in 2024, while fathers averaged 34.3", "the oldest fathers at 36.4", "tandis qu'il s'élève à
    34,3 ans pour le père" (not a count, nor a span of years)."""
    for f in figures:
        if (
            (f.kind == "count" and f.unit is None or f.kind == "duration" and f.unit == "years")
            and 12 <= f.value <= 110
            # not "12,5 ans de prison": a span of something
            and (f.kind == "count" or _SPAN_OF_AFTER.match(text, f.end) is None)
        ):
            tenths = _TENTHS_RE.match(f.text) is not None
            window = max(0, f.start - (AVERAGE_AGE_REACH if tenths else AVERAGE_AGE_NEAR))
            ages = [m.end() for m in _AVERAGE_AGE_RE.finditer(text, window, f.start)]
            # "l'âge moyen à la maternité ... l'espérance de vie s'élève à 85,7 ans": the nearer one tells
            lives = [m.end() for m in _LIFE_EXPECTANCY_RE.finditer(text, window, f.start)]
            if (
                ages
                and (not lives or lives[-1] < ages[-1])
                # a bare whole number only in the sentence naming the average: "The median age at diagnosis is
                # 70 for men and 68 for women" (not "vingt ans plus tôt")
                and (tenths or f.kind == "count" and _SENTENCE_END_RE.search(text, ages[-1], f.start) is None)
            ):
                f.kind, f.unit = "age", None


#: How far after a mention of life expectancy a number to the tenth may be one: a paragraph.
LIFE_EXPECTANCY_REACH = 400
#: The values a life expectancy takes, in years.
LIFE_EXPECTANCIES = (40, 100)
#: A span of years below one said in years: "a 0.1 year decline", "celle de 0,1 année".
_YEAR_WORD_RE = compile_lazily(r"(?i:years?|années?|ans?)$")


def _fractions_of_a_year(figures: list[Figure]) -> None:
    """A fraction of a year said in years is a span, no age: "a 0.1 year decline", "de 0,1 année"."""
    for f in figures:
        if f.kind == "age" and f.value < 1 and _YEAR_WORD_RE.search(f.text):
            f.kind, f.unit = "duration", "years"


#: Words that make the years after them a span of time, no life expectancy: "over the past 50 years", "en 40 ans".
_SPAN_OF_TIME_BEFORE = _ending(
    rf"(?<![\w])(?i:past|last|next|over|in|within|for|since|depuis|en|pendant|durant|dans|ces|des|les)"
    rf"{_H}+(?:(?i:the|les){_H}+)?"
)


def _life_expectancies(text: str, lowered: str | None, figures: list[Figure]) -> None:
    """Numbers to the tenth shortly after a mention of life expectancy are years of it, a span: "from 82.3
    years in 2019 to 81.3 in 2022", "dropping a full two years to 78.5 in 2022 from 80.5 in 2019" (not
    counts); and so are whole numbers in the sentence naming it, "the average life expectancy for women is
    78 and 67 for men" (not a span the text looks over, "over the past 50 years")."""
    low = lowered if lowered is not None else text.lower()
    if "expectanc" not in low and "espérance" not in low or _LIFE_EXPECTANCY_RE.search(text) is None:
        return
    for f in figures:
        if (
            f.kind == "count"
            and f.unit is None
            and LIFE_EXPECTANCIES[0] <= f.value <= LIFE_EXPECTANCIES[1]
            and (
                _TENTHS_RE.fullmatch(f.text) is not None
                and _LIFE_EXPECTANCY_RE.search(text, max(0, f.start - LIFE_EXPECTANCY_REACH), f.start)
                is not None
                or f.text.isdigit()
                and (
                    named := _last_match(
                        _LIFE_EXPECTANCY_RE, text, max(0, f.start - AVERAGE_AGE_NEAR), f.start
                    )
                )
                is not None
                and _SENTENCE_END_RE.search(text, named, f.start) is None
                and _SPAN_OF_TIME_BEFORE.search(text, max(0, f.start - 24), f.start) is None
            )
        ):
            f.kind, f.unit = "duration", "years"


def _last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> int | None:
    """Where the last match of ``pattern`` in ``text[start:end]`` ends, or None."""
    ends = [m.end() for m in pattern.finditer(text, start, end)]
    return ends[-1] if ends else None


#: What joins the two ages of a range: "18 to 25", "six through 17", "de six à 17 ans", "65-74".
_AGE_RANGE_GAP_RE = compile_lazily(rf"{_H}*(?:[-–]|(?i:to|through|à){_H}){_H}*")


def _ranges_of_ages(text: str, figures: list[Figure]) -> None:
    """Years that close a range opened by an age are an age too: "par enfant de six à 17 ans" (not a span of
    17 years)."""
    for low, high in itertools.pairwise(figures):
        if (
            low.kind == "age"
            and high.kind == "duration"
            and high.unit == "years"
            and low.value < high.value <= MAX_AGE
            and _AGE_RANGE_GAP_RE.fullmatch(text, low.end, high.start) is not None
        ):
            high.kind, high.unit = "age", None


#: A verb of employing right before a count of people, a few words between: "employ about 1,000 people",
#: "will hire up to 3,000 people", "emploie quelque 500 personnes".
_EMPLOY_BEFORE = compile_lazily(
    rf"(?<![\w])(?i:employ(?:s|ed|ing)?|hir(?:e|es|ed|ing)|emploi(?:e|ent)|employer|employait|employaient|"
    rf"embauch(?:er|e|ent|era|eront|é))(?:{_H}+[^\W\d_]+['’]?){{0,3}}{_H}+$"
)


def _people_employed(text: str, figures: list[Figure]) -> None:
    """People a company employs or hires are its jobs: "employ about 1,000 people" is the other version's
    "près de 1.000 emplois"."""
    for f in figures:
        if (
            f.kind == "count"
            and f.unit == "person"
            and _EMPLOY_BEFORE.search(text, max(0, f.start - 48), f.start) is not None
        ):
            f.unit = "employee"


#: A currency's name in brackets after a scaled number: "three billion (Euros)".
_BRACKETED_CURRENCY_AFTER = compile_lazily(rf"{_H}*\({_H}*(?P<w>(?i:euros?|dollars?|francs suisses)){_H}*\)")
#: What makes an age a threshold of people's ages after it: "65 and older", "53 and under", "65 ans et plus".
_AGE_AND_ABOVE_AFTER = compile_lazily(rf"{_H}+(?i:and|or|et|ou){_H}+(?i:older|over|up|above|plus)(?![\w])")
_AGE_AND_BELOW_AFTER = compile_lazily(rf"{_H}+(?i:and|or|et|ou){_H}+(?i:younger|under|below|moins)(?![\w])")


def _age_thresholds(text: str, figures: list[Figure]) -> None:
    """An age with "and older" or "and under" after it is a bound of a group's ages, no person's age: it
    disputes no age the other version gives ("everyone aged 53 and under" against "qui auront 55 ans")."""
    for f in figures:
        if (
            f.kind == "duration"
            and f.unit == "years"
            and f.text.endswith("ans")
            and text[f.start - 1 : f.start] == "("
            and _AGE_AND_ABOVE_AFTER.match(text, f.end)
        ):
            f.kind, f.unit = "age", None  # "les seniors (65 ans et plus)": people of that age and older
        if f.kind == "age" and f.approx is None:
            if _AGE_AND_ABOVE_AFTER.match(text, f.end):
                f.approx = "at least"
            elif _AGE_AND_BELOW_AFTER.match(text, f.end):
                f.approx = "at most"


#: Between the years and the days of an age said to the day: "90 years 205 days", "77 years, 103 days".
_YEARS_DAYS_GAP_RE = compile_lazily(rf"{_H}*,?{_H}*(?:(?i:and){_H}+)?")
#: What makes years and days an age: "old" after them, or "the age of", "aged", "was" before them.
_AGE_TO_THE_DAY_AFTER = compile_lazily(rf"{_H}+(?i:old)(?![\w])")
_AGE_TO_THE_DAY_BEFORE = _ending(rf"(?<![\w])(?i:age{_H}+of|aged|was|were|is|was{_H}+just|is{_H}+just){_H}+")


#: A name and its comma right before an age: "Richard West, 38", "Dyann Serafica-Donaire, 50 ans", "Mohamed
#: T., 32 ans" (a surname cut to its initial).
_NAME_OF_AGE_BEFORE = _ending(
    rf"(?<![\w'’-])(?P<w>(?:[A-ZÀ-Ý][\w'’-]+{_H}+){{0,2}}(?:[A-ZÀ-Ý][\w'’-]+|(?<={_H})[A-ZÀ-Ý]\.)),{_H}*"
)
#: A full name (two or three capitalised words) and the opening of the apposition that gives the age: "Félix
#: Bingui, a French national aged 34", "Anna Kovacs, a 29-year-old nurse", "Marc Dupont, un retraité de 71 ans".
_NAME_OF_APPOSED_AGE_BEFORE = _ending(
    rf"(?<![\w'’-])(?P<w>[A-ZÀ-Ý][\w'’-]+(?:{_H}+[A-ZÀ-Ý][\w'’-]+){{1,2}}),{_H}+(?:(?:a|an|un|une){_H}+"
    rf"(?:[\w'’-]+{_H}+){{0,3}}?(?:aged{_H}+|âgée?{_H}+de{_H}+|de{_H}+)?"
    # ... or the age's word right after the comma: "Aisha Alhaji Deri, âgée de 16 ans", "Aisha Deri, aged 16"
    rf"|(?:aged|âgée?s?{_H}+de){_H}+)"
)


def _ages_of_names(text: str, figures: list[Figure]) -> None:
    """Give an age said right after a person's name its name (up to three words), lowercased, as its
    ``place``: two versions that give two named people's ages swapped ("Richard West, 38" and "Richard West,
    50 ans") dispute both; "Myles Sanderson, 32" is "Myles, 30 ans" (see ``same_person`` in the comparison)."""
    for f in figures:
        if f.kind != "age" or f.place:
            continue
        name: str | None = None
        if text[f.start - 2 : f.start].rstrip().endswith(","):
            m = _NAME_OF_AGE_BEFORE.search(text, max(0, f.start - 40), f.start)
            name = m.group("w") if m else None
        elif text[f.start - 1 : f.start] == "(":
            # "Patrick Picque (45ans)": a full name before the bracket
            m = _FULL_NAME_BRACKET_BEFORE.search(text, max(0, f.start - 40), f.start)
            name = m.group("name") if m else None
        else:
            m = _NAME_OF_APPOSED_AGE_BEFORE.search(text, max(0, f.start - 80), f.start)
            name = m.group("w") if m else None
        if name is not None and name.lower() not in _CONNECTIVES:
            f.place = name.lower()


#: Words that open a sentence before a comma without naming anyone: "Meanwhile, 18-year-old Daemen was named".
_CONNECTIVES = frozenset(
    "meanwhile however also today yesterday earlier later separately moreover instead still then now besides"
    " finally overall ensuite cependant pourtant aujourd'hui hier enfin alors puis toutefois néanmoins"
    " parallèlement désormais".split()
)


#: A Belgian house type, named by its walls: "maisons quatre façades", "une maison deux ou trois façades", "Les
#: quatre façades ont progressé".
_HOUSE_TYPE_RE = compile_lazily(
    rf"(?<![\w])(?i:maisons?|villas?|les|des)(?:{_H}+(?:à|de))?{_H}+(?P<n>(?:deux|trois|quatre|[234])"
    rf"(?:{_H}+(?:ou|et|à){_H}+(?:deux|trois|quatre|[234]))?){_H}+façades(?![\w])"
)


def _house_types(text: str, figures: list[Figure]) -> list[Figure]:
    """The numbers of a house type named by its walls ("les maisons quatre façades", "deux ou trois façades")
    are no key figure: what kind of house a price is of."""
    spans = [m.span("n") for m in _HOUSE_TYPE_RE.finditer(text)]
    return [f for f in figures if not any(lo <= f.start and f.end <= hi for lo, hi in spans)]


def _ages_to_the_day(text: str, figures: list[Figure]) -> list[Figure]:
    """An age said to the day is an age in its whole years, and its days are no figure: "at the age of 90
    years 205 days", "who was 77 years 103 days old", "was just 18 years 334 days at the time"."""
    dropped: set[int] = set()
    for f, g in itertools.pairwise(figures):
        if (
            (f.kind == "duration" and f.unit == "years" or f.kind == "age" and f.unit is None)
            and g.kind == "duration"
            and g.unit == "days"
            and g.value < 366
            and _YEARS_DAYS_GAP_RE.fullmatch(text, f.end, g.start) is not None
            and (
                _AGE_TO_THE_DAY_AFTER.match(text, g.end) is not None
                or _AGE_TO_THE_DAY_BEFORE.search(text, max(0, f.start - 16), f.start) is not None
            )
        ):
            f.kind, f.unit = "age", None
            dropped.add(id(g))
    return [f for f in figures if id(f) not in dropped] if dropped else figures


#: What a text on the age of retirement names it by: "l'âge légal de départ", "the retirement age".
_RETIREMENT_AGE_RE = compile_lazily(
    rf"(?i:âge{_H}+(?:légal|de{_H}+(?:départ|la{_H}+retraite))|retirement{_H}+age|pension{_H}+age"
    rf"|age{_H}+of{_H}+retirement)"
)
_RETIREMENT_AGE_HINTS = ("âge légal", "âge de départ", "âge de la retraite", "retirement age", "pension age",
                         "age of retirement")  # fmt: skip
#: The ages a retirement age is (an age of 62 or of 64 years and three months) ...
RETIREMENT_AGES = (55, 70)
#: ... unless what follows makes the years a career's: "43 ans de cotisation", "42 years of contributions".
_CAREER_YEARS_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:de|d['’]|of){_H}*)(?i:cotisations?|activité|travail|carrière|service|contributions?|work)(?![\w])"
)
#: ... or what comes before makes them a span: "pendant 62 ans", "for 64 years".
_SPAN_YEARS_BEFORE = _ending(rf"(?<![\w])(?i:pendant|durant|depuis|for|over|il{_H}+y{_H}+a){_H}+")


#: The age a career starts at: "ceux qui ont commencé à travailler avant 20 ans", "started working at 16".
_STARTED_WORKING_BEFORE = _ending(
    rf"(?<![\w])(?i:commencé|commencer|commencent|débuté|started|start|starting|began|begin){_H}+"
    rf"(?i:à|de|to){_H}+(?i:travailler|work|working){_H}+(?i:avant|à|dès|before|at){_H}+"
)


def _career_start_ages(text: str, lowered: str | None, figures: list[Figure]) -> None:
    """The age a career started at is an age: "ceux qui ont commencé à travailler avant 20 ans"."""
    low = lowered if lowered is not None else text.lower()
    if "travail" not in low and "work" not in low:
        return
    for f in figures:
        if (
            f.kind == "duration"
            and f.unit == "years"
            and _STARTED_WORKING_BEFORE.search(text, max(0, f.start - 48), f.start)
        ):
            f.kind, f.unit = "age", None


def _retirement_ages(text: str, lowered: str | None, figures: list[Figure]) -> None:
    """In a text on the age of retirement, the years a retirement age may be are that age ("la cible de 64
    ans en 2030, après une première étape à 63 ans et trois mois"), not a span; not "43 ans de cotisation"."""
    low = lowered if lowered is not None else text.lower()
    if not any(h in low for h in _RETIREMENT_AGE_HINTS) or _RETIREMENT_AGE_RE.search(text) is None:
        return
    for f in figures:
        if (
            f.kind == "duration"
            and f.unit == "years"
            and RETIREMENT_AGES[0] <= f.value <= RETIREMENT_AGES[1]
            and not _CAREER_YEARS_AFTER.match(text, f.end)
            and _SPAN_YEARS_BEFORE.search(text, max(0, f.start - 16), f.start) is None
        ):
            f.kind, f.unit = "age", None


#: A statistic's averaging window: "the six-month moving average", "la moyenne mobile sur six mois".
_MOVING_AVERAGE_AFTER = compile_lazily(rf"{_H}+(?i:moving{_H}+averages?)(?![\w])")
_MOVING_AVERAGE_BEFORE = compile_lazily(rf"(?i:moyennes?{_H}+mobiles?){_H}+(?i:sur|de){_H}+$")


def _average_window(text: str, f: Figure) -> bool:
    """Whether a duration is the window of a moving average, how a statistic is computed, not a figure of the
    story: "the six-month moving average", "la moyenne mobile sur six mois"."""
    return f.kind == "duration" and (
        _MOVING_AVERAGE_AFTER.match(text, f.end) is not None
        or _MOVING_AVERAGE_BEFORE.search(text, max(0, f.start - 30), f.start) is not None
    )


#: The signs a number below zero is printed with: a hyphen, the minus sign, and an en dash used as one.
_MINUS_SIGNS = "-\u2212\u2013"
#: What may stand before a minus sign: a space, an opening bracket, a separator; not "0%-2%" (a range).
_BEFORE_A_SIGN = frozenset(" \t\n\u00a0\u202f([{;:,=/")
#: Kinds that may be below zero: "-40C", "(-27,000; -0.9%)", "un taux de -0,75 %".
_SIGNED_KINDS = frozenset({"temperature", "percent", "count"})
_SPACES = frozenset(" \u00a0\u202f")
#: The words after which a dash and a space before a rate or a temperature are its sign: "passera à – 0,25%".
_SIGN_AFTER_WORD_RE = compile_lazily(
    r"(?<![\w])(?i:à|de|to|at|from|of|entre|between)(?:[ \u00a0\u202f](?i:the))?[ \u00a0\u202f]$"
)
#: Between a rate below zero and the next one printed with a minus sign, which is then a level too: "to -1.25
#: per cent and -0.25 per cent", "entre -0,75 % et -0,25 %".
_NEXT_LEVEL_GAP_RE = compile_lazily(r"[ \u00a0\u202f,]*(?i:and|et|or|ou|to|à)[ \u00a0\u202f]")
#: The word before a temperature below zero: "minus 40C", "moins 30 degrés".
_MINUS_WORD_RE = compile_lazily(
    r"(?:\bminus(?:\s+|-)|(?<!au )(?<!du )\bmoins\s+)$", re.IGNORECASE
)  # not "au moins 40 °C"


#: What a temperature felt is said after: "a wind chill of -43", "felt like minus-41", "le refroidissement
#: éolien a atteint les -50", "un ressenti de -38".
_WIND_CHILL_CUES = (
    "wind chill",
    "windchill",
    "felt like",
    "feels like",
    "refroidissement éolien",
    "ressenti",
    "humidex",
    "température de",
    "temperature of",
)
_WIND_CHILL_BEFORE = compile_lazily(
    r"(?i:wind\s?chill|refroidissement\s+éolien|ressenti|humidex)[^.;:\n0-9]{0,30}$"
    # "une température de 47,5, du jamais-vu", "a temperature of 47.5 was recorded": a reading without its unit
    r"|(?i:une\s+température\s+de|a\s+temperature\s+of)\s+$"
    # "felt like" only before a value below zero: "felt like minus-41", not "felt like playing ... <3"
    r"|(?i:felt|feels)\s+like\s+(?i:minus[- ]?|[-−])$"
)


def _wind_chills(text: str, figures: list[Figure]) -> None:
    """Bare numbers after a wind chill, a humidex or a temperature felt ("a wind chill of -43", "felt like
    minus-41", "humidex values between 37 and 42", "des températures ressenties de 37"), or before "with the
    humidex", are temperatures in degrees Celsius, and so is the other end of their range."""
    felt: Figure | None = None
    for f in figures:
        if (
            f.kind == "count"
            and (f.unit is None or f.unit not in t.KNOWN_UNITS)
            and -70 <= f.value <= 60
            and (
                _WIND_CHILL_BEFORE.search(text, max(0, f.start - 48), f.start) is not None
                or _HUMIDEX_AFTER.match(text, f.end) is not None
                or felt is not None
                and f.unit is None
                and (
                    _RANGE_JOIN_RE.fullmatch(text, felt.end, f.start) is not None
                    # "effondrée de près de 20 degrés (de 42 à 23)": the readings of a change, in brackets
                    or _READINGS_BRACKET_RE.fullmatch(text, felt.end, f.start) is not None
                )
            )
        ):
            f.kind, f.unit = "temperature", "C"
            felt = f
        elif f.kind == "temperature":
            felt = f


#: Words a reading follows without its unit, in a text that gives temperatures: "a high of 39 in the early
#: afternoon", "peaking at 39.8 on July 19", "temperatures of around 33", "des maximales de 38", "un pic de 41,2".
_READING_BEFORE = compile_lazily(
    r"(?i:a\s+high\s+of|highs\s+of|a\s+low\s+of|lows\s+of|peaking\s+at|peaked\s+at"
    r"|temperatures?\s+of(?:\s+(?:around|about|up\s+to|nearly))?"
    r"|des\s+maximales\s+de|des\s+minimales\s+de|un\s+pic\s+de|des\s+pointes\s+(?:à|de)"
    r"|des\s+températures\s+(?:de|d['’]environ))\s+$"
)
#: What a lowercased text holds when :data:`_READING_BEFORE` may match in it.
_READING_CUES = (
    "high",
    "low",
    "peak",
    "temperature",
    "maximales",
    "minimales",
    "pic ",
    "pointes",
    "températures",
)


def _bare_readings(text: str, figures: list[Figure]) -> None:
    """Bare numbers after the words of a reading ("a high of 39", "peaking at 39.8") in a text that gives
    temperatures are temperatures in degrees Celsius."""
    for f in figures:
        if (
            f.kind == "count"
            and f.unit is None
            and -70 <= f.value <= 60
            and _READING_BEFORE.search(text, max(0, f.start - 40), f.start) is not None
        ):
            f.kind, f.unit = "temperature", "C"


#: The mercury's move to a reading: "le mercure devrait descendre à -15", "the mercury could plunge to -30".
_MERCURY_BEFORE = compile_lazily(
    r"(?i:mercure|mercury)\s+(?:[^\W\d_]+\s+){0,3}?(?:(?:descend|chut|grimp|mont|attei|plong|baiss"
    r"|drop|fall|fell|climb|rose|rise|reach|hit|plung|dip|soar)\w*)\s+(?:à|jusqu['’]à|to|as\s+low\s+as|as\s+high\s+as)"
    r"(?:\s+(?:environ|près\s+de|around|about))?\s+-?$"
)


def _mercury_readings(text: str, figures: list[Figure]) -> None:
    """Bare numbers the mercury is said to move to are temperatures in degrees Celsius, below zero when signed:
    "le mercure devrait descendre à -15 au cours des prochains jours"."""
    for f in figures:
        if (
            f.kind == "count"
            and (f.unit is None or f.unit not in t.KNOWN_UNITS)
            and -70 <= f.value <= 60
            and _MERCURY_BEFORE.search(text, max(0, f.start - 60), f.start) is not None
        ):
            f.kind, f.unit = "temperature", "C"


def _minus_before(text: str, start: int) -> bool:
    """Whether a minus sign stands right before the digits at ``start`` ("-13,2"), not a joining hyphen."""
    return text[start - 1 : start] in _MINUS_SIGNS and (start < 2 or text[start - 2] in _BEFORE_A_SIGN)


def _spaced_minus_before(text: str, start: int) -> bool:
    """Whether a hyphen typed as a minus sign and spaced from the digits stands before ``start`` after a word
    ("affichait encore - 36 °C", "autour de - 40"), as French dailies print readings below zero: a hyphen,
    never a dash (an aside), and not between two numbers ("25 - 30 °C", a range)."""
    return (
        start > 3
        and text[start - 1] in _SPACES
        and text[start - 2] == "-"
        and text[start - 3] == " "
        and text[start - 4].isalpha()
    )


def _signed_readings(text: str, figures: list[Figure]) -> None:
    """In a text that gives readings below zero ("-35 degrés Celsius"), a bare number printed with a minus sign
    ("des valeurs comparables, entre -40 et -43 en raison du vent") is another reading: a count is never
    below zero."""
    if not any(
        f.kind == "temperature"
        and f.unit == "C"
        and (_minus_before(text, f.start) or _spaced_minus_before(text, f.start))
        for f in figures
    ):
        return
    for f in figures:
        if (
            f.kind == "count"
            and f.unit is None
            and not f.change
            and 0 < f.value <= -MIN_READING
            and f.text[:1].isdigit()
            and (_minus_before(text, f.start) or _spaced_minus_before(text, f.start))
            and text[f.start - 2 : f.start - 1] not in ("(", "/")  # "23 sièges (-5)": seats lost
        ):
            f.kind, f.unit = "temperature", "C"


#: Between the bounds of a range of readings said below zero: "minus 45 to minus 50 degrees", "de moins 5 à
#: moins 10 °C", "-45 to -50".
_READINGS_RANGE_GAP_RE = compile_lazily(
    rf"{_H}+(?i:to|à|and|et){_H}+(?:(?i:minus|moins)(?:{_H}+|-)|[-−–]{_H}?)"
)
#: Between a reading and the same in the other scale, in brackets: "minus 47 (minus 44 C)", "47 (8 C)".
_CONVERTED_READING_GAP_RE = compile_lazily(rf"{_H}*\({_H}*(?:(?i:minus|moins)(?:{_H}+|-)|[-−–]{_H}?)?")


def _scale_less(f: Figure) -> bool:
    """Whether a figure's text is its number alone ("47", "-45"), no scale or degree sign written."""
    return not any(ch.isalpha() or ch in "°º" for ch in f.text)


def _readings_by_the_next(text: str, figures: list[Figure]) -> None:
    """A bare number right before a reading takes its scale from it: the low bound of a range said below zero
    ("minus 45 to minus 50 degrees Fahrenheit", its bound a count or read in degrees Celsius by default) is
    in the high bound's scale; a number the bracket after it converts ("minus 47 (minus 44 C)", "a temperature
    of 47 (8 C)") is in the other scale."""
    for a, b in itertools.pairwise(figures):
        if (
            b.kind != "temperature"
            or b.unit not in ("C", "F")
            or not _scale_less(a)
            or not (a.kind == "temperature" or a.kind == "count" and a.unit is None)
        ):
            continue
        if _READINGS_RANGE_GAP_RE.fullmatch(text, a.end, b.start):
            if a.kind == "temperature" or _MINUS_WORD_RE.search(text, max(0, a.start - 8), a.start):
                a.kind, a.unit = "temperature", b.unit
        elif _CONVERTED_READING_GAP_RE.fullmatch(text, a.end, b.start):
            # the bracket's reading is the number's in the other scale, to a degree or so
            reading, other = _signed_reading(text, a), _signed_reading(text, b)
            celsius = (reading - 32) * 5 / 9 if b.unit == "C" else reading * 9 / 5 + 32
            if abs(celsius - other) <= CONVERSION_SLACK:
                a.kind, a.unit = "temperature", "F" if b.unit == "C" else "C"


#: A reading in bare degrees: "130 degrees", "15", "-4 degrees" (no scale named).
_BARE_DEGREES_RE = compile_lazily(rf"[-−–]?[0-9][0-9.,]*(?:{_H}+(?i:degrees?|degrés?))?")


def _bare_degrees_of_one_scale(figures: list[Figure]) -> None:
    """A text that gives a reading in bare degrees no weather reaches in Celsius ("Death Valley hit 130
    degrees") and names no reading in Celsius gives all its bare degrees in Fahrenheit: "temperatures running
    15 to 30 degrees above late-summer averages"."""
    readings = [f for f in figures if f.kind == "temperature"]
    bare = [f for f in readings if _BARE_DEGREES_RE.fullmatch(f.text)]
    bare_ids = {id(f) for f in bare}
    if not any(f.unit == "F" for f in bare) or any(f.unit == "C" for f in readings if id(f) not in bare_ids):
        return
    for f in bare:
        f.unit = "F"


#: How far (in degrees of the bracket's scale) a reading converted may be from the bracket's: publishers round.
CONVERSION_SLACK = 1.5


def _signed_reading(text: str, f: Figure) -> float:
    """A reading's value with the sign printed or said before it ("-44", "minus 44"), before :func:`_signed`
    gives it."""
    value = float(f.value)
    if value > 0 and (
        _minus_before(text, f.start)
        or _spaced_minus_before(text, f.start)
        or _MINUS_WORD_RE.search(text, max(0, f.start - 8), f.start)
    ):
        return -value
    return value


#: The coldest reading a bare signed number may be (see :func:`_signed_readings`).
MIN_READING = -70


def _readings_after_a_reading(text: str, figures: list[Figure]) -> None:
    """A bare number close to a temperature said before it in its sentence, after a word that reaches it
    ("dépassaient les 40 °C et s'approchaient même des 45 dans certaines villes", "40C, and up to 44 in
    the south", "the earlier record of 134 degrees ... expected to reach as high as 132") is another reading
    in its scale."""
    last: Figure | None = None
    for f in sorted(figures, key=lambda f: f.start):
        if f.kind == "temperature" and f.unit in ("C", "F"):
            last = f
            continue
        if last is None or f.kind != "count" or f.unit is not None or f.field != last.field:
            continue
        # a reading below zero ("jusqu'à -10,8°C, et même -13,2 à l'aéroport"): its sign is read later (see
        # _signed), but it tells how close it is to the reading before and where the word reaching it ends
        signed = _minus_before(text, f.start)
        at = f.start - 1 if signed else f.start
        value, reading = float(f.value), float(last.value)
        if (
            0 < at - last.end <= READING_AFTER_READING_GAP
            and abs(
                (-value if signed else value) - (-reading if _minus_before(text, last.start) else reading)
            )
            <= READING_AFTER_READING_SPREAD
            and _REACHING_BEFORE.search(text, max(0, at - 16), at) is not None
            and not _SENTENCE_END_RE.search(text, last.end, at)
        ):
            f.kind, f.unit = "temperature", last.unit


#: How far after a temperature (in characters) and how far from its value a bare number may be to be read as
#: another reading (see :func:`_readings_after_a_reading`).
READING_AFTER_READING_GAP = 80
READING_AFTER_READING_SPREAD = 10
#: A word that reaches a reading, right before a bare number: "des 45", "up to 44", "atteindre 46".
_REACHING_BEFORE = compile_lazily(
    r"(?<![\w])(?i:des|les|aux|to|atteindre|atteint|atteignait|reach|reached|reaching|hit|hitting|même"
    r"|as\s+high\s+as|as\s+low\s+as)\s+$"
)


#: Banknotes after their face value ("$100 bank notes", "$50 bills") or before it ("billets de 100 $").
_NOTES_AFTER = compile_lazily(
    rf"[\"”»]?{_H}*(?i:bank{_H}*notes?|banknotes?|notes?|bills?|billets?){_H}*(?![\w])"
)
_NOTES_OF_BEFORE = _ending(rf"(?<![\w])(?i:billets?|coupures?){_H}+(?:de{_H}+|d['’])")
#: "the two of them", "the three of us": the people a text points back to.
_OF_US_AFTER = compile_lazily(rf"{_H}+of{_H}+(?:them|us|you)(?![\w])")
#: "close to 40" with the humidex: a temperature felt, said before the word.
_HUMIDEX_AFTER = compile_lazily(
    r"[\"”»]?\s+(?i:with\s+the\s+humidex|avec\s+(?:l['’]|le\s+facteur\s+)humidex)(?![\w])"
)
#: A bracket opening on readings right after a temperature: "20 degrés (de 42 à 23)", "20 degrees (from 42".
_READINGS_BRACKET_RE = compile_lazily(r"\s*\(\s*(?:de|from|between|entre)?\s*")


#: "a year and" right before a count of months: "a year and eight months", "one year and six months".
_A_YEAR_AND_BEFORE = _ending(rf"(?<![\w])(?i:a|one){_H}+year{_H}+and{_H}+")
#: ... and an hour and its minutes: "over an hour and 40 minutes".
_AN_HOUR_AND_BEFORE = _ending(rf"(?<![\w])(?i:an|one){_H}+hour{_H}+and{_H}+")
#: The larger unit said with its article before a span of a smaller one, and how many of these it holds.
_ONE_AND_SPANS = {"months": (_A_YEAR_AND_BEFORE, 12), "minutes": (_AN_HOUR_AND_BEFORE, 60)}


def _one_unit_and_smaller_spans(text: str, figures: list[Figure]) -> None:
    """Join "a year and eight months" into one span of 20 months, as "un an et huit mois" is read, and "an hour
    and 40 minutes" into 100 minutes: the article is the larger unit's number, which the tokenizer reads only
    before a scale."""
    joined = []
    for f in figures:
        if f.kind == "duration" and f.unit in _ONE_AND_SPANS and f.bound is None:
            before, size = _ONE_AND_SPANS[f.unit]
            m = before.search(text, max(0, f.start - 20), f.start)
            # not "between a year and 18 months": a range's two bounds
            if m is not None and not text[: m.start()].rstrip().lower().endswith("between"):
                joined.append((m.start(), f.start))
                f.value = float(f.value) + size
                f.text = text[m.start() : f.end]
                f.start = m.start()
    if joined:  # "over a year and six months": the year read alone is part of the span now
        figures[:] = [f for f in figures if not any(a <= f.start and f.end <= b for a, b in joined)]


def _signed(text: str, figures: list[Figure]) -> None:
    """Make negative the figures printed with a minus sign right before their digits ("-40C", "(-27,000;
    -0.9%)", "−0,75 %", and spaced in a bracket, "(- 25,6%)"), and the temperatures said to be "minus" or
    "moins" a value. A hyphen after a letter, a digit or a sign joins ("COVID-19", "2018-19", "28-30",
    "0%-2%"), and a dash before a space is punctuation."""
    level: Figure | None = None  # the last rate made a level below zero
    for f in figures:
        if f.kind not in _SIGNED_KINDS or not f.text[:1].isdigit() or f.value <= 0:
            continue
        s = f.start
        if f.kind == "count" and text[s - 2 : s - 1] in ("(", "/") and _SIGNED_CHANGE_END.match(text, f.end):
            # "23 sièges (-5)", "(28/-1)": a party's seats lost, a count of them ("losing five"), not below zero
            f.change = f.change or text[s - 1 : s] in _MINUS_SIGNS + "+"
            continue
        if (
            f.kind == "count"
            and s
            and text[s - 1] in _MINUS_SIGNS
            and (s == 1 or text[s - 2] in _BEFORE_A_SIGN)
        ):
            # "-19 tués au 3e trimestre": a count is never below zero; signed, it is a fall, as "19 fewer"
            f.change = True
            continue
        if s and text[s - 1] in _MINUS_SIGNS and (s == 1 or text[s - 2] in _BEFORE_A_SIGN):
            sign = s - 1
        elif s > 2 and text[s - 1] == " " and text[s - 2] in _MINUS_SIGNS and text[s - 3] == "(":
            sign = s - 2  # "(- 25,6%)": a spaced sign
        elif (
            f.kind != "count"
            and text[s - 1 : s] in _SPACES
            and text[s - 2 : s - 1] in _MINUS_SIGNS
            and _SIGN_AFTER_WORD_RE.search(text, max(0, s - 12), s - 2)
        ):
            # "établi à – 0,75%, il passera à – 0,25%": a dash after "à" or "to" is no aside but a spaced sign
            sign = s - 2
        elif f.kind == "temperature" and _spaced_minus_before(text, s):
            sign = s - 2
        elif f.kind == "percent" and text[s - 1 : s] == "+" and (s == 1 or text[s - 2] in _BEFORE_A_SIGN):
            f.plus = True  # "(+33%)", "+5,4 %": a rise in a breakdown, its size the value
            continue
        elif (
            f.kind == "percent"
            and text[s - 2 : s] in ("+ ", "+\u00a0")
            and (s == 2 or text[s - 3] in _BEFORE_A_SIGN)
        ):
            f.plus = True  # "(6,0 millions, + 43,8 %)": the same, its sign spaced
            continue
        else:
            if f.kind == "temperature" and _MINUS_WORD_RE.search(text, max(0, s - 8), s):
                f.value = -f.value
            continue
        f.start, f.text = sign, text[sign : f.end]
        if f.kind == "temperature":
            f.value = -f.value
        elif f.kind == "percent" and (
            _SIGN_AFTER_WORD_RE.search(text, max(0, sign - 16), sign) is not None
            or level is not None
            and level.end <= sign
            and _NEXT_LEVEL_GAP_RE.fullmatch(text, level.end, sign) is not None
        ):
            # "un taux de -0,75 %", "passe de -0,5 % à 0 %", "at -0.1%", "from the -0.75 percent level": a level
            # below zero, as a policy rate or a growth rate is; compared by its size (see
            # reader.figures.compare.UNSIGNED_KINDS)
            f.value = -f.value
            level = f
        else:
            # "(-6,8 %)", "-0.9%": a fall of that size, as "a fall of 6.8%" and "a 6.8% drop" give it
            f.minus = True


#: The word before a price below zero: "ending the day at a stunning minus US$37.63".
_MINUS_AMOUNT_WORD_RE = compile_lazily(r"(?<![\w])(?i:minus)[ \u00a0]$")


def _prices_below_zero(text: str, figures: list[Figure]) -> None:
    """Make negative the amounts given as a level below zero: a minus sign after "to", "at", "of", "à" or "de"
    ("fell to -$37.63 a barrel", "an all-time low of -US$40.32", "a plongé à -37,63 dollars") or the word
    "minus" ("at a stunning minus US$37.63"), as oil traded in April 2020. A dash elsewhere before an amount
    is punctuation or a fall, and keeps it as written."""
    for f in figures:
        if f.kind != "money" or f.value <= 0:
            continue
        s = f.start
        if (
            text[s - 1 : s] in _MINUS_SIGNS
            and s >= 2
            and text[s - 2] in _SPACES
            and _SIGN_AFTER_WORD_RE.search(text, max(0, s - 14), s - 1) is not None
        ):
            f.start, f.text, f.value = s - 1, text[s - 1 : f.end], -f.value
        elif _MINUS_AMOUNT_WORD_RE.search(text, max(0, s - 8), s) is not None:
            f.value = -f.value


def _number_sentences(text: str, figures: list[Figure]) -> None:
    """Give each figure (sorted by position) the index of its sentence or clause: the stops, semicolons,
    colons, question and exclamation marks before a space, and line breaks before it (``str.count`` over
    each gap is three times as fast as :data:`_SENTENCE_END_RE` over the text)."""
    seen, last = 0, 0
    for f in figures:
        gap = text[last : f.start]
        seen += (
            gap.count(". ")
            + gap.count("\n")
            + gap.count("; ")
            + gap.count(": ")
            + gap.count("? ")
            + gap.count("! ")
            + gap.count(".\u00a0")
        )
        f.sentence, last = seen, max(last, f.start)


#: A date's value from which it holds its year (yyyymmdd; a date without its year is mmdd).
_DATED = 10_000_000


def _year_of(f: Figure) -> int:
    """The year a year figure or a dated date names ("13 janvier 1982": 1982)."""
    return int(f.value) // 10_000 if f.kind == "date" else int(f.value)


#: What opens a conversion in brackets right after an amount: "(", "(près de", "(about", "(plus de".
_CONVERSION_OPENS_RE = compile_lazily(
    # "100 millions de livres sterling en transfert (117M EUR)": a word or two of the sum's own before the bracket
    rf"(?:(?:{_H}+(?!(?i:et|and|dont|plus|puis)(?![\w]))[^\W\d_]+){{0,2}}{_H}*\({_H}*(?:(?i:soit|or|ou){_H}+)?"
    # "12.429 milliards de couronnes, soit près de 1.150 milliards d'euros": the amount in another currency,
    # also after the verb of its clause ("4.502,9 bitcoins a disparu, soit quelque 48,2 milliards de yen")
    rf"|(?:{_H}+[^\W\d_]+){{0,2}},{_H}*(?i:soit|or){_H}+)"
    rf"(?:(?i:près{_H}+de|environ|quelque|plus{_H}+de|moins{_H}+de|about|around|roughly|nearly|almost|some"
    rf"|more{_H}+than|over){_H}+)?"
)
#: A comparison with another figure, of which the year after it is: "contre", "compared with", "up from".
_COMPARED_WITH_RE = compile_lazily(
    r"(?<![\w])(?i:contre|compared\s+(?:with|to)|up\s+from|down\s+from|versus|vs\.?|par\s+rapport\s+(?:à|aux?)"
    # a part of the scaled amount, or what it replaced: "14 milliards, dont 12,3", "4 milliards au lieu de 5,5"
    r"|dont|of\s+which|au\s+lieu\s+de|instead\s+of|rather\s+than|plutôt\s+que"
    # "83% more than in the same period in 2018", "2 % de plus qu'en 2022": the year of the value compared with
    r"|(?:more|less|higher|lower|fewer|greater)\s+than|(?:plus|moins)\s+qu['’])(?:(?![\w])|(?<=['’]))"
)


#: A year said right after a figure: "de 4% en 2022", "4.9% in 2022", "($2 million) in 2019".
_YEAR_RIGHT_AFTER_RE = compile_lazily(
    rf"(?:{_H}+[^\W\d_][\w'’]*){{0,2}}?{_H}+(?i:en|in|au|during|pendant|fin|début){_H}+"
)
#: What ends the clause of a figure before a year named after it.
_YEAR_CLAUSE_BREAK_RE = compile_lazily(r"[;:,()\n]")


#: The English months written out, and a full English date: what an English post quoted in a French report
#: is signed with ("September 23, 2019").
_FULL_MONTHS_EN = tuple(m for m in t.MONTHS_EN if len(m) > 3 and m.isalpha())
_ENGLISH_DATE_RE = compile_lazily(
    rf"(?<![\w])(?:{'|'.join(_FULL_MONTHS_EN)}) [0-9]{{1,2}}, [0-9]{{4}}(?![\w])"
)


#: The year a figure said of "last year" is dated to, relative to the article's: the pipeline, which knows the
#: article's date, makes it the year before that date's (see ``reader.pipeline``).
YEAR_BEFORE_ARTICLE = -1  # and -N for "N years ago" (see _YEARS_AGO_AFTER)
#: The words that date a figure said right before them (its noun aside) to the year before the article's:
#: "compared with $40 billion last year", "45.756 migrants l'an dernier", "up from 1,200 a year earlier". Not
#: "a year ago", "il y a un an": they date an event ("a heist of $24 million from the airport a year ago"),
#: often the story's own.
_LAST_YEAR_AFTER = compile_lazily(
    # the noun between, French with its "de": "1,1 milliard de smartphones l'an dernier"
    rf"(?:{_H}+(?:(?i:de){_H}+|(?i:d)['’])?[^\W\d_][\w'’]*)?"
    # "the $1.6 billion reported for the same quarter a year earlier", "sur la même période l'an dernier"
    rf"(?:{_H}+(?i:for|in|over|during|au|sur|pour|à){_H}+(?i:the|le|la){_H}+(?i:same|même){_H}+"
    rf"(?i:quarter|period|month|half|trimestre|période|mois|semestre))?"
    rf"{_H}+(?i:last{_H}+year|the{_H}+(?:previous|prior){_H}+year"
    rf"|a{_H}+year{_H}+earlier|l['’]an{_H}+(?:dernier|passé)|l['’]année{_H}+(?:dernière|passée|précédente)"
    rf"|un{_H}+an{_H}+plus{_H}+tôt)(?![\w-])"
)
#: Said of people between their number and their noun, the saved: "the 11 rescued migrants".
_RESCUED_WORDS = frozenset({"rescued", "saved"})
#: From here bare "degrees" of the weather are Fahrenheit (the hottest reading on record is 56.7 °C).
FAHRENHEIT_LEAST = 60
#: The least part of an amount read in its currency after "dont" (not "une amende de 5 000 euros, dont 3 ...").
OF_WHICH_LEAST = 10
#: How far after a count the "of which" of its part may end.
OF_WHICH_REACH = 60
#: Between a count and a part of it with no noun of its own: " doses of the vaccine, of which around ".
_OF_WHICH_BETWEEN = compile_lazily(
    rf"[^.;:!?\n0-9]*,{_H}*(?i:of{_H}+which|dont){_H}+"
    rf"(?:(?i:about|around|nearly|almost|some|roughly|environ|près{_H}+de|quelque|plus{_H}+de|more{_H}+than){_H}+)?"
)
#: The verb right after a part said with no noun: "of which 5,400 have been received", "dont 800 ont été".
_PART_VERB_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:already|déjà){_H}+)?(?i:have|has|had|were|was|are|will|ont|sont|avaient|étaient|seront)(?![\w])"
)
#: Comparisons read as the noun of a part: "1.562 répliques, dont 44 supérieures à une magnitude de 4".
_COMPARISON_WORDS = frozenset(
    "supérieur supérieure supérieurs supérieures inférieur inférieure inférieurs inférieures".split()
)


def _verb_or_comparison(word: str | None, raw: Decimal) -> bool:
    """Whether the word read as a part's noun after "dont" is a verb of the third person plural ("dont 138
    suivent", "dont 12 restent": the plural of a noun in "-ent" ends in "s"; not an adverb, "dont trois
    gravement") or a comparison ("dont 44 supérieures")."""
    if word is None:
        return False
    return word in _COMPARISON_WORDS or (
        raw > 1 and word.endswith("ent") and not word.endswith("ment") and word.isalpha()
    )


#: Between an amount and a part of it: " dont ", ", of which ".
_AMOUNT_PART_BETWEEN = compile_lazily(rf"{_H}*,?{_H}*(?i:dont|of{_H}+which){_H}+")
#: "Last year" opening a sentence: what the sentence tells is of the year before the article's.
_LAST_YEAR_OPENING_RE = compile_lazily(
    rf"(?:^|(?<=[.!?]{_H})|(?<=\n))(?:(?i:last{_H}+year|l['’]an{_H}+(?:dernier|passé)|l['’]année{_H}+(?:dernière|passée)"
    # "A year earlier, ...", "Un an plus tôt, à la même période, le Québec comptait 5335 postes"
    # "Just over a year ago, ...", "Il y a un peu plus d'un an, ...": a year, told roughly
    rf"|(?:(?:just{_H}+)?(?:over|more{_H}+than|nearly|almost|about){_H}+)?a{_H}+year{_H}+(?:earlier|ago)"
    rf"|un{_H}+an{_H}+(?:plus{_H}+tôt|auparavant)|il{_H}+y{_H}+a{_H}+(?:(?:un{_H}+peu{_H}+)?(?:plus|près){_H}+d['’])?un{_H}+an)"
    # the year before the one just named: "The previous year", "L'année précédente"
    rf"|(?P<previous>(?i:the{_H}+(?:previous|prior){_H}+year|the{_H}+year{_H}+before|l['’]année{_H}+précédente)))"
    # a comma, or a clause of its own: "Last year there were 117 accidents", "L'an dernier les mines ont ..."
    rf"(?:,|{_H}+(?=[a-zàâçéèêëîïôûù]))"
)
#: "last year", "l'an dernier", "l'année passée", as a word of its own.
_LAST_YEAR_WORDS = (
    rf"(?<![\w])(?:(?i:last){_H}+(?i:year)|(?i:l['’]an){_H}+(?i:dernier|passé)|(?i:l['’]année){_H}+(?i:dernière|passée))"
    rf"(?![\w'’])"
)
#: "last year" or "l'an dernier" in a figure's clause before it, with no comma or sentence end between.
LAST_YEAR_NEAR_REACH = 56
_LAST_YEAR_NEAR_BEFORE = compile_lazily(rf"{_LAST_YEAR_WORDS}[^,;:.!?()\n]*$")
#: "last year" or "l'an dernier" between a year the sentence names and a figure after both.
_LAST_YEAR_BETWEEN_RE = compile_lazily(_LAST_YEAR_WORDS)
#: Last year's event named as such within a sentence: "the major wildfires of last year", "last year's floods".
_LAST_YEARS_EVENT_RE = compile_lazily(rf"(?<![\w])(?i:of{_H}+last{_H}+year|last{_H}+year['’]s)(?![\w])")
#: What a text holding an opening of :data:`_LAST_YEAR_OPENING_RE` holds, lowercased.
_LAST_YEAR_OPENING_ENDS = (
    "last",
    "dernier",
    "passé",
    "previous year",
    "prior year",
    "year before",
    "précédente",
    "year earlier",
    "year ago",
    "an plus tôt",
    "an auparavant",
    "il y a un an",
    "d'un an",
    "d’un an",
)
_LAST_YEAR_OPENING_SCAN = _Scanner(
    _LAST_YEAR_OPENING_RE,
    (
        "last",
        "the previous",
        "the prior",
        "the year before",
        "l'an",
        "l’an",
        "a year",
        "un an",
        "il y a un an",
        "just",
        "over a year",
        "more than a year",
        "nearly a year",
        "almost a year",
        "about a year",
        "il y a un peu",
        "il y a plus",
        "il y a près",
    ),
)
#: How many years ago, in words or digits, from two: "il y a trois ans", "three years ago", "5 years ago" (not
#: "a year ago", often the story's own event).
_YEARS_AGO_COUNTS = {
    word: years
    for years, words in (
        (2, ("two", "deux", "2")),
        (3, ("three", "trois", "3")),
        (4, ("four", "quatre", "4")),
        (5, ("five", "cinq", "5")),
        (6, ("six", "6")),
        (7, ("seven", "sept", "7")),
        (8, ("eight", "huit", "8")),
        (9, ("nine", "neuf", "9")),
        (10, ("ten", "dix", "10")),
    )
    for word in words
}
#: Right after a figure (a word, then a comma, may come between), how many years ago it was said of.
_YEARS_AGO_AFTER = compile_lazily(
    rf"(?:{_H}+[^\W\d_][\w'’]*)?,?{_H}+(?:(?i:il{_H}+y{_H}+a){_H}+(?P<n>{_alt(list(_YEARS_AGO_COUNTS), 'i')}){_H}+(?i:ans)"
    rf"|(?P<n2>{_alt(list(_YEARS_AGO_COUNTS), 'i')}){_H}+(?i:years){_H}+(?i:ago))(?![\w])"
)
_LAST_YEAR_HINTS = ("last year", "year earlier", "previous year", "prior year", "an dernier", "an passé",
                    "année dernière", "année passée", "année précédente", "an plus tôt", "an auparavant",
                    "year ago",
                    "il y a", "years ago", "year before")  # fmt: skip
#: After "N-time": the title a champion won N times, after a few capitalised words ("Olympic", "Grand Slam",
#: "world"): "three-time Olympic champion", "two-time Grand Slam singles champion", "six-time Olympic medalist" (not
#: "seven-time All-Star": selections, not titles).
_TIMES_CHAMPION_AFTER = compile_lazily(
    rf"(?:{_H}+(?:[A-Z][\w'’-]*|world|singles|doubles|major|gold|defending))*{_H}+"
    r"(?i:champions?|winners?|medall?ists?|title[- ]holders?)(?![\w])"
)
#: The most titles a "N-time" champion is counted with (not "a 1000-time winner" of anything).
MAX_TITLES = 100
#: Between two items of a results list, a name and its number: ", Scottish National Party ", ", and Sinn Fein ",
#: ", Reform UK " (a capitalised name of a few words, "&" allowed).
_NAMED_ITEM_BEFORE = compile_lazily(
    rf",{_H}+(?:and{_H}+|et{_H}+)?[A-Z][\w'’.-]*(?:{_H}+(?:&|de|of|du|des|[A-Z][\w'’.-]*)){{0,5}}{_H}+"
)
#: What ends an item of such a list: a comma, "and", a stop.
_NAMED_ITEM_END_AFTER = compile_lazily(rf"(?:,|;|\.|{_H}+(?:and|et){_H}|{_H}*$)")
#: After "saisons": the weather's season ("saisons des pluies", "saisons sèches", "saisons cycloniques").
_WEATHER_SEASON_AFTER = compile_lazily(
    rf"{_H}+(?i:des{_H}+pluies|de{_H}+pluies?|sèches?|humides?|cycloniques?)(?![\w])"
)
#: A fiscal year or a season, two consecutive years ("in 2023-24", "en 2022-2023"): what its figures are of,
#: dated to the first year (the budget of "2024-25" is the one of spring 2024).
_FISCAL_YEAR_RE = compile_lazily(
    r"(?<![\w-])(?P<first>(?:19|20)[0-9]{2})[-–/](?P<second>(?:19|20)?[0-9]{2})(?![\w-])"
)


def _fiscal_years(text: str, runs: list[tuple[int, int]] | None) -> list[Figure]:
    """The fiscal years and seasons of ``text`` as year figures of their first year (never kept as figures:
    they only date the figures said in them)."""
    if runs is not None and not any(e - s == 4 and text[e : e + 1] in "-–/" for s, e in runs):
        return []
    found = []
    for m in _FISCAL_YEAR_RE.finditer(text):
        first, second = int(m.group("first")), m.group("second")
        if (int(second) if len(second) == 4 else first // 100 * 100 + int(second)) == first + 1:
            found.append(Figure(m.group(), float(first), "year", start=m.start(), end=m.end()))
    return found


#: A month named right after a rate, the month it is given for: " in May", " en juin", " au mois d'avril",
#: " pour le mois de mai", " for June".
_RATE_MONTH_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:in|for|en|au{_H}+mois{_H}+d(?:e{_H}+|['’])|pour{_H}+le{_H}+mois{_H}+d(?:e{_H}+|['’])){_H}*)"
    # full names only ("May", "mai"; not "Mar", which "in Mar-a-Lago" holds)
    rf"(?P<m>{_alt([*_FULL_MONTHS_EN, 'May', *(m for m in t.MONTHS_FR if len(m) > 3 and m.isalpha()), 'mai'])})"
    rf"(?![\w])"
)


#: A sentence opening on the month its rates are given for: "In May, inflation was 7.7%", "En avril, les prix
#: ont augmenté de 5,9 %", "In March 2023 the rate ...", "Au mois de juin, ...".
_MONTH_OPENING_RE = compile_lazily(
    rf"(?:^|(?<=[.!?]{_H})|(?<=\n))(?:(?:In|For|En){_H}+|Au{_H}+mois{_H}+d(?:e{_H}+|['’])|Pour{_H}+le{_H}+mois{_H}+d(?:e{_H}+|['’]))"
    rf"(?P<m>{_alt([*_FULL_MONTHS_EN, 'May', *(m for m in t.MONTHS_FR if len(m) > 3 and m.isalpha()), 'mai'])})"
    rf"(?:{_H}+(?:dernier|\d{{4}}))?(?:,|{_H}+(?=[a-zàâçéèêëîïôûù]))"
)


#: What each match of :data:`_MONTH_OPENING_RE` opens with, as written: the scan starts only there.
_MONTH_OPENERS = ("In", "For", "En", "Au", "Pour")


def _month_of(name: str) -> int | None:
    return t.MONTHS_EN.get(name) or t.MONTHS_FR.get(name.lower())


def _date_by_month(text: str, figures: list[Figure]) -> None:
    """Give each rate the month named right after it ("inflation stood at 6.5 per cent in June", "6,8% au mois
    d'avril"), else the month its sentence opens on ("In May, inflation was 7.7%"): a monthly series' rates of
    two months are two quantities. A toll takes the month its sentence opens on too ("In April, 18 people
    were killed"): an event of that month."""
    monthly = [f for f in figures if f.kind == "percent" or f.kind == "count" and f.unit in _TOLL_PLACE_UNITS]
    if not monthly:
        return
    for f in monthly:
        if f.kind == "percent" and (m := _RATE_MONTH_AFTER.match(text, f.end)) is not None:
            f.month = _month_of(m.group("m"))
    if not any(f.month is None for f in monthly):
        return
    for opening in _scan_at(_MONTH_OPENING_RE, _found_at(_MONTH_OPENERS, text), text):
        end = _SENTENCE_END_RE.search(text, opening.end())
        stop = len(text) if end is None else end.start()
        month = _month_of(opening.group("m"))
        for f in monthly:
            if opening.end() <= f.start < stop:
                if f.month is not None and f.month != month:
                    break  # a rate of another month named after it: the figures after it are of that month too
                f.month = month


def _date_last_year(text: str, lowered: str | None, figures: list[Figure]) -> None:
    """Date the figures said of "last year" (see :data:`YEAR_BEFORE_ARTICLE`): right after them, or at the
    opening of their sentence ("Last year, the debt stood at 105.2 per cent", "L'an dernier, 12 000 ...")."""
    if lowered is not None and not any(hint in lowered for hint in _LAST_YEAR_HINTS):
        return
    matches = (
        []
        if lowered is not None and not any(ending in lowered for ending in _LAST_YEAR_OPENING_ENDS)
        else list(_LAST_YEAR_OPENING_SCAN.finditer(text, lowered))
    )
    # "En 2023, 142.500 demandes ... L'année précédente, 131.000 demandes": the year before the last one
    # named, else the article's
    years = [f for f in figures if f.kind == "year"]
    opened = [
        (
            m.end(),
            next((_year_of(y) - 1 for y in reversed(years) if y.end <= m.start()), YEAR_BEFORE_ARTICLE)
            if m.group("previous")
            else YEAR_BEFORE_ARTICLE,
        )
        for m in matches
    ]
    if lowered is None or "last year" in lowered:
        # "The major wildfires of last year killed 104 people", "last year's floods killed 40": what the
        # sentence tells after them is of that year
        opened += [(m.end(), YEAR_BEFORE_ARTICLE) for m in _LAST_YEARS_EVENT_RE.finditer(text)]
        opened.sort()
    openings = [at for at, _ in opened]
    dated = [year for _, year in opened]
    for f in figures:
        if f.kind in ("year", "date"):
            continue
        if _LAST_YEAR_AFTER.match(text, f.end):
            f.year = YEAR_BEFORE_ARTICLE
            continue
        if (ago := _YEARS_AGO_AFTER.match(text, f.end)) is not None:
            # "faisant 31 morts, il y a trois ans", "killed 35 people two years ago": that many years before
            # the article's (see YEAR_BEFORE_ARTICLE)
            f.year = -_YEARS_AGO_COUNTS[(ago.group("n") or ago.group("n2")).lower()]
            continue
        at = bisect_right(openings, f.start)
        # a colon goes on with the year's account ("Il y a un an, deux rames s'étaient percutées : le choc avait
        # fait 41 blessés")
        if at and _SENTENCE_END_NO_COLON_RE.search(text, openings[at - 1], f.start) is None:
            f.year = dated[at - 1]
        elif (
            last := _LAST_YEAR_NEAR_BEFORE.search(text, max(0, f.start - LAST_YEAR_NEAR_REACH), f.start)
        ) is not None and not any(g is not f and last.end() <= g.start < f.start for g in figures):
            # "cédé l'an dernier chez Christie's à New York pour 104,5 millions de dollars": the verb's time,
            # in the figure's clause
            f.year = YEAR_BEFORE_ARTICLE


def _figure_between(figures: list[Figure], i: int, end: int) -> bool:
    """Whether a figure of the kind of ``figures[i]`` (sorted by start) follows it before ``end``: not an
    amount's conversion into another currency ("58 billion yen, or about $533 million ..., in 2018")."""
    f = figures[i]
    return any(
        g.start < end and g.kind == f.kind and not (g.kind == "money" and g.currency != f.currency)
        for g in figures[i + 1 : i + 3]
    )


#: What opens the value a quantity is compared with or changed from: "from €2.7 billion", "contre 7,5 %".
_COMPARED_VALUE_BEFORE = _ending(
    rf"(?<![\w])(?i:from|contre|compared{_H}+(?:with|to)|versus|par{_H}+rapport{_H}+à){_H}+"
)


def _dates_a_compared_value(text: str, figures: list[Figure], year: Figure, f: Figure) -> bool:
    """Whether ``year`` dates only the compared value right before it, and ``f`` comes after it in a clause
    of its own: "slipped to €1.6 billion from €2.7 billion in 2023, and the margin went from 7.6 percent to
    4.4 percent" (the new margin is not 2023's; the one it went from, compared as the amount was, is)."""
    if not _YEAR_CLAUSE_BREAK_RE.search(text, year.end, f.start):
        return False
    if _COMPARED_VALUE_BEFORE.search(text, max(0, f.start - 24), f.start) is not None:
        return False
    return any(
        g.end <= year.start
        and g.kind not in ("year", "date")
        and _YEAR_RIGHT_AFTER_RE.fullmatch(text, g.end, year.start) is not None
        and _COMPARED_VALUE_BEFORE.search(text, max(0, g.start - 24), g.start) is not None
        for g in figures
    )


def _date_by_sentence(
    text: str, lowered: str | None, figures: list[Figure], runs: list[tuple[int, int]] | None = None
) -> None:
    """Give each figure the year its sentence names, the nearest before it (else after it), or for a
    sentence that opens with "that year", the last year named before the sentence; or the year before the
    article's, when said of "last year". ``lowered``: the text lowercased, when the extractor has it;
    ``runs``: its runs of digits, when the extractor has them."""
    _date_last_year(text, lowered, figures)
    named = [f for f in figures if f.kind == "year" or f.kind == "date" and f.value >= _DATED]
    fiscal = _fiscal_years(text, runs)
    if fiscal:
        named = sorted(named + fiscal, key=lambda f: f.start)
    if not named:
        return
    # "en hausse de 8 % par rapport à 2020 (556 appareils)": a figure in brackets right after a year is that
    # year's, whatever its sentence dates
    bracketed = {y.end + 2: _year_of(y) for y in named if y.kind == "year" and text.startswith(" (", y.end)}
    if bracketed:
        for f in figures:
            if f.start in bracketed and f.kind not in ("year", "date"):
                f.year = bracketed[f.start]
    monthly = {
        id(f)
        for f in named
        if f.kind == "year" and _MONTH_OF_EVENT_BEFORE.search(text, max(0, f.start - 24), f.start)
    }
    years = [
        f
        for f in named
        if (
            f.kind == "date"
            or id(f) in monthly
            or _YEAR_OF_EVENT_BEFORE.search(text, max(0, f.start - 14), f.start)
            or _YEAR_WHEN_AFTER.match(text, f.end)
        )
        and not _RANGE_AFTER.match(text, f.end)
        and (
            not _SINCE_EVENT_BEFORE.search(text, max(0, f.start - 48), f.start)
            or _YEAR_WHEN_AFTER.match(text, f.end)
        )
    ]
    low = lowered if lowered is not None else text.lower()
    recalls = any(opening in low for opening in _THAT_YEAR_OPENINGS) or " alors " in low
    if not years and not recalls:
        return
    starts = [y.start for y in years]
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(text)] if recalls else []
    for i, f in enumerate(figures):
        if f.kind in ("year", "date") or f.year is not None and f.year < 0 or f.start in bracketed:
            continue
        at = bisect_left(starts, f.start)
        after = at < len(years) and id(years[at]) not in monthly
        if after and _YEAR_RIGHT_AFTER_RE.fullmatch(text, f.end, years[at].start):
            f.year = _year_of(years[at])  # "une progression de 4% en 2022", even after "en 2023" before it
        elif (
            at
            and not _SENTENCE_END_RE.search(text, _after_colon(text, years[at - 1].end), f.start)
            and not _dates_a_compared_value(text, figures, years[at - 1], f)
            # "peaked at 10.6% in October 2022 ... ticked up from 2.4% in April": a month of its own, no year,
            # after a figure whose year came with another month
            and not (id(years[at - 1]) in monthly and _OTHER_MONTH_AFTER.match(text, f.end))
        ):
            # the nearest year before it in its sentence, or after a colon right after the year ("un drame
            # comparable en 2019 : au moins 16 personnes avaient été tuées"), unless "last year" comes between
            # ("sold in 2006 for $87.9 million, while Birch Forest went last year for $104.6 million")
            between = _LAST_YEAR_BETWEEN_RE.search(text, years[at - 1].end, f.start)
            f.year = YEAR_BEFORE_ARTICLE if between is not None else _year_of(years[at - 1])
        elif (
            after
            and not _SENTENCE_END_RE.search(text, f.end, years[at].start)
            and not _COMPARED_WITH_RE.search(text, f.end, years[at].start)
            and not _YEAR_CLAUSE_BREAK_RE.search(text, f.end, years[at].start)
            # nor "Labour's 412 seats fall short of the 419 Tony Blair won in 1997": a figure between is the
            # year's
            and not _figure_between(figures, i, years[at].start)
        ):
            # not "45.756 migrants l'an dernier, contre 28.526 en 2021": that year is the other figure's;
            # nor "533 millions d'utilisateurs, collectées lors d'une fuite en 2019": a clause of its own
            # dates what it tells (the leak), not the figure
            f.year = _year_of(years[at])
        elif recalls:
            i = bisect_right(ends, f.start)
            first = ends[i - 1] if i else 0
            before = [y for y in named if y.start < first]
            last = ends[i] if i < len(ends) else len(text)
            if before and (_THAT_YEAR_RE.match(text, first) or _PAST_THEN_RE.search(text, first, last)):
                # any year named before: "depuis 1996. Cette année-là", "un naufrage semblable en 2019. Une
                # centaine de personnes avaient alors péri"
                f.year = _year_of(before[-1])


# What the classifier looks for after a number (matched at the end of the number) ...
#: "two and a half years", "1 and a half million": a half more than the number.
#: The article is sometimes dropped: "the past two and half months".
_AND_A_HALF_AFTER = compile_lazily(rf"{_H}+(?i:and){_H}+(?:(?i:a){_H}+)?(?i:half)(?![\w-])")
#: "a half million", "a half dozen": half of the scale after it.
_HALF_SCALE_AFTER = compile_lazily(rf"{_H}+(?P<half>(?i:half))(?={_H}+(?i:million|billion|dozen)(?![\w-]))")
#: "deux ans et demi", "un million et demi", "trois heures et demie": a half more, after the unit.
_ET_DEMI_AFTER = compile_lazily(rf"{_H}+(?i:et){_H}+(?i:demie?)(?![\w-])")
#: "trois heures et quart": a quarter of an hour more, after the hours.
_ET_QUART_AFTER = compile_lazily(rf"{_H}+(?i:et){_H}+(?i:quart)(?![\w-])(?!{_H}+d['’]heure)")
#: Quarters of an hour: "trois quarts d'heure", "un quart d'heure".
_QUARTERS_OF_AN_HOUR_AFTER = compile_lazily(rf"{_H}+quarts?{_H}+d['’]heure(?![\w])", re.IGNORECASE)
#: The minutes French says after the hours of a span, as words: "une heure trente de retard".
_HOUR_MINUTES = {"dix": 10, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "quarante-cinq": 45}
_HOUR_MINUTES_AFTER = compile_lazily(
    rf"{_H}+(?P<m>(?i:quarante-cinq|quarante|trente|vingt|quinze|dix))(?:{_H}+(?i:minutes?))?(?![\w-])"
)
#: "half a million", "half a dozen", "half an hour": half of what the article counts.
_HALF_BEFORE = _ending(rf"(?<![\w-])(?i:half){_H}+")
_SCALE_WORD_AFTER = compile_lazily(
    rf"(?P<plus>\+)?(?:{_H}+(?:autres|other|more|additional))?{_H}+(?P<w>{_alt(t.SCALE_WORDS, 'i')})(?![\w])",
    re.IGNORECASE,
)  # "40+ million": at least 40 million; "800 autres millions de dollars": 800 million more
# "3 M€", "4,2 Md€", "2,4 G$"; the wires' E for euros: "1,2 MdsE"
#: Currency codes a wire writes after a scale letter ("30 M EUR").
_SCALED_CODES = ("EUR", "USD", "CHF", "GBP", "CAD")
_SCALE_SYMBOL_AFTER = compile_lazily(
    rf"{_H}*(?P<w>M|Md|Mds|Mrd|Mrds|mrd|mrds|G|k)(?:(?={_H}?[€$£])|(?<=d|s|M)(?P<euros>E)(?![\w])"
    # a wire's code after the letter: "30 M EUR", "1,2 Md EUR", "30 MEUR"
    rf"|(?={_H}?(?:{'|'.join(_SCALED_CODES)})(?![\w])))"
)
#: A scale letter with no currency symbol after it ("2,2 G au Fonds des générations", "660 M sur cinq ans"),
#: read in a French text of amounts in millions or billions (see ``_Extractor.bare_scale_letters``).
_BARE_SCALE_LETTER_AFTER = compile_lazily(rf"(?P<space>{_H})?(?P<w>G|M)(?={_H}|[.,;:)]|$)")
#: The digits before a glued "G" that name a mobile network's generation ("la 5G"), never billions.
_NETWORK_GENERATIONS = frozenset("23456")
#: The scale letters :data:`_SCALE_SYMBOL_AFTER` reads before a currency symbol.
_SCALE_LETTERS = ("M", "Md", "Mds", "Mrd", "Mrds", "mrd", "mrds", "G", "k")


def _holds_scale_symbol(text: str) -> bool:
    """Whether some match of :data:`_SCALE_SYMBOL_AFTER` may be in ``text``: a scale letter, maybe a space,
    then a currency symbol ("3 M€", "2,4 G$"), or "MdE"/"MdsE"/"ME". Read back from each symbol, which ``str.find``
    skips to: a pattern opening with the letters is tried at every "M", "G" and "k" of the text."""
    if "MdE" in text or "MdsE" in text or " ME" in text:  # "469 ME": millions of euros, as French wires write
        return True
    for symbol in ("€", "$", "£", *_SCALED_CODES):
        i = text.find(symbol)
        while i >= 0:
            j = i - 1 if i and text[i - 1].isspace() and text[i - 1] not in "\r\n" else i
            if text.endswith(_SCALE_LETTERS, 0, j):
                return True
            i = text.find(symbol, i + 1)
    return False


#: Scales written before a currency symbol: Quebec writes "G$" for billions of dollars, "k€" is thousands.
_SCALE_SYMBOLS = {
    **t.SCALE_SUFFIXES,
    "G": Decimal(10**9),
    **dict.fromkeys(("Mrd", "Mrds", "mrd", "mrds"), Decimal(10**9)),
}
#: Not the first word of a compound: "les treize Francs-comtois" are people.
_CURRENCY_WORD = (
    rf"(?P<w>{_alt(t.CURRENCY_SUFFIXES, 'i')}|{_alt(t.CURRENCY_CODES_AFTER)})(?![\w]|-[^\W\d_])"
    # "the 14 CFA countries": the franc's zone, no amount
    rf"(?!(?<=[Cc][Ff][Aa]){_H}+(?i:countries|nations|states|members?|zone|pays|états))"
)
#: The currency after an amount, spaced or hyphenated as a compound: "2 millions d'euros", "a 2 billion-euro
#: plan", "a 500-million-dollar deal".
_CURRENCY_AFTER_RE = compile_lazily(rf"(?:-|{_H}*){_CURRENCY_WORD}")
_CURRENCY_OF_AFTER = compile_lazily(rf"(?:-|{_H}*(?:(?:de|of){_H}+|d['’]{_H}*)?){_CURRENCY_WORD}")
_OF_AFTER = compile_lazily(rf"{_H}+(?:of|de|d['’])(?![\w])")
#: From how many a French sum written in digits may take "de" before its currency, as a scale word does.
FULL_SUM_OF_LEAST = 100_000
#: What a sum of pounds is "of" when it is money, not a weight or books: "£1bn of debt", "un milliard de
#: livres de valeur boursière", "300 millions de livres de pertes", or money itself, up to two words after a
#: determiner: "20.2 million pounds of the illegally obtained money", "3 millions de livres de fonds publics".
_OF_MONEY_AFTER = compile_lazily(
    rf"{_H}+(?:of|de|d['’]){_H}*(?:(?i:value|valeur|debt|dette|loss|perte|revenue|recette|revenu|profit|bénéfice|"
    r"sale|vente|fine|amende|invest|damage|dommage|saving|économie|subsid|subvention|aid|aide|capitali|"
    r"chiffre\s+d['’]affaires|turnover|market\s+value)"
    rf"|(?:(?i:the|its|their|his|her|this|that|l['’]|la|le|les|son|sa|ses|leurs?){_H}*)?(?:[^\W\d_]+{_H}+){{0,2}}"
    r"(?i:money|cash|funds|proceeds|argent|fonds)(?![\w]))"
)
# a sign glued to the next word is a percentage still: "to buy 90%of the club" (markup lost a space)
_PERCENT_AFTER = compile_lazily(
    rf"(?:{_H}*|-(?=per{_H}cent))(?P<w>(?i:{_alt(w for w in t.PERCENT_SUFFIXES if w != 'pc')})|pc)"
    rf"(?:(?<=%)|(?![\w]))"
)
#: "+0,53 pp", "-0.19 p.p.": percentage points (lowercase only: "PP" is a party's name).
#: ... and "75 bp", "100 bps", "75 pb": basis points (lowercase only: "BP" is an oil company).
_PP_AFTER = compile_lazily(rf"{_H}?(?:(?P<w>pp|p\.p\.)|(?P<bp>bps?|pb))(?![\w])")
#: A French decimal number of points: "une baisse de 0,25 point", "1,5 point de croissance" (percentage points).
_DECIMAL_POINTS_AFTER = compile_lazily(
    rf"{_H}+(?P<w>points?)(?!{_H}+(?:de{_H}+(?:base|suture)|par(?![\w]|{_H}+rapport)|per|d['’]avance)|[\w])"
    # "up by 0.5 of a percentage point"
    rf"|{_H}+of{_H}+an?{_H}+(?P<of>percentage{_H}+point)(?![\w])"
)
#: A sentence telling of an earlier event its story comes after: "The tragedy comes six weeks after a gas
#: explosion", "Le drame survient trois mois après l'effondrement": the counts after it are that event's.
_PRIOR_EVENT_RE = compile_lazily(
    rf"(?<![\w])(?i:comes?|came|follows?|followed|survient|intervient|arrive)(?![\w])[^.;!?\n0-9]{{0,30}}?"
    rf"(?<![\w])(?i:days?|weeks?|months?|years?|jours?|semaines?|mois|ans|années){_H}+(?i:after|après)"
    rf"{_H}+(?i:an?|the|une?|le|la|l['’])(?![\w])"
    # "The latest deaths come after floods in April which killed at least 70 people": an event of a month named
    rf"|(?<![\w])(?i:comes?|came|follows?|followed|survient|intervient)(?:{_H}+(?i:just|only|shortly))?{_H}+"
    rf"(?i:after|après){_H}+(?:[^\W\d_][\w'’-]*{_H}+){{1,4}}(?i:in|en){_H}+"
    rf"{_alt([*_FULL_MONTHS_EN, 'May', *(m for m in t.MONTHS_FR if len(m) > 3 and m.isalpha()), 'mai'])}(?![\w])"
)
#: The opening of a sentence on some of those just named, right before a bare number word: "Parmi ces cas, ",
#: "Of these patients, ", "Among the victims, ".
_AMONG_THESE_BEFORE = _ending(
    rf"(?:^|[.!?]{_H}+|\n)(?i:parmi|among|of){_H}+(?i:ces|les|these|those|the){_H}+(?P<n>[^\W\d_]+),{_H}*"
)
AMONG_THESE_REACH = 40
#: What a count "abattus" after it is of when its sentence names it: things shot down, not people killed.
_SHOT_DOWN_WORDS = ("missile", "drone", "roquette", "avion", "appareil", "hélicoptère", "obus")
#: A contest after the size of its field glued to the number: "three-person run-offs", "a four-candidate race".
_RACE_AFTER = compile_lazily(
    rf"{_H}+(?i:run-?offs?|races?|contests?|duels?|fights?|battles?|ballots?)(?![\w-])"
)
#: A change's noun after a share's points glued by a dash: "a 20-point lead" ("a 10-point plan" is none).
_POINTS_CHANGE_AFTER = compile_lazily(
    rf"{_H}+(?i:lead|swing|drop|fall|rise|gain|decline|increase|margin|gap|advantage|jump|slump)(?![\w])"
)
#: Points after a whole number that are a share's in a text of shares ("9 points", "onze points d'avance",
#: "18 points de moins"); not points of something ("200 points de rassemblement", "20 points per game").
#: A list or a plan in points: "une liste de huit points", "un plan en 10 points" (items, no share's points).
_LIST_OF_POINTS_BEFORE = _ending(
    rf"(?<![\w])(?i:liste|plan|programme|feuille{_H}+de{_H}+route|série|list|plan){_H}+(?:de|en|in|of){_H}+"
)
_WHOLE_POINTS_AFTER = compile_lazily(
    # "a 20-point lead", "a 20 point decline"
    rf"-(?P<wh>point)(?={_POINTS_CHANGE_AFTER.pattern})"
    rf"|{_H}+(?P<w>points?)(?!{_H}+(?:(?:(?:de|of)(?![\w])|d['’])(?!{_H}*(?:moins|plus|pourcentage|retard|avance))|per|par(?![\w]|{_H}+rapport)|a{_H}+game"
    # "34 points en 79 matchs", "57 points in 82 games": a player's points over games played
    rf"|(?:en|in){_H}+[0-9]+{_H}+(?:matchs?|parties|rencontres|games|matches)"
    # "36 points (26 goals, 10 assists)", "52 points (20 buts et 32 passes)": a player's, their breakdown after
    rf"|\({_H}*[0-9]+{_H}+(?i:goals?|buts?|assists?|passes|tries|essais|rebounds|rebonds)(?![\w])"
    rf"|(?i:presse|info|final|culminant|chaud|noir|mort|focal|fort|faible|commun|clés?|névralgique|sensible))|[\w-])"
)
#: Fines counted, the plural right after a number: "14.2 million fines", "two million fewer fines".
_FINES_COUNTED_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:more|fewer|additional|new|extra){_H}+)?(?i:fines)(?![\w])"
)
#: A verb right after "who at 97": the age the person does it at ("who at 97 becomes the oldest laureate").
_AGE_THEN_VERB_AFTER = compile_lazily(
    rf"{_H}+(?i:becomes|became|is|was|has|had|remains|remained|will|would|still|won|wins|takes|took)(?![\w])"
)
#: People counted by their age: "130,000 17-year-olds" (see counted_noun).
_AGED_PEOPLE_AFTER = compile_lazily(rf"{_H}+(?P<age>[0-9]{{1,3}})[-\u2011](?i:years?-olds)(?![\w])")
#: The oldest age counted as the young ("jeunes", "youth").
YOUTH_AGE_MOST = 24
#: A quote closed right after a number, then a word: "« cinq à dix » autres passagers" (see counted_noun).
_QUOTED_NUMBER_CLOSE = compile_lazily(rf"{_H}*[»”\"]{_H}+(?=[^\W\d_])")
#: ... which a quote opened just before the number (or the range it ends): "« cinq à".
_QUOTE_OPENED_BEFORE = compile_lazily(rf"[«“\"]{_H}*(?:[^\W\d_]+{_H}+(?:à|to|or|ou){_H}+)?$")
#: How many times a span or an age a bare number is compared with may be ("39 ans contre presque 36"): far
#: larger, it compares something else.
COMPARED_SPAN_RATIO = 10
#: A currency's name after a year, the money of that year an amount is counted in: "in 2021 dollars".
_YEAR_CURRENCY_AFTER = compile_lazily(rf"{_H}+(?i:dollars|euros|pounds|francs)(?![\w])")
#: The words of a text that gives shares, lowercased: "per cent", "percent", "pour cent" (not "center" or
#: "recent").
_SHARE_WORD_RE = compile_lazily(r"per[\s-]?cent|pour[\s-]?cent|pourcentage|percentage")
#: A stock index, whose points are its own, not a share's: "the TSX lost 90 points", "le CAC 40 a cédé 20 points".
_INDEX_BEFORE = _ending(
    rf"(?<![\w])(?i:index|indice|dow|nasdaq|s&p|tsx|cac|dax|ftse|nikkei|smi|bel{_H}?20)(?![\w])[^.;!?\n]*"
)
#: Below what an English decimal number of points is a rate's ("fell by 0.1 points"), not an index's ("the
#: TSX lost 120.5 points").
DECIMAL_POINTS_BELOW = 20
_PP_STARTS = ("pp", " pp", "\u00a0pp", "p.p.", " p.p.", "\u00a0p.p.", " bp", "\u00a0bp", " pb", "\u00a0pb")
#: An age after the number: "30 years old", and a baby's "22 months old", "six weeks old", a duckling's "10 days
#: old".
_YEARS_OLD_AFTER = compile_lazily(
    rf"{_H}+(?P<w>years?|months?|weeks?|days?)(?:{_H}+|-)(?:olds?|of{_H}+age)(?![\w])", re.IGNORECASE
)  # and "45 years of age", "her 15 year-old daughter" (a hyphen short)
#: The rooms a dwelling is described by ("un trois pièces", "a two-room apartment"): no count, up to
#: :data:`MAX_DWELLING_ROOMS` of them and with a word of housing (:data:`_DWELLING_WORDS`) within
#: :data:`DWELLING_REACH` characters; "300 chambres" of a hotel stay a count.
_ROOM_UNITS = frozenset({"room", "rooms", "chambre", "chambres", "pièces", "bedroom", "bedrooms"})
MAX_DWELLING_ROOMS = 6
DWELLING_REACH = 40
_DWELLING_WORDS = ("appartement", "logement", "loyer", "locati", "apartment", "flat", "condo", " rent")
#: Rooms said between a number and the dwelling it describes: "two and three room apartments".
_ROOMS_THEN_DWELLING_AFTER = compile_lazily(
    rf"(?:{_H}+(?:and|or|to){_H}+[\w-]+)?(?:{_H}+|-)(?:bed)?rooms?{_H}+(?:apartments?|flats?|units?|homes?)(?![\w])"
)
#: "pièces" counting things, not a dwelling's rooms: "cinq pièces de monnaie", "trois pièces détachées".
_PIECES_OF_AFTER = compile_lazily(
    rf"{_H}+pièces{_H}+(?:de|d['’]|détachées|manquantes|jointes|à{_H}+conviction)"
)
#: "each" after a count and its noun, then where: a count of each of several places ("70 people each in Wajima
#: and Suzu", "cinq morts chacune dans les deux villes").
_EACH_AFTER = compile_lazily(
    rf"(?:{_H}+[^\W\d_][\w'’-]*)?{_H}+(?:each|chacun|chacune|apiece){_H}+(?:in|à|en|dans)(?![\w])"
)
#: "alone" and its French turns, said of one place or people of a toll: "in Bugamba alone", "à elle seule",
#: "rien qu'en Égypte".
_ALONE_RE = compile_lazily(
    rf"(?<![\w])(?:(?i:alone)|à{_H}+(?:lui|elle){_H}+seule?|à{_H}+(?:eux|elles){_H}+seule?s"
    rf"|(?i:rien){_H}+qu['’](?:en|à|au|aux|dans|pour|chez))(?![\w])"
)
#: The words before "alone" that make it a state, not a share: "left alone", "is not alone".
_ALONE_AS_A_STATE = frozenset(
    "left leave leaves leaving live lives lived living stand stands stood standing was were is are be been being"
    " feel felt not".split()
)
#: How far before or after a count its "alone" may be, in its sentence.
ALONE_REACH = 60


def _said_alone(text: str, f: Figure) -> bool:
    """Whether a count is said of one place or people "alone" in its sentence, with no other number and no
    sentence's end between them (see :func:`_mark_shares_of`)."""
    lo, hi = max(0, f.start - ALONE_REACH), min(len(text), f.end + ALONE_REACH)
    for m in _ALONE_RE.finditer(text, lo, hi):
        gap = (m.end(), f.start) if m.end() <= f.start else (f.end, m.start())
        if _ALONE_BREAK_RE.search(text, *gap):
            continue
        word = _WORD_BEFORE_ALONE_RE.search(text, max(0, m.start() - 16), m.start())
        if word is not None and word.group("w").lower() in _ALONE_AS_A_STATE:
            continue
        return True
    return False


#: What ends a count's reach of its "alone": a digit (another number), a sentence's end.
_ALONE_BREAK_RE = compile_lazily(r"[0-9.!?;\n]")
#: The word right before "alone" (see :data:`_ALONE_AS_A_STATE`).
_WORD_BEFORE_ALONE_RE = compile_lazily(rf"(?P<w>[^\W\d_]+){_H}+$")
#: The fates whose others are a toll's second count, not the rest of a whole (see _OTHERS_AFTER).
_TOLL_OF_OTHERS = frozenset(
    {"death", "injury", "missing", "critical", "hospitalised", "body", "victim", "damaged"}
)
#: "other" or "autres" right after a count: the rest of a whole ("les 39 autres personnes", "15 other people").
_OTHERS_AFTER = compile_lazily(rf"(?:{_H}+|{_H}+d['’])(?:other|autres)(?:{_H}|[,.;:)]|$)")
#: The determiner before the count of a whole's rest: "les 39 autres", "la vingtaine d'autres", "the 15 other".
_THE_REST_BEFORE = _ending(
    rf"(?<![\w])(?i:les|des|aux|ces|ses|leurs|nos|vos|la|the|its|their|those|these|his|her|our|all){_H}+"
)
#: After a person's age, the clause going on with the person's life: "who is 81 and has asthma".
_AND_HER_LIFE_AFTER = compile_lazily(
    rf"{_H}+and{_H}+(?:has|had|is|was|lives|lived|works|worked|suffers|suffered|uses|used){_H}"
)
#: A web domain right after digits: "350.org", "24heures.ch" has letters first.
_DOMAIN_AFTER = compile_lazily(r"\.(?:org|com|net|info|io|fr|ca|ch|be|de|uk|eu)(?![\w])")
#: Signs of a product between two numbers: "4×100", "1920x1080".
_TIMES_SIGNS = ("×", "x")
#: A league or series named with a number, right before it: "Ligue 1", "Formula 1", "Serie A" has none.
_LEAGUE_NAME_BEFORE = _ending(
    rf"(?<![\w])(?:Ligue|League|Liga|Formula|Formule|Division|Championship|Bundesliga|Eredivisie|MotoGP|Moto){_H}+"
)
#: After a span of days, weeks or months, the birth it is counted from: "dix jours après la naissance", "six
#: weeks after birth".
_AFTER_BIRTH_AFTER = compile_lazily(
    rf"{_H}+(?i:après{_H}+(?:la|sa|leur){_H}+naissance|after{_H}+(?:birth|being{_H}+born|hatching)"
    rf"|après{_H}+l['’]éclosion)(?![\w])(?!{_H}+(?:de|du|des|d['’]|of){_H}?)"
)  # not "dix jours après la naissance de sa fille": a time from another's birth
#: Years right before a number of days: "77 years 103 days old".
_YEARS_THEN_RE = compile_lazily(rf"(?i:years?|ans){_H}+(?:and{_H}+)?$")
#: The unit of an age that is not in years: a baby's, "22 months old" (an age in years has none).
_AGE_IN = {"month": "months", "week": "weeks", "day": "days"}
#: What follows "year", "month", "week" or "day" in every lowercased text :data:`_YEARS_OLD_AFTER` matches in.
_YEARS_OLD_TAIL = compile_lazily(rf"s?(?:{_H}+|-)(?:old|of{_H}+age)")


def _holds_years_old(lowered: str) -> bool:
    """Whether some match of :data:`_YEARS_OLD_AFTER` may be in the text ``lowered`` is: its unit found with
    ``str`` searches, then what must follow it matched there (a pattern opening with the units is tried at
    every "y", "m", "w" and "d")."""
    for unit in ("year", "month", "week", "day"):
        i = lowered.find(unit)
        while i >= 0:
            if _YEARS_OLD_TAIL.match(lowered, i + len(unit)) is not None:
                return True
            i = lowered.find(unit, i + 1)
    return False


_DE_AFTER = compile_lazily(rf"{_H}+(?:(?:de|of)(?={_H})|d['’])")
#: Countries with a dollar of their own, by their names folded.
_DOLLAR_COUNTRIES = {
    "nouvelle-zelande": "NZD", "new zealand": "NZD", "australie": "AUD", "australia": "AUD", "canada": "CAD",
    "singapour": "SGD", "singapore": "SGD", "hong kong": "HKD",
}  # fmt: skip
#: A sentence opening on one of them, its subject: "La Nouvelle-Zélande a porté", "Australia pledged".
_DOLLAR_COUNTRY_OPENING_RE = compile_lazily(
    r"\s*(?:(?:La|Le|L['’]|Et)\s*)?(?P<c>Nouvelle-Zélande|New Zealand|Australie|Australia|Canada|Singapour"
    r"|Singapore|Hong Kong)(?![\w-])(?!['’]s)"
)
#: How far after such an opening the amount may be.
DOLLAR_COUNTRY_REACH = 80
#: A sentence naming the United States: its dollars may be theirs.
_US_NAMED_RE = compile_lazily(
    r"États-Unis|Etats-Unis|United States|\bU\.?S\.?\b|américain|American|Washington"
)
#: A dollar amount's mark of its country: "US$", "C$", "dollars canadiens", "Australian dollars".
_MARKED_DOLLAR_RE = compile_lazily(
    r"[A-Z]\$|\$\s?[A-Z]{2}|\b(?:US|U\.S\.|CAD|AUD|NZD|SGD|HKD)\b|(?i:am[ée]ric|canad|austral|z[ée]land|singap)"
)
#: How the adjective of a people ends: "French", "British", "Chinese", "Swiss", "Thai".
_ADJECTIVE_OF_A_PEOPLE_RE = compile_lazily(
    r"(?:ish|ese|ch|ss|ai|ian|an|ais|aise|ien|ienne|ois|oise|ain|aine)$"
    # peoples' adjectives in "-i": "13 Israeli hostages", "two Pakistani nationals"
    r"|^(?:Israeli|Iraqi|Pakistani|Bangladeshi|Somali|Saudi|Kuwaiti|Omani|Qatari|Yemeni|Nepali|Azerbaijani|"
    r"Emirati|Bahraini|Malawian|Burundi)$"
)
#: A capitalised word right after a number: "400 Mawozo".
_CAPITAL_WORD_AFTER = compile_lazily(r" (?P<w>[A-Z][a-zé]+)(?![\w'’-])")
#: What joins two places' counts of one noun: "53 people have died in Mozambique and 225 in Malawi".
_PLACE_LIST_LINK_RE = compile_lazily(rf"(?:,|{_H}(?i:and|et)){_H}+$")
#: An airliner's model after a number word: "quarante A350", "vingt 787", "dix 777-9", "vingt Dreamliner".
_MODEL_ORDERED_AFTER = compile_lazily(
    rf"{_H}+(?:(?:Boeing|Airbus){_H}+)?(?:A3[0-9]{{2}}(?:neo|XLR|LR)?(?:-[0-9]{{3,4}})?|7[0-9]7(?:-[0-9]{{1,4}})?"
    rf"(?:{_H}?MAX)?|Dreamliners?)(?![\w])"
)
#: The words before each count of a list of places' counts: "Canada with 18, China with eight".
_LIST_PREPOSITIONS = frozenset({"with", "avec"})
_WORD_AFTER = compile_lazily(rf"{_H}+(?P<w>[^\W\d_][\w'’-]*)")
#: The plural noun after a second adjective: " private schools" in "four national and private schools".
_COORDINATED_NOUN_AFTER = compile_lazily(rf"{_H}+[a-z][\w-]*{_H}+(?P<w>[a-z][\w-]*s)(?![\w'’-])")
#: A word after a count, quoted or not: 'two "prolific" ransomware operators'.
_NOUN_WORD_AFTER = compile_lazily(rf"{_H}+(?:(?P<q>[\"“«]){_H}?)?(?P<w>[^\W\d_][\w'’-]*)(?(q)[\"”»]?)")
#: What people counted by a noun belong to, after the noun: "of the expedition", "of the same family", "d'une
#: même famille", "de l'équipage".
_WHOSE_PEOPLE_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:of|de|du|des){_H}+|(?i:d)['’])"
    rf"(?:(?i:the|a|one|this|that|their|his|her|its|la|le|les|une?|cette|ce|leur|sa|son|ses){_H}+|(?i:l)['’])?"
    rf"(?:(?i:same|même){_H}+)?[^\W\d_][\w'’-]*"
)
#: A second noun of the same people joined to a count's: "700 migrants and refugees", "30 soldats et policiers".
_AND_NOUN_AFTER = compile_lazily(rf"{_H}+(?i:and|or|et|ou){_H}+(?P<w>[^\W\d_][\w'’-]*)")
#: Another count of people joined to a count, sharing what befell them: "17 soldats et 4 civils tués", "Six
#: more children and a teacher were wounded".
_AND_COUNTED_PEOPLE_AFTER = compile_lazily(
    rf"{_H}+(?i:and|et){_H}+(?:[0-9][0-9.,]*|(?i:{_alt(['a', 'an', *(w for lg in _LANGS for w, v in t.NUMBER_WORDS[lg].items() if 1 <= v <= 5)])}))"
    # a noun, not the verb of a count of its own: "killed 12 people and 30 were injured"
    rf"{_H}+(?!(?i:were|was|are|is|have|has|had|ont|sont|étaient|avaient|a|été|more|others?|autres|de|d)(?![\w'’-]))"
    rf"(?P<w>[^\W\d_][\w'’-]*)"
    rf"(?:{_H}+(?P<w2>[^\W\d_][\w'’-]*))?"  # "two police officers"
)
#: The pronoun "en" then its verb, right before a number: "le procureur en réclamait 50", "il en a obtenu
#: 1,5", "le parquet en avait requis 8".
_ELIDED_EN_BEFORE = _ending(
    rf"(?<![\w'’])en{_H}+(?:(?:a|ont|avait|avaient|aurait|auraient){_H}+)?"
    rf"(?:réclam|requi|requér|demand|obten|obtin|exige|exigé|propos|voul)[a-zéèû]*{_H}+"
)
#: Where the injured are taken, or how: "shifted to the Balasore Medical College", "transférés à l'hôpital".
_TAKEN_TO_CARE_RE = compile_lazily(
    r"(?i:hospital|medical|health\s+cent|clinic|hôpital|clinique|soins|admitted|shifted|rushed|airlifted"
    r"|hospitalis|hospitaliz|transférés?|transportés?|évacués?\s+vers\s+(?:l['’]|un|des))"
)
#: What "others" after a count of it may be more of (see :meth:`_Extractor.others_of_the_count_before`).
_OTHERS_OF_UNITS = frozenset({"injury", "hospitalised"})
#: An aside between the value a quantity goes from and "to": "from 62 – among the lowest in the EU – to ".
_ASIDE_THEN_TO_RE = compile_lazily(
    rf"{_H}*(?:[–—-]|,){_H}*[^–—,\n0-9]{{1,80}}?{_H}*(?:[–—-]|,){_H}*(?i:to|à){_H}+"
)
#: The article after "parmi" before the people a part is among: "dont 8 parmi les soldats du feu".
_AMONG_THE_AFTER = compile_lazily(rf"{_H}+(?i:les|des|ces)(?=[^\S\r\n])")
#: A dwelling's building after "N-unit": "the 15-unit building", "a 40-unit condo tower".
_BUILDING_AFTER = compile_lazily(
    rf"{_H}+(?:[^\W\d_]+{_H}+)?(?i:building|complex|block|residence|apartment|condo|condominium|tower|rental)"
)
#: Words of a length or a height, before "(300m)" in brackets: metres.
_LENGTH_WORDS = (
    "tall", "high", "height", "long", "length", "deep", "depth", "wide", "width", "tower", "building", "altitude",
    "summit", "mountain", "peak", "bridge", "wave", "cliff", "metre", "meter", "distance", "race", "sprint",
)  # fmt: skip
#: A plural noun, then a comma or a dash opening an aside that gives its count: "Plusieurs armes, au moins dix,
#: ont été découvertes", "Most of the victims — 184 — were found in Amatrice".
_APPOSED_COUNT_BEFORE = _ending(
    rf"(?<![\w'’-])(?P<w>[^\W\d_][\w'’-]*[sx]){_H}*(?:,|—|–){_H}*"
    rf"(?:(?i:at{_H}+least|au{_H}+moins|about|some|environ|plus{_H}+de|more{_H}+than|près{_H}+de|nearly){_H}+)?"
)
#: A possessive right before a number: "notre 100 %", "their 100%".
_ONES_OWN_BEFORE = _ending(rf"(?<![\w])(?i:notre|votre|leur|son|sa|mon|ma|our|their|his|her|my|your){_H}+")
#: A study's confidence interval: its level before it ("95% confidence interval", "95% CI") ...
_CI_LEVEL_AFTER = compile_lazily(rf"{_H}+(?:(?i:confidence|credible){_H}+(?i:intervals?)|CI(?![\w]))")
#: ... and what comes before its bounds: "confidence interval, 74 to 100", "IC à 95 % : 1,2 à 3,4", "(CI 0.5-0.9)".
_CI_BOUNDS_BEFORE = _ending(
    rf"(?:(?i:confidence|credible){_H}+(?i:intervals?)|(?i:intervalles?){_H}+de{_H}+confiance|(?<![\w])CI|(?<![\w])IC)"
    rf"(?:{_H}*(?:à{_H}*)?[0-9]{{2}}(?:[.,][0-9])?{_H}*%)?{_H}*[,:=]?{_H}*(?:(?i:of|de|à){_H}+|\[|\()?"
    rf"(?:[0-9][0-9.,]*{_H}*%?{_H}*(?:to|à|-|–|,|;){_H}*)?"
)
#: How far before a bound its interval may be named.
CI_BOUNDS_REACH = 60
#: What a text naming a confidence interval in words holds (lowercase), for the two patterns above ...
_CI_HINTS = ("confiden", "confian", "credib")
#: ... or its abbreviation, in capitals after no letter: "(95% CI: 1.2-1.9)", "[CI 95%", "IC95 %".
_CI_ABBREVIATED_RE = compile_lazily(r"(?<![\w])(?:CI|IC)")
#: How far apart, as a ratio, a whole number compared with a scaled one may be and still be in its scale ("64
#: milliards contre 56 prévus"; not "1,2 million de visiteurs contre 12 l'an dernier").
COMPARED_WHOLE_RATIO = 2
#: The most the second number of a range may be of the first in thousands when the thousands are said once
#: ("300 to 350,000"): "from 5 to 10,000" may mean five.
THOUSANDS_SAID_ONCE_RATIO = 1.5
#: A price of one said as a gesture: "pour un euro symbolique", "une livre symbolique".
_SYMBOLIC_AFTER = compile_lazily(rf"{_H}+(?i:symboliques?)(?![\w])")
#: The number words that are also an indefinite article.
_ARTICLES_OF_ONE = frozenset({"un", "une", "a", "an"})
_GLUED_WORD_AFTER = compile_lazily(rf"{_H}*(?P<w>[^\W\d_][\w'’-]*)")  # after an apostrophe: "d'euros"
_COMMA_AFTER = compile_lazily(
    r"[ \u00a0\u202f]?[,);]"
)  # "... Wickramasinghe, 35; Inuka ...", "Frolov, 28 ; Kovalev": a list of names and ages
#: How far after a bare scaled number an amount of money may say its currency (see scaled_amount_after).
SCALED_AMOUNT_REACH = 120
#: What makes "foyers" the seats of a fire or an outbreak rather than homes: "foyers d'incendie", "foyers
#: actifs", "foyers de contamination".
_FRENCH_SEATS_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:d['’]{_H}*(?:incendies?|infection|éclosion)|de{_H}+(?:feux?|contamination|l['’]épidémie)"
    rf"|actifs|principaux|secondaires)(?![\w]))"
)
#: One name and its age in a list of them: "Lea Roy, 7;", "Tom Roy, 4; and".
_NAME_AND_AGE_RE = compile_lazily(
    r"[A-Z][\w'’-]+, [1-9][0-9]?;"
    # a full name and an age between commas, in figures or words: "Alice Brown, 9, and Bebe King, six."
    r"|[A-Z][\w'’-]+ [A-Z][\w'’-]+, (?:[1-9][0-9]?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve)(?:[,;.]| and)"
)
#: First names alone, each with a child's age, in a text that speaks of children: "for Norah, 11, and Romy, 6"
#: after "his two daughters" (places with their tallies, "Quebec, 11, and Ontario, 6", have no such word).
_FIRST_NAME_AND_AGE_RE = compile_lazily(r"(?<![\w'’-])[A-Z][a-zà-ÿ'’-]+, [1-9][0-9]?(?:,| and |\.)")
_CHILDREN_WORD_RE = compile_lazily(
    r"(?<![\w])(?:girls?|boys?|daughters?|sons|children|kids|sisters|brothers|siblings|twins|toddlers?)(?![\w])"
)
#: A child named after the word that says whose child or sibling it is: "his brother Mattia, 11," "her son
#: Luca, 7," is an age even alone (a lone "Mattia, 11," may be a tally).
_KIN_NAME_COMMA_BEFORE = _ending(
    r"(?<![\w])(?i:sons?|daughters?|brothers?|sisters?|nephews?|nieces?|grandsons?|granddaughters?|cousins?"
    r"|child|boy|girl|baby|toddler|twin)"
    rf"{_H}+[A-Z][\w'’-]+(?:{_H}+[A-Z][\w'’-]+)?,{_H}*"
)
#: A child named by a singular noun of a child right before the comma: "the toddler, 2,", "a girl, 7," is an age
#: even under 12 (not "the boys, 9," nor "Lot 7,").
_CHILD_COMMA_BEFORE = _ending(
    r"(?<![\w])(?i:the|a|an|her|his|their|its)\s+(?:(?:\w+-year-old|young|little|injured|missing)\s+)?"
    rf"(?:child|boy|girl|baby|toddler|infant|son|daughter|schoolboy|schoolgirl),{_H}*"
)
#: A whole number written with a zero decimal after a name: a version ("LockBit 3.0", "Web 2.0").
_VERSION_ZERO_RE = compile_lazily(
    r"[0-9]{1,2}\.0(?![0-9]|[.,][0-9]|[ \u00a0]?%|[ \u00a0](?i:per|pour|percent|million|billion|milliards?))"
)
#: How far around a number the other names and ages of its list are looked for.
NAMES_WITH_AGES_REACH = 120
_SENTENCE_END_AFTER = compile_lazily(r"\.(?:\s|$)")  # "... and Myles Sanderson, 30."
_ASIDE_DASH_AFTER = compile_lazily(
    rf"{_H}+[-–—]{_H}"
)  # "... and Muhammad Farel, 14 - who died": an aside ends

_TEMPERATURE_AFTER = compile_lazily(
    # "100° Fahrenheit", as its common misspelling "Farenheit" too
    rf"{_H}?[°º]{_H}?(?:(?P<u>[CF](?![\w]))|(?P<u6>(?i:celsius|fahrenheit|farenheit))(?![\w]))?"
    rf"|{_H}+(?i:degrés|degré|degrees|degree)(?![\w])"
    rf"(?:{_H}+(?P<u2>(?i:celsius|fahrenheit|farenheit)|[CF](?![\w])))?"
    rf"|{_H}+(?P<u3>(?i:celsius|fahrenheit|farenheit))(?![\w])"  # "2,370 Fahrenheit", "1 300 Celsius"
    rf"|{_H}*o(?P<u4>[CF])(?![\w])"  # "-23 oC", "31,96oC": a letter o for the degree sign
    rf"|{_H}+(?i:deg)\.?{_H}+(?P<u5>[CF])(?![\w])"  # "minus 43.6 deg C", as some English dailies write it
)
#: A spaced bare scale letter: "45 C", "113 F" (see :meth:`_Extractor.bare_temperature`).
_BARE_SCALE_AFTER = compile_lazily(rf"{_H}(?P<u>[CF])(?![\w-])")
#: The reading in the other scale, in brackets after one ("45 C (113 F)") or around it ("113 F" in it).
_OTHER_SCALE_AFTER = compile_lazily(rf"{_H}*\({_H}*-?[0-9][0-9.,]*{_H}?[°º]?{_H}?[CF]{_H}*\)")
_OTHER_SCALE_BEFORE = _ending(rf"[0-9]{_H}?[°º]?{_H}?[CF]{_H}*\({_H}*-?")
#: Words of heat and cold near a temperature (lowercase stems).
_HEAT_WORDS = (
    "temperat", "tempér", "heat", "hot", "degree", "degré", "thermom", "mercury", "warm", "cold", "freez",
    "frozen", "thaw", "refrigerat", "réfrigér", "congel", "congél",
    "chaleur", "canicule", "froid", "celsius", "fahrenheit", "scorch", "swelter", "sizzl",
    # a forecast's words: "a forecasted high of 30 C", "around 24 C, with a low of around 17 to 19 C"
    "high", "low", "forecast", "weather", "météo", "maximal", "minimal", "humidex",
)  # fmt: skip
#: Words near "pounds" or "livres" that make them a weight, as in a description of a person (lowercase).
_WEIGHT_CUES = ("weigh", "pès", "pes", "poids", "feet", "foot", "inch", "pieds", "pied", "pouce", "tall")
_READING_TIME_BEFORE = _ending(rf"(?i:reading{_H}+time|read{_H}+time|temps{_H}+de{_H}+lecture){_H}*:?{_H}*")
_READ_AFTER = compile_lazily(rf"{_H}*-?(?i:min|mins|minutes?){_H}*(?i:read|de{_H}+lecture)(?![\w])")
#: A definite article or demonstrative before a small number word: "the two companies", "les deux provinces",
#: "ces trois feux" point back to things the text has counted or named already; they are not a new figure.
#: A part of a set just counted is one ("douze suspects, dont les deux dirigeants"), and so is a larger number
#: ("Les dix suspects" may be a lede's first count of them).
_DEFINITE_BEFORE = _ending(rf"(?<![\w-])(?<!dont )(?<!including )(?i:the|these|those|les|ces|aux){_H}+")
#: A noun phrase, then in its clause a list set off by a dash, a colon or a bracket (see
#: :meth:`_Extractor.names_listed_after`).
_NAMES_LISTED_AFTER = compile_lazily(
    r"[^.;:!?\n()\u2013\u2014]{1,60}?(?:\s[\u2013\u2014-]\s|:\s|\s\()(?P<list>[^.;:!?\n()\u2013\u2014]{3,160}?)"
    r"(?=\s[\u2013\u2014-]\s|\)|[.;!?\n]|$)"
)
_NAME_ITEM = r"[A-Z][\w'’!.-]*(?:[ \u00a0][A-Z][\w'’!.-]*){0,3}"
_NAMES_APPOSED_AFTER = compile_lazily(
    r"[^.;:!?\n()\u2013\u2014,]{1,60}?,\s"
    rf"(?P<list>{_NAME_ITEM}(?:,\s{_NAME_ITEM})*,?\s(?:and|et)\s{_NAME_ITEM})(?=,|\s[\u2013\u2014-]\s|[.;!?]|$)"
)
_LIST_SPLIT_RE = compile_lazily(r",\s*(?:(?:and|et)\s+)?|\s+(?:and|et|&)\s+")
_CAPITALISED_WORD_RE = compile_lazily(r"(?<![\w-])[A-Z][\w!-]*")
#: French "des deux" ("of the two"): both of a pair named before ("les directions des deux entreprises"); a larger
#: number after "des" may be a first count ("les polices des quatre pays").
_OF_BOTH_BEFORE = _ending(rf"(?<![\w-])(?i:des){_H}+")
#: The speakers' possessive before "two": "le traité qui lie nos deux pays", "our two nations".
_OURS_BEFORE = _ending(rf"(?<![\w-])(?i:our|your|nos|vos){_H}+")
#: A possessive before a small number and a superlative: "Canada's 2 largest railways", "its two main
#: rivals", "ses deux principaux concurrents" rank members of a set, they count nothing new.
_POSSESSIVE_BEFORE = _ending(rf"(?<![\w-])(?i:its|their|his|her|our|[^\W\d_]+['’]s|ses|leurs|nos){_H}+")
_SUPERLATIVE_AFTER = compile_lazily(
    rf"{_H}+(?i:largest|biggest|main|principaux|principales|plus{_H}+(?:grand|gros|important)(?:e|es|s)?)(?![\w])"
)
#: Where the hospitalised are: "three people are in hospital", "sont à l'hôpital".
_IN_HOSPITAL_AFTER = compile_lazily(rf"{_H}+(?i:hospital|l['’]hôpital)(?![\w])")
#: Injuries said as what people were left with: "554 people with injuries", "30 people with serious burns",
#: "12 personnes souffrant de blessures".
_WITH_INJURIES_AFTER = compile_lazily(
    rf"(?:{_H}+(?P<how>(?i:serious|minor|severe|critical|life-threatening|légères|graves|diverses|multiples)))?"
    rf"{_H}+(?i:injuries|wounds|burns|blessures|brûlures)"
    rf"(?:{_H}+(?P<grave>(?i:graves|sévères)))?(?![\w])"
)
#: How the injured "with serious injuries" are said to be hurt when they are the worst hurt.
_SERIOUS_INJURIES = frozenset({"serious", "severe", "critical", "life-threatening", "graves"})
#: The condition of the injured: "dans un état grave", "in critical condition", "in a serious condition", "en
#: soins intensifs".
#: After "received" or "needed": care for the hurt.
_TREATMENT_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:medical|hospital|emergency){_H}+)?(?i:treatment|care)(?![\w])"
)
#: The words before what burned people suffer: "in severe burns", "atteintes de brûlures".
_BURNED_WORDS = frozenset(
    "in with suffering suffered souffrant avec atteintes atteints atteinte atteint".split()
)
_BURNS_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:de|d['’]|des|from|of){_H}+)?(?:(?i:severe|serious|graves?|sévères|third-degree|second-degree)"
    rf"{_H}+)?(?i:burns|brûlures)(?![\w])"
)
#: The homes people left: "leave their homes", "quitter leur domicile", "abandonné leurs maisons".
_HOMES_LEFT_AFTER = compile_lazily(
    rf"{_H}+(?i:their|leurs?){_H}+(?i:homes?|houses?|villages?|domiciles?|maisons?|foyers?|logements?)(?![\w])"
)
#: After "forced", "fled" or "chassées": the words that make the people displaced.
_FROM_HOMES_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:from|out{_H}+of){_H}+(?i:their|its){_H}+(?i:homes?|houses?|villages?)|(?i:to){_H}+(?i:flee|leave)"
    rf"|(?i:their){_H}+(?i:homes?|villages?)|(?i:de){_H}+(?i:fuir|quitter)|(?i:de{_H}+chez){_H}+(?i:elles|eux))(?![\w])"
)
_CONDITION_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:un){_H}+(?i:état){_H}+(?i:grave|critique|sérieux|préoccupant)"
    # 'two are in "serious" condition': the word quoted
    rf"|(?:a{_H}+)?[\"“«]?{_H}?(?i:critical|serious|grave|life-threatening){_H}?[\"”»]?{_H}+(?i:condition)"
    rf"|(?i:soins{_H}+intensifs|intensive{_H}+care|réanimation))(?![\w])"
)
#: After a number: one of a superlative set ("two of the heaviest", "deux des plus lourdes").
_RANKED_AFTER = compile_lazily(
    rf"{_H}+(?:of{_H}+the{_H}+(?:most{_H}+|[a-z]+est(?![\w]))|(?i:des|d['’]){_H}*plus{_H}+(?!de(?![\w])|d['’]))"
)
#: Adverbs between a number and its noun that say what most of them were: "22 mostly Chinese workers".
_MOSTLY_WORDS = frozenset({"mostly", "mainly", "largely", "primarily", "predominantly", "principalement"})
#: An aside between the people counted and what happened to them: ", including seven firefighters,".
_ASIDE_OPENERS = (
    # "Over 100 people, many of whom are students, were injured"
    # "Au moins 59 migrants, parmi lesquels un nouveau-né, ont péri", "y compris", "among whom"
    rf"(?i:including|among{_H}+them|among{_H}+whom|dont|parmi{_H}+eux|parmi{_H}+elles|parmi{_H}+lesquel(?:le)?s"
    rf"|y{_H}+compris|(?:many|most|some|all|several){_H}+of{_H}+(?:whom|them)"
    # "Forty-three people, mostly women, were killed", "12 personnes, pour la plupart des enfants, ont"
    rf"|mostly|mainly|largely|most{_H}+of{_H}+them|pour{_H}+la{_H}+plupart|surtout|essentiellement)"
)
_ASIDE_AFTER = compile_lazily(
    # or closing it: "Over 50 people, crew members among them, have been hurt"
    rf",{_H}*(?:{_ASIDE_OPENERS}[^,.;:!?\n]{{1,60}}|[^,.;:!?\n]{{1,40}}{_H}+(?i:among{_H}+them|parmi{_H}+eux|parmi{_H}+elles)),"
)
#: "à l'appel" after "manquer": people unaccounted for.
_TO_THE_ROLL_AFTER = compile_lazily(rf"{_H}+à{_H}+l['’]appel(?![\w])")
#: What people were treated for, when it says they were hurt: "treated for injuries", "treated for burns".
_FOR_INJURIES_AFTER = compile_lazily(rf"{_H}+(?i:for){_WITH_INJURIES_AFTER.pattern}")
#: The same aside between dashes: "More than 30 people - including six firefighters - were hurt".
_DASHED_ASIDE_AFTER = compile_lazily(rf"{_H}+[-–—]{_H}*{_ASIDE_OPENERS}[^,.;:!?\n–—-]{{1,60}}[-–—]")
#: The same aside without commas, up to the verb of the people's fate: "29 survivors including three children have
#: been hospitalised".
_UNMARKED_ASIDE_AFTER = compile_lazily(
    rf"{_H}+(?i:including|dont)[^,.;:!?\n]{{1,40}}?(?={_H}+(?i:have|has|had|were|was|are|ont|sont|avaient|étaient)"
    rf"(?![\w]))"
)
#: The asides a count's fate is read past, by how each opens.
_ASIDES = (
    (",", _ASIDE_AFTER),
    ((" including ", " dont "), _UNMARKED_ASIDE_AFTER),
    ((" - ", " – ", " — "), _DASHED_ASIDE_AFTER),
)
#: A capitalised name right before a count in brackets: "Syriens (", "Royaume-Uni (".
_NAME_BRACKETED_BEFORE = compile_lazily(rf"(?P<w>[A-ZÀ-Ý][\w'’-]*){_H}*\($")
#: A majority given in seats: "an 80-seat majority", "une majorité (absolue) de 80 sièges".
_MAJORITY_AFTER = compile_lazily(rf"{_H}+(?i:majority|lead|margin)(?![\w])")
_MAJORITY_BEFORE = _ending(rf"(?<![\w])(?i:majorité|majority)(?:{_H}+[a-zé]+)?{_H}+(?i:de|of){_H}+")
_KARAT_AFTER = compile_lazily(rf"{_H}+(?i:gold|or|white{_H}+gold)(?![\w])")
_RANKED_STARTS = (" of the ", " des plus ", " d'plus ", " d’plus ")
_ONE_TOKENS = frozenset({"one", "One", "ONE"})
_ING_AFTER = compile_lazily(rf"{_H}+[a-z]+ing(?![\w])")
_THE_OTHER_RE = compile_lazily(r"\b(?:the other|another)\b")
#: A time of day said with the part of the day: "five in the morning", "at six in the evening".
_IN_THE_DAY_AFTER = compile_lazily(
    r" in the (?:morning|afternoon|evening)(?![\w])(?! (?:session|shift|trading|edition|rush|meeting|briefing)s?\b)"
)
#: A code of capitals and digits right after a number: "911 S5" (a botnet's name).
_CODE_WORD_AFTER = compile_lazily(r" [A-Z]{1,2}[0-9](?![\w])")
#: After an emergency number, the line it names: "the 15 emergency line", "le 112, numéro d'urgence".
_EMERGENCY_LINE_AFTER = compile_lazily(
    rf"{_H}+(?i:emergency{_H}+(?:line|number|hotline|call{_H}+(?:centre|center))|hotline)(?![\w])"
)
#: A number to dial: "call 911", "dial 999", "en composant le 911", "appelez le 17".
_DIALLED_BEFORE = _ending(
    # "par simple appel au 3975": the call itself
    rf"(?<![\w])(?:(?i:call|calling|dial|dialled|dialed|dialling|dialing|compos(?:er|ez|ant|é)|appel(?:er|ez|ant|s)?"
    # "les infirmières d'Info-Santé, joignables au 811"
    rf"|joign(?:ables?|ez|ant)|joindre)"
    rf"(?:{_H}+(?i:le|au))?"
    # "le numéro d'urgence 112", "the emergency number 999", "la ligne d'urgence 811"
    rf"|(?i:numéro|ligne){_H}+(?i:d['’]urgence|de{_H}+secours)|(?i:emergency|hotline){_H}+(?i:number|line)"
    # "a crisis hotline, 222 222 221, for people": the line's number set off after its name
    rf"|(?i:hotline|helpline)(?:{_H}*[,:])?"
    # a number to text or report to: "peuvent être transférés gratuitement au 33700", "text STOP to 7726"
    rf"|(?i:transf[ée]r\w*|envoy\w*|signal\w*|forward\w*|text\w*)(?:{_H}+(?i:gratuitement|directement|free))?"
    rf"{_H}+(?i:au|to))"
    rf"{_H}+"
)
#: How far before a number its verb of calling or texting may start ("transférés gratuitement au 33700").
DIAL_REACH = 32
_DIAL_CUES = (
    "urgence",
    "emergency",
    "hotline",
    "helpline",
    "secours",
    "call ",
    "calling ",
    "called ",
    "calls ",
    "appels ",
    "appel au",
    "dial",
    "compos",
    "appeler",
    "appelez",
    "appelant",
    "appelé",
    "joign",
    "joindre",
    "phon",
    "téléphon",
    "transf",
    "envoy",
    "signal",
    "forward",
    "text",
)
#: Emergency numbers, which any verb of calling dials ("she called 911 twice", "il a appelé le 18").
_EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "311", "811", "15", "17", "18", "114", "115", "119"})
#: The three-digit emergency numbers, which a determiner names as the service itself ("l'alerte a été donnée
#: au 911", "le 911 a reçu").
_EMERGENCY_SERVICES = frozenset({"911", "999", "112", "118"})
#: Emergency numbers a list of them gives (France's 15, 17, 18, 112, 114, 115; Belgium's 100 and 101;
#: Switzerland's 117, 118, 144), and the words of a text about them.
_LISTED_EMERGENCY_TOKENS = frozenset(
    {"15", "17", "18", "100", "101", "112", "114", "115", "117", "118", "144", "911", "999"}
)
_LISTED_EMERGENCY = f"(?:{'|'.join(sorted(_LISTED_EMERGENCY_TOKENS, key=lambda n: (-len(n), n)))})"
#: A service's name in brackets after its number: "15 (Samu)", "117 (police)".
_SERVICE_BRACKET = rf"(?:{_H}*\([^()\n]{{1,30}}\))?"
_EMERGENCY_LIST_RE = compile_lazily(
    rf"(?<![\w.,]){_LISTED_EMERGENCY}(?![\w.]|,[0-9]){_SERVICE_BRACKET}(?:(?:{_H}*[,–—-]+{_H}*|{_H}+)"
    rf"(?:(?i:and|et|or|ou|le|la|the|alongside|puis){_H}+)*{_LISTED_EMERGENCY}(?![\w.]|,[0-9]){_SERVICE_BRACKET})+"
    # one number after the words for it: "a universal European emergency number, 112", "le numéro 112"
    rf"|(?<=(?i:number|numéro)){_H}*,?{_H}*{_LISTED_EMERGENCY}(?![\w]|[.,][0-9])"
)
_EMERGENCY_WORDS = ("urgence", "emergenc", "samu", "pompiers", "ambulance")
#: The Lausanne daily "24 heures", after a word for a paper or in a text naming Switzerland.
_NEWSPAPER_24_RE = compile_lazily(
    rf"{_H}+heures(?![\w])(?!{_H}+(?:de|d['’]|par|sur|à|after|later|plus|avant|après)(?![\w]))"
)
_DAILY_BEFORE = _ending(rf"(?<![\w])(?P<w>(?i:daily|newspaper|paper|quotidien|journal|par|selon|au)){_H}+")
#: Words that name a source only in a text on Switzerland: "Interrogée par 24 heures".
_ATTRIBUTION_WORDS = frozenset({"par", "selon", "au"})
#: A bus or tram route after its number: "the 107 service bus", "le 42 bus".
_ROUTE_AFTER = compile_lazily(rf"{_H}+(?:(?i:service){_H}+)?(?i:bus|tram|tramway)(?![\w])")
_THE_ROUTE_BEFORE = _ending(rf"(?<![\w])(?i:the|le|la){_H}+")
#: "the westbound 269 bus": a route's number after the way it runs.
_THE_BOUND_BEFORE = _ending(
    rf"(?<![\w])(?i:the){_H}+(?i:westbound|eastbound|northbound|southbound|inbound|outbound|express|night){_H}+"
)
#: The second of two ordinals after a dash: "14-15e siècle", "3-4th".
_ORDINAL_AFTER_DASH_RE = compile_lazily(r"[0-9]{1,2}(?:e|ème|eme|er|th|st|nd|rd)(?![\w])")
#: What a text giving a lottery's drawn numbers holds, lowercased: the balls' name, or the word for numbers
#: and a list of small numbers ("10, 33, 41").
_BALL_WORDS = ("ball", "boule", "étoile")
_DRAW_WORDS = ("numéros", "numbers", "cocher", "match")
_SMALL_NUMBERS_LISTED_RE = compile_lazily(r"(?<![0-9.,])[0-9]{1,2},[ \u00a0][0-9]{1,2}(?![0-9])")
#: A lottery's drawn numbers: a list of one- or two-digit numbers a few words after the word for them, or one
#: number after a ball's name.
_DRAWN_RE = compile_lazily(
    # "the numbers drawn Tuesday morning (10, 33, 41, 47, 56, ...", "Il fallait cocher les 21, 26, 31, 34 et 49"
    # "the ticket had to match 21, 26, 31, 34 and 49": the numbers a winning ticket matched
    rf"(?<![\w])(?i:numbers|numéros|balls|boules|étoiles|stars|cocher|match|matched|matching)"
    rf"(?:{_H}+[^\W\d_][\w'’-]*){{0,3}}{_H}+\(?"
    rf"(?P<list>[0-9]{{1,2}}(?:(?:{_H}*,{_H}*(?:(?i:and|et){_H}+)?|{_H}+(?i:and|et){_H}+)[0-9]{{1,2}})+)"
    rf"(?![\w%]|[.,][0-9])(?!{_H}*(?:%|(?i:per|pour{_H}?cent|percent|points?|pts|ans|years|mois|months)(?![\w])))"
    # the whole list or none of it (not its first numbers before "and 14 percent")
    rf"(?!(?:{_H}*,{_H}*(?:(?i:and|et){_H}+)?|{_H}+(?i:and|et){_H}+)[0-9])"
    rf"|(?<![\w])(?i:powerball|mega{_H}ball|ball|boule|étoile){_H}+(?P<one>[0-9]{{1,2}})(?![\w%]|[.,][0-9])"
    # "du 10, 33, 41, 47 et 56 pour les boules blanches": the list first, the balls after it
    rf"|(?<![\w.,])(?P<before>[0-9]{{1,2}}(?:(?:{_H}*,{_H}*(?:(?i:and|et){_H}+)?|{_H}+(?i:and|et){_H}+)[0-9]{{1,2}}){{2,}})"
    rf"(?={_H}+(?i:pour|for){_H}+(?i:les|the){_H}+(?i:boules|balls|numéros|numbers))"
)
#: The word for phone numbers before a list of them: "separate numbers for ambulances", "les numéros".
_NUMBERS_WORD_RE = compile_lazily(r"(?<![\w])(?i:numbers|numéros)(?![\w])")
_THREE_DIGITS_RE = compile_lazily(r"[0-9]{3}")
#: The service an emergency number names: "the 112 emergency service", "Genoa's 118 rescue service".
#: A news channel's name before its "24": "the national television channel Gabon 24", "la chaîne Africa 24".
_CHANNEL_NAME_BEFORE = _ending(
    rf"(?<![\w])(?i:channel|chaîne|télévision|television|TV)(?:{_H}+[\w'’-]+){{0,3}}?{_H}+[A-Z][\w'’-]*{_H}"
)
#: ... or its kind set after it: "lu sur Gabon 24, une chaîne de télévision", "on Africa 24, a pan-African channel".
_CHANNEL_NAME_AFTER = compile_lazily(
    rf",{_H}+(?i:une?|la|le|a|an|the)(?:{_H}+[\w'’-]+)?{_H}+(?i:chaîne|channel|télévision|television|TV|station)(?![\w])"
)
#: After a number listed among services: the list goes on ("911, passport and banking services").
_LISTED_SERVICE_AFTER = compile_lazily(rf",{_H}+[a-z]|{_H}+(?:and|or){_H}+[a-z]")
_EMERGENCY_SERVICE_AFTER = compile_lazily(
    rf"{_H}+(?i:emergency|rescue|ambulance|urgences?|secours)(?:{_H}+(?i:services?|number|line|calls?|cent(?:re|er)))?(?![\w])"
    # "911 calls came in", "a 999 call handler": the service's calls, no count of them
    rf"|{_H}+(?i:calls?|callers?|call-takers?|dispatch|dispatchers?|operators?)(?![\w-])"
    # "the pan-European 112 number", "the 911 line": the number itself
    rf"|{_H}+(?i:number|hotline|line)(?![\w-])"
)
_SERVICE_BEFORE = _ending(rf"(?<![\w])(?i:au|le|du|the){_H}+")
#: The calls or the line of an emergency service, before its number: "les appels du 911", "calls to the 999".
_SERVICE_CALLS_BEFORE = _ending(
    rf"(?<![\w])(?i:appels?|calls?|numéro|number|lignes?|lines?){_H}+(?:(?i:to){_H}+)?(?i:au|le|du|the){_H}+"
)
_SERVICE_AFTER = compile_lazily(
    rf"{_H}*(?:[,.;:)]|$)|{_H}+(?i:par|a|ont|avait|pour|et|was|has|had|for|and|by|dispatchers?|calls?|appels?"
    # "deux appels ont été logés au 911 à 22 h 52": the time of the call after the service
    rf"|centre|center|operators?|opérateurs?|aux|to|lines?|lignes?|à|at)(?![\w])"
)
#: A day of the month a text has named, said alone: "prolongé au 21, ...", "jusqu'au 27 selon".
_TO_DAY_BEFORE = _ending(rf"(?<![\w])(?i:jusqu['’]au|au){_H}+")
_TO_DAY_AFTER = compile_lazily(rf"{_H}*[,.;)]|{_H}+(?:selon|et|inclus|inclusivement|compris)(?![\w])")
#: The French months' names written whole, as one alternation.
_MONTHS_FR = _alt(m for m in t.MONTHS_FR if not m.endswith("."))
_MONTH_FR_RE = compile_lazily(rf"(?<![\w])(?:{_MONTHS_FR})(?![\w])")
_CALLED_BEFORE = _ending(
    rf"(?<![\w])(?i:called|calls|appelé|appelée|appelait|appels?|phone|phoned|phoning|telephoned|téléphoné|téléphoner)"
    rf"{_H}+(?:(?i:le|au|to){_H}+)?"
)
_AGE_BOUND_CUES = ("older", "younger", " age ")
_DIED_CUES = ("died", "dies", "away", "killed")
#: A word after a number that it may count (not "or", "ou", "if", "immediately").
#: (not a word that opens no noun: "calling 611 on their phones", "appelez le 3237 depuis un fixe")
_COUNTED_WORD_AFTER = compile_lazily(
    rf"{_H}+(?!(?i:or|ou|and|et|if|si|immediately|immédiatement|on|from|for|to|at|with|depuis|pour|avec|sur|au)\b)"
    rf"[^\W\d_]"
)
#: People counted after "the two" or "les quatre" (not "cases", also of code or of law).
_PEOPLE_AFTER_ANAPHORA = t.HUMAN_UNITS - {"case"}
#: The number words that do ("the two", "the three", "the four").
_ANAPHORA_VALUES = frozenset(range(2, 5))
#: What must follow for that: a plain noun (not "of" or "de"), and neither it nor the word after it a scale, a
#: fraction, "per cent" or a unit of time ("the two million people", "les deux tiers", "the two per cent
#: target", "les deux dernières années" stay figures).
_UNIT_OR_SCALE = (
    r"per|pour|percent|millions?|milliards?|billions?|thousands?|mille|tiers|quarts?|hundred|cents?|years?|ans|années"
    r"|months?|mois|weeks?|semaines?|days?|jours?|hours?|heures?|minutes?|decades?|décennies|semestres?|trimestres?|seasons?|saisons?"
)
_PLAIN_NOUN_AFTER = compile_lazily(
    rf"{_H}+(?!(?:of|à|de|d'|{_UNIT_OR_SCALE})\b)(?![\w'’-]+{_H}+(?:{_UNIT_OR_SCALE})\b)[a-zàâçéèêëîïôûùüÿœ]"
)
#: After a number of years, what makes them a span from an event: "trois ans après avoir signé", "two years later".
_SPAN_FROM_EVENT_AFTER = compile_lazily(
    r"\s+(?:après|avant|plus\s+tard|plus\s+tôt|auparavant|after|before|later|earlier|ago)(?![\w])"
)
#: Hedges after an elided "de" before an age: "d'environ 14 ans", "d'à peine 14 ans", "d'au moins 75 ans".
_ELIDED_HEDGES = ("environ", "à peine", "au moins", "au plus", "tout juste", "seulement", "presque")
#: "avant de" then a verb: what is done after a span, or after a person's age is said ("une jeune fille de 16 ans
#: avant de la frapper").
_BEFORE_DOING_AFTER = compile_lazily(r"\s+avant\s+(?:de\s|d['’])")
#: Compounds that say how many a body has: "the 27-member EU", "a 15-nation bloc", "the 193-member assembly".
_SIZE_OF_A_BODY = frozenset({"-member", "-members", "-nation", "-country", "-strong", "-membres"})
#: What a number "-strong" or "-member" is the size of when it is a figure of the story, no body's size: "its
#: 54,000-strong workforce", "a 3,000-strong crowd", "the ten-member commando squad", "its 1,000-strong order
#: book" (an airline's aircraft on order).
_STRONG_GROUP_AFTER = compile_lazily(
    r"\s+(?:\w+\s+)?(?:workforce|staff|crowd|army|forces?|contingent|mob|delegation|police|troops|team|squad|fleet"
    r"|commando|gang|cell|crew|ring|march|rally|protest|demonstration|procession|picket|order\s+book|backlog)\b"
)
#: What a number of doses before it describes: "the two-dose vaccine", "a three-dose series".
_VACCINE_AFTER = compile_lazily(
    r"\s+(?:\w+\s+)?(?:vaccines?|shots?|jabs?|regimens?|regimes?|series|schedules?|courses?)\b", re.IGNORECASE
)
#: A bond after its maturity in years: "the 10-year Treasury yield", "the two-year note", "10-year bonds",
#: "benchmark 10-year paper".
_BOND_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:U\.S\.|US|German|French|Japanese|government|benchmark|sovereign|Treasury|Canadian|Swiss)"
    rf"{_H}+)*(?i:treasur(?:y|ies)|bonds?|notes?|gilts?|bunds?|yields?|OATs?|paper|borrowing{_H}+costs?)(?![\w])"
)
#: A comma, then a minus sign right before the next number: "(248, -5%)".
_COMMA_THEN_SIGN_RE = compile_lazily(rf"{_H}*,{_H}*[-−–]")
#: The nouns of what a year measured, after it: "below 2005 levels", "30% below 2019 figures", "2023 data".
_A_YEARS_MEASURES = frozenset({"levels", "level", "figures", "figure", "numbers", "data", "statistics"})
#: A degree after its length in years: "a four-year college degree", "two-year diplomas", "a three-year
#: bachelor's degree": what kind of degree, no span of the story.
_DEGREE_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:college|university|undergraduate|bachelor['’]?s|technical|vocational){_H}+)?"
    rf"(?i:degrees?|diplomas?)(?![\w])"
    # "the cost of going to a public four-year college": what kind of college
    rf"|{_H}+(?i:colleges?|universit(?:y|ies))(?![\w])"
)
#: ... and the French bond before "à" its maturity: "l'obligation d'État japonaise à 10 ans", "le taux à 10 ans".
_YEARS_WORD_AFTER = compile_lazily(rf"{_H}+(?i:ans)(?![\w])")
_BOND_WORDS_FR = ("obligation", "taux", "emprunt", "rendement", "oat", "bund", "bons du")
_BOND_MATURITY_BEFORE = _ending(
    rf"(?<![\w])(?i:obligations?|taux|emprunts?|OAT|Bunds?|bons{_H}+du{_H}+Trésor)(?:{_H}+[^\W\d_][\w'’-]*){{0,5}}"
    rf"{_H}+(?i:à){_H}+"
)
#: What the Union's members are called after their number: "27 countries", "27 EU member states", "27 pays".
_MEMBERS_AFTER = compile_lazily(
    rf"{_H}+(?:EU{_H}+)?(?i:countries|pays|member{_H}+states|members|états{_H}+membres|nations|états)(?![\w])"
)
#: How far before a count the words that give it as an earlier value may be: "Un bilan antérieur de sa
#: filiale locale faisait état de 21 décès".
EARLIER_REACH = 64
#: What every match of :data:`_EARLIER_RE` holds, lowercased.
_EARLIER_HINTS = (
    "previous", "earlier", "initial", "précédent", "précédemment", "auparavant", "alors", "antérieur", "avait fait",
    "avaient fait", "abord", "premier bilan", "had raised", "had put", "had reported", "had given", "veille",
    "day before", "had stood", "had been put", "jusqu'ici", "jusqu’ici", "jusque-là", "until then", "faisait état",
    "faisaient état", "premier décompte", "first toll", "first death toll", "first count", "first tally",
    "premier temps", "at first", "début de l'année", "début de l’année", "start of the year",
    "so far this year",
)  # fmt: skip
#: Words that give a count as an earlier value of its quantity.
_EARLIER_RE = compile_lazily(
    r"(?<![\w])(?i:previous|earlier|initial|initially|previously|précédente?|précédemment|initialement|antérieure?"
    rf"|auparavant|alors(?!{_H}+que)|avai(?:en)?t{_H}+fait(?:{_H}+état)?|avai(?:en)?t{_H}+d['’]abord"
    # "le bilan provisoire faisait état de 19 morts": the imperfect of a toll since revised
    rf"|(?<=bilan{_H})(?<!dernier{_H}bilan{_H})(?<!nouveau{_H}bilan{_H})(?:[^\W\d_]+{_H}+)?faisai(?:en)?t{_H}+état"
    rf"|premier{_H}+(?:bilan|décompte)|first{_H}+(?:death{_H}+)?(?:toll|count|tally)|(?:after|before){_H}+(?:[^\W\d_]+{_H}+){{0,3}}had{_H}+(?:raised|put|reported|given)"
    # a value that held until a revision: "the number of dead had stood at 86", "le bilan était jusqu'ici de 80"
    # not "ont fait jusqu'ici sept morts": a toll "so far", the latest
    rf"|had{_H}+(?:stood|been{_H}+put){_H}+at|(?<!fait{_H})jusqu['’]ici|jusque-là|until{_H}+then"
    # a toll of the year before the story's event, another quantity: "le bilan des décès depuis le début de l'année
    # s'établissait à trois morts", "so far this year" (not the imperfect alone: "a fait savoir que le décompte
    # s'établissait à 29 morts" reports the toll then current)
    rf"|depuis{_H}+le{_H}+début{_H}+de{_H}+l['’]année|since{_H}+the{_H}+start{_H}+of"
    rf"{_H}+the{_H}+year|so{_H}+far{_H}+this{_H}+year)(?![\w])"
)
#: A record that stood before the story's, its reading after: "Un premier record avait été établi mardi ... à
#: 49,9°C", "the previous record of 49.2C", "le précédent record de 44,1 degrés".
_EARLIER_RECORD_RE = _ending(
    rf"(?<![\w])(?i:(?:premier|précédent|ancien|previous|former|old|earlier){_H}+record|record{_H}+(?:précédent|antérieur)"
    rf"|record{_H}+(?:avait|had){_H}+(?:été{_H}+(?:établi|battu|atteint)|been{_H}+(?:set|reached)))(?![\w])(?P<gap>[^.;!?]*)"
)
#: How far before a temperature the words of :data:`_EARLIER_RECORD_RE` are looked for.
EARLIER_RECORD_REACH = 90
#: How far before a count a toll named as an earlier one may be, in the count's sentence: "Un précédent bilan
#: officiel de la protection civile faisait état de sept morts".
EARLIER_TOLL_REACH = 120
#: A toll named as an earlier one: "le premier bilan", "un précédent bilan", "the previous toll".
_EARLIER_TOLL_RE = compile_lazily(
    # and a first count opening its sentence: "Dans un premier temps, le DNSC a confirmé que 21 hôpitaux",
    # "At first, police said 12"
    rf"(?<![\w])(?i:dans{_H}+un{_H}+premier{_H}+temps|(?<![^\W\d_]{_H})at{_H}+first"
    rf"|(?:premier|précédent){_H}+bilan|bilan{_H}+(?:initial|précédent|antérieur)"
    rf"|(?:previous|earlier|initial|first){_H}+(?:death{_H}+)?toll)(?![\w])"
)
#: Words after a count, in its clause, that give it as an earlier value: "had reported 16 deaths earlier in
#: the day", "12 cases previously", "un bilan de 79 morts annoncé la veille", "a toll of 79 given the day before".
_EARLIER_AFTER = compile_lazily(
    # not "has climbed to 80 from a previously reported 29": the value after "from" is the earlier one
    rf"(?!{_H}+(?i:from|de|contre){_H})(?:{_H}+[^\W\d_][\w'’-]*){{0,2}}{_H}+(?i:earlier{_H}+in{_H}+the{_H}+day|previously|initially|the{_H}+day{_H}+before"
    # "74,513 on 1 July compared with just under 73,700 the previous month", "le mois précédent"
    rf"|the{_H}+previous{_H}+(?:day|week|month)|a{_H}+(?:week|month){_H}+(?:earlier|before)"
    rf"|(?:la{_H}+semaine|le{_H}+mois){_H}+précédente?"
    rf"|la{_H}+veille(?!{_H}+(?:de|du|d['’]|au|des)(?![\w])))(?![\w])"
)
#: A revision said right after a count's clause: "et celui des blessés à trente-deux », avant que ces chiffres ne
#: soient revus", "12 injured, before the figures were revised".
_REVISED_AFTER = compile_lazily(
    rf"{_H}*[»”\"]?{_H}*,?{_H}*(?:(?i:avant{_H}+que{_H}+(?:ces|les|ce|le){_H}+(?:chiffres?|bilans?|décomptes?)"
    rf"{_H}+ne{_H}+soi(?:en)?t{_H}+(?:revus?|révisés?|corrigés?|actualisés?))"
    rf"|(?i:before{_H}+(?:the{_H}+|those{_H}+|these{_H}+)?(?:figures?|tolls?|counts?|numbers?){_H}+(?:was|were){_H}+"
    rf"(?:revised|corrected|updated)))(?![\w])"
)
#: Between two counts of one toll: "de 22 morts et 21 blessés" (the second is as early as the first).
_TOLL_AND_BETWEEN = compile_lazily(rf"[0-9.,]*{_H}+[^\W\d_]+{_H}+(?i:et|and){_H}+")
#: Words before the value a quantity changed from: "to 275 from", "up from", "passé de".
_CHANGED_FROM_BEFORE = _ending(
    # "to 275 from", "down to 3.75% from", "to 5.2 per cent from"
    rf"(?:(?<![\w])(?i:to|at){_H}+[0-9][0-9.,]*(?:{_H}?%|{_H}+(?i:per{_H}?cent|percent))?(?:{_H}+[^\W\d_]+){{0,2}}{_H}+(?i:from)"
    rf"|(?<![\w])(?i:up|down|rising|rose|risen|climbed|jumped|increased|fell|dropped|revised|went|gone|grew|grown"
    rf"|soared|surged|doubled|tripled){_H}+(?i:from)"
    rf"|(?<![\w])(?i:passée?s?|passe|passent|passer|grimpée?s?|montée?s?|augmentée?s?|baissée?s?|(?:revue?s?{_H}+)?à{_H}+la{_H}+"
    # "l'inflation progresse quant à elle de 11,25% à 12,27%", "a reculé de 4,1 % à 3,8 %"
    rf"(?:hausse|baisse)|progresse|progressent|progressé|recule|reculent|reculé|bondi|bondit)"
    rf"(?:{_H}+(?i:quant{_H}+à{_H}+(?:elle|lui|elles|eux)|pour{_H}+sa{_H}+part),?)?"
    # "fait passer le bilan de 116 à 121 victimes": the quantity named between the verb and its start
    rf"(?:{_H}+(?i:le{_H}+(?:bilan|nombre|total|taux|prix)))?{_H}+(?i:de)){_H}+"
)
#: After a French change's start, the value it went to: "de 99 à 112 morts", "de 11,25% à 12,27%", "de 12 morts à 15".
_TO_A_VALUE_AFTER = compile_lazily(rf"(?:{_H}+[^\W\d_]+){{0,2}}{_H}+(?i:à){_H}+[0-9]")
#: What a text must hold before a count for :data:`_CHANGED_FROM_BEFORE` or "contre" to be looked for.
_CHANGED_FROM_HINTS = ("from", "passé", "passe", "grimpé", "monté", "augmenté", "baissé", "hausse", "contre",
                       "against", "progress", "recul", "bondi")  # fmt: skip
#: After "against N", within its clause: the value as it stood a year or a day before.
_A_YEAR_BEFORE_AFTER = compile_lazily(
    rf"(?:{_H}+[^\W\d_][\w'’-]*){{0,5}}?{_H}+(?i:the{_H}+previous{_H}+(?:year|day)|last{_H}+year"
    rf"|a{_H}+year{_H}+(?:earlier|ago|before)|the{_H}+(?:year|day){_H}+before|previously)(?![\w])"
)
#: After "contre N": the count as it stood before ("contre 99 la veille", "contre 12 précédemment").
#: A month named right after a compared value: " en mars", " au mois de mars".
_IN_MONTH_AFTER = compile_lazily(
    rf"{_H}+(?i:en|au{_H}+mois{_H}+de|au{_H}+mois{_H}+d['’]){_H}*"
    rf"(?P<m>{_MONTHS_FR})(?![\w])"
)
_THE_DAY_BEFORE_AFTER = compile_lazily(
    rf"(?:{_H}+[^\W\d_]+)?{_H}+(?i:la{_H}+veille|auparavant|précédemment|plus{_H}+tôt|hier|samedi|dimanche|"
    rf"lundi|mardi|mercredi|jeudi|vendredi)(?![\w])"
)
#: A year right after "contre N": "contre 109,9 % en 2023".
_CONTRE_YEAR_AFTER = compile_lazily(
    rf"{_H}*(?:%|[^\W\d_]+)?{_H}+(?i:en|in|fin|début){_H}+(?P<y>(?:19|20)[0-9]{{2}})(?![\w])"
)
#: A modern year in running text ("2027", "2023,"), not part of a longer number.
_YEAR_IN_TEXT_RE = compile_lazily(r"(?<![\w.,])(?:19|20)[0-9]{2}(?![\w]|[.,][0-9])")
#: Between the years and the months of one duration: "cinq ans et quatre mois", "five years and four months".
#: Seconds in an hour and in a minute, for a time told in them and seconds (see ``join_durations``).
_SECONDS_IN = {"hours": 3600, "minutes": 60}
_YEARS_AND_MONTHS_GAP = compile_lazily(rf"{_H}+(?:et|and){_H}+|,{_H}+")
#: Hours said of each day, after days: "5 days, 10 hours a day", "trois jours, 8 heures par jour".
_EACH_DAY_AFTER = compile_lazily(
    rf"{_H}+(?i:a{_H}+day|per{_H}+day|each{_H}+day|par{_H}+jour|chaque{_H}+jour)(?![\w])"
)
#: Minutes or seconds after two digits, the first a zero: "2 heures 05 minutes", "2 h 05 min 54 s".
_CLOCK_PART_AFTER = compile_lazily(rf"{_H}*(?i:minutes?|min|secondes?|seconds?|sec|s)(?![\w])")
#: Between the parts of a time: "45 minutes 24 seconds", "2 hours, 6 minutes, and 26 seconds".
_TIME_PARTS_GAP = compile_lazily(rf"{_H}+(?:et|and){_H}+|,{_H}+(?:(?:et|and){_H}+)?|{_H}+")
#: "-year old" written with a space: an age.
_OLD_AFTER = compile_lazily(rf"{_H}+old(?![\w-])")
#: The "-old" of an age whose number carries a half: "a two-and-a-half-year-old".
_HYPHEN_OLD_AFTER = compile_lazily(r"-olds?(?![\w-])")
#: After a scaled number and "of"/"de", words that say no noun follows: "22 milliards de plus que l'an
#: dernier", "one million of which was suspended" (a part of the amount just given).
#: Prepositions of a span of time before the "de" of years: "otage durant plus de six ans".
_SPAN_PREPOSITIONS_FR = frozenset({"durant", "pendant", "depuis"})
#: "pour sa part", "pour leur part", "for its part": on someone's side, before a number.
_ON_ITS_SIDE_BEFORE = compile_lazily(
    rf"(?<![\w])(?i:pour{_H}+(?:sa|leur|ma|ta|notre|votre)|for{_H}+(?:its|his|her|their|our|my|your)){_H}+part,?{_H}*$"
)
#: A year right after the "of" or "de" of a scaled number: "le 1,9 milliard de 2023".
_YEAR_AFTER_OF_RE = compile_lazily(rf"{_H}+(?:19|20)[0-9]{{2}}(?![\w])")
#: From this many, a count of a noun written in full ("400 000 enfants") names what a bare scaled number of
#: its text may count, as a scaled count of it does (see ``money_context``).
COUNTED_NOUN_LEAST = 100_000
#: A period right after the "of" or "de" of a scaled number: "très au-dessus des 55 millions de la même période
#: l'année précédente", "the 1.75 million of the same quarter last year": its time, no count of anything.
_PERIOD_AFTER_OF_RE = compile_lazily(
    rf"{_H}+(?i:(?:la|le){_H}+même{_H}+(?:période|trimestre|semestre|mois|semaine|année)|l['’]an(?:née)?{_H}+"
    rf"(?:dernière?|précédente?|passée?)|the{_H}+same{_H}+(?:period|quarter|half|month|week)|last{_H}+year)(?![\w])"
)
_NOT_ITS_NOUN_AFTER_OF = frozenset({"plus", "moins", "more", "less", "which", "l'ensemble", "l’ensemble"})
#: The European Union named near its number of members.
_EU_NEAR = compile_lazily(rf"\b(?:EU|UE|Union{_H}+européenne|European{_H}+Union|bloc|Vingt-Sept)\b")
#: What comes right before the base of a rate: "pour 100 000", "per 100,000", "for every 1,000".
#: After "sur 100" the noun of the base, then a comma before the count of it: "sur 100 décès, 56 sont ...".
_BASE_SET_APART_AFTER = compile_lazily(
    rf"(?:{_H}+[^\W\d_][\w'’-]*){{1,2}}{_H}*,{_H}*(?:(?i:en{_H}+moyenne|environ){_H}*)?[0-9]"
)
_RATE_BASE_BEFORE = _ending(
    rf"(?<![\w])(?i:per|pour|par|for{_H}+every|out{_H}+of{_H}+every|in{_H}+every){_H}+"
)


def _is_rate_base(raw: Decimal) -> bool:
    """100, 1,000, 10,000, 100,000 or a million: the round numbers rates are given per."""
    return raw in _RATE_BASES


_RATE_BASES = frozenset(Decimal(10) ** k for k in range(2, 7))
#: The unit a rate is counted in, and its size: "par cartouche de 200", "per pack of 20".
_PER_UNIT_OF_BEFORE = _ending(
    # not "par exemple de 12,3%": an example, no unit
    rf"(?<![\w])(?i:per|par|each|chaque){_H}+(?!(?i:près|plus|moins|autour|upwards|more|less|exemple){_H})"
    # not "par l'intermédiaire de 30 fournisseurs": a noun with its article is a means, not a unit
    rf"(?![lL]['’])[^\W\d_][\w'’-]*{_H}+(?i:of{_H}+|de{_H}+|d['’])"
)
#: How the text before such a size ends (what every match of :data:`_PER_UNIT_OF_BEFORE` ends with).
_UNIT_OF_ENDINGS = tuple(
    f"{word}{space}" for word in ("of", "de", "OF", "DE", "Of", "De") for space in (" ", "\u00a0", "\u202f")
) + ("d'", "d’", "D'", "D’")
#: What makes a distance a speed: "kilometres per hour", "kilomètres à l'heure".
_PER_HOUR_AFTER = compile_lazily(rf"{_H}+(?i:(?:per|an|a|par){_H}+(?:hour|heure)|à{_H}+l['’]heure)(?![\w])")
#: After a counted thing's noun, a slash and a period: "3 600 voitures/jour", "1,700 trucks/day" count the
#: things of each period, unlike a measure's slash ("90 km/h").
_PER_PERIOD_SLASH_AFTER = compile_lazily(r"/(?i:jour|day|semaine|week|mois|month|an|année|year)s?(?![\w])")
#: The nouns of physical measures: a slash after them makes a measure's rate ("50 tonnes/jour").
_MEASURE_UNIT_NOUNS = frozenset({"gallon", "kilogram", "kilometre", "litre", "metre", "mile", "tonne"})
_VAGUE_WORDS = ("few", "several", "many", "quelques", "plusieurs", "des", "hundreds", "dozens")
#: "a couple hundred", "a couple of thousand": about two of the scale.
_A_COUPLE_BEFORE = _ending(rf"(?<![\w])(?i:a){_H}+(?i:couple)(?:{_H}+(?i:of))?{_H}+")
_COUPLE_SCALES = frozenset({"hundred", "thousand", "dozen"})
_VAGUE_BEFORE = _ending(rf"(?<![\w])(?i:few|several|many|quelques|plusieurs|hundreds\s+of|dozens\s+of){_H}+")
#: "des" makes only a collective number vague ("des dizaines", "des centaines de milliers"); before any other
#: number it is "of the" ("l'un des deux suspects", "au cours des trois derniers mois").
_DES_BEFORE = _ending(rf"(?<![\w])(?i:des){_H}+")
_COLLECTIVE_RE = compile_lazily(
    r"(?i:(?:douz|diz|quinz|vingt|trent|quarant|cinquant|soixant|cent)aines?|milliers?"
    r"|millions?|milliards?)"
)


#: The last word of each phrase of :data:`numbers.APPROXIMATIONS`: what the word before a figure must be.
_APPROXIMATION_LAST_WORDS = frozenset(phrase.rsplit(" ", 1)[-1] for phrase in t.APPROXIMATIONS)


def _approximation_before(window: str) -> str | None:
    """The estimate or bound the words right before a figure make of it ("nearly", "près d'", "au moins"),
    or None: the last one, two or three words looked up in :data:`numbers.APPROXIMATIONS`."""
    if not window or (not window[-1].isspace() and not window.endswith(("'", "’"))):
        return None  # the figure is glued to a word ("US$", "x2")
    words = window.lower().split()[-3:]
    if not _OPENING_MARK_SET.isdisjoint(window):
        # a quotation or a bracket opens on the marker: «Pas moins de, "(nearly a million)"
        words = [w.lstrip(_OPENING_MARKS) for w in words]
    if not words or words[-1] not in _APPROXIMATION_LAST_WORDS:
        return None
    # An elided marker ends the window itself ("près d'" before "une vingtaine"): it is the last word.
    for n in (3, 2, 1):
        if len(words) >= n:
            phrase = " ".join(words[-n:])
            if phrase == "up to" and len(words) == 3 and words[0] in _REACHED_UP_TO:
                return None  # "the toll was now up to 122": the level reached, not a bound
            if phrase in t.APPROXIMATIONS:
                return t.APPROXIMATIONS[phrase]
            # the phrase after an elided "de" or "que": "une amende d'au moins", "qu'environ"
            unelided = phrase[len(elided) :] if (elided := _elided_start(phrase)) else phrase
            if unelided != phrase and unelided in t.APPROXIMATIONS:
                return t.APPROXIMATIONS[unelided]
    return None


_ELIDED_STARTS = ("d'", "d’", "qu'", "qu’")


def _elided_start(phrase: str) -> str:
    """The elided "de" or "que" that opens ``phrase`` ("d'au moins", "qu'environ"), or ""."""
    return (
        next((e for e in _ELIDED_STARTS if phrase.startswith(e)), "")
        if phrase[1:2] in ("'", "’", "u")
        else ""
    )


#: The word before "up to" that makes it the level a count has reached: "was up to 122", "now up to 40".
_REACHED_UP_TO = frozenset({"is", "was", "are", "were", "now", "rose", "risen", "gone", "went", "climbed"})
_OPENING_MARKS = '"“«‘(['
_OPENING_MARK_SET = frozenset(_OPENING_MARKS)
#: The marks that open a quotation.
_OPENING_QUOTES = frozenset("\"“«‘'")
#: A group's name in quotes opening right after: "le gang des « ", "a gang called '", "la bande dite « ".
_GROUP_NAMED_BEFORE = _ending(
    rf"(?<![\w])(?i:gangs?|groupes?|bandes?|clans?|cartels?|crews?|milices?|militias?)"
    rf"(?:{_H}+(?i:des|du|de|of|the|called|named|known{_H}+as|dite?s?|appelée?s?|baptisée?s?|surnommée?s?))*"
    rf"{_H}*[\"“«‘']{_H}*"
)
_WEEKDAY_BEFORE = _ending(
    rf"(?<![\w])(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|"
    rf"friday|saturday|sunday){_H}+"
)
_MORNING_AFTER_RE = compile_lazily(
    rf"{_H}+(?i:au{_H}+matin|au{_H}+soir|dans{_H}+la{_H}+(?:nuit|soirée|matinée))(?![\w])"
)
#: How the names of peoples end in the plural: "Ukrainians", "Europeans", "Americans"; "Canadiens",
#: "Français", "Chinois", "Marocains", "Espagnols", "Allemands".
_DEMONYM_RE = compile_lazily(
    r"(?:ians|eans|cans|iens|iennes|ais|aises|ois|oises|ains|aines|ols|oles|ands|andes)$"
)


#: How a people's name ends in the singular, in French: "syrien", "érythréenne", "marocain", "français".
_DEMONYM_ONE_RE = compile_lazily(r"(?:ien|ienne|éen|éenne|ais|aise|ois|oise|ain|aine|ol|ole|and|ande)$")
#: Peoples whose French name has none of those endings.
_PEOPLE_ONE = frozenset(
    """russe suisse belge serbe croate tchèque slovaque turc turque grec grecque kurde letton lettone arabe
    afghan afghane britannique bulgare kazakh ouzbek moldave biélorusse slovène bosniaque tchétchène argentin
    argentine kényan kényane nigérian nigériane burkinabè kosovar""".split()
)
#: "d'origine" between a person and a people's adjective ("un Russe d'origine tchétchène de 23 ans").
_ORIGIN_WORDS = frozenset({"d'origine", "d’origine"})


#: The articles before a people's name used as a noun: "un belge", "une ivoirienne".
_ONE_PERSON_ARTICLES = frozenset({"un", "une", "le", "la"})
#: The endings of :data:`_DEMONYM_ONE_RE` that are seldom another noun's ("un gain", "un vol", "le stand").
_DEMONYM_NOUN_RE = compile_lazily(r"(?:ien|ienne|éen|éenne|ais|aise|ois|oise)$")


#: The adjectives before a noun of what a person was or is ("l'ancien métallo", "la jeune apprentie").
_FORMER_OR_YOUNG = frozenset({"ancien", "ancienne", "jeune", "vieux", "vieil", "vieille"})
#: Nouns of a person that are adjectives too, after the noun they tell of ("une transition militaire", "une
#: enquête policière"): a person only after a determiner or an adjective of a person ("un militaire", "le
#: jeune policier").
_PERSON_OR_ADJECTIVE_FR = frozenset(
    "militaire militaires policier policière policiers policières civil civile civils civiles"
    # "une expérience scientifique de près de trois ans": the adjective, not a scientist
    " scientifique scientifiques".split()
)
_BEFORE_A_PERSON_FR = (
    _ONE_PERSON_ARTICLES
    | _FORMER_OR_YOUNG
    | frozenset("les des ce cet cette ces son sa ses leur leurs notre nos votre vos du au aux".split())
)


def _a_person_fr(word: str) -> bool:
    """Whether a lowercase French noun names a person, in the singular or the plural ("policières"), or a
    former one ("l'ex-producteur")."""
    if word.startswith("ex-"):
        word = word[3:]
    if "-" in word:  # "une assistante-réalisatrice": the last noun names her
        word = word.rsplit("-", 1)[1]
    if word.endswith(_AGENT_ENDINGS) and word not in _THINGS_OF_AGENT_ENDINGS:
        return True  # "une décoratrice", "une coiffeuse": a woman by what she does
    return word in t.PERSON_NOUNS_FR or word[-1:] in ("s", "x") and word[:-1] in t.PERSON_NOUNS_FR


#: The endings of French nouns of women by what they do ("décoratrice", "réalisatrices", "vendeuse").
_AGENT_ENDINGS = ("trice", "trices", "euse", "euses")
#: Nouns of those endings that are things: "une matrice", "la perceuse", "une tondeuse".
_THINGS_OF_AGENT_ENDINGS = frozenset(
    "matrice matrices cicatrice cicatrices perceuse perceuses tondeuse tondeuses moissonneuse moissonneuses"
    " berceuse berceuses friteuse friteuses veilleuse veilleuses agrafeuse agrafeuses".split()
)


def _a_people_noun(word: str) -> bool:
    """Whether a lowercase French word after an article is a person of a people: "un belge", "une malienne"."""
    return _of_a_people(word, _DEMONYM_NOUN_RE)


#: Common French words with a people's ending that name no people ("un soutien de 3 ans").
_NOT_A_PEOPLE = frozenset(
    """soutien entretien maintien lien bien rien chien combien quotidien mois fois bois parfois palais relais
    marais frais jamais mais malaise chaise""".split()
)


def _a_person_of(word: str) -> bool:
    """Whether a lowercase French word is a people's name or adjective in the singular: "belge", "syrien"."""
    return _of_a_people(word, _DEMONYM_ONE_RE)


def _of_a_people(word: str, endings: re.Pattern[str]) -> bool:
    """Whether a lowercase French word is one of :data:`_PEOPLE_ONE`, or ends as ``endings`` and is not one of
    :data:`_NOT_A_PEOPLE`."""
    return word in _PEOPLE_ONE or endings.search(word) is not None and word not in _NOT_A_PEOPLE


def _a_people(word: str) -> bool:
    """Whether a lowercase plural names a people: "canadiens", "ukrainians", "russes" (see :data:`t.PEOPLES`)."""
    return word in t.PEOPLES or _DEMONYM_RE.search(word) is not None


def folded(word: str) -> str:
    """A word lowercased, without its accents: "États-Unis" -> "etats-unis"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()


def _bracketed_people(name: re.Match[str] | None) -> bool:
    """Whether the name :data:`_NAME_BRACKETED_BEFORE` found before a bracket is a people ("des Syriens (47)"):
    a count of them, not a département's code."""
    if name is None:
        return False
    word = name.group("w").lower()
    if "-" in word and _COMMUNE_RE.search(word):
        return False  # "Saint-Jean-de-Minervois (34)": a commune's name, whatever its ending
    return word.endswith("s") and _a_people(word)


#: What a hyphenated French place name holds: "Saint-", "-de-", "-sur-", "-lès-", "-en-".
_COMMUNE_RE = compile_lazily(r"^(?:saint|sainte|le|la|les)-|-(?:de|du|des|sur|sous|lès|les|en|la|le)-")


#: What makes the lives counted after it a toll: "the loss of 150 lives", "which cost 12 lives", "has taken 30
#: lives" (not "saved 150 lives").
_LIVES_LOST_BEFORE = _ending(
    rf"(?<![\w])(?i:loss{_H}+of|losses{_H}+of|cost|costing|costs|took|taken|taking|claimed|claiming|claims)"
    rf"(?:{_H}+(?i:at{_H}+least|more{_H}+than|over|nearly|almost|some|about|around|an{_H}+estimated))?{_H}+"
)
#: A verb of killing before the count of people it killed (an estimate's words between).
_KILLED_BEFORE = _ending(
    rf"(?<![\w])(?P<v>(?i:killed|killing|kills|kill|tué|tuant|tue|(?:coûté|fauché|ôté){_H}+la{_H}+vie{_H}+(?:à|de|d['’])|"
    # "claimed the lives of 76 people", "took the lives of"
    rf"(?:claimed|claiming|claims|claim|took|taken|taking){_H}+the{_H}+lives?{_H}+of|"
    rf"la{_H}+mort{_H}+de|décès{_H}+de|injuring|injured|wounding|wounded|blessant|blessé))(?:{_H}+|(?<=['’]))"
    # "injured another 32", "wounded a further 12": the count of the second toll
    rf"(?:(?i:another|a{_H}+further){_H}+)?"
    rf"(?:(?i:at{_H}+least|more{_H}+than|over|nearly|almost|some|about|around|au{_H}+moins|plus{_H}+de|près{_H}+de"
    rf"|environ){_H}+)?"
    # the high bound of a range: "provoquant la mort de 1 500 à 2 100 personnes", "killing 10 to 15 people"
    rf"(?:[0-9][0-9 \u00a0\u202f.,]*{_H}+(?i:à|to){_H}+)?"
)
#: The French verb of a toll before its victims: "faisant 42 victimes", "a fait 14 victimes et des dizaines de
#: blessés", "ont fait au moins 2.900 victimes": the dead, as the disaster or the fighting "made" them.
_MADE_VICTIMS_BEFORE = _ending(
    rf"(?<![\w])(?i:faisant|fait|font|faire|feront|fera){_H}+(?:(?i:au{_H}+moins|plus{_H}+de|près{_H}+de|environ"
    rf"|quelque){_H}+)?"
)
#: Words of a disaster or of violence, which make a toll of the "victimes" their sentence counts (not a
#: fraud's: "L'escroquerie a fait 1 300 victimes").
_HARM_RE = compile_lazily(
    r"(?i:écras|crash|accident|séisme|tremblement|éruption|volcan|explosion|incendie|naufrage|combats|frappe"
    r"|bombard|attentat|fusillade|tempête|cyclone|ouragan|typhon|inondation|glissement|collision|effondrement"
    r"|blessés|morts)"
)
#: A verb of saving before the count of people it saved: "sauver 90 personnes", "rescued 37 people".
_RESCUED_BEFORE = _ending(
    rf"(?<![\w])(?i:rescued|rescuing|rescue|saved|saving|save|sauver|sauvé|sauvant|secouru|secourir|secourant)"
    # what they were saved from, said between: "sauver des flammes 110 citoyens", "rescued from the rubble 12"
    rf"(?:{_H}+(?i:des|du|de{_H}+la|from{_H}+the){_H}+[^\W\d_]+)?"
    rf"{_H}+(?:(?i:at{_H}+least|more{_H}+than|over|nearly|about|around|au{_H}+moins|plus{_H}+de|près{_H}+de"
    rf"|environ){_H}+)?"
)
_RESCUED_STEMS = compile_lazily(r"rescu|sav|sauv|secour")
#: A verb of evacuating before the count of people it moved out: "evacuated 3,000 residents", "ont évacué 3 000
#: à 4 000 habitants".
_EVACUATED_BEFORE = _ending(
    rf"(?<![\w])(?i:evacuated|evacuating|evacuate|evacuates|évacué|évacuant|évacuer|évacue|évacuera)"
    rf"{_H}+(?:(?i:at{_H}+least|more{_H}+than|over|nearly|about|around|some|au{_H}+moins|plus{_H}+de|près{_H}+de"
    rf"|environ|quelque|entre){_H}+)?"
    # the high bound of a range: "ont évacué 3 000 à 4 000 habitants"
    rf"(?:[0-9][0-9 \u00a0\u202f.,]*{_H}+(?i:à|to|and|et){_H}+)?"
)
#: A source set off between commas right after a count's noun: ", selon la Croix-Rouge,", ", according to
#: police,".
_SOURCE_ASIDE_AFTER = compile_lazily(
    rf"{_H}*,{_H}*(?i:selon|d['’]après|according{_H}+to)[^,.;:!?\n]{{1,60}},"
)
#: A named place between the people counted and what befell them: "Another 56 people in Pernambuco were
#: missing", "cinq personnes à Gaza ont été blessées".
_PLACE_BEFORE_FATE_AFTER = compile_lazily(
    rf"{_H}+(?i:in|à|en|au|aux){_H}+(?:(?i:the|le|la|les){_H}+|(?i:l['’]))?[A-ZÀ-Ý][\w'’-]+"
    rf"(?:{_H}+[A-ZÀ-Ý][\w'’-]+){{0,2}}(?={_H}+(?i:were|was|are|is|have|had|has|ont|sont|avaient|étaient|a|est)(?![\w]))"
)
#: People said to have been killed by a deed "to death": "were beaten to death", "stabbed to death", "battus à
#: mort".
_TO_DEATH_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:were|was|have{_H}+been|had{_H}+been|are|is|being|ont{_H}+été|a{_H}+été|sont){_H}+)?"
    # (not "sentenced to death": condemned, alive)
    rf"(?i:beaten|burned|burnt|shot|stabbed|crushed|trampled|hacked|frozen|starved|stoned|clubbed|bludgeoned"
    rf"|strangled|mauled|gored|electrocuted|battered|kicked|tortured|scalded)"
    rf"{_H}+to{_H}+death(?![\w])"
    rf"|{_H}+(?:(?i:ont{_H}+été|a{_H}+été|sont){_H}+)?(?:battue?s?|lynchée?s?|poignardée?s?|frappée?s?){_H}+à{_H}+mort(?![\w])"
    # burned alive: "26 victims were burned alive", "25 personnes ont été brûlées vives"
    rf"|{_H}+(?:(?i:were|was|have{_H}+been|had{_H}+been|ont{_H}+été|a{_H}+été|sont|avaient{_H}+été){_H}+)?"
    rf"(?i:burned{_H}+alive|burnt{_H}+alive|brûlée?s?{_H}+(?:vifs?|vives?)|immolée?s?)(?![\w])"
)
#: People said not to have survived: the dead ("101 personnes n'ont pas survécu", "did not survive").
_DID_NOT_SURVIVE_AFTER = compile_lazily(
    rf"{_H}+(?:n['’](?:ont|a|avaient|avait|auraient|aurait){_H}+pas{_H}+survécu"
    rf"|(?:did{_H}+not|didn['’]t|have{_H}+not|had{_H}+not|has{_H}+not){_H}+survived?)(?![\w])"
)
#: A death toll the clause is about, no number between: "the death toll from the quake rose to at least 783
#: people", "le bilan humain s'élève à 810 personnes": the people are the dead.
_DEATH_TOLL_BEFORE = _ending(
    rf"(?<![\w])(?i:(?:death|flood|storm|quake|earthquake|fire|crash|disaster|the|its|country's|country’s){_H}+toll"
    rf"(?!{_H}+(?:road|roads|booth|booths|bridge|plaza|free|charges?|fees?)(?![\w]))|bilan{_H}+(?:humain|meurtrier|des{_H}+morts|des{_H}+décès)"
    # "the total number of Florida fatalities had climbed to": a place's name before the noun
    rf"|number{_H}+of{_H}+(?-i:[A-Z][\w'’.-]*{_H}+){{0,2}}(?:people{_H}+|those{_H}+)?(?:killed|dead|deaths|fatalities)"
    rf"|nombre{_H}+(?:de{_H}+|des{_H}+)(?:morts|décès|victimes|personnes{_H}+tuées)"
    # "brought the total death count to 922", "Le total des décès signalés ... s'élève désormais à 577"
    rf"|(?:death|fatality){_H}+count|total{_H}+des{_H}+(?:morts|décès))"
    # an aside between commas may give an earlier value: "the death toll, initially placed at around 40, had
    # risen to 137"
    rf"(?:,[^.;:!?\n,]*,)?"
    # and a quake's magnitude between: "the number of people killed by this month's magnitude 7.2 earthquake"
    rf"(?:[^.;:!?\n\d]|(?<![\w])(?i:magnitude)(?:{_H}|-)[0-9](?:[.,][0-9])?(?![\w]))*"
)
#: How far before a count its clause's death toll may be named: "le nombre de victimes des fortes pluies et des
#: inondations qui frappent le Kenya depuis le mois dernier passe à plus de 140".
TOLL_REACH = 160
#: What every match of :data:`_DEATH_TOLL_BEFORE` holds, lowercased: a cheap test before the pattern.
_TOLL_STEMS = compile_lazily(
    r"toll|bilan\s(?:hu|me|des)|number\sof|nombre\sde|death\scount|fatality\scount|total\sdes\s[dm]"
)
#: What every verb of :data:`_KILLED_BEFORE` holds, lowercased: a cheap test before the pattern.
_KILLED_STEMS = compile_lazily(r"kill|tu[eéa]|la\svie|la\smort|décès|injur|wound|bless|lives?\sof")
#: How far before a count without a noun the seats it counts may be named.
SEATS_REACH = 250
_SEAT_STEMS = compile_lazily(r"seat|siège")
_SEAT_WORD_RE = compile_lazily(r"(?i:seats?|sièges?)(?![\w])")
#: A party named by its capitalised words after "the", right before its tally: "the AfD ", "the Green Party ".
_THE_PARTY_BEFORE = _ending(rf"(?<![\w])(?i:the|le|la|les){_H}+(?:[A-Z][\w'’-]*{_H}+){{1,3}}")
#: ... or a list's next item, after a comma: ", Conservatives 121", ", Social Democratic & Labour Party 2".
_LISTED_PARTY_BEFORE = _ending(rf"[,;]{_H}+(?:(?:and|et){_H}+)?(?:[A-Z][\w'’-]*{_H}+(?:&{_H}+)?){{1,4}}")
#: What ends an item of a list of tallies: a comma, "and", or the sentence's end.
_LIST_ITEM_END_RE = compile_lazily(rf"[0-9.,]*(?:[,;.]|{_H}+(?:and|et){_H})")
#: A party's verb of winning or losing seats, or what it was left with: "lost five", "gaining four", "leaving
#: it with just three", "perd cinq", "en conserve sept".
_SEATS_VERB_BEFORE = _ending(
    rf"(?<![\w])(?i:lost|losing|loses|gained|gaining|gains|won|winning|wins|picked{_H}+up|leaving{_H}+(?:it|them)"
    rf"{_H}+with(?:{_H}+(?:just|only))?|finish(?:ed|ing)?{_H}+with|perd|perdu|perdant|gagne|gagné|gagnant|"
    rf"conserve|conservé|obtient|obtenu|remporte|remporté){_H}+"
)
#: After a count: "nine more than it had before", "two more than the exit poll had predicted", "neuf de plus".
_MORE_THAN_BEFORE_AFTER = compile_lazily(
    rf"{_H}+(?i:more{_H}+than|fewer{_H}+than|de{_H}+plus|de{_H}+moins)(?![\w])"
)
#: A place and the number of its people: "a city of 350,000", "une ville de près de 300.000".
_PLACE_OF_BEFORE = _ending(
    rf"(?<![\w])(?i:city|town|village|ville|bourgade|localité|commune|nation|country|pays|island|île){_H}+(?i:of|de)"
    rf"(?:{_H}+(?i:some|about|around|nearly|almost|over|more{_H}+than|près{_H}+de|environ|plus{_H}+de))?{_H}+"
)
#: What every match of :data:`_PLACE_OF_BEFORE` holds, lowercased: a cheap test before the pattern.
_PLACE_STEMS = compile_lazily(
    "city|town|village|ville|bourgade|localité|commune|nation|country|pays|island|île"
)
#: Goods and work a French text gives the worth of after "pour": "pour 2 milliards de projets".
_WORTH_OF_NOUNS = frozenset(
    {"projets", "contrats", "commandes", "travaux", "marchandises", "biens", "produits", "achats",
     "exportations", "importations", "ventes"}
)  # fmt: skip
_WORTH_FOR_BEFORE = _ending(
    rf"(?<![\w])(?i:pour)(?:{_H}+(?i:près{_H}+de|plus{_H}+de|environ|quelque|moins{_H}+de))?{_H}+"
)
#: After a scaled number, what makes it a sum paid: "2,4 milliards que Volkswagen avait accepté de payer", "the
#: 1.2 billion it agreed to pay".
_PAID_LATER_AFTER = compile_lazily(
    rf"{_H}+(?i:que|qu['’]|that|which|it|they)[^.;:!?\n]{{0,50}}?(?<![\w])(?i:payer|verser|rembourser|débourser"
    rf"|pay|paid|repay)(?![\w])"
)
#: What an amount said again without its currency may be the goal of: "the 1.3 trillion target", "l'objectif des
#: 100 milliards".
_GOAL_NOUNS = frozenset({"target", "goal", "objective", "objectif", "cible", "pledge", "promise", "promesse"})
#: A count in the clause before "dont" ("18 arrestations, dont", "Trois personnes ont été blessées, dont"):
#: what "dont un" is one of.
_COUNT_BEFORE_DONT = compile_lazily(
    r"(?:[0-9]|(?<![\w])(?i:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze"
    r"|seize|vingt|trente|quarante|cinquante|soixante|cent|mille|dizaine|douzaine|vingtaine|centaine)(?![\w]))"
    r"[^.;!?\n]*$"
)
#: A goal named right after a rate, maybe after what it is of: "2% target", "2 per cent inflation goal".
_GOAL_NOUN_AFTER = compile_lazily(
    rf"(?:{_H}+(?i:inflation|growth|deficit))?{_H}+(?i:target|goal|objective)(?![\w])"
)
#: Nouns after a scaled number that say it is a sum of money: "10 million ransom", "10 millions de rançon".
#: Adverbs of time that may follow a count whose noun is elided: "à 11 aujourd'hui", "down to 14 today".
_TIME_ADVERBS = frozenset(
    {
        "aujourd'hui",
        "aujourd’hui",
        "hier",
        "demain",
        "désormais",
        "maintenant",
        "today",
        "yesterday",
        "tomorrow",
        "now",
        # "à trois heures de Paris, contre quatre actuellement": the value before, now
        "actuellement",
        "auparavant",
        "précédemment",
    }
)
#: An aircraft family named by its maker's letters, right before its model number: "L'ATR 42-500", "CRJ 900".
_AIRCRAFT_FAMILY_BEFORE = compile_lazily(
    r"(?<![\w])(?:[LlDd]['’])?(?:ATR|CRJ|ERJ|MD|DC|BAe|Dash) (?:[0-9]{1,3}-)?$"
)
#: Words of a French text on thefts, and of one on flights (lowercase stems).
_THEFT_WORDS = ("volé", "voleur", "cambriol", "vols de voitures", "vols de véhicules", "vol de voiture")
_FLIGHT_WORDS = (
    "avion",
    "aéro",
    "aérien",
    "aérienne",
    "vol direct",
    "pilote",
    "décoll",
    "atterri",
    "passager",
)
#: Carmakers whose models are numbers, and the "Model" of a Tesla: most texts name none, and
#: :data:`_CAR_MODEL_BEFORE` is tried only in one that does.
_CARMAKERS = ("Peugeot", "Fiat", "Porsche", "Ferrari", "Mazda", "Lada", "Saab", "Renault", "Model")
#: One of them right before a number: "Peugeot 3008 : 1 181 vols", "la Fiat 500", "a Tesla Model 3", "Porsche 911".
_CAR_MODEL_BEFORE = compile_lazily(rf"(?<![\w])(?:{'|'.join(_CARMAKERS)}) $")
#: English past participles not in "-ed" that may follow an amount: "4 billion drawn on loans", "2 million
#: spent on".
_IRREGULAR_PARTICIPLES = frozenset(
    {"drawn", "paid", "spent", "lent", "owed", "held", "taken", "given", "won", "lost", "sold", "bought", "kept",
     "made", "set", "put", "sunk", "borrowed", "withdrawn", "frozen", "stolen"}
)  # fmt: skip
_SUM_NOUNS = frozenset(
    {"ransom", "rançon", "fine", "fines", "amende", "amendes", "damages", "penalty", "aide", "aides", "aid",
     "subvention", "subventions", "subsidies", "actifs", "assets", "économies", "savings", "avoirs",
     "fonds", "funds", "funding", "financement", "financements", "crédits", "prêts", "grants", "dons",
     "bénéfice", "perte", "impôt", "impôts", "taxe", "taxes", "tax",
     # what a company or a state takes in, loses or owes: "600 millions de recettes", "60 millions de ventes"
     "recettes", "revenus", "revenue", "revenues", "ventes", "sales", "pertes", "losses", "bénéfices", "profits",
     "dette", "dettes", "debt", "debts", "dommages", "dégâts", "dépenses", "spending", "dividendes", "dividends",
     "dépôts", "deposits",
     # what is paid to make good a loss: "1,13 milliard d'indemnisations", "3,8 millions d'indemnités"
     "indemnités", "indemnité", "indemnisation", "indemnisations", "dédommagement", "dédommagements",
     "compensation", "indemnities",
     # what a court or a service charges: "7 millions de frais de justice", "$2 million in fees"
     "frais", "fees", "costs", "honoraires",
     # a company's takings: "nearly 32 billion turnover", "un chiffre d'affaires de 2 milliards" is said apart
     "turnover", "earnings", "income",
     # what is put into a country or a firm: "600 milliards d'investissements supplémentaires"
     "investissements", "investissement", "investments", "investment",
     # what donors promise: "seuls 190 millions d'engagements", "$1.5 billion of pledges"
     "engagements", "pledges", "promesses"}
)  # fmt: skip
#: Nouns of the unit table an English text mostly uses for places ("three construction sites"): a French
#: "sites" are websites ("50 sites frauduleux"), an English one a raw noun.
_PLACES_IN_ENGLISH = frozenset({"site", "sites"})
#: Counted people a killing verb makes a toll of: "the crash killed 15 passengers", "tuant trois enfants".
_KILLABLE = t.HUMAN_UNITS - {
    "arrest",
    "death",
    "injury",
    "missing",
    "case",
    "hospitalised",
    "critical",
    "displaced",
}
#: "one" opening a range or a choice of counts: "between one and five people", "one or two deaths".
_ONE_AND_ANOTHER_NUMBER_AFTER = compile_lazily(
    rf"{_H}+(?i:and|to|or){_H}+(?:[0-9]|(?i:{_alt(w for w in t.NUMBER_WORDS['en'] if w not in ('zero', 'one'))})(?![\w]))"
)
#: After people and their injury, in the same clause: they are those still in hospital ("80 people injured in
#: the attack were still being treated in hospital", "45 blessés sont toujours hospitalisés").
_STILL_IN_HOSPITAL_AFTER = compile_lazily(
    rf"[^.;:!?\n\d]{{0,48}}?(?<![\w])(?i:were|are|remain|remained|sont|restent|étaient|demeurent)"
    rf"(?:{_H}+(?i:still|toujours|encore|being))*{_H}+(?i:treated{_H}+in{_H}+hospital|in{_H}+hospital"
    rf"|hospitali[sz]ed|hospitalisée?s?|à{_H}+l['’]hôpital|soignée?s?{_H}+à{_H}+l['’]hôpital)(?![\w])"
)
#: The scale of cents and centimes: hundredths of a currency.
_HUNDREDTH = Decimal("0.01")
#: The scale of a billion ("milliard"), from which a bare scaled number is rarely a count of anything.
_BILLION = Decimal(1_000_000_000)
#: What a count of "one" may be a key figure of: a toll ("one person died", "one other was injured").
_TOLL_OF_ONE = frozenset({"death", "injury", "missing", "arrest", "hospitalised", "critical"})
#: People named by their work, after the noun of where they work: "government worker", "bank employee".
_WORKER_NOUNS = (
    "worker", "employee", "official", "clerk", "manager", "driver", "teller", "executive", "director", "officer",
    "administrator", "staffer", "agent", "trader", "engineer", "analyst", "spokesman", "spokeswoman",
    "spokesperson", "lawyer", "accountant", "adviser", "advisor", "guard", "inspector", "economist", "secretary",
    "minister", "contractor", "consultant", "technician", "operator", "pilot", "captain", "owner", "boss",
)  # fmt: skip
#: What a "-year-old" or "-month-old" before it lasts, no age of a person: "the 16-month-old war", "a
#: decades-old dispute", "the three-week-old strike", "the 29-year-old record".
_OLD_SPAN_AFTER = compile_lazily(
    # "a nearly two-year-old Ebola outbreak": the name of what lasts, capitalised, before its noun
    rf"{_H}+(?:[A-Z][\w-]+{_H}+)?(?:civil{_H}+|military{_H}+|legal{_H}+|diplomatic{_H}+|border{_H}+|trade{_H}+)?(?i:wars?|conflicts?|crisis"
    r"|disputes?|standoff|stand-off|ban|ceasefire|truce|blockade|siege|occupation|invasion|offensive|insurgency"
    r"|rebellion|uprising|campaign|strike|lockout|walkout|investigation|probe|inquiry|moratorium|drought|shutdown"
    r"|lockdown|pandemic|outbreak|epidemic|feud|rivalry|battle|fighting|struggle|protests?|movement|mission"
    r"|operation|search|manhunt|career|marriage|relationship|reign|rule|presidency|regime|junta|government"
    r"|stalemate|negotiations|talks|records?|tradition|law"
    # "the 40-year-old company, which": what has stood that long (an institution, a building, a craft)
    r"|company|firm|business|brand|chain|retailer|institution|newspaper|bank|organi[sz]ation|treaty|bridge"
    r"|building|dam|plant|factory|vessel|aircraft|airliner)(?![\w-])"
    # not a person the noun qualifies: "a 53-year-old government administration worker", "bank employee"
    rf"(?!{_H}+(?:[a-z]+{_H}+)?(?i:{_alt(_WORKER_NOUNS)})s?(?![\w]))"
)
#: A record, then "vieux de" before its years: how long it stood, no one's age.
_RECORD_OLD_BEFORE = _ending(rf"(?i:record)[^.;!?\n]{{0,80}}(?i:vieux|vieille)s?{_H}+de{_H}+")
#: Between two people's ages, the second's unit left out: ", l'autre ", ", and the other ".
_AGE_OF_THE_OTHER_RE = compile_lazily(rf",{_H}*(?:(?i:et|and){_H}+)?(?i:l['’]autre|the{_H}+other){_H}+")
#: What says the number after it is the first of two people's ages: "l'un avait", "one was", "the elder is".
_THE_ONE_WAS_BEFORE = _ending(
    rf"(?<![\w])(?i:l['’]une?|one|the{_H}+(?:first|elder|older|younger))(?:,)?{_H}+(?i:avait|a|was|is|était){_H}+"
)
#: What befalls a person, said after a number: the fate of "a man of 52", not a count of 52.
_FATE_OF_A_PERSON = _TOLL_OF_ONE | {"survivor"}
#: Nouns that say no more than "people": what happened to them is what they count.
_ANY_PEOPLE = frozenset({"person", "man", "woman"})
#: What may befall people a count names by a noun outside the unit table (see :meth:`_Extractor.counted_noun`).
_HARMS = frozenset({"death", "injury", "missing", "hospitalised"})
#: A person, then "of", before a bare number: "a man of 52", "two boys of 6 and 7", "of six and seven" (their
#: ages).
_PERSON_OF_BEFORE = _ending(
    # (not a parent: "a mother of 3" has three children)
    rf"(?<![\w])(?i:man|woman|men|women|boys?|girls?|child|children|teenagers?|pensioners?)"
    rf"{_H}+(?i:of){_H}+(?:(?:[0-9]{{1,3}}|[^\W\d_]+){_H}+(?i:and|or){_H}+)?"
)
#: "of" and a hedge after a noun the count that follows belongs to: " of at least ", " de plus de ".
_OF_HEDGED = rf"{_H}+(?i:of|de|d['’])(?:{_H}*(?i:at{_H}+least|au{_H}+moins|more{_H}+than|plus{_H}+de|some|quelque)|)?{_H}*"
#: The deaths of people counted after: "the death of 179 individuals", "le décès de 25 de nos employés".
_DEATH_OF_BEFORE = _ending(rf"(?<![\w])(?i:deaths?|décès|la{_H}+mort){_OF_HEDGED}")
#: The verb of a change right before the rate it changed by: "were up 39 per cent", "fell by 5%".
_CHANGE_BY_BEFORE = _ending(
    rf"(?<![\w])(?i:up|down|rose|risen|fell|fallen|increased|decreased|climbed|jumped|dropped|grew|declined|gained"
    rf"|lost)(?:{_H}+(?i:by))?{_H}+"
)
#: Between a rate and the one it moved from: ", up from ", " of the vote, down from ".
_RATE_UP_FROM_GAP_RE = compile_lazily(
    rf"(?:{_H}+(?i:of|des?|du){_H}+(?:(?i:the|les?|la){_H}+)?[^\W\d_]+)?,?{_H}+(?i:up|down){_H}+(?i:from){_H}+"
)
#: Between a new value and the one it changed from: " from ", " Sunday from ", " on Monday from ".
_FROM_AFTER_THE_NEW_VALUE = compile_lazily(rf"(?:{_H}+[^\W\d_]+){{0,2}}{_H}+(?i:from){_H}+")
#: The noun of a toll as the subject of "sont", the count after it: "les disparus sont cinq", "les blessés
#: sont au nombre de douze".
_FATE_NOUN_SUBJECT_BEFORE = _ending(
    rf"(?<![\w])(?i:les){_H}+(?P<w>[^\W\d_]+){_H}+(?i:sont|étaient|restent)(?:{_H}+(?i:désormais|maintenant))?"
    rf"(?:{_H}+(?i:au{_H}+nombre{_H}+de))?(?:{_H}+(?i:au{_H}+moins))?{_H}+"
)
#: A cause of death before the people who died: "a provoqué la mort d'une femme", "caused the death of one man".
_CAUSED_THE_DEATH_OF_BEFORE = _ending(
    rf"(?<![\w])(?:(?i:provoqué|provoquant|causé|causant|entraîné|entraînant){_H}+la{_H}+mort{_H}+(?i:d['’])"
    rf"|(?i:caused|causing){_H}+the{_H}+deaths?{_H}+of{_H}+)"
)
#: The remains a count of people is of: "the bodies of 12 migrants", "les corps de 12 migrants", "les dépouilles
#: de".
_BODIES_OF_BEFORE = _ending(rf"(?<![\w])(?i:bodies|corps|dépouilles){_OF_HEDGED}")
#: What :data:`_RETIRING_AT_BEFORE` holds, lowercased.
_RETIREMENT_HINTS = ("retire", "pension", "working until", "work until", "retraite", "travaill")
#: The age people retire at, said before a bare number in its clause: "raising the retirement age for women
#: from 64 to 65", "the pension age to 67", "retire at 60", "keep working until 65", "la retraite à 64".
_RETIRING_AT_BEFORE = compile_lazily(
    r"(?i:(?:retirement|pension|pensionable)\s+age|retir(?:e|es|ing|ed)\s+(?:early\s+)?at|working\s+until"
    r"|work\s+until|travaill\w*\s+(?:\w+\s+)?jusqu['’]à"
    r"|âge\s+(?:légal\s+)?(?:de\s+(?:départ\s+(?:à\s+la\s+)?)?)?(?:la\s+)?retraite)"
    r"[^.;!?\n]*$"
)
#: Working until an age: "j'ai travaillé jusqu'à 108 ans", "worked until 70".
_WORKED_UNTIL_BEFORE = _ending(
    rf"(?<![\w])(?i:travaill\w*|work(?:ed|ing|s)?){_H}+(?:[^\W\d_]+{_H}+)?(?i:jusqu['’]{_H}?à|until|till){_H}+(?i:l['’]âge{_H}+de{_H}+)?"
)
#: The youngest a person said to work until an age is.
MIN_WORKING_AGE = 14
#: The seats of a vehicle or a hall before a bare number: "a seating strength of 42", "its seating capacity of
#: 1,200".
_SEATING_OF_BEFORE = _ending(rf"(?<![\w])(?i:seating){_H}+(?i:strength|capacity){_H}+(?i:of|is|was){_H}+")
#: People a search is for: "the search for four miners", "pour retrouver 21 mineurs".
_SOUGHT_PEOPLE = frozenset(
    {"person", "man", "woman", "child", "worker", "passenger", "fisherman", "migrant", "mineurs"}
)
#: What :data:`_SEARCH_FOR_BEFORE` holds, lowercased.
_SEARCH_HINTS = ("search", "looking for", "retrouver", "recherche", "nouvelles")
#: ... and those no one has heard from: "Les autorités restent sans nouvelles de dix autres personnes".
_SEARCH_FOR_BEFORE = _ending(
    r"(?<![\w])(?i:search(?:es|ing)?\s+(?:continues?\s+|goes\s+on\s+)?for|looking\s+for|retrouver"
    r"|(?:à\s+la\s+)?recherche\s+(?:de|des)|sans\s+nouvelles?\s+(?:de|des))"
    r"\s+(?:(?:the|les|remaining|last|derniers|dernières)\s+)*"
)
#: What the words before a count of people make of them, the first that fits: each pattern's hints (one is in
#: every text it matches in), how far before the count it is looked for, and the unit: "confirmed the death of
#: 179 individuals", "le décès de 25 employés"; "the bodies of 12 migrants washed ashore", "les corps de 12
#: migrants"; "The search for four miners continues" (those not found).
_PEOPLE_OF_BEFORE = (
    (("death", "décès", "mort"), _DEATH_OF_BEFORE, 40, "death"),
    (("bodies", "corps", "dépouilles"), _BODIES_OF_BEFORE, 40, "body"),
    (_SEARCH_HINTS, _SEARCH_FOR_BEFORE, 48, "missing"),
)
#: The verbs of :data:`_KILLED_BEFORE` that injure rather than kill.
_INJURING = ("injur", "wound", "bless")
#: "from one day to the next", "d'une année à l'autre", "d'un jour sur l'autre", read as a duration up to its
#: unit: the idiom of a variation ...
_TO_THE_NEXT_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:to){_H}+(?i:the{_H}+next|another)|à{_H}+l['’]{_H}*autre|(?i:sur){_H}+l['’]{_H}*autre)(?![\w])"
)
#: ... and "one X to the next" or "to another", read as a count ("from one country to the next").
_ONE_TO_THE_NEXT_AFTER = compile_lazily(rf"{_H}+[^\W\d_]+{_TO_THE_NEXT_AFTER.pattern}")
#: Nouns of how a text reasons, which a small number word counts without counting anything of the story: "deux
#: facteurs", "two reasons", "l'un des deux critères".
_ABSTRACT_NOUNS = frozenset(
    "facteur facteurs raison raisons critère critères façons manières scénarios factor factors reason reasons"
    " criteria criterion ways scenarios"
    # "The tariff is built from four elements", "Le prix comprend quatre éléments": how a thing is made up
    " elements éléments components composantes pillars piliers"
    # "les deux chiffres divergent", "two options on the table", "trois pistes": what a text weighs, no count
    " chiffres hypothèses hypotheses options pistes volets axes priorités priorities objectifs objectives"
    # "attributed to two causes", "the two figures", "on two fronts", "two subjects": what a text argues about
    " causes cause figures fronts front subjects sujets questions aspects"
    # "Here are seven key take-aways", "cinq enseignements à retenir": how an article is laid out
    " takeaways take-aways enseignements leçons lessons"
    # "espionage and sabotage, two major concerns": what a report worries about, no count
    " concerns worries préoccupations inquiétudes".split()
)
#: "one day" as "someday": after a modal or "to" ("could one day", "hopes to one day fly"), or before a verb
#: in -ing ("one day sending astronauts to Mars").
_SOMEDAY_BEFORE = _ending(rf"(?<![\w])(?i:will|would|could|might|may|can|should|must|to|might{_H}+well){_H}+")
_SOMEDAY_AFTER = compile_lazily(rf"{_H}+[a-z]+ing(?![\w])")
#: A superlative before a change's window: "its worst two-day decline ever", "the biggest three-day gain".
_SUPERLATIVE_BEFORE = _ending(
    rf"(?<![\w])(?i:worst|best|biggest|largest|steepest|sharpest|strongest|weakest|deepest|greatest){_H}+"
)
#: A sentence opening on the window of what it tells: "Over one year, prices have fallen".
_WINDOW_OPENING_BEFORE = _ending(rf"(?:^|[.!?:]{_H}+|\n)(?i:over|in|within){_H}+")
#: A noun of a change right after a compound of one unit: "the largest one-year fall", "a one-day drop".
_CHANGE_NOUN_AFTER = compile_lazily(
    rf"{_H}+(?i:fall|rise|drop|increase|decline|decrease|gain|jump|surge|slump|growth|loss|advance)s?(?![\w])"
)
#: One person a report quotes, no count: "One woman, who declined to be named, said", "one victim described".
_ONE_SPEAKER_AFTER = compile_lazily(
    rf"{_H}+(?i:person|man|woman|victim|witness|survivor|resident|relative|neighbou?r|official|source|mother"
    rf"|father)(?:,?{_H}+(?i:who|whose)|{_H}+(?i:said|says|told|tells|described|recalled|explained|added|wrote"
    rf"|posted|left|took))(?![\w])"
)
#: What befell the one person after "une", which makes it a toll of one: "Une personne est portée disparue",
#: "une personne a été tuée"; "une femme a perdu la vie" tells of someone, as "a woman died" does.
#: The verb before what befell someone: "est", "a (été)", "reste".
_FATE_VERB = rf"(?i:est|a|était|avait|reste|restait|demeure){_H}+"
_ONE_FATE = (
    rf"(?:{_FATE_VERB})?"
    rf"(?:(?i:été|toujours|encore|également|aussi|en{_H}+revanche){_H}+)*"
    rf"(?:(?P<death>(?i:morte?|décédée?|tuée?|a{_H}+trouvé{_H}+la{_H}+mort|perdu{_H}+la{_H}+vie|péri))"
    rf"|(?P<injury>(?i:blessée?))|(?P<missing>(?i:(?:portée?{_H}+)?disparue?|recherchée?))"
    rf"|(?P<arrest>(?i:arrêtée?|interpellée?|appréhendée?))|(?P<hospitalised>(?i:hospitalisée?))"
    rf"|(?P<critical>(?i:dans{_H}+un{_H}+état{_H}+(?:critique|grave))))(?![\w])"
)
_ONE_FATE_AFTER = compile_lazily(rf"{_H}+(?:(?i:autre){_H}+)?(?i:personne){_H}+{_ONE_FATE}")
#: "..., dont une a été hospitalisée", "dont un est mort": one of the people just counted, and what befell them.
_ONE_OF_THEM_FATE_AFTER = compile_lazily(rf"{_H}+{_FATE_VERB}{_ONE_FATE}")
#: What makes an age one to come, or one a person would have reached: "She turns 40, and", "aura 32 ans le 15
#: mars", "fêtera ses 90 ans".
_AGE_TO_COME_BEFORE = _ending(
    rf"(?<![\w])(?:(?i:will|would|shall)(?:{_H}+(?i:have))?{_H}+(?i:turn|turned|be|been)|(?i:turns|turning)"
    rf"|(?i:aura|aurait|aurait{_H}+eu|auraient{_H}+eu|aurai[st]{_H}+fêté{_H}+ses|va{_H}+avoir|vont{_H}+avoir"
    rf"|fêtera{_H}+ses|fêteront{_H}+leurs|soufflera{_H}+ses"
    # "Il ne sortira pas avant ses 84 ans", "until he is 90": the age a release comes at
    rf"|avant{_H}+ses|avant{_H}+leurs|d['’]ici{_H}+ses|until{_H}+(?:he|she){_H}+is))(?:{_H}+(?i:bientôt|soon|just))?{_H}+"
)
#: A verb of arresting right before a count of people: "police arrested 1,311 people", "ont interpellé 994
#: personnes", "detained more than 200 people".
_ARRESTED_BEFORE = _ending(
    rf"(?<![\w])(?i:arrested|arresting|detained|detaining|interpellé|interpellant|arrêté|arrêtant)"
    rf"{_H}+(?:(?i:at{_H}+least|more{_H}+than|some|nearly|about|over|au{_H}+moins|plus{_H}+de|près{_H}+de"
    rf"|environ|quelque){_H}+)?"
)
#: What :data:`_ARRESTED_BEFORE` holds, lowercased.
_ARREST_STEMS = ("arrest", "detain", "interpell", "arrêt")
#: Between a part and the span it is part of: "Two of the three years", "deux des trois ans".
_PART_OF_TERM_RE = compile_lazily(
    rf"{_H}+(?i:of{_H}+(?:the|its|his|her|their)|des|de{_H}+ses|de{_H}+leurs){_H}+"
)
#: After a part of a prison term: "dont trois avec sursis et deux ferme", "one suspended".
_TERM_PART_AFTER = compile_lazily(rf"{_H}+(?i:avec{_H}+sursis|ferme|fermes|suspended)(?![\w])")
#: Words saying the years listed after them are ages: "The ages of the children are", "their ages range from".
_AGES_ARE_RE = compile_lazily(
    r"(?<![\w])(?i:ages)(?:\s+of(?:\s+[\w'’-]+){1,4})?\s+(?i:are|were|range|ranged|ranging)(?![\w])"
)
#: A threshold named before a rate: "la barre (critique) des 50 %", "le seuil de 5 %", "a threshold of 5%".
_THRESHOLD_BEFORE = _ending(
    rf"(?<![\w])(?i:barre|seuil|threshold|hurdle)(?:{_H}+(?i:critique|symbolique|fatidique|électoral|legal|"
    rf"minimum|required))?{_H}+(?i:des|de|du|of|at){_H}+"
)
_THRESHOLD_HINTS = ("barre", "seuil", "threshold", "hurdle")
#: ... or after it: "the 50% threshold", "the 5% hurdle", "a 5 per cent barrier".
_THRESHOLD_AFTER = compile_lazily(rf"{_H}+(?i:threshold|hurdle|barrier)(?![\w])")
#: A part counted, then "of the" before the whole it is of: "Five of the six on board", "two of the three".
_PART_OF_THE_BEFORE = _ending(
    rf"(?<![\w])(?:[0-9]+|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all|both))"
    rf"{_H}+(?i:of){_H}+(?i:the|its|their){_H}+"
)
#: Between a number whose hyphen hangs and the age it shares: "a 25- and a 31-year-old", "18- or 19-year-olds".
_SUSPENDED_HYPHEN_GAP_RE = compile_lazily(rf"-{_H}+(?i:and|or|to|et|ou)(?:{_H}+(?i:an?))?{_H}+")
#: After a part of a span just given, its share said by "of which": "an 18-month ban, eight of which will be
#: commuted".
_PART_OF_WHICH_AFTER = compile_lazily(rf"{_H}+(?i:of){_H}+(?i:which|them)(?![\w])")
#: Between a span and its second part, the unit left unsaid: "dix mois de suspension et huit de mise à
#: l'épreuve" (the first part's noun, then "et" or a comma).
_TERM_PARTS_BETWEEN_RE = compile_lazily(rf"{_H}+de{_H}+(?:[^\W\d_]+['’]?{_H}*){{1,4}}?(?:,|{_H}et){_H}+")
#: Between a span and its part said by "of which": the span's noun, then a comma ("an 18-month ban, eight").
_TERM_NOUN_COMMA_RE = compile_lazily(rf"(?:{_H}+[^\W\d_]+){{0,3}}{_H}*,{_H}*")
_PART_NOUN_AFTER = compile_lazily(rf"{_H}+(?:de|d['’]){_H}*(?=[^\W\d_])")
#: After a bare number, what makes it a difference from an amount just given: "C'est 150 de plus que", "40 more
#: than".
_MORE_THAN_AFTER = compile_lazily(
    rf"{_H}+(?i:de{_H}+(?:plus|moins){_H}+que|more{_H}+than|less{_H}+than)(?![\w])"
)
#: How far after an amount a bare number of :data:`_MORE_THAN_AFTER` may be.
AMOUNT_MORE_REACH = 120
#: A verb whose object is a toll: "a fait un mort", "faisant un blessé", "on déplore un disparu".
#: Another count of a toll right after a toll of one: "Un mort et deux blessés", "un blessé et 3 disparus".
_AND_ANOTHER_TOLL_AFTER = compile_lazily(
    rf"{_H}+(?i:mort|blessé|blessée|disparu|disparue|dead|injured|missing){_H}+(?i:et|and){_H}+"
    rf"(?:[0-9]+|(?i:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|nine|ten))"
    rf"{_H}+(?i:morts?|blessés?|disparus?|dead|injured|missing)(?![\w])"
)
_TOLL_VERB_BEFORE = _ending(
    rf"(?<![\w])(?i:fait|faisant|causé|causant|provoqué|provoquant|déplore|déplorait|compte|comptait)"
    rf"{_H}+(?:(?i:au{_H}+moins|encore){_H}+)?"
)
#: A line's label before a count: "People killed: 501" (a table of a toll, one row per line, or its rows run
#: together: "People killed: 501 People injured: 1,523").
_LABEL_BEFORE = _ending(
    rf"(?:^|(?<=\n)|(?<=[0-9]{_H}))(?P<label>[^\W\d_][^\W\d_ '’-]*(?:{_H}[^\W\d_][^\W\d_'’-]*){{0,3}}){_H}?:{_H}*"
)
#: A week named by its number: "la semaine 12", "entre les semaines 11 et 13", "in week 12", "weeks 3 to 5".
_WEEK_NUMBER_BEFORE = _ending(
    rf"(?<![\w])(?i:la|les|de|des|en|the|in|of|from|between|by|since|depuis|pendant|during){_H}+"
    # "in epidemiological week 39", "la semaine épidémiologique 39"
    rf"(?:(?i:epidemiological|epi){_H}+)?(?i:semaines?|weeks?){_H}+(?:(?i:épidémiologiques?){_H}+)?"
    rf"(?:[0-9]{{1,2}}{_H}+(?i:et|and|à|to|au|-){_H}+)?"
)
#: "d'entre eux" after a count, and what they were if said: "38 d'entre eux étaient étudiants".
_AMONG_THEM_AFTER = compile_lazily(
    rf"{_H}+d['’]entre{_H}+(?P<who>eux|elles|nous)(?:{_H}+(?:étaient|sont|seraient|ont{_H}+été|(?:étaient|sont){_H}+des)"
    rf"{_H}+(?P<w>[^\W\d_]+))?"
)
#: A group of people a count is part of, with no number: "of the injured (people)", "of the dead".
_PART_OF_GROUP_AFTER = compile_lazily(
    rf"{_H}+(?i:of){_H}+(?i:the|those){_H}+(?P<w>[^\W\d_]+)(?:{_H}+(?i:people|persons))?(?![\w])"
)
#: A count that is a part of a count said after it: "Sixty-six of 85 injured were hospitalised", "twelve of
#: the 30 passengers died", "66 des 85 blessés" (``n``: the whole's number, ``w``: its noun).
_PART_OF_COUNT_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:of)(?:{_H}+(?i:the|those|these|its|their))?|des){_H}+(?P<n>[0-9][0-9.,]*|[^\W\d_]+(?:-[^\W\d_]+)*)"
    rf"{_H}+(?P<w>[^\W\d_][\w'’-]*)"
)
#: Before the whole of such a part: what happens to the part is not what the whole counts ("of the 30
#: passengers" did not all die).
_PART_OF_COUNT_BEFORE = _ending(
    rf"(?<![\w])(?P<n>[0-9][0-9.,]*|[^\W\d_]+(?:-[^\W\d_]+)*){_H}+(?:(?i:of)(?:{_H}+(?i:the|those|these))?|des){_H}+"
)
#: French cases said to be fatal: "100.306 cas d'overdoses fatales", "12 cas mortels".
_FATAL_CASES_AFTER = compile_lazily(
    rf"{_H}+(?i:cas)(?:{_H}+(?i:de){_H}+[^\W\d_]+|{_H}+(?i:d['’])[^\W\d_]+)?{_H}+"
    rf"(?i:mortels?|mortelles?|fatals?|fatales?|létaux|létales?)(?![\w])"
)
#: English cases said to be fatal: "including three fatal cases", "two fatal overdose cases".
_FATAL_CASES_EN_AFTER = compile_lazily(
    rf"{_H}+(?i:fatal|deadly|lethal)(?:{_H}+[^\W\d_]+)?{_H}+(?i:cases?)(?![\w])"
)
#: What may open a French noun of a person: "ex-procureur", "ancien-", "vice-président", "co-fondateur".
_PERSON_PREFIX_RE = compile_lazily(r"^(?:ex|vice|co|néo|sous|demi|arrière|grand|petite?)-")
#: How many words a heading may have (see :meth:`_Extractor.heading`).
HEADING_WORDS = 10
#: How long a line's label may be.
LABEL_REACH = 40
_TO_HOSPITAL_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:to|in|into){_H}+(?:(?i:the|a){_H}+)?(?:(?i:nearby|local|nearest|regional){_H}+)?(?i:hospitals?)|(?i:à|vers|dans){_H}+(?:l['’]|un{_H}+|des{_H}+)"
    rf"(?i:hôpital|hôpitaux|centre{_H}+hospitalier))(?![\w])"
)
#: What follows "lost" or "perdu" when people died: "their lives", "la vie".
_LIVES_AFTER = compile_lazily(rf"{_H}*(?i:(?:their|his|her){_H}+lives?|la{_H}+vie|la{_H}+mort)\b")
#: What an amount paid as a sanction is called after it: "4,4 millions de dommages et intérêts", "$2 million in
#: damages", "in fines".
#: The currency of the amount before, said after a scaled number: "90 millions de la même monnaie", "in the same
#: currency".
_SAME_CURRENCY_AFTER = compile_lazily(
    rf"{_H}+(?i:de{_H}+la{_H}+même{_H}+monnaie|dans{_H}+la{_H}+même{_H}+monnaie|in{_H}+the{_H}+same{_H}+currency)(?![\w])"
)
_DAMAGES_AFTER = compile_lazily(
    rf"{_H}+(?i:de{_H}+dommages(?:{_H}+et{_H}+|-)intérêts|d['’]amendes?|de{_H}+dédommagements?"
    # "une amende de 730 millions d'euros et de 105 millions de réparations civiles"
    rf"|de{_H}+réparations?(?:{_H}+civiles?)?|d['’]indemnités?|d['’]indemnisations?"
    rf"|in{_H}+(?:damages|fines|penalties|compensation|restitution))(?![\w])"
)
#: What takes lives in a toll: "claimed at least five lives", "cost 12 lives".
_LIVES_VERB_BEFORE = _ending(
    rf"(?<![\w])(?i:claimed|claiming|claims|claim|cost|costing|costs|took|taking|takes|taken|coûté|emporté"
    rf"|fauché){_H}+(?:(?i:at{_H}+least|more{_H}+than|over|nearly|almost|some|about|around){_H}+)?"
)
#: Lives said lost after their number: "37 lives were lost", "12 lives lost".
_LIVES_LOST_AFTER = compile_lazily(
    rf"{_H}+(?i:lives(?:{_H}+(?:were|have{_H}+been|had{_H}+been|are))?{_H}+lost"
    rf"|vies(?:{_H}+(?:ont|avaient|sont|été|désormais|déjà))*{_H}+perdues)(?![\w])"
)
#: A past participle, English or French, lowercase: "canceled", "delayed", "annulés", "retardées".
_PAST_PARTICIPLE_RE = compile_lazily(r"[^\W\d_]{3,}(?:ed|é|ée|és|ées)")
#: ... as a word of a text.
_PAST_PARTICIPLE_IN_RE = compile_lazily(r"(?<![\w])[^\W\d_]{3,}(?:ed|é|ée|és|ées)(?![\w])", re.IGNORECASE)
#: English and French past participles (and English -ing forms): what a people did, not what is counted.
#: A participle, or a French verb in the plural ("Quatre Portugais comptent parmi les morts").
_PARTICIPLE_RE = compile_lazily(r"(?:ed|ing|é|ée|és|ées|ent)$")
#: The odds of a draw: "1 in 292.2 million", "one in 11.7 million", "une chance sur 11,7 millions", "1 sur 292
#: millions", from :data:`ODDS_LEAST` chances (fewer are a rate, see ``mark_ratios``).
_ODDS_ONE_BEFORE = _ending(
    rf"(?<![\w,.])(?P<one>1|(?i:one|une?)){_H}+(?:(?i:chance){_H}+)?(?i:in|sur|out{_H}+of){_H}+"
)
ODDS_LEAST = 1000
#: The largest base of a rate said as "one in N" or "un sur N"; "neuf sites sur onze" are two counts.
_RATIO_MAX_BASE = 10
_RATIO_IN_RE = compile_lazily(rf"{_H}+(?i:in|out{_H}+of(?:{_H}+every)?){_H}+")
#: "un Canadien sur cinq", "deux sur trois": the counted noun may come between the two numbers.
_RATIO_SUR_RE = compile_lazily(rf"(?:{_H}+[^\W\d_][\w'’-]*)?{_H}+sur{_H}+")
#: What joins the items of a list right before the next one: a comma or "and"/"et".
_LIST_LINK_RE = compile_lazily(rf"(?:,|{_H}(?i:and|et)){_H}+$")
#: A place named right before a bare count that ends its clause: ", en Espagne 900.", ", in Spain 900,".
_PLACE_THEN_COUNT_BEFORE = _ending(
    rf",{_H}*(?:(?i:en|au|aux|in|la|le|les){_H}+|(?i:l)['’])(?P<p>[A-ZÉ][\w'’-]+(?:{_H}+[A-Z][\w'’-]+)?){_H}+"
)
#: How far such a place's count may be from the count of the noun it continues.
PLACE_COUNT_REACH = 100
#: How far a count in a list may be from the count of the noun it leaves out (see :data:`_LISTED_PREPOSITION_BEFORE`).
LISTED_COUNT_REACH = 160
#: The preposition right before a count, which a list of counts of one noun repeats with the noun left out: "in
#: 155 ridings, the Conservatives in 120", "dans 155 circonscriptions, les conservateurs dans 121".
_LISTED_PREPOSITION_BEFORE = _ending(rf"(?<![\w])(?P<w>(?i:in|dans|with|avec|at|à|on|sur)){_H}+")
#: What may follow such a count: the list goes on or ends, or a bracket adds to it ("dans 121 (33,5 % des voix)").
_LIST_GOES_ON_AFTER = compile_lazily(rf"[.,;]|{_H}+(?i:and|et){_H}|{_H}*\(")
#: The end of a sentence or of a clause: a stop, a semicolon, a colon, a question or exclamation mark then
#: space, or a line break.
_SENTENCE_END_RE = compile_lazily(
    # not the point of a title or a name's abbreviation ("la plateforme Mt. Gox", "Dr. Tam", "St. John's"); the
    # point first: look-behinds tried at every character would make this frequent scan 20 times slower
    r"(?:[.]"
    + "".join(
        f"(?<!\\b{a}\\.)"
        for a in ("Mt", "St", "Dr", "Mr", "Ms", "Jr", "Sr", "Co", "Mrs", "Inc", "Ltd", "Ste", "Mme")
    )
    + r"|[;:!?])\s|\n"
)
#: The end of a sentence or of a clause as :data:`_SENTENCE_END_RE` reads it, but not a colon.
_SENTENCE_END_NO_COLON_RE = compile_lazily(_SENTENCE_END_RE.pattern.replace("[;:!?]", "[;!?]"))
#: A colon right after a year: what follows tells what the year saw ("en 2019 : au moins 16 morts").
_COLON_AFTER_RE = compile_lazily(rf"{_H}*:{_H}+")


def _after_colon(text: str, pos: int) -> int:
    """Where the text after a year at ``pos`` goes on, past a colon right after it."""
    m = _COLON_AFTER_RE.match(text, pos)
    return m.end() if m else pos


_REACHED_BEFORE = _ending(
    rf"(?<![\w])(?i:rose|risen|climbed|jumped|increased|grown|grew|reached|passé|grimpé|monté|atteint)"
    rf"(?:{_H}+(?i:to|à))?{_H}+"
)
#: The distances of the races of athletics and swimming, in metres, and what names one as an event before it:
#: "the 100m", "the women's 1500m", "her 400m".
_RACE_DISTANCES = frozenset({"50", "60", "100", "110", "200", "400", "800", "1500", "3000", "5000", "10000"})
_THE_EVENT_BEFORE = _ending(rf"(?<![\w])(?i:the|a|his|her|their|its|women['’]s|men['’]s|le|du|au|un){_H}+")
_METRES_AFTER_RE = compile_lazily(
    rf"{_H}*\)|{_H}+(?i:deep|high|tall|long|wide|above|below|away|from|underground|beneath|of{_H}+(?:water|snow|rain)|"
    # a length of something laid: "more than 200m of a duct", "500m of the pipe"
    rf"of{_H}+(?:(?:a|the){_H}+)?(?:ducts?|pipes?|pipelines?|tunnels?|cables?|tracks?|fences?|hoses?|shafts?)|"
    rf"d['’]altitude|de{_H}+(?:haut|long|large|profondeur))(?![\w])"
)
_ONE_DOT_GROUP_RE = compile_lazily(r"[1-9][0-9]{0,2}\.[0-9]{3}")
#: Currencies a price is never given in to the thousandth: "153.890 euros" is 153,890 euros.
_DOT_GROUPED_CURRENCIES = frozenset({"EUR", "CHF"})
_ONE_COMMA_GROUP_RE = compile_lazily(r"[1-9][0-9]{0,2},[0-9]{3}")
#: Counted things that only come whole: a count of them with three decimals is in thousands.
_WHOLE_THINGS = t.KNOWN_UNITS - {"kilometre", "metre", "kilogram", "tonne", "litre", "gallon", "time"}
_LAST_WORD_RE = compile_lazily(r"[^\W\d_][\w-]*$")


#: After "the N" or "les N": a superlative makes N a rank ("the 10 deadliest", "les 20 plus meurtriers",
#: "les cinq meilleurs"), not a count.
_RANK_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:plus|moins){_H}+(?!(?i:de|d['’]|que|qu['’])(?![\w]))[^\W\d_]"
    rf"|(?P<w>(?i:most|least|best|worst|meilleure?s|pire?s)|[a-z]+est)(?![\w]))"
)
#: The least "à N ans" that is an age rather than a term (see :meth:`_Extractor.old_age_at`), and the words of a
#: term that rule it out ("condamné à 40 ans", "une peine portée à 50 ans", "un bail à 99 ans").
OLD_AGE_AT_LEAST = 40
_TERM_STEMS = (
    "condamn", "peine", "réclusion", "prison", "détention", "sûreté", "écop", "requis", "bail", "emprunt", "prêt",
    "concession", "contrat", "durée", "échéance", "horizon",
)  # fmt: skip
#: French verbs of a sentence given or faced, whose "de N ans" is a term: "Le couple écope de 10 années".
_SENTENCED_VERBS = frozenset(
    "écope écopent écopé écopera écoperont risque risquent encourt encourent purge purgera purgent".split()
)
#: A French superlative after the noun a number ranks: "les 20 incendies les plus meurtriers".
_FRENCH_RANK_AFTER = compile_lazily(
    rf"(?:{_H}+(?!(?i:sont|est|étaient|était|ont|a|restent|demeurent|semblent)(?![\w]))[^\W\d_]+){{1,2}}?"
    rf"{_H}+(?i:les{_H}+(?:plus|moins)){_H}+[^\W\d_]"
)
#: Words ending in "est" that are no superlative.
_NOT_SUPERLATIVES = frozenset(
    """interest forest protest contest request arrest harvest conquest suggest invest digest manifest honest
    modest earnest unrest priest tempest breast feast beast guest chest quest nest pest rest test vest west
    east behest bequest inquest midwest southwest northwest southeast northeast attest detest lest zest crest
    infest divest retest pretest""".split()
)
#: After "à N": what N parts a thing has ("une route à quatre voies", "un immeuble à deux étages").
_DESCRIPTOR_AFTER = compile_lazily(
    rf"{_H}+(?i:voies|étages|roues|portes|places|chiffres|étoiles|vitesses|cylindres|pattes|niveaux|couloirs"
    rf"|moteurs|branches|bandes|pans)(?![\w])"
)
#: A rating of one to five stars ("un hôtel classé 5 étoiles", "un palace cinq étoiles"): a grade, no count.
_STARS_AFTER = compile_lazily(rf"{_H}(?i:étoiles)(?![\w])")
_STAR_RATINGS = frozenset("1 2 3 4 5 une deux trois quatre cinq".split())
#: The digits of a number ("the last four digits", "les 4 derniers chiffres"): how it is written, no count.
_DIGITS_AFTER = compile_lazily(rf"{_H}+(?:(?i:digits)|(?i:derniers|premiers){_H}+(?i:chiffres))(?![\w])")
#: A French threshold said as a hypothesis: "si l'un de ces foyers atteignait les 6 morts", "s'il dépassait 40".
_IF_REACHED_BEFORE = _ending(
    rf"(?<![\w])(?i:si|s['’]ils?)(?![\w])[^.;:!?\n]{{0,70}}(?<![\w])(?i:atteignai|dépassai)(?i:t|ent)"
    rf"(?:{_H}+(?i:les|la|le|un|une))?{_H}+"
)


#: Imperial lengths and areas after a number: measurements outside the key figures, which the other version
#: usually converts ("1.6 miles" against "2,6 km", "13,750 hectares" against "34,000 acres"), so they would
#: only be flagged as missing from it. Metric lengths ("2,6 km", "a 6.2-kilometre tunnel", "120m high") stay
#: counted nouns: the two versions of a story give them alike and the tests match them.
_DISTANCE_WORDS = frozenset(
    "mile miles feet foot inch inches pieds pouces yards hectare hectares ha acre acres km2 km² m2 m²".split()
)
#: Before a unit of length: "2 square miles", "10 square kilometres", "40 nautical miles".
_DISTANCE_PREFIXES = frozenset({"square", "sq", "nautical"})
#: Metric lengths, an area when "carré(s)" follows: "100 kilomètres carrés".
_METRIC_LENGTHS = frozenset(
    """km kms kilometre kilometres kilometer kilometers kilomètre kilomètres metre metres meter meters
    mètre mètres""".split()
)
#: Rain and snow: "200 millimetres of rain", "90-100 mm", "30 centimètres de neige".
_PRECIPITATION_UNITS = frozenset(
    "mm millimetres millimeters millimètres cm centimetres centimeters centimètres".split()
)
_DISTANCE_FIRSTS = _DISTANCE_WORDS | _DISTANCE_PREFIXES | _METRIC_LENGTHS | _PRECIPITATION_UNITS
_SQUARE_AFTER = compile_lazily(rf"{_H}+(?i:carrés?)(?![\w])")


_RATIO_AFTER = compile_lazily(
    rf"{_H}+(?i:plus|moins|more|less|fewer|the|as|higher|lower|larger|bigger|greater|smaller|supérieure?s?|"
    rf"inférieure?s?|that|la|le|les|au|what)(?![\w])"
)
_MAGNITUDE_AFTER = compile_lazily(
    rf"{_H}+(?i:de{_H}+magnitude|sur{_H}+l['’]échelle|on{_H}+the{_H}+richter|magnitude|in{_H}+magnitude)(?![\w])"
)
_MAGNITUDE_BEFORE = _ending(
    rf"(?i:magnitude|magnitude{_H}+(?:de|of|at|à|d['’]environ|d['’]au{_H}+moins|estimée{_H}+à|(?:supérieure|inférieure){_H}+à"
    rf"|(?:greater|higher|lower|less){_H}+than|(?:entre|between)"
    rf"(?:{_H}+[0-9][0-9.,]*{_H}+(?:et|and))?)){_H}+"
)
#: A quake named before a bare magnitude: "une réplique de 6,7", "an aftershock of 6.4", "un séisme de 5,8".
_QUAKE_OF_BEFORE = _ending(
    rf"(?<![\w])(?i:répliques?|secousses?|séismes?|aftershocks?|quakes?|earthquakes?|tremors?){_H}+(?i:de|of|d['’]){_H}*"
)
#: A quake named right after its magnitude: "the 6.2 earthquake", "a 7.8-magnitude quake".
_QUAKE_AFTER = compile_lazily(
    rf"(?:{_H}+|-)(?:(?i:magnitude){_H}+|(?i:magnitude)-)?(?i:earthquakes?|quakes?|tremors?)(?![\w])"
)
#: A number from 1 to 9 with one decimal: what a magnitude looks like.
_ONE_DECIMAL_RE = compile_lazily(r"[1-9][.,][0-9]")
_RANGE_OPEN_BEFORE = _ending(rf"(?<![\w])(?i:entre{_H}+|de{_H}+|d['’])")
_RANGE_TO_AFTER = compile_lazily(
    rf"{_H}+(?i:à|et){_H}+(?:[0-9]|(?i:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente"
    rf"|quarante|cinquante|soixante|cent)(?![\w]))"
)
#: A second place joined to the one named after a count: "en Allemagne et au Royaume-Uni", "in Germany and the
#: UK".
_SECOND_PLACE_AFTER = compile_lazily(
    rf"{_H}+(?i:et|and){_H}+(?:(?i:au|aux|en|à|in|the){_H}+)?(?P<p>[A-ZÉÎ][\w'’-]+(?:-[A-Z][\w'’-]+)*)"
)
#: Between the two ends of a range: "1.5% to 1.75", "2 % à 2,5".
_RANGE_GAP_RE = compile_lazily(rf"{_H}*(?:-|–|(?i:to|à|and|et){_H}+)")
#: What opens a range of values: "a range of", "between", "entre", "une fourchette de".
_RANGE_OPENING_BEFORE = _ending(
    rf"(?<![\w])(?i:range{_H}+of|between|from|entre|de|fourchette{_H}+de|target{_H}+of){_H}+"
)
#: A measure given for two groups, its unit said once (see :meth:`_Extractor.parallel`).
_PARALLEL_KINDS = frozenset({"duration", "percent", "temperature", "age"})
_PARALLEL_GROUP = (
    rf"(?i:for|pour|among|chez|in|en|au|à|from)(?:{_H}+(?i:the|les|la|le|l['’]))?{_H}*[^\W\d_][\w'’-]*"
)
_PARALLEL_BETWEEN = compile_lazily(
    rf"{_H}+{_PARALLEL_GROUP}{_H}*,?{_H}+(?i:and|et|against|contre|while|alors que){_H}+"
)
#: ... and between the scaled amounts of a list: "110 millions pour Paris, 244 pour Berlin ou 350".
_AMOUNT_LIST_BETWEEN = compile_lazily(rf"{_H}+{_PARALLEL_GROUP}{_H}*(?:,?{_H}+(?i:and|et|or|ou){_H}+|,{_H}+)")
_PARALLEL_AFTER = compile_lazily(rf"{_H}+{_PARALLEL_GROUP}")
#: What makes years a prison term: "douze ans de prison", "cinq ans d'emprisonnement", "deux ans ferme", "three
#: years in prison".
_PRISON_TERM_AFTER = compile_lazily(
    rf"{_H}+(?i:de{_H}+(?:prison|réclusion|détention)|d['’](?:emprisonnement|incarcération)|fermes?"
    rf"|avec{_H}+sursis|in{_H}+(?:prison|jail)|behind{_H}+bars|of{_H}+(?:imprisonment|prison))(?![\w])"
)
#: Between a prison term and the part of it to serve or suspended: "quatre ans de prison, dont deux ferme".
#: In English, "five years in jail, three of them suspended".
_PART_OF_TERM_BETWEEN = compile_lazily(
    rf"[^.;!?\n0-9]{{0,40}}(?:(?<![\w])(?i:dont){_H}+|,{_H}*(?:(?i:with){_H}+)?)"
)
_SERVED_OR_SUSPENDED_AFTER = compile_lazily(
    rf"{_H}+(?i:fermes?|avec{_H}+sursis|assortis?{_H}+(?:du|d['’]un){_H}+sursis|sous{_H}+bracelet"
    rf"|of{_H}+(?:them|which){_H}+(?:(?:are|were|to{_H}+be){_H}+)?(?:suspended|served|on{_H}+probation)"
    rf"|suspended|to{_H}+be{_H}+served)(?![\w])"  # "five years in prison, with three suspended"
)
#: A magnitude named earlier in the sentence: "la magnitude du séisme à 7,5, ..." (see magnitude_listed).
_MAGNITUDE_IN_SENTENCE_BEFORE = compile_lazily(r"(?i:magnitude|richter)[^.!?\n]*$")
_TENTH_RE = compile_lazily(r"[0-9][.,][0-9]")
_SCALE_OR_PERCENT_AFTER = compile_lazily(
    rf"{_H}*(?:%|°|(?i:per|pour|percent|millions?|milliards?|billions?|thousand|mille|degr))"
)
#: People said as the subject of a count: "Ils sont pourtant 5,5 millions à", "elles étaient plus de 2
#: millions".
_THEY_ARE_BEFORE = _ending(
    rf"(?<![\w])(?i:ils|elles){_H}+(?i:sont|étaient|seront|furent)(?:{_H}+(?i:pourtant|désormais|encore|déjà|ainsi"
    rf"|donc|aujourd['’]hui|près{_H}+de|plus{_H}+de|environ|quelque))*{_H}+"
)
#: A verb of counting visitors or members, with "en" standing for what it counts: "le musée en a compté près de
#: neuf millions", "il en accueille 10 millions par an"; or welcoming them: "the museum welcomed 8.7 million".
_COUNTED_THEM_BEFORE = _ending(
    rf"(?<![\w])(?:(?i:en){_H}+(?:(?i:a|avait|ont|avaient|aura|auront){_H}+)?(?i:compté|comptait|compte|comptaient"
    rf"|accueilli|accueille|accueillait|reçu|reçoit|recensé|recense|enregistré|enregistre|attiré|attire)"
    rf"|(?i:welcomed|welcomes|attracted|attracts|drew|draws|hosted|hosts))"
    rf"(?:{_H}+(?i:près{_H}+de|plus{_H}+de|environ|quelque|nearly|almost|about|around|some|over|more{_H}+than))?{_H}+"
)
#: What names the Swiss franc, or Switzerland, in a text: its "francs" are then Swiss ones.
_SWISS_FRANC_RE = compile_lazily(r"(?i:suisses?|swiss|switzerland|helvétique)|\bCHF\b")
#: "Canadian" after an amount in bare dollars, no noun after it: "$500,000 Canadian (US$359,000) in cash",
#: "$2.5 billion Canadian (US$1.8 billion)", "a $15-billion Canadian (US$10.7 billion) project".
_CANADIAN_AFTER = compile_lazily(
    rf"(?:(?:{_H}+|-)(?i:thousand|million|billion|trillion)|(?i:m|bn|k))?{_H}+Canadian(?:{_H}+dollars?)?(?![\w-])"
    # a noun after it is what is counted ("$500 Canadian tourists"); a preposition is not ("about $19 billion
    # Canadian for the F-35 purchase")
    rf"(?!{_H}+(?!(?:for|in|to|on|of|from|by|at|and|or|as|per|over|into|toward|towards|the|a|an)(?![\w]))[a-z])"
)
#: A bare amount's conversion into US dollars right after it: "$70 billion (US$52 billion)": the bare dollars
#: are another country's.
_US_CONVERSION_AFTER = compile_lazily(
    rf"{_H}*\((?:(?i:about|roughly|some|around|nearly|environ){_H}+)?(?:US|U\.S\.){_H}?\$"
)
#: A word for an amount, then its clause's verb of totalling before a bare scaled number: "les pertes
#: financières liées à ces fraudes ont totalisé 4,2 millions", "le prix ... sera compris entre 5,8 milliards",
#: "losses tied to the scheme amounted to 3 million".
_MONEY_NOUN_TOTAL_BEFORE = _ending(
    rf"(?<![\w])(?i:pertes|losses|prix|price|coûts?|costs?|montants?|amounts?|valeur|value|chiffre{_H}+d['’]affaires"
    rf"|revenue|sales|bénéfices?|profits?|dettes?|debts?|déficits?|deficits?|rançons?|ransoms?|amendes?|fines?)"
    rf"(?:{_H}+[^\W\d_]+(?:['’][^\W\d_]+)?|{_H}+[0-9]+{_H}*%){{1,10}}"
    rf"{_H}+(?i:totalis[ée]e?s?|atteint|atteignent|s['’]élèvent{_H}+à|s['’]élève{_H}+à|(?:sera{_H}+|est{_H}+)?comprise?s?"
    rf"{_H}+entre|amounted{_H}+to|total+ed|reached|came{_H}+to|stood{_H}+at|(?:will{_H}+be{_H}+|is{_H}+)?between)"
    rf"(?:{_H}+(?i:environ|about|around|nearly|almost|près{_H}+de|plus{_H}+de|more{_H}+than|some))?{_H}+"
)
#: What :data:`_MONEY_NOUN_TOTAL_BEFORE` holds, lowercased or as written: its verbs' stems.
_MONEY_TOTAL_CUES = (
    "totali", "atteign", "atteint", "élève", "compris", "amounted", "totaled", "totalled", "reached", "came to",
    "stood at", "between",
)  # fmt: skip
_MONEY_NOUN_BEFORE = _ending(
    # "coûtera désormais 380 millions à la Ville": the verb of a cost
    # "Sur ce total, 850 millions seront ...", "Of that amount, 1.2 billion ...": a part of the sum just said
    rf"(?<![\w])(?i:(?:sur|de|of|from){_H}+(?:ce|cette|this|that){_H}+(?:total|montant|somme|amount|sum),"
    rf"|amendes?|fines?|budgets?|coûts?|costs?|coûtera|coûteront|coûterait|coûtait|coûté|coûter"
    rf"|rançons?|ransoms?|pertes|losses|montants?|amounts?|"
    rf"prix|price|dettes?|debts?|déficits?|deficits?|excédents?|surplus(?:es)?|subventions?|investissements?|"
    rf"investments?|préjudices?|"
    rf"damages|dommages|valeur|worth|valued{_H}+at|évaluée?s?{_H}+à|estimée?s?{_H}+à|sanctions?|penalty|"
    # "the first installment of 5 billion", "un premier versement de 2 milliards": a part of a sum paid
    rf"installments?|instalments?|versements?|tranches?|payments?|paiements?|"
    # "une somme de 1,35 million", "des réclamations de 14 millions", "le crédit de 6 milliards", "des pressions
    # budgétaires de 125 millions"
    rf"penalties|à{_H}+hauteur|manque{_H}+à{_H}+gagner|shortfall|sommes?|sums?|réclamations?|crédits?|"
    # "un règlement à l'amiable de 150 millions", "a settlement of 150 million": what one side pays the other
    rf"règlements?{_H}+à{_H}+l['’]amiable|settlements?|indemnités?|indemnisations?|dédommagements?|"
    # a noun quoted: "des « pressions budgétaires » de 125 millions"
    rf"budgétaires?)(?:{_H}*[»”\"])?(?:{_H}+(?i:de|d['’]|of|à|at|entre|between|totale?s?|total|record|d['’]environ|de{_H}+plus{_H}+de|"
    rf"maximum|minimum|maximale?|minimale?|désormais|now|"
    rf"environ|about|around|nearly|almost|some|quelque|près{_H}+de|plus{_H}+de|more{_H}+than|"
    rf"financières|financial|combinée?s|combined|cumulée?s|s['’]élev(?:ai)?ent|s['’]élev(?:ait|e)|atteign(?:ai)?ent|"
    rf"atteint|totalis(?:ai)?ent|reached|total+ed|amounted{_H}+to|stood{_H}+at|rose{_H}+to|"
    # "sa dette a grimpé jusqu'à atteindre 7 milliards"
    rf"a{_H}+grimpé|grimpé|bondi|atteindre|jusqu['’]à|climbed{_H}+to|grew{_H}+to|swelled{_H}+to)){{0,4}}{_H}*"
)
#: A company's or a budget's sum, then in its clause the level it reached: "ses revenus annuels avaient plongé
#: de 70 % pour s'établir à 5,8 milliards", "des profits nets de 1,48 milliard", "sa dette a atteint 7 milliards".
_MONEY_LEVEL_BEFORE = _ending(
    rf"(?<![\w])(?i:revenus?|recettes|profits?|bénéfices?|pertes?|dettes?|chiffre{_H}+d['’]affaires|dépenses|"
    rf"liquidités|trésorerie|ventes|revenues?|earnings|loss(?:es)?|debts?|sales|spending|cash|"
    # a cooperative's or a state's balance: "l'excédent avant ristournes a diminué de 892 millions"
    rf"excédents?|surplus|déficits?|deficits?|"
    # a project's cost: "sa précédente estimation s'établissait plutôt à 11,2 milliards"; not an estimate of
    # what is not a sum ("estimates of the newly poor, which range from 88 million to 115 million")
    rf"(?:estimations?|estimates?)(?!{_H}+(?:of|des?|du|d['’])(?:{_H}+(?:the|la|les|l['’]))?{_H}*"
    rf"(?!(?i:cost|coût|price|prix|damage|dégât|bill|factur|budget|loss|pert|revenue|recette|spend|dépense))\w)|"
    rf"coûts?|costs?|factures?|budgets?|"
    # a price's level: "Le prix de référence composé s'est hissé à plus de 1,1 million"
    rf"prix|prices?)(?![\w])"
    rf"[^.;!?\n]{{0,60}}(?<![\w])(?i:à|de|d['’]|of|to|at|atteint|atteignent|atteignait|atteignaient|reached|hit)"
    rf"(?:{_H}+|(?<=['’]))"
)
#: A project's cost named right after the sum it was raised to: "a porté à 14,5 milliards l'estimation du coût".
_COST_NAMED_AFTER = compile_lazily(
    rf"{_H}+(?i:l['’]estimation|le{_H}+coût|la{_H}+facture|le{_H}+budget|its{_H}+(?:cost|budget|estimate))(?![\w])"
)
#: A sum paid: "devront payer 500 millions", "verser 500 millions", "96 millions ont déjà été versés", "agreed
#: to pay 500 million".
_PAID_CUES = (
    "pay", "paid", "verse", "versé", "débours", "rembours", "spen", "dépens", "investi", "économis", "sav", "épargn",
    "empoch", "encaiss", "pocket", "promi", "promet", "pledge", "coût", "cost", "paie",
)  # fmt: skip
_PAID_VERBS = (
    r"payer|payé|payée|payés|verser|versé|versés|versée|débourser|déboursé|rembourser|remboursé|dépenser|dépensé"
    r"|investir|investi|investisse|investissent|investira|investiront|investirait|investiraient|pay|pays|paid"
    r"|paying|spend|spent|invest|invests|invested|investing|économiser|économisé|économisera|save|saved|saving"
    r"|épargner|épargné|épargnés|épargnée|épargnées|épargnera|épargneront"
    r"|empochant|empoché|empocher|encaissé|pocketed|pocketing|promis|promet|pledged|promised"
    r"|coûté|coûte|coûtent|coûtera|coûteront|coûterait|coûteraient|cost|costs|costing"
    r"|paiera|paieront|paierait|paieraient|paie|paient|payera|payeront"
)
_PAID_BEFORE = _ending(
    # "débourser au total 4,3 millions", "paying a total of $4 million": the sum's whole said between
    rf"(?<![\w])(?i:{_PAID_VERBS})(?:{_H}+(?i:au{_H}+total|en{_H}+tout|a{_H}+total{_H}+of|in{_H}+total))?"
    rf"(?:{_H}+(?i:plus{_H}+de|près{_H}+de|quelque|jusqu['’]à|more{_H}+than|about"
    rf"|environ|up{_H}+to|nearly|almost|some))?{_H}+"
)
_PAID_AFTER = compile_lazily(
    rf"(?:{_H}+(?i:qui|that))?(?:{_H}+(?i:ont|a|auront|devront|doivent|have|has|had|were|was|will|must))?"
    rf"(?:{_H}+(?i:déjà|already|réellement|être|été|be|been)){{0,3}}{_H}+(?i:{_PAID_VERBS})(?![\w])"
)
#: A noun before "toll", "count" or "tally" and the number it reached: "the death toll rose to 820", "its
#: seat count by 16".
_TALLY_BEFORE = _ending(
    rf"(?<![\w])(?P<w>[^\W\d_]+)(?:['’]s)?{_H}+(?i:toll|count|tally|total){_H}+(?:[^\W\d_]+{_H}+){{0,3}}"
    rf"(?i:by|to|of|at|reached|hit){_H}+"
)
#: "soit" and what may follow it before a count that restates a noun said before: ", soit 54", ", soit un total de".
_SOIT_BEFORE = _ending(rf",{_H}+(?i:soit){_H}+(?:(?i:un{_H}+total{_H}+de|au{_H}+total){_H}+)?")
#: The fates of people a count of them may be said of after the noun: "the number of people reported missing".
_FATES_SAID_AFTER = frozenset(
    {"death", "injury", "missing", "arrest", "hospitalised", "survivor", "displaced"}
)
#: "the number of injuries at 1,175", "le nombre de blessés s'élève à 40": the noun counted before the count.
_NUMBER_OF_BEFORE = _ending(
    # "portant le total de victimes à huit": a total of a noun, said the same way
    # "le nombre de décès est passé à dix et celui des blessés à trente-deux": the second noun's, after "celui"
    rf"(?<![\w])(?i:number|nombre|total|celui|celle){_H}+(?i:of|des|de|d['’]){_H}*(?:(?i:confirmed|reported|recorded|known){_H}+)?"
    # "the total number of Florida fatalities had climbed to at least 99": a place's name before the noun
    rf"(?:[A-Z][\w'’.-]*{_H}+){{0,2}}"
    rf"(?P<w>[^\W\d_]+)(?P<rest>(?:{_H}+[^\W\d_][\w'’]*){{0,4}})"
    # "put the number of injuries at 1,175", "the number of confirmed deaths across the country was now 89"
    rf",?{_H}+(?:(?i:at|to|reached|hit|à|atteint)(?:{_H}+(?i:to|à))?|(?i:was|is|stood|stands)(?:{_H}+(?i:now|at)){{0,2}}"
    # "Quant au nombre de blessés, il est de 805", "as for the number of injured, it stands at 805": resumed
    rf"|(?<=,{_H})(?i:il|it){_H}+(?i:est|était|is|was|stands|stood)(?:{_H}+(?i:de|à|at|now))?"
    # "le nombre de feux de forêt au Québec est passé de 138 à 141", "a grimpé à 40"
    rf"|(?:(?i:est|a){_H}+)?(?i:passée?|grimpé|monté|augmenté|baissé|chuté|descendu){_H}+(?i:à|de)"
    # "le nombre de touristes arrivés en Espagne s'est élevé à 53,37 millions"
    rf"|(?i:s['’](?:est|était){_H}+élevée?|s['’]élève|s['’]élevait){_H}+à"
    # "the number of people displaced had more than doubled to 183,159"
    rf"|(?:(?i:had|has|have){_H}+)?(?:(?i:more{_H}+than|nearly|almost){_H}+)?(?i:risen|rose|doubled|tripled|grown"
    rf"|climbed|jumped|increased|fallen|dropped|surged|soared){_H}+(?i:to)){_H}+"
)
#: ... and after it, as French writes it: "porte à 153 le nombre de décès", "porte à 39 le bilan".
_NUMBER_OF_AFTER = compile_lazily(
    # in English too: "brought to 53 the number of people killed", "raising to 12 the death toll"
    rf"{_H}+(?i:le|son|the){_H}+(?:(?i:nombre|total|number){_H}+(?i:de|d['’]|des|of){_H}*(?P<w>[^\W\d_]+)"
    rf"(?P<rest>(?:{_H}+[^\W\d_][\w'’]*){{0,2}})|(?i:bilan)(?![\w])(?!{_H}*(?i:de{_H}|d['’]|des{_H})))"
)
#: A count given as a change, not a level: "increased its seat count by 16", "a net gain of 3", "un gain de
#: 13 députés", "en hausse de 12", "12 de plus". Losses ("pertes de", "lost") are left out: they are amounts.
_CHANGE_BEFORE = _ending(
    rf"(?<![\w])(?:(?i:increased?|increases|rose|risen|rises?|grew|grown|grows?|climbed|climbs?|jumped|jumps?|"
    rf"soared|soars?|fell|fallen|falls?|dropped|drops?|declined?|declines|decreased?|decreases|gained|gains?|"
    rf"shrank|shrunk|shrinks?|up|down)(?:{_H}+[^\W\d_][\w'’-]*){{0,4}}{_H}+(?i:by)|"
    # "cutting manufacturing capacity at its German plants by more than 700,000 vehicles": what is cut, and where
    # and what is said cut right before: "it is now being reduced by €742 million", "was cut by 2,000"
    rf"(?i:cut|cuts|cutting|reduced?|reduces|reducing|slashed|slashing|lowered|lowering){_H}+"
    rf"(?:[^\W\d_][\w'’-]*{_H}+){{0,6}}(?i:by)|"
    rf"(?<![Ll]ast )(?<![Tt]his )(?<![Nn]ext )(?<![Pp]ast )"  # "found guilty last fall of seven counts": autumn
    rf"(?i:gain|increase|rise|jump|drop|fall|decline|decrease|growth|hausse|gain|augmentation|progression|"
    rf"baisse|diminution|recul|chute)s?(?:{_H}+(?i:net|nette))?{_H}+(?i:of|de|d['’])|"
    rf"(?i:augment|progress|recul|baiss|diminu|grimp|chut|bond)(?i:é|i|era|erait|eront|eraient|ent|e){_H}+(?i:de|d['’]))"
    # a hedge between: "une augmentation de plus de 1000 $", "augmenterait d'un peu plus de 370 $", "an increase
    # of more than $1,000"
    rf"(?:{_H}*(?i:(?:un{_H}+peu{_H}+)?(?:plus|moins){_H}+de|près{_H}+de|more{_H}+than|less{_H}+than))?"
    rf"{_H}*"
)
#: What says the number after it is the value a quantity changed from: "a drop from eight", "down from
#: three", ", contre huit".
_EARLIER_VALUE_BEFORE = _ending(
    rf"(?<![\w])(?:(?i:down|up|drop|rise|fall|increase|decrease|decline|jump|fell|rose|dropped|climbed|declined)"
    rf"{_H}+(?i:from)|,{_H}*(?i:contre)){_H}+"
)
#: After a bare scaled number, its conversion into another currency in brackets, the currency after the number:
#: "passant de 9,6 millions (6,3 millions d'euros) à 10,4 millions" (the number is then an amount).
_CONVERSION_IN_BRACKETS_AFTER = compile_lazily(
    rf"{_H}*\({_H}*(?:(?i:soit|about|around|roughly|environ|près{_H}+de){_H}+)?[0-9][0-9.,]*"
    rf"{_H}*(?i:millions?|milliards?|billions?|bn|mds?|m)?{_H}*"
    rf"(?:(?i:d['’]euros|euros|de{_H}+dollars|dollars|de{_H}+francs|francs|de{_H}+livres|livres|pounds)(?![\w])|[$€£])"
    rf"{_H}*\)"
)
#: "Sur les", "Of the", "Out of the" before an amount a part of which the sentence gives after a comma.
PART_OF_AMOUNT_REACH = 60
_OF_THE_AMOUNT_BEFORE = compile_lazily(
    rf"(?<![\w])(?i:sur|of|out{_H}+of){_H}+(?i:les|the|ces|those|this|that|ce|cette){_H}+(?:(?i:US|C|CA|A)?\$)?$"
)
#: An amount's noun, then a verb of its change, before a bare number: "Le montant passera à 60.000", "the
#: payout rises to 60,000" (see money_context).
AMOUNT_RISES_REACH = 60
_AMOUNT_RISES_TO_BEFORE = _ending(
    rf"(?<![\w])(?i:montant|amount|somme|sum|prime|bonus|payout|récompense|reward|chèque|cheque)"
    rf"(?:{_H}+[^\W\d_]+){{0,3}}{_H}+(?i:passera|passe|passait|grimpera|grimpe|montera|monte|atteindra|atteint"
    rf"|s['’]élèvera|sera|rises|will{_H}+rise|increases|will{_H}+increase|goes{_H}+up|climbs|jumps|grows)"
    rf"(?:{_H}+(?i:à|to|de))?{_H}+"
)
_AMOUNT_RISES_CUES = ("montant", "amount", "somme", "sum", "prime", "bonus", "payout", "récompense", "reward",
                      "chèque", "cheque")  # fmt: skip
#: After a number, a word of a sum that restates it: "164 394 098, somme à laquelle", "$4,250,000, a sum".
_A_SUM_AFTER = compile_lazily(rf",{_H}+(?:(?i:a|une|la|the){_H}+)?(?i:somme|sum|montant|amount)(?![\w])")
#: How the words before a change end ("by", "of", "de", "d'", the "than" of a hedge): what
#: :data:`_CHANGE_BEFORE` needs.
_CHANGE_LAST = frozenset({"by", "of", "de", "d'", "d’", "an"})
#: After an amount, what makes it a difference between two amounts, no amount paid or owed: "paying £2,300
#: less", "$40 more than last year", "2 300 livres de moins" (not "de plus de", said of what follows).
_AMOUNT_DIFFERENCE_AFTER = compile_lazily(
    rf"{_H}+(?i:less|more|cheaper|dearer)(?![\w])|{_H}+(?i:de{_H}+plus|de{_H}+moins)(?![\w])(?!{_H}+(?i:de|d['’]))"
    # "400 millions d'euros cette année, puis 300 millions supplémentaires": as much more
    rf"|{_H}+(?i:supplémentaires?)(?![\w])"
    # "Quebec posted a C$244 million drop": the noun of a change after the amount
    rf"|{_H}+(?i:drop|fall|decline|decrease|rise|increase|jump|gain|hike)(?![\w])"
)
#: A change said with "up" or "down" right before the amount, after a verb "to be" or a comma: "income was
#: down $67 million", "net income, up C$1.9 billion on the year" (not "set up $5 million", "up to $5 million").
_UP_DOWN_BEFORE = _ending(rf"(?:(?<![\w])(?i:was|were|is|are|been)|,){_H}+(?i:up|down){_H}+")
_CHANGE_AFTER = compile_lazily(
    # "211 députés travaillistes de plus": a noun and its adjective between
    # "16 were killed in Elazig and four more in the province of Malatya": others, told by their place
    rf"{_H}+(?i:more|fewer|additional)(?![\w])(?!{_H}+(?i:in|at){_H}+(?i:the{_H}+)?(?:[A-Z]|{_PLACE_ADJECTIVES_EN}))"
    # "would have produced 500,000 net additions": a gain of subscribers, as "500.000 abonnements supplémentaires"
    rf"|{_H}+(?i:net{_H}+)?(?i:additions|adds)(?![\w])|(?:{_H}+[^\W\d_][\w'’-]*){{0,2}}{_H}+(?i:de{_H}+plus|de{_H}+moins)(?![\w])"
    # "224 hospitalisations de plus de 24 heures": "more than", said of the noun, not a change of the count
    rf"(?!{_H}+(?i:de|d['’]))"
    # "88 personnes supplémentaires ont succombé": as many more, not a level; "2 000 suppressions de postes
    # supplémentaires": a noun of a noun
    rf"|(?:{_H}+[^\W\d_][\w'’-]*){{0,2}}(?:{_H}+(?i:de|d['’]){_H}*[^\W\d_][\w'’-]*)?{_H}+(?i:supplémentaires?)(?![\w])"
)
#: "An additional" or "a further" right before a count (an estimate's words between): as many more, as "74 000
#: emprunteurs supplémentaires" gives them ("for an additional 74,000 borrowers").
_ADDITIONAL_BEFORE = _ending(
    rf"(?<![\w])(?i:an{_H}+additional|a{_H}+further){_H}+"
    rf"(?:(?i:at{_H}+least|more{_H}+than|over|nearly|almost|some|about|around){_H}+)?"
)
#: The words of a worked example before an amount in its sentence: "for example", "par exemple", "someone paying",
#: "a household earning", "un locataire qui paie", "une famille qui gagne".
_EXAMPLE_RE = compile_lazily(
    r"(?<![\w])(?i:for\s+example|for\s+instance|par\s+exemple"
    r"|someone\s+(?:who\s+is\s+)?(?:paying|earning|making|with)"
    r"|(?:a|an)\s+(?:tenant|renter|household|family|worker|taxpayer|person|couple|single\s+person)"
    r"\s+(?:paying|earning|making|who\s+(?:pays|earns|makes))"
    r"|(?:un|une)\s+(?:locataire|ménage|famille|contribuable|salariée?|personne|couple)"
    r"\s+qui\s+(?:paie|paye|gagne|touche|verse))(?![\w])"
)
#: What every match of :data:`_EXAMPLE_RE` holds, lowercased.
_EXAMPLE_HINTS = ("exampl", "instance", "exempl", "paying", "earning", "making", "pays", "earns", "qui pa", "qui ga",
                  "qui to", "qui ve", "someone")  # fmt: skip
#: How far before an amount, in its sentence, the words of an example are looked for.
EXAMPLE_REACH = 160
#: A count of a toll told before, then "and": "at least 31 deaths and 20 more missing" (20 others, no rise).
_TOLL_AND_BEFORE = _ending(
    rf"[0-9]+{_H}+(?i:deaths|dead|killed|injured|missing|victims){_H}+(?i:and){_H}+"
    # "killing six people and injuring at least a dozen more": the injured besides the dead, no rise of a toll
    rf"|(?<![\w])(?i:killing|killed){_H}[^.;:!?\n]{{1,40}}{_H}(?i:and){_H}+(?i:injuring|injured|wounding|wounded)"
    rf"{_H}+(?:(?i:at{_H}+least|more{_H}+than|some|about|around|nearly|another){_H}+)?"
)
#: "more" then people hurt or missing after a count: "with at least 34 more injured", "20 more were wounded".
_MORE_HURT_AFTER = compile_lazily(
    rf"{_H}+(?i:more|others?){_H}+(?:(?i:people|persons|were|have{_H}+been|had{_H}+been){_H}+)?"
    # "searching for seven more people believed to be missing"
    rf"(?:(?i:believed|thought|feared|reported|still){_H}+(?:(?i:to{_H}+be){_H}+)?)?"
    rf"(?i:injured|wounded|hurt|hospitali[sz]ed|missing)(?![\w])"
    # "a spokesperson said seven more people were being treated at a hospital"
    rf"|{_H}+(?i:more){_H}+(?i:people|persons){_H}+(?i:were|are){_H}+(?i:being{_H}+)?treated(?![\w])"
)
#: The dead of a toll said before such a count in its sentence.
_DEAD_WORDS_RE = compile_lazily(
    rf"(?<![\w])(?i:died|dead|killed|deaths|death{_H}+toll|lives|to{_H}+death|shot{_H}+dead|bodies)(?![\w])"
)
_US_AFTER = compile_lazily(rf"{_H}+US(?![\w$])")  # "378 milliards US"
#: A sum said to be in the American currency without a currency word before: "33,9 millions en devises
#: américaines", "12 million in U.S. funds".
_IN_US_CURRENCY_AFTER = compile_lazily(
    rf"{_H}+(?i:en{_H}+(?:devises?|monnaie|dollars){_H}+américain(?:e|es|s)?|in{_H}+(?:U\.S\.|US|American)"
    rf"{_H}+(?:currency|funds|dollars))(?![\w])"
)
_IN_CANADIAN_AFTER = compile_lazily(
    rf"{_H}+(?i:in{_H}+canadian{_H}+(?:currency|funds|dollars)|en{_H}+(?:devise|monnaie){_H}+canadienne)(?![\w])"
)
#: "U.S." after an amount written with a bare "$", as Canadian business sites mark US dollars: "$900 million
#: U.S. worth of assets", "will save $250 million U.S. a year", "to $3.64 billion U.S., with"; not an adjective
#: of what follows ("$5 billion U.S. aid package").
_DOLLARS_US_AFTER = compile_lazily(
    rf"{_H}+(?:U\.S\.|US)(?:(?={_H}*[.,;:)]|{_H}*$)|(?<=\.)(?={_H}+[A-Z])|(?={_H}+(?:worth|a|an|in|for|per|of|to|and|or"
    rf"|from|with|at|on|by|each|annually|than|over|into|after|last|this|was|is|were|are|will|had|has|have)(?![\w])))"
)
#: "US" after an amount of cents: "72.17 cents US", "74 cents américains".
_CENTS_US_AFTER = compile_lazily(rf"{_H}+(?:US|U\.S\.|(?i:américains?))(?![\w])")
#: Cents, marked US before the word in a wire's conversion: "(81 U.S. cents)"; or the cent sign, as Quebec
#: writes a rise of the minimum wage ("une hausse de 50 ¢", "75¢").
_CENTS_AFTER = compile_lazily(rf"(?:{_H}+(?P<us>(?:US|U\.S\.){_H}+)?cents?(?![\w])|{_H}?¢)")
#: Hundredths of a pound: "128.10 pence", "45p a share" is left alone (a letter glued is no word).
_PENCE_AFTER = compile_lazily(rf"{_H}+(?i:pence)(?![\w])")
#: Hundredths of a currency in French: "76 centimes par action".
_CENTIMES = frozenset({"centime", "centimes", "ct", "cts"})
#: Currencies of dollars, whose hundredths are cents, never centimes.
_DOLLAR_CODES = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD"})
_PIASTRES_AFTER = compile_lazily(rf"{_H}+(?i:piastres?)(?![\w])")
_CENTIMES_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:centimes?)(?![\w])|ct(?:s|\.)?(?![^\W\d_]))"
)  # "10,62 ct./kWh", "50 cts"
#: The currency hundredths are of: "centimes d'euro", "centimes de franc".
_OF_CURRENCY_AFTER = compile_lazily(rf"{_H}*(?:de{_H}+|d['’])(?P<w>(?i:euros?|francs?))(?![\w])")

# ... and before it (see _ending).
_NAME_WORD_BEFORE = _ending(r"(?:^|(?<=[^\w°#.'’-]))(?P<w>[\w°#.'’-]+)" + _H + "+")


_GROUPED_THOUSANDS_RE = compile_lazily(r"[0-9]{1,3}(?:[,.\u202f\u00a0 ][0-9]{3})+(?![0-9])")


def _name_word_before(text: str, pos: int, width: int = 40) -> tuple[str, int] | None:
    """What :data:`_NAME_WORD_BEFORE` finds in the ``width`` characters before ``pos``: its group ``w`` and
    where it starts, read back from ``pos`` (the pattern, tried at every character of the window, costs
    more). The last run of word characters before the spaces that end the window is the only one that fits."""
    lo = max(0, pos - width)
    if text[pos - 1 : pos] == "\n":  # "$" also matches before a final newline
        m = _NAME_WORD_BEFORE.search(text[lo:pos])
        return None if m is None else (m.group("w"), pos - len(m.group()))
    k = pos
    while k > lo and text[k - 1] not in "\r\n" and text[k - 1].isspace():
        k -= 1
    j = k
    while j > lo and (text[j - 1].isalnum() or text[j - 1] in "_°#.'’-"):
        j -= 1
    return None if k == pos or j == k else (text[j:k], j)


#: The age a rule sets, and the words that bound it, before the number: "had to be over 18", "must be at least
#: 21", "need to be 16" (a bound after it, "or older", may come instead: see :data:`_AGE_LIMIT_AFTER`).
_MUST_BE_BEFORE = _ending(
    rf"(?<![\w])(?i:must|had{_H}+to|has{_H}+to|have{_H}+to|needs?{_H}+to|needed{_H}+to|should)"
    rf"{_H}+be(?:{_H}+(?P<bound>(?i:over|under|above|below|at{_H}+least|older{_H}+than|younger{_H}+than)))?{_H}+"
)
#: After the age a rule sets: its bound ("or older"), then no noun ("over 18 and live", "21 to enter", "16.").
_AGE_LIMIT_AFTER = compile_lazily(
    rf"(?:{_H}+(?P<bound>(?i:or|and){_H}+(?i:older|over|above|younger|under)))?"
    rf"(?={_H}*(?:[,.;:)\-–—]|$)|{_H}+(?i:and|or|to|in|for)(?![\w]))"
)
#: The people a rule of age is for, earlier in its sentence: "applicants had to be over 18".
_RULED_PEOPLE_BEFORE = _ending(
    r"(?<![\w])(?i:applicants?|buyers?|voters?|people|persons?|children|drivers?|users?|players?|candidates?"
    r"|students?|workers?|customers?|residents?|participants?|visitors?|passengers?|members?|anyone|everyone"
    r"|those|you|he|she|they|employees?|recipients?|patients?|women|men|girls?|boys?|teens?|teenagers?|kids?"
    r"|gamblers?|owners?|tenants?|borrowers?|claimants?|volunteers?|recruits?|pilots?|minors?|adults?|victims?"
    r"|infants?|babies|seniors?|pupils?|survivors?|respondents?|migrants?|soldiers?|priests?|abusers?"
    # a count of them as the subject: "16 were younger than 10"
    r"|[0-9]+(?:,[0-9]{3})*[ \u00a0]+(?:were|are))(?![\w])[^.;!?\n]*"
)
#: The ages a rule may set for people (see :data:`_MUST_BE_BEFORE`).
MIN_AGE_LIMIT = 12
MAX_AGE_LIMIT = 99
_AGE_WORD_BEFORE = _ending(
    # "n'était âgé que de 17 ans": the restrictive "ne ... que" between
    # "Âgé aujourd'hui de 29 ans": when, between
    # "une majorité numérique de 14 ans", "l'âge minimal de 13 ans": the age a right opens at
    # "une moyenne d'âge dépassant les 17 ans": a fleet's or a group's average age, its verb between
    rf"(?:(?<![\w])(?i:moyenne{_H}+d['’]âge{_H}+(?:dépassant|atteignant|frôlant|approchant){_H}+les"
    rf"|âgée?s?|l['’]âge|age|retraite{_H}+à|retraite{_H}+de|majorité(?:{_H}+numérique|{_H}+sexuelle)?"
    rf"|âge{_H}+(?:minimal|minimum|légal))"
    rf"(?:{_H}+en{_H}+moyenne|{_H}+que|{_H}+(?i:aujourd['’]hui|désormais|alors|actuellement))?"
    # "âgée de presque quatre ans", "âgée alors de seulement 15 ans": a hedge between
    rf"(?:{_H}+de{_H}+|{_H}+d['’]|{_H}+)(?:(?i:environ|près{_H}+de|plus{_H}+de|moins{_H}+de|presque|seulement"
    # "les personnes âgées d'au moins 75 ans", "âgée de bientôt 9 ans"
    rf"|à{_H}+peine|tout{_H}+juste|au{_H}+moins|au{_H}+plus|bientôt|déjà){_H}+)?"
    # the range of ages of people: "des enfants âgés entre 7 et 11 ans"
    rf"|(?<![\w])(?i:âgée?s?){_H}+entre(?:{_H}+[0-9]+{_H}+et)?{_H}+"
    # "cinq enfants qui ont des âges compris entre 3 et 15 ans"
    rf"|(?<![\w])(?i:âges){_H}+(?:(?i:compris){_H}+)?entre(?:{_H}+[0-9]+{_H}+et)?{_H}+"
    # people said by the age they are under or over: "interdit aux moins de 15 ans", "les plus de 65 ans"
    rf"|(?<![\w])(?i:aux|les|des){_H}+(?i:moins|plus){_H}+de{_H}+"
    # a group of people by its ages, after one named: "... les 25 à 34 ans, et 7,4 % pour celles de 35 à 44 ans"
    rf"|(?<![\w])(?i:celles|ceux|celle|celui){_H}+de{_H}+"
    # people from an age on: "pour les adultes dès 26 ans", "vacciner dès 12 ans"
    rf"|(?<![\w])(?i:dès){_H}+"
    # children up to an age: "qui confient leurs enfants jusqu'à 8 ans à une crèche" (not "une peine allant
    # jusqu'à 8 ans": a term)
    rf"|(?<![\w])(?i:enfants|élèves|bébés|fillettes|garçons|mineurs|jeunes)(?:{_H}+(?i:âgés|scolarisés))?"
    rf"{_H}+(?i:jusqu['’]à){_H}+"
    # "la victime avait 17 ans", "ils ont entre 37 et 89 ans", "elle n'avait que 19 ans" (not "il y a 10 ans": ago)
    # "il venait d'avoir 16 ans", "avant d'avoir 18 ans": the age one turned, or would turn
    rf"|(?<![\w])(?<!y{_H})(?:a|ai|ont|avait|avaient|avais|avions|aviez|aura|auront|ayant|d['’]avoir)"
    # "Ils auront alors 91 et 81 ans", "elle avait déjà 30 ans": when, between
    # "elle avait à l'époque 15 ans", "il aura toutefois 32 ans": when, or a linking adverb, between
    # "Les victimes avaient pour la plupart plus de 50 ans": who of them, between
    rf"(?:{_H}+(?:alors|déjà|bientôt|aujourd['’]hui|désormais|à{_H}+l['’]époque|toutefois|pourtant|encore"
    rf"|pour{_H}+la{_H}+plupart|en{_H}+majorité|en{_H}+moyenne|tous|toutes))?"
    # "certains n'ayant que « 12-13 ans »": the quote's mark between
    # "ils ont autour de 70 ans", "elle a près de 40 ans"
    rf"(?:{_H}+(?:entre(?:{_H}+[0-9]+{_H}+et)?|environ|presque|tout{_H}+juste|que|moins{_H}+de|plus{_H}+de"
    rf"|autour{_H}+de|près{_H}+de|à{_H}+peine))?{_H}+(?:«{_H}*)?"
    # the age one had reached, or would have: "il avait eu 19 ans la veille", "qui aurait eu 63 ans samedi"
    # (not the present "a eu 40 ans pour se préparer": a time one was given)
    rf"|(?<![\w])(?i:avait|avaient|aurait|auraient){_H}+eu{_H}+"
    # the age one died at: "mort à 85 ans", "décédée à 90 ans", "la maladie l'a emporté à 30 ans"
    rf"|(?<![\w])(?i:mort|morte|morts|mortes|meurt|décédée?s?|décède|éteinte?s?|emportée?s?|succombée?){_H}+à{_H}+"
    # the age one did something at, hedged: "hors normes à seulement 27 ans", "à tout juste 19 ans", "à bientôt
    # 38 ans", "à presque 90 ans"; the age from which: "À partir de 55 ans, les suicides assistés sont plus
    # nombreux"
    rf"|(?<![\w])(?:à|À|A){_H}+(?:(?i:seulement|tout{_H}+juste|bientôt|presque|déjà)|partir{_H}+de){_H}+"
    # a person's own years: "avant ses 67 ans", "pour ses 100 ans", "jusqu'aux 21 ans de l'enfant"
    rf"|(?<![\w])(?i:ses|leurs|mes|nos|tes|jusqu['’]aux){_H}+"
    # a person's age given in brackets: "au regard de son âge (67 ans)"
    rf"|(?<![\w])(?i:son|leur|mon|ton|votre|notre){_H}+(?i:âge){_H}*\({_H}*)"
)
#: A sentence that opens on the age someone did something at: "À 21 ans, il ...", "At 21, he ...", "Still just
#: 22, Fernandez ...".
_SENTENCE_AT_BEFORE = _ending(
    # "Still just 22, Fernandez now belongs to an elite club": the age now, opening the sentence
    # a quote that opens on it: "« A 88 ans, et après de nombreuses années ... »"
    rf"(?:[.!?»«“\"\n]{_H}*|^)(?:À|A|At|Still)(?:{_H}+(?i:seulement|à{_H}+peine|tout{_H}+juste|only|just))?{_H}+"
)
#: English: the age one died at ("died at 85", "passed away at 90").
_DIED_AT_BEFORE = _ending(rf"(?<![\w])(?:died|dies|passed{_H}+away|was{_H}+killed){_H}+at{_H}+")
#: A group named in the plural with its article, then a comma: "the Liberal Democrats, ", "les Verts, ".
_PARTY_COMMA_BEFORE = _ending(
    r"(?<![\w])(?:the|The|les|Les)(?:[ \u00a0][A-Z][\w'’-]*)*[ \u00a0][A-Z][\w'’-]*s,[ \u00a0]"
)
_NAME_COMMA_BEFORE = _ending(  # "Kadri Vaher, 46", "the gang's ringleader, 32," (not "on Monday, two years into")
    r"(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Lundi|Mardi|Mercredi|Jeudi|Vendredi"
    r"|Samedi|Dimanche|January|February|March|April|June|July|August|September|October|November|December"
    r"|Janvier|Février|Mars|Avril|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre)\b)[A-Z][\w'’-]+"
    # a nickname in quotes: "Surnommé « Mané », 56 ans"
    r"|«[ \u00a0\u202f]?[A-Z][^»\n]{0,30}?[ \u00a0\u202f]?»"
    # ... or in straight or curly double quotes: 'Surnommé "Mané", 56 ans'
    r"|(?<=[ \u00a0(])[\"“][A-Z][^\"”\n]{0,30}[\"”]"
    r"|(?<![\w])[A-Z]\.|(?<![\w])(?:ringleader|leader|man|woman|boy|girl|suspect|victim|driver|mother|father|son|"
    r"daughter|wife|husband|owner|worker|pensioner|teenager|brother|sister|founder|resident|neighbou?r|actor|actress|"
    r"singer|star|player|athlete|coach|president|minister|mayor|senator|politician|officer|doctor|nurse|teacher|"
    r"lawyer|judge|journalist|reporter|priest|farmer|pilot|student|defendant|accused|survivor|grandmother|"
    r"grandfather|hacker|executive|chief|director|ceo|mp|assistant|colleague|partner|friend|passenger|employee|"
    r"guard|soldier|firefighter|engineer|manager|guide|cousin|uncle|aunt|nephew|niece|girlfriend|boyfriend|"
    # who did it, and who it befell: "the knifeman, 31,", "the gunman, 18,", "a pedestrian, 72,"
    r"gunman|knifeman|attacker|assailant|shooter|killer|perpetrator|murderer|robber|terrorist|motorist|cyclist|"
    r"pedestrian|hostage|inmate|prisoner|migrant|refugee|tourist|fisherman|miner|businessman|businesswoman|"
    r"activist|protester|teen|toddler|youngster|national|citizen|hiker|climber|skier|mountaineer|alpinist|"
    r"volunteer|"
    # a player by position or sport, and trades: "The midfielder, 22,", "the rider, 27,", "the chef, 41,"
    r"midfielder|striker|forward|defender|goalkeeper|goalie|winger|captain|rider|swimmer|sprinter|runner|boxer|"
    r"fighter|golfer|champion|winner|rookie|veteran|quarterback|pitcher|skater|gymnast|jockey|batsman|bowler|"
    r"artist|writer|author|poet|painter|musician|rapper|chef|cook|plumber|electrician|mechanic|cleaner|carer|"
    r"caregiver|labou?rer|technician|scientist|researcher|professor|lecturer|analyst|consultant|banker|trader|"
    r"accountant|investor|entrepreneur|developer|programmer|designer|architect|photographer|filmmaker|producer|"
    r"presenter|comedian|influencer|grandson|granddaughter|child|baby|infant|kid))"
    # a note in brackets after the name: "Sarah (prénom modifié), 34 ans"
    rf"(?:{_H}*\([^()\n]{{1,30}}\))?"
    # an alias between the name and the age: "Nima Fazeli, alias « Rolex », 22 ans"
    rf"(?:,{_H}*(?i:alias|aka|dit|known{_H}+as|surnommée?|nicknamed){_H}*[«\"“]{_H}?[^»\"”\n]{{1,30}}{_H}?[»\"”])?,{_H}*"
    # the age at the time of the report: "Bebawi, now 76, must begin his sentence"
    rf"(?:(?i:now|then|aujourd['’]hui|désormais){_H}+)?"
)
#: Another name and its age after the number: "Hansjorg Auer, 35 and David Lama, 28": the first is an age too.
_AND_NAME_AGE_AFTER = compile_lazily(
    rf"{_H}+(?:and|et){_H}+[A-Z][\w'’-]+(?:{_H}+[A-Z][\w'’-]+){{0,2}},{_H}*[0-9]{{1,3}}(?=[,.;)]|{_H}*$)"
)  # not "In Ontario, 35 and Quebec, 28 cases": places' counts
#: What makes months after a name's comma a span, not a baby's age: "treize mois jour pour jour après".
_SPAN_SINCE_AFTER = compile_lazily(
    rf"{_H}+(?i:jour{_H}+pour{_H}+jour|après|plus{_H}+tard|avant|auparavant|plus{_H}+tôt)(?![\w])"
)
#: A person's age at the events told: "Jammal Samih, 79 at the time, was tried", "Ana Ruiz, 34 ans à l'époque".
#: A past "to be" before an age, and a "when" after it in its sentence: the age a person had at an event the
#: story looks back on ("who was a 23-year-old volunteer when she was kidnapped", "qui avait 23 ans
#: lorsqu'elle a été enlevée"), no dispute of the age the other version gives now.
_PAST_AGE_BEFORE = _ending(
    rf"(?<![\w])(?i:was|were|had{_H}+been|avait|était{_H}+âgée?|étaient{_H}+âgé(?:e|s|es)?{_H}+de|d['’]avoir)"
    rf"(?:{_H}+(?i:a|an|only|just|de|d['’]))?{_H}+"
)
_WHEN_AFTER_RE = compile_lazily(
    r"[^.;!?\n]{0,80}?(?<![\w])(?i:(?:when|lorsque|quand)[\s\u00a0]|lorsqu['’]|lors[\s\u00a0]+d|au[\s\u00a0]+moment[\s\u00a0]+d|at[\s\u00a0]+the[\s\u00a0]+time[\s\u00a0]+of)"
)
_AGE_THEN_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:at{_H}+the{_H}+time)|(?:(?i:ans){_H}+)?(?i:à{_H}+l['’]époque))(?=[,;.)]|{_H}*$)"
)
#: How the words between a name's comma and its age that :data:`_NAME_COMMA_BEFORE` allows end.
_AGE_NOW_ENDINGS = ("now ", "then ", "hui ", "hui\u00a0", "désormais ")
#: Hedges between an apposition's comma and its years: "sa jeunesse, seulement 34 ans,".
_APPOSED_HEDGES = ("seulement", "à peine", "tout juste", "déjà", "bientôt", "pas encore")
#: A noun, then a comma right before the number: "Le président sortant, 78 ans," (not "En 2010, 10 ans,"), a hedge
#: between the comma and the years or not.
_NOUN_COMMA_BEFORE = _ending(
    rf"(?<![\w])(?P<w>[^\W\d_]{{3,}}),[ \u00a0]?(?:(?:{'|'.join(_APPOSED_HEDGES)})[ \u00a0])?"
)
_NAME_BRACKET_BEFORE = _ending(r"[A-Z][\w'’-]+,?" + _H + r"\(")  # "Jean Dupont (40 ans)", "Dupont, (40 ans)"
_LOWER_WORD_BRACKET_BEFORE = _ending(r"(?<![\w'’-])(?P<w>[a-zà-ÿ][a-zà-ÿ-]*)" + _H + r"\(")  # "française ("
#: A person named with a title, then a bracket: "Mr. Lee (33)", "Mrs Okafor (71)" (a place's count in brackets,
#: "Hama (171)", has no title).
_TITLED_NAME_BRACKET_BEFORE = _ending(
    rf"(?<![\w])(?:Mr|Mrs|Ms|Miss|Dr|Mme|Mlle)\.?{_H}+[A-Z][\w'’-]+(?:{_H}+[A-Z][\w'’-]+)?{_H}*\("
)
#: A first name and a surname, or three names.
_FULL_NAME = r"[A-Z][a-zà-ÿ’'-]+(?: [A-Z][\w’'-]+){1,2}"
#: A first name and a surname right before a bracket ("Sandro Tonali ("), and what follows the bracket's
#: number when the clause goes on ("(23) will be banned"): a person's age.
_FULL_NAME_BRACKET_BEFORE = _ending(rf"(?<![\w’'.-])(?P<name>{_FULL_NAME}) \(")
#: A speaker's verb or role, then a full name and a bracket: "said Swiss CEO Jens Fehlinger (", "coach Ange
#: Postecoglou (" (a place, "in San Diego (", has neither).
_ROLE_NAME_BRACKET_BEFORE = _ending(
    r"(?<![\w])(?:said|says|told|CEO|chief|executive|director|president|chairman|chairwoman|spokesman|spokeswoman"
    r"|spokesperson|minister|coach|manager|founder|owner|lawyer|mayor|prosecutor|judge|captain|pilot|head"
    r"|a\s+déclaré|a\s+dit|selon|directeur|directrice|président|présidente|porte-parole|ministre|maire|avocat"
    r"|avocate|procureur|fondateur|fondatrice|entraîneur|patron|patronne)"
    rf"(?:[ \u00a0][A-Za-zà-ÿ-]+){{0,2}}?[ \u00a0]{_FULL_NAME} \("
)
_PERSON_BRACKET_BEFORE = _ending(
    r"(?<![\w])(?i:man|woman|boy|girl|teenager|mother|father|son|daughter|wife|husband|driver|suspect|victim|guard"
    r"|homme|femme|garçon|fille|adolescente?|mère|père|fils|conducteur|conductrice|victime) \("
)
_CLAUSE_AFTER_BRACKET = compile_lazily(rf"\){_H}+(?!(?:and|or|et|ou)(?![\w]))[a-zà-ÿ]")
#: The youngest and oldest ages a bare number in brackets after a full name is read as.
MIN_BRACKETED_AGE = 14
MAX_BRACKETED_AGE = 99
#: The oldest age a bare number in brackets after a titled name is read as.
MAX_AGE = 110
#: The infinitive of being a given age, a bound between: "avoir au moins 18 ans" (not "y avoir").
_TO_BE_AGED_BEFORE = _ending(
    rf"(?<![\w])(?<!y{_H})(?i:avoir){_H}+(?:(?i:au{_H}+moins|plus{_H}+de|moins{_H}+de|entre){_H}+)?"
)
#: Years that count something after them: "20 ans de cotisations", "dix ans d'expérience".
_YEARS_OF_SOMETHING_AT = compile_lazily(rf"[^\s]+{_H}+ans{_H}+(?:de|d['’])")
#: After "N ans", what makes the years a span even after a verb of age ("il a 3 ans pour rembourser").
_NOT_AN_AGE_AFTER = compile_lazily(
    rf"{_H}+(?i:pour|de{_H}+(?:retard|prison|réclusion|carrière|service|métier|mariage|vie{_H}+commune"
    # a ban's or a contract's term: "huit ans de suspension", "dix ans de contrat"
    rf"|suspension|contrat|mandat|bail|garantie|sanction|exclusion|inéligibilité"
    # what took the years: "fruit de 17 ans de travaux", "après huit ans de guerre", "dix ans de négociations"
    rf"|travaux|chantier|construction|guerre|conflit|négociations?|combats?|lutte|crise|règne|pouvoir"
    rf"|procédure|recherches?)"
    rf"|d['’](?:expérience|ancienneté|emprisonnement|incarcération|existence|activité|absence|attente|intervalle"
    rf"|écart)"
    rf"|à{_H}+(?:purger|faire)"
    # "sa femme Katarzyna de 12 ans et six mois de réclusion": a term in years and months
    rf"|et{_H}+(?:[0-9]{{1,2}}|[^\W\d_]+){_H}+mois{_H}+(?:de{_H}+(?:prison|réclusion|détention)|d['’]emprisonnement|ferme))(?![\w])"
)
#: A bare number after "at just" or "at only", the clause ending with it: the age a person did something at.
_AT_JUST_ENDINGS = ("at just ", "at only ", "at barely ", "At just ", "At only ")
#: "les 80 ans et plus", "aux 65 ans ou plus": the people of that age and older (see :data:`_THOSE_AGED_BEFORE`).
_AND_OVER_AFTER = compile_lazily(rf"{_H}+(?i:et|ou){_H}+(?i:plus|\+)(?![\w])")
_THOSE_AGED_BEFORE = _ending(rf"(?<![\w])(?i:les|aux|des){_H}+")
#: Years said to be one's age ("cet ancien cuisinier âgé de 58 ans pour 14 meurtres"): an age, even before
#: the "pour" of a sentence's term.
_AGED_BEFORE = _ending(rf"(?<![\w])(?i:âgée?s?){_H}+(?:de{_H}+|d['’])")
#: People said by the age they are under or over: "destinés aux moins de 25 ans pour les inciter", an age
#: before the "pour" of a purpose too.
_PEOPLE_UNDER_AGE_BEFORE = _ending(rf"(?<![\w])(?i:aux|les|des){_H}+(?i:moins|plus){_H}+de{_H}+")
#: ... unless a clause of what was done in them follows: "les plus de six ans et demi qu'il a passés".
_YEARS_SPENT_AFTER = compile_lazily(
    rf"(?:{_H}+et{_H}+demi)?{_H}+(?:qu['’](?:il|elle|ils|elles|on){_H}+(?:a|ont|avait|avaient)"
    rf"(?:{_H}+déjà)?{_H}+(?i:passée?s?|purgée?s?|effectuée?s?|vécue?s?)|(?i:passées?|écoulées?))(?![\w])"
)
#: A noun (after an article, with an adjective) in apposition, lowercase: "chirurgien", "une infirmière
#: retraitée"; and the name and comma it follows ("Christian, ").
_APPOSITIVE_NOUN_RE = compile_lazily(
    r"(?:(?:un|une)\s+)?[a-zàâçéèêëîïôûùüÿœ-]{3,}(?:\s+[a-zàâçéèêëîïôûùüÿœ-]{3,})?"
)
#: A number a person's age may be: a word, or one to three digits ("Lyon, ville de 2000 ans" is no person).
_AN_AGE_RE = compile_lazily(r"[^\W\d]|[0-9]{1,3}(?![0-9])")
_APPOSITION_NAME_BEFORE = _ending(r"(?<![\w'’])[A-ZÉÈÀÂÎ][\w'’-]+,[ \u00a0]")
#: People, then the bounds of their ages: "sept personnes entre 22 et 36 ans".
_PEOPLE_BETWEEN_BEFORE = _ending(rf"(?<![\w'’-])(?P<w>[a-zà-ÿ-]{{3,}}){_H}+entre(?:{_H}+[0-9]+{_H}+et)?{_H}+")
#: One or some of the people named before, by a pronoun after "dont", then the "de" of an age: "sept enfants,
#: dont un de moins de deux ans", "des victimes dont deux de 17 ans".
_ONE_OF_THEM_DE_BEFORE = _ending(
    rf"(?P<who>[^\W\d_]+)(?:{_H}*,)?{_H}+dont{_H}+(?i:l['’])?(?:un|une|deux|trois|quatre|cinq|[0-9]+){_H}+de{_H}+"
    rf"(?:(?:moins|plus|près){_H}+de{_H}+)?"
)
#: A person's age said earlier in the sentence ("d'un homme de 58 ans à Cassis"), before "un autre de N ans".
_AGE_SAID_BEFORE_RE = compile_lazily(
    rf"(?<![\w])(?P<who>[^\W\d_]+){_H}+(?:de|d['’]){_H}+[0-9]{{1,3}}{_H}+ans(?![\w])(?=[^.;!?\n]*$)"
)
AGE_OF_ANOTHER_REACH = 160
#: A noun (maybe with an adjective), what it belongs to ("du gouvernement canadien", "de la mairie"), then the
#: "de" of an age: "technicien informatique du gouvernement canadien de ".
_PERSON_OF_SOMETHING_DE_BEFORE = _ending(
    rf"(?<![\w])(?P<who>[a-zàâçéèêëîïôûù-]+)(?:{_H}+[a-zàâçéèêëîïôûù-]+)?"
    rf"{_H}+(?:du|des|de{_H}+la|de{_H}+l['’]|d['’]|de){_H}*[a-zàâçéèêëîïôûù-]+(?:{_H}+[a-zàâçéèêëîïôûù-]+)?{_H}+de{_H}+"
)
_WORDS_DE_BEFORE = _ending(rf"(?P<words>(?:[^\W\d_][\w'’-]*{_H}+){{1,4}})de{_H}+")
#: A one-person article, then a quoted noun, before the "de" of an age: "un « geek » de 35 ans", "une "influenceuse"
#: de 22 ans" (the quote marks keep the noun from :data:`_WORDS_DE_BEFORE`).
_QUOTED_NOUN_DE_BEFORE = _ending(
    r"(?i:\b(?:un|une|cet|cette|ce|le|la))\s+[«\"“]"
    + rf"{_H}*(?P<w>[^\W\d_][\w'’-]*){_H}*"
    + r"[»\"”]"
    + rf"{_H}+de{_H}+"
)
_WORDS_D_BEFORE = _ending(rf"(?P<words>(?:[^\W\d_][\w'’-]*{_H}+){{0,3}}[^\W\d_][\w-]*{_H}+)d['’]")
#: Retiring, then in its clause the range of years that opens: "le départ à la retraite deviendra plus souple
#: (entre 63 et 70 ans)".
_RETIREMENT_BEFORE = _ending(rf"(?i:retraite)[^.;:!?\n\d]{{0,60}}(?i:entre|de){_H}+")
#: The digits and hyphen before a number that may continue a model's name: "737-" in "Boeing 737-200".
_MODEL_HEAD_RE = compile_lazily(r"(?<![\w.,])[0-9]+-$")
#: An age group, then the next one of a list with its article left out: "les 35-44 ans et 45-54 ans", "les 25-34
#: ans, 35-44 ans et 45-54 ans".
_PREVIOUS_AGE_GROUP_BEFORE = _ending(
    rf"(?<![\w])[0-9]{{1,2}}{_H}?[-–]{_H}?[0-9]{{1,2}}{_H}+ans(?:{_H}*,|{_H}+(?:et|ou)){_H}+"
)
#: The article before a range of years that names an age group: "chez les 15-24 ans", "des 6 à 14 ans".
_AGE_GROUP_BEFORE = _ending(rf"(?<![\w])(?i:les|des|aux){_H}+")
#: What makes such a range a span of years: "au cours des 5 à 10 ans", "écopé des 5 à 10 ans requis", how
#: often something happens: "un événement survenant tous les 2 à 5 ans".
_YEARS_SPAN_BEFORE = _ending(
    rf"(?<![\w])(?i:cours|pendant|durant|dans|depuis|sur|en|pour|écopée?s?|écopent|condamnée?s?|requis|tous)"
    rf"{_H}+(?i:les|des|aux){_H}+"
)
#: After a number's unit, what the years are of or when they run: "15 ans de prison", "10 ans d'expérience",
#: "5 à 10 ans à venir".
_YEARS_OF_AFTER = compile_lazily(rf"{_H}+(?i:de|d['’]|à{_H}+venir|qui{_H}+viennent)(?![\w])")
#: An adjective between a number and its unit of time, in the number's span: "des 20 à 30 dernières années" is a
#: span, no age group.
_DURATION_ADJECTIVE_AFTER = compile_lazily(rf"{_H}+{_alt(t.DURATION_ADJECTIVES, 'i')}{_H}")
#: The toll's noun right after a count written on two digits ("06 corps", "02 morts", "05 blessés graves").
_PADDED_TOLL_AFTER = compile_lazily(
    rf"{_H}+(?i:corps|morts?|décès|blessés?|victimes|personnes|disparus|bodies|dead|deaths|injured|people|victims)"
    r"(?![\w])"
)
#: What the months of a company's or a country's figures are of: "of 2025", "of the year", "de l'année".
_OF_THE_YEAR_AFTER = compile_lazily(
    rf"{_H}+(?i:of{_H}+(?:the{_H}+|this{_H}+|last{_H}+)?(?:year|fiscal{_H}+year|[0-9]{{4}})"
    rf"|de{_H}+(?:l['’]année|l['’]exercice|cette{_H}+année|[0-9]{{4}}))(?![\w])"
)
_FIRST_BEFORE = _ending(rf"(?<![\w])(?i:first|last){_H}+")
#: After "nine-month": the figures of a period of accounts ("nine-month figures", "its nine-month sales").
_ACCOUNTS_AFTER = compile_lazily(
    rf"{_H}+(?i:figures|results|sales|revenues?|earnings|profits?|losses|turnover|period)(?![\w])"
)
#: A group of people right before the range of their ages, said without "aged": "young people 15 to 24",
#: "adults 18-64", "les jeunes 15-24".
_PEOPLE_AGES_BEFORE = _ending(
    rf"(?<![\w])(?i:young{_H}+people|youths?|children|kids|adults|teenagers|teens|jeunes|enfants|adultes){_H}+"
)
#: The oldest age a range of ages goes to.
OLDEST_AGE = 120
#: Children, then the words that open the range of their ages: "quatre enfants entre", "children aged".
_CHILDREN_AGED_BEFORE = _ending(
    rf"(?<![\w])(?i:enfants|bébés|children|kids|babies)(?:{_H}+(?:âgés|aged))?{_H}+(?i:entre|de|between|from)?{_H}*"
)
#: A baby or a young child, then the "de" of an age in months: "un bébé de 2 mois", "une fillette âgée de 22 mois",
#: "dont 51 enfants de moins de 6 mois" (a bound of the age).
_BABY_DE_BEFORE = _ending(
    rf"(?<![\w])(?i:bébés?|nourrissons?|enfants?|fillettes?|garçonnets?|petite?s?|filles?|garçons?)"
    rf"(?:,?{_H}+âgée?s?)?{_H}+de{_H}+(?:(?i:moins|plus|près){_H}+de{_H}+)?"
    # the second age of a range or a pair: "des enfants de 22 à 36 mois", "âgés de 22 et 36 mois"
    rf"(?:[0-9]{{1,2}}{_H}+(?:à|et|ou){_H}+)?"
)
#: Function words that may sit between a person and an estimated age ("un Néerlandais de près de 30 ans").
_AGE_ESTIMATE_WORDS = frozenset({"de", "d", "près", "plus", "moins", "environ"})
_CURRENCY_BEFORE = _ending(rf"(?<![A-Za-z])(?P<w>{_alt(t.CURRENCY_PREFIXES)}){_H}?")
#: The last characters of the currency prefixes (none a space): what must come right before a number, or
#: before the one space before it, for :data:`_CURRENCY_BEFORE` to match.
_CURRENCY_PREFIX_ENDS = frozenset(p[-1] for p in t.CURRENCY_PREFIXES)
#: Currencies an amount in another currency may be paid in: "a $70M Bitcoin payment" is in dollars.
_CRYPTO = frozenset({"BTC", "ETH", "USDC", "USDT", "XMR"})
#: The nouns a text counts a cryptocurrency's units by once it has named it: "coins", "tokens", "jetons".
_COIN_NOUNS = frozenset({"coin", "coins", "token", "tokens", "jeton", "jetons"})
#: A cryptocurrency named in a text: its units are what "coins" or "tokens" count after it. NEM is named in
#: capitals only ("des nems" are spring rolls).
_CRYPTO_NAMED_RE = compile_lazily(
    r"(?<![\w])(?:(?P<w>(?i:bitcoins?|btcs?|ethers?|ethereums?|éthers?|éthereums?|moneros?|xmr|tether|usdt|usdc))"
    r"|(?P<nem>NEM|XEM))(?![\w])"
)
_ABOUT = (
    rf"(?:{_H}+(?i:over|under|about|around|between|from|more{_H}+than|less{_H}+than|nearly|almost|de plus de"
    rf"|de moins de|d'environ))?"
)
#: An age group named after its ages: "the 80-89 age bracket", "the 18-24 age group".
_AGE_GROUP_NAMED_AFTER = compile_lazily(
    rf"(?:{_H}*[-–]{_H}*[0-9]{{2,3}})?{_H}+(?i:age){_H}+(?i:bracket|group|range|band|category|cohort)(?![\w])"
)
#: The end of a range of ages after its first number, nothing counted after it: "those 60 to 69,", "those 50-64."
_AGE_RANGE_END_AFTER = compile_lazily(
    rf"{_H}*(?:to|-|–|and){_H}*[0-9]{{2,3}}(?=[,.;:)]|{_H}+(?:and|or|while|et)\b)"
)
_AGE_PREFIX_BEFORE = _ending(
    rf"(?i:\baged|\bages|\bages{_H}+of|\bages(?:{_H}+of{_H}+(?:the{_H}+|those{_H}+)?[^\W\d_]+)?{_H}+(?:range|ranged|ranging){_H}+from|\bage{_H}+of"
    rf"|\b(?:both|each|all){_H}+age|,{_H}*age"  # "two sisters, both age 14", "Jane Roe, age 45,"
    # "but Rudakubana's age, 17 at the time of the attack, ruled it out", "his age: 17"
    rf"|(?:[^\W\d_]['’]s|\bhis|\bher|\btheir){_H}+age{_H}*[,:]"
    # "the ages of the dead and injured ranged between", "the victims ranged in age from"
    rf"|\bages{_H}+of{_H}+(?:[^\W\d_]+{_H}+){{1,5}}?(?:range|ranged|ranging)|\b(?:range|ranged|ranging){_H}+in{_H}+age"
    rf"|\b(?:average|median|mean){_H}+age(?:{_H}+of{_H}+(?:the{_H}+|those{_H}+)?[^\W\d_]+)?{_H}+(?:was|is|were|stood{_H}+at)"
    rf"|\bage{_H}+(?:groups?|range|brackets?|bands?){_H}+(?:of|from|between)|\bat{_H}+age"
    # "offered up to age 26", "children of age 12", "from age 11", "under age 18"; "people age 65 and older"
    rf"|\b(?:people|persons|adults|children|kids|teens|women|men|seniors|residents|patients|workers|those|anyone)"
    rf"{_H}+age"
    # "children as young as one", "patients as old as 90": the youngest's or the oldest's age
    rf"|\bas{_H}+(?:young|old){_H}+as"
    rf"|\b(?:up{_H}+to|of|from|under|over|until|after|before|by){_H}+age|âgée?s?{_H}+(?:que{_H}+)?de|l['’]âge{_H}+de|retirement{_H}+age{_H}+(?:to|from|at)"
    rf"|l['’]âge{_H}+(?:légal{_H}+)?de{_H}+(?:départ{_H}+à{_H}+)?la{_H}+retraite{_H}+(?:à|de)){_ABOUT}{_H}+"
)
#: A capitalised word, then "was", right before a number: "Kiptum was 24." (see the age rule that reads it).
_SURNAME_WAS_BEFORE = _ending(
    rf"(?<![\w'’-])(?P<n>[A-Z][a-z][\w'’-]*){_H}+(?:was|(?P<to_be>will{_H}+be|would{_H}+be)){_H}+"
)
#: A person the number after is the age of, alone in its clause: "He was 29.", "the victim, who was 17, had".
_PERSON_WAS_BEFORE = _ending(
    rf"(?<![\w])(?:(?i:he|she|who){_H}+(?:was|is|will{_H}+be|would{_H}+be|turns|turned"
    rf"|would{_H}+have{_H}+(?:turned|been))"
    # "The Nova Scotia native was 23.", "the victim was 19,": a person's noun, then the past "to be"
    rf"|(?<![\w])(?i:native|victim|woman|man|girl|boy|teenager|teen|driver|suspect|pilot|soldier|mother|father"
    rf"|son|daughter|student|gunman|attacker|shooter|patient|passenger|worker|resident|hiker|climber){_H}+was"
    # "until June 2028, when Blatter would be 92": the age a named person reaches at a date
    rf"|(?<![\w])(?i:when|by{_H}+which{_H}+time){_H}+[A-Z][\w'’-]+(?:{_H}+[A-Z][\w'’-]+)?{_H}+(?:would|will){_H}+be"
    rf"|(?i:he|she)['’]s|(?i:he|she)['’]ll{_H}+be"
    # "Margaret Keenan turns 91 next week": whoever turns a bare number is a person reaching that age
    rf"|(?<![\w])(?i:turns|turned|will{_H}+turn|would{_H}+have{_H}+turned))"
    # "The patient, who was over 65,": an age as a bound
    rf"{_H}+(?:(?i:only|just|over|under|about|around|nearly|almost){_H}+)?"
)
#: An age a rule sets, then in its clause the values it moves from or to: "the legal age that opens the right to
#: a full pension would be pushed back from the current 62 to 64", "raise the retirement age to 67".
AGE_MOVED_REACH = 120
_AGE_MOVED_BEFORE = _ending(
    rf"(?<![\w])(?i:retirement|pension|pensionable|legal|voting|minimum|drinking|school-leaving){_H}+(?i:age)(?![\w])"
    rf"[^.;:!?\n]{{0,100}}?(?<![\w])(?i:from|to|reach|reaches|reaching|of)"
    rf"(?:{_H}+(?:(?i:the){_H}+)?(?i:current|present|existing))?{_H}+"
)
#: A French verb of dying, then "à" and the age: "avant de mourir en 1918 à 55 ans", "morte dimanche à 91 ans".
DIED_AT_FR_REACH = 60
_DIED_AT_FR_CUES = ("mour", "meurt", "mort", "décéd", "décès", "éteint")
_DIED_AT_FR_BEFORE = _ending(
    rf"(?<![\w])(?i:mourir|meurt|mort|morte|décédée?|décède|s['’]est{_H}+éteinte?)(?![\w])"
    rf"(?:{_H}+[^\W\d_][\w'’-]*|{_H}+[0-9]{{4}}|,){{0,5}}{_H}+à{_H}+"
)
#: A clause of time right after a person's bare age: "will be 67 before he", "was 19 when she left".
_AGE_AT_A_TIME_AFTER = compile_lazily(
    rf"{_H}+(?i:before|when|until|by{_H}+the{_H}+time|once){_H}+(?i:he|she|they|his|her|the)(?![\w])"
)
#: A verb of reaching an age right before a bare number: "if she turns 75 before", "turned 40 in jail".
_TURNS_BEFORE = _ending(rf"(?<![\w])(?i:turns|turned|turning|will{_H}+turn|would{_H}+have{_H}+turned){_H}+")
#: The day a person's age is said of: "He turned 40 last week", "who would have been 52 on Friday", "who turns 20
#: later in June".
_AGE_DAY_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:next|last|this){_H}+(?i:week|month|year|spring|summer|autumn|fall|winter)"
    rf"|on{_H}+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?i:today|tomorrow|yesterday)"
    # "who turns 20 later in June", "turned 60 in March"
    rf"|(?i:later|earlier)|in{_H}+(?:January|February|March|April|May|June|July|August|September|October"
    rf"|November|December))(?![\w])"
)
#: The youngest or the oldest of a group, then their age: "the youngest prisoner exchanged was 19", "and the
#: oldest 71".
_YOUNGEST_BEFORE = _ending(
    rf"(?<![\w])(?i:the){_H}+(?i:youngest|oldest)(?:(?:{_H}+[^\W\d_][\w'’-]*){{0,3}}{_H}+(?i:was|is|being))?{_H}+"
    # "the oldest winner of the race at 61"
    rf"|(?<![\w])(?i:the){_H}+(?i:youngest|oldest)(?:{_H}+[^\W\d_][\w'’-]*){{1,5}}{_H}+(?i:at){_H}+"
)
#: What may follow a number with no noun of its own: a relative pronoun or a verb of what befell people.
_NO_NOUN_AFTER = (" who ", " died", " were ", " are ", " have ", " had ", " qui ")
#: People said by the age they are under or over: "children under 13", "users over 65", "children under age
#: 15" (the number then has no noun of its own).
_PEOPLE_BOUND_BEFORE = _ending(
    rf"(?<![\w])(?i:children|kids|users|people|adults|teenagers|teens|minors|youths|young{_H}+people|those|"
    rf"anyone|persons|residents|girls|boys|women|men|patients|students|players|drivers|workers|customers|"
    rf"individuals|seniors|elderly|retirees|pensioners|aged|babies|infants|toddlers){_H}+(?i:under|over|below|above){_H}+"
    rf"(?:(?i:age){_H}+)?"
    # the deaths of children of an age: "deaths under five fell to 5.4 million", "mortality under five"
    rf"|(?<![\w])(?i:deaths|mortality){_H}+(?i:under){_H}+(?:(?i:age){_H}+)?"
)
#: The people of an age and older: "among people 65 and older", "those 80 and over", "adults 65 and up".
_PEOPLE_BEFORE = _ending(
    rf"(?<![\w])(?i:children|users|people|adults|those|anyone|persons|residents|women|men|patients|seniors|"
    rf"individuals|Canadians|Americans|Quebecers|Europeans|passengers?|travell?ers|workers|voters|students"
    rf"|pupils)(?:{_H}+of)?{_H}+"
)  # "adults of 60 years and over"
_AND_OLDER_AFTER = compile_lazily(rf"{_H}+(?i:and|or){_H}+(?i:older|over|up|above)(?![\w])")
#: A clause about an age that gives it later: "l'âge moyen des mères s'établit à 31,0 ans, contre 29,5 ans".
_AGE_CLAUSE_BEFORE = _ending(
    rf"(?<![\w])(?i:âge)(?![\w])[^.;:!?\n]{{0,90}}(?<![\w])(?i:à|de|contre|et|entre|atteint|est{_H}+de){_H}+"
)
#: Boeing's airliner models, named as a number near the maker's name.
#: An airliner's model right before its variant's number: "777-", "A350-".
_VARIANT_HEAD_RE = compile_lazily(r"(?<![\w])(?:A3[0-9]{2}|7[0-9]7)-$")
#: The variants of a model listed: "en versions -8 et -10", "variants -9 and -10".
_VERSIONS_BEFORE = _ending(
    rf"(?<![\w])(?i:versions?|variantes?|variants?){_H}+(?:-[0-9]+(?:{_H}+(?:et|and|ou|or)|,){_H}+)*-?"
)
_AIRLINER_MODELS = frozenset({"707", "717", "727", "737", "747", "757", "767", "777", "787"})
#: An Airbus airliner's model: "A350", "A320neo".
_AIRBUS_MODEL_RE = compile_lazily(r"(?<![\w])A3[0-9]{2}")
#: What follows the last number of a list of counts, or ends it: "25 777 et 38 787 - trente", "(12 787)".
_MODEL_COUNT_ENDS_AFTER = compile_lazily(rf"{_H}*(?:[,;.:)\-–]|(?:et|and|ou|or)(?![\w])|$)")
#: The words of a text on airliners, lowercased.
_AIRLINER_WORDS = ("boeing", "airbus", "dreamliner", "long-courrier", "flotte", "fleet", "aircraft", "avions")
#: What follows an airliner's model number when no maker is named: "737-500", "737 MAX", "787-9".
_MODEL_SERIES_AFTER = compile_lazily(
    rf"-[0-9]{{1,3}}(?![0-9])|(?:{_H}|-)?(?:MAX|Max)(?:e?s)?(?![\w])|(?:{_H}|-)?Dreamliners?(?![\w])"
    # "20 787s", "10 777Xs", "a 777X": the model's plural, its letter
    rf"|X?s?(?=[^\w]|$)(?<![0-9])"
    # "the 737 passenger jet", "a 737 jetliner": the model, named as an aircraft
    rf"|{_H}+(?:(?i:passenger|cargo){_H}+)?(?i:jets?|jetliners?|airliners?|aircraft|planes?)(?![\w])"
)
#: What ends right before an airliner's variant number: the "8" of "737 MAX 8".
_VARIANT_ENDINGS = ("737 MAX ", "737 Max ", "737-MAX ")
#: A group of three digits after ", " that ends a number typed with a stray space ("17, 793 migrants",
#: "8, 794,726 votes"): a noun or a stop follows, not the link to the next number of a list ("5, 100 and 200").
_STRAY_GROUP_RE = compile_lazily(
    # (not "de ce nombre de 373, 256 se trouvaient": a pronoun or a verb after a part of a count said before)
    r", (?P<g>[0-9]{3}(?:,[0-9]{3})*)(?![0-9]|[.,][0-9])"
    r"(?=[ \u00a0]+(?!(?:and|et|or|ou|to|à|se|sont|ont|étaient|avaient|were|are|have|had)(?![\w]))[a-zà-ÿ]"
    r"|[.;:)]|,\s)"
)
#: A French decimal comma typed with a space after it, right before a scale word: ", 2 milliards".
_STRAY_DECIMALS_RE = compile_lazily(r", (?P<d>[0-9]{1,2})(?=[ \u00a0](?:millions?|milliards?)(?![\w]))")
#: The word before such a number: what comes before a count, not a date's month ("June 5, 200 people").
_STRAY_LEAD_BEFORE = _ending(
    rf"(?<![\w])(?i:of|the|to|at|than|about|some|over|nearly|almost|around|total|de|des|les|à|et|plus|environ|près)"
    rf"{_H}+"
)
#: A plural noun right after a number: " inspections", " personnes".
_PLURAL_NOUN_AFTER = compile_lazily(rf"{_H}+[a-zà-ÿ]+[sx](?![\w])")
#: A month's name right before a day's number: "May ", "mai ", "le 3 juin" is not this.
_MONTH_DAY_BEFORE = _ending(
    rf"(?<![\w])(?i:{'|'.join(sorted({*t.MONTHS_EN, *t.MONTHS_FR}, key=len, reverse=True))})\.?{_H}+"
)
#: An age as a bound or a span: "women older than 40", "the retirement age would rise from 62 (to 64)".
_OLDER_THAN_BEFORE = _ending(rf"(?<![\w])(?i:older|younger){_H}+than{_H}+")
_AGE_SPAN_BEFORE = _ending(rf"(?<![\w])(?i:age)(?:{_H}+[a-z]+){{0,4}}{_H}+(?:from|to|at|of){_H}+")
_AGE_END_AFTER = compile_lazily(rf"{_H}*(?:[,.;:)]|$|(?:to|from|and|or|et|ou|à)(?![\w]))")
_PREV_WORD_BEFORE = _ending(r"(?P<w>[\w'’]+)" + _H + "+")
#: The days of the week and the months in French: an hour right after one is a time of that day.
_DAY_WORDS_FR = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août "
    "septembre octobre novembre décembre".split()
)
#: A weekday's part after an hour written bare: "around 5 Friday morning", "at 11 Sunday night".
_DAY_PART_AFTER = compile_lazily(
    rf"{_H}+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday){_H}+(?:morning|afternoon|evening|night)"
    rf"(?![\w])"
)
#: The words before such an hour: "around 5", "at 11" (not "up from 64 Monday morning", a count).
_AT_HOUR_WORDS = ("around ", "at ", "about ", "by ", "until ", "before ", "after ", "since ")
#: A month, its day, then more days, up to the number after them: "Nov. 14, 15, 16, 21, 22, and ".
_DAYS_LISTED_AFTER_MONTH_BEFORE = compile_lazily(
    rf"(?<![\w])(?:{'|'.join(re.escape(m) for m in (*t.MONTHS_EN, *t.MONTHS_FR) if len(m.rstrip('.')) >= 3)})"
    rf"{_H}+[0-9]{{1,2}}(?:{_H}*,{_H}*[0-9]{{1,2}})*(?:{_H}*,{_H}*(?:(?i:and|et){_H}+)?|{_H}+(?i:and|et){_H}+)$"
)
#: What ends a day of such a list: a comma, "and", the sentence's end (not "On Nov. 14, 15 people were hurt").
_LISTED_DAY_END_AFTER = compile_lazily(rf"{_H}*(?:[,.;)]|$)|{_H}+(?i:and|et|in|at|à|en|au|from|de)(?![\w])")
#: How far after a count of a noun an item of its list whose noun is elided may come.
ELIDED_ITEM_REACH = 50
#: How far after a count its part may be said with its noun elided: "19 deaths in 2024 prior to Tuesday's
#: incident, including nine since the start of July".
SUBSET_ITEM_REACH = 90
#: What opens the part: ", including", ", dont", ", among them".
_SUBSET_ITEM_BEFORE = compile_lazily(
    rf",{_H}*(?i:including|dont|among{_H}+them|parmi{_H}+eux|parmi{_H}+elles){_H}+$"
)
#: What follows the part's number: the time or place it is given for.
_SUBSET_ITEM_AFTER = compile_lazily(
    rf"{_H}+(?i:since|depuis|during|pendant|this|last|cette|ce|for|pour|in|à|au|en|chez|at)(?![\w'’-])"
)
#: What opens such an item: ", with ", " and ", " et ", ", ".
_ELIDED_ITEM_BEFORE = compile_lazily(rf"(?:,{_H}*(?:(?i:with|avec){_H}+)?|{_H}(?i:and|et){_H}+)$")
#: What follows it: the party or the place it is given for.
_ELIDED_ITEM_AFTER = compile_lazily(rf"{_H}+(?i:for|pour|vers|to|in|à|au|en|chez)(?![\w'’-])")
#: A day of every month after its number: "chaque 8 du mois", "le 15 de chaque mois".
#: A list of numbers opened by "Nos." or "numéros", up to the next one: "Nos. 1, 6, and ", "numéros 3, 7 et ".
_NUMBERS_LISTED_BEFORE = compile_lazily(
    rf"(?<![\w])(?:Nos\.|(?i:numéros)){_H}*[0-9]{{1,3}}(?:{_H}*,{_H}*[0-9]{{1,3}})*{_H}*,?{_H}*(?:and|et)?{_H}*$"
)
#: A factor's verb before it: "multiplié par", "divisés par plus de", "multiplied by", "divided by nearly".
_MULTIPLIED_BY_BEFORE = _ending(
    rf"(?<![\w])(?i:multipli[ée]e?s?|divis[ée]e?s?|multiplied|divided){_H}+(?i:par|by)"
    rf"(?:{_H}+(?i:plus{_H}+de|près{_H}+de|presque|environ|more{_H}+than|nearly|almost|about))?{_H}+"
)
#: A pack before the number of what it holds: "le paquet de 20", "a pack of 20", "packs of 25".
_PACK_OF_BEFORE = _ending(rf"(?<![\w])(?i:paquets?|packs?|packets?|cartouches?){_H}+(?i:de|of){_H}+")
#: What a pack holds, or the clause's end: "20 cigarettes", "20 cigarillos", "a pack of 20.", "de 20, à 7 euros".
_PACKED_AFTER = compile_lazily(
    rf"{_H}+(?i:cigarettes?|cigarillos?|cigares?|cigars?)(?![\w])|{_H}*[,.;:)]|{_H}+(?i:à|at|for|pour)(?![\w])"
)


#: The quote closing on a number: " »", '"'.
_QUOTED_NUMBER_AFTER = compile_lazily(rf"{_H}?[»\"”]")
#: A gun's bore after its number: ".45 calibre", ".380 caliber", ".22-calibre", ".38 cal.", ".357 Magnum".
_CALIBRE_AFTER = compile_lazily(rf"(?:{_H}|-)(?i:calibre|caliber|cal\.|magnum|special|auto|acp)(?![\w])")
#: A French month's name right after a number word ("du six octobre"): the number is its day.
_MONTH_NAMED_RIGHT_AFTER = compile_lazily(
    rf"{_H}+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?![\w])"
)
_OF_THE_MONTH_AFTER = compile_lazily(rf"{_H}+(?i:du|de{_H}+chaque){_H}+mois(?![\w])")
#: A vehicle's size after its number: "18 seater buses", "a 12-seater plane".
_SEATER_AFTER = compile_lazily(r"[- \u00a0](?i:seaters?|places?-assises)(?![\w])")
#: A swimming event after its distance: "the women's 200 individual medley", "le 100 m papillon", "the 4x100
#: freestyle relay": the race's name, no count.
_SWIM_EVENT_AFTER = compile_lazily(
    rf"(?:(?:-|{_H})?(?i:m|metres?|meters?|mètres))?{_H}+(?i:individual{_H}+medley|medley|freestyle|butterfly"
    rf"|backstroke|breaststroke|nage{_H}+libre|quatre{_H}+nages|4{_H}+nages|papillon|dos|brasse)(?![\w])"
)
#: A swimming event by its short name, after "the" or whose event it is: "the 200 fly", "the women's 100 free",
#: "the 400 IM" (not "sent 200 back", nor "the 100 free tickets": a plural after it is what it counts).
_SWIM_SHORT_EVENT_AFTER = compile_lazily(rf"{_H}+(?:fly|free|back|breast|IM)(?![\w]|{_H}+[^\W\d_]+s(?![\w]))")
#: The part of a building or a site a number names: "pavilion 2", "le bâtiment 7", "reactor 4".
_NUMBERED_PART_BEFORE = compile_lazily(
    r"(?<![\w])(?:(?i:pavilion|pavillon|wing|block|terminal|hall|gate|pier|platform|quai|bâtiment|aile|bloc"
    r"|ward|reactor|réacteur)(?<!the Bloc)(?<!The Bloc)(?<!le Bloc)(?<!Le Bloc))[ \u00a0]$"
)
#: What a year is compared with after: "par rapport à 2024", "compared with 2019".
_COMPARED_WITH_BEFORE = _ending(
    rf"(?<![\w])(?i:par{_H}+rapport{_H}+à|comparée?s?{_H}+à|compared{_H}+(?:to|with)){_H}+"
)

_ELIDED_RE = compile_lazily(r"^(?:[a-zA-Z]|qu)['’]")
#: Endings of French nouns of a person the lexicon may lack: "humanitaire", "militante", "infirmier".
_PERSON_ENDINGS = ("aire", "iste", "eur", "euse", "rice", "ant", "ante", "ier", "ière")
#: A noun glued to its elided article: "l'humanitaire", "l’otage".
_ELIDED_NOUN_RE = compile_lazily(r"[lL]['’](?P<noun>[a-zà-ÿ][a-zà-ÿ-]+)")
_DL_RE = compile_lazily(r"^[dl]['’]")
_SPACES_RE = compile_lazily(r"\s+")


def _one_spaced(words: str) -> str:
    """``words`` with each run of white space made one space ("per  cent" -> "per cent")."""
    return words if words.isalpha() else _SPACES_RE.sub(" ", words)


#: French words ending in "s" or "x" that may follow a year, no noun among them ("en 2019 toujours"), beyond
#: the function words of ``NOT_NOUNS``.
_ADVERBS_IN_S_FR = frozenset(
    "mais dès toujours jamais très parmi ceux celles deux trois assez ailleurs désormais tandis fois mois "
    "lorsqu'alors jusqu'alors".split()
)
#: A lowercase French plural noun ("suppressions", "chevaux"): no year is followed by one.
_FRENCH_PLURAL_NOUN_RE = compile_lazily(r"[a-zéèêàâîôûç][a-zéèêàâîôûçœ'’-]{2,}(?:s|x)")
#: A number or a total named, then brought to a value in its clause: "ramener ce nombre à", "cut that number to".
_NUMBER_BROUGHT_TO_BEFORE = _ending(
    rf"(?<![\w])(?i:nombre|chiffre|total|bilan|effectifs?|number|figure|tally|toll)(?![\w])[^.;:!?\n\d]*"
    rf"(?<![\w])(?i:à|to){_H}+"
)
NUMBER_BROUGHT_REACH = 48
_YEAR_DETERMINERS = frozenset({"the", "its", "their", "this", "that", "his", "her", "our", "whose"})
_YEAR_TOKEN_RE = compile_lazily(r"(?:19|20)[0-9]{2}")
#: Right before a number of years that counts the years its sentence named: a comma after the last year named
#: ("1991 et de 2017, deux années"), or a demonstrative ("ces deux années", "these two years", "both").
_YEARS_APPOSED_BEFORE = compile_lazily(
    rf"(?:(?<![0-9])(?:19|20)[0-9]{{2}},{_H}+|(?<![\w])(?i:ces|these|those|les|the){_H}+)$"
)
#: The prepositions a year of a past century follows whatever word comes after it ("fondée en 1670 s'apprêtait").
_OLD_YEAR_PREPOSITIONS = frozenset({"en", "in", "since", "depuis", "dès", "to", "until", "jusqu'en"})
#: A modern year right after a number, joined as the end of a span: " et 1995", " to 2021", "-1995".
_TO_A_YEAR_AFTER = compile_lazily(
    rf"(?:{_H}+(?i:et|and|to|à|until|jusqu['’]en){_H}+|[-–])(?:19|20)[0-9]{{2}}(?![\w]|[.,][0-9])"
)
#: English plurals without an "s": "2000 people" is a count, as "2000 victims" is.
_PLURALS_WITHOUT_S = frozenset(
    {"people", "children", "men", "women", "police", "staff", "personnel", "cattle"}
)
#: A signed rate in brackets with its percent sign: "(+0.68%)", "(-1,2 %)".
_SIGNED_PERCENT_BRACKET_RE = compile_lazily(r"\([+\-−][ \u00a0]?[0-9]+(?:[.,][0-9]+)?[ \u00a0\u202f]?%\)")
#: A few words closing a bracket after a number: "(6,76 au budget)", "(3.1 a year earlier)".
_BRACKET_WORDS_AFTER = compile_lazily(rf"(?:{_H}+[^\W\d_][\w'’-]*){{1,4}}{_H}*\)")
#: Words that make a bracketed number no value in the scale of the amount before it: "(2,5 fois plus)".
_NOT_THE_SCALE_RE = compile_lazily(rf"(?i:fois|times|points?|pour{_H}?cent|per{_H}?cent|percent|%)")
#: The last word of a rough date after the verb of making a work (see :data:`_MADE_AROUND_BEFORE`).
_ROUGHLY_WORDS = frozenset({"around", "about", "circa", "c", "vers", "de"})
#: The verb of making a work, then a rough date's word: "painted around", "bâtie vers", "érigée autour de",
#: "dates to around".
_MADE_AROUND_BEFORE = _ending(
    r"(?<![\w])(?i:painted|built|founded|written|composed|created|made|erected|carved|dating|dated|dates"
    r"|peinte?|construite?|fondée?|écrite?|composée?|créée?|érigée?|bâtie?|sculptée?|datée?|datant)"
    # "which dates to around 1500", "dating back to about 1200", "dating from around 1650"
    rf"(?:{_H}+(?i:to|from|back{_H}+to))?"
    rf"{_H}+(?i:around|about|circa|c\.|vers|autour{_H}+de|aux{_H}+alentours{_H}+de){_H}+"
)
#: A verb of making a work, then a range's first year or the second after it: "fabriqué entre 880 et ",
#: "written between 1450 and ".
_MADE_BETWEEN_BEFORE = _ending(
    # the passive, what a work was made as ("they made between 300 and 400" counts what they made)
    rf"(?<![\w])(?:(?i:was|were|been|été|fut|furent){_H}+(?:(?i:probably|likely|probablement){_H}+)?"
    r"(?i:painted|built|founded|written|composed|created|made|erected|carved|copied|produced"
    r"|peinte?s?|construite?s?|fondée?s?|écrite?s?|composée?s?|créée?s?|érigée?s?|bâtie?s?|sculptée?s?"
    r"|fabriquée?s?|copiée?s?|rédigée?s?|réalisée?s?)|(?i:dating|dated|datant|datée?s?))"
    rf"{_H}+(?i:between|entre){_H}+(?:[0-9]{{3,4}}{_H}+(?i:and|et){_H}+)?"
)
#: After a range's first or second year, the range's end and no noun: " et 960.", " and 1460 in Florence".
_RANGE_OF_YEARS_ENDS_AFTER = compile_lazily(
    rf"(?:{_H}+(?i:and|et){_H}+[0-9]{{3,4}})?(?:{_H}*[,.;:)]|{_H}+(?i:by|par|in|en|à|au|at|dans|for|pour)(?![\w])|$)"
)
#: "back to", "dating to", "dates to": the year something goes back to; "remonte à" in French.
_BACK_TO_BEFORE = _ending(
    # "dont les origines remontent à 1670", "dont l'origine remonte à…1779"
    rf"(?<![\w])(?:(?i:back|dating|dates|dated){_H}+to|(?i:remonte|remontent|remontait|remontaient){_H}+à"
    # "fait remonter ses origines à 1774"
    rf"|(?i:remonter){_H}+(?:ses|leurs|son|sa){_H}+(?i:origines?|racines|débuts|histoire){_H}+à)"
    rf"(?:{_H}|…)+"
)
#: A year of another calendar or a past century, only right after "l'an" or "année": "l'an 1443 de l'hégire".
_CALENDAR_YEAR_TOKEN_RE = compile_lazily(r"1[0-4][0-9]{2}")
_YEAR_OF_CALENDAR_BEFORE = _ending(rf"(?<![\w])(?i:l['’]an|année|the{_H}+year){_H}+")
_OLD_YEAR_TOKEN_RE = compile_lazily(
    r"1[5-8][0-9]{2}|21[0-9]{2}"
)  # a year only after a year word: "depuis 1873", "by 2100"
#: A year of the Middle Ages after its preposition, its clause ending on it: "whose construction began in 1434,",
#: "dates from 1190." (not "ce chiffre était de 1094.", nor "de 1300 à plus de 3200 postes").
#: A date's day and month before its year: "inaugurated on February 20, 1879", "le 20 février 1879", "on 3rd
#: March 1871": a year however old, as "20 février 2019" is one.
_DAY_AND_MONTH_BEFORE = _ending(
    rf"(?<![\w])(?:(?i:{'|'.join(sorted({*t.MONTHS_EN, *t.MONTHS_FR}, key=len, reverse=True))})\.?{_H}+"
    rf"[0-9]{{1,2}}(?:st|nd|rd|th)?,?|[0-9]{{1,2}}(?:er|st|nd|rd|th)?{_H}+"
    rf"(?i:{'|'.join(sorted({*t.MONTHS_EN, *t.MONTHS_FR}, key=len, reverse=True))})\.?){_H}+"
)
_MEDIEVAL_YEAR_BEFORE = _ending(rf"(?<![\w])(?i:in|en|from|since|depuis|dès|vers|around|circa|c\.){_H}+")
_CLAUSE_END_AFTER = compile_lazily(r"[,.;:)]")
_RANGE_HEAD_RE = compile_lazily(r"-|[0-9][0-9.,]*-")
_RANGE_TAIL_RE = compile_lazily(r"-[0-9][0-9.,]*")
_LONG_WORD_RE = compile_lazily(r"[^\W\d_]{4,}")


@cache
def _duration_after(langs: tuple[str, ...]) -> re.Pattern[str]:
    units = {k for lg in langs for k in t.DURATION_UNITS[lg]}
    adjectives = _alt(t.DURATION_ADJECTIVES, "i")
    # not a Swiss penalty's "jours-amendes", a count of fines by the day, nor "144,000 day-tripping visitors"
    # (or "ans" glued to the digits: "(45ans)")
    return re.compile(
        rf"(?:{_H}+(?:{adjectives}{_H}+)?|(?<=[0-9])(?=ans(?![\w])))(?P<w>{_alt(units, 'i')})(?![\w]|-(?i:amende|trip))"
    )


#: Between two readings of a list of places: the first one's place, then a comma, "et" or "and".
_PLACE_THEN_RE = compile_lazily(
    rf"{_H}*(?:[°º]{_H}?C?)?{_H}*(?:à|au|in|at){_H}+[A-ZÀ-Ý][\w'’-]*(?:{_H}+[A-ZÀ-Ý(][\w'’()-]*)*"
    rf"{_H}*(?:,|;|{_H}et|{_H}and)(?:{_H}+(?:et|and))?{_H}*"
)
_PLACE_AFTER_RE = compile_lazily(rf"{_H}*(?:[°º]{_H}?C?)?{_H}*(?:à|au|in|at){_H}+[A-ZÀ-Ý]")
#: The counted noun of a count in brackets, then the closing bracket: "(4 100 foyers)", "(268 clients)".
_NOUN_BRACKET_END_RE = compile_lazily(rf"{_H}+[^\W\d_]+(?:{_H}+[^\W\d_]+)?{_H}*\)")
#: Between a part and its total: "4 des 6,2 millions", "3 of the 7 million".
_PART_OF_RE = compile_lazily(rf"{_H}+(?i:des|of{_H}+the|sur{_H}+les){_H}+")
#: What opens the value a change starts from: "risen from 225 to 326", "passé de 12 à 15".
_FROM_BEFORE = _ending(rf"(?<![\w])(?i:from|de|d['’]){_H}+")
#: What joins the numbers of a list or a range: "1,350 and 1,700", "24-29", "10, 20 ou même 30".
_ASIDE_DASH_RE = compile_lazily(r"--|\s—|—\s")
#: Between the two values of a change: " to ", " à ", " to about ", " à environ ".
_FROM_TO_GAP_RE = compile_lazily(
    rf"{_H}+(?i:to|à)(?:{_H}+(?i:about|around|nearly|almost|some|environ|quelque|près{_H}+de))?{_H}+"
)
_JOINED_RE = compile_lazily(
    rf"{_H}*(?:,{_H}*)?(?:(?:-|–|—|±|(?i:to|and|or|et|ou|à|voire|(?:or|and|ou|et)\s+(?:even|même)|(?:et|ou)\s+de)){_H}*){{0,2}}"
    r"\+?"  # a rise's sign on the second: "entre +6 et +7%"
)


@cache
def _literals_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for any of ``words`` as written: one search of a window instead of a find per word."""
    return re.compile("|".join(re.escape(w) for w in words))


@cache
def _durations(langs: tuple[str, ...]) -> dict[str, str]:
    return {k: v for lg in langs for k, v in t.DURATION_UNITS[lg].items()}


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` opens a sentence, a line or a list item: only spaces, quotes or an opening
    bracket between it and the start of the text or a stop."""
    i = pos
    while i > 0 and text[i - 1] in " \t\u00a0\u202f\"'“‘«(":
        i -= 1
    return i == 0 or text[i - 1] in ".!?:;\n•-–—"


#: A quantifier right before a bare number word a verb follows: "the other three will", "all three had", "only
#: six will", "tous les trois ont".
_QUANTIFIER_BEFORE = _ending(
    rf"(?<![\w])(?i:the{_H}+other|all|only|les{_H}+seuls?|tous{_H}+les|toutes{_H}+les){_H}+"
)
#: An auxiliary or a modal verb right after such a number (not a copula: "the other two were 'grabbing ...'"
#: describes things).
_MODAL_AFTER = compile_lazily(
    rf"{_H}+(?:have|has|had|will|would|could|can|must|should|may|ont|avaient|seront|vont|doivent|pourront"
    rf"|devront)(?![\w])"
)
#: The largest number so counted (a handful of people, not a list's item).
MAX_COUNTED_BY_VERB = 20
#: An auxiliary verb right after a count opening its sentence: "Three have been repaired", "Deux ont été".
_AUXILIARY_AFTER = compile_lazily(
    rf"{_H}+(?:have|has|had|were|are|was|will|ont|sont|avaient|étaient)(?![\w])"
)
#: A capitalised word after a number word: "Two Mountains", "Five Eyes".
_CAPITALISED_WORD_AFTER = compile_lazily(rf"{_H}+[A-ZÀ-Ý][a-zà-ÿ]")
#: A capitalised name, then "of", "des" or "du", right before a number word: "Group of ", "Conseil des ".
_NAME_OF_BEFORE = compile_lazily(rf"(?<![\w])[A-ZÀ-Ý][a-zà-ÿ]+{_H}+(?:of|des|du){_H}+$")
#: Between two amounts of a range or of two estimates, each with its symbol: " to ", " à ", " - ", " or ".
_AMOUNT_RANGE_GAP_RE = compile_lazily(rf"{_H}*(?:[-–]|(?i:to|à|or|ou){_H}){_H}*")
_AND_GAP_RE = compile_lazily(rf"{_H}+(?i:and|et){_H}+")
#: A range's second end with a hedge of its own: "entre 1.000 et plus de 25.000 euros", "between 5 and nearly 9".
_AND_HEDGED_GAP_RE = compile_lazily(
    rf"{_H}+(?i:and|et){_H}+(?i:more{_H}+than|over|nearly|almost|plus{_H}+de|près{_H}+de|jusqu['’]à){_H}*"
)
_BETWEEN_BEFORE = _ending(rf"(?<![\w])(?i:between|entre){_H}+(?:[$€£]|US\$|C\$)?")
#: A range whose upper bound is hedged, "âgés de 17 à plus de 60 ans", "aged 17 to over 60": its opening word,
#: then the gap between the two numbers.
_HEDGED_RANGE_FROM_BEFORE = _ending(rf"(?<![\w])(?i:aged|ages|from|âgée?s?{_H}+de|de){_H}+")
_TO_HEDGED_GAP_RE = compile_lazily(
    rf"{_H}+(?i:to|à){_H}+(?i:more{_H}+than|over|under|nearly|almost|plus{_H}+de|moins{_H}+de|près{_H}+de){_H}*"
)
#: The digits a range's second number opens with.
_LEADING_DIGITS_RE = compile_lazily(r"[0-9]+")
#: "who was 27 at the time", "who was 19 when": a person's age then.
_WHO_WAS_BEFORE = _ending(rf"(?<![\w])(?i:who|she|he){_H}+(?i:was|is){_H}+")
_AT_THE_TIME_AFTER = compile_lazily(rf"{_H}+(?i:at{_H}+the{_H}+time|when|years{_H}+old)(?![\w])")
#: People who were below or above an age when something befell them: "most were under 21 when the abuse took
#: place", "they were over 65 at the time".
_WERE_UNDER_BEFORE = _ending(rf"(?<![\w])(?i:were|was|are|is|being){_H}+(?i:under|over|below|above){_H}+")
#: A maker and an aircraft's model after a count: " Boeing 737 Max", " Airbus A320neo", " Embraer 175".
_AIRCRAFT_MODEL_AFTER = compile_lazily(
    rf"{_H}+(?:Boeing|Airbus|Embraer|Bombardier){_H}+[A-Z]{{0,3}}-?[0-9]{{2,4}}(?:[-\w]*)(?:{_H}+(?:MAX|Max|neo|NEO)(?:{_H}*[0-9])?)?"
)
#: The most words a line in Title Case has to be a headline.
TITLE_LINE_WORDS = 20
#: A transit route's noun, singular, right after its number ("the 151 line", "the 24 streetcar").
_ROUTE_AFTER_RE = compile_lazily(rf"{_H}+(?i:bus|line|streetcar|tram|route)(?![\w-])")

#: The nouns of a party's tally, said once before a list of parties' tallies.
_TALLY_WORDS = ("seats", "votes", "ridings", "sièges", "voix", "mandats")
#: After the count of a rate: its noun, then the base it is per: " tués pour 100.000", " per 100,000".
_SEP = "[ .,\u00a0\u202f]?"
#: The anonymous sources a report quotes, counted: "two people familiar with the matter", "three sources with
#: knowledge of the talks", "deux sources proches du dossier": how the report knows, no figure of its story.
_SOURCES_AFTER = compile_lazily(
    rf"{_H}+(?:[^\W\d_]+{_H}+)?(?i:people|persons|sources|officials|diplomats|executives|personnes|responsables"
    rf"|diplomates)(?:{_H}*,)?{_H}+(?i:(?:directly{_H}+)?familiar{_H}+with|with{_H}+(?:direct{_H}+)?knowledge{_H}+of"
    rf"|briefed{_H}+on|close{_H}+to{_H}+the{_H}+(?:matter|talks|negotiations|deal|investigation|probe|case)"
    rf"|proches?{_H}+(?:du{_H}+dossier|de{_H}+l['’]enquête|des{_H}+négociations)|au{_H}+fait{_H}+d(?:u|es?))(?![\w])"
)
#: What a text holding a match of :data:`_SOURCES_AFTER` holds after the count.
_SOURCING_HINTS = ("amiliar", "nowledge", "briefed", "close to", "proche", "au fait")
_RATE_NUMERATOR_AFTER = compile_lazily(
    rf"(?:{_H}+[^\W\d_][\w'’-]*){{0,2}}?{_H}+(?i:pour|per|par|for{_H}+every){_H}+"
    rf"(?:100{_SEP}000|10{_SEP}000|1{_SEP}000{_SEP}000|1{_SEP}000|100|(?i:cent{_H}+mille|mille))(?![\w.,]?[0-9])"
)
#: Postcodes named as such, and the list they open: "zip codes (11205, 11206 and", "code postal ".
_POSTCODES_BEFORE = _ending(
    rf"(?:(?i:zip|postal|post){_H}*(?i:codes?)|(?i:codes?){_H}+(?i:postal|postaux))"
    rf"{_H}*[(:]?{_H}*(?:[0-9]{{4,5}}{_H}*(?:,|(?i:and|or|et|ou)(?![\w])){_H}*)*"
)
#: Between two listed ages: ", ", " and ", ", de ", " et enfin de ".
_AGE_LIST_JOIN_RE = compile_lazily(
    rf",?{_H}*(?:(?i:and|et|or|ou)(?:{_H}+(?i:enfin|finally))?{_H}+)?(?:(?i:de|d['’]|at){_H}*)?"
)
#: A range's join and the number of its other bound: " à 61", " to 3".
_RANGE_TO_NUMBER_RE = compile_lazily(rf"{_H}+(?i:à|to|et|and){_H}+[0-9]")
#: ... and a second bound in a unit of time: "24 to 48 hours", "24 à 48 heures".
_RANGE_TO_TIME_RE = compile_lazily(
    rf"{_H}+(?i:à|to){_H}+[0-9]+{_H}+(?i:hours?|heures?|days?|jours?|weeks?|semaines?|months?|mois|years?|ans)(?![\w])"
)
#: The two bounds of a range: "6 mois à 58 ans", "6 months and 58 years".
_RANGE_JOIN_RE = compile_lazily(rf"{_H}+(?i:à|to|et|and){_H}+")
#: What opens a range of ages: "âgées de", "aged between", "ranging in age from", "d'âge entre", "in the age
#: groups of six to 14 years".
_AGES_FROM_BEFORE = _ending(
    rf"(?<![\w])(?i:âgée?s?{_H}+(?:de|entre)|aged(?:{_H}+(?:between|from))?|ages?{_H}+(?:ranging{_H}+)?"
    rf"(?:between|from)|(?:range|ranged|ranging){_H}+in{_H}+age{_H}+(?:from|between)|d['’]âge{_H}+(?:de|entre)|ont{_H}+entre"
    rf"|age{_H}+(?:groups?|range|brackets?|bands?){_H}+(?:of|from|between)){_H}+"
)

#: How far into its paragraph a scaled count still gives its noun to a change of a bare scaled number.
COUNT_PARAGRAPH_REACH = 600
#: A change of a quantity right before a bare number: "up 1.22 million", "rose by 1.07 million to", "grew by".
_COUNT_CHANGED_BY_BEFORE = _ending(
    rf"(?<![\w])(?i:up|down|rose|fell|grew|dropped|climbed|gained|lost|increased|decreased|jumped)"
    rf"(?:{_H}+(?i:by))?{_H}+(?:[0-9][0-9.,]*{_H}+(?i:million|billion){_H}+(?i:to){_H}+)?"
)
#: "cents" right after a currency's word: "20 euro cents", "an 18 euro cent discount".
_CENT_OF_AFTER = compile_lazily(rf"{_H}+(?i:cents?)(?![\w])")
#: A population said by its size: "a population of more than 104 million", "une population de 12 millions".
_POPULATION_OF_BEFORE = _ending(
    # "a population of 104 million", "a tiny country of 5.5 million", "un pays de 38 millions d'habitants"
    # "a population of just over 8 million": a hedge, maybe softened
    rf"(?<![\w])(?i:populations?|country|nation|pays){_H}+(?i:of|de|d['’]){_H}*"
    rf"(?:(?i:just|a{_H}+little|slightly|un{_H}+peu){_H}+)?(?:(?i:more{_H}+than|over|under|about|around|some|nearly|"
    rf"almost|plus{_H}+de|près{_H}+de|environ|quelque){_H}+)?"
)
#: After a scaled number, the whole it is a part of, and the first word after that whole: "out of 27 million
#: Yemenis", "sur 27 millions de Yéménites" (the word tells whether the whole counts people or is a sum).
_OUT_OF_A_COUNT_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:out){_H}+of|sur){_H}+(?:(?i:the|les){_H}+)?[0-9][0-9.,]*"
    rf"(?:{_H}+(?i:millions?|billions?|milliards?|thousand))?{_H}+(?:(?i:de){_H}+|[dD]['’])?(?P<w>[^\W\d_][\w'’-]*)"
)
#: Between a part of a sum and the sum: "sur les", "out of the".
_OUT_OF_THE_RE = compile_lazily(rf"{_H}+(?:sur{_H}+les|out{_H}+of{_H}+the|of{_H}+the){_H}+")
#: Between a figure and a bare number compared with it: " contre presque ", ", against ", " compared with ".
_COMPARED_RIGHT_BEFORE_RE = compile_lazily(
    # "7,4% au troisième trimestre, contre 7,2": when the first value is, in a few words before the comma
    rf"(?:{_H}+[^\W\d_][\w'’-]*){{1,4}}{_H}*,{_H}+(?i:contre|against|compared{_H}+(?:with|to)){_H}+"
    rf"(?:(?i:presque|près{_H}+de|environ|quelque|about|nearly|almost|some|around){_H}+)?"
    rf"|,?{_H}+(?i:contre|against|versus|vs\.?|compared{_H}+(?:with|to)|par{_H}+rapport{_H}+à|from"
    # what the figure replaced: "4 years instead of the 10 sought", "4 ans au lieu des 10 requis"
    rf"|instead{_H}+of(?:{_H}+the)?|rather{_H}+than(?:{_H}+the)?|au{_H}+lieu{_H}+d(?:e|es|u)|plutôt{_H}+que(?:{_H}+les)?){_H}+"
    rf"(?:(?i:presque|près{_H}+de|environ|quelque|about|nearly|almost|some|around){_H}+)?"
)
#: Between two values of a list, a few words of the first's then "and": " chez un dermatologue et ".
_LISTED_ON_RE = compile_lazily(rf"(?:{_H}+[^\W\d_][\w'’-]*){{1,4}}{_H}+(?i:et|and){_H}+")
#: Between the two shares of a split: "64.1 percent to 35.9", "52 % à 48".
_SPLIT_TO_RE = compile_lazily(rf"{_H}+(?i:to|à){_H}+")
#: The people French nationals are of, after them: "702 ressortissants chinois", "12 citoyens belges".
_NATIONALS_OF_AFTER = compile_lazily(
    rf"{_H}+(?i:ressortissante?s?|citoyen(?:ne)?s?){_H}+(?P<p>[^\W\d_][\w-]*)"
)
#: Between two counts of a list, the first's noun then a comma or "et": " ressortissants chinois, ".
_AFTER_LISTED_NOUN_RE = compile_lazily(r"[^0-9.;:!?\n]{0,40}?(?:,\s*|\s+(?:et|and)\s+)")
#: A crew said by its size, the number word last: "a crew of three", "un équipage de quatre".
_CREW_WORDS = ("crew", "équipage")
_CREW_OF_BEFORE = _ending(rf"(?<![\w])(?i:crew|équipage){_H}+(?i:of|de){_H}+")


@cache
def country_names() -> dict[str, str]:
    """Every country's name in English and in French, folded (see :func:`folded`), to its English name
    lowercased: Babel's names of the territories with a two-letter code, loaded once, when first asked."""
    from babel import Locale

    english = Locale("en").territories
    names = {
        folded(name): english[code].lower()
        for lang in ("en", "fr")
        for code, name in Locale(lang).territories.items()
        if len(code) == 2 and code.isalpha() and code in english
    }
    for name, code in _COUNTRY_SHORT_NAMES.items():
        names.setdefault(folded(name), english[code].lower())
    for name, region in _CONTINENT_NAMES.items():
        names.setdefault(folded(name), region)
    return names


#: Territories a country governs from afar, by two-letter code, and that country's code: a cyclone's toll "in
#: the French territory of Mayotte" is a toll of France too ("France's Interior Ministry said ... 11 people").
_TERRITORIES_OF = {
    "FR": "YT RE GP MQ GF NC PF PM WF BL MF TF",
    "US": "PR GU VI AS MP UM",
    "GB": "GI BM KY FK MS AI TC VG SH PN IO GG JE IM",
    "DK": "GL FO",
    "NL": "AW CW SX BQ",
    "CN": "HK MO",
    "AU": "NF CX CC HM",
    "NZ": "CK NU TK",
    "NO": "SJ BV",
}


@lru_cache(maxsize=1)
def country_sovereigns() -> dict[str, str]:
    """Each territory governed from afar, by its English name lowercased (as :func:`country_names` gives
    it), to the English name of the country that governs it."""
    from babel import Locale

    english = Locale("en").territories
    return {
        english[code].lower(): english[sovereign].lower()
        for sovereign, codes in _TERRITORIES_OF.items()
        for code in codes.split()
        if code in english
    }


#: The names reports use for a country beside Babel's: the short, former or everyday name.
_COUNTRY_SHORT_NAMES = {
    "Macedonia": "MK", "Macédoine": "MK", "Turkey": "TR", "Burma": "MM", "Birmanie": "MM", "Ivory Coast": "CI",
    "Britain": "GB", "Great Britain": "GB", "Grande-Bretagne": "GB", "Czech Republic": "CZ",
    "République tchèque": "CZ", "Holland": "NL", "Swaziland": "SZ", "USA": "US", "Etats-Unis": "US",
    "UK": "GB", "U.K.": "GB", "U.S.": "US", "U.S.A.": "US",
    # news says "Congo" of the larger, Kinshasa's, and names Brazzaville's in full
    "Congo": "CD", "DR Congo": "CD", "RD Congo": "CD", "RDC": "CD", "DRC": "CD",
}  # fmt: skip
#: The continents a toll or an outbreak is counted over, as a country is ("En Afrique, plus de 17.000 cas et 517
#: décès"): a continent's count is no count of one of its countries.
_CONTINENT_NAMES = {
    "Africa": "africa", "Afrique": "africa", "Europe": "europe", "Asia": "asia", "Asie": "asia",
    "Latin America": "latin america", "Amérique latine": "latin america", "Oceania": "oceania",
    "Océanie": "oceania", "Middle East": "middle east", "Moyen-Orient": "middle east",
}  # fmt: skip


#: The counts of a toll, which a sentence naming one country gives for that country (see
#: :meth:`_Extractor.sentence_country`).
_TOLL_PLACE_UNITS = frozenset(
    {"death", "injury", "missing", "displaced", "evacuee", "survivor", "hospitalised", "critical", "body"}
)
#: What a country named after it is the whole of: "capitale économique du Malawi", "dans le sud du", "in the
#: north of", "a province of".
_PART_OF_COUNTRY_BEFORE = compile_lazily(
    r"(?i:capitale|capital|sud|nord|est|ouest|centre|south|north|east|west|southern|northern|eastern|western"
    r"|région|region|province|district|city|ville)(?:[ \u00a0]+(?i:économique|politique|economic|city))?"
    r"[ \u00a0]+(?i:du|de|de[ \u00a0]+la|de[ \u00a0]+l['’]|d['’]|des|of|of[ \u00a0]+the)[ \u00a0]*\Z"
)
#: What a country named right after is not yet the place of: "Before it reached Vietnam, Yagi had already taken
#: 24 lives in ...", "Avant le Vietnam, Yagi avait frappé les Philippines": the counts are another country's.
_NOT_YET_THERE_BEFORE = compile_lazily(
    r"(?<![\w])(?i:before|avant)(?:[ \u00a0]+(?i:it|they|reaching|hitting|striking|reached|hit|struck|the|le|la|les"
    r"|de|d['’]|d['’]atteindre|toucher|frapper|atteindre|arriver|arriving|en|au|aux))*[ \u00a0]*(?i:l['’])?\Z"
)
#: Capitalised words in a row, with a name's inner joining words: "Dominican Republic", "Côte d'Ivoire",
#: "Bosnia and Herzegovina", "Trinité-et-Tobago".
_CAPITALISED_RUN_RE = compile_lazily(
    r"[A-ZÀ-Ý][\w’'-]*(?:[ \u00a0](?:(?:and|et|of|de|du|des|the|&)[ \u00a0])?[A-ZÀ-Ý][\w’'-]*)*"
)
_POSSESSIVE_END_RE = compile_lazily(r"['’]s$")


#: A comparative right after a count: "21 more", "30 fewer", "12 de plus", "trois de moins".
_MORE_OR_FEWER_AFTER = compile_lazily(rf"{_H}+(?i:more|fewer|additional|de{_H}+plus|de{_H}+moins)(?![\w])")


#: What makes "one day" a span of time after it: "one day later", "one day of strikes", "one day's".
_DAY_SPAN_AFTER = compile_lazily(
    rf"(?:s|['’]s|-|{_H}+(?i:later|after|before|earlier|ago|of|off|in|per|a{_H}+week|long|each|every))(?![\w])"
)
#: ... or before it, in its clause: "for one day", "lasted one day", "within one day".
_DAY_SPAN_BEFORE = compile_lazily(
    r"(?<![\w])(?i:for|in|within|than|lasted?|lasting|took|takes?|after|only|just|about|nearly|almost|over|per"
    r"|spent|spend|remained?|stayed?|during|of)\W*$"
)
#: A modal or a wish, whose verb "one day" may follow: "would", "will", "hopes to", "dreamt of".
_MODAL_RE = compile_lazily(
    r"(?<![\w])(?i:would|will|could|might|may|can|shall|hopes?|hoped|dreams?|dreamt|dreamed|wants?|wanted|wish)(?![\w])"
)
#: Where a clause ends, looking back from "one day" for its modal.
_MODAL_CLAUSE_END_RE = compile_lazily(r"[.;:!?\n]")


#: An age's bound right after a bare number: "23 or older", "18 and younger".
_OLDER_OR_YOUNGER_AFTER = compile_lazily(rf"{_H}+(?i:or|and){_H}+(?i:older|younger)(?![\w])")


#: How often, right after a number: "45 times", "32 fois".
_TIMES_OVER_AFTER = compile_lazily(rf"{_H}+(?:times|fois)(?![\w])")


#: The words of a text about a rate, whose points a decimal number of points may be (see
#: :meth:`_Extractor.rates_told`).
_RATE_WORDS = (
    "taux", "rate", "inflation", "chômage", "unemployment", "croissance", "growth", "intérêt", "interest",
    "sondage", "poll", "intention", "yield", "rendement", "indice", "index", "bourse", "stock", "déficit",
    "deficit", "dette", "debt", "pib", "gdp", "part de marché", "market share",
)  # fmt: skip


#: Midnight or noon after a span: "17 minutes après minuit", "ten minutes past midnight", "an hour before noon".
_MIDNIGHT_AFTER = compile_lazily(
    rf"{_H}+(?i:après|avant|after|before|past|to){_H}+(?i:minuit|midi|midnight|noon)(?![\w])"
)


#: Between an amount and its conversion: ", soit ", " (about ", ", or roughly ".
_CONVERTED_GAP_RE = compile_lazily(
    rf"{_H}*[,(]?{_H}*(?i:soit|or|ou|i\.e\.)?{_H}*(?i:environ|about|around|roughly|près{_H}+de|quelque)?{_H}*"
)
#: A verb of collecting right after a sum: "avaient été recueillis", "ont été amassés", "were raised".
_RAISED_AFTER = compile_lazily(
    rf"{_H}+(?:(?i:ont|avaient|auront|a|avait|have|had|has|were|was)(?:{_H}+(?i:été|been))?{_H}+)?"
    r"(?i:recueilli|amassé|récolté|collecté|levé|raised|collected)e?s?(?![\w])"
)
#: A number written to the cent: "16.90", "976,80" (not "1.5", "2,125").
_CENTS_RE = compile_lazily(r"[0-9]{1,6}[.,][0-9]{2}")


#: A decade said after another one: "les années 60 ou 70", "années 80 et 90", "années 80-90".
_DECADE_LISTED_BEFORE = compile_lazily(rf"(?i:années){_H}+[0-9]0(?:{_H}+(?:ou|et|à){_H}+|{_H}*[-–]{_H}*)$")
#: A code's section number: "745.51", "231-8", "12(3)".
_SECTION_NUMBER_RE = compile_lazily(r"[0-9]{1,4}(?:[.-][0-9]{1,3}|\([0-9]{1,2}\))(?![\w])")
#: A copula and the people it says a number is: "were minors", "sont des femmes", "étaient mineurs".
_COPULA_PEOPLE_AFTER = compile_lazily(
    rf"{_H}+(?i:were|are|étaient|sont)(?:{_H}+(?i:des))?{_H}+(?P<w>[^\W\d_]+)(?![\w'’-])"
)
#: Minors as a copula names them ("six were minors", "trois étaient mineurs": not the French miners, whom a
#: copula does not name so).
_MINORS = frozenset({"minors", "mineurs", "mineures"})


class _Extractor:
    def __init__(
        self, text: str, lang: str, dollar: str = "USD", places: str | None = None, publisher: str = ""
    ) -> None:
        self.text = text
        self.places = text if places is None else places
        self.publisher = publisher
        #: Counts whose place a clause opening on it gave (see :meth:`mark_places_listed`).
        self.opened: list[Figure] = []
        #: The one country a sentence names before its first count, by where it starts (see
        #: :meth:`sentence_country`).
        self._sentence_countries: dict[int, str | None] = {}
        #: Where each sentence's first count starts, by where the sentence starts.
        self._first_counts: dict[int, int] = {}
        #: Percentages with a place named after them (see :meth:`mark_rates_listed`).
        self.rated: list[Figure] = []
        #: Where the counts of a group of people said dead start ("Au moins 7 enfants morts", see
        #: :func:`_group_tolls`).
        self.group_deaths: set[int] = set()
        self.lang = lang
        self.dollar = dollar
        self.langs = _langs(lang)
        self.durations = _durations(self.langs)
        self._title_lines: dict[int, bool] = {}
        self.lowered = lowered = _lowered(text)
        # Whether the text holds what some patterns looked for after a number need: most texts have none of
        # it, and one search of the text costs less than trying them after every number.
        self.temperatures = (
            lowered is None
            or "°" in text
            or "º" in text
            or "degr" in lowered
            or "celsius" in lowered
            or "fahrenheit" in lowered
            or "farenheit" in lowered
            or "oC" in text
            or "oF" in text
            or " deg C" in text
            or " deg F" in text
        )
        self.scale_symbols = _holds_scale_symbol(text)
        #: A French text of amounts in millions or billions that may write their scale as a bare letter.
        self.bare_scale_letters = (
            lang == "fr"
            # "13,5 millions de spectateurs ... (14,6 M)": the letter of millions, in a text that says them
            and (lowered is None or "milliard" in lowered or "million" in lowered)
            and any(letter in text for letter in (" G ", "G ", " M ", "G,", " M,", "G.", " M.", " M)", " G)"))
        )
        self.carmakers = any(maker in text for maker in _CARMAKERS)
        #: Whether the text may give a study's confidence interval (see ``confidence_interval``).
        self.intervals = (
            lowered is None
            or any(word in lowered for word in _CI_HINTS)
            or ("CI" in text or "IC" in text)
            and _CI_ABBREVIATED_RE.search(text) is not None
        )
        #: A French text on thefts, naming no aircraft nor airport: its "vols" are thefts, not flights.
        self.thefts = (
            lang == "fr"
            and lowered is not None
            and "vol" in lowered
            and any(word in lowered for word in _THEFT_WORDS)
            and not any(word in lowered for word in _FLIGHT_WORDS)
        )
        self.reading_time = lowered is None or "read" in lowered or "lecture" in lowered
        self.years_old = lowered is None or _holds_years_old(lowered)
        #: The text gives shares (a "points" after a whole number is then a share's points, see money_or_percent).
        self.shares = (
            lowered is None or "%" in text or "cent" in lowered and _SHARE_WORD_RE.search(lowered) is not None
        )
        self.us = "US" in text
        #: The text opens a quote somewhere (see :func:`_in_quoted_title`): many texts open none.
        self.quoted = any(q in text for q in _TITLE_OPENERS)
        #: Where the text opens a quote, ascending (found once: most numbers stand far from any).
        self.quote_opens = [m.start() for m in _TITLE_OPENER_RE.finditer(text)] if self.quoted else []
        #: The text may give a count as an earlier value (see :meth:`said_earlier`): most texts do not.
        self.earlier_words = lowered is None or any(w in lowered for w in _EARLIER_HINTS)
        #: The text may name a week by its number ("la semaine 12"): most texts name no week at all.
        self.weeks = lowered is None or "week" in lowered or "semaine" in lowered
        #: The text may tell of an earlier event its story comes after (see :data:`_PRIOR_EVENT_RE`).
        self.holds_prior_event = lowered is None or " after " in lowered or " après " in lowered
        # a lowered text is text.lower(): without these words, no part of it has them
        self.magnitudes = lowered is None or any(w in lowered for w in ("magnitude", "richter", "échelle"))
        # numbers to dial, ages as a bound or at death: the words their patterns need, once per text
        self.dial_words = lowered is None or any(w in lowered for w in _DIAL_CUES)
        self.turnouts = lowered is None or any(w in lowered for w in _TURNOUT_HINTS)
        self.forecasts = lowered is None or any(w in lowered for w in _FORECAST_HINTS)
        self.age_bound_words = lowered is None or any(w in lowered for w in _AGE_BOUND_CUES)
        self.died_words = lowered is None or any(w in lowered for w in _DIED_CUES)
        # "si ... atteignait les 6 morts" (see not_a_count)
        self.hypotheses = "fr" in self.langs and (
            lowered is None or "atteignai" in lowered or "dépassai" in lowered
        )
        #: Where the last number read as part of a name ended ("les feux 172"): a list of names goes on.
        self.name_end = 0
        #: The spans of the lists of emergency numbers the text gives (see :meth:`in_emergency_list`).
        self._emergency_lists: list[tuple[int, int]] | None = None
        self._drawn: list[tuple[int, int]] | None = None
        self._rates_told: bool | None = None
        #: The text may give a factor ("divisé par deux", "multiplied by 15") or a list of ranks after "Nos.":
        #: most texts give neither, and two searches of the text cost less than a look before every number.
        self.factors = lowered is None or "multipli" in lowered or "divis" in lowered or "divided" in lowered
        self.numbers_listed = lowered is None or "Nos." in text or "numéros" in lowered

    def rates_told(self) -> bool:
        """Whether the text speaks of a rate (interest, inflation, unemployment, growth, a poll), whose points a
        decimal number of points may be: looked for once, when a number asks."""
        if self._rates_told is None:
            lowered = self.lowered if self.lowered is not None else self.text.lower()
            self._rates_told = any(word in lowered for word in _RATE_WORDS)
        return self._rates_told

    def drawn(self, s: int, e: int) -> bool:
        """Whether ``text[s:e]`` is a number drawn in a lottery: in a list of one- or two-digit numbers after the
        word for them ("the numbers 13, 19, 20, 32, 33", "les numéros gagnants étaient les 21, 26, 31, 34 et
        49"), or after a ball's name ("the red Powerball 10")."""
        if self._drawn is None:
            lowered = self.lowered if self.lowered is not None else self.text.lower()
            self._drawn = (
                [
                    m.span(next(g for g in ("list", "one", "before") if m.group(g)))
                    for m in _DRAWN_RE.finditer(self.text)
                ]
                if any(w in lowered for w in _BALL_WORDS)
                or any(w in lowered for w in _DRAW_WORDS)
                and _SMALL_NUMBERS_LISTED_RE.search(self.text) is not None
                else []
            )
        return any(a <= s and e <= b for a, b in self._drawn)

    def in_emergency_list(self, s: int, e: int) -> bool:
        """Whether ``text[s:e]`` is one of a list of emergency numbers ("(15, 18 et 112)", "15, 17, and 18 --
        alongside 112"), in a text about emergency calls."""
        if self._emergency_lists is None:
            lowered = self.lowered if self.lowered is not None else self.text.lower()
            self._emergency_lists = (
                [
                    m.span()
                    for m in _EMERGENCY_LIST_RE.finditer(self.text)
                    # a three-digit service in it or the word for numbers before it ("separate numbers for
                    # ambulances, police and fire services -- 15, 17, and 18"), and no noun the numbers would
                    # count after it ("15 or 18 people")
                    if (
                        _THREE_DIGITS_RE.search(m.group())
                        or _NUMBERS_WORD_RE.search(self.text, max(0, m.start() - 80), m.start())
                    )
                    and not self.counted_after(m.end())
                ]
                if any(w in lowered for w in _EMERGENCY_WORDS)
                else []
            )
        return bool(self._emergency_lists) and any(a <= s and e <= b for a, b in self._emergency_lists)

    # --- looking around a token ---

    def after(self, pattern: re.Pattern[str], pos: int) -> re.Match[str] | None:
        return pattern.match(self.text, pos)

    def names_airliners(self, s: int) -> bool:
        """Whether the text around ``s`` (its paragraph's reach) is about airliners: it names a maker or a fleet."""
        around = self.text[max(0, s - 300) : s + 300].lower()
        return any(word in around for word in _AIRLINER_WORDS)

    def before(self, pattern: re.Pattern[str], pos: int, width: int = 40) -> re.Match[str] | None:
        """``pattern`` (made by :func:`_ending`) ending at ``pos``, within ``width`` characters before it."""
        return pattern.search(self.text[max(0, pos - width) : pos])

    def reading_time_before(self, s: int) -> bool:
        """Whether a label of reading time ends right before ``s`` ("Reading time: ", "Temps de lecture : "),
        looked for only where its "time" or "lecture" is in the 24 characters before."""
        lowered, lo = self.lowered, max(0, s - 24)
        if lowered is not None and lowered.find("time", lo, s) < 0 and lowered.find("lecture", lo, s) < 0:
            return False
        return self.before(_READING_TIME_BEFORE, s, 24) is not None

    def may_end_with(self, pos: int, ending: str, space: bool = True) -> bool:
        """Whether the text before ``pos`` may end with ``ending`` then horizontal space (``space``: at least
        one character of it): a cheap test a pattern made by :func:`_ending` that ends so needs. A newline
        right before ``pos`` says yes: "$" also matches before it."""
        text = self.text
        k = pos
        while k > 0 and text[k - 1] not in "\r\n" and text[k - 1].isspace():
            k -= 1
        if text[pos - 1 : pos] == "\n" or (space and k == pos):
            return text[pos - 1 : pos] == "\n"
        return text.endswith(ending, 0, k)

    def seats_won_or_lost(self, c: _Cand) -> bool:
        """Whether a count without a noun is of seats a party won, lost or kept: after a verb of winning or
        losing, or "leaving it with", in a passage about seats ("lost 10 seats, leaving it with just three")."""
        if not self.may_find(c.start, SEATS_REACH, _SEAT_STEMS):
            return False
        told = (
            self.before(_SEATS_VERB_BEFORE, c.start, 40) is not None
            or self.after(_MORE_THAN_BEFORE_AFTER, c.end) is not None
        )
        return told and _SEAT_WORD_RE.search(self.text, max(0, c.start - SEATS_REACH), c.start) is not None

    def death_toll_before(self, pos: int) -> bool:
        """Whether the clause before ``pos`` is about a death toll (see :data:`_DEATH_TOLL_BEFORE`)."""
        return (
            self.may_find(pos, TOLL_REACH, _TOLL_STEMS)
            and self.before(_DEATH_TOLL_BEFORE, pos, TOLL_REACH) is not None
        )

    def may_find(self, pos: int, width: int, stems: re.Pattern[str]) -> bool:
        """Like :meth:`may_hold`, with the words as one pattern of lowercase alternatives: one search."""
        lowered = self.lowered
        return lowered is None or stems.search(lowered, max(0, pos - width), pos) is not None

    def holds_after(self, pos: int, width: int, words: tuple[str, ...]) -> bool:
        """Whether one of ``words`` (lowercase) may be in the ``width`` characters after ``pos``."""
        lowered = self.lowered
        return lowered is None or _literals_re(words).search(lowered, pos, pos + width) is not None

    def may_hold(self, pos: int, width: int, words: tuple[str, ...]) -> bool:
        """Whether one of ``words`` (lowercase) may be in the ``width`` characters before ``pos``, as matched
        case-insensitively: a cheap test for a pattern that needs one of them."""
        lowered = self.lowered
        return lowered is None or _literals_re(words).search(lowered, max(0, pos - width), pos) is not None

    def heading(self, pos: int) -> bool:
        """Whether ``pos`` is in a heading: a short line that ends with no stop ("A week-long furnace", where
        "week-long" is colour, not a span of time the report gives)."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        line_end = self.text.find("\n", pos)
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)].rstrip()
        return len(line.split()) <= HEADING_WORDS and not line.endswith(
            (".", "!", "?", ":", ";", "»", '"', "”")
        )

    def is_title_line(self, pos: int) -> bool:
        line_start = self.text.rfind("\n", 0, pos) + 1
        if line_start not in self._title_lines:
            line_end = self.text.find("\n", pos)
            line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
            words = _LONG_WORD_RE.findall(line)
            caps = sum(w[0].isupper() for w in words)
            # a paragraph listing names ("les stations Funny 1290 de Winnipeg, Funny 1060 de Calgary, TSN 1260
            # Radio d'Edmonton...") is no headline in Title Case: headlines are short
            self._title_lines[line_start] = (
                len(words) >= 3 and caps >= 0.6 * len(words) and len(line.split()) <= TITLE_LINE_WORDS
            )
        return self._title_lines[line_start]

    def metres(self, s: int, pos: int) -> bool:
        """Whether a glued "m" is metres: in French unless money is marked; in English (where "5m people"
        is five million) only before a word of height, depth or distance, or a closing bracket."""
        if self.money_marked(s, pos):
            return False
        if self.text[s:pos].rstrip("mM").replace(",", "") in _RACE_DISTANCES and self.before(
            _THE_EVENT_BEFORE, s, 12
        ):
            return True  # "won the 100m in 9.58 seconds", "the women's 1500m": a race, run over metres
        if self.lang == "fr":
            return True
        after = _METRES_AFTER_RE.match(self.text, pos)
        if after is None:
            return False
        if after.group().strip() != ")":
            return True
        # a bracket closes a length only after a word of one ("the tower (300m)", "a wave (4.5m)"): "(nearly
        # 1m)" after "(2.5 million)", "the Louvre (8.1m)" among museums' visitors are millions
        head = self.text[max(0, s - 60) : s].lower()
        return "million" not in self.text[max(0, s - 120) : s] and any(w in head for w in _LENGTH_WORDS)

    def money_marked(self, s: int, pos: int) -> bool:
        """Whether a currency prefix stands right before ``s`` (as :meth:`currency_prefix` reads it) or a
        currency word after ``pos`` ("£3m", "US$5m", "3m euros")."""
        return (
            self.before(_CURRENCY_BEFORE, s, 12) is not None
            or self.after(_CURRENCY_AFTER_RE, pos) is not None
        )

    def morning_after_le(self, s: int, e: int) -> bool:
        return (
            self.text[max(0, s - 3) : s].lower() == "le "
            and _MORNING_AFTER_RE.match(self.text, e) is not None
        )

    def after_name(self, pos: int) -> bool:
        """Whether a capitalised word, not opening a sentence, ends right before ``pos`` (spaces aside)."""
        i = pos
        while i > 0 and self.text[i - 1] in " \u00a0\u202f":
            i -= 1
        m = _LAST_WORD_RE.search(self.text, max(0, i - 40), i)
        if m is None or not m.group()[0].isupper():
            return False
        j = m.start()
        while j > 0 and self.text[j - 1] in " \t\u00a0\u202f'’":
            j -= 1
        return j > 0 and self.text[j - 1] not in ".!?:;\n"

    def is_name_ordinal(self, s: int, end: int | None = None) -> bool:
        """ "Windows 11", "Article 5", "version 2.0", "ISO 27001": a number used as part of a name. Never
        one grouped in thousands ("intercepted in Montréal 1,038 vehicles"), nor a party's tally (the digits
        ending at ``end``, when given, followed by seats or votes)."""
        if _GROUPED_THOUSANDS_RE.match(self.text, s):
            return False
        if end is not None and _TIMES_OVER_AFTER.match(self.text, end):
            return False  # "that of the province of Limburg 45 times": how often, no name's number
        if self.text[max(0, s - 9) : s].lower() == "round of ":
            return True  # a draw's round ("Round of 16: 250,000 euros"): the players left, no count
        if self.text[max(0, s - 3) : s].strip()[-1:] in _OPENING_QUOTES and self.before(
            _GROUP_NAMED_BEFORE, s, 40
        ):
            return True  # "le gang des « 400 mawozo »", "a gang called '18th Street'": a group's name
        if self.text.endswith(
            ("en vertu de ", "en vertu du ", "conformément à "), 0, s
        ) and _SECTION_NUMBER_RE.match(self.text, s):
            return True  # "condamnés en vertu de 745.51": a section of a code, named by its number
        if self.text[s - 1 : s] == "-" and (model := _MODEL_HEAD_RE.search(self.text, max(0, s - 12), s)):
            return self.is_name_ordinal(model.start())  # "Boeing 737-200": the variant of a named model
        found = _name_word_before(self.text, s)
        if found is None:
            return False
        # "l'article 32", "d'iOS 18.3", "l'AV 312"; a name in quotes: "its highest 'Level 3' heat warning"
        word = _ELIDED_RE.sub("", found[0]).lstrip("'\"‘“«")
        if not word:
            return False
        if (
            _VERSION_ZERO_RE.match(self.text, s)
            and word[0].isupper()
            and word.isalpha()
            and (not word[1:].islower() or not _opens_sentence(self.text, found[1]))
        ):
            # "Operation Serengeti 2.0", "LockBit 3.0, the gang": a version, no count is said "3.0"
            return True
        if word[0].isupper() and word.lower() in t.INDEX_NAMES:
            return True  # "Fortune 500 companies", "le CAC 40": a list's or an index's name, no count
        # "a remporté le match. Trois joueurs", "sur la Manche. 45 migrants": a sentence ends on the word, no
        # name's number; a dotted word is a name's only as an abbreviation ("no. 5", "vol. 2")
        if word.lower().lstrip(".") in t.NAME_WORDS:
            if end is not None and _SEATS_OR_VOTES_AFTER.match(self.text, end):
                return False  # "Senators backed the bill 34 votes to 19": the tally, no bill's number
            # not "l'ONU dénombre pour sa part 15 morts": the idiom "pour sa part" (on its side), no part's number
            return not (word.lower() == "part" and _ON_ITS_SIDE_BEFORE.search(self.text, max(0, s - 24), s))
        if word.endswith((".", "'s", "’s", "s'", "s’")):
            return False  # a sentence ends before the number, or a possessive ("the Assembly's 125 seats")
        if self.text[s].islower():
            return False  # "sailed from Izmir three or four days ago": a name's number is in digits or capitalised
        if (
            not word[0].isupper()
            or word.lower() in t.CAPITALISED_OK
            or word.upper() in t.CURRENCY_PREFIXES
            and word not in _LETTER_CURRENCIES
        ):
            return False
        if (
            word.lower() == "france"
            and self.text[s : s + 2] == "24"
            and not self.text[s + 2 : s + 3].isdigit()
        ):
            return True  # "told FRANCE 24", "selon France 24": the news channel
        if folded(word) in t.COUNTRY_EXONYMS or folded(word) in country_names():
            # a country is no product: "en Espagne 900", "followed by Britain 55, Germany 52": its count
            return False
        if (
            word in t.MONTHS_EN
            or word.lower() in t.MONTHS_FR
            or word.lower() in _WEEKDAY_NAMES  # "On Tuesday 110 boats were recorded"
            or self.is_title_line(s)
        ):
            return False
        if end is not None and _SEATS_OR_VOTES_AFTER.match(self.text, end):
            return False  # "give the Liberals 169 seats", "the Bloc Québécois 22 seats": a party's tally
        if any(w in self.text[max(0, s - 150) : s] for w in _TALLY_WORDS) and (
            # "the NDP 47 seats and the Conservatives 44": the next party's tally, its noun left out
            word.endswith("s")
            and self.text[max(0, found[1] - 4) : found[1]].lower() == "the "
            # "around 208 seats, the AfD 152, the SPD 120, the Green Party 85 and the Left Party 64"
            or (
                self.before(_THE_PARTY_BEFORE, s, 48) is not None
                # "Labour has won 412, Conservatives 121, Liberal Democrats 71": the items after a comma
                or self.before(_LISTED_PARTY_BEFORE, s, 48) is not None
            )
            and _LIST_ITEM_END_RE.match(self.text, end if end is not None else s) is not None
        ):
            return False
        # a capitalised word at the start of a sentence is a common word ("Around 8,000 ..."), unless an elided
        # article before it is the sentence's capital ("L'IAM-District 751, branche du syndicat": a name)
        return not _opens_sentence(self.text, found[1]) or _ELIDED_RE.match(found[0]) is not None

    # --- one candidate ---

    def classify(self, m: re.Match[str]) -> _Cand | None:
        text = self.text
        word = m.group("word") is not None
        s, e = m.span("word") if word else m.span("num")
        token = text[s:e]
        fraction = None
        if not word and (
            text[e : e + 1] in _VULGAR_FRACTIONS
            or text[e + 2 : e + 3] == "/"
            or text[e + 1 : e + 2] in _VULGAR_FRACTIONS
        ):
            fraction = _fraction_after(text, e) if token.isdigit() else None
        if fraction is not None:  # "6½ years", "6 1/2 years": the fraction is part of the number
            e = fraction[1]
        if not word and len(token) <= 3 and token.isdigit() and token[0] != "0" and text.startswith(", ", e):
            stray = _STRAY_GROUP_RE.match(text, e)
            if (
                stray
                # "Worldwide, 900, 000 people died": no list holds a number "000", whatever comes before
                and (
                    stray.group("g").startswith("000")
                    or self.before(_STRAY_LEAD_BEFORE, s, 16)
                    # "carried out 3, 921 inspections": one digit, then a plural noun (no month's day before)
                    or len(token) == 1
                    and _PLURAL_NOUN_AFTER.match(text, stray.end()) is not None
                    and self.before(_MONTH_DAY_BEFORE, s, 12) is None
                )
                # not a round estimate, then the value it rounds: "un peu moins de 300, 298 personnes"
                and not (
                    token.endswith("00")
                    and not stray.group("g").startswith("000")
                    and _approximation_before(text[max(0, s - 24) : s]) is not None
                )
            ):
                # "the identification of 17, 793 migrants": a thousands separator typed with a space after it
                e, token = stray.end(), token + stray.group("g").replace(",", "")
        if (
            not word
            and self.lang == "fr"
            and token.isdigit()
            and len(token) <= 3  # not "en 2019, 2 millions de visiteurs": a year, then a count
            and (decimals := _STRAY_DECIMALS_RE.match(text, e)) is not None
        ):
            # "payer 146, 2 milliards de roubles": a decimal comma typed with a space after it, before a scale
            e, token = decimals.end("d"), f"{token},{decimals.group('d')}"
        if (
            not word
            and token.isdigit()
            and len(token) <= 3
            and text.startswith(" million", e)
            and (spelled := _MILLIONS_THOUSANDS_AFTER.match(text, e)) is not None
        ):
            # "28 million 870 thousand 328 voters", "6 millions 314 mille votes": one number, its scales spelled
            units = spelled.group("u") or "0"
            e = spelled.end()
            token = str(int(token) * 1_000_000 + int(spelled.group("t")) * 1000 + int(units))
        if (
            not word
            and (space := max(token.rfind(" "), token.rfind("\u00a0"), token.rfind("\u202f"))) > 0
            and token[space + 1 :] in _AIRLINER_MODELS
            and (
                _MODEL_SERIES_AFTER.match(text, e) is not None
                or _MODEL_COUNT_ENDS_AFTER.match(text, e) is not None
                and self.names_airliners(s)
            )
        ):
            # "quelque 400 737 MAX", "sa flotte compte 25 777 et 38 787" (in a text on Boeing's or Airbus's
            # aircraft): a count, then the model counted, not one number grouped in thousands
            e, token = s + space, token[:space]
            aircraft = True
        else:
            aircraft = False
        alone, attached = _glued(text, s, e, word, self.letter_currency, self.bare_scale_letters)
        if (
            not word
            and text[e : e + 1] == "s"
            and text.endswith(("under-", "Under-", "over-", "Over-"), max(0, s - 6), s)
            and (e + 1 == len(text) or not text[e + 1].isalnum())
            and len(token) <= 2
            and token.isdigit()
        ):
            # "bans under-16s from social media", "the over-65s": people of an age bound
            age = Decimal(token)
            return _Cand(s, e + 1, age, age, kind="age", token=token)
        if (
            text.startswith("-time", e)
            and _TIMES_CHAMPION_AFTER.match(text, e + 5) is not None
            and (titles := _parse_words(token.lower()) if word else _parse_digits(token, self.lang))
            is not None
            and 1 < titles <= MAX_TITLES
        ):
            # "the three-time Olympic champion", "Five-time Grand Slam champion": titles won, counted (as "cinq
            # titres du Grand Chelem" counts them)
            return _Cand(
                s, e, titles, titles, kind="count", unit="title", noun=True, word=word, token=token.lower()
            )
        if not alone:
            return None
        if (
            self.quoted
            and (k := bisect_left(self.quote_opens, s)) > 0
            and self.quote_opens[k - 1] >= s - TITLE_REACH
            and _in_quoted_title(text, s, e)
        ):
            return None  # the 2016 film "150 Milligrams", "Everydays: The First 5,000 Days": a work's title
        if word and token[0].isupper() and self.in_a_name(s, e):
            return None  # "the Lake of Two Mountains", "the Five Eyes alliance": a number word in a name
        if (
            not word
            and text[e : e + 1] == " "
            and text[e + 1 : e + 2].isupper()
            and _BODY_NAME_AFTER.match(text, e) is not None
        ):
            # "Leecraso of 360 Vulnerability Research Institute", "the Dynamics 365 Bounty Program": digits in the
            # name of a body or a programme, capitalised words after them up to the word that names one
            return None
        if (
            attached
            and attached.group().lower() in _SIZE_OF_A_BODY
            and not (
                attached.group().lower() in ("-strong", "-member")
                and _STRONG_GROUP_AFTER.match(text, e + attached.end())
            )
        ):
            return None  # "the 27-member EU", "a 15-nation bloc": what a body is, not a figure of the story
        if (
            attached
            and attached.group().lower() in ("-person", "-candidate", "-party")
            and _RACE_AFTER.match(text, e + attached.end()) is not None
        ):
            return None  # "three-person run-offs", "a four-candidate race": what kind of contest, no count
        if (
            attached
            and attached.group().lower() in ("-dose", "-shot")
            and _VACCINE_AFTER.match(text, e + attached.end()) is not None
        ):
            return None  # "the two-dose vaccine", "a single-shot jab": what a vaccine is, no count of doses
        if (
            attached
            and attached.group().lower() == "-year"
            and self.after(_BOND_AFTER, e + attached.end())
            or self.lang != "en"
            and text.endswith(("à ", "à\u00a0"), max(0, s - 2), s)
            and _YEARS_WORD_AFTER.match(text, e) is not None
            and self.may_hold(s, 60, _BOND_WORDS_FR)
            and self.before(_BOND_MATURITY_BEFORE, s, 60) is not None
        ):
            return None  # "the 10-year Treasury yield", "l'obligation d'État japonaise à 10 ans": a maturity
        if (
            attached
            and attached.group().lower() == "-year"
            and self.after(_DEGREE_AFTER, e + attached.end()) is not None
        ):
            return None  # "many will not require a four-year college degree": a kind of degree
        if (
            token in ("27", "28")
            and (self.after(_MEMBERS_AFTER, e) or text.endswith(("EU's ", "EU’s "), 0, s))
            and _EU_NEAR.search(text, max(0, s - 8), e + 40)
        ):
            return None  # "the 27 countries in the EU", "les 27 pays de l'UE": the Union's size
        if s > 1 and text[s - 1] == "(" and text[s - 2].isalnum():
            return None  # "NoName057(16)": part of a name
        if not word and text[e : e + 1] == "." and _DOMAIN_AFTER.match(text, e) is not None:
            return None  # "activists from Attac and 350.org": a site's name
        if (
            not word
            and (text[e : e + 1] in _TIMES_SIGNS and text[e + 1 : e + 2].isdigit())
            or text[s - 1 : s] in _TIMES_SIGNS
            and text[s - 2 : s - 1].isdigit()
        ):
            return None  # "the 4×100 m relay", "1920x1080": a relay's legs, a screen's pixels
        if not word and text[e : e + 1] == " " and self.named_with_number(s, e):
            return None  # "the gang, known as 400 Mawozo ... the leader of 400 Mawozo": a name
        if (
            not word
            and (text[s - 1 : s] == "-" or text[s : s + 1] == "-")
            and (_VARIANT_HEAD_RE.search(text, max(0, s - 6), s) or self.before(_VERSIONS_BEFORE, s, 32))
        ):
            return None  # "dix 777-9", "six A350-900", "en versions -8 et -10": an airliner's variant
        if (
            not word
            and s >= 3
            and text[s - 3 : s - 1].isupper()
            and text[s - 1] == " "
            and self.before(_FLIGHT_NUMBER_BEFORE, s, 16)
        ):
            return None  # "Flight ET 302", "le vol AF 447": a flight's number after its airline's code
        if (
            not word
            and len(token) == 1
            and _FLIGHT_CODE_AFTER.match(text, e)
            and self.before(_FLIGHT_CODE_BEFORE, s, 8)
        ):
            return None  # "Flight 7C 2216": the airline's code
        if (
            not word
            and text[s - 1 : s] in (" ", "-")
            and _AIRCRAFT_FAMILY_BEFORE.search(text, max(0, s - 14), s)
        ):
            return None  # "L'ATR 42-500", "a CRJ 900", "the Dash 8-400": an aircraft's model
        if (
            not word
            and self.carmakers
            and text[s - 1 : s] == " "
            and _CAR_MODEL_BEFORE.search(text, max(0, s - 14), s)
        ):
            return None  # "Peugeot 208 : 1 091 vols", "la Fiat 500": a car's model
        if (
            token in _AIRLINER_MODELS
            and (
                "boeing" in text[max(0, s - 48) : s + 24].lower()
                # "des 787 ou des A350": a rival's model beside it
                or _AIRBUS_MODEL_RE.search(text, max(0, s - 48), e + 24) is not None
                or _MODEL_SERIES_AFTER.match(text, e) is not None
                or self.lowered is not None
                and "boeing" in self.lowered
            )
            or self.aircraft_variant(s, token)
        ):
            return None  # "11 Boeing 737 MAX 8", "la génération de 737 de Boeing": an aircraft's model
        if (
            text[e : e + 1] == "/"
            and not (
                # "Rs 10,00,000/- to": the rupee amount's closing mark, as Indian notices write it
                text[e + 1 : e + 2] in ("-", " ")
                and text.endswith(("Rs ", "Rs. ", "Rs", "₹", "₹ "), max(0, s - 4), s)
            )
            # "(£825,000/$1 million/€925,000)": one amount in several currencies, slashes between
            and not (text[e + 1 : e + 2] in ("$", "€", "£") and text[s - 1 : s] in ("$", "€", "£"))
            or (s > 0 and text[s - 1] in "/#@\\°º[^" and not (text[s - 1] == "[" and text[e : e + 1] == " "))
        ):
            return (
                None  # fractions, hashtags, "n°43", "[0]", "2^20"; not an editor's "[2.7 degrees Fahrenheit]"
            )
        if (
            s >= 3
            and text.endswith(("No.", "Nos.", "Nos. ", "Nos.\u00a0", " No ", "\nNo "), max(0, s - 6), s)
            or (self.lang == "fr" and text.endswith((" no ", "-no ", "'no ", "’no "), max(0, s - 4), s))
            # "la place de N.1 mondiale": the rank's number after "N."
            or (self.lang == "fr" and text.endswith((" N.", "'N.", "’N.", "(N."), max(0, s - 3), s))
            # "at Nos. 1, 6, and 11": the list's later numbers too
            or self.numbers_listed
            and not word
            and text[s - 2 : s] in (", ", "d ", "t ")
            and _NUMBERS_LISTED_BEFORE.search(text, max(0, s - 40), s) is not None
        ):
            # "L'ex-no 1 mondiale", "le no 2 du parti": a rank
            # "No.7, Oyin Street", "Nos. 3 and 4": a number, not a quantity (a spaced "No. 7" is a name word:
            # is_name_ordinal; but "nos" is French for "our")
            return None
        if (
            (word or len(token) <= 2)
            and (self.lowered is None or "num" in self.lowered[max(0, s - 12) : s])
            and _RANK_NUMBER_BEFORE.search(text, max(0, s - 12), s)
        ):
            # "l'ex-numéro deux de Trafigura", "the regime's number two", "l'ex-numéro 1 mondiale": a rank, no count
            return None
        if text[e : e + 1] in "]^" and e < len(text):
            return None
        if (
            not word
            and self.lang != "fr"
            and (route := _ROUTE_AFTER_RE.match(text, e))
            and (text.endswith(("the ", "The "), 0, s) or self.before(_THE_BOUND_BEFORE, s, 24))
            and not self.counted_after(route.end())
        ):
            # "a stop for the 151 line", "the 80 bus": a route's number, said before its noun (not "the 40 bus
            # drivers")
            return None
        if (
            not word
            and self.lang != "en"
            and text.endswith(("rue ", "rues ", "Rue "), max(0, s - 5), s)
            and not self.counted_after(e)
        ):
            self.name_end = e  # the list of streets goes on: "les rues 204 et 223"
            return None  # "entre les rues 204 et 223 à Mina": a numbered street (not "dans les rues 300 manifestants")
        if (
            len(token) == 2
            and token[1] == "0"
            and (
                text.endswith(("années ", "années\u00a0"), 0, s)
                or _DECADE_LISTED_BEFORE.search(text, max(0, s - 20), s) is not None
            )
        ):
            return None  # "au début des années 70", "les années 60 ou 70": a decade
        if not word and text[e : e + 1] in "-–" and _ORDINAL_AFTER_DASH_RE.match(text, e + 1):
            return None  # "fondé au 14-15e siècle", "the 3-4th rounds": a range of ordinals
        if (
            self.weeks
            and len(token) <= 2
            and self.may_hold(s, 28, ("week", "semaine"))
            and self.before(_WEEK_NUMBER_BEFORE, s, 40)
        ):
            return None  # "entre les semaines 11 et 13", "in week 12": a week's number in the year
        if not word and len(token) <= 2 and text.endswith(("acte ", "Acte ", "ACTE "), max(0, s - 5), s):
            return None  # "l'acte 9 de leur mouvement": the gilets jaunes' numbered day of protest
        if (
            len(token) <= 2
            and token.isdigit()
            and 1 <= int(token) <= 12
            and _DAY_PART_AFTER.match(text, e)
            and text.endswith(_AT_HOUR_WORDS, max(0, s - 8), s)
        ):
            return None  # "around 5 Friday morning": an hour of a day named after it
        if (
            len(token) <= 2
            and text[s - 1 : s] == " "
            and (text[s - 2 : s - 1] == "," or text.endswith(("and ", "et "), 0, s))
            and _DAYS_LISTED_AFTER_MONTH_BEFORE.search(text, max(0, s - 60), s)
            and _LISTED_DAY_END_AFTER.match(text, e)
        ):
            return None  # "on Nov. 14, 15, 16, 21, 22, and 23": days of the month named before them
        if word and _MONTH_NAMED_RIGHT_AFTER.match(text, e) and _parse_words(token) <= 31:
            return None  # "versée à partir du six octobre": a day of the month, in words
        if self.factors and self.before(_MULTIPLIED_BY_BEFORE, s, 24) is not None:
            return None  # "a été divisé par deux", "multiplied by 15": a factor, no count
        if (
            not word
            and text[s - 3 : s] in ("de ", "of ")
            and self.before(_PACK_OF_BEFORE, s, 16) is not None
            and _PACKED_AFTER.match(text, e) is not None
        ):
            return None  # "le paquet de 20 cigarettes", "a pack of 20": the pack's size, no count
        if (
            token in _LISTED_EMERGENCY_TOKENS
            and (quoted := _QUOTED_NUMBER_AFTER.match(text, e)) is not None
            and text[max(0, s - 3) : s].rstrip(" \u00a0\u202f").endswith(("«", '"', "“"))
            and not self.counted_after(quoted.end())
        ):
            return None  # "orienter les personnes vers le « 15 »": an emergency line's number, quoted
        if not word and text[s - 1 : s] == "." and _CALIBRE_AFTER.match(text, e):
            return None  # "a .45 calibre handgun", "a .22-calibre rifle": a gun's bore, no count
        if len(token) <= 2 and _OF_THE_MONTH_AFTER.match(text, e):
            return None  # "RFI ouvre chaque 8 du mois son antenne": a day of every month
        if token in _RACE_DISTANCES and (
            _SWIM_EVENT_AFTER.match(text, e)
            or _SWIM_SHORT_EVENT_AFTER.match(text, e)
            and self.before(_THE_EVENT_BEFORE, s, 12) is not None
        ):
            return None  # "the women's 200 individual medley", "le 100 m papillon": a swimming event's name
        if len(token) <= 3 and _SEATER_AFTER.match(text, e):
            return None  # "two coaster buses and 18 seater buses": a vehicle's size, no count of anything
        if not word and len(token) <= 2 and _NUMBERED_PART_BEFORE.search(text, max(0, s - 12), s):
            # "in pavilion 2 of the prison", "le réacteur 4", "Terminal 1": a part's number (not "the Bloc 32", the
            # Bloc Québécois's seats)
            return None
        if (
            not word
            and token[0] == "0"
            and token[1:2].isdigit()
            and not _CLOCK_PART_AFTER.match(text, e)
            # "06 corps repêchés", "05 morts et 12 blessés": a count written on two digits, as some papers of
            # Central and West Africa write the small ones
            and not (len(token) == 2 and token[1] != "0" and _PADDED_TOLL_AFTER.match(text, e))
        ):
            return None  # "0800", "007": codes, not quantities (but "2 heures 05 minutes": a time's minutes)
        if (
            not word
            and self.lang != "en"
            and (len(token) == 2 or len(token) == 3 and token.startswith("97"))
            and text[s - 1 : s] == "("
            and text[e : e + 1] == ")"
            and token.isdigit()
            and self.after_name(s - 1)
            and not self.people_bracketed(s)
            and not self.country_bracketed(s)
            and not _beyond_france(self.places)
        ):
            # "Sète (34)", "l'Essonne (91)", "Saint-Denis (974)": a département's code after a place (overseas
            # ones have three digits, from 971); "le village de Guillos (500)" is its count, and so is
            # "Anvers (72)" in a report on Belgium
            return None
        if self.reading_time and (self.reading_time_before(s) or self.after(_READ_AFTER, e)):
            return None  # "Reading time: 3 min", "5 min read", "Temps de lecture : 4 min": page furniture
        raw = _parse_words(token) if word else _parse_digits(token, self.lang)
        if raw is None:
            return None
        if fraction is not None:
            raw += fraction[0]
        if word and self.may_hold(s, 40, _VAGUE_WORDS) and self.vague(s, token):
            return None  # "a few hundred euros", "plusieurs dizaines", "des centaines": no figure
        couple = (
            word
            and token.lower() in _COUPLE_SCALES
            and self.may_hold(s, 16, ("couple",))
            and self.before(_A_COUPLE_BEFORE, s, 16) is not None
        )
        if (
            _is_rate_base(raw)
            and self.before(_RATE_BASE_BEFORE, s, 24)
            and self.after(_CURRENCY_AFTER_RE, e) is None  # "dédommager pour 10 000 euros": an amount
            and _PERCENT_AFTER.match(text, e) is None  # "pour 100% de son capital": a share
        ):
            return None  # "134 cas pour 100 000 habitants", "5.2 per 100,000 people": the base of a rate
        if (
            _is_rate_base(raw)
            and text.endswith(("sur ", "Sur ", "sur\u00a0"), 0, s)
            and _BASE_SET_APART_AFTER.match(text, e) is not None
        ):
            return (
                None  # "sur 100 décès, en moyenne 56 sont des hommes": the base the next count is a share of
            )
        # "4 $ par cartouche de 200 cigarettes", "$9 per pack of 20": the size of the unit a price is for
        if (
            text.endswith(_UNIT_OF_ENDINGS, 0, s)
            and self.may_hold(s, 40, ("per", "par", "each", "chaque"))
            and self.before(_PER_UNIT_OF_BEFORE, s, 40)
            and not _CURRENCY_AFTER_RE.match(text, e)  # "la perte par action de 4,75 $": a price itself
        ):
            return None
        if (
            not word
            and len(token) == 4
            and token.startswith(("19", "20"))
            and text.endswith(("in ", "In ", "of ", "constant ", "real ", "("), 0, s)
            and _YEAR_CURRENCY_AFTER.match(text, e) is not None
        ):
            return None  # "$2.3 billion in 2021 dollars": the year whose money an amount is counted in
        if (
            token == "3"
            and text[e : e + 1] == "M"
            and not text[e + 1 : e + 2].isalnum()
            and text[e + 1 : e + 2] not in ("$", "€", "£", "¥")
            and (s == 0 or not text[s - 1].isalnum() and text[s - 1] not in "$€£¥")
        ):
            return None  # "US multinational 3M", "la multinationale 3M": the company
        if (
            token == "24"
            and _NEWSPAPER_24_RE.match(text, e)
            and (paper := self.before(_DAILY_BEFORE, s, 24)) is not None
            and (
                paper.group("w").lower() not in _ATTRIBUTION_WORDS
                or "Suisse" in self.places
                or "Swiss" in self.places
            )
        ):
            return None  # "the Swiss daily 24 heures", "Interrogée par 24 heures": the Lausanne paper
        if not word and self.after(_ROUTE_AFTER, e) and self.before(_THE_ROUTE_BEFORE, s, 8):
            return None  # "The 107 service bus", "le 42 bus": a route's number
        if text[e : e + 1] in ("K", "k") and (
            _KARAT_AFTER.match(text, e + 1) or self.before(_CODENAME_BEFORE, s, 16)
        ):
            return None  # "24K gold": a purity, no thousands; "Project 24K": an investigation's name
        if text[s - 1 : s] in ("'", "’") and e - s == 2 and not word:
            return None  # "in 2021 and '22": a year cut short
        if text.startswith(_RANKED_STARTS, e) and self.after(_RANKED_AFTER, e):
            return None  # "two of the heaviest penalties", "deux des plus lourdes amendes": a rank, no count
        if token in _ONE_TOKENS and self.after(_ING_AFTER, e) and _THE_OTHER_RE.search(text, e, e + 80):
            return None  # "the two trains, one carrying passengers and the other freight": a pronoun
        if (
            self.dial_words
            and self.may_hold(s, DIAL_REACH, _DIAL_CUES)
            and (
                self.before(_DIALLED_BEFORE, s, DIAL_REACH)
                and not self.after(_COUNTED_WORD_AFTER, e)
                or token in _EMERGENCY_NUMBERS
                # "call 999 at once": an emergency number dialled, whatever word follows
                and (self.before(_CALLED_BEFORE, s, 16) or self.before(_DIALLED_BEFORE, s, DIAL_REACH))
            )
        ):
            return None  # "call 911", "en composant le 911", "she called 911 twice": a number to dial
        if not word and token in _EMERGENCY_NUMBERS and _EMERGENCY_LINE_AFTER.match(text, e) is not None:
            return None  # "the 15 emergency line", "the 112 emergency number": the number named as a line
        if (
            raw <= 12
            and raw == int(raw)
            and text.startswith(" in the ", e)
            and _IN_THE_DAY_AFTER.match(text, e)
        ):
            return None  # "from around five in the morning": a time of day
        if (
            not word
            and text[e : e + 1] == " "
            and text[e + 1 : e + 2].isupper()
            and _CODE_WORD_AFTER.match(text, e)
        ):
            return None  # "the 911 S5 botnet", "baptisé « 911 S5 »": a name with a code, no count
        if len(token) <= 2 and not word and self.drawn(s, e):
            return None  # "white balls 10, 33, 41, 47, and 56", "les numéros chance 2 et 5": a draw's numbers
        if (
            token == "24"
            and text[s - 2 : s - 1].isalpha()
            and (self.before(_CHANNEL_NAME_BEFORE, s, 60) or _CHANNEL_NAME_AFTER.match(text, e) is not None)
            # not "filmed Paris 24 hours a day", "interviewed Lyon 24 people": a count with its noun
            and not (
                (w := self.after(_WORD_AFTER, e)) is not None
                and (
                    (noun := w.group("w").lower()) in t.UNIT_NOUNS
                    or any(noun in t.DURATION_UNITS[lang] for lang in ("en", "fr"))
                )
            )
        ):
            return None  # "the national television channel Gabon 24", "sur la chaîne Africa 24": a channel's name
        if token in _LISTED_EMERGENCY_TOKENS and self.in_emergency_list(s, e):
            return None  # "les numéros d'urgence (15, 18 et 112)": numbers to dial, no count
        if token in _EMERGENCY_SERVICES and (
            self.before(_SERVICE_BEFORE, s, 8)
            and (self.after(_SERVICE_AFTER, e) or self.before(_SERVICE_CALLS_BEFORE, s, 20))
            or self.after(_EMERGENCY_SERVICE_AFTER, e)
            # "cutting off health-care, law enforcement, 911, passport and banking services": one of a list of
            # services, its noun-less number between commas
            or token == "911"
            and text.endswith(", ", 0, s)
            and self.after(_LISTED_SERVICE_AFTER, e) is not None
        ):
            return None  # "donnée au 911", "the 112 emergency service", "Genoa's 118 rescue service"
        if (
            not word
            and len(token) <= 2
            and text.endswith(("au ", "au\u00a0"), max(0, s - 3), s)
            and self.lang != "en"
            and self.before(_TO_DAY_BEFORE, s, 12)
            and self.after(_TO_DAY_AFTER, e)
            and _MONTH_FR_RE.search(text, max(0, s - 400), s)
        ):
            return None  # "reporté au 21, et prolongé jusqu'au 27" after a month: days of that month
        if (
            word
            and raw in _ANAPHORA_VALUES
            and (
                self.before(_DEFINITE_BEFORE, s, 20)
                or raw == 2
                and self.lang != "en"
                and text.endswith(("es ", "es\u00a0"), max(0, s - 3), s)
                and self.before(_OF_BOTH_BEFORE, s, 8)
                or raw == 2
                and self.before(_OURS_BEFORE, s, 8)
            )
            and self.after(_PLAIN_NOUN_AFTER, e)
            and (not self.people_after(e) or raw == 2 and self.pair_named_before(e))
            and not self.names_listed_after(e, raw)
        ):
            # "the two companies", "les deux provinces", "des deux plateformes", "the two men" (of whom nothing is
            # told after): counted or named before; "nos deux pays", "our two nations": the speaker's and the
            # other party's, a pair the text names
            return None
        if (
            word
            and raw in _ANAPHORA_VALUES
            and self.before(_DEFINITE_BEFORE, s, 20)
            and self.after(_OF_US_AFTER, e)
        ):
            return None  # "she believed the two of them had shared a romance": a pronoun
        if (
            raw in _ANAPHORA_VALUES
            and self.after(_SUPERLATIVE_AFTER, e)
            and self.before(_POSSESSIVE_BEFORE, s, 24)
        ):
            return None  # "Canada's 2 largest railways", "ses deux principaux concurrents"
        near = text[max(0, s - 24) : e + 32].lower() if self.magnitudes else ""
        if ("magnitude" in near or "richter" in near or "échelle" in near) and (
            self.after(_MAGNITUDE_AFTER, e) or self.before(_MAGNITUDE_BEFORE, s, 32)
        ):
            return None  # "une magnitude de 7,2", "6,3 de magnitude": a measurement, not a key figure
        if _ONE_DECIMAL_RE.fullmatch(token) and self.after(_QUAKE_AFTER, e) is not None:
            return None  # "Wednesday morning's 6.2 earthquake", "a 7.8 quake": the quake's magnitude
        if (
            self.magnitudes
            and _ONE_DECIMAL_RE.fullmatch(token)
            and self.before(_QUAKE_OF_BEFORE, s, 32) is not None
        ):
            return None  # "suivi d'une réplique de 6,7", "an aftershock of 6.4": a quake's magnitude, in a text of them
        if self.magnitudes and self.magnitude_listed(s, e, raw):
            return None  # "la magnitude du séisme à 7,5, l'USGS à 7,4 et la CWA à 7,2"
        if couple:
            raw *= 2  # "A couple hundred police officers": about two hundred
        c = _Cand(s, e, raw, raw, word=word, token=token.lower(), estimate=bool(couple))
        if aircraft:
            c.unit, c.noun = "plane", True
        pos = e
        if word and (digits := _DIGITS_RESTATED_AFTER.match(text, e)) and Decimal(digits.group("n")) == raw:
            pos = c.end = digits.end()  # "un mandat de cinq (5) ans": the number said twice, the unit after
            c.restated = True
        if attached and not attached.group("cur") and not attached.group("gcur"):
            # "400-euro", "1500euros": the currency is read after the digits
            pos = e + attached.end()
            if attached.group("pct"):
                c.kind = "percent"
            elif attached.group("unitnoun"):  # "a 6.2-kilometre tunnel"
                c.unit, c.noun = t.UNIT_NOUNS[attached.group("unitnoun")[1:]], True
                if c.unit == "seat" and self.after(_MAJORITY_AFTER, pos):
                    c.unit = "majority"  # "an 80-seat majority": a margin, not a party's seats
            elif attached.group("floors"):
                c.unit, c.noun = "floor", True
            elif attached.group("beds"):
                c.unit, c.noun = "bed", True
            elif attached.group("cents"):
                c.kind, c.currency, c.scale = "money", self.dollar, _HUNDREDTH
            elif attached.group("seats"):
                c.unit, c.noun = "seat", True
            elif attached.group("planes"):
                c.unit, c.noun = "plane", True
            elif attached.group("units"):
                if _BUILDING_AFTER.match(text, pos):
                    c.unit, c.noun = "apartment", True  # "the 15-unit building": its dwellings
                else:
                    c.measure = True  # "a 10-unit increase": units of a scale, no key figure
            elif attached.group("pages"):
                c.unit, c.noun = "pages", True
            elif attached.group("age"):
                c.kind = "age"
                c.unit = _AGE_IN.get(attached.group("age").split("-")[1].rstrip("s"))  # "a 22-month-old"
                if _OLD_SPAN_AFTER.match(text, pos) is not None:  # "the 16-month-old war": how long it lasts
                    c.kind, c.unit = "duration", t.DURATION_UNITS["en"][attached.group("age").split("-")[1]]
            elif attached.group("dur"):
                half = attached.group("ahalf") or ""
                c.kind, c.unit = "duration", t.DURATION_UNITS["en"][attached.group("dur")[len(half) + 1 :]]
                if half:  # "the three-and-a-half-month trial"
                    c.raw = c.value = c.raw + Decimal("0.5")
                if c.unit == "decades":  # "a more than two-decade high": 20 years
                    c.unit, c.raw, c.value = "years", c.raw * 10, c.value * 10
                if (
                    c.unit in ("years", "months", "weeks")
                    and (old := self.after(_OLD_AFTER, pos)) is not None
                    and (c.unit == "years" or _OLD_SPAN_AFTER.match(text, old.end()) is None)
                ):
                    # "the 31-year old Russian", "a 20-month old girl": a hyphen short
                    c.kind, c.unit, pos = "age", None if c.unit == "years" else c.unit, old.end()
                elif (
                    half
                    and c.unit in ("years", "months", "weeks")
                    and (old := _HYPHEN_OLD_AFTER.match(text, pos)) is not None
                    and _OLD_SPAN_AFTER.match(text, old.end()) is None
                ):
                    # "a two-and-a-half-year-old boy": the age with its half
                    c.kind, c.unit, pos = "age", _AGE_IN.get(c.unit.rstrip("s")), old.end()
            elif attached.group("halfsp"):  # "four-and-a-half years": the unit follows
                c.raw = c.value = c.raw + Decimal("0.5")
            elif attached.group("odd"):
                # "the 50-odd tourists", "70ish witnesses": about that many, the noun follows
                c.estimate = True
            elif attached.group("plus"):  # "its 500-plus stores": at least five hundred
                c.at_least = True
            elif attached.group("strong"):  # "its 54,000-strong workforce": the noun follows
                pass
            elif attached.group("rate"):  # "$15-an-hour": the rate is part of the amount said
                pass
            elif attached.group("sscale"):
                c.scale = t.SCALE_SUFFIXES[attached.group("sscale")]
            elif attached.group("hscale"):
                c.scale = t.SCALE_WORDS[attached.group("hscale").lstrip("-").lower()]  # "£300MILLION" too
            elif attached.group("suffix") == "m" and self.metres(s, pos):
                c.unit, c.noun = "metre", True  # "1300m d'altitude", "300m deep": metres, not millions
            elif (
                attached.group("suffix") == "mn"
                and self.lang == "fr"
                and self.after(_CURRENCY_OF_AFTER, pos) is None
                and not self.text[max(0, s - 2) : s].strip().endswith(tuple(t.CURRENCY_PREFIXES))
            ):
                c.kind, c.unit = "duration", "minutes"  # "s'est abîmé 6mn après le décollage": French minutes
            elif attached.group("suffix") in t.SCALE_SUFFIXES:
                c.scale = t.SCALE_SUFFIXES[attached.group("suffix")]
            elif attached.group("suffix") == "b":  # "16b francs", "$16b"
                c.scale = t.SCALE_SUFFIXES["bn"]
            elif attached.group("suffix") == "T":
                c.scale = t.SCALE_SUFFIXES["tn"]  # "a record $32.6T": only after a currency sign (see _glued)
            elif attached.group("suffix") in t.TEMPERATURE_SUFFIXES:
                c.kind, c.unit = "temperature", t.TEMPERATURE_SUFFIXES[attached.group("suffix")]
            elif attached.group("suffix") == "c" and self.after(_GLUED_CENTS_PRICE_AFTER, pos) is not None:
                c.kind, c.currency, c.scale = "money", self.dollar, _HUNDREDTH  # "79.95c a litre": cents
            elif attached.group("suffix") == "c":  # "1.48c hotter": see _lowercase_celsius
                c.kind, c.unit = "temperature", "C"
            elif attached.group("suffix") in _PERCENT_GLUED:
                # "about 10pc of its workforce": per cent, as British and Irish papers write it
                c.kind = "percent"
            else:
                c.kind, c.unit = "duration", t.DURATION_SUFFIXES[attached.group("suffix")]
                if (
                    c.unit == "hours"
                    and (day := self.before(_PREV_WORD_BEFORE, s)) is not None
                    and day.group("w").lower() in _DAY_WORDS_FR
                ):
                    return None  # "depuis ce mercredi 14 décembre 6h", "dès mardi 6h": the hour of that day
        elif "en" in self.langs:
            lowered = self.lowered
            maybe = lowered is None or lowered.startswith("and", pos + 1)  # the cheap test before the pattern
            half = self.after(_AND_A_HALF_AFTER, pos) if maybe else None
            before = self.before(_HALF_BEFORE, s, 16) if c.token in ("a", "an") else None
            if half:
                c.raw = c.value = c.raw + Decimal("0.5")
                pos = half.end()
            elif before:
                c.raw = c.value = Decimal("0.5")
                c.start = s - len(before.group())
            elif c.token == "a" and (half_of := self.after(_HALF_SCALE_AFTER, pos)) is not None:
                c.raw = c.value = Decimal("0.5")  # "around a half million of the displaced"
                pos = half_of.end("half")
        if c.kind == "count" and c.scale is None:
            pos = self.temperature(c, pos)
        if c.kind == "count" and c.scale is None:
            pos = self.scale_word(c, pos)
            if c.scale is not None:
                pos = self.et_demi(c, pos)
        if c.kind == "count":
            pos = self.money_or_percent(c, pos)
        if c.kind == "count" and c.scale is None:
            pos = self.age_or_duration(c, pos)
            if c.kind in ("duration", "age"):
                pos = self.et_demi(c, pos)
            if (
                c.kind == "count"
                and self.lang == "fr"
                and (quarters := self.after(_QUARTERS_OF_AN_HOUR_AFTER, pos))
            ):
                # "durant trois quarts d'heure", "un quart d'heure": minutes
                c.kind, c.unit, c.raw, c.value = "duration", "minutes", c.raw * 15, c.value * 15
                pos = quarters.end()
            if c.kind == "duration" and c.unit == "hours" and self.lang == "fr":
                minutes = self.after(_HOUR_MINUTES_AFTER, pos)
                if minutes is not None:  # "une heure trente de retard": an hour and a half
                    c.raw = c.value = c.raw + Decimal(_HOUR_MINUTES[minutes.group("m").lower()]) / 60
                    pos = minutes.end()
            if c.unit == "hours" and c.kind == "duration" and raw <= 24 and self.unaccented_a_before(s):
                return None  # "A 8 heures, mardi": "À" without its accent, as a sentence opens: a time of day
        if c.kind == "count" and not c.noun:
            self.counted_noun(c, pos)
            if c.unit in ("lives", "vies") and (
                self.before(_LIVES_VERB_BEFORE, c.start, 48) or self.after(_LIVES_LOST_AFTER, c.end)
            ):
                # "the storm claimed at least five lives", "37 lives were lost", "101 vies ont désormais été
                # perdues", "a coûté 12 vies": a toll
                c.unit = "death"
            if (
                c.scale is None
                and not word
                and c.raw < 1000  # read as a decimal, not already as thousands ("18,000" in French)
                and (
                    (c.unit in _WHOLE_THINGS and self.lang != "fr" and _ONE_DOT_GROUP_RE.fullmatch(token))
                    or (
                        c.unit in t.HUMAN_UNITS and self.lang == "fr" and _ONE_COMMA_GROUP_RE.fullmatch(token)
                    )
                )
            ):
                # "1.003 people", "2.350 accounts", and in a French text with an English thousands comma
                # "environ 18,000 résidents": no thing, and no one, comes in thousandths
                c.raw = c.value = c.raw * 1000
            if c.scale is not None and c.scale < 1000 and c.unit in self.durations:
                # "une douzaine de jours", "a dozen years": a duration, said as an estimate
                c.kind, c.unit = "duration", self.durations[c.unit]
                if c.unit == "years" and self.lang == "fr" and self.french_age_context(c.start):
                    c.kind, c.unit = "age", None  # "un homme d'une cinquantaine d'années": an age
        if not word and text[s - 1 : s].isalpha() and _CODE_TAIL_RE.match(text, e):
            return None  # "une montre Richard Mille RM11-03": letters, digits and a dash make a model's code
        if c.currency is None and c.kind == "count":
            self.currency_prefix(c)
            if not word and text[s - 1 : s] in ("P", "p") and c.kind == "count":
                return None  # "a P8 aircraft": a code, as anywhere "P" is glued to a number
        if c.kind == "count" and not c.by_prefix:
            self.age_prefix(c)
        if c.kind == "count" and c.currency is None:
            if c.scale is None and self.is_name_ordinal(s, None if word else e):  # "Facebook 17 millions"
                self.name_end = e
                return None
            if (
                self.name_end
                and _JOINED_RE.fullmatch(text, self.name_end, s)
                and text[self.name_end : s].strip()
            ):
                self.name_end = e
                return None  # "les feux 172 et 215": the list of names goes on
            if (
                c.bare
                and not word
                and raw > 1
                and self.lang == "fr"
                and text.endswith(("la ", "le ", "La ", "Le ", "la\u00a0", "le\u00a0"), 0, s)
            ):
                return None  # "notamment la 15, la 20 et la 40" (highways), "arrivé le 15": a name or a day
            if (
                c.bare
                and not word
                and 1 < raw < 120
                and self.after(_AT_THE_TIME_AFTER, e)
                and (
                    self.before(_WHO_WAS_BEFORE, s, 16)
                    or (under := self.before(_WERE_UNDER_BEFORE, s, 16)) is not None
                    and self.people_ruled_before(s - len(under.group()), 60)
                )
            ):
                # "Bissonnette, who was 27 at the time of the killings", "most of the victims were under 21 when
                # the abuse took place": the age someone had then
                c.kind = "age"
            if (
                c.bare
                and self.lang != "fr"
                and 0 < raw <= MAX_AGE_LIMIT
                and raw == int(raw)
                and self.may_hold(s, 16, (" than ",))
                and (than := self.before(_OLDER_THAN_BEFORE, s, 16)) is not None
                and self.people_ruled_before(s - len(than.group()), 60)
                and _AGE_LIMIT_AFTER.match(text, e) is not None
            ):
                c.kind = "age"  # "all young minors older than 10", "children younger than 5": people's ages
            if c.bare and raw == int(raw) and 0 < raw <= MAX_AGE and _OLDER_OR_YOUNGER_AFTER.match(text, e):
                c.kind = "age"  # "only six were 23 or older": the bound of an age, no count
            if (
                c.bare
                and self.lang != "fr"
                and MIN_AGE_LIMIT <= raw <= MAX_AGE_LIMIT
                and raw == int(raw)
                and self.may_hold(s, 32, (" be ",))
                and (limit := self.before(_MUST_BE_BEFORE, s, 40)) is not None
                and self.people_ruled_before(s - len(limit.group()), 80)
                and (m_after := _AGE_LIMIT_AFTER.match(text, e)) is not None
                and (limit.group("bound") or m_after.group("bound"))
            ):
                # "applicants had to be over 18 and live in France", "must be at least 21 to enter", "must be
                # 18 or older": the age a rule asks of people
                c.kind = "age"
            if c.bare and (self.before(_WEEKDAY_BEFORE, s, 16) or self.morning_after_le(s, e)):
                return None  # "ce dimanche 11", "le 7 au matin": a day of the month
            if (
                self.lang == "fr"
                and not word
                and c.kind == "count"
                and c.scale is None
                and raw <= 31
                and c.unit not in t.KNOWN_UNITS
                and c.unit not in t.NOUN_CONCEPTS
                and self.before(_WEEKDAY_BEFORE, s, 16)
            ):
                # "a annoncé mardi 28 qu'il": the day of the month, a word of the sentence after it
                return None
            if c.scale is None and self.not_a_count(s, e):
                return None
            if (
                c.unit not in t.KNOWN_UNITS
                and raw <= 31
                and self.before(_second_day_before(self.langs), s, 32)
            ):
                return None  # "between May 27 and 29": the second day of a range
        if (
            c.kind == "money"
            and raw == 1
            and _RATE_AFTER_RE.match(text, pos)
            or text[max(0, c.start - 3) : c.start].rstrip().endswith("=")
        ):
            # "($1 = 0.9268 euros)", "($1 = 15.7700 Ghanian cedi)": an exchange rate, whatever it is read as
            return None
        if c.scale is not None:
            c.value = c.raw * c.scale
        c.end = pos  # the figure covers what was read after the digits, not the counted noun
        self.maybe_year(c, token)
        return c

    def people_ruled_before(self, pos: int, reach: int) -> bool:
        """Whether people a rule of age is for are named within ``reach`` before ``pos`` in its sentence
        ("applicants had to be over 18", "minors older than 10"); ``pos`` is where the rule's words start."""
        return _RULED_PEOPLE_BEFORE.search(self.text, max(0, pos - reach), pos) is not None

    def not_a_count(self, s: int, e: int) -> bool:
        """Whether the number at ``s:e`` is a rank, a part of a descriptor or a hypothetical threshold, not a
        count: "among the 10 deadliest", "parmi les 20 plus meurtriers", "une route à quatre voies", "les 4
        derniers chiffres", "the last four digits", "si le bilan atteignait les 6 morts"."""
        text = self.text
        head = text[max(0, s - 5) : s].lower()
        if head.endswith(("the ", "les ", "des ")):
            m = self.after(_RANK_AFTER, e)
            if m is not None and (m.group("w") or "").lower() not in _NOT_SUPERLATIVES:
                return True
            if head.endswith(("les ", "des ")) and self.after(_FRENCH_RANK_AFTER, e):
                return True  # "les 20 incendies les plus meurtriers", "des dix catastrophes naturelles les plus coûteuses"
        if (
            head.endswith(("à ", "à\u00a0"))
            and sum(ch.isdigit() for ch in text[s:e]) < 3
            and self.after(_DESCRIPTOR_AFTER, e)
        ):
            # "une route à quatre voies", "une voiture à 5 places" (not "l'objectif est fixé à 40.000 places")
            return True
        if text[e + 1 : e + 2] in ("d", "D", "p", "P") and self.after(_DIGITS_AFTER, e):
            return True
        if (
            text[e + 1 : e + 2] in ("é", "É")
            and text[s:e].lower() in _STAR_RATINGS
            and self.after(_STARS_AFTER, e)
        ):
            return True
        if self.hypotheses and head.endswith(" ") and self.may_hold(s, 90, ("atteignai", "dépassai")):
            return self.before(_IF_REACHED_BEFORE, s, 90) is not None
        return False

    def et_demi(self, c: _Cand, pos: int) -> int:
        """ "un million et demi", "deux ans et demi", "a year and a half": the half after the scale or the
        unit."""
        half = self.after(_ET_DEMI_AFTER, pos) if "fr" in self.langs else None
        if half is None and "en" in self.langs and self.text.startswith((" and a half", " and half"), pos):
            half = self.after(_AND_A_HALF_AFTER, pos)
        if half is None and c.kind == "duration" and c.unit == "hours":
            # "trois heures et quart", "three and a quarter hours" said after the hours: a quarter of one more
            quarter = self.after(_ET_QUART_AFTER, pos) if "fr" in self.langs else None
            if quarter is not None:
                c.raw += Decimal("0.25")
                c.value = c.raw
                return quarter.end()
        if half is None:
            return pos
        # "une décennie et demie": half a decade, once the decade is read in years (see age_or_duration)
        c.raw += (
            Decimal(5)
            if c.kind == "duration" and c.unit == "years" and self.decade_before(c, pos)
            else Decimal("0.5")
        )
        c.value = c.raw
        return half.end()

    def decade_before(self, c: _Cand, pos: int) -> bool:
        """Whether the unit of ``c``, read before ``pos``, is a decade ("une décennie", "two decades")."""
        unit = self.text[c.start : pos].lower()
        return "décenni" in unit or "decade" in unit

    def temperature(self, c: _Cand, pos: int) -> int:
        """ "45 °C", "44,8°", "45,8 degrés", "90 degrees Fahrenheit", "2,370 Fahrenheit": Celsius unless
        Fahrenheit is said."""
        m = self.after(_TEMPERATURE_AFTER, pos) if self.temperatures else None
        if m is None:
            # "45 C (113 F)", "46.1 C": a spaced bare letter, only for a plausible reading in a context of heat
            if self.text[pos : pos + 1] in " \u00a0" and self.text[pos + 1 : pos + 2] in ("C", "F"):
                m = self.after(_BARE_SCALE_AFTER, pos)
            if m is None or not self.bare_temperature(c, m):
                return pos
        unit = (
            m.group("u")
            or m.group("u2")
            or m.group("u3")
            or m.group("u4")
            or m.group("u5")
            or m.group("u6")
            or ""
        )
        # bare "degrees" the weather cannot reach in Celsius ("temperatures forecast to rise above 100 degrees")
        fahrenheit = unit.upper().startswith("F") or (
            not unit
            and c.raw >= FAHRENHEIT_LEAST
            and (
                m.group().strip().startswith("degree")
                # "un enregistrement de 126 degrés" in a text giving its readings in Fahrenheit too
                or m.group().strip().startswith("degré")
                and "fahrenheit" in (self.lowered if self.lowered is not None else self.text.lower())
            )
        )
        c.kind, c.unit = "temperature", "F" if fahrenheit else "C"
        return m.end()

    def bare_temperature(self, c: _Cand, m: re.Match[str]) -> bool:
        """Whether a number before a spaced bare "C" or "F" (``m``) is a temperature: a value a thermometer
        reads, and the other scale's reading in brackets around it ("45 C (113 F)") or a word of heat or
        cold near it ("temperatures hit 46.1 C")."""
        fahrenheit = m.group("u") == "F"
        # a sign set off before the number ("stored between –80 C to –60 C"), or said in words ("a wind chill
        # of minus 108 degrees Fahrenheit (minus 78 C)")
        said_minus = _MINUS_WORD_RE.search(self.text, max(0, c.start - 8), c.start) is not None
        signed = said_minus or (
            c.start >= 2 and self.text[c.start - 1] in "-−–" and self.text[c.start - 2] in " \u00a0("
        )
        reading = -c.raw if signed else c.raw
        if c.word or not (-130 <= reading <= 140 if fahrenheit else -90 <= reading <= 60):
            return False
        if self.after(_OTHER_SCALE_AFTER, m.end()) or self.before(_OTHER_SCALE_BEFORE, c.start, 16):
            return True
        if said_minus:
            return True  # "it was minus 26 C": below zero, a reading
        window = self.text[max(0, c.start - 120) : m.end() + 60].lower()
        return any(w in window for w in _HEAT_WORDS)

    def scale_word(self, c: _Cand, pos: int) -> int:
        m = self.after(_SCALE_WORD_AFTER, pos)
        if (
            m
            and m.group("w").lower() in ("md", "mds", "mrd", "bn", "mn")
            and m.group("w") not in t.SCALE_WORDS
        ):
            m = None  # "MD", "BN": abbreviations only count in their usual case
        if (
            m
            and self.text.startswith("-", m.end())
            and m.group(0).split()[0].lower() in ("other", "more", "additional")
        ):
            # "Three other billion-dollar movies": "other" before a scale glued to its noun counts the movies,
            # each of a billion dollars; no amount of three billion
            m = None
        if (
            m
            and self.lang == "fr"
            and m.group("w") == "mn"
            and c.kind == "count"
            and self.after(_CURRENCY_OF_AFTER, m.end()) is None
        ):
            m = None  # "s'est abîmé 6 mn après le décollage": French minutes, no millions
        if m:
            c.scale = t.SCALE_WORDS[m.group("w").lower()]
            if self.lang == "fr" and m.group("w").lower() in ("billion", "billions"):
                c.scale = Decimal(10**12)  # French "billion" is a million millions: "8,14 billions de yens"
            if c.raw >= _WRITTEN_OUT and c.scale >= _WRITTEN_OUT and c.kind == "count":
                # "8,794,726 million votes": a tally written out in full, the scale a slip
                c.scale = Decimal(1)
            c.estimate = m.group("w").lower() in t.APPROXIMATE_SCALES
            c.at_least = m.group("plus") is not None
            glued = (
                _SCALE_NOUN_GLUED_RE.match(self.text, m.end()) if self.text.startswith("-", m.end()) else None
            )
            if (
                glued
                and c.kind == "count"
                and (noun := glued.group("n").lower()) not in _CURRENCY_AFTER
                and noun.rstrip("s") not in _CURRENCY_AFTER
                and noun not in ("strong", "odd", "plus")
            ):
                # "his 2.8 million-follower page", "a 10 million-member union": the noun glued to the scale
                c.unit, c.noun = t.UNIT_NOUNS.get(noun, noun), True
                return glued.end()
            if c.estimate and (big := self.after(_DE_SCALE_AFTER, m.end())) is not None:
                # "une cinquantaine de millions", "une vingtaine de milliards de dollars"
                c.scale *= t.SCALE_WORDS[big.group("w").lower()]
                return big.end()
            return m.end()
        m = self.after(_SCALE_SYMBOL_AFTER, pos) if self.scale_symbols else None  # "3 M€", "4,2 Md€"
        if m and m.group("w") == "M" and m.group("euros") and self.lang != "fr":
            m = None  # "469 ME" is French wires' millions of euros; in English, "12 ME" is Maine's
        if m:
            c.scale = _SCALE_SYMBOLS[m.group("w")]
            if m.group("euros"):
                c.kind, c.currency = "money", "EUR"
            return m.end()
        if self.bare_scale_letters and (m := self.after(_BARE_SCALE_LETTER_AFTER, pos)) is not None:
            if m.group("w") == "G" and not m.group("space") and c.token in _NETWORK_GENERATIONS:
                return pos  # "la 5G", "réseaux 4G": a mobile network's generation
            if m.group("w") == "M" and self.text.endswith(("le ", "du ", "au "), 0, c.start):
                return pos  # "a couru le 100 M": a race's metres, said as one event
            # "un versement de 2,2 G au Fonds", "660 M sur cinq ans": Quebec's budget shorthand, "$" left out
            c.scale = _SCALE_SYMBOLS[m.group("w")]
            return m.end()
        return pos

    def money_or_percent(self, c: _Cand, pos: int) -> int:
        # "800.000.000 de Fcfa", "1 000 000 d'euros": a sum written out in full takes "de" as a scale does
        of = c.scale is not None or self.lang == "fr" and c.raw >= FULL_SUM_OF_LEAST
        m = self.after(_CURRENCY_OF_AFTER if of else _CURRENCY_AFTER_RE, pos)
        books = m is not None and m.group("w").lower().startswith(("pound", "livre"))
        if (
            m is not None
            and books
            and self.after(_OF_AFTER, m.end())
            and not self.after(_OF_MONEY_AFTER, m.end())
        ):
            m = None  # "10 pounds of cocaine", "500 livres de cuisine"; not "un milliard de livres de valeur'
        if m is not None and c.scale is None and m.group("w").lower() == "won":
            m = None  # "1.5 trillion won" is money, "3 won prizes" a verb
        if m is not None and c.scale is None and c.raw >= 2 and m.group("w").lower() == "livre":
            m = None  # "le rapport annuel 2023 livre des statistiques": a verb; two pounds and more are "livres"
        if (
            m is not None
            and _CURRENCY_AFTER.get(_one_spaced(m.group("w").lower())) in _CRYPTO
            and self.text[c.start - 1 : c.start] in _CURRENCY_PREFIX_ENDS
            and self.before(_CURRENCY_BEFORE, c.start, 12) is not None
        ):
            m = None  # "$70M Bitcoin payment": dollars, paid in bitcoin
        if m is not None and books and c.scale is None and self.may_hold(c.start, 48, _WEIGHT_CUES):
            # "weighs 155 pounds", "six-foot-one and 200 pounds", "pèse 240 livres": a weight
            c.measure = True
            return m.end()
        if m:
            word = _one_spaced(m.group("w").lower())
            code = self.dollar if word in t.LOCAL_DOLLAR else self.shared_currency(_CURRENCY_AFTER[word])
            if (
                code == "CHF"
                and word in ("franc", "francs")
                and self.text.find("CFA", 0, c.start) >= 0
                and not self.names_swiss_francs
            ):
                # "1.500 francs CFA (2,2 euros), contre 900 francs": the CFA franc said once, then "francs"
                code = self.shared_currency("CFA")
            if code is not None:
                c.kind, c.currency = "money", code
                if (
                    c.scale is None
                    and not word.endswith("s")
                    and (cents := _CENT_OF_AFTER.match(self.text, m.end())) is not None
                ):
                    c.scale = _HUNDREDTH  # "20 euro cents per liter", "an 18 euro cent discount": hundredths
                    return cents.end()
                return m.end()
        if c.scale is not None and self.us:
            m = self.after(_US_AFTER, pos)
            if m:
                c.kind, c.currency = "money", "USD"
                return m.end()
        if c.scale is not None and (m := self.after(_IN_US_CURRENCY_AFTER, pos)):
            c.kind, c.currency = "money", "USD"  # "une perte de 33,9 millions en devises américaines"
            return m.end()
        # "7 cents"; in French only after digits ("5,7 cents le litre", as Quebec writes a dollar's cents):
        # "deux cents" is two hundred
        if c.scale is None and (self.lang == "en" or not c.word):
            m = self.after(_CENTS_AFTER, pos)
            if m:
                c.kind, c.currency, c.scale = (
                    "money",
                    "USD" if m.group("us") else self.dollar,
                    Decimal("0.01"),
                )
                return m.end()
            m = self.after(_PENCE_AFTER, pos)
            if m:
                c.kind, c.currency, c.scale = (
                    "money",
                    "GBP",
                    Decimal("0.01"),
                )  # "128,10 pence": a share's price
                return m.end()
        if c.scale is None:
            m = self.after(_PERCENT_AFTER, pos)
            if m is None and self.text.startswith(_PP_STARTS, pos):
                m = self.after(_PP_AFTER, pos)
            if (
                m is None
                and c.raw != c.raw.to_integral_value()
                and (self.lang == "fr" or c.raw < DECIMAL_POINTS_BELOW)
                # not "vainqueur 7.5 points contre 6.5": a game's score, in a text of no rate nor share
                and (self.shares or self.rates_told())
            ):  # "de 0,25 point", "rising by 0.3 points to 18.3 percent": a fraction of a rate's point
                m = self.after(_DECIMAL_POINTS_AFTER, pos)
            if (
                m is None
                and self.shares
                and c.raw == c.raw.to_integral_value()
                and 0 < c.raw <= 100
                and self.text.startswith((" point", "\u00a0point", "-point"), pos)
                and self.before(_INDEX_BEFORE, c.start, 60) is None
                and self.before(_LIST_OF_POINTS_BEFORE, c.start, 32) is None
            ):  # "en baisse de 9 points", "plus de onze points d'avance", in a text of shares: a share's points
                m = self.after(_WHOLE_POINTS_AFTER, pos)
            if m:
                c.kind = "percent"
                c.unit = (
                    "bp"
                    if m.groupdict().get("bp")
                    else t.PERCENT_SUFFIXES.get(_one_spaced((m.group("w") or "point").lower()), "point")
                )
                if c.unit == "bp":  # "50 basis points": half a percentage point
                    c.raw = c.value = c.raw / 100
                    c.unit, c.basis_points = "point", True
                return m.end()
        return pos

    def age_or_duration(self, c: _Cand, pos: int) -> int:
        m = self.after(_YEARS_OLD_AFTER, pos) if self.years_old else None
        if (
            m
            and m.group("w").lower().startswith("day")
            and _YEARS_THEN_RE.search(self.text, max(0, c.start - 12), c.start)
        ):
            m = None  # "77 years 103 days old": the days of an age in years (see the rule for those)
        if m and not (self.text[m.end("w")] == "-" and _OLD_SPAN_AFTER.match(self.text, m.end())):
            c.kind, c.unit = "age", _AGE_IN.get(m.group("w").lower().rstrip("s"))  # "22 months old"
            return m.end()
        m = self.after(_duration_after(self.langs), pos)
        if m is None:
            return pos
        if (
            not c.word
            and m.group("w").lower().startswith(("season", "saison"))
            and (1900 <= c.raw <= 2100 or self.before(_LEAGUE_NAME_BEFORE, c.start, 16) is not None)
        ):
            # "the record-setting 2017 season", "la saison 2023": a year's season; "the Ligue 1 season", "Formula
            # 1 saison": a league's name; no span
            return pos
        if m.group("w").lower().startswith("saison") and _WEATHER_SEASON_AFTER.match(self.text, m.end()):
            # "quatre saisons des pluies insuffisantes": seasons of the weather counted, no span of years
            c.unit, c.noun = "season", True
            return m.end()
        c.kind, c.unit = "duration", self.durations[m.group("w").lower()]
        if (
            c.unit in ("months", "weeks")
            and self.lang == "en"
            and self.may_hold(c.start, 12, ("under", "over", "below", "above"))
            and self.before(_PEOPLE_BOUND_BEFORE, c.start, 40) is not None
        ):
            c.kind = "age"  # "babies under six months": people below an age in months
            return m.end()
        if (
            c.unit in ("months", "weeks")
            and self.aged_before(c.start)
            and not _RANGE_TO_NUMBER_RE.match(self.text, m.end())  # a range's bound (see mixed_age_ranges)
        ):
            c.kind = "age"  # "at the ages of 5 months", "à l'âge de cinq mois": in months
            return m.end()
        if c.unit in ("days", "weeks", "months") and _AFTER_BIRTH_AFTER.match(self.text, m.end()):
            c.kind = "age"  # "dix jours après la naissance", "six weeks after birth": an age in days or weeks
            return m.end()
        if (
            c.unit in ("months", "weeks")
            and self.lang == "fr"
            and (
                self.before(_BABY_DE_BEFORE, c.start, 40)
                or self.may_end_with(c.start, ",", space=False)
                and self.before(_NAME_COMMA_BEFORE, c.start)
                # "le juge Peter Cahill, treize mois jour pour jour après la mort": a span after a clause
                and not self.after(_SPAN_SINCE_AFTER, m.end())
            )
        ):
            c.kind = "age"  # "un bébé de 2 mois", "une fillette de 22 mois", "Kelly, 2 mois", in months
            return m.end()
        if c.unit in _YEARS_IN:  # "two decades" is 20 years, as "a decade" is 10 (see _WORD_DURATIONS)
            k = _YEARS_IN[c.unit]  # and "huit siècles", "eight centuries", 800
            # a span in centuries is a round one: "un siècle" after 107 years, "eight centuries" of a town
            c.estimate = c.estimate or c.unit == "centuries"
            c.kind, c.unit, c.raw, c.value = "duration", "years", c.raw * k, c.value * k
        elif c.unit in _MONTHS_IN:  # "les cinq derniers semestres" are 30 months, "deux trimestres" six
            k = _MONTHS_IN[c.unit]
            c.kind, c.unit, c.raw, c.value = "duration", "months", c.raw * k, c.value * k
        if (
            c.unit == "years"
            # "au fil de ses six saisons dans la capitale": seasons played, no one's age
            and not m.group("w").lower().startswith(("saison", "season"))
            # "Kourou, 28 years after the first launch", "Paris, dix ans après": a span from an event, no age
            # (not "une jeune fille de 16 ans avant de la frapper": a person's years, then "before doing")
            and not (
                _SPAN_FROM_EVENT_AFTER.match(self.text, m.end())
                and not (
                    _BEFORE_DOING_AFTER.match(self.text, m.end())
                    and self.text.endswith((" de ", " d'", " d’"), 0, c.start)
                )
            )
            and (
                # not in English: "a 10 year loan" is no "il a 10 ans"
                self.lang != "en"
                and self.french_age_context(c.start)
                # "a boy aged 12 years", "below the age of 12 years"
                or self.lang == "en"
                and self.aged_before(c.start)
                and not _RANGE_TO_NUMBER_RE.match(self.text, m.end())
                or self.apposed_years(c.start, m.end())
                or self.sentence_opening_age(c.start, m.end())
                or self.may_hold(c.start, 12, ("under", "over", "below", "above"))
                and self.before(_PEOPLE_BOUND_BEFORE, c.start, 40) is not None
                or self.lang == "fr"
                and c.raw >= 12
                and self.after(_AND_OVER_AFTER, m.end()) is not None
                and self.before(_THOSE_AGED_BEFORE, c.start, 12) is not None
                # "adults of 60 years and over": a threshold of people's ages
                or self.lang == "en"
                and c.raw >= 12
                and self.after(_AND_OLDER_AFTER, m.end()) is not None
                and self.before(_PEOPLE_BEFORE, c.start, 40) is not None
                or self.lang == "fr"
                and self.may_hold(c.start, 100, ("âge",))
                and self.before(_AGE_CLAUSE_BEFORE, c.start, 100)
                or self.lang == "fr"
                and self.old_age_at(c, m.end())
            )
            and (
                not self.after(_NOT_AN_AGE_AFTER, m.end())
                or self.before(_AGED_BEFORE, c.start, 24)
                or self.before(_PEOPLE_UNDER_AGE_BEFORE, c.start, 24)
            )
            # "retranchés les plus de six ans et demi qu'il a déjà passés en détention": the years one spent
            and not (
                _YEARS_SPENT_AFTER.match(self.text, m.end())
                and self.before(_PEOPLE_UNDER_AGE_BEFORE, c.start, 24)
            )
        ):
            c.kind, c.unit = "age", None
        return m.end()

    def named_with_number(self, s: int, e: int) -> bool:
        """Whether the digits at ``s:e`` and the capitalised word after them are a name the text says again as
        written ("400 Mawozo"): not a people, a month, or a noun of the unit tables ("16 Americans", "12 May")."""
        m = _CAPITAL_WORD_AFTER.match(self.text, e)
        if m is None:
            return False
        w = m.group("w")
        low = w.lower()
        if (
            low in t.UNIT_NOUNS
            or low in t.NOUN_CONCEPTS
            or low in _CURRENCY_AFTER  # "7,000 Bitcoin", said again: a currency's name
            or w in t.MONTHS_EN
            or low in t.MONTHS_FR
            or _a_people(w)
            or _a_people(w + "s")
            or _ADJECTIVE_OF_A_PEOPLE_RE.search(w)
        ):
            return False  # "16 Americans", "28 Canadian police services", "three French soldiers"
        return self.text.count(self.text[s : m.end()]) >= 2

    def in_a_name(self, s: int, e: int) -> bool:
        """Whether a capitalised number word at ``s:e`` is inside a name: a capitalised word follows, and it
        opens no sentence nor stands in a title line."""
        if _opens_sentence(self.text, s):
            return False
        if (
            not _CAPITALISED_WORD_AFTER.match(self.text, e)
            and _NAME_OF_BEFORE.search(self.text, max(0, s - 40), s) is None
        ):
            return False  # "the Group of Ten democracies", "le Conseil des Cinq-Cents": the name ends on the number
        return not self.is_title_line(s)

    def pair_named_before(self, pos: int) -> bool:
        """Whether "two" before ``pos`` points back to two persons: "the two men were cleared", "les deux
        hommes ont toujours soutenu" (not "the two men killed": a toll)."""
        m = self.after(_WORD_AFTER, pos)
        return (
            m is not None
            and t.UNIT_NOUNS.get(m.group("w").lower()) in ("man", "woman")
            and self.fate_after(m.end()) is None
        )

    def names_listed_after(self, pos: int, count: Decimal) -> bool:
        """Whether the noun phrase after ``pos`` is followed, in its clause, by a list of exactly ``count``
        members each with a capitalised name, set off by a dash, a colon or a bracket: "the four unions which
        led the strike – CGT, Unsa, SUD-Rail and CFDT –", "les quatre compagnies du groupe - Air France, Hop!,
        KLM et Transavia -" introduce the members, they point back to nothing."""
        m = _NAMES_LISTED_AFTER.match(self.text, pos)
        if m is not None:
            items = [i for i in _LIST_SPLIT_RE.split(m.group("list").strip()) if i]
            if len(items) == count and all(_CAPITALISED_WORD_RE.search(i) for i in items):
                return True
        # "Les trois universités anglophones de la province, McGill, Concordia et Bishop's, pourraient": the
        # names in apposition after a comma, the last after "et" or "and"
        apposed = _NAMES_APPOSED_AFTER.match(self.text, pos)
        return apposed is not None and len(_LIST_SPLIT_RE.split(apposed.group("list"))) == count

    def counted_after(self, pos: int) -> bool:
        """Whether the word after ``pos`` is a noun of things counted ("drivers", "passengers")."""
        m = self.after(_WORD_AFTER, pos)
        return m is not None and m.group("w").lower() in t.UNIT_NOUNS

    def unaccented_a_before(self, s: int) -> bool:
        """Whether the word before ``s`` is a capital "A" opening a sentence in a French text: "À" as French
        papers often print it in capitals ("A 8 heures", "A 21 ans")."""
        if self.lang == "en" or not self.text.endswith(("A ", "A\u00a0"), 0, s):
            return False
        return _opens_sentence(self.text, s - 2)

    def magnitude_listed(self, s: int, e: int, raw: Decimal) -> bool:
        """A reading to the tenth between 1 and 10 in a sentence that named a magnitude before it: each
        agency's reading of one quake, listed after the word ("la magnitude du séisme à 7,5, l'USGS à 7,4")."""
        if not 1 <= raw < 10 or raw == raw.to_integral_value() or not _TENTH_RE.fullmatch(self.text, s, e):
            return False
        if self.after(_SCALE_OR_PERCENT_AFTER, e):
            return False  # "2.5 percent", "4.5 million residents"
        return _MAGNITUDE_IN_SENTENCE_BEFORE.search(self.text, max(0, s - 90), s) is not None

    def people_after(self, pos: int) -> bool:
        """Whether one of the two words after ``pos`` names people ("les quatre personnes disparues", "the two
        missing children"): a count of people is a key figure even when the text points back to them."""
        m = self.after(_WORD_AFTER, pos)
        for _ in range(2):
            if m is None:
                return False
            if t.UNIT_NOUNS.get(m.group("w").lower()) in _PEOPLE_AFTER_ANAPHORA:
                return True
            m = self.after(_WORD_AFTER, m.end())
        return False

    def apposed_years(self, s: int, e: int) -> bool:
        """ "Le président sortant, 78 ans, a été réélu": years set between commas after a noun are an age."""
        return (
            self.lang == "fr"
            and self.text.startswith(",", e)
            and (self.may_end_with(s, ",", space=False) or self.may_hold(s, 16, _APPOSED_HEDGES))
            and (m := self.before(_NOUN_COMMA_BEFORE, s, 40)) is not None
            and m.group("w").lower() not in t.DURATION_NOUNS_FR  # "sa peine, 10 ans,": the term, in years
        )

    def sentence_opening_age(self, s: int, e: int) -> bool:
        """ "À 21 ans, il avait ...", "At 21, he ...": a sentence that opens on an age then a comma (not "À
        deux ans de la retraite", a span of time before an event)."""
        if not self.text.startswith(",", e):
            return False
        m = self.before(_SENTENCE_AT_BEFORE, s, 20)
        # "^" in the looked-at slice is the text's start only when the slice is
        return m is not None and (m.start() > 0 or s - len(m.group()) == 0 or m.group()[0] in '.!?»«“"\n')

    def aircraft_variant(self, s: int, token: str) -> bool:
        """Whether a number is the variant after an airliner's model: the "8" of "737 MAX 8", the "500" of
        "737-500"."""
        if (
            len(token) == 3
            and s >= 4
            and self.text[s - 1] == "-"
            and self.text[s - 4 : s - 1] in _AIRLINER_MODELS
        ):
            return True
        return len(token) <= 2 and self.text.endswith(_VARIANT_ENDINGS, max(0, s - 12), s)

    def old_age_at(self, c: _Cand, end: int) -> bool:
        """Whether "à N ans" gives the age a person did something at, N too high for a term: "Il avait disputé
        son premier marathon à 89 ans" (not "condamné à 40 ans de réclusion", nor a term the clause names)."""
        return (
            OLD_AGE_AT_LEAST <= c.raw <= MAX_AGE
            and self.text.endswith((" à ", " à\u00a0"), 0, c.start)  # not "Voilà 50 ans que"
            # not a range ("des 40 à 50 dernières années"), nor years and months ("à 63 ans et trois mois")
            and not self.text[: c.start - 3].rstrip()[-1:].isdigit()
            and "ann" not in self.text[c.end : end]
            and not self.text.startswith((" de ", " d'", " d’", " et "), end)
            and not self.may_hold(c.start, 80, _TERM_STEMS)
        )

    def french_age_context(self, s: int) -> bool:
        """ "âgé de 52 ans", "un homme de 52 ans", "un Néerlandais de 30 ans" are ages."""
        if (
            self.may_end_with(s, "à")
            and self.may_hold(s, DIED_AT_FR_REACH, _DIED_AT_FR_CUES)
            and self.before(_DIED_AT_FR_BEFORE, s, DIED_AT_FR_REACH) is not None
            and _YEARS_OF_SOMETHING_AT.match(self.text, s) is None  # not "mort à 5 ans de la retraite"
        ):
            return True  # "un an avant de mourir en 1918 à 55 ans", "décédé mardi à 91 ans": the age at death
        if self.may_hold(s, 100, ("record",)) and self.before(_RECORD_OLD_BEFORE, s, 100):
            return False  # "le record du monde de Kevin Young, vieux de 29 ans": how long the record stood
        if self.before(_AGE_WORD_BEFORE, s):
            return True
        if (
            self.may_hold(s, 24, ("avoir",))
            and self.before(_TO_BE_AGED_BEFORE, s, 24) is not None
            and _YEARS_OF_SOMETHING_AT.match(self.text, s) is None
        ):
            return True  # "il faut avoir au moins 18 ans": to be that old (not "avoir 20 ans de cotisations")
        if (
            self.may_hold(s, 32, ("dont",))
            and (one := self.before(_ONE_OF_THEM_DE_BEFORE, s, 80)) is not None
            and _a_person_fr(one.group("who").lower())
        ):
            return True  # "sept enfants, dont un de moins de deux ans": one of the people named, of that age
        # "l'Estonienne Kadri Vaher, 46 ans", "Jean Dupont (40 ans)"
        if self.may_end_with(s, ",", space=False) and self.before(_NAME_COMMA_BEFORE, s):
            return True
        if self.text[s - 1 : s] == "(":
            if self.before(_NAME_BRACKET_BEFORE, s):
                return True
            # "de nationalités tunisienne (30 ans) et française (42 ans)", "la victime (30 ans)": a person's
            # noun or a people's adjective before the bracket
            bracketed = self.before(_LOWER_WORD_BRACKET_BEFORE, s)
            if bracketed is not None and (
                _a_person_fr(bracketed.group("w")) or _a_person_of(bracketed.group("w"))
            ):
                return True
        if (
            self.may_hold(s, 40, ("entre",))
            and (people := self.before(_PEOPLE_BETWEEN_BEFORE, s, 60)) is not None
            and _a_person_fr(people.group("w").lower())
        ):
            return True  # "un groupe de sept personnes entre 22 et 36 ans": the people's ages
        m = self.before(_WORDS_DE_BEFORE, s, 60) if self.may_end_with(s, "de") else None
        if m is None and self.text.endswith(("(de ", "(de\u00a0"), 0, s):
            # "les jeunes adultes (de 18 à 24 ans)": a group's ages in brackets after its noun
            m = _WORDS_DE_BEFORE.search(self.text[max(0, s - 80) : s - 4] + " de ")
        if m is None and (self.may_end_with(s, "d'", space=False) or self.may_end_with(s, "d’", space=False)):
            m = self.before(_WORDS_D_BEFORE, s, 60)  # "un homme d'une cinquantaine d'années"
        if m is None and (hedge := next((h for h in _ELIDED_HEDGES if self.may_end_with(s, h)), None)):
            # "ce garçon d'environ 14 ans", "un adolescent d'à peine 14 ans": the hedge's elided "de" before it
            head = self.text[max(0, s - 80) : s].rstrip()[: -len(hedge)]
            m = _WORDS_D_BEFORE.search(head) or _WORDS_DE_BEFORE.search(head)
        if m is None and self.may_end_with(s, "de") and self.text[max(0, s - 6) : s].rstrip()[-4:-3] in '»"”':
            quoted = self.before(_QUOTED_NOUN_DE_BEFORE, s, 60)
            if quoted is not None:
                return quoted.group("w").lower() not in t.DURATION_NOUNS_FR
        if not m:
            return False
        # the nearest noun decides: "un homme de 52 ans", "une journaliste d'investigation de 38 ans",
        # but "une peine de 10 ans"; a capitalised nationality counts as a person ("un Néerlandais de 30 ans")
        # A capitalised word is a person only right before the "de" of the age, or of an estimate of it
        # ("un Néerlandais de près de 30 ans"): in "le plus meurtrier en Afghanistan en près de vingt-cinq
        # ans" the name is a place and "en" makes the years a span of time.
        adjacent = True
        words = m.group("words").split()
        # "le décès d'un homme de 58 ans à Cassis et d'un autre de 71 ans": another person's age
        if words[-1].lower() in ("autre", "autres") and any(
            _a_person_fr(said.group("who").lower()) or said.group("who").lower().startswith("âgé")
            for said in _AGE_SAID_BEFORE_RE.finditer(self.text, max(0, s - AGE_OF_ANOTHER_REACH), s)
        ):
            return True
        for i in range(len(words) - 1, -1, -1):
            word = words[i]
            bare = _DL_RE.sub("", word)
            if bare.lower() in _SPAN_PREPOSITIONS_FR or (
                bare.lower() == "en" and all(w.lower() in _AGE_ESTIMATE_WORDS for w in words[i + 1 :])
            ):
                # "resté otage durant plus de six ans", "la troisième en moins de deux ans": how long, whoever
                # was (not "un étudiant en histoire de 24 ans")
                return False
            if bare.lower() in t.NOT_NOUNS or bare.lower() in t.CAPITALISED_OK:
                adjacent = adjacent and bare.lower() in _AGE_ESTIMATE_WORDS
                continue  # "Après plus de deux ans": function words are no noun, capitalised or not
            if bare.lower() in t.DURATION_NOUNS_FR and i > 0 and words[i - 1].lower() == "en":
                adjacent = False
                continue  # "un étudiant en histoire de 24 ans": the field the person studies, no term
            if bare.lower() in t.DURATION_NOUNS_FR or bare.lower() in _SENTENCED_VERBS:
                return False  # "une peine de 10 ans"; "Le couple écope de 10 années": a term, not an age
            if bare != word and i > 0 and words[i - 1].lower() in t.DURATION_NOUNS_FR:
                adjacent = False
                continue  # "sa peine d'État de 22 ans": the kind of the term, capitalised, no person's name
            if (
                bare.lower() in _PERSON_OR_ADJECTIVE_FR
                and i > 0
                and words[i - 1].islower()
                and _DL_RE.sub("", words[i - 1]) not in _BEFORE_A_PERSON_FR
                and words[i - 1] not in t.NUMBER_WORDS["fr"]  # "deux policières de 41 et 57 ans"
            ):
                # "une transition militaire de trois ans": an adjective after the noun it tells of
                return False
            if _a_person_fr(_PERSON_PREFIX_RE.sub("", bare.lower())) or adjacent and bare[:1].isupper():
                return True  # "Cet ex-procureur de 57 ans": a person's noun behind "ex-"
            if adjacent and i > 0 and _DL_RE.sub("", words[i - 1].lower()) in _FORMER_OR_YOUNG:
                return True  # "L'ancien métallo de 77 ans", "le jeune apprenti de 17 ans": what a person was or is
            if word.lower() in _ORIGIN_WORDS or _a_person_of(bare.lower()):
                if (
                    adjacent
                    and i > 0
                    and words[i - 1].lower() in _ONE_PERSON_ARTICLES
                    and _a_people_noun(bare)
                ):
                    return True  # "un belge de 36 ans": a people's name as a noun
                if (
                    adjacent
                    and i > 1
                    and words[i - 2].lower() in _ONE_PERSON_ARTICLES
                    and words[i - 1].lower() not in t.DURATION_NOUNS_FR
                    and words[i - 1].islower()
                ):
                    return True  # "un jardinier canadien de 67 ans": only a person has a people's adjective
                if (
                    adjacent
                    and i > 0
                    and (elided := _ELIDED_NOUN_RE.fullmatch(words[i - 1])) is not None
                    and elided.group("noun") not in t.DURATION_NOUNS_FR
                    and (_a_person_fr(elided.group("noun")) or elided.group("noun").endswith(_PERSON_ENDINGS))
                ):
                    return True  # "l'humanitaire française de 75 ans": the elided article, then the noun
                continue  # "un réfugié syrien", "un Russe d'origine tchétchène": a people's adjective
            adjacent = False  # "Il écope de 3 ans": a capitalised word beyond a verb is no person named
        # "Christian, chirurgien de 53 ans": a lowercase noun in apposition to a name describes the person,
        # whatever the noun (no list holds every trade); a term's noun was ruled out above
        if (
            _AN_AGE_RE.match(self.text, s) is not None
            and _APPOSITIVE_NOUN_RE.fullmatch(m.group("words").rstrip()) is not None
            and self.before(_APPOSITION_NAME_BEFORE, m.start("words") + max(0, s - 60), 40) is not None
        ):
            return True
        # "un ancien technicien informatique du gouvernement canadien de 35 ans": a person's noun, then what the
        # person belongs to, then the age
        of = self.before(_PERSON_OF_SOMETHING_DE_BEFORE, s, 90)
        return of is not None and _a_person_fr(of.group("who").lower())

    def distance(self, word: str, pos: int) -> bool:
        """Whether ``word`` (lowercase), the first after a number, is an imperial unit of length or a unit of
        area (see :data:`_DISTANCE_WORDS`), millimetres or centimetres (of rain or snow), "square" or
        "nautical" before a unit ("2 square miles"), or a metric length before "carré(s)"."""
        if word in _DISTANCE_WORDS or word in _PRECIPITATION_UNITS:
            return True
        if word in _METRIC_LENGTHS:
            return self.after(_SQUARE_AFTER, pos) is not None
        if word not in _DISTANCE_PREFIXES:
            return False
        if self.text.startswith(".", pos):  # "13,900 sq. km"
            pos += 1
        m = self.after(_WORD_AFTER, pos)
        return m is not None and (
            m.group("w").lower() in _DISTANCE_WORDS or m.group("w").lower() in _METRIC_LENGTHS
        )

    def counted_noun(self, c: _Cand, pos: int) -> None:
        """The noun counted after the number: a table word within three words, else the next plain word; or
        the noun of the line's label before it ("People killed: 501 People injured: 1,523")."""
        if (
            self.text[c.start - 2 : c.start].lstrip()[:1] == ":"
            and (unit := self.labelled(c.start)) is not None
        ):
            c.unit, c.noun = unit, True
            return
        if (
            self.text.startswith(")", c.end)
            and self.text[c.start - 1 : c.start] == "("
            and (before := self.before(_LOWER_WORD_BRACKET_BEFORE, c.start)) is not None
            and (bracketed := t.UNIT_NOUNS.get(before.group("w"))) is not None
        ):
            c.unit, c.noun = bracketed, True  # "des décès (248) et des infections (146.588)": what is counted
            return
        if self.text.startswith((" d'entre ", " d’entre "), pos) and (
            among := self.after(_AMONG_THEM_AFTER, pos)
        ):
            # "38 d'entre eux étaient étudiants": a part of people said before, named by what they were
            noun = t.UNIT_NOUNS.get(among.group("w").lower()) if among.group("w") else None
            # else what happened to them ("12 d'entre elles ont été blessées"), or a part of what went before
            c.unit, c.noun = noun or self.fate_after(among.end("who")) or "d'entre", True
            return
        if c.scale is None and (part := self.part_of_count(c.start, pos)) is not None:
            c.unit, c.noun = part, True
            return
        if c.scale is None and (part := self.part_of_group(c.start, pos)) is not None:
            c.unit, c.noun = part, True
            return
        if c.scale is not None:
            m = self.after(_DE_AFTER, pos)
            if m:
                pos = m.end()
            elif self.lang == "fr" and c.scale > 1000:
                return  # "150 millions visant Google": a French noun after millions needs "de" (not after mille)
        if self.text.startswith((" Boeing ", " Airbus ", " Embraer ", " Bombardier "), pos) and (
            model := _AIRCRAFT_MODEL_AFTER.match(self.text, pos)
        ):
            pos = model.end()  # "nine Boeing 737 Max aircraft": the aircraft are counted, not the model
        if (aged := _AGED_PEOPLE_AFTER.match(self.text, pos)) is not None:
            # "130,000 17-year-olds": people of that age, the young as "170.000 jeunes de 17 ans" counts them
            c.unit, c.noun = ("youth" if int(aged.group("age")) <= YOUTH_AGE_MOST else "person"), True
            return
        if (
            self.text[pos : pos + 2].strip()[:1] in ("»", "”", '"')
            and (quoted := _QUOTED_NUMBER_CLOSE.match(self.text, pos)) is not None
            and _QUOTE_OPENED_BEFORE.search(self.text, max(0, c.start - 24), c.start) is not None
        ):
            pos = quoted.end() - 1  # "« cinq à dix » autres passagers": the words quoted, the noun after them
        words: list[str] = []
        skipped = 0
        people = named = ""
        after_number = pos
        if self.text.startswith((" U.S. ", " U.K. ", " U.N. ", "\u00a0U.S. "), pos):
            pos += 5  # "Thirteen U.S. service members": whose they are, before what they are
        first_end = pos  # where the noun's first word ends
        while len(words) < 3:
            glued = pos > 0 and self.text[pos - 1] in "'’"
            m = self.after(_GLUED_WORD_AFTER if glued else _NOUN_WORD_AFTER, pos)
            if m is None:
                break
            word = m.group("w").lower().rstrip("'’-")
            pos = m.end()
            if word in _TIME_ADVERBS:
                break  # "redescendre à 11 aujourd'hui", "14 today": when, no noun of the count
            if word in _MOSTLY_WORDS:
                continue  # "killing 22 mostly Chinese migrant workers": who they mostly were follows
            if not words and word == "parmi" and (among := self.after(_AMONG_THE_AFTER, pos)) is not None:
                pos = among.end()  # "dont 8 parmi les soldats du feu": who they are
                continue
            if not words and word in _ALL_WORDS and word not in t.ARTICLE_LIKE:
                break  # "compared with 6.2 two years ago": a number word opens another figure, no noun of this one
            if not words and not skipped and c.scale is not None and word in _FORECASTERS:
                return  # "the 61.9 billion analysts had expected": who expected the amount, not what it counts
            if not words and not skipped and word in _DISTANCE_FIRSTS and self.distance(word, pos):
                c.measure = True  # "1.6 mile", "13,750 hectares": a measurement, not a key figure
                return
            if (
                word in t.FRENCH_COMPOUNDS
                and self.lang == "fr"
                and self.text.startswith(t.FRENCH_COMPOUNDS[word][0], m.start("w"))
            ):
                c.unit, c.noun = t.FRENCH_COMPOUNDS[word][1], True  # "un million de mots de passe"
                return
            if not words and word == "account" and self.text.startswith(" for ", pos):
                break  # "Children under 14 account for 41 per cent": the verb, no bank accounts
            if word in t.UNIT_NOUNS and not (word in _PLACES_IN_ENGLISH and self.lang == "en"):
                if word in ("foyer", "foyers") and self.after(_FRENCH_SEATS_AFTER, pos):
                    c.unit, c.noun = word, True  # "12 foyers d'incendie": a fire's seats, not homes
                    return
                if (
                    self.text[pos : pos + 1] == "/"
                    and (
                        t.UNIT_NOUNS[word] in _MEASURE_UNIT_NOUNS
                        or not _PER_PERIOD_SLASH_AFTER.match(self.text, pos)
                    )
                ) or (self.after(_PER_HOUR_AFTER, pos) and t.UNIT_NOUNS[word] not in t.LEXICON_PEOPLE):
                    # "90 km/h", "226 kilometres per hour": a speed (not "three judges an hour and 40 minutes")
                    c.measure = True
                    return
                c.unit, c.noun = t.UNIT_NOUNS[word], True
                if named and c.unit in t.HUMAN_UNITS and c.unit not in _CLIENT_UNITS:
                    # "two Canadian nationals", "trois Français blessés" is below; a company's clients are
                    # of no place ("44,410 Hydro-Québec customers")
                    c.place = named
                if c.unit == "seat" and self.before(_MAJORITY_BEFORE, c.start, 40):
                    c.unit = "majority"  # "une majorité de 80 sièges": a margin, not a party's seats
                    return
                if word in t.CONTAINER_NOUNS_FR and self.lang == "fr":
                    # "200 000 comptes d'entreprises": accounts of something count that thing
                    c.unit = self.container_owner(pos) or c.unit
                elif (
                    word == "cas"
                    and self.lang == "fr"
                    and (owner := self.container_owner(pos)) in t.HUMAN_UNITS
                    and owner not in ("case", "death", "injury")
                ):
                    # "39 cas de salariés examinés": the people whose cases are counted (not "500 cas de
                    # choléra", cases of a disease)
                    c.unit = owner
                    return
                # English puts the head noun last ("business customers"); so does a French "jeunes" before
                # one ("quatre jeunes enfants", "24 jeunes adultes")
                head = self.after(_WORD_AFTER, pos) if self.lang == "en" or c.unit == "youth" else None
                # "twelve of the 30 passengers died": the passengers are counted, the part died
                whole = c.unit in _KILLABLE and self.part_of_whole(c)
                if (
                    head
                    and head.group("w").lower() in t.UNIT_NOUNS
                    and head.group("w")[0].islower()
                    # "200,000 displaced people", "44 missing people", "357 injured demonstrators": the fate
                    # names them
                    and c.unit not in ("displaced", "missing")
                    and not (c.unit in ("injury", "death") and word in ("injured", "wounded", "dead"))
                    and not (whole and t.UNIT_NOUNS[head.group("w").lower()] in _FATES_SAID_AFTER)
                ):
                    c.unit, pos = t.UNIT_NOUNS[head.group("w").lower()], head.end()
                elif (
                    head
                    and self.lang == "en"
                    and not word.endswith("s")
                    and (plural := head.group("w")).endswith("s")
                    and plural.lower() in t.NOUN_CONCEPTS
                ):
                    # "65 passenger trains", "500 hospital beds": a noun the table does not hold, after a
                    # singular one that says what kind, is what is counted ("65 trains de voyageurs")
                    c.unit, pos = plural.lower(), head.end()
                elif c.unit == "missing" and head and self.fate_after(head.end()) == "death":
                    c.unit = "death"  # "all five missing persons have been found dead"
                if c.unit in _KILLABLE and _RESCUED_WORDS.intersection(words):
                    c.unit = "survivor"  # "the 11 rescued migrants": the saved, whatever befell them after
                    return
                if whole:
                    pass
                elif c.unit in _KILLABLE:
                    self.fate(c, pos)  # "329 people were injured", "14 femmes abattues"
                elif c.unit == "injury" and self.fate_after(pos) == "critical":
                    c.unit = "critical"  # "une cinquantaine de blessés sont dans un état grave"
                elif (
                    c.unit == "injury"
                    and _STILL_IN_HOSPITAL_AFTER.match(self.text, pos)
                    and not self.part_of_whole(c)  # "66 des 85 blessés sont hospitalisés": the 66 are
                ):
                    c.unit = "hospitalised"  # "80 people injured in the attack were still being treated in hospital"
                if c.unit in _KILLABLE and not whole and (toll := self.toll_verb_before(c.start)) is not None:
                    c.unit = toll  # "the quake killed at least 130 people", "tuant 131 personnes", "injuring twenty"
                elif c.unit == "person" and self.death_toll_before(c.start):
                    c.unit = "death"
                elif c.unit in _ANY_PEOPLE and self.saved_before(c.start):
                    c.unit = "survivor"  # "réussi à sauver 90 personnes", "rescued 37 people": the saved
                elif (
                    (c.unit in _ANY_PEOPLE or c.unit == "resident")
                    and self.may_hold(c.start, 40, ("vacu",))
                    and self.before(_EVACUATED_BEFORE, c.start, 40)
                ):
                    c.unit = (
                        "evacuee"  # "ont évacué 3 000 habitants", "evacuated 800 residents": the evacuated
                    )
                elif (
                    c.unit in _ANY_PEOPLE
                    and self.may_hold(c.start, 40, _ARREST_STEMS)
                    and self.before(_ARRESTED_BEFORE, c.start, 40)
                ):
                    c.unit = "arrest"  # "police arrested 1,311 people", "ont interpellé 994 personnes"
                elif c.unit == "time" and word != "reprises" and self.after(_RATIO_AFTER, pos):
                    # "dix fois moins qu'en 2003", "four times the average": a ratio ("enfreint à 232 reprises la
                    # règle" counts occasions)
                    c.measure = True
                elif c.unit == "time" and c.word and c.raw == 2:
                    # "la maison qu'on doit construire deux fois", "comptées deux fois": twice
                    c.measure = True
                return
            if word in ("degrés", "degrees") and not words:
                c.kind, c.unit, c.noun = "temperature", "C", False  # "une trentaine de degrés"
                return
            if (
                self.lang == "fr"
                and word in ("pièce", "pièces")
                and not words
                and self.may_end_with(c.start, "de")
            ):
                c.measure = True  # "un logement de cinq pièces et demie": a dwelling's size, no key figure
                return
            if (m.group("w") in t.MEASURE_UNITS or self.lang == "fr" and m.group("w") == "m") and not words:
                # "8 Mbit/s", "25 Go", "un individu de 1,80 m": a measurement, not a key figure
                c.measure = True
                return
            if word in t.FRACTION_NOUNS and not words and c.scale is None:
                c.measure = True  # "les deux tiers des sièges", "three quarters of voters": a share
                return
            if word in ("others", "autres", "autre") and not words:
                following = self.after(_WORD_AFTER, pos)
                if (
                    following
                    and self.lang == "fr"
                    and (
                        (plain := following.group("w").lower()) in t.UNIT_NOUNS
                        # "4800 autres propriétés": a plural noun outside the table follows too
                        or following.group("w")[0].islower()
                        and plain.endswith(("s", "x"))
                        and plain not in t.NOT_NOUNS
                        and self.fate_after(pos) is None  # "trois autres arrêtés": what befell them
                    )
                ):
                    skipped += 1
                    continue  # "deux autres personnes": the noun follows
                c.noun = True  # "three others", "deux autres"
                self.fate_of_the_bare(c, pos)
                return
            if (
                not glued
                and m.group("q")
                and self.text[m.end() - 1 : m.end()] in '"”»'
                and (following := self.after(_WORD_AFTER, m.end())) is not None
                and following.group("w")[0].islower()
                and following.group("w").lower() not in t.NOT_NOUNS
                and following.group("w").lower() not in t.PARTITIVES
            ):
                skipped += 1  # 'two "prolific" ransomware operators': a word in quotes qualifies the noun
                if skipped > 2:
                    break
                continue
            if (
                word in t.SKIPPED_ADJECTIVES
                # "96 lab-confirmed E. coli cases", "laboratory-confirmed": a compound of such an adjective
                or "-" in word
                and word.rpartition("-")[2] in t.SKIPPED_ADJECTIVES
                or (m.group("w")[0].isupper() and not words and not c.scale)
            ):
                if m.group("w")[0].isupper() and not words:
                    named = word  # "five Portuguese citizens": the people the persons counted are of
                if m.group("w")[0].isupper() and (word.endswith("s") or word in t.PEOPLES) and not words:
                    # "quatorze Canadiens", "three Ukrainians", "589 Chinese": a people, if nothing follows
                    people = word
                skipped += 1
                if skipped > 2:
                    break
                continue  # "two other suspects", "three European news outlets"
            if (
                word in ("and", "or")
                and self.lang == "en"
                and len(words) == 1
                and not words[0].endswith("s")
                and (coordinated := _COORDINATED_NOUN_AFTER.match(self.text, pos)) is not None
            ):
                # "four national and private schools": two adjectives of one plural noun
                noun = coordinated.group("w").lower()
                if noun in t.UNIT_NOUNS:
                    c.unit, c.noun = t.UNIT_NOUNS[noun], True
                    return
                words = [noun]
                break
            if (
                word in t.NOT_NOUNS
                or word in _UNTIL_WORDS
                or not m.group("w")[0].islower()
                # "contre 38 actuellement", "38 seulement": an adverb (a noun after a plural count is plural); a
                # number word keeps it ("dix moyennement" blessés: the part it qualifies); "Près de 28.000
                # restent privés d'eau chaude": a verb (a plural noun ends in -s or -x)
                or (
                    self.lang == "fr"
                    and word.endswith("ent")
                    and len(word) > 4
                    and c.raw > 1
                    and not c.word
                    and word not in t.NOUN_CONCEPTS  # "dont 14 grièvement": the worst hurt
                )
            ):
                if (
                    not words
                    and c.word
                    and word in t.PARTITIVES
                    and c.raw > 1
                    and not self.opens_range(c)  # "de deux à dix-huit ans": a range, not "huit à 3 ans"
                ):
                    c.noun = True  # "five of the seven validators", "douze en France"
                    # "including eight in critical condition", "dont deux dans un état grave": what they are in
                    c.unit = self.fate_after(after_number) if word in ("in", "dans", "en") else None
                break
            if people and not words and _PARTICIPLE_RE.search(word):
                break  # "two Ukrainians involved", "quatorze Canadiens arrêtés": the people is counted
            if (
                not words
                and c.scale is not None
                and (word.endswith("ed") or word in _IRREGULAR_PARTICIPLES)
                and self.lang == "en"
                and self.after(_PREPOSITION_AFTER, pos)
            ):
                # "10.8 billion related to short-time work", "2 million earmarked for", "4 billion drawn on
                # loans": a verb, no noun (not "five asphyxiated by gas", "three diverted to other airports": what
                # befell those counted)
                break
            if words and self.lang == "en" and word.endswith("ing") and words[-1].endswith("s"):
                # "two new stations serving business parks": a participle after a plural ends the noun's phrase
                # (not "25 cryptocurrency mining centers", "six core diving modes")
                break
            words.append(word)
            if len(words) == 1:
                first_end = pos
            if len(words) == 1 and c.scale is not None and word in self.durations:
                break  # "une cinquantaine d'années s'est tué": years, whatever follows
        if words:
            # English puts adjectives first ("two key suspects"): prefer a plural; French puts the noun first
            plural = [w for w in words if w.endswith("s")] if "en" in self.langs else []
            c.unit, c.noun = (plural or words)[0], True
            if t.NOUN_CONCEPTS.get(words[0]) in _KILLABLE and (fate := self.fate_after(first_end)) in _HARMS:
                # "26 agents had been injured", "trois enquêteurs ont été blessés": the harm counts
                c.unit = fate
            elif named and c.unit in _CITIZENS:
                c.place = named  # "five Portuguese citizens"
            elif c.unit in _CITIZENS and self.saved_before(c.start):
                c.unit = "survivor"  # "saved 100 citizens from the flames", "sauver des flammes 110 citoyens"
            elif c.unit == "lives" and self.before(_LIVES_LOST_BEFORE, c.start, 32) is not None:
                c.unit = "death"  # "the massacre led to the loss of 150 lives", "cost 12 lives": a toll
        elif people:
            # a people counts persons ("two Ukrainians", "quatorze Canadiens"); another capitalised plural
            # is a name or a headline's word ("Two Studios") and stays the raw noun
            demonym = _a_people(people)
            c.unit, c.noun = "national" if demonym else people, True
            if demonym:
                c.place = people
        elif not c.noun:
            window = self.text[max(0, c.start - 60) : c.start].lower()
            tally = any(w in window for w in ("toll", "count", "tally", "total"))
            m = self.before(_TALLY_BEFORE, c.start, 60) if tally else None
            if m and m.group("w").lower() in t.UNIT_NOUNS:  # "the death toll rose to 820", "seat count by 16"
                c.unit = t.UNIT_NOUNS[m.group("w").lower()]
            elif m and m.group("w").lower() in t.NOUN_CONCEPTS:
                c.unit = m.group("w").lower()  # "the forest fire count climbed to 156"
            if c.unit is None and ("number" in window or "nombre" in window or "total" in window):
                m = self.before(_NUMBER_OF_BEFORE, c.start, 80)
                if m and m.group("w").lower() in t.NOUN_CONCEPTS:
                    c.unit = m.group("w").lower()  # "le nombre de feux de forêt ... est passé de 138 à 141"
                elif m and m.group("w").lower() in t.UNIT_NOUNS:  # "put the number of injuries at 1,175"
                    c.unit = t.UNIT_NOUNS[m.group("w").lower()]
                    # "the number of people reported missing to 62": the fate said after the people
                    fates = [t.UNIT_NOUNS.get(w.lower()) for w in m.group("rest").split()]
                    c.unit = next((u for u in reversed(fates) if u in _FATES_SAID_AFTER), c.unit)
            ahead = self.text[c.end : c.end + 24].lower()
            if c.unit is None and (
                "nombre" in ahead or "bilan" in ahead or "total" in ahead or "number" in ahead
            ):
                m = self.after(_NUMBER_OF_AFTER, c.end)
                if m is not None and m.group("w") is None:
                    c.unit = "death"  # "porte à 39 le bilan": a toll
                elif m is not None and m.group("w").lower() in t.UNIT_NOUNS:
                    # "porte à 153 le nombre de décès", "le nombre de personnes décédées": the noun said after
                    c.unit = t.UNIT_NOUNS[m.group("w").lower()]
                    fates = [t.UNIT_NOUNS.get(w.lower()) for w in m.group("rest").split()]
                    c.unit = next((u for u in reversed(fates) if u in _FATES_SAID_AFTER), c.unit)
            if (
                c.unit is None
                and self.text[c.end : c.end + 2].strip()[:1] in (",", "—", "–")
                and (apposed := self.before(_APPOSED_COUNT_BEFORE, c.start, 48)) is not None
                and (noun := t.UNIT_NOUNS.get(apposed.group("w").lower())) is not None
            ):
                # "Plusieurs armes, au moins dix, ont été découvertes", "the victims — 184 — were"
                c.unit = noun
            if (
                c.unit is None
                and self.may_find(c.start, 48, _PLACE_STEMS)
                and self.before(_PLACE_OF_BEFORE, c.start, 48)
            ):
                c.unit = "resident"  # "the city of 350,000", "une ville de près de 300.000": its population
            if c.unit is None and c.scale is None and self.before(_POPULATION_OF_BEFORE, c.start, 48):
                c.unit = "resident"  # "a town with a population of 20,000": its inhabitants
            if (
                c.unit is None
                and self.lang == "fr"
                and "soit" in self.text[max(0, c.start - 20) : c.start]
                and (said := self.restated_fate(c.start)) is not None
            ):
                c.unit = said  # "tous les décès de l'Uttar Pradesh, soit 54 au total"
            if (
                c.unit is None
                and (subject := self.before(_FATE_NOUN_SUBJECT_BEFORE, c.start, 48)) is not None
                and t.UNIT_NOUNS.get(subject.group("w").lower()) in _FATES_SAID_AFTER
            ):
                # "tandis que les disparus sont cinq", "les blessés sont au nombre de douze": the toll after its
                # noun
                c.unit = t.UNIT_NOUNS[subject.group("w").lower()]
            if c.unit is None:
                self.fate_of_the_bare(c, after_number)  # "403 were killed", "12 ont été blessés"
            # after the fate said of the count itself: "the number of fatalities would rise, with more than 100
            # still hospitalised" counts the injured
            if (
                c.unit is None
                and self.death_toll_before(c.start)
                # "taking its toll for 24 to 48 hours": the first bound of a range of the unit after the second
                and not _RANGE_TO_TIME_RE.match(self.text, c.end)
            ):
                c.unit = "death"  # "le bilan des morts liées à la chaleur passe à 50"
            if c.unit is None and self.seats_won_or_lost(c):
                c.unit = "seat"  # "the Greens lost five", "which gained four", "leaving it with just three"

    def container_owner(self, pos: int) -> str | None:
        """What the accounts, records or files before ``pos`` are of, as a unit ("200 000 comptes d'entreprises":
        companies), or None (no "de" after them, or a name: "5500 comptes de l'ARC")."""
        m = self.after(_DE_AFTER, pos)
        if m is None:
            return None
        glued = self.text[m.end() - 1] in "'’"
        w = self.after(_GLUED_WORD_AFTER if glued else _WORD_AFTER, m.end())
        if w is None:
            return None
        if _DL_RE.sub("", w.group("w"))[:1].isupper():
            return None  # "5500 comptes de l'ARC": the owner is a name, the accounts are what is counted
        owner = w.group("w").lower()
        return t.UNIT_NOUNS.get(owner, owner)

    def labelled(self, s: int) -> str | None:
        """The people a line's label says the count after its colon counts ("People killed: 501", "Death toll:
        46", "Blessés : 120"): the last of the label's words that counts something, if people, or None."""
        m = self.before(_LABEL_BEFORE, s, LABEL_REACH)
        if m is None:
            return None
        units = [t.UNIT_NOUNS[w] for w in _LETTERS_RE.findall(m.group("label").lower()) if w in t.UNIT_NOUNS]
        # only people: "Operation Tidewater: nine held" is a headline's subject, not a row of a table
        return units[-1] if units and units[-1] in t.HUMAN_UNITS else None

    def part_of_count(self, start: int, pos: int) -> str | None:
        """What a count counts when a count of a whole follows it ("Sixty-six of 85 injured were
        hospitalised", "twelve of the 30 passengers died", "66 des 85 blessés"): what happened to the part
        when the sentence says it, else the whole's noun; None when no such whole follows."""
        m = self.after(_PART_OF_COUNT_AFTER, pos)
        if m is None:
            return None
        if not _a_number(m.group("n")):
            return None
        word = m.group("w").lower()
        if word in t.NOUN_CONCEPTS and word not in t.UNIT_NOUNS and m.group("n")[0].isdigit():
            # "canceled 50 of its 257 flights", "44 des 257 vols au départ": a noun the lexicon names in both
            # languages, after a whole in digits
            return word
        noun = t.UNIT_NOUNS.get(word)
        if noun is None or word in _PLACES_IN_ENGLISH and self.lang == "en":
            return None
        head = self.after(_WORD_AFTER, m.end()) if self.lang == "en" else None
        if head and head.group("w")[0].islower():
            last = t.UNIT_NOUNS.get(head.group("w").lower())
            if last is not None and last not in _FATES_SAID_AFTER:
                noun = last  # "5 of the 27 member states" are states
        fate = self.fate_after(m.end())
        if fate is None and noun in _KILLABLE:
            fate = self.toll_verb_before(start)  # "killed 12 of the 30"
        return fate or noun

    def saved_before(self, s: int) -> bool:
        """Whether a verb of saving comes right before the count at ``s`` (see :data:`_RESCUED_BEFORE`)."""
        return self.may_find(s, 40, _RESCUED_STEMS) and self.before(_RESCUED_BEFORE, s, 40) is not None

    def part_of_group(self, start: int, pos: int) -> str | None:
        """What a count counts when a group of people it is part of follows it, with no number ("37 of the
        injured people were in serious condition", "two of the dead were children"): what happened to the
        part when the sentence says it, else the group's noun; None when no such group follows."""
        if self.text[pos : pos + 4].lower() not in (" of ", "\u00a0of "):
            return None
        if self.text.startswith((" of them ", " of them."), pos):
            # "34 of them were in intensive care": the worst hurt of a count of the injured before; "which
            # wounded four of them": those the verb befell
            if (fate := self.fate_after(pos + 8)) in ("critical", "hospitalised"):
                return fate
            if _SERIOUSLY_RE.match(self.text, pos + 8):
                return "critical"  # "injured 617 others, 94 of them seriously": the worst hurt
            return self.toll_verb_before(start)
        m = self.after(_PART_OF_GROUP_AFTER, pos)
        if m is None:
            return None
        noun = t.UNIT_NOUNS.get(m.group("w").lower())
        if noun not in _FATES_SAID_AFTER:
            return None
        return self.fate_after(m.end()) or noun

    def part_of_whole(self, c: _Cand) -> bool:
        """Whether ``c`` is the whole a part said before it is of ("of the 30 passengers")."""
        m = self.before(_PART_OF_COUNT_BEFORE, c.start, 40)
        return m is not None and _a_number(m.group("n"))

    def toll_verb_before(self, start: int) -> str | None:
        """What a verb of killing or injuring right before a count makes of the people it counts ("killed at
        least 130", "tuant 131", "injuring twenty", "et blessé 2376"): "death" or "injury", else None."""
        verb = self.before(_KILLED_BEFORE, start, 50) if self.may_find(start, 50, _KILLED_STEMS) else None
        if verb is None:
            return None
        return "injury" if verb.group("v").lower().startswith(_INJURING) else "death"

    def restated_fate(self, start: int) -> str | None:
        """What a count after "soit" counts when its clause named the people with no number before it ("tous
        les décès de l'Uttar Pradesh, soit 54 au total"): the first noun of a fate in the clause, or None."""
        m = self.before(_SOIT_BEFORE, start, 30)
        if m is None:
            return None
        said = start - len(m.group())  # where the comma before "soit" is
        head = self.text[max(0, said - 80) : said]
        clause = head[max(head.rfind(c) for c in ".;:!?\n,") + 1 :]
        for word in _WORD_OR_NUMBER_RE.findall(clause):
            if word[0].isdigit() or word.lower() in _COUNT_WORDS:
                return None  # "Neuf personnes ont été blessées, soit 4 de plus": the noun has its count
            if (unit := t.UNIT_NOUNS.get(word.lower())) in _FATES_SAID_AFTER:
                return unit
        return None

    def fate_of_the_bare(self, c: _Cand, pos: int) -> None:
        """A count without a noun that people are, told by what happened to them: "1,284 others injured",
        "403 were killed", "1.315 autres blessées"."""
        toll = self.toll_verb_before(c.start)  # "killing six people and injuring 22", "et blessé 2376 autres"
        c.unit = toll if toll is not None else self.fate_after(pos, treated=True)

    def fate(self, c: _Cand, pos: int) -> None:
        """ "632 people killed", "329 people were injured": what happened to the people is what is counted,
        told past an aside ("15 people, including seven firefighters, had been injured")."""
        aside = next(
            (p.match(self.text, pos) for opens, p in _ASIDES if self.text.startswith(opens, pos)), None
        )
        pos = aside.end() if aside else pos
        second = self.after(_NOUN_WORD_AFTER, pos)
        if second is not None and t.UNIT_NOUNS.get(second.group("w").lower()) in _KILLABLE:
            pos = second.end()  # "24 jeunes adultes ont été tués": a noun of people after the first
        joined = self.after(_AND_NOUN_AFTER, pos)
        if joined is not None and t.UNIT_NOUNS.get(joined.group("w").lower()) in _KILLABLE:
            pos = joined.end()  # "700 migrants and refugees have perished": the count names its people twice
        listed = self.after(_AND_COUNTED_PEOPLE_AFTER, pos)
        # not past a verb of the toll before the count: "The quake killed 267 people and 365 people were
        # hospitalised" (the 267 are dead)
        if listed is not None and self.toll_verb_before(c.start) is None:
            # "17 soldats et 4 civils tués", "Six children and a teacher were wounded": what befell the people
            # named after them
            for word in ("w", "w2"):
                if listed.group(word) and self.fate_after(listed.end(word)) is not None:
                    pos = listed.end(word)
                    break
        treated = c.unit in _ANY_PEOPLE or c.unit == "victim"
        fate = self.fate_after(pos, treated=treated)
        if fate is None and (whose := _WHOSE_PEOPLE_AFTER.match(self.text, pos)) is not None:
            # "Three members of the expedition remained missing", "cinq membres d'une même famille ont été
            # tués": the people named by what they belong to
            pos = whose.end()
            fate = self.fate_after(pos, treated=treated)
        if fate == "injury" and _STILL_IN_HOSPITAL_AFTER.match(self.text, pos):
            fate = "hospitalised"  # "80 people injured in the attack were still being treated in hospital"
        if fate in ("arrest", "survivor") and c.unit not in _ANY_PEOPLE:
            return  # "27 group members were arrested", "2,200 migrants were rescued": the noun says who they were
        if fate == "death" and c.unit in _GROUPS_OF_PEOPLE:
            self.group_deaths.add(c.start)
        c.unit = fate or c.unit

    def shot_down_before(self, pos: int) -> bool:
        """Whether the sentence before ``pos`` names what is shot down (missiles, drones, aircraft): then
        "abattus" after a count is no death."""
        head = self.text[self.sentence_start(pos) : pos].lower()
        return any(word in head for word in _SHOT_DOWN_WORDS)

    def fate_after(self, pos: int, *, treated: bool = False) -> str | None:
        """What the words after ``pos`` say happened to people ("were injured", "ont perdu la vie", "were
        arrested", "were rescued", "are in critical condition"): "death", "injury", "missing", "arrest",
        "hospitalised", "survivor" or "critical", or None. With ``treated``, people being treated are the
        injured ("Five more victims are being treated", "12 personnes ont été soignées"): not patients, whom
        a hospital treats for anything."""
        if (aside := self.after(_SOURCE_ASIDE_AFTER, pos)) is not None:
            pos = aside.end()  # "quelque 800 personnes, selon la Croix-Rouge, avaient péri": the source aside
        elif (place := self.after(_PLACE_BEFORE_FATE_AFTER, pos)) is not None:
            pos = place.end()
        if (
            self.after(_DID_NOT_SURVIVE_AFTER, pos) is not None
            or self.after(_TO_DEATH_AFTER, pos) is not None
        ):
            # "101 personnes n'ont pas survécu", "12 people did not survive", "Twelve policemen were beaten to
            # death", "battus à mort"
            return "death"
        # six words at most: "were still thought to be missing"
        for _ in range(6):
            # a word in quotes too: 'neuf patients « dans un état grave »'
            m = self.after(_NOUN_WORD_AFTER, pos)
            if m is None:
                return None
            word = m.group("w").lower()
            if word in _FOUND_FR and _ALIVE_FR_AFTER.match(self.text, m.end()):
                return "survivor"  # "80 personnes ont été récupérées en vie", "retrouvées en vie"
            if word in _BROUGHT_WORDS and _TO_SAFETY_AFTER.match(self.text, m.end()):
                return "survivor"  # "59 people were pulled to safety", "brought to safety": the saved
            if word in t.FATE_AUXILIARIES or word == "en" and self.text.startswith(" outre", m.end()):
                pos = m.end()  # "ont en outre été hospitalisées": the adverb read through
                continue
            if word.startswith("abattu") and self.shot_down_before(pos):
                return None  # "Sur les plus de 30 missiles lancés, plus de 20 ont été abattus": shot down
            if t.UNIT_NOUNS.get(word) in ("death", "injury", "missing", "displaced"):
                return t.UNIT_NOUNS[word]
            if t.NOUN_CONCEPTS.get(word) == "evacuee":
                return "evacuee"  # "902 have been evacuated", "1.300 personnes ont été évacuées"
            if word in ("forced", "fled", "contraintes", "contraints", "chassées", "chassés") and (
                _FROM_HOMES_AFTER.match(self.text, m.end())
            ):
                return "displaced"  # "3,000 residents had been forced from their homes", "forced to flee"
            if word in ("left", "leave", "quitter", "quitté", "abandonné", "abandon") and (
                _HOMES_LEFT_AFTER.match(self.text, m.end())
            ):
                return "displaced"  # "150.000 personnes ont dû quitter leur domicile", "had to leave their homes"
            if word == "die" and self.lang == "en":
                return "death"  # a headline's present, "27 migrants die" (in German, "die" is an article)
            if word in t.LOST_LIVES and self.after(_LIVES_AFTER, m.end()) is not None:
                return "death"  # "2,053 people had lost their lives", "ont perdu la vie"
            if word in ("sustained", "suffered") and _WITH_INJURIES_AFTER.match(self.text, m.end()):
                return "injury"  # "three people sustained injuries", "suffered serious burns"
            if word in t.TAKEN_TO_HOSPITAL and self.after(_TO_HOSPITAL_AFTER, m.end()) is not None:
                return "injury"  # "65 people had been taken to hospital", "transportées à l'hôpital"
            if word in t.HOSPITALISED:
                return "hospitalised"  # of the injured, those still in hospital: "195 are still hospitalised"
            if treated and (
                word in t.TREATED
                or word in ("received", "receiving", "needed", "needing", "required", "requiring")
                and _TREATMENT_AFTER.match(self.text, m.end())
            ):
                return "injury"  # "20 people were treated", "864 people have received medical treatment"
            if word in ("manquent", "manque", "manquaient", "manquait") and _TO_THE_ROLL_AFTER.match(
                self.text, m.end()
            ):
                return "missing"  # "Au moins sept personnes manquent à l'appel"
            if word == "treated" and _FOR_INJURIES_AFTER.match(self.text, m.end()):
                return "injury"  # "the 28 passengers treated for injuries": whoever they were
            if word in _TAKEN_WORDS and _HOSTAGE_AFTER.match(self.text, m.end()):
                return "hostage"  # "250 others taken hostage", "251 personnes prises en otage"
            if word in t.ARRESTED:
                return "arrest"
            if word in t.RESCUED:
                # "six were rescued with injuries", "secourues blessées": the injured, saved
                rest = self.after(_NOUN_WORD_AFTER, m.end())
                if (
                    rest is not None
                    and rest.group("w").lower() in ("with", "avec")
                    and _WITH_INJURIES_AFTER.match(self.text, rest.end())
                ):
                    return "injury"
                return "survivor"
            if word in _BURNED_WORDS and _BURNS_AFTER.match(self.text, m.end()):
                return "burn"  # "35 in severe burns", "41 atteintes de brûlures": the burned, some of the injured
            if word in ("with", "suffering", "souffrant", "avec") and (
                (injured := _WITH_INJURIES_AFTER.match(self.text, m.end()))
                or word == "souffrant"
                and self.text.startswith(" de", m.end())
                and (injured := _WITH_INJURIES_AFTER.match(self.text, m.end() + 3))
            ):
                # "left 554 people with injuries", "12 personnes souffrant de blessures"; "two with serious
                # injuries", "trois avec des blessures graves" are the worst hurt, a count of their own
                how = (injured.group("how") or "").lower()
                serious = how in _SERIOUS_INJURIES or injured.group("grave")
                burns = injured.group(0).lower().endswith(("burns", "brûlures"))  # burns, whatever the degree
                return "critical" if serious and not burns else "injury"
            if word in ("in", "à") and _IN_HOSPITAL_AFTER.match(self.text, m.end()):
                return "hospitalised"  # "three people are in hospital", "deux personnes sont à l'hôpital"
            if word in ("dans", "in", "en") and _CONDITION_AFTER.match(self.text, m.end()):
                # "dont six sont dans un état grave", "three are in critical condition": of the injured, the
                # worst hurt, a count of their own
                return "critical"
            return None
        return None

    def currency_prefix(self, c: _Cand) -> None:
        if c.word:
            return
        last = self.text[c.start - 1 : c.start]
        if last.isspace() and last not in "\r\n":
            last = self.text[c.start - 2 : c.start - 1]
        if last not in _CURRENCY_PREFIX_ENDS and last != "\n":  # "$" also matches before a final newline
            return
        m = self.before(_CURRENCY_BEFORE, c.start, 12)
        if (
            m
            and m.group("w") in _LETTER_CURRENCIES
            and (
                not m.group().endswith(m.group("w"))
                or m.group("w") in _PESO_GLUED
                and c.scale is None
                and c.raw < 1000
                or not self.letter_currency(m.group("w"))
            )
        ):
            # "P 2", "a P8 aircraft": a letter spaced, or a peso's before a small number, is no amount; nor "N95"
            # in a text that names no Nigeria
            return
        if m and m.group("w") == "Euro" and c.scale is None:
            return  # "Euro 2024", "Euro 7": a tournament, a standard; "Euro 3.7 million" is an amount
        if m:
            code = (
                ("CAD" if _CANADIAN_AFTER.match(self.text, c.end) else self.dollar)
                if m.group("w") == "$"
                else self.shared_currency(t.CURRENCY_PREFIXES[m.group("w")])
            )
            if code is None:
                return
            c.kind, c.currency, c.by_prefix = "money", code, True
            c.unit, c.noun = None, False
            c.start -= len(m.group())

    @cached_property
    def names_swiss_francs(self) -> bool:
        """Whether the text names the Swiss franc or Switzerland: its bare "francs" after CFA francs are then
        not CFA francs too."""
        return _SWISS_FRANC_RE.search(self.text) is not None

    def letter_currency(self, letters: str) -> bool:
        """Whether letters glued to an amount are a currency here: "P" the Philippine peso in a text naming the
        Philippines, "N" the naira in one naming Nigeria."""
        return self.shared_currency(t.CURRENCY_PREFIXES[letters]) == _LETTER_CURRENCIES[letters]

    def shared_currency(self, code: str) -> str | None:
        """``code``, or for a name several countries' currencies share ("dinars", "CFA"), the currency of the
        country the text names (None when it names none of them)."""
        if code not in t.SHARED_CURRENCY_NAMES:
            return code
        return _currency_of_places(code, self.places, self.publisher)

    def aged_before(self, s: int) -> bool:
        """Whether an age prefix ("aged", "âgés de", "at age") ends right before ``s``."""
        return (
            self.may_hold(s, 60, ("ag", "âg", "young as", "old as"))
            and self.before(_AGE_PREFIX_BEFORE, s, 60) is not None
        )

    def age_prefix(self, c: _Cand) -> None:
        if self.aged_before(c.start):
            c.kind, c.by_prefix, c.unit, c.noun = "age", True, None, False
            return
        if (
            self.text[c.start - 1 : c.start] == "("
            and self.text[c.end : c.end + 1] == ")"
            and not c.word
            and c.scale is None
            and c.raw <= MAX_AGE
            and (
                self.before(_TITLED_NAME_BRACKET_BEFORE, c.start, 40) is not None
                or MIN_BRACKETED_AGE <= c.raw <= MAX_BRACKETED_AGE
                and c.raw == c.raw.to_integral_value()
                and (
                    # "Sandro Tonali (23) will be banned": a full name, then the clause goes on (a list of
                    # places' counts goes on with a comma: "Hama (171), Latakia (40)")
                    _CLAUSE_AFTER_BRACKET.match(self.text, c.end) is not None
                    and (name := self.before(_FULL_NAME_BRACKET_BEFORE, c.start, 40)) is not None
                    and country_names().get(folded(name.group("name"))) is None
                    # "A Mexican woman (33) was also killed", "A man (24) who was guarding them": a person's noun
                    or self.before(_PERSON_BRACKET_BEFORE, c.start, 24) is not None
                    # "said Swiss CEO Jens Fehlinger (43).": a speaker's role or verb, then a full name, whatever
                    # follows the bracket
                    or self.before(_ROLE_NAME_BRACKET_BEFORE, c.start, 64) is not None
                )
            )
        ):
            c.kind, c.unit, c.noun = "age", None, False  # "Mr. Lee (33) was taken to hospital"
            return
        whole = c.raw == c.raw.to_integral_value()
        if (
            whole
            # what befell them after ("people over 65 who died"): no noun of the number's own
            and (c.bare or c.unit not in t.KNOWN_UNITS or self.text.startswith(_NO_NOUN_AFTER, c.end))
            and 1 <= c.raw <= 110
            and self.may_hold(c.start, 12, ("under", "over", "below", "above"))
            and self.before(_PEOPLE_BOUND_BEFORE, c.start, 40)
        ):
            # "children under 13", "users over 65": an age threshold ("children under 13 exposed": the word
            # after is no noun counted)
            c.kind, c.by_prefix, c.unit, c.noun = "age", True, None, False
            return
        if (
            whole
            and 12 <= c.raw <= 110
            and self.after(_AND_OLDER_AFTER, c.end) is not None
            and self.before(_PEOPLE_BEFORE, c.start, 40) is not None
        ):
            c.kind, c.by_prefix, c.unit, c.noun = "age", True, None, False  # "people 65 and older"
            return
        if (
            c.bare
            and whole
            and 10 <= c.raw <= 110
            and self.text.endswith("those ", 0, c.start)
            and _AGE_RANGE_END_AFTER.match(self.text, c.end) is not None
        ):
            c.kind, c.by_prefix, c.unit, c.noun = "age", True, None, False  # "among those 60 to 69": ages
            return
        if (
            whole
            and 12 <= c.raw <= MAX_AGE
            and self.lang == "en"
            and self.text.endswith(
                (" who at ", " he at ", " she at ", "Who at ", "He at ", "She at "), 0, c.start
            )
            and self.after(_AGE_THEN_VERB_AFTER, c.end) is not None
        ):
            # "Goodenough, who at 97 becomes the oldest laureate": the age then (its verb no noun counted)
            c.kind, c.by_prefix, c.unit, c.noun = "age", True, None, False
            return
        if not c.bare:
            return
        if (
            whole
            and MIN_AGE_LIMIT <= c.raw <= MAX_AGE_LIMIT
            and self.may_hold(c.start, AGE_MOVED_REACH, (" age ",))
            and self.before(_AGE_MOVED_BEFORE, c.start, AGE_MOVED_REACH) is not None
        ):
            # "the legal age ... would be pushed back from the current 62 to 64": the ages a rule moves between
            c.kind, c.by_prefix = "age", True
            return
        if (
            whole
            and 1 <= c.raw <= 110
            and self.may_hold(c.start, 16, ("was", "is", "'s", "’s", "be", "turn"))
            and self.before(_PERSON_WAS_BEFORE, c.start, 32)
            and (
                self.after(_COMMA_AFTER, c.end)
                or self.after(_SENTENCE_END_AFTER, c.end)
                or self.after(_AGE_DAY_AFTER, c.end)
                or self.after(_AND_HER_LIFE_AFTER, c.end)
                # "commuted if she turns 75 before it is carried out": whoever turns a bare number reaches that age
                or self.before(_TURNS_BEFORE, c.start, 24) is not None
                # "He will be 67 before he can seek parole", "she was 19 when she left": the age at a time
                or self.after(_AGE_AT_A_TIME_AFTER, c.end) is not None
            )
        ):
            # "He was 29.", "who was 17, had", "who would have turned 40 on Friday", "who is 81 and has asthma": a
            # person's age
            c.kind, c.by_prefix = "age", True
            return
        if (
            whole
            and self.lang == "en"
            and 1 <= c.raw <= 110
            and self.may_hold(c.start, 16, ("was", " be "))
            and (surname := self.before(_SURNAME_WAS_BEFORE, c.start, 40)) is not None
            and (
                self.after(_SENTENCE_END_AFTER, c.end)
                # "Bankman-Fried will be 57 when he gets out": the age at a time to come
                or surname.group("to_be") is not None
                and self.after(_AGE_AT_A_TIME_AFTER, c.end) is not None
            )
            and re.search(
                rf"[A-Z][\w'’-]+{_H}+{re.escape(surname.group('n'))}(?![\w])",
                self.text[: c.start - len(surname.group())],
            )
        ):
            # "Kelvin Kiptum ... has been killed in a car crash. Kiptum was 24.": a person named in full
            # before, then by the surname alone, and the number that ends the sentence (or the time it will be
            # that person's age)
            c.kind, c.by_prefix = "age", True
            return
        if (
            whole
            and 1 <= c.raw <= 110
            and self.may_hold(c.start, 48, ("youngest", "oldest"))
            and self.before(_YOUNGEST_BEFORE, c.start, 48)
            and (self.after(_COMMA_AFTER, c.end) or self.after(_SENTENCE_END_AFTER, c.end))
        ):
            c.kind, c.by_prefix = "age", True  # "the youngest prisoner was 19, and the oldest 71"
            return
        if (
            whole
            and 5 <= c.raw <= 110
            and self.lang == "en"
            and self.text.endswith(_AT_JUST_ENDINGS, max(0, c.start - 9), c.start)
            and (self.after(_COMMA_AFTER, c.end) or self.after(_SENTENCE_END_AFTER, c.end))
        ):
            c.kind, c.by_prefix = "age", True  # "First capped at just 17, he", "who debuted at only 16."
            return
        if (
            whole
            and 1 <= c.raw <= MAX_AGE
            and self.text.endswith((", both ", ", both\u00a0", " and both "), 0, c.start)
            and (self.after(_COMMA_AFTER, c.end) or self.after(_SENTENCE_END_AFTER, c.end))
        ):
            c.kind = "age"  # "The two pandas, both 17, were to stay": the age each of them has
            return
        if (
            (
                self.after(_COMMA_AFTER, c.end)
                or self.after(_SENTENCE_END_AFTER, c.end)
                or self.after(_ASIDE_DASH_AFTER, c.end)
                or self.after(_AGE_THEN_AFTER, c.end)
                or self.after(_AND_NAME_AGE_AFTER, c.end)
            )
            and (
                self.may_end_with(c.start, ",", space=False)
                or self.text.endswith(_AGE_NOW_ENDINGS, max(0, c.start - 16), c.start)
            )
            and self.before(_NAME_COMMA_BEFORE, c.start)
            # "the Liberal Democrats, 71, set a record": a party's tally, no person's age
            and not self.before(_PARTY_COMMA_BEFORE, c.start, 48)
        ):
            if whole and (
                12 <= c.raw <= 110
                or 1 <= c.raw < 12
                and (
                    self.names_with_ages(c.start, c.end)
                    or self.before(_KIN_NAME_COMMA_BEFORE, c.start, 48)
                    or self.before(_CHILD_COMMA_BEFORE, c.start, 48)
                )
            ):
                c.kind = "age"  # "Kadri Vaher, 46, said"; "Ann Roy, 35; Lea Roy, 7; ..."; "his son Luca, 7,"
        elif (
            self.age_bound_words
            and 12 <= c.raw <= 110
            and whole
            and self.may_hold(c.start, 40, _AGE_BOUND_CUES)
            and (
                self.before(_OLDER_THAN_BEFORE, c.start, 20)
                or self.before(_AGE_SPAN_BEFORE, c.start, 40)
                and self.after(_AGE_END_AFTER, c.end)
            )
        ):
            # "women older than 40", "the retirement age would rise from 62"
            c.kind, c.by_prefix = "age", True
        elif (
            1 <= c.raw <= 120
            and whole
            and (
                self.died_words
                and self.may_hold(c.start, 20, _DIED_CUES)
                and self.before(_DIED_AT_BEFORE, c.start)
                or self.sentence_opening_age(c.start, c.end)
            )
        ):
            c.kind = "age"

    def names_with_ages(self, s: int, e: int) -> bool:
        """Whether the number at ``s:e`` is in a list of names each with an age, separated by semicolons ("Ann
        Roy, 35; Lea Roy, 7; Tom Roy, 4") or, after full names, by commas ("Alice Brown, nine, Bebe King,
        six"), or first names alone near a word for children ("his two daughters ... Norah, 11, and Romy,
        6"): there a child's age (under 12) is an age too."""
        window = self.text[max(0, s - NAMES_WITH_AGES_REACH) : e + NAMES_WITH_AGES_REACH]
        return len(_NAME_AND_AGE_RE.findall(window)) >= 2 or (
            len(_FIRST_NAME_AND_AGE_RE.findall(window)) >= 2 and _CHILDREN_WORD_RE.search(window) is not None
        )

    def singular_after(self, pos: int) -> bool:
        """Whether the word right after ``pos`` is a singular English noun ("report", not "reports")."""
        m = self.after(_WORD_AFTER, pos)
        return (
            m is not None
            and "en" in self.langs
            and not m.group("w").lower().endswith(("s", "x"))
            and m.group("w").lower() not in _PLURALS_WITHOUT_S  # "500 to 2000 people": a count of them
        )

    def maybe_year(self, c: _Cand, token: str) -> None:
        if c.kind != "count" or c.scale is not None or c.word:
            return
        modern = _YEAR_TOKEN_RE.fullmatch(token) is not None
        if (
            len(token) in (3, 4)
            and self.may_hold(c.start, 60, ("between", "entre"))
            and self.before(_MADE_BETWEEN_BEFORE, c.start, 60) is not None
            and _RANGE_OF_YEARS_ENDS_AFTER.match(self.text, c.end) is not None
        ):
            # "Le Codex Sassoon aurait été fabriqué entre 880 et 960", "written between 1450 and 1460": when a
            # work was made, as a range of years
            c.kind, c.unit, c.noun = "year", None, False
            return
        if (
            not modern
            and len(token) == 4
            and token[0] == "1"
            and c.unit is None  # not "On March 3, 1500 people marched"
            and self.before(_DAY_AND_MONTH_BEFORE, c.start, 24)
        ):
            c.kind, c.unit, c.noun = "year", None, False  # "inaugurated on February 20, 1879"
            return
        if not modern and not _OLD_YEAR_TOKEN_RE.fullmatch(token):
            if _CALENDAR_YEAR_TOKEN_RE.fullmatch(token) and (
                self.before(_YEAR_OF_CALENDAR_BEFORE, c.start, 12)
                or c.unit is None
                and _CLAUSE_END_AFTER.match(self.text, c.end)
                and self.before(_MEDIEVAL_YEAR_BEFORE, c.start, 12)
            ):
                # "premier jour de l'an 1443 de l'hégire", "whose construction began in 1434,"
                c.kind, c.unit, c.noun = "year", None, False
            return
        prev = self.before(_PREV_WORD_BEFORE, c.start)
        prev_word = prev.group("w").lower() if prev is not None else ""
        after_prep = (
            prev_word in t.YEAR_PREPOSITIONS
            or (
                # "traces its history back to 1670", "dating to 1789"
                prev_word in ("to", "à") and self.before(_BACK_TO_BEFORE, c.start, 24) is not None
            )
            # "d'ici à 2100": by that year
            or prev_word == "à"
            and self.text.endswith(("d'ici à ", "d’ici à "), 0, c.start)
            # "painted around 1500", "une église bâtie vers 1200": when a work was made, told roughly
            or prev_word in _ROUGHLY_WORDS
            and self.before(_MADE_AROUND_BEFORE, c.start, 40) is not None
        )
        if (
            not modern
            and c.unit is None
            and (span := _TO_A_YEAR_AFTER.match(self.text, c.end)) is not None
            and not ((w := self.after(_WORD_AFTER, span.end())) and w.group("w").lower() in t.UNIT_NOUNS)
        ):
            # "entre 1896 et 1995": the first year of a span of years (not "1500 to 2000 people")
            c.kind, c.unit, c.noun = "year", None, False
            return
        if (
            not modern
            and self.lang == "en"
            and prev is not None
            and self.determined_year(prev.group("w"))
            and self.singular_after(c.end)
        ):
            # "the anniversary of the 1896 death of Alfred Nobel": an older year of an event, a singular noun
            # after it (not "the 1500 soldiers")
            c.kind, c.unit, c.noun = "year", None, False
            return
        if not modern and not (
            after_prep
            and (
                c.unit is None
                # "fondée en 1670 s'apprêtait": a word the lexicon does not know after a year's own preposition
                # (not after "de": "le départ de 1680 d'entre eux")
                or c.unit not in t.KNOWN_UNITS
                and (token.startswith("21") or prev_word in _OLD_YEAR_PREPOSITIONS)
            )
        ):
            return  # "depuis 1873"; "d'ici 2100 atteindra": a verb read as the noun after the next century's year
        if (
            modern
            and prev_word in ("à", "to")
            and self.before(_NUMBER_BROUGHT_TO_BEFORE, c.start, NUMBER_BROUGHT_REACH) is not None
            and self.before(_BACK_TO_BEFORE, c.start, 24) is None  # "Le bilan remonte à 2019": a year
            # "Le bilan s'alourdit par rapport à 2020": the year compared with; "réduire de moitié le nombre de
            # décès d'ici à 2030": the year it is due by
            and not self.text.endswith(("par rapport à ", "compared to ", "d'ici à ", "d’ici à "), 0, c.start)
        ):
            return  # "ramener ce nombre à 2000 d'ici deux ans", "cut that number to 2000": a value of the number
        if modern and self.lang == "en" and prev is not None and self.determined_year(prev.group("w")):
            c.kind, c.unit, c.noun = "year", None, False
            return
        if (
            modern
            and self.lang == "en"
            and prev is not None
            and prev_word == "own"
            and (owner := self.before(_PREV_WORD_BEFORE, c.start - len(prev.group()))) is not None
            and self.determined_year(owner.group("w"))
        ):
            # "TotalEnergies has published its own 2022 accounts"
            c.kind, c.unit, c.noun = "year", None, False
            return
        if (
            modern
            and prev_word in ("à", "to", "with")
            and self.before(_COMPARED_WITH_BEFORE, c.start, 32)
            and not ((w := self.after(_WORD_AFTER, c.end)) and w.group("w").lower() in t.UNIT_NOUNS)
        ):
            # "un dérapage par rapport à 2024 tient compte de...", "up 3% compared with 2019": the year compared
            # with (not "par rapport à 2000 salariés")
            c.kind, c.unit, c.noun = "year", None, False
            return
        if (
            c.unit in t.KNOWN_UNITS
            and not after_prep
            and not self.singular_after(c.end)
            # "un bilan humain déjà record pour 2024", "a record for 2024": the toll's noun is only the clause's,
            # and what a record is for is a year
            and (c.noun or prev_word not in ("pour", "for"))
        ):
            return  # "2000 victims"; but "the 2019 report" is a year's report
        if (
            self.lang == "fr"
            and c.noun
            and c.unit in t.NOUN_CONCEPTS  # the plural form read after the number ("candidats")
            and not after_prep
            and not self.singular_after(c.end)
        ):
            return  # "le Royaume-Uni, 2000 candidats": French puts no plural noun right after a year
        if (
            modern
            and self.lang == "fr"
            and not after_prep
            and (plural := self.after(_WORD_AFTER, c.end)) is not None
            and _FRENCH_PLURAL_NOUN_RE.fullmatch(plural.group("w")) is not None
            and plural.group("w").lower() not in t.NOT_NOUNS
            and plural.group("w").lower() not in _ADVERBS_IN_S_FR
        ):
            return  # "Viendront s'y ajouter 2000 suppressions de postes": a plural noun, so a count
        if c.noun and c.unit in _A_YEARS_MEASURES and modern:
            c.kind, c.unit, c.noun = "year", None, False
            return  # "40 percent below 2005 levels", "30% below 2019 figures": a year's levels
        if c.noun and _approximation_before(self.text[max(0, c.start - 24) : c.start]):
            return  # "quelque 2000 résidents": an estimate of a count, not a year
        c.kind, c.unit, c.noun = "year", None, False

    def accounts_period(self, c: _Cand) -> bool:
        """Whether months are the period a company's or a country's figures cover, as a year is: "the first nine
        months of 2025", "les six premiers mois de l'année", "nine-month figures"."""
        text = self.text
        if self.after(_OF_THE_YEAR_AFTER, c.end) is not None and (
            "premiers" in text[c.start : c.end] or self.before(_FIRST_BEFORE, c.start, 12) is not None
        ):
            return True
        return text[c.start : c.end].endswith("-month") and self.after(_ACCOUNTS_AFTER, c.end) is not None

    def determined_year(self, word: str) -> bool:
        """Whether the word before a year-like number in English makes it the year of an event ("the 2015
        Paris attacks", "Montreal's 2018 heat wave", "the 2018 deaths"): English writes a count of thousands
        with a comma ("the 2,018 deaths"), so four bare digits after a determiner or a possessive are a year."""
        low = word.lower()
        # a plural's possessive too: "TotalEnergies' 2022 accounts"
        return low in _YEAR_DETERMINERS or low.endswith(("'s", "’s", "s'", "s’"))

    # --- the whole text ---

    def run(self) -> list[Figure]:
        text = self.text
        lowered = self.lowered
        # where the tokenizer may match, and the runs of digits the hints of the scans below start from
        starts = None if lowered is None else [m.span() for m in _starts(self.langs).finditer(lowered)]
        runs = None if starts is None else [(s, e) for s, e in starts if "0" <= text[s] <= "9"]
        dates = _dates(text, self.langs, lowered, runs)
        claimed = [(f.start, f.end) for f in dates]
        if _holds_time(text, runs):
            claimed += [m.span() for m in _TIME_SCAN.finditer(text, lowered)]
            claimed += [m.span() for m in _CLOCK_SCAN.finditer(text, lowered)]
        claimed += [m.span() for m in _PHONE_SCAN.finditer(text, lowered, runs) if _phone_like(m.group())]
        claimed += _list_markers(text)
        claimed += _bare_number_runs(text, runs)
        if (
            runs is None
            or ("(1" in text or "(2" in text)
            and any(e - s == 4 and text[s - 1 : s] == "(" for s, e in runs)
        ):
            claimed += _life_dates(text)
        if "49" in text:
            claimed += [m.span() for m in _ARTICLE_49_3_RE.finditer(text)]
        claimed += _dotted_times(text, runs)
        if "11" in text:
            claimed += _service_numbers(text)
        if lowered is None or any(hint in lowered for hint in _PLACE_CLASS_HINTS):
            claimed += [m.span() for m in _PLACE_CLASS_RE.finditer(text)]
        if lowered is None or any(hint in lowered for hint in _YEARS_AVERAGE_HINTS):
            claimed += [m.span() for m in _YEARS_AVERAGE_RE.finditer(text)]
        if "noon" in text or "midnight" in text:
            claimed += [m.span() for m in _NOON_RE.finditer(text)]
        if any(name in text for name in _TRAIN_NAMES):
            claimed += [m.span() for m in _TRAIN_NUMBER_RE.finditer(text)]
        if "401" in text or "403" in text or "457" in text:
            claimed += [m.span() for m in _RETIREMENT_PLAN_RE.finditer(text)]
        races = _race_times(text, lowered, runs)
        claimed += [(f.start, f.end) for f in races]
        if lowered is None or any(hint in lowered for hint in _MEDIA_HINTS):
            claimed += [m.span() for m in _MEDIA_RE.finditer(text)]
        if lowered is None or any(hint in lowered for hint in _ROAD_HINTS) or "R.N." in text or "RN " in text:
            claimed += [m.span() for m in _ROAD_RE.finditer(text)]
        if lowered is None or "famil" in lowered:
            claimed += [m.span("n") for m in _FAMILY_SIZE_RE.finditer(text)]
        if lowered is None or any(hint in lowered for hint in _LAW_ARTICLE_HINTS):
            claimed += [m.span() for m in _LAW_ARTICLE_SCAN.finditer(text, lowered)]
        if (
            runs is None
            or any(text[e : e + 1] in ("-", "–") and text[e + 1 : e + 2].isdigit() for _, e in runs)
        ) and (lowered is None or any(hint in lowered for hint in _SCORE_LINE_HINTS)):
            # a score line needs two numbers joined by a dash: most texts have none, and the scan is long
            claimed += [
                m.span("score") if m.group("score") else m.span("agg") for m in _SCORE_LINE_RE.finditer(text)
            ]
        if lowered is None or any(hint in lowered for hint in _ROUND_THE_CLOCK_HINTS):
            claimed += [m.span() for m in _ROUND_THE_CLOCK_RE.finditer(text)]
        if lowered is None or "rank" in lowered or "classement" in lowered:
            claimed += [m.span("n") for m in _RANKING_PLACE_RE.finditer(text)]
        if lowered is None or any(hint in lowered for hint in _DRAWN_NUMBERS_HINTS):
            claimed += [
                n.span()
                for m in _DRAWN_NUMBERS_RE.finditer(text)
                for n in _DIGITS_RE.finditer(text, m.start("list"), m.end())
            ]
        if any(name in text for name in _UNIT_NAMES):
            claimed += [m.span() for m in _UNIT_NAME_SCAN.finditer(text, lowered, runs)]
        if self.lang == "fr" and any(month in text for month in _FULL_MONTHS_EN):
            # an English post embedded in a French report signs with its date: "(@quatremer) September 23, 2019"
            claimed += [m.span() for m in _ENGLISH_DATE_RE.finditer(text)]
        if "(" in text:
            # "this Friday (9)": the day of the month in brackets after its weekday, as Brazilian wires write it
            claimed += [m.span() for m in _WEEKDAY_DAY_RE.finditer(text)]
        if lowered is None or any(hint in lowered for hint in _MILITARY_TIME_HINTS):
            # "as of 1950hrs Singapore time"
            claimed += [m.span() for m in _MILITARY_TIME_SCAN.finditer(text, lowered, runs)]
        if lowered is None or any(hint in lowered for hint in _BUILDING_OR_SCALE_HINTS):
            # the numbers only: the words before them stay the text's
            claimed += [
                n.span()
                for m in _BUILDING_OR_SCALE_RE.finditer(text)
                for n in _DIGITS_RE.finditer(text, m.start(), m.end())
            ]
        if lowered is None or any(hint in lowered for hint in _BEFORE_CHRIST_HINTS):
            # "de 323 à 30 avant Jésus-Christ": dates of antiquity
            claimed += [m.span() for m in _BEFORE_CHRIST_RE.finditer(text)]
        not_figures, month_before = _claim_patterns(self.langs)
        claimed += [
            m.span()
            for m in not_figures.finditer(text, lowered, runs)
            if m.group("pair") is None or self.before(month_before, m.start(), 16)
        ]
        cands: list[_Cand] = []
        busy_until = 0
        tokens = (
            _number_matches(text, self.langs, lowered)
            if starts is None
            else _scan_at(_tokenizer(self.langs), [s for s, _ in starts], text)
        )
        for m in tokens:
            s, e = m.span()
            if s < busy_until or any(a < e and s < b for a, b in claimed):
                continue
            if m.group("word") is not None and self.in_idiom(s, e):
                continue
            c = self.classify(m)
            if c is None:
                continue
            if cands and c.start < cands[-1].end:
                continue
            cands.append(c)
            busy_until = c.end
        self.share_units(cands)
        if self.lang == "fr" and " en " in text:
            self.share_units_elided(cands)
        self.others_of_the_count_before(cands)
        self.listed_ages(cands)
        self.listed_peoples(cands)
        self.share_scales_by_year(cands)
        self.share_scales_compared(cands)
        self.share_percent_listed(cands)
        self.share_percent_bracketed(cands)
        self.share_units_compared(cands)
        self.share_units_of_which(cands)
        self.share_units_elided_before_participles(cands)
        self.mixed_age_ranges(cands)
        self.parts_of_a_term(cands)
        if lowered is None or "ages " in lowered:
            self.ages_listed_as_spans(cands)
        self.ages_listed_with_their_units(cands)
        self.ages_of_the_other(cands)
        cands = self.join_durations(cands)
        self.mark_odds(cands)
        self.money_context(cands)
        self.coins_of_a_currency(cands)
        self.prices_beside(cands)
        self.sums_raised(cands)
        self.ranges_of_amounts(cands)
        self.amounts_listed(cands)
        self.mark_listed(cands)
        self.mark_bracketed_counts(cands)
        self.mark_ratios(cands)
        figures = [self.to_figure(c) for c in cands if self.keep(c)]
        _tolls_placed_together(text, figures)
        _amount_subjects(text, figures)
        _toll_parts(text, figures)
        _ages_gone_to(text, figures)
        if self.shares:
            _vote_share_ranges(text, figures)
        self.mark_places_listed()
        figures += dates
        figures += races
        figures += [
            f
            for f in (
                *_word_durations(text, lowered),
                *_one_durations(text, lowered, self.langs),
                *_order_amounts(text, lowered, self.dollar),
                *_word_points(text, lowered),
                *_decade_ages(text, lowered),
                *_ordinal_tolls(text, lowered),
            )
            if not any(f.start < g.end and g.start < f.end for g in figures)
            and not (f.text.endswith("long") and self.heading(f.start))
            and not (f.value == 1 and self.in_idiom(f.start, f.end))  # "En un an, l'électricité ..."
        ]
        figures.sort(key=lambda f: f.start)
        if lowered is None or "moving average" in lowered or "moyenne mobile" in lowered:
            figures = [f for f in figures if not _average_window(text, f)]
        _date_by_sentence(text, lowered, figures, runs)
        _date_by_month(text, figures)
        if (
            lowered is None
            or any(cue in lowered for cue in _WIND_CHILL_CUES)
            or self.temperatures
            and "(" in text
        ):
            _wind_chills(text, figures)
        if lowered is None or "mercur" in lowered:
            _mercury_readings(text, figures)
        if any(f.kind == "temperature" and f.unit == "C" for f in figures):
            if lowered is None or any(cue in lowered for cue in _READING_CUES):
                _bare_readings(text, figures)
        if any(f.kind == "temperature" for f in figures):
            _bare_degrees_of_one_scale(figures)
            _readings_after_a_reading(text, figures)
            _signed_readings(text, figures)
            _readings_by_the_next(text, figures)
        _signed(text, figures)
        if "-" in text or "−" in text or "–" in text or "minus" in text or "Minus" in text:
            _prices_below_zero(text, figures)
        if " year and " in text or " Year and " in text or " hour and " in text:
            _one_unit_and_smaller_spans(text, figures)
        _number_sentences(text, figures)
        _place_breakdowns(figures)
        if ":" in text:
            _labelled_lines(text, figures)
        if self.group_deaths:
            _group_tolls(figures, self.group_deaths)
        self.mark_rates_listed()
        _mark_conversions(text, figures)
        _ages_raised_by(text, figures)
        _ranges_of_ages(text, figures)
        _people_employed(text, figures)
        _average_ages(text, figures)
        _fractions_of_a_year(figures)
        _life_expectancies(text, lowered, figures)
        _range_currency(text, figures)
        _mark_ranges(text, figures)
        _mark_shares_of(text, figures)
        if "espectiv" in text:
            _counts_in_turn(text, figures)
        if " and " in text or " et " in text:
            _counts_of_two_nouns(text, figures)
        _restated_changes(text, figures)
        _age_thresholds(text, figures)
        _career_start_ages(text, lowered, figures)
        _retirement_ages(text, lowered, figures)
        _ages_of_names(text, figures)
        if " days" in text:
            figures = _ages_to_the_day(text, figures)
        if "façades" in text:
            figures = _house_types(text, figures)
        _race_times_in_minutes(figures)
        _personal_durations(text, figures)
        return figures

    def share_scales_by_year(self, cands: list[_Cand]) -> None:
        """Amounts given year by year with their scale said once: "811 millions en 2027 et 896 en 2030", "3,6
        milliards dès 2027 et 4,6 d'ici 2030", "$2 billion in 2024 and 3 in 2025"."""
        text = self.text
        for a, year, b in zip(cands, cands[1:], cands[2:], strict=False):
            if (
                year.kind == "year"
                and b.bare
                and b.raw < 1000
                and a.scale is not None
                and a.scale >= 1000
                and a.kind in ("money", "count")
                and not a.noun
                and _BY_YEAR_BEFORE.fullmatch(text, a.end, year.start) is not None
                and _AND_GAP_RE.fullmatch(text, year.end, b.start) is not None
                and _BY_YEAR_AFTER.match(text, b.end) is not None
            ):
                b.kind, b.currency, b.unit, b.noun = a.kind, a.currency, a.unit, False
                b.scale, b.value = a.scale, b.raw * a.scale

    def share_percent_listed(self, cands: list[_Cand]) -> None:
        """Decimal numbers listed after a percentage, each for its own group, are percentages too: "2.8 per
        cent for electric heating, 4.5 for gas heating and 7.3 for oil", "1,2 % pour les loyers, 3,4 pour
        l'énergie". No count of things comes in tenths."""
        text = self.text
        for a, b in itertools.pairwise(cands):
            if not (
                b.bare
                and not b.word
                and b.raw != b.raw.to_integral_value()
                and a.kind == "percent"
                and a.unit is None
                and b.start - a.end <= COMPARED_SCALE_GAP
            ):
                continue
            first, then = _GROUP_OF_AFTER.match(text, a.end), _GROUP_OF_AFTER.match(text, b.end)
            if (
                first is not None
                and then is not None
                and first.group("p").lower() == then.group("p").lower()
                and _LISTED_BEFORE.search(text, a.end, b.start) is not None
                and _SENTENCE_END_RE.search(text, a.end, b.start) is None
            ):
                b.kind, b.unit, b.noun = "percent", None, False

    def share_percent_bracketed(self, cands: list[_Cand]) -> None:
        """A signed decimal in brackets is a rate of change when the text gives its siblings with a percent sign:
        "Limburg (+0.68%), ... Walloon Brabant (+0.62)", the sign dropped once from a list of growth rates."""
        text = self.text
        if "(+" not in text and "(-" not in text and "(−" not in text:
            return
        unsigned = [
            c
            for c in cands
            if c.bare
            and not c.word
            and c.raw != c.raw.to_integral_value()
            and text[c.start - 2 : c.start] in ("(+", "(-", "(−")
            and text[c.end : c.end + 1] == ")"
        ]
        if unsigned and _SIGNED_PERCENT_BRACKET_RE.search(text) is not None:
            for c in unsigned:
                c.kind, c.unit, c.noun = "percent", None, False

    def share_scales_compared(self, cands: list[_Cand]) -> None:
        """A decimal number compared with a scaled one just before it, in its sentence, is in its scale: "5.4
        million, compared with 6.2 two years ago", "1,2 milliard contre 1,5 l'an dernier", "CHF14 billion, of
        which CHF12.3"; so is one in brackets after a name, in a ranking the scaled one opens ("avec 8 millions de
        visiteurs, puis le Metropolitan Museum (7,3)")."""
        text = self.text
        for a, b in itertools.pairwise(cands):
            if (
                a.scale is not None
                and a.scale >= 1000
                and (b.bare or b.kind == "money" and b.scale is None and b.currency == a.currency)
                and not b.word
                and b.raw < 1000
                and (
                    b.raw != b.raw.to_integral_value()
                    # "64 milliards contre 56 prévus": a whole number as close to the scaled one's digits
                    or a.raw > 0
                    and 1 / COMPARED_WHOLE_RATIO <= b.raw / a.raw <= COMPARED_WHOLE_RATIO
                    and _COMPARED_WITH_RE.search(text, a.end, b.start) is not None
                )
                and a.kind in ("money", "count")
                and b.start - a.end <= COMPARED_SCALE_GAP
                and _SENTENCE_END_RE.search(text, a.end, b.start) is None
                and (
                    _COMPARED_WITH_RE.search(text, a.end, b.start) is not None
                    or text[b.start - 1 : b.start] == "("
                    and (
                        text[b.end : b.end + 1] == ")"
                        # "avec 6,86 millions dépensés (6,76 au budget)": what the bracketed value is, in words
                        or (tail := _BRACKET_WORDS_AFTER.match(text, b.end)) is not None
                        and _NOT_THE_SCALE_RE.search(tail.group()) is None
                    )
                )
            ):
                b.kind, b.currency, b.unit, b.noun = a.kind, a.currency, a.unit, a.noun
                b.scale, b.value = a.scale, b.raw * a.scale

    def share_units_compared(self, cands: list[_Cand]) -> None:
        """A bare number compared with a span, a rate, a temperature or an age right before it is of its kind and
        unit: "(39 ans contre presque 36 pour Biya)", "5,2 % contre 4,8 un an plus tôt", "5.2% against 4.8",
        "rose to 66 from 65"."""
        last: _Cand | None = None  # the last bare number given the kind of the figure it is compared with
        for i, (a, b) in enumerate(itertools.pairwise(cands)):
            if (
                last is not None
                and b.bare
                and b.scale is None
                and _LISTED_ON_RE.fullmatch(self.text, last.end, b.start)
            ):
                # "contre 114 chez un dermatologue et 112 chez un gynécologue": the list of values compared goes on
                b.kind, b.unit = last.kind, last.unit
                last = b
                continue
            gap_start = a.end
            if (
                i > 0
                and b.bare
                and (close := self.text.find(")", a.end, b.start)) >= 0
                and "(" in self.text[cands[i - 1].end : a.start]
            ):
                # "grimpe à 131 jours (plus de 4 mois), contre 114": the figure compared is the one before its
                # restatement in brackets
                a, gap_start = cands[i - 1], close + 1
            if (
                a.kind in ("duration", "percent", "temperature", "age")
                and b.bare
                and b.scale is None
                and b.start - gap_start <= COMPARED_SCALE_GAP
                # "fell by 5 per cent from 228 to 217": the change's levels, no second rate
                and not (a.kind == "percent" and _RANGE_TO_NUMBER_RE.match(self.text, b.end))
                # "up 34% from 32,776 in September": the count the change is from, no rate
                and not (a.kind == "percent" and b.raw >= 1000)
                # "were up 39 per cent from 278": a change by a rate, from a count no rate reaches
                and not (a.kind == "percent" and b.raw > 100 and self.before(_CHANGE_BY_BEFORE, a.start, 24))
                # "42,000 complaints a year in the past three years, compared with around 12,000": the count said
                # before the span is compared, no span of 12,000 years
                and not (
                    a.kind in ("duration", "age") and b.raw > max(COMPARED_SPAN_RATIO * a.raw, Decimal(100))
                )
                and (
                    _COMPARED_RIGHT_BEFORE_RE.fullmatch(self.text, gap_start, b.start) is not None
                    # a vote's split: "by 64.1 percent to 35.9", "52 % à 48", the two shares making the whole
                    or a.kind == "percent"
                    and _SPLIT_TO_RE.fullmatch(self.text, a.end, b.start) is not None
                    and abs(a.raw * (a.scale or 1) + b.raw - 100) <= 1
                    # a span changed: "growing from 14 days to 15", "passe de 14 jours à 15"
                    or a.kind == "duration"
                    and _SPLIT_TO_RE.fullmatch(self.text, a.end, b.start) is not None
                    and self.before(_FROM_BEFORE, a.start, 8) is not None
                )
            ):
                b.kind, b.unit = a.kind, a.unit
                last = b
            elif (
                a.kind == "money"
                and a.scale is None
                and b.bare
                and b.scale is None
                and b.start - a.end <= COMPARED_SCALE_GAP
                and _COMPARED_RIGHT_BEFORE_RE.fullmatch(self.text, a.end, b.start) is not None
            ):
                # "840 FCFA from 730", "8,30 € contre 7,80": a price compared with its earlier value
                b.kind, b.currency, b.unit, b.noun = "money", a.currency, None, False
            elif (
                a.kind == "money"
                and a.scale is not None
                and b.bare
                and b.raw > a.raw
                and _OUT_OF_THE_RE.fullmatch(self.text, a.end, b.start) is not None
            ):
                # "37 millions de dollars sur les 100 demandés", "$37 million out of the 100 needed": the part
                # received of a sum asked for, the sum in the part's scale and currency
                b.kind, b.currency, b.noun = "money", a.currency, False
                b.scale, b.value = a.scale, b.raw * a.scale

    def share_units_of_which(self, cands: list[_Cand]) -> None:
        """A bare number after "of which" or "dont" counts what the count right before it counts: "300,000
        doses of the vaccine, of which around 5,400 have been received", "80 000 doses, dont 8 500 livrées"; after
        an amount, it is a part of it: "350.000 euros dont 300.000 ferme"."""
        if "of which" not in self.text and "dont" not in self.text:
            return
        for a, b in itertools.pairwise(cands):
            if (
                (b.bare or b.unit == "ferme")  # "dont 300.000 ferme": the part not suspended
                and a.kind == "money"
                and a.scale is None
                and OF_WHICH_LEAST <= b.raw <= a.raw
                and _AMOUNT_PART_BETWEEN.fullmatch(self.text, a.end, b.start) is not None
            ):
                # "le MoDem à 350.000 euros dont 300.000 ferme": the part of a fine, in its currency
                b.kind, b.currency, b.unit = "money", a.currency, None
                continue
            if (
                b.bare
                and a.kind == "money"
                and a.scale is not None
                and a.scale >= 1000
                and b.raw < a.raw
                and b.scale is None
                and _AMOUNT_PART_BETWEEN.fullmatch(self.text, a.end, b.start) is not None
            ):
                # "17 milliards d'euros, dont 14 pour les seuls Rafale": a part, in the amount's scale
                b.kind, b.currency, b.unit, b.noun = "money", a.currency, None, False
                b.scale, b.value = a.scale, b.raw * a.scale
                continue
            if (
                (b.bare or _verb_or_comparison(b.unit, b.raw))
                and a.kind == "count"
                and a.unit is not None
                and a.noun
                and b.start - a.end <= OF_WHICH_REACH
                and _OF_WHICH_BETWEEN.fullmatch(self.text, a.end, b.start) is not None
                # "of which 5,400 have been received", not "12 morts dans 3 villages, dont 5 dans la capitale";
                # "1.036 blessés, dont 138 suivent encore des soins": a verb read as the part's noun
                and (
                    not b.bare
                    or self.after(_PART_VERB_AFTER, b.end) is not None
                    # "dont 138 suivent encore des soins": a verb in -ent, read as no noun
                    or (
                        (word := self.after(_WORD_AFTER, b.end)) is not None
                        and _verb_or_comparison(word.group("w").lower(), b.raw)
                    )
                )
            ):
                b.unit = a.unit

    def ages_listed_with_their_units(self, cands: list[_Cand]) -> None:
        """The spans in months listed after an age in months are ages too: "at the ages of 5 months, 6 months
        and 22 months", "à l'âge de cinq mois, de six mois et enfin de 22 mois"; and so are the years that go on
        a list of two ages in years ("âgés de 48 ans, 52 ans et 55 ans": the list's last, after "et")."""
        before: _Cand | None = None
        for a, b in itertools.pairwise(cands):
            joined = _AGE_LIST_JOIN_RE.fullmatch(self.text, a.end, b.start) is not None
            if (
                a.kind == "age"
                and a.unit in ("months", "weeks")
                and b.kind == "duration"
                and b.unit == a.unit
            ):
                if joined:
                    b.kind = "age"
            elif (
                joined
                and a.kind == "age"
                and a.unit is None
                and b.kind == "duration"
                and b.unit == "years"
                and b.raw <= MAX_AGE
                and self.text[a.start : a.end].lower().endswith(("ans", "years"))
                and before is not None
                and before.kind == "age"
                and before.unit is None
                and _AGE_LIST_JOIN_RE.fullmatch(self.text, before.end, a.start) is not None
            ):
                b.kind, b.unit = "age", None
            before = a

    def ages_of_the_other(self, cands: list[_Cand]) -> None:
        """The second of two people's ages, its unit left out: "l'un avait 26 ans, l'autre 29", "one was 26, the
        other 29" (the first an age by its unit, or by "one was" before it)."""
        for a, b in itertools.pairwise(cands):
            if (
                b.bare
                and not b.word
                and 0 < b.raw <= MAX_AGE
                and a.kind in ("age", "count", "duration")
                and 0 < a.raw <= MAX_AGE
                and _AGE_OF_THE_OTHER_RE.fullmatch(self.text, a.end, b.start) is not None
                and (
                    a.kind == "age"
                    or (a.bare or a.kind == "duration" and a.unit == "years")
                    and self.before(_THE_ONE_WAS_BEFORE, a.start) is not None
                )
            ):
                a.kind, a.unit, a.noun = "age", None, False
                b.kind, b.unit, b.noun = "age", None, False

    def ages_listed_as_spans(self, cands: list[_Cand]) -> None:
        """Years listed after the words saying they are ages are ages: "The ages of the children are 8 months, 3
        years, 6 years, 13 years, and 15 years" (in the sentence that says so)."""
        for m in _AGES_ARE_RE.finditer(self.text):
            for c in cands:
                if (
                    c.start > m.end()
                    and c.kind == "duration"
                    and c.unit in ("years", "months")
                    and c.raw <= MAX_AGE
                    and not _SENTENCE_END_RE.search(self.text, m.end(), c.start)
                ):
                    c.kind, c.unit = "age", None if c.unit == "years" else c.unit  # "8 months": a baby's age

    def parts_of_a_term(self, cands: list[_Cand]) -> None:
        """The parts of a span just given, in its unit: "Two of the three years are suspended", "trois ans de
        prison, dont un avec sursis et deux ferme"."""
        for i, c in enumerate(cands):
            if c.kind != "count" or c.scale is not None or c.unit not in (None, "ferme", "fermes"):
                continue
            term = cands[i + 1] if i + 1 < len(cands) else None
            if (
                term is not None
                and term.kind == "duration"
                and term.raw >= c.raw
                and _PART_OF_TERM_RE.fullmatch(self.text, c.end, term.start) is not None
            ):
                c.kind, c.unit, c.noun = "duration", term.unit, False  # "Two of the three years"
                continue
            before = next((d for d in reversed(cands[:i]) if d.kind == "duration"), None)
            if (
                before is not None
                and before.raw >= c.raw
                and (
                    _TERM_PART_AFTER.match(self.text, c.end) is not None
                    or c.unit is None
                    and _PART_OF_WHICH_AFTER.match(self.text, c.end) is not None
                    and _TERM_NOUN_COMMA_RE.fullmatch(self.text, before.end, c.start) is not None
                )
                and not _SENTENCE_END_RE.search(self.text, before.end, c.start)
            ):
                # "dont trois avec sursis et deux ferme", "an 18-month ban, eight of which will be commuted"
                c.kind, c.unit, c.noun = "duration", before.unit, False
            elif (
                i > 0
                and cands[i - 1] is before
                and before.unit in ("years", "months", "weeks", "days")
                and c.unit is None
                and self.lang == "fr"
                and _TERM_PARTS_BETWEEN_RE.fullmatch(self.text, before.end, c.start) is not None
                and _PART_NOUN_AFTER.match(self.text, c.end) is not None
            ):
                # "dix mois de suspension et huit de mise à l'épreuve": the second part in the first's unit
                c.kind, c.unit, c.noun = "duration", before.unit, False

    def share_units_elided_before_participles(self, cands: list[_Cand]) -> None:
        """A number right before a past participle, its noun left out, counts the things the count before it in
        its sentence counts, when that count's clause has a participle too: "Over 2,000 flights were canceled
        on Tuesday, with more than 1,800 canceled on Wednesday", "Au moins 50 vols ont été annulés et une
        dizaine retardés" (flights, not "canceled"). Only things: of people, the second count is often of
        another fate ("three were arrested and two released")."""
        for p, c in itertools.pairwise(cands):
            if (
                c.kind != "count"
                or not c.noun
                or c.unit is None
                or p.kind != "count"
                or p.unit is None
                or c.unit in t.KNOWN_UNITS
                or c.unit in t.NOUN_CONCEPTS
                or not _PAST_PARTICIPLE_RE.fullmatch(c.unit)
            ):
                continue
            if (word := _WORD_AFTER.match(self.text, c.end)) is None or word.group("w").lower() != c.unit:
                continue  # the participle right after the number: "1,800 canceled"
            concept = t.NOUN_CONCEPTS.get(p.unit, p.unit)
            if not (concept in t.THING_CONCEPTS or (p.unit in t.KNOWN_UNITS and p.unit not in t.HUMAN_UNITS)):
                continue
            between = self.text[p.end : c.start]
            if _SENTENCE_END_RE.search(between) or not _PAST_PARTICIPLE_IN_RE.search(between):
                continue
            c.unit = p.unit

    def mixed_age_ranges(self, cands: list[_Cand]) -> None:
        """A range of ages from months to years: "âgées de 6 mois à 58 ans", "aged between 6 months and 58
        years" (each bound its own unit, so the range's age context is before the first)."""
        for a, b in itertools.pairwise(cands):
            if (
                a.kind == "duration"
                and a.unit in ("months", "weeks")
                and (b.kind == "duration" and b.unit == "years" or b.kind == "age" and b.unit is None)
                and _RANGE_JOIN_RE.fullmatch(self.text, a.end, b.start)
                # "between 22 months and 3 years old": the second bound's "old" makes both ages
                and (b.kind == "age" or self.before(_AGES_FROM_BEFORE, a.start, 40))
            ):
                a.kind, b.kind, b.unit = "age", "age", None

    def listed_peoples(self, cands: list[_Cand]) -> None:
        """The counts listed after a count of a people's nationals are of peoples too, their names lowercase as
        adjectives: "702 ressortissants chinois, 429 vietnamiens et 271 indonésiens"."""
        for a, b in itertools.pairwise(cands):
            if (
                a.kind == b.kind == "count"
                and a.unit == "national"
                and b.unit is not None
                and b.unit != "national"
                and _DEMONYM_RE.search(b.unit) is not None
                and _AFTER_LISTED_NOUN_RE.fullmatch(self.text, a.end, b.start) is not None
            ):
                b.place, b.unit = b.unit, "national"

    def listed_ages(self, cands: list[_Cand]) -> None:
        """The numbers of a list an age prefix opens are ages, whatever verb follows the last: "Three men, aged
        60, 50 and 31 have been arrested" (not 31 arrests); and a number whose hyphen is left hanging before
        an age, "a 25- and a 31-year-old", is one too."""
        for a, b in itertools.pairwise(cands):
            if (
                a.kind == "count"
                and a.unit is None
                and b.kind == "age"
                and _SUSPENDED_HYPHEN_GAP_RE.fullmatch(self.text, a.end, b.start) is not None
            ):
                a.kind, a.noun = "age", False
        for i, c in enumerate(cands):
            if (
                i
                and c.kind == "count"
                and c.scale is None
                and c.raw == c.raw.to_integral_value()
                and 1 <= c.raw <= MAX_AGE
                and cands[i - 1].kind == "age"
                # not "un bébé âgé de 8 mois et quatre enfants": a unit ends the list
                and (
                    # the age before ends on its number, no unit after it ("aged 5 and 8", "aged five and
                    # eight")
                    (
                        self.text[cands[i - 1].end - 1].isdigit()
                        or cands[i - 1].word
                        and cands[i - 1].end - cands[i - 1].start == len(cands[i - 1].token)
                    )
                    and self.ages_listed(cands, i)
                    # not "under the age of 30, and three are minors": the number is a clause's subject, what
                    # it counts named after the verb
                    and not (c.word and _COPULA_NOUN_AFTER.match(self.text, c.end))
                    # not "21 more among those aged 65 to 74": a difference between two years' counts, its
                    # group's ages given after it
                    and _MORE_OR_FEWER_AFTER.match(self.text, c.end) is None
                    or self.age_range_closed(cands[i - 1], c)
                )
            ):
                c.kind, c.unit, c.noun = "age", None, False

    def age_range_closed(self, low: _Cand, high: _Cand) -> bool:
        """Whether ``high`` closes a range of ages an age prefix opens on ``low``, whatever follows it:
        "victims aged 18 to 25 were hurt" (not 25 injured)."""
        return (
            low.raw < high.raw
            and _AGE_RANGE_GAP_RE.fullmatch(self.text, low.end, high.start) is not None
            and self.aged_before(low.start)
        )

    def ages_listed(self, cands: list[_Cand], i: int) -> bool:
        """Whether ``cands[i]`` is in a list of numbers an age prefix opens ("âgés de 3, 6, 14 et 15 ans",
        "aged 4, 9 and 12"): the list's first number has the prefix before it."""
        while (
            i > 0
            and cands[i - 1].end <= cands[i].start
            and _LIST_JOINT_RE.fullmatch(self.text, cands[i - 1].end, cands[i].start)
        ):
            i -= 1
        return self.aged_before(cands[i].start)

    def number_of_before(self, s: int) -> bool:
        """Whether the sentence before ``s`` opens on "the number of" what a bare scaled number then counts
        ("the number of people living as refugees ... went past 100 million", "le nombre de déplacés a
        dépassé 100 millions"), with no word of money between."""
        lowered = self.lowered
        lo = max(0, s - NUMBER_OF_REACH)
        if lowered is not None and not any(w in lowered[lo:s] for w in _NUMBER_OF_WORDS):
            return False
        head = self.text[lo:s]
        head = head[max(head.rfind(". "), head.rfind("\n"), head.rfind("; ")) + 1 :]
        found = _NUMBER_OF_RE.search(head)
        return found is not None and self.before(_MONEY_NOUN_BEFORE, s, len(head) - found.start()) is None

    def amounts_listed(self, cands: list[_Cand]) -> None:
        """Amounts in thousands that go on a list of amounts without their currency: "69.000 euros. La prime
        grimpe ensuite à chaque étape : 97.000 au 2e tour, 142.000 au 3e tour", "16.000 euros, le deuxième
        22.000 et le troisième 34.000". Each follows an amount of its paragraph with no other number between,
        in its sentence or after a colon opening the next, and is followed by what goes on a list (a
        comma, "au", "et", the sentence's end), not by a verb ("€5,000; 1,200 were sold"). A change in brackets
        may stand between: "230,000 euros for an apartment (+6 percent) and 390,000 for a detached house"."""
        text = self.text
        last: _Cand | None = None
        aside: tuple[int, int] | None = None  # the bracketed change after the last amount
        for c in cands:
            if c.kind in ("year", "date"):
                continue
            if last is not None and aside is None and c.kind == "percent":
                bracket = text.rfind("(", last.end, c.start)
                m = _BRACKETED_CHANGE_RE.match(text, bracket) if bracket >= 0 else None
                if m is not None and _LISTED_AMOUNT_GAP_RE.fullmatch(text, last.end, bracket) is not None:
                    aside = m.span()
                    continue
            if (
                last is not None
                and c.bare
                and not c.word
                and c.raw >= 1000
                and c.raw == c.raw.to_integral_value()
                and _LISTED_AMOUNT_GAP_RE.fullmatch(text, aside[1] if aside else last.end, c.start)
                is not None
                and _LISTED_AMOUNT_AFTER_RE.match(text, c.end) is not None
            ):
                c.kind, c.currency, c.unit = "money", last.currency, None
            last = c if c.kind == "money" and c.currency and c.scale is None else None
            aside = None

    def respectively(self, a: _Cand, b: _Cand) -> bool:
        """Whether two amounts joined by "and" are said of two things in turn ("fixée respectivement à 5 et 3
        millions de dollars", "5 and 3 million dollars respectively"): a list, both in the scale said last,
        whatever their order (unlike a range: "de 500 à 2 millions")."""
        lo, hi = max(0, a.start - 30), b.end + 40
        return (
            _AND_GAP_RE.fullmatch(self.text, a.end, b.start) is not None
            and self.holds_after(lo, hi - lo, ("respecti",))
            and _RESPECTIVELY_RE.search(self.text, lo, hi) is not None
        )

    def others_of_the_count_before(self, cands: list[_Cand]) -> None:
        """ "Others" with no noun and no fate after them, taken to care, are more of the injured the count before
        them in the sentence counts: "132 injured individuals have been admitted ..., and 47 others have been
        shifted to the Medical College" (not "30 others were evacuated")."""
        for prev, c in itertools.pairwise(cands):
            if (
                c.kind == "count"
                and c.noun
                and c.unit is None
                and self.text.startswith((" others", " autres", "\u00a0autres"), c.end)
                and _TAKEN_TO_CARE_RE.search(self.text, c.end, c.end + 80) is not None
                and prev.kind == "count"
                and prev.unit in _OTHERS_OF_UNITS
                and not _SENTENCE_END_RE.search(self.text, prev.end, c.start)
            ):
                c.unit = prev.unit

    def share_units_elided(self, cands: list[_Cand]) -> None:
        """A bare number after the pronoun "en" and its verb counts what the sentence's term or amount before
        it does: "il risquait plus de 100 ans et le procureur en réclamait 50" (years), "il demandait 2
        millions d'euros, il en a obtenu 1,5" (millions of euros)."""
        for i, c in enumerate(cands):
            if not c.bare or c.word or i == 0 or self.before(_ELIDED_EN_BEFORE, c.start, 40) is None:
                continue
            term = cands[i - 1]
            if term.kind not in ("duration", "money") or _SENTENCE_END_RE.search(
                self.text, term.end, c.start
            ):
                continue
            c.kind, c.unit, c.currency = term.kind, term.unit, term.currency
            if term.scale is not None and c.raw < 1000:
                c.scale, c.value = term.scale, c.raw * term.scale

    def share_units(self, cands: list[_Cand]) -> None:
        """Lists and ranges share their unit: "between 1,350 and 1,700 dollars", "aged 24 and 29"."""

        def linked(a: _Cand, b: _Cand) -> bool:
            # the pattern first: most gaps are long and fail it at once (it has no anchor nor look-around)
            return (
                _JOINED_RE.fullmatch(self.text, a.end, b.start) is not None
                and self.text[a.end : b.start].strip() != ""
                # a dash set off by spaces opens an aside, no range: "a family of four -- $1,065 more"
                and not _ASIDE_DASH_RE.search(self.text, a.end, b.start)
                # an article opens an apposition, no list: "le procureur en réclamait 50, une peine que"
                and not (b.word and b.token.lower() in _ARTICLES_OF_ONE)
                # a comma then a signed number: a count and its change, "en Flandre (248, -5%)", no list
                and _COMMA_THEN_SIGN_RE.fullmatch(self.text, a.end, b.start) is None
            )

        for a, b in zip(cands, cands[1:], strict=False):
            if (
                b.bare
                and a.kind == "count"
                and a.unit is not None
                and self.text.startswith("to ", max(0, a.start - 3))
                and _FROM_AFTER_THE_NEW_VALUE.fullmatch(self.text, a.end, b.start)
            ):
                # "the fire count climbed to 156 Sunday from 134": the value it went from counts what the new
                # one does
                b.unit, b.noun = a.unit, a.noun
            elif (
                b.bare
                and a.kind == "percent"
                and b.raw < 100
                and _RATE_UP_FROM_GAP_RE.fullmatch(self.text, a.end, b.start) is not None
            ):
                # "42.97 percent of the vote, up from 40.83 in 2022", "6.5%, up from 6.1 a year earlier": the rate
                # it rose or fell from, said without its sign
                b.kind, b.unit, b.noun = "percent", a.unit, False

        def list_head(i: int) -> _Cand:
            """The first number of the list of bare numbers linked up to ``cands[i]``."""
            while i > 0 and cands[i - 1].bare and linked(cands[i - 1], cands[i]):
                i -= 1
            return cands[i]

        for i in range(len(cands) - 2, -1, -1):  # right to left: the unit usually comes last
            a, b = cands[i], cands[i + 1]
            if (
                not linked(a, b)
                and not (
                    a.bare
                    and not b.bare
                    and _AND_HEDGED_GAP_RE.fullmatch(self.text, a.end, b.start) is not None
                    and self.before(_BETWEEN_BEFORE, a.start, 24) is not None
                )
                and not (
                    (a.bare or a.kind == "age")
                    and _TO_HEDGED_GAP_RE.fullmatch(self.text, a.end, b.start) is not None
                    and self.before(_HEDGED_RANGE_FROM_BEFORE, a.start, 24) is not None
                )
            ):
                continue
            if (
                a.kind == "age"
                and a.unit is None
                and (b.bare or b.kind == "duration" and b.unit == "years")
                and _TO_HEDGED_GAP_RE.fullmatch(self.text, a.end, b.start) is not None
            ):
                b.kind, b.unit = "age", None  # "âgés de 17 à plus de 60 ans", "aged 17 to over 60": both ages
                continue
            if (
                a.kind == "age"
                and a.unit is None
                and b.kind in ("age", "duration")
                and b.unit in ("months", "weeks", "days")
                and self.text[a.end : b.start].strip() in ("et", "and", "à", "to", "ou", "or", "-", "–")
                # its own unit word ("36 mois"), not one a list after it shared ("ages 19 to 34, 14 months")
                and any(ch.isalpha() for ch in self.text[b.start : b.end])
            ):
                # "âgés de 22 et 36 mois", "aged 6 and 18 months": both ages, in the unit said once after the second
                a.unit, b.kind = b.unit, "age"
                continue
            if (
                a.bare
                and not a.word
                and a.raw < 1000
                and b.scale is None
                and b.raw >= 1000
                and b.raw % 1000 == 0
                and (
                    1 <= b.raw / 1000 - a.raw <= 5
                    and self.text[a.end : b.start].strip() in ("à", "-", "–")
                    or 1 < b.raw / (1000 * a.raw) <= THOUSANDS_SAID_ONCE_RATIO
                    and self.text[a.end : b.start].strip() in ("à", "-", "–", "to", "and", "et")
                )
            ):
                # "les quelque 4 à 5000 mineurs", "some 300 to 350,000 people": the thousands said once, on the
                # range's second number
                a.raw = a.value = a.raw * 1000
            if (
                a.bare
                and b.kind == "percent"
                and i > 0
                and cands[i - 1].by_prefix
                and cands[i - 1].kind == "age"
                and linked(cands[i - 1], a)
            ):
                continue  # "between the ages of 30 and 59, and 77 per cent were male": the range's, not the rate's
            if (
                a.kind == b.kind == "count"
                and a.scale is None
                and b.scale is None
                and 0 < a.raw < b.raw <= OLDEST_AGE
                and self.text[a.end : b.start] in (" to ", "-", "–", " à ")
                and self.before(_PEOPLE_AGES_BEFORE, a.start, 24)
            ):
                # "deaths among young people 15 to 24 rose": a group of people and the range of their ages
                for c in (a, b):
                    c.kind, c.unit = "age", None
                continue
            if (
                a.kind in ("duration", "age")
                and b.kind in ("duration", "age")
                and self.before(_CHILDREN_AGED_BEFORE, a.start, 40)
            ):
                # "quatre enfants entre 22 mois et 3 ans": the children's ages, in months then years
                for c in (a, b):
                    c.kind, c.unit = "age", _AGE_IN.get((c.unit or "").rstrip("s"))
                continue
            if (
                {a.kind, b.kind} == {"age", "duration"}
                and "years" in (a.unit, b.unit)
                # "Agé de 19 ans, et trois ans après avoir signé": a span from an event, no second age
                and not (b.kind == "duration" and _SPAN_FROM_EVENT_AFTER.match(self.text, b.end))
                # "sentenced the 62-year-old to three years in prison": a prison term, no second age
                and not (b.kind == "duration" and self.after(_PRISON_TERM_AFTER, b.end))
                or (
                    a.bare
                    and b.kind == "duration"
                    and b.unit == "years"
                    # "Trois mineurs de 17, 16 et 14 ans": the list's first number tells whose years they are
                    and self.french_age_context(list_head(i).start)
                    and not self.after(_PRISON_TERM_AFTER, b.end)  # "écopent de deux à douze ans de prison"
                )
                or (
                    # "le départ à la retraite deviendra plus souple (entre 63 et 70 ans)": ages to retire at
                    a.bare
                    and b.kind == "duration"
                    and b.unit == "years"
                    and self.may_hold(a.start, 80, ("retraite",))
                    and self.before(_RETIREMENT_BEFORE, a.start, 80) is not None
                )
                or (
                    # "chez les 15-24 ans", "la vaccination des 6 à 14 ans": an age group, not "des 10 à 15
                    # ans de prison"
                    a.bare
                    and b.kind == "duration"
                    and b.unit == "years"
                    and self.before(_AGE_GROUP_BEFORE, a.start, 8)
                    and not self.before(_YEARS_SPAN_BEFORE, a.start, 24)
                    and not self.after(_YEARS_OF_AFTER, b.end)
                    and not _DURATION_ADJECTIVE_AFTER.search(self.text, b.start, b.end)
                )
                or (
                    # "chez les 35-44 ans et 45-54 ans": the next age group of a list, its article left out
                    a.bare
                    and b.kind == "duration"
                    and b.unit == "years"
                    and self.text[a.end : b.start] in ("-", "–")
                    and self.before(_PREVIOUS_AGE_GROUP_BEFORE, a.start, 32)
                    and not self.after(_YEARS_OF_AFTER, b.end)
                )
            ):
                a.kind = b.kind = "age"  # "deux policières de 45 et 53 ans": the person is before the first
                a.unit = b.unit = None
            elif (
                a.kind == "count"
                and a.scale is not None
                and not a.noun
                and b.kind == "money"
                and b.scale is not None
            ):
                a.kind, a.currency, a.unit = (
                    "money",
                    b.currency,
                    None,
                )  # "entre 80 millions et 400 millions de dollars"
            elif (
                a.kind == "money"
                and a.scale is None
                and b.scale is not None
                and b.kind in ("money", "count")
                and not b.noun
                and a.raw < b.raw
                and (
                    self.text[a.end : b.start] in ("-", "–")
                    # "ranging between €5 to €70 million", "de 5 $ à 70 M$": the symbol said twice; "around
                    # €700 to 800 million": said once, before the first
                    or (b.currency == a.currency or b.kind == "count" and b.currency is None)
                    and (
                        _AMOUNT_RANGE_GAP_RE.fullmatch(self.text, a.end, b.start) is not None
                        # "expected to cost between $155 and $185 billion"
                        or _AND_GAP_RE.fullmatch(self.text, a.end, b.start) is not None
                        and self.before(_BETWEEN_BEFORE, a.start, 24) is not None
                    )
                )
            ):
                # "($44-55 million)": the first amount of a range in its scale, the second in its currency
                a.scale, a.value = b.scale, a.raw * b.scale
                b.kind, b.currency, b.unit = "money", a.currency, None
            elif a.bare and b.measure and not self.fraction_after(b.end):
                # "between 10 and 15 miles", "20 à 30 hectares": both are measurements (not "reaching 11,000, two
                # thirds more than", where only the share is one)
                a.measure = True
            elif (
                b.bare
                and a.kind == "count"
                and a.unit is not None
                and self.text[a.end : b.start] in (" to ", " à ", "\u00a0à\u00a0")
                and self.before(_FROM_BEFORE, a.start, 8) is not None
            ):
                # "the death toll had risen from 225 to 326", "passé de 12 à 15 morts": the value it went to
                # counts what the one it went from did
                b.kind, b.unit, b.noun = a.kind, a.unit, a.noun
            elif a.bare and not b.bare and b.kind not in ("year", "date"):
                if b.kind == "percent" and a.raw > 1000:
                    continue  # "17,890,264, or 65.95 per cent": a count restated as a share
                if b.kind == "duration" and b.unit == "years" and self.ages_listed(cands, i):
                    a.kind = b.kind = "age"  # "quatre enfants âgés de 3, 6, 14 et 15 ans": each an age
                    a.unit = b.unit = None
                    continue
                a.kind, a.unit, a.currency = b.kind, b.unit, b.currency
                a.noun = b.noun
                if b.basis_points:  # "25 or 50 basis points": both in basis points
                    a.raw = a.value = a.raw / 100
                    a.basis_points = True
                if b.scale is not None and a.raw < 1000 and (a.raw <= b.raw or self.respectively(a, b)):
                    a.scale, a.value = b.scale, a.raw * b.scale
        for a, b in zip(cands, cands[1:], strict=False):
            if (
                a.scale is None
                and b.scale is not None
                and (
                    a.kind == b.kind == "count"
                    # "leur coût est passé de 9 à 7 milliards de dollars": an amount's start, as close to it
                    or a.kind == b.kind == "money"
                    and a.currency == b.currency
                    and a.raw < CHANGE_START_RATIO * b.raw
                )
                # or a whole number above the one it fell to: "une chute de 13 à environ 3,7 millions"
                and (a.raw != a.raw.to_integral_value() or a.raw > b.raw)
                and a.raw < 1000
                and _FROM_TO_GAP_RE.fullmatch(self.text, a.end, b.start) is not None
                and self.before(_FROM_BEFORE, a.start, 8) is not None
            ):
                # "fell from 4.3 to 3.8 million", "de 4,3 à 3,8 millions": a change's start, a decimal, in the
                # scale of the value it went to (no 4.3 deaths)
                a.scale, a.value = b.scale, a.raw * b.scale
                b.unit, b.noun = b.unit or a.unit, b.noun or a.noun
            # a part of a scaled total is in its scale: "4 des 6,2 millions d'électeurs", "3 of the 7 million"
            if (
                b.scale is not None
                and a.scale is None
                and a.raw < b.raw
                and a.bare
                and a.token not in t.ARTICLE_LIKE  # "l'un des 1,1 million de foyers": one of them
                and _PART_OF_RE.fullmatch(self.text, a.end, b.start) is not None
            ):
                a.kind, a.unit, a.currency, a.noun = b.kind, b.unit, b.currency, b.noun
                a.scale, a.value = b.scale, a.raw * b.scale
            elif (
                a.kind == b.kind == "count"
                and a.scale is not None
                and b.scale is not None
                and not a.noun
                and b.noun
                and a.raw * a.scale < b.raw * b.scale
                and _PART_OF_RE.fullmatch(self.text, a.end, b.start) is not None
            ):
                a.unit, a.noun = b.unit, True  # "4,6 millions des 6 millions d'adultes": adults, no amount
        for a, b in zip(cands, cands[1:], strict=False):  # left to right: "aged 24 and 29", "$10 and 20"
            if (
                a.kind == "year"
                and b.bare
                and 1000 <= b.raw <= 2100
                and b.token.isdigit()  # "December, 2023 – 1,369": a year is never written in thousands
                and linked(a, b)
            ):
                b.kind, b.unit, b.noun = "year", None, False  # "fondées en 1854 et 1862"
            elif (
                a.kind == "money"
                and b.bare
                and (b.raw < 1000 if a.scale is not None else b.raw < a.raw)
                and b.start - a.end <= AMOUNT_MORE_REACH
                and _MORE_THAN_AFTER.match(self.text, b.end) is not None
            ):
                # "400 milliards d'euros. C'est 150 de plus que ... et 370 de plus que", "73 000 euros, soit 4 000
                # de plus que l'an passé": amounts above or below it, in its scale and currency
                b.kind, b.currency, b.scale = "money", a.currency, a.scale
                b.value = b.raw * a.scale if a.scale is not None else b.raw
            elif (
                a.by_prefix
                and b.bare
                and linked(a, b)
                # "under the age of 30, and three are minors": the clause's subject, no second age
                and not (a.kind == "age" and b.word and _COPULA_NOUN_AFTER.match(self.text, b.end))
                # "aged 55 to 64, 21 more among those aged 65 to 74": a difference, its group's ages after it
                and _MORE_OR_FEWER_AFTER.match(self.text, b.end) is None
            ):
                b.kind, b.currency, b.by_prefix = a.kind, a.currency, True
            elif (
                a.kind == "percent"
                and b.bare
                and (b.raw <= 100 or a.raw > 100)
                and self.in_brackets_after(a, b)
            ):
                # "8.2 per cent (8.0)": the rate before, in brackets; not "8,28% (2.268.049)", the votes
                b.kind, b.unit = "percent", a.unit
            elif (
                a.kind == "percent"
                and b.bare
                and b.raw <= 100
                and _RANGE_GAP_RE.fullmatch(self.text, a.end, b.start) is not None
                and self.before(_RANGE_OPENING_BEFORE, a.start, 24) is not None
            ):
                b.kind, b.unit = "percent", a.unit  # "a range of 1.5% to 1.75": the range's unit said once
            elif a.kind == "temperature" and b.bare and self.next_place(a, b):
                b.kind, b.unit = "temperature", a.unit  # "41,5 degrés à Dijon, 40,3 à Troyes et 39 à Auxerre"
            elif a.kind in _PARALLEL_KINDS and b.bare and self.parallel(a, b):
                # "85.7 years for women and 80 for men"
                b.kind, b.unit, b.currency = a.kind, a.unit, a.currency
            elif (
                a.kind in ("money", "count")
                and a.scale is not None
                and not a.noun
                and b.bare
                and b.raw < 1000
                and _AMOUNT_LIST_BETWEEN.fullmatch(self.text, a.end, b.start) is not None
                and _PARALLEL_AFTER.match(self.text, b.end) is not None
            ):
                # "110 millions pour Paris, 244 pour Berlin ou 350 pour Bruxelles": the amounts of a list,
                # their scale and currency said once
                b.kind, b.currency, b.scale, b.value = a.kind, a.currency, a.scale, b.raw * a.scale
            elif (
                a.kind == "duration" and b.kind == "count" and b.scale is None and self.part_of_sentence(a, b)
            ):
                b.kind, b.unit, b.noun = "duration", a.unit, False  # "quatre ans de prison, dont deux ferme"
                b.term_part = True

    def opens_range(self, c: _Cand) -> bool:
        """ "entre une à dix minutes", "d'un à trois ans": an article-like word opening a range."""
        to = _RANGE_TO_AFTER.match(self.text, c.end)
        if to is None:
            return False
        if self.before(_RANGE_OPEN_BEFORE, c.start, 8) is not None:
            return True
        # "deux à trois jours d'incubation": two number words, the second larger, are a range too (not "huit
        # à 3 ans", eight people sentenced to three years)
        second = self.text[c.end : to.end()].split()[-1]
        value: Decimal | None
        if c.word and second.isalpha():
            value = _parse_words(second)
        elif second.isdigit():  # "un préavis d'au moins 7 à 10 heures", "survient six à 24 heures après"
            digits = _LEADING_DIGITS_RE.match(self.text, to.end() - 1)
            value = Decimal(digits.group()) if digits else None
        else:
            value = None
        return value is not None and c.raw < value

    def parallel(self, a: _Cand, b: _Cand) -> bool:
        """Whether ``b`` gives the same measure as ``a`` for another group, its unit left out: "85.7 years for
        women and 80 for men", "5,2 % au Québec et 4,1 en Ontario"."""
        return (
            _PARALLEL_BETWEEN.fullmatch(self.text, a.end, b.start) is not None
            and _PARALLEL_AFTER.match(self.text, b.end) is not None
        )

    def part_of_sentence(self, a: _Cand, b: _Cand) -> bool:
        """Whether ``b`` is the part of the prison term ``a`` to serve or suspended: "quatre ans de prison,
        dont deux ferme", "3 ans dont deux avec sursis"."""
        return (
            _PART_OF_TERM_BETWEEN.fullmatch(self.text, a.end, b.start) is not None
            and _SERVED_OR_SUSPENDED_AFTER.match(self.text, b.end) is not None
        )

    def said_earlier(self, start: int, end: int | None = None) -> bool:
        """Whether the words before a count, in its clause, give it as an earlier value: "a previous count of
        304 dead", "the initial toll of 12", "le bilan était alors de 17 morts"; or those after its ``end``:
        "16 deaths earlier in the day"."""
        head = self.text[max(0, start - EARLIER_REACH) : start]
        # only the words since the clause began and since the last number: "the initial toll of 12 rose to 40"
        cut = max(head.rfind(c) for c in ".,;:\n0123456789")
        if _EARLIER_RE.search(head, cut + 1) is not None:
            return True
        if end is not None and (_EARLIER_AFTER.match(self.text, end) or _REVISED_AFTER.match(self.text, end)):
            return True
        # a toll named as the first or previous one holds across an aside: "Le premier bilan de ces violences,
        # survenues mardi, était de 41 femmes tuées" (not past another number)
        toll_head = self.text[max(0, start - EARLIER_TOLL_REACH) : start]
        digit = max(toll_head.rfind(c) for c in "0123456789\n.!?")
        toll = _EARLIER_TOLL_RE.search(toll_head, digit + 1)
        if toll is not None and not any(
            # nor past a count in words: "Un premier bilan faisait état de trois morts, avant la découverte de 49
            # corps"
            w.group().lower() in _COUNT_WORDS
            for w in _LETTERS_RE.finditer(toll_head, toll.end())
        ):
            return True
        # the second count of an earlier toll: "avait d'abord donné un bilan de 22 morts et 21 blessés"
        joined = _TOLL_AND_BETWEEN.fullmatch(head, cut + 1) if head[cut : cut + 1].isdigit() else None
        if joined is None:
            return False
        first = start - len(head) + cut
        while first > 0 and (self.text[first - 1].isdigit() or self.text[first - 1] in ".,"):
            first -= 1
        return self.said_earlier(first)

    def hurt_besides_the_dead(self, c: _Cand) -> bool:
        """Whether "N more" are people hurt or missing in a sentence that counted the dead before them ("24
        people died in the blast, with at least 34 more injured"): others, not a rise of a count."""
        if self.after(_MORE_HURT_AFTER, c.end) is None:
            return False
        return _DEAD_WORDS_RE.search(self.text, self.sentence_start(c.start), c.start) is not None

    def changed_from(self, c: _Cand) -> bool:
        """Whether a count is the value its quantity changed from: "brought the toll down to 275 from 288",
        "up from 900", "le bilan est passé de 99 à 112 morts", "112 morts, contre 99 la veille"."""
        changed = self.before(_CHANGED_FROM_BEFORE, c.start, 60)
        if changed is not None and changed.group().rstrip().endswith("de"):
            # "est passé de 99 à 112 morts": the start, when the value it went to follows; not "a augmenté de
            # 5 % sur un an", the size of the change
            changed = changed if _TO_A_VALUE_AFTER.match(self.text, c.end) is not None else None
        return bool(
            changed
            or self.text.startswith(("contre ", "contre\u00a0"), max(0, c.start - 7))
            and (
                self.after(_THE_DAY_BEFORE_AFTER, c.end)
                or self.year_before_the_compared(c)
                or self.month_before_the_compared(c)
            )
            # as English wires write it: "an attendance rate of 97.4%, against 410,273 candidates who sat the
            # previous year's session"
            or self.text.startswith("against ", max(0, c.start - 8))
            and self.after(_A_YEAR_BEFORE_AFTER, c.end) is not None
        )

    def month_before_the_compared(self, c: _Cand) -> bool:
        """Whether "contre N en mars" follows a value its sentence gave for another month: "8,28 % en avril,
        contre 8,57 % en mars" (the rate the quantity moved from, a month before)."""
        month = _IN_MONTH_AFTER.match(self.text, c.end)
        if month is None:
            return False
        start = self.sentence_start(c.start)
        return any(
            m.group().lower() != month.group("m").lower()
            for m in _MONTH_FR_RE.finditer(self.text, start, max(start, c.start - 7))
        )

    def year_before_the_compared(self, c: _Cand) -> bool:
        """Whether "contre N" is dated to a year before one its sentence named first: "112 % du PIB d'ici
        2027, contre 109,9 % en 2023" (the value the quantity rises from, as "up from" says it), or to a year
        in a sentence that names none before it: "est tombée à 4,6%, contre 7,5% en 2023"."""
        m = _CONTRE_YEAR_AFTER.match(self.text, c.end)
        if m is None:
            return False
        named = [int(y) for y in _YEAR_IN_TEXT_RE.findall(self.text, self.sentence_start(c.start), c.start)]
        # "tombée à 4,6%, contre 7,5% en 2023": with no year before it, the sentence tells of the present one
        return not named or any(y > int(m.group("y")) for y in named)

    def join_durations(self, cands: list[_Cand]) -> list[_Cand]:
        """A duration in years and months is one span: of months ("cinq ans et quatre mois" is the other
        version's "64 months"), or of years from two years on when the months make quarters of one ("six
        years and three months" is 6.25 years, as "sentenced to 6.25 years" says it; "huit ans et six mois",
        8.5; but "un an et neuf mois" is 21 months, as a shorter term is counted). So is one in hours and
        minutes, counted in minutes."""
        out: list[_Cand] = []
        from_days: list[_Cand] = []  # times that open on days: counted in seconds, as race times are
        for c in cands:
            last = out[-1] if out else None
            if (
                last is not None
                and last.kind == c.kind == "duration"
                and (last.unit, c.unit) == ("days", "hours")
                and last.raw == int(last.raw)
                and c.raw < 24
                and _TIME_PARTS_GAP.fullmatch(self.text, last.end, c.start)
                and not _EACH_DAY_AFTER.match(self.text, c.end)
            ):
                # "64 days, 19 hours, 22 minutes and 49 seconds", "64 jours, 19h et 22 minutes": one time
                last.raw = last.value = last.raw * 24 + c.raw
                last.unit, last.end = "hours", c.end
                from_days.append(last)
                continue
            if (
                last is not None
                and last.kind == c.kind == "duration"
                and (last.unit, c.unit) == ("hours", "minutes")
                and last.raw == int(last.raw)
                and _TIME_PARTS_GAP.fullmatch(self.text, last.end, c.start)
            ):
                # "15 hours and 40 minutes", "15 heures et 40 minutes": one wait of 940 minutes
                last.raw = last.value = last.raw * 60 + c.raw
                last.unit, last.end = "minutes", c.end
                continue
            if (
                last is not None
                and last.kind == c.kind == "duration"
                and last.unit in _SECONDS_IN
                and c.unit == "seconds"
                and last.raw == int(last.raw)
                and _TIME_PARTS_GAP.fullmatch(self.text, last.end, c.start)
            ):
                # "9 minutes and 29 seconds", "2 hours, 35 seconds", "1 heure et 48 secondes": one time, in seconds
                last.raw = last.value = last.raw * _SECONDS_IN[last.unit] + c.raw
                last.unit, last.end = "seconds", c.end
                continue
            if (
                last is not None
                and last.kind == c.kind == "duration"
                and (last.unit, c.unit) == ("months", "weeks")
                and c.raw < WEEKS_IN_A_MONTH
                and _YEARS_AND_MONTHS_GAP.fullmatch(self.text, last.end, c.start)
            ):
                # "un total d'1 mois et 3 semaines", "two months and two weeks": one wait in months, each week a
                # quarter of one as people count them (1.75 and 2.5 months)
                last.raw = last.value = last.raw + c.raw / WEEKS_IN_A_MONTH
                last.end = c.end
                continue
            if (
                last is not None
                and last.kind == c.kind == "duration"
                and (last.unit, c.unit) == ("years", "months")
                # not "entre un an et 18 mois": a span's months are fewer than a year's, or it is a range
                and c.raw < 12
                and _YEARS_AND_MONTHS_GAP.fullmatch(self.text, last.end, c.start)
            ):
                if _AGE_OF_AFTER.match(self.text, c.end):
                    # "pour 37 ans et 4 mois de moyenne d'âge": an age, in its whole years
                    last.kind, last.unit, last.end = "age", None, c.end
                    continue
                months = last.raw * 12 + c.raw
                if last.raw >= 2 and c.raw % 3 == 0:
                    last.raw = last.value = months / 12
                else:
                    last.raw = last.value = months
                    last.unit = "months"
                last.end = c.end
                continue
            out.append(c)
        for c in from_days:
            if c.unit in _SECONDS_IN:
                c.raw = c.value = c.raw * _SECONDS_IN[c.unit]
                c.unit = "seconds"
        return out

    def in_brackets_after(self, a: _Cand, b: _Cand) -> bool:
        """Whether ``b`` stands alone in brackets right after ``a``: "8.2 per cent (8.0)"."""
        return self.text[a.end : b.start].strip() == "(" and self.text[b.end : b.end + 1] == ")"

    def next_place(self, a: _Cand, b: _Cand) -> bool:
        """Whether ``b`` is the next reading of a list of places: "à Dijon, 40,3 à Troyes" (each number
        followed by "à" or "in" and a place), and a value near the last reading (readings of one list are
        close: "38 °C à Lyon, 3 à Paris" counts three people)."""
        return (
            -90 <= b.raw <= 60
            and abs(b.raw - a.raw) <= 15
            and _PLACE_THEN_RE.fullmatch(self.text, a.end, b.start) is not None
            and _PLACE_AFTER_RE.match(self.text, b.end) is not None
        )

    def vague(self, s: int, token: str) -> bool:
        """Whether the number word ``token`` at ``s`` only gives an order of size ("a few hundred",
        "plusieurs dizaines", "des centaines")."""
        if self.before(_VAGUE_BEFORE, s):
            return True
        return bool(self.before(_DES_BEFORE, s)) and _COLLECTIVE_RE.match(token) is not None

    def in_idiom(self, s: int, e: int) -> bool:
        """Whether the number word at ``s:e`` is part of an idiom ("aux quatre coins de", "he would hold it one
        day")."""
        if self.text.startswith(" day", e) and self.someday(s, e):
            return True
        lo = max(0, s - 16)
        return any(m.start() < e and s < m.end() for m in _idioms(self.langs).finditer(self.text, lo, e + 24))

    def someday(self, s: int, e: int) -> bool:
        """Whether "one day" at ``s`` means some day to come, no span of a day: after a modal in its clause ("he
        had always known he would hold it one day", "hopes to one day run"), or opening a sentence on a comma
        ("One day, a ..."); not "for one day", "lasted one day", "one day later"."""
        if self.text[s:e].lower() != "one" or _DAY_SPAN_AFTER.match(self.text, e + 4):
            return False
        if self.text.startswith(",", e + 4) and _opens_sentence(self.text, s):
            return True
        clause = _MODAL_CLAUSE_END_RE.split(self.text[max(0, s - 80) : s])[-1]
        return _MODAL_RE.search(clause) is not None and _DAY_SPAN_BEFORE.search(clause) is None

    def centimes(self, c: _Cand, money: list[_Cand]) -> None:
        """ "76 centimes par action", "10,62 ct./kWh": hundredths of the amount's currency, said ("centimes
        d'euro") or the nearest amount's in the text; in a text with none, the Swiss franc's when the article
        names Switzerland, else the euro's."""
        word = self.after(_CENTIMES_AFTER, c.end)
        of = self.after(_OF_CURRENCY_AFTER, word.end()) if word else None
        currency: str | None
        if of is not None:
            currency = t.CURRENCY_SUFFIXES[of.group("w").lower()]
        elif francs_or_euros := [o for o in money if o.currency not in _DOLLAR_CODES]:
            # the nearest amount in a currency of centimes: not "$226", a conversion beside "CHF200"
            currency = min(francs_or_euros, key=lambda o: abs(o.start - c.start)).currency
        else:
            currency = self.shared_currency("CENTIME") or "EUR"  # a Swiss report's are a franc's
        c.kind, c.currency, c.unit, c.noun = "money", currency, None, False
        c.scale, c.value = Decimal("0.01"), c.raw * Decimal("0.01")
        c.end = word.end() if word else c.end

    def sums_raised(self, cands: list[_Cand]) -> None:
        """A scaled number with no noun that a verb of collecting follows is a sum raised: "Plus de 15 millions
        avaient été recueillis au profit des familles", "2 millions were raised"; in the currency of the
        nearest amount of the text, or in a Canadian paper's dollars when the text gives no amount."""
        money = [c for c in cands if c.kind == "money" and c.currency]
        for c in cands:
            if (
                c.kind != "count"
                or c.scale is None
                or c.noun
                or _RAISED_AFTER.match(self.text, c.end) is None
            ):
                continue
            nearest = min(money, key=lambda m: abs(m.start - c.start)) if money else None
            currency = nearest.currency if nearest is not None else "CAD" if self.dollar == "CAD" else None
            if currency is not None:
                c.kind, c.currency, c.unit = "money", currency, None

    def coins_of_a_currency(self, cands: list[_Cand]) -> None:
        """Coins or tokens counted after the text named a cryptocurrency are amounts of it: "the theft of NEM
        coins ... a total of 523 million coins were stolen", "850,000 bitcoins ... some 200,000 coins in a cold
        wallet". The last one named before the count is the one it counts; with none named, coins stay things."""
        coins = [c for c in cands if c.kind == "count" and c.unit in _COIN_NOUNS]
        if not coins:
            return
        named = [
            (m.start(), "XEM" if m.group("nem") else _CURRENCY_AFTER.get(m.group("w").lower()))
            for m in _CRYPTO_NAMED_RE.finditer(self.text)
        ]
        for c in coins:
            currency = next((code for at, code in reversed(named) if at < c.start and code), None)
            if currency is not None:
                c.kind, c.currency, c.unit, c.noun = "money", currency, None, False

    def prices_beside(self, cands: list[_Cand]) -> None:
        """A number in cents with no currency, in the sentence of a price in one, is a price in it: "10-ticket
        blocks will go for 32 euros, compared with 16.90 currently", "passera à 976,80, soit une hausse de 26,40
        euros"."""
        prices = [c for c in cands if c.kind == "money" and c.currency and c.scale is None]
        if not prices:
            return
        for c in cands:
            if (
                c.kind != "count"
                or c.scale is not None
                or c.unit in t.KNOWN_UNITS
                or _CENTS_RE.fullmatch(self.text, c.start, c.end) is None
            ):
                continue
            price = min(prices, key=lambda p: abs(p.start - c.start))
            lo, hi = (price.end, c.start) if price.end <= c.start else (c.end, price.start)
            if (
                lo <= hi
                and _SENTENCE_END_RE.search(self.text, lo, hi) is None
                # not "Kreo (1,05, soit 943.000 euros)": the price converts the number, in another currency
                and not (price.start >= c.end and _CONVERTED_GAP_RE.fullmatch(self.text, c.end, price.start))
            ):
                c.kind, c.currency, c.unit, c.noun = "money", price.currency, None, False

    def money_context(self, cands: list[_Cand]) -> None:
        """A scaled number with no currency and no noun is money when its context says so: in a paragraph
        that just gave a scaled amount ("un déficit de 40 milliards de dollars, contre 347 milliards en
        2019"), or after a word for an amount ("une amende de 150 millions"), in the currency of the
        nearest amount of the text as reported (not its conversion in brackets), or in a text with none, of
        the country it names (see ``SHARED_CURRENCY_NAMES``)."""
        money = [c for c in cands if c.kind == "money" and c.currency]
        # cents in a text whose amounts are all in euros are euro cents ("from 18 to 30 cents per litre"
        # beside "€1.80")
        cents = [c for c in money if c.scale == _HUNDREDTH and c.currency == self.dollar]
        if cents and {c.currency for c in money if c.scale != _HUNDREDTH} == {"EUR"}:
            for c in cents:
                c.currency = "EUR"
        # a text of amounts all in one currency: its bare scaled numbers are amounts too ("BCE compte
        # économiser jusqu'à 200 millions", "chacun empochant 26 millions")
        amounts_in = _sole_scaled_currency(money)
        if (
            amounts_in is None
            and len({m.currency for m in money}) == 1
            and sum(m.scale is not None and m.scale >= 1000 for m in money) == 1
            and not any(c.kind == "count" and c.scale is not None and c.noun for c in cands)
        ):
            # one scaled amount and no scaled count of anything: "une aide de plus de 200 millions de dollars
            # ... 30 millions sont ajoutés au fonds d'urgence ... 37,1 millions supplémentaires"
            amounts_in = money[0].currency
        last: _Cand | None = None
        counted: _Cand | None = None  # the last scaled count of a noun
        converted: dict[int, _Cand] = {}  # a conversion in brackets: the amount it converts
        local = self.shared_currency("LOCAL") if not money else None
        # the nouns the text counts in scaled counts or in hundreds of thousands ("13.1 million customers",
        # "400 000 enfants"), by unit
        counted_units = {
            c.unit
            for c in cands
            if c.kind == "count"
            and c.noun
            and c.unit
            and (c.scale is not None and c.scale >= 1000 or c.value >= COUNTED_NOUN_LEAST)
            # not a sum's noun, which makes an amount of it ("32 billion turnover")
            and c.unit not in _SUM_NOUNS
            and c.unit not in _WORTH_OF_NOUNS
            and c.unit not in _GOAL_NOUNS
        }
        # the amounts said so far, those this reading makes amounts too: which currency a bare amount is in
        amounts_said = list(money)
        known = {id(m) for m in money}
        for i, c in enumerate(cands):
            # the one before, an amount now if this reading made it one
            before = cands[i - 1] if i else None
            if before is not None and before.kind == "money" and before.currency and id(before) not in known:
                amounts_said.append(before)
                known.add(id(before))
            if c.kind == "money":
                if (
                    last is not None
                    and last.currency == c.currency == "CAD"
                    and self.text[last.end : c.start].strip() == "("
                    and (
                        self.text[c.start : c.start + 1] == "$"
                        and self.text.startswith(_CANADIAN_PREFIXES, last.start)
                        or _NAMED_CANADIAN_RE.search(self.text, last.start, last.end) is not None
                        and _NAMED_CANADIAN_RE.search(self.text, c.start, c.end) is None
                    )
                ):
                    # "a C$280 million ($211 million) fine", "50 millions de dollars canadiens (37,99 millions de
                    # dollars)": the wire's conversion to US dollars
                    c.currency = "USD"
                if (
                    last is not None
                    and last.currency != c.currency
                    and _CONVERSION_OPENS_RE.fullmatch(self.text, last.end, c.start) is not None
                ):
                    converted[id(c)] = converted.get(id(last), last)
                last = c
                continue
            if (
                last is not None
                and last.scale is not None
                and c.bare
                and 0 < abs(c.raw - last.raw) <= RESTATED_IN_BRACKETS * last.raw
                and self.text[last.end : c.start].strip() == "("
                and self.text[c.end : c.end + 1] == ")"
            ):
                # "près de 18 milliards d'euros (17,9)": the amount said precisely, in its scale and currency
                c.kind, c.currency, c.unit = "money", last.currency, None
                c.scale, c.value = last.scale, c.raw * last.scale
                continue
            if (
                before is not None
                and before.kind == "money"
                and before.currency
                and c.bare
                and _PER_PERIOD_IN_BRACKETS_BEFORE.fullmatch(self.text, before.end, c.start) is not None
                and self.after(_PER_PERIOD_AFTER, c.end) is not None
            ):
                # "coûtera 5 francs de plus (190 par année)": the sum over a period, in the amount's currency
                c.kind, c.currency, c.unit = "money", before.currency, None
                continue
            if c.kind == "count" and c.scale is not None and c.noun:
                counted = c
            if c.kind == "count" and c.scale is None and c.unit in _CENTIMES:
                self.centimes(c, money)
                continue
            if (
                c.kind == "count"
                and c.scale is None
                and c.unit in ("piastre", "piastres")
                and (pound := self.shared_currency("PIASTRE")) is not None
            ):
                # "sold at 20 piastres", "cinq piastres l'unité": hundredths of the pound of the country named
                c.kind, c.currency, c.unit, c.noun = "money", pound, None, False
                c.scale, c.value = _HUNDREDTH, c.raw * _HUNDREDTH
                if (word := _PIASTRES_AFTER.match(self.text, c.end)) is not None:
                    c.end = word.end()
                continue
            if (
                c.kind == "count"
                and not c.noun
                and c.raw >= 1000
                and (money or self.dollar != "USD")
                and self.after(_A_SUM_AFTER, c.end) is not None
            ):
                # "pour un total de 164 394 098, somme à laquelle s'ajoutent les intérêts": the number is the sum
                c.kind, c.unit = "money", None
                c.currency = _said_before(amounts_said, c, converted).currency if money else self.dollar
                last = c
                continue
            whole = before if before is not None and before.kind == "money" and before.currency else last
            if (
                c.kind == "count"
                and (c.unit is None or c.unit not in t.KNOWN_UNITS)  # "58 iront au Fonds": no noun counted
                and c.scale is None
                and whole is not None
                and whole.scale is not None
                and 0 < c.raw < whole.raw
                and c.start - whole.end <= PART_OF_AMOUNT_REACH
                and self.text[max(0, c.start - 2) : c.start].startswith(",")
                and not _SENTENCE_END_RE.search(self.text, whole.end, c.start)
                and _OF_THE_AMOUNT_BEFORE.search(self.text, max(0, whole.start - 16), whole.start) is not None
            ):
                # "Sur les 60 millions versés par Teck Coal, 58 iront au Fonds", "Of the $60 million, 58 will
                # go to the fund": a part of the amount, in its scale and currency
                c.kind, c.currency, c.unit = "money", whole.currency, None
                c.scale, c.value = whole.scale, c.raw * whole.scale
                continue
            if (
                c.kind == "count"
                and not c.noun
                and c.scale is None
                and money
                and self.may_hold(c.start, AMOUNT_RISES_REACH, _AMOUNT_RISES_CUES)
                and self.before(_AMOUNT_RISES_TO_BEFORE, c.start, AMOUNT_RISES_REACH) is not None
            ):
                # "Chaque joueuse touchera 30.000 dollars. Le montant passera à 60.000 pour les huitièmes": the
                # amount just said, grown to a new value in its currency
                c.kind, c.unit = "money", None
                c.currency = _said_before(amounts_said, c, converted).currency
                last = c
                continue
            if c.kind != "count" or c.scale is None or c.scale < 1000:
                continue
            if self.after(_FINES_COUNTED_AFTER, c.end) is not None:
                # "Fixed cameras produced 14.2 million fines", "two million fewer fines": fines counted, the plural
                # right after the number (not "14.2 million in fines")
                c.unit, c.noun = "fine", True
                continue
            if money and (same := self.after(_SAME_CURRENCY_AFTER, c.end)) is not None:
                # "une amende de quatre millions de francs suisses et une compensation de 90 millions de la même
                # monnaie": the currency just said
                c.kind, c.unit, c.noun = "money", None, False
                c.currency = _said_before(amounts_said, c, converted).currency
                c.end = same.end()
                last = c
                continue
            if money and self.after(_DAMAGES_AFTER, c.end):  # "4,4 millions de dommages et intérêts"
                nearest = _said_before(amounts_said, c, converted).currency
                c.kind, c.currency, c.unit, c.noun = "money", nearest, None, False
                continue
            if c.noun and c.unit in _SUM_NOUNS and (money or self.dollar != "USD" or local is not None):
                # "demand 10 million ransom", "10 millions de rançon": the noun is what the sum is; in a text
                # with no amount, in the currency of the country it names ("trois milliards d'économies" in
                # Belgium)
                if money:
                    nearest = _said_before(amounts_said, c, converted).currency
                else:
                    nearest = local if self.dollar == "USD" and local is not None else self.dollar
                c.kind, c.currency, c.unit, c.noun = "money", nearest, None, False
                # "660 millions de pertes, contre 7,3 milliards": the next bare sum is in its currency
                last = c
                continue
            if (bracketed := self.after(_BRACKETED_CURRENCY_AFTER, c.end)) is not None and not c.noun:
                # "at least three billion (Euros) in savings": the currency said in brackets
                c.kind, c.unit = "money", None
                c.currency = t.CURRENCY_SUFFIXES[bracketed.group("w").lower()]
                continue
            if (
                c.noun
                and c.unit in _WORTH_OF_NOUNS
                and (money or self.dollar != "USD")
                and self.before(_WORTH_FOR_BEFORE, c.start, 24)
            ):
                # "a réalisé pour près de 2 milliards de projets": goods or work worth that sum
                nearest = _said_before(amounts_said, c, converted).currency if money else self.dollar
                c.kind, c.currency, c.unit, c.noun = "money", nearest, None, False
                continue
            if not c.noun and money and self.after(_PAID_LATER_AFTER, c.end) is not None:
                # "aux près de 2,4 milliards que Volkswagen avait accepté de payer": a sum someone pays
                c.kind, c.currency, c.unit = "money", _said_before(amounts_said, c, converted).currency, None
                last = c
                continue
            restated = next((m for m in money if m.start < c.start and m.value == c.value and m.scale), None)
            if c.noun and restated is not None and c.unit in _GOAL_NOUNS:
                c.kind, c.currency, c.unit, c.noun = "money", restated.currency, None, False
                continue  # "at least $1.3 trillion a year ... the 1.3 trillion target": the amount said again
            if c.noun:
                continue
            if restated is not None and not self.names_its_count(c.end):
                # "1,7 milliard de dollars de baisses d'impôts ... Pour payer cette mesure de 1,7 milliard": the
                # amount said again without its currency
                c.kind, c.currency, c.unit = "money", restated.currency, None
                last = c
                continue
            if self.names_its_count(c.end):
                # "1.6 million UK users", "30 million of whom", "3 millions de Français": a count, which a bare
                # number after it in its sentence counts too ("1,605 million de Suisses ... et 1,597 million l'ont
                # refusé")
                counted = c
                continue
            if self.number_of_before(c.start):
                continue  # "the number of people displaced ... went past 100 million": a count of them
            if (
                self.lang == "en"
                and (change := self.before(_NOUN_CHANGE_OF_BEFORE, c.start, 48)) is not None
                and ((noun := change.group("n").lower()) in t.UNIT_NOUNS or noun in t.NOUN_CONCEPTS)
            ):
                # "a global paid subscriber loss of 2 million": a change of a count, of its noun
                c.unit, c.noun = t.UNIT_NOUNS.get(noun, noun), True
                counted = c
                continue
            if self.may_hold(c.start, 48, ("ils ", "Ils ", "elles ", "Elles ")) and self.before(
                _THEY_ARE_BEFORE, c.start, 48
            ):
                continue  # "Ils sont pourtant 5,5 millions à avoir besoin d'aide": people, not an amount
            if self.before(_COUNTED_THEM_BEFORE, c.start, 48) is not None:
                # "le musée en a compté près de neuf millions": visitors, whatever amounts came before
                counted = c
                continue
            if self.may_hold(c.start, 48, ("populat", "country", "nation", "pays")) and self.before(
                _POPULATION_OF_BEFORE, c.start, 48
            ):
                continue  # "to feed a population of more than 104 million": people, whatever amounts came before
            if (
                counted is not None
                and (last is None or last.start < counted.start)
                and (
                    _SENTENCE_END_RE.search(self.text, counted.end, c.start) is None
                    # "93,6 millions de personnes ... C'est 10,3 millions de plus qu'en 2022": the difference,
                    # in the next sentence, counts what the count before it did
                    or self.after(_AMOUNT_DIFFERENCE_AFTER, c.end) is not None
                    and len(_SENTENCE_END_RE.findall(self.text, counted.end, c.start)) == 1
                )
                and not self.after(_IN_MONEY_AFTER, c.end)  # "et en a tiré plus de 100 millions en profits"
            ):
                # "44.8 million passengers in 2023, up from 36 million in 2022": the count said again
                c.unit = counted.unit
                counted = c
                continue
            if (
                counted is not None
                and (last is None or last.start < counted.start)
                and c.start - counted.end < COUNT_PARAGRAPH_REACH
                and "\n\n" not in self.text[counted.end : c.start]
                and self.before(_MONEY_NOUN_BEFORE, c.start, 72) is None
                and not self.after(_IN_MONEY_AFTER, c.end)
                and self.before(_COUNT_CHANGED_BY_BEFORE, c.start, 40) is not None
            ):
                # "... rise in subscribers, up by 2.43 million to 79.81 million. Latin America came next, up 1.22
                # million to 42.47 million": the paragraph's count, changed region by region, no amount
                c.unit = counted.unit
                counted = c
                continue
            if (
                last is not None
                and last.scale is not None
                and c.start - last.end < 300
                and "\n\n" not in self.text[last.end : c.start]
                and not self.after(_SEIZED_AFTER, c.end)  # "2 millions saisis": of whatever was seized
            ):
                # the amount as reported, not its conversion in brackets: "three billion Swiss francs ($3.75
                # billion) ..., up from the previous target of 2.5 billion"
                said = converted.get(id(last), last)
                c.kind, c.currency, c.unit = "money", said.currency, None
            elif (money or self.dollar != "USD" or local is not None) and (
                self.before(_MONEY_NOUN_BEFORE, c.start, 72)
                or self.before(_MONEY_LEVEL_BEFORE, c.start, 100)
                or self.may_hold(c.start, 100, _MONEY_TOTAL_CUES)
                and self.before(_MONEY_NOUN_TOTAL_BEFORE, c.start, 100)
                or self.may_hold(c.start, 40, _PAID_CUES)
                and self.before(_PAID_BEFORE, c.start, 40)
                or self.after(_PAID_AFTER, c.end)
                or self.after(_SPENT_AFTER, c.end) is not None
                and not self.after(_SEIZED_AFTER, c.end)
                or self.after(_IN_MONEY_AFTER, c.end)
                or self.after(_COST_NAMED_AFTER, c.end)
                or money
                and self.text.startswith((" (", "\u00a0("), c.end)
                and self.after(_CONVERSION_IN_BRACKETS_AFTER, c.end) is not None
                or money
                and self.after(_PER_PERIOD_AFTER, c.end) is not None
                and not self.after(_SUBJECT_AFTER, c.end)
            ):
                # the currency of the amount said before it (see _said_before); in a text with none, the
                # currency of the country it names (a Swiss report's "dégâts estimés à environ 150 millions")
                # or a publisher's own dollar (a Canadian wire's "pertes de 98 millions"), never a guessed US
                # dollar
                nearest = _said_before(amounts_said, c, converted).currency if money else local or self.dollar
                c.kind, c.currency, c.unit = "money", nearest, None
                # the paragraph goes on about it: "une amende de 182,9 millions et une confiscation de 93,5
                # millions"
                last = c
            elif (following := self.scaled_amount_after(c, cands)) is not None:
                c.kind, c.currency, c.unit = "money", following.currency, None
            elif (
                money  # a text of amounts, whose bare scaled numbers would be read as amounts
                and counted_units
                and not self.after(_IN_MONEY_AFTER, c.end)  # "1.7 billion in sales"
                and (noun := self.sentence_counted_noun(c, cands, counted_units)) is not None
            ):
                # "Netflix said it would sign up fewer customers ... the total will top the year-ago
                # period's 1.75 million", beside "13.1 million customers", in a text of amounts in dollars: a
                # count of what the text counts in millions, named in its sentence with no amount
                c.unit = noun
                counted = c
            elif (
                amounts_in is not None
                and (not self.after(_SUBJECT_AFTER, c.end) or self.after(_SPENT_AFTER, c.end))
                and not self.after(_SEIZED_AFTER, c.end)  # "2 millions saisis": of whatever was seized
            ):
                c.kind, c.currency, c.unit = "money", amounts_in, None
        if amounts_in is None and local is None and not any(c.kind == "money" for c in cands):
            return  # (a publisher's own dollar made amounts of some: "ajoute quelque 61 milliards en dépenses")
        # the amounts the context made so: a text whose amounts are then all in one currency, two of them
        # scaled, has its other bare scaled numbers in it too ("épargner 3,6 milliards", "811 millions",
        # then "elles passeront de 80 milliards en 2023 à 91 milliards", a paragraph on)
        amounts = [c for c in cands if c.kind == "money" and c.currency]
        currency = _sole_scaled_currency(amounts)
        # a bare number of billions is an amount in a text whose amounts are all in one currency, one of them
        # scaled: "27,2 milliards sur cinq ans", then a paragraph on "les 10,2 milliards mis sur la table"
        billions = (
            _dominant_currency(amounts)
            if currency is None and any(a.scale is not None and a.scale >= 1000 for a in amounts)
            else None
        )
        if amounts_in is not None or currency is None and billions is None:
            return
        for c in cands:
            if (
                c.kind == "count"
                and c.scale is not None
                and (c.scale >= 1000 if currency is not None else c.scale >= _BILLION)
                and not c.noun
                and c.unit is None  # a count the text names otherwise (see sentence_counted_noun)
                and not self.names_its_count(c.end)
                and (not self.after(_SUBJECT_AFTER, c.end) or self.after(_SPENT_AFTER, c.end))
                and not self.after(_SEIZED_AFTER, c.end)  # "2 millions saisis": of whatever was seized
                # "le nombre de touristes arrivés en Espagne s'est élevé à 53,37 millions": a count of them
                and not self.number_of_before(c.start)
            ):
                c.kind, c.currency, c.unit = "money", currency or billions, None

    def ranges_of_amounts(self, cands: list[_Cand]) -> None:
        """A range's first end, a bare scaled number, is an amount when its context made the second one an
        amount: "le communiqué chiffre les pertes assurées entre 50 à 65 milliards"."""
        for a, b in itertools.pairwise(cands):
            if (
                a.kind == "count"
                and not a.noun
                and a.unit is None
                and a.scale is not None
                and a.scale == b.scale
                and b.kind == "money"
                and a.raw < b.raw
                and _AMOUNT_RANGE_GAP_RE.fullmatch(self.text, a.end, b.start) is not None
            ):
                a.kind, a.currency = "money", b.currency

    def sentence_counted_noun(self, c: _Cand, cands: list[_Cand], units: set[str]) -> str | None:
        """The unit of ``units`` (see :meth:`money_context`) a noun of the sentence of a bare scaled number
        names ("fewer customers", "un enfant sur quatre"), when the sentence gives no amount of money: what the
        number counts."""
        start = self.sentence_start(c.start)
        end = _SENTENCE_END_RE.search(self.text, c.end)
        stop = len(self.text) if end is None else end.start()
        if any(o.kind == "money" and start <= o.start < stop for o in cands):
            return None
        for m in _LETTERS_RE.finditer(self.text, start, stop):
            word = m.group().lower()
            unit = t.UNIT_NOUNS.get(word, word)
            if unit in units:
                return unit
        return None

    def scaled_amount_after(self, c: _Cand, cands: list[_Cand]) -> _Cand | None:
        """A scaled amount of money later in the sentence of a bare scaled number in brackets, which says the
        currency of the amounts bracketed before it: "Les dépenses de programmes (480,5 milliards) et les
        frais de la dette (54,1 milliards) totalisent 534,6 milliards de dollars" (not "3 millions ont voté
        pour un projet de 4 milliards de francs")."""
        if self.text[c.start - 1 : c.start] != "(" or self.text[c.end : c.end + 1] != ")":
            return None
        for o in cands:
            if o.start <= c.end:
                continue
            if o.start - c.end > SCALED_AMOUNT_REACH or _SENTENCE_END_RE.search(self.text, c.end, o.start):
                return None
            if o.kind == "money" and o.currency and o.scale is not None:
                return o
        return None

    def names_its_count(self, pos: int) -> bool:
        """Whether what follows a scaled number says what it counts: "of" or "de" and a word, or a
        capitalised word ("1.6 million UK users"); a lowercase word may be a verb ("90 millions visant"); or
        a whole counted after "out of" or "sur" ("22.2 million out of 27 million Yemenis")."""
        if (whole := _OUT_OF_A_COUNT_AFTER.match(self.text, pos)) is not None:
            word = whole.group("w")
            return word[0].isupper() or word.lower() in t.UNIT_NOUNS
        m = self.after(_WORD_AFTER, pos)
        if m is None:
            return False
        word = m.group("w")
        if word.lower() in ("under", "over", "aged") and _AGE_GROUP_AFTER.match(self.text, m.end()):
            return True  # "an estimated one million under 13s": people by an age bound
        if word.lower() in ("of", "de"):
            if _QUOTED_TITLE_RE.match(self.text, m.end()):
                return False  # "les 103 millions de « Wonder Woman »": a work's takings, no count of it
            following = self.after(_WORD_AFTER, m.end())  # not "22 milliards de plus que l'an dernier"
            if following is None and _YEAR_AFTER_OF_RE.match(self.text, m.end()):
                return False  # "par rapport au 1,9 milliard de 2023": the year's amount, no count of anything
            if _PERIOD_AFTER_OF_RE.match(self.text, m.end()):
                return False  # "des 55 millions de la même période": the period's amount
            if self.text.startswith(("la part d", "la part\u00a0d"), m.end() + 1):
                return False  # "ainsi que 20 milliards de la part du fonds": who gives it, no count of it
            return following is None or following.group("w").lower() not in _NOT_ITS_NOUN_AFTER_OF
        return word[0].isupper() or word.lower().startswith(("d'", "d’")) and word.lower() not in _UNTIL_WORDS

    def word_before(self, pos: int) -> str:
        """The word right before ``pos`` and one space, lowercased, or ""."""
        if self.text[pos - 1 : pos] != " ":
            return ""
        m = _LAST_WORD_RE.search(self.text, max(0, pos - 24), pos - 1)
        return m.group().lower() if m is not None else ""

    def mark_listed(self, cands: list[_Cand]) -> None:
        """A bare number word that continues a list of bare counts in digits with the same word after each:
        "19 for murder, 28 for fraud and seven for theft" counts seven as the list's digits are counted."""
        # "Labour has won 412, Conservatives 121, ..., Scottish National Party nine, Alliance one": a results list,
        # each name then its number; a number word in it counts what the list's digits count (after digits, or
        # after a number word the list took already)
        for prev, c in zip(cands, cands[1:], strict=False):
            if (
                c.word
                and c.bare
                and prev.kind == "count"
                and (not prev.word or prev.listed)
                and c.start - prev.end <= 60
                and _NAMED_ITEM_BEFORE.fullmatch(self.text, prev.end, c.start) is not None
                and _NAMED_ITEM_END_AFTER.match(self.text, c.end) is not None
            ):
                c.listed = True
                if prev.unit is not None:
                    c.unit, c.noun = prev.unit, True
        # "four Ukrainians, two Austrians, one German", "deux Autrichiens et un Croate": one national in a list
        # of a story's peoples, counted as the others are
        for prev, c in zip(cands, cands[1:], strict=False):
            if (
                c.raw == 1
                and c.kind == prev.kind == "count"
                and prev.unit == "national"
                and c.unit in (None, "national")
                and c.start - prev.end <= 80
                and (people := self.after(_WORD_AFTER, c.end)) is not None
                and people.group("w")[0].isupper()
                and _LIST_LINK_RE.search(self.text, prev.end, c.start) is not None
                and not _SENTENCE_END_RE.search(self.text, prev.end, c.start)
            ):
                c.unit, c.noun, c.listed = "national", True, True
                c.place = c.place or people.group("w").lower()
        for prev, c in zip(cands, cands[1:], strict=False):
            if not c.word or prev.word or c.start - prev.end > 80 or not (c.bare and prev.bare):
                continue
            between = self.text[prev.end : c.start]
            if not _LIST_LINK_RE.search(between) or _SENTENCE_END_RE.search(between):
                continue
            after_prev, after_c = self.after(_WORD_AFTER, prev.end), self.after(_WORD_AFTER, c.end)
            if after_prev and after_c and after_prev.group("w").lower() == after_c.group("w").lower():
                c.listed = True

        # "16 MPs, with seven for Amadou Ba's party and three for Dias", "quatre vols vers Nice et six vers
        # Rome": a number word after a count of a noun, the noun elided, each item given for its own party or
        # place
        for prev, c in zip(cands, cands[1:], strict=False):
            if (
                c.word
                and c.bare
                # "two additional deaths, one in Mati City and another": a total's breakdown; but one after
                # items already listed continues the list ("13 in Ontario, five in Quebec, one in Nova Scotia")
                and (c.raw > 1 or prev.listed and prev.word)
                and prev.kind == "count"
                and prev.noun
                and prev.unit is not None
                and c.start - prev.end <= ELIDED_ITEM_REACH
                and not _SENTENCE_END_RE.search(self.text, prev.end, c.start)
                and _ELIDED_ITEM_BEFORE.search(self.text, prev.end, c.start) is not None
                and _ELIDED_ITEM_AFTER.match(self.text, c.end) is not None
            ):
                c.unit, c.noun, c.listed = prev.unit, True, True
        # "at least 19 deaths in 2024, including nine since the start of July", "dont six depuis janvier": a
        # part of the count before (a year or a date may stand between), the noun elided, given for its own
        # time or place
        for i, c in enumerate(cands):
            if not (c.word and c.bare and c.raw > 1 and not c.listed):
                continue
            head = self.text[max(0, c.start - 24) : c.start]
            if _SUBSET_ITEM_BEFORE.search(head) is None or _SUBSET_ITEM_AFTER.match(self.text, c.end) is None:
                continue
            j = next((j for j in range(i - 1, -1, -1) if cands[j].kind == "count" and cands[j].noun), None)
            if j is None:
                continue
            whole = cands[j]
            if (
                whole.unit is not None
                and c.raw < whole.raw
                and c.start - whole.end <= SUBSET_ITEM_REACH
                and not _SENTENCE_END_RE.search(self.text, whole.end, c.start)
                and all(p.kind in ("year", "date") for p in cands[j + 1 : i])
            ):
                c.unit, c.noun, c.listed = whole.unit, True, True
        # "Canada with 18, China with eight, Egypt with six": each place's count after one word, the list opened
        # in digits
        for prev, c in zip(cands, cands[1:], strict=False):
            if (
                c.word
                and c.bare
                and prev.bare
                and (not prev.word or prev.listed)
                and c.start - prev.end <= 40
                and "," in self.text[prev.end : c.start]
                and not _SENTENCE_END_RE.search(self.text, prev.end, c.start)
                and (word := self.word_before(c.start)) in _LIST_PREPOSITIONS
                and word == self.word_before(prev.start)
            ):
                c.listed = True
        # "Au Royaume-Uni, ce sont 1.700 emplois qui disparaîtront, en Espagne 900.": a place's count after
        # the place, continuing a count of a noun in its sentence, counts that noun
        for prev, c in zip(cands, cands[1:], strict=False):
            if (
                c.bare
                and not c.word
                and prev.kind == "count"
                and prev.noun
                and c.start - prev.end <= PLACE_COUNT_REACH
                and self.text[c.end : c.end + 1] in (".", ",", ";")
                and (place := self.before(_PLACE_THEN_COUNT_BEFORE, c.start, 40)) is not None
                and not _SENTENCE_END_RE.search(self.text, prev.end, c.start)
            ):
                # "..., la Suède 155.": that place's count ("in Sweden, 75 people were arrested" disputes it)
                c.unit, c.noun, c.place = prev.unit, True, place.group("p").split()[-1].lower()
        # "leading in 155 ridings, the Conservatives in 120, the Bloc in 33": a count after the preposition of a
        # count of a noun in its sentence, and nothing after it, is of that noun, said once for the list (the
        # shares in brackets between them aside)
        counted: _Cand | None = None
        for c in cands:
            if c.kind == "count" and c.noun and c.unit is not None:
                counted = c
                continue
            if (
                counted is not None
                and c.bare
                and not c.word
                and c.unit is None
                and c.start - counted.end <= LISTED_COUNT_REACH
                and _LIST_GOES_ON_AFTER.match(self.text, c.end)
                and not _SENTENCE_END_RE.search(self.text, counted.end, c.start)
                and (here := self.before(_LISTED_PREPOSITION_BEFORE, c.start, 12)) is not None
                and (there := self.before(_LISTED_PREPOSITION_BEFORE, counted.start, 12)) is not None
                and here.group("w").lower() == there.group("w").lower()
            ):
                c.unit, c.noun = counted.unit, True
                counted = c
        # "at least 53 people have died in Mozambique and 225 in Malawi": a bare count of a place right after a
        # count of a noun in another place, "and" or a comma between, counts that noun
        for prev, c in zip(cands, cands[1:], strict=False):
            if (
                c.kind == "count"
                and c.bare
                and c.unit is None
                and prev.kind == "count"
                and prev.unit is not None
                and c.start - prev.end <= LISTED_COUNT_REACH
                and _PLACE_LIST_LINK_RE.search(self.text, prev.end, c.start)
                and not _SENTENCE_END_RE.search(self.text, prev.end, c.start)
                and self.text[c.end : c.end + 1] == " "
                and _PLACE_AFTER.match(self.text, c.end + 1)  # right after it: "225 in Malawi"
                and self.place_after(prev.end) is not None
            ):
                c.unit, c.noun = prev.unit, True

    def after_prior_event(self, pos: int) -> bool:
        """Whether the sentence before ``pos`` tells of an earlier event its story comes after (see
        :data:`_PRIOR_EVENT_RE`); "after" or "après" is looked for first, a cheap test."""
        lowered, start = self.lowered, self.sentence_start(pos)
        if (
            lowered is not None
            and lowered.find(" after ", start, pos) < 0
            and lowered.find(" après ", start, pos) < 0
        ):
            return False
        return _PRIOR_EVENT_RE.search(self.text, start, pos) is not None

    def years_named_before(self, c: _Cand) -> bool:
        """Whether a span of years said in words counts years its sentence has named, in apposition or after a
        demonstrative: "en 1991 et en 2017, deux années de gel", "en 2018 et 2019 ... pour ces deux années",
        "in 2010 and 2014, two years of drought" (not "pendant deux années" after one year named)."""
        start = self.sentence_start(c.start)
        before = self.text[start : c.start]
        if not _YEARS_APPOSED_BEFORE.search(before):
            return False
        years = {m.group() for m in _YEAR_TOKEN_RE.finditer(before)}
        return len(years) >= c.raw

    def sentence_start(self, pos: int) -> int:
        """Where the sentence holding ``pos`` starts: after the last line break, or stop or mark followed by a
        space, before it (not the point of "17.000 cas" or "3.5%")."""
        text = self.text
        last = text.rfind("\n", 0, pos)
        for stop in ".!?":
            at = text.rfind(stop, last + 1, pos)
            while at > last and not text[at + 1 : at + 2].isspace():
                at = text.rfind(stop, last + 1, at)
            last = max(last, at)
        return last + 1

    def dollar_country_opening(self, pos: int) -> str | None:
        """The dollar of the country the sentence before ``pos`` opens on, as its subject, when that is a
        country with a dollar of its own other than the United States: "La Nouvelle-Zélande a porté son aide
        à ...", "Australia pledged ..."; None when the sentence names the United States too."""
        start = self.sentence_start(pos)
        m = _DOLLAR_COUNTRY_OPENING_RE.match(self.text, start)
        if m is None or pos - m.end() > DOLLAR_COUNTRY_REACH or _US_NAMED_RE.search(self.text, start, pos):
            return None
        return _DOLLAR_COUNTRIES[folded(m.group("c"))]

    def sentence_country(self, start: int, pos: int) -> str | None:
        """The one country the sentence opening at ``start`` names before ``pos``, its first count, as written
        there (its last word, lowercased), or None when it names none or several. One named after a count is
        often that count's ("at least 20 people, nine of them in Hungary", "huit décès en Hongrie et neuf
        disparus")."""
        if start in self._sentence_countries:
            return self._sentence_countries[start]
        found = self.countries_named(start, pos)
        place = next(iter(found.values())) if len(found) == 1 else None
        self._sentence_countries[start] = place
        return place

    def opens_clause_of(self, place: str, lo: int, hi: int) -> bool:
        """Whether the last ``place`` (a word, lowercased) named between ``lo`` and ``hi`` opens the clause of
        the count at ``hi``: words other than "and" or "et" stand between ("Mozambique reported 20")."""
        at = (self.lowered if self.lowered is not None else self.text.lower()).rfind(place, lo, hi)
        between = self.text[at + len(place) : hi].strip(" ,;\u00a0").lower()
        return at >= 0 and between not in ("", "and", "et")

    def countries_named(self, lo: int, hi: int) -> dict[str, str]:
        """The countries named between ``lo`` and ``hi``, in order, each as written (its last word, lowercased);
        not one said as what a place of the count lies in ("la région de Blantyre, capitale économique du
        Malawi", "in the south of Malawi"): the count is that place's."""
        text = self.text
        found: dict[str, str] = {}
        for m in _CAPITALISED_RUN_RE.finditer(text, lo, hi):
            words = [_POSSESSIVE_END_RE.sub("", w) for w in m.group().split()]
            # from each word, the longest run of words naming a country: "Dominican Republic", "Cuba and Haiti"
            i = 0
            while i < len(words):
                for j in range(len(words), i, -1):
                    if (country := country_names().get(folded(" ".join(words[i:j])))) is not None:
                        if i > 0 or not (
                            _PART_OF_COUNTRY_BEFORE.search(text, max(0, m.start() - 40), m.start())
                            or _NOT_YET_THERE_BEFORE.search(text, max(0, m.start() - 40), m.start())
                        ):
                            found[country] = words[j - 1].lower()
                        i = j
                        break
                else:
                    i += 1
        return found

    def place_after(self, pos: int) -> str | None:
        """The place a count is of, named right after it in its clause: "255 dans la province de Hama", "433
        dans celle de Tartous", "12 dead in Valencia"."""
        m = _PLACE_AFTER.search(self.text, pos, pos + PLACE_REACH)
        if m is not None and m.end() == pos + PLACE_REACH and self.text[m.end() : m.end() + 1].isalpha():
            # the window cut the name ("à Lo" of "à Londres"): read it whole
            m = _PLACE_AFTER.search(self.text, m.start(), m.end() + PLACE_REACH)
        if m is None or _CLAUSE_BREAK_RE.search(self.text, pos, m.start()):
            return None
        if _ANOTHER_NUMBER_WORD_RE.search(self.text, pos, m.start()):
            return None  # "12 from Medellin and five in Tabogon": the place of the count after
        name = m.group("p")  # "in Rukum Paschim" whole: the other version may name it by its first word
        last = name.split()[-1]
        # "in Saturday's quake": a day's possessive, no place
        if last.lower().removesuffix("'s").removesuffix("’s") in _NOT_PLACES or _a_month(last):
            return None
        if (also := _SECOND_PLACE_AFTER.match(self.text, m.end())) is not None:
            # "dont 3.600 en Allemagne et au Royaume-Uni": two places' count, neither one's alone
            return f"{name} et {also.group('p')}".lower()
        return name.lower()

    def additional_before(self, s: int) -> bool:
        """Whether "an additional" or "a further" stands right before ``s`` (see :data:`_ADDITIONAL_BEFORE`)."""
        return (
            self.may_hold(s, 40, ("additional", "further"))
            and self.before(_ADDITIONAL_BEFORE, s, 40) is not None
        )

    def change_before(self, s: int) -> bool:
        """Whether the words right before ``s`` give the figure as a change ("increased by 16", "une
        augmentation de 5,77 ct"): looked for only where "by", "of" or "de" ends them."""
        return (
            self.text[max(0, s - 4) : s].rstrip()[-2:].lower() in _CHANGE_LAST
            and self.before(_CHANGE_BEFORE, s, 96) is not None
        )

    def origin_after(self, pos: int) -> str | None:
        """The country a bare count of people is from, named right after it: "27 from Mexico, 14 from
        Honduras" (the dead of a list by nationality)."""
        m = _ORIGIN_AFTER.match(self.text, pos)
        return m.group("p").lower() if m is not None and m.group("p").lower() not in _NOT_PLACES else None

    def place_with_before(self, pos: int) -> str | None:
        """The place a count is of, named right before it: "the Montérégie, with 5,580", "Laval, où 3 194"."""
        return self.place_said_before(pos, _PLACE_WITH_BEFORE, (", with", ", where", ", avec", ", où"))

    def place_opening(self, pos: int) -> str | None:
        """The place a clause that opens on it gives its count to: "En Belgique, 13 personnes", "et en Italie,
        1400 policiers", "In Germany, more than 100 raids"."""
        opened = self.place_said_before(pos, _PLACE_OPENING_BEFORE, ("en ", "in ", "au ", "aux ", "à "))
        if opened is None:
            # "En Allemagne, le groupe prévoit de supprimer 1.700 postes": the clause's subject and verb between
            opened = self.place_said_before(
                pos, _PLACE_OPENING_CLAUSE_BEFORE, ("en ", "in ", "au ", "aux ", "à ")
            )
        if opened is None and self.may_hold(pos, 24, _COUNTED_THERE_HINTS):
            # "À Lyon, où la police a reçu des projectiles, ils étaient 23.000": the place, an aside on it, and
            # the people counted there
            m = self.before(_PLACE_ASIDE_OPENING_BEFORE, pos, PLACE_ASIDE_REACH)
            if m is not None and m.group("p").lower() not in _NOT_PLACES:
                return m.group("p").lower()
        return opened

    def place_said_before(self, pos: int, pattern: re.Pattern[str], cues: tuple[str, ...]) -> str | None:
        """The place ``pattern`` (made by :func:`_ending`, its name in group ``p``) names right before ``pos``,
        looked for only where one of its ``cues`` is; lowercased, or None."""
        if not self.may_hold(pos, PLACE_BEFORE_REACH, cues):
            return None
        m = self.before(pattern, pos, PLACE_BEFORE_REACH)
        if m is None or m.group("p").lower() in _NOT_PLACES or _a_month(m.group("p")):
            return None  # "In April, 18 people were killed": a time, no place
        return m.group("p").lower()

    def mark_places_listed(self) -> None:
        """Counts of one noun given place by place in clauses that open on their places ("En Allemagne, plus
        de 1000 policiers ..., et en Italie, 1400 policiers"): each a part of a whole, which disputes only a
        count of its own place. One such place alone is the count of the story's place."""
        _mark_parts(self.opened, lambda f: f.unit)

    def mark_rates_listed(self) -> None:
        """Rates given place by place in one sentence ("9,3 % en Nouvelle-Écosse, 9,1 % au Nouveau-Brunswick"):
        each a part, a place's rate, which disputes no rate of the whole (see ``conflict_distance``)."""
        _mark_parts(self.rated, lambda f: f.sentence)

    def mark_bracketed_counts(self, cands: list[_Cand]) -> None:
        """Counts given in brackets after the names they count, two or more in one sentence: "des Syriens (47)
        et des Egyptiens (43)", "the United States (153), Britain (55)". A people's count is of persons. Rates
        too: "Neuchâtel (78%), Genève (75%)", each a place's."""
        text = self.text
        bracketed = [
            (c, name)
            for c in cands
            if (
                text[c.start - 1 : c.start] == "("
                and (
                    text[c.end : c.end + 1] == ")"
                    and (c.bare or c.kind == "percent")
                    or c.noun
                    and c.kind == "count"
                    and _NOUN_BRACKET_END_RE.match(text, c.end) is not None
                )
                and (name := self.name_before_bracket(c.start)) is not None
            )
            # a place's change in brackets, its sign first: "le Jura (+8,9%) et le Valais (+7,8%)"
            or (
                c.kind == "percent"
                and text[c.start - 2 : c.start] in ("(+", "(-", "(−", "(–")
                and text[c.end : c.end + 1] == ")"
                and (name := self.name_before_bracket(c.start - 1)) is not None
            )
        ]
        for (a, name_a), (b, name_b) in zip(bracketed, bracketed[1:], strict=False):
            if b.start - a.end > 120 or _SENTENCE_END_RE.search(text, a.end + 1, b.start):
                continue
            for c, name in ((a, name_a), (b, name_b)):
                if c.bare and c.kind == "count":
                    c.noun, c.unit = True, "national" if _bracketed_people(name) else None
                # "Tartus (384)", "la Côte-Nord (4 100 foyers)": that place's count, a part of a whole
                c.place, c.part = name.group("w").lower(), True

    def people_bracketed(self, s: int) -> bool:
        """Whether the name before the bracket opening at ``s - 1`` is a people ("des Syriens (47)"): a count
        of them, not a département's code."""
        return _bracketed_people(self.name_before_bracket(s))

    def country_bracketed(self, s: int) -> bool:
        """Whether the name before the bracket opening at ``s - 1`` is a country ("devant l'Allemagne (42) et
        le Royaume-Uni (37)"): a count for it, not a département's code."""
        name = self.name_before_bracket(s)
        if name is None:
            return False
        plain = folded(name.group("w"))
        return plain in t.COUNTRY_EXONYMS or plain in country_names()  # "la Birmanie (61) et Israël (41)"

    def age_bracketed(self, c: _Cand) -> bool:
        """Whether ``c`` is two digits in brackets after a person's name, followed by a comma or a verb, the
        only such bracket of its sentence: "said Akimu (35), lying in bed", "Sarah Jones (42) told" (not a list
        of places' counts, "Tartus (38), Latakia (40)", nor a French département, "Sète (34)")."""
        text = self.text
        if c.end - c.start == 2 and (
            bracket := _INITIAL_AGES_BEFORE.search(text, max(0, c.start - 40), c.end)
        ):
            # "Mohamed R. (40)", "the brothers Mao and Mario R. (47 and 42)": a person named with an initial
            return bracket.end() == c.end or _AGE_PAIR_AFTER.match(text, c.end) is not None
        if (
            self.lang == "fr"
            or c.end - c.start != 2
            or text[c.start - 1 : c.start] != "("
            or text[c.end : c.end + 1] != ")"
            or not text[c.start : c.end].isdigit()
            or _AGE_BRACKET_AFTER.match(text, c.end + 1) is None
            or not self.after_name(c.start - 1)
            or self.people_bracketed(c.start)
            or self.country_bracketed(c.start)
            or _PLACE_WORD_RE.search(text, max(0, c.start - 40), c.start) is not None
        ):
            return False
        # its sentence, which a line break ends too (a heading or a paragraph without a stop)
        lo = max(text.rfind(".", 0, c.start), text.rfind("\n", 0, c.start)) + 1
        ends = [i for i in (text.find(".", c.end), text.find("\n", c.end)) if i >= 0]
        return len(_BRACKETED_NUMBER_RE.findall(text, lo, min(ends) if ends else len(text))) == 1

    def name_before_bracket(self, s: int) -> re.Match[str] | None:
        """The capitalised name right before the bracket opening at ``s - 1``: "Syriens (", "Royaume-Uni ("."""
        return _NAME_BRACKETED_BEFORE.search(self.text, max(0, s - 40), s)

    def mark_odds(self, cands: list[_Cand]) -> None:
        """ "odds of 1 in 292.2 million", "une chance sur 11,7 millions": the odds of a draw, a count of chances
        and never an amount, however many amounts the text gives; the "1" is no figure."""
        for i, c in enumerate(cands):
            if (
                c.kind != "count"
                or c.token in ("a", "an")  # "one in a million": an idiom
                or c.scale is None
                and c.raw < ODDS_LEAST
                or (one := self.before(_ODDS_ONE_BEFORE, c.start, 24)) is None
            ):
                continue
            c.unit, c.noun = "odds", True
            # the "1" read as a number of its own, right where the match (ending at ``c``) opens
            if i and cands[i - 1].end == c.start - len(one.group()) + len(one.group("one")):
                cands[i - 1].measure = True

    def mark_ratios(self, cands: list[_Cand]) -> None:
        """ "one in five Canadians", "1 in 4 adults", "deux Français sur trois": a rate, neither number a count."""
        for x, y in zip(cands, cands[1:], strict=False):
            # the base of "three in four, or 72 per cent" took the share's unit from the percentage after it
            shared = y.kind == "percent" and y.word and self.text[y.end : y.end + 1] == ","
            if y.start - x.end > 40 or x.kind != "count" or y.kind != "count" and not shared:
                continue  # the cheap tests first: most neighbours are far apart or not two counts
            if x.scale is not None or y.scale is not None:
                continue
            between = self.text[x.end : y.start]
            if not (
                ("en" in self.langs and _RATIO_IN_RE.fullmatch(between))
                or ("fr" in self.langs and _RATIO_SUR_RE.fullmatch(between))
            ):
                continue
            if 0 < x.raw < y.raw <= _RATIO_MAX_BASE and y.raw == y.raw.to_integral_value():
                x.measure = y.measure = True

    def fraction_after(self, pos: int) -> bool:
        """Whether the word after ``pos`` is a fraction's noun: "two thirds", "trois quarts"."""
        word = self.after(_WORD_AFTER, pos)
        return word is not None and word.group("w").lower() in t.FRACTION_NOUNS

    def reached(self, c: _Cand) -> bool:
        """ "The toll has risen to nine.": a number word a tally reached, with no noun after it."""
        return self.before(_REACHED_BEFORE, c.start, 32) is not None

    def denomination(self, c: _Cand) -> bool:
        """Whether an amount is the face value of banknotes: "novelty $100 bank notes", "fake 20-euro notes",
        "des faux billets de 100 $", "en coupures de 50 euros"."""
        return (
            self.after(_NOTES_AFTER, c.end) is not None
            or self.may_hold(c.start, 16, ("billet", "coupure"))
            and self.before(_NOTES_OF_BEFORE, c.start, 24) is not None
        )

    def among_these(self, c: _Cand) -> bool:
        """A bare number word after "Parmi ces cas," or "Of these patients," counts some of those the sentence
        opens on ("Parmi ces cas, cinq ont été identifiés chez des soignants"): a count of that noun."""
        if self.text[max(0, c.start - 2) : c.start].rstrip()[-1:] != "," or not self.may_hold(
            c.start, AMONG_THESE_REACH, ("parmi", "among", "of ")
        ):
            return False
        m = self.before(_AMONG_THESE_BEFORE, c.start, AMONG_THESE_REACH)
        if m is None:
            return False
        c.unit = t.UNIT_NOUNS.get(m.group("n").lower(), c.unit)
        return True

    def dwellings_rooms(self, c: _Cand) -> bool:
        """Whether a count is the rooms a dwelling is described by (see :data:`_ROOM_UNITS`)."""
        if c.kind != "count" or c.raw > MAX_DWELLING_ROOMS:
            return False
        if c.unit not in _ROOM_UNITS and _ROOMS_THEN_DWELLING_AFTER.match(self.text, c.end) is None:
            return False
        near = self.text[max(0, c.start - DWELLING_REACH) : c.end + DWELLING_REACH].lower()
        return any(w in near for w in _DWELLING_WORDS) or (
            c.unit == "pièces" and _PIECES_OF_AFTER.match(self.text, c.end) is None
        )

    def confidence_interval(self, c: _Cand) -> bool:
        """Whether the number is a confidence interval's level ("95% CI", "IC à 95 %") or one of its bounds
        ("confidence interval, 74 to 100", "IC 95 % : 1,2-3,4")."""
        return self.intervals and (
            self.holds_after(c.end, 24, ("confiden", "credib", " ci"))
            and _CI_LEVEL_AFTER.match(self.text, c.end) is not None
            or self.may_hold(c.start, CI_BOUNDS_REACH, ("confiden", "confian", "credib", "ci", "ic"))
            and self.before(_CI_BOUNDS_BEFORE, c.start, CI_BOUNDS_REACH) is not None
        )

    def keep(self, c: _Cand) -> bool:
        if c.measure or not abs(c.value) < MAX_VALUE:
            return False  # a measurement, or a run of digits no report means as a quantity (it would be inf)
        if (
            c.start >= 2
            and self.text[c.start - 2 : c.start] in ("J+", "J-")
            and not self.text[c.start - 3 : c.start - 2].isalnum()
        ):
            return False  # "à renouveler à J+2 et J+4": a day counted from an event, French style
        if c.kind == "duration" and c.unit == "months" and self.accounts_period(c):
            return False  # "in the first nine months of 2025", "nine-month figures": a period of the accounts
        if (
            c.kind == "duration"
            and c.unit in ("minutes", "hours")
            and _MIDNIGHT_AFTER.match(self.text, c.end)
            and not self.text[max(0, c.start - 8) : c.start].lower().endswith(("for ", "pendant ", "durant "))
        ):
            return False  # "achevée 17 minutes après minuit", "ten minutes past midnight": a time of day
        if c.kind == "money" and c.scale is None and self.denomination(c):
            return False  # "$100 bank notes", "des billets de 100 $": a banknote's face value
        if c.kind == "percent" and c.raw == 100 and self.before(_ONES_OWN_BEFORE, c.start, 8) is not None:
            return False  # "donner « notre 100 % »", "gave their 100%": all one's effort, said as a share
        if self.confidence_interval(c):
            return False  # "(100%; 95% confidence interval, 74 to 100)": a study's statistics, no key figure
        if (
            c.kind == "money"
            and c.value == OFFENCE_THRESHOLD
            and self.may_find(c.start, 40, _OFFENCE_STEMS)
            and self.before(_OFFENCE_OVER_BEFORE, c.start, 40)
        ):
            return False  # "counts of theft over $5,000", "fraude de plus de 5000 $": the name of a charge
        if (
            c.kind == "count"
            and c.scale is None
            and 1000 <= c.raw < 100000
            and self.may_hold(c.start, 80, ("code", "Code", "CODE"))
            and self.before(_POSTCODES_BEFORE, c.start, 80)
        ):
            return False  # "in four zip codes (11205, 11206 and 11211)", "code postal 75011": places
        if (
            c.kind == "count"
            and self.holds_after(c.end, 40, ("pour", "per", "par", "every"))
            and self.after(_RATE_NUMERATOR_AFTER, c.end)
        ):
            return False  # "24,40 tués pour 100.000 habitants", "5.2 deaths per 100,000 people": a rate
        if (
            c.kind == "count"
            and c.raw <= 12
            and self.holds_after(c.end, 64, _SOURCING_HINTS)
            and self.after(_SOURCES_AFTER, c.end)
        ):
            return False  # "quoting two people familiar with the matter", "deux sources proches du dossier"
        if self.dwellings_rooms(c):
            return (
                False  # "un appartement de deux chambres", "two and three room apartments": a dwelling's kind
            )
        if c.kind == "count" and self.text.startswith("-point", c.end):
            return False  # "a 20-point lead" in a game: a score's margin, no share's points (see money_or_percent)
        if c.kind == "duration" and c.unit == "years" and c.word and self.years_named_before(c):
            return False  # "de 1991 et de 2017, deux années elles aussi marquées": the years named, no span
        if not c.word:
            return True
        if c.raw == 0:
            return False
        if (
            self.lang == "fr"
            and self.text[c.start].isupper()
            and self.text.endswith(("les ", "aux ", "des "), 0, c.start)
            and not _opens_sentence(self.text, c.start - 4)
        ):
            # "les Vingt-Sept s'étaient entendus", "aux Quinze": a group of countries by its name
            return False
        if c.token in ("a", "an"):  # "a million people", not "thanks a million" nor "one in a million"
            # a hedged one counts what the sentence names before it: "the Chinese (nearly a million)"
            # and "a dozen were killed" counts the people its fate names
            return (
                c.kind != "count"
                or c.noun
                or c.unit in _TOLL_OF_ONE
                and not self.text.endswith(("in ", "In "), max(0, c.start - 3), c.start)
                or _approximation_before(self.text[max(0, c.start - 24) : c.start]) is not None
            )
        if c.token in ("one", "un", "une") and (
            self.after(_ONE_TO_THE_NEXT_AFTER, c.end)
            or c.kind == "duration"
            and self.after(_TO_THE_NEXT_AFTER, c.end)
        ):
            # "from one municipality to the next", "from one day to the next": an idiom, no count
            return False
        if c.raw <= 10 and c.unit in _ABSTRACT_NOUNS:
            return (
                False  # "s'explique par deux facteurs", "l'un des deux critères": how a text argues, no count
            )
        if (
            c.token == "one"
            and c.kind == "count"
            and c.value == 1
            and self.text.startswith(" of the ", c.end)
        ):
            return False  # "was one of the four people injured": one among a count, no count of one
        if c.token == "one" and self.after(_ONE_SPEAKER_AFTER, c.end):
            return False  # "One woman, who declined to be named, said", "one victim described": a witness
        if (
            c.token.lower() == "one"
            and c.kind == "duration"
            and c.unit == "days"
            and (self.before(_SOMEDAY_BEFORE, c.start, 24) or self.after(_SOMEDAY_AFTER, c.end))
        ):
            return False  # "could one day replace", "the goal: one day sending astronauts to Mars": someday
        if (
            c.kind == "duration"
            and c.unit in ("years", "months", "weeks", "days")
            and "-" in self.text[c.start : c.end]
            and self.after(_CHANGE_NOUN_AFTER, c.end)
            and (c.token.lower() == "one" or self.before(_SUPERLATIVE_BEFORE, c.start, 24) is not None)
        ):
            # "the largest one-year fall on record": the window of a change, no span of the story (but "a
            # one-hour increase" of a wait is the change itself)
            return False
        if (
            c.token.lower() == "one"
            and c.kind == "duration"
            and self.text.startswith(",", c.end)
            and self.before(_WINDOW_OPENING_BEFORE, c.start, 12)
        ):
            return False  # "Over one year, prices there have fallen": the window of what the sentence tells
        if c.token in t.ARTICLE_LIKE or c.token.lower() in _LE_SCALE_WORDS or c.token.lower() == "la":
            if c.listed and c.noun and c.raw == 1:
                # "13 in Ontario, five in Quebec, one in Nova Scotia": an item of a list of counts
                return True
            if c.scale is not None:
                return True
            if c.kind == "percent":
                return True  # "less than one percent", "un pour cent"
            if c.kind == "money" and self.after(_SYMBOLIC_AFTER, c.end) is not None:
                return True  # "reprise pour une livre symbolique": a price of one, said as a gesture
            if c.unit in ("death", "injury", "missing") and (
                self.before(_TOLL_VERB_BEFORE, c.start, 32) or self.after(_AND_ANOTHER_TOLL_AFTER, c.end)
            ):
                # "l'explosion a fait un mort", "faisant un blessé", "Un mort et deux blessés": a toll of one
                return True
            if (c.unit in _ANY_PEOPLE or c.unit == "death") and self.before(
                _CAUSED_THE_DEATH_OF_BEFORE, c.start, 40
            ):
                c.unit = "death"  # "a provoqué la mort d'une femme": a toll of one
                return True
            if (
                c.unit is None
                and c.token in ("un", "une")
                and self.text.endswith(("dont ", "dont\u00a0"), 0, c.start)
                and (one := self.after(_ONE_OF_THEM_FATE_AFTER, c.end))
            ):
                # "Deux d'entre elles ont été secourues, dont une a été hospitalisée": one of those counted
                c.unit = next(fate for fate, said in one.groupdict().items() if said)
                return True
            if c.unit in _ANY_PEOPLE and c.token == "une" and (one := self.after(_ONE_FATE_AFTER, c.end)):
                c.unit = next(fate for fate, said in one.groupdict().items() if said)
                return True  # "Une personne est portée disparue", "une personne a été tuée": a toll of one
            if (
                c.token in ("un", "une")
                and c.noun
                and c.unit is not None
                and self.text.endswith(("dont ", "dont\u00a0"), 0, c.start)
                and (whole := _COUNT_BEFORE_DONT.search(self.text, max(0, c.start - 90), c.start - 5))
                is not None
                and (
                    (one_of := t.NOUN_CONCEPTS.get(c.unit, c.unit)) == "critical"
                    or any(
                        t.UNIT_NOUNS.get(w) == one_of or t.NOUN_CONCEPTS.get(w) == one_of
                        for w in _TITLE_WORD_RE.findall(whole.group().lower())
                    )
                )
            ):
                # "18 arrestations, dont une arrestation judiciaire", "12 cas, dont un cas grave", "quatre
                # blessés, dont un grièvement": one of those counted, as "including one judicial arrest" is (not
                # "trois personnes ont perdu la vie, dont un pêcheur": who one was; nor "le groupe, dont un
                # membre": whose)
                return True
            if (
                c.token.lower() in ("one", "un")
                and c.unit == "seat"
                and (
                    self.before(_SEATS_VERB_BEFORE, c.start, 40) is not None
                    or any(w in self.text[max(0, c.start - 150) : c.start] for w in _TALLY_WORDS)
                )
            ):
                return True  # "the NDP seven seats, and the Greens one seat", "won one seat": a party's tally
            if c.token.lower() == "one" and c.kind == "count" and c.raw == 1 and c.unit not in _TOLL_OF_ONE:
                # "one woman shouted", "at least one case spilled over", "one boat after another": an
                # article more than a figure; only a toll of one is one ("one person died", "one injured")
                return self.opens_range(c) or self.after(_ONE_AND_ANOTHER_NUMBER_AFTER, c.end) is not None
            # "one year", and "un an et demi" (an article made a number by its half); "entre une à dix
            # minutes", "d'un à trois ans": the first number of a range
            # "One person is critically injured" opening its sentence as well
            return (c.token.lower() == "one" or c.raw != 1 or c.term_part or self.opens_range(c)) and (
                c.unit in t.KNOWN_UNITS or c.kind in ("age", "duration")
            )
        if c.bare and self.after(_MODEL_ORDERED_AFTER, c.end) is not None:
            c.unit, c.noun = "plane", True  # "quarante A350", "vingt 787", "cinquante 737": aircraft ordered
            return True
        if c.bare and (people := self.people_said_after(c.end)) is not None:
            c.unit, c.noun = people, True  # "six were minors", "trois étaient des femmes": people, said after
            return True
        return (
            not c.bare
            or c.listed
            or self.reached(c)
            or self.among_these(c)
            # "Au nombre de soixante-six (66)": a number said twice, as official texts write a key figure
            or c.restated
            and c.raw > 1
            # "289 in intensive care, a net increase of three", "a gain of nine", "une hausse de trois": a change
            # in words of the count before
            or c.raw > 1
            and self.change_before(c.start)
            # "six died, a drop from eight the previous year", "contre huit l'an dernier": the value before, in
            # words
            or c.raw > 1
            and self.may_hold(c.start, 24, (" from ", "contre "))
            and self.before(_EARLIER_VALUE_BEFORE, c.start, 24) is not None
            # "two boys of six and seven": their ages, in words
            or 0 < c.raw <= MAX_AGE
            and self.may_hold(c.start, 48, (" of ",))
            and self.before(_PERSON_OF_BEFORE, c.start, 48) is not None
            or self.may_hold(c.start, 16, _CREW_WORDS)
            and self.before(_CREW_OF_BEFORE, c.start, 16) is not None
            # "15 aircraft had faulty parts. Three have been repaired": the sentence's subject, its noun said
            # before
            or c.word
            and _opens_sentence(self.text, c.start)
            and _AUXILIARY_AFTER.match(self.text, c.end) is not None
            # "the other three will not go back", "all three had already been sent home", "only six will report":
            # people the sentence counts, the noun said before
            or c.word
            and 1 < c.raw <= MAX_COUNTED_BY_VERB
            and _MODAL_AFTER.match(self.text, c.end) is not None
            and self.before(_QUANTIFIER_BEFORE, c.start, 16) is not None
            # "Five of the six on board were killed": the whole a part was counted of
            or c.word
            and c.raw > 1
            and self.may_hold(c.start, 24, (" of ",))
            and self.before(_PART_OF_THE_BEFORE, c.start, 32) is not None
        )

    def people_said_after(self, pos: int) -> str | None:
        """The people a number counts, named after a copula right after it: "six were minors", "three are
        women", "trois étaient des enfants"; None if the word after the copula names no people."""
        m = _COPULA_PEOPLE_AFTER.match(self.text, pos)
        if m is None:
            return None
        word = m.group("w").lower()
        if word in _MINORS:
            return "minor"
        unit = t.UNIT_NOUNS.get(word)
        return unit if unit in _PEOPLE_AFTER_ANAPHORA else None

    def to_figure(self, c: _Cand) -> Figure:
        if (
            c.kind == "count"
            and c.scale is not None
            and c.scale >= _WRITTEN_OUT
            and c.unit in ("heures", "hours", "jours", "days")
        ):
            # "8,4 millions d'heures travaillées", "1.2 million hours of overtime": hours counted, a span
            c.kind, c.unit = (
                "duration",
                t.DURATION_UNITS["fr" if c.unit in ("heures", "jours") else "en"][c.unit],
            )
        if (
            c.kind == "money"
            and c.scale is None
            and c.currency in _DOT_GROUPED_CURRENCIES
            and self.lang != "fr"
            and c.raw >= 10
            and _ONE_DOT_GROUP_RE.fullmatch(c.token)
        ):
            # "the lowest price, 153.890 euros": euros are never given to the thousandth, so the dot groups the
            # thousands, as a Belgian or Swiss paper writes in English too
            c.value = c.raw * 1000
        value = float(c.value)
        figure = Figure(self.text[c.start : c.end], value, c.kind, c.unit, c.currency, c.start, c.end)
        if c.kind == "count" and c.unit is None and self.age_bracketed(c):
            figure.kind = "age"  # "said Akimu (35), lying in a hospital bed": a person's age, the English way
        elif (
            c.kind == "count"
            # "a boy of 17 was pulled out alive", "a man of 52 died": what befell him, no noun counted
            and (c.unit is None or not c.noun or t.NOUN_CONCEPTS.get(c.unit, c.unit) in _FATE_OF_A_PERSON)
            and 0 < value <= 110
            and value.is_integer()
            and self.before(_PERSON_OF_BEFORE, c.start, 48)
        ):
            # "a disabled man of 52", "two boys of 6 and 7": their ages
            figure.kind, figure.unit = "age", None
        if c.unit in ("vol", "vols") and self.thefts:
            # "70 649 vols ont été comptabilisés" of cars: thefts, in a text of no flight
            figure.unit = "theft"
        elif c.unit in t.NOUN_CONCEPTS:
            figure.unit = t.NOUN_CONCEPTS[c.unit]  # "687 vols", "830 flights": one thing counted
        elif c.unit == "die" and self.lang == "en":
            figure.unit = "death"  # a headline's "Four die" (see fate_after)
        if c.kind == "count" and c.unit in _DURATION_NOUNS:
            figure.kind = "duration"  # "more than 8,000 flight hours": a span of time a word qualifies
        if (
            figure.kind == "percent"
            and figure.unit is None
            and self.turnouts
            and (self.after(_TURNOUT_AFTER, c.end) or self.before(_TURNOUT_BEFORE, c.start, 64))
            and not self.after(_COVERAGE_AFTER, c.end)  # "in over 80% of polling stations": the count's reach
        ):
            figure.unit = "turnout"  # "turnout was 54.63 per cent", "le taux de participation s'élève à 58 %"
        elif figure.kind == "percent" and figure.unit is None and self.after(_VOTE_SHARE_AFTER, c.end):
            figure.unit = "vote"  # "obtient 41% des suffrages": a share of the votes, no turnout
        if (
            figure.kind == "count"
            and figure.unit in ("age", "group", "bracket", "range", "band", "category", "cohort")
            and value <= MAX_AGE
            and _AGE_GROUP_NAMED_AFTER.match(self.text, c.end) is not None
        ):
            figure.kind, figure.unit = "age", None  # "the 80-89 age bracket": the ages of a group
        if figure.kind == "percent" and (
            self.may_hold(c.start, 40, _THRESHOLD_HINTS)
            and self.before(_THRESHOLD_BEFORE, c.start, 40) is not None
            or _THRESHOLD_AFTER.match(self.text, c.end) is not None
        ):
            # "la barre des 50 % des suffrages", "the 5% threshold": a rule, no measure
            figure.threshold = True
        if figure.kind == "percent" and (place := self.place_after(c.end)) is not None:
            figure.place = place  # "9,1 % au Nouveau-Brunswick": a place's rate (see mark_rates_listed)
            self.rated.append(figure)
        elif figure.kind == "percent" and c.part:
            # "Neuchâtel (78%), Genève (75%)": a list of places' rates
            figure.place, figure.part = c.place, True
        if (
            (
                figure.kind == "count"
                and figure.unit is None
                or figure.kind == "duration"
                and figure.unit == "years"
            )
            and 50 <= value <= 75
            and value.is_integer()
            and self.may_hold(c.start, 64, _RETIREMENT_HINTS)
            and _RETIRING_AT_BEFORE.search(self.text, max(0, c.start - 64), c.start) is not None
        ):
            # "the retirement age, from 62 to 64", "keep working until 65", "travailleront jusqu'à 65 ans"
            figure.kind, figure.unit = "age", None
        elif (
            figure.kind == "duration"
            and figure.unit == "years"
            and MIN_WORKING_AGE <= value <= MAX_AGE
            and _WORKED_UNTIL_BEFORE.search(self.text, max(0, c.start - 40), c.start) is not None
        ):
            figure.kind, figure.unit = "age", None  # "j'ai travaillé jusqu'à 108 ans": the age she worked to
        if (
            figure.kind == "count"
            and figure.unit in _BURNED_WORDS
            and (word := self.after(_WORD_AFTER, c.end)) is not None
            and _BURNS_AFTER.match(self.text, word.end())
        ):
            figure.unit = "burn"  # "dont 41 atteintes de brûlures": the burned, a raw word read as the noun
        if (
            figure.kind == "count"
            and figure.unit is None
            and self.may_hold(c.start, 32, ("seating",))
            and self.before(_SEATING_OF_BEFORE, c.start, 32) is not None
        ):
            # "a seating strength of 42": the seats of a bus or a hall, no people counted
            figure.unit = "seat"
        if figure.kind == "count" and figure.unit in _SOUGHT_PEOPLE:
            figure.unit = next(
                (
                    unit
                    for hints, pattern, reach, unit in _PEOPLE_OF_BEFORE
                    if self.may_hold(c.start, reach, hints) and self.before(pattern, c.start, reach)
                ),
                figure.unit,
            )
        if figure.kind == "count":
            figure.place = c.place or self.place_after(c.end) or self.place_with_before(c.start)
            if figure.place is None and c.unit is None and (origin := self.origin_after(c.end)) is not None:
                figure.place = origin
                if country_names().get(folded(origin)) is not None:
                    figure.unit = "national"  # "27 from Mexico": 27 Mexicans; "12 from Medellin", the town's
            if figure.place is None and (opened := self.place_opening(c.start)) is not None:
                figure.place = opened
                self.opened.append(figure)
            figure.part = c.part
            # counts are read in order: the first of each sentence is the first asked about
            opening = self.sentence_start(c.start)
            first = self._first_counts.setdefault(opening, c.start)
            if figure.place is None and not c.part and figure.unit in _TOLL_PLACE_UNITS:
                # "In Haiti, which the storm grazed, authorities reported at least 31 deaths", "Jamaica's
                # minister confirmed 19 deaths": the one country its sentence names
                # "..., while authorities in neighbouring Mozambique reported 20 deaths": a country named after the
                # sentence's first count and before this one is this one's
                nearer = self.countries_named(first, c.start) if first < c.start else {}
                last = [*nearer.values()][-1] if nearer else None
                if last is not None and not self.opens_clause_of(last, first, c.start):
                    last = None  # "huit décès en Hongrie et neuf disparus": the place of the count before
                figure.place = last or self.sentence_country(opening, first)
            if (
                c.unit == "injury"
                and self.holds_after(c.end, 40, _SERIOUS_HINTS)
                and self.after(_SERIOUSLY_AFTER, c.end)
            ):
                figure.unit = "critical"  # "20 blessés graves", "10 people seriously injured": the worst hurt
            elif (
                c.unit == "injury"
                and self.holds_after(c.end, 40, _LIGHT_HINTS)
                and self.after(_LIGHTLY_AFTER, c.end)
            ):
                figure.unit = "light"  # "49 blessés légers", "30 slightly injured": a part of the injured
        if c.unit == "case" and (
            self.lang == "fr"
            and self.after(_FATAL_CASES_AFTER, c.end)
            or self.lang == "en"
            and self.after(_FATAL_CASES_EN_AFTER, c.end)
        ):
            # "100.306 cas d'overdoses fatales", "12 cas mortels", "three fatal cases": the dead
            figure.unit = "death"
        if (
            figure.unit == "victim"
            and self.lang == "fr"
            and self.before(_MADE_VICTIMS_BEFORE, c.start, 40)
            and _HARM_RE.search(self.text, self.sentence_start(c.start), c.start)
        ):
            figure.unit = "death"  # "s'est écrasé, faisant 42 victimes": the toll of the dead
        if (c.kind == "count" or c.kind == "percent") and (
            self.earlier_words
            and self.said_earlier(c.start, c.end)
            or self.may_hold(c.start, 60, _CHANGED_FROM_HINTS)
            and self.changed_from(c)
        ):
            figure.earlier = True
        if (
            c.kind == "count"
            and not figure.earlier
            and self.holds_prior_event
            and self.after_prior_event(c.start)
        ):
            # "The tragedy comes six weeks after a gas explosion ..., leaving 48 others injured": another
            # event's toll, which disputes nothing of this one's
            figure.earlier = True
        if (
            c.kind in ("temperature", "money")
            and self.may_hold(c.start, EARLIER_RECORD_REACH, ("record", "établi", "had been"))
            and (record := self.before(_EARLIER_RECORD_RE, c.start, EARLIER_RECORD_REACH)) is not None
            and not any(ch.isdigit() for ch in record.group("gap"))
        ):
            # "Un premier record avait été établi mardi au même endroit, à 49,9°C", "26 times larger than the
            # previous record $7.5-million fine"
            figure.earlier = True
        if (
            c.kind == "age"
            and self.before(_PAST_AGE_BEFORE, c.start, 32)
            and _WHEN_AFTER_RE.match(self.text, c.end) is not None
        ):
            figure.earlier = True  # "who was a 23-year-old volunteer when she was kidnapped": her age then
        if c.kind == "age" and self.text.endswith(_AT_JUST_ENDINGS, max(0, c.start - 9), c.start):
            figure.earlier = True  # "First capped at just 17, he ...": the age a person had then
        if (
            c.kind == "money"
            and self.may_hold(c.start, EXAMPLE_REACH, _EXAMPLE_HINTS)
            and _EXAMPLE_RE.search(
                self.text, max(self.sentence_start(c.start), c.start - EXAMPLE_REACH), c.start
            )
        ):
            figure.example = True  # "someone paying $1,200 in monthly rent could soon pay up to $1,270"
        if c.kind == "age" and self.before(_AGE_TO_COME_BEFORE, c.start, 32):
            figure.later = True
        elif (
            c.kind in ("percent", "money", "count")
            and self.forecasts
            and self.may_hold(c.start, FORECAST_REACH, _FORECAST_HINTS)
            and (verb := _FORECAST_BEFORE.search(self.text, max(0, c.start - FORECAST_REACH), c.start))
            is not None
            and _PROVIDES_FOR_BEFORE.search(self.text, max(0, verb.start() - 40), verb.start() + 10) is None
        ):
            figure.later = (
                True  # "expects organic sales growth between 6 percent and 8 percent": a value to come
            )
        elif c.kind == "percent" and self.after(_GOAL_NOUN_AFTER, c.end) is not None:
            figure.later = True  # "the bank's 2% target", "its 2 per cent inflation goal": a value aimed at
        if (
            c.kind == "money"
            and c.currency == self.dollar
            and ("$" in figure.text or "dollar" in figure.text.lower())
            and _MARKED_DOLLAR_RE.search(figure.text) is None
            and (giver := self.dollar_country_opening(c.start)) is not None
        ):
            figure.currency = (
                giver  # "La Nouvelle-Zélande a porté son aide à 2,2 millions de dollars": its own
            )
        if (
            c.currency == "USD"
            and figure.text.startswith("$")
            and self.after(_US_CONVERSION_AFTER, c.end)
            and "Canad" in (self.places or self.text)
        ):
            figure.currency = "CAD"  # "$70 billion (US$52 billion)" in a report on Canada: Canadian dollars
        if c.currency in ("USD", "CAD") and "US" not in figure.text and self.after(_IN_CANADIAN_AFTER, c.end):
            figure.currency = "CAD"  # "$790,000 in Canadian currency": that amount, not the text's others
        elif c.currency == "CAD" and figure.text.startswith("$") and self.after(_DOLLARS_US_AFTER, c.end):
            figure.currency = "USD"  # "$900 million U.S. worth of assets" on a Canadian site
        elif c.currency == "CAD" and c.scale == _HUNDREDTH and self.after(_CENTS_US_AFTER, c.end):
            figure.currency = "USD"  # "the loonie slid to 72.17 cents US": the Canadian dollar's worth
        approx = _approximation_before(self.text[max(0, c.start - 24) : c.start])
        if approx:
            figure.approx = approx
        elif c.at_least:
            figure.approx = "at least"
        elif c.estimate:
            figure.approx = "about"
        if c.kind == "percent" and c.unit == "point" and self.text[c.start - 1 : c.start] in _SIGNS:
            figure.change = True  # "(+0,53 pp)", "-0.19 percentage points": a change in points
        if c.kind == "count" and (
            self.change_before(c.start)
            or self.additional_before(c.start)
            or self.after(_CHANGE_AFTER, c.end)
            and not self.before(_TOLL_AND_BEFORE, c.start, 64)
            and not self.hurt_besides_the_dead(c)
        ):
            figure.change = True
        elif (
            c.kind == "money"
            and (
                self.after(_AMOUNT_DIFFERENCE_AFTER, c.end)
                # "une augmentation de 5,77 ct/kWh", "a rise of $5 million": as "5.8 centimes more"
                or self.change_before(c.start)
                # "(+3,3 milliards de dollars)", "+$12 million": a gain
                or self.text[c.start - 1 : c.start] == "+"
                # "an additional $53.8 million in donations", as "57 millions de dollars supplémentaires"
                or self.additional_before(c.start)
                or self.lang == "en"
                and self.text[max(0, c.start - 5) : c.start].rstrip().endswith(("up", "down"))
                and self.before(_UP_DOWN_BEFORE, c.start, 16) is not None
            )
        ):
            figure.change = True  # "paying approximately £2,300 less", "2 300 livres de plus par an"
        if (
            (figure.unit == "national" or figure.unit in _CITIZENS)
            and not figure.place
            and "fr" in self.langs
        ):
            people = self.after(_NATIONALS_OF_AFTER, c.end)
            name = people.group("p").lower() if people is not None else ""
            if name and (_a_person_of(name) or _a_person_of(name.removesuffix("s"))):
                # "702 ressortissants chinois", "ressortissants belges", "dix citoyens chinois": of that people
                figure.unit, figure.place = "national", name
        elif figure.unit in _CITIZENS and figure.place and _a_people(figure.place):
            figure.unit = "national"  # "12 Chinese citizens": nationals of that people
        return figure


def _said_before(money: list[_Cand], c: _Cand, converted: dict[int, _Cand]) -> _Cand:
    """The amount whose currency a bare amount at ``c`` is in: the last one said before it, as reported
    (not its conversion in brackets), or with none before it the nearest after ("la perte se limitera à 757
    millions de francs ... le bénéfice brut atteint 3,596 milliards ... plus de 20 milliards de dollars": the
    francs)."""
    before = [m for m in money if m.end <= c.start]
    restated = [
        m for m in before if m.scale is not None and 0 < abs(m.value - c.value) <= RESTATED_AMOUNT * m.value
    ]
    if c.scale is not None and restated:
        # "une amende de 4,3 milliards d'euros ... une amende de 2,4 milliards de $ ... 4,34 milliards
        # d'amende": the amount said earlier, restated to the next digit, is in its currency
        return max(restated, key=lambda m: m.start)
    if before:
        latest = max(before, key=lambda m: m.start)
        last = converted.get(id(latest), latest)
        counts = Counter(m.currency for m in before)
        if counts[last.currency] == 1 and len(before) - 1 >= OUTLIER_CURRENCY_LEAST:
            # one amount in another currency among the text's ("17 millions d'euros gelée par les autorités
            # libyennes" among Canadian dollars): the bare amount after it is in the text's own currency
            usual = counts.most_common(1)[0][0]
            if counts[usual] >= OUTLIER_CURRENCY_LEAST:
                return max((m for m in before if m.currency == usual), key=lambda m: m.start)
        return last
    return min(money, key=lambda m: abs(m.start - c.start))


#: How close a bare scaled amount must be to an amount said before it to be that amount restated.
RESTATED_AMOUNT = Decimal("0.02")
#: How many amounts of one currency make it the text's own, when one amount in another currency comes last.
OUTLIER_CURRENCY_LEAST = 2


#: Francophone countries and regions outside France, whose reports give no French département's code.
_BEYOND_FRANCE = ("Belgique", "Flandre", "Wallonie", "Bruxelles", "Suisse", "Québec", "Luxembourg")


@lru_cache(maxsize=256)
def _beyond_france(places: str) -> bool:
    """Whether a text is about a francophone country other than France: it names one and never France."""
    return "France" not in places and any(name in places for name in _BEYOND_FRANCE)


@lru_cache(maxsize=64)
def _currency_of_places(code: str, places: str, publisher: str = "") -> str | None:
    """The currency of ``code`` (a name several countries' currencies share) for the country ``places``
    names; on a tie, the country ``publisher`` (the publisher's name and the country of its address) names.
    Cached: an article's title, TL;DR and body are read with the same ``places``, the whole article, and
    scanning it for every country's names once is enough."""
    least = _LEAST_MENTIONS.get(code, 1)
    if code in _MOST_MENTIONED:
        # "Rs 100 million" in a report on Sri Lanka that names India twice, Sri Lanka five times: the rupee of
        # the country the text names most (the publisher's, then the first listed, on a tie)
        counts = [
            (sum(places.count(n) for n in names), sum(publisher.count(n) for n in names), -i, iso)
            for i, (iso, names) in enumerate(t.SHARED_CURRENCY_NAMES[code])
            if names
        ]
        best = max(counts, default=(0, 0, 0, None))
        if best[0]:
            return best[3]
    if code == "CFA":
        # a Gabonese paper quoting "le Sénégalais" who broke the news: its francs are Central Africa's
        central = sum(places.count(n) for n in t.SHARED_CURRENCY_NAMES[code][0][1])
        west = sum(places.count(n) for n in t.WEST_AFRICAN_CFA)
        if central == west:
            central += sum(publisher.count(n) for n in t.SHARED_CURRENCY_NAMES[code][0][1])
            west += sum(publisher.count(n) for n in t.WEST_AFRICAN_CFA)
        return "XAF" if central > west else "XOF"
    return next(
        (
            iso
            for iso, names in t.SHARED_CURRENCY_NAMES[code]
            if not names
            or (
                any(n in places for n in names)
                if least == 1
                else sum(places.count(n) for n in names) >= least
            )
        ),
        None,
    )


#: How often a text names a country for a shared name to be that country's currency, when one mention is too
#: few: a Gulf paper converts Renault's savings to "Dh8.1 billion" in a text naming Morocco once, in passing.
_LEAST_MENTIONS = {"DIRHAM": 2}
#: Shared names whose currency is the one of the country the text names most, not the first named (a report
#: on the Nobel prizes names Oslo once, Stockholm and the Nobel Foundation more).
_MOST_MENTIONED = frozenset({"RUPEE", "ROUBLE", "CROWN"})


def extract_figures(
    text: str, lang: str, dollar: str = "USD", places: str | None = None, publisher: str = ""
) -> list[Figure]:
    """The key figures of ``text`` sorted by position, without overlaps.

    ``lang`` is "en" or "fr"; any other value applies the rules of both languages. ``dollar`` is the ISO
    code a bare "$" or "dollars" means (the publisher's, see ``currency.local_dollar``). ``places``: the
    text whose country names say which dinar, peso, riyal or CFA franc is meant (the whole article's when
    ``text`` is one of its fields; ``text`` itself by default). ``publisher``: the publisher's name and its
    address's country, which decide between two countries ``places`` names as often.
    """
    # web pages print hyphens as U+2010 or the non-breaking U+2011 ("COVID‑19", "a 30‑year‑old", "2018‑19"):
    # read as "-" (one character for one, so every offset holds), and each figure keeps its text as printed
    read = text.translate(_HYPHENS) if "\u2011" in text or "\u2010" in text else text
    if "-to-" in read:
        # a range hyphenated as one word, "a return of 6-to-8%", "$5-to-$7": read as "6 to 8%" (four characters
        # for four)
        read = _HYPHENATED_TO_RE.sub(" to ", read)
    if "·" in read:
        # a decimal point printed as a raised dot, as British trade papers write it ("€22·625bn", "a 3·4%
        # rise"): read as "." (one character for one)
        read = _RAISED_DECIMAL_RE.sub(".", read)
    if _WORD_RANGE_HINT.search(read) is not None:
        # two number words hyphenated as a range, "trapping five-six vehicles": read with a dash ("five–six")
        read = _WORD_RANGE_RE.sub(_dashed_word_range, read)
    figures = _Extractor(read, lang, dollar, places, publisher).run()
    if read is not text:
        for f in figures:
            f.text = text[f.start : f.end]
    return figures


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
_HYPHENATED_TO_RE = compile_lazily(r"(?<=[0-9%])-to-(?=[0-9$€£])")
_RAISED_DECIMAL_RE = compile_lazily(r"(?<=[0-9])·(?=[0-9])")
#: Small number words, the words of a range hyphenated as one word ("five-six vehicles").
_RANGE_WORDS = {w: n for w, n in _ALL_WORDS.items() if 1 < n <= 20 and w.isalpha()}
_RANGE_WORD = f"(?i:{'|'.join(sorted(_RANGE_WORDS, key=len, reverse=True))})"
_WORD_RANGE_RE = compile_lazily(rf"(?<![\w-])(?P<a>{_RANGE_WORD})-(?P<b>{_RANGE_WORD})(?![\w-])")
#: What every match of :data:`_WORD_RANGE_RE` holds: a hyphen, then a number word (a scan that stops only at
#: hyphens).
_WORD_RANGE_HINT = compile_lazily(rf"-{_RANGE_WORD}(?![\w-])")


def _dashed_word_range(m: re.Match[str]) -> str:
    """A range of two number words, its hyphen a dash when the second is the next one up or two ("five-six",
    "two-three"); anything else as it was ("twenty-five" is one number)."""
    low, high = _RANGE_WORDS[m.group("a").lower()], _RANGE_WORDS[m.group("b").lower()]
    return f"{m.group('a')}–{m.group('b')}" if 0 < high - low <= 2 else m.group()
