"""Score whether two articles (usually one English, one French) tell the same story.

Pure functions, no store access: the library feeds them the figures, proper names and dates of candidate
articles. Evidence adds up from matching figures (specific values count much, round ones little), shared
proper names (long, rare names count more than countries and big organisations) and close dates; dates a
month or more apart rule a pair out.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from reader.figures.compare import (
    CROWNS,
    DOLLARS,
    Comparison,
    compare_figures,
    distinct,
    significant_digits,
    value_bucket,
)
from reader.figures.extract import folded
from reader.figures.numbers import COUNTRY_EXONYMS, NUMBER_WORDS
from reader.model import Figure

#: Scores at or above this mean "same story". The two seed articles score about 5.5; two different stories
#: sharing round numbers, a country and Europol score about 1. Over 231 check sets of real reports (1,124 pairs,
#: 462 decoys; every English report against every French one of its set), 13 true pairs score from 1.5 to 1.65
#: and one pair of reports of two events does (its French report's own partner scores higher); the closest two
#: decoys of the dev set score 1.15 (see bench/README.md).
PAIR_THRESHOLD = 1.5
#: A report no closer in time to a paired version than its partner takes that version only with this many
#: times the pair's evidence (see ``reader.store.pairs``).
DISPLACE_MARGIN = 1.25
#: ... and a report closer in time to the version by this many days takes it with this share of the pair's
#: evidence: the partner is a follow-up (a week later, "the slow first week"), the report the version's own.
FOLLOW_UP_DAYS = 4
FOLLOW_UP_MARGIN = 0.9
#: ... and a report closer by fewer days takes it with the pair's evidence, no more.
CLOSER_MARGIN = 1.0
#: A report a day closer to a version whose partner is within this many days of it is of one news cycle with
#: the partner: it takes the version unless it fits their story as another outlet's report of it.
SAME_NEWS_DAYS = 2
#: A pair weaker than this (twice the threshold: a few shared names and round figures) loses its version to a
#: report with OVERWHELM times its evidence, even when that report fits their story as another outlet's: the
#: weak partner was no version of the story, the report is.
WEAK_PAIR = 2 * PAIR_THRESHOLD
OVERWHELM = 2.5
#: ... or with this many times its evidence, when the weak partner shares less with the report than the report
#: shares with the version, and less than a firm pair (``WEAK_PAIR``): another outlet's report of the story
#: shares much with a version in its own language, a report of another event (the next crash on that road)
#: does not: a report of a neighbouring event (another country's imports after the same release) sharing two
#: names and a date with a version (2.34) gives it up to the version's own report (4.36, 1.86 times as much).
OVERWHELM_UNRELATED = 1.8
#: Two reports that are each other's closest in the other language, published within ``CLOSE_DAYS`` of each
#: other and sharing a figure of the event (see :func:`tells_by_figures`), pair from this evidence: a short
#: report and a long one of the same event may share one rare name and one amount ("comparis", $400,000), no
#: more. Over 112 check sets of real reports imported into one library, 6 true pairs score from 1.15 to 1.44 so;
#: two reports of other events were each other's closest at 1.33 (a city and a year shared) and 1.13 (a date,
#: ten days apart), with no figure of the event in common.
MUTUAL_PAIR_THRESHOLD = 1.1
#: Two such reports that share no figure of the event pair only from this evidence, published within
#: ``NAMES_PAIR_DAYS`` of each other, and with ``NAMES_PAIR_MARGIN`` times the evidence of any other report in
#: the other language either has: names alone tell a story only when nothing else comes near.
NAMES_PAIR_THRESHOLD = 1.2
NAMES_PAIR_DAYS = 4
NAMES_PAIR_MARGIN = 2.5

#: Dates further apart than this (in days) weaken the evidence; at ``MAX_DAYS_APART`` it is void.
CLOSE_DAYS = 7
MAX_DAYS_APART = 30
CLOSE_DATE_BONUS = 0.25
#: Versions of one story are mostly published the same day; a follow-up (the next day's heatwave record, an
#: updated toll) the day after. The same day adds this on top of ``CLOSE_DATE_BONUS``.
SAME_DAY_BONUS = 0.25
#: What the evidence of two articles more than CLOSE_DAYS apart is worth when they share no figure, only names.
NAMES_ONLY_APART = 0.5
#: ... and of two articles more than this many days apart that share no specific figure: over 119 check sets,
#: the reports of one event this far apart that pair share exact amounts and rates (a minimum wage's new
#: rates, announced two weeks before the year it takes effect); a decoy three weeks from its story's report
#: shared names and "two".
FAR_DAYS = 14

_KIND_WEIGHT = {
    "money": 1.2, "count": 1.0, "percent": 0.8, "age": 0.8, "duration": 0.5, "date": 1.0, "temperature": 1.0,
}  # fmt: skip
#: A figure reported with a nearby value in the other version (the same quantity rounded or updated: "$40.1
#: billion" and "40 milliards", 45.9C and 45,8 degrés) counts this share of its weight.
NEAR_SHARE = 0.5
#: Kinds whose nearby values are evidence (only when one of the two is specific, see :func:`pair_score`): a
#: duration near another says little, and a heatwave's next-day report has temperatures near the day's.
_NEAR_KINDS = frozenset({"money", "percent", "count"})
#: The largest weight a figure can have (see :func:`figure_weight`).
_MAX_WEIGHT = max(_KIND_WEIGHT.values())
#: A date in the text equal to the article's own date (a dateline) says nothing about the story.
OWN_DATE_WEIGHT = 0.2
_SIGNIFICANT_WEIGHT = {1: 0.15, 2: 0.5}  # 3 significant digits or more: 1.0
#: The weight of a round value (one significant digit, or a small whole number), and the most that the round
#: values two reports share count together.
ROUND_WEIGHT = _SIGNIFICANT_WEIGHT[1] * max(_KIND_WEIGHT.values())
ROUND_FIGURES_MOST = 0.45

#: Capitalised words that are not names (sentence starts, titles) in English and French.
STOP_NAMES = set(
    """the a an this that these those it its in on at for from with by as but and or if when while after
    before during according however also some many more most all other such he she they we i you his her
    their our there here what which who why how read more new breaking update updates tl dr tldr
    le la les l un une des du de d ce cette ces cet il elle ils elles on nous vous en dans par pour sur avec
    selon mais et ou si quand lors apres avant depuis pendant plus parallelement sa son ses leur leurs notre
    au aux tout toute tous toutes ainsi enfin il est d'autres autres collaboration arrestations saisies
    police authorities government gouvernement ministry ministere operation operations
    officials prosecutors thousands hundreds dozens about last instead someone cela ceci
    monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi
    dimanche january february march april may june july august september october november december
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    """.split()
)

#: Names shared by many unrelated stories: they count little.
COMMON_NAMES = set(
    """france europe paris london londres germany allemagne spain espagne italy italie netherlands pays-bas
    belgium belgique switzerland suisse uk usa us eu ue un onu nato otan china chine russia russie ukraine
    america amerique washington brussels bruxelles berlin madrid rome canada quebec
    europol eurojust interpol fbi cia nsa doj rcmp cbsa sq imf ecb statistics cnil anssi google microsoft apple meta amazon facebook twitter
    x telegram whatsapp signal internet windows android linux bitcoin
    centre center bureau office agency agence council conseil commission committee comite court cour tribunal
    department service services national nationale federal federale union party parti group groupe bank banque
    university universite hospital hopital president minister ministre province region state etat city ville
    """.split()
)

#: What may stand between two words of one name: a space, or an ampersand ("Marks & Spencer").
_NAME_JOINS = (" ", "\u00a0", " & ")
_CONNECTORS = {"de", "of", "van", "von", "der", "du", "des", "la", "al", "bin", "da", "di", "del"}
_WORD_RE = re.compile(r"[^\W_][\w'’-]*")
#: What may start a word that is never a name nor a connector: a digit or a lowercase Latin letter (tests check
#: that none is uppercase). Other words are read one by one.
_PLAIN_START = "a-z0-9ß-öø-ÿ"
#: Each match is a word of :data:`_WORD_RE` (group ``w``) after the run of plain words before it: lowercase,
#: without an apostrophe nor a capital inside ("easyJet" is read), not a connector. Only the words that may
#: be names are read in Python.
_NAME_WORD_RE = re.compile(
    rf"(?:(?!(?:{'|'.join(sorted(_CONNECTORS))})-*(?![\w'’-]))"
    rf"[{_PLAIN_START}](?:[^\WA-ZÀ-ÖØ-Þ]++|-)*+(?![\w'’-])[\W_]*)*"
    r"(?P<w>[^\W_][\w'’-]*)"
)
_ELISION_RE = re.compile(r"^(?:[ldjnmst]|qu)['’]", re.IGNORECASE)
_SENTENCE_END = ".!?:;\n•–—|"
_POSSESSIVE_RE = re.compile(r"['’]s$")


#: French names of places (accents removed) -> the English name, so that "Allemagne" and "Germany" are one
#: shared name of an English and a French report.
EXONYMS = {
    **COUNTRY_EXONYMS,
    # cities French names differently, and names spelt two ways in English (transliterations)
    "londres": "london", "moscou": "moscow", "pekin": "beijing", "varsovie": "warsaw", "bruxelles": "brussels",
    "geneve": "geneva", "copenhague": "copenhagen", "lisbonne": "lisbon", "athenes": "athens",
    "le caire": "cairo", "alger": "algiers", "la haye": "the hague", "edimbourg": "edinburgh",
    "nouvelle-orleans": "new orleans", "la nouvelle-orleans": "new orleans", "venise": "venice",
    "anvers": "antwerp", "bale": "basel", "francfort": "frankfurt", "hambourg": "hamburg",
    "bucarest": "bucharest", "teheran": "tehran", "bagdad": "baghdad", "damas": "damascus",
    "la mecque": "mecca", "bombay": "mumbai", "mossoul": "mosul", "alep": "aleppo",
    "marrakesh": "marrakech", "kiev": "kyiv", "kharkov": "kharkiv", "odessa": "odesa", "lvov": "lviv",
    "dnipropetrovsk": "dnipro", "tchernobyl": "chernobyl", "tchequie": "czech republic",
    "valence": "valencia", "barcelone": "barcelona", "seville": "seville", "andalousie": "andalusia",
    "catalogne": "catalonia", "saragosse": "zaragoza", "majorque": "majorca", "sicile": "sicily",
    "sardaigne": "sardinia", "corse": "corsica", "calabre": "calabria", "toscane": "tuscany",
    "lombardie": "lombardy", "campanie": "campania", "pouilles": "apulia", "puglia": "apulia",
    "ombrie": "umbria", "venetie": "veneto", "piemont": "piedmont", "ligurie": "liguria",
    # an island's or a region's people, which one version names where the other names the place
    "sicilian": "sicily", "sicilien": "sicily", "sicilienne": "sicily", "calabrian": "calabria",
    "calabrais": "calabria", "calabraise": "calabria", "crete": "crete", "genes": "genoa", "cracovie": "krakow",
    "perou": "peru", "chili": "chile", "argentine": "argentina", "colombie": "colombia", "equateur": "ecuador",
    "bolivie": "bolivia", "haiti": "haiti", "jamaique": "jamaica", "nigeria": "nigeria", "senegal": "senegal",
    "ouganda": "uganda", "tanzanie": "tanzania", "soudan": "sudan", "nepal": "nepal", "birmanie": "myanmar",
    "taiwan": "taiwan", "mongolie": "mongolia", "tchetchenie": "chechnya", "crimee": "crimea",
    "israel": "israel", "yemen": "yemen", "bahrein": "bahrain", "maurice": "mauritius", "guinee": "guinea",
    "zambie": "zambia", "namibie": "namibia", "mozambique": "mozambique", "madagascar": "madagascar",
    "nouvelle-caledonie": "new caledonia", "antilles": "caribbean", "caraibes": "caribbean",
    "hawai": "hawaii", "californie": "california", "floride": "florida", "louisiane": "louisiana",
    "caroline du nord": "north carolina", "caroline du sud": "south carolina", "pennsylvanie": "pennsylvania",
    "virginie": "virginia", "nouveau-mexique": "new mexico", "nouveau-brunswick": "new brunswick",
    "ile-du-prince-edouard": "prince edward island", "territoires du nord-ouest": "northwest territories",
    "pays de galles": "wales", "irlande du nord": "northern ireland", "cornouailles": "cornwall",
    "normandie": "normandy", "bretagne": "brittany", "bourgogne": "burgundy", "asie": "asia",
    "afrique": "africa", "amerique": "america", "amerique du nord": "north america", "arctique": "arctic",
    "antarctique": "antarctica", "mediterranee": "mediterranean", "pacifique": "pacific",
    "atlantique": "atlantic", "nouvelle-delhi": "new delhi", "le cap": "cape town", "dacca": "dhaka",
    "katmandou": "kathmandu", "kaboul": "kabul", "beyrouth": "beirut", "mogadiscio": "mogadishu",
    "rdc": "drc", "cote d'ivoire": "ivory coast", "emirats": "united arab emirates",
    "emirats arabes unis": "united arab emirates", "eau": "uae", "papouasie-nouvelle-guinee": "papua new guinea",
    "golfe du mexique": "gulf of mexico", "vietnam": "vietnam", "viet nam": "vietnam",
    "manche": "english channel", "kabylie": "kabylia",
    "bhoutan": "bhutan", "kirghizistan": "kyrgyzstan", "tadjikistan": "tajikistan", "mauritanie": "mauritania",
    "erythree": "eritrea", "gambie": "gambia", "malte": "malta", "fidji": "fiji", "groenland": "greenland",
    "porto rico": "puerto rico", "republique dominicaine": "dominican republic", "salvador": "el salvador",
    "soudan du sud": "south sudan", "centrafrique": "central african republic",
    "guinee equatoriale": "equatorial guinea", "cap-vert": "cape verde", "macedoine du nord": "north macedonia",
    "micronesie": "micronesia", "polynesie": "polynesia", "nouvelle-guinee": "new guinea",
    "dunkerque": "dunkirk", "douvres": "dover", "flandre": "flanders", "flandres": "flanders",
    "wallonie": "wallonia", "gand": "ghent", "louvain": "leuven", "malines": "mechelen", "courtrai": "kortrijk",
    "ostende": "ostend", "baviere": "bavaria", "saxe": "saxony", "basse-saxe": "lower saxony",
    "rhenanie": "rhineland", "rhenanie-palatinat": "rhineland-palatinate", "thuringe": "thuringia",
    "rhenanie-du-nord-westphalie": "north rhine-westphalia", "westphalie": "westphalia",
    "bade-wurtemberg": "baden-wurttemberg", "aix-la-chapelle": "aachen", "dresde": "dresden",
    "mayence": "mainz", "coblence": "koblenz", "treves": "trier", "la valette": "valletta",
    "nicosie": "nicosia", "salonique": "thessaloniki", "smyrne": "izmir", "tanger": "tangier",
    "addis-abeba": "addis ababa", "darfour": "darfur", "tombouctou": "timbuktu", "canton": "guangzhou",
    "singapour": "singapore", "djakarta": "jakarta", "manille": "manila", "calcutta": "kolkata",
    "cachemire": "kashmir", "pendjab": "punjab", "bengale": "bengal", "la havane": "havana",
    "saint-domingue": "santo domingo", "rocheuses": "rockies", "grands lacs": "great lakes",
    # Swiss cities and cantons, as English reports name them (the German names) and French ones do
    "berne": "bern", "soleure": "solothurn", "argovie": "aargau", "thurgovie": "thurgau",
    "grisons": "graubunden", "tessin": "ticino", "saint-gall": "st gallen", "bale-ville": "basel-stadt",
    "bale-campagne": "basel-landschaft", "nidwald": "nidwalden", "obwald": "obwalden", "lucerne": "luzern",
    "schaffhouse": "schaffhausen", "appenzell rhodes-interieures": "appenzell innerrhoden",
    # bodies named in each language, as a whole ("Banque du Canada") or by their one capitalised word
    # ("le ministère de l'Intérieur", "Santé Canada")
    "banque du canada": "bank of canada", "banque d'angleterre": "bank of england",
    "banque mondiale": "world bank", "reserve federale": "federal reserve", "cour supreme": "supreme court",
    "nations unies": "united nations", "union europeenne": "european union",
    "medecins sans frontieres": "doctors without borders", "securite publique canada": "public safety canada",
    "fonds monetaire international": "international monetary fund", "conseil de securite": "security council",
    "gendarmerie royale du canada": "royal canadian mounted police",
    "agence des services frontaliers du canada": "canada border services agency",
    "bureau de la concurrence": "competition bureau", "police provinciale de l'ontario": "ontario provincial police",
    "bureau de la securite des transports": "transportation safety board", "sante canada": "health canada",
    "environnement canada": "environment canada", "transports canada": "transport canada",
    "affaires mondiales canada": "global affairs canada", "maison-blanche": "white house",
    # one country, as each language abbreviates or names it ("États-Unis" is "usa", "Royaume-Uni" "uk")
    "united states": "usa", "us": "usa", "united kingdom": "uk", "britain": "uk", "great britain": "uk",
    "grande-bretagne": "uk",
    "banque nationale suisse": "swiss national bank", "bns": "snb",
    "banque centrale europeenne": "european central bank",
    "interieur": "interior", "defence": "defense", "oms": "who", "msf": "doctors without borders",
    "statistique": "statistics", "grc": "rcmp", "asfc": "cbsa", "fmi": "imf", "bce": "ecb", "otan": "nato",
    "ue": "eu", "onu": "un", "croix-rouge": "red cross", "croissant-rouge": "red crescent",
    # bodies' initials as each language writes them
    "aspc": "phac", "ops": "paho", "acia": "cfia", "hcr": "unhcr", "oim": "iom", "cicr": "icrc", "ficr": "ifrc",
    "ocde": "oecd", "bst": "tsb", "oaci": "icao", "oit": "ilo", "omc": "wto", "pnud": "undp", "aiea": "iaea",
    "arc": "cra", "scrs": "csis", "rgpd": "gdpr", "pib": "gdp", "sida": "aids", "adn": "dna",
    "giec": "ipcc", "pam": "wfp", "cpi": "icc", "cij": "icj", "aie": "iea", "opep": "opec", "onusida": "unaids",
    "hcdh": "ohchr", "bei": "eib", "berd": "ebrd", "cnuced": "unctad", "omm": "wmo", "omi": "imo",
    "ompi": "wipo",
    "banque de france": "bank of france",
}  # fmt: skip


#: The shortest name whose French ending "-ie" is read as the English "-ia" (not "Marie", "Julie").
LATIN_PLACE_LEAST = 6


@lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """Lowercase, accents removed, straight apostrophes, a French place by its English name: "Opération"
    -> "operation", "Allemagne" -> "germany"."""
    plain = folded(name.replace("’", "'")).strip("'-")
    plain = EXONYMS.get(plain, plain)
    if len(plain) >= LATIN_PLACE_LEAST and plain.endswith("ie") and plain.isalpha():
        return plain[:-1] + "a"  # "Moravie" is "Moravia", "Tasmanie" "Tasmania": one ending in each language
    return plain


def _sentence_initial(text: str, start: int) -> bool:
    i = start
    while i > 0 and text[i - 1] in " \t\u00a0\"'“‘«(*#-":
        if text[i - 1] == "-" and i >= 2 and text[i - 2] not in " \t\n":
            break
        i -= 1
    if i == 0:
        return True
    if text[i - 1] == "." and i < start and _TITLE_BEFORE_RE.search(text, max(0, i - 9), i - 1):
        return False  # "Hawaii Gov. Josh Green", "M. Dupont", "U.S. Coast Guard": no sentence ends there
    return text[i - 1] in _SENTENCE_END


#: An abbreviated title or an initial right before its full stop: the next capitalised word is no
#: sentence's first.
_TITLE_BEFORE_RE = re.compile(
    r"(?:(?<![\w])(?:Gov|Sen|Rep|Dr|Mr|Mrs|Ms|St|Lt|Gen|Col|Sgt|Cpl|Insp|Supt|Const|Prof|Pres|Capt|Cmdr|Det|"
    r"Sup|Mgr|Me|M)|(?<![\w])[A-Z]\.[A-Z])$"
)


#: A word that starts lowercase and has a capital inside: a brand's own spelling ("easyJet", "eBay",
#: "iPhone"), a name wherever it stands.
_INNER_CAPITAL_RE = re.compile(r"[a-z]{1,5}[A-Z][a-zA-Z]+")
#: The first of two capitalised names joined by "&": "Marks & Spencer", "Procter & Gamble".
_AMPERSAND_NAME_RE = re.compile(r"(?<![\w&])(?P<first>[A-Z][a-z][\w'’-]*)\s?&\s?[A-Z][a-z]")
#: Capital initials joined by "&": "AT&T", "S&P", "P&O".
_AMPERSAND_INITIALS_RE = re.compile(r"(?<![\w&])[A-Z]{1,4}&[A-Z]{1,4}(?![\w&])")
#: A website's address in running text, its name before the top-level domain: "comparis.ch", "www.bmo.com".
_SITE_TLD_RE = re.compile(r"\.(?:ch|fr|be|ca|com|net|org|io|lu|de|uk)(?![\w.-])")
_SITE_LABEL_RE = re.compile(r"(?<![\w.-])(?:www\.)?(?P<label>[a-z0-9][a-z0-9-]{2,})$")


#: How many sentences (a title is one) a capitalised word must open, never written in lowercase, to be a name.
OPENING_NAME_LEAST = 2


def _opening_names(text: str, openers: list[str]) -> set[str]:
    """The names among the words that open sentences: a firm or a place the text names only at its sentences'
    starts ("Netflix explose les attentes ..." over "Netflix aborde 2024 ..."). A word that opens
    :data:`OPENING_NAME_LEAST` sentences and is never written in lowercase is no word of the language ("Jamais",
    "Pourtant" open one sentence, or are written in lowercase too)."""
    if len(openers) < OPENING_NAME_LEAST:
        return set()
    found = set()
    for word, times in Counter(openers).items():
        lower = word.lower()
        # "Seven", "Forty-two" open sentences as numbers; "C'est" as a verb
        number_word = any(lower.split("-")[0] in words for words in NUMBER_WORDS.values())
        elided = "'" in word or "’" in word
        if times < OPENING_NAME_LEAST or len(word) <= 2 or word.isupper() or number_word or elided:
            continue
        if not re.search(rf"(?<![\w'’-]){re.escape(lower)}(?![\w-])", text):
            found.add(normalise_name(word))
    return found


def _site_names(text: str) -> set[str]:
    """The names of the websites ``text`` writes out ("comparis.ch"), normalised as names are."""
    if "." not in text:
        return set()
    found = set()
    for m in _SITE_TLD_RE.finditer(text):
        label = _SITE_LABEL_RE.search(text, max(0, m.start() - 40), m.start())
        if label is not None:
            found.add(normalise_name(label.group("label")))
    return found


def proper_names(text: str) -> set[str]:
    """Normalised proper names: capitalised words and runs of them, acronyms, not common capitalised words.

    A capitalised word at the start of a sentence counts only if it is an acronym or also appears
    capitalised inside a sentence elsewhere in the text. "New" opens the run of the name right after it
    ("New Zealand", as French writes it in one word, "Nouvelle-Zélande"), though not a name alone.
    """
    # Only capitalised words and connectors matter: (word without elision, start, end, capitalised,
    # sentence-initial). Any other word only ends a run of names: two tokens are adjacent when a single space
    # separates them, so no other word can lie between.
    tokens: list[tuple[str, int, int, bool, bool]] = []
    for m in _NAME_WORD_RE.finditer(text):
        word = m.group("w")
        start = first = m.start("w")
        if "'" in word or "’" in word:
            elided = _ELISION_RE.match(word)
            if elided:
                word = word[elided.end() :]
                start += elided.end()
            word = _POSSESSIVE_RE.sub("", word).strip("'’-")
            if not word:
                continue  # not a word at all ("l'")
        else:
            word = word.rstrip("-")  # it starts with a letter or digit
        if word[0].isupper():
            # Only a capitalised word needs to know whether it starts a sentence (the costly part).
            tokens.append((word, start, m.end(), True, _sentence_initial(text, first)))
        elif not word.islower() and word[1:2].isupper() or _INNER_CAPITAL_RE.fullmatch(word):
            # a brand with an inner capital ("easyJet", "eBay"): a name wherever it stands
            tokens.append((word, start, m.end(), True, False))
        elif word in _CONNECTORS:
            tokens.append((word, start, m.end(), False, False))

    def is_name(word: str) -> bool:  # of a capitalised word
        return not word.isdigit() and normalise_name(word) not in STOP_NAMES

    inside = {normalise_name(w) for w, _, _, cap, initial in tokens if cap and not initial and is_name(w)}
    # a company named only at sentence starts ("Comparis indiquait ...") whose site the text names too
    # ("sur comparis.ch"): the site's name says it is a name
    inside |= _site_names(text)
    if "&" in text:
        # a firm named by two names and "&", opening its sentences ("Marks & Spencer disclosed ..."): its first
        # name is a name there too
        inside |= {normalise_name(m.group("first")) for m in _AMPERSAND_NAME_RE.finditer(text)}
    inside |= _opening_names(text, [w for w, _, _, cap, initial in tokens if cap and initial and is_name(w)])

    def counts(word: str, initial: bool) -> bool:  # of a capitalised word
        if len(word) < 2 or not is_name(word):
            return False
        acronym = word.isupper() and sum(c.isalpha() for c in word) >= 2
        # a hyphenated place name after a colon or at a sentence start ("Gallargues-le-Montueux")
        compound = "-" in word and sum(part[:1].isupper() for part in word.split("-")) >= 2
        return not initial or acronym or compound or normalise_name(word) in inside

    names: set[str] = set()
    run: list[str] = []
    pending: list[str] = []  # connectors waiting for the next capitalised word
    lead = ""  # "New" right before this word
    last_end = -1
    for word, start, end, capitalised, initial in tokens:
        # another word between this one and the last one kept ends any run
        adjacent = last_end >= 0 and text[last_end:start] in _NAME_JOINS and not initial
        opens = ""
        if capitalised and counts(word, initial):
            names.add(normalise_name(word))
            if run and adjacent:
                run += pending + [word]
            else:
                _close(run, names)
                run = [lead, word] if lead and adjacent else [word]
            pending = []
        elif run and adjacent and word in _CONNECTORS and not pending:
            pending = [word]
        else:
            _close(run, names)
            run, pending = [], []
            opens = word if capitalised and word in _NAME_LEADS else ""
        lead = opens
        last_end = end
    _close(run, names)
    if "&" in text:
        # a firm's initials joined by "&" ("AT&T", "S&P"): one name, which the words around "&" are not
        names.update(normalise_name(m.group()) for m in _AMPERSAND_INITIALS_RE.finditer(text))
    # French writes a body's name with one capital ("la Banque mondiale"), which no run of capitalised words
    # holds: each is looked for as written, and counts as its English name
    for body, english in _FRENCH_BODIES.items():
        if body in text:
            names |= _english_names(english)
    # countries abbreviated with points, or elided, which no run of words holds ("the U.S. economy", "aux
    # É.-U.", "la Côte d'Ivoire")
    names.update(country for short, country in _WRITTEN_COUNTRIES if short in text)
    # a disease is named in lowercase, and in each language its own way ("measles", "la rougeole"): a story of
    # an outbreak shares it as it shares a place
    lowered = text.lower()
    # only a text that names one is scanned: a case-blind scan of every text cost more than all the rest
    names |= _lexicon_names(text, lowered, _DISEASES, _DISEASE_RE)
    names |= {EVENT_MARK + n for n in _lexicon_names(text, lowered, _EVENTS, _EVENT_RE)}
    return names


def _lexicon_names(text: str, lowered: str, lexicon: dict[str, str], pattern: re.Pattern[str]) -> set[str]:
    """The names ``lexicon`` gives the words of ``text`` it holds as written in either language (``pattern``
    matches them), scanned only in a text whose ``lowered`` form holds one of them."""
    if not any(written in lowered for written in lexicon):
        return set()
    return {lexicon[m.group().lower()] for m in pattern.finditer(text)}


_WRITTEN_COUNTRIES = (
    ("U.S.", "usa"), ("U.K.", "uk"), ("É.-U.", "usa"), ("Côte d'Ivoire", "ivory coast"),
    ("Côte d’Ivoire", "ivory coast"), ("Cote d'Ivoire", "ivory coast"),
    # French names of one capital, which no run of capitalised words holds
    ("République tchèque", "czech republic"), ("Arabie saoudite", "saudi arabia"),
    ("République dominicaine", "dominican republic"), ("République centrafricaine", "central african republic"),
    ("Guinée équatoriale", "equatorial guinea"), ("Émirats arabes unis", "united arab emirates"),
)  # fmt: skip


#: Diseases whose outbreaks make news, as English and French write them, and the one name each counts as (not
#: COVID-19 nor the flu: too many stories of a week name them).
_DISEASES = {
    written: name
    for name, forms in {
        "dengue": "dengue", "cholera": "cholera choléra", "measles": "measles rougeole", "ebola": "ebola",
        "mpox": "mpox monkeypox", "malaria": "malaria paludisme", "polio": "polio poliomyelitis poliomyélite",
        "tuberculosis": "tuberculosis tuberculose", "diphtheria": "diphtheria diphtérie",
        "chikungunya": "chikungunya", "zika": "zika", "marburg": "marburg", "meningitis": "meningitis méningite",
        "pertussis": "pertussis coqueluche", "anthrax": "anthrax", "legionella": "legionnaires légionellose",
    }.items()
    for written in forms.split()
}  # fmt: skip


def _lexicon_re(lexicon: dict[str, str]) -> re.Pattern[str]:
    """A case-blind pattern of a lexicon's written forms as whole words, the longest first."""
    return re.compile(rf"(?<![\w-])(?i:{'|'.join(sorted(lexicon, key=len, reverse=True))})(?![\w-])")


