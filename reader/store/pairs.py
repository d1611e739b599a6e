"""Pairing orchestration: which stored articles are two language versions of one story.

The evidence and its scoring are :mod:`reader.pairing`'s; here they meet the database: explicit links first
(a shared story id, an alternate URL, a link), then automatic pairing of an article just stored with the
candidates sharing its names or specific figures (found through the ``pair_keys`` table), by hand pairs and
unpairs, and the figure comparison of a pair.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TypeVar

from reader.analysis import normalise_value
from reader.figures import compare_figures, matched_value
from reader.model import Figure
from reader.pairing import (
    CLOSER_MARGIN,
    DISPLACE_MARGIN,
    FOLLOW_UP_DAYS,
    FOLLOW_UP_MARGIN,
    MAX_DAYS_APART,
    MUTUAL_PAIR_THRESHOLD,
    NAMES_PAIR_MARGIN,
    OVERWHELM,
    OVERWHELM_UNRELATED,
    PAIR_THRESHOLD,
    SAME_NEWS_DAYS,
    WEAK_PAIR,
    Evidence,
    Sketch,
    days_apart,
    evidence,
    evidence_comparison,
    figure_weight,
    is_pair,
    mutual_pair,
    names_pair,
    other_language,
    score_bound,
    tells_by_figures,
)
from reader.pipeline import Prepared
from reader.records import Comparison, FigureJson, PairJson, PairRecord, StoredArticle
from reader.store.db import Database

#: How far apart two versions of one story may be published and still be paired automatically: as far as
#: pairing's evidence reaches (see ``reader.pairing.MAX_DAYS_APART``).
PAIR_WINDOW_S = MAX_DAYS_APART * 86400
#: How many index candidates are scored when looking for an article's other-language version.
PAIR_CANDIDATES = 8
#: What pairing reads of a candidate to rule it out (see ``score_bound``), and what it reads to score it.
SKETCH_COLUMNS = "id, names, buckets, date_ts"
VIEW_COLUMNS = "id, names, figures, extra_figures, date_ts"
#: How many articles' pairing views (a few kilobytes each) and sketches (about one) are kept in memory.
PAIRING_VIEWS = 5_000
PAIRING_SKETCHES = 20_000
#: How many scores of two articles are kept: stories score a story's members again with each report that
#: may join it, and pairing scores again the candidates it scored for an earlier report.
PAIRING_SCORES = 50_000


class Pairs:
    """The pairs of one library's database, with the pairing views and sketches of recent articles."""

    def __init__(self, db: Database) -> None:
        self.db = db
        #: Asked before an article takes a paired candidate from its partner: (the partner about to lose
        #: it, the candidate, the article) -> whether the partner keeps it. Stories keep a report that fits
        #: its story (another outlet's report joins the story instead of breaking its pair).
        self.keeps_partner: Callable[[int, int, int], bool] = lambda partner, candidate, article: False
        #: Asked before an article is paired with a candidate that has no pair but is in a story of several
        #: reports: (the candidate, the article) -> whether the article may be its version. Stories admit
        #: only an article that fits the story as a whole.
        self.admits: Callable[[int, int], bool] = lambda candidate, article: True
        #: The candidates looked up in the last :meth:`pair_new`, by (article, language): what was stored
        #: does not change until the next one.
        self._looked_up: dict[tuple[int, str], list[int]] = {}
        #: The evidence of the pairs of articles scored lately (by the ids in the order scored), dropped with
        #: either article's view (see :meth:`forget`).
        self._scored: OrderedDict[tuple[int, int], float] = OrderedDict()
        #: Whether the figures of two articles scored lately conflict, by (lower id, higher id).
        self._conflicting: OrderedDict[tuple[int, int], bool] = OrderedDict()
        #: Partners that lost their pair to a better version in the last :meth:`pair_new`.
        self.parted: list[int] = []
        #: Of those, the ones a report took the version from because they share less with it than it shares
        #: with the version (see ``OVERWHELM_UNRELATED``): reports of another event, which leave that story.
        self.unrelated: set[int] = set()
        #: Pairing views and sketches by article id (see ``_auto_pair``); dropped when an article is stored.
        self._views: OrderedDict[int, Evidence] = OrderedDict()
        self._sketches: OrderedDict[int, Sketch] = OrderedDict()

    def forget(self, article_id: int) -> None:
        """Drop what is remembered of an article about to be stored again."""
        self._views.pop(article_id, None)
        self._sketches.pop(article_id, None)
        self._scored.clear()
        self._conflicting.clear()

    def pair(self, a: int, b: int) -> bool:
        """Pair two articles by hand: wins over automatic pairing and survives re-import. True when the pair
        changed an article's sorting date, which the index must then catch up with."""
        ra, rb = self.db.article_record(a), self.db.article_record(b)
        if ra is None or rb is None:
            raise KeyError(a if ra is None else b)
        if ra["lang"] == rb["lang"]:
            raise ValueError(
                f"articles {a} and {b} are both in '{ra['lang'] or 'unknown'}'; pair an English and a French version"
            )
        en, fr = (a, b) if ra["lang"] == "en" or rb["lang"] == "fr" else (b, a)
        with self.db.transaction():
            self.db.unblock_pair(en, fr)
            redated = self.db.add_pair(en, fr, "manual", 1.0)
        return bool(redated)

    def unpair(self, article_id: int) -> int | None:
        """Undo an article's pair; automatic pairing will not bring that pair back. Returns the old partner."""
        if self.db.article_record(article_id) is None:
            raise KeyError(article_id)
        found = self.db.pair_of(article_id)
        if not found:
            return None
        with self.db.transaction():
            self.db.remove_pair_of(article_id)
            self.db.block_pair(found["en"], found["fr"])
        return found["fr"] if found["en"] == article_id else found["en"]

    def comparison(self, en_id: int, fr_id: int) -> Comparison:
        """The figure comparison of a pair: ``matched`` and ``conflicts`` (the same quantity with another
        value), ``near`` (a count and a close estimate of it) and ``rounded`` (the conflicts where one version
        gives the other's value rounded or estimated, ``near`` among them) as ``[english, french]`` figure
        dicts, ``only_en`` and ``only_fr`` as figure dicts."""
        en = self.db.article_record(en_id) or _NO_FIGURES
        fr = self.db.article_record(fr_id) or _NO_FIGURES
        comparison = compare_figures(
            [Figure.from_dict(f) for f in all_figures(en)], [Figure.from_dict(f) for f in all_figures(fr)]
        )
        return {
            "matched": [
                [a.to_dict(), b.to_dict()]
                for a, b in comparison.matched + comparison.repeats + comparison.converted
            ],
            "only_en": [f.to_dict() for f in comparison.only_en],
            "only_fr": [f.to_dict() for f in comparison.only_fr],
            "conflicts": [[a.to_dict(), b.to_dict()] for a, b in comparison.conflicts],
            "near": [[a.to_dict(), b.to_dict()] for a, b in comparison.near],
            "rounded": [[a.to_dict(), b.to_dict()] for a, b in comparison.rounded],
        }

    def all(self, keep: Callable[[PairRecord], bool] = lambda pair: True) -> list[PairJson]:
        """Every pair ``keep`` keeps, with how it was found, its score and the figure comparison (the
        ``pairs`` contract); only those kept are compared."""
        out: list[PairJson] = []
        for p in filter(keep, self.db.all_pairs()):
            out.append(
                {
                    "en": p["en"],
                    "fr": p["fr"],
                    "how": p["how"],
                    "score": round(p["score"], 3),
                    **self.comparison(p["en"], p["fr"]),
                }
            )
        return out

    def pair_new(self, stored: list[tuple[int, Prepared]]) -> list[int]:
        """Inside a transaction: explicit links first, then automatic evidence, for articles just stored (by
        id, with what was stored of them). Returns the ids whose sorting date pairing changed."""
        self._looked_up.clear()
        redated: list[int] = []
        for article_id, item in stored:
            record = _pairing_record(article_id, item)
            if record["lang"] not in ("en", "fr"):
                continue
            current = self.db.pair_of(article_id)
            if current and current["how"] == "manual":
                continue
            partner = self._explicit_partner(record)
            if partner is not None:
                other = self.db.pair_of(partner)
                if not (other and other["how"] == "manual") and not self.db.is_blocked(article_id, partner):
                    en, fr = (article_id, partner) if record["lang"] == "en" else (partner, article_id)
                    redated += self.db.add_pair(en, fr, "explicit", 1.0)
                    continue
            if current and current["how"] == "explicit":
                continue
            figures = [*(item.figures or []), *(item.extra_figures or [])]
            mine = evidence(figures, record["names"], _date(record), item.buckets)
            keys = item.pairing_keys if item.pairing_keys is not None else pair_keys(figures, record["names"])
            redated += self._auto_pair(record, mine, current, keys)
        return redated

    def _explicit_partner(self, record: StoredArticle) -> int | None:
        other_lang = other_language(record["lang"])
        candidates: list[tuple[int, str]] = []
        story = record.get("story")
        if story:
            candidates += self.db.ids_by_story(story)
        for lang, url in (record.get("alternates") or {}).items():
            if lang == other_lang:
                candidates += self.db.ids_by_url(url)
        own_url = record.get("url")
        if own_url:
            candidates += self.db.ids_linking_to(own_url)
        for cid, lang in candidates:
            if cid != record["id"] and lang == other_lang:
                return cid
        return None

    def _auto_pair(
        self, record: StoredArticle, mine: Evidence, current: PairRecord | None, keys: list[str]
    ) -> list[int]:
        """Inside a transaction: pair ``record`` with its best-scoring candidate if the evidence is enough.

        A candidate is first bounded from its sketch (names, date, figure buckets: a short read); only one
        whose bound could beat the best so far has its figures read and matched.
        Returns the ids whose sorting date the new pair changed."""
        best_id, best_score, best_unrelated = None, 0.0, False
        # the best candidate already in a pair it keeps: a report closer to it than to any free candidate,
        # and that fits its story, is another outlet's version of that story, not the partner of a free one
        kept_id, kept_score = None, 0.0
        _remember(self._views, record["id"], mine, PAIRING_VIEWS)
        candidates = self._candidates(record, keys)
        self._load_sketches(candidates)
        # the most promising first: once a candidate scores well, those whose bound cannot beat it are never
        # matched (the best is the same in any order, ties aside)
        bounded = sorted(
            ((self._bound(mine, cand), cand) for cand in candidates),
            key=lambda bound_cand: -bound_cand[0],
        )
        for bound, cand in bounded:
            if cand == record["id"] or not is_pair(bound) or bound <= best_score:
                continue
            if self.db.is_blocked(record["id"], cand):
                continue
            theirs = self.db.pair_of(cand)
            if theirs and theirs["how"] in ("manual", "explicit"):
                continue
            score = self._score(record["id"], mine, cand)
            if not is_pair(score) or score <= best_score:
                continue
            unrelated = False
            if theirs and record["id"] not in (theirs["en"], theirs["fr"]):
                partner = theirs["fr"] if theirs["en"] == cand else theirs["en"]
                margin = self._displace_margin(mine, cand, partner)
                weak = theirs["score"] < WEAK_PAIR
                # what the report shares with the partner it would part (``_score`` remembers it): a report of
                # another event shares little; another outlet's report of the partner's own story as much as a
                # firm pair does
                unrelated = (
                    weak
                    and score >= OVERWHELM_UNRELATED * theirs["score"]
                    and self._score(record["id"], mine, partner) < min(score, WEAK_PAIR)
                )
                overwhelms = unrelated or (weak and score >= OVERWHELM * theirs["score"])
                if theirs["score"] * margin >= score or (
                    not overwhelms
                    and (
                        # another outlet's report of the partner's own story, no closer in time to the version
                        # than the partner (the next day's report is a later event, see _displace_margin),
                        # shares with the partner what a firm pair shares: it joins their story
                        margin == DISPLACE_MARGIN
                        and (
                            self._score(record["id"], mine, partner) >= WEAK_PAIR
                            or self.keeps_partner(partner, cand, record["id"])
                        )
                        # a day closer to a version its partner is of one news cycle with: the report takes
                        # it unless it fits the partner's story as another outlet's report of it (a report of
                        # the next day's event gives one of the story's quantities another value)
                        or margin == CLOSER_MARGIN
                        and self._same_news(cand, partner)
                        and self.keeps_partner(partner, cand, record["id"])
                    )
                ):
                    if score > kept_score:
                        kept_id, kept_score = cand, score
                    continue
            elif not theirs and not self.admits(cand, record["id"]):
                continue
            best_id, best_score, best_unrelated = cand, score, unrelated
        if best_id is None and kept_id is None and current is None:
            self._challenge_names_pairs(record, mine, candidates)
            best_id = self._mutual_partner(record, mine, candidates)
            if best_id is not None:
                best_score = self._score(record["id"], mine, best_id)
        if best_id is None or (current and current["score"] >= best_score):
            return []
        theirs = self.db.pair_of(best_id)
        if (
            not theirs
            and kept_id is not None
            and kept_score > best_score
            and self.admits(kept_id, record["id"])
        ):
            return []  # it joins the kept pair's story (see Stories.place) rather than pairing
        if theirs and record["id"] not in (theirs["en"], theirs["fr"]):
            partner = theirs["fr"] if theirs["en"] == best_id else theirs["en"]
            self.parted.append(partner)
            if best_unrelated:
                self.unrelated.add(partner)
        en, fr = (record["id"], best_id) if record["lang"] == "en" else (best_id, record["id"])
        return self.db.add_pair(en, fr, "auto", best_score)

    def _mutual_partner(self, record: StoredArticle, mine: Evidence, candidates: list[int]) -> int | None:
        """For a report with no candidate at the pairing threshold: its closest candidate, when that one is in no
        pair or story, the report is its closest too and :func:`reader.pairing.mutual_pair` holds of their
        evidence. A short report and a long one of one event may share little, but nothing else in the
        library comes as close to either."""
        if self.db.story_of(record["id"]) is not None:
            return None  # another outlet's report of a story stays in it
        near = [
            cand
            for cand in candidates
            if cand != record["id"] and self._bound(mine, cand) >= MUTUAL_PAIR_THRESHOLD
        ]
        if not any(self._free(record["id"], cand) for cand in near):
            return None  # the closest is in a pair or story, whichever it is: no need to score them
        scored = sorted(((self._score(record["id"], mine, cand), cand) for cand in near), reverse=True)
        if (
            not scored
            or scored[0][0] < MUTUAL_PAIR_THRESHOLD
            or (len(scored) > 1 and scored[1][0] >= scored[0][0])
        ):
            return None  # no candidate close enough, or two as close
        score, cand = scored[0]
        if not self._free(record["id"], cand):
            return None
        theirs = self._view(cand)
        comparison = evidence_comparison(mine, theirs)[1]
        apart = days_apart(mine.date, theirs.date)
        by_figures = mutual_pair(score, comparison, apart)
        if not by_figures and not names_pair(score, apart):
            return None
        rivals = [r for r in self.candidates(cand, record["lang"], span=PAIR_WINDOW_S) if r != record["id"]]
        if not by_figures:
            # names alone: no other report of either language may come near either of the two
            least = score / NAMES_PAIR_MARGIN
            runner_up = max(
                [*self.scores(record["id"], {c: least for c in candidates if c not in (cand, record["id"])}).values(),
                 *self.scores(cand, dict.fromkeys(rivals, least)).values(), 0.0]
            )  # fmt: skip
            return cand if mutual_pair(score, comparison, apart, runner_up) else None
        if self.scores(cand, dict.fromkeys(rivals, score)):
            return None  # the candidate is as close to another report in the report's language
        return cand

    def _free(self, article_id: int, cand: int) -> bool:
        """Whether a candidate may become a report's mutual partner: in no pair or story, and not kept apart
        from it by hand."""
        return not (
            self.db.pair_of(cand)
            or self.db.story_of(cand) is not None
            or self.db.is_blocked(article_id, cand)
        )

    def _challenge_names_pairs(self, record: StoredArticle, mine: Evidence, candidates: list[int]) -> None:
        """Undo a pair that names alone made (see :data:`reader.pairing.NAMES_PAIR_THRESHOLD`) when a report
        stored after it comes near one of its two reports: names told the pair only while nothing else did.
        Both reports go back to pairing as any free report does."""
        for cand in candidates:
            theirs = self.db.pair_of(cand)
            if (
                cand == record["id"]
                or theirs is None
                or theirs["how"] != "auto"
                or theirs["score"] >= PAIR_THRESHOLD
                or record["id"] in (theirs["en"], theirs["fr"])
            ):
                continue
            least = theirs["score"] / NAMES_PAIR_MARGIN
            if self._bound(mine, cand) < least:
                continue
            if self._score(record["id"], mine, cand) < least:
                continue
            _, comparison = evidence_comparison(self._view(theirs["en"]), self._view(theirs["fr"]))
            if comparison is not None and tells_by_figures(comparison):
                continue  # a figure of the event shared: no pair of names alone
            self.parted += [theirs["en"], theirs["fr"]]
            self.db.remove_pair_of(cand)

    def _load_sketches(self, candidates: list[int]) -> None:
        """Read the sketch of every candidate not remembered yet (a short read)."""
        unknown = [c for c in candidates if c not in self._views and c not in self._sketches]
        for row in self.db.article_records(unknown, SKETCH_COLUMNS):
            buckets = row["buckets"]
            if buckets is None:  # stored by a version before the column: read it whole
                self._view(row["id"])
            else:
                _remember(self._sketches, row["id"], _sketch(row, buckets), PAIRING_SKETCHES)

    def scores(self, article_id: int, candidates: dict[int, float]) -> dict[int, float]:
        """The evidence of a stored article with each candidate that reaches the least asked of it; a
        candidate is first bounded from its sketch, and scored only if the bound reaches that least."""
        if not candidates:
            return {}  # the article's own view need not be read (it may have left the cache)
        mine = self._view(article_id)
        out = {}
        for cand in self.within_bound(article_id, candidates):
            score = self._score(article_id, mine, cand)
            if score >= candidates[cand]:
                out[cand] = score
        return out

    def score(self, article_id: int, cand: int) -> float:
        """The evidence that two stored articles are versions of one story (``pair_score``), kept for the
        next time it is asked."""
        return self._score(article_id, self._view(article_id), cand)

    def within_bound(self, article_id: int, candidates: dict[int, float]) -> list[int]:
        """The candidates whose evidence with a stored article may reach the least asked of each: its bound
        does (see :func:`reader.pairing.score_bound`); none is scored."""
        if not candidates:
            return []
        mine = self._view(article_id)
        self._load_sketches(list(candidates))
        return [cand for cand, least in candidates.items() if self._bound(mine, cand) >= least]

    def _bound(self, mine: Evidence, cand: int) -> float:
        """:func:`reader.pairing.score_bound` of a candidate, from its view when it is kept, else its sketch
        (read by :meth:`_load_sketches`)."""
        return score_bound(mine, self._views.get(cand) or self._sketches[cand])

    def _score(self, article_id: int, mine: Evidence, cand: int) -> float:
        key = (article_id, cand)  # in order: matching figures is not quite symmetric
        score = self._scored.get(key)
        if score is None:
            score, comparison = evidence_comparison(mine, self._view(cand))
            _remember(self._scored, key, score, PAIRING_SCORES)
            if comparison is not None:
                # a rounding marks no story as disagreeing (see reader.stories.versions_disagree)
                conflicting = len(comparison.conflicts) > len(comparison.rounded)
                _remember(self._conflicting, (min(key), max(key)), conflicting, PAIRING_SCORES)
        return score

    def conflicting(self, a: int, b: int) -> bool | None:
        """Whether the figures of two articles conflict, when they were compared lately to score them (None
        when not): a story of the two shows it without comparing them again.
        Which article is compared first does not change whether they conflict (checked on 5,023 pairs)."""
        return self._conflicting.get((min(a, b), max(a, b)))

    def window(self, article_id: int) -> tuple[float, float] | None:
        """The dates around a stored article within which its other versions are looked for."""
        when = self._view(article_id).date
        # a stored article's date is a datetime, or none
        return _window(when.timestamp() if isinstance(when, datetime) else None)

    def _displace_margin(self, mine: Evidence, cand: int, partner: int) -> float:
        """How many times the evidence of ``cand``'s pair a report needs to take ``cand`` from ``partner``:
        any more when the report is closer to it in time (the next day's report of another event lost its
        place to the same day's version), else :data:`DISPLACE_MARGIN` (another outlet's report of the story
        that shares a little more with one version is not a better version of it)."""
        when = self._view(cand).date
        mine_apart, theirs_apart = days_apart(mine.date, when), days_apart(self._view(partner).date, when)
        if mine_apart is not None and theirs_apart is not None and mine_apart < theirs_apart:
            # a partner published days after the version is a follow-up ("the first week of the rollout"
            # against the first shot): the version's own day's report takes it with a little less evidence
            return FOLLOW_UP_MARGIN if theirs_apart - mine_apart >= FOLLOW_UP_DAYS else CLOSER_MARGIN
        return DISPLACE_MARGIN

    def _same_news(self, cand: int, partner: int) -> bool:
        """Whether ``cand``'s partner was published within :data:`SAME_NEWS_DAYS` of it."""
        apart = days_apart(self._view(partner).date, self._view(cand).date)
        return apart is not None and apart <= SAME_NEWS_DAYS

    def view(self, article_id: int) -> Evidence:
        """An article's pairing evidence (figures, names, date), kept for the next time."""
        return self._view(article_id)

    def candidates(
        self, article_id: int, lang: str, *, looked_up: bool = False, span: float | None = None
    ) -> list[int]:
        """Articles in ``lang`` sharing names or specific figures with a stored article, dated close to it
        (those pairing just looked up for an article of the last :meth:`pair_new` are not read again; with
        ``looked_up``, only those, else none). With ``span``, those dated within ``span`` seconds of it,
        looked up afresh."""
        found = None if span is not None else self._looked_up.get((article_id, lang))
        if found is not None or looked_up:
            return found or []
        view = self._view(article_id)
        (row,) = self.db.article_records([article_id], "id, names, date_ts")
        keys = pair_keys(view.figures, row["names"])
        if span is not None:
            lo, hi = _window(row["date_ts"], span) or (None, None)
            return self.db.pair_candidates(article_id, keys, lang, lo, hi, PAIR_CANDIDATES)
        return self._candidates({**row, "lang": other_language(lang)}, keys)

    def _view(self, article_id: int) -> Evidence:
        """An article's pairing view, kept for the next time: the same candidates come up again and
        again in an import, and decoding their figures each time is costly."""
        view = self._views.get(article_id)
        if view is None:
            (record,) = self.db.article_records([article_id], VIEW_COLUMNS)
            view = _pairing_view(record)
        _remember(self._views, article_id, view, PAIRING_VIEWS)
        return view

    def _candidates(self, record: StoredArticle, keys: list[str]) -> list[int]:
        """Other-language articles sharing ``keys`` (names, specific figures: :func:`pair_keys`) with
        ``record``, dated close to it.

        Found through the ``pair_keys`` index, never by comparing with every article.
        """
        other_lang = other_language(record["lang"])
        lo, hi = _window(record.get("date_ts")) or (None, None)
        found = self.db.pair_candidates(record["id"], keys, other_lang, lo, hi, PAIR_CANDIDATES)
        self._looked_up[record["id"], other_lang] = found
        return found


