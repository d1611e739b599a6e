"""Plain-text articles without front matter, in the shapes found in the wild (see shared/seeds).

Two shapes are recognised, anything else is read generically:

* a **digest item**: a header line (``CyberSecurity updates``), a timestamp line with a zone
  word (``2024-12-26 04:10:32 Pacfic``, typo included), a headline ending with an age suffix
  (``Takedown ... - 21d``), ``Read more: cyberinsider.com``, then paragraphs separated by blank
  lines. Several headline/``Read more`` pairs after one timestamp give several articles.
* a **press article**: a lede line whose first sentence is the title and whose rest is the
  summary, an optional ``TL;DR`` line followed by ``- `` bullets, then one paragraph per line
  with short unpunctuated heading lines in between (no blank lines at all).

Generic text: the first line is the title (or the first sentence of a long first line) and
paragraphs are split on blank lines, wrapped lines being joined with a space.
"""

from __future__ import annotations

import difflib
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reader.ingest.clean import strip_controls
from reader.model import Article, Block

# --- dates and zones ---------------------------------------------------------------------------

#: Zone words seen in digests and hand-written files, mapped to IANA zones. US words mean the
#: US zones (the digests come from US services); "Pacfic" is a real typo in the seed data.
ZONE_WORDS = {
    "pacific": "America/Los_Angeles",
    "pacfic": "America/Los_Angeles",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "pt": "America/Los_Angeles",
    "mountain": "America/Denver",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "central": "America/Chicago",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "eastern": "America/New_York",
    "est": "America/New_York",
    "edt": "America/New_York",
    "et": "America/New_York",
    "utc": "UTC",
    "gmt": "UTC",
    "z": "UTC",
    "cet": "Europe/Paris",
    "cest": "Europe/Paris",
    "paris": "Europe/Paris",
    "bst": "Europe/London",
    "london": "Europe/London",
}
_OFFSET_RE = re.compile(r"(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?", re.IGNORECASE)
TIMESTAMP_RE = re.compile(
    r"(?P<date>\d{4}-\d{1,2}-\d{1,2})(?:[ T]+(?P<time>\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?"
    r"\s*(?P<zone>[A-Za-z][A-Za-z_/ -]{0,39}|[+-]\d{1,2}(?::?\d{2})?|(?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?)?"
)


def zone_from_word(word: str) -> timezone | ZoneInfo | None:
    """The time zone a word or offset names ("Pacific", "CET", "+01:00", "Europe/Paris"), or None.

    Misspelt US/European zone words are matched to the closest known word.
    """
    word = word.strip()
    if not word:
        return None
    offset = _OFFSET_RE.fullmatch(word)
    if offset:
        sign, hours, minutes = offset.groups()
        delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
        if delta >= timedelta(hours=24):
            return None
        return timezone(-delta if sign == "-" else delta)
    key = re.sub(r"\s+(time|standard time|daylight time)$", "", word.lower())
    name = ZONE_WORDS.get(key)
    if name is None and "/" in word:
        name = word
    if name is None and len(key) >= 5:
        close = difflib.get_close_matches(key, [w for w in ZONE_WORDS if len(w) >= 5], n=1, cutoff=0.8)
        name = ZONE_WORDS[close[0]] if close else None
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def parse_timestamp(text: str) -> datetime | None:
    """Parse ``2024-12-26 04:10:32 Pacfic`` and friends; None when not a (possible) timestamp.

    The datetime is aware when a zone word or offset is given, naive otherwise. Impossible
    dates (February 30th, hour 25) give None.
    """
    m = TIMESTAMP_RE.fullmatch(text.strip())
    if not m:
        return None
    zone_word = (m["zone"] or "").strip()
    tz = zone_from_word(zone_word) if zone_word else None
    if zone_word and tz is None:
        return None  # some other text after a date: not a timestamp line
    try:
        year, month, day = (int(p) for p in m["date"].split("-"))
        hour = minute = second = 0
        if m["time"]:
            parts = m["time"].split(":")
            hour, minute = int(parts[0]), int(parts[1])
            second = int(float(parts[2])) if len(parts) > 2 else 0
        return datetime(year, month, day, hour, minute, second, tzinfo=tz)
    except ValueError:
        return None


