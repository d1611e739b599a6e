"""Did-you-mean: the indexed words closest to a query's unknown words, spelt as articles write them."""

from __future__ import annotations

import time
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from whoosh import query as q
from whoosh.codec.base import Automata
from whoosh.support.levenshtein import distance

from reader.model import display_text
from reader.records import StoredArticle
from reader.store.query_syntax import QueryError
from reader.store.whoosh_backend import scoring, vocabulary
from reader.store.whoosh_backend.query import LANG_FIELDS, ParsedQuery, analyse_query, parsing_schema

#: Bounds on did-you-mean: how long a word it corrects, how many words, how long it may take in all.
SUGGEST_MAX_WORD = 30
SUGGEST_MAX_WORDS = 6
SUGGEST_BUDGET_S = 0.3

#: The stored records of some article ids (``title``, ``blocks``, ``summary``), from the library's database.
Records = Callable[[list[int]], Iterable[StoredArticle]]
#: Whether a parsed query finds more than a number of articles, the library's filters applied.
FindsMore = Callable[[ParsedQuery, int], bool]


def _analysed(lang: str, word: str) -> list[str]:
    return list(parsing_schema()[LANG_FIELDS[lang][1]].process_text(word, mode="query"))


def _known(searcher: Any, word: str) -> bool:
    """Whether the word (as each language analyses it) is in the index at all; stop words count as known."""
    analysed = False
    for lang, fields in LANG_FIELDS.items():
        stems = _analysed(lang, word)
        analysed = analysed or bool(stems)
        for stem in stems:
            if any(searcher.doc_frequency(f, stem) for f in fields):
                return True
    return not analysed or searcher.doc_frequency("names", word.lower()) > 0


class _WordsCursor:
    """A sorted list of words as Whoosh's term cursor presents a field's terms to an automaton."""

    def __init__(self, words: list[str]) -> None:
        self._words = words
        self._pos = 0

    def text(self) -> str | None:
        return self._words[self._pos] if self._pos < len(self._words) else None

    def find(self, term: str) -> str | None:
        self._pos = bisect_left(self._words, term)
        return self.text()


def _terms_within(
    segments: list[vocabulary.SegmentWords], fieldnames: Iterable[str], text: str, maxdist: int
) -> dict[tuple[str, str], int]:
    """(field, term) -> document frequency in the index, of the indexed terms within ``maxdist`` edits of
    ``text`` (same first letter): what the Levenshtein automaton accepts among the segments' words of that
    first letter and a length within ``maxdist`` of the text's (no other word can be that close)."""
    found: dict[tuple[str, str], int] = {}
    shortest, longest = len(text) - maxdist, len(text) + maxdist
    dfa = scoring.levenshtein_dfa(text, maxdist, 1)
    for fieldname in fieldnames:
        windows = [dict(words.window(fieldname, text[0], shortest, longest)) for words in segments]
        near: set[str] = set()
        for window in windows:
            near.update(window)
        for term in Automata.find_matches(dfa, _WordsCursor(sorted(near))):
            found[(fieldname, term)] = sum(window.get(term, 0) for window in windows)
    return found


def _correction(records: Records, searcher: Any, word: str) -> str | None:
    """The closest indexed word to ``word`` (fewest edits, then most documents), as articles write it."""
    stems = {lang: _analysed(lang, word) for lang in LANG_FIELDS}
    segments = vocabulary.searcher_words(reader for reader, _ in scoring.engine(searcher).leaves)
    best: tuple[int, int, str, str] | None = None  # (distance, -df, stem, field)
    for maxdist in (1, 2) if len(word) >= 6 else (1,):
        for lang, fields in LANG_FIELDS.items():
            if len(stems[lang]) != 1:
                continue
            stem = stems[lang][0]
            for (fieldname, cand), df in _terms_within(segments, fields, stem, maxdist).items():
                if cand != stem:
                    key = (distance(cand, stem), -df, cand, fieldname)
                    best = key if best is None or key < best else best
        if best is not None:
            break
    if best is None:
        return None
    return _surface(records, searcher, best[3], best[2]) or best[2]


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?:;\n"


def _surface(records: Records, searcher: Any, fieldname: str, stem: str) -> str | None:
    """How articles write the word indexed as ``stem``: its commonest form in a few articles that have it,
    in lower case unless it is only ever capitalised, and capitalised mid-sentence (a name: NightHarbor)."""
    ids = [int(hit["id"]) for hit in searcher.search(q.Term(fieldname, stem), limit=5)]
    analyzer = searcher.schema[fieldname].analyzer
    counts: Counter[str] = Counter()
    lower_seen: set[str] = set()
    names: dict[str, str] = {}
    for record in records(ids):
        texts = (
            (record["title"], True),
            (display_text(record.get("blocks") or []), False),
            (record.get("summary") or "", False),
        )
        for text, is_title in texts:
            for t in analyzer(text, chars=True, mode="index"):
                if t.text != stem:
                    continue
                form = text[t.startchar : t.endchar]
                low = form.lower()
                counts[low] += 1
                if form == low:
                    lower_seen.add(low)
                elif not is_title and not _sentence_start(text, t.startchar):
                    names.setdefault(low, form)
    if not counts:
        return None
    word = counts.most_common(1)[0][0]
    return names[word] if word in names and word not in lower_seen else word


def suggest(
    searcher: Any, parsed: ParsedQuery, total: int, records: Records, finds_more: FindsMore
) -> str | None:
    """A corrected query that finds more than ``total`` articles, or None."""
    text = parsed.text
    replacements: list[tuple[int, int, str]] = []
    deadline = time.perf_counter() + SUGGEST_BUDGET_S
    tried = 0
    for s, e in parsed.words:
        word = text[s:e]
        if len(word) < 4 or len(word) > SUGGEST_MAX_WORD or _known(searcher, word):
            continue
        tried += 1
        if tried > SUGGEST_MAX_WORDS or time.perf_counter() > deadline:
            break
        fixed = _correction(records, searcher, word)
        if fixed and fixed.lower() != word.lower():
            if word[0].isupper() and fixed.islower():
                fixed = fixed[0].upper() + fixed[1:]
            replacements.append((s, e, fixed))
    if not replacements:
        return None
    corrected = text
    for s, e, fixed in reversed(replacements):
        corrected = corrected[:s] + fixed + corrected[e:]
    try:
        better = analyse_query(corrected)
    except QueryError:
        return None
    return corrected if finds_more(better, total) else None
