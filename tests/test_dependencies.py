"""The README installs the reader with ``pip install .``: every package its code imports must then be installed,
so each one is named in pyproject's runtime dependencies (a test extra is not installed by that command), or
its import is guarded as optional."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Imported only inside ``try: ... except ImportError``, for an extra the README names.
OPTIONAL = {"trafilatura"}
#: Imported for a type or an exception of a dependency's own dependency, installed with it.
INSTALLED_WITH = {"httpcore": "httpx"}


def _imported_top_modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in sorted((ROOT / "reader").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], path)
    return found


def _runtime_distributions() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {re.split(r"[<>=!~\[; ]", spec, maxsplit=1)[0].lower() for spec in project["dependencies"]}


def test_every_third_party_import_of_the_reader_is_a_runtime_dependency():
    """A module the reader imports at run time ("babel" for the names of countries, "pycountry" for those of
    cantons) fails a user's import with "No module named ..." when only the test extras bring it."""
    declared = _runtime_distributions()
    distributions = packages_distributions()
    missing = []
    for module, path in _imported_top_modules().items():
        if module == "reader" or module in sys.stdlib_module_names or module in OPTIONAL:
            continue
        owners = {d.lower() for d in distributions.get(module, [])}
        if not owners & declared and INSTALLED_WITH.get(module) not in declared:
            missing.append(f"{module} ({path.relative_to(ROOT)}; distributions {sorted(owners)})")
    assert missing == []