_DISEASE_RE = _lexicon_re(_DISEASES)

#: Kinds of event, natural hazards and incidents, as English and French name them, and the one name each counts
#: as: like a disease, a story's kind of event is written in lowercase and in each language its own way
#: ("floods", "des inondations"; "capsized", "le naufrage"). Not heatwaves nor droughts: they last weeks, and
#: each day's record or harvest report is a story of its own; nor derailments: a trial years later names its
#: derailment as much as the day's report does.
_EVENTS = {
    written: name
    for name, forms in {
        "flood": "flood|floods|flooding|floodwaters|inondation|inondations|crue|crues",
        "earthquake": "earthquake|earthquakes|quake|séisme|séismes|tremblement de terre",
        "landslide": "landslide|landslides|mudslide|mudslides|glissement de terrain|glissements de terrain",
        "wildfire": "wildfire|wildfires|bushfire|bushfires",
        "hurricane": "hurricane|hurricanes|ouragan|ouragans", "cyclone": "cyclone|cyclones",
        "typhoon": "typhoon|typhoons|typhon|typhons", "tornado": "tornado|tornadoes|tornade|tornades",
        "eruption": "eruption|éruption", "tsunami": "tsunami|tsunamis", "avalanche": "avalanche|avalanches",
        "shipwreck": "shipwreck|capsized|naufrage|chaviré",
        "stampede": "stampede|bousculade", "ransomware": "ransomware|rançongiciel|rançongiciels",
        "cyberattack": "cyberattack|cyber-attack|cyberattaque|cyber-attaque", "shooting": "shooting|fusillade",
        "coup": "coup d'état|coup d’état|putsch", "hostage": "hostage-taking|prise d'otages|prise d’otages",
    }.items()
    for written in forms.split("|")
}  # fmt: skip
#: Opens the name of a kind of event: pairing evidence, but no word a search finds ("flood" in an English query
#: finds the English reports, not the French ones a name "flood" would bring).
EVENT_MARK = "#"
_EVENT_RE = _lexicon_re(_EVENTS)


