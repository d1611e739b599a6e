"""Compare the key figures of the English and French versions of a story.

Set semantics: a figure repeated in one article counts once, represented by its first occurrence. Two
figures match when their values are equal and their kinds, currencies and units are compatible: counted
nouns match across languages through the unit table (``serveurs`` and ``servers`` are both "server"), and a
count with a noun on one side and none on the other still matches. A last pass matches the same value when
one side lost its unit: a bare count ("18") against a duration, age, percentage or count ("18 months").

Conflicts are the same quantity reported with different values ("$4.4 million" against "5 millions de
dollars"). They are looked for after matching, only among figures left unmatched on *both* sides, and a
conflicted figure is no longer listed as found in one version only. A false warning ("the versions
disagree") costs the reader more than a missed one, since it claims an error the reporters did not make, so
the rules are tight and every one needs evidence that the two figures measure the same thing:

- money: the same currency and values within 20% of the larger (rounding, "nearly", an updated total);
  a currency is strong evidence, two unrelated sums within 20% of each other are rare. A bare "$" is the
  publisher's dollar, a guess, so it is the same currency as any other dollar (see :func:`same_currency`);
  an amount given only as an order of magnitude ("des centaines de millions d'euros") conflicts with the
  other version's one amount when that lies well outside it, in any currency (see :func:`_order_conflict`);
  and an amount left in each version of one value in two currencies ("$100 million", "100 millions
  d'euros") is one amount whose currency is disputed (see :func:`_currency_conflicts`);
- temperature: the same scale, at most 0.6 degrees apart, both read to the tenth (a reading taken at another hour);
- count: both counted nouns are the same *known* concept of the unit table (deaths, seats), and the values
  within a factor 2.5 (1.5 under 100: two small counts that far apart are two parties, two towns); or two
  nouns of one group of the lexicon ("victims", "entreprises") from 100 and within a factor 1.5. A count
  without a noun or with a raw noun is too vague to be "the same quantity", and a count the version gives in
  parts ("92 deaths here and 3 there") is no conflict with the other's total;
- percent: the same unit (percent or points) and within 5% of the larger (72% against 71.2%, not 66%
  against 59%: two different percentages in one story are usually two different shares);
- age: only when each version has exactly one unmatched age (the person both describe);
- durations, years and dates never conflict: a story mentions many, and they rarely measure one thing.

A figure its sentence dates to an earlier year than its article's ("In 2018, the exchange lost 58 billion
yen") recalls another event: it conflicts only with a figure dated to that same year.

Candidates pair only when each is the other's closest (mutual nearest neighbours, relative difference for
money, counts and percentages, degrees for temperatures), and a tie leaves both out: ambiguity is no evidence.
"""

from __future__ import annotations

import difflib
import itertools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from functools import lru_cache
from math import floor, log10

from reader.figures.currency import ROUGH_USD, rough_usd
from reader.figures.extract import country_names, country_sovereigns, folded
from reader.figures.numbers import (
    COUNTRY_EXONYMS,
    HUMAN_UNITS,
    KNOWN_UNITS,
    LEXICON_NOUNS,
    LEXICON_PEOPLE,
    THING_CONCEPTS,
)
from reader.figures.regions import same_subdivision
from reader.model import Figure


@lru_cache(maxsize=65536)
def _rounded(value: float) -> float | int:
    """The value as compared: float noise removed (2.3 * 10**6), integers as ``int``. Cached: pairing
    asks again and again for the same few thousand values."""
    r = round(float(value), 4)
    return int(r) if r.is_integer() else r


#: Kinds whose sign a report may print or say: "(-27 000; -0,9 %)" is "went down by 27,000, or 0.9%".
UNSIGNED_KINDS = frozenset({"count", "percent"})


def _size(f: Figure) -> float | int:
    """The value as matched: a count's or a percentage's without its sign (see :data:`UNSIGNED_KINDS`)."""
    return _sized(f.kind, f.value)


#: From this amount on, the cents are dropped when amounts are compared: "$16,288.41" is the "16 288 $" another
#: report gives, one amount to the dollar.
WHOLE_AMOUNT_LEAST = 100


@lru_cache(maxsize=65536)
def _sized(kind: str, value: float) -> float | int:
    if kind == "money" and abs(value) >= WHOLE_AMOUNT_LEAST:
        return round(value)
    return _rounded(abs(value) if kind in UNSIGNED_KINDS else value)


def matched_value(kind: str, value: float) -> float | int:
    """A figure's value as the comparison matches it: without a count's or a percentage's sign, an amount of
    :data:`WHOLE_AMOUNT_LEAST` or more without its cents."""
    return _sized(kind, value)


def figure_key(f: Figure) -> tuple[str, float | int, str | None]:
    """``(kind, size, currency or unit)``: equal keys always match (see ``compatible``)."""
    return (f.kind, _size(f), f.currency if f.kind == "money" else f.unit)


def _same_date(a: float, b: float) -> bool:
    """YYYYMMDD values; a date written without its year (0000MMDD) matches any year."""
    ia, ib = int(a), int(b)
    if ia == ib:
        return True
    if ia < 10000 or ib < 10000:
        return ia % 10000 == ib % 10000
    return False


#: From here a count with no noun may be an amount whose currency its version leaves unsaid (see
#: :func:`compatible`).
SCALED_AMOUNT_LEAST = 1_000_000


def compatible(a: Figure, b: Figure) -> bool:
    """Whether two figures say the same thing (possibly in two languages)."""
    if not _comparable(a, b):
        return False
    if a.kind == "date" and b.kind == "date":
        return _same_date(a.value, b.value)
    if _size(a) != _size(b):
        return False
    if a.kind != b.kind:
        if {a.kind, b.kind} == {"count", "money"}:
            # "9.6 billion euros" and "les 9,6 milliards d'aujourd'hui", a headline's "439 millions" and "$439
            # million": an amount of millions whose currency one mention leaves unsaid, with no noun or with a word
            # the lexicon does not know (then of two significant digits or more)
            bare = a if a.kind == "count" else b
            return abs(bare.value) >= SCALED_AMOUNT_LEAST and (
                bare.unit is None or bare.unit not in KNOWN_UNITS and significant_digits(bare.value) >= 2
            )
        # "30-year-old" and "30 ans" when the French side was read as a duration in years
        if {a.kind, b.kind} != {"age", "duration"}:
            return False
        age, duration = (a, b) if a.kind == "age" else (b, a)
        return duration.unit == (age.unit or "years")
    if a.kind == "money":
        return same_currency(a, b)
    if a.kind == "count":
        # a raw noun (not in the table) cannot be compared across languages: only known keys can disagree;
        # but a measurement is never a count of things ("100 tonnes" is not "une centaine de douaniers")
        if _measure_apart(a.unit, b.unit) or _things_apart(a.unit, b.unit):
            return False
        return a.unit == b.unit or not (a.unit in KNOWN_UNITS and b.unit in KNOWN_UNITS) and _same_role(a, b)
    if a.kind == "percent" and (_turnout_unsaid(a, b) or _share_unsaid(a, b)):
        return True  # "53 % des inscrits ont voté" is the turnout another version names
    if a.kind in ("duration", "percent", "age"):
        return a.unit == b.unit  # an age in months ("a 6-month-old") is not one in years
    return True


#: Currencies written with a dollar sign or the word "dollars".
DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD"})
#: A dollar named in the figure itself: "C$480 million", "480 M$ CA", "US$", "CAD", "dollars canadiens".
_NAMED_DOLLAR_RE = re.compile(
    r"[A-Za-z]\$|\$\s?[A-Z]{2}\b|\b(?:USD|CAD|AUD|NZD|HKD|SGD)\b"
    r"|(?i:dollars?\s+(?:canadiens?|américains?|australiens?|us)\b|\b(?:canadian|u\.s\.|us|american|australian)\s+dollars?)"
)


#: Currencies written "crowns", "couronnes" or "kr": which one a bare word is was guessed from the country the text
#: names.
CROWNS = frozenset({"SEK", "NOK", "DKK", "ISK", "CZK"})
#: A crown named in the figure itself: "SEK 40 million", "40 millions de couronnes suédoises", "Danish kroner".
_NAMED_CROWN_RE = re.compile(
    r"\b(?:SEK|NOK|DKK|ISK|CZK|kronor|kroner|krónur|Kč)\b"
    r"|(?i:couronnes?\s+(?:suédoises?|norvégiennes?|danoises?|islandaises?|tchèques?)\b"
    r"|\b(?:swedish|norwegian|danish|icelandic|czech)\s+(?:crowns?|kronor|kroner|korunas?))"
)


def same_currency(a: Figure, b: Figure) -> bool:
    """The same currency, or two dollars of which at least one is only the publisher's (a bare "$" or
    "dollars"): which dollar that is was guessed from the source, and a Canadian wire on a site that does
    not say so reads as US dollars, so "$480 million" is the other version's "480 M$ CA". Likewise two crowns
    of which one is a bare "couronnes" or "crowns", read as the currency of the country its text names."""
    if a.currency == b.currency:
        return True
    if a.currency in DOLLARS and b.currency in DOLLARS:
        return not (_NAMED_DOLLAR_RE.search(a.text) and _NAMED_DOLLAR_RE.search(b.text))
    if a.currency in CROWNS and b.currency in CROWNS:
        return not (_NAMED_CROWN_RE.search(a.text) and _NAMED_CROWN_RE.search(b.text))
    return False


def _same_role(a: Figure, b: Figure) -> bool:
    """Whether two counts of different nouns may still be one quantity: not when one is a change and the
    other a level ("increased its seat count by 16" is not "16 châteaux forts") unless one has no noun, or the
    value is too specific to be two quantities ("an increase of 224,000 unemployed people", "(224.000
    chômeurs en milieu urbain" in a rise the other version gives in brackets)."""
    return (
        a.change == b.change
        or a.unit is None
        or b.unit is None
        or significant_digits(a.value) >= SPECIFIC_DIGITS
        # "a further 4,000 headcount reduction" (a change) is "Les 4000 autres coupes" (the rest of a whole): one
        # count of what comes on top, said two ways
        or (a.change and b.rest)
        or (a.rest and b.change)
    )


def figure_bucket(f: Figure) -> tuple[str, float | int]:
    """Figures can only be compatible within one bucket: the same value, or for dates the same day of year
    (a date written without its year matches any year). Comparing within buckets keeps matching linear."""
    return value_bucket(f.kind, f.value)


@lru_cache(maxsize=65536)
def value_bucket(kind: str, value: float) -> tuple[str, float | int]:
    """The bucket of a figure of ``kind`` and ``value`` (see :func:`figure_bucket`)."""
    if kind == "date":
        return ("date", int(value) % 10000)
    return ("value", _sized(kind, value))


def distinct(figures: Iterable[Figure]) -> list[Figure]:
    """First occurrences only: a figure compatible with an earlier one is the same figure repeated. A count
    first given without a noun the lexicon knows stands for the first later mention with one ("magnitude
    supérieure à 7" then "sept personnes ont été tuées"; "22000 chômeurs" in a quoted post, then "22.000
    employés"): the noun is what the other version's count is matched on."""
    kept: list[Figure] = []
    seen: dict[tuple[str, float | int], list[Figure]] = {}
    for f in figures:
        same_bucket = seen.setdefault(figure_bucket(f), [])
        earlier = next((k for k in same_bucket if compatible(f, k) or _kind_of_people(k, f)), None)
        if earlier is None:
            if not any(_kind_of_people(f, k) for k in same_bucket):
                same_bucket.append(f)
                kept.append(f)
        elif f.kind == "count" and (
            earlier.unit not in KNOWN_UNITS
            and f.unit in KNOWN_UNITS
            or _kind_of_people(earlier, f)
            # "over 115 storm-related fatalities", then "115 fatalities ... in North Carolina": the place it is
            # of, which the other version's count of that place is compared with
            or earlier.place is None
            and f.place is not None
            and f.unit == earlier.unit
            and not f.part
        ):
            same_bucket[same_bucket.index(earlier)] = f
            kept[kept.index(earlier)] = f
    return kept


def _kind_of_people(generic: Figure, specific: Figure) -> bool:
    """Whether ``specific`` says what the people ``generic`` counts are, with the same value: "Four people,
    including two children" then "the four missing people" (missing) count the same four."""
    return (
        generic.kind == specific.kind == "count"
        and generic.unit in GENERIC_PEOPLE
        and specific.unit in HUMAN_UNITS
        and specific.unit not in GENERIC_PEOPLE
        and generic.change == specific.change
    )


@dataclass
class Comparison:
    """Figures of the two versions: matched pairs (first occurrences), conflicting pairs (the same quantity,
    different values) and those found in one version only."""

    matched: list[tuple[Figure, Figure]] = field(default_factory=list)
    only_en: list[Figure] = field(default_factory=list)
    only_fr: list[Figure] = field(default_factory=list)
    #: The same quantity with different values in the two versions (English figure, French figure).
    conflicts: list[tuple[Figure, Figure]] = field(default_factory=list)
    #: Figures matched many to one: a value said twice of two nouns in one version, once in the other.
    #: Shown as matched; not counted again as evidence that two articles tell one story.
    repeats: list[tuple[Figure, Figure]] = field(default_factory=list)
    #: Counts a little apart where one version gives an estimate ("près de 70 000 abonnés" against "66,851
    #: customers"): both versions report the quantity, so neither is in one version only; listed among the
    #: conflicts and the roundings too (see :func:`_near_estimates`).
    near: list[tuple[Figure, Figure]] = field(default_factory=list)
    #: The conflicts where one version gives the other's value rounded or as an estimate ("53.21 percent"
    #: against "53 %", "nearly 62,000" against "61 672"): disputes, told apart as roundings in the panel.
    rounded: list[tuple[Figure, Figure]] = field(default_factory=list)
    #: One amount each version gives in its own currency ("$8.4 billion", "5,8 milliards" d'euros): shown as
    #: matched, no disagreement; as evidence of one story, a value apart (see :func:`_converted_amounts`).
    converted: list[tuple[Figure, Figure]] = field(default_factory=list)


def _unit_lost(a: Figure, b: Figure) -> bool:
    """The same value where one side lost its unit: a count without a noun against a duration, an age, a
    percentage or a count ("18" against "18 months"). Only for matching across versions, never in
    :func:`distinct` (one article's "18" and "18 months" are two figures)."""
    if _rounded(a.value) != _rounded(b.value) or _rounded(a.value) == 1:
        return False  # one is too common to tell: "Laval: 1" is not "une semaine"
    # not a percentage: "11 per cent of the vote" and a bare "11" beside "(15,4 %)" are seats and a share
    bare = ("duration", "age", "count")
    if (a.kind == "count" and a.unit is None and b.kind in bare) or (
        b.kind == "count" and b.unit is None and a.kind in bare
    ):
        # a bare count is a span that lost its unit only when it could be one: not a handful ("three
        # [aftershocks]" is not "plus de trois jours"), and bounded alike ("16 from Alberta" is not "plus de 16
        # à 17 jours")
        return a.kind == b.kind or (a.value > SPAN_LEAST and a.approx == b.approx)
    if a.kind == b.kind == "percent":
        # "cut its deficit by at least 0.5 percentage points" and "un ajustement d'au moins 0,5% du PIB": a
        # change in points one version wrote as a rate; not one in basis points ("a 25 basis points cut"), which a
        # version beside a rate of that value ("0,25 %") says of something else
        return {a.unit, b.unit} == {"point", None} and not _BASIS_POINTS_RE.search(a.text + " " + b.text)
    # (a headline's "439 millions" with no currency word and "$439 million" in the other version are compatible)
    return False


#: A bare count matches a duration or an age of its value (one version lost the unit) only above this.
SPAN_LEAST = 12
#: A change said in basis points: "25 basis points", "25 points de base", "25 bps", "25 pb".
_BASIS_POINTS_RE = re.compile(r"(?i)\bbasis\b|\bpoints?\s+de\s+base\b|\bbps?\b|\bpb\b")
#: Largest difference, relative to the larger value, for a forecast and a value not said as one to be one quantity.
FORECAST_ROUNDING = 0.015
#: Largest difference, relative to the larger value, for two amounts of one currency to conflict. Over the check
#: sets, amounts 15 to 20% apart were different amounts of the story (a budget's new spending and a past record,
#: two investments), never one amount disputed; the closest disputed one ("about $4.4 million", "près de 5
#: millions") is 12% apart.
MONEY_TOLERANCE = 0.15
#: Largest difference in degrees for two temperatures on one scale to conflict. Over the check sets, readings
#: to the tenth up to a degree apart were one reading disputed ("minus 38.7 deg C", "moins 37,8 °C", a winter's
#: record), never two readings.
TEMPERATURE_TOLERANCE = 1.0
#: Largest ratio between two counts of one known concept for them to conflict: a toll doubles between two
#: updates (329 injured, then 672), but two small counts that far apart (28 seats, 13 seats) are usually
#: two parties, two towns: below SMALL_COUNT the ratio is SMALL_COUNT_RATIO.
COUNT_RATIO = 2.5
SMALL_COUNT = 100
SMALL_COUNT_RATIO = 1.5
#: A toll's nouns: two reports' tolls, however small, are one quantity as far apart as large counts are
#: ("killing at least 14 people" against "tuant six personnes", "43 arrested" against "22 interpellés": an
#: early toll against a later one); so are its worst hurt and its hospitalised ("37 of the injured people were
#: in serious condition" against "dont 24 gravement").
TOLL_UNITS = frozenset({"death", "injury", "missing", "arrest", "critical", "hospitalised"})
#: The nouns a death toll is given in: the dead, the victims, the bodies.
DEATH_UNITS = frozenset({"death", "victim", "body"})
#: What a story tallies as it unfolds, whose counts two reports give far apart (an early toll against a later
#: one, homes and buildings destroyed, cases of an outbreak): two versions' counts of any other one noun dispute each other
#: only within OTHER_COUNT_RATIO. Over the check sets 801-1104, conflicts of other nouns 1.3 or more times apart
#: were 26 false (jobs cut in two countries, people in need against refugees, two airlines' fleets) against 10
#: true. (Another outlet's report of a story still diverges from it that far: see ``far_counts``.)
TALLY_UNITS = (
    TOLL_UNITS
    | DEATH_UNITS
    | {
        "survivor",
        "home",
        "building",
        "damaged",
        "case",
        "displaced",
        "evacuee",
        "aftershock",
        "livestock",
        "resident",
    }
)
OTHER_COUNT_RATIO = 1.3


def _other_counts_apart(a: Figure, b: Figure) -> bool:
    """Whether two counts of one noun no story tallies are too far apart to dispute each other (see
    :data:`TALLY_UNITS`); counts of one named place are one quantity ("23 at the Denain site", "30 à
    Denain"), and so are two parts of one fate's toll (``Figure.subject``)."""
    if a.kind != "count" or a.unit != b.unit or a.unit in TALLY_UNITS or not a.value or not b.value:
        return False
    if a.subject and a.subject == b.subject:
        return False  # "including 15 children" and "dont 10 enfants" of the injured: parts of one tally
    if a.place and b.place and same_place(a.place, b.place):
        return False
    return max(a.value, b.value) / min(a.value, b.value) > OTHER_COUNT_RATIO


#: Two counts of related nouns ("victims", "entreprises") conflict only from this value, and within this ratio.
RELATED_COUNT_LEAST = 100
RELATED_COUNT_RATIO = 1.5
#: Added to the distance of a turnout from a rate the other version does not call one (see conflict_distance).
TURNOUT_UNSAID = 1.0
#: Largest difference, relative to the larger value, for two percentages to conflict.
PERCENT_TOLERANCE = 0.05


#: Counted nouns that are measurements (distances, weights) or repetitions: two reports' values of them are
#: often of different things (72 km from one town, 80 km from another), so they never conflict.
MEASURE_NOUNS = frozenset(
    {"kilometre", "mile", "metre", "kilogram", "tonne", "litre", "gallon", "time"}
    # a power or an energy ("a peak of 42,701 megawatts", "42 700 mégawatts"): a reading, no figure compared
    | {"megawatts", "mégawatts", "gigawatts", "kilowatts", "MW", "GW", "kW", "MWh", "GWh", "TWh", "kWh"}
)


def _measured(f: Figure) -> bool:
    """Whether ``f`` counts units of a measurement (metres, tonnes, litres)."""
    return f.kind == "count" and f.unit in MEASURE_NOUNS


def relative_gap(a: float, b: float) -> float:
    """How far apart two values are, relative to the larger: 0.05 for 95 and 100."""
    big = max(abs(a), abs(b))
    return abs(a - b) / big if big else 0.0


def conflict_distance(a: Figure, b: Figure) -> float | None:
    """How far apart two figures that may be the same quantity are (smaller is closer), or None when they
    cannot conflict. Ages are decided by :func:`compare_figures` (one unmatched age on each side)."""
    if a.kind != b.kind or _size(a) == _size(b):
        return None
    if a.year is not None and b.year is not None and a.year != b.year:
        return None  # "6.3 million in 2017" against "12,7 millions en 1990": two years' values of a series
    x, y = float(a.value), float(b.value)
    if _forecast_apart(a, b):
        return None
    if _two_months(a, b):
        return None  # "6.5 per cent in June" against "6,8% au mois d'avril": two months' rates
    if a.kind == "money":
        if (
            a.example
            or b.example  # a worked example's amounts: each version picks its own
            or a.currency is None
            or not same_currency(a, b)
            or x <= 0
            or y <= 0
            or "order" in (a.approx, b.approx)
            or a.change != b.change  # "£2,300 less" than last year is no bill of "1.971 livres"
        ):
            return None
        d = relative_gap(x, y)
        return d if d <= MONEY_TOLERANCE else None
    if a.kind == "temperature":
        if a.unit is None or a.unit != b.unit or x.is_integer() or y.is_integer():
            return None  # only readings to the tenth: "37C" is a rounded forecast, not a record to dispute
        d = round(abs(x - y), 6)  # in tenths: 52.9 - 52.3 is 0.6000000000000014 in floating point
        return d if d <= TEMPERATURE_TOLERANCE else None
    if a.kind == "count":
        if x <= 0 or y <= 0 or a.unit in MEASURE_NOUNS or b.unit in MEASURE_NOUNS:
            return None  # a weight or a distance ("317 kg" against "318 kg") is no figure compared
        if a.unit in _DOCUMENT_LENGTH or b.unit in _DOCUMENT_LENGTH:
            # "his 93-page opinion", "un jugement de 92 pages": a document's length, no key figure
            return None
        if a.change != b.change:
            return None  # "at least 11 more died on Saturday" is the toll's rise, no toll
        one_place = bool(a.place and b.place and same_place(a.place, b.place))
        if not one_place and _two_countries(a.place, b.place):
            return None  # "19 deaths" in Jamaica and "20 morts" in Haiti: two tolls of one storm
        if (
            one_place
            and a.unit != "national" != b.unit
            and _people_form(a.place or "") != _people_form(b.place or "")
        ):
            # "53 Nepalese citizens" among the dead and "72 personnes à bord ... au Népal": a people and those in
            # its country are two counts
            one_place = False
        if one_place and (a.unit == "national") != (b.unit == "national"):
            # "16 Népalais" on board and "22 died in Nepal": a people's count and a count of a place (not
            # "six Belgian citizens" and "Cinq Belges comptent parmi les morts": both a people)
            other = b if a.unit == "national" else a
            one_place = _people_form(other.place or "")
        if (a.part or b.part) and not one_place and not _one_kind_of_people(a, b):
            return None  # one place's count in a list ("Matane (101 clients)") is no other count's value
        if one_place and related_units(a.unit, b.unit):
            # counts of one place or people ("Tartus (384)", "433 dans celle de Tartous"; "five Portuguese
            # citizens", "Quatre Portugais") are one quantity; two places may be one count's scope told two
            # ways ("in Montreal, Laval...", "dans le Grand Montréal"), so they rule nothing out
            if a.part and b.part:
                return relative_gap(x, y)  # one place's share in two lists of places: however far apart
            return relative_gap(x, y) if max(x, y) / min(x, y) <= COUNT_RATIO else None
        counted = _count_distance(a, b, x, y)
        if counted is None and _close_specific(a, b):
            return 2.0 + relative_gap(x, y)  # after any count of the same or a related noun
        return counted
    if a.kind == "percent":
        if a.threshold or b.threshold:
            return None  # "la barre des 50 % des suffrages" is the rule a result of "48.8 percent" misses
        turnout = _turnout_unsaid(a, b)  # "47.46% could vote", "le taux de participation"
        if a.unit != b.unit and not turnout and not _share_unsaid(a, b) or x <= 0 or y <= 0:
            return None
        if a.minus or b.minus or a.plus or b.plus:
            # a signed change in a breakdown ("(-6,8%)", "(+33%)") is matched when equal, never disputed
            return None
        if (a.part or b.part) and not (a.place and b.place and same_place(a.place, b.place)):
            return None  # "9,1 % au Nouveau-Brunswick" in a list of provinces' rates: no national rate
        turnout_said, rate = (a, b) if a.unit == "turnout" else (b, a)
        if turnout and rate.place and not turnout_said.place:
            # "69,6% en Guadeloupe" for a candidate is no other value of a turnout said of no place
            return None
        d = relative_gap(x, y)
        if d > PERCENT_TOLERANCE:
            return None
        return d + TURNOUT_UNSAID if turnout else d  # a turnout is first the other version's turnout
    return None


