"""A table's rows across its columns: a row that names the part of the program the rows under it
are (a session, a day, a track: their section), a row that goes on with the one above, and
the rows whose event cell says where they were given.
"""

from __future__ import annotations

import re

from .blocks import Block
from .columns import is_when
from .inline import Inline
from .labels import (
    AGENDA_BREAK,
    PAUSE_WORDS,
    PROGRAM_PARTS,
    PROGRAM_PLACE,
    SESSION_WORDS,
    is_date,
)
from .names import clean_text
from .patterns import lazy
from .talk_kinds import KIND_WORDS
from .unit import Unit

_KIND_WORDS = 4
"""The most words of a row that names a kind of talks (``Lightning talks (5 min)``)."""


def given_at_events(rows: list[Unit], dated_table: bool) -> list[Unit]:
    """A table's talks: the rows with evidence; in a dated table where most rows are titles
    given at events (a speaker's calendar), the rows beside them that give a title too
    ("[Training](…) Hannover"). Without dates, "… at [Event](…)" is no evidence."""
    given_at = sum(1 for u in rows if "event" in u.fields.evidence)
    calendar = dated_table and given_at >= 3 and given_at * 2 > len(rows)
    for unit in rows:
        if calendar and not unit.fields.evidence:
            unit.fields.evidence.add("event")
        elif not calendar:
            unit.fields.evidence.discard("event")
    return [u for u in rows if u.fields.evidence]


def row_filled(cells: list[Inline]) -> bool:
    """Whether a row's first cell holds anything."""
    return bool(cells and cells[0].visible().strip())


def group_sections(rows: list[Block]) -> dict[int, str]:
    """The section of each row that continues a row naming a kind of talks and nothing
    else but when (``| 15:10 | Lightning Talks | |`` over ``| | Title | Ann Lee |``): that
    row is a part of the program, as a heading would be; and so is a meetup's date in its
    own row over its talks' rows (``| 2031-05-08 | Recording [May meetup](…) |`` over ``| |
    Title by Ann Lee |``), as a date's heading would be. By each row's first line."""
    found: dict[int, str] = {}
    label: str | None = None
    part: str | None = None  # a part's own row over full rows: "| | | Room W1 (A302) |"
    for position, row in enumerate(rows):
        filled = row_filled(row.cells)
        said = [v for c in row.cells if (v := c.visible().strip())]
        if filled:
            following = rows[position + 1].cells if position + 1 < len(rows) else []
            label = _group_label(said, following)
            if part is not None and len(said) > 1:
                found[row.start] = part
        elif label is not None and continues_row(row.cells):
            found[row.start] = label
        elif not said or (
            _names_part(row, rows[position + 1 : position + 2])
            and (
                position == 0
                or not any(c.visible().strip() for c in rows[position - 1].cells)
                or PROGRAM_PLACE.search(said[0])
                or _names_slot(said[0])
            )
        ):  # a part's row opens the table, follows a blank row, names a room or a numbered
            # session: a note on the row above ("(in English)", "Registration required") is none
            part = clean_text(said[0]) if said else None
    return found


def _group_label(said: list[str], following: list[Inline]) -> str | None:
    """The section a full row gives the rows that continue it: a kind of talks and nothing
    else but when (``| 15:10 | Lightning Talks | |``), or a meetup's date and at most a note
    (``| 2031-05-08 | Recording [May meetup](…) |``)."""
    words = [v for v in said if not is_when(v)]
    if len(words) == 1 and _names_kind(words[0]):
        return words[0]
    if len(said) <= 2 and is_date(said[0]) and continues_row(following):
        return clean_text(said[0])  # the meetup's date (and a note), over its talks
    return None


def _names_part(row: Block, following: list[Block]) -> bool:
    """Whether a row that opens with empty cells says one thing, in a few words and no
    link, over a full row: a part of the program (a room, a track), as a heading would."""
    said = [c for c in row.cells if c.visible().strip()]
    return (
        len(said) == 1
        and not said[0].links
        and len(_TRAILING_TIME.sub("", said[0].visible()).split()) <= _KIND_WORDS
        and not is_when(said[0].visible().strip())
        and not AGENDA_BREAK.match(said[0].visible().strip())
        and bool(following)
        and row_filled(following[0].cells)
    )