def parse_date_string(text: str) -> datetime | None:
    """Any date string a hand-written file may hold: ISO 8601, RFC 2822, or a digest timestamp.

    Aware when the string gives a zone (offset, "Z", or a zone word), naive otherwise. None for
    anything unparseable or impossible.
    """
    from email.utils import parsedate_tz

    text = text.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    stamp = parse_timestamp(text)
    if stamp is not None or TIMESTAMP_RE.match(text):
        return stamp
    parts = parsedate_tz(text)
    if parts is None:
        return _written_date(text)
    try:
        year, month, day, hour, minute, second = parts[:6]
        naive = datetime(year, month, day, hour, minute, second)
    except (ValueError, OverflowError):
        return None
    return naive if parts[9] is None else naive.replace(tzinfo=timezone(timedelta(seconds=parts[9])))


#: Month names as front matter writes them by hand, in English and French (abbreviated or not).
_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan", "janvier", "janv"),
            ("february", "feb", "février", "fevrier", "févr", "fevr", "fév", "fev"),
            ("march", "mar", "mars"),
            ("april", "apr", "avril", "avr"),
            ("may", "mai"),
            ("june", "jun", "juin"),
            ("july", "jul", "juillet", "juil"),
            ("august", "aug", "août", "aout"),
            ("september", "sep", "sept", "septembre"),
            ("october", "oct", "octobre"),
            ("november", "nov", "novembre"),
            ("december", "dec", "décembre", "decembre", "déc"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_NAME = r"(?P<month>[^\W\d_]+)\.?"
_WRITTEN_DATE_RES = (
    # "2022-03", "2022/03", "2022/03/15", "2022.03.15": year first, the day optional
    re.compile(r"(?P<year>\d{4})[-/.](?P<mon>\d{1,2})(?:[-/.](?P<day>\d{1,2}))?"),
    # "March 15, 2022", "Mar. 15 2022", "March 2022"
    re.compile(
        rf"{_MONTH_NAME}\s+(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?(?P<year>\d{{4}})", re.IGNORECASE
    ),
    # "15 mars 2022", "1er mars 2022", "15 March 2022", "mars 2022"
    re.compile(
        rf"(?:(?P<day>\d{{1,2}})(?:er|st|nd|rd|th)?\s+)?{_MONTH_NAME}\s+(?P<year>\d{{4}})", re.IGNORECASE
    ),
)

_WEEKDAY_FIRST_RE = re.compile(r"[^\W\d_]+\.?,?\s+")


def _written_date(text: str) -> datetime | None:
    """A date as people write it in front matter: a year and month only ("2022-03", "March 2022": the first of
    the month), a year first with slashes ("2022/03/15"), or a month's name in English or French ("March 15,
    2022", "15 mars 2022"). A weekday before it is skipped ("Tuesday, March 15, 2022", "mardi 15 mars 2022")."""
    text = text.strip()
    weekday = _WEEKDAY_FIRST_RE.match(text)
    for pattern in _WRITTEN_DATE_RES:
        m = pattern.fullmatch(text)
        if m is None and weekday is not None:
            m = pattern.fullmatch(text, weekday.end())
        if m is None:
            continue
        fields = m.groupdict()
        month = (
            int(fields["mon"])
            if fields.get("mon")
            else _MONTH_NUMBERS.get((fields.get("month") or "").lower())
        )
        if month is None:
            continue
        try:
            return datetime(int(fields["year"]), month, int(fields["day"] or 1))
        except ValueError:
            return None
    return None


# --- line shapes -------------------------------------------------------------------------------

_AGE_RE = re.compile(r"\s+[-–—]\s+(\d{1,4}\s?(?:mo|min|[smhdwy]))\s*$", re.IGNORECASE)
_READ_MORE_RE = re.compile(r"(?:read more|source|lire la suite|en savoir plus)\s*:\s*(\S.*)$", re.IGNORECASE)
TLDR_RE = re.compile(r"(?:#+\s*)?[*_]*\s*TL\s*;?\s*DR\s*[*_]*\s*(?:[:：]\s*(?P<rest>.*))?$", re.IGNORECASE)
BULLET_RE = re.compile(r"(?:[-*•‣◦–]|\d{1,3}[.)])\s+(?P<text>\S.*)$")
_QUOTE_RE = re.compile(r">\s?(?P<text>.*)$")
_TERMINAL_PUNCTUATION = ".!?;:,…"
_CLOSERS = "\"'’”»)]"
HEADING_MAX_CHARS = 60
HEADING_MAX_WORDS = 8
#: Longer first sentences are cut to make the title, and the lede stays whole in the body.
TITLE_MAX_CHARS = 150
_ABBREVIATIONS = frozenset(
    {"m", "mm", "mme", "mmes", "mlle", "dr", "mr", "mrs", "ms", "st", "ste", "jr", "sr", "etc", "vs",
     "cf", "p", "pp", "no", "n°", "art", "av", "bd", "fig", "env", "approx", "inc", "ltd", "co"}
)  # fmt: skip
_SENTENCE_END_RE = re.compile(r"[.!?…]+[\"'’”»)]*(?=\s+[\"'‘“«(]?[A-ZÀ-ÖØ-Þ0-9])")


def is_heading_like(line: str) -> bool:
    """A short line without final punctuation: a section heading if a longer line follows."""
    line = line.strip()
    if not line or len(line) > HEADING_MAX_CHARS or len(line.split()) > HEADING_MAX_WORDS:
        return False
    return line.rstrip(_CLOSERS)[-1:] not in _TERMINAL_PUNCTUATION and not BULLET_RE.match(line)


def split_first_sentence(text: str) -> tuple[str, str]:
    """Split ``text`` after its first sentence; abbreviations such as "M." or "U.S." do not end one."""
    for m in _SENTENCE_END_RE.finditer(text):
        before = text[: m.start()].rsplit(None, 1)
        word = before[-1] if before else ""
        if m.group().startswith(".") and (
            len(word) == 1 or "." in word or word.lower().rstrip(".") in _ABBREVIATIONS
        ):
            continue
        return text[: m.end()].strip(), text[m.end() :].strip()
    return text.strip(), ""


def _title_from_sentence(sentence: str) -> str:
    # A title does not end with a period ("?" and "!" are part of it).
    title = sentence.strip()
    if title.endswith(".") and not title.endswith(".."):
        title = title[:-1].rstrip()
    return title


def _source_and_url(value: str) -> tuple[str, str | None]:
    value = value.strip()
    if re.match(r"https?://", value, re.IGNORECASE):
        host = urlsplit(value).hostname or value
        return host.removeprefix("www."), value
    return value, None


# --- units: the lines of a text grouped into paragraphs, items, quotes and TL;DR markers -------


def _units(lines: list[str], *, one_per_line: bool) -> list[tuple[str, str]]:
    """Group lines into (kind, text) units: "text", "item", "quote" or "tldr".

    ``one_per_line``: each text line is its own paragraph (the press shape); otherwise
    consecutive lines are one wrapped paragraph, except a heading-like first line.
    """
    units: list[tuple[str, str]] = []
    pending: list[str] = []  # lines of the paragraph being read (wrapped mode)

    def flush() -> None:
        if not pending:
            return
        if len(pending) > 1 and is_heading_like(pending[0]):
            units.append(("text", pending.pop(0)))
        units.append(("text", " ".join(pending)))
        pending.clear()

    for raw in lines:
        line = raw.strip()
        tldr = TLDR_RE.fullmatch(line) if line else None
        bullet = BULLET_RE.fullmatch(line) if line else None
        quote = _QUOTE_RE.fullmatch(line) if line else None
        if not line:
            flush()
            units.append(("blank", ""))
        elif tldr:
            flush()
            units.append(("tldr", (tldr["rest"] or "").strip()))
        elif bullet:
            flush()
            units.append(("item", bullet["text"]))
        elif quote:
            flush()
            if units and units[-1][0] == "quote" and not one_per_line:
                units[-1] = ("quote", units[-1][1] + " " + quote["text"])
            else:
                units.append(("quote", quote["text"]))
        elif one_per_line:
            units.append(("text", line))
        else:
            pending.append(line)
    flush()
    return units


def _blocks_from_units(units: list[tuple[str, str]], article: Article) -> None:
    """Fill ``article.blocks`` and ``article.tldr`` from units."""
    in_tldr = False
    units = [u for u in units if u[0] != "blank"]  # blank lines only separate; drop them
    for index, (kind, text) in enumerate(units):
        if kind == "tldr":
            in_tldr = True
            if text:
                article.tldr.append(text)
            continue
        if kind == "item" and in_tldr:
            article.tldr.append(text)
            continue
        in_tldr = False
        if kind == "item":
            article.blocks.append(Block("item", text))
        elif kind == "quote":
            article.blocks.append(Block("quote", text))
        else:
            following = units[index + 1] if index + 1 < len(units) else None
            heading = (
                is_heading_like(text)
                and following is not None
                and following[0] == "text"
                and len(following[1]) > len(text)
            )
            article.blocks.append(Block("heading" if heading else "paragraph", text))


# --- the shapes ----------------------------------------------------------------------------------


def _digest_start(lines: list[str]) -> tuple[str, datetime, int] | None:
    """(header, date, index of the line after the timestamp) when the text is a digest.

    The timestamp (with a time of day) is the first or second non-blank line; a first line
    before it is the digest's header.
    """
    non_blank = [i for i, line in enumerate(lines) if line.strip()][:2]
    for position, index in enumerate(non_blank):
        m = TIMESTAMP_RE.fullmatch(lines[index].strip())
        stamp = parse_timestamp(lines[index]) if m and m["time"] else None
        if stamp is None:
            continue
        header = lines[non_blank[0]].strip() if position == 1 else ""
        if len(header) > HEADING_MAX_CHARS:
            return None
        return header, stamp, index + 1
    return None


def _chunks(lines: list[str]) -> list[list[str]]:
    """Blank-line separated groups of stripped lines."""
    chunks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            chunks[-1].append(line.strip())
        elif chunks[-1]:
            chunks.append([])
    return [c for c in chunks if c]


def _parse_digest(lines: list[str], header: str, date: datetime, origin: str) -> list[Article]:
    articles: list[Article] = []
    current: Article | None = None
    for chunk in _chunks(lines):
        trailing_read_more = _READ_MORE_RE.fullmatch(chunk[0]) if len(chunk) == 1 else None
        if trailing_read_more and current is not None:
            # "Read more:" at the end of an item rather than under its headline.
            current.source, url = _source_and_url(trailing_read_more[1])
            current.url = current.url or url
            continue
        read_more = _READ_MORE_RE.fullmatch(chunk[1]) if len(chunk) > 1 else None
        age_only = len(chunk) == 1 and _AGE_RE.search(chunk[0]) is not None
        if current is None or read_more or age_only:
            headline = chunk[0]
            age = _AGE_RE.search(headline)
            current = Article(
                title=headline[: age.start()] if age else headline,
                age=age[1].replace(" ", "") if age else None,
                date=date,
                feed=header,
                origin=origin,
            )
            articles.append(current)
            rest = chunk[1:]
            if read_more:
                current.source, current.url = _source_and_url(read_more[1])
                rest = chunk[2:]
            if rest:
                current.blocks.append(Block("paragraph", " ".join(rest)))
        else:
            current.blocks.append(Block("paragraph", " ".join(chunk)))
    return articles


def _is_marker(line: str) -> bool:
    """A TL;DR, bullet or quote line: never part of a wrapped paragraph."""
    line = line.strip()
    return bool(TLDR_RE.fullmatch(line) or BULLET_RE.fullmatch(line) or _QUOTE_RE.fullmatch(line))


def _parse_article(lines: list[str], origin: str) -> Article:
    """The press shape and the generic shape: lede first, then units."""
    first = next(i for i, line in enumerate(lines) if line.strip())
    body = lines[first + 1 :]
    while body and not body[-1].strip():
        body.pop()
    # No blank line at all means one paragraph per line (the press seed); with blank lines,
    # consecutive lines are a wrapped paragraph.
    one_per_line = bool(body) and all(line.strip() for line in body)
    lede_lines = [lines[first].strip()]
    if not one_per_line and not is_heading_like(lede_lines[0]):
        # The lede is the whole first (wrapped) paragraph, up to a blank line or a list.
        taken = 0
        while taken < len(body) and body[taken].strip() and not _is_marker(body[taken]):
            lede_lines.append(body[taken].strip())
            taken += 1
        body = body[taken:]
    lede = " ".join(lede_lines)
    article = Article(title="", origin=origin, feed=Path(origin).name if origin else "")
    if is_heading_like(lede):
        article.title = lede
    else:
        sentence, rest = split_first_sentence(lede)
        if len(sentence) <= TITLE_MAX_CHARS:
            article.title = _title_from_sentence(sentence)
            if rest:
                article.summary = rest
                article.blocks.append(Block("paragraph", rest))
        else:
            article.blocks.append(Block("paragraph", lede))  # title_from_text() fills the title
    _blocks_from_units(_units(body, one_per_line=one_per_line), article)
    return article


def parse(text: str, origin: str = "") -> list[Article]:
    """Read a plain-text file (no front matter) into articles; see the module docstring."""
    text = strip_controls(text)
    lines = text.split("\n")
    if not any(line.strip() for line in lines):
        return []
    digest = _digest_start(lines)
    if digest is None:
        return [_parse_article(lines, origin)]
    header, date, after = digest
    chunks = _chunks(lines[after:])
    headline = chunks[0] if chunks else []
    if headline and (
        _AGE_RE.search(headline[0]) or (len(headline) > 1 and _READ_MORE_RE.fullmatch(headline[1]))
    ):
        return _parse_digest(lines[after:], header, date, origin)
    # A dated note rather than a digest: the timestamp line is its date, not part of its text.
    article = _parse_article(lines[: after - 1] + lines[after:], origin)
    article.date = date
    return [article]
