"""The Whoosh full-text index: one index, both languages, each analysed its own way.

English text goes to ``*_en`` fields (Porter stemming, English stop words); French text to ``*_fr`` fields
(Snowball French stemming, French stop words, then accent folding so ``rançongiciels`` and ``rancongiciel``
meet). Figures are indexed by normalised value in ``figs`` so a query written in any format finds them.
The index holds no article text of its own: SQLite is the source of truth and the index can always be rebuilt.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Collection, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.analysis import (
    CharsetFilter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, TEXT, Schema
from whoosh.lang import stopwords_for_language
from whoosh.support.charset import accent_map

INDEX_NAME = "articles"
#: Bumped whenever analysis or the schema changes; an index of another version is rebuilt from SQLite.
INDEX_VERSION = "4"
VERSION_FILE = "newsreader-index-version"


def _fold(word: str) -> str:
    return word.translate(accent_map).lower() if word else word


#: Stop words compared after lowercasing and accent folding (the analyzers fold before they stop).
EN_STOPS = frozenset(_fold(w) for w in stopwords_for_language("en"))
#: Snowball's French list lacks some of the commonest words (``les`` first of all).
_MORE_FR_STOPS = (
    "les a cette cet ceux celle celles dont où plus aussi comme être avoir sans entre tout tous toute toutes si car"
    " donc ni leurs sous selon chez après avant depuis lors très"
).split()
FR_STOPS = frozenset(_fold(w) for w in [*stopwords_for_language("fr"), *_MORE_FR_STOPS])
#: Query words dropped in every field: a word that is a stop word in one language would otherwise be
#: required in the other language's fields, and ``the ransomware`` would never find English articles.
QUERY_STOPS = EN_STOPS | FR_STOPS


def english_analyzer(stops: frozenset[str] = EN_STOPS):
    """Lowercase, accent folding, English stop words, Porter stemming."""
    return (
        RegexTokenizer()
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StopFilter(stoplist=stops, minsize=2)
        | StemFilter(cachesize=50000)
    )


def french_analyzer(stops: frozenset[str] = FR_STOPS):
    """Lowercase, accent folding, French stop words, Snowball French stemming.

    Folding comes before stemming: the French stemmer treats ``sécurité`` and ``securite`` differently
    (``secur`` / ``securit``), so stemming folded words is what lets a query typed without accents match.
    """
    return (
        RegexTokenizer()
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StopFilter(stoplist=stops, minsize=2)
        | StemFilter(lang="fr", cachesize=50000)
    )


def build_schema(en_stops: frozenset[str] = EN_STOPS, fr_stops: frozenset[str] = FR_STOPS) -> Schema:
    en = english_analyzer(en_stops)
    fr = french_analyzer(fr_stops)
    return Schema(
        id=ID(stored=True, unique=True, sortable=True),
        lang=ID(),
        title_en=TEXT(analyzer=en, field_boost=2.0),
        body_en=TEXT(analyzer=en),
        title_fr=TEXT(analyzer=fr, field_boost=2.0),
        body_fr=TEXT(analyzer=fr),
        names=KEYWORD(lowercase=True, scorable=True),
        figs=KEYWORD(lowercase=True),
        source=KEYWORD(lowercase=True, commas=True),
        feed=KEYWORD(lowercase=True, commas=True),
        tag=KEYWORD(lowercase=True, commas=True),
        date=DATETIME(sortable=True),
        sort_ts=NUMERIC(int, bits=64, sortable=True),
    )


def query_schema() -> Schema:
    """The schema the query parser analyses with: the index's fields, every stop word of both languages
    dropped everywhere (see ``QUERY_STOPS``), including from ``names``."""
    schema = build_schema(QUERY_STOPS, QUERY_STOPS)
    schema["names"].analyzer = (
        RegexTokenizer(r"[^\s]+") | LowercaseFilter() | StopFilter(stoplist=QUERY_STOPS, minsize=2)
    )
    return schema


def figure_tokens(figures: Iterable[dict[str, Any]]) -> list[str]:
    """Index tokens for figures: the bare value, ``kind:value`` and, for money, ``CUR:value``."""
    tokens: list[str] = []
    for f in figures:
        value = normalise_value(f["value"])
        tokens += [value, f"{f['kind']}:{value}"]
        if f.get("currency"):
            tokens.append(f"{f['currency'].lower()}:{value}")
    return sorted(set(tokens))


def normalise_value(value: float) -> str:
    """One spelling per number: ``145000``, ``2300000``, ``12.5``."""
    value = float(value)
    if value.is_integer():
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def document(record: dict[str, Any]) -> dict[str, Any]:
    """The index document of a stored article record (as returned by the database)."""
    lang = record["lang"] or ""
    suffix = "fr" if lang == "fr" else "en"
    body_parts = [*record.get("tldr", []), record.get("summary", "")]
    body_parts += [b["text"] for b in record.get("blocks", [])]
    doc: dict[str, Any] = {
        "id": str(record["id"]),
        "lang": lang or "unknown",
        f"title_{suffix}": record["title"],
        f"body_{suffix}": "\n".join(p for p in body_parts if p),
        "names": " ".join(n.replace(" ", "_") for n in record.get("names", [])),
        "figs": " ".join(figure_tokens(record.get("figures", []) + record.get("extra_figures", []))),
        "source": record.get("source") or "",
        "feed": record.get("feed") or "",
        "tag": ",".join(record.get("tags") or []),
        "sort_ts": int(record.get("sort_ts") or 0),
    }
    date = _displayed_date(record)
    if date is not None:
        doc["date"] = date
    return doc


def _displayed_date(record: dict[str, Any]) -> datetime | None:
    """The article's date on its own clock (as displayed), so ``date:2025-03-01`` means the date the reader
    sees, not the UTC date, which differs for an article published just after midnight in Paris."""
    if record.get("date"):
        try:
            return datetime.fromisoformat(record["date"]).replace(tzinfo=None)
        except ValueError:
            pass
    if record.get("date_ts") is not None:
        return datetime.fromtimestamp(record["date_ts"], UTC).replace(tzinfo=None)
    return None


class Index:
    """Opens (or creates) the index under ``path`` and keeps a searcher that is refreshed after writes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._searcher = None
        self._retired = None  # the searcher before the current one, closed at the next change
        self.ix = self._open()

    def _open(self):
        self.path.mkdir(parents=True, exist_ok=True)
        if whoosh_index.exists_in(str(self.path), indexname=INDEX_NAME):
            return whoosh_index.open_dir(str(self.path), indexname=INDEX_NAME)
        ix = whoosh_index.create_in(str(self.path), build_schema(), indexname=INDEX_NAME)
        (self.path / VERSION_FILE).write_text(INDEX_VERSION + "\n", encoding="utf-8")
        return ix

    @staticmethod
    def check(path: Path) -> str | None:
        """None when the index at ``path`` opens and reads; else the reason it cannot be used."""
        try:
            if not whoosh_index.exists_in(str(path), indexname=INDEX_NAME):
                return "index missing"
        except Exception as exc:  # exists_in reads the TOC, which may itself be damaged
            return f"index unreadable ({type(exc).__name__})"
        try:
            version = (path / VERSION_FILE).read_text(encoding="utf-8").strip()
        except OSError:
            version = ""
        if version != INDEX_VERSION:
            return "index built by another version"
        try:
            ix = whoosh_index.open_dir(str(path), indexname=INDEX_NAME)
            with ix.searcher() as s:
                s.doc_count()
            ix.close()
        except Exception as exc:  # any failure to read means: rebuild from SQLite
            return f"index unreadable ({type(exc).__name__})"
        return None

    @classmethod
    def recreate(cls, path: Path) -> Index:
        shutil.rmtree(path, ignore_errors=True)
        return cls(path)

    def write(
        self,
        records: Iterable[dict[str, Any]],
        delete_ids: Iterable[int] = (),
        *,
        new_ids: Collection[int] = (),
    ) -> int:
        """Add or replace documents; one commit. Returns the number of documents written.

        ``new_ids`` are articles the index cannot hold yet: they are added without the delete-by-id lookup
        that replacing costs. Segments are written as separate files (not compound), which a searcher maps
        instead of reading into memory: the reader's memory stays flat as the library grows.
        """
        n = 0
        with self._lock:
            writer = self.ix.writer(limitmb=256, compound=False)
            try:
                for article_id in delete_ids:
                    writer.delete_by_term("id", str(article_id))
                for record in records:
                    if record["id"] in new_ids:
                        writer.add_document(**document(record))
                    else:
                        writer.update_document(**document(record))
                    n += 1
            except BaseException:
                writer.cancel()
                raise
            writer.commit()
            self._refresh()
        return n

    def optimize(self) -> None:
        with self._lock:
            self.ix.optimize()
            self._refresh()

    def _refresh(self) -> None:
        if self._searcher is not None and not self._searcher.up_to_date():
            self._reopen()

    def _reopen(self) -> None:
        """A new searcher on the latest generation. Not ``Searcher.refresh()``: Whoosh then reuses the reader
        of every segment whose id did not change, so documents deleted since (the old version of an updated
        article) stay visible, and segments merged away are added back and searched twice."""
        if self._retired is not None:
            self._retired.close()
        # The current searcher may still be in use by a search that started before the change.
        self._retired = self._searcher
        self._searcher = self.ix.searcher()

    def searcher(self):
        """The shared searcher, reopened only when the index changed (cheap to call per query)."""
        with self._lock:
            if self._searcher is None:
                self._searcher = self.ix.searcher()
            elif not self._searcher.up_to_date():
                self._reopen()
            return self._searcher

    def doc_count(self) -> int:
        return self.searcher().doc_count()

    def close(self) -> None:
        with self._lock:
            for searcher in (self._searcher, self._retired):
                if searcher is not None:
                    searcher.close()
            self._searcher = self._retired = None
            self.ix.close()
