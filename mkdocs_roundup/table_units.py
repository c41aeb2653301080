"""A table's talks: its rows, each read by what its columns hold, grouped where a row
continues the one above it."""

from __future__ import annotations

from .blocks import Block
from .columns import column_roles
from .event_prefixes import drop_event_prefixes
from .inline import Inline
from .presenters import names_per_line, names_with_orgs
from .rows import (
    continues_row,
    dated,
    given_at_events,
    group_sections,
    leaves_speakers_out,
    row_fields,
    row_filled,
    titles_alike,
)
from .unit import Unit
from .weighing import Weighing

_GRID = 3
"""How many columns of people, read from their cells, each cell with its picture, make a
table a grid of people: a table of talks names its speakers in one or two."""


class TableUnits(Weighing):
    """Reads a table's rows into units (the finder of a page's talks is one)."""

    def table_units(self, table: Block) -> list[Unit]:
        """A table's talks. A row whose first cell is empty, another not, continues the row
        above it: that row groups the rows after it (a meetup's date and its recording) and
        is no talk of its own. A cell is no heading: the rows are in the section of the heading above
        the table."""
        rows = table.children
        dated_table = dated(rows)
        roles = column_roles(self.reader, rows, dated_table)
        if roles.count("people") >= _GRID and _avatars(rows):
            return []  # a grid of people (a project's contributors), each cell one of them
        units = []
        sections = group_sections(rows)
        self.reader.names_with_orgs = names_with_orgs(rows, roles)
        self.reader.names_per_line = names_per_line(self.reader, rows, roles)
        try:
            for position, row in enumerate(rows):
                following = rows[position + 1].cells if position + 1 < len(rows) else []
                if row_filled(row.cells) and continues_row(following) and _more(following):
                    continue  # the group's own row
                if continues_row(row.cells) and not _more(row.cells):
                    continue  # a note on the row above ("| | (in English) |"), no talk
                unit = self.row_unit(row, roles)
                if unit is not None:
                    unit.level = table.start  # a table's rows are judged together, apart
                    unit.section = sections.get(row.start)
                    unit.grouped = unit.section is not None
                    units.append(unit)
        finally:
            self.reader.names_with_orgs = self.reader.names_per_line = False
        drop_event_prefixes(self.reader, [u.fields for u in units])
        titles_alike(self.reader, units, roles)
        return given_at_events(units, dated_table)

    def row_unit(self, row: Block, roles: list[str | None]) -> Unit | None:
        fields = row_fields(self.reader, row, roles)
        if leaves_speakers_out(row, roles, fields):
            return None
        if not self.is_talk(fields, maybe=bool(fields.title)):
            return None
        return Unit("row", row.start, row.end, row.end, fields, row)


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
