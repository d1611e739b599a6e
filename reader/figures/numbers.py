"""Rule tables for the figure extractor: number words, scales, currencies, units, stop words.

Everything language-specific the extractor knows lives here as plain data, so a missing word is a one-line
fix. Keys are lowercase; accents are kept (the extractor matches case-insensitively where it should).
"""

from __future__ import annotations

from decimal import Decimal

#: Horizontal spaces used as thousands separators (French uses U+202F or U+00A0; typists use U+0020).
GROUP_SPACES = " \u00a0\u202f\u2009"

# --- numbers written as words -----------------------------------------------------------------------------

_EN_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
_EN_UNITS += " sixteen seventeen eighteen nineteen twenty"
_FR_UNITS = "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize"
_FR_UNITS += " dix-sept dix-huit dix-neuf vingt"

NUMBER_WORDS: dict[str, dict[str, int]] = {
    "en": {
        **{w: i for i, w in enumerate(_EN_UNITS.split())},
        "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "hundred": 100,
    },
    "fr": {
        **{w: i for i, w in enumerate(_FR_UNITS.split())},
        "une": 1, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
        "soixante-dix": 70, "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90,
        # the old spelling without hyphens: "Quatre vingt sept morts", "soixante dix-huit"
        "soixante dix": 70, "quatre vingt": 80, "quatre vingts": 80, "quatre vingt dix": 90,
        # Belgian and Swiss French: "septante-cinq", "huitante", "Cent-nonante-sept"
        "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
        "cent": 100, "cents": 100, "mille": 1000,
    },
}  # fmt: skip

#: Words that multiply the word before them inside a written number ("two hundred", "deux cents").
WORD_MULTIPLIERS = {"hundred": 100, "cent": 100, "cents": 100}

#: Number words that are also articles or pronouns: a figure only before a scale or a known counted noun.
ARTICLE_LIKE = {"one", "un", "une", "zero", "zéro", "a", "an"}

# --- scales ---------------------------------------------------------------------------------------------

#: Scale words that may stand after a space ("2.3 million", "4,2 milliards").
SCALE_WORDS: dict[str, Decimal] = {
    "thousand": Decimal(10**3), "million": Decimal(10**6), "millions": Decimal(10**6),
    "billion": Decimal(10**9), "billions": Decimal(10**9), "trillion": Decimal(10**12),
    "trillions": Decimal(10**12),
    "bn": Decimal(10**9), "mn": Decimal(10**6), "mln": Decimal(10**6), "bln": Decimal(10**9),
    "mille": Decimal(10**3), "milliard": Decimal(10**9), "milliards": Decimal(10**9),
    "md": Decimal(10**9), "mds": Decimal(10**9), "mrd": Decimal(10**9),
    # wire abbreviations: "€150 mlns", "2,4 mlds de dollars"
    "mlns": Decimal(10**6), "mld": Decimal(10**9), "mlds": Decimal(10**9),
    # Swiss abbreviations: "2,5 mio de francs", "3 mia"
    "mio": Decimal(10**6), "mia": Decimal(10**9),
    # "plus d'un demi-milliard d'euros", "un demi-million de personnes": half the scale
    "demi-milliard": Decimal(5 * 10**8), "demi-milliards": Decimal(5 * 10**8),
    "demi-million": Decimal(5 * 10**5), "demi-millions": Decimal(5 * 10**5),
    # "un demi-millier de manifestants", "une demi-douzaine de blessés": about 500, six
    "demi-millier": Decimal(500), "demi-douzaine": Decimal(6),
    # "about a half-dozen passengers", "a half-million people": half the scale, hyphenated after "a"
    "half-dozen": Decimal(6), "half-million": Decimal(5 * 10**5), "half-billion": Decimal(5 * 10**8),
    # South Asian scales: "Rs 2 lakh" (100,000), "Rs 10 crore" (10 million)
    "lakh": Decimal(10**5), "lakhs": Decimal(10**5), "crore": Decimal(10**7), "crores": Decimal(10**7),
    # approximations and dozens: "three dozen", "deux douzaines", "une vingtaine de", "un millier de"
    "dozen": Decimal(12), "douzaine": Decimal(12), "douzaines": Decimal(12), "dizaine": Decimal(10),
    "dizaines": Decimal(10), "quinzaine": Decimal(15), "vingtaine": Decimal(20), "trentaine": Decimal(30),
    "quarantaine": Decimal(40), "cinquantaine": Decimal(50), "soixantaine": Decimal(60),
    # as Belgium and Switzerland count: "une septantaine de perquisitions", "une nonantaine de blessés"
    "septantaine": Decimal(70), "huitantaine": Decimal(80), "octantaine": Decimal(80), "nonantaine": Decimal(90),
    "centaine": Decimal(100), "centaines": Decimal(100), "millier": Decimal(10**3), "milliers": Decimal(10**3),
}  # fmt: skip

#: Scale words that make the figure an estimate ("une vingtaine de", "un millier de").
APPROXIMATE_SCALES = frozenset(
    "dizaine dizaines quinzaine vingtaine trentaine quarantaine cinquantaine soixantaine septantaine huitantaine "
    "octantaine nonantaine centaine centaines "
    "millier milliers demi-millier".split()
)

#: Scale suffixes only accepted glued to the digits ("£3m", "$4.2bn", "15k"): alone they are metres, etc.
SCALE_SUFFIXES: dict[str, Decimal] = {
    "k": Decimal(10**3), "K": Decimal(10**3), "m": Decimal(10**6), "M": Decimal(10**6),
    "bn": Decimal(10**9), "mn": Decimal(10**6), "B": Decimal(10**9), "Md": Decimal(10**9),
    "Mds": Decimal(10**9), "md": Decimal(10**9),
    "bil": Decimal(10**9), "mil": Decimal(10**6),  # Malaysian papers: "RM629bil", "US$143bil", "RM2mil"
    "trn": Decimal(10**12), "tn": Decimal(10**12),  # British papers: "$1.3trn", "£2tn"
}  # fmt: skip

# --- currencies -----------------------------------------------------------------------------------------

#: Symbols and codes written before the amount ("€145,000", "US$ 3m", "CHF 20").
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "US $": "USD", "C$": "CAD", "CA$": "CAD", "Can$": "CAD", "CAN$": "CAD", "Cdn$": "CAD",
    "CDN$": "CAD", "CAD$": "CAD", "CAD $": "CAD", "CAN $": "CAD", "CDN $": "CAD", "USD$": "USD", "USD $": "USD",
    "AUD $": "AUD", "NZD $": "NZD", "AUD$": "AUD", "A$": "AUD", "AU$": "AUD", "Aus$": "AUD", "AUS$": "AUD", "HK$": "HKD",
    "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "MX$": "MXN", "NT$": "TWD", "$A": "AUD", "$NZ": "NZD", "$US": "USD", "$CAN": "CAD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB",
    # the signs of currencies that have their own: "₦70,000" in a Nigerian paper, "₵2 million", "₴500"
    "₦": "NGN", "₵": "GHS", "₴": "UAH", "₩": "KRW", "₺": "TRY", "₪": "ILS", "₫": "VND", "฿": "THB",
    "USD": "USD", "EUR": "EUR", "GBP": "GBP", "CHF": "CHF", "JPY": "JPY", "CAD": "CAD", "AUD": "AUD",
    "CNY": "CNY", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "INR": "INR", "RUB": "RUB",
    # "Rs 2 lakh", "Rs. 50,000": the rupee as Indian, Pakistani and Sri Lankan papers write it (see RUPEE)
    "Rs": "RUPEE", "Rs.": "RUPEE",
    "RM": "MYR",  # "RM629bil": the ringgit as Malaysian papers write it
    "Rp": "IDR", "Rp.": "IDR",  # "Rp 50 million", "Rp1.5 billion": the rupiah as Indonesian papers write it
    "Tk": "BDT", "Tk.": "BDT",  # "Tk 25,000", "Tk. 10 lakh": the taka as Bangladeshi papers write it
    "Tsh": "TZS", "TSh": "TZS", "Ksh": "KES", "KSh": "KES",  # "Tsh191 million", "Ksh2 billion": shillings
    # "(Shs 100 million)", "Sh2 billion", "USh 5,000": the shilling of the East African country the text names
    "Shs": "SHILLING", "Sh": "SHILLING", "USh": "UGX",
    "GH¢": "GHS", "GH₵": "GHS", "GHS": "GHS", "GH$": "GHS",  # "GH¢48,000 per tonne": the cedi as Ghana writes it
    # other codes wires write before the amount ("a fine of MAD 2,000"); not those that are also words or
    # names before a number in the news ("TRY", "ILS", "PHP 8.1", "COP 28", "SAR", "ARS")
    **{code: code for code in (
        "BRL", "MXN", "ZAR", "NGN", "HKD", "SGD", "NZD", "UAH", "PLN", "CZK", "AED", "XOF", "XAF", "MAD",
        "TWD", "THB", "IDR", "EGP", "KES", "KRW", "DZD", "TND", "QAR", "PKR", "BDT", "CLP", "HUF",
        # "the fee will be BTN 1,200 (USD 14)": the ngultrum, and other codes Asian and African wires write
        "BTN", "NPR", "LKR", "VND", "KZT", "ETB", "RWF", "GNF", "CDF", "MGA",
    )},
    "CFA": "CFA",  # "more than CFA 8 million": the franc of the country the text names
    "FCFA": "CFA", "FCAF": "CFA", "CFAF": "CFA",  # "the price of cooking gas is FCFA 6000", "FCAF 640 billion" (as printed)
    "NIS": "ILS",
    # the peso as Philippine papers write it ("P1 billion", "Php2.5 million"), read only in a text that names
    # the Philippines, glued to the digits
    "P": "PESO", "Php": "PESO", "₱": "PHP", "N": "NAIRA",
    "R": "RAND",  # "R12-million", "(R387.4m)": the rand as South African papers write it, glued to the digits
    "SFr": "CHF", "SFr.": "CHF", "Sfr": "CHF", "Sfr.": "CHF",  # "a SFr4.4bn charge": the Swiss franc, as the FT writes it
    # "Dh8.1 billion": the UAE dirham as Gulf papers write it, or Morocco's in a text naming Morocco
    "Dh": "DIRHAM", "Dhs": "DIRHAM",
    # "over Euro 3.7 million", as some agencies write it; only before a scale word (see ``currency_prefix``):
    # "Euro 2024" is a football tournament
    "Euro": "EUR",
}  # fmt: skip

