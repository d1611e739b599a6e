"""The user's YAML config: read safely (size bound, no YAML aliases, safe types) and validated into a
plain dataclass.

Example::

    keys:                 # binding id -> keys (comma separated), see `?` in the reader
      bookmark: "b,m"
    theme: textual-light
    layout: side-by-side  # side-by-side | en | fr
    refresh_minutes: 30   # refresh the subscriptions every 30 minutes while the reader runs
    save_dir: ~/notes     # where s saves articles as Markdown (default: the current directory)
    subscriptions:
      - url: https://example.org/feed.xml
        title: Example
        lang: en
        tags: [security]
    queries:              # saved searches, shown in the sidebar with their unread counts
      - {name: Unread FR, query: "lang:fr is:unread"}
    ignore:               # search queries: what any of them matches is hidden everywhere
      - "tag:sponsored"

A config that cannot be used raises :class:`ConfigError`: one line per problem, each naming the file
and the key ("subscriptions[2].lang: ..."). Nothing of a config that failed is used or stored.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from reader.model import Subscription

LAYOUTS = ("side-by-side", "en", "fr")

#: A config is a few kilobytes; this leaves room for thousands of subscriptions.
MAX_CONFIG_BYTES = 1024 * 1024
MAX_SUBSCRIPTIONS = 10_000
MAX_URL_CHARS = 2048
MAX_TITLE_CHARS = 500
MAX_LANG_CHARS = 35  # the longest sensible BCP 47 tag
MAX_TAGS = 50
MAX_TAG_CHARS = 100
MAX_NAME_CHARS = 100  # theme names, binding ids and key lists
# Controls and bidi/format characters that have no place in a setting (they could drive the terminal).
_BAD_CHARS_RE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u206f\ufeff\U000e0000-\U000e007f]"
)
_LANG_RE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
_URL_SPACE_RE = re.compile(r"\s")


class ConfigError(Exception):
    """The config file cannot be used. ``problems`` holds one line per problem, each naming the file and
    the key; ``str()`` is those lines joined by newlines (a single problem is a single line)."""

    def __init__(self, problems: str | list[str]) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True, slots=True)
class SavedQuery:
    """A named search of the config's ``queries:``, listed in the reader's sidebar."""

    name: str
    query: str


@dataclass
class Config:
    keys: dict[str, str] = field(default_factory=dict)
    theme: str | None = None
    layout: str = "side-by-side"
    subscriptions: list[Subscription] = field(default_factory=list)
    #: Refresh the subscriptions every this many minutes while the reader runs (None: only on ``r``).
    refresh_minutes: float | None = None
    #: Where the reader's ``s`` writes Markdown (None: the current directory).
    save_dir: Path | None = None
    queries: list[SavedQuery] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    path: Path | None = None
    #: One line per unknown key, naming the file and the key: warned about, then ignored.
    warnings: list[str] = field(default_factory=list)


class _NoAliasLoader(yaml.SafeLoader):
    """A safe loader that refuses anchors and aliases before any object is built (no alias bombs), and
    every tag but the plain YAML types (as ``safe_load`` does)."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()  # type: ignore[no-untyped-call]  # types-PyYAML leaves Parser.peek_event unannotated
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            mark = event.start_mark
            raise _AliasFound(f"line {mark.line + 1}: YAML anchors and aliases (&, *) are not allowed")
        return super().compose_node(parent, index)


class _AliasFound(Exception):
    pass


