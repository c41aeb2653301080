"""A title over the times it was given, each its own nested item that links the deck and
names only where (``* Queues at Sea`` over ``* [Talk @Harbor Meetup](deck) (2031-09-24)``
and ``* [Lightning talk, HarborConf](deck)``): each is the talk, given there."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .blocks import Block
from .line_marks import without_bullet
from .names import clean_text
from .patterns import lazy

if TYPE_CHECKING:
    from .unit import Unit

_DELIVERY = lazy(
    r"(?:[\w'’-]+\s+){0,2}?(?P<kind>talk|preview|presentation|keynote|workshop|session|webinar|"
    r"lightning\s+talk|vortrag|charla|palestra|intervento|conférence|exposé|ponencia)"
    r"\s*(?:@|\bat\b|,|\s[-–—]|:)\s*(?P<where>\S[^\x00]{1,60})",
    re.I,
)
"""A delivery's words: what it was, then where (``Talk @Harbor Meetup``, ``Lightning talk,
internal meeting``, ``Workshop at Lumen Days 2031``)."""
_GROUP_WORDS = 20
"""How many words, at most, the title over its deliveries has."""


def deliveries_under(item: Block, nested: list[Unit]) -> bool:
    """Title each talk nested under an item of plain words with those words, where each
    only names what it was and where, links its media and names no one (``* Queues at
    Sea`` over ``* [Talk @Harbor Meetup](deck)``); whether it did."""
    first = item.children[0] if item.children else None
    inline = first.inline if first is not None and first.kind == "paragraph" else None
    if inline is None or inline.links or "\n" in inline.text.strip():
        return False
    title = clean_text(inline.visible(without_bullet(inline.text)))
    if not title or len(title.split()) > _GROUP_WORDS or title.endswith(":"):
        return False
    found = [_DELIVERY.fullmatch(u.fields.title) for u in nested]
    if not all(found) or any(u.fields.speakers or not u.fields.media for u in nested):
        return False
    for unit in nested:
        unit.fields.title = title  # where it was given stays as written
        unit.fields.evidence.add("event")
        unit.section = None if unit.section == title else unit.section
    return True
