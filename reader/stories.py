"""Stories: every report of one event, in either language, and their figures compared across all of them.

A story grows from the evidence that pairs two versions (:mod:`reader.pairing`): shared specific figures,
names and close dates. A report joins a story of two or more reports only when it fits the story as a
whole, not one member of it:

- its evidence, averaged over every member (a member it shares nothing with counts 0), reaches
  :data:`JOIN_AVERAGE` and a share of what the members share among themselves (:data:`COHESION_SHARE`), and
  its best member reaches the pairing threshold; one weak link never chains an unrelated report into a
  story;
- a good share of its specific figures are the story's quantities (:data:`JOIN_COVERAGE`): found in some
  member with the same value, or (counting half) with a diverging one. A follow-up of the same family (the
  next day's new record, a later operation of the same agency) shares names and a few background figures,
  but its own figures are new; another outlet's report of the same event reports the same quantities, even
  where it disagrees. A full report with a breakdown of its own needs less coverage when its evidence is
  strong (:data:`STRONG_AVERAGE`), and none when the evidence alone tells one event
  (:data:`DECISIVE_AVERAGE`).
  A report with too few specific figures to tell joins with the usual average when the story reports all
  of them, or half of them with :data:`HALF_AVERAGE`; else it needs one of them in the story (unless it has
  none), and either most of all its
  figures of some weight in the story too (:data:`BROAD_COVERAGE`: a brief of the event repeats the
  story's round amounts) or :data:`JOIN_AVERAGE_WITHOUT_FIGURES`; a report with no figure of any weight
  joins from :data:`FIGURELESS_AVERAGE` (so does one with a single round figure of its own), and one with
  figures of its own only with :data:`STRONG_AVERAGE` and :data:`CLOSE_MEMBER` with one version.

The figures of a story are one table (:func:`quantity_table`): a row per quantity, a column per version.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from reader.figures.compare import compare_figures, converted_amounts, distinct, relative_gap
from reader.model import Figure
from reader.pairing import PAIR_THRESHOLD, figure_weight

#: The least evidence, averaged over a story's members, for a report to join the story.
JOIN_AVERAGE = 2.0
#: The least share of a report's specific figures that must be quantities of the story.
JOIN_COVERAGE = 0.4
#: ... or, when none of them gives one of the story's quantities another value, the least share of them the
#: story reports with the same value: another outlet's report of the event with figures of its own beside one
#: of the story's three ("the same 2,500 evacuees" and two breakdowns of its own). A report of another event of
#: the family gives the story's quantities new values, even close ones (the next day's heat record).
UNDISPUTED_COVERAGE = 1 / 3
#: A report must share at least this part of the evidence the story's members share among themselves: two
#: reports of one event share far more than the stock names and amounts an unrelated report shares with them.
COHESION_SHARE = 0.4
#: A specific figure the story reports with another value counts this share towards the coverage ...
DIVERGING_SHARE = 0.5
#: ... and fully when the two values are this close (relative to the larger) or one amount in two currencies:
#: another count of the same toll ("Trente-deux morts" against 36), not a follow-up's new figure.
CLOSE_DIVERGING = 0.15
#: Below this many specific figures, coverage says little: the report needs a stronger average instead.
MIN_SPECIFIC_FIGURES = 3
JOIN_AVERAGE_WITHOUT_FIGURES = 4.0
#: A report with no figure of any weight (no toll, no amount: a short dispatch of an event, a portrait of
#: its people) has only names and dates to tell its story by, and joins from this average evidence. Over the
#: check sets, such decoys and reports of other events reach 2.30 at most, with all of them imported into one
#: library; another outlet's report of the event 2.4 to 4.3, often short of the bar figures need.
FIGURELESS_AVERAGE = 2.35
#: A short report with half of its few specific figures in the story joins from this average evidence (another
#: outlet's brief with one figure of its own; a brief of another fine sharing one amount has less, 2.5). Over
#: the check sets no decoy with that share of figures reaches 3.3; other outlets' briefs do from 2.2 on.
HALF_AVERAGE = 2.6
#: A report whose average evidence reaches STRONG_AVERAGE (the story's versions share several specific
#: figures and rare names with it, the same week) joins with this coverage and this many of the story's
#: specific figures: a follow-up of the same family shares names and background, not that much evidence.
STRONG_AVERAGE = 4.5
STRONG_COVERAGE = 0.25
STRONG_MATCHED = 1
#: From this average the evidence alone tells one event (the same rare names, the same days: no two reports
#: of different events in the check sets come near it, with all of them imported into one library), and the
#: report joins whatever its figures: a long report by another outlet (a trial's whole history, a strike's
#: every issue) gives most of its figures as its own, a later one gives the toll as it has grown.
DECISIVE_AVERAGE = 6.0
#: A report this close to one version of the story (another outlet's account of the same day: the same rare
#: names and figures), with HALF_AVERAGE over all the versions, joins with any of the story's quantities,
#: even with another value (a later toll). Of 322 reports of other events in the check sets, two come above
#: it with a member (an appeal's verdict, a second flight's turbulence, which other rules join), the next at
#: 3.91; another outlet's report of the story may share less with the version it pairs with than with the
#: other one (5.21 against 2.70, both French).
CLOSE_MEMBER = 5.0
#: ... and a brief, too short for a coverage, with one of the story's figures, from this evidence with one
#: version: over 109 later check sets (218 extra reports, 216 decoys), 4.0 instead of CLOSE_MEMBER puts 3 more
#: extra reports in their story (192 against 189: briefs naming the story's people and places) and no decoy
#: in one. A full report that close may be a follow-up of the story's family (its names and background), and
#: is judged on its coverage.
CLOSE_BRIEF = 4.0
#: A figure weighing less (a small number, a year, a round value) is background, not the story's own.
SPECIFIC_WEIGHT = 0.5
#: A short report (too few specific figures) is also judged on every figure it gives from this weight (round
#: amounts and counts, not a handful of things): another outlet's brief of the event repeats the round
#: figures of the story ("€60 million", "700,000 computers"), a report of another event has its own.
BROAD_WEIGHT = 0.15
#: A brief with no specific figure and fewer round ones joins when half of them are the story's and its
#: evidence reaches this average: more than the join average, less than names alone need. The decoys of the
#: check sets with round figures of a story have specific ones of their own, or under 2.2.
BRIEF_AVERAGE = 2.5
#: The least number of such figures for their share to tell, and the share the story must report.
BROAD_LEAST = 3
BROAD_COVERAGE = 0.5


def specific_figures(figures: Sequence[Figure]) -> list[Figure]:
    """The figures that identify a story: distinct, not years or dates, not small or round values, and not an
    amount converted into another currency beside the amount as reported ("€150 million ($170 million)"):
    the conversion is the outlet's own arithmetic, which other reports of the story need not share."""
    return _weighing(figures, SPECIFIC_WEIGHT)


