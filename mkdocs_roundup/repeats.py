"""A talk a page gives twice: its line in the schedule and its abstract further down
(``10:30 Ann Lee **Title**`` … ``## Ann Lee`` / ``Title: Title``; a table row ``Title | Lee``
… ``#### Title`` / ``#### [Ann Lee](…)``). It is one talk, read where it is given more
fully; the other place stays as written.
"""

from __future__ import annotations

from collections.abc import Sequence

from .fields import Fields
from .names import name_key
from .patterns import lazy

_WORD = lazy(r"\w{3,}")
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
_CANDIDATES = 8
"""Earlier talks of the same speakers, per form, that a talk is compared with."""


def repeats(talks: Sequence[tuple[Fields, object]]) -> dict[int, int]:
    """The talks (by position) that another one gives again, each with the position of the
    one that stands for both: a talk in another form (a schedule's row, then the abstract
    under a heading) with the same speakers, by surname (``Mou`` is ``Chenqi Mou``), and a
    title that shares at least half its words. The one that gives more of the talk stands
    (media, linked speakers, full names; the first, when they give as much). An abstract
    under a heading that names its speakers (``## Ann Lee`` / ``Title: …``) is the one talk
    they give in another form, whatever its title there.
    (The same talk given at two events is two talks: each has its own title line, in one
    form.)"""
    first: dict[tuple[frozenset[str], object], list[int]] = {}
    forms = {form for _, form in talks}
    found: dict[int, int] = {}
    for position, (fields, form) in enumerate(talks):
        people = frozenset(_surname(p.name) for p in fields.speakers)
        if not people:
            continue
        # The earlier talks of these speakers in the other forms (a few at most: a page
        # gives a talk twice, not a hundred times).
        others = [
            e
            for other in forms - {form}
            for e in first.get((people, other), ())[:_CANDIDATES]
            if e not in found
        ]
        # A speaker's abstract ("## Ann Lee" / "Title: …") is her one talk in the program,
        # whatever it is called there; else the titles tell.
        alone = fields.untitled and len(others) == 1
        match = [
            e
            for e in others
            if _same_people(talks[e][0], fields)
            and (alone or _alike(talks[e][0].title, fields.title))
            and not _other_media(talks[e][0], fields)
        ]
        earlier = first.setdefault((people, form), [])
        if not match:
            earlier.append(position)
            continue
        other = match[0]
        if _gives(fields) > _gives(talks[other][0]):
            found[other] = position
            first[people, talks[other][1]].remove(other)
            earlier.append(position)
        else:
            found[position] = other
    return found


def _same_people(one: Fields, other: Fields) -> bool:
    """The same speakers: by surname when one place gives surnames only (``Lee``), else by
    their full names (``Ann Lee`` is not ``Bo Lee``)."""
    if all(" " in p.name.strip() for p in (*one.speakers, *other.speakers)):
        return {name_key(p.name) for p in one.speakers} == {
            name_key(p.name) for p in other.speakers
        }
    return True


def _other_media(one: Fields, other: Fields) -> bool:
    """Whether both places link media, and none the same: two talks (a speaker's talk,
    then her talk on the same subject a year later)."""
    ids = {(p.media.provider, p.media.id) for p in one.media}
    others = {(p.media.provider, p.media.id) for p in other.media}
    return bool(ids and others) and not ids & others


def _surname(name: str) -> str:
    words = name_key(name).split()
    return words[-1] if words else ""


def _gives(fields: Fields) -> tuple[int, int, int]:
    """How much of a talk a place gives: media, linked speakers, full names."""
    speakers = fields.speakers
    return (
        len(fields.media),
        sum(1 for p in speakers if p.url),
        sum(1 for p in speakers if " " in p.name.strip()),
    )


def _alike(one: str, other: str) -> bool:
    a = set(_WORD.findall(one.casefold())) - _GLUE
    b = set(_WORD.findall(other.casefold())) - _GLUE
    return bool(a and b) and len(a & b) * 2 >= min(len(a), len(b))