def _read_bounded(path: Path) -> str:
    """The file's text, read only if it is a regular file no larger than :data:`MAX_CONFIG_BYTES`."""
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise ConfigError(f"{path}: config is not a regular file")
    if st.st_size > MAX_CONFIG_BYTES:
        raise ConfigError(f"{path}: config too large ({st.st_size} bytes, limit {MAX_CONFIG_BYTES})")
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with open(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ConfigError(f"{path}: config is not a regular file")
        data = f.read(MAX_CONFIG_BYTES + 1)
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(f"{path}: config too large (over {MAX_CONFIG_BYTES} bytes)")
    return data.decode("utf-8")


def load_config(path: Path) -> Config:
    """Read the config at ``path``; a missing file is an empty config."""
    if not path.exists():
        return Config(path=path)
    try:
        raw = yaml.load(_read_bounded(path), Loader=_NoAliasLoader) or {}  # a safe loader
    except _AliasFound as exc:
        raise ConfigError(f"{path}: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: cannot read config: nested too deeply") from None
    except (yaml.YAMLError, UnicodeDecodeError, OSError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ConfigError(f"{path}: cannot read config: {reason}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: config must be a mapping of settings")
    return _validate(raw, path)


def _kind(value: Any) -> str:
    """What a wrong value is, briefly (never the value itself, which may be huge)."""
    names = {dict: "a mapping", list: "a list", bool: "true/false", int: "a number", float: "a number"}
    if value is None:
        return "empty"
    if isinstance(value, str):
        return f"a string of {len(value)} characters" if len(value) > 40 else "a string"
    return names.get(type(value), type(value).__name__)


class _Problems:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.lines: list[str] = []

    def add(self, key: str, message: str) -> None:
        self.lines.append(f"{self.path}: {key}: {message}")

    def string(self, key: str, value: Any, limit: int, what: str = "a string") -> bool:
        """Whether ``value`` is a string of at most ``limit`` characters without control characters."""
        if not isinstance(value, str):
            self.add(key, f"must be {what}, not {_kind(value)}")
            return False
        if len(value) > limit:
            self.add(key, f"too long ({len(value)} characters, limit {limit})")
            return False
        if _BAD_CHARS_RE.search(value):
            self.add(key, "must not contain control or invisible format characters")
            return False
        return True

    def bounded_list(self, key: str, value: Any, limit: int, what: str) -> list[Any]:
        """``value`` as a list of at most ``limit`` entries; else its problem is added and the list is empty."""
        if value is not None and not isinstance(value, list):
            self.add(key, f"must be {what}, not {_kind(value)}")
        elif value and len(value) > limit:
            self.add(key, f"too many ({len(value)}, limit {limit})")
        else:
            return value or []
        return []


#: The keys a config may have.
CONFIG_KEYS = ("keys", "theme", "layout", "subscriptions", "refresh_minutes", "save_dir", "queries", "ignore")


def _validate(raw: dict[str, Any], path: Path) -> Config:
    problems = _Problems(path)
    config = Config(path=path)
    for key in raw:
        if key not in CONFIG_KEYS:
            name = key if isinstance(key, str) and len(key) <= MAX_NAME_CHARS else _kind(key)
            config.warnings.append(
                f"{path}: unknown key {name!r} ignored (the keys are {', '.join(CONFIG_KEYS)})"
            )

    keys = raw.get("keys")
    if keys is not None and not isinstance(keys, dict):
        problems.add("keys", f"must map binding ids to key names, not {_kind(keys)}")
    for binding, value in (keys or {}).items() if isinstance(keys, dict) else ():
        name = f"keys.{binding}" if isinstance(binding, str) and len(binding) <= MAX_NAME_CHARS else "keys"
        if problems.string(name, binding, MAX_NAME_CHARS, "a binding id") and problems.string(
            name, value, MAX_NAME_CHARS, "key names (a string)"
        ):
            config.keys[binding] = value

    theme = raw.get("theme")
    if theme is not None and problems.string("theme", theme, MAX_NAME_CHARS, "a theme name"):
        config.theme = theme

    layout = raw.get("layout", "side-by-side")
    if not isinstance(layout, str) or layout not in LAYOUTS:
        problems.add("layout", f"must be one of {', '.join(LAYOUTS)}")
    else:
        config.layout = layout

    subs = problems.bounded_list("subscriptions", raw.get("subscriptions"), MAX_SUBSCRIPTIONS, "a list")
    for i, entry in enumerate(subs):
        sub = _subscription(entry, f"subscriptions[{i}]", problems)
        if sub is not None:
            config.subscriptions.append(sub)

    _queries_and_rules(raw, config, problems)

    _reading_settings(raw, config, problems)

    if problems.lines:
        raise ConfigError(problems.lines)
    return config


#: More than a year between refreshes is surely a typo (and would overflow the timer).
MAX_REFRESH_MINUTES = 366 * 24 * 60


def _reading_settings(raw: dict[str, Any], config: Config, problems: _Problems) -> None:
    """``refresh_minutes`` (a positive number) and ``save_dir`` (a folder path) (issue 18)."""
    minutes = raw.get("refresh_minutes")
    if minutes is not None:
        if isinstance(minutes, bool) or not isinstance(minutes, int | float) or minutes != minutes:
            problems.add("refresh_minutes", f"must be a positive number of minutes, not {_kind(minutes)}")
        elif not 0 < minutes <= MAX_REFRESH_MINUTES:
            problems.add(
                "refresh_minutes", f"must be a positive number of minutes (at most {MAX_REFRESH_MINUTES})"
            )
        else:
            config.refresh_minutes = float(minutes)
    save_dir = raw.get("save_dir")
    if save_dir is not None and problems.string("save_dir", save_dir, MAX_URL_CHARS, "a folder path"):
        if not save_dir.strip():
            problems.add("save_dir", "must be a folder path, not empty")
        else:
            config.save_dir = Path(save_dir.strip()).expanduser()


def _subscription(entry: Any, where: str, problems: _Problems) -> Subscription | None:
    """One subscription entry (a URL, or a mapping with a url), or None after adding its problems."""
    if isinstance(entry, str):
        entry = {"url": entry}
    if not isinstance(entry, dict):
        problems.add(where, f"must be a URL or a mapping with a 'url', not {_kind(entry)}")
        return None
    before = len(problems.lines)
    url = entry.get("url")
    if url is None:
        problems.add(f"{where}.url", "missing: each subscription needs a 'url'")
    elif problems.string(f"{where}.url", url, MAX_URL_CHARS, "a URL (a string)"):
        if not url.strip() or _URL_SPACE_RE.search(url.strip()):
            problems.add(f"{where}.url", "must be a URL without spaces")
    title = entry.get("title")
    if title is not None:
        problems.string(f"{where}.title", title, MAX_TITLE_CHARS)
    lang = entry.get("lang")
    if lang is not None and problems.string(f"{where}.lang", lang, MAX_LANG_CHARS, "a language code"):
        if not _LANG_RE.fullmatch(lang):
            problems.add(f"{where}.lang", "must be a language code such as en or fr")
    tags = entry.get("tags")
    if tags is not None:
        if not isinstance(tags, list):
            problems.add(f"{where}.tags", f"must be a list of strings, not {_kind(tags)}")
        elif len(tags) > MAX_TAGS:
            problems.add(f"{where}.tags", f"too many ({len(tags)}, limit {MAX_TAGS})")
        else:
            for j, tag in enumerate(tags):
                problems.string(f"{where}.tags[{j}]", tag, MAX_TAG_CHARS)
    full_text = entry.get("full_text", False)
    if not isinstance(full_text, bool):
        problems.add(f"{where}.full_text", f"must be true or false, not {_kind(full_text)}")
    if len(problems.lines) > before or not isinstance(url, str):  # a url that is not a string added a problem
        return None
    return Subscription(
        url=url.strip(),
        title=title or "",
        lang=lang or None,
        tags=list(dict.fromkeys(t.strip() for t in tags or [] if t.strip())),
        full_text=full_text,
    )


# -- saved searches and ignore rules (issue 18) -------------------------------------------------------

MAX_QUERIES = 200
MAX_RULES = 200


def _queries_and_rules(raw: dict[str, Any], config: Config, problems: _Problems) -> None:
    """``queries:`` (a list of ``{name, query}``, or a mapping of names to queries) and ``ignore:`` (a list
    of queries). Each query is read by the search's own parser: a rule it refuses is named with its reason."""
    queries = raw.get("queries")
    if isinstance(queries, dict):
        queries = [{"name": name, "query": query} for name, query in queries.items()]
    queries = problems.bounded_list("queries", queries, MAX_QUERIES, "a list of {name, query} mappings")
    for i, entry in enumerate(queries):
        where = f"queries[{i}]"
        if not isinstance(entry, dict):
            problems.add(where, f"must be a mapping with a 'name' and a 'query', not {_kind(entry)}")
            continue
        name, query = entry.get("name"), entry.get("query")
        before = len(problems.lines)
        if name is None:
            problems.add(f"{where}.name", "missing: each saved search needs a 'name'")
        elif problems.string(f"{where}.name", name, MAX_TITLE_CHARS) and not name.strip():
            problems.add(f"{where}.name", "must not be empty")
        if query is None:
            problems.add(f"{where}.query", "missing: each saved search needs a 'query'")
        else:
            _check_query(f"{where}.query", query, problems)
        # (a name or query that is not a string added a problem)
        if len(problems.lines) == before and isinstance(name, str) and isinstance(query, str):
            config.queries.append(SavedQuery(name.strip(), query))

    rules = raw.get("ignore")
    if isinstance(rules, str):
        rules = [rules]
    for i, rule in enumerate(problems.bounded_list("ignore", rules, MAX_RULES, "a list of search queries")):
        if _check_query(f"ignore[{i}]", rule, problems):
            config.ignore.append(rule)


def _check_query(key: str, query: Any, problems: _Problems) -> bool:
    """Whether ``query`` is a query the search reads; else its problem is added, quoting it with the
    parser's reason."""
    from reader.store.search import MAX_QUERY_CHARS, QueryError, analyse_query

    if not problems.string(key, query, MAX_QUERY_CHARS, "a search query (a string)"):
        return False
    if not query.strip():
        problems.add(key, "must not be an empty query")
        return False
    try:
        analyse_query(query)
    except QueryError as exc:
        problems.add(key, f"cannot read {_quoted(query)}: {exc}")
        return False
    return True


def _quoted(text: str) -> str:
    """A query quoted in a one-line message (shortened if long; it has no control characters)."""
    return repr(text if len(text) <= 80 else text[:77] + "...")


def save_theme(path: Path | None, theme: str) -> bool:
    """Record ``theme`` in the config file (the palette's pick survives a restart). Only the ``theme:`` line
    is written, so the user's comments and layout stay; a missing file is created. False when it cannot be
    written."""
    if path is None or not _THEME_NAME.fullmatch(theme):
        return False
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        line = f"theme: {theme}"
        if _THEME_LINE.search(text):
            text = _THEME_LINE.sub(line, text, count=1)
        else:
            text = text + ("" if not text or text.endswith("\n") else "\n") + line + "\n"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError:
        return False
    return True


_THEME_LINE = re.compile(r"(?m)^theme:.*$")
_THEME_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")