#: The nouns of a document's length, which no version's key figure is.
_DOCUMENT_LENGTH = frozenset({"page", "pages"})


#: Added to the distance of a place's count, a part of its version's total, from the other version's total
#: (see :func:`_conflicts`).
PLACE_APART = 0.5


#: How the names of peoples end, longest first (accents removed): "canadiens", "portugais", "koreans".
_PEOPLE_ENDINGS = (
    "iennes", "eennes", "ienne", "eenne", "aises", "oises", "aines", "iens", "eens", "eans", "ians", "aise",
    "oise", "aine", "ains", "ien", "een", "ian", "ean", "ans", "ese", "ais", "ois", "ain", "s",
)  # fmt: skip
#: How alike two spellings of a place must be (see :func:`same_place`).
PLACE_LIKENESS = 0.8


#: The last word of an English country's name, as a list of places in brackets reads it ("the United States
#: (153)"), by the name the French one is read as.
_NAME_ENDINGS = {"states": "usa", "kingdom": "uk", "emirates": "uae"}


@lru_cache(maxsize=4096)
def _place_stem(name: str) -> str:
    plain = folded(name)
    plain = COUNTRY_EXONYMS.get(plain, plain).split()[-1]  # "south koreans": the people's own word
    plain = _NAME_ENDINGS.get(plain, plain)
    ending = _people_ending(plain)
    if ending:
        plain = plain[: -len(ending)]
    elif (country := _COUNTRY_ENDING_RE.search(plain)) is not None and country.start() >= 3:
        plain = plain[: country.start()]  # "Russia" and "Russes", "Kazakhstan" and "Kazakhs": one stem
    return plain.replace("c", "k").replace("q", "k")


#: How a country's name ends where its people's name does not: "Russ-ia", "Kazakh-stan".
_COUNTRY_ENDING_RE = re.compile(r"(?:ia|stan)$")


def _people_ending(plain: str) -> str | None:
    """The ending of a people's name a folded word ends with ("ais" of "nepalais"), leaving a stem of at least
    three letters, or None."""
    return next((e for e in _PEOPLE_ENDINGS if plain.endswith(e) and len(plain) - len(e) >= 3), None)


def _people_form(name: str) -> bool:
    """Whether a place as written is a people's name ("belges", "népalais", "belgian"), not a country's
    ("nepal"): it ends as peoples' names do."""
    return _people_ending(folded(name)) is not None


def _country(place: str | None) -> str | None:
    """The English name of the country a place is (written in English or French, accents aside), or None."""
    return country_names().get(folded(place)) if place else None


def _one_country_unsaid(a: Figure, b: Figure) -> bool:
    """Whether one of two counts is of a country and the other of no country (of no place, or of a town)."""
    return (_country(a.place) is None) != (_country(b.place) is None)


def _countries_of(version: Sequence[Figure]) -> set[str]:
    """The countries a version's counts are of (their English names)."""
    return {country for f in version if (country := _country(f.place)) is not None}


#: Added to the distance of a country's count from a count of no country, in a story of several countries'
#: counts (see :func:`_one_country_unsaid`).
COUNTRY_UNSAID = 0.5


def _two_countries(a: str | None, b: str | None) -> bool:
    """Whether two places are the names of two countries (not a territory and the country that governs it:
    "France" and "Mayotte")."""
    x, y = _country(a), _country(b)
    if x is None or y is None or x == y:
        return False
    governs = country_sovereigns()
    return governs.get(x) != y and governs.get(y) != x


@lru_cache(maxsize=4096)
def same_place(a: str, b: str) -> bool:
    """Whether two names of a place or a people, as two reports write them, are one: "Tartus" and "Tartous",
    "Valencia" and "Valence", "Portuguese" and "Portugais", "Koreans" and "Coréens", "Rukum Paschim" and
    "Rukum", "New Brunswick" and "Nouveau-Brunswick"; not "Hama" and "Homs"."""
    x, y = _place_stem(a), _place_stem(b)
    return (
        x == y
        or difflib.SequenceMatcher(None, x, y).ratio() >= PLACE_LIKENESS
        or _named_shorter(a, b)
        or _same_name_words(a, b)
        or same_subdivision(a, b)
    )


#: The words of places' names English and French write apart ("New Brunswick", "Nouveau-Brunswick").
_NAME_WORDS_FR = {"new": "nouveau", "north": "nord", "south": "sud", "east": "est", "west": "ouest",
                  "island": "ile", "islands": "iles", "saint": "st", "sainte": "st"}  # fmt: skip
#: The small words of places' names, left out when their words are compared.
_NAME_LINKS = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "of", "the", "and", "et"})


def _name_words(name: str) -> list[str]:
    """A place's name as words to compare across languages: folded, small words left out, English words
    French writes otherwise in their French form."""
    words = re.split(r"[\s'’-]+", folded(name))
    return [_NAME_WORDS_FR.get(w, w) for w in words if w and w not in _NAME_LINKS]


@lru_cache(maxsize=4096)
def _same_name_words(a: str, b: str) -> bool:
    """Whether two names of two words or more are one name written in two languages, word for word in any
    order: "New Brunswick" and "Nouveau-Brunswick", "Prince Edward Island" and "Île-du-Prince-Édouard"."""
    x, y = _name_words(a), _name_words(b)
    if len(x) < 2 or len(y) < 2 or len(x) != len(y):
        return False
    return all(
        any(w == v or difflib.SequenceMatcher(None, w, v).ratio() >= NAME_WORD_LIKENESS for v in y) for w in x
    )


#: How alike two words of a place's name must be to be one word in two languages ("edward", "edouard").
NAME_WORD_LIKENESS = 0.75


#: Words that open many places' names, which a name cut to its first word would be alone.
_NAME_OPENINGS = frozenset(
    {"new", "north", "south", "east", "west", "nord", "sud", "est", "ouest", "grand", "greater", "saint", "st",
     "san", "santa", "upper", "lower", "haut", "haute", "bas", "basse", "central", "le", "la", "les", "el", "al"}
)  # fmt: skip


def _named_shorter(a: str, b: str) -> bool:
    """Whether one name is the other cut to its first words: "Rukum" for "Rukum Paschim" (a district one
    report names in full, the other by its first word)."""
    x, y = folded(a).split(), folded(b).split()
    short, long = (x, y) if len(x) < len(y) else (y, x)
    return len(short) < len(long) and long[: len(short)] == short and short[0] not in _NAME_OPENINGS


#: Two counts of one noun outside the lexicon (or its French cognate) conflict from this value when they are
#: this close: one list or tally told a unit or two apart.
COGNATE_COUNT_LEAST = 10
COGNATE_GAP = 0.1
#: How alike two spellings of a noun must be to be one noun in two languages ("recommendations",
#: "recommandations").
COGNATE_LIKENESS = 0.85


def cognates(a: str, b: str) -> bool:
    """Whether two counted nouns are one noun, as English and French spell it: "recommendations" and
    "recommandations", not "cantons" and "citoyens"."""
    x, y = folded(a), folded(b)
    return (
        x == y or min(len(x), len(y)) >= 6 and difflib.SequenceMatcher(None, x, y).ratio() >= COGNATE_LIKENESS
    )


def same_person(a: str, b: str) -> bool:
    """Whether two names a person's age is given after may be one person's: a word in common, spelled
    alike ("myles sanderson" and "myles", "dyann serafica-donaire" and "serafica-donaire")."""
    return any(
        x == y or min(len(x), len(y)) >= PERSON_NAME_LEAST and same_place(x, y)
        for x in folded(a).split()
        for y in folded(b).split()
    )


#: How long two words of names must be to be compared by their likeness, not only spelled alike ("Camille"
#: and "Camile"; not "An" and "Dania").
PERSON_NAME_LEAST = 5


def same_people(a: str, b: str) -> bool:
    """Whether two names of a people are one as a figure's noun: as :func:`same_place`, or a people English and
    French name from two stems ("10 Swedes" and "dix Suédois"). Only for one value said in both versions: two
    values of two such names are not taken for one count disputed."""
    if same_place(a, b):
        return True
    x, y = _PEOPLES.get(folded(a).split()[-1]), _PEOPLES.get(folded(b).split()[-1])
    return x is not None and x == y


#: Peoples English and French name from two stems (folded, singular and plural) -> one key for both.
_PEOPLES = {
    form: key
    for key, forms in {
        "se": "swede swedes swedish suedois suedoise suedoises",
        "de": "german germans allemand allemands allemande allemandes",
        "nl": "dutch dutchman dutchmen dutchwoman neerlandais neerlandaise neerlandaises hollandais hollandaise",
        "es": "spaniard spaniards spanish espagnol espagnols espagnole espagnoles",
        "dk": "dane danes danish danois danoise danoises",
        "fi": "finn finns finnish finlandais finlandaise finlandaises",
        "pl": "pole poles polish polonais polonaise polonaises",
        "gr": "greek greeks grec grecs grecque grecques",
        "hu": "hungarian hungarians hongrois hongroise hongroises",
        "tr": "turk turks turkish turc turcs turque turques",
        "wales": "welsh gallois galloise galloises",
        "scotland": "scot scots scottish ecossais ecossaise ecossaises",
        "ie": "irish irishman irishmen irlandais irlandaise irlandaises",
        "england": "english englishman englishmen anglais anglaise anglaises",
        "uk": "brit brits british britannique britanniques",
        "cz": "czech czechs tcheque tcheques",
        "gt": "guatemala guatemalan guatemalans guatemalteque guatemalteques",
        "sv": "salvador salvadoran salvadorans salvadorien salvadoriens salvadorienne salvadoriennes",
        "is": "icelander icelanders islandais islandaise islandaises",
        "ph": "filipino filipinos filipina filipinas philippin philippins philippine philippines",
        "lb": "lebanese libanais libanaise libanaises",
        "iq": "iraqi iraqis irakien irakiens irakienne irakiennes",
        "th": "thai thais thailandais thailandaise thailandaises",
        "jp": "japanese japonais japonaise japonaises",
        "br": "brazilian brazilians bresilien bresiliens bresilienne bresiliennes",
        "at": "austrian austrians autrichien autrichiens autrichienne autrichiennes",
        "ma": "moroccan moroccans marocain marocains marocaine marocaines",
        "ch": "swiss suisse suisses",
        "ro": "romanian romanians roumain roumains roumaine roumaines",
        "al": "albanian albanians albanais albanaise albanaises",
        "by": "belarusian belarusians bielorusse bielorusses",
        "uz": "uzbek uzbeks ouzbek ouzbeks ouzbeke ouzbekes",
        "nz": "new zealander new zealanders neo-zelandais neo-zelandaise neo-zelandaises",
        "hr": "croat croats croatian croatians croate croates",
        "fr": "french frenchman frenchmen frenchwoman frenchwomen francais francaise francaises",
    }.items()
    for form in forms.split()
}


def _count_distance(a: Figure, b: Figure, x: float, y: float) -> float | None:
    """:func:`conflict_distance` of two counts of nouns that may count one thing (see :func:`_close_specific`
    for two specific values of other nouns)."""
    if a.unit == b.unit == "floor" and max(x, y) / min(x, y) <= SMALL_COUNT_RATIO:
        # "a 12-storey hotel" against "le bâtiment de dix étages": a building's height, one number
        return relative_gap(x, y)
    if (
        a.unit == b.unit
        and a.unit in LEXICON_NOUNS
        and a.unit not in KNOWN_UNITS
        and a.unit != "national"
        and min(x, y) < RELATED_COUNT_LEAST
        and not {a.approx, b.approx} & {"about", "at most"}
    ):
        # a noun the lexicon names in both languages, a small count of it in each version: "more than 40
        # cancelled flights" against "Au moins 50 vols ont été annulés" (close in value, as two small counts of a
        # known noun must be; an estimate, "une dizaine de vols", is weighed against a count as a rounding is)
        return relative_gap(x, y) if max(x, y) / min(x, y) <= SMALL_COUNT_RATIO else None
    # a noun outside the lexicon tells the quantity only when both versions use it, of a large count
    # ("112 millions de tests"; "three trains" and "deux trains" may be two sets of trains)
    # (two nouns the lexicon relates are known to it, whichever table names them: "200 towns and cities",
    # "202 communes")
    if (
        (a.unit not in KNOWN_UNITS or b.unit not in KNOWN_UNITS)
        and (a.unit is None or a.unit != b.unit or min(x, y) < RELATED_COUNT_LEAST)
        and not (a.unit != b.unit and _lexicon_relates(a.unit, b.unit))
    ):
        if (
            min(x, y) >= COGNATE_COUNT_LEAST
            and relative_gap(x, y) <= COGNATE_GAP
            and a.approx is None  # two exact tallies: "about 8,500 megawatts" is no tally
            and b.approx is None
            and a.unit is not None
            and b.unit is not None
            and a.unit not in KNOWN_UNITS
            and b.unit not in KNOWN_UNITS
            and cognates(a.unit, b.unit)
        ):
            # "contains 22 recommendations" against "compte 23 recommandations": one noun, a unit apart
            return relative_gap(x, y)
        return None
    if (a.unit == "national" or b.unit == "national") and (a.unit != b.unit or a.place or b.place):
        # "three Ukrainians" and "deux Russes": two peoples, not one count disputed (two counts of nationals
        # of no people named may be one)
        return None
    in_hospital, injured = (x, y) if a.unit == "hospitalised" else (y, x)
    if {a.unit, b.unit} == {"hospitalised", "injury"} and in_hospital <= injured:
        return None  # "121 remain in hospital" of "environ 180 blessés": some of the injured, no other count
    if a.unit == b.unit or a.unit in SEAT_UNITS and b.unit in SEAT_UNITS:
        # a riding won is a seat: "finished with 83 seats", "élus dans 80 des 124 circonscriptions"
        ratio = COUNT_RATIO if min(x, y) >= SMALL_COUNT or a.unit in TOLL_UNITS else SMALL_COUNT_RATIO
        return relative_gap(x, y) if max(x, y) / min(x, y) <= ratio else None
    if {a.unit, b.unit} <= DEATH_UNITS and max(x, y) / min(x, y) <= RELATED_COUNT_RATIO:
        # "at least seven dead" against "neuf victimes": one toll of a storm (not "23 bodies" brought to one
        # morgue against "50 morts" in the city: as far apart, two counts)
        return 1.0 + relative_gap(x, y)
    # "1,500 victims" against "1.300 entreprises": two nouns the lexicon relates may name one quantity
    # (the victims were companies), but only a large count, close in value, is evidence enough, and a
    # count of the same noun is always the closer candidate; "people" relates to too many nouns
    related = _lexicon_relates(a.unit, b.unit)
    if (
        not related
        and {a.unit, b.unit} & GENERIC_PEOPLE
        and {a.unit, b.unit} <= HUMAN_UNITS
        and not {a.unit, b.unit} & RESPONDERS
        and min(x, y) >= RELATED_COUNT_LEAST
        and relative_gap(x, y) <= PEOPLE_GAP
    ):
        # "around 21,000 people" against "emploie 22.000 personnes"/"employés": people and the kind of people
        # they are, a few per cent apart
        return 1.5 + relative_gap(x, y)
    if not related or min(x, y) < RELATED_COUNT_LEAST or max(x, y) / min(x, y) > RELATED_COUNT_RATIO:
        return None
    return 1.0 + relative_gap(x, y)


#: The people sent to help or to keep order: never the people a story's figures are otherwise about.
RESPONDERS = frozenset({"firefighter", "officer", "soldier", "rescuer", "peacekeeper"})
#: How far apart a count of people and a count of a kind of people may be and still be one quantity.
PEOPLE_GAP = 0.10


#: How far apart two specific counts (see :data:`SPECIFIC_DIGITS`) may be and still be one quantity told
#: two ways, whatever their nouns: "6,558 arrests" and "6.658 personnes arrêtées", "2,517" and "2 571".
CLOSE_SPECIFIC = 0.05


def _close_specific(a: Figure, b: Figure) -> bool:
    """Two counts both stated to three significant digits or more, from 100 up, a few per cent apart: two
    different things rarely come that close in one story, so whatever nouns count them they are one quantity
    with a digit changed, or updated."""
    x, y = float(a.value), float(b.value)
    return (
        min(x, y) >= RELATED_COUNT_LEAST
        and significant_digits(x) >= SPECIFIC_DIGITS
        and significant_digits(y) >= SPECIFIC_DIGITS
        and relative_gap(x, y) <= CLOSE_SPECIFIC
        and related_units(a.unit, b.unit)  # "175 passengers" are not "174 morts"
        and "national" not in (a.unit, b.unit)
    )


def _parts_of(part: Figure, total: Figure, version: Sequence[Figure]) -> bool:
    """Whether a count is one part of the other version's total, the rest given beside it in its own version
    ("92 dead in the region and 3 elsewhere" against "95 morts"): no disagreement."""
    if part.kind != "count" or float(part.value) >= float(total.value):
        return False
    if part.unit in RESULT_UNITS and total.unit in RESULT_UNITS:
        # a party's seats beside another's ("the Bloc Québécois 22 seats ... the Greens one seat") are two
        # parties' results, not parts of the other version's "23 sièges"
        return False
    if (
        part.place
        and total.place
        and same_place(part.place, total.place)
        and (part.unit == "national" or _names_a_people(part.place))
    ):
        # "Quatre Portugais" is no part of "five Portuguese citizens", but that count disputed (a place's count
        # may be: "1.700 postes dans la R&D ainsi que 600" in Germany, of "2,300 jobs in Germany")
        return False
    rest = _rounded(float(total.value) - float(part.value))
    return any(
        f is not part
        and f.kind == "count"
        and _rounded(f.value) == rest
        and _may_add_up(f.unit, part.unit)
        and (f.change or _said_together(f, part))  # "Three more fatalities were recorded." adds up too
        # a people's count after a count of no people breaks it down ("51 morts, dont 22 Mexicains [...] et 2
        # Honduriens"): no rest beside it
        and (not _names_a_people(f.place) or bool(part.place))
        for f in version
    )


#: The kinds of people a count is broken down into by sex or age: "618 men and 59 women", "12 children".
_DEMOGRAPHIC_UNITS = frozenset({"man", "woman", "child", "boy", "girl", "adult", "youth", "teenager"})


def _breakdown(part: Figure, version: Sequence[Figure]) -> bool:
    """Whether a count is a part of a larger count its own sentence gives, the rest beside it: "677 people,
    including 618 men and 59 women"; it disputes no total of the other version. A place's count is its place's
    quantity ("17,134 deaths in Turkey and another 3,317 in Syria, putting the total at 20,451")."""
    if part.place or part.unit not in _DEMOGRAPHIC_UNITS:
        return False  # "68 bodies recovered ... four others" still missing: the toll itself, a part or not
    together = [
        f for f in version if f is not part and f.kind == "count" and _said_together(f, part) and f.value > 0
    ]
    return any(
        total.value > part.value
        and any(g is not total and g.value + part.value == total.value for g in together)
        for total in together
    )


def _toll_in_two_parts(part: Figure, version: Sequence[Figure]) -> bool:
    """Whether a toll is one of two its sentence gives that add up to a toll its version gives elsewhere:
    "Cinquante morts" first, then "38 personnes ont été tuées sur place et 12 autres sont décédées de leurs
    blessures"; each part disputes no total of the other version ("at least 39 people were killed")."""
    if part.unit not in TOLL_UNITS or part.place or part.earlier:
        return False
    together = [
        f
        for f in version
        if f is not part and f.kind == "count" and f.unit == part.unit and _said_together(f, part)
    ]
    if len(together) != 1:
        return False
    whole = part.value + together[0].value
    return whole >= TOLL_IN_PARTS_LEAST and any(
        f.kind == "count"
        and f.unit == part.unit
        and f.value == whole
        and not _said_together(f, part)
        and not f.earlier
        for f in version
    )


#: The least toll two parts of it add up to that tells them parts: small sums ("2 + 3") come by chance.
TOLL_IN_PARTS_LEAST = 10


def _listed_part(part: Figure, version: Sequence[Figure]) -> bool:
    """Whether a count is one of three or more its sentence gives of one noun, as parts of a whole it never
    sums ("au moins 12 personnes ont péri pendant la tempête, 72 dans les glissements de terrain, 6 ont été
    emportées, et 8 autres ..."): not a total said first, the sum of the counts after it or twice that ("24
    killed, 10 of them ...")."""
    if (
        part.sentence is None  # stored before sentences were: no telling which counts are said together
        or part.place
        or part.earlier
        or part.change
        or part.bound is not None
        or part.unit is None
        # people counted in several roles ("151 people on board ... 123 rescued"), a party's seats in a list of
        # results: each count its own quantity
        or part.unit in GENERIC_PEOPLE
        or part.unit in RESULT_UNITS
    ):
        return False
    siblings = [
        f
        for f in version
        if f is not part
        and f.kind == "count"
        and (f.unit == part.unit or f.unit is None)
        and not (f.earlier or f.change or f.place or f.bound is not None)
        and f.year == part.year  # "63 pedestrians died, compared to 82 in 2022": another year's value
        and f.value > 0
        and f.value != part.value
        and _said_together(f, part)
    ]
    if len(siblings) < 2:
        return False  # two counts may be a total and its part: "Of Vaud's 300 municipalities, 187 voted"
    first = min([part, *siblings], key=lambda f: f.start)
    rest = sum(float(f.value) for f in [part, *siblings] if f is not first)
    # "123 have been rescued, of whom 73 have returned home and 50 are still under observation"
    return not (first is part and (float(part.value) == rest or float(part.value) >= TOTAL_OF_PARTS * rest))


