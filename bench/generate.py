"""Generate a synthetic bilingual library: EN/FR story pairs written as RSS 2.0 files.

    python bench/generate.py --stories 50000 --out DIR     # 100,000 articles

Each story is written twice, once in English and once in French, from the same draws: the same people,
places, organisations and figures, each in its language's format (``€145,000`` / ``145 000 euros``,
``12.5%`` / ``12,5 %``, ``a 34-year-old man`` / ``un homme de 34 ans``). Articles are about 350 words:
about twenty sentences drawn from hand-written parallel templates (``vocab.py``), in paragraphs with a
heading or two. A third of the pairs carry explicit ``hreflang`` alternate links; the others must be paired
automatically from their shared names and figures.

Output: ``DIR/feeds/NNNN-en.xml`` and ``DIR/feeds/NNNN-fr.xml`` (``--per-file`` items each; sorted names
interleave the languages as a real refresh would), and ``DIR/manifest.json``: counts, known titles and the
benchmark's query mix with the number of articles each query should find. Deterministic for a given seed.
Random draws are vectorised with numpy; the per-story Python work is one dict of slot values per language
and one ``str.format_map`` per sentence.
"""

from __future__ import annotations

import argparse
import json
import string
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from html import escape
from pathlib import Path

import numpy as np

try:  # run as ``python bench/generate.py`` or imported as ``bench.generate``
    import vocab as v
except ImportError:  # pragma: no cover
    from bench import vocab as v

NNBSP, NBSP = "\u202f", "\u00a0"
START = datetime(2024, 1, 1, tzinfo=UTC)
SPAN_DAYS = 730
FR_OFFSET = timedelta(hours=1)

#: Money: (value class, mantissas, weights). Values are mantissa x 1,000 / 1e6 / 1e9.
MONEY_THOUSANDS = [12, 25, 45, 87.5, 120, 145, 250, 310, 480, 500, 720, 980]
MONEY_MILLIONS = [1.2, 1.5, 2.3, 3.1, 4.2, 4.5, 6.8, 12, 12.5, 18, 25, 47, 150, 320]
MONEY_BILLIONS = [1.1, 1.4, 2.5, 3.8, 7, 12]
CURRENCIES = ["EUR", "USD", "GBP"]
EN_SYMBOL = {"EUR": "€", "USD": "$", "GBP": "£"}
FR_NAME = {"EUR": "euros", "USD": "dollars", "GBP": "livres sterling"}
FR_DE_NAME = {"EUR": "d'euros", "USD": "de dollars", "GBP": "de livres sterling"}

#: The figures the benchmark's figure queries look for (counted into the manifest).
FIGURE_145K_EUR = ("EUR", 145_000.0)
FIGURE_4_2M = 4_200_000.0

PUBLISHERS = [
    ("The Northern Ledger", "Le Courrier du Nord"),
    ("World Wire", "Le Fil mondial"),
    ("The Daily Meridian", "Le Méridien quotidien"),
    ("Harbour Post", "La Gazette du port"),
    ("The Continental", "Le Continental"),
]

#: Sentences per story: generic, topic and figure sentences, then one quote (~350 words in all).
N_GENERIC, N_TOPIC, N_FIGURE = 14, 7, 11
POLICE_SHARE, BUDGET_SHARE = 1 / 3, 1 / 3


# -- formatting numbers ---------------------------------------------------------------------------------------


def group_en(n: int) -> str:
    return f"{n:,}"


