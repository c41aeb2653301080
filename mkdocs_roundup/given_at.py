"""A speaker's own list of talks, each its title, a dash, then the event it was given at
(``[Title](deck) - Harbor Days``, ``Title – Lumen Meetup Oslo``), on a page whose title or
headings say it lists talks given: where three items or more, half of them linking their title,
end with an event named by its words (not a course's numbered part: ``Week 3``), each of
those is a talk, its event no speaker. The other items keep their reading: a meetup's
archive writes ``Title - Ann Lee`` (a person), a blog's list ``Title - Medium``.

The same list may name the event first, then a colon and the linked title (``Harbor Meetup:
[Title](deck)``). The words before the colon play one part in every item of such a list: where
three items or more open so, each linking its title, and two of them name an event by its
words or the same words open two items (a speaker gives one talk a line, an event hosts
several), each is a talk given there (``Devoxx France: [Title](video)``), its event no speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from .at_events import event_of_year_named, names_event, names_place_of_talk
from .blocks import Block
from .byline_cut import WITH_WORDS
from .dated_links import says_talks_given
from .event_prefixes import NUMBERED_EVENT
from .inline import ONE_SLOT
from .labels import BREAK_WORD, MONTHS, PART_TAKEN_FIRST, is_date
from .line_marks import without_badge, without_bullet, without_marks
from .names import EVENT_NAME, GROUP_END, clean_text, is_role, looks_like_name
from .patterns import lazy
from .program_entries import names_talks_event
from .talk_kinds import KIND_WORDS, talk_kind
from .topic_lists import one_person_in_full

if TYPE_CHECKING:
    from .unit import Unit

_TITLE_THEN_WHERE = lazy(
    r"(?P<title>\S.*\S)\s+[-–—]\s+(?P<where>[^\x00\-–—|:()\[\]]{2,60}?)"
    r"(?:\s*\[[^\[\]\x00]{2,60}\])?[\s.]*"
)
"""A title, then the last dash between blanks, then where: a few words that link nothing
(a linked name there is an article's site as often: ``Title — [The Daily Queue](…)``), and
maybe the city and the month in brackets (``[Lisbon - May 2031]``)."""
_WHERE_THEN_TITLE = lazy(r"(?P<where>[^\x00:|()\[\]]{2,60}?)\s*:\s+(?P<title>\x00\d+\x00.*)")
"""Where, a colon, then the title linked (``Harbor Meetup: [Title](deck)``)."""
_AT = lazy(r"\s(?:at|@|bei|beim|à|au|en|na|no|em|in|on|with|by|von|par|por)\s", re.I)
"""A word that says who was where (``Ann Lee at Harbor Days``, ``… par Ann Lee``): a
byline, no place."""
_NUMBERED_PART = lazy(
    r"\b(?:week|day|lecture|lab|session|part|module|unit|class|chapter|episode|ep)\.?\s*\d",
    re.I,
)
"""A numbered part of a course or a series (``Week 3``, ``Episode 12``): no event."""
_WHERE_AND_WHEN = lazy(
    r"(?P<where>[^,()]+)(?P<places>(?:,[^,()]+)*)\s*"
    r"\(\s*(?:\d{1,2}(?:[-–]\d{1,2})?[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}(?:[./-]\d{1,2})?|"
    rf"(?:{MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\.?\s+(?:{MONTHS})\.?\s+\d{{4}})\s*\)",
    re.I,
)
"""Where and when a talk was given, and nothing more: an event, the places after it, the
day in parentheses (``Harbor Conf, Porto, Portugal (02.10.2031)``)."""
_GATHERING = lazy(
    r"\b(?:group|event|meetup|konferenz|tagung|treffen|conférence|rencontres?|conferencia|"
    r"congreso|jornadas|encontro|congresso|conferenza)s?\b",
    re.I,
)
"""The words of a gathering's name that :data:`~mkdocs_roundup.names.EVENT_NAME` leaves to
its context (``Lakeside .NET User Group``, ``Summer Event``)."""
Given = tuple[str, str]
"""An item's title (as written, links as slots) and where it was given."""
_WHERE_WORDS = 6
"""The most words of where a talk was given (``Lumen Cloud Native Meetup Oslo``)."""
_LEAST = 3
"""How many items of the page, at least, end with an event."""


def title_then_where(item: Block, pattern: re.Pattern[str] = _TITLE_THEN_WHERE) -> Given | None:
    """An item's line cut into its title and where it was given (the title's part as
    written, links as slots), or ``None`` where its line is no title, a dash and a place
    (``pattern``: :data:`_WHERE_THEN_TITLE` for where, a colon, then the title)."""
    first = item.children[0] if item.children else None
    inline = first.inline if first is not None and first.kind == "paragraph" else None
    if inline is None or "\n" in inline.text:
        return None
    found = pattern.fullmatch(without_badge(without_marks(inline.text), inline))
    if found is None:
        return None
    where = _where(found["where"])
    return (found["title"].rstrip(), where) if where else None


def _where(written: str) -> str:
    """The place a line's end names, or empty where it names none: a date (a post's,
    ``By Ann Lee - Aug 7, 2031.``), a role, someone at an event (``Ann Lee at Harbor
    Days``), too many words."""
    where = clean_text(written).rstrip(" .")
    words = where.split()
    if not 0 < len(words) <= _WHERE_WORDS or not (where[:1].isupper() or where[:1].isdigit()):
        return ""
    if is_date(where) or _AT.search(f" {where} "):
        return ""
    if is_role(where) and not _event_last(where):
        return ""  # "… - Senior Engineer", "… - Developer Conference Team": who she is
    return where


def _event_last(where: str) -> bool:
    """Whether a place's last word (but its year or number) names an event (``Harbor
    Developer Conference 2031``; not ``Developer Conference Team``, a role)."""
    words = _EDITION_AFTER.sub("", where).split()
    return bool(words) and names_event(words[-1])


_EDITION_AFTER = lazy(r"(?:\s+(?:\d{2,4}|#\d+|'\d{2}))+$")
"""A year or an edition's number after an event's name (``Harbor Days 2031``)."""


def given_there(line: str) -> bool:
    """Whether a line (its visible words) only says where and when a talk was given: an
    event's name, by its words, and its places (``Lakeside .NET User Group, Lyon, France
    (05.05.2031)``), then its day in parentheses; a title's line written so (``Quiet
    Queues, Oslo, Norway (05.05.2031)``) is none."""
    found = _WHERE_AND_WHEN.fullmatch(clean_text(line).rstrip(" .,"))
    where = found["where"] if found is not None else ""
    if found is None or not (EVENT_NAME.search(where) or _GATHERING.search(where)):
        return False  # "Kites in Winter, Oslo, Norway (12.03.2031)": a title, then where
    return bool(found["places"].strip(" ,"))


def deliveries(units: list[Unit], heading: str) -> bool:
    """Whether every unit is an item that only says where and when the talk of the heading
    (its words) over them was given (``- BrooklynJS, November 19, 2015``), or only links
    its recording named for the event (:func:`recorded_at`): its deliveries, no talks;
    under a heading that names events (``## Conferences and Meetups``), each is a talk
    given at one."""
    if names_talks_event(heading):
        return False
    return all(
        u.form == "item"
        and not u.fields.speakers
        and (where_then_day(u.fields.title) or recorded_at(u))
        for u in units
    )


def compiled(units: list[Unit], heading: str) -> bool:
    """Whether a heading (its words) names a compilation of videos (``## Highlights
    reel``, ``## Behind the scenes``) over items that each only link one, named for an
    event (``- [Harbor Meetup 2031](video)``): no talks, neither the heading nor its items."""
    return bool(_COMPILATION.search(heading)) and all(map(recorded_at, units))


_COMPILATION = lazy(
    r"\b(?:highlights?|reels?|recaps?|after-?movies?|trailers?|teasers?|behind\s+the\s+scenes|"
    r"sponsors?|photos?|impressions)\b",
    re.I,
)
"""Words of a heading over videos of events that are no talk's (``Highlights reel``)."""


def recorded_at(unit: Unit) -> bool:
    """Whether an item is one link and nothing more, to a recording or a deck, named for
    the event it was given at by its year, maybe with a remark (``* 📺 [Harbor Days 2031
    (french)](video)``), or by its word alone (``[Meetup](video)``); not an event's item
    that links its page, its deck and its video, a delivery of its own."""
    fields, inline = unit.fields, unit.own_inline()
    if unit.form != "item" or inline is None or len(fields.media) != 1 or fields.abstract:
        return False
    if not ONE_SLOT.fullmatch(without_marks(without_bullet(inline.text)).strip()):
        return False
    where = fields.title.rpartition("(")[0] if fields.title.endswith(")") else fields.title
    return bool(_EVENT_ALONE.fullmatch(where.strip())) or event_of_year_named(fields.title)


_EVENT_ALONE = lazy(r"meetup|conference|conférence|keynote|webinar", re.I)
"""An event named by its word alone."""


def where_then_day(title: str) -> bool:
    """Whether a line only says where, in one word or an event named by its words in four
    words or fewer, then the day with its year (``Berlin, November 19, 2015``, ``Harbor
    Meetup, 24 March 2016``; not ``Deep Queues, May 2, 2031``, a title)."""
    found = _WHERE_THEN_DAY.fullmatch(clean_text(title).rstrip(" ."))
    where = found["where"].strip() if found else ""
    one_word = len(where.split()) == 1 and where[:1].isupper()  # "Berlin", "EuroPython"
    named = one_word or names_place_of_talk(where)
    return named and len(where.split()) <= _WHERE_BEFORE_DAY


_WHERE_THEN_DAY = lazy(
    rf"(?P<where>[^,()]{{2,40}}),\s*(?:(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?"
    rf"|\d{{1,2}}\.?\s+(?:{MONTHS})\.?,?)\s+\d{{4}}",
    re.I,
)
_WHERE_BEFORE_DAY = 4
"""How many words, at most, a line that says where, then the day, gives before it."""


def _event_place(where: str) -> bool:
    """Whether a place is an event by its words (``DevFest Lille``, ``Harbor Days 2031``),
    no course's part, and names no one beside it (``Ann Lee, Harbor Days``)."""
    if not names_event(where) or _NUMBERED_PART.search(where):
        return False
    if "," not in where:
        return True
    return not any(looks_like_name(part) for part in where.split(",") if not names_event(part))


def given_at_items(blocks: Iterable[Block], label: Callable[[str], object]) -> dict[int, Given]:
    """The items of a page's lists (by their first line) that give a title, then the event
    it was given at, where three or more do and half of those or more link their title, and
    those that give the event first (:func:`_where_first`); none elsewhere."""
    lists = [block for top in blocks for block in top.walk() if block.kind == "list"]
    given = {
        item.start: found
        for block in lists
        for item in block.children
        if (found := title_then_where(item)) is not None
        and _event_place(found[1])
        and not _part_taken(found[0], item)
    }
    linked = sum(1 for title, _ in given.values() if "\x00" in title)
    if len(given) < _LEAST or linked * 2 < len(given):
        given = {}  # "- Added dark mode - HarborCamp release": a changelog's lines link nothing
    under_talks = _lists_under_talks(blocks)
    dated = _dated_items(under_talks) | _dated_first(under_talks) | _when_after(under_talks)
    return given | _where_first(lists, label) | dated


_TITLE_WHERE_YEAR = lazy(
    r"(?P<title>[^\x00]*?[^\s\x00])\s+[-–—]\s+(?P<where>[^\x00\-–—|:\[\]]{2,60}?)"
    r"\s*[-–—,]\s*(?P<year>(?:19|20)\d{2})\.?"
)
"""A title, a dash between blanks, where, then the year (``Title (guest speaker) – Avisi,
Arnhem - 2031``), linking nothing."""


_WRITTEN_TOO = lazy(
    r"\b(?:research|papers?|publications?|articles?|writings?|books?|posts?|press)\b", re.I
)
"""Words of a heading that lists writings beside talks (``Research & Talks``)."""


def _lists_under_talks(blocks: Iterable[Block]) -> list[Block]:
    """The lists whose nearest heading says talks given (``## Presentations``), or that no
    heading stands over (the page's title says it), maybe under a heading between that only
    says when (``## 2031``, ``## Upcoming``): a CV's ``## Experience`` is none."""
    lists: list[Block] = []
    said = True  # what the nearest heading that says what is under it says
    for top in blocks:
        if top.kind == "heading":
            words = clean_text(top.inline.visible()) if top.inline else ""
            if _WHEN_ONLY.fullmatch(words.strip()):
                continue  # "## 2031", "## Upcoming": when, in the chapter above (## Experience)
            said = says_talks_given(words) and not _WRITTEN_TOO.search(words)
        elif said:
            lists += [block for block in top.walk() if block.kind == "list"]
    return lists


_WHEN_ONLY = lazy(
    r"(?:19|20)\d{2}|upcoming|past|recent|coming\s+soon|em\s+breve|próxim[oa]s|anteriores|"
    r"passad[oa]s|à\s+venir|passés|kommende|vergangene|demnächst",
    re.I,
)
"""A heading that only says when (``2031``, ``Upcoming``, ``Em breve``)."""


def _dated_items(lists: list[Block]) -> dict[int, Given]:
    """The items of each list that most of its items, three or more, write as a title, a
    dash, where and the year, none of them linked (a speaker's own list of talks given,
    ``- Queues at Scale – Harbor Days, Oslo - 2031``); none elsewhere."""
    found: dict[int, Given] = {}
    for block in lists:
        dated = {
            item.start: given
            for item in block.children
            if (given := title_then_where(item, _TITLE_WHERE_YEAR)) is not None
            and not _names_someone(given[1])
            and not is_role(given[0])  # "Staff Engineer – Acme, Oslo - 2031": a job's
        }
        if len(dated) >= _LEAST and len(dated) * 3 >= len(block.children) * 2:
            found |= dated
    return found


def _dated_first(lists: list[Block]) -> dict[int, Given]:
    """The items of the lists, three or more together, that each give the month or the day
    first, then the title, a comma and where it was given (``- 2031-05: Quiet Queues (with
    Ann Lee), Harbor Barcamp, Oslo``): a speaker's own list of talks, her co-speakers said
    with (``mit``, ``avec``…); the title ends at the first comma outside its link, where is
    the rest. Where most of those name no one there, one that reads as a name is where too
    (``Harbor Stammtisch``); none where fewer items are written so."""
    found = {
        start: (title, where)
        for start, (title, where, _) in _given_lines(lists, _DATED_FIRST).items()
    }
    named = {start for start, (_, where) in found.items() if _names_someone(where)}
    if len(found) - len(named) < _LEAST:
        return {}  # "- 2031-05: Title, Ann Lee": a meetup's archive, its speakers
    if len(named) * 3 > len(found):
        return {start: given for start, given in found.items() if start not in named}
    return found


def _when_after(lists: list[Block]) -> dict[int, Given]:
    """The items of the lists, three or more together, that give a linked title, a dash,
    what it was, then the place and the month in parentheses or brackets (``- [Title](…) -
    Workshop for students (Oslo - May 2031)``, ``… - Harbor Days [Lisbon - June 2030]``):
    a speaker's own list of talks, what was said after the title the event's or the talk's
    words, no one's; an event's own item (``[Rust Night #4](…)``, ``[Spring Social](…)``)
    is none. None where fewer items are written so."""
    found = {
        start: (title, where)
        for start, (title, where, shown) in _given_lines(lists, _WHEN_AFTER).items()
        if talk_kind(shown)[0] != "talk" or not _names_its_event(shown)
    }
    return found if len(found) >= _LEAST else {}


def _names_its_event(title: str) -> bool:
    """Whether an item's title names an event, no talk (``Rust Night #4``, ``Spring
    Social``, ``Harbor Days``)."""
    return bool(
        names_talks_event(title) or NUMBERED_EVENT.search(title) or BREAK_WORD.search(title)
    )


def _given_lines(lists: list[Block], pattern: re.Pattern[str]) -> dict[int, tuple[str, str, str]]:
    """The items of the lists whose first line (its lines joined, footnotes' marks left
    out) ``pattern`` reads as a title and where it was given, a talk's (:func:`_given_there`):
    the title as written, where, and the title's words as shown."""
    found: dict[int, tuple[str, str, str]] = {}
    for block in lists:
        for item in block.children:
            first = item.children[0] if item.children else None
            inline = first.inline if first is not None and first.kind == "paragraph" else None
            if inline is None:
                continue
            text = " ".join(_NOTE_MARK.sub("", without_marks(inline.text)).split())
            read = pattern.fullmatch(text)
            shown = clean_text(inline.visible(read["title"])) if read is not None else ""
            if read is not None and _given_there(shown, read["where"]):
                found[item.start] = (read["title"], read["where"], shown)
    return found


_WHEN_AFTER = lazy(
    r"(?P<title>\x00\d+\x00)\s+[-–—]\s+(?P<where>[^\x00]*?[^\s\x00])\s*"
    r"[(\[]\s*[^()\[\]\x00]{2,40}?\s+[-–—]\s+"
    rf"(?:{MONTHS})\.?\s+(?:19|20)\d{{2}}\s*[)\]]\s*\.?",
    re.I,
)
"""A linked title, a dash, what it was, then the place and the month in parentheses or in
brackets (``(São Paulo - Agosto 2031)``)."""


def _given_there(shown: str, where: str) -> bool:
    """Whether a dated line's title (its words as shown) and where may be a talk's: where
    names a place or an event in capitals, or says it was given from afar (``remote``; not
    ``on the blog``, ``faster builds``), and says no part taken there (``Organised the whole event``); the
    title is no job, no change to a work (``Added live demo``), no release (``Lantern
    2.0``), and, short, names no part taken there but speaking (``Organizer``, ``Program
    committee``, ``Attended``)."""
    capitals = any(word[:1].isupper() for word in where.split())
    if not capitals and not _AWAY.fullmatch(where.strip(" .")):
        return False
    if _TAKEN_PART.search(where):
        return False  # "- Meetup I host every month (Oslo - June 2031)": hers to run
    if PART_TAKEN_FIRST.match(shown) or is_role(shown) or _CHANGED.match(shown):
        return False  # "Coordinator of the Harbor track": her part, however long
    if _RELEASED.fullmatch(shown):
        return False  # "Lantern 2.0": a release
    return len(shown.split()) > _PART_WORDS or not _PART_TAKEN.search(shown)


_TAKEN_PART = lazy(
    r"\b(?:I\s+(?:host|run|organi[sz]e|mentor|co-?organi[sz]e)|organi[sz]ed|hosted|mentoring|"
    r"jury|judging|volunteering)\b",
    re.I,
)
"""Words after a title that say its event was the author's to run or to help at, no talk."""
_CHANGED = lazy(
    r"(?:added|updated|shortened|extended|fixed|removed|renamed|rewrote|released|changed|"
    r"first\s+draft)\b",
    re.I,
)
"""A change to a work, as a changelog writes it (``Added live demo``): no talk."""
_RELEASED = lazy(r"(?:\S+\s+){0,2}v?\d+\.\d+(?:\.\d+)?")
"""A product's name and its version (``Lantern 2.0``): a release, no talk."""


def _part_taken(title: str, item: Block) -> bool:
    """Whether an item's title opens with a part its speaker took there but speaking
    (``[Coordinator of the data track](…) - Harbor Days``)."""
    inline = item.children[0].inline if item.children else None
    return inline is not None and bool(PART_TAKEN_FIRST.match(clean_text(inline.visible(title))))


_AWAY = lazy(r"remote|online|virtual|remoto|en\s+ligne|en\s+línea", re.I)
"""A talk given from afar, where (``…, remote``)."""
_PART_TAKEN = lazy(
    r"\b(?:organi[sz](?:er|ing)|committee|moderat(?:or|ed|ing)|attend(?:ed|ee|ing)|"
    r"volunteer(?:ed|ing)?|sponsor(?:ed|ing)?|booth|host(?:ed|ing)?|chair(?:ed)?|judge|jury|"
    r"mentor(?:ed|ing)?|emcee|mc)\b",
    re.I,
)
"""Words of a part someone took at an event but speaking (``Keynote moderator``)."""
_PART_WORDS = 4
"""The most words of a line that names such a part."""


_DATED_FIRST = lazy(
    r"(?:19|20)\d{2}(?:-\d{1,2}){1,2}\s*:\s+"
    r"(?P<title>(?:\x00\d+\x00|[^,\x00(]+?)(?:\s*\x00\d+\x00)*"
    rf"(?:\s*\((?:{WITH_WORDS})\s[^()]+\))?)"
    r"\s*,\s*(?P<where>[^\x00]*[^\s.\x00])[\s.]*"
)
"""A month or a day (``2031-05``, ``2031-05-02``), a colon, the title (one link, or words
to the first comma), footnotes' marks, co-speakers in parentheses, a comma, then where."""
_NOTE_MARK = lazy(r"\[\^[\w-]{1,30}\]")
"""A footnote's mark left as written where no note defines it (``Title[^2]``)."""


def _names_someone(where: str) -> bool:
    """Whether where a talk was given opens with a person's name in full (``Ann Lee,
    Harbor Days``): a byline (not ``Lumen College, Harbor City``)."""
    return one_person_in_full(where.split(",")[0].strip())


def _where_first(lists: list[Block], label: Callable[[str], object]) -> dict[int, Given]:
    """The items that name where, a colon, then the linked title (``Harbor Meetup:
    [Title](deck)``): where the page's lists hold three such items or more, one of them
    names an event by its words (not its hosts: ``Harbor Meetup Team:``) and another does
    too or the same words open two of them (``Devoxx France:`` twice), the items of each
    list with one such opener; none elsewhere (``Ann Lee: [Title](deck)``, a speaker's line
    twice; ``Slides:`` a ``label``'s; ``Keynote:`` a kind's)."""
    opened = [_opened(block, label) for block in lists]
    parts = [part for items in opened for _, found in items for part in _parts(found[1])]
    places = Counter(part.casefold() for part in parts)
    worded = {p.casefold() for p in parts if _event_place(p) and not GROUP_END.search(p)}
    again = {place for place, count in places.items() if count > 1}
    if places.total() < _LEAST or not worded or len(worded) + len(again - worded) < 2:
        return {}
    marked = worded | again
    return {
        start: found
        for items in opened
        if any(not marked.isdisjoint(map(str.casefold, _parts(found[1]))) for _, found in items)
        for start, found in items
    }


def _opened(block: Block, label: Callable[[str], object]) -> list[tuple[int, Given]]:
    """A list's items that open with words, a colon and the linked title, those words no
    label's (``Slides:``) nor a kind's (``Keynote:``)."""
    return [
        (item.start, found)
        for item in block.children
        if (found := title_then_where(item, _WHERE_THEN_TITLE)) is not None
        and not label(f"{found[1]}: ")
        and found[1].casefold() not in KIND_WORDS
    ]


def _parts(where: str) -> list[str]:
    """The events an opener names (``Devoxx France / Sunny Tech``: two)."""
    return [part.strip() for part in where.split(" / ")]
