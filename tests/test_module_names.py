"""No module of the reader binds one top-level name twice. The extractor's modules hold hundreds of module-level
patterns; a new one given an existing one's name silently replaces it for every rule that read the old one (one
such slip moved places onto counts in about 200 articles before it was caught)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

READER = Path(__file__).resolve().parents[1] / "reader"


def _top_level_names(tree: ast.Module) -> Counter[str]:
    """How often each name is bound at a module's top level: by assignment, annotation, ``def`` or ``class``."""
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        for target in targets:
            elements = target.elts if isinstance(target, ast.Tuple) else [target]
            names.update(e.id for e in elements if isinstance(e, ast.Name))
    return names


def test_no_module_binds_a_top_level_name_twice():
    twice = {
        f"{path.relative_to(READER.parent)}: {name}"
        for path in sorted(READER.rglob("*.py"))
        for name, count in _top_level_names(ast.parse(path.read_text(encoding="utf-8"))).items()
        if count > 1
    }
    assert not twice, sorted(twice)


def test_the_check_sees_a_rebound_pattern():
    source = 'import re\n_A_RE = re.compile("a")\ndef f(): pass\n_A_RE = re.compile("b")\nx: int = 1\n'
    assert _top_level_names(ast.parse(source))["_A_RE"] == 2