def _weighing(figures: Sequence[Figure], least: float) -> list[Figure]:
    converted = converted_amounts(figures)
    kept: list[Figure] = []
    counted: set[float] = set()
    for f in distinct(figures):
        if f.kind in ("year", "date") or figure_weight(f) < least or id(f) in converted:
            continue
        if f.kind == "count":
            # one value said of several nouns ("137 morts", "137 corps", "137 personnes") is one quantity
            if float(f.value) in counted:
                continue
            counted.add(float(f.value))
        kept.append(f)
    return kept


@dataclass(frozen=True, slots=True)
class Fit:
    """How a report fits a story: its evidence with each member, and how many of its specific figures the
    story reports too."""

    scores: tuple[float, ...]
    #: The evidence among the story's own members, averaged over their pairs (0 for a story of one).
    cohesion: float
    #: Specific figures of the report the story reports with the same value, and with another value.
    matched: int
    diverging: int
    specific: int
    #: Of the diverging figures, those close to the story's value (see :data:`CLOSE_DIVERGING`).
    close: int = 0
    #: Every figure of the report from :data:`BROAD_WEIGHT`, and how many of them the story reports (a
    #: diverging value counting half): what a short report is judged on.
    broad: int = 0
    broad_matched: float = 0.0

    @classmethod
    def of_evidence(cls, scores: Sequence[float], cohesion: float = 0.0) -> Fit:
        """A fit known by its evidence alone, no figure compared: enough to tell :meth:`evidence_enough`."""
        return cls(tuple(scores), cohesion, matched=0, diverging=0, specific=0)

    @property
    def average(self) -> float:
        return sum(self.scores) / len(self.scores) if self.scores else 0.0

    @property
    def best(self) -> float:
        return max(self.scores, default=0.0)

    @property
    def coverage(self) -> float | None:
        """The share of the report's specific figures that are the story's quantities, a diverging value
        counting half (the same quantity, or a new one of the same kind: a follow-up's new toll); None
        when the report has too few specific figures to tell."""
        if self.specific < MIN_SPECIFIC_FIGURES:
            return None
        far = self.diverging - self.close
        return (self.matched + self.close + DIVERGING_SHARE * far) / self.specific

    def evidence_enough(self) -> bool:
        """The evidence part of :meth:`joins`: the best member reaches the pairing threshold, the average
        the join average and the share of the story's cohesion."""
        return (
            self.best >= PAIR_THRESHOLD
            and self.average >= JOIN_AVERAGE
            # evidence that alone tells one event needs no share of a story whose versions share even more
            # (an agency's release and a paper's full copy of it, against a wire's shorter account)
            and (self.average >= COHESION_SHARE * self.cohesion or self.average >= DECISIVE_AVERAGE)
        )

    def joins(self) -> bool:
        if not self.evidence_enough():
            return False
        if self.average >= DECISIVE_AVERAGE:
            return True
        coverage = self.coverage
        if coverage is None:  # a short report: all of its few figures the story's, or a strong average
            if self.specific and self.matched == self.specific:
                return True
            if (
                self.specific
                and 2 * (self.matched + self.close) >= self.specific
                and self.average >= HALF_AVERAGE
            ):
                return True  # half of its few specific figures the story's (or close ones), more evidence
            if self.broad >= BROAD_LEAST and self.broad_matched >= BROAD_COVERAGE * self.broad:
                return True  # a brief of the event: most of its round figures are the story's
            if (
                not self.specific
                and self.broad
                and self.broad_matched >= BROAD_COVERAGE * self.broad
                and self.average >= BRIEF_AVERAGE
            ):
                return True  # a brief with one or two round figures, the story's, and names beyond the bar
            if (
                self.best >= CLOSE_BRIEF
                and self.average >= HALF_AVERAGE
                and (self.matched or self.diverging or self.broad_matched)
            ):
                return True  # a brief this close to one version, with one of the story's figures
            if self.best >= CLOSE_MEMBER and self.average >= STRONG_AVERAGE:
                return True  # this close to every version (rare names, the same days): another outlet's brief
            if self.specific and not self.matched and not self.diverging:
                return False  # figures of its own and none of the story's: names alone do not make it one
            if not self.specific and self.broad <= 1:
                # names and dates are all it can tell by, or one round figure ("some 200 people") besides
                return self.average >= FIGURELESS_AVERAGE
            return self.average >= JOIN_AVERAGE_WITHOUT_FIGURES
        if coverage >= JOIN_COVERAGE:
            return True
        # a full report by another outlet gives figures of its own (a breakdown, another source's totals)
        # beside the story's: strong evidence and one of the story's figures make up for a low coverage
        if self.best >= CLOSE_MEMBER and self.average >= HALF_AVERAGE and coverage > 0:
            return True
        return (
            coverage >= STRONG_COVERAGE
            and self.matched + self.close >= STRONG_MATCHED
            and self.average >= STRONG_AVERAGE
        )

    def joins_as_another_report(self) -> bool:
        """Whether a report with no pair of its own joins the story as another outlet's report of it: as
        :meth:`joins` says, or with a third of its specific figures the story's, none of them another value
        (see :data:`UNDISPUTED_COVERAGE`). Not a test of which report is a story's version: pairing asks
        :meth:`joins`."""
        if self.joins():
            return True
        return (
            self.evidence_enough()
            and self.coverage is not None
            and not self.diverging
            and self.matched >= UNDISPUTED_COVERAGE * self.specific
        )


