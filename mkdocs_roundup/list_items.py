"""Talks written as list items: an item with its nested items is a talk, or a group of the
talks nested under it (an event's, a date's), or a speaker's line over her talk's title."""

from __future__ import annotations

import re

from .at_events import names_event
from .blocks import Block, checklist_task
from .body import Reader
from .byline_cut import WITH_PEOPLE
from .dated_entries import Entry, calendar_entries
from .deliveries import deliveries_under
from .event_prefixes import drop_event_prefixes
from .fields import Fields, take_authors, take_calendar_reading
from .given_at import given_at_items
from .heading_fields import item_named_over_title
from .inline import ONE_SLOT, Inline, Link
from .item_lines import first_line, item_title_line, mark_cited, media_lines, where_over_title
from .labelled_lists import LabelledLists
from .labels import AGENDA_BREAK
from .legend_lists import Legend, legend_fields, legend_of, page_legends
from .line_labels import labels_talk
from .line_marks import without_bullet, without_marks
from .link_targets import is_post
from .model import Party
from .names import clean_text
from .nested_items import grouped_by, groups_nested, named_group
from .no_talk import FILE_NAME
from .patterns import lazy
from .program_entries import timed_entry
from .section_labels import list_label, says_no_talks, session_line
from .site_urls import has_scheme
from .speakers_first import names_only_first
from .talk_lines import talk_line_rest
from .title_words import title_words_named
from .topic_lists import one_person_in_full, says_speakers_and_topics, speakers_then_topics
from .unit import Unit
from .unit_lines import unit_body


