"""A table's talks: its rows, each read by what its columns hold, grouped where a row
continues the one above it."""

from __future__ import annotations

import re

from .blocks import Block
from .column_names import has_name_column
from .columns import column_roles, events_titled, is_when
from .event_prefixes import drop_event_prefixes
from .fields import Fields, Piece
from .inline import ONE_SLOT, SLOT, Inline
from .labels import SPACED_DASH
from .names import is_role
from .patterns import lazy
from .presenters import SpeakersWay, speakers_way
from .providers import find
from .row_groups import (
    continues_row,
    given_at_events,
    group_sections,
    names_part_alone,
    row_filled,
    spanned_part,
)
from .rows import dated, leaves_speakers_out, row_fields, titles_alike
from .talk_lines import DASH_CHARS
from .unit import Unit
from .weighing import Weighing

_GRID = 3
"""How many columns of people, read from their cells, each cell with its picture, make a
table a grid of people: a table of talks names its speakers in one or two."""


_ROOM_WORDS = r"(?:room|track|hall|stage|salle|saal|sala|salón|salon|raum|zaal|aula|зал|трек)"
_ROOM = lazy(
    rf"\w+\s+{_ROOM_WORDS}|{_ROOM_WORDS}\s+[\w.-]{{1,12}}"
    r"|(?:会場|ホール|トラック|分会场|会议室|룸|트랙)\s*[\w.-]{1,12}"
    r"|auditorium|auditorio|aula|hörsaal|amphithéâtre|amphi",
    re.I,
)
"""A column named for one room or track (``Room 1``, ``Main Hall``, ``Зал 2``, a lecture
hall in one word, ``Auditorium``; not ``Room``, a column of each row's room, nor
``Theater``, a cinema's screen): in a program's grid, each of its cells one talk given
there."""
_KIND_LINE = lazy(
    r"\s*(?:opening|closing|morning|afternoon|evening|invited)?\s*(?P<kind>keynote|panel|workshop)\s*",
    re.I,
)
"""A cell's line that only says what kind of talk the lines under it give (``Opening
Keynote``)."""


