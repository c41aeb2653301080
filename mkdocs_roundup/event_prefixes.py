"""The event a list's titles open with: ``[Harbor Meetup - Caching at Scale](video)``,
``[LumenJS 2017 - Ann Lee - Packages 101](video)``, a table's ``[HarborCon 2019: Queues](…)``.
One title that opens so may be a title (``Rust 2018: the edition``); a list whose titles,
three or more, open with an event in the same place names its events there.
"""

from __future__ import annotations

import re

from .at_events import names_event
from .body import Reader
from .fields import Fields
from .inline import Inline
from .labels import YEAR, is_date
from .patterns import lazy

_HEAD = lazy(r"(?P<event>[^:|\x00]{2,80}?)(?:\s+[-–—|]\s+|:\s+)(?P<rest>\S.*)")
"""``Harbor Meetup - Title``, ``HarborCon 2019: Title``: what may be the event, then the
rest of the title."""
_ONE_WORD = lazy(r"[A-Z]\w*[a-z](?:Con|Conf|JS)")
"""An event's name in one word (``HarborCon``, ``LumenJS``; not ``Node.js``, a library)."""
NUMBERED_EVENT = lazy(r"(?:^|\s)#\d+\b")
"""An event's number (``Harbor Meetup #12``)."""
_WORD = lazy(r"\w+")


def _is_event_part(part: str) -> bool:
    """Whether a title's opening part names an event by a word for one (``Meetup``,
    ``Summit``), by one word (``HarborCon``, ``LumenJS``), or by its year or number; a date
    alone is none."""
    words = part.split()
    if not 1 <= len(words) <= 6 or is_date(part) or not part[:1].isalnum():
        return False
    return bool(names_event(part) or NUMBERED_EVENT.search(part) or _by_word(part))


def _by_word(part: str) -> bool:
    """Whether one word of a part is an event's name (``LumenJS``, ``HarborCon``)."""
    return any(_ONE_WORD.fullmatch(word.strip(",.")) for word in part.split())


def _rest(title: str) -> str | None:
    """The title without the event it opens with; ``None`` where it opens with none, or
    where what follows is no title (a date: ``Weekly Ep. 3 - June 2, 2018``)."""
    found = _HEAD.fullmatch(title)
    if found is None or not _is_event_part(found["event"].strip()):
        return None
    rest = found["rest"].strip()
    if len(_WORD.findall(rest)) < 2 or is_date(rest.split(",")[0]) or is_date(rest[:12]):
        return None
    return rest


def drop_event_prefixes(reader: Reader, units: list[Fields]) -> None:
    """Titles of one list or table, three or more and a third of them or more, that open
    with an event (``Harbor Meetup - Caching at Scale``) are given without it; in such a
    list, where a talk given at an event names no speaker yet, a name in full before a
    separator in the rest of its title is the speaker's (``LumenJS 2017 - Ann Lee -
    Packages 101``). Titles whose event was read already (a dated line's) count as
    opening with one."""
    rests = {n: rest for n, f in enumerate(units) if f.title and (rest := _rest(f.title))}
    if not rests or not _events_open(units, rests):
        return
    for n, fields in enumerate(units):
        rest = rests.get(n, fields.title if _event_first(fields) else None)
        if rest is None:
            continue
        if n in rests and fields.kind == "talk":  # "Harbor Days 2031 Keynote: Title"
            fields.kind = _kind_at_end(fields.title[: -len(rest)]) or fields.kind
        # "LumenConf 2017 - Ann Lee - …": the event read already
        fields.title = rest if fields.speakers else _named_first(reader, rest, fields)


def _events_open(units: list[Fields], rests: dict[int, str]) -> bool:
    """Whether the titles that open with an event (``rests``, by position), or whose event
    was read already (``9.3.2016 - Harbor Meetup - Title``), are three or more and a third
    of the titles or more, at least half of them naming it by a word."""
    titled = sum(1 for f in units if f.title)
    read = sum(1 for n, f in enumerate(units) if n not in rests and _event_first(f))
    worded = sum(1 for n in rests if _worded(units[n].title)) + read
    opened = len(rests) + read
    return opened >= 3 and opened * 3 >= titled and worded * 2 >= opened


def _event_first(fields: Fields) -> bool:
    """Whether a line's event was read before its title (a dated line's, ``9.3.2016 -
    Harbor Meetup - Title``; not one read after it, ``[Title](…) - Harbor Days``)."""
    return "event" in fields.evidence and (
        "dated" in fields.evidence or "calendar" not in fields.evidence
    )


def _kind_at_end(event: str) -> str | None:
    """The talk's kind an event's part names last (``Harbor Days 2031 Keynote:``,
    ``PromCon 2018 Panel Discussion:``)."""
    event = event.rstrip(" :-–—|")
    found = _KIND_LAST.search(event)
    if found is None or not _is_event_part(event[: found.start()].strip()):
        return None  # "ML Systems Workshop: …": the workshop is the event
    return found[1].casefold()


_KIND_LAST = lazy(r"\b(keynote|panel|workshop)(?:\s+discussion)?$", re.I)
"""A kind of talk last in an event's part."""


def _worded(title: str) -> bool:
    """Whether a title's event is named by a word or one word, not by its year alone."""
    found = _HEAD.fullmatch(title)
    event = found["event"] if found else ""
    return bool(YEAR.sub("", event).strip()) and (
        names_event(re.sub(r"\d", "", event)) or _by_word(event)
    )


def _named_first(reader: Reader, rest: str, fields: Fields) -> str:
    """``Ann Lee - Packages 101``, ``Ann Lee: Packages 101``: the speaker named in full,
    then the title; any other rest is all title."""
    found = _HEAD.fullmatch(rest)
    if found is None:
        return rest
    named = reader.only_names(found["event"], Inline())
    if not named or not all(p.in_full for p in named[0]) or named[1]:
        return rest
    if reader.only_names(found["rest"], Inline()):
        return rest  # "Ann Lee - Bo Lind": two names, no title
    fields.add_people(named[0], ())
    return found["rest"].strip()