class ListItems(LabelledLists):
    """Reads a list's items into units (the finder of a page's talks is one)."""

    blocks: list[Block]
    line_count: int
    legends: list[Legend] | None = None
    """The legends of the page's lists (:mod:`~mkdocs_roundup.legend_lists`), once asked
    for."""
    given_at: dict[int, tuple[str, str]] | None = None
    """The page's items that each give a title, then where it was given
    (:mod:`~mkdocs_roundup.given_at`), by their first line, once asked for."""

    def list_units(
        self,
        block: Block,
        above: Block | None,
        under_person: bool,
        *,
        section: bool,
        group: str | None = None,
    ) -> list[Unit]:
        """A list's talks, with the block right ``above`` it: a line that says it holds no
        talks (``Further reading:``) leaves it as written, and one that names its group
        (``Social aspects of technology:``) is their section, as is the ``group`` a bold line
        above it names (:func:`~mkdocs_roundup.sections.bold_line`); ``section``: the region's
        heading is a section's, so a list of one talk's fields is that talk."""
        if above is not None and says_no_talks(above):
            return []  # "Libraries referenced + resources:" over a list of links
        if _links_material(block) and self.reader.listed_people(block) is not None:
            return []  # "- Ann Lee (Acme University) ([slides](…))": the talk's above, theirs
        items = self.item_units(block, under_person)
        topics = above is not None and says_speakers_and_topics(above)
        if topics:  # "Speakers and Topics:" over the list: its label, no section's name
            speakers_then_topics(self.reader, block.children, items)
        label = None
        if items and not topics:  # "Technology:" over the list; "**Spring 2024**" over a
            # line, then the list
            label = (
                (list_label(above, self.reader) or session_line(above))
                if above is not None
                else None
            ) or group
        for unit in items if label else ():
            if not unit.grouped:  # "Technology:" over its talks: their section
                unit.section, unit.grouped = label, True
        return items or (self.labelled_list_units(block) if section else [])

    def item_units(self, block: Block, under_person: bool = False) -> list[Unit]:
        calendar = calendar_entries(block)
        if calendar is not None:  # "- 2024/5/11" over "- Title (Harbor Meetup Vol.3)"
            return [u for u in map(self._calendar_unit, calendar) if u is not None]
        if (legended := self._legend_units(block)) is not None:
            return legended  # "speaker - twitter handle - title - slides" above
        outer, self.reader.lone_item = self.reader.lone_item, len(block.children) == 1
        try:  # a person's line alone in its list (a nested list reads its own first)
            units = [
                unit for item in block.children for unit in self._item_or_nested(item, under_person)
            ]
        finally:
            self.reader.lone_item = outer
        if units and self._files_of_one(block, units):
            return []  # "- [Video](…)", "- [Audio](…)", "- [Sales process presentation](…)"
        _affiliations(units)
        _read_as_calendar(units)
        units = [
            u for u in units if CALENDAR_ONLY not in u.fields.evidence or self._calendar_talk(u)
        ]
        drop_event_prefixes(self.reader, [u.fields for u in units])
        return units

    def _item_talk(self, item: Block, fields: Fields, *, under_person: bool) -> bool:
        """Whether an item read into ``fields`` is a talk, or may be one: a dated item whose
        first reading is none (``2031-05-08 - [11th Harbor Meeting](…) - [Title](…)``)
        may be its list's calendar's (marked :data:`CALENDAR_ONLY`)."""
        # One-word names in parentheses, names only when read speaker first (or before
        # "on"): a talk if the items beside it say so (strong_enough, speakers_first)
        if item.player and not (fields.name_over_title and self.page_says_talks()):
            return False  # a gallery's video over its caption: a talk's only by its speaker
        if item.summary and not self.page_says_talks():
            return False  # "<details><summary>Summer picnic</summary>…": a club's events
        maybe = under_person or _named_weakly(fields) or self._program_slot(item, fields)
        if self.is_talk(fields, maybe=maybe):
            return True
        if fields.calendar_reading is None:
            return False
        fields.evidence.add(CALENDAR_ONLY)
        return True

    def _files_of_one(self, block: Block, units: list[Unit]) -> bool:
        """Whether a list holds the files of one meeting, none a talk of its own: items that
        only link media by its name (``[Video](…)``, ``[Audio](…)``) beside items that each
        link one file named for the one subject they hold (``[Sales process
        presentation](…)``, ``[Sales process doc](…)``; decks of two talks are talks)."""
        lines = [first_line(item) for item in block.children]
        if not any(
            inline is not None and self.reader.is_media_field(text, inline)
            for text, inline in lines
        ):
            return False
        named = [self._file_named(first_line(u.block)) if u.form == "item" else "" for u in units]
        return all(named) and len(set(named)) == 1  # of one subject, not talks' decks

    def _file_named(self, line: tuple[str, Inline | None]) -> str:
        """What an item's one link holds the file of, where its words end with the media's
        name (``Sales process`` for ``[Sales process presentation](…)``); ``""`` else."""
        link = _lone_link(*line)
        if link is None:
            return ""
        *subject, last = clean_text(link.text).casefold().split() or [""]
        named = last in _FILE_WORDS or self.reader.media_role(last) is not None
        return " ".join(subject) if subject and named else ""

    def _calendar_talk(self, unit: Unit) -> bool:
        """Whether a dated item whose first reading is no talk (its event's name, ``11th
        Harbor Meeting``, read as its title) is a talk read as its list's calendar."""
        fields = unit.fields
        fields.evidence.discard(CALENDAR_ONLY)
        return fields.calendar_reading is None and self.is_talk(fields)

    def _item_or_nested(self, item: Block, under_person: bool) -> list[Unit]:
        """An item's talk, or the talks nested under it where it groups them (a checklist's
        task holds none: what it links under it is the task's; nor a file's item, as
        :func:`_file_item` says)."""
        if checklist_task(item):
            return []
        lists = () if _file_item(item) else item.children  # a file's: its deck, its notes
        nested = [
            unit
            for child in lists
            if child.kind == "list" and not self._lists_fields(child)
            for unit in self.item_units(child)
        ]
        if nested:
            grouped_by(item, nested)
            _program_items(item, nested)
        unit = self.item_unit(item, under_person)
        if unit is not None and nested and groups_nested(item, unit, nested):
            unit = None
        if unit is None and nested and not deliveries_under(item, nested):
            named_group(item, nested)
        return [unit] if unit is not None else nested

    def _lists_fields(self, block: Block) -> bool:
        """Whether a nested list gives its item's fields, one to a line, one of them a link
        to the talk's media alone (``- Title`` over ``- Ann Lee``, ``- Harbor Days`` and
        ``- [Slides](…)``), the others linking no deck nor player: no talks of its own."""
        media_field = False
        for child in block.children:
            first = child.children[0] if child.children else None
            line = first.inline if first is not None and first.kind == "paragraph" else None
            if line is None:
                continue
            if self.reader.is_media_field(without_bullet(line.text), line):
                media_field = True
            elif any(self.reader.player_piece(link, files=True) for link in line.links):
                return False  # "- [Small Caches](deck) by Ann" beside "- [Video](…)": a talk
        return media_field

    def _legend_units(self, block: Block) -> list[Unit] | None:
        """A list's talks as the legend above it names their fields (``speaker - title -
        slides``), where half of its items or more read so (the others are left as
        written); ``None`` where no legend holds for it or too few items read so."""
        if self.legends is None:
            self.legends = page_legends(self.blocks, self.reader, self.line_count)
        legend = legend_of(self.legends, block.start) if self.legends else None
        if legend is None:
            return None
        read = [(item, legend_fields(self.reader, item, legend)) for item in block.children]
        units = [
            Unit("item", item.start, item.start + 1, item.end, fields, item, indent=item.indent)
            for item, fields in read
            if fields is not None
        ]
        return units if len(units) * 2 >= len(read) else None

    def item_unit(self, item: Block, under_person: bool = False) -> Unit | None:
        given = self._given_at(item)
        if given is not None:
            return self._given_at_unit(item, *given)
        first = item.children[0] if item.children else None
        if first is None or first.inline is None or not _item_line(first, item):
            return None
        inline = first.inline
        lines = inline.lines()
        text = without_bullet(lines[0][1])
        reader = self.reader
        labelled = reader.label(text)
        opens = labelled is None or _opens_talk(labelled, item) or labels_talk(reader, inline)
        if not opens or not inline.visible(text).strip():
            return None  # a field of a talk ("Speaker: …"), not a talk
        lead = media_lines(reader, inline, lines)
        if lead == len(lines):
            return None  # "[Slides](…)"
        if (over := self._player_over_fields(item, inline, lines)) is not None:
            return over
        # "KubeCon EU, April, London" over the title: where it was given
        where = where_over_title(inline, lines, lead)
        text, head_end, broken = talk_line_rest(inline, lines, lead + where)
        fields = Fields()
        if where:
            fields.evidence.add("event")
            fields.abstract.append(clean_text(inline.visible(lines[lead][1])))
        if not lead and item_named_over_title(reader, item, text, inline, fields):
            return Unit("item", item.start, head_end, item.end, fields, item, indent=item.indent)
        if not lead and (timed := timed_entry(reader, inline, lines)) is not None:
            return self._timed_unit(item, timed)
        if not self._own_line(text, first, lines, lead, fields, where=where):
            return None
        if broken:  # "**Title**<br>Ann Lee at …": the line under it, on its source line
            _read_broken(reader, text, inline, broken, fields)
        own_media, own_people = self._item_body(item, first, text, len(lines), head_end, fields)
        mark_cited(inline, lines, fields)
        take_authors(fields)
        if not self._item_talk(item, fields, under_person=under_person):
            return None
        return Unit("item", item.start, head_end, item.end, fields, item,
                    indent=item.indent, own_media=own_media, own_people=own_people)  # fmt: skip

    def _timed_unit(self, item: Block, fields: Fields) -> Unit | None:
        """A program's entry over three lines: its time, its speakers, its title in italics
        (:func:`~mkdocs_roundup.program_entries.timed_entry`); what is nested under it is
        the talk's."""
        unit_body(self.reader, item.children[1:], fields)
        if not self.is_talk(fields):
            return None
        return Unit("item", item.start, item.start + 3, item.end, fields, item, indent=item.indent)

    def _program_slot(self, item: Block, fields: Fields) -> bool:
        """Whether an item is a program's slot that links its talk's title and names its
        speakers in full, under a heading that names the program (``09:30 [Title](…)``
        over ``- Ann Lee, Acme``)."""
        return self.reader.program_listed and program_slot(item, fields)

    def _item_body(
        self, item: Block, first: Block, text: str, count: int, head_end: int, fields: Fields
    ) -> tuple[bool, bool]:
        """Read the lines under an item's own line ``text`` (of ``count`` lines in its first
        block) and its nested blocks; whether the item's own lines gave media, and people
        named in full. Where a speakers' label under it names others than the people its
        line was read with, those were words of its title."""
        assert first.inline is not None
        reader = self.reader
        line_read = None if fields.explicit else (fields.speakers[:], fields.organizations[:])
        if count > 1:
            unit_body(reader, [first], fields, range(head_end, item.end))
        own_media = bool(fields.media)
        own_people = any(p.in_full for p in fields.speakers)
        unit_body(reader, item.children[1:], fields)
        if line_read and fields.explicit:
            title_words_named(reader, text, first.inline, fields, *line_read)
        return own_media, own_people

    def _player_over_fields(
        self, item: Block, inline: Inline, lines: list[tuple[int, str]]
    ) -> Unit | None:
        """An item that only links a talk's recording or deck (its length beside it), over
        a list of its fields, one to a line: the title, then its speakers (``* <youtube…>
        (28:30)`` over ``* "Title"`` and ``* Ann Lee & Bo Lind, Acme``). The talk, where
        the people read so and the page says its items are talks
        (:meth:`~mkdocs_roundup.weighing.Weighing.listed_players`)."""
        nested = item.children[1:]
        entries = nested[0].children if len(nested) == 1 and nested[0].kind == "list" else []
        firsts = [e.children[0] for e in entries if len(e.children) == 1]
        if len(entries) < 2 or len(firsts) != len(entries) or len(lines) != 1:
            return None  # the rare shape first: most items are no recording over fields
        one = ONE_SLOT.fullmatch(without_marks(lines[0][1]).strip())
        piece = self.reader.player_piece(inline.links[int(one[1])]) if one else None
        if piece is None:
            return None
        title = firsts[0].inline
        fields = Fields(media=[piece], evidence={"media"})
        if title is not None:
            self.reader.title_line(title.text.strip(), title, fields, firsts[0].start)
        if fields.speakers or not fields.title or len(fields.media) > 1:
            return None  # the first line is no title alone
        unit_body(self.reader, entries[1:], fields)
        if not fields.named_in_full:
            return None
        fields.evidence.add("listed")  # a talk where the page says so (listed_players)
        return Unit("item", item.start, item.start + 1, item.end, fields, item, indent=item.indent)

    def _own_line(
        self,
        text: str,
        first: Block,
        lines: list[tuple[int, str]],
        lead: int,
        fields: Fields,
        *,
        where: int,
    ) -> bool:
        """Read an item's talk line ``text`` (of its first block) after its ``lead`` lines
        of media links only (and ``where``: the lines that say where it was given, if any);
        whether it may be a talk: over such media lines, only a line whose byline names its
        speakers is (``[PDF](…)`` over ``The Lantern Harbor - Ursula Vane``: a book's?)."""
        assert first.inline is not None
        for _, media in lines[:lead]:  # "[PDF](…) [ODP](…)" over "Title - by Ann Lee"
            self.reader.media_only(without_bullet(media), first.inline, fields)
        item_title_line(self.reader, first, text, fields, lines[lead + where][0])
        return not lead or bool(fields.speakers and fields.by)

    def _given_at(self, item: Block) -> tuple[str, str] | None:
        """The title and the place an item gives, on a page that lists the talks given at
        events so (``[Title](deck) - Harbor Days``); ``None`` on any other page."""
        if self.given_at is None:
            said = self.page_says_talks(given=True)
            self.given_at = given_at_items(self.blocks, self.reader.label) if said else {}
        return self.given_at.get(item.start) if self.given_at else None

    def _given_at_unit(self, item: Block, title: str, where: str) -> Unit | None:
        """A talk of a speaker's own list, its title a dash and where it was given: the
        title's words, none of them a speaker's (``Navigate, Read & Write Them``), but those a
        byline names (``, by Ann Lee``); a title that is one link links what a title's link
        does (a deck, a recording, material), or the site's own page of the talk
        (``./2031-05-02/``, its deck served as a page). The place stays as written."""
        inline = item.children[0].inline
        assert inline is not None
        fields = Fields()
        title = self._given_with(title, where, inline, fields)
        while (mark := _SLOT_AFTER.search(title)) and not inline.links[int(mark[1])].text:
            title = title[: mark.start()]  # "Title[^2]": a footnote's mark, no word
        slot = ONE_SLOT.fullmatch(title)
        link = inline.links[int(slot[1])] if slot else None
        if link is not None or "\x00" not in title:
            fields.title = clean_text(link.text if link else inline.visible(title))
            piece = self.reader.link_piece(link, None, title_link=True) if link else None
            if link is not None and _own_page(link.href) and not is_post(link.href):
                piece = piece or self.reader.link_piece(link, "slides")
            fields.media += [piece] if piece else []
        else:
            with_them = list(fields.speakers)
            self.reader.title_line(title, inline, fields, inline.lines()[0][0])
            if not fields.by:  # "**Harbor Days 2031**: [Title](…), by Ann Lee": she spoke
                fields.speakers, fields.organizations = with_them, []
        return self._talk_over(item, fields, item.children[1:], item.end, ("calendar", "event"))

    def _given_with(self, title: str, where: str, inline: Inline, fields: Fields) -> str:
        """A title without the people it was given with in parentheses after it (``Title
        (with Ann Lee)``: she gave it with the list's speaker), or in where it was given
        (``Small Caches, Big Wins (avec Bo Chen), Fjord Days``: the title ends at the first
        comma), who are its speakers, each named in full or linked (``(with Rust)``,
        ``(with Live Demo)``: no one)."""
        found = WITH_PEOPLE.search(title)
        if found is not None and not title[found.end() :].strip():
            names, title = found["names"], title[: found.start()]
        elif "(" not in title and (found := WITH_PEOPLE.search(where)) is not None:
            names = found["names"]
        else:
            return title
        speakers, orgs = self.reader.people(names, inline)
        named = [o for o in orgs if one_person_in_full(o.name)]  # "[Bo Lind](bo.coach)"
        fields.add_people(
            [p for p in (*speakers, *named) if p.url or one_person_in_full(p.name)], ()
        )
        return title

    def _calendar_unit(self, entry: Entry) -> Unit | None:
        """A talk of a speaker's calendar: its line, the event left out (a title that is one
        link links its video, or else its slides), with the lines nested under it; the day
        above it is when, no section."""
        item, reader = entry.item, self.reader
        inline = item.children[0].inline
        assert inline is not None
        line = inline.lines()[0][0]
        fields = Fields()
        slot = ONE_SLOT.fullmatch(entry.title)
        if slot is None or not reader.calendar_title(inline.links[int(slot[1])], fields):
            reader.title_line(entry.title, inline, fields, line)
        evidence = ("dated", "calendar", *(("event",) if entry.event else ()))
        return self._talk_over(item, fields, item.children[1:], item.end, evidence)