class TableUnits(Weighing):
    """Reads a table's rows into units (the finder of a page's talks is one)."""

    def table_units(self, table: Block) -> list[Unit]:
        """A table's talks. A row whose first cell is empty, another not, continues the row
        above it: that row groups the rows after it (a meetup's date and its recording) and
        is no talk of its own. A cell is no heading: the rows are in the section of the heading above
        the table."""
        rows = table.children
        rooms = _room_columns(rows[0].header if rows else [])
        if rooms and _timed(rows):
            return self._grid_units(table, rows, rooms)
        dated_table = dated(rows)
        roles = column_roles(self.reader, rows, dated_table)
        events = events_titled(self.reader, rows, roles)
        if events is not None:
            roles[events] = "title"  # "| FOSDEM 2031 | [Video](…) |": where it was presented
        if roles.count("people") >= _GRID and _avatars(rows):
            return []  # a grid of people (a project's contributors), each cell one of them
        units = self._row_units(table, roles, recorded=events is not None)
        drop_event_prefixes(self.reader, [u.fields for u in units])
        titles_alike(self.reader, units, roles)
        return given_at_events(units, dated_table)

    def _row_units(self, table: Block, roles: list[str | None], *, recorded: bool) -> list[Unit]:
        """The talks of a table's rows, each in its section: a group's (its own row's first
        cell, the recording it links given to each talk under it), or the program's part a
        spanning row names."""
        rows = table.children
        units = []
        sections = group_sections(rows)
        way = speakers_way(self.reader, rows, roles)
        named = bool(rows) and has_name_column(rows[0].header)
        part = None  # "<td colspan="3">Track 2: Peering</td>": the program's part so far
        recording: Piece | None = None  # the group's own row's: "| 2031-05 | Recording […](…) |"
        for position, row in enumerate(rows):
            if (spanned := spanned_part(row)) is not None:
                part = spanned or part  # (a break, "Lunch", is when: the part goes on)
                continue
            following = rows[position + 1].cells if position + 1 < len(rows) else []
            if row_filled(row.cells) and continues_row(following) and _more(following):
                recording = self._group_recording(row)
                continue  # the group's own row
            if row_filled(row.cells):
                recording = None
            if _no_talk_row(row):
                continue
            unit = self.row_unit(row, roles, way, named=named, recorded=recorded)
            if unit is not None:
                unit.level = table.start  # a table's rows are judged together, apart
                unit.section = sections.get(row.start, part)
                unit.grouped = unit.section is not None
                units.append(unit)
                if recording is not None and not _has_video(unit.fields):
                    unit.fields.media.append(recording)  # the evening's, each talk's part
        return units

    def _group_recording(self, row: Block) -> Piece | None:
        """The recording a group's own row links after a word that names one, and nothing
        else but when and remarks in parentheses (``| 2031-05-08 | Recording [Harbor Meetup
        - May](video) ([News](…)) |``): the whole evening's, which holds each talk of the
        rows under it; kept on the page, under the group's date."""
        cells = [c for c in row.cells[1:] if c.visible().strip()]
        found = _RECORDING_CELL.fullmatch(cells[0].text) if len(cells) == 1 else None
        if found is None or self.reader.media_role(found["word"]) != "video":
            return None
        link = cells[0].links[int(found["n"])]
        hit = find(link.href)
        if hit is None or hit.provider.kind != "video" or _PART_OF_EVENING.search(link.text):
            return None
        for n in SLOT.findall(found["more"]):
            other = find(cells[0].links[int(n)].href)
            if other is not None and other.provider.kind == "video":
                return None  # "Recording [Part 1](…) ([Part 2](…))": each a part
        return Piece(hit.media(link.text, link.line), link.line, named=True)

    def _grid_units(self, table: Block, rows: list[Block], rooms: list[int]) -> list[Unit]:
        """A program's grid (``Time | Room 1 | Room 2``): each cell of a room's column is a
        talk's line (``[Ann Lee](…) — [Title](…)``), read as a list's item is; a cell of
        no talk (``Lunch``) is none."""
        units = []
        for row in rows:
            for column in rooms:
                cell = row.cells[column] if column < len(row.cells) else None
                if cell is None or not cell.visible().strip():
                    continue
                for fields in self._cell_talks(cell, row.start):
                    units.append(Unit("row", row.start, row.end, row.end, fields, row))
                    units[-1].level = table.start
        return units

    def _cell_talks(self, cell: Inline, line: int) -> list[Fields]:
        """The talks of a grid's cell: its one talk, or one a line where each of its lines
        (a line that ends with a dash going on on the next) gives who, a dash and what
        (``[Ann Lee](…) — [Title](…)<br>[Bo Lind](…) — [Title](…)``), those read as talks
        that name their speakers."""
        lines = _talk_lines(cell.text)
        if len(lines) > 1 and all(SPACED_DASH.search(text) for text in lines):
            each = [self._read_cell(text, cell, line) for text in lines]
            return [f for f in each if f is not None and f.speakers]
        kind = _KIND_LINE.fullmatch(cell.visible(lines[0])) if len(lines) > 1 else None
        if kind and ONE_SLOT.fullmatch(lines[1]) and self.reader.only_names(lines[1], cell) is None:
            lines = lines[1:]  # "Opening Keynote" over "[Title](…)" and "Ann Lee": its kind
        else:
            kind = None  # "Panel" over "[Ann Lee](…), [Bo Lind](…)": its title, its people
        whole = self._read_cell(lines[0], cell, line, lines[1:]) if lines else None
        if whole is not None and kind:
            whole.kind = kind["kind"].casefold()
        return [whole] if whole is not None else []

    def _read_cell(
        self, text: str, cell: Inline, line: int, more: list[str] | None = None
    ) -> Fields | None:
        """A grid's cell read as a talk's line (``more``: the lines under it, its fields):
        a talk where it names its speakers, linked
        to their pages or beside the talk's media (its room's column in a program says it
        is a session), or has evidence of its own; names alone may be a booking's."""
        fields = Fields()
        self.reader.title_line(text, cell, fields, line)
        for rest in more or ():  # "**Title**<br>Ann Lee (Acme)": the lines under its title
            self.reader.body_line(rest, cell, line, fields)
        if fields.speakers and fields.title and (fields.media or "person" in fields.evidence):
            fields.evidence.add("session")  # one of the program's sessions, by its place
        return fields if self.is_talk(fields) else None

    def row_unit(
        self,
        row: Block,
        roles: list[str | None],
        way: SpeakersWay,
        *,
        named: bool,
        recorded: bool = False,
    ) -> Unit | None:
        """A row's talk (``named``: the table has a ``Name`` column, whose rows may give
        jobs or rooms where titles stand, :func:`_no_title`; ``recorded``: its titles are
        the events it was given at, so a row is a talk where it links the talk's media, not
        ``| Harbor Conf 2031 | |`` nor ``| News | [Blog post](…) |``)."""
        fields = row_fields(self.reader, row, roles, way)
        if recorded and not any(p.named or p.media.provider != "link" for p in fields.media):
            return None  # "| Harbor Conf 2031 | [Tickets](…) |": no record of a talk
        if leaves_speakers_out(row, roles, fields):
            return None
        if named and _no_title(fields):
            return None
        if not self.is_talk(fields, maybe=bool(fields.title)):
            return None
        return Unit("row", row.start, row.end, row.end, fields, row)