#: Bodies French names with one capital, as written, and their English names.
_FRENCH_BODIES = {
    "Banque nationale suisse": "Swiss National Bank", "Banque centrale européenne": "European Central Bank",
    "Réserve fédérale": "Federal Reserve", "Banque mondiale": "World Bank", "Nations unies": "United Nations",
    "Union européenne": "European Union", "Cour suprême": "Supreme Court",
    "Fonds monétaire international": "International Monetary Fund", "Conseil de sécurité": "Security Council",
    "Organisation mondiale de la santé": "World Health Organization",
    "Médecins sans frontières": "Doctors Without Borders", "Sécurité publique Canada": "Public Safety Canada",
    "Bureau de la concurrence": "Competition Bureau",
    "Bureau de la sécurité des transports": "Transportation Safety Board",
    "Agence des services frontaliers du Canada": "Canada Border Services Agency",
    "Gendarmerie royale du Canada": "Royal Canadian Mounted Police",
    "Police provinciale de l'Ontario": "Ontario Provincial Police", "Affaires mondiales Canada": "Global Affairs Canada",
    "Agence de la santé publique du Canada": "Public Health Agency of Canada",
    "Organisation panaméricaine de la santé": "Pan American Health Organization",
    "Agence canadienne d'inspection des aliments": "Canadian Food Inspection Agency",
    "Organisation internationale pour les migrations": "International Organization for Migration",
    "Programme alimentaire mondial": "World Food Programme",
    "Agence du revenu du Canada": "Canada Revenue Agency", "Commission européenne": "European Commission",
    "Parlement européen": "European Parliament", "Assemblée nationale": "National Assembly",
    "Cour pénale internationale": "International Criminal Court", "Chambre des communes": "House of Commons",
    "Conseil constitutionnel": "Constitutional Council", "Union africaine": "African Union",
    "Agence spatiale européenne": "European Space Agency",
    "Agence internationale de l'énergie atomique": "International Atomic Energy Agency",
    "Service canadien du renseignement de sécurité": "Canadian Security Intelligence Service",
}  # fmt: skip


