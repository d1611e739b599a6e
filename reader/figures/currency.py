"""Which dollar a bare "$" or "dollars" means: the publisher's.

A Canadian paper's "$40.1 billion" and a Quebec daily's "40 milliards de dollars" are Canadian dollars; a US
or international wire's are US dollars. Explicit markers in the text (US$, C$, CAD, « dollars canadiens »)
always win; this only decides the default. A foreign wire carried by a Canadian paper keeps its own
dollar: an AFP story from Los Angeles in La Presse counts US dollars; its report on Canada, edited for
Canadian readers, counts Canadian ones.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Hosts (or their parent domains) of Canadian publishers and institutions that are not under ".ca".
_CANADIAN_HOSTS = {
    "ledevoir.com",
    "montrealgazette.com",
    "thesuburban.com",
    "lactualite.com",
    "theglobeandmail.com",
    "thestar.com",
    "nationalpost.com",
    "journaldemontreal.com",
    "journaldequebec.com",
    "cp24.com",
    "thecanadianpress.com",
    "canada.ca",
    "ottawacitizen.com",
    "vancouversun.com",
    "torontosun.com",
    "calgaryherald.com",
    "edmontonjournal.com",
    "lesoleil.com",
    "ledroit.com",
    "cyberpresse.ca",
    # regional dailies and sites of Quebec and the Maritimes, and English papers outside ".ca"
    "lequotidien.com",
    "enbeauce.com",
    "acadienouvelle.com",
    "journalmetro.com",
    "lesaffaires.com",
    "finance-investissement.com",
    "info07.com",
    "winnipegfreepress.com",
    "timescolonist.com",
    "theprovince.com",
    "leaderpost.com",
    "thestarphoenix.com",
    "ottawasun.com",
    "lfpress.com",
    "thespec.com",
    "therecord.com",
    "financialpost.com",
    "winnipegsun.com",
    "calgarysun.com",
    "edmontonsun.com",
    "saltwire.com",
    "castanet.net",
    "dailyhive.com",
    "blogto.com",
    "vancouverisawesome.com",
    "mtlblog.com",
    "narcity.com",
}

#: Publisher names that say Canadian (matched as words, case-insensitively).
_CANADIAN_NAMES = re.compile(
    r"\b(?:canad\w*|cbc|ctv|rcmp|grc|gendarmerie royale|radio-canada|la presse|le devoir|l'actualité|noovo|tva|"
    r"citynews|narcity|groupe capitales m[ée]dias|coops de l'information|acadie nouvelle|"
    r"montreal gazette|(?<!& )(?<!and )global news|globe and mail|toronto star|national post|qu[ée]bec\w*|ontario|"
    r"chronicle herald|times colonist|"
    r"ottawa|montr[ée]al|vancouver|toronto|alberta|colombie-britannique|british columbia|"
    r"winnipeg|calgary|edmonton|halifax|saskatoon|black press|postmedia|torstar|glacier media|hill times|"
    r"s[ée]curit[ée] publique canada|public safety canada|statistique canada|statistics canada)\b",
    re.IGNORECASE,
)

#: Canadian wires and outlets whose names hold an international one ("BNN Bloomberg (The Canadian Press)").
_CANADIAN_WIRES = re.compile(r"\b(?:the canadian press|la presse canadienne|bnn)\b", re.IGNORECASE)

#: International wires and US outlets: their dollars are US dollars even in a Canadian paper.
_WIRE_NAMES = re.compile(
    r"\b(?:afp|agence france-presse|france-presse|reuters|associated press|ap|bloomberg|ians|"
    r"upi|dpa|efe|xinhua)\b",
    re.IGNORECASE,
)


#: British and US outlets whose reports a Canadian site may carry: their bare dollars are US dollars.
_FOREIGN_OUTLETS = re.compile(
    r"\b(?:bbc|guardian|new york times|nyt|washington post|cnn|nbc|cbs|abc news|npr|al jazeera|politico|"
    r"axios|the independent|the times|financial times|wall street journal|usa today|telegraph|daily mail|"
    r"sky news|the economist|evening standard|cnbc|fox news|business insider|forbes|wwd|women's wear daily|"
    r"variety|hollywood reporter|techcrunch|the verge|wired|engadget|ars technica|cnet|marketwatch|newsweek|"
    r"los angeles times|la times|chicago tribune|boston globe|atlanta journal-constitution|ajc|miami herald|"
    r"seattle times|denver post|star tribune|dallas morning news|houston chronicle|philadelphia inquirer|"
    r"san francisco chronicle|detroit free press)\b",
    re.IGNORECASE,
)


#: The host of an absolute or scheme-relative address, as ``urlsplit`` reads it: a regular expression, as
#: every article asks (``urlsplit`` cost ten times as much).
_HOST_RE = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*:)?//(?:[^/?#@]*@)?(?P<host>\[[^\]/?#]*\]|[^/?#:]*)")


def _host(url: str | None) -> str:
    if not url:
        return ""
    m = _HOST_RE.match(url)
    return m.group("host").strip("[]").lower() if m else ""


#: The country a publisher under a country's domain names by being there, for the currencies several countries
#: share a name or a letter of ("R430 million" in a South African paper, "N488" in a Nigerian one).
_COUNTRY_DOMAINS = {
    "za": "South Africa", "ng": "Nigeria", "ph": "Philippines", "ke": "Kenya", "ug": "Uganda", "tz": "Tanzania",
    "dz": "Algérie", "tn": "Tunisie", "ma": "Maroc", "mx": "Mexico", "ar": "Argentina", "cl": "Chile",
    "eg": "Egypt", "lb": "Lebanon", "cm": "Cameroun", "ga": "Gabon", "zm": "Zambia", "jo": "Jordan",
    "kw": "Kuwait", "iq": "Iraq", "rs": "Serbia", "ae": "UAE",
}  # fmt: skip


def publisher_country(url: str | None) -> str:
    """The country a publisher's address names by its domain ("mybroadband.co.za": South Africa), or ""."""
    return _COUNTRY_DOMAINS.get(_host(url).rsplit(".", 1)[-1], "")


