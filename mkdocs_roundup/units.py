"""The second stage of the reader: which units of a page are talks.

A talk is a unit of the page that carries talk evidence (:class:`~mkdocs_roundup.fields.Fields`):
a heading and what follows it, a list item with its children, a table row, a line that
introduces a talk with no heading (``<strong><a href=deck>Title</a> - Name</strong>``,
``[**Title, Name** ![](thumbnail)](video)``). Units are found where they repeat: the items of a
list, the rows of a table, the headings between two headings of a higher level. A heading whose
text is a year, a date, a month, a day or a track, or a generic word ("Talks"), or whose body
holds talks of its own, is a section. A short dated or linked paragraph that gives one talk
is a unit too, where two or more stand side by side. Which units are talks is weighed by
:mod:`~mkdocs_roundup.weighing` (those that are talks by the page's way, by
:mod:`~mkdocs_roundup.page_ways`); a heading's own talk is read by
:mod:`~mkdocs_roundup.heading_units`, a heading that is the byline of the one above it by
:mod:`~mkdocs_roundup.byline_headings`, the regions between headings by :mod:`~mkdocs_roundup.regions`.
"""

from __future__ import annotations

import re
from collections import Counter

from .at_events import names_event
from .beside import (
    editions_at_end,
    editions_in_parentheses,
    events_in_place,
    events_not_speakers,
    names_alone,
    word_after_dash_alone,
)
from .blocks import Block
from .body import Reader
from .containers import Containers
from .courses import outside_courses
from .def_lists import definition_terms
from .deliveries import titled_deliveries
from .extents import close_lines, end_headings
from .fields import People
from .given_at import compiled, deliveries
from .heading_fields import (
    by_heading_speaker,
    events_over_talks,
    speaker_levels,
)
from .heading_units import HeadingUnits, dated_over
from .heading_words import dated_heading, dates_meeting, heading_words
from .labels import MONTH_DAY, MONTHS, PROGRAM_PARTS, WEEKDAYS
from .line_units import TITLE_ONLY, LineUnits, after_dated_lead
from .list_items import ListItems, names_program, program_slot
from .model import Party
from .names_alike import named_forms, organizations_alike
from .page_ways import labelled_talks, named_at_workplaces, take_attributions, titled_lines
from .paragraph_talks import event_of_year, line_over, side_by_side
from .paragraph_units import ParagraphUnits
from .patterns import lazy
from .program_entries import names_talks_event, three_or_more, titled_gathering
from .recap_sections import recap_speakers
from .regions import Regions
from .section_labels import (
    bold_line,
    mentions_writings,
    names_program_day,
    names_slides,
    names_talks,
    says_slides,
)
from .sections import no_talks_under, set_sections
from .series_leads import series_leads
from .speaker_headings import SpeakerHeadings, one_talk_under, speakers_over
from .speakers_first import SpeakersFirst
from .table_units import TableUnits
from .unit import Reading, Unit
from .unit_lines import fields_after, is_record, unit_body
from .weighing import affiliated_list

