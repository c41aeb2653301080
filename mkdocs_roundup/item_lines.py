"""An item's own lines, before its talk is read: the one that is its title's, and what the
lines before or under it say (media links only, where and when it was given, where a paper
was printed).
"""

from __future__ import annotations

import re

from .blocks import Block
from .body import Reader
from .fields import Fields, People
from .inline import Inline
from .labels import LEADING_DATE
from .line_marks import without_bullet
from .names import clean_text, is_role
from .patterns import lazy
from .where_lines import where_line
from .written_players import written_player


def first_line(item: Block) -> tuple[str, Inline | None]:
    """An item's first line, without its bullet, and its inline content."""
    first = item.children[0] if item.children else None
    if first is None or first.inline is None or first.kind != "paragraph":
        return "", None
    return without_bullet(first.inline.lines()[0][1]), first.inline


def media_lines(reader: Reader, inline: Inline, lines: list[tuple[int, str]]) -> int:
    """How many of an item's lines open it with media links only (``[ODP](…) [PDF](…)``
    over ``Title - by Ann Lee``): the talk's line is the one after them."""
    lead = 0
    while lead < len(lines) and reader.is_media_field(
        without_bullet(lines[lead][1]) if lead == 0 else lines[lead][1], inline
    ):
        lead += 1
    return lead


def item_title_line(reader: Reader, first: Block, text: str, fields: Fields, line: int) -> None:
    """Read an item's first line; a heading's words in an HTML item (``<li><span>May 2031 -
    Ann Lee</span> <h4>Title</h4></li>``) are all its title, unless they link something."""
    assert first.inline is not None
    if first.level and "\x00" not in text:
        fields.title = clean_text(first.inline.visible(text))
    else:
        written = written_player(reader, text, first.inline, line)
        if written is not None and _names_people(reader, first.inline, written[0], line):
            text = written[0]  # "- https://youtu.be/… Title (Ann Lee, CppCon 2019)"
            fields.media.append(written[1])
            fields.evidence.add("media")
        reader.title_line(text, first.inline, fields, line)
        if first.html and not fields.speakers and (named := _name_over_title(reader, first)):
            fields.title, fields.name_over_title = "", True  # the title: the line under it
            fields.add_people(*named)
        if reader.lone_item and fields.title and fields.media and not fields.speakers:
            named = reader.people_item(text, first.inline)
            if named is not None:  # "- Ann Lee (Acme University) ([slides](…))": no title
                fields.title = ""
                fields.add_people(*named)


def _name_over_title(reader: Reader, first: Block) -> People | None:
    """The people an HTML item's first line names alone, in bold, in full, over a line of
    its own (``<b>Ann Lee</b><br> Title``, ``<b>Ann Lee & Bo Lind</b><br> Title``), or after
    the day they spoke, maybe with their roles (``October, 10th 2022 - Ann Lee, team
    member.<br> Title``, a ``<summary>``'s): the speakers first, the title under them."""
    inline = first.inline
    lines = inline.lines() if inline is not None else []
    if inline is None or len(lines) < _NAME_AND_TITLE:
        return None
    if not clean_text(inline.visible(lines[1][1])):
        return None
    text = without_bullet(lines[0][1])
    dated = LEADING_DATE.match(text)
    if dated is not None:  # "October, 10th 2022 - Ann Lee, team member."
        named = reader.only_names(_without_role(text[dated.end() :].rstrip(" .")), inline)
    elif inline.strong and clean_text(inline.visible(text)) == clean_text(inline.strong[0]):
        named = reader.only_names(text, inline)  # her link, if she has one
    else:
        return None
    if named is None or not named[0] or not all(p.in_full for p in named[0]):
        return None
    return named


def _without_role(names: str) -> str:
    """Names without the role written after them, a few words after a comma (``Ann Lee,
    team member``)."""
    before, _, role = names.rpartition(",")
    short = before and len(role.split()) <= _ROLE_WORDS and "\x00" not in role
    return before if short and is_role(role) else names


_ROLE_WORDS = 4
"""The most words of a role written after a name (``team member``, ``PhD student``)."""

_NAME_AND_TITLE = 2
"""The lines of an item that names its speaker, then its title."""


def _names_people(reader: Reader, inline: Inline, text: str, line: int) -> bool:
    """Whether a line names its speakers in full, after its title or before it (beside a
    player's address written out, the evidence that it is a talk's line, not a note's, a
    FAQ's or a changelog's): ``Title - Ann Lee - https://…``; on a page that says talks,
    ``Ann Lee - Title - https://…`` too (the list tells which way it reads; a festival's
    line-up writes ``Band - Set - https://…``)."""
    trial = Fields()
    reader.title_line(text, inline, trial, line)
    kept = trial.names_then_title if reader.page_talks else None  # "Band - Set - https://…"
    first = kept.people[0] if kept else ()
    return any(
        bool(people) and all(p.in_full for p in people) for people in (trial.speakers, first)
    )


_PRINTED_IN = lazy(
    r"\b(?:transactions\s+on|journal\s+of|proceedings\s+of|in\s+proc(?:eedings|\.)|"
    r"pp\.\s*\d|chapter\s+\d+\s+of|isbn|doi:)",
    re.I,
)
"""Where a paper was printed (``IEEE Transactions on Computers, 1979.``, ``In Proc. of …``,
``pp. 12-34``): a citation's line."""

_VENUE_AT = 200
"""How far into a line a citation says where it was printed (after its authors)."""


def mark_cited(inline: Inline, lines: list[tuple[int, str]], fields: Fields) -> None:
    """Mark an item a paper whose lines under its first say where it was printed
    (``- Lamport:`` / ``*Title*.`` / ``IEEE Transactions on …, 1979.``)."""
    if not fields.paper and any(_printed_in(inline.visible(line)) for _, line in lines[1:]):
        fields.paper = True


def _printed_in(visible: str) -> bool:
    """Whether a line under a list item's first says where a paper was printed: the item
    is a reading list's citation, written over lines (a talk's own line that cites its
    paper, or a seminar's heading over its abstract that does, stays a talk's)."""
    return _PRINTED_IN.search(visible, 0, _VENUE_AT) is not None


def where_over_title(inline: Inline, lines: list[tuple[int, str]], lead: int) -> int:
    """The lines from line ``lead`` up to the title's, where that line only says where and
    when the talk was given (``KubeCon EU, April, London<br>`` over the title); 0 where it
    does not, or nothing follows it."""
    if not where_line(inline.visible(lines[lead][1])):
        return 0
    after = [n for n in range(lead + 1, len(lines)) if lines[n][1].strip()]
    return after[0] - lead if after else 0