#: A reprint site's Canadian shelf ("pressreader.com/canada/the-chronicle-herald-metro/..."): a Canadian paper's
#: page, whatever the site's own host.
_CANADIAN_EDITION_RE = re.compile(r"//(?:www\.)?pressreader\.com/canada/", re.IGNORECASE)


def _canadian_edition(url: str | None) -> bool:
    return url is not None and _CANADIAN_EDITION_RE.search(url) is not None


def _canadian_host(host: str) -> bool:
    if host.endswith(".ca") or host == "ca" or host.startswith("ca."):  # "ca.finance.yahoo.com": an edition
        return True
    parts = host.split(".")
    return any(".".join(parts[i:]) in _CANADIAN_HOSTS for i in range(len(parts) - 1))


#: A text that names Canadian dollars and no US ones counts its bare dollars as Canadian.
_CANADIAN_DOLLARS = re.compile(
    r"(?i:dollars?\s+canadiens?|canadian\s+dollars?)|\b(?:C\$|CA\$|Can\$|CAN\$|CAD\b)", re.UNICODE
)
#: Australian dollars named in words (not "A$", which marks them beside bare US dollars).
_AUSTRALIAN_DOLLARS = re.compile(r"(?i:dollars?\s+australiens?|australian\s+dollars?)")
#: Right after an amount marked US dollars, its conversion into Canadian ones in brackets: " (environ 51 380 000 $
#: canadiens)", " (C$51 million)".
_CANADIAN_CONVERSION_AFTER = re.compile(
    r"\s*\((?:(?:about|roughly|some|environ|soit|or)\s+)?[^()\n]{0,24}?"
    r"(?:(?i:\$\s?canadiens?|dollars?\s+canadiens?|canadian\s+dollars?)|C\$|CA\$|\$\s?CAN\b|\bCAD\b)"
)
#: US dollars named in an amount (not the currency itself: "la dépréciation du dollar canadien face au dollar
#: américain", "against the U.S. dollar").
_US_DOLLARS = re.compile(
    r"(?i:(?<!du\s)(?<!le\s)(?<!au\s)(?<!the\s)dollars?\s+am[ée]ricains?|(?<!the\s)u\.?s\.?\s+dollars?)"
    r"|\b(?:US\$|USD)\b|\$\s?US\b"
)


def _bare_dollar_before(text: str, end: int) -> bool:
    """Whether dollars are named before ``end`` without a country: "saisi 257 millions de dollars" before
    "En Australie, par exemple, ... 5,5 millions de dollars australiens" is a story of US dollars that gives
    one country's amount in its own."""
    head = text[:end].lower()
    return "dollar" in head or "$" in head


def text_dollar(text: str, dollar: str) -> str:
    """The dollar a bare "$" means in ``text`` whose publisher's is ``dollar``: Canadian when the text names
    Canadian dollars and never US ones ("un million de dollars en faux billets de 100 dollars canadiens"); US
    when it says its figures are, or marks its Canadian amounts "C$" beside bare ones ("C$1bn ($740m)")."""
    if dollar != "USD" and "dollars" in text and _US_BOOKS.search(text):
        return "USD"  # "The company, which keeps its books in U.S. dollars", "(All figures in US dollars)"
    if ("C$" in text or "A$" in text or "AU$" in text or "N$" in text or "n$" in text) and (
        _C_DOLLAR_AMOUNT.search(text) and _BARE_DOLLAR_AMOUNT.search(text)
    ):
        # a text that marks Canadian amounts "C$1bn" writes for readers whose "$" is the US one: "C$1bn
        # ($740m)", "blocking supply chains carrying $740m per day"
        return "USD"
    if (
        dollar != "AUD"
        and "ustrali" in text
        and (named := list(_AUSTRALIAN_DOLLARS.finditer(text)))
        and not any(_CONVERTED_AFTER.match(text, m.end()) for m in named)
        and not _US_DOLLARS.search(text)
        and not _bare_dollar_before(text, named[0].start())
    ):
        # "2,6 milliards de dollars australiens ... au moins 6 milliards de dollars": a story of Australian
        # amounts names their dollar once, and no US one ("2.6 billion Australian dollars ($1.8 billion)" gives
        # its conversion in the publisher's dollar)
        return "AUD"
    if dollar == "CAD" and "(" in text and (us := _US_DOLLARS.search(text)) is not None:
        converted = _CANADIAN_CONVERSION_AFTER.match(text, us.end())
        if converted is not None:
            # "38 M$ USD (environ 51 380 000 $ canadiens) mercredi à New York": a Canadian paper's story of
            # American amounts, which gives its readers the first one in their dollars; its bare ones are US
            return "USD"
    if dollar == "CAD" or not any(hint in text for hint in _CANADIAN_HINTS):
        return dollar  # most texts name no Canadian dollar: two substring tests, not a scan of the text
    mentions = list(_CANADIAN_DOLLARS.finditer(text))
    named = [m for m in mentions if not _CONVERTED_AFTER.match(text, m.end())]
    if len(named) < len(mentions):
        # "près de 6 millions de dollars canadiens (4,38 millions de dollars)": the text converts its Canadian
        # amounts into its bare dollars, which are then not Canadian ones
        return dollar
    if named and not _US_DOLLARS.search(text):
        return "CAD"
    return dollar


