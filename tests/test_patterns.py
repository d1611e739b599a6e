"""Patterns compiled on their first use (reader.figures.patterns): they behave as ``re.Pattern``, and importing
the library compiles almost none of the extractor's."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from reader.figures.patterns import LazyPattern, compile_lazily


def test_a_lazy_pattern_compiles_on_first_use_and_answers_as_the_compiled_one():
    source = r"(?P<n>[0-9]+)\s*(?i:euros?)"
    lazy = compile_lazily(source)
    eager = re.compile(source)
    assert isinstance(lazy, LazyPattern) and not lazy.compiled
    assert lazy.pattern == source  # read without compiling: other patterns are built from it
    assert not lazy.compiled
    text = "Fines of 12 EUROS and 30 euros, then 7 euro."
    assert lazy.search(text).group("n") == eager.search(text).group("n") == "12"
    assert lazy.compiled
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.match(text, 9).end() == eager.match(text, 9).end()
    assert lazy.sub("N", text) == eager.sub("N", text)
    assert lazy.fullmatch("7 euro") is not None and lazy.fullmatch("7 euro!") is None
    assert lazy.groupindex == eager.groupindex and lazy.flags == eager.flags


def test_importing_the_library_leaves_the_extractors_patterns_uncompiled():
    """The reader imports the library before its first paint: the extractor's hundreds of patterns wait
    until a figure is read (compiling them all cost about 180 ms per process)."""
    probe = (
        "import json, reader.store, reader.figures.extract as x\n"
        "from reader.figures.patterns import LazyPattern\n"
        "lazy = [v for v in vars(x).values() if isinstance(v, LazyPattern)]\n"
        "print(json.dumps([len(lazy), sum(p.compiled for p in lazy)]))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    total, compiled = json.loads(out)
    assert total > 300
    assert compiled < total / 10
    # and the first extraction compiles what it uses
    from reader.figures import extract_figures

    assert [f.value for f in extract_figures("Une amende de 150 millions d'euros.", "fr")] == [150_000_000]