_GATHERINGS = (
    r"(?:talks|sessions|presentations|seminars|lectures|webinars|keynotes|workshops|meetups?|"
    r"events?|meetings?)"
)
"""Words for what a year groups (``2031 Talks``, ``2030 BE Seminars``, ``Meetups in 2029``)."""
_SECTION = lazy(
    rf"^(?:(?:{MONTHS})\.?\s*\d{{0,2}},?\s*\d{{4}}|\d{{4}}(?:[-/.]\d{{1,2}}){{0,2}}|"
    rf"(?:{WEEKDAYS}),?\s+(?:{MONTH_DAY}|\d{{1,2}}\.?\s+(?:{MONTHS}))(?:,?\s+\d{{4}})?|"
    rf"\d{{1,2}}\.?\s+(?:{MONTHS})\.?\s+\d{{4}}|(?:{MONTHS})|"
    rf"(?:{PROGRAM_PARTS})\s*[\w.-]{{1,3}}\b.*|"
    r"(?:morning|afternoon|evening)(?:\s+sessions?)?|"
    r"(?:upcoming|past|previous|recent|future|next|archived)\s+events?|"
    r"(?:upcoming|past|previous|recent|future|next)\s+(?:talks?|sessions?|seminars?|meetups?|"
    r"presentations?|lectures?)|"
    r"(?:(?:the\s+)?(?:sessions?|talks?|presentations?|presenters?|speakers?|lectures?|"
    r"seminars?|webinars?|recordings?|videos?|"
    r"slides|agenda|program(?:me)?|schedule|lightning\s+talks|keynotes?|workshops?|panels?|"
    r"vorträge|präsentationen|conférences|présentations|charlas|ponencias|palestras|"
    r"apresentações|講演|発表|演讲|议程|susunan\s+acara|acara|jadwal|chương\s+trình|"
    r"lịch\s+trình|konuşmalar|sunumlar|доповіді|програма|виступи)"
    r"(?:\s+(?:and|&|und|et|y|e)\s+\w+)?)|"
    rf"\d{{4}}\s+(?:\w{{1,12}}\s+)?{_GATHERINGS}|{_GATHERINGS}\s+(?:in\s+)?\d{{4}}|"
    r"(?:added|changed|fixed|removed|deprecated|security|features?|improvements?|bug\s?fixes|"
    r"breaking\s+changes|new|other|misc))\s*:?$",
    re.I,
)
"""Headings that group talks and are never one: dates, days, tracks, generic words."""
_SYMBOLS = lazy(r"^[^\w\"“„«(\[]+")
"""Emoji and symbols before a heading's words ("🐞 Fixed")."""


_FIRST_SENTENCE = lazy(r"[^.!?\n]*")
"""A paragraph's first sentence (or line)."""
_NO_SLIDES_HERE = lazy(
    r"\b(?:no|not|don'?t|never|without|app|tool)\b|\b(?:are|is)\s+(?:on|at|linked)\b", re.I
)
"""Words that say the page holds no slides, or holds them elsewhere (``No slides``, ``are on
meetup.com``, ``My slides app``)."""
_SHORT_OPENING = 16
"""The most words of a first sentence that says what the page holds."""