@lru_cache(maxsize=64)
def _english_names(english: str) -> frozenset[str]:
    """The names of more than one word an English report writing ``english`` holds of it: its words alone
    ("canadian", "bank") are no evidence the French report gives."""
    return frozenset(n for n in proper_names(f"At the {english}") if " " in n)  # not at a sentence start


#: Capitalised words that are no name alone but open one ("New Zealand", "New Brunswick").
#: "Notre" ("our") opens the name of a church ("Notre Dame Cathedral"), which French writes hyphenated.
_NAME_LEADS = frozenset({"New", "Notre"})


def _close(run: list[str], names: set[str]) -> None:
    if len(run) >= 2:
        joined = " ".join(normalise_name(w) for w in run)
        if joined.startswith("notre "):
            joined = "notre-" + joined[6:]  # "Notre Dame" is "Notre-Dame"
            names.add("notre-" + normalise_name(run[1]))  # and so is "Notre Dame Cathedral"
        names.add(EXONYMS.get(joined, joined))  # "Banque du Canada" is "Bank of Canada"
        words = joined.split()
        if len(words) == 2 and words[0] in _NOUN_FIRST:
            # "Banque TD" is "TD Bank", "Groupe Renault" "Renault Group"
            names.add(f"{words[1]} {_NOUN_FIRST[words[0]]}")