def group_fr(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def decimal_en(x: float) -> str:
    return f"{x:g}"


def decimal_fr(x: float) -> str:
    return f"{x:g}".replace(".", ",")


def money_texts(value: float, currency: str, style: int, sep: str) -> tuple[str, str]:
    """(English, French) spellings of an amount; ``style`` picks among each language's usual forms."""
    sym = EN_SYMBOL[currency]
    if value < 1e6:
        n = int(value)
        en = (
            f"{sym}{group_en(n)}"
            if style != 2
            else f"{group_en(n)} {FR_NAME[currency] if currency != 'GBP' else 'pounds'}"
        )
        fr = (
            f"{group_fr(n, sep)} {FR_NAME[currency]}"
            if style != 1 or currency != "EUR"
            else f"{group_fr(n, sep)}{NBSP}€"
        )
        return en, fr
    if value < 1e9:
        m = value / 1e6
        en = f"{sym}{decimal_en(m)}m" if style == 1 else f"{sym}{decimal_en(m)} million"
        word = "million" if m < 2 else "millions"
        return en, f"{decimal_fr(m)} {word} {FR_DE_NAME[currency]}"
    b = value / 1e9
    en = f"{sym}{decimal_en(b)}bn" if style == 1 else f"{sym}{decimal_en(b)} billion"
    word = "milliard" if b < 2 else "milliards"
    return en, f"{decimal_fr(b)} {word} {FR_DE_NAME[currency]}"


def number_texts(n: int, words: bool, sep: str) -> tuple[str, str]:
    if words and n <= 12:
        en, fr = v.NUMBER_WORDS[n - 1]
        return en, fr
    return group_en(n), group_fr(n, sep)


# -- pools ----------------------------------------------------------------------------------------------------

_VOWELS = set("aeiouyhéèêàâîôûAEIOUYHÉÈÊÀÂÎÔÛ")


def _elides(word: str) -> bool:
    return word[0] in _VOWELS


def de_form(name: str) -> str:
    """French "de" before a proper name: ``de Lyon``, ``d'Anvers``, ``du groupe X``, ``de la Banque X``."""
    if name.startswith("Groupe "):
        return "du groupe " + name.removeprefix("Groupe ")
    if name.startswith("Banque "):
        return "de la " + name
    return ("d'" if _elides(name) else "de ") + name


def noun_phrases(nouns: list[list[str]]) -> list[tuple[str, str, str, str, str]]:
    """Every adjective x noun: (en "the ...", fr "le ...", en "a ...", fr "un ...", fr "du ...")."""
    out = []
    for en_noun, fr_noun, gender in nouns:
        masc, aspirated = gender[0] == "m", gender.endswith("!")
        for en_adj, fr_m, fr_f, pos in v.ADJECTIVES:
            adj = fr_m if masc else fr_f
            if adj == "nouveau" and _elides(fr_noun) and not aspirated:
                adj = "nouvel"
            phrase = f"{adj} {fr_noun}" if pos == "pre" else f"{fr_noun} {adj}"
            vowel = _elides(phrase) and not (aspirated and pos != "pre")
            fr_def = ("l'" if vowel else "le " if masc else "la ") + phrase
            fr_de = ("de l'" if vowel else "du " if masc else "de la ") + phrase
            fr_indef = ("un " if masc else "une ") + phrase
            an = en_adj[0] in "aeiouAEIOU" and en_adj != "European"
            out.append(
                (
                    f"the {en_adj} {en_noun}",
                    fr_def,
                    f"{'an' if an else 'a'} {en_adj} {en_noun}",
                    fr_indef,
                    fr_de,
                )
            )
    return out


def synthetic_surnames() -> list[str]:
    taken = {w.lower() for w in v.COMMON_SURNAMES + v.ORG_STEMS + v.FIRST_NAMES_M + v.FIRST_NAMES_F}
    taken |= {c[0].lower() for c in v.CITIES}
    names = [
        (h + m + t).capitalize() for h in v.SURNAME_HEADS for m in v.SURNAME_MIDS for t in v.SURNAME_TAILS
    ]
    seen: set[str] = set()
    out = []
    for n in names:
        if n.lower() not in taken and n not in seen:
            seen.add(n)
            out.append(n)
    return out


def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


class Templates:
    """A list of (en, fr) templates with, for each, whether it starts with a slot and which slots it uses."""

    TRACKED = ("M1", "M2", "M3", "P1", "P1L", "P2", "P2L", "P3")

    def __init__(self, rows: list[list[str]]) -> None:
        self.en = [r[0] for r in rows]
        self.fr = [r[1] for r in rows]
        self.cap_en = [t.startswith("{") for t in self.en]
        self.cap_fr = [t.startswith("{") for t in self.fr]
        self.mask_en = [self._mask(t) for t in self.en]
        self.mask_fr = [self._mask(t) for t in self.fr]

    def _mask(self, template: str) -> int:
        fields = _fields(template)
        return sum(1 << i for i, name in enumerate(self.TRACKED) if name in fields)

    def __len__(self) -> int:
        return len(self.en)


def bit(name: str) -> int:
    return 1 << Templates.TRACKED.index(name)


def check_reserved_words() -> None:
    """``police`` and ``budget`` must appear only in their own sentence lists."""
    import re

    pattern = re.compile(r"\b(polic\w*|budg\w*)", re.I)
    pools = [
        v.GENERIC_SENTENCES,
        v.FIGURE_SENTENCES,
        v.QUOTE_SENTENCES,
        v.HEADINGS,
        v.QUOTES,
        v.ROLES,
        v.INSTITUTIONS,
        v.GENERIC_NOUNS,
        v.ADJECTIVES,
        v.COUNT_NOUNS,
        *v.TOPIC_SENTENCES.values(),
        *v.TOPIC_TITLES.values(),
        *v.TOPIC_NOUNS.values(),
    ]
    for pool in pools:
        for row in pool:
            for cell in row:
                if pattern.search(cell):
                    raise AssertionError(f"reserved word in {cell!r}")


# -- the generator --------------------------------------------------------------------------------------------


class Generator:
    def __init__(self, stories: int, seed: int) -> None:
        check_reserved_words()
        self.n = stories
        self.rng = np.random.default_rng(seed)
        self.surnames = synthetic_surnames()
        towns = [[h + t, h + t] for h in v.TOWN_HEADS for t in v.TOWN_TAILS]
        self.cities = [(en, fr, de_form(fr)) for en, fr in v.CITIES + towns]
        self.orgs = []
        for stem in v.ORG_STEMS:
            for en_suffix, fr_suffix, where in v.ORG_SUFFIXES:
                fr = f"{fr_suffix} {stem}" if where == "before" else f"{stem} {fr_suffix}"
                self.orgs.append((f"{stem} {en_suffix}", fr, de_form(fr)))
        self.nps = {t: noun_phrases(v.GENERIC_NOUNS + v.TOPIC_NOUNS[t]) for t in v.TOPICS}
        self.generic = Templates(v.GENERIC_SENTENCES)
        self.figure = Templates(v.FIGURE_SENTENCES)
        self.topic = {t: Templates(v.TOPIC_SENTENCES[t]) for t in v.TOPICS}
        self.titles = {t: Templates(v.TOPIC_TITLES[t]) for t in v.TOPICS}
        self.police = Templates(v.POLICE_SENTENCES)
        self.budget = Templates(v.BUDGET_SENTENCES)
        self.quote = Templates(v.QUOTE_SENTENCES)
        self._draw()

    def _draw(self) -> None:
        """Every random choice of every story, as arrays (converted to lists for fast indexing)."""
        n, rng = self.n, self.rng

        def ints(high: int, *shape: int) -> list:
            return rng.integers(0, high, size=(n, *shape)).tolist()

        def pick(k: int, of: int) -> list:
            return np.argsort(rng.random((n, of)), axis=1)[:, :k].tolist()

        self.topic_ix = ints(len(v.TOPICS))
        self.city_ix = ints(len(self.cities), 2)
        self.org_ix = ints(len(self.orgs), 2)
        self.inst_ix = ints(len(v.INSTITUTIONS))
        self.ctry_ix = ints(len(v.COUNTRIES))
        self.day_ix = ints(len(v.DAYS))
        self.year = (rng.integers(2025, 2041, size=n)).tolist()
        self.gender = ints(2, 3)
        self.first_ix = ints(max(len(v.FIRST_NAMES_M), len(v.FIRST_NAMES_F)), 3)
        # Recurring surnames for two people in five, synthetic (mostly rare) ones for the rest.
        common = rng.random((n, 3)) < 0.4
        sur = np.where(
            common,
            rng.integers(0, len(v.COMMON_SURNAMES), (n, 3)),
            rng.integers(0, len(self.surnames), (n, 3)),
        )
        self.common = common.tolist()
        self.sur_ix = sur.tolist()
        self.role_ix = ints(len(v.ROLES), 2)
        np_count = len(v.GENERIC_NOUNS) * len(v.ADJECTIVES)
        self.np_ix = ints(np_count, 6)  # topic nouns come after the generic ones: bias a few towards them
        topic_np = rng.integers(np_count, np_count + 12 * len(v.ADJECTIVES), size=(n, 6))
        use_topic = rng.random((n, 6)) < 0.4
        self.np_ix = np.where(use_topic, topic_np, np.array(self.np_ix)).tolist()
        # Money: class (thousands, millions, billions), mantissa, currency, style, group separator.
        m_class = rng.choice(3, size=(n, 3), p=[0.45, 0.45, 0.10])
        mant = [
            rng.choice(len(MONEY_THOUSANDS), size=(n, 3), p=_zipf(len(MONEY_THOUSANDS))),
            rng.choice(len(MONEY_MILLIONS), size=(n, 3), p=_zipf(len(MONEY_MILLIONS))),
            rng.choice(len(MONEY_BILLIONS), size=(n, 3), p=_zipf(len(MONEY_BILLIONS))),
        ]
        self.m_class = m_class.tolist()
        self.m_mant = [m.tolist() for m in mant]
        self.m_cur = rng.choice(3, size=(n, 3), p=[0.6, 0.25, 0.15]).tolist()
        self.m_style = ints(3, 3)
        self.sep = rng.choice(3, size=(n,), p=[0.4, 0.3, 0.3]).tolist()
        # Counts: noun and a log-uniform value from 2 to 20,000, rounded like a reporter would.
        self.c_noun = ints(len(v.COUNT_NOUNS), 2)
        raw = np.exp(rng.uniform(np.log(4), np.log(20_000), size=(n, 2)))
        self.c_val = np.where(
            raw >= 1000, np.round(raw, -2), np.where(raw >= 100, np.round(raw, -1), np.round(raw))
        )
        self.c_val = self.c_val.astype(int).tolist()
        self.c_words = (rng.random((n, 2)) < 0.5).tolist()
        pct = np.exp(rng.uniform(np.log(0.5), np.log(95), size=(n, 2)))
        self.pct = np.where(pct >= 20, np.round(pct), np.round(pct, 1)).tolist()
        self.pct_style = ints(10, 2)
        self.age = rng.integers(18, 86, size=n).tolist()
        self.age2 = rng.integers(25, 71, size=n).tolist()
        self.age_gender = ints(2)
        self.dur_unit = ints(len(v.DURATION_UNITS), 2)
        self.dur_val = rng.integers(2, 37, size=(n, 2)).tolist()
        self.dur_words = (rng.random((n, 2)) < 0.5).tolist()
        self.quote_ix = ints(len(v.QUOTES))
        self.quote_t = ints(len(self.quote))
        self.heading_ix = pick(2, len(v.HEADINGS))
        self.title_ix = ints(3)
        self.generic_pick = pick(N_GENERIC, len(self.generic))
        self.topic_pick = pick(N_TOPIC, 8)
        self.figure_pick = pick(N_FIGURE, len(self.figure))
        self.police_flag = (rng.random(n) < POLICE_SHARE).tolist()
        self.budget_flag = (rng.random(n) < BUDGET_SHARE).tolist()
        self.police_t = ints(len(self.police))
        self.budget_t = ints(len(self.budget))
        # Each version leaves out one generic sentence (or none): the two newsrooms do not write alike.
        self.drop = rng.integers(-1, N_GENERIC, size=(n, 2)).tolist()
        self.explicit = (rng.random(n) < 1 / 3).tolist()
        self.offset_h = rng.uniform(0, 20, size=n).tolist()
        self.fr_shift_h = rng.uniform(-6, 6, size=n).tolist()
        self.para_len = rng.integers(2, 5, size=(n, 12)).tolist()

    # -- one story ---------------------------------------------------------------------------------------

    def slots(self, i: int) -> tuple[dict[str, str], dict[str, str], list[tuple[str, float]]]:
        """The slot values of story ``i`` in English and in French, and its money figures."""
        en: dict[str, str] = {}
        fr: dict[str, str] = {}
        sep = (NNBSP, NBSP, " ")[self.sep[i]]
        for k in range(3):
            g = self.gender[i][k]
            names = (v.FIRST_NAMES_M, v.FIRST_NAMES_F)[g]
            first = names[self.first_ix[i][k] % len(names)]
            last = (
                v.COMMON_SURNAMES[self.sur_ix[i][k]]
                if self.common[i][k]
                else self.surnames[self.sur_ix[i][k]]
            )
            en[f"P{k + 1}"] = fr[f"P{k + 1}"] = f"{first} {last}"
            en[f"P{k + 1}L"] = fr[f"P{k + 1}L"] = last
        for k in range(2):
            g = self.gender[i][k]
            role = v.ROLES[self.role_ix[i][k]]
            en[f"R{k + 1}"], fr[f"R{k + 1}"] = role[0], role[1 + g]
            en[f"He{k + 1}"], fr[f"He{k + 1}"] = ("He", "Il") if g == 0 else ("She", "Elle")
            c_en, c_fr, c_de = self.cities[self.city_ix[i][k]]
            o_en, o_fr, o_de = self.orgs[self.org_ix[i][k]]
            suffix = "" if k == 0 else "2"
            en["CITY" + suffix], fr["CITY" + suffix], fr["DE_CITY" + suffix] = c_en, c_fr, c_de
            en["ORG" + suffix], fr["ORG" + suffix], fr["DE_ORG" + suffix] = o_en, o_fr, o_de
        en["INST"], fr["INST"] = v.INSTITUTIONS[self.inst_ix[i]]
        en["IN_CTRY"], fr["IN_CTRY"] = v.COUNTRIES[self.ctry_ix[i]]
        en["DAY"], fr["DAY"] = v.DAYS[self.day_ix[i]]
        en["YEAR"] = fr["YEAR"] = str(self.year[i])
        nps = self.nps[v.TOPICS[self.topic_ix[i]]]
        for k in range(4):
            p = nps[self.np_ix[i][k]]
            en[f"NP{k + 1}"], fr[f"NP{k + 1}"] = p[0], p[1]
            if k < 2:
                fr[f"OFNP{k + 1}"] = p[4]
                q = nps[self.np_ix[i][k + 4]]
                en[f"ANP{k + 1}"], fr[f"ANP{k + 1}"] = q[2], q[3]
        money = []
        for k in range(3):
            cls = self.m_class[i][k]
            mant = (MONEY_THOUSANDS, MONEY_MILLIONS, MONEY_BILLIONS)[cls][self.m_mant[cls][i][k]]
            value = mant * (1e3, 1e6, 1e9)[cls]
            cur = CURRENCIES[self.m_cur[i][k]]
            en[f"M{k + 1}"], fr[f"M{k + 1}"] = money_texts(value, cur, self.m_style[i][k], sep)
            money.append((cur, value))
        for k in range(2):
            sg_en, pl_en, sg_fr, pl_fr, g = v.COUNT_NOUNS[self.c_noun[i][k]]
            n_en, n_fr = number_texts(self.c_val[i][k], self.c_words[i][k], sep)
            en[f"C{k + 1}"], fr[f"C{k + 1}"] = f"{n_en} {pl_en}", f"{n_fr} {pl_fr}"
            fr[f"EC{k + 1}"] = "e" if g == "f" else ""
            pct = self.pct[i][k]
            style = self.pct_style[i][k]
            p_en, p_fr = decimal_en(pct), decimal_fr(pct)
            en[f"PCT{k + 1}"] = f"{p_en} per cent" if style == 0 else f"{p_en}%"
            fr[f"PCT{k + 1}"] = (
                f"{p_fr} pour cent"
                if style == 0
                else f"{p_fr} %"
                if style < 3
                else f"{p_fr}{(NNBSP, NBSP)[style % 2]}%"
            )
            unit = v.DURATION_UNITS[self.dur_unit[i][k]]
            d = self.dur_val[i][k]
            d_en, d_fr = number_texts(d, self.dur_words[i][k], sep)
            en[f"DUR{k + 1}"], fr[f"DUR{k + 1}"] = f"{d_en} {unit[1]}", f"{d_fr} {unit[3]}"
        woman = self.age_gender[i] == 1
        age = self.age[i]
        en["AGEP1"] = f"a {age}-year-old {'woman' if woman else 'man'}"
        fr["AGEP1"] = f"{'une femme' if woman else 'un homme'} de {age} ans"
        fr["EA"] = "e" if woman else ""
        en["AGE2"], fr["AGE2"] = str(self.age2[i]), f"{self.age2[i]} ans"
        en["Q"], fr["Q"] = v.QUOTES[self.quote_ix[i]]
        return en, fr, money

    def sentences(self, i: int) -> list[tuple[Templates, int]]:
        """The story's sentences in order: generic, topic and figure sentences interleaved, a quote, and
        the police and budget sentences for the stories that have them."""
        topic = self.topic[v.TOPICS[self.topic_ix[i]]]
        g, t, f = self.generic_pick[i], self.topic_pick[i], self.figure_pick[i]
        out: list[tuple[Templates, int]] = []
        for k in range(N_GENERIC):
            out.append((self.generic, g[k]))
            if k < N_TOPIC:
                out.append((topic, t[k]))
            if k < N_FIGURE:
                out.append((self.figure, f[k]))
            if k == 3:
                out.append((self.quote, self.quote_t[i]))
            if k == 2 and self.police_flag[i]:
                out.append((self.police, self.police_t[i]))
            if k == 5 and self.budget_flag[i]:
                out.append((self.budget, self.budget_t[i]))
        return out

    def render(self, i: int, lang: str, slots: dict[str, str], plan: list[tuple[Templates, int]]):
        """(title, paragraphs as HTML, mask of the tracked slots used, plain text) of story ``i`` in ``lang``."""
        fr = lang == "fr"
        drop = self.drop[i][1 if fr else 0]
        mask = 0
        texts = []
        generic_seen = 0
        for templates, k in plan:
            if templates is self.generic:
                generic_seen += 1
                if generic_seen - 1 == drop:
                    continue
            tmpl = templates.fr[k] if fr else templates.en[k]
            s = tmpl.format_map(slots)
            if (templates.cap_fr if fr else templates.cap_en)[k]:
                s = s[0].upper() + s[1:]
            texts.append(s)
            mask |= (templates.mask_fr if fr else templates.mask_en)[k]
        titles = self.titles[v.TOPICS[self.topic_ix[i]]]
        k = self.title_ix[i]
        title = (titles.fr if fr else titles.en)[k].format_map(slots)
        title = title[0].upper() + title[1:]
        mask |= (titles.mask_fr if fr else titles.mask_en)[k]
        # Paragraphs of two to four sentences; a heading before the third and the fifth paragraph.
        html, pos, p = [], 0, 0
        lens = self.para_len[i]
        while pos < len(texts):
            if p in (2, 4):
                heading = v.HEADINGS[self.heading_ix[i][p // 2 - 1]][1 if fr else 0]
                html.append(f"<h2>{heading}</h2>")
            size = lens[p % len(lens)]
            html.append("<p>" + " ".join(texts[pos : pos + size]) + "</p>")
            pos += size
            p += 1
        return title, html, mask, " ".join(texts)


def _zipf(k: int) -> np.ndarray:
    w = 1 / np.arange(1, k + 1)
    rng = np.random.default_rng(k)  # a fixed shuffle, so the most frequent value is not always the first
    w = w[rng.permutation(k)]
    return w / w.sum()


# -- RSS ------------------------------------------------------------------------------------------------------


def rss_date(dt: datetime, offset: timedelta) -> str:
    local = dt + offset
    sign = "+" if offset >= timedelta(0) else "-"
    hours = int(abs(offset).total_seconds() // 3600)
    return local.strftime("%a, %d %b %Y %H:%M:%S ") + f"{sign}{hours:02d}00"


def channel(title: str, link: str, lang: str, items: list[str]) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel>\n'
        f"<title>{escape(title, quote=False)}</title>\n<link>{link}</link>\n"
        f"<description>{escape(title, quote=False)}</description>\n<language>{lang}</language>\n"
        + "".join(items)
        + "</channel>\n</rss>\n"
    )


def item(
    title: str, url: str, date: str, html: list[str], alternate: str | None, alt_lang: str, tag: str
) -> str:
    alt = (
        f'<atom:link rel="alternate" hreflang="{alt_lang}" type="text/html" href="{alternate}"/>\n'
        if alternate
        else ""
    )
    return (
        f"<item>\n<title>{escape(title, quote=False)}</title>\n<link>{url}</link>\n"
        f'<guid isPermaLink="true">{url}</guid>\n{alt}<pubDate>{date}</pubDate>\n<category>{tag}</category>\n'
        f"<description><![CDATA[{html[0]}]]></description>\n"
        f"<content:encoded><![CDATA[{''.join(html)}]]></content:encoded>\n</item>\n"
    )


TAGS = {
    "cyber": ("Cybersecurity", "Cybersécurité"),
    "politics": ("Politics", "Politique"),
    "economy": ("Economy", "Économie"),
    "climate": ("Climate", "Climat"),
    "health": ("Health", "Santé"),
    "transport": ("Transport", "Transports"),
    "justice": ("Justice", "Justice"),
    "science": ("Science", "Sciences"),
    "culture": ("Culture", "Culture"),
    "sport": ("Sport", "Sport"),
}


def generate(stories: int, out: Path, *, seed: int = 42, per_file: int = 500, edition: str = "") -> dict:
    """Write the feeds and the manifest under ``out``; returns the manifest.

    ``edition`` goes into every URL (the items' GUIDs): a set generated with another edition (and seed) is new
    to a library that holds the first one, as the next days of the same feeds would be."""
    t0 = time.perf_counter()
    gen = Generator(stories, seed)
    feeds = out / "feeds"
    feeds.mkdir(parents=True, exist_ok=True)
    for old in feeds.glob("*.xml"):
        old.unlink()
    words = 0
    counts = Counter()
    name_stories: dict[str, list[int]] = {}
    newest = oldest = None
    files = 0
    bytes_written = 0
    step = SPAN_DAYS * 86400 / max(stories, 1)
    for start in range(0, stories, per_file):
        chunk = range(start, min(start + per_file, stories))
        items = {"en": [], "fr": []}
        publisher = PUBLISHERS[(start // per_file) % len(PUBLISHERS)]
        for i in reversed(chunk):  # newest first, as feeds are
            en_slots, fr_slots, money = gen.slots(i)
            plan = gen.sentences(i)
            date_en = START + timedelta(seconds=i * step, hours=gen.offset_h[i])
            date_fr = date_en + timedelta(hours=gen.fr_shift_h[i])
            day = date_en.strftime("%Y/%m/%d")
            url_en = f"https://news.example.com/{day}/story-{edition}{i}"
            url_fr = f"https://actu.example.fr/{day}/article-{edition}{i}"
            topic = v.TOPICS[gen.topic_ix[i]]
            for lang, slots, date, url, other, offset in (
                ("en", en_slots, date_en, url_en, url_fr, timedelta(0)),
                ("fr", fr_slots, date_fr, url_fr, url_en, FR_OFFSET),
            ):
                title, html, mask, text = gen.render(i, lang, slots, plan)
                words += text.count(" ") + 1 + title.count(" ") + 1
                alternate = other if gen.explicit[i] else None
                tag = TAGS[topic][lang == "fr"]
                items[lang].append(
                    item(
                        title,
                        url,
                        rss_date(date, offset),
                        html,
                        alternate,
                        "fr" if lang == "en" else "en",
                        tag,
                    )
                )
                _count(counts, gen, i, lang, mask, money)
                for k in (1, 2, 3):
                    if not gen.common[i][k - 1] and mask & (bit(f"P{k}") | (bit(f"P{k}L") if k < 3 else 0)):
                        name_stories.setdefault(slots[f"P{k}L"], []).append(i)
                if newest is None or date > newest[0]:
                    newest = (date, title, lang)
                if oldest is None or date < oldest[0]:
                    oldest = (date, title, lang)
        files += 1
        for lang, (name_en, name_fr) in (("en", publisher), ("fr", publisher)):
            name = name_en if lang == "en" else name_fr
            link = "https://news.example.com/" if lang == "en" else "https://actu.example.fr/"
            data = channel(name, link, lang, items[lang]).encode("utf-8")
            (feeds / f"{files:04d}-{lang}.xml").write_bytes(data)
            bytes_written += len(data)
    rare = _rare_name(name_stories, stories)
    articles = 2 * stories
    manifest = {
        "seed": seed,
        "edition": edition,
        "stories": stories,
        "articles": articles,
        "files": 2 * files,
        "per_file": per_file,
        "feed_bytes": bytes_written,
        "mean_words": round(words / max(articles, 1), 1),
        "newest_title": newest[1] if newest else None,
        "oldest_title": oldest[1] if oldest else None,
        "queries": [
            {"label": "rare proper name", "query": rare[0], "expected": rare[1]},
            {"label": "common word", "query": "police", "expected": counts["police"]},
            {"label": "two common words", "query": "police budget", "expected": counts["police budget"]},
            {"label": "lang:fr + word", "query": "lang:fr police", "expected": counts["fr police"]},
            {"label": "figure (FR format)", "query": "145 000 euros", "expected": counts["eur145k"]},
            {"label": "figure (EN format)", "query": "4.2 million", "expected": counts["4.2m"]},
        ],
        "generate_s": round(time.perf_counter() - t0, 2),
    }
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return manifest


def _count(counts: Counter, gen: Generator, i: int, lang: str, mask: int, money) -> None:
    police, budget = gen.police_flag[i], gen.budget_flag[i]
    counts["police"] += police
    counts["police budget"] += police and budget
    counts["fr police"] += police and lang == "fr"
    used = [money[k] for k in range(3) if mask & bit(f"M{k + 1}")]
    counts["eur145k"] += FIGURE_145K_EUR in used
    counts["4.2m"] += any(value == FIGURE_4_2M for _, value in used)


def _rare_name(name_stories: dict[str, list[int]], stories: int) -> tuple[str, int]:
    """A synthetic surname written in exactly one story (both versions): the first one past the middle."""
    best = None
    for name, ids in name_stories.items():
        if len(ids) == 2 and ids[0] == ids[1] and len(name) >= 6:
            if best is None or abs(ids[0] - stories // 2) < abs(best[1] - stories // 2):
                best = (name, ids[0])
    if best is None:
        name, ids = min(name_stories.items(), key=lambda kv: len(kv[1]))
        return name, len(ids)
    return best[0], 2


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--stories", type=int, default=5000, help="story pairs (articles = 2 x stories)")
    p.add_argument("--out", type=Path, required=True, help="output folder (feeds/ and manifest.json)")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--per-file", type=int, default=500, help="items per RSS file")
    p.add_argument("--edition", default="", help="a tag in every URL: another edition is new to a library")
    args = p.parse_args(argv)
    manifest = generate(args.stories, args.out, seed=args.seed, per_file=args.per_file, edition=args.edition)
    print(json.dumps(manifest, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
