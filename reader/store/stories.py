"""Story orchestration: which stored articles report one event, in either language.

When a report joins a story is :mod:`reader.stories`'s rule; here it meets the database. A pair makes a
story of its two versions (or brings the new version into its partner's story). A report without a pair
joins the candidate story it fits best, found through the same candidate index as pairing, in both
languages; when a pair makes a new story, the reports of it stored before join it if they fit. A paired
report keeps its partner when another outlet's report of the story comes: pairing asks
:meth:`Stories.keeps_partner`, and the newcomer joins the story instead. Decisions made by hand (``story
join``, ``story split``) win and survive re-import.
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.model import Figure
from reader.pairing import PAIR_THRESHOLD, other_language, score_bound
from reader.records import PairRecord, StoryArticle, StoryJson
from reader.store.db import Database
from reader.store.pairs import Pairs, all_figures, figure_key
from reader.stories import (
    COHESION_SHARE,
    STRONG_COVERAGE,
    Fit,
    quantity_table,
    specific_figures,
    story_fit,
    versions_disagree,
)

#: The least evidence with a story's version in the other language for the story to be looked at.
LOOK_AT_STORY = 1.0
#: How far apart in time a report without a pair may be from a story it joins (seconds): coverage of an
#: event goes on for days after the first reports (a minister's statement, the costs counted), and a
#: pair's versions are looked for within a week only.
STORY_WINDOW_S = 14 * 86400
#: A figure reported by this many articles outside a story, within the pairing window, is no evidence that
#: a report belongs to that story.
COMMON_FIGURE = 3


class Stories:
    """The stories of one library's database."""

    def __init__(self, db: Database, pairs: Pairs) -> None:
        self.db = db
        self.pairs = pairs
        pairs.keeps_partner = self.keeps_partner
        pairs.admits = self.admits
        #: Reports that found no story within the pairing window, looked at again when the import ends (see
        #: :meth:`place_later`): most of them pair with a version the same import brings.
        self.later: dict[int, int | None] = {}  # each with the story it must not join (see place)

    # -- the rule applied to stored articles ----------------------------------------------------------

    def fit(self, article_id: int, others: Iterable[int]) -> Fit:
        others = [o for o in others if o != article_id]
        mine = self.pairs.view(article_id)
        views = [self.pairs.view(o) for o in others]
        # the evidence is bounded first: a report whose bounds do not reach the bars (the pairing threshold
        # with one member, the join average) cannot join, and its figures need not be matched. Then each
        # member's bound gives way to its score, the highest first, until the bars are out of reach.
        scores = [score_bound(mine, v) for v in views]
        bounded = Fit.of_evidence(scores)
        if not bounded.evidence_enough():
            return bounded
        for i in sorted(range(len(others)), key=lambda i: -scores[i]):
            scores[i] = self.pairs.score(article_id, others[i])
            bounded = Fit.of_evidence(scores)
            if not bounded.evidence_enough():
                return bounded
        among = [self.pairs.score(a, b) for i, a in enumerate(others) for b in others[i + 1 :]]
        cohesion = sum(among) / len(among) if among else 0.0
        on_evidence = Fit.of_evidence(scores, cohesion)
        if not on_evidence.evidence_enough():
            return on_evidence  # which figures are common need not be asked
        specific = specific_figures(mine.figures)
        window = self.pairs.window(article_id)
        own = [f for f in specific if not self._common(f, article_id, others, window)]
        # the versions in the report's language first, the closest first: their figures stand for the story's
        # where two versions give one value in two nouns ("18,000 fishermen", "18 000 pêcheurs"), so the fit
        # does not hang on the order the versions were stored in
        langs = {r["id"]: r["lang"] for r in self.db.article_records([article_id, *others], "id, lang")}
        order = sorted(
            range(len(views)),
            key=lambda i: (langs.get(others[i]) != langs.get(article_id), -scores[i], others[i]),
        )
        return story_fit(
            own,
            scores,
            [views[i].figures for i in order],
            cohesion,
            stock=len(specific) - len(own),
            every=mine.figures,
        )

    def _common(
        self, figure: Figure, article_id: int, story: list[int], window: tuple[float, float] | None
    ) -> bool:
        """Whether a figure is common currency in the library around the article's date (``window``):
        reported by :data:`COMMON_FIGURE` articles or more outside the story (a stock amount, a usual fine),
        so that sharing it says nothing about being one story."""
        key = figure_key(figure)
        if key is None:
            return False
        others = self.db.ids_with_key(key, window, COMMON_FIGURE + len(story) + 1)
        return len(set(others) - set(story) - {article_id}) >= COMMON_FIGURE

    def keeps_partner(self, partner: int, candidate: int, article: int) -> bool:
        """Whether ``partner`` keeps ``candidate`` when the new ``article`` scores higher with it: it does
        when the article is another report of their story rather than a better version, that is when the
        partner fits the story with the article in it, or the article fits the story with enough figures
        of its own to tell (a short report that fits is left to pairing, which takes the better version)."""
        if self.db.decisions_of(partner).get(candidate):
            return True
        story = self.db.story_of(candidate)
        members = self._members(story) if story is not None else [candidate, partner]
        if self.fit(partner, [*(m for m in members if m != partner), article]).joins():
            return True
        newcomer = self.fit(article, members)
        return newcomer.coverage is not None and newcomer.joins()

    def admits(self, candidate: int, article: int) -> bool:
        """Whether ``article`` may be paired with ``candidate``: always when the candidate is in no story of
        several reports, else when the article fits that story as a whole."""
        story = self.db.story_of(candidate)
        if story is None:
            return True
        members = self._members(story)
        return len(members) < 2 or self.fit(article, members).joins()

    def place(self, article_ids: Iterable[int]) -> None:
        """Inside a transaction: put articles just stored (and paired) in their stories."""
        touched: set[int] = set()
        parted: dict[int, int | None] = {}
        for partner in self.pairs.parted:  # lost its pair to a better version: it leaves that story
            story = self.db.story_of(partner)
            if story is not None and self.db.story_how(story) != "manual":
                if partner not in self.pairs.unrelated and self._still_fits(partner, story):
                    touched.add(story)
                    continue
                self.db.move_to_story(partner, None)
                touched.add(story)
                # a report of another event (see Pairs.unrelated) joins no other report of this story
                parted[partner] = story if partner in self.pairs.unrelated else None
        self.pairs.parted.clear()
        self.pairs.unrelated.clear()
        # then, unpaired, it joins the story it fits as another report (its old one with the better version
        # in it, when it is one of its reports), as any report without a pair does
        for article_id in [*article_ids, *parted]:
            story = self._place(article_id, avoid=parted.get(article_id))
            if story is not None:
                touched.add(story)
        for story in touched:
            self.refresh(story)

    def _still_fits(self, parted: int, story: int) -> bool:
        """Whether a report that lost its pair to a better version stays in their story as another report:
        pairing took it for a version of that event, so the evidence it shares with the story's members is
        enough when it gives none of the story's figures another value and reports one of them (or has too
        few figures to tell), however few of its figures the story reports (a version that gives a total's
        parts, "1,8 milliard" and "2,5 milliards", where the others give "$4.3 billion")."""
        members = [m for m in self._members(story) if m != parted]
        if not members:
            return False
        fit = self.fit(parted, members)
        # a report of another event shares names and some figures too, but gives one of the story's
        # quantities another value (the next day's record, another toll)
        # (nor a later report of the family sharing one of them, most of its own figures new: the next
        # week's fires after a day's heat record)
        coverage = fit.coverage
        return (
            fit.evidence_enough()
            and fit.diverging == 0
            and (coverage is None or fit.matched > 0 and coverage >= STRONG_COVERAGE)
        )

    def _place(self, article_id: int, avoid: int | None = None) -> int | None:
        (record,) = self.db.article_records([article_id], "id, lang, story_id")
        if record["lang"] not in ("en", "fr"):
            return None
        current = record["story_id"]
        if current is not None and self.db.story_how(current) == "manual":
            return None
        never = {other for other, together in self.db.decisions_of(article_id).items() if not together}
        pair = self.db.pair_of(article_id)
        if pair:
            partner = pair["fr"] if pair["en"] == article_id else pair["en"]
            story = self.db.story_of(partner)
            if story is None:
                if current is not None:
                    self.db.move_to_story(partner, current)
                    return current
                story = self.db.new_story([article_id, partner], pair["how"])
                self._gather(story, article_id, record["lang"], partner, pair["score"])
                return story
            if story != current and not self._blocked(story, never):
                self.db.move_to_story(article_id, story)
            return story
        if current is not None:
            return current
        # every story has a version in each language: the other language's candidates find it, and the
        # report need not reach the pairing threshold with that version (a short report may share more with
        # the version in its own language): the fit decides
        story = self._best_story(article_id, record["lang"], never, avoid)
        if story is not None:
            self.db.move_to_story(article_id, story)
        elif self.pairs.window(article_id) is not None:  # undated, its candidates had any date already
            self.later[article_id] = avoid
        return story

    def place_later(self) -> None:
        """Inside a transaction, when an import ends: a report still without a pair or a story may be a later
        report of a story (a follow-up a week or two on) and looks for it over :data:`STORY_WINDOW_S`."""
        later, self.later = self.later, {}
        touched: set[int] = set()
        for article_id, avoid in later.items():
            records = self.db.article_records([article_id], "id, lang, story_id")
            if not records or records[0]["story_id"] is not None or self.db.pair_of(article_id):
                continue
            never = {other for other, together in self.db.decisions_of(article_id).items() if not together}
            story = self._best_story(article_id, records[0]["lang"], never, avoid, span=STORY_WINDOW_S)
            if story is not None:
                self.db.move_to_story(article_id, story)
                touched.add(story)
        for story in touched:
            self.refresh(story)

    def _best_story(
        self, article_id: int, lang: str, never: set[int], avoid: int | None, span: float | None = None
    ) -> int | None:
        """The story in the candidates of either language (dated within ``span`` of the report, or the pairing
        window) the report fits best, if it fits one: another outlet's report may share most with the
        version in its own language (the same wire's toll, a day later), little with the other."""
        best: tuple[float, int] | None = None
        seen: set[int] = set()
        for candidates_lang in (other_language(lang), lang):
            wanted, story_of = self._wanted(
                article_id, candidates_lang, loose=False, least=LOOK_AT_STORY, span=span
            )
            # a story is looked at when one of its members among the candidates reaches what is asked of it;
            # whether it fits is asked first, from bounds, so that most stories are ruled out unscored
            near: dict[int, list[int]] = {}
            for cand in self.pairs.within_bound(article_id, wanted):
                near.setdefault(story_of[cand], []).append(cand)
            for story, members_near in near.items():
                if story in seen or story == avoid or self._blocked(story, never):
                    continue
                fit = self.fit(article_id, self._members(story))
                if not fit.joins_as_another_report():
                    seen.add(story)
                    continue
                if not any(self.pairs.score(article_id, cand) >= wanted[cand] for cand in members_near):
                    continue  # not looked at from this language's candidates
                seen.add(story)
                if best is None or fit.average > best[0]:
                    best = (fit.average, story)
        return None if best is None else best[1]

    def _gather(self, story: int, article_id: int, lang: str, partner: int, cohesion: float) -> None:
        """A pair has just made a story of ``article_id`` (in ``lang``) and ``partner``: the reports of it
        stored before (another outlet's, in either language, in no story yet) join it when they fit it.
        They are the pair's candidates in the other language of each, as pairing looked them up in this
        import (none are looked up again). A report that fits shares at least a share of the pair's own
        evidence with one of the two, so only candidates that may reach it are scored."""
        least = max(PAIR_THRESHOLD, COHESION_SHARE * cohesion)
        found: list[int] = []
        for version, other_lang in ((article_id, other_language(lang)), (partner, lang)):
            loose = self._candidate_stories(version, other_lang, loose=True, least=least, looked_up=True)
            found += loose.get(-1, [])
        decided = self.db.decisions_of(article_id)
        for other in dict.fromkeys(found):
            members = self._members(story)
            if other in members or other in decided:
                continue
            if self.fit(other, members).joins_as_another_report():
                self.db.move_to_story(other, story)

    def _candidate_stories(
        self,
        article_id: int,
        lang: str,
        *,
        loose: bool = False,
        least: float = PAIR_THRESHOLD,
        looked_up: bool = False,
        span: float | None = None,
    ) -> dict[int, list[int]]:
        """Candidates in ``lang`` in a story (or with ``loose``, in none and unpaired, under -1) with
        evidence enough to pair, by story; with ``looked_up``, only those pairing already looked up. Which
        story a candidate is in is read first: only those that matter are scored."""
        wanted, story_of = self._wanted(
            article_id, lang, loose=loose, least=least, looked_up=looked_up, span=span
        )
        out: dict[int, list[int]] = {}
        for cand in self.pairs.scores(article_id, wanted):
            out.setdefault(story_of[cand], []).append(cand)
        return out

    def _wanted(
        self,
        article_id: int,
        lang: str,
        *,
        loose: bool,
        least: float,
        looked_up: bool = False,
        span: float | None = None,
    ) -> tuple[dict[int, float], dict[int, int]]:
        """The candidates :meth:`_candidate_stories` scores, with the least evidence asked of each, and the
        story of each (-1: none)."""
        wanted: dict[int, float] = {}
        story_of: dict[int, int] = {}
        candidates = self.pairs.candidates(article_id, lang, looked_up=looked_up, span=span)
        stories = self.db.stories_of(candidates) if candidates else {}
        for cand in candidates:
            story = stories.get(cand)
            if (story is None) != loose:
                continue
            pair = self.db.pair_of(cand)
            if loose and pair:  # paired: it makes a story of its own
                continue
            # a story's pair tells its cohesion: a report that fits shares a share of it with a member
            wanted[cand] = max(least, COHESION_SHARE * pair["score"]) if pair else least
            story_of[cand] = -1 if story is None else story
        return wanted, story_of

    def _members(self, story: int) -> list[int]:
        return [m for m, _ in self.db.story_members(story)]

    def _blocked(self, story: int, never: set[int]) -> bool:
        return bool(never) and any(m in never for m in self._members(story))

    def refresh(self, story: int) -> None:
        """Count a story's versions and whether they disagree (what its row in a list shows)."""
        members = self.db.story_members(story)
        if not members:
            return
        self.db.set_heads(story)  # pairing may have moved an undated version's sorting date
        ids = [m for m, _ in members]
        known = self.pairs.conflicting(*ids) if len(ids) == 2 else None
        disagree = known if known is not None else versions_disagree(self._versions(ids))
        en = sum(1 for _, lang in members if lang == "en")
        self.db.set_story_summary(story, en, len(members) - en, disagree)

    def _versions(self, ids: list[int]) -> list[tuple[int, list[Figure]]]:
        """Each member's figures, from the pairing views (kept in memory during an import)."""
        return [(i, self.pairs.view(i).figures) for i in ids]

    # -- decisions made by hand ------------------------------------------------------------------------

    def join(self, ids: list[int]) -> int:
        """Make ``ids`` one story by hand (taking them out of their stories). Returns the story's id."""
        for article_id in ids:
            if self.db.article_record(article_id) is None:
                raise KeyError(article_id)
        with self.db.transaction():
            story = next((s for s in map(self.db.story_of, ids) if s is not None), None)
            if story is None:
                story = self.db.new_story(ids, "manual")
            else:
                for article_id in ids:
                    self.db.move_to_story(article_id, story)
                self.db.set_story_how(story, "manual")
            for a in ids:
                for b in ids:
                    if a < b:
                        self.db.decide(a, b, True)
            self.refresh(story)
        return story

    def split(self, article_id: int) -> int | None:
        """Take an article out of its story by hand; it never joins those reports again. Returns the story
        it left (None if it was in none)."""
        if self.db.article_record(article_id) is None:
            raise KeyError(article_id)
        story = self.db.story_of(article_id)
        if story is None:
            return None
        with self.db.transaction():
            for other, _ in self.db.story_members(story):
                if other != article_id:
                    self.db.decide(article_id, other, False)
            pair = self.db.pair_of(article_id)
            if pair:
                self.db.remove_pair_of(article_id)
                self.db.block_pair(pair["en"], pair["fr"])
            self.db.move_to_story(article_id, None)
            if self.db.story_members(story):
                self.refresh(story)
        return story

    # -- reading -------------------------------------------------------------------------------------

    def record(self, story: int) -> StoryJson | None:
        """A story as the ``stories`` contract gives it: id, title, its articles, how it was formed, its
        best English/French pair and its quantities (one row per quantity, a value per version)."""
        members = self._members(story)
        if not members:
            return None
        records = {r["id"]: r for r in self.db.article_records(members)}
        articles: list[StoryArticle] = [
            {"id": i, "lang": records[i]["lang"], "source": records[i]["source"], "date": records[i]["date"]}
            for i in members
        ]
        best = self.best_pair(story)
        lead = best["en"] if best else max(members, key=lambda i: (records[i]["sort_ts"], i))
        table = quantity_table([(i, [Figure.from_dict(f) for f in all_figures(records[i])]) for i in members])
        return {
            "id": story,
            "title": records[lead]["title"],
            "articles": articles,
            "how": self.db.story_how(story),
            "pair": [best["en"], best["fr"]] if best else None,
            "quantities": [
                {
                    "kind": q.kind,
                    "unit": q.unit,
                    "values": {str(i): f.to_dict() for i, f in q.values.items()},
                    "disagree": q.disagree,
                    "rounded": q.rounded,
                }
                for q in table
            ],
        }

    def best_pair(self, story: int) -> PairRecord | None:
        """The story's best English/French pair: made by hand, then from explicit links, then the
        highest-scoring automatic one."""
        rank = {"manual": 0, "explicit": 1, "auto": 2}
        pairs = [
            p
            for p in map(self.db.pair_of, (m for m, lang in self.db.story_members(story) if lang == "en"))
            if p
        ]
        return min(pairs, key=lambda p: (rank.get(p["how"], 3), -p["score"]), default=None)