#: Currency words, symbols and codes written after the amount ("145 000 euros", "1 700 $", "3 bn USD").
#: French "de"/"d'" before the word is handled by the extractor ("millions d'euros").
CURRENCY_SUFFIXES: dict[str, str] = {
    "€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "US$": "USD",
    # after the symbol, as Quebec writes them: "200 000 $ US", "5 000 $ CA"
    "$ us": "USD", "$us": "USD", "$ ca": "CAD", "$ca": "CAD", "$ can": "CAD", "$can": "CAD", "$ cad": "CAD",
    "$cad": "CAD", "$ américains": "USD", "$ canadiens": "CAD", "$ australiens": "AUD",
    "euro": "EUR", "euros": "EUR",
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "us dollar": "USD", "u.s. dollars": "USD", "u.s. dollar": "USD",
    "dollars américains": "USD", "dollars us": "USD",
    "canadian dollars": "CAD", "dollars canadiens": "CAD", "australian dollars": "AUD",
    "dollars ca": "CAD", "dollars can": "CAD", "dollars cdn": "CAD",  # "(76 millions de dollars CA)"
    "new zealand dollars": "NZD", "dollars néo-zélandais": "NZD", "$ néo-zélandais": "NZD",
    "singapore dollars": "SGD", "dollars de singapour": "SGD", "dollars singapouriens": "SGD",
    "dollars australiens": "AUD", "hong kong dollars": "HKD", "dollars hk": "HKD", "dollars de hong kong": "HKD",
    "dollars hongkongais": "HKD", "hk dollars": "HKD", "$ hk": "HKD", "$hk": "HKD",
    "pound": "POUND", "pounds": "POUND", "pounds sterling": "GBP", "pound sterling": "GBP",
    "livre sterling": "GBP", "livres sterling": "GBP",
    "swiss francs": "CHF", "swiss franc": "CHF", "franc suisse": "CHF", "francs suisses": "CHF",
    "francs cfa": "CFA", "franc cfa": "CFA", "cfa francs": "CFA", "cfa franc": "CFA", "fcfa": "CFA",
    "f cfa": "CFA", "f.cfa": "CFA", "fcf": "CFA",  # "(8 527 441 000 FCF)"
    "cfa": "CFA",  # "will drop by 40 CFA", "53.3 billion CFA": the franc's name alone, as wires shorten it
    # the CFP franc of French Polynesia, New Caledonia and Wallis-et-Futuna: "13,3 milliards de Fcfp"
    "fcfp": "XPF", "f cfp": "XPF", "francs cfp": "XPF", "franc cfp": "XPF", "cfp francs": "XPF", "xpf": "XPF",
    "kwacha": "KWACHA", "kwachas": "KWACHA",
    # names many countries share: the country the text names says which (see SHARED_CURRENCY_NAMES)
    "dinars": "DINAR", "dinar": "DINAR", "pesos": "PESO", "riyals": "RIYAL", "riyal": "RIYAL",
    "rials": "RIYAL", "rial": "RIYAL",
    "crowns": "CROWN", "kroner": "CROWN", "krone": "CROWN", "couronnes": "CROWN",
    "kronor": "SEK",  # the Swedish plural; Norway's and Denmark's is "kroner"
    "franc": "CHF", "francs": "CHF",  # the franc still in use in Europe is the Swiss one
    "livre": "POUND", "livres": "POUND",  # not before "de"/"d'": those are books
    "yen": "JPY", "yens": "JPY", "yuan": "CNY", "yuans": "CNY", "renminbi": "CNY",
    "rupees": "RUPEE", "roupies": "RUPEE", "roubles": "ROUBLE", "rubles": "ROUBLE", "rouble": "ROUBLE", "ruble": "ROUBLE",
    "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH", "hryvnies": "UAH",
    "rand": "ZAR", "naira": "NGN", "nairas": "NGN", "shekels": "ILS", "shekel": "ILS", "shekalim": "ILS",
    "couronnes suédoises": "SEK", "swedish kronor": "SEK", "couronnes danoises": "DKK",
    "danish kroner": "DKK", "couronnes norvégiennes": "NOK", "norwegian kroner": "NOK",
    "norwegian crowns": "NOK", "norwegian krone": "NOK", "swedish crowns": "SEK", "swedish krona": "SEK",
    "danish crowns": "DKK", "danish krone": "DKK", "czech crowns": "CZK", "czech koruna": "CZK",
    "couronnes tchèques": "CZK", "icelandic kronur": "ISK", "couronnes islandaises": "ISK",
    # the papers this reader follows cite Morocco's dirham more than the UAE's: that one in a text naming the UAE
    "dirhams": "DIRHAM_NAMED", "dirham": "DIRHAM_NAMED",
    "moroccan dirhams": "MAD", "moroccan dirham": "MAD", "dirhams marocains": "MAD", "dirham marocain": "MAD",
    "uae dirhams": "AED", "emirati dirhams": "AED", "dirhams émiratis": "AED",
    "lires turques": "TRY", "turkish lira": "TRY", "turkish liras": "TRY",
    "bitcoin": "BTC", "bitcoins": "BTC", "btc": "BTC", "btcs": "BTC", "ether": "ETH", "ethers": "ETH", "eth": "ETH",
    "monero": "XMR", "moneros": "XMR", "xmr": "XMR", "xmrs": "XMR",
    "ethereum": "ETH", "ethereums": "ETH", "éthereum": "ETH", "éthereums": "ETH", "éther": "ETH", "éthers": "ETH",
    "usdc": "USDC", "usdt": "USDT", "tether": "USDT",
    "won": "KRW", "wons": "KRW", "grivnas": "UAH",
    "ukrainian hryvnia": "UAH", "ukrainian hryvnias": "UAH",
    # the world's other currencies, as wires reporting a disaster or a market there name them; a name that
    # many countries share (peso, dinar, riyal, shilling) only with the country's adjective
    "rands": "ZAR", "reais": "BRL", "réais": "BRL", "real brésilien": "BRL", "reais brésiliens": "BRL", "brazilian reais": "BRL",
    "lira": "TRY", "liras": "TRY", "lire turque": "TRY",
    "rupiah": "IDR", "rupiahs": "IDR", "roupies indonésiennes": "IDR", "ringgit": "MYR", "ringgits": "MYR",
    "dong": "VND", "dongs": "VND", "vietnamese dong": "VND", "dongs vietnamiens": "VND",
    # the currencies above after their country's adjective: "221tn Indonesian rupiah"
    "indonesian rupiah": "IDR", "indonesian rupiahs": "IDR", "thai baht": "THB", "malaysian ringgit": "MYR",
    "nigerian naira": "NGN", "south african rand": "ZAR", "south african rands": "ZAR", "japanese yen": "JPY",
    "chinese yuan": "CNY", "ghanaian cedi": "GHS", "ghanaian cedis": "GHS", "hungarian forint": "HUF",
    "hungarian forints": "HUF", "polish zloty": "PLN", "polish zlotys": "PLN", "bangladeshi taka": "BDT",
    "kazakh tenge": "KZT", "israeli shekels": "ILS",
    "baht": "THB", "bahts": "THB", "taka": "BDT", "takas": "BDT", "cedi": "GHS", "cedis": "GHS",
    "cédi": "GHS", "cédis": "GHS",
    "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "forint": "HUF", "forints": "HUF", "tenge": "KZT",
    "tenges": "KZT", "kyat": "MMK", "kyats": "MMK", "afghanis": "AFN",
    "mexican pesos": "MXN", "pesos mexicains": "MXN", "argentine pesos": "ARS", "pesos argentins": "ARS",
    "philippine pesos": "PHP", "pesos philippins": "PHP", "colombian pesos": "COP", "pesos colombiens": "COP",
    "chilean pesos": "CLP", "pesos chiliens": "CLP",
    "pakistani rupees": "PKR", "roupies pakistanaises": "PKR", "nepalese rupees": "NPR",
    "roupies népalaises": "NPR", "sri lankan rupees": "LKR", "roupies srilankaises": "LKR",
    "kenyan shillings": "KES", "shillings kényans": "KES", "tanzanian shillings": "TZS",
    "shillings tanzaniens": "TZS", "ugandan shillings": "UGX", "shillings ougandais": "UGX",
    "egyptian pounds": "EGP", "livres égyptiennes": "EGP", "lebanese pounds": "LBP", "livres libanaises": "LBP",
    "algerian dinars": "DZD", "dinars algériens": "DZD", "tunisian dinars": "TND", "dinars tunisiens": "TND",
    "iraqi dinars": "IQD", "dinars irakiens": "IQD", "saudi riyals": "SAR", "riyals saoudiens": "SAR",
    "yemeni riyals": "YER", "riyals yéménites": "YER", "qatari riyals": "QAR", "riyals qataris": "QAR",
    "iranian rials": "IRR", "rials iraniens": "IRR", "francs congolais": "CDF", "congolese francs": "CDF",
    "francs guinéens": "GNF", "guinean francs": "GNF", "francs rwandais": "RWF", "rwandan francs": "RWF",
    "francs burundais": "BIF", "leones": "SLL", "leone": "SLL",
    "meticais": "MZN", "metical": "MZN", "meticals": "MZN", "birr": "ETB", "birrs": "ETB", "ariary": "MGA",
    "ariarys": "MGA", "kwanzas": "AOA", "kwanza": "AOA", "ouguiyas": "MRU", "ouguiya": "MRU", "dalasis": "GMD",
    "cordobas": "NIO", "lempiras": "HNL", "quetzales": "GTQ", "bolivianos": "BOB", "guaranis": "PYG",
    # the Swiss papers' abbreviation: "une amende de 50 000 fr.", "«23 frs, c'est un minimum»"
    "fr.": "CHF", "frs": "CHF", "frs.": "CHF",
    # a shilling of no country named is no amount (see SHARED_CURRENCY_NAMES)
    "shillings": "SHILLING", "shilling": "SHILLING",
    # the IMF's special drawing rights: "451,4 millions de DTS", "SDR 2.24 billion" is read before the digits
    "dts": "XDR", "sdr": "XDR", "droits de tirage spéciaux": "XDR", "special drawing rights": "XDR",
    **{
        code.lower(): code
        for code in (
            "USD", "EUR", "GBP", "CHF", "JPY", "CAD", "AUD", "CNY", "SEK", "KRW", "INR", "RUB", "BRL", "MXN",
            "ZAR", "NGN", "HKD", "SGD", "NZD", "TRY", "UAH", "PLN", "NOK", "DKK", "CZK", "ILS", "AED", "XOF",
            "MAD", "TWD", "THB", "IDR", "EGP", "KES", "GHS",
        )
    },
}  # fmt: skip

