"""What a talk's line reads as beside the page's other talks: names after a title given
again with other names are where it was given (``Title - Harbor Conf`` beside ``Title -
Lumen Days``); names alone on a speaker's own list are no one's; a name and its year ending
many titles is the event each was given at (``Title - EuroPython 2024``).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .at_events import names_place_of_talk
from .fields import Fields
from .heading_words import heading_words
from .labels import MONTHS
from .names import GROUP_END, JOINING_WORDS
from .patterns import lazy
from .talk_kinds import kind_marked

if TYPE_CHECKING:
    from .blocks import Block
    from .unit import Unit

LISTED = ("item", "paragraph")
"""Forms of talks given one after another, each judged beside the others."""


def events_not_speakers(units: list[Unit]) -> None:
    """A title given again with other names after it (``Title - Harbor Conf`` beside ``Title
    - Lumen Days``, two titles so or more) is one speaker's talk given at events: in such a
    list, the unlinked names after those titles are where, not who. ("Lightning talk - Ann
    Lee" beside "Lightning talk - Bo Lind" gives no talk's title twice; nor do speakers
    that labels or bylines name.)"""
    unlinked = [
        unit
        for unit in units
        if unit.form in LISTED
        and len(unit.fields.title.split()) > 2
        and _names_unlinked(unit.fields)
    ]
    given: dict[str, set[tuple[str, ...]]] = {}
    for unit in unlinked:
        names = tuple(p.name for p in unit.fields.speakers)
        given.setdefault(_title_key(unit.fields.title), set()).add(names)
    # given again, each time with other names: not one speaker's each time
    again = {t for t, names in given.items() if len(names) > 1 and not kind_marked(t)}
    if len(again) < 2:
        return
    for unit in unlinked:
        fields = unit.fields
        if _title_key(fields.title) in again:  # the other talks of the page keep theirs
            fields.speakers, fields.organizations = [], []
            fields.evidence.discard("names")
            fields.evidence.add("event")


_LINKED_THEN_NAME = lazy(
    r"(?:[^\x00\s]{1,8}\s+)?\x00\d+\x00\s+[-–—]\s+(?P<name>[^\x00,;:|()\[\]]+?)[\s.]*"
)
"""A list item's linked title, then a dash and one name (``[Title](…) - Harbor Summit``; not
``- Ann Lee, Harbor Days``), after a short tag (``en``, the language it was given in)."""


_EVENTS_IN_PLACE = 3
"""How many items of a list, at least, name an event after the dash for the others to."""
_JOINED = lazy(rf"\s(?:{JOINING_WORDS}|&)\s")
"""A word that joins two people's names (``Ann Lee and Bo Lind``)."""
_SURNAME_END = lazy(r"[A-Z][a-z]+\s+(?:Day|Camp|Week|Forum|Fest|Expo)\s*$")
"""A first name and a surname that is also an event's word (``Rosa Day``, ``Julia Camp``):
no event."""


def events_in_place(units: list[Unit], blocks: list[Block]) -> None:
    """In a list whose items each give a linked title, a dash and a name (``[Title](…) -
    ViteConf``), where most of those names, three at least, are events by their words, the
    others in that place are events too (``[Title](…) - Nuxt Nation``), not speakers: one
    list, one role for what its items say after the dash. A list that names a team or two
    people there (``DevFest Team``, ``Ann Lee and Bo Lind``) names people in that place;
    ``Rosa Day`` is a person."""
    named = [u for u in units if _names_unlinked(u.fields)]
    if not named:
        return  # (most pages: no talk names someone unlinked after its title)
    items: dict[int, str] = {}
    for block in blocks:
        for part in block.walk():
            if part.kind == "list":
                items.update(_event_places(part))
    for unit in named:
        fields = unit.fields
        name = items.get(id(unit.block))
        if name is not None and [p.name for p in fields.speakers] == [name]:
            fields.speakers, fields.organizations = [], []
            fields.evidence.discard("names")
            fields.evidence.add("event")