def _no_title(fields: Fields) -> bool:
    """Whether a row's title, in a table with a ``Name`` column, is none: a room (``| 10:00 |
    REGISTRO | Salón auditorio |``: where), or, with no media, what its person does (``|
    Ann Lee | Staff Engineer |``: a team's table). (Under ``Speaker``, ``Escape Room`` and
    ``Software Engineer`` may be talks' titles.)"""
    title = fields.title.strip()
    return bool(_ROOM.fullmatch(title)) or (not fields.media and is_role(title))


def _room_columns(header: list[str]) -> list[int]:
    """The columns of a program's grid, each named for a room or a track, where every
    column but the first (its times) is one, two or more of them."""
    rooms = [n for n, name in enumerate(header) if n and _ROOM.fullmatch(name.strip())]
    return rooms if len(rooms) >= 2 and len(rooms) == len(header) - 1 else []


def _timed(rows: list[Block]) -> bool:
    """Whether most rows of a grid give a time or a date in their first cell."""
    firsts = [
        r.cells[0].visible().strip() for r in rows if r.cells and r.cells[0].visible().strip()
    ]
    return sum(1 for first in firsts if is_when(first)) * 2 > len(firsts)


def _talk_lines(text: str) -> list[str]:
    """A cell's lines, blank ones left out, a line that ends with a dash joined to the next
    (``[Ann Lee](…) —`` over ``[Title](…)``)."""
    joined: list[str] = []
    going_on = False
    for words in (" ".join(part.split()) for part in text.split("\n")):
        if not words:
            continue
        if going_on:
            joined[-1] = f"{joined[-1]} {words}"
        else:
            joined.append(words)
        going_on = words[-1] in DASH_CHARS
    return joined


def _more(cells: list[Inline]) -> bool:
    """Whether a row that continues the one above holds more than a note on it in
    parentheses (``| | | (in English) |``)."""
    said = [c.visible().strip() for c in cells if c.visible().strip()]
    return len(said) != 1 or not (said[0][:1] == "(" and said[0][-1:] == ")")


def _avatars(rows: list[Block]) -> bool:
    """Whether most cells of a table show a picture (each person's avatar)."""
    cells = [c for r in rows for c in r.cells if c.visible().strip() or c.links]
    pictured = sum(1 for c in cells if any(link.images for link in c.links))
    return bool(cells) and pictured * 5 >= len(cells) * 4


_RECORDING_CELL = lazy(
    r"\s*(?P<word>[^\W\d_]+)\s*(?::\s*)?\x00(?P<n>\d+)\x00"
    r"(?P<more>(?:\s*\(\s*\x00\d+\x00\s*\))*)\s*"
)
"""A word, then one link, then links alone in parentheses (``Recording [May meetup](…)
([News](…))``); a remark in words may say the recording is not every talk's."""
_PART_OF_EVENING = lazy(r"\b(?:part|teil|recap|highlights?|trailer|teaser|intro|clip)\b", re.I)
"""Words of a recording's link that say it holds a part of the evening, or none of its talks
whole (``Part 1``, ``May highlights``)."""


def _no_talk_row(row: Block) -> bool:
    """Whether a row is a note on the row above (``| | (in English) |``) or names the rows'
    section (``| | Session 2: 11:00 - 12:30 | |``): no talk."""
    return (continues_row(row.cells) and not _more(row.cells)) or names_part_alone(row.cells)


def _has_video(fields: Fields) -> bool:
    """Whether a talk links a video of its own."""
    return any(p.media.kind == "video" for p in fields.media)