#: Codes written after the amount only in capitals, being words otherwise: "22 milliards CAN" (Quebec's
#: Canadian dollars), "100.000 DA d'amende" (the Algerian dinar as Algeria's press writes it), "3 milliards DH" (the
#: Moroccan dirham as Morocco's press writes it).
CURRENCY_CODES_AFTER: dict[str, str] = {
    "CAN": "CAD", "Cdn": "CAD", "CDN": "CAD", "DA": "DZD", "DH": "MAD", "DHS": "MAD", "Dhs": "MAD",
}  # fmt: skip

# --- percentages ----------------------------------------------------------------------------------------

#: What turns a number into a percentage; the value is the unit key (None for plain per cent).
PERCENT_SUFFIXES: dict[str, str | None] = {
    "%": None, "per cent": None, "percent": None, "pour cent": None, "pct": None, "per-cent": None,
    # "5.5 pc", as Moroccan, Indian and British papers abbreviate it (lowercase only: "500 PC" are computers)
    "pc": None,
    "percentage points": "point", "percentage point": "point", "points de pourcentage": "point",
    "point de pourcentage": "point", "percentage-point": "point",  # "a 0.5 percentage-point cut"
    # a hundredth of a percentage point each: read as points ("50 basis points", "a 50 basis-point cut": 0.5)
    "basis points": "bp", "basis point": "bp", "basis-point": "bp", "points de base": "bp", "point de base": "bp",
}  # fmt: skip

# --- durations and ages ---------------------------------------------------------------------------------

#: Duration nouns per language -> normalised unit (English plural, as the reader shows it).
DURATION_UNITS: dict[str, dict[str, str]] = {
    "en": {
        "second": "seconds", "seconds": "seconds", "sec": "seconds", "secs": "seconds",
        "minute": "minutes", "minutes": "minutes", "min": "minutes", "mins": "minutes", "hour": "hours",
        "hours": "hours", "day": "days",
        "days": "days", "week": "weeks", "weeks": "weeks", "month": "months", "months": "months",
        "year": "years", "years": "years", "decade": "decades", "decades": "decades",
        # (not "a century", "un siècle": a round span, said of any long while)
        "centuries": "centuries",
        # a sports season is a year: "banned for the next two seasons"
        "season": "years", "seasons": "years",
    },
    "fr": {
        "seconde": "seconds", "secondes": "seconds", "sec": "seconds",
        "minute": "minutes", "minutes": "minutes", "min": "minutes", "mn": "minutes", "heure": "hours",
        "heures": "hours", "h": "hours", "jour": "days",
        "jours": "days", "journée": "days", "journées": "days", "semaine": "weeks", "semaines": "weeks", "mois": "months", "an": "years",
        "ans": "years", "année": "years", "années": "years", "décennie": "decades", "décennies": "decades",
        "siècles": "centuries",
        "semestre": "semesters", "semestres": "semesters", "trimestre": "quarters", "trimestres": "quarters",
        "saison": "years", "saisons": "years",
    },
}  # fmt: skip

#: Duration units glued to the digits ("21d", "48h"): "h" only when no minutes follow (that is a time).
DURATION_SUFFIXES: dict[str, str] = {"d": "days", "h": "hours", "hrs": "hours", "yrs": "years"}

#: French nouns for a person: "un homme de 52 ans" is an age, "une peine de 10 ans" a duration.
PERSON_NOUNS_FR = set(
    """sinistré sinistrée rescapé rescapée édile nonagénaire romancier romancière peintre sculpteur sculptrice
    universitaire bibliothécaire missionnaire actionnaire mandataire secrétaire signataire dignitaire émissaire
    intérimaire libraire disquaire antiquaire
    coach sélectionneur sélectionneuse manager mannequin présentateur présentatrice danseur danseuse styliste
    espion espionne évadé évadée exilé exilée clandestin clandestine narcotrafiquant narcotrafiquante gangster
    rebelle combattant combattante parrain caïd
    menuisier menuisière boulanger boulangère maçon plombier électricien électricienne mécanicien mécanicienne
    coiffeur coiffeuse boucher bouchère berger bergère marchand marchande fermier fermière soudeur livreur
    livreuse caissier caissière pharmacien pharmacienne vétérinaire dentiste architecte comptable notaire
    sergent caporal lieutenant capitaine colonel rappeur rappeuse musicien musicienne footballeur footballeuse
    entraîneur entraîneuse arbitre boxeur boxeuse surfeur surfeuse chasseur chasseuse jardinier jardinière
    attaquant attaquante défenseur défenseure buteur ailier sprinteur sprinteuse marathonien marathonienne
    meneur meneuse latéral portier arrière terrain but
    tennisman hockeyeur hockeyeuse navigateur navigatrice skipper coureur coureuse vainqueur lauréat lauréate
    nominé nominée gagnant gagnante finaliste médaillé médaillée tueur tueuse meurtrier meurtrière
    nageur nageuse skieur skieuse rameur rameuse grimpeur grimpeuse cavalier cavalière golfeur golfeuse
    handballeur handballeuse basketteur basketteuse rugbyman judoka gymnaste patineur patineuse plongeur
    plongeuse perchiste sauteur sauteuse lanceur lanceuse triathlète biathlète
    chauffard chauffarde forcené forcenée fugitif fugitive fuyard fuyarde
    chômeur chômeuse jihadiste djihadiste terroriste assaillant assaillante kamikaze braqueur braqueuse voleur
    voleuse dealer proxénète violeur assassin prisonnière gardien gardienne surveillant surveillante
    procureur procureure magistrat magistrate sénateur sénatrice maire candidat candidate opposant opposante
    banquier banquière entrepreneur entrepreneuse patron patronne gendarme pompier officier commandant
    vendeur vendeuse consultant consultante photographe cuisinier cuisinière serveur serveuse prêtre imam
    rabbin pasteur évêque moine religieuse homme religieux chercheur chercheuse scientifique économiste
    syndicaliste militant activiste diplomate ambassadeur ambassadrice conseiller conseillère adjoint adjointe
    homme hommes femme femmes couple garçon garçons fille filles jeune jeunes adulte adolescent adolescente adolescents
    adolescentes enfant enfants bébé personne personnes individu individus suspect suspecte suspects
    victime victimes mère père fils grand-mère grand-père frère sœur épouse époux mari conjoint conjointe
    neveu nièce cousin cousine oncle tante petit-fils petite-fille beau-père belle-mère beau-frère belle-sœur
    technicien technicienne citoyen citoyenne deuxième troisième quatrième retraité retraitée pensionné pensionnée aîné aînée ressortissant
    ressortissante conducteur conductrice docker dockers routier routière manutentionnaire vigile trader senior
    seniors sans-abri supporter supportrice spectateur spectatrice orphelin orpheline paysan paysanne
    automobiliste quadragénaire quinquagénaire trentenaire sexagénaire septuagénaire octogénaire patient
    patiente détenu détenue salarié salariée étudiant étudiante militant militante journaliste lycéen
    lycéenne collégien collégienne écolier écolière employé employée dirigeant dirigeante responsable
    organisateur organisatrice pirate hacker informaticien informaticienne ingénieur ingénieure chef
    passager passagère habitant habitante touriste rapporteur rapporteure député députée élu élue
    prestataire agent agente policier policière technicien technicienne développeur développeuse soldat
    militaire médecin infirmier infirmière enseignant enseignante professeur professeure avocat avocate
    juge ministre président présidente directeur directrice fondateur fondatrice gérant gérante opérateur
    opératrice administrateur administratrice complice auteur autrice meurtrier meurtrière tireur agresseur
    fonctionnaire fonctionnaires jumeau jumeaux jumelle jumelles frères sœurs fillette fillettes
    usager usagère riverain riveraine motocycliste éleveur éleveuse sapeur-pompier secouriste mineur mineure
    agresseuse prévenu prévenue accusé accusée garçonnet fillette nourrisson ado aîné aînée cadet cadette kid gamin gamine prodige gamer apiculteur apicultrice viticulteur viticultrice maraîcher maraîchère boulanger boulangère commerçant commerçante restaurateur restauratrice
    frère sœur oncle tante cousin cousine époux épouse mari compagnon compagne ami amie voisin voisine
    client cliente internaute utilisateur utilisatrice pilote marin pêcheur agriculteur agricultrice
    ouvrier ouvrière artisan cycliste piéton piétonne motard sportif sportive joueur joueuse athlète
    champion championne chanteur chanteuse acteur actrice artiste écrivain écrivaine réalisateur
    réalisatrice influenceur influenceuse manifestant manifestante otage réfugié réfugiée migrant migrante
    résident résidente rescapé rescapée survivant survivante défunt défunte alpiniste vétéran vétérane randonneur joggeur joggeuse marcheur traileur
    randonneuse skieur skieuse nageur nageuse baigneur baigneuse commerçant commerçante chauffeur
    informaticien cybercriminel cybercriminelle escroc fraudeur fraudeuse trafiquant trafiquante
    élève élèves étudiants étudiantes lycéens lycéennes collégiens collégiennes écoliers écolières
    consultant consultante chercheur chercheuse expert experte analyste stagiaire apprenti apprentie
    compère comparse coéquipier coéquipière camarade collègue rival rivale adversaire
    cavalier cavalière promeneur promeneuse livreur livreuse vendeur vendeuse propriétaire locataire
    sauveteur sauveteuse bénévole pompier pompière gendarme surveillant surveillante gardien gardienne
        démocrate démocrates républicain républicaine candidat candidate sénateur sénatrice maire gouverneur
    gouverneure milliardaire entrepreneur entrepreneure pape roi reine prince princesse vedette animateur
    animatrice cinéaste comédien comédienne musicien musicienne rappeur rappeuse footballeur footballeuse
    patriarche matriarche héritier héritière magnat patron patronne pdg veuf veuve
    brigadier brigadière lieutenant lieutenante capitaine sergent sergente caporal caporale adjudant adjudante
    colonel colonelle commissaire inspecteur inspectrice matelot
    producteur productrice coureur coureuse boxeur activiste opposant opposante dissident dissidente prisonnier prisonnière condamné
    condamnée violeur passeur lanceur lanceuse youtubeur youtubeuse streamer
    chirurgien chirurgienne anesthésiste gynécologue pédiatre psychiatre psychologue radiologue cardiologue
    kinésithérapeute aide-soignant aide-soignante sage-femme généraliste instituteur institutrice éducateur
    éducatrice moniteur monitrice curé abbé douanier douanière légionnaire parachutiste mercenaire steward
    hôtesse sans-abri membre star chanteur chanteuse artiste acteur actrice
    """.split()
)

