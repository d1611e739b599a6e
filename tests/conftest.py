"""Shared fixtures: every test runs on its own library and config, never the user's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.store import Library

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def isolated_env(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("NEWSREADER_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("NEWSREADER_CONFIG", str(home / "config.yaml"))
    monkeypatch.setenv("NEWSREADER_NO_SAMPLES", "1")
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture
def server():
    """An HTTP server on 127.0.0.1 for the test (see local_server.py)."""
    from local_server import Server

    s = Server()
    yield s
    s.close()


@pytest.fixture
def library(tmp_path):
    """A new library of the test's own (a test module may define its own ``library``)."""
    lib = Library(tmp_path / "lib")
    yield lib
    lib.close()


class Cli:
    """Runs the CLI in-process on one data dir and captures its output."""

    def __init__(self, data_dir: Path, capsys) -> None:
        self.data_dir = data_dir
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--data-dir", str(self.data_dir), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str):
        code, out, err = self(*args, "--json")
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(tmp_path, capsys) -> Cli:
    return Cli(tmp_path / "lib", capsys)
