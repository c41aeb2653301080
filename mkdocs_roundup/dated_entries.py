"""A speaker's calendar written as a list of days, each over the talk given that day:
``- 2024/5/11`` over ``- [Title](./deck/) (Harbor Meetup Vol.3)``. The day is when, the
nested line the talk, the part in parentheses at its end the event it was given at."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .at_events import names_event
from .blocks import Block
from .labels import is_date
from .line_marks import without_bullet
from .names import clean_text, looks_like_name
from .patterns import lazy

_EVENT_AFTER = lazy(
    r"(?P<title>[^\n]*?\S)\s*[(（](?P<event>[^()（）\x00\n]{2,80})[)）]"
    r"(?P<links>(?:\s*\x00\d+\x00)*)\s*"
)
"""A talk's line that ends with its event in parentheses (half or full width), maybe then
links beside it (``… (Harbor Meetup Vol.3) [[notes]](…)``)."""
_YEAR_OR_MONTH = lazy(r"(?:[^\W\d]+\.?\s+)?\d{4}")
"""A year or a month of one (``2024``, ``May 2024``): a group of talks, no day."""
_EDITION = lazy(r"\b(?:vol|no)\.\s?\d+|#\d+\b", re.I)
"""A numbered edition of an event (``Vol.3``, ``#2``)."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One talk of a calendar: its item, its line without the event, and the event."""

    item: Block
    title: str
    event: str | None


def calendar_entries(block: Block) -> list[Entry] | None:
    """The talks of a list whose items, three or more and most of its items, are each a
    day alone over the lines nested under it, where three or more of those lines, and a
    third of them or more, end with an event in parentheses named by its words (``Meetup``,
    a year, a numbered edition); ``None`` for any other list. A day over several lines
    gives the talks among them that name their event; a line in parentheses that names a
    person in full (``(Ann Lee)``) is a meetup's archive, no calendar."""
    days = [item for item in block.children if _day_over_lines(item)]
    if len(days) < 3 or len(days) * 2 <= len(block.children):
        return None
    entries = [entry for day in days for entry in _day_entries(day)]
    events = [e.event for e in entries if e.event]
    if any(len(e.split()) > 1 and looks_like_name(e) for e in events):
        return None
    named = sum(1 for e in events if names_event(e) or _EDITION.search(e))
    return entries if named >= 3 and named * 3 >= len(entries) else None


def _day_entries(day: Block) -> list[Entry]:
    """The talks of one day: its one nested line, or those of its lines that name their
    event."""
    read = [
        entry
        for child in day.children[1:]
        if child.kind == "list"
        for entry in map(_entry, child.children)
        if entry is not None
    ]
    return read if len(read) == 1 else [e for e in read if e.event]


def _day_over_lines(item: Block) -> bool:
    """Whether a list item's own line is a date alone, with a list nested under it."""
    first = item.children[0] if item.children else None
    if first is None or first.inline is None or first.kind != "paragraph":
        return False
    nested = any(child.kind == "list" for child in item.children[1:])
    text = clean_text(first.inline.visible())
    return nested and is_date(text) and not _YEAR_OR_MONTH.fullmatch(text)


def _entry(item: Block) -> Entry | None:
    """A nested item's talk: its first line, and the event in parentheses at its end."""
    first = item.children[0] if item.children else None
    if first is None or first.inline is None or first.kind != "paragraph":
        return None
    text = without_bullet(first.inline.lines()[0][1]).strip()
    if not first.inline.visible(text).strip():
        return None
    found = _EVENT_AFTER.fullmatch(text)
    if found is None:
        return Entry(item, text, None)
    return Entry(item, found["title"], clean_text(found["event"]))