def _window(ts: float | None, span: float = PAIR_WINDOW_S) -> tuple[float, float] | None:
    """The dates, around a date's timestamp, within which an article's other versions are looked for."""
    return None if ts is None else (ts - span, ts + span)


def pair_keys(figures: list[Figure], names: Iterable[str]) -> list[str]:
    """Keys two versions of a story are likely to share: proper names and figures specific enough to tell."""
    keys = {f"n:{n}" for n in names}
    keys |= {k for k in map(figure_key, figures) if k is not None}
    return sorted(keys)


def figure_key(f: Figure) -> str | None:
    """A figure's pairing key, if it is specific enough to be one."""
    if figure_weight(f) < 0.3:
        return None
    # an amount to the cent is the same amount to the dollar ("$16,288.41", "16 288 $")
    value = matched_value(f.kind, f.value) if f.kind == "money" else f.value
    return f"f:{f.kind}:{normalise_value(value)}"


def _date(record: StoredArticle) -> datetime | None:
    date_ts = record.get("date_ts")
    return datetime.fromtimestamp(date_ts) if date_ts is not None else None


def _pairing_record(article_id: int, item: Prepared) -> StoredArticle:
    """What pairing reads of an article just stored, as the database would give it back."""
    article = item.article
    return {
        "id": article_id,
        "lang": article.lang,
        "url": article.url,
        "story": article.story,
        "alternates": article.alternates,
        "names": item.names or [],
        "date_ts": article.date.timestamp() if article.date else None,
    }


