"""A title over the times it was given, each its own nested item that links the deck and
names only what it was and where (``* Queues at Sea`` over ``* [Talk @Harbor Meetup](deck)
(2031-09-24)`` and ``* [Lightning talk, HarborConf](deck)``): each is the talk, given
there."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .at_events import names_event, without_date_remark
from .blocks import Block
from .inline import ONE_SLOT, Inline
from .labels import LANGUAGES, YEAR, is_date
from .line_marks import without_bullet, without_marks
from .media import own_folder
from .names import clean_text, is_role, looks_like_name
from .patterns import lazy
from .talk_kinds import KIND_WORDS

if TYPE_CHECKING:
    from .unit import Unit

_KINDS = (
    r"talk|preview|presentation|keynote|workshop|webinar|lightning\s+talk|vortrag|charla|"
    r"palestra|intervento|conférence|exposé|ponencia"
)
_DELIVERY = lazy(
    rf"(?:(?:[\w'’-]+\s+){{0,2}}?(?P<kind>{_KINDS})\s*(?:@\s*|\s+at\s+|,\s+)|@\s*)"
    r"(?P<where>[^\x00:]{2,60})",
    re.I,
)
"""A delivery's words: what it was, then where (``Talk @Harbor Meetup``, ``Lightning talk,
internal meeting``, ``Workshop at Lumen Days 2031``, ``@Harbor Meetup``); not a title
after a colon (``Talk: Queues at Sea``)."""
_SENTENCE = lazy(r"\b(?:i|we|our|my|thanks?|these|those|where|when|past|upcoming)\b|[!?:]$", re.I)
"""Words of an item that is a sentence or a grouping, no title (``Where I spoke in 2031``,
``Past``)."""
_IN_LANGUAGE = lazy(rf"(?:in|en|auf|em|na)\s+(?:{'|'.join(LANGUAGES)})", re.I)
"""A group of talks by the language they are given in (``In English``, ``En español``)."""
_GROUP_WORDS = 20
"""How many words, at most, the title over its deliveries has."""


def delivery(inline: Inline) -> re.Match[str] | None:
    """What an item's line, one link and maybe its day in parentheses, says was given and
    where (``[Talk @Harbor Meetup](…) (2031-09-24)``); ``None`` for any other line."""
    text = without_marks(without_bullet(inline.text)).strip()
    visible = without_date_remark(clean_text(inline.visible(text)))
    slot = ONE_SLOT.match(text)
    if slot is None or "\n" in text or clean_text(inline.links[int(slot[1])].text) != visible:
        return None
    return _DELIVERY.fullmatch(visible)


def deliveries_under(item: Block, nested: list[Unit]) -> bool:
    """Title each talk nested under an item of plain words with those words, where each
    only says what was given and where, links its media and names no one (``* Queues at
    Sea`` over ``* [Talk @Harbor Meetup](deck)``); whether it did. An item that is a date,
    an event, a person, a kind of talk or a sentence names their group, no title."""
    first = item.children[0] if item.children else None
    inline = first.inline if first is not None and first.kind == "paragraph" else None
    if inline is None or inline.links or "\n" in inline.text.strip():
        return False
    title = clean_text(inline.visible(without_bullet(inline.text)))
    if not _titles(title):
        return False
    found = [_nested_delivery(u) for u in nested]
    if not all(found) or any(u.fields.speakers or not u.fields.media for u in nested):
        return False
    for unit, given in zip(nested, found, strict=True):
        assert given is not None
        kind = (given["kind"] or "").casefold().split()
        unit.fields.title = title  # where it was given stays as written
        unit.fields.kind = kind[0] if kind and kind[0] in KIND_WORDS else "talk"
        unit.fields.evidence.add("event")
        unit.section = None if unit.section == title else unit.section
    return True


def _titles(words: str) -> bool:
    """Whether an item's words read as a talk's title over its deliveries: two words or
    more, no date, event, person, role, kind or sentence."""
    count = len(words.split())
    if not 2 <= count <= _GROUP_WORDS or is_date(words) or YEAR.fullmatch(words):
        return False
    if (
        names_event(words)
        or is_role(words)
        or _SENTENCE.search(words)
        or _IN_LANGUAGE.fullmatch(words)
    ):
        return False
    plain = re.sub(rf"\b(?:{_KINDS})s?\b", "", words, flags=re.I).strip()
    return bool(plain) and not (count <= 3 and looks_like_name(words))


def _nested_delivery(unit: Unit) -> re.Match[str] | None:
    """What a nested talk's own line says was given and where, if that is all it says."""
    block = unit.block.children[0] if unit.block.children else None
    inline = block.inline if block is not None and block.kind == "paragraph" else None
    return delivery(inline) if inline is not None else None


def titled_deliveries(units: list[Unit], notes: list[tuple[int, str]]) -> list[Unit]:
    """The units, but a delivery no title was found for whose deck is only a folder of the
    site (``* [Talk @Harbor Meetup](/slides/2031-09/)`` alone): it says what was given and
    where, not what the talk is."""
    kept = []
    for unit in units:
        fields = unit.fields
        own = fields.media and all(own_folder(p.media.url) for p in fields.media)
        if own and _DELIVERY.fullmatch(fields.title):
            notes.append((unit.start, f"'{fields.title}' names no talk's title; left as written"))
            continue
        kept.append(unit)
    return kept