#: French nouns whose "de N ans" is a length of time, even after a person ("condamné à une peine de 10 ans").
DURATION_NOUNS_FR = set(
    """peine peines prison emprisonnement réclusion durée période délai contrat mandat plan programme
    abonnement enquête enquêtes surveillance travaux retard garantie bail engagement absence expérience
    carrière histoire règne existence séjour service exil chantier guerre conflit partenariat projet prêt
    emprunt mission collaboration relation sursis suspension interdiction détention investissement
    """.split()
)

# --- counted nouns --------------------------------------------------------------------------------------

#: Concept key (English singular) -> surface forms in English and French.
_UNIT_FORMS: dict[str, str] = {
    "message": "message messages",
    "server": "server servers serveur serveurs",
    "language": "language languages langue langues",
    "account": "account accounts compte comptes",
    "vehicle": "vehicle vehicles véhicule véhicules",
    "car": "car cars voiture voitures",
    "tractor": "tractor tractors tracteur tracteurs",
    "phone": "phone phones telephone telephones téléphone téléphones smartphone smartphones handset handsets"
    " portable portables",
    "person": "person persons people personne personnes individual individuals individu individus compatriotes compatriots",
    "man": "man men homme hommes",
    "woman": "woman women femme femmes",
    "child": "child children enfant enfants kid kids",
    "adult": "adult adults adulte adultes",
    # people driven from their homes: "185.000 personnes déplacées", "200,000 people displaced"
    "displaced": "displaced déplacé déplacés déplacée déplacées",
    "boy": "boy boys garçon garçons",
    "peacekeeper": "peacekeeper peacekeepers helmets casques",  # "three blue helmets", "trois casques bleus"
    "girl": "girl girls fille filles fillette fillettes",
    "youth": "youth youths jeune jeunes",
    "suspect": "suspect suspects suspecte suspectes",
    # "24 prisoners and two minors": people under age (not the French "mineurs", also miners)
    "minor": "minor minors",
    # "the three occupants of the car", "les trois occupants de la voiture"
    "occupant": "occupant occupants occupante occupantes",
    # "the two attackers", "les deux agresseurs", "three gunmen"
    "attacker": "attacker attackers assailant assailants agresseur agresseurs assaillant assaillants gunman gunmen",
    "victim": "victim victims victime victimes",
    "country": "country countries nation nations pays nationality nationalities nationalité nationalités",
    "city": "city cities ville villes",
    "user": "user users utilisateur utilisateurs utilisatrice utilisatrices usager usagers",
    "customer": "customer customers client clients cliente clientes",
    "member": "member members membre membres",
    "lawyer": "lawyer lawyers attorney attorneys avocat avocats avocate avocates",
    "judge": "judge judges juge juges magistrate magistrates magistrat magistrats",
    "team": "team teams équipe équipes squad squads brigade brigades",
    "guest": "guest guests hôte hôtes vacancier vacanciers",
    "landslide": "landslide landslides mudslide mudslides glissement glissements éboulement éboulements",
    "livestock": "head tête têtes cattle bétail livestock",  # "70,000 head of cattle", "60.000 têtes de bétail"
    "employee": "employee employees employé employés salarié salariés staff staffer staffers",
    "officer": "officer officers policeman policemen policier policiers gendarme gendarmes",
    "arrest": "arrest arrests arrestation arrestations interpellation interpellations",
    "search": "search searches raid raids perquisition perquisitions",
    "device": "device devices appareil appareils dispositif dispositifs",
    "computer": "computer computers pc pcs ordinateur ordinateurs",
    "company": "company companies firm firms business businesses entreprise entreprises société sociétés"
    " corporation corporations",
    "river": "river rivers rivière rivières fleuve fleuves",
    "organisation": "organisation organisations organization organizations organisme organismes",
    # "four NGOs", "quatre ONG": the acronym read as the noun it stands for
    "ngo": "ngo ngos ong ongs",
    "group": "group groups groupe groupes",
    "network": "network networks réseau réseaux",
    "platform": "platform platforms plateforme plateformes",
    "website": "website websites site sites",
    "domain": "domain domains domaine domaines",
    "app": "app apps application applications",
    "file": "file files fichier fichiers",
    "record": "record records enregistrement enregistrements",
    "email": "email emails e-mail e-mails courriel courriels",
    "password": "password passwords",
    "card": "card cards carte cartes",
    "number": "numéro numéros",
    "call": "call calls appel appels",
    "attack": "attack attacks cyberattack cyberattacks attaque attaques cyberattaque cyberattaques",
    "vulnerability": "vulnerability vulnerabilities vulnérabilité vulnérabilités flaw flaws faille failles",
    "case": "case cases cas",
    # infections are a disease's cases or a malware's infected machines (see RELATED_UNITS)
    "infection": "infection infections contamination contaminations",
    "report": "report reports signalement signalements",
    "complaint": "complaint complaints plainte plaintes",
    "death": "death deaths dead killed fatality fatalities mort morts décès tués tué tuée tuées died perished péri abattus abattue abattues"
    # "94 martyrs": the dead as a toll reported from Iraq or Gaza; "79 migrants drowned", "79 drown" in a headline
    " décédé décédés décédée décédées mortes martyrs drowned drown noyé noyés noyée noyées"
    # a headline's present: "27 migrants meurent" (the English "die" is read in English only, see the extractor)
    " meurent périssent",
    "injury": "injured wounded injuries hurt blessé blessés blessée blessées",
    "missing": "missing unaccounted disparu disparus disparue disparues",
    "body": "body bodies corps cadavre cadavres",
    "firefighter": "firefighter firefighters pompier pompiers",
    "soldier": "soldier soldiers troops soldat soldats militaire militaires",
    "riding": "riding ridings constituency constituencies circonscription circonscriptions",
    "robot": "bot bots robot robots",
    "identity": "identity identities identité identités",
    "region": "region regions région régions",
    "province": "province provinces",
    "department": "department departments département départements",
    "infrastructure": "infrastructure infrastructures",
    "centre": "centre centres center centers",
    "national": "nationals ressortissant ressortissants",
    "resident": "resident residents inhabitant inhabitants habitant habitants résident résidents résidente résidentes"
    " locals"
    " résidant résidants résidante résidantes",
    "patient": "patient patients",
    "passenger": "passenger passengers passager passagers passagère passagères traveller travellers traveler"
    " travelers voyageur voyageurs voyageuse voyageuses",
    "crew": "crew crews crewmember crewmembers équipage équipages",
    "image": "image images photo photos photograph photographs",
    "weapon": "weapon weapons firearm firearms gun guns arme armes rifle rifles fusil fusils pistol pistols pistolet"
    " pistolets handgun handguns",
    "student": "student students étudiant étudiants élève élèves pupil pupils schoolchildren schoolboys schoolgirls"
    " écolier écoliers écolière écolières lycéen lycéens lycéenne lycéennes collégien collégiens collégienne"
    " collégiennes",
    "school": "school schools école écoles",
    "hospital": "hospital hospitals hôpital hôpitaux",
    # what a hospital, a clinic or a school is called when the report counts them together (see RELATED_UNITS)
    "facility": "facility facilities établissement établissements clinic clinics clinique cliniques",
    "home": "home homes house houses maison maisons logement logements habitation habitations dwelling dwellings",
    "job": "job jobs emploi emplois poste postes position positions role roles redundancies layoffs licenciements"
    " suppressions",
    "agency": "agency agencies agence agences",
    "state": "state states état états etat etats",
    "operation": "operation operations opération opérations",
    "time": "times fois reprises",
    # a suspension counted in games: "a 41-game suspension", "41 rencontres", "dix matchs"
    "game": "game games match matches matchs rencontre rencontres",
    "tonne": "ton tons tonne tonnes",
    "kilogram": "kg kilo kilos kilogram kilograms kilogramme kilogrammes",
    "kilometre": "km kilometre kilometres kilometer kilometers kilomètre kilomètres",
    "metre": "metre metres meter meters mètre mètres",
    # "des vents de 80 milles à l'heure" (not "mille", a thousand)
    "mile": "mile miles milles",
    "litre": "litre litres liter liters",
    "gallon": "gallon gallons",
    "vote": "vote votes voix",
    "seat": "seat seats siège sièges député députés",
    "party": "party parti partis",  # not "parties", also a case's in French (both languages share the table)
    "village": "village villages",
    # "foyers" too, unless a fire's seats or an outbreak's ("12 foyers d'incendie", see FRENCH_SEATS_AFTER)
    "household": "household households ménage ménages foyer foyers",
    "family": "family families famille familles",
    "building": "building buildings bâtiment bâtiments immeuble immeubles",
    "ambulance": "ambulance ambulances",
    "truck": "truck trucks lorry lorries camion camions",
    "ship": "ship ships vessel vessels boat boats navire navires bateau bateaux embarcation embarcations",
    "migrant": "migrant migrants",
    "refugee": "refugee refugees réfugié réfugiés réfugiée réfugiées",
    "tourist": "tourist tourists touriste touristes",
    "municipality": "municipality municipalities commune communes municipalité municipalités",
    "dose": "dose doses",
    "survivor": "survivor survivors survivant survivants survivante survivantes rescapé rescapés rescapée rescapées",
    "rescuer": "rescuer rescuers sauveteur sauveteurs secouriste secouristes",
    "hostage": "hostage hostages otage otages",
    "astronaut": "astronaut astronauts astronaute astronautes cosmonaut cosmonauts cosmonaute cosmonautes",
    "prisoner": "prisoner prisoners inmate inmates detainee detainees prisonnier prisonniers détenu détenus"
    " détenue détenues",
    "hospitalised": "hospitalised hospitalized hospitalisé hospitalisés hospitalisée hospitalisées",
    "critical": "",  # the injured in critical condition: only from what is said of them (see the extractor)
    "light": "",  # the lightly injured ("49 blessés légers", "30 slightly injured"): likewise
    "burn": "",  # the injured with burns: only from what is said of them ("35 in severe burns")
    "civilian": "civilian civilians civils",
    "worker": "worker workers travailleur travailleurs travailleuse travailleuses ouvrier ouvriers ouvrière"
    " ouvrières miner miners",
    # an office's asylum claims and its rulings on them: two counts ("136,700 decisions", "142.500 demandes")
    "application": "application applications demande demandes",
    "decision": "decision decisions décision décisions",
    "protester": "protester protesters protestor protestors demonstrator demonstrators manifestant manifestants"
    " manifestante manifestantes",
}