class _Finder(
    HeadingUnits,
    ListItems,
    LineUnits,
    TableUnits,
    Regions,
    ParagraphUnits,
    SpeakerHeadings,
    SpeakersFirst,
):
    def __init__(
        self, blocks: list[Block], reader: Reader, forced: str | None, line_count: int
    ) -> None:
        self.blocks = blocks
        self.line_count = line_count
        self.reader = reader
        self.forced = forced
        """A unit the author named (``roundup: {talks: h2}``): ``h1``…``h6``, ``items``,
        ``rows``."""
        self.trusted = False
        """Whether the author said the page is a roundup (weak evidence is enough)."""
        self.reading = Reading()
        self.words: dict[Block, str] = {}
        """Each region heading's words as a reader sees them (its cleaned visible text):
        read once, asked for by each decision about the heading."""
        self.grouping: set[Block] = set()
        """The region headings whose words are a section's (a date, a day, a generic
        word): never a talk's."""
        self.sections: set[Block] = set()
        """The region headings that are sections by their words (:meth:`section_heading`),
        judged once."""
        self.repeated: dict[str, int] = {}
        """How often each heading's text stands on the page."""
        self.heading_people: dict[Block, People] = {}
        """The person each heading of a speakers page names (:func:`speaker_levels`)."""
        self.recap_people: dict[Block, tuple[Party, ...]] = {}
        """The speakers an event's recap names at each talk's section's opening."""
        self.authored_left: dict[Block, Unit] = {}
        """Headings that name their authors but link no media, for :meth:`authored_beside`."""
        self.dated_over: set[Block] = set()
        """The headings over a title then its day, the page's way (:func:`dated_over`)."""
        self.byline_people: dict[Block, People] = {}
        """The person each heading names where it may stand right over a talk's heading."""
        self.over_talks: set[Block] = set()
        """The headings that name the speaker of the talk's heading right below them."""
        self.player_levels: set[int] = set()
        """The levels of the headings read as talks so far that open on a player."""
        self.containers: Containers | None = None
        """Where Material's containers are (:mod:`~mkdocs_roundup.containers`): a
        heading in one is a heading of its content only."""
        self.title = ""
        """The page's own title (its front matter's): a heading that says it again is the
        page's title, no section."""
        self.says_talks: bool | None = None  # see ParagraphUnits
        self.says_given = False
        self.event_levels: Counter[int] | None = None
        """How many region headings of each level name an event (:meth:`among_events`),
        counted where first needed."""
        self.line_stops: set[int] = set()
        self.terms: dict[int, Unit | None] = {}
        """The talks of the page's definition lists, by their term's paragraph's ``id``
        (the paragraphs of their definitions: ``None``)."""

    # -- regions between headings --------------------------------------------------------

    def find(self) -> Reading:
        try:
            return self._find()
        finally:
            self.reader.page_talks = self.reader.decks_here = self.reader.talks_titled = False
            self.reader.talks_listed = False

    def _find(self) -> Reading:
        self.reader.note_people_lists(self.blocks)  # the page's way, read once
        headings = self.region_headings()
        heads = [self.blocks[h] for h in headings]
        self.words = {h: heading_words(h) for h in heads}
        self.reader.page_talks = self.page_says_talks()
        self.reader.program_titled = titled_gathering(self.title or self._first_title(heads))
        self.reader.talks_titled = self._talks_titled(heads)
        self.reader.talks_listed = self.page_says_talks(given=True)
        self.reader.decks_here = self.opens_on_slides()  # for items' and headings' titles
        bare = {h: _SYMBOLS.sub("", words) for h, words in self.words.items()}
        self.grouping = {h for h, words in bare.items() if _SECTION.match(words)}
        self.sections = self.grouping | {h for h, words in bare.items() if dated_heading(words)}
        self.count_repeats()
        self.terms = definition_terms(self.blocks, self.reader, self.words)
        regions = self.regions(headings)
        self.heading_people, self.byline_people = speaker_levels(self.reader, heads)
        self.recap_people = recap_speakers(self.title or self._first_title(heads), regions)
        self.dated_over = dated_over(regions)
        above = self.headings_above(regions)
        inners = self.region_units(regions, above)
        self.speakers_first([u for inner in inners for u in inner])
        self._said_talks(above, inners)
        talks = three_or_more(self.authored_beside(self.region_talks(regions, inners), above))
        talks = titled_deliveries(talks, self.reading.notes)
        talks = events_over_talks(talks, heads, self.reading.notes)
        events_not_speakers(talks)
        talks = series_leads(self.reader, talks)
        events_in_place(talks, self.blocks)
        names_alone(talks, heads)
        word_after_dash_alone(talks)
        editions_at_end(talks)
        editions_in_parentheses(talks)
        self.speakers_first(talks, forms=("heading",))  # "### Ann Lee - Title"
        levels = Counter(h.level for h in heads)
        placed = self.talk_list(self.placed(self.once(self.keep(talks, levels)), heads))
        placed = self.listed_players(placed, heads)
        self.reading.units = self.not_media_lists(placed, heads)
        take_attributions(self.reading.units)
        organizations_alike(self.reading.units)
        return self.reading

    def _said_talks(self, above: list[list[Block]], inners: list[list[Unit]]) -> None:
        """The units the page's headings, or its title, say are talks: items under a
        heading that says talks (or a program's), titled lines where the page lists talks
        given."""
        for over, inner in zip(above, inners, strict=True):
            said = [self.words[h] for h in self.through_dates(over)] if inner else []
            if any(map(names_talks, said)):
                labelled_talks(inner)
            elif inner and any(names_program(self.words[h]) for h in over) and self.page_of_event():
                labelled_talks([u for u in inner if program_slot(u.block, u.fields)])
        if not self.reader.talks_listed:
            return
        units = [u for inner in inners for u in inner]
        if not mentions_writings(self.opening):  # not "Books I cite", "Publications and talks"
            titled_lines(units)
        named_at_workplaces(units)

    def _talks_titled(self, heads: list[Block]) -> bool:
        """Whether the page's title or a heading says it lists talks given or names a
        gathering where talks are given (:func:`~mkdocs_roundup.program_entries.
        names_talks_event`)."""
        titles = [self.title or self._first_title(heads), *self.words.values()]
        return self.page_says_talks(given=True) or any(map(names_talks_event, titles))

    def _first_title(self, heads: list[Block]) -> str:
        """The words of the page's first heading, where it is of level 1 (the page's
        title, where its front matter gives none)."""
        first = heads[0] if heads else None
        return self.words[first] if first is not None and first.level == 1 else ""

    def region_talks(
        self, regions: list[tuple[Block | None, list[Block]]], inners: list[list[Unit]]
    ) -> list[Unit]:
        """Each region's talks: its heading's, and the units under it strong enough to be."""
        page_end = self.line_count
        starts = [heading.start if heading else region[0].start for heading, region in regions[1:]]
        # "Title (Ann Lee)" items with slides in some lists: the page's way of giving talks
        named_items = any(
            u.form == "item" and u.fields.strong and u.fields.in_parentheses
            for inner in inners
            for u in inner
        )
        # items that name their speakers in full, three or more with evidence of their own:
        # the page's way, for an item alone under its heading written so
        self.named_forms = named_forms(inners)
        # '"Title" - Ann Lee (Acme)' items with slides: the page's way, with or without them,
        # under a date's heading (a meetup's archive)
        affiliated = affiliated_list(inners)
        speakers = speakers_over(regions, [self._speaker_over(h, r) for h, r in regions])
        # over a heading that is a talk by itself, on a page that says talks or an event
        bylines = speakers_over(
            regions, [self._speaker_over(h, r, given=False) for h, r in regions]
        )
        talks: list[Unit] = []
        under: list[tuple[Block, Unit, People]] = []  # talk headings right under a person's
        for position, (heading, region) in enumerate(regions):
            if heading in self.heading_people:
                by_heading_speaker(self.heading_people[heading], inners[position])
            in_section = affiliated and heading in self.sections
            region_end = starts[position] if position < len(starts) else page_end
            inner = self._strong_in(
                heading, region, inners[position], region_end, named_items, in_section
            )
            found = self._heading_talk(heading, region, inner, speakers[position])
            over = regions[position - 1][0] if position else None
            if found and found[0].block is heading and over and (by := bylines[position]):
                under.append((over, found[0], by))
            talks += found
        self._bylines(under, talks, [h for h, _ in regions if h is not None])
        return talks

    def _bylines(
        self, under: list[tuple[Block, Unit, People]], talks: list[Unit], heads: list[Block]
    ) -> None:
        """``### Ann Lee`` over ``#### [Title](deck)``, the one talk's heading under hers:
        her talk, and her heading its byline, no section (over two talks' headings, it is
        their section)."""
        starts = {u.start for u in talks if u.form == "heading"}
        for over, own, by in under:
            if not one_talk_under(over, heads, starts):
                continue
            if not own.fields.speakers:
                own.fields.add_people(*by)
            if {p.name for p in by[0]} & {p.name for p in own.fields.speakers}:
                self.over_talks.add(over)

    def _heading_talk(
        self, heading: Block | None, region: list[Block], inner: list[Unit], by: People | None
    ) -> list[Unit]:
        """A region's heading's talk, if it is one (``by``: the speaker a heading above it
        names), before the region's own talks."""
        if heading is None:
            return inner
        items = [u for u in inner if u.form == "item"]
        labelled = self.labelled_below(region) if items else set()
        bare = [u for u in items if self.material_item(u, labelled)]
        if bare and len(bare) <= 2:
            titled = [u for u in inner if u not in bare]  # the title's media
            own = self.heading_unit(heading, region, titled)
            if own is not None:
                return [own, *titled]
        if inner and (given := self._given_under(heading, region, inner)) is not None:
            return given
        recorded = self._recorded(heading, region, inner)
        if recorded is not None:
            return recorded
        own = self.heading_unit(heading, region, inner)
        if own is None and by is not None:
            own = self._under_speaker(heading, region, inner, by)
        return [own, *inner] if own is not None else inner

    def _given_under(
        self, heading: Block, region: list[Block], inner: list[Unit]
    ) -> list[Unit] | None:
        """A heading's talk over the times it was given, its items (``### git yolo`` over
        ``- ArcticJS, January 20, 2016. [▶](…)``); no talk under a compilation's heading
        over its videos (``## Highlights reel``); ``None`` for any other heading."""
        words = self.words[heading]
        if compiled(inner, words):
            for unit in inner:
                said = f"'{unit.fields.title}' is a video of a compilation, no talk"
                self.reading.notes.append((unit.start, f"{said}; left as written"))
            return []
        if self._titled(heading) and deliveries(inner, words):
            own = self.heading_unit(heading, region, [])
            return [own] if own is not None else []
        return None

    def _recorded(
        self, heading: Block, region: list[Block], inner: list[Unit]
    ) -> list[Unit] | None:
        """A heading's talk whose record's table stands under it (``| 時間 | 登壇者 | 場所
        |``), then the talks under it that are not its notes; ``None`` for any other."""
        if not inner or not any(is_record(self.reader, block) for block in region[:2]):
            return None
        if any(u.fields.speakers and u.own_people for u in inner):
            return None  # "### Morning block" over its record and talks of their own
        own = self.heading_unit(heading, region, [])
        return [own, *_notes_taken(own, inner)] if own else None

    def _strong_in(
        self,
        heading: Block | None,
        region: list[Block],
        units: list[Unit],
        region_end: int,
        named_items: bool,
        in_section: bool,
    ) -> list[Unit]:
        """A region's units strong enough to be talks (:meth:`strong_enough`), the lines
        among them read with the lines below them, to the next talk."""
        if any(u.form == "line" for u in units):
            talks = self.among_events(heading) or self.page_says_talks()
            self.media_below(region, units, region_end, talks=talks)
        said = self.words[heading] if heading is not None else ""
        inner = self.strong_enough(units, named_items, affiliated=in_section, heading=said)
        close_lines(inner, region_end, self.line_stops)
        for unit in inner:
            if unit.form == "line":
                unit_body(self.reader, region, unit.fields, range(unit.head_end, unit.end))
        return inner

    def placed(self, talks: list[Unit], above: list[Block]) -> list[Unit]:
        """The page's talks, each in its section (``above``: the page's headings), ending
        where its heading's region or its container does."""
        talks = self.not_under_others(talks, above)
        above = [h for h in above if h not in self.over_talks]  # "### Ann Lee": a byline
        for group, outer in self.by_container(talks, above):
            set_sections(group, outer, self.reader, self.title)
        end_headings(talks, above, self.line_count)
        for unit in talks:
            unit.end = min(unit.end, self.container_end(unit.start, unit.end))
        return talks

    def count_repeats(self) -> None:
        """How often each heading's words stand on the page."""
        for words in self.words.values():
            key = words.casefold()
            self.repeated[key] = self.repeated.get(key, 0) + 1

    def not_under_others(self, talks: list[Unit], headings: list[Block]) -> list[Unit]:
        """The talks but those under a heading over what is no talk ("In the press") and
        those of a course's session (``TD1``, :mod:`~mkdocs_roundup.courses`)."""
        if self.trusted or self.forced:
            return talks
        talks = outside_courses(talks, self.blocks, self.reading.notes)
        under = no_talks_under(talks, headings, self.words)
        for unit in talks:
            if id(unit) in under:
                said = f"'{unit.fields.title}' is under a heading of no talks"
                self.reading.notes.append((unit.start, f"{said}; left as written"))
        return [u for u in talks if id(u) not in under]

    def opens_on_slides(self) -> bool:
        """Whether the page opens by saying it holds the slides of talks, in a short first
        paragraph (``Slides & code for my talks.``, ``My slides for public talks, workshop
        materials …``): its titles' own links into its own folders are their decks."""
        first = next((b for b in self.blocks[:3] if b.kind == "paragraph" and b.inline), None)
        if first is None or first.inline is None:
            return False
        sentence = _FIRST_SENTENCE.match(first.inline.visible())
        words = sentence[0] if sentence else ""
        if _NO_SLIDES_HERE.search(words):
            return False  # "No slides, only recordings", "… are on meetup.com"
        if len(words.split()) > _SHORT_OPENING:
            return False
        # "Slides & code for my talks."; on a page titled "Talks", "A list of the slides
        # hosted on this site."
        return says_slides(words) or (names_talks(self.title) and names_slides(words))

    def region_units(
        self, regions: list[tuple[Block | None, list[Block]]], above: list[list[Block]]
    ) -> list[list[Unit]]:
        """Each region's talks below its heading (lists, tables, lines, paragraphs); under a
        heading that says they are slides (``## Slides of our talks``), a title's own link is
        its deck."""
        sections = [heading is None or self.section_heading(heading) for heading, _ in regions]
        inners = []
        self.reader.talks_said = self.page_says_talks()
        try:
            for (heading, region), section, over in zip(regions, sections, above, strict=True):
                said = [self.words[h] for h in self.through_dates(over)]
                self.reader.slides_listed = any(map(says_slides, said))
                # an event's program: a meeting's agenda lists who does what, no talks
                self.reader.program_listed = any(map(names_program, said)) and self.page_of_event()
                self.reader.meeting_dated = heading is not None and dates_meeting(
                    self.words[heading]
                )
                person = heading in self.heading_people
                # a line over its player is a talk's under an event's heading only
                units, paragraphs = self.inner_units(
                    region,
                    person,
                    section=heading is not None and section,
                    players=self.among_events(heading),
                )
                inners.append((units, self.not_heading_body(heading, region, paragraphs)))
        finally:
            self.reader.slides_listed = self.reader.talks_said = False
            self.reader.program_listed = self.reader.meeting_dated = False
        events = [self.among_events(heading) for heading, _ in regions]
        return side_by_side(inners, sections, events)

    def _titled(self, heading: Block) -> bool:
        """Whether a heading may give a talk's title: no date's, section's or event's."""
        return not (self.section_heading(heading) or names_event(self.words[heading]))

    def among_events(self, heading: Block | None) -> bool:
        """Whether a heading names an event by its words and its year, beside another of
        its level that does (``## Harbor Conf 2031`` … ``## River Days 2030``: a page of
        events, each with its talks; ``## Week one`` of a journey is none)."""
        if heading is None or not event_of_year(self.words[heading]):
            return False
        if self.event_levels is None:
            self.event_levels = Counter(h.level for h, w in self.words.items() if event_of_year(w))
        return self.event_levels[heading.level] >= 2

    def inner_units(
        self,
        region: list[Block],
        under_person: bool = False,
        *,
        section: bool = False,
        players: bool = False,
    ) -> tuple[list[Unit], list[Unit]]:
        """Talks written as list items, table rows or introducing lines in a region, and
        its paragraphs that give a talk each (``under_person``: the region's heading names
        its speaker, so an item that only gives a title may be a talk of hers; ``section``:
        its heading is a section's, so a list of one talk's fields is that talk;
        ``players``: its heading names an event among others, so a talk's line over a
        player is a talk)."""
        units: list[Unit] = []
        paragraphs: list[Unit] = []
        bodies: dict[int, list[Unit]] = {}  # paragraphs below a strong line, by its id
        group = None  # what a bold line above names (``**Spring 2024 Schedule**``)
        for position, block in enumerate(region):
            if block.kind == "list" and self.forced in (None, "items"):
                above = region[position - 1] if position else None
                if self.forced is None and self.took_session(
                    above, block, units, paragraphs, group
                ):
                    continue  # "**Title**" over the people who gave it
                units += self.list_units(block, above, under_person, section=section, group=group)
                group = None  # a bold line names the list right after it (prose between)
            elif block.kind == "table" and self.forced in (None, "rows"):
                units += self.table_units(block)
            elif id(block) in self.terms and self.forced is None:
                term = self.terms[id(block)]  # a definition list's term, or its definition
                units += [term] if term is not None else []
            elif block.inline is not None and self.forced is None:
                named = bold_line(block, self.reader)
                group = group if named is None else named or None
                after = region[position + 1] if position + 1 < len(region) else None
                found = len(units)
                self._text_units(block, after, units, paragraphs, bodies, players=players)
                _grouped_lines(units[found:], group)
        # a strong line over two such paragraphs or more names what they are, not a talk
        paragraphs += [p for body in bodies.values() if len(body) > 1 for p in body]
        paragraphs.sort(key=lambda unit: unit.start)
        fields_after(self.reader, paragraphs, region)
        return units, paragraphs

    def _text_units(
        self,
        block: Block,
        after: Block | None,
        units: list[Unit],
        paragraphs: list[Unit],
        bodies: dict[int, list[Unit]],
        *,
        players: bool,
    ) -> None:
        """A paragraph's talks: its strong lines, else the paragraph itself (``after``: the
        block after it); a paragraph that names no one right under a strong line is kept
        as that line's body (``bodies``, by the line's ``id``); ``players``: a talk's line
        over a player is a talk (:meth:`paragraph_unit`)."""
        # a strong title alone is a talk's over its player under an event's heading only
        lines = [
            u for u in self.line_units(block) if players or TITLE_ONLY not in u.fields.evidence
        ]
        if lines:
            units += lines
            return
        paragraph = self.paragraph_unit(block, after, players=players)
        if paragraph is None:
            entry = _dated_entry(block)
            if entry is not None and self.reader.label(entry) is None:
                self.line_stops.add(block.start)  # "**2031-05-02**: two sessions:": no body's
            return
        owner = line_over(paragraph, units)
        if owner is not None:
            bodies.setdefault(id(owner), []).append(paragraph)
        else:
            paragraphs.append(paragraph)

    # -- decisions -----------------------------------------------------------------------


