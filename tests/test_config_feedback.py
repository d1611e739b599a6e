"""Configuration that talks back: unknown keys and binding ids are named, and a theme picked in the palette
is written to the config (only its line; comments stay)."""

from __future__ import annotations

import pytest

from reader.cli import main
from reader.config import Config, load_config, save_theme
from reader.store import Library
from reader.tui.app import NewsReaderApp


def test_unknown_config_keys_are_named_and_ignored(tmp_path, capsys):
    cfg = tmp_path / "config.yaml"
    cfg.write_text("theme: textual-light\nrefresh_minuts: 10\n", encoding="utf-8")
    config = load_config(cfg)
    assert config.theme == "textual-light"
    assert (
        len(config.warnings) == 1
        and "'refresh_minuts'" in config.warnings[0]
        and str(cfg) in config.warnings[0]
    )
    capsys.readouterr()
    assert main(["--config", str(cfg), "--no-samples", "--data-dir", str(tmp_path / "lib"), "list"]) == 0
    assert "unknown key 'refresh_minuts'" in capsys.readouterr().err


def test_save_theme_rewrites_only_the_theme_line(tmp_path):
    cfg = tmp_path / "config.yaml"
    cfg.write_text("# my settings\ntheme: textual-light  # bright\nlayout: en\n", encoding="utf-8")
    assert save_theme(cfg, "nord")
    assert cfg.read_text(encoding="utf-8") == "# my settings\ntheme: nord\nlayout: en\n"
    new = tmp_path / "sub" / "config.yaml"
    assert save_theme(new, "gruvbox") and load_config(new).theme == "gruvbox"
    assert not save_theme(cfg, "x\ny: 1")  # never writes anything but a theme name


@pytest.mark.anyio
async def test_unknown_binding_ids_are_named_and_a_picked_theme_is_saved(tmp_path):
    cfg = tmp_path / "config.yaml"
    cfg.write_text("keys: {bookmrk: b}\n", encoding="utf-8")
    config = load_config(cfg)
    with Library(tmp_path / "lib") as lib:
        app = NewsReaderApp(library=lib, config=config)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            messages = [n.message for n in app._notifications]
            assert any("bookmrk" in m and "Unknown binding ids" in m for m in messages)
            app.theme = "nord"  # what choosing a theme in the command palette does
            await pilot.pause()
    assert load_config(cfg).theme == "nord"
    assert Config().theme is None