#: Surface form (lowercase) -> concept key.
UNIT_NOUNS: dict[str, str] = {form: key for key, forms in _UNIT_FORMS.items() for form in forms.split()}
#: Concept keys from the table (a count whose unit is not one of these carries a raw noun).
KNOWN_UNITS = frozenset(_UNIT_FORMS)

#: More counted nouns, as English and French name them: the things and people news counts most often beyond
#: the table above. A noun read outside that table is named by its concept here once the figure is kept (see
#: :data:`NOUN_CONCEPTS`), so "830 flights" and "687 vols" are one noun, as "trains" is in both languages.
#: They stay outside the table: they take no part in reading the figure (which noun heads "lab tests",
#: whether "one plane" is a key figure), and the comparison treats them as it treats any noun the two
#: versions share (a large count of one noun may be disputed; two nouns of people may name the same people).
_MORE_FORMS: dict[str, str] = {
    # the things of a disaster's damage named by their fate alone: "60,000 homes were destroyed and 76,000
    # damaged", "près de 47.000 autres endommagées"
    "damaged": "damaged endommagé endommagés endommagée endommagées",
    "officer": "policière policières agent agents investigator investigators enquêteur enquêteurs enquêtrice"
    " enquêtrices",
    "firefighter": "sapeurs-pompiers",
    "suspect": "defendant defendants accusé accusés prévenu prévenus condamné condamnés condamnée condamnées"
    " convict convicts",
    "national": "foreigner foreigners étranger étrangers",
    # "103 blessés dont 24 gravement", "30 injured, 15 severely": the adverb alone after the count of a part of
    # the injured
    "critical": "gravement grièvement seriously severely critically gravely badly",
    "flight": "flight flights vol vols departure departures",  # an airport's departures are its flights
    "train": "train trains",
    "station": "station stations gare gares",
    "helicopter": "helicopter helicopters hélicoptère hélicoptères",
    "plane": "plane planes aircraft airplane airplanes jet jets avion avions",
    "airport": "airport airports aéroport aéroports",
    "store": "store stores shop shops magasin magasins boutique boutiques commerces supermarket supermarkets"
    " supermarché supermarchés",
    "pill": "pill pills tablet tablets comprimé comprimés pilule pilules",
    "package": "package packages parcel parcels colis paquet paquets",
    "floor": "floor floors storey storeys étage étages",
    "bed": "bed beds lit lits",
    "day-fine": "jours-amendes jours-amende jour-amende day-fines day-fine",  # a Swiss penalty's unit, no duration
    "apartment": "apartment apartments flats appartement appartements",
    "fire": "fire fires wildfire wildfires blaze blazes incendie incendies feu feux",
    "charge": "charge charges count counts accusation accusations chefs",  # "18 chefs d'accusation"
    "voter": "voter voters électeur électeurs électrice électrices votant votants inscrits",
    "candidate": "candidate candidates candidat candidats",
    "bankruptcy": "bankruptcy bankruptcies faillite faillites insolvency insolvencies",
    # fines counted, not their sum: "14.2 million fines", "14,1 millions de contraventions"
    "fine": "fine fines amende amendes contravention contraventions",
    "laboratory": "lab labs laboratory laboratories laboratoire laboratoires",
    "murder": "murder murders homicide homicides meurtre meurtres assassinat assassinats",
    "address": "address addresses adresse adresses",
    "project": "project projects projet projets",
    "baby": "baby babies infant infants newborn newborns bébé bébés nouveau-né nouveau-nés nourrisson"
    " nourrissons",
    "video": "video videos vidéo vidéos",
    "transaction": "transaction transactions",
    "seizure": "seizure seizures saisie saisies",
    # the quakes a story counts are its aftershocks, whichever word a version uses
    "aftershock": "aftershock aftershocks réplique répliques earthquake earthquakes quake quakes tremor tremors"
    " séisme séismes secousse secousses",
    "town": "town towns localité localités",
    "evacuee": "evacuee evacuees evacuated évacué évacués évacuée évacuées",
    "pilgrim": "pilgrim pilgrims pèlerin pèlerins",
    "union": "union unions syndicat syndicats",
    "office": "office offices bureau bureaux",
    "container": "container containers conteneur conteneurs",
    "bag": "bag bags suitcase suitcases sac sacs valise valises",
    "doctor": "doctor doctors physician physicians médecin médecins",
    "journalist": "journalist journalists reporter reporters journaliste journalistes",
    "pedestrian": "pedestrian pedestrians piéton piétons",
    "teenager": "teenager teenagers teen teens adolescent adolescents adolescente adolescentes",
    "adult": "adult adults adulte adultes",
    # people driven from their homes: "185.000 personnes déplacées", "200,000 people displaced"
    "displaced": "displaced déplacé déplacés déplacée déplacées",
    "boy": "boy boys garçon garçons",
    "peacekeeper": "peacekeeper peacekeepers helmets casques",  # "three blue helmets", "trois casques bleus"
    "girl": "girl girls fille filles fillette fillettes",
    "spectator": "spectator spectators spectateur spectateurs supporter supporters fan fans",
    "player": "player players joueur joueurs",
    "visitor": "visitor visitors visiteur visiteurs",
    # "180,000 more visits" to emergency rooms, "180 000 passages en plus" aux urgences
    "visit": "visit visits visite visites passages",
    "investor": "investor investors investisseur investisseurs",
    "subscriber": "subscriber subscribers abonné abonnés",
    "pilot": "pilot pilots pilote pilotes",
    "villager": "villager villagers villageois",
    "mosque": "mosque mosques mosquée mosquées",
    "church": "church churches église églises",
    "room": "room rooms chambre chambres",
    "bus": "bus buses autobus autocar autocars",
    "factory": "factory factories usine usines",
    "product": "product products produit produits",
    "shooting": "shooting shootings fusillade fusillades",
    "crime": "crime crimes offence offences offense offenses délit délits infraction infractions",
    "bomb": "bomb bombs bombe bombes",
    "drone": "drone drones",
    "missile": "missile missiles rocket rockets roquette roquettes",
    "hotel": "hotel hotels hôtel hôtels",
    "bridge": "bridge bridges pont ponts",
    "island": "island islands île îles",
    # animals culled, rescued or lost: never the people a story counts ("a further hundred feral horses")
    "horse": "horse horses cheval chevaux",
    "camel": "camel camels chameau chameaux dromadaire dromadaires",
    "cattle": "cattle cow cows vache vaches bovin bovins",
    "sheep": "sheep mouton moutons brebis",
    "dog": "dog dogs chien chiens",
    # poultry are birds: "Around 60 million ducks", "64 millions de canetons", "plus de 250 oiseaux"
    "bird": "bird birds oiseau oiseaux duck ducks duckling ducklings canard canards caneton canetons chicken"
    " chickens poulet poulets volaille volailles poultry",
    "pig": "pig pigs hog hogs porc porcs cochon cochons",
    # wild animals counted, culled or stranded: "470 long-finned pilot whales", "500 dauphins-pilotes"
    "whale": "whale whales baleine baleines cétacé cétacés dauphins-pilotes globicéphale globicéphales orca orcas"
    " orque orques",
    "elephant": "elephant elephants éléphant éléphants",
    "rhino": "rhino rhinos rhinoceros rhinoceroses rhinocéros",
    "hippo": "hippo hippos hippopotamus hippopotamuses hippopotame hippopotames",
    "wolf": "wolf wolves loup loups",
    "shark": "shark sharks requin requins",
    "diver": "diver divers plongeur plongeurs",
    "volunteer": "volunteer volunteers bénévole bénévoles",
    "film": "film films movie movies",
    # thefts counted ("70,469 car thefts"); French "vols" are thefts only in a text on thefts (see the extractor)
    "theft": "theft thefts",
    # "8,893 blank or invalid ballots", "9.983 bulletins blancs ou nuls": the papers of a vote
    "ballot": "ballot ballots bulletin bulletins",
}
#: The concepts above that are things, never people: "30 others missing" is not "30 étages".
THING_CONCEPTS = frozenset(
    "flight train station helicopter plane airport store pill package floor apartment fire laboratory address"
    " project video transaction seizure aftershock town office container bag mosque church room bus factory"
    " product bomb drone missile hotel bridge island horse camel cattle sheep dog bird pig game whale elephant rhino hippo"
    " wolf shark bed landslide theft ballot".split()
)
#: The concepts above that are people: "54 journalists" and "54 bénévoles" may be the same people only as
#: people at large are.
PEOPLE_CONCEPTS = frozenset(
    "officer firefighter suspect national critical baby evacuee pilgrim doctor journalist pedestrian teenager"
    " adult displaced boy peacekeeper girl spectator player visitor investor subscriber pilot villager diver"
    " volunteer voter candidate protester crew lawyer judge team guest".split()
)
#: Every noun the lexicon names, in the unit table or among the concepts above.
LEXICON_NOUNS = KNOWN_UNITS | frozenset(_MORE_FORMS)
#: A noun outside :data:`UNIT_NOUNS` (lowercase, as the extractor reads it) -> its concept.
NOUN_CONCEPTS: dict[str, str] = {form: key for key, forms in _MORE_FORMS.items() for form in forms.split()}
#: What an amount may be, named before it, in English and French -> the thing in English (see
#: ``Figure.subject``): "a ransom of", "une rançon de", "A net profit of", "un bénéfice net de", "losses of",
#: "le préjudice ... à".
_AMOUNT_SUBJECT_FORMS: dict[str, str] = {
    "ransom": "ransom ransoms rançon rançons",
    "profit": "profit profits bénéfice bénéfices résultat résultats",
    "loss": "loss losses perte pertes préjudice préjudices",
    "fine": "fine fines amende amendes penalty penalties pénalité pénalités",
    "debt": "debt debts dette dettes",
    "salary": "salary salaries salaire salaires",
    "revenue": "revenue revenues turnover affaires recettes",  # "chiffre d'affaires", "des recettes de"
    "budget": "budget budgets",
    "damages": "damages dommages-intérêts",
    "bail": "bail caution",
    "ebitda": "ebitda ebit",
    "donation": "donation donations don dons",
    "contract": "contract contracts contrat contrats",
    "compensation": "compensation indemnisation indemnisations indemnités dédommagement dédommagements",
}
AMOUNT_SUBJECTS: dict[str, str] = {
    form: key for key, forms in _AMOUNT_SUBJECT_FORMS.items() for form in forms.split()
}
#: Counted things a person can be: "people" or "personnes" may be any of them.
HUMAN_UNITS = frozenset(
    "person man woman child suspect victim user customer member employee officer arrest death injury missing "
    "student firefighter soldier national resident patient passenger case migrant refugee tourist survivor rescuer "
    "hostage prisoner protester worker hospitalised critical light burn civilian adult youth boy girl displaced peacekeeper "
    "astronaut occupant attacker minor evacuee guest".split()
)
#: Every noun of people the lexicon names, in the unit table or beyond it.
LEXICON_PEOPLE = HUMAN_UNITS | PEOPLE_CONCEPTS