#: The nouns a French firm's name opens on where the English name ends on them.
_NOUN_FIRST = {"banque": "bank", "groupe": "group"}


#: Spellings that transliterate one sound, each written one way in a name's skeleton (see
#: :func:`name_skeleton`): "Qaraqosh" and "Qaraqoush", "Kharkiv" and "Kharkov", "Tchernihiv" and "Chernihiv".
_SKELETON_SOUNDS = re.compile(r"tch|sch|sh|ch|kh|ck|q|c|k|dj|zh|j|ph|f|w|v")
_SKELETON_LETTERS = {"tch": "S", "sch": "S", "sh": "S", "ch": "S", "kh": "K", "ck": "K", "q": "K", "c": "K",
                     "k": "K", "dj": "J", "zh": "J", "j": "J", "ph": "F", "f": "F", "w": "V",
                     "v": "V"}  # fmt: skip
_SKELETON_DROPPED = re.compile(r"[aeiouyh'-]")
#: The shortest single-word name whose other spellings are looked for.
SPELLING_LEAST = 4
#: How alike two spellings of one name are at least (difflib's ratio): "Hamdaniya" and "Hamdaniyah" are,
#: "Martin" and "Morton" are not.
SPELLING_LIKENESS = 0.8


@lru_cache(maxsize=65536)
def name_skeleton(name: str) -> str | None:
    """The consonants of a one-word name, each sound written one way, after its first letter: two
    transliterations of one name ("qaraqosh", "qaraqoush") share it. None for short names and runs."""
    if len(name) < SPELLING_LEAST or " " in name or not name.isalpha():
        return None
    sounds = _SKELETON_SOUNDS.sub(lambda m: _SKELETON_LETTERS[m.group()], name)
    rest = _SKELETON_DROPPED.sub("", sounds[1:])
    return sounds[0] + re.sub(r"(.)\1+", r"\1", rest)