#: How many times the sum of the counts after it a count said first must be to be their total.
TOTAL_OF_PARTS = 2


def _said_together(a: Figure, b: Figure) -> bool:
    """Whether two figures are in one sentence: a count in another sentence is no other part of one total
    unless given as more ("15 people had been injured. One person was seriously injured ...": one of them,
    not a 16th)."""
    return a.field == b.field and (a.sentence is None or b.sentence is None or a.sentence == b.sentence)


def _may_add_up(a: str | None, b: str | None) -> bool:
    """Whether counts of two nouns may be parts of one total: related nouns of the lexicon, or one without a
    noun ("92 in Valencia and 3 elsewhere"); not a noun outside the lexicon ("two LockBit actors" are no
    part of "10 countries")."""
    if a is None or b is None:
        return True
    if a in HUMAN_UNITS and b in HUMAN_UNITS and not {a, b} & TOLL_UNITS:
        # "24 prisoners and two minors freed" against "26 personnes": two kinds of people, one group
        return True
    return a in KNOWN_UNITS and b in KNOWN_UNITS and related_units(a, b)


#: How much farther a count seems for each count of its noun its version gave before it: a story's own count
#: comes first ("killed at least 40 people"), the later ones are often a part or another place's ("at least 35
#: in that city alone").
MENTION_PENALTY = 0.1


def _mention_ranks(figures: list[Figure]) -> list[int]:
    """For each figure, how many counts of the same noun come before it in its version (body first)."""
    seen: dict[str | None, int] = {}
    ranks = []
    for f in figures:
        if f.kind != "count":
            ranks.append(0)
            continue
        if _ATTRIBUTIVE_RE.search(f.text):
            # "behind the 25-seat Progressive Conservatives", "Gallant's 27-seat win": a count describing
            # something named, after any count of the noun said for itself
            ranks.append(seen.get(f.unit, 0) + 1)
            continue
        ranks.append(seen.get(f.unit, 0))
        seen[f.unit] = seen.get(f.unit, 0) + 1
    return ranks


#: A count glued to its noun as an adjective: "25-seat", "a 40-member team".
_ATTRIBUTIVE_RE = re.compile(r"[0-9a-z]-[a-z]+$")


#: The nouns of one legislature's seats: a seat is won in a riding.
SEAT_UNITS = frozenset({"seat", "riding"})
#: The counted nouns of an election's results: seats, ridings, members elected.
RESULT_UNITS = frozenset({"seat", "riding", "mps", "élus", "mandats", "councillors", "conseillers"})
#: From how many different results a version gives, it is a table of parties' results (see
#: :func:`_results_table`) ...
RESULTS_LEAST = 4
#: ... in which two versions' results dispute one another only this close: the parties are listed in any order,
#: and their names differ from one language to the other ("New Popular Front", "NFP"), so only an update of one
#: result ("161 seats", "162 sièges") tells which two are one party's.
RESULTS_GAP = 0.05


def _results_table(version: Sequence[Figure]) -> bool:
    """Whether a version gives the results of an election party by party: :data:`RESULTS_LEAST` different
    counts of seats, ridings or members elected."""
    values = {float(f.value) for f in version if f.kind == "count" and f.unit in RESULT_UNITS}
    return len(values) >= RESULTS_LEAST


def _conflicts(
    en: list[Figure],
    fr: list[Figure],
    en_all: Sequence[Figure] = (),
    fr_all: Sequence[Figure] = (),
    converted: list[tuple[Figure, Figure]] | None = None,
    *,
    far_counts: bool = False,
) -> list[tuple[Figure, Figure]]:
    """Mutually closest conflicting candidates among unmatched figures; a tie pairs neither. ``en_all`` and
    ``fr_all``: every figure of each version, for the counts a version splits in parts (see :func:`_parts_of`).
    ``converted`` receives the amounts left that are one amount in two currencies (see
    :func:`_converted_amounts`): no conflict. ``far_counts``: see :func:`compare_figures`."""
    distances: dict[tuple[int, int], float] = {}
    rank_en, rank_fr = _mention_ranks(en), _mention_ranks(fr)
    fr_by_kind: dict[str, list[tuple[int, Figure]]] = {}  # only figures of one kind can conflict
    for j, b in enumerate(fr):
        fr_by_kind.setdefault(b.kind, []).append((j, b))
    totals: dict[int, bool] = {}  # whether a count is its version's largest of its noun (see _largest)
    results = _results_table(en_all) and _results_table(fr_all)

    replaced: dict[int, bool] = {}  # whether an earlier count has its version's current value beside it
    # a version that names its turnout says which of its rates it is: its other rates are no turnout
    named_turnout = (_names_turnout(en_all), _names_turnout(fr_all))

    def superseded(f: Figure, version: Sequence[Figure]) -> bool:
        if id(f) not in replaced:
            replaced[id(f)] = _has_current(f, version)
        return replaced[id(f)]

    parts: dict[int, bool] = {}

    def listed(f: Figure, version: Sequence[Figure]) -> bool:
        if id(f) not in parts:
            parts[id(f)] = _listed_part(f, version)
        return parts[id(f)]

    def total(f: Figure, version: Sequence[Figure]) -> bool:
        if id(f) not in totals:
            totals[id(f)] = _largest(f, version)
        return totals[id(f)]

    # only amounts can be crowded: the tables are looked for when both versions have amounts left to dispute
    money = "money" in fr_by_kind and any(f.kind == "money" for f in en)
    crowded = _crowded_amounts(en_all) | _crowded_amounts(fr_all) if money else set()
    # a story of several countries' tolls: a country's count disputes first the other version's count of it
    countries = len(_countries_of(en_all) | _countries_of(fr_all)) > 1
    # two versions that each list many rates (an inflation release: energy, food, services, each country's)
    # give close rates of different things by chance: a rate disputes one only when both say what it is of
    crowded_rates = all(sum(f.kind == "percent" for f in v) >= CROWDED_RATES for v in (en_all, fr_all))
    for i, a in enumerate(en):
        for j, b in fr_by_kind.get(a.kind, ()):
            d = conflict_distance(a, b)
            if d is None or _parts_of(a, b, en_all) or _parts_of(b, a, fr_all):
                continue
            if not far_counts and _other_counts_apart(a, b):
                continue
            if a.kind == "count" and a.rest != b.rest:
                continue  # "Les 39 autres personnes présentes" is the rest of a whole, no "50 people" attending
            if a.kind == "count" and (_breakdown(a, en_all) or _breakdown(b, fr_all)):
                continue  # "677 people, including 618 men and 59 women": a part of its own version's total
            if a.kind == "count" and (_toll_in_two_parts(a, en_all) or _toll_in_two_parts(b, fr_all)):
                continue  # "38 tuées sur place et 12 autres décédées" after "Cinquante morts"
            if a.kind == "count" and listed(a, en_all) != listed(b, fr_all):
                # "au moins 12 personnes ont péri pendant la tempête, 72 dans les glissements de terrain, 6 ..."
                # against "24 lives": one part of a whole the version never sums is no value of a count given
                # whole
                continue
            if countries and a.kind == "count" and _one_country_unsaid(a, b):
                # "31 deaths" in Haiti disputes "20 morts" in Haiti before "23 people" of a town whose sentence
                # names no country
                d += COUNTRY_UNSAID
            if a.kind in ("count", "money") and a.subject and b.subject and a.subject != b.subject:
                # "two children" among the dead against "10 enfants" among the injured; "Ebitda reached €2.5bn"
                # against "le record de 2,4 milliards" of profit
                continue
            if a.kind == "count" and _places_apart(a, b, en_all, fr_all):
                continue  # "40,000 in Lyon" against "36.000 ... à Toulouse", each version counting both cities
            if id(a) in crowded or id(b) in crowded:
                continue  # one price of a table of close prices ("from N189 to N194", "N199"): no role to tell
            if (
                crowded_rates
                and a.kind == "percent"
                and a.unit is None
                and not (a.place and b.place and same_place(a.place, b.place))
                and not (a.month and a.month == b.month)
            ):
                continue  # "Energy costs jumped 6.5%" against "à 6,4% après 6%" with alcohol and tobacco
            if (
                a.kind == "percent"
                and "turnout" in (a.unit, b.unit)
                and a.unit != b.unit
                and named_turnout[a.unit == "turnout"]
            ):
                continue  # "76,98 % des voix" in a version giving "la participation a atteint 80 %"
            if (a.approx or b.approx) and (
                agrees_with_estimate(a, b) or a.kind == "count" and _estimate_holds(a, b)
            ):
                continue  # "nearly $100 million" does not dispute "98 millions"
            if (a.earlier and superseded(a, en_all) or b.earlier and superseded(b, fr_all)) and not (
                a.earlier and b.earlier and a.year is not None and a.year == b.year
            ):
                # "a previous count of 304 dead" does not dispute today's toll; two values a quantity rose from,
                # both dated to one year ("up from 109.0 percent in 2023", "contre 109,9 % en 2023"), do
                continue
            if (a.earlier or b.earlier) and a.kind == "count" and _far_apart(a, b, EARLIER_TOLL_RATIO):
                # a version's only count of a quantity, given as an earlier one ("a previous count of 304 dead"
                # against "700 morts"), disputes only a close count ("le premier bilan ... 17 décès" against "13
                # people")
                continue
            if results and a.unit in RESULT_UNITS and b.unit in RESULT_UNITS:
                # two tables of results: the order of mention tells nothing, the values must be close
                if relative_gap(float(a.value), float(b.value)) <= RESULTS_GAP:
                    distances[(i, j)] = d
                continue
            distances[(i, j)] = d + MENTION_PENALTY * (rank_en[i] + rank_fr[j])
            if (
                a.kind == "count"
                and bool(a.place) != bool(b.place)
                and not _names_a_people(a.place or b.place)
            ):
                a_total, b_total = total(a, en_all), total(b, fr_all)
                if not (a_total if a.place else b_total) and (b_total if a.place else a_total):
                    # a place's count below its version's total ("Sept personnes ... à Trèbes", of "12
                    # morts") is a part: the other version's total ("at least six people dead") disputes
                    # the total first
                    distances[(i, j)] += PLACE_APART

    def closest(side: int) -> dict[int, int]:
        best: dict[int, tuple[float, int | None]] = {}
        for key, d in distances.items():
            me, other = key[side], key[1 - side]
            if me not in best or d < best[me][0]:
                best[me] = (d, other)
            elif d == best[me][0]:
                best[me] = (d, None)  # a tie: no single closest
        return {me: other for me, (_, other) in best.items() if other is not None}

    en_best, fr_best = closest(0), closest(1)
    found = [(en[i], fr[j]) for i, j in en_best.items() if fr_best.get(j) == i]
    found += _order_conflict(en, fr)
    taken = {id(f) for pair in found for f in pair}
    found += _currency_conflicts([f for f in en if id(f) not in taken], [f for f in fr if id(f) not in taken])
    taken = {id(f) for pair in found for f in pair}
    found += _scale_slips([f for f in en if id(f) not in taken], [f for f in fr if id(f) not in taken])
    taken = {id(f) for pair in found for f in pair}
    amounts = _converted_amounts(
        [f for f in en if id(f) not in taken], [f for f in fr if id(f) not in taken], en, fr
    )
    if converted is not None:
        converted += amounts
    # one person's age each version gives differently: one unmatched age on each side, in years or in months
    for ages_en, ages_fr in _by_unit(en, fr, "age"):
        # an age given as a bound is a group's ("36 % des votants avaient moins de 40 ans"), no person's
        ages_en = [f for f in ages_en if f.approx not in _BOUNDS and f.bound is None]
        ages_fr = [f for f in ages_fr if f.approx not in _BOUNDS and f.bound is None]
        # a named person's age each version gives differently ("Saniya Khan, 32", "Saniya Khan, 31 ans")
        named = _named_ages_apart(ages_en, ages_fr)
        found += named
        ages_en = [f for f in ages_en if not any(f is a for a, _ in named)]
        ages_fr = [f for f in ages_fr if not any(f is b for _, b in named)]
        if (
            (sole := _sole_pair_apart(ages_en, ages_fr, AGE_RATIO)) is not None
            # "in his mid 60s" does not dispute "64 ans": an age said by its decade holds any age of it
            and not _one_in_the_others_decade(*sole)
            and bool(sole[0].place) == bool(sole[1].place)
            and not (sole[0].place and sole[1].place and not same_person(sole[0].place, sole[1].place))
            and not _listed_with_matched_age(sole[0], en, en_all)
            and not _listed_with_matched_age(sole[1], fr, fr_all)
        ):
            # not "A 60-year-old man suffered serious injuries" against "Salvatore Lorini, 45 ans, qui vit à
            # Ischia": a person one version names and the other does not may be two people, as two people
            # named apart are ("Félix Bingui, a French national aged 34", "Mohamed T., 32 ans")
            found.append(sole)
        elif ages_en and ages_fr:
            found += _birthday_apart(ages_en, ages_fr)
    # a vote's turnout each version gives differently, however it was rounded or updated ("73.68 per cent one
    # hour before polls closed", "80,63 %")
    turnout_en = [f for f in en if _turnout(f)]
    turnout_fr = [f for f in fr if _turnout(f)]
    if (sole := _sole_pair_apart(turnout_en, turnout_fr, TURNOUT_RATIO)) is not None and not any(
        f is g for pair in found for f in pair for g in sole
    ):
        found.append(sole)
    # one span each version gives differently: one unmatched duration of a unit on each side, close ("a
    # four-month trial", "3 mois et demi d'audience"; "the highest in 40 years", "un sommet en 39 ans")
    for spans_en, spans_fr in _by_unit(en, fr, "duration"):
        if (sole := _sole_pair_apart(spans_en, spans_fr, DURATION_RATIO)) is not None and not _two_lives(
            *sole
        ):
            found.append(sole)
    # ... or in two units, when it is the one unmatched duration of each version ("after 19 months in
    # captivity", "après un an et demi de captivité")
    if (sole := _sole_span_in_two_units(en, fr)) is not None:
        found.append(sole)
    taken = {id(f) for pair in found for f in pair}
    found += _race_times_apart([f for f in en if id(f) not in taken], [f for f in fr if id(f) not in taken])
    return found


#: How far apart, relative to the time, two race times may be for them to be one runner's time said twice:
#: a second or two of two hours ("winning in 2:09:56", "un chrono de 2h09min57s").
RACE_TIME_GAP = 0.005


def _race_times_to_the_second(en: list[Figure], fr: list[Figure]) -> list[tuple[Figure, Figure]]:
    """Race times less than a second apart, each the other's closest: one time, one version giving its tenths
    ("1:59:40.2" against "1h59'40''"), or told to the minute by one version ("64 days, 19 hours and 22 minutes"
    against "64 j 19 h 22 min 49 s"), shown as matched (a second apart, two times: see _race_times_apart)."""

    def apart(a: Figure, b: Figure) -> float | None:
        if not (_race_time(a) and _race_time(b)):
            return None
        gap = abs(float(a.value) - float(b.value))
        return gap if gap < SUB_SECOND or _to_the_minute(a, b) else None

    return _mutually_closest(en, fr, apart)


#: Less than a second, in minutes to the thousandth (a second is 0.016 or 0.017 of a minute once rounded).
SUB_SECOND = 0.01


def _race_time(f: Figure) -> bool:
    return f.kind == "duration" and f.unit == "minutes" and f.value >= 1


def _race_times_apart(en: list[Figure], fr: list[Figure]) -> list[tuple[Figure, Figure]]:
    """Race times (durations of a minute or more, in minutes to the second) each version gives differently,
    each the other's closest: "first in 2:02:44" against "en 2h02min43s"."""
    times_en = [f for f in en if _race_time(f)]
    times_fr = [f for f in fr if _race_time(f)]
    return [
        (a, b)
        for a, b in _mutually_closest(times_en, times_fr, lambda a, b: abs(float(a.value) - float(b.value)))
        if a.value != b.value and abs(float(a.value) - float(b.value)) <= RACE_TIME_GAP * float(a.value)
    ]


def _to_the_minute(a: Figure, b: Figure) -> bool:
    """Whether one of two times is the other told to the minute, its seconds left off ("64 days, 19 hours and 22
    minutes" against "64 jours, 19 heures, 22 minutes et 49 secondes"): one time, no dispute."""
    low, high = sorted((float(a.value), float(b.value)))
    return low.is_integer() and math.floor(high) == low


def _mutually_closest(
    en: Sequence[Figure], fr: Sequence[Figure], distance: Callable[[Figure, Figure], float | None]
) -> list[tuple[Figure, Figure]]:
    """The pairs of an English and a French figure each the other's closest by ``distance`` (English figure
    first; None where two figures are not to be compared), the first of equally close ones."""

    def nearest(measured: Iterable[tuple[float | None, Figure]]) -> Figure | None:
        near = [(d, f) for d, f in measured if d is not None]
        return min(near, key=lambda p: p[0])[1] if near else None

    found = []
    for a in en:
        b = nearest((distance(a, g), g) for g in fr)
        if b is not None and nearest((distance(g, b), g) for g in en) is a:
            found.append((a, b))
    return found


def _sole_span_in_two_units(en: list[Figure], fr: list[Figure]) -> tuple[Figure, Figure] | None:
    """The one duration each version gives, in two units of one measure, when their values differ and the
    larger is at most ``DURATION_RATIO`` times the smaller."""
    spans_en = [f for f in en if f.kind == "duration"]
    spans_fr = [f for f in fr if f.kind == "duration"]
    if len(spans_en) != 1 or len(spans_fr) != 1 or spans_en[0].unit == spans_fr[0].unit:
        return None
    a, b = spans_en[0], spans_fr[0]
    base_a, base_b = _in_base(a), _in_base(b)
    if base_a is None or base_b is None or base_a[0] != base_b[0]:
        return None
    if (a.approx or b.approx) and agrees_with_estimate(a, b):
        return None
    x, y = float(base_a[1]), float(base_b[1])
    if abs(x - y) == CONVERTIBLE_UNITS[("duration", "days")][1] and {a.unit, b.unit} == {"weeks", "days"}:
        return None  # "quinze jours", "huit jours": two weeks and a week, as French counts them
    if x > 0 and y > 0 and x != y and max(x, y) <= DURATION_RATIO * min(x, y):
        return a, b
    return None


def _places_apart(a: Figure, b: Figure, en: Sequence[Figure], fr: Sequence[Figure]) -> bool:
    """Whether two counts are of two places either version tells apart: each names its place, and the other
    version gives a count of the first one's place, or the first version one of the other's (a list of cities'
    marchers in both reports: Lyon's count disputes only Lyon's). Towns only: a country holds them."""
    if not a.place or not b.place or same_place(a.place, b.place):
        return False
    if _country(a.place) or _country(b.place) or _people_form(a.place) or _people_form(b.place):
        return False  # a town's count and its country's ("59" in Macedonia, "50 morts" in Kocani) may be one
    if any(f.kind == "count" and f.place and same_place(a.place, f.place) for f in fr) or any(
        f.kind == "count" and f.place and same_place(b.place, f.place) for f in en
    ):
        return True
    # both versions list many towns' counts (marchers by city, each report its own choice of cities): two
    # towns' counts are two quantities, even when neither version names the other's town
    return len(_count_places(en)) >= LISTED_PLACES and len(_count_places(fr)) >= LISTED_PLACES


#: How many places' counts make a version's list of places (see :func:`_places_apart`).
LISTED_PLACES = 3


def _count_places(version: Sequence[Figure]) -> set[str]:
    return {f.place for f in version if f.kind == "count" and f.place}


def _crowded_amounts(version: Sequence[Figure]) -> set[int]:
    """The ids of the amounts of a version that has :data:`CROWDED_AMOUNTS` others of their currency within
    :data:`MONEY_TOLERANCE` of them: a table of prices by region or by year, whose one value disputes nothing by
    its place in a sentence."""
    money = [f for f in version if f.kind == "money" and f.value > 0]
    if len(money) <= CROWDED_AMOUNTS:
        return set()
    return {
        id(f)
        for f in money
        if sum(
            1
            for o in money
            if o is not f
            and o.currency == f.currency
            and o.value != f.value
            and relative_gap(float(o.value), float(f.value)) <= MONEY_TOLERANCE
        )
        >= CROWDED_AMOUNTS
    }


#: How many other amounts close to an amount make it one of a table (see :func:`_crowded_amounts`).
CROWDED_AMOUNTS = 2


def _turnout(f: Figure) -> bool:
    return f.kind == "percent" and f.unit == "turnout"


def _names_turnout(version: Sequence[Figure]) -> bool:
    return any(_turnout(f) for f in version)


def _turnout_unsaid(a: Figure, b: Figure) -> bool:
    """Whether one of two rates is a turnout and the other a rate its version does not call one."""
    return {a.unit, b.unit} == {None, "turnout"}


def _share_unsaid(a: Figure, b: Figure) -> bool:
    """Whether one of two rates is a share of the votes ("41% des suffrages") and the other a rate its version
    does not say of what: the same result said shorter ("the Conservatives won 41%")."""
    return {a.unit, b.unit} == {None, "vote"}


def _forecast_apart(a: Figure, b: Figure) -> bool:
    """Whether a forecast ("expects growth of 6 to 8 %") and a value reached are two quantities: a forecast is a
    value reached only as its rounding ("the budget's projected spending will rise to $535 billion" against
    "totalisent 534,6 milliards de dollars")."""
    return a.later != b.later and relative_gap(float(a.value), float(b.value)) > FORECAST_ROUNDING


def _by_unit(en: list[Figure], fr: list[Figure], kind: str) -> list[tuple[list[Figure], list[Figure]]]:
    """The figures of ``kind`` of each version, unit by unit of the English ones."""
    return [
        (
            [f for f in en if f.kind == kind and f.unit == unit],
            [f for f in fr if f.kind == kind and f.unit == unit],
        )
        for unit in {f.unit for f in en if f.kind == kind}
    ]


def _two_lives(a: Figure, b: Figure) -> bool:
    """Whether two spans are of two lives: one a named person's ("Gaëtan, 32 ans, ... depuis douze ans"), the
    other the story's or another person's ("Over the past 10 years")."""
    return (bool(a.place) != bool(b.place)) or bool(a.place and b.place and not same_person(a.place, b.place))


