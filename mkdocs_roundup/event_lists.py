"""A conference's talks as a notebook lists them: under a heading that is the event's name
or ends with the word for talks (``## Lumen Conf 2031``, ``## Past talks``), items that
each give a title, then its speakers in full in parentheses (``- Title (Ann Lee and Bo
Lind)``), three or more.

Such items carry no material of their own (their links, if any, go to the author's notes),
so each alone is no talk; together, under such a heading, they are. A title cut by a dash
(``BBL Acme – Title (Ann Lee)``) may still hold where it was given, and is left as written;
so is a list under any other heading (a reading list's ``Title (Author)``, a film night's
``Title (Director)``, ``## Lumen Conf 2031 Awards``), and a title that is a role
(``Program chair (Ann Lee)``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .dated_links import says_talks_given
from .event_names import HEADING, event_name_only
from .names import is_role
from .names_alike import listed, speakers_spelled_out
from .patterns import lazy
from .program_entries import ORGANIZING

if TYPE_CHECKING:
    from .unit import Unit

_ITEMS = 3
"""How many such items, at least, under one heading make them talks."""
_ROLE_WORDS = 3
"""The most words of a title that names a role (``Program committee member``)."""
_DASHED = lazy(r"\s[-–—]\s")
"""A dash between words of a title: what stands before it may be where, not what."""


def named_under_event(units: list[Unit], heading: str) -> set[int]:
    """The items, by ``id``, of the units under a ``heading`` (its words) that are talks as
    the module says; each gets the list's evidence (``series``)."""
    if not (_names_talks(heading) or _names_event(heading)):
        return set()
    found = [
        unit
        for unit in listed(units)
        if unit.form == "item"
        and unit.fields.in_parentheses
        and not unit.fields.media
        and speakers_spelled_out(unit)
        and not _DASHED.search(unit.fields.title)
        and not _role(unit.fields.title)
    ]
    if len(found) < _ITEMS:
        return set()
    for unit in found:
        unit.fields.evidence.add("series")
    return {id(unit) for unit in found}


def _names_talks(heading: str) -> bool:
    """Whether a heading ends with the word for the talks under it (``Talks``, ``Past
    talks``, ``Keynotes``, ``Presentazioni``, ``発表``; not ``Talk Radio Picks``)."""
    words = heading.split()
    return bool(words) and says_talks_given(words[-1])


def _names_event(heading: str) -> bool:
    """Whether a heading is an event's name where talks are given, and nothing more
    (:func:`~mkdocs_roundup.event_names.event_name_only`: ``Lumen Conf 2``, ``Harbor Meetup
    #12``), not the people who run it (``Meetup Organizers``)."""
    return event_name_only(heading, HEADING) and not ORGANIZING.search(heading)


def _role(title: str) -> bool:
    """Whether a title is what someone does, and no more (``Program chair``, ``Host``)."""
    return len(title.split()) <= _ROLE_WORDS and is_role(title)