def _event_places(listed: Block) -> dict[int, str]:
    """The items of a list whose names after a linked title and a dash are events' (by
    :func:`events_in_place`), each item's block by its ``id``, with its name."""
    named: dict[int, str] = {}
    for item in listed.children:
        first = item.children[0].inline if item.children else None
        found = _LINKED_THEN_NAME.fullmatch(first.text) if first is not None else None
        if found is not None:
            named[id(item)] = found["name"]
    names = list(named.values())
    if any(GROUP_END.search(name) or _JOINED.search(name) for name in names):
        return {}  # "- Harbor Meetup Team", "- Ann Lee and Bo Lind": people are named there
    events = sum(1 for name in names if names_place_of_talk(name) and not _SURNAME_END.match(name))
    return named if events >= _EVENTS_IN_PLACE and 2 * events > len(named) else {}


def names_alone(units: list[Unit], headings: list[Block]) -> None:
    """In a list of four talks or more whose others name no one (a speaker's own list), the
    one unlinked name one of them gives after its title and a comma, or after ``with``
    (``Title, Harbor Group``, ``Title with Loki Stack @ [Harbor Days](…)``), is where it
    was given or words of its title, not who gives it: its title stays, and the line as
    written. (Two people, or where they work, are people.) A name in full after a comma
    is judged in its list under its heading (``headings``: the page's, in order): a
    meetup's archive names some speakers under some of its dates; a name after ``with``,
    or one word after a comma (``Graphs, Gently``), beside the page's whole list."""
    starts = [h.start for h in headings]
    lists: dict[tuple[str, int, int], list[Unit]] = {}
    pages: dict[tuple[str, int, int], list[Unit]] = {}
    for unit in units:
        if unit.form in LISTED:
            under = bisect.bisect_right(starts, unit.start)
            lists.setdefault((unit.form, unit.level, under), []).append(unit)
            pages.setdefault((unit.form, unit.level, -1), []).append(unit)
    judged = [(group, True) for group in lists.values()]
    judged += [(group, False) for group in pages.values()]
    for group, listed in judged:
        named = [u for u in group if u.fields.speakers]
        if len(group) < 4 or len(named) != 1 or not _names_unlinked(named[0].fields):
            continue
        fields = named[0].fields
        if len(fields.speakers) > 1 or fields.organizations:
            continue  # "Title, Ann Lee and Bo Lind (Acme)": people, and where they work
        unnamed = fields.unnamed_title
        if unnamed is None:
            continue  # "[2020] Queues at Scale - Ann Lee": a dash gives her
        joint = unnamed != fields.title  # "Title with Ann Lee": its names read apart
        if not (joint or " " not in fields.speakers[0].name or listed):
            continue  # "Title, Ann Lee" beside a meetup's other months: she spoke
        fields.speakers, fields.organizations = [], []
        fields.evidence.discard("names")
        fields.title = unnamed


def word_after_dash_alone(units: list[Unit]) -> None:
    """In a page's talks, four or more, whose others name no one (a speaker's own page), a
    heading's one word after a dash (``### Power as a medium: Foucault – Luhmann``) is a
    word of its title, not who gave it: the heading's words stay its title (where no other
    heading ends so)."""
    named = [u for u in units if u.fields.speakers]
    if len(units) < _ALONE_AMONG or len(named) != 1 or named[0].form != "heading":
        return
    fields = named[0].fields
    words = heading_words(named[0].block)
    speaker = fields.speakers[0]
    if len(fields.speakers) > 1 or fields.organizations or speaker.url or " " in speaker.name:
        return
    dash = _DASH_WORD.search(words)
    if dash is None or dash["word"] != speaker.name or not words.startswith(fields.title):
        return
    dashed = [u for u in units if u.form == "heading" and _DASH_WORD.search(heading_words(u.block))]
    if len(dashed) > 1:
        return  # "## Gossip - McDonald" beside it: the page's way to name who
    fields.speakers = []
    fields.evidence.discard("names")
    fields.title = words


_ALONE_AMONG = 4
"""How many talks, at least, a page gives for one of them alone to name no one by a word."""
_DASH_WORD = lazy(r"\s[-–—]\s+(?P<word>[^\s\x00]+)$")
"""One word after a dash at the end of a heading's words."""


_EDITION_AT_END = lazy(
    r"(?P<title>\S.*?)(?:\s[-–—]\s|,\s)(?P<edition>[A-Z][\w.+#&-]*\s+(?:19|20)\d{2})"
)
"""``Title - EuroPython 2024``: a title, then a name in one word with its year (``Visual
Studio 2022``, ``SQL Server 2019``, a product's release, are more)."""


_MONTH_YEAR = lazy(rf"(?:{MONTHS})\.?\s+\d{{4}}", re.I)
"""``March 2024``: when, which tells a series' parts apart (``Community update, March
2024``)."""


