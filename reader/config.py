"""The user's YAML config: read with ``yaml.safe_load`` and validated into a plain dataclass.

Example::

    keys:                 # binding id -> keys (comma separated), see `?` in the reader
      bookmark: "b,m"
    theme: textual-light
    layout: side-by-side  # side-by-side | en | fr
    subscriptions:
      - url: https://example.org/feed.xml
        title: Example
        lang: en
        tags: [security]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from reader.model import Subscription

LAYOUTS = ("side-by-side", "en", "fr")


class ConfigError(Exception):
    """The config file cannot be used; the message names the file and the reason in one line."""


@dataclass
class Config:
    keys: dict[str, str] = field(default_factory=dict)
    theme: str | None = None
    layout: str = "side-by-side"
    subscriptions: list[Subscription] = field(default_factory=list)
    path: Path | None = None


def load_config(path: Path) -> Config:
    """Read the config at ``path``; a missing file is an empty config."""
    if not path.exists():
        return Config(path=path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError, OSError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ConfigError(f"{path}: cannot read config: {reason}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: config must be a mapping of settings")
    return _validate(raw, path)


def _validate(raw: dict[str, Any], path: Path) -> Config:
    config = Config(path=path)
    keys = raw.get("keys") or {}
    if not isinstance(keys, dict) or not all(isinstance(v, str) for v in keys.values()):
        raise ConfigError(f"{path}: 'keys' must map binding ids to key names")
    config.keys = {str(k): v for k, v in keys.items()}
    theme = raw.get("theme")
    if theme is not None and not isinstance(theme, str):
        raise ConfigError(f"{path}: 'theme' must be a theme name")
    config.theme = theme
    layout = raw.get("layout", "side-by-side")
    if layout not in LAYOUTS:
        raise ConfigError(f"{path}: 'layout' must be one of {', '.join(LAYOUTS)}")
    config.layout = layout
    subs = raw.get("subscriptions") or []
    if not isinstance(subs, list):
        raise ConfigError(f"{path}: 'subscriptions' must be a list")
    for entry in subs:
        if isinstance(entry, str):
            entry = {"url": entry}
        if not isinstance(entry, dict) or not isinstance(entry.get("url"), str):
            raise ConfigError(f"{path}: each subscription needs a 'url'")
        tags = entry.get("tags") or []
        config.subscriptions.append(
            Subscription(
                url=entry["url"],
                title=str(entry.get("title") or ""),
                lang=entry.get("lang"),
                tags=[str(t) for t in tags] if isinstance(tags, list) else [str(tags)],
                full_text=bool(entry.get("full_text", False)),
            )
        )
    return config