#: Words before a figure that make it an estimate or a bound: "about", "at most" or "at least".
APPROXIMATIONS: dict[str, str] = {
    **{w: "about" for w in (
        "about", "around", "roughly", "approximately", "some", "an estimated", "estimated", "environ",
        "quelque", "autour de", "de l'ordre de", "de l’ordre de", "estimé à", "estimée à", "estimés à",
        "estimées à", "à peu près", "d'environ", "d’environ",
        # close to a value on either side: "avec des températures avoisinant les 45 degrés"
        "avoisinant", "avoisinant les", "avoisine", "avoisine les", "avoisinent les", "avoisinaient les",
    )},
    **{w: "at most" for w in (
        "nearly", "almost", "close to", "up to", "less than", "under", "près de", "presque", "quasiment",
        "pratiquement", "jusqu'à", "jusqu’à", "moins de", "pas loin de", "de près de", "just under", "près d'",
        "près d’", "below", "au-dessous de", "en dessous de", "en deçà de",
        # a toll said to approach a round value: "approche les 300 morts", "nears 300", "frôle les 1 000"
        "approche les", "approchent les", "frôle les", "frôlent les", "approaching", "nears", "nearing",
        # the most a source says there may be: "as many as 1.4 million protesters", "as much as $2 billion"
        "as many as", "as much as",
    )},
    **{w: "at least" for w in (
        "more than", "over", "at least", "plus de", "au moins", "upwards of", "de plus de", "just over",
        "au minimum", "au-delà de", "au-delà des", "plus d'", "plus d’", "pas moins de", "pas moins d'",
        "pas moins d’", "no fewer than", "no less than", "not less than", "above", "in excess of", "au-dessus de",
        # a toll said to pass a round value: "le bilan dépasse les 100 morts", "has exceeded 1,000"
        "dépasse les", "dépassé les", "dépasse", "dépassé", "exceeded", "exceeds", "surpassed", "surpasses",
        # "the death toll crossed 1,000 on Monday", "topped 500", "a franchi la barre des 1 000 morts"
        "crossed", "crosses", "topped", "tops", "surpassing", "exceeding", "dépassant", "dépassant les",
        # a headline's toll "passes 2,200" (not "passed", which also passes laws: "passed 12 bills")
        "passes",
        # "temperatures have climbed beyond 50 degrees Celsius"
        "beyond",
        "franchi", "franchit", "franchi les", "franchi la barre des", "passé la barre des",
    )},
}  # fmt: skip

#: Bare dollar words and symbols: they mean the publisher's dollar (see ``currency.local_dollar``).
LOCAL_DOLLAR = {"$", "dollar", "dollars"}

#: Temperature units glued to the digits ("45C", "(113F)").
TEMPERATURE_SUFFIXES = {"C": "C", "F": "F"}

#: Units of data, rates and electricity after a number: measurements, not key figures ("25MB", "8 Mbit/s").
MEASURE_UNITS = set(
    """KB MB GB TB PB kB Ko Mo Go To kbit Kbit Mbit Gbit kbps Mbps Gbps Kb Mb Gb GHz MHz kHz Hz mAh kWh MWh
    GWh TWh kW MW GW TW nm px dpi fps octets bytes bits kilobytes megabytes gigabytes terabytes kilooctets
    mégaoctets gigaoctets téraoctets kilobyte megabyte gigabyte terabyte mégaoctet gigaoctet téraoctet
    kph mph kmh knots nœuds noeuds
    """.split()
)  # case matters: "To" is a terabyte, "to" is not

#: Peoples whose plural has none of the usual endings of the extractor's demonym pattern ("-ians", "-iens",
#: "-ais", "-ois"...): "trois Russes", "two Poles".
PEOPLES = frozenset(
    """russes suisses belges serbes croates tchèques slovaques turcs grecs kurdes lettons arabes
    poles czechs slovaks turks greeks swedes danes finns brits serbs croats kurds arabs afghans iraqis
    germans britons scots uzbeks kazakhs tajiks argentines omanis nepalis
    pakistanis israelis somalis yemenis saudis bangladeshis kuwaitis qataris afghanes somaliens
    érythréens érythréennes coréens coréennes guinéens guinéennes européens européennes
    chinese vietnamese japanese lebanese congolese senegalese sudanese taiwanese burmese nepalese portuguese
    maltese togolese gabonese beninese bangladeshi pakistani iraqi israeli somali yemeni saudi kuwaiti qatari
    omani emirati filipinos dutch french irish welsh swiss british""".split()
)

#: Parts of a whole after a number: "deux tiers des sièges", "three quarters of voters" are shares, not counts.
FRACTION_NOUNS = frozenset(
    """tiers quart quarts cinquième cinquièmes dixième dixièmes
    third thirds quarter quarters fifth fifths tenth tenths""".split()
)

#: Number words that are part of an idiom, not a figure ("aux quatre coins de", "at the four corners").
IDIOMS = (
    # the year's seasons, not a contract's or a career's ("for four seasons", "ces quatre dernières saisons")
    "quatre coins", "four corners", "des quatre saisons", "aux quatre saisons", "les quatre saisons de",
    "toutes les quatre saisons", "all four seasons", "the four seasons of", "à deux pas", "trois fois rien", "mille fois", "cent fois", "mille et une",
    "one by one", "un à un", "une à une", "deux poids, deux mesures", "à cent pour cent", "en deux temps",
    "à deux facteurs", "à double facteur", "tous deux", "toutes deux", "tous les deux", "toutes les deux",
    "one-minute silence", "one minute's silence", "one minute of silence", "plus one vote", "at one point",
    # a day named for mourning, no span of the story: "declared Thursday a day of national mourning"
    "a day of mourning", "a day of national mourning", "une journée de deuil", "un jour de deuil",
    "in one case", "dans un cas", "pas un centime", "pas un seul centime", "pas un sou", "not a cent", "not a penny",
    # "neuf" as an adjective, new: "un avion flambant neuf", "livré neuf", "remis à neuf"
    "flambant neuf", "livré neuf", "livrée neuf", "tout neuf", "remis à neuf", "comme neuf", "état neuf",
    # a two-round election ("entre les deux tours", "un scrutin à deux tours"), laps, towers: no key figure
    "deux tours",
    # sides of a road, a border, a conflict: "des deux côtés de la route", "on both sides"
    "des deux côtés", "les deux côtés", "deux côtés de", "two sides of", "of the two sides",
    # the span a change is measured over: "En un an, l'électricité est devenue 84,7 % plus chère", "a rise of
    # 25% in one year, ..." (not "construit en un an", "detained for over one year")
    "en un an,", "sur un an", "en une année,", "sur une année", "in one year,",
    # a rate's span right after it: "10.1% over one year" (not "jailed for over one year")
    "% over one year", "percent over one year", "per cent over one year", "% in one year",
    # someday, no span: "I knew one day I would be a record-holder", "one day we will win it"
    "one day I", "one day we", "one day you", "one day he", "one day she", "one day they", "one day it",
    # a threshold of a race, no time run: "the two-hour mark", "la barre des deux heures", "sub-two-hour"
    "two-hour mark", "two-hour barrier", "sub-two-hour", "sub-two hour", "barre des deux heures",
    "barrière des deux heures", "sous les deux heures",
    # a year named for its record, no span: "au terme d'une année record", "a record year"
    "une année record", "a record year",
)  # fmt: skip

#: Adjectives between a number and its duration unit ("les 18 derniers mois", "eight arduous days", "the 17
#: hazardous days", "trois longues années").
DURATION_ADJECTIVES = set(
    """derniers dernières dernier dernière prochains prochaines prochain prochaine premiers premières
    more additional further extra consecutive straight successive full long calendar business working
    long longs longue longues whole entire arduous harrowing gruelling grueling agonising agonizing painful
    tense tough difficult short brief interminable interminables hazardous dangerous perilous anxious
    terrifying sleepless desperate grim bloody deadly frantic hectic chaotic stressful traumatic turbulent
    tumultuous excruciating intense fraught hard nerve-wracking
    angoissantes angoissants éprouvantes éprouvants épuisantes épuisants dramatiques intenses chaotiques
    fortes forts dures durs difficiles pénibles terribles courtes courts bonnes bons belles beaux
    consécutives consécutifs pleines pleins entières entiers
    """.split()
)