#: After an amount in Canadian dollars, its conversion into the publisher's dollar: "40 million Canadian
#: dollars, or about $30 million", "(about $30 million)": that "$" is not Canadian.
_CONVERTED_AFTER = re.compile(
    r"\s*(?:,\s*(?:or|soit)\s+|\()(?:(?:about|roughly|some|environ)\s+)?(?:(?:the\s+)?equivalent\s+of\s+"
    r"|l['’]équivalent\s+de\s+)?(?:(?:US)?\$"
    # "(4,38 millions de dollars)", "(environ 3 M$)": the French conversion, the amount before its dollar
    r"|[0-9][0-9\s.,\u00a0\u202f]*(?:(?:millions?|milliards?|M|G)\s*(?:de\s+)?)?(?:dollars|\$)(?![\w]))"
)
#: A text that says its dollars are US dollars, whoever publishes it.
_US_BOOKS = re.compile(
    r"(?i:(?:keeps?|kept)\s+its\s+books\s+|reports?\s+(?:its\s+results\s+)?|figures\s+(?:are\s+)?|amounts\s+"
    r"(?:are\s+)?)in\s+(?:U\.S\.|US|American)\s+dollars"
    r"|(?i:montants|chiffres|résultats)\s+(?:sont\s+)?(?:exprimés\s+|publiés\s+)?en\s+dollars\s+(?:américains|US)"
)


#: An amount marked as Canadian or Australian ("C$1bn", "C$ 341m", "CAN$46 billion", "AU$79 million"), and
#: one with a bare "$" ("$740m", "($251m)").
_C_DOLLAR_AMOUNT = re.compile(r"(?<![A-Za-z$])(?:C|CA|CAN|Can|A|AU)\$\s?[0-9]")
_BARE_DOLLAR_AMOUNT = re.compile(r"(?<![A-Za-z$])\$\s?[0-9]")
#: What every text :data:`_CANADIAN_DOLLARS` matches in holds (its case-insensitive words as written).
_CANADIAN_HINTS = ("anadi", "ANADI", "C$", "CAD")


def local_dollar(
    source: str = "", url: str | None = None, feed_url: str | None = None, region: str = ""
) -> str:
    """The ISO code a bare dollar means in an article from ``source`` at ``url``, whose declared language
    has ``region`` ("CA" for "fr-CA"): "CAD", "AUD", "NZD", "SGD", "HKD" or "USD"."""
    return _publisher_dollar(source, url, feed_url, region) or "USD"


