"""Which of a page's units are talks: the evidence of each unit, weighed beside the units
around it (:mod:`~mkdocs_roundup.units` finds the units).

Strong evidence (media, a profile link, a label) makes a talk; weak evidence (names in a
speaker's place, a title given at an event) counts beside strong units of the same form; a
list that puts its speakers first is read so throughout; a talk the page gives twice is read
once; a list of people and what they do is no list of talks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from .beside import LISTED as _LISTED
from .body import Reader
from .event_lists import named_under_event
from .fields import LENGTH, Fields, Piece
from .given_at import recorded_at
from .han_people import han_family_named
from .labels import AGENDA_BREAK, LANGUAGES, PROGRAM_PARTS, SLOT_AFTER_WORD, YEAR
from .line_marks import without_bullet
from .link_targets import is_post
from .names import is_role, looks_like_name
from .names_alike import listed, naming, speakers_spelled_out
from .no_talk import person_entry, says_no_talk
from .patterns import lazy
from .program_entries import names_talks_event
from .providers import PROVIDER_NAMES
from .repeats import repeats
from .section_labels import names_talks
from .sentence_lines import SENTENCES
from .talk_kinds import KIND_WORDS

if TYPE_CHECKING:
    from .blocks import Block
    from .unit import Reading, Unit

NOT_TALK = frozenset({"not-talk", "no-talk", "roundup-skip"})
"""``attr_list`` classes that mark a unit as no talk."""
TALK = frozenset({"talk", "roundup-talk"})
"""``attr_list`` classes that mark a unit as a talk."""
_TALK_EVIDENCE = frozenset(
    {"media", "label", "kind", "event", "dated", "session", "series", LENGTH}
)
_PROGRAM_PART = lazy(rf"(?:{PROGRAM_PARTS}|morning|afternoon)\b", re.I)
"""A section of a program: a day, a track, a room, a half day."""
_BYLINES_BESIDE = 2
"""How many items beside one, at least, name their speakers in full after ``by`` for its
surnames there to be its speakers."""


class Weighing:
    """The decisions of :class:`~mkdocs_roundup.units` over the units it found."""

    reader: Reader
    reading: Reading
    forced: str | None
    """A unit the author named (``roundup: {talks: h2}``)."""
    trusted: bool
    """Whether the author said the page is a roundup (weak evidence is enough)."""
    words: dict[Block, str]
    """Each heading's words, as a reader sees them."""
    title: str
    """The page's own title (its front matter's)."""
    named_forms: frozenset[tuple[bool, bool, bool, bool]] = frozenset()
    """How the page's items that name their speakers in full with evidence of their own
    name them, three or more alike (:func:`named_forms`)."""

    def talk_list(self, units: list[Unit]) -> list[Unit]:
        """A list of talks shows some talk's material, or names something a talk: a list of
        people and what they do ("- [Ann Lee](…): Engineering lead") is no list of talks.
        (Headings that each give a title and its speaker are: "## Title, Ann Lee".) A byline
        with the speaker's role says so in a program's part only ("## Day 1": a list of
        posts by their authors gives their roles too)."""
        if self.trusted or self.forced or not units:
            return units
        if any(_talk_evidence(u) or u.form == "heading" for u in units):
            return units
        if self._bylines_of_talks(units):
            return units
        self.reading.notes.append(
            (units[0].start, "people and their words only, no talk's material; left as written")
        )
        return []

    def page_says_talks(self, *, given: bool = False) -> bool:
        """Whether the page says it is about talks (see :class:`~mkdocs_roundup.units`)."""
        raise NotImplementedError

    def _bylines_of_talks(self, units: list[Unit]) -> bool:
        """Whether every item gives a title, then ``by`` and its speakers in full, each
        linked to her profile or her site (``- NodeBots by [Ann Lee](https://twitter.com/…)``),
        three items or more, on a page whose title or headings say it lists talks given
        (``Lightning Talks 7``): its talks, each marked so. Posts and books are listed with
        their authors too, but under their own links, on pages that say no talks."""
        items = listed(units)
        if len(items) < _QUOTED_ITEMS or len(items) < len(units):
            return False
        if not all(_profiled_byline(u.fields) for u in items):
            return False
        if not self.page_says_talks(given=True):
            return False
        for unit in items:
            unit.fields.evidence.add("series")  # one of the list's talks, by its shape
        return True

    def strong_enough(
        self, units: list[Unit], named_items: bool, *, affiliated: bool = False, heading: str = ""
    ) -> list[Unit]:
        """A list item needs strong evidence of its own (names alone, in an item, are no
        talk: "- The Cluster API provider (CAPI)"), unless items beside it have it and it
        names its speakers in full as they do (``named_items``: as the page's strong items
        do, in parentheses; ``affiliated``: as two strong items of the page or more do,
        ``"Title" - Ann Lee (Acme)``, under a section's heading, ``### May 11, 2031``); a line with no heading needs it too, unless lines beside it
        have it, and so does a paragraph that names its speakers in full as they do (``[**Ann
        Lee**](site) - **Title**`` beside the same line linking a profile). Dated items that each name their speakers in full, then the title (``2014-01-30:
        Ann Lee - Title``), three or more, are a meetup's archive; so are items that each
        name their speakers in full in parentheses, three or more, under a ``heading`` (its
        words) that names a conference or says talks (:mod:`~mkdocs_roundup.event_lists`)."""
        if self.trusted or not units:
            return units
        strong_lines = any(u.form == "line" and u.fields.strong for u in units)
        strong_items = [u.fields for u in listed(units) if u.fields.strong]
        read_again = self._one_word_names(units, strong_items, named_items)
        read_again |= self._by_surnames(units, strong_items)
        alone = len(listed(units)) == 1
        series = _archive_series(units, self.page_says_talks)
        quoted = self._quoted_items(units) if not strong_items else set()
        quoted |= named_under_event(units, heading)
        return [
            u
            for u in units
            if u.fields.strong
            or id(u) in read_again
            or id(u) in quoted
            or (
                u.form in _LISTED
                and self._item_beside(
                    u, strong_items, named_items, affiliated, alone=alone, series=series
                )
            )
            or (u.form == "line" and strong_lines)
            or (u.form == "paragraph" and strong_lines and speakers_spelled_out(u))
            or u.form == "row"
        ]

    def _quoted_items(self, units: list[Unit]) -> set[int]:
        """The items, by ``id``, that give a title in quotes, then their speakers in full
        (``"Firebase" - Tomasz Gawron``, ``"Title" by Ann Lee``), three or more, nested under
        items that name their groups (``* GDG Rzeszów #4 - Firebase Day``), on a page whose
        title or headings say it lists talks given (``Prezentacje``): quotes, books or songs
        are listed so too, but not each under the meeting they were given at."""
        quoted = [
            u
            for u in listed(units)
            if u.fields.quoted and speakers_spelled_out(u) and u.section is not None
        ]
        if len(quoted) < _QUOTED_ITEMS or not self.page_says_talks(given=True):
            return set()
        for unit in quoted:
            unit.fields.evidence.add("series")  # one of the list's talks, by its shape
        return {id(u) for u in quoted}

    def _one_word_names(
        self, units: list[Unit], strong_items: list[Fields], named_items: bool
    ) -> set[int]:
        """The items read again with one-word names in parentheses as speakers, where
        strong items beside them, or elsewhere on the page (``named_items``), name theirs
        in parentheses ("[Title](…) (Ann)" beside "[Title](…) (Bo Lind)"), by ``id``."""
        if not named_items and not any(f.in_parentheses for f in strong_items):
            return set()
        unnamed = [u for u in units if u.form == "item" and not u.fields.speakers]
        return {id(u) for u in unnamed if self.reader.take_one_word_names(u.fields)}

    def _by_surnames(self, units: list[Unit], strong_items: list[Fields]) -> set[int]:
        """The items read again with surnames alone after ``by`` as speakers, where two
        strong items beside them or more name theirs in full after ``by`` (``[Title](…)
        by Hewitt, Meijer and Szyperski`` beside ``[Title](…) by Ann Lee``), by ``id``."""
        bylines = sum(1 for f in strong_items if f.by and all(p.in_full for p in f.speakers))
        if bylines < _BYLINES_BESIDE:
            return set()
        kept = [u for u in units if u.form == "item" and u.fields.by_surnames is not None]
        return {id(u) for u in kept if self.reader.take_by_surnames(u.fields)}

    def _item_beside(
        self,
        unit: Unit,
        strong_items: list[Fields],
        named_items: bool,
        affiliated: bool,
        *,
        alone: bool = False,
        series: frozenset[tuple[bool, bool]] = frozenset(),
    ) -> bool:
        """Whether a weak item is given at an event beside strong items given so, naming no
        one as they do (:func:`_given_as_beside`), or names its speakers in full beside
        strong items, or in parentheses as the page's strong items do, or as a series of
        items beside it does (``series``: how they name theirs, :func:`_archive_series`; ``by
        Ann Lee, at [Harbor Meetup](…)``, no year, is one of them)."""
        if self.forced == "items":
            return True
        if AGENDA_BREAK.match(unit.fields.title) or _slot_named(unit.fields.title):
            return False  # "10:30 Closing remarks - Ann Lee" beside talks: a program's slot
        if _names_only(unit.fields) or links_post(unit):
            # "- Ann Lee, Bo Lind, Cy Moe" under a poster session: who, no talk; "- Trip
            # report by Ann Lee, on [Medium](…)": a post
            return False
        if _given_as_beside(unit.fields, strong_items) and self.page_says_talks(given=True):
            return True  # not on a page of a team's or a lab's doings at events
        return self._named_as_beside(unit, strong_items, named_items, affiliated, alone, series)

    def _named_as_beside(
        self,
        unit: Unit,
        strong_items: list[Fields],
        named_items: bool,
        affiliated: bool,
        alone: bool,
        series: frozenset[tuple[bool, bool]],
    ) -> bool:
        """Whether a weak item names its speakers as the items beside it do (see
        :meth:`_item_beside`)."""
        if strong_items and (speakers_spelled_out(unit) or unit.fields.explicit):
            return True
        if _naming_way(unit.fields) in series and speakers_spelled_out(unit):
            return True
        if affiliated and affiliated_item(unit, orgs=False) and speakers_spelled_out(unit):
            # '"Title" - Ann Lee (Acme)', '"Title" - Bo Lind', as strong items; not a role or
            # a notice written so ('Host - Ann Lee (Acme)', 'Summer break, no meetup - Bo')
            return not _NOTICE.search(unit.fields.title) and not is_role(unit.fields.title)
        if named_items and unit.fields.in_parentheses and speakers_spelled_out(unit):
            return True
        # "- **Title**" over "by Bo Lind", alone under its heading, where three items of the
        # page, each alone under its own, name theirs so and link their profiles
        return alone and speakers_spelled_out(unit) and naming(unit.fields) in self.named_forms

    def is_talk(self, fields: Fields, *, maybe: bool = False) -> bool:
        """Whether a unit's fields are a talk's (``maybe``: without evidence of its own)."""
        if not fields.title or not (fields.evidence or maybe or fields.classes & TALK):
            return False  # untitled, or no evidence and none asked for: no talk, whatever it says
        if fields.classes & NOT_TALK or says_no_talk(fields):
            return False
        if fields.classes & TALK:
            return bool(fields.title)
        if fields.work_item:
            return False  # "Faster startup - by Ann Lee ([#501](…/pull/501))": a changelog's
        if fields.paper and not (
            fields.explicit or {"kind", "dated"} & fields.evidence or _shows_more(fields)
        ):
            return False  # "#### Title" over its authors and "Paper: [x.pdf](…)": published
        if not fields.speakers and self.reader.only_label(fields.title) is not None:
            return False  # "- **Topic**" over the talks: a field's label, no talk's title
        if person_entry(fields):
            return False  # "### Ann Lee" over her role and links: a person's entry
        return bool(fields.title) and (bool(fields.evidence) or maybe)

    def not_media_lists(self, talks: list[Unit], headings: list[Block]) -> list[Unit]:
        """The talks, but those of a section that only lists videos or PDFs by their titles
        (a list of tutorials, a reading list), unless a heading, or the page's own title
        (``title: Conference Talks``), says they are talks."""
        if names_talks(self.title):
            return talks
        sections: dict[str | None, list[Unit]] = {}
        for unit in talks:
            sections.setdefault(unit.section, []).append(unit)
        bare = [
            unit
            for group in sections.values()
            if all(map(bare_media, group))
            and not self.said_talks(group, headings)
            and not self._given_at_events(group, headings)
            for unit in group
        ]
        if self.trusted or self.forced or len(bare) < 3:
            return talks
        for unit in bare:
            said = f"'{unit.fields.title}' is a video or a document that names no speaker, event or date"
            self.reading.notes.append((unit.start, f"{said}; left as written"))
        dropped = {id(u) for u in bare}
        return [u for u in talks if id(u) not in dropped]

    def listed_players(self, talks: list[Unit], headings: list[Block]) -> list[Unit]:
        """The talks, but the recordings over their fields (``* <youtube…> (28:30)`` over
        ``* "Title"`` and ``* Ann Lee, Acme``) where neither the page's title (its front
        matter's or its first heading) nor their section says talks or names a conference
        or a meetup (``KubeCon EU 2019``): screencasts, a festival day's songs, a film
        night's films are written so too."""
        first = self.words.get(headings[0], "") if headings else ""
        if _says_talks(self.title) or _says_talks(first):
            return talks
        kept = []
        for unit in talks:
            if "listed" not in unit.fields.evidence or _says_talks(unit.section or ""):
                kept.append(unit)
                continue
            said = f"'{unit.fields.title}' is a recording that names no event or talk"
            self.reading.notes.append((unit.start, f"{said}; left as written"))
        return kept

    def _given_at_events(self, talks: list[Unit], headings: list[Block]) -> bool:
        """Whether each talk is one link to its recording, named for the event it was
        given at (``- [Harbor Days 2031](video)``), under a heading that names events
        (``# Conferences and Meetups``)."""
        return all(map(recorded_at, talks)) and self.said_talks(
            talks, headings, says=names_talks_event
        )

    def said_talks(
        self, talks: list[Unit], headings: list[Block], says: Callable[[str], bool] = names_talks
    ) -> bool:
        """Whether a heading above all the talks says they are talks (``## Talks``; or
        what ``says`` asks of its words): then a title and a video each is a talk, not a
        tutorial."""
        if not talks:
            return False
        first, last = talks[0].start, talks[-1].start
        top = min((u.level for u in talks if u.form == "heading"), default=7)
        over = [h for h in headings if h.start < first and h.level < top]
        return any(
            says(self.words[h])
            and all(e.level > h.level for e in headings if h.start < e.start <= last)
            for h in over
        )

    def once(self, units: list[Unit]) -> list[Unit]:
        """Each talk once: where the page gives it again, that place stays as written."""
        again = repeats([(u.fields, u.form) for u in units])
        for position, kept in again.items():
            unit, other = units[position], units[kept]
            where = "above" if kept < position else "below"
            said = f"'{unit.fields.title}' is '{other.fields.title}' {where}, again"
            self.reading.notes.append((unit.start, f"{said}; left as written"))
        return [u for position, u in enumerate(units) if position not in again]

    def keep(self, units: list[Unit], headings: Counter[int]) -> list[Unit]:
        """Units with strong evidence, and weak ones (names in a speaker's place) beside
        strong ones of their form, or repeated with full names by most headings of their
        level (``headings``: how many of each level the page has; ``### Episode 2 -
        Templated Queries`` among seven episodes names no one); not beside parts whose
        titles their labels give, where a weak one gives none."""
        place = _Place(units)
        kept = []
        for unit in sorted(units, key=lambda u: u.start):
            title = unit.fields.title
            if self.reader.media_role(title) is not None or title.casefold() in PROVIDER_NAMES:
                said = f"'{unit.fields.title}' names media, no talk"  # "[Bo Lind - Slides](…)"
                self.reading.notes.append((unit.start, f"{said}; left as written"))
            elif unit.fields.order_doubted and not self.trusted:
                said = "reads as names on both sides, against its list"
                self.reading.notes.append(
                    (unit.start, f"'{unit.fields.title}' {said}; left as written")
                )
            elif self.trusted or unit.fields.strong or place.keeps(unit, headings):
                kept.append(unit)
            else:
                self.reading.notes.append(
                    (unit.start, f"'{unit.fields.title}' names people only; left as written")
                )
        return kept


