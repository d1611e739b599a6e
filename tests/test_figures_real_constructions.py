"""Constructions of real EN/FR reporting, one test each, in sentences written for these tests."""

from __future__ import annotations

from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

import pytest

from reader.figures import compare_figures, extract_figures
from reader.figures.currency import article_dollar, local_dollar
from reader.figures.extract import YEAR_BEFORE_ARTICLE
from reader.model import Article, Block, Figure
from reader.pipeline import article_figures


def in_minutes(seconds: float) -> float:
    """A time of a minute or more as the reader gives it, in minutes to the thousandth; a shorter one in seconds."""
    if seconds < 60:
        return seconds
    return float((Decimal(str(seconds)) / 60).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP))


def value_kinds(text: str, lang: str) -> list[tuple[float, str]]:
    """Each figure's value and kind, years and dates included."""
    return [(float(f.value), f.kind) for f in extract_figures(text, lang)]


def keys(text: str, lang: str, dollar: str = "USD") -> list[tuple]:
    return [
        (f.value, f.kind, f.currency if f.kind == "money" else f.unit)
        for f in extract_figures(text, lang, dollar)
        if f.kind not in ("date", "year")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # temperatures glued, spaced, with a bare degree sign, or in words
        (
            "The town reached 46.6C (115.9F) on Sunday.",
            "en",
            [(46.6, "temperature", "C"), (115.9, "temperature", "F")],
        ),
        ("Le thermomètre a affiché 41,2 °C à Nîmes.", "fr", [(41.2, "temperature", "C")]),
        (
            "Records à Uzès (43,7°) et à Alès (42°).",
            "fr",
            [(43.7, "temperature", "C"), (42, "temperature", "C")],
        ),
        ("Il a fait 39,5 degrés à Lyon.", "fr", [(39.5, "temperature", "C")]),
        ("a reading of 104 degrees Fahrenheit", "en", [(104, "temperature", "F")]),
        # a place name before a temperature is no product name
        (
            "Kelowna 44,1 °C et Penticton 43,2 °C",
            "fr",
            [(44.1, "temperature", "C"), (43.2, "temperature", "C")],
        ),
        # a dot as the French thousands separator
        (
            "au moins 12.400 sinistrés et 3.120 disparus",
            "fr",
            [(12400, "count", "sinistrés"), (3120, "count", "missing")],
        ),
        ("une amende de 250.000 euros", "fr", [(250000, "money", "EUR")]),
        # hyphenated per cent
        ("a 75-per-cent jump in claims", "en", [(75, "percent", None)]),
        # dozens and approximations
        ("near two dozen arrests", "en", [(24, "count", "arrest")]),
        ("une trentaine de policiers", "fr", [(30, "count", "officer")]),
        # French durations with an adjective between the number and the unit
        ("Au cours des 14 derniers mois, le réseau a grossi.", "fr", [(14, "duration", "months")]),
        ("les trois prochaines années", "fr", [(3, "duration", "years")]),
        # a function word at a sentence start is no nationality: a duration, not an age
        ("Après plus de deux ans de négociations, l'accord est signé.", "fr", [(2, "duration", "years")]),
        ("Un prestataire de 28 ans a été interpellé.", "fr", [(28, "age", None)]),
        # the age a sentence opens on, and the age one died at; a span of time before an event stays one
        ("À 19 ans, elle dirigeait déjà le réseau.", "fr", [(19, "age", None)]),
        ("Le fondateur, mort à 81 ans, laisse un empire.", "fr", [(81, "age", None)]),
        ("À trois ans de la retraite, il démissionne.", "fr", [(3, "duration", "years")]),
        ("At 19, she already ran the ring.", "en", [(19, "age", None)]),
        ("The founder, who died at 81, built an empire.", "en", [(81, "age", None)]),
        ("At 40 sites, officers seized phones.", "en", [(40, "count", "sites")]),
        # a verb of age anchored right before the number, not anywhere in the sentence
        ("It had a long run: the line stood for 84 years.", "en", [(84, "duration", "years")]),
        # "one of the N million": the article is one of them, not a part of the total in its scale
        (
            "Elle était l'une des 2,4 millions de clientes privées de courant.",
            "fr",
            [(2400000, "count", "customer")],
        ),
        # a count of people pointed back to is still a key figure ("the two companies" is not)
        ("On recherche toujours les trois personnes disparues.", "fr", [(3, "count", "missing")]),
        ("The two companies and the two missing hikers.", "en", [(2, "count", "missing")]),
        # a description of a person: height and weight are measurements, not money; the age after a name ends
        # the sentence
        ("Il mesure 5 pieds 9 pouces et pèse 170 livres.", "fr", []),
        ("He is six feet two inches tall and weighs 190 pounds.", "en", []),
        ("Police are looking for Jon Doe, 27.", "en", [(27, "age", None)]),
        # each agency's reading of one quake's magnitude, listed after the word, is a measurement
        (
            "L'agence a évalué la magnitude du séisme à 7,3, l'institut à 7,1 et le centre à 6,9. Il a fait 4 morts.",
            "fr",
            [(4, "count", "death")],
        ),
        ("Un séisme de magnitude supérieure à 6 a frappé l'île.", "fr", []),
        (
            "A magnitude 6.1 quake hit 2.5 per cent of the 1.5 million homes.",
            "en",
            [(2.5, "percent", None), (1500000, "count", "home")],
        ),
        # the part of a prison term to serve or suspended is in the term's unit
        (
            "Il est condamné à cinq ans de prison, dont trois ferme.",
            "fr",
            [(5, "duration", "years"), (3, "duration", "years")],
        ),
        (
            "Elle écope de 2 ans dont un avec sursis.",
            "fr",
            [(2, "duration", "years"), (1, "duration", "years")],
        ),
        # a number and a half, hyphenated before its unit
        ("After the two-and-a-half-month inquiry, he resigned.", "en", [(2.5, "duration", "months")]),
        # the age after a person's role and a comma; an age as a bound or a span
        ("The singer, 58, denied the charges.", "en", [(58, "age", None)]),
        ("Only women older than 35 had more children.", "en", [(35, "age", None)]),
        ("The pension age would go from 60 to 63.", "en", [(60, "age", None), (63, "age", None)]),
        # a range opened by an article-like word
        (
            "des coupures qui durent entre une à cinq minutes",
            "fr",
            [(1, "duration", "minutes"), (5, "duration", "minutes")],
        ),
        ("Un bébé d'un an et un adolescent", "fr", [(1, "age", None)]),
        # a capitalised pronoun beyond the verb is no person named: a term, not an age
        ("Il écope de 4 ans de prison.", "fr", [(4, "duration", "years")]),
        # a quoted adjective between a count and its noun
        ('the arrest of three "notorious" fraudsters', "en", [(3, "count", "fraudsters")]),
        # one of a superlative set ranks, it counts nothing; a year cut short; "one ..., the other ..."
        ("It issued two of the largest fines on record.", "en", []),
        ("Il a infligé deux des plus lourdes amendes.", "fr", []),
        ("Prices rose in 2022 and '23.", "en", []),
        ("The two ferries, one carrying cars and the other freight, collided.", "en", []),
        # the condition of the injured tells what a count without a noun counts: the worst injured
        (
            "On compte 40 blessés, dont cinq sont dans un état grave.",
            "fr",
            [(40, "count", "injury"), (5, "count", "critical")],
        ),
        # one measure for two groups, its unit said once
        (
            "Life expectancy is 84.1 years for women and 79 for men.",
            "en",
            [(84.1, "duration", "years"), (79, "duration", "years")],
        ),
        (
            "Le chômage atteint 5,4 % au Québec et 6,1 en Ontario.",
            "fr",
            [(5.4, "percent", None), (6.1, "percent", None)],
        ),
        # a purity of gold is no thousands
        ("Police recovered 6,600 bars of 24K gold.", "en", [(6600, "count", "bars")]),
        # a currency's ISO code after the amount; "won" after a scale word only
        ("des pertes de 1 200 milliards de KRW", "fr", [(1.2e12, "money", "KRW")]),
        (
            "losses of 2.1 trillion won; of the 12 teams, 3 won titles",
            "en",
            [(2.1e12, "money", "KRW"), (12, "count", "team"), (3, "count", "titles")],
        ),
        # a number and a half, hyphenated before a spaced unit
        ("sentences of up to three-and-a-half years", "en", [(3.5, "duration", "years")]),
        # an aside between the people counted and their fate; a condition in quotes
        (
            "12 people, including four police officers, were injured.",
            "en",
            [(12, "count", "injury"), (4, "count", "officer")],
        ),
        ("huit patients « dans un état grave »", "fr", [(8, "count", "critical")]),
        # counts in brackets after the peoples or places they count, two or more in a sentence
        (
            "Most were Algerians (31) and Tunisians (18).",
            "en",
            [(31, "count", "national"), (18, "count", "national")],
        ),
        (
            "des Soudanais (12) et des Érythréens (9)",
            "fr",
            [(12, "count", "national"), (9, "count", "national")],
        ),
        # a number to dial
        ("Signalez-le en composant le 911.", "fr", []),
        ("Anyone who sees him should call 911 or his local police.", "en", []),
        ("His son called 911 twice before the fire spread.", "en", []),
        # bitcoins are money
        ("it seized 41.2 bitcoins", "en", [(41.2, "money", "BTC")]),
        ("saisi 12,5 bitcoins", "fr", [(12.5, "money", "BTC")]),
        # people killed, injured or missing are deaths, injuries, missing people
        (
            "It left 214 people killed and 88 people were injured.",
            "en",
            [(214, "count", "death"), (88, "count", "injury")],
        ),
        # the fate told in a relative clause: "people who were injured", "personnes qui ont été blessées"
        ("Doctors treated the 730 people who were injured.", "en", [(730, "count", "injury")]),
        ("On compte 15 personnes qui ont été blessées.", "fr", [(15, "count", "injury")]),
        ("Some 50 people who live nearby were evacuated.", "en", [(50, "count", "person")]),
        # an explicit US marker after a scale in French
        ("contre 120 milliards US", "fr", [(120_000_000_000, "money", "USD")]),
        # a scaled number in a paragraph of amounts is an amount of the same currency
        (
            "un budget de 52 milliards de dollars, contre 47 milliards en 2021.",
            "fr",
            [(52_000_000_000, "money", "USD"), (47_000_000_000, "money", "USD")],
        ),
        # "three others"
        ("Police held two men and questioned three others.", "en", [(2, "count", "man"), (3, "count", None)]),
        # a possessive before a number is no name
        ("the Senate's 105 seats", "en", [(105, "count", "seat")]),
        # a sentence that ends in a place name before a number word
        ("The storm reached Manitoba. Nine towns lost power.", "en", [(9, "count", "town")]),
        # a unit glued with a hyphen is the counted noun
        ("a 6.2-kilometre twin-bore tunnel", "en", [(6.2, "count", "kilometre")]),
        # durations in words
        (
            "un train tous les quarts d'heure, contre une demi-heure",
            "fr",
            [(15, "duration", "minutes"), (0.5, "duration", "hours")],
        ),
        (
            "half an hour later, after a decade of talks",
            "en",
            [(0.5, "duration", "hours"), (10, "duration", "years")],
        ),
        # compound number words
        ("Cent quarante-cinq jours plus tard", "fr", [(145, "duration", "days")]),
        ("deux cent cinquante personnes", "fr", [(250, "count", "person")]),
        ("after one hundred and twenty days", "en", [(120, "duration", "days")]),
        # an age after a person noun in commas, and ages given as a range
        ("The ringleader, 41, and two accomplices", "en", [(41, "age", None), (2, "count", "accomplices")]),
        ("patients between the ages of 52 and 88", "en", [(52, "age", None), (88, "age", None)]),
        # seconds, degrees after an approximation, the head noun of an English compound
        ("La secousse a duré 20 secondes.", "fr", [(20, "duration", "seconds")]),
        ("une quarantaine de degrés", "fr", [(40, "temperature", "C")]),
        ("data of 52,000 business customers", "en", [(52000, "count", "customer")]),
        # an amount after a word for an amount takes the text's currency
        (
            "Elle a payé 12 millions d'euros. La CNIL a aussi prononcé une amende de 90 millions visant un autre groupe.",
            "fr",
            [(12_000_000, "money", "EUR"), (90_000_000, "money", "EUR")],
        ),
        # accounts or records of something count that thing; a tally names its noun before the number
        ("près de 90 000 comptes d'entreprises", "fr", [(90000, "count", "company")]),
        ("The death toll rose to 412 on Sunday.", "en", [(412, "count", "death")]),
        # a count without a noun, or of "others", is what happened to the people it counts
        (
            "Officials said 403 were killed and 1,284 others injured.",
            "en",
            [(403, "count", "death"), (1284, "count", "injury")],
        ),
        (
            "Selon l'agence, 430 personnes ont été tuées et 1.315 autres blessées.",
            "fr",
            [(430, "count", "death"), (1315, "count", "injury")],
        ),
        ("Les secours ont retrouvé deux autres personnes.", "fr", [(2, "count", "person")]),
        ("Plus de 1000 personnes ont trouvé la mort.", "fr", [(1000, "count", "death")]),
        (
            "31 people killed and 127 unaccounted for",
            "en",
            [(31, "count", "death"), (127, "count", "missing")],
        ),
        ("a region of 600,000 inhabitants", "en", [(600000, "count", "resident")]),
        ("suspects in 18 nations", "en", [(18, "count", "country")]),
        ("un fonctionnaire fédéral de 34 ans", "fr", [(34, "age", None)]),  # a person noun, an adjective
        (
            "More than two million people, 1.85 million of them in the south",
            "en",
            [(2e6, "count", "person"), (1.85e6, "count", None)],
        ),
        ("injuring 22 at three construction sites", "en", [(22, "count", "injury"), (3, "count", "sites")]),
        ("50 sites frauduleux ont été fermés", "fr", [(50, "count", "website")]),
        ("Officers intercepted in Montréal 1,038 vehicles", "en", [(1038, "count", "vehicle")]),  # no model
        ("An average of 24 stolen vehicles a week", "en", [(24, "count", "vehicle")]),  # not "age of"
        ("Jean Dupont (40 ans) a été interpellé", "fr", [(40, "age", None)]),
        ("waves slammed into the city of 350,000 on Friday", "en", [(350000, "count", "resident")]),
        # a sum named by its noun takes the text's currency
        (
            "Hackers demand 10 million ransom. The gang asked for $12 million.",
            "en",
            [(1e7, "money", "USD"), (1.2e7, "money", "USD")],
        ),
        (
            "Une amende de 2 millions d'euros, et 10 millions de rançon réclamés",
            "fr",
            [(2e6, "money", "EUR"), (1e7, "money", "EUR")],
        ),
        ("une ville de près de 300.000 habitants", "fr", [(300000, "count", "resident")]),
        ("Police said 14 victims were killed.", "en", [(14, "count", "death")]),
        ("14 femmes étaient abattues", "fr", [(14, "count", "death")]),
        # a part of a scaled total is in its scale
        (
            "4 des 6,2 millions d'électeurs",
            "fr",
            [(4e6, "count", "voter"), (6.2e6, "count", "voter")],
        ),
        ("3 of the 7 million users", "en", [(3e6, "count", "user"), (7e6, "count", "user")]),
        ("des jumelles de neuf ans", "fr", [(9, "age", None)]),
        ("le virus a infecté 900 000 PC", "fr", [(900000, "count", "computer")]),
        # people a killing verb counts are its dead, whatever they were
        ("The crash killed 15 passengers.", "en", [(15, "count", "death")]),
        ("l'accident a fauché la vie d'au moins 15 passagers", "fr", [(15, "count", "death")]),
        ("In all, 694 people have now been found dead.", "en", [(694, "count", "death")]),
        (
            "Le séisme a provoqué la mort de 1002 personnes et blessé 2376 autres.",
            "fr",
            [(1002, "count", "death"), (2376, "count", "injury")],
        ),
        (
            "The blast killed six people, injuring 22 near the port.",
            "en",
            [(6, "count", "death"), (22, "count", "injury")],
        ),
        ("Three others were questioned.", "en", [(3, "count", None)]),
        # people a death toll counts are the dead, unless a number stands between
        (
            "The death toll from the storm has climbed to at least 96 people, officials said.",
            "en",
            [(96, "count", "death")],
        ),
        ("Le bilan humain s'élève désormais à 1 012 personnes.", "fr", [(1012, "count", "death")]),
        (
            "The death toll stands at 40. About 300 people were evacuated.",
            "en",
            [(40, "count", "death"), (300, "count", "evacuee")],
        ),
        # "7 cents"
        ("a fee of 7 cents per message", "en", [(0.07, "money", "USD")]),
        # a scaled number that names what it counts takes no currency from an amount before it
        (
            "It was fined £4.1 million. Up to 2.2 million UK customers were hit.",
            "en",
            [(4_100_000, "money", "GBP"), (2_200_000, "count", None)],
        ),
        (
            "Une amende de 8 millions d'euros. 6 millions de Belges sont touchés.",
            "fr",
            [(8_000_000, "money", "EUR"), (6_000_000, "count", None)],
        ),
        (
            "Le budget atteint 40 milliards de dollars, soit 22 milliards de plus qu'en 2020.",
            "fr",
            [(40_000_000_000, "money", "USD"), (22_000_000_000, "money", "USD")],
        ),  # "de plus" is no noun
        # a count in brackets after a name is a count; a département code is 2 or 3 digits
        (
            "Viennent ensuite Orange (2 629 573) et Free (845 112).",
            "fr",
            [(2_629_573, "count", None), (845_112, "count", None)],
        ),
        # "m" glued to digits is metres unless money is marked
        (
            "Le refuge (2100m d'altitude) a fermé; la rançon atteint £2m.",
            "fr",
            [(2100, "count", "metre"), (2_000_000, "money", "GBP")],
        ),
        (
            "The breach exposed 4m customers; the mast stands 120m high.",
            "en",
            [(4_000_000, "count", "customer"), (120, "count", "metre")],
        ),  # English "m": millions, or metres by a measure word
        # currencies of the countries in the news
        (
            "a fine of three million hryvnias and 2 milliards de roubles",
            "en",
            [(3_000_000, "money", "UAH"), (2_000_000_000, "money", "RUB")],
        ),
        # a signed French count in brackets is no phone number; "Can$" is a Canadian amount
        (
            "L'emploi a progressé en Ontario (+37 000; +0,5 %).",
            "fr",
            [(37_000, "count", None), (0.5, "percent", None)],
        ),
        ("Police seized Can$2 million in fake notes.", "en", [(2_000_000, "money", "CAD")]),
        # decades are years, as "a decade" is ten of them ("not seen in two decades" = "en 20 ans")
        ("The fires had not been seen in three decades.", "en", [(30, "duration", "years")]),
        # "suspected" and "alleged" qualify the counted noun, they are none
        ("Europol named 12 suspected ransomware operators.", "en", [(12, "count", "operators")]),
        # readings of a list of places share the first one's unit
        (
            "On a relevé 39,2 degrés à Tours, 38,1 à Blois et 37 à Vendôme.",
            "fr",
            [(39.2, "temperature", "C"), (38.1, "temperature", "C"), (37, "temperature", "C")],
        ),
        # ... only while the values stay close: a small number after a place is a count
        (
            "Il a fait 38 °C à Lyon, 3 à Paris ont été hospitalisés.",
            "fr",
            [(38, "temperature", "C"), (3, "count", "hospitalised")],
        ),
        # a count restated as a share keeps its kind
        (
            "Turnout was 8,412,330, or 61.2 per cent of voters.",
            "en",
            [(8_412_330, "count", None), (61.2, "percent", None)],
        ),
        # dot-grouped thousands in English: whole things, or several groups
        (
            "Police held 1.204 suspects and seized 31.000.000 dollars.",
            "en",
            [(1204, "count", "suspect"), (31_000_000, "money", "USD")],
        ),
        # an estimate before a count in the years' range is no year; an estimate of days is a duration
        (
            "quelque 2000 habitants, une douzaine de jours",
            "fr",
            [(2000, "count", "resident"), (12, "duration", "days")],
        ),
        # a number word before a people ("dix-sept Belges"), a tally that reached a number word, a glued scale
        ("l'arrestation de onze Belges", "fr", [(11, "count", "national")]),
        ("The death toll has risen to seven.", "en", [(7, "count", "death")]),
        ("It was fined £2million.", "en", [(2_000_000, "money", "GBP")]),
        # a person noun before "de N ans" makes an age
        ("un cavalier de 63 ans", "fr", [(63, "age", None)]),
        # the article as the number one before a scale word
        ("The raid recovered a million euros in cash.", "en", [(1_000_000, "money", "EUR")]),
        (
            "A dozen suspects were held and a thousand accounts closed.",
            "en",
            [(12, "count", "suspect"), (1000, "count", "account")],
        ),
    ],
)
def test_real_constructions(text, lang, expected):
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("entre 13 h et 17 h", "fr"),  # clock times, not durations
        ("avant 20 heures", "fr"),
        ("depuis environ 9 heures ce matin", "fr"),
        ("at 9:42 pm (0142 GMT)", "en"),
        ("The June 3-5 summit", "en"),  # day ranges
        ("Entre le 11 et le 14 mars", "fr"),
        ("du 6 au 8 juillet", "fr"),
        ("on 12 and 13 March", "en"),
        ("OTTAWA, le 14 juill. 2016", "fr"),  # an abbreviated French month
        ("the 2019-20 season", "en"),  # fiscal and season years
        ("venus des quatre coins du pays", "fr"),  # an idiom
        ("l'authentification à deux facteurs", "fr"),
        ("un match nul (1-1)", "fr"),  # a score line
        ("après la défaite de leur équipe (3 à 2) contre Surabaya", "fr"),  # ... said with "à"
        ("au 18 rue des Lilas", "fr"),  # a street number
        ("array [0] and 2^16", "en"),  # code and maths
        ("voir le n°52", "fr"),  # an issue number
        ("a 40MB file over an 8 Mbit/s line", "en"),  # units of data and rate
        ("appelez le 1‑800‑555‑0199", "fr"),  # a phone number with non-breaking hyphens
        ("sold for a few hundred euros", "en"),  # a vague multiple
        ("C'est six fois moins qu'en 2010", "fr"),  # ratios
        ("three times the national average", "en"),
        ("un séisme de magnitude de 6,1, puis 5,4 de magnitude", "fr"),  # magnitudes
        ("des rafales à 110 km/h", "fr"),  # a speed
        ("depuis le début des relevés en 1864", "fr"),  # a year before 1900
        ("menace de publier 1,3 téraoctet", "fr"),  # a data size, singular
        ("Un entrepôt d'Agde (34) et un autre à Évry (91).", "fr"),  # département codes after places
        ("Le feu 412 et les feux 97 et 130 sont maîtrisés.", "fr"),  # numbered fires, a list of them
        ("Ce samedi 14, les bureaux ouvrent; le corps a été trouvé le 9 au matin.", "fr"),  # days, no month
        ("a quake of magnitude between 6.1 and 6.4, the 7.0 magnitude quake, the magnitude at 5.5", "en"),
        ("un séisme de magnitude entre 6,1 et 6,4", "fr"),
        ("The raids ran between June 3 and 5.", "en"),  # the second day of a range
        ("($1 = 0.9315 euros) ($1 = C$1.36)", "en"),  # a wire's exchange-rate note
        ("thanks a million, one in a million", "en"),  # the article before a scale word, no noun: idioms
        ("a million-dollar home and a thousand-year-old oak", "en"),  # compound adjectives
        ("gusts reached 180 kilometres per hour", "en"),  # a speed in words
        ("le prix par cartouche de 200 a encore augmenté", "fr"),  # the size of the unit a rate is priced by
        ("Canada's 2 largest railways and its two main unions", "en"),  # a possessive's ranked members
        ("Écrasement d'un Boeing 737 en Éthiopie", "fr"),  # an aircraft model
        ("The quake struck at 4.10 am local time.", "en"),  # a time with a point
        ("less than one out of every four voters", "en"),  # a rate
        ("un appel aux deux parties au conflit", "fr"),  # "aux" is a definite article
        ("ses deux principaux concurrents et leurs trois plus grandes usines", "fr"),
        ("the price per pack of 20 rose again", "en"),
        ("un taux pour 100 000 habitants", "fr"),  # the base of a rate
        ("a rate per 100,000 people, or for every 1,000 residents", "en"),
        ("The port gets more than 200 millimetres of rain, or 90-100 mm.", "en"),  # rain, a measurement
        ("30 centimètres de neige", "fr"),
        ("asylum seekers crossed into the 27-member EU; a 15-nation bloc", "en"),  # the size of a body
        ("across the 27 countries in the EU, as in les 27 pays de l'UE", "en"),
        ("des vents de 130 kilomètres à l'heure", "fr"),
        ("The polls had the three parties level; the two companies appealed.", "en"),  # anaphora
        ("Ces deux feux brûlent encore, comme dans les trois communes voisines.", "fr"),
        # "des deux" is "of the two": the boards of both firms, one of two proposals, pointed back to
        ("Les directions des deux entreprises ont approuvé l'accord.", "fr"),
        ("Des deux propositions soumises au vote, la seconde a passé.", "fr"),
    ],
)
def test_not_figures_of_real_text(text, lang):
    assert keys(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Douze suspects, dont les deux dirigeants.",
            "fr",
            [(12, "count", "suspect"), (2, "count", "dirigeants")],
        ),
        ("It remains shy of the two per cent target.", "en", [(2, "percent", None)]),
        ("au cours des deux dernières années", "fr", [(2, "duration", "years")]),
        ("the two million people who fled", "en", [(2_000_000, "count", "person")]),
        ("Two companies appealed.", "en", [(2, "count", "company")]),
        ("Les dix suspects ont été déférés.", "fr", [(10, "count", "suspect")]),
    ],
)
def test_a_definite_article_before_a_number_word_points_back_only_before_a_plain_noun(text, lang, expected):
    """Construction: "the two companies", "ces deux feux" name things counted before (not figures), but a
    part of a set just counted ("dont les deux dirigeants"), "per cent", a unit of time, a scale, a number
    without an article, and a larger number (a lede's "Les dix suspects") are figures."""
    assert keys(text, lang) == expected


def test_the_publishers_dollar():
    assert keys("$12 million in losses", "en", "CAD") == [(12_000_000, "money", "CAD")]
    assert keys("12 M$ de pertes", "fr", "CAD") == [(12_000_000, "money", "CAD")]
    # explicit markers win over the publisher's dollar
    assert keys("US$3 million", "en", "CAD") == [(3_000_000, "money", "USD")]
    assert keys("5 millions de dollars américains", "fr", "CAD") == [(5_000_000, "money", "USD")]


@pytest.mark.parametrize(
    ("source", "url", "dollar"),
    [
        ("CBC News", "https://www.cbc.ca/news/x", "CAD"),
        ("Le Devoir", "https://www.ledevoir.com/x", "CAD"),
        ("", "https://www.example.ca/x", "CAD"),
        ("Agence France-Presse via La Presse", "https://www.lapresse.ca/x", "USD"),  # a wire keeps its dollar
        ("Reuters", "https://www.reuters.com/x", "USD"),
        ("The Daily Example", "https://example.com/x", "USD"),
        ("", "https://news.example.com.au/x", "AUD"),
        # a Canadian wire on a site whose name holds an international one
        ("BNN Bloomberg (The Canadian Press)", "https://www.bnnbloomberg.ca/x", "CAD"),
        ("La Presse canadienne", "https://example.com/x", "CAD"),
        ("Noovo Info", "https://example.info/x", "CAD"),  # Quebec and Ontario outlets outside ".ca"
        ("CityNews Toronto", "https://example.com/x", "CAD"),
        ("BBC via Yahoo Canada", "https://ca.news.example.com/x", "USD"),  # the outlet that wrote it
        ("WWD via Yahoo", "https://ca.style.example.com/x", "USD"),  # a US trade paper on a Canadian edition
        # a British or US outlet carried by a Canadian edition, "(via ...)" in brackets
        ("The Telegraph (via Yahoo)", "https://ca.news.example.com/x", "USD"),
        ("Crypto Hebdo", "https://cryptohebdo.example.fr/x", "USD"),  # French-speaking Europe's sites
        ("Le Quotidien du Port", "https://www.example.ma/x", "USD"),  # and French-speaking Africa's
        # regional Quebec dailies and sites outside ".ca"
        ("Le Quotidien", "https://www.lequotidien.com/actualites/x", "CAD"),
        ("EnBeauce.com", "https://enbeauce.com/actualites/x", "CAD"),
        ("Groupe Capitales Médias", "https://example.com/x", "CAD"),
        # a paper named after its Canadian city, on a host that does not say so
        ("Kelowna Capital News (Black Press Media)", "https://example.wpengine.com/x", "CAD"),
        ("Halifax Examiner", "https://example.org/x", "CAD"),
        # Singapore's and Hong Kong's papers and government write their own dollar bare
        ("The Straits Times", "https://www.straitstimes.com/singapore/x", "SGD"),
        ("", "https://www.example.gov.sg/x", "SGD"),
        ("Hong Kong Customs and Excise Department", "https://example.org/x", "HKD"),
        ("", "https://www.scmp.com/news/x", "HKD"),
    ],
)
def test_local_dollar(source, url, dollar):
    assert local_dollar(source, url) == dollar


@pytest.mark.parametrize(
    ("text", "lang", "approx"),
    [
        ("nearly 1,300 victims", "en", "at most"),
        ("près de 1 300 victimes", "fr", "at most"),
        ("more than 700,000 computers", "en", "at least"),
        ("au moins 820 morts", "fr", "at least"),
        ("about $4.4 million", "en", "about"),
        ("environ 40 %", "fr", "about"),
        ("exactly 1,270 victims", "en", None),
        ("près d'une trentaine de perquisitions", "fr", "at most"),
        ("une quarantaine de villes", "fr", "about"),
        ("au-delà des 38 degrés", "fr", "at least"),
        ("une amende d'au moins 40 000 euros", "fr", "at least"),  # the marker after an elided "de"
        ("un bilan d’environ 300 morts", "fr", "about"),
        ("nearly a dozen arrests", "en", "at most"),  # the article as the number
        ("pas moins de 1200 dossiers", "fr", "at least"),  # a bound said by negation
        ("« Pas moins de 1200 dossiers", "fr", "at least"),  # ... opening a quotation
        ('"No fewer than 40 arrests', "en", "at least"),
        ("no fewer than 40 arrests", "en", "at least"),
        ("no less than $5 million", "en", "at least"),
        ("the yes vote was above 70 percent", "en", "at least"),  # a threshold
        ("en dessous de 5 %", "fr", "at most"),
    ],
)
def test_estimates_and_bounds_are_marked(text, lang, approx):
    (figure,) = extract_figures(text, lang)
    assert figure.approx == approx
    assert figure.to_dict().get("approx") == approx


@pytest.mark.parametrize(
    ("language", "currency"),
    [("fr-CA", "CAD"), ("en-AU", "AUD"), ("fr-FR", "USD"), ("fr", "USD")],
)
def test_a_feeds_language_region_says_whose_dollar(language, currency):
    """A feed declaring "fr-CA" is Canadian whatever its host: its bare "millions $" are Canadian dollars."""
    from reader.ingest import parse_bytes
    from reader.pipeline import article_figures

    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Nouvelles</title>'
        f"<language>{language}</language><item><title>Fraude</title><guid>a1</guid>"
        "<link>https://nouvelles.example.com/a1</link>"
        "<description>Les pertes atteignent 14,5 millions $ selon la police.</description>"
        "</item></channel></rss>"
    ).encode()
    [article] = parse_bytes(feed, "f.xml").articles
    body, _ = article_figures(article)
    assert [(f.value, f.kind, f.currency) for f in body] == [(14_500_000, "money", currency)]


@pytest.mark.parametrize(
    ("text", "currency", "value"),
    [
        ("une rançon de 200 000 $ US", "USD", 200_000),  # the marker after the symbol
        ("des frais de 5 000 $ CA", "CAD", 5_000),
        ("une fraude de 2 M$ US", "USD", 2_000_000),
        ("un budget de 2,4 G$", "CAD", 2_400_000_000),  # Quebec's "G$": billions of dollars
        ("une perte de 120 k€", "EUR", 120_000),
    ],
)
def test_currency_markers_after_the_symbol_and_scale_symbols(text, currency, value):
    assert keys(text, "fr", "CAD") == [(value, "money", currency)]


def test_a_text_naming_canadian_dollars_counts_its_bare_dollars_as_canadian():
    from reader.figures.currency import local_dollar, text_dollar

    text = "Un million de dollars en faux billets de 50 dollars canadiens a été saisi."
    assert text_dollar(text, "USD") == "CAD"
    assert text_dollar(text + " Le lot valait 2 millions de dollars américains.", "USD") == "USD"
    assert text_dollar("Une amende de 5 millions de dollars.", "USD") == "USD"
    assert local_dollar("", "https://ca.finance.example.com/news/x") == "CAD"  # a Canadian edition


def test_a_publisher_nothing_places_counts_the_dollars_of_the_country_its_text_is_about():
    """Construction: a local site or a blog (no Canadian name, host or region, no wire) reports a Canadian
    story: a provincial police force, two Canadian cities, the country's election agency. Its bare "$" is
    the Canadian dollar. One American name in the text leaves the default (the dollars may be American);
    a wire's and a named foreign outlet's dollars stay US dollars whatever the text is about."""
    from reader.figures.currency import article_dollar

    text = (
        "OPP officers in Toronto and Hamilton charged a man who had given over $17,000 to a party since 2013, "
        "Elections Canada records show."
    )
    assert article_dollar(text, "Lakeshore Wire", "https://lakeshorewire.example.com/x") == "CAD"
    assert article_dollar(text + " He once lived in Texas.", "Lakeshore Wire") == "USD"
    assert article_dollar(text, "Reuters via Market Digest", "https://marketdigest.example.com/x") == "USD"
    assert article_dollar(text, "NPR") == "USD"
    assert article_dollar("A man who gave over $17,000 to a party was charged.", "Lakeshore Wire") == "USD"


def test_a_quebec_style_dollar_on_a_french_site_about_canada_is_canadian():
    """Construction: a site in France carries a Quebec wire's copy on an Ontario strike, its dollars written
    after the amount as Quebec writes them ("une amende pouvant aller jusqu'à 4000$"): Canadian dollars. A
    site in France writing "$" first, or naming a US place, keeps the US dollar."""
    from reader.figures.currency import article_dollar

    text = (
        "À Toronto, les grévistes de l'Ontario risquent une amende quotidienne pouvant aller jusqu'à 3000$. "
        "Ottawa n'a rien dit."
    )
    assert article_dollar(text, "Info Matin", "https://infomatin.example.fr/x", lang="fr") == "CAD"
    assert (
        article_dollar(text + " Un juge du Texas a tranché.", "", "https://x.example.fr/a", lang="fr")
        == "USD"
    )
    assert article_dollar(text.replace("3000$", "$3000"), "", "https://x.example.fr/a", lang="fr") == "USD"
    assert article_dollar(text, "AFP", "https://x.example.fr/a", lang="fr") == "USD"


def test_an_amount_said_to_be_in_canadian_currency_is_canadian_and_only_that_one():
    """Construction: "$790,000 in Canadian currency" beside other amounts: that amount is in Canadian
    dollars, the others keep the publisher's dollar (the phrase sets them apart)."""
    text = "Bitcoin worth about $12.3 million, and $410,000 in Canadian currency, were seized."
    assert keys(text, "en") == [(12.3e6, "money", "USD"), (410_000, "money", "CAD")]
    assert keys("Une caution de 9 000 $ en devise canadienne.", "fr") == [(9000, "money", "CAD")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La banque centrale a relevé son taux de 0,25 point.", [(0.25, "percent", "point")]),
        ("La croissance a perdu 1,5 point cette année.", [(1.5, "percent", "point")]),
        ("Il tourne à 12,5 points par match.", [(12.5, "count", "points")]),  # a player's average
        ("L'équipe a marqué 3 points.", [(3, "count", "points")]),
    ],
)
def test_a_french_decimal_number_of_points_is_percentage_points(text, expected):
    """Construction: "de 0,25 point", "1,5 point": a fraction of a point is a rate's percentage point, so it
    matches the other version's "a quarter point"; whole points and points per match stay counts."""
    assert keys(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a span of years after "en" and an estimate, with a place name further back: no person's age
        ("La crue la plus grave au Portugal en près de quarante ans a noyé la vallée.", "duration"),
        ("Le pire incendie en Grèce en plus de 20 ans ravage l'île.", "duration"),
        # a person right before the estimate keeps the age
        ("Un Lituanien de près de 40 ans a été interpellé à la frontière.", "age"),
        ("Une retraitée de plus de 80 ans a perdu ses économies.", "age"),
    ],
)
def test_french_years_after_en_and_an_estimate_are_a_span_not_an_age(text, kind):
    """ "le plus meurtrier en <lieu> en près de N ans": the capitalised place is no person aged N."""
    assert [k for _, k, _ in keys(text, "fr")] == [kind]


def test_an_english_digit_group_of_four_digits_is_a_typo_not_a_french_decimal():
    """ "1,1000 people" (meant 1,100 or 11,000): no reading is safe, and 1.1 people is certainly wrong."""
    assert keys("Last year, 2,3000 residents signed the petition.", "en") == []
    assert keys("Last year, 2,300 residents signed the petition.", "en") == [(2300, "count", "resident")]
    assert keys("Il y a 2,5 millions de victimes.", "fr") == [(2_500_000, "count", "victim")]


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        # a list of bare counts in digits closed by a number word with the same word after it
        (
            "Of those charged, 14 face fraud counts, 9 face theft counts and three face arson.",
            "en",
            [14, 9, 3],
        ),
        ("Parmi les suspects, 11 pour vol, 6 pour recel et deux pour menaces.", "fr", [11, 6, 2]),
        # no list: a bare number word with nothing parallel stays out
        ("Of the suspects, 14 were charged, and seven, according to police, fled.", "en", [14]),
    ],
)
def test_a_number_word_closing_a_list_of_bare_counts_is_a_count(text, lang, values):
    """ "19 for murder, 29 for drug offences, and seven for rape": the word is the list's last count."""
    assert [v for v, k, _ in keys(text, lang) if k == "count"] == values


@pytest.mark.parametrize(
    ("text", "lang", "value", "currency"),
    [
        # wire headline abbreviations of the scale
        ("Amazon condamné à une amende de €32 mlns", "fr", 32_000_000, "EUR"),
        ("Un contrat de 2,7 mlds de dollars signé à Ottawa", "fr", 2_700_000_000, "USD"),
        ("Bank settles for $1.2 bln", "en", 1_200_000_000, "USD"),
    ],
)
def test_wire_abbreviations_of_millions_and_billions(text, lang, value, currency):
    """ "€150 mlns" in a French wire headline is 150 million euros, not 150 euros."""
    assert keys(text, lang) == [(value, "money", currency)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a half after the scale or the unit (French), before the scale or the unit (English)
        ("Les dégâts atteignent deux millions et demi d'euros.", "fr", [(2_500_000, "money", "EUR")]),
        ("Près d'un million et demi de personnes évacuées.", "fr", [(1_500_000, "count", "evacuee")]),
        ("Il a été condamné à trois ans et demi de prison.", "fr", [(3.5, "duration", "years")]),
        ("The outage lasted four and a half hours.", "en", [(4.5, "duration", "hours")]),
        (
            "Officials counted one and a half million people without power.",
            "en",
            [(1_500_000, "count", "person")],
        ),
        ("The regulator fined the bank half a billion dollars.", "en", [(500_000_000, "money", "USD")]),
        ("Police arrested half a dozen suspects.", "en", [(6, "count", "suspect")]),
    ],
)
def test_halves_said_in_words_are_part_of_the_value(text, lang, expected):
    """ "deux millions et demi" is 2.5 million, "half a billion" 500 million: not 2 million, not a billion."""
    assert keys(text, lang) == expected
    spans = [
        f.text
        for f in extract_figures("The fund, built by a team of 20 analysts, now serves nearly " + text, lang)
    ]
    assert spans[0] == "20" and len(spans) == 2 and text.find(spans[1]) >= 0


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le parti obtient les deux tiers des sièges.", "fr"),
        ("Les trois quarts des sinistrés ont été relogés.", "fr"),
        ("Two thirds of the members voted against the plan.", "en"),
        ("Three quarters of the flights were cancelled.", "en"),
    ],
)
def test_a_fraction_of_a_whole_is_no_count(text, lang):
    """ "les deux tiers des sièges" is a share, not two of something called "tiers"."""
    assert keys(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a rate said with two small numbers: neither is a count
        ("One in four renters spends most of their income on housing.", "en", []),
        ("About 3 in 10 drivers admitted to speeding.", "en", []),
        ("Une entreprise sur cinq a subi une cyberattaque.", "fr", []),
        ("Deux électeurs sur trois ont voté.", "fr", []),
        # two counts: a large base, or a place rather than a base
        ("Le parti remporte 89 sièges sur 125.", "fr", [(89, "count", "seat"), (125, "count", None)]),
        ("Les urgences restent ouvertes dans sept hôpitaux sur douze.", "fr", [(7, "count", "hospital")]),
        ("Police made 12 arrests in 3 countries.", "en", [(12, "count", "arrest"), (3, "count", "country")]),
    ],
)
def test_a_rate_of_one_in_n_is_no_count(text, lang, expected):
    """ "one in five Canadians" is a rate (20 %), not five Canadians; "89 sièges sur 125" stays two counts."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "mille" on its own is a thousand, and the noun after "N mille" needs no "de"
        ("Plus de mille habitants ont été évacués.", [(1000, "count", "evacuee")]),
        ("L'amende s'élève à mille euros.", [(1000, "money", "EUR")]),
        ("Quelque trois mille personnes ont été évacuées.", [(3000, "count", "evacuee")]),
        ("Un conte des Mille et Une Nuits.", []),
    ],
)
def test_french_mille_alone_and_before_its_noun(text, expected):
    """ "plus de mille morts" was no figure at all, "trois mille personnes" a count without its noun."""
    assert keys(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        # a people counts persons, also when a participle follows it
        ("Police identified three Romanians involved in the thefts.", "en", "national"),
        ("Onze Ukrainiens arrêtés à la frontière", "fr", "national"),
        ("Deux Marocains interpellés à Lyon", "fr", "national"),
        ("Trois Russes et deux Suisses ont été entendus.", "fr", "national"),
        ("Police questioned two Poles.", "en", "national"),
        # a capitalised plural that names no people stays the raw noun
        ("The Firm Opens Two Studios", "en", "studios"),
    ],
)
def test_a_people_is_counted_as_persons(text, lang, unit):
    """ "two Ukrainians involved" counts two persons, not two "involved"."""
    assert set(u for _, k, u in keys(text, lang) if k == "count") == {unit}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Swiss usage: an apostrophe groups the thousands, "mio" and "mia" abbreviate the scales
        ("La police a saisi 48'500 francs en espèces.", [(48_500, "money", "CHF")]),
        ("Quelque 2’300 personnes ont été évacuées.", [(2_300, "count", "evacuee")]),
        ("Le préjudice atteint 4,2 mio de francs.", [(4_200_000, "money", "CHF")]),
        ("Le budget prévoit 1,1 mia de francs.", [(1_100_000_000, "money", "CHF")]),
    ],
)
def test_swiss_thousands_and_scale_abbreviations(text, expected):
    """ "48'500 francs" is 48,500 francs, not 48 and a stray 500; "4,2 mio" is 4.2 million."""
    assert keys(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Readers can call 18005550123 or write to 40 Marlowe Street.", "en", []),  # a bare phone number
        ("The clinic moved to 1 Harbour St. last spring.", "en", []),  # a number, a street's name, its word
        ("Flyers went to 2210 Orchard Avenue and 17 Queen Anne Road.", "en", []),
        ("Deux ministres, tous deux présents, ont signé.", "fr", [("Deux", "ministres")]),
        ("Elles ont toutes les deux refusé de répondre.", "fr", []),
    ],
)
def test_addresses_phone_runs_and_both_are_no_counts(text, lang, expected):
    """Constructions: a street address with the street's name between number and "Street"; a phone number
    written as one run of ten or eleven digits; French "tous deux" / "toutes les deux" ("both"), which refer
    back to a count already made."""
    assert [(f.text, f.unit) for f in extract_figures(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Au cours des trois derniers mois, le prix a doublé.", [("trois derniers mois", "duration", 3)]),
        ("L'un des deux suspects a pris la fuite.", [("deux", "count", 2)]),
        ("Les polices des quatre pays ont coopéré.", [("quatre", "count", 4)]),
        ("Des dizaines de maisons ont été détruites.", []),
        ("Des centaines de milliers de personnes ont manifesté.", []),
    ],
)
def test_french_des_before_a_number_is_of_the_unless_the_number_is_collective(text, expected):
    """Construction: French "des" is "of the" before a plain number ("l'un des deux suspects", "au cours des
    trois derniers mois"), and makes only a collective number vague ("des dizaines", "des centaines")."""
    assert [(f.text, f.kind, f.value) for f in extract_figures(text, "fr")] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Repairs took more than a year.", "en", [("a year", 1, "years", "at least")]),
        ("Departures stopped within an hour.", "en", [("an hour", 1, "hours", "at most")]),
        ("Les travaux ont duré près d'un an.", "fr", [("un an", 1, "years", "at most")]),
        (
            "Le vol est parti avec plus d'une journée de retard.",
            "fr",
            [("une journée", 1, "days", "at least")],
        ),
        ("A year ago the plant opened; it closes once a year.", "en", []),
    ],
)
def test_one_unit_of_time_with_a_bound_is_a_duration(text, lang, expected):
    """Construction: "more than a year", "within an hour", "près d'un an", "plus d'une journée": one unit
    of time with a bound is a duration of 1; "a year" alone ("a year ago", "once a year") is not a figure."""
    figures = extract_figures(text, lang)
    assert [(f.text, f.value, f.unit, f.approx) for f in figures] == expected


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("The furnace ran at 2,370 Fahrenheit.", "en", 2370, "F"),
        ("Le verre fond à 1 400 Celsius.", "fr", 1400, "C"),
    ],
)
def test_a_scale_name_without_degrees_makes_a_temperature(text, lang, value, unit):
    """Construction: the scale's name right after the number, with no "degrees" ("2,370 Fahrenheit")."""
    (figure,) = extract_figures(text, lang)
    assert (figure.kind, figure.value, figure.unit) == ("temperature", value, unit)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a "+" between the number and its scale: at least that many
        ("The crawler indexed 40+ million profiles.", "en", [(40e6, "count", None, "at least")]),
        # the wires' "E" for euros after a scale symbol
        ("Amende de 2,1 MdsE pour la banque", "fr", [(2.1e9, "money", "EUR", None)]),
        # ether as the stolen currency, like bitcoin
        ("The thieves moved 52,000 ETH to new wallets.", "en", [(52000, "money", "ETH", None)]),
        ("Les voleurs ont transféré 50 000 ethers.", "fr", [(50000, "money", "ETH", None)]),
        # a page's reading time is no figure; English "min" is minutes
        ("Reading time: 3 min\nThe outage lasted 45 min.", "en", [(45, "duration", None, None)]),
        ("Temps de lecture : 4 min\nLa panne a duré 45 min.", "fr", [(45, "duration", None, None)]),
    ],
)
def test_scales_with_a_plus_wire_euros_ether_and_reading_times(text, lang, expected):
    """Constructions from real security reporting: "30+ billion images", "1,2 MdsE" in a French wire's
    headline, amounts of ether, and the "Reading time: 2 min" line of a page."""
    assert [(f.value, f.kind, f.currency, f.approx) for f in extract_figures(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The jet landed on runway 27 after a long delay.", "en"),
        ("L'appareil s'est posé sur la piste 09 puis sur la piste 14.", "fr"),
        ("Les retards du programme 737 pèsent sur le constructeur.", "fr"),
        ("Le clade 1 du virus circule dans la région.", "fr"),
        ("Flight 202 was diverted.", "en"),
    ],
)
def test_a_number_after_a_label_noun_is_an_identifier(text, lang):
    """Construction: a number right after a label noun ("runway 27", "la piste 14", "le programme 737", "le
    clade 1", "Flight 202") names a thing; it counts nothing."""
    assert keys(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le site enfreint l'article L.121-3 du code de la consommation.", "fr"),
        ("The regulator cited Article 83(5) of the GDPR.", "en"),
        ("en vertu de l'art. 9(2)(a) du règlement", "fr"),
        ("les articles R. 412-7 et L.223-1 du code", "fr"),
        ("pour avoir enfreint les articles 5, 13, 21 et 32 du RGPD", "fr"),
        ("in breach of Articles 12 and 17 of the regulation", "en"),
    ],
)
def test_law_article_references_are_not_figures(text, lang):
    """Construction: a reference to a law's article, with a code letter and a dash ("article L.121-3") or
    paragraphs in brackets ("Article 83(5)"), or a list of articles ("articles 5, 13, 21 et 32"), holds no
    quantity; a count after one article's number is still a count."""
    assert keys(text, lang) == []
    then = {"en": "Then 3 firms paid.", "fr": "Puis 3 entreprises ont payé."}[lang]
    assert [f.value for f in extract_figures(f"{text}. {then}", lang)] == [3]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The alert went out at 1415 IST on Tuesday.", "en", []),
        ("Le séisme a frappé à 2145 GMT.", "fr", []),
        ("The convoy left at 1930 hrs.", "en", []),
        ("Le vol décolle à 1320 heures.", "fr", []),
        # a number of hours stays a duration
        ("Le pilote cumule 1200 heures de vol.", "fr", [(1200, "duration", "hours")]),
    ],
)
def test_a_time_of_day_in_24_hour_form_without_a_colon_is_not_a_figure(text, lang, expected):
    """Construction: four digits from 0000 to 2359 before a time zone ("1415 IST") or, after "at"/"à",
    before "hrs"/"heures" ("à 1320 heures") are a time of day."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The flood ranks among the 10 costliest on record.", "en", []),
        ("It is one of the 5 most visited sites.", "en", []),
        ("La tempête figure parmi les 15 plus violentes du siècle.", "fr", []),
        ("Il a rejoint les 10 meilleurs joueurs.", "fr", []),
        ("Elle est entrée dans le top 20 mondial.", "fr", []),
        # "the N" before a noun ending in "est" is still a count
        ("Police made the 12 arrests overnight.", "en", [(12, "count", "arrest")]),
        # "plus de" after the number is no superlative
        ("des 3 plus de 60 ans", "fr", [(3, "count", None), (60, "duration", "years")]),
    ],
)
def test_a_rank_is_not_a_count(text, lang, expected):
    """Construction: a number between "the"/"les" and a superlative ("the 10 costliest", "les 15 plus
    violentes", "les 10 meilleurs") or after "top" ranks things; it counts none of them."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le projet élargit la nationale en une route à quatre voies.", "fr"),
        ("Ils vivaient dans une maison à trois étages.", "fr"),
        ("A new two-lane bridge opens in May.", "en"),
        ("The scammers asked for the last six digits of the card.", "en"),
        ("Le fraudeur connaissait les 4 derniers chiffres du numéro.", "fr"),
    ],
)
def test_compound_descriptors_and_digits_of_a_number_are_not_counts(text, lang):
    """Construction: how many parts a thing has ("à quatre voies", "à trois étages", "two-lane") and how
    many digits of a card number were known ("the last six digits", "les 4 derniers chiffres")."""
    assert keys(text, lang) == []


def test_a_french_hypothetical_threshold_is_not_a_figure():
    """Construction: French "si ... atteignait/dépassait (les) N" states a threshold, not a toll; the same
    verb without "si" reports one."""
    assert keys("Si l'épidémie atteignait les 50 cas, l'école fermerait.", "fr") == []
    assert keys("S'il dépassait 30 blessés, le plan blanc serait déclenché.", "fr") == []
    assert keys("Le bilan atteignait 7 morts mardi.", "fr") == [(7, "count", "death")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The fraudster was jailed for 4 1/2 years.", "en", [(4.5, "duration", "years")]),
        ("She waited 3½ hours at the border.", "en", [(3.5, "duration", "hours")]),
        ("Il a été condamné à 7 3/4 ans.", "fr", [(7.75, "duration", "years")]),
    ],
)
def test_mixed_fractions_are_one_number(text, lang, expected):
    """Construction: a whole number and a fraction ("4 1/2 years", "3½ hours") are one number."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("FIRM HIT WITH £450MILLION FINE", "en", [(450e6, "money", "GBP")]),
        ("HACKERS STOLE $3BILLION IN CRYPTO", "en", [(3e9, "money", "USD")]),
    ],
)
def test_all_caps_scales_glued_to_an_amount(text, lang, expected):
    """Construction: a headline's scale word in capitals glued to the digits ("£450MILLION", "$3BILLION")."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_dot_thousands_with_a_decimal_comma(lang):
    """Construction: points grouping thousands and a decimal comma ("7.318,4 bitcoins" is 7318.4)."""
    assert keys("Les enquêteurs ont saisi 7.318,4 bitcoins.", lang) == [(7318.4, "money", "BTC")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Fewer than one percent of the files were recovered.", "en", [(1, "percent", None)]),
        ("La part n'a progressé que d'un pour cent.", "fr", [(1, "percent", None)]),
        ("Moins de 1 % des comptes étaient protégés.", "fr", [(1, "percent", None)]),
    ],
)
def test_one_percent_in_words(text, lang, expected):
    """Construction: "one percent", "un pour cent" in words: the number word that is also an article is a
    figure before a percent sign or word."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The central bank raised rates by 25 basis points.", "en", [(0.25, "percent", "point")]),
        ("La banque a relevé son taux de 75 points de base.", "fr", [(0.75, "percent", "point")]),
        ("La Fed a baissé ses taux d'un demi-point de pourcentage.", "fr", [(0.5, "percent", "point")]),
        ("La BCE a relevé ses taux d'un quart de point.", "fr", [(0.25, "percent", "point")]),
        ("Rates went up half a percentage point.", "en", [(0.5, "percent", "point")]),
        ("It cut rates by another full percentage point.", "en", [(1, "percent", "point")]),
        ("The bank made a quarter-point cut.", "en", [(0.25, "percent", "point")]),
        (
            "Traders expect a cut of 25 or 50 basis points.",
            "en",
            [(0.25, "percent", "point"), (0.5, "percent", "point")],
        ),
        (
            "Une baisse de 50 à 75 points de base.",
            "fr",
            [(0.5, "percent", "point"), (0.75, "percent", "point")],
        ),
    ],
)
def test_basis_points_and_fractions_of_a_point_are_percentage_points(text, lang, expected):
    """Construction: basis points are hundredths of a percentage point ("25 basis points" is 0.25 point), and
    fractions of a point said in words ("un demi-point de pourcentage", "un quart de point", "half a
    percentage point", "another full percentage point") are points, so the versions compare. In a range or
    an alternative ("25 or 50 basis points"), the first number is in basis points too."""
    assert keys(text, lang) == expected


def test_basis_points_match_the_half_point_of_the_other_version():
    """Construction: "50 basis points" in one version and "un demi-point de pourcentage" in the other."""
    from reader.figures.compare import compare_figures

    en = extract_figures("The Fed cut its key rate by 50 basis points.", "en")
    fr = extract_figures("La Fed a abaissé son taux directeur d'un demi-point de pourcentage.", "fr")
    result = compare_figures(en, fr)
    assert len(result.matched) == 1 and not result.only_en and not result.only_fr


@pytest.mark.parametrize(
    ("text", "lang", "value", "minus"),
    [
        ("Le taux de chômage recule (-0,21 pp).", "fr", 0.21, True),
        ("La part gagne +0,48 pp sur un an.", "fr", 0.48, False),
    ],
)
def test_signed_pp_is_a_change_in_percentage_points(text, lang, value, minus):
    """Construction: a signed number before "pp" ("-0,21 pp", "+0,48 pp") is a change in percentage points,
    its size the value and its minus sign kept apart; the same fall said with a verb ("fell 0.21 percentage
    points") is that change: a count's or a percentage's sign is not compared."""
    (figure,) = extract_figures(text, lang)
    assert (figure.kind, figure.value, figure.unit, figure.change) == ("percent", value, "point", True)
    assert figure.minus is minus
    en = extract_figures(f"The rate moved {value} percentage points.", "en")
    result = compare_figures(en, [figure])
    assert len(result.matched) == 1 and result.conflicts == [] and not result.only_en and not result.only_fr


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The city sweltered at 44 C (111 F) on Friday.",
            "en",
            [(44, "temperature", "C"), (111, "temperature", "F")],
        ),
        ("Temperatures climbed to 47.2 C in the valley.", "en", [(47.2, "temperature", "C")]),
        # no reading in the other scale and no word of heat: a bare "C" is a letter
        ("Team 3 C will meet later.", "en", [(3, "count", None)]),
        ("Bill C-27 passed its 2 readings.", "en", [(2, "count", "readings")]),
    ],
)
def test_a_spaced_bare_scale_letter_is_a_temperature_in_a_context_of_heat(text, lang, expected):
    """Construction: a number, a space and a bare "C" or "F" ("44 C (111 F)", "47.2 C") is a temperature
    when the other scale's reading is in brackets next to it or a word of heat is near."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The fire spread along a 2.4 mile ridge.", "en"),
        ("Les flammes ont parcouru 11 250 hectares.", "fr"),
        ("Flames covered 27,800 acres, or 44 square miles.", "en"),
        ("La zone interdite couvre 30 kilomètres carrés.", "fr"),
        ("The boat sank 12 to 15 nautical miles offshore.", "en"),
        ("Some 8,400 sq. km of forest have burned.", "en"),
    ],
)
def test_imperial_lengths_and_areas_are_not_key_figures(text, lang):
    """Construction: miles, hectares, acres and square units after a number are measurements the answer key
    leaves out of scope; the other version usually converts them, so they would only be flagged as missing
    from it."""
    assert keys(text, lang) == []


def test_metric_lengths_stay_counted_nouns():
    """Construction: a metric length ("3,4 km", "a 3.4-kilometre") is given alike by both versions."""
    assert keys("un tunnel de 3,4 km", "fr") == [(3.4, "count", "kilometre")]
    assert keys("a 3.4-kilometre tunnel", "en") == [(3.4, "count", "kilometre")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Au moins 48 personnes ont été tuées.", "fr", [(48, "count", "death")]),
        ("Quelque 75 personnes sont portées disparues.", "fr", [(75, "count", "missing")]),
        ("Au total, 16 personnes ont perdu la vie.", "fr", [(16, "count", "death")]),
        ("Officials said 1,120 people had lost their lives.", "en", [(1120, "count", "death")]),
        ("The explosion killed at least 61 people.", "en", [(61, "count", "death")]),
        ("La collision a coûté la vie à 9 personnes.", "fr", [(9, "count", "death")]),
        ("The new law will help 300 people.", "en", [(300, "count", "person")]),
        ("The collision injured at least twenty people.", "en", [(20, "count", "injury")]),
        (
            "L'explosion a fait un mort, blessant 14 personnes.",
            "fr",
            [(1, "count", "death"), (14, "count", "injury")],
        ),
        ("Il a croisé un mort-vivant au cinéma.", "fr", []),
    ],
)
def test_what_happened_to_the_people_is_what_is_counted(text, lang, expected):
    """Constructions: a French passive ("personnes ont été tuées", "sont portées disparues"), losing one's
    life ("had lost their lives", "ont perdu la vie"), and a verb of killing before the people it killed
    ("killed at least 61 people", "a coûté la vie à 9 personnes"): the count is of the dead or the missing,
    as "61 dead" and "9 morts" in the other version are. A toll of one after its verb ("a fait un mort") is a
    figure, though "un" is usually an article."""
    assert keys(text, lang) == expected


def test_a_figure_is_dated_to_the_year_of_its_own_sentence():
    """Constructions: "In 2018, ..." dates the figures of its sentence; "Cette année-là" the figures of the
    sentence that opens with it; "since 2014" and "de 2014 à 2021" date nothing (a period, not an event)."""
    years = [
        (f.text, f.year)
        for f in extract_figures(
            "In 2018, a hacker stole 58 billion yen. The firm has paid $2 million since 2014.", "en"
        )
        if f.kind != "year"
    ]
    assert years == [("58 billion yen", 2018), ("$2 million", None)]
    french = extract_figures(
        "Le pire bilan remonte à 1996. Cette année-là, 87 personnes étaient mortes.", "fr"
    )
    assert [(f.value, f.year) for f in french if f.kind == "count"] == [(87, 1996)]


def test_a_month_and_year_date_what_follows_them_not_what_comes_before():
    """Constructions: "avait subi en octobre 2023 une fuite qui touchait 12 millions de personnes" (an earlier
    leak, with its month: its figure is of that year); "must pay $18.3 million after a cyberattack in
    February 2024" (the month's year is the attack's, not the bill's)."""
    leak = extract_figures(
        "Un concurrent avait déjà subi en octobre 2023 une fuite qui touchait 12 millions de personnes.", "fr"
    )
    assert [(f.value, f.year) for f in leak if f.kind == "count"] == [(12_000_000, 2023)]
    bill = extract_figures("The city must pay $18.3 million after a cyberattack in February 2024.", "en")
    assert [(f.value, f.year) for f in bill if f.kind == "money"] == [(18_300_000, None)]


def test_a_year_right_before_a_colon_dates_what_follows_it():
    """Construction: "un naufrage semblable en 2011 : 40 personnes avaient péri" tells, after the colon, what
    that year saw, so its toll is dated 2011; a colon further on in the sentence ends the year's clause
    ("Après l'échec de 2018, le parti a tenu : il garde 16 sièges" keeps its count undated)."""
    recalled = extract_figures("Il rappelle un naufrage semblable en 2011 : 40 personnes avaient péri.", "fr")
    assert [(f.value, f.year) for f in recalled if f.kind == "count"] == [(40, 2011)]
    later = extract_figures("Après l'échec de 2018, le parti a tenu : il garde 16 sièges.", "fr")
    assert [(f.value, f.year) for f in later if f.kind == "count"] == [(16, None)]


def test_an_articles_own_year_does_not_date_its_figures_apart():
    """A report of 2024 saying "In 2024, 92 people died" speaks of its own story: the year is not kept, so
    the figure still disputes the other version's undated toll; an earlier year is kept."""
    from reader.model import Article, Block
    from reader.pipeline import article_figures

    text = "In 2024, 92 people died in the floods. In 1996, 87 people died."
    article = Article(
        title="Floods", blocks=[Block("paragraph", text)], lang="en", date=datetime(2024, 11, 2)
    )
    body, _ = article_figures(article)
    assert [(f.value, f.year) for f in body if f.kind == "count"] == [(92, None), (87, 1996)]


def test_a_toll_of_a_month_before_the_articles_is_an_earlier_events():
    """Construction: "In March, 17 people were killed when a bus left the road" in a report of July: the toll
    of an earlier crash (its month named at the sentence's opening, no place), while "In July, 29 people died"
    in the same report is its story's; the French "En mars, 17 personnes avaient été tuées" alike."""
    from reader.model import Article, Block
    from reader.pipeline import article_figures

    for lang, text in (
        ("en", "In July, 29 people died. In March, 17 people were killed when a bus left the road."),
        (
            "fr",
            "En juillet, 29 personnes sont mortes. En mars, 17 personnes avaient été tuées sur cette route.",
        ),
    ):
        article = Article(
            title="Crash", blocks=[Block("paragraph", text)], lang=lang, date=datetime(2023, 7, 6)
        )
        body, _ = article_figures(article)
        assert [(f.value, f.earlier, f.place) for f in body if f.kind == "count"] == [
            (29, False, None),
            (17, True, None),
        ]


def test_a_year_the_title_names_is_the_storys_own():
    """Construction: "Fraudes au Canada : pertes de 98 millions en 2019", published in 2020: the body's
    "En 2019, les pertes ont atteint 98 millions de dollars" is the story's figure, not dated apart (it must
    still dispute the other version's undated amount); a year the title does not name is kept."""
    from reader.model import Article, Block
    from reader.pipeline import article_figures

    text = "En 2019, les pertes ont atteint 98 millions de dollars. En 2017, elles étaient de 60 millions de dollars."
    article = Article(
        title="Fraudes au Canada : pertes de 98 millions en 2019",
        blocks=[Block("paragraph", text)],
        lang="fr",
        date=datetime(2020, 3, 1),
    )
    body, _ = article_figures(article)
    assert [(f.value, f.year) for f in body if f.kind == "money"] == [(98e6, None), (60e6, 2017)]


def test_losses_that_reached_a_scaled_number_are_money_in_the_publishers_dollar():
    """Construction: a Canadian wire's "les pertes financières combinées s'élevaient à 98 millions", with no
    currency word and no other amount in the text: money, in the publisher's dollar; a publisher whose dollar
    is unknown (read as US) gets no guessed currency, and "3 millions d'utilisateurs" stays a count."""
    text = "Des victimes, dont les pertes financières combinées s'élevaient à 98 millions, et 3 millions d'utilisateurs."
    assert keys(text, "fr", "CAD") == [(98e6, "money", "CAD"), (3e6, "count", "user")]
    assert keys(text, "fr") == [(98e6, "count", None), (3e6, "count", "user")]


def test_a_second_year_of_a_list_of_years_is_a_year():
    """Construction: "fondées en 1854 et 1862", "in 2019 and 2020": the second is a year like the first,
    not a count; a list of counts after them stays counts."""
    assert keys("Deux banques, fondées en 1854 et 1862, emploient 1200 et 1500 salariés.", "fr") == [
        (2, "count", "banques"),
        (1200, "count", "employee"),
        (1500, "count", "employee"),
    ]


def test_the_first_amount_of_a_range_takes_the_currency_of_the_second():
    """Construction: "entre 80 millions et 400 millions de dollars", "between 1.2 billion and 1.5 billion
    euros": both ends are amounts; a count of people beside an amount keeps its noun."""
    assert keys("Le coût est estimé entre 80 millions et 400 millions de dollars.", "fr") == [
        (80e6, "money", "USD"),
        (400e6, "money", "USD"),
    ]
    assert keys("It will cost between 1.2 billion and 1.5 billion euros.", "en") == [
        (1.2e9, "money", "EUR"),
        (1.5e9, "money", "EUR"),
    ]
    assert (
        keys("La région compte 3 millions d'habitants et 400 millions d'euros de dette.", "fr")[0][1]
        == "count"
    )


def test_an_approximate_multiple_of_millions_is_that_many_millions():
    """Construction: "une vingtaine de milliards de dollars", "une cinquantaine de millions": about twenty
    billion, about fifty million (not 20 "milliards" or 50 "millions" counted as nouns)."""
    assert keys("Le projet coûtera une vingtaine de milliards de dollars.", "fr") == [(20e9, "money", "USD")]
    [fifty] = extract_figures("Une cinquantaine de millions ont été versés.", "fr")
    assert (fifty.value, fifty.unit, fifty.approx) == (50e6, None, "about")


@pytest.mark.parametrize("noun", ["report", "attack", "server"])
def test_a_year_before_a_singular_noun_is_a_year(noun):
    """Construction: "the 2019 report", "the 2015 attack", "my 2011 server": a year names which one; "2,019
    reports" or "2000 servers" count them."""
    assert [f.kind for f in extract_figures(f"The 2019 {noun} is still discussed.", "en")] == ["year"]
    assert keys(f"Police logged 2000 {noun}s.", "en")[0][:2] == (2000, "count")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an age after a name given with an initial, as French courts and police name suspects
        ("Ilya L., 34 ans, et sa femme Heather M., 31 ans.", "fr", [(34, "age", None), (31, "age", None)]),
        # the retirement age, in either language
        ("It raises the retirement age to 66.", "en", [(66, "age", None)]),
        ("l'âge de départ à la retraite à 64 ans", "fr", [(64, "age", None)]),
        # crypto tokens are currencies
        (
            "They stole 173,600 Ether and 25.5 million USDC.",
            "en",
            [(173_600, "money", "ETH"), (25.5e6, "money", "USDC")],
        ),
        (
            "173 699 ethereums et 22,5 millions de USDC",
            "fr",
            [(173_699, "money", "ETH"), (22.5e6, "money", "USDC")],
        ),
        # an amount after a company's name is not a version number
        (
            "Amazon 225 millions d'euros et Facebook 17 millions",
            "fr",
            [(225e6, "money", "EUR"), (17e6, "money", "EUR")],
        ),
        # damages and fines take the currency of the text's amounts
        (
            "Elle paie 100 000 euros d'amende et 4,4 millions de dommages et intérêts.",
            "fr",
            [(100_000, "money", "EUR"), (4.4e6, "money", "EUR")],
        ),
        # a part of an amount just given
        (
            "She was fined €2 million, one million of which was suspended.",
            "en",
            [(2e6, "money", "EUR"), (1e6, "money", "EUR")],
        ),
        # lives a disaster claimed are its toll
        ("The storm claimed at least five lives.", "en", [(5, "count", "death")]),
        ("In the district, 37 lives were lost.", "en", [(37, "count", "death")]),
        ("The vaccine saved 300 lives.", "en", [(300, "count", "lives")]),
        # fixed phrases
        ("A one-minute silence was held; it needs 50 per cent plus one vote.", "en", [(50, "percent", None)]),
    ],
)
def test_names_ages_tokens_damages_and_tolls_of_wire_reports(text, lang, expected):
    """Constructions from wire and court reports: "Ilya L., 34 ans"; "the retirement age to 66"; "25.5 million
    USDC"; "Facebook 17 millions"; "4,4 millions de dommages et intérêts"; "one million of which was
    suspended"; "claimed at least five lives"; "a one-minute silence"."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les victimes ont entre 37 et 89 ans.", [(37, "age", None), (89, "age", None)]),
        ("La victime avait 17 ans.", [(17, "age", None)]),
        ("sa femme de 44 ans et sa grand-mère de 74 ans", [(44, "age", None), (74, "age", None)]),
        ("Il y a 10 ans, il a 3 ans pour rembourser.", [(10, "duration", "years"), (3, "duration", "years")]),
    ],
)
def test_french_ages_after_a_verb_of_age_and_a_family_noun(text, expected):
    """Construction: "avait 17 ans", "ont entre 37 et 89 ans", "sa grand-mère de 74 ans" are ages; "il y a 10
    ans" (ago) and "a 3 ans pour rembourser" (a time allowed) are spans of time."""
    assert keys(text, "fr") == expected


def test_a_rate_is_no_count_and_a_measurement_never_matches_a_count_of_things():
    """Construction: "134 cas pour 100 000 habitants" is a rate, neither its count nor its base a figure (a
    count of it disputed against the other version's toll would be a false warning); "100 tonnes" and "une
    centaine de douaniers" are two quantities, while "100 tonnes" and "100 tonnes" are one."""
    assert keys("soit 134 nouveaux cas pour 100 000 habitants", "fr") == []
    assert keys("Il y a eu 134 nouveaux cas, pour 100 000 tests.", "fr")[0][:2] == (134, "count")
    c = compare_figures(
        extract_figures("Customs seized 100 tonnes of cocaine.", "en"),
        extract_figures("Une centaine de douaniers ont participé.", "fr"),
    )
    assert c.matched == c.repeats == [] and len(c.only_en) == len(c.only_fr) == 1
    same = compare_figures(
        extract_figures("Customs seized 100 tonnes.", "en"),
        extract_figures("Les douanes ont saisi 100 tonnes.", "fr"),
    )
    assert len(same.matched) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un deuil national d'une semaine a été décrété.", [(1, "duration", "weeks")]),
        ("Les navires sont bloqués depuis un mois.", [(1, "duration", "months")]),
        ("Il écope d'une peine d'un an de prison.", [(1, "duration", "years")]),
        ("Le bébé d'un an a été retrouvé.", [(1, "age", None)]),  # a one-year-old
        ("Une crue d'un jour à l'autre, l'équivalent d'une année de pluie.", []),  # idioms
        ("Les prix ont reculé en un an de 7,8 %.", [(7.8, "percent", None)]),  # a rate's period
    ],
)
def test_a_french_span_of_one_unit_said_as_such_is_a_duration(text, expected):
    """Construction: "un deuil d'une semaine", "depuis un mois", "une peine d'un an" are durations of one unit
    (they match "seven days", "a month", "12 months"); "le bébé d'un an" is an age; "d'un jour à l'autre",
    "l'équivalent d'une année" and a rate's "en un an de 7,8 %" are not figures."""
    assert keys(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a sentence in years and months is one span of months, as the other version's "64 months"
        ("condamné à cinq ans et quatre mois de prison", "fr", [(64, "duration", "months")]),
        ("sentenced to five years and four months", "en", [(64, "duration", "months")]),
        # "-year old" a hyphen short is still an age
        ("The 31-year old Russian was charged.", "en", [(31, "age", None)]),
        (
            "un citoyen russe de 31 ans et un troisième de 17 ans",
            "fr",
            [(31, "age", None), (17, "age", None)],
        ),
        # the previous month's rate in brackets after a rate is a rate
        ("Nova Scotia: 9.3 per cent (8.8)", "en", [(9.3, "percent", None), (8.8, "percent", None)]),
        # a number in brackets glued to a name is part of the name
        ("the NoName057(16) group", "en", []),
        ("lors d'une journée d'action", "fr", []),  # a day of action, not a span of one day
    ],
)
def test_sentences_ages_rates_and_names_of_police_and_statistics_reports(text, lang, expected):
    """Constructions: "cinq ans et quatre mois"; "The 31-year old Russian"; "un citoyen russe de 31 ans";
    "9.3 per cent (8.8)"; "NoName057(16)"; "une journée d'action"."""
    assert keys(text, lang) == expected


def test_a_sum_then_the_level_it_reached_is_money_in_the_publishers_dollar():
    """Construction: a company's revenue, profit or debt, then in its clause the level it reached, with no
    currency word ("ses revenus ont chuté de 60 % pour s'établir à 4,2 milliards", "sa dette a atteint 9
    milliards"): in a Canadian publisher's text, Canadian dollars."""
    text = "Ses revenus ont chuté de 60 % pour s'établir à 4,2 milliards. Sa dette a atteint 9 milliards."
    assert keys(text, "fr", "CAD") == [(60, "percent", None), (4.2e9, "money", "CAD"), (9e9, "money", "CAD")]
    assert keys("Les ventes ont atteint 2 millions d'unités.", "fr", "CAD") == [(2e6, "count", "unités")]


def test_a_sum_paid_with_no_currency_word_is_money_in_the_publishers_dollar():
    """Construction: a settlement told by its paying verbs ("devront payer 500 millions", "96 millions ont déjà
    été versés", "agreed to pay 300 million"): in a Canadian publisher's text, Canadian dollars; people paid
    are still people."""
    text = "Les deux firmes devront payer 450 millions. Puisque 80 millions ont déjà été versés, le reste suivra."
    assert keys(text, "fr", "CAD") == [(450e6, "money", "CAD"), (80e6, "money", "CAD")]
    assert keys("The chain agreed to pay 300 million; 2 million people were paid.", "en", "CAD") == [
        (300e6, "money", "CAD"),
        (2e6, "count", "person"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Quelque 276 000 foyers restent privés d'électricité.", "fr", "household"),  # homes of a power cut
        ("Les pompiers luttent contre 12 foyers d'incendie.", "fr", "foyers"),  # a fire's seats
        ("Trois foyers actifs sont encore surveillés.", "fr", "foyers"),
        ("Les pirates ont volé un million de mots de passe.", "fr", "password"),  # a noun of three words
        ("La police a saisi 480.000 numéros de cartes bancaires.", "fr", "card"),  # numbers of cards
        ("Investigators found 480,000 card numbers.", "en", "card"),
        ("The kit held 500,000 credit cards.", "en", "card"),
    ],
)
def test_french_nouns_of_several_words_count_what_they_name(text, lang, unit):
    """Construction: what a count counts when its French noun is several words ("mots de passe"), a record
    of another thing ("numéros de cartes") or a word of two meanings ("foyers" are homes, unless a fire's)."""
    [figure] = [f for f in extract_figures(text, lang) if f.kind == "count"]
    assert figure.unit == unit


def test_passwords_and_homes_told_in_french_compare_with_the_english_count():
    """Construction: "1.2 million passwords" against "un million de mots de passe" are one quantity with two
    values; "300,000 households" and "300 000 foyers" match."""
    c = compare_figures(
        extract_figures("They stole 1.2 million passwords. Power was cut to 300,000 households.", "en"),
        extract_figures("Ils ont volé un million de mots de passe. 300 000 foyers sont sans courant.", "fr"),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(1_200_000, 1_000_000)]
    assert [(a.value, b.value) for a, b in c.matched] == [(300_000, 300_000)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("a lancé un usager de 47 ans, excédé par les retards.", "age"),  # "un <person> de N ans"
        ("Un riverain de 71 ans a été évacué.", "age"),
        ("Un mineur de 16 ans a été interpellé.", "age"),
        ("Il purge une peine de 12 ans.", "duration"),  # a sentence's length stays a duration
    ],
)
def test_a_person_of_n_years_is_an_age(text, kind):
    """Construction: a French person noun, then "de N ans": the person's age (more nouns of people)."""
    [figure] = extract_figures(text, "fr")
    assert figure.kind == kind


def test_bracketed_amounts_take_the_currency_the_sentence_gives_after_them():
    """Construction: amounts in brackets beside what they pay for, the currency said once at the end of the
    sentence ("la défense (31,2 milliards) et la santé (12,4 milliards) totalisent 43,6 milliards de
    dollars"); a bare count before an amount is no amount ("3 millions ont voté pour un projet de 4
    milliards de francs")."""
    figures = extract_figures(
        "La défense (31,2 milliards) et la santé (12,4 milliards) totalisent 43,6 milliards de dollars.",
        "fr",
        "CAD",
    )
    assert [(f.value, f.kind, f.currency) for f in figures] == [
        (31_200_000_000, "money", "CAD"),
        (12_400_000_000, "money", "CAD"),
        (43_600_000_000, "money", "CAD"),
    ]
    voters = extract_figures("Quelque 3 millions ont voté pour un projet de 4 milliards de francs.", "fr")
    assert [f.kind for f in voters] == ["count", "money"]


@pytest.mark.parametrize(
    ("text", "lang", "kind", "unit"),
    [
        ("The parks may reach 31-33C on Friday.", "en", "temperature", "C"),  # a range, the unit on the last
        ("Profiles of users under 14 are now private.", "en", "age", None),  # people by an age bound
        ("Children under 12 cannot sign up.", "en", "age", None),
        ("Over 40 people died in the crash.", "en", "count", "death"),  # a bound on a count stays one
        ("Le jeu est interdit aux moins de 12 ans.", "fr", "age", None),
        ("Les plus de 75 ans sont prioritaires.", "fr", "age", None),
        ("Il a passé plus de 12 ans en prison.", "fr", "duration", "years"),
        ("Le républicain de 77 ans a répondu.", "fr", "age", None),  # a role noun before "de N ans"
    ],
)
def test_ages_as_bounds_and_ranges_carrying_their_unit_last(text, lang, kind, unit):
    """Construction: the first number of a hyphenated range takes the unit of the second ("31-33C"); people
    said by the age they are under or over ("users under 14", "aux moins de 12 ans") are an age."""
    figure = extract_figures(text, lang)[0]
    assert (figure.kind, figure.unit) == (kind, unit)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a clause about an age gives it later: both values are ages, "vingt ans plus tôt" a span
        (
            "L'âge moyen des pères s'établit à 33,2 ans, contre 31,7 ans vingt ans plus tôt.",
            "fr",
            [(33.2, "age"), (31.7, "age"), (20, "duration")],
        ),
        # a name, an age, then an aside closed by a dash
        (
            "Two teenagers - Ana Ruiz, 16, and Leo Park, 17 - were hurt.",
            "en",
            [(2, "count"), (16, "age"), (17, "age")],
        ),
        # numbers of a text's parts and of an address are no figures
        ("Il figure dans la partie 2 de l'annexe III.", "fr", []),
        ("Ils se sont recueillis devant le 118, place Royale, hier.", "fr", []),
    ],
)
def test_ages_of_a_clause_and_numbers_of_parts_and_places(text, lang, expected):
    """Construction: "l'âge moyen ... à 33,2 ans, contre 31,7 ans"; "Name, 17 - who"; "partie 2", "le 118,
    place Royale"."""
    assert [(f.value, f.kind) for f in extract_figures(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The operation led to the identification of 14, 582 migrants.", [14582]),  # a stray space
        ("A total of 6, 512,004 votes were cast.", [6512004]),
        ("On June 5, 200 people fled the town.", [605, 200]),  # a date, then a count
        ("They scored 5, 100 and 200 points.", [5, 100, 200]),  # a list
        # a toll's value after "at", the sentence's last word
        ("Officials put the number of injured at 12, 407. Rescuers kept digging.", [12407]),
        ("Look at items 3, 4 and 5.", [3, 4, 5]),  # a list after "at"
    ],
)
def test_a_thousands_separator_typed_with_a_stray_space(text, values):
    """Construction: a publisher's "17, 793 migrants" is one number; a date's day or a list item before a
    three-digit count is not."""
    assert [f.value for f in extract_figures(text, "en")] == values


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Au total, 141 personnes ont également été blessées.", "fr", "injury"),  # an adverb before the fate
        ("Some 12 people were seriously injured.", "en", "critical"),
        ("Trois personnes ont été grièvement blessées.", "fr", "critical"),
    ],
)
def test_what_happened_to_people_past_an_adverb(text, lang, unit):
    """Construction: "ont également été blessées", "were seriously injured": the fate after an adverb (the
    seriously injured, a count of their own)."""
    [figure] = extract_figures(text, lang)
    assert figure.unit == unit


def test_a_count_in_brackets_after_a_share_stays_a_count():
    """Construction: a share then, in brackets, the votes it stands for ("8,31% (2.147.093)"): the votes are no
    percentage; a rate's earlier value in brackets ("8.2 per cent (8.0)") is one."""
    votes = extract_figures("Le parti a obtenu 8,31% (2.147.093).", "fr")
    assert [(f.value, f.kind) for f in votes] == [(8.31, "percent"), (2_147_093, "count")]
    rate = extract_figures("The rate was 8.2 per cent (8.0) in May.", "en")
    assert [(f.value, f.kind) for f in rate] == [(8.2, "percent"), (8.0, "percent")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("She left college at age 19, and founded the firm.", "en", [(19, "age")]),
        ("Elle parle. A seulement 19 ans, elle fonde l'entreprise.", "fr", [(19, "age")]),  # an adverb
        ("Jean Roy, alias « Zed », 22 ans, est accusé.", "fr", [(22, "age")]),  # an alias in quotes
        ("Il était servi par près de 19 000 comptes.", "fr", [(19_000, "count")]),  # "par" is no "per" here
        ("Police seized 63 guns.", "en", [(63, "count")]),
    ],
)
def test_ages_after_at_age_an_adverb_or_an_alias_and_counts_after_par(text, lang, expected):
    """Construction: "at age 19"; "A seulement 19 ans,"; "Name, alias « X », 22 ans"; "servi par près de
    19 000 comptes" (not a size a price is for, "par cartouche de 200")."""
    assert [(f.value, f.kind) for f in extract_figures(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("La flotte de la compagnie comptait 14 Boeing 737 MAX 8.", "fr", [14]),  # the model and its variant
        ("Le premier accident de la dernière génération de 777 de Boeing.", "fr", []),
        ("The Boeing 787 landed safely.", "en", []),
    ],
)
def test_an_airliners_model_is_no_count(text, lang, values):
    """Construction: "Boeing 737 MAX 8", "777 de Boeing": a model and its variant are names; only the
    fleet's 14 is counted."""
    assert [f.value for f in extract_figures(text, lang)] == values


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a statistics release's changes in brackets, each with its sign: a rate fallen, a count fallen (no
        # count is below zero: "-27,000" is 27,000 fewer, as the other version may say)
        (
            "Jobs fell in retail (-27,000; -0.9%) and rose in construction (+16,000).",
            "en",
            [(27_000, "count", None), (0.9, "percent", None), (16_000, "count", None)],
        ),
        ("Le chômage est sous son niveau d'avant-crise (-3,3 points).", "fr", [(3.3, "percent", "point")]),
        # temperatures below zero: a hyphen, the minus sign, or the word
        (
            "It felt like -40C in Winnipeg and \u221212.5 °C in Regina.",
            "en",
            [(-40, "temperature", "C"), (-12.5, "temperature", "C")],
        ),
        ("Il fera moins 25 degrés à Québec.", "fr", [(-25, "temperature", "C")]),
        ("Il a fait au moins 40 °C à Nîmes.", "fr", [(40, "temperature", "C")]),  # "au moins": at least
        (
            "Le taux directeur passe de -0,25 % à 0,5 %.",
            "fr",
            [(-0.25, "percent", None), (0.5, "percent", None)],
        ),
        # a hyphen that joins is no sign, and a dash before a space is punctuation
        (
            "Inflation stays outside the target range of 0%-2%.",
            "en",
            [(0, "percent", None), (2, "percent", None)],
        ),
        (
            "Highs of 28-30C are expected – 12 towns are on alert.",
            "en",
            [(28, "temperature", "C"), (30, "temperature", "C"), (12, "count", "town")],
        ),
    ],
)
def test_a_value_printed_with_a_minus_sign_or_said_minus_is_below_zero(text, lang, expected):
    """Construction: signed changes in a statistics release ("(-27,000; -0.9%)", "(-3,3 points)"), a negative
    policy rate, and temperatures below zero ("-40C", "−12.5 °C", "moins 25 degrés"); a signed count is a
    change ("-19 tués au 3e trimestre"). A temperature is below zero; a rate printed as a change keeps its size
    as its value, as "a fall of 0.9%" gives it, and its sign apart (``minus``); a rate given as a level
    ("passe de -0,25 %") is below zero."""
    assert keys(text, lang) == expected
    for f in extract_figures(text, lang):
        assert f.minus is (f.kind == "percent" and f.text[:1] in "-−–" and f.value > 0)
    found = extract_figures("Une baisse au second semestre (-17 tués au 3e trimestre).", "fr")
    assert [(f.value, f.change) for f in found if f.kind == "count"] == [(17, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The state will pay Rs 2 lakh to each family and Rs 50,000 to the injured.",
            [(200_000, "money", "INR"), (50_000, "money", "INR")],
        ),
        (
            "A fund of Rs. 10 crore and ₹4 lakh for each victim.",
            [(100_000_000, "money", "INR"), (400_000, "money", "INR")],
        ),
    ],
)
def test_rupees_written_rs_with_lakh_and_crore_are_money(text, expected):
    """Construction: Indian papers' "Rs 2 lakh" (200,000 rupees), "Rs. 10 crore" (100 million), "₹4 lakh"."""
    assert keys(text, "en") == expected


def test_a_list_of_names_with_ages_gives_childrens_ages_too():
    """Construction: police naming victims as "Name, 35; Name, 7; Name, 4; and Name, 40, a friend": each number
    is an age, a child's too; a lone small number after a name and a comma stays a count."""
    text = "Police named them as Ann Roy, 35; Lea Roy, 7; Tom Roy, 4; and Sam Perera, 40, a friend."
    assert keys(text, "en") == [(35, "age", None), (7, "age", None), (4, "age", None), (40, "age", None)]
    assert keys("The final score was Canada, 3, and Italy won.", "en") == [(3, "count", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It will cut jobs under a 2 billion-euro plan.", [(2e9, "money", "EUR")]),
        (
            "They signed a 500-million-dollar deal and a 10 million-pound loan.",
            [(5e8, "money", "USD"), (1e7, "money", "GBP")],
        ),
    ],
)
def test_a_currency_hyphenated_to_its_amount_makes_it_money(text, expected):
    """Construction: an amount used as a compound adjective, "a 2 billion-euro plan", "a 500-million-dollar
    deal"."""
    assert keys(text, "en") == expected


def test_a_decimal_number_of_points_in_english_is_a_rates_points_not_an_indexs():
    """Construction: "rising by 0.3 points to 18.3 percent", "stayed 3.3 points below", "a 0.5 point rate
    rise": percentage points, as French "de 0,3 point" already is; an index's "120.5 points", a player's
    "4.5 points per game" and whole points stay counts."""
    assert keys("Youth unemployment rose by 0.3 points to 18.3 percent.", "en") == [
        (0.3, "percent", "point"),
        (18.3, "percent", None),
    ]
    assert keys("After the 0.5 point rate rise, it stayed 3.3 points below.", "en") == [
        (0.5, "percent", "point"),
        (3.3, "percent", "point"),
    ]
    assert [k[1] for k in keys("The TSX lost 120.5 points; he scored 4.5 points per game.", "en")] == [
        "count",
        "count",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une femme d'une quarantaine d'années a été blessée.", [(40, "age", None)]),
        ("Un homme d'une cinquantaine d'années s'est tué en sautant.", [(50, "age", None)]),  # not 50 dead
        ("Un Canadien d'une trentaine d'années est mort.", [(30, "age", None)]),
        ("Depuis une cinquantaine d'années, la ville grandit.", [(50, "duration", "years")]),
        ("Une peine d'une dizaine d'années a été requise.", [(10, "duration", "years")]),
    ],
)
def test_a_person_of_some_tens_of_years_is_an_age(text, expected):
    """Construction: "une femme d'une quarantaine d'années", "un Canadien d'une trentaine d'années": an
    estimated age; "depuis une cinquantaine d'années" and "une peine d'une dizaine d'années" stay spans of
    time."""
    assert keys(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("At least 65 people had been taken to hospital, some in serious condition.", "en", "injury"),
        ("Douze personnes ont été transportées à l'hôpital.", "fr", "injury"),
        ("Nine people were hospitalized after the blast.", "en", "hospitalised"),
        ("Trois personnes ont été hospitalisées.", "fr", "hospitalised"),
        ("Police said 20 people were taken to the police station.", "en", "person"),
        ("Thirty-one people were rescued from the ferry.", "en", "survivor"),
        ("Some 2,200 migrants were rescued at sea.", "en", "migrant"),
    ],
)
def test_people_taken_to_hospital_are_the_injured(text, lang, unit):
    """Construction: "65 people had been taken to hospital", "transportées à l'hôpital": the injured of a
    toll; "were hospitalized", "195 are still hospitalised": those of the injured still in hospital (a count
    of their own, related to the injured); "were rescued": the survivors, unless the noun says who they were;
    people taken elsewhere stay people."""
    (figure,) = [f for f in extract_figures(text, lang) if f.kind == "count"]
    assert figure.unit == unit


def test_last_fall_is_a_season_not_a_fall_of():
    """Construction: "was found guilty last fall of seven counts": autumn, so the seven counts are a level,
    not a change; "a fall of 12 units" stays a change."""
    (counts,) = extract_figures("He was found guilty last fall of seven counts of fraud.", "en")
    assert (counts.value, counts.change) == (7, False)
    (units,) = extract_figures("Sales saw a fall of 12 units.", "en")
    assert units.change


@pytest.mark.parametrize(
    ("text", "lang", "units"),
    [
        # a toll's table, its rows run together in one paragraph
        ("People killed: 501 People injured: 1,523 Missing: 12", "en", ["death", "injury", "missing"]),
        ("Bilan\nMorts : 45\nBlessés : 120", "fr", ["death", "injury"]),
        ("Note: 30 people died.", "en", ["death"]),
        ("Operation Tidewater: nine held over SIM-swap thefts", "en", ["held"]),
    ],
)
def test_a_rows_label_before_its_colon_names_what_the_count_counts(text, lang, units):
    """Construction: a toll given as a table, "People killed: 501" then "People injured: 1,523" (the next
    row's label is no noun of the count before it), "Morts : 45"; a label that names no people ("Note:",
    a headline's subject "Operation Tidewater:") leaves the count to the words after it."""
    assert [f.unit for f in extract_figures(text, lang) if f.kind == "count"] == units


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Les États-Unis arrivent en tête avec 130 arrestations, devant l'Allemagne (42) et le Royaume-Uni (37).",
            [130, 42, 37],
        ),
        ("Un incendie a fait trois morts à Sète (34) et dans l'Essonne (91).", [3]),
    ],
)
def test_a_number_in_brackets_after_a_country_is_a_count_not_a_departements_code(text, values):
    """Construction: a ranking of countries, "devant l'Allemagne (42) et le Royaume-Uni (37)": counts for
    each; after a town or a département ("Sète (34)", "l'Essonne (91)") the number is its code."""
    assert [k[0] for k in keys(text, "fr")] == values


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The six-month moving average of housing starts rose 3%.", "en", [(3, "percent", None)]),
        ("La moyenne mobile sur six mois a progressé de 3 %.", "fr", [(3, "percent", None)]),
        ("The strike lasted six months.", "en", [(6, "duration", "months")]),
    ],
)
def test_a_moving_averages_window_is_no_figure(text, lang, expected):
    """Construction: a statistic's window, "the six-month moving average", "la moyenne mobile sur six mois":
    how the figure is computed, not a duration of the story."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both were already jailed over the 2015 Paris attacks.", []),
        ("Officials said the 2019 deaths could have been avoided.", []),
        ("Lyon's 2022 flood damaged 40 homes.", [(40, "count", "home")]),
        ("The 1,500 victims were paid.", [(1500, "count", "victim")]),
    ],
)
def test_a_year_after_a_determiner_or_a_possessive_is_the_year_of_an_event(text, expected):
    """Construction: "the 2015 Paris attacks", "Montreal's 2018 heat wave", "the 2018 deaths": four bare
    digits after "the" or a possessive date an event in English, which writes thousands with a comma."""
    assert keys(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Le suspect est un belge de 36 ans.", "age"),
        ("Il a été tué par un Russe d'origine tchétchène de 23 ans.", "age"),
        ("Un réfugié afghan de 31 ans a été interpellé.", "age"),
        ("Le syndicat réclame un soutien de 3 ans.", "duration"),
        ("La réforme apporte un gain de deux ans.", "duration"),
        ("Il signe un contrat marocain de 3 ans.", "duration"),
    ],
)
def test_a_person_of_a_people_de_n_ans_is_an_age(text, kind):
    """Construction: a people's name as a noun ("un belge de 36 ans") or as an adjective after a person ("un
    Russe d'origine tchétchène de 23 ans", "un réfugié afghan"): an age; a noun with a people's ending that
    names no one ("un soutien", "un gain") or a contract keeps its years a span of time."""
    assert [f.kind for f in extract_figures(text, "fr") if f.kind in ("age", "duration")] == [kind]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The bank moved its rate to a range of 2.25% to 2.5 on Wednesday.", "en"),
        ("Le taux passe dans une fourchette de 2,25 % à 2,5.", "fr"),
    ],
)
def test_a_range_whose_first_end_is_a_percentage_is_in_per_cent(text, lang):
    """Construction: "to a range of 1.5% to 1.75": the unit said once, on the first end of a range."""
    assert keys(text, lang) == [(2.25, "percent", None), (2.5, "percent", None)]


def test_a_rise_in_per_cent_to_a_level_is_no_range():
    """Construction: "prices rose 5% to 85": the level after a change is no second end of a range."""
    assert keys("The index rose 5% to 85 in May.", "en") == [(5, "percent", None), (85, "count", None)]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Il a frappé deux policières de 41 et 57 ans.", ["age", "age"]),
        ("Ils ont écopé de peines de 5 et 7 ans.", ["duration", "duration"]),
    ],
)
def test_two_ages_after_people_in_the_plural_are_ages(text, kinds):
    """Construction: "deux policières de 45 et 53 ans": a list of ages after a plural person noun, the
    years said once after the last; sentences of 5 and 7 years stay spans of time."""
    assert [f.kind for f in extract_figures(text, "fr") if f.kind in ("age", "duration")] == kinds


@pytest.mark.parametrize(
    ("text", "lang", "dollar", "expected"),
    [
        ("L'État a débloqué un milliard de rands.", "fr", "USD", [(1_000_000_000, "money", "ZAR")]),
        ("Le groupe devra verser 11 milliards de reais.", "fr", "USD", [(11_000_000_000, "money", "BRL")]),
        ("Damage is put at 2 trillion rupiah.", "en", "USD", [(2_000_000_000_000, "money", "IDR")]),
        ("Each family got 5.000 riyals yéménites.", "fr", "USD", [(5000, "money", "YER")]),
        ("The fine comes to just over CAD$3.7 million.", "en", "USD", [(3_700_000, "money", "CAD")]),
        ("Ils réclament 2,8 millions $ américains.", "fr", "CAD", [(2_800_000, "money", "USD")]),
    ],
)
def test_the_worlds_other_currencies_and_dollars_named_after_the_sign(text, lang, dollar, expected):
    """Construction: a disaster's or a market's local currency, "un milliard de rands", "11 milliards de
    reais", "riyals yéménites" (a name many countries share only with its adjective); a dollar named by a code
    glued to the sign ("CAD$3.7 million") or by a word after it ("2,8 millions $ américains")."""
    assert [(f.value, f.kind, f.currency) for f in extract_figures(text, lang, dollar)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a fate said of the count, or of a noun of what was counted
        ("Le groupe confirme le décès de 25 de ses employés.", "fr", [(25, "death")]),
        ("Il a indiqué que 21 autres sont toujours portés disparus.", "fr", [(21, "missing")]),
        ("At least 42 mine workers have been killed.", "en", [(42, "death")]),
        ("Au moins 25 ouvriers sont morts.", "fr", [(25, "death")]),
        # a clause about the number of the dead gives the number after it
        ("The number of people killed in the ferry disaster hit 136 on Friday.", "en", [(136, "death")]),
        ("Le nombre de morts a atteint 136 vendredi.", "fr", [(136, "death")]),
        # ... unless the count says what happened to its own people
        (
            "The number of fatalities would rise, with more than 100 still hospitalised.",
            "en",
            [(100, "hospitalised")],
        ),
    ],
)
def test_the_fate_of_counted_people_read_past_still_and_after_a_toll_clause(text, lang, expected):
    """Construction: "le décès de 25 de ses employés", "21 autres sont toujours portés disparus", "42 mine
    workers have been killed", "The number of people killed ... hit 136"; a count whose own words say what
    happened to its people ("with more than 100 still hospitalised") keeps that fate."""
    assert [(f.value, f.unit) for f in extract_figures(text, lang) if f.kind == "count"] == expected


def test_an_earlier_toll_named_as_such_well_before_its_number():
    """Construction: "Un bilan antérieur de sa filiale locale faisait état de 21 décès": the earlier toll's
    word is far from its number, still in its clause."""
    (figure,) = extract_figures("Un bilan antérieur de sa filiale locale faisait état de 21 décès.", "fr")
    assert figure.earlier


def test_a_clock_hour_before_a_weekday_morning_is_no_duration():
    """Construction: "Depuis 5 heures ce mardi matin, 1.400 policiers ont été déployés": a time of day."""
    assert keys("Depuis 5 heures ce mardi matin, 1.400 policiers ont été déployés.", "fr") == [
        (1400, "count", "officer")
    ]
    assert keys("Il a travaillé 5 heures ce mardi.", "fr") == [(5, "duration", "hours")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La banque paiera 76 centimes par action, soit 3 milliards de francs.",
            [(0.76, "CHF"), (3e9, "CHF")],
        ),
        ("Le litre coûte 12 centimes d'euro de plus.", [(0.12, "EUR")]),
        ("Le timbre augmente de 5 centimes.", [(0.05, "EUR")]),
    ],
)
def test_centimes_are_hundredths_of_the_texts_currency(text, expected):
    """Construction: "76 centimes par action" in a story told in Swiss francs, "12 centimes d'euro": money,
    in the currency said after them or the nearest amount's, the euro's when the text gives none."""
    assert [(f.value, f.currency) for f in extract_figures(text, "fr") if f.kind == "money"] == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Le président sortant, 81 ans, a été réélu.", "age"),
        ("Il a purgé sa peine, 10 ans, puis il est sorti.", "duration"),
    ],
)
def test_years_between_commas_after_a_noun_are_an_age(text, kind):
    """Construction: "Le président sortant, 78 ans, a été réélu": an apposed age; a term set between commas
    after its noun ("sa peine, 10 ans,") stays a span of time."""
    assert [f.kind for f in extract_figures(text, "fr") if f.kind in ("age", "duration")] == [kind]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Plus de 300 ont été blessées, et une trentaine de blessés sont dans un état grave.", "fr",
         [(300, "injury"), (30, "critical")]),
        ("Eleven were in critical condition.", "en", [(11, "critical")]),
        ("Some 240 people remained missing.", "en", [(240, "missing")]),
        ("Une soixantaine de personnes restent portées disparues.", "fr", [(60, "missing")]),
    ],
)  # fmt: skip
def test_the_worst_injured_are_counted_apart_and_the_missing_remain_missing(text, lang, expected):
    """Construction: "une cinquantaine de blessés sont dans un état grave", "11 were in critical condition":
    of the injured, those in critical condition, a count of their own (related to the injured, not their
    toll); "250 people remained missing", "restent portées disparues": the missing."""
    assert [(f.value, f.unit) for f in extract_figures(text, lang) if f.kind == "count"] == expected


def test_a_toll_a_source_had_given_is_an_earlier_toll():
    """Construction: "un député local avait fait état de 170 morts" (the pluperfect of a report): the toll
    as it stood, not the current one."""
    (figure,) = [
        f for f in extract_figures("Un élu avait fait état de 170 morts.", "fr") if f.kind == "count"
    ]
    assert figure.earlier


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The youngest victim was 22 months old.", "en", [(22, "months")]),
        ("Among them was a 6-month-old baby.", "en", [(6, "months")]),
        ("Parmi eux, un nourrisson de six mois.", "fr", [(6, "months")]),
        ("Ava Roy, 4 ans; Kim Roy, 2 mois.", "fr", [(4, None), (2, "months")]),
        ("Les victimes sont quatre enfants entre 18 mois et 3 ans.", "fr", [(18, "months"), (3, None)]),
        ("The suspects' ages range from 26 to 43.", "en", [(26, None), (43, None)]),
    ],
)
def test_a_babys_age_is_in_months_and_ages_come_in_ranges(text, lang, expected):
    """Construction: "22 months old", "a 2½-month-old baby", "un nourrisson de six mois", "Kelly, 2 mois",
    "quatre enfants entre 22 mois et 3 ans": ages, in months where said in months (a 2-month-old is not a
    2-year-old); "ages range from 26 to 43": two ages."""
    assert [(f.value, f.unit) for f in extract_figures(text, lang) if f.kind == "age"] == expected
    assert not [f for f in extract_figures(text, lang) if f.kind == "duration"]


def test_a_french_texts_english_thousands_comma_before_people():
    """Construction: "l'évacuation d'environ 18,000 résidents" in a French text: no one comes in
    thousandths, so the comma groups thousands; before a measure it stays a decimal comma."""
    assert keys("Il a forcé l'évacuation d'environ 18,000 résidents.", "fr") == [(18000, "count", "resident")]
    assert keys("Une hausse de 2,500 km.", "fr") == [(2.5, "count", "kilometre")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("« 97 vies ont désormais été perdues », a dit le gouverneur.", [(97, "death", None)]),
        ("La tempête a coûté 12 vies.", [(12, "death", None)]),
        ("L'opération a sauvé 100 vies.", [(100, "vies", None)]),
        ("Le bilan humain dépasse les 100 morts.", [(100, "death", "at least")]),
    ],
)
def test_french_lives_lost_and_a_toll_that_passes_a_value(text, expected):
    """Construction: "«101 vies ont désormais été perdues»", "a coûté 12 vies": a toll, not lives saved;
    "le bilan humain dépasse les 100 morts": a floor, as "plus de 100 morts"."""
    assert [(f.value, f.unit, f.approx) for f in extract_figures(text, "fr") if f.kind == "count"] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The party leader told the 24 Heures newspaper that he was pleased.", "en", []),
        ("Selon 20 Minutes et France 24, il a attendu 20 minutes.", "fr", [(20, "duration", "minutes")]),
        ("La lutte contre l'inflation au cours des cinq derniers semestres a payé.", "fr",
         [(30, "duration", "months")]),
        ("Le PIB a reculé deux trimestres consécutifs.", "fr", [(6, "duration", "months")]),
    ],
)  # fmt: skip
def test_outlets_named_with_a_number_and_durations_in_half_years_and_quarters(text, lang, expected):
    """Construction: a newspaper or a channel whose name holds a number ("24 Heures", "20 Minutes", "France
    24"): no figure; "les cinq derniers semestres" (30 months, "the past two and a half years" in the other
    version), "deux trimestres": durations in months."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ransomware Gang Demands $70M Bitcoin Payment", [(70_000_000, "USD")]),
        ("Police seized 719 bitcoins.", [(719, "BTC")]),
    ],
)
def test_an_amount_in_dollars_paid_in_bitcoin_is_in_dollars(text, expected):
    """Construction: "$70M Bitcoin Payment", "a $5 million bitcoin ransom": the sign says the currency, the
    coin what it is paid in; a count of coins is an amount in that coin."""
    assert [(f.value, f.currency) for f in extract_figures(text, "en") if f.kind == "money"] == expected


def test_an_amount_up_to_which_a_firm_was_fined_is_money():
    """Construction: "sanctionné par la CNIL à hauteur de 35 millions": the sum, in the text's currency."""
    figures = extract_figures(
        "Amazon avait été sanctionné à hauteur de 35 millions, puis de 746 millions d'euros.", "fr"
    )
    assert [(f.value, f.kind, f.currency) for f in figures] == [
        (35_000_000, "money", "EUR"),
        (746_000_000, "money", "EUR"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Greens lost five seats and the Liberals lost six, leaving them with just three.",
         [(5, "seat"), (6, "seat"), (3, "seat")]),
        ("The party won 62 seats, nine more than it had before.", [(62, "seat"), (9, "seat")]),
        ("The party won 37 seats, two more than the exit poll had predicted.", [(37, "seat"), (2, "seat")]),
        ("The team lost five in the final.", [(5, None)]),
    ],
)  # fmt: skip
def test_seats_a_party_won_or_lost_told_without_the_noun(text, expected):
    """Construction: an election report that names the seats once, then counts them bare: "the Greens lost
    five (23)", "which gained four", "leaving it with just three", "nine more than it had before"; without
    seats in the passage a bare count after "lost" stays a bare count."""
    assert [(f.value, f.unit) for f in extract_figures(text, "en") if f.kind == "count"] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("It will cut about 10pc of its workforce after shares fell 73pc.", "en",
         [(10, "percent", None), (73, "percent", None)]),
        ("Le parti obtient 26 %, en baisse de 9 points.", "fr", [(26, "percent", None), (9, "percent", "point")]),
        ("La participation est de 63,9 %, en baisse de 9 points par rapport à 2018.", "fr",
         [(63.9, "percent", "turnout"), (9, "percent", "point")]),
        ("Il l'emporte avec 55,7 % et plus de onze points d'avance.", "fr",
         [(55.7, "percent", None), (11, "percent", "point")]),
        ("Lors d'un point presse, le taux était de 26 %.", "fr", [(26, "percent", None)]),
        ("The TSX lost 90 points, or 0.4%.", "en", [(90, "count", "points"), (0.4, "percent", None)]),
    ],
)  # fmt: skip
def test_per_cent_as_pc_and_a_shares_whole_points(text, lang, expected):
    """Construction: "about 10pc of its workforce" (per cent as British and Irish papers write it); in a text
    of shares, "en baisse de 9 points", "plus de onze points d'avance": a share's points; not "un point
    presse", nor an index's points ("the TSX lost 90 points")."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Les accusés écopent de deux à douze ans de prison.", "fr", [(2, "duration", "years"), (12, "duration", "years")]),
        ("Au total, 10 ont été condamnés à 5 ans, sept à 3 ans.", "fr",
         [(10, "count", None), (5, "duration", "years"), (7, "count", None), (3, "duration", "years")]),
        ("The patients are between 4 and 90 years of age.", "en", [(4, "age", None), (90, "age", None)]),
        ("The driver was 61 years of age.", "en", [(61, "age", None)]),
        ("The mayor got six years in jail, four of them suspended, for fraud.", "en",
         [(6, "duration", "years"), (4, "duration", "years")]),
        ("Each was fined MAD 3,000 and another KES 40,000.", "en", [(3000, "money", "MAD"), (40000, "money", "KES")]),
        ("Les onze Francs-comtois, dont six enfants, sont rentrés.", "fr",
         [(11, "count", "national"), (6, "count", "child")]),
    ],
)  # fmt: skip
def test_ranges_ages_terms_and_codes_of_court_and_health_reports(text, lang, expected):
    """Constructions: a French range of prison terms opened by a number word ("de deux à douze ans"), not
    "sept à 3 ans" (seven people, three years each); an age range "between 4 and 90 years of age"; the part
    of an English prison term "four of them suspended"; ISO codes before amounts ("MAD 3,000"); and a
    people whose name starts like a currency ("Francs-comtois")."""
    assert [
        (f.value, f.kind, f.currency if f.kind == "money" else f.unit) for f in extract_figures(text, lang)
    ] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("L'alerte a été donnée au 911 par des voisins vers minuit.", "fr"),
        ("Le 911 a reçu les premiers appels à 2 h.", "fr"),
        ("The gunman fired from his home at 412 Maple Grove Dr., police said.", "en"),
        ("Le vote du 20 décembre a été prolongé au 21, puis jusqu'au 27 selon les observateurs.", "fr"),
    ],
)
def test_emergency_services_street_numbers_and_days_said_alone(text, lang):
    """Constructions: the emergency service named by its number after a determiner ("donnée au 911"), a
    street number before an abbreviated street word ("Maple Grove Dr."), and days of a month the text named,
    said alone after "au" or "jusqu'au"."""
    assert [f for f in extract_figures(text, lang) if f.kind in ("count", "duration", "money")] == []


def test_bare_scaled_numbers_in_a_text_of_amounts_in_one_currency():
    """Construction: a report of amounts in one currency gives more of them bare ("économiser jusqu'à 200
    millions", "chacun empochant 26 millions"); a bare scaled number before a verb is people ("2 millions
    ont voté")."""
    text = (
        "Le groupe a dégagé 435 millions de dollars, contre 2,3 milliards de dollars un an plus tôt. "
        "Il compte économiser jusqu'à 200 millions cette année.\n\nAu scrutin, 2 millions ont voté."
    )
    found = {(f.value, f.kind, f.currency) for f in extract_figures(text, "fr", "CAD")}
    assert (200_000_000, "money", "CAD") in found
    assert (2_000_000, "count", None) in found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Officials raised the number of people reported missing to 48.", "en", [(48, "missing")]),
        ("Le nombre de personnes disparues s'élève à 31.", "fr", [(31, "missing")]),
        ("Four people are in hospital.", "en", [(4, "hospitalised")]),
        ("Trois personnes sont toujours à l'hôpital.", "fr", [(3, "hospitalised")]),
    ],
)
def test_fates_said_after_the_people(text, lang, expected):
    """Constructions: "the number of people reported missing to 48" (the fate after the people the number
    counts), and "are in hospital", "sont à l'hôpital" (the hospitalised, a count of their own)."""
    assert [(f.value, f.unit) for f in extract_figures(text, lang) if f.kind == "count"] == expected


def test_counts_of_one_place_or_people_are_one_quantity():
    """Constructions: a toll broken down by place, in brackets after the place in one version ("Idlib
    (212)") and after it in the other ("240 dans la province d'Idleb", "318 dans celle de Deraa"), and by
    people ("six Belgian citizens", "Cinq Belges comptent parmi les morts"): each place's or people's count
    is one quantity, its two values a conflict; a count of one place says nothing of another's."""
    en = extract_figures(
        "The monitor gave the dead by province: Idlib (212), Daraa (301). Among them were six Belgian citizens.",
        "en",
    )
    fr = extract_figures(
        "L'OSDH compte 240 dans la province d'Idleb et 318 dans celle de Deraa. "
        "Cinq Belges comptent parmi les morts.",
        "fr",
    )
    assert [(f.value, f.place) for f in en if f.kind == "count"] == [
        (212, "idlib"),
        (301, "daraa"),
        (6, "belgian"),
    ]
    assert [(f.value, f.place) for f in fr if f.kind == "count"] == [
        (240, "idleb"),
        (318, "deraa"),
        (5, "belges"),
    ]
    comparison = compare_figures(en, fr)
    assert sorted((a.value, b.value) for a, b in comparison.conflicts) == [(6, 5), (212, 240), (301, 318)]


def test_a_counts_place_survives_the_library():
    """The place is stored with the figure (a key added to the figure's JSON only when set)."""
    (figure,) = [
        f for f in extract_figures("Douze personnes sont mortes à Valence.", "fr") if f.kind == "count"
    ]
    assert figure.to_dict()["place"] == "valence"
    assert Figure.from_dict(figure.to_dict()).place == "valence"
    assert "place" not in extract_figures("The fine was $5 million.", "en")[0].to_dict()


def test_a_places_count_in_a_bracketed_list_is_a_part_of_a_whole():
    """Construction: a breakdown by place in brackets, the counted noun inside ("Rimouski (268 clients) et
    Matane (101 clients)"): each count is that place's, a part of a whole. It disputes the other version's
    count of that place ("Matane (96 customers)"), never a count of no place ("77 customers still affected"),
    and the part is stored with the figure."""
    fr = extract_figures("Les pannes touchent Rimouski (268 clients) et Matane (101 clients).", "fr")
    assert [(f.value, f.unit, f.place, f.part) for f in fr] == [
        (268, "customer", "rimouski", True),
        (101, "customer", "matane", True),
    ]
    assert (
        Figure.from_dict(fr[1].to_dict()).part
        and "part" not in extract_figures("12 morts", "fr")[0].to_dict()
    )
    alone = compare_figures(extract_figures("Its map showed 77 customers still affected.", "en"), fr)
    assert alone.conflicts == [] and len(alone.only_en) == 1
    listed = compare_figures(
        extract_figures("Outages hit Rimouski (268 customers) and Matane (96 customers).", "en"), fr
    )
    assert [(a.value, b.value) for a, b in listed.conflicts] == [(96, 101)]
    assert [(a.value, b.value) for a, b in listed.matched] == [(268, 268)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The authorities froze CHF6.2bn and later EUR40m in assets.", "en",
         [(6.2e9, "money", "CHF"), (40e6, "money", "EUR")]),
        ("Les victimes sont âgées en moyenne de 30 à 45 ans.", "fr", [(30, "age", None), (45, "age", None)]),
        ("Parmi les morts figure un couple de 68 et 71 ans.", "fr", [(68, "age", None), (71, "age", None)]),
        ("L'entreprise supprime des postes malgré les 4 milliards d'aides publiques et 2 milliards d'euros de prêts.",
         "fr", [(4e9, "money", "EUR"), (2e9, "money", "EUR")]),
        ("Elle paiera 150 millions de dollars et 20 millions de dollars. Quelque 90 millions avaient été détournés.",
         "fr", [(150e6, "money", "CAD"), (20e6, "money", "CAD"), (90e6, "money", "CAD")]),
    ],
)  # fmt: skip
def test_codes_glued_ages_on_average_and_amounts_said_as_subjects(text, lang, expected):
    """Constructions: a currency code glued to its amount ("CHF6.2bn"); ages "en moyenne de 30 à 45 ans" and
    of "un couple de 68 et 71 ans"; "milliards d'aides" (aid is money); a bare amount as the subject of what
    was done with it ("90 millions avaient été détournés")."""
    assert keys(text, lang, "CAD") == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Her sister tried to phone 911 as people ran.", "en"),
        ("They raided a flat at No. 14, Harbour Road, on Monday.", "en"),
        ("Le feu s'est déclaré vers 4 heures du matin (23 heures mardi, heure française).", "fr"),
    ],
)
def test_numbers_phoned_addressed_or_told_in_another_zone(text, lang):
    """Constructions: an emergency number phoned, a building's "No. 14", and a time of day given in another
    zone ("23 heures mardi, heure française")."""
    assert [f for f in extract_figures(text, lang) if f.kind not in ("date", "year")] == []


def test_a_sole_toll_many_times_the_other_is_of_another_place_or_event():
    """Construction: each version gives one count of the injured, but one is that of the island the storm hit
    first ("faisant 3 morts et 88 blessés" there), the other the country's, over eight times more: two
    places' tolls, no conflict; one told at two times ("62" then "162") still disputes the other."""
    en = extract_figures("In Vietnam, nearly 720 people have been injured.", "en")
    fr = extract_figures("Le typhon avait frappé l'île la veille, faisant 3 morts et 88 blessés.", "fr")
    assert compare_figures(en, fr).conflicts == []
    en = extract_figures("The death toll has increased to 62.", "en")
    fr = extract_figures("Le séisme a causé la mort de 162 personnes.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(62, 162)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le bilan est lourd: 5 morts, 17 blessés graves.", "fr", [(5, "death"), (17, "critical")]),
        ("dont 8 grièvement blessés", "fr", [(8, "critical")]),
        ("31 injured, including 9 people seriously injured", "en", [(31, "injury"), (9, "critical")]),
        # the lightly hurt are a part of the injured too: no total of them to dispute another version's
        ("14 blessés graves et 25 blessés légers", "fr", [(14, "critical"), (25, "light")]),
        # the adverb alone after a part of the injured, in English as in French ("dont 6 grièvement")
        ("Forty people were injured, 12 severely.", "en", [(40, "injury"), (12, "critical")]),
    ],
)
def test_the_seriously_injured_are_a_count_of_their_own(text, lang, expected):
    """Constructions: "17 blessés graves", "8 grièvement blessés", "9 people seriously injured": the worst hurt,
    counted apart from all the injured (as "in critical condition" is), so "31 injured" against "une 20 blessés
    graves" disputes nothing."""
    assert [(f.value, f.unit) for f in extract_figures(text, lang) if f.kind == "count"] == expected


def test_positions_cut_are_jobs():
    """Construction: "more than 100 positions" cut against "114 postes": one count of jobs, the English a
    bound of the French."""
    comparison = compare_figures(
        extract_figures("The retailer will cut more than 100 positions.", "en"),
        extract_figures("Le distributeur supprime 114 postes.", "fr"),
    )
    assert [(a.value, b.value) for a, b in comparison.matched + comparison.repeats] == [(100, 114)]


def test_two_ages_far_apart_are_two_people():
    """Construction: each version gives one age, but of two people (the victim's "a 58-year-old" in one, the
    suspect's "17 ans" in the other; "his 36-year-old son" against "le général âgé de 72 ans"): twice apart or
    more, another generation's, they dispute nothing; "a 30-year-old" against "52 ans" is one person's age
    disputed."""
    en = extract_figures("The victim, a 58-year-old nurse, died at the scene.", "en")
    fr = extract_figures("Le suspect, âgé de 17 ans, a été arrêté.", "fr")
    assert compare_figures(en, fr).conflicts == []
    son = extract_figures("His running mate was his 36-year-old son.", "en")
    general = extract_figures("L'ancien général âgé de 72 ans l'emporte.", "fr")
    assert compare_figures(son, general).conflicts == []
    en = extract_figures("The suspect, a 30-year-old man, was arrested.", "en")
    fr = extract_figures("Le suspect, âgé de 52 ans, a été arrêté.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(30, 52)]


def test_counts_of_two_peoples_are_two_figures():
    """Construction: victims listed by people in both versions: "two Danes" is no match for "deux Polonais",
    and "4 Canadiens" with "1 Américain" beside it is no part of "five Canadians", but that count disputed."""
    comparison = compare_figures(
        extract_figures("The dead include two Danes.", "en"),
        extract_figures("Parmi les morts, deux Polonais.", "fr"),
    )
    assert comparison.matched == [] and comparison.repeats == []
    en = extract_figures("Among the dead were five Canadians.", "en")
    fr = extract_figures("Parmi les morts figurent 4 Canadiens et 1 Américain.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(5, 4)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # said to be one's age, before the "pour" that usually opens a sentence's term
        (
            "La police a inculpé un ancien boulanger âgé de 61 ans pour neuf meurtres.",
            [(61, "age", None), (9, "count", "murder")],
        ),
        # "n'avait que": the age someone had when something happened
        ("Elle n'avait que 17 ans lorsqu'elle a lancé le site.", [(17, "age", None)]),
        # an estimate of the age after "âgés de"
        ("des adolescents âgés d'environ 14 ans", [(14, "age", None)]),
        # the range of ages of a group, after "âgés entre"
        (
            "quelque 300 élèves âgés entre 6 et 10 ans",
            [(300, "count", "student"), (6, "age", None), (10, "age", None)],
        ),
        # a person named by a common noun and a people's adjective: only a person has a nationality
        ("Un cordonnier portugais de 49 ans a été blessé.", [(49, "age", None)]),
    ],
)
def test_french_ages_in_contexts_that_otherwise_give_years(text, expected):
    assert keys(text, "fr") == expected


def test_a_contract_or_a_sentence_after_a_peoples_adjective_stays_a_duration():
    assert keys("un contrat canadien de 12 ans", "fr") == [(12, "duration", "years")]
    assert keys("Il a été condamné à 8 ans pour fraude.", "fr") == [(8, "duration", "years")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("She was jailed for seven years and three months.", "en", [(7.25, "duration", "years")]),
        ("une peine de 9 ans et 6 mois de prison", "fr", [(9.5, "duration", "years")]),
        ("une peine de cinq ans et quatre mois", "fr", [(64, "duration", "months")]),
        ("un an et neuf mois de prison", "fr", [(21, "duration", "months")]),
    ],
)
def test_years_and_months_are_years_when_the_months_make_quarters(text, lang, expected):
    """Construction: a term in years and months. From two years on, in quarters of a year, it is said in
    years, as the other version may say it ("sentenced to 7.25 years"); otherwise in months ("64 months",
    "21 months")."""
    assert keys(text, lang) == expected


def test_the_swiss_franc_written_sfr_before_the_amount():
    """Construction: the Financial Times' "SFr", glued to the amount or not."""
    assert keys("It booked a SFr2.7bn charge and a SFr4.1m profit.", "en") == [
        (2.7e9, "money", "CHF"),
        (4.1e6, "money", "CHF"),
    ]
    assert keys("Un versement de SFr. 800 000 est prévu.", "fr") == [(800_000, "money", "CHF")]


def test_a_sign_spaced_from_its_number_in_a_bracket_makes_it_negative():
    """Construction: a statistics release's breakdown, each change in a bracket with a spaced sign."""
    figures = extract_figures("Le tourisme (- 18,4%) et l'hôtellerie (+ 2,1%) ont varié.", "fr")
    assert [(f.value, f.kind, f.minus, f.text) for f in figures] == [
        (18.4, "percent", True, "- 18,4%"),
        (2.1, "percent", False, "2,1%"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He remains under 24-hour-a-day watch by a private firm.", "en"),
        ("The hotline is staffed 24 hours a day, seven days a week.", "en"),
        ("Les agents se relaient 24 heures sur 24 et 7 jours sur 7.", "fr"),
        ("Le centre est ouvert 24h/24 et 7j/7.", "fr"),
    ],
)
def test_round_the_clock_is_no_figure(text, lang):
    """Construction: a whole day's hours or a whole week's days said of when something runs."""
    assert keys(text, lang) == []


def test_round_the_clock_leaves_a_days_pay_and_a_strike_alone():
    assert keys("Guards earned $24 a day during the 7-day strike.", "en") == [
        (24, "money", "USD"),
        (7, "duration", "days"),
    ]
    assert keys("a 24-hour strike", "en") == [(24, "duration", "hours")]


def test_a_police_unit_named_by_its_number_is_no_count():
    """Construction: Toronto police's "52 Division", a unit named by a number before a capitalised noun."""
    assert keys("Officers from 31 Division arrested four teenagers.", "en") == [(4, "count", "teenager")]


def test_ages_after_full_names_between_commas_in_words_or_figures():
    """Construction: a British agency's list of victims, each full name followed by the age in words or
    figures between commas: young children's ages too, since the list gives each name an age."""
    text = "The girls, Maya Lindqvist, eight, Rosa Delmar, five, and Ines Carvalho, 10, died in hospital."
    assert keys(text, "en") == [(8, "age", None), (5, "age", None), (10, "age", None)]


def test_a_crew_said_by_its_size_with_the_number_word_last():
    """Construction: "a crew of three", the size of a crew in words, no noun after it."""
    assert keys("The helicopter carried a crew of three.", "en") == [(3, "count", None)]
    assert keys("L'appareil avait un équipage de cinq.", "fr") == [(5, "count", None)]


def test_cents_after_digits_in_french_are_a_dollars_hundredths():
    """Construction: a Quebec report's "5,7 cents le litre"; "deux cents" stays two hundred."""
    assert keys("un rabais de 4,3 cents le litre", "fr", "CAD") == [(0.043, "money", "CAD")]
    assert keys("deux cents personnes", "fr", "CAD") == [(200, "count", "person")]


def test_an_hour_followed_by_a_weekday_is_a_time_of_day():
    """Construction: "depuis environ 18 h vendredi", the hour an order began, not a duration."""
    assert keys("Ils sont évacués depuis environ 17 h samedi.", "fr") == []
    assert keys("Il a été détenu 36 h avant d'être relâché.", "fr") == [(36, "duration", "hours")]


def test_cfa_francs_written_in_english_order_are_west_african_francs():
    """Construction: a wire's "1,800 CFA francs" and "the 2,000-2,300 CFA franc range", beside French
    "francs CFA" and "FCFA"."""
    assert keys("The state price climbs to 1,250 CFA francs per kg.", "en") == [(1250, "money", "XOF")]
    assert keys("the 2,000-2,300 CFA franc range", "en") == [(2000, "money", "XOF"), (2300, "money", "XOF")]
    assert keys("un prix de 1 800 FCFA le kilo", "fr") == [(1800, "money", "XOF")]


def test_an_exchange_rate_note_holds_no_figure_whatever_its_currency():
    """Construction: a wire's closing note "($1 = 15.7700 Ghanaian cedi)", a rate in a currency the reader
    may not name, after "=" like "($1 = 0.9268 euros)"."""
    assert keys("Farmers will be paid more. ($1 = 15.7700 Ghanian cedi) ($1 = 582.75 CFA francs)", "en") == []


def test_a_price_per_share_is_an_amount_not_the_size_of_a_unit():
    """Construction: "la perte par action de 4,75 $", a price for each unit with its currency after it;
    "par cartouche de 200" stays the size of the unit a price is for."""
    assert keys("la perte par action de 4,75 $ a laissé place à un bénéfice", "fr", "CAD") == [
        (4.75, "money", "CAD")
    ]
    assert keys("4 $ par cartouche de 200 cigarettes", "fr", "CAD") == [(4, "money", "CAD")]


def test_a_bare_scaled_number_after_a_scaled_count_in_its_sentence_counts_the_same_noun():
    """Construction: "N million passengers, up from M million" (a scaled count, then a bare scaled number) in a
    text that also gives amounts: the second number is the count said again, not money."""
    text = "It carried 44.8 million passengers, up from 36 million. Its debt fell to $4.7-billion."
    assert keys(text, "en") == [
        (44_800_000, "count", "passenger"),
        (36_000_000, "count", "passenger"),
        (4_700_000_000, "money", "USD"),
    ]


def test_respectively_after_a_list_of_ages_is_no_counted_noun():
    """Construction: "aged 64 and 59 respectively", two people's ages with the adverb after the list."""
    assert keys("The founders, aged 64 and 59 respectively, did not attend.", "en") == [
        (64, "age", None),
        (59, "age", None),
    ]


def test_a_family_title_before_de_n_ans_is_a_person():
    """Construction: a family title before "de N ans": "la matriarche de 83 ans et son héritier de 51 ans"."""
    assert keys("la matriarche de 83 ans et son héritier de 51 ans", "fr") == [
        (83, "age", None),
        (51, "age", None),
    ]


def test_a_unit_and_a_half_in_english_after_an_estimate():
    """Construction: "for more than a year and a half", "about an hour and a half"."""
    assert keys("The firm leased the site for more than a year and a half.", "en") == [
        (1.5, "duration", "years")
    ]
    assert keys("The meeting lasted about an hour and a half.", "en") == [(1.5, "duration", "hours")]


def test_hours_and_minutes_are_one_span_in_minutes():
    """Construction: "N hours and M minutes" and "était de N heures et M minutes", an average time said in
    hours and minutes (the French "de 15 heures" is no time of day when minutes follow)."""
    assert keys("Travellers queued 9 hours and 25 minutes on average.", "en") == [
        (565, "duration", "minutes")
    ]
    assert keys("Le trajet moyen était de 9 heures et 25 minutes.", "fr") == [(565, "duration", "minutes")]
    assert keys("Le bureau est ouvert de 9 heures à 17 heures.", "fr") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le chômage chez les 15-24 ans a baissé.", [(15, "age", None), (24, "age", None)]),
        ("un plan de vaccination des 6 à 14 ans", [(6, "age", None), (14, "age", None)]),
        ("des peines de 10 à 15 ans de prison", [(10, "duration", "years"), (15, "duration", "years")]),
        ("au cours des 5 à 10 ans à venir", [(5, "duration", "years"), (10, "duration", "years")]),
    ],
)
def test_an_age_group_after_les_or_des_is_two_ages(text, expected):
    """Construction: a French age group, "chez les 15-24 ans", "des 6 à 14 ans"; not a term ("de prison")
    nor a span of years to come."""
    assert keys(text, "fr") == expected


def test_money_invested_after_a_subjunctive_or_an_estimate_word():
    """Construction: money invested after a subjunctive ("que X investisse N milliards") or an estimate word
    ("investir près de N millions")."""
    assert keys("Il faut que Rogers investisse 2,5 milliards dans ses réseaux.", "fr", "CAD") == [
        (2_500_000_000, "money", "CAD")
    ]
    assert keys("Ils vont investir près de 300 millions dans la société.", "fr", "CAD") == [
        (300_000_000, "money", "CAD")
    ]


def test_a_currency_glued_as_an_adjective_is_money():
    """Construction: "N-euro fines", "a N-dollar fine": the currency joined to the digits by a
    hyphen, before the noun it qualifies."""
    assert keys("Each of them received 250-euro fines.", "en") == [(250, "money", "EUR")]
    assert keys("He paid a 500-dollar fine.", "en") == [(500, "money", "USD")]
    assert keys("It is a 20-franc fee.", "en") == [(20, "money", "CHF")]  # a "20-franc note" is a face value


def test_a_mixed_number_joined_by_a_hyphen():
    """Construction: a wire's "N-3/4 years", the fraction after a hyphen."""
    assert keys("The judge imposed 2-1/4 years in prison.", "en") == [(2.25, "duration", "years")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("En Algérie, il devra payer 2 millions de dinars d'amende.", "fr", [(2_000_000, "money", "DZD")]),
        ("A Tunisian court imposed a fine of 5,000 dinars.", "en", [(5000, "money", "TND")]),
        ("In Cameroon, a victim lost more than CFA 8 million.", "en", [(8_000_000, "money", "XAF")]),
        ("En Côte d'Ivoire, le kilo passe à 1 800 francs CFA.", "fr", [(1800, "money", "XOF")]),
        ("In the Philippines, 10 billion pesos were pledged.", "en", [(10_000_000_000, "money", "PHP")]),
        ("Au Yémen, chaque famille a reçu 5000 riyals.", "fr", [(5000, "money", "YER")]),
        ("He was fined 2 million dinars.", "en", [(2_000_000, "count", "dinars")]),
    ],
)
def test_a_currency_name_countries_share_is_the_named_countrys(text, lang, expected):
    """Construction: "2 millions de dinars" in a report from Algeria, "CFA 8 million" in one from Cameroon:
    a dinar, a peso, a riyal or a CFA franc is the currency of the country the text names; of none, no
    amount is guessed."""
    assert keys(text, lang) == expected


def test_the_publisher_may_name_the_country_of_a_shared_currency_name():
    """Construction: an Algerian outlet ("Algérie 1") giving fines in dinars without naming the country."""
    article = Article(
        title="Deux anciens Premiers ministres condamnés",
        blocks=[Block("paragraph", "Le premier devra payer 2 millions de dinars d'amende.")],
        lang="fr",
        source="Algérie 1",
    )
    body, _ = article_figures(article)
    assert [(f.value, f.kind, f.currency) for f in body] == [(2_000_000, "money", "DZD")]


def test_a_letter_o_for_the_degree_sign():
    """Construction: a Quebec wire's "-N oC", the degree sign typed as a letter o."""
    assert keys("Le thermomètre indiquait -18 oC à l'aube, -27 oC ressentis.", "fr") == [
        (-18, "temperature", "C"),
        (-27, "temperature", "C"),
    ]


def test_a_kilometre_marker_is_no_count():
    """Construction: "near kilometre N", a place on a highway."""
    assert keys("The truck overturned near kilometre 112 of the eastbound highway.", "en") == []


def test_the_first_amount_of_a_hyphenated_range_takes_the_scale_and_gives_the_currency():
    """Construction: a conversion in brackets, "N to M million euros ($N'-M' million)"."""
    assert keys("Repairs will cost 20 to 30 million euros ($22-33 million).", "en") == [
        (20_000_000, "money", "EUR"),
        (30_000_000, "money", "EUR"),
        (22_000_000, "money", "USD"),
        (33_000_000, "money", "USD"),
    ]


def test_years_of_experience_are_a_span_not_an_age():
    """Construction: years of experience or service after a person ("plus de N ans d'ancienneté")."""
    assert keys("La pilote avait plus de 12 ans d'ancienneté.", "fr") == [(12, "duration", "years")]
    assert keys("La pilote, une femme de 44 ans, est indemne.", "fr") == [(44, "age", None)]


def test_centimes_and_ct_in_a_swiss_report_are_a_francs_hundredths():
    """Construction: a Swiss wire's "N centimes par kilowattheure" and "N ct./kWh", no amount in
    francs beside them; elsewhere centimes stay a euro's."""
    text = "En Suisse, un ménage paiera 26,95 centimes par kilowattheure, soit 5,77 ct./kWh de plus."
    assert keys(text, "fr") == [(0.2695, "money", "CHF"), (0.0577, "money", "CHF")]
    assert keys("Le dividende est de 76 centimes par action.", "fr") == [(0.76, "money", "EUR")]


def test_a_bare_number_in_brackets_after_an_amount_says_it_precisely():
    """Construction: "près de N milliards d'euros (N,n)", the precise value in brackets in
    the amount's scale and currency; "(2023)" after an amount stays a year and "(12)" far from it a count."""
    assert keys("Un bénéfice de près de 6 milliards d'euros (5,8), du jamais vu.", "fr") == [
        (6_000_000_000, "money", "EUR"),
        (5_800_000_000, "money", "EUR"),
    ]
    assert keys("un budget de 40 milliards de dollars (2023)", "fr") == [(40_000_000_000, "money", "USD")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Ce nouveau décès porte à 153 le nombre de décès en Europe.", "death"),
        ("Cela porte à 12 le nombre de personnes décédées.", "death"),
        ("Ce qui porte à 39 le bilan provisoire.", "death"),
        ("Cela porte à 5 le nombre de blessés graves.", "critical"),
    ],
)
def test_a_french_toll_names_what_it_counts_after_the_number(text, unit):
    """Construction: "porte à N le nombre de décès", the counted noun after "le nombre de", or "le bilan"
    alone (a toll)."""
    assert [f.unit for f in extract_figures(text, "fr")] == [unit]


def test_a_bare_amount_takes_the_reported_amounts_currency_not_its_conversion():
    """Construction: "N billion Swiss francs ($M billion) ..., up from the previous N' billion": the bare
    amount is in the currency the company reported in, not its conversion's."""
    text = "The insurer set aside four billion Swiss francs ($4.5 billion), against 3.1 billion a year ago."
    assert keys(text, "en") == [
        (4_000_000_000, "money", "CHF"),
        (4_500_000_000, "money", "USD"),
        (3_100_000_000, "money", "CHF"),
    ]


def test_a_bare_amount_after_a_money_word_in_a_swiss_report_without_currencies_is_in_francs():
    """Construction: a Swiss wire's "le montant ... est estimé à environ N millions", no currency
    in the whole report; elsewhere such a number stays a count."""
    text = "Le pont reste fermé. Le montant des réparations est estimé à environ 80 millions, selon les CFF."
    assert keys(text, "fr") == [(80_000_000, "money", "CHF")]
    assert keys("Le montant des réparations est estimé à environ 80 millions.", "fr") == [
        (80_000_000, "count", None)
    ]


def test_half_a_billion_or_a_million_in_french():
    """Construction: "plus d'un demi-milliard d'euros", "un demi-million de personnes"."""
    assert keys("Les dégâts dépassent un demi-milliard d'euros.", "fr") == [(500_000_000, "money", "EUR")]
    assert keys("Plus d'un demi-million de personnes ont fui.", "fr") == [(500_000, "count", "person")]


def test_a_countrys_count_after_its_name_continues_the_count_of_its_sentence():
    """Construction: "N emplois ... en Allemagne, en Italie M.": the country's name is no product name ("Windows
    11"), and its count counts the jobs."""
    text = "En Allemagne, 2.400 postes seront supprimés, en Italie 650. Windows 11 est sorti."
    assert keys(text, "fr") == [(2400, "count", "job"), (650, "count", "job")]


def test_a_bare_amount_is_in_the_currency_said_before_it_not_a_closer_one_after():
    """Construction: a Swiss bank's results in francs, a paragraph later a bare "le bénéfice ... atteint N
    milliards", then a sentence in dollars: the bare amount is in the currency said before it."""
    text = (
        "Le déficit se limitera à 412 millions de francs, contre 650 millions attendus.\n\n"
        "Hors éléments exceptionnels, le bénéfice d'exploitation atteint 2,118 milliards. Sa dette américaine "
        "dépasse 9 milliards de dollars."
    )
    assert [c for _, kind, c in keys(text, "fr") if kind == "money"] == ["CHF", "CHF", "CHF", "USD"]


def test_a_range_of_years_to_retire_at_is_two_ages():
    """Construction: a range of years to retire at ("le départ à la retraite ... (entre N et M ans)"); "N à M ans
    de cotisation" stays a span."""
    assert keys("Le départ à la retraite sera possible (entre 62 et 68 ans) dès 2027.", "fr") == [
        (62, "age", None),
        (68, "age", None),
    ]
    assert keys("Le départ à la retraite après 40 à 42 ans de cotisation.", "fr") == [
        (40, "duration", "years"),
        (42, "duration", "years"),
    ]


def test_a_models_variant_after_its_number_is_no_figure():
    """Construction: "un Boeing 767-300", "a Boeing 787-9": the variant after the model's number; "between
    10-15 people" stays a range."""
    assert keys("Un Boeing 767-300 a atterri avec 214 personnes.", "fr") == [(214, "count", "person")]
    assert keys("A Boeing 787-9 was grounded.", "en") == []
    assert keys("between 10-15 people", "en") == [(10, "count", "person"), (15, "count", "person")]


def test_a_time_with_a_space_after_the_colon():
    """Construction: a wire's typo "around HH: MM a.m.", a time of day."""
    assert keys("The alarm sounded around 9: 45 a.m. on Friday.", "en") == []


def test_a_fraction_glyph_after_a_space_is_part_of_the_number():
    """Construction: "3 ½ years", a vulgar fraction typed after a space, as "6½ years" is glued."""
    assert keys("She served 4 ½ years of a nine-year term.", "en") == [
        (4.5, "duration", "years"),
        (9, "duration", "years"),
    ]


def test_a_hotels_star_rating_is_no_count():
    """Construction: "un hôtel classé 4 étoiles", "un palace cinq étoiles": a grade of one to five stars; "12
    étoiles" on a flag stay counted."""
    assert keys("L'incendie a touché un hôtel classé 4 étoiles et un palace cinq étoiles.", "fr") == []
    assert keys("Le drapeau aux 12 étoiles flotte.", "fr") == [(12, "count", "étoiles")]


def test_currency_codes_written_after_the_amount_in_capitals():
    """Construction: Quebec's "14 milliards CAN" for Canadian dollars and Algeria's "50.000 DA" for dinars,
    codes only in capitals ("ils étaient 22 da capo" is no amount)."""
    assert keys("Le rachat est évalué à 14 milliards CAN.", "fr") == [(14e9, "money", "CAD")]
    assert keys("Il écope d'une amende de 50.000 DA.", "fr") == [(50000, "money", "DZD")]
    assert [k for k in keys("Ils ont rejoué 22 da capo.", "fr") if k[1] == "money"] == []


def test_cfa_francs_written_f_cfa():
    """Construction: "milliards de F CFA", the CFA franc with a spaced "F", as the West African press writes it."""
    assert keys("Le service de la dette est estimé à 410,5 milliards de F CFA au Sénégal.", "fr") == [
        (410.5e9, "money", "XOF")
    ]


def test_pounds_in_a_text_about_egypt_are_egyptian_unless_britain_is_named():
    """Construction: "48 livres pour un dollar" in a report on Egypt's currency; pounds in a British pledge to
    Sudan, or with no country named, stay sterling."""
    assert keys("En Égypte, le dollar s'échangeait à 48 livres, contre 30 livres la veille.", "fr") == [
        (48, "money", "EGP"),
        (30, "money", "EGP"),
    ]
    assert keys("Britain gave 12 million pounds to Sudan's hospitals.", "en") == [(12e6, "money", "GBP")]
    assert keys("The firm paid 12 million pounds.", "en") == [(12e6, "money", "GBP")]


def test_a_bare_sum_said_of_what_it_was_spent_on_or_is_in_takes_the_amounts_currency():
    """Construction: after "une amende de 90 millions de dollars", a later paragraph's bare "Environ 43 millions
    avaient été détournés", "plus de 60 millions en profits", "économiser jusqu'à 150 millions", "300 millions
    des investissements prévus"; a bare count seized ("2 millions saisis") says no currency."""
    text = (
        "La Couronne réclame une amende de 90 millions de dollars.\n\n"
        "Environ 43 millions avaient été détournés. La firme a tiré plus de 60 millions en profits. "
        "Elle veut économiser jusqu'à 150 millions, et couper 300 millions des investissements prévus. "
        "Au total, 2 millions saisis."
    )
    assert [(v, c) for v, kind, c in keys(text, "fr", "CAD") if kind == "money"] == [
        (90e6, "CAD"),
        (43e6, "CAD"),
        (60e6, "CAD"),
        (150e6, "CAD"),
        (300e6, "CAD"),
    ]


def test_a_persons_age_said_alone_after_he_was():
    """Construction: "He was 31." closing a paragraph on a gunman, "who was 16," of a victim; "The toll was 31."
    and "He was 40 minutes late" are no ages."""
    assert keys("The suspect died at the scene. He was 31. The victim, who was 16, had just left.", "en") == [
        (31, "age", None),
        (16, "age", None),
    ]
    assert keys("The toll was 31.", "en") == [(31, "count", "death")]  # a toll of the dead, no age
    assert keys("He was 40 minutes late.", "en") == [(40, "duration", "minutes")]


def test_an_estimate_or_a_bound_glued_after_the_number():
    """Construction: "the 40-odd hikers" (about forty), "its 300-plus branches" (at least three hundred)."""
    figures = extract_figures("The 40-odd hikers walked past its 300-plus branches.", "en")
    assert [(f.value, f.approx) for f in figures] == [(40, "about"), (300, "at least")]


def test_pesos_written_p_in_a_text_about_the_philippines():
    """Construction: "P2 billion", "Php4.5 million" in a Philippine report; "P8" before a small number, and "P"
    anywhere else ("S&P 500", "the P3 lab"), is no amount."""
    text = "In the Philippines, the agency released P2 billion and Php4.5 million; its P8 patrol planes flew."
    assert [k for k in keys(text, "en") if k[1] == "money"] == [
        (2e9, "money", "PHP"),
        (4.5e6, "money", "PHP"),
    ]
    assert keys("The S&P 500 fell and the P3 lab closed.", "en") == []


def test_a_bare_dollar_amount_in_brackets_after_canadian_dollars_is_its_us_conversion():
    """Construction: a wire's "a C$480 million ($355 million) fine" in a Canadian publisher's copy: the bracketed
    amount is in US dollars; a bare "$52.10" elsewhere stays the publisher's dollar."""
    figures = extract_figures(
        "It will pay a C$480 million ($355 million) fine. Shares rose to $52.10.", "en", "CAD"
    )
    assert [(f.value, f.currency) for f in figures] == [(480e6, "CAD"), (355e6, "USD"), (52.1, "CAD")]


def test_who_expected_a_sum_is_not_what_it_counts():
    """Construction: "above the 48.2 billion analysts had forecast" after "53.1 billion francs": the analysts
    forecast the sum; "some 300 analysts" are counted."""
    text = "Outflows reached 53.1 billion francs, above the 48.2 billion analysts had forecast. Some 300 analysts met."
    assert keys(text, "en") == [
        (53.1e9, "money", "CHF"),
        (48.2e9, "money", "CHF"),
        (300, "count", "analysts"),
    ]


def test_neuf_as_the_adjective_new_is_no_number():
    """Construction: "un Airbus A320 flambant neuf", "livré neuf" (new); "neuf passagers" and "s'établit à neuf
    morts" stay nine."""
    assert keys("Un Airbus A320 flambant neuf, livré neuf en mars.", "fr") == []
    assert [v for v, _, _ in keys("Neuf passagers ont survécu; le bilan s'établit à neuf morts.", "fr")] == [
        9,
        9,
    ]


def test_a_partys_seats_lost_in_brackets_are_a_count_of_them():
    """Construction: "avec 17 sièges (-4)", "(31/-2)": the seats a party lost, a count ("losing four"), not a
    number below zero; "(-1,4 point)" stays a change in points below zero."""
    figures = extract_figures(
        "Le parti obtient 17 sièges (-4), son rival 9 sièges (+3) et 12,1 % (-1,4 point).", "fr"
    )
    assert [(f.value, f.kind) for f in figures] == [
        (17, "count"),
        (4, "count"),
        (9, "count"),
        (3, "count"),
        (12.1, "percent"),
        (1.4, "percent"),
    ]
    assert [f.minus for f in figures] == [False] * 5 + [True]


def test_a_swiss_penaltys_day_fines_are_a_count_not_days():
    """Construction: "140 jours-amendes à 90 francs": day-fines, a count of penalty units; "3 jours" stays days."""
    assert keys("Il écope de 140 jours-amendes à 90 francs et a passé 3 jours en détention.", "fr") == [
        (140, "count", "day-fine"),
        (90, "money", "CHF"),
        (3, "duration", "days"),
    ]


def test_a_bare_sum_pocketed_pledged_or_drawn_from_cash_is_money():
    """Construction: "chacun empochant 12 millions", "a promis 300 millions pour", "puiser 9 millions dans ses
    liquidités", after an amount in dollars."""
    text = (
        "L'amende atteint 90 millions de dollars.\n\nChacun empochant 12 millions, la firme a promis 300 millions "
        "pour les familles et doit puiser 9 millions dans ses liquidités."
    )
    assert [(v, c) for v, kind, c in keys(text, "fr", "CAD") if kind == "money"] == [
        (90e6, "CAD"),
        (12e6, "CAD"),
        (300e6, "CAD"),
        (9e6, "CAD"),
    ]


def test_one_person_befallen_is_a_toll_of_one():
    """Construction: "Une personne est portée disparue", "une personne a été tuée", "Une personne a été
    interpellée": a count of one of the missing, the dead, the arrested; "Une personne a déclaré" is no count,
    nor "une femme a perdu la vie", someone told of as "a woman died" is."""
    figures = extract_figures(
        "Une personne est portée disparue et une personne a été tuée. Une personne a été interpellée. "
        "Une personne a déclaré que l'eau montait. Une femme a perdu la vie.",
        "fr",
    )
    assert [(f.value, f.unit) for f in figures] == [(1, "missing"), (1, "death"), (1, "arrest")]


def test_one_witness_a_report_quotes_is_no_count():
    """Construction: "One resident, who asked not to be named, said", "one survivor told": a witness quoted;
    "One person died" stays a toll of one."""
    assert (
        keys(
            "One resident, who asked not to be named, said the river rose. One survivor told reporters.", "en"
        )
        == []
    )
    assert keys("One person died in the flood.", "en") == [(1, "count", "death")]


def test_a_french_superlative_after_the_noun_ranks_the_number():
    """Construction: "les 20 incendies les plus meurtriers", "des dix tempêtes les plus coûteuses": a rank, as
    "the 20 deadliest fires" is; "les 5 blessés sont les plus âgés" stays a count."""
    assert (
        keys("Parmi les 20 incendies les plus meurtriers et des dix tempêtes les plus coûteuses.", "fr") == []
    )
    assert keys("Les 5 blessés sont les plus âgés.", "fr") == [(5, "count", "injury")]


def test_a_persons_own_years_are_an_age():
    """Construction: "avant ses 70 ans", "pour ses 90 ans": a person's age; "ses 20 ans de carrière" stays a span."""
    assert keys("Il ne sortira pas avant ses 70 ans; elle a fêté ses 90 ans.", "fr") == [
        (70, "age", None),
        (90, "age", None),
    ]
    assert keys("Après ses 20 ans de carrière.", "fr") == [(20, "duration", "years")]


def test_canadian_dollars_written_dollars_ca():
    """Construction: a Quebec paper's conversion "(76 millions de dollars CA)"."""
    assert keys("La saisie de 40 millions d'euros (61 millions de dollars CA).", "fr") == [
        (40e6, "money", "EUR"),
        (61e6, "money", "CAD"),
    ]


def test_years_a_person_is_sentenced_to_are_a_term_not_an_age():
    """Construction: "Le couple écope en outre de 8 années d'inéligibilité": the term, though a person is named
    before it; "un couple de 70 ans" stays an age."""
    assert keys("Le couple écope en outre de 8 années d'inéligibilité.", "fr") == [(8, "duration", "years")]
    assert keys("Un couple de 70 ans a été secouru.", "fr") == [(70, "age", None)]


def test_at_one_point_is_an_idiom_and_monero_a_currency():
    """Construction: "at one point troops ran out" (a moment, no percentage point); "9,300 monero" beside
    bitcoin, an amount in that currency."""
    assert keys("At one point troops ran out of the mall.", "en") == []
    assert keys("They moved 2,100 bitcoin and 9,300 monero.", "en") == [
        (2100, "money", "BTC"),
        (9300, "money", "XMR"),
    ]
    assert keys("The haul comes to 53.72 XMRs.", "en") == [(53.72, "money", "XMR")]  # the code in the plural


def test_an_adjective_between_a_number_and_its_time_unit():
    """Construction: "after 42 consecutive days", "three straight days", "two full weeks": durations."""
    assert keys("Declared over after 42 consecutive days, three straight days and two full weeks.", "en") == [
        (42, "duration", "days"),
        (3, "duration", "days"),
        (2, "duration", "weeks"),
    ]


def test_a_figure_an_editor_inserted_in_square_brackets():
    """Construction: a translated quote with the editor's conversion "[2.7 degrees Fahrenheit]"; code ("[0]",
    "x[1]") stays no figure."""
    assert keys("Warming limited to 1.5C [2.7 degrees Fahrenheit] by 2100.", "en") == [
        (1.5, "temperature", "C"),
        (2.7, "temperature", "F"),
    ]
    assert keys("The array [0] and x[1] were empty.", "en") == []


def test_a_year_of_the_next_century_after_a_year_word():
    """Construction: climate reporting's "by 2100", "d'ici 2100": a year; "some 2100 people" stays a count."""
    assert keys("Warming could reach 3C by 2100.", "en") == [(3, "temperature", "C")]
    assert keys("Le réchauffement d'ici 2100 atteindra 4 °C.", "fr") == [(4, "temperature", "C")]
    assert keys("Some 2100 people fled.", "en") == [(2100, "count", "person")]


def test_the_hour_in_another_citys_time_in_brackets():
    """Construction: "peu après 14 heures locales (7 heures à Paris)": a time of day; "il a passé 7 heures à
    Paris" stays a duration."""
    assert keys("Le séisme a frappé peu après 14 heures locales (7 heures à Paris).", "fr") == []
    assert keys("Il a passé 7 heures à Paris.", "fr") == [(7, "duration", "hours")]


def test_more_than_said_of_the_noun_is_no_change_of_the_count():
    """Construction: "224 hospitalisations de plus de 24 heures" (stays of more than a day) is a level, so it
    matches "224 people have been hospitalised"; "12 morts de plus" stays a change."""
    fr = extract_figures("Au total, 224 hospitalisations de plus de 24 heures ont été comptées.", "fr")
    assert [(f.value, f.change) for f in fr if f.kind == "count"] == [(224, False)]
    en = extract_figures("In all, 224 people have been hospitalised.", "en")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).matched] == [(224, 224)]
    assert extract_figures("On compte 12 morts de plus.", "fr")[0].change


def test_the_second_count_of_a_toll_given_first_is_as_early_as_the_first():
    """Construction: "Le ministère avait d'abord donné un bilan de 22 morts et 21 blessés", then the update:
    the other version's 22 and 21 are that first toll, matched with it; the update, 24 dead and 18 injured, is
    the French version's alone (check sets 801-939 list such an update as one-sided, never as a dispute)."""
    fr = extract_figures(
        "Au moins 24 jeunes adultes ont été tués dans l'accident, qui a aussi fait 18 blessés. "
        "Le ministère avait d'abord donné un bilan de 22 morts et 21 blessés.",
        "fr",
    )
    assert [(f.value, f.unit, f.earlier) for f in fr] == [
        (24, "death", False),
        (18, "injury", False),
        (22, "death", True),
        (21, "injury", True),
    ]
    en = extract_figures(
        "The crash killed 22 passengers. The bus carried 43 people, and 21 were rushed to hospitals.", "en"
    )
    c = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in c.matched] == [(22, 22), (21, 21)] and c.conflicts == []
    assert [f.value for f in c.only_fr] == [24, 18]


def test_week_numbers_and_french_decades_are_no_figures():
    """Constructions: "entre les semaines 11 et 13", "in week 12" (a week of the year); "au début des années
    70" (a decade); "depuis deux semaines 40 personnes" keeps its count and "pendant 70 années" its span."""
    assert keys("Six décès survenus entre les semaines 11 et 13.", "fr") == [(6, "count", "death")]
    assert keys("Cases peaked in week 12.", "en") == []
    assert keys("Il faut revenir au début des années 70.", "fr") == []
    assert keys("Depuis deux semaines 40 personnes attendent.", "fr") == [
        (2, "duration", "weeks"),
        (40, "count", "person"),
    ]
    assert keys("Pendant 70 années.", "fr") == [(70, "duration", "years")]


def test_a_share_cut_to_whole_points_is_a_rounding_of_its_decimals():
    """Construction: the ministry's "29,51 %" reported as "29%" (cut, not rounded): one share given to fewer
    digits, a rounding's dispute; 29% against "30,51 %" is a disagreement outright."""
    en = extract_figures("The ministry counted 29% of teachers on strike.", "en")
    cut = compare_figures(en, extract_figures("Le ministère compte 29,51% de grévistes.", "fr"))
    assert [(a.value, b.value) for a, b in cut.rounded] == [(29, 29.51)] and cut.conflicts == cut.rounded
    other = compare_figures(en, extract_figures("Le ministère compte 30,51% de grévistes.", "fr"))
    assert [(a.value, b.value) for a, b in other.conflicts] == [(29, 30.51)] and other.rounded == []


def test_a_fate_reported_to_be_and_believed_to_be():
    """Construction: "another four were reported to be missing", "12 others are believed to be dead": the
    fate after "reported to be" or "believed to be" names what is counted."""
    assert keys("Five were injured and another four were reported to be missing.", "en") == [
        (5, "count", "injury"),
        (4, "count", "missing"),
    ]
    assert keys("Twelve others are believed to be dead.", "en") == [(12, "count", "death")]


def test_an_airliner_model_without_its_maker_named_nearby():
    """Construction: "The 26-year-old 737-500 aircraft", "the 737 MAX": a model and its series, no count; an
    amount of 737 euros stays money."""
    assert keys("The 26-year-old 737-500 aircraft was older than the 737 MAX.", "en") == [(26, "age", None)]
    assert keys("A fine of 737 euros.", "en") == [(737, "money", "EUR")]


def test_an_age_bound_before_a_word_that_is_no_noun():
    """Construction: "left children under 13 exposed to unsuitable content": an age bound, "exposed" no
    counted noun; "children under 13 schools" is not written."""
    assert keys("It left children under 13 exposed to content.", "en") == [(13, "age", None)]


def test_canadian_dollars_marked_cdn_after_the_amount():
    """Construction: a Canadian wire's "$1.65 Cdn" share price: Canadian dollars in a US wire's text."""
    assert keys("The stock fell to $1.65 Cdn on Monday.", "en") == [(1.65, "money", "CAD")]


def test_one_unit_of_time_said_as_how_long_with_for():
    """Construction: "could not begin treating her for an hour", "jailed for a year": one unit of time;
    "for a year or two" (vague) and "for a day of action" (an event) are none."""
    assert keys("Doctors could not treat her for an hour.", "en") == [(1, "duration", "hours")]
    assert keys("He was jailed for a year.", "en") == [(1, "duration", "years")]
    assert keys("It may last for a year or two.", "en") == []
    assert keys("Unions called for a day of action.", "en") == []


def test_an_earlier_count_its_version_never_updates_still_disputes():
    """Construction: "un député avait fait état de 170 morts et 41 survivants", and no later count of
    survivors: the 41 is that version's value and disputes "37 people were rescued"; the earlier 170 dead
    does not dispute the other toll (a toll's earlier value is one the version says was raised)."""
    fr = extract_figures(
        "Le ministre a indiqué que 207 personnes avaient perdu la vie. "
        "Un député avait fait état de 170 morts et 41 survivants.",
        "fr",
    )
    assert [(f.value, f.earlier) for f in fr] == [(207, False), (170, True), (41, True)]
    en = extract_figures("The ferry capsized, killing 136 people. Thirty-seven people were rescued.", "en")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(136, 207), (37, 41)]


def test_a_part_among_them_named_by_what_they_were():
    """Construction: "38 d'entre eux étaient étudiants" (a part named after "d'entre eux"), "12 d'entre elles
    ont été blessées" (by what happened to them), "1680 d'entre eux." (a count, not a year)."""
    assert keys("Selon le maire, 38 d'entre eux étaient étudiants.", "fr") == [(38, "count", "student")]
    assert keys("Douze d'entre elles ont été blessées.", "fr") == [(12, "count", "injury")]
    assert keys("Le départ de 1680 d'entre eux.", "fr") == [(1680, "count", "d'entre")]


def test_tens_and_units_written_apart_without_a_hyphen():
    """Construction: "Thirty seven students died" (one number, 37); "a twenty-five-year-old" stays an age."""
    assert keys("Thirty seven students died in the attack.", "en") == [(37, "count", "death")]
    assert keys("A twenty-five-year-old man was held.", "en") == [(25, "age", None)]


def test_a_fate_after_known_to_have_and_toll_named_by_its_cause():
    """Constructions: "at least 113 people are known to have died"; "pushed the country's flood toll to more
    than 120" (a toll of the dead without "death"); "killing 17 boys" (boys are people); "the toll road" is
    no toll."""
    assert keys("At least 113 people are known to have died.", "en") == [(113, "count", "death")]
    assert keys("The rains pushed the country's flood toll to more than 120.", "en") == [
        (120, "count", "death")
    ]
    assert keys("The fire swept a dormitory, killing 17 boys.", "en") == [(17, "count", "death")]
    assert keys("The toll road cost 12 dollars.", "en") == [(12, "money", "USD")]


def test_people_displaced_are_a_count_of_their_own():
    """Construction: "plus de 185.000 personnes déplacées", "200,000 displaced people": the displaced, not
    people in general (not the 200,000 "affected" of the other version)."""
    assert keys("Le gouvernement a recensé 185.000 personnes déplacées.", "fr") == [
        (185000, "count", "displaced")
    ]
    assert keys("The floods left 200,000 displaced people.", "en") == [(200000, "count", "displaced")]


def test_the_worst_hurt_said_in_critical_condition_or_intensive_care():
    """Construction: "including eight in critical condition", "dont deux en soins intensifs": a count of the
    critically injured; "douze en France" stays a count of no noun."""
    assert keys("Twenty survivors were treated, including eight in critical condition.", "en") == [
        (20, "count", "survivor"),
        (8, "count", "critical"),
    ]
    assert keys("Quatorze personnes sont soignées, dont deux en soins intensifs.", "fr")[-1] == (
        2,
        "count",
        "critical",
    )
    assert keys("Il y a douze en France.", "fr") == [(12, "count", None)]


def test_an_amount_in_millions_said_flat_restates_nothing_of_its_version():
    """Construction: "la France allait débloquer 100 millions d'euros" beside "96 millions d'euros" of another
    donor: not a rounding of it, so the English "$100 million" disputes its currency."""
    en = extract_figures("France promised $100 million. Germany gave 96 million euros.", "en")
    fr = extract_figures(
        "La France allait débloquer 100 millions d'euros. L'Allemagne a donné 96 millions d'euros.", "fr"
    )
    assert [(a.currency, b.currency) for a, b in compare_figures(en, fr).conflicts] == [("USD", "EUR")]


def test_a_pluperfect_report_of_a_toll_is_an_earlier_value():
    """Construction: "The increase came after authorities had raised the toll to 39": an earlier toll."""
    (figure,) = extract_figures("The increase came after authorities had raised the toll to 39.", "en")
    assert (figure.value, figure.unit, figure.earlier) == (39, "death", True)


def test_a_peoples_count_is_not_a_count_of_its_country():
    """Construction: "22 people died in Nepal" against "16 Népalais" on board: a toll of a place and a count of
    a people are two quantities, not one disputed."""
    en = extract_figures("The crash killed 22 people in Nepal.", "en")
    fr = extract_figures("Parmi les passagers figuraient 16 Népalais.", "fr")
    assert compare_figures(en, fr).conflicts == []


def test_french_cases_said_fatal_are_deaths():
    """Construction: "100.306 cas d'overdoses fatales", "12 cas mortels": the dead, so "100,300 Americans
    died" agrees; "12 cas de rougeole" stays cases."""
    assert keys("Le pays a recensé 100.306 cas d'overdoses fatales.", "fr") == [(100306, "count", "death")]
    assert keys("On compte 12 cas mortels et 12 cas de rougeole.", "fr") == [
        (12, "count", "death"),
        (12, "count", "case"),
    ]


def test_a_persons_noun_behind_a_prefix_gives_an_age():
    """Construction: "Cet ex-procureur de 57 ans", "le maire de 45 ans": ages; "une peine de 10 ans" a term."""
    assert keys("Cet ex-procureur de 57 ans a fait mieux que prévu.", "fr") == [(57, "age", None)]
    assert keys("Le maire de 45 ans a démissionné.", "fr") == [(45, "age", None)]
    assert keys("Une peine de 10 ans.", "fr") == [(10, "duration", "years")]


def test_millions_said_to_two_digits_round_the_precise_value():
    """Construction: "180 million people" against "181 millions d'entre eux", "$9.2 million" against "9 185 000
    $": one quantity rounded, a rounding's dispute each, flagged as one-sided in neither version."""
    en = extract_figures("Aid will reach 180 million people, and a $9.2 million fine was paid.", "en")
    fr = extract_figures(
        "L'aide atteindra 181 millions d'entre eux, et une amende de 9 185 000 $.", "fr", "CAD"
    )
    comparison = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in comparison.rounded] == [(180e6, 181e6), (9.2e6, 9_185_000)]
    assert comparison.conflicts == comparison.rounded and comparison.only_en == comparison.only_fr == []


def test_a_body_figure_its_own_title_rounds_disputes_the_other_versions_rounding():
    """Construction: a French title "46 milliards de dollars" over a body's "46,4 milliards", against the
    English "USD46 billion": the body's figure is the quantity, not a figure only the French report gives; the
    English rounds it, a dispute told apart as a rounding (as the development set counts "$40.1 billion"
    against "40 milliards"), and the headline takes no match of its own."""
    fr = Article(
        title="L'ONU demande 46 milliards de dollars",
        blocks=[
            Block(
                "paragraph",
                "L'an dernier, l'ONU avait demandé 57 milliards de dollars. Cette fois, l'appel, de 46,4 "
                "milliards, vise 180 millions de personnes.",
            )
        ],
        lang="fr",
        date=datetime(2023, 12, 11),
    )
    en = extract_figures(
        "The UN appealed for USD46 billion to help 180 million people, after USD57 billion last year.", "en"
    )
    body, fields = article_figures(fr)
    comparison = compare_figures(en, body + fields)
    assert comparison.only_fr == [] and comparison.only_en == []
    assert [(a.value, b.value) for a, b in comparison.rounded] == [(46e9, 46.4e9)]


def test_a_scaled_sum_of_assets_is_money():
    """Construction: "avec quelque 134 milliards d'actifs" after a sum in dollars: the assets are money in the
    currency said before, not a count of "actifs"."""
    assert keys(
        "RBC paiera 13,5 milliards $. La banque compte quelque 134 milliards d'actifs.", "fr", "CAD"
    ) == [
        (13.5e9, "money", "CAD"),
        (134e9, "money", "CAD"),
    ]


def test_blue_helmets_are_peacekeepers():
    """Construction: "three blue helmets", "trois casques bleus": a count of peacekeepers, one noun in both."""
    assert keys("The attack killed 12 civilians and hurt three blue helmets.", "en")[-1] == (
        3,
        "count",
        "peacekeeper",
    )
    assert keys("Trois casques bleus sont arrivés.", "fr") == [(3, "count", "peacekeeper")]


def test_one_amount_each_report_gives_in_another_currency():
    """Construction: "the government allocated $67 million" against "63 millions d'euros": one amount, each
    report's own conversion, shown as matched (no disagreement), not as two amounts each report alone gives;
    a sum in a local currency against dollars ("Rs 2 lakh", "2 400 dollars") is left as it is, and so are two
    amounts too far apart to be one ("$67 million", "20 millions d'euros")."""
    en = extract_figures("The government allocated $67 million.", "en")
    fr = extract_figures("Le gouvernement a débloqué 63 millions d'euros.", "fr")
    converted = compare_figures(en, fr)
    assert converted.conflicts == []
    assert [(a.currency, b.currency) for a, b in converted.converted] == [("USD", "EUR")]
    far = extract_figures("Le gouvernement a débloqué 20 millions d'euros.", "fr")
    apart = compare_figures(en, far)
    assert apart.conflicts == [] and apart.converted == []
    assert [f.value for f in apart.only_en + apart.only_fr] == [67_000_000, 20_000_000]


def test_a_toll_named_as_the_first_one_across_an_aside():
    """Construction: "Le premier bilan de ces violences, survenues mardi, était de 41 femmes tuées": the first
    toll, though an aside stands between; the other version's "at least 41" is that first toll, and 46 the
    French version's alone."""
    fr = extract_figures(
        "Les affrontements ont fait 46 morts. Le premier bilan de ces violences, survenues mardi, était de 41 "
        "femmes tuées.",
        "fr",
    )
    assert [(f.value, f.earlier) for f in fr] == [(46, False), (41, True)]
    en = extract_figures("At least 41 women have been killed in the riot.", "en")
    c = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in c.matched] == [(41, 41)] and c.conflicts == []
    assert [f.value for f in c.only_fr] == [46]


def test_one_thing_to_the_next_is_an_idiom():
    """Construction: "moving it from one country to the next", "from one municipality to another": no count;
    "one person was taken to hospital" stays one."""
    assert keys("They moved the cash from one country to the next.", "en") == []
    assert keys("Prices vary from one municipality to another.", "en") == []
    assert keys("One person was taken to hospital.", "en") == [(1, "count", "injury")]


def test_a_titles_toll_under_a_body_that_gives_it_risen():
    """Construction: a title "At least 100 dead" over a body where "the death toll had risen to 135", against
    "100 morts": the title kept the earlier toll; the body's 135 disputes the other version's 100. A title's
    toll of one place ("66 morts à Montréal") is a part, no earlier toll."""
    en = Article(
        title="Blast kills at least 100 people",
        blocks=[
            Block("paragraph", "The health minister said the death toll had risen to 135 people killed.")
        ],
        lang="en",
        date=datetime(2020, 8, 5),
    )
    body, fields = article_figures(en)
    fr = extract_figures("L'explosion a fait 100 morts, selon la Croix-Rouge.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(body + fields, fr).conflicts] == [(135, 100)]


def test_one_unit_of_time_as_an_adjective_with_long():
    """Construction: "declared a week-long state of emergency", "a year-long inquiry": one unit of time, as
    "un état d'urgence d'une semaine" says it."""
    assert keys("The premier declared a week-long state of emergency.", "en") == [(1, "duration", "weeks")]
    assert keys("It opened a year-long inquiry.", "en") == [(1, "duration", "years")]


def test_a_week_long_in_a_heading_is_colour():
    """Construction: a subheading "A week-long furnace" over a body that gives the span ("at least six days"):
    no span of its own; in a sentence, "a week-long state of emergency" is one."""
    assert keys("A week-long furnace\nThe heat should last at least six days.", "en") == [
        (6, "duration", "days")
    ]


def test_a_trade_named_before_de_n_ans_is_a_persons_age():
    """Construction: "Younes, un menuisier de 27 ans, a avoué": the carpenter's age (a trade is a person);
    "une peine de 10 ans" stays a term."""
    assert keys("Younes, un menuisier de 27 ans, a avoué.", "fr") == [(27, "age", None)]
    assert keys("Une peine de 10 ans.", "fr") == [(10, "duration", "years")]


def test_crowns_are_the_currency_of_the_country_the_text_names():
    """Construction: "sales of 159.4 billion crowns" in a report on a Norwegian company (kroner), "3
    milliards de couronnes" about Sweden (kronor); "two crowns" on a king's head stay a count."""
    assert keys("The Norwegian firm booked sales of 159.4 billion crowns.", "en")[0] == (
        159.4e9,
        "money",
        "NOK",
    )
    assert keys("La Suède a versé 3 milliards de couronnes.", "fr") == [(3e9, "money", "SEK")]
    assert keys("The king wore two crowns.", "en") == [(2, "count", "crowns")]


def test_a_capital_a_without_its_accent_opening_a_sentence_is_a_time_of_day():
    """Construction: "A 7 heures, lundi, le feu avait repris": French papers print "À" as a bare capital "A";
    the hour is a time of day. "Il y a 7 heures" (ago) and "A 36 heures du vote" stay spans of time."""
    assert keys("A 7 heures, lundi, le feu avait repris.", "fr") == []
    assert keys("Le vent tombe. A 7 heures, 40 pompiers sont repartis.", "fr") == [
        (40, "count", "firefighter")
    ]
    assert keys("Il y a 7 heures, le feu a repris.", "fr") == [(7, "duration", "hours")]
    assert keys("A 36 heures du vote, rien ne bouge.", "fr") == [(36, "duration", "hours")]


def test_one_unit_of_mourning_is_a_span_of_time():
    """Construction: "a week of national mourning": a period of mourning of one unit, said with the article, is
    a duration like "three days of mourning" (a single day named for mourning is none, see
    test_a_day_named_for_mourning_is_no_span)."""
    assert keys("The president declared a week of national mourning.", "en") == [(1, "duration", "weeks")]
    assert keys("Trois jours de deuil national.", "fr") == [(3, "duration", "days")]
    assert keys("A day of action against the reform.", "en") == []


def test_a_routes_number_before_its_noun_is_no_count():
    """Construction: "a stop for the 151 line", "the 80 bus", "le bus 151": the number names a transit route;
    "the 12 buses" and "the 40 line workers" count."""
    assert keys("A stop for the 151 line sits nearby.", "en") == []
    assert keys("He took the 80 bus to work.", "en") == []
    assert keys("Le bus 151 passait par là.", "fr") == []
    assert keys("The 12 buses were late.", "en") == [(12, "count", "bus")]
    assert keys("The 40 line workers walked out.", "en") == [(40, "count", "worker")]


def test_a_range_of_ages_from_months_to_years_is_two_ages():
    """Construction: "âgées de 6 mois à 58 ans", "aged between 6 months and 58 years": each bound has its own
    unit, the range's age context comes before the first; "de 6 mois à 2 ans en prison" stays spans."""
    assert keys("Les personnes infectées sont âgées de 8 mois à 61 ans.", "fr") == [
        (8, "age", "months"),
        (61, "age", None),
    ]
    assert keys("The victims were aged between 8 months and 61 years.", "en") == [
        (8, "age", "months"),
        (61, "age", None),
    ]
    assert keys("Il risque de 6 mois à 2 ans de prison.", "fr") == [
        (6, "duration", "months"),
        (2, "duration", "years"),
    ]


def test_a_bare_dollar_converting_canadian_dollars_is_the_publishers():
    """Construction: "a charge of 40 million Canadian dollars, or about $30 million" in a US report: the "$"
    is the conversion into the publisher's dollar, not one more Canadian amount ("100 dollars canadiens"
    notes in a text with no conversion still make its bare dollars Canadian)."""
    from reader.figures.currency import text_dollar

    assert text_dollar("It will cost 40 million Canadian dollars, or about $30 million.", "USD") == "USD"
    assert text_dollar("It will cost 40 million Canadian dollars (about $30 million).", "USD") == "USD"
    assert text_dollar("Police seized fake 100 Canadian dollars notes worth $2 million.", "USD") == "CAD"


def test_a_text_saying_its_books_are_in_us_dollars_counts_us_dollars():
    """Construction: "The company, which keeps its books in U.S. dollars, reported a net loss of $337
    million" in a Canadian wire's report, "Tous les montants sont en dollars américains": US dollars."""
    from reader.figures.currency import text_dollar

    assert text_dollar("The firm, which keeps its books in U.S. dollars, lost $337 million.", "CAD") == "USD"
    assert text_dollar("Tous les montants sont en dollars américains. Perte de 3 $.", "CAD") == "USD"
    assert text_dollar("The firm lost $337 million.", "CAD") == "CAD"


def test_a_year_after_a_comparison_dates_only_the_figure_compared():
    """Construction: "45.756 migrants l'an dernier, contre seulement 28.526 en 2021", "412 units, up from 380
    in 2019": the year dates the earlier figure, not the one the sentence opens with."""
    dated = {
        f.text: f.year
        for f in extract_figures(
            "Quelque 45.756 migrants l'an dernier, contre seulement 28.526 en 2021.", "fr"
        )
    }
    # "l'an dernier" dates its figure to the year before the article's (see reader.pipeline), not to 2021
    assert dated["45.756"] == YEAR_BEFORE_ARTICLE and dated["28.526"] == 2021
    dated = {f.text: f.year for f in extract_figures("Sales rose to 412 units, up from 380 in 2019.", "en")}
    assert dated["412"] is None and dated["380"] == 2019
    assert extract_figures("Some 412 people died in 2019.", "en")[0].year == 2019


def test_an_amount_by_the_hour_or_month_glued_to_its_rate_is_money():
    """Construction: "a $15-an-hour minimum wage", "the $2,000-per-month benefit", "a $500-a-week benefit":
    the rate is glued to the amount with hyphens; the amount is still one."""
    assert keys("They want a $15-an-hour minimum wage.", "en", "CAD") == [(15, "money", "CAD")]
    assert keys("She applied for the $2,000-per-month benefit.", "en", "CAD") == [(2000, "money", "CAD")]
    assert keys("It pays a $500-a-week benefit.", "en") == [(500, "money", "USD")]


def test_a_means_with_its_article_after_par_is_no_unit_of_a_price():
    """Construction: "par l'intermédiaire de 30 fournisseurs": a means, so 30 counts; "4 $ par cartouche de
    200 cigarettes" stays the size of the unit a price is for."""
    assert keys("Un millier d'entreprises, par l'intermédiaire de 30 fournisseurs.", "fr")[-1] == (
        30,
        "count",
        "fournisseurs",
    )
    assert keys("Il coûte 4 $ par cartouche de 200 cigarettes.", "fr", "CAD") == [(4, "money", "CAD")]


def test_french_spellings_of_ether_are_the_currency():
    """Construction: "173.600 éthereums" (the accented French spelling) is an amount of ether, like "173,600
    Ethereum"."""
    assert keys("Un pirate a volé 173.600 éthereums.", "fr") == [(173600, "money", "ETH")]


def test_one_unit_and_a_half_said_without_a_bound_is_a_duration():
    """Construction: "a month and a half earlier", "It lasted a year and a half": 1.5 units, as "un mois et
    demi"; with a bound ("more than a year and a half") it is marked so."""
    assert keys("The first case was found a month and a half earlier.", "en") == [(1.5, "duration", "months")]
    assert keys("Le chantier a duré un mois et demi.", "fr") == [(1.5, "duration", "months")]
    (bounded,) = extract_figures("It took more than a year and a half.", "en")
    assert (bounded.value, bounded.unit, bounded.approx) == (1.5, "years", "at least")


def test_an_alert_s_signal_number_is_no_count():
    """Construction: "took place in 2018 (signal 3224) and 2020 (signal 3549)": the number of a health alert,
    a name."""
    assert keys("Outbreaks took place in 2018 (signal 3224) and 2020 (signal 3549).", "en") == []


def test_two_number_words_joined_by_a_the_second_larger_are_a_range():
    """Construction: "deux à trois jours d'incubation", "cinq à dix minutes" with no "de" or "entre" before:
    a range sharing its unit; "huit à trois ans de prison" (eight people, three years each) is none."""
    assert keys("Il faut deux à trois jours d'incubation.", "fr") == [
        (2, "duration", "days"),
        (3, "duration", "days"),
    ]
    assert keys("Condamnés, huit à trois ans de prison.", "fr") == [
        (8, "count", None),
        (3, "duration", "years"),
    ]


def test_a_scale_letter_glued_to_the_number_before_the_symbol_is_the_scale():
    """Construction: "un règlement de 1,8G$US", "3M€": the Quebec papers' billions and millions glued to the
    number, then the symbol and its country; "the 5G network" stays no figure."""
    assert keys("Un règlement de 1,8G$US avec le département.", "fr", "CAD") == [(1.8e9, "money", "USD")]
    assert keys("Un coût de 3M€ cette année.", "fr") == [(3e6, "money", "EUR")]
    assert keys("The 5G network is down.", "en") == []
    assert keys("Valued At Over $600M", "en") == [(6e8, "money", "USD")]  # the letter ends the text


def test_a_founding_year_dates_no_figure_of_its_sentence():
    """Construction: "Fondé en 1841, le plus vieux voyagiste emploie 22.000 personnes", "Founded in 1998, the
    firm employs 4,300 people": the year of the founding, not of the count; "En 2019, 43 personnes sont
    mortes" stays dated."""
    assert [
        f.year for f in extract_figures("Fondé en 1841, le voyagiste emploie 22.000 personnes.", "fr")
    ] == [
        None,
        None,
    ]
    assert extract_figures("Founded in 1998, the firm employs 4,300 people.", "en")[1].year is None
    assert extract_figures("En 2019, 43 personnes sont mortes.", "fr")[1].year == 2019


def test_an_english_date_signing_a_post_quoted_in_a_french_report_is_no_figure():
    """Construction: a post quoted in a French report, signed "— Jean Dupré (@jdupre) September 23, 2019":
    the day is a date, not a count."""
    assert keys("On marche sur la tête. — Jean Dupré (@jdupre) September 23, 2019", "fr") == []


def test_a_capitalised_number_word_inside_a_name_is_no_count():
    """Construction: "Water from the Lake of Two Mountains has pushed through the dike", "the Five Eyes
    alliance", "le lac des Deux Montagnes": a number word in a name, capitalised mid-sentence before another
    capitalised word; "Two Canadians were hurt" opening a sentence still counts."""
    assert keys("Water from the Lake of Two Mountains has pushed through the dike near the town.", "en") == []
    assert keys("Officials from the Five Eyes alliance met on Monday to discuss the threat.", "en") == []
    assert keys("L'eau du lac des Deux Montagnes a franchi la digue qui protège la ville.", "fr") == []
    assert keys("The storm hit hard. Two Canadians were hurt in the town.", "en") == [
        (2, "count", "national")
    ]


def test_a_bare_number_after_a_french_singular_article_names_a_road_or_a_day():
    """Construction: "des tronçons d'autoroutes, notamment la 15, la 20 et la 40", "arrivé le 15": a count
    above one never takes "la" or "le"; the number names a highway, a line or a day. "le 20 %" and "porte à
    39 le bilan" stay figures."""
    assert keys("Des tronçons d'autoroutes sont fermés, notamment la 15, la 20 et la 40.", "fr") == []
    assert keys("Il est arrivé le 15.", "fr") == []
    assert keys("Le taux passe à le 20 %.", "fr") == [(20, "percent", None)]


def test_two_numbers_of_a_range_after_a_bound_share_their_unit():
    """Construction: "au moins 7 à 10 jours de travaux": the range opens after a bound, not after "de"; the
    first number is days too. "huit à 3 ans" (eight people, three years each) stays apart."""
    assert keys("Il faut au moins 7 à 10 jours de travaux.", "fr") == [
        (7, "duration", "days"),
        (10, "duration", "days"),
    ]
    assert keys("Condamnés, huit à 3 ans de prison.", "fr") == [(8, "count", None), (3, "duration", "years")]


def test_a_year_said_right_after_a_figure_dates_it_before_a_year_earlier_in_the_sentence():
    """Construction: "décéléré en 2023, en hausse de 3,7% après une progression de 4% en 2022": the 4% is of
    2022, though 2023 is named before it; the 3,7% stays 2023's."""
    dated = {
        f.text: f.year
        for f in extract_figures(
            "Elles ont décéléré en 2023, en hausse de 3,7% après une hausse de 4% en 2022.", "fr"
        )
    }
    assert dated["3,7%"] == 2023 and dated["4%"] == 2022


def test_a_prison_term_of_one_unit_is_a_duration():
    """Construction: "requis un an de prison avec sursis", "un mois ferme", "a year in prison": a sentence
    of one unit, said with the article, is a duration like "deux ans de prison"; "Il y a un an, la ferme"
    is none."""
    assert keys("Le parquet a requis un an de prison avec sursis.", "fr") == [(1, "duration", "years")]
    assert keys("Il a écopé d'un mois ferme.", "fr") == [(1, "duration", "months")]
    assert keys("He got a year in prison.", "en") == [(1, "duration", "years")]
    assert keys("Il y a un an, la ferme a brûlé.", "fr") == []


def test_the_first_amount_of_a_range_with_its_own_symbol_takes_the_scale_of_the_second():
    """Construction: "ransom demands ranging between €5 to €70 million", "from $5 to $70 million": the
    symbol is said twice, the scale once; "It cost $5 and $70 million" (no range) keeps $5."""
    assert keys("Ransom demands ranging between €5 to €70 million.", "en") == [
        (5e6, "money", "EUR"),
        (7e7, "money", "EUR"),
    ]
    assert keys("It cost $5 and $70 million.", "en") == [(5, "money", "USD"), (7e7, "money", "USD")]


def test_a_french_text_writing_millions_of_dollars_as_quebec_does_counts_canadian_dollars():
    """Construction: "Le Cégep obtiendra 1 M$" from a publisher nothing places: Quebec's "M$" says
    Canadian dollars; "1 M$ US" and "5 millions de dollars" do not."""
    from reader.figures.currency import article_dollar

    assert (
        article_dollar("Le Cégep obtiendra 1 M$ à la suite du jugement.", "L'Écho du Lac", lang="fr") == "CAD"
    )
    assert article_dollar("Une rançon de 1 M$ US.", "L'Écho du Lac", lang="fr") == "USD"
    assert article_dollar("Une rançon de 5 millions de dollars.", "L'Écho du Lac", lang="fr") == "USD"


def test_a_span_of_one_unit_then_what_followed_is_a_duration():
    """Construction: "looked after at home for a week and then admitted": "and then" goes on with the story;
    "for a day and a night" stays no figure."""
    assert keys("He was looked after at home for a week and then admitted.", "en") == [
        (1, "duration", "weeks")
    ]
    assert keys("They walked for a day and a night.", "en") == []


def test_a_count_said_to_be_additional_is_a_change():
    """Construction: "88 personnes supplémentaires ont succombé en une semaine", "88 additional deaths": as
    many more, a change of the toll (like "the toll rose by 88"), never matched with a level."""
    (more, _) = extract_figures("88 personnes supplémentaires ont succombé en une semaine.", "fr")
    assert more.change
    assert extract_figures("Some 88 additional deaths were recorded.", "en")[0].change
    assert not extract_figures("Some 88 deaths were recorded.", "en")[0].change


def test_per_cent_hyphenated_after_a_space_and_last_year_are_read():
    """Construction: "wage increases of 9 per-cent over three years" (the hyphenated spelling, spaced from
    the number) is a share; "grew by over 1 million last year": "last" names no counted thing."""
    assert keys("Its offer included wage increases of 9 per-cent over three years.", "en")[0] == (
        9,
        "percent",
        None,
    )
    assert keys("Population grew by over 1 million last year.", "en") == [(1e6, "count", None)]


def test_the_suspended_part_of_an_english_prison_term_is_in_its_unit():
    """Construction: "a sentence of five years in prison, with three suspended": the three are years of the
    term, as in "quatre ans de prison, dont deux avec sursis"."""
    assert keys("A sentence of five years in prison, with three suspended, was handed down.", "en") == [
        (5, "duration", "years"),
        (3, "duration", "years"),
    ]


def test_the_two_persons_a_text_points_back_to_are_no_count():
    """Construction: "when the two men were cleared", "Les deux hommes ont toujours soutenu": two persons
    named before; "The two men killed in the crash" stays a toll. "In one case, a tree fell" is an idiom."""
    assert keys("As at first instance, when the two men were cleared, the appeal began.", "en") == []
    assert keys("Les deux hommes ont toujours soutenu leur innocence.", "fr") == []
    assert keys("The two men killed in the crash were brothers.", "en") == [(2, "count", "death")]
    assert keys("In one case, a tree fell on a car.", "en") == []


def test_the_number_of_a_noun_said_to_be_a_value_names_the_count():
    """Construction: "the number of confirmed deaths across the country was now 89" (an adjective before the
    noun, "was now" before the value) is a toll, as "put the number of injuries at 1,175" is injuries."""
    assert keys("Officials said the number of confirmed deaths across the country was now 89.", "en") == [
        (89, "count", "death")
    ]
    assert keys("They put the number of injuries at 1,175.", "en") == [(1175, "count", "injury")]


def test_temperatures_below_zero_said_with_minus_and_wind_chills():
    """Construction: "a low of minus-29C", "temperatures dipped to minus-26 C" (the sign word hyphenated, as
    Canadian papers print it), "it was minus 26 C", and the temperature felt: "felt like minus-41", "a wind
    chill of -43", "le refroidissement éolien a atteint les -50": degrees below zero."""
    assert keys("Environment Canada recorded a low of minus-29C in the city.", "en") == [
        (-29, "temperature", "C")
    ]
    assert keys("Temperatures dipped to minus-26 C in Montreal.", "en") == [(-26, "temperature", "C")]
    assert keys("It was minus 26 C outside.", "en") == [(-26, "temperature", "C")]
    assert keys("It felt like minus-41 at dawn.", "en") == [(-41, "temperature", "C")]
    assert keys("The game felt like playing it again <3", "en") == [(3, "count", None)]  # no reading
    assert keys("Le refroidissement éolien a atteint les -50, et les vents soufflaient.", "fr") == [
        (-50, "temperature", "C")
    ]


def test_a_long_paragraph_listing_names_is_no_headline_and_its_station_numbers_are_names():
    """Construction: "la fermeture des stations Funny 1290 de Winnipeg, Funny 1060 de Calgary, TSN 1260
    Radio d'Edmonton ... ainsi que NewsTalk 1290 de London": a paragraph of names (no Title Case headline: it
    is long), so each number after a capitalised name is part of the name."""
    text = (
        "Le groupe a aussi annoncé la fermeture des stations Funny 1290 de Winnipeg, Funny 1060 de Calgary, "
        "TSN 1260 Radio d'Edmonton, BNN Bloomberg Radio 1410 et Funny 1040 de Vancouver, ainsi que NewsTalk "
        "1290 de London."
    )
    assert keys(text, "fr") == []


def test_a_person_who_was_n_at_the_time_is_an_age():
    """Construction: "Bissonnette, who was 27 at the time of the killings", "She was 19 when she left": a
    person's age then; "The firm, which was 12 at the time" stays a count."""
    assert keys("The man, who was 27 at the time of the killings, got a life sentence.", "en") == [
        (27, "age", None)
    ]
    assert keys("She was 19 when she left.", "en") == [(19, "age", None)]
    assert keys("The firm, which was 12 at the time, grew.", "en") == [(12, "count", None)]


def test_a_communes_code_an_idle_cent_and_investigators():
    """Constructions: "à Saint-Jean-de-Minervois (34)": a hyphenated commune's name, though it ends like a
    people's, before a département's code; "ne recevront pas un centime": an idiom, no amount; "1,500
    investigators" are officers (against "1.400 policiers")."""
    assert keys("Plus de 40°C à Saint-Jean-de-Minervois (34) le 16 juin.", "fr") == [(40, "temperature", "C")]
    assert keys("Les cantons ne recevront pas un centime de la banque.", "fr") == []
    c = compare_figures(
        extract_figures("About 1,500 investigators took part in the raids.", "en"),
        extract_figures("Quelque 1.400 policiers ont participé aux perquisitions.", "fr"),
    )
    assert [(a.value, b.value) for a, b in c.conflicts] == [(1500, 1400)]


def test_a_count_of_aircraft_named_by_maker_and_model_counts_the_aircraft():
    """Construction: "flies nine Boeing 737 Max aircraft", "ordered 50 Boeing 787 jets": the maker and the
    model stand between the count and the aircraft counted (against "9 appareils")."""
    assert keys("The airline, which flies nine Boeing 737 Max aircraft, started service.", "en") == [
        (9, "count", "plane")
    ]
    assert keys("It ordered 50 Boeing 787 jets.", "en") == [(50, "count", "plane")]


def test_hryvnias_are_ukraines_currency():
    """Construction: "5 million Ukrainian Hryvnia, or nearly $185,000, in cash", "5 millions de hryvnias"."""
    assert keys("Police seized 5 million Ukrainian Hryvnia, or nearly $185,000, in cash.", "en")[0] == (
        5e6,
        "money",
        "UAH",
    )
    assert keys("La police a saisi 5 millions de hryvnias.", "fr") == [(5e6, "money", "UAH")]


def test_an_airliners_variant_joined_by_a_non_breaking_hyphen_is_part_of_its_name():
    """Construction: "le Boeing 787‑8 Dreamliner" with U+2011 (a non-breaking hyphen, as web pages print it):
    the variant, as in "787-8", no count."""
    assert keys("Hier, le Boeing 787\u20118 Dreamliner d'Air India a décollé.", "fr") == []


def test_hyphens_printed_as_u2010_or_u2011_join_as_hyphens_do():
    """Construction: web pages' non-breaking hyphens: "COVID‑19" (a name), "a 30‑year‑old man" (an age),
    "in 2018‑19, 40 died" (a fiscal year): read as "-", each figure keeping its text as printed."""
    assert keys("Les cas de COVID\u201119 augmentent.", "fr") == []
    (age,) = extract_figures("A 30\u2011year\u2011old man was arrested.", "en")
    assert (age.kind, age.value, age.text) == ("age", 30, "30\u2011year\u2011old")
    assert keys("In 2018\u201119, 40 people died.", "en") == [(40, "count", "death")]


def test_a_scaled_sum_of_livres_is_sterling_even_near_peser_or_before_a_money_noun():
    """Constructions: "pèserait d'environ 300 millions de livres sur son bénéfice" (weighing on a profit, not a
    weight), "plus d'un milliard de livres de valeur boursière" (pounds of value, not books); a person's weight
    and books of a kind stay what they were."""
    assert keys("La cyberattaque pèserait d'environ 300 millions de livres sur son bénéfice.", "fr") == [
        (3e8, "money", "GBP")
    ]
    assert keys("Elle a coûté plus d'un milliard de livres de valeur boursière.", "fr") == [
        (1e9, "money", "GBP")
    ]
    assert keys("Le suspect pèse 240 livres.", "fr") == []
    assert [k[1] for k in keys("Il a vendu 2 millions de livres de cuisine.", "fr")] == ["count"]


def test_crowns_named_by_their_country_are_that_countrys_currency():
    """Construction: "300-350 million Norwegian crowns ($35-41 million)": a range of NOK with its conversion."""
    assert keys("The costs reached 300-350 million Norwegian crowns ($35-41 million).", "en") == [
        (3e8, "money", "NOK"),
        (3.5e8, "money", "NOK"),
        (3.5e7, "money", "USD"),
        (4.1e7, "money", "USD"),
    ]
    assert keys("A fine of 4 million Swedish crowns.", "en") == [(4e6, "money", "SEK")]


def test_money_named_by_a_cost_verb_worth_of_goods_or_en_profits():
    """Constructions with no currency word after a Canadian publisher's "$" amount: "l'application a coûté
    environ 59,5 millions aux contribuables" (a cost verb), "a réalisé pour près de 2 milliards de projets"
    (goods worth a sum), "en a tiré plus de 100 millions en profits nets" after a count of projects (a sum,
    not the projects counted again). "un médecin pour 2 millions d'habitants" stays a count."""
    text = "La facture initiale était de 80 000 $. L'application a coûté environ 59,5 millions aux contribuables."
    assert keys(text, "fr", "CAD") == [(80000, "money", "CAD"), (59.5e6, "money", "CAD")]
    text = (
        "La firme a payé une amende de 280 millions $. Elle a réalisé pour près de 2 milliards de projets en "
        "Libye, et en a tiré plus de 100 millions en profits nets."
    )
    assert keys(text, "fr", "CAD") == [(2.8e8, "money", "CAD"), (2e9, "money", "CAD"), (1e8, "money", "CAD")]
    text = "La région compte un médecin pour 2 millions d'habitants et un budget de 3 millions de dollars."
    assert [k[1] for k in keys(text, "fr", "CAD")] == ["count", "money"]


def test_a_bracketed_dollar_amount_after_one_in_canadian_dollars_is_its_us_conversion():
    """Construction: "une amende de 50 millions de dollars canadiens (37,99 millions de dollars)", a wire's
    conversion into US dollars, as "C$280 million ($211 million)"."""
    text = "Elle s'est vu imposer une amende de 50 millions de dollars canadiens (37,99 millions de dollars) hier."
    assert keys(text, "fr", "CAD") == [(5e7, "money", "CAD"), (37.99e6, "money", "USD")]


def test_an_age_said_as_now_after_a_name_and_a_villages_bracketed_count():
    """Constructions: "ordered Bebawi, now 76, to begin serving" (an age at the time of the report); "dans le
    village de Guillos (500)" (a count: three digits are no département's code, but "Saint-Denis (974)" is);
    "Dix moyens aériens" (aircraft, as "Four aircraft")."""
    assert keys("The court ordered Bebawi, now 76, to begin serving his sentence.", "en") == [
        (76, "age", None)
    ]
    text = "Près de 6.500 personnes ont été évacuées, de la dune (6.000) et du village de Guillos (500)."
    assert [k[0] for k in keys(text, "fr")] == [6500, 6000, 500]
    assert keys("Un incendie à Sète (34) et à Saint-Denis (974).", "fr") == []
    assert keys("Dix moyens aériens sont mobilisés au total.", "fr") == [(10, "count", "plane")]


def test_a_forecasts_spaced_bare_celsius_readings_are_temperatures():
    """Construction: "with a forecasted high of 30 C", "around 24 C, with a low of around 17 to 19 C": a
    forecast's highs and lows with a spaced "C" and no word of heat."""
    assert keys("Sunny skies all day, with a forecasted high of 30 C.", "en") == [(30, "temperature", "C")]
    text = "Highs should hold at around 24 C, with a low of around 17 to 19 C."
    assert [k[:2] for k in keys(text, "en")] == [
        (24, "temperature"),
        (17, "temperature"),
        (19, "temperature"),
    ]


def test_a_number_written_in_thousands_after_a_year_and_a_dash_is_no_year():
    """Construction: a data table's rows "December, 2023 – 1,369" (a count after a year and a dash: a year
    is never written with a thousands separator); "fondées en 1854 et 1862" stays two years."""
    text = "Minnesota:\nDecember, 2024 – 992\nDecember, 2023 – 1,369\nPercent Change: -27.54%"
    assert (1369, "count", None) in keys(text, "en")
    years = [f.value for f in extract_figures("Les usines, fondées en 1854 et 1862, ferment.", "fr")]
    assert years == [1854, 1862] and keys("Les usines, fondées en 1854 et 1862, ferment.", "fr") == []


def test_the_people_of_an_age_and_older_are_an_age():
    """Constructions: "les 80 ans et plus", "aux 65 ans et plus" (French), "among people 65 and older",
    "those 80 and over" (English): the people of that age and above; a count of such people stays a count."""
    assert keys("La majorité des décès touche les 80 ans et plus.", "fr") == [(80, "age", None)]
    assert keys("Le vaccin est ouvert aux 65 ans et plus.", "fr") == [(65, "age", None)]
    assert keys("The toll was highest among people 65 and older.", "en") == [(65, "age", None)]
    assert keys("It killed 300 people 65 and older.", "en") == [(300, "count", "death"), (65, "age", None)]
    assert keys("Il a passé les 10 ans et plus en prison.", "fr") == [(10, "duration", "years")]


def test_australian_and_new_zealand_dollars_written_after_the_sign_and_a_range_said_with_between_and():
    """Constructions: "$A7 billion", "$A250,000", "$NZ7.95 billion" (the country's letter after "$"); "cost
    between $155 and $185 billion" (the first amount in the second's scale)."""
    assert keys("It could cost more than $A7 billion.", "en") == [(7e9, "money", "AUD")]
    assert keys("The bonus cut cost her $A250,000.", "en") == [(250000, "money", "AUD")]
    assert keys("It could cost $NZ7.95 billion.", "en") == [(7.95e9, "money", "NZD")]
    assert keys("The plan is expected to cost between $155 and $185 billion.", "en") == [
        (155e9, "money", "USD"),
        (185e9, "money", "USD"),
    ]
    assert keys("He earned $155 and $185 billion went elsewhere.", "en")[0] == (155, "money", "USD")


def test_calendar_business_and_working_days_are_durations():
    """Construction: "within five calendar days", "has 30 business days to respond", "10 working days": an
    adjective of the day between the number and its unit, as "14 consecutive days"."""
    assert keys("He must surrender within five calendar days.", "en") == [(5, "duration", "days")]
    assert keys("The company has 30 business days to respond.", "en") == [(30, "duration", "days")]
    assert keys("It takes 10 working days.", "en") == [(10, "duration", "days")]


def test_a_matchs_score_line_after_a_result_verb_or_before_its_word_is_no_figure():
    """Constructions: "after Arema FC lost 3-2 to Persebaya", "a 3-0 win", "s'est imposé 2-1", "une victoire
    2-1": a score line, as "(2-0)" is; a range of people stays two counts."""
    assert keys("Fans flooded the pitch after Arema FC lost 3-2 to Persebaya.", "en") == []
    assert keys("It was a 3-0 win for City.", "en") == []
    assert keys("Le PSG s'est imposé 2-1 face à Lyon, une victoire 2-1 méritée.", "fr") == []
    assert [k[0] for k in keys("Between 2-3 people died.", "en")] == [2, 3]


def test_sports_seasons_are_years_and_a_wires_scale_letter_before_a_currency_code_is_money():
    """Constructions: "banned for the next two seasons", "pour deux saisons" (a ban in years; "Les Quatre
    Saisons" is a name); AFP's "au lieu des 30 M EUR", "1,2 Md EUR", "30 MEUR" and "46 mrds€"."""
    assert keys("UEFA banned the club for the next two seasons.", "en") == [(2, "duration", "years")]
    assert keys("L'UEFA a écarté le club pour deux saisons.", "fr") == [(2, "duration", "years")]
    assert keys("Le restaurant Les Quatre Saisons ferme.", "fr") == []
    assert keys("Une amende de 10 millions d'euros au lieu des 30 M EUR décidés.", "fr") == [
        (1e7, "money", "EUR"),
        (3e7, "money", "EUR"),
    ]
    assert keys("Un bénéfice de 1,2 Md EUR et un chiffre de 30 MEUR.", "fr") == [
        (1.2e9, "money", "EUR"),
        (3e7, "money", "EUR"),
    ]
    assert keys("Auchan Retail (46 mrds€ de chiffre d'affaires).", "fr") == [(46e9, "money", "EUR")]


def test_a_retirement_age_said_a_few_words_before_its_values_and_a_reckless_drivers_age():
    """Constructions: "the retirement age has recently gone up from 65 to 66", "calling for the retirement
    age to be raised gradually from 65 to 66" (four words between "age" and "from"); "un chauffard de 38
    ans", "un forcené de 45 ans" (people named by what they did)."""
    text = "The retirement age has recently gone up from 65 to 66."
    assert keys(text, "en") == [(65, "age", None), (66, "age", None)]
    text = "It called for the retirement age to be raised gradually from 65 to 66."
    assert keys(text, "en") == [(65, "age", None), (66, "age", None)]
    assert keys("La folie meurtrière d'un chauffard de 38 ans.", "fr") == [(38, "age", None)]
    assert keys("Un forcené de 45 ans s'est retranché.", "fr") == [(45, "age", None)]


def test_a_list_of_days_before_their_month_routes_named_by_number_and_one_day_to_the_next():
    """Constructions: "des perturbations les 12, 16 et 17 juin", "on 12, 16 and 17 June" (days listed before
    their month: no counts; "3, 4 et 5 morts en juin" stay counts); "l'intersection des routes 63 et 881",
    "the junction of highways 63 and 881" (route numbers); "from one day to the next" (an idiom)."""
    assert keys("Il faudra s'attendre à des perturbations les 12, 16 et 17 juin.", "fr") == []
    assert keys("Strikes are planned on 12, 16 and 17 June.", "en") == []
    assert [k[0] for k in keys("Il y a eu 3, 4 et 5 morts en juin.", "fr")] == [3, 4, 5]
    assert keys("L'incendie est à l'intersection des routes 63 et 881.", "fr") == []
    assert keys("The fire is near the junction of highways 63 and 881.", "en") == []
    assert keys("Service hours change from one day to the next.", "en") == []
    assert keys("The strike lasted one day.", "en") == [(1, "duration", "days")]


def test_humidex_values_and_temperatures_felt_are_temperatures():
    """Constructions: "with humidex values between 37 and 42" (both ends), "feeling 'close to 40' with the
    humidex", "des températures ressenties de 37 ce mercredi", "la température ressentie prévue [incluant
    l'humidex] sera de 38"; a count of schools beside them stays a count."""
    text = "Temperatures will exceed 30 degrees, with humidex values between 37 and 42, in the area."
    assert keys(text, "en") == [(30, "temperature", "C"), (37, "temperature", "C"), (42, "temperature", "C")]
    assert keys('Some sectors will feel "close to 40" with the humidex.', "en") == [(40, "temperature", "C")]
    assert keys("Météomédia annonçait des températures ressenties de 37 ce mercredi.", "fr") == [
        (37, "temperature", "C")
    ]
    text = "Dès que la température ressentie prévue [incluant l'humidex] sera de 38 ou plus, on ferme."
    assert keys(text, "fr") == [(38, "temperature", "C")]
    assert keys("The board closed all 23 of its schools.", "en") == [(23, "count", None)]
    # the readings of a change, in brackets after it: "effondrée de près de 20 degrés (de 42 à 23)"
    text = "La température s'est effondrée de près de 20 degrés (de 42 à 23)."
    assert [k[1] for k in keys(text, "fr")] == ["temperature"] * 3
    assert keys("Il faisait 30 degrés (12 morts).", "fr")[1] == (12, "count", "death")


def test_the_two_of_them_points_back():
    """Construction: "she believed the two of them had shared a romance", "the three of us": a pronoun, no
    count; "Two of them were killed" is a part of a toll and stays."""
    assert keys("She believed the two of them had shared a romance.", "en") == []
    assert keys("Two of them were killed.", "en") == [(2, "count", None)]


def test_the_face_value_of_banknotes_is_no_amount():
    """Constructions: "$1 million in 'novelty' $100 bank notes was seized", "Canadian $100 bills", "fake
    20-euro notes", "des faux billets de 100 $", "en coupures de 50 euros": the sum seized stays, the notes'
    face value is no figure."""
    assert keys('Police said $1 million in "novelty" $100 bank notes was seized.', "en") == [
        (1e6, "money", "USD")
    ]
    assert keys("The bills look like Canadian $100 bills.", "en") == []
    assert keys("Des faux billets de 100 $ ont été saisis, en coupures de 50 euros.", "fr") == []
    assert keys("He paid $100 in bills.", "en") == [(100, "money", "USD")]


def test_a_persons_age_said_with_is_will_be_or_turns():
    """Constructions: "not eligible for parole for 25 years, when he's 91.", "She is 34, police said.", "he
    turns 70, and": a person's age, as "He was 29." is; "The toll is 34." stays a count."""
    text = "He will not be eligible for parole for 25 years, when he's 91. Every count carried a life term."
    assert keys(text, "en") == [(25, "duration", "years"), (91, "age", None)]
    assert keys("She is 34, police said.", "en") == [(34, "age", None)]
    assert keys("The toll is 34.", "en") == [(34, "count", "death")]


def test_a_french_text_writing_a_bare_dollar_sign_after_its_amounts_about_quebec_counts_canadian_dollars():
    """Construction: a local Quebec weekly, whose name and address place it nowhere, writing "15,75 $ l'heure"
    about Québec: Canadian dollars; a French tech site writing "44 999 $" in a text naming the United States, or
    naming no country, keeps US dollars."""
    from reader.figures.currency import article_dollar

    site = "https://www.hebdo-local.com/?p=1"
    assert (
        article_dollar("Au Québec, le salaire passera à 15,75 $ l'heure.", "Hebdo", site, None, "", "fr")
        == "CAD"
    )
    text = "La rançon est de 44 999 $ pour les clients aux États-Unis."
    assert article_dollar(text, "Site tech", site, None, "", "fr") == "USD"
    assert (
        article_dollar("La rançon est de 44 999 $ pour les clients.", "Site tech", site, None, "", "fr")
        == "USD"
    )


def test_an_amount_said_again_without_its_currency_is_that_amount():
    """Construction: "1,7 milliard de dollars de baisses d'impôts" then, a paragraph later, "Pour payer cette
    mesure de 1,7 milliard", and the sum after it ("de 2,6 milliards par année"); a count of the same value
    with its own noun stays a count."""
    text = (
        "Le gouvernement a consenti 1,7 milliard de dollars de baisses d'impôts.\n\nPour payer cette mesure de "
        "1,7 milliard, Québec réduira ses versements, qui seront de 2,6 milliards par année."
    )
    assert keys(text, "fr", "CAD") == [
        (1.7e9, "money", "CAD"),
        (1.7e9, "money", "CAD"),
        (2.6e9, "money", "CAD"),
    ]
    text = "Le budget est de 2 millions de dollars. La ville compte 2 millions d'habitants."
    assert [k[1] for k in keys(text, "fr", "CAD")] == ["money", "count"]


def test_people_above_an_age_in_years_and_a_sum_in_new_investments():
    """Constructions: "question anyone over 12 years" (an age bound said with its unit, as "children under 13"
    is without); "more than 9.1 billion in new investments" (a sum, an adjective before its money noun); "He
    served over 12 years in prison" stays a term."""
    assert keys("Police can question anyone over 12 years if they suspect violence.", "en") == [
        (12, "age", None)
    ]
    text = "The plan announces more than 9.1 billion in new investments, including $1 billion for cars."
    assert keys(text, "en", "CAD") == [(9.1e9, "money", "CAD"), (1e9, "money", "CAD")]
    assert keys("He served over 12 years in prison.", "en") == [(12, "duration", "years")]


def test_a_debt_climbing_to_a_sum_cfa_francs_written_fcf_and_kwachas_by_country():
    """Constructions: "sa dette a grimpé jusqu'à atteindre 7 milliards" (a debt reached, from a Canadian
    publisher); "13 millions d'euros (8 527 441 000 FCF)"; "1.6 billion kwacha" in Malawi, in Zambia."""
    text = "Sa dette a grimpé jusqu'à atteindre 7 milliards cette année."
    assert keys(text, "fr", "CAD") == [(7e9, "money", "CAD")]
    text = "Il a tenté de blanchir 13 millions d'euros (8 527 441 000 FCF) dérobés par un gang."
    assert keys(text, "fr") == [(13e6, "money", "EUR"), (8527441000, "money", "XOF")]
    assert keys("Malawi approved the release of 1.6 billion kwacha.", "en") == [(1.6e9, "money", "MWK")]
    assert keys("Zambia spent 2 billion kwacha.", "en") == [(2e9, "money", "ZMW")]


def test_hours_after_a_noun_of_a_span_are_a_duration_not_a_time_of_day():
    """Construction: "après une panne de 17 heures causée par une cybermenace", "une grève de 24 heures": a
    span of hours; "la réunion de 17 heures", "vers 17 heures", "de 9 heures à 17 heures" stay times."""
    text = "Le site a été remis en ligne après une panne de 17 heures causée par une cybermenace."
    assert keys(text, "fr") == [(17, "duration", "hours")]
    assert keys("Une grève de 24 heures est prévue.", "fr") == [(24, "duration", "hours")]
    assert keys("La réunion de 17 heures est annulée, il est arrivé vers 17 heures.", "fr") == []
    assert keys("Le magasin ouvre de 9 heures à 17 heures.", "fr") == []


def test_a_sum_claimed_credited_or_saved_without_its_currency_is_an_amount():
    """Constructions: "réclame une somme de 2,4 millions", "des réclamations qui atteignent désormais quelque
    9 millions", "le crédit de 4 milliards destiné à l'achat", "le montant maximum de 3 millions prévu par la
    loi", "réaliser 18 millions d'économies": amounts in the publisher's or the text's currency, not counts."""
    assert keys("La plaignante réclame une somme de 2,4 millions à son ancien patron.", "fr", "CAD") == [
        (2.4e6, "money", "CAD")
    ]
    text = "Le total des réclamations atteint désormais quelque 9 millions."
    assert keys(text, "fr", "CAD") == [(9e6, "money", "CAD")]
    text = "L'armée a dépensé 1 milliard de francs en 2019.\n\nLe crédit de 4 milliards destiné aux avions a passé."
    assert keys(text, "fr") == [(1e9, "money", "CHF"), (4e9, "money", "CHF")]
    text = "Le procureur a requis une amende de 2 millions de francs, le montant maximum de 3 millions prévu par la loi."
    assert keys(text, "fr") == [(2e6, "money", "CHF"), (3e6, "money", "CHF")]
    assert keys("La société compte réaliser 18 millions d'économies d'ici 2026.", "fr", "CAD") == [
        (18e6, "money", "CAD")
    ]
    assert keys("Le pays compte désormais 9 millions d'habitants.", "fr", "CAD") == [
        (9e6, "count", "resident")
    ]


def test_us_before_a_spaced_dollar_sign_and_a_text_about_the_public_broadcaster():
    """Constructions: "a ransom demand of US $ 2.8 million" (the country code spaced from the sign: US
    dollars from a Canadian publisher); a French report from an unplaced publisher on cuts at "CBC/Radio-
    Canada" that names the country once: its "millions de dollars" are Canadian."""
    assert keys("A ransom demand of US $ 2.8 million was made.", "en", "CAD") == [(2.8e6, "money", "USD")]
    from reader.figures.currency import article_dollar

    text = (
        "CBC/Radio-Canada supprime 600 postes. Radio-Canada perdra 250 postes au Canada, et la CBC coupera 40 "
        "millions de dollars dans sa programmation."
    )
    assert article_dollar(text, "Média franco", "https://media-franco.example.org/x", lang="fr") == "CAD"
    assert (
        article_dollar(text + " La chaîne NBC, aux États-Unis, a fait de même.", "Média franco", lang="fr")
        == "USD"
    )


def test_two_rounds_of_an_election_are_no_count():
    """Construction: "entre les deux tours", "un scrutin à deux tours": the rounds of a vote, no key figure;
    "deux candidats" still counts."""
    assert keys("Le front s'est formé entre les deux tours, contre deux candidats.", "fr") == [
        (2, "count", "candidate")
    ]
    assert keys("Le scrutin à deux tours aura lieu en juin.", "fr") == []


def test_the_signs_of_other_currencies_before_an_amount():
    """Construction: a Nigerian paper's "the sum of ₦70,000" against "70.000 nairas"; "₵2 million" (Ghana),
    "₴500" (Ukraine), "₩3 billion" (South Korea): amounts in that currency, not bare counts."""
    text = "The unions first demanded ₦494,000; Ghana paid ₵2 million, Kyiv ₴500 and Seoul ₩3 billion."
    assert keys(text, "en") == [
        (494_000, "money", "NGN"),
        (2e6, "money", "GHS"),
        (500, "money", "UAH"),
        (3e9, "money", "KRW"),
    ]
    c = compare_figures(
        extract_figures("The government approved the sum of ₦70,000 as the minimum wage.", "en"),
        extract_figures("Le gouvernement a fixé un salaire minimum de 70.000 nairas.", "fr"),
    )
    assert len(c.matched) == 1 and not c.only_en and not c.only_fr


def test_a_list_of_counts_says_its_noun_once():
    """Construction: "leading in 155 ridings, the Conservatives in 120 (33.5% of the vote), the Bloc in 33"
    and "dans 155 circonscriptions, les conservateurs dans 121, le Bloc dans 29": each count after the same
    preposition, with nothing counted after it, counts the list's noun. "dont 5 dans la capitale" (another
    preposition, a place after the count) does not."""
    text = "The Liberals led in 155 ridings, the Conservatives in 120 (33.5% of the vote), the Bloc in 33 and the NDP in 26."
    assert [k for k in keys(text, "en") if k[1] == "count"] == [
        (155, "count", "riding"),
        (120, "count", "riding"),
        (33, "count", "riding"),
        (26, "count", "riding"),
    ]
    text = (
        "Les libéraux sont en avance dans 155 circonscriptions, les conservateurs dans 121, le Bloc dans 29."
    )
    assert keys(text, "fr") == [(155, "count", "riding"), (121, "count", "riding"), (29, "count", "riding")]
    assert keys("Il y a eu 12 morts dans 3 villages, dont 5 dans la capitale.", "fr")[-1] == (
        5,
        "count",
        None,
    )


def test_ages_of_the_youngest_and_oldest_a_former_producer_and_an_age_in_brackets():
    """Constructions: "the youngest prisoner exchanged was 19, and the oldest 71"; "l'ex-producteur de 65 ans"
    (a former one is a person too); "au regard de son âge (67 ans)": ages, not counts or durations. "The
    youngest team won 3 games" stays a count. Also "a 50 basis-point cut" (the hyphenated adjective) is half a
    percentage point."""
    assert keys("The youngest prisoner exchanged was 19, and the oldest 71.", "en") == [
        (19, "age", None),
        (71, "age", None),
    ]
    assert keys("The youngest team won 3 games.", "en") == [(3, "count", "game")]
    assert keys("Il reproche à l'ex-producteur de 65 ans ses gestes.", "fr") == [(65, "age", None)]
    assert keys("Une peine lourde au regard de son âge (67 ans).", "fr") == [(67, "age", None)]
    assert keys("The bank made a 50 basis-point cut.", "en") == [(0.5, "percent", "point")]


def test_one_year_after_a_change_is_its_window():
    """Construction: "une hausse moyenne des loyers de 8 % en un an", "2 844 prisonniers de plus en un an",
    "le taux est passé de 2 % à 1,5 % en un an": the year a change is measured over, as "sur un an" and "in a
    year" are, not a span of the story; "construit en un an" stays a duration."""
    assert keys("Les loyers ont augmenté de 8 % en un an.", "fr") == [(8, "percent", None)]
    assert keys("On compte 2 844 prisonniers de plus en un an.", "fr") == [(2844, "count", "prisoner")]
    assert keys("Le pont a été construit en un an.", "fr") == [(1, "duration", "years")]


def test_a_part_of_a_count_is_what_happened_to_it():
    """Construction: "Sixty-six of 85 injured were hospitalised", "twelve of the 30 passengers died", "66 des
    85 blessés sont hospitalisés", "the crash killed 12 of the 30 passengers": the part counts what happened
    to it (or the whole's noun: "three of the 11 victims"), and the whole keeps its own noun, not the part's
    fate. English "sites" stay places."""
    assert keys("Sixty-six of 85 injured were hospitalised.", "en") == [
        (66, "count", "hospitalised"),
        (85, "count", "injury"),
    ]
    assert keys("Twelve of the 30 passengers died.", "en") == [
        (12, "count", "death"),
        (30, "count", "passenger"),
    ]
    assert keys("Twenty-two of the thirty-five passengers died.", "en") == [
        (22, "count", "death"),
        (35, "count", "passenger"),
    ]
    assert keys("The crash killed 12 of the 30 passengers.", "en") == [
        (12, "count", "death"),
        (30, "count", "passenger"),
    ]
    assert keys("Three of the 11 victims were children.", "en") == [
        (3, "count", "victim"),
        (11, "count", "victim"),
    ]
    assert keys("Parmi eux, 66 des 85 blessés sont hospitalisés.", "fr") == [
        (66, "count", "hospitalised"),
        (85, "count", "injury"),
    ]
    assert keys("Twelve passengers died.", "en") == [(12, "count", "death")]
    assert keys("Doctors work at nine of the eleven sites.", "en")[0][2] is None


def test_the_drowned_are_dead_and_the_day_befores_toll_is_earlier():
    """Constructions: "At least 79 migrants drowned", "79 drown" in a headline, "12 personnes se sont noyées":
    a toll. "un bilan de 79 morts annoncé la veille", "a toll of 80 dead given the day before": an earlier
    value of the toll; "la veille de Noël" is a date, not an earlier toll."""
    assert keys("At least 79 migrants drowned on Wednesday.", "en") == [(79, "count", "death")]
    assert keys("At least 79 drown", "en") == [(79, "count", "death")]

    def earlier(text: str, lang: str) -> list[bool]:
        return [f.earlier for f in extract_figures(text, lang) if f.kind == "count"]

    assert earlier("Le bilan est de 78 morts, contre un bilan de 79 morts annoncé la veille.", "fr") == [
        False,
        True,
    ]
    assert earlier("The toll is 78, down from a toll of 80 dead given the day before.", "en")[-1] is True
    assert earlier("Il y a eu 12 morts la veille de Noël.", "fr") == [False]
    en = extract_figures("At least 79 migrants drowned.", "en")
    fr = extract_figures("Le bilan est de 78 morts. Il corrige un bilan de 79 morts annoncé la veille.", "fr")
    c = compare_figures(en, fr)  # the English toll is the French earlier one; the correction is French alone
    assert [(a.value, b.value) for a, b in c.matched] == [(79, 79)] and c.conflicts == []
    assert [f.value for f in c.only_fr] == [78]


def test_floors_of_a_building_and_a_magnitude_after_a_quake():
    """Constructions: "a 33-story high-rise", "a six-storey tower": the floors of a building, as "un immeuble
    de 30 étages" is; "suivi d'une réplique de 6,7", "an aftershock of 5.4" in a text about magnitudes: a
    measurement, not a count."""
    assert keys("A 33-story high-rise collapsed.", "en") == [(33, "count", "floor")]
    assert keys("Workers were on a six-storey tower.", "en") == [(6, "count", "floor")]
    assert keys(
        "Le séisme de magnitude 7,7 a été suivi d'une réplique de 6,7 ; il a fait 30 morts.", "fr"
    ) == [(30, "count", "death")]
    assert keys("A magnitude 6.1 quake was followed by an aftershock of 5.4.", "en") == []


def test_people_are_not_things_of_the_same_value():
    """Construction: "30 others missing" in one version, "un immeuble de 30 étages" in the other: people and
    things (floors, flights, bridges) are never one quantity, though things are outside the unit table; the
    tower's floors told both ways dispute each other instead."""
    en = extract_figures("The toll is 1,002 dead and 30 others missing. A 33-story high-rise fell.", "en")
    fr = extract_figures("Le bilan est de 1 002 morts. Un immeuble de 30 étages s'est écroulé.", "fr")
    c = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in c.matched] == [(1002, 1002)]
    assert [(a.value, b.value, b.unit) for a, b in c.conflicts] == [(33, 30, "floor")]
    assert [f.unit for f in c.only_en] == ["missing"]


def test_one_is_an_article_unless_a_toll_or_a_range():
    """Constructions: "One woman shouted", "at least one case spilled over", "one boat after another": an
    article, not a key figure; "One person died" (a toll of one), "between one and five people", "one or two
    deaths" (a range) stay figures."""
    assert keys("One woman shouted at the minister.", "en") == []
    assert keys("At least one case spilled over into the courts.", "en") == []
    assert keys("One boat after another kept arriving.", "en") == []
    assert keys("One person died in the fire.", "en") == [(1, "count", "death")]
    assert keys("Between one and five people were hurt.", "en") == [
        (1, "count", "injury"),
        (5, "count", "injury"),
    ]


def test_a_weekday_before_a_comma_names_no_one_and_the_emergency_line_is_no_count():
    """Constructions: "announced on Monday, one year into the war" (a span after a weekday's comma, not "Kadri
    Vaher, 46 ans"); "réserver les lignes du 911 aux urgences" (the emergency service, not a count)."""
    assert keys("The summit met on Monday, two years into the war.", "en") == [(2, "duration", "years")]
    assert keys("Kadri Vaher, 46 ans, a été arrêtée.", "fr") == [(46, "age", None)]
    assert keys("Il faut réserver les lignes du 911 aux véritables urgences.", "fr") == []


def test_a_value_in_both_versions_disputes_nothing_and_a_toll_holds_across_an_aside():
    """Constructions: "all 10 victims who were killed" beside "10 victims", against "dix victimes" and "huit des
    dix victimes sont des femmes": the 10 dead are reported in both, no other value of the eight; "the death
    toll, initially placed at around 40, had risen to 137" (an aside with the earlier value between the toll
    and its count) is a toll of 137."""
    en = extract_figures("All 10 victims named. The coroner named all 10 victims who were killed.", "en")
    fr = extract_figures("Huit des dix victimes sont des femmes.", "fr")
    c = compare_figures(en, fr)
    assert not c.conflicts
    assert [f.value for f in c.only_fr] == [8]
    toll = extract_figures("The death toll, initially placed at around 40, had risen to 137 on Sunday.", "en")
    assert [(f.value, f.unit, f.earlier) for f in toll] == [(40, "death", True), (137, "death", False)]


def test_the_cfp_franc():
    """Construction: "environ 13,3 milliards de Fcfp", "500 000 francs CFP", "2 million CFP francs": the CFP
    franc of French Polynesia and New Caledonia (XPF), not a count nor the CFA franc."""
    assert keys("Un préjudice estimé à environ 13,3 milliards de Fcfp.", "fr") == [(13.3e9, "money", "XPF")]
    assert keys("Une amende de 500 000 francs CFP.", "fr") == [(500000, "money", "XPF")]
    assert keys("A fine of 2 million CFP francs.", "en") == [(2e6, "money", "XPF")]


def test_the_injured_still_in_hospital_are_the_hospitalised():
    """Construction: "80 people injured in the attack were still being treated in hospital", "45 personnes
    blessées sont toujours hospitalisées", "180 blessés sont toujours à l'hôpital": those still in hospital,
    not every injured (no other value of "quelque 180 blessés"); "329 people were injured and 12 remain in
    hospital" keeps its 329 injured, and "The 180 injured were treated at the scene" its injured."""
    text = "As of Wednesday, 80 people injured in the attack were still being treated in hospital."
    assert keys(text, "en") == [(80, "count", "hospitalised")]
    assert keys("Au total, 45 personnes blessées sont toujours hospitalisées.", "fr") == [
        (45, "count", "hospitalised")
    ]
    assert keys("329 people were injured and 12 remain in hospital.", "en")[0] == (329, "count", "injury")
    assert keys("The 180 injured were treated at the scene.", "en") == [(180, "count", "injury")]


def test_cents_in_a_text_of_euros_and_an_age_after_a_note_in_brackets():
    """Constructions: "the refund rises from 18 to 30 cents" in a text whose amounts are in euros ("€1.80 a
    litre"): euro cents, not a dollar's (a text of dollars keeps its dollar's cents); "Sarah (prénom
    modifié), 34 ans": an age after a note in brackets on the name."""
    assert keys("Fuel costs €1.80 a litre and the refund rises from 18 to 30 cents.", "en") == [
        (1.8, "money", "EUR"),
        (0.18, "money", "EUR"),
        (0.3, "money", "EUR"),
    ]
    assert keys("Gas is $3.10 and rose 7 cents.", "en")[1] == (0.07, "money", "USD")
    assert keys("Elle accusait Sarah (prénom modifié), 34 ans, assistante.", "fr") == [(34, "age", None)]


def test_a_fire_that_claimed_the_lives_of_people_is_a_toll():
    """Construction: "claimed the lives of 76 people", "took the lives of at least 12 children": a toll; "the
    lives of" is no part of a count ("twelve of the 30 passengers" is)."""
    assert keys("The fire claimed the lives of 76 people.", "en") == [(76, "count", "death")]
    assert keys("It took the lives of at least 12 children.", "en") == [(12, "count", "death")]
    assert keys("Twelve of the 30 passengers died.", "en") == [
        (12, "count", "death"),
        (30, "count", "passenger"),
    ]


def test_a_participle_after_a_plural_ends_the_counted_noun():
    """Constructions: "Two new stations serving business parks" counts stations (not the businesses the
    participle's clause names), as "deux nouvelles gares" does; "25 cryptocurrency mining centers" and "six
    core diving modes" (a gerund inside the noun's phrase) keep their last noun."""
    assert keys("Two new stations serving business parks will open.", "en") == [(2, "count", "station")]
    assert keys("Deux nouvelles gares desservant des zones d'activités.", "fr") == [(2, "count", "station")]
    assert keys("Police raided 25 cryptocurrency mining centers.", "en") == [(25, "count", "centre")]


def test_a_wire_report_on_canada_in_a_canadian_paper_counts_canadian_dollars():
    """Construction: an international wire's report on a Canadian company, carried and edited by a Canadian
    paper ("Montreal Gazette (Bloomberg News)" at a Canadian address): the wire's "C$" became the paper's bare
    "$". The same wire on a story elsewhere, or at a site that is not Canadian, keeps US dollars."""
    from reader.figures.currency import article_dollar

    text = (
        "The Montreal-based carrier posted a net loss of $1.05 billion. Ottawa and Quebec offered help, and "
        "Toronto's airport was quiet."
    )
    gazette = "https://gazette.example.ca/business/x"
    assert article_dollar(text, "Lakeside Gazette (Bloomberg News)", gazette) == "CAD"
    assert article_dollar(text, "Lakeside Gazette (Bloomberg News)", "https://news.example.com/x") == "USD"
    abroad = "The Los Angeles studio lost $1.05 billion after the California fires."
    assert article_dollar(abroad, "Lakeside Gazette (Bloomberg News)", gazette) == "USD"
    assert article_dollar(text, "Agence France-Presse", "https://news.example.com/x", region="CA") == "CAD"


def test_a_time_in_hours_minutes_and_seconds_is_one_duration_in_minutes():
    """Constructions: a race or a long event timed "2:00:35", "1h58:12", "2h 03:41", "2 h 00 min et 35 sec";
    and told in words, "9 minutes and 29 seconds", "2 hours, 35 seconds", "1 heure et 48 secondes": one
    duration, in minutes, which the other version's form matches. A zero-padded or clock-marked time
    ("02:46:23", "9:32:15 a.m.") is a time of day."""
    assert keys("She won the race in 2:00:35 on Sunday.", "en") == [(120.583, "duration", "minutes")]
    assert keys("Il a bouclé la course en 2 h 00 min et 35 sec.", "fr") == [(120.583, "duration", "minutes")]
    assert keys("Le record (1h58:12) tient toujours, devant 2h 03:41.", "fr") == [
        (118.2, "duration", "minutes"),
        (123.683, "duration", "minutes"),
    ]
    assert keys("He knelt for 9 minutes and 29 seconds.", "en") == [(9.483, "duration", "minutes")]
    assert keys("She finished in 2 hours, 35 seconds.", "en") == [(120.583, "duration", "minutes")]
    assert keys("Passé en 1 heure et 48 secondes à mi-course.", "fr") == [(60.8, "duration", "minutes")]
    assert keys("The quake struck at 02:46:23 local time.", "en") == []
    assert keys("The alert came at 9:32:15 a.m. on Monday.", "en") == []


def test_a_french_noun_in_apposition_to_a_name_before_an_age_is_the_person():
    """Construction: "Christian, chirurgien de 53 ans", "Marie, une infirmière retraitée de 61 ans": a trade
    no list holds, in apposition to a first name, describes the person: an age. A term's noun stays a span
    ("Paul, une peine de 10 ans"), and so does a number no person's age is ("Lyon, ville de 2000 ans")."""
    assert keys("Christian, chirurgien de 53 ans, a voté.", "fr") == [(53, "age", None)]
    assert keys("Pour Marie, une infirmière retraitée de 61 ans, c'est un choc.", "fr") == [(61, "age", None)]
    assert keys("Selon Paul, une peine de 10 ans serait juste.", "fr") == [(10, "duration", "years")]
    assert keys("À Lyon, ville de 2000 ans, on fête.", "fr") == [(2000, "duration", "years")]


def test_a_headlines_present_tense_tells_the_dead_and_the_hurt():
    """Construction: a headline's present, "27 migrants die", "27 migrants meurent", "Four die, 12 hurt": the
    dead and the injured, as "died" and "blessés" tell them; the headline's toll is the body's, matched, and
    disputes no other toll of the other version ("At least 31 migrants" said first, the 27 found later)."""
    assert keys("27 migrants die trying to cross", "en") == [(27, "count", "death")]
    assert keys("27 migrants meurent en tentant la traversée", "fr") == [(27, "count", "death")]
    assert keys("Four die, 12 hurt", "en") == [(4, "count", "death"), (12, "count", "injury")]
    # in German, "die" is an article: "Vor 100 Jahren begann die Revolution" counts no dead
    assert all(f.unit != "death" for f in extract_figures("Vor 100 Jahren begann die Revolution.", "de"))
    en = extract_figures(
        "At least 31 migrants died, officials said; 27 bodies were found by the evening.", "en"
    )
    fr = article_figures(
        Article(
            title="27 migrants meurent au large",
            blocks=[Block("p", "Les secours ont retrouvé 27 migrants décédés.")],
            lang="fr",
        )
    )
    comparison = compare_figures(en, [*fr[0], *fr[1]])
    assert comparison.conflicts == []


def test_two_things_the_lexicon_names_are_never_one_count():
    """Construction: "operates ... with 259 aircraft" against "près de 300 vols avaient été annulés": planes and
    flights, two things the lexicon of counted nouns names, are no estimate of one another (as five people are
    not five floors); two names of one thing still are ("830 flights", "près de 850 vols")."""
    en = extract_figures("The carrier operates 259 aircraft.", "en")
    fr = extract_figures("Près de 300 vols avaient été annulés.", "fr")
    comparison = compare_figures(en, fr)
    assert comparison.conflicts == [] and comparison.near == []
    assert [f.value for f in comparison.only_en] == [259] and [f.value for f in comparison.only_fr] == [300]
    same = compare_figures(
        extract_figures("The strike grounded 830 flights.", "en"),
        extract_figures("La grève a cloué au sol près de 850 vols.", "fr"),
    )
    assert [(a.value, b.value) for a, b in same.conflicts] == [(830, 850)]


def test_an_age_to_come_disputes_no_age_given_now():
    """Construction: "Lui qui aura 32 ans le 15 mars", "il fêtera ses 90 ans": the age a person will reach is
    no other value of "the 31-year-old", a year below it; an age given now still is ("a 31 ans")."""
    later = extract_figures("Lui qui aura 32 ans le 15 mars pourra rejouer.", "fr")
    assert [(f.value, f.kind, f.later) for f in later if f.kind == "age"] == [(32, "age", True)]
    assert [f.later for f in extract_figures("Il fêtera ses 90 ans en mai.", "fr") if f.kind == "age"] == [
        True
    ]
    en = extract_figures("The 31-year-old was suspended.", "en")
    assert compare_figures(en, later).conflicts == []
    now = extract_figures("Le joueur, qui a 32 ans, pourra rejouer.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, now).conflicts] == [(31, 32)]
    assert Figure.from_dict(later[0].to_dict()).later


def test_people_or_victims_being_treated_are_the_injured():
    """Construction: "Five more victims are being treated on the wards", "Douze personnes ont été soignées sur
    place", "Another 40 were treated": the injured, no toll of the dead to dispute ("trois personnes ont trouvé
    la mort"); patients a hospital treats stay patients ("1,200 patients were treated last year")."""
    assert keys("Five more victims are being treated on the wards.", "en") == [(5, "count", "injury")]
    assert keys("Douze personnes ont été soignées sur place.", "fr") == [(12, "count", "injury")]
    assert keys("Another 40 were treated for smoke inhalation.", "en") == [(40, "count", "injury")]
    assert keys("The clinic said 1,200 patients were treated last year.", "en") == [
        (1200, "count", "patient")
    ]
    en = extract_figures("Five more victims are being treated on the wards.", "en")
    fr = extract_figures("Selon la chaîne, trois personnes ont trouvé la mort.", "fr")
    assert compare_figures(en, fr).conflicts == []


def test_an_amount_more_or_less_than_another_is_a_difference():
    """Construction: "paying approximately £2,300 less", "£2,300 more than last year": the difference between
    two amounts, no amount paid, which never disputes the other version's amount ("1.971 livres par an");
    "More than £2,300" before the amount is a bound of it."""
    less = extract_figures("Last year households were paying approximately £2,300 less for energy.", "en")
    assert [(f.value, f.change) for f in less] == [(2300, True)]
    assert [f.change for f in extract_figures("The bill costs £2,300 more than last year.", "en")] == [True]
    assert [f.change for f in extract_figures("More than £2,300 was paid.", "en")] == [False]
    fr = extract_figures("Le plafond passera de 1.971 livres par an à 3.549 livres.", "fr")
    assert compare_figures(less, fr).conflicts == []
    level = extract_figures("Last year households were paying approximately £2,000 for energy.", "en")
    assert [(a.value, b.value) for a, b in compare_figures(level, fr).conflicts] == [(2000, 1971)]


def test_a_split_in_minutes_and_seconds_is_no_pair_of_counts():
    """Construction: a race's half timed "(59:47)" beside "1:00:48": minutes and seconds past any hour of a
    clock, no count of 59 and count of 47; the race time in hours stays one duration."""
    assert keys("Il a couru la première moitié en 1:00:48 et la seconde (59:47).", "fr") == [
        (60.8, "duration", "minutes")
    ]
    assert keys("He ran the second half in 59:47 to win by 42 seconds.", "en") == [
        (42, "duration", "seconds")
    ]


def test_an_age_reached_or_that_would_have_been_reached():
    """Construction: an age had or would have had ("qui aurait eu N ans samedi", "il avait eu N ans la
    veille", "who would have turned N next month", "He turned N last week"): a person's age, not a duration
    nor a count; a time one was given ("a eu N ans pour se préparer") stays a duration."""
    assert keys("Le randonneur, qui aurait eu 58 ans dimanche, a été retrouvé.", "fr") == [(58, "age", None)]
    assert keys("Elle avait eu 17 ans la veille de l'accident.", "fr") == [(17, "age", None)]
    assert keys("La commune a eu 12 ans pour se préparer.", "fr") == [(12, "duration", "years")]
    assert keys("The drummer, who would have turned 47 next month, died at home.", "en") == [
        (47, "age", None)
    ]
    assert keys("She would have been 66 on Tuesday.", "en") == [(66, "age", None)]
    assert keys("He turned 29 last week.", "en") == [(29, "age", None)]
    assert keys("The index turned 40 percent higher last week.", "en") == [(40, "percent", None)]


def test_an_estimate_goes_to_the_closest_value_not_the_first_threshold():
    """Construction: a threshold said first ("More than N percent of voters") and the rounded value later
    ("around N.N percent") against one value in the other version ("N % des voix"): the rounded value is that
    quantity, a rounding's dispute; the threshold said first does not take it and leave the value flagged as
    one-sided."""
    en = extract_figures(
        "More than 50 percent of voters backed the plan. The final count gave it around 57.6 percent.", "en"
    )
    fr = extract_figures("Le oui l'emporte avec 58 % des voix.", "fr")
    comparison = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in comparison.rounded] == [(57.6, 58)]
    assert 57.6 not in [f.value for f in comparison.only_en]


def test_a_place_named_before_its_count_with_or_where():
    """Construction: a place then a comma and "with" or "where" before its count ("the REGION, with N", "the
    REGION, where N homes were dark") is that place's count, as "la REGION (N)" is: the two versions' counts
    of one region dispute each other, and no region's count disputes another's."""
    en = extract_figures(
        "Outages persisted in the Mauricie, where 3,118 homes were dark; the Estrie, with 2,404; "
        "and Lanaudière, with 877.",
        "en",
    )
    assert [f.place for f in en] == ["mauricie", "estrie", "lanaudière"]
    fr = extract_figures(
        "Des pannes touchaient encore la Mauricie (3050), l'Estrie (2433) et Lanaudière (861).", "fr"
    )
    comparison = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in comparison.conflicts] == [(3118, 3050), (2404, 2433), (877, 861)]
    assert comparison.only_en == comparison.only_fr == []


def test_workers_on_a_rescue_are_its_rescuers():
    """Construction: "More than N workers on N-hour shifts" at a collapse against "Les N secouristes
    déployés": the same people, one value, matched rather than flagged on both sides."""
    en = extract_figures("More than 250 workers in 8-hour rotations dug through the debris.", "en")
    fr = extract_figures("Les 250 secouristes déployés poursuivent les recherches.", "fr")
    comparison = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in comparison.matched] == [(250, 250)]


def test_a_fate_said_after_then_or_already():
    """Construction: "Plus de N personnes avaient alors perdu la vie", "N people were then arrested": an adverb
    between the auxiliary and the fate still tells what happened, so the toll disputes the other version's
    ("left more than N people dead")."""
    assert keys("Plus de 700 personnes avaient alors perdu la vie.", "fr") == [(700, "count", "death")]
    assert keys("Nine people were then arrested.", "en") == [(9, "count", "arrest")]
    en = extract_figures("The flood of that year left more than 600 people dead.", "en")
    fr = extract_figures("Plus de 700 personnes avaient alors perdu la vie.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(600, 700)]


def test_the_value_a_count_went_to_counts_what_it_went_from():
    """Construction: "the death toll had climbed from N to M", "the number of people displaced had more than
    tripled to N": the value reached counts the dead (or the displaced) as the start value and the number's
    noun do; an amount's range ("from N to M dollars") stays an amount."""
    assert keys("The death toll from the storm had climbed from 141 to 203.", "en") == [
        (141, "count", "death"),
        (203, "count", "death"),
    ]
    assert keys("Officials said the number of people displaced had more than tripled to 56,420.", "en") == [
        (56420, "count", "displaced")
    ]
    assert keys("Prices rose from 225 to 326 dollars.", "en") == [
        (225, "money", "USD"),
        (326, "money", "USD"),
    ]


def test_one_value_in_currencies_of_far_apart_worth_is_two_amounts():
    """Construction: "a PKRN billion aid package" against "plus de N milliards de dollars": a rupee is worth a
    few hundredths of a dollar, so the one value is chance, not one amount whose currency a report got wrong,
    as "$N million" against "N millions d'euros" may be."""
    en = extract_figures("Officials announced a PKR15 billion aid package.", "en")
    fr = extract_figures("Le gouvernement chiffre la reconstruction à plus de 15 milliards de dollars.", "fr")
    comparison = compare_figures(en, fr)
    assert comparison.conflicts == []
    assert [f.currency for f in comparison.only_en + comparison.only_fr] == ["PKR", "USD"]
    dollars = extract_figures("A fine of $100 million was paid.", "en")
    euros = extract_figures("Une amende de 100 millions d'euros a été payée.", "fr")
    assert [(a.currency, b.currency) for a, b in compare_figures(dollars, euros).conflicts] == [
        ("USD", "EUR")
    ]


def test_a_small_count_without_its_noun_rounds_nothing():
    """Construction: a list whose noun is said once ("N postes ..., N à l'imprimerie et 100 au sein de la
    rédaction") against "N of its 103 local newspapers": the bare "100" is no rounding of 103 newspapers, as a
    large value said flat ("at 18,000" against "18 010") may be of a finer one."""
    en = extract_figures("The group will close 38 of its 103 local newspapers.", "en")
    fr = extract_figures("Il y aura 200 départs à l'imprimerie et 100 au sein de la rédaction.", "fr")
    assert compare_figures(en, fr).conflicts == []
    en = extract_figures("Arrivals in Italy stood at 18,000 this year.", "en")
    fr = extract_figures("L'Italie a vu arriver 18 010 personnes cette année.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).rounded] == [(18000, 18010)]


def test_a_threshold_crossed_is_a_bound():
    """Construction: "the death toll crossed N on Tuesday" before "The toll is now at M", "topped $N million": a
    round value passed is a lower bound, restating the stated toll, so the stated toll is the one that disputes
    the other version's ("au moins N morts")."""
    assert [f.approx for f in extract_figures("Sales topped $5 million.", "en")] == ["at least"]
    en = extract_figures("The quake's death toll crossed 2,000 on Tuesday. The toll is now at 2,044.", "en")
    assert [(f.value, f.approx) for f in en] == [(2000, "at least"), (2044, None)]
    fr = extract_figures("Le séisme a fait au moins 2210 morts.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(2044, 2210)]


def test_hours_a_word_qualifies_and_a_flight_number():
    """Construction: "more than N flight hours", "N CPU hours", "three solid hours": a span of time with a word
    between the number and its unit, not a count of hours; "Flight XX NNN", "le vol XX NNN": a flight's number
    after its airline's code, no figure."""
    assert keys("The captain had logged more than 12,000 flight hours.", "en") == [
        (12000, "duration", "hours")
    ]
    assert keys("He came back with three solid hours of stories.", "en") == [(3, "duration", "hours")]
    assert keys("Flight XR 719 crashed eight minutes after take-off.", "en") == [(8, "duration", "minutes")]
    assert keys("Le vol XR 719 transportait 131 passagers.", "fr") == [(131, "count", "passenger")]


def test_decades_said_as_an_adjective():
    """Construction: "a more than two-decade high", "a three-decade-old dispute": a span in decades glued as an
    adjective, 20 and 30 years, as "two decades" and "a 40-year high" are read."""
    assert keys("Borrowing costs sit at a more than two-decade high.", "en") == [(20, "duration", "years")]
    assert keys("It ends a three-decade-old dispute.", "en") == [(30, "duration", "years")]
    assert keys("Prices hit a 40-year high.", "en") == [(40, "duration", "years")]


def test_a_company_before_its_customers_is_no_place():
    """Construction: "N COMPANY customers still had no power": the name before a company's clients is the
    company's, no place whose count is a part of a total; the count is the total the other version's "il
    restait N clients" disputes. A people before its nationals stays their place."""
    en = extract_figures("By Monday evening, 18,240 Hydro-Ouest customers still had no power.", "en")
    assert [(f.unit, f.place) for f in en] == [("customer", None)]
    assert [f.place for f in extract_figures("Two Canadian nationals died.", "en")] == ["canadian"]
    fr = extract_figures("Mardi matin, il restait 16 905 clients privés de courant.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(18240, 16905)]


def test_hours_after_a_hedge_are_a_span_not_a_time_of_day():
    """Construction: "ont duré jusqu'à près de N heures", "a duré plus de N heures": a hedged span of hours (a
    time of day is "vers N heures", "de N heures à midi"), so the hours are a duration."""
    assert keys("Les coupures ont duré jusqu'à près de 10 heures par endroits.", "fr") == [
        (10, "duration", "hours")
    ]
    assert keys("La séance a duré plus de 7 heures.", "fr") == [(7, "duration", "hours")]
    assert keys("Le rendez-vous est fixé de 10 heures à midi.", "fr") == []
    assert keys("Il est arrivé vers 12 heures.", "fr") == []


def test_a_list_of_amounts_says_its_scale_once():
    """Construction: "dont N millions pour CITY, N pour CITY ou N pour CITY", "€N million from CITY, N from
    CITY and N from CITY": each amount of the list, its scale and currency said with the first only, is an
    amount of that scale."""
    fr = "Les États membres verseront 600 millions d'euros, dont 140 millions pour Rome, 95 pour Madrid ou 60 pour Vienne."
    assert keys(fr, "fr") == [(v * 1e6, "money", "EUR") for v in (600, 140, 95, 60)]
    en = "Members pledged €600 million, including €140 million from Rome, 95 from Madrid and 60 from Vienna."
    assert keys(en, "en") == [(v * 1e6, "money", "EUR") for v in (600, 140, 95, 60)]
    # a comma alone does not make a list of other measures: "38 °C à Lyon, 3 à Paris ont été hospitalisés"
    assert keys("Il a fait 38 °C à Lyon, 3 à Paris ont été hospitalisés.", "fr") == [
        (38, "temperature", "C"),
        (3, "count", "hospitalised"),
    ]


def test_people_told_by_their_fate_in_one_version_and_by_who_they_are_in_the_other():
    """Construction: "N men, N women and N children were killed" against "au moins N civils (N hommes, N femmes
    et N enfants)": the last of the list is read as a toll, the other version names the children; one value
    of ten or more is one quantity, matched, not flagged on both sides. Small values are too common to tell
    ("two children", "2 morts")."""
    en = extract_figures("Investigators said 64 men, 23 women and 15 children were killed.", "en")
    fr = extract_figures(
        "Les assaillants ont tué au moins 102 civils (64 hommes, 23 femmes et 15 enfants).", "fr"
    )
    comparison = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in comparison.matched] == [(64, 64), (23, 23), (15, 15)]
    assert [f.value for f in comparison.only_fr] == [102]
    en = extract_figures("Two children were killed in the blast.", "en")
    fr = extract_figures("Deux enfants vivaient dans la maison voisine.", "fr")
    assert compare_figures(en, fr).matched == []


def test_months_after_a_name_then_a_span_and_a_short_month_in_a_dateline():
    """Construction: "a rappelé la juge NAME, N mois jour pour jour après l'accident": months after a name's
    comma then "jour pour jour après" are a span, not a baby's age ("Kelly, 2 mois, a été retrouvée");
    "CITY, Jun 12. (AGENCY)": a dateline's short month makes a date, no count of 12."""
    assert keys(
        "Elle a témoigné, a rappelé la juge Anne Roy, dix mois jour pour jour après l'accident.", "fr"
    ) == [(10, "duration", "months")]
    assert keys("Kelly, 2 mois, a été retrouvée.", "fr") == [(2, "age", "months")]
    assert keys("BERLIN, Jun 12. (DPA) - The court ruled.", "en") == []


def test_a_toll_an_event_had_made_before_is_an_earlier_value():
    """Construction: "après des frappes nocturnes qui avaient fait N morts" beside today's "un bilan de M
    morts": the pluperfect gives an earlier event's toll, which disputes nothing while its version has a
    current one; today's toll disputes the other version's ("At least N people were killed")."""
    fr = extract_figures(
        "Le ministère a fait état d'un bilan de 58 morts. Tôt mercredi, il avait donné d'autres chiffres, "
        "après des frappes nocturnes qui avaient fait 31 morts.",
        "fr",
    )
    assert [(f.value, f.earlier) for f in fr] == [(58, False), (31, True)]
    en = extract_figures("At least 44 people were killed as they waited for food.", "en")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(44, 58)]


def test_people_a_verb_of_saving_counts_are_the_saved():
    """Construction: "avoir réussi à sauver N personnes", "Divers rescued N people": the people saved, no toll
    for the other version's dead ("More than N people died") to dispute."""
    assert keys("L'équipe dit avoir réussi à sauver 64 personnes.", "fr") == [(64, "count", "survivor")]
    assert keys("Divers rescued 29 people from the lake.", "en") == [(29, "count", "survivor")]
    en = extract_figures("More than 50 people died on Monday.", "en")
    fr = extract_figures("L'équipe dit avoir réussi à sauver 64 personnes.", "fr")
    assert compare_figures(en, fr).conflicts == []


def test_a_year_the_clause_after_it_tells_of():
    """Construction: "le plus haut depuis YEAR, année où quelque N cas avaient été signalés", "since YEAR, when
    about N cases were recorded": the count is of that year, which disputes nothing of the story's own year;
    "since YEAR, with N deaths" dates nothing."""
    fr = extract_figures(
        "Le total est le plus haut depuis 2003, année où quelque 180.000 cas avaient été signalés.", "fr"
    )
    assert [(f.value, f.year) for f in fr if f.kind == "count"] == [(180000, 2003)]
    en = extract_figures("It is the highest since 2003, when about 180,000 cases were recorded.", "en")
    assert [(f.value, f.year) for f in en if f.kind == "count"] == [(180000, 2003)]
    assert [
        f.year
        for f in extract_figures("It is the worst since 2013, with 40 deaths.", "en")
        if f.kind == "count"
    ] == [None]
    now = extract_figures("The agency cited 291,730 cases reported last year.", "en")
    assert compare_figures(now, fr).conflicts == []


def test_hours_and_minutes_after_a_and_takings_of_a_quoted_title():
    """Construction: "désormais ramené à N heures et N minutes": after "à", hours and minutes are a span, not a
    time of day ("Rendez-vous à 11 heures"); "les N millions de « TITLE »" after "N millions de dollars de «
    TITLE »": a film's takings, an amount, not a count of the title."""
    assert keys("Le trajet est désormais ramené à 9 heures et 14 minutes, selon l'agence.", "fr") == [
        (554, "duration", "minutes")
    ]
    assert keys("Rendez-vous à 11 heures au tribunal.", "fr") == []
    text = "Il dépasse les 210 millions de dollars de « Soleil noir », ainsi que les 88 millions de « Marée basse »."
    assert keys(text, "fr") == [(210e6, "money", "USD"), (88e6, "money", "USD")]


def test_names_that_hold_numbers_charges_services_and_codenames():
    """Construction: a charge named by its threshold ("counts of fraud over $5,000", "vol de plus de 5000 $"),
    an emergency service named by its number ("CITY's 118 ambulance service", "the 112 emergency service"), an
    investigation's code name ("Project NNK"): no figures; an amount taken ("took over $5,000 in jewellery")
    and people counted ("took 118 people to hospital") stay figures. An age after a nickname ("NAME, surnommé
    « NICKNAME », N ans") is the person's."""
    assert keys("Several of the accused face counts of fraud over $5,000.", "en", "CAD") == []
    assert keys("Elle est accusée de vol de plus de 5000 $.", "fr", "CAD") == []
    assert keys("The burglars took over $5,000 in jewellery.", "en") == [(5000, "money", "USD")]
    assert keys("Paolo Ricci, head of Turin's 118 ambulance service, spoke.", "en") == []
    assert keys("The head of the 112 emergency service said 10 died.", "en") == [(10, "count", "death")]
    assert keys("Paramedics took 118 people to hospital.", "en") == [(118, "count", "person")]
    assert keys("The inquiry, code-named Project 17K, led to 23 charges.", "en") == [(23, "count", "charge")]
    assert keys("Le suspect, Karim B., surnommé « le Renard », 27 ans, a été arrêté.", "fr") == [
        (27, "age", None)
    ]


def test_counts_given_place_by_place_in_clauses_opening_on_them():
    """Construction: "En PAYS, plus de N gendarmes ..., et au PAYS, N policiers": each count is its place's part
    of the whole, which disputes only a count of that place, not the other version's total ("involved N
    officers"); one place alone ("In Spain, N people were detained") is the story's place, its count no part."""
    fr = extract_figures(
        "En Espagne, plus de 800 gendarmes ont participé, et au Portugal, 1200 policiers ont été déployés.",
        "fr",
    )
    assert [(f.place, f.part) for f in fr] == [("espagne", True), ("portugal", True)]
    en = extract_figures("The operation involved 2,300 officers across Europe.", "en")
    assert compare_figures(en, fr).conflicts == []
    assert [(f.place, f.part) for f in extract_figures("In Spain, 140 people were detained.", "en")] == [
        ("spain", False)
    ]


def test_a_time_with_a_point_and_the_part_of_the_day():
    """Construction: "the raids started at N.NN in the morning": a time of day written with a point, no count;
    a value before the part of the day with no "at" stays a figure ("Shares rose 5.25 in the morning
    session")."""
    assert keys("In Austria, the raids started at 6.00 in the morning.", "en") == []
    assert keys("Shares rose 5.25 in the morning session.", "en") == [(5.25, "count", None)]


def test_health_agents_and_a_nations_population():
    """Construction: "N agents de santé" are health workers ("N health care workers"), not officers; "the
    nation of some N million" is its population, as "près de N millions d'habitants" is: one quantity,
    disputed."""
    assert keys("Trois agents de santé figurent parmi les victimes.", "fr") == [(3, "count", "worker")]
    assert keys("Douze agents de police ont été blessés.", "fr") == [(12, "count", "officer")]
    assert keys("Drought has hit the nation of some 12 million.", "en") == [(12e6, "count", "resident")]
    en = extract_figures("Drought has hit the nation of some 12 million.", "en")
    fr = extract_figures("Le pays compte près de 14 millions d'habitants.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(12e6, 14e6)]


def test_the_dead_of_whom_the_rushed_to_hospital_and_an_initial_toll():
    """Construction: "N people were shot, N of whom were declared dead at the scene, while N were rushed to a
    nearby hospital": the dead and the injured; "with N deaths initially confirmed" before "has since risen to
    M" is an earlier toll."""
    text = "Police said 31 people were shot, 9 of whom were declared dead at the scene, while 17 were rushed to a nearby hospital."
    assert keys(text, "en") == [(31, "count", "person"), (9, "count", "death"), (17, "count", "injury")]
    toll = extract_figures(
        "Many were hurt, with 6 deaths initially confirmed. The toll has since risen to 8.", "en"
    )
    assert [(f.value, f.earlier) for f in toll] == [(6, True), (8, False)]


def test_two_lists_of_places_compare_place_by_place():
    """Construction: "the United States (N), followed by the UK (N), COUNTRY (N)" against "au Royaume-Uni (N),
    aux États-Unis (N)": each place's share disputes the other version's share of that place however far apart
    (a wire may swap them), and two equal shares of two places are no match."""
    en = extract_figures(
        "Most arrests took place in the United States (71), followed by the UK (38), Spain (12), and Poland (4).",
        "en",
    )
    fr = extract_figures(
        "Des interpellations ont eu lieu au Royaume-Uni (74), aux États-Unis (38) et en Pologne (4).", "fr"
    )
    comparison = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in comparison.conflicts] == [(71, 38), (38, 74)]
    assert [(a.value, b.value) for a, b in comparison.matched] == [(4, 4)]
    assert [f.value for f in comparison.only_en] == [12]


def test_rates_given_place_by_place_are_parts():
    """Construction: "avec N % au PROVINCE et N % en PROVINCE": each rate is its province's, no rate of the whole
    a version reports ("Rents were up N per cent"); a rate of one place alone ("5.2% in Quebec") is the
    story's."""
    fr = extract_figures(
        "Les provinces dépassent la moyenne, avec 7,4 % au Manitoba et 7,9 % en Saskatchewan.", "fr"
    )
    assert [(f.place, f.part) for f in fr] == [("manitoba", True), ("saskatchewan", True)]
    assert compare_figures(extract_figures("Rents were up 7.6 per cent.", "en"), fr).conflicts == []
    assert [(f.place, f.part) for f in extract_figures("Unemployment hit 5.2% in Quebec.", "en")] == [
        ("quebec", False)
    ]


def test_a_partys_tally_after_its_name():
    """Construction: "give the PARTY N seats", "the PARTY N seats": a party's seats after its name, no number
    of a name ("Windows 11", "the Apollo 13 mission"); the two versions' tallies of a party dispute each
    other."""
    en = extract_figures("Projections give the Greens 41 seats, six short of the 47 needed.", "en")
    assert [(f.value, f.unit) for f in en][:1] == [(41, "seat")]
    assert keys("The Socialists won 58 seats, the Parti Vert 12 seats.", "en") == [
        (58, "count", "seat"),
        (12, "count", "seat"),
    ]
    assert keys("He upgraded to Windows 11 last year.", "en") == []
    assert keys("The Apollo 13 mission.", "en") == []


def test_a_country_and_its_bare_count_continuing_a_list():
    """Construction: "Le PAYS compte pas moins de N interpellations, la PAYS M.": the bare count after a
    country with its article counts the list's noun for that country, so it disputes the other version's
    count of that country ("N people were arrested in COUNTRY")."""
    fr = extract_figures(
        "La France compte à elle seule pas moins de 90 interpellations, la Norvège 41.", "fr"
    )
    assert [(f.value, f.unit, f.place) for f in fr] == [(90, "arrest", None), (41, "arrest", "norvège")]
    en = extract_figures("Police said 37 people were arrested in Norway.", "en")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(37, 41)]


def test_a_years_worth_is_no_span():
    """Construction: "close to a year's worth of rainfall came down in under N hours": what a year brings, not
    a span of time; "more than a year to rebuild" stays one."""
    assert keys("Close to a year's worth of rainfall came down in under 9 hours.", "en") == [
        (9, "duration", "hours")
    ]
    assert keys("It took more than a year to rebuild.", "en") == [(1, "duration", "years")]


def test_days_a_word_qualifies_are_events():
    """Construction: "Officers held N action days", "N strike days": days a word makes events, a count, unlike
    hours a word qualifies ("N flight hours")."""
    assert keys("Officers held three action days between May and June.", "en") == [(3, "count", "days")]


def test_a_swiss_report_with_no_currency_word_counts_francs():
    """Construction: a Swiss federal report whose amounts name no currency ("Le Conseil fédéral entend
    économiser N milliards", "la Confédération épargnera N millions", a paragraph on "elles passeront de N
    milliards en YEAR à N milliards", "N millions sont épargnés"): amounts in Swiss francs, each one; "d'ici
    YEAR" is no noun."""
    text = (
        "Le Conseil fédéral entend économiser 2,4 milliards dès 2026.\n\n"
        "Les dépenses augmenteront: elles passeront de 70 milliards en 2022 à 78 milliards en 2026.\n\n"
        "Sur la formation, la Confédération épargnera 420 millions en 2026. Au total, 190 millions sont épargnés, "
        "et plus de 260 millions d'ici 2029."
    )
    money = [(v, c) for v, kind, c in keys(text, "fr") if kind == "money"]
    assert money == [
        (2.4e9, "CHF"),
        (70e9, "CHF"),
        (78e9, "CHF"),
        (420e6, "CHF"),
        (190e6, "CHF"),
        (260e6, "CHF"),
    ]


def test_a_scaled_number_before_an_age_bound_counts_people():
    """Construction: "an estimated N million under 16s had signed up" in a report of a £N fine: people by an
    age bound, no amount in the fine's currency; "£2 million over 5 years" stays an amount."""
    text = "The regulator fined the app £9.1m. It said an estimated two million under 16s had signed up."
    assert keys(text, "en") == [(9.1e6, "money", "GBP"), (2e6, "count", None)]
    assert keys("It paid £2 million over 5 years.", "en") == [(2e6, "money", "GBP"), (5, "duration", "years")]


def test_sums_named_by_what_they_are_and_a_relatives_age():
    """Construction: "dont N millions de fonds publics", "N millions d'avoirs criminels": funds and assets are
    sums, amounts in the text's currency; "trois fonds d'investissement" stays a count. "sa nièce de N ans": a
    relative's age, as "un homme de N ans"."""
    text = "Le gouvernement a promis 800 millions d'euros, dont 510 millions de fonds publics, pour la recherche."
    assert keys(text, "fr") == [(800e6, "money", "EUR"), (510e6, "money", "EUR")]
    text = "Les policiers ont saisi 2,6 millions d'avoirs criminels, après une escroquerie de 21 millions d'euros."
    assert keys(text, "fr") == [(2.6e6, "money", "EUR"), (21e6, "money", "EUR")]
    assert keys("Il gère trois fonds d'investissement.", "fr") == [(3, "count", "fonds")]
    assert keys("Un homme de 61 ans et sa nièce de 24 ans ont été blessés.", "fr") == [
        (61, "age", None),
        (24, "age", None),
    ]


def test_the_precise_value_of_a_matched_estimate_disputes_nothing():
    """Construction: "Close to N million people were affected" (matched with "N millions de clients") and later
    "the data of N.N million customers": the precise value of the version's own matched estimate is that
    quantity, already compared; it does not dispute another quantity ("M millions de clients", all of them)."""
    en = extract_figures(
        "Close to five million people were affected. The firm settled after attackers took the data of 4.8 million customers.",
        "en",
    )
    fr = extract_figures(
        "Les données de 5 millions de clients ont fuité. Le groupe compte 11 millions de clients.", "fr"
    )
    comparison = compare_figures(en, fr)
    assert comparison.conflicts == []
    assert [(a.value, b.value) for a, b in comparison.matched] == [(5e6, 5e6)]


def test_amounts_given_year_by_year_say_their_scale_once():
    """Construction: "économiser N milliards de francs dès YEAR et N d'ici YEAR", "N millions de francs en
    YEAR et N en YEAR", "$N billion in YEAR and N in YEAR": each year's amount in the first one's scale and
    currency; "d'ici YEAR" is no noun."""
    text = "Le Conseil fédéral veut épargner 1,8 milliard de francs dès 2026 et 2,3 d'ici 2029."
    assert [(v, u) for v, k, u in keys(text, "fr") if k == "money"] == [(1.8e9, "CHF"), (2.3e9, "CHF")]
    text = "La Confédération économisera 530 millions de francs en 2026 et 610 en 2029."
    assert [(v, u) for v, k, u in keys(text, "fr") if k == "money"] == [(530e6, "CHF"), (610e6, "CHF")]
    text = "It will save $4 billion in 2025 and 5 in 2026."
    assert [(v, u) for v, k, u in keys(text, "en") if k == "money"] == [(4e9, "USD"), (5e9, "USD")]


def test_people_found_or_pulled_out_alive_are_survivors():
    """Construction: "More than N people have also been pulled alive from the debris", "retrouvées vivantes":
    the saved, as "sauvé N personnes" is, so the two versions' counts of them dispute each other."""
    assert keys("More than 60 people have also been pulled alive from the debris.", "en") == [
        (60, "count", "survivor")
    ]
    assert keys("Huit personnes ont été retrouvées vivantes.", "fr") == [(8, "count", "survivor")]
    assert keys("40 people were out of work.", "en") == [(40, "count", "person")]


def test_corporations_and_rivers_in_the_lexicon():
    """Construction: "Some N large corporations" against "Environ N grandes entreprises", "N rivers" against
    "Une quinzaine de cours d'eau": one noun in two languages, so the two values dispute each other."""
    en = extract_figures(
        "Some 360 large corporations will pay the levy. Eighteen rivers burst their banks.", "en"
    )
    fr = extract_figures(
        "Environ 300 grandes entreprises paieront la taxe. Une quinzaine de cours d'eau ont débordé.", "fr"
    )
    assert [f.unit for f in en] == ["company", "river"]
    assert [f.unit for f in fr] == ["company", "river"]
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(360, 300), (18, 15)]


def _body_years(text: str, lang: str, date: datetime) -> list[tuple[float, int | None]]:
    article = Article(title="Budget", blocks=[Block("paragraph", text)], lang=lang, date=date)
    body, _ = article_figures(article)
    return [(f.value, f.year) for f in body if f.kind not in ("year", "date")]


def test_amounts_of_last_year_and_of_a_fiscal_year_are_dated():
    """Constructions: "compared with $N billion last year", "N milliards l'an dernier": the year before the
    article's; "in 2023-24", "en 2022-2023" (a fiscal year) date the amount to their first year, the current
    one being the story's own; "passée de N milliards en 2022-2023 à M milliards": the amount after is no
    year closing a range. Not "a year ago", which dates an event, often the story's own."""
    spring = datetime(2024, 4, 16)
    assert _body_years(
        "Spending will reach $612 billion in 2024-25, compared with $588.2 billion in 2023-24. The "
        "shortfall is put at $41.3 billion, compared with $43 billion last year.",
        "en",
        spring,
    ) == [(612e9, None), (588.2e9, 2023), (41.3e9, None), (43e9, 2023)]
    assert _body_years(
        "La facture est passée de 31 milliards de dollars en 2022-2023 à 49,7 milliards en 2024-2025, "
        "contre 44 milliards l'an dernier.",
        "fr",
        spring,
    ) == [(31e9, 2022), (49.7e9, None), (44e9, 2023)]
    assert _body_years(
        "Police charged six men over a theft of $18 million in gold from the port a year ago.", "en", spring
    ) == [(6, None), (18e6, None)]


def test_an_australian_dollar_written_aus():
    """Construction: "unless he paid Aus$N (£M)": Australian dollars, and the pounds their conversion."""
    figures = extract_figures("They threatened him unless he paid Aus$750 (£390).", "en")
    assert [(f.value, f.currency, f.converts) for f in figures] == [(750, "AUD", False), (390, "GBP", True)]


def test_a_count_that_held_until_a_revision_is_an_earlier_value():
    """Construction: "the toll had stood at N" before the count was revised, "le bilan était
    jusqu'ici de N morts": an earlier value, which disputes nothing while the version gives a current one."""
    en = extract_figures(
        "The toll rose to 97 on Sunday. Until the agency corrected it, the toll had stood at 83.",
        "en",
    )
    assert [(f.value, f.earlier) for f in en] == [(97, False), (83, True)]
    fr = extract_figures("Le bilan, qui était jusqu'ici de 83 morts, atteint 97 morts.", "fr")
    assert [(f.value, f.earlier) for f in fr] == [(83, True), (97, False)]


def test_two_amounts_said_in_turn_share_the_scale_said_last():
    """Construction: "fixée respectivement à N et M millions de dollars", "N and M million dollars
    respectively": both in millions whatever their order; a range keeps its order ("de 500 à 2 millions")."""
    fr = keys("Leur caution, fixée respectivement à 7 et 4 millions de dollars, a été refusée.", "fr")
    assert fr == [(7e6, "money", "USD"), (4e6, "money", "USD")]
    en = keys("Their bail was set at 7 and 4 million dollars respectively.", "en")
    assert en == [(7e6, "money", "USD"), (4e6, "money", "USD")]
    assert keys("Les prix vont de 500 à 2 millions de dollars.", "fr") == [
        (500, "money", "USD"),
        (2e6, "money", "USD"),
    ]


def test_litres_and_gallons_are_measures_not_counts_to_compare():
    """Construction: "to 190 litres per person per day (50 gallons)" beside "190 villages": a volume is no count
    of the story, so the villages' count is the one the other version's "193 communes" disputes."""
    en = extract_figures(
        "The rules cover 190 villages. Use must fall from 210 litres to 190 litres per person (50 gallons).",
        "en",
    )
    assert [f.unit for f in en if f.value == 190] == ["village", "litre"]
    fr = extract_figures("Les habitants des 193 communes touchées sont concernés.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(190, 193)]


def test_ages_listed_after_an_age_prefix():
    """Construction: "quatre enfants âgés de 2, 7, 11 et 16 ans", "children aged 4, 9 and 12 years": every
    number of the list is an age, not a span of years; a list of prison terms stays durations."""
    fr = keys("Parmi eux, trois enfants âgés de 2, 7, 11 et 16 ans.", "fr")
    assert [k for k in fr if k[1] == "age"] == [
        (2, "age", None),
        (7, "age", None),
        (11, "age", None),
        (16, "age", None),
    ]
    assert keys("Her children, aged 4, 9 and 12 years, were safe.", "en") == [
        (4, "age", None),
        (9, "age", None),
        (12, "age", None),
    ]
    assert keys("Ils ont été condamnés à 3, 6 et 10 ans de prison.", "fr") == [
        (3, "duration", "years"),
        (6, "duration", "years"),
        (10, "duration", "years"),
    ]


def test_a_scaled_part_of_a_scaled_count_counts_its_noun():
    """Construction: "3,8 millions des 5 millions d'électeurs": voters, not an amount, even in a text whose
    amounts are all in one currency."""
    fr = keys(
        "Le budget prévoit 2,2 milliards de dollars. Ainsi, 3,8 millions des 5 millions d'électeurs paieront moins.",
        "fr",
    )
    assert fr == [(2.2e9, "money", "USD"), (3.8e6, "count", "voter"), (5e6, "count", "voter")]


def test_two_readings_six_tenths_apart_conflict():
    """Construction: "reported 49.8 degrees Celsius" against "a affiché 49,2°C": readings to the tenth this far
    apart are one record reported two ways (the tolerance holds in floating point)."""
    en = extract_figures("The station reported 52.9 degrees Celsius on Wednesday.", "en")
    fr = extract_figures("Le thermomètre a affiché 52,3°C mercredi.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(52.9, 52.3)]


def test_a_headlines_bound_over_its_bodys_figure_leaves_the_body_figure_compared():
    """Construction: a headline's "Over 4,000 accounts" over the body's "Approximately 4,300 accounts", against
    another version's "quelque 4 400": the body's estimate is the one compared (two values of one
    quantity), not the headline's bound, which the other value would satisfy."""
    title = Figure("4,000", 4000, "count", "account", field="title", approx="at least")
    en = [title, *extract_figures("Approximately 4,300 accounts were targeted in the attacks.", "en")]
    fr = extract_figures("De ce nombre, quelque 4 400 comptes ont été visés.", "fr")
    comparison = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in comparison.conflicts] == [(4300, 4400)]
    assert comparison.only_en == [] and comparison.matched == []


def test_a_year_of_launch_dates_nothing():
    """Construction: "Lancée en 2017, la plateforme aurait blanchi environ N bitcoins", "Launched in 2016, the
    site handled N orders": the year opens the period the figure covers, like a founding's; it dates nothing."""
    fr = extract_figures("Lancée en 2017, la plateforme aurait blanchi environ 150.000 bitcoins.", "fr")
    assert [(f.value, f.year) for f in fr if f.kind == "money"] == [(150000, None)]
    en = extract_figures("Launched in 2016, the site handled 80,000 orders.", "en")
    assert [(f.value, f.year) for f in en if f.kind == "count"] == [(80000, None)]


def test_a_hedged_a_million_in_brackets_counts_what_is_named_before():
    """Construction: "ahead of the Britons (1.2 million) and the Germans (nearly a million)": a hedged "a
    million" with no noun is a count; "thanks a million" is none."""
    en = extract_figures("ahead of the Britons (1.2 million) and the Germans (nearly a million).", "en")
    assert [(f.value, f.approx) for f in en] == [(1.2e6, None), (1e6, "at most")]
    assert extract_figures("Thanks a million, she said.", "en") == []


def test_an_age_after_the_restrictive_ne_que():
    """Construction: "quand il n'était âgé que de 19 ans": an age, the "que" of "ne ... que" between."""
    assert keys("Engagé en 2021 quand il n'était âgé que de 19 ans, il a brillé.", "fr") == [
        (19, "age", None)
    ]


def test_amounts_in_thousands_going_on_a_list_without_their_currency():
    """Constructions: "80.000 euros. La prime monte ensuite : 120.000 au 2e tour, 175.000 au 3e tour",
    "18.000 euros, le deuxième 26.000 et le troisième 39.000": each an amount in the list's currency; not a
    count after an amount followed by a verb ("€5,000; 1,200 were sold")."""
    fr = keys(
        "Un premier tour rapporte 80.000 euros. La prime monte ensuite : 120.000 au 2e tour, 175.000 au 3e "
        "tour et 510.000 en demi-finales.",
        "fr",
    )
    assert fr == [
        (80000, "money", "EUR"),
        (120000, "money", "EUR"),
        (175000, "money", "EUR"),
        (510000, "money", "EUR"),
    ]
    assert keys("Un premier tour vaudra 18.000 euros, le deuxième 26.000 et le troisième 39.000.", "fr") == [
        (18000, "money", "EUR"),
        (26000, "money", "EUR"),
        (39000, "money", "EUR"),
    ]
    assert keys("Seats cost €5,000; 1,200 were sold.", "en") == [
        (5000, "money", "EUR"),
        (1200, "count", None),
    ]


def test_the_number_of_people_a_bare_scaled_number_reaches_is_a_count():
    """Construction: in a report of appeals in dollars, "the number of people forced from their homes went
    past N million": a count of people, not an amount; a shortfall said after "the number of donors fell" is
    still money."""
    en = keys(
        "The appeal seeks $48.2bn. This year, the number of people forced from their homes went past 90 "
        "million.",
        "en",
    )
    assert en == [(48.2e9, "money", "USD"), (90e6, "count", None)]
    en = keys(
        "The appeal seeks $48.2bn. The number of donors fell, and the shortfall reached 20 billion.", "en"
    )
    assert en == [(48.2e9, "money", "USD"), (20e9, "money", "USD")]


def test_a_rank_said_as_number_two_and_days_said_as_journees():
    """Constructions: "l'ex-numéro deux de la société", "the regime's number two": a rank, no count;
    "des pauses de trois journées chacune": days, a span like "three consecutive days"."""
    assert keys("Selon la Cour, l'ex-numéro deux de la société savait.", "fr") == []
    assert keys("The regime's number two was arrested.", "en") == []
    assert keys("Des pauses de trois journées chacune sont prévues.", "fr") == [(3, "duration", "days")]


def test_a_season_and_its_year_date_the_figure():
    """Construction: "Recruté 20 millions d'euros à Lyon à l'été 2019": the summer's year dates the fee, so it
    disputes the other version's fee of that year ("in 2019 for 20 million pounds"), as the same fee in the
    wrong currency."""
    fr = extract_figures("Recruté 20 millions d'euros à Lyon à l'été 2019, il a brillé.", "fr")
    assert [(f.value, f.year) for f in fr if f.kind == "money"] == [(20e6, 2019)]
    en = extract_figures("He arrived from Lyon in 2019 for 20 million pounds.", "en")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(20e6, 20e6)]


def test_people_found_alive_in_french_and_a_titled_persons_age_in_brackets():
    """Constructions: "74 personnes ont été récupérées en vie", "retrouvées en vie": survivors, whom "73 people
    survived" disputes; "Mr. Park (41) was taken to hospital": an age, while a place's count in brackets
    ("Hama (171)") stays a count."""
    fr = extract_figures("Les garde-côtes ont précisé que 74 personnes ont été récupérées en vie.", "fr")
    assert [(f.value, f.unit) for f in fr] == [(74, "survivor")]
    assert [f.unit for f in extract_figures("Puis 9 personnes ont été retrouvées en vie.", "fr")] == [
        "survivor"
    ]
    en = extract_figures("She said 73 people survived.", "en")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(73, 74)]
    assert keys("The crew member, Mr. Park (41), was taken to hospital.", "en") == [(41, "age", None)]
    assert keys("Deaths by province: Hama (171), Homs (38).", "en") == [
        (171, "count", None),
        (38, "count", None),
    ]


def test_a_text_marking_canadian_amounts_c_dollar_writes_us_dollars_bare():
    """Construction: "Trade worth C$2bn ($1.46bn) moves every day" and, elsewhere in the text, "carrying
    $1.46bn a day": a text that marks its Canadian amounts "C$" writes for readers whose "$" is the US one, even
    when it is read as a Canadian publisher's; a text with no "C$" keeps the publisher's dollar."""
    from reader.figures.currency import text_dollar

    text = "Trade worth C$2bn ($1.46bn) moves every day. The lockout blocks chains carrying $1.46bn a day."
    assert text_dollar(text, "CAD") == "USD"
    assert text_dollar(text, "USD") == "USD"
    assert text_dollar("The lockout blocks chains carrying $2bn a day.", "CAD") == "CAD"
    figures = extract_figures(text, "en", text_dollar(text, "CAD"))
    assert [(f.value, f.currency) for f in figures] == [(2e9, "CAD"), (1.46e9, "USD"), (1.46e9, "USD")]


def test_a_place_named_at_the_edge_of_the_reach_is_read_whole():
    """Construction: "Plus de 600 examens reportés et un manque de personnel à Marseille après la panne":
    the place starts within reach of the count and is read whole, not cut where the reach ends."""
    fr = extract_figures(
        "Plus de 600 examens reportés et un manque de personnel à Marseille après la panne", "fr"
    )
    assert [f.place for f in fr] == ["marseille"]


def test_a_canadian_groups_local_paper_counts_canadian_dollars_and_seniors_over_an_age():
    """Constructions: a local paper of a Canadian newspaper group ("The Valley Courier (Black Press Media)")
    with bare dollars about a federal budget: Canadian dollars; "payments for seniors over 75": an age bound."""
    from reader.figures.currency import local_dollar

    assert local_dollar("The Valley Courier (Black Press Media)") == "CAD"
    assert local_dollar("Calgary Herald") == "CAD"
    assert keys("It raises payments for seniors over 75 by $9 billion.", "en") == [
        (75, "age", None),
        (9e9, "money", "USD"),
    ]


def test_the_worst_hurt_as_a_part_of_the_injured_and_street_numbers_listed():
    """Constructions: "41 of the injured people remain in serious condition" and "118 blessés dont 26 gravement":
    the worst hurt in both, a small toll two updates give apart (a conflict, as for other tolls); "au 12 et au
    14 rue de la Paix", "No 12 had been empty": street numbers, no count."""
    en = extract_figures("Doctors said 41 of the injured people remain in serious condition.", "en")
    fr = extract_figures("On compte 118 blessés, dont 26 gravement.", "fr")
    assert [(f.value, f.unit) for f in en] == [(41, "critical")]
    assert [(f.value, f.unit) for f in fr] == [(118, "injury"), (26, "critical")]
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(41, 26)]
    assert keys("Deux immeubles, au 12 et au 14 rue de la Paix, se sont écroulés.", "fr") == [
        (2, "count", "building")
    ]
    assert keys("No 12 had been empty for years.", "en") == []


def test_citizens_a_verb_of_saving_counts_even_with_what_they_were_saved_from_between():
    """Construction: "the troops had saved 90 citizens from the flames" against "a permis de sauver des flammes
    97 citoyens": the saved in both, one quantity given two values."""
    en = extract_figures("The troops had saved 90 citizens from the flames.", "en")
    fr = extract_figures("L'intervention a permis de sauver des flammes 97 citoyens.", "fr")
    assert [(f.value, f.unit) for f in en + fr] == [(90, "survivor"), (97, "survivor")]
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(90, 97)]


def test_a_decimal_compared_with_a_scaled_number_is_in_its_scale_and_no_number_word_is_its_noun():
    """Constructions: "totalled 4.8 million, compared with 5.7 two years ago": the 5.7 is millions, and "two
    years" opens a figure of its own, no noun of the 5.7; "1,2 milliard de dollars contre 1,5 l'an dernier": the
    1,5 is billions of dollars, of last year."""
    en = keys("The party totalled 4.8 million, compared with 5.7 two years ago.", "en")
    assert en == [(4.8e6, "count", None), (5.7e6, "count", None), (2, "duration", "years")]
    fr = extract_figures("Les recettes ont atteint 1,2 milliard de dollars contre 1,5 l'an dernier.", "fr")
    assert [(f.value, f.currency, f.year) for f in fr] == [
        (1.2e9, "USD", None),
        (1.5e9, "USD", YEAR_BEFORE_ARTICLE),
    ]
    assert keys("They had 12 two years ago.", "en") == [(12, "count", None), (2, "duration", "years")]


def test_a_number_said_twice_and_an_age_bound_of_a_group():
    """Constructions: "un bail de trois (3) ans", "within thirty (30) days": one span, the number said in words
    and digits; "28 % des électeurs avaient moins de 35 ans": an age bound of a group, which disputes no
    person's age ("the candidate Amrani, 36")."""
    assert keys("Elle a signé un bail de trois (3) ans.", "fr") == [(3, "duration", "years")]
    assert keys("Pay within thirty (30) days of notice.", "en") == [(30, "duration", "days")]
    fr = extract_figures("D'après le sondage, 28 % des électeurs avaient moins de 35 ans.", "fr")
    assert [(f.value, f.kind, f.approx) for f in fr] == [(28, "percent", None), (35, "age", "at most")]
    en = extract_figures("He faced the socialist candidate Karim Amrani, 36.", "en")
    assert compare_figures(en, fr).conflicts == []


def test_an_amount_with_other_or_more_before_its_scale():
    """Construction: "a provisionné 600 autres millions de dollars", "set aside 600 more million dollars": an
    amount in millions, the adjective between the number and its scale."""
    assert keys("Le groupe a provisionné 600 autres millions de dollars.", "fr") == [(600e6, "money", "USD")]
    assert keys("It set aside 600 more million dollars.", "en") == [(600e6, "money", "USD")]


def test_both_sides_and_a_year_opening_a_change_are_no_figures():
    """Constructions: "Des deux côtés de la frontière, des villages brûlaient": both sides, no count; "En un
    an, le gaz est devenu 91,2 % plus cher", "up 18% in one year, ...": the window of a change,
    no span of the story ("construit en un an" stays one)."""
    assert keys("Des deux côtés de la frontière, des villages brûlaient.", "fr") == []
    assert keys("En un an, le gaz est devenu 91,2 % plus cher.", "fr") == [(91.2, "percent", None)]
    assert keys("Visitors, up 18% in one year, set a record.", "en") == [(18, "percent", None)]
    assert keys("Le pont a été construit en un an.", "fr") == [(1, "duration", "years")]


def test_a_decimal_in_brackets_after_a_name_in_a_ranking_is_in_its_scale():
    """Construction: "devant le Musée national avec 6 millions de visiteurs, puis le Prado (4,8)": the 4,8 is
    millions of visitors, as the ranking the scaled count opens gives them."""
    fr = keys("Il devançait le Musée national avec 6 millions de visiteurs, puis le Prado (4,8).", "fr")
    assert fr == [(6e6, "count", "visitor"), (4.8e6, "count", "visitor")]


def test_dollar_sign_then_country_letters_and_other_currency_prefixes():
    """Constructions: "$US 12 million", "$US8.4 million", "$CAN3 million" (the dollar sign before the country's
    letters, as global-health and Australian outlets write it), "Rp 40 million" and "Rp2.5 billion" (the rupiah
    as Indonesian papers write it), "Dh6.2 billion" (the UAE dirham as Gulf papers write it)."""
    assert keys("The fund asked for $US 12 million and had $US8.4 million.", "en") == [
        (12e6, "money", "USD"),
        (8.4e6, "money", "USD"),
    ]
    assert keys("Ottawa pledged $CAN3 million.", "en") == [(3e6, "money", "CAD")]
    assert keys("Families got Rp 40 million each, and the town Rp2.5 billion.", "en") == [
        (40e6, "money", "IDR"),
        (2.5e9, "money", "IDR"),
    ]
    assert keys("The port earned Dh6.2 billion.", "en") == [(6.2e9, "money", "AED")]


def test_rupees_are_the_currency_of_the_country_named():
    """Construction: "roupies" and "rupees" are rupiahs in a report on Indonesia, Pakistan's rupees in one on
    Pakistan, India's where the text names India or no country of the rupee."""
    fr = keys("Le ministère indonésien a versé 90 milliards de roupies.", "fr")
    assert fr == [(90e9, "money", "IDR")]
    assert keys("Islamabad set aside 4 billion rupees.", "en") == [(4e9, "money", "PKR")]
    assert keys("The Mumbai firm paid 30 million rupees.", "en") == [(30e6, "money", "INR")]
    assert keys("The firm paid 30 million rupees.", "en") == [(30e6, "money", "INR")]


def test_ages_of_a_group_given_as_a_range_after_age_groups_of():
    """Construction: "to children in the age groups of five to 12 years": two ages, no durations."""
    en = keys("The drive would reach children in the age groups of five to 12 years.", "en")
    assert en == [(5, "age", None), (12, "age", None)]
    assert keys("pupils in the age range of 7 to 11 years", "en") == [(7, "age", None), (11, "age", None)]


def test_a_dash_and_a_space_after_a_preposition_is_a_minus_sign():
    """Construction: "le taux, fixé à – 0,5 %, passera à – 0,1 %": a rate below zero (a level, not a fall: see
    test_a_value_printed_with_a_minus_sign_or_said_minus_is_below_zero), the sign spaced from its
    digits after "à", "de" or "to"; a dash between clauses stays punctuation."""
    fr = extract_figures("Le taux, fixé à – 0,5 %, passera à – 0,1 % en juillet.", "fr")
    assert [(f.value, f.minus, f.text) for f in fr if f.kind == "percent"] == [
        (-0.5, False, "– 0,5 %"),
        (-0.1, False, "– 0,1 %"),
    ]
    assert keys("The low fell to – 14C overnight.", "en") == [(-14, "temperature", "C")]
    assert keys("La hausse – 4 % en mai – reste faible.", "fr") == [(4, "percent", None)]


def test_two_conversions_in_one_bracket_are_both_the_outlets_arithmetic():
    """Construction: "savings of three billion euros (Dh12.1 billion, $3.3 billion)": both bracketed amounts
    convert the euros, so neither disputes another report's "3,25 milliards" of euros; the euros do."""
    en = extract_figures("It plans savings of three billion euros (Dh12.1 billion, $3.3 billion).", "en")
    assert [(f.value, f.currency, f.converts) for f in en if f.kind == "money"] == [
        (3e9, "EUR", False),
        (12.1e9, "AED", True),
        (3.3e9, "USD", True),
    ]
    fr = extract_figures("Le plan doit rapporter environ 3,25 milliards d'euros.", "fr")
    assert [(a.currency, b.value) for a, b in compare_figures(en, fr).conflicts] == [("EUR", 3.25e9)]


def test_a_list_of_ages_after_aged_ends_with_an_age_whatever_verb_follows():
    """Constructions: "Three men, aged 62, 48 and 29 have been arrested": three ages, not 48 and 29 arrests;
    "un bébé âgé de 7 mois et trois enfants": a unit ends the list, the three are children."""
    assert keys("Three men, aged 62, 48 and 29 have been arrested.", "en") == [
        (3, "count", "man"),
        (62, "age", None),
        (48, "age", None),
        (29, "age", None),
    ]
    fr = keys("On compte un bébé âgé de 7 mois et trois enfants.", "fr")
    assert fr == [(7, "age", "months"), (3, "count", "child")]


def test_a_decade_and_a_half_is_fifteen_years():
    """Construction: "a decade-and-a-half ago", "a decade and a half", "une décennie et demie": 15 years."""
    assert keys("The scheme ran a decade-and-a-half ago.", "en") == [(15, "duration", "years")]
    assert keys("It lasted a decade and a half.", "en") == [(15, "duration", "years")]
    assert keys("Le chantier a duré une décennie et demie.", "fr") == [(15, "duration", "years")]
    assert keys("Le chantier a duré deux ans et demi.", "fr") == [(2.5, "duration", "years")]


def test_french_compound_numbers_in_the_old_spelling_without_hyphens():
    """Construction: "Quatre vingt treize morts", "soixante dix-sept blessés": the numbers as older typography
    writes them, without hyphens."""
    assert keys("Quatre vingt treize morts ont été recensés.", "fr") == [(93, "count", "death")]
    assert keys("On compte soixante dix-sept blessés.", "fr") == [(77, "count", "injury")]


def test_gang_members_arrested_are_the_other_reports_suspects():
    """Construction: "Police arrested eight gang members" against "Huit suspects ont été interpellés": one
    quantity, matched, not flagged on both sides."""
    en = extract_figures("Police arrested eight gang members after the raids.", "en")
    fr = extract_figures("Huit suspects ont été interpellés après les perquisitions.", "fr")
    comparison = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in comparison.matched] == [(8, 8)]


def test_a_decimal_of_a_percentage_point_and_points_compared_with_a_quarter():
    """Constructions: "pushed the rate up by 0.4 of a percentage point", "une hausse de 0,2 point par rapport
    au trimestre précédent": a change of a rate in points ("points par match" stays no rate)."""
    assert keys("It pushed the rate up by 0.4 of a percentage point.", "en") == [(0.4, "percent", "point")]
    fr = keys(
        "Le taux atteint 31,4 %, soit une hausse de 0,2 point par rapport au trimestre précédent.", "fr"
    )
    assert fr == [(31.4, "percent", None), (0.2, "percent", "point")]
    assert keys("Il marque 0,5 point par match.", "fr") != [(0.5, "percent", "point")]


def test_a_value_inside_the_other_versions_narrow_range_is_that_quantity():
    """Constructions: "the key rate falls to roughly 3.8%" against "dans une fourchette de 3,75 à 4,00%": one
    quantity, disputed with the band, its upper bound no figure of its own; "entre 5 % et 20 % des saisies"
    is a spread no other figure of the story is taken for; "passé de 12 à 15 morts" is no range."""
    en = extract_figures("The key rate falls to roughly 3.8%, the bank said.", "en")
    fr = extract_figures("Le taux directeur se situe dans une fourchette de 3,75 à 4,00%.", "fr")
    assert [f.bound for f in fr] == ["low", "high"]
    comparison = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in comparison.conflicts] == [(3.8, 3.75)]
    assert comparison.only_en == [] and comparison.only_fr == []
    wide = extract_figures("La police saisit entre 5 % et 20 % des produits.", "fr")
    assert [f.bound for f in wide] == ["low", "high"]
    other = extract_figures("Exports fell 12% last year.", "en")
    assert compare_figures(other, wide).conflicts == []
    toll = extract_figures("Le bilan est passé de 12 à 15 morts.", "fr")
    assert [f.bound for f in toll] == [None, None]
    assert [f.bound for f in extract_figures("between 18,100 and 34,200 people died", "en")] == [
        "low",
        "high",
    ]


def test_a_toll_risen_by_some_more_is_no_current_value_of_the_toll():
    """Construction: "reported seven deaths a day later" against "la mort de quatre personnes supplémentaires
    ... Le précédent bilan faisait état de sept décès": the seven match, and the four more dispute nothing."""
    en = extract_figures("Officials reported seven deaths a day later.", "en")
    fr = extract_figures(
        "Avec la mort de quatre personnes supplémentaires, le bilan s'alourdit. "
        "Le précédent bilan faisait état de sept décès.",
        "fr",
    )
    comparison = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in comparison.matched] == [(7, 7)]
    assert comparison.conflicts == []


def test_a_round_lower_bound_a_little_under_the_other_versions_value_disputes_it():
    """Constructions: "more than 350 jobs" against "(371 postes supprimés)": one quantity, rounded down and
    hedged, a dispute told as a rounding; "more than 50 percent of voters" against "58 %" is a threshold the
    value passes, no dispute."""
    en = extract_figures("The closures will cost more than 350 jobs.", "en")
    fr = extract_figures("Le plan touche 12 magasins (371 postes supprimés).", "fr")
    comparison = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in comparison.rounded] == [(350, 371)]
    en = extract_figures("The measure needed more than 50 percent of voters.", "en")
    fr = extract_figures("La mesure a obtenu 58 % des voix.", "fr")
    assert compare_figures(en, fr).conflicts == []


def test_a_population_said_after_amounts_is_people():
    """Construction: "The loan rose to $6 billion ... to feed a population of more than 90 million": a count of
    people, not an amount in the text's dollars."""
    en = keys("The loan rose to $6 billion. It must feed a population of more than 90 million.", "en")
    assert en == [(6e9, "money", "USD"), (90e6, "count", None)]


def test_a_roads_number_is_no_figure():
    """Construction: "sur la route nationale 2 (R.N.2)", "la RN 4", "on Highway 17": the name of a road."""
    assert keys("Le car roulait sur la route nationale 2 (R.N.2), près de la ville.", "fr") == []
    assert keys("Le choc a eu lieu sur la RN 4, faisant 9 morts.", "fr") == [(9, "count", "death")]
    assert keys("Traffic stopped on Highway 17 for hours.", "en") == []


def test_two_distances_from_two_places_dispute_nothing_even_hedged():
    """Construction: "about 180 kilometres east of the capital" against "à plus de 200 kilomètres de la ville":
    distances from two places, never a rounding's dispute."""
    en = extract_figures("The crash happened about 180 kilometres east of the capital.", "en")
    fr = extract_figures("L'accident a eu lieu à plus de 200 kilomètres de la ville.", "fr")
    assert compare_figures(en, fr).conflicts == []


def test_a_peoples_count_and_a_count_in_its_country_are_two_quantities():
    """Construction: "41 Peruvian citizens were among the dead" against "un avion transportant 58 personnes s'est
    écrasé au Pérou": the nationals and everyone in the country."""
    en = extract_figures("Officials said 41 Peruvian citizens were among the dead.", "en")
    fr = extract_figures("Un avion qui transportait 58 personnes s'est écrasé dimanche au Pérou.", "fr")
    assert compare_figures(en, fr).conflicts == []


def test_a_share_of_a_larger_count_disputes_no_whole():
    """Constructions: "12 des 80 personnes décédées sont des enfants", "killing 150 of the 151 people on board":
    parts of a count given right after them, no other value of the other version's toll; "ont remporté 141 des
    300 sièges" is a party's result itself."""
    fr = extract_figures("Au total, 12 des 80 personnes décédées sont des enfants.", "fr")
    assert [f.part for f in fr] == [True, False]
    en = extract_figures("The crash killed 150 of the 151 people on board.", "en")
    assert [f.part for f in en] == [True, False]
    seats = extract_figures("Les libéraux ont remporté 141 des 300 sièges.", "fr")
    assert [f.part for f in seats] == [False, False]


def test_head_of_cattle_are_the_other_reports_tetes_de_betail():
    """Construction: "almost 50,000 head of cattle died" against "42.000 têtes de bétail ont péri": one count of
    livestock, given two values."""
    en = extract_figures("Officials said almost 50,000 head of cattle died.", "en")
    fr = extract_figures("Au total, 42.000 têtes de bétail ont péri.", "fr")
    assert [f.unit for f in en + fr] == ["livestock", "livestock"]
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(50000, 42000)]


def test_a_publishers_own_dollar_makes_every_bare_amount_of_a_text_with_no_currency_word():
    """Construction: a Canadian editorial with no currency word at all: "elle ajoute quelque 42 milliards en
    nouvelles dépenses, dont 17 milliards pour l'année en cours; le déficit passe de 98,3 milliards à 81,6
    milliards; un déficit de 16,7 milliards": once the context makes two of them amounts in the publisher's
    dollars, the others are too."""
    text = (
        "Elle ajoute quelque 42 milliards en nouvelles dépenses, dont 17 milliards pour l'année en cours. "
        "Le déficit passe de 98,3 milliards à 81,6 milliards. Ottawa prévoit un déficit de 16,7 milliards."
    )
    assert [(v, k, c) for v, k, c in keys(text, "fr", "CAD")] == [
        (42e9, "money", "CAD"),
        (17e9, "money", "CAD"),
        (98.3e9, "money", "CAD"),
        (81.6e9, "money", "CAD"),
        (16.7e9, "money", "CAD"),
    ]


def test_a_towns_people_and_its_inhabitants_are_one_population():
    """Construction: "a resort city of around 900,000 people" against "qui compte près de 700.000 habitants":
    one population, given two values."""
    en = extract_figures("The resort city of around 900,000 people was cut off.", "en")
    fr = extract_figures("La station balnéaire, qui compte près de 700.000 habitants, est isolée.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(900000, 700000)]


def test_an_international_wires_story_credited_as_it_opens_counts_its_own_dollars():
    """Construction: "(Bloomberg) -- Sweden's regulator fined the firm 300,000 euros ($339,000)" on a Canadian
    business site: the wire's US dollars, unless the story is about Canada."""
    from reader.figures.currency import article_dollar

    site = ("BNN Bloomberg", "https://www.bnnbloomberg.ca/story-1.123")
    wire = "(Bloomberg) -- Sweden's regulator fined the firm 300,000 euros ($339,000) on Tuesday."
    assert article_dollar(wire, *site) == "USD"
    about_canada = (
        "(Bloomberg) -- Air Canada lost $1 billion, Ottawa said, as Montreal and Toronto flights stopped."
    )
    assert article_dollar(about_canada, *site) == "CAD"
    assert article_dollar("Shopify shares fell to $39 in Toronto.", *site) == "CAD"


def test_peoples_without_a_plural_s_and_lowercase_peoples_in_a_french_list():
    """Constructions: "included 312 Vietnamese, 488 Chinese and 61 Bangladeshi" (peoples with no plural "s");
    "dont 640 ressortissants chinois, 312 vietnamiens et 95 indonésiens" (the people after "ressortissants",
    and the next ones of the list lowercase); the Chinese of both reports are one count, given two values."""
    en = extract_figures("The detainees included 312 Vietnamese, 488 Chinese and 61 Bangladeshi.", "en")
    assert [(f.unit, f.place) for f in en] == [
        ("national", "vietnamese"),
        ("national", "chinese"),
        ("national", "bangladeshi"),
    ]
    fr = extract_figures("On compte 640 ressortissants chinois, 312 vietnamiens et 95 indonésiens.", "fr")
    assert [(f.unit, f.place) for f in fr] == [
        ("national", "chinois"),
        ("national", "vietnamiens"),
        ("national", "indonésiens"),
    ]
    comparison = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in comparison.matched] == [(312, 312)]
    assert [(a.value, b.value) for a, b in comparison.conflicts] == [(488, 640)]
    assert keys("He sold 300 Japanese cars.", "en") == [(300, "count", "car")]


def test_a_bare_number_compared_with_a_span_or_a_rate_is_of_its_kind():
    """Constructions: "(41 ans contre presque 37 pour son voisin)", "5,4 % contre 4,9 un an plus tôt",
    "highs of 39C, against 36 last year": the compared number is a span, a rate, a temperature; a number with a
    noun of its own stays a count ("3 ans contre 12 suspects")."""
    assert keys("Il règne depuis 41 ans (41 ans contre presque 37 pour son voisin).", "fr")[-1] == (
        37,
        "duration",
        "years",
    )
    assert keys("Le chômage atteint 5,4 % contre 4,9 un an plus tôt.", "fr") == [
        (5.4, "percent", None),
        (4.9, "percent", None),
    ]
    assert keys("Highs of 39C, against 36 last year.", "en") == [
        (39, "temperature", "C"),
        (36, "temperature", "C"),
    ]
    assert keys("Il a pris 3 ans contre 12 suspects.", "fr")[-1] == (12, "count", "suspect")


def test_belgian_and_swiss_french_tens():
    """Construction: "Cent-nonante-quatre personnes", "septante-deux morts", "huitante blessés": Belgian and
    Swiss French tens."""
    assert keys("Cent-nonante-quatre personnes ont été hospitalisées.", "fr") == [
        (194, "count", "hospitalised")
    ]
    assert keys("On compte septante-deux morts et huitante blessés.", "fr") == [
        (72, "count", "death"),
        (80, "count", "injury"),
    ]


def test_a_reading_after_a_temperature_of_and_a_year_of_another_calendar():
    """Constructions: "Kasserine a atteint une température de 46,5, du jamais-vu" (a reading without its
    unit), "a temperature of 44.5 was recorded"; "premier jour de l'an 1446 de l'hégire" (a year of the Hijri
    calendar, no count)."""
    assert keys("Kasserine a atteint une température de 46,5, du jamais-vu.", "fr") == [
        (46.5, "temperature", "C")
    ]
    assert keys("A temperature of 44.5 was recorded in the town.", "en") == [(44.5, "temperature", "C")]
    assert keys("C'était le premier jour de l'an 1446 de l'hégire.", "fr") == []
    assert keys("Une température de 300 employés.", "fr") == [(300, "count", "employee")]


def test_an_adverb_between_the_auxiliaries_of_a_fate():
    """Construction: "Deux cent douze personnes ont en outre été hospitalisées": the hospitalised, the adverb
    between "ont" and "été" read through."""
    assert keys("Deux cent douze personnes ont en outre été hospitalisées.", "fr") == [
        (212, "count", "hospitalised")
    ]


def test_a_french_noun_outside_the_table_after_autres():
    """Construction: "4800 autres propriétés": the noun after "autres" is counted, in the table or not; what
    befell the others ("trois autres arrêtés") still names them."""
    assert keys("Quelque 3200 autres propriétés sont sous alerte.", "fr") == [(3200, "count", "propriétés")]
    assert keys("La police a gardé trois autres arrêtés.", "fr") == [(3, "count", "arrest")]


def test_people_left_with_injuries_are_the_injured():
    """Constructions: "left 412 people with injuries", "souffrant de blessures légères"; "with serious burns"
    the burned, some of the injured (see test_compare); not "people with disabilities"."""
    assert keys("The blasts left 412 people with injuries.", "en") == [(412, "count", "injury")]
    assert keys("Some 30 people with serious burns were flown out.", "en") == [(30, "count", "burn")]
    assert keys("On compte 12 personnes souffrant de blessures légères.", "fr") == [(12, "count", "injury")]
    assert keys("The plan helps 40 people with disabilities.", "en") == [(40, "count", "person")]


def test_a_named_person_turning_a_bare_number_is_an_age():
    """Construction: "Ada Morel turns 92 next week": an age to come, whoever turns it."""
    (figure,) = extract_figures("Ada Morel turns 92 next week, her family said.", lang="en")
    assert (figure.value, figure.kind, figure.later) == (92, "age", True)


def test_the_second_share_of_a_vote_split_is_a_rate():
    """Construction: "approved by 58,4 percent to 41,6" (the two shares making the whole); not "rose 3 percent
    to 105" (a level after a change)."""
    assert keys("Voters approved it by 58,4 percent to 41,6.", "en") == [
        (58.4, "percent", None),
        (41.6, "percent", None),
    ]
    assert keys("Le texte passe par 52 % à 48.", "fr") == [(52, "percent", None), (48, "percent", None)]
    assert keys("The index rose 3 percent to 105.", "en")[-1] == (105, "count", None)


def test_a_share_of_a_toll_named_by_its_noun_is_a_part():
    """Constructions: "Eleven of the deaths were in Puerto Lindo", "trois des victimes", "16 of them": a part
    of a toll given whole elsewhere, which disputes no toll of the other version."""
    (part,) = extract_figures("Eleven of the deaths were recorded in the town of Puerto Lindo.", lang="en")
    assert (part.value, part.unit, part.part) == (11, "death", True)
    en = extract_figures("Eleven of the deaths were recorded in the town of Puerto Lindo.", lang="en")
    fr = extract_figures("Au moins 26 personnes sont mortes.", lang="fr")
    assert compare_figures(en, fr).conflicts == []
    (whole,) = extract_figures("Eleven deaths were recorded.", lang="en")
    assert not whole.part


def test_two_adjectives_of_one_plural_noun_and_dwellings():
    """Constructions: "four public and private schools" (the noun after the second adjective), "une dizaine
    d'habitations" (dwellings are homes)."""
    assert keys("In the north, four public and private schools were destroyed.", "en") == [
        (4, "count", "school")
    ]
    assert keys("Une dizaine d'habitations ont été emportées.", "fr") == [(10, "count", "home")]


def test_an_emergency_number_is_no_count():
    """Constructions: "les appels du 911", "call 999", "the 112 operators": the emergency services' number;
    not "112 morts"."""
    assert keys("Les opérateurs qui traitent les appels du 911 ne voient plus les numéros.", "fr") == []
    assert keys("Residents were told to call 999 at once.", "en") == []
    assert keys("The 112 operators were overwhelmed.", "en") == []
    assert keys("Le bilan est passé à 112 morts.", "fr") == [(112, "count", "death")]


def test_a_fate_after_an_aside_without_commas_and_people_treated_for_injuries():
    """Constructions: '"31 survivors including four children have been hospitalised"' (the fate past an aside
    no comma opens), "of the 26 passengers treated for injuries" (whoever is treated for injuries is hurt); not
    "patients treated for cancer"."""
    assert keys("Officials said 31 survivors including four children have been hospitalised.", "en") == [
        (31, "count", "hospitalised"),
        (4, "count", "hospitalised"),
    ]
    assert keys("Of the 26 passengers treated for injuries, most are German.", "en") == [
        (26, "count", "injury")
    ]
    assert keys("The ward has 40 patients treated for cancer.", "en") == [(40, "count", "patient")]


def test_a_countrys_initials_between_a_count_and_its_noun():
    """Construction: "Eleven U.S. service members have been killed": the initials say whose they are, the noun
    and the fate after them are read; not "20 U.S. dollars"."""
    assert keys("Eleven U.S. service members have been killed and 9 others injured.", "en") == [
        (11, "count", "death"),
        (9, "count", "injury"),
    ]
    assert keys("The firm paid 20 U.S. dollars.", "en") == [(20, "money", "USD")]


def test_bare_readings_in_a_text_giving_temperatures():
    """Constructions: "reached a high of 38 in the early afternoon", "peaking at 38.6 on Friday", "temperatures of
    around 31", "des maximales de 40" in a text that gives a temperature with its unit; not "a high of 39" of an
    index in a text with none."""
    assert keys(
        "It hit 40.2C inland, and the capital reached a high of 38 in the early afternoon, peaking at 38.6 on "
        "Friday; temperatures of around 31 are still forecast.",
        "en",
    ) == [
        (40.2, "temperature", "C"),
        (38, "temperature", "C"),
        (38.6, "temperature", "C"),
        (31, "temperature", "C"),
    ]
    assert keys("Il a fait 37 °C hier, avec des maximales de 40 dans le sud.", "fr")[-1] == (
        40,
        "temperature",
        "C",
    )
    assert keys("The index hit a high of 39 in May.", "en") == [(39, "count", None)]


def test_a_fate_past_an_aside_between_dashes_and_a_toll_since_revised():
    """Constructions: "More than 40 people - including five firefighters - were hurt" (the fate past an aside
    between dashes); "le bilan provisoire faisait état de 21 morts" (the imperfect of a toll since revised: an
    earlier value), not "La police faisait état de 21 blessés" (no toll named)."""
    assert keys("More than 40 people - including five firefighters - were hurt.", "en")[0] == (
        40,
        "count",
        "injury",
    )
    (earlier,) = extract_figures("Depuis dimanche, le bilan provisoire faisait état de 21 morts.", "fr")
    assert earlier.earlier
    (reported,) = extract_figures("La police faisait état de 21 blessés.", "fr")
    assert not reported.earlier


def test_a_scaled_range_with_the_symbol_twice_pence_and_ages_of_a_group_ranging():
    """Constructions: "an estimated £5mn-£8mn" (the first amount's scale before the dash), "à 131,20 pence" (a
    share's price in hundredths of a pound), "The ages of the accused range from 23 to 47"."""
    assert keys("Recovery will cost an estimated £5mn-£8mn.", "en") == [
        (5_000_000, "money", "GBP"),
        (8_000_000, "money", "GBP"),
    ]
    assert keys("Le titre a reculé à 131,20 pence.", "fr") == [(1.312, "money", "GBP")]
    assert keys("The ages of the accused range from 23 to 47.", "en") == [
        (23, "age", None),
        (47, "age", None),
    ]


def test_the_latest_toll_in_the_imperfect_is_no_earlier_value():
    """Construction: "le dernier bilan faisait état de 81 personnes tuées": the latest toll, whatever the tense."""
    (latest,) = extract_figures(
        "La préfecture a indiqué que le dernier bilan faisait état de 81 personnes tuées.", "fr"
    )
    assert not latest.earlier


def test_a_toll_so_far_and_people_missing_from_the_roll():
    """Constructions: "ont fait jusqu'ici sept morts" (the toll so far, the latest; not "le bilan était jusqu'ici
    de 80", a value since revised), "Au moins six personnes manquent à l'appel" (the missing)."""
    (so_far,) = extract_figures("Les pluies ont fait jusqu'ici neuf morts, selon un nouveau bilan.", "fr")
    assert (so_far.unit, so_far.earlier) == ("death", False)
    (revised,) = extract_figures("Le bilan était jusqu'ici de 80 morts.", "fr")
    assert revised.earlier
    assert keys("Au moins six personnes manquent à l'appel depuis l'incendie.", "fr") == [
        (6, "count", "missing")
    ]


def test_a_tally_written_out_before_a_slipped_scale_word():
    """Construction: a tally written out to the unit and followed by a scale word by mistake ("polled 8,431,205
    million votes"): the count is the tally, not trillions; a number of thousands before "million" still scales
    ("1,200 million shares")."""
    assert keys("The runner-up polled 8,431,205 million votes.", "en") == [(8431205, "count", "vote")]
    assert keys("The bank sold 1,200 million shares.", "en") == [(1_200_000_000, "count", "shares")]


def test_a_bare_number_reached_after_a_reading_is_another_reading():
    """Construction: "dépassaient les 41 °C et s'approchaient même des 44 dans certaines villes", "41C, and up to
    44 in the south": a bare number close to a temperature said before it in its sentence, after a word that
    reaches it; not a count said after a reading ("40C in Seville, and 12 were taken to hospital")."""
    fr = extract_figures(
        "Les températures dépassaient les 41 °C et s'approchaient même des 44 dans certaines villes.", "fr"
    )
    assert [(f.value, f.kind) for f in fr] == [(41, "temperature"), (44, "temperature")]
    en = extract_figures("Highs reached 40C in Seville, and 12 were taken to hospital.", "en")
    assert [f.kind for f in en] == ["temperature", "count"]


def test_a_share_after_the_noun_route_and_a_hyphen_before_per_cent():
    """Constructions: "the eastern Mediterranean route 14 per cent" (a route's share, no road's number, unlike
    "Route 66") and "a 19-per cent rise" (a hyphen, then a space before "cent")."""
    assert keys("The Balkan route made up 22 per cent, and the eastern route 14 per cent.", "en") == [
        (22, "percent", None),
        (14, "percent", None),
    ]
    assert keys("Traffic on Route 66 fell.", "en") == []
    assert keys("Crossings show a 19-per cent rise from a year earlier.", "en") == [(19, "percent", None)]


def test_a_budgets_bare_amounts_and_a_year_closed():
    """Constructions: "Some 12 billion Swiss francs were spent. Of that, 8.1 billion related to short-time work"
    (a participle after a scaled number is a verb, the amount one of the text's), "tablait sur un excédent de
    290 millions" (a surplus is a sum), "had closed 2019 with a surplus of 2.9 billion francs" (the year the
    accounts closed dates the amount); "five asphyxiated by gas" still counts the five."""
    en = extract_figures(
        "Some 12 billion Swiss francs were spent on the pandemic. Of that, 8.1 billion related to short-time "
        "work. The country had closed 2019 with a surplus of 2.9 billion francs.",
        "en",
    )
    assert [(f.value, f.kind, f.currency, f.year) for f in en if f.kind == "money"] == [
        (12e9, "money", "CHF", None),
        (8.1e9, "money", "CHF", None),
        (2.9e9, "money", "CHF", 2019),
    ]
    fr = extract_figures(
        "Le déficit atteint 15,8 milliards de francs. Le budget tablait sur un excédent de 290 millions.",
        "fr",
    )
    assert [(f.value, f.currency) for f in fr] == [(15.8e9, "CHF"), (290e6, "CHF")]
    assert keys("Two died in the blast and five asphyxiated by gas.", "en")[-1][0] == 5


def test_naira_written_n_in_a_nigerian_text_and_a_singular_us_dollar():
    """Constructions: "a litre now costs between N480 and N550" in a text naming Nigeria (the naira's "N" glued
    to the digits; "N95 masks" elsewhere are no amount), "190 nairas (0,41 US dollar)"."""
    assert [
        (k[0], k[2]) for k in keys("In Lagos, Nigeria, a litre now costs N480 after the subsidy ended.", "en")
    ] == [(480, "NGN")]
    assert keys("Nurses wore N95 masks.", "en") == []
    assert keys("Il payait 190 nairas (0,41 US dollar) le litre.", "fr") == [
        (190, "money", "NGN"),
        (0.41, "money", "USD"),
    ]


def test_a_list_of_emergency_numbers_is_no_count():
    """Constructions: "separate numbers -- 15, 17, and 18 -- alongside 112, the emergency number", "les numéros
    d'urgence (15, 18 et 112)": numbers to dial; not "15 or 18 people needed an ambulance", nor "lasted 15 and
    18 days" in a text about an emergency."""
    assert (
        keys("France has separate numbers -- 15, 17, and 18 -- alongside 112, the emergency number.", "en")
        == []
    )
    assert keys("Les appels vers les numéros d'urgence (15, 18 et 112) étaient perturbés.", "fr") == []
    assert [k[0] for k in keys("Some 15 or 18 people needed an ambulance.", "en")] == [15, 18]


def test_an_hour_in_another_countrys_time_is_a_clock_time():
    """Construction: "jusqu'à 9h (14h en France)": the hour in the time of another country, no span of hours."""
    assert keys("La FAA a suspendu les vols jusqu'à 9h (14h en France).", "fr") == []


def test_a_change_from_a_decimal_to_a_scaled_value_and_a_years_levels():
    """Constructions: "indoor deaths fell from 4.1 to 3.6 million" and "de 4,1 à 3,6 millions" (the start of a
    change, a decimal, is in the scale of the value it went to), "cut emissions 30 percent below 2010 levels" (a
    year's levels, no count), "a 48-second lead" (a span in seconds)."""
    assert [k[0] for k in keys("Indoor deaths fell from 4.1 to 3.6 million a year.", "en")] == [
        4_100_000,
        3_600_000,
    ]
    assert [k[0] for k in keys("Les décès ont baissé de 4,1 à 3,6 millions par an.", "fr")] == [
        4_100_000,
        3_600_000,
    ]
    assert keys("The plan cuts emissions 30 percent below 2010 levels.", "en") == [(30, "percent", None)]
    assert keys("He kept a 48-second lead over the champion.", "en") == [(48, "duration", "seconds")]


def test_a_first_count_and_a_floor_its_own_version_states_precisely():
    """Constructions: "Le tout premier décompte rapportait la mort de 31 personnes" (an earlier value), and a
    lede's "Plus de 40 personnes ont été tuées" over "Au total, 43 personnes ont péri" (the floor restates the
    count its version states: the count disputes the other version's "at least 38 killed")."""
    (first,) = extract_figures("Le tout premier décompte rapportait la mort de 31 personnes.", "fr")
    assert first.earlier
    en = extract_figures("At least 38 civilians were killed on Saturday.", "en")
    fr = extract_figures(
        "Plus de 40 personnes ont été tuées samedi. Au total, 43 personnes ont péri dans le bombardement.",
        "fr",
    )
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(38, 43)]


def test_differences_said_after_a_count_or_an_amount():
    """Constructions: "93,2 millions de passagers. C'est 10,1 millions de plus qu'en 2022" (a difference, in the
    next sentence, counts what the count before it did, in a text with amounts in euros); "puis 250 millions
    supplémentaires", "une augmentation de 4,5 ct/kWh" (amounts as changes, like "4.5 centimes more"); "un
    million de visiteurs supplémentaires" (a noun between the count and the word)."""
    fr = extract_figures(
        "Le bénéfice atteint 900 millions d'euros. Au total, 93,2 millions de passagers ont voyagé. "
        "C'est 10,1 millions de plus qu'en 2022.",
        "fr",
    )
    assert [(f.value, f.kind, f.unit, f.change) for f in fr if f.kind != "year"][1:] == [
        (93_200_000, "count", "passenger", False),
        (10_100_000, "count", "passenger", True),
    ]
    saved = extract_figures(
        "Le groupe économisera 400 millions d'euros, puis 250 millions supplémentaires.", "fr"
    )
    assert [f.change for f in saved] == [False, True]
    (rise,) = extract_figures("Les ménages paieront une augmentation de 4,5 centimes.", "fr")
    assert rise.change
    (more,) = extract_figures(
        "Les résultats dépassent les attentes, avec un million de visiteurs supplémentaires.", "fr"
    )
    assert (more.unit, more.change) == ("visitor", True)


def test_a_count_said_of_the_previous_month_is_an_earlier_value():
    """Construction: "a total of 71,204 inmates on 1 May compared with just under 70,800 the previous month",
    "contre 70 800 le mois précédent": the month before's count, an earlier value."""
    en = extract_figures(
        "A total of 71,204 inmates on 1 May, compared with just under 70,800 the previous month.", "en"
    )
    assert [(f.value, f.earlier) for f in en if f.kind == "count"] == [(71204, False), (70800, True)]
    fr = extract_figures("On compte 71 204 détenus au 1er mai, contre 70 800 le mois précédent.", "fr")
    assert [(f.value, f.earlier) for f in fr if f.kind == "count"] == [(71204, False), (70800, True)]


def test_the_value_a_count_went_from_is_an_earlier_value():
    """Construction: "the count went from 600,000 people in need to 1.1 million": the value before the change."""
    went = extract_figures("In the south, the count went from 600,000 people in need to 1.1 million.", "en")
    assert [(f.value, f.earlier) for f in went] == [(600_000, True), (1_100_000, False)]


def test_a_tennis_matchs_sets_and_points_are_no_figures():
    """Constructions: "beat her rival 6-3, 7-5 in the final" (the sets), "elle menait 30-0 sur son service"
    (a game's points after who led); a range of rates ("6-7% in May") stays."""
    assert keys("She beat her rival 6-3, 7-5 in the final.", "en") == []
    assert keys("Elle menait 30-0 sur son service.", "fr") == []
    assert [k[0] for k in keys("Prices rose 6-7% in May.", "en")] == [6, 7]


def test_leones_shillings_of_a_named_country_and_special_drawing_rights():
    """Constructions: "pay 400,000 leones" (Sierra Leone), "a debt of over 9 trillion shillings" in a text naming
    Kenya (a shilling of no country named is no amount), "un transfert de 431,2 millions de DTS" (the IMF's
    special drawing rights)."""
    assert keys("In Freetown he had to pay 400,000 leones.", "en") == [(400_000, "money", "SLL")]
    assert keys("Kenya has a debt of over 9 trillion shillings.", "en") == [(9e12, "money", "KES")]
    assert keys("Le FMI approuve un transfert de 431,2 millions de DTS.", "fr") == [(431.2e6, "money", "XDR")]
    assert keys("The school charges 20 shillings a term.", "en")[0][1] == "count"


def test_a_former_or_young_person_of_n_years_is_an_age():
    """Construction: "L'ancien ajusteur de 74 ans", "le jeune apprenti de 16 ans": a noun of what a person was or
    is, after "ancien" or "jeune"; not "un ancien plan de 10 ans"."""
    assert keys("L'ancien ajusteur de 74 ans a connu un destin hors norme.", "fr") == [(74, "age", None)]
    assert keys("Le jeune apprenti de 16 ans est blessé.", "fr") == [(16, "age", None)]
    assert keys("Un ancien plan de 10 ans a échoué.", "fr") == [(10, "duration", "years")]


def test_a_part_or_a_replaced_value_after_a_scaled_amount_takes_its_scale():
    """Constructions: "CHF14 billion, of which CHF12.3 was", "14 milliards de francs, dont 12,3 à titre de"
    (a part of the amount, its scale said once), "4 milliards au lieu de 5,5" (the value it replaced)."""
    assert keys("They spent CHF14 billion, of which CHF12.3 was for extra costs.", "en") == [
        (14e9, "money", "CHF"),
        (12.3e9, "money", "CHF"),
    ]
    assert keys(
        "Elle a dépensé 14 milliards de francs, dont 12,3 à titre de dépenses extraordinaires.", "fr"
    ) == [
        (14e9, "money", "CHF"),
        (12.3e9, "money", "CHF"),
    ]
    assert [
        k[0] for k in keys("Les recettes sont moins élevées (4 milliards d'euros au lieu de 5,5).", "fr")
    ] == [
        4e9,
        5.5e9,
    ]


def test_an_age_a_limit_rose_to_and_from_and_people_under_an_age():
    """Constructions: "the retirement age increased to 66 from 65" (both ages), "children under age 15"."""
    assert keys("Last month, the retirement age increased to 66 from 65.", "en") == [
        (66, "age", None),
        (65, "age", None),
    ]
    assert keys("Most cases are in children under age 15.", "en") == [(15, "age", None)]


def test_a_count_before_a_fraction_is_no_measurement():
    """Construction: "reaching more than 11 000, two thirds more than last year": the fraction is a share,
    the count before it stays; "between 10 and 15 miles" stays two measurements."""
    assert keys("Applications reached more than 11 000, two thirds more than last year.", "en") == [
        (11_000, "count", None)
    ]
    assert keys("The road runs between 10 and 15 miles.", "en") == []


def test_a_conversion_in_brackets_after_a_hedge_is_not_the_texts_currency():
    """Construction: "280 millions de livres sterling (près de 320 millions de francs suisses)", then "une
    amende de 182,9 millions et une confiscation de 93,5 millions" a paragraph on: pounds, as first reported,
    and the second amount of the paragraph in them too."""
    text = (
        "La pénalité atteint 280 millions de livres sterling (près de 320 millions de francs suisses).\n\n"
        "Elle se compose d'une amende de 182,9 millions et d'une injonction portant sur 93,5 millions."
    )
    assert keys(text, "fr")[2:] == [(182.9e6, "money", "GBP"), (93.5e6, "money", "GBP")]


def test_a_sentence_opening_with_last_year_dates_its_figures():
    """Construction: "Last year, the debt stood at 105.2 per cent", "L'an dernier, 12 000 personnes": the
    year before the article's; the next sentence is undated."""
    spring = datetime(2024, 6, 19)
    assert _body_years(
        "Debt grew. Last year, the public debt stood at 105.2 per cent of GDP. It is 104 per cent now.",
        "en",
        spring,
    ) == [(105.2, 2023), (104, None)]
    assert _body_years("L'an dernier, 12 000 personnes sont venues.", "fr", spring) == [(12_000, 2023)]


def test_a_part_after_of_which_counts_what_the_whole_counts():
    """Construction: "promised 300,000 doses of the vaccine, of which around 5,400 have been received": the
    part counts doses, and disputes the other version's "6500 doses de vaccin"."""
    en = extract_figures(
        "Donors promised 300,000 doses of the vaccine, of which around 5,400 have been received.", "en"
    )
    assert [(f.value, f.unit) for f in en] == [(300_000, "dose"), (5400, "dose")]
    fr = extract_figures(
        "Le pays a réceptionné 6500 doses de vaccin, et 300 000 autres doses restent disponibles.", "fr"
    )
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(5400, 6500)]


def test_rescued_people_named_between_number_and_noun_are_survivors():
    """Construction: "one of the 11 rescued migrants died": the rescued, whom the other version's "Douze
    personnes avaient été secourues" disputes."""
    en = extract_figures("One of the 11 rescued migrants died of his injuries.", "en")
    assert [(f.value, f.unit) for f in en] == [(11, "survivor")]
    fr = extract_figures("Douze personnes avaient été secourues quand le voilier a chaviré.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(11, 12)]


def test_a_change_said_with_a_hedge_is_a_change():
    """Construction: "une augmentation de plus de 1000 $", "an increase of more than $1,000": the hedge sits
    between the change's noun and the amount."""
    fr = extract_figures("On anticipe une augmentation de plus de 1000 $ pour une famille.", "fr", "CAD")
    en = extract_figures("An increase of more than $1,000 is expected.", "en")
    assert [(f.value, f.change) for f in fr + en] == [(1000, True), (1000, True)]


def test_a_dash_set_off_by_spaces_opens_an_aside_not_a_range():
    """Construction: "for a family of four -- $1,065 more than this year": the number word before the aside is
    no bound of a range of amounts; "10-15 dollars" stays one."""
    assert keys("A bill of $16,288 for a family of four -- $1,065 more than this year.", "en") == [
        (16_288, "money", "USD"),
        (1065, "money", "USD"),
    ]
    assert keys("It costs 10-15 dollars.", "en") == [(10, "money", "USD"), (15, "money", "USD")]


def test_cents_us_in_a_canadian_text_are_us_cents():
    """Construction: "the loonie slid to 72.17 cents US", "74 cents américains": the Canadian dollar's worth in
    US cents, whatever dollar the publisher's bare "$" means."""
    assert keys("The loonie slid to 72.17 cents US in October.", "en", "CAD") == [(0.7217, "money", "USD")]
    assert keys("Le huard valait 74 cents américains.", "fr", "CAD") == [(0.74, "money", "USD")]
    assert keys("A litre costs 12 cents more.", "en", "CAD")[0][2] == "CAD"


def test_years_before_the_common_era_are_no_figures():
    """Constructions: "entre 700 et 300 ans avant Jésus-Christ", "de 323 à 30 avant J.-C.", "in 332 BC": dates of
    antiquity, not counts nor spans."""
    text = "Des dignitaires de 700 à 300 ans avant Jésus-Christ, puis de 323 à 30 av. J.-C. : 59 sarcophages."
    assert keys(text, "fr") == [(59, "count", "sarcophages")]
    assert keys("It dates from 332 BC and holds 59 coffins.", "en") == [(59, "count", "coffins")]


def test_a_person_of_about_n_years_is_an_age():
    """Construction: "ce garçon d'environ 14 ans": the elided "de" before the estimate; not "une peine d'environ
    14 ans"."""
    assert keys("Par la bouche de ce garçon d'environ 14 ans, le groupe parle.", "fr") == [(14, "age", None)]
    assert keys("Il risque une peine d'environ 14 ans.", "fr") == [(14, "duration", "years")]


def test_a_clock_time_in_hours_and_minutes_is_no_duration():
    """Construction: "as of 1950hrs Singapore time", "at 0645 hours"; "1200 hours of flight" stays a span."""
    assert keys("As of 1950hrs Singapore time, 18 were in hospital. It landed at 0645 hours.", "en") == [
        (18, "count", "hospitalised")
    ]
    assert keys("The crew logged 1200 hours last year.", "en") == [(1200, "duration", "hours")]


def test_a_figure_said_n_years_ago_is_dated_that_many_years_before_the_article():
    """Construction: "faisant 31 morts, il y a trois ans", "killed 35 people two years ago": the year of that
    event, which a version's "in January 2018 ... at least 35 people dead" disputes; not the story's toll."""
    winter = datetime(2021, 1, 21)
    assert _body_years("Un attentat avait fait 31 morts, il y a trois ans.", "fr", winter) == [
        (31, 2018),
        (3, None),
    ]
    assert _body_years("A blast killed 35 people two years ago.", "en", winter) == [(35, 2019), (2, None)]


def test_the_share_of_polling_stations_counted_is_no_turnout():
    """Construction: "The turnout in over 80% of polling stations was 91.4%": the turnout is the rate after,
    the share before is how much of the count it covers."""
    figures = extract_figures(
        "The turnout in over 80% of polling stations was 91.4%, the official said.", "en"
    )
    assert [(f.value, f.unit) for f in figures] == [(80, None), (91.4, "turnout")]


def test_an_aside_closed_by_among_them_is_read_past_to_the_fate():
    """Construction: "Over 50 people, crew members among them, have been hurt": the aside names a part, the
    verb after it says what befell the people counted."""
    assert keys("Over 50 people, crew members among them, have been hurt.", "en") == [(50, "count", "injury")]


def test_the_part_of_a_fine_after_dont_is_in_its_currency():
    """Construction: "le MoDem à 350.000 euros dont 300.000 ferme": the part not suspended, an amount in euros;
    not "une amende de 5 000 euros, dont 3 ..." (too small a part to be one)."""
    assert keys("Le parti est condamné à 350.000 euros dont 300.000 ferme.", "fr") == [
        (350_000, "money", "EUR"),
        (300_000, "money", "EUR"),
    ]


def test_bare_degrees_no_celsius_weather_reaches_are_fahrenheit():
    """Construction: "temperatures forecast to rise above 100 degrees" in an American report: Fahrenheit; "30
    degrees" stays Celsius."""
    assert keys("Temperatures are forecast to rise above 100 degrees.", "en") == [(100, "temperature", "F")]
    assert keys("It was 30 degrees in the shade.", "en") == [(30, "temperature", "C")]


def test_staff_are_employees_not_the_job_named_after_them():
    """Construction: "pays for 50 new staff whose job is to cut fare evasion": employees are counted (the
    other version's "74 postes" are other positions, no dispute)."""
    en = extract_figures(
        "The budget also pays for 50 new staff whose job is to cut down on fare evasion.", "en"
    )
    assert [(f.value, f.unit) for f in en] == [(50, "employee")]
    fr = extract_figures("Elle prévoit 74 postes pour mener à bien des projets.", "fr")
    assert compare_figures(en, fr).conflicts == []


def test_an_amount_restating_a_change_is_that_change():
    """Constructions: "la facture augmenterait d'un peu plus de 370 $, soit environ 31 $ par mois" (a verb of
    change in the conditional, a hedge after it, then the same rise per month), which disputes the other
    version's "will pay $30 more per month"."""
    fr = extract_figures(
        "La facture augmenterait d'un peu plus de 370 $, soit environ 31 $ par mois.", "fr", "CAD"
    )
    assert [(f.value, f.change) for f in fr] == [(370, True), (31, True)]
    en = extract_figures("The average household will pay $30 more per month.", "en", "CAD")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(30, 31)]


def test_moroccan_dirhams_written_dh():
    """Constructions: "plus de 3 milliards DH", "36 milliards de DH" (Morocco's press), "$3.75 billion (Dh36
    billion)" in a text about Morocco; a Gulf paper's "Dh8.1 billion" in a text naming Morocco once in passing
    stays the UAE dirham."""
    assert keys("Maroc Telecom doit payer plus de 3 milliards DH.", "fr") == [(3e9, "money", "MAD")]
    morocco = "Maroc Telecom's turnover stood at $3.75 billion (Dh36 billion). Morocco's regulator acted."
    assert keys(morocco, "en")[1] == (36e9, "money", "MAD")
    gulf = "Renault aims to save Dh8.1 billion. Plans in Morocco are on hold."
    assert keys(gulf, "en") == [(8.1e9, "money", "AED")]


def test_a_day_named_for_mourning_is_no_span():
    """Constructions: "declared Thursday a day of national mourning", "Une journée de deuil national a été
    décrétée": a day named, no duration of the story; "three days of mourning" stays a span."""
    assert keys("The government declared Thursday a day of national mourning.", "en") == []
    assert keys("Une journée de deuil national a été décrétée.", "fr") == []
    assert keys("It declared three days of mourning.", "en") == [(3, "duration", "days")]


def test_a_person_named_by_an_elided_noun_and_a_peoples_adjective_has_an_age():
    """Construction: "l'humanitaire française de 75 ans": the elided article glued to a person's noun, then a
    people's adjective; not "l'accord français de 10 ans"."""
    assert keys("Elle a libéré l'humanitaire française de 75 ans.", "fr") == [(75, "age", None)]
    assert keys("Il signe l'accord français de 10 ans.", "fr") == [(10, "duration", "years")]


def test_an_average_age_and_a_former_trade_give_ages():
    """Constructions: "The average age was 11." and "the median age of the victims was 34" (a bare number
    after the age named); "l'ex-chirurgien de 74 ans" (a trade behind "ex-", elided article)."""
    assert keys("Most were patients. The average age was 11.", "en") == [(11, "age", None)]
    assert keys("The median age of the victims was 34, police said.", "en") == [(34, "age", None)]
    assert keys("La cour a condamné l'ex-chirurgien de 74 ans.", "fr") == [(74, "age", None)]


def test_a_term_given_instead_of_another_takes_its_unit():
    """Constructions: "got 4 years instead of the ten the prosecutor sought", "4 ans au lieu des 10 requis":
    the term replaced is in the unit of the term given."""
    assert keys("The driver got 4 years instead of the ten the prosecutor sought.", "en") == [
        (4, "duration", "years"),
        (10, "duration", "years"),
    ]
    assert keys("Il a écopé de 4 ans au lieu des 10 requis par le parquet.", "fr") == [
        (4, "duration", "years"),
        (10, "duration", "years"),
    ]


def test_a_french_article_before_a_scale_word_is_one_of_it():
    """Constructions: "franchi la barre du milliard de dollars", "a dépassé le million d'habitants", "au million
    de réfugiés": the article and the scale word are one million or one billion."""
    assert keys("Les dons ont franchi la barre du milliard de dollars.", "fr") == [(1e9, "money", "USD")]
    assert keys("Le pays a dépassé le million d'habitants.", "fr") == [(1e6, "count", "resident")]
    assert keys("Le pays a dépassé le seuil.", "fr") == []


def test_a_hedged_conversion_of_a_matched_amount_rounds_nothing():
    """Construction: "606 millions de dollars (soit quelque 513 millions d'euros)": the euros convert the
    dollars, which the other version's "$606 million" matches; its "500 million euros" pledged elsewhere is
    no value of the converted amount."""
    fr = extract_figures(
        "L'ONU chiffrait à 606 millions de dollars (soit quelque 513 millions d'euros) ses besoins.", "fr"
    )
    assert [(f.value, f.converts) for f in fr] == [(606e6, False), (513e6, True)]
    en = extract_figures(
        "The UN wants $606 million. Germany said it would pour 500 million euros into the region.", "en"
    )
    assert compare_figures(en, fr).conflicts == []


def test_jobs_and_the_workers_holding_them_are_one_count_and_animals_no_people():
    """Constructions: "will lay off 14,700 workers" against "soit 14 800 emplois" (a dispute); "a further
    hundred feral horses" against "une centaine de personnes" (no match); "Over 100 computer systems" against
    "plus de 100 serveurs" (one quantity)."""
    en = extract_figures("In total, GM will lay off 14,700 factory workers.", "en")
    fr = extract_figures("Une réduction de ses effectifs, soit 14 800 emplois.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(14700, 14800)]
    en = extract_figures("Officials shot a further hundred feral horses.", "en")
    fr = extract_figures("La promesse a attiré une centaine de personnes.", "fr")
    assert compare_figures(en, fr).matched == []
    en = extract_figures("Over 100 computer systems were knocked offline.", "en")
    fr = extract_figures("Plus de 100 serveurs ont été perturbés.", "fr")
    assert len(compare_figures(en, fr).matched) == 1


def test_ages_in_brackets_after_a_peoples_adjective_and_after_a_crew_member():
    """Constructions: "de nationalités tunisienne (30 ans) et française (42 ans)" (a people's adjective, then
    the age in brackets), "un membre d'équipage de 42 ans", "l'a emporté à 30 ans" (the age one died at);
    "Le mandat présidentiel (5 ans)" and "à 3 ans d'intervalle" stay spans."""
    assert keys("Les victimes étaient de nationalités tunisienne (30 ans) et française (42 ans).", "fr") == [
        (30, "age", None),
        (42, "age", None),
    ]
    assert keys("Un membre d'équipage de 42 ans a été blessé.", "fr") == [(42, "age", None)]
    assert keys("La maladie l'a emporté à 30 ans.", "fr") == [(30, "age", None)]
    assert keys("Le mandat présidentiel (5 ans) est renouvelable.", "fr") == [(5, "duration", "years")]
    assert keys("La crue a emporté à 3 ans d'intervalle le même pont.", "fr") == [(3, "duration", "years")]


def test_people_of_an_age_and_over():
    """Construction: "followed by adults of 60 years and over": an age threshold; "adults of 30 years were
    told" is no such threshold."""
    assert keys("Health workers come first, followed by adults of 60 years and over.", "en") == [
        (60, "age", None)
    ]
    assert keys("Adults of 30 years were told.", "en") == [(30, "duration", "years")]


def test_us_cents_and_the_rand_glued_to_its_amount():
    """Constructions: "¥88.549 (81 U.S. cents)" (cents marked US before the word), "R12-million" and
    "(R387.4m)" in a text naming South Africa; "The R2 motorway" in a text naming none is no amount."""
    assert keys("Each coin is repaid at ¥88.549 (81 U.S. cents).", "en") == [
        (88.549, "money", "JPY"),
        (0.81, "money", "USD"),
    ]
    assert keys("In South Africa, the rescue will cost the government R12-million.", "en") == [
        (12e6, "money", "ZAR")
    ]
    assert keys("The R2 motorway was closed for 3 hours.", "en") == [(3, "duration", "hours")]


def test_a_french_height_in_metres_is_no_figure():
    """Construction: "un individu dangereux de 1,80 m" (a height, "m" spaced after the number): no key figure;
    "5 M€" stays an amount."""
    assert keys("La police décrit un individu dangereux de 1,80 m, de corpulence normale.", "fr") == []
    assert keys("Le budget est de 5 M€.", "fr") == [(5e6, "money", "EUR")]


def test_a_count_glued_to_its_noun_as_an_adjective_is_not_the_first_candidate():
    """Construction: "behind the 25-seat Progressive Conservatives ... now hold 30 seats" against "remporter 31
    circonscriptions": the count said for itself (30) is the one the other version disputes, not the
    attributive count of another party mentioned first."""
    en = extract_figures(
        "The Liberals sat second behind the 25-seat Progressive Conservatives. They now hold 30 seats.", "en"
    )
    fr = extract_figures("Le Parti libéral a réussi à remporter 31 circonscriptions.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(30, 31)]


def test_cfa_francs_before_the_amount_and_a_price_compared_with_its_earlier_value():
    """Constructions: "the price of cooking gas is FCFA 6000" (the code before the digits, in a text naming
    Cameroon), "Super: 840 FCFA from 730" (the earlier price bare after "from"), "1,95 € contre 1,80"."""
    assert keys("In Cameroon, the price of cooking gas is FCFA 6000.", "en") == [(6000, "money", "XAF")]
    assert keys("In Cameroon, super now costs 840 FCFA from 730.", "en") == [
        (840, "money", "XAF"),
        (730, "money", "XAF"),
    ]
    assert keys("Le litre passe à 1,95 € contre 1,80.", "fr") == [
        (1.95, "money", "EUR"),
        (1.8, "money", "EUR"),
    ]


def test_names_and_sizes_that_are_no_figures():
    """Constructions: "adopted on Feb.15" (an abbreviated month glued to the day), "le projet de loi 2" (a
    bill's number), "un logement de cinq pièces et demie" (a dwelling's size)."""
    assert keys("The assembly adopted it on Feb.15.", "en") == []  # a date, no count of 15
    assert keys("Le plafond vient du projet de loi 2.", "fr") == []
    assert keys("Un logement de cinq pièces et demie paiera 2,28 € de plus.", "fr") == [
        (2.28, "money", "EUR")
    ]


def test_french_hours_and_minutes_said_in_words():
    """Constructions: "une heure trente de retard" (an hour and a half), "durant trois quarts d'heure" (45
    minutes); "depuis deux heures, trente personnes" stays two figures."""
    assert keys("Les trains roulent avec une heure trente de retard.", "fr") == [(1.5, "duration", "hours")]
    assert keys("L'aéroport a rouvert durant trois quarts d'heure.", "fr") == [(45, "duration", "minutes")]
    assert keys("Il attend depuis deux heures, trente personnes aussi.", "fr") == [
        (2, "duration", "hours"),
        (30, "count", "person"),
    ]


def test_a_count_opening_its_sentence_before_an_auxiliary_is_kept():
    """Construction: "15 aircraft had faulty parts. Three have been repaired." (the subject of its sentence,
    its noun said before); "Trois ont été réparés" alike."""
    assert keys("It found 15 aircraft with faulty parts. Three have been repaired.", "en") == [
        (15, "count", "plane"),
        (3, "count", None),
    ]
    assert keys("Quinze avions sont touchés. Trois ont été réparés.", "fr")[1] == (3, "count", None)


def test_the_part_of_the_injured_told_by_an_adverb_is_disputed_across_languages():
    """Construction: "12 severely" after a count of the injured, against "dont 14 grièvement": the worst hurt,
    one quantity in both versions, at two values."""
    comparison = compare_figures(
        extract_figures("Forty people were injured, 12 severely.", "en"),
        extract_figures("Quarante personnes ont été blessées, dont 14 grièvement.", "fr"),
    )
    assert [(a.value, b.value) for a, b in comparison.conflicts] == [(12, 14)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the Swiss papers' abbreviation of francs after the digits
        (
            "La cour fixe le jour-amende à 250 fr. et la créance à 40 000 fr.",
            "fr",
            [(250, "CHF"), (40000, "CHF")],
        ),
        # the currencies of Mozambique and Ethiopia by their names
        ("Il devra payer une amende de 85 000 meticais.", "fr", [(85000, "MZN")]),
        ("The ministry set aside 2 billion birr.", "en", [(2_000_000_000, "ETB")]),
        # an amount by the head or the tonne, hyphenated as an adjective
        ("Ranchers get an initial $87-per-head payment.", "en", [(87, "USD")]),
    ],
)
def test_currencies_named_by_abbreviation_or_rare_names(text, lang, expected):
    """Constructions: "40 000 fr." (Swiss), "85 000 meticais", "2 billion birr", "$87-per-head": amounts in
    their currency."""
    got = [(f.value, f.currency) for f in extract_figures(text, lang) if f.kind == "money"]
    assert got == expected


def test_the_sum_asked_for_after_the_part_received_is_an_amount():
    """Construction: "18 millions de dollars sur les 60 demandés": the sum asked for, written bare after the
    part received, is in the part's scale and currency."""
    figures = extract_figures("L'agence n'a reçu que 18 millions de dollars sur les 60 demandés.", "fr")
    assert [(f.kind, f.value, f.currency) for f in figures] == [
        ("money", 18_000_000, "USD"),
        ("money", 60_000_000, "USD"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a count in brackets after the noun it counts
        (
            "Le pays compte un tiers des décès (173) et des infections (96.412).",
            "fr",
            [(173, "death"), (96412, "infection")],
        ),
        # the injured "with serious injuries", and a part of them "in intensive care"
        ("Police said three with serious injuries were flown out.", "en", [(3, "critical")]),
        (
            "Some 90 people were hurt and 17 of them were in intensive care.",
            "en",
            [(90, "injury"), (17, "critical")],
        ),
    ],
)
def test_what_a_count_counts_said_around_it(text, lang, expected):
    """Constructions: "des décès (173)", "three with serious injuries", "17 of them were in intensive care"."""
    assert [(f.value, f.unit) for f in extract_figures(text, lang) if f.kind == "count"] == expected


def test_quakes_counted_by_either_word_are_one_quantity_and_a_magnitude_is_none():
    """Constructions: "more than 250 earthquakes, 9 of which were over 4 in magnitude" against "au moins vingt
    répliques": the aftershocks, one quantity at two values; "4 in magnitude" is a magnitude, no figure."""
    en = extract_figures(
        "It was followed by more than 250 earthquakes, 9 of which were over 4 in magnitude.", "en"
    )
    assert 4 not in [f.value for f in en]
    fr = extract_figures("Au moins 230 répliques ont été enregistrées.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(250, 230)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # people driven out, told by what forced them
        ("More than 2,000 residents had been forced from their homes.", "en", [(2000, "displaced")]),
        ("Some 600 people were forced to flee.", "en", [(600, "displaced")]),
        ("Quelque 1 500 personnes ont été contraintes de fuir.", "fr", [(1500, "displaced")]),
        # the fate before "people" names them
        ("Officials said 31 missing people were still being sought.", "en", [(31, "missing")]),
        # care for the hurt
        ("The ministry said 412 people have received medical treatment.", "en", [(412, "injury")]),
        # a verb of wounding before "N of them"
        ("The patrol was met by gunfire which wounded three of them.", "en", [(3, "injury")]),
    ],
)
def test_what_befell_the_people_counted(text, lang, expected):
    """Constructions: "forced from their homes", "contraintes de fuir", "31 missing people", "have received
    medical treatment", "which wounded three of them"."""
    assert [(f.value, f.unit) for f in extract_figures(text, lang) if f.kind == "count"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scaled number of takings or losses, in a text of euro amounts
        (
            "La grève a coûté 500 millions d'euros: 420 millions de recettes perdues.",
            [500_000_000, 420_000_000],
        ),
    ],
)
def test_a_scaled_sum_named_by_what_it_is_is_money(text, expected):
    """Construction: "420 millions de recettes" after an amount in euros: takings, in the text's currency."""
    figures = extract_figures(text, "fr")
    assert [(f.kind, f.value, f.currency) for f in figures] == [("money", v, "EUR") for v in expected]


def test_dirhams_are_the_emirates_in_a_text_naming_them_else_moroccos():
    """Construction: "150 million dirham" in a report from Dubai is the UAE's dirham; in any other text, the
    Moroccan dirham the reader's papers mostly cite."""
    dubai = extract_figures("Dubai police seized 90 million dirham in cash.", "en")
    assert [f.currency for f in dubai] == ["AED"]
    assert [f.currency for f in extract_figures("Le budget prévoit 2 milliards de dirhams.", "fr")] == ["MAD"]


def test_an_age_with_when_between_aged_and_its_years():
    """Construction: "Âgé aujourd'hui de 31 ans": an age, though "aujourd'hui" stands between."""
    assert [
        (f.value, f.kind) for f in extract_figures("Âgé aujourd'hui de 31 ans, il a été condamné.", "fr")
    ] == [(31, "age")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Infants get three doses, at the ages of 4 months, 8 months and 20 months.", "en"),
        (
            "Les nourrissons reçoivent trois doses à l'âge de quatre mois, de huit mois et enfin de 20 mois.",
            "fr",
        ),
    ],
)
def test_ages_in_months_listed_after_an_age_word(text, lang):
    """Construction: "at the ages of 4 months, 8 months and 20 months", "à l'âge de quatre mois, de huit mois
    et enfin de 20 mois": every span of the list is an age."""
    ages = [(f.value, f.kind) for f in extract_figures(text, lang) if f.kind != "count"]
    assert ages == [(4, "age"), (8, "age"), (20, "age")]


def test_postcodes_named_as_such_are_no_figures():
    """Construction: "in three Queens zip codes (11354, 11355 and 11358)", "le code postal 69007": places."""
    text = "Residents of three Queens zip codes (11354, 11355 and 11358) had 2,400 cases."
    assert [f.value for f in extract_figures(text, "en")] == [3, 2400]
    assert [f.value for f in extract_figures("Le code postal 69007 compte 8 000 habitants.", "fr")] == [8000]


def test_a_buildings_storeys_told_two_ways_are_disputed():
    """Construction: "a 14-storey tower" against "l'immeuble de douze étages": a building's height, one
    number, disputed though small; the same height matches."""
    en = extract_figures("Fire swept through a 14-storey tower.", "en")
    fr = extract_figures("Le feu a ravagé l'immeuble de douze étages.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(14, 12)]
    same = extract_figures("Le feu a ravagé l'immeuble de 14 étages.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, same).matched] == [(14, 14)]


def test_the_worst_hurt_told_as_a_part_of_them():
    """Construction: "injured 412 others, 57 of them seriously": the worst hurt, a count of their own; not
    "57 of them seriously damaged" (homes)."""
    figures = extract_figures("The blast injured 412 others, 57 of them seriously.", "en")
    assert [(f.value, f.unit) for f in figures] == [(412, "injury"), (57, "critical")]
    homes = extract_figures("Of 300 homes, 57 of them seriously damaged.", "en")
    assert "critical" not in [f.unit for f in homes]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The six victims were all men in their 40s.", "en", 40),
        ("A woman in her late seventies was rescued.", "en", 70),
        ("Un homme dans la soixantaine a été blessé.", "fr", 60),
    ],
)
def test_the_decade_of_life_a_person_is_in_is_an_age(text, lang, expected):
    """Constructions: "in their 40s", "in her late seventies", "dans la soixantaine": an age, about the
    decade's first year; "the 1980s" is no age."""
    ages = [(f.value, f.approx) for f in extract_figures(text, lang) if f.kind == "age"]
    assert ages == [(expected, "about")]
    assert extract_figures("The fashion of the 1980s returned.", "en") == []


def test_a_count_said_at_first_is_an_earlier_value():
    """Construction: "Dans un premier temps, l'agence a confirmé que 18 hôpitaux", "At first, police said 9":
    the first count of a quantity since revised, across the comma."""
    fr = extract_figures("Dans un premier temps, l'agence a confirmé que 18 hôpitaux étaient touchés.", "fr")
    assert [(f.value, f.earlier) for f in fr] == [(18, True)]
    en = extract_figures("At first, police said 9 people had died.", "en")
    assert [(f.value, f.earlier) for f in en] == [(9, True)]


@pytest.mark.parametrize(
    ("text", "lang", "seconds"),
    [
        ("Il gagne avec une avance de 6'17'' sur son dauphin.", "fr", 377),
        ("1. Le vainqueur 79h32'08''", "fr", 79 * 3600 + 32 * 60 + 8),
        ("Le vainqueur a bouclé le Tour en 79 h 32:08.", "fr", 79 * 3600 + 32 * 60 + 8),
        ("He won by 6 min 17 sec, the widest margin in years.", "en", 377),
    ],
)
def test_race_gaps_and_stage_race_totals_are_durations_in_minutes(text, lang, seconds):
    """Constructions: "6'17''" (minutes and seconds), "79h32'08''" and "79 h 32:08" (a stage race's total in
    hours), "6 min 17 sec": one duration each, in minutes."""
    durations = [f.value for f in extract_figures(text, lang) if f.kind == "duration"]
    assert durations == [in_minutes(seconds)]


def test_a_height_in_feet_and_inches_is_no_race_gap():
    """Construction: "6'2\"" is a height; only two digits of seconds after the apostrophe make a gap."""
    assert "duration" not in [f.kind for f in extract_figures("The suspect is 6'2\" tall.", "en")]


def test_a_range_of_ages_from_months_to_years_old():
    """Construction: "between 20 months and 4 years old": both bounds ages, the second's "old" says so; a
    span of time ("took between 20 months and 4 years") stays two durations."""
    ages = extract_figures("The children, between 20 months and 4 years old, are safe.", "en")
    assert [(f.value, f.kind) for f in ages] == [(20, "age"), (4, "age")]
    spans = extract_figures("The works took between 20 months and 4 years.", "en")
    assert [f.kind for f in spans] == ["duration", "duration"]


def test_piastres_are_hundredths_of_the_pound_of_the_country_named():
    """Construction: "sold at 20 piastres" in a report on Egypt: 0.20 Egyptian pounds; of no country named,
    no amount."""
    figures = extract_figures("Egypt's loaves will be sold at 20 piastres, up from 5 piastres.", "en")
    assert [(f.value, f.currency) for f in figures] == [(0.2, "EGP"), (0.05, "EGP")]
    assert [f.kind for f in extract_figures("A coin of 20 piastres.", "en")] == ["count"]


def test_a_number_word_after_a_place_name_is_no_part_of_the_name():
    """Construction: "sailed from Izmir three or four days ago": a lowercase number word after a capitalised
    place is a figure (a name's number is in digits or capitalised: "Windows 11", "Ocean's Eleven")."""
    assert keys("The boat sailed from Izmir three or four days ago.", "en") == [
        (3, "duration", "days"),
        (4, "duration", "days"),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"The water took everything," said Tamba (35), lying in a hospital bed.', "age"),
        ("Lucy Hart (42) told the inquest she had fled.", "age"),
        ('"They are inside," begged Isaac (18) as the firemen dug.', "age"),
        ("Cases rose in Tartus (38), Latakia (40) and Homs.", "count"),
        ("The village of Bellac (50) was cut off.", "count"),
    ],
)
def test_two_digits_in_brackets_after_a_persons_name_are_an_age(text, kind):
    """Construction: "said Tamba (35), lying ...", the English press's way to give a person's age; not a list of
    places' counts in brackets, nor a village's people."""
    assert [f.kind for f in extract_figures(text, "en")][0] == kind


def test_a_count_after_a_toll_and_more_is_another_count_not_a_rise():
    """Construction: "at least 31 deaths and 20 more missing": 20 others missing, a level; "rose by 20 more"
    is a change."""
    figures = extract_figures("Officials reported at least 31 deaths and 20 more missing.", "en")
    assert [(f.value, f.unit, f.change) for f in figures] == [(31, "death", False), (20, "missing", False)]
    assert [f.change for f in extract_figures("The toll rose by 20 more on Friday.", "en")] == [True]


def test_an_agreement_that_provides_for_a_rise_gives_no_forecast():
    """Construction: "cet accord, qui prévoit une augmentation salariale de 12 %": what a contract provides,
    not a value to come (a company that "prévoit" a rise forecasts it)."""
    deal = extract_figures(
        "Les syndiqués voteront sur cet accord, qui prévoit une hausse de 12 % sur quatre ans.", "fr"
    )
    assert [(f.text, f.later) for f in deal if f.kind == "percent"] == [("12 %", False)]
    outlook = extract_figures("L'entreprise prévoit une hausse de 12 % de ses ventes.", "fr")
    assert [f.later for f in outlook] == [True]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast happened 1,000m underground.", [(1000, "count", "metre")]),
        ("Crews laid more than 200m of a duct to pump in air.", [(200, "count", "metre")]),
        ("The app lost 70m of its users.", [(70_000_000, "count", None)]),
    ],
)
def test_a_glued_m_before_underground_or_a_laid_length_is_metres(text, expected):
    """Construction: "1,000m underground", "200m of a duct": metres; "70m of its users" is millions."""
    assert keys(text, "en") == expected


def test_a_french_site_writing_millions_of_dollars_and_euros_with_letters_counts_us_dollars():
    """Construction: "475 M$ (440 M€)" from a publisher nothing places: a French site's way, US dollars; a bare
    "1 M$" is still Quebec's."""
    from reader.figures.currency import article_dollar

    text = "Les clubs se partageront 475 M$ (440 M€) selon leurs résultats."
    assert article_dollar(text, "Le Ballon rond", lang="fr") == "USD"
    assert (
        article_dollar("Le Cégep obtiendra 1 M$ à la suite du jugement.", "L'Écho du Lac", lang="fr") == "CAD"
    )


def test_the_people_a_search_is_for_are_missing():
    """Construction: "The search for four miners continues", "pour retrouver 21 mineurs": those not found;
    "The search involved 300 soldiers" counts the searchers."""
    assert [f.unit for f in extract_figures("The search for four miners continues.", "en")] == ["missing"]
    assert [f.unit for f in extract_figures("Les secours tentent de retrouver 21 mineurs.", "fr")] == [
        "missing"
    ]
    assert [f.unit for f in extract_figures("The search involved 300 soldiers.", "en")] == ["soldier"]


def test_last_year_opening_its_own_clause_dates_the_sentences_figures():
    """Construction: "Last year there were 117 accidents ..., killing 146 people": no comma after "Last year",
    its clause follows; "Last year Mr Smith said" (a name after it) is left alone."""
    figures = extract_figures("Last year there were 117 accidents at mines, killing 146 people.", "en")
    assert [(f.value, f.year) for f in figures] == [(117, YEAR_BEFORE_ARTICLE), (146, YEAR_BEFORE_ARTICLE)]


@pytest.mark.parametrize(
    ("text", "lang", "ages"),
    [
        (
            "The reform pushes the legal retirement age back by three months a year, from 62 to 64.",
            "en",
            [62, 64],
        ),
        ("Women who keep working until 65 will get a supplement.", "en", [65]),
        ("le relèvement de l'âge légal de la retraite de 62 à 64 ans", "fr", [62, 64]),
    ],
)
def test_the_age_people_retire_at_is_an_age(text, lang, ages):
    """Construction: "the retirement age ..., from 62 to 64", "working until 65": ages, not counts."""
    assert [f.value for f in extract_figures(text, lang) if f.kind == "age"] == ages
    assert [f.kind for f in extract_figures("The pension fund paid 64 claims.", "en")] == ["count"]


def test_a_toll_takes_the_one_country_its_sentence_names():
    """Construction: "In Haiti, which the rains battered for days, officials reported at least 31 deaths" and
    "Jamaica's minister confirmed 19 deaths": each count of its country; a sentence naming two countries gives
    none."""
    text = (
        "Jamaica's information minister confirmed at least 19 deaths. In Haiti, which the rains battered for "
        "days, officials reported at least 31 deaths. Across Cuba and Haiti, 12 people were hurt."
    )
    assert [(f.value, f.place) for f in extract_figures(text, "en")] == [
        (19, "jamaica"),
        (31, "haiti"),
        (12, None),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("A further 276 people are reportedly injured.", "en", "injury"),
        ("Plus de 150.000 personnes ont dû quitter leur domicile.", "fr", "displaced"),
        ("About 2,000 people had to leave their homes.", "en", "displaced"),
    ],
)
def test_what_befell_people_read_through_reportedly_and_had_to(text, lang, unit):
    """Constructions: "are reportedly injured" (an adverb between), "ont dû quitter leur domicile", "had to
    leave their homes": the injured and the displaced."""
    assert [f.unit for f in extract_figures(text, lang)] == [unit]


def test_millions_of_fees_are_money():
    """Construction: "984 millions d'euros, plus 7 millions de frais de justice": court costs are a sum."""
    assert keys("Londres touchera 984 millions d'euros, plus 7 millions de frais de justice.", "fr") == [
        (984_000_000, "money", "EUR"),
        (7_000_000, "money", "EUR"),
    ]


def test_a_list_of_places_counts_after_one_word_counts_its_number_words():
    """Construction: "Canada with 18, China with eight, Egypt with six": each place's count, the list opened in
    digits; "came back with three" alone is no list."""
    text = "Among the passengers were Canada with 18, China with eight, Egypt with six."
    assert [f.value for f in extract_figures(text, "en")] == [18, 8, 6]
    assert [f.text for f in extract_figures("He left with two bags and came back with three.", "en")] == [
        "two"
    ]


def test_a_round_amount_after_pour_is_money_not_a_rates_base():
    """Construction: "dédommager pour 10 000 euros chaque proche": an amount; "5 pour 100 000 habitants" stays
    the base of a rate."""
    assert keys("Lufthansa propose de dédommager pour 10 000 euros chaque proche.", "fr") == [
        (10_000, "money", "EUR")
    ]
    assert keys("Le taux atteint 5 pour 100 000 habitants.", "fr") == []


def test_an_airliners_model_named_as_a_jet_is_no_count():
    """Construction: "the 737 passenger jet bound for Nairobi": the aircraft's model."""
    assert [f.text for f in extract_figures("The 737 passenger jet killed 149 passengers.", "en")] == ["149"]


def test_the_deaths_of_people_are_a_toll():
    """Construction: "confirmed the death of 179 individuals", "le décès de 25 de nos employés": the dead."""
    assert [f.unit for f in extract_figures("The agency confirmed the death of 179 individuals.", "en")] == [
        "death"
    ]
    assert [f.unit for f in extract_figures("Le décès de 25 de nos employés a été confirmé.", "fr")] == [
        "death"
    ]


def test_people_named_with_an_initial_then_ages_in_brackets():
    """Construction: "the brothers Mao and Mario R. (47 and 42), Mohamed R. (40)": ages, two in one bracket
    too."""
    text = "Prosecutors sought life terms for the brothers Tom and Rik V. (47 and 42) and Said K. (40)."
    assert [(f.value, f.kind) for f in extract_figures(text, "en")] == [(47, "age"), (42, "age"), (40, "age")]


def test_a_places_bare_count_after_another_places_count_of_a_noun_counts_it():
    """Construction: "at least 53 people have died in Mozambique and 225 in Malawi", "12 morts en Italie et 30
    en Espagne": each place's toll; "3 in 2019" names no place."""
    text = "At least 53 people have died in Mozambique and 225 in Malawi since Saturday."
    assert [(f.value, f.unit, f.place) for f in extract_figures(text, "en")] == [
        (53, "death", "mozambique"),
        (225, "death", "malawi"),
    ]
    assert [f.unit for f in extract_figures("Il y a eu 12 morts en Italie et 30 en Espagne.", "fr")] == [
        "death",
        "death",
    ]


def test_a_pluperfect_then_dates_its_figures_to_the_year_named_before():
    """Construction: "un naufrage semblable en 2019. Une centaine de personnes avaient alors péri": that
    wreck's toll, of 2019; "alors que" (while) dates nothing."""
    text = "Le lac avait connu un naufrage semblable en 2019. Une centaine de personnes avaient alors péri."
    assert [(f.value, f.year) for f in extract_figures(text, "fr") if f.kind == "count"] == [(100, 2019)]
    text = (
        "En 2019, le lac avait connu un drame. Hier, 78 personnes sont mortes alors que le bateau chavirait."
    )
    assert [(f.value, f.year) for f in extract_figures(text, "fr") if f.kind == "count"] == [(78, None)]


def test_a_projects_cost_estimate_without_a_currency_word_is_the_publishers_money():
    """Construction: a Canadian paper's "a porté à 14,5 milliards l'estimation du coût ..., alors que sa
    précédente estimation s'établissait plutôt à 11,2 milliards": both sums, in the publisher's dollar."""
    text = (
        "L'entreprise a porté à 14,5 milliards l'estimation du coût de son pipeline, alors que sa précédente "
        "estimation s'établissait plutôt à 11,2 milliards."
    )
    assert keys(text, "fr", "CAD") == [(14_500_000_000, "money", "CAD"), (11_200_000_000, "money", "CAD")]


def test_a_new_zealand_publishers_dollar_is_the_new_zealand_dollar():
    """Construction: "$10m in reparations" from a paper at a ".nz" address or named for New Zealand."""
    assert local_dollar("New Zealand Herald", "https://www.nzherald.co.nz/news/a") == "NZD"
    assert local_dollar("Island Courier", "https://news.example.nz/a") == "NZD"
    assert local_dollar("Le Monde", "https://www.lemonde.fr/a") == "USD"


def test_a_documents_length_in_pages_said_as_an_adjective_is_a_count_of_pages():
    """Construction: "the 246-page decision" against "sa décision de 246 pages": one count of pages."""
    en = extract_figures("Reading a summary of the 246-page decision took hours.", "en")
    fr = extract_figures("Le juge a lu sa décision de 246 pages.", "fr")
    assert [(f.value, f.unit) for f in en] == [(246, "pages")]
    assert [(a.text, b.text) for a, b in compare_figures(en, fr).matched] == [("246-page", "246")]


@pytest.mark.parametrize(
    ("text", "lang", "currency"),
    [
        ("La Nouvelle-Zélande a porté son aide à 2,2 millions de dollars.", "fr", "NZD"),
        ("Australia pledged $5 million in emergency aid.", "en", "AUD"),
        ("Canada and the United States gave $5 million.", "en", "USD"),
        ("Le Canada a versé 3 millions de dollars US.", "fr", "USD"),
    ],
)
def test_bare_dollars_a_country_with_its_own_dollar_gives_are_its_dollars(text, lang, currency):
    """Construction: a sentence opening on a country with a dollar of its own, its subject, then bare dollars
    ("La Nouvelle-Zélande a porté son aide à 2,2 millions de dollars"): that country's dollars, unless the
    sentence names the United States or the amount is marked."""
    assert [f.currency for f in extract_figures(text, lang)] == [currency]


def test_a_ratio_in_words_before_its_percentage_is_no_percentage():
    """Construction: "nearly three in four, or 72 per cent, had a chronic condition": the ratio restates the
    share; "four" takes no "per cent" from it."""
    text = "Among those who died, nearly three in four, or 72 per cent, had a chronic condition."
    assert [(f.text, f.kind) for f in extract_figures(text, "en")] == [("72 per cent", "percent")]


def test_aircraft_ordered_by_model_and_their_variants():
    """Constructions: "vingt 787 et dix 777-9", "quarante A350, dont six A350-900": counts of aircraft said
    before their model; "en versions -8 et -10", the "-9" of "777-9": a model's variants, no figures."""
    text = "La flotte recevra 190 Boeing 737 MAX, en versions -8 et -10, vingt 787 et dix 777-9."
    assert [(f.value, f.unit) for f in extract_figures(text, "fr")] == [
        (190, None),
        (20, "plane"),
        (10, "plane"),
    ]
    text = "Elle commande quarante A350, dont six A350-900."
    assert [(f.value, f.unit) for f in extract_figures(text, "fr")] == [(40, "plane"), (6, "plane")]


def test_an_age_after_ayant_que_in_quotes():
    """Construction: "certains n'ayant que « 12-13 ans »": two ages; "ayant passé 12 ans en prison" a
    duration."""
    text = "Il a précisé que certains n'ayant que « 12-13 ans » avaient mis le feu."
    assert [(f.value, f.kind) for f in extract_figures(text, "fr")] == [(12, "age"), (13, "age")]
    assert [f.kind for f in extract_figures("ayant passé 12 ans en prison", "fr")] == ["duration"]


@pytest.mark.parametrize(
    ("text", "lang", "seconds"),
    [
        ("Pogacar stopped the clock at 45 minutes 24 seconds.", "en", 2724),
        ("He won in a time of 2 hours, 6 minutes, and 26 seconds.", "en", 7586),
        ("Il bat le record olympique en 2h06 et 26 secondes.", "fr", 7586),
        ("The old record of 4:03.84 had stood since 2008.", "en", 243.84),
        ("Elle nage le 400 m en 4:02,50.", "fr", 242.5),
    ],
)
def test_race_times_told_in_parts_and_in_hundredths(text, lang, seconds):
    """Constructions: minutes then seconds with nothing between ("45 minutes 24 seconds"), hours, minutes and
    seconds in a list ("2 hours, 6 minutes, and 26 seconds"), "2h06 et 26 secondes", and a swim's time in
    hundredths ("4:03.84"): one duration each, in minutes."""
    assert [f.value for f in extract_figures(text, lang) if f.kind == "duration"] == [in_minutes(seconds)]


def test_a_person_of_a_bare_number_is_an_age():
    """Construction: "two boys of 6 and 7, ... a disabled man of 52": ages; "a mother of 3" has children."""
    text = "Rescuers believed two boys of 6 and 7 and a disabled man of 52 were under the debris."
    assert [(f.value, f.kind) for f in extract_figures(text, "en") if f.value > 2] == [
        (6, "age"),
        (7, "age"),
        (52, "age"),
    ]
    assert [f.kind for f in extract_figures("A mother of 3 was rescued.", "en")] == ["count"]


def test_a_quakes_magnitude_before_its_name_is_no_figure():
    """Construction: "Wednesday morning's 6.2 earthquake", "d'une magnitude d'au moins 6.0": magnitudes."""
    assert extract_figures("The epicenter of Wednesday morning's 6.2 earthquake was near Norcia.", "en") == []
    assert extract_figures("Le séisme, d'une magnitude d'au moins 6.0, a frappé la nuit.", "fr") == []


def test_a_number_and_a_capitalised_word_said_again_as_written_are_a_name():
    """Construction: "the gang, known as 400 Mawozo ... the leader of 400 Mawozo": a gang's name, twice;
    "16 Americans" and "28 Canadian police services" said twice stay counts."""
    text = "The gang, known as 400 Mawozo, seized 16 Americans. The leader of 400 Mawozo spoke."
    assert [f.text for f in extract_figures(text, "en")] == ["16"]
    assert len(extract_figures("It freed 16 Americans, then 16 Americans more.", "en")) == 2
    text = "28 Canadian police services took part; the 28 Canadian police services seized servers."
    assert [f.value for f in extract_figures(text, "en")] == [28, 28]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the cent sign after a rise of the minimum wage, spaced or glued
        (
            "Le salaire minimum augmente de 50 ¢ pour atteindre 14,25 $.",
            "fr",
            [(0.5, "money", "CAD"), (14.25, "money", "CAD")],
        ),
        ("Tipped workers get a raise of 75¢ an hour.", "en", [(0.75, "money", "CAD")]),
        # a lone "b" for billion, with a currency named after the amount or its symbol before
        ("The bonds, worth about 12b francs, were written off.", "en", [(12e9, "money", "CHF")]),
        ("A $4b deal was signed.", "en", [(4e9, "money", "CAD")]),
        # the size of a group, hyphenated with "-strong": a count of that group; a body's size is not
        (
            "It will cut 900 jobs from its 31,000-strong workforce.",
            "en",
            [(900, "count", "job"), (31000, "count", "workforce")],
        ),
        ("Ministers of the 27-strong bloc met.", "en", []),
    ],
)
def test_cents_sign_lone_b_and_strong_groups(text, lang, expected):
    """Constructions: "de 50 ¢" and "75¢" (the publisher's cents), "12b francs" and "$4b" (a lone b for billion
    beside a currency; "Article 16b" names none), "its 31,000-strong workforce" (a group's size)."""
    assert keys(text, lang, "CAD") == expected
    assert keys("Under Article 16b of the treaty, members may leave.", "en") == []


def test_a_race_time_in_hr_min_sec_words():
    """Construction: "2hr 01min 9sec", one digit of seconds: one time in minutes, not 69 seconds."""
    durations = [
        f.value for f in extract_figures("He won in 2hr 03min 7sec on Sunday.", "en") if f.kind == "duration"
    ]
    assert durations == [in_minutes(2 * 3600 + 3 * 60 + 7)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('"I always said one day I would hold the record," she said.', "en"),
        ("Nobody had yet run under the two-hour mark in a race.", "en"),
        ("Il rêve de passer sous la barre des deux heures.", "fr"),
    ],
)
def test_someday_and_a_race_threshold_are_no_durations(text, lang):
    """Constructions: "one day I would" (someday) and "the two-hour mark", "la barre des deux heures" (a
    threshold, no time run)."""
    assert [f for f in extract_figures(text, lang) if f.kind == "duration"] == []
    assert [f.value for f in extract_figures("They stayed one day in Lyon.", "en")] == [1]


def test_a_span_after_an_age_and_a_birthday_later_in_a_month():
    """Constructions: "Âgé de 22 ans, et deux ans après avoir signé" (a span from an event, no second age);
    "who turns 21 later in May" (an age)."""
    got = [
        (f.value, f.kind)
        for f in extract_figures("Âgé de 22 ans, et deux ans après avoir signé, il part.", "fr")
    ]
    assert got == [(22, "age"), (2, "duration")]
    assert [
        (f.value, f.kind) for f in extract_figures("The striker, who turns 21 later in May, scored.", "en")
    ] == [(21, "age")]


def test_a_conversion_in_brackets_by_a_canadian_paper_of_a_wire():
    """Construction: a wire's story on pounds in a Canadian paper, each amount converted in brackets ("2
    millions de livres (3,4 millions $)"): the paper's editors convert into Canadian dollars; a wire's own US
    amounts in the same paper stay US dollars."""
    from reader.figures.currency import article_dollar

    source, url = "La Presse (Agence France-Presse)", "https://www.lapresse.ca/sports/2024/06/01/gains.php"
    converted = (
        "Les vainqueurs toucheront 2 millions de livres (3,4 millions $) chacun, et les perdants du premier tour "
        "60 000 livres (101 000 $)."
    )
    assert article_dollar(converted, source, url) == "CAD"
    wire = "Les pirates ont reçu 5 millions de dollars de rançon, selon le FBI, qui en a saisi 2 millions $."
    assert article_dollar(wire, source, url) == "USD"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a number word as the subject of a toll's passive, its adverb between
        ("The toll rose to 31 after six were initially announced dead.", "en", [(31, "death"), (6, "death")]),
        # the bodies of people: a count of bodies
        ("The bodies of 14 migrants washed ashore near Zarzis.", "en", [(14, "body")]),
        # the fate before the noun names the people
        ("Medics treated 212 injured protesters overnight.", "en", [(212, "injury")]),
        # "La vingtaine de": the article of an approximate count; "dans la vingtaine" is an age
        ("La vingtaine d'autres candidats n'a pas dépassé le seuil.", "fr", [(20, "candidate")]),
        # "powerful", "fortes": adjectives between the number and its noun
        ("Le séisme a été suivi de cinq fortes répliques.", "fr", [(5, "aftershock")]),
    ],
)
def test_counts_of_tolls_bodies_and_approximate_groups(text, lang, expected):
    """Constructions: "after six were initially announced dead", "the bodies of 14 migrants", "212 injured
    protesters", "La vingtaine d'autres candidats", "cinq fortes répliques"."""
    assert [(f.value, f.unit) for f in extract_figures(text, lang) if f.kind == "count"] == expected
    assert [f.kind for f in extract_figures("Un homme dans la vingtaine a été arrêté.", "fr")] == ["age"]


def test_an_amount_said_again_as_a_target():
    """Construction: "at least $1.3 trillion a year ... the 1.3 trillion target": the amount again."""
    text = "Rich nations promised at least $1.3 trillion a year. We will reach the 1.3 trillion target, she said."
    assert [(f.kind, f.currency) for f in extract_figures(text, "en")] == [("money", "USD"), ("money", "USD")]


def test_an_earlier_record_temperature_is_earlier():
    """Construction: "Un premier record avait été établi mardi au même endroit, à 49,9°C": the record before
    the story's; "le précédent record de 51 °C, atteignant 52,3 °C": the new reading is not."""
    found = extract_figures("Un premier record avait été établi mardi au même endroit, à 48,7°C.", "fr")
    assert [(f.value, f.earlier) for f in found] == [(48.7, True)]
    found = extract_figures(
        "Le thermomètre a dépassé le précédent record de 51 °C, atteignant 52,3 °C.", "fr"
    )
    assert [(f.value, f.earlier) for f in found] == [(51, True), (52.3, False)]


def test_arrests_told_by_the_verb_before_the_people():
    """Constructions: "police arrested 1,311 people", "ont interpellé 994 personnes": arrests."""
    assert [f.unit for f in extract_figures("Police arrested 1,412 people overnight.", "en")] == ["arrest"]
    assert [f.unit for f in extract_figures("La police a interpellé 871 personnes.", "fr")] == ["arrest"]


def test_a_future_age_with_an_adverb_between():
    """Construction: "Ils auront alors 91 et 81 ans": two ages, "alors" between the verb and the first."""
    assert [(f.value, f.kind) for f in extract_figures("Ils auront alors 88 et 79 ans.", "fr")] == [
        (88, "age"),
        (79, "age"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("He got four years. Two of the four years are suspended.", "en", [4, 2, 4]),
        ("Il écope de six ans de prison, dont quatre avec sursis et deux ferme.", "fr", [6, 4, 2]),
    ],
)
def test_the_parts_of_a_prison_term_are_spans(text, lang, expected):
    """Constructions: "Two of the three years are suspended", "dont trois avec sursis et deux ferme": the parts
    of a term, in its unit; "Two of the three men" stays a count."""
    assert [f.value for f in extract_figures(text, lang) if f.kind == "duration"] == expected
    assert {f.kind for f in extract_figures("Two of the three men were freed.", "en")} == {"count"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Vingegaard finished 5:41 behind, and Evenepoel was 1:12 back in third.", "en", [341, 72]),
        ("Il s'impose avec 1:05 d'avance. Le Danois termine à 5:41 du maillot jaune.", "fr", [65, 341]),
        ("Landa est 5e à 20:16, avec 9:14 minutes de retard sur le vainqueur.", "fr", [1216, 554]),
    ],
)
def test_cycling_gaps_with_a_colon(text, lang, expected):
    """Constructions: a gap in minutes and seconds with a colon, said as one ("6:17 behind", "1:03 d'avance",
    "termine à 6:17 du maillot jaune", "est 5e à 20:06"); a time of day is not ("starts at 6:17 behind closed
    doors", "part à 6:17")."""
    assert [f.value for f in extract_figures(text, lang) if f.kind == "duration"] == [
        in_minutes(v) for v in expected
    ]
    assert extract_figures("The hearing starts at 6:17 behind closed doors.", "en") == []
    assert [f for f in extract_figures("Le train part à 6:17 de Lyon.", "fr") if f.kind == "duration"] == []


def test_a_bare_number_more_than_an_amount_takes_its_scale():
    """Construction: "400 milliards d'euros. C'est 150 de plus que ... et 370 de plus que": amounts above it."""
    text = "Il dispose de 300 milliards d'euros. C'est 120 de plus que le PSG et 250 de plus que City."
    assert [(f.value, f.currency) for f in extract_figures(text, "fr")] == [
        (300e9, "EUR"),
        (120e9, "EUR"),
        (250e9, "EUR"),
    ]


def test_a_weekday_before_a_count_is_no_name():
    """Construction: "On Tuesday 110 boats were recorded": a count after a weekday, no name with a number."""
    assert [(f.value, f.unit) for f in extract_figures("On Tuesday 117 boats were recorded.", "en")] == [
        (117, "ship")
    ]


def test_a_toll_of_the_year_before_the_event_is_earlier():
    """Construction: "Jusqu'à ce naufrage, le bilan des décès depuis le début de l'année s'établissait à trois
    morts et quatre disparus": the year's toll before the story's event."""
    text = "Jusqu'à ce naufrage, le bilan depuis le début de l'année s'établissait à deux morts et cinq disparus."
    assert [f.earlier for f in extract_figures(text, "fr")] == [True, True]


def test_counts_given_each_and_an_example_is_no_unit():
    """Constructions: "two each in Anamizu and Noto" (a count per place); "est par exemple de 12,3%" (an
    example: "par ... de" opens no unit a price is for)."""
    text = "Of the 64 deaths, 31 were in Wajima, five in Nanao and two each in Anamizu and Noto."
    assert [f.value for f in extract_figures(text, "en")] == [64, 31, 5, 2]
    text = "Le déficit recalculé pour 2023 est par exemple de 11,8% contre 4,9% annoncés."
    assert [f.value for f in extract_figures(text, "fr") if f.kind == "percent"] == [11.8, 4.9]


def test_a_range_of_ages_before_a_rate_keeps_its_kind():
    """Construction: "were between the ages of 30 and 59, and 77 per cent were male": 59 closes the range of
    ages; the rate after it lends it nothing."""
    text = "Most of the dead, 68 per cent, were between the ages of 30 and 59, and 74 per cent were male."
    assert [(f.value, f.kind) for f in extract_figures(text, "en")] == [
        (68, "percent"),
        (30, "age"),
        (59, "age"),
        (74, "percent"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The crash that happened this Friday (9) in Vinhedo killed 61 people.",
        "Families may call the number 0800 941971 for help; 61 people died.",
    ],
)
def test_a_weekday_with_its_day_in_brackets_and_a_toll_free_number_are_no_counts(text):
    """Constructions: "this Friday (9)" (the day of the month, as Brazilian wires give it) and "0800 941971"
    (a trunk prefix and the number in one run)."""
    assert [f.value for f in extract_figures(text, "en")] == [61]


def test_a_partys_tally_after_its_name_is_no_age():
    """Construction: "while the Liberal Democrats, 71, set a record": a party's seats; "Kadri Vaher, 46,
    said" stays an age."""
    text = "The Conservatives ended with 118 seats, while the Liberal Democrats, 68, set a record."
    assert [f.kind for f in extract_figures(text, "en")] == ["count", "count"]
    assert [f.kind for f in extract_figures("Kadri Vaher, 46, said he saw it.", "en")] == ["age"]


def test_an_earlier_rate_is_earlier():
    """Construction: "compares with a previously recorded figure of 74.41%": a rate before the story's."""
    found = extract_figures(
        "Debt reached 99.67% of GDP. That compares with a previous figure of 74.41%.", "en"
    )
    assert [(f.value, f.earlier) for f in found] == [(99.67, False), (74.41, True)]


def test_a_toll_approaching_a_round_value_and_the_lightly_injured():
    """Constructions: "approche les 300 morts", "Toll nears 300" (a bound from below); "quarante-neuf blessés
    légers", "were slightly injured" (a part of the injured, as "blessés graves" is)."""
    assert [f.approx for f in extract_figures("Le bilan approche les 300 morts.", "fr")] == ["at most"]
    assert [f.approx for f in extract_figures("The toll nears 300 as rescuers dig.", "en")] == ["at most"]
    found = extract_figures(
        "L'accident a fait « trente-deux blessés graves et quarante et un blessés légers ».", "fr"
    )
    assert [(f.value, f.unit) for f in found] == [(32, "critical"), (41, "light")]
    assert [f.unit for f in extract_figures("27 people were slightly injured.", "en")] == ["light"]


def test_a_toll_raised_from_an_earlier_one_is_the_current_one():
    """Construction: "has climbed to 80 from a previously reported 29": 29 is the earlier value, not 80."""
    found = extract_figures(
        "The toll has climbed to 74 from a previously reported 31, the agency said.", "en"
    )
    assert [(f.value, f.earlier) for f in found] == [(74, False), (31, True)]


def test_a_place_after_villages_of_a_state():
    """Construction: "au moins 41 morts dans des villages de l'État Rakhine": the count is Rakhine's."""
    found = extract_figures("Le cyclone a fait au moins 38 morts dans des villages de l'État Rakhine.", "fr")
    assert [(f.value, f.place) for f in found] == [(38, "rakhine")]


def test_a_star_of_an_age_and_a_sum_someone_pays():
    """Constructions: "la star de 33 ans" (an age, as "le chirurgien de 53 ans"); "aux près de 2,4 milliards
    que Volkswagen avait accepté de payer" (a sum paid, in the text's currency)."""
    assert [f.kind for f in extract_figures("Le record de la star de 34 ans tient en 60 concerts.", "fr")][
        0
    ] == "age"
    text = "Une amende de 150 millions de dollars s'ajoute aux 2,1 milliards que le groupe avait accepté de payer."
    assert [(f.kind, f.currency) for f in extract_figures(text, "fr", "CAD")] == [
        ("money", "CAD"),
        ("money", "CAD"),
    ]


def test_a_count_more_than_before_with_a_noun_and_its_adjective_between():
    """Construction: "211 députés travaillistes de plus qu'auparavant": a change, its noun and adjective between
    the number and "de plus"; "224 hospitalisations de plus de 24 heures" is no change."""
    assert [
        f.change for f in extract_figures("Cela fait 204 députés travaillistes de plus qu'avant.", "fr")
    ] == [True]
    assert [f.change for f in extract_figures("On compte 224 hospitalisations de plus de 24 heures.", "fr")][
        0
    ] is False


def test_a_bare_amount_after_one_amount_in_another_currency_keeps_the_texts_currency():
    """Construction: Canadian dollars, then "17 millions d'euros gelée par les autorités libyennes", then
    "pour près de 2 milliards de projets": one amount in euros does not make the next bare amount euros."""
    text = (
        "La Couronne a proposé une amende de 280 millions de dollars. Environ 127 millions avaient été détournés. "
        "Le groupe renonce à 17 millions d'euros gelés en Libye. Il a réalisé pour près de 2 milliards de projets."
    )
    assert [f.currency for f in extract_figures(text, "fr", "CAD") if f.kind == "money"] == [
        "CAD",
        "CAD",
        "EUR",
        "CAD",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Son palmarès est hors normes à seulement 26 ans.", [(26, "age")]),
        ("L'ex-no 1 mondiale a été suspendue.", []),
        (
            "Près de 110 morts, dont au moins 15 en Belgique et 92 pour l'Allemagne.",
            [(110, None), (15, "belgique"), (92, "allemagne")],
        ),
    ],
)
def test_an_age_at_only_a_rank_and_a_countrys_share_after_pour(text, expected):
    """Constructions: "à seulement 27 ans" (an age), "L'ex-no 1 mondiale" (a rank), "93 pour l'Allemagne" (a
    country's share of a toll, its place after "pour")."""
    found = extract_figures(text, "fr")
    if expected and expected[0][1] == "age":
        assert [(f.value, f.kind) for f in found] == expected
    else:
        assert [(f.value, f.place) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("À partir de 60 ans, les cas sont plus nombreux chez les femmes.", [(60, "age")]),
        ("L'archipel sort d'une année record pour les arrivées.", []),
        ("Elle héberge les quelque 3 à 4000 mineurs non accompagnés.", [(3000, "count"), (4000, "count")]),
    ],
)
def test_an_age_from_a_record_year_and_thousands_said_once_in_a_range(text, expected):
    """Constructions: "À partir de 55 ans" (an age from which), "au terme d'une année record" (a record year,
    no span), "les quelque 4 à 5000 mineurs" (the thousands said once, on the range's second number)."""
    assert [(f.value, f.kind) for f in extract_figures(text, "fr")] == expected


def test_a_sentence_opening_on_still_and_an_age():
    """Construction: "Still just 22, Fernandez now belongs to an elite club": an age, as "At 21, he"; "Just
    40, more were hired" stays a count."""
    assert [
        f.kind for f in extract_figures("He won. Still just 23, Fernandez joins an elite club.", "en")
    ] == ["age"]
    assert [f.kind for f in extract_figures("Just 40, more were hired.", "en")] == ["count"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Thefts rose in the areas covered by 31 and 32 Division, police said; 40 cars were found.", "en"),
        ("The work goes on in 31 and 32 Divisions; 40 cars were found.", "en"),
        ("L'avion a pris feu vers 2215 locales; 40 passagers ont été évacués.", "fr"),
    ],
)
def test_units_named_together_and_an_hour_in_local_time_are_no_counts(text, lang):
    """Constructions: "22 and 23 Division(s)" (two police units named once) and "vers 2230 locales" (an hour
    written as wires write it): no counts."""
    assert [f.value for f in extract_figures(text, lang)] == [40]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two brothers, both age 12, were hurt.", [(2, "count"), (12, "age")]),
        ("The dead ranged in age from 4 to 81, police said.", [(4, "age"), (81, "age")]),
        ("The ages of the passengers and crew ranged between 61 and 90.", [(61, "age"), (90, "age")]),
        ("A girl of 16 was pulled out alive.", [(16, "age")]),
        ("Two girls of five and nine were found.", [(2, "count"), (5, "age"), (9, "age")]),
        ("A woman of 63 died on the way to hospital.", [(63, "age")]),
        ("A crowd of 40 died in the crush.", [(40, "count")]),
    ],
)
def test_ages_said_after_age_of_a_person_or_a_range_of_ages(text, expected):
    """Constructions: "both age 14" (AP's age after a comma), "ranged in age from 3 to 79", "the ages of the
    dead and injured ranged between 58 and 88", "a boy of 17 was pulled out alive", "two boys of six and
    seven" (ages in words): ages, though a fate or no noun follows; a crowd of 40 is no person."""
    assert [(f.value, f.kind) for f in extract_figures(text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("It was the worst day of the 14-month-old war.", "en", [(14, "duration", "months")]),
        ("The three-week-old strike goes on.", "en", [(3, "duration", "weeks")]),
        ("A 14-month-old boy was rescued.", "en", [(14, "age", "months")]),
        ("They were freed after six arduous days.", "en", [(6, "duration", "days")]),
        ("Il a passé deux longues années en prison.", "fr", [(2, "duration", "years")]),
        (
            "La plus forte crue des 40 à 50 dernières années.",
            "fr",
            [(40, "duration", "years"), (50, "duration", "years")],
        ),
        ("La campagne vise les 12 à 17 ans.", "fr", [(12, "age", None), (17, "age", None)]),
    ],
)
def test_spans_of_a_war_or_with_an_adjective_are_durations(text, lang, expected):
    """Constructions: "the 16-month-old war" (how long a war lasts, no age), "eight arduous days", "trois
    longues années" (an adjective before the unit), "des 20 à 30 dernières années" (a span, no age group as
    "les 15 à 24 ans")."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "dollar", "expected"),
    [
        (
            "Les pertes liées à ces arnaques ont totalisé 3,1 millions en deux mois.",
            "CAD",
            [(3_100_000, "money", "CAD"), (2, "duration", "months")],
        ),
        (
            "Le prix de 100 % des parts sera compris entre 2,4 milliards et 2,6 milliards, selon le groupe.",
            "EUR",
            [(100, "percent", None), (2_400_000_000, "money", "EUR"), (2_600_000_000, "money", "EUR")],
        ),
        (
            "Le pôle a fait 1,2 milliard d'euros de ventes, sur les 4,4 milliards de l'ensemble du groupe.",
            "USD",
            [(1_200_000_000, "money", "EUR"), (4_400_000_000, "money", "EUR")],
        ),
        (
            "Elle a racheté la chaîne pour 1,5 milliard de dollars HK (190 millions de dollars).",
            "USD",
            [(1_500_000_000, "money", "HKD"), (190_000_000, "money", "USD")],
        ),
    ],
)
def test_an_amount_by_its_noun_and_verb_of_total_and_hong_kong_dollars(text, dollar, expected):
    """Constructions: "les pertes financières liées à ces fraudes ont totalisé 4,2 millions" (the noun of an
    amount, words, then a verb of totalling), "le prix ... sera compris entre 5,8 milliards et 6,2
    milliards", "sur les 5,1 milliards de l'ensemble du groupe" (the whole, no counted noun), "2,79 milliards
    de dollars HK"."""
    assert keys(text, "fr", dollar) == expected


def test_a_marked_canadian_amount_with_a_bare_conversion_makes_bare_dollars_us():
    """Construction: "a market value of roughly CAN$46 billion ($36 bn, 30 bn euros)" in an international
    wire's story about a Canadian company: its bare dollars are US dollars, as after "C$"."""
    text = (
        "The Montreal-based group, worth CAN$40 billion ($31 bn, 26 bn euros), made a profit of $2.1 billion on "
        "sales of $50 billion in Quebec and Ontario."
    )
    dollar = article_dollar(text, "Wire digest (AFP)")
    assert dollar == "USD"
    currencies = [f.currency for f in extract_figures(text, "en", dollar) if f.kind == "money"]
    assert currencies == ["CAD", "USD", "EUR", "USD", "USD"]


def fig(value: float, unit: str | None, place: str | None = None, approx: str | None = None) -> Figure:
    f = Figure(str(value), value, "count", unit, None, 0, 1)
    f.place, f.approx = place, approx
    return f


def test_two_towns_counts_dispute_only_their_own_towns():
    """Construction: each version counts the marchers of several towns ("at least 40,000 people marched in
    Lyon", "30,000 in Toulouse"; "36.000 personnes ... à Toulouse", "23.000 à Lyon"): Lyon's count disputes
    Lyon's, not Toulouse's closer one; a town and its country ("59" in Macedonia, "50 morts" in Kocani) may
    be one count."""
    en = [fig(40_000, "person", "lyon", "at least"), fig(30_000, None, "toulouse")]
    fr = [fig(36_000, "person", "toulouse"), fig(23_000, "person", "lyon")]
    pairs = {(a.value, b.value) for a, b in compare_figures(en, fr).conflicts}
    assert pairs == {(40_000, 23_000), (30_000, 36_000)}
    en = [fig(59, "death", "macedonia"), fig(31, None, "kocani")]
    fr = [fig(50, "death", "kocani", "at least")]
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(59, 50)]


def test_two_precise_counts_half_a_percent_apart_are_one_quantity_disputed():
    """Construction: "21,712 cases" against "21'714 signalements" (two nouns, two precise values of one
    count): a dispute, not two figures each version alone gives; two precise counts further apart stay apart."""
    comparison = compare_figures([fig(21_712, "case")], [fig(21_714, "report")])
    assert [(a.value, b.value) for a, b in comparison.conflicts] == [(21_712, 21_714)]
    comparison = compare_figures([fig(21_712, "case")], [fig(20_114, "report")])
    assert not comparison.conflicts
    assert [f.value for f in comparison.only_en] == [21_712]


def test_school_pupils_are_students_and_tractors_are_tracteurs():
    """Construction: "More than 280 Nigerian school pupils" (the head noun after "school") against "287
    étudiants": one count, disputed; "Some 1,300 tractors" and "plus d'un millier de tracteurs" one count."""
    (pupils,) = extract_figures("More than 280 Nigerian school pupils were taken.", "en")
    (students,) = extract_figures("Les ravisseurs détiennent 287 étudiants.", "fr")
    assert pupils.unit == students.unit == "student"
    assert [(a.value, b.value) for a, b in compare_figures([pupils], [students]).conflicts] == [(280, 287)]
    en = extract_figures("Some 1,300 tractors blocked the roads.", "en")
    fr = extract_figures("Plus d'un millier de tracteurs ont bloqué les routes.", "fr")
    comparison = compare_figures(en, fr)
    assert not comparison.only_en and not comparison.only_fr


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The government sent 60.000 police and gendarmes.", "en", [(60_000, "count", "police")]),
        ("The index rose to 2.750 points.", "en", [(2.75, "percent", "point")]),
        ("Le bilan 2022 livre des chiffres inquiétants.", "fr", []),
        ("Le billet coûte 3 livres.", "fr", [(3, "money", "POUND")]),
        ("Au nombre de quarante-deux (42), ils ont été relâchés.", "fr", [(42, "count", None)]),
    ],
)
def test_grouping_dots_in_english_a_verb_livre_and_a_number_said_twice(text, lang, expected):
    """Constructions: "a large force of 80.000 police" (a grouping dot in an English text: no English decimal
    ends in three zeros), "le rapport annuel 2023 livre des statistiques" (the verb, not pounds: two pounds
    and more are "livres"), "Au nombre de soixante-six (66)" (a number said twice, as official texts write a
    key figure, a count though no noun follows)."""
    found = [(v, k, u) for v, k, u in keys(text, lang) if k != "money" or u in ("GBP", "POUND")]
    assert [(v, k, "POUND" if u == "GBP" else u) for v, k, u in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board voted by 6 to 3 to cut its rate by 0.5%.", [(0.5, "percent", None)]),
        ("In June it had split 8-1 in favour of a hold.", []),
        ("The court handed down a 5-4 decision.", []),
        ("Prices rose 2.1% in May and 9.8% over one year.", [(2.1, "percent", None), (9.8, "percent", None)]),
        ("He was held for over one year.", [(1, "duration", "years")]),
        ("It was the wettest 2019 season on record.", []),
        ("Each family received Tk 20,000 for the funeral.", [(20_000, "money", "BDT")]),
        (
            "Police seized $250,000 Canadian (US$180,000) in cash.",
            [(250_000, "money", "CAD"), (180_000, "money", "USD")],
        ),
        (
            "Four were rescued with injuries and 12 are missing.",
            [(4, "count", "injury"), (12, "count", "missing")],
        ),
    ],
)
def test_votes_a_rates_span_a_season_taka_canadian_dollars_and_the_injured_rescued(text, expected):
    """Constructions: "voted by 5 to 4", "split 7-2", "a 6-3 decision" (a vote's tally, no counts); "10.1%
    over one year" (the span a rate is measured over, no duration); "the record setting 2017 season" (a
    year's season); "Tk 25,000" (the taka); "$500,000 Canadian (US$359,000)" (Canadian dollars said after the
    amount); "six were rescued with injuries" (the injured)."""
    assert keys(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Repairs could take anywhere from three days to a week.", "en", [(3, "days"), (1, "weeks")]),
        ("The trial may last between eight months and a year.", "en", [(8, "months"), (1, "years")]),
        ("Les réparations prendront de trois jours à une semaine.", "fr", [(3, "days"), (1, "weeks")]),
        ("Le procès pourrait durer entre huit mois et un an.", "fr", [(8, "months"), (1, "years")]),
    ],
)
def test_a_range_of_spans_whose_second_bound_is_one_unit(text, lang, expected):
    """Constructions: "anywhere from two days to a week", "entre six mois et un an" (a range of spans whose
    upper bound is one unit, said with the article)."""
    assert [(v, u) for v, k, u in keys(text, lang) if k == "duration"] == expected


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("The two occupants of the van were held overnight.", "en", "occupant"),
        ("Les deux occupantes du fourgon ont été placées en garde à vue.", "fr", "occupant"),
        ("The two assailants fled on foot.", "en", "attacker"),
        ("Les deux agresseurs ont pris la fuite à pied.", "fr", "attacker"),
    ],
)
def test_occupants_and_attackers_are_people_counted(text, lang, unit):
    """Constructions: "the three occupants of the car", "les trois occupants de la voiture", "les deux
    agresseurs" (people a text points back to with "the", a key figure as "the three suspects" is)."""
    assert keys(text, lang) == [(2, "count", unit)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The old viaduct was opened on March 14, 1868, and has 45 arches.", "en"),
        ("The old viaduct was opened on 14 March 1868 and has 45 arches.", "en"),
        ("Le vieux viaduc a été inauguré le 14 mars 1868 et compte 45 arches.", "fr"),
        (
            "Police charged him under sections 279 (rash driving), 337 (hurt) and 45 of the act; 45 arches fell.",
            "en",
        ),
    ],
)
def test_an_old_dates_year_and_a_list_of_glossed_sections_are_no_counts(text, lang):
    """Constructions: "inaugurated on February 20, 1879", "le 20 février 1879" (a date's year, however old it
    is); "an FIR under sections 304 (culpable homicide ...), 308 (...) and 114 (...)" (a code's sections, each
    glossed in brackets): the only count is the arches."""
    assert [(v, k) for v, k, _ in keys(text, lang) if k != "date"] == [(45, "count")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The relief bill cleared the House in a 302-118 vote on Friday.", "en"),
        ("Senators voted 64-31 to send the relief bill on.", "en"),
        ("Le texte d'aide a été adopté par 302 voix contre 118 vendredi.", "fr"),
    ],
)
def test_a_legislatures_tally_is_two_counts(text, lang):
    """Constructions: "passed in a 311-112 vote", "voted 70-29" (a legislature's tally: the yes and the no
    are the vote's counts, as "par 311 voix contre 112" gives them), unlike a court's "5-4 decision"."""
    values = [v for v, k, _ in keys(text, lang) if k == "count"]
    assert values == ([302, 118] if "302" in text else [64, 31])


@pytest.mark.parametrize(
    ("text", "dollar", "expected"),
    [
        (
            "Le plan coûte 500 millions de dollars. Ils sont pourtant 4,2 millions à avoir besoin d'aide.",
            "USD",
            [(500_000_000, "money", "USD"), (4_200_000, "count", None)],
        ),
        (
            "Le stade coûtera désormais 250 millions à la Ville et ajouterait 300 millions au produit intérieur brut.",
            "CAD",
            [(250_000_000, "money", "CAD"), (300_000_000, "money", "CAD")],
        ),
        ("Montréal paiera 60 millions de plus que prévu.", "CAD", [(60_000_000, "money", "CAD")]),
    ],
)
def test_people_said_as_a_subject_and_a_cost_by_its_verb(text, dollar, expected):
    """Constructions: "Ils sont pourtant 5,5 millions à avoir besoin d'assistance" (people, after an amount),
    "coûtera désormais 380 millions à la Ville", "ajouterait 392 millions au produit intérieur brut",
    "Toronto paiera 80 millions de plus" (sums by their verb or what they add to)."""
    assert [k for k in keys(text, "fr", dollar) if k[2] != "change"] == expected


def test_australian_dollars_named_once_make_bare_dollars_australian():
    """Construction: "aux 2,6 milliards de dollars australiens ... au moins 6 milliards de dollars": the
    story's dollar named once, no US dollar; not when the Australian amount is converted in brackets into the
    publisher's ("2.6 billion Australian dollars ($1.8 billion)")."""
    french = (
        "Le budget de 2,6 milliards de dollars australiens est dépassé : il faudrait 6 milliards de dollars."
    )
    assert article_dollar(french, "Un site de sport", lang="fr") == "AUD"
    english = "It budgeted 2.6 billion Australian dollars ($1.8 billion) for the Games."
    assert article_dollar(english, "A business daily", lang="en") == "USD"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elle a blessé Marie Dupuis, (38 ans), à la main.", [(38, "age", None)]),
        ("Les femmes travailleront désormais jusqu'à 65 ans.", [(65, "age", None)]),
        (
            "C'est le cas de 48 % des pensionnés de 65 à 74 ans.",
            [(48, "percent", None), (65, "age", None), (74, "age", None)],
        ),
        ("L'aide est versée jusqu'aux 18 ans de l'enfant.", [(18, "age", None)]),
        (
            "Deux victimes : l'un avait 31 ans, l'autre 24.",
            [(2, "count", "victim"), (31, "age", None), (24, "age", None)],
        ),
        ("Une peine allant jusqu'à 10 ans de prison.", [(10, "duration", "years")]),
    ],
)
def test_french_ages_after_a_name_a_working_life_a_group_and_the_other(text, expected):
    """Constructions: "Soraya Belkacemi, (44 ans)" (an age in brackets after a name and a comma), "les femmes
    travailleront désormais jusqu'à 65 ans" (the age one works until), "des pensionnés de 65 à 74 ans",
    "jusqu'aux 21 ans de l'enfant", "l'un avait 26 ans, l'autre 29" (the second age's unit left out); a
    prison term up to ten years stays a duration."""
    assert keys(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Each family gets Tk20,000 and the injured Tk1.5 lakh.",
            [(20_000, "money", "BDT"), (150_000, "money", "BDT")],
        ),
        ("The ferry was bought for Tsh150 million.", [(150_000_000, "money", "TZS")]),
        ("A grant of Rs3 lakh was announced.", [(300_000, "money", "INR")]),
        ("One was 31, the other 24.", [(31, "age", None), (24, "age", None)]),
    ],
)
def test_shillings_taka_and_rupees_glued_and_two_ages_in_english(text, expected):
    """Constructions: "Tk25,000", "Tk1.5 lakh", "Tsh191 million", "Rs2 lakh" (the currency glued to the
    digits, as South Asian and East African papers write it); "one was 26, the other 29" (two ages)."""
    assert keys(text, "en") == expected


def test_a_wire_on_a_portals_canadian_edition_keeps_its_dollars():
    """Construction: an AFP report on ca.news.yahoo.com converts "2,450 Swiss francs ($2,780)": the wire's US
    dollars, as a portal carries wire copy unedited (a Canadian paper's editors convert into their own)."""
    text = "Pensions are capped at 2,300 Swiss francs ($2,610) a month."
    url = "https://ca.news.yahoo.com/swiss-vote-pensions-1.html"
    assert article_dollar(text, "France 24 (AFP)", url) == "USD"
    assert article_dollar(text, "Reuters", "https://www.lapresse.ca/international/pensions.php") == "CAD"


def test_a_precise_count_of_an_estimate_its_version_matched_disputes_the_other_estimate():
    """Construction: "more than 2,000 cases" matched with "près de 2.000 cas", and "2,009 cases to date" in the
    English version: the precise value of its own estimate, which the French "nearly 2,000" does not hold: a
    rounding's dispute, not a figure only the English version gives. A round count ("200" beside "more than
    190") stays apart."""
    en = extract_figures("There are more than 2,000 cases. Ontario has recorded 2,009 cases to date.", "en")
    fr = extract_figures("Près de 2.000 cas ont été signalés.", "fr")
    comparison = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in comparison.conflicts] == [(2009, 2000)]
    assert not comparison.only_en


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("(Ajoute des précisions aux paragraphes 4 et 7)", "fr"),
        ("(Adds comment in paragraphs 4 and 7)", "en"),
    ],
)
def test_paragraphs_named_in_a_wires_correction_note_are_no_counts(text, lang):
    """Construction: "(Ajoute le contexte aux paragraphes 9 et 10)", a wire's note of what an update changed:
    the paragraphs' numbers name them, as "article 12" does."""
    assert keys(text, lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It will pay Rs 5,00,000/- to each family.", [(500_000, "money", "INR")]),
        ("The state gives Rs 1,00,00,000 to the fund.", [(10_000_000, "money", "INR")]),
        ("Call the helpline on 1800111222. Lines are open.", []),
        ("A boy aged 9 years was hurt.", [(9, "age", None)]),
        ("Passengers below the age of 2 years fly free.", [(2, "age", None)]),
        ("It pays each passenger 18 years and above.", [(18, "age", None)]),
        ("The service runs 24/7 on weekdays.", []),
    ],
)
def test_indian_grouping_a_helpline_and_ages_in_years(text, expected):
    """Constructions: "Rs 10,00,000/-" (lakhs grouped by twos, closed by "/-", as Indian notices write an
    amount), "The toll free number is 1800222271." (a phone number before a full stop), "aged 12 years",
    "below the age of 12 years", "passenger 12 years and above" (ages said with their unit)."""
    assert keys(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a agressé une costumière et une coiffeuse de 41 ans.", [(41, "age", None)]),
        ("Elle visait une assistante-monteuse de 29 ans.", [(29, "age", None)]),
        ("La matrice de 3 ans a été remplacée.", [(3, "duration", "years")]),
        ("L'initiative «24 frs, c'est un minimum» a passé.", [(24, "money", "CHF")]),
    ],
)
def test_french_women_by_their_trade_and_swiss_francs_abbreviated(text, expected):
    """Constructions: "une décoratrice de 54 ans", "une assistante-réalisatrice de 34 ans" (a woman named by
    her trade, an age), not "une matrice de 3 ans"; "«23 frs, c'est un minimum»" (francs abbreviated)."""
    assert keys(text, "fr") == expected


def test_a_specific_value_is_one_figure_though_one_version_calls_it_a_rise():
    """Construction: "an increase of 224,000 unemployed people" against "une hausse de 29 % (224.000 chômeurs
    en milieu urbain": one figure, though only one version says it is a rise; a small value stays apart
    ("increased its seat count by 16" against "16 châteaux")."""
    en = extract_figures("This follows an increase of 224,000 unemployed people in cities.", "en")
    fr = extract_figures("Une hausse de 29 % (224.000 chômeurs en milieu urbain).", "fr")
    comparison = compare_figures(en, fr)
    assert not [f for f in comparison.only_en + comparison.only_fr if f.value == 224_000]


def test_a_round_restatement_of_a_matched_count_disputes_nothing():
    """Construction: "265 morts" matched with "265 dead", and "plus de 260 morts" in the same French report:
    its own round restatement, no dispute with the English report's other mention of the toll."""
    en = extract_figures("At least 265 people died. The 265 bodies were taken to hospital.", "en")
    fr = extract_figures("Au moins 265 morts. Plus de 260 morts ont été recensés.", "fr")
    assert not compare_figures(en, fr).conflicts


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The clashes brought to 41 the number of people killed.", "en", [(41, "count", "death")]),
        (
            "Le prix passe à 1.800 francs CFA, contre 1.000 francs l'an dernier.",
            "fr",
            [(1800, "money", "XOF"), (1000, "money", "XOF")],
        ),
        (
            "Une amende de 500 francs suisses, puis de 300 francs.",
            "fr",
            [(500, "money", "CHF"), (300, "money", "CHF")],
        ),
        ("L'attaquant de 24 ans a marqué.", "fr", [(24, "age", None)]),
        ("La banque et ses 210 milliards de dollars de dépôts.", "fr", [(210_000_000_000, "money", "USD")]),
    ],
)
def test_a_toll_named_after_it_cfa_francs_said_once_a_strikers_age_and_deposits(text, lang, expected):
    """Constructions: "brought to 53 the number of people killed" (the toll's noun after it, as French writes
    "porte à 43 le nombre de morts"); "1.500 francs CFA ..., contre 900 francs" (the CFA franc named once);
    "l'attaquant de 27 ans" (a player's age); "175,4 milliards de dépôts" (deposits are an amount)."""
    assert keys(text, lang) == expected


def test_a_suspension_in_games_is_one_count_in_both_languages():
    """Construction: "a 41-game suspension" against "une suspension de 41 rencontres": games, one count."""
    (en,) = extract_figures("He faces a 12-game suspension.", "en")
    (fr,) = extract_figures("Il écope d'une suspension de 12 rencontres.", "fr")
    assert en.unit == fr.unit == "game"
    assert [(a.value, b.value) for a, b in compare_figures([en], [fr]).matched] == [(12, 12)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Elle gagne en 52 sec 31, devant sa rivale (52 sec 76).",
            "fr",
            [(52.31, "duration", "seconds"), (52.76, "duration", "seconds")],
        ),
        ("Il nage le 200 m en 1 min 54 sec 12/100.", "fr", [(1.902, "duration", "minutes")]),
        (
            "She won in 52.31s, ahead of her rival (52.76secs).",
            "en",
            [(52.31, "duration", "seconds"), (52.76, "duration", "seconds")],
        ),
        ("It was popular in the 1990s.", "en", []),
        ("He broke the 33-year-old record.", "en", [(33, "duration", "years")]),
        ("Il bat le record de Paul Durand, vieux de 33 ans.", "fr", [(33, "duration", "years")]),
        (
            "Road deaths fell by 6 per cent from 310 to 291.",
            "en",
            [(6, "percent", None), (310, "count", None), (291, "count", None)],
        ),
    ],
)
def test_race_times_the_age_of_a_record_and_a_rates_levels(text, lang, expected):
    """Constructions: "en 45 sec 94", "4 min 2 sec 50/100" (a French wire's race time, hundredths last),
    "(46.17s)", "46.70secs" (seconds glued to a time to the hundredth); "the 29-year-old record", "le record
    ..., vieux de 29 ans" (how long a record stood, no age); "fell by 5 per cent from 228 to 217" (the levels
    a change went between, no second rate)."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The rocket lifted off from Kourou, 28 years after the first launch.",
            "en",
            [(28, "duration", "years")],
        ),
        ("Ils se sont réunis à Paris, dix ans après les attentats.", "fr", [(10, "duration", "years")]),
        ("Kadri Vaher, 46 ans, a témoigné.", "fr", [(46, "age", None)]),
        ("The window opens between eight o'clock and midnight.", "en", []),
    ],
)
def test_years_after_an_event_behind_a_place_and_the_hour_in_words(text, lang, expected):
    """Constructions: "from Kourou, 28 years after the first launch" (a span from an event after a place and
    its comma, no age as "Kadri Vaher, 46 ans"); "between eight o'clock and midnight" (an hour in words)."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Two men aged 19 to 24 were hurt.",
            "en",
            [(2, "count", "man"), (19, "age", None), (24, "age", None)],
        ),
        ("Ceux âgés de 19 à 24 ans ont été blessés.", "fr", [(19, "age", None), (24, "age", None)]),
    ],
)
def test_a_range_of_ages_keeps_its_closing_age_whatever_verb_follows(text, lang, expected):
    """Construction: "victims aged 18 to 25 were hurt" (the range's second age, not 25 people hurt)."""
    assert keys(text, lang) == expected


def test_an_age_group_disputes_no_persons_age():
    """Constructions: "those aged between 54 and 60" and "everyone aged 53 and under" (the bounds of a group's
    ages) against "les personnes qui auront 55 ans": no one's age, so no age in dispute."""
    en = extract_figures(
        "It applies to everyone aged 51 and under. For those aged between 52 and 58, less.", "en"
    )
    fr = extract_figures("La règle vaudra pour les personnes qui auront 53 ans en 2030.", "fr")
    assert [(f.value, f.approx, f.bound) for f in en if f.kind == "age"] == [
        (51, "at most", None),
        (52, None, "low"),
        (58, None, "high"),
    ]
    assert [(f.value, f.approx) for f in extract_figures("Chez les 70 ans et plus, moins.", "fr")] == [
        (70, "at least")
    ]
    assert compare_figures(en, fr).conflicts == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Dans cette décision majoritaire à 7-2, la Cour tranche.", "fr", []),
        ("Prize money: * Round of 16: 120,000 euros", "en", [(120000, "money", "EUR")]),
        (
            "Le perdant du premier tour touchera 61 000 euros, soit 3 000 de plus que l'an passé.",
            "fr",
            [(61000, "money", "EUR"), (3000, "money", "EUR")],
        ),
        (
            "L'Union versera 40 milliards d'euros, dont 25 milliards de prêts.",
            "fr",
            [(40e9, "money", "EUR"), (25e9, "money", "EUR")],
        ),
        (
            "Around the world, more than US$3-trillion is held in such assets.",
            "en",
            [(3e12, "money", "USD")],
        ),
        (
            "Ottawa will give some $1.5 billion Canadian (US$1.1 billion) in tax credits.",
            "en",
            [(1.5e9, "money", "CAD"), (1.1e9, "money", "USD")],
        ),
        (
            "MONTRÉAL, 17 jan (Reuters) - Le pays délivrera 300 000 permis.",
            "fr",
            [(300000, "count", "permis")],
        ),
        ("The dean told FRANCE 24 that fees rose.", "en", []),
    ],
)
def test_votes_draw_rounds_sums_of_loans_and_channel_names(text, lang, expected):
    """Constructions: "une décision majoritaire à 8-1" (a court's vote); "Round of 16: 250,000 euros" (a draw's
    round); "73 000 euros, soit 4 000 de plus que l'an passé" (a rise in the amount's currency, unscaled);
    "33 milliards de prêts" (loans are a sum); "US$2-trillion" (a hyphenated trillion); "$2.5 billion
    Canadian (US$1.8 billion)" (Canadian after the scale); "TORONTO, 24 jan (Reuters)" (a French wire's
    abbreviated month); "told FRANCE 24" (the channel)."""
    assert [(v, k, u) for v, k, u in keys(text, lang)] == [(float(v), k, u) for v, k, u in expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "En Wallonie, on en compte 210 dans six prisons, Lantin (61), Marche (38) et Andenne (27).",
            "fr",
            [
                (210, "count", None),
                (6, "count", "prisons"),
                (61, "count", None),
                (38, "count", None),
                (27, "count", None),
            ],
        ),
        (
            "The 12 Israeli hostages are home. Those released include 12 Israeli citizens.",
            "en",
            [(12, "count", "hostage"), (12, "count", "national")],
        ),
        ("Il gagne en 2 heures 07 minutes et 31 secondes.", "fr", [(127.517, "duration", "minutes")]),
        (
            "She sailed round in 71 days, 4 hours, 10 minutes and 12 seconds.",
            "en",
            [(102490.2, "duration", "minutes")],
        ),
        ("Il boucle le tour en 71 jours, 4h et 10 minutes.", "fr", [(102490, "duration", "minutes")]),
        ("They worked 6 days, 11 hours a day.", "en", [(6, "duration", "days"), (11, "duration", "hours")]),
        ("Le navigateur de 38 ans a gagné.", "fr", [(38, "age", None)]),
        ("He won again, becoming the oldest winner of the rally at 59.", "en", [(59, "age", None)]),
        (
            "Le thermomètre est descendu à -9,4°C, et même -12,1 à l'aéroport.",
            "fr",
            [(-9.4, "temperature", "C"), (-12.1, "temperature", "C")],
        ),
    ],
)
def test_places_counts_in_belgium_peoples_in_i_race_times_in_days_and_readings_below_zero(
    text, lang, expected
):
    """Constructions: "Anvers (72), Termonde (55)" in a report on Belgium (counts, no French département's
    codes); "13 Israeli hostages" said twice (a people, no name with a number); "2 heures 05 minutes et 54
    secondes" (a zero-led minute); "64 days, 19 hours, 22 minutes and 49 seconds", "64 jours, 19h et 22
    minutes" (a race time from days, in minutes) but not "5 days, 10 hours a day"; "le navigateur de 40
    ans"; "the oldest winner of the race at 61"; "jusqu'à -10,8°C, et même -13,2 à l'aéroport" (a reading
    below zero after a reading)."""
    assert keys(text, lang) == expected


def test_a_range_of_ages_after_aged_is_no_toll():
    """Construction: "victims aged 18 to 25 were hurt": the range's ages, no 25 injured."""
    ages = [f for f in extract_figures("Victims aged 17 to 23 were hurt.", "en") if f.kind == "age"]
    assert [(f.value, f.bound) for f in ages] == [(17, "low"), (23, "high")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "She wants to raise the pension age three years to 67.",
            "en",
            [(3, "duration", "years"), (67, "age", None)],
        ),
        ("One fatality was confirmed.", "en", [(1, "count", "death")]),
    ],
)
def test_an_age_raised_by_years_and_one_fatality(text, lang, expected):
    """Constructions: "raise the retirement age two years to 64" (the years it rises by, no range of ages);
    "One fatality was reported" (a death, singular)."""
    assert keys(text, lang) == expected


def test_people_a_plant_employs_are_its_jobs():
    """Construction: "employ about 1,000 people" against "près de 1.000 emplois": one count of jobs."""
    en = extract_figures("The new plant will employ about 1,400 people.", "en")
    fr = extract_figures("L'usine créera près de 1.400 emplois.", "fr")
    comparison = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in comparison.matched] == [(1400, 1400)]
    assert comparison.only_en == comparison.only_fr == []
    (evacuated,) = extract_figures("Some 1,400 people were evacuated.", "en")
    assert evacuated.unit == "evacuee"  # people counted by what befell them, no jobs


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Belgium keeps separate numbers for ambulances and police -- 100 and 101 -- and the European "
            "emergency number, 112. Some 14 people could not get through.",
            "en",
            [(14, "count", "person")],
        ),
        (
            "La panne a touché les numéros d'urgence 117 (police), 118 (pompiers) et 144 (ambulances) pendant "
            "des heures.",
            "fr",
            [],
        ),
        ("The draw gave white balls 7, 12, 28, 39, and 61, and the red Powerball 4.", "en", []),
        ("Les numéros gagnants étaient les 3, 17, 22, 40 et 45, et les numéros chance 6 et 9.", "fr", []),
        ("Le tirage se compose du 8, 19, 27, 33 et 50 pour les boules blanches.", "fr", []),
        ("Some 12 balls were lost.", "en", [(12, "count", "balls")]),
    ],
)
def test_phone_numbers_of_services_and_a_lotterys_drawn_numbers_are_no_counts(text, lang, expected):
    """Constructions: "the emergency numbers 112 and 117 (police), 118 (fire service)", "separate numbers for
    ambulances, police and fire services -- 15, 17, and 18", "a universal European emergency number, 112";
    "white balls 10, 33, 41, 47, and 56, and the red Powerball 10", "les numéros gagnants étaient les 21, 26,
    31, 34 et 49", "du 10, 33, 41, 47 et 56 pour les boules blanches" (a draw's numbers)."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The bank made CHF 61 billion by September, and a further profit of around 14.5 billion came later.",
            "en",
            [(61e9, "money", "CHF"), (14.5e9, "money", "CHF")],
        ),
        (
            "La banque annonce un bénéfice de 21 milliards de francs, dont 18,2 milliards de bénéfice sur les "
            "devises.",
            "fr",
            [(21e9, "money", "CHF"), (18.2e9, "money", "CHF")],
        ),
        (
            "The fund lost $150 billion, a heavy blow for a tiny country of 4.8 million.",
            "en",
            [(150e9, "money", "USD"), (4.8e6, "count", "resident")],
        ),
        ("The works were delayed by an entire decade.", "en", [(10, "duration", "years")]),
        (
            "It will add 900 jobs over the coming decade.",
            "en",
            [(900, "count", "job"), (10, "duration", "years")],
        ),
        ("The boys went missing more than a fortnight ago.", "en", [(2, "duration", "weeks")]),
        ("Lors d'un point-presse, le maire a parlé.", "fr", []),
        ("The ticket was sold at 27 W. Harbor Road in Oakdale.", "en", []),
    ],
)
def test_amounts_a_country_spans_in_words_and_names_with_numbers(text, lang, expected):
    """Constructions: "a further profit of around 17.5 billion came" (a verb after the scale, no noun counted);
    "25,7 milliards de bénéfice"; "a tiny country of 5.5 million" (people); "delayed by an entire decade",
    "over the coming decade", "more than a fortnight ago"; "Lors d'un point-presse" (no percentage point);
    "15 W. Woodbury Road" (an address with a direction)."""
    assert keys(text, lang) == expected


def test_an_amount_restated_in_another_currency_after_soit_is_a_conversion():
    """Construction: "12.429 milliards de couronnes, soit près de 1.150 milliards d'euros" (the outlet's own
    conversion), which disputes no amount of the other version ("The $1.3 trillion fund")."""
    fr = extract_figures(
        "En Norvège, le fonds pesait 11.200 milliards de couronnes, soit près de 1.000 milliards d'euros.",
        "fr",
    )
    assert [(f.currency, f.converts) for f in fr] == [("NOK", False), ("EUR", True)]
    en = extract_figures("Norway's $1.1 trillion fund lost money.", "en")
    assert compare_figures(en, fr).conflicts == []


def test_a_share_given_after_its_whole_is_a_part():
    """Construction: "Sur les 60 blessés, 36 sont actuellement soignés" (a share of the injured, no toll), but
    not "Parmi les 85 blessés, 72 étaient hospitalisés" (the hospitalised, a count of their own)."""
    shares = extract_figures("Sur les 48 blessés, 29 sont encore soignés sur place.", "fr")
    assert [(f.value, f.part) for f in shares] == [(48, False), (29, True)]
    hospitalised = extract_figures("Parmi les 48 blessés, 29 étaient hospitalisés.", "fr")
    assert [(f.value, f.part) for f in hospitalised] == [(48, False), (29, False)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The mean age of mothers reached 30.9 in 2023, while fathers averaged 33.8. The oldest fathers were "
            "in Brussels at 35.2.",
            "en",
            [(30.9, "age", None), (33.8, "age", None), (35.2, "age", None)],
        ),
        (
            "L'âge moyen à la maternité atteint 30,9 ans, tandis qu'il s'élève à 33,8 ans pour le père. Il a pris "
            "12,5 ans de prison.",
            "fr",
            [(30.9, "age", None), (33.8, "age", None), (12.5, "duration", "years")],
        ),
        (
            "L'âge moyen à la maternité est de 31,1 ans. L'espérance de vie s'élève à 84,9 ans pour les femmes.",
            "fr",
            [(31.1, "age", None), (84.9, "duration", "years")],
        ),
        ("Les seniors (70 ans et plus) sont 1,2 million.", "fr", [(70, "age", None), (1.2e6, "count", None)]),
        ("He was tried with a businessman, Karim Haddad, 77 at the time.", "en", [(77, "age", None)]),
        ("In Abidjan, Côte d'Ivoire, the villa cost CFAF 2.5 billion.", "en", [(2.5e9, "money", "XOF")]),
        ("US multinational 3M agreed to pay. It raised $3M.", "en", [(3e6, "money", "USD")]),
    ],
)
def test_average_ages_to_the_tenth_ages_at_the_time_cfa_francs_and_3m(text, lang, expected):
    """Constructions: "The average age of mothers reached 31.4 in 2024, while fathers averaged 34.3", "the
    oldest fathers at 36.4", "tandis qu'il s'élève à 34,3 ans pour le père" (ages to the tenth after an
    average age; not "12,5 ans de prison", nor a life expectancy named after it); "les seniors (65 ans et plus)"; "Jammal Samih, 79 at the time";
    "CFAF 1.5 billion"; "US multinational 3M" (the company)."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le taux atteint 7,1 % pour celles de 30 à 39 ans, et 3,2 % pour celles de 40 ans et plus.",
            "fr",
            [
                (7.1, "percent", None),
                (30, "age", None),
                (39, "age", None),
                (3.2, "percent", None),
                (40, "age", None),
            ],
        ),
        (
            "Il a progressé de 1,4 point parmi les hommes, passant à 10,9 %.",
            "fr",
            [(1.4, "percent", "point"), (10.9, "percent", None)],
        ),
        ("Il marque 2,5 points par match.", "fr", [(2.5, "count", "points")]),
        ("L'attaque a eu lieu à 22 heures heure locale (18 heures heure GMT).", "fr", []),
    ],
)
def test_groups_by_their_ages_points_among_people_and_an_hour_in_gmt(text, lang, expected):
    """Constructions: "pour celles de 35 à 44 ans", "celles de 45 ans et plus" (a group by its ages); "de 1,2
    point parmi les hommes" (a percentage point, "parmi" is no "par"); "(19 heures heure GMT)" (a time)."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The price is fixed at GH¢36,000 per tonne, up from GH¢18,400, or GH$1,150 per bag.",
            "en",
            [(36000, "money", "GHS"), (18400, "money", "GHS"), (1150, "money", "GHS")],
        ),
        (
            "Le prix passe à 36 000 GHS la tonne, soit 3 600 cédis le kilogramme.",
            "fr",
            [(36000, "money", "GHS"), (3600, "money", "GHS")],
        ),
        (
            "There are at least two billion (Euros) in savings planned on pensions.",
            "en",
            [(2e9, "money", "EUR")],
        ),
        (
            "En Belgique, le gouvernement veut réaliser deux milliards d'économies sur les pensions.",
            "fr",
            [(2e9, "money", "EUR")],
        ),
        (
            "It pays $5,100 per child ages six through 17.",
            "en",
            [(5100, "money", "USD"), (6, "age", None), (17, "age", None)],
        ),
        ("The count is based on calls to 115, the emergency housing number.", "en", []),
        ("Les associations ont recensé les appels au 115 passés par des familles.", "fr", []),
    ],
)
def test_cedis_currencies_in_brackets_savings_in_belgium_ages_through_and_calls_to_115(text, lang, expected):
    """Constructions: "GH¢48,000 per tonne", "GH$2,070", "48 000 GHS", "4 800 cédis" (the cedi); "at least
    three billion (Euros) in savings" (the currency in brackets); "trois milliards d'économies" in a report on
    Belgium (a sum in the country's currency); "per child ages six through 17" (a range of ages); "calls to
    115", "les appels au 115" (a number to dial)."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The mayor told the Swiss daily 24 heures it was a weak attack. It lasted 24 hours.",
            "en",
            [(24, "duration", "hours")],
        ),
        (
            "En Suisse, interrogée par 24 heures, la syndique parle. La panne a duré 24 heures.",
            "fr",
            [(24, "duration", "hours")],
        ),
        ("En France, il est payé par 24 heures de travail.", "fr", [(24, "duration", "hours")]),
        ("The 214 service bus was two hours into its trip.", "en", [(2, "duration", "hours")]),
    ],
)
def test_the_lausanne_daily_and_a_bus_route_are_no_figures(text, lang, expected):
    """Constructions: "the Swiss daily 24 heures", "Interrogée par 24 heures" in a report on Switzerland (the
    paper, not a span of a day); "The 107 service bus" (a route's number)."""
    assert keys(text, lang) == expected


def test_more_job_cuts_said_with_a_noun_of_a_noun_match_the_additional_ones():
    """Construction: "2 000 suppressions de postes supplémentaires" (a noun, its complement, then
    "supplémentaires") is as many more, a change, as "about 2,000 additional redundancies" is."""
    en = extract_figures("The plan would lead to about 2,000 additional redundancies over two years.", "en")
    fr = extract_figures(
        "Suivront 2 000 suppressions de postes supplémentaires dans les années à venir.", "fr"
    )
    assert [f.change for f in fr if f.value == 2000] == [True]
    result = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in result.matched] == [(2000, 2000)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le constructeur a inscrit une perte nette de 33,9 millions en devises américaines.",
            "fr",
            [(33.9e6, "money", "USD")],
        ),
        ("The group lost 12 million in U.S. funds last year.", "en", [(12e6, "money", "USD")]),
        (
            "In Uganda, the family paid $30,000 (Shs 100 million) of a demand of Shs 1.8 billion.",
            "en",
            [(30000, "money", "USD"), (1e8, "money", "UGX"), (1.8e9, "money", "UGX")],
        ),
        ("Kenya's treasury set aside Sh2 billion for the roads.", "en", [(2e9, "money", "KES")]),
        ("The Sh 40 model was shown.", "en", []),
    ],
)
def test_sums_in_american_currency_and_east_african_shillings(text, lang, expected):
    """Constructions: "33,9 millions en devises américaines", "12 million in U.S. funds" (a scaled number said
    to be in the American currency); "(Shs 100 million)", "Sh2 billion" (the shilling as East African papers
    write it: the currency of the country the text names, none where it names no such country)."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Quebec posted a C$244 million drop at C$601 million.", 244e6),
        ("Realized net income, up C$1.9 billion on the year, reached C$6.065 billion.", 1.9e9),
        ("Livestock receipts rose (+$3.3 billion) as prices climbed.", 3.3e9),
    ],
)
def test_an_amount_said_as_a_change_after_a_comma_or_with_a_noun_of_change(text, value):
    """Constructions: "a C$244 million drop" (the noun of a change after the amount), ", up C$1.9 billion on
    the year" (up or down after a comma or a verb "to be"), "(+$3.3 billion)" (a plus sign): changes, which
    dispute only changes; not "set up $5 million", "up to $5 million"."""
    (changed,) = [f for f in extract_figures(text, "en", "CAD") if f.value == value]
    assert changed.change
    for plain in ("They set up $5 million for the fund.", "It pays up to $5 million."):
        assert [f.change for f in extract_figures(plain, "en")] == [False]
    fr = extract_figures("Les recettes ont progressé (+3,3 milliards de dollars).", "fr", "CAD")
    assert [f.change for f in fr] == [True]


def test_an_age_a_person_had_at_an_event_looked_back_on_disputes_no_age_now():
    """Construction: "who was a 23-year-old volunteer ... when she was kidnapped", "avait 23 ans lorsqu'elle a
    été enlevée": the age then, against "âgée de 24 ans" now, is no conflict; said without the "when" it is."""
    then = extract_figures("Romano, who was a 23-year-old volunteer when she was kidnapped, is home.", "en")
    assert [(f.kind, f.earlier) for f in then] == [("age", True)]
    fr_then = extract_figures("Elle avait 23 ans lorsqu'elle a été enlevée.", "fr")
    assert [(f.kind, f.earlier) for f in fr_then] == [("age", True)]
    now = extract_figures("La jeune femme, âgée de 24 ans, est rentrée à Rome.", "fr")
    assert compare_figures(then, now).conflicts == []
    plain = extract_figures("Romano, a 23-year-old volunteer, is home.", "en")
    assert len(compare_figures(plain, now).conflicts) == 1


def test_the_one_span_of_each_version_in_two_units_is_disputed_when_close():
    """Construction: "after 19 months in captivity" against "après un an et demi de captivité": the one
    duration of each version, in months and in years, 19 against 18 months: a dispute; two spans far apart
    ("19 months", "deux semaines") are two things, and "two weeks" is "14 jours"."""
    en = extract_figures("The pilot was freed after 19 months in captivity.", "en")
    fr = extract_figures("Le pilote a été relâché après un an et demi de captivité.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(19, 1.5)]
    far = extract_figures("Les négociations ont duré deux semaines.", "fr")
    assert compare_figures(en, far).conflicts == []
    same = compare_figures(
        extract_figures("The talks lasted two weeks.", "en"),
        extract_figures("Les négociations ont duré 14 jours.", "fr"),
    )
    assert same.conflicts == [] and not same.only_en and not same.only_fr


def test_a_count_in_brackets_right_after_a_year_is_that_years():
    """Construction: "en hausse de 8 % par rapport à 2020 (556 appareils)": the count in brackets after the
    year is that year's, and so disputes the other version's count of that year ("In 2020, deliveries had
    totalled 566"), not this year's."""
    fr = extract_figures("Il en a livré 611, en hausse de 8 % par rapport à 2020 (556 appareils).", "fr")
    assert [(f.value, f.year) for f in fr if f.kind == "count"] == [(611, None), (556, 2020)]
    en = extract_figures("It handed over 611 aircraft. In 2020, deliveries had totalled 566.", "en")
    result = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in result.conflicts] == [(566, 556)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The goal: one day sending robots to Mars.", []),
        ("The reactor could one day power a town.", []),
        ("She hopes to one day fly.", []),
        ("The strike lasted one day.", [(1, "duration", "days")]),
        ("NASA presented the four astronauts who will lead the mission.", [(4, "count", "astronaut")]),
    ],
)
def test_one_day_as_someday_and_astronauts_counted(text, expected):
    """Constructions: "could one day power", "hopes to one day fly", "one day sending astronauts" (someday, no
    span of time) against "lasted one day"; "the four astronauts who will lead" (people, a figure even after
    a definite article)."""
    assert keys(text, "en") == expected


def test_a_list_of_places_counts_takes_the_noun_of_the_total_it_breaks_down():
    """Construction: "recorded 294 injured. Of the number, 180 are in Bogo, 66 in Medellin, 15 in San Remigio"
    and "plus de 60 décès, dont au moins 30 dans la ville de Bogo, 22 dans la ville de San Remigio": each
    place's count is a part of the injured or of the dead, so the 15 injured of a town do not dispute the
    22 dead of that town; a list adding up to more than the count before it takes nothing from it."""
    en = extract_figures(
        "The bureau recorded 294 injured people. Of the number, 180 are in Bogo, 66 in Medellin, 15 in San "
        "Remigio and 33 in Catmon.",
        "en",
    )
    assert [(f.value, f.unit, f.part) for f in en if f.place] == [
        (180, "injury", True),
        (66, "injury", True),
        (15, "injury", True),
        (33, "injury", True),
    ]
    fr = extract_figures(
        "Le bureau a enregistré plus de 60 décès, dont au moins 30 dans la ville de Bogo, 22 dans la ville de "
        "San Remigio et 10 à Medellin.",
        "fr",
    )
    assert [(f.value, f.unit, f.part) for f in fr if f.place] == [
        (30, "death", True),
        (22, "death", True),
        (10, "death", True),
    ]
    assert not any({a.value, b.value} == {15, 22} for a, b in compare_figures(en, fr).conflicts)
    larger = extract_figures(
        "Officials counted 12 injured people. Then 180 are in Bogo and 66 in Medellin.", "en"
    )
    assert [f.unit for f in larger if f.place] == [None, None]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Il va abroger les lois, après un an de manifestations massives.", "fr", [(1, "duration", "years")]),
        (
            "La FNSEA maintient la mobilisation après une semaine de blocages.",
            "fr",
            [(1, "duration", "weeks")],
        ),
        ("Un an après le séisme, la ville se relève.", "fr", []),
        ("Après un an, il est revenu au village.", "fr", []),
        ("Farmers died during a year of protests.", "en", [(1, "duration", "years")]),
        ("After a week of talks, they agreed.", "en", [(1, "duration", "weeks")]),
        ("It was the largest one-year fall on record.", "en", []),
        ("Prices rose. Over one year, prices there have fallen.", "en", []),
        ("He signed a one-year contract.", "en", [(1, "duration", "years")]),
        ("Waits saw a one-hour increase.", "en", [(1, "duration", "hours")]),
    ],
)
def test_one_unit_of_something_and_the_window_of_a_change(text, lang, expected):
    """Constructions: "après un an de manifestations", "during a year of protests", "after a week of talks"
    (a span of something) against "Un an après le séisme" (a time after an event); "the largest one-year
    fall", "Over one year, prices have fallen" (the window of a change, no span of the story)."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The Chiefs' 25-22 overtime victory drew 123.4 million viewers.",
            "en",
            [(123.4e6, "count", "viewers")],
        ),
        ("La défaite des Lakers à Philadelphie (108-91) a surpris.", "fr", []),
        ("The Buccaneers handled Kansas City, winning 31-9.", "en", []),
        ("Les joueurs se sont imposés 25 à 22 après prolongation.", "fr", []),
        ("Ottawa is setting up a national 1-800 line for families.", "en", []),
        ("According to police, 911 calls came in late Saturday.", "en", []),
        ("Selon le sondage Tamedia/20 Minuten, le non l'emporte.", "fr", []),
        ("Voici ce que l'on sait.\n\n20h : plusieurs coups de feu en centre-ville", "fr", []),
        ("La grève a duré 20h : un record.", "fr", [(20, "duration", "hours")]),
        ("Après un mois de juillet le plus sec jamais enregistré, l'eau manque.", "fr", []),
    ],
)
def test_score_lines_toll_free_and_emergency_lines_papers_and_timelines(text, lang, expected):
    """Constructions: "25-22 overtime victory", "(108-91)" after a defeat, "winning 31-9", "imposés 25 à 22"
    (a game's score); "a national 1-800 line" (a toll-free prefix); "911 calls came in" (the emergency
    service's calls); "20 Minuten" (the Swiss paper); "20h : plusieurs coups de feu" (a timeline's entry, a
    time of day) against "a duré 20h"; "un mois de juillet" (the month named, no span)."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'établissement accueille des élèves de 14 à 18 ans.", [(14, "age", None), (18, "age", None)]),
        (
            "Le report de l'âge légal de départ à la retraite à 64 ans : la cible de 64 ans sera atteinte en "
            "2030, après une étape à 63 ans et trois mois. Il faudra 43 ans de cotisation.",
            [(64, "age", None), (64, "age", None), (63.25, "age", None), (43, "duration", "years")],
        ),
        ("Ceux qui ont commencé à travailler avant 20 ans partiront plus tôt.", [(20, "age", None)]),
        ("Il a travaillé pendant 62 ans dans la même usine.", [(62, "duration", "years")]),
    ],
)
def test_pupils_ages_retirement_ages_and_the_age_a_career_starts(text, expected):
    """Constructions: "des élèves de 14 à 18 ans" (pupils' ages); in a text on "l'âge légal de départ", "la
    cible de 64 ans", "une étape à 63 ans et trois mois" (the retirement age), not "43 ans de cotisation" (a
    career); "commencé à travailler avant 20 ans" (the age a career starts at)."""
    assert [k for k in keys(text, "fr") if k[1] != "year"] == expected


def test_an_american_metro_paper_counts_american_dollars_in_a_story_set_in_canada():
    """Construction: The Atlanta Journal-Constitution on a crash in Toronto: "Delta is offering $30,000" to
    each passenger of "The Atlanta-based airline": US dollars, though the text names Canadian places."""
    text = (
        "Delta is offering $30,000 to each passenger of the flight that crashed in Toronto, Ontario. The "
        "Atlanta-based airline said Canadian investigators and Transport Canada are at Toronto Pearson."
    )
    dollar = article_dollar(text, "The Atlanta Journal-Constitution", "https://www.ajc.com/news/delta/")
    assert dollar == "USD"


def test_race_times_a_second_apart_are_disputed():
    """Construction: "winning in 2:09:56" and "first in 2:02:44" against "un chrono de 2h09min57s" and "en
    2h02min43s": each race time and the other version's closest, a second apart, are one runner's time
    disputed; a time matched exactly is no dispute."""
    en = extract_figures("She won in 2:09:56, he was first in 2:02:44, and Smith ran 2:11:53.", "en")
    fr = extract_figures(
        "Elle a signé un chrono de 2h09min57s, lui a gagné en 2h02min43s, Smith en 2h11min53s.", "fr"
    )
    result = compare_figures(en, fr)
    assert sorted((a.value, b.value) for a, b in result.conflicts) == [
        (in_minutes(7364), in_minutes(7363)),
        (in_minutes(7796), in_minutes(7797)),
    ]
    assert [(a.value, b.value) for a, b in result.matched] == [(in_minutes(7913), in_minutes(7913))]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Life expectancy fell from 82.3 years in 2019 to 81.3 in 2022, dropping to 79.8 from 80.9 in one "
            "province.",
            "en",
            [
                (82.3, "duration", "years"),
                (81.3, "duration", "years"),
                (79.8, "duration", "years"),
                (80.9, "duration", "years"),
            ],
        ),
        (
            "The drop of 0.3 years came after a 0.1 year decline.",
            "en",
            [(0.3, "duration", "years"), (0.1, "duration", "years")],
        ),
        (
            "La baisse de 0,3 année dépasse celle de 0,1 année.",
            "fr",
            [(0.3, "duration", "years"), (0.1, "duration", "years")],
        ),
        (
            "The median age at diagnosis is 70 for men and 68 for women.",
            "en",
            [(70, "age", None), (68, "age", None)],
        ),
        ("The median age rose. Then 70 people were hired.", "en", [(70, "count", "person")]),
        ("La hausse s'explique surtout par deux facteurs.", "fr", []),
        ("L'inflation est l'un des deux critères du calcul.", "fr", []),
        ("Le gouvernement étudie trois pistes pour réduire la dette.", "fr", []),
        ("Two options remain on the table, officials said.", "en", []),
        ("Les pompiers ont sauvé deux enfants.", "fr", [(2, "count", "child")]),
    ],
)
def test_life_expectancy_in_years_median_ages_and_reasons(text, lang, expected):
    """Constructions: "from 82.3 years in 2019 to 81.3 in 2022" after "life expectancy" (years of it, a span);
    "a 0.1 year decline", "0,1 année" (a fraction of a year, no age); "The median age at diagnosis is 70 for
    men and 68 for women" (ages, in the sentence naming the median age); "deux facteurs", "l'un des deux
    critères", "trois pistes", "two options" (how a text reasons or weighs, no count; "deux enfants" saved
    are)."""
    assert [k for k in keys(text, lang) if k[1] != "year"] == expected


def test_a_canadian_amount_converted_into_bare_dollars_makes_them_us_dollars_and_a_ranges_dollar():
    """Constructions: "6 millions de dollars canadiens (4,38 millions de dollars)" (a wire converts its
    Canadian amounts: its bare dollars are US ones) against "100 dollars canadiens" named alone; "from US$15 to
    $22,000" in a Canadian paper (the high end takes the low end's dollar); "4 billion CFA francs" in a report
    on Mali naming Chad once (the West African franc)."""
    wire = "Ottawa inflige une amende de 6 millions de dollars canadiens (4,38 millions de dollars). Zhao a payé 50 millions de dollars."
    assert article_dollar(wire, "Zonebourse (Reuters)", "https://www.zonebourse.com/x") == "USD"
    assert (
        article_dollar("Saisie d'un million de dollars en billets de 100 dollars canadiens.", "AFP") == "CAD"
    )
    money = extract_figures("The wagers ranged from US$15 to $22,000, for a total of $54,094.", "en", "CAD")
    assert [(f.value, f.currency) for f in money] == [(15, "USD"), (22000, "USD"), (54094, "CAD")]
    mali = "Floods left dozens dead in Chad. In Mali, Bamako set aside 4 billion CFA francs."
    assert [f.currency for f in extract_figures(mali, "en", places=mali)] == ["XOF"]
    chad = "Au Tchad, N'Djamena et le Cameroun voisin ont débloqué 4 milliards de francs CFA."
    assert [f.currency for f in extract_figures(chad, "fr", places=chad)] == ["XAF"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Imprisoned 13 times\n\nNarges Mohammadi (51) has been held 13 times.\n\n15 years\n\nDespite arrests, "
            "Mohammadi (51) has carried on",
            "en",
            [
                (13, "count", "time"),
                (51, "age", None),
                (13, "count", "time"),
                (15, "duration", "years"),
                (51, "age", None),
            ],
        ),
        ("A couple hundred police officers from Kenya touched down.", "en", [(200, "count", "officer")]),
        ("The 10-year Treasury yield fell as the two-year note rose.", "en", []),
        ("Le rendement de l'obligation d'État japonaise à 10 ans a reculé.", "fr", []),
        ("Il a été condamné à 10 ans de prison.", "fr", [(10, "duration", "years")]),
        ("The index posted its worst two-day decline ever.", "en", []),
        ("Workers held a two-day strike.", "en", [(2, "duration", "days")]),
    ],
)
def test_bracketed_ages_under_headings_a_couple_hundred_bond_maturities_and_a_changes_window(
    text, lang, expected
):
    """Constructions: "Narges Mohammadi (51)" twice, in paragraphs under headings without a stop (each its
    sentence's only bracket: an age); "A couple hundred police officers" (about two hundred); "the 10-year
    Treasury yield", "l'obligation ... à 10 ans" (a bond's maturity), not "condamné à 10 ans de prison"; "its
    worst two-day decline" (a change's window after a superlative), not "a two-day strike"."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The vaccine is also offered up to age 26.", "en", [(26, "age", None)]),
        (
            "It was 1.55 ± 0.13 °C above the 1850-1900 average.",
            "en",
            [(1.55, "temperature", "C"), (0.13, "temperature", "C")],
        ),
        (
            "Soit 1,55 ± 0,13 degré Celsius de plus qu'en 1850-1900.",
            "fr",
            [(1.55, "temperature", "C"), (0.13, "temperature", "C")],
        ),
        ("About 249,000 doses of the two-dose vaccine will arrive.", "en", [(249000, "count", "dose")]),
        (
            "Plus de 17 milliards d'euros, dont 14 pour les seuls Rafale.",
            "fr",
            [(17e9, "money", "EUR"), (14e9, "money", "EUR")],
        ),
        (
            "Après 42 mois de travaux et 8,4 millions d'heures travaillées.",
            "fr",
            [(42, "duration", "months"), (8.4e6, "duration", "hours")],
        ),
        (
            "Radio-Canada fait face à des « pressions budgétaires » de 125 millions.",
            "fr",
            [(125e6, "money", "CAD")],
        ),
    ],
)
def test_ages_after_age_uncertainty_ranges_vaccines_parts_of_amounts_hours_and_quoted_nouns(
    text, lang, expected
):
    """Constructions: "up to age 26" (an age); "1.55 ± 0.13 °C", "1,55 ± 0,13 degré Celsius" (a value and its
    margin share a unit) and "the 1850-1900 average" (a period); "the two-dose vaccine" (what a vaccine is);
    "17 milliards d'euros, dont 14 pour" (a part, in the amount's scale); "8,4 millions d'heures" (hours, a
    span); "« pressions budgétaires » de 125 millions" (a quoted word for an amount)."""
    assert keys(text, lang, "CAD" if "Radio-Canada" in text else "USD") == expected


def test_bare_dollars_converted_into_us_dollars_and_canadian_after_the_amount():
    """Constructions: "$70 billion (US$52 billion)" in a report on Canada (the bare dollars are Canadian, the
    conversion American); "$85m ($114m Canadian)" (the word after the amount names its dollar)."""
    text = "Canada's program will cost $70 billion (US$52 billion), about $85m ($114m Canadian) a jet."
    assert [(f.value, f.currency) for f in extract_figures(text, "en", "USD", places=text)] == [
        (70e9, "CAD"),
        (52e9, "USD"),
        (85e6, "USD"),
        (114e6, "CAD"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Shatner, at the age of 90 years 205 days, became the oldest.", "en", [(90, "age", None)]),
        ("Glenn, who was 77 years 103 days old when he flew.", "en", [(77, "age", None)]),
        ("The project took 3 years and 20 days.", "en", [(3, "duration", "years"), (20, "duration", "days")]),
        ("Je jouais avec mes amis quand j'avais 9 ans.", "fr", [(9, "age", None)]),
        ("Il y avait 9 ans qu'il n'était pas venu.", "fr", [(9, "duration", "years")]),
        ("WhatsApp réclamait plus de 400,000 dollars.", "fr", [(400000, "money", "USD")]),
        ("Il a versé 2,5 millions de dollars.", "fr", [(2.5e6, "money", "USD")]),
    ],
)
def test_ages_to_the_day_ages_in_the_first_person_and_english_grouping_in_french(text, lang, expected):
    """Constructions: "at the age of 90 years 205 days", "77 years 103 days old" (an age in whole years, its days
    no figure) against "took 3 years and 20 days"; "quand j'avais 9 ans" (an age) against "Il y avait 9 ans"
    (ago); "plus de 400,000 dollars" in French (no French decimal ends in three zeros: thousands)."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les gilets jaunes ont défilé pour l'acte 9 de leur mouvement.", []),
        ("Artémis 1 est la première mission, et Ariane 6 a décollé.", []),
        (
            "Des contrats fermes d'une durée de 15 et de 20 ans.",
            [(15, "duration", "years"), (20, "duration", "years")],
        ),
    ],
)
def test_a_protests_numbered_act_and_a_unit_shared_after_et_de(text, expected):
    """Constructions: "l'acte 9 de leur mouvement" (a protest's numbered Saturday, no count); "d'une durée de
    15 et de 20 ans" (the list's unit said once, after "et de")."""
    assert keys(text, "fr") == expected


def test_two_named_peoples_ages_swapped_between_the_versions_are_both_disputed():
    """Construction: "Richard West, 38, killed Dyann Serafica-Donaire, 50" against "Richard West, 50 ans, a
    tué Dyann Serafica-Donaire, 38 ans": the values match crosswise, but each person's age is disputed; the
    same ages given to the same names match."""
    en = extract_figures("Police said Richard West, 38, killed Dyann Serafica-Donaire, 50, last week.", "en")
    fr = extract_figures("Richard West, 50 ans, a tué Dyann Serafica-Donaire, 38 ans, selon la police.", "fr")
    assert [f.place for f in en] == ["richard west", "dyann serafica-donaire"]
    result = compare_figures(en, fr)
    assert sorted((a.value, b.value) for a, b in result.conflicts) == [(38, 50), (50, 38)]
    assert result.matched == []
    same = extract_figures(
        "Richard West, 38 ans, a tué Dyann Serafica-Donaire, 50 ans, selon la police.", "fr"
    )
    agreed = compare_figures(en, same)
    assert agreed.conflicts == [] and len(agreed.matched) == 2


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a hedge or an adverb between the verb of age and the years
        ("La fillette, âgée de presque trois ans, a été retrouvée.", "fr", [(3, "age", None)]),
        ("Le gardien, âgé alors de seulement 19 ans, a tout vu.", "fr", [(19, "age", None)]),
        ("Le cavalier avait à l'époque 16 ans.", "fr", [(16, "age", None)]),
        ("Le boxeur aura toutefois 35 ans aux prochains Jeux.", "fr", [(35, "age", None)]),
        # a ban's term after a person's noun: the term, not the person's age
        ("Le club a infligé au défenseur de six ans de suspension.", "fr", [(6, "duration", "years")]),
        ("Le recours (trois ans d'inéligibilité en appel) est rejeté.", "fr", [(3, "duration", "years")]),
        # a person noun of a pastime before "de N ans"
        ("Un joggeur de 31 ans a été attaqué en forêt.", "fr", [(31, "age", None)]),
        # an age with a half, hyphenated through "-old"
        ("A three-and-a-half-year-old girl was found safe.", "en", [(3.5, "age", None)]),
        ("A one-and-a-half-month-old lamb was born.", "en", [(1.5, "age", "months")]),
        ("the five-and-a-half-year trial", "en", [(5.5, "duration", "years")]),
        # children's first names, each with an age between commas, near a word for children
        (
            "Police seek his two sons. The alert names Liam, 9, and Noah, 4, of Granby.",
            "en",
            [(2, "count", "sons"), (9, "age", None), (4, "age", None)],
        ),
        (
            "Cases rose in Manitoba, 9, and Alberta, 4, on Friday.",
            "en",
            [(9, "count", None), (4, "count", None)],
        ),
        # the age a named person reaches at a date
        ("The ban runs until 2031, when Moreau would be 87.", "en", [(87, "age", None)]),
        # "a N year" in English is no French "il a N ans"
        ("They signed a 20 year lease.", "en", [(20, "duration", "years")]),
        # half an hour is written as half of the hour
        ("Les secours sont arrivés en une demi-heure.", "fr", [(0.5, "duration", "hours")]),
        # decimals listed after a percentage, each for its own group, are percentages
        (
            "Prices rose 3.1 per cent for rent, 2.6 for food and 4.2 for energy.",
            "en",
            [(3.1, "percent", None), (2.6, "percent", None), (4.2, "percent", None)],
        ),
        (
            "Il y a 1,5 % pour les jeunes, 2,5 pour les aînés.",
            "fr",
            [(1.5, "percent", None), (2.5, "percent", None)],
        ),
    ],
)
def test_ages_with_hedges_terms_of_bans_and_percentages_listed_by_group(text, lang, expected):
    """Constructions: "âgée de presque quatre ans", "âgée alors de seulement 15 ans", "avait à l'époque 15
    ans", "aura toutefois 32 ans" (an age with a hedge or an adverb between); "huit ans de suspension" (a
    ban's term, even after a person's noun); "un joggeur de 26 ans"; "a two-and-a-half-year-old boy"; "for
    Norah, 11, and Romy, 6" after "his two daughters" (children's ages, not places' tallies); "when Blatter
    would be 92"; "a ten year loan" (no French "a"); "une demi-heure" (0.5 hours); "2.8 per cent for electric
    heating, 4.5 for gas heating and 7.3 for oil" (a percentage per group)."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La facture a bondi par rapport à 2023 tient compte des taxes.", "fr"),
        ("Sales were up 4% compared with 2019 when the plant opened.", "en"),
    ],
)
def test_a_year_compared_with_is_a_year(text, lang):
    """Construction: "par rapport à 2024", "compared with 2019": the year compared with, never a count."""
    assert [f.kind for f in extract_figures(text, lang) if f.value >= 1900] == ["year"]


@pytest.mark.parametrize(
    ("text", "lang", "dollar", "expected"),
    [
        # a call's time after the emergency service it went to
        ("Trois appels ont été faits au 911 à 23 h 10 lundi.", "fr", "CAD", [(3, "count", "call")]),
        # what a "-year-old" outbreak lasts, with its name before the noun
        ("It is trying to end a three-year-old Marburg outbreak.", "en", "USD", [(3, "duration", "years")]),
        # a person named by what they were, and one by what they study
        ("Ce vétéran de 61 ans pilotait l'appareil.", "fr", "USD", [(61, "age", None)]),
        ("Le tireur, un étudiant en histoire de 23 ans, est mort.", "fr", "USD", [(23, "age", None)]),
        # a channel's evening news named by its hour
        ("Il a parlé au « 20 heures » de France 2 hier.", "fr", "USD", []),
        # a tax as the sum an amount is
        (
            "Ils ont éludé 2 millions d'euros d'impôt sur le revenu et 1,1 million d'impôt sur la fortune.",
            "fr",
            "USD",
            [(2_000_000, "money", "EUR"), (1_100_000, "money", "EUR")],
        ),
        # a balance's level, in a publisher's own dollars
        (
            "Son excédent a reculé de 312 millions pour s'établir à 1,7 milliard.",
            "fr",
            "CAD",
            [(312_000_000, "money", "CAD"), (1_700_000_000, "money", "CAD")],
        ),
        # the year's amount after "de"
        (
            "Les ventes ont atteint 4 milliards de francs, contre 3,2 milliards de 2023.",
            "fr",
            "USD",
            [(4_000_000_000, "money", "CHF"), (3_200_000_000, "money", "CHF")],
        ),
        # "pour sa part": on its side, no part's number
        ("La police recense pour sa part 12 blessés.", "fr", "USD", [(12, "count", "injury")]),
    ],
)
def test_a_service_s_call_an_outbreak_s_age_people_by_trade_or_field_and_amounts_by_what_they_are(
    text, lang, dollar, expected
):
    """Constructions: "logés au 911 à 22 h 52" (the service, then the call's time); "a two-year-old Ebola
    outbreak" (how long it has lasted); "ce vétéran de 54 ans", "un étudiant en histoire de 24 ans" (ages);
    "au « 20 heures » de TF1" (a news programme); "1,3 million d'impôt sur la fortune" (an amount of tax);
    "l'excédent ... a diminué de 892 millions pour s'établir à 2,05 milliards" (a balance in the publisher's
    dollars); "par rapport au 1,9 milliard de 2023" (the year's amount); "pour sa part 15 morts"."""
    assert keys(text, lang, dollar) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an age that opens a quote
        ("« A 91 ans, il a besoin de repos », dit le communiqué.", "fr", [(91, "age", None)]),
        # how long someone was held, whatever they were
        ("Il est resté otage durant plus de quatre ans.", "fr", [(4, "duration", "years")]),
        # an age after a nickname in quotes
        ("Surnommé « Pipo », 61 ans, il a été libéré.", "fr", [(61, "age", None)]),
        # a score line in goals
        ("Lyon a été battu 3 buts à 1 samedi.", "fr", []),
        # a vehicle's size
        ("The convoy had two trucks and 14 seater buses.", "en", [(2, "count", "truck")]),
        # a day of every month
        ("La radio lui consacre chaque 12 du mois une émission.", "fr", []),
        # the millions and thousands of an amount written together
        ("Le prix moyen a atteint 1047 300 $ en janvier.", "fr", [(1_047_300, "money", "USD")]),
        ("En 2021 400 $ ont suffi.", "fr", [(400, "money", "USD")]),
    ],
)
def test_quoted_ages_hostages_terms_scores_seats_days_of_the_month_and_unspaced_millions(
    text, lang, expected
):
    """Constructions: "« A 88 ans, et après..." (an age opening a quote); "otage durant plus de six ans" (a
    span); "Surnommé « Mané », 56 ans" (an age after a nickname); "battus 3 buts à 2" (a score); "18 seater
    buses" (a size); "chaque 8 du mois" (a day of every month); "1078 900 $" (one amount, not a year)."""
    assert keys(text, lang) == expected


def test_a_story_in_us_dollars_keeps_them_when_one_country_s_amount_is_in_its_own_dollars():
    """Construction: "saisi 257 millions de dollars ... En Australie, ... 5,5 millions de dollars
    australiens": the story's bare dollars are not Australian; only the amount named so is."""
    text = (
        "La police a saisi 300 millions de dollars dans 40 pays. En Australie, par exemple, les autorités ont "
        "récupéré 4,5 millions de dollars australiens."
    )
    assert [(f.value, f.currency) for f in extract_figures(text, "fr") if f.kind == "money"] == [
        (300_000_000, "USD"),
        (4_500_000, "AUD"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "dollar", "expected"),
    [
        # an amount's conversion said "or the equivalent of" is in the publisher's dollars
        (
            "Spending rises by 90 billion Canadian dollars, or the equivalent of $66 billion.",
            "en",
            "USD",
            [(90_000_000_000, "money", "CAD"), (66_000_000_000, "money", "USD")],
        ),
        # "Canadian" after a bare amount, a preposition after it
        (
            "Ottawa set aside $12 billion Canadian for the ships.",
            "en",
            "USD",
            [(12_000_000_000, "money", "CAD")],
        ),
        # "en moins de deux ans": a span, even after an ordinal that may name a person
        ("C'est la troisième sanction en moins de trois ans.", "fr", "USD", [(3, "duration", "years")]),
        # an hour written bare before a weekday's part, and a count before one
        ("Staff noticed the intrusion at 4 Sunday morning.", "en", "USD", []),
        ("The toll is up from 41 Monday morning.", "en", "USD", [(41, "count", "morning")]),
    ],
)
def test_dollars_marked_or_converted_spans_after_en_and_hours_before_a_weekday(text, lang, dollar, expected):
    """Constructions: "€50 million (AU$79 million) ... a fine of $460,000" (bare dollars are US ones beside
    marked Australian ones); "175 billion Canadian dollars, or the equivalent of $128 billion"; "$19 billion
    Canadian for the F-35 purchase"; "la troisième prononcée en moins de deux ans"; "around 5 Friday
    morning" (an hour), not "up from 64 Monday morning"."""
    assert keys(text, lang, dollar) == expected


def test_a_text_that_marks_australian_amounts_writes_its_bare_dollars_as_us_ones():
    """Construction: an Australian publisher's "€50 million (AU$79 million) ... a fine of $460,000": the text
    marks its Australian amounts, so its bare "$" is the US dollar; and "175 billion Canadian dollars, or the
    equivalent of $128 billion" converts into the publisher's dollar, which the Canadian amount does not
    change."""
    from reader.figures.currency import text_dollar

    marked = "The regulator fined the firm €40 million (AU$63 million), after a fine of $320,000 last year."
    assert text_dollar(marked, "AUD") == "USD"
    converted = "Spending rises by 90 billion Canadian dollars, or the equivalent of $66 billion."
    assert text_dollar(converted, "USD") == "USD"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a score line with a competition's name before the result's word
        ("Fans rioted after the 3-1 Nations League defeat.", "en", []),
        # the days a list gives after its month, and a count right after a date
        ("The band plays on Oct. 3, 4, 10, and 11 in Lyon.", "en", []),
        ("On Oct. 3, 12 people were hurt.", "en", [(12, "count", "injury")]),
        # a person's noun, then "was" and the age
        ("The Manitoba native was 31.", "en", [(31, "age", None)]),
        # the minutes of a time in another zone
        ("L'explosion a eu lieu vers 6 heures (22 heures 15 GMT lundi).", "fr", []),
        # the count a rate's change is from
        ("Waits rose 12% from 41,300 in May.", "en", [(12, "percent", None), (41_300, "count", None)]),
    ],
)
def test_scores_before_a_competition_days_after_a_month_ages_after_was_times_in_gmt_and_bases_of_a_change(
    text, lang, expected
):
    """Constructions: "2-0 World Cup defeat" (a score); "on Nov. 14, 15, 16, 21, 22, and 23" (days), not "On
    Nov. 14, 15 people were hurt"; "The Nova Scotia native was 23."; "(21 heures 30 GMT samedi)"; "up 34% from
    32,776 in September" (a count, the change's base)."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The ruling party won 14 seats, with five for the Greens and two for the Liberals.",
            "en",
            [(14, "count", "seat"), (5, "count", "seat"), (2, "count", "seat")],
        ),
        (
            "La compagnie maintient trois vols vers Lyon et cinq vers Nice.",
            "fr",
            [(3, "count", "flight"), (5, "count", "flight")],
        ),
        # a total's breakdown into ones is no item of a list
        (
            "Officials confirmed two more deaths, one in Tarvel and another in Lusk.",
            "en",
            [(2, "count", "death")],
        ),
    ],
)
def test_a_list_s_items_whose_noun_is_elided_count_the_noun_of_the_first(text, lang, expected):
    """Constructions: "16 MPs, with seven for Amadou Ba's party and three for Dias"; "quatre vols en direction
    de Nice et six vers Rome" (the noun said once, each item for its own party or place); not "two additional
    deaths, one in Mati City and another in Lupon"."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # two nouns of the same people joined before what befell them
        ("More than 300 migrants and refugees have drowned at sea.", "en", [(300, "count", "death")]),
        ("Quatorze soldats et policiers ont été tués dans l'embuscade.", "fr", [(14, "count", "death")]),
        # a noun of people outside the unit table, then what befell them
        ("The prefect said that 31 agents had been injured overnight.", "en", [(31, "count", "injury")]),
        ("Deux enquêteurs ont été blessés lors de l'assaut.", "fr", [(2, "count", "injury")]),
        # no harm said: the noun is what is counted
        ("Nine investigators were assigned to the case.", "en", [(9, "count", "officer")]),
    ],
)
def test_what_befell_people_named_by_two_nouns_or_a_noun_outside_the_table(text, lang, expected):
    """Constructions: "over 700 migrants and refugees have perished" (two nouns of one people, then their fate);
    "26 agents had been injured" (a noun of people the unit table lacks, then their fate)."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The scheme promised investors a yearly return of 5-to-9%.",
            "en",
            [(5, "percent", None), (9, "percent", None)],
        ),
        (
            "Fares will climb 12-to-14 per cent next year.",
            "en",
            [(12, "percent", None), (14, "percent", None)],
        ),
        ("Tickets resold for $40-to-$60 each.", "en", [(40, "money", "USD"), (60, "money", "USD")]),
        # no range: words hyphenated with "to"
        ("A face-to-face meeting drew 240 delegates.", "en", [(240, "count", "delegates")]),
    ],
)
def test_a_range_hyphenated_as_one_word_reads_as_its_two_bounds(text, lang, expected):
    """Construction: "a guaranteed return of 6-to-8%" (a range written as one hyphenated word), read as "6 to
    8%"; "face-to-face" is no range."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the people named with no number, then "soit" and their count
        (
            "Les blessés des trois communes, soit 61 au total, ont été soignés sur place.",
            "fr",
            [(3, "count", "municipality"), (61, "count", "injury")],
        ),
        (
            "Tous les décès du département, soit un total de 18, sont liés à la chaleur.",
            "fr",
            [(18, "count", "death")],
        ),
        # the noun has its own count: what follows "soit" is no restatement of it
        (
            "Neuf personnes ont été blessées, soit 4 de plus que la veille.",
            "fr",
            [(9, "count", "injury"), (4, "count", None)],
        ),
    ],
)
def test_a_count_after_soit_counts_the_people_its_clause_named(text, lang, expected):
    """Construction: "tous les décès de l'Uttar Pradesh, soit 54 au total" (the noun said first, with no number,
    its count after "soit")."""
    assert keys(text, lang) == expected


def test_avoisinant_makes_an_estimate():
    """Construction: "avec des températures avoisinant les 45 degrés": a value approached from either side."""
    (figure,) = extract_figures("Avec des températures avoisinant les 44 degrés, la ville suffoque.", "fr")
    assert (figure.value, figure.kind, figure.approx) == (44, "temperature", "about")


def test_a_number_dialled_before_a_preposition_is_no_count():
    """Construction: "by calling 611 on their phones": a service number dialled, then where from (not "calling
    40 families", a count of what is called)."""
    assert keys("Subscribers may reach an agent by calling 611 on their handsets.", "en") == []
    assert keys("Volunteers began calling 40 families at home.", "en") == [(40, "count", "family")]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("There are 312 patients in intensive care, a net increase of four.", "en", 4),
        ("The Liberals hold 17 seats, a gain of six on the last election.", "en", 6),
        ("On compte 312 patients aux soins intensifs, une hausse de cinq.", "fr", 5),
    ],
)
def test_a_change_said_in_words_is_a_figure(text, lang, value):
    """Constructions: "289 in intensive care, a net increase of three", "21 seats - a gain of nine": a change of
    the count before it, said in words with no noun of its own."""
    changes = [f for f in extract_figures(text, lang) if f.change]
    assert [(f.value, f.kind) for f in changes] == [(value, "count")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an irregular participle after an amount, then a preposition: no noun
        (
            "The carmaker holds reserves of 12.1 billion euros, including 3 billion drawn on a state-backed loan.",
            "en",
            [(12_100_000_000, "money", "EUR"), (3_000_000_000, "money", "EUR")],
        ),
        # a bare sum after a sum whose noun made it money ("de pertes"), in its currency
        (
            "Le second semestre s'améliore (520 millions de pertes, contre 6,2 milliards un an plus tôt).",
            "fr",
            [(520_000_000, "money", "CAD"), (6_200_000_000, "money", "CAD")],
        ),
    ],
)
def test_amounts_whose_currency_the_context_gives(text, lang, expected):
    """Constructions: "16.4 billion euros, including 4 billion drawn on loans" (an irregular participle, no
    noun); "(660 millions de pertes, contre 7,3 milliards au premier semestre)" (the sum after a sum of losses,
    from a Canadian publisher)."""
    assert keys(text, lang, "CAD") == expected


def test_a_price_level_of_millions_is_money_in_the_publishers_dollar():
    """Construction: "Le prix de référence composé s'est hissé à plus de 1,1 million" from a Canadian
    publisher: a price, in its dollars."""
    assert keys(
        "Le prix de référence des maisons s'est hissé à plus de 1,3 million en mai.", "fr", "CAD"
    ) == [(1_300_000, "money", "CAD")]


def test_a_number_after_the_words_for_an_emergency_line_is_dialled():
    """Construction: "Il compose alors le numéro d'urgence 112": the line's number, no count."""
    assert keys("Elle compose aussitôt le numéro d'urgence 112 depuis la montagne.", "fr") == []
    assert keys("He reached the emergency number 999 within minutes.", "en") == []


def test_two_number_words_hyphenated_as_a_range_are_its_bounds():
    """Construction: "trapping five-six vehicles": a range of two number words written with a hyphen; "twenty-
    five" stays one number and "a one-two punch" none."""
    assert keys("The slide buried three-four cars on the pass.", "en") == [
        (3, "count", "car"),
        (4, "count", "car"),
    ]
    assert keys("Twenty-five people died.", "en") == [(25, "count", "death")]
    assert keys("It was a one-two punch for the club.", "en") == []


def test_an_amount_in_a_capitalised_currency_said_twice_is_no_name():
    """Construction: "hackers withdrew 7,000 Bitcoin ... the 7,000 Bitcoin are worth roughly $40 million": a
    currency's name said again, not a name like "400 Mawozo"."""
    text = "Thieves took 4,200 Bitcoin from the exchange. The 4,200 Bitcoin were worth $25 million."
    assert keys(text, "en") == [(4200, "money", "BTC"), (4200, "money", "BTC"), (25_000_000, "money", "USD")]


def test_a_round_estimate_then_the_value_it_rounds_are_two_numbers():
    """Construction: "c'est un peu moins de 300, 298 personnes" (a speaker correcting an estimate), not a
    thousands separator typed with a space ("17, 793 migrants")."""
    assert [f.value for f in extract_figures("Il y en avait un peu moins de 400, 396 personnes.", "fr")] == [
        400,
        396,
    ]
    assert [f.value for f in extract_figures("the identification of 17, 793 migrants", "en")] == [17_793]


def test_a_second_toll_after_another_is_its_harm():
    """Construction: "killed at least 18 people and injured another 32": the second count is of the injured."""
    assert keys("The shells killed 11 people and wounded another 27.", "en") == [
        (11, "count", "death"),
        (27, "count", "injury"),
    ]


def test_an_adverb_of_time_after_a_count_is_no_noun():
    """Construction: "il a atteint jusqu'à 19 jours avant de redescendre à 11 aujourd'hui": the noun is elided,
    "aujourd'hui" says when."""
    assert keys("L'attente est redescendue à 13 aujourd'hui.", "fr") == [(13, "count", None)]
    assert keys("Waits fell to 14 today.", "en") == [(14, "count", None)]


def test_an_aircraft_family_named_by_its_makers_letters_is_no_count():
    """Construction: "L'ATR 42-500 arrivait de Dar es Salaam", "the Dash 8-400": a model and its variant."""
    assert keys("L'ATR 72-600 transportait 68 passagers.", "fr") == [(68, "count", "passenger")]
    assert keys("The Dash 8-400 was grounded with 70 people aboard.", "en") == [(70, "count", "person")]


def test_a_person_who_was_over_an_age_has_that_age_as_a_bound():
    """Construction: "The patient, who was over 65, caught bird flu": a person's age, given as a bound."""
    (figure,) = extract_figures("The hiker, who was over 70, fell near the summit.", "en")
    assert (figure.value, figure.kind, figure.approx) == (70, "age", "at least")


def test_what_befell_people_told_past_an_aside_of_whom():
    """Construction: "Over 100 people, many of whom are students, were injured": the fate after the aside."""
    assert keys("More than 60 people, most of whom were pupils, were injured.", "en") == [
        (60, "count", "injury")
    ]


def test_the_injured_more_after_the_dead_are_no_rise_of_a_toll():
    """Construction: "killing six people and injuring at least a dozen more": the injured besides the dead, not
    a rise of a toll ("At least 11 more died on Saturday" is one)."""
    figures = extract_figures("The gunman killed four people and injured at least a dozen more.", "en")
    assert [(f.value, f.unit, f.change) for f in figures] == [(4, "death", False), (12, "injury", False)]
    (rise,) = extract_figures("At least 9 more died on Sunday.", "en")
    assert rise.change


def test_the_elements_a_thing_is_made_of_are_no_count():
    """Construction: "The tariff is built from four elements", "Le prix comprend quatre éléments": how a price
    is made up, no key figure (a large count of elements still is one)."""
    assert keys("The bill is made of three elements: energy, grid and levies.", "en") == []
    assert keys("Le tarif comprend trois composantes.", "fr") == []


def test_a_child_named_after_a_word_of_kin_has_an_age_even_under_twelve():
    """Construction: "together with his brother Mattia, 11," "her son Luca, 7, survived": the age of a child
    named after a word of kin; a lone first name with a small number ("Police said Teo, 9,") stays a count,
    as a tally in a list may be."""
    assert keys("They pulled out Ciro and his brother Mattia, 11, from the rubble.", "en") == [
        (11, "age", None)
    ]
    assert keys("Her son Luca, 7, survived the crash.", "en") == [(7, "age", None)]
    assert keys("Police said Teo, 9, was unhurt.", "en") == [(9, "count", None)]


def test_an_hour_right_after_a_day_or_in_another_zone_is_a_time_of_day():
    """Constructions: "depuis ce mercredi 14 décembre 6h" and "dès mardi 6h30" (a weekday or a date right
    before the hour), "à 11h (17h heure belge)" (the hour in another country's time): times of day, no
    durations. A span of hours after its noun still counts ("une grève de 24h en décembre")."""
    assert keys("Depuis ce mercredi 14 décembre 6h, une opération de secours est en cours.", "fr") == []
    assert keys("Dès mardi 6h30, les pompiers étaient sur place.", "fr") == []
    assert keys("Dimanche à 11h (17h heure belge), la tempête avançait.", "fr") == []
    assert keys("Une grève de 24h a eu lieu en décembre.", "fr") == [(24, "duration", "hours")]


def test_a_whole_number_with_a_zero_decimal_after_a_name_is_a_version():
    """Construction: "LockBit 3.0, the ransomware group", "Operation Serengeti 2.0 was led by": a version of a
    named thing, no count (nobody counts "3.0" things); a rate or an amount so written stays one."""
    assert keys("LockBit 3.0, the gang behind the attack, struck again.", "en") == []
    assert keys("Operation Serengeti 2.0 was led by the agency.", "en") == []
    assert keys("Unemployment rose to 3.0 percent.", "en") == [(3.0, "percent", None)]
    assert keys("Around 3.0 million people voted.", "en") == [(3_000_000, "count", "person")]


def test_people_feared_dead_are_counted_among_the_dead():
    """Construction: "Eight people are feared dead", "189 feared dead after the crash": the toll as the other
    version gives it ("189 morts"), as "believed to be dead" is."""
    assert keys("Eight people are feared dead after the eruption.", "en") == [(8, "count", "death")]
    assert keys("Eight people are feared to be trapped.", "en") == [(8, "count", "person")]


def test_codes_routes_and_ordinal_ranges_are_no_figures():
    """Constructions: "the westbound 269 bus to Kanata" (a route's number after the way it runs), "fondé au
    14-15e siècle" (a range of ordinals), "une montre Richard Mille RM11-03" (letters, digits and a dash: a
    model's code, not ringgits); an amount in ringgits or a range of dollars stays money."""
    assert keys("The westbound 269 bus to Kanata hit the shelter.", "en") == []
    assert keys("Le village, fondé au 14-15e siècle, est classé.", "fr") == []
    assert keys("Il portait une montre RM11-03 de 230 000 dollars.", "fr") == [(230_000, "money", "USD")]
    assert keys("It paid RM11 million.", "en") == [(11_000_000, "money", "MYR")]
    assert keys("It raised $5-10 million.", "en") == [
        (5_000_000, "money", "USD"),
        (10_000_000, "money", "USD"),
    ]


def test_two_hours_of_a_day_the_first_without_its_h_are_times():
    """Construction: "une voie d'eau entre 3 et 4h du matin": two times of day, the first written without its
    "h"; "entre 3 et 4 heures de route" is a span of hours."""
    assert keys("L'équipage a signalé une voie d'eau entre 3 et 4h du matin.", "fr") == []
    assert keys("Il faut entre 3 et 4 heures de route.", "fr") == [
        (3, "duration", "hours"),
        (4, "duration", "hours"),
    ]


def test_a_noun_glued_to_a_scale_word_is_what_is_counted():
    """Construction: "his 2.8 million-follower page", "a 10 million-member union": the noun glued to the scale
    word is counted, even beside amounts (no money); "a 2 billion-euro plan" stays an amount."""
    figures = keys("The firm paid $5 million to the owner of a 2.8 million-follower page.", "en")
    assert figures == [(5_000_000, "money", "USD"), (2_800_000, "count", "follower")]
    assert keys("a 10 million-member union", "en") == [(10_000_000, "count", "member")]
    assert keys("a 2 billion-euro plan", "en") == [(2_000_000_000, "money", "EUR")]


def test_times_of_day_in_words_codes_after_a_number_and_numbers_to_reach_are_no_figures():
    """Constructions: "from around five in the morning" (a time of day in words), "the 911 S5 botnet" (a name
    with a code of capitals and digits after the number), "joignables au 811" (a number to reach); a count
    said in the morning stays one."""
    assert keys("From around five in the morning, I heard loud bangs.", "en") == []
    assert keys("The agency took down the 911 S5 botnet.", "en") == []
    assert keys("Les infirmières, joignables au 811, répondent.", "fr") == []
    assert keys("In the morning 5 people died.", "en") == [(5, "count", "death")]


def test_euros_with_a_dot_before_three_digits_are_thousands_in_english_too():
    """Construction: "The lowest price, 153.890 euros, is found in Hainaut" (a Belgian paper in English groups
    thousands with a dot): euros are never given to the thousandth; a fuel price of 1.899 euros a litre and
    dollars so written are left as they are."""
    assert keys("The lowest price, 153.890 euros, is in Hainaut.", "en") == [(153_890, "money", "EUR")]
    assert keys("Petrol cost 1.899 euros a litre.", "en") == [(1.899, "money", "EUR")]
    assert keys("It cost $153.890 in total.", "en") == [(153.89, "money", "USD")]


def test_fates_read_past_a_mostly_aside_adverbs_and_presumption():
    """Constructions: "Forty-three people, mostly women, were killed" (an aside of who they mostly were),
    "three people sustained injuries", "Eight were formally reported as missing", "treize personnes sont
    encore supposées disparues": what befell them is what is counted."""
    assert keys("Forty-three people, mostly women, were killed.", "en") == [(43, "count", "death")]
    assert keys("Three people sustained injuries in the blast.", "en") == [(3, "count", "injury")]
    assert keys("Eight were formally reported as missing.", "en") == [(8, "count", "missing")]
    assert keys("Treize personnes sont encore supposées disparues.", "fr") == [(13, "count", "missing")]
    assert keys("Twelve were hired as firefighters.", "en") == [(12, "count", None)]


def test_a_mostly_adverb_between_a_number_and_its_noun_is_read_past():
    """Construction: "killing 22 mostly Chinese migrant workers": "mostly" is no noun of the count; the toll
    verb makes them the dead."""
    assert keys("The fire spread, killing 22 mostly Chinese migrant workers.", "en") == [
        (22, "count", "death")
    ]
    assert keys("It employs 300 mostly young workers.", "en") == [(300, "count", "worker")]


def test_a_players_position_before_de_n_ans_is_a_person_of_that_age():
    """Construction: "Le milieu de terrain anglais de 24 ans quitte West Ham", "le gardien de but de 30 ans", "le
    latéral de 22 ans": a player named by the position, so an age; "une peine de 10 ans" stays a duration."""
    assert keys("Le milieu de terrain anglais de 24 ans quitte le club.", "fr") == [(24, "age", None)]
    assert keys("Le latéral de 22 ans a signé.", "fr") == [(22, "age", None)]
    assert keys("Il a purgé une peine de 10 ans.", "fr") == [(10, "duration", "years")]


def test_a_span_of_hours_after_its_noun_stays_a_span_before_a_weekday():
    """Construction: "une grève de 24 heures jeudi", "une panne de 6h mercredi": a span of hours on a day named
    after it, not a time of day (as "vers 18 h vendredi" is)."""
    assert keys("Les syndicats appellent à une grève de 24 heures jeudi.", "fr") == [
        (24, "duration", "hours")
    ]
    assert keys("Une panne de 6h mercredi a duré.", "fr") == [(6, "duration", "hours")]
    assert keys("Le feu a démarré vers 18 h vendredi.", "fr") == []


def test_a_dozen_with_no_noun_counts_the_people_its_fate_names():
    """Construction: "a dozen were killed", "a thousand were arrested": the article before a scale word is the
    number, and the fate after it says who is counted; "one in a million were hurt" is a rate, no count."""
    assert keys("Police said a dozen were killed in the crash.", "en") == [(12, "count", "death")]
    assert keys("A thousand were arrested during the protests.", "en") == [(1000, "count", "arrest")]
    assert keys("One in a million were hurt.", "en") == []
    assert keys("Thanks a million, he said.", "en") == []


def test_anonymous_sources_counted_are_no_figure():
    """Construction: wire copy names how it knows, "quoting two people familiar with the matter", "three
    sources with knowledge of the talks", "deux sources proches du dossier", "trois personnes au fait du
    dossier": a count of sources, no figure of the story; "two people close to the victims were injured" is."""
    assert keys("The paper said so, quoting two people familiar with the matter.", "en") == []
    assert keys("Three sources with knowledge of the talks said the deal was near.", "en") == []
    assert keys("Selon deux sources proches du dossier, l'accord est proche.", "fr") == []
    assert keys("Selon trois personnes au fait du dossier, l'accord est proche.", "fr") == []
    assert keys("Two people close to the victims were injured.", "en") == [(2, "count", "person")]


def test_one_of_the_people_named_before_by_dont_un_has_an_age():
    """Construction: "sept enfants, dont un de moins de deux ans": the pronoun after "dont" is one of the
    people just named, and "de moins de deux ans" is that child's age, not a span of two years; "trois
    projets, dont un de deux ans" keeps its span."""
    assert keys("Au moins sept enfants, dont un de moins de deux ans, sont morts.", "fr") == [
        (7, "count", "death"),
        (2, "age", None),
    ]
    assert keys("Trois projets, dont un de deux ans, ont été lancés.", "fr")[-1] == (2, "duration", "years")


def test_an_amount_list_goes_on_after_a_paragraph_break_and_a_colon():
    """Construction: a prize list whose amounts drop their currency after the first, the list opening in
    the next paragraph with a colon ("rapporte 69.000 euros.\\n\\nLa prime grimpe ensuite : 97.000 au 2e
    tour, 142.000 au 3e tour"): every amount of the list is in euros."""
    text = "Un premier tour rapporte 69.000 euros.\n\nLa prime grimpe ensuite : 97.000 au 2e tour, 142.000 au 3e tour."
    assert keys(text, "fr") == [(69000, "money", "EUR"), (97000, "money", "EUR"), (142000, "money", "EUR")]


def test_a_french_scaled_amount_before_a_bare_dollar_sign_is_quebecs_way():
    """Construction: "le rail transporte 1 milliard $ de marchandises" on a local French site (no publisher
    country) in a text naming Canada's railways: the scale word between the number and "$" is how Quebec
    writes dollars, so the text's dollars are Canadian."""
    text = "Le Canadien National est paralysé. Chaque jour, le rail transporte 1 milliard $ de marchandises."
    assert article_dollar(text, "Radio locale", "https://radiolocale.example.org/x", lang="fr") == "CAD"
    assert article_dollar(text.replace("Canadien National", "rail"), "Radio locale", lang="fr") == "USD"


def test_a_bare_number_after_at_just_ending_its_clause_is_an_age():
    """Construction: "First capped by England at just 17, he ...", "who made his debut at only 16.": the age a
    person did something at; "closed at just 17 points" keeps its noun."""
    assert keys("First capped by England at just 17, he starred at the World Cup.", "en") == [
        (17, "age", None)
    ]
    assert keys("He made his debut at only 16.", "en") == [(16, "age", None)]
    assert keys("The index closed at just 17 points.", "en") == [(17, "count", "points")]


def test_a_clause_opening_on_a_town_with_an_aside_gives_the_town_to_the_people_counted_there():
    """Construction: "À Lyon, où la police a reçu des projectiles, ils étaient 23.000": the clause opens on
    its town, an aside on the town follows, then the marchers counted there."""
    (f,) = extract_figures(
        "Le cortège a été calme. À Lyon, où la police a reçu des projectiles, ils étaient 23.000.", "fr"
    )
    assert (f.value, f.place) == (23000, "lyon")
    (g,) = extract_figures(
        "Le cortège a été calme. À Lyon, où la police a reçu des projectiles, il a plu 3 jours.", "fr"
    )
    assert g.place is None


def test_a_shares_points_before_a_changes_noun_are_percentage_points():
    """Construction: in a text of vote shares, "a dramatic 20 point decline", "a 20-point lead" are percentage
    points ("decline" opens with "de", which once read as the French "points de ..."); "a 10-point plan" is
    no figure, nor is "a 20-point lead" in a text with no share."""
    shares = "Labour won 35% of the vote. "
    assert keys(shares + "It rests on a dramatic 20 point decline in support.", "en")[-1] == (
        20,
        "percent",
        "point",
    )
    assert keys(shares + "The poll gave it a 20-point lead.", "en")[-1] == (20, "percent", "point")
    assert keys(shares + "The party unveiled a 10-point plan.", "en") == [(35, "percent", "vote")]
    assert keys("The home side held a 20-point lead at half-time.", "en") == []


def test_an_airline_code_opening_with_a_digit_is_part_of_a_flight_number():
    """Construction: "Jeju Air Flight 7C 2216", "le vol 7C 2216": the airline's code and the flight's number,
    no temperature of 7 °C and no count."""
    assert keys("Jeju Air Flight 7C 2216 from Bangkok crashed on landing.", "en") == []
    assert keys("Le vol 7C 2216 de Jeju Air s'est écrasé.", "fr") == []
    assert keys("It was 7C at dawn.", "en") == [(7, "temperature", "C")]


def test_a_fate_is_read_past_an_aside_opened_by_parmi_lesquels_or_y_compris():
    """Construction: "Au moins 59 migrants, parmi lesquels un nouveau-né, ont péri", "Douze personnes, y
    compris deux enfants, ont été blessées": the fate after the aside says what the count counts."""
    assert keys("Au moins 59 migrants, parmi lesquels un nouveau-né, ont péri dimanche.", "fr") == [
        (59, "count", "death")
    ]
    assert keys("Douze personnes, y compris deux enfants, ont été blessées.", "fr")[0] == (
        12,
        "count",
        "injury",
    )


def test_an_epidemiological_weeks_number_is_no_figure():
    """Construction: "26 cases reported in epidemiological week 39", "durant la semaine épidémiologique 39":
    the week's number in the year, as "in week 12" is."""
    assert keys("There were 26 cases reported in epidemiological week 39.", "en") == [(26, "count", "case")]
    assert keys("On a recensé 26 cas durant la semaine épidémiologique 39.", "fr") == [(26, "count", "case")]


def test_the_size_of_a_contests_field_glued_to_its_number_is_no_count():
    """Construction: "candidates in three-person run-offs pulled out", "a four-candidate race": what kind of
    contest it is, no count of people; "ten-person households" stays a count."""
    assert keys("Hundreds of candidates in three-person run-offs pulled out.", "en") == []
    assert keys("It was a four-candidate race.", "en") == []
    assert keys("Ten-person households are rare.", "en") == [(10, "count", "person")]


def test_a_number_word_opening_on_some_of_those_just_named_counts_them():
    """Construction: "Parmi ces cas, cinq ont été identifiés chez des agents de santé", "Of these patients,
    three ...": a bare number word after a sentence opening on those just named counts some of them."""
    text = "On comptait 57 cas au total. Parmi ces cas, cinq ont été identifiés chez des agents de santé."
    assert keys(text, "fr") == [(57, "count", "case"), (5, "count", "case")]
    assert keys("Le bilan est lourd, et selon la police cinq ont été identifiés.", "fr") == []


def test_an_earlier_events_toll_after_comes_weeks_after_is_an_earlier_value():
    """Construction: "The tragedy comes six weeks after a gas explosion ..., killing one person and leaving 48
    others injured": the counts of that sentence are another event's, so they dispute nothing of this one
    (they are marked earlier)."""
    text = (
        "The tragedy comes six weeks after a gas explosion tore through the city, leaving 48 others injured."
    )
    (weeks, injured) = extract_figures(text, "en")
    assert (injured.value, injured.unit, injured.earlier) == (48, "injury", True)
    (plain,) = extract_figures("The explosion left 48 others injured.", "en")
    assert not plain.earlier


def test_an_age_at_which_a_person_did_something_is_an_earlier_age():
    """Construction: "First capped by England at just 17, he ...": the age then, no other value of the age a
    report gives now ("le milieu de 19 ans"), so it disputes none."""
    (age,) = extract_figures("First capped by England at just 17, he starred at the World Cup.", "en")
    assert (age.kind, age.value, age.earlier) == ("age", 17, True)
    en = extract_figures("First capped by England at just 17, he starred at the World Cup.", "en")
    fr = extract_figures("Le milieu de terrain anglais de 19 ans a signé.", "fr")
    assert compare_figures(en, fr).conflicts == []


def test_basis_points_abbreviated_are_hundredths_of_a_point():
    """Construction: "would go up by 75 bp", "a 100 bp increase", "contre 75 pb la veille": basis points
    written short, read as percentage points (0.75, 1); "BP runs 100 stations" names the oil company."""
    assert keys("Most expected the bank to go up by 75 bp, not a 100 bp increase.", "en") == [
        (0.75, "percent", "point"),
        (1, "percent", "point"),
    ]
    assert keys("Les marchés misaient sur 100 points de base, contre 75 pb la veille.", "fr")[-1] == (
        0.75,
        "percent",
        "point",
    )
    assert keys("In the town, BP runs 100 stations.", "en") == [(100, "count", "station")]


def test_a_matchs_score_line_after_the_result_and_the_names_is_no_figure():
    """Construction: "saw Barcelona beat Real Madrid 5-2 in the Champions League", "won the first leg 3-1 in
    Madrid", "8-3 on aggregate", "la rencontre remportée 5-2 par les Barcelonaises (8-3 en cumulé)": score
    lines, not counts."""
    assert keys("A record crowd saw Barcelona beat Real Madrid 5-2 in the Champions League.", "en") == []
    assert keys("Having won the first leg 3-1 in Madrid, they went through 8-3 on aggregate.", "en") == []
    assert keys("La rencontre remportée 5-2 par les Barcelonaises (8-3 en cumulé) a séduit.", "fr") == []


def test_a_tolls_round_mark_and_a_headlines_passes_are_bounds():
    """Constructions: "dépassant le millier de blessés" (the thousand mark, as "le million" is one), "death toll
    passes 2,200" (a headline's present tense: at least 2,200)."""
    (f,) = extract_figures("Le bilan s'alourdit, dépassant le millier de blessés.", "fr")
    assert (f.value, f.unit, f.approx) == (1000, "injury", "at least")
    (g,) = extract_figures("Haiti raises earthquake death toll, passes 2,200", "en")
    assert (g.value, g.unit, g.approx) == (2200, "death", "at least")


def test_a_quakes_magnitude_between_a_death_toll_and_its_count_is_read_past():
    """Construction: "The number of people killed by this month's magnitude 7.2 earthquake has grown to 2,207":
    the magnitude is no earlier value of the toll, so the count is still the dead."""
    text = "The number of people killed by this month's magnitude 7.2 earthquake has grown to 2,207."
    assert keys(text, "en") == [(2207, "count", "death")]


def test_an_age_a_prisoner_will_reach_before_release_is_an_age_to_come():
    """Construction: "Il ne sortira pas avant ses 84 ans", "in prison until he is 90": an age to come, which
    disputes no age the other version gives now ("Dominique Pelicot, 72,")."""
    (f,) = extract_figures("Il ne sortira pas avant ses 84 ans.", "fr")
    assert (f.kind, f.value, f.later) == ("age", 84, True)
    en = extract_figures("Her husband, Dominique Pelicot, 72, got the maximum sentence.", "en")
    assert compare_figures(en, [f]).conflicts == []


def test_a_number_after_a_country_in_a_list_of_countries_counts_is_that_countrys_count():
    """Construction: "Arrests were highest in the United States with 153, followed by Britain 55, Germany 52
    and the Netherlands, 10" after a sentence of its own: an English country name before a number is no
    product's name ("Windows 11"), so Britain's and Germany's counts are read."""
    text = "Vendors were arrested. Arrests were highest in the United States with 153, followed by Britain 55, Germany 52."
    assert [v for v, _, _ in keys(text, "en")] == [153, 55, 52]


def test_a_partys_tally_after_the_and_its_name_in_a_list_of_seats_is_a_count():
    """Construction: "projections give the CDU and CSU around 208 seats, the AfD 152, the SPD 120, the Green
    Party 85 and the Left Party 64": each party's seats after "the" and its name, the noun said once."""
    text = "Projections give the CDU and CSU around 208 seats, the AfD 152, the SPD 120, the Green Party 85 and the Left Party 64. Talks begin."
    assert [v for v, _, _ in keys(text, "en")] == [208, 152, 120, 85, 64]
    assert keys("He installed the Windows 11 update.", "en") == []


def test_a_chain_of_conversions_after_a_clauses_verb_is_all_conversions():
    """Construction: "4.502,9 bitcoins a disparu, soit quelque 48,2 milliards de yen, environ 308 millions de
    dollars, ou 282 millions d'euros": the amount, then after its clause's verb its equivalents in three
    currencies, each a conversion (the outlet's arithmetic)."""
    text = "L'équivalent de 4.502,9 bitcoins a disparu, soit quelque 48,2 milliards de yen, environ 308 millions de dollars, ou 282 millions d'euros."
    figures = extract_figures(text, "fr")
    assert [(f.currency, f.converts) for f in figures] == [
        ("BTC", False),
        ("JPY", True),
        ("USD", True),
        ("EUR", True),
    ]


def test_a_year_after_two_figures_dates_the_nearer_one_only():
    """Construction: "Labour's 412 seats fall slightly short of the 419 Tony Blair won in 1997": the year
    dates 419, not 412 before it; "58 billion yen, or about $533 million ..., in 2018" is one amount and its
    conversion."""
    figures = extract_figures(
        "Even so, Labour's 412 seats fall slightly short of the 419 Tony Blair won in 1997.", "en"
    )
    assert [(f.value, f.year) for f in figures if f.kind == "count"] == [(412, None), (419, 1997)]


def test_an_abbreviations_point_ends_no_sentence():
    """Construction: "En 2014, des pirates avaient dérobé 850.000 bitcoins à la plateforme Mt. Gox, d'une
    valeur de 470 millions de dollars": the point of "Mt." ends no sentence, so the year dates the amount."""
    text = "En 2014, des pirates avaient dérobé 850.000 bitcoins à la plateforme Mt. Gox, d'une valeur de 470 millions de dollars."
    assert [(f.value, f.year) for f in extract_figures(text, "fr") if f.kind == "money"] == [
        (850000, 2014),
        (470000000, 2014),
    ]


def test_a_forecast_verb_with_an_adverb_before_sur_makes_a_forecast():
    """Construction: "Elle table désormais sur une inflation autour de 8%": a forecast (a value to come), as
    "table sur" is."""
    (f,) = extract_figures("La banque centrale table désormais sur une inflation autour de 8%.", "fr")
    assert f.later


def test_a_companys_turnover_of_billions_is_an_amount_in_the_texts_currency():
    """Construction: "1.7 billion in sales out of Migros' nearly 32 billion turnover", in a text of Swiss
    francs: a company's takings, an amount, as its sales are."""
    text = "Hotelplan made 1.7 billion in sales out of the group's nearly 32 billion turnover. It owes 100 million CHF."
    assert [(v, k, c) for v, k, c in keys(text, "en")][:2] == [
        (1700000000, "money", "CHF"),
        (32000000000, "money", "CHF"),
    ]


def test_abattus_after_missiles_are_shot_down_not_killed():
    """Construction: "Sur les plus de 30 missiles lancés, plus de 20 ont été abattus": missiles shot down, no
    toll; "Quatorze femmes ont été abattues" stays the dead."""
    text = (
        "Sur les plus de 30 missiles lancés dans la journée, plus de 20 ont été abattus, a écrit le ministre."
    )
    assert keys(text, "fr") == [(30, "count", "missile"), (20, "count", None)]
    assert keys("Quatorze femmes ont été abattues par le tireur.", "fr") == [(14, "count", "death")]


def test_a_death_tolls_noun_far_before_its_count_in_one_clause_still_names_it():
    """Construction: "the number of people killed by a Russian missile that struck an apartment building in
    Dnipro, in south-eastern Ukraine, has risen to 29": the toll's noun more than a hundred characters before
    its count, in one clause."""
    text = (
        "Officials say the number of people killed by a Russian missile that struck an apartment building in "
        "Dnipro, in south-eastern Ukraine, has risen to 29, while rescuers searched."
    )
    assert keys(text, "en") == [(29, "count", "death")]


def test_a_persons_noun_before_a_bare_number_between_commas_gives_an_age():
    """Construction: "The 33-year-old train driver and his assistant, 32, were among those killed", "a
    passenger, 45,": the number between commas after a noun of a person is that person's age."""
    assert keys("The train driver and his assistant, 32, were among those killed.", "en") == [
        (32, "age", None)
    ]
    assert keys("The guard, 12 hours later, was found.", "en") == [(12, "duration", "hours")]


def test_an_evening_hour_with_a_point_before_where_it_happened_is_a_time_of_day():
    """Construction: "The crash happened at around 19.45 in Mestre": a 24-hour time with a point, no figure;
    "closed at 19.45 on Friday" (a price) stays a number."""
    assert keys("The crash happened at around 19.45 in Mestre, when the bus fell.", "en") == []
    assert keys("The shares closed at 19.45 on Friday.", "en") == [(19.45, "count", None)]


def test_four_digits_after_a_plural_possessive_are_a_year():
    """Construction: "TotalEnergies' 2022 accounts": four bare digits after a possessive, as after "the
    company's", are a year (English writes the count "2,022")."""
    assert keys("TotalEnergies' 2022 accounts now add to the evidence.", "en") == []
    assert keys("The Smiths' 2,022 votes were counted.", "en") == [(2022, "count", "vote")]


def test_a_bare_amount_after_a_companys_loss_is_money_in_its_reports_currency():
    """Construction: a quarterly report's loss given without its currency after an amount in dollars ("une
    perte nette de 61 millions, ou 1,58 $ par action", "la perte nette atteignait 57 millions"): a loss is
    money, in the currency of the amount said with it."""
    text = (
        "La société inscrit une perte nette de 61 millions, ou 1,58 $ par action. "
        "Un an plus tôt, la perte nette atteignait 57 millions, ou 1,49 $ par action."
    )
    found = [(f.kind, f.value, f.currency) for f in extract_figures(text, "fr") if f.value > 100]
    assert found == [("money", 61_000_000, "USD"), ("money", 57_000_000, "USD")]


def test_a_bare_sum_per_period_or_part_of_a_total_in_a_text_of_amounts_is_money():
    """Construction: a bare scaled sum given over or per a period in a text of amounts ("récupérer 110
    millions par année", "un plan de 50 millions en cinq ans", beside "9000 $"), or said as a part of the
    total just given ("2 milliards de dollars ... Sur ce total, 850 millions seront utilisés"): money, in
    the text's currency. Without an amount in the text, "5 millions par an" stays a count."""
    text = "Les droits passent à 9000 $. Le gouvernement comptait récupérer 110 millions par année."
    assert [(f.kind, f.value, f.currency) for f in extract_figures(text, "fr")][-1] == ("money", 110e6, "USD")
    plan = "Les droits passent à 9000 $. L'université reporte un plan de 50 millions en cinq ans."
    assert ("money", 50e6, "USD") in [(f.kind, f.value, f.currency) for f in extract_figures(plan, "fr")]
    total = (
        "La banque versera 2 milliards de dollars.\n\nSur ce total, 850 millions seront utilisés pour clore les "
        "enquêtes menées ailleurs."
    )
    assert [(f.kind, f.value) for f in extract_figures(total, "fr")] == [("money", 2e9), ("money", 850e6)]
    visitors = "Le parc accueille 5 millions par an."
    assert [f.kind for f in extract_figures(visitors, "fr")] == ["count"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the fate after a second count of people joined by "et"/"and" is the first count's too
        (
            "Le bilan précédent faisait état de 17 soldats et 4 civils tués.",
            "fr",
            [(17, "death"), (4, "death")],
        ),
        ("Six children and a teacher were wounded.", "en", [(6, "injury")]),
        ("Three soldiers and two police officers were killed.", "en", [(3, "death"), (2, "death")]),
        # no fate after the second: each keeps its noun; a count of another fate after "et" keeps its own
        ("It employs 300 workers and 20 managers.", "en", [(300, "worker"), (20, "managers")]),
        ("Le volcan a fait 14 victimes et des dizaines de blessés.", "fr", [(14, "death")]),  # made: the dead
    ],
)
def test_people_counted_together_share_the_fate_said_after_them(text, lang, expected):
    """Construction: "17 soldats et 4 civils tués", "Six more children and a teacher were wounded": a count of
    people joined by "and" to another count (or "a teacher") shares what the sentence says befell them, so
    it meets the other version's toll ("17 killed")."""
    found = [(f.value, f.unit) for f in extract_figures(text, lang)]
    assert found[: len(expected)] == expected


def test_a_toll_in_reported_speech_in_the_imperfect_is_the_toll_then_current():
    """Construction: "a fait savoir que ... le décompte s'établissait à 29 morts et 19 blessés": the imperfect
    of indirect speech gives the toll current when it was said, not an earlier one; a toll "depuis le début de
    l'année" is still another period's."""
    said = "Le procureur a fait savoir que le décompte s'établissait à 29 morts et 19 blessés."
    assert [(f.value, f.earlier) for f in extract_figures(said, "fr")] == [(29, False), (19, False)]
    year = "Le bilan des décès depuis le début de l'année s'établissait à trois morts."
    assert [(f.value, f.earlier) for f in extract_figures(year, "fr")] == [(3, True)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an average age in years and months is an age, in its whole years
        (
            "Le peloton comptait 31% de femmes, pour 37 ans et 4 mois de moyenne d'âge.",
            "fr",
            [(31, "percent", None), (37, "age", None)],
        ),
        # a span of years and months is still one span
        ("Il a été condamné à cinq ans et quatre mois de prison.", "fr", [(64, "duration", "months")]),
        # a span changed: the bare second value is of the first's unit
        (
            "The tournament is growing from 14 days to 15.",
            "en",
            [(14, "duration", "days"), (15, "duration", "days")],
        ),
        ("Le tournoi passe de 14 jours à 15.", "fr", [(14, "duration", "days"), (15, "duration", "days")]),
    ],
)
def test_spans_of_years_and_months_and_spans_changed(text, lang, expected):
    """Constructions: "pour 37 ans et 4 mois de moyenne d'âge" (an average age, not a span of 448 months);
    "growing from 14 days to 15" (the new length of the span, not a count)."""
    assert [(f.value, f.kind, f.unit) for f in extract_figures(text, lang)] == expected


def test_people_taken_hostage_are_a_count_of_hostages():
    """Construction: "1,200 people were killed and 250 others were taken hostage" against "251 otages": the
    hostages, counted by what befell them, dispute the other version's hostages."""
    en = extract_figures("Militants killed 1,200 people and 250 others were taken hostage.", "en")
    assert [(f.value, f.unit) for f in en] == [(1200, "death"), (250, "hostage")]
    fr = extract_figures("Ce jour-là, 251 personnes ont été prises en otage.", "fr")
    assert [(f.value, f.unit) for f in fr] == [(251, "hostage")]


def test_a_towns_count_in_a_list_by_town_keeps_its_own_town():
    """Construction: "22 were from San Remegio, 12 from Medellin and five in Tabogon": "from" a town is the
    town's count (not its nationals, as "27 from Mexico" are), and a place named past the next count is
    that count's, not this one's."""
    text = "Another 22 were from the municipality of San Remegio, 12 from Medellin and five in Tabogon."
    assert [(f.value, f.unit, f.place) for f in extract_figures(text, "en")][1:] == [
        (12, None, "medellin"),
        (5, None, "tabogon"),
    ]
    nationals = "Among the dead were 27 from Mexico and 14 from Honduras."
    assert [(f.unit, f.place) for f in extract_figures(nationals, "en")] == [
        ("national", "mexico"),
        ("national", "honduras"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "year-old" after a space: a hyphen short
        ("She and her 15 year-old daughter were out of danger.", "en", [(15, "age", None)]),
        ("Her 2 month-old baby was safe.", "en", [(2, "age", "months")]),
        ("The 16 month-old war goes on.", "en", [(16, "duration", "months")]),
        # a rank before "de N ans" is a person, whose age it is
        ("Le second, un brigadier de 34 ans, était entré dans la pénitentiaire.", "fr", [(34, "age", None)]),
        ("Un capitaine de 45 ans a été blessé.", "fr", [(45, "age", None)]),
        ("Il a signé un contrat de 5 ans.", "fr", [(5, "duration", "years")]),
    ],
)
def test_ages_with_a_hyphen_short_and_of_ranks(text, lang, expected):
    """Constructions: "her 15 year-old daughter" (the hyphen before "year" missing), "un brigadier de 34 ans"
    (a rank is a person, "de N ans" their age); "the 16 month-old war" and "un contrat de 5 ans" last."""
    assert [(f.value, f.kind, f.unit) for f in extract_figures(text, lang)] == expected


def test_a_conversion_in_brackets_after_words_of_the_sum_is_still_its_conversion():
    """Construction: "verser 100 millions de livres sterling en transfert (117M EUR), ... jusqu'à 16 millions
    (18,7M EUR) de bonus": the euros in brackets convert the pounds (a word or two of the sum between), so
    the bare "16 millions" that follows is in pounds, as the sum the text reports."""
    text = (
        "Le club versera 100 millions de livres sterling en transfert (117M EUR), somme à laquelle peuvent "
        "s'ajouter jusqu'à 16 millions (18,7M EUR) de bonus."
    )
    found = [(f.value, f.currency, f.converts) for f in extract_figures(text, "fr")]
    assert found == [(100e6, "GBP", False), (117e6, "EUR", True), (16e6, "GBP", False), (18.7e6, "EUR", True)]


def test_places_counts_after_a_total_said_with_its_fate_first_are_that_totals_parts():
    """Construction: "294 injured individuals: 180 in Bogo, 66 in Medellin, 15 in San Remigio" (the fate an
    adjective before the people): each place's bare count is a part of the injured, which disputes no count of
    the dead of that place ("22 morts à San Remigio")."""
    text = "The bureau also counted 294 injured individuals: 180 in Bogo, 66 in Medellin, 15 in San Remigio."
    found = [(f.value, f.unit, f.place, f.part) for f in extract_figures(text, "en")]
    assert found == [
        (294, "injury", None, False),
        (180, "injury", "bogo", True),
        (66, "injury", "medellin", True),
        (15, "injury", "san remigio", True),
    ]


def test_the_previous_year_is_the_year_before_the_one_just_named():
    """Construction: "En 2022, 140.100 demandes ... L'année précédente, l'office avait enregistré 128.000
    demandes": the year before 2022, not before the article's; with no year named before it, "The previous
    year" is the year before the article's, as "Last year" is."""
    french = "En 2022, 140.100 demandes ont été déposées. L'année précédente, l'office avait enregistré 128.000 demandes."
    assert [(f.value, f.year) for f in extract_figures(french, "fr") if f.kind == "count"] == [
        (140100, 2022),
        (128000, 2021),
    ]
    english = "The previous year, the office issued 128,000 decisions."
    assert [(f.value, f.year) for f in extract_figures(english, "en")] == [(128000, -1)]


def test_the_victims_a_disaster_made_are_its_dead_and_a_frauds_are_its_victims():
    """Constructions: "s'est écrasé, faisant 31 victimes parmi les 58 occupants", "Le volcan a fait 11
    victimes et des dizaines de blessés": the French toll of the dead; "L'escroquerie a fait 1 200 victimes"
    stays the fraud's victims."""
    assert keys("L'avion s'est écrasé, faisant 31 victimes parmi les 58 passagers.", "fr")[0] == (
        31,
        "count",
        "death",
    )
    assert keys("Le volcan a fait 11 victimes et des dizaines de blessés.", "fr")[0] == (11, "count", "death")
    assert keys("L'escroquerie a fait 1 200 victimes en France.", "fr") == [(1200, "count", "victim")]


def test_people_carried_to_safety_are_the_saved_and_those_who_may_still_be_missing_are_missing():
    """Constructions: "were pulled to safety", "brought to safety" (the rescued, said without "rescued"),
    past a dashed aside that opens "many of them"; "people who may still be missing" (a modal between the
    relative pronoun and the fate)."""
    text = (
        "Forty-one people - most of them Syrians - were pulled to safety by two patrol boats. Rescuers are "
        "still looking for three people who may still be missing."
    )
    assert keys(text, "en") == [(41, "count", "survivor"), (2, "count", "ship"), (3, "count", "missing")]
    assert keys("Twelve people were brought to safety overnight.", "en") == [(12, "count", "survivor")]
    # "pulled" alone, with no safety reached, says nothing of the fate: the noun stays
    assert keys("Six people were pulled from the river.", "en") == [(6, "count", "person")]


def test_a_value_contre_an_earlier_year_than_its_sentence_named_is_the_value_risen_from():
    """Construction: "atteindra 98 % du PIB d'ici 2028, contre 95,2 % en 2024": "contre" and a year before
    the one its sentence named first dates the value the quantity rises from, as "up from" does; "contre"
    with a later year ("contre 30 en 2023" after "en 2022") is no such value."""
    f = extract_figures("La dette atteindra 98 % du PIB d'ici 2028, contre 95,2 % en 2024.", "fr")
    assert [(x.value, x.year, x.earlier) for x in f if x.kind == "percent"] == [
        (98, None, False),
        (95.2, 2024, True),
    ]
    f = extract_figures("On a compté 45 morts en 2022, contre 30 en 2023.", "fr")
    assert [x.earlier for x in f if x.kind == "count"] == [False, False]


def test_a_percent_sign_glued_to_the_next_word_is_a_percentage():
    """Construction: "agreed to buy 85%of the club" (a space lost with the markup): the sign still makes
    the figure a percentage, not a bare count of 85."""
    assert keys("The group agreed to buy 85%of the club.", "en") == [(85, "percent", None)]


def test_a_number_naming_a_group_or_a_division_is_no_figure():
    """Construction: "dans le groupe 2 de la Ligue des nations", "promoted to Division 3": the number names
    a group of a competition, as "Ligue 1" does, and counts nothing."""
    assert (
        keys("Il a débuté les trois matchs de la France dans le groupe 2 de la Ligue des nations.", "fr")
        == []
    )
    assert keys("The club was promoted to Division 3 with 82 points.", "en") == [(82, "count", "points")]


def test_a_bare_share_of_an_amount_said_right_after_it_is_in_its_currency():
    """Construction: "ont récupéré 61 000 des 80 250 bitcoins volés", "recovered 61,000 of the 80,250
    bitcoins": the share is an amount of the same currency (and a part of it); not "Three of the $10
    million", whose scale the share does not say."""
    for text, lang in (
        ("Les enquêteurs ont récupéré 61 000 des 80 250 bitcoins volés.", "fr"),
        ("Investigators recovered 61,000 of the 80,250 bitcoins stolen.", "en"),
    ):
        found = keys(text, lang)
        assert found == [(61000, "money", found[1][2]), (80250, "money", found[1][2])] and found[1][2]
        assert [f.part for f in extract_figures(text, lang)] == [True, False]
    assert keys("Three of the $10 million went missing.", "en")[0] == (3, "count", None)


def test_a_rate_said_at_the_end_or_start_of_a_year_is_of_that_year():
    """Construction: "jusqu'à 101,5 % du PIB, contre 98,2 % fin 2021 et 97,0 % fin 2020": "fin YEAR" (and
    "début YEAR") dates the figure right before it, as "en YEAR" does, even after another year in the
    sentence; the rate it is compared with stays undated."""
    f = extract_figures(
        "La dette a grimpé jusqu'à 101,5 % du PIB, contre 98,2 % fin 2021 et 97,0 % fin 2020.", "fr"
    )
    assert [(x.value, x.year) for x in f if x.kind == "percent"] == [(101.5, None), (98.2, 2021), (97, 2020)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a clock time whose "p.m." lost its last dot, and noon said with its 12
        ("The warning stays in place through 9 p.m and may be extended.", "en"),
        ("Workers get three hours off between 12 noon and 3pm.", "en"),
        # a score line before a stage of the competition in one hyphenated word
        ("He scored in their 3-1 group-stage victory over Peru.", "en"),
        # school grades, a building by its street number, the top of a scale
        ("The dormitory housed pupils in grades 5 to 9.", "en"),
        (
            "Les immeubles du 21 et du 23 ont été touchés ; l'immeuble du 25 s'est effondré sur les bâtiments du 27.",
            "fr",
        ),
        ("Un ouragan de catégorie 4 sur une échelle de 5.", "fr"),
    ],
)
def test_times_scores_grades_buildings_and_scales_are_no_figures(text: str, lang: str):
    """Constructions read in real reports: each number here names a time, a result, a school grade, a
    building or a scale's top, and counts nothing (the durations, ages and counts around them stay)."""
    assert [k for k in keys(text, lang) if k[1] == "count"] == []


def test_the_word_euro_before_a_scaled_amount_is_its_currency():
    """Construction: "had taken in over Euro 2.4 million", "losses of Euro 31 million" (the word before the
    amount, as some agencies write it); "Euro 2028" stays a tournament, no amount."""
    assert keys("The site took in over Euro 2.4 million, and losses reached Euro 31 million.", "en") == [
        (2_400_000, "money", "EUR"),
        (31_000_000, "money", "EUR"),
    ]
    assert [k for k in keys("He will play at Euro 2028.", "en") if k[1] == "money"] == []


def test_ages_said_in_the_first_person_and_years_a_company_has_stood():
    """Constructions: "« Aujourd'hui, j'ai 58 ans »" (a speaker's own age, as "il a 58 ans" is); "the
    35-year-old company, which ran stores" (how long a firm has stood, no one's age); "a 47-year-old
    government administration worker", "a 39-year-old bank employee" (a person, named by the work after the
    noun of where they work)."""
    assert keys("« Aujourd'hui, j'ai 58 ans et je n'ai plus d'emploi », dit-elle.", "fr") == [
        (58, "age", None)
    ]
    assert keys("J'ai 30 ans d'expérience dans ce métier.", "fr") == [(30, "duration", "years")]
    assert keys("The debt of the 35-year-old company, which ran stores in 20 countries.", "en")[0] == (
        35,
        "duration",
        "years",
    )
    assert keys("Said Ada, a 47-year-old government administration worker.", "en") == [(47, "age", None)]
    assert keys("A 39-year-old bank employee said so.", "en") == [(39, "age", None)]


def test_pc_for_per_cent_a_stray_space_before_three_zeros_and_years_of_past_centuries():
    """Constructions: "inflation climbed to 6.1 pc" (per cent, as some papers abbreviate it; "500 PCs" stay
    computers); "Worldwide, 800, 000 people died" (a thousands separator typed with a space, whatever the
    word before: no list holds a number "000"); "traces its history back to 1685", "fondée en 1685" (a year
    of a past century after a preposition, though a word the lexicon does not know follows it)."""
    assert keys("Inflation climbed to 6.1 pc in 2022.", "en") == [(6.1, "percent", None)]
    assert keys("The school bought 500 PCs.", "en") == [(500, "count", "computer")]
    assert keys("Worldwide, 800, 000 people died from the disease.", "en") == [(800_000, "count", "death")]
    assert keys("The company traces its history back to 1685.", "en") == []
    assert keys("La maison fondée en 1685 s'apprêtait à fermer.", "fr") == []


def test_seasons_are_no_age_and_a_list_in_points_is_no_share():
    """Constructions: "au fil de ses sept saisons au club" (seasons played, though "ses" opens a person's
    age in "avant ses 67 ans"); "une liste de neuf points", "un plan en 12 points" in a text of vote shares
    (items of a list, no points of a share; "en baisse de 4 points" stays one)."""
    assert keys("Il a marqué le club au fil de ses sept saisons dans la capitale.", "fr") == [
        (7, "duration", "years")
    ]
    text = "Il exposait une liste de neuf points, puis un plan en 12 points ; le parti a 30 % des voix, en baisse de 4 points."
    assert [k for k in keys(text, "fr") if k[1] == "percent"] == [
        (30, "percent", "vote"),
        (4, "percent", "point"),
    ]


def test_french_wires_me_for_millions_of_euros_adults_ages_and_a_span_of_old_years():
    """Constructions: "un bénéfice net de 512 ME" (millions of euros, as French financial wires write it; in
    English "12 ME" is Maine's, no amount); "d'adultes de 70 ans ou plus" (adults' ages, as "d'enfants de 5
    ans ou moins"); "entre 1885 et 1990" (a span of years, the first of a past century)."""
    assert keys("Le groupe dégage un bénéfice net de 512 ME, contre 903 ME.", "fr") == [
        (512_000_000, "money", "EUR"),
        (903_000_000, "money", "EUR"),
    ]
    assert [k[1] for k in keys("Offices in 12 ME towns.", "en")] != ["money"]
    assert keys("Surtout des adultes de 70 ans ou plus.", "fr") == [(70, "age", None)]
    assert keys("L'usine a rejeté ses eaux entre 1885 et 1990.", "fr") == []


def test_a_condition_quoted_still_says_the_worst_hurt():
    """Construction: 'Among the eight injured, three are in "serious" condition' (the official's word
    quoted): the worst hurt, as without the quotes."""
    assert keys('Among the eight injured, three are in "serious" condition, he said.', "en") == [
        (8, "count", "injury"),
        (3, "count", "critical"),
    ]


def test_a_count_of_two_nouns_joined_counts_both_and_miles_are_a_measure():
    """Constructions: "Some 60 countries and organisations took part" (a count of both, no value of "52
    pays" alone), "more than 30 students and teachers" (of both), "plus de 110 hommes et femmes" (people);
    "700 migrants and refugees" stays one people; "des vents de 80 milles à l'heure" (miles, a measure, no
    count)."""
    en = extract_figures(
        "Some 60 countries and organisations took part. More than 30 students and teachers were aboard.", "en"
    )
    assert [(f.value, f.unit) for f in en] == [(60, "country and organisation"), (30, "student and teachers")]
    fr = extract_figures("En tout, 52 pays ont participé.", "fr")
    assert compare_figures(en, fr).conflicts == []
    assert keys("Plus de 110 hommes et femmes ont été condamnés.", "fr") == [(110, "count", "person")]
    assert keys("Some 700 migrants and refugees drowned.", "en") == [(700, "count", "death")]
    assert keys("Des vents de 80 milles à l'heure ont frappé la côte.", "fr") == []


def test_a_toll_of_one_in_the_present_tense():
    """Constructions: "One person is critically injured", "One miner is still missing" (a toll of one told
    in the present: "is" before the fate, as "was" and "are" are)."""
    assert keys("One person is critically injured.", "en") == [(1, "count", "critical")]
    assert keys("One miner is still missing.", "en") == [(1, "count", "missing")]
    assert keys("One woman is a teacher.", "en") == []


def test_a_toll_of_one_listed_before_another_toll():
    """Construction: "Un mort et trois blessés ont été recensés" (a toll of one, its article a number, then
    another count of the toll); "un mort et un vivant" stays no toll, and no count's noun is the next
    count's number ("et trois")."""
    assert keys("Un mort et trois blessés ont été recensés.", "fr") == [
        (1, "count", "death"),
        (3, "count", "injury"),
    ]
    assert keys("Il a vu un mort et un vivant.", "fr") == []


def test_a_year_like_count_before_an_irregular_plural_is_a_count():
    """Construction: "Some 500 to 2000 people marched", "between 1500 and 2000 people" (English leaves no
    comma in such counts at times): before "people", "children", "men" or "women" (plurals without an "s")
    four digits count them, as before "victims"; "The 2019 report" stays a year."""
    assert keys("Some 500 to 2000 people marched.", "en") == [
        (500, "count", "person"),
        (2000, "count", "person"),
    ]
    assert keys("Between 1500 and 2000 people marched.", "en") == [
        (1500, "count", "person"),
        (2000, "count", "person"),
    ]
    assert keys("The 2019 report was late.", "en") == []


def test_people_named_by_what_they_belong_to_take_the_fate_after_it():
    """Constructions: "Three members of the expedition remained missing", "Cinq membres d'une même famille
    ont été tués", "12 employees of the plant were injured": the fate said after the "of ..." complement is
    what befell the people counted; without a fate they stay members."""
    assert keys("Four members of the expedition remained missing.", "en") == [(4, "count", "missing")]
    assert keys("Cinq membres d'une même famille ont été tués.", "fr") == [(5, "count", "death")]
    assert keys("Trois membres de l'équipage sont portés disparus.", "fr") == [(3, "count", "missing")]
    assert keys("12 employees of the plant were injured.", "en") == [(12, "count", "injury")]
    assert keys("Five members of the board met on Monday.", "en") == [(5, "count", "member")]


def test_a_highway_abbreviated_with_a_dot_is_a_road_name():
    """Construction: "raced the wrong way along Hwy. 401, chasing a van" (the abbreviation with its dot, the
    road's number before a comma): a road's name, not a count; "1,200 people" after a road stays a count."""
    assert keys("Cruisers raced the wrong way along Hwy. 417, chasing a truck.", "en") == []
    assert keys("Traffic on Hwy 417 slowed as 1,200 people left.", "en") == [(1200, "count", "person")]


def test_a_toll_of_one_said_with_another_or_as_a_caused_death():
    """Constructions: "Une autre personne reste portée disparue" (another person, still missing: "autre"
    between the article and the noun, "reste" before the fate), "a provoqué la mort d'une femme", "caused the
    death of one man" (a toll of one after what caused it); "Une autre personne est venue" and "a évoqué la
    mort d'une femme" stay no toll."""
    assert keys("Une autre personne reste portée disparue.", "fr") == [(1, "count", "missing")]
    assert keys("Une autre personne a été blessée.", "fr") == [(1, "count", "injury")]
    assert keys("Le feu a provoqué la mort d'une femme.", "fr") == [(1, "count", "death")]
    assert keys("The blaze caused the death of one man.", "en") == [(1, "count", "death")]
    assert keys("Une autre personne est venue.", "fr") == []
    assert keys("Il a évoqué la mort d'une femme.", "fr") == []


def test_a_tally_of_a_noun_the_lexicon_names_counts_that_noun_and_the_value_it_changed_from():
    """Constructions: "the province's forest fire count climbed to 163 Sunday from 128" (the tally's noun
    outside the table of units but named by the lexicon; the value it went from counts it too), "le nombre
    de feux de forêt au Québec est passé de 131 à 147" (four words between the noun and "est passé de"): each
    value counts fires, so the two versions' counts are compared as one quantity."""
    assert keys("The province's forest fire count climbed to 163 Sunday from 128 the day before.", "en") == [
        (163, "count", "fire"),
        (128, "count", "fire"),
    ]
    assert keys("Le nombre de feux de forêt au Québec est passé de 131 à 147, a dit le ministre.", "fr") == [
        (131, "count", "fire"),
        (147, "count", "fire"),
    ]
    assert keys("The death toll climbed to 56 from 34.", "en") == [
        (56, "count", "death"),
        (34, "count", "death"),
    ]


def test_an_emergency_number_named_as_a_number_is_no_count():
    """Construction: "along with the pan-European 112 number" (the number to dial, said with the word
    "number" after it): no count; "112 people called" stays one."""
    assert keys("Calls to the pan-European 112 number failed for hours.", "en") == []
    assert keys("The 911 line was down while 112 people called.", "en") == [(112, "count", "person")]


def test_a_value_against_another_a_year_before_is_the_earlier_one():
    """Constructions: "an attendance rate of 97.4%, against 412,730 candidates who sat the previous year's
    session", "Turnout was 61%, against 58% last year" (English wires' "against", as French "contre"): the
    value the quantity stood at before; "voted 310 against 112" and "played against 11 men" are no such
    value."""
    figures = extract_figures(
        "In all, 362,848 candidates turned up, against 412,730 candidates who sat the previous year's session.",
        "en",
    )
    assert [(f.value, f.earlier) for f in figures] == [(362848, False), (412730, True)]
    assert [f.earlier for f in extract_figures("Turnout was 61%, against 58% last year.", "en")] == [
        False,
        True,
    ]
    assert not any(f.earlier for f in extract_figures("They voted 310 against 112.", "en"))
    assert not any(f.earlier for f in extract_figures("The team played against 11 men for an hour.", "en"))


def test_a_sentence_opening_a_year_earlier_or_naming_last_years_event_is_of_last_year():
    """Constructions: "Un an plus tôt, à la même période, le Québec comptait 5335 postes non comblés (924 ...
    et 4411 ...)", "A year earlier, 52 people died" (the opening dates its sentence), "The major wildfires of
    last year killed 104 people", "Last year's floods killed 40 people" (last year's event named in the
    sentence dates what follows it); "A year ago today, he won" holds no figure to date."""
    text = (
        "Cette année, 8558 postes sont vacants. Un an plus tôt, à la même période, le Québec comptait 5335 postes"
        " non comblés (924 à temps plein et 4411 à temps partiel)."
    )
    assert [f.year for f in extract_figures(text, "fr")] == [None] + [YEAR_BEFORE_ARTICLE] * 3
    assert [f.year for f in extract_figures("This year 40 people died. A year earlier, 52 died.", "en")] == [
        None,
        YEAR_BEFORE_ARTICLE,
    ]
    for text in (
        "The major wildfires of last year killed 104 people.",
        "Last year's floods killed 104 people.",
    ):
        assert [f.year for f in extract_figures(text, "en")] == [YEAR_BEFORE_ARTICLE], text


def test_a_french_billion_is_a_million_millions():
    """Construction: "dépenser jusqu'à 8,14 billions de yens" (French "billion" is 10 to the 12th, the English
    trillion; "milliard" is the English billion): the amount matches "8.14 trillion yen"."""
    (fr,) = extract_figures("Les visiteurs devraient dépenser jusqu'à 8,14 billions de yens.", "fr")
    (en,) = extract_figures("Visitors are set to spend up to 8.14 trillion yen.", "en")
    assert fr.value == en.value == 8.14e12 and fr.currency == en.currency == "JPY"
    (en,) = extract_figures("The debt reached 3 billion dollars.", "en")
    assert en.value == 3e9


def test_a_scaled_number_of_a_named_tally_stays_a_count_in_a_text_of_one_currency():
    """Construction: "le nombre de touristes arrivés en Espagne s'est élevé à 53,37 millions", in an article
    whose amounts are all in euros ("71 milliards d'euros", "11 millions" spent): the number of tourists is a
    count, not euros, as its sentence says what it counts."""
    text = (
        "Le nombre de touristes arrivés en Espagne s'est élevé à 53,37 millions, soit 12 % de plus. La dépense"
        " s'est chiffrée à 71 milliards d'euros. Le budget de promotion a atteint 11 millions."
    )
    kinds = {f.text: f.kind for f in extract_figures(text, "fr")}
    assert kinds["53,37 millions"] == "count" and kinds["71 milliards d'euros"] == "money"


def test_a_time_looked_back_to_or_an_hour_of_today_is_no_span():
    """Constructions: "CHF400 million less than a year earlier", "twice what it projected less than a year
    ago" (a bound before "a year" that dates, not a span), "remettre le système en marche d'ici 18 heures
    aujourd'hui" (by six this evening); "more than a year" and "une grève de 24 heures aujourd'hui" stay
    spans."""
    assert keys("The debt is CHF400 million lower than less than a year earlier.", "en") == [
        (400000000, "money", "CHF")
    ]
    assert keys("It is twice what it projected less than a year ago.", "en") == []
    assert keys("The probe took more than a year.", "en") == [(1, "duration", "years")]
    assert keys("Le port compte redémarrer d'ici 18 heures aujourd'hui.", "fr") == []
    assert keys("Une grève de 24 heures aujourd'hui paralyse le pays.", "fr") == [(24, "duration", "hours")]


def test_a_toll_after_its_noun_as_the_subject_of_sont():
    """Constructions: "tandis que les disparus sont cinq", "les blessés sont au nombre de douze" (the noun of the
    toll first, the count after "sont"); "les enfants sont cinq" names no toll."""
    assert keys("Le bilan est de sept morts, tandis que les disparus sont cinq.", "fr") == [
        (7, "count", "death"),
        (5, "count", "missing"),
    ]
    assert keys("Les blessés sont au nombre de douze.", "fr") == [(12, "count", "injury")]
    assert keys("Les enfants sont cinq.", "fr") == []


def test_a_temperature_written_deg_c_is_a_temperature():
    """Construction: "the thermometer read minus 43.6 deg C", "temperatures of below minus 40 deg C", "95 deg
    F" (an English daily's abbreviation of degrees): readings, negative after "minus", not counts."""
    assert keys("The thermometer read minus 43.6 deg C in the far north.", "en") == [
        (-43.6, "temperature", "C")
    ]
    assert keys("Texas saw 95 deg F on Monday.", "en") == [(95, "temperature", "F")]


def test_a_lotterys_numbers_in_brackets_or_after_cocher_are_no_figures():
    """Constructions: "the numbers drawn Tuesday morning (10, 33, 41, 47, 56, and Powerball 10)", "Il fallait
    cocher les 21, 26, 31, 34 et 49": a draw's numbers; "The numbers rose (10, 12 and 14 percent)" stays
    three rates, the list whole or not at all."""
    assert keys("The numbers drawn Tuesday morning (10, 33, 41, 47, 56, and Powerball 10) won.", "en") == []
    assert keys("Il fallait cocher les 21, 26, 31, 34 et 49 pour gagner.", "fr") == []
    assert [f.value for f in extract_figures("The numbers rose (10, 12 and 14 percent).", "en")] == [
        10,
        12,
        14,
    ]


def test_a_rate_compared_after_the_words_that_date_it_is_a_rate():
    """Construction: "Le taux atteint 7,4 % au troisième trimestre, contre 7,2 au deuxième trimestre" (a few
    words dating the first rate before ", contre"): the compared value is a rate too, not a count."""
    figures = extract_figures("Le taux atteint 7,4 % au troisième trimestre, contre 7,2 au deuxième.", "fr")
    assert [(f.value, f.kind) for f in figures] == [(7.4, "percent"), (7.2, "percent")]


def test_a_flat_named_by_its_number_is_no_count():
    """Construction: "the fire began in flat 86, on the seventh floor", "dans l'appartement 12" (a dwelling's
    number, as "room 12" is); "86 flats", "3 appartements" stay counts."""
    assert keys("The fire began in flat 71, on the seventh floor.", "en") == []
    assert keys(
        "Le feu a pris dans l'appartement 12 au troisième étage ; 3 appartements ont brûlé.", "fr"
    ) == [(3, "count", "apartment")]
    assert keys("The blaze destroyed 86 flats.", "en") == [(86, "count", "apartment")]


def test_a_bare_scaled_number_in_a_sentence_naming_what_the_text_counts_in_millions_is_that_count():
    """Construction: "added 13.1 million customers" ... "would sign up fewer customers ..., though the total
    will top the year-ago period's 1.75 million" (the sentence names the counted noun and no amount), in a
    text of amounts in dollars: a count of customers, not dollars. A sentence with an amount, or a number
    "in sales", keeps the amount's reading."""
    text = (
        "Sales rose to $8.83 billion. The service added 13.1 million customers.\n\n"
        "It will sign up fewer customers, though the total will top the year-ago period's 1.75 million."
    )
    assert (1750000, "count", "customer") in keys(text, "en")
    text = "Sales rose to $8.83 billion. The service added 13.1 million customers, and 1.7 billion in sales."
    assert (1700000000, "money", "USD") in keys(text, "en")


def test_a_scaled_number_of_the_same_period_is_no_count_of_it():
    """Construction: "très au-dessus des 55 millions de la même période l'année précédente" (after "938 millions
    de dollars"): "de la même période" dates the amount, it names nothing counted."""
    text = "Le bénéfice s'est établi à 938 millions de dollars, très au-dessus des 55 millions de la même période."
    assert (55000000, "money", "USD") in keys(text, "fr")


def test_a_headlines_place_is_the_storys_not_a_part_told_by_place():
    """Construction: the English headline "... save 30 of 240 stranded whales in Australia" and the French one
    "Australie : 210 cétacés meurent échoués", over bodies that both give "About 210 pilot whales have died" and
    "Environ 210 dauphins-pilotes ont succombé": the headlines name the story's country, no place's count, so
    the stranded whales are not disputed with the dead."""

    def figures(title: str, body: str, lang: str) -> list:
        article = Article(
            title=title, blocks=[Block("paragraph", body)], lang=lang, date=datetime(2022, 9, 22)
        )
        found, fields = article_figures(article)
        return found + fields

    en = figures(
        "Rescuers save 30 of 240 stranded whales in Australia",
        "About 210 pilot whales have died on the west coast of Tasmania, while rescuers saved 30 others.",
        "en",
    )
    fr = figures(
        "Australie : 210 cétacés meurent échoués",
        "Environ 210 dauphins-pilotes ont succombé sur la côte ouest de la Tasmanie.",
        "fr",
    )
    comparison = compare_figures(en, fr)
    assert comparison.conflicts == []
    assert [f.value for f in comparison.only_en if f.value == 240] == [240]


def test_a_count_inside_a_range_whose_noun_is_said_before_it_is_disputed():
    """Construction: "le nombre de prédateurs, qu'il évalue entre «2.800 à 3.100»" (the range's noun said
    before it) against "abuses committed by 3,000 priests": the count lies inside the other version's
    range, one quantity given two ways, not a figure of each version alone."""
    en = extract_figures("The abuses were committed by 3,000 priests since 1950.", "en")
    fr = extract_figures("Le nombre de prédateurs, il l'évalue entre «2.800 à 3.100» depuis 1950.", "fr")
    comparison = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in comparison.conflicts] == [(3000, 2800)]
    assert comparison.only_en == [] and [f.value for f in comparison.only_fr if f.kind == "count"] == []


def test_wild_animals_are_one_thing_in_both_languages():
    """Construction: "About 470 long-finned pilot whales were found stranded" against "près de 500
    dauphins-pilotes échoués" (the lexicon's whales, elephants, rhinos...): one count of the animals, disputed,
    not a figure of each version alone; a count of people is no count of them."""
    en = extract_figures("About 470 long-finned pilot whales were found stranded on sandbars.", "en")
    fr = extract_figures("Près de 500 dauphins-pilotes échoués avaient été découverts.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(470, 500)]
    fr = extract_figures("Près de 500 bénévoles étaient venus.", "fr")
    assert compare_figures(en, fr).conflicts == []


def test_the_years_of_a_life_in_brackets_are_no_counts():
    """Construction: "la broche d'Amélie Auguste, reine de Saxe (1752-1828)": two years in brackets, a life's
    or a reign's span, are no counts; a range of prices in brackets wider than a life stays two counts."""
    assert keys("La broche d'Amélie Auguste, reine de Saxe (1762-1826), reste introuvable.", "fr") == []
    assert keys("Les loyers (1200-1500) ont grimpé.", "fr") == [(1200, "count", None), (1500, "count", None)]


def test_a_cut_by_a_count_after_what_is_cut_is_a_change():
    """Construction: "by cutting manufacturing capacity at its German plants by more than 600,000 vehicles"
    (a verb of cutting, what is cut and where, then "by"): a change, as "600.000 voitures de moins" is, and the
    two are one quantity."""
    en = extract_figures(
        "It will save money by cutting manufacturing capacity at its German plants by more than 600,000 vehicles.",
        "en",
    )
    assert [(f.value, f.change) for f in en] == [(600000, True)]
    fr = extract_figures(
        "La capacité sera revue à la baisse : 600.000 voitures de moins sortiront des usines.", "fr"
    )
    comparison = compare_figures(en, fr)
    assert len(comparison.matched) == 1 and comparison.only_en == comparison.only_fr == []


def test_the_year_a_rate_is_given_over_is_no_span():
    """Construction: "retail prices having increased by 11.5 percent over a year" (the period of a rate, as
    "sur un an" is): no duration; "The inquiry lasted over a year" stays a span of at least a year."""
    assert keys("Retail prices increased by 11.5 percent over a year.", "en") == [(11.5, "percent", None)]
    assert keys("The inquiry lasted over a year.", "en") == [(1, "duration", "years")]


def test_the_article_that_passes_a_bill_without_a_vote_is_no_figure():
    """Construction: "grâce à l'arme constitutionnelle du 49.3", "le recours au 49-3", "Article 49.3" (the
    French constitution's article, named by its number): no figure; "49,3 %" and "the 49.3 percent share"
    stay rates."""
    assert keys("Le texte a été adopté grâce au 49.3, et l'article 49.3 servira encore.", "fr") == []
    assert keys("Le recours au 49-3 a été annoncé.", "fr") == []
    assert keys("Le taux est de 49,3 %.", "fr") == [(49.3, "percent", None)]
    assert keys("It took the 49.3 percent share.", "en") == [(49.3, "percent", None)]


def test_investments_are_a_sum():
    """Construction: "ainsi que 600 milliards d'investissements supplémentaires" beside amounts in dollars: an
    amount invested, not a count of investments."""
    text = "L'UE achètera pour 750 milliards de dollars d'énergie, ainsi que 600 milliards d'investissements."
    assert (600_000_000_000, "money", "USD") in keys(text, "fr")


def test_a_sentence_opening_il_y_a_un_an_is_of_last_year_past_its_colon():
    """Construction: "Il y a un an, en mars, deux rames s'étaient percutées : le choc avait fait 41 blessés" (a
    sentence opening on "Il y a un an", its account going on after a colon): last year's event, whose toll
    disputes nothing of this year's."""
    text = "Il y a un an, en mars, deux rames s'étaient percutées : le choc avait fait 38 blessés."
    assert [(f.value, f.year) for f in extract_figures(text, "fr") if f.value == 38] == [
        (38, YEAR_BEFORE_ARTICLE)
    ]
    text = "Le choc a fait 38 blessés : la ligne reste fermée."
    assert [f.year for f in extract_figures(text, "fr") if f.value == 38] == [None]


def test_a_bare_scaled_number_in_a_sentence_naming_what_the_text_counts_in_full_is_that_count():
    """Construction: "offrir des repas à 400 000 enfants" then, a paragraph on, "près d'un enfant sur quatre,
    soit environ 1,8 million, ne mange pas à sa faim", in a text of amounts in dollars: the sentence names what
    the text counts by hundreds of thousands, so the number counts children (and "kids" are children)."""
    text = (
        "Ottawa offrira des repas à 400 000 enfants de plus avec un milliard de dollars.\n\n"
        "Près d'un enfant sur quatre, soit environ 1,8 million, ne mange pas à sa faim."
    )
    assert (1_800_000, "count", "child") in keys(text, "fr")
    assert keys("It will feed 300,000 more kids.", "en") == [(300_000, "count", "child")]


def test_a_round_value_of_an_estimate_to_the_unit_in_its_sentence_disputes_nothing():
    """Construction: "an estimated 3,489,800 visitors arrived that month, exceeding 3.4 million in a single
    month for the first time" (the threshold the estimate crossed) against "3,49 millions de touristes ...
    supérieur aux 3,19 millions de visiteurs de novembre": the estimate is the month's count, compared with the
    other version's; the threshold is no other value of it, nor of November's."""
    en = extract_figures(
        "In December an estimated 3,489,800 visitors arrived, exceeding 3.4 million visitors in a month.",
        "en",
    )
    fr = extract_figures(
        "Décembre a amené 3,49 millions de touristes, plus que les 3,19 millions de visiteurs de novembre.",
        "fr",
    )
    comparison = compare_figures(en, fr)
    assert [a.value for a, _ in comparison.conflicts if a.value == 3_400_000] == []
    assert [b.value for _, b in comparison.conflicts if b.value == 3_190_000] == []


def test_the_hour_it_was_and_a_range_of_hours_of_the_day_are_no_figures():
    """Constructions: "Il était presque 15 heures quand la déflagration a secoué la rue" (the hour it was) and
    "the surge came between 1-2 am" (a range of the day's hours, its first hour without "am"): times of day,
    no spans nor counts; "La panne a duré 15 heures" and "the 10-12 victims" stay figures."""
    assert keys("Il était presque 15 heures quand la déflagration a secoué la rue.", "fr") == []
    assert keys("Il est 8 h 30 quand les secours arrivent.", "fr") == []
    assert keys("The surge came between 1-2 am under the weight of the crowd.", "en") == []
    assert keys("La panne a duré 15 heures.", "fr") == [(15, "duration", "hours")]
    assert keys("The 10-12 victims were taken away.", "en") == [
        (10, "count", "victim"),
        (12, "count", "victim"),
    ]


def test_a_story_that_comes_after_an_event_of_a_month_named_gives_that_events_toll():
    """Construction: "The latest deaths come after floods in April which killed at least 70 people and damaged
    2,000 homes" (an earlier event named by its month): its toll is another event's, dated earlier; "The storm
    came after weeks of rain and killed 12 people" is the story's own toll."""
    figures = extract_figures(
        "The latest deaths come after floods in April which killed at least 60 people.", "en"
    )
    assert [(f.value, f.earlier) for f in figures] == [(60, True)]
    figures = extract_figures("The storm came after weeks of rain and killed 12 people.", "en")
    assert [(f.value, f.earlier) for f in figures] == [(12, False)]


def test_a_rate_someone_is_expecting_is_a_forecast():
    """Construction: "the insurers' association is expecting an increase of 5 percent" (before the figure is
    published) against "Les jeunes adultes paieront 16,10 francs (5,4%) de plus": a value to come, no dispute
    of the rate reached; "expects" was read so already."""
    figures = extract_figures("The association is expecting an increase of 5 percent.", "en")
    assert [(f.value, f.later) for f in figures] == [(5, True)]
    en = extract_figures("The association is expecting an increase of 5 percent.", "en")
    fr = extract_figures("Les jeunes adultes paieront 16,10 francs (5,4%) de plus.", "fr")
    assert compare_figures(en, fr).conflicts == []


def test_seconds_and_hundredths_after_a_double_prime_are_a_time():
    """Construction: "un record du monde pulvérisé, en 46''40", "Chalmers (47’’48)" (seconds, a double prime, then
    hundredths, as French wires write a swim): times in seconds, not counts; "3'29''" is 3.483 minutes."""
    assert keys("Il a nagé le 100 m en 45''30, devant Lee (46’’91).", "fr") == [
        (45.3, "duration", "seconds"),
        (46.91, "duration", "seconds"),
    ]
    assert keys("Il a couru le 1500 m en 3'29'' hier.", "fr") == [(3.483, "duration", "minutes")]


def test_a_range_of_ages_in_two_number_words_past_twelve_is_of_ages():
    """Construction: "dont quatre enfants de douze à seize ans" (both bounds in words, the second past twelve):
    the children's ages, not twelve people and sixteen years; the bounds in digits were read so already."""
    assert keys("Parmi eux, quatre enfants de treize à seize ans.", "fr") == [
        (4, "count", "child"),
        (13, "age", None),
        (16, "age", None),
    ]
    assert keys("Parmi eux, quatre enfants de 13 à 16 ans.", "fr") == [
        (4, "count", "child"),
        (13, "age", None),
        (16, "age", None),
    ]


def test_a_number_set_off_after_a_hotline_is_the_number_to_call():
    """Construction: "has opened a crisis hotline, 222 222 221, for people" (a phone number in groups of three
    digits after the line's name): no count of 222 million; the calls a hotline takes stay a count."""
    assert keys("The operator has set up a hotline, 800 123 456, for relatives.", "en") == []
    assert keys("The hotline received 1,200 calls on Monday.", "en") == [(1200, "count", "call")]


def test_a_signed_number_in_a_text_of_readings_below_zero_is_a_reading():
    """Construction: "le thermomètre est tombé à -36 degrés Celsius ... des valeurs comparables, entre -40 et
    -43 en raison du vent" (a cold snap's readings, the later ones without their unit): temperatures, since a
    count is never below zero; a party's "(-5)" seats stays a change of a count."""
    assert keys(
        "Le thermomètre est tombé à -31 degrés Celsius. Ailleurs, on a mesuré entre -38 et -41 avec le vent.",
        "fr",
    ) == [(-31, "temperature", "C"), (-38, "temperature", "C"), (-41, "temperature", "C")]
    figures = extract_figures("Il a fait -31 degrés Celsius. Le parti garde 23 sièges (-5).", "fr")
    assert [(f.value, f.kind, f.change) for f in figures][-1] == (5, "count", True)


def test_a_french_adverb_after_a_count_in_digits_is_no_counted_noun():
    """Construction: "le passage à 35 heures de travail par semaine, contre 38 actuellement" (an adverb in -ment
    after the count): no noun, so the count shares the hours before it; a plural noun in -ments stays the
    counted noun, and a number word keeps its adverb ("dix moyennement" blessés)."""
    assert keys("Ils veulent passer à 35 heures par semaine, contre 38 actuellement.", "fr") == [
        (35, "duration", "hours"),
        (38, "duration", "hours"),
    ]
    assert keys("Le quartier compte 38 logements neufs.", "fr") == [(38, "count", "home")]


def test_an_hour_right_after_a_day_of_a_month_is_a_time_of_day():
    """Construction: "du mercredi 24 janvier 14 heures jusqu'au lundi 29 janvier 18 heures" (a strike notice's
    start and end, the hour after the date without "à"): times of day, no spans of hours; "Le 3 mars, 14 heures
    de grève ont suffi" stays a span."""
    assert keys("La grève court du mercredi 4 mars 14 heures jusqu'au lundi 9 mars 18 heures.", "fr") == []
    assert keys("Le 3 mars, 14 heures de grève ont suffi.", "fr") == [(14, "duration", "hours")]


def test_a_free_number_with_a_five_digit_prefix_is_a_phone_number():
    """Construction: "se renseigner au 08000 99 66 33" (a free number's five-digit prefix, then pairs): a phone
    number, no counts of 99, 66 and 33."""
    assert keys("Les voyageurs peuvent appeler le 08000 12 34 56 pour tout renseignement.", "fr") == []


def test_new_zealand_and_singapore_dollars_named_in_words():
    """Construction: "une valeur à la revente de 500 millions de dollars néo-zélandais" (the currency's country
    as an adjective after "dollars"): New Zealand dollars, not US ones; likewise "Singapore dollars"."""
    assert keys("La drogue valait 40 millions de dollars néo-zélandais.", "fr") == [
        (40_000_000, "money", "NZD")
    ]
    assert keys("The fine was 2 million Singapore dollars.", "en") == [(2_000_000, "money", "SGD")]


def test_years_and_months_of_a_term_after_a_name_are_a_term_not_an_age():
    """Construction: "Marcin P. écope de 15 ans de prison, et sa femme Katarzyna de 12 ans et six mois de
    réclusion" (the verb elided, so the term follows the name as an age would): a term of 12.5 years; "une
    femme de 32 ans" stays an age."""
    assert keys(
        "Il écope de 15 ans de prison, et sa femme Sonia de 11 ans et six mois de réclusion.", "fr"
    ) == [
        (15, "duration", "years"),
        (11.5, "duration", "years"),
    ]
    assert keys("Une femme de 32 ans a été arrêtée.", "fr") == [(32, "age", None)]


def test_a_canadian_papers_report_on_the_united_states_counts_american_dollars():
    """Construction: a Canadian daily's world page on a seizure in Philadelphia ("d'une valeur d'un milliard de
    dollars", the wire's story carried without its credit): the American amounts in US dollars; its report
    on Canada, or one that converts a foreign currency for its readers, keeps the Canadian dollar."""
    text = (
        "Les douaniers américains ont saisi 16 tonnes de cocaïne dans le port de Philadelphie, aux États-Unis, "
        "d'une valeur d'un milliard de dollars, a annoncé le FBI."
    )
    assert article_dollar(text, "La Presse", "https://www.lapresse.ca/international/x") == "USD"
    assert (
        article_dollar("Le port de Montréal a reçu 10 millions de dollars d'Ottawa.", "La Presse", None)
        == "CAD"
    )
    converted = "À Philadelphie, aux États-Unis, le FBI a saisi 2 millions de livres (3,2 millions $)."
    assert article_dollar(converted, "La Presse", None) == "CAD"


def test_a_list_of_places_lines_gives_each_lines_rate_to_its_place():
    """Construction: a bulleted list of regions, each line opening with its name ("- Scotland: 9.7% higher, at
    £192,988"), against the other version's national rate "9,8 %": each rate is its region's part, no other
    value of the nation's; a rate outside the list stays the whole's."""
    en = extract_figures(
        "Prices rose in every region.\n- Scotland: 9.6% higher\n- Wales: 12.1% higher\n- North East: 8.3% higher\n",
        "en",
    )
    assert [(f.value, f.place, f.part) for f in en] == [
        (9.6, "scotland", True),
        (12.1, "wales", True),
        (8.3, "north east", True),
    ]
    fr = extract_figures("Les prix ont progressé de 9,7 % sur un an.", "fr")
    comparison = compare_figures(en, fr)
    assert comparison.conflicts == []
    whole = extract_figures("Prices rose 9.4% over the year.", "en")
    assert compare_figures(whole, fr).conflicts != []


def test_people_who_did_not_survive_are_the_dead():
    """Construction: "selon CNN, 101 personnes n'ont pas survécu à la catastrophe" (the toll said as people
    who did not survive): deaths, not people at large; in English too."""
    assert keys("Selon la chaîne, 87 personnes n'ont pas survécu à la tempête.", "fr") == [
        (87, "count", "death")
    ]
    assert keys("Twelve people did not survive the crash.", "en") == [(12, "count", "death")]


def test_a_source_set_off_between_commas_does_not_hide_the_fate_after_it():
    """Construction: "quelque 800 personnes, selon la Croix-Rouge, avaient péri dans le naufrage" (the source
    as an aside between the people and what befell them): deaths; "800 personnes, selon la mairie, dans la
    salle" stays people."""
    assert keys("En 1996, quelque 700 personnes, selon la Croix-Rouge, avaient péri.", "fr")[-1] == (
        700,
        "count",
        "death",
    )
    assert keys("At least 40 people, according to police, were injured.", "en") == [(40, "count", "injury")]
    assert keys("Il y a 800 personnes, selon la mairie, dans la salle.", "fr") == [(800, "count", "person")]


def test_a_places_name_between_number_of_and_the_dead_keeps_the_toll():
    """Construction: "the total number of Florida fatalities had climbed to at least 99" (a place's name as an
    adjective of the noun): the dead; "the number of suspected deaths ever recorded in a calendar year, behind
    2021" names no toll of 2021, a year."""
    assert keys("By Monday the total number of Texas fatalities had climbed to at least 75.", "en") == [
        (75, "count", "death")
    ]
    assert (
        keys("It was the largest number of suspected deaths ever recorded in a year, behind 2021.", "en")
        == []
    )


def test_a_whole_number_a_scaled_value_fell_from_is_in_its_scale():
    """Construction: "une chute vertigineuse de 13 à environ 3,7 millions de visiteurs" (a fall, the first value
    above the second as written, a hedge before the second): 13 million, not 13 visitors; "Cases rose from 2 to
    3.7 million" was read so already."""
    figures = extract_figures("Une chute de 13 à environ 3,7 millions de visiteurs.", "fr")
    assert [f.value for f in figures] == [13_000_000, 3_700_000]
    figures = extract_figures("The audience fell from 12 to 3.5 million.", "en")
    assert [f.value for f in figures] == [12_000_000, 3_500_000]


def test_a_number_in_brackets_after_a_full_name_then_the_clause_is_an_age():
    """Construction: "Sandro Tonali (23) will be banned from football for 10 months" (a first name and a
    surname, the number in brackets, then the clause goes on): his age; a list ("Michael Schumacher (91) and
    Lewis Hamilton (103)", "Amsterdam Schiphol (61,9) et Madrid") stays counts."""
    assert keys("Marco Rossi (27) will be banned for eight months.", "en") == [
        (27, "age", None),
        (8, "duration", "months"),
    ]
    assert [k[1] for k in keys("Only Michael Schumacher (91) and Lewis Hamilton (103) won more.", "en")] == [
        "count",
        "count",
    ]


def test_a_count_a_rate_rose_by_is_no_rate():
    """Construction: "dengue deaths between January and June were up 39 per cent from 278 in the same period"
    (a change by a rate, then the count it went up from): 278 deaths, not a rate of 278 per cent; "fell to 5.2
    per cent from 5.4" stays two rates."""
    figures = extract_figures("Deaths were up 39 per cent from 312 in the same period of 2018.", "en")
    assert [(f.value, f.kind) for f in figures if f.kind != "year"] == [(39, "percent"), (312, "count")]
    figures = extract_figures("Unemployment fell to 5.2 per cent from 5.4 in March.", "en")
    assert [f.kind for f in figures] == ["percent", "percent"]


def test_a_dateline_in_capitals_is_a_date():
    """Construction: "PORT-AU-PRINCE/PANAMA/NEW YORK, 18 DECEMBER 2022 - Haiti today started" (a release's
    dateline, the month in capitals): a date, no count of 18."""
    assert keys("GENEVA/NEW YORK, 14 MARCH 2023 - The agency said 12 people died.", "en") == [
        (12, "count", "death")
    ]


def test_account_for_after_a_count_is_the_verb():
    """Construction: "Children under 14 account for 41 per cent of confirmed cholera cases" (the verb after an
    age threshold): an age, no count of bank accounts; "closed 14 accounts" stays a count of accounts."""
    assert keys("Children under 12 account for 41 per cent of cases.", "en") == [
        (12, "age", None),
        (41, "percent", None),
    ]
    assert keys("The bank closed 14 accounts for fraud.", "en") == [(14, "count", "account")]


def test_rupees_written_rs_are_those_of_the_country_the_text_names_most():
    """Construction: "was ordered to pay Rs 100 million ($273,300)" in a report on Sri Lanka that names India
    twice in passing: Sri Lankan rupees; an Indian report's "Rs 2 lakh" stays Indian rupees."""
    text = (
        "Sri Lanka's Supreme Court ordered the former president to pay Rs 100 million. Sri Lanka's police chief "
        "must pay Rs 75 million, the court in Colombo said, though India had warned Sri Lanka of the attacks."
    )
    assert {f.currency for f in extract_figures(text, "en") if f.kind == "money"} == {"LKR"}
    assert keys("He was fined Rs 2 lakh by a court in Mumbai.", "en") == [(200_000, "money", "INR")]


def test_a_race_time_is_in_minutes_and_one_given_to_the_tenth_matches_it_to_the_second():
    """Construction: "Kipchoge ran 1 hour 59 minutes and 40.2 seconds" against "en 1h59'40''" (a time in parts,
    one version giving its tenths): both in minutes, as reports count a marathon (119.67 and 119.667), one time
    matched; "the 100m in 9.58 seconds" is a race over metres and a time in seconds."""
    en = extract_figures("He ran 1 hour 59 minutes and 40.2 seconds in Vienna.", "en")
    fr = extract_figures("Il a couru en 1h59'40'' à Vienne.", "fr")
    assert [(f.value, f.unit) for f in en + fr] == [(119.67, "minutes"), (119.667, "minutes")]
    comparison = compare_figures(en, fr)
    assert comparison.conflicts == [] and comparison.only_en == comparison.only_fr == []
    assert keys("He won the 100m in 9.58 seconds.", "en") == [
        (100, "count", "metre"),
        (9.58, "duration", "seconds"),
    ]


def test_a_bare_sum_set_aside_in_a_text_of_amounts_is_money():
    """Construction: "Facebook avait fait savoir que 3 milliards avaient été provisionnés" after "un résultat net
    de 2,4 milliards de dollars" (the sum the subject of a verb of putting money aside): an amount in the text's
    currency, not a count of 3 billion."""
    figures = extract_figures(
        "Le groupe a publié un bénéfice de 2,4 milliards de dollars. Il dit que 5 milliards avaient été "
        "provisionnés.",
        "fr",
    )
    assert [(f.value, f.kind, f.currency) for f in figures] == [
        (2_400_000_000, "money", "USD"),
        (5_000_000_000, "money", "USD"),
    ]


def test_a_players_shirt_number_is_no_figure():
    """Construction: "He wore the '7' shirt at Atletico", "the No. 10 jersey" (a number in quotes or after
    "No." before "shirt"): no count; "sold 7 shirts" stays a count of shirts."""
    assert keys("He wore the '9' shirt at his old club.", "en") == []
    assert keys("He took the No. 10 jersey after selling 8 shirts.", "en") == [(8, "count", "shirts")]


def test_ages_after_a_nickname_in_double_quotes_and_after_a_quantifier():
    """Constructions: 'Surnommé "Mané", 56 ans, cet entraîneur' (a nickname in straight quotes, then the age
    after a comma, as with « »), "Les victimes avaient pour la plupart plus de 50 ans" (who of them between the
    verb and the age): ages, not spans of years."""
    assert keys('Surnommé "Chico", 61 ans, cet entraîneur a été libéré.', "fr") == [(61, "age", None)]
    assert keys("Les victimes avaient pour la plupart plus de 60 ans.", "fr") == [(60, "age", None)]
    assert keys("Les blessés avaient tous moins de 30 ans.", "fr") == [(30, "age", None)]


def test_a_number_in_brackets_after_a_persons_noun_is_an_age():
    """Construction: "A Mexican woman (33) was also killed", "A man (24) who was guarding the captives" (a
    person's noun, then the age in brackets): ages; "12 children (3)" stays a count."""
    assert keys("A local woman (41) was also killed, and a man (27) was arrested.", "en") == [
        (41, "age", None),
        (27, "age", None),
    ]
    assert [k[1] for k in keys("The victims included 12 children (3) in the bus.", "en")] == [
        "count",
        "count",
    ]


def test_an_australian_wire_counts_australian_dollars():
    """Construction: "AAP via inkl" (Australian Associated Press carried by a foreign site) on Qantas's "$1.25
    billion" profit: Australian dollars."""
    assert local_dollar("AAP via inkl", "https://inkl.example.com/news/x") == "AUD"
    assert local_dollar("Reuters via inkl", "https://inkl.example.com/news/x") == "USD"


def test_a_french_decimal_comma_typed_with_a_space_before_a_scale():
    """Construction: "a ordonné de payer 146, 2 milliards de roubles" (the decimal comma typed with a space
    after it, then the scale): 146.2 billion roubles, not 146 roubles and 2 billion; "en 2019, 2 millions de
    visiteurs" stays a year and a count."""
    assert keys("Le tribunal a ordonné de payer 131, 4 milliards de roubles.", "fr") == [
        (131_400_000_000, "money", "RUB")
    ]
    figures = extract_figures("En 2019, 2 millions de visiteurs sont venus.", "fr")
    assert [(f.value, f.kind) for f in figures] == [(2019, "year"), (2_000_000, "count")]


def test_one_amount_in_several_currencies_between_slashes():
    """Construction: "a fine in the amount of CHF 1,000,000 (£825,000/$1 million/€925,000)" (conversions joined
    by slashes, each with its symbol): every amount read; "3/4" and "£5/kg" stay no figures of the story."""
    assert keys("A fine of CHF 2,000,000 (£1,650,000/$2 million/€1,850,000) was imposed.", "en") == [
        (2_000_000, "money", "CHF"),
        (1_650_000, "money", "GBP"),
        (2_000_000, "money", "USD"),
        (1_850_000, "money", "EUR"),
    ]
    assert keys("He ate 3/4 of the cake.", "en") == []


def test_a_number_in_a_quoted_title_is_no_figure():
    """Construction: 'the 2016 French film "150 Milligrams"', 'the piece, "Everydays: The First 5,000 Days,"
    sold for $69.4 million', 'le gang «400 Mawozo»' (a work's or a gang's name in quotes, its words
    capitalised): no figures; a quote of speech ('« Plus de 300 morts »') and a quoted people ('«trois
    Suédois»') keep theirs."""
    assert keys('The case inspired the film "120 Heartbeats", a hit in 2017.', "en") == []
    assert keys('The piece, "Dailies: The First 3,000 Nights," sold for $12 million.', "en") == [
        (12_000_000, "money", "USD")
    ]
    assert keys("Il a dit « Plus de 300 morts » hier.", "fr") == [(300, "count", "death")]
    assert [k[:2] for k in keys("Le suspect affirme avoir tué «trois Suédois» hier.", "fr")] == [(3, "count")]


def test_a_rank_after_a_hyphenated_numero_in_digits_is_no_count():
    """Construction: "le contrôle positif de l'ex-numéro 1 mondiale" (a rank after "ex-numéro", in digits as in
    words, "l'ex-numéro deux"): no count of one; "The number of dead rose to 12" keeps its toll."""
    assert keys("Le contrôle positif de l'ex-numéro 2 mondiale a été expliqué.", "fr") == []
    assert keys("The number of dead rose to 12.", "en") == [(12, "count", "death")]


def test_a_total_of_a_noun_brought_to_a_number_word_counts_that_noun():
    """Construction: "Deux corps ont été tirés du fleuve, portant le total de victimes à huit" (a total of a
    noun, then the number word that ends the sentence): eight victims, read like "le nombre de victimes à";
    "The total of deaths rose to 45" too."""
    assert keys("Un corps a été retrouvé, portant le total de victimes à sept.", "fr")[-1] == (
        7,
        "count",
        "victim",
    )
    assert keys("The total of deaths rose to 45.", "en") == [(45, "count", "death")]


def test_people_killed_by_a_deed_to_death_are_the_dead():
    """Construction: "Twelve policemen were beaten to death in the district" against "11 policiers tués" (a
    deed "to death", "battus à mort"): the dead, one toll at two values; "sentenced to death" and an idiom
    ("bored to death") stay people."""
    assert keys("Nine policemen were beaten to death in the district.", "en") == [(9, "count", "death")]
    assert keys("Deux hommes ont été battus à mort.", "fr") == [(2, "count", "death")]
    assert keys("Five people were sentenced to death.", "en") == [(5, "count", "person")]
    en = extract_figures("Twelve policemen were beaten to death in the district.", "en")
    fr = extract_figures("Un commissariat a été pris d'assaut et 11 policiers tués.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(12, 11)]


def test_a_canadian_papers_report_on_league_pay_counts_us_dollars():
    """Construction: a Canadian paper on a hockey player's contract ("an offer sheet ... with a $20-million
    signing bonus", "une prolongation de contrat de huit saisons ... 5 millions de dollars"): North American
    leagues pay in US dollars; the same paper's report on a city budget keeps its Canadian dollar."""
    offer = "The NHL club tabled an offer sheet: a one-year contract with a $20-million signing bonus."
    assert article_dollar(offer, "Montreal Gazette", "https://montrealgazette.com/sports/x") == "USD"
    extension = (
        "Le Tricolore a offert à son ailier une prolongation de contrat de huit saisons, avec des primes de "
        "5 millions de dollars."
    )
    assert article_dollar(extension, "Le Devoir", "https://www.ledevoir.com/sports/x") == "USD"
    budget = "Montréal adoptera un budget de 6 milliards de dollars, dont un contrat de déneigement."
    assert article_dollar(budget, "Le Devoir", "https://www.ledevoir.com/x") == "CAD"


def test_a_players_points_over_games_are_no_shares_points():
    """Construction: "conclue avec 34 points en 79 matchs" in a text that also gives a percentage: a player's
    points over the games he played, a count; "le parti a perdu 9 points en 2 ans" stays a share's points."""
    assert keys("Il a conclu la saison avec 34 points en 79 matchs, 12 % de mieux.", "fr")[0] == (
        34,
        "count",
        "points",
    )
    assert keys("Le parti a perdu 9 points en deux ans, à 12 %.", "fr")[0] == (9, "percent", "point")


def test_twice_in_french_words_is_no_count():
    """Construction: "la maison qu'on doit construire deux fois" (twice): no count of two times; "relevé ses taux
    huit fois depuis mars" keeps its eight."""
    assert keys("Cette maison, il a fallu la construire deux fois.", "fr") == []
    assert keys("La banque a relevé ses taux huit fois depuis mars.", "fr") == [(8, "count", "time")]


def test_hours_of_something_after_apres_are_a_span():
    """Construction: "C'est après 10 heures de délibéré que la cour a tranché" (hours of a deliberation, of
    waiting): a duration; "après 10 heures du matin" and "après 20 heures" stay times of day."""
    assert keys("C'est après 10 heures de délibéré que la cour a tranché.", "fr") == [
        (10, "duration", "hours")
    ]
    assert keys("Après 12 heures d'attente, un accord a été trouvé.", "fr") == [(12, "duration", "hours")]
    assert keys("Le magasin ouvre après 10 heures du matin.", "fr") == []
    assert keys("Le verdict est tombé après 20 heures.", "fr") == []


def test_premises_raided_are_one_count_as_factories_or_addresses():
    """Construction: "went through a total of ten factories" against "ont perquisitionné dix adresses" (the
    premises of one raid, named as what they are or where they are): one count, matched; "ten factories"
    against "dix adresses" of other values stay apart as before."""
    en = extract_figures("Officers went through a total of ten factories in Belgium.", "en")
    fr = extract_figures("Les douaniers ont perquisitionné dix adresses en Belgique.", "fr")
    comparison = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in comparison.matched] == [(10, 10)]
    assert comparison.only_en == [] and comparison.only_fr == []


def test_a_verb_after_dont_and_a_number_takes_the_wholes_noun():
    """Construction: "1.036 blessés, dont 138 suivent encore des soins", "1.562 répliques, dont 44 supérieures à
    une magnitude de 4" (a verb or a comparison right after the part): the part counts the whole's noun, not
    "suivent"; an adverb ("dont trois gravement") and a noun ("dont 12 agents") keep their reading."""
    assert keys("L'agence recense 1.036 blessés, dont 138 suivent encore des soins.", "fr") == [
        (1036, "count", "injury"),
        (138, "count", "injury"),
    ]
    assert keys("On a enregistré 1.562 répliques, dont 44 supérieures à 4.", "fr")[1] == (
        44,
        "count",
        "aftershock",
    )
    assert keys("Au total 300 migrants, dont 12 restent introuvables.", "fr")[1] == (12, "count", "migrant")
    assert keys("On compte 300 migrants, dont 12 agents.", "fr")[1] == (12, "count", "officer")


def test_others_told_by_their_place_after_a_toll_are_no_rise():
    """Construction: "Sixteen people were killed in Elazig and four more in the neighboring province of Malatya"
    against "13 dans la province d'Elazig et cinq autres dans la province voisine de Malatya" (the others of a
    toll, told by their place, whose noun may stand between an adjective and "of"): no rise of a toll, one
    province's count at two values; "At least 11 more died in Gaza" stays a rise."""
    en = extract_figures(
        "Sixteen people were killed in Elazig and four more in the neighboring province of Malatya.", "en"
    )
    fr = extract_figures(
        "Au moins 18 personnes ont péri, 13 dans la province d'Elazig et cinq autres dans la province voisine "
        "de Malatya.",
        "fr",
    )
    assert [(f.value, f.place, f.change) for f in en] == [(16, "elazig", False), (4, "malatya", False)]
    assert (fr[-1].value, fr[-1].place) == (5, "malatya")
    assert (4, 5) in [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts]
    assert extract_figures("At least 11 more died in Gaza on Saturday.", "en")[0].change


def test_a_persons_years_before_avant_de_stay_an_age():
    """Construction: "il a affronté une jeune fille de 16 ans avant de la frapper" (a person's years, then "avant
    de" and a verb): an age, not 16 years before an event; "Il a attendu deux ans avant de partir" stays a span."""
    assert keys("Il a affronté une jeune fille de 16 ans avant de la frapper.", "fr") == [(16, "age", None)]
    assert keys("Il a attendu deux ans avant de partir.", "fr") == [(2, "duration", "years")]


def test_aged_at_least_in_french_is_an_age():
    """Construction: "les personnes âgées d'au moins 75 ans forment la classe d'âge la plus touchée" (a hedge
    "au moins" between "âgées d'" and the years): an age, at least 75."""
    figures = extract_figures("Les personnes âgées d'au moins 75 ans sont les plus touchées.", "fr")
    assert [(f.value, f.kind, f.approx) for f in figures] == [(75, "age", "at least")]


def test_a_site_named_by_its_place_gives_its_count_that_place():
    """Construction: "102 jobs at the Reims site and 23 at the Denain site" against "une centaine d'emplois à
    Reims et 30 à Denain" (a plant or site named by its town): each count is of its town, so 23 and 30 at Denain
    are one quantity at two values; "at least" and a company ("at Renault") name no place."""
    en = extract_figures(
        "The closure would affect 102 jobs at the Reims site and 23 at the Denain site.", "en"
    )
    assert [(f.value, f.unit, f.place) for f in en] == [(102, "job", "reims"), (23, "job", "denain")]
    fr = extract_figures("Les fermetures menacent une centaine d'emplois à Reims et 30 à Denain.", "fr")
    assert (23, 30) in [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts]
    assert [f.place for f in extract_figures("It cut 400 jobs at Renault.", "en")] == [None]


def test_roubles_in_a_text_about_belarus_are_belarusian():
    """Construction: "une amende de 185 000 roubles" in a report from Minsk on a Belarusian court: the rouble of
    the country the text names most, Belarusian; a text naming Russia, or no country, keeps the Russian one."""
    belarus = "À Minsk, le tribunal biélorusse a infligé une amende de 185 000 roubles au militant."
    assert [(f.value, f.currency) for f in extract_figures(belarus, "fr")] == [(185000, "BYN")]
    russia = "Le tribunal de Moscou a infligé une amende de 3 millions de roubles."
    assert [(f.value, f.currency) for f in extract_figures(russia, "fr")] == [(3000000, "RUB")]
    assert keys("A fine of 2 million roubles.", "en") == [(2000000, "money", "RUB")]


def test_a_retirement_plan_named_by_its_tax_code_section_is_no_figure():
    """Construction: "unearned profit sharing from their 401k will vest" (a US retirement plan, also "401(k)",
    "403(b)"): no count of 401,000; "It cut 401 jobs" keeps its count."""
    assert keys("Profit sharing from their 401k will vest, as will 401(k) and 403(b) plans.", "en") == []
    assert keys("It cut 401 jobs.", "en") == [(401, "count", "job")]


def test_a_counted_nouns_loss_of_a_scaled_number_is_a_count():
    """Construction: "projecting a global paid subscriber loss of 2 million" in a text of dollar amounts (a
    counted noun, then "loss of", "growth of"): a count of subscribers, no sum; "a net loss of 2 million" in
    the same text stays money."""
    text = "Netflix expects a global paid subscriber loss of 2 million, after revenue of $7.8 billion."
    assert keys(text, "en")[0] == (2000000, "count", "subscriber")
    assert keys("The firm booked a net loss of 2 million after revenue of $7.8 billion.", "en")[0] == (
        2000000,
        "money",
        "USD",
    )


def test_more_people_believed_missing_after_bodies_are_others():
    """Construction: "Three bodies have been recovered, and crews are still searching for seven more people
    believed to be missing" against "la police, qui cherche toujours cinq disparus": the missing besides the
    dead found, no rise of a count, so one count of the missing at two values; "Eleven more people were reported
    missing on Sunday" stays a rise."""
    en = extract_figures(
        "Three bodies have been recovered, and crews are still searching for seven more people believed to be "
        "missing.",
        "en",
    )
    assert [(f.value, f.unit, f.change) for f in en] == [(3, "body", False), (7, "missing", False)]
    fr = extract_figures("La police cherche toujours cinq disparus.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(7, 5)]
    assert extract_figures("Eleven more people were reported missing on Sunday.", "en")[0].change


def test_a_raised_decimal_point_reads_as_a_decimal_point():
    """Construction: "the March 2013 estimate was €22·625bn", "costs rose 3·4%" (a decimal point printed as a
    raised dot, as British trade papers write it): 22.625 billion euros and 3.4 per cent, each figure keeping
    its text as printed; a raised dot between words stays punctuation."""
    figures = extract_figures("The March 2013 estimate was €22·625bn, and costs rose 3·4% · a record.", "en")
    assert [(f.value, f.kind, f.text) for f in figures if f.kind != "year"] == [
        (22625000000, "money", "€22·625bn"),
        (3.4, "percent", "3·4%"),
    ]


def test_cfa_alone_after_an_amount_is_the_franc():
    """Construction: "the price of rice will drop by 40 CFA", "53.3 billion CFA" in a report on Senegal (the
    franc's name shortened to "CFA"): West African francs; "the 14 CFA countries" is the franc's zone, a count."""
    text = "In Senegal, rice will drop by 40 CFA, at a cost of 53.3 billion CFA."
    assert [(f.value, f.currency) for f in extract_figures(text, "en")] == [(40, "XOF"), (53300000000, "XOF")]
    assert keys("The 14 CFA countries met in Dakar.", "en") == [(14, "count", "country")]


def test_bare_scaled_numbers_in_a_text_of_one_amount_and_no_scaled_count_are_amounts():
    """Construction: "une aide de plus de 200 millions de dollars" then, paragraphs on, "le fonds totalisant
    maintenant 55 millions" and "37,1 millions supplémentaires iront compenser" (one scaled amount, and no
    scaled count of anything): amounts in its currency; beside a scaled count ("3 millions d'habitants") a
    bare scaled number stays unread as money."""
    text = (
        "Les fermes toucheront une aide de plus de 200 millions de dollars.\n\n"
        "Le ministre a parlé longuement.\n\n"
        "Le fonds totalise maintenant 55 millions. Par ailleurs, 37,1 millions supplémentaires iront à la relève."
    )
    assert [(f.value, f.kind, f.currency) for f in extract_figures(text, "fr", "CAD")][1:] == [
        (55000000, "money", "CAD"),
        (37100000, "money", "CAD"),
    ]
    counted = text.replace("Le ministre a parlé longuement.", "La province compte 3 millions d'habitants.")
    assert [f.kind for f in extract_figures(counted, "fr", "CAD")][2:] == ["count", "count"]


def test_one_of_the_counted_is_no_count_of_one():
    """Construction: "The man, aged 43, was one of the four people injured" (one among a count): no count of
    one beside the four; "One thousand of the 1,600 servers were hit" keeps its thousand."""
    assert keys("The man, aged 43, was one of the four people injured.", "en") == [
        (43, "age", None),
        (4, "count", "person"),
    ]
    assert keys("One thousand of the 1,600 servers were hit.", "en")[0][0] == 1000


def test_twelve_noon_is_a_time_of_day():
    """Construction: "The prosecutor has until 12 noon on Wednesday" (twelve o'clock with its half of the day,
    "12 midnight"): no count of twelve."""
    assert keys("The prosecutor has until 12 noon on Wednesday to decide.", "en") == []
    assert keys("The curfew starts at 12 midnight for 12 days.", "en") == [(12, "duration", "days")]


def test_an_age_after_a_hedge_and_an_elided_de_is_an_age():
    """Construction: "un chauffeur tué par un adolescent d'à peine 14 ans" (a person's noun, "d'" and a hedge
    before the years): an age; "une peine d'à peine 2 ans" stays a term."""
    assert keys("Un chauffeur a été tué par un adolescent d'à peine 14 ans.", "fr") == [(14, "age", None)]
    assert keys("Il a purgé une peine d'à peine 2 ans.", "fr") == [(2, "duration", "years")]


def test_a_surname_that_was_a_number_ending_the_sentence_is_an_age():
    """Construction: "NAIROBI, Kenya (AP) — Kelvin Kiptum ... has been killed in a car crash. Kiptum was 24." (a
    person named in full, then by the surname alone, and "was" a number that ends the sentence): an age;
    "Turnout was 24." names no person."""
    text = (
        "NAIROBI, Kenya (AP) — Kelvin Kiptum has been killed in a car crash, an athlete says. Kiptum was 24."
    )
    assert keys(text, "en") == [(24, "age", None)]
    assert keys("Officials met on Sunday. Turnout was 24.", "en") == [(24, "count", None)]


def test_a_persons_years_at_a_deed_too_many_for_a_term_are_an_age():
    """Construction: "Il avait disputé son premier marathon à 89 ans" (a deed "à N ans", N too high for a term):
    an age; "condamné à 40 ans", "une peine portée à 50 ans" and "Voilà 50 ans que" stay spans of years."""
    assert keys("Il avait disputé son premier marathon à 89 ans.", "fr") == [(89, "age", None)]
    assert keys("Il a été condamné à 40 ans.", "fr") == [(40, "duration", "years")]
    assert keys("La peine a été portée à 50 ans.", "fr") == [(50, "duration", "years")]
    assert keys("Voilà 50 ans que la ville n'avait vu autant de neige.", "fr") == [(50, "duration", "years")]


def test_a_persons_companion_of_years_is_an_age():
    """Construction: "Lavillenie s'est jeté dans les bras de son compère de 23 ans" (a companion, a teammate, a
    rival "de N ans"): an age."""
    assert keys("Il s'est jeté dans les bras de son compère de 23 ans.", "fr") == [(23, "age", None)]
    assert keys("Son coéquipier de 19 ans a marqué.", "fr") == [(19, "age", None)]


def test_a_time_in_parts_named_in_words_is_in_minutes():
    """Construction: "finishing the marathon in eight hours, eleven minutes and six seconds" (a time's parts
    named in words): minutes to the thousandth, as "8:11:06" is; a margin "de 4:24 sur le Danois" is a gap of
    4.4 minutes, as "4 minutes, 24 seconds behind" is."""
    assert keys("He finished the marathon in eight hours, eleven minutes and six seconds.", "en") == [
        (491.1, "duration", "minutes")
    ]
    assert keys("Il termine avec une marge confortable de 4:24 sur le Danois.", "fr") == [
        (4.4, "duration", "minutes")
    ]
    assert keys("He ended the race 4 minutes, 24 seconds behind.", "en") == [(4.4, "duration", "minutes")]
    assert keys("The meeting at 4:30 was delayed.", "en") == []


def test_mn_in_french_is_minutes_unless_an_amount():
    """Construction: "L'appareil s'est abîmé 6mn après le décollage" (French "mn", glued or spaced, for minutes)
    against "six minutes after taking off": six minutes, matched; "6 mn d'euros", "$6mn" stay millions."""
    fr = extract_figures("L'appareil s'est abîmé 6mn après le décollage.", "fr")
    assert [(f.value, f.kind, f.unit) for f in fr] == [(6, "duration", "minutes")]
    assert keys("L'avion s'est écrasé 6 mn après le décollage.", "fr") == [(6, "duration", "minutes")]
    assert keys("Une levée de 6 mn d'euros.", "fr") == [(6000000, "money", "EUR")]
    assert keys("The fund raised $6mn.", "en") == [(6000000, "money", "USD")]
    en = extract_figures("The plane lost contact six minutes after taking off.", "en")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).matched] == [(6, 6)]


def test_the_first_bound_of_a_range_of_hours_after_a_toll_is_hours():
    """Construction: "a heat wave can keep taking its toll for 24 to 48 hours" (a toll word, then a range whose
    second bound names its unit of time): 24 hours, no toll of 24; "The toll rose to 24." stays a toll."""
    assert keys("A heat wave can keep taking its toll for 24 to 48 hours.", "en") == [
        (24, "duration", "hours"),
        (48, "duration", "hours"),
    ]
    assert keys("The toll rose to 24.", "en") == [(24, "count", "death")]


def test_a_year_like_number_before_a_french_plural_noun_is_a_count():
    """Construction: "devant l'Allemagne, avec 3695 candidats, et le Royaume-Uni, 2000 candidats" (a number of
    four digits right before a plural counted noun, in French, which writes no noun after a year): a count of
    candidates; "Les accords de 2015 signés à Paris" keeps its year."""
    text = "La France devance l'Allemagne, avec 3695 candidats, et le Royaume-Uni, 2000 candidats."
    assert keys(text, "fr") == [(3695, "count", "candidate"), (2000, "count", "candidate")]
    assert [f.kind for f in extract_figures("Les accords de 2015 signés à Paris.", "fr")] == ["year"]


def test_a_time_taken_in_hours_and_minutes_after_en_is_a_duration():
    """Construction: "il a couru le marathon de Toronto en 7h49′", "Nadal s'impose en 5h24" (a time taken, "en"
    hours "h" minutes): a duration in minutes, 469; "Le train part à 7h49" stays a time of day."""
    assert keys("Il a couru le marathon de Toronto en 7h49′.", "fr") == [(469, "duration", "minutes")]
    assert keys("Nadal s'impose en 5h24 face à Medvedev.", "fr") == [(324, "duration", "minutes")]
    assert keys("Le train part à 7h49 de Lyon.", "fr") == []


def test_a_part_said_after_a_comma_before_a_verb_is_no_thousands_group():
    """Construction: "de ce nombre de 373, 256 se trouvaient dans la grande région" (a count, a comma, then a
    part of it before a pronoun or a verb): two counts, no 373,256; "the identification of 17, 793 migrants"
    stays a thousands separator typed with a space."""
    values = [f.value for f in extract_figures("De ce nombre de 373, 256 se trouvaient à Montréal.", "fr")]
    assert values == [373, 256]
    assert keys("It led to the identification of 17, 793 migrants.", "en") == [(17793, "count", "migrant")]


def test_two_days_of_a_month_joined_by_comme_are_a_date():
    """Construction: "10 personnes sont mortes le 27 comme le 28 septembre" (two days of one month joined by
    "comme", "ou"): dates, no count of 27; the ten dead stay."""
    assert keys("Dix personnes sont mortes le 27 comme le 28 septembre.", "fr") == [(10, "count", "death")]
    assert keys("Le vote aura lieu le 3 ou le 4 mai.", "fr") == []


def test_net_additions_are_a_gain_matched_with_extra_subscriptions():
    """Construction: "the quarter would have produced 500,000 net additions" against "elle aurait enregistré
    500.000 abonnements supplémentaires" (a gain said by its noun, "additions", "net adds"): both a change,
    one quantity matched; "500,000 subscribers" stays a level."""
    en = extract_figures("Without that hit, the quarter would have produced 500,000 net additions.", "en")
    fr = extract_figures("Sans cet effet, elle aurait enregistré 500.000 abonnements supplémentaires.", "fr")
    assert [f.change for f in en] == [True]
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).matched] == [(500000, 500000)]
    assert not extract_figures("It has 500,000 subscribers.", "en")[0].change


def test_a_share_of_one_hundred_per_cent_after_pour_is_no_rate_base():
    """Construction: "valorise VOO à 1,8 milliard d'euros pour 100% de son capital" (a stake of the whole
    after "pour"): 100 per cent; "134 cas pour 100 000 habitants" keeps its base out of the figures."""
    assert keys("Le groupe valorise VOO à 1,8 milliard d'euros pour 100% de son capital.", "fr") == [
        (1800000000, "money", "EUR"),
        (100, "percent", None),
    ]
    assert all(f.value != 100000 for f in extract_figures("On compte 134 cas pour 100 000 habitants.", "fr"))


def test_a_capitalised_hedge_before_hours_opens_a_span():
    """Construction: "Moins de 24 h plus tard, une nouvelle coulée s'est abattue" (a span's hedge opening the
    sentence, capitalised): under 24 hours, no time of day; "de 9 heures à 18 heures" stays opening hours."""
    figures = extract_figures("Moins de 24 h plus tard, une nouvelle coulée s'est abattue.", "fr")
    assert [(f.value, f.kind, f.unit) for f in figures] == [(24, "duration", "hours")]
    assert keys("Le magasin ouvre de 9 heures à 18 heures.", "fr") == []


def test_a_french_adjective_of_degree_between_a_number_and_years_keeps_a_span():
    """Construction: "Après deux fortes années d'inflation alimentaire" against "over the past two years" (an
    adjective of degree or of praise between the number and its unit, "deux bonnes heures"): a span of two
    years, matched, no count of "années"."""
    fr = extract_figures("Après deux fortes années d'inflation alimentaire, les prix ralentissent.", "fr")
    assert [(f.value, f.kind, f.unit) for f in fr] == [(2, "duration", "years")]
    en = extract_figures("Prices rose less sharply than over the past two years.", "en")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).matched] == [(2, 2)]
    assert keys("Il a passé deux bonnes heures au téléphone.", "fr") == [(2, "duration", "hours")]


def test_a_round_count_of_one_noun_is_no_estimate_of_another_the_lexicon_names():
    """Construction: "more than 700 homicides" in one version, "706 fusils d'assaut" seized in the other (two
    nouns the lexicon names, murders and weapons, beyond its table of units): two quantities, each reported
    once, no rounding disputed; "more than 700 homicides" against "706 meurtres" stays one quantity."""
    en = extract_figures("The city recorded more than 700 homicides last year.", "en")
    weapons = extract_figures("La police a saisi 706 fusils d'assaut.", "fr")
    comparison = compare_figures(en, weapons)
    assert comparison.conflicts == [] and comparison.matched == []
    assert [f.value for f in comparison.only_en] == [700] and [f.value for f in comparison.only_fr] == [706]
    murders = extract_figures("La ville a enregistré 706 meurtres l'an dernier.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, murders).conflicts] == [(700, 706)]


def test_ages_of_two_people_named_apart_dispute_nothing():
    """Construction: "Félix Bingui, a French national aged 34" in one version and "la victime, Mohamed T., 32
    ans" in the other (a full name before an apposition that gives the age; a surname cut to its initial): two
    named people, two ages, each reported once; the same name with two ages stays a dispute."""
    en = extract_figures(
        "The man held in Rabat is Félix Bingui, a French national aged 34, police said.", "en"
    )
    fr = extract_figures("Touchée au torse, la victime, Mohamed T., 32 ans, a survécu.", "fr")
    assert [f.place for f in en] == ["félix bingui"] and [f.place for f in fr] == ["mohamed t."]
    comparison = compare_figures(en, fr)
    assert comparison.conflicts == []
    assert [f.value for f in comparison.only_en] == [34] and [f.value for f in comparison.only_fr] == [32]
    same = extract_figures("Interpellé à Rabat, Félix Bingui, 36 ans, a été placé en détention.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, same).conflicts] == [(34, 36)]


def test_one_unit_of_time_as_an_adjective_after_any_determiner():
    """Construction: "the year-long investigation", "A yearlong inquiry", "The month-long strike" (one unit of
    time as an adjective, hyphenated or closed up, after "the" as after "a"): one year, one month; matched
    with "il y a plus d'un an"."""
    assert keys("Police said the year-long investigation led to 422 charges.", "en") == [
        (1, "duration", "years"),
        (422, "count", "charge"),
    ]
    assert keys("The month-long strike ended on Friday.", "en") == [(1, "duration", "months")]
    en = extract_figures("A yearlong inquiry led to the arrests.", "en")
    assert [(f.value, f.unit) for f in en] == [(1, "years")]
    fr = extract_figures("L'enquête a été ouverte il y a plus d'un an.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).matched] == [(1, 1)]
    assert keys("It was a long day for the rescuers.", "en") == []


def test_a_number_in_words_after_an_age_then_a_copula_is_no_listed_age():
    """Construction: "Most are under the age of 30, and three are minors" (a number in words after an age,
    the subject of "are" and a noun): no age of three, a count of the minors; ages listed in digits stay ages
    whatever follows ("aged 14 and 16 are in hospital", "aged 60, 50 and 31 were arrested")."""
    assert keys("Most are under the age of 30, and three are minors.", "en") == [
        (30, "age", None),
        (3, "count", "minor"),
    ]
    assert keys("Two boys aged 14 and 16 are in hospital.", "en") == [
        (2, "count", "boy"),
        (14, "age", None),
        (16, "age", None),
    ]
    assert [f.kind for f in extract_figures("Three men, aged 60, 50 and 31 were arrested.", "en")] == [
        "count",
        "age",
        "age",
        "age",
    ]


def test_homes_searched_are_the_searches_of_the_other_version():
    """Construction: "Officers searched 45 private homes and businesses" against "45 perquisitions" (the
    premises raided, counted by what they are or by the searches): one quantity, matched."""
    en = extract_figures("Officers searched 45 private homes and businesses in Brussels.", "en")
    fr = extract_figures("L'enquête a donné lieu à 45 perquisitions à Bruxelles.", "fr")
    comparison = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in comparison.matched] == [(45, 45)]
    assert comparison.only_en == comparison.only_fr == []


def test_a_seating_strength_counts_seats_not_the_dead():
    """Construction: "it had a seating strength of 42" against "Au moins 42 personnes ont perdu la vie", and "at
    least 43 people were killed" (a bus's seats given as a bare number): seats, no toll; the tolls 43 and 42
    are disputed."""
    en = extract_figures(
        "At least 43 people were killed when the bus fell. It was carrying at least 73 people even though it had"
        " a seating strength of 42.",
        "en",
    )
    assert [(f.value, f.unit) for f in en if f.value == 42] == [(42, "seat")]
    fr = extract_figures("Au moins 42 personnes ont perdu la vie dans la chute du bus.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(43, 42)]


def test_islands_are_no_people():
    """Construction: "two Portuguese nationals" among the survivors against "l'archipel, formé de deux îles" (a
    small count of people, and islands counted by a noun outside the unit table): two quantities."""
    en = extract_figures("Among the survivors were two Portuguese nationals, the driver and a guide.", "en")
    fr = extract_figures("L'archipel, formé de deux îles principales, attire les touristes.", "fr")
    assert compare_figures(en, fr).matched == []


def test_two_decades_of_life_joined():
    """Construction: "most of the dead were aged in their 40s and 50s" against "âgées en moyenne de 40 à 50 ans"
    (two decades of life joined by "and", "or" or "to"): ages of about 40 and about 50, both matched."""
    en = extract_figures("Officials said most of the dead were aged in their 40s and 50s.", "en")
    assert [(f.value, f.kind, f.approx, f.text) for f in en] == [
        (40, "age", "about", "40s"),
        (50, "age", "about", "50s"),
    ]
    assert [f.value for f in extract_figures("Three women in their 60s to 80s were hurt.", "en")] == [
        3,
        60,
        80,
    ]
    fr = extract_figures("Les victimes étaient âgées en moyenne de 40 à 50 ans.", "fr")
    assert sorted(a.value for a, _ in compare_figures(en, fr).matched) == [40, 50]


def test_people_no_one_has_heard_from_are_missing():
    """Construction: "another 12 were thought to be missing" against "Les autorités restent sans nouvelles de
    dix autres personnes" (people no one has heard from): the missing, disputed 12 against 10."""
    fr = extract_figures(
        "Huit personnes sont portées disparues. Les autorités restent sans nouvelles de dix autres personnes.",
        "fr",
    )
    assert [(f.value, f.unit) for f in fr] == [(8, "missing"), (10, "missing")]
    en = extract_figures("Eight were reported missing and another 12 were thought to be missing.", "en")
    comparison = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in comparison.matched] == [(8, 8)]
    assert [(a.value, b.value) for a, b in comparison.conflicts] == [(12, 10)]


def test_a_named_place_between_the_people_and_their_fate():
    """Construction: "Another 56 people in Pernambuco were missing", "Cinq personnes à Gaza ont été blessées" (a
    named place between the count of people and what befell them): the missing, the injured, of that place;
    "Some 40 people in Paris have signed" stays people."""
    assert keys("Another 56 people in Pernambuco were missing.", "en") == [(56, "count", "missing")]
    assert keys("Cinq personnes à Gaza ont été blessées.", "fr") == [(5, "count", "injury")]
    assert keys("Some 40 people in Paris have signed the letter.", "en") == [(40, "count", "person")]


def test_rupees_in_a_pakistani_province_are_pakistani():
    """Construction: "across Khyber Pakhtunkhwa, the provincial government released Rs800 million" (a report
    naming Pakistan's provinces and cities, not the country): Pakistani rupees."""
    assert keys(
        "With floods across Khyber Pakhtunkhwa, the provincial government released Rs800 million in relief.",
        "en",
    ) == [(800000000, "money", "PKR")]
    assert keys("The state of Kerala set aside Rs 500 million for relief.", "en") == [
        (500000000, "money", "INR")
    ]


def test_an_adjective_of_hardship_between_a_number_and_days_keeps_a_span():
    """Construction: "the rescuers who worked through the 17 hazardous days" against "Depuis deux semaines" (an
    adjective of what the days were like between the number and its unit, "three hard years", "trois journées
    éprouvantes"): a span of 17 days, no count of days."""
    assert keys("The rescuers worked through the 17 hazardous days.", "en") == [(17, "duration", "days")]
    assert keys("After three hard years, the plant reopened.", "en") == [(3, "duration", "years")]
    assert keys("Après trois journées éprouvantes, les secours ont fini.", "fr") == [(3, "duration", "days")]


def test_an_amount_listed_after_a_change_in_brackets_keeps_the_lists_currency():
    """Construction: "230,000 euros for an apartment (+6 percent) and 390,000 for a detached house" (a list of
    prices whose currency is said once, a change in brackets after each): euros, each; "5,000 euros (up 3
    percent); 1,200 were sold" stays a count."""
    assert keys(
        "The median came to 230,000 euros for an apartment (+6 percent) and 390,000 for a detached house.",
        "en",
    ) == [(230000, "money", "EUR"), (6, "percent", None), (390000, "money", "EUR")]
    assert keys(
        "It cost 486,000 euros for a house (+12 percent on the year), 250,000 for an apartment.", "en"
    ) == [
        (486000, "money", "EUR"),
        (12, "percent", None),
        (250000, "money", "EUR"),
    ]
    assert [
        f.kind for f in extract_figures("The fee was 5,000 euros (+3 percent); 1,200 were sold.", "en")
    ] == [
        "money",
        "percent",
        "count",
    ]


def test_a_hedge_between_have_and_an_age_in_french():
    """Construction: "Nombre d'entre eux ont autour de 70 ans", "Elle a près de 40 ans" (the verb of age, then a
    hedge): ages; "Il y a près de 10 ans" and "a près de 40 ans d'existence" stay spans."""
    assert keys("Nombre d'entre eux ont autour de 70 ans.", "fr") == [(70, "age", None)]
    assert keys("Elle a près de 40 ans.", "fr") == [(40, "age", None)]
    assert keys("Il y a près de 10 ans, la ville a changé.", "fr") == [(10, "duration", "years")]
    assert keys("La société a près de 40 ans d'existence.", "fr") == [(40, "duration", "years")]


def test_two_turnouts_are_compared_whatever_the_table_of_rates_beside_them():
    """Construction: "Turnout stood at around 45 percent" against "La participation s'est établie à 45,05%"
    in a version listing a dozen cantons' rates or more (a table of rates, where a round rate rounds some other by
    chance): the turnout of each is one quantity, rounded by one version, not two rates each reported once."""
    en = extract_figures(
        "Voters rejected the plan by 52.7 percent. Turnout stood at around 45 percent.", "en"
    )
    cantons = " ".join(
        f"Le canton {name} a voté non à {rate}%." for name, rate in
        (("A", "62,6"), ("B", "62,5"), ("C", "58,6"), ("D", "57,1"), ("E", "56,3"), ("F", "54,2"), ("G", "57,3"),
         ("H", "57"), ("I", "56,4"), ("J", "59,2"), ("K", "58,5"), ("L", "60,1"), ("M", "61,3"))
    )  # fmt: skip
    fr = extract_figures(
        f"Le non l'emporte à 52,7%. {cantons} La participation s'est établie à 45,05%.", "fr"
    )
    comparison = compare_figures(en, fr)
    turnouts = [(a.value, b.value) for a, b in [*comparison.matched, *comparison.conflicts] if a.value == 45]
    assert turnouts == [(45, 45.05)]
    assert all(f.value != 45.05 for f in comparison.only_fr)


def test_a_text_naming_canada_far_more_than_the_us_means_canadian_dollars():
    """Construction: a local site's report of a Toronto police operation against guns smuggled from Chicago
    ("seized cash and narcotics worth over $650,000"), naming Toronto, Ontario, Canada and its border agency a
    dozen times and the United States twice (a publisher nothing tells): Canadian dollars; a text naming both
    about as often stays on the American dollar."""
    text = (
        "Toronto police said the Ontario investigation ended with 42 arrests in Toronto, Barrie and Winnipeg."
        " Guns bought in Chicago were smuggled into Canada. The Canada Border Services Agency and Toronto police"
        " seized cash and narcotics worth over $650,000. Officers in Ontario said more arrests in Toronto are"
        " likely, as guns keep coming from the U.S. into Canada. Ontario and Toronto will fund more officers."
    )
    assert article_dollar(text, source="Local Weekly", url="https://localweekly.example/news/guns") == "CAD"
    both = (
        "Police in Toronto and Chicago seized $650,000. Officials in Ontario and Illinois said Canada and the"
        " U.S. work together."
    )
    assert article_dollar(both, source="Local Weekly", url="https://localweekly.example/news/guns") == "USD"


def test_migrants_aboard_are_the_passengers_and_those_rescued_the_survivors():
    """Construction: "there were about 86 migrants aboard" against "le bateau, qui transportait environ 86
    passagers", and "Fifteen other migrants were rescued" against "Quatorze des quinze rescapés" (those aboard a
    migrants' boat, and those of them saved, named as migrants by one version): one quantity each, matched."""
    en = extract_figures("Survivors said there were about 86 migrants aboard.", "en")
    fr = extract_figures("Le bateau, qui transportait environ 86 passagers, a chaviré.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).matched] == [(86, 86)]
    en = extract_figures("Fifteen other migrants were rescued on Tuesday.", "en")
    fr = extract_figures("Quatorze des quinze rescapés étaient encore entendus jeudi.", "fr")
    assert (15, 15) in [(a.value, b.value) for a, b in compare_figures(en, fr).matched]


def test_a_french_verb_after_a_count_is_no_noun():
    """Construction: "Près de 28.000 restent privés d'eau chaude" (a verb in -ent right after a plural count, no
    noun counted): a count of no noun, not of "restent"."""
    fr = extract_figures("Près de 28.000 restent privés d'eau chaude et de chauffage.", "fr")
    assert [(f.value, f.unit) for f in fr] == [(28000, None)]


def test_a_belgian_house_type_named_by_its_walls_is_no_count():
    """Construction: "Les maisons quatre façades ont vu leur prix monter", "une maison deux ou trois façades",
    "Les quatre façades ont progressé" (a house type named by its walls): no count of façades; the prices
    stay."""
    text = (
        "Les maisons deux ou trois façades se sont vendues à 195.000 euros. Les quatre façades ont progressé de"
        " 5 %, une maison 2 façades coûte moins."
    )
    assert keys(text, "fr") == [(195000, "money", "EUR"), (5, "percent", None)]


def test_a_prison_term_after_an_age_is_no_second_age():
    """Construction: "the court sentenced the 62-year-old to three years in prison" (an age, then "to" and a
    span in years that a prison term closes): the age and a span of three years, no range of ages (the year of
    it to be served is a span too); "two men aged 24 and 29 years" stays two ages."""
    text = "The court sentenced the 62-year-old to three years in prison, one of which must be served."
    assert keys(text, "en") == [(62, "age", None), (3, "duration", "years"), (1, "duration", "years")]
    assert keys("Two men aged 24 and 29 years were held.", "en") == [
        (2, "count", "man"),
        (24, "age", None),
        (29, "age", None),
    ]


def test_lives_lost_are_a_toll():
    """Construction: "the massacre that led to the loss of 150 lives" against "157 morts" (lives counted after
    a word of losing them: "the loss of", "cost", "claimed"): a toll of deaths, disputed; "saved 150 lives"
    is no toll."""
    en = extract_figures("The stadium massacre led to the loss of 150 lives.", "en")
    assert [(f.value, f.unit) for f in en] == [(150, "death")]
    assert keys("The crash cost at least 12 lives.", "en") == [(12, "count", "death")]
    assert keys("Rescuers saved 150 lives.", "en") == [(150, "count", "lives")]
    fr = extract_figures("Le massacre du stade avait fait 157 morts.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(150, 157)]


def test_two_counts_of_a_noun_no_story_tallies_conflict_only_when_close():
    """Construction: "Ford will cut 1,300 jobs in the UK" against "600 postes dans des fonctions
    administratives" (two counts of one noun that is no toll, twice apart: jobs of two places or two
    functions), and "About 6.3 million people have left Ukraine" against "Plus de 3,3 millions de personnes
    dans le besoin": each reported once; a toll as far apart ("at least 14 dead", "six morts") and homes
    destroyed ("at least 120 homes", "245 maisons") stay disputed."""
    en = extract_figures("Ford will cut 1,300 jobs in the UK.", "en")
    fr = extract_figures("Le groupe supprimera 600 postes dans des fonctions administratives.", "fr")
    assert compare_figures(en, fr).conflicts == []
    en = extract_figures("About 6.3 million people have left the country as refugees.", "en")
    fr = extract_figures("Plus de 3,3 millions de personnes dans le besoin vivent près du front.", "fr")
    assert compare_figures(en, fr).conflicts == []
    en = extract_figures("The blast killed at least 14 people.", "en")
    fr = extract_figures("L'explosion a fait six morts.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(14, 6)]
    en = extract_figures("The fire destroyed at least 120 homes.", "en")
    fr = extract_figures("L'incendie a détruit 245 maisons.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(120, 245)]


def test_a_signed_reading_before_a_spaced_scale_letter_in_a_cold_chain():
    """Construction: "the vaccine must be stored between –80 C to –60 C and thawed" (a dash as the minus sign,
    set off before the number, a spaced scale letter, words of freezing near): two readings below zero; "The
    index fell -5 C grade" stays no temperature."""
    text = (
        "Made by Pfizer, the vaccine must be stored between –80 C to –60 C and thawed before it is injected."
    )
    assert keys(text, "en") == [(-80, "temperature", "C"), (-60, "temperature", "C")]
    assert all(f.kind != "temperature" for f in extract_figures("The index fell -5 C grade.", "en"))


def test_a_stray_space_after_the_thousands_comma_of_one_digit_before_a_plural_noun():
    """Construction: "agencies carried out 3, 921 inspections" (a thousands separator typed with a space after
    it, one digit before, a plural noun after, a verb before: no word that leads a count), and "More than 900,
    000 people died" (a rounding hedge before a group of zeros): 3,921 and 900,000; "On May 3, 921
    inspections were planned" keeps the day."""
    assert keys("Law enforcement agencies carried out 3, 921 inspections, which led to 646 cases.", "en") == [
        (3921, "count", "inspections"),
        (646, "count", "case"),
    ]
    assert [f.value for f in extract_figures("More than 900, 000 people died.", "en")] == [900000]
    assert [
        f.value for f in extract_figures("On May 3, 921 inspections were planned.", "en") if f.kind == "count"
    ] == [921]


def test_a_hospitals_beds_said_as_a_compound_are_counted():
    """Construction: "struck the 1,000-bed hospital" (beds glued to the number as an adjective): a count of
    beds, the same noun as "un hôpital de 1 000 lits"; "-storey" still counts floors."""
    assert keys("The attack struck the 1,000-bed hospital south of Paris.", "en") == [(1000, "count", "bed")]
    assert keys("Le pirate a visé un hôpital de 1 000 lits.", "fr") == [(1000, "count", "bed")]
    assert keys("They lived in a 20-storey tower.", "en") == [(20, "count", "floor")]


def test_travellers_are_passengers_and_crew_is_a_noun_of_its_own():
    """Construction: "the train was carrying 342 travellers and 10 crew" against "avec 350 personnes à bord"
    (passengers named travellers, "voyageurs"): one quantity given two values; "two crew" are no "deux trains"."""
    en = extract_figures(
        "The train was carrying 342 travellers and 10 crew, while two crew were on the other.", "en"
    )
    assert [(f.value, f.unit) for f in en] == [(342, "passenger"), (10, "crew"), (2, "crew")]
    fr = extract_figures("Le train, avec 350 personnes à bord, a percuté deux trains de marchandises.", "fr")
    comparison = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in comparison.conflicts] == [(342, 350)]
    assert comparison.matched == []
    assert keys("Le train transportait 300 voyageurs.", "fr") == [(300, "count", "passenger")]


def test_a_squads_size_is_counted_a_bodys_size_is_not():
    """Construction: "the only survivor of the ten-member commando squad" (a number glued to "-member" before a
    word for a band of people: commando, gang, cell, crew, squad): a count; "the 27-member EU" stays a body's
    size, no figure."""
    assert keys("He is the only survivor of the ten-member commando squad.", "en") == [
        (10, "count", "member")
    ]
    assert keys("Police broke up a five-member gang.", "en") == [(5, "count", "member")]
    assert keys("The 27-member EU and the 15-member Security Council met.", "en") == []


def test_lawyers_and_judges_are_nouns_of_their_own():
    """Construction: "with her two lawyers at her side" against "contre deux accusés" (two small counts of two
    trades of a trial): lawyers and judges are counted nouns, told from the accused."""
    en = extract_figures("She arrived with her two lawyers at her side.", "en")
    fr = extract_figures("Le parquet a requis la relaxe pour deux accusés.", "fr")
    assert [f.unit for f in en] == ["lawyer"]
    assert compare_figures(en, fr).matched == []
    assert keys("La cour était composée de cinq juges.", "fr") == [(5, "count", "judge")]


def test_a_publishers_country_domain_gives_a_letter_currency():
    """Construction: "fined British Airways 20 million pounds (R430 million)" in a paper under ".co.za" that names
    no country: the rand; the same text from a ".com" reads no amount in "R430"."""
    text = "The watchdog has fined British Airways 20 million pounds (R430 million) over a breach."

    def amounts(url: str) -> list[tuple]:
        article = Article(title="Fine", blocks=[Block("paragraph", text)], lang="en", url=url)
        body, _ = article_figures(article)
        return [(f.value, f.currency) for f in body if f.kind == "money"]

    assert amounts("https://mybroadband.co.za/news/security/1.html") == [
        (20000000, "GBP"),
        (430000000, "ZAR"),
    ]
    assert (430000000, "ZAR") not in amounts("https://news.example.com/1.html")


def test_a_toll_in_a_relative_clause_of_a_dated_past_event_is_that_years():
    """Construction: "depuis le séisme du 17 août 1999, qui avait causé la mort de 17.000 personnes" (a date,
    then a relative clause in the pluperfect): the toll is 1999's, and disputes no toll of the story."""
    fr = extract_figures(
        "Le pays n'avait pas connu pareil séisme depuis celui du 17 août 1999, qui avait causé la mort de "
        "17.000 personnes.",
        "fr",
    )
    assert [(f.value, f.year) for f in fr if f.kind == "count"] == [(17000, 1999)]
    en = extract_figures("The death toll could climb as high as 10,000.", "en")
    assert compare_figures(en, fr).conflicts == []


def test_a_bare_number_after_the_pronoun_en_counts_what_the_term_before_it_does():
    """Construction: "il risquait plus de 100 ans de prison et le procureur en réclamait 50, une peine que"
    (the pronoun "en" and a verb of asking or getting before a bare number, a term or an amount earlier in the
    sentence): 50 years, against "as much as 50 years" matched; the article "une" after the comma opens an
    apposition, and lends the number no noun."""
    fr = extract_figures(
        "Il risquait plus de 100 ans de prison et le procureur en réclamait 50, une peine que ses avocats "
        "jugeaient lourde.",
        "fr",
    )
    assert [(f.value, f.kind, f.unit) for f in fr] == [(100, "duration", "years"), (50, "duration", "years")]
    en = extract_figures("Prosecutors had asked for a sentence of as much as 50 years.", "en")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).matched] == [(50, 50)]
    assert keys("Il demandait 2 millions d'euros, il en a obtenu 1,5.", "fr") == [
        (2000000, "money", "EUR"),
        (1500000, "money", "EUR"),
    ]
    assert keys("Ils étaient 50, une foule immense.", "fr") == [(50, "count", None)]


def test_a_lowercase_c_after_a_number_is_celsius_only_in_a_comparison_of_warmth():
    """Construction: "the planet was 1.48c hotter in 2023", "the average temperature was 0.17c higher than in
    2016" (a lowercase "c" glued to the number, a comparison of warmth after it): degrees Celsius; "Fuel costs
    1.89c higher per litre" and "rose by 50c" stay no temperature (cents)."""
    assert keys("The planet was 1.48c hotter in 2023.", "en") == [(1.48, "temperature", "C")]
    assert keys("The average temperature was 0.17c higher than in 2016.", "en") == [
        (0.17, "temperature", "C")
    ]
    assert all(f.kind != "temperature" for f in extract_figures("Fuel costs 1.89c higher per litre.", "en"))
    assert all(f.kind != "temperature" for f in extract_figures("A litre of milk rose by 50c.", "en"))


def test_a_list_of_places_rates_in_brackets_disputes_no_rate_of_no_place():
    """Construction: "devant Berne (56%) et Zurich (52%)" (rates in brackets after place names, two or more in a
    sentence: each a place's) against "at least 50 percent more" said of no place: no conflict; each bracketed
    rate keeps its place."""
    fr = extract_figures(
        "Bâle-Ville se distingue avec un taux de 64%, devant Berne (56%) et Zurich (52%).", "fr"
    )
    assert [(f.value, f.place, f.part) for f in fr] == [
        (64, None, False),
        (56, "berne", True),
        (52, "zurich", True),
    ]
    en = extract_figures("Living costs are higher: at least 50 percent more, according to estimates.", "en")
    comparison = compare_figures(en, fr)
    assert comparison.conflicts == [] and comparison.rounded == []


def test_a_precise_floor_beside_a_round_one_disputes_the_other_versions_toll():
    """Construction: "More than 100 Palestinians were killed ... at least 112 people were killed" against "Plus
    de cent Palestiniens ont été tués ... un bilan de 104 morts ... une nuit qui a fait 79 morts" (each version a
    round floor, matched, and a precise value of it): the precise values dispute each other, not another
    event's toll."""
    en = extract_figures(
        "More than 100 Palestinians were killed. At least 112 people were killed and more than 280 wounded.",
        "en",
    )
    fr = extract_figures(
        "Plus de cent Palestiniens ont été tués. Le ministère a fait état d'un bilan de 104 morts et 760 blessés. "
        "La nuit de bombardements a fait 79 morts.",
        "fr",
    )
    assert (112, 104) in [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts]


def test_children_among_the_injured_are_not_children_among_the_dead():
    """Construction: "117 people were wounded, including 15 children" and "killed some 20 people, including nine
    children" against "84 personnes sont blessées, dont 10 enfants" (a part of a toll opened by "including",
    "dont"): each part is of its toll's fate, and two parts of the injured dispute each other however far."""
    en = extract_figures(
        "A further 117 people were wounded, including 15 children. A strike last week killed some 20 people, "
        "including nine children.",
        "en",
    )
    assert [(f.value, f.subject) for f in en if f.unit == "child"] == [(15, "injury"), (9, "death")]
    fr = extract_figures(
        "« 32 personnes ont été tuées, dont deux enfants. 84 personnes sont blessées, dont 10 enfants. »",
        "fr",
    )
    conflicts = [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts]
    assert (15, 10) in conflicts and (9, 10) not in conflicts


def test_ages_of_a_group_said_without_aged():
    """Constructions: "most frequent among those 60 to 69" (a range after "those", nothing counted after it),
    "the 80-89 age bracket", "the 18-24 age group", "pour les adultes dès 26 ans": ages; "those 18 to 25
    companies" and "There are 12 age groups" stay counts."""
    assert keys("New cases will be most frequent among those 60 to 69, while deaths rise.", "en") == [
        (60, "age", None),
        (69, "age", None),
    ]
    assert keys("The 80-89 age bracket formed the largest group.", "en") == [
        (80, "age", None),
        (89, "age", None),
    ]
    assert keys("Most were in the 18-24 age group.", "en") == [(18, "age", None), (24, "age", None)]
    assert keys("La hausse sera de 25,30 francs pour les adultes dès 26 ans.", "fr") == [
        (25.3, "money", "CHF"),
        (26, "age", None),
    ]
    assert [f.kind for f in extract_figures("Those 18 to 25 companies were fined.", "en")] == [
        "count",
        "count",
    ]
    assert keys("There are 12 age groups.", "en") == [(12, "count", "group")]


def test_signed_rates_of_a_range_and_of_places_in_brackets():
    """Constructions: "se situent entre +6 et +7%" (a range of rises, each signed): two rates; "le Jura (+8,9%)
    et le Valais (+7,8%)" (a place's change in brackets, its sign first): each rate is its place's, and
    disputes no rate said of no place ("This year's 8.7 percent rise")."""
    assert keys("Fribourg et Vaud se situent entre +6 et +7%.", "fr") == [
        (6, "percent", None),
        (7, "percent", None),
    ]
    fr = extract_figures("En Suisse romande, le Jura (+8,9%) et le Valais (+7,8%) sont en tête.", "fr")
    assert [(f.value, f.place) for f in fr] == [(8.9, "jura"), (7.8, "valais")]
    en = extract_figures("This year's 8.7 percent rise was steeper.", "en")
    comparison = compare_figures(en, fr)
    assert comparison.conflicts == [] and comparison.rounded == []


def test_a_time_of_day_written_with_a_dot_after_a_word_of_when():
    """Construction: "in an update posted at 14.15", "cancelled up to at least 16.00 today" (British times with a
    dot, after "at", "until", "by", "up to"): no figure; "rose to 14.15%", "at $14.15", "at 3.25 euros" and
    "from 2.50 to 3.25 per cent" keep theirs."""
    assert (
        keys("In an update posted at 14.15, it said flights were cancelled up to at least 16.00 today.", "en")
        == []
    )
    assert keys("Shares rose to 14.15% and closed at $14.15.", "en") == [
        (14.15, "percent", None),
        (14.15, "money", "USD"),
    ]
    assert keys("It sold at 3.25 euros.", "en") == [(3.25, "money", "EUR")]
    assert keys("Rates rose from 2.50 to 3.25 per cent.", "en") == [
        (2.5, "percent", None),
        (3.25, "percent", None),
    ]


def test_others_taken_to_care_are_more_of_the_injured_before_them():
    """Construction: "132 injured individuals have been admitted to health centres, and 47 others have been
    shifted to the Medical College" ("others", no noun, taken to care, after a count of the injured): injured
    too; "Twelve people were injured and 30 others were evacuated": the 30 are the evacuated."""
    text = (
        "He said 132 injured individuals have been admitted to health centres, and that 47 others have been "
        "shifted to the Medical College."
    )
    assert keys(text, "en") == [(132, "count", "injury"), (47, "count", "injury")]
    assert keys("Twelve people were injured and 30 others were evacuated.", "en") == [
        (12, "count", "injury"),
        (30, "count", "evacuee"),
    ]


def test_rescue_teams_are_people_no_trains():
    """Construction: "3 NDRF teams" against "trois trains" (teams, "équipes", are groups of people): no match."""
    en = extract_figures("Around 3 NDRF teams were sent to the site.", "en")
    fr = extract_figures("La collision a impliqué trois trains.", "fr")
    assert [f.unit for f in en] == ["team"]
    assert compare_figures(en, fr).matched == []
    assert keys("Trois équipes de secours sont sur place.", "fr") == [(3, "count", "team")]


def test_people_counted_before_an_hour_are_no_speed():
    """Construction: "took a panel of three female judges an hour and 40 minutes" (people, then "an hour"): a
    count of judges, then one span of 100 minutes; "226 kilometres an hour" stays a speed, no figure."""
    assert keys(
        "Reading out the sentences took a panel of three female judges an hour and 40 minutes.", "en"
    ) == [
        (3, "count", "judge"),
        (100, "duration", "minutes"),
    ]
    assert keys("Winds reached 226 kilometres an hour.", "en") == []


def test_an_age_gone_to_after_an_aside():
    """Construction: "would lift the retirement age from 62 – among the lowest in the European Union – to 64"
    (an aside between dashes before "to"): both are ages."""
    text = "The plan would lift the retirement age from 62 – among the lowest in the European Union – to 64."
    assert keys(text, "en") == [(62, "age", None), (64, "age", None)]


def test_homes_cut_off_are_a_power_cuts_customers():
    """Construction: "some 1.2 million homes lost electricity" against "les 1,2 million de clients coupés" (a
    power cut counted in homes and in customers): one figure, matched."""
    en = extract_figures("Some 1.2 million homes lost electricity on Thursday.", "en")
    fr = extract_figures("Le gestionnaire a réalimenté une partie des 1,2 million de clients coupés.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).matched] == [(1200000, 1200000)]


def test_how_long_a_named_person_has_done_something_is_no_span_of_the_story():
    """Construction: "Gaëtan, 32 ans, fabrique des pneus sur le site depuis douze ans" (a person named with an
    age, then "depuis", "for" and a span in the sentence): his span, which disputes no span of the story ("Over
    the past 10 years, demand has shifted"); a term given to him ("condamné à douze ans") stays the story's."""
    fr = extract_figures("Gaëtan, 32 ans, fabrique des pneus sur le site depuis douze ans.", "fr")
    assert [(f.kind, f.value, f.place) for f in fr] == [("age", 32, "gaëtan"), ("duration", 12, "gaëtan")]
    en = extract_figures("Over the past 10 years, demand has shifted toward low-cost tires.", "en")
    assert compare_figures(en, fr).conflicts == []
    fr = extract_figures("Gaëtan, 32 ans, a été condamné à douze ans de prison.", "fr")
    en = extract_figures("He was sentenced to 10 years in prison.", "en")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(10, 12)]


def test_roads_listed_after_the_first_and_service_numbers_are_no_figures():
    """Constructions: "advisories are in effect for Highway 101, 102, 103, 107, 111 and 118" (a list of roads
    after the first), "she had placed two calls at 911", "511, by phone or online" (a service number ending in
    11 near a word of calling): no figures; "Route 16, 12 people died" and "The fire killed 211 people" keep
    their counts."""
    assert keys("Flooding advisories are in effect for Highway 101, 102, 103, 107, 111 and 118.", "en") == []
    assert keys("Bayers said that 511, by phone or online, is the best place to check.", "en") == []
    assert keys("She had placed two calls at 911 in a period of three minutes.", "en") == [
        (2, "count", "call"),
        (3, "duration", "minutes"),
    ]
    assert keys("On Route 16, 12 people died.", "en") == [(12, "count", "death")]
    assert keys("The fire killed 211 people.", "en") == [(211, "count", "death")]


def test_the_killed_then_a_count_with_its_own_verb_keep_their_fates():
    """Construction: "The blast killed 12 people and 30 were injured" (a count of the killed, then "and" and a
    count with its own verb): 12 dead and 30 injured; "17 soldats et 4 civils tués" and "Twelve people and two
    police officers were injured" still share their fate."""
    assert keys("The blast killed 12 people and 30 were injured.", "en") == [
        (12, "count", "death"),
        (30, "count", "injury"),
    ]
    assert keys("Twelve people and two police officers were injured.", "en") == [
        (12, "count", "injury"),
        (2, "count", "injury"),
    ]


def test_a_list_of_millions_in_brackets_ends_on_an_m_of_millions():
    """Construction: "(2.5 million), ahead of Americans (nearly 1.5 million) and Chinese (nearly 1m)" (a glued
    "m" closing a bracket after a list of millions): a million, not a metre; "The tower (300m)" stays metres."""
    text = "The French led in 2018 (2.5 million), ahead of Americans (nearly 1.5 million) and Chinese (nearly 1m)."
    assert [f.value for f in extract_figures(text, "en") if f.kind == "count"] == [2500000, 1500000, 1000000]
    assert keys("The tower (300m) is tall.", "en") == [(300, "count", "metre")]


def test_french_counts_named_after_celui_des_and_parmi_les():
    """Constructions: "le nombre de décès est passé à dix et celui des blessés à trente-deux" (the second noun
    after "celui des"), "dont 8 parmi les soldats du feu" (the people a part is among, firefighters), "j'ai
    travaillé jusqu'à 108 ans" (an age worked until)."""
    assert keys("Le nombre de décès est passé à dix et celui des blessés à trente-deux.", "fr") == [
        (10, "count", "death"),
        (32, "count", "injury"),
    ]
    assert keys("37 blessés, dont 8 parmi les soldats du feu.", "fr") == [
        (37, "count", "injury"),
        (8, "count", "firefighter"),
    ]
    assert keys("« J'ai travaillé jusqu'à 108 ans », disait-elle.", "fr") == [(108, "age", None)]
    assert keys("Il a travaillé pendant 40 ans.", "fr") == [(40, "duration", "years")]


def test_hotel_guests_buildings_and_a_dwellings_count():
    """Constructions: "the hotel had 238 guests" against "Plus de 230 clients" (a hotel's guests are its
    clients): disputed as a rounding; "two dilapidated buildings" against "trois immeubles" (buildings a disaster
    destroys are a tally): disputed; "the 15-unit building": 15 dwellings; "four bodies" are no "quatre
    étages", and two lightly injured are no two bodies."""
    en = extract_figures("The hotel had 238 guests at the time of the fire.", "en")
    fr = extract_figures("Plus de 230 clients séjournaient dans l'hôtel.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(238, 230)]
    en = extract_figures("The rubble of two dilapidated buildings was searched.", "en")
    fr = extract_figures("L'effondrement de trois immeubles d'habitation a surpris le quartier.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(2, 3)]
    assert keys("The second floor of the 15-unit building burned.", "en") == [(15, "count", "apartment")]
    en = extract_figures("Rescuers found four bodies and two bodies more.", "en")
    fr = extract_figures(
        "L'immeuble de quatre étages s'est effondré. Deux personnes ont été légèrement blessées.", "fr"
    )
    assert compare_figures(en, fr).matched == []


def test_firefighters_among_the_injured_are_a_part_of_that_toll():
    """Construction: "left around 30 people — including six firefighters — injured" against "37 blessés, dont 8
    parmi les soldats du feu" (responders counted as a part of a toll): both parts of the injured, disputed
    though a third apart."""
    en = extract_figures("The blaze left around 30 people — including six firefighters — injured.", "en")
    fr = extract_figures("On compte 37 blessés, dont 8 parmi les soldats du feu.", "fr")
    assert [(f.value, f.unit, f.subject) for f in en] == [(30, "injury", None), (6, "firefighter", "injury")]
    conflicts = [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts]
    assert (6, 8) in conflicts


def test_museums_visitors_in_brackets_are_millions_and_a_towers_height_metres():
    """Construction: "the most-visited museums were the Louvre (8.1m), Beijing's National Museum (8m)" (a glued
    "m" closing a bracket, no word of a length before it): millions; "The tower (300m)" and "The wave (4.5m)"
    stay metres."""
    text = "In 2017 the most-visited art museums were the Louvre (8.1m), Beijing's National Museum (8m) and the Met."
    assert [f.value for f in extract_figures(text, "en") if f.kind == "count"] == [8100000, 8000000]
    assert keys("The wave (4.5m) hit the coast.", "en") == [(4.5, "count", "metre")]


def test_a_count_set_off_after_a_plural_noun_counts_that_noun():
    """Construction: "Plusieurs armes, au moins dix, ont été découvertes", "Most of the victims — 184 — were
    found in Amatrice" (a count set off by commas or dashes right after a plural noun): a count of that noun;
    "Among the suspects, 12 were released" (no closing mark) is left as it was."""
    assert keys("Plusieurs armes, au moins dix, ont été découvertes dans la pièce.", "fr") == [
        (10, "count", "weapon")
    ]
    assert keys("Most of the victims — 184 — were found in Amatrice.", "en") == [(184, "count", "victim")]
    assert keys("Among the suspects, 12 were released.", "en") == [(12, "count", None)]


def test_locals_are_residents_and_landslides_a_noun_of_both_languages():
    """Constructions: "many of the 25,000 locals" against "des 20 000 habitants" (a town's people), "up to 300
    landslides" against "250 glissements de terrain": one quantity each, given two values."""
    en = extract_figures("The quake hit many of the 25,000 locals. There were up to 300 landslides.", "en")
    fr = extract_figures(
        "Le séisme a touché des 20 000 habitants. On compte 250 glissements de terrain.", "fr"
    )
    assert [(f.value, f.unit) for f in en] == [(25000, "resident"), (300, "landslide")]
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(25000, 20000), (300, 250)]


def test_a_count_said_before_its_revision_is_an_earlier_value():
    """Construction: "le nombre de décès est passé à dix et celui des blessés à trente-deux », avant que ces
    chiffres ne soient revus" (a revision said right after the count's clause): an earlier value, which
    disputes none of the other version's current counts ("injuring 51 others")."""
    text = (
        "Dans un premier temps, le gouvernement annonçait : « Malheureusement, le nombre de décès est passé à dix "
        "et celui des blessés à trente-deux », avant que ces chiffres ne soient revus."
    )
    fr = extract_figures(text, "fr")
    assert [(f.value, f.unit, f.earlier) for f in fr] == [(10, "death", True), (32, "injury", True)]
    assert not extract_figures("Le bilan fait état de trente-deux blessés, selon les autorités.", "fr")[
        0
    ].earlier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Québec verse 2,2 G au Fonds des générations et prévoit 660 M sur cinq ans, dans un budget de 11 "
            "milliards de dollars.",
            [(2.2e9, "money"), (660e6, "money"), (5, "duration"), (11e9, "money")],
        ),
        (
            "Le plan de 3 milliards de dollars en prévoit 10G sur cinq ans.",
            [(3e9, "money"), (10e9, "money"), (5, "duration")],
        ),
        ("Les enchères des fréquences 5G ont rapporté 2,8 milliards de dollars.", [(2.8e9, "money")]),
        (
            "Il a couru le 100 M en 10 secondes, pour une prime de 2 millions de dollars.",
            [(10, "duration"), (2e6, "money")],
        ),
        ("Le réseau couvre 2 G et 660 M de Canadiens.", [(2, "count"), (660, "count")]),
    ],
)
def test_quebec_budget_shorthand_writes_billions_and_millions_as_bare_letters(text, expected):
    """Construction: Quebec budget shorthand with the "$" left out ("un versement de 2,2 G", "660 M sur cinq
    ans", "total 10G"), in a French text of amounts in millions or billions; never a network's generation ("la
    5G"), a race's metres ("le 100 M"), nor in a text without such amounts."""
    assert [vk for vk in value_kinds(text, "fr") if vk[1] != "year"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers arrested the knifeman, 31, after the attack at a playground.", [(31, "age")]),
        ("The gunman, 18, was shot dead by police.", [(18, "age")]),
        ("A pedestrian, 72, died at the scene.", [(72, "age")]),
        ("The attackers, 31, fled.", [(31, "count")]),
    ],
)
def test_an_apposed_number_after_who_did_it_or_who_it_befell_is_an_age(text, expected):
    """Construction: a bare number between commas after a singular noun of a person of the story ("the
    knifeman, 31,", "the gunman, 18,", "a pedestrian, 72,"): the person's age. A plural noun before it is no
    one person."""
    assert value_kinds(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ce drame s'ajoute à un bilan humain déjà record pour 2024.", "fr", [(2024, "year")]),
        ("The death toll is already a record for 2024.", "en", [(2024, "year")]),
        ("Le bilan humain s'élève à 2024 morts.", "fr", [(2024, "count")]),
        ("Le bilan humain est de 1500 morts pour 2000 blessés.", "fr", [(1500, "count"), (2000, "count")]),
    ],
)
def test_a_year_after_for_in_a_clause_about_a_toll_stays_a_year(text, lang, expected):
    """Construction: what a toll is a record for ("un bilan humain déjà record pour 2024", "a record for
    2024"): the year, though the clause is about a toll; a count with its own noun after "pour" ("pour 2000
    blessés") stays a count."""
    assert value_kinds(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said the toddler, 2, was unhurt.", [(2, "age")]),
        ("Police said a girl, 7, was killed.", [(7, "age")]),
        ("The injured boy, 9, was flown to hospital.", [(9, "age")]),
        ("Police said the boys, 9, were unhurt.", [(9, "count")]),
    ],
)
def test_a_young_childs_age_between_commas_after_the_word_for_a_child(text, expected):
    """Construction: a one-digit number between commas right after a singular word for a child ("the toddler,
    2,", "a girl, 7,"): the child's age, as a name's would be. Plural words ("the boys, 9,") stay a count."""
    assert value_kinds(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Les messages suspects peuvent être transférés gratuitement au 33700.", "fr", []),
        ("Suspicious texts can be forwarded to 7726.", "en", []),
        ("Les SMS ont été envoyés au 3000 clients de la banque.", "fr", [(3000, "count")]),
        ("The alert was texted to 2,000 subscribers.", "en", [(2000, "count")]),
    ],
)
def test_a_number_messages_are_forwarded_to_is_no_figure(text, lang, expected):
    """Construction: a short number that messages are sent or forwarded to ("transférés gratuitement au
    33700", "forwarded to 7726"): a number to text, like one to dial; a count of people they were sent to
    ("envoyés au 3000 clients") stays a count."""
    assert value_kinds(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Each day 90 freight trains and 42 passenger trains cross the pass.",
            "en",
            [(90, "train"), (42, "train")],
        ),
        ("Chaque jour, 42 trains de voyageurs franchissent le col.", "fr", [(42, "train")]),
        ("The clinic added 350 hospital beds.", "en", [(350, "bed")]),
        ("The ferry carried 42 passengers and two trucks.", "en", [(42, "passenger"), (2, "truck")]),
    ],
)
def test_a_noun_outside_the_table_after_a_singular_noun_of_the_table_is_what_is_counted(text, lang, expected):
    """Construction: English puts the head noun last, also when the word before it is itself a counted noun
    ("42 passenger trains", "350 hospital beds"): the trains are counted, as "42 trains de voyageurs" counts
    them, so the two versions match. A plural table noun ("42 passengers") keeps its own."""
    assert [(f.value, f.unit) for f in extract_figures(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The president opened the extension of metro 11 to Rosny.", "en", []),
        ("Le prolongement du métro 11 vers Rosny est inauguré.", "fr", []),
        ("The metro carried 4.5 million passengers.", "en", [(4_500_000, "count")]),
    ],
)
def test_a_metro_lines_number_is_no_figure(text, lang, expected):
    """Construction: a metro line named by its number ("metro 11", "le métro 11"), as a road's is: a name."""
    assert value_kinds(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("A family of four will pay $1,120 more for groceries.", "en", [(1120, "money")]),
        ("Une famille de quatre paiera 1 120 $ de plus.", "fr", [(1120, "money")]),
        ("Pour une famille de cinq personnes, la facture atteint 900 $.", "fr", [(900, "money")]),
        ("Les proches de la famille de quatre victimes ont témoigné.", "fr", [(4, "count")]),
    ],
)
def test_the_size_of_a_family_a_sum_is_given_for_is_no_figure(text, lang, expected):
    """Construction: "a family of four", "une famille de quatre (personnes)": who the family is, beside the
    sum it spends; "la famille de quatre victimes" (definite) counts the victims."""
    assert value_kinds(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Au moins un demi-millier d'agriculteurs ont manifesté.", [(500, "count", "at least")]),
        ("Une demi-douzaine de pompiers ont été blessés.", [(6, "count", None)]),
    ],
)
def test_half_a_thousand_and_half_a_dozen_in_french(text, expected):
    """Construction: "un demi-millier de" (about 500, as "un millier de" is about 1,000) and "une
    demi-douzaine de" (six), as "un demi-million de" is half a million."""
    assert [(f.value, f.kind, f.approx) for f in extract_figures(text, "fr")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fruit de 12 ans de travaux, le pont ouvre lundi.", [(12, "duration")]),
        ("Il a fallu neuf ans de chantier pour percer le tunnel.", [(9, "duration")]),
        ("Un homme de 31 ans de Rimouski a été arrêté.", [(31, "age")]),
    ],
)
def test_years_of_what_took_them_are_a_duration(text, expected):
    """Construction: "N ans de travaux", "de chantier", "de guerre": the years the work or the war took, not
    the age of whatever the noun before names ("Fruit de 12 ans"); a place after the years keeps an age."""
    assert value_kinds(text, "fr") == expected


def test_an_amount_to_the_cent_is_the_other_versions_amount_to_the_dollar():
    """Construction: one report gives a forecast to the cent ("$14,512.37"), the other to the dollar
    ("14 512 $"): one amount, matched, not disputed; pairing looks both up by one key. Under 100 the cents
    stay ("$4.99" is not "5 $")."""
    from reader.store.pairs import figure_key as pairing_key

    en = extract_figures(
        "A family will spend up to $14,512.37 on food, and milk will cost $4.99.", "en", "CAD"
    )
    fr = extract_figures(
        "Une famille dépensera jusqu'à 14 512 $ pour se nourrir; le lait coûtera 5 $.", "fr", "CAD"
    )
    comparison = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in comparison.matched] == [(14512.37, 14512)]
    assert {(a.value, b.value) for a, b in comparison.conflicts} <= {(4.99, 5)}
    assert pairing_key(en[0]) == pairing_key(fr[0]) == "f:money:14512"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le vol a duré 1 heure 42 minutes et 10 secondes.", [(in_minutes(6130), "duration")]),
        ("La fusée a volé 3 heures 12 minutes.", [(192, "duration")]),
        ("Le décollage a eu lieu à 14 heures 30, heure de Kourou.", []),
    ],
)
def test_hours_then_minutes_without_et_are_a_span(text, expected):
    """Construction: "1 heure 42 minutes et 10 secondes", "3 heures 12 minutes": hours then minutes with no
    "et" between them are one span, not a time of day followed by stray minutes; "à 14 heures 30" stays a
    time of day."""
    assert value_kinds(text, "fr") == expected


def test_a_range_of_money_lost_after_a_verb_of_results_is_no_score_line():
    """Construction: "a perdu 12 à 14 millions de dollars par jour": a verb that opens a score line ("a perdu 2
    à 1") before a range with its scale and currency is a range of amounts; "Le club a perdu 2 à 1" stays a
    score."""
    figures = extract_figures("Le port a perdu 18 à 20 millions de dollars par jour de blocage.", "fr")
    assert [(f.value, f.kind, f.currency) for f in figures] == [
        (18e6, "money", "USD"),
        (20e6, "money", "USD"),
    ]
    assert keys("Le club a perdu 2 à 1 face à Nantes.", "fr") == []
    assert keys("Shares lost 3-4% on Friday.", "en") == [(3, "percent", None), (4, "percent", None)]


def test_a_companys_north_american_arm_names_no_american_place():
    """Construction: a French report on Quebec from a local paper no list knows, naming a company's "North
    America" arm: the continent is no name of the United States, so its bare "$" amounts stay Canadian."""
    text = (
        "Québec retire son appui à Voltaria Cells North America. Le projet de Trois-Rivières, au Québec, "
        "est abandonné et Québec perd 300 millions de dollars."
    )
    assert (
        article_dollar(text, "Le Courrier du Fleuve", "https://courrierdufleuve.example.com/a", lang="fr")
        == "CAD"
    )
    text_us = "Voltaria Cells lance une usine au Texas, aux États-Unis, pour 300 millions de dollars."
    assert (
        article_dollar(text_us, "Le Courrier du Fleuve", "https://courrierdufleuve.example.com/b", lang="fr")
        == "USD"
    )


def test_a_settlement_of_a_bare_scaled_number_is_an_amount():
    """Construction: "un règlement à l'amiable de 150 millions", "a settlement of 150 million" in a report of
    a publisher whose dollar is known: what one side pays the other, in that dollar."""
    fr = extract_figures(
        "Un règlement à l'amiable de 85 millions a été conclu avec le fabricant.", "fr", "CAD"
    )
    assert [(f.value, f.kind, f.currency) for f in fr] == [(85e6, "money", "CAD")]
    en = extract_figures("The province reached a settlement of 85 million with the drugmaker.", "en", "CAD")
    assert [(f.value, f.kind, f.currency) for f in en] == [(85e6, "money", "CAD")]


def test_a_groups_ages_in_brackets_after_its_noun_are_ages():
    """Construction: "les jeunes adultes (de 18 à 24 ans; +1,6%)": the ages of a group of people given in
    brackets after its noun, as "les jeunes adultes de 18 à 24 ans" gives them; "une peine (de 10 ans)" stays
    a term."""
    found = keys("Chez les jeunes adultes (de 19 à 23 ans; +1,6%), le nombre reste stable.", "fr")
    assert found == [(19, "age", None), (23, "age", None), (1.6, "percent", None)]
    assert keys("Il a écopé d'une peine (de 10 ans) ferme.", "fr") == [(10, "duration", "years")]


def test_a_signed_change_in_a_breakdown_matches_the_fall_said_with_a_verb():
    """Construction: "à Lyon (-5,7%)" against "prices in Lyon fell 5.7%": one fall, its size the value of
    both; a signed change beside another rate of the other version ("(-9%)" against "perdu 9,3%" elsewhere) is
    not disputed as a rounding of it."""
    en = extract_figures("Prices in Lyon fell 5.7% over the year.", "en")
    fr = extract_figures("Les prix ont reculé à Lyon (-5,7%) sur un an.", "fr")
    assert [(f.value, f.minus) for f in fr] == [(5.7, True)]
    result = compare_figures(en, fr)
    assert len(result.matched) == 1 and not result.only_en and not result.only_fr
    en = extract_figures("In the 19th district (−9%), prices slid.", "en")
    fr = extract_figures("À Lyon, les appartements ont perdu 9,3% sur un an.", "fr")
    assert compare_figures(en, fr).conflicts == []


def test_a_list_or_an_index_named_with_its_number_is_no_count():
    """Construction: "Fortune 500 companies", "the FTSE 100", "le CAC 40": the number is the name's; the
    amounts beside it stay."""
    assert keys("Fortune 500 companies face a $5.4 billion loss as the FTSE 100 slips.", "en") == [
        (5.4e9, "money", "USD")
    ]
    assert keys("Les groupes du CAC 40 versent 12 milliards d'euros.", "fr") == [(12e9, "money", "EUR")]


def test_trillions_glued_as_british_papers_write_them():
    """Construction: "$1.3trn", "£2tn": a trillion's abbreviation glued to the digits."""
    assert keys("It falls short of the $1.3trn needed, and of £2tn.", "en") == [
        (1.3e12, "money", "USD"),
        (2e12, "money", "GBP"),
    ]


def test_one_of_those_counted_and_what_befell_them_is_a_count_of_one():
    """Construction: "Deux d'entre elles ont été secourues, dont une a été hospitalisée", as "two survivors,
    one of whom was hospitalized": one of the people just counted, with its fate; "dont un enfant" and "dont une
    a été volée" (no fate) stay articles."""
    found = keys("Trois d'entre eux ont été secourus, dont un a été hospitalisé.", "fr")
    assert found == [(3, "count", "survivor"), (1, "count", "hospitalised")]
    assert keys("Deux personnes ont été secourues, dont un enfant.", "fr") == [(2, "count", "survivor")]
    assert keys("Il a deux voitures, dont une a été volée.", "fr") == [(2, "count", "car")]


def test_the_age_a_rule_asks_of_people_is_an_age():
    """Construction: "applicants had to be over 18 and live in France", "Buyers must be at least 21 to enter",
    "Voters must be 18 or older": the age a rule sets for people; "Prices have to be under 20 to sell" and "The
    quota must be at least 30" (no people) stay counts."""
    text = "The scheme opened to households across the region last winter. To qualify, applicants had to be over 17."
    assert keys(text, "en") == [(17, "age", None)]
    assert keys("Buyers must be at least 21 to enter.", "en") == [(21, "age", None)]
    assert keys("Voters must be 18 or older.", "en") == [(18, "age", None)]
    assert keys("Prices have to be under 20 to sell.", "en") == [(20, "count", None)]
    assert keys("The quota must be at least 30 this year.", "en") == [(30, "count", None)]


def test_a_value_of_the_same_quarter_a_year_earlier_is_of_the_year_before():
    """Construction: "up on the $1.6 billion reported for the same quarter a year earlier", "contre 1,5
    milliard sur la même période l'an dernier": the comparison's value is dated a year before the article's,
    so it disputes no figure of the other version's current quarter."""
    en = extract_figures(
        "Operating income came to $1.9 billion, up on the $1.7 billion reported for the same quarter a year "
        "earlier.",
        "en",
    )
    assert [(f.value, f.year) for f in en] == [(1.9e9, None), (1.7e9, -1)]
    fr = extract_figures(
        "Le bénéfice atteint 2 milliards d'euros, contre 1,5 milliard sur la même période l'an dernier.", "fr"
    )
    assert [(f.value, f.year) for f in fr] == [(2e9, None), (1.5e9, -1)]
    assert [
        (f.value, f.year) for f in extract_figures("Profit was $3 billion in the same quarter.", "en")
    ] == [(3e9, None)]


def test_close_rates_of_two_releases_full_of_rates_are_no_dispute():
    """Construction: an inflation release in each language, each listing a dozen rates or more ("Energy costs
    jumped 6.5%" against "avec l'alcool et le tabac, à 6,4 % après 6 %"): two close rates neither version says
    of one thing are two rates, not one disputed; in a report of few rates they are still disputed."""
    filler_en = " ".join(f"Item {i} rose {i + 20}.{i}%." for i in range(12))
    filler_fr = " ".join(f"Le poste {i} progresse de {i + 40},{i} %." for i in range(12))
    en = extract_figures(f"Energy costs jumped 6.5% in the month. {filler_en}", "en")
    fr = extract_figures(f"Avec l'alcool et le tabac, la hausse atteint 6,4 %. {filler_fr}", "fr")
    assert compare_figures(en, fr).conflicts == []
    en = extract_figures("Energy costs jumped 6.5% in the month.", "en")
    fr = extract_figures("Les prix de l'énergie ont bondi de 6,4 % sur le mois.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(6.5, 6.4)]


def test_a_count_without_its_noun_and_an_estimate_of_things_are_no_disputed_quantity():
    """Construction: "some 100 checkpoints" left in one version, "103 ont été accusées" (people, their noun
    unsaid) in the other: close, but nothing tells one quantity, so no near estimate's dispute; a nounless
    count against an estimate of people still is one ("some 400 people", "410 ont été évacués")."""
    from reader.figures.compare import _nouns_tell_one

    things = Figure("100", 100, "count", "checkpoints", approx="about")
    people = Figure("400", 400, "count", "person", approx="about")
    nounless = Figure("103", 103, "count", None)
    assert not _nouns_tell_one(things, nounless)
    assert _nouns_tell_one(people, nounless)


def test_a_population_of_just_over_a_number_is_people_in_a_text_of_amounts():
    """Construction: "home to a population of just over 8 million" in a report of amounts in dollars: a
    softened hedge ("just over", "a little under") before the population, still people, no amount."""
    found = keys(
        "The bank lost $90 billion. The country, with a population of just over 9 million, copes.", "en"
    )
    assert found == [(90e9, "money", "USD"), (9e6, "count", None)]


def test_people_older_or_younger_than_a_number_are_of_that_age():
    """Construction: "the four children -- all young minors older than 10 --", "Children younger than 5 and
    adults older than 65": the bound of people's ages; "Files older than 10 days" stays a duration."""
    found = keys("The four children -- all minors older than 11 -- were found.", "en")
    assert found == [(4, "count", "child"), (11, "age", None)]
    assert keys("Children younger than 5 and adults older than 65 are at risk.", "en") == [
        (5, "age", None),
        (65, "age", None),
    ]
    assert keys("Files older than 10 days are removed.", "en") == [(10, "duration", "days")]


def test_ages_said_to_lie_between_two_numbers_are_ages():
    """Construction: "cinq enfants qui ont des âges compris entre 3 et 15 ans": the range of the children's
    ages, as "âgés de 3 à 15 ans" gives it."""
    found = keys("Dix morts, dont quatre enfants qui ont des âges compris entre 2 et 14 ans.", "fr")
    assert found == [(10, "count", "death"), (4, "count", "child"), (2, "age", None), (14, "age", None)]


def test_a_paragraphs_count_changed_region_by_region_keeps_its_noun_in_a_text_of_amounts():
    """Construction: a results report in dollars whose paragraph counts subscribers by region, "up by 2.43
    million to 79.81 million. Latin America came next, up 1.22 million to 42.47 million": each region's
    bare millions count the subscribers named first, no amount; a revenue said after is an amount."""
    text = (
        "Revenue reached $8.2 billion, and the service ended the quarter with 240.1 million subscribers.\n\n"
        "Europe posted the biggest rise in subscribers, up by 2.41 million to 78.8 million. Latin America came "
        "next, up 1.31 million to 41.9 million, while Asia rose by 1.05 million to 39.6 million."
    )
    found = [(f.value, f.kind, f.unit) for f in extract_figures(text, "en")]
    assert found[0] == (8.2e9, "money", None)
    assert [(k, u) for _, k, u in found[1:]] == [("count", "subscriber")] * 7


def test_another_persons_age_after_a_persons_age_is_an_age():
    """Construction: "le décès d'un homme de 58 ans à Cassis et d'un autre de 71 ans à La Ciotat": "un autre"
    stands for the person just aged; "une peine de 10 ans, puis une autre de 5 ans" stays two terms."""
    found = keys(
        "Ils ont confirmé le décès d'un homme de 57 ans à Sète et d'un autre de 73 ans à Agde.", "fr"
    )
    assert found == [(57, "age", None), (73, "age", None)]
    found = keys("Il a purgé une peine de 10 ans, puis une autre de 5 ans.", "fr")
    assert found == [(10, "duration", "years"), (5, "duration", "years")]


def test_a_year_like_number_before_any_french_plural_noun_is_a_count():
    """Construction: "Viendront s'y ajouter 2000 suppressions de postes": French puts no plural noun right
    after a year, whatever the noun; "En 2000, des milliers ..." and "en 2019 toujours" stay years."""
    found = [(f.value, f.kind) for f in extract_figures("S'y ajouteront 2000 suppressions de postes.", "fr")]
    assert found == [(2000, "count")]
    assert [
        f.kind for f in extract_figures("Le rapport 2023 dans lequel on lit ceci, et 2019 toujours.", "fr")
    ] == [
        "year",
        "year",
    ]


def test_a_year_after_its_owners_own_is_a_year():
    """Construction: "TotalEnergies has published its own 2022 accounts": a possessive and "own" before four
    digits make them the year of the accounts; "lost 2,022 accounts" stays a count."""
    found = [
        (f.value, f.kind)
        for f in extract_figures("It lost 2,022 accounts; its own 2022 accounts were poor.", "en")
    ]
    assert found == [(2022, "count"), (2022, "year")]


def test_a_currencys_cents_are_its_hundredths():
    """Construction: "cut the price by 20 euro cents per liter", "an 18 euro cent discount": the currency's
    word, then "cents", is hundredths of it, as "20 centimes d'euro" is."""
    assert keys("It will cut the price by 15 euro cents per litre.", "en") == [(0.15, "money", "EUR")]
    assert keys("It adds a 12 euro cent discount.", "en") == [(0.12, "money", "EUR")]


def test_the_numbers_a_winning_ticket_had_to_match_are_no_figures():
    """Construction: "the ticket had to match 21, 26, 31, 34 and 49, along with Lucky Stars 2 and 5": a draw's
    numbers, after the verb a ticket matches them with; the jackpot beside them stays."""
    text = "To take the €210 million jackpot, the ticket had to match 4, 17, 22, 38 and 45, along with Stars 3 and 9."
    assert keys(text, "en") == [(210e6, "money", "EUR")]


def test_a_count_of_aircraft_then_the_model_is_no_number_grouped_in_thousands():
    """Construction: "Boeing a construit quelque 400 737 MAX": a count, a space, then the model's number; the
    space is no thousands separator ("400 737 membres" stays one number)."""
    found = [
        (f.value, f.kind, f.unit) for f in extract_figures("Boeing a construit quelque 450 737 MAX.", "fr")
    ]
    assert found == [(450, "count", "plane")]
    assert [f.value for f in extract_figures("Le club compte 400 737 membres.", "fr")] == [400_737]


def test_a_cost_said_to_lie_between_two_amounts_is_money():
    """Construction: "le chantier pourrait désormais coûter entre 25 et 26 milliards" after amounts in
    pounds: the verb of a cost, then "entre", makes both bounds amounts in the currency said before."""
    found = keys(
        "Le coût était de 18 milliards de livres. Il pourrait coûter entre 23 et 24 milliards.", "fr"
    )
    assert found == [(18e9, "money", "GBP"), (23e9, "money", "GBP"), (24e9, "money", "GBP")]


def test_babies_under_a_number_of_months_are_of_that_age():
    """Construction: "consumers, babies under six months among them": people below an age given in months;
    "Deliveries stayed under six months" stays a duration."""
    assert keys("Consumers, babies under five months among them, were at risk.", "en") == [
        (5, "age", "months")
    ]
    assert keys("Deliveries stayed under six months for most buyers.", "en") == [(6, "duration", "months")]


def test_ridership_names_the_count_a_bare_scaled_number_gives_in_a_text_of_amounts():
    """Construction: "Ridership on domestic TGV services grew by 3% to reach 124 million" in a report of
    amounts in euros: "ridership" ("la fréquentation") is the number of passengers, so the bare millions count
    them, as "the number of passengers reached 124 million" does."""
    text = "Turnover rose to €43.4 billion. Ridership on its trains grew by 3% to reach 121 million."
    assert [(f.value, f.kind) for f in extract_figures(text, "en")] == [
        (43.4e9, "money"),
        (3, "percent"),
        (121e6, "count"),
    ]


def test_a_year_an_origin_goes_back_to_in_french_is_a_year():
    """Construction: "dont les origines remontent à 1670": the year a company's history goes back to, as
    "traces its history back to 1670" says it."""
    found = keys("La marque, dont les origines remontent à 1683, est vendue 30 millions de dollars.", "fr")
    assert found == [(30e6, "money", "USD")]
    assert [f.kind for f in extract_figures("dont les origines remontent à 1683", "fr")] == ["year"]


def test_two_amounts_named_as_two_different_things_are_no_dispute():
    """Construction: "Ebitda reached €2.5bn" against "le record de 2,4 milliards" of a "résultat", "a
    charitable donation of £20m" against "une amende de 17 millions de livres": each amount's clause names what
    it is, and two different things of close values are two quantities; two amounts of one thing still
    dispute ("a fine of £20m", "une amende de 17 millions de livres")."""
    en = extract_figures("The group said Ebitda reached €2.5bn in the year.", "en")
    fr = extract_figures("Le résultat recule par rapport au record de 2,4 milliards d'euros.", "fr")
    assert [f.subject for f in en + fr] == ["ebitda", "profit"]
    assert compare_figures(en, fr).conflicts == []
    en = extract_figures("It will make a charitable donation of £20m.", "en")
    fr = extract_figures("Le groupe a payé une amende de 17 millions de livres.", "fr")
    assert [f.subject for f in en + fr] == ["donation", "fine"]
    assert compare_figures(en, fr).conflicts == []
    en = extract_figures("It was ordered to pay a fine of £20m.", "en")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(20e6, 17e6)]


def test_small_counts_of_what_a_text_argues_about_are_no_figures():
    """Construction: "attributed to two causes", "questions on two fronts", "Two figures stood out", "Two
    subjects dominate": what a text weighs, no count of the story; the figures it then gives stay."""
    assert keys("Officials pointed to two causes for the rise.", "en") == []
    assert keys("Two figures stood out: 12 deaths and 40 injured.", "en") == [
        (12, "count", "death"),
        (40, "count", "injury"),
    ]
    assert keys("Deux sujets dominent les discussions.", "fr") == []


def test_a_number_brought_to_a_year_like_value_is_a_count():
    """Construction: "Le gouvernement voudrait ramener ce nombre à 2000 d'ici deux ans", "cut that number to
    2000": a number named, then brought to a value in its clause; "Le bilan remonte à 2019" stays a year."""
    assert [f.kind for f in extract_figures("Il veut ramener ce nombre à 2000 d'ici deux ans.", "fr")] == [
        "count",
        "duration",
    ]
    assert [f.kind for f in extract_figures("The plan would cut that number to 2000.", "en")] == ["count"]
    assert [f.kind for f in extract_figures("Le bilan remonte à 2019, selon le rapport.", "fr")] == ["year"]


def test_a_rate_compared_with_the_months_before_is_an_earlier_value():
    """Construction: "atteignait 8,28 % en avril, contre 8,57 % en mars": the rate the quantity moved from, a
    month before, disputes no current rate of the other version ("fell to 9.02%"); "7,3 % en mars, contre 7,1
    %" names no other month and stays a value of its own."""
    fr = extract_figures("L'indicateur atteignait 8,31 % en avril, contre 8,62 % en mars.", "fr")
    assert [f.earlier for f in fr] == [False, True]
    en = extract_figures("The indicator fell to 9.03%.", "en")
    assert compare_figures(en, fr).conflicts == []
    assert [f.earlier for f in extract_figures("Le chômage atteint 7,3 % en mars, contre 7,1 %.", "fr")] == [
        False,
        False,
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a range's currency before its first number and its scale after the second
        (
            "The works will cost about €600 to 750 million.",
            "en",
            [(600e6, "money", "EUR"), (750e6, "money", "EUR")],
        ),
        ("a bill of $3 to 4 billion", "en", [(3e9, "money", "USD"), (4e9, "money", "USD")]),
        # a noun after the second number keeps the first an amount of its own
        ("from $5 to 3 million households", "en", [(5, "money", "USD"), (3e6, "count", "household")]),
    ],
)
def test_a_ranges_currency_said_before_its_first_number_and_its_scale_after_the_second(text, lang, expected):
    """Construction: "around €700 to 800 million" names the currency once, before the first number, and the
    scale once, after the second: both ends are amounts in that scale and currency."""
    assert keys(text, lang) == expected


def test_a_ranges_second_end_with_a_hedge_of_its_own_shares_the_unit():
    """Construction: "un dédommagement entre 1.000 et plus de 25.000 euros": the second end carries its own
    "plus de", and the first end is in its currency all the same."""
    assert keys("Les indemnités allaient d'un montant entre 2.000 et plus de 30.000 euros.", "fr") == [
        (2000, "money", "EUR"),
        (30000, "money", "EUR"),
    ]


def test_people_under_an_age_when_something_befell_them():
    """Constructions: "most of the victims were under 21 when the abuse took place" and "16 were younger than
    10": the ages the people had then, a count of them the subject of the second; prices "under 40 when" stay
    counts."""
    assert keys("Most of the pupils were under 18 when it began, and 12 were younger than 9.", "en") == [
        (18, "age", None),
        (12, "count", None),
        (9, "age", None),
    ]
    assert keys("Shares were under 40 when the index fell.", "en") == [(40, "count", None)]


def test_the_rough_date_a_work_was_made_is_a_year():
    """Construction: "painted around 1500", "un retable peint vers 1600": when a work was made, told roughly, is a
    year; "built around 1200 homes" stays a count."""
    assert [f.kind for f in extract_figures("The panel, painted around 1510, was sold.", "en")] == ["year"]
    assert [f.kind for f in extract_figures("Le retable, peint vers 1600, a été restauré.", "fr")] == ["year"]
    assert keys("The firm built around 1200 homes.", "en") == [(1200, "count", "home")]


def test_visitors_counted_with_en_are_no_amount_in_a_text_of_amounts():
    """Construction: "Le musée en a compté près de neuf millions ... et dix millions avant la pandémie" after
    an amount in euros: the pronoun "en" and a verb of counting make visitors, not money; so does "the museum
    welcomed 8.7 million"."""
    text = "Le chantier coûtera 600 millions d'euros. Le musée en a compté près de huit millions en 2023, et neuf millions avant."
    assert [(f.value, f.kind) for f in extract_figures(text, "fr") if f.kind != "year"] == [
        (600e6, "money"),
        (8e6, "count"),
        (9e6, "count"),
    ]
    assert keys("The plan costs €500 million. The museum welcomed 7.1 million last year.", "en") == [
        (500e6, "money", "EUR"),
        (7.1e6, "count", None),
    ]


def test_a_signed_bracketed_decimal_among_signed_rates_is_a_rate():
    """Construction: "Limburg (+0.71%), ... Namur showed the sharpest increase (+0.58)": a list of growth rates
    in brackets drops the percent sign once; a signed decimal in a text of no such rate stays a number."""
    text = (
        "Limburg grew fastest (+0.71%). Namur showed the sharpest increase (+0.58), Hainaut a fall (-0.12)."
    )
    assert [(f.value, f.kind, f.minus) for f in extract_figures(text, "en")] == [
        (0.71, "percent", False),
        (0.58, "percent", False),
        (0.12, "percent", True),
    ]
    assert keys("The side won by a margin (+3.5) on Sunday.", "en") == [(3.5, "count", None)]


def test_the_take_aways_of_an_article_are_no_count():
    """Construction: "Here are seven key take-aways from the data", "cinq enseignements du scrutin": how an
    article lays itself out, no figure of the story."""
    assert keys("Here are six key take-aways from the new census.", "en") == []
    assert keys("Quatre enseignements du scrutin de dimanche.", "fr") == []


def test_a_toll_made_to_go_from_one_value_to_another_starts_from_an_earlier_value():
    """Construction: "la liste fait passer le bilan de 108 à 115 victimes": the verb's infinitive and the
    quantity named between it and "de"; the value it went from is an earlier one, as in "passé de 99 à 112"."""
    text = "Une liste actualisée fait passer le bilan de 108 à 115 victimes."
    assert [(f.value, f.earlier) for f in extract_figures(text, "fr")] == [(108, True), (115, False)]


def test_a_number_of_resumed_by_a_pronoun_counts_its_noun():
    """Construction: "Quant au nombre de blessés, il est de 805", "as for the number of injured, it stands at
    805": the pronoun resumes "the number of" and the count is of its noun."""
    assert keys("Quant au nombre de blessés, il est de 640.", "fr") == [(640, "count", "injury")]
    assert keys("As for the number of injured, it stands at 640.", "en") == [(640, "count", "injury")]


def test_numbered_streets_are_no_count():
    """Construction: "à l'intersection entre les rues 204 et 223": streets known by their numbers; "dans les rues
    300 manifestants" counts the protesters."""
    assert keys("La bousculade a eu lieu entre les rues 118 et 135 du camp.", "fr") == []
    assert keys("Dans les rues 300 manifestants ont défilé.", "fr") == [(300, "count", "protester")]


def test_a_round_lower_bound_of_years_agrees_with_the_other_versions_span():
    """Construction: "a moratorium imposed more than 30 years ago" against "un moratoire de 32 ans": a span's
    round floor holds the other version's years, as a rounding (a small floor of a toll still does not hold a
    later toll: "au moins sept morts" against "nine dead")."""
    en = extract_figures("The moratorium was imposed more than 30 years ago.", "en")
    fr = extract_figures("Le moratoire de 32 ans prend fin.", "fr")
    result = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in result.conflicts] == [(30, 32)]
    assert result.only_en == [] and result.only_fr == []
    tolls = compare_figures(
        extract_figures("At least seven people died.", "en"),
        extract_figures("Neuf personnes sont mortes.", "fr"),
    )
    assert [(a.value, b.value) for a, b in tolls.conflicts] == [(7, 9)]


def test_mass_before_a_counted_noun_is_an_adjective():
    """Construction: "402 mass shootings", "12 mass graves": "mass" describes the noun counted after it."""
    assert keys("The country has logged 402 mass shootings this year.", "en") == [(402, "count", "shooting")]


def test_a_score_line_before_a_home_or_away_result_is_no_figure():
    """Construction: "following a 3-2 home defeat by Persebaya", "a 2-0 away victory": a match's score, the
    venue between it and the word for the result."""
    assert keys("Fans invaded the pitch after a 4-1 home defeat.", "en") == []
    assert keys("It was their first 2-0 away victory.", "en") == []


def test_sections_of_a_code_are_no_count():
    """Construction: "contrary to s. 83.19", "contrary to s. 81(1)(d)": sections of a criminal code cited by
    number."""
    assert keys("He pleaded guilty to an offence contrary to s. 83.19 of the Code.", "en") == []
    assert keys("It was contrary to s. 81(1)(d) of the Code.", "en") == []


def test_the_age_one_turned_or_had_when_something_happened_is_an_earlier_age():
    """Constructions: "Il venait tout juste d'avoir 16 ans lors de son arrestation", "avait 15 ans au moment des
    faits", "who was a 17-year-old at the time of his plea": ages a person had then, which dispute no age the
    other version gives the person now."""
    fr = extract_figures(
        "Il avait 14 ans au moment des faits et venait d'avoir 15 ans lors de son arrestation.", "fr"
    )
    assert [(f.value, f.kind, f.earlier) for f in fr] == [(14, "age", True), (15, "age", True)]
    en = extract_figures("The teen, who was a 16-year-old at the time of his plea, was sentenced.", "en")
    assert [(f.value, f.kind, f.earlier) for f in en] == [(16, "age", True)]
    assert (
        compare_figures(en, extract_figures("Le jeune homme de 18 ans a été condamné.", "fr")).conflicts == []
    )


def test_a_bracketed_decimal_named_in_words_after_a_scaled_amount_is_in_its_scale():
    """Construction: "avec 6,86 millions de francs dépensés (6,76 au budget)": the bracket gives the amount
    budgeted, in the scale and currency of the amount before it; "(2,5 fois plus)" is no amount."""
    assert keys("Le parti a dépensé 5,92 millions de francs (5,81 au budget).", "fr") == [
        (5_920_000, "money", "CHF"),
        (5_810_000, "money", "CHF"),
    ]
    assert keys("Les recettes atteignent 6,86 millions d'euros (2,5 fois plus).", "fr") == [
        (6_860_000, "money", "EUR"),
    ]


def test_countries_and_member_states_are_one_count():
    """Construction: "fifteen countries, among them France" against "quinze Etats membres, dont la France" (the
    accent left off the capital, as wires type it): member states are countries, one quantity matched."""
    en = extract_figures("Earlier this week, fifteen countries, among them France, called for a cap.", "en")
    fr = extract_figures("Réclamé par quinze Etats membres, dont la France, ce plafond divise.", "fr")
    result = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in result.matched] == [(15, 15)]
    assert result.only_en == [] and result.only_fr == []


def test_a_swimming_event_named_by_its_distance_is_no_count():
    """Construction: "the women's 200 individual medley", "the 200-metre butterfly", "le 100 m papillon": the
    distance names the race; "About 200 swimmers took part" stays a count."""
    assert keys("She set a record in the women's 200 individual medley.", "en") == []
    assert keys("He won the 400-metre freestyle.", "en") == []
    assert keys("Elle a remporté le 100 m papillon.", "fr") == []
    assert keys("About 200 swimmers took part.", "en") == [(200, "count", "swimmers")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le sous-marin a perdu le contact environ 1 h 45 plus tard.", [(105, "duration", "minutes")]),
        ("La réunion a duré 2h30.", [(150, "duration", "minutes")]),
        ("Au bout de 3 h 15 de négociations, un accord a été trouvé.", [(195, "duration", "minutes")]),
        ("Il faut compter 1 heure 40 de route depuis la ville.", [(100, "duration", "minutes")]),
        # a time of day has no word of a span around it
        ("Le contact a été perdu à 1 h 45 du matin.", []),
        ("Les secours sont arrivés vers 13 h 45.", []),
        # a race time to the second keeps its seconds, with "mn" for its minutes
        ("Elle a couru le marathon en 2 h 11 mn 32.", [(131.533, "duration", "minutes")]),
        ("Il gagne en 2 heures 05 minutes et 12 secondes.", [(125.2, "duration", "minutes")]),
    ],
)
def test_a_span_in_hours_and_minutes_written_as_a_french_time_of_day(
    text: str, expected: list[tuple]
) -> None:
    """Construction: "environ 1 h 45 plus tard", "pendant 2 h 30", "au bout de 3 h 15 de négociations": a span
    written as French writes a clock time, told from one by the words around it."""
    assert keys(text, "fr") == expected


def test_points_are_a_shares_only_in_a_text_of_shares():
    """Constructions: "36 points (26 goals, 10 assists)" in a report whose only "cent" is in "center": a player's
    points, no percentage points; in a text of shares, a lead in points stays a share's."""
    assert keys("The center had 41 points (17 goals, 24 assists) in 60 games.", "en") == [
        (41, "count", "points"),
        (17, "count", "goals"),
        (24, "count", "assists"),
        (60, "count", "game"),
    ]
    assert keys("With 38 percent, she leads by 9 points.", "en") == [
        (38, "percent", None),
        (9, "percent", "point"),
    ]


def test_children_up_to_an_age_are_of_that_age():
    """Construction: "qui confient leurs enfants jusqu'à 8 ans à une crèche": the age children are covered up to;
    "une peine allant jusqu'à 8 ans" stays a term."""
    assert keys("L'aide vise les familles qui confient leurs enfants jusqu'à 6 ans à une crèche.", "fr") == [
        (6, "age", None)
    ]
    assert keys("Il encourt une peine allant jusqu'à 6 ans de prison.", "fr") == [(6, "duration", "years")]


def test_bare_billions_in_a_text_of_amounts_in_one_currency_are_amounts():
    """Construction: "27,2 milliards sur cinq ans", then a paragraph on, "les 10,2 milliards mis sur la table":
    a bare number of billions in a text whose amounts are all in one currency is an amount in it; a bare
    number of millions stays a count ("3 millions" could be of people)."""
    text = (
        "Le programme coûtera 10 $ par jour aux parents. Le budget réservait 27,2 milliards sur cinq ans.\n\n"
        "La province a obtenu les 10,2 milliards mis sur la table, et 3 millions ont signé."
    )
    assert keys(text, "fr", "CAD") == [
        (10, "money", "CAD"),
        (27_200_000_000, "money", "CAD"),
        (5, "duration", "years"),
        (10_200_000_000, "money", "CAD"),
        (3_000_000, "count", None),
    ]


def test_the_year_whose_money_an_amount_is_counted_in_is_no_amount():
    """Construction: "$2.3 billion in 2021 dollars", "$5 billion (2015 dollars)": the year of the currency an
    amount is adjusted to; "paid 2021 dollars" stays an amount."""
    assert keys("The storm cost $2.3 billion in 2021 dollars.", "en") == [(2_300_000_000, "money", "USD")]
    assert keys("It cost $5 billion (2015 dollars).", "en") == [(5_000_000_000, "money", "USD")]
    assert keys("He paid 2021 dollars for it.", "en") == [(2021, "money", "USD")]


def test_what_people_had_to_undergo_is_their_fate():
    """Construction: "dont au moins six ont dû être transportés à l'hôpital": what the people had to undergo,
    "être" between the auxiliary and the fate."""
    assert keys(
        "Quelque 30 personnes ont été blessées, dont au moins quatre ont dû être transportées à l'hôpital.",
        "fr",
    ) == [(30, "count", "injury"), (4, "count", "injury")]


def test_a_fate_said_six_words_on():
    """Construction: "105 people were still thought to be missing": the fate after five words of auxiliaries
    and hedges."""
    assert keys("At least 105 people were still thought to be missing.", "en") == [(105, "count", "missing")]


def test_crowns_are_the_currency_of_the_country_named_most():
    """Constructions: "11 million kronor" (the Swedish plural), "11 millions de couronnes" in a report on the
    Nobel prizes that names Oslo once (the peace prize) and Stockholm and the Nobel Foundation more: Swedish
    crowns; "159 billion crowns" in a report on a Norwegian company stay kroner."""
    text = (
        "The Nobel Foundation in Stockholm raised the prize to 11 million crowns. The peace prize is handed out "
        "in Oslo. Sweden's economy has weakened the crown."
    )
    assert keys(text, "en") == [(11_000_000, "money", "SEK")]
    assert keys("Each laureate receives 11 million kronor.", "en") == [(11_000_000, "money", "SEK")]
    assert keys("Equinor, the Norwegian group, earned 159 billion crowns.", "en") == [
        (159_000_000_000, "money", "NOK")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound of a baby's or a child's age in months
        (
            "Dix enfants ont été hospitalisés, dont quatre enfants de moins de 3 mois.",
            [(10, "count", "hospitalised"), (4, "count", "child"), (3, "age", "months")],
        ),
        # occupations and groups the lexicon lacked: a docker, a lorry driver, a guard, the over-65s
        ("Un docker de 24 ans a été mis en examen.", [(24, "age", None)]),
        ("Un vigile de 52 ans a été blessé.", [(52, "age", None)]),
        ("La hausse est forte chez les seniors de 70 ans et plus.", [(70, "age", None)]),
        # a contract's months stay a span
        ("Il a signé un contrat de 6 mois.", [(6, "duration", "months")]),
    ],
)
def test_french_ages_of_people_named_by_what_they_do_or_a_bound(text: str, expected: list[tuple]) -> None:
    """Constructions: "dont 51 enfants de moins de 6 mois", "un docker de 22 ans", "les seniors de 65 ans et
    plus": ages, not spans."""
    assert keys(text, "fr") == expected


def test_a_count_quoted_without_its_noun_counts_the_noun_after_the_quote():
    """Construction: "« cinq à dix » autres passagers étaient toujours portés disparus": the words of the
    authorities quoted, the noun (and the fate) after the closing quote; a quoted title stays no count."""
    assert keys("Selon eux, « trois à six » autres passagers étaient toujours portés disparus.", "fr") == [
        (3, "count", "missing"),
        (6, "count", "missing"),
    ]
    assert keys("Le film « Trois » a attiré 200 spectateurs.", "fr") == [(200, "count", "spectator")]


def test_registered_voters_are_voters():
    """Construction: "1.38 million registered voters" against "Sur les 1 300 000 inscrits": the electorate
    counted in both versions, its two values disputed."""
    en = extract_figures("Some 1.38 million registered voters were called to the polls.", "en")
    fr = extract_figures("Sur les 1 300 000 inscrits, peu se sont déplacés.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(1_380_000, 1_300_000)]


def test_two_estimates_of_an_amount_joined_by_or_share_the_second_ones_scale():
    """Construction: "lifts his salary to €35 or €45 million", "$3 or $4 billion": two estimates, the scale said
    once after the second; "$5 or $6 for a coffee" has none."""
    assert keys("The bonus lifts his pay to €35 or €45 million.", "en") == [
        (35_000_000, "money", "EUR"),
        (45_000_000, "money", "EUR"),
    ]
    assert keys("He paid $5 or $6 for a coffee.", "en") == [(5, "money", "USD"), (6, "money", "USD")]


def test_ages_said_of_two_at_once_or_with_a_time_word():
    """Constructions: "The two pandas, both 17, were to stay" (the age each has, set off by commas), "Huan Huan,
    âgée de bientôt 9 ans" (a time word between "âgée de" and the age)."""
    assert keys("The two pandas, both 15, were to stay until 2027.", "en") == [(15, "age", None)]
    assert keys("They were friends since childhood and both 26, and travelled.", "en") == [(26, "age", None)]
    assert keys("La femelle, âgée de bientôt 8 ans, est arrivée.", "fr") == [(8, "age", None)]


def test_a_count_compared_after_a_span_is_no_span():
    """Construction: "more than 42,000 complaints a year in the past three years, compared with around
    12,000": the count is compared, no span of 12,000 years; "39 ans contre presque 36" stays a span."""
    assert keys(
        "It received 40,000 complaints a year in the past three years, compared with around 11,000 before.",
        "en",
    ) == [(40_000, "count", "complaint"), (3, "duration", "years"), (11_000, "count", None)]
    assert keys("Il a régné 39 ans contre presque 36 pour son rival.", "fr") == [
        (39, "duration", "years"),
        (36, "duration", "years"),
    ]


def test_people_counted_by_their_age_are_the_young_or_people():
    """Construction: "A total of 130,000 17-year-olds will be sent the letter" against "170.000 jeunes de 17
    ans": the count is of the young, its age said as the noun; "300 65-year-olds" are people."""
    assert keys("A total of 120,000 17-year-olds will get a letter.", "en") == [
        (120_000, "count", "youth"),
        (17, "age", None),
    ]
    assert keys("About 300 65-year-olds took part.", "en") == [(300, "count", "person"), (65, "age", None)]


def test_fines_counted_are_no_sum():
    """Constructions: "Fixed cameras produced 14.2 million fines", "two million fewer fines" (the plural right
    after the number: tickets counted) against "14,1 millions de contraventions", one count disputed; "€2.1
    million in fines" stays a sum."""
    en = extract_figures(
        "Cameras brought in €880 million. Cameras produced 13.2 million fines, two million fewer fines.", "en"
    )
    assert [(f.value, f.kind, f.unit) for f in en] == [
        (880_000_000, "money", None),
        (13_200_000, "count", "fine"),
        (2_000_000, "count", "fine"),
    ]
    fr = extract_figures(
        "Les radars ont rapporté 880 millions d'euros et 13,1 millions de contraventions.", "fr"
    )
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(13_200_000, 13_100_000)]
    assert keys("Regulators imposed €2.1 million in fines.", "en") == [(2_100_000, "money", "EUR")]


def test_bankruptcies_are_one_noun_in_both_languages_and_of_companies():
    """Constructions: "almost 2,000 bankruptcies" against "1.923 faillites" (one noun in two languages, its
    estimate disputed by the count), "more than 2,800 companies going bust" against "2.821 faillites" (the
    companies are the bankruptcies)."""
    en = extract_figures("There were almost 2,000 bankruptcies in Flanders.", "en")
    fr = extract_figures("La Flandre a compté 1.923 faillites.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(2000, 1923)]
    en = extract_figures("More than 2,800 companies went bust in Brussels.", "en")
    fr = extract_figures("Bruxelles a compté 2.821 faillites.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(2800, 2821)]


def test_roles_and_layoffs_are_jobs():
    """Construction: "it will cut 500 roles" against "500 suppressions" (de postes): jobs cut, one count in both
    versions; "4.814 licenciements" and "redundancies" are jobs too."""
    en = extract_figures("The broadcaster will cut 400 roles this year.", "en")
    fr = extract_figures("Le groupe annonce 400 suppressions de postes.", "fr")
    result = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in result.matched] == [(400, 400)]
    assert keys("Il y a eu 4.814 licenciements.", "fr") == [(4814, "count", "job")]


def test_a_race_time_told_to_the_minute_is_the_time_told_to_the_second():
    """Construction: "finished in 64 days, 19 hours and 22 minutes" against "en 64 jours, 19 heures, 22 minutes et 49 secondes": one time,
    its seconds left off by one version, neither disputed nor flagged; "2:02:44" against "2h02min43s" stays disputed."""
    en = extract_figures("The skipper finished in 64 days, 19 hours and 22 minutes.", "en")
    fr = extract_figures(
        "Le skipper a bouclé son tour en 64 jours, 19 heures, 22 minutes et 49 secondes.", "fr"
    )
    result = compare_figures(en, fr)
    assert (result.conflicts, result.only_en, result.only_fr) == ([], [], [])
    en = extract_figures("He won in 2:02:44.", "en")
    fr = extract_figures("Il a gagné en 2h02min43s.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(122.733, 122.717)]


def test_an_older_years_event_and_the_age_someone_does_something_at():
    """Constructions: "the anniversary of the 1896 death of Alfred Nobel" (an older year before a singular
    noun, as "the 2015 attacks" is a year), "who at 97 becomes the oldest laureate" (the age then, its verb no
    noun counted); "The 1500 soldiers left" and "the index, which at 97 was stable" stay counts."""
    assert keys("It marks the anniversary of the 1887 death of the chemist.", "en") == []
    assert keys("The 1500 soldiers left.", "en") == [(1500, "count", "soldier")]
    assert keys("Dr Hale, who at 96 becomes the oldest laureate, shares the prize.", "en") == [
        (96, "age", None)
    ]
    assert keys("The index, which at 97 was stable, rose.", "en") == [(97, "count", None)]


def test_a_single_decade_in_words_is_background_not_flagged():
    """Construction: "still above the levels seen for most of the past decade", "depuis une décennie": a
    report's background, not a figure its other version misses; "doubled in two decades" is still flagged."""
    fr = extract_figures("Les salaires ont augmenté de 2 %.", "fr")
    en = extract_figures("Inflation stays above the levels of the past decade. Pay rose 2%.", "en")
    assert compare_figures(en, fr).only_en == []
    en = extract_figures("Prices doubled in two decades. Pay rose 2%.", "en")
    assert [f.text for f in compare_figures(en, fr).only_en] == ["two decades"]


def test_things_counted_per_period_with_a_slash_are_counts():
    """Construction: "en moyenne 3 600 voitures/jour", "1,700 trucks/day": a count of things each day, written
    with a slash, is the count of those things; a measure's slash ("90 km/h", "50 tonnes/jour") stays no
    count."""
    assert keys("On compte en moyenne 3 200 voitures/jour dans le tunnel.", "fr") == [(3200, "count", "car")]
    assert keys("About 1,900 trucks/day cross the pass.", "en") == [(1900, "count", "truck")]
    assert keys("Le convoi roule à 80 km/h.", "fr") == []
    assert keys("L'usine produit 40 tonnes/jour.", "fr") == []


def test_bare_billions_take_the_currency_nearly_all_amounts_are_in():
    """Construction: a reinsurer's yearly losses in dollars ("115 milliards de dollars", then bare "3,7
    milliards", "4 milliards") beside one country's share in euros ("5 milliards d'euros"), then a paragraph on
    "la barre des 100 milliards": that is in dollars too. Amounts split between two currencies leave it a
    count."""
    text = (
        "Le réassureur évalue les dommages assurés de l'année à 108 milliards de dollars.\n\n"
        "Le cyclone Mira en représente à lui seul 42 milliards de dollars.\n\n"
        "La tempête d'hiver a coûté 2,9 milliards, les crues du Queensland 3 milliards. En Belgique, les "
        "assureurs ont payé 4 milliards d'euros.\n\n"
        "Le cap des 100 milliards est franchi pour la troisième fois. L'an dernier, le total était de 97 "
        "milliards."
    )
    assert keys(text, "fr")[-2:] == [(100_000_000_000, "money", "USD"), (97_000_000_000, "money", "USD")]
    split = text.replace("2,9 milliards, les crues", "2,9 milliards d'euros, les crues").replace(
        "3 milliards.", "3 milliards d'euros."
    )
    assert keys(split, "fr")[-1] == (97_000_000_000, "count", None)


def test_a_range_written_entre_x_a_y_shares_its_amounts_currency():
    """Construction: "chiffre les pertes entre 50 à 65 milliards" ("entre ... à", not "entre ... et"), its
    second end made an amount by the text's amounts: the range's first end is one too, in that currency."""
    text = (
        "Le réassureur évalue les dommages de l'année à 108 milliards de dollars.\n\n"
        "Selon la note diffusée mardi, les pertes du cyclone Mira se situeraient entre 35 à 48 milliards.\n\n"
        "La tempête a coûté 2,9 milliards. En Belgique, les assureurs ont payé 4 milliards d'euros."
    )
    assert keys(text, "fr")[1:3] == [(35_000_000_000, "money", "USD"), (48_000_000_000, "money", "USD")]


def test_a_bracketed_m_is_millions_in_a_french_text_of_millions():
    """Construction: "13,5 millions de spectateurs, soit une baisse de 7 % par rapport à 2023 (14,6 M)": the
    letter M in brackets is the millions the text counts in."""
    text = "Les cinémas ont accueilli 12,5 millions de spectateurs, en baisse de 7 % par rapport à 2023 (13,4 M)."
    assert (13_400_000, "count", "spectator") in keys(text, "fr")


def test_a_carmakers_numbered_model_is_no_count():
    """Construction: a list of the most stolen cars ("Peugeot 3008 : 1 181 vols en 2023"), "la Fiat 500", "a
    Tesla Model 3": the model's number is no figure; the count after it is."""
    assert [value for value, _, _ in keys("Les plus volées : Peugeot 2008 : 1 204 vols en 2023.", "fr")] == [
        1204
    ]
    assert keys("She drove a Fiat 500 and a Tesla Model 3.", "en") == []
    assert keys("Renault sold 500 cars.", "en") == [(500, "count", "car")]


def test_fahrenheit_misspelt_and_a_glued_letter_o_for_degrees():
    """Constructions: "au-dessus des 100° Farenheit (37,7°C)" (the degree sign, then the scale's name misspelt)
    is a reading in Fahrenheit; "30° Celsius" stays one in Celsius."""
    assert keys("La bouée est restée au-dessus des 99° Farenheit (37,2°C).", "fr") == [
        (99, "temperature", "F"),
        (37.2, "temperature", "C"),
    ]
    assert keys("It hit 102 degrees Farenheit.", "en") == [(102, "temperature", "F")]
    assert keys("Il fait 30° Celsius.", "fr") == [(30, "temperature", "C")]


def test_an_amount_given_de_la_part_of_someone_is_an_amount():
    """Construction: "40 milliards d'euros apportés par les Émirats, ainsi que 20 milliards de la part du fonds
    canadien": "de la part de" says who gives the sum, not what a count counts."""
    text = "Le plan comprend 35 milliards d'euros apportés par le Qatar, ainsi que 12 milliards de la part d'un fonds."
    assert keys(text, "fr")[1] == (12_000_000_000, "money", "EUR")


def test_an_amounts_start_said_without_its_scale_above_where_it_went():
    """Construction: "leur coût est passé de 9 à 7 milliards de dollars", "fell from $8 to $6 billion": the
    amount it went from is in the scale it went to, though larger; "passé de 500 à 2 millions d'euros" is not."""
    assert keys("Leur coût est passé de 8 à 6 milliards de dollars.", "fr") == [
        (8_000_000_000, "money", "USD"),
        (6_000_000_000, "money", "USD"),
    ]
    assert keys("The bill fell from $8 to $6 billion.", "en")[0] == (8_000_000_000, "money", "USD")
    assert keys("Le prix est passé de 400 à 2 millions d'euros.", "fr")[0] == (400, "money", "EUR")


def test_a_verb_in_s_after_and_is_no_second_noun_of_the_count():
    """Construction: "supports 57,000 jobs and adds more than $6.4 billion": "adds" is a verb with its object,
    not a second noun counted with the jobs ("40 students and teachers" still counts both)."""
    assert keys("The firm supports 41,000 jobs and adds more than $2 billion to the economy.", "en")[0] == (
        41000,
        "count",
        "job",
    )
    assert keys("More than 40 students and teachers were hurt.", "en") == [
        (40, "count", "student and teachers")
    ]


def test_a_disaster_victim_of_n_ans_is_an_age():
    """Construction: "confie la sinistrée de 66 ans": the person a disaster struck, of that age; "le rescapé de
    40 ans" too."""
    assert keys("C'est dur, confie la sinistrée de 71 ans, qui ne sait où aller.", "fr") == [
        (71, "age", None)
    ]
    assert keys("Le rescapé de 43 ans a été soigné.", "fr") == [(43, "age", None)]


def test_the_years_an_average_is_taken_over_are_no_figure():
    """Construction: "still short of the 10-year average of $202 billion", "above the five-year average", "la
    moyenne sur cinq ans": how the average is taken, not a span the story reports; "a 10-year deal" stays a
    duration."""
    assert keys("Losses stay below the 10-year average of $195 billion.", "en") == [
        (195_000_000_000, "money", "USD")
    ]
    assert keys("Rainfall was above the five-year average.", "en") == []
    assert keys("The club signed a 10-year deal.", "en") == [(10, "duration", "years")]
    assert keys("Comparée à la moyenne sur cinq ans, la hausse est de 7 %.", "fr") == [(7, "percent", None)]
    assert keys("C'est au-dessus de la moyenne des dix dernières années.", "fr") == []


def test_one_unit_after_which_something_happened_is_a_duration():
    """Construction: "the university eventually paid after a week", as "au bout d'une semaine" says it; "after
    a year in office" stays no figure."""
    assert keys("The hospital eventually paid after a week.", "en") == [(1, "duration", "weeks")]
    assert keys("After a year in office, she left.", "en") == []


def test_french_vols_in_a_text_on_thefts_are_thefts():
    """Construction: "Au total, 70 649 vols ont été comptabilisés" in a report on stolen cars: "vols" are
    thefts there; in a report on an airline they stay flights."""
    text = "Les voleurs ciblent les SUV. Au total, 61 204 vols ont été comptabilisés en 2023."
    assert keys(text, "fr")[0] == (61204, "count", "theft")
    airline = "La compagnie aérienne a annulé 1 204 vols en 2023."
    assert keys(airline, "fr")[0] == (1204, "count", "flight")


def test_the_value_a_count_changed_from_in_words_is_a_count():
    """Construction: "six hunters died, a drop from eight the previous year", "contre huit en 2022": the value
    before, in words, is a count as "from 8" is; "came from three countries" is what it was before."""
    assert keys("Five hunters died this season, a drop from nine the previous year.", "en") == [
        (5, "count", "death"),
        (9, "count", None),
    ]
    assert (9, "count", None) in keys("Il y a eu cinq morts, contre neuf en 2022.", "fr")


def test_a_bare_scaled_number_converted_in_brackets_is_an_amount():
    """Construction: "la rémunération ... a progressé de 8 %, passant de 9,6 millions (6,3 millions d'euros) à
    10,4 millions": a bare scaled number whose conversion into another currency follows in brackets is an
    amount, in the text's currency."""
    text = (
        "Les patrons ont touché 11,2 millions de dollars canadiens en moyenne.\n\n"
        "Leur paie a progressé de 6 %, passant de 10,5 millions (7,1 millions d'euros) à 11,2 millions."
    )
    assert (10_500_000, "money", "CAD") in keys(text, "fr")


def test_a_wait_in_months_and_weeks_is_one_span_in_months():
    """Construction: "pour un total d'1 mois et 3 semaines", "two months and two weeks": one wait, in months,
    each week a quarter of one as people count them; "2 months, and 3 weeks for others" stays two spans."""
    assert keys("Il faut attendre 1 mois et 3 semaines.", "fr") == [(1.75, "duration", "months")]
    assert keys("Patients waited two months and two weeks.", "en") == [(2.5, "duration", "months")]
    assert keys("Waits were 2 months, and 3 weeks for others.", "en") == [
        (2, "duration", "months"),
        (3, "duration", "weeks"),
    ]


def test_the_age_a_right_opens_at_is_an_age():
    """Construction: "une majorité numérique de 14 ans", "l'âge minimal de 13 ans": the age from which a law
    lets children open an account."""
    assert keys("Le rapport propose une majorité numérique de 15 ans.", "fr") == [(15, "age", None)]
    assert keys("Il fixe un âge minimal de 13 ans.", "fr") == [(13, "age", None)]


def test_a_large_number_of_places_after_a_is_a_count_not_a_descriptor():
    """Construction: "l'objectif est fixé à 40.000 places" (a stadium's seats) counts them; "une voiture à 5
    places" and "une route à quatre voies" describe a thing; "la place de N.1 mondiale" is a rank."""
    assert keys("L'objectif est fixé à 38.000 places.", "fr") == [(38000, "count", "places")]
    assert keys("Il conduit une voiture à 5 places sur une route à quatre voies.", "fr") == []
    assert keys("La Belgique occupe la place de N.1 mondiale.", "fr") == []


def test_takings_called_recettes_are_revenue_not_profit():
    """Construction: "le commerce de détail a dégagé des recettes de 17,3 milliards" against "net profit rose to
    17.5 billion francs": takings and a profit, two amounts, no dispute."""
    en = extract_figures("Its net profit rose to 17.5 billion francs.", "en")
    fr = extract_figures("Le commerce a dégagé des recettes de 17,3 milliards de francs.", "fr")
    assert [f.subject for f in en + fr] == ["profit", "revenue"]
    assert compare_figures(en, fr).conflicts == []


def test_a_value_compared_past_a_restatement_in_brackets_and_its_list():
    """Construction: "l'attente grimpe à 131 jours (plus de 4 mois), contre 114 chez un dermatologue et 112 chez
    un gynécologue": the bare values compared take the span before the bracketed restatement, and the list
    after "et" goes on in it."""
    text = "L'attente atteint 127 jours (plus de 4 mois), contre 109 chez un dermatologue et 98 chez un pédiatre."
    assert keys(text, "fr")[2:] == [(109, "duration", "days"), (98, "duration", "days")]


def test_a_sum_paid_in_total_and_a_number_restated_as_a_sum_are_amounts():
    """Constructions: "la Ville s'apprête à débourser au total 4,3 millions" (the whole said between the verb
    and the sum), "pour un total de 164 394 098, somme à laquelle s'ajouteront des intérêts" (the number called
    a sum right after it), in a Canadian publisher's text."""
    text = "La Ville s'apprête à débourser au total 3,8 millions pour dédommager des personnes."
    assert extract_figures(text, "fr", dollar="CAD")[0].kind == "money"
    text = "Chacun recevra 6000$, pour un total de 151 208 310, somme à laquelle s'ajoutent des intérêts."
    assert [(f.value, f.kind) for f in extract_figures(text, "fr", dollar="CAD")] == [
        (6000, "money"),
        (151208310, "money"),
    ]
    assert extract_figures("Il y a 151 208 310 habitants.", "fr", dollar="CAD")[0].kind == "count"


def test_centimes_are_never_the_cents_of_a_dollar_converted_beside():
    """Construction: "a typical household will pay CHF 1,140 ($1,290) ... 32.14 centimes per kWh": the
    centimes are the Swiss franc's, not the dollar of the conversion nearest to them."""
    text = "A household will pay CHF 1,140 ($1,290) a year. A kilowatt hour will cost 27.31 centimes."
    assert [(f.text, f.currency) for f in extract_figures(text, "en")][-1] == ("27.31 centimes", "CHF")


def test_the_size_defining_a_class_of_places_is_no_figure():
    """Construction: "les centres urbains canadiens de 10 000 habitants ou plus", "(10 000 à 99 999
    habitants)", "in towns of more than 5,000 people": the size that defines the places a statistic covers;
    "une ville de 6 000 habitants" (one town's population) stays a count."""
    assert keys(
        "Pour les centres urbains canadiens de 20 000 habitants ou plus, la baisse est de 2 %.", "fr"
    ) == [(2, "percent", None)]
    assert keys("Dans les petits centres (10 000 à 49 999 habitants), elle recule de 8 %.", "fr") == [
        (8, "percent", None)
    ]
    assert keys("In towns of more than 5,000 people, rents rose 4%.", "en") == [(4, "percent", None)]
    assert [v for v, _, _ in keys("Mégantic, une ville de 6 000 habitants, a été touchée.", "fr")] == [6000]


def test_a_vote_tally_after_the_bill_is_no_bills_number():
    """Construction: "Senators backed the bill 34 votes to 19": the number after "bill" is the tally, its
    votes said after it; "Bill 96 was adopted" names a bill."""
    assert keys("Senators backed the bill 41 votes to 12.", "en")[0] == (41, "count", "vote")
    assert keys("Bill 96 was adopted.", "en") == []


def test_concerns_a_report_lists_are_no_count():
    """Construction: "industrial espionage and sabotage, two major concerns", "deux préoccupations majeures":
    what a report worries about, not a count of anything."""
    assert keys("Espionage and sabotage, two major concerns, remain.", "en") == []
    assert keys("Deux préoccupations majeures demeurent : l'espionnage et le sabotage.", "fr") == []


def test_a_persons_noun_and_what_the_person_belongs_to_before_an_age():
    """Construction: "un ancien technicien informatique du gouvernement canadien de 35 ans": the person's noun,
    then the body the person works for, then the age; "une peine de prison ferme de 5 ans" stays a term."""
    text = "Il est un ancien analyste financier du ministère fédéral de 41 ans."
    assert keys(text, "fr") == [(41, "age", None)]
    assert keys("Il écope d'une peine de prison ferme de 5 ans.", "fr") == [(5, "duration", "years")]


def test_under_and_over_an_age_in_the_plural_are_ages():
    """Construction: "the law bans under-16s from social media", "the over-65s were vaccinated first": people
    below or above an age, the age a figure as "les moins de 16 ans" is; "the 1990s" stays a decade."""
    assert keys("The law bans under-15s from the apps.", "en") == [(15, "age", None)]
    assert keys("The over-70s were vaccinated first.", "en") == [(70, "age", None)]
    assert keys("In the 1990s, prices rose.", "en") == []


def test_an_age_said_by_its_decade_holds_the_ages_of_that_decade():
    """Construction: "Assoun, now in his mid 60s" against "64 ans", "in his late twenties" against "28 ans": an
    age said by its decade of life (about its first year) disputes no age inside the decade; "a 30-year-old"
    against "52 ans" is still disputed."""
    en = extract_figures("The man, now in his mid 60s, was freed.", "en")
    fr = extract_figures("L'homme, qui a 63 ans, a été libéré.", "fr")
    assert compare_figures(en, fr).conflicts == []
    en = extract_figures("The surfer, in his late twenties, died.", "en")
    fr = extract_figures("Le surfeur, âgé de 27 ans, est mort.", "fr")
    assert compare_figures(en, fr).conflicts == []


def test_a_french_sites_quebec_style_millions_of_dollars_are_american_outside_canada():
    """Construction: a Moroccan site's title "a mobilisé 100 M$", then "plus de 106 millions de dollars": the
    letter before the sign is how Quebec writes millions, but a publisher in a French-speaking country other than
    Canada counts American dollars."""
    text = "Le roi a mobilisé 100 M$. Leur valeur atteint plus de 106 millions de dollars."
    assert article_dollar(text, "Le Quotidien du Port", "https://www.example.ma/x", lang="fr") == "USD"
    assert article_dollar(text, "", "https://www.example.info/x", lang="fr") == "CAD"


def test_a_span_in_hours_and_minutes_with_the_minutes_unit_is_a_duration():
    """Construction: "from 4 h 10 min today to 3 h 15 min", "Bordeaux-Toulouse in 1 h 5 min": a journey time
    with its minutes' unit, which a time of day never has, needs no "pendant" or "de trajet" to be a span
    (in minutes); "à 13 h 45" stays a time of day."""
    text = "The trip will fall from 4 h 10 min today to 3 h 15 min, and the trip to Agen to 1 h 5 min."
    assert keys(text, "en") == [
        (250, "duration", "minutes"),
        (195, "duration", "minutes"),
        (65, "duration", "minutes"),
    ]
    assert keys("Le trajet prendra 2h 30min.", "fr") == [(150, "duration", "minutes")]
    assert keys("Le train part à 13 h 45.", "fr") == []


def test_an_evening_hour_with_a_point_before_its_day_is_a_time_of_day():
    """Construction: "crews reached the scene at about 21.30 yesterday": an hour of the 24-hour clock written
    with a point, before the day it was, counts nothing; "closed at 13.50 on Friday" may be a price."""
    assert keys("Crews reached the scene at about 21.30 yesterday, and two buildings had fallen.", "en") == [
        (2, "count", "building")
    ]
    assert keys("The first call came at 22.05 last night.", "en") == []


def test_street_numbers_from_one_to_another_count_nothing():
    """Construction: "les habitants des numéros 97 à 103A": the buildings of a street by their numbers."""
    assert keys("L'explosion a frappé les habitants des numéros 97 à 103A sur la place.", "fr") == []
    assert keys("Il y a eu 97 blessés aux numéros 3 et 5.", "fr") == [(97, "count", "injury")]


def test_an_age_after_de_and_a_hedge_is_an_age():
    """Construction: "un Uruguayen de seulement 19 ans", "un étudiant de presque 18 ans": the person's noun,
    "de", a hedge, then the age; "une peine de seulement 2 ans" stays a term."""
    assert keys("Il cite Ezequiel, un Uruguayen de seulement 19 ans.", "fr") == [(19, "age", None)]
    assert keys("Le suspect est un étudiant de presque 18 ans.", "fr") == [(18, "age", None)]
    assert keys("Une peine de seulement 2 ans a été prononcée.", "fr") == [(2, "duration", "years")]


def test_an_average_age_after_a_verb_or_a_hedge_is_an_age():
    """Constructions: "une moyenne d'âge dépassant les 17 ans", "an average age of more than 17 years": a
    fleet's or a group's average age, a verb or a hedge between."""
    assert keys("Ces avions ont une moyenne d'âge dépassant les 17 ans.", "fr") == [(17, "age", None)]
    assert keys("The fleet has an average age of more than 17 years.", "en") == [(17, "age", None)]
    assert keys("Une peine dépassant les 17 ans.", "fr") == [(17, "duration", "years")]


def test_compensation_in_millions_is_a_sum_in_a_money_text():
    """Construction: "réclame plus de 1,13 milliard d'indemnisations", "versé 3,8 millions d'indemnités": what
    is paid to make good a loss, in the currency of the text's amounts."""
    text = (
        "Le fonds de 250 millions de dollars est épuisé. Le recours réclame 1,13 milliard d'indemnisations."
    )
    assert keys(text, "fr", "CAD") == [(250_000_000, "money", "CAD"), (1_130_000_000, "money", "CAD")]


def test_a_bare_amount_after_a_hedged_conversion_is_in_the_converted_currency():
    """Construction: "100 milliards de dollars (plus de 88 milliards d'euros), dont au moins huit milliards":
    the conversion in brackets opens on a hedge, and the bare part that follows is of the amount reported, in
    dollars."""
    text = (
        "La banque gérait 100 milliards de dollars (plus de 88 milliards d'euros), dont au moins huit milliards"
        " liés à des clients."
    )
    assert keys(text, "fr") == [
        (100_000_000_000, "money", "USD"),
        (88_000_000_000, "money", "EUR"),
        (8_000_000_000, "money", "USD"),
    ]


def test_a_figure_said_at_the_time_of_a_year_named_before_is_that_years():
    """Construction: "When Quebec scrapped the permits in October 2019 ... The government paid holders a total
    of $800 million at the time" against "en 2019, Québec avait accordé une compensation totale de 874
    millions": "at the time" closing the sentence dates its amount to the year the sentence before named, so
    the two amounts of 2019 dispute each other."""
    en = extract_figures(
        "When Quebec scrapped the permits in October 2019, they lost their value. The government paid holders a"
        " total of $800 million at the time. A court now awards $143 million.",
        "en",
        "CAD",
    )
    assert [(f.value, f.year) for f in en if f.kind == "money"] == [(800_000_000, 2019), (143_000_000, None)]
    fr = extract_figures(
        "En 2019, Québec avait accordé aux titulaires une compensation totale de 874 millions de dollars.",
        "fr",
        "CAD",
    )
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(800_000_000, 874_000_000)]


def test_counts_of_airliners_by_model_in_french_digits():
    """Constructions: "sa flotte long-courrier compte 25 777 et 38 787" (counts, then the Boeing model each
    counts, which French thousands grouping would read as 25,777) and "des 787 ou des A350" (a model beside a
    rival's): the counts are planes, the models no figures; "25 777 habitants" stays one number."""
    text = "Le reste de sa flotte long-courrier compte 25 777 et 38 787, tous livrés avant 2020."
    assert keys(text, "fr") == [(25, "count", "plane"), (38, "count", "plane")]
    assert keys("La compagnie prendra 25 long-courriers, des 787 ou des A350.", "fr") == [
        (25, "count", "long-courriers")
    ]
    assert keys("La ville compte 25 777 habitants.", "fr") == [(25_777, "count", "resident")]


def test_an_amount_something_is_reduced_by_is_a_change():
    """Construction: "the envelope, fixed at €5.9 billion, is now being reduced by €742 million" against "une
    baisse de 800 millions d'euros": each a cut, not a level, so the two cuts dispute each other and the level
    disputes neither."""
    en = extract_figures(
        "The aid envelope had been fixed at €5.9 billion, but it is now being reduced by €742 million.", "en"
    )
    assert [(f.value, f.change) for f in en] == [(5_900_000_000, False), (742_000_000, True)]
    fr = extract_figures("Le ministre a annoncé une baisse de 800 millions d'euros de l'aide.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(742_000_000, 800_000_000)]


def test_the_noun_after_an_amount_says_what_it_is():
    """Constructions: "a 3,200 euro fine", "a €4.1 billion EU antitrust fine", "400 euros d'amende", "a
    $90-billion contract": what the amount is, named after it. Each version's one fine is then one quantity,
    disputed however far apart (within a toll's ratio), and the other amounts dispute nothing."""
    subjects = [
        (f.value, f.subject)
        for text, lang in (
            ("He got a 3,200 euro fine and a €4.1 billion EU antitrust fine.", "en"),
            ("Il a écopé de 400 euros d'amende.", "fr"),
            ("Canberra tore up a $90-billion contract; it paid $5 million to settle fines.", "en"),
        )
        for f in extract_figures(text, lang)
        if f.kind == "money"
    ]
    assert subjects == [
        (3200, "fine"),
        (4_100_000_000, "fine"),
        (400, "fine"),
        (90_000_000_000, "contract"),
        (5_000_000, None),
    ]
    en = extract_figures("The officer got a 3,200 euro fine. The family asked for 150,000 euros.", "en")
    fr = extract_figures(
        "Le policier a écopé d'une amende de 1 600 euros. La famille réclamait 300 000 euros.", "fr"
    )
    c = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in c.conflicts] == [(3200, 1600)]


def test_a_span_in_centuries_is_counted_in_years():
    """Construction: "a town that had stood for eight centuries", "depuis près de huit siècles": a span of
    centuries, 800 years, as "three decades" is 30; "un siècle plus tard" (a century, said of any long while)
    stays no figure."""
    assert keys("The lava reached a town that had stood for eight centuries.", "en") == [
        (800, "duration", "years")
    ]
    assert keys("Une première depuis près de huit siècles.", "fr") == [(800, "duration", "years")]
    assert keys("Un siècle plus tard, l'épave a été retrouvée.", "fr") == []


def test_a_short_number_after_a_call_is_a_number_to_dial():
    """Construction: "par simple appel au 3975", "les appels du 911": the number called, no count; "3975
    appels" counts calls."""
    assert keys("On peut s'inscrire au fichier par simple appel au 3975.", "fr") == []
    assert keys("Il y a eu 3975 appels.", "fr") == [(3975, "count", "call")]


def test_an_evening_hour_with_a_point_before_a_weekday_is_a_time_of_day():
    """Construction: "the action got under way at 22.00 on Sunday": the 24-hour clock with a point, then the
    day it was."""
    assert keys("The unions said the action got under way at 22.00 on Sunday.", "en") == []


def test_the_euro_written_glued_before_a_scaled_amount():
    """Construction: "sales reached Euro20.4bn", "a Euro220m charge": the euro as some trade papers write it,
    glued to the digits before the scale; "Euro2020", a tournament, stays no amount."""
    assert keys("Sales reached Euro20.4bn, and EBITDA rose to Euro2.07bn.", "en") == [
        (20_400_000_000, "money", "EUR"),
        (2_070_000_000, "money", "EUR"),
    ]
    assert keys("The Euro2020 final was played in London.", "en") == []


def test_an_age_after_people_and_the_word_age():
    """Construction: "people age 65 and older", "children age 12 and under": an age threshold written without
    "aged"."""
    assert keys("Medicare covers people age 65 and older.", "en") == [(65, "age", None)]
    assert keys("Children age 12 and under ride free.", "en") == [(12, "age", None)]


def test_the_size_of_a_march_or_a_rally_is_a_count():
    """Construction: "joined a 400-strong march in Limoges", "a 2,000-strong rally": the crowd counted, as "a
    3,000-strong crowd" is; "the 27-strong bloc" (a body's size) stays no figure."""
    assert keys("He joined a 400-strong march in Limoges.", "en") == [(400, "count", "march")]
    assert keys("The 27-strong bloc met on Monday.", "en") == []


def test_french_teens_written_without_their_hyphen():
    """Construction: "Dix huit décès ont été recensés", "dix sept blessés": seventeen to nineteen written as two
    words, one number; "Ils étaient dix, huit sont morts" stays two."""
    assert keys("Dix huit décès ont été recensés.", "fr") == [(18, "count", "death")]
    assert keys("Il y a dix sept blessés.", "fr") == [(17, "count", "injury")]
    assert [k[0] for k in keys("Ils étaient dix, huit sont morts.", "fr")] == [10, 8]


def test_digits_in_the_name_of_a_body_or_a_programme():
    """Construction: "Leecraso of 360 Vulnerability Research Institute", "the Microsoft Dynamics 365 Bounty
    Program": digits inside a name, capitalised words up to the word that names a body or a programme; "40
    Investment Funds" and a title's "Storm Kills 12 People" stay counts."""
    assert keys("Leecraso of 360 Vulnerability Research Institute led the list.", "en") == []
    assert keys("The Dynamics 365 Bounty Program opened in July.", "en") == []
    assert keys("The firm manages 40 Investment Funds.", "en") == [(40, "count", "funds")]


def test_millions_and_thousands_spelled_out_are_one_number():
    """Construction: "28 million 870 thousand 328 voters", "6 millions 314 mille votes": one count, its scales
    spelled out between its groups, as some translated wires write a vote."""
    assert keys("Turnout was high, with 28 million 870 thousand 328 voters taking part.", "en") == [
        (28_870_328, "count", "voter")
    ]
    assert keys("Le camp a réuni 6 millions 314 mille votes.", "fr") == [(6_314_000, "count", "vote")]
    assert [k[0] for k in keys("It cost 3 million. 200 thousand people came.", "en")] == [3_000_000, 200_000]


def test_a_row_of_small_numbers_a_space_apart_is_no_figure():
    """Construction: "doivent comporter la suite 10 9 8 7 6 5 4 3 2 1" (a printer's line, a countdown): four or
    more small numbers a space apart count nothing; "2 500 000 habitants" stays one number."""
    assert keys("Les mentions doivent comporter la suite 10 9 8 7 6 5 4 3 2 1.", "fr") == []
    assert keys("Il y a 2 500 000 habitants.", "fr") == [(2_500_000, "count", "resident")]


def test_a_toll_told_by_the_ordinal_of_its_last_victim():
    """Construction: "Rescuers pulled a sixth body from the rubble", "Un sixième corps a été retrouvé": the dead
    now number six; "la troisième fois" and "a third-party maker" count nothing."""
    assert keys("Rescuers pulled a sixth body from the rubble on Tuesday.", "en") == [(6, "count", "body")]
    assert keys("Un sixième corps a été retrouvé mardi.", "fr") == [(6, "count", "body")]
    assert keys("It was made by a third-party maker for the third time.", "en") == []


def test_a_compared_value_before_now_shares_the_first_values_unit():
    """Construction: "à trois heures de Paris, contre quatre actuellement": "actuellement" is when, no noun the
    value counts, so "quatre" is four hours, as "contre quatre aujourd'hui" is."""
    assert keys("La ville sera à trois heures de Paris, contre quatre actuellement.", "fr") == [
        (3, "duration", "hours"),
        (4, "duration", "hours"),
    ]


def test_a_wire_carried_by_a_canadian_paper_named_beside_it():
    """Construction: a wire's report on Canada whose source names the Canadian paper that carries it ("The
    Harbour Herald (Metro), Bloomberg News" is not enough, but "The Chronicle Herald (Metro), Bloomberg News"
    names a Canadian paper), or whose address is a reprint site's Canadian shelf: the paper's bare "$" is
    Canadian. The same wire alone, anywhere, keeps US dollars."""
    text = "Hydro-Québec's net income fell to $3.29 billion. Quebec and Ottawa watched Canada's reservoirs."
    reprint = "https://www.pressreader.com/canada/some-paper/20240223/1"
    assert article_dollar(text, "The Chronicle Herald (Metro), Bloomberg News", reprint) == "CAD"
    assert (
        article_dollar(text, "The Chronicle Herald (Metro), Bloomberg News", "https://x.example.com/1")
        == "CAD"
    )
    assert article_dollar(text, "Bloomberg News", reprint) == "CAD"
    assert article_dollar(text, "Bloomberg News", "https://www.pressreader.com/usa/some-paper/1") == "USD"


def test_a_text_naming_canadas_leaders_is_about_canada():
    """Construction: a local site nothing places ("Island Buzz") on "Prime Minister Justin Trudeau" announcing
    federal money for "First Nations, Métis and Inuit partners" in Canada: its bare dollars are Canadian. A text
    naming a US place beside them is not one about Canada alone."""
    text = (
        "Trudeau stopped in the city to unveil $4.6 billion for research across Canada. Trudeau said the "
        "money helps First Nations partners."
    )
    assert article_dollar(text, "Island Buzz", "https://islandbuzz.example.com/x") == "CAD"
    assert (
        article_dollar(text + " Washington took note.", "Island Buzz", "https://islandbuzz.example.com/x")
        == "USD"
    )


def test_a_reading_below_zero_with_its_minus_sign_spaced():
    """Construction: "le mercure affichait encore - 36 °C", "autour de - 40, les facteurs restent chez eux":
    French dailies space the minus sign of a reading; a range "25 - 30 °C" and an aside "Le bilan - 36 morts -"
    stay positive."""
    text = (
        "Le thermomètre a plongé à - 37,2 °C. Le soir, le mercure affichait encore - 36 °C avec le vent. "
        "Autour de - 40, les facteurs restent chez eux."
    )
    assert keys(text, "fr") == [
        (-37.2, "temperature", "C"),
        (-36, "temperature", "C"),
        (-40, "temperature", "C"),
    ]
    assert [k[0] for k in keys("Il fera entre 25 - 30 °C demain.", "fr")] == [25, 30]
    assert keys("Le bilan - 36 morts - reste provisoire.", "fr") == [(36, "count", "death")]


def test_to_be_an_age_in_the_french_infinitive():
    """Construction: "il faut avoir au moins 18 ans", "Elle doit avoir plus de 65 ans": to be that old; "avoir 20
    ans d'expérience", "Il pourrait y avoir 18 ans de retard" and "avoir passé 18 ans en prison" stay spans."""
    assert keys("Pour la remise, il faut avoir au moins 18 ans et résider en Ontario.", "fr") == [
        (18, "age", None)
    ]
    assert keys("Elle doit avoir plus de 65 ans.", "fr") == [(65, "age", None)]
    assert keys("Sans avoir 20 ans de cotisations, il part.", "fr") == [(20, "duration", "years")]
    assert keys("Il pourrait y avoir 18 ans de retard.", "fr") == [(18, "duration", "years")]
    assert keys("Après avoir passé 18 ans en prison, il sort.", "fr") == [(18, "duration", "years")]


def test_a_broadcaster_named_by_its_frequency_is_no_figure():
    """Construction: "Speaking to 680 NewsRadio", "Listen to 98.5 FM", "told Channel 4 News": a station's
    frequency or channel is its name; the count in the same sentence stays."""
    assert keys("Speaking to 680 NewsRadio at the conference, he said so.", "en") == []
    assert keys("Listen to 98.5 FM tonight.", "en") == []
    assert keys("He told Channel 4 News that 12 people died.", "en") == [(12, "count", "death")]


def test_the_youngest_or_oldest_said_as_young_as():
    """Construction: "children as young as one", "patients as young as 2 and as old as 90": the ages of the
    youngest and the oldest; "prices as high as 90" stays a count."""
    assert keys("The victims include children as young as one.", "en") == [(1, "age", None)]
    assert keys("Patients as young as 2 and as old as 90 were treated.", "en") == [
        (2, "age", None),
        (90, "age", None),
    ]
    assert keys("Prices as high as 90 were seen.", "en") == [(90, "count", None)]


def test_a_crew_and_its_members_are_one_count():
    """Construction: "les 23 membres d'équipage" counts the crew, and "22 crew members" against "les 22 membres
    d'équipage" is one figure, matched; "12 membres du conseil" stays members."""
    assert keys("Les 23 membres d'équipage ont été libérés.", "fr") == [(23, "count", "crew")]
    assert keys("Les 12 membres du conseil ont voté.", "fr") == [(12, "count", "member")]
    en = extract_figures("The 22 crew members were rescued the same day.", "en")
    fr = extract_figures("Les 22 membres d'équipage ont pu être évacués.", "fr")
    result = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in result.matched] == [(22, 22)]
    assert not result.only_en and not result.only_fr


def test_an_age_in_days_and_an_age_counted_from_birth():
    """Construction: "starting at 10 days old", "a 3-day-old foal": an age in days, as "22 months old" is in
    months; "dix jours après la naissance", "six weeks after birth": an age counted from birth. "dix jours après
    la naissance de sa fille" is a time from another's birth, and "the 10-day-old strike" a span."""
    assert keys("Ducklings are vaccinated starting at 10 days old.", "en") == [(10, "age", "days")]
    assert keys("A 3-day-old foal was found.", "en") == [(3, "age", "days")]
    assert keys("Une première piqûre environ dix jours après la naissance.", "fr") == [(10, "age", "days")]
    assert keys("Babies are vaccinated six weeks after birth.", "en") == [(6, "age", "weeks")]
    assert keys("Il est mort dix jours après la naissance de sa fille.", "fr") == [(10, "duration", "days")]
    assert keys("The 10-day-old strike goes on.", "en") == [(10, "duration", "days")]


def test_ages_after_a_nationality_and_in_a_pair_of_names():
    """Construction: "a Swiss national, 57, police added": the age after a person's noun and a comma; "Hansjorg
    Gruber, 35 and David Lamy, 28.": two names each with an age, the first ending on "and". "In Ontario, 35
    and Quebec, 28 cases" stays two counts."""
    assert keys("The dead were a French citizen and a Swiss national, 57, police added.", "en") == [
        (57, "age", None)
    ]
    assert keys("The climbers were Hansjorg Gruber, 35 and David Lamy, 28.", "en") == [
        (35, "age", None),
        (28, "age", None),
    ]
    assert [k[1] for k in keys("In Ontario, 35 and Quebec, 28 cases were found.", "en")] == ["count", "count"]


def test_a_persons_age_then_the_clause_goes_on_with_and():
    """Construction: "Berta Moll, who is 81 and has asthma": the age, then "and" and the person's life; "The firm,
    which is 12 and has grown" is no person."""
    assert keys("Berta Moll, who is 81 and has asthma, spoke.", "en") == [(81, "age", None)]
    assert keys("The firm, which is 12 and has grown, is big.", "en") == [(12, "count", None)]


def test_a_leagues_number_before_season_is_its_name():
    """Construction: "the coming Ligue 1 season", "la Ligue 1 saison 2024", "the Formula 1 season": the number
    names the league, no span of one year; "He played 3 seasons in Ligue 1" stays three years."""
    assert keys("Clubs prepare for the coming Ligue 1 season.", "en") == []
    assert keys("Teams prepare for the Formula 1 season.", "en") == []
    assert keys("He played 3 seasons in Ligue 1.", "en") == [(3, "duration", "years")]


def test_seasons_of_a_contract_are_years_and_the_years_seasons_are_an_idiom():
    """Construction: "for four seasons", "ces quatre dernières saisons": a contract's or a career's years;
    "open all four seasons", "un marchand des quatre saisons": the year's seasons, no figure."""
    assert keys("Mediapro agreed to pay for four seasons.", "en") == [(4, "duration", "years")]
    assert keys("Le club a gagné ces quatre dernières saisons.", "fr") == [(4, "duration", "years")]
    assert keys("The resort is open all four seasons.", "en") == []
    assert keys("Il achète ses fruits chez un marchand des quatre saisons.", "fr") == []


def test_the_rooms_of_a_dwelling_describe_it():
    """Construction: "un appartement locatif de deux chambres", "two and three room apartments", "les deux et
    trois pièces": a dwelling's kind, no count; "300 chambres" of a hotel, "Deux chambres de l'hôtel ont brûlé",
    "cinq pièces de monnaie" and "The fire destroyed 5 apartments" stay counts."""
    assert keys("Pour un appartement locatif de deux chambres, le loyer a grimpé.", "fr") == []
    assert keys("Legal for 66 percent of two and three room apartments.", "en") == [(66, "percent", None)]
    assert keys("Le taux monte à 78 % pour les quatre pièces.", "fr") == [(78, "percent", None)]
    assert keys("Il y a 300 chambres dans l'hôtel.", "fr") == [(300, "count", "room")]
    assert keys("Deux chambres de l'hôtel ont brûlé.", "fr") == [(2, "count", "room")]
    assert keys("Il a volé cinq pièces de monnaie.", "fr") == [(5, "count", "pièces")]
    assert keys("The fire destroyed 5 apartments.", "en") == [(5, "count", "apartment")]


def test_an_emergency_number_named_as_a_line():
    """Construction: "the 15 emergency line", "the 999 emergency line took 12 calls": the number dialled, named
    before the line; the calls stay a count."""
    assert keys("The 15 emergency line is struggling.", "en") == []
    assert keys("The 999 emergency line took 12 calls.", "en") == [(12, "count", "call")]


def test_patients_and_the_hospitalised_are_one_count():
    """Construction: "15 patients had spent more than a day on stretchers" against "15 autres hospitalisés": the
    same people, matched."""
    en = extract_figures("At the hospital, 15 patients had spent more than a day on stretchers.", "en")
    fr = extract_figures("À l'hôpital, 15 personnes hospitalisées attendaient depuis plus d'un jour.", "fr")
    result = compare_figures(en, fr)
    assert (15, 15) in [(a.value, b.value) for a, b in result.matched]
    assert not result.only_en and not result.only_fr


def test_an_earlier_value_whose_noun_its_sentence_gives():
    """Construction: "74,513 people incarcerated on 1 July, up from just under 73,700 the previous month"
    against "En avril, 73.000 détenus": the earlier value's noun is its sentence's current count, so it is no
    value of the version to dispute."""
    en = extract_figures(
        "A total of 74,513 people were incarcerated on 1 July, up from just under 73,700 the previous month.",
        "en",
    )
    fr = extract_figures("En avril, 73.000 détenus étaient déjà recensés. Ils sont 74 513 en juillet.", "fr")
    result = compare_figures(en, fr)
    assert not result.conflicts
    assert (74513, 74513) in [(a.value, b.value) for a, b in result.matched]


def test_a_power_reading_is_no_quantity_disputed():
    """Construction: "a peak of 42,701 megawatts" against "42 700 mégawatts": a power, read to the unit by one
    report and rounded by the other, is a measurement, never a conflict."""
    en = extract_figures("Demand reached a peak of 42,701 megawatts on Friday.", "en")
    fr = extract_figures("La demande a atteint 42 700 mégawatts vendredi.", "fr")
    assert not compare_figures(en, fr).conflicts


def test_the_rest_of_a_whole_disputes_no_total():
    """Construction: "Les 39 autres personnes qui étaient présentes", "la vingtaine d'autres passagers": the rest
    of a whole, which disputes no total the other version gives ("some 50 people attended", "23 on board")."""
    en = extract_figures("The shooting broke out during prayers attended by some 50 people.", "en")
    fr = extract_figures("Les 39 autres personnes qui étaient présentes ont été évacuées.", "fr")
    assert not compare_figures(en, fr).conflicts
    en = extract_figures("The four were among 23 on board the houseboat.", "en")
    fr = extract_figures("La majorité de la vingtaine d'autres passagers a été secourue.", "fr")
    assert not compare_figures(en, fr).conflicts


def test_others_without_a_determiner_are_more_of_them_not_the_rest():
    """Construction: "l'identification de 4.873 autres suspects", "Another 4,500 suspects were identified": others
    said without a definite determiner are more of the same people, one quantity the versions give two values
    of; "Les 39 autres personnes" stays the rest of a whole (see the test above)."""
    en = extract_figures("Another 4,500 suspects were identified in the sweep.", "en")
    fr = extract_figures("L'opération a permis l'identification de 4.873 autres suspects.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(4500, 4873)]
    assert [f.rest for f in fr] == [False]
    assert [f.rest for f in extract_figures("Les 39 autres personnes ont fui.", "fr")] == [True]


def test_a_toll_given_whole_then_in_two_parts():
    """Construction: "Soixante morts" first, then "44 personnes ont été tuées sur place et 16 autres sont décédées
    à l'hôpital": the two parts add up to the toll the version gave whole, so neither disputes the other
    version's toll ("at least 45 people were killed"); the whole does. A small sum (2 + 3) tells nothing."""
    en = extract_figures("At least 45 people were killed when the missile hit the station.", "en")
    fr = extract_figures(
        "Soixante morts, selon le gouverneur. D'après lui, 44 personnes ont été tuées sur place et 16 autres"
        " sont décédées à l'hôpital.",
        "fr",
    )
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(45, 60)]


def test_our_two_countries_is_the_pair_a_statement_names():
    """Construction: "l'accord qui unit nos deux pays", "between our two nations": the speaker's country and the
    other party's, named already, not a count; a count of people after the possessive stays one."""
    assert keys("Le ministre a salué l'accord qui unit nos deux pays.", "fr") == []
    assert keys("The envoy praised the bond between our two nations.", "en") == []
    assert keys("Our two children were hurt in the blast.", "en") == [(2, "count", "injury")]


def test_a_wire_story_from_abroad_on_an_australian_site_gives_the_wires_dollars():
    """Construction: an Australian site (".com.au") carrying a wire's story from abroad that never names
    Australia and names another country ("raised from 40,000 shillings ($310)" in Kenya, "a $5 million reward"
    for Peru's hackers): its bare dollars are the wire's US ones. A paper named after an Australian city
    converting euros for its readers ("€30 million euro ($49 million)"), a story naming Australia, or a local
    one naming no country keeps the Australian dollar."""
    abroad = "Unions in Kenya struck after the wage was raised from 40,000 shillings ($310) a month."
    assert article_dollar(abroad, "Newsline", "https://newsline.example.com.au/x") == "USD"
    reward = "The US Treasury offered a $5 million reward for the hackers behind the attack on Peru."
    assert article_dollar(reward, "Cyberwatch Blog", "https://cyberwatch.example.com.au/x") == "USD"
    converted = (
        "Italy's regulator has fined the carmaker €30 million euro ($49 million) over misleading claims."
    )
    assert article_dollar(converted, "The Perth Courier", "https://courier.example.com.au/x") == "AUD"
    home = "Unions in Kenya struck; Australian firms there pay $310 a month, Canberra said."
    local = "Police say the losses reached $14.5 million."  # a local story names no country at all
    assert article_dollar(local, "Newsline", "https://newsline.example.com.au/x") == "AUD"
    assert article_dollar(home, "Newsline", "https://newsline.example.com.au/x") == "AUD"


def test_a_story_about_canada_whose_only_dollars_convert_francs_by_an_unknown_publisher():
    """Construction: "fining Canada Soccer 200,000 Swiss francs ($226,000)" from a publisher nothing places: the
    dollars only convert another currency, in the publisher's dollar, so the international one; the same story
    with an amount of its own in bare dollars is Canada's."""
    converted = (
        "FIFA fined Canada Soccer 150,000 Swiss francs ($170,000) after its staff in Ottawa and Toronto flew a"
        " drone over a rival's practice, Canadian officials said."
    )
    assert article_dollar(converted, "Sportsdesk") == "USD"
    own = converted + " The federation's budget is $40 million."
    assert article_dollar(own, "Sportsdesk") == "CAD"


def test_a_results_list_of_parties_names_each_party_before_its_seats():
    """Construction: "with 598 of the 600 seats declared, Labour has won 388, Conservatives 137, Liberal
    Democrats 64, Highland Party eight, Sinn Fein six": each item after a comma is a party's tally, no name's
    number ("Windows 11"), however long the list."""
    text = (
        "With 598 of the 600 seats declared, Labour has won 388, Conservatives 137, Liberal Democrats 64,"
        " Highland Party eight, Sinn Fein six, Independents five, Alliance one."
    )
    assert [f.value for f in extract_figures(text, "en")][:5] == [598, 600, 388, 137, 64]
    assert keys("The laptops run Windows 11, Office and a browser.", "en") == []


def test_a_person_noun_used_as_an_adjective_gives_no_age():
    """Construction: "une transition militaire de trois ans", "une enquête policière de deux ans": "militaire"
    and "policière" tell of the noun before them, so the years are a span; "un militaire de 45 ans" and "le jeune
    policier de 23 ans" are people's ages."""
    assert keys("Le vote doit clore une transition militaire de trois ans.", "fr") == [
        (3, "duration", "years")
    ]
    assert keys("Une enquête policière de deux ans a abouti.", "fr") == [(2, "duration", "years")]
    assert keys("Un militaire de 45 ans a été blessé.", "fr") == [(45, "age", None)]
    assert keys("Le jeune policier de 23 ans a été décoré.", "fr") == [(23, "age", None)]
    # "une expérience scientifique de près de trois ans": the adjective, not a scientist of three
    assert keys("Ce fut une expérience scientifique de près de quatre ans.", "fr") == [
        (4, "duration", "years")
    ]
    assert keys("Un scientifique de 45 ans a été arrêté.", "fr") == [(45, "age", None)]


def test_a_group_of_people_then_the_range_of_their_ages():
    """Construction: "deaths among young people 16 to 25 rose", "adults 18-64": a group of people right before
    a range, without "aged", gives the range of their ages; "12 to 15 adults" stays a count."""
    assert keys("Deaths among young people 16 to 25 on the roads rose.", "en") == [
        (16, "age", None),
        (25, "age", None),
    ]
    assert keys("Some 12 to 15 adults stayed behind.", "en") == [
        (12, "count", "adult"),
        (15, "count", "adult"),
    ]


def test_a_rounded_rate_restating_its_own_versions_rate_leaves_that_rate_to_dispute():
    """Construction: "winning over 58% of the votes" in the lede, then "won 58.4% of the vote", against "58,04% des
    suffrages": the round bound restates its own version's rate, which disputes the other version's; the
    bound, which agrees with both, disputes nothing."""
    en = extract_figures(
        "Mr Kora won, winning over 58% of the votes, officials said. Mr Kora won 58.4% of the vote in all.",
        "en",
    )
    fr = extract_figures("M. Kora a obtenu 58,04% des suffrages, selon les résultats.", "fr")
    assert [(a.text, b.text) for a, b in compare_figures(en, fr).conflicts] == [("58.4%", "58,04%")]


def test_a_list_of_age_groups_with_the_article_said_once():
    """Construction: "chez les 25-34 ans, 35-44 ans et 55-64 ans": every group of the list is a range of ages,
    though only the first has its article; "10-15 ans, 20-25 ans de prison" stays terms."""
    assert [
        f.kind for f in extract_figures("La hausse touche les 25-34 ans, 35-44 ans et 55-64 ans.", "fr")
    ] == ["age"] * 6
    terms = extract_figures("Ils ont écopé de 10-15 ans, 20-25 ans de prison.", "fr")
    assert [f.kind for f in terms] == ["duration"] * 4


def test_a_round_amount_of_another_subject_is_no_rounding():
    """Construction: "a US$5-billion penalty" against "un bénéfice de 4,9 milliards $ US": a fine and a profit,
    though the round value is within a rounding of the other; neither disputes nor matches the other."""
    en = extract_figures("The firm agreed to pay a US$5-billion penalty to the regulator last year.", "en")
    fr = extract_figures("Le géant, qui a dégagé un bénéfice de 4,9 milliards $ US, paiera sans peine.", "fr")
    comparison = compare_figures(en, fr)
    assert not comparison.conflicts and not comparison.matched
    assert [f.subject for f in en + fr] == ["fine", "profit"]


def test_other_before_a_scale_glued_to_its_noun_counts_the_things():
    """Construction: "Four other billion-dollar films were co-directed by women": "other" before a scale glued
    to its noun counts the films, each of a billion dollars; "a five billion-dollar project" stays an amount."""
    assert keys("Four other billion-dollar films were co-directed by women.", "en") == [(4, "count", "film")]
    assert [f.kind for f in extract_figures("They approved a five billion-dollar project.", "en")] == [
        "money"
    ]


def test_an_age_at_the_time_glued_to_then():
    """Construction: "the then-16-year-old skater", "the now-19-year-old": an age, the hyphen after "then" or
    "now" joining it as it joins any adjective; "COVID-19" stays a name."""
    assert keys("The then-16-year-old skater tested positive.", "en") == [(16, "age", None)]
    assert keys("The now-19-year-old skater appealed.", "en") == [(19, "age", None)]
    assert keys("COVID-19 spread fast.", "en") == []


def test_cents_glued_to_their_number_as_an_adjective():
    """Construction: "a seven-cent jump", "a 14-cent increase" in a price: cents of the text's dollar, as "7
    cents" is."""
    assert [
        (f.value, f.kind, f.currency) for f in extract_figures("Pump prices saw a seven-cent jump.", "en")
    ] == [(0.07, "money", "USD")]
    assert [(f.value, f.kind) for f in extract_figures("It was a 14-cent increase overnight.", "en")] == [
        (0.14, "money")
    ]


def test_the_months_a_set_of_accounts_covers_are_no_duration():
    """Construction: "sales rose in the first nine months of 2025", "sur les neuf premiers mois de l'année",
    "the group's nine-month figures": the period the figures cover, as a year is; "the strike lasted nine months"
    and "a nine-month sentence" stay durations."""
    assert keys("Sales rose in the first nine months of 2025.", "en") == []
    assert keys("Les ventes ont reculé sur les neuf premiers mois de l'année.", "fr") == []
    assert keys("The group published its nine-month figures.", "en") == []
    assert keys("The strike lasted nine months.", "en") == [(9, "duration", "months")]
    assert keys("He got a nine-month sentence.", "en") == [(9, "duration", "months")]


def test_a_small_toll_written_on_two_digits():
    """Construction: "07 corps repêchés", "On déplore 04 morts et 15 blessés": small counts written on two digits,
    as some papers of Central and West Africa write them, are counts; "le 07 mai" stays a date, "0800" a code."""
    assert keys("Samedi, 07 corps ont été repêchés sur l'axe nord.", "fr") == [(7, "count", "body")]
    assert keys("On déplore 04 morts et 15 blessés.", "fr") == [
        (4, "count", "death"),
        (15, "count", "injury"),
    ]
    assert keys("Appelez le 0800 123 456.", "fr") == []


def test_a_count_with_ish_is_an_estimate():
    """Construction: "detectives spoke to 60ish witnesses", "some 30-ish people": "-ish" glued to the number
    makes an estimate of it, as "-odd" does."""
    [f] = extract_figures("Detectives spoke to 60ish witnesses that night.", "en")
    assert (f.value, f.kind, f.approx) == (60, "count", "about")
    [f] = extract_figures("About 30-ish people gathered.", "en")
    assert (f.value, f.approx) == (30, "about")


def test_a_year_and_some_months_is_one_span():
    """Construction: "a suspended sentence of a year and four months", "one year and six months": one span in
    months, as "un an et huit mois" is read; the year is not a figure of its own."""
    assert keys("He got a suspended sentence of a year and four months.", "en") == [
        (16, "duration", "months")
    ]
    assert keys("It took one year and six months.", "en") == [(18, "duration", "months")]


def test_counts_said_in_turn_are_shares_of_a_list():
    """Construction: "chez les 25-34 ans et 35-44 ans, avec 41 et 37 décès respectivement", "with 12 and 9 deaths
    respectively": each count is one group's, a share of a list that disputes no total of the other version
    ("52 pedestrians died")."""
    fr = extract_figures(
        "La hausse touche les 25-34 ans et 35-44 ans, avec 41 et 37 décès respectivement.", "fr"
    )
    en = extract_figures("Some 52 pedestrians died last year.", "en")
    assert [f.part for f in fr if f.kind == "count"] == [True, True]
    assert not compare_figures(en, fr).conflicts


def test_a_bare_scaled_number_after_a_count_of_people_in_its_sentence_counts_them_too():
    """Construction: "6 milliards de francs" earlier, then "Quelque 1,402 million de Suisses ont dit oui et 1,398
    million l'ont refusé": the bare second number counts the voters the first names, no amount of francs."""
    text = (
        "Le crédit porte sur 6 milliards de francs. Quelque 1,402 million de Suisses ont dit oui et 1,398 million"
        " l'ont refusé."
    )
    assert [(f.value, f.kind) for f in extract_figures(text, "fr") if f.value < 2e6] == [
        (1_402_000, "count"),
        (1_398_000, "count"),
    ]


def test_thousands_written_in_words_with_their_hundreds():
    """Construction: "Trois mille cent trente bénéficiaires", "mille cent trente", "three thousand four hundred":
    one number, the words after the thousand added to it; "trois mille personnes" keeps its scale."""
    assert keys("Trois mille cent trente bénéficiaires ont un emploi.", "fr") == [
        (3130, "count", "bénéficiaires")
    ]
    assert keys("Il y a mille cent trente personnes.", "fr") == [(1130, "count", "person")]
    assert keys("Il y a deux mille cent personnes.", "fr") == [(2100, "count", "person")]
    assert keys("There were three thousand four hundred people.", "en") == [(3400, "count", "person")]
    assert keys("Il y a trois mille personnes.", "fr") == [(3000, "count", "person")]


def test_a_span_of_24_hours_after_de_is_no_clock_time():
    """Construction: "une grève nationale de 24 heures": no day's clock starts at 24, so the hours are a span,
    whatever adjective stands between the noun and "de"; "de 9 heures à 18 heures" stays opening hours."""
    assert keys("Ils observent une grève nationale de 24 heures.", "fr") == [(24, "duration", "hours")]
    assert keys("Le magasin est ouvert de 9 heures à 18 heures.", "fr") == []


def test_a_name_that_ends_on_its_number_word():
    """Construction: "the Group of Ten democracies", "The Group of Seven met": the number word ends a name after
    "of"; "The meeting of Ten leaders" at a title's capitals aside, a plain count after a lowercase word stays."""
    assert keys("It is second-lowest among the Group of Ten democracies.", "en") == []
    assert keys("Finance ministers from the Group of Seven met in Paris to discuss the budget.", "en") == []
    assert keys("The leaders of ten countries met.", "en") == [(10, "count", "country")]


def test_an_acronym_as_the_counted_noun():
    """Construction: "four NGOs sued the state", "quatre ONG (la Fondation ..., Greenpeace France ...)": the
    acronym is the noun counted, and the two versions' counts are one."""
    assert keys("In 2019, four NGOs sued the French state.", "en") == [(4, "count", "ngo")]
    fr_text = "En 2018, quatre ONG (la Fondation Hulot, Greenpeace France et Oxfam France) portent plainte."
    assert keys(fr_text, "fr") == [(4, "count", "ngo")]


def test_emergency_room_visits_and_passages_are_one_count():
    """Construction: "180,000 more visits" against "180 000 passages en plus" aux urgences: one count of visits,
    matched."""
    en = extract_figures("That is 180,000 more visits than a year before.", "en")
    fr = extract_figures("Cela représente 180 000 passages en plus aux urgences.", "fr")
    result = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in result.matched] == [(180000, 180000)]


def test_one_year_after_a_french_verb_of_sharp_change_is_its_window():
    """Construction: "Les accidents ont explosé en un an", "les prix se sont envolés en un an": the window of the
    change, no span of the story; "Le chantier a duré plus d'un an" stays a span."""
    assert keys("Les accidents de trottinette ont explosé en un an.", "fr") == []
    assert keys("Les prix se sont envolés en un an.", "fr") == []
    assert keys("Le chantier a duré plus d'un an.", "fr") == [(1, "duration", "years")]


def test_ages_listed_in_words_after_aged():
    """Construction: "two children aged five and eight died": both numbers are ages, whatever verb follows the
    last, as "aged 5 and 8" are; "un bébé âgé de huit mois et quatre enfants" ends the ages at the unit."""
    assert keys("A woman and two children aged five and eight died.", "en") == [
        (2, "count", "child"),
        (5, "age", None),
        (8, "age", None),
    ]
    assert [k[1] for k in keys("Un bébé âgé de huit mois et quatre enfants sont morts.", "fr")] == [
        "age",
        "count",
    ]


def test_an_apposed_age_with_a_hedge_after_its_comma():
    """Construction: "par sa jeunesse, seulement 34 ans, et par son talent": the years set between commas after a
    noun, a hedge first, are an age; "Sa peine, seulement 10 ans," stays a term."""
    text = "Le skipper impressionne par sa jeunesse, seulement 34 ans, et par son talent."
    assert keys(text, "fr") == [(34, "age", None)]
    assert keys("Sa peine, seulement 10 ans, a surpris.", "fr") == [(10, "duration", "years")]


def test_a_count_of_each_place_disputes_no_total():
    """Construction: "killed at least 70 people each in Wajima and Suzu" against "plus de 100 personnes tuées au
    Japon": each place's count is a part of a whole, no total to dispute."""
    en = extract_figures("The quakes killed at least 70 people each in the cities of Wajima and Suzu.", "en")
    fr = extract_figures(
        "C'est le premier séisme à faire plus de 100 personnes tuées au Japon depuis 2016.", "fr"
    )
    assert [f.part for f in en if f.kind == "count"] == [True]
    assert not compare_figures(en, fr).conflicts


def test_a_count_said_of_one_place_or_people_alone_disputes_no_total():
    """Constructions: "N dead in <village> alone", "<people> deaths alone had risen to at least N", "rien
    qu'en <pays>, N morts": one place's or people's share of a toll, which disputes neither the other
    version's total nor another share of it ("Parmi elles, neuf ..."); "left alone" is no share."""
    en = extract_figures("Elders gave a first toll of 12 dead in Kisoro alone, officials said.", "en")
    fr = extract_figures("Vingt personnes sont mortes. Parmi elles, sept sont mortes dans la fuite.", "fr")
    assert [f.part for f in en if f.kind == "count"] == [True]
    assert not compare_figures(en, fr).conflicts
    en = extract_figures(
        'A diplomat said Sudanese deaths alone had climbed to "at least 400" by Monday.', "en"
    )
    fr = extract_figures("Le total des décès signalés par les pays s'élève désormais à 388.", "fr")
    assert [f.part for f in en] == [True]
    assert not compare_figures(en, fr).conflicts
    (share,) = extract_figures("Rien qu'en Jordanie, 41 pèlerins sont morts.", "fr")
    assert share.part
    (left,) = extract_figures("The 14 pupils were left alone for an hour.", "en")[:1]
    assert not left.part


def test_an_earlier_event_dated_by_what_it_goes_back_to_disputes_no_toll():
    """Construction: "le précédent accident remonte à 2010 : ... faisant 158 morts", "dates back to 2010": the
    toll of that earlier event, dated to its year, disputes no toll of the story ("more than 200 bodies")."""
    summer = datetime(2025, 6, 13)
    assert _body_years(
        "Le précédent accident grave remonte à 2010 : un avion s'était écrasé à Mangalore, faisant 158 morts.",
        "fr",
        summer,
    )[0] == (158, 2010)
    assert _body_years(
        "The last deadly crash dates back to 2010, when a jet overshot the runway, killing 158 people.",
        "en",
        summer,
    )[0] == (158, 2010)


def test_as_many_as_is_an_upper_bound():
    """Construction: "as many as 40 people died", "as much as $2 billion": the most a source says there may be,
    an estimate "at most"."""
    (deaths,) = extract_figures("As many as 40 people died.", "en")
    assert (deaths.value, deaths.approx) == (40, "at most")
    (amount,) = extract_figures("It could cost as much as $2 billion.", "en")
    assert (amount.value, amount.approx) == (2_000_000_000, "at most")


def test_a_count_expected_is_a_forecast_no_count_reached_disputes():
    """Construction: "he was expecting as many as 1.4 million protesters" against "les autorités avaient recensé
    1,27 million de manifestants": a count to come against one counted, two quantities, as a forecast rate or
    amount is; two counts reached still dispute."""
    en = extract_figures("The union leader said he was expecting as many as 1.4 million protesters.", "en")
    fr = extract_figures("Ce jour-là, les autorités ont recensé 1,27 million de manifestants.", "fr")
    assert [f.later for f in en] == [True]
    assert not compare_figures(en, fr).conflicts
    en = extract_figures("The authorities counted 1.4 million protesters.", "en")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(1_400_000, 1_270_000)]


def test_a_rate_printed_with_a_plus_sign_is_a_breakdowns_rise():
    """Construction: "in the entertainment industry (+33%)" against "les producteurs de denrées périssables
    (+34%)", "climbed to 25.7 billion (+4.1%)" against "ont progressé de 4,0%": a rise in a breakdown, signed,
    matched when equal and never disputed, as a minus-signed rate is."""
    (rise,) = extract_figures("Insolvencies rose in the entertainment industry (+33%).", "en")
    assert (rise.value, rise.plus) == (33, True)
    en = extract_figures("Insolvencies rose in the entertainment industry (+33%).", "en")
    fr = extract_figures("Les faillites ont touché les producteurs de denrées périssables (+34%).", "fr")
    assert not compare_figures(en, fr).conflicts
    fr = extract_figures("Les faillites ont bondi dans les loisirs (+33%).", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).matched] == [(33, 33)]


def test_clauses_sections_domains_and_relays_are_no_figures():
    """Constructions: "selon la clause 18.1 du bail", "contrary to ss. 464(a) and 431.2": a contract's clause and
    a code's sections; "activists from Attac and 350.org": a site's name; "the 4×100 m relay", "1920x1080": a
    relay's legs, a screen's pixels. The amount and the count beside them stay."""
    assert keys("Le loyer, établi selon la clause 18.1 du bail, se chiffre à 2 500 000 $.", "fr", "CAD") == [
        (2_500_000, "money", "CAD")
    ]
    assert keys("He was charged contrary to ss. 464(a) and 431.2 of the Criminal Code.", "en") == []
    assert keys("Activists from Attac and 350.org held up 12 placards.", "en") == [(12, "count", "placards")]
    assert keys("De Grasse a couru le dernier relais du 4×100 m masculin.", "fr") == []
    assert keys("The screen has 1920x1080 pixels.", "en") == []


def test_a_difference_listed_between_age_groups_is_no_age():
    """Construction: "12 more among those aged 40 to 49, 17 more among those aged 50 to 59": a rise in a count,
    its group's ages given after it, is a count, not one more age of the list before it."""
    figures = extract_figures(
        "Deaths rose among older riders: 12 more among those aged 40 to 49, 17 more among those aged 50 to 59"
        " and 9 more among those over 80.",
        "en",
    )
    kinds = {f.text: f.kind for f in figures}
    assert (kinds["12"], kinds["17"], kinds["9"]) == ("count", "count", "count")
    assert (kinds["40"], kinds["49"], kinds["59"]) == ("age", "age", "age")


def test_race_times_in_minutes_and_seconds_as_french_papers_print_them():
    """Constructions: "4 min et 31,07 s", "1 min 53 s 42", "2'7''36": a swim time in minutes, seconds and
    hundredths, read as one time in minutes (as "4:31.07" is); "en 31,07 s": seconds with a decimal comma."""
    (time,) = extract_figures("Elle a touché le mur en 4 min et 31,07 s, loin devant.", "fr")
    (colon,) = extract_figures("She touched the wall in 4:31.07, far ahead.", "en")
    assert (
        (time.kind, time.unit, time.value)
        == ("duration", "minutes", colon.value)
        == (
            "duration",
            "minutes",
            4.518,
        )
    )
    assert [(f.unit, f.value) for f in extract_figures("Il a nagé en 1 min 53 s 42.", "fr")] == [
        ("minutes", 1.89)
    ]
    assert [(f.unit, f.value) for f in extract_figures("Il a nagé en 2'7''36 hier.", "fr")] == [
        ("minutes", 2.123)
    ]
    assert [(f.unit, f.value) for f in extract_figures("Elle a gagné en 31,07 s.", "fr")] == [
        ("seconds", 31.07)
    ]
    # "un chrono de 2 heures et 41 secondes": hours then seconds, a span, no time of day
    chrono = extract_figures("Il a signé un chrono de 2 heures et 41 secondes.", "fr")
    assert [(f.unit, f.value) for f in chrono] == [("minutes", 120.683)]
    # a bare count after the seconds' sign is no hundredths
    assert keys("Il a fini en 1 min 53 s 42 coureurs plus tard.", "fr")[-1] == (42, "count", "coureurs")


def test_a_finishing_margin_to_the_hundredth_is_in_seconds():
    """Construction: "just 0.12 back to take bronze", "0,31 derrière": a margin with its seconds left out."""
    assert keys("Walsh finished just 0.12 back to take bronze.", "en") == [(0.12, "duration", "seconds")]
    assert keys("La Suissesse a terminé 0,31 derrière.", "fr") == [(0.31, "duration", "seconds")]


def test_a_swimming_event_by_its_short_name_is_no_count():
    """Construction: "the 200 fly", "the 100 free", "the 400 IM": an event's name, no count; "sent 200 back",
    "the 100 free tickets" stay counts."""
    assert keys("She won the 200 fly and the 400 IM, then the 100 free on Sunday.", "en") == []
    assert keys("They sent 200 back to the camp.", "en") == [(200, "count", "back")]
    assert keys("The 100 free tickets went fast.", "en") == [(100, "count", "tickets")]


def test_an_age_hedged_after_a_is_an_age():
    """Construction: "à bientôt 41 ans", "à presque 90 ans": the age one did something at, hedged, mid-sentence
    ("à peine deux ans" stays a span)."""
    assert keys("Le sprinteur qui, à bientôt 41 ans, a battu le record.", "fr") == [(41, "age", None)]
    assert keys("Elle est morte à presque 90 ans.", "fr") == [(90, "age", None)]
    assert keys("Il reste à peine deux ans à son mandat.", "fr") == [(2, "duration", "years")]


def test_one_day_to_come_is_no_span():
    """Construction: "he had always known he would break it one day", "One day, a ...": some day to come; "the
    strike lasted one day", "for one day", "one day later" stay spans of a day."""
    assert keys("He had always known he would break it one day.", "en") == []
    assert keys("One day, a stranger knocked.", "en") == []
    assert keys("The strike lasted one day.", "en") == [(1, "duration", "days")]
    assert keys("The border will close for one day.", "en") == [(1, "duration", "days")]


def test_an_age_bounded_after_a_bare_number_is_an_age():
    """Construction: "only four were 25 or older", "children six and younger": an age's bound, no count."""
    figures = keys("Of the injured, only four were 25 or older; the rest were 17 or younger.", "en")
    assert (25, "age", None) in figures and (17, "age", None) in figures


def test_a_currency_with_its_country_adjective():
    """Construction: "3,000 Moroccan dirhams", "3 000 dirhams marocains", "450 UAE dirhams": an amount in that
    country's currency, not a count of dirhams."""
    assert keys("Each family gets 3,000 Moroccan dirhams a month.", "en") == [(3000, "money", "MAD")]
    assert keys("Chaque famille reçoit 3 000 dirhams marocains par mois.", "fr") == [(3000, "money", "MAD")]
    assert keys("Fines start at 450 UAE dirhams.", "en") == [(450, "money", "AED")]


def test_a_capitalised_dateline_without_its_year_is_a_date():
    """Construction: "4 MAR - Spain saw ...": a release's dateline, its month in capitals and no year."""
    assert keys("4 MAR - Spain saw a 12% fall in road deaths.", "en") == [(12, "percent", None)]


def test_a_french_day_of_the_month_in_words_is_a_date():
    """Construction: "versée à partir du neuf novembre": a day of the month in words, no count."""
    assert keys("L'aide sera versée à partir du neuf novembre pendant 12 mois.", "fr") == [
        (12, "duration", "months")
    ]


def test_how_often_after_a_place_name_is_a_count():
    """Construction: "that of the province of Limburg 45 times", "celui du Limbourg 45 fois": how often, after a
    place's name, is a count, not a name's number (as "Windows 11" is)."""
    assert keys("Hackers targeted the site of the province of Limburg 45 times.", "en") == [
        (45, "count", "time")
    ]
    assert keys("Le site de la province du Limbourg a été visé 45 fois.", "fr") == [(45, "count", "time")]


def test_a_range_that_opens_on_one_unit_of_time():
    """Construction: "between a year and 18 months", "entre un an et 18 mois": the range's first bound is a
    span of one year, and the two bounds are no single span of 30 months."""
    assert keys("Charges could follow in between a year and 18 months.", "en") == [
        (1, "duration", "years"),
        (18, "duration", "months"),
    ]
    assert keys("Les poursuites pourraient suivre dans un délai compris entre un an et 18 mois.", "fr") == [
        (1, "duration", "years"),
        (18, "duration", "months"),
    ]
    assert keys("Il a été condamné à cinq ans et quatre mois.", "fr") == [(64, "duration", "months")]


def test_a_numbered_game_is_no_count():
    """Construction: "Game 6 has a history of upsets", "à la fin du match 14": a game of a series by its
    number; "a remporté le match. Trois joueurs": a sentence that ends on the word leaves the count after it."""
    assert keys("Game 6 has a history of upsets.", "en") == []
    assert keys("Une erreur à la fin du match 14 lui a coûté le titre.", "fr") == []
    assert keys("Il a remporté le match. Trois joueurs ont été blessés.", "fr") == [(3, "count", "player")]


def test_a_kid_of_so_many_years_is_an_age():
    """Construction: "ce kid de 16 ans", "un gamin de 13 ans": a young person's age, in a reporter's slang."""
    assert keys("C'est ce kid de 16 ans qui a dominé la finale.", "fr") == [(16, "age", None)]
    assert keys("Un gamin de 13 ans a fini cinquième.", "fr") == [(13, "age", None)]


def test_a_games_score_in_half_points_is_no_rate():
    """Construction: "vainqueur 8.5 points contre 5.5": a chess score in a text of no rate nor share, not
    percentage points; "relevé ses taux de 0,25 point" stays a rate's points."""
    assert all(
        f.kind != "percent" for f in extract_figures("Il l'emporte 8.5 points contre 5.5 à Dubaï.", "fr")
    )
    assert keys("La banque a relevé ses taux de 0,25 point.", "fr") == [(0.25, "percent", "point")]


def test_minutes_after_midnight_is_a_time_of_day():
    """Construction: "achevée 23 minutes après minuit", "ten minutes past midnight": a time of day, no span;
    "for 20 minutes before midnight" stays a span."""
    assert keys("La partie s'est achevée 23 minutes après minuit.", "fr") == []
    assert keys("The blast came ten minutes past midnight.", "en") == []
    assert keys("Crews searched for 20 minutes before midnight.", "en") == [(20, "duration", "minutes")]


def test_a_number_to_the_cent_beside_a_price_is_a_price():
    """Construction: "will go for 28 euros, compared with 14.70 currently", "passera à 912,40, soit une hausse
    de 21,20 euros": a price to the cent, its currency said once in its sentence."""
    assert keys("Ten-ticket books will go for 28 euros, compared with 14.70 currently.", "en") == [
        (28, "money", "EUR"),
        (14.7, "money", "EUR"),
    ]
    assert keys("Le forfait annuel passera à 912,40, soit une hausse de 21,20 euros.", "fr") == [
        (912.4, "money", "EUR"),
        (21.2, "money", "EUR"),
    ]
    # not in another sentence, nor before its own conversion ("(1,05, soit 943.000 euros)": in another currency)
    assert keys("Le ticket coûte 2 euros. La note moyenne est de 14,50 sur 20.", "fr")[1][1] == "count"
    assert keys("Le troisième (1,15, soit 1 033 000 euros) suit.", "fr")[0] == (1.15, "count", None)


def test_a_guns_calibre_is_no_count():
    """Construction: "a .45 calibre handgun", "a .38-caliber revolver": a bore, no count of weapons."""
    assert keys("Police seized a .45 calibre handgun and a .38-caliber revolver.", "en") == []


def test_a_number_word_whose_people_a_copula_names():
    """Construction: "Of the 41 suspects, seven were minors", "quatre étaient des femmes": a count in words, the
    people it counts named after "were" or "étaient"."""
    assert (7, "count", "minor") in keys("Of the 41 suspects charged, seven were minors.", "en")
    assert keys("Parmi les interpellés, quatre étaient des femmes.", "fr") == [(4, "count", "woman")]
    # no people after the copula: no people counted
    assert all(unit is None for _, _, unit in keys("Of the plans, seven were cancelled.", "en"))


def test_hours_and_a_quarter_in_french():
    """Construction: "un spectacle de deux heures et quart": a quarter of an hour more, as "et demie" is a half
    ("deux heures et quart d'heure" is no such span)."""
    assert keys("Le spectacle de deux heures et quart a conquis la salle.", "fr") == [
        (2.25, "duration", "hours")
    ]
    assert keys("Une attente de deux heures et demie.", "fr") == [(2.5, "duration", "hours")]


def test_numbers_listed_after_nos_are_ranks():
    """Construction: "on the chart at Nos. 2, 5, and 9": every number of the list is a rank, not only the
    first."""
    assert keys("Her shows sit on the chart at Nos. 2, 5, and 9.", "en") == []
    assert keys("Rooms Nos. 3 and 4 held 12 beds.", "en") == [(12, "count", "bed")]


def test_a_factor_is_no_count():
    """Construction: "leur nombre a été divisé par deux", "prices were multiplied by 12": a factor, no count
    ("hit by 12 rockets" stays a count)."""
    assert keys("Leur nombre a été divisé par deux.", "fr") == []
    assert keys("Prices were multiplied by 12 in a decade.", "en") == [(10, "duration", "years")]
    assert keys("The town was hit by 12 rockets.", "en") == [(12, "count", "missile")]


def test_a_currency_code_spaced_before_the_dollar_sign():
    """Construction: "operating costs of CAD $2.5 billion", "AUD $3 million": the code says whose dollar."""
    assert keys("Operating costs are put at CAD $2.5 billion.", "en") == [(2_500_000_000, "money", "CAD")]
    assert keys("The grant is AUD $3 million.", "en") == [(3_000_000, "money", "AUD")]


def test_a_publisher_named_global_news_after_another_word_is_not_canadian():
    """Construction: the source "HNGN (Headlines & Global News)", an American site, is not Global News, the
    Canadian network: its bare dollars are American."""
    assert (
        article_dollar("Restoring the cathedral cost $737 million.", "HNGN (Headlines & Global News)")
        == "USD"
    )
    assert article_dollar("The rink cost $7 million.", "Global News") == "CAD"


def test_a_year_of_a_past_millennium_after_its_preposition():
    """Construction: "whose construction began in 1434", "dont la construction a débuté en 1434", "dates from
    1190": a year, no count ("a rise in 1200 cases" stays a count)."""
    assert [
        f.kind for f in extract_figures("The church, whose construction began in 1434, burned.", "en")
    ] == ["year"]
    assert [
        f.kind for f in extract_figures("La nef, dont la construction a débuté en 1434, a brûlé.", "fr")
    ] == ["year"]
    assert keys("A rise in 1200 cases was seen.", "en") == [(1200, "count", "case")]


def test_a_trades_person_of_so_many_years_is_an_age():
    """Construction: "l'apiculteur de 51 ans, qui codirige l'exploitation": a person by their trade, aged."""
    assert keys("Raconte l'apiculteur de 51 ans, qui codirige l'exploitation.", "fr") == [(51, "age", None)]


def test_a_sum_raised_with_no_currency_word():
    """Construction: "Plus de 12 millions avaient été recueillis au profit des familles" (a Canadian paper),
    "puis 2 millions ont été collectés" after an amount in euros: a sum raised, in the text's currency."""
    assert keys("Plus de 12 millions avaient été recueillis au profit des familles.", "fr", "CAD") == [
        (12_000_000, "money", "CAD")
    ]
    assert keys("L'ONG a levé 3 millions d'euros, puis 2 millions ont été collectés.", "fr") == [
        (3_000_000, "money", "EUR"),
        (2_000_000, "money", "EUR"),
    ]
    assert keys("2 million people were collected by buses.", "en") == [(2_000_000, "count", "person")]


def test_a_range_of_hours_after_an_event_is_no_time_of_day():
    """Construction: "un syndrome qui survient six à 24 heures après l'ingestion", "de 6 à 12 heures plus
    tard": a range of spans, its first bound bare, not "à 24 heures" a time of day."""
    assert keys("Le syndrome survient six à 24 heures après l'ingestion.", "fr") == [
        (6, "duration", "hours"),
        (24, "duration", "hours"),
    ]
    assert keys("Les symptômes apparaissent de 6 à 12 heures plus tard.", "fr") == [
        (6, "duration", "hours"),
        (12, "duration", "hours"),
    ]
    assert keys("Rendez-vous à 17 heures.", "fr") == []


def test_the_mercurys_reading_is_a_temperature():
    """Construction: "le mercure devrait descendre à -18 cette semaine", "the mercury could plunge to -25": a
    reading in degrees Celsius, its unit unsaid."""
    assert keys("Le mercure devrait descendre à -18 cette semaine.", "fr") == [(-18, "temperature", "C")]
    assert keys("The mercury could plunge to -25 overnight.", "en") == [(-25, "temperature", "C")]
    assert keys("Le mercure a grimpé à 33 hier.", "fr") == [(33, "temperature", "C")]


def test_a_quoted_emergency_line_is_no_count():
    """Construction: "orienter les personnes vers le « 15 »": the emergency line's number in quotes; a quoted
    count with its noun after it stays one."""
    assert keys("Les pharmaciens doivent orienter les personnes vers le « 15 » en cas de doute.", "fr") == []
    assert keys("Il y a eu « 15 » morts selon eux.", "fr") == [(15, "count", "death")]


def test_a_packs_size_is_no_count():
    """Construction: "le paquet de 20 cigarettes passera à 11 euros", "un paquet de 20, à 7 euros": the size of
    a pack, no count; "des paquets de 500 masques" stays a count of masks."""
    assert keys("Le paquet de 20 cigarettes passera à 11 euros.", "fr") == [(11, "money", "EUR")]
    assert keys("Un paquet de 20, à 7 euros, reste cher.", "fr") == [(7, "money", "EUR")]
    assert keys("Ils ont reçu des paquets de 500 masques.", "fr") == [(500, "count", "masques")]


def test_a_quoted_noun_before_an_age_is_a_person():
    """Construction: "un « geek » de 35 ans", "une "influenceuse" de 22 ans": a person's noun in quotes, then the
    age; a quoted term's noun ("une « peine » de 10 ans") stays a duration."""
    assert keys("Un « geek » de 35 ans a été arrêté.", "fr") == [(35, "age", None)]
    assert keys('Une "influenceuse" de 22 ans a porté plainte.', "fr") == [(22, "age", None)]
    assert keys("Il a reçu une « peine » de 10 ans.", "fr") == [(10, "duration", "years")]


def test_a_scale_letter_before_a_currency_adjective_is_money():
    """Construction: "a 300m-euro contract", "a 2bn-dollar deal": the scale glued as a letter, then the currency
    as an adjective; "the 300m-long ship" is a length."""
    assert keys("A 300m-euro contract was signed.", "en") == [(300_000_000, "money", "EUR")]
    assert keys("They struck a 2bn-dollar deal.", "en") == [(2_000_000_000, "money", "USD")]
    assert keys("The 300m-long ship docked.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le capitaine manquera le reste de la saison. 15 salariés sont mobilisés.",
            "fr",
            [(15, "count", "employee")],
        ),
        (
            "The captain will miss the rest of the season. 50 flights were cancelled.",
            "en",
            [(50, "count", "flight")],
        ),
        ("Ils ont traversé la Manche. 45 migrants ont été secourus.", "fr", [(45, "count", "migrant")]),
        ("Cyclists want safer routes. 82 trees were felled.", "en", [(82, "count", "trees")]),
    ],
)
def test_a_name_word_ending_a_sentence_names_no_number(text, lang, expected):
    """Construction: "... le reste de la saison. 15 salariés", "... safer routes. 82 trees": a word that may
    carry a name's number ("saison 3", "Route 66") ends the sentence before it; the number opens the next
    sentence and counts. An abbreviation keeps its dot ("no. 5")."""
    assert keys(text, lang) == expected


def test_a_dotted_abbreviation_still_names_its_number():
    """Construction: "vol. 2", "No. 10": the abbreviation's dot is no sentence end."""
    assert keys("The report, vol. 2 of the series, is out.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The four unions behind the walkout – Alpha, Beta, Gamma and Delta – rejected it.",
            "en",
            [(4, "count", "union")],
        ),
        ("Les trois syndicats du secteur - Alpha, Beta et Gamma - ont signé.", "fr", [(3, "count", "union")]),
        ("The two companies (Orvane and Tevimès) were fined.", "en", [(2, "count", "company")]),
        # the members in apposition, between commas
        (
            "Les trois universités de la province, Alpha, Beta et Gamma, pourraient perdre des étudiants.",
            "fr",
            [(3, "count", "universités")],
        ),
        ("The two firms, Orvane and Tevimès, appealed.", "en", [(2, "count", "company")]),
        # no list of members after it: the number points back to what the text counted before
        ("The two companies were fined. Orvane and Tevimès appealed.", "en", []),
        ("Les deux entreprises ont fait appel, Orvane et Tevimès aussi.", "fr", []),
        # a list of another length is no list of the members counted
        ("The three unions – Alpha and Beta – rejected it.", "en", []),
    ],
)
def test_a_definite_count_that_introduces_its_named_members_is_a_figure(text, lang, expected):
    """Construction: "the four unions which led the strike – A, B, C and D –", "les trois syndicats - A, B et C -":
    a definite article and a small number word before a noun normally point back ("the two companies"), but
    a list of exactly that many named members set off after the noun introduces them: a count."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Around a half million of the displaced live in camps.", [(500_000, "count", None)]),
        ("They paid a half million dollars.", [(500_000, "money", "USD")]),
        ("He bought a half dozen eggs.", [(6, "count", "eggs")]),
        ("He has a half brother.", []),
        ("In the past two and half months, homes were damaged.", [(2.5, "duration", "months")]),
        ("It lasted three and half years.", [(3.5, "duration", "years")]),
    ],
)
def test_a_half_before_a_scale_and_a_half_without_its_article(text, expected):
    """Construction: "around a half million of the displaced", "a half dozen": half of the scale said after
    "a half"; "the past two and half months": "and a half" with its article dropped."""
    assert keys(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Officials count at least 19 deaths in 2024 before Tuesday, including nine since the start of July.",
            "en",
            [(19, "count", "death"), (9, "count", "death")],
        ),
        (
            "Au moins 25 morts en 2024, dont six depuis janvier.",
            "fr",
            [(25, "count", "death"), (6, "count", "death")],
        ),
        # a larger number is no part of the count
        ("At least 19 deaths were counted, including forty since July.", "en", [(19, "count", "death")]),
    ],
)
def test_a_part_of_a_count_its_noun_elided_after_including(text, lang, expected):
    """Construction: "at least 19 deaths in 2024 ..., including nine since the start of July", "dont six
    depuis janvier": a number word after "including" or "dont", given for its own time or place, counts part
    of the count before it (a year may stand between), its noun elided."""
    assert [k for k in keys(text, lang) if k[1] == "count"] == expected


def test_an_amount_said_to_grow_to_a_bare_number_keeps_its_currency():
    """Construction: "Chaque joueuse touchera 30.000 dollars. Le montant passera à 60.000 pour les
    huitièmes, 90.000 pour les quarts": the amount's noun and a verb of its change before a bare number, in the
    next sentence: an amount in the currency just said, and so are the values listed after it."""
    text = (
        "Chaque joueuse touchera 30.000 dollars. Le montant passera à 60.000 pour les huitièmes de finaliste, "
        "90.000 pour les quarts de finaliste."
    )
    assert keys(text, "fr") == [(30_000, "money", "USD"), (60_000, "money", "USD"), (90_000, "money", "USD")]
    # no amount said before: a count stays a count
    assert keys("Le nombre passera à 60.000 visiteurs.", "fr") == [(60_000, "count", "visitor")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a player by position, then the age between commas
        ("The midfielder, 22, won the award.", "en", [(22, "age", None)]),
        ("The striker, 30, scored twice.", "en", [(30, "age", None)]),
        ("The company, 45, was fined.", "en", [(45, "count", None)]),
        # "and half" without its article, hyphenated
        ("He signed an eight-and-half-year deal.", "en", [(8.5, "duration", "years")]),
        # one unit, then a range's second bound
        (
            "The positions will go over the next year to 18 months.",
            "en",
            [(1, "duration", "years"), (18, "duration", "months")],
        ),
        ("Il faut une semaine ou 10 jours.", "fr", [(1, "duration", "weeks"), (10, "duration", "days")]),
        # how long it takes or lasts, said of one unit
        ("Getting there will take a month.", "en", [(1, "duration", "months")]),
        ("The strike lasted a week.", "en", [(1, "duration", "weeks")]),
        ("He took a day off.", "en", []),
        ("Ils pensaient ne s'absenter qu'une semaine.", "fr", [(1, "duration", "weeks")]),
        # "un seul", "only one": emphasis more often than a count the other version gives
        ("Le scrutin portait sur un seul objet.", "fr", []),
        # one, an item of a list of counts whose noun is elided
        (
            "The party won 16 seats, with seven for Ba, three for Dias and one for Sall.",
            "en",
            [(16, "count", "seat"), (7, "count", "seat"), (3, "count", "seat"), (1, "count", "seat")],
        ),
    ],
)
def test_ages_halves_and_spans_of_one_said_in_real_reports(text, lang, expected):
    """Constructions: an age after a player's position ("The midfielder, 22,"), "an eight-and-half-year deal",
    "the next year to 18 months", "will take a month", "qu'une semaine", and "one for Sall" closing a list of counts."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an amount restated to the next digit is in the currency it was first said in, not the last one's
        (
            "Une amende de 4,3 milliards d'euros vise Google. Il y a un an, une amende de 2,4 milliards de $ "
            "l'avait frappé. Ce sont 4,34 milliards d'amende qui visent le groupe.",
            "fr",
            [(4.3e9, "money", "EUR"), (2.4e9, "money", "USD"), (4.34e9, "money", "EUR")],
        ),
        # donors' pledges are a sum
        (
            "Le sommet a permis de réunir 2 milliards d'euros. Avant lundi, seuls 190 millions d'engagements "
            "avaient été enregistrés.",
            "fr",
            [(2e9, "money", "EUR"), (190e6, "money", "EUR")],
        ),
        # a part of an amount after "Sur les" / "Of the", in its scale and currency
        (
            "Teck paiera une amende de 60 millions de dollars. Sur les 60 millions versés par Teck, 58 iront "
            "au Fonds.",
            "fr",
            [(60e6, "money", "USD"), (60e6, "money", "USD"), (58e6, "money", "USD")],
        ),
        (
            "Of the $60 million paid by Teck, 58 will go to the fund.",
            "en",
            [(60e6, "money", "USD"), (58e6, "money", "USD")],
        ),
        (
            "Of the 60 million residents, 58 voted.",
            "en",
            [(60e6, "count", "resident"), (58, "count", "voted")],
        ),
        # a person's age said after "age" and a comma
        ("But the attacker's age, 17 at the time of the attack, ruled it out.", "en", [(17, "age", None)]),
    ],
)
def test_amounts_restated_pledged_or_parted_and_an_age_after_its_word(text, lang, expected):
    """Constructions: "4,3 milliards d'euros ... 2,4 milliards de $ ... 4,34 milliards d'amende" (a restated
    amount keeps its currency), "190 millions d'engagements", "Sur les 60 millions ..., 58 iront au Fonds", and
    "Rudakubana's age, 17 at the time"."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the ages a rule moves between
        (
            "The legal age that opens the right to a full pension would be pushed back from the current 62 to 64.",
            "en",
            [(62, "age", None), (64, "age", None)],
        ),
        ("They want to raise the retirement age to 67.", "en", [(67, "age", None)]),
        # the age one reaches, whatever follows it
        (
            "Her sentence would be commuted if she turns 75 before it is carried out.",
            "en",
            [(75, "age", None)],
        ),
        # the age at death, words between the verb and "à"
        ("Le peintre est né en 1862 et devait mourir en 1918 à 55 ans.", "fr", [(55, "age", None)]),
        # a list of ages whose first number says whose they are
        (
            "Trois mineurs de 17, 16 et 14 ans font partie des victimes.",
            "fr",
            [(3, "count", "mineurs"), (17, "age", None), (16, "age", None), (14, "age", None)],
        ),
        (
            "Les peines de 2, 3 et 5 ans ont été confirmées.",
            "fr",
            [(2, "duration", "years"), (3, "duration", "years"), (5, "duration", "years")],
        ),
    ],
)
def test_ages_of_rules_of_death_and_of_lists_in_real_reports(text, lang, expected):
    """Constructions: "the legal age ... from the current 62 to 64", "if she turns 75 before", "mourir en 1918 à
    55 ans", "Trois mineurs de 17, 16 et 14 ans" (the last number's years are an age as the first's are)."""
    assert [k for k in keys(text, lang) if k[1] != "year"] == expected


def test_a_canadian_paper_converting_an_american_amount_writes_american_dollars():
    """Construction: a Canadian paper's story of a sale in New York, "38 M$ USD (environ 51 380 000 $
    canadiens)", then "le prix de 38 millions de dollars": its bare dollars are the story's US ones, only the
    conversion is Canadian."""
    article = Article(
        title="Une bible vendue aux enchères",
        blocks=[
            Block(
                "paragraph",
                "Une bible hébraïque a trouvé preneur pour 38 M$ USD (environ 51 380 000 $ canadiens) mercredi à "
                "New York.",
            ),
            Block("paragraph", "Le prix de 38 millions de dollars traduit son importance."),
        ],
        lang="fr",
        source="Noovo Info",
        url="https://www.noovo.info/nouvelle/une-bible-vendue.html",
    )
    body, _ = article_figures(article)
    assert [(f.value, f.currency) for f in body if f.kind == "money"] == [
        (38e6, "USD"),
        (51_380_000, "CAD"),
        (38e6, "USD"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "last year" between a year the sentence names and the figure: the figure is of last year
        (
            "His portrait sold in 2006 for $87.9 million, while his landscape went last year for $104.6 million.",
            "en",
            [(87.9e6, 2006), (104.6e6, YEAR_BEFORE_ARTICLE)],
        ),
        # "l'an dernier" before the figure in its clause
        (
            "La toile a été cédée l'an dernier chez Christie's à New York pour 104,5 millions de dollars.",
            "fr",
            [(104.5e6, YEAR_BEFORE_ARTICLE)],
        ),
        # a comma ends the clause that "last year" opens
        ("Unlike last year, $5 million was raised.", "en", [(5e6, None)]),
    ],
)
def test_a_figure_said_of_last_year_in_its_clause_is_dated_to_it(text, lang, expected):
    """Construction: "sold in 2006 for $87.9 million, while Birch Forest went last year for $104.6 million",
    "cédé l'an dernier chez Christie's à New York pour 104,5 millions": the figure is of the year before the
    article's, not of the year the sentence named first (nor of none)."""
    assert [(f.value, f.year) for f in extract_figures(text, lang) if f.kind == "money"] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a code's section named by its number
        ("La décision vise la disposition 745.51 du Code criminel.", "fr", []),
        ("Les meurtriers condamnés en vertu de 754.51 auront droit à une réparation.", "fr", []),
        # a person's age at a time said after it
        ("He will be 67 before he has his first chance of parole.", "en", [(67, "age", None)]),
        ("She was 19 when she left.", "en", [(19, "age", None)]),
        ("It was 5 when the bell rang.", "en", [(5, "count", None)]),
    ],
)
def test_a_codes_section_and_an_age_at_a_time(text, lang, expected):
    """Constructions: "la disposition 745.51 du Code criminel", "en vertu de 754.51" (a section's number, no
    figure); "He will be 67 before he has his first chance of parole" (an age, a clause of time after it)."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Les hivers sont plus doux que dans les années 60 ou 70.", "fr", []),
        ("Dans les années 80 et 90, la ville a grandi.", "fr", []),
        ("It put eight cities under its highest 'Level 3' heat warning.", "en", [(8, "count", "city")]),
        ("'Three people died,' he said.", "en", [(3, "count", "death")]),
    ],
)
def test_a_decade_after_another_and_a_quoted_names_number(text, lang, expected):
    """Constructions: "les années 60 ou 70" (the second decade of a pair), "its highest 'Level 3' heat warning" (a
    level's name in quotes, no count)."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le manuscrit aurait été fabriqué entre 880 et 960.", "fr", [(880, "year"), (960, "year")]),
        ("The codex was written between 1450 and 1460 in Florence.", "en", [(1450, "year"), (1460, "year")]),
        ("Ils ont fabriqué entre 300 et 400 voitures.", "fr", [(300, "count"), (400, "count")]),
        ("They made between 300 and 400.", "en", [(300, "count"), (400, "count")]),
    ],
)
def test_a_range_of_years_a_work_was_made_in(text, lang, expected):
    """Construction: "aurait été fabriqué entre 880 et 960", "was written between 1450 and 1460": when a work was
    made, its years (three digits for the ninth century); what a maker made between two numbers stays a count."""
    assert [(f.value, f.kind) for f in extract_figures(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Son équipe a terminé avec 90.210euros.", "fr", [(90_210, "money", "EUR")]),
        ("It cost 300dollars.", "en", [(300, "money", "USD")]),
        ("They paid a 400-euro fine.", "en", [(400, "money", "EUR")]),
    ],
)
def test_a_currency_word_glued_to_its_digits(text, lang, expected):
    """Construction: "terminer avec 90.210euros", "300dollars": the currency word glued to the amount, as web copy
    loses a space; read as the spaced word is."""
    assert keys(text, lang) == expected


def test_the_age_a_rule_reaches():
    """Construction: "The legal retirement age ... is to go up gradually, by 3 months each year, and reach 64 in
    2030": the age the rule reaches; a number some other noun reaches stays a count."""
    text = "The legal retirement age is to go up gradually, by 3 months each year, and reach 64 in 2030."
    assert [k for k in keys(text, "en") if k[1] != "year"] == [(3, "duration", "months"), (64, "age", None)]
    assert keys("The minimum age rose and fines reached 50.", "en") == [(50, "count", None)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("In 1990 a 20-month old toddler was crushed by a chest.", "en", [(20, "age", "months")]),
        ("A six-week old puppy was found.", "en", [(6, "age", "weeks")]),
        ("The 16-month old war goes on.", "en", [(16, "duration", "months")]),
    ],
)
def test_an_age_in_months_with_a_hyphen_short(text, lang, expected):
    """Construction: "a 20-month old toddler", "a six-week old puppy": an age in months or weeks written without
    its second hyphen; the span of a war so written stays a duration."""
    assert keys(text, lang) == expected


def test_a_number_after_a_weekday_is_its_day_of_the_month():
    """Construction: "a annoncé jeudi 14 qu'elle fermait": the day of the month after a weekday, then a word of
    the sentence; a number word after a weekday ("ce samedi trois nouveaux arrivants") and a count of a known
    noun ("Lundi 12 personnes ont été arrêtées") stay counts."""
    assert keys("La chaîne a annoncé jeudi 14 qu'elle fermait 30 magasins.", "fr") == [(30, "count", "store")]
    assert [k[:2] for k in keys("Le port accueille ce samedi trois nouveaux navires.", "fr")] == [
        (3, "count")
    ]
    assert [k[:2] for k in keys("Lundi 12 personnes ont été arrêtées.", "fr")] == [(12, "count")]


def test_estimates_of_people_are_no_amount():
    """Construction: "estimates of the newly jobless, which range from 40 million to 60 million" in a text with
    a price: the estimates count people; an estimate of a cost ("the estimate of the cost rose to 2.5 billion")
    stays an amount."""
    text = (
        "The line is drawn at $2.15 a day. Estimates of the newly jobless, which range from 40 million to "
        "60 million, depend on the recovery."
    )
    assert keys(text, "en")[1:] == [(40_000_000, "count", None), (60_000_000, "count", None)]
    text = "The estimate of the cost rose to 2.5 billion, from $2 billion."
    assert keys(text, "en")[0] == (2_500_000_000, "money", "USD")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Deaths among 10 to 19 year-olds went down.", "en", [(10, "age", None), (19, "age", None)]),
        ("Deaths under five fell to 4.9 million.", "en", [(5, "age", None), (4_900_000, "count", None)]),
        ("Mortality under five is highest in Chad.", "en", [(5, "age", None)]),
    ],
)
def test_ages_of_children_by_their_deaths(text, lang, expected):
    """Constructions: "deaths among 10 to 19 year-olds" (a range of ages before "year-olds"), "deaths under five",
    "mortality under five": the ages of the children whose deaths are counted."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a touché 2 500 000 d'euros.", [(2_500_000, "money", "EUR")]),
        ("Le gain équivaut à 600.000.000 de Fcfa.", [(600_000_000, "money", "XOF")]),
        ("Le club compte 2 000 de membres.", [(2000, "count", None)]),
    ],
)
def test_a_sum_in_full_digits_takes_de_before_its_currency(text, expected):
    """Construction: "2 500 000 d'euros", "600.000.000 de Fcfa": a sum written out in digits takes "de" before
    its currency as a scale word does; a small number before "de" does not."""
    assert keys(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The top prize was $900 million; the odds are 1 in 302.6 million.",
            "en",
            [(900_000_000, "money", "USD"), (302_600_000, "count", "odds")],
        ),
        (
            "Le gros lot de 200 millions d'euros: une chance sur 139 millions, 1 sur 13 000 000 pour le rang 2.",
            "fr",
            [(200_000_000, "money", "EUR"), (139_000_000, "count", "odds"), (13_000_000, "count", "odds")],
        ),
        ("One in 13 children died.", "en", [(13, "count", "death")]),
    ],
)
def test_the_odds_of_a_draw(text, lang, expected):
    """Construction: "the odds are 1 in 302.6 million", "une chance sur 139 millions": the odds of a draw are a
    count of chances, never an amount beside the jackpot, and their "1" is no figure."""
    assert keys(text, lang) == expected


def test_a_price_of_one_as_a_gesture():
    """Construction: "repris pour un euro symbolique", "une livre symbolique": a price of one, an article-like
    number word kept; "un euro de plus" stays no figure."""
    assert keys("Le groupe a été repris pour un euro symbolique.", "fr") == [(1, "money", "EUR")]
    assert keys("Vendue pour une livre symbolique.", "fr") == [(1, "money", "GBP")]
    assert keys("Il faut un euro de plus.", "fr") == []


def test_a_group_named_by_a_number_in_quotes():
    """Construction: "le gang des « 500 sauvages »": a group's name in quotes opening with a number, no count;
    a count in quotes after a noun of another kind ("une foule de « 300 personnes »") stays."""
    assert keys("Les 12 otages étaient aux mains du gang des « 500 sauvages ».", "fr") == [
        (12, "count", "hostage")
    ]
    assert [k[:2] for k in keys("Une foule de « 300 personnes » a défilé.", "fr")] == [(300, "count")]


def test_people_under_an_age_before_a_purpose():
    """Construction: "des abonnements destinés aux moins de 26 ans pour les inciter": people said by the age
    they are under, before the "pour" of a purpose; "il a eu moins de 3 ans pour se préparer" stays a span."""
    text = "Des abonnements destinés aux moins de 26 ans pour les inciter à voyager."
    assert keys(text, "fr") == [(26, "age", None)]
    assert keys("Il a eu moins de 3 ans pour se préparer.", "fr") == [(3, "duration", "years")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le paquet augmente de 60 cts en moyenne.", [(0.6, "money", "EUR")]),
        ("Des hausses de 30 cts puis 40 cts.", [(0.3, "money", "EUR"), (0.4, "money", "EUR")]),
    ],
)
def test_centimes_abbreviated_cts(text, expected):
    """Construction: "augmente de 60 cts": centimes abbreviated "cts", euro cents in a French text (the full
    stop after is no part of the amount)."""
    found = extract_figures(text, "fr")
    assert keys(text, "fr") == expected
    assert all(text[f.end - 1] == "s" for f in found)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "L'abonnement coûtera 4 francs de plus (150 par année).",
            "fr",
            [(4, "money", "CHF"), (150, "money", "CHF")],
        ),
        ("The pass will cost £5 more (60 a year).", "en", [(5, "money", "GBP"), (60, "money", "GBP")]),
        (
            "Les 4 francs de plus (150 clients) fâchent.",
            "fr",
            [(4, "money", "CHF"), (150, "count", "customer")],
        ),
    ],
)
def test_an_amount_restated_over_a_period_in_brackets(text, lang, expected):
    """Construction: "coûtera 4 francs de plus (150 par année)": the amount over a period in brackets after it,
    in its currency; a bracketed count of a noun stays a count."""
    assert keys(text, lang) == expected


def test_a_venue_by_the_people_it_holds():
    """Construction: "the 900-capacity club", "a 45,000-seat stadium": a venue's size, the people it holds."""
    text = "The 900-capacity club stood near a 45,000-seat stadium."
    assert keys(text, "en") == [(900, "count", "seat"), (45_000, "count", "seat")]


def test_a_canadian_paper_reporting_from_abroad():
    """Construction: a Canadian paper's report under a foreign dateline ("VIENNE, Autriche – ... 6,2 millions $"):
    the story's dollars as given, US dollars; its Canadian datelines ("FERNIE, B.C. —") and its conversions of
    other currencies ("LONDRES, Royaume-Uni – ... 16 millions de livres (25,4 millions $)") stay Canadian."""
    abroad = (
        "VIENNE, Autriche – Le rapport affirme que 6,2 millions $ manquent dans les comptes de la fédération."
    )
    assert article_dollar(abroad, "RDS", "https://www.rds.ca/a", None, "", "fr") == "USD"
    home = "FERNIE, B.C. — The mine was fined $60 million by the court."
    assert article_dollar(home, "CBC", "https://www.cbc.ca/a", None, "", "en") == "CAD"
    converted = "LONDRES, Royaume-Uni – Le tableau a été vendu 16 millions de livres (25,4 millions $)."
    assert article_dollar(converted, "La Presse", "https://www.lapresse.ca/a", None, "", "fr") == "CAD"


def test_a_canadian_paper_reprinting_a_story_datelined_in_a_city_the_wires_write_alone():
    """Construction: a byline, then "WASHINGTON— ... a $700-million settlement with U.S. regulators" in a
    Canadian paper: an American paper's story under a city dateline written without its country, whose dollars
    are US dollars even where it mentions the customers reached in Canada; a Canadian city's dateline
    ("OTTAWA —") keeps the paper's dollars."""
    story = (
        "JANE ROE\n\nWASHINGTON— A lender said a hacker reached 90 million files, 5 million of them in Canada. "
        "It expects costs of $120 million."
    )
    assert article_dollar(story, "Toronto Star", "https://www.thestar.com/a", None, "", "en") == "USD"
    home = story.replace("WASHINGTON—", "OTTAWA —")
    assert article_dollar(home, "Toronto Star", "https://www.thestar.com/a", None, "", "en") == "CAD"


def test_a_death_count_and_the_total_of_deaths_name_a_toll():
    """Constructions: "brought the total death count to 812", "Le total des décès signalés ... s'élève
    désormais à 497": the noun of the toll before the number; the two tolls then dispute each other."""
    en = extract_figures("The new reports brought the total death count to 812, a tally showed.", "en")
    fr = extract_figures("Le total des décès signalés par les pays s'élève désormais à 497.", "fr")
    assert [(f.value, f.unit) for f in en] == [(812, "death")]
    assert [(f.value, f.unit) for f in fr] == [(497, "death")]
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(812, 497)]


def test_homes_damaged_named_by_their_fate_alone_are_one_tally_in_both_languages():
    """Constructions: "52,000 homes were destroyed and 64,000 damaged" against "31.000 maisons détruites, près
    de 42.000 autres endommagées": the damaged (a fate, the noun left out; "autres" before it is another tally,
    not the rest of a whole) are one tally of the disaster in both versions, disputed however far apart its
    reports are; "in Saturday's quake" names a day, no place."""
    en = extract_figures("Some 52,000 homes were destroyed and 64,000 damaged in Saturday's quake.", "en")
    fr = extract_figures("On compte 31.000 maisons détruites, près de 42.000 autres endommagées.", "fr")
    damaged_en = [f for f in en if f.value == 64_000]
    damaged_fr = [f for f in fr if f.value == 42_000]
    assert [(f.unit, f.place) for f in damaged_en] == [("damaged", None)]
    assert [(f.unit, f.rest) for f in damaged_fr] == [("damaged", False)]
    assert (64_000, 42_000) in [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts]


def test_a_term_named_by_its_kind_in_capitals():
    """Construction: "sa peine d'État de 21 ans": the kind of the term, capitalised after "d'", is no person's
    name; "le fils d'Anne de 21 ans" stays an age."""
    assert keys("Il purge déjà sa peine d'État de 21 ans.", "fr") == [(21, "duration", "years")]
    assert keys("Le fils d'Anne de 21 ans a été blessé.", "fr") == [(21, "age", None)]


def test_the_age_of_a_nominee_in_brackets():
    """Construction: "le plus vieux nominé (86 ans)", "la gagnante (41 ans)": a nominee's or a winner's age in
    brackets."""
    assert keys("Il reste le plus vieux nominé (86 ans).", "fr") == [(86, "age", None)]
    assert keys("La gagnante (41 ans) a pleuré.", "fr") == [(41, "age", None)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "All 14 patients (100%; 95% confidence interval, 77 to 100) responded.",
            "en",
            [(14, "count", "patient"), (100, "percent", None)],
        ),
        (
            "The risk fell 31% (95% CI, 0.52-0.81) in 2,104 patients.",
            "en",
            [(31, "percent", None), (2104, "count", "patient")],
        ),
        ("Le risque baisse de 31 % (IC à 95 % : 0,52 à 0,81).", "fr", [(31, "percent", None)]),
        ("Le taux était de 62 % (intervalle de confiance de 52 à 72 %).", "fr", [(62, "percent", None)]),
        # the abbreviation before a colon or after a bracket: "(95% CI: 20%-80%)", "[CI 95%: 12%-70%]"
        ("The risk rose by 46% (95% CI: 21%-78%) among smokers.", "en", [(46, "percent", None)]),
        ("The risk rose 38% [CI 95%: 11%-69%].", "en", [(38, "percent", None)]),
        ("Il y a 95 % de chances de pluie.", "fr", [(95, "percent", None)]),
    ],
)
def test_a_confidence_interval_is_no_key_figure(text, lang, expected):
    """Constructions: "(100%; 95% confidence interval, 77 to 100)", "(IC à 95 % : 0,52 à 0,81)", "(95% CI: ...)",
    "[CI 95%: ...]": a study's
    confidence interval, its level and its bounds, are statistics of the estimate beside it, no key figure."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Some 400 to 450,000 homes may stay dark.", "en", [400_000, 450_000]),
        ("Entre 300 et 350 000 clients restaient privés de courant.", "fr", [300_000, 350_000]),
        ("From 300 to 35,000 people came.", "en", [300, 35_000]),
        ("From 5 to 10,000 euros.", "en", [5, 10_000]),
    ],
)
def test_the_thousands_of_a_range_said_once(text, lang, expected):
    """Construction: "some 400 to 450,000 homes", "entre 300 et 350 000 clients": the thousands said once, on
    the range's second number, when the first in thousands comes close below it; "from 300 to 35,000" and
    "from 5 to 10,000" stay as written."""
    assert [k[0] for k in keys(text, lang)] == expected


def test_all_ones_effort_as_a_share():
    """Construction: "donner « notre 100 % »", "gave their 100%": all one's effort, no share; "financé à 100 %"
    stays a percentage."""
    assert keys("Les équipes vont donner « notre 100 % » ce week-end.", "fr") == []
    assert keys("They gave their 100% all season.", "en") == []
    assert keys("Le projet est financé à 100 %.", "fr") == [(100, "percent", None)]


def test_the_spinoffs_of_an_event_are_an_amount():
    """Construction: "Il évoque 25 millions en retombées directes": what an event brings a region, an amount in
    the text's currency."""
    text = "Le port a investi 40 millions de dollars. Il évoque 25 millions en retombées directes."
    assert keys(text, "fr", "CAD") == [(40_000_000, "money", "CAD"), (25_000_000, "money", "CAD")]


def test_a_canadian_paper_carrying_dollars_converted_into_euros():
    """Construction: "4,1 millions de dollars (3,8 millions d'euros)" in a Canadian paper's story from abroad:
    a French wire's US dollars, which it converts into euros; a Canadian story's dollars stay Canadian."""
    abroad = "Au Kenya, la société a chiffré à 4,1 millions de dollars (3,8 millions d'euros) ses pertes."
    assert article_dollar(abroad, "TVA Nouvelles", "https://www.tvanouvelles.ca/a", None, "", "fr") == "USD"
    home = "À Montréal, Québec et Laval, la Ville a chiffré ses pertes à 4,1 millions de dollars."
    assert article_dollar(home, "TVA Nouvelles", "https://www.tvanouvelles.ca/a", None, "", "fr") == "CAD"


def test_a_year_the_title_gives_as_a_spans_start_dates_its_figures():
    """Construction: a title "La mortalité infantile en baisse depuis 1995" above "passant de 11,2 millions de
    décès en 1995 à 5,1 millions": the year where the title's span starts is no year of the story, so the
    earlier figure stays dated; a title naming the year as its story's ("Les chiffres de 1995") undates it."""
    text = "La mortalité a baissé, passant de 11,2 millions de décès en 1995 à 5,1 millions en 2017."
    for title, year in (
        ("La mortalité infantile en baisse depuis 1995", 1995),
        ("Les chiffres de 1995", None),
    ):
        article = Article(
            title=title, blocks=[Block("paragraph", text)], lang="fr", date=datetime(2018, 9, 18)
        )
        body, _ = article_figures(article)
        assert [f.year for f in body if f.value == 11_200_000] == [year]


def test_the_age_of_alleged_killers():
    """Construction: "Deux tueurs présumés de 18 ans et 20 ans": the killers' ages, an adjective between."""
    assert keys("Deux tueurs présumés de 18 ans et 20 ans ont été arrêtés.", "fr")[1:] == [
        (18, "age", None),
        (20, "age", None),
    ]


def test_a_debt_in_the_plural_is_an_amount():
    """Construction: "Les 8 milliards de dettes des hôpitaux" beside an amount in euros: debts are a sum."""
    text = "Les 8 milliards de dettes des hôpitaux seront repris, en plus de 2 milliards d'euros."
    assert keys(text, "fr") == [(8_000_000_000, "money", "EUR"), (2_000_000_000, "money", "EUR")]


def test_fatal_cases_are_deaths():
    """Construction: "74 injury incidents including two fatal cases": the fatal cases are the dead, as
    "dont deux sont décédées" says."""
    assert keys(
        "That compares with 74 injury incidents including two fatal cases the year before.", "en"
    ) == [
        (74, "count", "incidents"),
        (2, "count", "death"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le bilan s'alourdit par rapport à 2019, année où la pollution a tué.", [(2019, "year")]),
        ("Le bilan s'améliore par rapport à 2021, avec 1.412 tués.", [(2021, "year"), (1412, "count")]),
        ("La trajectoire mène à 2,9 °C d'ici à 2100.", [(2.9, "temperature"), (2100, "year")]),
        ("Il faut ramener ce nombre à 2000 d'ici deux ans.", [(2000, "count"), (2, "duration")]),
    ],
)
def test_a_year_compared_with_or_reached_by(text, expected):
    """Constructions: "s'alourdit par rapport à 2019, année où", "d'ici à 2100": the year compared with or by
    which, even after a toll's word and before a comma; "ramener ce nombre à 2000" stays the number's value."""
    assert [(f.value, f.kind) for f in extract_figures(text, "fr")] == expected


def test_a_whole_number_compared_with_a_scaled_amount():
    """Construction: "portant ce dernier à 62 milliards contre 51 prévus": the whole number compared, close to
    the scaled amount's digits, is in its scale and currency; "1,2 million de visiteurs contre 12 expositions"
    stays a count."""
    text = "Le budget gagne 3 milliards d'euros, portant ce dernier à 62 milliards contre 51 prévus."
    assert keys(text, "fr")[-1] == (51_000_000_000, "money", "EUR")
    assert keys("Le musée a reçu 1,2 million de visiteurs contre 12 expositions.", "fr")[-1][:2] == (
        12,
        "count",
    )


def test_the_years_one_spent_after_more_than():
    """Construction: "retranchés les plus de cinq ans et demi qu'il a déjà passés en détention": the years he
    spent, no people over an age; "les plus de 65 ans que nous avons interrogés" stays an age."""
    text = "De sa peine seront retranchés les plus de cinq ans et demi qu'il a déjà passés en détention."
    assert keys(text, "fr") == [(5.5, "duration", "years")]
    assert keys("Les plus de 65 ans que nous avons interrogés.", "fr") == [(65, "age", None)]


def test_damages_in_billions_are_an_amount():
    """Construction: "Sur les 250 milliards de dommages totaux, environ 110 milliards étaient assurés": damage is
    a sum, in the currency of the text's amounts."""
    text = "Les catastrophes ont coûté 250 milliards de dollars. Sur les 250 milliards de dommages totaux, environ 110 milliards étaient assurés."
    assert [k for k in keys(text, "fr")] == [
        (250_000_000_000, "money", "USD"),
        (250_000_000_000, "money", "USD"),
        (110_000_000_000, "money", "USD"),
    ]


def test_people_over_an_age_who_died():
    """Construction: "the number of people over 65 who died from heat", "People over 70 died": an age bound,
    what befell them said after; "More than 30 people died" stays a toll."""
    assert keys("The number of people over 65 who died from heat rose.", "en") == [(65, "age", None)]
    assert keys("People over 70 died in the heatwave.", "en") == [(70, "age", None)]
    assert keys("More than 30 people died.", "en") == [(30, "count", "death")]


def test_from_one_year_to_the_other_is_no_span():
    """Construction: "8 millions de tonnes en moins d'une année à l'autre", "d'un jour sur l'autre": an idiom of
    change, no span of one year or day; "one year in Paris" stays a span, "from one day to the next" does not."""
    assert keys("Les prix varient d'un jour sur l'autre et d'une année à l'autre.", "fr") == []
    text = (
        "La récolte atteint 31 millions de tonnes, soit 6 millions de tonnes en moins d'une année à l'autre."
    )
    assert [k[1] for k in keys(text, "fr")] == ["count", "count"]
    assert keys("Prices vary from one day to the next. He spent one year in Paris.", "en") == [
        (1, "duration", "years")
    ]


def test_a_firm_tracing_its_origins_to_a_year():
    """Construction: "fait remonter ses origines à 1761": the year a firm's history starts, no count."""
    assert [
        (f.value, f.kind) for f in extract_figures("Le groupe fait remonter ses origines à 1761.", "fr")
    ] == [(1761, "year")]


def test_the_odds_of_a_draw_before_a_verb():
    """Construction: "n'a qu'une chance sur 139 millions de l'emporter": the odds, a verb after them read as no
    noun counted."""
    text = "Chaque billet n'a qu'une chance sur 139 millions de l'emporter."
    assert keys(text, "fr") == [(139_000_000, "count", "odds")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Il a attaqué des enfants de 20 à 30 mois.", "fr", [(20, "age", "months"), (30, "age", "months")]),
        (
            "Deux enfants, âgés de 20 et 30 mois, sont blessés.",
            "fr",
            [(2, "count", "child"), (20, "age", "months"), (30, "age", "months")],
        ),
        (
            "Two children aged 7 and 16 months were hurt.",
            "en",
            [(2, "count", "child"), (7, "age", "months"), (16, "age", "months")],
        ),
        ("The suspects, ages 21 to 33, were held.", "en", [(21, "age", None), (33, "age", None)]),
        ("Une peine de 6 à 9 mois.", "fr", [(6, "duration", "months"), (9, "duration", "months")]),
    ],
)
def test_a_range_or_pair_of_ages_in_months(text, lang, expected):
    """Constructions: "des enfants de 20 à 30 mois", "Deux enfants, âgés de 20 et 30 mois", "aged 7 and 16
    months": children's ages in months, the unit said once after the second; a term "de 6 à 9 mois" stays a span
    and ages in years stay in years."""
    assert keys(text, lang) == expected


def test_models_named_by_a_digit():
    """Construction: "concernent les modèles 3 et Y", "the models 3 and Y": a maker's models named by a digit and
    a letter, no count; "It sold 12 models" stays a count."""
    assert keys("Les ventes concernent surtout les modèles 3 et Y.", "fr") == []
    assert keys("The models 3 and Y led sales. It sold 12 models last year.", "en") == [
        (12, "count", "models")
    ]


def test_us_marker_after_a_bare_dollar_amount_on_a_canadian_site():
    """Construction: "$900 million U.S. worth of assets", "$3.64 billion U.S., with": a Canadian business site
    marks US dollars after the amount; "a $5 billion U.S. aid package" names what the sum is for, and stays in
    the site's dollar."""
    text = (
        "It sells $900 million U.S. worth of assets. Revenue fell to $3.64 billion U.S., as forecast. "
        "Ottawa backs a $5 billion U.S. aid package."
    )
    assert keys(text, "en", "CAD") == [
        (900_000_000, "money", "USD"),
        (3_640_000_000, "money", "USD"),
        (5_000_000_000, "money", "CAD"),
    ]


def test_a_canadian_wires_report_on_an_american_company_marks_its_first_amount_us():
    """Construction: "un bénéfice de 14 milliards $ US ... contre 4,65 milliards $": a Canadian wire's story on a
    company of California marks its first amount US and writes the others bare, in the same dollars; its story
    on a Canadian company, or one naming Canadian dollars, keeps the publisher's dollar."""
    american = (
        "L'entreprise de Menlo Park, en Californie, a déclaré un bénéfice de 14 milliards $ US. "
        "C'est une hausse par rapport aux 4,65 milliards $ de l'an dernier."
    )
    assert article_dollar(american, "La Presse Canadienne", lang="fr") == "USD"
    canadian = american.replace("Menlo Park, en Californie", "Montréal, au Québec")
    assert article_dollar(canadian, "La Presse Canadienne", lang="fr") == "CAD"
    bare_first = (
        "Elle a déclaré un bénéfice de 4,65 milliards $, contre 14 milliards $ US visés à Menlo Park."
    )
    assert article_dollar(bare_first, "La Presse Canadienne", lang="fr") == "CAD"


def test_a_quebec_regional_publisher_counts_canadian_dollars():
    """Construction: a radio station of Saguenay as the source ("CKAJ (Saguenay)") of a report naming the United
    States: its bare dollars are Canadian."""
    text = "Le Canada dépensera 63,7 milliards de dollars, loin derrière les États-Unis, a dit Mark Carney."
    assert article_dollar(text, "CKAJ (Saguenay)", lang="fr") == "CAD"


def test_the_vietnamese_dong():
    """Construction: "304 trillion dong (more than $12 billion)", "304 000 milliards de dongs": the Vietnamese
    currency, not a count."""
    assert keys("It took 304 trillion dong (more than $12 billion).", "en")[0] == (
        304_000_000_000_000,
        "money",
        "VND",
    )
    assert keys("Elle a pris 304 000 milliards de dongs.", "fr") == [(304_000_000_000_000, "money", "VND")]


def test_countries_counts_in_brackets_in_french():
    """Construction: "devant la Birmanie (61) et Israël (41)": a country's count in brackets, any country's name
    (not only those of a short list), while a town's bracketed département code ("Sète (34)") stays no figure."""
    assert keys("La Chine en détient le plus, devant la Birmanie (61) et Israël (41).", "fr") == [
        (61, "count", None),
        (41, "count", None),
    ]
    assert keys("Un accident à Sète (34) et à Nice (06).", "fr") == []


def test_how_often_a_range_of_years_recurs():
    """Construction: "un événement survenant tous les 2 à 5 ans": how often it recurs, a span of years, not the
    age group "des 6 à 14 ans"."""
    assert keys("Une crue survenant tous les 2 à 5 ans.", "fr") == [
        (2, "duration", "years"),
        (5, "duration", "years"),
    ]
    assert keys("La vaccination des 6 à 14 ans commence.", "fr") == [(6, "age", None), (14, "age", None)]


def test_a_count_before_a_models_name_spaced_like_a_thousands_group():
    """Construction: "dont 90 777X et cinq Dreamliner", "signed for 90 777X airplanes": the count before a model
    named by digits and a capital, not ninety thousand; "12 500 habitants" stays one number."""
    assert (90, "count", None) in keys("Elle commande 95 avions, dont 90 777X et cinq Dreamliner.", "fr")
    assert keys("Il y a 12 500 habitants.", "fr") == [(12_500, "count", "resident")]


def test_aircraft_counted_in_a_compound():
    """Constructions: "the recent 470-aircraft record order", "its now 1,000-strong order book": the aircraft an
    order counts; "the 27-member EU" stays a body's size."""
    assert keys("It tops the recent 470-aircraft record order of a rival.", "en") == [(470, "count", "plane")]
    assert [k[0] for k in keys("Its now 1,000-strong order book grew.", "en")] == [1000]
    assert keys("The 27-member EU agreed.", "en") == []


def test_a_currency_after_its_countrys_adjective():
    """Construction: "some 221tn Indonesian rupiah ($15.72bn)", "40 million Thai baht": the currency named with
    its country's adjective."""
    assert keys("The fires cost some 221tn Indonesian rupiah ($15.72bn).", "en")[0] == (
        221_000_000_000_000,
        "money",
        "IDR",
    )
    assert keys("It paid 40 million Thai baht.", "en") == [(40_000_000, "money", "THB")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Des individus âgés de 17 à plus de 60 ans ont été recrutés.", "fr"),
        ("Victims aged 17 to over 60 came.", "en"),
    ],
)
def test_a_range_of_ages_with_a_hedged_upper_bound(text, lang):
    """Constructions: "âgés de 17 à plus de 60 ans", "aged 17 to over 60": both bounds ages, the hedge inside the
    range; "des peines de 3 à plus de 10 ans" stays two terms."""
    assert keys(text, lang) == [(17, "age", None), (60, "age", None)]
    assert keys("Des peines de 3 à plus de 10 ans de prison.", "fr") == [
        (3, "duration", "years"),
        (10, "duration", "years"),
    ]


def test_trillions_as_a_capital_t_after_a_currency_sign():
    """Construction: "reached a record $32.6T": trillions, after a currency sign only ("32T" alone is no
    amount)."""
    assert keys("US debt reached a record $32.6T this year.", "en") == [(32_600_000_000_000, "money", "USD")]
    assert keys("The load weighs 32T.", "en") == []


def test_a_bonds_maturity_called_paper():
    """Construction: "benchmark 10-year paper": a bond's maturity, no duration of the story; "a 10-year plan"
    stays one."""
    assert keys("The spread on benchmark 10-year paper widened.", "en") == []
    assert keys("They signed a 10-year plan.", "en") == [(10, "duration", "years")]


def test_the_evening_news_named_by_its_hour():
    """Constructions: "Invité du 20 heures de France 2", "au journal de 20 heures": a channel's news programme,
    named by its hour, unquoted; "une grève de 20 heures" stays a span."""
    assert keys("Invité du 20 heures de France 2, le président a parlé.", "fr") == []
    assert keys("Il l'a dit au journal de 20 heures dimanche.", "fr") == []
    assert keys("La grève a duré 20 heures de plus.", "fr") == [(20, "duration", "hours")]


def test_cents_glued_to_a_lowercase_c_before_a_price_per_unit():
    """Construction: "diesel at 79.95c a litre", "a dividend of 45c per share": cents glued to a lowercase "c",
    as Australian and Irish papers write a price per unit; "1.48c hotter" stays degrees."""
    assert keys("Diesel sold at 79.95c a litre on Monday.", "en") == [(0.7995, "money", "USD")]
    assert keys("It declared a dividend of 45c per share.", "en") == [(0.45, "money", "USD")]
    assert keys("The year was 1.48c hotter than the old average.", "en") == [(1.48, "temperature", "C")]


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("Sur l'indice santé, l'inflation progresse quant à elle de 10,15% à 11,32%.", [True, False]),
        ("Le chômage a reculé de 7,4 % à 7,1 % au troisième trimestre.", [True, False]),
        ("Les loyers ont augmenté de 4 % sur un an.", [False]),
        ("Les ventes progressent de 6 % en un an.", [False]),
    ],
)
def test_a_french_changes_start_needs_the_value_it_went_to(text, earlier):
    """Constructions: "l'inflation progresse quant à elle de 11,25% à 12,27%", "a reculé de X à Y" (the value a
    rate moved from, no rate of its own to dispute); "a augmenté de 5 % sur un an" (the size of the change, a
    rate of the story)."""
    assert [f.earlier for f in extract_figures(text, "fr")] == earlier


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("By Thursday, 84 lab-confirmed E.coli cases were tied to the kitchen.", "en"),
        ("Le nombre d'hospitalisations est passé à 14, contre 11 signalé mardi.", "fr"),
        ("Il y avait 11 recensés mardi, selon l'agence.", "fr"),
    ],
)
def test_a_participle_or_a_compound_adjective_is_no_counted_noun(text, lang):
    """Constructions: "96 lab-confirmed E.coli cases" (an adjective compounded with "confirmed", skipped as
    "confirmed" is), "contre 12 signalé lundi" (a participle after a bare count): neither is the noun counted,
    so the count relates to the story's other counts of cases or patients."""
    units = {u for _, k, u in keys(text, lang) if k == "count"}
    assert not units & {"lab-confirmed", "signalé", "recensés"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a rider's gaps after whom he beat, in a list, and after "terminant à"
        (
            "Au général, il devance Marc Dupont de 5:12 et le Suisse Paul Martin de 8:41.",
            "fr",
            [(5.2, "minutes"), (8.683, "minutes")],
        ),
        ("Il gagne le chrono, Martin terminant à 1:09 du maillot jaune.", "fr", [(1.15, "minutes")]),
        ("He won the Tour, beating Marc Dupont by 5:12.", "en", [(5.2, "minutes")]),
        # race times with the minutes' sign doubled, or the seconds after a space before their word
        ("Elle a gagné le marathon en 2h13''47, un record.", "fr", [(133.783, "minutes")]),
        ("Lors de son premier marathon (2h03 27 secondes), il a impressionné.", "fr", [(123.45, "minutes")]),
        # an hour and its minutes, the hour said with its article
        ("Reading the verdict took over an hour and 25 minutes.", "en", [(85, "minutes")]),
    ],
)
def test_race_gaps_race_times_and_an_hour_and_minutes(text, lang, expected):
    """Constructions: "il devance Jonas Vingegaard de 6:17 et le Belge Remco Evenepoel de 9:18", "terminant à
    1:14 du maillot jaune" (gaps in minutes and seconds); "en 2h11''52", "(2h01 53 secondes)" (a race time
    as some French sites print it); "over an hour and 40 minutes" (one span of 100 minutes)."""
    assert [(v, u) for v, k, u in keys(text, lang) if k == "duration"] == expected


def test_bare_french_degrees_in_a_text_giving_fahrenheit_are_fahrenheit():
    """Construction: "un enregistrement de 126 degrés", "dépassent largement les 110 degrés" in a translated
    report that gives "118,5 Fahrenheit" beside its Celsius readings: no air reaches 110 °C; an oven's "200
    degrés" in a text without Fahrenheit stays Celsius."""
    text = (
        "La station a relevé 124 degrés vers 15h, après un record de 119,3 Fahrenheit (48,5 degrés Celsius)."
    )
    assert [(v, u) for v, k, u in keys(text, "fr") if k == "temperature"] == [
        (124, "F"),
        (119.3, "F"),
        (48.5, "C"),
    ]
    assert keys("Le four est chauffé à 200 degrés.", "fr") == [(200, "temperature", "C")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a score after the verb of the result and how easily it came
        ("Elles se sont imposées sans difficulté 4-1 au stade.", "fr", []),
        ("They won comfortably 4-1 at home.", "en", []),
        # an emergency number listed among services
        ("The outage cut off banking, 911, passport and payroll services.", "en", []),
        # a news channel's name
        ("Soldiers read a statement on the national television channel Congo 24.", "en", []),
        ("Le communiqué a été lu sur Congo 24, une chaîne de télévision d'État.", "fr", []),
        # the base a count that follows is a share of
        ("Sur 100 malades, en moyenne 61 sont des femmes.", "fr", [(61, "count", None)]),
    ],
)
def test_scores_listed_services_channels_and_a_base_are_no_counts(text, lang, expected):
    """Constructions: "se sont imposées sans difficulté 5-1 au Camp Nou" (a score); "law enforcement, 911,
    passport and banking services" (a number to call, among services); "the national television channel Gabon
    24", "lu sur Gabon 24, une chaîne de télévision" (a channel); "sur 100 décès, en moyenne 56 sont des
    hommes" (the base the next count is a share of)."""
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Just over a year ago, a shaft collapsed at a mine in the region, killing more than 60 people.",
            "en",
        ),
        (
            "Il y a un peu plus d'un an, un puits s'est effondré dans la région, tuant plus de 60 personnes.",
            "fr",
        ),
    ],
)
def test_a_sentence_opening_on_roughly_a_year_ago_dates_its_toll_to_last_year(text, lang):
    """Construction: "Just over a year ago, a tunnel collapsed ..., killing more than 70 people" (a past
    event's toll, dated to the year before the article's as "A year ago," dates one): it disputes none of the
    story's tolls."""
    (toll,) = [f for f in extract_figures(text, lang) if f.unit == "death"]
    assert toll.year == YEAR_BEFORE_ARTICLE


@pytest.mark.parametrize("person", ["supporter", "spectateur", "orphelin", "paysan"])
def test_a_person_noun_of_n_years_is_an_age(person):
    """Construction: "Un supporter de 43 ans, prénommé Doni, a raconté à l'AFP" (a person of N years: an age, as
    "un homme de 43 ans" is), for more nouns of people."""
    assert keys(f"Un {person} de 37 ans, prénommé Adi, a témoigné.", "fr") == [(37, "age", None)]


def test_an_english_wires_copy_on_a_canadian_site_keeps_the_wires_dollars():
    """Construction: "CTV News (The Associated Press)" on a story outside Canada, "a fee of 105 million euros
    ($113 million)": the wire's copy as sent, its conversion in US dollars; a French paper's translation of a
    wire, whose editors convert ("2 millions de livres (3,2 millions $)"), counts Canadian dollars."""
    from reader.figures.currency import article_dollar

    english = (
        "The midfielder moved from Turin to Manchester in 2016 for a fee of 95 million euros ($104 million)."
    )
    assert article_dollar(
        english, "Maple TV News (The Associated Press)", "https://maple.example.ca/x", lang="en"
    ) == ("USD")
    french = "Les vainqueurs toucheront 2 millions de livres (3,4 millions $) chacun."
    assert (
        article_dollar(french, "La Gazette de l'Érable (AFP)", "https://gazette.example.ca/x", lang="fr")
        == "CAD"
    )


@pytest.mark.parametrize(
    ("source", "where", "currency"),
    [("Gabon Matin", "", "XAF"), ("Dakar Soir", "", "XOF"), ("Hebdo Libre", " au Gabon", "XOF")],
)
def test_cfa_francs_of_a_text_naming_both_regions_once_are_the_publishers(source, where, currency):
    """Construction: a paper of one CFA zone quoting a national of the other ("Le Sénégalais X a confirmé
    l'attaque", "une rançon de 998M de FCFA"): the text and the publisher's name each name one region once,
    and the publisher's name says whose francs it counts; of a publisher naming neither region, the francs
    stay West Africa's on a tie, as before."""
    from reader.model import Article, Block
    from reader.pipeline import article_figures

    text = f"Le Sénégalais Amadou Ba a confirmé la fuite{where}. La rançon atteint 998M de FCFA, selon lui."
    article = Article(title="Fuite de données", blocks=[Block("paragraph", text)], lang="fr", source=source)
    body, _ = article_figures(article)
    assert [(f.value, f.currency) for f in body if f.kind == "money"] == [(998e6, currency)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "minus" said in words before a reading beyond the usual bounds of a spaced bare "C"
        (
            "A wind chill of minus 101 degrees Fahrenheit (minus 74 C) hit the peak.",
            [(-101, "F"), (-74, "C")],
        ),
        # a bare reading the bracket converts is in the other scale
        ("The station logged minus 40 (minus 40 C) at dawn.", [(-40, "F"), (-40, "C")]),
        ("The thermometer read 50 (10 C) at noon, a warm day.", [(50, "F"), (10, "C")]),
        # a range said below zero: the low bound in the high bound's scale, in both brackets
        (
            "Wind chills dropped to minus 40 to minus 55 degrees Fahrenheit (minus 40 to minus 48 C) overnight.",
            [(-40, "F"), (-55, "F"), (-40, "C"), (-48, "C")],
        ),
        ("Il faisait de moins 8 à moins 12 °C au lever du jour.", [(-8, "C"), (-12, "C")]),
    ],
)
def test_readings_below_zero_in_words_their_ranges_and_their_conversions(text, expected):
    """Constructions: "a wind chill of minus 108 degrees Fahrenheit (minus 78 C)", "an actual temperature of
    minus 47 (minus 44 C)" (the bare reading is in the scale the bracket does not give), "minus 45 to minus 50
    degrees Fahrenheit (minus 43 to minus 45 C)" (a range's bounds both said with "minus")."""
    lang = "fr" if "Il faisait" in text else "en"
    assert [(f.value, f.unit) for f in extract_figures(text, lang) if f.kind == "temperature"] == expected


def test_a_bracket_that_does_not_convert_the_number_before_it_leaves_it_a_count():
    """A count before a bracketed reading it is no conversion of stays a count ("5 (minus 3 C)")."""
    assert keys("Il y avait 5 refuges (moins 3 °C).", "fr")[0][1] == "count"


def test_bare_degrees_of_a_text_whose_readings_are_fahrenheit_are_fahrenheit():
    """Construction: "Death Valley hit 130 degrees" then "temperatures running 15 to 30 degrees above
    late-summer averages": a text whose bare degrees reach what no Celsius weather does gives them all in
    Fahrenheit; beside a reading named in Celsius, bare degrees keep the default."""
    text = "The desert hit 127 degrees on Sunday, with temperatures 10 to 20 degrees above normal."
    assert [(f.value, f.unit) for f in extract_figures(text, "en")] == [(127, "F"), (10, "F"), (20, "F")]
    text = "The desert hit 127 degrees (52.8 C) on Sunday, and the coast 20 degrees."
    assert [f.unit for f in extract_figures(text, "en")] == ["F", "C", "C"]


def test_airliners_ordered_in_plural_after_their_count_are_not_thousands():
    """Construction: "made up of 190 737 MAXs, 20 787s, and 10 777Xs": a count, then the model counted in the
    plural (or its letter and plural), not one number grouped in thousands."""
    text = "The order is made up of 120 737 MAXs, 30 787s and 15 777Xs, with options for 40 737 MAXes."
    assert [f.value for f in extract_figures(text, "en") if f.kind == "count"] == [120, 30, 15, 40]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The miner signed a R$12.5 billion (US$2.3 billion) deal.", [(12.5e9, "BRL"), (2.3e9, "USD")]),
        ("Le fonds a versé R$ 4,1 milliards aux familles.", [(4.1e9, "BRL")]),
        ("The firm was fined MX$800,000 last year.", [(800_000, "MXN")]),
        ("The chipmaker booked NT$95 billion in profit.", [(95e9, "TWD")]),
    ],
)
def test_dollar_signs_of_other_countries_prefixed_by_their_letter(text, expected):
    """Construction: "a R$37.7 billion (US$6.8 billion) agreement", the real as Brazilian papers and wires
    write it; the Mexican and Taiwanese dollars written the same way."""
    lang = "fr" if text.startswith("Le ") else "en"
    assert [(f.value, f.currency) for f in extract_figures(text, lang)] == expected


def test_a_bare_sum_after_a_verb_or_an_installment_keeps_the_texts_currency():
    """Constructions: "Of the 132 billion reais ..., 100 billion represents new resources" (a verb after the
    number is no counted noun) and "The first installment of 5 billion is due" (a part of a sum paid), in the
    currency of the amounts said before."""
    text = (
        "Of the 90 billion reais the firms agreed to pay, 60 billion represents new funds for the state.\n\n"
        "The first installment of 4 billion is due within a month."
    )
    assert [(f.value, f.kind, f.currency) for f in extract_figures(text, "en") if f.kind != "duration"] == [
        (90e9, "money", "BRL"),
        (60e9, "money", "BRL"),
        (4e9, "money", "BRL"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Futures closed at a stunning minus US$12.40 a barrel.", "en", [-12.40]),
        ("The contract slid to -$8.15 a barrel, a low of -US$9.02.", "en", [-8.15, -9.02]),
        ("Le baril a plongé en territoire négatif, à -12,40 dollars.", "fr", [-12.40]),
        # a dash set off before an amount elsewhere is punctuation
        ("Revenue - $5 million - fell, and the fee is $5 - and rising.", "en", [5e6, 5]),
    ],
)
def test_a_price_below_zero_is_negative(text, lang, expected):
    """Constructions: "ending the day at a stunning minus US$37.63 a barrel", "falls over 300% to -$37.63",
    "an all-time low of -US$40.32", "en territoire négatif, à -37,63 dollars": a level below zero, its minus
    sign after "to", "at", "of", "à", or said "minus"."""
    assert [f.value for f in extract_figures(text, lang) if f.kind == "money"] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Authorities evacuated 2,500 residents from the valley.", "en", ["evacuee"]),
        ("Les autorités ont évacué 2 000 à 3 500 habitants du quartier.", "fr", ["evacuee", "evacuee"]),
        ("Les pompiers ont évacué plus de 150 personnes.", "fr", ["evacuee"]),
        # not the people of a place counted for itself
        ("The valley has 2,500 residents.", "en", ["resident"]),
    ],
)
def test_people_a_verb_of_evacuating_counts_are_the_evacuated(text, lang, expected):
    """Construction: "Les autorités ont évacué 3 000 à 4 000 habitants" (a range too), "evacuated 800 residents":
    the people counted after a verb of evacuating are the evacuated, as those after a verb of killing are the
    dead, and dispute a count of the evacuated."""
    assert [f.unit for f in extract_figures(text, lang)] == expected


def test_a_degrees_length_in_years_is_no_span_and_bitcoins_are_written_btcs():
    """Constructions: "many will not require a four-year college degree" (what kind of degree, no span of the
    story; a contract's length stays one) and "a ransom of 55 BTCs ($167,000)" (the code in the plural)."""
    assert keys("Most of the jobs will not require a four-year college degree.", "en") == []
    assert keys("She signed a three-year contract.", "en") == [(3, "duration", "years")]
    assert keys("The gang asked for 40 BTCs ($150,000) in ransom.", "en") == [
        (40, "money", "BTC"),
        (150_000, "money", "USD"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a year's figures, as its levels
        (
            "Japanese arrivals remain 30% below 2019 figures.",
            "en",
            [(30, "percent", None), (2019, "year", None)],
        ),
        # the ngultrum as a wire writes its code
        ("The fee will be BTN 1,200 (USD 14) a night.", "en", [(1200, "money", "BTN"), (14, "money", "USD")]),
        # a year named after "une année": no span of one year
        ("Le ministère a salué une année 2024 historique.", "fr", [(2024, "year", None)]),
        # "day-tripping" visitors: no span of days
        ("The city counted over 120,000 day-tripping visitors.", "en", [(120_000, "count", "visitor")]),
    ],
)
def test_a_years_figures_a_wire_code_a_year_named_and_day_trippers(text, lang, expected):
    """Constructions: "Japanese visitors 30% below 2019 figures", "the fee will be BTN 1,200 (USD 14", "une
    année 2024 historique pour le tourisme", "over 144,000 day-tripping visitors"."""
    found = [
        (f.value, f.kind, f.currency if f.kind == "money" else f.unit) for f in extract_figures(text, lang)
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count and its change in brackets: the count takes no unit of the change
        ("Les décès ont reculé en Flandre (231, -4%) cette année.", [(231, "count"), (4, "percent")]),
        # the year a number is to be cut by
        ("L'objectif est de réduire de moitié le nombre de décès d'ici à 2030.", [(2030, "year")]),
    ],
)
def test_a_count_beside_its_signed_change_and_a_year_a_number_is_cut_by(text, expected):
    """Constructions: "reculé en Wallonie (197, -9%) et en Flandre (248, -5%)" (a comma then a signed rate: no
    list of rates) and "réduire de moitié le nombre de décès sur les routes d'ici à 2030" (the year it is due
    by, not a value the number is brought to)."""
    assert [(f.value, f.kind) for f in extract_figures(text, "fr")] == expected


def test_a_colleges_length_in_years_is_what_kind_of_college():
    """Construction: "80% of the cost of going to a public four-year college": what kind of college, no span."""
    assert keys("Grants once covered 80% of the cost of a public four-year college.", "en") == [
        (80, "percent", None)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The total reached 7,900 square km, 85% more than in the same period in 2018.", "en"),
        ("Les ventes sont 4 % plus élevées, soit 4 % de plus qu'en 2022.", "fr"),
    ],
)
def test_a_change_said_against_a_years_value_is_not_that_years(text, lang):
    """Construction: "8,934 square km, 83% more than in the same period in 2018": the year after "more than"
    dates the value compared with, not the change (which is of the article's year)."""
    assert [f.year for f in extract_figures(text, lang) if f.kind == "percent"][-1] is None


def test_an_australian_section_of_a_foreign_site_counts_australian_dollars():
    """Construction: "Westpac will pay a record penalty of $1.3bn ... Austrac" on "theguardian.com/australia-news/":
    the site's Australian section, on a story about its regulator, writes Australian dollars bare; the same
    site's other sections keep the US dollar."""
    from reader.figures.currency import article_dollar

    text = "The bank will pay a record penalty of $1.1bn to settle the action Austrac brought."
    assert (
        article_dollar(text, "The Guardian", "https://www.example-paper.com/australia-news/2020/x") == "AUD"
    )
    assert article_dollar(text, "The Guardian", "https://www.example-paper.com/business/2020/x") == "USD"


def test_civil_reparations_after_a_bare_sum_are_money():
    """Construction: "une amende de 730 millions d'euros et de 105 millions de réparations civiles": damages
    owed, an amount in the currency said before."""
    text = "Elle paiera une amende de 600 millions d'euros et de 95 millions de réparations civiles."
    assert keys(text, "fr") == [(600e6, "money", "EUR"), (95e6, "money", "EUR")]


def test_a_products_launch_year_dates_no_toll_and_a_range_of_the_dead_is_of_the_dead():
    """Constructions: "Mis sur le marché en 1976 pour traiter le diabète, le Mediator ... provoquant la mort de
    1 500 à 2 100 personnes" (the launch year opens the sentence and dates no figure of it; both bounds of the
    range after "la mort de" are of the dead), "killed 10 to 15 people"."""
    text = (
        "Mis sur le marché en 1976 pour traiter le diabète, le médicament a ensuite été prescrit comme "
        "coupe-faim, provoquant la mort de 1 200 à 1 900 personnes."
    )
    found = [(f.value, f.unit, f.year) for f in extract_figures(text, "fr") if f.kind == "count"]
    assert found == [(1200, "death", None), (1900, "death", None)]
    assert [f.unit for f in extract_figures("The blast killed 12 to 16 people.", "en")] == ["death", "death"]


def test_a_french_papers_millions_of_dollars_for_a_us_agency_are_us_dollars():
    """Construction: "le contrat de lancement a été facturé environ 178 M$" in a French space magazine on a NASA
    mission: "M$" is how Quebec writes millions, but a story about the United States, naming none of Canada,
    counts the agency's dollars; a Quebec story keeps its own."""
    from reader.figures.currency import article_dollar

    text = (
        "Attribué par la NASA en juillet, le contrat de lancement de la sonde a été facturé 150 M$ à la NASA. "
        "SpaceX lancera la sonde depuis la Floride."
    )
    assert article_dollar(text, "Revue de l'espace", "https://revue-espace.example.com/x", lang="fr") == "USD"
    text = "Le gouvernement du Québec a versé 150 M$ à l'usine de Bécancour."
    assert article_dollar(text, "Revue de l'espace", "https://revue-espace.example.com/x", lang="fr") == "CAD"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The launch carried the military satellite Ardent 3B to orbit.", "en", []),
        ("Le lanceur emportait le satellite KESTREL 2M et un autre engin.", "fr", []),
        # a scale letter after a currency, or before a currency word, stays a scale
        ("The fund raised $3B last year.", "en", [(3e9, "money")]),
        ("Profits hit 3B dollars last year.", "en", [(3e9, "money")]),
    ],
)
def test_a_names_number_and_letter_are_no_scaled_count(text, lang, expected):
    """Construction: "the French military satellite SYRACUSE 4B", "le satellite Syracuse 4B": a name's number
    and letter right after the name, no billions of anything."""
    assert [(f.value, f.kind) for f in extract_figures(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The holders won on penalties (5-3 in the shootout after a 2-2 draw).", "en"),
        ("Les Bleus l'ont emporté 4-3 aux tirs au but.", "fr"),
        ("Commissioners approved the deal 3-2 along party lines.", "en"),
        ("Un autotest suffit, à renouveler à J+2 et J+4.", "fr"),
    ],
)
def test_a_shootouts_score_a_boards_party_line_tally_and_days_counted_from_an_event(text, lang):
    """Constructions: "(4-2 in the shootout after a 3-3 draw", "approved the settlement 3-2 along party lines"
    (a board's tally, both sides under 20), "à renouveler à J+2 et J+4": no counts."""
    assert keys(text, lang) == []


def test_a_report_on_australia_from_a_publisher_no_dollar_tells_counts_australian_dollars():
    """Construction: an Irish site's report on Australia's bushfires ("Prime Minister Scott Morrison ... a $20
    million lease of firefighting aircraft", Sydney, New South Wales, Victoria named): a publisher whose dollar
    nothing tells, on a story about Australia naming no American place, counts Australian dollars; a report
    naming the United States too keeps the US dollar."""
    from reader.figures.currency import article_dollar

    text = (
        "Fires raged across New South Wales and Victoria as Australian troops were called up. In Sydney, the "
        "government pledged $15 million for more aircraft."
    )
    assert article_dollar(text, "Dublin Daily", "https://dublin-daily.example.ie/x", lang="en") == "AUD"
    text += " Washington offered help, and crews from California flew in."
    assert article_dollar(text, "Dublin Daily", "https://dublin-daily.example.ie/x", lang="en") == "USD"


def test_cases_of_people_count_the_people_and_a_sum_in_the_same_currency():
    """Constructions: "39 cas de salariés examinés" (the people whose cases are counted; "500 cas de choléra"
    stay cases) and "une amende de quatre millions de francs suisses et une compensation de 90 millions de la
    même monnaie" (the currency just said)."""
    assert [f.unit for f in extract_figures("Le procès a porté sur 31 cas de salariés.", "fr")] == [
        "employee"
    ]
    assert [f.unit for f in extract_figures("On a signalé 500 cas de choléra.", "fr")] == ["case"]
    text = "Une amende de trois millions de francs suisses et une compensation de 80 millions de la même monnaie."
    assert keys(text, "fr") == [(3e6, "money", "CHF"), (80e6, "money", "CHF")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une septantaine de perquisitions ont été menées.", (70, "about")),
        ("On compte une nonantaine de blessés.", (90, "about")),
        ("Une huitantaine de suspects ont été entendus.", (80, "about")),
    ],
)
def test_belgian_and_swiss_approximate_tens(text, expected):
    """Construction: "une septantaine de perquisitions menées à travers le monde" (Belgian and Swiss French for
    about seventy, as "une soixantaine" is about sixty): an estimate of a count."""
    assert [(f.value, f.approx) for f in extract_figures(text, "fr")] == [expected]


def test_a_number_of_years_counting_the_years_its_sentence_named_is_no_span():
    """Constructions: "plus basse qu'en 1991 et en 2017, deux années elles aussi frappées par le gel" and "en 2018
    puis en 2019 ... pour ces deux années": the years named, counted, no span of time; a span said after one year
    named ("En 2019, il a passé deux années en prison") or with no year ("for two years") stays one."""
    assert [f.kind for f in extract_figures("Pire qu'en 1991 et en 2017, deux années de gel.", "fr")] == [
        "year",
        "year",
    ]
    text = "On a compté 81.000 cas en 2018 et 104.000 en 2019, pour ces deux années."
    assert [f.kind for f in extract_figures(text, "fr")].count("duration") == 0
    assert [f.kind for f in extract_figures("Output fell in 2011 and 2015, two years of drought.", "en")] == [
        "year",
        "year",
    ]
    assert [
        (f.value, f.unit) for f in extract_figures("En 2019, il a passé deux années en prison.", "fr")
    ] == [
        (2019, None),
        (2, "years"),
    ]
    assert [(f.value, f.unit) for f in extract_figures("The firm grew for two years.", "en")] == [
        (2, "years")
    ]


def test_rates_below_zero_after_the_and_joined_to_one_are_levels():
    """Constructions: "widen its target range to -1.25 per cent and -0.25 per cent" and "lifted its rate to -0.25
    percent from the -0.75 percent level": rates below zero, as "to -1.25 per cent" is; a signed rate in a
    breakdown ("(-16.5 per cent) and exports (-4 per cent)") stays a fall of that size."""
    text = (
        "The bank set its range to -1.40 per cent and -0.40 per cent, from the -0.90 percent level of 2019."
    )
    assert [f.value for f in extract_figures(text, "en") if f.kind == "percent"] == [-1.4, -0.4, -0.9]
    assert [f.value for f in extract_figures("Le taux passe de -0,60 % à -0,35 %.", "fr")] == [-0.6, -0.35]
    falls = extract_figures("Sales fell (-16.5 per cent) and exports (-4 per cent).", "en")
    assert [(f.value, f.minus) for f in falls] == [(16.5, True), (4, True)]


def test_a_scaled_part_out_of_a_counted_whole_is_a_count_in_a_text_of_amounts():
    """Construction: "the plan costs $2.6 billion ... 22.2 million out of 27 million Yemenis need help" (and "sur 27
    millions de Yéménites"): the part counts what the whole counts, no amount; a part of a sum ("22 million out of
    the 100 million pledged") stays an amount."""
    text = "The plan costs $3.1 billion. Some 18.4 million out of 31 million Malians need help."
    assert [(f.value, f.kind) for f in extract_figures(text, "en")][1:] == [
        (18.4e6, "count"),
        (31e6, "count"),
    ]
    text = "Le plan coûte 3,1 milliards de dollars. Quelque 18,4 millions sur 31 millions de Maliens ont besoin d'aide."
    assert [(f.value, f.kind) for f in extract_figures(text, "fr")][1:] == [
        (18.4e6, "count"),
        (31e6, "count"),
    ]
    text = "Le plan coûte 3,1 milliards de dollars, dont 2 millions sur les 100 millions de dollars promis."
    assert [f.kind for f in extract_figures(text, "fr")] == ["money", "money", "money"]


def test_a_work_that_dates_to_around_a_year_and_the_seasons_of_the_rains():
    """Constructions: "the painting, which dates to around 1500" (as "painted around 1500"): a year, no count; "une
    série de quatre saisons des pluies insuffisantes": rainy seasons counted, no span of four years (a player's
    "six saisons à Lyon" stays one)."""
    assert [
        f.kind for f in extract_figures("The altarpiece, which dates to around 1480, was sold.", "en")
    ] == ["year"]
    assert [f.kind for f in extract_figures("The church, dating back to around 1650, burned.", "en")] == [
        "year"
    ]
    rains = extract_figures("Le pays a connu trois saisons des pluies ratées.", "fr")
    assert [(f.value, f.kind, f.unit) for f in rains] == [(3, "count", "season")]
    assert [(f.kind, f.unit) for f in extract_figures("Il a joué six saisons à Lyon.", "fr")] == [
        ("duration", "years")
    ]


def test_a_group_of_countries_named_by_its_number_is_no_count():
    """Construction: "En mai, les Vingt-Sept s'étaient entendus" (the EU's member states, "aux Quinze"): a name
    written with a capital inside its sentence, no count; a count opening its sentence stays one."""
    assert extract_figures("En mai, les Vingt-Sept s'étaient entendus sur un plan.", "fr") == []
    assert extract_figures("Le texte a été transmis aux Quinze hier.", "fr") == []
    assert [(f.value, f.unit) for f in extract_figures("Vingt-sept personnes sont mortes.", "fr")] == [
        (27, "death")
    ]


def test_a_champion_of_n_titles_counts_them():
    """Constructions: "the three-time Olympic champion", "Five-time Grand Slam champion" (as "cinq titres du Grand
    Chelem" counts them): titles won, a count; "a one-time payment" and "a seven-time All-Star" (selections) are
    not."""
    assert [
        (f.value, f.unit) for f in extract_figures("The three-time Olympic champion was banned.", "en")
    ] == [(3, "title")]
    assert [
        (f.value, f.unit)
        for f in extract_figures("Four-time Grand Slam singles champion Ana Lenz won.", "en")
    ] == [(4, "title")]
    assert extract_figures("He is a seven-time All-Star.", "en") == []
    # digits with a separator are read as any others: no error, and above the titles a champion counts
    assert extract_figures("He is the 1,000-time winner of nothing.", "en") == []
    assert [f.kind for f in extract_figures("a one-time payment of $2,500", "en")] == ["money"]


def test_one_national_in_a_list_of_peoples_is_counted():
    """Constructions: "four Ukrainians, two Austrians, one German and one Croatian", "deux Autrichiens, un Allemand
    et un Croate": one national in a list of the story's peoples, counted as the others are, and matched across
    the languages by its people; "one" after a count of another noun stays as it was."""
    en = extract_figures("The victims were four Slovaks, two Austrians, one German and one Croatian.", "en")
    fr = extract_figures(
        "Parmi les victimes, quatre Slovaques, deux Autrichiens, un Allemand et un Croate.", "fr"
    )
    assert [(f.value, f.unit) for f in en] == [
        (4, "national"),
        (2, "national"),
        (1, "national"),
        (1, "national"),
    ]
    assert [(f.value, f.unit) for f in fr] == [
        (4, "national"),
        (2, "national"),
        (1, "national"),
        (1, "national"),
    ]
    comparison = compare_figures(en, fr)
    assert len(comparison.matched) == 4 and comparison.only_en == comparison.only_fr == []
    french = compare_figures(
        extract_figures("Two Belgians and one Frenchman were hurt.", "en"),
        extract_figures("Deux Belges et un Français ont été blessés.", "fr"),
    )
    assert [(a.text, b.text) for a, b in french.matched] == [("Two", "Deux"), ("one", "un")]


def test_a_results_list_counts_its_number_words_as_its_digits():
    """Construction: "Labour has won 412, Conservatives 121, Liberal Democrats 71, Scottish National Party nine,
    Sinn Fein seven, ...": a results list, each name then its number; the number words are counts as the digits
    are. A number word after a name outside such a list ("Minister Jean Roy two") stays no figure."""
    text = "Of 120 seats, the Union won 64, the Greens 30, Civic Front nine, Sud Alliance seven, and Rural List two."
    assert [f.value for f in extract_figures(text, "en")] == [120, 64, 30, 9, 7, 2]
    assert [
        f.value for f in extract_figures("He met 12 officials, Minister Jean Roy two, and he left.", "en")
    ] == [12]


def test_a_number_word_after_a_quantifier_and_before_a_verb_counts_people():
    """Constructions: "the other three will not go back", "all three had already been sent home", "only six will
    report": a handful of people the sentence counts, its noun said before; not after a copula ("the other two
    were 'grabbing ...'" lists things)."""
    assert [f.value for f in extract_figures("Two were freed; the other four will not go back.", "en")] == [
        2,
        4,
    ]
    assert [f.value for f in extract_figures("All five had already been sent home.", "en")] == [5]
    assert [f.value for f in extract_figures("Of the recruits, only seven will report.", "en")] == [7]
    assert extract_figures('The other two were "pushing" and "shouting".', "en") == []


def test_the_us_dollar_named_as_a_currency_is_no_us_amount():
    """Construction: a French report naming "un milliard de dollars canadiens" and then "la dépréciation du dollar
    canadien face au dollar américain": the US dollar is the currency the loss is measured against, no US amount,
    so the text's bare dollars stay the Canadian ones it named; an amount in US dollars still tells otherwise."""

    def currencies(text: str) -> list[str | None]:
        article = Article(
            title="Pertes", blocks=[Block("paragraph", text)], lang="fr", date=datetime(2020, 5, 4)
        )
        body, _ = article_figures(article)
        return [f.currency for f in body if f.kind == "money"]

    assert currencies(
        "La compagnie a perdu 1,2 milliard de dollars canadiens. La baisse du dollar canadien face au dollar "
        "américain a coûté 640 millions de dollars."
    ) == ["CAD", "CAD"]
    assert currencies(
        "La compagnie a perdu 1,2 milliard de dollars canadiens. Elle doit 40 millions de dollars américains "
        "et 640 millions de dollars."
    ) == ["CAD", "USD", "USD"]


def test_passenger_numbers_in_a_text_of_amounts_are_counts():
    """Construction: "revenue fell 59 per cent to €11.1 billion, while passenger numbers plummeted 67 per cent to
    28.8 million" (and "le trafic passagers a reculé à 28,8 millions"): the people counted by the word of their
    numbers, no amount; a bare scaled number with no such word stays one."""
    text = "Revenue fell to €9.4 billion, while passenger numbers dropped 60 per cent to 31.2 million."
    assert [(f.value, f.kind) for f in extract_figures(text, "en")][-1] == (31.2e6, "count")
    text = "Le chiffre d'affaires a chuté à 9,4 milliards d'euros et le trafic passagers a reculé à 31,2 millions."
    assert [(f.value, f.kind) for f in extract_figures(text, "fr")][-1] == (31.2e6, "count")
    text = "Revenue fell to €9.4 billion, and the group cut costs by 31.2 million."
    assert [(f.value, f.kind) for f in extract_figures(text, "en")][-1] == (31.2e6, "money")


def test_those_aboard_named_by_what_they_are_and_as_passengers_are_one_count():
    """Construction: "the helicopter was carrying three soldiers" against "l'hélicoptère comptait trois
    passagers", "its four astronauts" against "ses quatre passagers" (those aboard named by their trade in one
    version, as passengers in the other): one quantity, matched; three soldiers are still not three cars."""
    en = extract_figures(
        "Officials said the helicopter was carrying three soldiers on a training flight.", "en"
    )
    fr = extract_figures("L'hélicoptère comptait trois passagers lors de ce vol d'entraînement.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).matched] == [(3, 3)]
    en = extract_figures("The capsule landed safely with its four astronauts on Sunday.", "en")
    fr = extract_figures("La capsule s'est posée dimanche avec ses quatre passagers à bord.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).matched] == [(4, 4)]
    en = extract_figures("Officials said three soldiers were hurt on the base.", "en")
    fr = extract_figures("Trois voitures ont brûlé sur la base.", "fr")
    assert compare_figures(en, fr).matched == []


def test_millions_of_one_value_to_two_digits_are_one_quantity_whatever_the_noun():
    """Construction: "the 5.1-million customers who were disconnected" against "5,1 millions de cartes SIM
    n'étaient pas enregistrées" (a count of millions stated to two significant digits, each version counting it
    with its own noun): one quantity, matched; a round "5 million" of two nouns stays two."""
    en = extract_figures(
        "The operator said the 5.1-million customers who were cut off had not registered.", "en"
    )
    fr = extract_figures(
        "En tout, 5,1 millions de cartes SIM de l'opérateur n'étaient pas enregistrées.", "fr"
    )
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).matched] == [(5.1e6, 5.1e6)]
    en = extract_figures("The operator said 5 million customers were cut off.", "en")
    fr = extract_figures("En tout, 5 millions de cartes SIM n'étaient pas enregistrées.", "fr")
    assert compare_figures(en, fr).matched == []


def test_coins_counted_after_a_cryptocurrency_is_named_are_amounts_of_it():
    """Construction: "the theft of NEM coins ... a total of 523 million coins were stolen", "850,000 bitcoins ...
    some 200,000 coins in a cold wallet", "des ethers ... 120 000 jetons" (coins or tokens counted once the text
    has named a cryptocurrency): amounts in the last one named; coins in a text naming none stay things."""

    def read(text: str, lang: str = "en") -> list[tuple[float, str, str | None]]:
        return [(f.value, f.kind, f.currency) for f in extract_figures(text, lang)]

    assert read("The exchange lost NEM coins. A total of 523 million coins were stolen.") == [
        (523e6, "money", "XEM")
    ]
    assert read("He lost 850,000 bitcoins, then found some 200,000 coins in a cold wallet.") == [
        (850000, "money", "BTC"),
        (200000, "money", "BTC"),
    ]
    assert read("Les pirates visaient des ethers : 120 000 jetons ont disparu.", "fr") == [
        (120000, "money", "ETH")
    ]
    assert read("The mint struck 4,000 coins for the jubilee.") == [(4000, "count", None)]


def test_an_amount_of_us_dollars_said_as_an_adjective_is_money():
    """Construction: "a new 1.3 billion U.S. dollar commuter railway" (the currency in the singular, as an
    adjective before the thing it pays for): an amount in US dollars, as "1.3 billion U.S. dollars" is."""
    found = extract_figures("Senegal opened a new 1.3 billion U.S. dollar commuter railway on Monday.", "en")
    assert [(f.value, f.kind, f.currency) for f in found] == [(1.3e9, "money", "USD")]


def test_pounds_of_money_are_an_amount_not_a_weight():
    """Construction: "converted around 20.2 million pounds of the illegally obtained money into Bitcoin" (pounds
    "of" money, after a determiner and words): an amount in sterling; "2 million pounds of cocaine" stays a
    weight, no amount."""
    found = extract_figures("She converted around 20.2 million pounds of the illegally obtained money.", "en")
    assert [(f.value, f.kind, f.currency) for f in found] == [(20.2e6, "money", "GBP")]
    found = extract_figures("Police seized 2 million pounds of cocaine at the port.", "en")
    assert [f.kind for f in found] != ["money"]


def test_a_lottery_draws_numbers_are_no_figures():
    """Construction: "the winning combination was 10, 33, 41, 47, 56, and the Powerball was 10", "les numéros
    gagnants sont le 5, le 12, le 23, le 31 et le 44, numéro chance 7" (the numbers of a draw, listed): no
    quantity; the jackpot beside them stays an amount, and numbers listed after other words stay counts."""
    found = extract_figures(
        "The jackpot reached $2.04 billion. The winning combination was 10, 33, 41, 47, 56, and the Powerball was 10.",
        "en",
    )
    assert [f.value for f in found] == [2.04e9]
    found = extract_figures(
        "Les numéros gagnants sont le 5, le 12, le 23, le 31 et le 44, numéro chance 7. Le gain atteint 12 millions"
        " d'euros.",
        "fr",
    )
    assert [f.value for f in found] == [12e6]
    found = extract_figures("The winning team played 3, 4 and 5 matches in 12 days.", "en")
    assert [f.value for f in found][:3] == [3, 4, 5]


def test_the_part_of_a_span_said_without_its_unit_is_in_the_spans_unit():
    """Construction: "an 18-month ban, eight of which will be commuted" (a part said by "of which" after the
    span and its noun), "18 mois : dix mois de suspension et huit de mise à l'épreuve" (the second part's unit
    left unsaid after "et"): durations in the span's unit; "300 cases, 20 of which" stays a count."""

    def read(text: str, lang: str = "en") -> list[tuple[float, str, str | None]]:
        return [(f.value, f.kind, f.unit) for f in extract_figures(text, lang)]

    assert read("He received an 18-month ban, eight of which will be commuted to treatment.")[-1] == (
        8,
        "duration",
        "months",
    )
    assert read("La sanction est de 18 mois : dix mois de suspension et huit de mise à l'épreuve.", "fr")[
        -1
    ] == (
        8,
        "duration",
        "months",
    )
    assert read("The inquiry opened 300 cases, 20 of which were closed.")[-1] == (20, "count", None)


def test_a_number_whose_hyphen_hangs_before_an_age_is_an_age():
    """Construction: "two female victims (a 25- and a 31-year-old)", "the 18- or 19-year-old suspects" (the
    first number's "-year-old" left unsaid, an article maybe before the second): two ages; a dash set off by
    spaces ("scored 25 - and a 31-year-old") joins nothing."""
    found = extract_figures("Two female victims (a 25- and a 31-year-old) died on Sunday.", "en")
    assert [(f.value, f.kind) for f in found][1:] == [(25, "age"), (31, "age")]
    found = extract_figures("The 18- or 19-year-old suspects were held.", "en")
    assert [(f.value, f.kind) for f in found] == [(18, "age"), (19, "age")]
    found = extract_figures("The club scored 25 - and a 31-year-old was hurt.", "en")
    assert [(f.value, f.kind) for f in found] == [(25, "count"), (31, "age")]


def test_a_towns_population_told_two_ways_is_one_quantity_disputed():
    """Construction: "a town with a population of 20,000" against "une ville d'environ 30 000 habitants" (a
    place's population, its inhabitants unsaid in one version): the same quantity, 50% apart, a conflict."""
    en = extract_figures("Kocani, a town with a population of 20,000, mourned its dead on Monday.", "en")
    fr = extract_figures("Kocani, une ville d'environ 30 000 habitants, pleurait ses morts lundi.", "fr")
    assert [f.unit for f in en] == ["resident"]
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(20000, 30000)]


def test_occasions_counted_before_an_article_are_no_ratio():
    """Construction: "a reconnu avoir enfreint à 232 reprises la règle" (occasions, then the object of the verb
    after them): a count of times; "dix fois la moyenne" stays a ratio, no figure."""
    found = extract_figures("Le joueur a reconnu avoir enfreint à 232 reprises la règle sur les paris.", "fr")
    assert [(f.value, f.unit) for f in found] == [(232, "time")]
    assert extract_figures("Le prix atteint dix fois la moyenne.", "fr") == []


def test_a_place_in_a_ranking_is_no_figure():
    """Construction: "whose ranking peaked at 113, played for his country", "its ranking rose to 45 this year" (a
    place in a ranking, closing its clause): no quantity; "a ranking of 500 companies" still counts them."""
    assert extract_figures("One player, whose ranking peaked at 113, played for his country.", "en") == []
    assert extract_figures("The university's ranking rose to 45 this year.", "en") == []
    found = extract_figures("The ranking of 500 companies lists 45 banks.", "en")
    assert [f.value for f in found] == [500, 45]


def test_an_adverb_after_a_number_is_no_counted_noun():
    """Construction: "will retire at 55 instead of the current 50", "rather than the 63 previously proposed" (an
    adverb right after the number): no noun counted, so the retirement age the sentence is about reads them as
    ages; "300 previously unreleased titles" stays a count."""
    found = extract_figures("Women in manual jobs will retire at 55 instead of the current 50.", "en")
    assert [(f.value, f.kind, f.unit) for f in found] == [(55, "age", None), (50, "age", None)]
    found = extract_figures(
        "The retirement age will be raised to 60 from 55, rather than the 63 previously proposed.", "en"
    )
    assert [(f.value, f.kind) for f in found] == [(60, "age"), (55, "age"), (63, "age")]
    found = extract_figures("The label sold 300 previously unreleased titles.", "en")
    assert [(f.value, f.kind) for f in found] == [(300, "count")]


def test_whole_years_in_the_sentence_naming_a_life_expectancy_are_years_of_it():
    """Construction: "the average life expectancy for women is 78 and 67 for men" (whole numbers, no unit, in the
    sentence naming a life expectancy): years of it, as "84.1 years" is; a span the text looks over ("over the
    past 50 years") stays one, and a count in the next sentence stays a count."""

    def read(text: str, lang: str = "en") -> list[tuple[float, str, str | None]]:
        return [(f.value, f.kind, f.unit) for f in extract_figures(text, lang)]

    assert read("In that country the average life expectancy for women is 78 and 67 for men.") == [
        (78, "duration", "years"),
        (67, "duration", "years"),
    ]
    assert read("Life expectancy has risen over the past 50 years.") == [(50, "duration", "years")]
    assert read("Life expectancy rose. Then 70 people were hired.") == [(70, "count", "person")]


def test_a_speakers_full_name_then_a_bracket_gives_an_age():
    """Construction: '"Our thoughts are with them," said Swiss CEO Jens Fehlinger (43).' (a speaker's verb or role,
    a full name, and a bracketed number closing the sentence): the speaker's age; a place's count in brackets
    ("Cases rose in San Diego (43).") stays a count."""
    found = extract_figures('"Our thoughts are with the family," said Swiss CEO Jonas Pfeiffer (43).', "en")
    assert [(f.value, f.kind) for f in found] == [(43, "age")]
    found = extract_figures("Cases rose again in San Diego (43).", "en")
    assert [(f.value, f.kind) for f in found] == [(43, "count")]


def test_names_and_ages_listed_with_spaced_semicolons_are_ages():
    """Construction: "Pavel Frolov, 32 ; Anatoliy Kovalev, 29 ; Artem Ochichenko, 27." (a French list of names
    and ages, the semicolon spaced as French typesets it): three ages; "Le bilan, 32 ; les blessés, 29." stays
    counts."""
    found = extract_figures("Pavel Frolov, 32 ; Anatoliy Kovalev, 29 ; Artem Ochichenko, 27.", "fr")
    assert [(f.value, f.kind) for f in found] == [(32, "age"), (29, "age"), (27, "age")]
    found = extract_figures("Le bilan, 32 ; les blessés, 29.", "fr")
    assert [f.kind for f in found] == ["count", "count"]


def test_years_listed_after_the_words_ages_are_are_ages():
    """Construction: "The ages of the children are 8 months, 3 years, 6 years, 13 years, and 15 years" (spans of
    time listed after words saying they are ages): ages, the baby's in months; "3 years" in the next sentence
    stays a span."""
    found = extract_figures(
        "The ages of the children are 8 months, 3 years, 6 years, 13 years, and 15 years.", "en"
    )
    assert [(f.value, f.kind, f.unit) for f in found] == [
        (8, "age", "months"),
        (3, "age", None),
        (6, "age", None),
        (13, "age", None),
        (15, "age", None),
    ]
    found = extract_figures("The ages are unknown. The trial took 3 years.", "en")
    assert [(f.value, f.kind) for f in found] == [(3, "duration")]


def test_a_name_then_aged_gives_the_age_its_person():
    """Construction: "l'une des jeunes filles, Aisha Alhaji Deri, âgée de 16 ans", "one of the girls, Aisha Deri,
    aged 16" (a full name, its comma, then the age's word): the age is that person's, so another version's
    unnamed "his 13-year-old daughter" is someone else, no conflict."""
    fr = extract_figures(
        "L'une des jeunes filles, Amina Bello Deri, âgée de 16 ans, a dit qu'elles allaient bien.", "fr"
    )
    assert [(f.value, f.place) for f in fr] == [(16, "amina bello deri")]
    en = extract_figures("One of the girls, Amina Deri, aged 16, said they were fine.", "en")
    assert [(f.value, f.place) for f in en] == [(16, "amina deri")]
    en = extract_figures("Musa Maina, reunited with his 13-year-old daughter, said the fighters left.", "en")
    assert compare_figures(en, fr).conflicts == []


def test_a_peoples_adjective_as_a_plural_counts_its_nationals():
    """Construction: "49 arrests, including 16 Dutch", "12 Swiss and 3 British" (a people's adjective standing for
    its nationals, as "16 Chinese" does): nationals of that people; "two French journalists" still counts
    journalists."""
    found = extract_figures("Police made 49 arrests, including 16 Dutch, and seized cocaine.", "en")
    assert [(f.value, f.unit, f.place) for f in found][1] == (16, "national", "dutch")
    found = extract_figures("Two French journalists were held.", "en")
    assert [(f.value, f.unit) for f in found] == [(2, "journalist")]


def test_french_years_glued_to_the_digits_are_read_as_spaced():
    """Construction: "Patrick Picque (45ans)", "un homme de 45ans", "10ans en prison" (French "ans" glued to the
    digits, as quick web copy prints it): the age or span "45 ans" would be, the bracketed one given its
    person's name; another version's "Patrick Picque, 51" disputes it person by person."""
    fr = extract_figures(
        "Les deux otages, Pierre Vasseur (45ans) et Louis Marchand (50ans), ont été libérés.", "fr"
    )
    assert [(f.value, f.kind, f.place) for f in fr][1:] == [
        (45, "age", "pierre vasseur"),
        (50, "age", "louis marchand"),
    ]
    assert [(f.value, f.kind) for f in extract_figures("Il a passé 10ans en prison.", "fr")] == [
        (10, "duration")
    ]
    en = extract_figures("The two tourists, Pierre Vasseur, 51, and Louis Marchand, 46, were freed.", "en")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(51, 45), (46, 50)]


def test_a_half_dozen_after_an_article_is_six():
    """Construction: "about a half-dozen passengers were hurt", "a half-million people" (the article, then half a
    scale in one hyphenated word): six, half a million; as "half a dozen" is."""
    found = extract_figures("About a half-dozen passengers were hurt.", "en")
    assert [(f.value, f.approx) for f in found] == [(6, "about")]
    found = extract_figures("A half-million people were displaced.", "en")
    assert [f.value for f in found] == [500000]


def test_citizens_of_a_people_are_its_nationals():
    """Construction: "charges against 12 Chinese nationals" against "visant dix citoyens chinois" (citizens of a
    people named as such in one version): nationals of that people, one quantity disputed; citizens of no people
    named ("the troops saved 100 citizens", "l'armée a sauvé cent dix citoyens") stay the saved, disputed too."""
    en = extract_figures("Prosecutors filed charges against 12 Chinese nationals on Wednesday.", "en")
    fr = extract_figures("Les procureurs ont inculpé mercredi dix citoyens chinois.", "fr")
    assert [(f.unit, f.place) for f in fr] == [("national", "chinois")]
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(12, 10)]
    en = extract_figures("The army said its troops saved 100 citizens from the fire.", "en")
    fr = extract_figures("L'armée a sauvé cent dix citoyens des flammes.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(100, 110)]


def test_people_burned_alive_are_dead():
    """Construction: "26 victims were burned alive", "25 personnes ont été brûlées vives" (a fate that kills, said
    after the people): counts of the dead, as "beaten to death" is."""
    en = extract_figures("Officials said 26 victims were burned alive in the prison.", "en")
    fr = extract_figures("Selon les autorités, 25 personnes ont été brûlées vives.", "fr")
    assert [f.unit for f in en] == ["death"]
    assert [f.unit for f in fr] == ["death"]


def test_products_counted_as_units_or_copies_are_what_they_are():
    """Construction: "the 1.6 million units sold" against "environ 1,7 million d'exemplaires", "1.17 billion
    units" against "1,1 milliard de smartphones" (products counted as units or copies in one version, by what they
    are in the other): one quantity, disputed."""
    en = extract_figures("The recall covers the 1.6 million units sold in the country.", "en")
    fr = extract_figures("Le rappel concerne environ 1,7 million d'exemplaires vendus dans le pays.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(1.6e6, 1.7e6)]
    en = extract_figures("Shipments reached 1.17 billion units in 2023.", "en")
    fr = extract_figures("Les livraisons ont atteint 1,1 milliard de smartphones en 2023.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(1.17e9, 1.1e9)]


def test_a_count_a_toll_rose_from_is_no_stated_value_the_new_toll_rounds():
    """Construction: "confirming 990 deaths ... up from 969 recorded a day earlier" against "s'est alourdi à 1 003
    morts" (the earlier value after "up from", its participle no noun): 990 is the version's toll, not a round
    restatement of 969, so it disputes the other version's 1 003; "969 recorded cases" still counts cases."""
    en = extract_figures(
        "The agency counted 990 deaths on Thursday. It said 21 more victims were found, up from 969 recorded a day"
        " earlier.",
        "en",
    )
    assert [(f.value, f.unit, f.earlier) for f in en][-1] == (969, None, True)
    fr = extract_figures("Le bilan s'est alourdi à 1 003 morts, selon l'agence.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(990, 1003)]
    assert [f.unit for f in extract_figures("There were 969 recorded cases.", "en")] == ["case"]


def test_compatriots_are_people():
    """Construction: "« Environ 320 compatriotes ont été blessés »" (fellow citizens, then their fate): the
    injured, as "320 personnes ont été blessées" is."""
    found = extract_figures(
        "« Environ 320 compatriotes ont été blessés et plus de 20 tués », a-t-il dit.", "fr"
    )
    assert [(f.value, f.unit) for f in found] == [(320, "injury"), (20, "death")]


def test_a_french_place_name_with_du_is_read_whole():
    """Construction: "108 personnes sont mortes en Caroline du Nord" (a French place name joined by a lowercase
    "du"): the place is "caroline du nord", the one an English version calls North Carolina."""
    found = extract_figures("Dans le détail, 108 personnes sont mortes en Caroline du Nord.", "fr")
    assert [(f.value, f.place) for f in found] == [(108, "caroline du nord")]


def test_a_count_said_again_with_its_place_is_compared_as_that_places():
    """Construction: "over 115 storm-related fatalities", then "115 fatalities have been confirmed in North
    Carolina", against "le bilan s'élève à 214 morts" for the country and "108 personnes sont mortes en Caroline
    du Nord": the 115 is North Carolina's toll, disputing the French 108, not the national 214."""
    en = extract_figures(
        "The state reports over 115 storm-related fatalities. While 115 fatalities have been confirmed in North"
        " Carolina, hundreds remain missing.",
        "en",
    )
    fr = extract_figures(
        "Aux États-Unis, le bilan de l'ouragan s'élève à 214 morts. Dans le détail, 108 personnes sont mortes en"
        " Caroline du Nord.",
        "fr",
    )
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(115, 108)]


def test_a_rate_named_as_a_threshold_disputes_no_result():
    """Construction: "il n'a pas franchi la barre des 50 % des suffrages" against "Lee won 48.8 percent of the
    vote", "the 5% threshold" (a rate named as the bar a result is measured against): a figure of its own, marked
    a threshold, that disputes and rounds no measured rate; a rate passing "the 60% mark" is no threshold."""
    fr = extract_figures("Il n'a cependant pas franchi la barre des 50 % des suffrages.", "fr")
    assert [(f.value, f.threshold) for f in fr] == [(50, True)]
    assert fr[0].to_dict()["threshold"] is True
    en = extract_figures("The winner took 48.8 percent of the vote.", "en")
    result = compare_figures(en, fr)
    assert result.conflicts == []
    assert [f.value for f in result.only_fr] == [50]
    assert [f.threshold for f in extract_figures("Parties need the 5% threshold to sit.", "en")] == [True]
    assert [f.threshold for f in extract_figures("Inflation passed the 60% mark.", "en")] == [False]


def test_the_whole_a_part_is_counted_of_is_a_count():
    """Construction: "Five of the six on board were killed" (a part, "of the", then the whole in words with no
    noun after it): both counts, as "cinq des six occupants" reads in French."""
    found = extract_figures("Five of the six on board were killed.", "en")
    assert [f.value for f in found] == [5, 6]


def test_the_rate_a_rate_moved_from_is_a_rate():
    """Construction: "with 42.97 percent of the vote, up from 40.83 in 2022", "rose to 6.5%, up from 6.1 a year
    earlier" (the earlier rate after "up from", its sign left unsaid): a percentage; a count after "up from"
    ("up from 300 units") stays a count."""
    found = extract_figures("The party won 42.97 percent of the vote, up from 40.83 in 2022.", "en")
    assert [(f.value, f.kind) for f in found][:2] == [(42.97, "percent"), (40.83, "percent")]
    found = extract_figures("Unemployment rose to 6.5%, up from 6.1 a year earlier.", "en")
    assert [(f.value, f.kind) for f in found] == [(6.5, "percent"), (6.1, "percent")]
    found = extract_figures("Sales rose 5%, up from 300 units.", "en")
    assert [(f.value, f.kind) for f in found] == [(5, "percent"), (300, "count")]


def test_a_french_person_noun_in_aire_before_de_n_ans_gives_an_age():
    """Construction: "contre l'universitaire de 69 ans", "un secrétaire de 45 ans" (a person named by a noun in
    -aire, then "de N ans"): an age, as "un fonctionnaire de 45 ans" was; "les actionnaires de 20 pays" counts
    countries."""
    assert [(f.value, f.kind) for f in extract_figures("Elle visait l'universitaire de 69 ans.", "fr")] == [
        (69, "age")
    ]
    assert [(f.value, f.unit) for f in extract_figures("Les actionnaires de 20 pays ont voté.", "fr")] == [
        (20, "country")
    ]


def test_last_year_after_a_french_noun_with_de_dates_the_figure():
    """Construction: "tombées à 1,1 milliard de smartphones l'an dernier" (the counted noun after its "de", then
    "l'an dernier"): the figure is last year's, as "1.17 billion units last year" is, so the two disputed values
    are of one year."""
    en = extract_figures("Shipments fell to 1.17 billion units last year.", "en")
    fr = extract_figures("Les livraisons sont tombées à 1,1 milliard de smartphones l'an dernier.", "fr")
    assert [f.year for f in en] == [f.year for f in fr] == [-1]
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(1.17e9, 1.1e9)]


@pytest.mark.parametrize("noun", ["coach", "sélectionneur", "mannequin", "danseur", "rebelle", "exilé"])
def test_more_french_person_nouns_before_de_n_ans_give_an_age(noun):
    """Construction: "le coach de 66 ans avait assuré", "le danseur de 41 ans" (a person named by a noun
    the French person list lacked, then "de N ans"): an age, not a span of 66 years."""
    assert value_kinds(f"À son procès, le {noun} de 66 ans avait assuré le contraire.", "fr") == [(66, "age")]


def test_the_last_age_of_a_list_of_ages_in_years_is_an_age():
    """Construction: "ils sont âgés de 48 ans, 52 ans et 55 ans et sont tous pères de famille", "aged 48 years,
    52 years and 55 years" (three ages each with its unit, the last after "et"): all three are ages; a span
    after two ages with no list join stays a span."""
    assert value_kinds("Ils sont âgés de 48 ans, 52 ans et 55 ans et sont tous pères de famille.", "fr") == [
        (48, "age"),
        (52, "age"),
        (55, "age"),
    ]
    assert [
        k for _, k in value_kinds("The officers, aged 48 years, 52 years and 55 years, were hurt.", "en")
    ] == ["age", "age", "age"]
    assert value_kinds("Âgés de 20 ans et 25 ans, ils ont passé 10 ans en prison.", "fr")[-1] == (
        10,
        "duration",
    )


def test_pour_un_an_is_a_span_of_one_year():
    """Construction: "écope de la suspension pour un an de toute activité", "suspendu pour une semaine" (a
    ban's length after "pour"): a span of one unit; not "pour une année record" nor "pour un mois de mars"."""
    assert keys("L'entraîneuse écope d'une suspension pour un an de toute activité.", "fr") == [
        (1, "duration", "years")
    ]
    assert keys("Il est suspendu pour une semaine.", "fr") == [(1, "duration", "weeks")]
    assert keys("La ville se prépare pour une année record.", "fr") == []
    assert keys("Le club est en route pour un mois de mars chargé.", "fr") == []


def test_a_list_of_articles_with_no_and_is_no_figure():
    """Construction: "for the violation of articles 2.1, 2.2; prohibited substance detected", "les articles 25,
    26 du code" (numbered rules listed with commas only): no figures; a count after a comma that a noun
    follows ("under articles 12, 300 people were charged") is still a count."""
    assert (
        keys("He was banned for the violation of articles 2.1, 2.2; prohibited substance detected.", "en")
        == []
    )
    assert keys("Il invoque les articles 25, 26 du code pénal.", "fr") == []
    assert keys("Under articles 12, 300 people were charged.", "en") == [(300, "count", "person")]


def test_a_count_before_a_participle_counts_the_things_counted_before_it():
    """Construction: "Over 2,000 flights were canceled on Tuesday, with more than 1,800 canceled on
    Wednesday", "Au moins 50 vols ont été annulés et une dizaine retardés" (the noun left out before a
    participle): the second count is of flights too, so the two versions' flight counts can be compared;
    people are not carried over ("three were arrested and two released": maybe another fate)."""
    en = extract_figures(
        "Over 2,000 flights were canceled on Tuesday, with more than 1,800 canceled on Wednesday.", "en"
    )
    assert [(f.value, f.unit) for f in en] == [(2000, "flight"), (1800, "flight")]
    fr = extract_figures(
        "Au moins 50 vols ont été annulés et une dizaine retardés, selon la compagnie.", "fr"
    )
    assert [(f.value, f.unit) for f in fr] == [(50, "flight"), (10, "flight")]
    people = extract_figures("Three people were arrested and two released.", "en")
    assert people[1].unit != people[0].unit


def test_small_counts_of_a_noun_the_lexicon_names_in_both_languages_may_conflict():
    """Construction: "the airline listed more than 40 cancelled flights" against "Au moins 50 vols ont été
    annulés" (the one count of flights each version gives, close in value): a conflict, where two counts of
    a noun outside the lexicon this small stay apart; counts too far apart ("40 flights", "12 vols") stay
    apart."""
    en = extract_figures("The airline listed more than 40 cancelled flights.", "en")
    fr = extract_figures("Au moins 50 vols ont été annulés.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(40, 50)]
    far = extract_figures("Au moins 12 vols ont été annulés.", "fr")
    assert compare_figures(en, far).conflicts == []


def test_half_a_century_is_fifty_years():
    """Construction: "its harshest winter in half a century" against "le plus dur depuis 50 ans", "depuis un
    demi-siècle", "a quarter of a century" (a span said as a part of a century): 50 and 25 years, so the two
    versions' spans match; "the half-century-old bridge" and "le XXe siècle" are no span."""
    assert keys("It was the harshest winter in half a century.", "en") == [(50, "duration", "years")]
    assert keys("Le plus dur depuis un demi-siècle.", "fr") == [(50, "duration", "years")]
    assert keys("It happened a quarter of a century ago.", "en") == [(25, "duration", "years")]
    assert keys("Du jamais vu depuis un quart de siècle.", "fr") == [(25, "duration", "years")]
    assert keys("The half-century-old bridge fell.", "en") == []
    assert keys("Au XXe siècle, la ville a grandi.", "fr") == []
    en = extract_figures("It was the harshest winter in half a century.", "en")
    fr = extract_figures("C'est l'hiver le plus dur depuis 50 ans.", "fr")
    assert len(compare_figures(en, fr).matched) == 1


def test_a_part_of_a_whole_in_digits_counts_the_wholes_noun_the_lexicon_names():
    """Construction: "Brussels canceled 50 of its 257 flights on Sunday" against "44 des 257 vols au départ
    sont concernés" (a part, "of its"/"des", then the whole in digits and a noun the lexicon names in both
    languages): the part counts flights too, so the two versions' parts of one matched whole conflict."""
    en = extract_figures("Brussels canceled 50 of its 257 flights on Sunday.", "en")
    fr = extract_figures("Au total, 44 des 257 vols au départ sont concernés.", "fr")
    assert [(f.value, f.unit) for f in en] == [(50, "flight"), (257, "flight")]
    assert [(f.value, f.unit) for f in fr] == [(44, "flight"), (257, "flight")]
    result = compare_figures(en, fr)
    assert [(a.value, b.value) for a, b in result.conflicts] == [(50, 44)]
    assert [
        (f.value, f.unit) for f in extract_figures("Twelve of their 30 players tested positive.", "en")
    ] == [
        (12, "player"),
        (30, "player"),
    ]


def test_a_further_count_is_the_other_versions_count_of_the_rest():
    """Construction: "together with a further 4,000 headcount reduction" against "Les 4000 autres coupes
    porteront sur la production" (what comes on top said as a change in one version and as the rest of a whole
    in the other, each with a noun the lexicon does not know): one count, matched, neither one-sided; a change
    and a level of two such nouns ("increased by 16", "16 châteaux forts") stay apart."""
    en = extract_figures("Together with a further 4,000 headcount reduction in manufacturing.", "en")
    fr = extract_figures("Les 4000 autres coupes porteront sur la production.", "fr")
    assert (en[0].change, fr[0].rest) == (True, True)
    result = compare_figures(en, fr)
    assert len(result.matched) == 1 and not result.only_en and not result.only_fr
    level = extract_figures("Le château compte 4000 tourelles.", "fr")
    assert compare_figures(en, level).matched == []


def test_ballots_and_bulletins_are_one_noun():
    """Construction: "8,893 blank or invalid ballots" against "9.983 bulletins blancs ou nuls" (the papers of
    a vote, named in each language): one noun, so the two counts conflict instead of standing alone."""
    en = extract_figures("There were 8,893 blank or invalid ballots.", "en")
    fr = extract_figures("On compte 9.983 bulletins blancs ou nuls.", "fr")
    assert en[0].unit == fr[0].unit == "ballot"
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(8893, 9983)]


def test_a_trains_number_before_its_name_is_no_figure():
    """Construction: "collided with 12841 Shalimar-Chennai Central Coromandel Express" (an Indian train's
    five-digit number, then its capitalised name ending in "Express", "Mail", "Superfast"): a name; a count
    before one capitalised word ("About 12000 Express readers") stays a count."""
    assert keys("The coaches collided with 12841 Shalimar-Chennai Central Coromandel Express.", "en") == []
    assert keys("The 12864 Sir M. Visvesvaraya Terminal-Howrah Superfast Express derailed.", "en") == []
    assert [k[0] for k in keys("About 12000 Express readers wrote in.", "en")] == [12000]


def test_a_name_after_an_elided_article_opening_a_sentence_is_a_name():
    """Construction: "L'IAM-District 751, branche du syndicat des machinistes" (a name with its number, after
    "L'" at the start of a sentence): no figure, as "The IAM-District 751 union" has none; a sentence opening
    on a common capitalised word keeps its count ("Around 8,000 people")."""
    assert keys("L'IAM-District 751, branche du syndicat des machinistes, a voté.", "fr") == []
    assert [k[0] for k in keys("Around 8,000 people marched.", "en")] == [8000]


def test_a_partys_seats_in_a_list_of_results():
    """Construction: "won 119 seats in that election, the Bloc 32, the NDP 25, and the Greens two", "the NDP
    seven seats, and the Greens one seat" (the Bloc Québécois named "the Bloc"; a tally of one seat): each a
    count, where "le bloc 4" of a prison is a part's number; and one party's seats beside another's ("22
    seats ... one seat") are no parts adding up to the other version's "23 sièges", which they dispute."""
    found = extract_figures(
        "The Conservatives won 119 seats, the Bloc 32, the NDP 25, and the Greens two.", "en"
    )
    assert [f.value for f in found][:3] == [119, 32, 25]
    assert keys("Les détenus du bloc 4 se sont mutinés.", "fr") == []
    assert keys("The Greens won one seat.", "en") == [(1, "count", "seat")]
    assert keys("There is one seat left on the bus.", "en") == []
    en = extract_figures(
        "The Liberals won 169 seats, the Bloc Québécois 22 seats and the Greens one seat.", "en"
    )
    fr = extract_figures("Le Bloc québécois obtient 23 sièges.", "fr")
    assert (22, 23) in [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts]


def test_beyond_a_value_is_a_lower_bound():
    """Construction: "temperatures in Morocco have climbed beyond 50 degrees Celsius" against "une température
    de 49,6°" (a value passed, said with "beyond"): a lower bound, so it is no rounding of 49.6 and disputes
    nothing; the previous record each version gives ("49.9°C", "49,6°") is the quantity disputed."""
    (bound,) = extract_figures("Temperatures have climbed beyond 50 degrees Celsius.", "en")
    assert bound.approx == "at least"
    en = extract_figures(
        "Temperatures have climbed beyond 50 degrees Celsius. The preceding record was 49.9°C, in Smara.",
        "en",
    )
    fr = extract_figures("Le précédent record était une température de 49,6° à Smara.", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(49.9, 49.6)]


def test_the_first_hour_of_a_range_of_hours_joined_by_a_word_is_a_time():
    """Construction: "rising from 1 to 36 feet between 2 and 7 a.m.", "Flooding peaked from 4 to 6 p.m." (a range
    of hours of the day joined by "and" or "to", "a.m."/"p.m." said once after the second): both are times, no
    count; "from 4 to 6 people" stays two counts."""
    assert keys("The river rose between 2 and 7 a.m. on Friday.", "en") == []
    assert keys("Flooding peaked from 4 to 6 p.m.", "en") == []
    assert [k[0] for k in keys("The toll rose from 4 to 6 people.", "en")] == [4, 6]


def test_a_quoted_title_after_the_noun_of_a_work_is_no_figure():
    """Construction: "l'émission « Sept à huit » de TF1", "the film "300"" (a show, a film, a book named by its
    noun, then its title in quotes, in French sentence case or a number alone): no figure; a quote with no
    work named ("Il a déclaré : « Trois morts et huit blessés »") keeps its counts."""
    assert keys("Dimanche, l'émission « Sept à huit » de TF1 a diffusé le témoignage.", "fr") == []
    assert keys('The film "300" was a hit.', "en") == []
    assert [k[0] for k in keys("Il a déclaré : « Trois morts et huit blessés ».", "fr")] == [3, 8]


def test_an_updates_number_in_a_headline_is_no_count():
    """Construction: "Death Toll Rises to 72 in Noto Peninsula Earthquake (UPDATE 1)" (a wire's update number):
    no count, so it does not add to 72 as the rest of the other version's "73 morts", which 72 disputes."""
    en = extract_figures("Death Toll Rises to 72 in Noto Peninsula Earthquake (UPDATE 1)", "en")
    assert [f.value for f in en] == [72]
    fr = extract_figures("Séisme au Japon : les autorités font état de 73 morts", "fr")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(72, 73)]


def test_a_toll_of_a_territory_and_one_of_the_country_governing_it_are_one_quantity():
    """Construction: "France's Interior Ministry said that at least 11 people have died" against "le cyclone a
    fait au moins 14 morts à Mayotte" (a territory a country governs from afar, and that country): one toll,
    disputed; two countries' tolls ("19 deaths in Jamaica", "20 morts en Haïti") stay two quantities."""
    en = extract_figures("France's Interior Ministry said Sunday that at least 11 people have died.", "en")
    fr = extract_figures("Le cyclone Chido a fait au moins 14 morts à Mayotte.", "fr")
    assert (en[0].place, fr[0].place) == ("france", "mayotte")
    assert [(a.value, b.value) for a, b in compare_figures(en, fr).conflicts] == [(11, 14)]
    en = extract_figures("The storm caused 19 deaths in Jamaica.", "en")
    fr = extract_figures("La tempête a fait 20 morts en Haïti.", "fr")
    assert compare_figures(en, fr).conflicts == []


def test_a_surname_that_will_be_a_number_at_a_time_is_an_age_to_come():
    """Construction: "sentenced Sam Bankman-Fried to 25 years ... Bankman-Fried will be 57 when he gets out" (a
    person named in full before, then by the surname, "will be" a bare number before "when he"): an age, one
    to come; "Kiptum was 24." stays an age now."""
    found = extract_figures(
        "A judge sentenced Sam Bankman-Fried to 25 years. Bankman-Fried will be 57 when he gets out.", "en"
    )
    assert [(f.value, f.kind, f.later) for f in found] == [(25, "duration", False), (57, "age", True)]
    assert value_kinds("Kelvin Kiptum died in a crash. Kiptum was 24.", "en") == [(24, "age")]


def test_a_rate_before_the_noun_of_a_goal_is_a_value_aimed_at():
    """Construction: "the bank's 2% target", "its 2 per cent inflation goal" (a rate, then the noun of a goal):
    a value to come, which disputes no measured rate ("inflation stood at 2.6%"); a rate followed by another
    noun ("The 5% rise") is a rate as measured."""
    assert [f.later for f in extract_figures("The bank kept its 2% target.", "en")] == [True]
    assert [f.later for f in extract_figures("It kept its 2 per cent inflation goal.", "en")] == [True]
    assert [f.later for f in extract_figures("The 5% rise surprised markets.", "en")] == [False]
    en = extract_figures("The bank kept its 2% target.", "en")
    fr = extract_figures("L'inflation s'est établie à 2,1 % en mai.", "fr")
    assert compare_figures(en, fr).conflicts == []


def test_a_figure_with_a_month_of_its_own_takes_no_year_of_another_month():
    """Construction: "Inflation, which peaked at 10.6% in October 2022, has slowed, and even ticked up slightly
    from 2.4% in April" (a month with no year right after the figure, the sentence's year given with another
    month): no year, so the rate is not dated to 2022; "In 2023, sales fell 5% in April" is 2023's."""
    found = extract_figures(
        "Inflation, which peaked at 10.6% in October 2022, has slowed, and even ticked up from 2.4% in April.",
        "en",
    )
    assert [(f.value, f.year) for f in found if f.kind == "percent"][-1] == (2.4, None)
    assert [
        f.year for f in extract_figures("In 2023, sales fell 5% in April.", "en") if f.kind == "percent"
    ] == [2023]


def test_dont_un_of_the_counted_noun_is_a_count_of_one():
    """Construction: "La police a procédé à 18 arrestations, dont une arrestation judiciaire", "12 cas, dont un
    cas grave", "quatre blessés, dont un grièvement" (one of the things counted before "dont", named by the
    same noun, or the worst hurt): a count of one, as "including one judicial arrest" is; not who one of them
    was ("trois personnes ont perdu la vie, dont un pêcheur") nor "dont" as "whose" ("le groupe, dont un
    membre est connu")."""
    assert [
        k[0] for k in keys("La police a procédé à 18 arrestations, dont une arrestation judiciaire.", "fr")
    ] == [
        18,
        1,
    ]
    assert keys("Quatre blessés, dont un grièvement.", "fr")[-1] == (1, "count", "critical")
    assert [k[0] for k in keys("Trois personnes ont perdu la vie, dont un pêcheur du port.", "fr")] == [3]
    assert keys("Le groupe, dont un membre est connu, a parlé.", "fr") == []
