"""A course's schedule: on a page that names four numbered sessions of a course or more,
lectures and labs or exercise classes among them (``Cours 1``, ``TD1``, ``Lab 2``,
``Homework 3``), the parts that name one are the course's, and so is what is nested under them (its handouts, its recordings, its rooms
and groups). A talk list names no such thing; a course's parts, however like talks they
are written (``Intro to lexing: [slides](…)``), are left as written."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .blocks import Block
from .extents import heading_end
from .labels import PROGRAM_PARTS
from .line_marks import without_bullet
from .patterns import lazy
from .unit import Unit

_SESSION = lazy(
    r"(?<![\w-])(?P<kind>cours|td|tp|lecture|lab|labo|exercise|exercice|homework|hw|pset|"
    r"problem\s+set|assignment|devoir|vorlesung|übung|uebung|práctica|practica|clase)"
    r"\s?\d{1,2}(?![\w.,:]\d)",
    re.I,
)
"""A numbered session of a course, in the languages of the labels (``Cours 1``, ``TD 3``,
``Lab 2``, ``HW1``, ``Vorlesung 4``, ``Práctica 1``)."""
_ROOM = lazy(rf"\b(?:{PROGRAM_PARTS}|raum|sala|aula|amphi|auditorium)\s*:?\s*$", re.I)
"""A room's word right before a session's name: the room is named after it."""
_LEAD = 40
"""How far into its line a part names its session (after its time, ``14h: Cours 1: …``)."""
_LECTURES = frozenset({"cours", "lecture", "vorlesung", "clase"})
"""The sessions of a course where it is taught, beside those where it is practised."""
_SESSIONS = 4
"""How many sessions a course's schedule names at least, lectures and labs or exercises
among them: a series of public lectures (``Lecture 1``, ``Lecture 2``) or a meetup called
``Data Lab 12`` names one kind."""


def outside_courses(
    talks: list[Unit], blocks: list[Block], notes: list[tuple[int, str]]
) -> list[Unit]:
    """The talks but those of a course's session, each said in ``notes``."""
    parts = course_parts(blocks, talks) if talks else []
    if not parts:
        return talks  # (most pages: no course's schedule)
    kept = []
    for unit in talks:
        part = next((p for p in parts if p[0] <= unit.start < p[1]), None)
        if part is None:
            kept.append(unit)
            continue
        said = f"'{unit.fields.title}' is part of a course's session ({part[2]})"
        notes.append((unit.start, f"{said}; left as written"))
    return kept


def course_parts(blocks: list[Block], talks: Iterable[Unit]) -> list[tuple[int, int, str]]:
    """The spans of the page (first line, past the last, and the session named) of the
    list items and the headings that name a course's session, with what is under them;
    none where the page is no course's schedule. ``talks``: those that name their speakers
    are never a course's session (``Lab 1 — Small Queues, Ann Lee``)."""
    sessions = [(block, found) for block, text in _lines(blocks) if (found := _session(text))]
    if sessions:  # (most pages name none)
        named = {u.start for u in talks if any(p.in_full for p in u.fields.speakers)}
        sessions = [(block, found) for block, found in sessions if block.start not in named]
    kinds = {found["kind"].casefold() for _, found in sessions}
    if not _schedule(len(sessions), kinds):
        return []
    heads = [b for b in blocks if b.kind == "heading"]
    return [
        (block.start, heading_end(block, heads) if block.kind == "heading" else block.end, found[0])
        for block, found in sessions
    ]


def _session(text: str) -> re.Match[str] | None:
    """The course's session a part's line names in its lead; none after a room's word
    (``### Salle TD 1``, ``## Room: Lab 2``: where talks are given)."""
    found = _SESSION.search(text, 0, _LEAD)
    return None if found is None or _ROOM.search(text, 0, found.start()) else found


def course_sessions(titles: Iterable[str]) -> bool:
    """Whether titles name four numbered sessions of a course or more, lectures and labs
    or exercises among them (``Lecture 1: …``, ``Lab 1: …``): a course's schedule."""
    kinds = []
    for title in titles:
        found = _SESSION.search(title, 0, _LEAD)
        if found is not None:
            kinds.append(found["kind"].casefold())
    return _schedule(len(kinds), set(kinds))


def _schedule(sessions: int, kinds: set[str]) -> bool:
    """Whether ``sessions`` numbered sessions of these ``kinds`` are a course's: four or
    more, lectures and labs or exercises among them."""
    return sessions >= _SESSIONS and bool(kinds & _LECTURES and kinds - _LECTURES)


def _lines(blocks: list[Block]) -> Iterator[tuple[Block, str]]:
    """Each heading, list item and table cell of the page whose line holds a number (a
    session is numbered), with its own line's visible words (a cell's, with its row)."""
    for top in blocks:
        for block in top.walk():
            for cell in block.cells if block.kind == "row" else ():
                visible = cell.visible()  # "| 1. Intro | [Lecture 1 Slides](…) |", "| HW1 |"
                if _DIGIT.search(visible):
                    yield block, " ".join(visible.split())
            line = block.children[0] if block.kind == "item" and block.children else block
            if block.kind not in ("heading", "item") or line.inline is None:
                continue
            visible = line.inline.visible(line.inline.text.partition("\n")[0])
            if _DIGIT.search(visible):
                yield block, without_bullet(visible.strip())


_DIGIT = lazy(r"\d")