def editions_at_end(units: list[Unit]) -> None:
    """Titles that end with a name in one word and its year (``Title - EuroPython 2024``,
    ``Title - PyTexas 2025``), three or more on a page and not all the same name, are a
    speaker's talks each followed by the event it was given at: the titles without them
    (where only the year tells two apart, ``What's New - Release 2023`` and ``… 2024``, or
    a month, ``Community update, March 2024``, they stay whole)."""
    found = [
        (u, m)
        for u in units
        if (m := _EDITION_AT_END.fullmatch(u.fields.title))
        and not _MONTH_YEAR.fullmatch(m["edition"])
    ]
    editions = {m["edition"] for _, m in found}
    # a title given at two events stays one talk each time; a title and a name that only
    # the year tells apart are a series' parts ("What's New - Release 2023", "… 2024")
    named = [(m["title"].casefold(), m["edition"].rsplit(None, 1)[0]) for _, m in found]
    if len(found) < 3 or len(editions) < 2 or len(set(named)) < len(named):
        return
    for unit, match in found:
        unit.fields.title = match["title"]
        unit.fields.evidence.add("event")


_EDITION_IN_PARENTHESES = lazy(
    r"(?P<title>\S.*?\S)\s*\((?P<event>[A-Z!][^()\d,]{1,40}?)\s+(?:19|20)\d{2}"
    r"(?:\s+(?P<tail>(?i:conference|summit|keynote|workshop|tutorial|talk)))?\)"
)
"""``Title (PyCon 2015)``, ``Title (Beam Summit Europe 2019)``, ``Title (ATC 2019
Conference)``, ``Title (Kiwi PyCon 2015 keynote)``: a title, then an event's name and its
year in parentheses, maybe its kind."""
_NOT_AN_EVENT = lazy(
    r"\b(?:with|by|at|part|feat|vs|live|remaster(?:ed)?|edition|version|season|episode|"
    r"release|update)\b",
    re.I,
)
"""Words of a remark that says more than where (``with Ann Lee``, ``Part 2``) or names a
record's or a series' edition (``Live 1986``, ``Remastered 2011``)."""
_KINDS_AFTER = {"keynote": "keynote", "workshop": "workshop", "tutorial": "workshop"}


def editions_in_parentheses(units: list[Unit]) -> None:
    """Titles that end with an event's name and its year in parentheses, maybe its kind
    (``Title (PyCon 2015)``, ``Title (Kiwi PyCon 2015 keynote)``), three or more on a page
    and not all the same event, are a speaker's talks each with the event it was given at:
    the titles without them, the kind the talk's."""
    found = [
        (u, m)
        for u in units
        if (m := _EDITION_IN_PARENTHESES.fullmatch(u.fields.title)) and _names_event(m)
    ]
    titles = [m["title"].casefold() for _, m in found]
    if len(found) < 3 or len({m["event"].casefold() for _, m in found}) < 2:
        return
    if len(set(titles)) < len(titles):
        return  # a title given at two events: each stays whole, told apart by its event
    for unit, match in found:
        unit.fields.title = match["title"]
        tail = (match["tail"] or "").casefold()
        if tail in _KINDS_AFTER:
            unit.fields.kind = _KINDS_AFTER[tail]


def _names_event(remark: re.Match[str]) -> bool:
    """Whether a remark's words before its year name an event by its words (``PyCon``,
    ``Beam Summit Europe``, ``ATC … Conference``), or a kind of talk follows the year
    (``Python Brasil 2017 keynote``); no film's director, publisher, product or person."""
    event, tail = remark["event"], (remark["tail"] or "").casefold()
    if _NOT_AN_EVENT.search(event):
        return False
    return tail in _KINDS_AFTER or tail == "talk" or names_place_of_talk(f"{event} {tail}")


def _title_key(title: str) -> str:
    """A title as written again (``Title.`` is ``title``)."""
    return title.casefold().rstrip(" .!")


def _names_unlinked(fields: Fields) -> bool:
    """Whether a line names its speakers after its title, none linked nor said so."""
    speakers = fields.speakers
    if not speakers or not fields.title or fields.speaker_first:
        return False
    if fields.explicit or fields.by:
        return False  # "Speaker: …", "by …": a label or a byline says who they are
    return not any(p.url for p in speakers)