#: Words after "people" or "personnes" that say what happened to them: "632 people killed", "11,300 people
#: dead", "329 people were injured", "170 personnes disparues". The concept of the word is the count's.
FATE_AUXILIARIES = set(
    "were are is have has been had was now found confirmed ont été sont avaient étaient porté portés portée portées reported"
    " retrouvées retrouvés also aussi également seriously critically badly severely gravement grièvement"
    " légèrement still toujours encore remain remains remained restent restaient demeurent"
    " who qui to be being believed presumed feared known thought alors déjà then already of whom declared pronounced"
    " déclarés déclarées retrieved pulled extracted dug out freed outre reportedly allegedly apparently officially"
    " dû être initially initialement first announced annoncés annoncées slightly lightly mildly formally as"
    " supposés supposées supposé supposée présumés présumées présumé présumée may might could".split()  # "732 people who were injured", "15 personnes qui ont été blessées",
    # "four were reported to be missing", "12 others are believed to be dead"
)
#: Verbs of losing one's life whose object follows: "2,053 people had lost their lives", "ont perdu la vie", "ont
#: trouvé la mort".
LOST_LIVES = frozenset({"lost", "perdu", "trouvé"})
#: Verbs of taking people to hospital: "65 people had been taken to hospital", "12 personnes ont été
#: transportées à l'hôpital" are the injured.
TAKEN_TO_HOSPITAL = frozenset(
    "taken rushed transported sent airlifted admitted brought transportés transportées transporté transportée"
    " conduits conduites évacués évacuées admis admises".split()
)
#: Participles that say people were arrested: "43 people were arrested", "22 personnes ont été interpellées".
ARRESTED = frozenset(
    "arrested detained interpellé interpellés interpellée interpellées arrêtés arrêtées".split()
)
#: Participles that say people survived: "Thirty-seven people were rescued", "12 personnes ont été secourues".
RESCUED = frozenset(
    "rescued survived secourus secourues secouru secourue sauvés sauvées rescapés rescapées alive vivants"
    " vivantes".split()
)
#: Participles that say people were given care: the injured, when they are people or victims ("Five more
#: victims are being treated on the wards", "12 personnes ont été soignées sur place").
TREATED = frozenset("treated soigné soignés soignée soignées".split())
#: Words that say people were hospitalised: the injured too ("Nine people were hospitalized").
HOSPITALISED = frozenset(
    "hospitalized hospitalised hospitalisé hospitalisés hospitalisée hospitalisées".split()
)

#: French nouns for what holds or records something: "200 000 comptes d'entreprises" counts businesses.
CONTAINER_NOUNS_FR = frozenset(
    "compte comptes dossier dossiers fiche fiches profil profils numéro numéros".split()
)
#: French nouns of two or three words, by their first word: "mots de passe" counts passwords.
FRENCH_COMPOUNDS = {
    "mot": ("mot de passe", "password"),
    "mots": ("mots de passe", "password"),
    "moyens": ("moyens aériens", "aircraft"),  # "Dix moyens aériens": firefighting planes and helicopters
    # "une vingtaine de cours d'eau": rivers
    "cours": ("cours d'eau", "river"),
    # "quatre agents de santé": health workers, not officers
    "agent": ("agent de santé", "worker"),
    "agents": ("agents de santé", "worker"),
    # "dont 8 parmi les soldats du feu": firefighters
    "soldat": ("soldat du feu", "firefighter"),
    "soldats": ("soldats du feu", "firefighter"),
    # "les 23 membres d'équipage": the crew
    "membre": ("membre d'équipage", "crew"),
    "membres": ("membres d'équipage", "crew"),
}

#: Words between a number and its noun that are not the noun ("two other suspects", "10 more servers").
SKIPPED_ADJECTIVES = set(
    """other more additional further new key main autres nouveaux nouvelles supplémentaires principaux
    suspected alleged presumed identified confirmed known mass reported recorded registered
    signalé signalés signalée signalées recensé recensés recensée recensées
    powerful strong major violent violents violentes fortes forts puissants puissantes grands grandes
    """.split()
)

#: Words after a number written in words that still make it a count without a noun ("five of the seven
#: validators", "three in England", "douze en France", "cinq des sept").
PARTITIVES = set("of in at from among de des du d en à au aux dans parmi sur each chacun chacune".split())

#: Words after a number that are never the counted noun (the fallback takes the next plain word otherwise).
NOT_NOUNS = set(
    """a an the of in on at to from for with by and or but than as per each other others between among last next later earlier
    including include includes who whom which that this these those it its their his her our were was are is
    be been being have has had will would could should may might can more most less fewer over under about
    around nearly almost up down out into onto off after before during since until while when where also
    only just still already again not no all both such same old several many few some any every
    de du des d l en et ou à au aux le la les un une pour par sur sous dans avec sans chez vers entre
    sont ont été était étaient est a ai avait avaient sera seront qui que qu dont où plus moins ces cet
    cette son sa ses leur leurs notre nos votre vos ne pas non tous toutes tout toute autres autre
    environ près selon depuis pendant durant lors après avant ainsi aussi déjà encore contre voire ici
    across through throughout via within without against along beyond toward towards upon amid ago
    l'an l’an l'année l’année l'ensemble l’ensemble ensemble thing things chose choses o'clock o’clock
    auparavant ensuite alors puis near outside inside behind them eux cannot must shall respectively
    respectivement came went comes goes come go
    represents represent represented representing remain remains remained stay stays stayed
    requis requise requises réclamés réclamées prévus prévues promis promises initialement demandés demandées
    sollicités sollicitées attendus attendues budgétés budgétisés annoncés annoncées needed requested sought
    lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday
    instead previously currently initially originally formerly recently now then actuellement précédemment
    """.split()
)

#: Words right before a number that make it a name or an ordinal ("Windows 11", "Article 5", "version 2.0").
NAME_WORDS = set(
    """windows boeing article articles s. ss. iphone ipad version versions v no no. n° nº numéro number num # chapter
    chapitre section sections page pages line ligne level niveau phase season saison episode épisode tome
    volume vol vol. room salle flat apartment appartement gate porte terminal platform quai route routes highway highways autoroute autoroutes android ios macos
    python java pixel galaxy xbox playstation ps web industry industrie ligue formula formule apollo
    artemis artémis gemini soyuz soyouz falcon ariane chandrayaan voyager
    model modèle models modèles type series série cat catégorie category stage étape grade grades paragraph paragraphs paragraphe paragraphes alinéa alinéas
    game match
    annex annexe rank rang top tier lot item point points step iso cve rfc magnitude feu feux fire fires
    flight group groupe poule division bill runway piste programme program clade subclade sous-clade partie part schedule kilometre
    kilomètre kilometer borne exit sortie bus autobus tram tramway streetcar signal loi disposition dispositions
    update
    """.split()
)
#: Capitalised, the names of lists and stock indexes a number ends: "Fortune 500", "CAC 40", "FTSE 100".
INDEX_NAMES = frozenset("fortune cac ftse dax nikkei stoxx nasdaq russell".split())

#: Capitalised words that may stand right before a number without making it a name (mostly sentence starts).
CAPITALISED_OK = set(
    """in on at by for from since until about around over under nearly almost some more than only just up
    to all the a an and or of with after before between among exactly roughly approximately
    en le la les l un une des de du depuis dès après avant environ près plus moins quelque quelques
    entre sur sous dans par pour avec au aux ces ses leurs nos et ou jusqu jusqu'en
    """.split()
)

#: Words before a four-digit number that make it a year even before a counted noun ("in 2021 attacks").
YEAR_PREPOSITIONS = set(
    """in since by until from of during before after early late mid year years
    en depuis dès jusqu'en avant après début fin mi année années d de l'an ici d'ici
    """.split()
)

# --- dates and times ------------------------------------------------------------------------------------

MONTHS_EN: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8,
    "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan.": 1, "Jan": 1, "Feb.": 2, "Feb": 2, "Mar.": 3, "Apr.": 4, "Apr": 4, "Jun.": 6, "Jun": 6, "Jul.": 7, "Jul": 7, "Aug.": 8, "Aug": 8,
    "Sept.": 9, "Sept": 9, "Sep.": 9, "Oct.": 10, "Oct": 10, "Nov.": 11, "Nov": 11, "Dec.": 12, "Dec": 12,
}  # fmt: skip

MONTHS_FR: dict[str, int] = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "janv.": 1, "févr.": 2, "avr.": 4, "juil.": 7, "juill.": 7, "sept.": 9, "oct.": 10, "nov.": 11,
    "déc.": 12,
    # a French wire's dateline: "TORONTO, 24 jan (Reuters)"
    "jan": 1, "fév": 2, "avr": 4, "juil": 7, "oct": 10, "nov": 11, "déc": 12,
}  # fmt: skip


# --- places ---------------------------------------------------------------------------------------------

#: Countries and provinces French names differently, by their French name (lowercase, no accents) -> English
#: name: pairing compares names by their English form, and a number in brackets after one of them is a count
#: ("l'Allemagne (42)"), not a département's code ("Sète (34)").
COUNTRY_EXONYMS = {
    "allemagne": "germany", "pays-bas": "netherlands", "lituanie": "lithuania", "lettonie": "latvia",
    "estonie": "estonia", "royaume-uni": "uk", "etats-unis": "usa", "espagne": "spain", "italie": "italy",
    "belgique": "belgium", "suisse": "switzerland", "autriche": "austria", "chine": "china", "russie": "russia",
    "japon": "japan", "inde": "india", "bresil": "brazil", "mexique": "mexico", "maroc": "morocco",
    "libye": "libya", "egypte": "egypt", "algerie": "algeria", "tunisie": "tunisia", "grece": "greece",
    "pologne": "poland", "roumanie": "romania", "suede": "sweden", "norvege": "norway", "danemark": "denmark",
    "finlande": "finland", "irlande": "ireland", "ecosse": "scotland", "angleterre": "england",
    "turquie": "turkey", "irak": "iraq", "syrie": "syria", "australie": "australia", "hongrie": "hungary",
    "colombie-britannique": "british columbia", "terre-neuve": "newfoundland", "nouvelle-ecosse": "nova scotia",
    "ukraine": "ukraine", "republique tcheque": "czech republic", "portugal": "portugal", "croatie": "croatia",
    "bulgarie": "bulgaria", "slovaquie": "slovakia", "singapour": "singapore", "coree": "korea",
    "coree du sud": "south korea", "coree du nord": "north korea", "afrique du sud": "south africa",
    "nouvelle-zelande": "new zealand", "arabie saoudite": "saudi arabia", "emirats arabes unis": "uae",
    "cisjordanie": "west bank", "liban": "lebanon", "jordanie": "jordan", "koweit": "kuwait",
    "indonesie": "indonesia", "malaisie": "malaysia", "thailande": "thailand", "cambodge": "cambodia",
    "ethiopie": "ethiopia", "somalie": "somalia", "tchad": "chad", "cameroun": "cameroon", "islande": "iceland",
    "bielorussie": "belarus", "moldavie": "moldova", "georgie": "georgia", "armenie": "armenia",
    "azerbaidjan": "azerbaijan", "ouzbekistan": "uzbekistan", "chypre": "cyprus", "slovenie": "slovenia",
    "serbie": "serbia", "bosnie": "bosnia", "albanie": "albania", "macedoine": "macedonia",
    "france": "france", "canada": "canada",
}  # fmt: skip


