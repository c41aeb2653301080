"""A talk a page gives twice: its line in the schedule and its abstract further down, under
a heading that names the speaker (``10:30 Ann Lee **Title**`` … ``## Ann Lee`` /
``Title: Title``). It is one talk, read where it first stands; the second place stays as
written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .fields import Fields
from .people import name_key

_WORD = re.compile(r"\w{3,}")
_GLUE = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "from",
        "into",
        "about",
        "der",
        "die",
        "das",
        "und",
        "les",
        "des",
        "pour",
        "los",
        "las",
        "para",
        "con",
    ]
)
"""Words too common in titles to tell two titles alike."""


def repeats(talks: Sequence[tuple[Fields, object]]) -> dict[int, int]:
    """The talks (by position) that repeat an earlier one, each with the position of the
    first: a talk whose heading names its speakers (its title under it, labelled), after one
    of another form (a schedule's line) with the same speakers and a title that shares at
    least half its words. (The same talk given at two events is two talks: each has its own
    title line.)"""
    first: dict[frozenset[str], list[int]] = {}
    found: dict[int, int] = {}
    for position, (fields, form) in enumerate(talks):
        people = frozenset(name_key(p.name) for p in fields.speakers)
        if not people:
            continue
        earlier = first.setdefault(people, [])
        match = [
            e
            for e in earlier
            if fields.untitled and talks[e][1] != form and _alike(talks[e][0].title, fields.title)
        ]
        if match:
            found[position] = match[0]
        else:
            earlier.append(position)
    return found


def _alike(one: str, other: str) -> bool:
    a = set(_WORD.findall(one.casefold())) - _GLUE
    b = set(_WORD.findall(other.casefold())) - _GLUE
    return bool(a and b) and len(a & b) * 2 >= min(len(a), len(b))