def article_dollar(
    text: str,
    source: str = "",
    url: str | None = None,
    feed_url: str | None = None,
    region: str = "",
    lang: str = "",
) -> str:
    """The dollar a bare "$" or "dollars" means in an article's ``text``: the publisher's when its name,
    address or language region tells it; for a publisher nothing tells (a local site, a blog), the dollar of
    the country the text is about when it names Canadian places and bodies and no American ones, or a French
    text writing millions of dollars as Quebec does ("1 M$"); then what the text itself says (see
    :func:`text_dollar`)."""
    dollar = _publisher_dollar(source, url, feed_url, region)
    if (
        dollar == "CAD"
        and _WIRE_CREDIT_RE.search(text, 0, WIRE_CREDIT_REACH) is not None
        and not _about_canada(text)
    ):
        # "(Bloomberg) -- Belgium's data watchdog has fined ... 250,000 euros ($282,690)": an international
        # wire's story, credited as it opens, on a Canadian business site: the wire's dollars
        dollar = "USD"
    if (
        dollar == "CAD"
        and _foreign_dateline(text)
        and not _about_canada(text)
        and not _dollars_only_converted(text)
    ):
        # "BUDAPEST, Hongrie – ... il manquerait 10,4 millions $": a Canadian paper's report from abroad, a
        # wire's story edited for it, gives the amounts of the story in the dollars they were given (its
        # conversions of other currencies are the paper's own, see _dollars_only_converted)
        dollar = "USD"
    if (
        dollar == "CAD"
        and lang == "en"
        and _WIRE_NAMES.search(source) is not None
        and _CANADIAN_WIRES.search(source) is None
        and not _about_canada(text)
    ):
        # "CTV News (The Associated Press)": an international wire's English copy, carried as sent, on a story
        # outside Canada: "105 million euros ($113 million)" is the wire's conversion, in US dollars
        dollar = "USD"
    if dollar == "CAD" and not _about_canada(text) and _DOLLARS_IN_EUROS_RE.search(text) is not None:
        # "5,3 millions de dollars (4,9 millions d'euros)" in a Canadian paper: a wire's US dollars, converted
        # into euros as the wire does for its European readers
        dollar = "USD"
    if dollar == "USD" and _wire_in_canada(source, url, feed_url, region) and _about_canada(text):
        # a wire's report on Canada edited by a Canadian paper: the wire's "C$" is the paper's bare "$"
        # (Bloomberg's "C$1.05 billion" loss of Air Canada in the Montreal Gazette is "$1.05 billion")
        dollar = "CAD"
    if (
        dollar == "USD"
        and lang != "en"
        and _wire_in_canada(source, url, feed_url, region)
        and _dollars_only_converted(text)
    ):
        # "2 millions de livres (3,2 millions $)": the wire gives pounds, the Canadian paper's editors convert
        # them for their readers, into Canadian dollars (a paper that translates the wire's copy; one that
        # carries an English wire's copy as sent keeps its US dollars: "105 million euros ($113 million)")
        dollar = "CAD"
    if dollar == "CAD" and _about_the_us(text) and not _dollars_only_converted(text):
        # a Canadian paper's report on the United States ("Énorme saisie de cocaïne à Philadelphie", a wire's
        # story it carries without credit): the American amounts of the story, in the dollars they were given
        dollar = "USD"
    if (
        dollar == "CAD"
        and _first_dollars_american(text)
        and _CANADIAN_DOLLARS.search(text) is None
        and _mentions(text, _CAPITALISED_RE.findall(text), _CANADIAN_WORDS, _CANADIAN_PHRASES) == 0
    ):
        # "un bénéfice de 14 milliards $ US ... contre 4,65 milliards $": a Canadian wire's report on an American
        # company marks its first amount US and writes the rest bare, in the same dollars
        dollar = "USD"
    if dollar == "CAD" and _about_league_pay(text):
        # "a one-year deal that includes a $20-million signing bonus", "un salaire annuel moyen de 7,85 millions":
        # North American leagues pay their players in US dollars, whatever a Canadian paper's bare dollar is
        # elsewhere
        dollar = "USD"
    if (
        dollar == "USD"
        and lang == "fr"
        and _dollar_of_name(source, region)[0] is None
        and _TRAILING_DOLLAR_RE.search(text) is not None
        and _about_canada(text)
    ):
        # "une amende quotidienne pouvant aller jusqu'à 4000$" on a site in France: a Quebec wire's copy on
        # Ontario, its dollar written after the amount as Quebec writes it, about Canada and naming no US place
        dollar = "CAD"
    if (
        dollar in _HOME_NAMES
        and not _names_home(f"{source} {text}", dollar)
        and _names_a_country(text)
        and not _dollars_only_converted(text)
    ):
        # "30,000 naira ($29)" in Nigeria on an Australian site, "a $10 million reward" for Costa Rica's hackers
        # on a Sydney firm's blog: a wire's story from abroad that never names the publisher's country gives
        # its amounts in the wire's dollars (not "€25 million euro ($41 million)" in The Sydney Morning Herald:
        # the paper's conversion; nor a local story naming no country at all)
        dollar = "USD"
    if dollar is None:
        quebec = lang == "fr" and (
            _QUEBEC_DOLLARS_RE.search(text) is not None
            and (_EURO_LETTER_RE.search(text) is None or _about_canada(text, least=1))
            # not a French trade paper's "178 M$" for a NASA launch contract: a story about the United States
            and not _about_the_us(text)
            or _TRAILING_DOLLAR_RE.search(text) is not None
            and _about_canada(text, least=1)
        )
        canadian = _about_canada(text) or _mostly_about_canada(text)
        # "fining Canada Soccer 200,000 Swiss francs ($226,000)": a story about Canada whose only dollars convert
        # another currency gives them in its publisher's dollar, which nothing tells: the international one
        dollar = "CAD" if quebec or canadian and not _dollars_only_converted(text) else "USD"
        if (
            dollar == "USD"
            and lang == "en"
            and _about_one_country(
                text, _HOME_NAMES["AUD"], (_AMERICAN_WORDS, _AMERICAN_PHRASES), AUSTRALIAN_LEAST
            )
            and not _dollars_only_converted(text)
        ):
            # an Irish site's report on Australia's bushfires, copied from its press: "$20 million" is Australian
            dollar = "AUD"
    return text_dollar(text, dollar)


#: A dateline naming a city and its country or province: "BUDAPEST, Hongrie –", "FERNIE, B.C. —".
_DATELINE_RE = re.compile(
    r"(?<![\w])[A-ZÀ-Ý]{3,}(?:[ -][A-ZÀ-Ý]{2,})*,\s(?P<where>[A-ZÉÎ][\w'.-]*(?:[ -][A-ZÉÎ][\w'.-]*){0,2})\s?[–—]\s"
)
#: ... looked for in the first characters of the title, TL;DR and body joined.
DATELINE_REACH = 400


#: A dateline of a city the wires write alone, without its state or country: the American cities and the
#: world's capitals of the wires' style books ("WASHINGTON —", "NEW YORK (AP) —", "LONDON—").
_CITY_ALONE_DATELINE_RE = re.compile(
    r"(?<![\w])(?:WASHINGTON|NEW YORK|LOS ANGELES|CHICAGO|SAN FRANCISCO|BOSTON|SEATTLE|HOUSTON|DALLAS|ATLANTA"
    r"|MIAMI|DETROIT|PHILADELPHIA|DENVER|LAS VEGAS|NEW ORLEANS|SAN DIEGO|PHOENIX|BALTIMORE|HONOLULU"
    r"|LONDON|PARIS|BERLIN|BRUSSELS|GENEVA|MOSCOW|BEIJING|TOKYO|HONG KONG|SINGAPORE|JERUSALEM|ROME|MADRID"
    r")(?:\s?\((?:AP|Reuters|AFP|Bloomberg)\))?\s?[–—]"
)


