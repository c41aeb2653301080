"""A conference program's entry written over three lines of an item or a paragraph: its
time slot alone, the speakers' names, then the title all in italics (``- **10:30**`` /
``Ann Lee, Bo Lind`` / ``_Title_``), as academic programs print them.

The shape alone is no talk's: a meeting's agenda, a festival's or a volunteers' schedule
write theirs so too, and the italic line may be a room, a role or a remark. So the page's
own title names a conference, a workshop, a symposium… (:func:`titled_gathering`), a
heading over the entries names its program, the italic line reads as a talk's title
(:func:`_talk_title`), and three entries of the page or more are written so
(:func:`three_or_more`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .fields import Fields
from .labels import AGENDA_BREAK, PAUSE_WORDS, PROGRAM_PLACE
from .line_marks import without_bullet
from .names import EVENT_WORD_END, TALK_EVENT, clean_text, is_org_name, is_role
from .patterns import lazy
from .talk_kinds import talk_kind

if TYPE_CHECKING:
    from .body import Reader
    from .inline import Inline
    from .unit import Unit

GATHERING = lazy(
    r"\b(?:workshops?|symposi(?:um|a)|conferences?|congress|summits?|colloqui(?:um|a)|"
    r"summer\s+schools?|winter\s+schools?|tagung|konferenz|jornadas?|congresso|colloque)\b",
    re.I,
)
"""Words for a gathering whose program lists talks."""
ORGANIZING = lazy(
    r"\b(?:committee|organi[sz](?:ing|ers?|ation)|volunteers?|staff|crew|board|team|"
    r"sponsors?|venue|travel|registration)\b",
    re.I,
)
"""Words of a page about running a gathering, not its program (``Workshop organising
committee``, ``Summit volunteers``)."""
_TIME = r"\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?"
_SLOT_ALONE = lazy(rf"[(\[]?{_TIME}(?:\s*[-–—]\s*{_TIME})?[)\]]?\s*:?", re.I)
"""A line that is only a time or a time slot (``10:30``, ``[10:30-11:00]``, ``9.15 am:``)."""
_NOT_A_TITLE = lazy(
    rf"\b(?:{PAUSE_WORDS}|to\s+be\s+(?:announced|confirmed|decided)|tb[acd]|moved|postponed|"
    r"cancel+ed|rescheduled|q\s*&\s*a|questions\s+and\s+answers|posters?)\b|"
    r"^(?:session|sitzung|séance|sesión|sessão)\b",
    re.I,
)
"""Words of an italic line that is no talk's title: a break, a title not known yet, a
change of the program, questions, posters, a session's name (``Session III: Rivers``)."""
_ROOM = lazy(
    r"\b(?:theat(?:re|er)|auditorium|aula|hörsaal|amphi\w*|foyer|lobby|sala|raum|zaal)\b", re.I
)
"""Words of a room beside :data:`~mkdocs_roundup.labels.PROGRAM_PLACE`'s (``Lecture Theatre
2``, ``Aula Magna``, ``Raum 2.14``)."""
_HOSTING = lazy(
    r"\b(?:chair(?:s|ed)?|moderat(?:or|ors|ed|ion)|hosts?|hosted|discussants?|conveners?)\b", re.I
)
"""Words beside names that say who chairs or hosts a slot, not who speaks."""
_LEAST_WORDS = 3
"""The fewest words of a title written so (``Room B``, ``PhD student`` are none)."""
_SHORT = 4
"""Up to so many words, an italic line may be a role, an organization, a kind."""
_LEAST_ENTRIES = 3
"""How many entries of a page, at least, are written so."""


def names_talks_event(words: str) -> bool:
    """Whether a title or a heading names a gathering where talks are given, or its program
    (``Harbor Symposium``, ``Forth Tagung 2023``, ``Harbor.js meetup``, ``DevOpsDays``,
    ``PyHarbor 2031 — Programme``; not a festival's line-up, a bootcamp's schedule)."""
    return titled_gathering(words) or bool(
        TALK_EVENT.search(words) or EVENT_WORD_END.search(words) or _PROGRAM.search(words)
    )


_PROGRAM = lazy(r"\b(?:program|programme|programm|programa|programma|programmation)\b", re.I)


def titled_gathering(title: str) -> bool:
    """Whether a page's own title names a gathering whose program lists talks, and not the
    people who run it (``Harbor Symposium 2031: Programme``)."""
    return bool(GATHERING.search(title)) and not ORGANIZING.search(title)


def timed_entry(reader: Reader, inline: Inline, lines: list[tuple[int, str]]) -> Fields | None:
    """The fields of three lines (an item's, a paragraph's) that are a time slot alone, a
    line of names only, each in full, then a talk's title wholly in italics, under a
    heading that names the program on a gathering's page; ``None`` for lines written any
    other way, or anywhere else."""
    if not (reader.program_listed and reader.program_titled) or len(lines) != 3:
        return None
    (_, slot), (_, names), (_, title) = lines
    if not _SLOT_ALONE.fullmatch(inline.visible(without_bullet(slot)).strip()):
        return None
    words = clean_text(inline.visible(title))
    if words not in inline.emphasis or not _talk_title(words):
        return None
    if _HOSTING.search(inline.visible(names)):
        return None  # "Ann Lee (chair)" over the session's name
    named = reader.only_names(names, inline)
    if not named or not all(p.in_full for p in named[0]):
        return None
    fields = Fields(title=words, explicit=True, evidence={"series", "timed"})  # its shape
    fields.add_people(*named)
    return fields


def _talk_title(words: str) -> bool:
    """Whether an entry's italic line reads as a talk's title: three words or more, no
    break, remark or session's name, and, short, no room, role, organization or kind."""
    count = len(words.split())
    if count < _LEAST_WORDS or AGENDA_BREAK.match(words) or _NOT_A_TITLE.search(words):
        return False
    if count > _SHORT:
        return True
    return not (
        PROGRAM_PLACE.search(words)
        or _ROOM.search(words)
        or is_role(words)
        or is_org_name(words)
        or talk_kind(words)[0] != "talk"
    )


def three_or_more(units: list[Unit]) -> list[Unit]:
    """The units, but the program's entries written over three lines where the page has
    fewer than three of them: one such entry alone is no program's shape."""
    timed = [u for u in units if "timed" in u.fields.evidence]
    if not timed or len(timed) >= _LEAST_ENTRIES:
        return units
    return [u for u in units if "timed" not in u.fields.evidence]
