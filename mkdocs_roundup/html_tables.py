"""Tables written in HTML (``<table>``): their rows and cells, each with its lines, read as
Markdown's tables are (:mod:`~mkdocs_roundup.blocks` makes them the same blocks).

A cell ends where its end tag is, or where the next cell or row begins (HTML lets an author
leave out ``</td>`` and ``</tr>``). A table inside a table, or one never closed, is not cut:
it stays a block of raw HTML.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

from .html_blocks import cut


@dataclass(frozen=True, slots=True)
class Cell:
    header: bool
    """Whether it is a header cell (``<th>``)."""
    line: int
    """The line its content starts on (1-based in the table's source)."""
    end_line: int
    source: str
    """Its content, as written."""
    span: int = 1
    """How many columns it spans (``colspan``)."""


Row = list[Cell]


class _Rows(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.tables = 0
        self.closed = False
        self.broken = False
        self.rows: list[list[tuple[bool, int, int, int, int, int]]] = []
        """Each row's cells: header, columns spanned, content's first line and column, last
        line and column."""
        self.cell: tuple[bool, int, int, int] | None = None
        self.in_row = False
        """Whether a cell now belongs to the last row: a cell after ``</tr>`` or a table's
        part (``<thead><th>…``) begins a row of its own, as a browser reads it."""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables += 1
            self.broken |= self.tables > 1 or self.closed  # a table in a table, or two
            return
        if self.tables != 1:
            return
        if tag == "tr":
            self._close_cell()
            self.rows.append([])
            self.in_row = True
        elif tag in ("thead", "tbody", "tfoot"):
            self._close_cell()
            self.in_row = False
        elif tag in ("td", "th"):
            self._close_cell()
            if not self.in_row:
                self.rows.append([])
                self.in_row = True
            line, column = self.getpos()
            tag_text = self.get_starttag_text() or ""
            if "\n" in tag_text:
                line += tag_text.count("\n")
                column = len(tag_text) - tag_text.rfind("\n") - 1
            else:
                column += len(tag_text)
            self.cell = (tag == "th", _span(attrs), line, column)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th", "tr", "thead", "tbody", "tfoot"):
            self._close_cell()
            self.in_row = self.in_row and tag in ("td", "th")
        elif tag == "table":
            self._close_cell()
            self.tables -= 1
            self.closed = self.tables == 0

    def _close_cell(self) -> None:
        if self.cell is not None:
            self.rows[-1].append((*self.cell, *self.getpos()))
            self.cell = None


def table_rows(source: str) -> list[Row]:
    """The rows of an HTML table (``source`` its whole element), each a list of its cells;
    none when the table cannot be cut so."""
    reader = _Rows()
    reader.feed(source)
    reader.close()
    if reader.broken or not reader.closed:
        return []
    lines = source.split("\n")
    return [
        [
            Cell(header, line, end_line, cut(lines, line, column, end_line, end_column), span)
            for header, span, line, column, end_line, end_column in row
        ]
        for row in reader.rows
        if row
    ]


def _span(attrs: list[tuple[str, str | None]]) -> int:
    """The columns a cell spans: its ``colspan``, 1 where it has none or a wrong one."""
    value = dict(attrs).get("colspan") or ""
    return int(value) if value.isdigit() and 0 < int(value) < 1000 else 1
