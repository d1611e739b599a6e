"""Regular expressions compiled the first time they are used.

The extractor's rules hold several hundred module-level patterns; compiling them all when the module is
imported cost about 180 ms, paid by every process that imports the library (the reader before its first paint,
each command of the CLI) even when it never extracts a figure. A :class:`LazyPattern` compiles on its first
use and from then on hands out the compiled pattern's own methods, so a call costs what it costs on a
``re.Pattern``.
"""

from __future__ import annotations

import re
from typing import Any, cast

#: The methods of ``re.Pattern`` a lazy pattern takes over from the compiled one on its first use.
_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class LazyPattern:
    """A pattern's source and flags, compiled when an attribute of the compiled pattern is first asked for."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # only called for attributes not set yet: the compiled pattern's methods are set on the first call
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        self.flags = compiled.flags
        self.groups = compiled.groups
        self.groupindex = compiled.groupindex
        return getattr(compiled, name)

    @property
    def compiled(self) -> bool:
        """Whether the pattern has been compiled (it has been used)."""
        return "match" in self.__dict__


def compile_lazily(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern compiled on its first use, typed as the ``re.Pattern`` it stands for."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))
