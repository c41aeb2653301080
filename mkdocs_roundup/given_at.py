"""A speaker's own list of talks, each its title, a dash, then where it was given
(``[Title](deck) - Harbor Days``, ``Title – Lumen Meetup Oslo``), on a page whose title or
headings say it lists talks given. What follows the dash is an event, whatever it looks
like (``Devoxx Lyon`` reads as a name): the list says so where three of those places or
more, and a fifth of them at least, name an event by their words or are one brand's word
(``DevFest Lille``, ``HarborCamp``, ``StrasbourgJS``). No place there links a person's
profile. A meetup's archive writes ``Title - Ann Lee``: its places are people.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .at_events import names_event
from .blocks import Block
from .columns import is_date
from .line_marks import without_badge, without_marks
from .names import clean_text, is_role
from .patterns import lazy

_TITLE_THEN_WHERE = lazy(
    r"(?P<title>\S.*\S)\s+[-–—]\s+(?P<where>[^\x00\-–—|:()\[\]]{2,60}?)"
    r"(?:\s*\[[^\[\]\x00]{2,60}\])?[\s.]*"
)
"""A title, then the last dash between blanks, then where: a few words that link nothing
(a linked name there is an article's site as often: ``Title — [The Daily Queue](…)``), and
maybe the city and the month in brackets (``[Lisbon - May 2031]``)."""
_AT = lazy(r"\s(?:at|@|bei|beim|à|au|en|na|no|em|in|on|with|by|von|par|por)\s", re.I)
"""A word that says who was where (``Ann Lee at Harbor Days``, ``… par Ann Lee``): a
byline, no place."""
_BRAND = lazy(r"(?!Mc|Mac)[A-Z][a-z]+[A-Z][A-Za-z]*")
"""One word with a capital inside (``HarborCamp``, ``StrasbourgJS``): a brand's, not a
person's (``McLeod`` is one)."""
_WHERE_WORDS = 6
"""The most words of where a talk was given (``Lumen Cloud Native Meetup Oslo``)."""
_LEAST = 3
"""How many places of the page, at least, name an event so."""


def title_then_where(item: Block) -> tuple[str, str] | None:
    """An item's line cut into its title and where it was given (the title's part as
    written, links as slots), or ``None`` where its line is no title, a dash and a place."""
    first = item.children[0] if item.children else None
    inline = first.inline if first is not None and first.kind == "paragraph" else None
    if inline is None or "\n" in inline.text:
        return None
    found = _TITLE_THEN_WHERE.fullmatch(without_badge(without_marks(inline.text), inline))
    if found is None:
        return None
    where = _where(found["where"])
    return (found["title"], where) if where else None


def _where(written: str) -> str:
    """The place a line's end names, or empty where it names none: a date (a post's,
    ``By Ann Lee - Aug 7, 2031.``), a role, someone at an event (``Ann Lee at Harbor
    Days``), too many words."""
    where = clean_text(written).rstrip(" .")
    words = where.split()
    if not 0 < len(words) <= _WHERE_WORDS or not (where[:1].isupper() or where[:1].isdigit()):
        return ""
    if is_date(where) or is_role(where) or _AT.search(f" {where} "):
        return ""
    return where


def names_events(places: Iterable[str]) -> bool:
    """Whether the places a page's lines end with name events: three or more, and a fifth
    of them at least, do so by their words or are a brand's one word."""
    places = list(places)
    events = sum(1 for place in places if names_event(place) or _BRAND.fullmatch(place))
    return events >= _LEAST and events * 5 >= len(places)


def given_at_items(blocks: Iterable[Block]) -> dict[int, tuple[str, str]]:
    """The items of a page's lists (by their first line) that give a title, then where it
    was given, where those places name events (:func:`names_events`) and most titles link
    the talk's page, deck or recording; none elsewhere."""
    items = {
        block.start: found
        for top in blocks
        for block in top.walk()
        if block.kind == "item" and (found := title_then_where(block)) is not None
    }
    linked = sum(1 for title, _ in items.values() if "\x00" in title)
    if len(items) <= _LEAST or linked * 2 < len(items):
        return {}  # "- Added dark mode - HarborCamp release": a changelog's lines link nothing
    return items if names_events(w for _, w in items.values()) else {}
