"""A line of names in a talk's text, under its title: its speakers (``Ann Lee, Acme``,
``[Ann Lee](…) at Harbor Summit 2031``, ``By Ann Lee | Harbor Conf 2024``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .affiliations import affiliation_orgs, holds_org_acronym, named_then_affiliation
from .at_events import names_event
from .blocks import Block
from .bylines import at_where
from .fields import Fields, People, event_with_year, given_at
from .han_people import han_name_then_work
from .inline import ONE_SLOT, SLOT, Inline
from .labels import DATE_ENDS, LEADING_DATE, YEAR, is_date
from .model import Party
from .names import EVENT_NAME, clean_text, is_org_name, looks_like_name
from .patterns import lazy
from .people_links import profile_link
from .people_text import BY_PREFIX
from .profiles import is_profile_url
from .providers import find, url_parts
from .titles import TitleReader

_LINK_FIRST = lazy(r"\s*\x00(\d+)\x00\s*[-–—|]\s")
"""A line that opens with a link, then a dash (``[Title](…) - Ann Lee``)."""


def _title_link_first(text: str, inline: Inline) -> bool:
    """Whether a line opens with a link that names no one, then a dash: a talk's line, its
    title first (``[Title](notes.txt) - Ann Lee``)."""
    first = _LINK_FIRST.match(text) if text.lstrip()[:1] == "\x00" else None
    if first is None:
        return False
    words = clean_text(inline.links[int(first[1])].text)
    # "[Harbor Conf 2031](…) - Ann Lee", "[Mar 2031](…) - Ann Lee": where or when, then who
    return not (looks_like_name(words) or names_event(words))


_NAMES_THEN_AFFILIATION = lazy(
    r"(?P<names>[^—–\x00]{3,80}?)\s+(?P<dash>——|[—–])\s+(?P<rest>[^—–\x00]{2,160})"
)
"""Names, an em or en dash (doubled, as Chinese writes it), then what they do and where
(``Ann Lee — CTO, Acme``, ``Ann Lee —— Founder of the Harbor group``)."""

_WHEN_AFTER = lazy(
    r"\s+(?:--?|[–—|])\s+(?P<when>[^\x00()|–—]{3,60}?)(?:\s*\([^\x00()]{1,30}\))?\s*$"
)
"""A separator, then what may be when, maybe with a remark, at a line's end (``[Ann Lee](…)
(Acme) -- Thursday, May 5 @ 4 pm (virtual)``)."""

_AT_TIME = lazy(
    r",?\s*(?:@|at|,)?\s*(?:\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)$", re.I
)
"""A time of day after a day (``@ 4 pm``, ``at 16:00``, ``, 4:30pm``)."""

_DAY_NUMBER = lazy(r"(?<![\d:.])\d{1,2}(?![\d:])")
"""A day's number in a date (``May 5, 2031``; not ``1984`` nor ``March 2031``)."""


def _profiled(party: Party) -> bool:
    """Whether a person is linked to a profile of hers (an encyclopedia's article names an
    author, a director: no speaker)."""
    url = party.url or ""
    return is_profile_url(url) and not url_parts(url).host.endswith("wikipedia.org")


def _event_then_when(text: str) -> bool:
    """Whether ``text`` is an event's name, capitalised, maybe with its edition, then maybe
    when (``Harbor Conf 3.0, May 2031``, ``_Lumen Summit_``)."""
    name, *when = (part.strip(" _*") for part in text.split(","))
    words = name.split()
    return (
        0 < len(words) <= _EVENT_WORDS_MOST
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
        and bool(EVENT_NAME.search(name))
        and all(is_date(w) or YEAR.fullmatch(w) for w in when)
    )


_EVENT_WORDS_MOST = 6
"""The most words of an event's name after a line's names."""