_SLOT_AFTER = lazy(r"\s*\x00(\d+)\x00\s*$")
"""A link at the end of a title's words."""


CALENDAR_ONLY = "calendar only"
"""The evidence of a dated item whose first reading is no talk: a talk where its list is
read as a calendar (:func:`_read_as_calendar`), else none."""


def _item_line(first: Block, item: Block) -> bool:
    """Whether an item's first block is its line: a paragraph, or a heading on the item's
    own line (``- ###### NodeBots by [Ann Lee](…)``, which MkDocs shows as a heading in the
    item)."""
    return first.kind == "paragraph" or (first.kind == "heading" and first.start == item.start)


def _own_page(href: str) -> bool:
    """Whether a link is to a page of the site itself (a relative address)."""
    return bool(href) and not has_scheme(href) and not href.startswith(("#", "//"))


def _opens_talk(labelled: tuple[str, str], item: Block) -> bool:
    """Whether an item that opens with a label is a talk's own line: one that labels its
    title, with the title after it and the talk's fields nested under it (``- Talk: Title``
    over ``- Speaker: Ann Lee``)."""
    role, rest = labelled
    nested = any(child.kind == "list" for child in item.children[1:])
    return role == "title" and bool(rest.strip()) and nested


def _read_as_calendar(units: list[Unit]) -> None:
    """A list whose items, most of them and three or more, are dated, then link to no
    profile and no media, then give a title (``2019-05-02 - [Harbor Days](site) -
    [Title](deck)``), where a third of those linked parts or more name an event by its words,
    names in that place the events the talks were given at: a speaker's calendar."""
    read = [u.fields for u in units if u.fields.calendar_reading is not None]
    # decided without the items whose first reading is no talk (their count tips none)
    talks = [u for u in units if CALENDAR_ONLY not in u.fields.evidence]
    sure = [f for f in read if CALENDAR_ONLY not in f.evidence]
    events = sum(1 for f in sure if f.calendar_reading and names_event(f.calendar_reading.event))
    if len(sure) < 3 or len(sure) * 2 <= len(talks) or events * 3 < len(sure):
        return
    for fields in read:
        take_calendar_reading(fields)