#: Currency names that several countries share, read as the currency of the country the text names (its
#: name in English or French, or its people's), in this order; the CFA franc is West Africa's unless the
#: text names countries of Central Africa's more often than West Africa's (see ``WEST_AFRICAN_CFA``); centimes are the Swiss franc's in a text from Switzerland, else
#: the euro's; pounds are sterling unless the text is about Egypt, Lebanon, Syria or Sudan and not Britain. A
#: dinar, a peso or a riyal of no country named is no amount.
#: The names of the countries of the West African CFA franc, their capitals and peoples: a text on Mali that
#: names Chad in passing counts Mali's francs. ("Niger" is left out: it is in "Nigeria".)
WEST_AFRICAN_CFA = (
    "Sénégal", "Senegal", "Mali", "Côte d'Ivoire", "Ivory Coast", "Burkina", "Togo", "Bénin", "Benin",
    "Guinée-Bissau", "Guinea-Bissau", "Dakar", "Bamako", "Abidjan", "Ouagadougou", "Niamey", "Lomé", "Cotonou",
    "sénégalais", "Senegalese", "malien", "Malian", "ivoirien", "Ivorian", "burkinabè", "nigérien",
    "Nigerien", "togolais", "Togolese", "béninois", "Beninese",
)  # fmt: skip
SHARED_CURRENCY_NAMES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    # the hundredth of a pound: of no pound named, no amount
    "PIASTRE": (
        ("EGP", ("Egypt", "Égypte", "Egypte", "Egyptian", "égyptien", "égyptienne", "Cairo", "Le Caire")),
        ("LBP", ("Lebanon", "Liban", "Lebanese", "libanais", "libanaise", "Beirut", "Beyrouth")),
    ),
    "DIRHAM_NAMED": (
        ("AED", ("Dubai", "Dubaï", "Abu Dhabi", "Abou Dhabi", "Emirates", "Émirats", "Emirats", "UAE", "EAU",
                 "Emirati", "émirati", "Sharjah", "Charjah")),
        ("MAD", ()),
    ),
    "DIRHAM": (
        ("MAD", ("Maroc", "Morocco", "marocain", "Moroccan", "Rabat", "Casablanca")),
        ("AED", ()),
    ),
    "CFA": (
        ("XAF", ("Cameroun", "Cameroon", "Gabon", "Tchad", "Chad", "Centrafrique", "Central African",
                 "Guinée équatoriale", "Equatorial Guinea", "Brazzaville", "camerounais", "Cameroonian",
                 "gabonais", "Gabonese", "tchadien", "Chadian")),
        ("XOF", ()),
    ),
    "DINAR": (
        ("DZD", ("Algérie", "Algeria", "algérien", "Algerian")),
        ("TND", ("Tunisie", "Tunisia", "tunisien", "Tunisian")),
        ("IQD", ("Irak", "Iraq", "irakien", "Iraqi")),
        ("JOD", ("Jordanie", "Jordan", "jordanien", "Jordanian")),
        ("KWD", ("Koweït", "Kuwait", "koweïtien", "Kuwaiti")),
        ("LYD", ("Libye", "Libya", "libyen", "Libyan")),
        ("RSD", ("Serbie", "Serbia", "serbe", "Serbian")),
        ("BHD", ("Bahreïn", "Bahrain")),
    ),
    "KWACHA": (("ZMW", ("Zambie", "Zambia", "zambien", "Zambian")), ("MWK", ())),
    "SHILLING": (
        ("KES", ("Kenya", "kényan", "Kenyan", "Nairobi")),
        ("UGX", ("Ouganda", "Uganda", "ougandais", "Ugandan", "Kampala")),
        ("TZS", ("Tanzanie", "Tanzania", "tanzanien", "Tanzanian", "Dodoma")),
        ("SOS", ("Somalie", "Somalia", "somalien", "Somali", "Mogadiscio", "Mogadishu")),
    ),
    # Nigerian papers write the naira "N" before the digits ("N488 per litre"): elsewhere "N95" is no amount
    "NAIRA": (("NGN", ("Nigeria", "Nigéria", "Nigerian", "nigérian", "Abuja", "Lagos")),),
    # South African papers write the rand "R" before the digits ("R12-million"): elsewhere "R2" is a road
    "RAND": (
        ("ZAR", ("South Africa", "Afrique du Sud", "South African", "sud-africain", "sud-africaine",
                 "Johannesburg", "Pretoria", "Cape Town", "Le Cap", "Durban")),
    ),
    "PESO": (
        ("PHP", ("Philippines", "philippin", "Philippine", "Filipino")),
        ("MXN", ("Mexique", "Mexico", "mexicain", "Mexican")),
        ("ARS", ("Argentine", "Argentina", "argentin")),
        ("COP", ("Colombie", "Colombia", "colombien", "Colombian")),
        ("CLP", ("Chili", "Chile", "chilien", "Chilean")),
        ("CUP", ("Cuba", "cubain", "Cuban")),
        ("UYU", ("Uruguay", "uruguayen", "Uruguayan")),
        ("DOP", ("République dominicaine", "Dominican Republic", "dominicain", "Dominican")),
    ),
    "CENTIME": (
        ("CHF", ("Suisse", "Switzerland", "Swiss", "suisse", "Genève", "Geneva", "Zurich", "Lausanne", "Berne",
                 "Bern", "Romandie", "romand")),
        ("EUR", ()),
    ),
    # pounds are sterling, unless the text is about Egypt, Lebanon, Syria or Sudan and names no Britain
    "POUND": (
        ("GBP", ("Royaume-Uni", "United Kingdom", "UK", "Britain", "British", "britannique", "Londres",
                 "London", "Angleterre", "England", "Scotland", "Écosse")),
        ("EGP", ("Égypte", "Egypt", "égyptien", "Egyptian")),
        ("LBP", ("Liban", "Lebanon", "libanais", "Lebanese")),
        ("SYP", ("Syrie", "Syria", "syrien", "Syrian")),
        ("SDG", ("Soudan", "Sudan", "soudanais", "Sudanese")),
        ("GBP", ()),
    ),
    # the currency of a bare amount in a text that gives no currency at all
    "LOCAL": (
        (
            "CHF",
            ("Suisse", "Switzerland", "Swiss", "suisse", "CFF", "SBB", "Conseil fédéral", "Federal Council", "Genève",
             "Geneva", "Zurich", "Lausanne", "Berne", "Bern", "Bâle", "Basel", "Vaud", "Valais", "Neuchâtel", "Tessin",
             "Ticino"),
        ),
        # "trois milliards d'économies sur les pensions" in a report on Belgium
        ("EUR", ("Belgique", "Belgium", "belge", "Belgian", "Bruxelles", "Brussels", "Wallonie", "Wallonia",
                 "Flandre", "Flanders")),
    ),
    # "159.4 billion crowns" in a report on a Norwegian company are kroner
    "CROWN": (
        ("NOK", ("Norvège", "Norway", "norvégien", "norvégienne", "Norwegian", "Oslo")),
        # the Nobel Foundation pays its prizes in Swedish crowns, the peace prize's in Oslo too
        ("SEK", ("Suède", "Sweden", "suédois", "suédoise", "Swedish", "Stockholm", "STOCKHOLM", "Nobel")),
        ("DKK", ("Danemark", "Denmark", "danois", "danoise", "Danish", "Copenhague", "Copenhagen")),
        ("CZK", ("Tchéquie", "Czech", "tchèque", "Prague")),
        ("ISK", ("Islande", "Iceland", "islandais", "Icelandic")),
    ),
    # "131 milliards de roupies" in a report on Indonesia are rupiahs; the islands of the Indian Ocean come
    # before India (their texts name its ocean), India before its neighbours (their texts often name it)
    "RUPEE": (
        ("IDR", ("Indonésie", "Indonesia", "indonésien", "indonésienne", "Indonesian", "Jakarta")),
        ("MUR", ("île Maurice", "Mauritius", "mauricien", "mauricienne", "Mauritian", "Port-Louis")),
        ("SCR", ("Seychelles", "seychellois")),
        ("INR", ("Inde", "India", "indien", "New Delhi", "Mumbai", "Bombay")),
        ("PKR", ("Pakistan", "pakistanais", "Islamabad", "Karachi", "Lahore", "Khyber Pakhtunkhwa", "Peshawar",
                 "Sindh", "Balochistan", "Baloutchistan", "Rawalpindi", "Quetta")),
        ("LKR", ("Sri Lanka", "sri-lankais", "srilankais", "Colombo")),
        ("NPR", ("Népal", "Nepal", "népalais", "Katmandou", "Kathmandu")),
        ("INR", ()),
    ),
    # "185 000 roubles" of a fine in Minsk are Belarusian roubles: the country the text names most
    "ROUBLE": (
        ("RUB", ("Russie", "Russia", "russe", "Russian", "Moscou", "Moscow", "Kremlin", "Saint-Pétersbourg",
                 "St Petersburg")),
        ("BYN", ("Bélarus", "Biélorussie", "Belarus", "biélorusse", "bélarusse", "Belarusian", "Minsk",
                 "Loukachenko", "Lukashenko")),
        ("RUB", ()),
    ),
    "RIYAL": (
        ("YER", ("Yémen", "Yemen", "yéménite", "Yemeni")),
        ("SAR", ("Arabie saoudite", "Saudi")),
        ("QAR", ("Qatar", "qatari")),
        ("OMR", ("Oman", "omanais", "Omani")),
        ("IRR", ("Iran", "iranien", "Iranian")),
    ),
}  # fmt: skip