class _Place:
    """What the units of a page say of a weak one by its place among them: its form and
    level (a list's items, a level's headings, a table's rows)."""

    def __init__(self, units: list[Unit]) -> None:
        self.strong = {_group(u) for u in units if u.fields.strong}
        # "## [Harbor Days](…)" over "**Topic:** Title": a page whose parts label their
        # titles; a part beside them that labels none is an event attended, no talk
        self.strong -= {_group(u) for u in units if u.fields.untitled}
        # names beside strong parts that name no one (a program's sessions, a speaker's own
        # talks) are no speakers by their place alone: "## Title (Harbor Labs)"
        self.naming = {_group(u) for u in units if u.fields.strong and u.fields.speakers}
        self.named: Counter[tuple[str, int]] = Counter()
        self.given_at: Counter[tuple[str, int]] = Counter()  # "Title at [Harbor Conf](…)"
        for unit in units:
            group = _group(unit)
            if unit.form == "heading" and (
                any(len(p.name.split()) > 1 for p in unit.fields.speakers)
                or "honored" in unit.fields.evidence  # "Title (김민수님)": in full, so
            ):
                self.named[group] += 1
            if "event" in unit.fields.evidence:
                self.given_at[group] += 1

    def keeps(self, unit: Unit, headings: Counter[int]) -> bool:
        """Whether a weak unit is a talk by its place (``headings``: how many of each level
        the page has)."""
        group = _group(unit)
        if group in self.strong and (group in self.naming or unit.fields.evidence != {"names"}):
            return True
        if self.named[group] >= 2 and self.named[group] * 2 > headings[unit.level]:
            return True
        return unit.form == "row" and "event" in unit.fields.evidence and self.given_at[group] >= 3