def _sole_pair_apart(en: list[Figure], fr: list[Figure], ratio: float) -> tuple[Figure, Figure] | None:
    """The one figure each version gives, when their values differ and the larger is at most ``ratio`` times
    the smaller."""
    if len(en) != 1 or len(fr) != 1:
        return None
    if (en[0].approx or fr[0].approx) and (agrees_with_estimate(en[0], fr[0]) or _bounds_hold(en[0], fr[0])):
        return None  # "the more than three-month trial" and "3 mois et demi d'audience" agree
    x, y = float(en[0].value), float(fr[0].value)
    if x > 0 and y > 0 and _rounded(x) != _rounded(y) and max(x, y) <= ratio * min(x, y):
        return en[0], fr[0]
    return None


def _bounds_hold(a: Figure, b: Figure) -> bool:
    """Whether two spans of one unit, one or both given as a bound, may be one: two floors ("over 12 years",
    "plus de dix ans") or two ceilings never contradict each other, and a floor holds a value less than one
    unit above it ("more than three months", "3 mois et demi")."""
    if a.approx == b.approx and a.approx in ("at least", "at most"):
        return True
    x, y = float(a.value), float(b.value)
    for bound, other, value in ((a, y, x), (b, x, y)):
        if bound.approx == "at least" and value <= other < value + 1:
            return True
        if bound.approx == "at most" and value - 1 < other <= value:
            return True
    return False


#: Largest ratio between the one unmatched turnout of each version for them to be one turnout disputed.
TURNOUT_RATIO = 1.3
#: Largest ratio between the one unmatched duration of a unit in each version for them to be one span disputed:
#: further apart ("about three minutes", "cinq minutes"; "ten days", "une semaine"), two spans of a story are
#: as often two different things (a sentence and the time served, an outage and its aftermath).
DURATION_RATIO = 1.3


def _age_then(f: Figure) -> bool:
    """Whether ``f`` is an age a person will have or had, not the one a version gives now."""
    return f.kind == "age" and (f.later or f.earlier)


#: How far apart a version's only toll, said as an earlier one, may be from the other version's and still
#: dispute it (see :func:`_conflicts`).
EARLIER_TOLL_RATIO = 1.5


def _far_apart(a: Figure, b: Figure, ratio: float) -> bool:
    low, high = sorted((abs(float(a.value)), abs(float(b.value))))
    return low == 0 or high / low > ratio


def _changed_from(earlier: Figure, version: Sequence[Figure]) -> bool:
    """Whether a figure is the value its quantity changed from, its new value said with it ("brought the rate
    down to 3.75% from 4%", "le taux passe de 4 % à 3,75 %")."""
    return earlier.earlier and any(
        g is not earlier
        and not g.earlier
        and g.kind == earlier.kind
        and g.unit == earlier.unit
        and g.value != earlier.value
        and _said_together(g, earlier)
        for g in version
    )


def _has_current(earlier: Figure, version: Sequence[Figure]) -> bool:
    """Whether a version that gives a count as an earlier value ("un député avait fait état de 170 morts et 41
    survivants") also gives that quantity's current one (a figure of its kind, another value and a related
    noun): only then is the earlier value no dispute of the other version's; alone, it is the version's value.
    A death toll's earlier value is superseded by any other toll of the version (of a related noun or not)."""
    if earlier.unit in DEATH_UNITS:
        # a toll's earlier value is superseded when the version gives a current toll of any other value; a
        # "premier bilan" that is the version's only toll ("Selon le premier bilan officiel, on compte 17
        # décès") is its value, disputing the other version's
        return any(
            g is not earlier
            and not g.earlier
            and g.kind == "count"
            and g.value != earlier.value
            and g.unit in DEATH_UNITS
            for g in version
        )
    return any(
        g is not earlier
        and not g.earlier
        and g.kind == earlier.kind
        and g.value != earlier.value  # the same value again (a headline) is no other value
        and (g.unit == earlier.unit or _lexicon_relates(g.unit, earlier.unit) or _replaces(g, earlier))
        for g in version
    )


def _replaces(current: Figure, earlier: Figure) -> bool:
    """Whether ``current`` is the value of its sentence that ``earlier``, an earlier value whose noun is left
    unsaid, was replaced by: "74,513 people incarcerated on 1 July, up from 73,700 the previous month"."""
    return (
        earlier.earlier
        and earlier.unit is None
        and not current.earlier
        and current.kind == earlier.kind
        and current.value != earlier.value
        and current.field == earlier.field
        and current.sentence == earlier.sentence
    )


def _replaced_in_its_sentence(f: Figure, version: Sequence[Figure]) -> bool:
    """Whether ``f`` is an earlier value its own sentence gives the current value of (see :func:`_replaces`)."""
    return f.earlier and f.unit is None and any(_replaces(g, f) for g in version)


#: How the English and French names of a people end, not a country's ("Algerian", "Français", "Chinese").
_DEMONYM_ENDINGS = ("ian", "ians", "ean", "eans", "ese", "ais", "aise", "aises", "ois", "oise", "oises", "ien",
                    "iens", "ienne", "iennes")  # fmt: skip


def _names_a_people(place: str | None) -> bool:
    """Whether a figure's place is a people's name ("25 Algerian soldiers"), the whole of a count, no part."""
    return bool(place) and folded(place or "").endswith(_DEMONYM_ENDINGS)


def _largest(f: Figure, version: Sequence[Figure]) -> bool:
    """Whether no count of ``f``'s noun (or of the dead, for a toll) in its version is larger."""
    return not any(
        g.kind == "count"
        and g.value > f.value
        and not g.earlier
        and (g.unit == f.unit or {g.unit, f.unit} <= DEATH_UNITS)
        for g in version
    )


#: The hedges of a bound: an age given so ("moins de 40 ans") is a group's, no person's.
_BOUNDS = ("at most", "at least")
#: Two ages this many years apart, each the other's closest, are one person's age counted at two birthdays
#: ("57-year-old" against "58 ans") where the versions give several ages.
BIRTHDAY_APART = 1


def _named_ages_apart(en: list[Figure], fr: list[Figure]) -> list[tuple[Figure, Figure]]:
    """Ages of one named person, one in each version, of two values at most :data:`AGE_RATIO` apart: the
    name tells whose they are, however many other people's ages the versions list."""
    found = []
    for a in en:
        if not a.place or a.later or a.earlier:
            continue
        same = [b for b in fr if b.place and not b.later and not b.earlier and same_person(a.place, b.place)]
        if len(same) == 1 and not _far_apart(a, same[0], AGE_RATIO) and same[0].value != a.value:
            found.append((a, same[0]))
    return found


def _birthday_apart(en: list[Figure], fr: list[Figure]) -> list[tuple[Figure, Figure]]:
    """Ages of the two versions a year apart, each the other's only age that close: one person's age."""
    near = [
        (a, b)
        for a in en
        for b in fr
        if 0 < abs(float(a.value) - float(b.value)) <= BIRTHDAY_APART
        and not _one_in_the_others_decade(a, b)  # "in his mid 60s" holds "64 ans"
    ]
    return [
        (a, b)
        for a, b in near
        if sum(1 for x, _ in near if x is a) == 1 and sum(1 for _, y in near if y is b) == 1
    ]


#: How many times one version's age of a person may be the other's: further apart, the two versions speak of
#: two people, as ages twice apart are a parent's and a child's ("Jokowi's 36-year-old son" against "le
#: général âgé de 72 ans"; "a 30-year-old" against "52 ans" is one, disputed).
AGE_RATIO = 1.9


def _currency_conflicts(en: list[Figure], fr: list[Figure]) -> list[tuple[Figure, Figure]]:
    """An amount each version has left unmatched, of one value in two currencies ("over $100 million" against
    "près de 100 millions d'euros"), the only one of that value in each: one amount, its currency disputed.
    (Two amounts left of one currency and different values are often two things: a ransom and the losses.)"""
    by_value: dict[float | int, list[list[Figure]]] = {}
    for side, figures in enumerate((en, fr)):
        for f in figures:
            if (
                f.kind == "money"
                and f.approx != "order"
                and f.currency
                and f.value >= CURRENCY_CONFLICT_LEAST
                # "de 5 à 70 millions d'euros": a spread of ransoms, no amount of the story
                and f.bound is None
            ):
                by_value.setdefault(_rounded(f.value), [[], []])[side].append(f)
    return [
        (amounts_en[0], amounts_fr[0])
        for amounts_en, amounts_fr in by_value.values()
        if len(amounts_en) == len(amounts_fr) == 1
        and not same_currency(amounts_en[0], amounts_fr[0])
        and _mistakable(amounts_en[0].currency, amounts_fr[0].currency)
        and not _bound_of_conversion(amounts_en[0], amounts_fr[0])
        and not _bound_of_conversion(amounts_fr[0], amounts_en[0])
    ]


def _mistakable(a: str | None, b: str | None) -> bool:
    """Whether one report may have given an amount in the other's currency by mistake: two currencies of
    about one worth (dollars, euros, pounds, francs), not "PKR10 billion" against "10 milliards de dollars",
    two amounts of one value by chance (a rupee is worth a few hundredths of a dollar)."""
    rate_a, rate_b = ROUGH_USD.get(a or ""), ROUGH_USD.get(b or "")
    if rate_a is None or rate_b is None:
        return False  # the table holds the currencies of about a dollar's worth
    return max(rate_a, rate_b) / min(rate_a, rate_b) <= MISTAKABLE_WORTH


#: How many times one currency may be worth another for an amount given in either to be one amount whose
#: currency a report got wrong.
MISTAKABLE_WORTH = 3.0


#: How far apart, once in US dollars at rough rates, two amounts in two currencies may be and still be one
#: amount converted by one report ("$67 million" and "63 millions d'euros", "$16,000" and "2 millions de
#: dinars").
FX_SPREAD = 1.1


#: How far apart, in degrees Celsius, a reading in Fahrenheit converted and one in Celsius may be one reading
#: (each said to the degree: "110 degrees" Fahrenheit is 43.3 °C, "43°C").
TEMPERATURE_CONVERSION = 1.0
#: ... and how far a version's own conversion of a reading may fall from it ("50 degrees Celsius (120 degrees
#: Fahrenheit)": 48.9 °C, rounded to tens of Fahrenheit).
OWN_CONVERSION = 1.5


def _converted_temperatures(
    en: list[Figure], fr: list[Figure], en_all: Sequence[Figure], fr_all: Sequence[Figure]
) -> list[tuple[Figure, Figure]]:
    """Readings each version has left unmatched, one in Fahrenheit and the other in Celsius, each the other's
    closest once both are in Celsius and within :data:`TEMPERATURE_CONVERSION`: one reading in two units
    ("110 degrees" in Phoenix, "43°C"), shown as matched (English figure first; see :func:`compare_figures`)."""

    def celsius(f: Figure) -> float:
        return (float(f.value) - 32) * 5 / 9 if f.unit == "F" else float(f.value)

    def readings(figures: list[Figure], version: Sequence[Figure]) -> list[Figure]:
        every = [f for f in version if f.kind == "temperature" and f.unit in ("C", "F")]
        # a reading its version also gives in the other unit ("50 degrees Celsius (120 degrees Fahrenheit)")
        # is compared in the unit both versions use
        return [
            f
            for f in figures
            if f.kind == "temperature"
            and f.unit in ("C", "F")
            and not any(g.unit != f.unit and abs(celsius(g) - celsius(f)) <= OWN_CONVERSION for g in every)
        ]

    def apart(a: Figure, b: Figure) -> float | None:
        return abs(celsius(a) - celsius(b)) if a.unit != b.unit else None

    pairs = _mutually_closest(readings(en, en_all), readings(fr, fr_all), apart)
    return [(a, b) for a, b in pairs if abs(celsius(a) - celsius(b)) <= TEMPERATURE_CONVERSION]


def _converted_amounts(
    en: list[Figure], fr: list[Figure], en_all: Sequence[Figure], fr_all: Sequence[Figure]
) -> list[tuple[Figure, Figure]]:
    """Amounts each version has left unmatched, in two currencies, each the other's closest once both are in
    US dollars and within :data:`FX_SPREAD` of each other: one amount, which one report gives in another
    currency (its own conversion, or the other's figure converted: "$8.4 billion" and "5,8 milliards" d'euros),
    shown as matched, not as a disagreement nor as two amounts each version alone reports. Not when either version (all its figures ``en_all``, ``fr_all``)
    gives other amounts in the other's currency: it would have given this one so too ("660.000 dollars" beside
    "3,02 millions d'euros" for another prize); nor between two versions crowded with amounts (a list of
    prizes, a budget's lines), where two sums in two currencies fall close by chance."""
    money_en = [f for f in en_all if f.kind == "money"]
    money_fr = [f for f in fr_all if f.kind == "money"]
    if len(money_en) > CONVERSION_CROWD and len(money_fr) > CONVERSION_CROWD:
        return []

    def dollars(figures: list[Figure]) -> list[tuple[Figure, float]]:
        return [
            (f, usd)
            for f in figures
            if f.kind == "money"
            and f.approx != "order"
            and f.value > 0
            and (usd := rough_usd(float(f.value), f.currency)) is not None
        ]

    english, french = dollars(en), dollars(fr)

    def apart(x: tuple[Figure, float], y: tuple[Figure, float]) -> float:
        return max(x[1], y[1]) / min(x[1], y[1])

    def closest(a: tuple[Figure, float], others: list[tuple[Figure, float]]) -> tuple[Figure, float] | None:
        return min(others, key=lambda o: apart(a, o), default=None)

    found = []
    for a in english:
        b = closest(a, french)
        if (
            b is not None
            and a[0].currency != b[0].currency
            and apart(a, b) <= FX_SPREAD
            and closest(b, english) is a
            and not any(a[0].currency == o.currency for o in money_fr)
            and not any(b[0].currency == o.currency for o in money_en)
        ):
            found.append((a[0], b[0]))
    return found


#: How many amounts each version must give for two close sums in two currencies to be no evidence of one
#: amount converted (see :func:`_converted_amounts`).
CONVERSION_CROWD = 8


def _converted_bounds(en: list[Figure], fr: list[Figure]) -> list[tuple[Figure, Figure]]:
    """Amounts of one value in two currencies, one a bound the conversion of the other keeps to ("more than
    $100,000" and "100.000 euros"): one amount, each in the currency of its version's readers."""
    return _paired_once(
        [a for a in en if a.kind == "money"],
        [b for b in fr if b.kind == "money"],
        lambda a, b: (
            _rounded(a.value) == _rounded(b.value)
            and (_bound_of_conversion(a, b) or _bound_of_conversion(b, a))
        ),
    )


#: How far apart two outlets' conversions of one amount may be (their rates and roundings differ).
CONVERSION_TOLERANCE = 0.05


def _close_conversions(en: list[Figure], fr: list[Figure]) -> list[tuple[Figure, Figure]]:
    """Conversions of one amount into one currency by the two versions, close in value: one amount."""
    return _paired_once(
        en,
        fr,
        lambda a, b: (
            same_currency(a, b) and relative_gap(float(a.value), float(b.value)) <= CONVERSION_TOLERANCE
        ),
    )


def _paired_once(
    en: list[Figure], fr: list[Figure], agree: Callable[[Figure, Figure], bool]
) -> list[tuple[Figure, Figure]]:
    """Each figure of ``en`` with the first figure of ``fr`` still free that it agrees with: each used once."""
    found = []
    free = list(fr)
    for a in en:
        b = next((b for b in free if agree(a, b)), None)
        if b is not None:
            found.append((a, b))
            free.remove(b)
    return found


def _bound_of_conversion(bound: Figure, stated: Figure) -> bool:
    """Whether ``bound`` is the other version's stated amount converted and rounded the way its words say:
    "more than $100,000" for a fine of "100.000 euros" (a euro is worth more than a dollar)."""
    if stated.approx is not None or bound.approx not in ("at least", "at most"):
        return False
    rates = ROUGH_USD.get(bound.currency or ""), ROUGH_USD.get(stated.currency or "")
    if rates[0] is None or rates[1] is None or rates[0] == rates[1]:
        return False
    worth_more = rates[1] > rates[0]  # the stated amount is worth more units of the bound's currency
    return worth_more == (bound.approx == "at least")


#: Amounts from which one value in two currencies is one amount disputed, not a coincidence of small sums.
CURRENCY_CONFLICT_LEAST = 10_000


#: How far outside an order of magnitude ("hundreds of millions": 100 million up to a billion) an amount of the
#: other version must lie to dispute it: loose wording and rough exchange rates are no disagreement.
ORDER_MARGIN = 1.5


def _order_conflict(en: list[Figure], fr: list[Figure]) -> list[tuple[Figure, Figure]]:
    """An amount given only as an order of magnitude against the other version's stated amount, well outside
    it, when each version has exactly one unmatched amount (nothing else they could be about)."""
    money_en = [f for f in en if f.kind == "money"]
    money_fr = [f for f in fr if f.kind == "money"]
    if len(money_en) != 1 or len(money_fr) != 1:
        return []
    a, b = money_en[0], money_fr[0]
    order, stated = (a, b) if a.approx == "order" else (b, a)
    if order.approx != "order" or stated.approx == "order":
        return []
    rates = (ROUGH_USD.get(order.currency or ""), ROUGH_USD.get(stated.currency or ""))
    if rates[0] is None or rates[1] is None or stated.value <= 0:
        return []
    value = float(stated.value) * rates[1] / rates[0]  # in the order's currency
    floor = float(order.value)
    if floor / ORDER_MARGIN <= value < 10 * floor * ORDER_MARGIN:
        return []
    return [(a, b)]


#: How far from a thousand times the other an amount may be to be the other's scale slipped (see
#: :func:`_scale_slips`).
SCALE_SLIP_GAP = 0.05
#: The least of the two amounts: a prize table's "€200" a day and "200 000 euros" are two sums.
SCALE_SLIP_LEAST = 100_000


def _scale_slips(en: list[Figure], fr: list[Figure]) -> list[tuple[Figure, Figure]]:
    """Two amounts of one currency, one a thousand times the other, the only such amount of the other version
    for each English one: one sum with its scale word slipped ("about 500 million euros" in ransoms, "un
    demi-million d'euros de rançons"), a dispute; two sums of a story are seldom three orders of magnitude
    apart to the per cent."""
    found: list[tuple[Figure, Figure]] = []
    for a in en:
        if a.kind != "money" or a.value <= 0 or a.change:
            continue
        slips = [
            b
            for b in fr
            if b.kind == "money"
            and b.value > 0
            and same_currency(a, b)
            and b.change == a.change
            and min(float(a.value), float(b.value)) >= SCALE_SLIP_LEAST
            and relative_gap(max(float(a.value), float(b.value)), 1000 * min(float(a.value), float(b.value)))
            <= SCALE_SLIP_GAP
        ]
        if len(slips) == 1 and not any(slips[0] is b for _, b in found):
            found.append((a, slips[0]))
    return found


def converted_amounts(figures: Sequence[Figure]) -> set[int]:
    """The ids of the amounts that convert the amount right before them into another currency ("€150
    million ($170 million)", "$20.5 billion (around €19.08 billion)"): the outlet's own arithmetic."""
    return {id(f) for f in figures if f.converts}


def _source_matched(conversion: Figure, version: Sequence[Figure], matched: set[int]) -> bool:
    """Whether the amount ``conversion`` converts (the amount right before it in its field) is matched: "606
    millions de dollars (soit quelque 513 millions d'euros)" with "$606 million" matched, the euros restate a
    quantity already compared and round no other amount."""
    before = [
        f
        for f in version
        if f.kind == "money" and f.field == conversion.field and f.end <= conversion.start and not f.converts
    ]
    return bool(before) and id(max(before, key=lambda f: f.end)) in matched


