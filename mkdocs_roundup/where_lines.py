"""A line that only says where and when a talk was given, over its title: an event's name,
then its month, its year or its place (``KubeCon EU, April, London``)."""

from __future__ import annotations

from .at_events import names_event
from .labels import YEAR, is_date
from .patterns import lazy

PLACE = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
"""A place's name: up to three words in capitals (``Salt Lake City``), as a regular
expression's part."""
_PLACE = lazy(PLACE)
_EVENT_WORDS = 5
"""The most words of the event's name."""


def where_line(visible: str) -> bool:
    """Whether a line's words are an event's name, then when or where, comma-separated, and
    nothing more, one part a date, a month or a year (``KubeCon EU, April, London``, ``Harbor
    Days 2031, Oslo``; not ``DevOps Days, Lessons Learned``, a title)."""
    event, *rest = [part.strip() for part in visible.strip().rstrip(",").split(",")]
    if not rest or len(event.split()) > _EVENT_WORDS or not names_event(event):
        return False
    dated = [is_date(part) for part in rest]
    if not (YEAR.search(event) or any(dated)):
        return False
    return all(when or _PLACE.fullmatch(part) for part, when in zip(rest, dated, strict=True))