def _foreign_dateline(text: str) -> bool:
    """Whether the text opens with a dateline whose country is named and is not Canada (nor one of its
    provinces, whole or abbreviated as "B.C." or "Sask."), or with a foreign city the wires write alone."""
    m = _DATELINE_RE.search(text, 0, DATELINE_REACH)
    if m is None:
        return _CITY_ALONE_DATELINE_RE.search(text, 0, DATELINE_REACH) is not None
    where = m.group("where")
    return not (
        where.endswith(".")
        or where in _CANADIAN_WORDS
        or where in _CANADIAN_PHRASES
        or where in ("Qc", "QC", "Ont", "Alb", "Sask", "Man", "Nfld", "NL", "PEI")
    )


#: How many times more Canadian names than American ones, and how many Canadian names at least, make a text of
#: a publisher nothing tells one about Canada though it names the United States: a Toronto police operation
#: against guns smuggled from Chicago names Toronto, Ontario, Canada and its border agency 13 times, the United
#: States four times (a short text naming Toronto twice and Texas once may be about either).
CANADIAN_DOMINANCE = 3
CANADIAN_NAMES_MANY = 10


def _mostly_about_canada(text: str) -> bool:
    """Whether a text names Canadian places or bodies :data:`CANADIAN_DOMINANCE` times as often as American
    ones, and at least :data:`CANADIAN_NAMES_MANY` times."""
    words = _CAPITALISED_RE.findall(text)
    canadian = _mentions(text, words, _CANADIAN_WORDS, _CANADIAN_PHRASES)
    if canadian < CANADIAN_NAMES_MANY:
        return False
    return canadian >= CANADIAN_DOMINANCE * _mentions(text, words, _AMERICAN_WORDS, _AMERICAN_PHRASES)


def _mentions(text: str, words: list[str], names: frozenset[str], phrases: tuple[str, ...]) -> int:
    """How many times a text names a country's places or bodies: its capitalised ``words`` among ``names``,
    and its ``phrases``."""
    return sum(map(names.__contains__, words)) + sum(text.count(phrase) for phrase in phrases)


#: What tells a text about the pay of a North American league's players: the league's name, a term of its salary rules ("offer sheet", "plafond salarial"), or a contract counted in
#: seasons ("une prolongation de contrat de huit saisons", "a three-season deal").
_LEAGUE_PAY_RE = re.compile(
    r"\b(?:NHL|LNH|NBA|MLB|MLS|WNBA)\b|(?i:national hockey league|ligue nationale de hockey|offer sheets?"
    r"|offres? hostiles?|cap hit|salary cap|plafond salarial|masse salariale de l'équipe)"
    r"|(?i:contrat\s+(?:de|d'une\s+durée\s+de)\s+\w+\s+saisons|\w+-season\s+(?:contract|deal|extension))"
)
#: ... and its pay: a contract, a salary or a signing bonus.
_LEAGUE_PAY_WORDS = (
    "contra",
    "salar",
    "salair",
    "bonus",
    "boni",
    "prime",
    "offer sheet",
    "offre hostile",
    "deal",
)


def _about_league_pay(text: str) -> bool:
    """Whether a text tells of a North American professional league's pay (see :data:`_LEAGUE_PAY_RE`)."""
    lowered = text.lower()
    return any(word in lowered for word in _LEAGUE_PAY_WORDS) and _LEAGUE_PAY_RE.search(text) is not None


#: An amount of dollars: "3,2 millions $", "79 000 $", "$1.6 million", "5 millions de dollars".
_DOLLAR_AMOUNT = (
    r"(?:\$\s?[0-9][0-9.,\u00a0\u202f ]*|[0-9][0-9.,\u00a0\u202f ]*(?:(?:millions?|milliards?|[MG])\s?)?"
    r"(?:\$|(?:de\s+)?dollars))"
)
_DOLLAR_AMOUNT_RE = re.compile(_DOLLAR_AMOUNT)
#: The same, in brackets right after an amount in another currency: "2 millions de livres (3,2 millions $)".
_CONVERTED_DOLLAR_RE = re.compile(
    r"(?:livres|euros?|€|£|francs|yens?|yuans?|pounds|sterling)\s*\(\s*(?:environ\s+|about\s+|soit\s+)?"
    + _DOLLAR_AMOUNT
)

#: An amount of dollars converted into euros in brackets right after it: "5,3 millions de dollars (4,9 millions
#: d'euros)", "$12 million (€11 million)": a French or European wire's US dollars, which no Canadian editor
#: converts into euros.
_DOLLARS_IN_EUROS_RE = re.compile(
    _DOLLAR_AMOUNT + r"\s*\(\s*(?:environ\s+|about\s+|soit\s+)?(?:€\s?[0-9]|[0-9][0-9.,\u00a0\u202f ]*"
    r"(?:(?:millions?|milliards?|billions?|M|Md)\s?)?(?:€|(?:d['’]\s?)?euros))"
)


#: A US marker right after an amount of dollars ("14 milliards $ US", "$900 million U.S.", "5 millions de
#: dollars américains") or right before it ("US$1.2 billion").
_US_MARK_AFTER_RE = re.compile(r"\s?(?:US|U\.S\.|USD|am[ée]ricains)(?![\w$])")
_US_MARK_BEFORE_RE = re.compile(r"(?:US|U\.S\.)\s?$")