def compare_figures(
    en: Sequence[Figure],
    fr: Sequence[Figure],
    *,
    unique: tuple[list[Figure], list[Figure]] | None = None,
    far_counts: bool = False,
) -> Comparison:
    """Match the figures of the English and French versions (one-to-one, exact keys first, then compatible
    ones, then a value whose unit one side lost), then find conflicts among what is left on both sides.
    ``unique``: ``distinct(en)`` and ``distinct(fr)``, when the caller has them already. ``far_counts``: two
    counts of one noun no story tallies dispute each other however far apart a count may be (see
    :data:`TALLY_UNITS`): evidence that a report gives a later value of a story's quantity."""
    en_set, fr_set = unique if unique is not None else (distinct(en), distinct(fr))  # read, never changed
    # a headline rounding a figure of its own body ("$450M" over "$450.3 million") is that figure said round: the
    # body's is the one compared, so the headline takes no match the body's value would dispute (a headline's
    # bound, "At least 60 die" over "at least 61", is left to the rules of estimates)
    if any(f.field == "title" for f in en_set):
        en_set = [f for f in en_set if not _headline_rounds_off(f, en_set)]
    if any(f.field == "title" for f in fr_set):
        fr_set = [f for f in fr_set if not _headline_rounds_off(f, fr_set)]
    free = _by_bucket(fr_set)
    pairs: list[tuple[Figure, Figure]] = []
    waiting = [(a, figure_bucket(a)) for a in en_set]  # each English figure with its bucket, worked out once
    for rule in (lambda a, b: figure_key(a) == figure_key(b), *LOOSER_MATCHES):
        still: list[tuple[Figure, tuple[str, float | int]]] = []
        for a, bucket in waiting:
            candidates = free.get(bucket)
            b = (
                next((b for b in candidates if rule(a, b) and _comparable(a, b)), None)
                if candidates
                else None
            )
            if candidates is None or b is None:
                still.append((a, bucket))
            else:
                pairs.append((a, b))
                candidates.remove(b)
        waiting = still
    unmatched_en = [a for a, _ in waiting]
    order = {id(f): i for i, f in enumerate(en)}
    pairs.sort(key=lambda p: order.get(id(p[0]), 0))
    matched_fr = {id(b) for _, b in pairs}
    unmatched_fr = [f for f in fr_set if id(f) not in matched_fr]
    swapped = _role_swaps(pairs, unmatched_en, unmatched_fr) + _place_swaps(pairs, unmatched_en, unmatched_fr)
    if swapped:
        undone = {id(f) for pair in swapped for f in pair}
        # a place's match undone leaves its partner to be compared again: "sept personnes" is FR's own
        unmatched_en += [a for a, b in pairs if id(b) in undone and id(a) not in undone]
        unmatched_fr += [b for a, b in pairs if id(a) in undone and id(b) not in undone]
        pairs = [p for p in pairs if id(p[0]) not in undone and id(p[1]) not in undone]
        unmatched_en = [f for f in unmatched_en if id(f) not in undone]
        unmatched_fr = [f for f in unmatched_fr if id(f) not in undone]
    # estimates, then conversions, each among what the one before left
    estimates: list[tuple[Figure, Figure]] = []
    # an amount converted into another currency beside the amount as reported is the outlet's arithmetic:
    # two outlets' conversions at two rates ("around €19.08 billion", "19 milliards d'euros") dispute nothing
    money_left = any(f.kind == "money" for f in unmatched_en) and any(f.kind == "money" for f in unmatched_fr)
    converted = converted_amounts(en) | converted_amounts(fr) if money_left else set()

    def both_converted(en_left: list[Figure], fr_left: list[Figure]) -> list[tuple[Figure, Figure]]:
        return _close_conversions(
            [f for f in en_left if id(f) in converted], [f for f in fr_left if id(f) in converted]
        )

    def in_two_units(en_left: list[Figure], fr_left: list[Figure]) -> list[tuple[Figure, Figure]]:
        return _converted_temperatures(en_left, fr_left, en, fr)

    rules = (
        (_estimates, _unhedged_roundings, _conversions, _converted_bounds, both_converted, in_two_units,
         _race_times_to_the_second)
        if money_left
        else (_estimates, _unhedged_roundings, _conversions, in_two_units, _race_times_to_the_second)
    )  # fmt: skip
    # a round restatement of a count its own version states ("Plus de 2 500" before "2 571 personnes", or
    # "plus de 260 morts" beside "265 morts" the other version's "265" matched) agrees with nothing on its own:
    # the stated count is what the other version's is compared with ("2,517" against "2 571")
    restating = {
        id(f)
        for side, version in ((unmatched_en, en_set), (unmatched_fr, fr_set))
        for f in side
        if any(_restates(f, o) for o in version)
    }
    # a headline rounding a figure of its own body ("toll jumps to nearly 700" over "694 found dead", "Over 5,000
    # accounts" over "Approximately 5,500 CRA accounts") restates it: the body's figure is the one compared
    # with the other version's, the headline neither matches, disputes nor stands alone
    unmatched_en = [f for f in unmatched_en if not _headline_rounding(f, en_set)]
    unmatched_fr = [f for f in unmatched_fr if not _headline_rounding(f, fr_set)]
    rounding: list[tuple[Figure, Figure]] = []  # the pairs of the two rules of roundings
    crowded_rates = (
        max(sum(f.kind == "percent" for f in unmatched_en), sum(f.kind == "percent" for f in unmatched_fr))
        >= CROWDED_RATES
    )
    for agreeing in rules:
        if agreeing in (_estimates, _unhedged_roundings) and restating:
            found = agreeing(
                [f for f in unmatched_en if id(f) not in restating],
                [f for f in unmatched_fr if id(f) not in restating],
            )
        else:
            found = agreeing(unmatched_en, unmatched_fr)
        # a figure of another year or month ("since January 1983 when it hit 8.2 per cent") rounds nothing; nor
        # does a rate among the many of a table of rates ("+ 1,7%" among thirty), one of which "2%" rounds by
        # chance
        # nor does a value a quantity changed from, beside its new value ("down to 3.75% from 4%")
        found = [
            p
            for p in found
            if _same_time(*p)
            # (two turnouts are one rate of one role, however many rates a version lists)
            and not (p[0].kind == "percent" and crowded_rates and not (_turnout(p[0]) and _turnout(p[1])))
            # nor a place's rate of a list of places' rates ("Zurich (52%)"), a rate said of no place
            and not (p[0].kind == "percent" and p[0].part != p[1].part)
            # nor a signed change of a breakdown ("(−9%)"), which the other version's rates never round
            and not (p[0].minus or p[1].minus or p[0].plus or p[1].plus)
            and not _changed_from(p[0], en_set)
            and not _changed_from(p[1], fr_set)
            # nor an earlier value its version replaces ("74,513 people ..., up from 73,700 the previous
            # month"), against a value the other gives as its own ("En avril, 73.000 détenus")
            and _replaced_in_its_sentence(p[0], en_set) == _replaced_in_its_sentence(p[1], fr_set)
            # nor an amount or a count of another subject ("a US$5-billion penalty" against "un bénéfice de 4,9
            # milliards $ US"), as no conflict is either
            and not (p[0].subject and p[1].subject and p[0].subject != p[1].subject)
        ]
        if not found:
            continue
        estimates += found
        if agreeing in (_estimates, _unhedged_roundings):
            rounding += found
        estimated = {id(f) for pair in found for f in pair}
        unmatched_en = [f for f in unmatched_en if id(f) not in estimated]
        unmatched_fr = [f for f in unmatched_fr if id(f) not in estimated]
    # one version's value restated rounded by the other ("53.21 percent", "53 %"; "nearly 62,000", "61 672")
    # is the same quantity with another value: a dispute, told apart as a rounding
    paired_en, paired_fr = {id(a) for a, _ in pairs}, {id(b) for _, b in pairs}
    rounded = [
        p
        for p in rounding
        if _rounded_apart(*p)
        and not (id(p[0]) in converted and _source_matched(p[0], en, paired_en))
        and not (id(p[1]) in converted and _source_matched(p[1], fr, paired_fr))
        and _whole(*p, en, fr)
        and not _forecast_apart(*p)
        and not (p[0].kind == "count" and (_breakdown(p[0], en) or _breakdown(p[1], fr)))
        # "nearly 19 million customers" then "over 19 million subscribers" against "19,2 millions de clients":
        # the version's other estimate of that value agrees
        and not _agrees_elsewhere(*p, en, fr)
        # "in his mid 60s" holds "63 ans": a decade of life is no rounding of an age in it
        and not _one_in_the_others_decade(*p)
    ]
    if rounded:
        estimates = [p for p in estimates if p not in rounded]
    # A figure its sentence dates to a year ("In 2018, the exchange lost 58 billion yen"; an article's own
    # year is not kept, see reader.pipeline) disputes only a figure dated to that year: one of an earlier
    # event may be missing from the other version, but is no other value of the story's quantity.
    conflicts = []
    # a round restatement of a figure its own version states ("has jumped to nearly 700" before "694
    # people have now been found dead") is that figure: only the stated one disputes the other version
    disputing_en = _unrounded(unmatched_en, en_set, unmatched_fr)
    disputing_fr = _unrounded(unmatched_fr, fr_set, unmatched_en)
    # an amount converted into another currency (the outlet's arithmetic, see above) disputes nothing, nor
    # does an age to come ("aura 32 ans le 15 mars") or one a person had at an event the story looks back on
    # ("was a 23-year-old volunteer when she was kidnapped"): no other value of the age a version gives now
    disputing_en = [f for f in disputing_en if not _age_then(f) and id(f) not in converted]
    disputing_fr = [f for f in disputing_fr if not _age_then(f) and id(f) not in converted]
    # a headline's count of the value of a count its body gives and matches ("Six presumed dead" over "Six
    # workers were missing and presumed dead", matched with "Six personnes ... disparues") is that quantity
    # said with another noun: it disputes none of the other version's counts ("deux corps")
    if pairs:
        disputing_en = _not_headline_of_matched(disputing_en, [a for a, _ in pairs])
        disputing_fr = _not_headline_of_matched(disputing_fr, [b for _, b in pairs])
    # the precise value of an estimate its own version has matched ("6.9 million customers" beside "nearly
    # seven million people", matched with "7 millions de clients") is that quantity, already compared
    # (unless each version states its own precise value of the pair: "Over 6,500" and "Plus de 6.500" matched,
    # "6,558 arrests" against "6.658 personnes ont été arrêtées" is disputed)
    if pairs and (disputing_en or disputing_fr):
        hedged = ("about", "at most", "at least")
        both_stated: set[int] = set()
        for est_en, est_fr in pairs:
            if est_en.approx not in hedged and est_fr.approx not in hedged:
                continue
            stated_en = [f for f in disputing_en if _stated_of(f, [est_en], floors=True)]
            stated_fr = [f for f in disputing_fr if _stated_of(f, [est_fr], floors=True)]
            if stated_en and stated_fr:
                both_stated |= {id(f) for f in stated_en + stated_fr}
        estimated_en = [a for a, _ in pairs if a.approx in hedged]
        estimated_fr = [b for _, b in pairs if b.approx in hedged]
        disputing_en = [f for f in disputing_en if id(f) in both_stated or not _stated_of(f, estimated_en)]
        disputing_fr = [f for f in disputing_fr if id(f) in both_stated or not _stated_of(f, estimated_fr)]
    # a value the other version gives too, of a noun one of its own does ("all 10 victims who were killed"
    # beside "10 victims", against "dix victimes" and "huit des dix victimes sont des femmes"), is reported in
    # both: it disputes none of the other version's values
    if disputing_en and disputing_fr:
        en_buckets, fr_buckets = _by_bucket(en_set), _by_bucket(fr_set)
        disputing_en = [f for f in disputing_en if _any_counterpart(f, fr_buckets) is None]
        disputing_fr = [f for f in disputing_fr if _any_counterpart(f, en_buckets) is None]
    converted_pairs: list[tuple[Figure, Figure]] = []  # one amount in two currencies, shown as matched
    for year in {f.year for f in disputing_en} & {f.year for f in disputing_fr}:
        conflicts += _conflicts(
            [f for f in disputing_en if f.year == year],
            [f for f in disputing_fr if f.year == year],
            en,  # every mention: a part may be said of one noun, and first of another
            fr,
            converted_pairs,
            far_counts=far_counts,
        )
    if converted_pairs:
        moved = {id(f) for pair in converted_pairs for f in pair}
        unmatched_en = [f for f in unmatched_en if id(f) not in moved]
        unmatched_fr = [f for f in unmatched_fr if id(f) not in moved]
        disputing_en = [f for f in disputing_en if id(f) not in moved]
        disputing_fr = [f for f in disputing_fr if id(f) not in moved]
    conflicts += swapped + rounded
    conflicts = [p for p in conflicts if not _below_an_agreed_toll(*p, pairs)]
    conflicts += _stale_titles(pairs, conflicts, unmatched_en, unmatched_fr)
    conflicts += _sole_tolls(
        (unmatched_en, disputing_en), (unmatched_fr, disputing_fr), pairs, conflicts, en, fr
    )
    conflicts += _sole_amounts(disputing_en, disputing_fr, pairs, conflicts)
    conflicts.sort(key=lambda p: order.get(id(p[0]), 0))
    conflicted = {id(f) for pair in conflicts for f in pair}
    only_en = _unrestated([f for f in unmatched_en if id(f) not in conflicted], [a for a, _ in conflicts])
    only_fr = _unrestated([f for f in unmatched_fr if id(f) not in conflicted], [b for _, b in conflicts])
    # A figure is only in one version when no figure of its value and a compatible kind is anywhere in the
    # other: a value said twice of two nouns ("4.2 million members", "4,2 millions de personnes") is
    # matched to the other version's one mention too, many to one.
    en_buckets, fr_buckets = _by_bucket(en) if only_fr else {}, _by_bucket(fr) if only_en else {}
    seconds = [(a, b) for a in only_en if (b := _any_counterpart(a, fr_buckets)) is not None]
    seconds += [(b, a) for a in only_fr if (b := _any_counterpart(a, en_buckets)) is not None]
    again = {id(f) for pair in seconds for f in pair}
    # a count of people left on both sides with a value the two versions matched ("the six missing" matched,
    # then "6 presumed dead" in one headline and "Six ouvriers" in the other report's lede): the story's one
    # group said again with another noun on each side, not a figure each version gives alone
    again |= _restated_on_both_sides(only_en, only_fr, pairs, again)
    # a round restatement of a figure its own version matched ("plus de 3 000 victimes" beside "3 222
    # victimes") is that quantity again: it is in the other version too, and so is one of a disputed figure
    # that agrees with the other version's value ("Plus de 2 500" beside "2 571", against "2,517")
    again |= _restating(only_en, [a for a, _ in pairs], conflicts)
    again |= _restating(only_fr, [b for _, b in pairs], [(b, a) for a, b in conflicts])
    # a headline's value that its own body gives and disputes ("23 millions de cartes SIM" over "ses 23
    # millions d'utilisateurs", against "some 25 million users") is that disputed quantity again
    again |= _headline_of_disputed(only_en, [a for a, _ in conflicts])
    again |= _headline_of_disputed(only_fr, [b for _, b in conflicts])
    # a headline's value that its body gives and compares ("19 Million Users" over "nearly 19 million
    # customers", which agrees with "19,2 millions de clients"): that compared quantity again
    compared_en = [a for a, _ in (*pairs, *estimates, *conflicts)]
    compared_fr = [b for _, b in (*pairs, *estimates, *conflicts)]
    again |= _headline_of_compared(only_en, compared_en)
    again |= _headline_of_compared(only_fr, compared_fr)
    # the precise value of an estimate its own version matched ("2,009 cases" beside "more than 2,000 cases",
    # matched with "près de 2.000 cas") is that quantity, compared already: agreeing with the other version's
    # estimate, or disputing it as a rounding does
    for side, only in ((0, only_en), (1, only_fr)):
        for f in only:
            partner = _estimate_matched(f, pairs, side, only) if id(f) not in again else None
            if partner is None:
                continue
            again.add(id(f))
            # the other version's own finer value beside its estimate ("au moins 432 morts" under "plus de 400
            # morts"): the two finer values are the quantity, disputed when they disagree ("412 people have
            # died")
            finer = _finer_beside(f, partner, only_fr if side == 0 else only_en, conflicted)
            if finer is not None:
                pair = (f, finer) if side == 0 else (finer, f)
                conflicts.append(pair)
                conflicted |= {id(f), id(finer)}
                again.add(id(finer))
                continue
            if not agrees_with_estimate(partner, f):
                pair = (f, partner) if side == 0 else (partner, f)
                conflicts.append(pair)
                rounded.append(pair)
    only_en = [f for f in only_en if id(f) not in again and _key_figure(f)]
    only_fr = [f for f in only_fr if id(f) not in again and _key_figure(f)]
    near = _near_estimates(only_en, only_fr) if only_en and only_fr else []
    if near:
        close = {id(f) for pair in near for f in pair}
        only_en = [f for f in only_en if id(f) not in close]
        only_fr = [f for f in only_fr if id(f) not in close]
        # a count and a close estimate of it are one quantity given two values: a rounding's dispute too,
        # unless the count is a part its version completes ("92 in Valencia", "three more", "au moins 95")
        disputed = [
            p for p in near if _whole(*p, en, fr) and (_nouns_tell_one(*p) or _nearly_one_precise(*p))
        ]
        rounded += disputed
        conflicts += disputed
    if only_en or only_fr:
        # a value inside the other version's range ("roughly 4.8%" against "une fourchette de 4,75 à 5,00%") is
        # that quantity given another way: a dispute with the range, its other bound no figure of its own
        ranged, bounds = _inside_ranges(only_en, only_fr, conflicts)
        if ranged or bounds:
            conflicts += ranged
            gone = bounds | {id(f) for pair in ranged for f in pair}
            only_en = [f for f in only_en if id(f) not in gone]
            only_fr = [f for f in only_fr if id(f) not in gone]
    if only_en and only_fr and pairs:
        # two ranges with one bound in common ("between 3.9% and 9.5%", "entre +3,6% et +9,5%") are one
        # quantity's range: their other bounds dispute
        ranged = _ranges_sharing_a_bound(pairs, only_en, only_fr, en, fr)
        if ranged:
            conflicts += ranged
            gone = {id(f) for pair in ranged for f in pair}
            only_en = [f for f in only_en if id(f) not in gone]
            only_fr = [f for f in only_fr if id(f) not in gone]
    if only_en and only_fr and pairs:
        # the one other count of a sentence both versions match a count of ("700,000" by the union, "80,000" by
        # the police; "700.000 selon la CGT, 81.000 pour la préfecture"): the sentence's other quantity, disputed
        partners = _sentence_partners(pairs, only_en, only_fr)
        if partners:
            agreed_partners = [p for p in partners if _estimate_holds(*p)]
            estimates += agreed_partners
            conflicts += [p for p in partners if p not in agreed_partners]
            gone = {id(f) for pair in partners for f in pair}
            only_en = [f for f in only_en if id(f) not in gone]
            only_fr = [f for f in only_fr if id(f) not in gone]
    # a height or a distance ("the 2,900-metre mountain", "haut de 2.891 mètres") is a measurement, no quantity
    # a report disputes: each version's own
    held = [p for p in conflicts if _measured(p[0]) or _measured(p[1])]
    if held:
        conflicts = [p for p in conflicts if p not in held]
        rounded = [p for p in rounded if p not in held]
        only_en += [a for a, _ in held if _key_figure(a)]
        only_fr += [b for _, b in held if _key_figure(b)]
    if rounded:  # the values told apart first, then the roundings
        roundings = {id(a) for a, _ in rounded}
        conflicts.sort(key=lambda p: (id(p[0]) in roundings, order.get(id(p[0]), 0)))
    return Comparison(
        matched=pairs,
        repeats=estimates + seconds,
        only_en=only_en,
        only_fr=only_fr,
        conflicts=conflicts,
        near=near,
        rounded=rounded,
        converted=converted_pairs,
    )


#: How far apart the sole other counts of two matched sentences may be and still be one quantity disputed.
SENTENCE_PARTNER_GAP = 0.10


def _below_an_agreed_toll(a: Figure, b: Figure, matched: list[tuple[Figure, Figure]]) -> bool:
    """Whether two death tolls of no place are smaller than a death toll both versions give alike ("killing
    over 141 people" and "141 morts"; "More than 100 deaths have been reported till early morning" and "au moins
    132 victimes"): each version's earlier count or a part it tells, no other value of the toll. A country's toll
    ("1,451 deaths in Syria" against "au moins 1440 personnes en Syrie") is a quantity of its own."""
    if a.kind != "count" or a.unit not in DEATH_UNITS or b.unit not in DEATH_UNITS or a.place or b.place:
        return False
    return any(
        x.kind == "count"
        and x.unit in DEATH_UNITS
        and y.unit in DEATH_UNITS
        and x.value > max(a.value, b.value)
        for x, y in matched
    )


def _estimate_holds(a: Figure, b: Figure) -> bool:
    """Whether one of two figures that are one quantity, whatever their nouns, is an estimate holding the other's
    value ("110 security issues in ChromeOS", "un peu plus d'une centaine de bugs découverts dans ChromeOS"):
    they agree."""
    return bool(a.approx or b.approx) and (_within_estimate(a, b) or _within_estimate(b, a))


def _sentence_partners(
    pairs: list[tuple[Figure, Figure]], only_en: list[Figure], only_fr: list[Figure]
) -> list[tuple[Figure, Figure]]:
    """Conflicts of the sole count left in a sentence with the sole count left in the other version's sentence
    whose count the two versions matched, when the two are close in value and may count one noun: one
    sentence told twice, one of its two quantities given two values."""
    found: list[tuple[Figure, Figure]] = []
    seen: set[tuple[str, int, str, int]] = set()
    taken: set[int] = set()
    for a, b in pairs:
        if a.kind != "count" or b.kind != "count" or a.sentence is None or b.sentence is None:
            continue
        key = (a.field, a.sentence, b.field, b.sentence)
        if key in seen:
            continue
        seen.add(key)
        # a count its sentence dates to another year ("against 993 cases in 2017 and 579 in 2021") is a past
        # value beside the sentence's own, no quantity of it left to dispute
        left_en = [
            f
            for f in only_en
            if f.kind == "count"
            and f.field == a.field
            and f.sentence == a.sentence
            and f.year in (None, a.year)
        ]
        left_fr = [
            f
            for f in only_fr
            if f.kind == "count"
            and f.field == b.field
            and f.sentence == b.sentence
            and f.year in (None, b.year)
        ]
        if len(left_en) != 1 or len(left_fr) != 1:
            continue
        x, y = left_en[0], left_fr[0]
        low, high = sorted((float(x.value), float(y.value)))
        if (
            id(x) in taken
            or id(y) in taken
            or low < SMALL_BOUND
            or low == high
            or relative_gap(low, high) > SENTENCE_PARTNER_GAP
            or x.year is not None
            and y.year is not None
            and x.year != y.year
            or x.earlier
            or y.earlier
            or x.change != y.change
            or not related_units(x.unit, y.unit)
        ):
            continue
        found.append((x, y))
        taken |= {id(x), id(y)}
    return found


#: The widest range (its upper bound over its lower) a value of the other version inside it is taken to be the
#: quantity of: a rate's band ("de 4,75 à 5,00%"), not a spread of cases ("entre 5 % et 20 % des produits",
#: "de 5 à 70 millions d'euros"), inside which another quantity of the story may fall by chance.
NARROW_RANGE = 1.5


def _ranges(figures: list[Figure]) -> list[tuple[Figure, Figure]]:
    """The narrow ranges of ``figures`` (sorted by field and position): a lower bound and the upper bound after
    it, at most :data:`NARROW_RANGE` times the lower."""
    return [(a, b) for a, b in _bound_pairs(figures) if b.value <= NARROW_RANGE * a.value]


def _bound_pairs(figures: Iterable[Figure]) -> list[tuple[Figure, Figure]]:
    """The ranges of ``figures`` (in text order): each lower bound and the upper bound right after it."""
    return [(a, b) for a, b in itertools.pairwise(figures) if a.bound == "low" and b.bound == "high"]


def _inside_ranges(
    only_en: list[Figure], only_fr: list[Figure], conflicts: list[tuple[Figure, Figure]]
) -> tuple[list[tuple[Figure, Figure]], set[int]]:
    """Values one version gives alone that lie inside a range the other gives alone: each a conflict with the
    range's lower bound (English figure first). Returns them, and the ids of the ranges' other bounds, which
    then stand for nothing of their own, as the other bound of a range already disputed with a value inside
    it does not."""
    found: list[tuple[Figure, Figure]] = []
    bounds: set[int] = set()
    disputed = {id(f): o for a, b in conflicts for f, o in ((a, b), (b, a))}
    used: set[int] = set()
    for values, other, range_in_french in ((only_en, only_fr, True), (only_fr, only_en, False)):
        alone = {id(f) for f in other}
        for low, high in _ranges(
            sorted(
                other + [f for f in _sides(conflicts, range_in_french) if id(f) not in alone],
                key=lambda f: (f.field, f.start),
            )
        ):
            for bound, rest in ((low, high), (high, low)):
                against = disputed.get(id(bound))
                if against is not None and id(rest) in alone and low.value <= against.value <= high.value:
                    bounds.add(id(rest))  # "5.3%" disputed with "5,25", the range's "5,50%" with it
            if id(low) not in alone or id(high) not in alone or id(low) in used:
                continue
            inside = next(
                (
                    v
                    for v in values
                    if id(v) not in used
                    and v.kind == low.kind
                    # a person's age inside a group's ages ("55 ans", "aged between 54 and 60") is one of them
                    and v.kind != "age"
                    # a temperature said as an estimate ("avoisinant les 45 degrés") is no other reading of a
                    # range of them ("from 42 degrees to 47 degrees" across a state), as a rate's estimate is of
                    # its band ("roughly 3.8%", "une fourchette de 3,75 à 4,00%")
                    and not (v.approx is not None and v.kind == "temperature")
                    # a range whose noun is said before it ("le nombre de prédateurs ... entre 2.900 à 3.200")
                    # holds a count of the noun ("3,000 priests")
                    and (v.unit == low.unit or v.kind == "count" and None in (v.unit, low.unit))
                    and v.later == low.later
                    and (v.kind != "money" or same_currency(v, low))
                    and low.value < v.value < high.value
                ),
                None,
            )
            if inside is None:
                continue
            used |= {id(inside), id(low), id(high)}
            bounds.add(id(high))
            found.append((inside, low) if range_in_french else (low, inside))
    return found, bounds