def _archive_series(
    units: list[Unit], says_talks: Callable[..., bool]
) -> frozenset[tuple[bool, bool]]:
    """Dated items that each name their speakers in full, then the title, or the title,
    then by whom (a meetup's or a seminar's archive), three or more, or items that each give
    a title by speakers named in full at an event (``Title by Ann Lee, [Harbor Conf
    2019](…)``), three or more: a strong sign. Where the title is in quotes after the
    names, the page must say talks (``says_talks``): testimonials and awards read so too;
    where they are sentences, its title or a heading must say talks given (``given=True``):
    a reading log mentions talks in passing. How the series name their speakers
    (:func:`_naming_way`)."""
    signs = [_dated_speaker_first, _dated_by, _by_at_event]
    if says_talks(given=True):  # "2031-01-15: Deep Work. Cal Newport.": a reading log's, maybe
        signs.append(_dated_sentences)
    for sign in signs:
        found = [u for u in units if u.form in _LISTED and sign(u.fields)]
        if sign is _by_at_event and not any("conference" in u.fields.evidence for u in found):
            continue  # "by Frank Herbert, [Chilton Books 1965](…)": no event says so
        if any(u.fields.names_quoted for u in found) and not says_talks():
            found = [u for u in found if not u.fields.names_quoted]
        for unit in found if len(found) >= 3 else ():
            unit.fields.evidence.add("series")
    ways = (_naming_way(u.fields) for u in units if "series" in u.fields.evidence)
    return frozenset(way for way in ways if any(way))  # (dated sentences name no way)


