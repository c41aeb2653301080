"""Units that are talks by the page's way, weak each alone: items under a heading that
says talks, and lines or items that the page writes alike three times or more (a bold title
then its speakers in full, speakers each at her workplace, descriptions that name who
presents).
"""

from __future__ import annotations

from .beside import LISTED
from .fields import Fields, take_attributed, take_described
from .link_targets import is_paper
from .names import name_key
from .topic_lists import is_person, is_topic
from .unit import Unit
from .weighing import links_post


def labelled_talks(units: list[Unit]) -> None:
    """Under a heading that says they are talks (``### Speakers / Talks``, ``## Past
    meetups`` over ``### May 3``), list items that each give a title and name their
    speakers in full are talks, labelled so."""
    for unit in units:
        fields = unit.fields
        if (
            unit.form == "item"
            and _persons(fields)
            and is_topic(fields.title)
            and not links_post(unit)
        ):
            # not "Closing remarks - Ann Lee", a program's slot; not "CTO - Ann Lee", who
            # she is; not "Ann Lee - Acme Corp", where she works
            fields.evidence.add("label")


def titled_lines(units: list[Unit]) -> None:
    """On a page whose title or a heading says it lists talks given, lines that each open
    with a title in bold, then name their speakers in full (``**[Title](notes.md)** - Ann
    Lee (Acme)`` over what it is about), three or more over the page's sections: talks, by
    the page's way of giving them."""
    found = [
        u
        for u in units
        if u.form == "line"
        and _named_title(u.fields)
        and not any(is_paper(link.href) for link in u.own_links())
    ]
    for unit in found if len(found) >= _DESCRIBED_TALKS else ():
        unit.fields.evidence.add("series")


def named_at_workplaces(units: list[Unit]) -> None:
    """On a page that lists talks given (not jobs, awards or songs: ``# 内推职位``), items
    that each give a title, then their speakers each at
    her workplace (``* Title - 崔迪@新新农人``), three or more over the page's sections (a
    meetup's archive, two talks an evening): talks, by the page's way."""
    found = [u for u in units if u.form in LISTED and u.fields.names_at]
    for unit in found if len(found) >= _DESCRIBED_TALKS else ():
        unit.fields.evidence.add("series")


def _named_title(fields: Fields) -> bool:
    """Whether a unit gives a topic's title, then its speakers, each a person named in
    full (not ``Closing remarks - Ann Lee``, nor ``Ann Lee - Acme Corp``)."""
    return _persons(fields) and not fields.speaker_first and is_topic(fields.title)


def _persons(fields: Fields) -> bool:
    """Whether a unit names its speakers, each a person named in full."""
    return bool(fields.speakers) and all(p.in_full and is_person(p.name) for p in fields.speakers)


def take_attributions(talks: list[Unit]) -> None:
    """The speakers the talks' descriptions name, where nothing else does: one a linked
    title's description opens with (``– Ann Lee, Acme, explains …``), or people a talk's
    description opens with that the page names as speakers elsewhere (``Ann Lee presents
    …``), or where three talks or more name theirs only so."""
    described = [u for u in talks if u.fields.described is not None]
    known = {name_key(p.name) for u in talks for p in u.fields.speakers} if described else set()
    for unit in talks:
        take_attributed(unit.fields)
    # the page's way: "Ann Lee presents …" under three talks or more that name no one else
    page_way = sum(not u.fields.speakers for u in described) >= _DESCRIBED_TALKS
    for unit in described:  # (most pages: none)
        take_described(unit.fields, known, anyone=page_way)


_DESCRIBED_TALKS = 3
"""How many talks of a page that name no speaker otherwise open their descriptions with
people who present them (``Ann Lee presents …``) for each to name its speakers so."""