def find_units(
    blocks: list[Block],
    reader: Reader,
    forced: str | None,
    line_count: int,
    *,
    trusted: bool = False,
    containers: Containers | None = None,
    title: str = "",
) -> Reading:
    """The talks of a page read into blocks (of ``line_count`` lines), in page order;
    ``trusted``: the author said the page is a roundup; ``containers``: where Material's
    containers are (:func:`~mkdocs_roundup.containers.unwrap`); ``title``: the page's own
    title, from its front matter."""
    finder = _Finder(blocks, reader, forced, line_count)
    finder.trusted = trusted
    finder.containers = containers
    finder.title = title
    return finder.find()


def _dated_entry(block: Block) -> str | None:
    """The first line of a paragraph that opens with a date in strong words, as a list of
    dated entries writes each (``**2031-05-02**: two sessions:``), after the date; ``None``
    for any other paragraph."""
    inline = block.inline
    return after_dated_lead(inline, inline.lines()[0][1]) if inline is not None else None


def _notes_taken(own: Unit, inner: list[Unit]) -> list[Unit]:
    """The units under a talk's heading and its record that are no list items (the caller
    keeps a heading whose items name their own speakers for the general reading): the items
    are its notes, their media its own."""
    talks = []
    for unit in inner:
        if unit.form == "item":
            own.fields.media += [p for p in unit.fields.media if p not in own.fields.media]
        else:
            talks.append(unit)
    return talks


def _grouped_lines(units: list[Unit], group: str | None) -> None:
    """A program's lines under a bold line that names their day (``**Jeudi 28 novembre
    (amphi Gagnepain)**`` over ``14.00 **Ann Lee** (Lumen). Title``): its section, as a
    heading's would be."""
    if not group or not names_program_day(group):
        return
    for unit in units:
        if unit.form == "line" and not unit.grouped:
            unit.section, unit.grouped = group, True
