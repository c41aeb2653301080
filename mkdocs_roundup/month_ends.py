"""The month a list's titles end with: ``[Harbor Meetup - Quiet Queues June 2031](video)``,
``[Introduction to Queues, January 2031](video)``. One title that ends so may be a title's
words (``State of Queues, May 2031``); a list whose titles, three or more and half of them,
end with a month and its year says when each was given there, no title's word.
"""

from __future__ import annotations

import re

from .fields import Fields
from .labels import MONTHS
from .patterns import lazy

_MONTH_END = lazy(
    rf"(?P<title>\S.*?\S)\s*,?\s+(?:{MONTHS})\.?\s+(?:19|20)\d{{2}}\s*",
    re.I,
)
"""A title, then a month and its year at its end (``Quiet Queues June 2031``, ``…, March
2019``)."""
_LEADS_ON = frozenset({"in", "on", "of", "since", "from", "until", "till", "for", "at", "by",
                       "de", "en", "em", "im", "am", "seit", "bis", "desde", "hasta", "depuis"})  # fmt: skip
"""Words that make the month part of the title (``State of Maps in May 2029``)."""
_LEAST = 3
"""How many titles of a list, at least, end with a month for it to be when."""
_TITLE_WORDS = 2
"""How many words a title keeps, at least, once its month is taken off."""


def drop_month_ends(units: list[Fields]) -> None:
    """Titles of one list, three or more and a third of them or more, that end with a month
    and its year are given without it (when the talk was given)."""
    found = {
        n: cut["title"]
        for n, fields in enumerate(units)
        if (cut := _MONTH_END.fullmatch(fields.title)) is not None
        and len(cut["title"].split()) >= _TITLE_WORDS
        and cut["title"].split()[-1].casefold() not in _LEADS_ON
    }
    titled = sum(1 for fields in units if fields.title)
    if len(found) < _LEAST or len(found) * 3 < titled:
        return
    for n, title in found.items():
        units[n].title = title.rstrip(" ,-–—")