def _restated_on_both_sides(
    only_en: list[Figure], only_fr: list[Figure], pairs: list[tuple[Figure, Figure]], taken: set[int]
) -> set[int]:
    """The ids of the counts of people left in each version with a value of a matched pair of counts of
    people, when the other version has one such left too."""
    values = {a.value for a, b in pairs if _of_people(a) and _of_people(b)}
    if not values:
        return set()
    left_en = [f for f in only_en if id(f) not in taken and f.value in values and _of_people(f)]
    left_fr = [f for f in only_fr if id(f) not in taken and f.value in values and _of_people(f)]
    both = {f.value for f in left_en} & {f.value for f in left_fr}
    return {id(f) for f in left_en + left_fr if f.value in both}


def _of_people(f: Figure) -> bool:
    return f.kind == "count" and not f.part and f.value >= 2 and (f.unit is None or f.unit in HUMAN_UNITS)


#: How many rates one version leaves unmatched make a table of rates, whose values a round rate of the other
#: version meets by chance (see :func:`compare_figures`).
CROWDED_RATES = 12


def _headline_of_compared(only: list[Figure], compared: list[Figure]) -> set[int]:
    """The ids of the title's figures in ``only`` whose value a body figure of their version has, one the
    comparison already used."""
    return {
        id(f)
        for f in only
        if f.field == "title"
        and any(g.field != "title" and g.kind == f.kind and g.value == f.value for g in compared)
    }


def _agrees_elsewhere(a: Figure, b: Figure, en: Sequence[Figure], fr: Sequence[Figure]) -> bool:
    """Whether another mention of ``a``'s value in its version, or of ``b``'s in its, is an estimate of
    another bound ("over" beside "nearly") the other figure agrees with."""
    return any(
        g is not f
        and g.kind == f.kind
        and g.value == f.value
        and g.approx not in (None, f.approx)
        and agrees_with_estimate(g, o)
        for f, o, version in ((a, b, en), (b, a, fr))
        for g in version
    )


def _same_time(a: Figure, b: Figure) -> bool:
    """Whether two figures may be of one time: no two years named and no two months named (a figure its
    version leaves undated may be of any year: "99.67% at the end of 2023" against an undated "99%")."""
    if a.year and b.year and a.year != b.year or _two_months(a, b):
        return False
    # a rate of a month of the story ("8% en juin") is no rate of a year named apart ("8.2 per cent in 1983")
    return not (a.year and b.month and not b.year or b.year and a.month and not a.year)


def _two_months(a: Figure, b: Figure) -> bool:
    """Whether two figures name two months (see ``Figure.month``)."""
    return bool(a.month and b.month and a.month != b.month)


def _range_partners(figures: Sequence[Figure]) -> dict[int, Figure]:
    """Each bound of a range in ``figures`` (in text order), by its id, with the range's other bound."""
    partners: dict[int, Figure] = {}
    for a, b in _bound_pairs(sorted(figures, key=lambda f: (f.field, f.start))):
        partners[id(a)], partners[id(b)] = b, a
    return partners


def _ranges_sharing_a_bound(
    pairs: list[tuple[Figure, Figure]],
    only_en: list[Figure],
    only_fr: list[Figure],
    en: Sequence[Figure],
    fr: Sequence[Figure],
) -> list[tuple[Figure, Figure]]:
    """The other bounds, each version's alone, of two ranges whose bound of one end matched (English first):
    of one end ("5 to 10", "5 à 12") or of two ("20% to 25%", "25 à 30%": the ranges meet and disagree)."""
    if not any(a.bound and b.bound for a, b in pairs):
        return []
    partners_en, partners_fr = _range_partners(en), _range_partners(fr)
    alone_en, alone_fr = {id(f) for f in only_en}, {id(f) for f in only_fr}
    found = []
    for a, b in pairs:
        if a.bound is None or b.bound is None:
            continue
        other_en, other_fr = partners_en.get(id(a)), partners_fr.get(id(b))
        if (
            other_en is not None
            and other_fr is not None
            and id(other_en) in alone_en
            and id(other_fr) in alone_fr
            and other_en.kind == other_fr.kind
            and other_en.unit == other_fr.unit
            and (other_en.kind != "money" or same_currency(other_en, other_fr))
        ):
            alone_en.discard(id(other_en))
            alone_fr.discard(id(other_fr))
            found.append((other_en, other_fr))
    return found


def _sides(conflicts: list[tuple[Figure, Figure]], french: bool) -> list[Figure]:
    """The figures of one version in ``conflicts``: the French ones when ``french``."""
    return [b if french else a for a, b in conflicts]


def _stated_of(f: Figure, estimates: list[Figure], *, floors: bool = False) -> bool:
    """Whether ``f``, stated, is the value one of its own version's ``estimates`` rounds ("6.9 million" for
    "nearly seven million"). ``floors``: a precise floor is stated too ("at least 112 people were killed" for
    "more than 100 Palestinians")."""
    # one place's count in a list of places ("28,000 in Lanaudière") is no whole's value ("about 30,000")
    estimates = [e for e in estimates if e.part or not f.part]
    if floors and f.approx == "at least" and significant_digits(f.value) >= SPECIFIC_DIGITS:
        return any(e is not f and _finer_floor_of(e, f) for e in estimates)
    return f.approx is None and any(e is not f and agrees_with_estimate(e, f) for e in estimates)


#: How far above a round floor ("more than 100") a precise floor of its version ("at least 112") may be and
#: still be the value it rounds down.
FLOOR_STATED_GAP = 0.25


def _finer_floor_of(floor: Figure, f: Figure) -> bool:
    """Whether ``f``, a precise floor ("at least 112 people were killed"), is the value a round floor of its
    version rounds down ("more than 100 Palestinians were killed")."""
    return (
        floor.approx == "at least"
        and floor.kind == f.kind == "count"
        and related_units(floor.unit, f.unit)
        and float(floor.value) < float(f.value) <= float(floor.value) * (1 + FLOOR_STATED_GAP)
    )


def _estimate_matched(
    f: Figure, pairs: list[tuple[Figure, Figure]], side: int, rivals: Sequence[Figure] = ()
) -> Figure | None:
    """The other version's figure matched with an estimate of ``f``'s own version (on ``side``: 0 English, 1
    French) that ``f``, stated, is the value of ("2,009 cases" for "more than 2,000 cases"), if any. Of the
    ``rivals`` (the version's other figures left alone), one closer to the estimate is its value instead:
    "Plus de 8000 employés" is the 8347 laid off, not the 9364 employed before."""
    if not _value_of_an_estimate(f):
        return None
    for pair in pairs:
        own, other = pair[side], pair[1 - side]
        if _states_estimate(own, f) and not any(
            g is not f
            and _value_of_an_estimate(g)
            and _states_estimate(own, g)
            and relative_gap(float(own.value), float(g.value))
            < relative_gap(float(own.value), float(f.value))
            for g in rivals
        ):
            return other
    return None


def _value_of_an_estimate(f: Figure) -> bool:
    """Whether ``f`` may be the stated value of an estimate of its version: a precise count, unhedged (two
    amounts, one round and one precise, are as often two sums, "€200 million", "€216m"; a round count beside
    an estimate is a later toll, "200" dead beside "more than 190")."""
    return f.approx is None and f.kind == "count" and _precise(float(f.value))


def _states_estimate(estimate: Figure, f: Figure) -> bool:
    """Whether ``f`` is a value ``estimate``, of its own version, holds: of its kind, noun, time and place."""
    return (
        estimate.approx in ("about", "at least", "at most")
        and estimate.kind == f.kind
        and related_units(estimate.unit, f.unit)
        and _one_time_and_place(estimate, f)
        and agrees_with_estimate(estimate, f)
    )


def _one_time_and_place(a: Figure, b: Figure) -> bool:
    """Whether two figures of one version may be of one time and place, as an estimate and its finer value
    are: "une cinquantaine de morts" in two past crashes at home, "52 personnes" in Peru in 2018 and the 53
    found at this crash are three quantities."""
    return (
        a.year == b.year
        and a.earlier == b.earlier
        and not (a.place and b.place and not same_place(a.place, b.place))
    )


def _finer_beside(f: Figure, estimate: Figure, others: list[Figure], conflicted: set[int]) -> Figure | None:
    """The other version's own finer value of the quantity its ``estimate`` gives (a count ``estimate``
    holds, of its noun, time and place, not matched or disputed), where it disagrees with ``f``, the finer
    value of ``f``'s version: "au moins 432 morts" beside "plus de 400 morts", against "412 people have
    died"."""
    for g in others:
        if (
            g is not estimate
            and id(g) not in conflicted
            and g.kind == f.kind
            and g.approx in (None, "at least", "at most")
            and related_units(g.unit, estimate.unit)
            and _one_time_and_place(g, estimate)
            and not g.part
            and _rounded(g.value) != _rounded(estimate.value)
            and agrees_with_estimate(estimate, g)
        ):
            return None if agrees_with_estimate(g, f) or _rounded(g.value) == _rounded(f.value) else g
    return None


def _nouns_tell_one(a: Figure, b: Figure) -> bool:
    """Whether two counts' nouns tell one quantity: the same noun, a count without one, two the lexicon
    relates, or two it cannot tell apart (both outside it); not a noun outside it against one it knows
    unless a group holds both ("Some 500 sites", "480 comptes": two things of a close number)."""
    if a.unit == b.unit:
        return True
    if a.unit is None or b.unit is None:
        # a count without its noun ("103 ont été accusées") against a count of things ("about 100
        # checkpoints"): no noun tells them one; people may be ("some 400 people", "400 ont été évacués")
        return (a.unit or b.unit) in HUMAN_UNITS
    known = (a.unit in KNOWN_UNITS) + (b.unit in KNOWN_UNITS)
    if known == 1:
        return _lexicon_relates(a.unit, b.unit)
    return related_units(a.unit, b.unit)


def _whole(a: Figure, b: Figure, en: Sequence[Figure], fr: Sequence[Figure]) -> bool:
    """Whether neither figure is a part of the other, the rest given beside it (see :func:`_parts_of`)."""
    return not _parts_of(a, b, en) and not _parts_of(b, a, fr)


def _rounded_apart(a: Figure, b: Figure) -> bool:
    """Whether two figures that agree as estimates give the quantity two values: one version said the
    other's value rounded or with a hedge ("with 40.96 percent", "avec près de 41 %"; "$7.4 billion",
    "7,38 milliards"). A lower bound well below the value ("more than 50 percent of voters", 58%) and an
    order of magnitude ("hundreds of millions") are thresholds that hold it, no other value of it."""
    if _rounded(a.value) == _rounded(b.value) or "order" in (a.approx, b.approx):
        return False
    if a.kind == "age" and any(_DECADE_OF_AGE_RE.search(f.text) for f in (a, b)):
        # "a 53-year-old", "âgée d'une cinquantaine d'années": in her fifties, no age rounded off
        return False
    if a.kind == "temperature" and float(a.value).is_integer() and float(b.value).is_integer():
        return False  # "39 degrees Celsius", "environ 40 degrés": forecasts in whole degrees, as in conflict_distance
    if a.unit != b.unit and (_in_base(a) is not None or _in_base(b) is not None):
        return False  # "a nearly two-year investigation" holds "22 mois": no digits rounded off
    short = min(a, b, key=lambda f: significant_digits(f.value))
    if (
        a.kind in ("money", "count")
        and abs(float(short.value)) >= PRECISE_BELOW
        and significant_digits(short.value) > SHORTENED_DIGITS
    ):
        # "$1.087 million" for "1 087 340 $": the amount written in millions to the thousand, not rounded off
        # ("146 billion rubles" for "146,2 milliards" is)
        return False
    if a.approx == b.approx == "at least":  # two floors: "more than 300,000" holds "plus de 318 000"
        low, high = sorted((float(a.value), float(b.value)))
        if _finer_floor(low, high):
            return False  # "more than 2,200 structures", "Plus de 2 207 bâtiments": one floor, rounded down
        return relative_gap(low, high) <= ROUNDED_FLOORS_GAP
    if "at least" in (a.approx, b.approx):  # "nearly" and "up to" hold only a value close to them
        return relative_gap(float(a.value), float(b.value)) <= ROUNDED_BOUND_GAP
    return True


#: How close a lower bound ("more than 450 jobs") and the other version's value ("466 postes") must be to be
#: two values of one quantity, not a threshold the value passes ("more than 50 percent of voters", 58 %). Over
#: 63 check sets, 108 of 109 hedged values the readers paired with another value of the other version were
#: disputes of it; from 3% to 10%, 11 more of them are found, and 5 pairs of bounds they left apart.
ROUNDED_BOUND_GAP = 0.10
#: ... and two lower bounds ("more than 16,800 people", "plus de 16 000 cas"): each holds the other's value
#: unless they are this close, one a rounding of the other.
ROUNDED_FLOORS_GAP = 0.03


#: How far apart, relative to the larger, an estimated count and the other version's count of the same or a
#: related noun may be and still be one quantity reported twice (see :func:`_near_estimates`).
NEAR_ESTIMATE_GAP = 0.15


def _near_estimates(only_en: list[Figure], only_fr: list[Figure]) -> list[tuple[Figure, Figure]]:
    """Counts left in one version each that are one quantity told with an estimate: "près de 70 000
    abonnés" and "66,851 customers", "une dizaine de vols" and "nine flights", "more than 600 hackers" and "632
    chercheurs". Over the check sets, 31 of 37 such figures were that quantity in both versions, given two
    values (a rounding's dispute), while two exact counts that close, two percentages or two amounts were as
    often two different quantities. The closest pairs first, each figure once."""
    candidates = []
    for a in only_en:
        if a.kind != "count" or a.value <= 0 or a.approx == "order":
            continue
        for b in only_fr:
            if (
                b.kind == "count"
                and b.value > 0
                and (a.approx or b.approx or _nearly_one_precise(a, b))
                and b.approx != "order"
                # "about 220 kilometres" from one town, "plus de 250" from another
                and a.unit not in MEASURE_NOUNS
                and (
                    related_units(a.unit, b.unit)
                    and not _noun_outside_lexicon(a.unit, b.unit)
                    # two nouns of one precise quantity: "21,712 cases", "21'714 signalements"
                    or _nearly_one_precise(a, b)
                    and not _measure_apart(a.unit, b.unit)
                    and not _things_apart(a.unit, b.unit)
                )
                and a.change == b.change  # "at least 11 more died" estimates no toll ("une dizaine")
                # "roughly 5,000 teachers" short now is no estimate of "4411" a sentence dates a year earlier
                and a.year == b.year
                # an earlier value ("au moins vingt" in a first toll) estimates no count of the other version's
                # (two precise values of one old record, "90,185" and "90 195", are one quantity)
                and (not (a.earlier or b.earlier) or _nearly_one_precise(a, b))
                # the rest of a whole ("la vingtaine d'autres passagers") estimates no total ("23 on board"),
                # nor a count to come ("expecting as many as 1.4 million") one counted
                and a.rest == b.rest
                and a.later == b.later
                # one place's or people's share ("Egyptian deaths alone ... at least 600") estimates no whole
                # ("577 pèlerins décédés")
                and (a.part == b.part or bool(a.place and b.place and same_place(a.place, b.place)))
                and (gap := relative_gap(float(a.value), float(b.value))) <= NEAR_ESTIMATE_GAP
            ):
                candidates.append((gap, a, b))
    return _closest_once(candidates)


#: Two precise counts this close (relative to the larger), of at least :data:`NEAR_PRECISE_LEAST`, are one
#: quantity told at two moments or with a slip ("21,712 cases", "21'714 signalements"; "46,465 reports",
#: "46 317 signalements"): two different quantities of a story are seldom within half a per cent.
NEAR_PRECISE_GAP = 0.005
NEAR_PRECISE_LEAST = 1000


def _nearly_one_precise(a: Figure, b: Figure) -> bool:
    """Whether two counts, neither hedged, are one precise quantity given two close values (see
    :data:`NEAR_PRECISE_GAP`)."""
    x, y = float(a.value), float(b.value)
    return (
        min(x, y) >= NEAR_PRECISE_LEAST
        and significant_digits(x) >= 3
        and significant_digits(y) >= 3
        and relative_gap(x, y) <= NEAR_PRECISE_GAP
    )


def _closest_once(candidates: list[tuple[float, Figure, Figure]]) -> list[tuple[Figure, Figure]]:
    """The pairs of ``(gap, english, french)`` candidates, the closest first, each figure used once."""
    candidates.sort(key=lambda c: c[0])
    taken: set[int] = set()
    found = []
    for _, a, b in candidates:
        if id(a) not in taken and id(b) not in taken:
            taken |= {id(a), id(b)}
            found.append((a, b))
    return found


def _role_swaps(
    pairs: list[tuple[Figure, Figure]], unmatched_en: list[Figure], unmatched_fr: list[Figure]
) -> list[tuple[Figure, Figure]]:
    """Conflicts in place of a match of one value told of two roles ("110 people had died" against "110
    personnes à bord") when each version also gives the other role's count, close to that value, unmatched
    ("carrying 113 people", "qui a fait 107 morts"): the dead and those on board are two quantities, and each
    is disputed. The matches undone are left out of ``pairs`` by the caller."""
    found: list[tuple[Figure, Figure]] = []
    taken: set[int] = set()
    for a, b in pairs:
        if a.kind != "count" or b.kind != "count" or a.unit is None or b.unit is None or a.unit == b.unit:
            continue
        # a fate (the dead) against the people it befell (those on board): two kinds of people, "11 men" and
        # "9 hommes", or a plant's workforce and its staff, are parts or scopes of one group, no two roles
        if (a.unit in FATES) == (b.unit in FATES):
            continue
        x = next((x for x in unmatched_en if _other_role(x, b, a, taken)), None)
        y = next((y for y in unmatched_fr if _other_role(y, a, b, taken)), None)
        if x is not None and y is not None:
            found += [(a, y), (x, b)]
            taken |= {id(x), id(y)}
    return found


def _place_swaps(
    pairs: list[tuple[Figure, Figure]], unmatched_en: list[Figure], unmatched_fr: list[Figure]
) -> list[tuple[Figure, Figure]]:
    """Conflicts in place of a match of one value of which one side names a place and the other does not name
    it, when the other version gives that place's count, unmatched ("seven of them in Romania", matched to
    "sept personnes" missing elsewhere, against "six décès en Roumanie"): the place's count is disputed, and
    the value left is the other version's own. The matches undone are left out of ``pairs`` by the caller."""
    found: list[tuple[Figure, Figure]] = []
    taken: set[int] = set()
    for a, b in pairs:
        if a.kind != "count" or b.kind != "count" or bool(a.place) == bool(b.place):
            continue
        if a.value == b.value and significant_digits(float(a.value)) >= SPECIFIC_DIGITS:
            # "119,000 in Paris" and "Paris a connu ... 119.000 manifestants": one specific value in both is
            # that quantity, whatever other count of the place ("83.000 ... à Paris", another counter's) is left
            continue
        placed, other_side = (a, unmatched_fr) if a.place else (b, unmatched_en)
        if placed.field == "title":
            # a headline's place is the story's ("Australie: 200 cétacés meurent", "... 230 stranded whales in
            # Australia"), no part of a toll told by place
            continue
        c = next((c for c in other_side if c.field != "title" and _count_of_place(c, placed, taken)), None)
        if c is not None:
            found.append((a, c) if a.place else (c, b))
            taken.add(id(c))
    return found


def _count_of_place(f: Figure, placed: Figure, taken: set[int]) -> bool:
    """Whether ``f``, left unmatched in the other version, counts what ``placed`` counts of the same place."""
    return (
        id(f) not in taken
        and f.kind == "count"
        and bool(f.place)
        and same_place(f.place or "", placed.place or "")
        and f.year == placed.year
        and not f.earlier
        and related_units(f.unit, placed.unit)
        and conflict_distance(f, placed) is not None
    )


def _other_role(f: Figure, role: Figure, matched: Figure, taken: set[int]) -> bool:
    """Whether ``f``, left unmatched in ``matched``'s version, counts what ``role`` counts, at a value that may
    dispute it."""
    return (
        id(f) not in taken
        and f.kind == "count"
        and f.unit == role.unit
        and f.year == role.year == matched.year
        and not f.earlier
        and conflict_distance(f, role) is not None
    )


def _restating(
    figures: list[Figure], matched: list[Figure], disputed: list[tuple[Figure, Figure]]
) -> set[int]:
    """The ids of ``figures`` that restate a figure of their own version that is ``matched``, or ``disputed``
    (own figure, other version's) with a value the restatement agrees with (see :func:`_restates`)."""
    return {
        id(f)
        for f in figures
        if any(_restates(f, m) for m in matched)
        or any(_restates(f, own) and agrees_with_estimate(f, other) for own, other in disputed)
        # the body's precise figure its own title rounded, the title's matched: "46,4 milliards" under "46
        # milliards de dollars", against "USD46 billion"
        or f.field != "title"
        and any(
            m.field == "title" and (m.kind != "money" or same_currency(m, f)) and _headline_rounding(m, [f])
            for m in matched
        )
    }


def _stale_titles(
    pairs: list[tuple[Figure, Figure]],
    conflicts: list[tuple[Figure, Figure]],
    unmatched_en: list[Figure],
    unmatched_fr: list[Figure],
) -> list[tuple[Figure, Figure]]:
    """A title's death toll matched by the other version, under a body that gives the toll risen since ("At
    least 100 dead" over "the toll had risen to 135", against "100 morts"): the title kept the earlier value,
    and the body's current one disputes the other version's."""
    taken = {id(f) for pair in conflicts for f in pair}
    found: list[tuple[Figure, Figure]] = []
    for a, b in pairs:
        for title, other, left in ((a, b, unmatched_en), (b, a, unmatched_fr)):
            # the dead, named as such in both versions, and of no one place ("66 morts à Montréal" is a part)
            if (
                title.field != "title"
                or title.kind != "count"
                or title.unit != "death"
                or other.unit != "death"
                or title.place
            ):
                continue
            risen = [
                x
                for x in left
                if x.field == "body"
                and x.kind == "count"
                and x.unit == "death"
                and not x.place
                and not x.earlier
                and id(x) not in taken
                and x.year == title.year
                and x.value > title.value
                and not agrees_with_estimate(title, x)
                and max(x.value, title.value) <= SOLE_TOLL_RATIO * min(x.value, title.value)
            ]
            if risen:
                x = min(risen, key=lambda f: f.value)
                taken.add(id(x))
                found.append((x, other) if title is a else (other, x))
    return found


#: How many times one version's toll may be the other's and still be that toll told at another time; further
#: apart, the two are tolls of two places or events ("95 blessés" on the island the storm hit first).
SOLE_TOLL_RATIO = 6.0
#: The groups of nouns one toll is told in: the dead (or victims, or bodies), the injured, the missing, the
#: arrested.
TOLL_GROUPS = (
    DEATH_UNITS,
    frozenset({"injury"}),
    frozenset({"missing"}),
    frozenset({"arrest"}),
    frozenset({"critical"}),
    frozenset({"hospitalised"}),
    frozenset({"survivor"}),
)