def _read_broken(
    reader: Reader, text: str, inline: Inline, broken: list[tuple[int, str]], fields: Fields
) -> None:
    """Read the lines an item's own line breaks onto (``**Title**<br>Ann Lee at …``): who
    they name gives the talk, and the line's words read as people were its title's
    (``**Harbor - Small Caches**<br>Ann Lee at …``). Under a name alone in bold
    (``<b>Ann Lee</b><br> Title``), the line is the title, whatever it reads as."""
    if fields.name_over_title:
        title = broken[0][1]  # "Title [video](…)": its media, its words the title
        reader.labelled_links(title, inline, fields)
        fields.title = clean_text(inline.visible(reader.without_media_links(title, inline)))
        for line, rest in broken[1:]:
            reader.body_line(rest, inline, line, fields)
        return
    line_read = (fields.speakers[:], fields.organizations[:])
    fields.speakers, fields.organizations = [], []
    for line, rest in broken:
        reader.body_line(rest, inline, line, fields)
    lead = _byline_lead(inline.visible(broken[0][1])) if broken else None
    if not fields.speakers and lead is not None:
        fields.speakers.append(lead)  # "Ann Lee at the Harbor seminar"
        fields.evidence.add("names")
    if fields.speakers:
        title_words_named(reader, text, inline, fields, *line_read)
    else:
        fields.speakers, fields.organizations = line_read[0], line_read[1] + fields.organizations