def shared_names(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> set[str]:
    """The names two articles share: the same, or one name spelt two ways (a transliteration, "Hamdaniya"
    and "Hamdaniyah"), then counted under the longer spelling (the first article's when they are as long), so
    that two articles share as much whichever is first ("Gotthard", "Gothard")."""
    shared = set(a & b)
    # every name of a skeleton: "mamadou" and "mamady" share one, and only the second is "mamadi" spelt
    # another way (keeping one of them, whichever a set gave last, made the evidence change from run to run)
    theirs = _by_skeleton(b)
    if not theirs:
        return shared
    mine = _by_skeleton(a)
    for key in mine.keys() & theirs.keys():
        for n in mine[key]:
            if n in b:
                continue
            for other in theirs[key]:
                if other not in a and _alike(n, other):
                    shared.add(n if len(n) >= len(other) else other)
    return shared


def _by_skeleton(names: frozenset[str] | set[str]) -> dict[str, list[str]]:
    """The names of a set by their :func:`name_skeleton` (those that have one)."""
    if isinstance(names, frozenset):
        return _frozen_by_skeleton(names)
    return _skeletons_of(names)


@lru_cache(maxsize=8192)
def _frozen_by_skeleton(names: frozenset[str]) -> dict[str, list[str]]:
    """Cached: an import bounds one article's names against many candidates' (a frozenset keeps its hash).
    The map returned is shared by every caller: read it, never change it."""
    return _skeletons_of(names)


def _skeletons_of(names: Iterable[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for n in names:
        key = name_skeleton(n)
        if key is not None:
            found.setdefault(key, []).append(n)
    return found


#: The letters two transliterations of a name may differ by.
_TRANSLITERATED = frozenset("hqkcuowvyijtd")


@lru_cache(maxsize=65536)
def _alike(a: str, b: str) -> bool:
    """Whether two names differ only as transliterations do ("ou" for "o", "kh" for "k", "zh" for "j", a final
    "h", "ï" or "y" for "i"), not as an English and a French word do ("canadians", "canadiens"; "agency", "agence")."""
    # the English "zh" of a Slavic name is the French "j": "Zaporizhzhia", "Zaporijjia"
    a, b = a.replace("zh", "j"), b.replace("zh", "j")
    matcher = difflib.SequenceMatcher(None, a, b)
    if matcher.ratio() < SPELLING_LIKENESS:
        return False
    return all(
        set(a[i1:i2] + b[j1:j2]) <= _TRANSLITERATED
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op != "equal"
    )


def name_weight(name: str) -> float:
    """Evidence of one shared name: long specific names count most, countries and big organisations little."""
    if name in COMMON_NAMES:
        return 0.15
    if " " in name:
        return 0.4  # on top of its words, which count on their own
    if len(name) <= 2:
        return 0.1
    return min(1.0, 0.25 + 0.06 * len(name.removeprefix(EVENT_MARK)))


def figure_weight(f: Figure) -> float:
    """Evidence of one matched figure: 145,000 or 2.3 million say much, 10, 100 or 2 little."""
    return _figure_weight(f.kind, f.value)


@lru_cache(maxsize=65536)
def _figure_weight(kind: str, value: float) -> float:
    """Cached: pairing weighs the same figures again and again."""
    if kind == "year":
        return 0.2
    value = abs(float(value))
    if kind == "date":
        return 1.0 if value >= 19000000 and int(value) % 100 else 0.5
    if value.is_integer() and value <= 12:
        return 0.1
    return _SIGNIFICANT_WEIGHT.get(significant_digits(value), 1.0) * _KIND_WEIGHT.get(kind, 1.0)


def _date_value(d: date | datetime) -> float:
    """A date as a date figure's value (YYYYMMDD)."""
    day = _as_date(d)
    return float(day.year * 10000 + day.month * 100 + day.day)


@lru_cache(maxsize=65536)
def _near_token(kind: str, value: float) -> str:
    if kind not in _NEAR_KINDS or abs(value) < 10:
        return ""
    return f"n{float(f'{abs(value):.2g}'):g}"


def near_token(f: Figure) -> str:
    """The figure's value to two significant digits ("n4e+10" for 40.1 billion and 40 billion), or "" for
    a figure whose nearby values are no evidence (a duration, a small value). Only a pair of nearby values of
    which one is specific (three significant digits) counts (see :func:`pair_score`)."""
    return _near_token(f.kind, f.value)


def _as_date(d: date | datetime) -> date:
    return d.date() if isinstance(d, datetime) else d


def days_apart(a: date | datetime | None, b: date | datetime | None) -> int | None:
    if a is None or b is None:
        return None
    return abs((_as_date(a) - _as_date(b)).days)


def pair_score(
    a_figs: Iterable[Figure],
    a_names: Iterable[str],
    a_date: date | datetime | None,
    b_figs: Iterable[Figure],
    b_names: Iterable[str],
    b_date: date | datetime | None,
    *,
    name_weights: Mapping[str, float] | None = None,
) -> float:
    """Evidence that two articles are versions of one story; compare with ``PAIR_THRESHOLD``.

    ``a_names``/``b_names`` come from ``proper_names``. ``name_weights`` may override the weight of
    names (for instance from their frequency in the library).
    """
    return _scored(a_figs, a_names, a_date, b_figs, b_names, b_date, name_weights)[0]


def _scored(
    a_figs: Iterable[Figure],
    a_names: Iterable[str],
    a_date: date | datetime | None,
    b_figs: Iterable[Figure],
    b_names: Iterable[str],
    b_date: date | datetime | None,
    name_weights: Mapping[str, float] | None,
    unique: tuple[list[Figure], list[Figure]] | None = None,
) -> tuple[float, Comparison | None]:
    """:func:`pair_score`, and the comparison of the figures it was read from (None when the dates are too
    far apart for the figures to be compared). ``unique``: each side's distinct figures, when known."""
    apart = days_apart(a_date, b_date)
    if apart is not None and apart >= MAX_DAYS_APART:
        return 0.0, None
    comparison = compare_figures(list(a_figs), list(b_figs), unique=unique)
    own_dates = {_date_value(d) for d in (a_date, b_date) if d is not None}
    weights = [
        OWN_DATE_WEIGHT if a.kind == "date" and a.value in own_dates else figure_weight(a)
        for a, _ in comparison.matched
    ]
    # round values say little however many two reports share ("10 people, 20 servers, 100 accounts"): together
    # they count at most ROUND_FIGURES_MOST
    round_sum = sum(w for w in weights if w <= ROUND_WEIGHT)
    evidence = sum(w for w in weights if w > ROUND_WEIGHT) + min(round_sum, ROUND_FIGURES_MOST)
    # a specific value disputed, or said shorter ("$9.2 million" for "9 185 000 $"), is evidence too: once per
    # value, and not for a value matched already (a repeat of it, "12,5 millions" after "12,5 millions d'euros")
    matched = {bucket_token(a.kind, a.value) for a, _ in comparison.matched}
    near: dict[str, float] = {}
    for a, b in _near_values(comparison):
        bucket = bucket_token(a.kind, a.value)
        if bucket not in matched:
            near[bucket] = max(near.get(bucket, 0.0), NEAR_SHARE * max(figure_weight(a), figure_weight(b)))
    evidence += sum(near.values())
    chosen = name_weights or {}
    shared = shared_names(frozenset(a_names), frozenset(b_names))
    evidence += sum(chosen.get(n, name_weight(n)) for n in sorted(shared))
    if apart is None:
        # with no date to tell, names alone ("Donald Trump", "New York") are as likely another event's
        return (evidence * NAMES_ONLY_APART if _names_only(comparison) else evidence), comparison
    if apart <= CLOSE_DAYS:
        return evidence + CLOSE_DATE_BONUS + (SAME_DAY_BONUS if apart == 0 else 0.0), comparison
    scaled = evidence * _decay(apart, sum(w >= FULL_WEIGHT for w in weights))
    if _names_only(comparison) or apart > FAR_DAYS and not any(w > ROUND_WEIGHT for w in weights):
        # more than a week apart, with names alone in common: the same actors' next event ("Health Canada
        # approves Moderna's vaccine" two weeks after Pfizer's), not another report of this one; more than two
        # weeks apart, a round figure besides ("two" children, an estate's heirs three weeks before the will's
        # ruling) tells no more
        scaled *= NAMES_ONLY_APART
    return scaled, comparison


#: A figure's full weight (see :func:`figure_weight`): an amount, a count or a temperature given to three
#: significant digits or more, or a whole date (not a rate, whose kind weighs less).
FULL_WEIGHT = 1.0
#: How many figures of full weight two reports share for far dates to weaken their evidence less: four exact counts
#: of a yearly report ("21,714 reports", "10,833", "11,300", "2,704") tell one release, however late the other
#: outlet wrote it up.
FAR_SPECIFIC_LEAST = 3
#: ... and the share of their evidence such reports keep, down to ``MAX_DAYS_APART``.
FAR_SPECIFIC_SHARE = 0.5


def _decay(apart: int, specific: int) -> float:
    """What evidence of two reports ``apart`` days apart (more than ``CLOSE_DAYS``) is worth, per unit, when they
    share ``specific`` figures of full weight."""
    linear = (MAX_DAYS_APART - apart) / (MAX_DAYS_APART - CLOSE_DAYS)
    return max(linear, FAR_SPECIFIC_SHARE) if specific >= FAR_SPECIFIC_LEAST else linear


def _names_only(comparison: Comparison) -> bool:
    """Whether two reports share no figure but years and dates: names alone tell them one story."""
    return not any(a.kind not in ("date", "year") for a, _ in comparison.matched)


def _near_values(comparison: Comparison) -> list[tuple[Figure, Figure]]:
    """The pairs of nearby values of which one is specific: the same quantity disputed or said shorter."""
    return [
        (a, b)
        for a, b in comparison.conflicts + comparison.repeats + comparison.converted
        if near_token(a) == near_token(b) != ""
        and max(significant_digits(a.value), significant_digits(b.value)) >= 3
    ]


def tells_by_figures(comparison: Comparison) -> bool:
    """Whether two reports share a figure of an event, not only names and dates: a matched value from a round
    count up (not a year, a date or a small whole number), or a specific value near the other's."""
    return bool(_near_values(comparison)) or any(
        a.kind not in ("date", "year") and figure_weight(a) >= _SIGNIFICANT_WEIGHT[1] * _KIND_WEIGHT["count"]
        for a, _ in comparison.matched
    )


def mutual_pair(
    score: float, comparison: Comparison | None, apart: int | None, runner_up: float | None = None
) -> bool:
    """Whether two reports that are each other's closest in the other language are versions of one story
    (see :data:`MUTUAL_PAIR_THRESHOLD`); ``runner_up``, when known: the best evidence either has with another
    report in the other language, which may let names alone tell (see :data:`NAMES_PAIR_THRESHOLD`)."""
    if score < MUTUAL_PAIR_THRESHOLD or apart is None or apart > CLOSE_DAYS:
        return False
    if comparison is not None and tells_by_figures(comparison):
        return True
    return runner_up is not None and names_pair(score, apart) and score >= NAMES_PAIR_MARGIN * runner_up


def names_pair(score: float, apart: int | None) -> bool:
    """Whether two reports' evidence and dates are enough for names alone to pair them, when nothing else comes
    near either (see :data:`NAMES_PAIR_THRESHOLD`)."""
    return score >= NAMES_PAIR_THRESHOLD and apart is not None and apart <= NAMES_PAIR_DAYS


@lru_cache(maxsize=65536)
def bucket_token(kind: str, value: float) -> str:
    """A figure's bucket (see ``figure_bucket``) as a short string: ``v145000``, ``v12.5``, ``d315``."""
    bucket, key = value_bucket(kind, value)
    return f"d{key}" if bucket == "date" else f"v{key}"


def bucket_tokens(figures: Iterable[Figure]) -> list[str]:
    """The bucket of every figure, its bucket with its sort (:func:`_sort_tokens`) and its near token, once
    each: what the library stores for :func:`score_bound`."""
    figures = list(figures)
    tokens = {bucket_token(f.kind, f.value) for f in figures} | {near_token(f) for f in figures}
    tokens |= {t for f in figures for t in _sort_tokens(f.kind, f.value, f.currency)[0]}
    return sorted(tokens - {""})


#: What each kind of figure may match in the other version (see ``reader.figures.compare.compatible`` and the
#: looser matches after it): an amount another amount of its currency or a bare count ("439 millions"), a
#: count a count, an amount or a span that lost its unit, an age or a duration each other or a bare count.
#: Kinds not named match only their own kind.
_MATCHING_SORTS = {
    "money": ("{currency}", "#"),
    "count": ("#", "$", "t"),
    "age": ("t", "#"),
    "duration": ("t", "#"),
}
_SORT_OF_KIND = {"count": "#", "age": "t", "duration": "t"}


@lru_cache(maxsize=65536)
def _sort_tokens(kind: str, value: float, currency: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A figure's bucket with its sort: the tokens it stores (an amount stores two, "$" for any amount and one
    for its currency), and those of which the other version must store one for it to match there. Dollars are
    one currency here, and crowns another: which one a bare "$" is was guessed (see ``same_currency``)."""
    if kind in ("date", "year"):
        return (), ()
    bucket = bucket_token(kind, value)
    if kind == "money":
        money = "$" + ("$" if currency in DOLLARS else "k" if currency in CROWNS else currency or "-")
        return (f"{bucket}:$", f"{bucket}:{money}"), (f"{bucket}:{money}", f"{bucket}:#")
    own = _SORT_OF_KIND.get(kind, kind)
    return (f"{bucket}:{own}",), tuple(f"{bucket}:{sort}" for sort in _MATCHING_SORTS.get(kind, (own,)))


@dataclass(frozen=True, slots=True)
class Sketch:
    """What :func:`score_bound` reads of the other article: its names, date and figure buckets. Cheap to
    read from the library, so most candidates are ruled out before their figures are decoded."""

    names: frozenset[str]
    date: date | datetime | None
    buckets: frozenset[str]


@dataclass(frozen=True, slots=True)
class Evidence(Sketch):
    """What pairing compares of one article, prepared once (see :func:`evidence`)."""

    figures: list[Figure]
    #: What :func:`score_bound` reads of the first article: for each distinct figure, the tokens of which the
    #: other must have one for the figure to match there, its near token, its weight, and whether it is a date
    #: or a year (those alone leave two reports sharing names only).
    weighted: tuple[tuple[tuple[str, ...], str, float, bool], ...]
    #: ``distinct(figures)``, worked out once: an article is compared with many candidates.
    unique: list[Figure]


def evidence(
    figures: list[Figure],
    names: Iterable[str],
    when: date | datetime | None,
    buckets: Iterable[str] | None = None,
) -> Evidence:
    """What pairing compares of an article; ``buckets``: its :func:`bucket_tokens`, when already known."""
    unique = distinct(figures)
    weighted = tuple(
        (_wanted(f), near_token(f), figure_weight(f), f.kind in ("date", "year")) for f in unique
    )
    tokens = bucket_tokens(figures) if buckets is None else buckets
    return Evidence(frozenset(names), when, frozenset(tokens), figures, weighted, unique)


def _wanted(f: Figure) -> tuple[str, ...]:
    """The tokens of which the other version must store one for ``f`` to match there."""
    return _sort_tokens(f.kind, f.value, f.currency)[1] or (bucket_token(f.kind, f.value),)


def evidence_score(a: Evidence, b: Evidence) -> float:
    """``pair_score`` of two prepared articles."""
    return evidence_comparison(a, b)[0]


def evidence_comparison(a: Evidence, b: Evidence) -> tuple[float, Comparison | None]:
    """:func:`evidence_score`, and the comparison of the two articles' figures it was read from (None when
    their dates are too far apart to compare them)."""
    return _scored(a.figures, a.names, a.date, b.figures, b.names, b.date, None, (a.unique, b.unique))


def score_bound(a: Evidence, b: Sketch) -> float:
    """An upper bound of :func:`evidence_score`, without matching the figures: a figure of ``a`` can only
    match one of ``b`` in its bucket and of a sort it may match (an amount one in its currency or a count, a
    percentage a percentage), so it counts whenever ``b`` has such a figure. The bound is scaled by the
    dates as the score is, and halved like it when only dates and years could match."""
    apart = days_apart(a.date, b.date)
    if apart is not None and apart >= MAX_DAYS_APART:
        return 0.0
    bound = 0.0
    names_only = True
    specific = 0  # figures of full weight that may match: the decay of far dates spares many of them
    for wanted, near, weight, dated in a.weighted:
        # a figure counts once: matched, or near a figure of the other's value (see _scored)
        near_share = NEAR_SHARE * _MAX_WEIGHT if near and near in b.buckets else 0.0
        if not b.buckets.isdisjoint(wanted):
            bound += max(weight, near_share)
            names_only = names_only and dated
            specific += weight >= FULL_WEIGHT
        else:
            bound += near_share
    bound += sum(name_weight(n) for n in sorted(shared_names(a.names, b.names)))
    if apart is None:
        bound *= NAMES_ONLY_APART if names_only else 1.0
    elif apart <= CLOSE_DAYS:
        bound += CLOSE_DATE_BONUS + (SAME_DAY_BONUS if apart == 0 else 0.0)
    else:
        bound *= _decay(apart, specific) * (NAMES_ONLY_APART if names_only else 1.0)
    return bound + 1e-9  # the same sums in another order may differ in their last bit


def other_language(lang: str) -> str:
    """The language of an English article's other version, and of a French one's."""
    return "fr" if lang == "en" else "en"


def is_pair(score: float) -> bool:
    return score >= PAIR_THRESHOLD
