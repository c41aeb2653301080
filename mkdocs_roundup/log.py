"""The plugin's one logger, and how much it says in a build.

Under ``mkdocs.``, so ``mkdocs build --strict`` counts its warnings; messages about an
author's page start with ``path:line`` so editors and terminals can jump to the place.

While a build runs, :class:`Throttle` keeps a broken page from flooding the terminal: each
message is said once per place, and at most :data:`PER_PAGE` messages of one kind per page
(a kind is the message without its place, quoted text and numbers), then how many more.
"""

from __future__ import annotations

import logging
import re
from collections import Counter

from .patterns import lazy

log = logging.getLogger("mkdocs.plugins.roundup")

PER_PAGE = 20
"""How many messages of one kind a page may give in a build; the rest are counted."""

_PLACE = lazy(r"(?P<path>[^\s:][^:\n]*):(?P<line>[0-9]+): (?P<text>.*)", re.S)
_EXAMPLE = 120
"""How much of a message the count quotes."""
_VARIABLE = lazy(r"'[^'\n]*'|\"[^\"\n]*\"|[0-9]+")


class Throttle(logging.Filter):
    """A filter of :data:`log` for one build: repeats dropped, floods counted."""

    def __init__(self) -> None:
        super().__init__()
        self.said: set[tuple[int, str]] = set()
        self.kinds: Counter[tuple[str, int, str]] = Counter()
        """Messages by page, level and kind."""
        self.example: dict[tuple[str, int, str], str] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.INFO:
            return True
        message = record.getMessage()
        if (record.levelno, message) in self.said:
            return False
        self.said.add((record.levelno, message))
        place = _PLACE.match(message)
        if place is None:
            return True
        key = (place["path"], record.levelno, _VARIABLE.sub("…", place["text"]))
        self.kinds[key] += 1
        self.example.setdefault(key, place["text"])
        return self.kinds[key] <= PER_PAGE

    def report(self) -> None:
        """Say how many messages of each kind of each page were not said."""
        for (path, level, kind), count in self.kinds.items():
            if count > PER_PAGE:
                log.log(
                    level,
                    "%s: %d more like '%s' not shown",
                    path,
                    count - PER_PAGE,
                    self.example[(path, level, kind)][:_EXAMPLE],
                )
