"""Regular expressions compiled when a page first needs them.

The reader holds some 330 patterns, one for each form of line it knows, and compiling them
all took about 45 ms of every build's start: more than a small site spends reading its
talks. A site's pages use a third of them, so each is compiled the first time it is used
(Django's ``_lazy_re_compile`` does the same for its validators).

A :func:`lazy` pattern is used as a compiled one (``PATTERN.match(text)``); after its first
use, its methods are the compiled pattern's own, at no cost per call. It is not a
:class:`re.Pattern`: a match's ``re`` is the compiled pattern, never the lazy one, so code
tells patterns apart by their text (``found.re.pattern == PATTERN.pattern``).
"""

from __future__ import annotations

import re
from typing import Any, cast

_METHODS = ("match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer")


class _Lazy:
    __slots__ = ("pattern", "flags", "_compiled", *_METHODS)

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        # Called only for what is not set: the first use compiles the pattern and sets its
        # methods, which later uses find at once.
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self.flags)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern compiled on its first use, used as :func:`re.compile`'s."""
    return cast("re.Pattern[str]", _Lazy(pattern, flags))
