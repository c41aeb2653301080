"""A conference's talks as a notebook lists them: under a heading that names the event or
says talks (``## Lumen Conf 2031``, ``## Talks``), items that each give a title, then its
speakers in full in parentheses (``- Title (Ann Lee and Bo Lind)``), three or more.

Such items carry no material of their own (their links, if any, go to the author's notes),
so each alone is no talk; together, under such a heading, they are. A title cut by a dash
(``BBL Acme – Title (Ann Lee)``) may still hold where it was given, and is left as written;
so is a list under any other heading (a reading list's ``Title (Author)``, a film night's
``Title (Director)``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .dated_links import says_talks_given
from .names import TALK_EVENT, is_role
from .names_alike import listed, speakers_spelled_out
from .patterns import lazy
from .program_entries import ORGANIZING

if TYPE_CHECKING:
    from .unit import Unit

_ITEMS = 3
"""How many such items, at least, under one heading make them talks."""
_DASHED = lazy(r"\s[-–—]\s")
"""A dash between words of a title: what stands before it may be where, not what."""


def named_under_event(units: list[Unit], heading: str) -> set[int]:
    """The items, by ``id``, of the units under a ``heading`` (its words) that are talks as
    the module says; each gets the list's evidence (``series``)."""
    if not (says_talks_given(heading) or _names_event(heading)):
        return set()
    found = [
        unit
        for unit in listed(units)
        if unit.form == "item"
        and unit.fields.in_parentheses
        and not unit.fields.media
        and speakers_spelled_out(unit)
        and not _DASHED.search(unit.fields.title)
        and not is_role(unit.fields.title)  # "- Program chair (Ann Lee)"
    ]
    if len(found) < _ITEMS:
        return set()
    for unit in found:
        unit.fields.evidence.add("series")
    return {id(unit) for unit in found}


def _names_event(heading: str) -> bool:
    """Whether a heading is an event's name where talks are given (``Lumen Conf 2031``,
    ``Harbor Meetup #12``), its words capitalised: not a sentence that mentions one (``Books
    recommended at the conference``), nor the people who run it (``Meetup Organizers``)."""
    if not TALK_EVENT.search(heading) or ORGANIZING.search(heading):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() for w in heading.split() if len(w) > 3)
