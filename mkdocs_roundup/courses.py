"""A course's schedule: on a page that names four numbered sessions of a course or more, of
two kinds or more (lectures and labs, exercise classes: ``Cours 1``, ``TD1``, ``Lab 2``,
``Homework 3``), the parts that name one are the course's, and so is what is nested under them (its handouts, its recordings, its rooms
and groups). A talk list names no such thing; a course's parts, however like talks they
are written (``Intro to lexing: [slides](…)``), are left as written."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Block
from .line_marks import without_bullet
from .unit import Unit

_SESSION = re.compile(
    r"(?<![\w-])(?P<kind>cours|td|tp|lecture|lab|labo|exercise|exercice|homework|assignment|"
    r"devoir|vorlesung|übung|uebung|práctica|practica|clase)\s?\d{1,2}(?![\w.,:]\d)",
    re.I,
)
"""A numbered session of a course, in the languages of the labels (``Cours 1``, ``TD 3``,
``Lab 2``, ``Vorlesung 4``, ``Práctica 1``)."""
_LEAD = 40
"""How far into its line a part names its session (after its time, ``14h: Cours 1: …``)."""
_SESSIONS = 4
"""How many sessions a course's schedule names at least, of two kinds or more (lectures
and labs): a series of public lectures (``Lecture 1``, ``Lecture 2``) or a meetup called
``Lab 12`` names one kind."""


def outside_courses(
    talks: list[Unit], blocks: list[Block], notes: list[tuple[int, str]]
) -> list[Unit]:
    """The talks but those of a course's session, each said in ``notes``."""
    parts = course_parts(blocks) if talks else []
    kept = []
    for unit in talks:
        part = next((p for p in parts if p[0] <= unit.start < p[1]), None)
        if part is None:
            kept.append(unit)
            continue
        said = f"'{unit.fields.title}' is part of a course's session ({part[2]})"
        notes.append((unit.start, f"{said}; left as written"))
    return kept


def course_parts(blocks: list[Block]) -> list[tuple[int, int, str]]:
    """The spans of the page (first line, past the last, and the session named) of the
    list items and the headings that name a course's session, with what is under them;
    none where the page is no course's schedule."""
    parts: list[tuple[int, int, str]] = []
    kinds: set[str] = set()
    heads: list[Block] = [b for b in blocks if b.kind == "heading"]
    for block, text in _lines(blocks):
        found = _SESSION.search(text, 0, _LEAD)
        if found is None:
            continue
        end = block.end
        if block.kind == "heading":
            after = (h.start for h in heads if h.start > block.start and h.level <= block.level)
            end = next(after, 1 << 30)
        parts.append((block.start, end, found[0]))
        kinds.add(found["kind"].casefold())
    return parts if len(parts) >= _SESSIONS and len(kinds) >= 2 else []


def _lines(blocks: list[Block]) -> Iterator[tuple[Block, str]]:
    """Each heading and each list item of the page, with its own line's visible words."""
    for top in blocks:
        for block in top.walk():
            line = block.children[0] if block.kind == "item" and block.children else block
            if block.kind in ("heading", "item") and line.inline is not None:
                visible = line.inline.visible(line.inline.lines()[0][1])
                yield block, without_bullet(visible.strip())
