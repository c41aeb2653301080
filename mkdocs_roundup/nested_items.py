"""Talks nested under a list item: the item that groups them (a date, an event's link, a few
words that name their group) is their section, not a talk; one that names its own speakers
or kind, or whose nested lines only say where it was given, is a talk itself.
"""

from __future__ import annotations

import re

from .at_events import names_event
from .blocks import Block
from .fields import Fields
from .given_at import given_there
from .inline import ONE_SLOT
from .labels import MONTHS, YEAR, is_date
from .line_marks import without_bullet, without_time
from .names import EVENT_NAME, clean_text
from .patterns import lazy
from .profiles import is_profile_url
from .section_labels import is_generic
from .unit import Unit

_DAY_MARKS = lazy(
    r"^\s*(?:\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\s*[:\-–—]?\s*)?(?:[^\w\s\x00]\ufe0f?\s*)*"
)
"""A day (``08/06:``) and pictographs (``⭐️ 🏠``) before an item's line."""


def grouped_by(item: Block, nested: list[Unit]) -> None:
    """The section of talks nested under an item that dates them (``- March 2024``) or
    names where they were given (``- 08/06: [Harbor Meetup](…)``), where no heading above
    says another."""
    date = _item_date(item)
    event = _item_event(item) if not date else None
    for talk in nested if date or event else ():
        talk.fields.evidence.add("dated" if date else "event")
        talk.section = date or event
        talk.grouped = talk.grouped or bool(date)


def named_group(item: Block, nested: list[Unit]) -> None:
    """The section of talks nested under an item that is no talk and only names their group
    in a few words, linking nothing (``- GDG Rzeszów #4 - Firebase Day``, ``- Frontend``):
    its words, where no heading above them names one; where the words name a kind of talks
    (``- 1:25 p.m. (40m) Lightning Talks``, not ``- Lightning Network``), that kind, over
    any heading above, as a table's row of a kind of talks does."""
    first = item.children[0] if item.children else None
    inline = first.inline if first is not None and first.kind == "paragraph" else None
    if inline is None or inline.links or "\n" in inline.text.strip():
        return
    words = clean_text(inline.visible(without_bullet(inline.text))).rstrip(":：").strip()
    if not words or len(words.split()) > _GROUP_WORDS or is_generic(words):
        return
    if words[-1] == "!" or _SPEAKING.search(words):
        return  # "Thanks to everyone who came!", "Ann gave these at …": a sentence
    kind = _LENGTH_FIRST.sub("", without_time(words)).strip()
    names_kind = _KIND_GROUP.fullmatch(kind) is not None
    for talk in nested:
        if names_kind:  # "1:25 p.m. (40m) Lightning Talks": a part of the program, as
            talk.section, talk.grouped = kind, True  # a table's row of a kind of talks is
        elif not talk.grouped and talk.section is None:
            talk.section = words  # a heading above that names a group says it first


_KIND_GROUP = lazy(
    r"(?:lightning|short|invited|contributed)\s+talks?|lightning\s+sessions?|keynotes|"
    r"workshops|panels|demos|tutorials",
    re.I,
)
"""Words that name a kind of talks and nothing else (``Lightning Talks``, ``Keynotes``)."""
_LENGTH_FIRST = lazy(r"^\s*\(\d+\s*(?:m|min|mins|minutes|h)\.?\)\s*", re.I)
"""A slot's length before what it holds (``(40m) Lightning Talks``)."""

_SPEAKING = lazy(r"\b(?:i|we|our|my|thanks?|these|those|gave|were|was)\b", re.I)
"""Words that make an item's few words a sentence someone says, no group's name."""

_GROUP_WORDS = 10
"""How many words, at most, an item that names the group of the talks under it has."""


def groups_nested(item: Block, unit: Unit, nested: list[Unit]) -> bool:
    """Whether an item with talks nested under it groups them: ``- 2024`` or ``- [Harbor
    Conf](…)`` over two talks or more, or over one that links its own media where the item
    links none; not an item that names its own speakers or kind (``a workshop by Ann
    Lee``), nor one whose nested lines say where and when it was given."""
    if len(nested) < 2 and unit.own_media:
        return False
    return not (unit.own_people or _own_kind(unit.fields) or _given_there(item, nested))