def _names_kind(label: str) -> bool:
    """Whether a few words name a kind of talks (``Lightning Talks``, ``Keynotes``) or a
    numbered session of the program (``Session 2``, ``Session 3: Planning``)."""
    words = clean_text(label).casefold().split()
    if _SESSION.fullmatch(" ".join(words)):
        return True
    return len(words) <= _KIND_WORDS and any(w.startswith(k) for w in words for k in KIND_WORDS)


_SESSION = lazy(rf"(?:{SESSION_WORDS})\s*\d+(?::.{{1,40}})?")
"""A numbered session of a program, maybe with its theme (``Session 3: Planning``)."""


def continues_row(cells: list[Inline]) -> bool:
    """Whether a row continues the row above it: its first cell is empty, another is not
    (a row of blank cells, ``| <br/> | | |``, only spaces the table; ``| | Coffee Break |``
    pauses the program)."""
    if not cells or row_filled(cells):
        return False
    return any(c.visible().strip() for c in cells) and not names_part_alone(cells)


_BREAK_FIRST = lazy(
    rf"(?:{PAUSE_WORDS}|\w+pause|(?:summer|winter)\s+break|get[-\s]?together|"
    r"(?:social|reception)(?=\s*(?:$|:|at\b|in\b)))\b",
    re.I,
)
"""A break's word first in a row of its own (``Summer break — back in September``,
``Sommerpause``, ``Abendessen im Hafen``, ``GetTogether in the Lobby``)."""

_PART_LEAD = lazy(
    rf"(?i:{PROGRAM_PARTS}|block|session|sitzung)\s*(?:#?\d+|[IVX]+|[A-Z][\w'’]*)?"
    r"(?:\s*$|\s*[:|]|\s+[–—-]\s)"
)
"""The word a part of a program opens with, maybe its number, its letter or its name in
capitals, then the cell's end, a colon or a dash (``Track #2: Peering``, ``Block A``, ``Day
Two``, ``Room Aurora — Cloud Native``; not ``Day 2 operations``, ``Block I/O``, ``Track a
packet``, titles)."""


def spanned_part(row: Block) -> str | None:
    """What a row says in the one cell that spans columns where the others say when (``<td>
    10:00</td><td colspan="3">Track 2: Peering</td>``): a part of the program, no talk; its
    words where they name a part (a track, a block, a room, a day, a numbered session), or
    ``""`` for a break (``Lunch``), when and no part. ``None`` for any other row (``<td
    colspan="2">Keynote: Title (Ann Lee)</td>``: a talk's, its title wide)."""
    if not row.spans:
        return None
    words = [
        (cell, span, visible)
        for cell, span in zip(row.cells, row.spans, strict=False)
        if (visible := cell.visible().strip()) and not is_when(visible)
    ]
    if len(words) != 1 or words[0][1] < 2 or words[0][0].links:
        return None
    text = clean_text(words[0][2])
    if AGENDA_BREAK.match(text) or _BREAK_FIRST.match(text):
        return ""  # "Lunch", "Summer break - back in September": when, no part
    parts = _PART_LEAD.match(text) or _SESSION.fullmatch(text.casefold()) or is_date(text)
    return text if parts else None  # "Keynote: Title (Ann Lee)": a wide talk, no part


def names_part_alone(cells: list[Inline]) -> bool:
    """Whether a row that opens with an empty cell names only a slot of the program
    (``| | Session 2: 11:00 - 12:30 | |``, ``| | Break: 10:30-11:00 |``): no talk."""
    said = [v for c in cells if (v := c.visible().strip())]
    return not row_filled(cells) and len(said) == 1 and _names_slot(said[0])


def _names_slot(text: str) -> bool:
    """Whether a cell alone in its row names a slot of the program, maybe with its time
    (``Coffee Break``, ``Break: 10:30-11:00``, ``Session 2: 11:00 - 12:30``)."""
    label = _TRAILING_TIME.sub("", clean_text(text))
    return bool(AGENDA_BREAK.match(label) or _SESSION.fullmatch(label.casefold()))


_TRAILING_TIME = lazy(r"[\s:,–—-]*\(?\d{1,2}[:.h]\d{2}\b.*$")
"""A slot's time after its name (``Lunch: 12:30 - 14:00``)."""
