"""Whoosh stays behind the search backend: only ``reader/store/whoosh_backend/`` imports it, but for
``reader/analysis.py``, which uses its public language functions and nothing private."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

READER = Path(__file__).resolve().parents[1] / "reader"
BACKEND = READER / "store" / "whoosh_backend"
ANALYSIS = READER / "analysis.py"


def _whoosh_imports(tree: ast.Module) -> list[tuple[int, str, list[str]]]:
    """(line, module, names imported from it) of each import of a whoosh module."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "whoosh":
                    found.append((node.lineno, alias.name, []))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "whoosh":
            found.append((node.lineno, node.module, [alias.name for alias in node.names]))
    return found


def test_only_the_backend_and_the_analysis_module_import_whoosh():
    offenders = []
    for path in sorted(READER.rglob("*.py")):
        if BACKEND in path.parents or path == ANALYSIS:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        offenders += [
            f"{path.relative_to(READER)}:{line} imports {module}" for line, module, _ in _whoosh_imports(tree)
        ]
    assert offenders == []


def test_the_analysis_module_uses_no_private_whoosh_name():
    tree = ast.parse(ANALYSIS.read_text(encoding="utf-8"))
    imports = _whoosh_imports(tree)
    assert imports, "reader/analysis.py is expected to use whoosh's language functions"
    private = [
        f"line {line}: {module} {names}"
        for line, module, names in imports
        if any(part.startswith("_") for part in module.split(".")) or any(n.startswith("_") for n in names)
    ]
    whoosh_names = {n for _, _, names in imports for n in names} | {m.split(".")[0] for _, m, _ in imports}
    private += [
        f"line {node.lineno}: {node.value.id}.{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id in whoosh_names
        and node.attr.startswith("_")
    ]
    assert private == []


def test_the_rule_sees_an_import_of_whoosh():
    tree = ast.parse("import whoosh.index\nfrom whoosh.util.numeric import _length_byte_cache\n")
    assert [(m, n) for _, m, n in _whoosh_imports(tree)] == [
        ("whoosh.index", []),
        ("whoosh.util.numeric", ["_length_byte_cache"]),
    ]


def test_no_module_of_the_reader_imports_itself_back():
    """The import graph has no cycle: no module reaches, through what it imports, a module that imports it
    (imports inside functions count too)."""
    grimp = pytest.importorskip("grimp")
    graph = grimp.build_graph("reader")
    cycles = sorted(
        (importer, imported)
        for importer in graph.modules
        for imported in graph.find_modules_directly_imported_by(importer)
        if graph.chain_exists(importer=imported, imported=importer)
    )
    assert cycles == []


def test_no_module_constant_of_the_domain_is_assigned_twice():
    """A second assignment of a module's constant silently replaces the first (a pattern a rule relies on):
    each name of the figure modules is assigned once."""
    for path in sorted((Path(__file__).parents[1] / "reader" / "figures").glob("*.py")):
        names = [
            target.id
            for node in ast.parse(path.read_text(encoding="utf-8")).body
            if isinstance(node, ast.Assign | ast.AnnAssign)
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(target, ast.Name) and target.id.lstrip("_").isupper()
        ]
        assert len(names) == len(set(names)), (path.name, sorted({n for n in names if names.count(n) > 1}))