def _without_day_after(names: str) -> str | None:
    """A line of names without the day after them, and its time and a remark (``[Ann
    Lee](…) (Acme) -- Thursday, May 5 @ 4 pm (virtual)``); ``None`` where no day ends it
    (a year alone, ``George Orwell - 1984``, names a work)."""
    if not any(mark in names for mark in "-–—|"):
        return None  # (most lines: no separator before a day)
    when = _WHEN_AFTER.search(names)
    day = _AT_TIME.sub("", when["when"]) if when else ""
    return names[: when.start()] if when and is_date(day) and _DAY_NUMBER.search(day) else None


def _bare_names(names: str) -> str:
    """A line of names without the date before them (``May 2031 - Ann Lee``: when; none
    after a date and a comma, ``May 10, 2031, San Francisco``: where) or the
    parentheses around them (``(with Ann Lee and [Bo Lind](…)),``: co-speakers)."""
    dated = names.lstrip()[:1].isalnum() and any(mark in names for mark in DATE_ENDS)
    date = LEADING_DATE.match(names) if dated else None
    if date and date[0].rstrip().endswith(","):
        return ""  # "May 10, 2031, San Francisco": when, then where
    names = names[date.end() :] if date else names
    inner = names.strip(" ,.")
    if inner[:1] == "(" and inner[-1:] == ")" and inner.count("(") == 1 == inner.count(")"):
        return inner[1:-1]
    return names


_SHORT_LINE = 8
"""The most words of a line under a talk's title that tells nothing of it yet (``May 2,
2031``, ``Meetup page for this session``)."""


def _told(fields: Fields) -> bool:
    """Whether a talk's text has begun: a sentence, or a line of more words than a day's or
    a link's."""
    return any(
        len(line.split()) > _SHORT_LINE or line.rstrip()[-1:] in ".!?" for line in fields.abstract
    )


_REMARKS = lazy(r"(?:\s*\([^()]*\))*\s*")
"""Remarks in parentheses, and nothing more (``(Acme) (remote)``)."""


_SHORT_YEAR = lazy(r"['’]\d\d\b")
"""A year's last two digits after an apostrophe (``Harbor Next '17``)."""
_EVENT_DAY_PEOPLE = 3
"""The parts of a line that gives where, when and who, apart by bars."""


