"""A speaker's list of her talks written as each title over where she gave it: a short line
of words, then a list whose every item opens with the year and names the event (``2023
PyCon Italia @ Florence, Italy``). The title is the talk's; the list stays as written.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .at_events import names_place_of_talk
from .fields import Fields
from .patterns import lazy

if TYPE_CHECKING:
    from .blocks import Block
    from .body import Reader

_DELIVERY = lazy(
    r"\s*(?:19|20)\d{2}\s+(?P<event>[^\n@]*?[^\W_][^\n@]*?)\s*(?:@\s*(?P<where>\S.*))?"
)
"""An item that says when and at which event a talk was given: the year first, then the
event, maybe ``@`` and where (``2023 Django Day Copenhagen @ Copenhagen, Denmark``)."""
_CITY_COUNTRY = lazy(r"[^,]+,\s*\S[^,]*")
"""Where an event was: a city, a comma, its country (``Riga, Latvia``)."""
_MOST_WORDS = 20
"""The most words of a title line over its deliveries."""


def delivered_title(reader: Reader, block: Block, after: Block | None) -> Fields | None:
    """The talk of a paragraph of one or two lines, no links and no sentence, over a list
    that only says when and where it was given, one event at least named as one by its
    words (``PyCon``, ``Conference``, ``Day``) or by a city and its country (a résumé's
    ``2019 Senior Engineer @ Acme`` names none); ``None`` for any other paragraph."""
    inline = block.inline
    if inline is None or after is None or after.kind != "list" or inline.links:
        return None
    text = " ".join(inline.text.split())
    words = text.split()
    if not 3 <= len(words) <= _MOST_WORDS or text.endswith((".", ":", "?", "!")):
        return None
    found = [_DELIVERY.fullmatch(_item_text(item)) for item in after.children]
    if not found or not all(found) or not any(map(_names_event, found)):
        return None
    fields = Fields()
    reader.title_line(text, inline, fields, block.start)
    if not fields.title or fields.speakers:
        return None
    fields.evidence.add("delivered")  # given at the events listed under it
    return fields


def _names_event(found: re.Match[str] | None) -> bool:
    """Whether a delivery's item says it was an event: by the event's words, or by a city
    and its country after ``@`` (``2024 DevClub.lv @ Riga, Latvia``)."""
    if found is None:
        return False
    where = (found["where"] or "").strip()
    return names_place_of_talk(found["event"]) or bool(_CITY_COUNTRY.fullmatch(where))


def _item_text(item: Block) -> str:
    """A list item's one line of text (an item of more, or of links, none)."""
    first = item.children[0] if len(item.children) == 1 else None
    inline = first.inline if first is not None and first.kind == "paragraph" else None
    if inline is None or inline.links or "\n" in inline.text.strip():
        return ""
    return inline.text.strip()