_GIVEN_BESIDE = 3
"""How many strong items given at events, at least, make an item given so one of them."""
_FIRST_PERSON = lazy(r"(?:we(?:['’]re)?|our|my|i)(?=\s)", re.I)
"""A title that opens with its writer (``Our booth photos``, ``We're hiring``): no talk's."""


def _given_as_beside(fields: Fields, strong_items: list[Fields]) -> bool:
    """Whether an item that names no one gives its title at an event (``[Title](…) at
    Harbor Days 2031``, ``[Harbor Days 2031](…): [Title](…)``) beside strong items, three or
    more, that each name no one and give theirs at an event too: one speaker's talks, a
    project's, listed alike (on a page that says so, :meth:`Weighing._item_beside`); this
    one has no deck or recording linked yet."""
    if fields.speakers or "event" not in fields.evidence or is_role(fields.title):
        return False  # "[Senior Developer Advocate](…) - Developer Conference Team": a job
    if _FIRST_PERSON.match(fields.title):
        return False  # "[Our booth photos](…) at Harbor Days 2031": the writer's doings
    alike = sum(1 for f in strong_items if not f.speakers and "event" in f.evidence)
    return alike >= _GIVEN_BESIDE


def links_post(unit: Unit) -> bool:
    """Whether a unit's own line links a post on a site of posts after its title (``Trip
    report by Ann Lee, on [Medium](…)``; a title's own link to a post about the talk,
    ``[Title](/posts/…) - by Ann Lee``, or a write-up on the speaker's own blog, ``([write-up]
    (https://ann.example/blog/…))``, says nothing against it)."""
    inline = unit.own_inline()
    if inline is None:
        return False
    titled = without_bullet(inline.text).lstrip().startswith("\x00")
    after = inline.links[1 if titled else 0 :]
    return any(is_post(link.href, blog_paths=False) for link in after)