def _sole_tolls(
    english: tuple[list[Figure], list[Figure]],
    french: tuple[list[Figure], list[Figure]],
    pairs: list[tuple[Figure, Figure]],
    conflicts: list[tuple[Figure, Figure]],
    en_all: Sequence[Figure],
    fr_all: Sequence[Figure],
) -> list[tuple[Figure, Figure]]:
    """A toll each version gives one value of, and the other version does not share: the one death toll (or
    count of injured, missing, arrested) of each version is one quantity told at two times, however far apart
    ("has increased to 62" dead, then "la mort de 162 personnes" the next day), as one age is one person's.
    Not when either version gives its toll in two values, or matched one: the counts may then be parts.
    ``english`` and ``french``: each version's figures left unmatched, and those of them that may dispute
    (see :func:`_unrounded`)."""
    unmatched_en, disputing_en = english
    unmatched_fr, disputing_fr = french
    taken = {id(f) for pair in conflicts for f in pair}
    found: list[tuple[Figure, Figure]] = []
    for group in TOLL_GROUPS:
        if any(a.unit in group or b.unit in group for a, b in pairs):
            continue
        # a past disaster's toll, dated to its year ("En 2004, le tsunami avait fait 226.000 morts"), is
        # another quantity: each year's tolls are compared apart
        for year in {f.year for f in disputing_en} & {f.year for f in disputing_fr}:
            a = _sole_toll(unmatched_en, disputing_en, group, year, taken)
            b = _sole_toll(unmatched_fr, disputing_fr, group, year, taken)
            if (
                a is None
                or b is None
                or max(float(a.value), float(b.value)) > SOLE_TOLL_RATIO * min(float(a.value), float(b.value))
                or agrees_with_estimate(a, b)
                or _parts_of(a, b, en_all)
                or _parts_of(b, a, fr_all)
                or _two_countries(a.place, b.place)  # "524 deaths" in DR Congo, "517 décès" in all Africa
                # "Twenty-eight tourists were pulled from the water" beside "Nine survivors", against "Vingt-huit
                # personnes ont été secourues": the other version's toll is a count this one gives of other
                # people by value, no other value of the toll
                or _same_value_of_people(b, unmatched_en)
                or _same_value_of_people(a, unmatched_fr)
            ):
                continue
            found.append((a, b))
            taken |= {id(a), id(b)}
    return found


def _sole_amounts(
    disputing_en: list[Figure],
    disputing_fr: list[Figure],
    pairs: list[tuple[Figure, Figure]],
    conflicts: list[tuple[Figure, Figure]],
) -> list[tuple[Figure, Figure]]:
    """The one amount each version gives of one thing (see ``Figure.subject``), in one currency and of one
    year, when neither version matched an amount of it: one quantity however far apart, as one toll is ("A net
    profit of €489 million" against "un bénéfice net que de 317 millions d'euros", "a ransom of $240 million"
    against "une rançon de 50 millions de dollars"). Not when either version gives two values of it."""
    subjects = {f.subject for f in disputing_en if f.subject} & {f.subject for f in disputing_fr if f.subject}
    if not subjects:
        return []
    taken = {id(f) for pair in conflicts for f in pair}
    found: list[tuple[Figure, Figure]] = []
    for subject in sorted(subjects):
        if any(a.subject == subject or b.subject == subject for a, b in pairs):
            continue
        a = _sole_amount(disputing_en, subject, taken)
        b = _sole_amount(disputing_fr, subject, taken)
        if (
            a is None
            or b is None
            or a.year != b.year
            or a.later != b.later
            or a.change != b.change
            or not same_currency(a, b)
            or float(a.value) <= 0
            or float(b.value) <= 0
            or _far_apart(a, b, SOLE_TOLL_RATIO)
        ):
            continue
        found.append((a, b))
        taken |= {id(a), id(b)}
    return found


def _sole_amount(version: list[Figure], subject: str, taken: set[int]) -> Figure | None:
    """The one value a version's disputing amounts give of ``subject``, none of them already disputed."""
    amounts = [f for f in version if f.kind == "money" and f.subject == subject]
    if any(id(f) in taken for f in amounts) or len({_size(f) for f in amounts}) != 1:
        return None
    return amounts[0]


def _same_value_of_people(toll: Figure, other: list[Figure]) -> bool:
    """Whether the other version leaves unmatched a count of people of the toll's value, under another noun
    that names no fate (not "six blessées" beside "deux personnes ont été tuées")."""
    return any(
        f.kind == "count"
        and f.value == toll.value
        and f.unit in HUMAN_UNITS
        and not any(f.unit in group for group in TOLL_GROUPS)
        for f in other
    )


def _sole_toll(
    version: list[Figure], disputing: list[Figure], group: frozenset[str], year: int | None, taken: set[int]
) -> Figure | None:
    """The one value a version's unmatched figures give a toll of ``group`` in ``year``, if it may dispute."""
    tolls = [
        f
        for f in version
        if f.kind == "count"
        and f.unit in group
        and not f.earlier
        and not f.change
        and not f.part  # "Ten of the deaths were in Santa Juana": a share of the toll, not the toll
        and f.year == year
    ]
    # the toll once, or also rounded ("plus de 160 morts" beside "162 morts"); not a round value the version
    # gives beside another count ("plus de 700 autres" beside "736"), nor two values
    stated = [f for f in tolls if not any(_restates(f, o) for o in tolls)]
    if any(id(f) in taken for f in tolls) or len({_size(f) for f in stated}) != 1:
        return None
    may_dispute = {id(f) for f in disputing}
    return next((f for f in stated if id(f) in may_dispute), None)


def _not_headline_of_matched(figures: list[Figure], matched: list[Figure]) -> list[Figure]:
    """``figures`` without the headline counts whose value a matched count of their own body has."""
    values = {float(f.value) for f in matched if f.kind == "count" and f.field != "title"}
    return [f for f in figures if not (f.field == "title" and f.kind == "count" and float(f.value) in values)]


def _unrounded(figures: list[Figure], version: list[Figure], other: list[Figure]) -> list[Figure]:
    """``figures`` without those that round or bound another figure ``version`` states, of a kind
    ``other`` has too (only those could dispute it)."""
    kinds = {f.kind for f in other}
    return [f for f in figures if f.kind not in kinds or not _rounds_stated(f, version)]


#: How far a count's round restatement ("plus de 3 000") may sit from the figure it restates ("3 222").
RESTATED = 0.10


def _restates(f: Figure, stated: Figure) -> bool:
    """Whether ``f`` is a round restatement of a count or a rate its own version states: a bound or an estimate
    of the same noun ("plus de 3 000", not "230 passengers" beside "242 people on board"), fewer significant
    digits, within :data:`RESTATED` of it. (An amount's bound beside the amount, "almost $9 million" after
    "$8.6 million", is a figure of its own to the development set's key.)"""
    if f.kind == stated.kind == "percent":
        # "securing over 61% of the votes" beside "secured 61.3% of the vote": one rate of one thing
        unit_agrees = f.unit is not None and stated.unit == f.unit
    else:
        # "killed over 160 people" beside "now stood at 166"
        unit_agrees = (
            f.kind == stated.kind == "count" and f.unit is not None and stated.unit in (f.unit, None)
        )
    return (
        f.approx is not None
        and unit_agrees
        and f.field == stated.field
        and f.year == stated.year
        and significant_digits(f.value) < significant_digits(stated.value)
        and relative_gap(float(f.value), float(stated.value)) <= RESTATED
    )


#: From this many significant digits, an estimate ("an estimated 3,489,800 visitors") is stated to the unit, for
#: a round value of its sentence ("exceeding 3.4 million").
ESTIMATE_TO_THE_UNIT = 4


def _rounds_stated(f: Figure, version: list[Figure]) -> bool:
    """Whether ``f`` is a round value or a bound of another figure of its version, stated to the unit: "nearly
    700" or "1000" beside "694" or "1002" of the same thing. A race time rounds none: "2h09min57s" is no rounding
    of "2h11min53s" (their digits are the thousandths of a minute)."""
    if _race_time(f):
        return False
    return any(
        o is not f
        and o.kind == f.kind
        # an estimate to the unit is stated too: "an estimated 3,489,800 visitors ..., exceeding 3.4 million"
        and (
            not o.approx
            or o.approx == "about"
            and significant_digits(o.value) >= ESTIMATE_TO_THE_UNIT
            and (o.field, o.sentence) == (f.field, f.sentence)
        )
        and o.year == f.year  # "une quarantaine de morts" does not round a past crash's "42 morts" (2016)
        # the value a count rose from rounds nothing: "990 deaths", "up from 969 recorded a day earlier"
        and not o.earlier
        # a title's figure rounds the body's, never the other way: "more than 550 million users" in the body
        # under "553M users" in the title is the body's own bound, the one that disputes
        and (o.field != "title" or f.field == "title")
        and _rounded(o.value) != _rounded(f.value)
        # an amount said with a scale word is round whatever it restates: "$100 million" flat rounds no "96
        # millions d'euros" of its version (a smaller amount, "100 000 $", may round "98 540 $")
        and (f.kind != "money" or same_currency(f, o) and (f.approx is not None or f.value < PRECISE_BELOW))
        # "Plus de 50 personnes ont été tuées" over "Au total, 54 personnes ont péri": a small floor too
        and (_within_estimate(f, o) or _rounds_off(f, o) or _restates(f, o))
        # "more than $100 million in payments" beside "$130 million" averted, in one body: a floor that far
        # below an amount its own text states is another amount (a headline may round further: "Over $5bn")
        # so is a count's floor ("More than 60,000 homes were destroyed and 76,000 damaged")
        and not (
            f.kind in ("money", "count")
            and f.field == o.field
            and relative_gap(float(f.value), float(o.value)) > RESTATED
        )
        and related_units(f.unit, o.unit)
        and (f.kind != "percent" or f.unit == o.unit)  # a turnout rounds no share of the vote
        and not _apart_peoples(f.unit, o.unit)
        # "Myles, 30 ans" rounds no "Damien, 31 ans": two people's ages
        and not (f.kind == "age" and f.place and o.place and not same_person(f.place, o.place))
        for o in version
    )


def _apart_peoples(a: str | None, b: str | None) -> bool:
    """Whether two nouns of people name two different groups, though "people" relates to both: "140 others
    are missing" is no round value of "145 Ethiopians" beside it."""
    return (
        a != b
        and a in HUMAN_UNITS
        and b in HUMAN_UNITS
        and not ({a, b} & (GENERIC_PEOPLE - {"national"}))  # "people" may be anyone; a people is a group
        and not _lexicon_relates(a, b)
    )


def _headline_rounding(f: Figure, version: list[Figure]) -> bool:
    """Whether a title's figure rounds or bounds a figure of its own version's body: "over 150" or "700
    morts" in a headline over the body's "153" or "724 morts"."""
    return _headline_over(
        f, version, lambda f, o: agrees_with_estimate(f, o) or _rounds_off(f, o) or _bounds_below(f, o)
    )


def _headline_rounds_off(f: Figure, version: list[Figure]) -> bool:
    """Whether a title's figure, given as it is (no bound, no estimate), rounds a figure of its own body: "$450M"
    over "$450.3 million", "30%" over "29%"."""
    return f.approx is None and _headline_over(
        f, version, lambda f, o: _rounds_off(f, o) and (f.kind != "money" or same_currency(f, o))
    )


def _headline_over(f: Figure, version: list[Figure], says: Callable[[Figure, Figure], bool]) -> bool:
    """Whether ``f`` is a title's figure that ``says`` a figure of its own body of its kind, with a related
    noun, another way (see :func:`_headline_rounding`)."""
    return f.field == "title" and any(
        o.field != "title" and o.kind == f.kind and says(f, o) and related_units(f.unit, o.unit)
        for o in version
    )


#: How far above a headline's lower bound the body's figure it bounds may be (see :func:`_bounds_below`).
HEADLINE_BOUND_RATIO = 1.25


def _bounds_below(bound: Figure, precise: Figure) -> bool:
    """A headline's lower bound a little under the body's figure: "plus de 1000 morts" over "au moins 1136
    morts"."""
    return (
        bound.approx == "at least" and 0 < bound.value <= precise.value <= bound.value * HEADLINE_BOUND_RATIO
    )


#: How far a headline's round number may be from the body's figure it rounds.
HEADLINE_ROUNDING = 0.05


def _rounds_off(rounded: Figure, precise: Figure) -> bool:
    """A round value (fewer significant digits) within :data:`HEADLINE_ROUNDING` of a precise one."""
    if significant_digits(rounded.value) >= significant_digits(precise.value) or not precise.value:
        return False
    return abs(float(rounded.value) - float(precise.value)) <= HEADLINE_ROUNDING * abs(float(precise.value))


def _headline_of_disputed(figures: list[Figure], disputed: list[Figure]) -> set[int]:
    """The ids of the title and TL;DR figures of ``figures`` whose value one of their version's disputed
    figures has (see :func:`compare_figures`)."""
    if not disputed:
        return set()
    values = {figure_bucket(f) for f in disputed if f.field == "body"}
    return {id(f) for f in figures if f.field != "body" and figure_bucket(f) in values}


def _unrestated(figures: list[Figure], conflicted: list[Figure]) -> list[Figure]:
    """Without the counts that restate a conflicted count of the same version with a related noun ("un gain
    de 13 députés", then "13 nouvelles circonscriptions"): the conflict already reports that quantity."""
    return [
        f
        for f in figures
        if not any(
            f.kind == c.kind == "count"
            and _rounded(f.value) == _rounded(c.value)
            and related_units(f.unit, c.unit)
            for c in conflicted
        )
    ]


#: Kinds that are not key figures: they match (and are evidence for pairing) but are never flagged as
#: missing from one version: a year or a date said in only one report is no disagreement.
NOT_KEY_KINDS = frozenset({"year", "date"})


def _key_figure(f: Figure) -> bool:
    """Whether a figure is flagged when only one version reports it: not a year or a date, not an amount
    given only as an order of magnitude ("des centaines de millions d'euros" says too little to be missed),
    and not a single decade in words ("above the levels of the past decade", "depuis une décennie"), a
    report's background rather than a figure of its story ("two decades" is one)."""
    if (
        f.kind == "duration"
        and f.unit == "years"
        and f.value == 10
        and _ONE_DECADE_RE.search(f.text)
        and not any(c.isdigit() for c in f.text)
    ):
        return False
    return f.kind not in NOT_KEY_KINDS and f.approx != "order"


#: A decade in words: "the past decade", "a decade", "une décennie" (a single one: of ten years, no digit).
_ONE_DECADE_RE = re.compile(r"(?i)\b(?:decade|décennie)\b")


#: How far a stated value may sit from an estimate of the other version and still agree with it:
#: "about 40" and 41, "nearly 1,300" and 1,270, "more than 200,000" and 210,000, "plus de 3 millions" and 3.5
#: million (a lower bound says little of how far above it the other report counts).
ESTIMATE_TOLERANCE = {"about": 0.05, "at most": 0.05, "at least": 0.25}
#: How far apart an estimate and a value of two nouns the lexicon cannot relate may be and still agree.
OTHER_NOUN_TOLERANCE = 0.03


#: A number said as a round word: "a dozen", "une dizaine", "une vingtaine", "a score".
_ROUND_WORD_RE = re.compile(r"(?i:dozen|douzaine|dizaine|quinzaine|vingtaine|trentaine|score)")


#: A person's age as a decade of life: "une cinquantaine", "la quarantaine".
_DECADE_OF_AGE_RE = re.compile(r"(?i:vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|septantaine)")


def _within_estimate(estimate: Figure, value: Figure) -> bool:
    x, y = float(estimate.value), float(value.value)
    if estimate.approx is None or x <= 0 or y <= 0:
        return False
    if estimate.approx == "order":  # "hundreds of millions": from its floor up to ten times it
        return x <= y < 10 * x
    if estimate.kind == "age" and _DECADE_OF_AGE_RE.search(estimate.text) is not None:
        return x <= y < x + 10  # "âgée d'une cinquantaine d'années": in her fifties, so 53 is
    if estimate.approx == "at most" and y > x or estimate.approx == "at least" and y < x:
        return False
    round_word = _ROUND_WORD_RE.search(estimate.text) is not None  # "over a dozen": a round number's word
    if _precise(estimate.value) and not round_word:
        return False  # "at least 783 people": the count as it stood when written, not a round bound
    # "more than 50 per cent" is a round bound too
    # (a span is no toll counted at another time: "more than 30 years" bounds a "moratoire de 32 ans")
    small = x < SMALL_BOUND and estimate.kind not in ("percent", "duration") and not round_word
    if estimate.approx == "at least" and (small or value.approx == "at least" and not _finer_floor(x, y)):
        # "au moins sept morts" against "nine dead" is a toll counted at another time, and so are two floors
        # ("more than 900" injured, "plus de 700"): no rounding of one another, unless one is the other
        # rounded down ("more than 400,000" and "plus de 429 000")
        return False
    if (
        estimate.approx == "about"
        and significant_digits(x) <= significant_digits(y)
        and not _rounds_to_estimate(y, x)
    ):
        return False
    if (
        estimate.approx in ("about", "at most")
        and significant_digits(x) < significant_digits(y)
        and relative_gap(x, y) <= ROUNDED_ESTIMATE
        and _rounds_to_estimate(y, x, cut=False)
    ):
        return True  # "près de 400 personnes" for 379: the value rounded to the estimate's digits
    gap = relative_gap(x, y)
    # "more than 150" holds a value up to a third above it, not a third itself ("about 200", "60,000")
    return (
        gap < ESTIMATE_TOLERANCE[estimate.approx]
        if estimate.approx == "at least"
        else gap <= ESTIMATE_TOLERANCE[estimate.approx]
    )


#: How far an estimate ("nearly 400") may be from a value that rounds to it (379) and still hold it.
ROUNDED_ESTIMATE = 0.08


def _rounds_to_estimate(value: float, estimate: float, cut: bool = True) -> bool:
    """Whether ``value`` rounded to the significant digits of ``estimate`` is ``estimate``: "about 150"
    holds 152 and 147, "about $21 million" holds 21,849,087 (cut, not rounded), "around 370,000" does
    not hold 360,000: a second digit said is a digit meant. ``cut``: a value cut to the digits holds too."""
    digits = significant_digits(estimate)
    step = 10 ** (floor(log10(estimate)) - digits + 1)
    ways = (floor(value / step + 0.5), floor(value / step)) if cut else (floor(value / step + 0.5),)
    return any(abs(v * step - estimate) < step / 1000 for v in ways)


def _finer_floor(rounder: float, finer: float) -> bool:
    """Whether a floor ("more than 429 000") is another floor ("more than 400,000") said finer: more
    significant digits, within :data:`FINER_FLOOR` above it."""
    return (
        significant_digits(rounder) < significant_digits(finer)
        and relative_gap(rounder, finer) <= FINER_FLOOR
    )


#: How far above a round floor a finer floor may be and still be the same bound said finer.
FINER_FLOOR = 0.10
#: Under this a lower bound ("at least 15") is the count as it stood, not a round figure.
SMALL_BOUND = 100


def _precise(value: float) -> bool:
    """Whether a value is a count to the unit, no round number: 783, 1,284, 31 (not 780, 45, 47,700 or a
    value given with a scale word, "$1.46 billion")."""
    v = float(value)
    return v.is_integer() and 10 < v < PRECISE_BELOW and v % 10 != 0 and (v > 100 or v % 5 != 0)


#: From here a value is written with a scale word ("2.3 million"), rounded whatever its digits.
PRECISE_BELOW = 1_000_000


def agrees_with_estimate(a: Figure, b: Figure) -> bool:
    """Two figures of one kind and unit whose values differ only as an estimate allows: "Près de 1 300
    victimes" agrees with "1,270 victims" (the same quantity, rounded), not with 1,340 or 1,100."""
    if a.kind != b.kind or a.kind in NOT_KEY_KINDS or _rounded(a.value) == _rounded(b.value):
        return False
    # "300 millions supplémentaires" (saved on top) is no rounding of a profit of "299 million"
    if a.kind == "money" and (not same_currency(a, b) or a.change != b.change):
        return False
    if a.kind == "duration" and a.unit != b.unit:
        return _duration_estimate(a, b) or _duration_estimate(b, a)
    if a.kind in ("temperature", "percent") and a.unit != b.unit and not _share_unsaid(a, b):
        return False
    if (
        a.kind == "count"
        and a.unit != b.unit
        and a.unit in KNOWN_UNITS
        and b.unit in KNOWN_UNITS
        and not related_units(a.unit, b.unit)
    ):
        # of two known nouns, only people and a kind of people ("38,000 people", "36 000 habitants") or two
        # the lexicon relates ("more than one million customers", "1,1 million de foyers")
        return False
    if a.kind == "count" and _lexicon_apart(a.unit, b.unit):
        return False  # "more than 700 homicides" is no estimate of "706 fusils d'assaut"
    if a.kind == "count" and a.unit != b.unit and {a.unit, b.unit} & MEASURE_NOUNS:
        return False  # "about 125 kilometres" is not a toll of "122"
    if a.kind == "count" and {a.unit, b.unit} & GENERIC_PEOPLE and {a.unit, b.unit} & RESPONDERS:
        # "More than 420 people had to leave their homes" is no estimate of "Environ 400 pompiers": the people
        # of a story are its victims and residents, those sent to help are counted apart
        return False
    if a.kind == "count" and a.unit and b.unit and a.unit != b.unit and not {a.unit, b.unit} <= KNOWN_UNITS:
        # two nouns the lexicon cannot relate: only values this close tell one quantity ("more than 2,200
        # structures" and "2.207 bâtiments"; not "more than 250 illegal firearms" and "300 syndicats")
        # (two estimates of one size, "approximately 73,000 incidents" and "environ 70 000 signalements", are one
        # quantity's two roundings as close as the estimates allow)
        both_about = a.approx == b.approx == "about"
        if relative_gap(float(a.value), float(b.value)) > (
            ESTIMATE_TOLERANCE["about"] if both_about else OTHER_NOUN_TOLERANCE
        ):
            return False
    if a.kind in ("percent", "temperature") and (_rounds_to(a, b) or _rounds_to(b, a)):
        return True  # "40.97 per cent" and "41 %": one version rounded the other's value
    if a.kind in ("money", "count") and (_shortens(a, b) or _shortens(b, a)):
        return True  # "1 029 020 $" and "$1.029 million": one version said the other's value shorter
    return _within_estimate(a, b) or _within_estimate(b, a)


def _duration_estimate(estimate: Figure, other: Figure) -> bool:
    """Whether a duration given as an estimate in one unit holds another version's duration in a smaller one:
    "a nearly two-year investigation" holds "22 mois" (more than one year, at most two), "more than a year"
    holds "14 mois", "about three years" holds "40 months". Within one unit of the estimate's own."""
    if estimate.approx not in ESTIMATE_TOLERANCE:
        return False
    mine, theirs = _in_base(estimate), _in_base(other)
    if mine is None or theirs is None or mine[0] != theirs[0]:
        return False
    step = CONVERTIBLE_UNITS[(estimate.kind, estimate.unit or "")][1]
    v, w = float(mine[1]), float(theirs[1])
    if estimate.approx == "at most":  # "less than a year" holds any number of months: no evidence
        return estimate.value >= 2 and v - step < w <= v
    if estimate.approx == "at least":
        return v <= w < v + step
    return abs(w - v) <= step / 2