def story_fit(
    report: Sequence[Figure],
    scores: Sequence[float],
    members: Sequence[Sequence[Figure]],
    cohesion: float = 0.0,
    stock: int = 0,
    every: Sequence[Figure] | None = None,
) -> Fit:
    """The fit of a report (its figures) with a story: ``scores`` holds its evidence with each member (0 for
    a member it shares nothing with), ``members`` their figures, ``cohesion`` the members' evidence among
    themselves (see :attr:`Fit.cohesion`). ``stock`` counts the report's specific figures left out of
    ``report`` because they are common currency: they count among its figures, but never as the story's.
    ``every``: all the report's figures, when ``report`` holds only some of them."""
    own = specific_figures(report)
    story = distinct(f for figures in members for f in figures)
    matched, diverging, close = _found(own, story)
    fit = Fit(tuple(scores), cohesion, matched, diverging, len(own) + stock, close)
    if fit.coverage is not None:
        return fit
    broad = _weighing(report if every is None else every, BROAD_WEIGHT)
    broad_matched, broad_diverging, _ = _found(broad, story)
    return replace(fit, broad=len(broad), broad_matched=broad_matched + DIVERGING_SHARE * broad_diverging)


def _found(figures: list[Figure], story: list[Figure]) -> tuple[int, int, int]:
    """How many of a report's ``figures`` the story reports with the same value, with another value, and of
    these with a close one (see :data:`CLOSE_DIVERGING`)."""
    if not figures or not story:
        return 0, 0, 0
    comparison = compare_figures(figures, story, far_counts=True)
    # a rounding of the story's value is that value as evidence of the event; a close estimate, a value apart
    near = {id(a) for a, _ in comparison.near}
    estimated = [p for p in comparison.rounded if id(p[0]) not in near]
    rounded = {id(a) for a, _ in estimated}
    # an amount in another currency tells the event no better than another value of it would; a close
    # estimate ("365 hospitalised" against "près de 400 blessés") is a value apart, close
    diverging = [p for p in comparison.conflicts if id(p[0]) not in rounded] + comparison.converted
    close = sum(1 for a, b in diverging if relative_gap(float(a.value), float(b.value)) <= CLOSE_DIVERGING)
    return (
        len({id(a) for a, _ in comparison.matched + comparison.repeats + estimated}),
        len(diverging),
        close,
    )