class SpeakerLineReader(TitleReader):
    """Reads the speakers a line or a paragraph of names under a talk's title gives."""

    lone_item = False
    """Whether the list item read now is alone in its list (a person's line under a talk's
    heading: :meth:`people_item`; in a list of more, the list tells)."""
    page_lists: tuple[Block, ...] = ()
    """The lists of the page being read (:meth:`note_people_lists`)."""
    lists_read: dict[Block, tuple[list[tuple[People, Inline]], bool] | None] | None = None
    """What :meth:`_list_people` gave each list of the page asked about, read once (set
    anew for each page)."""

    def speaker_card(self, inline: Inline, fields: Fields) -> bool:
        """A paragraph under a talk's title, before its abstract (after its day or its page,
        maybe: :func:`_told`), that is one person's name
        in full, in emphasis or bold, maybe over where she works (``*Ann Lee*<br>Staff
        Engineer, Acme Inc.``, a conference program's card of her): a speaker, and her
        organization; one paragraph each."""
        if not (inline.emphasis or inline.strong) or _told(fields):
            return False  # (most paragraphs: no name in emphasis)
        lines = [(n, text) for n, text in inline.lines() if text.strip()]  # "<br>" and "\n"
        if len(lines) > 2:
            return False
        name = clean_text(inline.visible(lines[0][1]))
        if name not in {clean_text(run) for run in (*inline.emphasis, *inline.strong)}:
            return False
        named = self.only_names(lines[0][1], inline)
        if not named or named[1] or len(named[0]) != 1 or named[0][0].name != name:
            return False  # "*May 10, 2031, San Francisco*": when and where
        if not named[0][0].in_full:
            return False
        work = clean_text(inline.visible(lines[1][1])) if len(lines) == 2 else ""
        if len(work.split()) > _SHORT_LINE:
            return False  # "*Ann Lee*<br>wrote the book on queues we all read": no card
        orgs = affiliation_orgs(work) or ()  # maybe her role alone
        fields.name_speakers(named[0], orgs, "person")
        return True

    def people_item(self, text: str, inline: Inline) -> People | None:
        """The people of an item's line that names them and links their material, and
        nothing more (``Ann Lee (Acme University) ([slides](…))``, ``[Ann Lee](profile)
        ([slides](…))``): no talk's title, but the speakers of the talk it stands under. Each
        is named in full and either linked to a profile or given an organization by its words
        (a university, an institute, an acronym: ``Disks Are Fine (Harbor)`` names no one)."""
        return self._placed_people(self.without_media_links(text, inline), inline)

    def _placed_people(self, words: str, inline: Inline) -> People | None:
        """:meth:`people_item` on a line's ``words`` without its media links."""
        named = self.only_names(words, inline)
        if named is None or not named[0]:
            return None
        speakers, orgs = named
        own = {p.url for p in speakers} | {o.url for o in orgs if o.url and not find(o.url)}
        if any(inline.links[int(n)].href not in own for n in SLOT.findall(words)):
            return None  # "[Title](video) - [Ann Lee](profile)": a talk's line, titled
        linked = all(p.url and profile_link(p.name, p.url) for p in speakers)
        placed = bool(orgs) and all(is_org_name(o.name) or holds_org_acronym(o.name) for o in orgs)
        in_full = all(" " in p.name for p in speakers)
        return named if in_full and (linked or placed) else None

    def listed_people(self, block: Block) -> list[tuple[People, Inline]] | None:
        """The people of a list of two or more whose items each name people and nothing
        more but their material, with each item's line: a linked name (``- [Ann Lee](…)``),
        people and their material (:meth:`people_item`) or, where half of the items or more
        name one person so, or the page has two lists of people or more (:meth:`
        note_people_lists`), a name in full and remarks (``- Coline Lind (Enterome)
        ([slides](…))``: her organization in words no reader can tell)."""
        read = self._list_read(block)
        if read is None:
            return None
        named, sure = read
        # "- Coline Lind (Enterome) ([slides](…))" on a page of two such lists or more
        return named if sure or self._sure_lists(block) >= 2 else None

    def note_people_lists(self, blocks: Iterable[Block]) -> None:
        """Note the lists of a page (its top ``blocks``), each read as people's when first
        asked: the page's way, whatever the order of its parts."""
        self.page_lists = tuple(b for top in blocks for b in top.walk() if b.kind == "list")
        self.lists_read = {}

    def _list_read(self, block: Block) -> tuple[list[tuple[People, Inline]], bool] | None:
        """:meth:`_list_people`, once per list of the page."""
        noted = self.lists_read
        if noted is None:
            return self._list_people(block)
        if block not in noted:
            noted[block] = self._list_people(block)
        return noted[block]

    def _sure_lists(self, block: Block) -> int:
        """How many lists of the page but ``block`` surely name people."""
        reads = (self._list_read(b) for b in self.page_lists if b is not block)
        return sum(1 for read in reads if read is not None and read[1])

    def _list_people(self, block: Block) -> tuple[list[tuple[People, Inline]], bool] | None:
        """The people of a list's items (:meth:`listed_people`), and whether half of its
        items or more name one person surely."""
        items = block.children if block.kind == "list" else []
        if len(items) < 2:
            return None
        named: list[tuple[People, Inline]] = []
        sure = 0
        for item in items:
            first = item.children[0] if len(item.children) == 1 else None
            inline = first.inline if first is not None and first.kind == "paragraph" else None
            if inline is None:
                return None
            words = self.without_media_links(inline.text, inline)
            alone = ONE_SLOT.fullmatch(inline.text)  # "- [Ann Lee](…)" and nothing else
            # "- [Ann Lee](…)" read as names; any other line, as placed (a lone link whose
            # names fail is no one's: without its media link, it names no one either)
            people = (
                self.only_names(inline.text, inline)
                if alone
                else self._placed_people(words, inline)
            )
            if people is not None:
                sure += len(people[0]) == 1
            elif (people := self._person_first(words, inline)) is None:
                return None
            named.append((people, inline))
        return named, sure * 2 >= len(named)

    def _person_first(self, words: str, inline: Inline) -> People | None:
        """A line (its ``words`` without media links) that opens with a person's name in
        full, then only remarks in parentheses (``Coline Lind (Enterome) ([slides](…))``),
        her organization the first."""
        visible = clean_text(inline.visible(words))
        name, _, rest = visible.partition(" (")
        if len(name.split()) < 2 or not looks_like_name(name) or is_org_name(name, self.known_orgs):
            return None
        where, _, tail = rest.partition(")")
        if not _REMARKS.fullmatch(tail):
            return None  # "Ann Lee (Acme) on parsers": her title follows
        where = where.strip()
        orgs = affiliation_orgs(where) if where else ()
        return (Party(name),), orgs or ((Party(where),) if where else ())

    def names_line(self, text: str, inline: Inline, fields: Fields) -> bool:
        """A first line of text that is only full names (maybe then ``at`` and the event):
        the speakers (and the next such lines, each her co-speakers)."""
        if fields.prose != fields.named_lines + 1 or (fields.speakers and not fields.named_lines):
            return False
        if self.page_talks and "，" in text and (bio := han_name_then_work(inline.visible(text))):
            fields.add_people(*bio)  # "Guillaume Gomez，华为工程师，…" opening a talk's body
            return True
        names = self.without_media_links(text, inline)
        if _title_link_first(names, inline):
            return False  # "[Title](notes.txt) - Ann Lee": a talk's line, its title first
        # "May 2031 - Ann Lee", "(with Ann Lee and Bo Lind),"
        undated = self._names_before_day(_bare_names(names), inline)
        if undated is None:
            return False
        names = undated
        if names.lstrip().startswith(("@ ", "at ")):
            fields.evidence.add("event")  # "@ Harbor Conf London ([recording](…))": where
            return True
        named = self._line_people(names, inline, fields)
        if not named:
            # "[Ann Lee](profile), Harbor Conf 3.0": her talk's, once the unit is a talk on
            # its own evidence (an award's winner, a photo's author are written so too)
            fields.attributed = fields.attributed or self._attributed(names, inline)
            return False
        speakers, orgs = named
        if not all(p.in_full for p in speakers):  # full names, not "Queues."
            return False
        events = [o for o in orgs if YEAR.search(o.name)]  # "by Ann Lee, [Harbor Conf 2019](…)"
        fields.add_people(speakers, [o for o in orgs if o not in events])
        fields.named_lines += 1
        fields.explicit = True
        fields.by = fields.by or bool(BY_PREFIX.match(names.lstrip()))
        given_at(fields, [event.name for event in events])
        return True

    def _names_before_day(self, names: str, inline: Inline) -> str | None:
        """A line's names without the day after them, where each is named with her own link
        (``[Ann Lee](…) (Acme) -- Thursday, May 5 @ 4 pm``); ``None`` where they are not
        (a post's ``By Ann Lee | May 5, 2031``, a place's ``Oslo - May 5`` name no speaker);
        the line as it is where no day follows."""
        undated = _without_day_after(names)
        if undated is None:
            return names
        named = None if BY_PREFIX.match(undated.lstrip()) else self.only_names(undated, inline)
        if not named or not all(p.url for p in named[0]):
            return None
        return undated

    def _line_people(self, names: str, inline: Inline, fields: Fields) -> People | None:
        """The people a names line gives: before a dash and their affiliation, as names,
        at an event, or in a byline then the event; none where what follows a dash would be
        more speakers (``Ann Lee — Ford Motor Company``: no speaker, for sure)."""
        dashed = _NAMES_THEN_AFFILIATION.fullmatch(names) if "—" in names or "–" in names else None
        if dashed and dashed["dash"] == "——" and not self.page_talks:
            return None  # "**Ann Lee** —— Founder" under "### 核心成员": a team's page
        before = self.only_names(dashed["names"], inline) if dashed else None
        named = named_then_affiliation(dashed, before) if dashed else None
        named = named or self.only_names(names, inline, roles=True) or self._named_at(names, inline)
        named = named or self._by_at_event(names, inline, fields)
        if named and dashed and (before is None or len(named[0]) != len(before[0])):
            return None
        return named

    def _by_at_event(self, names: str, inline: Inline, fields: Fields) -> People | None:
        """``By Ann Lee & Bo Lind | Harbor Conf 2024``: the speakers, then where they spoke
        (a post's ``By Ann Lee | March 3, 2024`` names its author)."""
        if not BY_PREFIX.match(names.lstrip()) or " | " not in names:
            return None
        names, _, event = names.partition(" | ")
        named = self.only_names(names, inline) if event_with_year(event) else None
        if named:
            given_at(fields, [event])
        return named

    def _attributed(self, names: str, inline: Inline) -> People | None:
        """The people a line names as the talk's, where it is a talk on its own evidence
        (:meth:`_linked_then_event`, :meth:`_event_day_people`)."""
        return self._linked_then_event(names, inline) or self._event_day_people(names, inline)

    def _event_day_people(self, names: str, inline: Inline) -> People | None:
        """``Harbor Days 2031 | May 3, 2031 | Ann Lee (Acme), Bo Lind (Lumen)``: where, when,
        then who, apart by bars; the people each named in full, last, on a page that says
        talks, where the first names an event (by its words or its year): the talk's people,
        once the unit is a talk on its own evidence (a post's, a book's, a record's, a
        vlog's line is written so too: ``Engineering | May 3, 2031 | Ann Lee``)."""
        parts = names.split(" | ") if " | " in names and self.page_talks else []
        if len(parts) < _EVENT_DAY_PEOPLE or not any(is_date(p.strip(" *_")) for p in parts):
            return None
        where = clean_text(inline.visible(parts[0]))
        if not (names_event(where) or YEAR.search(where) or _SHORT_YEAR.search(where)):
            return None  # "Vlog | May 2, 2031 | Ava Stone", "Season 3 | …": no event
        named = self.only_names(parts[-1], inline)
        return named if named and all(p.in_full for p in named[0]) else None

    def _linked_then_event(self, names: str, inline: Inline) -> People | None:
        """``[Ann Lee](profile), Harbor Conf 3.0, May 2031``: people each linked to a
        profile, then after a comma the event they spoke at, by its name (maybe then when);
        not a year alone, a date, or a clause that mentions one (``attendee of Lumen Summit
        2031``, a book's author and its year)."""
        if not names.lstrip().startswith("\x00"):
            return None  # (most lines: no link first, so no linked name)
        for cut in reversed([i for i, c in enumerate(names) if c == ","]):
            where = names[cut + 1 :]
            if "\x00" in where or not _event_then_when(where):
                continue
            named = self.only_names(names[:cut], inline)
            if named and not named[1] and all(map(_profiled, named[0])):
                return named
        return None

    def _named_at(self, names: str, inline: Inline) -> People | None:
        """``Ann Lee at Harbor Summit 2021``, ``[Ann Lee](her site) at Build Night.``: the
        people, then where they spoke (linked names, at an event or a place's name; not
        ``at Acme explores how …``, where she works)."""
        where = at_where(names)
        if where is None:
            return None
        at = names[where.start() :]
        head, comma, day = at.rpartition(",")
        if comma and is_date(day.strip(" .")):
            at = head  # "Ann Lee at [Harbor Days](…), 7 July 2031": where, then when
        place = at.strip(" .").partition(" ")[2]
        speaking = "\x00" in names and (names_event(at) or looks_like_name(place))
        group = ONE_SLOT.fullmatch(place)
        link = inline.links[int(group[1])] if group else None
        if link is not None and is_profile_url(link.href):
            account = clean_text(link.text)
            if account and " " not in account:  # "[Ann Lee](…) at [HarborGophers](…)": a
                return self.only_names(names[: where.start()], inline)  # group's account
        return self.names_at(names[: where.start()], at, inline, speaking=speaking)