def _naming_way(fields: Fields) -> tuple[bool, bool]:
    """How an item names its speakers: after ``by``, first."""
    return fields.by, fields.speaker_first


def _dated_sentences(fields: Fields) -> bool:
    """Whether a dated line gives its title and its speakers, named in full, in sentences
    of their own (``2031-01-25: Quiet Queues. Ann Lee, DIKU. Room 5.``)."""
    return fields.named_in_full and {"dated", SENTENCES} <= fields.evidence


def _by_at_event(fields: Fields) -> bool:
    """Whether a line gives its title, then by whom (named in full), then the event."""
    named = fields.named_in_full
    return fields.by and named and "event" in fields.evidence and bool(fields.title)


def _dated_by(fields: Fields) -> bool:
    """Whether a line gives a date, then a title linked to its page by its speakers linked
    to theirs (``03/09/2021 : [Title](abstracts/x.html) by [Ann Lee](…)``; a reading log's
    ``2031-01-15: Deep Work by Cal Newport`` links neither)."""
    linked = bool(fields.speakers) and all(p.url and p.in_full for p in fields.speakers)
    return "dated" in fields.evidence and fields.by and linked and fields.title_linked


def _dated_speaker_first(fields: Fields) -> bool:
    """Whether a line gives a date, then its speakers named in full, then a title."""
    speakers = fields.speakers
    named = bool(speakers) and all(" " in p.name.strip() for p in speakers)
    return "dated" in fields.evidence and fields.speaker_first and named and bool(fields.title)