_BYLINE_LEAD = lazy(r"\s*(?P<name>[^,()\x00]{3,40}?)\s+at\s")
"""The name that opens the line under a talk's title, before where she gave it (``Ann Lee
at PASCOS-2031, Taipei``)."""


def _byline_lead(line: str) -> Party | None:
    """The person a line under a talk's title opens with, named in full, before ``at``
    where she gave it (:data:`_BYLINE_LEAD`); ``None`` where it opens otherwise (an
    event's name, an organization's)."""
    found = _BYLINE_LEAD.match(line)
    name = found["name"] if found else ""
    return Party(name) if found and one_person_in_full(name) else None


def _affiliations(units: list[Unit]) -> None:
    """A list writes its items alike: where most items' ``| Ann Lee, Acme`` end with an
    organization, so do the others' (``| Ann Lee, Aspect Build``, ``| Ann Lee, acme``)."""
    tails = [u.fields for u in units if u.fields.affiliation]
    orgs = {id(f) for f in tails if any(o.name == f.affiliation for o in f.organizations)}
    if len(tails) < 3 or len(orgs) * 2 <= len(tails):
        return
    for fields in tails:
        if id(fields) in orgs:
            continue
        fields.speakers = [p for p in fields.speakers if p.name != fields.affiliation]
        if fields.speakers:
            fields.organizations.append(Party(fields.affiliation))