def _first_dollars_american(text: str) -> bool:
    """Whether the first amount of dollars in ``text`` is marked as US dollars."""
    first = _DOLLAR_AMOUNT_RE.search(text)
    if first is None:
        return False
    return (
        _US_MARK_AFTER_RE.match(text, first.end()) is not None
        or _US_MARK_BEFORE_RE.search(text, max(0, first.start() - 5), first.start()) is not None
    )


def _dollars_only_converted(text: str) -> bool:
    """Whether every amount of dollars in ``text`` converts an amount in another currency just before it."""
    amounts = len(_DOLLAR_AMOUNT_RE.findall(text))
    return amounts > 0 and len(_CONVERTED_DOLLAR_RE.findall(text)) == amounts


#: An international wire's credit opening a story: "(Bloomberg) --", "WASHINGTON (Reuters) -", "(AP) —" ...
_WIRE_CREDIT_RE = re.compile(r"\((?:Bloomberg|Reuters|AP|AFP|Associated Press)\)\s*(?:--|[-—–])")
#: ... looked for in the first characters of the title, TL;DR and body joined.
WIRE_CREDIT_REACH = 400


def _wire_in_canada(source: str, url: str | None, feed_url: str | None, region: str) -> bool:
    """Whether an international wire's report is carried by a Canadian publisher (its address or language
    region says so): the paper's editors write Canadian dollars as bare ones."""
    if not source or _WIRE_NAMES.search(source) is None or _CANADIAN_WIRES.search(source):
        return False
    if _CANADIAN_NAMES.search(_WIRE_NAMES.sub("", source)):
        return True  # "The Chronicle Herald (Metro), Bloomberg News": the paper that carries the wire's copy
    hosts = [h for h in (_host(url), _host(feed_url)) if not h.endswith(_AGGREGATOR_HOSTS)]
    return region == "CA" or any(_canadian_host(h) for h in hosts) or _canadian_edition(url)


#: Portals whose Canadian editions carry wire copy as the wire sent it, with no paper's editors converting its
#: amounts: "France 24 (AFP)" on ca.news.yahoo.com writes "2,450 Swiss francs ($2,780)" in US dollars.
_AGGREGATOR_HOSTS = ("yahoo.com", "msn.com")


#: Country domains of French-speaking countries other than Canada, in Europe, Africa and the Middle East: a
#: publisher there ("ledesk.ma") counts no Canadian dollars unless it says so, even
#: when it writes millions of dollars as Quebec does ("100 M$").
_FRANCOPHONE_DOMAINS = (
    ".fr", ".be", ".ch", ".lu", ".mc", ".ma", ".dz", ".tn", ".sn", ".ci", ".cm", ".ml", ".bf", ".ne", ".cd", ".cg",
    ".ga", ".bj", ".tg", ".mg", ".lb",
)  # fmt: skip


#: A French amount with a scale letter before the dollar sign ("1 M$", "1,8 G$"), not followed by a US marker:
#: how Quebec papers write millions and billions of dollars.
_QUEBEC_DOLLARS_RE = re.compile(r"[0-9]\s?[MG]\s?\$(?!\s?US)(?!\w)")
#: The same with the euro ("926 M€", "1,2 Md€"): a text writing both, and naming no Canadian place, is from
#: France, whose sports and business sites write "475 M$ (440 M€)".
_EURO_LETTER_RE = re.compile(r"[0-9]\s?(?:M|Md|Mds|G)\s?€")
#: The same with a bare sign ("15,75 $", "1 milliard $"): Quebec's way too, but a French tech site writes "44 999
#: $" for US dollars, so it tells only in a text that names Canada or Quebec and no American place.
_TRAILING_DOLLAR_RE = re.compile(r"[0-9](?:\s(?:millions?|milliards?))?\s?\$(?!\s?US)(?!\w)")


#: Names that place a text in Canada: the country, its provinces and territories, its largest cities and
#: the bodies and leaders a Canadian news report cites (police forces, border agencies, the public broadcaster,
#: its prime ministers and premiers), as capitalised words...
_CANADIAN_WORDS = frozenset(
    """Canada Canadian Canadians Canadien Canadienne Canadiens Canadiennes Ontario Québec Quebec Alberta
    Manitoba Saskatchewan Colombie-Britannique Nouvelle-Écosse Nouveau-Brunswick Newfoundland Terre-Neuve
    Île-du-Prince-Édouard Yukon Nunavut Toronto Montréal Montreal Vancouver Ottawa Calgary Edmonton Winnipeg
    Halifax Gatineau Laval Longueuil Mississauga Brampton Hamilton Kelowna Regina Saskatoon RCMP GRC OPP PPO
    SPVM CBSA ASFC CBC Radio-Canada Trudeau Poilievre Carney Legault Métis
    Saguenay Chicoutimi Sherbrooke Trois-Rivières Lévis Rimouski Drummondville Granby Rouyn-Noranda Sept-Îles
    Moncton Fredericton Charlottetown Whitehorse Yellowknife Iqaluit Sudbury Oshawa Markham Burnaby Kamloops
    Nanaimo Lethbridge""".split()
)
#: ... and as phrases and lowercase adjectives.
_CANADIAN_PHRASES = (
    "British Columbia", "Nova Scotia", "New Brunswick", "Prince Edward Island", "Northwest Territories",
    "Territoires du Nord-Ouest", "canadien", "First Nations", "Premières Nations",
)  # fmt: skip
#: Names that place a text in the United States too: its bare dollars may be American.
_AMERICAN_WORDS = frozenset(
    "US USA America American Americans États-Unis Etats-Unis Américain Américaine Américains Washington "
    "California Californie Texas Florida Floride FBI Atlanta Chicago Boston Dallas Houston Miami Seattle Denver "
    "Detroit Minneapolis Philadelphia Philadelphie NASA Pentagon Pentagone Congress SpaceX".split()
)
_AMERICAN_PHRASES = ("United States", "U.S.", "New York", "américain")
#: A capitalised word with its inner hyphens ("Colombie-Britannique"), without a possessive or the
#: punctuation after it ("Canada's", "Ottawa."); a continent or region named "America" is one name of its own
#: ("Northvolt Batteries North America", "Latin America"), no name of the United States.
_CAPITALISED_RE = re.compile(r"(?:North|South|Latin|Central)[ \u00a0]America\b|[A-ZÉÎ][\w-]*")
#: How many Canadian names, and no American one, make a text one about Canada.
CANADIAN_NAMES_LEAST = 3


