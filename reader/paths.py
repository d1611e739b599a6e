"""Where the library and the config live (platformdirs), and where the bundled samples are."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "newsreader"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The library folder: ``--data-dir``, else ``NEWSREADER_DATA_DIR``, else the platform's data dir."""
    chosen = override or os.environ.get("NEWSREADER_DATA_DIR")
    path = Path(chosen).expanduser() if chosen else platformdirs.user_data_path(APP_NAME)
    return path


def config_file(override: str | os.PathLike[str] | None = None) -> Path:
    """The YAML config: ``--config``, else ``NEWSREADER_CONFIG``, else ``config.yaml`` in the config dir."""
    chosen = override or os.environ.get("NEWSREADER_CONFIG")
    if chosen:
        return Path(chosen).expanduser()
    return platformdirs.user_config_path(APP_NAME) / "config.yaml"


def sample_feeds_dir() -> Path | None:
    """The bundled sample feeds: inside the installed package, or beside it in a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "sample_feeds", here.parent / "sample_feeds"):
        if candidate.is_dir():
            return candidate
    return None
