"""A title in quotes linked to its deck, then where it was given after ``at``, then the day
after ``on`` (``["Title" at Harbor Conf 2031](slides/x.pdf) on October 27th 2031 (…)``), as a
project lists its maintainer's talks."""

from __future__ import annotations

import re

from .at_events import names_place_of_talk
from .labels import CLOSE_QUOTES, MONTH_DAY, OPEN_QUOTES
from .link_targets import in_deck_place
from .names import TALK_EVENT
from .patterns import lazy

_QUOTED_AT = lazy(
    rf"\s*[{OPEN_QUOTES}](?P<title>[^{OPEN_QUOTES}{CLOSE_QUOTES}]{{3,}})[{CLOSE_QUOTES}]"
    r"\s+(?:at|@)\s+(?P<where>(?:(?!\s(?:by|with)\s|\s[-–—]\s)[^()]){2,60})"
)
"""A title in quotes, then where it was given (``"Title" at Harbor Conf 2031``, ``"Title" @
Harbor Meetup #77``; not ``… 2031 by Ann Lee``, ``… - Ann Lee``, ``… (Ann Lee)``: who)."""


def quoted_at_event(text: str, href: str, *, decks: bool) -> re.Match[str] | None:
    """A quoted title, then ``at`` and where a talk was given: an event of talks by its
    words or its number (``Harbor Meetup #77``, ``VERRF2020``), or, linked to a deck
    (``href``: the link's target, into a deck host or a folder of decks; ``decks``: a link
    the page lists under its slides), any event with its year (``GitHub Universe 2021``; a
    concert's video at a festival is none)."""
    found = _QUOTED_AT.fullmatch(text) if text.lstrip()[:1] in OPEN_QUOTES else None
    where = found["where"] if found else ""
    if not where:
        return None
    if TALK_EVENT.search(where) or _EDITION_END.search(where):
        return found
    in_decks = decks or in_deck_place(href)
    return found if names_place_of_talk(where) and in_decks else None


ON_DAY = lazy(rf"(\x00\d+\x00)\s+on\s+(?:{MONTH_DAY})\b.*", re.I | re.S)
"""A linked title, then the day it was given after ``on``, then any remarks on it (read
after a quoted title at its event only: ``[Vim cheat sheet](vim.pdf) on March 3rd`` is a
file's day)."""
_EDITION_END = lazy(r"(?:#\d+|[A-Za-z]\d{4})$")
"""An event's name that ends with its number or its year written on (``Webmontag #77``,
``VERRF2020``)."""