def _about_canada(text: str, least: int = CANADIAN_NAMES_LEAST) -> bool:
    """Whether a text names Canadian places or bodies at least :data:`CANADIAN_NAMES_LEAST` times and no
    American one."""
    return _about_one_country(
        text, (_CANADIAN_WORDS, _CANADIAN_PHRASES), (_AMERICAN_WORDS, _AMERICAN_PHRASES), least
    )


def _about_the_us(text: str) -> bool:
    """Whether a text names American places or bodies at least :data:`AMERICAN_NAMES_LEAST` times and no
    Canadian one."""
    return _about_one_country(
        text, (_AMERICAN_WORDS, _AMERICAN_PHRASES), (_CANADIAN_WORDS, _CANADIAN_PHRASES), AMERICAN_NAMES_LEAST
    )


def _about_one_country(
    text: str,
    country: tuple[frozenset[str], tuple[str, ...]],
    other: tuple[frozenset[str], tuple[str, ...]],
    least: int,
) -> bool:
    """Whether a text names a country's places or bodies (its capitalised ``country`` words, then its phrases)
    at least ``least`` times and none of the ``other`` country's. One scan for capitalised words and set
    look-ups (an alternation of the names tried at every character cost three times as much)."""
    words = _CAPITALISED_RE.findall(text)
    found = sum(map(country[0].__contains__, words))
    if found < least:
        found += sum(text.count(phrase) for phrase in country[1])
        if found < least:
            return False
    if not other[0].isdisjoint(words):
        return False
    return not any(phrase in text for phrase in other[1])


#: The country of a publisher whose bare dollar is its own (other than Canada's, told by the rules above), as
#: capitalised words and as phrases.
_HOME_NAMES: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "AUD": (
        frozenset(
            "Australia Australian Australians Australie Australien Australienne Australiens Sydney Melbourne"
            " Brisbane Perth Adelaide Canberra Queensland Tasmania Hobart Darwin Victoria Victorian ASX ACCC"
            " ASIC AUSTRAC Austrac APRA".split()
        ),
        ("New South Wales", "australien"),
    ),
    "NZD": (
        frozenset("Zealand Zealander Zealanders Nouvelle-Zélande Auckland Wellington Christchurch".split()),
        ("néo-zélandais",),
    ),
    "SGD": (frozenset("Singapore Singaporean Singapour Singapourien".split()), ()),
    "HKD": (frozenset(), ("Hong Kong",)),
}


def _names_a_country(text: str) -> bool:
    """Whether a text names a country, in English or in French ("Nigeria", "Costa Rica", "la Colombie")."""
    from reader.figures.extract import country_names, folded  # the names are Babel's, read on first use

    names = country_names()
    words = _CAPITALISED_RE.findall(text)
    return any(folded(w) in names for w in words) or any(
        folded(f"{a} {b}") in names for a, b in zip(words, words[1:], strict=False)
    )


def _names_home(text: str, dollar: str) -> bool:
    """Whether a text names the country whose dollar ``dollar`` is (see :data:`_HOME_NAMES`)."""
    return _mentions(text, _CAPITALISED_RE.findall(text), *_HOME_NAMES[dollar]) > 0


#: How many Australian names, and no American one, make a text one about Australia (for a publisher whose
#: dollar nothing tells).
AUSTRALIAN_LEAST = 3
#: How many American names, and no Canadian one, make a text one about the United States.
AMERICAN_NAMES_LEAST = 3


#: "BBC via Yahoo Canada", "The Telegraph (via Yahoo)": the outlet that wrote a report, then the site carrying it.
_VIA_RE = re.compile(r"\s\(?via\s")


def _publisher_dollar(source: str, url: str | None, feed_url: str | None, region: str) -> str | None:
    """The dollar the publisher's name, address or language region tells; None when none of them does."""
    by_name, foreign = _dollar_of_name(source, region)
    if by_name is not None:
        return by_name
    if url is not None and _AUSTRALIAN_EDITION_RE.search(url) is not None:
        return "AUD"
    return _dollar_of_hosts(_host(url), _host(feed_url), foreign)