_NOTICE = lazy(
    r"\b(?:call\s+for|no\s+(?:meetup|meeting|talks?)|cancel+ed|break|host(?:ed|s)?|"
    r"welcome|registration|announcement)\b",
    re.I,
)
"""Words of a meetup's notice, not a talk's title (``Call for speakers opens``, ``Summer
break, no meetup``, ``Host``)."""


def affiliated_list(inners: list[list[Unit]]) -> bool:
    """Whether two strong items of the page or more give a title, then their speakers and
    organizations (``["Title"](deck) - Ann Lee (Acme)``)."""
    return sum(1 for inner in inners for u in inner if u.fields.strong and affiliated_item(u)) > 1


def affiliated_item(unit: Unit, *, orgs: bool = True) -> bool:
    """Whether an item gives its title, then its speakers and (``orgs``) their
    organizations (``"Title" - Ann Lee (Acme)``, ``[Title](…) - Ann Lee (Acme)``)."""
    fields = unit.fields
    return (
        unit.form == "item"
        and bool(fields.speakers and (fields.organizations or not orgs))
        and not (fields.in_parentheses or fields.speaker_first or fields.by)
    )


_GIVEN_AT = lazy(
    r"\b(?:con|conf|conference|congress|summit|meetup|meet-up|symposium|user\s+group)\b|"
    r"(?-i:[a-z]Conf?)\b",
    re.I,
)
"""The words of a conference's or a meetup's name (``KubeCon``, ``Harbor Summit``), where
talks are given: not a year's, a week's or a festival's."""


