"""How a page names its people alike: readings of one talk's names that the page's other
talks decide (an organization named so elsewhere, a name always last after others, the way
the page's items name their speakers).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from .beside import LISTED
from .fields import Fields
from .names import is_org_name, name_key

if TYPE_CHECKING:
    from .unit import Unit


def organizations_alike(units: list[Unit]) -> None:
    """A page writes its names alike: an unlinked "organization" that another of its talks
    names first among its speakers, in full, is a speaker (``Ann Lee<br>Bo Lind`` beside
    ``Bo Lind`` alone); an unlinked "speaker" that another of its talks names
    as an organization is one (``Ann Lee, Blue Harbor`` beside ``Bo & Cy, Blue Harbor``),
    and so is one that ends the speakers of three talks or more, each time after someone
    else, and names an event or a title of the page too (``Ann Lee, Red Hat``, ``Bo Lind,
    Red Hat``, ``Cy Moe, Red Hat`` under ``Red Hat Summit 2031``: the page names it as
    no one's)."""
    _speakers_alike(units)
    orgs = {name_key(o.name) for u in units for o in u.fields.organizations}
    orgs |= _last_after_others(units)
    for unit in units:
        fields = unit.fields
        moved = [p for p in fields.speakers if not p.url and name_key(p.name) in orgs]
        if moved and len(moved) < len(fields.speakers):
            fields.speakers = [p for p in fields.speakers if p not in moved]
            fields.organizations += [p for p in moved if p not in fields.organizations]


def _speakers_alike(units: list[Unit]) -> None:
    """An unlinked "organization" that another talk of the page names first among its
    speakers, in full, speaks (``Ann Lee<br>Bo Lind`` beside ``Bo Lind`` alone)."""
    first = _first_speakers(units)
    for unit in units:
        fields = unit.fields
        speaking = [o for o in fields.organizations if not o.url and name_key(o.name) in first]
        if speaking and fields.speakers:
            fields.organizations = [o for o in fields.organizations if o not in speaking]
            fields.speakers += speaking


def _first_speakers(units: list[Unit]) -> set[str]:
    """The people, named in full and not linked, that give a talk of the page first among
    its speakers or alone (a company is named after someone, never first)."""
    return {
        name_key(first.name)
        for unit in units
        if unit.fields.speakers
        and not (first := unit.fields.speakers[0]).url
        and first.in_full
        and not is_org_name(first.name)
    }


def _last_after_others(units: list[Unit]) -> set[str]:
    """The unlinked names that end the speakers of three talks or more, of two speakers
    each, after three people and read from no label, open none, and stand in a title or a
    section of the page (:func:`organizations_alike`)."""
    before: dict[str, set[str]] = {}
    first: set[str] = set()
    for unit in units:
        speakers = unit.fields.speakers
        if len(speakers) > 1:
            first.add(name_key(speakers[0].name))
        if len(speakers) == 2 and not speakers[-1].url and not unit.fields.explicit:
            last = name_key(speakers[-1].name)
            before.setdefault(last, set()).add(name_key(speakers[0].name))
    found = {name for name, others in before.items() if len(others) > 2 and name not in first}
    if not found:
        return found
    written = " ".join(name_key(f"{u.fields.title} {u.section or ''}") for u in units)
    return {name for name in found if f"{name} " in f"{written} "}


def named_forms(inners: list[list[Unit]]) -> frozenset[tuple[bool, bool, bool, bool]]:
    """How three items or more, each alone under its heading, with evidence of its own and
    naming its speakers in full, name them alike (:func:`naming`)."""
    alone = [items[0] for inner in inners if len(items := listed(inner)) == 1]
    counts = Counter(naming(u.fields) for u in alone if u.fields.strong and speakers_spelled_out(u))
    return frozenset(form for form, count in counts.items() if count >= 3)


def listed(units: list[Unit]) -> list[Unit]:
    """A region's units that are list items."""
    return [u for u in units if u.form in LISTED]


def naming(fields: Fields) -> tuple[bool, bool, bool, bool]:
    """How a unit names its speakers: in parentheses, after ``by``, first; with their
    organizations."""
    return (fields.in_parentheses, fields.by, fields.speaker_first, bool(fields.organizations))


def speakers_spelled_out(unit: Unit) -> bool:
    """Whether a unit names its speakers in full (``Ann Lee``, not ``CAPI``)."""
    speakers = unit.fields.speakers
    return bool(speakers) and all(len(p.name.split()) > 1 for p in speakers)