#: A site's Australian section, written for Australia's readers ("theguardian.com/australia-news/..."): its
#: bare dollars are Australian, whatever the host.
_AUSTRALIAN_EDITION_RE = re.compile(r"^https?://[^/]+/(?:[^/?#]+/)?australia-news/", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _dollar_of_name(source: str, region: str) -> tuple[str | None, bool]:
    """The dollar the publisher's name or language region tells (None when neither does), and whether the
    name is a foreign outlet's: a feed's articles share both, read once."""
    if source and _CANADIAN_WIRES.search(source):
        return "CAD", False  # a Canadian wire carried by anyone, even by a site whose name holds a US one
    if source and _WIRE_NAMES.search(source):
        return "USD", False
    carried = _VIA_RE.split(source, maxsplit=1) if "via " in source else []
    original = carried[0] if len(carried) > 1 else ""
    if original and _FOREIGN_OUTLETS.search(original):
        # "BBC via Yahoo Canada": the outlet that wrote it, not the Canadian site carrying it
        return "USD", False
    if source and _CANADIAN_NAMES.search(source) or region == "CA":
        return "CAD", False
    if source and not _CANADIAN_WORDS.isdisjoint(_CAPITALISED_RE.findall(source)):
        # a paper named after its Canadian city: "Kelowna Capital News", "Winnipeg Free Press"
        return "CAD", False
    if region == "AU" or source and _AUSTRALIAN_NAMES.search(source):
        return "AUD", False
    if region == "NZ" or source and _NEW_ZEALAND_NAMES.search(source):
        return "NZD", False
    if region == "SG" or source and _SINGAPORE_NAMES.search(source):
        return "SGD", False
    if region == "HK" or source and _HONG_KONG_NAMES.search(source):
        return "HKD", False
    return None, bool(source and _FOREIGN_OUTLETS.search(source))


#: Publisher names that say Australia: its wire and its public broadcaster.
_AUSTRALIAN_NAMES = re.compile(
    r"\b(?:aap|australian associated press|abc australia|sbs news)\b", re.IGNORECASE
)
#: Publisher names that say New Zealand.
_NEW_ZEALAND_NAMES = re.compile(
    r"\b(?:new zealand|nz herald|rnz|stuff\.co\.nz|1news|newshub|otago daily times)\b", re.IGNORECASE
)
#: Publisher names that say Singapore: its dailies, its broadcaster, its government.
_SINGAPORE_NAMES = re.compile(
    r"\b(?:straits times|channel newsasia|cna|the business times|todayonline|singapore)\b", re.IGNORECASE
)
#: Publisher names that say Hong Kong: its dailies, its broadcaster, its government (HKSAR).
_HONG_KONG_NAMES = re.compile(
    r"\b(?:south china morning post|scmp|rthk|the standard hk|hong kong|hksar)\b", re.IGNORECASE
)


@lru_cache(maxsize=4096)
def _dollar_of_hosts(host: str, feed_host: str, foreign: bool) -> str | None:
    """The dollar an article's and its feed's hosts tell, or a foreign outlet's name (``foreign``)."""
    hosts = (host, feed_host)
    if any(_canadian_host(h) for h in hosts):
        return "CAD"
    if any(h.endswith(".au") for h in hosts):
        return "AUD"
    if any(h.endswith(".nz") for h in hosts):
        return "NZD"
    if any(h.endswith(".sg") or h in ("straitstimes.com", "www.straitstimes.com") for h in hosts):
        return "SGD"
    if any(h.endswith(".hk") or h in ("scmp.com", "www.scmp.com") for h in hosts):
        return "HKD"
    if any(h.endswith(_FRANCOPHONE_DOMAINS) for h in hosts):
        return "USD"  # a site in France, Belgium, Switzerland, Morocco or Senegal: its dollars are American
    if foreign or any(h.endswith(".us") for h in hosts):
        return "USD"
    return None


#: What one unit of the currencies the reader's reports convert amounts into was worth in US dollars, roughly,
#: over the years they cover (2018-2025): enough to tell that "$67 million" and "63 millions d'euros" are one
#: amount converted, never to convert one; with the local currencies that kept about these rates ("₹2 lakh"
#: in one report, "2.200 euros" in the other: one amount, converted). The comparison reads them too: whether an
#: amount lies within an order of magnitude another version gives ("hundreds of millions of euros" against
#: "$2.5 billion"), which currency is worth more.
ROUGH_USD = {
    "USD": 1.0, "EUR": 1.12, "CHF": 1.08, "GBP": 1.28, "CAD": 0.75, "AUD": 0.69,
    # pegged, or within about a tenth of these rates over 2021-2025; not the yen, the rand or the real
    "NZD": 0.61, "HKD": 0.128, "SGD": 0.74, "DKK": 0.15, "SEK": 0.095, "NOK": 0.095, "PLN": 0.25, "CZK": 0.044,
    "CNY": 0.14, "INR": 0.012, "MAD": 0.1, "XOF": 0.0017, "XAF": 0.0017,
    # pegged to the dollar (the Gulf's), or within about a tenth of 0.019 (the Philippine peso, 48 to 59 a dollar)
    "AED": 0.272, "SAR": 0.267, "QAR": 0.275, "JOD": 1.41, "PHP": 0.019,
    # the Vietnamese dong, 23,000 to 26,000 a dollar
    "VND": 0.00004,
}  # fmt: skip


def rough_usd(amount: float, currency: str | None) -> float | None:
    """``amount`` of ``currency`` in US dollars, roughly (see :data:`ROUGH_USD`), or None for another
    currency."""
    rate = ROUGH_USD.get(currency or "")
    return None if rate is None else amount * rate