def _pairing_view(record: StoredArticle) -> Evidence:
    figures = [Figure.from_dict(f) for f in record["figures"] + record.get("extra_figures", [])]
    return evidence(figures, record["names"], _date(record))


def _sketch(record: StoredArticle, buckets: str) -> Sketch:
    return Sketch(frozenset(record["names"]), _date(record), frozenset(buckets.split()))


_K = TypeVar("_K", int, tuple[int, int])
_V = TypeVar("_V")


def _remember(cache: OrderedDict[_K, _V], key: _K, value: _V, size: int) -> None:
    """Put ``value`` last in an LRU ``cache`` of ``size`` entries."""
    cache[key] = value
    cache.move_to_end(key)
    while len(cache) > size:
        cache.popitem(last=False)


#: What a comparison reads of an article that is gone: no figures.
_NO_FIGURES: StoredArticle = {"id": 0, "figures": []}


def all_figures(record: StoredArticle) -> list[FigureJson]:
    """A stored article's figures in every field: the body's, then the title's and the TL;DR's. Figures
    stored before they carried a field are the body's, and the title's for the extra ones."""
    body = [f if "field" in f else {**f, "field": "body"} for f in record["figures"]]
    extra = [f if "field" in f else {**f, "field": "title"} for f in record.get("extra_figures") or []]
    return body + extra