def _given_there(item: Block, nested: list[Unit]) -> bool:
    """Whether talks nested under an item only say where and when it was given, naming no
    one (``Harbor Conf, Porto, Portugal (02.10.2031) ([slides](…))``): its deliveries,
    under its title (not under an event's name or a year: ``- Harbor Conf 2031`` over
    ``- Quiet Queues, Ann Lee, Acme (02.10.2031)``)."""
    first = item.children[0].inline if item.children else None
    line = clean_text(first.visible()) if first is not None else ""
    if EVENT_NAME.search(line) or YEAR.search(line):
        return False
    return all(not n.fields.speakers and given_there(n.fields.title) for n in nested)


def _item_date(item: Block) -> str | None:
    """A list item's own line when it is a date (``- March 2024``)."""
    first = item.children[0] if item.children else None
    line = clean_text(first.inline.visible()) if first and first.inline else ""
    return line if is_date(line) else None


def _item_event(item: Block) -> str | None:
    """A list item's own line when it is an event's link alone, maybe after its day and
    pictographs (``- 08/06: ⭐️ [Harbor Meetup](…)``) or before a dash and its day or theme
    (``- [2nd Meetup](…) - July 1 2031``) or a comma, its place and its days with the year
    (``- [Harbor Summit 2031](…), Oslo, 2031年3月12-13日``): the section of the talks under
    it (the link's words), where no heading above them names one."""
    first = item.children[0] if item.children else None
    if first is None or first.inline is None or "\n" in first.inline.text:
        return None
    line = _DAY_MARKS.sub("", without_bullet(first.inline.text))
    whole = ONE_SLOT.fullmatch(line)
    slot = whole or ONE_SLOT.fullmatch(_DASHED_TAIL.sub("", line))
    if slot is None:
        return None
    link = first.inline.links[int(slot[1])]
    if is_profile_url(link.href):
        return None  # "- [Ann Lee](profile)" over her talks: whose, not where
    if whole is None and not names_event(link.text) and not _days_after(line):
        return None  # "[Version 3.0](…) - March 2031", "[Ann Lee](…) - Staff Engineer"
    return clean_text(first.inline.visible(slot[0]))


def _days_after(line: str) -> bool:
    """Whether a line's one link is followed by a comma and its days alone, with the year
    (``[Harbor Cloud Next, Oslo](…), 2031年4月9-11日``, ``…, April 9-11, 2031``)."""
    _, comma, days = line.partition("\x00,")
    days = days.strip()
    if not comma or "\x00" in days or not _FULL_YEAR.search(days):
        return False
    return is_date(days) or bool(_DAYS.fullmatch(days))


_FULL_YEAR = lazy(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
"""A year, maybe written against a script's words (``2031年``)."""
_DAYS = lazy(
    rf"(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}(?:[-–]\d{{1,2}})?日"
    rf"|(?:{MONTHS})\.?\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?,?\s+(?:19|20)\d{{2}}"
    rf"|\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\.?\s+(?:{MONTHS})\.?\s+(?:19|20)\d{{2}}",
    re.I,
)
"""Days of an event with the year (``2031年4月9-11日``, ``April 9-11, 2031``, ``9-11 April
2031``)."""


_DASHED_TAIL = lazy(
    r"(?<=\x00)(?:\s+[-–—]\s+[^\x00]+|,\s+(?=[^\x00]*?(?<!\d)(?:19|20)\d\d(?!\d))[^\x00]*)$"
)
"""Words after an event's link and a spaced dash (``- July 1 2031``, ``- Data Visualisation``):
its day or its theme, no part of its name; or after a comma, its place and days, with the
year (``, Sunnyvale, CA, 2019年3月12-13日``)."""


def _own_kind(fields: Fields) -> bool:
    """Whether a unit names its kind (``a workshop``, not only its event)."""
    return fields.kind != "talk" or "kind" in fields.evidence