_DECIMALS_RE = re.compile(r"[0-9][.,]([0-9]+)")


def _decimals(f: Figure) -> int:
    """How many decimals a figure is written with ("40.97 per cent": 2, "41 %": 0)."""
    m = _DECIMALS_RE.search(f.text)
    return len(m.group(1)) if m else 0


def _rounds_to(precise: Figure, rounded: Figure) -> bool:
    """Whether ``rounded``, written with fewer decimals, is ``precise`` rounded to them, or an official
    share to hundredths cut to whole points ("29,51 %" reported as "29%")."""
    places = _decimals(rounded)
    if places >= _decimals(precise):
        return False
    step = Decimal(1).scaleb(-places)
    stated = Decimal(repr(float(rounded.value))).quantize(step, rounding=ROUND_HALF_UP)
    exact = Decimal(repr(float(precise.value)))
    if stated == exact.quantize(step, rounding=ROUND_HALF_UP):
        return True
    # whole points only: "8,87 %" said "8.8 percent" is a misreading more than a cut
    return places == 0 and _decimals(precise) >= 2 and stated == exact.quantize(step, rounding=ROUND_DOWN)


#: The fewest significant digits a shortened value keeps for it to tell it shortens another one.
SHORTENED_DIGITS = 3


def _shortens(precise: Figure, short: Figure) -> bool:
    """Whether ``short`` is ``precise`` said with fewer significant digits (at least
    :data:`SHORTENED_DIGITS`), rounded or cut: "$1.029 million" for 1,029,020, "42,6 millions" for
    42,661,000; or millions said to two digits, rounded ("180 million" for "181 millions")."""
    digits = significant_digits(short.value)
    x, y = abs(float(precise.value)), abs(float(short.value))
    # millions said to two digits round ("180 million" for "181 millions"), never cut
    scaled = digits == SHORTENED_DIGITS - 1 and y >= PRECISE_BELOW
    if digits < SHORTENED_DIGITS and not scaled or digits >= significant_digits(x) or not x or not y:
        return False
    step = 10 ** (floor(log10(x)) - digits + 1)
    values = (round(x / step) * step,) if scaled else (round(x / step) * step, floor(x / step) * step)
    return any(abs(v - y) < step / 1000 for v in values)


def _estimates(en: list[Figure], fr: list[Figure]) -> list[tuple[Figure, Figure]]:
    """Figures left unmatched on both sides that agree as estimates, each used once (shown as matched), the
    closest pairs first: "42.661 million euros" is "42,6 millions", not the "plus de 42 millions" beside it,
    and "58 %" is the "around 57.6 percent" of a version, not the threshold "more than 50 percent" said first."""
    by_kind: dict[str, list[Figure]] = {}  # an estimate agrees only with a figure of its kind
    for f in fr:
        by_kind.setdefault(f.kind, []).append(f)
    stated_en = [f for f in en if not f.approx]
    stated_fr = [f for f in fr if not f.approx]
    candidates = [
        (relative_gap(float(a.value), float(b.value)), a, b)
        for a in en
        for b in by_kind.get(a.kind, ())
        # "4% en 2022" is no rounding of "4.1% in 2024"; a figure its version leaves undated may be either
        if (a.year == b.year or a.year is None or b.year is None)
        and not _bound_against_value(a, b)
        and agrees_with_estimate(a, b)
        and not _closer_stated(b, a, stated_en)
        and not _closer_stated(a, b, stated_fr)
    ]
    order = {id(a): i for i, a in enumerate(en)}
    return sorted(_closest_once(candidates), key=lambda p: order[id(p[0])])


def _in_decade_of(decade: Figure, age: Figure) -> bool:
    """Whether ``decade`` is an age said by its decade of life ("in his mid 60s", "dans la soixantaine") and
    ``age`` a year of that decade."""
    if (
        decade.kind != "age"
        or decade.approx != "about"
        or not decade.text.lower().endswith(("0s", "0's", "0’s", "ies", "aine"))
    ):
        return False
    start = int(decade.value) // 10 * 10
    return start <= float(age.value) < start + 10


def _one_in_the_others_decade(a: Figure, b: Figure) -> bool:
    """Whether either of two figures is an age said by its decade of life that holds the other (see
    :func:`_in_decade_of`)."""
    return _in_decade_of(a, b) or _in_decade_of(b, a)


def _listed_with_matched_age(age: Figure, unmatched: Sequence[Figure], version: Sequence[Figure]) -> bool:
    """Whether an age is listed with another age of its version that the comparison matched ("deux hommes de
    58 et 65 ans", the 65 matched): the people of a list, the one left another person than the one the other
    version gives."""
    left = {id(f) for f in unmatched}
    return any(
        f is not age
        and f.kind == "age"
        and id(f) not in left
        and f.field == age.field
        and (0 <= age.start - f.end <= AGE_LIST_GAP or 0 <= f.start - age.end <= AGE_LIST_GAP)
        for f in version
    )


#: How far apart two ages of one list are ("de 58 et 65 ans", "aged 58, 65"): not "The 35-year-old woman and
#: her 14-year-old daughter", two people named apart, either of whom the other version may give.
AGE_LIST_GAP = 8


def _bound_against_value(a: Figure, b: Figure) -> bool:
    """Whether one figure is a bound of a range and the other a value said alone: "growth between 6 percent and
    8 percent" gives the ends of a span, no rounding of "8,2%" (a value inside a narrow range is another
    matter, see :func:`_inside_ranges`)."""
    return (a.bound is None) != (b.bound is None)


def _unhedged_roundings(en: list[Figure], fr: list[Figure]) -> list[tuple[Figure, Figure]]:
    """Figures left unmatched on both sides, one a round value said without a hedge that the other's finer
    value rounds or cuts to, as an estimate of it would ("at 18,000" and "l'Italie (18 010)", "from 4 million"
    and "3,9 millions de personnes"): one quantity, the closest pairs first, each figure once. The round value
    has at most :data:`ROUND_DIGITS` significant digits, fewer than the other, and is within
    :data:`UNHEDGED_ROUNDING` of it; two counts of two nouns are two things, and what could not conflict is no
    rounding either."""
    candidates = []
    for a in en:
        if a.approx or a.kind in NOT_KEY_KINDS or a.threshold:
            continue
        for b in fr:
            if (
                b.approx
                or b.threshold  # "la barre des 50 %" rounds no result
                or b.kind != a.kind
                or a.year != b.year
                and a.year
                and b.year
                or _bound_against_value(a, b)
            ):
                continue
            if a.unit != b.unit and a.unit is not None and b.unit is not None:
                continue  # "145 Ethiopians" is no rounding of "150 migrants sont portés disparus"
            if (
                a.kind == "count"
                and None in (a.unit, b.unit)
                and max(a.value, b.value) < UNNAMED_ROUNDING_LEAST
            ):
                continue  # "its 103 radio stations" is no rounding of "et 100 au sein de la division"
            digits_a, digits_b = significant_digits(a.value), significant_digits(b.value)
            if digits_a == digits_b or min(digits_a, digits_b) > ROUND_DIGITS:
                continue
            gap = relative_gap(float(a.value), float(b.value))
            if gap > UNHEDGED_ROUNDING:
                continue  # "€150,000" said flat is another amount than "145 000 euros"
            round_value, finer = (a, b) if digits_a < digits_b else (b, a)
            if (
                max(digits_a, digits_b) < SHORTENED_DIGITS
                and abs(float(finer.value)) < PRECISE_BELOW
                and conflict_distance(a, b) is None
            ):
                continue  # "90" and "89", two bare counts, say too little to be one quantity; "18 010" does
            if agrees_with_estimate(replace(round_value, approx="about"), finer):
                candidates.append((gap, a, b))
    return _closest_once(candidates)


#: The most significant digits a value said without a hedge has when it is a round value ("18,000", "4
#: million", "250").
ROUND_DIGITS = 2
#: Below what a count whose noun one version does not say is too small to be a rounding of the other's: a
#: bare "100" is as often another hundred.
UNNAMED_ROUNDING_LEAST = 1_000
#: How far a round value said without a hedge may be from the finer value it rounds ("4 million" for "3,9
#: millions", 2.5%).
UNHEDGED_ROUNDING = 0.03


def _closer_stated(f: Figure, estimate: Figure, stated: list[Figure]) -> bool:
    """Whether ``f`` has a closer counterpart than ``estimate`` among the other version's stated figures
    (``estimate`` is a bound or an estimate): "153 killed" is the quantity "154" gives another value of, and
    the headline's "over 150" agrees with both; "154" is left to conflict with "153"."""
    if not estimate.approx:
        return False
    gap = abs(float(estimate.value) - float(f.value))
    return any(
        s is not estimate
        and s.kind == f.kind
        and _rounded(s.value) != _rounded(f.value)
        and abs(float(s.value) - float(f.value)) < gap
        and conflict_distance(s, f) is not None
        and not agrees_with_estimate(s, f)
        and s.year == f.year  # figures of two years never conflict (see compare_figures)
        for s in stated
    )


#: Units one quantity may be given in, with their size in a common base: a duration in weeks or in days,
#: a weight in tonnes or in kilos ("48 hours" and "deux jours", "1.5 tonnes" and "1 500 kilos").
CONVERTIBLE_UNITS = {
    ("duration", "seconds"): ("time", 1), ("duration", "minutes"): ("time", 60),
    ("duration", "hours"): ("time", 3600), ("duration", "days"): ("time", 86400),
    ("duration", "weeks"): ("time", 604800),
    ("duration", "months"): ("calendar", 1), ("duration", "years"): ("calendar", 12),
    # a child's age in months and in years: "a 3-year-old", "36 mois"
    ("age", "months"): ("age", 1), ("age", ""): ("age", 12),
    ("count", "kilogram"): ("mass", 1), ("count", "tonne"): ("mass", 1000),
}  # fmt: skip


def _in_base(f: Figure) -> tuple[str, float | int] | None:
    unit = CONVERTIBLE_UNITS.get((f.kind, f.unit or ""))
    return None if unit is None else (unit[0], _rounded(float(f.value) * unit[1]))


def _conversions(en: list[Figure], fr: list[Figure]) -> list[tuple[Figure, Figure]]:
    """Figures left unmatched on both sides that are one quantity in two units, each used once (shown as
    matched): the same duration or weight, exactly, once converted ("two weeks" and "14 jours"), or a span of
    days or weeks that a calendar's months or years are said as ("a 90-day search", "trois mois"; "52 weeks",
    "un an")."""
    return _paired_once(
        en,
        fr,
        # in two units: the same value in one unit was matched already, or kept apart (two people's ages)
        lambda a, b: (
            a.unit != b.unit
            and (
                (base := _in_base(a)) is not None
                and base == _in_base(b)
                or _calendar_span(a, b)
                or _calendar_span(b, a)
            )
        ),
    )


#: Days said as months (from 30 days, each month 30), and days or weeks said as years.
_CALENDAR_SPANS = {("days", "months"): 30, ("days", "years"): 365, ("weeks", "years"): 52}


def _calendar_span(short: Figure, long: Figure) -> bool:
    """Whether a span of days or weeks is a whole number of months or years said in them: "90 days" and
    "trois mois", "365 days" and "un an", "104 weeks" and "deux ans"."""
    per = _CALENDAR_SPANS.get((short.unit or "", long.unit or ""))
    return (
        per is not None
        and short.kind == long.kind == "duration"
        and float(long.value) >= 1
        and float(long.value) == int(long.value)
        and float(short.value) == float(long.value) * per
    )


#: Nouns that may stand for people of any kind.
GENERIC_PEOPLE = frozenset({"person", "national", "man", "woman"})
#: Nouns that may count the same things in two reports ("1,209 suspects", "1 209 interpellations").
RELATED_UNITS = [DEATH_UNITS] + [
    frozenset(group.split())
    for group in ("suspect arrest", "injury victim", "computer device server", "device phone",  # ANOM's handsets
                  "company organisation group agency", "ngo organisation association",
                  "website domain platform", "seat riding", "search operation", "vehicle car", "victim company organisation", "attack case",
                  "account user customer member person passenger household identity record", "customer patient subscriber", "job employee worker",
                  "home household building family", "village municipality town city", "firefighter rescuer", "worker rescuer", "injury hospitalised critical light burn", "seat member", "worker employee member", "passenger tourist visitor",
                  "member suspect arrest",  # "six gang members" arrested are the "Six accusés"
                  "vote voter",  # a party's votes are its voters: "more than 8.7 million votes", "8,745 millions d'électeurs"
                  "person resident",  # a town "of around 1 million people", "près de 780.000 habitants"
                  "displaced evacuee",  # "displaced residents reached 5,389", "plus de 5000 personnes évacuées"
                  "child boy girl student youth", "infection case", "infection computer device server",
                  "facility hospital school",
                  "province state region",  # "12 of Sudan's 18 provinces", "13 des 18 États soudanais"
                  "country state",  # "fifteen countries, among them France", "quinze États membres"
                  "bankruptcy company",  # "more than 2,800 companies going bust", "2.821 faillites"
                  # premises raided: "went through ten factories", "ont perquisitionné dix adresses", "searched
                  # 45 homes and businesses", "45 perquisitions"
                  "address search home building factory",
                  # a power cut's customers are its homes: "1.2 million homes lost electricity", "1,2 million de
                  # clients coupés"
                  "customer home household",
                  "guest customer",  # a hotel's guests are its "clients"
                  # stolen cars counted as thefts: "70,469 vehicles were stolen", "70 649 vols"
                  "theft vehicle car",
                  # those aboard a migrants' boat, and those of them rescued: "about 86 migrants aboard",
                  # "environ 86 passagers"; "Fifteen other migrants were rescued", "des quinze rescapés"
                  "migrant passenger", "migrant survivor",
                  # those aboard named by what they are in one report and as passengers in the other: "carrying
                  # three soldiers", "comptait trois passagers"; "its four astronauts", "ses quatre passagers"
                  "passenger occupant astronaut soldier",
                  # products sold or shipped, counted as units or copies in one report and as what they are in
                  # the other: "the 1.6 million units sold", "environ 1,7 million d'exemplaires"; "1.17 billion
                  # units", "1,1 milliard de smartphones"
                  "units unités exemplaires copies", "units unités phone device",
                  "patient hospitalised",  # "15 patients had spent more than a day", "15 autres" hospitalised
                  )
]  # fmt: skip


def related_units(a: str | None, b: str | None) -> bool:
    """Whether two counted nouns may count the same thing: the same, one unknown (no noun, or one outside
    the lexicon), "people" and any kind of person, or two nouns the lexicon relates."""
    if a == b:
        return True
    if _measure_apart(a, b):
        return False
    if _lexicon_relates(a, b):
        return True
    if _things_apart(a, b):
        return False
    if a not in KNOWN_UNITS or b not in KNOWN_UNITS:
        return True
    return _people_relate(a, b, HUMAN_UNITS)


def _people_relate(a: str | None, b: str | None, people: frozenset[str]) -> bool:
    """Whether two nouns of ``people`` may count the same persons: people at large (or a people, "two
    Ukrainians") and any kind of person, or members and those sent to help ("92 soldiers" are "92 membres de
    la Garde nationale"), or a crew and its members ("22 crew members", "22 membres d'équipage")."""
    if ({a, b} & GENERIC_PEOPLE) and {a, b} <= people:
        return True
    return "member" in (a, b) and (a in RESPONDERS or b in RESPONDERS or "crew" in (a, b))


def _lexicon_apart(a: str | None, b: str | None) -> bool:
    """Whether two counted nouns are both named by the lexicon, beyond the unit table too, as two things it
    does not relate: murders and weapons, journalists and voters; not people at large and a kind of people."""
    if a == b or a not in LEXICON_NOUNS or b not in LEXICON_NOUNS or _lexicon_relates(a, b):
        return False
    return not _people_relate(a, b, LEXICON_PEOPLE)


def _lexicon_relates(a: str | None, b: str | None) -> bool:
    """Whether one group of :data:`RELATED_UNITS` holds both counted nouns."""
    return any(a in group and b in group for group in RELATED_UNITS)


def _noun_outside_lexicon(a: str | None, b: str | None) -> bool:
    """Whether two counted nouns are both given, one of them outside the table of units, and neither one noun
    spelt two ways nor two the lexicon relates: "11 teams" of firefighters and "une dizaine de localités"
    evacuated, "34,297 evacuees" and "près de 30.000 foyers" without power (not "48,312 customers" and "près
    de 50 000 abonnés")."""
    return (
        a is not None
        and b is not None
        and a != b
        and (a not in KNOWN_UNITS or b not in KNOWN_UNITS)
        and not cognates(a, b)
        and not _lexicon_relates(a, b)
    )


def _one_kind_of_people(a: Figure, b: Figure) -> bool:
    """Whether two counts name one kind of people, neither people at large nor a fate: "14 injured (six of them
    firefighters)" and "15 blessés, dont sept pompiers" count the firefighters among the injured."""
    return (
        a.unit == b.unit
        and a.unit in HUMAN_UNITS
        and a.unit not in GENERIC_PEOPLE
        and a.unit not in TOLL_UNITS
        and not a.place
        and not b.place
    )


def _things_apart(a: str | None, b: str | None) -> bool:
    """Whether one counted noun is people and the other things (floors, flights, bridges), or the two are two
    things the lexicon names ("259 aircraft", "près de 300 vols"): five people are not five floors, though the
    lexicon of things is outside the unit table."""
    if a in THING_CONCEPTS:
        return b in LEXICON_PEOPLE or b in DEATH_UNITS or (b in THING_CONCEPTS and a != b)
    return b in THING_CONCEPTS and (a in LEXICON_PEOPLE or a in DEATH_UNITS)


def _measure_apart(a: str | None, b: str | None) -> bool:
    """Whether two counted nouns, both given, are a measurement and something else: a measurement is never a
    count of things."""
    return a != b and a is not None and b is not None and (a in MEASURE_NOUNS or b in MEASURE_NOUNS)


def _same_count(a: Figure, b: Figure) -> bool:
    """Two counts of one value whose nouns may count the same thing: value and kind first, the noun is
    evidence ("1,209 suspects" and "1 209 interpellations"), but five people are not five cars."""
    return (
        a.kind == b.kind == "count"
        and _size(a) == _size(b)
        and (
            related_units(a.unit, b.unit)
            or _fate_of_people(a, b)
            or _fate_of_people(b, a)
            # "About 6,000 people were moved", "6.000 vacanciers ont été tirés de leur sommeil": people, and
            # who they are, one value of ten or more
            or float(a.value) >= FATE_OF_PEOPLE_LEAST
            and (_kind_of_people(a, b) or _kind_of_people(b, a))
            and not {a.unit, b.unit} & RESPONDERS
        )
        and _same_role(a, b)
    )


#: The fates a count of people may be told by in one version and by the people in the other.
FATES = frozenset({"death", "injury", "missing"})
#: From here a count told by a fate and one of that value told by its people are one quantity.
FATE_OF_PEOPLE_LEAST = 10


def _fate_of_people(fate: Figure, people: Figure) -> bool:
    """Whether ``fate`` counts by what befell them the people ``people`` names: "12 children were killed"
    against "(102 hommes, 17 femmes et 12 enfants)" among the dead, one value of ten or more."""
    return (
        fate.unit in FATES
        and people.unit in HUMAN_UNITS
        and people.unit not in FATES | RESPONDERS
        and float(fate.value) >= FATE_OF_PEOPLE_LEAST
    )


def _same_specific_count(a: Figure, b: Figure) -> bool:
    """Two counts of one value precise enough to tell (three significant digits: 168, 1,209, not 150 or
    2,000) are one quantity whatever nouns the two reports count it with ("attacks against 168 companies"
    and "168 cyberattaques"): two different things rarely share such a value in one story."""
    return (
        a.kind == b.kind == "count"
        and _size(a) == _size(b)
        and (
            significant_digits(a.value) >= SPECIFIC_DIGITS
            # "27,000 rescue workers and military troops" and "27 000 soldats": thousands of people; "5,500
            # jobs" and "5.500 personnes" (the people in them)
            or a.value >= PEOPLE_THOUSANDS
            and significant_digits(a.value) >= 2
            and {a.unit, b.unit} <= HUMAN_UNITS | {None, "job"}
            # "78 emissions defect reports" and "à au moins 78 reprises": the times something happened count
            # those happenings (from two significant digits: "three times" is no tell)
            or "time" in {a.unit, b.unit}
            and significant_digits(a.value) >= 2
            # "the 5.1-million customers who were cut off" and "5,1 millions de cartes SIM": millions stated to
            # two significant digits, unless one noun is a measure or things and the other people
            or a.value >= 1_000_000
            and significant_digits(a.value) >= 2
            and not _things_apart(a.unit, b.unit)
            and not _measure_apart(a.unit, b.unit)
        )
        and _same_role(a, b)
    )


#: From here two counts of people of one value stated to two significant digits are one quantity.
PEOPLE_THOUSANDS = 1000


#: How many significant digits make a count's value specific enough to match across nouns.
SPECIFIC_DIGITS = 3


def significant_digits(value: float) -> int:
    """145000 -> 3, 2300000 -> 2, 12.5 -> 3, 1000 -> 1."""
    return len(f"{abs(value):.6f}".rstrip("0").replace(".", "").strip("0")) or 1


#: After equal keys, what else makes two figures one quantity, most telling first (symmetric rules).
LOOSER_MATCHES = (compatible, _unit_lost, _same_count, _same_specific_count)


def _by_bucket(figures: Sequence[Figure]) -> dict[tuple[str, float | int], list[Figure]]:
    """Figures by bucket, in order: a figure's counterparts are only ever in its own bucket."""
    out: dict[tuple[str, float | int], list[Figure]] = {}
    for f in figures:
        out.setdefault(figure_bucket(f), []).append(f)
    return out


def _any_counterpart(f: Figure, others: dict[tuple[str, float | int], list[Figure]]) -> Figure | None:
    return next(
        (
            o
            for o in others.get(figure_bucket(f), ())
            if _comparable(f, o) and any(match(f, o) for match in LOOSER_MATCHES)
        ),
        None,
    )


def _comparable(a: Figure, b: Figure) -> bool:
    """An amount given as an order of magnitude ("hundreds of millions of euros", value 100 million) is the same
    figure only as another order; a stated amount agrees with it only as an estimate (see ``_within_estimate``).
    Two counts of two peoples ("two South Koreans", "deux Allemands") are never one figure."""
    if a.unit == b.unit == "national" and a.place and b.place and not same_people(a.place, b.place):
        return False
    if a.part and b.part and a.place and b.place and not same_place(a.place, b.place):
        return False  # "the UK (55)" and "aux États-Unis (55)": two places' shares of a list, one value by chance
    if a.kind == b.kind == "age" and a.place and b.place and not same_person(a.place, b.place):
        return False  # "An Wu, 31" and "Saniya Khan, 31 ans": two people's ages, one value by chance
    return (a.approx == "order") == (b.approx == "order")