@dataclass
class Quantity:
    """One quantity of a story: its value in each version that reports it (by article id)."""

    kind: str
    unit: str | None
    values: dict[int, Figure] = field(default_factory=dict)
    #: A version reports another value than the others.
    disagree: bool = False
    #: The values differ only as one version rounds or estimates another's ("53.21 percent", "53 %").
    rounded: bool = False

    def partial(self, versions: int) -> bool:
        """Only some of the ``versions`` report it."""
        return len(self.values) < versions


def versions_disagree(versions: Sequence[tuple[int, Sequence[Figure]]]) -> bool:
    """Whether a version reports another value of a quantity than the others (a row of
    :func:`quantity_table` that disagrees); two versions are compared once, without building the table."""
    if len(versions) == 2:
        first, second = (
            [f for f in distinct(figures) if f.kind not in ("year", "date")] for _, figures in versions
        )
        comparison = compare_figures(first, second)
        return len(comparison.conflicts) > len(comparison.rounded)
    return any(q.disagree and not q.rounded for q in quantity_table(versions))


def quantity_table(versions: Sequence[tuple[int, Sequence[Figure]]]) -> list[Quantity]:
    """The story's figures as rows of quantities: each version's figures are matched against the rows so
    far (with the EN/FR comparison's rules: a figure with another value of the same quantity is that
    quantity, disagreeing); what matches no row starts a row. Rows that disagree come first, then those
    only some versions report, each group in the order the figures first appear."""
    rows: list[Quantity] = []
    representative: list[Figure] = []  # the first figure of each row, as the row is compared
    for article_id, figures in versions:
        own = [f for f in distinct(figures) if f.kind not in ("year", "date")]
        comparison = compare_figures(representative, own)
        row_of = {id(f): i for i, f in enumerate(representative)}
        for rep, f in comparison.matched + comparison.repeats + comparison.converted:
            rows[row_of[id(rep)]].values.setdefault(article_id, f)
        roundings = {id(rep) for rep, _ in comparison.rounded}
        for rep, f in comparison.conflicts:
            row = rows[row_of[id(rep)]]
            row.values.setdefault(article_id, f)
            # a rounding leaves a row "rounded" only while no version gives it a value apart
            row.rounded = id(rep) in roundings and (row.rounded or not row.disagree)
            row.disagree = True
        for f in comparison.only_fr:
            rows.append(Quantity(f.kind, f.currency if f.kind == "money" else f.unit, {article_id: f}))
            representative.append(f)
    count = len(versions)
    return sorted(rows, key=lambda r: (not r.disagree, not r.partial(count)))