def _says_talks(text: str) -> bool:
    """Whether a title or a section's name says talks or names a conference or a meetup."""
    return names_talks(text) or bool(_GIVEN_AT.search(text))


def bare_media(unit: Unit) -> bool:
    """Whether a talk gives only its title and videos, or only its title and PDFs (and
    maybe one-word "names", the title's words: ``CSS 101 - Selectors``, but a name in Chinese
    characters, ``周峰``; no one its description names,
    :attr:`~mkdocs_roundup.fields.Fields.attributed`): no deck host's
    slides, which only a talk has."""
    fields = unit.fields
    kinds = {"pdf" if _bare_pdf(p) else p.media.kind for p in fields.media}
    attributed = fields.attributed[0] if fields.attributed else ()
    return (
        not any(p.in_full or han_family_named(p.name) for p in (*fields.speakers, *attributed))
        and fields.evidence <= {"media", "names"}
        and fields.kind in ("talk", "demo")
        and (kinds <= {"video"} or kinds == {"pdf"})
        and not (unit.section and YEAR.search(unit.section))  # under a year: given then
    )


_QUOTED_ITEMS = 3
"""How many items, at least, that quote their titles and name their speakers make a list of
talks with no other evidence."""


def _shows_more(fields: Fields) -> bool:
    """Whether a unit links a deck or a recording beside its paper: any media but a PDF the
    page does not call slides, or names only by its format (``[PDF](…)``)."""
    return any(not (_bare_pdf(p) or p.file_only) for p in fields.media)


def _bare_pdf(piece: Piece) -> bool:
    """Whether a piece is a PDF (or a record of Zenodo's) that the page does not call
    slides: a paper, maybe."""
    return piece.media.provider in _FILES and not piece.named


_FILES = frozenset({"pdf", "zenodo"})
"""The providers of files that may hold a deck or a paper alike."""


def _group(unit: Unit) -> tuple[str, int]:
    """A unit's place among a page's: its form and level, a paragraph's the same as a strong
    line's (each a paragraph of the page that gives a talk)."""
    return ("line" if unit.form == "paragraph" else unit.form), unit.level


def _names_only(fields: Fields) -> bool:
    """Whether an item's words are people's names only, its "title" the first of them
    (``Ann Lee, Bo Lind, Cy Moe``), linking nothing."""
    title = fields.title
    return (
        not fields.media
        and len(fields.speakers) >= 2
        and " " in title
        and looks_like_name(title)
        and all(p.in_full and not p.url for p in fields.speakers)
    )


def _slot_named(title: str) -> bool:
    """Whether a title is an agenda's slot named by one word before its own (``Offizielles
    Ende``), not a kind of talk (``Panel discussion``)."""
    slot = SLOT_AFTER_WORD.match(title)
    return slot is not None and slot["word"].casefold() not in KIND_WORDS


def _profiled_byline(fields: Fields) -> bool:
    """Whether a line gives an unlinked title, then ``by`` and its speakers in full, each
    linked (``NodeBots by [Ann Lee](https://twitter.com/…)``); a language alone is no title
    (``Spanish by [Ann Lee](…)``: who translated a talk; ``Captions by …`` is no byline,
    :data:`~mkdocs_roundup.byline_cut.BY_OTHER`)."""
    return (
        fields.by
        and not fields.title_linked
        and bool(fields.speakers)
        and all(p.in_full and p.url for p in fields.speakers)
        and fields.title.strip().casefold() not in LANGUAGES
    )


def _talk_evidence(unit: Unit) -> bool:
    """Whether a unit shows a talk's material or names something only a talk has."""
    evidence = unit.fields.evidence
    if evidence & _TALK_EVIDENCE:
        return True
    return "byline" in evidence and bool(unit.section and _PROGRAM_PART.match(unit.section))