_PROGRAM = lazy(
    r"\s*(?:(?:workshop|conference|event|symposium|seminar|detailed|tentative|final)\s+)?"
    r"(?:schedule|program|programme|agenda|timetable|programm|programa|programação|horaire|"
    r"zeitplan|cronograma|日程|プログラム|タイムテーブル|议程|日程表)\s*:?\s*",
    re.I,
)
"""A heading that names an event's program (``Schedule``, ``Workshop program``)."""
_TIMED = lazy(r"\s*\(?\d{1,2}[:.h]\d{2}\b")
"""A program's line that opens with its time (``09:30 - 10:30 Title``)."""


def program_slot(item: Block, fields: Fields) -> bool:
    """Whether an item opens with its time, links its title (the talk's page, its slides)
    or sets it apart in emphasis and links its abstract, and names its speakers in full
    (``09:30 [Title](…)`` over ``- Ann Lee, Acme``, ``14:35-14:45 Ann Lee - _Title_
    ([abstract](…))``); a slot no talk fills is none whoever it names (``10:30 Closing
    remarks - Ann Lee``), nor one a meeting's agenda gives (``10:00 Budget review - Ann
    Lee``: no page of its own)."""
    if not fields.title or AGENDA_BREAK.match(fields.title) or not opens_timed(item):
        return False
    first = item.children[0].inline
    links = first.links if first is not None else []
    marked = [clean_text(words) for words in first.emphasis] if first is not None else []
    linked = any(clean_text(link.text) == fields.title for link in links)
    titled = linked or (fields.title in marked and bool(links))  # "_Title_ ([abstract](…))"
    return titled and fields.named_in_full


