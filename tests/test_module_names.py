"""No module of the reader binds one top-level name twice: in the rule modules (``reader/figures/``, over
10,000 lines), a second pattern of an existing name silently replaces the first for every rule that uses it."""

from __future__ import annotations

import ast
from pathlib import Path

READER = Path(__file__).resolve().parents[1] / "reader"


def top_level_names_bound_twice(source: str) -> dict[str, list[int]]:
    """Each name a module's top level assigns, defines or annotates more than once, with its lines."""
    seen: dict[str, list[int]] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            seen.setdefault(name, []).append(node.lineno)
    return {name: lines for name, lines in seen.items() if len(lines) > 1}


def test_the_check_finds_a_name_bound_twice():
    source = 'A_RE = "one"\n\ndef f():\n    return A_RE\n\nA_RE = "two"\n'
    assert top_level_names_bound_twice(source) == {"A_RE": [1, 6]}


def test_no_reader_module_binds_a_top_level_name_twice():
    offenders = {
        str(path.relative_to(READER)): twice
        for path in sorted(READER.rglob("*.py"))
        if (twice := top_level_names_bound_twice(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}