def names_program(words: str) -> bool:
    """Whether a heading's words name an event's program (``### Schedule``)."""
    return bool(_PROGRAM.fullmatch(words))


def _program_items(item: Block, nested: list[Unit]) -> None:
    """The items right under one that names a program or its lightning talks (``- プログラ
    ム``, ``- Program``, ``- LT``; not those a level deeper, under a part of it) that each
    give a title, then their speakers by name (in full, or with an honorific: ``「Title」又吉さん``):
    talks, labelled so."""
    first = item.children[0] if item.children else None
    words = clean_text(first.inline.visible()) if first is not None and first.inline else ""
    if not (names_program(words) or _LIGHTNING.fullmatch(words)):
        return
    right_under = {
        i.start for child in item.children if child.kind == "list" for i in child.children
    }
    for unit in (u for u in nested if u.start in right_under):
        fields = unit.fields
        named = fields.speakers and (
            "honored" in fields.evidence or all(p.in_full for p in fields.speakers)
        )
        if named and fields.title and not fields.speaker_first:
            fields.evidence.add("label")


_LIGHTNING = lazy(r"LTs?|lightning\s+talks?|ライトニングトーク", re.I)
"""An item that names a program's lightning talks (``- LT``)."""


def opens_timed(item: Block) -> bool:
    """Whether a list item's own line opens with a time of day (``09:30 - 10:30 …``)."""
    first = item.children[0] if item.children else None
    inline = first.inline if first is not None else None
    return inline is not None and bool(_TIMED.match(inline.visible(inline.lines()[0][1])))


def _named_weakly(fields: Fields) -> bool:
    """Whether an item names its speakers only weakly: one-word names in parentheses, names
    read speaker first or before ``on``."""
    return (
        fields.one_word_names is not None
        or fields.by_surnames is not None
        or names_only_first(fields)
        or fields.spoken_on is not None
    )


_FILE_WORDS = frozenset({"presentation", "doc", "document", "notes"})
"""The last words of a file's name that say what it holds (``Sales process presentation``),
beside the media words."""


def _links_material(block: Block) -> bool:
    """Whether a list's items link anything (its people's material, maybe)."""
    return any(
        first.inline is not None and first.inline.links
        for item in block.children
        for first in item.children[:1]
    )


def _file_item(item: Block) -> bool:
    """Whether an item's line is one link named by the file it links (``- [talk-3.mp3](…)``):
    what is nested under it goes with that file (its deck, its notes), no talks of their own."""
    link = _lone_link(*first_line(item))
    return link is not None and bool(FILE_NAME.fullmatch(link.text.strip()))


def _lone_link(text: str, inline: Inline | None) -> Link | None:
    """The link an item's line is, alone (``- [Sales process presentation](…)``)."""
    slot = ONE_SLOT.fullmatch(text.strip()) if inline is not None else None
    return inline.links[int(slot[1])] if slot is not None and inline is not None else None
